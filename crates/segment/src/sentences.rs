//! Sentence boundaries over the tokens of one paragraph.

use crate::tokens::{is_space, RawToken};
use depeche_lang::fr;

const CLOSERS: &[&str] = &["»", "”", "\"", "’", "›", ")", "]"];
const OPENERS: &[&str] = &["«", "“", "\"", "‹", "(", "[", "—", "–", "-", "‘"];

/// A token that can end a sentence (a `match`, not a list scan: it is asked of every token).
fn is_terminal(t: &str) -> bool {
    matches!(t, "." | "!" | "?" | "…" | "..." | "?!" | "!?")
}

/// The first bytes of the brackets and of the terminals of [`is_terminal`] (0xE2 starts `…`),
/// by byte: one load answers for a token.
static MAY_END_OR_NEST: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    let firsts = [b'.', b'!', b'?', b'(', b')', b'[', b']', 0xE2];
    while k < firsts.len() {
        t[firsts[k] as usize] = true;
        k += 1;
    }
    t
};

/// Sentences of a paragraph as ranges of token indices `[start, end)`.
pub fn sentence_bounds(text: &str, tokens: &[RawToken]) -> Vec<(usize, usize)> {
    let tok = |i: usize| &text[tokens[i].start..tokens[i].end];
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let mut parens = 0i32;
    let bytes = text.as_bytes();
    while i < tokens.len() {
        // most tokens are words: only a token starting with a byte of [`MAY_END_OR_NEST`] can
        // be a bracket or end a sentence, the others need no string comparison
        if !MAY_END_OR_NEST[usize::from(bytes[tokens[i].start])] {
            i += 1;
            continue;
        }
        let t = tok(i);
        match t {
            "(" | "[" => parens += 1,
            ")" | "]" => parens = (parens - 1).max(0),
            _ => {}
        }
        if !is_terminal(t) || parens > 0 || (t == "." && !ends_sentence_period(text, tokens, i)) {
            i += 1;
            continue;
        }
        // keep closing marks with the sentence they close: `. »`, `.)`, `."`
        let mut end = i + 1;
        while end < tokens.len() && CLOSERS.contains(&tok(end)) && closes(text, tokens, end) {
            end += 1;
        }
        let next_starts = match tokens.get(end) {
            None => true,
            Some(nx) => {
                let w = tok(end);
                let c = w.chars().next().unwrap_or(' ');
                let gap = &text[tokens[end - 1].end..nx.start];
                (!gap.is_empty()
                    && (c.is_uppercase() || c.is_ascii_digit() || OPENERS.contains(&w)))
                    || (gap.is_empty() && missing_space(text, tokens, i, end))
            }
        };
        if next_starts {
            out.push((start, end));
            start = end;
        }
        i = end;
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    out
}

/// `».Pour le collectif`, `mal-formé.Il`: a period glued to the next sentence, a space lost
/// in copying (frequent in real pages). Only after a closing mark or a lower-case word of three
/// letters or more, and before a capitalised word in lower case after its capital, so that
/// initials (`M.Dupont`), acronyms (`U.S.A.`) and addresses (`site.fr`) stay whole.
fn missing_space(text: &str, tokens: &[RawToken], period: usize, next: usize) -> bool {
    if text[tokens[period].start..tokens[period].end] != *"." || period == 0 {
        return false;
    }
    let before = &text[tokens[period - 1].start..tokens[period - 1].end];
    let glued_before = tokens[period - 1].end == tokens[period].start;
    let after_ok = {
        let w = &text[tokens[next].start..tokens[next].end];
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && w.chars().count() >= 2
            && cs.all(|c| c.is_lowercase() || c == '-' || c == '\'' || c == '’')
    };
    let before_ok = matches!(before, "»" | "”" | ")" | "\"")
        || (before.chars().count() >= 3 && before.chars().all(|c| c.is_lowercase() || c == '-'));
    glued_before && before_ok && after_ok
}

/// A period ends a sentence unless it closes an abbreviation or an initial.
fn ends_sentence_period(text: &str, tokens: &[RawToken], i: usize) -> bool {
    if i == 0 || tokens[i - 1].end != tokens[i].start {
        return true;
    }
    let prev = &text[tokens[i - 1].start..tokens[i - 1].end];
    // the period is glued to the previous token, so the text already spells "prev."
    let with_dot = &text[tokens[i - 1].start..tokens[i].end];
    if fr::abbreviations().contains(with_dot) && prev != "etc" {
        return false;
    }
    // "etc." ends a sentence only when a capitalised word follows; that is checked by the caller
    let mut cs = prev.chars();
    let single_initial = matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase());
    // "J.-C.", "J.-P. Sartre": a capital letter after a hyphen
    let hyphen_initial = prev.len() <= 4
        && prev.contains('-')
        && prev
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '.');
    !(single_initial || hyphen_initial)
}

