//! The matching rules of the shared reference scorer (`eval/score.py`), ported one for one.
//!
//! Records and gold files are read as untyped JSON (like the Python script) so that a record
//! from an older or newer schema, or a hand-written prediction, is scored the same way by both.
//! Every deviation from Python semantics that could change a figure is handled here: offsets and
//! lengths count code points, `str.strip()`/`str.split()` use Python's notion of whitespace,
//! `round(x, 4)` rounds half to even on the exact binary value (as Rust's formatting does).

use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeSet, HashSet};
use unicode_normalization::{char::canonical_combining_class, UnicodeNormalization};

const ARTICLES: [&str; 6] = ["le ", "la ", "les ", "l'", "l\u{2019}", "the "];
const NORM_STRIP: &[char] = &[' ', ',', '.', ';', ':', '«', '»', '"', '“', '”'];
const PART_OF_DAY: [&str; 5] = ["TMO", "TAF", "TEV", "TNI", "TDT"];

/// Python's `str.isspace()`: Unicode white space plus the information separators U+001C–U+001F.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `str.strip()` without arguments.
pub fn py_strip(s: &str) -> &str {
    s.trim_matches(is_py_space)
}

/// Python's `str(v)` for a JSON value (`None` for null, `True`/`False` for booleans).
pub fn py_str(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "None".to_string(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(true)) => "True".to_string(),
        Some(Value::Bool(false)) => "False".to_string(),
        Some(other) => other.to_string(),
    }
}

/// Python truthiness of an optional JSON value.
pub fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|x| x != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// `round(x, 4)`.
pub fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().expect("formatted float parses")
}

