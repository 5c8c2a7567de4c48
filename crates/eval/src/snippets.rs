//! The snippet metric of trafilatura's evaluation set (`trafilatura-eval-dev`): for each
//! page, snippets of the main text that must appear in the extracted text (`with`) and
//! snippets of boilerplate that must not (`without`).
//!
//! Scoring follows trafilatura's own `evaluate_result`: the extracted text is whitespace
//! folded; over all pages, a `with` snippet found is a true positive, missing a false
//! negative; a `without` snippet found is a false positive, absent a true negative. A page
//! with no extracted text misses all its `with` snippets. The snippets are folded the same
//! way (a snippet copied with a line break still matches), which `bench/snippet_eval.py`
//! does too, so trafilatura is scored by the very same rule.
//!
//! The set is split in two halves by the parity of each page's position in the sorted list
//! of file names: rules are tuned looking at the even positions only (`tuned`), and the odd
//! ones (`held_out`) show whether they generalise.

use anyhow::{Context, Result};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

/// One page of the set.
#[derive(Debug, Clone)]
pub struct SnippetPage {
    /// `html/FILE` (a `.html.gz` file name).
    pub file: String,
    pub url: String,
    pub with: Vec<String>,
    pub without: Vec<String>,
    /// Its position in the sorted file names is even: the half rules are tuned on.
    pub tuned: bool,
}

/// Counts over snippets.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SnippetCounts {
    pub tp: u32,
    pub fp: u32,
    pub fn_: u32,
    pub tn: u32,
    /// Pages with no extracted text.
    pub empty: u32,
    pub pages: u32,
}

impl SnippetCounts {
    fn add(&mut self, o: &SnippetCounts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.tn += o.tn;
        self.empty += o.empty;
        self.pages += o.pages;
    }

    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    pub fn accuracy(&self) -> f64 {
        ratio(self.tp + self.tn, self.tp + self.tn + self.fp + self.fn_)
    }

