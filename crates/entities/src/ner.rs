//! The trained entity recogniser: a greedy BIO averaged perceptron over word, shape, affix,
//! part-of-speech, gazetteer and context features, trained by [`crate::train`] on Europeana
//! Newspapers French (CC0) and HIPE-2022 NewsEye French dev (CC BY 4.0) with a fixed seed, and
//! shipped as `model/ner.bin`.
//!
//! It is measured beside the rules in the README; the stage ships the better of the two
//! ([`crate::EntityTagger::french`]), the other stays available ([`crate::EntityTagger::trained`]).

use crate::perceptron::{argmax, shuffle, Perceptron, Trainer};
use crate::pos::{shape, PosTagger};
use crate::rules::{trusted_place, Lists};
use depeche_article::EntityType;
use std::collections::HashMap;
use std::sync::OnceLock;

/// BIO labels in model order.
pub const LABELS: [&str; 7] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];
const N: usize = LABELS.len();

/// A tokenised sentence with BIO labels.
pub type LabelledSentence = Vec<(String, String)>;

/// The trained recogniser.
#[derive(Debug, Default)]
pub struct NerModel {
    model: Perceptron,
}

fn allowed(prev: usize, label: usize) -> bool {
    // I-X only continues B-X or I-X
    match label {
        2 | 4 | 6 => prev == label || prev + 1 == label,
        _ => true,
    }
}

fn features(words: &[&str], tags: &[&str], i: usize, prev: usize, out: &mut Vec<String>) {
    out.clear();
    let lists = Lists::get();
    let w = words[i];
    let lower = w.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let affix = |n: usize, end: bool| -> String {
        if end {
            chars[chars.len().saturating_sub(n)..].iter().collect()
        } else {
            chars[..n.min(chars.len())].iter().collect()
        }
    };
    let at = |k: isize| -> (String, String, &str) {
        if k < 0 || k as usize >= words.len() {
            ("<s>".into(), "<s>".into(), "<s>")
        } else {
            let k = k as usize;
            (words[k].to_lowercase(), shape(words[k]), tags[k])
        }
    };
    let ii = i as isize;
    let (w1, s1, t1) = at(ii - 1);
    let (w2, s2, t2) = at(ii + 1);
    let (w_2, _, _) = at(ii - 2);
    let sh = shape(w);
    out.push("b".into());
    out.push(format!("w={lower}"));
    out.push(format!("sh={sh}"));
    out.push(format!("s3={}", affix(3, true)));
    out.push(format!("s2={}", affix(2, true)));
    out.push(format!("p3={}", affix(3, false)));
    out.push(format!("t={}", tags[i]));
    out.push(format!("t-1={t1}"));
    out.push(format!("t+1={t2}"));
    out.push(format!("w-1={w1}"));
    out.push(format!("w+1={w2}"));
    out.push(format!("w-2={w_2}"));
    out.push(format!("sh-1={s1}"));
    out.push(format!("sh+1={s2}"));
    out.push(format!("sh,sh+1={sh},{s2}"));
    out.push(format!("first={}", i == 0));
    out.push(format!("l={}", LABELS.get(prev).unwrap_or(&"-")));
    out.push(format!("l,sh={},{sh}", LABELS.get(prev).unwrap_or(&"-")));
    out.push(format!(
        "lex={}",
        lists.lexicon.get(&lower).map_or("-", String::as_str)
    ));
    if w.chars().next().is_some_and(char::is_uppercase) {
        if trusted_place(w) {
            out.push("gaz=place".into());
        }
        if lists.first_names.contains(w) {
            out.push("gaz=given".into());
        }
        if lists.org_heads.contains(&lower) {
            out.push("gaz=orghead".into());
        }
        if lists.known_orgs.contains(&depeche_places::fold(w)) {
            out.push("gaz=org".into());
        }
        if lists.person_titles.contains(w1.trim_end_matches('.')) {
            out.push("title-1".into());
        }
    }
}

