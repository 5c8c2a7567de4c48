//! Coded events (CAMEO, the record's `events`) across articles: who did what to whom, found
//! by actor, code, country and date ([`events`]), and listed on the page of each entity that is
//! one of their actors ([`entity_events`]).
//!
//! One table of its own, `events`, holds one row per event of a record, filled by `put` (and,
//! for a store made before it, on open from the records the store keeps). Each actor is kept
//! as its name, its folded name (for a part-of-name filter), its store-wide key ([`entity_key`]
//! of the name, the same key as the entity page's) and its ISO country and CAMEO role, so that
//! a query reads this one narrow table and the article's title and date only for the page.

use crate::query::{Backend, Cell, Dialect, Param};
use crate::rows::{
    clamp_limit, date_bound, entity_key, fold, make_cursor, parse_cursor, timex_date, Extracted,
};
use crate::{Page, Result, StoreError};
use serde::Serialize;
use serde_json::Value;

/// The table (the same SQL for SQLite and PostgreSQL); `CREATE ... IF NOT EXISTS`, so it runs
/// on every open. `day` is the calendar day of the event when its date names one, else the
/// article's publication day: the date filters read it.
pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS events(
  article BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx BIGINT NOT NULL,
  start_ BIGINT NOT NULL,
  end_ BIGINT NOT NULL,
  trigger_ TEXT NOT NULL,
  root TEXT NOT NULL,
  code TEXT NOT NULL,
  actor1 TEXT,
  actor1_fold TEXT,
  actor1_key TEXT,
  actor1_country TEXT,
  actor1_role TEXT,
  actor2 TEXT,
  actor2_fold TEXT,
  actor2_key TEXT,
  actor2_country TEXT,
  actor2_role TEXT,
  place TEXT,
  date TEXT,
  day TEXT,
  status TEXT NOT NULL,
  quote BIGINT
);
CREATE INDEX IF NOT EXISTS events_article ON events(article, idx);
CREATE INDEX IF NOT EXISTS events_actor1_key ON events(actor1_key, article);
CREATE INDEX IF NOT EXISTS events_actor2_key ON events(actor2_key, article);
CREATE INDEX IF NOT EXISTS events_code ON events(code, article);
";

/// The object whose presence says the table is there (the newest one of [`SCHEMA`]).
pub const READY: &str = "events_code";

/// One actor of a stored event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct EventActor {
    pub name: String,
    /// Store-wide entity id of the actor (see [`entity_key`]): its entity page.
    pub id: String,
    /// ISO 3166-1 alpha-2, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// CAMEO role (`GOV`, `MIL`, ...), when the text gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// One stored event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventHit {
    /// Store id of the article.
    pub article: i64,
    /// Index of the event in the record's `events`.
    pub index: i64,
    /// The trigger's span and text.
    pub start: i64,
    pub end: i64,
    pub trigger: String,
    /// Two-digit CAMEO root code and the most specific code (`04`, `042`).
    pub root: String,
    pub code: String,
    pub actor1: Option<EventActor>,
    pub actor2: Option<EventActor>,
    pub place: Option<String>,
    /// TIMEX3 value of the event's date, as in the record.
    pub date: Option<String>,
    /// `occurred`, `planned` or `reported`.
    pub status: String,
    /// Index in the record's `quotes` of the quotation stating the event.
    pub quote: Option<i64>,
    pub published: Option<String>,
    pub title: Option<String>,
}

/// Filters on events. Every filter is optional; they combine with AND.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventQuery {
    /// An actor (either side): an entity id (`vladimir-poutine`) or part of a name (`Poutine`).
    pub actor: Option<String>,
    /// A CAMEO code or its beginning: `04` is the root (every consultation), `042` a visit.
    pub code: Option<String>,
    /// An ISO 3166-1 alpha-2 country code of either actor (`RU`).
    pub country: Option<String>,
    /// Date range, inclusive (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): the event's day when its
    /// date names one, else the article's publication day.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Page size (clamped to 1..=[`crate::MAX_LIMIT`]; 0 means the default, 20).
    pub limit: usize,
    pub cursor: Option<String>,
}

/// How many events of one article the cursor can tell apart (see [`event_order`]).
const PER_ARTICLE: i64 = 100_000;

