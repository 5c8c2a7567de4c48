//! French time vocabulary: months, weekdays, number words, units, relative and anchored
//! words, seasons, parts of the day, vague references and tense cues.
//!
//! The tables live in `data/fr/time/`; this module only loads them. How an expression is
//! found and resolved to a calendar value is the business of `depeche-times`.
//!
//! Lookups take a word already folded with [`key`] (lower case, straight apostrophe, no
//! accents), so that "Février", "fevrier" and "FÉVRIER" are one entry. Tense cues are the
//! exception: "a" (has) and "à" (to) differ only by their accent, so they are keyed by
//! [`super::fold`] alone.

use crate::table::rows;
use std::sync::OnceLock;

pub use crate::hash::{HashMap, LexHasher};

/// A calendar or clock unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
    /// Saturday and Sunday of a week.
    WeekEnd,
}

impl Unit {
    fn parse(s: &str) -> Unit {
        match s {
            "second" => Unit::Second,
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            "weekend" => Unit::WeekEnd,
            other => panic!("time/units.tsv: unknown unit {other:?}"),
        }
    }
}

/// Where inside a period a position word puts an expression (`début`, `mi`, `fin`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Start,
    Mid,
    End,
}

/// What a modifier such as `dernier` or `suivante` is relative to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The reference (publication) date.
    Reference,
    /// The last day the text mentioned.
    Event,
}

/// A tense cue class (see `data/fr/time/tense.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TenseCue {
    AuxAvoir,
    AuxEtre,
    AuxEtreReflexive,
    EtreVerb,
    Future,
    Governor,
    Past,
    NotVerb,
}

/// Role of a word next to a four-digit number (`data/fr/time/year_context.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearContext {
    /// The word before the number makes it a year (`en 2022`).
    Before,
    /// The word after the number makes it a quantity (`2 000 euros`).
    NotAfter,
}

/// What the word before "de N ans" makes of the number (`data/fr/time/ages.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgeContext {
    Age,
    Duration,
}

/// The French time lexicon.
#[derive(Debug)]
pub struct TimeLexicon {
    pub months: HashMap<String, u32>,
    pub weekdays: HashMap<String, u32>,
    pub numbers: HashMap<String, u32>,
    /// Unit and multiplier.
    pub units: HashMap<String, (Unit, u32)>,
    /// Day offset from the reference date.
    pub deictic: HashMap<String, i64>,
    /// Token sequences and their day offset from the event anchor.
    pub anchored: Vec<(Vec<String>, i64)>,
    /// Direction (-1, 0, 1) and what it is relative to.
    pub modifiers: HashMap<String, (i32, Anchor)>,
    /// TIMEX3 code and first month.
    pub seasons: HashMap<String, (&'static str, u32)>,
    /// TIMEX3 part-of-day code without the `T` (`MO`, `EV`).
    pub parts_of_day: HashMap<String, &'static str>,
    pub clock_words: HashMap<String, (u32, u32)>,
    /// Words before "N heures" or "midi" that make it a time of day; keyed by
    /// [`super::fold`], accents kept.
    pub clock_cues: HashMap<String, ()>,
    pub positions: HashMap<String, Position>,
    /// Token sequences after "quantity unit" that count from the event anchor: direction,
    /// and whether punctuation must follow.
    pub shifts: Vec<(Vec<String>, (i64, bool))>,
    /// Token sequences and their value, longest first.
    pub vague: Vec<(Vec<String>, &'static str)>,
    /// Token sequences and the quantity they stand for (`None` = unknown).
    pub quantities: Vec<(Vec<String>, Option<f64>)>,
    pub duration_modifiers: Vec<Vec<String>>,
    pub sets: Vec<Vec<String>>,
    /// Keyed by [`super::fold`], accents kept.
    pub tense: HashMap<String, TenseCue>,
    pub year_context: HashMap<String, YearContext>,
    /// Words before "de N ans" that make the number an age or keep it a duration.
    pub ages: HashMap<String, AgeContext>,
}

/// The lookup key of a word: lower case, straight apostrophe, accents removed.
pub fn key(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut s = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '’' | 'ʼ' | '`' | '´' => s.push('\''),
            '\u{2010}' | '\u{2011}' => s.push('-'),
            'à' | 'â' | 'ä' | 'À' | 'Â' | 'Ä' => s.push('a'),
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => s.push('e'),
            'î' | 'ï' | 'Î' | 'Ï' => s.push('i'),
            'ô' | 'ö' | 'Ô' | 'Ö' => s.push('o'),
            'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => s.push('u'),
            'ç' | 'Ç' => s.push('c'),
            'œ' | 'Œ' => s.push_str("oe"),
            _ => s.extend(c.to_lowercase()),
        }
    }
    s
}

