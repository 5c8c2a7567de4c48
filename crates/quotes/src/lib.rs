//! Quotations and their speakers.
//!
//! The stage finds three kinds of reported speech and attributes each one:
//! - **direct** quotations between quote marks ([`marks`]): whole statements, partial quotes
//!   inside the journalist's sentence, quotations running over several paragraphs, and the
//!   answers of a Q/R interview;
//! - **indirect** speech: the que-clause of a reporting verb (`a affirmé que ...`), the
//!   clause governed by `selon X` / `d'après X`, a sentence closed by an inverted cue
//!   (`..., a prévenu SUD-Rail.`).
//!
//! Attribution looks, in order, for an inverted cue after the closing mark (`», a-t-il
//! déclaré`), a reporting verb or a colon before the quotation in its sentence, an indirect
//! clause that holds the quotation, and finally the speaker of the quotation just before
//! (a statement continued in the next sentence or paragraph). Speakers are noun phrases
//! ([`grammar`]) resolved against the people and institutions the article mentions
//! ([`speakers`]): pronouns by gender and recency, roles (`la maire`) by the roles seen with a
//! name. Quote marks with no speaker (scare quotes, titles of works, slogans) are not reported.
//!
//! French words (reporting verbs, titles, pronouns, markers) come from `depeche-lang`.

mod direct;
mod grammar;
mod incise;
mod indirect;
mod marks;
mod resolve;
mod speakers;
mod subjects;
mod toks;
mod transcript;

use depeche_article::{Article, Cue, EntityType, Quote, QuoteKind, Speaker, Stage};
use depeche_lang::Gender;
use grammar::{
    noun_phrase, subject_after, subject_before, verb_group, GroupKind, Np, NpKind, VerbGroup,
};
use marks::Marked;
use speakers::Memory;
use toks::Toks;

use direct::*;
use indirect::*;
use resolve::*;
use subjects::*;

/// The quotation stage.
#[derive(Debug, Default, Clone)]
pub struct QuoteExtractor;

impl QuoteExtractor {
    pub fn french() -> Self {
        QuoteExtractor
    }
}

impl Stage for QuoteExtractor {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn annotate(&self, a: &mut Article) {
        let mut quotes = extract(a);
        quotes.retain(|q| !names_a_body(a, q));
        a.quotes = quotes;
    }
}

/// Whether a direct quotation's words in marks are only a body's name the entity stage found
/// (`a déclaré dans « Le Monde »`, `a salué « Le Parisien »`): a newspaper's or a body's
/// name set in marks by typography, no one's words.
fn names_a_body(a: &Article, q: &Quote) -> bool {
    q.kind == QuoteKind::Direct
        && q.text.split_whitespace().count() <= 5
        && a.entities
            .iter()
            .filter(|e| e.kind == EntityType::ORG)
            .flat_map(|e| e.mentions.iter())
            .any(|m| {
                let (bs, be) = (m.span.byte_start, m.span.byte_end);
                be == q.span.byte_end
                    && bs >= q.span.byte_start
                    && matches!(
                        a.text[q.span.byte_start..bs]
                            .trim_end()
                            .to_lowercase()
                            .as_str(),
                        "" | "le" | "la" | "les" | "l'" | "l’"
                    )
            })
}

/// Where a candidate's speaker comes from.
#[derive(Debug, Clone)]
pub(crate) enum Source {
    Np(Np),
    /// Same speaker as the candidate with this byte span (a partial quote inside an
    /// attributed clause).
    Inherit(usize, usize),
    /// Same speaker as the previous attributed quotation (a continued statement).
    Previous,
    /// The interviewee of a Q/R interview.
    Interviewee,
    /// No cue names the speaker, yet the words are a quotation (a long passage in marks is
    /// almost always someone's words): the speaker of the quotation just before (same or
    /// previous paragraph), else the sentence's subject; with neither it is left out.
    /// The phrase is the subject of the sentence holding the words, if it is speaker-like:
    /// the speaker when no quotation comes just before.
    Unattributed(Option<Np>),
}

