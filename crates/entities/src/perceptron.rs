//! A greedy averaged perceptron over hashed string features, shared by the POS tagger and the
//! trained entity recogniser.
//!
//! A feature is a short string (`w=paris`, `sh=Xx`) that is never built: its parts are hashed
//! as they are (FNV-1a, 64 bits) by [`Features::add`], so tagging a token allocates nothing
//! per feature and a lookup is one integer hash. With a few hundred thousand features the
//! chance of two colliding is about 10⁻⁹.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The keys are already hashes: the map uses them as they are.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// The hashed features of one token.
#[derive(Debug, Default, Clone)]
pub struct Features {
    keys: Vec<u64>,
}

impl Features {
    pub fn clear(&mut self) {
        self.keys.clear();
    }

    /// Add the feature whose string is the concatenation of `parts`.
    pub fn add(&mut self, parts: &[&str]) {
        let mut h = FNV_OFFSET;
        for p in parts {
            for &b in p.as_bytes() {
                h ^= u64::from(b);
                h = h.wrapping_mul(FNV_PRIME);
            }
        }
        self.keys.push(h);
    }

    pub fn keys(&self) -> &[u64] {
        &self.keys
    }
}

/// Weights per feature, one per label.
#[derive(Debug, Default, Clone)]
pub struct Perceptron {
    pub labels: usize,
    index: KeyMap<u32>,
    /// Row `index[key]` holds the weights of that feature for every label.
    weights: Vec<f32>,
}

/// Training state: current weights, running totals and last-update steps for averaging.
pub struct Trainer {
    labels: usize,
    index: KeyMap<usize>,
    keys: Vec<u64>,
    w: Vec<f32>,
    totals: Vec<f32>,
    stamps: Vec<u64>,
    step: u64,
}

impl Perceptron {
    /// Summed weights of the features, per label.
    pub fn scores(&self, feats: &Features) -> Vec<f32> {
        let n = self.labels;
        let mut s = vec![0f32; n];
        for k in feats.keys() {
            if let Some(&row) = self.index.get(k) {
                let row = row as usize * n;
                for (x, y) in s.iter_mut().zip(&self.weights[row..row + n]) {
                    *x += y;
                }
            }
        }
        s
    }

    /// Serialise: `u32` label count, `u32` feature count, then per feature (sorted by key) the
    /// `u64` key and the weights as `i16` thousandths, all little-endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut keys: Vec<(u64, u32)> = self.index.iter().map(|(k, r)| (*k, *r)).collect();
        keys.sort_unstable();
        let n = self.labels;
        let mut out = Vec::with_capacity(8 + keys.len() * (8 + 2 * n));
        out.extend_from_slice(&(n as u32).to_le_bytes());
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for (k, row) in keys {
            out.extend_from_slice(&k.to_le_bytes());
            let row = row as usize * n;
            for x in &self.weights[row..row + n] {
                let q = (x * 1000.0).round().clamp(i16::MIN as f32, i16::MAX as f32) as i16;
                out.extend_from_slice(&q.to_le_bytes());
            }
        }
        out
    }

    /// Read [`to_bytes`](Self::to_bytes)' format; `None` when truncated, too long or malformed.
    pub fn from_bytes(b: &[u8]) -> Option<Perceptron> {
        let word = |at: usize| -> Option<u32> {
            Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
        };
        let labels = word(0)? as usize;
        let count = word(4)? as usize;
        if labels == 0 || labels > 256 {
            return None;
        }
        let row_bytes = 8 + 2 * labels;
        if b.len() != count.checked_mul(row_bytes)?.checked_add(8)? {
            return None;
        }
        let mut index = KeyMap::default();
        index.reserve(count);
        let mut weights = Vec::with_capacity(count * labels);
        for (r, row) in b[8..].chunks_exact(row_bytes).enumerate() {
            let key = u64::from_le_bytes(row[..8].try_into().ok()?);
            index.insert(key, r as u32);
            for q in row[8..].chunks_exact(2) {
                weights.push(i16::from_le_bytes([q[0], q[1]]) as f32 / 1000.0);
            }
        }
        Some(Perceptron {
            labels,
            index,
            weights,
        })
    }
}

impl Trainer {
    pub fn new(labels: usize) -> Trainer {
        Trainer {
            labels,
            index: KeyMap::default(),
            keys: Vec::new(),
            w: Vec::new(),
            totals: Vec::new(),
            stamps: Vec::new(),
            step: 0,
        }
    }

    /// Current (not averaged) scores.
    fn scores(&self, feats: &Features) -> Vec<f32> {
        let n = self.labels;
        let mut s = vec![0f32; n];
        for k in feats.keys() {
            if let Some(&row) = self.index.get(k) {
                for (x, y) in s.iter_mut().zip(&self.w[row * n..row * n + n]) {
                    *x += y;
                }
            }
        }
        s
    }

