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

/// A character as the phrases of the table spell it: lower case, apostrophe straight.
fn folded(c: char) -> char {
    if c == '’' {
        '\''
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// The rest of `s` when it opens with `phrase` as whole words (case and apostrophes aside).
fn past_phrase<'a>(s: &'a str, phrase: &str) -> Option<&'a str> {
    let mut chars = s.chars();
    for p in phrase.chars() {
        if chars.next().map(folded) != Some(p) {
            return None;
        }
    }
    let rest = chars.as_str();
    (rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric())).then_some(rest)
}

/// What comes before `phrase` when `s` ends with it as whole words (case and apostrophes
/// aside).
fn before_phrase<'a>(s: &'a str, phrase: &str) -> Option<&'a str> {
    let mut chars = s.chars();
    for p in phrase.chars().rev() {
        if chars.next_back().map(folded) != Some(p) {
            return None;
        }
    }
    let rest = chars.as_str();
    (rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'))
        .then_some(rest)
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
        // (the other side of the result is a team too, a capitalised name: "Lyon a battu un
        // record", "Toulouse s'est imposée comme capitale", "a été battu par Lyon" after a
        // record are no matches)
        let next = text[m.end..].trim_start_matches(' ');
        let prev = text[..m.start].trim_end_matches(' ');
        let team = after
            .iter()
            .any(|p| past_phrase(next, p).is_some_and(name_opens))
            || before
                .iter()
                .any(|p| before_phrase(prev, p).is_some_and(name_closes));
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
