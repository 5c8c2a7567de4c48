//! Queries shared by the backends: the SQL differs only in placeholders and full-text
//! matching, so each backend answers [`Backend::rows`] and this module does the rest.

use crate::rows::{
    clamp_limit, date_bound, entity_key, entity_term, fold, make_cursor, parse_cursor, place_term,
    query_terms, snippet,
};
use crate::{
    ArticleHit, ArticleKey, EntityMention, EntityPage, Page, QuoteHit, QuoteQuery, Result,
    SearchQuery, Stats, StoreError, TimelinePoint, ENTITY_QUOTES,
};
use std::collections::BTreeMap;

/// What differs between the backends' SQL: placeholders, full-text matching, and how a
/// posting term is written into the full-text index.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// A posting term (`e:jake-sullivan`, `p:kr`) as one token of the article index's
    /// `terms` column: `t` and the hex digits of its UTF-8 bytes, letters and digits only, so
    /// the tokenizer keeps it whole and no query word can be confused with it unless it is
    /// one. SQLite's FTS5 index holds these tokens; PostgreSQL filters by `article_terms`
    /// instead, and the same spelling serves it should it ever index them.
    pub fn term_token(self, term: &str) -> String {
        let mut out = String::with_capacity(1 + 2 * term.len());
        out.push('t');
        for b in term.bytes() {
            out.push_str(&format!("{b:02x}"));
        }
        out
    }
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
    let chars = o.as_ref().map_or(0, |s| s.chars().count());
    if chars > 1000 {
        return Err(StoreError::BadQuery(format!(
            "`{name}` is too long ({chars} characters, at most 1000)"
        )));
    }
    Ok(())
}

/// An FTS5 query that every term must match, each quoted (terms are letters and digits
/// only, so nothing in them is FTS syntax).
fn fts_match(terms: &[String]) -> String {
    terms
        .iter()
        .map(|t| format!("\"{t}\""))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Full-text condition on `col_id` (a quotes or articles id) for the query terms.
fn fts_cond(sql: &mut Sql, table: &str, id_col: &str, terms: &[String]) -> String {
    match sql.d {
        Dialect::Sqlite => {
            let p = sql.t(&fts_match(terms));
            format!("{id_col} IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH {p})")
        }
        Dialect::Postgres => {
            let p = sql.t(&terms.join(" "));
            let alias = id_col.split('.').next().unwrap_or("");
            format!("{alias}.fts @@ plainto_tsquery('simple', {p})")
        }
    }
}

const QUOTE_SELECT: &str = "SELECT q.id, q.article, q.idx, q.start_, q.end_, q.text, q.kind, \
    q.speaker, q.speaker_key, q.role, q.cue, a.published, a.title, q.statement, \
    (SELECT COUNT(*) FROM quotes o WHERE o.statement = q.statement)";

const QUOTE_COLS: &str = "SELECT q.id, q.article, q.idx, q.start_, q.end_, q.text, q.kind, \
    q.speaker, q.speaker_key, q.role, q.cue, a.published, a.title, q.statement, \
    (SELECT COUNT(*) FROM quotes o WHERE o.statement = q.statement) \
    FROM quotes q JOIN articles a ON a.id = q.article WHERE 1=1";

/// A quotation is listed for its statement when no later quotation of that statement is
/// stored: one row per statement, at its newest occurrence (a quotation without a
/// statement stands for itself).
const NEWEST_OF_STATEMENT: &str = " AND (q.statement IS NULL OR NOT EXISTS \
    (SELECT 1 FROM quotes n WHERE n.statement = q.statement AND n.id > q.id))";

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
        statement: match r.get(13) {
            Some(Cell::Int(i)) => Some(*i),
            _ => None,
        },
        occurrences: match (r.get(13), r.get(14)) {
            (Some(Cell::Int(_)), Some(Cell::Int(n))) => Some(*n),
            _ => None,
        },
    }
}

