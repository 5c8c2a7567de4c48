//! Wire copies: the same dispatch reprinted by several outlets, recognised as one cluster.
//!
//! Outlets reprint an agency dispatch with a new headline, a lead rewritten, a paragraph
//! cut or added, a signature changed. Each article gets a MinHash sketch of its word
//! 4-grams ([`Sketch`]); the sketch's [`BANDS`] bands of [`ROWS`] values are keys of an LSH
//! index in the store (`article_bands`), so finding the stored articles that may be copies
//! of a new one is [`BANDS`] index lookups whatever the store's size. A candidate is a copy
//! when the share of the smaller article's 4-grams found in the other one, estimated from
//! the two sketches, is at least [`CONTAINMENT`]: a dispatch cut by half is still a copy, a
//! text on the same subject with other words is not.
//!
//! A new article joins the cluster of its most similar copy; its cluster id is that of the
//! first article stored in the cluster. The earliest member (by publication date) is read
//! when asked for. An article whose text changes leaves its cluster; a cluster whose first
//! member leaves takes the next one's id, so its other members stay together.

use crate::rows::fold;

/// Number of MinHash values in a sketch.
pub const HASHES: usize = 64;
/// LSH bands and values per band: two articles sharing a share `j` of their 4-grams
/// (Jaccard) meet in at least one band with probability `1 - (1 - j^ROWS)^BANDS`: 0.95 at
/// j = 0.3, 0.9999 at j = 0.5, 0.08 at j = 0.05 (most of those are then rejected on their
/// sketches).
pub const BANDS: usize = 32;
pub const ROWS: usize = HASHES / BANDS;
/// Words per shingle: long enough that two articles on one subject share few of them by
/// chance ("le président de la République"), short enough that an edited sentence keeps
/// most of its neighbours'.
pub const SHINGLE: usize = 4;
/// Estimated share of the smaller article's shingles found in the other one, above which
/// the two are copies (measured on the generated collection, see docs/across.md).
pub const CONTAINMENT: f64 = 0.5;
/// Candidates read per band, the newest first: a band shared by very many articles
/// (boilerplate, or in the store benchmark's small vocabulary a common phrase) says little,
/// and the copies of a dispatch are stored within hours of it, so the newest of a crowded
/// band are the ones worth reading. 16, the oldest first, made ~130 candidates per lookup for
/// 2 copies at 110,000 benchmark articles, ~100 of them the same first-stored articles of
/// crowded bands (docs/across.md, "Scale").
pub const PER_BAND: i64 = 8;

/// The MinHash sketch of a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Sketch {
    /// Number of distinct shingles.
    pub shingles: i64,
    pub mins: [u32; HASHES],
}

fn mix(mut z: u64) -> u64 {
    // splitmix64's finaliser: every input bit moves every output bit
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
    z ^ (z >> 31)
}

