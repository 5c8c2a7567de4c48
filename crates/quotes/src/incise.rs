//! The incise after a quotation: `« … », grince le ministre`, `« … », a tempéré-t-elle`.
//!
//! Right after a closing quote mark and its comma, French puts a verb of saying before its
//! inverted subject, whatever the verb: the construction itself says that the verb reports
//! the words in marks. News writing draws on many more verbs there than any lexicon lists
//! (`tacle`, `cingle`, `grince`, `tempère`, `rebondit`), so a word the reporting-verb lexicon
//! does not know is read as one when the frame is whole: a lower-case word shaped like a
//! finite verb or, after an auxiliary, a participle, then an inverted clitic or a subject
//! that names a speaker and closes the clause.

use super::*;
use depeche_lang::fr;

/// The group of a verb outside the lexicon standing at token `k` of an incise (the first
/// word after `», `), when the incise frame is complete.
pub(crate) fn unknown_verb_group(tk: &Toks, k: usize) -> Option<VerbGroup> {
    let t = &tk.t;
    let sent = t.get(k)?.sent;
    let mut j = k;
    let aux = grammar::is_aux(&t[j]);
    let mut clitic = None;
    if aux {
        j += 1;
        // "a-t-il grincé"
        if t.get(j).is_some_and(is_clitic) {
            clitic = Some(j);
            j += 1;
        }
    } else if matches!(t[j].low.as_str(), "s'" | "se") {
        // "s'esclaffe X", "s'enflamme-t-il"
        j += 1;
    }
    let v = t.get(j).filter(|v| v.sent == sent)?;
    if !verb_shaped(v, aux) {
        return None;
    }
    let mut end = j + 1;
    if clitic.is_none() && t.get(end).is_some_and(is_clitic) {
        clitic = Some(end);
        end += 1;
    }
    let g = VerbGroup {
        start: k,
        end,
        lemma: "",
        que: false,
        clitic,
        kind: GroupKind::Active,
    };
    if clitic.is_some() {
        return closes_at(tk, end).then_some(g);
    }
    // the subject names a speaker and closes the clause ("», tacle le ministre." but not
    // "», autre exemple de …")
    // ("», a raillé sur Twitter le sénateur": an adjunct may stand before it, as after a verb
    // the lexicon knows; not "par", whose phrase is a passive participle's agent: "», instruite
    // par le juge X")
    let (s, e) = subject_after(tk, end)?;
    if (s != end && t.get(end).is_some_and(|x| x.low == "par"))
        || s != grammar::skip_adjuncts(tk, end, sent)
        || (s..e).any(|x| grammar::is_aux(&t[x]) || t[x].verbish)
    {
        return None;
    }
    let np = noun_phrase(tk, s, e)?;
    let speaker = matches!(np.kind, NpKind::Person | NpKind::Name)
        || (np.kind == NpKind::Role && np.role_head.is_some());
    (speaker && (closes_at(tk, e) || closes_after_label(tk, e))).then_some(g)
}

/// A short label in brackets at token `e` (a party, an age: `X (LR)`, `X (42 ans)`), then
/// the incise's end.
fn closes_after_label(tk: &Toks, e: usize) -> bool {
    let t = &tk.t;
    t.get(e).is_some_and(|x| x.text == "(")
        && (e + 2..(e + 5).min(t.len()))
            .find(|&k| t[k].text == ")")
            .is_some_and(|k| (e + 1..k).all(|j| t[j].sent == t[e].sent) && closes_at(tk, k + 1))
}

fn is_clitic(w: &toks::Tok) -> bool {
    w.low.starts_with('-') && fr::inverted_clitics().contains(&w.low.as_str())
}

/// A lower-case word with the ending of a third-person verb: a participle after an
/// auxiliary (`tempéré`, `rebondi`), else a present or simple past (`grince`, `rebondit`,
/// `rétorqua`). Words that are something else in that slot (function words, titles, words the
/// lexicon knows) are not taken.
fn verb_shaped(v: &toks::Tok, after_aux: bool) -> bool {
    let w = v.low.as_str();
    if !v.is_word()
        || v.cap
        || v.verbish
        || w.chars().count() < 4
        || grammar::is_determiner(v)
        || grammar::is_preposition(v)
        || fr::pronouns().contains_key(w)
        || fr::linking_adverbs().contains(w)
        || fr::titles().contains_key(w)
        || fr::attribution_markers().contains_key(w)
        || grammar::TIME_WORDS.contains(&w)
        || w.ends_with("ment")
    {
        return false;
    }
    if after_aux {
        ["é", "i", "u", "it", "is"].iter().any(|e| w.ends_with(e))
    } else {
        // not a participle or adjective in agreement ("adaptée", "cités"): no auxiliary here
        !["ée", "ées", "és"].iter().any(|e| w.ends_with(e))
            && ["e", "it", "a"].iter().any(|e| w.ends_with(e))
    }
}

/// The incise ends at token `e`: the sentence's end, a comma, or a quote mark opening the
/// next part of the quotation.
fn closes_at(tk: &Toks, e: usize) -> bool {
    tk.t.get(e).is_none_or(|x| {
        x.sent != tk.t[e - 1].sent || matches!(x.text, "." | "," | "!" | "?" | ";" | "«" | "“")
    })
}
