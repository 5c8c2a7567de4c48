//! The server backend: one PostgreSQL database shared by many ingest workers.
//!
//! Same tables as SQLite; full text is a `tsvector` of the folded text (accent- and
//! case-insensitive like the SQLite tokenizer) with the `simple` configuration, so no
//! extension is needed.
//!
//! Many `depeche ingest` processes may write at once. A transaction first takes an advisory
//! lock on the hash and on the URL of every article of its batch, all in one global order
//! (sorted keys), so two workers holding the same article serialise on it — the second one
//! finds the first one's row and updates it instead of inserting a copy — and two batches
//! sharing several articles in different orders cannot deadlock. A transaction that fails
//! anyway on a deadlock or serialisation error is retried.

use crate::query::{self, Backend, Cell, Dialect, Param};
use crate::rows::{fold, redact, Extracted};
use crate::{
    ArticleHit, EntityPage, Page, Put, PutOutcome, QuoteHit, QuoteQuery, Result, SearchQuery,
    Stats, Store, StoreError, StoredArticle,
};
use postgres::error::SqlState;
use postgres::types::{ToSql, Type};
use postgres::{Client, NoTls};
use serde_json::Value;
use std::cell::RefCell;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS articles(
  id BIGSERIAL PRIMARY KEY,
  url TEXT UNIQUE,
  hash TEXT NOT NULL,
  doc_id TEXT,
  source TEXT,
  title TEXT,
  published TEXT,
  text TEXT NOT NULL,
  record TEXT NOT NULL,
  fts TSVECTOR NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(hash);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_fts ON articles USING GIN(fts);
CREATE TABLE IF NOT EXISTS quotes(
  id BIGSERIAL PRIMARY KEY,
  article BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx BIGINT NOT NULL,
  start_ BIGINT NOT NULL,
  end_ BIGINT NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  speaker TEXT,
  speaker_fold TEXT,
  speaker_key TEXT,
  role TEXT,
  cue TEXT,
  fts TSVECTOR NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article);
CREATE INDEX IF NOT EXISTS quotes_speaker_key ON quotes(speaker_key);
CREATE INDEX IF NOT EXISTS quotes_fts ON quotes USING GIN(fts);
CREATE TABLE IF NOT EXISTS quote_about(
  quote BIGINT NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
  key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quote_about_key ON quote_about(key);
CREATE INDEX IF NOT EXISTS quote_about_quote ON quote_about(quote);
CREATE TABLE IF NOT EXISTS entities(
  article BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  mentions BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_key ON entities(key);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article);
CREATE TABLE IF NOT EXISTS places(
  article BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  fold TEXT NOT NULL,
  country TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS places_fold ON places(fold);
CREATE INDEX IF NOT EXISTS places_article ON places(article);
CREATE TABLE IF NOT EXISTS times(
  article BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  date TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS times_date ON times(date);
CREATE INDEX IF NOT EXISTS times_article ON times(article);
CREATE TABLE IF NOT EXISTS quote_terms(
  term TEXT NOT NULL,
  quote BIGINT NOT NULL,
  article BIGINT NOT NULL,
  PRIMARY KEY(term, quote)
);
CREATE INDEX IF NOT EXISTS quote_terms_article ON quote_terms(article);
CREATE TABLE IF NOT EXISTS article_terms(
  term TEXT NOT NULL,
  article BIGINT NOT NULL,
  PRIMARY KEY(term, article)
);
CREATE INDEX IF NOT EXISTS article_terms_article ON article_terms(article);
";

/// Posting terms for quotations stored before `quote_terms` existed (the same terms as
/// `rows::Extracted` makes).
const MIGRATE_TERMS: &str = "
INSERT INTO quote_terms(term, quote, article)
  SELECT 'e:' || speaker_key, id, article FROM quotes WHERE speaker_key IS NOT NULL
  ON CONFLICT DO NOTHING;
INSERT INTO quote_terms(term, quote, article)
  SELECT 'e:' || qa.key, qa.quote, q.article FROM quote_about qa JOIN quotes q ON q.id = qa.quote
  ON CONFLICT DO NOTHING;
INSERT INTO quote_terms(term, quote, article)
  SELECT 'p:' || trim(p.fold), q.id, q.article FROM places p JOIN quotes q ON q.article = p.article
  WHERE trim(p.fold) <> '' ON CONFLICT DO NOTHING;
INSERT INTO quote_terms(term, quote, article)
  SELECT 'p:' || lower(p.country), q.id, q.article FROM places p JOIN quotes q ON q.article = p.article
  WHERE p.country <> '' ON CONFLICT DO NOTHING;
INSERT INTO article_terms(term, article) SELECT 'e:' || key, article FROM entities
  ON CONFLICT DO NOTHING;
INSERT INTO article_terms(term, article)
  SELECT 'p:' || trim(fold), article FROM places WHERE trim(fold) <> '' ON CONFLICT DO NOTHING;
INSERT INTO article_terms(term, article)
  SELECT 'p:' || lower(country), article FROM places WHERE country <> '' ON CONFLICT DO NOTHING;
";

/// An article store in a PostgreSQL database.
pub struct PgStore {
    client: RefCell<Client>,
    name: String,
}

impl PgStore {
    /// Connect to `url` (`postgres://user:pass@host/db`) and create the tables if needed.
    pub fn connect(url: &str) -> Result<PgStore> {
        let name = redact(url);
        let open_err = |e: postgres::Error| StoreError::Open {
            db: name.clone(),
            message: e.to_string(),
        };
        let mut client = Client::connect(url, NoTls).map_err(open_err)?;
        // The DDL runs only when the tables are missing: `CREATE INDEX IF NOT EXISTS` takes a
        // share lock on its table even when the index is there, which would make a worker
        // that starts wait for (or deadlock with) the others' write transactions.
        // `article_terms_article` is the newest object of the schema
        let ready: bool = client
            .query_one(
                "SELECT to_regclass('article_terms_article') IS NOT NULL",
                &[],
            )
            .map_err(open_err)?
            .get(0);
        if !ready {
            // one creator at a time: workers starting together would race on CREATE; a
            // database made before `quote_terms` gets the terms of what it holds
            client
                .batch_execute(&format!(
                    "BEGIN; SELECT pg_advisory_xact_lock({SCHEMA_LOCK}); {SCHEMA} {MIGRATE_TERMS} COMMIT;"
                ))
                .map_err(open_err)?;
        }
        parity_tables(&mut client).map_err(open_err)?;
        crate::parity::counts_pg(&mut client, SCHEMA_LOCK).map_err(open_err)?;
        crate::statements::pg_tables(&mut client, SCHEMA_LOCK).map_err(open_err)?;
        crate::copies::pg_tables(&mut client, SCHEMA_LOCK).map_err(open_err)?;
        crate::identities::pg_tables(&mut client, SCHEMA_LOCK).map_err(open_err)?;
        crate::events::tables_pg(&mut client, SCHEMA_LOCK).map_err(|message| StoreError::Open {
            db: name.clone(),
            message,
        })?;
        Ok(PgStore {
            client: RefCell::new(client),
            name,
        })
    }

    /// A manual identity decision in its own transaction, under the identity lock (one
    /// decision at a time): committed when made, rolled back (nothing changed) when refused.
    fn decide(
        &mut self,
        run: impl FnOnce(
            &mut crate::identities::PgDb,
        ) -> std::result::Result<
            std::result::Result<crate::identities::Decision, crate::identities::DecisionError>,
            postgres::Error,
        >,
    ) -> Result<crate::identities::Decision> {
        let mut client = self.client.borrow_mut();
        let mut tx = client.transaction().map_err(|e| self.err(e))?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&DECISION_LOCK])
            .map_err(|e| self.err(e))?;
        match run(&mut crate::identities::PgDb(&mut tx)).map_err(|e| self.err(e))? {
            Ok(d) => {
                tx.commit().map_err(|e| self.err(e))?;
                Ok(d)
            }
            Err(refused) => {
                tx.rollback().map_err(|e| self.err(e))?;
                Err(refused.into())
            }
        }
    }

    fn err(&self, e: postgres::Error) -> StoreError {
        StoreError::Db {
            db: self.name.clone(),
            message: e.to_string(),
        }
    }
}

/// The advisory lock serialising table creation.
const SCHEMA_LOCK: i64 = 7_426_001;

/// The advisory lock serialising manual identity decisions.
const DECISION_LOCK: i64 = 7_426_016;

/// How many times a batch is tried when PostgreSQL aborts it on a deadlock or a
/// serialisation failure (both mean "try again", not "bad data").
const ATTEMPTS: usize = 5;

/// The advisory lock keys of a batch, sorted and without repeats: one per text hash and one
/// per URL, so that writers of the same article (same text or same address) serialise.
fn lock_keys(batch: &[Extracted]) -> Vec<i64> {
    let key = |kind: &str, s: &str| {
        depeche_article::fnv1a(format!("depeche:{kind}:{s}").as_bytes()) as i64
    };
    let mut keys: Vec<i64> = batch
        .iter()
        .flat_map(|x| {
            std::iter::once(key("hash", &x.hash)).chain(x.url.as_deref().map(|u| key("url", u)))
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The parity tables ([`crate::parity`]), made and filled from the stored records when the
/// database predates them; under the schema lock, so that one worker does it.
fn parity_tables(client: &mut Client) -> std::result::Result<(), postgres::Error> {
    crate::migrate::pg_once(client, SCHEMA_LOCK, "entity_gender_article", |tx| {
        tx.batch_execute(crate::parity::SCHEMA)?;
        tx.batch_execute(crate::parity::COUNTS_SCHEMA)?;
        let mut after = 0i64;
        loop {
            let page = tx.query(
                "SELECT id, record FROM articles WHERE id > $1 ORDER BY id LIMIT 500",
                &[&after],
            )?;
            let Some(last) = page.last().map(|r| r.get::<_, i64>(0)) else {
                break;
            };
            for r in page {
                let (id, record): (i64, String) = (r.get(0), r.get(1));
                let Ok(v) = serde_json::from_str::<Value>(&record) else {
                    continue;
                };
                let Ok(x) = Extracted::from_record(&v) else {
                    continue;
                };
                crate::parity::put_pg(tx, id, &x)?;
            }
            after = last;
        }
        Ok(())
    })
}

fn put_all(
    client: &mut Client,
    batch: &[Extracted],
) -> std::result::Result<Vec<Put>, postgres::Error> {
    let mut tx = client.transaction()?;
    // every lock of the batch up front, in the same order in every worker: no deadlock
    let lock = tx.prepare("SELECT pg_advisory_xact_lock($1)")?;
    for k in lock_keys(batch) {
        tx.execute(&lock, &[&k])?;
    }
    let mut out = Vec::with_capacity(batch.len());
    for x in batch {
        out.push(put_one(&mut tx, x)?);
    }
    tx.commit()?;
    Ok(out)
}

fn put_one(
    tx: &mut postgres::Transaction,
    x: &Extracted,
) -> std::result::Result<Put, postgres::Error> {
    let mut existing = None;
    if let Some(url) = &x.url {
        existing = tx
            .query_opt("SELECT id, record FROM articles WHERE url = $1", &[url])?
            .map(|r| (r.get::<_, i64>(0), r.get::<_, String>(1)));
    }
    if existing.is_none() {
        existing = tx
            .query_opt(
                "SELECT id, record FROM articles WHERE hash = $1 ORDER BY id LIMIT 1",
                &[&x.hash],
            )?
            .map(|r| (r.get::<_, i64>(0), r.get::<_, String>(1)));
    }
    let doc = fold(&format!("{} {}", x.title.as_deref().unwrap_or(""), x.text));
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
            let old_hash: String = tx
                .query_one("SELECT hash FROM articles WHERE id = $1", &[&id])?
                .get(0);
            // a new text leaves its cluster of copies (and may join another below)
            text_changed = old_hash != x.hash;
            if text_changed {
                crate::copies::Tx::leave(&mut crate::copies::PgTx(&mut *tx), id)?;
            }
            old_statements = tx
                .query(
                    "SELECT DISTINCT statement FROM quotes WHERE article = $1 AND statement IS NOT NULL",
                    &[&id],
                )?
                .iter()
                .map(|r| r.get(0))
                .collect();
            old_identities = crate::identities::of_article(&mut crate::identities::PgDb(tx), id)?;
            for sql in [
                "DELETE FROM quotes WHERE article = $1",
                "DELETE FROM entities WHERE article = $1",
                "DELETE FROM places WHERE article = $1",
                "DELETE FROM times WHERE article = $1",
                "DELETE FROM quote_terms WHERE article = $1",
                "DELETE FROM article_terms WHERE article = $1",
            ] {
                tx.execute(sql, &[&id])?;
            }
            tx.execute(
                "UPDATE articles SET url = $2, hash = $3, doc_id = $4, source = $5, title = $6,
                 published = $7, text = $8, record = $9, fts = to_tsvector('simple', $10)
                 WHERE id = $1",
                &[
                    &id,
                    &x.url,
                    &x.hash,
                    &x.doc_id,
                    &x.source,
                    &x.title,
                    &x.published,
                    &x.text,
                    &x.record,
                    &doc,
                ],
            )?;
            (id, PutOutcome::Updated)
        }
        None => {
            let r = tx.query_one(
                "INSERT INTO articles(url, hash, doc_id, source, title, published, text, record, fts)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, to_tsvector('simple', $9)) RETURNING id",
                &[
                    &x.url, &x.hash, &x.doc_id, &x.source, &x.title, &x.published, &x.text,
                    &x.record, &doc,
                ],
            )?;
            (r.get::<_, i64>(0), PutOutcome::Inserted)
        }
    };
    crate::parity::put_pg(tx, id, x)?;
    if text_changed {
        crate::copies::assign(&mut crate::copies::PgTx(&mut *tx), id, x.sketch.as_ref())?;
    }
    crate::events::put_pg(tx, id, x)?;
    let ins = tx.prepare(
        "INSERT INTO quotes(article, idx, start_, end_, text, kind, speaker, speaker_fold,
         speaker_key, role, cue, fts, statement)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, to_tsvector('simple', $12), $13)
         RETURNING id",
    )?;
    for q in &x.quotes {
        let statement: Option<i64> = match &q.form {
            Some(f) => Some(crate::statements::resolve(
                &mut crate::statements::PgTx(&mut *tx),
                f,
                &q.text,
            )?),
            None => None,
        };
        let sfold = q.speaker.as_deref().map(fold);
        let qdoc = fold(&format!(
            "{} {}",
            q.text,
            q.speaker.as_deref().unwrap_or("")
        ));
        let qid: i64 = tx
            .query_one(
                &ins,
                &[
                    &id,
                    &q.idx,
                    &q.start,
                    &q.end,
                    &q.text,
                    &q.kind,
                    &q.speaker,
                    &sfold,
                    &q.speaker_key,
                    &q.role,
                    &q.cue,
                    &qdoc,
                    &statement,
                ],
            )?
            .get(0);
        for k in &q.about {
            tx.execute(
                "INSERT INTO quote_about(quote, key) VALUES ($1, $2)",
                &[&qid, k],
            )?;
        }
        for t in &q.terms {
            tx.execute(
                "INSERT INTO quote_terms(term, quote, article) VALUES ($1, $2, $3)
                 ON CONFLICT DO NOTHING",
                &[t, &qid, &id],
            )?;
        }
    }
    let ents: Vec<(&str, &str, &str)> = x
        .entities
        .iter()
        .map(|e| (e.key.as_str(), e.name.as_str(), e.kind.as_str()))
        .collect();
    let (identities, relink) = crate::identities::decide_article(
        &mut crate::identities::PgDb(&mut *tx),
        id,
        x.published.as_deref(),
        &ents,
    )?;
    for (e, identity) in x.entities.iter().zip(identities) {
        let (form, full) = crate::identities::columns(&e.key, &e.name, &e.kind);
        tx.execute(
            "INSERT INTO entities(article, local_id, key, name, type, mentions, identity, form,
             full_name) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            &[
                &id,
                &e.local_id,
                &e.key,
                &e.name,
                &e.kind,
                &e.mentions,
                &identity,
                &form,
                &full,
            ],
        )?;
    }
    for p in &x.places {
        tx.execute(
            "INSERT INTO places(article, name, fold, country) VALUES ($1, $2, $3, $4)",
            &[&id, &p.name, &p.fold, &p.country],
        )?;
    }
    for t in &x.times {
        tx.execute(
            "INSERT INTO times(article, date) VALUES ($1, $2)",
            &[&id, t],
        )?;
    }
    crate::identities::relink(&mut crate::identities::PgDb(&mut *tx), &relink)?;
    for t in &x.terms {
        tx.execute(
            "INSERT INTO article_terms(term, article) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            &[t, &id],
        )?;
    }
    for s in old_statements {
        let left: i64 = tx
            .query_one("SELECT COUNT(*) FROM quotes WHERE statement = $1", &[&s])?
            .get(0);
        if left == 0 {
            crate::statements::Tx::drop_statement(&mut crate::statements::PgTx(&mut *tx), s)?;
        }
    }
    for i in old_identities {
        crate::identities::tidy(&mut crate::identities::PgDb(&mut *tx), i)?;
    }
    Ok(Put { id, outcome })
}

