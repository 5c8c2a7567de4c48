//! Identities: one person (or organisation) however the articles name it.
//!
//! Each article's entities name people in their own way: "François Hollande" in one,
//! "Hollande" or "le président Hollande" in the next. The store links every PER and ORG
//! entity row to a collection-wide *identity*, at ingest, one article at a time:
//!
//! 1. the entity's name is reduced to its [`Form`]: titles and honorifics in front are
//!    dropped ("le président Hollande" → `hollande`), case, accents, hyphens and spaces are
//!    folded as in [`crate::entity_key`]; a PER form is *full* when it has a first name or
//!    at least two words not starting with a particle ("Marine Le Pen"), *short* otherwise
//!    ("Hollande", "Le Pen"); an ORG form is always full;
//! 2. a full form is one identity: the same full name in two articles is the same identity;
//! 3. a short form joins a full identity whose name ends with it (`le-pen` →
//!    `marine-le-pen`, `jean-marie-le-pen`) and which is named in full in an article
//!    published within [`WINDOW_DAYS`] of this one: when there is one such candidate, it is
//!    the identity; when there are several, the one that the article's other entities single
//!    out (entities seen with that candidate and with none of the others) is; else, and when
//!    there is none, the short form is an identity of its own. Evidence that is split (both
//!    Le Pen seen with the Front national) decides nothing.
//!
//! When a new full identity appears, the short forms already stored that it could be are
//! decided again (so the order articles arrive in matters little). Removing an article's
//! rows (delete, update) drops the identities left with none, and a full identity left with
//! no full-name mention gives its short rows back to be decided again.
//!
//! Manual decisions ([`split`], [`merge`]) are kept in `identity_decisions` and applied to
//! every article stored afterwards: a merge sends one name's identity to another's, a split
//! keeps a name (in every article or one) from joining an identity.
//!
//! The logic is written once over [`Db`], a minimal query interface that both backends
//! implement inside their write transaction.

use crate::entity_key;
use std::collections::{BTreeSet, HashMap, HashSet};

/// How far apart (in days of publication) a short name and the full name it joins may be.
pub const WINDOW_DAYS: i64 = 365;
/// Short rows decided again when a new full identity appears, per form at most.
pub const RELINK_ROWS: i64 = 1000;
/// Unjoined short rows (newest first) decided again when a full name is stored again, per
/// form at most: a surname left ambiguous in many articles costs each new article no more.
pub const REVISIT_ROWS: i64 = 100;
/// Co-occurring entities read per candidate when several compete.
pub const NEIGHBOURS: i64 = 2000;

/// Words that start a surname ("Le Pen", "de Gaulle", "von der Leyen"): a name of two words
/// beginning with one is a surname alone.
const PARTICLES: &[&str] = &[
    "le", "la", "les", "de", "du", "des", "d", "von", "van", "der", "den", "di", "da", "del",
    "della", "dos", "al", "el", "ben", "ibn", "bin", "mac", "mc", "o", "ter", "ten", "zu",
];

/// The form of an entity's name that identities compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// [`crate::entity_key`] of the name without the titles in front.
    pub key: String,
    /// A full name (first name and surname, or an organisation), not a surname alone.
    pub full: bool,
    /// The initials before a surname ("J.-M. Ayrault" → `jm`, key `ayrault`): a short form
    /// whose full name must have first names with these initials.
    pub initials: String,
}

fn folded_titles() -> &'static HashSet<String> {
    static T: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let fr = depeche_lang::fr::titles();
        let mut s: HashSet<String> = fr
            .iter()
            .filter(|(_, t)| !t.organization)
            .map(|(k, _)| entity_key(k))
            .filter(|k| !k.is_empty())
            .collect();
        for h in depeche_lang::fr::honorifics().keys() {
            s.insert(entity_key(h));
        }
        for w in [
            "monsieur",
            "madame",
            "mademoiselle",
            "messieurs",
            "mesdames",
            "mlle",
            "dr",
            "docteur",
            "pr",
            "professeur",
            "maitre",
            "sir",
            "lord",
            "saint",
            "sainte",
        ] {
            s.insert(w.to_string());
        }
        s
    })
}

fn folded_first_names() -> &'static HashSet<String> {
    static T: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        depeche_lang::fr::first_names()
            .keys()
            .map(|f| entity_key(f))
            .collect()
    })
}

impl Form {
    /// The form of a PER or ORG entity's name; `None` for other types and empty names.
    pub fn of(name: &str, kind: &str) -> Option<Form> {
        let key = entity_key(name);
        if key.is_empty() {
            return None;
        }
        match kind {
            "ORG" => Some(Form {
                key,
                full: true,
                initials: String::new(),
            }),
            "PER" => Some(Form::person(&key)),
            _ => None,
        }
    }