impl NerModel {
    /// The model built into the binary.
    pub fn french() -> &'static NerModel {
        static M: OnceLock<NerModel> = OnceLock::new();
        M.get_or_init(|| {
            NerModel::from_bytes(include_bytes!("../model/ner.bin")).unwrap_or_default()
        })
    }

    /// BIO labels for a sentence.
    pub fn label(&self, words: &[&str]) -> Vec<&'static str> {
        if self.model.labels != N {
            return vec!["O"; words.len()];
        }
        let tags = PosTagger::french().tag(words);
        let mut out = Vec::with_capacity(words.len());
        let mut prev = 0;
        let mut feats = Vec::new();
        for i in 0..words.len() {
            features(words, &tags, i, prev, &mut feats);
            let best = argmax(&self.model.scores(&feats), |l| allowed(prev, l));
            out.push(LABELS[best]);
            prev = best;
        }
        out
    }

    /// Train with a fixed seed.
    pub fn train(sentences: &[LabelledSentence], epochs: usize, seed: u64) -> NerModel {
        let index: HashMap<&str, usize> = LABELS.iter().enumerate().map(|(i, t)| (*t, i)).collect();
        let pos = PosTagger::french();
        let tagged: Vec<Vec<&'static str>> = sentences
            .iter()
            .map(|s| pos.tag(&s.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>()))
            .collect();
        let mut tr = Trainer::new(N);
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        let mut rng = seed.max(1);
        let mut feats = Vec::new();
        for _ in 0..epochs {
            shuffle(&mut order, &mut rng);
            for &si in &order {
                let s = &sentences[si];
                let words: Vec<&str> = s.iter().map(|(w, _)| w.as_str()).collect();
                let mut prev = 0;
                for (i, (_, label)) in s.iter().enumerate() {
                    features(&words, &tagged[si], i, prev, &mut feats);
                    let gold = index.get(label.as_str()).copied().unwrap_or(0);
                    // the history is the gold label: with guessed histories the BIO constraint
                    // blocks the gold I- label after a wrong O and its weights run away
                    tr.learn(&feats, gold, |l| allowed(prev, l));
                    prev = gold;
                }
            }
        }
        NerModel { model: tr.finish() }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        self.model.to_bytes()
    }

    pub fn from_bytes(b: &[u8]) -> Option<NerModel> {
        Perceptron::from_bytes(b)
            .filter(|m| m.labels == N)
            .map(|model| NerModel { model })
    }
}

/// Entity spans `(first token, end token, type)` of a BIO sequence.
pub fn spans(labels: &[&str]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, EntityType)> = None;
    for (i, l) in labels.iter().enumerate() {
        let kind = match &l.get(2..) {
            Some("PER") => Some(EntityType::PER),
            Some("ORG") => Some(EntityType::ORG),
            Some("LOC") => Some(EntityType::LOC),
            _ => None,
        };
        let continues = l.starts_with("I-") && cur.is_some_and(|(_, k)| Some(k) == kind);
        if !continues {
            if let Some((s, k)) = cur.take() {
                out.push((s, i, k));
            }
            if let Some(k) = kind {
                cur = Some((i, k));
            }
        }
    }
    if let Some((s, k)) = cur {
        out.push((s, labels.len(), k));
    }
    out
}

/// Exact-span micro precision/recall counts of predicted against gold BIO sequences.
pub fn span_counts(gold: &[&str], pred: &[&str]) -> (usize, usize, usize) {
    let g = spans(gold);
    let p = spans(pred);
    let tp = p.iter().filter(|s| g.contains(s)).count();
    (tp, p.len(), g.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_spans() {
        use EntityType::*;
        type Case<'a> = (&'a [&'a str], &'a [(usize, usize, EntityType)]);
        let cases: &[Case] = &[
            (
                &["B-PER", "I-PER", "O", "B-LOC"],
                &[(0, 2, PER), (3, 4, LOC)],
            ),
            (&["I-ORG", "I-ORG", "B-ORG"], &[(0, 2, ORG), (2, 3, ORG)]),
            (&["O", "I-PER", "I-LOC"], &[(1, 2, PER), (2, 3, LOC)]),
            (&[], &[]),
        ];
        for (labels, want) in cases {
            assert_eq!(spans(labels), *want, "{labels:?}");
        }
    }

    #[test]
    fn labels_any_input_without_panic() {
        let m = NerModel::french();
        let long = "É".repeat(3000);
        for words in [
            vec![],
            vec!["Путин", "#tag", long.as_str()],
            vec!["M.", "Jean", "Dupont", "à", "Paris"],
        ] {
            assert_eq!(m.label(&words).len(), words.len());
        }
    }
}
