//! A short Dutch description of each [`Edit`], for the undo/redo menu ("Ongedaan maken: variabele verplaatsen").

use super::Edit;

fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

fn removal(variables: usize, links: usize) -> String {
    match (variables, links) {
        (0, l) => format!("{} verwijderen", plural(l, "koppeling", "koppelingen")),
        (v, 0) => format!("{} verwijderen", plural(v, "variabele", "variabelen")),
        _ => "selectie verwijderen".to_owned(),
    }
}

impl Edit {
    /// What this edit does, lower case, e.g. `"variabele verplaatsen"`.
    pub fn describe(&self) -> String {
        match self {
            Self::AddVariable { .. } => "variabele toevoegen".to_owned(),
            Self::UpdateVariable(_) => "variabele wijzigen".to_owned(),
            Self::AddLink(_) => "koppeling toevoegen".to_owned(),
            Self::UpdateLink(_) => "koppeling wijzigen".to_owned(),
            Self::MoveVariables { moves } => format!("{} verplaatsen", plural(moves.len(), "variabele", "variabelen")),
            Self::SetPositions { positions } => {
                format!("{} verplaatsen", plural(positions.len(), "variabele", "variabelen"))
            }
            Self::Delete { variables, links } => removal(variables.len(), links.len()),
            Self::Remove { variables, links } => match (variables.len(), links.len()) {
                (0, _) => "koppeling weghalen".to_owned(),
                (_, 0) => "variabele weghalen".to_owned(),
                _ => "selectie weghalen".to_owned(),
            },
            Self::Restore { .. } => "verwijderde onderdelen terugzetten".to_owned(),
            Self::SetMeta(_) => "projectgegevens wijzigen".to_owned(),
            Self::SetLayout(_) => "indeling wijzigen".to_owned(),
            Self::SetOutcome(_) => "veerkrachtindex wijzigen".to_owned(),
            Self::SetSettings(_) => "simulatie-instellingen wijzigen".to_owned(),
            Self::SetScenarios(_) => "scenario's wijzigen".to_owned(),
            Self::SetInterventions(_) => "interventies wijzigen".to_owned(),
            Self::SetPlans(_) => "plannen wijzigen".to_owned(),
            Self::SetRetiredIds(_) => "lijst van gebruikte ids bijwerken".to_owned(),
            Self::Batch(edits) => {
                let mut labels = edits.iter().map(Self::describe);
                match labels.next() {
                    None => "niets wijzigen".to_owned(),
                    Some(first) if labels.all(|l| l == first) => first,
                    Some(_) => "meerdere wijzigingen".to_owned(),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Position, VariableId};

    #[test]
    fn labels_are_dutch_and_counted() {
        let one = Edit::MoveVariables { moves: vec![(VariableId::new("a"), Position::default())] };
        assert_eq!(one.describe(), "variabele verplaatsen");
        let del = Edit::Delete { variables: vec![], links: vec!["a__b".into(), "b__a".into()] };
        assert_eq!(del.describe(), "koppelingen verwijderen");
        assert_eq!(Edit::Batch(vec![one.clone(), one]).describe(), "variabele verplaatsen");
    }
}
