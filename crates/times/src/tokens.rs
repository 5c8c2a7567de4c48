//! A small tokenizer tuned for time expressions.
//!
//! The segmenter's tokens merge thousands groups (`1 200`) and keep clock times such as
//! `14h30` whole; the time grammar wants the opposite (every digit run and every letter run
//! apart, with a note of whether whitespace separated them), so this stage tokenizes again.

use depeche_lang::fr::time::key;
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    /// Byte offsets into the text.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Lookup key: lower case, straight apostrophe, no accents. Most tokens are lower-case
    /// ASCII already and borrow the text (a copy per token was a third of this stage).
    pub key: Cow<'a, str>,
    /// Lower case with accents kept (tense cues need `a` and `à` apart).
    pub fold: Cow<'a, str>,
    /// First letter upper case.
    pub capital: bool,
    /// Every letter upper case (datelines: `BRUXELLES`).
    pub upper: bool,
    /// Whitespace right before the token.
    pub space_before: bool,
    pub sentence: usize,
    pub paragraph: usize,
}

impl Tok<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_num(&self) -> bool {
        self.kind == Kind::Num
    }
    pub fn is(&self, k: &str) -> bool {
        self.key == k
    }
    /// The value of a digit run of at most `max_len` digits.
    pub fn num(&self, max_len: usize) -> Option<u32> {
        if self.kind == Kind::Num && self.key.len() <= max_len {
            self.key.parse().ok()
        } else {
            None
        }
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// The char starting at byte `b` of `text` and its length in bytes (`b` < `text.len()`, on
/// a char boundary).
#[inline]
fn char_at(text: &str, b: usize) -> (char, usize) {
    let byte = text.as_bytes()[b];
    if byte.is_ascii() {
        return (char::from(byte), 1);
    }
    let c = text[b..].chars().next().expect("b is a char boundary");
    (c, c.len_utf8())
}

/// Whether the char at byte `b` (if any) is alphabetic.
#[inline]
fn alphabetic_at(text: &str, b: usize) -> bool {
    b < text.len() && char_at(text, b).0.is_alphabetic()
}

/// Tokens of `text`; sentences end at `.`, `!`, `?`, `…` and line breaks, paragraphs at
/// blank lines. Callers may overwrite `sentence` with a better segmentation.
///
/// It walks the bytes and decodes a char only where one is not ASCII: a vector of every
/// char with its offset, built first, made this the times stage's second cost.
pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    // about one token for every five bytes of French prose
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    let n = text.len();
    let mut b = 0;
    let mut sentence = 0;
    let mut paragraph = 0;
    let mut space = true;
    let mut newlines = 0;
    let mut end_sentence = false;
    while b < n {
        let (c, clen) = char_at(text, b);
        if c.is_whitespace() {
            if c == '\n' {
                newlines += 1;
            }
            space = true;
            b += clen;
            continue;
        }
        if !toks.is_empty() && (newlines > 0 || end_sentence) {
            sentence += 1;
        }
        if !toks.is_empty() && newlines > 1 {
            paragraph += 1;
        }
        newlines = 0;
        end_sentence = false;
        let s = b;
        let kind;
        b += clen;
        if c.is_alphabetic() {
            kind = Kind::Word;
            while b < n {
                let (d, dlen) = char_at(text, b);
                let inner_hyphen = (d == '-' || d == '\u{2011}') && alphabetic_at(text, b + dlen);
                if d.is_alphabetic() || inner_hyphen {
                    b += dlen;
                } else if is_apostrophe(d) && alphabetic_at(text, b + dlen) {
                    // "aujourd'hui" is one word; elsewhere the apostrophe ends an elided word
                    let so_far = &text[s..b];
                    b += dlen;
                    if !so_far.eq_ignore_ascii_case("aujourd") {
                        break;
                    }
                } else {
                    break;
                }
            }
        } else if c.is_ascii_digit() {
            kind = Kind::Num;
            while b < n && text.as_bytes()[b].is_ascii_digit() {
                b += 1;
            }
        } else {
            kind = Kind::Punct;
            if matches!(c, '.' | '!' | '?' | '…') {
                end_sentence = true;
            }
        }
        let e = b;
        let raw = &text[s..e];
        let letters = || raw.chars().filter(|c| c.is_alphabetic());
        let ascii = raw.is_ascii();
        let has_upper = ascii && raw.bytes().any(|b| b.is_ascii_uppercase());
        toks.push(Tok {
            start: s,
            end: e,
            kind,
            fold: if !ascii {
                Cow::Owned(depeche_lang::fr::fold(raw))
            } else if has_upper {
                Cow::Owned(raw.to_ascii_lowercase())
            } else {
                Cow::Borrowed(raw)
            },
            key: if ascii && !has_upper {
                Cow::Borrowed(raw)
            } else {
                Cow::Owned(key(raw))
            },
            capital: c.is_uppercase(),
            upper: kind == Kind::Word && letters().all(char::is_uppercase),
            space_before: space,
            sentence,
            paragraph,
        });
        space = false;
    }
    toks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(t: &str) -> Vec<String> {
        tokenize(t)
            .into_iter()
            .map(|t| t.key.into_owned())
            .collect()
    }

    #[test]
    fn splits_for_the_time_grammar() {
        assert_eq!(keys("l'an dernier"), ["l'", "an", "dernier"]);
        assert_eq!(keys("aujourd’hui"), ["aujourd'hui"]);
        assert_eq!(keys("14h30"), ["14", "h", "30"]);
        assert_eq!(keys("mi-juillet, 1er"), ["mi-juillet", ",", "1", "er"]);
        assert_eq!(keys("jusqu'au 19"), ["jusqu'", "au", "19"]);
        let t = tokenize("A.\n\nB c");
        assert_eq!(
            t.iter()
                .map(|t| (t.sentence, t.paragraph))
                .collect::<Vec<_>>(),
            [(0, 0), (0, 0), (1, 1), (1, 1)]
        );
        assert!(!t[1].space_before && t[3].space_before);
    }
}
