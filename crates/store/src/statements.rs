//! Statements: one quotation however often it is reprinted.
//!
//! A *statement* gathers the quotations that say the same thing: the same text once
//! typography is folded ([`normalise`]), or a fragment of a longer quotation by the same
//! speaker. The store decides it at ingest, one quotation at a time, so a new article joins
//! the statements already stored:
//!
//! 1. its normalised text is looked up among every form seen so far (`statement_forms`, keyed
//!    by a 64-bit hash of the text): a hit is the statement;
//! 2. else, when the speaker is known and the quotation has at least [`GRAM_WORDS`] words,
//!    its word 4-grams keyed by speaker (`statement_grams`) find the statements by that
//!    speaker sharing a run of four words; one whose text contains this one word for word,
//!    or which this one contains, is the statement (the longer text becomes its text, and
//!    several statements this one contains become one);
//! 3. else it starts a new statement.
//!
//! Each step is index lookups on the quotation's own keys, so the cost of a quotation does
//! not grow with the store. On PostgreSQL the form table's primary key makes two workers
//! storing the same text at once agree on one statement: the second one's insert waits for
//! the first's commit and then finds its row.
//!
//! This module does not read quotations from text; it takes those of the records.

/// How many words a gram (and the shortest fragment that joins a longer quotation) has:
/// fewer words ("c'est faux") are said by many people about many things.
pub const GRAM_WORDS: usize = 4;

/// Why a quotation cannot be a statement.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NormError {
    #[error("the quotation is empty once quotation marks, ellipses and punctuation are removed")]
    Empty,
}

/// The normalised text of a quotation: what two quotations must share to be the same
/// statement. Case and accents are kept (they change meaning: "Sud" and "sud", "ou" and
/// "où"); folded are what outlets change when they reprint a quotation:
/// - quotation marks of every style (« » “ ” „ " ‹ ›) are removed, and a single quote used
///   as one at the edges;
/// - apostrophes (’ ‘ ʼ ′ `) become `'`;
/// - cut marks — `(...)`, `[...]`, `(…)`, `[…]`, `…`, `...` — become a space;
/// - every run of white space (no-break spaces included) becomes one space, and the space
///   French typography puts before `; : ! ?` and inside guillemets is dropped;
/// - punctuation at the end (and at the start) is removed.
pub fn normalise(text: &str) -> Result<String, NormError> {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '«' | '»' | '“' | '”' | '„' | '"' | '‹' | '›' | '‟' => s.push(' '),
            '’' | '‘' | 'ʼ' | '′' | '`' => s.push('\''),
            '…' => s.push_str(" ... "),
            c if c.is_whitespace() => s.push(' '),
            c => s.push(c),
        }
    }
    // cut marks, bracketed or not
    for cut in ["(...)", "[...]", "( ... )", "[ ... ]", "..."] {
        if s.contains(cut) {
            s = s.replace(cut, " ");
        }
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split(' ').filter(|w| !w.is_empty()) {
        let lone_punct = w.chars().all(|c| matches!(c, ';' | ':' | '!' | '?'));
        if !out.is_empty() && !lone_punct {
            out.push(' ');
        }
        out.push_str(w);
    }
    let edge = |c: char| !c.is_alphanumeric() && !matches!(c, ')' | ']' | '%' | '€' | '$');
    let lead = |c: char| !c.is_alphanumeric() && !matches!(c, '(' | '[' | '-' | '+' | '€' | '$');
    let out = out.trim_end_matches(edge).trim_start_matches(lead).trim();
    if out.is_empty() {
        return Err(NormError::Empty);
    }
    Ok(out.to_string())
}