#[derive(Debug, Clone)]
pub(crate) struct Cand {
    s: usize,
    e: usize,
    kind: QuoteKind,
    partial: bool,
    /// Cue as (byte start, byte end, lemma).
    cue: Option<(usize, usize, &'static str)>,
    source: Option<Source>,
    /// Byte offset where the speaker is referred to (for pronoun resolution).
    at: usize,
}

impl Cand {
    /// An indirect statement over bytes `[s, e)`, its cue, where its speaker is referred to and
    /// where that speaker comes from.
    fn indirect(
        s: usize,
        e: usize,
        cue: Option<(usize, usize, &'static str)>,
        at: usize,
        source: Option<Source>,
    ) -> Cand {
        Cand {
            s,
            e,
            kind: QuoteKind::Indirect,
            partial: false,
            cue,
            source,
            at,
        }
    }
}

fn extract(a: &Article) -> Vec<Quote> {
    if a.tokens.is_empty() {
        return Vec::new();
    }
    let mut folded = String::new();
    let tk = Toks::new(a, &mut folded);
    let paras: Vec<(usize, usize)> = a
        .paragraphs
        .iter()
        .map(|p| (p.span.byte_start, p.span.byte_end))
        .collect();
    // interviews and exchanges set as paragraphs (`Q :` / `R :`, `Name :`, questions standing
    // alone): their answers are quotations, their questions none
    let turns = transcript::turns(&tk, &paras);
    let question = |t: &transcript::Turn| matches!(t.who, transcript::Who::Interviewer);
    let marked: Vec<Marked> = marks::find(&a.text, &paras)
        .into_iter()
        .filter(|m| !turns.iter().any(|t| t.s <= m.open && m.close <= t.e))
        .collect();
    let in_marks = |b: usize| marks::containing(&marked, b).is_some();

    let mut cands: Vec<Cand> = Vec::new();
    for t in &turns {
        let source = match &t.who {
            transcript::Who::Labelled(np) => Source::Np(np.clone()),
            transcript::Who::Interviewee => Source::Interviewee,
            transcript::Who::Interviewer => continue,
        };
        cands.push(Cand {
            s: t.s,
            e: t.e,
            kind: QuoteKind::Direct,
            partial: false,
            cue: None,
            source: Some(source),
            at: t.s,
        });
    }
    let in_question = |b: usize| turns.iter().any(|t| question(t) && t.s <= b && b < t.e);
    // (the paragraph before the first question introduces the interviewee)
    let first_question = turns.iter().find(|t| question(t)).map(|t| t.s);
    indirect_que(&tk, &in_marks, &marked, &mut cands);
    let mut lead_ins = Vec::new();
    indirect_selon(&tk, &in_marks, &marked, &mut cands, &mut lead_ins);
    indirect_inverted(&tk, &marked, &mut cands);
    conviction_que(&tk, &marked, &mut cands);
    stance_colon(&tk, &marked, &mut cands);
    statement_colon(&tk, &marked, &mut cands);
    indirect_comme(&tk, &marked, &mut cands);
    indirect_backward(&tk, &marked, &mut cands);
    content_noun_que(&tk, &marked, &mut cands);
    noun_is_que(&tk, &marked, &mut cands);
    end_before_other_cues(&tk, &marked, &mut cands);
    indirect_continued(&tk, &marked, &mut cands);
    let mut indirect = cands.clone();
    indirect.sort_by_key(|c| (c.s, c.e));
    for (m, continues) in &direct::split_at_incises(&tk, &marked) {
        if in_question(m.open) {
            continue;
        }
        // the part after an incise inside the marks is the same speaker's
        if let Some(first) = continues {
            let cue = cands
                .last()
                .filter(|c| (c.s, c.e) == (first.s, first.e))
                .and_then(|c| c.cue);
            cands.push(Cand {
                s: m.s,
                e: m.e,
                kind: QuoteKind::Direct,
                partial: false,
                cue,
                source: Some(Source::Inherit(first.s, first.e)),
                at: m.open,
            });
            continue;
        }
        cands.push(attribute_direct(&tk, m, &marked, &indirect, &lead_ins));
    }
    // a title in quote marks that repeats a quotation of the body takes its speaker
    cands.sort_by_key(|c| (c.s, c.e));
    resolve(a, &tk, cands, first_question)
}

/// Token index of the token starting at byte `b` (or the next one).
pub(crate) fn tok_at(tk: &Toks, b: usize) -> usize {
    tk.at_byte(b)
}

pub(crate) fn last_tok_before(tk: &Toks, b: usize) -> Option<usize> {
    tk.at_byte(b).checked_sub(1)
}