/// Lowercase, strip accents, unify apostrophes and spaces, drop a leading article, strip
/// surrounding punctuation (score.py `norm`).
pub fn norm(s: &str) -> String {
    let s: String = s
        .nfkd()
        .filter(|&c| canonical_combining_class(c) == 0)
        .collect();
    let s = s
        .replace('\u{2019}', "'")
        .replace(['\u{a0}', '\u{202f}'], " ");
    let lower = s.to_lowercase();
    let mut s = lower
        .split(is_py_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    for a in ARTICLES {
        if let Some(rest) = s.strip_prefix(a) {
            s = rest.to_string();
            break;
        }
    }
    s.trim_matches(NORM_STRIP).to_string()
}

/// TIMEX3 value with a part-of-day suffix dropped: `2023-09-11TEV` and `2023-09-11` agree.
pub fn tvalue(v: &str) -> &str {
    for suf in PART_OF_DAY {
        if let Some(rest) = v.strip_suffix(suf) {
            return rest;
        }
    }
    v
}

fn first_chars(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// A text with code-point offsets, as Python indexes `str`.
pub struct Text<'a> {
    s: &'a str,
    /// Code-point offset of every byte offset that is a char boundary (and of the end).
    char_at: Vec<usize>,
    chars: usize,
}

impl<'a> Text<'a> {
    pub fn new(s: &'a str) -> Self {
        let mut char_at = vec![0; s.len() + 1];
        let mut n = 0;
        for (b, _) in s.char_indices() {
            char_at[b] = n;
            n += 1;
        }
        char_at[s.len()] = n;
        Text {
            s,
            char_at,
            chars: n,
        }
    }

    /// Length in code points.
    pub fn len(&self) -> usize {
        self.chars
    }

    pub fn is_empty(&self) -> bool {
        self.chars == 0
    }

    /// Every occurrence of `needle`, overlapping ones included, as code-point ranges.
    pub fn occurrences(&self, needle: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if needle.is_empty() {
            return out;
        }
        let n = needle.chars().count();
        let mut from = 0;
        while let Some(i) = self.s[from..].find(needle) {
            let b = from + i;
            let c = self.char_at[b];
            out.push((c, c + n));
            from = b + self.s[b..].chars().next().map_or(1, char::len_utf8);
        }
        out
    }
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Precision, recall and F1 (rounded to 4 places as score.py prints them) with the counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
    /// Gold items found.
    pub tp: usize,
    /// Predictions that matched, when it differs in kind from `tp` (quotes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tp_pred: Option<usize>,
    pub pred: usize,
    pub gold: usize,
}

impl Prf {
    fn new(tp_pred: usize, tp_gold: usize, n_pred: usize, n_gold: usize, two: bool) -> Prf {
        let p = if n_pred > 0 {
            tp_pred as f64 / n_pred as f64
        } else {
            0.0
        };
        let r = if n_gold > 0 {
            tp_gold as f64 / n_gold as f64
        } else {
            0.0
        };
        let f = if p + r != 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Prf {
            p: round4(p),
            r: round4(r),
            f1: round4(f),
            tp: tp_gold,
            tp_pred: two.then_some(tp_pred),
            pred: n_pred,
            gold: n_gold,
        }
    }

    /// score.py `prf`.
    pub fn simple(tp: usize, n_pred: usize, n_gold: usize) -> Prf {
        Prf::new(tp, tp, n_pred, n_gold, false)
    }

    /// score.py `prf2`: matched predictions and found gold items counted apart.
    pub fn split(tp_pred: usize, tp_gold: usize, n_pred: usize, n_gold: usize) -> Prf {
        Prf::new(tp_pred, tp_gold, n_pred, n_gold, true)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerAcc {
    pub correct: usize,
    pub matched: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WrongSpeaker {
    pub quote: String,
    pub gold: Value,
    pub pred: Value,
}

/// The scores of one article, in score.py's key order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaseScore {
    pub quotes: Prf,
    #[serde(rename = "quotes+speaker")]
    pub quotes_speaker: Prf,
    pub speaker_acc_on_matched: SpeakerAcc,
    pub missed_quotes: Vec<String>,
    pub extra_quotes: Vec<String>,
    pub wrong_speaker: Vec<WrongSpeaker>,
    pub times: Prf,
    pub time_spans: Prf,
    pub wrong_times: Vec<(String, String)>,
    pub entities: Prf,
    pub places: Prf,
    /// Only where the gold says the text pins the publication date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_inferred: Option<bool>,
}

fn list<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    match v.get(key) {
        Some(Value::Array(a)) => a,
        _ => &[],
    }
}

fn as_int(v: Option<&Value>) -> Option<i128> {
    match v? {
        Value::Number(n) => n
            .as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from)),
        Value::Bool(b) => Some(i128::from(*b)),
        _ => None,
    }
}

fn str_of<'v>(v: &'v Value, key: &str) -> &'v str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

/// A predicted quote's span: its offsets, else the first occurrence of its text.
fn pred_span(q: &Value, text: &Text) -> Option<(usize, usize)> {
    if let (Some(s), Some(e)) = (as_int(q.get("start")), as_int(q.get("end"))) {
        if 0 <= s && s < e && e <= text.len() as i128 {
            return Some((s as usize, e as usize));
        }
    }
    text.occurrences(str_of(q, "text")).first().copied()
}

/// Overlap quality between a gold quote and a predicted span (0 when no match).
fn quote_matches(gq: &Value, span: (usize, usize), text: &Text) -> f64 {
    let direct = gq.get("kind").and_then(Value::as_str) == Some("direct");
    let mut best = 0.0f64;
    for g in text.occurrences(str_of(gq, "text")) {
        let ov = overlap(g, span);
        if ov == 0 {
            continue;
        }
        let (glen, plen) = (g.1 - g.0, span.1 - span.0);
        let (ov, longer, shorter) = (ov as f64, glen.max(plen) as f64, glen.min(plen) as f64);
        let ok = if direct {
            ov / longer >= 0.5
        } else {
            // reported speech has fuzzy edges: most of the shorter side inside the other
            ov / shorter >= 0.5 && ov / longer >= 0.25
        };
        if ok {
            best = best.max(ov / longer);
        }
    }
    best
}

