//! The embedded backend: one SQLite file (bundled SQLite), WAL journal, FTS5 indexes with an
//! accent-insensitive tokenizer. Writers take the lock up front (`BEGIN IMMEDIATE`) and wait
//! up to [`BUSY_TIMEOUT`] for another writer, so two ingests on one file take turns.

use crate::query::{self, Backend, Cell, Dialect, Param};
use crate::rows::Extracted;
use crate::{
    ArticleHit, EntityPage, Page, Put, PutOutcome, QuoteHit, QuoteQuery, Result, SearchQuery,
    Stats, Store, StoreError, StoredArticle,
};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde_json::Value;
use std::time::Duration;

/// How long a writer waits for another process holding the write lock.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// 2: `quote_terms` and `article_terms`, posting lists of quotations and articles by entity
/// and place. 3: `articles_fts.terms`, the article's posting terms as index tokens (see
/// [`Dialect::term_token`]), so that words and an entity or place filter are one FTS5 query.
const SCHEMA_VERSION: i64 = 3;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS articles(
  id INTEGER PRIMARY KEY,
  url TEXT UNIQUE,
  hash TEXT NOT NULL,
  doc_id TEXT,
  source TEXT,
  title TEXT,
  published TEXT,
  text TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(hash);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS quotes(
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start_ INTEGER NOT NULL,
  end_ INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  speaker TEXT,
  speaker_fold TEXT,
  speaker_key TEXT,
  role TEXT,
  cue TEXT
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article);
CREATE INDEX IF NOT EXISTS quotes_speaker_key ON quotes(speaker_key);
CREATE TABLE IF NOT EXISTS quote_about(
  quote INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quote_about_key ON quote_about(key);
CREATE INDEX IF NOT EXISTS quote_about_quote ON quote_about(quote);
CREATE TABLE IF NOT EXISTS entities(
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  mentions INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_key ON entities(key);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article);
CREATE TABLE IF NOT EXISTS places(
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  fold TEXT NOT NULL,
  country TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS places_fold ON places(fold);
CREATE INDEX IF NOT EXISTS places_country ON places(country);
CREATE INDEX IF NOT EXISTS places_article ON places(article);
CREATE TABLE IF NOT EXISTS times(
  article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  date TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS times_date ON times(date);
CREATE INDEX IF NOT EXISTS times_article ON times(article);
CREATE TABLE IF NOT EXISTS quote_terms(
  term TEXT NOT NULL,
  quote INTEGER NOT NULL,
  article INTEGER NOT NULL,
  PRIMARY KEY(term, quote)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quote_terms_article ON quote_terms(article);
CREATE TABLE IF NOT EXISTS article_terms(
  term TEXT NOT NULL,
  article INTEGER NOT NULL,
  PRIMARY KEY(term, article)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_terms_article ON article_terms(article);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, text, terms, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
  text, speaker, tokenize = 'unicode61 remove_diacritics 2');
";

/// Schema 1 → 2: the posting terms of the quotations already stored (the same terms as
/// `rows::Extracted` makes: `e:` speaker and mentioned entities, `p:` folded place names and
/// country codes of the article).
const MIGRATE_1_2: &str = "
INSERT OR IGNORE INTO quote_terms(term, quote, article)
  SELECT 'e:' || speaker_key, id, article FROM quotes WHERE speaker_key IS NOT NULL;
INSERT OR IGNORE INTO quote_terms(term, quote, article)
  SELECT 'e:' || qa.key, qa.quote, q.article FROM quote_about qa JOIN quotes q ON q.id = qa.quote;
INSERT OR IGNORE INTO quote_terms(term, quote, article)
  SELECT 'p:' || trim(p.fold), q.id, q.article FROM places p JOIN quotes q ON q.article = p.article
  WHERE trim(p.fold) <> '';
INSERT OR IGNORE INTO quote_terms(term, quote, article)
  SELECT 'p:' || lower(p.country), q.id, q.article FROM places p JOIN quotes q ON q.article = p.article
  WHERE p.country <> '';
INSERT OR IGNORE INTO article_terms(term, article) SELECT 'e:' || key, article FROM entities;
INSERT OR IGNORE INTO article_terms(term, article)
  SELECT 'p:' || trim(fold), article FROM places WHERE trim(fold) <> '';
INSERT OR IGNORE INTO article_terms(term, article)
  SELECT 'p:' || lower(country), article FROM places WHERE country <> '';
";

/// Schema 2 → 3: the article index gets its `terms` column, so it is made again from the
/// articles and their posting terms (`'t' || lower(hex(term))` is [`Dialect::term_token`]), once.
const MIGRATE_2_3: &str = "
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, terms, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO articles_fts(rowid, title, text, terms)
  SELECT a.id, coalesce(a.title, ''), a.text,
    coalesce((SELECT group_concat('t' || lower(hex(t.term)), ' ') FROM article_terms t
              WHERE t.article = a.id), '')
  FROM articles a ORDER BY a.id;
";

/// The page cache of a connection, at most. SQLite's default (2 MiB) is smaller than the
/// pages one batch of articles dirties across its tables and indexes: the pager then spills
/// dirty pages to the WAL in the middle of the transaction and reads them back (15% and 11%
/// of an ingest's time in `perf`). Pages are only held once read, so a reader that touches
/// little keeps little. Past the cache, pages are read through a memory map (up to 1 GiB of
/// the file) rather than one `read()` call each: as the store grows its indexes outgrow any
/// cache, and at 60,000 articles an ingest spent two thirds of its time in the kernel reading
/// pages (measured in docs/across.md, "Scale").
const CACHE: &str = "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 8192; \
                     PRAGMA mmap_size = 1073741824;";

/// An article store in one SQLite file.
pub struct SqliteStore {
    conn: Connection,
    path: String,
}

impl SqliteStore {
    /// Open (or create) the store at `path`. A file that is not a Dépêche store, or not a
    /// database at all, is refused with its name in the error.
    pub fn open(path: &str) -> Result<SqliteStore> {
        let open_err = |message: String| StoreError::Open {
            db: path.to_string(),
            message,
        };
        if std::path::Path::new(path).is_dir() {
            return Err(open_err("is a directory, not a database file".into()));
        }
        let conn = Connection::open(path).map_err(|e| open_err(e.to_string()))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| open_err(e.to_string()))?;
        crate::rank::register(&conn).map_err(open_err)?;
        // every statement of the write path stays prepared (a batch uses about 25 between
        // them and the queries; rusqlite keeps 16 by default)
        conn.set_prepared_statement_cache_capacity(64);
        // switching to WAL takes a lock the busy handler does not wait for: another process
        // opening or migrating the same new store at the same moment makes it fail at once,
        // so it is tried again for as long as the busy timeout allows
        let started = std::time::Instant::now();
        let mode: String = loop {
            match conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0)) {
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::DatabaseBusy
                        && started.elapsed() < BUSY_TIMEOUT =>
                {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                r => break r.map_err(|e| open_err(format!("{e} (is it a SQLite database?)")))?,
            }
        };
        if mode != "wal" && path != ":memory:" {
            return Err(open_err(format!(
                "cannot switch to WAL journal (got {mode})"
            )));
        }
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| open_err(e.to_string()))?;
        if version > SCHEMA_VERSION {
            return Err(open_err(format!(
                "made by a newer depeche (schema {version}, this one knows {SCHEMA_VERSION})"
            )));
        }
        if version == 0 {
            let tables: i64 = conn
                .query_row(
                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'",
                    [],
                    |r| r.get(0),
                )
                .map_err(|e| open_err(e.to_string()))?;
            if tables > 0 {
                return Err(open_err(
                    "a SQLite database but not a Dépêche store (it has other tables)".into(),
                ));
            }
        }
        // an older store is brought up to date in the same transaction as the schema: a
        // schema 1 store gets its posting lists drawn from the rows it has, a schema 2 store
        // its article index made again with the terms column
        let migrate = match version {
            1 => format!("{MIGRATE_1_2} {MIGRATE_2_3}"),
            2 => MIGRATE_2_3.to_string(),
            _ => String::new(),
        };
        // SCHEMA creates only what is missing, so a schema 1 or 2 store keeps its old
        // articles_fts until the migration replaces it
        conn.execute_batch(&format!(
            "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; {CACHE}
             BEGIN IMMEDIATE; {SCHEMA} {migrate} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
        ))
        .map_err(|e| open_err(e.to_string()))?;
        parity_tables(&conn).map_err(|e| open_err(e.to_string()))?;
        crate::parity::counts_sqlite(&conn).map_err(|e| open_err(e.to_string()))?;
        crate::statements::sqlite_tables(&conn).map_err(|e| open_err(e.to_string()))?;
        crate::copies::sqlite_tables(&conn).map_err(|e| open_err(e.to_string()))?;
        crate::identities::sqlite_tables(&conn).map_err(|e| open_err(e.to_string()))?;
        crate::events::tables_sqlite(&conn).map_err(open_err)?;
        // statistics for the query planner (which index drives a filter), refreshed when
        // they are missing or stale; the sampling limit keeps this to milliseconds
        conn.execute_batch("PRAGMA analysis_limit = 400; PRAGMA optimize = 0x10002;")
            .map_err(|e| open_err(e.to_string()))?;
        Ok(SqliteStore {
            conn,
            path: path.to_string(),
        })
    }

    /// A manual identity decision in its own transaction: committed when made, rolled back
    /// (nothing changed) when refused.
    fn decide(
        &mut self,
        run: impl FnOnce(
            &mut crate::identities::SqliteDb,
        ) -> rusqlite::Result<
            std::result::Result<crate::identities::Decision, crate::identities::DecisionError>,
        >,
    ) -> Result<crate::identities::Decision> {
        let path = self.path.clone();
        let err = |e: rusqlite::Error| StoreError::Db {
            db: path.clone(),
            message: e.to_string(),
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        match run(&mut crate::identities::SqliteDb(&tx)).map_err(err)? {
            Ok(d) => {
                tx.commit().map_err(err)?;
                Ok(d)
            }
            Err(refused) => {
                tx.rollback().map_err(err)?;
                Err(refused.into())
            }
        }
    }

    fn err(&self, e: rusqlite::Error) -> StoreError {
        StoreError::Db {
            db: self.path.clone(),
            message: e.to_string(),
        }
    }
}

/// The parity tables ([`crate::parity`]), made and filled from the stored records when the
/// store predates them.
fn parity_tables(conn: &Connection) -> rusqlite::Result<()> {
    crate::migrate::sqlite_once(conn, crate::migrate::Mark::Table("entity_gender"), || {
        conn.execute_batch(crate::parity::SCHEMA)?;
        conn.execute_batch(crate::parity::COUNTS_SCHEMA)?;
        let mut after = 0i64;
        loop {
            let page: Vec<(i64, String)> = conn
                .prepare("SELECT id, record FROM articles WHERE id > ?1 ORDER BY id LIMIT 500")?
                .query_map([after], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let Some(last) = page.last().map(|p| p.0) else {
                break;
            };
            for (id, record) in page {
                let Ok(x) = serde_json::from_str::<Value>(&record)
                    .map_err(|e| e.to_string())
                    .and_then(|v| Extracted::from_record(&v).map_err(|e| e.to_string()))
                else {
                    continue;
                };
                crate::parity::put_sqlite(conn, id, &x)?;
            }
            after = last;
        }
        Ok(())
    })
}

/// The full-text rows of a batch's articles, written when the batch's other rows are
/// (`flush`). FTS5 writes the rows it holds to disk as a new segment whenever a statement
/// opens a savepoint (an `INSERT ... SELECT` does), so rows inserted with each article were
/// written one segment per article, each merged again and again as the index grew (the
/// largest part of an ingest's time after the parity counts: docs/across.md, "Scale").
/// Held to the end, a batch's rows are one segment.
#[derive(Default)]
struct PendingFts {
    articles: Vec<(i64, String, String, String)>,
    quotes: Vec<(i64, String, String)>,
}

impl PendingFts {
    fn flush(&mut self, tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
        let mut art = tx.prepare_cached(
            "INSERT INTO articles_fts(rowid, title, text, terms) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (id, title, text, terms) in self.articles.drain(..) {
            art.execute(params![id, title, text, terms])?;
        }
        let mut fts =
            tx.prepare_cached("INSERT INTO quotes_fts(rowid, text, speaker) VALUES (?1, ?2, ?3)")?;
        for (qid, text, speaker) in self.quotes.drain(..) {
            fts.execute(params![qid, text, speaker])?;
        }
        Ok(())
    }
}

fn put_one(
    tx: &rusqlite::Transaction,
    x: &Extracted,
    pending: &mut PendingFts,
) -> rusqlite::Result<Put> {
    let existing: Option<(i64, String)> = match &x.url {
        Some(url) => tx
            .prepare_cached("SELECT id, record FROM articles WHERE url = ?1")?
            .query_row([url], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?,
        None => None,
    };
    let existing = match existing {
        Some(e) => Some(e),
        None => tx
            .prepare_cached("SELECT id, record FROM articles WHERE hash = ?1 ORDER BY id LIMIT 1")?
            .query_row([&x.hash], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?,
    };
    // statements of the quotations an update replaces: those left with none are dropped
    let mut old_statements: Vec<i64> = Vec::new();
    // identities of the entity rows an update replaces: kept consistent once they leave
    let mut old_identities: Vec<i64> = Vec::new();
    let mut text_changed = true;
    let (id, outcome) = match existing {
        Some((id, record)) if record == x.record => {
            return Ok(Put {
                id,
                outcome: PutOutcome::Unchanged,
            })
        }
        Some((id, _)) => {
            // the rows below delete this article's full-text rows: those of the batch go first
            pending.flush(tx)?;
            let old_hash: String = tx
                .prepare_cached("SELECT hash FROM articles WHERE id = ?1")?
                .query_row([id], |r| r.get(0))?;
            // a new text leaves its cluster of copies (and may join another below)
            text_changed = old_hash != x.hash;
            if text_changed {
                crate::copies::Tx::leave(&mut crate::copies::SqliteTx(tx), id)?;
            }
            old_statements = tx
                .prepare_cached(
                    "SELECT DISTINCT statement FROM quotes WHERE article = ?1 AND statement IS NOT NULL",
                )?
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            old_identities =
                crate::identities::of_article(&mut crate::identities::SqliteDb(tx), id)?;
            // children go with ON DELETE CASCADE; the FTS rows by hand
            for sql in [
                "DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE article = ?1)",
                "DELETE FROM quotes WHERE article = ?1",
                "DELETE FROM entities WHERE article = ?1",
                "DELETE FROM places WHERE article = ?1",
                "DELETE FROM times WHERE article = ?1",
                "DELETE FROM quote_terms WHERE article = ?1",
                "DELETE FROM article_terms WHERE article = ?1",
                "DELETE FROM articles_fts WHERE rowid = ?1",
            ] {
                tx.prepare_cached(sql)?.execute([id])?;
            }
            tx.prepare_cached(
                "UPDATE articles SET url = ?2, hash = ?3, doc_id = ?4, source = ?5, title = ?6,
                 published = ?7, text = ?8, record = ?9 WHERE id = ?1",
            )?
            .execute(params![
                id,
                x.url,
                x.hash,
                x.doc_id,
                x.source,
                x.title,
                x.published,
                x.text,
                x.record
            ])?;
            (id, PutOutcome::Updated)
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO articles(url, hash, doc_id, source, title, published, text, record)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                x.url,
                x.hash,
                x.doc_id,
                x.source,
                x.title,
                x.published,
                x.text,
                x.record
            ])?;
            (tx.last_insert_rowid(), PutOutcome::Inserted)
        }
    };
    crate::parity::put_sqlite(tx, id, x)?;
    if text_changed {
        crate::copies::assign(&mut crate::copies::SqliteTx(tx), id, x.sketch.as_ref())?;
    }
    crate::events::put_sqlite(tx, id, x)?;
    let tokens: Vec<String> = x
        .terms
        .iter()
        .map(|t| Dialect::Sqlite.term_token(t))
        .collect();
    pending.articles.push((
        id,
        x.title.clone().unwrap_or_default(),
        x.text.clone(),
        tokens.join(" "),
    ));
    {
        let mut ins = tx.prepare_cached(
            "INSERT INTO quotes(article, idx, start_, end_, text, kind, speaker, speaker_fold,
             speaker_key, role, cue, statement)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?;
        let mut about = tx.prepare_cached("INSERT INTO quote_about(quote, key) VALUES (?1, ?2)")?;
        let mut term = tx.prepare_cached(
            "INSERT OR IGNORE INTO quote_terms(term, quote, article) VALUES (?1, ?2, ?3)",
        )?;
        for q in &x.quotes {
            let statement = match &q.form {
                Some(f) => Some(crate::statements::resolve(
                    &mut crate::statements::SqliteTx(tx),
                    f,
                    &q.text,
                )?),
                None => None,
            };
            ins.execute(params![
                id,
                q.idx,
                q.start,
                q.end,
                q.text,
                q.kind,
                q.speaker,
                q.speaker.as_deref().map(crate::fold),
                q.speaker_key,
                q.role,
                q.cue,
                statement
            ])?;
            let qid = tx.last_insert_rowid();
            pending
                .quotes
                .push((qid, q.text.clone(), q.speaker.clone().unwrap_or_default()));
            for k in &q.about {
                about.execute(params![qid, k])?;
            }
            for t in &q.terms {
                term.execute(params![t, qid, id])?;
            }
        }
        let ents: Vec<(&str, &str, &str)> = x
            .entities
            .iter()
            .map(|e| (e.key.as_str(), e.name.as_str(), e.kind.as_str()))
            .collect();
        let (identities, relink) = crate::identities::decide_article(
            &mut crate::identities::SqliteDb(tx),
            id,
            x.published.as_deref(),
            &ents,
        )?;
        let mut ent = tx.prepare_cached(
            "INSERT INTO entities(article, local_id, key, name, type, mentions, identity, form,
             full_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for (e, identity) in x.entities.iter().zip(identities) {
            let (form, full) = crate::identities::columns(&e.key, &e.name, &e.kind);
            ent.execute(params![
                id, e.local_id, e.key, e.name, e.kind, e.mentions, identity, form, full
            ])?;
        }
        let mut pl = tx.prepare_cached(
            "INSERT INTO places(article, name, fold, country) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for p in &x.places {
            pl.execute(params![id, p.name, p.fold, p.country])?;
        }
        let mut tm = tx.prepare_cached("INSERT INTO times(article, date) VALUES (?1, ?2)")?;
        for t in &x.times {
            tm.execute(params![id, t])?;
        }
        crate::identities::relink(&mut crate::identities::SqliteDb(tx), &relink)?;
        let mut at = tx
            .prepare_cached("INSERT OR IGNORE INTO article_terms(term, article) VALUES (?1, ?2)")?;
        for t in &x.terms {
            at.execute(params![t, id])?;
        }
    }
    for s in old_statements {
        let left: i64 = tx
            .prepare_cached("SELECT COUNT(*) FROM quotes WHERE statement = ?1")?
            .query_row([s], |r| r.get(0))?;
        if left == 0 {
            crate::statements::Tx::drop_statement(&mut crate::statements::SqliteTx(tx), s)?;
        }
    }
    for i in old_identities {
        crate::identities::tidy(&mut crate::identities::SqliteDb(tx), i)?;
    }
    Ok(Put { id, outcome })
}

fn delete_one(tx: &rusqlite::Transaction, id: i64) -> rusqlite::Result<bool> {
    let there: Option<i64> = tx
        .prepare_cached("SELECT id FROM articles WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    if there.is_none() {
        return Ok(false);
    }
    let statements: Vec<i64> = tx
        .prepare_cached(
            "SELECT DISTINCT statement FROM quotes WHERE article = ?1 AND statement IS NOT NULL",
        )?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let identities = crate::identities::of_article(&mut crate::identities::SqliteDb(tx), id)?;
    crate::copies::Tx::leave(&mut crate::copies::SqliteTx(tx), id)?;
    crate::parity::uncount_sqlite(tx, id)?;
    // children go with ON DELETE CASCADE; the FTS rows and posting lists by hand
    for sql in [
        "DELETE FROM quotes_fts WHERE rowid IN (SELECT id FROM quotes WHERE article = ?1)",
        "DELETE FROM quote_terms WHERE article = ?1",
        "DELETE FROM article_terms WHERE article = ?1",
        "DELETE FROM articles_fts WHERE rowid = ?1",
        "DELETE FROM articles WHERE id = ?1",
    ] {
        tx.prepare_cached(sql)?.execute([id])?;
    }
    for s in statements {
        let left: i64 = tx
            .prepare_cached("SELECT COUNT(*) FROM quotes WHERE statement = ?1")?
            .query_row([s], |r| r.get(0))?;
        if left == 0 {
            crate::statements::Tx::drop_statement(&mut crate::statements::SqliteTx(tx), s)?;
        }
    }
    for i in identities {
        crate::identities::tidy(&mut crate::identities::SqliteDb(tx), i)?;
    }
    Ok(true)
}

impl Drop for SqliteStore {
    fn drop(&mut self) {
        // what SQLite advises before closing: statistics refreshed after a large ingest
        let _ = self.conn.execute_batch("PRAGMA optimize;");
    }
}

impl Backend for SqliteStore {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn rows(&self, sql: &str, params: &[Param]) -> Result<Vec<Vec<Cell>>> {
        let mut stmt = self.conn.prepare_cached(sql).map_err(|e| self.err(e))?;
        let n = stmt.column_count();
        let params: Vec<rusqlite::types::Value> = params
            .iter()
            .map(|p| match p {
                Param::Int(i) => rusqlite::types::Value::Integer(*i),
                Param::Text(s) => rusqlite::types::Value::Text(s.clone()),
            })
            .collect();
        let mut rows = stmt
            .query(rusqlite::params_from_iter(params))
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().map_err(|e| self.err(e))? {
            let mut row = Vec::with_capacity(n);
            for i in 0..n {
                use rusqlite::types::ValueRef;
                row.push(match r.get_ref(i).map_err(|e| self.err(e))? {
                    ValueRef::Null => Cell::Null,
                    ValueRef::Integer(v) => Cell::Int(v),
                    ValueRef::Real(v) => Cell::Int(v as i64),
                    ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
                    ValueRef::Blob(_) => Cell::Null,
                });
            }
            out.push(row);
        }
        Ok(out)
    }
}

impl Store for SqliteStore {
    fn put(&mut self, record: &Value) -> Result<Put> {
        Ok(self.put_batch(std::slice::from_ref(record))?[0])
    }

    fn put_batch(&mut self, records: &[Value]) -> Result<Vec<Put>> {
        let extracted = records
            .iter()
            .map(Extracted::from_record)
            .collect::<Result<Vec<_>>>()?;
        let path = self.path.clone();
        let err = |e: rusqlite::Error| StoreError::Db {
            db: path.clone(),
            message: e.to_string(),
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        let mut out = Vec::with_capacity(extracted.len());
        let mut pending = PendingFts::default();
        for x in &extracted {
            out.push(put_one(&tx, x, &mut pending).map_err(err)?);
        }
        pending.flush(&tx).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(out)
    }

    fn article(&self, id: i64) -> Result<Option<StoredArticle>> {
        let row: Option<(Option<String>, String, String)> = self
            .conn
            .query_row(
                "SELECT url, hash, record FROM articles WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        row.map(|(url, hash, record)| {
            Ok(StoredArticle {
                id,
                url,
                hash,
                record: serde_json::from_str(&record).map_err(|e| StoreError::Db {
                    db: self.path.clone(),
                    message: format!("article {id}: stored record is not JSON: {e}"),
                })?,
            })
        })
        .transpose()
    }

    fn articles_after(&self, after: i64, limit: usize) -> Result<Vec<StoredArticle>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, url, hash, record FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2",
            )
            .map_err(|e| self.err(e))?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = stmt
            .query_map(rusqlite::params![after, limit], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, String>(3)?))
            })
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, url, hash, record) = row.map_err(|e| self.err(e))?;
            out.push(StoredArticle {
                id,
                url,
                hash,
                record: serde_json::from_str(&record).map_err(|e| StoreError::Db {
                    db: self.path.clone(),
                    message: format!("article {id}: stored record is not JSON: {e}"),
                })?,
            });
        }
        Ok(out)
    }

    fn quotes(&self, query: &QuoteQuery) -> Result<Page<QuoteHit>> {
        query::quotes(self, query)
    }

    fn search(&self, query: &SearchQuery) -> Result<Page<ArticleHit>> {
        query::search(self, query)
    }

    fn parity(&self, query: &crate::ParityQuery) -> Result<Vec<crate::ParityRow>> {
        crate::parity::parity(self, query)
    }

    fn events(&self, query: &crate::EventQuery) -> Result<Page<crate::EventHit>> {
        crate::events::events(self, query)
    }

    fn entity(&self, id: &str) -> Result<Option<EntityPage>> {
        let mut page = query::entity(self, id)?;
        if let Some(p) = page.as_mut() {
            p.events = crate::events::entity_events(self, &p.id)?;
            if let Some((g, ev)) = crate::parity::entity_gender(self, &p.id)? {
                p.gender = Some(g);
                p.gender_evidence = ev;
            }
        }
        Ok(page)
    }

    fn find_unchanged(&self, key: &crate::ArticleKey) -> Result<Option<i64>> {
        query::find_unchanged(self, key)
    }

    fn stats(&self) -> Result<Stats> {
        query::stats(self)
    }

    fn statement(&self, id: i64) -> Result<Option<crate::statements::Statement>> {
        query::statement(self, id)
    }

    fn delete(&mut self, id: i64) -> Result<bool> {
        let path = self.path.clone();
        let err = |e: rusqlite::Error| StoreError::Db {
            db: path.clone(),
            message: e.to_string(),
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        let done = delete_one(&tx, id).map_err(err)?;
        tx.commit().map_err(err)?;
        Ok(done)
    }

    fn cluster(&self, article: i64) -> Result<Option<crate::copies::Cluster>> {
        query::cluster(self, article)
    }

    fn near_copies(&self, text: &str) -> Result<Vec<crate::copies::NearCopy>> {
        let Some(sketch) = crate::copies::Sketch::of(text) else {
            return Ok(Vec::new());
        };
        // one read transaction for the lookup's 32 band queries and its candidates' sketch
        // reads: each statement outside one takes and drops the file's shared lock (two
        // `fcntl` calls), more than half of SQLite's time in the lookup (docs/across.md,
        // "Scale")
        let tx = self.conn.unchecked_transaction().map_err(|e| self.err(e))?;
        let found = crate::copies::copies(&mut crate::copies::SqliteTx(&tx), &sketch, 0)
            .map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))?;
        Ok(found
            .into_iter()
            .map(|(article, cluster, containment)| crate::copies::NearCopy {
                article,
                cluster,
                containment,
            })
            .collect())
    }

    fn identity(&self, id: i64) -> Result<Option<crate::identities::Identity>> {
        query::identity(self, id)
    }

    fn split_identity(
        &mut self,
        id: i64,
        variant: &str,
        article: Option<i64>,
    ) -> Result<crate::identities::Decision> {
        self.decide(|db| crate::identities::split(db, id, variant, article))
    }

    fn merge_identities(&mut self, into: i64, from: i64) -> Result<crate::identities::Decision> {
        self.decide(|db| crate::identities::merge(db, into, from))
    }

    fn name(&self) -> &str {
        &self.path
    }
}

#[cfg(test)]
mod tests {
    use crate::query::Dialect;

    #[test]
    fn term_tokens_are_one_word_of_hex() {
        assert_eq!(Dialect::Sqlite.term_token("p:kr"), "t703a6b72");
        // non-ASCII keys by their UTF-8 bytes
        assert_eq!(Dialect::Sqlite.term_token("e:ü"), "t653ac3bc");
    }
}