fn words(s: &str) -> Vec<String> {
    s.split(' ').filter(|w| !w.is_empty()).map(key).collect()
}

fn longest_first<T>(mut v: Vec<(Vec<String>, T)>) -> Vec<(Vec<String>, T)> {
    v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    v
}

impl TimeLexicon {
    fn load() -> Self {
        macro_rules! table {
            ($file:literal) => {
                rows(include_str!(concat!("../../data/fr/time/", $file)))
            };
        }
        let num = |s: &str, file: &str| -> u32 {
            s.parse()
                .unwrap_or_else(|_| panic!("time/{file}: {s:?} is not a number"))
        };
        let months = table!("months.tsv")
            .map(|r| (key(r[0]), num(r[1], "months.tsv")))
            .collect();
        let weekdays = table!("weekdays.tsv")
            .map(|r| (key(r[0]), num(r[1], "weekdays.tsv")))
            .collect();
        let numbers = table!("numbers.tsv")
            .map(|r| (key(r[0]), num(r[1], "numbers.tsv")))
            .collect();
        let units = table!("units.tsv")
            .map(|r| (key(r[0]), (Unit::parse(r[1]), num(r[2], "units.tsv"))))
            .collect();
        let deictic = table!("deictic.tsv")
            .map(|r| {
                (
                    key(r[0]),
                    r[1].parse()
                        .unwrap_or_else(|_| panic!("time/deictic.tsv: bad offset {:?}", r[1])),
                )
            })
            .collect();
        let anchored = longest_first(
            table!("anchored.tsv")
                .map(|r| {
                    (
                        words(r[0]),
                        r[1].parse()
                            .unwrap_or_else(|_| panic!("time/anchored.tsv: bad offset {:?}", r[1])),
                    )
                })
                .collect(),
        );
        let modifiers = table!("modifiers.tsv")
            .map(|r| {
                let dir = r[1]
                    .parse()
                    .unwrap_or_else(|_| panic!("time/modifiers.tsv: bad direction {:?}", r[1]));
                (
                    key(r[0]),
                    (
                        dir,
                        if r[2] == "event" {
                            Anchor::Event
                        } else {
                            Anchor::Reference
                        },
                    ),
                )
            })
            .collect();
        let seasons = table!("seasons.tsv")
            .map(|r| (key(r[0]), (r[1], num(r[2], "seasons.tsv"))))
            .collect();
        let parts_of_day = table!("parts_of_day.tsv")
            .map(|r| (key(r[0]), r[1]))
            .collect();
        let clock_words = table!("clock_words.tsv")
            .map(|r| {
                (
                    key(r[0]),
                    (num(r[1], "clock_words.tsv"), num(r[2], "clock_words.tsv")),
                )
            })
            .collect();
        let positions = table!("position.tsv")
            .map(|r| {
                let p = match r[1] {
                    "start" => Position::Start,
                    "mid" => Position::Mid,
                    "end" => Position::End,
                    other => panic!("time/position.tsv: unknown position {other:?}"),
                };
                (key(r[0]), p)
            })
            .collect();
        let vague = longest_first(table!("vague.tsv").map(|r| (words(r[0]), r[1])).collect());
        let quantities = longest_first(
            table!("quantities.tsv")
                .map(|r| (words(r[0]), r[1].parse::<f64>().ok()))
                .collect(),
        );
        let mut duration_modifiers: Vec<Vec<String>> = table!("duration_modifiers.tsv")
            .map(|r| words(r[0]))
            .collect();
        duration_modifiers.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let mut sets: Vec<Vec<String>> = table!("sets.tsv").map(|r| words(r[0])).collect();
        sets.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let tense = table!("tense.tsv")
            .map(|r| {
                let c = match r[1] {
                    "aux_avoir" => TenseCue::AuxAvoir,
                    "aux_etre" => TenseCue::AuxEtre,
                    "aux_etre_refl" => TenseCue::AuxEtreReflexive,
                    "etre_verb" => TenseCue::EtreVerb,
                    "future" => TenseCue::Future,
                    "governor" => TenseCue::Governor,
                    "past" => TenseCue::Past,
                    "not_verb" => TenseCue::NotVerb,
                    other => panic!("time/tense.tsv: unknown class {other:?}"),
                };
                (super::fold(r[0]), c)
            })
            .collect();
        let year_context = table!("year_context.tsv")
            .map(|r| {
                (
                    key(r[0]),
                    if r[1] == "not_after" {
                        YearContext::NotAfter
                    } else {
                        YearContext::Before
                    },
                )
            })
            .collect();
        let shifts = longest_first(
            table!("shifts.tsv")
                .map(|r| {
                    let dir = r[1]
                        .parse()
                        .unwrap_or_else(|_| panic!("time/shifts.tsv: bad direction {:?}", r[1]));
                    (words(r[0]), (dir, r[2] == "end"))
                })
                .collect(),
        );
        let clock_cues = table!("clock_cues.tsv")
            .map(|r| (super::fold(r[0]), ()))
            .collect();
        let ages = table!("ages.tsv")
            .map(|r| {
                (
                    key(r[0]),
                    if r[1] == "duration" {
                        AgeContext::Duration
                    } else {
                        AgeContext::Age
                    },
                )
            })
            .collect();
        TimeLexicon {
            shifts,
            clock_cues,
            ages,
            months,
            weekdays,
            numbers,
            units,
            deictic,
            anchored,
            modifiers,
            seasons,
            parts_of_day,
            clock_words,
            positions,
            vague,
            quantities,
            duration_modifiers,
            sets,
            tense,
            year_context,
        }
    }

