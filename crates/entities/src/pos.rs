//! Part-of-speech tagging (UPOS): a greedy averaged perceptron over word, affix, shape and
//! context features, trained by [`crate::train`] on UD French-Sequoia train and UD French-GSD
//! dev, and shipped as `model/pos.bin`.
//!
//! Tokens are surface tokens as the segmenter makes them: a UD multi-word token (`du`, `au`,
//! `auxquels`) is one token tagged with its first word's tag (ADP), so the tagger never needs
//! the contractions split.

use crate::perceptron::{argmax, prefix, shuffle, suffix, Features, Perceptron, Trainer};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The 17 universal tags, in model order.
pub const TAGS: [&str; 17] = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
];
const N: usize = TAGS.len();

/// A trained tagger.
#[derive(Debug, Default)]
pub struct PosTagger {
    model: Perceptron,
}

/// The features of token `i` given the two previous tags (`lower`: the words in lower case).
fn features(words: &[&str], lower: &[String], i: usize, p1: usize, p2: usize, out: &mut Features) {
    out.clear();
    let w = lower[i].as_str();
    let tag = |t: usize| if t == usize::MAX { "-" } else { TAGS[t] };
    let word_at = |k: isize| -> &str {
        if k < 0 || k as usize >= words.len() {
            "<s>"
        } else {
            lower[k as usize].as_str()
        }
    };
    let ii = i as isize;
    let shape = shape(words[i]);
    out.add(&["b"]);
    out.add(&["w=", w]);
    out.add(&["s1=", suffix(w, 1)]);
    out.add(&["s2=", suffix(w, 2)]);
    out.add(&["s3=", suffix(w, 3)]);
    out.add(&["p1=", prefix(w, 1)]);
    out.add(&["sh=", &shape]);
    out.add(&["first=", if i == 0 { "true" } else { "false" }]);
    out.add(&["t1=", tag(p1)]);
    out.add(&["t12=", tag(p1), " ", tag(p2)]);
    out.add(&["t1w=", tag(p1), " ", w]);
    let prev = word_at(ii - 1);
    let next = word_at(ii + 1);
    out.add(&["w-1=", prev]);
    out.add(&["w+1=", next]);
    out.add(&["w-2=", word_at(ii - 2)]);
    out.add(&["w+2=", word_at(ii + 2)]);
    out.add(&["s+1=", suffix(next, 3)]);
    out.add(&["s-1=", suffix(prev, 3)]);
}

/// Word shape: runs of capitals, small letters and digits collapsed (`Xx`, `X`, `d`,
/// `Xx-x`), at most 4 characters.
pub fn shape(w: &str) -> String {
    let mut s = String::new();
    let mut last = '\0';
    for c in w.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if k == last {
            continue;
        }
        last = k;
        s.push(k);
        if s.chars().count() >= 4 {
            break;
        }
    }
    s
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
        let mut out = Vec::with_capacity(words.len());
        let (mut p1, mut p2) = (usize::MAX, usize::MAX);
        let mut feats = Features::default();
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        for i in 0..words.len() {
            features(words, &lower, i, p1, p2, &mut feats);
            let best = if self.model.labels == N {
                argmax(&self.model.scores(&feats), |_| true)
            } else {
                0
            };
            out.push(TAGS[best]);
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
                let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
                let (mut p1, mut p2) = (usize::MAX, usize::MAX);
                for (i, (_, tag)) in s.iter().enumerate() {
                    features(&words, &lower, i, p1, p2, &mut feats);
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

    #[test]
    fn shapes() {
        for (w, s) in [
            ("Paris", "Xx"),
            ("CNRS", "X"),
            ("2024", "d"),
            ("Jong-un", "Xx-x"),
            ("", ""),
        ] {
            assert_eq!(shape(w), s, "{w}");
        }
    }
}
