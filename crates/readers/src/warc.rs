//! WARC archives (1.0 and 1.1; `.warc.gz` is decompressed by the caller, member by member).
//!
//! Each `response` record whose HTTP payload is HTML becomes an article, with the URL and the
//! fetch date of its WARC headers. Other records (`warcinfo`, `request`, `metadata`, images)
//! are skipped. A record is read whole only when it fits the article limit; a larger one is
//! skipped without being stored. A WARC with no HTML response at all is an error.

use crate::source::{as_read_error, display_path, Source};
use crate::{At, HtmlPage, Meta, Pending, ReadError};
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

pub(crate) struct Records {
    path: PathBuf,
    reader: Source,
    max: u64,
    record: u64,
    html: u64,
    done: bool,
    skipped: Option<ReadError>,
}

impl Records {
    pub(crate) fn new(path: &Path, reader: Source, max: u64) -> Self {
        Records {
            path: display_path(path).to_path_buf(),
            reader,
            max,
            record: 0,
            html: 0,
            done: false,
            skipped: None,
        }
    }

    fn err(&self, m: impl Into<String>) -> ReadError {
        ReadError::invalid(&self.path, At::Record(self.record), m)
    }

    /// One header line, without its line end; `None` at the end of the input.
    fn line(&mut self) -> Result<Option<String>, ReadError> {
        let mut buf = Vec::new();
        let n = (&mut self.reader)
            .take(64 * 1024)
            .read_until(b'\n', &mut buf)
            .map_err(|e| as_read_error(&self.path, e))?;
        if n == 0 {
            return Ok(None);
        }
        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            buf.pop();
        }
        Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
    }

    /// Read one record; `Ok(None)` at the end, `Ok(Some(None))` for a record that is not an
    /// HTML response.
    fn read_record(&mut self) -> Result<Option<Option<Pending>>, ReadError> {
        // the version line, after the blank lines that end the previous record
        let version = loop {
            match self.line()? {
                None => return Ok(None),
                Some(l) if l.trim().is_empty() => continue,
                Some(l) => break l,
            }
        };
        self.record += 1;
        if !version.starts_with("WARC/") {
            return Err(self.err(format!(
                "not a WARC record (expected a \"WARC/1.x\" line, found {:?})",
                version.chars().take(40).collect::<String>()
            )));
        }
        let mut headers: Vec<(String, String)> = Vec::new();
        loop {
            match self.line()? {
                None => return Err(self.err("archive ends inside the record headers")),
                Some(l) if l.is_empty() => break,
                Some(l) => match l.split_once(':') {
                    Some((k, v)) => {
                        headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()))
                    }
                    None => return Err(self.err(format!("malformed WARC header line {l:?}"))),
                },
            }
        }
        let get = |k: &str| {
            headers
                .iter()
                .find(|(h, _)| h == k)
                .map(|(_, v)| v.as_str())
        };
        let length: u64 = get("content-length")
            .ok_or_else(|| self.err("no Content-Length header"))?
            .parse()
            .map_err(|_| self.err("Content-Length is not a number"))?;
        let is_response = get("warc-type") == Some("response");
        let is_http = get("content-type").is_some_and(|c| c.starts_with("application/http"));
        if !(is_response && is_http) || length > self.max {
            let skipped = std::io::copy(&mut (&mut self.reader).take(length), &mut std::io::sink())
                .map_err(|e| as_read_error(&self.path, e))?;
            if skipped < length {
                return Err(self.err(format!("truncated record ({skipped} of {length} bytes)")));
            }
            if is_response && is_http {
                // the record was skipped whole: the next one can still be read
                self.skipped = Some(self.err(format!(
                    "record too large for one article ({length} bytes, limit {}; raise it with --max-bytes)",
                    self.max
                )));
            }
            return Ok(Some(None));
        }
        let mut block = Vec::with_capacity(length as usize);
        (&mut self.reader)
            .take(length)
            .read_to_end(&mut block)
            .map_err(|e| as_read_error(&self.path, e))?;
        if (block.len() as u64) < length {
            return Err(self.err(format!(
                "truncated record ({} of {length} bytes)",
                block.len()
            )));
        }
        let url = get("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_string());
        let date = get("warc-date").and_then(crate::jsonl::parse_published);
        let Some((ctype, body)) = http_payload(&block) else {
            return Err(self.err("malformed HTTP response in the record"));
        };
        if !ctype.contains("html") {
            return Ok(Some(None));
        }
        self.html += 1;
        Ok(Some(Some(Pending::Html(Box::new(HtmlPage {
            path: self.path.clone(),
            at: At::Record(self.record),
            bytes: body,
            id: get("warc-record-id").map(|s| s.trim_matches(['<', '>']).to_string()),
            source: Some(format!("{}#{}", self.path.display(), self.record)),
            published: None,
            fetched: date,
            meta: Meta {
                url,
                ..Meta::default()
            },
        })))))
    }
}

/// The content type (lowercase) and the body of an HTTP response, de-chunked.
fn http_payload(block: &[u8]) -> Option<(String, Vec<u8>)> {
    let end = block
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| {
            block
                .windows(2)
                .position(|w| w == b"\n\n")
                .map(|i| (i, i + 2))
        })?;
    let head = String::from_utf8_lossy(&block[..end.0]);
    let mut lines = head.lines();
    if !lines.next()?.starts_with("HTTP/") {
        return None;
    }
    let mut ctype = String::new();
    let mut chunked = false;
    for l in lines {
        if let Some((k, v)) = l.split_once(':') {
            let k = k.trim().to_ascii_lowercase();
            if k == "content-type" {
                ctype = v.trim().to_ascii_lowercase();
            } else if k == "transfer-encoding" && v.to_ascii_lowercase().contains("chunked") {
                chunked = true;
            }
        }
    }
    let body = &block[end.1..];
    let body = if chunked {
        dechunk(body).unwrap_or_else(|| body.to_vec())
    } else {
        body.to_vec()
    };
    Some((ctype, body))
}

fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let nl = b.iter().position(|&c| c == b'\n')?;
        let size = std::str::from_utf8(&b[..nl]).ok()?.trim();
        let size = usize::from_str_radix(size.split(';').next()?.trim(), 16).ok()?;
        b = &b[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..size)?);
        b = b.get(size..)?;
        b = b
            .strip_prefix(b"\r\n")
            .or_else(|| b.strip_prefix(b"\n"))
            .unwrap_or(b);
    }
}

impl Iterator for Records {
    type Item = Result<Pending, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let r = self.read_record();
            if let Some(e) = self.skipped.take() {
                self.html += 1;
                return Some(Err(e));
            }
            match r {
                Ok(Some(Some(p))) => return Some(Ok(p)),
                Ok(Some(None)) => continue,
                Ok(None) => {
                    self.done = true;
                    if self.html == 0 {
                        return Some(Err(ReadError::invalid(
                            &self.path,
                            At::File,
                            format!(
                                "no HTML response record in this WARC ({} records)",
                                self.record
                            ),
                        )));
                    }
                }
                Err(e) => {
                    // the stream position is lost after a bad record: stop this file
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
        None
    }
}