/// The order of events (newest stored article first, then as in the record, reversed) as one
/// number, the page cursor.
fn event_order(article: i64, idx: i64) -> i64 {
    article * PER_ARTICLE + idx.min(PER_ARTICLE - 1)
}

/// One event's row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    pub idx: i64,
    pub start: i64,
    pub end: i64,
    pub trigger: String,
    pub root: String,
    pub code: String,
    pub actor1: Option<EventActor>,
    pub actor2: Option<EventActor>,
    pub place: Option<String>,
    pub date: Option<String>,
    pub day: Option<String>,
    pub status: String,
    pub quote: Option<i64>,
}

/// The rows of one record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rows(pub Vec<Row>);

fn str_of(v: &Value, k: &str) -> Option<String> {
    v.get(k)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn actor(v: Option<&Value>) -> Option<EventActor> {
    let v = v.filter(|v| v.is_object())?;
    let name = str_of(v, "name")?;
    let id = entity_key(&name);
    Some(EventActor {
        name,
        id,
        country: str_of(v, "country").map(|c| c.to_uppercase()),
        role: str_of(v, "role").map(|r| r.to_uppercase()),
    })
}

impl Rows {
    /// What the table keeps of a record: every event with a code (an event without a root or
    /// code is not one the store can find, so it is left out).
    pub fn from_record(record: &Value, published: Option<&str>) -> Rows {
        let events = record.get("events").and_then(Value::as_array);
        let mut out = Vec::new();
        for (idx, e) in events.into_iter().flatten().enumerate() {
            let (Some(root), Some(code)) = (str_of(e, "root"), str_of(e, "code")) else {
                continue;
            };
            let int = |k: &str| e.get(k).and_then(Value::as_i64);
            let date = str_of(e, "date");
            out.push(Row {
                idx: idx as i64,
                start: int("start").unwrap_or(0),
                end: int("end").unwrap_or(0),
                trigger: str_of(e, "text").unwrap_or_default(),
                root,
                code,
                actor1: actor(e.get("actor1")),
                actor2: actor(e.get("actor2")),
                place: str_of(e, "place"),
                day: date
                    .as_deref()
                    .and_then(timex_date)
                    .or_else(|| published.map(str::to_string)),
                date,
                status: str_of(e, "status").unwrap_or_else(|| "occurred".into()),
                quote: int("quote"),
            });
        }
        Rows(out)
    }
}

/// The column values of one actor: name, folded name, key, country, role.
type ActorCols = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn actor_cols(a: &Option<EventActor>) -> ActorCols {
    match a {
        Some(a) => (
            Some(a.name.clone()),
            Some(fold(&a.name)),
            Some(a.id.clone()).filter(|k| !k.is_empty()),
            a.country.clone(),
            a.role.clone(),
        ),
        None => (None, None, None, None, None),
    }
}

const INSERT_SQLITE: &str = "INSERT INTO events(article, idx, start_, end_, trigger_, root, code,
  actor1, actor1_fold, actor1_key, actor1_country, actor1_role,
  actor2, actor2_fold, actor2_key, actor2_country, actor2_role, place, date, day, status, quote)
  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
  ?20, ?21, ?22)";

/// Put the rows of one article (replacing what it had) in SQLite.
pub fn put_sqlite(tx: &rusqlite::Connection, article: i64, x: &Extracted) -> rusqlite::Result<()> {
    use rusqlite::params;
    tx.prepare_cached("DELETE FROM events WHERE article = ?1")?
        .execute([article])?;
    let mut ins = tx.prepare_cached(INSERT_SQLITE)?;
    for r in &x.events.0 {
        let (a1, a1f, a1k, a1c, a1r) = actor_cols(&r.actor1);
        let (a2, a2f, a2k, a2c, a2r) = actor_cols(&r.actor2);
        ins.execute(params![
            article, r.idx, r.start, r.end, r.trigger, r.root, r.code, a1, a1f, a1k, a1c, a1r, a2,
            a2f, a2k, a2c, a2r, r.place, r.date, r.day, r.status, r.quote
        ])?;
    }
    Ok(())
}