/// Quotations, newest first. The query reads one ordered list and stops at the page: the
/// posting list of the entity (`quote_terms`), else that of the place, else the full-text
/// index walked by descending id, else the quotations themselves; every other filter is
/// checked row by row. So a common filter costs a page, not every match, and a rare one
/// reads only its short list. (The one case left slow is a rare `speaker` substring alone,
/// which has no index and scans the quotations.)
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
    let d = b.dialect();
    let terms = nonempty(&q.q).map(query_terms).unwrap_or_default();
    let entity = nonempty(&q.entity).map(|e| entity_term(&entity_key(e)));
    let place = nonempty(&q.place).map(place_term);
    let mut sql = Sql::new(d, "");
    // the driver: the ordered list the query walks, and its quotation id column
    let (from, id_col) = if let Some(t) = entity.as_ref().or(place.as_ref()) {
        let p = sql.t(t);
        (
            format!(
                "FROM quote_terms k JOIN quotes q ON q.id = k.quote \
                 JOIN articles a ON a.id = q.article WHERE k.term = {p}"
            ),
            "k.quote",
        )
    } else if !terms.is_empty() && d == Dialect::Sqlite {
        let p = sql.t(&fts_match(&terms));
        (
            format!(
                "FROM quotes_fts f JOIN quotes q ON q.id = f.rowid \
                 JOIN articles a ON a.id = q.article WHERE quotes_fts MATCH {p}"
            ),
            "f.rowid",
        )
    } else {
        (
            "FROM quotes q JOIN articles a ON a.id = q.article WHERE 1=1".to_string(),
            "q.id",
        )
    };
    let mut conds = String::new();
    // full text as a check when it does not drive (PostgreSQL: the planner picks)
    if !terms.is_empty() && id_col != "f.rowid" {
        let c = fts_cond(&mut sql, "quotes", "q.id", &terms);
        conds.push_str(&format!(" AND {c}"));
    }
    if let (Some(_), Some(pl)) = (&entity, &place) {
        let p = sql.t(pl);
        conds.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM quote_terms t WHERE t.term = {p} AND t.quote = q.id)"
        ));
    }
    if let Some(s) = nonempty(&q.speaker) {
        let p = sql.t(&like_pattern(s));
        conds.push_str(&format!(" AND q.speaker_fold LIKE {p} ESCAPE '\\'"));
    }
    if let Some(f) = nonempty(&q.from) {
        let p = sql.t(&date_bound(f, false)?);
        conds.push_str(&format!(" AND a.published >= {p}"));
    }
    if let Some(t) = nonempty(&q.to) {
        let p = sql.t(&date_bound(t, true)?);
        conds.push_str(&format!(" AND a.published <= {p}"));
    }
    if let Some(c) = cursor {
        let p = sql.p(Param::Int(c));
        conds.push_str(&format!(" AND {id_col} < {p}"));
    }
    if !q.all_copies {
        conds.push_str(NEWEST_OF_STATEMENT);
    }
    let l = sql.p(Param::Int(limit as i64 + 1));
    sql.push(&format!(
        "{QUOTE_SELECT} {from}{conds} ORDER BY {id_col} DESC LIMIT {l}"
    ));
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

/// A word search ranks (BM25 / `ts_rank`) the newest [`RANK_WINDOW`] articles that match
/// every word and filter. Ranking every match of a word found in most articles would cost
/// a score per match (a quarter of a second at 100,000 articles); the window keeps a search
/// to milliseconds, and a rarer query (fewer matches than the window) is ranked whole. On
/// SQLite the score is `depeche_bm25` (`rank.rs`: `bm25()` without its walk over every
/// match of each word), and entity and place filters are part of the FTS5 query: neither
/// the score nor those filters cost in proportion to a word's matches. (Speaker, date and
/// source filters with words are still checked match by match, newest first.)
pub const RANK_WINDOW: i64 = 1000;

