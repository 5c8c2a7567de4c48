//! The embedded gazetteer and demonym table.

pub use crate::fold::fold;
use crate::fold::{key_hash, slot_value};
use std::collections::HashMap;
use std::sync::OnceLock;

/// One gazetteer row. Its text borrows from the tables built into the binary, so that
/// loading 53,000 rows does not allocate 160,000 strings.
#[derive(Debug, Clone, Copy, PartialEq)]
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

/// Places by folded name: the tables `build.rs` lays out from `data/places.tsv`, built into
/// the binary, so that nothing is parsed or hashed at start-up.
#[derive(Debug)]
pub struct Gazetteer {
    /// The rows, numbers only (see [`Row`]).
    rows: &'static [Row],
    /// The rows' names, one after the other.
    names: &'static str,
    /// ISO codes and feature kinds, by the indices the rows hold.
    codes: &'static [&'static str],
    features: &'static [&'static str],
    /// The folded names, one after the other.
    keys: &'static str,
    /// Per distinct folded name, four little-endian `u32`: start and length in `keys`, start
    /// and count in `readings`.
    key_table: &'static [u8],
    /// Row indices (little-endian `u32`), each name's readings in the order the rows name it.
    readings: &'static [u8],
    /// `1 << SLOT_BITS` little-endian `u32`: a name's index and its hash's fingerprint
    /// ([`slot_value`]) or `u32::MAX`, probed linearly from [`key_hash`].
    slots: &'static [u8],
    /// Country rows by ISO code, sorted.
    countries: &'static [(&'static str, u32)],
}

/// A row as `build.rs` lays it out: no `&str`, so that loading the executable relocates no
/// pointer for it (160,000 of them when the rows were [`PlaceEntry`] values).
#[derive(Debug)]
pub(crate) struct Row {
    geonames_id: Option<u64>,
    /// The end of its name in [`Gazetteer::names`]; it starts where the row before ends.
    name_end: u32,
    country: u16,
    feature: u16,
    lat: f64,
    lon: f64,
    population: u64,
}

/// The rows and country codes written by `build.rs` (coordinates such as 3.1416 are places,
/// not approximations of π).
#[allow(clippy::approx_constant)]
mod built {
    use super::Row;
    include!(concat!(env!("OUT_DIR"), "/gazetteer.rs"));
}
use built::{CODES, COUNTRIES, FEATURES, INDEX_BITS, ROWS, SLOT_BITS};

static FRENCH: Gazetteer = Gazetteer {
    rows: ROWS,
    names: include_str!(concat!(env!("OUT_DIR"), "/gazetteer_names.txt")),
    codes: CODES,
    features: FEATURES,
    keys: include_str!(concat!(env!("OUT_DIR"), "/gazetteer_keys.txt")),
    key_table: include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer_keys.bin")),
    readings: include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer_readings.bin")),
    slots: include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer_slots.bin")),
    countries: COUNTRIES,
};

/// The `i`-th little-endian `u32` of a table.
#[inline]
fn u32_at(table: &[u8], i: usize) -> u32 {
    let b = &table[4 * i..4 * i + 4];
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

impl Gazetteer {
    /// The gazetteer built into the binary.
    pub fn french() -> &'static Gazetteer {
        &FRENCH
    }

    /// The row indices a folded name denotes (empty when it names nothing).
    fn readings(&self, key: &str) -> impl Iterator<Item = u32> + '_ {
        let mask = (1usize << SLOT_BITS) - 1;
        let h = key_hash(key.as_bytes());
        let mut s = h as usize & mask;
        // what this key's slot holds above the index: a slot with other bits is another name's
        let want = slot_value(0, h, INDEX_BITS);
        let index_mask = (1u32 << INDEX_BITS) - 1;
        let mut found = (0, 0);
        loop {
            let v = u32_at(self.slots, s);
            if v == u32::MAX {
                break;
            }
            if v & !index_mask != want {
                s = (s + 1) & mask;
                continue;
            }
            let k = 4 * (v & index_mask) as usize;
            let start = u32_at(self.key_table, k) as usize;
            let len = u32_at(self.key_table, k + 1) as usize;
            if len == key.len() && &self.keys[start..start + len] == key {
                found = (
                    u32_at(self.key_table, k + 2) as usize,
                    u32_at(self.key_table, k + 3) as usize,
                );
                break;
            }
            s = (s + 1) & mask;
        }
        (found.0..found.0 + found.1).map(|i| u32_at(self.readings, i))
    }

    /// Row `i` as an entry.
    fn entry(&self, i: usize) -> PlaceEntry {
        let r = &self.rows[i];
        let start = if i == 0 {
            0
        } else {
            self.rows[i - 1].name_end as usize
        };
        PlaceEntry {
            geonames_id: r.geonames_id,
            name: &self.names[start..r.name_end as usize],
            country: self.codes[usize::from(r.country)],
            feature: self.features[usize::from(r.feature)],
            lat: r.lat,
            lon: r.lon,
            population: r.population,
        }
    }

    /// Every entry a name may denote.
    pub fn candidates(&self, name: &str) -> impl Iterator<Item = PlaceEntry> + '_ {
        self.readings(&fold(name)).map(|i| self.entry(i as usize))
    }

    /// Whether a name is in the gazetteer.
    pub fn contains(&self, name: &str) -> bool {
        self.readings(&fold(name)).next().is_some()
    }

    /// Whether a name already folded ([`fold`]) is in the gazetteer: `contains(name)` is
    /// `contains_folded(&fold(name))`, for callers that have the key at hand.
    pub fn contains_folded(&self, key: &str) -> bool {
        self.readings(key).next().is_some()
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
    pub fn clear_country(&self, name: &str) -> Option<&'static str> {
        let empty = HashMap::new();
        let best = self.resolve(name, &empty)?;
        if best.feature != "city" {
            return Some(best.country);
        }
        let rival = self
            .candidates(name)
            .filter(|p| p.country != best.country)
            .map(|p| score(&p, &empty))
            .fold(0.0, f64::max);
        (score(&best, &empty) >= 5.0 * rival).then_some(best.country)
    }

    /// The country entry for an ISO code.
    pub fn country(&self, cc: &str) -> Option<PlaceEntry> {
        self.countries
            .binary_search_by(|&(c, _)| c.cmp(cc))
            .ok()
            .map(|k| self.entry(self.countries[k].1 as usize))
    }

    /// The most likely reading of a name, given how often the article names each country.
    pub fn resolve(&self, name: &str, context: &HashMap<String, usize>) -> Option<PlaceEntry> {
        let key = fold(name);
        // (each reading scored once: its own-name test folds its name)
        self.candidates(name)
            .map(|p| (score(&p, context) * own_name_bonus(&p, context, &key), p))
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, p)| p)
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

