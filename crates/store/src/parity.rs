//! Parity of quoted voices: how many quotations are by women, by men, by persons of unknown
//! gender, per month, source, entity or place ([`parity`]), and each person's gender on the
//! entity page.
//!
//! Two tables of their own, filled by `put` from the record's `speaker_gender` and the
//! entities' `gender` (the gender stage, `depeche-gender`), hold what the figures need so that
//! a query reads one narrow table instead of joining quotations to articles:
//! - `quote_gender`: one row per quotation by a person — its day, source group, speaker's
//!   store-wide key and gender (`f`, `m`, `x`);
//! - `entity_gender`: one row per person entity per article with its gender and evidence.
//!
//! A store made before them gets both on open, drawn from the records it keeps.

use crate::query::{Backend, Cell, Dialect, Param};
use crate::rows::{date_bound, entity_key, Extracted};
use crate::{Result, StoreError};
use serde::Serialize;
use serde_json::Value;

/// The tables (the same SQL for SQLite and PostgreSQL); `CREATE ... IF NOT EXISTS`, so it
/// runs on every open.
pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS quote_gender(
  article BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx BIGINT NOT NULL,
  day TEXT,
  source TEXT NOT NULL,
  speaker_key TEXT,
  gender TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quote_gender_article ON quote_gender(article);
CREATE INDEX IF NOT EXISTS quote_gender_day ON quote_gender(day, source, gender, speaker_key);
CREATE INDEX IF NOT EXISTS quote_gender_source ON quote_gender(source, gender, speaker_key);
CREATE TABLE IF NOT EXISTS entity_gender(
  article BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  gender TEXT NOT NULL,
  evidence TEXT
);
CREATE INDEX IF NOT EXISTS entity_gender_key ON entity_gender(key);
CREATE INDEX IF NOT EXISTS entity_gender_article ON entity_gender(article);
";

/// Counts per (month, source group, gender, speaker key), kept by `put` and `delete` from the
/// `quote_gender` rows they add and remove, so that parity over the whole store reads a few
/// thousand rows instead of every quotation (`''` stands for an unknown day or speaker).
pub const COUNTS_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS parity_counts(
  month TEXT NOT NULL,
  source TEXT NOT NULL,
  gender TEXT NOT NULL,
  speaker_key TEXT NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (month, source, gender, speaker_key)
);
";

/// Add (`sign` `+`) or take away (`-`) an article's `quote_gender` rows from the counts; the
/// placeholder is the article id.
fn adjust_sql(sign: char, placeholder: &str) -> String {
    format!(
        "INSERT INTO parity_counts(month, source, gender, speaker_key, n) \
         SELECT COALESCE(substr(day, 1, 7), ''), source, gender, COALESCE(speaker_key, ''), \
         {sign}COUNT(*) FROM quote_gender WHERE article = {placeholder} GROUP BY 1, 2, 3, 4 \
         ON CONFLICT (month, source, gender, speaker_key) DO UPDATE SET n = parity_counts.n + excluded.n"
    )
}

/// Fill the counts from `quote_gender` when a store made before them is opened.
const FILL_COUNTS: &str = "INSERT INTO parity_counts(month, source, gender, speaker_key, n) \
     SELECT COALESCE(substr(day, 1, 7), ''), source, gender, COALESCE(speaker_key, ''), COUNT(*) \
     FROM quote_gender GROUP BY 1, 2, 3, 4";

/// The counts an article's quotations fell in that are now empty, with the store's
/// placeholder for the article: only those are read, where deleting every empty count read the
/// whole table.
macro_rules! drop_empty_of_article {
    ($placeholder:literal) => {
        concat!(
            "DELETE FROM parity_counts WHERE n <= 0 ",
            "AND (month, source, gender, speaker_key) IN (SELECT COALESCE(substr(day, 1, 7), ''), ",
            "source, gender, COALESCE(speaker_key, '') FROM quote_gender WHERE article = ",
            $placeholder,
            ")"
        )
    };
}

/// Take an article's quotations out of the counts (before its rows go) in SQLite. An article
/// with no quotation rows (a new one) costs one index probe: the counts are not read. (Doing
/// the adjustment and a scan of every count for each stored article made parity the largest
/// part of an ingest's time: docs/across.md, "Scale".)
pub fn uncount_sqlite(tx: &rusqlite::Connection, article: i64) -> rusqlite::Result<()> {
    use rusqlite::OptionalExtension;
    let any: Option<i64> = tx
        .prepare_cached("SELECT 1 FROM quote_gender WHERE article = ?1 LIMIT 1")?
        .query_row([article], |r| r.get(0))
        .optional()?;
    if any.is_none() {
        return Ok(());
    }
    tx.prepare_cached(&adjust_sql('-', "?1"))?
        .execute([article])?;
    tx.prepare_cached(drop_empty_of_article!("?1"))?
        .execute([article])?;
    Ok(())
}

/// Take an article's quotations out of the counts (before its rows go) in PostgreSQL.
#[cfg(feature = "postgres")]
pub fn uncount_pg(
    tx: &mut postgres::Transaction,
    article: i64,
) -> std::result::Result<(), postgres::Error> {
    // as in SQLite: a new article costs one probe, and only its own counts are checked
    if tx
        .query_opt(
            "SELECT 1 FROM quote_gender WHERE article = $1 LIMIT 1",
            &[&article],
        )?
        .is_none()
    {
        return Ok(());
    }
    tx.execute(&adjust_sql('-', "$1"), &[&article])?;
    tx.execute(drop_empty_of_article!("$1"), &[&article])?;
    Ok(())
}

/// The counts table in SQLite, filled from the quotation rows when it is new.
pub fn counts_sqlite(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    crate::migrate::sqlite_once(conn, crate::migrate::Mark::Table("parity_counts"), || {
        conn.execute_batch(&format!("{COUNTS_SCHEMA} {FILL_COUNTS};"))
    })
}

/// The counts table in PostgreSQL, filled from the quotation rows when it is new (one creator
/// at a time, under the schema lock).
#[cfg(feature = "postgres")]
pub fn counts_pg(
    client: &mut postgres::Client,
    lock: i64,
) -> std::result::Result<(), postgres::Error> {
    crate::migrate::pg_once(client, lock, "parity_counts", |tx| {
        tx.batch_execute(COUNTS_SCHEMA)?;
        tx.batch_execute(FILL_COUNTS)
    })
}

/// The rows of one record for the two tables.
#[derive(Debug, Default, Clone)]
pub struct Rows {
    /// (quotation index, speaker key, gender `f`/`m`/`x`), quotations by persons only.
    pub quotes: Vec<(i64, Option<String>, String)>,
    /// (entity key, gender, evidence), persons only.
    pub entities: Vec<(String, String, Option<String>)>,
    /// The article's publication day and source group, copied to every quotation row.
    pub day: Option<String>,
    pub source: String,
}

/// The group of a source: the host of a URL (`www.lemonde.fr`), the folder of a file path,
/// else the source itself; `-` when the record has none.
pub fn source_group(source: Option<&str>) -> String {
    let Some(s) = source.map(str::trim).filter(|s| !s.is_empty()) else {
        return "-".into();
    };
    if let Some((_, rest)) = s.split_once("://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        let host = host.rsplit('@').next().unwrap_or(host);
        return host.to_lowercase();
    }
    match s.rfind('/') {
        Some(i) if i > 0 => s[..i].to_string(),
        _ => s.to_string(),
    }
}

impl Rows {
    /// What the parity tables keep of a record. A speaker who is a person without a known
    /// gender counts as `x`; quotations by organisations, places or nobody are not kept.
    pub fn from_record(record: &Value, published: Option<&str>, source: Option<&str>) -> Rows {
        let str_of = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        let mut out = Rows {
            day: published.map(str::to_string),
            source: source_group(source),
            ..Rows::default()
        };
        let entities = record.get("entities").and_then(Value::as_array);
        let gender_of = |id: &str| -> Option<String> {
            entities?
                .iter()
                .find(|e| e.get("id").and_then(Value::as_str) == Some(id))
                .and_then(|e| str_of(e, "gender"))
        };
        for e in entities.into_iter().flatten() {
            if e.get("type").and_then(Value::as_str) != Some("PER") {
                continue;
            }
            let key = entity_key(&str_of(e, "name").unwrap_or_default());
            if key.is_empty() {
                continue;
            }
            let g = valid(str_of(e, "gender")).unwrap_or_else(|| "x".into());
            out.entities.push((key, g, str_of(e, "gender_evidence")));
        }
        let quotes = record.get("quotes").and_then(Value::as_array);
        for (idx, q) in quotes.into_iter().flatten().enumerate() {
            let Some(sp) = q.get("speaker").filter(|s| s.is_object()) else {
                continue;
            };
            let by_person_entity = sp
                .get("entity")
                .and_then(Value::as_str)
                .and_then(|id| {
                    entities?
                        .iter()
                        .find(|e| e.get("id").and_then(Value::as_str) == Some(id))
                })
                .is_some_and(|e| e.get("type").and_then(Value::as_str) == Some("PER"));
            let person = by_person_entity
                || sp.get("kind").and_then(Value::as_str) == Some("person")
                    && sp.get("entity").is_none();
            let g = valid(str_of(q, "speaker_gender")).or_else(|| {
                sp.get("entity")
                    .and_then(Value::as_str)
                    .and_then(gender_of)
                    .and_then(|g| valid(Some(g)))
            });
            if !person && g.is_none() {
                continue;
            }
            let key = str_of(sp, "name")
                .map(|n| entity_key(&n))
                .filter(|k| !k.is_empty());
            out.quotes
                .push((idx as i64, key, g.unwrap_or_else(|| "x".into())));
        }
        out
    }
}

fn valid(g: Option<String>) -> Option<String> {
    g.filter(|g| matches!(g.as_str(), "f" | "m" | "x"))
}

/// Put the rows of one article (replacing what it had) in SQLite.
pub fn put_sqlite(tx: &rusqlite::Connection, article: i64, x: &Extracted) -> rusqlite::Result<()> {
    use rusqlite::params;
    uncount_sqlite(tx, article)?;
    tx.prepare_cached("DELETE FROM quote_gender WHERE article = ?1")?
        .execute([article])?;
    tx.prepare_cached("DELETE FROM entity_gender WHERE article = ?1")?
        .execute([article])?;
    let r = &x.parity;
    let mut q = tx.prepare_cached(
        "INSERT INTO quote_gender(article, idx, day, source, speaker_key, gender)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (idx, key, g) in &r.quotes {
        q.execute(params![article, idx, r.day, r.source, key, g])?;
    }
    if !r.quotes.is_empty() {
        tx.prepare_cached(&adjust_sql('+', "?1"))?
            .execute([article])?;
    }
    let mut e = tx.prepare_cached(
        "INSERT INTO entity_gender(article, key, gender, evidence) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (key, g, ev) in &r.entities {
        e.execute(params![article, key, g, ev])?;
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
    uncount_pg(tx, article)?;
    tx.execute("DELETE FROM quote_gender WHERE article = $1", &[&article])?;
    tx.execute("DELETE FROM entity_gender WHERE article = $1", &[&article])?;
    let r = &x.parity;
    if !r.quotes.is_empty() {
        let q = tx.prepare(
            "INSERT INTO quote_gender(article, idx, day, source, speaker_key, gender)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )?;
        for (idx, key, g) in &r.quotes {
            tx.execute(&q, &[&article, idx, &r.day, &r.source, key, g])?;
        }
        tx.execute(&adjust_sql('+', "$1"), &[&article])?;
    }
    if !r.entities.is_empty() {
        let e = tx.prepare(
            "INSERT INTO entity_gender(article, key, gender, evidence) VALUES ($1, $2, $3, $4)",
        )?;
        for (key, g, ev) in &r.entities {
            tx.execute(&e, &[&article, key, g, ev])?;
        }
    }
    Ok(())
}

/// How figures are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParityBy {
    /// One group for everything in the date range.
    #[default]
    All,
    /// Publication month (`2012-06`); articles without a date are left out.
    Month,
    /// Source group: a URL's host, a file's folder.
    Source,
    /// Each entity mentioned in the article (what the quotations are about).
    Entity,
    /// Each place mentioned in the article.
    Place,
}

impl std::str::FromStr for ParityBy {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<ParityBy> {
        Ok(match s {
            "" | "all" => ParityBy::All,
            "month" => ParityBy::Month,
            "source" => ParityBy::Source,
            "entity" => ParityBy::Entity,
            "place" => ParityBy::Place,
            _ => {
                return Err(StoreError::BadQuery(format!(
                    "by must be all, month, source, entity or place, not {:?}",
                    s.chars().take(40).collect::<String>()
                )))
            }
        })
    }
}

/// A parity query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParityQuery {
    pub by: ParityBy,
    /// Publication date range, inclusive (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub from: Option<String>,
    pub to: Option<String>,
    /// At most this many groups for `entity`, `place` and `source` (most quotations first;
    /// 0: 50). Months are all returned, in order.
    pub limit: usize,
}

/// The figures of one group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ParityRow {
    pub group: String,
    /// Quotations by women, by men, by persons of unknown gender.
    pub women: i64,
    pub men: i64,
    pub unknown: i64,
    /// Share of women among the quotations whose speaker's gender is known (null when none).
    pub women_share: Option<f64>,
    /// Distinct women and men quoted.
    pub distinct_women: i64,
    pub distinct_men: i64,
}

