//! The tense of the clause around an expression, which decides whether a bare weekday is
//! the previous or the next one ("a reconnu mardi" → last Tuesday, "débutera samedi" → next
//! Saturday, "avant de participer mardi" → next Tuesday).
//!
//! Without a parser, the nearest verb form that shows its tense decides: a past participle
//! with its auxiliary, an imperfect, a future or conditional, a modal, an infinitive governed
//! by `de`/`à`/`pour`. The search stays in the sentence and stops at clause-breaking
//! punctuation; when nothing shows a tense, the caller takes the nearest day.

use crate::tokens::{Kind, Tok};
use depeche_lang::fr::time::{TenseCue, TimeLexicon};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
}

const BACK: usize = 12;
const FORWARD: usize = 8;

fn boundary(t: &Tok) -> bool {
    t.kind == Kind::Punct
        && matches!(
            t.fold.as_ref(),
            ";" | ":" | "«" | "»" | "\"" | "“" | "”" | "(" | ")" | "." | "!" | "?"
        )
}

/// The tense of the clause around tokens `start..end`, if something shows it.
pub(crate) fn tense_at(t: &[Tok], lex: &TimeLexicon, start: usize, end: usize) -> Option<Tense> {
    if start > 0 {
        if let Some(TenseCue::Past) = lex.tense.get(&*t[start - 1].fold) {
            return Some(Tense::Past);
        }
    }
    let sentence = t.get(start)?.sentence;
    let mut back = None;
    let mut k = start;
    while k > 0 && start - k < BACK {
        k -= 1;
        if t[k].sentence != sentence || boundary(&t[k]) {
            break;
        }
        if let Some(tense) = cue(t, lex, k) {
            back = Some((start - k, tense));
            break;
        }
    }
    let mut forward = None;
    for k in end..(end + FORWARD).min(t.len()) {
        if t[k].sentence != sentence || boundary(&t[k]) {
            break;
        }
        if let Some(tense) = cue(t, lex, k) {
            forward = Some((k + 1 - end, tense));
            break;
        }
    }
    match (back, forward) {
        (Some((db, b)), Some((df, f))) => Some(if df < db { f } else { b }),
        (Some((_, b)), None) => Some(b),
        (None, Some((_, f))) => Some(f),
        (None, None) => None,
    }
}

