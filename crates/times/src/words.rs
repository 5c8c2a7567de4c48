//! What the time lexicon says of each token, looked up once per token.
//!
//! The grammar tries every pattern at each token that could start an expression, and the
//! patterns ask the same token the same questions (is it a month? a unit? a number word?):
//! one lookup in a map of every lexicon word, made when the grammar is built, answers them
//! all from then on.

use crate::tokens::Tok;
use depeche_lang::fr::time::{Anchor, Position, TimeLexicon, Unit};
use depeche_lang::hash::HashMap;
use std::sync::OnceLock;

/// The lexicon's entries for one word (all `None` for a word it does not know).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Word {
    pub month: Option<u32>,
    pub weekday: Option<u32>,
    /// The value of a number word (`trois`, `vingt-et-un`), for word tokens.
    pub number: Option<u32>,
    pub unit: Option<(Unit, u32)>,
    pub part_of_day: Option<&'static str>,
    pub modifier: Option<(i32, Anchor)>,
    pub season: Option<(&'static str, u32)>,
    pub deictic: Option<i64>,
    pub clock: Option<(u32, u32)>,
    pub position: Option<Position>,
    /// Which lists' phrases it can start ([`crate::grammar::FirstWords::bit`]), and whether
    /// an expression can start with it at all ([`crate::grammar::STARTER`]).
    pub firsts: u16,
}

/// Every word of the lexicon's word maps with all its entries. The lexicon is the one
/// process-wide French lexicon, so this map is built once too.
fn entries(lex: &TimeLexicon) -> &'static HashMap<String, Word> {
    static M: OnceLock<HashMap<String, Word>> = OnceLock::new();
    M.get_or_init(|| {
        let mut m: HashMap<String, Word> = HashMap::default();
        fill(&mut m, &lex.months, |w, v| w.month = Some(v));
        fill(&mut m, &lex.weekdays, |w, v| w.weekday = Some(v));
        fill(&mut m, &lex.units, |w, v| w.unit = Some(v));
        fill(&mut m, &lex.parts_of_day, |w, v| w.part_of_day = Some(v));
        fill(&mut m, &lex.modifiers, |w, v| w.modifier = Some(v));
        fill(&mut m, &lex.seasons, |w, v| w.season = Some(v));
        fill(&mut m, &lex.deictic, |w, v| w.deictic = Some(v));
        fill(&mut m, &lex.clock_words, |w, v| w.clock = Some(v));
        fill(&mut m, &lex.positions, |w, v| w.position = Some(v));
        for w in crate::grammar::starters(lex) {
            m.entry(w.clone()).or_default().firsts |= crate::grammar::STARTER;
        }
        for list in crate::grammar::firsts(lex).all() {
            for w in &list.words {
                m.entry(w.clone()).or_default().firsts |= list.bit;
            }
        }
        // a one-word number is its entry ("et" only joins); compounds are read per token
        for (k, &v) in &lex.numbers {
            if k != "et" && !k.contains('-') {
                m.entry(k.clone()).or_default().number = Some(v);
            }
        }
        m
    })
}

/// Sets one field of the entry of every word of one lexicon map.
fn fill<V: Copy>(m: &mut HashMap<String, Word>, src: &HashMap<String, V>, set: fn(&mut Word, V)) {
    for (k, &v) in src {
        set(m.entry(k.clone()).or_default(), v);
    }
}

/// The entries of each token, in token order.
pub(crate) fn of_tokens(toks: &[Tok], lex: &TimeLexicon) -> Vec<Word> {
    let m = entries(lex);
    toks.iter()
        .map(|t| {
            let mut w = m.get(&*t.key).copied().unwrap_or_default();
            w.number = if !t.is_word() {
                None
            } else if t.key.contains('-') {
                lex.number_key(&t.key)
            } else {
                w.number
            };
            w
        })
        .collect()
}
