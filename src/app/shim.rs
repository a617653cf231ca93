//! TEMPORARY stand-ins for functions other helpers are writing in `edit`, `analysis` and `io::recovery`, with the
//! agreed contract signatures. Deleted as soon as the real ones are merged into main.
#![allow(dead_code)]

use crate::edit::{Edit, EditError};
use crate::model::{
    slugify, Language, Layout, Link, LinkId, Polarity, Position, Project, ResourceKind, Variable, VariableId,
};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn err(text: impl Into<String>) -> EditError {
    EditError(text.into())
}

pub fn apply(project: &mut Project, edit: Edit) -> Result<Edit, EditError> {
    match edit {
        Edit::AddVariable { variable, position } => {
            if project.id_taken(variable.id.as_str()) {
                return Err(err(format!("De naam '{}' is al in gebruik.", variable.id)));
            }
            let id = variable.id.clone();
            project.variables.push(variable);
            project.layout.positions.insert(id.clone(), position);
            Ok(Edit::Delete { variables: vec![id], links: vec![] })
        }
        Edit::UpdateVariable(v) => {
            let slot = project.variable_mut(&v.id).ok_or_else(|| err("Variabele bestaat niet."))?;
            let old = std::mem::replace(slot, v);
            Ok(Edit::UpdateVariable(old))
        }
        Edit::AddLink(l) => {
            if project.variable(&l.from).is_none() || project.variable(&l.to).is_none() {
                return Err(err("Een verband moet twee bestaande variabelen verbinden."));
            }
            if project.id_taken(l.id.as_str()) {
                return Err(err("Dit verband bestaat al."));
            }
            let id = l.id.clone();
            project.links.push(l);
            Ok(Edit::Delete { variables: vec![], links: vec![id] })
        }
        Edit::UpdateLink(l) => {
            let slot = project.link_mut(&l.id).ok_or_else(|| err("Verband bestaat niet."))?;
            let old = std::mem::replace(slot, l);
            Ok(Edit::UpdateLink(old))
        }
        Edit::MoveVariables { moves } => {
            let mut old = Vec::new();
            for (id, pos) in moves {
                let before = project.layout.positions.insert(id.clone(), pos).unwrap_or(pos);
                old.push((id, before));
            }
            Ok(Edit::MoveVariables { moves: old })
        }
        Edit::Delete { variables, links } => {
            let var_set: BTreeSet<&VariableId> = variables.iter().collect();
            let link_set: BTreeSet<&LinkId> = links.iter().collect();
            let removed_links: Vec<Link> = project
                .links
                .iter()
                .filter(|l| link_set.contains(&l.id) || var_set.contains(&l.from) || var_set.contains(&l.to))
                .cloned()
                .collect();
            let removed_vars: Vec<(Variable, Option<Position>)> = project
                .variables
                .iter()
                .filter(|v| var_set.contains(&v.id))
                .map(|v| (v.clone(), project.layout.positions.get(&v.id).copied()))
                .collect();
            let outcome = project.outcome.clone();
            let gone_links: BTreeSet<LinkId> = removed_links.iter().map(|l| l.id.clone()).collect();
            project.links.retain(|l| !gone_links.contains(&l.id));
            project.variables.retain(|v| !var_set.contains(&v.id));
            project.outcome.weights.retain(|w| !var_set.contains(&w.variable));
            for v in &removed_vars {
                project.layout.positions.remove(&v.0.id);
                project.retire_id(v.0.id.as_str());
            }
            for l in &gone_links {
                project.retire_id(l.as_str());
            }
            Ok(Edit::Restore { variables: removed_vars, links: removed_links, outcome })
        }
        Edit::Restore { variables, links, outcome } => {
            let inverse = Edit::Delete {
                variables: variables.iter().map(|v| v.0.id.clone()).collect(),
                links: links.iter().map(|l| l.id.clone()).collect(),
            };
            for (v, pos) in variables {
                project.retired_ids.retain(|r| r != v.id.as_str());
                if let Some(p) = pos {
                    project.layout.positions.insert(v.id.clone(), p);
                }
                project.variables.push(v);
            }
            for l in links {
                project.retired_ids.retain(|r| r != l.id.as_str());
                project.links.push(l);
            }
            project.outcome = outcome;
            Ok(inverse)
        }
        Edit::SetMeta(m) => Ok(Edit::SetMeta(std::mem::replace(&mut project.meta, m))),
        Edit::SetLayout(l) => Ok(Edit::SetLayout(std::mem::replace(&mut project.layout, l))),
        Edit::SetOutcome(o) => Ok(Edit::SetOutcome(std::mem::replace(&mut project.outcome, o))),
        Edit::SetSettings(s) => Ok(Edit::SetSettings(std::mem::replace(&mut project.settings, s))),
        Edit::SetScenarios(s) => Ok(Edit::SetScenarios(std::mem::replace(&mut project.scenarios, s))),
        Edit::SetInterventions(s) => Ok(Edit::SetInterventions(std::mem::replace(&mut project.interventions, s))),
        Edit::SetPlans(s) => Ok(Edit::SetPlans(std::mem::replace(&mut project.plans, s))),
        Edit::Batch(edits) => {
            let mut inverses = Vec::new();
            for e in edits {
                match apply(project, e) {
                    Ok(inv) => inverses.push(inv),
                    Err(e) => {
                        for inv in inverses.into_iter().rev() {
                            let _ = apply(project, inv);
                        }
                        return Err(e);
                    }
                }
            }
            inverses.reverse();
            Ok(Edit::Batch(inverses))
        }
    }
}

