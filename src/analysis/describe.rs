//! A feedback loop as a chain of changes (the words come from `text::loops`) and its loop gain.

use super::feedback_loop::FeedbackLoop;
use super::loop_kind::LoopKind;
use super::named_loops::recognise;
use crate::model::{Polarity, Project, Variable};

/// The loop gain of `simulation.md`: the product of `s · g / G_i` along the loop, with `G_i = max(1, Σ g)` over all
/// links into the link's target `i`. A link missing from the project counts as gain 0. For many loops build
/// [`LoopGains`] once instead (this is linear in the project per call).
pub fn loop_gain(project: &Project, l: &FeedbackLoop) -> f64 {
    LoopGains::new(project).of(l)
}

/// Every link's factor `s · g / G_i` of [`loop_gain`], computed once (linear in the links).
pub struct LoopGains<'a> {
    factor: std::collections::HashMap<&'a str, f64>,
}

impl<'a> LoopGains<'a> {
    pub fn new(project: &'a Project) -> Self {
        let mut into: std::collections::HashMap<&str, f64> = std::collections::HashMap::new();
        for other in &project.links {
            *into.entry(other.to.as_str()).or_insert(0.0) += other.strength.gain();
        }
        let mut factor = std::collections::HashMap::with_capacity(project.links.len());
        for link in &project.links {
            let g = into.get(link.to.as_str()).copied().unwrap_or(0.0);
            // The first link with an id wins, as `Project::link` finds it.
            factor.entry(link.id.as_str()).or_insert(link.polarity.sign() * link.strength.gain() / g.max(1.0));
        }
        Self { factor }
    }

    /// The loop gain of `l` (see [`loop_gain`]).
    pub fn of(&self, l: &FeedbackLoop) -> f64 {
        l.links.iter().map(|id| self.factor(id.as_str())).product()
    }

    /// The factor of the link with id `link` (0 for an unknown link). Its size is at most 1.
    pub fn factor(&self, link: &str) -> f64 {
        self.factor.get(link).copied().unwrap_or(0.0)
    }
}

/// The variable's name as used inside a sentence: a trailing explanation in parentheses dropped, the first letter
/// lowercased unless the first word looks like an abbreviation ("GGZ").
fn inline_name(name: &str) -> String {
    let trimmed = name.trim();
    let base = match trimmed.rfind(" (") {
        Some(pos) if trimmed.ends_with(')') && pos > 0 => trimmed[..pos].trim_end(),
        _ => trimmed,
    };
    let mut chars = base.chars();
    let Some(first) = chars.next() else { return String::new() };
    let second_upper = chars.next().is_some_and(char::is_uppercase);
    if second_upper { base.to_owned() } else { first.to_lowercase().chain(base.chars().skip(1)).collect() }
}

/// One step of a loop description: a variable and whether it goes up ("more") or down ("less").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoopStep {
    pub more: bool,
    /// The variable's name as used inside a sentence (see [`inline_name`]).
    pub name: String,
}

/// A loop read as a chain of changes, e.g. more stress → less well-being → less livelihood security → more stress.
/// The last step is the first variable again. `text::loops` turns it into a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoopDescription {
    pub kind: LoopKind,
    pub steps: Vec<LoopStep>,
}

/// The loop as a chain of changes: the more/less follow the running sign along the loop. A loop the report names is
/// read from the variable the report starts it at (stress for loop 1); any other loop from its first variable.
/// An empty loop has no steps.
pub fn describe_loop(project: &Project, l: &FeedbackLoop) -> LoopDescription {
    describe_loop_named(project, l, |v| &v.name)
}

/// [`describe_loop`] with each variable called by `name_of` (the name shown in the user's language).
pub fn describe_loop_named<'p>(
    project: &'p Project,
    l: &FeedbackLoop,
    name_of: impl Fn(&'p Variable) -> &'p str,
) -> LoopDescription {
    let n = l.variables.len();
    let mut steps = Vec::with_capacity(n + 1);
    if n == 0 {
        return LoopDescription { kind: l.kind, steps };
    }
    let offset = recognise(&l.variables)
        .and_then(|named| l.variables.iter().position(|v| v.as_str() == named.cycle[0]))
        .unwrap_or(0);
    let name = |i: usize| {
        let id = &l.variables[(i + offset) % n];
        project.variable(id).map_or_else(|| id.to_string(), |v| inline_name(name_of(v)))
    };
    let mut more = true;
    steps.push(LoopStep { more, name: name(0) });
    for k in 0..n {
        let link_id = l.links.get((k + offset) % n);
        if link_id.and_then(|id| project.link(id)).is_some_and(|link| link.polarity == Polarity::Negative) {
            more = !more;
        }
        steps.push(LoopStep { more, name: name(k + 1) });
    }
    LoopDescription { kind: l.kind, steps }
}

#[cfg(test)]
mod tests {
    use super::inline_name;

    #[test]
    fn inline_names() {
        assert_eq!(inline_name("Bestaanszekerheid (werk, inkomen, woning, veilige plek)"), "bestaanszekerheid");
        assert_eq!(inline_name("Stress"), "stress");
        assert_eq!(inline_name("GGZ-wachttijden"), "GGZ-wachttijden");
        assert_eq!(inline_name("Wachttijden GGZ"), "wachttijden GGZ");
        assert_eq!(inline_name("(x)"), "(x)");
        assert_eq!(inline_name(""), "");
    }
}