/// Put the rows of one article (replacing what it had) in PostgreSQL.
#[cfg(feature = "postgres")]
pub fn put_pg(
    tx: &mut postgres::Transaction,
    article: i64,
    x: &Extracted,
) -> std::result::Result<(), postgres::Error> {
    tx.execute("DELETE FROM events WHERE article = $1", &[&article])?;
    if x.events.0.is_empty() {
        return Ok(());
    }
    let ins = tx.prepare(
        "INSERT INTO events(article, idx, start_, end_, trigger_, root, code,
         actor1, actor1_fold, actor1_key, actor1_country, actor1_role,
         actor2, actor2_fold, actor2_key, actor2_country, actor2_role, place, date, day, status,
         quote)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
         $19, $20, $21, $22)",
    )?;
    for r in &x.events.0 {
        let (a1, a1f, a1k, a1c, a1r) = actor_cols(&r.actor1);
        let (a2, a2f, a2k, a2c, a2r) = actor_cols(&r.actor2);
        tx.execute(
            &ins,
            &[
                &article, &r.idx, &r.start, &r.end, &r.trigger, &r.root, &r.code, &a1, &a1f, &a1k,
                &a1c, &a1r, &a2, &a2f, &a2k, &a2c, &a2r, &r.place, &r.date, &r.day, &r.status,
                &r.quote,
            ],
        )?;
    }
    Ok(())
}

/// The records of a store, page by page, as rows (for filling a table the store predates).
fn stored_records(
    mut page: impl FnMut(i64) -> std::result::Result<Vec<(i64, String)>, String>,
    mut each: impl FnMut(i64, &Extracted) -> std::result::Result<(), String>,
) -> std::result::Result<(), String> {
    let mut after = 0i64;
    loop {
        let rows = page(after)?;
        let Some(last) = rows.last().map(|p| p.0) else {
            return Ok(());
        };
        for (id, record) in rows {
            // a record the store could not read now was not readable when put either
            let Ok(v) = serde_json::from_str::<Value>(&record) else {
                continue;
            };
            let Ok(x) = Extracted::from_record(&v) else {
                continue;
            };
            each(id, &x)?;
        }
        after = last;
    }
}

/// Make the table in SQLite and, when the store predates it, fill it from the stored records
/// (in one transaction).
pub fn tables_sqlite(conn: &rusqlite::Connection) -> std::result::Result<(), String> {
    let had: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE name = ?1",
            [READY],
            |r| r.get(0),
        )
        .map_err(|e| e.to_string())?;
    if had > 0 {
        return Ok(());
    }
    conn.execute_batch("BEGIN IMMEDIATE")
        .map_err(|e| e.to_string())?;
    let fill = || -> std::result::Result<(), String> {
        conn.execute_batch(SCHEMA).map_err(|e| e.to_string())?;
        stored_records(
            |after| {
                conn.prepare("SELECT id, record FROM articles WHERE id > ?1 ORDER BY id LIMIT 500")
                    .and_then(|mut s| {
                        s.query_map([after], |r| Ok((r.get(0)?, r.get(1)?)))?
                            .collect::<rusqlite::Result<Vec<_>>>()
                    })
                    .map_err(|e| e.to_string())
            },
            |id, x| put_sqlite(conn, id, x).map_err(|e| e.to_string()),
        )
    };
    match fill() {
        Ok(()) => conn.execute_batch("COMMIT").map_err(|e| e.to_string()),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

/// Make the table in PostgreSQL and, when the database predates it, fill it from the stored
/// records; under the schema lock `lock`, so that one worker does it.
#[cfg(feature = "postgres")]
pub fn tables_pg(client: &mut postgres::Client, lock: i64) -> std::result::Result<(), String> {
    let ready_sql = format!("SELECT to_regclass('{READY}') IS NOT NULL");
    let ready: bool = client
        .query_one(&ready_sql, &[])
        .map_err(|e| e.to_string())?
        .get(0);
    if ready {
        return Ok(());
    }
    let mut tx = client.transaction().map_err(|e| e.to_string())?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&lock])
        .map_err(|e| e.to_string())?;
    let made: bool = tx
        .query_one(&ready_sql, &[])
        .map_err(|e| e.to_string())?
        .get(0);
    if !made {
        tx.batch_execute(SCHEMA).map_err(|e| e.to_string())?;
        let tx = std::cell::RefCell::new(tx);
        stored_records(
            |after| {
                tx.borrow_mut()
                    .query(
                        "SELECT id, record FROM articles WHERE id > $1 ORDER BY id LIMIT 500",
                        &[&after],
                    )
                    .map(|rows| rows.iter().map(|r| (r.get(0), r.get(1))).collect())
                    .map_err(|e| e.to_string())
            },
            |id, x| put_pg(&mut tx.borrow_mut(), id, x).map_err(|e| e.to_string()),
        )?;
        return tx.into_inner().commit().map_err(|e| e.to_string());
    }
    tx.commit().map_err(|e| e.to_string())
}

