//! Where articles are kept: the [`Store`] trait and its backends.
//!
//! A store holds `depeche/1` records (the JSON that `depeche analyze` prints) and the rows
//! drawn from them (quotations, entities, places, times) so that they can be found again:
//! full-text search over articles and quotations, quotations by speaker, entity, place and
//! date, and the page of one entity (what it said, what was said about it, when).
//!
//! Two backends sit behind the same trait and pass the same tests (`tests/store.rs`):
//! - [`SqliteStore`]: one embedded file, WAL, FTS5 with an accent-insensitive tokenizer
//!   (`unicode61 remove_diacritics 2`); the default.
//! - `PgStore` (feature `postgres`): one PostgreSQL database for many ingest workers.
//!
//! Across articles, the store keeps *statements* (a quotation with its reprints and
//! fragments, [`statements`]) and *clusters of wire copies* (near-duplicate articles,
//! [`copies`]), both decided at ingest, and *identities*: one person or organisation however
//! the articles name it ([`identities`]), with manual splits and merges it keeps.
//!
//! This crate does not analyse text: it takes records made by the pipeline. Putting the same
//! article again (same URL, or same text) updates it in place rather than adding a copy.
//!
//! ```no_run
//! use depeche_store::{open, QuoteQuery, Store};
//! let mut store = open("news.db").unwrap();
//! let record = serde_json::json!({"schema": "depeche/1", "id": "1", "text": "Bonjour."});
//! store.put(&record).unwrap();
//! let page = store.quotes(&QuoteQuery { speaker: Some("Sullivan".into()), ..Default::default() }).unwrap();
//! # let _ = page;
//! ```

pub mod copies;
pub mod events;
pub mod identities;
mod migrate;
pub mod parity;
mod query;
mod rank;
mod rows;
mod sqlite;
pub mod statements;

#[cfg(feature = "postgres")]
mod pg;

pub use events::{EventActor, EventHit, EventQuery};
pub use parity::{ParityBy, ParityQuery, ParityRow};
#[cfg(feature = "postgres")]
pub use pg::PgStore;
pub use rows::{entity_key, fold, ArticleKey};
pub use sqlite::SqliteStore;

use serde::Serialize;
use serde_json::Value;

/// Why a store operation failed. Messages name the database (file or URL) they concern.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{db}: cannot open the article store: {message}")]
    Open { db: String, message: String },
    #[error("{db}: {message}")]
    Db { db: String, message: String },
    #[error("record is not a depeche/1 article: {0}")]
    BadRecord(String),
    #[error("invalid query: {0}")]
    BadQuery(String),
    /// A manual identity decision that cannot be made (nothing was changed).
    #[error("{0}")]
    Decision(#[from] identities::DecisionError),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// What `put` did with a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PutOutcome {
    /// A new article.
    Inserted,
    /// An article with the same URL or text was there and its record changed.
    Updated,
    /// The same record was already stored.
    Unchanged,
}

/// The result of `put`: the article's store id and what happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Put {
    pub id: i64,
    pub outcome: PutOutcome,
}

/// One stored article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredArticle {
    /// Store id (stable across re-ingests of the same article).
    pub id: i64,
    pub url: Option<String>,
    /// FNV-1a 64 of the text, hex.
    pub hash: String,
    /// The `depeche/1` record as it was put.
    pub record: Value,
}

/// An article found by a search.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleHit {
    pub id: i64,
    pub title: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub quotes: i64,
    /// A few words of text around the first query term (or the start of the text).
    pub snippet: String,
    /// The article's cluster of wire copies (the store id of its first stored member).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster: Option<i64>,
    /// How many articles the cluster has (1: no copy known).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copies: Option<i64>,
}

/// A stored quotation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteHit {
    /// Store id of the quotation.
    pub id: i64,
    /// Store id of the article.
    pub article: i64,
    /// Index of the quotation in the record's `quotes`.
    pub index: i64,
    pub start: i64,
    pub end: i64,
    pub text: String,
    pub kind: String,
    /// Canonical name of the speaker.
    pub speaker: Option<String>,
    /// Store-wide entity id of the speaker (see [`entity_key`]).
    pub speaker_id: Option<String>,
    pub role: Option<String>,
    pub cue: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    /// Store id of the quotation's statement ([`statements`]); none for a quotation that
    /// is empty once normalised.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement: Option<i64>,
    /// How many quotations the statement has (reprints and fragments included).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub occurrences: Option<i64>,
}