/// Articles, best match first (newest first without words). Filters by quotation speaker
/// and dates are checked row by row as the articles are read newest first, so a common
/// filter costs a page; entity and place filters read their index lists (with words on
/// SQLite: their tokens in the article index).
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
    let terms = nonempty(&q.q).map(query_terms).unwrap_or_default();
    let max_offset = if terms.is_empty() {
        MAX_OFFSET
    } else {
        RANK_WINDOW
    };
    // a cursor is only ever one of our `next_cursor`s, which stop at the window: past it
    // there is nothing to return (narrow the query to see further)
    if offset > max_offset {
        return Ok(Page {
            items: Vec::new(),
            next_cursor: None,
        });
    }
    let d = b.dialect();
    let mut sql = Sql::new(d, "");
    let entity = nonempty(&q.entity).map(|e| entity_term(&entity_key(e)));
    let place = nonempty(&q.place).map(place_term);
    // without words, the articles are read newest first from the entity's or the place's
    // posting list when there is one; the other filters are checked on each row
    let driver = if terms.is_empty() {
        entity.as_ref().or(place.as_ref()).cloned()
    } else {
        None
    };
    // SQLite: with words, the entity and place filters are tokens of the article index's
    // `terms` column, so FTS5 intersects the lists itself (skipping through the longer one)
    // instead of the search checking a filter on every match of a common word
    let fts_filters: Vec<&String> = if !terms.is_empty() && d == Dialect::Sqlite {
        [&entity, &place].into_iter().flatten().collect()
    } else {
        Vec::new()
    };
    let mut conds = String::new();
    for t in [&entity, &place].into_iter().flatten() {
        if Some(t) != driver.as_ref() && !fts_filters.contains(&t) {
            let p = sql.t(t);
            conds.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM article_terms x WHERE x.term = {p} AND x.article = @ID)"
            ));
        }
    }
    if let Some(s) = nonempty(&q.speaker) {
        let p = sql.t(&like_pattern(s));
        conds.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM quotes qs WHERE qs.article = @ID \
             AND qs.speaker_fold LIKE {p} ESCAPE '\\')"
        ));
    }
    if let Some(s) = nonempty(&q.source) {
        let p = sql.t(&format!("%{}%", s.replace(['%', '_', '\\'], "")));
        conds.push_str(&format!(" AND a.source LIKE {p}"));
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
        conds.push_str(&format!(
            " AND ((a.published >= {f1} AND a.published <= {t1}) OR EXISTS \
             (SELECT 1 FROM times t WHERE t.article = @ID AND t.date >= {f2} AND t.date <= {t2}))"
        ));
    }
    let l = sql.p(Param::Int(limit as i64 + 1));
    let o = sql.p(Param::Int(offset));
    // copies collapsed, without words: an article is listed unless a newer member of its
    // cluster matches the same filters (the placeholders are numbered, so the filters'
    // text can be said twice)
    let collapse = |row_id: &str| -> String {
        if q.all_copies {
            return String::new();
        }
        let member = conds
            .replace("@ID", "c.id")
            .replace("a.published", "c.published")
            .replace("a.source", "c.source");
        format!(
            " AND NOT EXISTS (SELECT 1 FROM articles c WHERE c.cluster = a.cluster \
             AND c.id > {row_id}{member})"
        )
    };
    // `w`: the ids of the page (and their score), found without reading any article's text;
    // the page's columns are read for those rows only
    let w = if terms.is_empty() {
        match &driver {
            Some(t) => {
                let p = sql.t(t);
                format!(
                    "SELECT k.article AS rid, 0 AS score FROM article_terms k \
                     JOIN articles a ON a.id = k.article WHERE k.term = {p}{}{} \
                     ORDER BY k.article DESC LIMIT {l} OFFSET {o}",
                    conds.replace("@ID", "k.article"),
                    collapse("k.article")
                )
            }
            None => format!(
                "SELECT a.id AS rid, 0 AS score FROM articles a WHERE 1=1{}{} \
                 ORDER BY a.id DESC LIMIT {l} OFFSET {o}",
                conds.replace("@ID", "a.id"),
                collapse("a.id")
            ),
        }
    } else {
        let window = sql.p(Param::Int(RANK_WINDOW));
        let inner = match d {
            Dialect::Sqlite => {
                // the article row is only read when a filter needs one of its columns
                let conds = conds.replace("@ID", "articles_fts.rowid");
                let join = if conds.contains("a.published") || conds.contains("a.source") {
                    " JOIN articles a ON a.id = articles_fts.rowid"
                } else {
                    ""
                };
                // FTS5 walks the matches by descending rowid and stops at the window; the
                // words are looked up in the title and text only, the filters in `terms`
                // (weight 0: they neither score nor count in the article's length)
                let mut m = format!("{{title text}} : ({})", fts_match(&terms));
                if !fts_filters.is_empty() {
                    let tokens: Vec<String> = fts_filters.iter().map(|t| d.term_token(t)).collect();
                    m.push_str(&format!(" AND terms : ({})", fts_match(&tokens)));
                }
                let p = sql.t(&m);
                format!(
                    "SELECT articles_fts.rowid AS rid, \
                     depeche_bm25(articles_fts, 3.0, 1.0, 0.0) AS score \
                     FROM articles_fts{join} WHERE articles_fts MATCH {p}{conds} \
                     ORDER BY articles_fts.rowid DESC LIMIT {window}"
                )
            }
            Dialect::Postgres => {
                let p = sql.t(&terms.join(" "));
                format!(
                    "SELECT a.id AS rid, -ts_rank(a.fts, plainto_tsquery('simple', {p})) AS score \
                     FROM articles a WHERE a.fts @@ plainto_tsquery('simple', {p}){} \
                     ORDER BY a.id DESC LIMIT {window}",
                    conds.replace("@ID", "a.id")
                )
            }
        };
        if q.all_copies {
            format!(
                "SELECT rid, score FROM ({inner}) r ORDER BY score, rid DESC LIMIT {l} OFFSET {o}"
            )
        } else {
            // copies collapsed: the best-ranked member of each cluster in the window
            format!(
                "SELECT rid, score FROM (SELECT r.rid, r.score, ROW_NUMBER() OVER \
                 (PARTITION BY COALESCE(ca.cluster, r.rid) ORDER BY r.score, r.rid DESC) AS rn \
                 FROM ({inner}) r JOIN articles ca ON ca.id = r.rid) r2 WHERE rn = 1 \
                 ORDER BY score, rid DESC LIMIT {l} OFFSET {o}"
            )
        }
    };
    sql.push(&format!(
        "SELECT a.id, a.title, a.source, a.published, a.text, \
         (SELECT COUNT(*) FROM quotes WHERE article = a.id), a.cluster, \
         (SELECT COUNT(*) FROM articles m WHERE m.cluster = a.cluster) \
         FROM ({w}) w JOIN articles a ON a.id = w.rid ORDER BY w.score, w.rid DESC"
    ));
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
            cluster: match r[6] {
                Cell::Int(c) => Some(c),
                _ => None,
            },
            copies: match r[6] {
                Cell::Int(_) => Some(r[7].int()),
                _ => None,
            },
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