fn delete_one(client: &mut Client, id: i64) -> std::result::Result<bool, postgres::Error> {
    let mut tx = client.transaction()?;
    // the same lock as a put of this article's text, so a concurrent put waits
    let Some(row) = tx.query_opt("SELECT hash FROM articles WHERE id = $1", &[&id])? else {
        return Ok(false);
    };
    let hash: String = row.get(0);
    let key = depeche_article::fnv1a(format!("depeche:hash:{hash}").as_bytes()) as i64;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&key])?;
    let statements: Vec<i64> = tx
        .query(
            "SELECT DISTINCT statement FROM quotes WHERE article = $1 AND statement IS NOT NULL",
            &[&id],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let identities = crate::identities::of_article(&mut crate::identities::PgDb(&mut tx), id)?;
    crate::copies::Tx::leave(&mut crate::copies::PgTx(&mut tx), id)?;
    crate::parity::uncount_pg(&mut tx, id)?;
    for sql in [
        "DELETE FROM quote_terms WHERE article = $1",
        "DELETE FROM article_terms WHERE article = $1",
        "DELETE FROM articles WHERE id = $1",
    ] {
        tx.execute(sql, &[&id])?;
    }
    for s in statements {
        let left: i64 = tx
            .query_one("SELECT COUNT(*) FROM quotes WHERE statement = $1", &[&s])?
            .get(0);
        if left == 0 {
            crate::statements::Tx::drop_statement(&mut crate::statements::PgTx(&mut tx), s)?;
        }
    }
    for i in identities {
        crate::identities::tidy(&mut crate::identities::PgDb(&mut tx), i)?;
    }
    tx.commit()?;
    Ok(true)
}

