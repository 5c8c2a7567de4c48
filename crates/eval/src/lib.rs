//! Dépêche's own evaluation: runs the pipeline in-process over a gold directory and scores it
//! with the rules of the shared reference scorer (`eval/score.py`), so that `depeche eval`
//! and `score.py --run 'depeche analyze {published} {file}'` give the same figures.
//!
//! A gold case is `DIR/NAME.txt` plus `DIR/NAME.gold.json` (format: the README of the
//! development set). As in score.py, the publication date from the gold is given to the
//! pipeline unless `published_inferable` is true (inferring it is then part of the test), and
//! quote offsets are read against the record's own text.
//!
//! [`html`] scores HTML main-text extraction (`depeche eval-html`).

pub mod html;
mod score;
pub mod snippets;

pub use score::{
    norm, round4, score_case, total, tvalue, CaseScore, Prf, SpeakerAcc, Summary, Text,
    WrongSpeaker,
};

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use depeche_pipeline::{Pipeline, PublishedSource, TextInput};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// One gold case.
#[derive(Debug, Clone)]
pub struct Case {
    /// `NAME` of `NAME.gold.json`.
    pub name: String,
    pub gold: Value,
    pub text_path: PathBuf,
}

impl Case {
    /// The `--published` date score.py passes: the gold's, unless the text pins it.
    pub fn given_published(&self) -> Option<&str> {
        if score::truthy(self.gold.get("published_inferable")) {
            return None;
        }
        self.gold
            .get("published")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    }

    /// The article as score.py reads it (Python text mode: CRLF and CR become LF).
    pub fn read_text(&self) -> Result<String> {
        let text = std::fs::read_to_string(&self.text_path)
            .with_context(|| format!("{}: cannot read", self.text_path.display()))?;
        Ok(if text.contains('\r') {
            text.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            text
        })
    }
}

/// Every `NAME.gold.json` of `gold_dir`, sorted by name, with `NAME.txt` looked up in
/// `text_dir` (default: `gold_dir`).
pub fn load_cases(gold_dir: &Path, text_dir: Option<&Path>) -> Result<Vec<Case>> {
    let mut names: Vec<String> = std::fs::read_dir(gold_dir)
        .with_context(|| format!("{}: cannot list directory", gold_dir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|f| f.strip_suffix(".gold.json"))
                .map(str::to_string)
        })
        .collect();
    names.sort();
    if names.is_empty() {
        bail!("no *.gold.json in {}", gold_dir.display());
    }
    names
        .into_iter()
        .map(|name| {
            let path = gold_dir.join(format!("{name}.gold.json"));
            let bytes =
                std::fs::read(&path).with_context(|| format!("{}: cannot read", path.display()))?;
            let gold: Value = serde_json::from_slice(&bytes)
                .with_context(|| format!("{}: not JSON", path.display()))?;
            let text_path = text_dir.unwrap_or(gold_dir).join(format!("{name}.txt"));
            Ok(Case {
                name,
                gold,
                text_path,
            })
        })
        .collect()
}

/// The record `depeche analyze [--published DATE] NAME.txt` prints for a case, computed
/// in-process; `{}` (scored as an empty prediction, like a failed command in score.py) when
/// the input cannot be read.
pub fn predict(pipeline: &Pipeline, case: &Case) -> Result<Value> {
    let bytes = std::fs::read(&case.text_path)
        .with_context(|| format!("{}: cannot read", case.text_path.display()))?;
    let mut input = TextInput::from_bytes(&case.text_path, bytes)?;
    if let Some(d) = case.given_published() {
        let date = NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .with_context(|| format!("published {d:?} is not a date YYYY-MM-DD"))?;
        input.published = Some((date, PublishedSource::Given));
    }
    Ok(pipeline.analyze(input).to_record())
}

/// Per-article scores and their totals.
#[derive(Debug, Clone)]
pub struct Report {
    pub articles: Vec<(String, CaseScore)>,
    pub summary: Summary,
}

/// Score records against cases: `preds[i]` is the record for `cases[i]` (`{}` for none).
pub fn score_all(cases: &[Case], preds: &[Value]) -> Result<Report> {
    let mut articles = Vec::with_capacity(cases.len());
    for (case, pred) in cases.iter().zip(preds) {
        // offsets refer to the record's own text when it returns one
        let text = match pred.get("text").and_then(Value::as_str) {
            Some(t) if !t.is_empty() => t.to_string(),
            _ => case.read_text()?,
        };
        articles.push((case.name.clone(), score_case(&case.gold, pred, &text)));
    }
    let summary = total(articles.iter().map(|(_, s)| s));
    Ok(Report { articles, summary })
}