/// [`crate::Store::find_unchanged`]: the article `put` would match (by URL when the key has
/// one, else the first by text hash), when its URL, source and hash are the key's.
pub fn find_unchanged(b: &dyn Backend, k: &ArticleKey) -> Result<Option<i64>> {
    let mut sql = Sql::new(b.dialect(), "");
    let cond = match &k.url {
        Some(u) => format!("url = {}", sql.t(u)),
        None => format!("hash = {}", sql.t(&k.hash)),
    };
    sql.push(&format!(
        "SELECT id, url, hash, source FROM articles WHERE {cond} ORDER BY id LIMIT 1"
    ));
    let rows = b.rows(&sql.text, &sql.params)?;
    Ok(rows.first().and_then(|r| {
        (r[1].text() == k.url && r[2].text().as_deref() == Some(&k.hash) && r[3].text() == k.source)
            .then(|| r[0].int())
    }))
}

/// Where an entity page looks: one entity key, or every row of an identity.
enum Scope {
    Key(String),
    Identity(i64),
}

impl Scope {
    fn param(&self, sql: &mut Sql) -> String {
        match self {
            Scope::Key(k) => sql.t(k),
            Scope::Identity(i) => sql.p(Param::Int(*i)),
        }
    }
    /// Conditions on `e` (entity rows), `q` (quotations by) and `q` (quotations about).
    fn conds(&self) -> (&'static str, &'static str, &'static str) {
        match self {
            Scope::Key(_) => (
                "e.key = {p}",
                "q.speaker_key = {p}",
                "q.id IN (SELECT quote FROM quote_about WHERE key = {p})",
            ),
            Scope::Identity(_) => (
                "e.identity = {p}",
                "EXISTS (SELECT 1 FROM entities ie WHERE ie.article = q.article \
                 AND ie.key = q.speaker_key AND ie.identity = {p})",
                "q.id IN (SELECT qa.quote FROM quote_about qa JOIN quotes q2 ON q2.id = qa.quote \
                 JOIN entities ie ON ie.article = q2.article AND ie.key = qa.key \
                 WHERE ie.identity = {p})",
            ),
        }
    }
}