    fn person(key: &str) -> Form {
        let words: Vec<&str> = key.split('-').collect();
        let titles = folded_titles();
        // titles and honorifics in front, with their article ("le président", "l'ex-ministre")
        let mut i = 0;
        'strip: while i < words.len() {
            if matches!(words[i], "le" | "la" | "l" | "les" | "ex" | "feu") && i + 1 < words.len() {
                // an article counts only before a title ("le président"), not in "Le Pen"
                for n in (1..=4).rev() {
                    if i + 1 + n <= words.len()
                        && titles.contains(&words[i + 1..i + 1 + n].join("-"))
                    {
                        i += 1 + n;
                        continue 'strip;
                    }
                }
                break;
            }
            for n in (1..=4).rev() {
                if i + n <= words.len() && titles.contains(&words[i..i + n].join("-")) {
                    i += n;
                    continue 'strip;
                }
            }
            break;
        }
        let mut rest: &[&str] = if i < words.len() { &words[i..] } else { &words };
        // initials before a surname ("B. Obama", "J.-M. Ayrault"): a surname with a hint
        let mut initials = String::new();
        while rest.len() > 1
            && rest[0].chars().count() == 1
            && rest[0].chars().all(char::is_alphabetic)
            && !PARTICLES.contains(&rest[0])
        {
            initials.push_str(rest[0]);
            rest = &rest[1..];
        }
        if !initials.is_empty() {
            return Form {
                key: rest.join("-"),
                full: false,
                initials,
            };
        }
        let key = rest.join("-");
        // the adjective after a title ("le président américain Obama") is part of the title
        let full = match rest {
            [] | [_] => false,
            [first, ..] if folded_first_names().contains(*first) => true,
            [first, ..] => !PARTICLES.contains(first),
        };
        Form {
            key,
            full,
            initials: String::new(),
        }
    }

    /// The proper word suffixes of a full name, the short forms that may stand for it
    /// (`jean-marie-le-pen` → `marie-le-pen`, `le-pen`, `pen`).
    pub fn suffixes(&self) -> Vec<String> {
        if !self.full {
            return Vec::new();
        }
        let words: Vec<&str> = self.key.split('-').collect();
        (1..words.len())
            .map(|i| words[i..].join("-"))
            .filter(|s| !PARTICLES.contains(&s.as_str()))
            .collect()
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (proleptic Gregorian).
fn days(date: &str) -> Option<i64> {
    let b = date.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = date[..4].parse().ok()?;
    let m: i64 = date[5..7].parse().ok()?;
    let d: i64 = date[8..10].parse().ok()?;
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146097 + doe - 719468)
}

fn civil(z: i64) -> String {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The publication dates a short name may look for its full name in: ±[`WINDOW_DAYS`]
/// around the article's date; every date for an undated article.
pub fn window(published: Option<&str>) -> (String, String) {
    match published.and_then(days) {
        Some(d) => (civil(d - WINDOW_DAYS), civil(d + WINDOW_DAYS)),
        None => ("0000-00-00".into(), "9999-99-99".into()),
    }
}

/// A value read from or written to the store.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Null,
    Int(i64),
    Text(String),
}

impl Val {
    fn int(&self) -> i64 {
        match self {
            Val::Int(i) => *i,
            _ => 0,
        }
    }
    fn text(&self) -> String {
        match self {
            Val::Text(s) => s.clone(),
            Val::Int(i) => i.to_string(),
            Val::Null => String::new(),
        }
    }
    fn opt_int(&self) -> Option<i64> {
        match self {
            Val::Int(i) => Some(*i),
            _ => None,
        }
    }
}

impl From<i64> for Val {
    fn from(i: i64) -> Val {
        Val::Int(i)
    }
}
impl From<&str> for Val {
    fn from(s: &str) -> Val {
        Val::Text(s.to_string())
    }
}
impl From<&String> for Val {
    fn from(s: &String) -> Val {
        Val::Text(s.clone())
    }
}

/// The queries identities need, inside a write transaction. SQL is written with `?1`-style
/// placeholders (PostgreSQL's implementation turns them into `$1`); parameters are never
/// NULL.
pub trait Db {
    type E;
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Val>>, Self::E>;
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, Self::E>;
    /// Insert the identity of `(kind, key)` unless it exists (another writer's included):
    /// its id and whether this call made it.
    fn make(
        &mut self,
        kind: &str,
        key: &str,
        name: &str,
        full: bool,
    ) -> Result<(i64, bool), Self::E>;
}

/// An entity row as identities see it.
#[derive(Debug, Clone)]
pub struct Row {
    pub article: i64,
    pub local_id: String,
    pub key: String,
    pub name: String,
    pub kind: String,
    pub identity: Option<i64>,
}

/// What the article around a row says: its date and the forms of its entities.
struct Context {
    window: (String, String),
    forms: HashSet<String>,
    /// Whether any manual decision is stored (most stores have none: no lookups then).
    decisions: bool,
}

fn context<D: Db>(db: &mut D, article: i64) -> Result<Context, D::E> {
    let published = db
        .query(
            "SELECT published FROM articles WHERE id = ?1",
            &[article.into()],
        )?
        .first()
        .map(|r| r[0].text())
        .filter(|s| !s.is_empty());
    let forms = db
        .query(
            "SELECT DISTINCT form FROM entities WHERE article = ?1 AND form IS NOT NULL",
            &[article.into()],
        )?
        .into_iter()
        .map(|r| r[0].text())
        .collect();
    Ok(Context {
        window: window(published.as_deref()),
        forms,
        decisions: true,
    })
}

/// Follow manual merges from an identity key to the key it was merged into.
fn redirect<D: Db>(db: &mut D, kind: &str, key: &str) -> Result<String, D::E> {
    let mut key = key.to_string();
    for _ in 0..16 {
        let next = db.query(
            "SELECT target FROM identity_decisions WHERE action = 'merge' AND type = ?1 AND key = ?2
             ORDER BY id DESC LIMIT 1",
            &[kind.into(), (&key).into()],
        )?;
        match next.first() {
            Some(r) if r[0].text() != key => key = r[0].text(),
            _ => break,
        }
    }
    Ok(key)
}

