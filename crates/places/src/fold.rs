//! Name folding and the key hash of the gazetteer table.
//!
//! Shared by the library and by `build.rs`, which folds the 124,000 names of
//! `data/places.tsv` and lays out the lookup table at build time (so that a process does not
//! redo it at start-up): both sides must fold and hash a name the same way, so they compile
//! this one file. It uses nothing but `std`.

/// Normalise a name for lookup: lower case, accents removed, hyphens and apostrophes as
/// spaces, runs of spaces collapsed (`Provence-Alpes-Côte d’Azur` → `provence alpes cote d azur`).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(&mut out, s);
    out
}

/// [`fold`] appended to `out` (which the gazetteer reuses for its 124,000 names).
pub fn fold_into(out: &mut String, s: &str) {
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

/// The hash of a folded key in the build-time table: multiply-rotate over 8-byte chunks (the
/// scheme of `depeche_lang::hash::LexHasher`), with the length mixed in last. It is fixed
/// here, not taken from a `Hasher`, because `build.rs` and the library must agree on it.
pub fn key_hash(key: &[u8]) -> u64 {
    const K: u64 = 0xf135_7aea_2e62_a9c5;
    let mut h = 0u64;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(26) ^ w).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = 0u64;
        for (k, &b) in rest.iter().enumerate() {
            w |= u64::from(b) << (8 * k);
        }
        h = (h.rotate_left(26) ^ w).wrapping_mul(K);
    }
    h = (h.rotate_left(26) ^ key.len() as u64).wrapping_mul(K);
    h ^ (h >> 29)
}