impl Sketch {
    /// The sketch of a text; `None` for a text of fewer than [`SHINGLE`] words.
    pub fn of(text: &str) -> Option<Sketch> {
        let folded = fold(text);
        let words: Vec<u64> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| depeche_article::fnv1a(w.as_bytes()))
            .collect();
        if words.len() < SHINGLE {
            return None;
        }
        let mut shingles: Vec<u64> = words
            .windows(SHINGLE)
            .map(|w| w.iter().fold(0u64, |h, x| mix(h ^ x)))
            .collect();
        shingles.sort_unstable();
        shingles.dedup();
        let mut mins = [u32::MAX; HASHES];
        for &s in &shingles {
            for (i, m) in mins.iter_mut().enumerate() {
                let v = (mix(s ^ SEEDS[i]) >> 32) as u32;
                if v < *m {
                    *m = v;
                }
            }
        }
        Some(Sketch {
            shingles: shingles.len() as i64,
            mins,
        })
    }

    /// The LSH keys of the sketch, one per band.
    pub fn bands(&self) -> Vec<i64> {
        (0..BANDS)
            .map(|b| {
                let mut h = mix(b as u64 + 1);
                for v in &self.mins[b * ROWS..(b + 1) * ROWS] {
                    h = mix(h ^ *v as u64);
                }
                h as i64
            })
            .collect()
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    pub fn jaccard(&self, other: &Sketch) -> f64 {
        let same = self
            .mins
            .iter()
            .zip(&other.mins)
            .filter(|(a, b)| a == b)
            .count();
        same as f64 / HASHES as f64
    }

    /// Estimated share of the smaller set found in the other one.
    pub fn containment(&self, other: &Sketch) -> f64 {
        let j = self.jaccard(other);
        let (a, b) = (self.shingles as f64, other.shingles as f64);
        let inter = j * (a + b) / (1.0 + j);
        (inter / a.min(b)).min(1.0)
    }

    /// The sketch as stored: its values, 4 big-endian bytes each (the bytes of the hex text
    /// stores made before `article_minhash` held, so that SQL's `unhex` converts them).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.mins.iter().flat_map(|v| v.to_be_bytes()).collect()
    }

    /// [`Sketch::to_bytes`] read back; `None` unless there are [`HASHES`] values.
    pub fn from_bytes(shingles: i64, bytes: &[u8]) -> Option<Sketch> {
        if bytes.len() != HASHES * 4 {
            return None;
        }
        let mut mins = [0u32; HASHES];
        for (m, b) in mins.iter_mut().zip(bytes.chunks_exact(4)) {
            *m = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
        }
        Some(Sketch { shingles, mins })
    }
}

/// One seed per MinHash function.
const SEEDS: [u64; HASHES] = {
    let mut s = [0u64; HASHES];
    let mut i = 0;
    let mut x: u64 = 0x9e3779b97f4a7c15;
    while i < HASHES {
        x = x.wrapping_add(0x9e3779b97f4a7c15);
        s[i] = x;
        i += 1;
    }
    s
};

/// The store's side of clustering, inside the article's transaction.
pub trait Tx {
    type E;
    /// The articles other than `me` found under any of these band keys (the newest
    /// [`PER_BAND`] of each band), each once, with their sketches, in one query (it was one query per band
    /// and one per candidate: ~160 statements, or round trips on PostgreSQL, per lookup;
    /// docs/across.md, "Scale").
    fn candidates(&mut self, bands: &[i64], me: i64) -> Result<Vec<(i64, Sketch)>, Self::E>;
    /// A stored article's cluster (its own id when it has none).
    fn cluster(&mut self, article: i64) -> Result<i64, Self::E>;
    /// Store an article's sketch, bands and cluster (replacing what it had).
    fn save(&mut self, article: i64, sketch: Option<&Sketch>, cluster: i64) -> Result<(), Self::E>;
    /// Remove an article from its cluster (its sketch and bands too); when it was the
    /// cluster's first member, the others take the next one's id.
    fn leave(&mut self, article: i64) -> Result<(), Self::E>;
}

/// The stored copies of a sketch, most similar first: (article, its cluster, containment).
pub fn copies<T: Tx>(tx: &mut T, sketch: &Sketch, me: i64) -> Result<Vec<(i64, i64, f64)>, T::E> {
    let cands = tx.candidates(&sketch.bands(), me)?;
    let mut out = Vec::new();
    for (c, other) in cands {
        let score = sketch.containment(&other);
        if score >= CONTAINMENT {
            // only a copy's row of `articles` is read: most candidates are not copies, and
            // reading `cluster`, stored after the text and the record, costs the row's
            // overflow pages (docs/across.md, "Scale")
            out.push((c, tx.cluster(c)?, score));
        }
    }
    // most similar first; ties: the first stored
    out.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
    Ok(out)
}