fn speaker_ok(gq: &Value, pq: &Value) -> bool {
    let (name, text) = match pq.get("speaker") {
        Some(Value::String(s)) => (s.as_str(), ""),
        Some(sp @ Value::Object(_)) => (str_of(sp, "name"), str_of(sp, "text")),
        _ => ("", ""),
    };
    let cands: Vec<String> = [norm(name), norm(text)]
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect();
    let mut golds = vec![norm(str_of(gq, "speaker"))];
    golds.extend(
        list(gq, "speaker_mentions")
            .iter()
            .map(|m| norm(m.as_str().unwrap_or(""))),
    );
    let long = |s: &str| s.chars().count() >= 3;
    cands.iter().any(|c| {
        golds.iter().any(|g| {
            !g.is_empty()
                && (c == g
                    || (long(c) && g.contains(c.as_str()))
                    || (long(g) && c.contains(g.as_str())))
        })
    })
}

/// The speaker a record gives, as score.py reports it in `wrong_speaker`.
fn reported_speaker(pq: &Value) -> Value {
    match pq.get("speaker") {
        Some(sp @ Value::Object(_)) => sp.get("name").cloned().unwrap_or(Value::Null),
        Some(v) => v.clone(),
        None => Value::Null,
    }
}

/// A set key for a JSON value: strings as themselves, anything else by its JSON text (so that
/// a null or numeric type never equals a string one).
fn key(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => format!("s{s}"),
        None => "jnull".to_string(),
        Some(other) => format!("j{other}"),
    }
}

fn time_match(
    gt: &[(String, String)],
    pt: &[(String, String)],
    with_value: bool,
) -> (usize, HashSet<usize>) {
    let mut used = HashSet::new();
    let mut tp = 0;
    for (gtext, gval) in gt {
        let a = norm(gtext);
        for (i, (ptext, pval)) in pt.iter().enumerate() {
            if used.contains(&i) || ptext.is_empty() {
                continue;
            }
            let b = norm(ptext);
            if (a.contains(b.as_str()) || b.contains(a.as_str())) && (!with_value || gval == pval) {
                used.insert(i);
                tp += 1;
                break;
            }
        }
    }
    (tp, used)
}