/// One page of results; `next_cursor` fetches the next one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub next_cursor: Option<String>,
}

/// Filters on quotations. Every filter is optional; they combine with AND.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuoteQuery {
    /// Words in the quotation (accent- and case-insensitive, all words must occur).
    pub q: Option<String>,
    /// Part of the speaker's canonical name (`Sullivan`, `Élysée`).
    pub speaker: Option<String>,
    /// An entity (id or name): quotations by it or mentioning it.
    pub entity: Option<String>,
    /// A place name or an ISO country code mentioned in the article.
    pub place: Option<String>,
    /// Publication date range, inclusive, `YYYY-MM-DD` (or `YYYY`, `YYYY-MM`).
    pub from: Option<String>,
    pub to: Option<String>,
    /// Page size (clamped to 1..=[`MAX_LIMIT`]; 0 means the default, 20).
    pub limit: usize,
    pub cursor: Option<String>,
    /// Every quotation, where by default each statement is listed once, at its newest
    /// quotation (with its `occurrences`).
    pub all_copies: bool,
}

/// Filters on articles. Every filter is optional; they combine with AND.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchQuery {
    /// Words in the title or text.
    pub q: Option<String>,
    /// An article with a quotation by this speaker.
    pub speaker: Option<String>,
    /// An article mentioning this entity (id or name).
    pub entity: Option<String>,
    /// An article mentioning this place (name or ISO country code).
    pub place: Option<String>,
    /// Date range: published in it, or mentioning a date in it.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Part of the article's source (path or URL).
    pub source: Option<String>,
    pub limit: usize,
    pub cursor: Option<String>,
    /// Every matching article, where by default each cluster of wire copies is listed once
    /// (its best-ranked matching member; without words, its newest).
    pub all_copies: bool,
}

/// What the store knows about one entity across articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityPage {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// Articles mentioning it, with the number of mentions.
    pub mentions: Vec<EntityMention>,
    pub quotes_by: Vec<QuoteHit>,
    pub quotes_about: Vec<QuoteHit>,
    /// Per publication date: mentions, quotations by, quotations about.
    pub timeline: Vec<TimelinePoint>,
    /// Persons: `f`, `m` or `x`, as most of the articles give it (see [`parity`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    /// The signal most seen behind that gender (`honorific`, `role`, `agreement`, `first_name`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender_evidence: Option<String>,
    /// Coded events where the entity is actor1 or actor2, in publication order (at most
    /// [`events::ENTITY_EVENTS`]).
    #[serde(default)]
    pub events: Vec<EventHit>,
    /// The collection-wide identity the page is about ([`identities`]): its name variants.
    /// Mentions, quotations and the timeline then cover every variant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<identities::Identity>,
    /// The statements of the listed quotations by it (`role` `by`) and about it (`about`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<EntityStatement>,
}

/// A statement ([`statements`]) on an entity page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityStatement {
    pub id: i64,
    /// `by` (the entity said it) or `about` (the quotation mentions it).
    pub role: String,
    /// The text of the quotation listed.
    pub text: String,
    /// How many quotations the statement has.
    pub occurrences: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityMention {
    pub article: i64,
    pub title: Option<String>,
    pub published: Option<String>,
    pub local_id: String,
    pub count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelinePoint {
    pub date: String,
    pub mentions: i64,
    pub quotes_by: i64,
    pub quotes_about: i64,
}

/// Counts of what is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub articles: i64,
    pub quotes: i64,
    pub entities: i64,
}

/// Largest page a query returns.
pub const MAX_LIMIT: usize = 1000;
/// Page size when none is asked for.
pub const DEFAULT_LIMIT: usize = 20;
/// How many quotations an entity page lists in each of `quotes_by` and `quotes_about`.
pub const ENTITY_QUOTES: usize = 200;

