//! The embedded gazetteer and demonym table.

use depeche_lang::hash::HashMap as LexMap;
use std::collections::HashMap;
use std::sync::OnceLock;

/// One gazetteer row. Its text borrows from the table built into the binary, so that
/// loading 53,000 rows does not allocate 160,000 strings.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceEntry {
    pub geonames_id: Option<u64>,
    /// French (or local) name.
    pub name: &'static str,
    /// ISO 3166-1 alpha-2.
    pub country: &'static str,
    /// `country`, `region`, `department`, `city`, `mountains`, `glacier`, `coast`, `area`, ...
    pub feature: &'static str,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
}

/// Places by folded name.
#[derive(Debug, Default)]
pub struct Gazetteer {
    entries: Vec<PlaceEntry>,
    /// Keys borrow one folded-names arena leaked at parse time: the gazetteer lives as long
    /// as the process, and 124,000 separate key allocations were a third of start-up.
    by_key: LexMap<&'static str, Readings>,
    countries: LexMap<&'static str, u32>,
}

/// The entries one folded name denotes: almost always one, so no list is allocated for it.
#[derive(Debug, Clone)]
enum Readings {
    One(u32),
    Many(Vec<u32>),
}

impl Readings {
    fn as_slice(&self) -> &[u32] {
        match self {
            Readings::One(i) => std::slice::from_ref(i),
            Readings::Many(v) => v,
        }
    }

    fn add(&mut self, idx: u32) {
        match self {
            Readings::One(i) if *i == idx => {}
            Readings::One(i) => *self = Readings::Many(vec![*i, idx]),
            Readings::Many(v) if v.contains(&idx) => {}
            Readings::Many(v) => v.push(idx),
        }
    }
}

/// Normalise a name for lookup: lower case, accents removed, hyphens and apostrophes as
/// spaces, runs of spaces collapsed (`Provence-Alpes-Côte d’Azur` → `provence alpes cote d azur`).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(&mut out, s);
    out
}

/// [`fold`] appended to `out` (which the gazetteer reuses for its 124,000 names).
fn fold_into(out: &mut String, s: &str) {
    let start = out.len();
    let mut space = true;
    for c in s.chars() {
        // ASCII fast path (most of the gazetteer and of news text): the same result as below
        // without the Unicode lower-case tables (the profile's top start-up cost, docs/performance.md)
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
                space = false;
            } else if !space {
                out.push(' ');
                space = true;
            }
            continue;
        }
        // combining accents of decomposed text (a + U+0303) are dropped like precomposed ones
        if matches!(c, '\u{300}'..='\u{36f}') {
            continue;
        }
        let c = strip_accent(c);
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.len() > start && out.ends_with(' ') {
        out.pop();
    }
}

/// Separated parts of the table (lines, tab-separated fields, `|`-separated names), found
/// with `memchr`.
struct Fields {
    rest: Option<&'static str>,
    /// An ASCII separator, so that splitting at its byte keeps char boundaries.
    sep: u8,
}

impl Iterator for Fields {
    type Item = &'static str;
    fn next(&mut self) -> Option<&'static str> {
        let rest = self.rest?;
        match memchr::memchr(self.sep, rest.as_bytes()) {
            Some(k) => {
                self.rest = Some(&rest[k + 1..]);
                Some(&rest[..k])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

fn strip_accent(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => 'a',
        'À' | 'Â' | 'Ä' | 'Á' | 'Ã' | 'Å' => 'A',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'î' | 'ï' | 'í' | 'ì' => 'i',
        'Î' | 'Ï' | 'Í' | 'Ì' => 'I',
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
        'Ô' | 'Ö' | 'Ó' | 'Ò' | 'Õ' => 'O',
        'û' | 'ü' | 'ú' | 'ù' => 'u',
        'Û' | 'Ü' | 'Ú' | 'Ù' => 'U',
        'ç' => 'c',
        'Ç' => 'C',
        'ñ' => 'n',
        'Ñ' => 'N',
        'ÿ' => 'y',
        _ => c,
    }
}

impl Gazetteer {
    /// The gazetteer built into the binary (parsed once).
    pub fn french() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::parse(include_str!("../data/places.tsv")))
    }

    /// Parse the TSV format written by `scripts/build_gazetteer.py`; malformed rows are skipped.
    ///
    /// This runs at the start of every process that resolves places, over 53,000 rows and
    /// 124,000 names, so it borrows the row text, splits fields with `memchr` and writes the
    /// folded lookup keys into one arena. The arena is leaked: call this once per gazetteer
    /// (as [`Gazetteer::french`] does), not in a loop.
    pub fn parse(tsv: &'static str) -> Gazetteer {
        let mut g = Gazetteer::default();
        let rows = memchr::memchr_iter(b'\n', tsv.as_bytes()).count() + 1;
        g.entries.reserve(rows);
        g.by_key.reserve(rows * 5 / 2);
        // folded names go into one arena first (ranges noted with their entry), and become
        // keys once the arena can no longer move
        let mut arena = String::with_capacity(tsv.len() / 2);
        let mut names: Vec<(u32, u32, u32)> = Vec::with_capacity(rows * 5 / 2);
        for line in (Fields {
            rest: Some(tsv),
            sep: b'\n',
        }) {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut f = [""; 8];
            let mut fields = Fields {
                rest: Some(line),
                sep: b'\t',
            };
            let mut found = 0;
            for (slot, field) in f.iter_mut().zip(&mut fields) {
                *slot = field;
                found += 1;
            }
            if found < f.len() {
                continue;
            }
            let (Ok(lat), Ok(lon)) = (f[4].parse::<f64>(), f[5].parse::<f64>()) else {
                continue;
            };
            let idx = g.entries.len() as u32;
            g.entries.push(PlaceEntry {
                geonames_id: f[0].parse().ok(),
                name: f[1],
                country: f[2],
                feature: f[3],
                lat,
                lon,
                population: f[6].parse().unwrap_or(0),
            });
            if f[3] == "country" {
                g.countries.entry(f[2]).or_insert(idx);
            }
            for name in (Fields {
                rest: Some(f[7]),
                sep: b'|',
            }) {
                let start = arena.len();
                fold_into(&mut arena, name);
                if arena.len() > start {
                    names.push((start as u32, (arena.len() - start) as u32, idx));
                }
            }
        }
        let arena: &'static str = Box::leak(arena.into_boxed_str());
        for (start, len, idx) in names {
            let key = &arena[start as usize..(start + len) as usize];
            match g.by_key.get_mut(key) {
                Some(r) => r.add(idx),
                None => {
                    g.by_key.insert(key, Readings::One(idx));
                }
            }
        }
        g
    }