/// The identity of `(kind, key)`, made if needed (with its suffixes when full). The suffixes
/// of a full person identity go to `pending`, to decide again once its article's rows are
/// stored ([`relink`]): every short row they name when the identity is new (a new candidate
/// may make a link ambiguous), else the short rows that joined no full identity (the
/// article may be the evidence they lacked).
fn ensure<D: Db>(
    db: &mut D,
    kind: &str,
    key: &str,
    name: &str,
    full: bool,
    pending: &mut Vec<Pending>,
) -> Result<i64, D::E> {
    let (id, made) = db.make(kind, key, name, full)?;
    if !made && full && kind == "PER" {
        let form = Form {
            key: key.to_string(),
            full,
            initials: String::new(),
        };
        pending.extend(form.suffixes().into_iter().map(|s| (s, false)));
    }
    if made && full && kind == "PER" {
        let form = Form {
            key: key.to_string(),
            full,
            initials: String::new(),
        };
        let suffixes = form.suffixes();
        for s in &suffixes {
            db.exec(
                "INSERT INTO identity_suffixes(suffix, identity) VALUES (?1, ?2)
                 ON CONFLICT DO NOTHING",
                &[s.into(), id.into()],
            )?;
        }
        pending.extend(suffixes.into_iter().map(|s| (s, true)));
    }
    Ok(id)
}

/// The identity a row of an article joins (see the module's documentation).
fn decide<D: Db>(
    db: &mut D,
    row: &Row,
    ctx: &Context,
    pending: &mut Vec<Pending>,
) -> Result<Option<i64>, D::E> {
    let Some(form) = Form::of(&row.name, &row.kind) else {
        return Ok(None);
    };
    let kind = row.kind.as_str();
    let target = if form.full {
        form.key.clone()
    } else {
        short_target(db, row, &form, ctx)?.unwrap_or_else(|| form.key.clone())
    };
    let merged = if ctx.decisions {
        redirect(db, kind, &target)?
    } else {
        target.clone()
    };
    if merged != target {
        // a manual merge: the target's identity, whatever made it
        let full = Form::of(&row.name, kind).is_some_and(|f| f.full);
        return ensure(db, kind, &merged, &row.name, full, pending).map(Some);
    }
    if target == form.key {
        ensure(db, kind, &target, &row.name, form.full, pending).map(Some)
    } else {
        // a full identity found as the short name's only candidate: it exists
        let id = db.query(
            "SELECT id FROM identities WHERE type = ?1 AND key = ?2",
            &[kind.into(), (&target).into()],
        )?;
        match id.first() {
            Some(r) => Ok(Some(r[0].int())),
            None => ensure(db, kind, &form.key, &row.name, form.full, pending).map(Some),
        }
    }
}

/// The key of the full identity a short name stands for, if the evidence names one.
fn short_target<D: Db>(
    db: &mut D,
    row: &Row,
    form: &Form,
    ctx: &Context,
) -> Result<Option<String>, D::E> {
    if row.kind != "PER" {
        return Ok(None);
    }
    let found = db.query(
        "SELECT i.id, i.key FROM identity_suffixes s JOIN identities i ON i.id = s.identity
         WHERE s.suffix = ?1 ORDER BY i.id LIMIT 64",
        &[(&form.key).into()],
    )?;
    if found.is_empty() {
        return Ok(None);
    }
    let refused: HashSet<String> = if !ctx.decisions {
        HashSet::new()
    } else {
        db.query(
            "SELECT target FROM identity_decisions WHERE action = 'split' AND type = ?1
             AND key = ?2 AND (article = 0 OR article = ?3)",
            &[
                row.kind.as_str().into(),
                (&form.key).into(),
                row.article.into(),
            ],
        )?
        .into_iter()
        .map(|r| r[0].text())
        .collect()
    };
    let (lo, hi) = (&ctx.window.0, &ctx.window.1);
    let mut cands: Vec<(i64, String)> = Vec::new();
    for r in found {
        let (id, key) = (r[0].int(), r[1].text());
        if refused.contains(&key) || !initials_fit(&form.initials, &key) {
            continue;
        }
        let named = db.query(
            "SELECT 1 FROM entities e JOIN articles a ON a.id = e.article
             WHERE e.identity = ?1 AND e.full_name = 1
               AND (a.published IS NULL OR (a.published >= ?2 AND a.published <= ?3))
             LIMIT 1",
            &[id.into(), lo.into(), hi.into()],
        )?;
        if !named.is_empty() {
            cands.push((id, key));
        }
    }
    match cands.len() {
        0 => Ok(None),
        1 => Ok(Some(cands.remove(0).1)),
        _ => {
            // the article's other entities, as evidence
            let mine: HashSet<&String> = ctx.forms.iter().filter(|f| **f != form.key).collect();
            let mut seen: Vec<HashSet<String>> = Vec::new();
            for (id, _) in &cands {
                let n: HashSet<String> = db
                    .query(
                        "SELECT DISTINCT e2.form FROM entities e JOIN articles a ON a.id = e.article
                         JOIN entities e2 ON e2.article = e.article
                         WHERE e.identity = ?1 AND e.full_name = 1 AND e2.form IS NOT NULL
                           AND (a.published IS NULL OR (a.published >= ?2 AND a.published <= ?3))
                         LIMIT ?4",
                        &[(*id).into(), lo.into(), hi.into(), NEIGHBOURS.into()],
                    )?
                    .into_iter()
                    .map(|r| r[0].text())
                    .collect();
                seen.push(n);
            }
            let distinctive: Vec<usize> = (0..cands.len())
                .map(|i| {
                    mine.iter()
                        .filter(|f| {
                            seen[i].contains(**f)
                                && (0..cands.len()).all(|j| j == i || !seen[j].contains(**f))
                        })
                        .count()
                })
                .collect();
            let singled: Vec<usize> = (0..cands.len()).filter(|&i| distinctive[i] > 0).collect();
            Ok(match singled[..] {
                [i] => Some(cands[i].1.clone()),
                _ => None,
            })
        }
    }
}

/// An article's identities (in the order of its entities) and the short forms to decide
/// again once its rows are stored.
pub type Decided = (Vec<Option<i64>>, Vec<Pending>);

/// A short form to decide again, and whether all its rows (`true`) or only those that
/// joined no full identity.
pub type Pending = (String, bool);

