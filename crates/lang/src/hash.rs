//! A fast hash for lexicon lookups.
//!
//! The lexicons are looked up for every token of every article and their keys are short,
//! trusted words, so a fast non-cryptographic hash is the right trade (no HashDoS exposure:
//! keys come from our own data files; texts only probe them).

use std::hash::{BuildHasherDefault, Hasher};

/// Multiply-rotate hash over 8-byte chunks (the scheme of rustc's FxHash): a French word is
/// one or two chunks, so hashing costs a handful of instructions.
#[derive(Default, Clone, Copy)]
pub struct LexHasher(u64);

const K: u64 = 0xf135_7aea_2e62_a9c5;

impl LexHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(26) ^ word).wrapping_mul(K);
    }
}

impl Hasher for LexHasher {
    #[inline]
    fn finish(&self) -> u64 {
        // fold the high bits down: hashbrown takes its control bits from the top 7
        self.0.rotate_left(20)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        // most lexicon keys are one chunk: read them with two loads, not a byte loop
        if n <= 8 {
            self.add(short_chunk(bytes));
            return;
        }
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(chunk(c));
        }
        if !chunks.remainder().is_empty() {
            // the last eight bytes, overlapping the last whole chunk: a function of the
            // bytes all the same, with one load where shifting the tail in took a loop
            self.add(chunk(&bytes[n - 8..]));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
}

/// Eight bytes as a word.
#[inline]
fn chunk(c: &[u8]) -> u64 {
    u64::from_le_bytes(c[..8].try_into().expect("8 bytes"))
}

/// Up to eight bytes as a word, their count mixed into the top byte (so that `abcd` and
/// `abcdabcd` hash apart). From four bytes on, two overlapping four-byte loads cover them all; below,
/// the first, middle and last bytes are all the bytes there are.
#[inline]
fn short_chunk(b: &[u8]) -> u64 {
    let n = b.len();
    let w = if n >= 4 {
        let lo = u32::from_le_bytes(b[..4].try_into().expect("4 bytes"));
        let hi = u32::from_le_bytes(b[n - 4..].try_into().expect("4 bytes"));
        u64::from(lo) | u64::from(hi) << 32
    } else if n > 0 {
        u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16
    } else {
        0
    };
    w ^ (n as u64) << 56
}

/// A map keyed by lexicon keys.
pub type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<LexHasher>>;

/// A set of lexicon keys.
pub type HashSet<K> = std::collections::HashSet<K, BuildHasherDefault<LexHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn distinct_words_hash_apart_and_equal_words_together() {
        let b = BuildHasherDefault::<LexHasher>::default();
        let words = [
            "a",
            "à",
            "la",
            "le",
            "dit",
            "dite",
            "déclaré",
            "déclarée",
            "fait savoir",
            "fait valoir",
            "",
            "abcdefgh",
            "abcdefghi",
            "abcd",
            "abcdabcd",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
            "ab",
            "aab",
            "abb",
        ];
        let hashes: std::collections::HashSet<u64> = words.iter().map(|w| b.hash_one(w)).collect();
        assert_eq!(hashes.len(), words.len());
        assert_eq!(b.hash_one("déclaré"), b.hash_one(String::from("déclaré")));
    }
}