/// A reading in a country the article names, called by its own name there (not one of the
/// alternate names GeoNames lists, which hold strays: Syracuse, NY, is also "Milan"), counts
/// thrice more again: a town of the article's country beats a larger namesake abroad (Valence
/// in an article that names the Drôme).
fn own_name_bonus(p: &PlaceEntry, context: &HashMap<String, usize>, key: &str) -> f64 {
    let named = context.get(p.country).copied().unwrap_or(0) > 0;
    if p.feature != "country" && named && fold(p.name) == key {
        10.0 / 3.0
    } else {
        1.0
    }
}

/// The country a French demonym or country adjective denotes (`nord-coréenne` → KP).
pub fn demonym_country(word: &str) -> Option<&'static str> {
    static T: OnceLock<depeche_lang::hash::HashMap<String, &'static str>> = OnceLock::new();
    let t = T.get_or_init(|| {
        let mut m = depeche_lang::hash::HashMap::default();
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
    // asked for every lower-case token of every article: most need no folding, so no copy
    if word.chars().any(|c| c.is_uppercase() || c == '’') {
        let w = word.to_lowercase().replace('’', "'");
        t.get(w.as_str()).copied()
    } else {
        t.get(word).copied()
    }
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
            // every sovereign state has its adjective, the small ones included
            ("jamaïcaine", Some("JM")),
            ("kirghizes", Some("KG")),
            ("salvadoriens", Some("SV")),
            ("table", None),
            ("", None),
        ];
        for (w, want) in cases {
            assert_eq!(demonym_country(w), want, "{w}");
        }
    }

    /// The tables laid out by `build.rs` say what parsing `data/places.tsv` at run time
    /// said: the same rows, and for every folded name the same readings in the same order.
    #[test]
    fn built_tables_match_the_tsv() {
        let tsv = include_str!("../data/places.tsv");
        let mut entries = Vec::new();
        let mut by_key: HashMap<String, Vec<u32>> = HashMap::new();
        let mut countries: HashMap<&str, u32> = HashMap::new();
        for line in tsv.split('\n') {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let idx = entries.len() as u32;
            entries.push(PlaceEntry {
                geonames_id: f[0].parse().ok(),
                name: f[1],
                country: f[2],
                feature: f[3],
                lat: f[4].parse().unwrap(),
                lon: f[5].parse().unwrap(),
                population: f[6].parse().unwrap_or(0),
            });
            if f[3] == "country" {
                countries.entry(f[2]).or_insert(idx);
            }
            for name in f[7].split('|') {
                let key = fold(name);
                if key.is_empty() {
                    continue;
                }
                let r = by_key.entry(key).or_default();
                if !r.contains(&idx) {
                    r.push(idx);
                }
            }
        }
        let g = Gazetteer::french();
        let built: Vec<PlaceEntry> = (0..g.rows.len()).map(|i| g.entry(i)).collect();
        assert_eq!(built, entries);
        assert_eq!(g.key_table.len() / 16, by_key.len());
        for (key, want) in &by_key {
            assert_eq!(&g.readings(key).collect::<Vec<_>>(), want, "{key}");
        }
        assert_eq!(g.countries.len(), countries.len());
        for (cc, i) in countries {
            assert_eq!(g.country(cc), Some(entries[i as usize]));
        }
        for absent in ["", "ksenofont", "zzzz zzzz", "paris x"] {
            assert!(g.readings(absent).next().is_none(), "{absent}");
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