/// The identities of an article's entities, decided before its rows are stored (full names
/// first). `entities` are `(key, name, type)`; the identities are in the same order (`None`
/// for types other than PER and ORG). The second list is the short forms new full
/// identities may stand for: give it to [`relink`] once the article's rows are stored.
pub fn decide_article<D: Db>(
    db: &mut D,
    article: i64,
    published: Option<&str>,
    entities: &[(&str, &str, &str)],
) -> Result<Decided, D::E> {
    let ctx = Context {
        window: window(published),
        forms: entities
            .iter()
            .map(|(key, name, kind)| columns(key, name, kind).0)
            .collect(),
        decisions: !db
            .query("SELECT 1 FROM identity_decisions LIMIT 1", &[])?
            .is_empty(),
    };
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by_key(|&i| {
        let (_, name, kind) = entities[i];
        !Form::of(name, kind).is_some_and(|f| f.full)
    });
    let mut out = vec![None; entities.len()];
    let mut pending = Vec::new();
    for i in order {
        let (key, name, kind) = entities[i];
        let row = Row {
            article,
            local_id: String::new(),
            key: key.to_string(),
            name: name.to_string(),
            kind: kind.to_string(),
            identity: None,
        };
        out[i] = decide(db, &row, &ctx, &mut pending)?;
    }
    Ok((out, pending))
}

/// Whether a full name's first words start with these initials (`jm`, `jean-marc-ayrault`).
fn initials_fit(initials: &str, key: &str) -> bool {
    let mut words = key.split('-');
    initials
        .chars()
        .all(|c| words.next().is_some_and(|w| w.starts_with(c)))
}

/// Link an article's stored entity rows to identities (a store made before identities).
pub fn link_article<D: Db>(db: &mut D, article: i64) -> Result<(), D::E> {
    let rows = article_rows(db, article)?;
    let published = db
        .query(
            "SELECT published FROM articles WHERE id = ?1",
            &[article.into()],
        )?
        .first()
        .map(|r| r[0].text())
        .filter(|s| !s.is_empty());
    let ents: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (r.key.as_str(), r.name.as_str(), r.kind.as_str()))
        .collect();
    let (ids, pending) = decide_article(db, article, published.as_deref(), &ents)?;
    for (r, id) in rows.iter().zip(ids) {
        if let Some(id) = id {
            set_identity(db, r, id)?;
        }
    }
    relink(db, &pending)
}

fn row_of(r: &[Val]) -> Row {
    Row {
        article: r[0].int(),
        local_id: r[1].text(),
        key: r[2].text(),
        name: r[3].text(),
        kind: r[4].text(),
        identity: r[5].opt_int(),
    }
}

const ROW_COLS: &str = "article, local_id, key, name, type, identity";

fn article_rows<D: Db>(db: &mut D, article: i64) -> Result<Vec<Row>, D::E> {
    Ok(db
        .query(
            &format!(
                "SELECT {ROW_COLS} FROM entities WHERE article = ?1 AND type IN ('PER', 'ORG')"
            ),
            &[article.into()],
        )?
        .iter()
        .map(|r| row_of(r))
        .collect())
}

fn set_identity<D: Db>(db: &mut D, r: &Row, identity: i64) -> Result<(), D::E> {
    db.exec(
        "UPDATE entities SET identity = ?4 WHERE article = ?1 AND local_id = ?2 AND key = ?3",
        &[
            r.article.into(),
            (&r.local_id).into(),
            (&r.key).into(),
            identity.into(),
        ],
    )?;
    Ok(())
}

/// Decide again the short rows of these forms: a full identity may be what they stand for.
pub fn relink<D: Db>(db: &mut D, forms: &[Pending]) -> Result<(), D::E> {
    let mut done: HashSet<&str> = HashSet::new();
    // every row of a form first, so a form listed both ways is read once
    let mut order: Vec<&Pending> = forms.iter().collect();
    order.sort_by_key(|p| !p.1);
    for (f, all) in order {
        if done.insert(f.as_str()) {
            relink_form(db, f, *all)?;
        }
    }
    Ok(())
}

fn relink_form<D: Db>(db: &mut D, form: &str, all: bool) -> Result<(), D::E> {
    let (unjoined, limit) = if all {
        ("", RELINK_ROWS)
    } else {
        (
            " AND NOT EXISTS (SELECT 1 FROM identities i WHERE i.id = e.identity AND i.full_name = 1)",
            REVISIT_ROWS,
        )
    };
    let rows: Vec<Row> = db
        .query(
            &format!(
                "SELECT {ROW_COLS} FROM entities e WHERE form = ?1 AND full_name = 0
                 AND type = 'PER'{unjoined} ORDER BY article DESC LIMIT ?2"
            ),
            &[form.into(), limit.into()],
        )?
        .iter()
        .map(|r| row_of(r))
        .collect();
    let mut left = BTreeSet::new();
    for r in rows {
        let ctx = context(db, r.article)?;
        let Some(id) = decide(db, &r, &ctx, &mut Vec::new())? else {
            continue;
        };
        if Some(id) != r.identity {
            set_identity(db, &r, id)?;
            left.extend(r.identity);
        }
    }
    for i in left {
        tidy(db, i)?;
    }
    Ok(())
}

/// The identities of an article's rows, before they are removed.
pub fn of_article<D: Db>(db: &mut D, article: i64) -> Result<Vec<i64>, D::E> {
    Ok(db
        .query(
            "SELECT DISTINCT identity FROM entities WHERE article = ?1 AND identity IS NOT NULL",
            &[article.into()],
        )?
        .iter()
        .map(|r| r[0].int())
        .collect())
}