/// Whether a closing-mark token at `i` belongs to the sentence before it: `»` and `”` always
/// close; a straight `"` or `’` only when glued to the previous token (`."`).
fn closes(text: &str, tokens: &[RawToken], i: usize) -> bool {
    let t = &text[tokens[i].start..tokens[i].end];
    match t {
        "\"" | "’" => tokens[i - 1].end == tokens[i].start,
        _ => text[tokens[i - 1].end..tokens[i].start]
            .chars()
            .all(is_space),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    fn split(t: &str) -> Vec<&str> {
        let tk = tokenize(t);
        sentence_bounds(t, &tk)
            .iter()
            .map(|&(s, e)| &t[tk[s].start..tk[e - 1].end])
            .collect()
    }

    /// (paragraph, expected sentences): the sentence splitter's specification.
    const CASES: &[(&str, &[&str])] = &[
        ("Il pleut. Il vente.", &["Il pleut.", "Il vente."]),
        (
            "M. Dupont est venu. Mme Durand aussi.",
            &["M. Dupont est venu.", "Mme Durand aussi."],
        ),
        (
            "MM. Dupont et Durand sont là. Ils parlent.",
            &["MM. Dupont et Durand sont là.", "Ils parlent."],
        ),
        (
            "Le Dr. House et Me. Carrasco. Fin.",
            &["Le Dr. House et Me. Carrasco.", "Fin."],
        ),
        (
            "J. Smith est arrivé. Il parle.",
            &["J. Smith est arrivé.", "Il parle."],
        ),
        (
            "« à l'invitation de (...) Poutine », a dit Marc. Puis rien.",
            &[
                "« à l'invitation de (...) Poutine », a dit Marc.",
                "Puis rien.",
            ],
        ),
        (
            "Le taux est de 3,5 %. Il baisse.",
            &["Le taux est de 3,5 %.", "Il baisse."],
        ),
        (
            "« Nous viendrons. Nous parlerons. » Il sourit.",
            &["« Nous viendrons.", "Nous parlerons. »", "Il sourit."],
        ),
        (
            "« Nous viendrons », a-t-il dit. Puis il est parti !",
            &["« Nous viendrons », a-t-il dit.", "Puis il est parti !"],
        ),
        (
            "Il a dit \"non.\" Ensuite, rien.",
            &["Il a dit \"non.\"", "Ensuite, rien."],
        ),
        (
            "Des pommes, des poires, etc. Le reste suit.",
            &["Des pommes, des poires, etc.", "Le reste suit."],
        ),
        (
            "Vraiment ? Oui ! Bien sûr...",
            &["Vraiment ?", "Oui !", "Bien sûr..."],
        ),
        (
            "Il est né en 52 av. J.-C. à Rome.",
            &["Il est né en 52 av. J.-C. à Rome."],
        ),
        (
            "Le 10 000e visiteur. Bravo.",
            &["Le 10 000e visiteur.", "Bravo."],
        ),
        ("Ça marche... je crois.", &["Ça marche... je crois."]),
        // a space lost after the period: split after a closing mark or a lower-case word
        (
            "« Il faut partir ».Pour le reste, il verra.",
            &["« Il faut partir ».", "Pour le reste, il verra."],
        ),
        (
            "Le projet est abandonné.Les élus protestent.",
            &["Le projet est abandonné.", "Les élus protestent."],
        ),
        // but not in initials, acronyms or addresses
        (
            "Selon M.Dupont, le site exemple.fr et les U.S.A. suivent.",
            &["Selon M.Dupont, le site exemple.fr et les U.S.A. suivent."],
        ),
    ];

    #[test]
    fn sentences_follow_french_typography() {
        for (input, want) in CASES {
            assert_eq!(split(input), *want, "input {input:?}");
        }
    }
}