/// Score one record (`pred`, `{}` when there is none) against one gold file; `text` is the
/// record's own text when it has one, else the article.
pub fn score_case(gold: &Value, pred: &Value, text: &str) -> CaseScore {
    let text = Text::new(text);

    // quotes: greedy one-to-one matching on overlap quality, then the containment pass
    let preds: Vec<((usize, usize), &Value)> = list(pred, "quotes")
        .iter()
        .filter_map(|q| pred_span(q, &text).map(|sp| (sp, q)))
        .collect();
    let golds = list(gold, "quotes");
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, gq) in golds.iter().enumerate() {
        for (pi, (sp, _)) in preds.iter().enumerate() {
            let m = quote_matches(gq, *sp, &text);
            if m != 0.0 {
                pairs.push((m, gi, pi));
            }
        }
    }
    // Python sorts the tuples in reverse: quality, then gold index, then prediction index
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
    // `found` is an insertion-ordered dict in Python: keep the order
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut found_g = vec![false; golds.len()];
    let mut used_p = vec![false; preds.len()];
    for &(_, gi, pi) in &pairs {
        if found_g[gi] || used_p[pi] {
            continue;
        }
        found.push((gi, pi));
        found_g[gi] = true;
        used_p[pi] = true;
    }
    for (gi, gq) in golds.iter().enumerate() {
        if gq.get("kind").and_then(Value::as_str) != Some("direct") {
            continue;
        }
        let spans = text.occurrences(str_of(gq, "text"));
        for (pi, (sp, _)) in preds.iter().enumerate() {
            if spans.iter().any(|g| sp.0 <= g.0 && g.1 <= sp.1) {
                if !found_g[gi] {
                    found.push((gi, pi));
                    found_g[gi] = true;
                }
                used_p[pi] = true;
            }
        }
    }
    let ok: Vec<bool> = found
        .iter()
        .map(|&(gi, pi)| speaker_ok(&golds[gi], preds[pi].1))
        .collect();
    let n_found = found.len();
    let n_right = ok.iter().filter(|&&b| b).count();
    let right_p: HashSet<usize> = found
        .iter()
        .zip(&ok)
        .filter(|(_, &b)| b)
        .map(|(&(_, pi), _)| pi)
        .collect();
    let n_used = used_p.iter().filter(|&&b| b).count();
    let quotes = Prf::split(n_used, n_found, preds.len(), golds.len());
    let quotes_speaker = Prf::split(right_p.len(), n_right, preds.len(), golds.len());
    let missed_quotes = golds
        .iter()
        .enumerate()
        .filter(|&(i, _)| !found_g[i])
        .map(|(_, gq)| first_chars(str_of(gq, "text"), 80))
        .collect();
    let extra_quotes = preds
        .iter()
        .enumerate()
        .filter(|&(i, _)| !used_p[i])
        .map(|(_, (_, pq))| first_chars(str_of(pq, "text"), 80))
        .collect();
    let wrong_speaker = found
        .iter()
        .zip(&ok)
        .filter(|(_, &b)| !b)
        .map(|(&(gi, pi), _)| WrongSpeaker {
            quote: first_chars(str_of(&golds[gi], "text"), 60),
            gold: golds[gi].get("speaker").cloned().unwrap_or(Value::Null),
            pred: reported_speaker(preds[pi].1),
        })
        .collect();

    // times: one text contains the other and, for `times`, the values are equal
    let time_set = |items: &[Value]| -> Vec<(String, String)> {
        let set: BTreeSet<(String, String)> = items
            .iter()
            .map(|t| {
                let value = py_str(t.get("value"));
                (
                    py_strip(str_of(t, "text")).to_string(),
                    tvalue(&value).to_string(),
                )
            })
            .collect();
        set.into_iter().collect()
    };
    let gt = time_set(list(gold, "times"));
    let pt = time_set(list(pred, "times"));
    let (tp_v, used_v) = time_match(&gt, &pt, true);
    let (tp_s, _) = time_match(&gt, &pt, false);
    let wrong_times = pt
        .iter()
        .enumerate()
        .filter(|(i, _)| !used_v.contains(i))
        .map(|(_, x)| x.clone())
        .take(20)
        .collect();

    // entities: unique (mention, type)
    let mut ge = HashSet::new();
    for e in list(gold, "entities") {
        for m in list(e, "mentions") {
            ge.insert((key(Some(m)), key(e.get("type"))));
        }
    }
    let mut pe = HashSet::new();
    for e in list(pred, "entities") {
        let ty = if truthy(e.get("type")) {
            e.get("type")
        } else {
            e.get("label")
        };
        for m in list(e, "mentions") {
            let mt = if m.is_object() {
                m.get("text")
            } else {
                Some(m)
            };
            if truthy(mt) {
                pe.insert((key(mt), key(ty)));
            }
        }
    }
    let entities = Prf::simple(ge.intersection(&pe).count(), pe.len(), ge.len());

    // places: unique (text, country)
    let gp: HashSet<(String, String)> = list(gold, "places")
        .iter()
        .map(|p| (key(p.get("text")), key(p.get("country"))))
        .collect();
    let pp: HashSet<(String, String)> = list(pred, "places")
        .iter()
        .map(|p| {
            let country = p
                .get("country")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_uppercase();
            (key(p.get("text")), key(Some(&Value::String(country))))
        })
        .collect();
    let places = Prf::simple(gp.intersection(&pp).count(), pp.len(), gp.len());

    let published_inferred = truthy(gold.get("published_inferable")).then(|| {
        pred.get("published").unwrap_or(&Value::Null)
            == gold.get("published").unwrap_or(&Value::Null)
    });

    CaseScore {
        quotes,
        quotes_speaker,
        speaker_acc_on_matched: SpeakerAcc {
            correct: n_right,
            matched: n_found,
        },
        missed_quotes,
        extra_quotes,
        wrong_speaker,
        times: Prf::simple(tp_v, pt.len(), gt.len()),
        time_spans: Prf::simple(tp_s, pt.len(), gt.len()),
        wrong_times,
        entities,
        places,
        published_inferred,
    }
}

