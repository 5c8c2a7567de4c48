//! Reads the news where it lives and turns it into article inputs.
//!
//! Users have saved web pages, RSS/Atom feeds, JSON Lines dumps from scrapers and WARC
//! archives, often gzip- or zstd-compressed. This crate turns each of them into a stream of
//! [`Input`]s: the text the pipeline analyses (every offset of the record points into it) and
//! the source's metadata (URL, author, language, unknown JSON fields).
//!
//! It does no analysis and prints nothing: errors are typed ([`ReadError`]) and name the file,
//! and the line or record when there is one; the binary decides how to report them.
//!
//! ```no_run
//! use depeche_readers::{read, Options};
//! for item in read(std::path::Path::new("news.warc.gz"), &Options::default()) {
//!     match item.and_then(|pending| pending.resolve()) {
//!         Ok(input) => println!("{}", input.text.text.len()),
//!         Err(e) => eprintln!("{e}"),
//!     }
//! }
//! ```
//!
//! Large inputs are streamed: a JSON Lines file or a WARC archive is read record by record,
//! and no single record may exceed [`Options::max_bytes`], so memory stays bounded whatever
//! the size of the file. HTML extraction is deferred to [`Pending::resolve`] so that callers
//! can run it on several cores.

mod feed;
pub mod html;
mod jsonl;
mod select;
mod source;
mod text;
mod warc;

pub use select::{is_article_file, looks_like_prose, ARTICLE_EXTENSIONS};
pub use source::{content_format, sniff, Format};
pub use text::TextInput;

use chrono::NaiveDate;
use depeche_article::{Article, Origin, PublishedSource};
use serde_json::{Map, Value};
use std::fmt;
use std::path::{Path, PathBuf};

/// Where inside a file an error is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    /// The file as a whole.
    File,
    /// A line of a JSON Lines file (1-based).
    Line(u64),
    /// A record of a WARC archive (1-based).
    Record(u64),
    /// An item of a feed (1-based).
    Item(u64),
}

impl fmt::Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            At::File => Ok(()),
            At::Line(n) => write!(f, ":{n}"),
            At::Record(n) => write!(f, ": record {n}"),
            At::Item(n) => write!(f, ": item {n}"),
        }
    }
}

/// Why an input could not be read. Every variant names the input.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 { path: PathBuf, offset: usize },
    #[error("{path}: empty file (no text to analyse)")]
    Empty { path: PathBuf },
    #[error("{path}: looks like a binary file (NUL byte at offset {offset}), not text")]
    Binary { path: PathBuf, offset: usize },
    #[error("{path}: too large for one article ({size} bytes, limit {limit} bytes; raise it with --max-bytes)")]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    /// A compressed file that ends early or is corrupt.
    #[error("{path}: truncated or corrupt {codec} data: {source}")]
    Decompress {
        path: PathBuf,
        codec: &'static str,
        source: std::io::Error,
    },
    /// A problem with the content of a file, a line, a record or an item.
    #[error("{path}{at}: {message}")]
    Invalid {
        path: PathBuf,
        at: At,
        message: String,
    },
}

impl ReadError {
    pub(crate) fn invalid(path: &Path, at: At, message: impl Into<String>) -> Self {
        ReadError::Invalid {
            path: path.into(),
            at,
            message: message.into(),
        }
    }
}

/// How inputs are read.
#[derive(Debug, Clone)]
pub struct Options {
    /// Largest article accepted, in bytes: a text or HTML file, a JSON line, a WARC record.
    pub max_bytes: u64,
    /// Read the file as this format instead of detecting it.
    pub format: Option<Format>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_bytes: 10_000_000,
            format: None,
        }
    }
}

/// Metadata of the source that is not part of the text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    /// The article's address (canonical URL, feed link, WARC target URI).
    pub url: Option<String>,
    /// The title as the source gives it (the text starts with it).
    pub title: Option<String>,
    pub author: Option<String>,
    /// Language the source declares (`fr`, `fr-FR`).
    pub lang: Option<String>,
    /// Fields of the source that Dépêche has no name for (JSON Lines), kept as they were.
    pub extra: Map<String, Value>,
}