/// The words of a normalised text, for fragment containment: letters and digits, split at
/// everything else (so punctuation and apostrophes do not stop "la France" matching inside
/// "l'accord, la France").
pub fn words(norm: &str) -> Vec<&str> {
    norm.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The key of a normalised text in `statement_forms`.
pub fn form_key(norm: &str) -> i64 {
    depeche_article::fnv1a(norm.as_bytes()) as i64
}

/// The grams of a quotation by a known speaker: each run of [`GRAM_WORDS`] words with the
/// speaker's key, hashed. A fragment's grams are all among the longer quotation's, so one
/// lookup of a fragment's grams finds the longer one, and the other way round.
pub fn grams(speaker_key: &str, words: &[&str]) -> Vec<i64> {
    if words.len() < GRAM_WORDS {
        return Vec::new();
    }
    let mut out: Vec<i64> = words
        .windows(GRAM_WORDS)
        .map(|w| {
            let mut h = depeche_article::fnv1a(speaker_key.as_bytes());
            for x in w {
                h = (h ^ depeche_article::fnv1a(x.as_bytes())).wrapping_mul(0x100000001b3);
            }
            h as i64
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `short` occurs word for word, contiguously, in `long`.
pub fn contains_words(long: &[&str], short: &[&str]) -> bool {
    !short.is_empty() && long.len() >= short.len() && long.windows(short.len()).any(|w| w == short)
}

/// What the store keeps of a quotation to decide its statement.
#[derive(Debug, Clone)]
pub struct Form {
    pub norm: String,
    pub key: i64,
    /// Empty without a speaker or under [`GRAM_WORDS`] words: only exact forms join.
    pub grams: Vec<i64>,
}

impl Form {
    pub fn new(text: &str, speaker_key: Option<&str>) -> Result<Form, NormError> {
        let norm = normalise(text)?;
        let grams = speaker_key
            .map(|k| grams(k, &words(&norm)))
            .unwrap_or_default();
        Ok(Form {
            key: form_key(&norm),
            norm,
            grams,
        })
    }
}

/// The writes a backend does for [`resolve`], inside the article's transaction.
pub trait Tx {
    type E;
    /// The statement of a normalised form, if seen.
    fn form(&mut self, key: i64) -> Result<Option<i64>, Self::E>;
    /// Statements (id, normalised text) with any of these grams.
    fn by_grams(&mut self, grams: &[i64]) -> Result<Vec<(i64, String)>, Self::E>;
    fn new_statement(&mut self, norm: &str, text: &str) -> Result<i64, Self::E>;
    /// Record a form of a statement; when another writer recorded the same form first,
    /// its statement (and this call changes nothing).
    fn add_form(&mut self, key: i64, statement: i64) -> Result<Option<i64>, Self::E>;
    fn add_grams(&mut self, grams: &[i64], statement: i64) -> Result<(), Self::E>;
    /// A longer text for a statement.
    fn set_text(&mut self, statement: i64, norm: &str, text: &str) -> Result<(), Self::E>;
    /// Move everything of `from` (quotations, forms, grams) to `into` and drop `from`.
    fn merge(&mut self, from: i64, into: i64) -> Result<(), Self::E>;
    fn drop_statement(&mut self, statement: i64) -> Result<(), Self::E>;
}

/// The statement of one quotation (see the module's documentation), made if needed.
pub fn resolve<T: Tx>(tx: &mut T, form: &Form, text: &str) -> Result<i64, T::E> {
    if let Some(s) = tx.form(form.key)? {
        return Ok(s);
    }
    let mut chosen: Option<i64> = None;
    if !form.grams.is_empty() {
        let mine = words(&form.norm);
        let mut cands = tx.by_grams(&form.grams)?;
        cands.sort_unstable_by_key(|c| c.0);
        cands.dedup_by_key(|c| c.0);
        // statements this quotation is a fragment of, and statements that are fragments of it
        let (mut containing, mut contained) = (Vec::new(), Vec::new());
        for (id, norm) in cands {
            let theirs = words(&norm);
            if contains_words(&theirs, &mine) {
                containing.push(id);
            } else if contains_words(&mine, &theirs) {
                contained.push(id);
            }
        }
        // a fragment found in two statements joins the first; it does not make them one
        // (a speaker repeats a phrase in two different declarations)
        let into = containing.first().or(contained.first()).copied();
        if let Some(c) = into {
            for &other in contained.iter().filter(|&&o| o != c) {
                tx.merge(other, c)?;
            }
            if containing.is_empty() {
                tx.set_text(c, &form.norm, text)?;
            }
        }
        chosen = into;
    }
    let id = match chosen {
        Some(c) => c,
        None => tx.new_statement(&form.norm, text)?,
    };
    match tx.add_form(form.key, id)? {
        Some(winner) if winner != id => {
            // another writer stored this very text first: its statement is the one
            if chosen.is_none() {
                tx.drop_statement(id)?;
            }
            Ok(winner)
        }
        _ => {
            tx.add_grams(&form.grams, id)?;
            Ok(id)
        }
    }
}

/// One quotation of a statement, with where and when it appeared.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Occurrence {
    /// Store id of the quotation.
    pub quote: i64,
    pub article: i64,
    /// Index of the quotation in the record's `quotes`.
    pub index: i64,
    pub start: i64,
    pub end: i64,
    pub text: String,
    pub speaker: Option<String>,
    pub speaker_id: Option<String>,
    pub published: Option<String>,
    pub source: Option<String>,
    pub title: Option<String>,
}

/// A speaker given for a statement, and how many of its quotations give it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SpeakerCount {
    pub name: String,
    pub id: Option<String>,
    pub count: i64,
}

/// A statement with all its occurrences.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Statement {
    pub id: i64,
    /// The longest form quoted.
    pub text: String,
    /// The speaker most of its quotations give (ties: the first seen).
    pub speaker: Option<SpeakerCount>,
    /// The other speakers given, most frequent first.
    pub conflicting_speakers: Vec<SpeakerCount>,
    /// The earliest occurrence by publication date (undated last; ties: first stored).
    pub first: Option<Occurrence>,
    pub occurrences: Vec<Occurrence>,
}

/// The statement tables of SQLite (the `statement` column of `quotes` is added by
/// [`sqlite_tables`]).
pub const SQLITE_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS statements(
  id INTEGER PRIMARY KEY,
  norm TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS statement_forms(
  key INTEGER PRIMARY KEY,
  statement INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS statement_forms_statement ON statement_forms(statement);
CREATE TABLE IF NOT EXISTS statement_grams(
  gram INTEGER NOT NULL,
  statement INTEGER NOT NULL,
  PRIMARY KEY(gram, statement)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS statement_grams_statement ON statement_grams(statement);
CREATE INDEX IF NOT EXISTS quotes_statement ON quotes(statement, id);
";

/// The statement tables of PostgreSQL.
#[cfg(feature = "postgres")]
pub const PG_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS statements(
  id BIGSERIAL PRIMARY KEY,
  norm TEXT NOT NULL,
  text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS statement_forms(
  key BIGINT PRIMARY KEY,
  statement BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS statement_forms_statement ON statement_forms(statement);
CREATE TABLE IF NOT EXISTS statement_grams(
  gram BIGINT NOT NULL,
  statement BIGINT NOT NULL,
  PRIMARY KEY(gram, statement)
);
CREATE INDEX IF NOT EXISTS statement_grams_statement ON statement_grams(statement);
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS statement BIGINT;
CREATE INDEX IF NOT EXISTS quotes_statement ON quotes(statement, id);
";

/// A SQLite connection (inside a transaction) doing the writes of [`resolve`].
pub struct SqliteTx<'a>(pub &'a rusqlite::Connection);

impl Tx for SqliteTx<'_> {
    type E = rusqlite::Error;
    fn form(&mut self, key: i64) -> rusqlite::Result<Option<i64>> {
        use rusqlite::OptionalExtension;
        self.0
            .prepare_cached("SELECT statement FROM statement_forms WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()
    }
    fn by_grams(&mut self, grams: &[i64]) -> rusqlite::Result<Vec<(i64, String)>> {
        let mut out = Vec::new();
        let mut st = self.0.prepare_cached(
            "SELECT s.id, s.norm FROM statement_grams g JOIN statements s ON s.id = g.statement
             WHERE g.gram = ?1 LIMIT 64",
        )?;
        for g in grams {
            let rows = st.query_map([g], |r| Ok((r.get(0)?, r.get(1)?)))?;
            for r in rows {
                out.push(r?);
            }
        }
        Ok(out)
    }
    fn new_statement(&mut self, norm: &str, text: &str) -> rusqlite::Result<i64> {
        self.0
            .prepare_cached("INSERT INTO statements(norm, text) VALUES (?1, ?2)")?
            .execute([norm, text])?;
        Ok(self.0.last_insert_rowid())
    }
    fn add_form(&mut self, key: i64, statement: i64) -> rusqlite::Result<Option<i64>> {
        // one writer at a time on a SQLite file: the form cannot have appeared meanwhile
        self.0
            .prepare_cached(
                "INSERT OR IGNORE INTO statement_forms(key, statement) VALUES (?1, ?2)",
            )?
            .execute([key, statement])?;
        Ok(None)
    }
    fn add_grams(&mut self, grams: &[i64], statement: i64) -> rusqlite::Result<()> {
        let mut st = self.0.prepare_cached(
            "INSERT OR IGNORE INTO statement_grams(gram, statement) VALUES (?1, ?2)",
        )?;
        for g in grams {
            st.execute([*g, statement])?;
        }
        Ok(())
    }
    fn set_text(&mut self, statement: i64, norm: &str, text: &str) -> rusqlite::Result<()> {
        self.0
            .prepare_cached("UPDATE statements SET norm = ?2, text = ?3 WHERE id = ?1")?
            .execute(rusqlite::params![statement, norm, text])?;
        Ok(())
    }
    fn merge(&mut self, from: i64, into: i64) -> rusqlite::Result<()> {
        for sql in [
            "UPDATE quotes SET statement = ?2 WHERE statement = ?1",
            "UPDATE statement_forms SET statement = ?2 WHERE statement = ?1",
            "INSERT OR IGNORE INTO statement_grams(gram, statement)
             SELECT gram, ?2 FROM statement_grams WHERE statement = ?1",
        ] {
            self.0.prepare_cached(sql)?.execute([from, into])?;
        }
        self.drop_statement(from)
    }
    fn drop_statement(&mut self, statement: i64) -> rusqlite::Result<()> {
        for sql in [
            "DELETE FROM statement_grams WHERE statement = ?1",
            "DELETE FROM statement_forms WHERE statement = ?1",
            "DELETE FROM statements WHERE id = ?1",
        ] {
            self.0.prepare_cached(sql)?.execute([statement])?;
        }
        Ok(())
    }
}

/// A PostgreSQL transaction doing the writes of [`resolve`].
#[cfg(feature = "postgres")]
pub struct PgTx<'a, 'b>(pub &'a mut postgres::Transaction<'b>);

#[cfg(feature = "postgres")]
impl Tx for PgTx<'_, '_> {
    type E = postgres::Error;
    fn form(&mut self, key: i64) -> Result<Option<i64>, postgres::Error> {
        Ok(self
            .0
            .query_opt(
                "SELECT statement FROM statement_forms WHERE key = $1",
                &[&key],
            )?
            .map(|r| r.get(0)))
    }
    fn by_grams(&mut self, grams: &[i64]) -> Result<Vec<(i64, String)>, postgres::Error> {
        let rows = self.0.query(
            "SELECT s.id, s.norm FROM statement_grams g JOIN statements s ON s.id = g.statement
             WHERE g.gram = ANY($1) LIMIT 256",
            &[&grams],
        )?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }
    fn new_statement(&mut self, norm: &str, text: &str) -> Result<i64, postgres::Error> {
        Ok(self
            .0
            .query_one(
                "INSERT INTO statements(norm, text) VALUES ($1, $2) RETURNING id",
                &[&norm, &text],
            )?
            .get(0))
    }
    fn add_form(&mut self, key: i64, statement: i64) -> Result<Option<i64>, postgres::Error> {
        // another worker inserting the same key makes this insert wait for its commit; then
        // nothing is inserted and its row is read (READ COMMITTED: a fresh snapshot)
        let n = self.0.execute(
            "INSERT INTO statement_forms(key, statement) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            &[&key, &statement],
        )?;
        if n == 1 {
            return Ok(None);
        }
        self.form(key)
    }
    fn add_grams(&mut self, grams: &[i64], statement: i64) -> Result<(), postgres::Error> {
        if !grams.is_empty() {
            self.0.execute(
                "INSERT INTO statement_grams(gram, statement) SELECT unnest($1::BIGINT[]), $2
                 ON CONFLICT DO NOTHING",
                &[&grams, &statement],
            )?;
        }
        Ok(())
    }
    fn set_text(&mut self, statement: i64, norm: &str, text: &str) -> Result<(), postgres::Error> {
        self.0.execute(
            "UPDATE statements SET norm = $2, text = $3 WHERE id = $1",
            &[&statement, &norm, &text],
        )?;
        Ok(())
    }
    fn merge(&mut self, from: i64, into: i64) -> Result<(), postgres::Error> {
        for sql in [
            "UPDATE quotes SET statement = $2 WHERE statement = $1",
            "UPDATE statement_forms SET statement = $2 WHERE statement = $1",
            "INSERT INTO statement_grams(gram, statement)
             SELECT gram, $2 FROM statement_grams WHERE statement = $1 ON CONFLICT DO NOTHING",
        ] {
            self.0.execute(sql, &[&from, &into])?;
        }
        self.drop_statement(from)
    }
    fn drop_statement(&mut self, statement: i64) -> Result<(), postgres::Error> {
        for sql in [
            "DELETE FROM statement_grams WHERE statement = $1",
            "DELETE FROM statement_forms WHERE statement = $1",
            "DELETE FROM statements WHERE id = $1",
        ] {
            self.0.execute(sql, &[&statement])?;
        }
        Ok(())
    }
}

/// Give an older SQLite store its statement tables, and its quotations their statements
/// (in the order they were stored, as ingest would have), in one transaction.
pub fn sqlite_tables(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    crate::migrate::sqlite_once(
        conn,
        crate::migrate::Mark::Column("quotes", "statement"),
        || {
            conn.execute_batch(&format!(
                "ALTER TABLE quotes ADD COLUMN statement INTEGER; {SQLITE_SCHEMA}"
            ))?;
            let mut after = 0i64;
            loop {
                let page: Vec<(i64, String, Option<String>)> = conn
                .prepare(
                    "SELECT id, text, speaker_key FROM quotes WHERE id > ?1 ORDER BY id LIMIT 1000",
                )?
                .query_map([after], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<rusqlite::Result<_>>()?;
                let Some(last) = page.last().map(|p| p.0) else {
                    break;
                };
                for (id, text, key) in page {
                    if let Ok(form) = Form::new(&text, key.as_deref()) {
                        let s = resolve(&mut SqliteTx(conn), &form, &text)?;
                        conn.prepare_cached("UPDATE quotes SET statement = ?2 WHERE id = ?1")?
                            .execute([id, s])?;
                    }
                }
                after = last;
            }
            Ok(())
        },
    )
}

/// Give an older PostgreSQL database its statement tables and its quotations their
/// statements, under the schema lock so that one worker does it.
#[cfg(feature = "postgres")]
pub fn pg_tables(client: &mut postgres::Client, schema_lock: i64) -> Result<(), postgres::Error> {
    crate::migrate::pg_once(client, schema_lock, "statement_grams_statement", |tx| {
        tx.batch_execute(PG_SCHEMA)?;
        let mut after = 0i64;
        loop {
            let page = tx.query(
                "SELECT id, text, speaker_key FROM quotes WHERE id > $1 ORDER BY id LIMIT 1000",
                &[&after],
            )?;
            let Some(last) = page.last().map(|r| r.get::<_, i64>(0)) else {
                break;
            };
            for r in page {
                let (id, text, key): (i64, String, Option<String>) = (r.get(0), r.get(1), r.get(2));
                if let Ok(form) = Form::new(&text, key.as_deref()) {
                    let s = resolve(&mut PgTx(tx), &form, &text)?;
                    tx.execute("UPDATE quotes SET statement = $2 WHERE id = $1", &[&id, &s])?;
                }
            }
            after = last;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprints_normalise_alike() {
        // (as printed by one outlet, as reprinted by another)
        let same = [
            (
                "« Nous resterons fermes face à Pyongyang »",
                "\"Nous resterons fermes face à Pyongyang.\"",
            ),
            ("C’est l’heure", "C'est l'heure"),
            ("Pourquoi pas ?", "Pourquoi pas?"),
            ("Il faut agir\u{a0}: vite", "Il faut agir: vite"),
            (
                "Nous ferons (...) le nécessaire",
                "Nous ferons […] le nécessaire",
            ),
            ("Nous ferons… le nécessaire", "Nous ferons le nécessaire..."),
            ("  deux   espaces\n", "deux espaces"),
            ("“Une phrase”, ", "Une phrase"),
            ("(...) la suite", "la suite"),
        ];
        for (a, b) in same {
            assert_eq!(
                normalise(a).unwrap(),
                normalise(b).unwrap(),
                "{a:?} / {b:?}"
            );
        }
    }

    #[test]
    fn case_and_accents_are_kept() {
        assert_ne!(normalise("le Sud").unwrap(), normalise("le sud").unwrap());
        assert_ne!(normalise("ou bien").unwrap(), normalise("où bien").unwrap());
        assert_eq!(normalise("« Élysée »").unwrap(), "Élysée");
        // a closing bracket or a percent at the end is text, not trailing punctuation
        assert_eq!(normalise("hausse de 3 %.").unwrap(), "hausse de 3 %");
    }

    #[test]
    fn empty_quotations_are_an_error() {
        for t in ["", "   ", "« »", "(...)", "[…]", "...", "« ... » !"] {
            assert_eq!(normalise(t), Err(NormError::Empty), "{t:?}");
        }
    }

    #[test]
    fn fragments_are_found_by_their_words() {
        let long =
            normalise("Nous resterons fermes face à Pyongyang, et l'accord tiendra").unwrap();
        let short = normalise("fermes face à Pyongyang").unwrap();
        assert!(contains_words(&words(&long), &words(&short)));
        assert!(!contains_words(&words(&short), &words(&long)));
        // words, not characters: "ferme" is not in "fermes"
        assert!(!contains_words(&words(&long), &words("ferme face")));
        // every gram of the fragment is one of the longer quotation's, for the same speaker
        let (gl, gs) = (grams("k", &words(&long)), grams("k", &words(&short)));
        assert!(!gs.is_empty() && gs.iter().all(|g| gl.contains(g)));
        // and none for another speaker
        assert!(grams("autre", &words(&short))
            .iter()
            .all(|g| !gl.contains(g)));
        // too short to be a fragment of anything
        assert!(grams("k", &words("c'est faux")).is_empty());
    }
}
