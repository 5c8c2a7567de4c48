//! JSON Lines: one article per line.
//!
//! Known fields: `id`, `url`, `title`, `text` or `html`, `published`, `source`, `lang`,
//! `author`; any other field is kept under the record's `meta`. Lines are read one at a time
//! and a line longer than the article limit is skipped without being held in memory, so a
//! 10 GB file costs no more than its longest accepted line.

use crate::source::{as_read_error, display_path, Source};
use crate::{At, HtmlPage, Input, Meta, Pending, ReadError, TextInput};
use chrono::NaiveDate;
use depeche_article::PublishedSource;
use serde_json::{Map, Value};
use std::io::BufRead;
use std::path::{Path, PathBuf};

pub(crate) struct Lines {
    path: PathBuf,
    reader: Source,
    max: u64,
    line: u64,
    done: bool,
}

impl Lines {
    pub(crate) fn new(path: &Path, reader: Source, max: u64) -> Self {
        Lines {
            path: display_path(path).to_path_buf(),
            reader,
            max,
            line: 0,
            done: false,
        }
    }

    /// The next line, or `Ok(None)` at the end; `Err(len)` for a line over the limit (its
    /// bytes are consumed, not stored).
    fn next_line(&mut self) -> std::io::Result<Option<Result<Vec<u8>, u64>>> {
        let mut buf = Vec::new();
        let mut len: u64 = 0;
        let mut over = false;
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                if len == 0 {
                    return Ok(None);
                }
                break;
            }
            let (take, end) = match memchr_nl(chunk) {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            len += take as u64;
            if !over {
                if len > self.max {
                    over = true;
                    buf = Vec::new();
                } else {
                    buf.extend_from_slice(&chunk[..take]);
                }
            }
            self.reader.consume(take);
            if end {
                break;
            }
        }
        Ok(Some(if over { Err(len) } else { Ok(buf) }))
    }
}

fn memchr_nl(s: &[u8]) -> Option<usize> {
    s.iter().position(|&b| b == b'\n')
}

impl Iterator for Lines {
    type Item = Result<Pending, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.line += 1;
            let at = At::Line(self.line);
            match self.next_line() {
                Err(e) => {
                    self.done = true;
                    return Some(Err(as_read_error(&self.path, e)));
                }
                Ok(None) => self.done = true,
                Ok(Some(Err(len))) => {
                    return Some(Err(ReadError::invalid(
                        &self.path,
                        at,
                        format!(
                            "line too long for one article ({len} bytes, limit {}; raise it with --max-bytes)",
                            self.max
                        ),
                    )))
                }
                Ok(Some(Ok(bytes))) => {
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(parse_line(&self.path, self.line, &bytes));
                }
            }
        }
        None
    }
}

const KNOWN: &[&str] = &[
    "id",
    "url",
    "title",
    "text",
    "html",
    "published",
    "source",
    "lang",
    "author",
];

fn parse_line(path: &Path, line: u64, bytes: &[u8]) -> Result<Pending, ReadError> {
    let at = At::Line(line);
    let bad = |m: String| ReadError::invalid(path, at, m);
    let value: Value =
        serde_json::from_slice(bytes).map_err(|e| bad(format!("invalid JSON: {e}")))?;
    let Value::Object(mut obj) = value else {
        return Err(bad("not a JSON object".into()));
    };
    let mut string = |k: &str| -> Result<Option<String>, ReadError> {
        match obj.remove(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(Value::Number(n)) if k == "id" => Ok(Some(n.to_string())),
            Some(other) => Err(bad(format!("field {k:?} must be a string, not {other}"))),
        }
    };
    let id = string("id")?;
    let url = string("url")?;
    let title = string("title")?;
    let text = string("text")?;
    let html = string("html")?;
    let published = string("published")?;
    let source = string("source")?;
    let lang = string("lang")?;
    let author = string("author")?;
    let extra: Map<String, Value> = obj
        .into_iter()
        .filter(|(k, _)| !KNOWN.contains(&k.as_str()))
        .collect();
    let published = match published {
        None => None,
        Some(p) => Some((
            parse_published(&p).ok_or_else(|| {
                bad(format!(
                    "field \"published\" is not a date (YYYY-MM-DD or RFC 3339): {p:?}"
                ))
            })?,
            PublishedSource::Metadata,
        )),
    };
    let source = source.or_else(|| Some(format!("{}:{line}", path.display())));
    let meta = Meta {
        url,
        title: title.clone(),
        author,
        lang,
        extra,
    };
    match (text, html) {
        (Some(text), _) => {
            let text = crate::text::normalize_text(text);
            if text.trim().is_empty() {
                return Err(bad("empty \"text\" (no text to analyse)".into()));
            }
            // the title opens the text, so that the title span points at it
            let text = match title.as_deref().map(str::trim) {
                Some(t) if !t.is_empty() && !text.trim_start().starts_with(t) => {
                    format!("{t}\n\n{text}")
                }
                _ => text,
            };
            Ok(Pending::Ready(Box::new(Input {
                text: TextInput {
                    id,
                    source,
                    text,
                    published,
                },
                meta,
            })))
        }
        (None, Some(html)) => Ok(Pending::Html(Box::new(HtmlPage {
            path: path.into(),
            at,
            bytes: html.into_bytes(),
            id,
            source,
            published,
            fetched: None,
            meta,
        }))),
        (None, None) => Err(bad("no \"text\" or \"html\" field".into())),
    }
}

/// `2023-09-11`, or an RFC 3339 / ISO 8601 timestamp (its date part as written).
pub(crate) fn parse_published(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(dt.date_naive());
    }
    s.get(..10)
        .filter(|_| {
            s.as_bytes()
                .get(10)
                .is_some_and(|b| *b == b'T' || *b == b' ')
        })
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}