    /// Every entry a name may denote.
    pub fn candidates(&self, name: &str) -> impl Iterator<Item = &PlaceEntry> {
        self.by_key
            .get(fold(name).as_str())
            .map_or(&[][..], Readings::as_slice)
            .iter()
            .map(|&i| &self.entries[i as usize])
    }

    /// Whether a name is in the gazetteer.
    pub fn contains(&self, name: &str) -> bool {
        self.by_key.contains_key(fold(name).as_str())
    }

    /// The largest population among the readings of a name (0 when unknown); countries and
    /// régions count as large.
    pub fn best_population(&self, name: &str) -> u64 {
        self.candidates(name)
            .map(|p| {
                if p.feature == "city" {
                    p.population
                } else {
                    p.population.max(1_000_000)
                }
            })
            .max()
            .unwrap_or(0)
    }

    /// The country a name points to without doubt: a country, a région, an area, or a city
    /// at least five times larger than any namesake in another country (Rennes, not Brest).
    pub fn clear_country(&self, name: &str) -> Option<&str> {
        let empty = HashMap::new();
        let best = self.resolve(name, &empty)?;
        if best.feature != "city" {
            return Some(best.country);
        }
        let rival = self
            .candidates(name)
            .filter(|p| p.country != best.country)
            .map(|p| score(p, &empty))
            .fold(0.0, f64::max);
        (score(best, &empty) >= 5.0 * rival).then_some(best.country)
    }

    /// The country entry for an ISO code.
    pub fn country(&self, cc: &str) -> Option<&PlaceEntry> {
        self.countries.get(cc).map(|&i| &self.entries[i as usize])
    }

    /// The most likely reading of a name, given how often the article names each country.
    pub fn resolve(&self, name: &str, context: &HashMap<String, usize>) -> Option<&PlaceEntry> {
        self.candidates(name)
            .max_by(|a, b| score(a, context).total_cmp(&score(b, context)))
    }
}

/// How likely a reading is: a country always wins (Luxembourg, Djibouti); otherwise the
/// population (régions and départements count as 3M and 500k), tripled when the article names
/// the reading's country and raised by half for a French reading (French news). So Washington
/// is the US capital (capitals count tenfold), Montréal is in Canada even in an article that
/// names France, and Saint-Denis follows the article (France or La Réunion).
fn score(p: &PlaceEntry, context: &HashMap<String, usize>) -> f64 {
    if p.feature == "country" {
        return 1e15 + p.population as f64;
    }
    let mut s = p.population.max(1) as f64;
    if context.get(p.country).copied().unwrap_or(0) > 0 {
        s *= 3.0;
    }
    if p.country == "FR" {
        s *= 1.5;
    }
    s
}

/// The country a French demonym or country adjective denotes (`nord-coréenne` → KP).
pub fn demonym_country(word: &str) -> Option<&'static str> {
    static T: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let t = T.get_or_init(|| {
        let mut m = HashMap::new();
        for line in include_str!("../data/src/demonyms.tsv").lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut f = line.split('\t');
            let (Some(w), Some(cc)) = (f.next(), f.next()) else {
                continue;
            };
            let irregular = f.next();
            let w = w.to_lowercase();
            let mut forms = vec![w.clone()];
            let fem = if let Some(fem) = irregular {
                fem.to_string()
            } else if w.ends_with('e') {
                w.clone()
            } else if w.ends_with("en") || w.ends_with("on") {
                format!("{w}ne")
            } else if w.ends_with('c') {
                format!("{}que", &w[..w.len() - 1])
            } else {
                format!("{w}e")
            };
            forms.push(fem.clone());
            forms.push(if w.ends_with('s') {
                w.clone()
            } else {
                format!("{w}s")
            });
            forms.push(format!("{fem}s"));
            for f in forms {
                m.insert(f, cc);
            }
        }
        m
    });
    let w = word.to_lowercase().replace('’', "'");
    t.get(w.as_str()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonyms() {
        let cases = [
            ("nord-coréen", Some("KP")),
            ("nord-coréenne", Some("KP")),
            ("russe", Some("RU")),
            ("russes", Some("RU")),
            ("Français", Some("FR")),
            ("françaises", Some("FR")),
            ("brésilien", Some("BR")),
            ("grecque", Some("GR")),
            ("turque", Some("TR")),
            ("table", None),
            ("", None),
        ];
        for (w, want) in cases {
            assert_eq!(demonym_country(w), want, "{w}");
        }
    }

    #[test]
    fn folding() {
        let cases = [
            ("Provence-Alpes-Côte d’Azur", "provence alpes cote d azur"),
            ("BRUXELLES", "bruxelles"),
            ("  São Paulo ", "sao paulo"),
            ("", ""),
        ];
        for (s, want) in cases {
            assert_eq!(fold(s), want);
        }
    }
}