/// A collection-wide identity with its variants ([`crate::identities`]).
pub fn identity(b: &dyn Backend, id: i64) -> Result<Option<crate::identities::Identity>> {
    use crate::identities::{display_name, Identity, Variant};
    let d = b.dialect();
    let mut sql = Sql::new(d, "SELECT type, key, name FROM identities WHERE id = ");
    let p = sql.p(Param::Int(id));
    sql.push(&p);
    let Some(head) = b.rows(&sql.text, &sql.params)?.into_iter().next() else {
        return Ok(None);
    };
    let (kind, key, made_as) = (
        head[0].text().unwrap_or_default(),
        head[1].text().unwrap_or_default(),
        head[2].text().unwrap_or_default(),
    );
    let mut sql = Sql::new(
        d,
        "SELECT name, key, full_name, COUNT(DISTINCT article) AS n FROM entities WHERE identity = ",
    );
    let p = sql.p(Param::Int(id));
    sql.push(&format!(
        "{p} GROUP BY name, key, full_name ORDER BY n DESC, name LIMIT 200"
    ));
    let variants: Vec<Variant> = b
        .rows(&sql.text, &sql.params)?
        .iter()
        .map(|r| Variant {
            name: r[0].text().unwrap_or_default(),
            key: r[1].text().unwrap_or_default(),
            full: r[2].int() == 1,
            articles: r[3].int(),
        })
        .collect();
    let mut sql = Sql::new(
        d,
        "SELECT action, key, target, article FROM identity_decisions WHERE target = ",
    );
    let p = sql.t(&key);
    let p2 = sql.t(&kind);
    sql.push(&format!("{p} AND type = {p2} ORDER BY id"));
    let decisions = b
        .rows(&sql.text, &sql.params)?
        .iter()
        .map(|r| {
            let (action, from, article) = (
                r[0].text().unwrap_or_default(),
                r[1].text().unwrap_or_default(),
                r[3].int(),
            );
            let whence = if article > 0 {
                format!(" in article {article}")
            } else {
                String::new()
            };
            match action.as_str() {
                "merge" => format!("merge: {from} joins it"),
                _ => format!("split: {from} kept apart{whence}"),
            }
        })
        .collect();
    Ok(Some(Identity {
        id,
        name: display_name(&variants).unwrap_or(made_as),
        key,
        kind,
        variants,
        decisions,
    }))
}

/// The identity most of an entity key's rows are linked to.
fn identity_of_key(b: &dyn Backend, key: &str) -> Result<Option<i64>> {
    let mut sql = Sql::new(
        b.dialect(),
        "SELECT identity, COUNT(*) AS n FROM entities WHERE identity IS NOT NULL AND key = ",
    );
    let p = sql.t(key);
    sql.push(&format!(
        "{p} GROUP BY identity ORDER BY n DESC, identity LIMIT 1"
    ));
    Ok(b.rows(&sql.text, &sql.params)?.first().map(|r| r[0].int()))
}

