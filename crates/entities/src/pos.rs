//! Part-of-speech tagging (UPOS): a greedy averaged perceptron over word, affix, shape and
//! context features, trained by [`crate::train`] on UD French-Sequoia train and UD French-GSD
//! dev, and shipped as `model/pos.bin`.
//!
//! Tokens are surface tokens as the segmenter makes them: a UD multi-word token (`du`, `au`,
//! `auxquels`) is one token tagged with its first word's tag (ADP), so the tagger never needs
//! the contractions split.

use crate::perceptron::{hash, shuffle, Features, Perceptron, Trainer};
use crate::words::Words;
use depeche_lang::hash::HashMap;
use std::sync::OnceLock;

/// The 17 universal tags, in model order.
pub const TAGS: [&str; 17] = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
];
const N: usize = TAGS.len();

/// Tag index meaning "no tag yet" (before the sentence).
const NONE: usize = usize::MAX;

/// The hash of each tag's name, and of `-` (no tag) last.
pub const TAG_HASHES: [u64; N + 1] = {
    let mut h = [hash("-"); N + 1];
    let mut i = 0;
    while i < N {
        h[i] = hash(TAGS[i]);
        i += 1;
    }
    h
};

fn tag_hash(t: usize) -> u64 {
    TAG_HASHES[t.min(N)]
}

/// A trained tagger.
#[derive(Debug, Default)]
pub struct PosTagger {
    model: Perceptron,
}

/// The features of word `i` given the two previous tags.
fn features(s: &Words, i: usize, p1: usize, p2: usize, out: &mut Features) {
    const B: u64 = hash("b");
    const W: u64 = hash("w=");
    const S1: u64 = hash("s1=");
    const S2: u64 = hash("s2=");
    const S3: u64 = hash("s3=");
    const P1: u64 = hash("p1=");
    const SH: u64 = hash("sh=");
    const FIRST: u64 = hash("first=");
    const T1: u64 = hash("t1=");
    const T12: u64 = hash("t12=");
    const T1W: u64 = hash("t1w=");
    const WM1: u64 = hash("w-1=");
    const WP1: u64 = hash("w+1=");
    const WM2: u64 = hash("w-2=");
    const WP2: u64 = hash("w+2=");
    const SP1: u64 = hash("s+1=");
    const SM1: u64 = hash("s-1=");
    out.clear();
    let ii = i as isize;
    let (h, prev, next) = (s.at(ii), s.at(ii - 1), s.at(ii + 1));
    let (t1, t2) = (tag_hash(p1), tag_hash(p2));
    out.add(B, &[]);
    out.add(W, &[h.w]);
    out.add(S1, &[h.s1]);
    out.add(S2, &[h.s2]);
    out.add(S3, &[h.s3]);
    out.add(P1, &[h.p1]);
    out.add(SH, &[h.shape]);
    out.add(FIRST, &[u64::from(i == 0)]);
    out.add(T1, &[t1]);
    out.add(T12, &[t1, t2]);
    out.add(T1W, &[t1, h.w]);
    out.add(WM1, &[prev.w]);
    out.add(WP1, &[next.w]);
    out.add(WM2, &[s.at(ii - 2).w]);
    out.add(WP2, &[s.at(ii + 2).w]);
    out.add(SP1, &[next.s3]);
    out.add(SM1, &[prev.s3]);
}

impl PosTagger {
    /// The tagger built into the binary (an empty model tags every word ADJ).
    pub fn french() -> &'static PosTagger {
        static T: OnceLock<PosTagger> = OnceLock::new();
        T.get_or_init(|| {
            PosTagger::from_bytes(include_bytes!("../model/pos.bin")).unwrap_or_default()
        })
    }

    /// Tag a sentence of surface tokens.
    pub fn tag(&self, words: &[&str]) -> Vec<&'static str> {
        self.tag_words(&Words::new(words))
            .into_iter()
            .map(|t| TAGS[t])
            .collect()
    }

    /// Tag indices (into [`TAGS`]) of a prepared sentence.
    pub fn tag_words(&self, s: &Words) -> Vec<usize> {
        let mut out = Vec::with_capacity(s.len());
        let (mut p1, mut p2) = (NONE, NONE);
        let mut feats = Features::default();
        for i in 0..s.len() {
            features(s, i, p1, p2, &mut feats);
            let best = if self.model.labels == N {
                self.model.best(&feats, |_| true)
            } else {
                0
            };
            out.push(best);
            p2 = p1;
            p1 = best;
        }
        out
    }

    /// Train on tagged sentences, `epochs` passes in an order shuffled with a fixed seed.
    pub fn train(sentences: &[Vec<(String, String)>], epochs: usize, seed: u64) -> PosTagger {
        let index: HashMap<&str, usize> = TAGS.iter().enumerate().map(|(i, t)| (*t, i)).collect();
        let mut tr = Trainer::new(N);
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        let mut rng = seed.max(1);
        let mut feats = Features::default();
        for _ in 0..epochs {
            shuffle(&mut order, &mut rng);
            for &si in &order {
                let s = &sentences[si];
                let words: Vec<&str> = s.iter().map(|(w, _)| w.as_str()).collect();
                let prepared = Words::new(&words);
                let (mut p1, mut p2) = (NONE, NONE);
                for (i, (_, tag)) in s.iter().enumerate() {
                    features(&prepared, i, p1, p2, &mut feats);
                    let gold = index.get(tag.as_str()).copied().unwrap_or(N - 1);
                    // the history is the model's own guesses, as at tagging time
                    let guess = tr.learn(&feats, gold, |_| true);
                    p2 = p1;
                    p1 = guess;
                }
            }
        }
        PosTagger { model: tr.finish() }
    }

    /// Serialised model (see [`Perceptron::to_bytes`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.model.to_bytes()
    }

    /// Read a serialised model; `None` when malformed or not a 17-tag model.
    pub fn from_bytes(b: &[u8]) -> Option<PosTagger> {
        Perceptron::from_bytes(b)
            .filter(|m| m.labels == N)
            .map(|model| PosTagger { model })
    }
}

/// Share of tokens tagged as in the gold sentences.
pub fn accuracy(tagger: &PosTagger, sentences: &[Vec<(String, String)>]) -> (usize, usize) {
    let (mut ok, mut all) = (0, 0);
    for s in sentences {
        let words: Vec<&str> = s.iter().map(|(w, _)| w.as_str()).collect();
        for (g, p) in s.iter().zip(tagger.tag(&words)) {
            all += 1;
            ok += usize::from(g.1 == p);
        }
    }
    (ok, all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_common_french() {
        let t = PosTagger::french();
        let cases: &[(&str, &[&str])] = &[
            (
                "La ministre a annoncé une réforme .",
                &["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
            ),
            (
                "Il est arrivé à Paris lundi",
                &["PRON", "AUX", "VERB", "ADP", "PROPN", "NOUN"],
            ),
        ];
        for (s, want) in cases {
            let words: Vec<&str> = s.split(' ').collect();
            assert_eq!(t.tag(&words), *want, "{s}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        let t = PosTagger::french();
        let long = "x".repeat(5000);
        for words in [
            vec![],
            vec![""],
            vec!["Путин", "김정은", "#Paris2024", "@Elysee", long.as_str()],
        ] {
            assert_eq!(t.tag(&words).len(), words.len());
        }
        assert!(PosTagger::from_bytes(&[1, 0, 0]).is_none());
    }
}
