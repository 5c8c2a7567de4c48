//! Time expressions in French news: where they are, and which calendar value they name.
//!
//! [`TimeTagger`] is the pipeline stage that fills `article.times` with each expression's
//! span, TIMEX3 type (DATE, TIME, DURATION, SET) and TIMEX3 value, and fills
//! `article.published` from the text when the caller gave no date and the text pins one
//! (a dateline, a weekday with its date).
//!
//! The work is in three steps, each in its module:
//! - `grammar` finds expressions as token patterns over the French time lexicon of
//!   `depeche-lang` (month names, number words, units...: data, not code) and says what each
//!   one means, without a calendar;
//! - `published` infers the reference date when it is missing;
//! - `resolve` turns meanings into values against the reference date and the last day the
//!   text named (for `la veille`), using the tense of the clause (`tense`) for bare weekdays.
//!
//! Without a reference date, values that need one stay underspecified (`XXXX-09-11`).
//!
//! ```
//! use depeche_article::{Article, Stage};
//! use depeche_times::TimeTagger;
//!
//! let mut a = Article::new("Le sommet s'est ouvert hier à Bruxelles.".into());
//! a.published = chrono::NaiveDate::from_ymd_opt(2025, 3, 21);
//! TimeTagger::french().annotate(&mut a);
//! assert_eq!(a.times[0].text, "hier");
//! assert_eq!(a.times[0].value, "2025-03-20");
//! ```
//!
//! Not here: event ordering (TLINKs) and time zones.

mod grammar;
mod published;
mod resolve;
mod tense;
mod tokens;
mod words;

use chrono::NaiveDate;
use depeche_article::{Article, PublishedSource, Stage, TimeExpr};
use depeche_lang::fr::time::{lexicon, TimeLexicon};

/// The time stage.
#[derive(Debug, Clone)]
pub struct TimeTagger {
    lex: &'static TimeLexicon,
    /// "Today" for publication-date inference; `None` reads the clock.
    today: Option<NaiveDate>,
}

impl TimeTagger {
    /// The stage with the French lexicon.
    pub fn french() -> Self {
        TimeTagger {
            lex: lexicon(),
            today: None,
        }
    }

    /// Fix "today", the latest date an inferred publication date may take (for tests and
    /// for re-running old corpora reproducibly).
    pub fn with_today(mut self, today: NaiveDate) -> Self {
        self.today = Some(today);
        self
    }

    fn today(&self) -> NaiveDate {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }
}

impl Stage for TimeTagger {
    fn name(&self) -> &'static str {
        "times"
    }

    fn annotate(&self, a: &mut Article) {
        let mut toks = tokens::tokenize(&a.text);
        // the segmenter's sentences are better than ours (abbreviations, initials) when present
        if !a.sentences.is_empty() {
            for t in &mut toks {
                if let Some(s) = a.sentence_at(t.start) {
                    t.sentence = s;
                }
            }
        }
        let g = grammar::Grammar::new(&toks, self.lex);
        let found = g.find();
        if a.published.is_none() {
            if let Some(d) = published::infer(&g, &found, self.today()) {
                a.published = Some(d);
                a.published_source = Some(PublishedSource::Inferred);
            }
        }
        let r = resolve::Resolver {
            t: &toks,
            lex: self.lex,
            reference: a.published,
        };
        let times: Vec<TimeExpr> = r
            .resolve(&found)
            .into_iter()
            .map(|x| {
                let (s, e) = (toks[x.start].start, toks[x.end - 1].end);
                TimeExpr {
                    span: a.span(s, e),
                    text: a.text[s..e].to_string(),
                    kind: x.kind,
                    value: x.value,
                }
            })
            .collect();
        a.times = times;
    }
}

#[cfg(test)]
mod tests;
