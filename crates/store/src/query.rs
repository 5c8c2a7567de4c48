//! Queries shared by the backends: the SQL differs only in placeholders and full-text
//! matching, so each backend answers [`Backend::rows`] and this module does the rest.

use crate::rows::{
    clamp_limit, date_bound, entity_key, fold, make_cursor, parse_cursor, query_terms, snippet,
};
use crate::{
    ArticleHit, EntityMention, EntityPage, Page, QuoteHit, QuoteQuery, Result, SearchQuery, Stats,
    StoreError, TimelinePoint, ENTITY_QUOTES,
};
use std::collections::BTreeMap;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

#[derive(Debug, Clone)]
pub enum Param {
    Int(i64),
    Text(String),
}

#[derive(Debug, Clone)]
pub enum Cell {
    Null,
    Int(i64),
    Text(String),
}

impl Cell {
    pub fn int(&self) -> i64 {
        match self {
            Cell::Int(i) => *i,
            _ => 0,
        }
    }
    pub fn text(&self) -> Option<String> {
        match self {
            Cell::Text(s) => Some(s.clone()),
            _ => None,
        }
    }
}

pub trait Backend {
    fn dialect(&self) -> Dialect;
    fn rows(&self, sql: &str, params: &[Param]) -> Result<Vec<Vec<Cell>>>;
}

/// SQL text with its parameters, numbered for the dialect.
struct Sql {
    d: Dialect,
    text: String,
    params: Vec<Param>,
}

impl Sql {
    fn new(d: Dialect, text: &str) -> Sql {
        Sql {
            d,
            text: text.to_string(),
            params: Vec::new(),
        }
    }
    fn p(&mut self, v: Param) -> String {
        self.params.push(v);
        match self.d {
            Dialect::Sqlite => format!("?{}", self.params.len()),
            Dialect::Postgres => format!("${}", self.params.len()),
        }
    }
    fn t(&mut self, s: &str) -> String {
        self.p(Param::Text(s.to_string()))
    }
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }
}

