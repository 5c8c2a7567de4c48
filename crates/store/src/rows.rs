//! From a record to the rows every backend stores, and the text folding they share.

use crate::{Result, StoreError};
use serde_json::Value;

/// Lower-case and strip French diacritics, one char for one char (`Élysée` → `elysee`,
/// `œ` → `o`), so that offsets in the folded text are offsets in the original.
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

fn fold_char(c: char) -> char {
    let c = if c.is_uppercase() {
        c.to_lowercase().next().unwrap_or(c)
    } else {
        c
    };
    match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' | 'í' | 'ì' => 'i',
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' | 'œ' => 'o',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'ÿ' | 'ý' => 'y',
        'ç' => 'c',
        'ñ' => 'n',
        'æ' => 'a',
        '\u{2019}' | '\u{2018}' => '\'',
        c => c,
    }
}

/// The store-wide id of an entity: its folded name with every run of other characters turned
/// into `-` (`Jake Sullivan` → `jake-sullivan`, `l'Élysée` → `l-elysee`). The same name in
/// two articles is the same entity.
pub fn entity_key(name: &str) -> String {
    let mut out = String::new();
    for c in fold(name).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Words of a free-text query, folded (letters and digits only, so no query syntax survives).
pub fn query_terms(q: &str) -> Vec<String> {
    fold(q)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(32)
        .map(|w| w.chars().take(64).collect())
        .collect()
}

/// A database URL without its password, for messages.
pub fn redact(db: &str) -> String {
    if let Some(scheme_end) = db.find("://") {
        let rest = &db[scheme_end + 3..];
        if let Some(at) = rest.find('@') {
            let userinfo = &rest[..at];
            let user = userinfo.split(':').next().unwrap_or("");
            return format!("{}://{}@{}", &db[..scheme_end], user, &rest[at + 1..]);
        }
    }
    db.to_string()
}

/// A date filter: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `end` widens to the last day.
pub fn date_bound(s: &str, end: bool) -> Result<String> {
    let bad = || StoreError::BadQuery(format!("{s:?} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"));
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] if digits(y, 4) => Ok(if end {
            format!("{y}-12-31")
        } else {
            format!("{y}-01-01")
        }),
        [y, m] if digits(y, 4) && digits(m, 2) && ("01"..="12").contains(m) => Ok(if end {
            format!("{y}-{m}-31")
        } else {
            format!("{y}-{m}-01")
        }),
        [y, m, d]
            if digits(y, 4)
                && digits(m, 2)
                && digits(d, 2)
                && ("01"..="12").contains(m)
                && ("01"..="31").contains(d) =>
        {
            Ok(s.to_string())
        }
        _ => Err(bad()),
    }
}

/// The calendar date a TIMEX3 value points at, if it names one (`2012-05`, `2012-05-22T10:00`).
pub fn timex_date(value: &str) -> Option<String> {
    let b = value.as_bytes();
    let dig = |r: std::ops::Range<usize>| b.len() >= r.end && b[r].iter().all(u8::is_ascii_digit);
    if dig(0..4) && b.get(4) == Some(&b'-') && dig(5..7) {
        if b.get(7) == Some(&b'-') && dig(8..10) {
            return Some(value[..10].to_string());
        }
        return Some(format!("{}-01", &value[..7]));
    }
    if dig(0..4) && b.len() == 4 {
        return Some(format!("{value}-01-01"));
    }
    None
}

/// A page cursor: an opaque `c` + number.
pub fn parse_cursor(c: Option<&str>) -> Result<Option<i64>> {
    match c {
        None | Some("") => Ok(None),
        Some(s) => s
            .strip_prefix('c')
            .and_then(|n| n.parse::<i64>().ok())
            .filter(|&n| n >= 0)
            .map(Some)
            .ok_or_else(|| StoreError::BadQuery(format!("invalid cursor {:?}", truncate(s, 40)))),
    }
}