impl Backend for PgStore {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    fn rows(&self, sql: &str, params: &[Param]) -> Result<Vec<Vec<Cell>>> {
        let boxed: Vec<Box<dyn ToSql + Sync>> = params
            .iter()
            .map(|p| -> Box<dyn ToSql + Sync> {
                match p {
                    Param::Int(i) => Box::new(*i),
                    Param::Text(s) => Box::new(s.clone()),
                }
            })
            .collect();
        let refs: Vec<&(dyn ToSql + Sync)> = boxed.iter().map(|b| b.as_ref()).collect();
        let rows = self
            .client
            .borrow_mut()
            .query(sql, &refs)
            .map_err(|e| self.err(e))?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let mut row = Vec::with_capacity(r.len());
            for (i, col) in r.columns().iter().enumerate() {
                let t = col.type_();
                let cell = if *t == Type::INT8 {
                    r.try_get::<_, Option<i64>>(i)
                        .map_err(|e| self.err(e))?
                        .map_or(Cell::Null, Cell::Int)
                } else if *t == Type::INT4 {
                    r.try_get::<_, Option<i32>>(i)
                        .map_err(|e| self.err(e))?
                        .map_or(Cell::Null, |v| Cell::Int(v.into()))
                } else if *t == Type::FLOAT4 {
                    r.try_get::<_, Option<f32>>(i)
                        .map_err(|e| self.err(e))?
                        .map_or(Cell::Null, |v| Cell::Int(v as i64))
                } else {
                    r.try_get::<_, Option<String>>(i)
                        .map_err(|e| self.err(e))?
                        .map_or(Cell::Null, Cell::Text)
                };
                row.push(cell);
            }
            out.push(row);
        }
        Ok(out)
    }
}