/// Keep an identity consistent after rows left it: dropped when it has none; a full person
/// identity with no full-name mention left gives its short rows back to be decided again.
pub fn tidy<D: Db>(db: &mut D, identity: i64) -> Result<(), D::E> {
    let head = db.query(
        "SELECT full_name FROM identities WHERE id = ?1",
        &[identity.into()],
    )?;
    let Some(full) = head.first().map(|r| r[0].int() == 1) else {
        return Ok(());
    };
    let counts = db.query(
        "SELECT COUNT(*), (SELECT COUNT(*) FROM entities WHERE identity = ?1 AND full_name = 1)
         FROM entities WHERE identity = ?1",
        &[identity.into()],
    )?;
    let (total, named) = counts.first().map_or((0, 0), |r| (r[0].int(), r[1].int()));
    if total > 0 && full && named == 0 {
        let rows: Vec<Row> = db
            .query(
                &format!("SELECT {ROW_COLS} FROM entities WHERE identity = ?1"),
                &[identity.into()],
            )?
            .iter()
            .map(|r| row_of(r))
            .collect();
        // first out of the candidates, then decided again
        db.exec(
            "DELETE FROM identity_suffixes WHERE identity = ?1",
            &[identity.into()],
        )?;
        db.exec(
            "UPDATE entities SET identity = NULL WHERE identity = ?1",
            &[identity.into()],
        )?;
        for r in &rows {
            let ctx = context(db, r.article)?;
            if let Some(id) = decide(db, r, &ctx, &mut Vec::new())? {
                if id != identity {
                    set_identity(db, r, id)?;
                }
            }
        }
    }
    let left = db.query(
        "SELECT COUNT(*) FROM entities WHERE identity = ?1",
        &[identity.into()],
    )?;
    if left.first().map_or(0, |r| r[0].int()) == 0 {
        for sql in [
            "DELETE FROM identity_suffixes WHERE identity = ?1",
            "DELETE FROM identities WHERE id = ?1",
        ] {
            db.exec(sql, &[identity.into()])?;
        }
    }
    Ok(())
}

/// Why a manual decision was refused. Nothing is changed when one is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecisionError {
    #[error("no identity {0} in the store")]
    Unknown(i64),
    #[error("cannot merge identity {0} with itself")]
    SameIdentity(i64),
    #[error("identity {id} has no variant {variant:?} (its variants: {known})")]
    NoVariant {
        id: i64,
        variant: String,
        known: String,
    },
    #[error(
        "{variant:?} is the name identity {id} is known by: split the other variants from it, \
         or merge it into another identity"
    )]
    OwnName { id: i64, variant: String },
    #[error("identity {id} is not mentioned in article {article}")]
    NotInArticle { id: i64, article: i64 },
}

/// What a manual decision did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Decision {
    /// `split` or `merge`.
    pub action: String,
    /// The identity the moved rows are in now.
    pub identity: i64,
    /// The identity they left.
    pub from: i64,
    /// Entity rows moved.
    pub rows: i64,
}

fn identity_head<D: Db>(db: &mut D, id: i64) -> Result<Option<(String, String, bool)>, D::E> {
    Ok(db
        .query(
            "SELECT type, key, full_name FROM identities WHERE id = ?1",
            &[id.into()],
        )?
        .first()
        .map(|r| (r[0].text(), r[1].text(), r[2].int() == 1)))
}

/// Split a variant (a name as the articles give it, or its form) from an identity, in every
/// article or in one: its rows leave for the variant's own identity, and the decision keeps
/// that variant from joining this identity in articles stored later.
pub fn split<D: Db>(
    db: &mut D,
    id: i64,
    variant: &str,
    article: Option<i64>,
) -> Result<Result<Decision, DecisionError>, D::E> {
    let Some((kind, key, _)) = identity_head(db, id)? else {
        return Ok(Err(DecisionError::Unknown(id)));
    };
    let rows: Vec<Row> = db
        .query(
            &format!("SELECT {ROW_COLS} FROM entities WHERE identity = ?1 ORDER BY article"),
            &[id.into()],
        )?
        .iter()
        .map(|r| row_of(r))
        .collect();
    let wanted = Form::of(variant, &kind).map(|f| f.key);
    let vkey = entity_key(variant);
    let form_of = |r: &Row| {
        Form::of(&r.name, &r.kind)
            .map(|f| f.key)
            .unwrap_or_default()
    };
    let matching: Vec<&Row> = rows
        .iter()
        .filter(|r| r.key == vkey || Some(form_of(r)) == wanted)
        .collect();
    if matching.is_empty() {
        let known: BTreeSet<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        return Ok(Err(DecisionError::NoVariant {
            id,
            variant: variant.to_string(),
            known: known.into_iter().collect::<Vec<_>>().join(", "),
        }));
    }
    let form = form_of(matching[0]);
    if form == key {
        return Ok(Err(DecisionError::OwnName {
            id,
            variant: variant.to_string(),
        }));
    }
    let moving: Vec<&Row> = matching
        .into_iter()
        .filter(|r| article.is_none_or(|a| r.article == a))
        .collect();
    if moving.is_empty() {
        return Ok(Err(DecisionError::NotInArticle {
            id,
            article: article.unwrap_or(0),
        }));
    }
    db.exec(
        "DELETE FROM identity_decisions WHERE action = 'merge' AND type = ?1 AND key = ?2 AND target = ?3",
        &[(&kind).into(), (&form).into(), (&key).into()],
    )?;
    db.exec(
        "INSERT INTO identity_decisions(action, type, key, target, article)
         VALUES ('split', ?1, ?2, ?3, ?4)",
        &[
            (&kind).into(),
            (&form).into(),
            (&key).into(),
            article.unwrap_or(0).into(),
        ],
    )?;
    let full = Form::of(&moving[0].name, &kind).is_some_and(|f| f.full);
    let own = ensure(db, &kind, &form, &moving[0].name, full, &mut Vec::new())?;
    for r in &moving {
        set_identity(db, r, own)?;
    }
    tidy(db, id)?;
    Ok(Ok(Decision {
        action: "split".into(),
        identity: own,
        from: id,
        rows: moving.len() as i64,
    }))
}

