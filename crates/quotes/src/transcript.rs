//! Transcripts: interviews and exchanges whose turns are paragraphs.
//!
//! Three layouts, tried in this order:
//! - **`Q :` / `R :` prefixes** ([`interview_prefix`]): each `R :` paragraph is the
//!   interviewee's words, each `Q :` one the interviewer's;
//! - **turns labelled with a speaker's name**: `Claire X : Nous avons …` (a debate, or an
//!   interview whose questions are labelled with the interviewer or the medium, `Wikinews :
//!   Pourquoi …?`). Each paragraph opened by a person's name and a colon is that person's words;
//!   one opened by another label (a medium, `Question`) is the interviewer's, no quotation;
//! - **questions standing alone**: an article that announces an interview (`entretien`,
//!   `conversation avec`, `interview`) and then sets its questions as paragraphs ending with a
//!   question mark, each followed by its answer: the answers are the interviewee's words, as a
//!   `R :` paragraph's would be.

use crate::grammar::{self, noun_phrase, Np, NpKind};
use crate::toks::Toks;

/// A paragraph of a transcript: the words of the turn (bytes `[s, e)`, the label excluded)
/// and who speaks them.
pub(crate) struct Turn {
    pub s: usize,
    pub e: usize,
    pub who: Who,
}

pub(crate) enum Who {
    /// A turn labelled with a person's name: that person.
    Labelled(Np),
    /// An answer (`R :`, or after a question standing alone): the interviewee the article
    /// introduces.
    Interviewee,
    /// A question or another label's turn: the interviewer's, no quotation.
    Interviewer,
}

/// The turns of a transcript the article holds, if it holds one; `paras` are its paragraphs
/// as byte ranges.
pub(crate) fn turns(tk: &Toks, paras: &[(usize, usize)]) -> Vec<Turn> {
    let prefixed = prefixed_turns(tk, paras);
    if !prefixed.is_empty() {
        return prefixed;
    }
    let labelled = labelled_turns(tk, paras);
    if !labelled.is_empty() {
        return labelled;
    }
    question_turns(tk, paras)
}

/// The `Q :` or `R :` opening a paragraph of a Q/R interview: its length in bytes, and
/// whether it is a question's.
fn interview_prefix(p: &str) -> Option<(usize, bool)> {
    [
        ("Q :", true),
        ("Q:", true),
        ("Q.", true),
        ("R :", false),
        ("R:", false),
        ("R.", false),
        ("Q\u{a0}:", true),
        ("R\u{a0}:", false),
    ]
    .into_iter()
    .find(|(prefix, _)| p.starts_with(prefix))
    .map(|(prefix, q)| (prefix.len(), q))
}

/// Paragraphs of a Q/R interview, prefixes excluded; one answer alone is no interview.
fn prefixed_turns(tk: &Toks, paras: &[(usize, usize)]) -> Vec<Turn> {
    let text = tk.text;
    let mut out = Vec::new();
    for &(ps, pe) in paras {
        let p = &text[ps..pe];
        if let Some((len, question)) = interview_prefix(p) {
            let rest = &p[len..];
            let lead = rest.len() - rest.trim_start().len();
            let s = ps + len + lead;
            if s < pe {
                let who = if question {
                    Who::Interviewer
                } else {
                    Who::Interviewee
                };
                out.push(Turn { s, e: pe, who });
            }
        }
    }
    if out
        .iter()
        .filter(|t| matches!(t.who, Who::Interviewee))
        .count()
        < 2
    {
        out.clear();
    }
    out
}

/// The label opening a paragraph: one to four capitalised words (a name, with its particles,
/// initials and hyphens) right before a colon, as token range `[k, c)` with `c` the colon.
fn label_at(tk: &Toks, ps: usize, pe: usize) -> Option<(usize, usize)> {
    let t = &tk.t;
    let k = tk.at_byte(ps);
    let c = (k..(k + 6).min(t.len()))
        .take_while(|&j| t[j].s < pe)
        .find(|&j| t[j].text == ":")?;
    let words = (k..c).filter(|&j| t[j].is_word()).count();
    // (what follows the colon is the turn: more than a word or two)
    let after = (c + 1..t.len())
        .take_while(|&j| t[j].e <= pe)
        .filter(|&j| t[j].is_word())
        .count();
    let label = c > k
        && (1..=4).contains(&words)
        && t[k].cap
        && (k..c).all(|j| {
            let x = &t[j];
            x.cap || matches!(x.text, "." | "-") || grammar::is_particle(&x.low)
        })
        && after >= 3;
    label.then_some((k, c))
}