/// Parity figures, per group.
pub fn parity(b: &dyn Backend, q: &ParityQuery) -> Result<Vec<ParityRow>> {
    let mut params = Vec::new();
    let mut ph = |v: String| {
        params.push(Param::Text(v));
        match b.dialect() {
            Dialect::Sqlite => format!("?{}", params.len()),
            Dialect::Postgres => format!("${}", params.len()),
        }
    };
    let mut cond = String::from("1 = 1");
    if let Some(f) = q.from.as_deref().filter(|s| !s.is_empty()) {
        cond += &format!(" AND qg.day >= {}", ph(date_bound(f, false)?));
    }
    if let Some(t) = q.to.as_deref().filter(|s| !s.is_empty()) {
        cond += &format!(" AND qg.day <= {}", ph(date_bound(t, true)?));
    }
    let (group, from) = match q.by {
        ParityBy::All => ("'all'".to_string(), "quote_gender qg".to_string()),
        ParityBy::Month => {
            cond += " AND qg.day IS NOT NULL";
            ("substr(qg.day, 1, 7)".into(), "quote_gender qg".into())
        }
        ParityBy::Source => ("qg.source".into(), "quote_gender qg".into()),
        ParityBy::Entity => (
            "g.name".into(),
            "quote_gender qg JOIN (SELECT article, key, MAX(name) AS name FROM entities \
             GROUP BY article, key) g ON g.article = qg.article"
                .into(),
        ),
        ParityBy::Place => (
            "g.name".into(),
            "quote_gender qg JOIN (SELECT DISTINCT article, name FROM places) g \
             ON g.article = qg.article"
                .into(),
        ),
    };
    // PostgreSQL refuses a constant in GROUP BY: the single group of `all` groups by gender only
    let group_by = if q.by == ParityBy::All {
        "qg.gender".to_string()
    } else {
        format!("{group}, qg.gender")
    };
    // over the whole store by month, source or all, the counts answer without reading every
    // quotation; a date range or a grouping by entity or place reads the quotation rows
    let whole =
        q.from.as_deref().is_none_or(str::is_empty) && q.to.as_deref().is_none_or(str::is_empty);
    let counted = match q.by {
        ParityBy::All if whole => Some(("'all'", "1 = 1", "pc.gender")),
        ParityBy::Month if whole => Some(("pc.month", "pc.month <> ''", "pc.month, pc.gender")),
        ParityBy::Source if whole => Some(("pc.source", "1 = 1", "pc.source, pc.gender")),
        _ => None,
    };
    let sql = match counted {
        Some((group, cond, group_by)) => format!(
            "SELECT {group}, pc.gender, CAST(SUM(pc.n) AS BIGINT), COUNT(DISTINCT NULLIF(pc.speaker_key, '')) \
             FROM parity_counts pc WHERE {cond} GROUP BY {group_by}"
        ),
        None => format!(
            "SELECT {group}, qg.gender, COUNT(*), COUNT(DISTINCT qg.speaker_key) FROM {from} \
             WHERE {cond} GROUP BY {group_by}"
        ),
    };
    let rows = b.rows(&sql, &params)?;
    let mut groups: std::collections::BTreeMap<String, ParityRow> = Default::default();
    for r in rows {
        let name = match &r[0] {
            Cell::Text(s) => s.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Null => "-".into(),
        };
        let e = groups.entry(name.clone()).or_insert_with(|| ParityRow {
            group: name,
            women: 0,
            men: 0,
            unknown: 0,
            women_share: None,
            distinct_women: 0,
            distinct_men: 0,
        });
        let (n, distinct) = (r[2].int(), r[3].int());
        match r[1].text().as_deref() {
            Some("f") => {
                e.women += n;
                e.distinct_women += distinct;
            }
            Some("m") => {
                e.men += n;
                e.distinct_men += distinct;
            }
            _ => e.unknown += n,
        }
    }
    let mut out: Vec<ParityRow> = groups
        .into_values()
        .map(|mut g| {
            let known = g.women + g.men;
            g.women_share = (known > 0).then(|| g.women as f64 / known as f64);
            g
        })
        .collect();
    if !matches!(q.by, ParityBy::Month | ParityBy::All) {
        // most quoted first; ties by name for a stable order
        out.sort_by(|a, b| {
            (b.women + b.men + b.unknown)
                .cmp(&(a.women + a.men + a.unknown))
                .then_with(|| a.group.cmp(&b.group))
        });
        out.truncate(if q.limit == 0 {
            50
        } else {
            q.limit.min(crate::MAX_LIMIT)
        });
    }
    Ok(out)
}