    /// One example: predict (among `allowed` labels), update on a mistake, return the guess.
    pub fn learn(
        &mut self,
        feats: &Features,
        gold: usize,
        allowed: impl Fn(usize) -> bool,
    ) -> usize {
        self.step += 1;
        let guess = argmax(&self.scores(feats), &allowed);
        if guess != gold {
            let n = self.labels;
            for &k in feats.keys() {
                let next = self.keys.len();
                let row = *self.index.entry(k).or_insert(next);
                if row == next {
                    self.keys.push(k);
                    self.w.resize(self.w.len() + n, 0.0);
                    self.totals.resize(self.totals.len() + n, 0.0);
                    self.stamps.resize(self.stamps.len() + n, 0);
                }
                for (t, delta) in [(gold, 1.0f32), (guess, -1.0f32)] {
                    let c = row * n + t;
                    self.totals[c] += (self.step - self.stamps[c]) as f32 * self.w[c];
                    self.stamps[c] = self.step;
                    self.w[c] += delta;
                }
            }
        }
        guess
    }

    /// The averaged model, without features whose weights all round to zero.
    pub fn finish(self) -> Perceptron {
        let n = self.labels;
        let step = self.step.max(1);
        let mut index = KeyMap::default();
        let mut weights = Vec::new();
        for (row, &k) in self.keys.iter().enumerate() {
            let avg: Vec<f32> = (0..n)
                .map(|t| {
                    let c = row * n + t;
                    (self.totals[c] + (step - self.stamps[c]) as f32 * self.w[c]) / step as f32
                })
                .collect();
            if avg.iter().any(|x| x.abs() >= 5e-4) {
                index.insert(k, (weights.len() / n) as u32);
                weights.extend(avg);
            }
        }
        Perceptron {
            labels: n,
            index,
            weights,
        }
    }
}

/// Best allowed label (the first allowed one when all score the same).
pub fn argmax(s: &[f32], allowed: impl Fn(usize) -> bool) -> usize {
    let mut best: Option<usize> = None;
    for t in 0..s.len() {
        if allowed(t) && best.is_none_or(|b| s[t] > s[b]) {
            best = Some(t);
        }
    }
    best.unwrap_or(0)
}

/// Reproducible Fisher-Yates shuffle (xorshift64).
pub fn shuffle(order: &mut [usize], rng: &mut u64) {
    for i in (1..order.len()).rev() {
        *rng ^= *rng << 13;
        *rng ^= *rng >> 7;
        *rng ^= *rng << 17;
        order.swap(i, (*rng % (i as u64 + 1)) as usize);
    }
}

/// The last `n` characters of `s`, borrowed.
pub fn suffix(s: &str, n: usize) -> &str {
    match s.char_indices().rev().nth(n.saturating_sub(1)) {
        Some((i, _)) if n > 0 => &s[i..],
        _ if n == 0 => "",
        _ => s,
    }
}

/// The first `n` characters of `s`, borrowed.
pub fn prefix(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affixes_by_characters() {
        assert_eq!(suffix("évité", 2), "té");
        assert_eq!(suffix("é", 3), "é");
        assert_eq!(suffix("abc", 0), "");
        assert_eq!(prefix("élan", 1), "é");
        assert_eq!(prefix("ab", 5), "ab");
    }

    #[test]
    fn feature_hash_is_the_string_hash() {
        let mut a = Features::default();
        a.add(&["w=", "paris"]);
        a.add(&["w=pa", "ris"]);
        a.add(&["w=", "lyon"]);
        assert_eq!(a.keys()[0], a.keys()[1]);
        assert_ne!(a.keys()[0], a.keys()[2]);
    }

    #[test]
    fn learns_and_round_trips() {
        let mut tr = Trainer::new(2);
        let mut f = Features::default();
        for i in 0..20 {
            f.clear();
            f.add(&["x=", if i % 2 == 0 { "a" } else { "b" }]);
            tr.learn(&f, i % 2, |_| true);
        }
        let m = tr.finish();
        let back = Perceptron::from_bytes(&m.to_bytes()).expect("round trip");
        f.clear();
        f.add(&["x=b"]);
        assert_eq!(argmax(&back.scores(&f), |_| true), 1);
        let bytes = m.to_bytes();
        let mut long = bytes.clone();
        long.push(0);
        for bad in [&bytes[..bytes.len() - 1], &long[..], &[0u8; 8][..], &[][..]] {
            assert!(Perceptron::from_bytes(bad).is_none(), "{} bytes", bad.len());
        }
    }
}