const SELECT: &str = "SELECT e.article, e.idx, e.start_, e.end_, e.trigger_, e.root, e.code, \
    e.actor1, e.actor1_key, e.actor1_country, e.actor1_role, \
    e.actor2, e.actor2_key, e.actor2_country, e.actor2_role, \
    e.place, e.date, e.status, e.quote, a.published, a.title \
    FROM events e JOIN articles a ON a.id = e.article";

fn hit(r: &[Cell]) -> EventHit {
    let actor = |i: usize| {
        r[i].text().map(|name| EventActor {
            name,
            id: r[i + 1].text().unwrap_or_default(),
            country: r[i + 2].text(),
            role: r[i + 3].text(),
        })
    };
    EventHit {
        article: r[0].int(),
        index: r[1].int(),
        start: r[2].int(),
        end: r[3].int(),
        trigger: r[4].text().unwrap_or_default(),
        root: r[5].text().unwrap_or_default(),
        code: r[6].text().unwrap_or_default(),
        actor1: actor(7),
        actor2: actor(11),
        place: r[15].text(),
        date: r[16].text(),
        status: r[17].text().unwrap_or_default(),
        quote: match r[18] {
            Cell::Int(i) => Some(i),
            _ => None,
        },
        published: r[19].text(),
        title: r[20].text(),
    }
}

/// A filter value: trimmed, non-empty, at most 1000 characters.
fn filter<'a>(name: &str, v: &'a Option<String>) -> Result<Option<&'a str>> {
    let Some(v) = v.as_deref().map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let n = v.chars().count();
    if n > 1000 {
        return Err(StoreError::BadQuery(format!(
            "`{name}` is too long ({n} characters, at most 1000)"
        )));
    }
    Ok(Some(v))
}

fn like_pattern(s: &str) -> String {
    let mut out = String::from("%");
    for c in fold(s).chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// Events matching the filters, newest stored article first (in each article, last first).
pub fn events(b: &dyn Backend, q: &EventQuery) -> Result<Page<EventHit>> {
    let limit = clamp_limit(q.limit);
    let cursor = parse_cursor(q.cursor.as_deref())?;
    let d = b.dialect();
    let mut params: Vec<Param> = Vec::new();
    let mut p = |v: Param| {
        params.push(v);
        match d {
            Dialect::Sqlite => format!("?{}", params.len()),
            Dialect::Postgres => format!("${}", params.len()),
        }
    };
    let mut conds = String::new();
    if let Some(a) = filter("actor", &q.actor)? {
        let key = entity_key(a);
        let (k1, k2) = (p(Param::Text(key.clone())), p(Param::Text(key)));
        let (l1, l2) = (
            p(Param::Text(like_pattern(a))),
            p(Param::Text(like_pattern(a))),
        );
        conds += &format!(
            " AND (e.actor1_key = {k1} OR e.actor2_key = {k2} \
             OR e.actor1_fold LIKE {l1} ESCAPE '\\' OR e.actor2_fold LIKE {l2} ESCAPE '\\')"
        );
    }
    // codes and countries are read as given (not trimmed), as the API document's patterns
    // say: a client that validates against it sends nothing the store would refuse
    let exact = |v: &Option<String>| v.as_deref().filter(|s| !s.is_empty()).map(str::to_string);
    if let Some(c) = exact(&q.code) {
        let c = c.as_str();
        if !(2..=4).contains(&c.len()) || !c.bytes().all(|b| b.is_ascii_digit()) {
            return Err(StoreError::BadQuery(format!(
                "code must be a CAMEO code of 2 to 4 digits (`04`, `042`), not {:?}",
                c.chars().take(40).collect::<String>()
            )));
        }
        // codes are digits only, so the prefix has nothing LIKE would read as a wildcard
        let pat = p(Param::Text(format!("{c}%")));
        conds += &format!(" AND e.code LIKE {pat}");
    }
    if let Some(c) = exact(&q.country) {
        let c = c.as_str();
        if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(StoreError::BadQuery(format!(
                "country must be an ISO 3166-1 alpha-2 code (`RU`), not {:?}",
                c.chars().take(40).collect::<String>()
            )));
        }
        let up = c.to_ascii_uppercase();
        let (c1, c2) = (p(Param::Text(up.clone())), p(Param::Text(up)));
        conds += &format!(" AND (e.actor1_country = {c1} OR e.actor2_country = {c2})");
    }
    if let Some(f) = filter("from", &q.from)? {
        let v = p(Param::Text(date_bound(f, false)?));
        conds += &format!(" AND e.day >= {v}");
    }
    if let Some(t) = filter("to", &q.to)? {
        let v = p(Param::Text(date_bound(t, true)?));
        conds += &format!(" AND e.day <= {v}");
    }
    if let Some(c) = cursor {
        let (a, i) = (c / PER_ARTICLE, c % PER_ARTICLE);
        let (a1, a2, i1) = (p(Param::Int(a)), p(Param::Int(a)), p(Param::Int(i)));
        conds += &format!(" AND (e.article < {a1} OR (e.article = {a2} AND e.idx < {i1}))");
    }
    let l = p(Param::Int(limit as i64 + 1));
    let sql = format!("{SELECT} WHERE 1=1{conds} ORDER BY e.article DESC, e.idx DESC LIMIT {l}");
    let mut items: Vec<EventHit> = b.rows(&sql, &params)?.iter().map(|r| hit(r)).collect();
    let next_cursor = if items.len() > limit {
        items.truncate(limit);
        items
            .last()
            .map(|h| make_cursor(event_order(h.article, h.index)))
    } else {
        None
    };
    Ok(Page { items, next_cursor })
}

