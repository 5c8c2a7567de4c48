//! A town standing for its club in a match's result (`Bordeaux a battu Montpellier 2-1`): an
//! organisation there, not a place.

use crate::rules::RawMention;
use depeche_article::EntityType;
use depeche_places::Gazetteer;
use std::sync::OnceLock;

/// The phrases of `data/match_result_phrases.tsv`: (after the team, before the team).
fn phrases() -> &'static (Vec<&'static str>, Vec<&'static str>) {
    static P: OnceLock<(Vec<&'static str>, Vec<&'static str>)> = OnceLock::new();
    P.get_or_init(|| {
        let mut after = Vec::new();
        let mut before = Vec::new();
        for line in include_str!("../data/match_result_phrases.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            match line.split_once('\t') {
                Some(("after", p)) => after.push(p.trim()),
                Some(("before", p)) => before.push(p.trim()),
                _ => {}
            }
        }
        (after, before)
    })
}

/// The longest phrase of the table is shorter: only this many bytes around a mention are read.
const WINDOW: usize = 48;

/// The text's words from byte `from` on (`forward`) or up to it, at most [`WINDOW`] bytes,
/// lower case, apostrophes straightened: one string per mention, whatever the article's length.
fn window(text: &str, from: usize, forward: bool) -> String {
    let (mut s, mut e) = if forward {
        (from, (from + WINDOW).min(text.len()))
    } else {
        (from.saturating_sub(WINDOW), from)
    };
    while !text.is_char_boundary(s) {
        s += 1;
    }
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    let w = &text[s..e];
    let w = if forward {
        w.trim_start_matches(' ')
    } else {
        w.trim_end_matches(' ')
    };
    w.replace('’', "'").to_lowercase()
}

/// Whether `s` starts with `phrase` as whole words.
fn opens_with(s: &str, phrase: &str) -> bool {
    s.strip_prefix(phrase)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric()))
}

/// Whether `s` ends with `phrase` as whole words.
fn closes_with(s: &str, phrase: &str) -> bool {
    s.strip_suffix(phrase).is_some_and(|rest| {
        rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric() && c != '\'')
    })
}

/// Whether a capitalised name opens `s` (past spaces and an article: "Montpellier", "le
/// PSG", "l'OM").
fn name_opens(s: &str) -> bool {
    let s = s.trim_start_matches(' ');
    let s = ["le ", "la ", "les ", "l'", "l’"]
        .iter()
        .find_map(|a| s.strip_prefix(a))
        .unwrap_or(s);
    s.starts_with(char::is_uppercase)
}

/// Whether the last word of `s` is capitalised (the team before "s'est imposé face à").
fn name_closes(s: &str) -> bool {
    s.trim_end_matches(' ')
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Retype as organisations the towns (places the gazetteer reads as a town, not a country
/// or a région: national teams are named as their countries are) that a match's result
/// names as a team, right before or after its phrase.
pub fn towns_as_clubs(text: &str, mentions: &mut [RawMention]) {
    let (after, before) = phrases();
    let gaz = Gazetteer::french();
    for m in mentions.iter_mut().filter(|m| m.kind == EntityType::LOC) {
        let next = window(text, m.end, true);
        let prev = window(text, m.start, false);
        // (the other side of the result is a team too, a capitalised name: "Lyon a battu un
        // record", "Toulouse s'est imposée comme capitale", "a été battu par Lyon" after a
        // record are no matches)
        let raw_next = text[m.end..].trim_start_matches(' ');
        let mut from = m.start.saturating_sub(2 * WINDOW);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let raw_prev = text[from..m.start].trim_end_matches(' ');
        // (counted in chars: an apostrophe ’ takes three bytes where the phrase's ' takes one)
        let team = after
            .iter()
            .any(|p| opens_with(&next, p) && name_opens(skip(raw_next, p.chars().count())))
            || before.iter().any(|p| {
                closes_with(&prev, p) && name_closes(drop_last(raw_prev, p.chars().count()))
            });
        if !team {
            continue;
        }
        let town = gaz
            .resolve(&m.text, &Default::default())
            .is_some_and(|p| !matches!(p.feature, "country" | "region" | "department"));
        if town {
            m.kind = EntityType::ORG;
        }
    }
}

/// `s` past its first `n` chars.
fn skip(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or("", |(k, _)| &s[k..])
}

/// `s` without its last `n` chars.
fn drop_last(s: &str, n: usize) -> &str {
    let k = s.chars().count().saturating_sub(n);
    s.char_indices().nth(k).map_or(s, |(b, _)| &s[..b])
}
