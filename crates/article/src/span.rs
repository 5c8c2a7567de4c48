//! Spans with code-point offsets for users and byte offsets for Rust.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Maps byte offsets of a text to code-point offsets.
///
/// Stored sparsely (one checkpoint every 64 code points) so that a 100 MB article does not
/// need 800 MB of index; a lookup scans at most 64 chars from the nearest checkpoint.
#[derive(Debug, Clone, Default)]
pub struct CharIndex {
    /// Byte offset of every 64th char.
    checkpoints: Vec<usize>,
    text_len: usize,
    chars: usize,
    ascii: bool,
    text: std::sync::Arc<str>,
}

const STEP: usize = 64;

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        let mut chars = 0;
        if !ascii {
            for (n, (b, _)) in text.char_indices().enumerate() {
                if n % STEP == 0 {
                    checkpoints.push(b);
                }
                chars = n + 1;
            }
        } else {
            chars = text.len();
        }
        CharIndex {
            checkpoints,
            text_len: text.len(),
            chars,
            ascii,
            text: text.into(),
        }
    }

    /// Number of code points in the text.
    pub fn chars(&self) -> usize {
        self.chars
    }

    /// Code-point offset of a byte offset (which must be a char boundary or the text's end).
    pub fn char_of(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        if byte >= self.text_len {
            return self.chars;
        }
        let cp = self.checkpoints.partition_point(|&b| b <= byte) - 1;
        let from = self.checkpoints[cp];
        cp * STEP + self.text[from..byte].chars().count()
    }

    /// Byte offset of a code-point offset.
    pub fn byte_of(&self, ch: usize) -> usize {
        if self.ascii {
            return ch.min(self.text_len);
        }
        if ch >= self.chars {
            return self.text_len;
        }
        let from = self.checkpoints[ch / STEP];
        let skip = ch % STEP;
        self.text[from..]
            .char_indices()
            .nth(skip)
            .map_or(self.text_len, |(b, _)| from + b)
    }
}

/// Code points in UTF-8 bytes: the bytes that do not continue a sequence (`10xxxxxx`).
///
/// Eight bytes at a time: the gaps a cursor counts are a few bytes to a paragraph, too short
/// for `chars().count()`'s vectorised path to pay for its set-up.
fn count_chars(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut continuations = 0;
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().expect("chunks of 8"));
        // bit 7 of a byte set and bit 6 clear: a continuation byte
        continuations += (w & !(w << 1) & HIGH).count_ones() as usize;
    }
    continuations += chunks
        .remainder()
        .iter()
        .filter(|&&b| b & 0xC0 == 0x80)
        .count();
    bytes.len() - continuations
}

/// Builds spans for byte offsets visited in increasing order, as a stage walking the text
/// left to right does: each conversion counts only the chars since the previous offset, so a
/// whole layer costs one pass over the text instead of one index lookup per offset.
pub struct SpanCursor<'a> {
    index: &'a CharIndex,
    text: &'a str,
    byte: usize,
    ch: usize,
}

impl<'a> SpanCursor<'a> {
    pub(crate) fn new(index: &'a CharIndex, text: &'a str) -> Self {
        SpanCursor {
            index,
            text,
            byte: 0,
            ch: 0,
        }
    }

    /// Code-point offset of a byte offset; falls back to the index when asked to go back.
    pub fn char_of(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            return self.index.char_of(byte);
        }
        debug_assert!(
            self.text.is_char_boundary(byte),
            "byte {byte} inside a char"
        );
        self.ch += count_chars(&self.text.as_bytes()[self.byte..byte]);
        self.byte = byte;
        self.ch
    }

    /// The span of a byte range (on char boundaries).
    pub fn span(&mut self, byte_start: usize, byte_end: usize) -> Span {
        assert!(
            byte_start <= byte_end,
            "span {byte_start}..{byte_end} is reversed"
        );
        let start = self.char_of(byte_start);
        let end = self.char_of(byte_end);
        Span {
            start,
            end,
            byte_start,
            byte_end,
        }
    }
}

/// A stretch of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// Code-point offset of the first char.
    pub start: usize,
    /// Code-point offset just past the last char.
    pub end: usize,
    #[serde(skip)]
    pub byte_start: usize,
    #[serde(skip)]
    pub byte_end: usize,
}

impl Span {
    pub(crate) fn new(index: &CharIndex, byte_start: usize, byte_end: usize) -> Self {
        assert!(
            byte_start <= byte_end,
            "span {byte_start}..{byte_end} is reversed"
        );
        debug_assert!(
            index.text.is_char_boundary(byte_start) && index.text.is_char_boundary(byte_end)
        );
        Span {
            start: index.char_of(byte_start),
            end: index.char_of(byte_end),
            byte_start,
            byte_end,
        }
    }

    /// Byte range into the article text.
    pub fn bytes(&self) -> Range<usize> {
        self.byte_start..self.byte_end
    }

    pub fn is_empty(&self) -> bool {
        self.byte_start == self.byte_end
    }

    /// Whether `other` lies wholly inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.byte_start <= other.byte_start && other.byte_end <= self.byte_end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.byte_start < other.byte_end && other.byte_start < self.byte_end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_and_byte_offsets_agree_on_mixed_text() {
        let text = "É« a »\u{202f}ok ".repeat(50);
        let idx = CharIndex::new(&text);
        for (n, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_of(b), n);
            assert_eq!(idx.byte_of(n), b);
        }
        assert_eq!(idx.char_of(text.len()), text.chars().count());
        assert_eq!(idx.byte_of(text.chars().count()), text.len());
    }

    #[test]
    fn cursor_agrees_with_the_index_forward_and_back() {
        let text = "«\u{a0}Été\u{a0}» à Noël ".repeat(20);
        let idx = CharIndex::new(&text);
        let mut cur = SpanCursor::new(&idx, &text);
        let bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).step_by(3).collect();
        for w in bounds.windows(2) {
            assert_eq!(cur.span(w[0], w[1]), Span::new(&idx, w[0], w[1]));
        }
        assert_eq!(cur.char_of(bounds[1]), idx.char_of(bounds[1]));
    }

    #[test]
    fn byte_counting_agrees_with_chars_on_every_slice() {
        // 1- to 4-byte chars, slices shorter and longer than the 8-byte chunks
        let text = "aé€😀 Kim Jong-un «\u{a0}ça\u{202f}» 한국어 Привет x";
        let bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        for &i in &bounds {
            for &j in bounds.iter().filter(|&&j| j >= i) {
                assert_eq!(
                    count_chars(&text.as_bytes()[i..j]),
                    text[i..j].chars().count()
                );
            }
        }
    }

    #[test]
    fn ascii_text_is_its_own_index() {
        let idx = CharIndex::new("abc");
        assert_eq!((idx.char_of(2), idx.byte_of(2)), (2, 2));
    }
}