pub fn make_cursor(n: i64) -> String {
    format!("c{n}")
}

pub fn clamp_limit(limit: usize) -> usize {
    if limit == 0 {
        crate::DEFAULT_LIMIT
    } else {
        limit.min(crate::MAX_LIMIT)
    }
}

pub fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// Around the first query term in `text`, or its start.
pub fn snippet(text: &str, terms: &[String]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let folded: Vec<char> = chars.iter().map(|&c| fold_char(c)).collect();
    let mut at = 0;
    'outer: for t in terms {
        let t: Vec<char> = t.chars().collect();
        if t.is_empty() || t.len() > folded.len() {
            continue;
        }
        for i in 0..=folded.len() - t.len() {
            if folded[i..i + t.len()] == t[..] && (i == 0 || !folded[i - 1].is_alphanumeric()) {
                at = i;
                break 'outer;
            }
        }
    }
    let start = at.saturating_sub(60);
    let end = (at + 140).min(chars.len());
    let mut s: String = chars[start..end].iter().collect();
    s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if start > 0 {
        s.insert(0, '…');
    }
    if end < chars.len() {
        s.push('…');
    }
    s
}

/// What identifies a stored article before it is analysed: its address, its source and the
/// hash of its text, drawn by the rules [`Extracted::from_record`] applies to the record.
/// `depeche ingest` asks the store for it ([`crate::Store::find_unchanged`]) so that an
/// article stored before with the same text is read and hashed, not analysed again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleKey {
    /// The page's own address (`http(s)://`), else a source that is one.
    pub url: Option<String>,
    pub source: Option<String>,
    /// FNV-1a of the text, as the `hash` column.
    pub hash: String,
}

impl ArticleKey {
    /// The key of an article with this text, this address (`url` of the record) and this
    /// source (`source` of the record).
    pub fn new(text: &str, url: Option<&str>, source: Option<&str>) -> ArticleKey {
        let is_url = |u: &&str| u.starts_with("http://") || u.starts_with("https://");
        ArticleKey {
            url: url
                .filter(is_url)
                .or(source.filter(is_url))
                .map(str::to_string),
            source: source.map(str::to_string),
            hash: text_hash(text),
        }
    }
}

/// The `hash` column of an article: FNV-1a of its text, in hex.
pub fn text_hash(text: &str) -> String {
    format!("{:016x}", depeche_article::fnv1a(text.as_bytes()))
}

/// The rows drawn from one record.
pub struct Extracted {
    pub url: Option<String>,
    pub hash: String,
    pub doc_id: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub text: String,
    pub record: String,
    pub quotes: Vec<QuoteRow>,
    pub entities: Vec<EntityRow>,
    pub places: Vec<PlaceRow>,
    pub times: Vec<String>,
    /// Posting terms of the article: the entities it mentions and its places (the same
    /// terms as a quotation's), for article filters read newest first.
    pub terms: Vec<String>,
    /// Rows of the parity tables (quotations by persons, persons' genders).
    pub parity: crate::parity::Rows,
    /// The MinHash sketch of the text, to find its wire copies ([`crate::copies`]).
    pub sketch: Option<crate::copies::Sketch>,
    /// Rows of the events table.
    pub events: crate::events::Rows,
}

pub struct QuoteRow {
    pub idx: i64,
    pub start: i64,
    pub end: i64,
    pub text: String,
    pub kind: String,
    pub speaker: Option<String>,
    pub speaker_key: Option<String>,
    pub role: Option<String>,
    pub cue: Option<String>,
    /// Keys of the entities mentioned inside the quotation.
    pub about: Vec<String>,
    /// Posting terms of the quotation (see [`entity_term`], [`place_term`]): the speaker and
    /// the entities it mentions, and the places of its article, so that "the newest
    /// quotations of X" or "in KR" read one index range, newest first, and stop at the page.
    pub terms: Vec<String>,
    /// What decides the quotation's statement; `None` for a quotation that is empty once
    /// normalised (it is stored, without a statement).
    pub form: Option<crate::statements::Form>,
}

