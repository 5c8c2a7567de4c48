//! A fast hash for lexicon lookups.

use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the lexicon is looked up for every token of every article, and its keys are
/// short, trusted words, so a fast non-cryptographic hash is the right trade.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A map keyed by lexicon keys.
pub type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A set of lexicon keys.
pub type HashSet<K> = std::collections::HashSet<K, BuildHasherDefault<Fnv>>;