/// Put an article in its cluster: that of its most similar stored copy, else its own.
pub fn assign<T: Tx>(tx: &mut T, article: i64, sketch: Option<&Sketch>) -> Result<i64, T::E> {
    let cluster = match sketch {
        Some(s) => copies(tx, s, article)?.first().map_or(article, |b| b.1),
        None => article,
    };
    tx.save(article, sketch, cluster)?;
    Ok(cluster)
}

/// A stored article found as a copy of a text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct NearCopy {
    pub article: i64,
    pub cluster: i64,
    /// Estimated share of the smaller text's 4-grams found in the other.
    pub containment: f64,
}

/// A cluster of copies as the store reports it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Cluster {
    /// The cluster's id: the store id of its first stored member.
    pub id: i64,
    /// The member published first (undated last; ties: first stored).
    pub earliest: i64,
    /// Every member, in store order.
    pub members: Vec<i64>,
}

/// The copy tables of SQLite (the `cluster` column of `articles` is added by
/// [`sqlite_tables`]).
pub const SQLITE_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS article_minhash(
  article INTEGER PRIMARY KEY,
  shingles INTEGER NOT NULL,
  mins BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS article_bands(
  band INTEGER NOT NULL,
  article INTEGER NOT NULL,
  PRIMARY KEY(band, article)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_bands_article ON article_bands(article);
CREATE INDEX IF NOT EXISTS articles_cluster ON articles(cluster, id);
";

/// The copy tables of PostgreSQL.
#[cfg(feature = "postgres")]
pub const PG_SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS article_minhash(
  article BIGINT PRIMARY KEY,
  shingles BIGINT NOT NULL,
  mins BYTEA NOT NULL
);
CREATE TABLE IF NOT EXISTS article_bands(
  band BIGINT NOT NULL,
  article BIGINT NOT NULL,
  PRIMARY KEY(band, article)
);
CREATE INDEX IF NOT EXISTS article_bands_article ON article_bands(article);
ALTER TABLE articles ADD COLUMN IF NOT EXISTS cluster BIGINT;
CREATE INDEX IF NOT EXISTS articles_cluster ON articles(cluster, id);
";

/// The candidates of a lookup and their sketches in one SQLite statement: one arm per band
/// (`?1`..`?BANDS`, each read up to `PER_BAND` rows, the article looked up excluded), the
/// articles found each read once in `article_minhash`. The newest of a band are read by walking
/// its key in the primary key backwards: no sort.
static SQLITE_CANDIDATES: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let arms: Vec<String> = (1..=BANDS)
        .map(|b| {
            format!(
                "SELECT article FROM (SELECT article FROM article_bands \
                 WHERE band = ?{b} AND article <> ?{me} ORDER BY article DESC LIMIT ?{limit})",
                me = BANDS + 1,
                limit = BANDS + 2
            )
        })
        .collect();
    format!(
        "SELECT s.article, s.shingles, s.mins FROM article_minhash s WHERE s.article IN ({})",
        arms.join(" UNION ALL ")
    )
});

/// A SQLite connection (inside a transaction) doing the writes of [`assign`].
pub struct SqliteTx<'a>(pub &'a rusqlite::Connection);

