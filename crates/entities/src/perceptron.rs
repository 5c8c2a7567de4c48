//! A greedy averaged perceptron over hashed features, shared by the POS tagger and the
//! trained entity recogniser.
//!
//! A feature is a template (`w=`, `sh=`) applied to one or two values (a word, a shape, a tag).
//! Nothing is built as a string: each value is hashed once per token ([`hash`], FNV-1a 64 bits,
//! see [`crate::words`]), and a feature's key is the template's hash mixed with its values'
//! hashes ([`Features::add`]), a few integer operations. With a few hundred thousand features
//! the chance of two colliding is about 10⁻⁹.
//!
//! At tagging time the weights sit in one flat open-addressed table ([`Perceptron`]): a lookup
//! is one multiply, one probe in a slot array and one contiguous row of `labels` weights. The
//! weights are kept as the file stores them, `i16` thousandths, summed exactly in `i32`: half
//! the memory of `f32` (fewer cache misses), and the model trained is the model shipped.

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
/// Odd multiplier of the key mixing (the one FxHash uses).
const MIX: u64 = 0x517c_c1b7_2722_0a95;

/// FNV-1a hash of a string (usable in constants, so templates cost nothing at run time).
pub const fn hash(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut h = FNV_OFFSET;
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

/// The hashed features of one token.
#[derive(Debug, Default, Clone)]
pub struct Features {
    keys: Vec<u64>,
}

impl Features {
    pub fn clear(&mut self) {
        self.keys.clear();
    }

    /// Add the feature `template` over the given value hashes (none for a bias feature).
    #[inline]
    pub fn add(&mut self, template: u64, values: &[u64]) {
        let mut h = template;
        for &v in values {
            h = (h.rotate_left(5) ^ v).wrapping_mul(MIX);
        }
        self.keys.push(h);
    }

    pub fn keys(&self) -> &[u64] {
        &self.keys
    }
}

/// The most labels a model may have (scores live in a fixed array on the stack).
pub const MAX_LABELS: usize = 32;
/// Multiplier spreading a key over the table's slots (golden ratio, Fibonacci hashing).
const SPREAD: u64 = 0x9e37_79b9_7f4a_7c15;

/// Averaged weights, looked up by feature key.
#[derive(Debug, Default, Clone)]
pub struct Perceptron {
    pub labels: usize,
    /// Feature keys in row order (ascending), for serialisation.
    keys: Vec<u64>,
    /// Open-addressed slots, linear probing, a power of two at most 80% full: the key and its
    /// row + 1 (0 marks an empty slot). Keys and rows side by side: one cache line per probe.
    slots: Vec<(u64, u32)>,
    /// `64 - log2(slots.len())`: the top bits of `key * SPREAD` give the first slot.
    shift: u32,
    /// Row `r` holds the weights of feature `r` for every label, contiguous, in thousandths.
    weights: Vec<i16>,
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
    /// A model from its features sorted by key, `labels` weights each.
    fn build(labels: usize, keys: Vec<u64>, weights: Vec<i16>) -> Perceptron {
        debug_assert_eq!(keys.len() * labels, weights.len());
        // at most 80% full: a smaller table stays in cache, and a probe run is short because
        // the slots of one run share cache lines
        let size = (keys.len() + keys.len() / 4 + 1).next_power_of_two().max(2);
        let shift = 64 - size.trailing_zeros();
        let mut slots = vec![(0u64, 0u32); size];
        for (row, &k) in keys.iter().enumerate() {
            let mut i = (k.wrapping_mul(SPREAD) >> shift) as usize;
            while slots[i].1 != 0 {
                i = (i + 1) & (size - 1);
            }
            slots[i] = (k, row as u32 + 1);
        }
        Perceptron {
            labels,
            keys,
            slots,
            shift,
            weights,
        }
    }

    /// The weights of one feature, if the model has it.
    #[inline]
    fn row(&self, key: u64) -> Option<&[i16]> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = (key.wrapping_mul(SPREAD) >> self.shift) as usize;
        loop {
            let (k, row) = self.slots[i];
            if row == 0 {
                return None;
            }
            if k == key {
                let at = (row - 1) as usize * self.labels;
                return Some(&self.weights[at..at + self.labels]);
            }
            i = (i + 1) & mask;
        }
    }

    /// Summed weights of the features, per label (thousandths), written into `s`.
    #[inline]
    fn sums_into(&self, feats: &Features, s: &mut [i32]) {
        s.fill(0);
        for &k in feats.keys() {
            if let Some(w) = self.row(k) {
                for (x, &y) in s.iter_mut().zip(w) {
                    *x += i32::from(y);
                }
            }
        }
    }

    /// Summed weights of the features, per label.
    pub fn scores(&self, feats: &Features) -> Vec<f32> {
        let mut s = vec![0i32; self.labels];
        self.sums_into(feats, &mut s);
        s.into_iter().map(|x| x as f32 / 1000.0).collect()
    }

    /// The best allowed label for these features (no allocation; the first allowed one on a
    /// tie, as [`argmax`]).
    #[inline]
    pub fn best(&self, feats: &Features, allowed: impl Fn(usize) -> bool) -> usize {
        let mut s = [0i32; MAX_LABELS];
        let s = &mut s[..self.labels.min(MAX_LABELS)];
        self.sums_into(feats, s);
        let mut best: Option<usize> = None;
        for t in 0..s.len() {
            if allowed(t) && best.is_none_or(|b| s[t] > s[b]) {
                best = Some(t);
            }
        }
        best.unwrap_or(0)
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Serialise: `u32` label count, `u32` feature count, then per feature (sorted by key) the
    /// `u64` key and the weights as `i16` thousandths, all little-endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        let n = self.labels;
        let mut out = Vec::with_capacity(8 + self.keys.len() * (8 + 2 * n));
        out.extend_from_slice(&(n as u32).to_le_bytes());
        out.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        for (row, k) in self.keys.iter().enumerate() {
            out.extend_from_slice(&k.to_le_bytes());
            for q in &self.weights[row * n..row * n + n] {
                out.extend_from_slice(&q.to_le_bytes());
            }
        }
        out
    }

    /// Read [`to_bytes`](Self::to_bytes)' format; `None` when truncated, too long or malformed
    /// (keys not strictly ascending, more than [`MAX_LABELS`] labels).
    pub fn from_bytes(b: &[u8]) -> Option<Perceptron> {
        let word = |at: usize| -> Option<u32> {
            Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
        };
        let labels = word(0)? as usize;
        let count = word(4)? as usize;
        if labels == 0 || labels > MAX_LABELS {
            return None;
        }
        let row_bytes = 8 + 2 * labels;
        if b.len() != count.checked_mul(row_bytes)?.checked_add(8)? {
            return None;
        }
        let mut keys = Vec::with_capacity(count);
        let mut weights = Vec::with_capacity(count * labels);
        for row in b[8..].chunks_exact(row_bytes) {
            let key = u64::from_le_bytes(row[..8].try_into().ok()?);
            if keys.last().is_some_and(|&k| k >= key) {
                return None;
            }
            keys.push(key);
            for q in row[8..].chunks_exact(2) {
                weights.push(i16::from_le_bytes([q[0], q[1]]));
            }
        }
        Some(Perceptron::build(labels, keys, weights))
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

    /// The averaged model in thousandths (the precision of the file), without features whose
    /// weights all round to zero.
    pub fn finish(self) -> Perceptron {
        let n = self.labels;
        let step = self.step.max(1);
        let mut rows: Vec<(u64, usize)> = self.keys.iter().copied().zip(0..).collect();
        rows.sort_unstable();
        let mut keys = Vec::new();
        let mut weights = Vec::new();
        for (k, row) in rows {
            let avg: Vec<i16> = (0..n)
                .map(|t| {
                    let c = row * n + t;
                    let x =
                        (self.totals[c] + (step - self.stamps[c]) as f32 * self.w[c]) / step as f32;
                    (x * 1000.0).round().clamp(i16::MIN as f32, i16::MAX as f32) as i16
                })
                .collect();
            if avg.iter().any(|&q| q != 0) {
                keys.push(k);
                weights.extend(avg);
            }
        }
        Perceptron::build(n, keys, weights)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_keys_depend_on_template_and_values() {
        const W: u64 = hash("w=");
        const S: u64 = hash("s=");
        let mut a = Features::default();
        a.add(W, &[hash("paris")]);
        a.add(W, &[hash("paris")]);
        a.add(W, &[hash("lyon")]);
        a.add(S, &[hash("paris")]);
        a.add(W, &[hash("a"), hash("b")]);
        a.add(W, &[hash("b"), hash("a")]);
        let k = a.keys();
        assert_eq!(k[0], k[1]);
        assert_ne!(k[0], k[2]);
        assert_ne!(k[0], k[3]);
        assert_ne!(k[4], k[5]);
        assert_eq!(hash(""), FNV_OFFSET);
    }

    #[test]
    fn learns_and_round_trips() {
        // labels 1 and 2 are learnt (label 0, the first guess, never needs an update)
        let mut tr = Trainer::new(3);
        let mut f = Features::default();
        for i in 0..20 {
            f.clear();
            f.add(hash("x="), &[hash(if i % 2 == 0 { "a" } else { "b" })]);
            tr.learn(&f, 1 + i % 2, |_| true);
        }
        let m = tr.finish();
        let back = Perceptron::from_bytes(&m.to_bytes()).expect("round trip");
        assert_eq!(back.to_bytes(), m.to_bytes());
        f.clear();
        f.add(hash("x="), &[hash("b")]);
        assert_eq!(argmax(&back.scores(&f), |_| true), 2);
        assert_eq!(back.best(&f, |_| true), 2);
        let bytes = m.to_bytes();
        let mut long = bytes.clone();
        long.push(0);
        // two features whose keys are out of order
        let mut swapped = bytes.clone();
        assert_eq!(back.len(), 2);
        let row = 8 + 2 * 3;
        let (first, second) = swapped[8..8 + 2 * row].split_at_mut(row);
        first.swap_with_slice(second);
        for bad in [
            &bytes[..bytes.len() - 1],
            &long[..],
            &[0u8; 8][..],
            &[][..],
            &swapped[..],
        ] {
            assert!(Perceptron::from_bytes(bad).is_none(), "{} bytes", bad.len());
        }
    }

    #[test]
    fn table_finds_every_feature_and_no_other() {
        // enough features to fill the table half-way and force probing
        let mut tr = Trainer::new(3);
        let mut f = Features::default();
        // two passes: the second changes nothing, so every averaged weight is at least half
        for i in (0..3000u64).chain(0..3000) {
            f.clear();
            f.add(hash("i="), &[i]);
            tr.learn(&f, (i % 3) as usize, |_| true);
        }
        let m = tr.finish();
        // a feature whose first guess (label 0) was right was never updated, so never stored
        assert_eq!(m.len(), 2000);
        for i in 0..3000u64 {
            f.clear();
            f.add(hash("i="), &[i]);
            assert_eq!(m.best(&f, |_| true), (i % 3) as usize, "feature {i}");
            f.clear();
            f.add(hash("j="), &[i]);
            assert_eq!(m.scores(&f), vec![0.0; 3], "unknown feature {i}");
        }
        assert_eq!(Perceptron::default().best(&f, |_| true), 0);
    }
}