/// Merge identity `from` into `into`: every row of `from` moves, the names `from` was known
/// by become `into`'s candidates, and the decision sends later articles' mentions of `from`
/// to `into`.
pub fn merge<D: Db>(
    db: &mut D,
    into: i64,
    from: i64,
) -> Result<Result<Decision, DecisionError>, D::E> {
    if into == from {
        return Ok(Err(DecisionError::SameIdentity(into)));
    }
    let Some((ikind, ikey, _)) = identity_head(db, into)? else {
        return Ok(Err(DecisionError::Unknown(into)));
    };
    let Some((fkind, fkey, _)) = identity_head(db, from)? else {
        return Ok(Err(DecisionError::Unknown(from)));
    };
    // a merge undoes the splits between the two
    db.exec(
        "DELETE FROM identity_decisions WHERE action = 'split'
         AND ((key = ?1 AND target = ?2) OR (key = ?2 AND target = ?1))",
        &[(&fkey).into(), (&ikey).into()],
    )?;
    db.exec(
        "INSERT INTO identity_decisions(action, type, key, target, article)
         VALUES ('merge', ?1, ?2, ?3, 0)",
        &[(&fkind).into(), (&fkey).into(), (&ikey).into()],
    )?;
    if fkind != ikind {
        // an ORG merged into a PER (or the reverse): the kind of `into` names the target
        db.exec(
            "INSERT INTO identity_decisions(action, type, key, target, article)
             VALUES ('merge', ?1, ?2, ?3, 0)",
            &[(&ikind).into(), (&fkey).into(), (&ikey).into()],
        )?;
    }
    let moved = db.exec(
        "UPDATE entities SET identity = ?1 WHERE identity = ?2",
        &[into.into(), from.into()],
    )?;
    db.exec(
        "INSERT INTO identity_suffixes(suffix, identity)
         SELECT suffix, ?1 FROM identity_suffixes WHERE identity = ?2
         ON CONFLICT DO NOTHING",
        &[into.into(), from.into()],
    )?;
    for sql in [
        "DELETE FROM identity_suffixes WHERE identity = ?1",
        "DELETE FROM identities WHERE id = ?1",
    ] {
        db.exec(sql, &[from.into()])?;
    }
    Ok(Ok(Decision {
        action: "merge".into(),
        identity: into,
        from,
        rows: moved as i64,
    }))
}

/// Link every stored entity row, articles in store order (a store made before identities).
pub fn fill<D: Db>(db: &mut D) -> Result<(), D::E> {
    let mut after = 0i64;
    loop {
        let ids: Vec<i64> = db
            .query(
                "SELECT id FROM articles WHERE id > ?1 ORDER BY id LIMIT 500",
                &[after.into()],
            )?
            .iter()
            .map(|r| r[0].int())
            .collect();
        let Some(&last) = ids.last() else {
            return Ok(());
        };
        for id in ids {
            let rows: Vec<(String, String, String, String)> = db
                .query(
                    "SELECT local_id, key, name, type FROM entities WHERE article = ?1",
                    &[id.into()],
                )?
                .iter()
                .map(|r| (r[0].text(), r[1].text(), r[2].text(), r[3].text()))
                .collect();
            for (local_id, key, name, kind) in rows {
                let (form, full) = columns(&key, &name, &kind);
                db.exec(
                    "UPDATE entities SET form = ?4, full_name = ?5
                     WHERE article = ?1 AND local_id = ?2 AND key = ?3",
                    &[
                        id.into(),
                        (&local_id).into(),
                        (&key).into(),
                        (&form).into(),
                        full.into(),
                    ],
                )?;
            }
            link_article(db, id)?;
        }
        after = last;
    }
}

/// The `form` and `full` columns of an entity row: the [`Form`] of a PER or ORG name, the
/// entity key of anything else (places are co-occurring evidence too).
pub fn columns(key: &str, name: &str, kind: &str) -> (String, i64) {
    match Form::of(name, kind) {
        Some(f) => (f.key, i64::from(f.full)),
        None => (key.to_string(), 0),
    }
}

/// A variant of an identity: one name the articles give it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Variant {
    pub name: String,
    /// The entity id of the name ([`crate::entity_key`]).
    pub key: String,
    /// A full name (not a surname alone).
    pub full: bool,
    /// Articles giving this name.
    pub articles: i64,
}

/// A collection-wide identity, as the entity page shows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Identity {
    pub id: i64,
    /// The name it is known by (its most frequent full variant).
    pub name: String,
    /// The form every article's name was reduced to ([`Form`]).
    pub key: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// Every name the articles give it, most frequent first.
    pub variants: Vec<Variant>,
    /// Manual decisions about it (`split`, `merge`), oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<String>,
}

