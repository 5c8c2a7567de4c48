//! Training: everything under `model/` is built from `../shared/data` by [`train`].
//!
//! - `model/lexicon.txt`: the French common words (any UPOS but PROPN, X, SYM, NUM, PUNCT)
//!   of UD French-Sequoia train and UD French-GSD dev, lower-cased, with their most frequent
//!   UPOS. The tagger uses it to tell
//!   a capitalised sentence-initial word (`Selon`, `Les`) from a name, and a common noun in a
//!   capitalised sequence (`Jeunes Agriculteurs`) from a person's name.
//!
//! The output is deterministic: sorted, no timestamps, no randomness.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io;
use std::path::Path;

use crate::ner::{span_counts, LabelledSentence, NerModel};
use crate::pos::{accuracy, PosTagger};

/// The seed of every shuffle in training.
pub const SEED: u64 = 20_241_119;
const POS_EPOCHS: usize = 6;
const NER_EPOCHS: usize = 5;

/// One UD sentence: (form, UPOS) pairs.
pub type TaggedSentence = Vec<(String, String)>;

/// The text of a data file; errors name the file.
fn read_text(path: &Path) -> io::Result<String> {
    fs::read_to_string(path)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))
}

/// An error at a line of a data file.
fn bad_line(path: &Path, n: usize, what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("{}:{}: {what}", path.display(), n + 1),
    )
}