/// How many events an entity page lists.
pub const ENTITY_EVENTS: usize = 200;

/// The events where the entity with store-wide id `key` is actor1 or actor2, in publication
/// order (at most [`ENTITY_EVENTS`]).
pub fn entity_events(b: &dyn Backend, key: &str) -> Result<Vec<EventHit>> {
    let sql = match b.dialect() {
        Dialect::Sqlite => format!(
            "{SELECT} WHERE e.actor1_key = ?1 OR e.actor2_key = ?1 \
             ORDER BY a.published, e.article, e.idx LIMIT {ENTITY_EVENTS}"
        ),
        Dialect::Postgres => format!(
            "{SELECT} WHERE e.actor1_key = $1 OR e.actor2_key = $1 \
             ORDER BY a.published, e.article, e.idx LIMIT {ENTITY_EVENTS}"
        ),
    };
    Ok(b.rows(&sql, &[Param::Text(key.to_string())])?
        .iter()
        .map(|r| hit(r))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rows_keep_coded_events_with_their_actors() {
        let rec = json!({"events": [
            {"start": 3, "end": 9, "text": "visite", "root": "04", "code": "042",
             "actor1": {"name": "Kim Jong-un", "entity": "e1", "country": "KP", "role": "GOV"},
             "actor2": {"name": "Russie", "country": "ru"},
             "place": "Russie", "date": "2023-09-13", "status": "planned", "quote": 2},
            {"start": 20, "end": 27, "text": "accuse", "root": "11", "code": "112",
             "actor1": {"name": "Washington"}, "actor2": null, "date": "FUTURE_REF"},
            {"start": 30, "end": 31, "text": "x", "root": "", "code": "19"}
        ]});
        let Rows(rows) = Rows::from_record(&rec, Some("2023-09-11"));
        assert_eq!(rows.len(), 2, "an event without a root is not kept");
        let a2 = rows[0].actor2.as_ref().unwrap();
        assert_eq!(
            (a2.id.as_str(), a2.country.as_deref()),
            ("russie", Some("RU"))
        );
        assert_eq!(rows[0].day.as_deref(), Some("2023-09-13"));
        assert_eq!(rows[0].quote, Some(2));
        // a date that names no day: the publication day
        assert_eq!(rows[1].day.as_deref(), Some("2023-09-11"));
        assert_eq!(rows[1].actor2, None);
        assert_eq!(rows[1].status, "occurred");
    }

    #[test]
    fn cursor_order_is_article_then_index() {
        assert!(event_order(2, 0) > event_order(1, 99_999));
        assert!(event_order(2, 3) > event_order(2, 2));
    }
}