impl Store for PgStore {
    fn put(&mut self, record: &Value) -> Result<Put> {
        Ok(self.put_batch(std::slice::from_ref(record))?[0])
    }

    fn put_batch(&mut self, records: &[Value]) -> Result<Vec<Put>> {
        let extracted = records
            .iter()
            .map(Extracted::from_record)
            .collect::<Result<Vec<_>>>()?;
        let name = self.name.clone();
        let err = |e: postgres::Error| StoreError::Db {
            db: name.clone(),
            message: e.to_string(),
        };
        let mut client = self.client.borrow_mut();
        let mut attempt = 1;
        loop {
            match put_all(&mut client, &extracted) {
                Ok(out) => return Ok(out),
                Err(e)
                    if attempt < ATTEMPTS
                        && e.code().is_some_and(|c| {
                            *c == SqlState::T_R_DEADLOCK_DETECTED
                                || *c == SqlState::T_R_SERIALIZATION_FAILURE
                        }) =>
                {
                    attempt += 1;
                }
                Err(e) => return Err(err(e)),
            }
        }
    }

    fn article(&self, id: i64) -> Result<Option<StoredArticle>> {
        let row = self
            .client
            .borrow_mut()
            .query_opt(
                "SELECT url, hash, record FROM articles WHERE id = $1",
                &[&id],
            )
            .map_err(|e| self.err(e))?;
        row.map(|r| {
            let record: String = r.get(2);
            Ok(StoredArticle {
                id,
                url: r.get(0),
                hash: r.get(1),
                record: serde_json::from_str(&record).map_err(|e| StoreError::Db {
                    db: self.name.clone(),
                    message: format!("article {id}: stored record is not JSON: {e}"),
                })?,
            })
        })
        .transpose()
    }