#[derive(Debug)]
pub struct History {
    undo: Vec<Edit>,
    redo: Vec<Edit>,
    saved: Option<usize>,
}

impl Default for History {
    fn default() -> Self {
        Self { undo: Vec::new(), redo: Vec::new(), saved: Some(0) }
    }
}

impl History {
    pub fn push(&mut self, inverse: Edit) {
        if self.saved.is_some_and(|s| s > self.undo.len()) {
            self.saved = None;
        }
        self.undo.push(inverse);
        self.redo.clear();
    }
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
    pub fn undo(&mut self, project: &mut Project) -> Result<bool, EditError> {
        let Some(inv) = self.undo.pop() else { return Ok(false) };
        let redo = apply(project, inv)?;
        self.redo.push(redo);
        Ok(true)
    }
    pub fn redo(&mut self, project: &mut Project) -> Result<bool, EditError> {
        let Some(e) = self.redo.pop() else { return Ok(false) };
        let inv = apply(project, e)?;
        self.undo.push(inv);
        Ok(true)
    }
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.undo.len());
    }
    pub fn is_at_saved_point(&self) -> bool {
        self.saved == Some(self.undo.len())
    }
}

pub fn new_variable_edit(project: &Project, name: &str, kind: ResourceKind, position: Position) -> Edit {
    let id = VariableId::new(project.fresh_id(&slugify(name)));
    Edit::AddVariable { variable: Variable::new(id, name, kind), position }
}

pub fn new_link_edit(project: &Project, from: &VariableId, to: &VariableId, polarity: Polarity) -> Result<Edit, EditError> {
    if from == to {
        return Err(err("Een variabele kan niet met zichzelf verbonden worden."));
    }
    if project.variable(from).is_none() || project.variable(to).is_none() {
        return Err(err("Een verband moet twee bestaande variabelen verbinden."));
    }
    if project.links.iter().any(|l| &l.from == from && &l.to == to) {
        return Err(err("Dit verband bestaat al."));
    }
    let id = LinkId::new(project.fresh_id(&format!("{from}__{to}")));
    Ok(Edit::AddLink(Link::new(id, from.clone(), to.clone(), polarity)))
}

