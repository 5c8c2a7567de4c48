//! Words that tell a person's gender: the INSEE first-name counts and the agreement words of
//! `gender_words.tsv`. The rules that use them live in `depeche-gender`.

use super::fold;
use crate::hash::HashMap;
use crate::table::rows;
use crate::Gender;
use std::sync::OnceLock;

/// How many girls and boys were given a first name in France, 1900-2021 (INSEE, Licence
/// Ouverte 2.0; built by `scripts/build-first-names.py`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameBirths {
    pub girls: u32,
    pub boys: u32,
}

impl NameBirths {
    /// Share of girls among the births with this name.
    pub fn share_f(self) -> f64 {
        let total = self.girls + self.boys;
        if total == 0 {
            0.5
        } else {
            f64::from(self.girls) / f64::from(total)
        }
    }

    pub fn total(self) -> u32 {
        self.girls + self.boys
    }
}

/// First names with their births by sex, keyed by their folded (lower-case) form.
pub fn first_name_births() -> &'static HashMap<String, NameBirths> {
    static T: OnceLock<HashMap<String, NameBirths>> = OnceLock::new();
    T.get_or_init(|| {
        let src = include_str!("../../data/fr/first_names_insee.tsv");
        // sized once: growing a map of 27,000 names rehashed it a dozen times at start-up
        let mut m: HashMap<String, NameBirths> =
            HashMap::with_capacity_and_hasher(src.len() / 12, Default::default());
        // three plain columns: split by hand (the generic row reader's vector and trims were
        // two thirds of this table's start-up)
        for line in src.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            let (Some(name), Some(girls), Some(boys)) = (
                cols.next(),
                cols.next().and_then(|c| c.trim().parse::<u32>().ok()),
                cols.next().and_then(|c| c.trim().parse::<u32>().ok()),
            ) else {
                continue;
            };
            let name = name.trim();
            // INSEE spells some names twice ("Zoe", "ZOE" after title-casing are one key):
            // they are the same name, so their counts add up
            let e = m
                .entry(fold(name))
                .or_insert(NameBirths { girls: 0, boys: 0 });
            e.girls += girls;
            e.boys += boys;
        }
        m
    })
}

/// Given names of public figures in the news that French births do not cover
/// (`first_names_world.tsv`), keyed by folded form.
pub fn first_names_world() -> &'static HashMap<String, Gender> {
    static T: OnceLock<HashMap<String, Gender>> = OnceLock::new();
    T.get_or_init(|| {
        rows(include_str!("../../data/fr/first_names_world.tsv"))
            .filter(|r| r.len() >= 2)
            .map(|r| (fold(r[0]), Gender::parse(r[1])))
            .collect()
    })
}

/// Family names written first (`Xi Jinping`, `Kim Jong-un`), lower case: a name opening with
/// one has no given name in front.
pub fn family_name_first() -> &'static crate::hash::HashSet<&'static str> {
    static T: OnceLock<crate::hash::HashSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| {
        rows(include_str!("../../data/fr/family_name_first.txt"))
            .map(|r| r[0])
            .collect()
    })
}

/// What kind of word a [`gender_words`] entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenderWordKind {
    /// `Madame`, `Monsieur` before a name.
    Address,
    /// `la`, `le`, `cette` before a role noun.
    Determiner,
    /// A participle or adjective agreeing with the person (`dite`, `née`, `satisfaite`).
    Participle,
    /// A subject pronoun (`elle`, `-t-il`).
    Pronoun,
}

/// Agreement words with their gender and kind, keyed by lower-case form.
pub fn gender_words() -> &'static HashMap<&'static str, (Gender, GenderWordKind)> {
    static T: OnceLock<HashMap<&'static str, (Gender, GenderWordKind)>> = OnceLock::new();
    T.get_or_init(|| {
        rows(include_str!("../../data/fr/gender_words.tsv"))
            .filter_map(|r| {
                let kind = match *r.get(2)? {
                    "address" => GenderWordKind::Address,
                    "determiner" => GenderWordKind::Determiner,
                    "participle" => GenderWordKind::Participle,
                    "pronoun" => GenderWordKind::Pronoun,
                    _ => return None,
                };
                Some((r[0], (Gender::parse(r[1]), kind)))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_give_births_by_sex() {
        let t = first_name_births();
        assert!(t.len() > 25_000, "{}", t.len());
        assert!(t["marie"].share_f() > 0.95);
        assert!(t["jean"].share_f() < 0.05);
        // used for both sexes: neither side reaches a clear majority
        let d = t["dominique"].share_f();
        assert!(d > 0.2 && d < 0.8, "{d}");
        // foreign names common in the news come from the world table
        assert_eq!(
            first_names_world().get("volodymyr"),
            Some(&Gender::Masculine)
        );
        assert_eq!(first_names_world().get("kamala"), Some(&Gender::Feminine));
    }

    #[test]
    fn gender_words_load() {
        assert_eq!(
            gender_words().get("satisfaite"),
            Some(&(Gender::Feminine, GenderWordKind::Participle))
        );
        assert_eq!(
            gender_words().get("-t-elle"),
            Some(&(Gender::Feminine, GenderWordKind::Pronoun))
        );
    }
}