/// Micro-averaged totals over the articles (score.py `total`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub quotes: Prf,
    #[serde(rename = "quotes+speaker")]
    pub quotes_speaker: Prf,
    pub times: Prf,
    pub time_spans: Prf,
    pub entities: Prf,
    pub places: Prf,
    pub speaker_acc_on_matched: f64,
    /// `inferred/inferable`.
    pub published_inferred: String,
}

pub fn total<'a>(results: impl IntoIterator<Item = &'a CaseScore> + Clone) -> Summary {
    let sum = |pick: fn(&CaseScore) -> &Prf| {
        let (mut tp, mut tp_pred, mut n_pred, mut n_gold) = (0, 0, 0, 0);
        for r in results.clone() {
            let x = pick(r);
            tp += x.tp;
            tp_pred += x.tp_pred.unwrap_or(x.tp);
            n_pred += x.pred;
            n_gold += x.gold;
        }
        Prf::new(tp_pred, tp, n_pred, n_gold, false)
    };
    let (mut c, mut m) = (0, 0);
    let (mut inferred, mut inferable) = (0, 0);
    for r in results.clone() {
        c += r.speaker_acc_on_matched.correct;
        m += r.speaker_acc_on_matched.matched;
        if let Some(b) = r.published_inferred {
            inferable += 1;
            inferred += usize::from(b);
        }
    }
    Summary {
        quotes: sum(|r| &r.quotes),
        quotes_speaker: sum(|r| &r.quotes_speaker),
        times: sum(|r| &r.times),
        time_spans: sum(|r| &r.time_spans),
        entities: sum(|r| &r.entities),
        places: sum(|r| &r.places),
        speaker_acc_on_matched: if m > 0 {
            round4(c as f64 / m as f64)
        } else {
            0.0
        },
        published_inferred: format!("{inferred}/{inferable}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn norm_follows_score_py() {
        assert_eq!(norm("L’Élysée"), "elysee");
        assert_eq!(norm("  le  Staff\u{a0}castrais, "), "staff castrais");
        assert_eq!(norm("«Les Verts»"), "les verts");
        assert_eq!(norm("Les Verts"), "verts");
        assert_eq!(norm("Me Julien Carrasco."), "me julien carrasco");
        assert_eq!(norm(""), "");
    }

    #[test]
    fn python_helpers() {
        assert_eq!(tvalue("2024-10-03TEV"), "2024-10-03");
        assert_eq!(tvalue("2024-10-03T21:05"), "2024-10-03T21:05");
        assert_eq!(py_str(None), "None");
        assert_eq!(py_str(Some(&json!(2024))), "2024");
        assert_eq!(round4(1.0 / 32.0), 0.0312);
        assert_eq!(round4(2.0 / 3.0), 0.6667);
        assert_eq!(py_strip("\u{1f} a \u{a0}"), "a");
    }

    #[test]
    fn occurrences_count_code_points_and_overlap() {
        let t = Text::new("éé aa aaa");
        assert_eq!(t.occurrences("aa"), vec![(3, 5), (6, 8), (7, 9)]);
        assert_eq!(t.occurrences(""), vec![]);
        assert_eq!(t.len(), 9);
    }

    #[test]
    fn speaker_matching() {
        let g = json!({"speaker": "Julien Carrasco", "speaker_mentions": ["son avocat, Me Julien Carrasco"]});
        assert!(speaker_ok(&g, &json!({"speaker": "Carrasco"})));
        assert!(speaker_ok(
            &g,
            &json!({"speaker": {"name": "X", "text": "Me Julien Carrasco"}})
        ));
        assert!(!speaker_ok(
            &g,
            &json!({"speaker": {"name": "il", "text": "il"}})
        ));
        assert!(!speaker_ok(&g, &json!({"speaker": null})));
    }
}