impl Tx for SqliteTx<'_> {
    type E = rusqlite::Error;
    fn candidates(&mut self, bands: &[i64], me: i64) -> rusqlite::Result<Vec<(i64, Sketch)>> {
        let mut st = self.0.prepare_cached(&SQLITE_CANDIDATES)?;
        let mut rows = st.query(rusqlite::params_from_iter(
            bands.iter().copied().chain([me, PER_BAND]),
        ))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let (article, shingles) = (r.get(0)?, r.get(1)?);
            let mins = match r.get_ref(2)? {
                rusqlite::types::ValueRef::Blob(b) => b,
                _ => continue,
            };
            if let Some(s) = Sketch::from_bytes(shingles, mins) {
                out.push((article, s));
            }
        }
        Ok(out)
    }
    fn cluster(&mut self, article: i64) -> rusqlite::Result<i64> {
        use rusqlite::OptionalExtension;
        let c: Option<Option<i64>> = self
            .0
            .prepare_cached("SELECT cluster FROM articles WHERE id = ?1")?
            .query_row([article], |r| r.get(0))
            .optional()?;
        Ok(c.flatten().unwrap_or(article))
    }
    fn save(
        &mut self,
        article: i64,
        sketch: Option<&Sketch>,
        cluster: i64,
    ) -> rusqlite::Result<()> {
        self.0
            .prepare_cached("DELETE FROM article_bands WHERE article = ?1")?
            .execute([article])?;
        match sketch {
            Some(s) => {
                self.0
                    .prepare_cached(
                        "INSERT OR REPLACE INTO article_minhash(article, shingles, mins)
                         VALUES (?1, ?2, ?3)",
                    )?
                    .execute(rusqlite::params![article, s.shingles, s.to_bytes()])?;
                let mut ins = self.0.prepare_cached(
                    "INSERT OR IGNORE INTO article_bands(band, article) VALUES (?1, ?2)",
                )?;
                for b in s.bands() {
                    ins.execute([b, article])?;
                }
            }
            None => {
                self.0
                    .prepare_cached("DELETE FROM article_minhash WHERE article = ?1")?
                    .execute([article])?;
            }
        }
        self.0
            .prepare_cached("UPDATE articles SET cluster = ?2 WHERE id = ?1")?
            .execute([article, cluster])?;
        Ok(())
    }
    fn leave(&mut self, article: i64) -> rusqlite::Result<()> {
        // the other members of a cluster this article started take the next one's id
        self.0
            .prepare_cached(
                "UPDATE articles SET cluster = (SELECT MIN(id) FROM articles
                   WHERE cluster = ?1 AND id <> ?1)
                 WHERE cluster = ?1 AND id <> ?1",
            )?
            .execute([article])?;
        for sql in [
            "DELETE FROM article_bands WHERE article = ?1",
            "DELETE FROM article_minhash WHERE article = ?1",
            "UPDATE articles SET cluster = NULL WHERE id = ?1",
        ] {
            self.0.prepare_cached(sql)?.execute([article])?;
        }
        Ok(())
    }
}

/// A PostgreSQL transaction doing the writes of [`assign`].
#[cfg(feature = "postgres")]
pub struct PgTx<'a, 'b>(pub &'a mut postgres::Transaction<'b>);

#[cfg(feature = "postgres")]
impl Tx for PgTx<'_, '_> {
    type E = postgres::Error;
    fn candidates(
        &mut self,
        bands: &[i64],
        me: i64,
    ) -> Result<Vec<(i64, Sketch)>, postgres::Error> {
        let rows = self.0.query(
            "SELECT s.article, s.shingles, s.mins FROM article_minhash s
             WHERE s.article IN (
               SELECT x.article FROM unnest($1::BIGINT[]) b(k),
               LATERAL (SELECT article FROM article_bands WHERE band = b.k AND article <> $2
                        ORDER BY article DESC LIMIT $3) x)",
            &[&bands, &me, &PER_BAND],
        )?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let (article, n, mins): (i64, i64, &[u8]) = (r.get(0), r.get(1), r.get(2));
                Some((article, Sketch::from_bytes(n, mins)?))
            })
            .collect())
    }
    fn cluster(&mut self, article: i64) -> Result<i64, postgres::Error> {
        let row = self
            .0
            .query_opt("SELECT cluster FROM articles WHERE id = $1", &[&article])?;
        Ok(row
            .and_then(|r| r.get::<_, Option<i64>>(0))
            .unwrap_or(article))
    }
    fn save(
        &mut self,
        article: i64,
        sketch: Option<&Sketch>,
        cluster: i64,
    ) -> Result<(), postgres::Error> {
        self.0
            .execute("DELETE FROM article_bands WHERE article = $1", &[&article])?;
        match sketch {
            Some(s) => {
                self.0.execute(
                    "INSERT INTO article_minhash(article, shingles, mins) VALUES ($1, $2, $3)
                     ON CONFLICT (article) DO UPDATE SET shingles = $2, mins = $3",
                    &[&article, &s.shingles, &s.to_bytes()],
                )?;
                self.0.execute(
                    "INSERT INTO article_bands(band, article) SELECT unnest($1::BIGINT[]), $2
                     ON CONFLICT DO NOTHING",
                    &[&s.bands(), &article],
                )?;
            }
            None => {
                self.0.execute(
                    "DELETE FROM article_minhash WHERE article = $1",
                    &[&article],
                )?;
            }
        }
        self.0.execute(
            "UPDATE articles SET cluster = $2 WHERE id = $1",
            &[&article, &cluster],
        )?;
        Ok(())
    }
    fn leave(&mut self, article: i64) -> Result<(), postgres::Error> {
        self.0.execute(
            "UPDATE articles SET cluster = (SELECT MIN(id) FROM articles
               WHERE cluster = $1 AND id <> $1)
             WHERE cluster = $1 AND id <> $1",
            &[&article],
        )?;
        for sql in [
            "DELETE FROM article_bands WHERE article = $1",
            "DELETE FROM article_minhash WHERE article = $1",
            "UPDATE articles SET cluster = NULL WHERE id = $1",
        ] {
            self.0.execute(sql, &[&article])?;
        }
        Ok(())
    }
}

