//! The article model that every Dépêche stage reads and enriches.
//!
//! An [`Article`] holds the analysed `text` and one layer per pipeline stage: paragraphs and
//! sentences (segmentation), tokens, quotes, entities, times, places and events. Every layer
//! points into the same text with a [`Span`].
//!
//! Spans carry two pairs of offsets. The public pair (`start`, `end`) counts Unicode scalar
//! values (code points), because that is what the JSON record promises to users in every
//! language (Python's `str` indexing, JavaScript's `Array.from`). The private byte pair is what
//! Rust needs to slice `text` without recounting; stages build spans with [`Article::span`] so
//! the two never disagree.
//!
//! This crate holds no algorithm: it is the contract between stages and the serialised record
//! (`schema: "depeche/1"`, documented in `docs/schema.md`).

mod record;
mod span;

pub use record::{
    Cue, Entity, EntityType, Event, EventActor, EventStatus, GenderEvidence, Mention, PersonGender,
    Place, Quote, QuoteKind, Speaker, TimeExpr, TimexType,
};
pub use span::{CharIndex, Span, SpanCursor};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Version tag written in every record; bump it when a field changes meaning or disappears.
pub const SCHEMA: &str = "depeche/1";

/// How the reference date of an article was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PublishedSource {
    /// Given by the caller (`--published`).
    Given,
    /// Read from a metadata field of the input (JSON Lines `published`, HTML meta tags, WARC).
    Metadata,
    /// Inferred from the text itself (a dateline, a weekday with its date).
    Inferred,
}

/// A paragraph: a block of text separated from the next by a blank line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    #[serde(flatten)]
    pub span: Span,
}

/// A sentence, always inside one paragraph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    #[serde(flatten)]
    pub span: Span,
    /// Index of the paragraph holding the sentence.
    pub paragraph: usize,
}

/// Coarse class of a token, enough for the rule-based stages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Symbol,
}

/// A token. Elided articles (`l'`, `qu'`) are tokens of their own, apostrophe included;
/// inverted pronouns (`-t-il`) are split from their verb.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Token {
    #[serde(flatten)]
    pub span: Span,
    pub kind: TokenKind,
    /// Index of the sentence holding the token.
    pub sentence: usize,
}

/// The source's metadata about an article that is not part of its text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Origin {
    /// The article's address (canonical URL, feed link, WARC target URI).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// Language the source declares (`fr`, `fr-FR`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// Fields of the source that Dépêche has no name for (JSON Lines), kept as they were.
    #[serde(
        default,
        rename = "meta",
        skip_serializing_if = "serde_json::Map::is_empty"
    )]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The record as written: the schema tag, then the article.
#[derive(Serialize)]
struct Record<'a> {
    schema: &'static str,
    #[serde(flatten)]
    article: &'a Article,
}

/// An article and all the layers the pipeline adds to it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier: the input's own id when it has one, else a hash of the text.
    pub id: String,
    /// Where the article came from (file path, URL), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// What the source says of the article besides its text (URL, author, language, its own
    /// fields); written right after `source`, each only when known.
    #[serde(flatten)]
    pub origin: Origin,
    /// The analysed text; every offset in the record points into it.
    pub text: String,
    /// The title or first line, when the input has one.
    pub title: Option<Span>,
    /// The lead paragraph (chapô) when distinct from the title.
    pub lead: Option<Span>,
    /// Reference date of the article (ISO `YYYY-MM-DD`), when given or inferred.
    pub published: Option<NaiveDate>,
    /// How `published` was obtained.
    pub published_source: Option<PublishedSource>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    /// Tokens are an internal layer: they are not written to the record (they would triple its
    /// size) but are kept for the stages.
    #[serde(skip)]
    pub tokens: Vec<Token>,
    pub quotes: Vec<Quote>,
    pub entities: Vec<Entity>,
    pub times: Vec<TimeExpr>,
    pub places: Vec<Place>,
    pub events: Vec<Event>,
    #[serde(skip)]
    index: CharIndex,
}

impl Article {
    /// A new article over `text`, with no layers yet. The id is a content hash so that the
    /// same text always gets the same id.
    pub fn new(text: String) -> Self {
        let index = CharIndex::new(&text);
        let id = format!("{:016x}", fnv1a(text.as_bytes()));
        Article {
            id,
            text,
            index,
            ..Default::default()
        }
    }

    /// The span of a byte range of `text`, with its code-point offsets.
    ///
    /// # Panics
    /// When the range is not on char boundaries: that is a bug of the calling stage.
    pub fn span(&self, start: usize, end: usize) -> Span {
        Span::new(&self.index, start, end)
    }

    /// A cursor building spans for offsets visited left to right (see [`SpanCursor`]).
    pub fn cursor(&self) -> SpanCursor<'_> {
        SpanCursor::new(&self.index, &self.text)
    }

    /// The text a span covers.
    pub fn slice(&self, span: &Span) -> &str {
        &self.text[span.bytes()]
    }

    /// Rebuild the byte offsets of every span after deserialising a record, which only carries
    /// code-point offsets.
    pub fn char_index(&self) -> &CharIndex {
        &self.index
    }

    /// The sentence holding a byte offset, if any.
    pub fn sentence_at(&self, byte: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.byte_end <= byte);
        (i < self.sentences.len() && self.sentences[i].span.byte_start <= byte).then_some(i)
    }

    /// The JSON record (`schema: "depeche/1"`) as a value, for readers that take it apart
    /// (the store, the flat tables).
    pub fn to_record(&self) -> serde_json::Value {
        serde_json::to_value(self.record()).expect("article serialises")
    }

    /// The JSON record on one line, written straight from the article: going through
    /// [`Article::to_record`] built a tree of every string of the record only to print it.
    pub fn to_record_line(&self) -> String {
        serde_json::to_string(&self.record()).expect("article serialises")
    }

    /// The JSON record, indented.
    pub fn to_record_pretty(&self) -> String {
        serde_json::to_string_pretty(&self.record()).expect("article serialises")
    }

    fn record(&self) -> Record<'_> {
        Record {
            schema: SCHEMA,
            article: self,
        }
    }
}

/// FNV-1a, 64 bits: a stable, dependency-free content hash for ids (not for security).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A pipeline stage: reads the layers earlier stages added and adds its own.
///
/// Stages must not panic on any text and must only create spans on char boundaries of
/// `article.text`.
pub trait Stage: Send + Sync {
    /// Short name, for errors and timings (`segment`, `times`, `quotes`).
    fn name(&self) -> &'static str;
    /// Add this stage's layer to the article.
    fn annotate(&self, article: &mut Article);
}
