//! record → rows: one `depeche/1` record becomes one `articles` row and one row per quotation,
//! entity, mention, time expression, place and event.

use crate::schema::{Cell, ARTICLES, ENTITIES, EVENTS, MENTIONS, PLACES, QUOTES, TABLES, TIMES};
use chrono::NaiveDate;
use depeche_article::{Article, QuoteKind, Span, TimexType, SCHEMA};
use serde::Deserialize;
use serde_json::Value;

/// The rows one record gives, per table (indexed like [`TABLES`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rows {
    pub tables: [Vec<Vec<Cell>>; TABLES.len()],
}

impl Rows {
    /// Rows of every table, in table order.
    pub fn len(&self) -> usize {
        self.tables.iter().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Why a record cannot be flattened: it is not a `depeche/1` record.
#[derive(Debug, thiserror::Error)]
#[error("record {id}: {message}")]
pub struct FlattenError {
    /// The record's `id`, or `(no id)`.
    pub id: String,
    pub message: String,
}

/// The rows of one `depeche/1` record.
pub fn flatten(record: &Value) -> Result<Rows, FlattenError> {
    let id = record
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or("(no id)")
        .to_string();
    let bad = |message: String| FlattenError {
        id: id.clone(),
        message,
    };
    match record.get("schema").and_then(Value::as_str) {
        Some(SCHEMA) => {}
        Some(other) => return Err(bad(format!("schema is {other:?}, not {SCHEMA:?}"))),
        None => return Err(bad(format!("no \"schema\": {SCHEMA:?} field"))),
    }
    // The typed model checks every field the tables need (types, required fields), so a
    // malformed record is refused with serde's message rather than exported half-empty.
    // The source's fields first: serde's message for them would not name the field.
    let meta_str = |k: &str| -> Result<Cell, FlattenError> {
        match record.get(k) {
            None | Some(Value::Null) => Ok(Cell::Null),
            Some(Value::String(s)) => Ok(Cell::Str(s.clone())),
            Some(other) => Err(bad(format!("{k:?} must be a string, not {other}"))),
        }
    };
    let (url, author, lang) = (meta_str("url")?, meta_str("author")?, meta_str("lang")?);
    let article = Article::deserialize(record).map_err(|e| bad(format!("not depeche/1: {e}")))?;
    let published = date(article.published);
    let aid = || Cell::Str(article.id.clone());
    let off = |n: usize| Cell::Int(n as i64);
    let slice = |s: &Option<Span>| -> Cell {
        match s {
            Some(s) => Cell::Str(
                article
                    .text
                    .chars()
                    .skip(s.start)
                    .take(s.end.saturating_sub(s.start))
                    .collect(),
            ),
            None => Cell::Null,
        }
    };
    let mut rows = Rows::default();

    rows.tables[ARTICLES].push(vec![
        aid(),
        published.clone(),
        article
            .published_source
            .map(|s| Cell::Str(enum_name(&s)))
            .unwrap_or(Cell::Null),
        article.source.clone().into(),
        url,
        slice(&article.title),
        author,
        lang,
        off(article.text.chars().count()),
        off(article.text.split_whitespace().count()),
        off(article.paragraphs.len()),
        off(article.sentences.len()),
        off(article.quotes.len()),
        off(article.entities.len()),
        off(article.times.len()),
        off(article.places.len()),
        match record.get("meta") {
            None | Some(Value::Null) => Cell::Null,
            Some(m) => Cell::Str(m.to_string()),
        },
        Cell::Str(article.text.clone()),
    ]);

    for (i, q) in article.quotes.iter().enumerate() {
        let sp = q.speaker.as_ref();
        rows.tables[QUOTES].push(vec![
            aid(),
            off(i),
            published.clone(),
            off(q.span.start),
            off(q.span.end),
            Cell::Str(q.text.clone()),
            Cell::Str(
                match q.kind {
                    QuoteKind::Direct => "direct",
                    QuoteKind::Indirect => "indirect",
                }
                .into(),
            ),
            Cell::Bool(q.partial),
            q.cue.as_ref().map(|c| c.text.clone()).into(),
            q.cue.as_ref().map(|c| c.lemma.clone()).into(),
            sp.map(|s| s.text.clone()).into(),
            sp.map_or(Cell::Null, |s| off(s.span.start)),
            sp.map_or(Cell::Null, |s| off(s.span.end)),
            sp.map(|s| s.name.clone()).into(),
            sp.map(|s| s.kind.clone()).into(),
            sp.and_then(|s| s.role.clone()).into(),
            sp.and_then(|s| s.entity.clone()).into(),
            sp.map_or(Cell::Null, |s| Cell::Bool(s.resolved)),
            q.speaker_gender.map(|g| g.as_str().to_string()).into(),
        ]);
    }

    for e in &article.entities {
        rows.tables[ENTITIES].push(vec![
            aid(),
            Cell::Str(e.id.clone()),
            published.clone(),
            Cell::Str(e.name.clone()),
            Cell::Str(enum_name(&e.kind)),
            off(e.mentions.len()),
            e.gender.map(|g| g.as_str().to_string()).into(),
            e.gender_evidence.map(|g| g.as_str().to_string()).into(),
        ]);
        for (i, m) in e.mentions.iter().enumerate() {
            rows.tables[MENTIONS].push(vec![
                aid(),
                Cell::Str(e.id.clone()),
                off(i),
                published.clone(),
                off(m.span.start),
                off(m.span.end),
                Cell::Str(m.text.clone()),
            ]);
        }
    }

    for (i, t) in article.times.iter().enumerate() {
        rows.tables[TIMES].push(vec![
            aid(),
            off(i),
            published.clone(),
            off(t.span.start),
            off(t.span.end),
            Cell::Str(t.text.clone()),
            Cell::Str(
                match t.kind {
                    TimexType::Date => "DATE",
                    TimexType::Time => "TIME",
                    TimexType::Duration => "DURATION",
                    TimexType::Set => "SET",
                }
                .into(),
            ),
            Cell::Str(t.value.clone()),
            date(calendar_date(&t.value)),
        ]);
    }

    for (i, p) in article.places.iter().enumerate() {
        rows.tables[PLACES].push(vec![
            aid(),
            off(i),
            published.clone(),
            off(p.span.start),
            off(p.span.end),
            Cell::Str(p.text.clone()),
            Cell::Str(p.name.clone()),
            Cell::Str(p.country.clone()),
            Cell::Str(p.feature.clone()),
            Cell::Float(p.lat),
            Cell::Float(p.lon),
            p.geonames_id
                .map_or(Cell::Null, |g| Cell::Int(g.min(i64::MAX as u64) as i64)),
            p.entity.clone().into(),
        ]);
    }
    for (i, e) in article.events.iter().enumerate() {
        let mut row = vec![
            aid(),
            off(i),
            published.clone(),
            off(e.span.start),
            off(e.span.end),
            Cell::Str(e.text.clone()),
            Cell::Str(e.root.clone()),
            Cell::Str(e.code.clone()),
            Cell::Str(enum_name(&e.status)),
        ];
        for a in [&e.actor1, &e.actor2] {
            let a = a.as_ref();
            row.extend([
                a.map(|a| a.name.clone()).into(),
                a.and_then(|a| a.entity.clone()).into(),
                a.and_then(|a| a.country.clone()).into(),
                a.and_then(|a| a.role.clone()).into(),
            ]);
        }
        row.extend([
            e.place.clone().into(),
            e.date.clone().into(),
            date(e.date.as_deref().and_then(calendar_date)),
            e.quote.map_or(Cell::Null, off),
        ]);
        rows.tables[EVENTS].push(row);
    }
    Ok(rows)
}

fn date(d: Option<NaiveDate>) -> Cell {
    d.map_or(Cell::Null, Cell::Date)
}

/// The name serde gives an enum value (`inferred`, `PER`), so that the tables spell values as
/// the JSON record does.
fn enum_name<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The calendar day a TIMEX3 value names, when it names exactly one: `2023-09-11`, or the
/// day of a clock time `2023-09-11T14:30`. Months, weeks, open values (`XXXX-09-11`) and
/// durations have none.
pub fn calendar_date(value: &str) -> Option<NaiveDate> {
    let day = match value.split_once('T') {
        Some((d, _)) => d,
        None => value,
    };
    if day.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}