/// An article store. Every backend passes the same tests.
pub trait Store: Send {
    /// Store a `depeche/1` record; the same URL or the same text updates the stored article.
    fn put(&mut self, record: &Value) -> Result<Put>;
    /// Store many records in one transaction (all or none).
    fn put_batch(&mut self, records: &[Value]) -> Result<Vec<Put>>;
    /// The id of the stored article that a record with this key would match and whose URL,
    /// source and text are the key's: storing that record again could change its analysis
    /// only (a new version of Dépêche, other options), so `depeche ingest` skips it without
    /// analysing. `None` when there is no such article or when unsure.
    fn find_unchanged(&self, key: &ArticleKey) -> Result<Option<i64>>;
    /// One article by store id.
    fn article(&self, id: i64) -> Result<Option<StoredArticle>>;
    /// Stored articles with a store id above `after`, in id order, at most `limit`: the whole
    /// store read page by page (`depeche export`) without holding it in memory.
    fn articles_after(&self, after: i64, limit: usize) -> Result<Vec<StoredArticle>>;
    /// Quotations matching the filters, newest stored first.
    fn quotes(&self, query: &QuoteQuery) -> Result<Page<QuoteHit>>;
    /// Articles matching the filters, best match first.
    fn search(&self, query: &SearchQuery) -> Result<Page<ArticleHit>>;
    /// Coded events matching the filters, newest stored article first ([`events`]).
    fn events(&self, query: &EventQuery) -> Result<Page<EventHit>>;
    /// The page of an entity by its store-wide id ([`entity_key`] of its name).
    fn entity(&self, id: &str) -> Result<Option<EntityPage>>;
    fn stats(&self) -> Result<Stats>;
    /// Quotations by women, men and persons of unknown gender, per group ([`parity`]).
    fn parity(&self, query: &ParityQuery) -> Result<Vec<ParityRow>>;
    /// A statement with every quotation of it ([`statements`]).
    fn statement(&self, id: i64) -> Result<Option<statements::Statement>>;
    /// Remove an article and everything drawn from it: its quotations leave their
    /// statements (a statement left with none goes), the article leaves its cluster (a
    /// cluster whose first member it was takes the next member's id). `false` when there is
    /// no such article (nothing changes).
    fn delete(&mut self, id: i64) -> Result<bool>;
    /// The cluster of wire copies an article belongs to ([`copies`]); `None` for an
    /// unknown article.
    fn cluster(&self, article: i64) -> Result<Option<copies::Cluster>>;
    /// Stored articles that are copies of this text, most similar first (the lookup `put`
    /// does to choose a new article's cluster).
    fn near_copies(&self, text: &str) -> Result<Vec<copies::NearCopy>>;
    /// A collection-wide identity ([`identities`]) with its name variants.
    fn identity(&self, id: i64) -> Result<Option<identities::Identity>>;
    /// Split a variant (a name as the articles give it) from an identity, in every article
    /// or in one; the store keeps the decision and applies it to articles stored later.
    fn split_identity(
        &mut self,
        id: i64,
        variant: &str,
        article: Option<i64>,
    ) -> Result<identities::Decision>;
    /// Merge identity `from` into `into`; the store keeps the decision.
    fn merge_identities(&mut self, into: i64, from: i64) -> Result<identities::Decision>;
    /// The database's name for messages (file path or URL without password).
    fn name(&self) -> &str;
}

/// Check that a record is one the store takes (a `depeche/1` object with its text), without
/// storing it: callers batching records from elsewhere can report a bad one by itself
/// instead of failing the whole batch's transaction.
pub fn check_record(record: &Value) -> Result<()> {
    rows::Extracted::from_record(record).map(|_| ())
}

/// Open a store: `postgres://` / `postgresql://` URLs open PostgreSQL, anything else is a
/// SQLite file path (created on first use).
pub fn open(db: &str) -> Result<Box<dyn Store>> {
    if db.starts_with("postgres://") || db.starts_with("postgresql://") {
        #[cfg(feature = "postgres")]
        return Ok(Box::new(PgStore::connect(db)?));
        #[cfg(not(feature = "postgres"))]
        return Err(StoreError::Open {
            db: rows::redact(db),
            message: "this build has no PostgreSQL support (feature `postgres`)".into(),
        });
    }
    Ok(Box::new(SqliteStore::open(db)?))
}