/// A store made before `article_minhash` kept each sketch as hex text in `article_sketch`:
/// twice the bytes, and a decoding per candidate. The same values, as bytes.
const SQLITE_MINHASH: &str = "
CREATE TABLE article_minhash(
  article INTEGER PRIMARY KEY,
  shingles INTEGER NOT NULL,
  mins BLOB NOT NULL
);
INSERT INTO article_minhash(article, shingles, mins)
  SELECT article, shingles, unhex(mins) FROM article_sketch WHERE length(mins) = 512
  AND unhex(mins) IS NOT NULL ORDER BY article;
DROP TABLE article_sketch;
";

#[cfg(feature = "postgres")]
const PG_MINHASH: &str = "
CREATE TABLE article_minhash(
  article BIGINT PRIMARY KEY,
  shingles BIGINT NOT NULL,
  mins BYTEA NOT NULL
);
INSERT INTO article_minhash(article, shingles, mins)
  SELECT article, shingles, decode(mins, 'hex') FROM article_sketch WHERE length(mins) = 512
  AND mins ~ '^[0-9a-fA-F]*$';
DROP TABLE article_sketch;
";

/// Give an older SQLite store its copy tables, and its articles their clusters (in the
/// order they were stored, as ingest would have), in one transaction; a store whose sketches
/// are hex text gets them as bytes (in one transaction too).
pub fn sqlite_tables(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    sqlite_clusters(conn)?;
    crate::migrate::sqlite_once(conn, crate::migrate::Mark::Table("article_minhash"), || {
        conn.execute_batch(SQLITE_MINHASH)
    })
}

