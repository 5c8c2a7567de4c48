//! What a clause says of its event besides who: negated (`n'a pas signé`), planned (`va
//! signer`), reflexive (`s'est rendu`), or a warning that states a condition.

use super::{Coder, REFLEXIVES};
use depeche_lang::fr::WordClass;

impl Coder<'_> {
    /// Whether a reflexive pronoun belongs to the verb at `t` (`se rend`, `s'est rendu`,
    /// `s'y rendra`, `se sont entretenus`).
    pub(super) fn reflexive_before(&self, t: usize) -> bool {
        let w = self.w;
        let mut k = t;
        while k > 0 && t - k < 4 && self.same(k - 1, t) {
            let p = w.word(k - 1);
            if REFLEXIVES.contains(&p) {
                return true;
            }
            let skip = matches!(
                self.class(k - 1),
                Some(WordClass::Aux | WordClass::Passive | WordClass::Neg | WordClass::NegPart)
            ) || matches!(p, "y" | "en")
                || self.adverb(k - 1);
            if !skip {
                return false;
            }
            k -= 1;
        }
        false
    }

    /// A negation around the verb group `first..end` (`n'a pas signé`, `ne se rendra
    /// jamais`, `sans accuser`).
    pub(super) fn negated(&self, first: usize, end: usize) -> bool {
        let w = self.w;
        if (first.saturating_sub(1)..end).any(|k| w.word(k) == "sans") {
            return true;
        }
        let ne = (first..end)
            .find(|&k| matches!(w.word(k), "ne" | "n'"))
            .or_else(|| (first > 0 && matches!(w.word(first - 1), "ne" | "n'")).then(|| first - 1));
        let Some(ne) = ne else { return false };
        (ne + 1..(end + 2).min(w.len()))
            .any(|k| self.class(k) == Some(WordClass::NegPart) && self.same(k, ne))
    }

    /// A negated verb governing an infinitive (`n'est pas venue négocier`, `ne veut pas
    /// signer`): `ne` and its second part in the few words before.
    pub(super) fn negated_governor(&self, first: usize) -> bool {
        let w = self.w;
        let from = first.saturating_sub(6);
        let Some(ne) =
            (from..first).find(|&k| matches!(w.word(k), "ne" | "n'") && self.same(k, first))
        else {
            return false;
        };
        // the second part may open the verb group itself (`ne va pas retirer`)
        (ne + 1..=first).any(|k| self.class(k) == Some(WordClass::NegPart))
            && !(ne + 1..first)
                .any(|k| matches!(w.raw(k), "," | ";") || self.class(k) == Some(WordClass::Stop))
    }

    /// A verb or phrase that makes the event planned, just before the verb group (`va
    /// signer`, `doit se rendre`, `souhaitait rencontrer`, `prévoit de visiter`).
    pub(super) fn plan_before(&self, first: usize) -> bool {
        let w = self.w;
        (first.saturating_sub(3)..first)
            .filter(|&k| self.same(k, first))
            .any(|k| self.class(k) == Some(WordClass::Plan) || w.word(k) == "apprête")
    }

    /// Whether the quotation the verb at `t` is the cue of states a condition (`si`,
    /// `sinon`): a warning is a threat only then (CAMEO 13 is a conditional, coercive
    /// statement; `« C'est un combat », prévient-il` is not one).
    pub(super) fn conditional_cue(&self, t: usize, end: usize) -> bool {
        let (s, e) = (self.w.byte_start(t), self.w.byte_end(end - 1));
        self.a.quotes.iter().any(|q| {
            q.cue
                .as_ref()
                .is_some_and(|c| c.span.byte_start < e && s < c.span.byte_end)
                && q.text
                    .to_lowercase()
                    .replace('’', "'")
                    .split(|c: char| !c.is_alphabetic() && c != '\'')
                    .any(|x| self.lx.class(x) == Some(WordClass::Condition))
        })
    }
}