// ---- analysis::loops ----
pub const DEFAULT_LOOP_CAP: usize = 500;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoopKind {
    Reinforcing,
    Balancing,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FeedbackLoop {
    pub kind: LoopKind,
    pub variables: Vec<VariableId>,
    pub links: Vec<LinkId>,
    pub title: Option<String>,
    pub report_number: Option<u32>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoopReport {
    pub loops: Vec<FeedbackLoop>,
    pub truncated: bool,
}

pub fn find_loops(project: &Project, cap: usize) -> LoopReport {
    let n = project.variables.len();
    let idx = |id: &VariableId| project.variables.iter().position(|v| &v.id == id);
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut adj: Vec<Vec<(usize, usize)>> = vec![Vec::new(); n];
    for (li, l) in project.links.iter().enumerate() {
        if let (Some(a), Some(b)) = (idx(&l.from), idx(&l.to)) {
            adj[a].push((b, li));
        }
    }
    let mut truncated = false;
    for start in 0..n {
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        let mut path_links: Vec<usize> = Vec::new();
        let mut on_path = vec![false; n];
        on_path[start] = true;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            if *next < adj[node].len() {
                let (to, li) = adj[node][*next];
                *next += 1;
                if to == start {
                    let mut cyc = path_links.clone();
                    cyc.push(li);
                    out.push(cyc);
                    if out.len() >= cap {
                        truncated = true;
                        break;
                    }
                } else if to > start && !on_path[to] {
                    on_path[to] = true;
                    path_links.push(li);
                    stack.push((to, 0));
                }
            } else {
                on_path[node] = false;
                stack.pop();
                path_links.pop();
            }
        }
        if truncated {
            break;
        }
    }
    let loops = out
        .into_iter()
        .map(|cyc| {
            let links: Vec<&Link> = cyc.iter().map(|&i| &project.links[i]).collect();
            let negatives = links.iter().filter(|l| l.polarity == Polarity::Negative).count();
            FeedbackLoop {
                kind: if negatives % 2 == 0 { LoopKind::Reinforcing } else { LoopKind::Balancing },
                variables: links.iter().map(|l| l.from.clone()).collect(),
                links: links.iter().map(|l| l.id.clone()).collect(),
                title: None,
                report_number: None,
            }
        })
        .collect();
    LoopReport { loops, truncated }
}

pub fn describe_loop(project: &Project, feedback: &FeedbackLoop, language: Language) -> String {
    let names: Vec<&str> =
        feedback.variables.iter().map(|id| project.variable(id).map_or(id.as_str(), |v| v.name.as_str())).collect();
    let chain = format!("{} → {}", names.join(" → "), names.first().copied().unwrap_or(""));
    match (language, feedback.kind) {
        (Language::Nl, LoopKind::Reinforcing) => format!("Versterkende lus: {chain}."),
        (Language::Nl, LoopKind::Balancing) => format!("Balancerende lus: {chain}."),
        (Language::En, LoopKind::Reinforcing) => format!("Reinforcing loop: {chain}."),
        (Language::En, LoopKind::Balancing) => format!("Balancing loop: {chain}."),
    }
}

pub fn auto_layout(project: &Project) -> Layout {
    let mut layout = Layout::default();
    let n = project.variables.len().max(1) as f32;
    let radius = 60.0 * n.max(4.0);
    for (i, v) in project.variables.iter().enumerate() {
        let a = i as f32 / n * std::f32::consts::TAU;
        layout.positions.insert(v.id.clone(), Position::new(radius * a.cos(), radius * a.sin()));
    }
    layout
}

// ---- io::recovery ----
pub struct Recovery {
    pub project: Project,
    pub original_path: Option<PathBuf>,
}

fn recovery_file(dir: &Path) -> PathBuf {
    dir.join("herstel.veerkracht")
}

pub fn write_recovery(dir: &Path, project: &Project, original_path: Option<&Path>) -> Result<PathBuf, String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let file = recovery_file(dir);
    std::fs::write(&file, crate::io::to_ron_string(project)).map_err(|e| e.to_string())?;
    let origin = original_path.map(|p| p.display().to_string()).unwrap_or_default();
    std::fs::write(dir.join("herstel.pad"), origin).map_err(|e| e.to_string())?;
    Ok(file)
}

pub fn find_recovery(dir: &Path) -> Option<Recovery> {
    let project = crate::io::load_project_file(&recovery_file(dir)).ok()?;
    let origin = std::fs::read_to_string(dir.join("herstel.pad")).unwrap_or_default();
    Some(Recovery { project, original_path: (!origin.is_empty()).then(|| PathBuf::from(origin)) })
}

pub fn discard_recovery(dir: &Path) {
    let _ = std::fs::remove_file(recovery_file(dir));
    let _ = std::fs::remove_file(dir.join("herstel.pad"));
}