/// The identity tables of SQLite (the `identity`, `form` and `full` columns of `entities`
/// are added by [`sqlite_tables`]).
pub const SQLITE_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS identities(
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  full_name INTEGER NOT NULL,
  UNIQUE(type, key)
);
CREATE TABLE IF NOT EXISTS identity_suffixes(
  suffix TEXT NOT NULL,
  identity INTEGER NOT NULL,
  PRIMARY KEY(suffix, identity)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS identity_suffixes_identity ON identity_suffixes(identity);
CREATE TABLE IF NOT EXISTS identity_decisions(
  id INTEGER PRIMARY KEY,
  action TEXT NOT NULL,
  type TEXT NOT NULL,
  key TEXT NOT NULL,
  target TEXT NOT NULL,
  article INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS identity_decisions_key ON identity_decisions(key, action);
CREATE INDEX IF NOT EXISTS entities_identity ON entities(identity, full_name);
CREATE INDEX IF NOT EXISTS entities_form ON entities(form, full_name);
";

/// The identity tables of PostgreSQL.
#[cfg(feature = "postgres")]
pub const PG_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS identities(
  id BIGSERIAL PRIMARY KEY,
  type TEXT NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  full_name BIGINT NOT NULL,
  UNIQUE(type, key)
);
CREATE TABLE IF NOT EXISTS identity_suffixes(
  suffix TEXT NOT NULL,
  identity BIGINT NOT NULL,
  PRIMARY KEY(suffix, identity)
);
CREATE INDEX IF NOT EXISTS identity_suffixes_identity ON identity_suffixes(identity);
CREATE TABLE IF NOT EXISTS identity_decisions(
  id BIGSERIAL PRIMARY KEY,
  action TEXT NOT NULL,
  type TEXT NOT NULL,
  key TEXT NOT NULL,
  target TEXT NOT NULL,
  article BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS identity_decisions_key ON identity_decisions(key, action);
ALTER TABLE entities ADD COLUMN IF NOT EXISTS identity BIGINT;
ALTER TABLE entities ADD COLUMN IF NOT EXISTS form TEXT;
ALTER TABLE entities ADD COLUMN IF NOT EXISTS full_name BIGINT NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS entities_identity ON entities(identity, full_name);
CREATE INDEX IF NOT EXISTS entities_form ON entities(form, full_name);
";

/// A SQLite connection inside a write transaction.
pub struct SqliteDb<'a>(pub &'a rusqlite::Connection);

fn to_sqlite(params: &[Val]) -> Vec<rusqlite::types::Value> {
    params
        .iter()
        .map(|p| match p {
            Val::Null => rusqlite::types::Value::Null,
            Val::Int(i) => rusqlite::types::Value::Integer(*i),
            Val::Text(s) => rusqlite::types::Value::Text(s.clone()),
        })
        .collect()
}

impl Db for SqliteDb<'_> {
    type E = rusqlite::Error;
    fn query(&mut self, sql: &str, params: &[Val]) -> rusqlite::Result<Vec<Vec<Val>>> {
        let mut st = self.0.prepare_cached(sql)?;
        let n = st.column_count();
        let mut rows = st.query(rusqlite::params_from_iter(to_sqlite(params)))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let mut row = Vec::with_capacity(n);
            for i in 0..n {
                use rusqlite::types::ValueRef;
                row.push(match r.get_ref(i)? {
                    ValueRef::Integer(v) => Val::Int(v),
                    ValueRef::Real(v) => Val::Int(v as i64),
                    ValueRef::Text(t) => Val::Text(String::from_utf8_lossy(t).into_owned()),
                    _ => Val::Null,
                });
            }
            out.push(row);
        }
        Ok(out)
    }
    fn exec(&mut self, sql: &str, params: &[Val]) -> rusqlite::Result<u64> {
        let n = self
            .0
            .prepare_cached(sql)?
            .execute(rusqlite::params_from_iter(to_sqlite(params)))?;
        Ok(n as u64)
    }
    fn make(
        &mut self,
        kind: &str,
        key: &str,
        name: &str,
        full: bool,
    ) -> rusqlite::Result<(i64, bool)> {
        // one writer at a time on SQLite: a lookup then an insert
        let found = self.query(
            "SELECT id FROM identities WHERE type = ?1 AND key = ?2",
            &[kind.into(), key.into()],
        )?;
        if let Some(r) = found.first() {
            return Ok((r[0].int(), false));
        }
        self.exec(
            "INSERT INTO identities(type, key, name, full_name) VALUES (?1, ?2, ?3, ?4)",
            &[kind.into(), key.into(), name.into(), i64::from(full).into()],
        )?;
        Ok((self.0.last_insert_rowid(), true))
    }
}

/// A PostgreSQL transaction.
#[cfg(feature = "postgres")]
pub struct PgDb<'a, 'b>(pub &'a mut postgres::Transaction<'b>);

#[cfg(feature = "postgres")]
fn pg_sql(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '?' && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('$');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(feature = "postgres")]
impl Db for PgDb<'_, '_> {
    type E = postgres::Error;
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Vec<Val>>, postgres::Error> {
        use postgres::types::{ToSql, Type};
        let boxed: Vec<Box<dyn ToSql + Sync>> = params
            .iter()
            .map(|p| -> Box<dyn ToSql + Sync> {
                match p {
                    Val::Int(i) => Box::new(*i),
                    Val::Text(s) => Box::new(s.clone()),
                    Val::Null => Box::new(Option::<i64>::None),
                }
            })
            .collect();
        let refs: Vec<&(dyn ToSql + Sync)> = boxed.iter().map(|b| b.as_ref()).collect();
        let rows = self.0.query(pg_sql(sql).as_str(), &refs)?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let mut row = Vec::with_capacity(r.len());
            for (i, col) in r.columns().iter().enumerate() {
                let t = col.type_();
                row.push(if *t == Type::INT8 {
                    r.try_get::<_, Option<i64>>(i)?.map_or(Val::Null, Val::Int)
                } else if *t == Type::INT4 {
                    r.try_get::<_, Option<i32>>(i)?
                        .map_or(Val::Null, |v| Val::Int(v.into()))
                } else if *t == Type::NUMERIC {
                    // SUM of BIGINT: read through text
                    Val::Null
                } else {
                    r.try_get::<_, Option<String>>(i)?
                        .map_or(Val::Null, Val::Text)
                });
            }
            out.push(row);
        }
        Ok(out)
    }
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, postgres::Error> {
        use postgres::types::ToSql;
        let boxed: Vec<Box<dyn ToSql + Sync>> = params
            .iter()
            .map(|p| -> Box<dyn ToSql + Sync> {
                match p {
                    Val::Int(i) => Box::new(*i),
                    Val::Text(s) => Box::new(s.clone()),
                    Val::Null => Box::new(Option::<i64>::None),
                }
            })
            .collect();
        let refs: Vec<&(dyn ToSql + Sync)> = boxed.iter().map(|b| b.as_ref()).collect();
        self.0.execute(pg_sql(sql).as_str(), &refs)
    }
    fn make(
        &mut self,
        kind: &str,
        key: &str,
        name: &str,
        full: bool,
    ) -> Result<(i64, bool), postgres::Error> {
        let found = self.0.query_opt(
            "SELECT id FROM identities WHERE type = $1 AND key = $2",
            &[&kind, &key],
        )?;
        if let Some(r) = found {
            return Ok((r.get(0), false));
        }
        // the unique (type, key) makes a second writer of the same name wait for the first's
        // commit, then find its row
        let made = self.0.query_opt(
            "INSERT INTO identities(type, key, name, full_name) VALUES ($1, $2, $3, $4)
             ON CONFLICT (type, key) DO NOTHING RETURNING id",
            &[&kind, &key, &name, &i64::from(full)],
        )?;
        if let Some(r) = made {
            return Ok((r.get(0), true));
        }
        let r = self.0.query_one(
            "SELECT id FROM identities WHERE type = $1 AND key = $2",
            &[&kind, &key],
        )?;
        Ok((r.get(0), false))
    }
}

