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

/// Appends the positions of the continuation bytes (`10xxxxxx`) of `bytes[from..to]`.
///
/// Eight bytes at a time: a word with no byte ≥ 0x80 (most of a French text) costs a load
/// and a test.
fn continuations(bytes: &[u8], from: usize, to: usize, out: &mut Vec<usize>) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut base = from;
    let mut chunks = bytes[from..to].chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().expect("chunks of 8"));
        // bit 7 of a byte set and bit 6 clear: a continuation byte
        let mut m = w & !(w << 1) & HIGH;
        while m != 0 {
            out.push(base + m.trailing_zeros() as usize / 8);
            m &= m - 1;
        }
        base += 8;
    }
    for (k, &b) in chunks.remainder().iter().enumerate() {
        if b & 0xC0 == 0x80 {
            out.push(base + k);
        }
    }
}

/// Builds spans for byte offsets visited in increasing order, as a stage walking the text
/// left to right does.
///
/// A code-point offset is the byte offset minus the continuation bytes (`10xxxxxx`) before
/// it. The cursor finds the continuation bytes of the text ahead a block at a time (eight
/// bytes per step, and French text is mostly ASCII, so there are few) and walks that short
/// list as offsets advance: a conversion costs a few instructions whatever the gap, where
/// counting the chars of every gap cost ≈ 50 per token.
pub struct SpanCursor<'a> {
    index: &'a CharIndex,
    text: &'a str,
    /// Last offset converted.
    byte: usize,
    /// Bytes before this offset have been scanned for continuation bytes.
    scanned: usize,
    /// Continuation bytes found before `scanned`, in order; those from `next` on are at or
    /// after `byte`.
    ahead: Vec<usize>,
    next: usize,
    /// `ahead[next]`, or `usize::MAX` past the list's end: the one comparison most offsets
    /// need (no continuation byte since the last one).
    next_at: usize,
    /// Continuation bytes before `byte`.
    passed: usize,
    /// The text is all ASCII: a code-point offset is the byte offset (copied from the index,
    /// as it is asked at every conversion).
    ascii: bool,
}

/// How far ahead the cursor scans at once: enough to amortise the set-up, small enough that
/// the list of positions stays in cache.
const SCAN_BLOCK: usize = 4096;

impl<'a> SpanCursor<'a> {
    pub(crate) fn new(index: &'a CharIndex, text: &'a str) -> Self {
        SpanCursor {
            index,
            text,
            byte: 0,
            scanned: 0,
            ahead: Vec::new(),
            next: 0,
            next_at: usize::MAX,
            passed: 0,
            ascii: index.ascii,
        }
    }

    /// Code-point offset of a byte offset; falls back to the index when asked to go back.
    // inlined: called twice per token by every stage, and the body is a few instructions once
    // the scan ahead is out of line
    #[inline]
    pub fn char_of(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte.min(self.text.len());
        }
        if byte < self.byte {
            return self.index.char_of(byte);
        }
        debug_assert!(
            self.text.is_char_boundary(byte),
            "byte {byte} inside a char"
        );
        if byte > self.scanned {
            self.scan_to(byte);
        }
        while self.next_at < byte {
            self.next += 1;
            self.passed += 1;
            self.next_at = self.ahead.get(self.next).copied().unwrap_or(usize::MAX);
        }
        self.byte = byte;
        byte - self.passed
    }

    #[inline(never)]
    fn scan_to(&mut self, byte: usize) {
        let to = byte.max(self.scanned + SCAN_BLOCK).min(self.text.len());
        // forget the positions already passed, so the list stays one block long
        self.ahead.drain(..self.next);
        self.next = 0;
        continuations(self.text.as_bytes(), self.scanned, to, &mut self.ahead);
        self.next_at = self.ahead.first().copied().unwrap_or(usize::MAX);
        self.scanned = to;
    }

    /// The span of a byte range (on char boundaries).
    #[inline]
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
    fn cursor_agrees_with_chars_from_every_start_over_long_gaps() {
        // 1- to 4-byte chars; gaps shorter and longer than the 8-byte chunks and the scan block
        let unit = "aé€😀 Kim Jong-un «\u{a0}ça\u{202f}» 한국어 Привет x";
        let text = unit.repeat(300);
        let idx = CharIndex::new(&text);
        let bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        for step in [1, 7, 13, 2000] {
            let mut cur = SpanCursor::new(&idx, &text);
            for &b in bounds.iter().step_by(step) {
                assert_eq!(cur.char_of(b), text[..b].chars().count(), "step {step}");
            }
            assert_eq!(cur.char_of(text.len()), bounds.len());
        }
    }

    #[test]
    fn ascii_text_is_its_own_index() {
        let idx = CharIndex::new("abc");
        assert_eq!((idx.char_of(2), idx.byte_of(2)), (2, 2));
    }
}
