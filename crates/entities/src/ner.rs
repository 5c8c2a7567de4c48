//! The trained entity recogniser: a greedy BIO averaged perceptron over word, shape, affix,
//! part-of-speech, gazetteer and context features, trained by [`crate::train`] on Europeana
//! Newspapers French (CC0) and HIPE-2022 NewsEye French dev (CC BY 4.0) with a fixed seed, and
//! shipped as `model/ner.bin`.
//!
//! It is measured beside the rules in the README; the stage ships the better of the two
//! ([`crate::EntityTagger::french`]), the other stays available ([`crate::EntityTagger::trained`]).

use crate::perceptron::{hash, shuffle, Features, Perceptron, Trainer};
use crate::pos::{PosTagger, TAG_HASHES};
use crate::rules::{model_place, Lists};
use crate::words::{Words, BOUNDARY};
use depeche_article::EntityType;
use depeche_lang::hash::HashMap;
use std::sync::OnceLock;

/// BIO labels in model order.
pub const LABELS: [&str; 7] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];
const N: usize = LABELS.len();

/// The hash of each label's name.
const LABEL_HASHES: [u64; N] = {
    let mut h = [0; N];
    let mut i = 0;
    while i < N {
        h[i] = hash(LABELS[i]);
        i += 1;
    }
    h
};

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

/// One sentence prepared for feature extraction: the words with their hashed values, the hash
/// of each word's POS tag and of its lexicon class.
struct Sentence<'a> {
    words: Words<'a>,
    tags: Vec<u64>,
    lex: Vec<u64>,
}

impl<'a> Sentence<'a> {
    fn new(words: &'a [&'a str], pos: &PosTagger, lexicon: &HashMap<&str, &str>) -> Sentence<'a> {
        let words = Words::new(words);
        let tags = pos
            .tag_words(&words)
            .into_iter()
            .map(|t| TAG_HASHES[t])
            .collect();
        let lex = words
            .lower
            .iter()
            .map(|l| hash(lexicon.get(l.as_ref()).copied().unwrap_or("-")))
            .collect();
        Sentence { words, tags, lex }
    }

    fn tag_at(&self, i: isize) -> u64 {
        usize::try_from(i)
            .ok()
            .and_then(|i| self.tags.get(i))
            .copied()
            .unwrap_or(BOUNDARY)
    }
}

fn features(s: &Sentence, i: usize, prev: usize, out: &mut Features) {
    const B: u64 = hash("b");
    const W: u64 = hash("w=");
    const SH: u64 = hash("sh=");
    const S3: u64 = hash("s3=");
    const S2: u64 = hash("s2=");
    const P3: u64 = hash("p3=");
    const T: u64 = hash("t=");
    const TM1: u64 = hash("t-1=");
    const TP1: u64 = hash("t+1=");
    const WM1: u64 = hash("w-1=");
    const WP1: u64 = hash("w+1=");
    const WM2: u64 = hash("w-2=");
    const SHM1: u64 = hash("sh-1=");
    const SHP1: u64 = hash("sh+1=");
    const SHSH: u64 = hash("sh,sh+1=");
    const FIRST: u64 = hash("first=");
    const L: u64 = hash("l=");
    const LSH: u64 = hash("l,sh=");
    const LEX: u64 = hash("lex=");
    const GAZ_PLACE: u64 = hash("gaz=place");
    const GAZ_GIVEN: u64 = hash("gaz=given");
    const GAZ_ORGHEAD: u64 = hash("gaz=orghead");
    const GAZ_ORG: u64 = hash("gaz=org");
    const TITLE: u64 = hash("title-1");
    out.clear();
    let ii = i as isize;
    let w = s.words.words[i];
    let (h, prev_w, next_w) = (s.words.at(ii), s.words.at(ii - 1), s.words.at(ii + 1));
    let l = LABEL_HASHES.get(prev).copied().unwrap_or(BOUNDARY);
    out.add(B, &[]);
    out.add(W, &[h.w]);
    out.add(SH, &[h.shape]);
    out.add(S3, &[h.s3]);
    out.add(S2, &[h.s2]);
    out.add(P3, &[h.p3]);
    out.add(T, &[s.tags[i]]);
    out.add(TM1, &[s.tag_at(ii - 1)]);
    out.add(TP1, &[s.tag_at(ii + 1)]);
    out.add(WM1, &[prev_w.w]);
    out.add(WP1, &[next_w.w]);
    out.add(WM2, &[s.words.at(ii - 2).w]);
    out.add(SHM1, &[prev_w.shape]);
    out.add(SHP1, &[next_w.shape]);
    out.add(SHSH, &[h.shape, next_w.shape]);
    out.add(FIRST, &[u64::from(i == 0)]);
    out.add(L, &[l]);
    out.add(LSH, &[l, h.shape]);
    out.add(LEX, &[s.lex[i]]);
    if w.chars().next().is_some_and(char::is_uppercase) {
        let lists = Lists::get();
        let lower = s.words.lower[i].as_ref();
        if model_place(w) {
            out.add(GAZ_PLACE, &[]);
        }
        if lists.first_names.contains(w) {
            out.add(GAZ_GIVEN, &[]);
        }
        if lists.model_org_heads.contains(lower) {
            out.add(GAZ_ORGHEAD, &[]);
        }
        if lists.model_orgs.contains(&depeche_places::fold(w)) {
            out.add(GAZ_ORG, &[]);
        }
        if lists
            .model_titles
            .contains(s.words.lower_at(ii - 1).trim_end_matches('.'))
        {
            out.add(TITLE, &[]);
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
        lexicon: &HashMap<&str, &str>,
    ) -> Vec<&'static str> {
        if self.model.labels != N {
            return vec!["O"; words.len()];
        }
        let s = Sentence::new(words, pos, lexicon);
        let mut out = Vec::with_capacity(words.len());
        let mut prev = 0;
        let mut feats = Features::default();
        for i in 0..words.len() {
            features(&s, i, prev, &mut feats);
            let best = self.model.best(&feats, |l| allowed(prev, l));
            out.push(LABELS[best]);
            prev = best;
        }
        out
    }

    /// Train with a fixed seed, on features from the given POS tagger and lexicon.
    pub fn train(
        sentences: &[LabelledSentence],
        pos: &PosTagger,
        lexicon: &HashMap<&str, &str>,
        epochs: usize,
        seed: u64,
    ) -> NerModel {
        let index: HashMap<&str, usize> = LABELS.iter().enumerate().map(|(i, t)| (*t, i)).collect();
        let words: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| s.iter().map(|(w, _)| w.as_str()).collect())
            .collect();
        let prepared: Vec<Sentence> = words
            .iter()
            .map(|w| Sentence::new(w, pos, lexicon))
            .collect();
        let mut tr = Trainer::new(N);
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        let mut rng = seed.max(1);
        let mut feats = Features::default();
        for _ in 0..epochs {
            shuffle(&mut order, &mut rng);
            for &si in &order {
                let mut prev = 0;
                for (i, (_, label)) in sentences[si].iter().enumerate() {
                    features(&prepared[si], i, prev, &mut feats);
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
