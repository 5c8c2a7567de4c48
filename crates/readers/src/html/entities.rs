//! HTML character references (`&eacute;`, `&#233;`, `&#xE9;`) decoded as browsers do.
//!
//! The table of the 2,231 named references is the one html5ever uses (`web_atoms`); the
//! rules are HTML's: the longest name that matches wins, a few legacy names work without the
//! `;`, numeric references in 0x80–0x9F mean their windows-1252 character (pages written in
//! that encoding and "converted" by hand), and NUL, surrogates and out-of-range numbers give
//! U+FFFD. A soft hyphen (`&shy;`) becomes U+00AD like any other character: it is kept.

use std::borrow::Cow;
use web_atoms::NAMED_ENTITIES;

/// Decode the character references of `s`. In an attribute value, a legacy name without `;`
/// followed by a letter, a digit or `=` is left as written (`?a=1&copy=2` is a URL).
pub fn decode_refs(s: &str, in_attribute: bool) -> Cow<'_, str> {
    let bytes = s.as_bytes();
    let Some(first) = memchr::memchr(b'&', bytes) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    let mut done = 0;
    let mut at = first;
    loop {
        if let Some((len, c1, c2)) = reference(&s[at..], in_attribute) {
            out.push_str(&s[done..at]);
            out.push(c1);
            if let Some(c2) = c2 {
                out.push(c2);
            }
            done = at + len;
        }
        match memchr::memchr(b'&', &bytes[at + 1..]) {
            Some(k) => at = at + 1 + k,
            None => break,
        }
        if at < done {
            // an `&` inside the reference just decoded cannot happen (names are alphanumeric)
            at = done;
        }
    }
    if done == 0 {
        return Cow::Borrowed(s);
    }
    out.push_str(&s[done..]);
    Cow::Owned(out)
}

/// The reference at the start of `s` (which starts with `&`): its length in bytes and the
/// one or two characters it stands for.
fn reference(s: &str, in_attribute: bool) -> Option<(usize, char, Option<char>)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let (hex, start) = match b.get(2) {
            Some(b'x' | b'X') => (true, 3),
            _ => (false, 2),
        };
        let mut i = start;
        let mut n: u32 = 0;
        while let Some(&c) = b.get(i) {
            let d = match (hex, c) {
                (_, b'0'..=b'9') => c - b'0',
                (true, b'a'..=b'f') => c - b'a' + 10,
                (true, b'A'..=b'F') => c - b'A' + 10,
                _ => break,
            } as u32;
            n = n
                .saturating_mul(if hex { 16 } else { 10 })
                .saturating_add(d);
            i += 1;
        }
        if i == start {
            return None;
        }
        if b.get(i) == Some(&b';') {
            i += 1;
        }
        return Some((i, numeric(n), None));
    }
    // named: extend while the name is a prefix of some reference; keep the longest full one
    let mut best = None;
    let mut i = 1;
    while i < b.len() && i <= 33 {
        let c = b[i];
        if !(c.is_ascii_alphanumeric() || c == b';') {
            break;
        }
        let Some(&(c1, c2)) = NAMED_ENTITIES.get(&s[1..=i]) else {
            break;
        };
        if c1 != 0 {
            best = Some((i + 1, c1, c2));
        }
        if c == b';' {
            break;
        }
        i += 1;
    }
    let (len, c1, c2) = best?;
    if in_attribute && b[len - 1] != b';' {
        if let Some(&n) = b.get(len) {
            if n.is_ascii_alphanumeric() || n == b'=' {
                return None;
            }
        }
    }
    let c1 = char::from_u32(c1)?;
    let c2 = if c2 == 0 { None } else { char::from_u32(c2) };
    Some((len, c1, c2))
}

/// A numeric reference's character, with HTML's replacements.
fn numeric(n: u32) -> char {
    const C1: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}',
        '\u{017D}', '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}',
        '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}',
        '\u{9D}', '\u{017E}', '\u{0178}',
    ];
    match n {
        0x80..=0x9F => C1[(n - 0x80) as usize],
        0 => '\u{FFFD}',
        _ => char::from_u32(n).unwrap_or('\u{FFFD}'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_decode_as_in_browsers() {
        // (input, in attribute, output)
        let cases = [
            ("l&#39;&eacute;t&eacute;", false, "l'été"),
            ("&#xE9;&#XE9;&#233", false, "ééé"),
            ("a &amp b &amp; c", false, "a & b & c"),
            ("&notin; &noti;", false, "∉ ¬i;"),
            ("&#150; &#x92;", false, "– ’"),
            (
                "&#0; &#xD800; &#99999999999;",
                false,
                "\u{FFFD} \u{FFFD} \u{FFFD}",
            ),
            ("x&shy;y", false, "x\u{ad}y"),
            ("&unknown; & &#; &#x;", false, "&unknown; & &#; &#x;"),
            ("?a=1&copy=2&amp;b", true, "?a=1&copy=2&b"),
            ("?a=1&copy=2", false, "?a=1©=2"),
            ("&NotNestedGreaterGreater;", false, "\u{2AA2}\u{338}"),
        ];
        for (input, attr, want) in cases {
            assert_eq!(decode_refs(input, attr), want, "{input}");
        }
    }

    #[test]
    fn text_without_references_is_not_copied() {
        assert!(matches!(
            decode_refs("plain & simple", false),
            Cow::Borrowed(_)
        ));
    }
}