pub fn entity(b: &dyn Backend, id: &str) -> Result<Option<EntityPage>> {
    if id.chars().count() > 300 {
        return Err(StoreError::BadQuery("entity id too long".into()));
    }
    let mut key = entity_key(id);
    if key.is_empty() {
        return Err(StoreError::BadQuery(format!(
            "{:?} is not an entity id (letters, digits and dashes)",
            crate::rows::truncate(id, 40)
        )));
    }
    // an identity id (digits) or an entity key; a key linked to an identity shows it whole
    let mut ident = None;
    if key.bytes().all(|c| c.is_ascii_digit()) {
        if let Ok(n) = key.parse::<i64>() {
            ident = identity(b, n)?;
            if let Some(i) = &ident {
                key = i.key.clone();
            }
        }
    }
    if ident.is_none() {
        if let Some(n) = identity_of_key(b, &key)? {
            ident = identity(b, n)?;
        }
    }
    let scope = match &ident {
        Some(i) => Scope::Identity(i.id),
        None => Scope::Key(key.clone()),
    };
    let (mention_cond, by_cond, about_cond) = scope.conds();
    let d = b.dialect();
    let head = match &ident {
        Some(i) => vec![vec![Cell::Text(i.name.clone()), Cell::Text(i.kind.clone())]],
        None => {
            let mut sql = Sql::new(
                d,
                "SELECT name, type, COUNT(*) AS n FROM entities WHERE key = ",
            );
            let p = sql.t(&key);
            sql.push(&format!(
                "{p} GROUP BY name, type ORDER BY n DESC, name LIMIT 1"
            ));
            b.rows(&sql.text, &sql.params)?
        }
    };
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
         FROM entities e JOIN articles a ON a.id = e.article WHERE ",
    );
    let p = scope.param(&mut sql);
    sql.push(&mention_cond.replace("{p}", &p));
    sql.push(" ORDER BY a.published, e.article LIMIT 1000");
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
        let p = scope.param(&mut sql);
        sql.push(&format!(" AND {}", cond.replace("{p}", &p)));
        let l = sql.p(Param::Int(ENTITY_QUOTES as i64));
        sql.push(&format!(" ORDER BY a.published, q.id LIMIT {l}"));
        Ok(b.rows(&sql.text, &sql.params)?
            .iter()
            .map(|r| quote_hit(r))
            .collect())
    };
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
        let p = scope.param(&mut sql);
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
    // the statements of the listed quotations, each once
    let mut statements: Vec<crate::EntityStatement> = Vec::new();
    for (role, hits) in [("by", &quotes_by), ("about", &quotes_about)] {
        for h in hits.iter() {
            let Some(s) = h.statement else { continue };
            if statements.iter().any(|x| x.id == s && x.role == role) {
                continue;
            }
            statements.push(crate::EntityStatement {
                id: s,
                role: role.to_string(),
                text: h.text.clone(),
                occurrences: h.occurrences.unwrap_or(1),
            });
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
        gender: None,
        gender_evidence: None,
        events: Vec::new(),
        identity: ident,
        statements,
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

/// A statement and every quotation of it, oldest publication first.
pub fn statement(b: &dyn Backend, id: i64) -> Result<Option<crate::statements::Statement>> {
    use crate::statements::{Occurrence, SpeakerCount, Statement};
    let d = b.dialect();
    let mut sql = Sql::new(d, "SELECT id, text FROM statements WHERE id = ");
    let p = sql.p(Param::Int(id));
    sql.push(&p);
    let Some(head) = b.rows(&sql.text, &sql.params)?.into_iter().next() else {
        return Ok(None);
    };
    let mut sql = Sql::new(
        d,
        "SELECT q.id, q.article, q.idx, q.start_, q.end_, q.text, q.speaker, q.speaker_key, \
         a.published, a.source, a.title FROM quotes q JOIN articles a ON a.id = q.article \
         WHERE q.statement = ",
    );
    let p = sql.p(Param::Int(id));
    sql.push(&p);
    // undated occurrences last, then in the order they were stored
    sql.push(" ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published, q.id");
    let occurrences: Vec<Occurrence> = b
        .rows(&sql.text, &sql.params)?
        .iter()
        .map(|r| Occurrence {
            quote: r[0].int(),
            article: r[1].int(),
            index: r[2].int(),
            start: r[3].int(),
            end: r[4].int(),
            text: r[5].text().unwrap_or_default(),
            speaker: r[6].text(),
            speaker_id: r[7].text(),
            published: r[8].text(),
            source: r[9].text(),
            title: r[10].text(),
        })
        .collect();
    // speakers by how many quotations give them; ties go to the one seen first
    let mut speakers: Vec<SpeakerCount> = Vec::new();
    for o in &occurrences {
        let Some(name) = &o.speaker else { continue };
        let key = o.speaker_id.clone();
        match speakers
            .iter_mut()
            .find(|s| s.id == key && (key.is_some() || &s.name == name))
        {
            Some(s) => s.count += 1,
            None => speakers.push(SpeakerCount {
                name: name.clone(),
                id: key,
                count: 1,
            }),
        }
    }
    speakers.sort_by_key(|s| std::cmp::Reverse(s.count));
    let mut rest = speakers.into_iter();
    Ok(Some(Statement {
        id: head[0].int(),
        text: head[1].text().unwrap_or_default(),
        speaker: rest.next(),
        conflicting_speakers: rest.collect(),
        first: occurrences.first().cloned(),
        occurrences,
    }))
}

/// The cluster of wire copies of an article.
pub fn cluster(b: &dyn Backend, article: i64) -> Result<Option<crate::copies::Cluster>> {
    let d = b.dialect();
    let mut sql = Sql::new(d, "SELECT COALESCE(cluster, id) FROM articles WHERE id = ");
    let p = sql.p(Param::Int(article));
    sql.push(&p);
    let Some(row) = b.rows(&sql.text, &sql.params)?.into_iter().next() else {
        return Ok(None);
    };
    let id = row[0].int();
    let mut sql = Sql::new(d, "SELECT id, published FROM articles WHERE id = ");
    let p = sql.p(Param::Int(id));
    sql.push(&format!("{p} OR cluster = {p} ORDER BY id"));
    let members = b.rows(&sql.text, &sql.params)?;
    // undated last, then the first stored
    let earliest = members
        .iter()
        .min_by(|x, y| match (x[1].text(), y[1].text()) {
            (Some(a), Some(b)) => a.cmp(&b).then(x[0].int().cmp(&y[0].int())),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => x[0].int().cmp(&y[0].int()),
        })
        .map_or(article, |r| r[0].int());
    let mut ids: Vec<i64> = members.iter().map(|r| r[0].int()).collect();
    ids.dedup();
    Ok(Some(crate::copies::Cluster {
        id,
        earliest,
        members: ids,
    }))
}
