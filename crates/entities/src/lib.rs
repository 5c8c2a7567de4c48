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
pub mod rules;
pub mod train;

use depeche_article::{Article, Stage};

/// The entity stage.
#[derive(Debug, Clone, Copy, Default)]
pub struct EntityTagger;

impl EntityTagger {
    /// The French tagger, with its lists and lexicon built into the binary.
    pub fn french() -> Self {
        EntityTagger
    }
}

impl Stage for EntityTagger {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn annotate(&self, a: &mut Article) {
        let mentions = rules::find_mentions(a);
        a.entities = merge::merge(a, mentions);
    }
}

#[cfg(test)]
mod tests;
