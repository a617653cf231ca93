//! A tiny argument reader: positional arguments and `--flag [value]` options, with Dutch errors.

/// The arguments after the subcommand.
#[derive(Debug, Clone)]
pub struct Args {
    items: Vec<String>,
    used: Vec<bool>,
}

impl Args {
    pub fn new(items: Vec<String>) -> Self {
        let used = vec![false; items.len()];
        Self { items, used }
    }

    /// True when `--name` is present (a switch without a value).
    pub fn flag(&mut self, name: &str) -> bool {
        let mut found = false;
        for (item, used) in self.items.iter().zip(self.used.iter_mut()) {
            if item == name {
                *used = true;
                found = true;
            }
        }
        found
    }

    /// The value after `--name`, if present. Errors (in Dutch) when the value is missing.
    pub fn value(&mut self, name: &str) -> Result<Option<String>, String> {
        let Some(pos) = self.items.iter().position(|a| a == name) else {
            return Ok(None);
        };
        self.used[pos] = true;
        match self.items.get(pos + 1) {
            Some(v) if !v.starts_with("--") => {
                self.used[pos + 1] = true;
                Ok(Some(v.clone()))
            }
            _ => Err(format!("Optie {name} verwacht een waarde.")),
        }
    }

    /// The value after `--name` parsed as a number or other `FromStr` type.
    pub fn parsed<T: std::str::FromStr>(&mut self, name: &str) -> Result<Option<T>, String> {
        match self.value(name)? {
            None => Ok(None),
            Some(v) => v.parse::<T>().map(Some).map_err(|_| format!("Optie {name}: '{v}' is geen geldige waarde.")),
        }
    }

    /// The first positional argument (not an option and not an option's value); call after reading options.
    pub fn positional(&mut self, what: &str) -> Result<String, String> {
        for (item, used) in self.items.iter().zip(self.used.iter_mut()) {
            if !*used && !item.starts_with("--") {
                *used = true;
                return Ok(item.clone());
            }
        }
        Err(format!("Geef een {what} op."))
    }

    /// Errors when an argument was not understood.
    pub fn finish(&self) -> Result<(), String> {
        match self.items.iter().zip(&self.used).find(|(_, used)| !**used) {
            Some((item, _)) => Err(format!("Onbekend argument '{item}'.")),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Args {
        Args::new(s.split_whitespace().map(str::to_owned).collect())
    }

    #[test]
    fn reads_options_and_positionals() {
        let mut a = args("model.veerkracht --runs 100 --json");
        assert!(a.flag("--json"));
        assert_eq!(a.parsed::<u32>("--runs").unwrap(), Some(100));
        assert_eq!(a.positional("bestand").unwrap(), "model.veerkracht");
        assert!(a.finish().is_ok());
    }

    #[test]
    fn reports_missing_and_unknown_values() {
        let mut a = args("--runs");
        assert!(a.parsed::<u32>("--runs").unwrap_err().contains("--runs"));
        let mut b = args("x --seed abc --what");
        assert!(b.parsed::<u64>("--seed").unwrap_err().contains("abc"));
        let _ = b.positional("bestand");
        assert!(b.finish().unwrap_err().contains("--what"));
    }
}
