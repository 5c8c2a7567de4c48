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
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // shift the tail in by hand: a variable-length copy would call memcpy
            let mut w = 0u64;
            for (k, &b) in rest.iter().enumerate() {
                w |= u64::from(b) << (8 * k);
            }
            self.add(w);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
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
        ];
        let hashes: std::collections::HashSet<u64> = words.iter().map(|w| b.hash_one(w)).collect();
        assert_eq!(hashes.len(), words.len());
        assert_eq!(b.hash_one("déclaré"), b.hash_one(String::from("déclaré")));
    }
}
