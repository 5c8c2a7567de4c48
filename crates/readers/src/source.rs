//! Opening an input: decompression and format detection.
//!
//! Compression is recognised by its magic bytes, not the file name, so a `.gz` file renamed
//! `.html` still reads. The format is detected from the first bytes when they are explicit
//! (`WARC/1.0`, `<rss`, `<!DOCTYPE html`, `{`), else from the extension, else plain text.

use crate::ReadError;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// The formats Dépêche reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// UTF-8 plain text, one article.
    Text,
    /// An HTML page, one article (its main text).
    Html,
    /// RSS 2.0, RSS 1.0 or Atom: one article per item.
    Feed,
    /// JSON Lines: one article per line.
    Jsonl,
    /// WARC (1.0/1.1): one article per HTML response record.
    Warc,
}

/// A buffered reader over the decompressed bytes of an input.
pub(crate) type Source = Box<dyn BufRead + Send>;

/// The display name of an input (`<stdin>` for `-`).
pub(crate) fn display_path(path: &Path) -> &Path {
    if path.as_os_str() == "-" {
        Path::new("<stdin>")
    } else {
        path
    }
}

/// Open, decompress and detect the format of an input.
pub(crate) fn open(
    path: &Path,
    opts: &crate::Options,
) -> Result<(crate::Format, Source), ReadError> {
    let name = display_path(path);
    let io = |source| ReadError::Io {
        path: name.into(),
        source,
    };
    let raw: Box<dyn Read + Send> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(File::open(path).map_err(io)?)
    };
    let mut raw = BufReader::with_capacity(64 * 1024, raw);
    let magic = raw.fill_buf().map_err(io)?.to_vec();
    let (codec, reader): (Option<&'static str>, Source) = if magic.starts_with(&[0x1f, 0x8b]) {
        (
            Some("gzip"),
            Box::new(BufReader::with_capacity(
                64 * 1024,
                flate2::bufread::MultiGzDecoder::new(raw),
            )),
        )
    } else if magic.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        let d = zstd::stream::read::Decoder::with_buffer(raw).map_err(io)?;
        (
            Some("zstd"),
            Box::new(BufReader::with_capacity(64 * 1024, d)),
        )
    } else {
        (None, Box::new(raw))
    };
    let mut reader: Source = match codec {
        Some(codec) => Box::new(BufReader::new(Decompressed {
            inner: reader,
            path: name.to_path_buf(),
            codec,
        })),
        None => reader,
    };
    // size check before reading a single-article file: a huge file costs no memory
    let head = reader
        .fill_buf()
        .map_err(|e| as_read_error(name, e))?
        .to_vec();
    let format = opts.format.unwrap_or_else(|| sniff(path, &head));
    if codec.is_none()
        && path.as_os_str() != "-"
        && matches!(format, Format::Text | Format::Html | Format::Feed)
    {
        let size = std::fs::metadata(path).map_err(io)?.len();
        if size > opts.max_bytes {
            return Err(ReadError::TooLarge {
                path: name.into(),
                size,
                limit: opts.max_bytes,
            });
        }
    }
    Ok((format, reader))
}

/// Decompression errors surface as I/O errors from `read`; this wrapper tags them so that
/// [`as_read_error`] can say "truncated gzip" instead of a bare I/O message.
struct Decompressed {
    inner: Source,
    path: std::path::PathBuf,
    codec: &'static str,
}

#[derive(Debug)]
struct CodecError {
    codec: &'static str,
    source: std::io::Error,
}

impl std::fmt::Display for CodecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.source.fmt(f)
    }
}

impl std::error::Error for CodecError {}

impl Read for Decompressed {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let _ = &self.path;
        self.inner.read(buf).map_err(|e| {
            let kind = e.kind();
            std::io::Error::new(
                kind,
                CodecError {
                    codec: self.codec,
                    source: e,
                },
            )
        })
    }
}

/// Turn an I/O error met while reading an input into the error that names the file.
pub(crate) fn as_read_error(path: &Path, e: std::io::Error) -> ReadError {
    let path = display_path(path).to_path_buf();
    let codec = e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<CodecError>())
        .map(|c| c.codec);
    match codec {
        Some(codec) => {
            let source = e
                .into_inner()
                .and_then(|b| b.downcast::<CodecError>().ok())
                .map(|c| c.source)
                .unwrap_or_else(|| std::io::Error::other("unknown"));
            ReadError::Decompress {
                path,
                codec,
                source,
            }
        }
        None => ReadError::Io { path, source: e },
    }
}

/// Read the rest of a single-article input, at most `max` bytes.
pub(crate) fn read_all(path: &Path, reader: Source, max: u64) -> Result<Vec<u8>, ReadError> {
    let mut buf = Vec::new();
    reader
        .take(max + 1)
        .read_to_end(&mut buf)
        .map_err(|e| as_read_error(path, e))?;
    if buf.len() as u64 > max {
        return Err(ReadError::TooLarge {
            path: display_path(path).into(),
            size: buf.len() as u64,
            limit: max,
        });
    }
    Ok(buf)
}

/// The format of an input from its first bytes (decompressed) and its name.
pub fn sniff(path: &Path, head: &[u8]) -> Format {
    if let Some(f) = content_format(head) {
        return f;
    }
    let name = path.to_string_lossy().to_ascii_lowercase();
    let name = name
        .strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".zst"))
        .unwrap_or(&name);
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext {
        "html" | "htm" | "xhtml" | "shtml" => Format::Html,
        "rss" | "atom" | "xml" | "rdf" => Format::Feed,
        "jsonl" | "ndjson" | "json" => Format::Jsonl,
        "warc" => Format::Warc,
        _ => Format::Text,
    }
}

/// The format the first bytes (decompressed) state explicitly (`WARC/1.0`, `{`, `<rss`,
/// `<!DOCTYPE html`), or `None` when they do not (plain text has no signature).
pub fn content_format(head: &[u8]) -> Option<Format> {
    let start = {
        let mut s = head;
        if s.starts_with(b"\xef\xbb\xbf") {
            s = &s[3..];
        }
        let skip = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
        &s[skip..]
    };
    let lower: Vec<u8> = start
        .iter()
        .take(1024)
        .map(u8::to_ascii_lowercase)
        .collect();
    if lower.starts_with(b"warc/") {
        return Some(Format::Warc);
    }
    if lower.starts_with(b"{") {
        return Some(Format::Jsonl);
    }
    let contains = |needle: &[u8]| lower.windows(needle.len()).any(|w| w == needle);
    if lower.starts_with(b"<") {
        if contains(b"<rss") || contains(b"<feed") || contains(b"<rdf:rdf") {
            return Some(Format::Feed);
        }
        if contains(b"<html")
            || contains(b"<!doctype html")
            || contains(b"<head")
            || contains(b"<body")
        {
            return Some(Format::Html);
        }
    }
    None
}