/// The posting term of an entity (speaker, or mentioned in a quotation).
pub fn entity_term(key: &str) -> String {
    format!("e:{key}")
}

/// The posting term of a place filter: its folded name, or a country code folded the same
/// way, so `KR`, `kr` and a place named "Kr" are one term (as the filter always meant).
pub fn place_term(place: &str) -> String {
    format!("p:{}", fold(place.trim()))
}

pub struct EntityRow {
    pub local_id: String,
    pub key: String,
    pub name: String,
    pub kind: String,
    pub mentions: i64,
}

pub struct PlaceRow {
    pub name: String,
    pub fold: String,
    pub country: String,
}

fn s(v: &Value, k: &str) -> Option<String> {
    v.get(k).and_then(Value::as_str).map(str::to_string)
}

fn i(v: &Value, k: &str) -> i64 {
    v.get(k).and_then(Value::as_i64).unwrap_or(0)
}

fn arr<'a>(v: &'a Value, k: &str) -> &'a [Value] {
    v.get(k)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

impl Extracted {
    pub fn from_record(record: &Value) -> Result<Extracted> {
        if !record.is_object() {
            return Err(StoreError::BadRecord("not a JSON object".into()));
        }
        match record.get("schema").and_then(Value::as_str) {
            Some("depeche/1") => {}
            other => {
                return Err(StoreError::BadRecord(format!(
                    "schema is {other:?}, expected \"depeche/1\""
                )))
            }
        }
        let text = s(record, "text").ok_or_else(|| StoreError::BadRecord("no `text`".into()))?;
        let source = s(record, "source");
        // the page's own address (canonical URL, WARC target) first, else a source that is one
        let key = ArticleKey::new(&text, s(record, "url").as_deref(), source.as_deref());
        let (url, hash) = (key.url, key.hash);
        // a span; `text` is optional in the record, the offsets are code points into `text`
        let title = record.get("title").filter(|t| t.is_object()).map(|t| {
            s(t, "text").unwrap_or_else(|| {
                let (a, b) = (i(t, "start").max(0) as usize, i(t, "end").max(0) as usize);
                text.chars().skip(a).take(b.saturating_sub(a)).collect()
            })
        });
        let published = s(record, "published").and_then(|p| date_bound(&p, false).ok());

        let entities_json = arr(record, "entities");
        // mentions by entity, to find which entities each quotation mentions
        let mut spans: Vec<(i64, i64, String)> = Vec::new();
        let mut entities = Vec::new();
        for e in entities_json {
            let name = s(e, "name").unwrap_or_default();
            let key = entity_key(&name);
            if key.is_empty() {
                continue;
            }
            let mentions = arr(e, "mentions");
            for m in mentions {
                spans.push((i(m, "start"), i(m, "end"), key.clone()));
            }
            entities.push(EntityRow {
                local_id: s(e, "id").unwrap_or_default(),
                key,
                name,
                kind: s(e, "type").unwrap_or_else(|| "MISC".into()),
                mentions: mentions.len().max(1) as i64,
            });
        }
        let places: Vec<PlaceRow> = arr(record, "places")
            .iter()
            .map(|p| {
                let name = s(p, "name").unwrap_or_default();
                PlaceRow {
                    fold: fold(&name),
                    name,
                    country: s(p, "country").unwrap_or_default().to_uppercase(),
                }
            })
            .collect();
        let place_terms: Vec<String> = places
            .iter()
            .flat_map(|p| [place_term(&p.name), place_term(&p.country)])
            .filter(|t| t.len() > 2)
            .collect();
        let mut quotes = Vec::new();
        for (idx, q) in arr(record, "quotes").iter().enumerate() {
            let (start, end) = (i(q, "start"), i(q, "end"));
            let speaker = q.get("speaker").filter(|v| v.is_object());
            let speaker_name = speaker.and_then(|sp| s(sp, "name"));
            let speaker_key = speaker_name
                .as_deref()
                .map(entity_key)
                .filter(|k| !k.is_empty());
            let mut about: Vec<String> = spans
                .iter()
                .filter(|(s0, e0, k)| *s0 >= start && *e0 <= end && Some(k) != speaker_key.as_ref())
                .map(|(_, _, k)| k.clone())
                .collect();
            about.sort();
            about.dedup();
            let mut terms: Vec<String> = speaker_key
                .iter()
                .chain(&about)
                .map(|k| entity_term(k))
                .collect();
            terms.extend(place_terms.iter().cloned());
            terms.sort();
            terms.dedup();
            let text = s(q, "text").unwrap_or_default();
            let form = crate::statements::Form::new(&text, speaker_key.as_deref()).ok();
            quotes.push(QuoteRow {
                form,
                idx: idx as i64,
                start,
                end,
                text,
                kind: s(q, "kind").unwrap_or_else(|| "direct".into()),
                speaker: speaker_name,
                speaker_key,
                role: speaker.and_then(|sp| s(sp, "role")),
                cue: q.get("cue").and_then(|c| s(c, "text")),
                about,
                terms,
            });
        }
        let mut article_terms: Vec<String> = entities
            .iter()
            .map(|e| entity_term(&e.key))
            .chain(place_terms.iter().cloned())
            .collect();
        article_terms.sort();
        article_terms.dedup();
        let mut times: Vec<String> = arr(record, "times")
            .iter()
            .filter_map(|t| s(t, "value").and_then(|v| timex_date(&v)))
            .collect();
        times.sort();
        times.dedup();
        let parity =
            crate::parity::Rows::from_record(record, published.as_deref(), source.as_deref());
        let events = crate::events::Rows::from_record(record, published.as_deref());
        Ok(Extracted {
            events,
            parity,
            sketch: crate::copies::Sketch::of(&text),
            url,
            hash,
            doc_id: s(record, "id"),
            source,
            title,
            published,
            record: serde_json::to_string(record).expect("a Value serialises"),
            text,
            quotes,
            entities,
            places,
            times,
            terms: article_terms,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_and_keys() {
        for (name, key) in [
            ("Jake Sullivan", "jake-sullivan"),
            ("l'Élysée", "l-elysee"),
            ("  Kim Jong-un ", "kim-jong-un"),
            ("Œuvre", "ouvre"),
            ("../../etc/passwd", "etc-passwd"),
        ] {
            assert_eq!(entity_key(name), key, "{name}");
        }
        assert_eq!(fold("ÉLYSÉE Ça"), "elysee ca");
    }

    #[test]
    fn dates() {
        assert_eq!(date_bound("2012", false).unwrap(), "2012-01-01");
        assert_eq!(date_bound("2012-05", true).unwrap(), "2012-05-31");
        assert_eq!(date_bound("2012-05-22", true).unwrap(), "2012-05-22");
        for bad in [
            "",
            "2012-13",
            "12-05-2012",
            "2012-05-22'; DROP TABLE",
            "2012-5-1",
        ] {
            assert!(date_bound(bad, false).is_err(), "{bad}");
        }
        assert_eq!(
            timex_date("2012-05-22T10:00").as_deref(),
            Some("2012-05-22")
        );
        assert_eq!(timex_date("2012-W21"), None);
        assert_eq!(timex_date("P3D"), None);
        assert_eq!(timex_date("2012").as_deref(), Some("2012-01-01"));
    }

    #[test]
    fn query_terms_drop_syntax() {
        assert_eq!(
            query_terms("\"Élysée\" OR 1=1; -- NEAR(x*)"),
            vec!["elysee", "or", "1", "1", "near", "x"]
        );
    }

    #[test]
    fn redacts_passwords() {
        assert_eq!(
            redact("postgres://u:secret@127.0.0.1/db"),
            "postgres://u@127.0.0.1/db"
        );
    }
}