fn sqlite_clusters(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    crate::migrate::sqlite_once(
        conn,
        crate::migrate::Mark::Column("articles", "cluster"),
        || {
            conn.execute_batch(&format!(
                "ALTER TABLE articles ADD COLUMN cluster INTEGER; {SQLITE_SCHEMA}"
            ))?;
            let mut after = 0i64;
            loop {
                let page: Vec<(i64, String)> = conn
                    .prepare("SELECT id, text FROM articles WHERE id > ?1 ORDER BY id LIMIT 500")?
                    .query_map([after], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect::<rusqlite::Result<_>>()?;
                let Some(last) = page.last().map(|p| p.0) else {
                    break;
                };
                for (id, text) in page {
                    assign(&mut SqliteTx(conn), id, Sketch::of(&text).as_ref())?;
                }
                after = last;
            }
            Ok(())
        },
    )
}

/// Give an older PostgreSQL database its copy tables and its articles their clusters,
/// under the schema lock so that one worker does it; hex sketches become bytes, as in
/// [`sqlite_tables`].
#[cfg(feature = "postgres")]
pub fn pg_tables(client: &mut postgres::Client, schema_lock: i64) -> Result<(), postgres::Error> {
    pg_clusters(client, schema_lock)?;
    crate::migrate::pg_once(client, schema_lock, "article_minhash", |tx| {
        tx.batch_execute(PG_MINHASH)
    })
}

#[cfg(feature = "postgres")]
fn pg_clusters(client: &mut postgres::Client, schema_lock: i64) -> Result<(), postgres::Error> {
    crate::migrate::pg_once(client, schema_lock, "articles_cluster", |tx| {
        tx.batch_execute(PG_SCHEMA)?;
        let mut after = 0i64;
        loop {
            let page = tx.query(
                "SELECT id, text FROM articles WHERE id > $1 ORDER BY id LIMIT 500",
                &[&after],
            )?;
            let Some(last) = page.last().map(|r| r.get::<_, i64>(0)) else {
                break;
            };
            for r in page {
                let (id, text): (i64, String) = (r.get(0), r.get(1));
                assign(&mut PgTx(tx), id, Sketch::of(&text).as_ref())?;
            }
            after = last;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DISPATCH: &str = "Le gouvernement a présenté mercredi son projet de budget pour \
        l'année prochaine, qui prévoit une hausse des dépenses de défense et une baisse des \
        crédits consacrés au logement. Le ministre de l'Économie a défendu devant la presse un \
        texte « responsable », tandis que l'opposition dénonce des choix injustes. Les députés \
        examineront le projet en commission à partir du 15 octobre, avant un vote solennel \
        prévu à la fin du mois. Plusieurs syndicats ont déjà appelé à manifester.";

    #[test]
    fn a_cut_reprint_is_contained_an_other_text_is_not() {
        let full = Sketch::of(DISPATCH).unwrap();
        // new headline, last sentence cut
        let cut = Sketch::of(&format!(
            "Budget : la défense gagne, le logement perd\n\n{}",
            &DISPATCH[..DISPATCH.find(" Plusieurs").unwrap()]
        ))
        .unwrap();
        assert!(
            full.containment(&cut) >= CONTAINMENT,
            "{}",
            full.containment(&cut)
        );
        // same subject, other words
        let other = Sketch::of(
            "Le projet de budget divise la majorité : plusieurs députés réclament davantage \
             de crédits pour le logement et menacent de voter contre le texte en octobre, \
             selon des sources parlementaires citées mercredi.",
        )
        .unwrap();
        assert!(
            full.containment(&other) < 0.2,
            "{}",
            full.containment(&other)
        );
        // some band in common for the copy
        let (a, b) = (full.bands(), cut.bands());
        assert!(a.iter().any(|k| b.contains(k)));
    }

    #[test]
    fn sketches_round_trip_and_short_texts_have_none() {
        let s = Sketch::of(DISPATCH).unwrap();
        assert_eq!(
            Sketch::from_bytes(s.shingles, &s.to_bytes()),
            Some(s.clone())
        );
        assert_eq!(Sketch::from_bytes(1, b"zz"), None);
        assert_eq!(Sketch::from_bytes(1, &s.to_bytes()[..252]), None);
        // the bytes of the hex text of stores made before `article_minhash`
        let hex: String = s.mins.iter().map(|v| format!("{v:08x}")).collect();
        let unhex: Vec<u8> = (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect();
        assert_eq!(unhex, s.to_bytes());
        assert!(Sketch::of("Trois mots seulement").is_none());
        // accents and case do not make a copy different
        assert_eq!(Sketch::of(&DISPATCH.to_uppercase()).unwrap().mins, s.mins);
    }
}