    fn to_json(self) -> Value {
        json!({
            "pages": self.pages,
            "precision": self.precision(),
            "recall": self.recall(),
            "f1": self.f1(),
            "accuracy": self.accuracy(),
            "true_positives": self.tp,
            "false_positives": self.fp,
            "false_negatives": self.fn_,
            "true_negatives": self.tn,
            "pages_without_text": self.empty,
        })
    }
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Whitespace runs (Unicode whitespace, as Python's `str.split()`) to one space, ends trimmed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Score one page's extracted text (`None`: nothing extracted).
pub fn score_page(page: &SnippetPage, text: Option<&str>) -> SnippetCounts {
    let mut c = SnippetCounts {
        pages: 1,
        ..Default::default()
    };
    let text = text.map(fold).filter(|t| !t.is_empty());
    let Some(text) = text else {
        c.empty = 1;
        c.fn_ = page.with.len() as u32;
        c.tn = page.without.len() as u32;
        return c;
    };
    for s in &page.with {
        if text.contains(&fold(s)) {
            c.tp += 1;
        } else {
            c.fn_ += 1;
        }
    }
    for s in &page.without {
        if text.contains(&fold(s)) {
            c.fp += 1;
        } else {
            c.tn += 1;
        }
    }
    c
}

/// The pages of `dir/evaldata.json`, sorted by file name, each marked with its half.
pub fn load_snippet_pages(dir: &Path) -> Result<Vec<SnippetPage>> {
    let path = dir.join("evaldata.json");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    let data: BTreeMap<String, Value> =
        serde_json::from_str(&text).with_context(|| format!("{}: invalid JSON", path.display()))?;
    let strings = |v: &Value, key: &str, url: &str| -> Result<Vec<String>> {
        v.get(key)
            .and_then(Value::as_array)
            .with_context(|| format!("{}: page {url}: no `{key}` list", path.display()))?
            .iter()
            .map(|s| {
                s.as_str().map(str::to_string).with_context(|| {
                    format!(
                        "{}: page {url}: a `{key}` item is not a string",
                        path.display()
                    )
                })
            })
            .collect()
    };
    let mut pages: Vec<SnippetPage> = data
        .iter()
        .map(|(url, v)| {
            let file = v
                .get("file")
                .and_then(Value::as_str)
                .with_context(|| format!("{}: page {url}: no `file`", path.display()))?;
            Ok(SnippetPage {
                file: file.to_string(),
                url: url.clone(),
                with: strings(v, "with", url)?,
                without: strings(v, "without", url)?,
                tuned: false,
            })
        })
        .collect::<Result<_>>()?;
    pages.sort_by(|a, b| a.file.cmp(&b.file));
    for (k, p) in pages.iter_mut().enumerate() {
        p.tuned = k % 2 == 0;
    }
    Ok(pages)
}

/// Depeche's text for a page: what `depeche analyze` analyses (the title, then the main
/// text), or `None` when the reader finds no article text.
pub fn depeche_text(bytes: &[u8]) -> Option<String> {
    let html = depeche_readers::html::decode(bytes);
    depeche_readers::html::extract(&html).map(|e| e.text())
}

/// One page's outcome, for `--verbose`.
#[derive(Debug, Clone)]
pub struct PageOutcome {
    pub file: String,
    pub tuned: bool,
    pub counts: SnippetCounts,
    pub missed: Vec<String>,
    pub leaked: Vec<String>,
}

/// Every page of `dir` extracted by Dépêche and scored; the summary has the whole set and
/// both halves, and the extraction time (one thread, pages read into memory first).
pub fn evaluate_snippets(dir: &Path) -> Result<(Value, Vec<PageOutcome>)> {
    let pages = load_snippet_pages(dir)?;
    let bytes: Vec<Vec<u8>> = pages
        .iter()
        .map(|p| {
            let path = dir.join("html").join(&p.file);
            depeche_readers::read_bytes(&path, 100_000_000)
                .with_context(|| format!("{}: cannot read the page", path.display()))
        })
        .collect::<Result<_>>()?;
    let t = Instant::now();
    let texts: Vec<Option<String>> = bytes.iter().map(|b| depeche_text(b)).collect();
    let secs = t.elapsed().as_secs_f64();
    let mut all = SnippetCounts::default();
    let (mut tuned, mut held) = (SnippetCounts::default(), SnippetCounts::default());
    let mut outcomes = Vec::with_capacity(pages.len());
    for (p, text) in pages.iter().zip(&texts) {
        let c = score_page(p, text.as_deref());
        all.add(&c);
        if p.tuned {
            tuned.add(&c);
        } else {
            held.add(&c);
        }
        let folded = text.as_deref().map(fold).unwrap_or_default();
        outcomes.push(PageOutcome {
            file: p.file.clone(),
            tuned: p.tuned,
            counts: c,
            missed: p
                .with
                .iter()
                .filter(|s| folded.is_empty() || !folded.contains(&fold(s)))
                .cloned()
                .collect(),
            leaked: p
                .without
                .iter()
                .filter(|s| !folded.is_empty() && folded.contains(&fold(s)))
                .cloned()
                .collect(),
        });
    }
    let mut summary = all.to_json();
    let o = summary.as_object_mut().expect("an object");
    o.insert("tuned_half".into(), tuned.to_json());
    o.insert("held_out_half".into(), held.to_json());
    o.insert("f1_tuned_half".into(), json!(tuned.f1()));
    o.insert("f1_held_out_half".into(), json!(held.f1()));
    o.insert(
        "pages_per_s_one_core".into(),
        json!(pages.len() as f64 / secs.max(1e-9)),
    );
    Ok((summary, outcomes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(with: &[&str], without: &[&str]) -> SnippetPage {
        SnippetPage {
            file: "x.html.gz".into(),
            url: "https://example.org/".into(),
            with: with.iter().map(|s| s.to_string()).collect(),
            without: without.iter().map(|s| s.to_string()).collect(),
            tuned: true,
        }
    }

    #[test]
    fn snippets_are_found_in_folded_text() {
        let p = page(&["main  text here", "absent part"], &["Impressum", "Menu"]);
        let c = score_page(&p, Some("Title\n\nthe main\ntext here and\u{a0}more Menu"));
        assert_eq!((c.tp, c.fn_, c.fp, c.tn, c.empty), (1, 1, 1, 1, 0));
        assert!((c.precision() - 0.5).abs() < 1e-9);
        assert!((c.recall() - 0.5).abs() < 1e-9);
        assert!((c.accuracy() - 0.5).abs() < 1e-9);
    }

    #[test]
    fn a_page_without_text_misses_every_wanted_snippet() {
        let p = page(&["a", "b"], &["c"]);
        for text in [None, Some(" \n ")] {
            let c = score_page(&p, text);
            assert_eq!((c.tp, c.fn_, c.fp, c.tn, c.empty), (0, 2, 0, 1, 1));
        }
    }

    #[test]
    fn a_bad_evaldata_file_is_named_in_the_error() {
        let dir = std::env::temp_dir().join(format!("depeche-snippets-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let cases = [
            ("not json", "invalid JSON"),
            (r#"{"u": {"with": [], "without": []}}"#, "no `file`"),
            (
                r#"{"u": {"file": "f", "with": [1], "without": []}}"#,
                "not a string",
            ),
        ];
        for (content, want) in cases {
            std::fs::write(dir.join("evaldata.json"), content).unwrap();
            let err = format!("{:#}", load_snippet_pages(&dir).unwrap_err());
            assert!(err.contains("evaldata.json") && err.contains(want), "{err}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
        let err = format!("{:#}", load_snippet_pages(&dir).unwrap_err());
        assert!(err.contains("cannot read"), "{err}");
    }

    #[test]
    fn halves_alternate_in_file_name_order() {
        let dir = std::env::temp_dir().join(format!("depeche-halves-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("evaldata.json"),
            r#"{"u1": {"file": "c", "with": [], "without": []},
                "u2": {"file": "a", "with": [], "without": []},
                "u3": {"file": "b", "with": [], "without": []}}"#,
        )
        .unwrap();
        let pages = load_snippet_pages(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let got: Vec<(&str, bool)> = pages.iter().map(|p| (p.file.as_str(), p.tuned)).collect();
        assert_eq!(got, [("a", true), ("b", false), ("c", true)]);
    }
}