/// Paragraphs opened by `Label :`, when at least three are, under two labels at least, and
/// a person's name labels two of them.
fn labelled_turns(tk: &Toks, paras: &[(usize, usize)]) -> Vec<Turn> {
    let t = &tk.t;
    let labels: Vec<(usize, usize, usize, usize)> = paras
        .iter()
        .filter_map(|&(ps, pe)| label_at(tk, ps, pe).map(|(k, c)| (k, c, ps, pe)))
        .collect();
    if labels.len() < 3 {
        return Vec::new();
    }
    let key = |k: usize, c: usize| tk.slice(k, c).to_lowercase();
    let mut distinct: Vec<String> = labels.iter().map(|&(k, c, _, _)| key(k, c)).collect();
    distinct.sort();
    distinct.dedup();
    if distinct.len() < 2 {
        return Vec::new();
    }
    let person = |k: usize, c: usize| noun_phrase(tk, k, c).filter(|np| np.kind == NpKind::Person);
    let people: Vec<(usize, usize)> = labels
        .iter()
        .filter(|&&(k, c, _, _)| person(k, c).is_some())
        .map(|&(_, c, _, pe)| (c + 1, pe))
        .collect();
    if people.len() < 2 {
        return Vec::new();
    }
    // (an exchange asks something, or its speakers say "je" and "nous": a list of people
    // with what the journalist says of them, "Paul X : élu au premier tour, il …", is none)
    let asks = labels
        .iter()
        .any(|&(_, _, ps, pe)| tk.text[ps..pe].trim_end().ends_with('?'));
    let first_person = people
        .iter()
        .filter(|&&(k, pe)| speaks_in_person(tk, k, pe, FIRST_PERSON))
        .count();
    if !asks && first_person * 2 < people.len() {
        return Vec::new();
    }
    labels
        .into_iter()
        .map(|(k, c, _, pe)| {
            let s = t.get(c + 1).map_or(pe, |x| x.s);
            let who = person(k, c).map_or(Who::Interviewer, Who::Labelled);
            Turn {
                s,
                e: trim_end(tk.text, s, pe),
                who,
            }
        })
        .filter(|turn| turn.s < turn.e)
        .collect()
}

/// Words announcing an interview in the title or the first paragraphs (`questions` only in
/// `questions à X`: "Cinq questions sur le virus" is a set of questions the journalist
/// answers).
const INTERVIEW_WORDS: &[&str] = &[
    "entretien",
    "interview",
    "conversation",
    "interviewé",
    "interviewée",
];

/// Questions standing alone as paragraphs (ending with a question mark), three at least,
/// each followed by an answer, in an article whose first paragraphs announce an interview:
/// the answers, up to the next question, are the interviewee's turns.
fn question_turns(tk: &Toks, paras: &[(usize, usize)]) -> Vec<Turn> {
    let text = tk.text;
    let is_question = |&(ps, pe): &(usize, usize)| text[ps..pe].trim_end().ends_with('?');
    let first = match paras.iter().position(is_question) {
        Some(i) if i > 0 => i,
        _ => return Vec::new(),
    };
    // (the announcement comes before the first question)
    let announced = paras[..first].iter().take(4).any(|&(ps, pe)| {
        let p = text[ps..pe].to_lowercase();
        p.split(|c: char| !c.is_alphanumeric())
            .any(|w| INTERVIEW_WORDS.contains(&w))
            || p.contains("questions à")
    });
    if !announced {
        return Vec::new();
    }
    // (a line of a word or two with no final stop after the last answer ends the
    // transcript: "Sources", "Lire aussi")
    let words = |&(ps, pe): &(usize, usize)| text[ps..pe].split_whitespace().count();
    let end = paras[first..]
        .iter()
        .position(|&(ps, pe)| {
            let line = text[ps..pe].trim_end();
            words(&(ps, pe)) < 3 && !line.ends_with(['.', '!', '?', '…'])
        })
        .map_or(paras.len(), |k| first + k);
    let rest = &paras[first..end];
    // most questions have their answer (an answer may end on a question of its own, so two
    // may follow each other now and then)
    let questions = rest.iter().filter(|p| is_question(p)).count();
    let answered = rest
        .windows(2)
        .filter(|w| is_question(&w[0]) && !is_question(&w[1]))
        .count();
    if questions < 3 || answered * 3 < questions * 2 {
        return Vec::new();
    }
    // (an interview asks "vous" and its answers say "je" or "nous"; a explainer set as
    // questions, "Combien coûtera le pont ?", answers in the third person)
    let tokens_of = |&(ps, pe): &(usize, usize)| (tk.at_byte(ps), pe);
    let asks_you = rest.iter().filter(|p| is_question(p)).any(|p| {
        let (k, pe) = tokens_of(p);
        speaks_in_person(tk, k, pe, SECOND_PERSON)
    });
    let answers_i = rest.iter().filter(|p| !is_question(p)).any(|p| {
        let (k, pe) = tokens_of(p);
        speaks_in_person(tk, k, pe, FIRST_PERSON)
    });
    if !(asks_you && answers_i) {
        return Vec::new();
    }
    // (an answer running over several paragraphs is one turn, up to the next question)
    let mut out: Vec<Turn> = Vec::new();
    for &(ps, pe) in rest {
        let question = is_question(&(ps, pe));
        let e = trim_end(text, ps, pe);
        match out.last_mut() {
            Some(last) if !question && matches!(last.who, Who::Interviewee) => last.e = e,
            _ => out.push(Turn {
                s: ps,
                e,
                who: if question {
                    Who::Interviewer
                } else {
                    Who::Interviewee
                },
            }),
        }
    }
    out.retain(|turn| turn.s < turn.e);
    out
}

/// Words of a speaker talking of themself.
const FIRST_PERSON: &[&str] = &[
    "je", "j'", "me", "m'", "moi", "mon", "ma", "mes", "nous", "notre", "nos",
];

/// Words of an interviewer addressing the interviewee.
const SECOND_PERSON: &[&str] = &["vous", "votre", "vos"];

/// Whether the tokens from `k` up to byte `pe` hold one of `words`.
fn speaks_in_person(tk: &Toks, k: usize, pe: usize, words: &[&str]) -> bool {
    tk.t[k..]
        .iter()
        .take_while(|x| x.e <= pe)
        // (an inverted pronoun is split from its verb with its hyphen: "avez-vous")
        .any(|x| words.contains(&x.low.trim_start_matches(['-', 't']).trim_start_matches('-')))
}

/// The end of `text[s..e]` with trailing white space left out.
fn trim_end(text: &str, s: usize, e: usize) -> usize {
    s + text[s..e].trim_end().len()
}
