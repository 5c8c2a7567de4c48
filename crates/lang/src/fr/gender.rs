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

include!(concat!(env!("OUT_DIR"), "/first_names.rs"));

/// First names with their births by sex, keyed by their folded (lower-case) form. The table is
/// laid out at build time (`build.rs`), sorted by name: a lookup is a binary search and costs
/// nothing at start-up, where filling a hash map with 27,000 names cost 38 M instructions.
#[derive(Debug, Clone, Copy)]
pub struct FirstNameBirths {
    /// Per name: its end in `text` (it starts where the one before ends), girls, boys.
    rows: &'static [(u32, u32, u32)],
    text: &'static str,
}

impl FirstNameBirths {
    /// The folded name of row `i`.
    fn name(self, i: usize) -> &'static str {
        let start = if i == 0 {
            0
        } else {
            self.rows[i - 1].0 as usize
        };
        &self.text[start..self.rows[i].0 as usize]
    }

    /// The births of a folded first name.
    pub fn get(self, folded: &str) -> Option<NameBirths> {
        let (mut lo, mut hi) = (0, self.rows.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.name(mid).cmp(folded) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => {
                    let (_, girls, boys) = self.rows[mid];
                    return Some(NameBirths { girls, boys });
                }
            }
        }
        None
    }

    /// How many distinct (folded) names the table holds.
    pub fn len(self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(self) -> bool {
        self.rows.is_empty()
    }
}

/// The INSEE first-name table (see [`FirstNameBirths`]).
pub fn first_name_births() -> FirstNameBirths {
    FirstNameBirths {
        rows: &FIRST_NAMES,
        text: FIRST_NAME_TEXT,
    }
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

/// A first name decides alone only when at least this share of the children given it were of
/// one sex, nine in ten: a name whose minority sex is one child in ten or more is used for
/// both (Claude 88 % boys, Camille 72 % girls, Dominique 59 % boys stay unknown); Marie,
/// Jean, Armel (94 % boys) do not.
const FIRST_NAME_SHARE: f64 = 0.9;
/// Below this many births the INSEE counts are too thin to rely on, and the list of foreign
/// given names, when it has the name, decides instead.
const FIRST_NAME_MIN_BIRTHS: u32 = 100;
/// A person named by one word alone is a surname as often as a given name ("Renoir", "Aubry",
/// "Harris" are both); the word reads as a given name, as sportsmen and singers known by it
/// are named ("Felipe", "Renaud"), only when French parents gave it this often, far more than
/// a surname that is a rare given name, and to one sex nearly always.
const SINGLE_NAME_MIN_BIRTHS: u32 = 500;
const SINGLE_NAME_SHARE: f64 = 0.98;

/// The gender a person's first name suggests, if it is clear enough.
pub fn first_name_gender(name: &str) -> Option<Gender> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return single_name_gender(name);
    }
    let first = words[0];
    // initials ("B. Obama"), particles ("de Gaulle"), Roman numerals are no first names
    if first.ends_with('.') || !first.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let key = fold(first);
    if family_name_first().contains(key.as_str()) {
        // "Xi Jinping", "Kim Jong-un": the given name comes second and only the list of
        // foreign given names knows it ("Kim" alone would read as a French girl's name)
        return first_names_world().get(fold(words[1]).as_str()).copied();
    }
    let from_insee = |k: &str| first_name_births().get(k);
    let decide = |k: &str| -> Option<Option<Gender>> {
        let births = from_insee(k);
        if births.is_some_and(|b| b.total() >= FIRST_NAME_MIN_BIRTHS) {
            return Some(births.and_then(share_gender));
        }
        if let Some(g) = first_names_world().get(k) {
            return Some(Some(*g));
        }
        births.map(share_gender)
    };
    if let Some(g) = decide(&key) {
        return g;
    }
    // "Jean-Marc" is in the table; a rarer compound takes its first part ("Jean-Hugues")
    key.split_once('-')
        .and_then(|(head, _)| decide(head))
        .flatten()
}

/// The gender of a person named by a single word, when that word is a common given name of
/// one sex (see [`SINGLE_NAME_MIN_BIRTHS`]); foreign lists are not used, since without counts
/// they cannot tell a given name from a surname.
fn single_name_gender(word: &str) -> Option<Gender> {
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let b = first_name_births().get(fold(word).as_str())?;
    if b.total() < SINGLE_NAME_MIN_BIRTHS {
        return None;
    }
    share_gender_at(b, SINGLE_NAME_SHARE)
}

fn share_gender(b: NameBirths) -> Option<Gender> {
    share_gender_at(b, FIRST_NAME_SHARE)
}

/// The sex at least `share` of the children given a name were of, if one was.
fn share_gender_at(b: NameBirths, share: f64) -> Option<Gender> {
    let f = b.share_f();
    if f >= share {
        Some(Gender::Feminine)
    } else if f <= 1.0 - share {
        Some(Gender::Masculine)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_give_births_by_sex() {
        let t = first_name_births();
        assert!(t.len() > 25_000, "{}", t.len());
        assert!(t.get("marie").unwrap().share_f() > 0.95);
        assert!(t.get("jean").unwrap().share_f() < 0.05);
        // used for both sexes: neither side reaches a clear majority
        let d = t.get("dominique").unwrap().share_f();
        assert!(d > 0.2 && d < 0.8, "{d}");
        // foreign names common in the news come from the world table
        assert_eq!(
            first_names_world().get("volodymyr"),
            Some(&Gender::Masculine)
        );
        assert_eq!(first_names_world().get("kamala"), Some(&Gender::Feminine));
    }

    /// The build script's table is the file read at run time: keys folded by the run-time
    /// fold, unique, in the order the binary search assumes, births of names that fold alike
    /// summed.
    #[test]
    fn first_name_table_is_the_file_folded_and_sorted() {
        let t = first_name_births();
        for i in 1..t.len() {
            assert!(
                t.name(i - 1) < t.name(i),
                "{:?} before {:?}",
                t.name(i - 1),
                t.name(i)
            );
        }
        let mut read: std::collections::HashMap<String, NameBirths> = Default::default();
        for line in include_str!("../../data/fr/first_names_insee.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
        {
            let c: Vec<&str> = line.split('\t').collect();
            let e = read
                .entry(fold(c[0].trim()))
                .or_insert(NameBirths { girls: 0, boys: 0 });
            e.girls += c[1].trim().parse::<u32>().unwrap();
            e.boys += c[2].trim().parse::<u32>().unwrap();
        }
        assert_eq!(read.len(), t.len());
        for (k, b) in &read {
            assert_eq!(first_name_births().get(k), Some(*b), "{k}");
        }
        assert_eq!(first_name_births().get("Zoé"), None, "keys are folded");
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
