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

/// Tokens of `text`; sentences end at `.`, `!`, `?`, `…` and line breaks, paragraphs at
/// blank lines. Callers may overwrite `sentence` with a better segmentation.
pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte_at = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut i = 0;
    let mut sentence = 0;
    let mut paragraph = 0;
    let mut space = true;
    let mut newlines = 0;
    let mut end_sentence = false;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            if c == '\n' {
                newlines += 1;
            }
            space = true;
            i += 1;
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
        let start = i;
        let kind;
        if c.is_alphabetic() {
            kind = Kind::Word;
            i += 1;
            while i < n {
                let d = chars[i].1;
                let inner_hyphen =
                    (d == '-' || d == '\u{2011}') && i + 1 < n && chars[i + 1].1.is_alphabetic();
                if d.is_alphabetic() || inner_hyphen {
                    i += 1;
                } else if is_apostrophe(d) && i + 1 < n && chars[i + 1].1.is_alphabetic() {
                    // "aujourd'hui" is one word; elsewhere the apostrophe ends an elided word
                    let so_far = &text[byte_at(start)..byte_at(i)];
                    i += 1;
                    if !so_far.eq_ignore_ascii_case("aujourd") {
                        break;
                    }
                } else {
                    break;
                }
            }
        } else if c.is_ascii_digit() {
            kind = Kind::Num;
            while i < n && chars[i].1.is_ascii_digit() {
                i += 1;
            }
        } else {
            kind = Kind::Punct;
            i += 1;
            if matches!(c, '.' | '!' | '?' | '…') {
                end_sentence = true;
            }
        }
        let (s, e) = (byte_at(start), byte_at(i));
        let raw = &text[s..e];
        let letters = || raw.chars().filter(|c| c.is_alphabetic());
        toks.push(Tok {
            start: s,
            end: e,
            kind,
            fold: if !raw.is_ascii() {
                Cow::Owned(depeche_lang::fr::fold(raw))
            } else if raw.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(raw.to_ascii_lowercase())
            } else {
                Cow::Borrowed(raw)
            },
            key: if raw.is_ascii() && !raw.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Borrowed(raw)
            } else {
                Cow::Owned(key(raw))
            },
            capital: raw.chars().next().is_some_and(char::is_uppercase),
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