    fn articles_after(&self, after: i64, limit: usize) -> Result<Vec<StoredArticle>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let rows = self
            .client
            .borrow_mut()
            .query(
                "SELECT id, url, hash, record FROM articles WHERE id > $1 ORDER BY id LIMIT $2",
                &[&after, &limit],
            )
            .map_err(|e| self.err(e))?;
        rows.iter()
            .map(|r| {
                let id: i64 = r.get(0);
                let record: String = r.get(3);
                Ok(StoredArticle {
                    id,
                    url: r.get(1),
                    hash: r.get(2),
                    record: serde_json::from_str(&record).map_err(|e| StoreError::Db {
                        db: self.name.clone(),
                        message: format!("article {id}: stored record is not JSON: {e}"),
                    })?,
                })
            })
            .collect()
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
        let mut client = self.client.borrow_mut();
        delete_one(&mut client, id).map_err(|e| StoreError::Db {
            db: self.name.clone(),
            message: e.to_string(),
        })
    }

    fn cluster(&self, article: i64) -> Result<Option<crate::copies::Cluster>> {
        query::cluster(self, article)
    }

    fn near_copies(&self, text: &str) -> Result<Vec<crate::copies::NearCopy>> {
        let Some(sketch) = crate::copies::Sketch::of(text) else {
            return Ok(Vec::new());
        };
        let mut client = self.client.borrow_mut();
        let mut tx = client.transaction().map_err(|e| self.err(e))?;
        let found = crate::copies::copies(&mut crate::copies::PgTx(&mut tx), &sketch, 0)
            .map_err(|e| self.err(e))?;
        tx.rollback().map_err(|e| self.err(e))?;
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
        &self.name
    }
}
