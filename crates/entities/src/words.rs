//! The words of a sentence prepared once for both trained models: lower-case form, shape and
//! the hashes of the values the feature templates use (word, affixes, shape), so that the POS
//! tagger and the entity recogniser hash each word once instead of once per feature that
//! mentions it (a word is seen by five or six templates: its own and its neighbours').

use crate::perceptron::hash;
use std::borrow::Cow;

/// Hash of the boundary value (before the first and after the last word).
pub const BOUNDARY: u64 = hash("<s>");

/// One word's hashed values.
#[derive(Debug, Clone, Copy)]
pub struct Hashed {
    /// The lower-case form.
    pub w: u64,
    /// Its last 1, 2 and 3 characters.
    pub s1: u64,
    pub s2: u64,
    pub s3: u64,
    /// Its first 1 and 3 characters.
    pub p1: u64,
    pub p3: u64,
    /// Its shape ([`shape`]).
    pub shape: u64,
}

impl Hashed {
    /// What a template sees outside the sentence.
    pub const BOUNDARY: Hashed = Hashed {
        w: BOUNDARY,
        s1: BOUNDARY,
        s2: BOUNDARY,
        s3: BOUNDARY,
        p1: BOUNDARY,
        p3: BOUNDARY,
        shape: BOUNDARY,
    };
}

/// A tokenised sentence with each word's lower-case form and hashed values.
pub struct Words<'a> {
    pub words: &'a [&'a str],
    pub lower: Vec<Cow<'a, str>>,
    pub hashed: Vec<Hashed>,
}

impl<'a> Words<'a> {
    pub fn new(words: &'a [&'a str]) -> Words<'a> {
        let lower: Vec<Cow<str>> = words.iter().map(|w| lowercase(w)).collect();
        let hashed = words
            .iter()
            .zip(&lower)
            .map(|(w, l)| Hashed {
                w: hash(l),
                s1: hash(suffix(l, 1)),
                s2: hash(suffix(l, 2)),
                s3: hash(suffix(l, 3)),
                p1: hash(prefix(l, 1)),
                p3: hash(prefix(l, 3)),
                shape: hash(&shape(w)),
            })
            .collect();
        Words {
            words,
            lower,
            hashed,
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The hashed values of word `i` (boundary values outside the sentence).
    #[inline]
    pub fn at(&self, i: isize) -> &Hashed {
        usize::try_from(i)
            .ok()
            .and_then(|i| self.hashed.get(i))
            .unwrap_or(&Hashed::BOUNDARY)
    }

    /// The lower-case form of word `i` (`<s>` outside the sentence).
    pub fn lower_at(&self, i: isize) -> &str {
        usize::try_from(i)
            .ok()
            .and_then(|i| self.lower.get(i))
            .map_or("<s>", |l| l.as_ref())
    }
}

/// The lower-case form, borrowed when the word has no capital (most words: no allocation).
pub fn lowercase(w: &str) -> Cow<'_, str> {
    if w.chars().any(char::is_uppercase) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// Word shape: runs of capitals, small letters and digits collapsed (`Xx`, `X`, `d`,
/// `Xx-x`), at most 4 characters.
pub fn shape(w: &str) -> String {
    let mut s = String::with_capacity(4);
    let mut last = '\0';
    let mut n = 0;
    for c in w.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if k == last {
            continue;
        }
        last = k;
        s.push(k);
        n += 1;
        if n >= 4 {
            break;
        }
    }
    s
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
    fn shapes() {
        for (w, s) in [
            ("Paris", "Xx"),
            ("CNRS", "X"),
            ("2024", "d"),
            ("Jong-un", "Xx-x"),
            ("Élysée", "Xx"),
            ("", ""),
        ] {
            assert_eq!(shape(w), s, "{w}");
        }
    }

    #[test]
    fn lowercase_borrows_when_it_can() {
        assert!(matches!(lowercase("paris"), Cow::Borrowed("paris")));
        assert_eq!(lowercase("ÉTAT"), "état");
        assert_eq!(lowercase("Путин"), "путин");
    }

    #[test]
    fn words_hash_each_value_once_and_pad_the_edges() {
        let toks = ["Le", "Sénat"];
        let w = Words::new(&toks);
        assert_eq!(w.at(0).w, hash("le"));
        assert_eq!(w.at(1).s3, hash("nat"));
        assert_eq!(w.at(1).p3, hash("sén"));
        assert_eq!(w.at(1).shape, hash("Xx"));
        assert_eq!(w.at(-1).w, BOUNDARY);
        assert_eq!(w.at(2).shape, BOUNDARY);
        assert_eq!(w.lower_at(1), "sénat");
        assert_eq!(w.lower_at(-2), "<s>");
    }
}