/// Read the surface tokens of a CoNLL-U file with their UPOS (empty nodes skipped).
pub fn read_conllu(path: &Path) -> io::Result<Vec<TaggedSentence>> {
    let text = read_text(path)?;
    let mut out = Vec::new();
    let mut cur = Vec::new();
    let mut pending: Option<(String, usize)> = None;
    let mut skip = 0;
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 4 {
            return Err(bad_line(
                path,
                n,
                "a CoNLL-U token line needs 10 tab-separated fields",
            ));
        }
        if f[0].contains('.') {
            continue;
        }
        // a multi-word token (du = de + le) is kept as its surface form, tagged with the tag of
        // its first word, as the segmenter does not split contractions
        if let Some((a, b)) = f[0].split_once('-') {
            let (Ok(a), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) else {
                return Err(bad_line(path, n, "a multi-word token id must be N-M"));
            };
            pending = Some((f[1].to_string(), b.saturating_sub(a) + 1));
            continue;
        }
        match pending.take() {
            Some((form, n)) => {
                cur.push((form, f[3].to_string()));
                skip = n - 1;
            }
            None if skip > 0 => skip -= 1,
            None => cur.push((f[1].to_string(), f[3].to_string())),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Common words of tagged sentences, lower-cased, with their most frequent UPOS (ties go to
/// the alphabetically first tag, so the result is deterministic).
pub fn lexicon(sentences: &[TaggedSentence]) -> BTreeMap<String, String> {
    let mut counts: BTreeMap<String, HashMap<String, usize>> = BTreeMap::new();
    for s in sentences {
        for (i, (form, upos)) in s.iter().enumerate() {
            if matches!(upos.as_str(), "PROPN" | "X" | "SYM" | "NUM" | "PUNCT") {
                continue;
            }
            let lower_form = form.chars().next().is_some_and(|c| c.is_lowercase());
            if lower_form || i == 0 {
                *counts
                    .entry(form.to_lowercase())
                    .or_default()
                    .entry(upos.clone())
                    .or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .map(|(w, tags)| {
            let best = tags
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|t| t.0)
                .unwrap_or_default();
            (w, best)
        })
        .collect()
}

/// Build every model file from the shared data directory into `out_dir`.
pub fn train(data_dir: &Path, out_dir: &Path) -> io::Result<String> {
    let seq = read_conllu(&data_dir.join("ud-french-sequoia/fr_sequoia-ud-train.conllu"))?;
    let gsd = read_conllu(&data_dir.join("ud-french-gsd/fr_gsd-ud-dev.conllu"))?;
    let all: Vec<TaggedSentence> = seq.into_iter().chain(gsd).collect();
    let t0 = std::time::Instant::now();
    let pos = PosTagger::train(&all, POS_EPOCHS, SEED);
    let pos_secs = t0.elapsed().as_secs_f64();
    let bytes = pos.to_bytes();
    fs::create_dir_all(out_dir)?;
    fs::write(out_dir.join("pos.bin"), &bytes)?;
    // evaluate the shipped (quantised) model on the held-out test files
    let shipped = PosTagger::from_bytes(&bytes).unwrap_or_default();
    let mut report = format!("pos: {} bytes, trained in {pos_secs:.1}s\n", bytes.len());
    for (name, file) in [
        ("UD French-GSD test", "ud-french-gsd/fr_gsd-ud-test.conllu"),
        (
            "UD French-Sequoia test",
            "ud-french-sequoia/fr_sequoia-ud-test.conllu",
        ),
    ] {
        let test = read_conllu(&data_dir.join(file))?;
        let (ok, n) = accuracy(&shipped, &test);
        report.push_str(&format!(
            "pos accuracy {name}: {:.4} ({ok}/{n} surface tokens)\n",
            ok as f64 / n.max(1) as f64
        ));
    }
    let mut lex = lexicon(&all);
    // more common words (tag "_": part of speech unknown) from the O tokens of the Europeana
    // newspapers corpus, written in lower case at least twice
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let bio = read_text(&data_dir.join("europeana-ner-fr/enp_FR.bnf.bio/enp_FR.bnf.bio"))?;
    for line in bio.lines() {
        if let Some((w, "O")) = line.rsplit_once(' ') {
            if w.chars().next().is_some_and(char::is_lowercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
            {
                *counts.entry(w.to_string()).or_default() += 1;
            }
        }
    }
    for (w, n) in counts {
        if n >= 2 {
            lex.entry(w).or_insert_with(|| "_".to_string());
        }
    }
    fs::create_dir_all(out_dir)?;
    let mut txt = String::from("# Generated by `depeche train`.\n# Common French words from UD French-Sequoia train (LGPL-LR), UD French-GSD dev (CC BY-SA 4.0)\n# and Europeana Newspapers NER (CC0, O tokens; tag _).\n");
    for (w, upos) in &lex {
        txt.push_str(w);
        txt.push('\t');
        txt.push_str(upos);
        txt.push('\n');
    }
    fs::write(out_dir.join("lexicon.txt"), txt)?;
    report.push_str(&format!(
        "lexicon: {} words from {} sentences\n",
        lex.len(),
        all.len()
    ));

    // the entity recogniser learns from the POS tags and lexicon just built (the ones that
    // ship beside it), so one run rebuilds a consistent set of files
    let lexicon: depeche_lang::hash::HashMap<&str, &str> =
        lex.iter().map(|(w, t)| (w.as_str(), t.as_str())).collect();
    let (train_ner, heldout) = ner_data(data_dir)?;
    let t0 = std::time::Instant::now();
    let ner = NerModel::train(&train_ner, &shipped, &lexicon, NER_EPOCHS, SEED);
    let bytes = ner.to_bytes();
    fs::write(out_dir.join("ner.bin"), &bytes)?;
    let ner = NerModel::from_bytes(&bytes).unwrap_or_default();
    report.push_str(&format!(
        "ner: {} bytes, {} training sentences, trained in {:.1}s\n",
        bytes.len(),
        train_ner.len(),
        t0.elapsed().as_secs_f64()
    ));
    for (name, set) in heldout {
        let (p, r, f) = ner_scores(&set, |w| {
            ner.label_with(w, &shipped, &lexicon)
                .into_iter()
                .map(String::from)
                .collect()
        });
        report.push_str(&format!("ner {name}: P {p:.4} R {r:.4} F1 {f:.4}\n"));
    }
    Ok(report)
}

/// Europeana Newspapers French (`token TAG`, IOB1 with I- only) as BIO sentences.
pub fn read_europeana(path: &Path) -> io::Result<Vec<LabelledSentence>> {
    let text = read_text(path)?;
    let mut out = Vec::new();
    let mut cur: LabelledSentence = Vec::new();
    let mut prev = String::from("O");
    for (n, line) in text.lines().enumerate() {
        let Some((w, tag)) = line.trim_end().rsplit_once(' ') else {
            if !line.trim().is_empty() {
                return Err(bad_line(path, n, "expected `token TAG`"));
            }
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev = "O".into();
            continue;
        };
        let kind = tag.get(2..).filter(|k| matches!(*k, "PER" | "LOC" | "ORG"));
        let label = match kind {
            Some(k) if prev.get(2..) == Some(k) => format!("I-{k}"),
            Some(k) => format!("B-{k}"),
            None => "O".into(),
        };
        prev = label.clone();
        cur.push((w.to_string(), label));
        // the corpus has few blank lines: cut long stretches at sentence ends
        if cur.len() >= 40 && matches!(w, "." | "!" | "?") {
            out.push(std::mem::take(&mut cur));
            prev = "O".into();
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// HIPE-2022 NewsEye TSV (coarse literal column) as BIO sentences: pers/org/loc kept, other
/// classes (prod, time) are O. Sentences end at `EndOfSentence` marks or after 60 tokens at a
/// full stop.
pub fn read_hipe(path: &Path) -> io::Result<Vec<LabelledSentence>> {
    let text = read_text(path)?;
    let mut out = Vec::new();
    let mut cur: LabelledSentence = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("TOKEN\t") || line.trim().is_empty() {
            if line.contains("document_id") && !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 2 {
            return Err(bad_line(
                path,
                n,
                "expected TOKEN and NE-COARSE-LIT, tab-separated",
            ));
        }
        let label = match f[1]
            .split_once('-')
            .map(|(bi, k)| (bi, k.to_ascii_uppercase()))
        {
            Some((bi, k)) if matches!(k.as_str(), "PER" | "PERS" | "ORG" | "LOC") => {
                format!("{bi}-{}", &k[..3])
            }
            _ => "O".into(),
        };
        cur.push((f[0].to_string(), label));
        let end = f.last().is_some_and(|m| m.contains("EndOfSentence"));
        if end || (cur.len() >= 60 && matches!(f[0], "." | "!" | "?")) {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Exact-span (mention, type) precision, recall and F1 of a labeller over BIO sentences.
pub fn ner_scores(
    sentences: &[LabelledSentence],
    label: impl Fn(&[&str]) -> Vec<String>,
) -> (f64, f64, f64) {
    let (mut tp, mut np, mut ng) = (0, 0, 0);
    for s in sentences {
        let words: Vec<&str> = s.iter().map(|(w, _)| w.as_str()).collect();
        let gold: Vec<&str> = s.iter().map(|(_, l)| l.as_str()).collect();
        let pred = label(&words);
        let pred: Vec<&str> = pred.iter().map(String::as_str).collect();
        let (t, p, g) = span_counts(&gold, &pred);
        tp += t;
        np += p;
        ng += g;
    }
    let p = tp as f64 / np.max(1) as f64;
    let r = tp as f64 / ng.max(1) as f64;
    (
        p,
        r,
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
    )
}

/// A named held-out NER set.
pub type HeldOut = (&'static str, Vec<LabelledSentence>);

/// NER training sentences (Europeana minus its last tenth, HIPE NewsEye dev and dev2) and the
/// held-out sets (Europeana's last tenth, HIPE NewsEye test).
pub fn ner_data(data_dir: &Path) -> io::Result<(Vec<LabelledSentence>, Vec<HeldOut>)> {
    let mut europeana =
        read_europeana(&data_dir.join("europeana-ner-fr/enp_FR.bnf.bio/enp_FR.bnf.bio"))?;
    let cut = europeana.len() * 9 / 10;
    let held = europeana.split_off(cut);
    let hipe = data_dir.join("hipe2022-newseye-fr/newseye/fr");
    let mut train = europeana;
    train.extend(read_hipe(&hipe.join("HIPE-2022-v2.1-newseye-dev-fr.tsv"))?);
    train.extend(read_hipe(&hipe.join("HIPE-2022-v2.1-newseye-dev2-fr.tsv"))?);
    let test = read_hipe(&hipe.join("HIPE-2022-v2.1-newseye-test-fr.tsv"))?;
    Ok((
        train,
        vec![
            ("Europeana held-out tenth", held),
            ("HIPE-2022 NewsEye fr test", test),
        ],
    ))
}
