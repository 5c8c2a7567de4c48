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
    fold_on(out, s, &mut space);
    if out.len() > start && out.ends_with(' ') {
        out.pop();
    }
}

/// Folding continued over text that follows what `out` holds, for keys of growing windows
/// (`Pont`, `Pont de`, `Pont de Normandie`) at the cost of the new text only: `space` says
/// whether the last folded char was a separator (start with `true`), and a separator is
/// already in `out`, so the key of the text so far is `out` without one final space. Folding
/// `a` then `b` this way gives exactly `fold(a + b)` plus that space: folding is a left-to-right
/// pass over chars whose only state is `space`.
pub fn fold_on(out: &mut String, s: &str, space: &mut bool) {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII fast path (most of the gazetteer and of news text): a run of ASCII letters and
        // digits is copied at once and lowered in place, the same result as the per-char path
        // below without its Unicode tables and without a capacity check per char (folding
        // was 12 % of a whole run's instructions, docs/performance.md)
        if b.is_ascii_alphanumeric() {
            let run = i;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            let at = out.len();
            out.push_str(&s[run..i]);
            out[at..].make_ascii_lowercase();
            *space = false;
            continue;
        }
        if b.is_ascii() {
            if !*space {
                out.push(' ');
                *space = true;
            }
            i += 1;
            continue;
        }
        // `i` is on a char boundary: only whole ASCII bytes and whole chars are stepped over
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        // combining accents of decomposed text (a + U+0303) are dropped like precomposed ones
        if matches!(c, '\u{300}'..='\u{36f}') {
            continue;
        }
        let c = strip_accent(c);
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            *space = false;
        } else if !*space {
            out.push(' ');
            *space = true;
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

/// The hash of a folded key in the build-time table: multiply-rotate over 8-byte chunks (the
/// scheme of `depeche_lang::hash::LexHasher`), with the length mixed in last. It is fixed
/// here, not taken from a `Hasher`, because `build.rs` and the library must agree on it.
/// A gazetteer slot: a name's index in the low `index_bits`, the top bits of its hash above.
/// A probe for an absent name (most words of running text) tells a slot is not its own from
/// the fingerprint, without reading the name table: one cache miss instead of two or three.
pub fn slot_value(index: u32, hash: u64, index_bits: u32) -> u32 {
    let fingerprint = (hash >> (64 - (32 - index_bits))) as u32;
    (fingerprint << index_bits) | index
}

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

#[cfg(test)]
mod tests {
    use super::*;

    /// The folding of one char at a time that the run-at-a-time [`fold_into`] replaced.
    fn fold_per_char(s: &str) -> String {
        let mut out = String::new();
        let mut space = true;
        for c in s.chars() {
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
        if out.ends_with(' ') {
            out.pop();
        }
        out
    }

    #[test]
    fn runs_fold_as_chars_did() {
        let tricky = [
            "",
            " ",
            "  -- ",
            "A",
            "Provence-Alpes-Côte d’Azur",
            "SAINT-ÉTIENNE-du-Rouvray ",
            "Saõ\u{303} Paulo",
            "ÇA ÉTÉ Œuvre ßtraße İstanbul",
            "Île-de-France2024 x",
            "Київ, Москва; 北京",
            "l'Hay-les-Roses'",
            "a\u{301}b\u{300}\u{301}C",
            "ǅemal ǈubljana ΣΊΣΥΦΟΣ",
            "123 456-789",
        ];
        let names = include_str!("../data/places.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(|l| l.split('\t').nth(7).unwrap_or("").split('|'));
        for s in tricky.into_iter().chain(names) {
            assert_eq!(fold(s), fold_per_char(s), "{s:?}");
            let mut appended = String::from("prefix ");
            fold_into(&mut appended, s);
            assert_eq!(appended, format!("prefix {}", fold_per_char(s)), "{s:?}");
        }
        // continued folding, split at every char boundary of the tricky strings
        for s in tricky {
            for (k, _) in s.char_indices().chain([(s.len(), ' ')]) {
                let (mut out, mut space) = (String::new(), true);
                fold_on(&mut out, &s[..k], &mut space);
                fold_on(&mut out, &s[k..], &mut space);
                assert_eq!(
                    out.strip_suffix(' ').unwrap_or(&out),
                    fold(s),
                    "{s:?} at {k}"
                );
            }
        }
        // every line of the table, whole, with its tabs and numbers
        for line in include_str!("../data/places.tsv").lines() {
            assert_eq!(fold(line), fold_per_char(line));
        }
    }
}
