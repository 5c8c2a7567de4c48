//! A greedy averaged perceptron over string features, shared by the POS tagger and the
//! trained entity recogniser.

use std::collections::HashMap;

/// Weights per feature, one per label.
#[derive(Debug, Default, Clone)]
pub struct Perceptron {
    pub labels: usize,
    weights: HashMap<String, Vec<f32>>,
}

/// Training state: current weights, running totals and last-update steps for averaging.
pub struct Trainer {
    labels: usize,
    w: HashMap<String, Vec<f32>>,
    totals: HashMap<String, Vec<f32>>,
    stamps: HashMap<String, Vec<u64>>,
    step: u64,
}

impl Perceptron {
    pub fn scores(&self, feats: &[String]) -> Vec<f32> {
        let mut s = vec![0f32; self.labels];
        for f in feats {
            if let Some(w) = self.weights.get(f) {
                for (x, y) in s.iter_mut().zip(w) {
                    *x += y;
                }
            }
        }
        s
    }

    /// Serialise: `u32` label count, `u32` feature count, then per feature (sorted) a `u16`
    /// length, the UTF-8 name and the weights as `i16` thousandths.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut keys: Vec<&String> = self.weights.keys().collect();
        keys.sort();
        let mut out = Vec::new();
        out.extend_from_slice(&(self.labels as u32).to_le_bytes());
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for k in keys {
            let b = &k.as_bytes()[..k.len().min(u16::MAX as usize)];
            out.extend_from_slice(&(b.len() as u16).to_le_bytes());
            out.extend_from_slice(b);
            for x in &self.weights[k] {
                let q = (x * 1000.0).round().clamp(i16::MIN as f32, i16::MAX as f32) as i16;
                out.extend_from_slice(&q.to_le_bytes());
            }
        }
        out
    }

    /// Read [`to_bytes`](Self::to_bytes)' format; `None` when truncated or malformed.
    pub fn from_bytes(b: &[u8]) -> Option<Perceptron> {
        let mut pos: usize = 0;
        let mut take = |n: usize| -> Option<&[u8]> {
            let s = b.get(pos..pos.checked_add(n)?)?;
            pos += n;
            Some(s)
        };
        let labels = u32::from_le_bytes(take(4)?.try_into().ok()?) as usize;
        let n = u32::from_le_bytes(take(4)?.try_into().ok()?) as usize;
        if labels == 0 || labels > 256 {
            return None;
        }
        let mut weights = HashMap::with_capacity(n.min(1 << 22));
        for _ in 0..n {
            let len = u16::from_le_bytes(take(2)?.try_into().ok()?) as usize;
            let name = std::str::from_utf8(take(len)?).ok()?.to_string();
            let mut v = vec![0f32; labels];
            for x in v.iter_mut() {
                *x = i16::from_le_bytes(take(2)?.try_into().ok()?) as f32 / 1000.0;
            }
            weights.insert(name, v);
        }
        Some(Perceptron { labels, weights })
    }
}

impl Trainer {
    pub fn new(labels: usize) -> Trainer {
        Trainer {
            labels,
            w: HashMap::new(),
            totals: HashMap::new(),
            stamps: HashMap::new(),
            step: 0,
        }
    }

    /// Current (not averaged) scores.
    pub fn scores(&self, feats: &[String]) -> Vec<f32> {
        let mut s = vec![0f32; self.labels];
        for f in feats {
            if let Some(w) = self.w.get(f) {
                for (x, y) in s.iter_mut().zip(w) {
                    *x += y;
                }
            }
        }
        s
    }

    /// One example: predict (among `allowed` labels), update on a mistake, return the guess.
    pub fn learn(
        &mut self,
        feats: &[String],
        gold: usize,
        allowed: impl Fn(usize) -> bool,
    ) -> usize {
        self.step += 1;
        let guess = argmax(&self.scores(feats), &allowed);
        if guess != gold {
            let n = self.labels;
            for f in feats {
                let v = self.w.entry(f.clone()).or_insert_with(|| vec![0.0; n]);
                let tot = self.totals.entry(f.clone()).or_insert_with(|| vec![0.0; n]);
                let st = self.stamps.entry(f.clone()).or_insert_with(|| vec![0; n]);
                for (t, delta) in [(gold, 1.0f32), (guess, -1.0f32)] {
                    tot[t] += (self.step - st[t]) as f32 * v[t];
                    st[t] = self.step;
                    v[t] += delta;
                }
            }
        }
        guess
    }

    /// The averaged model, without features whose weights all round to zero.
    pub fn finish(self) -> Perceptron {
        let mut weights = HashMap::new();
        let step = self.step.max(1);
        for (f, v) in self.w {
            let tot = &self.totals[&f];
            let st = &self.stamps[&f];
            let avg: Vec<f32> = (0..self.labels)
                .map(|t| (tot[t] + (step - st[t]) as f32 * v[t]) / step as f32)
                .collect();
            if avg.iter().any(|x| x.abs() >= 5e-4) {
                weights.insert(f, avg);
            }
        }
        Perceptron {
            labels: self.labels,
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