/// Run the full pipeline over a gold directory and score it. Inputs that cannot be analysed
/// are reported on standard error and scored as empty records.
pub fn evaluate(gold_dir: &Path, text_dir: Option<&Path>) -> Result<Report> {
    let cases = load_cases(gold_dir, text_dir)?;
    let pipeline = Pipeline::new();
    let preds: Vec<Value> = cases
        .iter()
        .map(|c| {
            predict(&pipeline, c).unwrap_or_else(|e| {
                eprintln!("{}: {e:#}", c.name);
                Value::Object(Default::default())
            })
        })
        .collect();
    score_all(&cases, &preds)
}

/// Score saved records instead of running the pipeline: `pred_dir/NAME.json` for each case
/// (`{}` when absent), like score.py `--pred-dir`.
pub fn evaluate_records(
    gold_dir: &Path,
    text_dir: Option<&Path>,
    pred_dir: &Path,
) -> Result<Report> {
    let cases = load_cases(gold_dir, text_dir)?;
    let preds = cases
        .iter()
        .map(|c| {
            let p = pred_dir.join(format!("{}.json", c.name));
            if !p.exists() {
                return Ok(Value::Object(Default::default()));
            }
            let bytes =
                std::fs::read(&p).with_context(|| format!("{}: cannot read", p.display()))?;
            serde_json::from_slice(&bytes).with_context(|| format!("{}: not JSON", p.display()))
        })
        .collect::<Result<Vec<Value>>>()?;
    score_all(&cases, &preds)
}

impl Report {
    /// One line per article and a `TOTAL` line, as score.py prints them.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for (name, r) in &self.articles {
            out.push_str(&format!(
                "{name:34} quotes F1 {:.2}  +speaker F1 {:.2}  times F1 {:.2}  entities F1 {:.2}  places F1 {:.2}\n",
                r.quotes.f1, r.quotes_speaker.f1, r.times.f1, r.entities.f1, r.places.f1
            ));
        }
        out.push_str("TOTAL ");
        out.push_str(&python_json(&self.summary));
        out.push('\n');
        out
    }

    /// `{"summary": ..., "articles": {NAME: ...}}`, indented like score.py `--json`.
    pub fn to_json(&self) -> String {
        let mut articles = serde_json::Map::new();
        for (name, r) in &self.articles {
            articles.insert(
                name.clone(),
                serde_json::to_value(r).expect("scores serialise"),
            );
        }
        let mut doc = serde_json::Map::new();
        doc.insert(
            "summary".into(),
            serde_json::to_value(&self.summary).expect("summary serialises"),
        );
        doc.insert("articles".into(), Value::Object(articles));
        let mut buf = Vec::new();
        let fmt = serde_json::ser::PrettyFormatter::with_indent(b" ");
        let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
        serde::Serialize::serialize(&doc, &mut ser).expect("report serialises");
        String::from_utf8(buf).expect("JSON is UTF-8")
    }
}

/// Python's `json.dumps(v, ensure_ascii=False)`: one line, `", "` and `": "` separators.
pub fn python_json<T: serde::Serialize>(v: &T) -> String {
    struct Py;
    impl serde_json::ser::Formatter for Py {
        fn begin_array_value<W: ?Sized + std::io::Write>(
            &mut self,
            w: &mut W,
            first: bool,
        ) -> std::io::Result<()> {
            if first {
                Ok(())
            } else {
                w.write_all(b", ")
            }
        }
        fn begin_object_key<W: ?Sized + std::io::Write>(
            &mut self,
            w: &mut W,
            first: bool,
        ) -> std::io::Result<()> {
            if first {
                Ok(())
            } else {
                w.write_all(b", ")
            }
        }
        fn begin_object_value<W: ?Sized + std::io::Write>(
            &mut self,
            w: &mut W,
        ) -> std::io::Result<()> {
            w.write_all(b": ")
        }
    }
    let mut buf = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, Py);
    v.serialize(&mut ser).expect("value serialises");
    String::from_utf8(buf).expect("JSON is UTF-8")
}