/// The gender the store gives a person: the one most of its articles give (`f` or `m` before
/// `x` on a tie), with the evidence seen most with it.
pub fn entity_gender(b: &dyn Backend, key: &str) -> Result<Option<(String, Option<String>)>> {
    let sql = match b.dialect() {
        Dialect::Sqlite => {
            "SELECT gender, evidence, COUNT(*) FROM entity_gender WHERE key = ?1 \
             GROUP BY gender, evidence"
        }
        Dialect::Postgres => {
            "SELECT gender, evidence, COUNT(*) FROM entity_gender WHERE key = $1 \
             GROUP BY gender, evidence"
        }
    };
    let rows = b.rows(sql, &[Param::Text(key.to_string())])?;
    // gender → (articles, [(articles, evidence)])
    type Seen = (i64, Vec<(i64, Option<String>)>);
    let mut by_gender: std::collections::BTreeMap<String, Seen> = Default::default();
    for r in rows {
        let Some(g) = r[0].text() else { continue };
        let e = by_gender.entry(g).or_default();
        e.0 += r[2].int();
        e.1.push((r[2].int(), r[1].text()));
    }
    let best = by_gender
        .into_iter()
        .max_by_key(|(g, (n, _))| (*n, g.as_str() != "x"));
    Ok(best.map(|(g, (_, mut ev))| {
        ev.sort_by_key(|e| std::cmp::Reverse(e.0));
        let evidence = if g == "x" {
            None
        } else {
            ev.into_iter().find_map(|(_, e)| e)
        };
        (g, evidence)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_groups() {
        for (src, g) in [
            (
                Some("https://www.lemonde.fr/politique/article/x.html"),
                "www.lemonde.fr",
            ),
            (Some("http://user@Example.org:8080?q=1"), "example.org:8080"),
            (Some("../data/wikinews/44372.txt"), "../data/wikinews"),
            (Some("depeche.txt"), "depeche.txt"),
            (Some("  "), "-"),
            (None, "-"),
        ] {
            assert_eq!(source_group(src), g, "{src:?}");
        }
    }

    #[test]
    fn rows_keep_quotations_by_persons() {
        let rec = serde_json::json!({
            "entities": [
                {"id": "e1", "name": "Marie Curie", "type": "PER", "gender": "f",
                 "gender_evidence": "first_name", "mentions": []},
                {"id": "e2", "name": "ONU", "type": "ORG", "mentions": []},
                {"id": "e3", "name": "Claude Roux", "type": "PER", "gender": "x", "mentions": []}
            ],
            "quotes": [
                {"speaker": {"name": "Marie Curie", "kind": "person", "entity": "e1"},
                 "speaker_gender": "f"},
                {"speaker": {"name": "ONU", "kind": "organization", "entity": "e2"}},
                {"speaker": {"name": "Claude Roux", "kind": "person", "entity": "e3"}},
                {"speaker": {"name": "un témoin", "kind": "person"}},
                {"speaker": null}
            ]
        });
        let r = Rows::from_record(&rec, Some("2012-06-01"), Some("https://a.fr/x"));
        assert_eq!(
            r.quotes,
            vec![
                (0, Some("marie-curie".into()), "f".into()),
                (2, Some("claude-roux".into()), "x".into()),
                (3, Some("un-temoin".into()), "x".into()),
            ]
        );
        assert_eq!(
            r.entities,
            vec![
                ("marie-curie".into(), "f".into(), Some("first_name".into())),
                ("claude-roux".into(), "x".into(), None),
            ]
        );
        assert_eq!(r.source, "a.fr");
    }

    #[test]
    fn bad_groupings_are_refused() {
        assert!("mois".parse::<ParityBy>().is_err());
        assert_eq!("month".parse::<ParityBy>().unwrap(), ParityBy::Month);
    }
}
