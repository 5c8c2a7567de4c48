//! Named entities in French news: persons (PER), organisations (ORG) and places (LOC), with
//! every mention of the same entity merged into one [`Entity`].
//!
//! The tagger reads the tokens of the segmentation stage and works in three passes:
//!
//! 1. **Candidates** ([`rules`]): capitalised token sequences, acronyms and organisation names
//!    opened by a head noun (`Chambre régionale des comptes`, `ministère de l'Agriculture`),
//!    matched against the place gazetteer of `depeche-places` and the lists in `data/`.
//! 2. **Typing**: a title or honorific before the name (`M.`, `la ministre`, `l'avocat`) or a
//!    known given name makes a person; a gazetteer entry a place; a head noun, an acronym or a
//!    common word inside the name an organisation; an unknown pair of capitalised words a
//!    person. A lone surname takes the type of the full name it shortens.
//! 3. **Merging** ([`merge`]): `Vladimir Poutine` and `Poutine`, `Kim Jong-un` and `Kim Jong Un`,
//!    `Fédération de Russie` and `Russie` (same gazetteer entry), `Chambre régionale des comptes`
//!    and `CRC` (initials), `Commission européenne` and `Commission` (same head) are one entity;
//!    its `name` is the fullest form and ids run `e1`, `e2`, ... in order of first mention.
//!
//! Mentions follow the project's conventions: no titles or determiners; buildings standing for
//! an institution (`l'Élysée`), events, demonyms and roles are not entities; after a lower-case
//! generic head (`préfet de l'Isère`) only the place is a mention.
//!
//! The common-word lexicon in `model/` is learnt from the UD French treebanks by [`train`];
//! see the README for why the shipped typer is rule-based.

pub mod merge;
pub mod ner;
pub mod perceptron;
pub mod pos;
pub mod rules;
pub mod train;

use depeche_article::{Article, Stage};

/// The entity stage.
#[derive(Debug, Clone, Copy, Default)]
pub struct EntityTagger {
    trained: bool,
}

impl EntityTagger {
    /// The French tagger that ships: rules over the gazetteer, lists and the learnt lexicon
    /// (better than the trained model on modern news, see the README).
    pub fn french() -> Self {
        EntityTagger { trained: false }
    }

    /// The trained BIO perceptron ([`ner`]) instead of the rules, for comparison.
    pub fn trained() -> Self {
        EntityTagger { trained: true }
    }
}

/// Mentions from the trained model, sentence by sentence.
fn model_mentions(a: &Article) -> Vec<rules::RawMention> {
    let model = ner::NerModel::french();
    let mut out = Vec::new();
    let mut start = 0;
    while start < a.tokens.len() {
        let s = a.tokens[start].sentence;
        let end = start
            + a.tokens[start..]
                .iter()
                .take_while(|t| t.sentence == s)
                .count();
        let toks = &a.tokens[start..end];
        let words: Vec<&str> = toks.iter().map(|t| &a.text[t.span.bytes()]).collect();
        for (i, j, kind) in ner::spans(&model.label(&words)) {
            let (b, e) = (toks[i].span.byte_start, toks[j - 1].span.byte_end);
            out.push(rules::RawMention {
                start: b,
                end: e,
                text: a.text[b..e].to_string(),
                kind,
            });
        }
        start = end;
    }
    out
}

impl Stage for EntityTagger {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn annotate(&self, a: &mut Article) {
        let mentions = if self.trained {
            model_mentions(a)
        } else {
            rules::find_mentions(a)
        };
        a.entities = merge::merge(a, mentions);
    }
}

#[cfg(test)]
mod tests;