fn like_pattern(s: &str) -> String {
    let mut out = String::from("%");
    for c in fold(s.trim()).chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

fn nonempty(o: &Option<String>) -> Option<&str> {
    o.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn check_len(name: &str, o: &Option<String>) -> Result<()> {
    if o.as_ref().is_some_and(|s| s.len() > 1000) {
        return Err(StoreError::BadQuery(format!(
            "`{name}` is too long ({} bytes, at most 1000)",
            o.as_ref().map_or(0, String::len)
        )));
    }
    Ok(())
}

/// Full-text condition on `col_id` (a quotes or articles id) for the query terms.
fn fts_cond(sql: &mut Sql, table: &str, id_col: &str, terms: &[String]) -> String {
    match sql.d {
        Dialect::Sqlite => {
            let m = terms
                .iter()
                .map(|t| format!("\"{t}\""))
                .collect::<Vec<_>>()
                .join(" ");
            let p = sql.t(&m);
            format!("{id_col} IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH {p})")
        }
        Dialect::Postgres => {
            let p = sql.t(&terms.join(" "));
            let alias = id_col.split('.').next().unwrap_or("");
            format!("{alias}.fts @@ plainto_tsquery('simple', {p})")
        }
    }
}

fn place_cond(sql: &mut Sql, article_col: &str, place: &str) -> String {
    let f = sql.t(&fold(place.trim()));
    let c = sql.t(&place.trim().to_uppercase());
    format!("{article_col} IN (SELECT article FROM places WHERE fold = {f} OR country = {c})")
}

const QUOTE_COLS: &str = "SELECT q.id, q.article, q.idx, q.start_, q.end_, q.text, q.kind, \
    q.speaker, q.speaker_key, q.role, q.cue, a.published, a.title \
    FROM quotes q JOIN articles a ON a.id = q.article WHERE 1=1";

fn quote_hit(r: &[Cell]) -> QuoteHit {
    QuoteHit {
        id: r[0].int(),
        article: r[1].int(),
        index: r[2].int(),
        start: r[3].int(),
        end: r[4].int(),
        text: r[5].text().unwrap_or_default(),
        kind: r[6].text().unwrap_or_default(),
        speaker: r[7].text(),
        speaker_id: r[8].text(),
        role: r[9].text(),
        cue: r[10].text(),
        published: r[11].text(),
        title: r[12].text(),
    }
}

pub fn quotes(b: &dyn Backend, q: &QuoteQuery) -> Result<Page<QuoteHit>> {
    for (n, v) in [
        ("q", &q.q),
        ("speaker", &q.speaker),
        ("entity", &q.entity),
        ("place", &q.place),
    ] {
        check_len(n, v)?;
    }
    let limit = clamp_limit(q.limit);
    let cursor = parse_cursor(q.cursor.as_deref())?;
    let mut sql = Sql::new(b.dialect(), QUOTE_COLS);
    if let Some(text) = nonempty(&q.q) {
        let terms = query_terms(text);
        if !terms.is_empty() {
            let c = fts_cond(&mut sql, "quotes", "q.id", &terms);
            sql.push(&format!(" AND {c}"));
        }
    }
    if let Some(s) = nonempty(&q.speaker) {
        let p = sql.t(&like_pattern(s));
        sql.push(&format!(" AND q.speaker_fold LIKE {p} ESCAPE '\\'"));
    }
    if let Some(e) = nonempty(&q.entity) {
        let key = entity_key(e);
        let p1 = sql.t(&key);
        let p2 = sql.t(&key);
        sql.push(&format!(
            " AND (q.speaker_key = {p1} OR q.id IN (SELECT quote FROM quote_about WHERE key = {p2}))"
        ));
    }
    if let Some(pl) = nonempty(&q.place) {
        let c = place_cond(&mut sql, "q.article", pl);
        sql.push(&format!(" AND {c}"));
    }
    if let Some(f) = nonempty(&q.from) {
        let p = sql.t(&date_bound(f, false)?);
        sql.push(&format!(" AND a.published >= {p}"));
    }
    if let Some(t) = nonempty(&q.to) {
        let p = sql.t(&date_bound(t, true)?);
        sql.push(&format!(" AND a.published <= {p}"));
    }
    if let Some(c) = cursor {
        let p = sql.p(Param::Int(c));
        sql.push(&format!(" AND q.id < {p}"));
    }
    let l = sql.p(Param::Int(limit as i64 + 1));
    sql.push(&format!(" ORDER BY q.id DESC LIMIT {l}"));
    let rows = b.rows(&sql.text, &sql.params)?;
    let mut items: Vec<QuoteHit> = rows.iter().map(|r| quote_hit(r)).collect();
    let next_cursor = if items.len() > limit {
        items.truncate(limit);
        items.last().map(|h| make_cursor(h.id))
    } else {
        None
    };
    Ok(Page { items, next_cursor })
}

/// Search results past this offset are not served (narrow the query instead).
const MAX_OFFSET: i64 = 10_000;

pub fn search(b: &dyn Backend, q: &SearchQuery) -> Result<Page<ArticleHit>> {
    for (n, v) in [
        ("q", &q.q),
        ("speaker", &q.speaker),
        ("entity", &q.entity),
        ("place", &q.place),
        ("source", &q.source),
    ] {
        check_len(n, v)?;
    }
    let limit = clamp_limit(q.limit);
    let offset = parse_cursor(q.cursor.as_deref())?.unwrap_or(0);
    if offset > MAX_OFFSET {
        return Err(StoreError::BadQuery(format!(
            "cursor past {MAX_OFFSET} results: narrow the query"
        )));
    }
    let terms = nonempty(&q.q).map(query_terms).unwrap_or_default();
    let d = b.dialect();
    let mut sql = Sql::new(
        d,
        "SELECT a.id, a.title, a.source, a.published, a.text, \
         (SELECT COUNT(*) FROM quotes WHERE article = a.id) FROM articles a",
    );
    let mut order = " ORDER BY a.id DESC".to_string();
    if !terms.is_empty() {
        match d {
            Dialect::Sqlite => {
                let m = terms
                    .iter()
                    .map(|t| format!("\"{t}\""))
                    .collect::<Vec<_>>()
                    .join(" ");
                let p = sql.t(&m);
                sql.push(&format!(
                    " JOIN (SELECT rowid AS rid, bm25(articles_fts, 3.0, 1.0) AS score \
                     FROM articles_fts WHERE articles_fts MATCH {p}) f ON f.rid = a.id WHERE 1=1"
                ));
                order = " ORDER BY f.score, a.id".into();
            }
            Dialect::Postgres => {
                let p = sql.t(&terms.join(" "));
                sql.push(&format!(" WHERE a.fts @@ plainto_tsquery('simple', {p})"));
                order =
                    format!(" ORDER BY ts_rank(a.fts, plainto_tsquery('simple', {p})) DESC, a.id");
            }
        }
    } else {
        sql.push(" WHERE 1=1");
    }
    if let Some(s) = nonempty(&q.speaker) {
        let p = sql.t(&like_pattern(s));
        sql.push(&format!(
            " AND a.id IN (SELECT article FROM quotes WHERE speaker_fold LIKE {p} ESCAPE '\\')"
        ));
    }
    if let Some(e) = nonempty(&q.entity) {
        let p = sql.t(&entity_key(e));
        sql.push(&format!(
            " AND a.id IN (SELECT article FROM entities WHERE key = {p})"
        ));
    }
    if let Some(pl) = nonempty(&q.place) {
        let c = place_cond(&mut sql, "a.id", pl);
        sql.push(&format!(" AND {c}"));
    }
    if let Some(s) = nonempty(&q.source) {
        let p = sql.t(&format!("%{}%", s.replace(['%', '_', '\\'], "")));
        sql.push(&format!(" AND a.source LIKE {p}"));
    }
    if nonempty(&q.from).is_some() || nonempty(&q.to).is_some() {
        let from = nonempty(&q.from)
            .map(|f| date_bound(f, false))
            .transpose()?
            .unwrap_or_else(|| "0000-01-01".into());
        let to = nonempty(&q.to)
            .map(|t| date_bound(t, true))
            .transpose()?
            .unwrap_or_else(|| "9999-12-31".into());
        let (f1, t1, f2, t2) = (sql.t(&from), sql.t(&to), sql.t(&from), sql.t(&to));
        sql.push(&format!(
            " AND ((a.published >= {f1} AND a.published <= {t1}) OR a.id IN \
             (SELECT article FROM times WHERE date >= {f2} AND date <= {t2}))"
        ));
    }
    sql.push(&order);
    let l = sql.p(Param::Int(limit as i64 + 1));
    let o = sql.p(Param::Int(offset));
    sql.push(&format!(" LIMIT {l} OFFSET {o}"));
    let rows = b.rows(&sql.text, &sql.params)?;
    let mut items: Vec<ArticleHit> = rows
        .iter()
        .map(|r| ArticleHit {
            id: r[0].int(),
            title: r[1].text(),
            source: r[2].text(),
            published: r[3].text(),
            snippet: snippet(&r[4].text().unwrap_or_default(), &terms),
            quotes: r[5].int(),
        })
        .collect();
    let next_cursor = if items.len() > limit {
        items.truncate(limit);
        Some(make_cursor(offset + limit as i64))
    } else {
        None
    };
    Ok(Page { items, next_cursor })
}

pub fn entity(b: &dyn Backend, id: &str) -> Result<Option<EntityPage>> {
    if id.len() > 300 {
        return Err(StoreError::BadQuery("entity id too long".into()));
    }
    let key = entity_key(id);
    if key.is_empty() {
        return Err(StoreError::BadQuery(format!(
            "{:?} is not an entity id (letters, digits and dashes)",
            crate::rows::truncate(id, 40)
        )));
    }
    let d = b.dialect();
    let mut sql = Sql::new(
        d,
        "SELECT name, type, COUNT(*) AS n FROM entities WHERE key = ",
    );
    let p = sql.t(&key);
    sql.push(&format!(
        "{p} GROUP BY name, type ORDER BY n DESC, name LIMIT 1"
    ));
    let head = b.rows(&sql.text, &sql.params)?;
    let (name, kind) = match head.first() {
        Some(r) => (
            r[0].text().unwrap_or_default(),
            r[1].text().unwrap_or_default(),
        ),
        None => {
            let mut sql = Sql::new(d, "SELECT speaker FROM quotes WHERE speaker_key = ");
            let p = sql.t(&key);
            sql.push(&format!("{p} ORDER BY id LIMIT 1"));
            match b.rows(&sql.text, &sql.params)?.first() {
                Some(r) => (r[0].text().unwrap_or_default(), "speaker".to_string()),
                None => return Ok(None),
            }
        }
    };

    let mut sql = Sql::new(
        d,
        "SELECT e.article, a.title, a.published, e.local_id, e.mentions \
         FROM entities e JOIN articles a ON a.id = e.article WHERE e.key = ",
    );
    let p = sql.t(&key);
    sql.push(&format!("{p} ORDER BY a.published, e.article LIMIT 1000"));
    let mentions: Vec<EntityMention> = b
        .rows(&sql.text, &sql.params)?
        .iter()
        .map(|r| EntityMention {
            article: r[0].int(),
            title: r[1].text(),
            published: r[2].text(),
            local_id: r[3].text().unwrap_or_default(),
            count: r[4].int(),
        })
        .collect();

    let list = |cond: &str| -> Result<Vec<QuoteHit>> {
        let mut sql = Sql::new(d, QUOTE_COLS);
        let p = sql.t(&key);
        sql.push(&format!(" AND {}", cond.replace("{p}", &p)));
        let l = sql.p(Param::Int(ENTITY_QUOTES as i64));
        sql.push(&format!(" ORDER BY a.published, q.id LIMIT {l}"));
        Ok(b.rows(&sql.text, &sql.params)?
            .iter()
            .map(|r| quote_hit(r))
            .collect())
    };
    let by_cond = "q.speaker_key = {p}";
    let about_cond = "q.id IN (SELECT quote FROM quote_about WHERE key = {p})";
    let quotes_by = list(by_cond)?;
    let quotes_about = list(about_cond)?;

    // the timeline counts everything, not only the listed quotations
    let mut timeline: BTreeMap<String, TimelinePoint> = BTreeMap::new();
    let mut count = |cond: &str, slot: usize| -> Result<()> {
        let mut sql = Sql::new(
            d,
            "SELECT a.published, COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article \
             WHERE a.published IS NOT NULL AND ",
        );
        let p = sql.t(&key);
        sql.push(&cond.replace("{p}", &p));
        sql.push(" GROUP BY a.published");
        for r in b.rows(&sql.text, &sql.params)? {
            let date = r[0].text().unwrap_or_default();
            let pt = timeline.entry(date.clone()).or_insert(TimelinePoint {
                date,
                mentions: 0,
                quotes_by: 0,
                quotes_about: 0,
            });
            if slot == 1 {
                pt.quotes_by += r[1].int();
            } else {
                pt.quotes_about += r[1].int();
            }
        }
        Ok(())
    };
    count(by_cond, 1)?;
    count(about_cond, 2)?;
    for m in &mentions {
        if let Some(date) = &m.published {
            timeline
                .entry(date.clone())
                .or_insert(TimelinePoint {
                    date: date.clone(),
                    mentions: 0,
                    quotes_by: 0,
                    quotes_about: 0,
                })
                .mentions += m.count;
        }
    }
    Ok(Some(EntityPage {
        id: key,
        name,
        kind,
        mentions,
        quotes_by,
        quotes_about,
        timeline: timeline.into_values().collect(),
    }))
}

pub fn stats(b: &dyn Backend) -> Result<Stats> {
    let r = b.rows(
        "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM quotes), \
         (SELECT COUNT(DISTINCT key) FROM entities)",
        &[],
    )?;
    let r = r.first().ok_or_else(|| StoreError::Db {
        db: String::new(),
        message: "no row".into(),
    })?;
    Ok(Stats {
        articles: r[0].int(),
        quotes: r[1].int(),
        entities: r[2].int(),
    })
}