impl Meta {
    /// What the record carries of it: all but the title, which the text starts with.
    pub fn origin(&self) -> Origin {
        Origin {
            url: self.url.clone(),
            author: self.author.clone(),
            lang: self.lang.clone(),
            extra: self.extra.clone(),
        }
    }
}

/// An article ready for the pipeline: its text and the source's metadata.
#[derive(Debug, Clone)]
pub struct Input {
    pub text: TextInput,
    pub meta: Meta,
}

impl Input {
    /// The article (text, id, source, publication date, the source's metadata); the metadata
    /// is also returned whole (the title is only there).
    pub fn into_article(self) -> (Article, Meta) {
        let mut a = self.text.into_article();
        a.origin = self.meta.origin();
        (a, self.meta)
    }
}

/// An input whose costly part (HTML extraction) has not run yet, so that it can run on
/// another thread. [`Pending::resolve`] finishes it.
#[derive(Debug)]
pub enum Pending {
    Ready(Box<Input>),
    Html(Box<HtmlPage>),
}

/// An HTML page waiting for extraction, with what its container already told about it.
#[derive(Debug)]
pub struct HtmlPage {
    pub path: PathBuf,
    pub at: At,
    pub bytes: Vec<u8>,
    /// Id, source and date from the container (JSON Lines fields, WARC headers).
    pub id: Option<String>,
    pub source: Option<String>,
    pub published: Option<(NaiveDate, PublishedSource)>,
    /// When the page was fetched (WARC-Date): the publication date when the page gives none.
    pub fetched: Option<NaiveDate>,
    pub meta: Meta,
}

impl Pending {
    /// Finish reading: extract the main text of an HTML page.
    pub fn resolve(self) -> Result<Input, ReadError> {
        match self {
            Pending::Ready(i) => Ok(*i),
            Pending::Html(page) => html::page_to_input(*page),
        }
    }
}

/// The inputs of one file (or `-` for standard input), lazily: compressed files are
/// decompressed on the fly, the format is detected from the content and the extension, and
/// a streamed format yields its records one by one. An error on one record does not stop
/// the others; an error that makes the rest unreadable (truncated compression) ends the
/// stream.
pub fn read(
    path: &Path,
    opts: &Options,
) -> Box<dyn Iterator<Item = Result<Pending, ReadError>> + Send> {
    match source::open(path, opts) {
        Ok((format, reader)) => match format {
            Format::Jsonl => Box::new(jsonl::Lines::new(path, reader, opts.max_bytes)),
            Format::Warc => Box::new(warc::Records::new(path, reader, opts.max_bytes)),
            Format::Feed => Box::new(
                std::iter::once_with({
                    let path = path.to_path_buf();
                    let max = opts.max_bytes;
                    move || source::read_all(&path, reader, max)
                })
                .flat_map({
                    let path = path.to_path_buf();
                    move |bytes| match bytes {
                        Ok(b) => feed::items(&path, &b),
                        Err(e) => vec![Err(e)],
                    }
                }),
            ),
            Format::Html => {
                let path = path.to_path_buf();
                let max = opts.max_bytes;
                Box::new(std::iter::once_with(move || {
                    let bytes = source::read_all(&path, reader, max)?;
                    Ok(Pending::Html(Box::new(HtmlPage {
                        source: Some(path.display().to_string()),
                        path,
                        at: At::File,
                        bytes,
                        id: None,
                        published: None,
                        fetched: None,
                        meta: Meta::default(),
                    })))
                }))
            }
            Format::Text => {
                let path = path.to_path_buf();
                let max = opts.max_bytes;
                Box::new(std::iter::once_with(move || {
                    let bytes = source::read_all(&path, reader, max)?;
                    let text = TextInput::from_bytes(&path, bytes)?;
                    Ok(Pending::Ready(Box::new(Input {
                        text,
                        meta: Meta::default(),
                    })))
                }))
            }
        },
        Err(e) => Box::new(std::iter::once(Err(e))),
    }
}

/// The decompressed bytes of a file of at most `max_bytes` (gzip and zstd by magic bytes).
pub fn read_bytes(path: &Path, max_bytes: u64) -> Result<Vec<u8>, ReadError> {
    let opts = Options {
        max_bytes,
        format: Some(Format::Html),
    };
    let (_, reader) = source::open(path, &opts)?;
    source::read_all(path, reader, max_bytes)
}