/// Give an older SQLite store its identity tables and link its entities, in one transaction.
pub fn sqlite_tables(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    crate::migrate::sqlite_once(
        conn,
        crate::migrate::Mark::Column("entities", "identity"),
        || {
            conn.execute_batch(&format!(
                "ALTER TABLE entities ADD COLUMN identity INTEGER;
             ALTER TABLE entities ADD COLUMN form TEXT;
             ALTER TABLE entities ADD COLUMN full_name INTEGER NOT NULL DEFAULT 0;
             {SQLITE_SCHEMA}"
            ))?;
            fill(&mut SqliteDb(conn))
        },
    )
}

/// Give an older PostgreSQL database its identity tables and link its entities, under the
/// schema lock so that one worker does it.
#[cfg(feature = "postgres")]
pub fn pg_tables(client: &mut postgres::Client, schema_lock: i64) -> Result<(), postgres::Error> {
    crate::migrate::pg_once(client, schema_lock, "entities_form", |tx| {
        tx.batch_execute(PG_SCHEMA)?;
        fill(&mut PgDb(tx))
    })
}

/// Names by count, for an identity's display name.
pub fn display_name(variants: &[Variant]) -> Option<String> {
    let mut best: HashMap<&str, (bool, i64)> = HashMap::new();
    for v in variants {
        let e = best.entry(v.name.as_str()).or_insert((v.full, 0));
        e.1 += v.articles;
    }
    best.into_iter()
        .max_by(|a, b| (a.1 .0, a.1 .1, b.0).cmp(&(b.1 .0, b.1 .1, a.0)))
        .map(|(n, _)| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_drop_titles_and_tell_full_names_from_surnames() {
        let cases: &[(&str, &str, &str, bool)] = &[
            ("François Hollande", "PER", "francois-hollande", true),
            ("Hollande", "PER", "hollande", false),
            ("le président Hollande", "PER", "hollande", false),
            ("M. Hollande", "PER", "hollande", false),
            ("Mme Le Pen", "PER", "le-pen", false),
            ("Le Pen", "PER", "le-pen", false),
            ("Marine Le Pen", "PER", "marine-le-pen", true),
            ("Jean-Marie Le Pen", "PER", "jean-marie-le-pen", true),
            ("de Gaulle", "PER", "de-gaulle", false),
            ("Barack Obama", "PER", "barack-obama", true),
            ("Ban Ki-moon", "PER", "ban-ki-moon", true),
            ("le Premier ministre Ayrault", "PER", "ayrault", false),
            ("Front national", "ORG", "front-national", true),
            ("ONU", "ORG", "onu", true),
            ("B. Obama", "PER", "obama", false),
            ("J.-M. Ayrault", "PER", "ayrault", false),
            ("O'Neill", "PER", "o-neill", false),
        ];
        for (name, kind, key, full) in cases {
            let f = Form::of(name, kind).unwrap();
            assert_eq!((f.key.as_str(), f.full), (*key, *full), "{name}");
        }
        assert_eq!(Form::of("Paris", "LOC"), None);
        assert_eq!(Form::of("...", "PER"), None);
    }

    #[test]
    fn suffixes_are_the_short_forms_of_a_full_name() {
        let f = Form::of("Jean-Marie Le Pen", "PER").unwrap();
        assert_eq!(f.suffixes(), ["marie-le-pen", "le-pen", "pen"]);
        assert!(Form::of("Hollande", "PER").unwrap().suffixes().is_empty());
        assert_eq!(Form::of("J.-M. Ayrault", "PER").unwrap().initials, "jm");
        assert!(initials_fit("jm", "jean-marc-ayrault"));
        assert!(!initials_fit("jm", "marine-le-pen"));
        assert!(initials_fit("", "marine-le-pen"));
    }

    #[test]
    fn windows_are_a_year_each_side() {
        assert_eq!(
            window(Some("2012-05-22")),
            ("2011-05-23".to_string(), "2013-05-22".to_string())
        );
        assert_eq!(window(Some("2024-02-29")).0, "2023-03-01");
        assert_eq!(window(None).0, "0000-00-00");
        assert_eq!(days("1970-01-01"), Some(0));
        assert_eq!(civil(days("2000-03-01").unwrap()), "2000-03-01");
    }
}
