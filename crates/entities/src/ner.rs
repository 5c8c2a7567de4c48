//! The trained entity recogniser: a greedy BIO averaged perceptron over word, shape, affix,
//! part-of-speech, gazetteer and context features, trained by [`crate::train`] on Europeana
//! Newspapers French (CC0) and HIPE-2022 NewsEye French dev (CC BY 4.0) with a fixed seed, and
//! shipped as `model/ner.bin`.
//!
//! It is measured beside the rules in the README; the stage ships the better of the two
//! ([`crate::EntityTagger::french`]), the other stays available ([`crate::EntityTagger::trained`]).

use crate::perceptron::{argmax, prefix, shuffle, suffix, Features, Perceptron, Trainer};
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

/// One sentence prepared for feature extraction: words, lower-case forms, shapes, POS tags.
struct Sentence<'a> {
    words: &'a [&'a str],
    lower: Vec<String>,
    shapes: Vec<String>,
    tags: Vec<&'static str>,
}

impl<'a> Sentence<'a> {
    fn new(words: &'a [&'a str], pos: &PosTagger) -> Sentence<'a> {
        Sentence {
            words,
            lower: words.iter().map(|w| w.to_lowercase()).collect(),
            shapes: words.iter().map(|w| shape(w)).collect(),
            tags: pos.tag(words),
        }
    }
}

fn features(
    s: &Sentence,
    lexicon: &HashMap<String, String>,
    i: usize,
    prev: usize,
    out: &mut Features,
) {
    out.clear();
    let lists = Lists::get();
    let w = s.words[i];
    let lower = s.lower[i].as_str();
    let at = |k: isize| -> (&str, &str, &str) {
        if k < 0 || k as usize >= s.words.len() {
            ("<s>", "<s>", "<s>")
        } else {
            let k = k as usize;
            (s.lower[k].as_str(), s.shapes[k].as_str(), s.tags[k])
        }
    };
    let ii = i as isize;
    let (w1, s1, t1) = at(ii - 1);
    let (w2, s2, t2) = at(ii + 1);
    let (w_2, _, _) = at(ii - 2);
    let sh = s.shapes[i].as_str();
    let l = LABELS.get(prev).unwrap_or(&"-");
    out.add(&["b"]);
    out.add(&["w=", lower]);
    out.add(&["sh=", sh]);
    out.add(&["s3=", suffix(lower, 3)]);
    out.add(&["s2=", suffix(lower, 2)]);
    out.add(&["p3=", prefix(lower, 3)]);
    out.add(&["t=", s.tags[i]]);
    out.add(&["t-1=", t1]);
    out.add(&["t+1=", t2]);
    out.add(&["w-1=", w1]);
    out.add(&["w+1=", w2]);
    out.add(&["w-2=", w_2]);
    out.add(&["sh-1=", s1]);
    out.add(&["sh+1=", s2]);
    out.add(&["sh,sh+1=", sh, ",", s2]);
    out.add(&["first=", if i == 0 { "true" } else { "false" }]);
    out.add(&["l=", l]);
    out.add(&["l,sh=", l, ",", sh]);
    out.add(&["lex=", lexicon.get(lower).map_or("-", String::as_str)]);
    if w.chars().next().is_some_and(char::is_uppercase) {
        if trusted_place(w) {
            out.add(&["gaz=place"]);
        }
        if lists.first_names.contains(w) {
            out.add(&["gaz=given"]);
        }
        if lists.org_heads.contains(lower) {
            out.add(&["gaz=orghead"]);
        }
        if lists.known_orgs.contains(&depeche_places::fold(w)) {
            out.add(&["gaz=org"]);
        }
        if lists.person_titles.contains(w1.trim_end_matches('.')) {
            out.add(&["title-1"]);
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

    /// BIO labels for a sentence, with the POS tagger and lexicon built into the binary.
    pub fn label(&self, words: &[&str]) -> Vec<&'static str> {
        self.label_with(words, PosTagger::french(), &Lists::get().lexicon)
    }

    /// BIO labels for a sentence, with a given POS tagger and common-word lexicon (those the
    /// model was trained with).
    pub fn label_with(
        &self,
        words: &[&str],
        pos: &PosTagger,
        lexicon: &HashMap<String, String>,
    ) -> Vec<&'static str> {
        if self.model.labels != N {
            return vec!["O"; words.len()];
        }
        let s = Sentence::new(words, pos);
        let mut out = Vec::with_capacity(words.len());
        let mut prev = 0;
        let mut feats = Features::default();
        for i in 0..words.len() {
            features(&s, lexicon, i, prev, &mut feats);
            let best = argmax(&self.model.scores(&feats), |l| allowed(prev, l));
            out.push(LABELS[best]);
            prev = best;
        }
        out
    }

    /// Train with a fixed seed, on features from the given POS tagger and lexicon.
    pub fn train(
        sentences: &[LabelledSentence],
        pos: &PosTagger,
        lexicon: &HashMap<String, String>,
        epochs: usize,
        seed: u64,
    ) -> NerModel {
        let index: HashMap<&str, usize> = LABELS.iter().enumerate().map(|(i, t)| (*t, i)).collect();
        let words: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| s.iter().map(|(w, _)| w.as_str()).collect())
            .collect();
        let prepared: Vec<Sentence> = words.iter().map(|w| Sentence::new(w, pos)).collect();
        let mut tr = Trainer::new(N);
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        let mut rng = seed.max(1);
        let mut feats = Features::default();
        for _ in 0..epochs {
            shuffle(&mut order, &mut rng);
            for &si in &order {
                let mut prev = 0;
                for (i, (_, label)) in sentences[si].iter().enumerate() {
                    features(&prepared[si], lexicon, i, prev, &mut feats);
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