    /// The value of a number word, compounds included (`dix-huit`, `vingt-et-un`,
    /// `quatre-vingt-dix`, `deux cents` as `deux-cents`). `None` when a part is not a number.
    pub fn number_word(&self, word: &str) -> Option<u32> {
        self.number_key(&key(word))
    }

    /// [`Self::number_word`] for a word already folded with [`key`].
    pub fn number_key(&self, k: &str) -> Option<u32> {
        // most words are not numbers, and most numbers are one word: both are answered by
        // one lookup, without splitting
        if !k.contains('-') {
            return self.numbers.get(k).copied().filter(|_| k != "et");
        }
        let parts = || k.split('-').filter(|p| !p.is_empty());
        let first = parts().next()?;
        if !self.numbers.contains_key(first) || parts().count() > 6 {
            return None;
        }
        // "et" joins (vingt-et-un) but cannot stand alone.
        if parts().all(|p| p == "et") {
            return None;
        }
        let mut total: u32 = 0;
        let mut current: u32 = 0;
        for p in parts() {
            let v = *self.numbers.get(p)?;
            match v {
                1000 => {
                    total = total.checked_add(current.max(1).checked_mul(1000)?)?;
                    current = 0;
                }
                100 => current = current.max(1).checked_mul(100)?,
                // quatre-vingt(s): a smaller number before twenty multiplies it
                20 if (2..=9).contains(&current) => current *= 20,
                _ => current = current.checked_add(v)?,
            }
        }
        total.checked_add(current)
    }
}

/// The French time lexicon, loaded on first use.
pub fn lexicon() -> &'static TimeLexicon {
    static T: OnceLock<TimeLexicon> = OnceLock::new();
    T.get_or_init(TimeLexicon::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load() {
        let l = lexicon();
        assert_eq!(l.months.get("fevrier"), Some(&2));
        assert_eq!(l.months.get(&key("Août")), Some(&8));
        assert_eq!(l.weekdays.get("dimanche"), Some(&7));
        assert_eq!(l.units.get("annee"), Some(&(Unit::Year, 1)));
        assert_eq!(l.deictic.get("apres-demain"), Some(&2));
        assert_eq!(l.seasons.get("ete"), Some(&("SU", 6)));
        assert_eq!(l.tense.get("a"), Some(&TenseCue::AuxAvoir));
        assert_eq!(l.tense.get("à"), Some(&TenseCue::Governor));
        assert!(l
            .vague
            .iter()
            .any(|(w, v)| w == &["bientot"] && *v == "FUTURE_REF"));
        assert_eq!(l.anchored[0].0.len(), 3, "longest first");
    }

    #[test]
    fn number_words() {
        let l = lexicon();
        for (w, n) in [
            ("deux", 2),
            ("Dix-huit", 18),
            ("vingt", 20),
            ("vingt-et-un", 21),
            ("trente-cinq", 35),
            ("soixante-dix", 70),
            ("quatre-vingt", 80),
            ("quatre-vingts", 80),
            ("quatre-vingt-dix-neuf", 99),
            ("deux-cents", 200),
            ("mille", 1000),
            ("deux-mille-vingt", 2020),
        ] {
            assert_eq!(l.number_word(w), Some(n), "{w}");
        }
        for w in ["et", "vingtaine", "", "-", "deux-chats"] {
            assert_eq!(l.number_word(w), None, "{w}");
        }
    }
}