fn participle(w: &str) -> bool {
    const ENDINGS: [&str; 28] = [
        "é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite", "its",
        "ites", "ert", "erte", "erts", "ertes", "int", "inte", "ints", "intes", "ort", "orte",
        "ise", "ises",
    ];
    // hyphenated words ("rendez-vous") are nouns, not participles
    w.chars().count() >= 3 && !w.contains('-') && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// The masculine singular of a participle (`arrivées` → `arrivé`).
fn masculine(w: &str) -> &str {
    let w = w.strip_suffix('s').unwrap_or(w);
    match w.strip_suffix('e') {
        Some(stem) if stem.ends_with(['é', 'i', 'u', 't', 'n', 's', 'r']) => stem,
        _ => w,
    }
}

/// What token `k` says about the tense, if anything.
fn cue(t: &[Tok], lex: &TimeLexicon, k: usize) -> Option<Tense> {
    let tok = &t[k];
    if tok.kind != Kind::Word {
        return None;
    }
    let w = tok.fold.as_ref();
    let class = lex.tense.get(w).copied();
    match class {
        Some(TenseCue::Future) => return Some(Tense::Future),
        Some(TenseCue::NotVerb) => return None,
        _ => {}
    }
    let sentence_start = k == 0 || t[k - 1].sentence != tok.sentence;
    if tok.capital && !sentence_start {
        return None;
    }
    let prev = |n: usize| if k >= n { t[k - n].fold.as_ref() } else { "" };
    // an infinitive after "de", "à", "pour": an event still to come
    if w.chars().count() >= 4
        && ["er", "ir", "re", "oir"].iter().any(|e| w.ends_with(e))
        && !matches!(w, "avoir" | "être")
    {
        if let Some(TenseCue::Governor) = lex.tense.get(prev(1)) {
            return Some(Tense::Future);
        }
    }
    if participle(w) {
        for n in 1..=3 {
            let p = prev(n);
            match lex.tense.get(p) {
                Some(TenseCue::AuxAvoir) => return Some(Tense::Past),
                Some(TenseCue::AuxEtre) => {
                    let reflexive = matches!(
                        prev(n + 1),
                        "s'" | "se" | "me" | "m'" | "nous" | "vous" | "t'"
                    );
                    if reflexive || lex.tense.get(masculine(w)) == Some(&TenseCue::EtreVerb) {
                        return Some(Tense::Past);
                    }
                    break;
                }
                _ => {}
            }
            if t.get(k.wrapping_sub(n))
                .is_none_or(|x| x.kind != Kind::Word)
            {
                break;
            }
        }
        return None;
    }
    let len = w.chars().count();
    if len >= 5 {
        if ["rait", "raient"].iter().any(|e| w.ends_with(e)) {
            return Some(Tense::Future);
        }
        if ["ait", "aient"].iter().any(|e| w.ends_with(e)) {
            return Some(Tense::Past);
        }
        if ["ront", "rai", "rons", "rez", "ras"]
            .iter()
            .any(|e| w.ends_with(e))
        {
            return Some(Tense::Future);
        }
        if w.ends_with("ra") {
            // "déclarera", "finira", "prendra", "mettra", "pourra", "devra", "conclura" are futures;
            // "déclara", "montra", "assura", "espéra" are the passé simple of -rer verbs
            let future = ["era", "ira", "dra", "ttra", "rra", "vra", "lura"]
                .iter()
                .any(|e| w.ends_with(e))
                && !w.ends_with("éra");
            return Some(if future { Tense::Future } else { Tense::Past });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;
    use depeche_lang::fr::time::lexicon;

    fn tense_of(text: &str, word: &str) -> Option<Tense> {
        let t = tokenize(text);
        let i = t.iter().position(|x| x.fold == word).expect("word in text");
        tense_at(&t, lexicon(), i, i + 1)
    }

    #[test]
    fn clause_tense_table() {
        use Tense::*;
        let table: &[(&str, &str, Option<Tense>)] = &[
            (
                "Poutine est arrivé lundi avant de participer mardi à un forum.",
                "lundi",
                Some(Past),
            ),
            (
                "Poutine est arrivé lundi avant de participer mardi à un forum.",
                "mardi",
                Some(Future),
            ),
            (
                "Le préfet a indiqué jeudi que les aides seraient versées.",
                "jeudi",
                Some(Past),
            ),
            (
                "Il avait déjà dénoncé vendredi une fuite en avant.",
                "vendredi",
                Some(Past),
            ),
            (
                "Ils ont appelé les contrôleurs à cesser le travail jeudi.",
                "jeudi",
                Some(Future),
            ),
            (
                "Une table ronde réunira la direction et les syndicats mercredi.",
                "mercredi",
                Some(Future),
            ),
            (
                "Le jugement pourrait être mis en délibéré jeudi.",
                "jeudi",
                Some(Future),
            ),
            (
                "Le match, programmé samedi, débutera à 21 h.",
                "samedi",
                Some(Future),
            ),
            ("Elle a été reçue lundi à Brasília.", "lundi", Some(Past)),
            ("Elle est attendue mercredi à Belém.", "mercredi", None),
            ("Le feu ravage le massif depuis mardi.", "mardi", Some(Past)),
            (
                "Le procès s'est ouvert mardi devant le tribunal.",
                "mardi",
                Some(Past),
            ),
            (
                "Le mouvement, parti lundi du Gers, gagne du terrain.",
                "lundi",
                None,
            ),
            ("Il conclura sa campagne lundi soir.", "lundi", Some(Future)),
            ("Copé déplora mardi un discours.", "mardi", Some(Past)),
        ];
        for (text, word, want) in table {
            assert_eq!(tense_of(text, word), *want, "{text} / {word}");
        }
    }
}
