//! Direct quotations: spans between quote marks, at the top level of nesting, including
//! quotations that run over several paragraphs (French reopens « at each paragraph).

use depeche_lang::fr;

/// A span of text between quote marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marked {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark.
    pub close: usize,
    /// Byte range of the quoted words, marks and padding spaces excluded.
    pub s: usize,
    pub e: usize,
    /// Whether the quotation runs over more than one paragraph.
    pub multi_paragraph: bool,
}

/// The quotation holding byte `b`, if any. `marked` is sorted and non-overlapping, as
/// [`find`] returns it.
pub fn containing(marked: &[Marked], b: usize) -> Option<&Marked> {
    let i = marked.partition_point(|m| m.open <= b);
    i.checked_sub(1).map(|i| &marked[i]).filter(|m| b < m.close)
}

/// Whether any quotation overlaps the byte range `[s, e)`.
pub fn overlaps(marked: &[Marked], s: usize, e: usize) -> bool {
    let i = marked.partition_point(|m| m.close <= s);
    i < marked.len() && marked[i].open < e
}

fn is_pad(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}'
}

fn closing_for(open: char) -> Option<char> {
    fr::quote_marks()
        .iter()
        .find(|m| m.open == open && m.family != "single-english" && m.family != "german")
        .map(|m| m.close)
}

/// First bytes (in UTF-8) of every quote mark of the table: the scan decodes nothing else.
/// The first UTF-8 bytes of the quote marks, found with `memchr` (SIMD) when there are at
/// most three of them, as with the French table (`"`, 0xC2 for « », 0xE2 for the rest).
struct Leads {
    table: [bool; 256],
    three: Option<[u8; 3]>,
}

impl Leads {
    /// Position of the next byte at or after `from` that can start a quote mark.
    fn next(&self, bytes: &[u8], from: usize) -> Option<usize> {
        let rest = bytes.get(from..)?;
        match self.three {
            Some([a, b, c]) => memchr::memchr3(a, b, c, rest),
            None => rest.iter().position(|&x| self.table[usize::from(x)]),
        }
        .map(|k| from + k)
    }
}

fn mark_leads() -> &'static Leads {
    static T: std::sync::OnceLock<Leads> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut table = [false; 256];
        for m in fr::quote_marks() {
            for c in [m.open, m.close] {
                let mut buf = [0u8; 4];
                table[usize::from(c.encode_utf8(&mut buf).as_bytes()[0])] = true;
            }
        }
        let set: Vec<u8> = (0..=255u8).filter(|&b| table[usize::from(b)]).collect();
        let three = match set[..] {
            [a] => Some([a, a, a]),
            [a, b] => Some([a, b, b]),
            [a, b, c] => Some([a, b, c]),
            _ => None,
        };
        Leads { table, three }
    })
}

/// Top-level quoted spans of `text`, given its paragraphs as byte ranges.
///
/// Writers slip with quote marks, and a quotation is no less one for it: besides the
/// typography's rules, a quotation may
/// - run into the next paragraph without its reopening «, when a » closes there before any «
///   opens (`« Nous rouvrirons la piscine.` / `Les travaux commenceront en mars », a dit X`);
/// - lose its closing mark after a colon, and then end with its paragraph (`L'entraîneur a
///   prévenu : « Rien n'est encore joué !`);
/// - lose its opening mark, when a » and a comma end it (`Nous avons tout essayé », a
///   expliqué X`): it runs from its paragraph's start;
/// - open with « and close with a straight quote, or the other way round.
pub fn find(text: &str, paragraphs: &[(usize, usize)]) -> Vec<Marked> {
    let mut out = Vec::new();
    // An opening « (or straight quote) left open at the end of a paragraph, waiting in the
    // next for a reopening « (true) or for a mark closing it without one (false).
    let mut carried: Option<(char, usize, bool)> = None;
    for (pi, &(ps, pe)) in paragraphs.iter().enumerate() {
        let para = &text[ps..pe];
        let mut stack: Vec<(char, usize)> = Vec::new();
        let mut multi = false;
        let mut b = 0;
        if let Some((mark, open, reopens)) = carried.take() {
            stack.push((mark, open));
            multi = true;
            if reopens {
                // the reopening mark is not a new quotation
                b = para.len() - para.trim_start_matches(is_pad).len() + '«'.len_utf8();
            }
        }
        // Jump between the bytes that can start a quote mark, decoding a char only there:
        // marks are rare and this loop sees every byte of every article.
        let leads = mark_leads();
        let bytes = para.as_bytes();
        while let Some(next_lead) = leads.next(bytes, b) {
            b = next_lead;
            let c = para[b..].chars().next().expect("b is a char boundary");
            let clen = c.len_utf8();
            let at = ps + b;
            let prev = para[..b].chars().next_back().unwrap_or(' ');
            let next = para[b + clen..].chars().next().unwrap_or(' ');
            b += clen;
            let is_open_straight = c == '"' && !stack.iter().any(|&(o, _)| o == '"');
            // (a straight quote glued to the word before and followed by a space or a
            // punctuation mark ends words)
            let ends_words = !is_pad(prev) && (is_pad(next) || ",.;:!?)".contains(next));
            if c == '"' && !is_open_straight {
                close(&mut stack, '"', at + 1, text, &mut out, &mut multi);
            } else if is_open_straight
                && ends_words
                && !prev.is_ascii_digit()
                && stack.first().is_some_and(|&(o, _)| o == '«')
            {
                // « … ": the straight quote closes the guillemet
                close(&mut stack, '«', at + 1, text, &mut out, &mut multi);
            } else if is_open_straight {
                // a straight quote opens when it starts a word
                if !is_pad(next) || is_pad(prev) || "([«“".contains(prev) {
                    stack.push(('"', at));
                }
            } else if closing_for(c).is_some() {
                stack.push((c, at));
            } else if let Some(open) = opener_of(c) {
                if stack.iter().any(|&(o, _)| o == open) {
                    close(&mut stack, open, at + clen, text, &mut out, &mut multi);
                } else if c == '»' && stack.first().is_some_and(|&(o, _)| o == '"') {
                    // " … »: the guillemet closes the straight quote
                    close(&mut stack, '"', at + clen, text, &mut out, &mut multi);
                } else if c == '»'
                    && stack.is_empty()
                    && out.last().is_none_or(|m: &Marked| m.close <= ps)
                    && para[b..].trim_start_matches(is_pad).starts_with(',')
                {
                    // "Nous avons tout essayé », a expliqué X": the opening mark left out
                    // (past a dateline: "MARSEILLE (AFP) - Nous …")
                    let start = ps + past_dateline(para);
                    record((start, 0), (at + clen, clen), text, &mut out, &mut multi);
                }
            }
        }
        // a guillemet still open at the paragraph's end continues if the next paragraph
        // reopens it, or closes it before opening any other; a straight quote, if the next
        // paragraph has an odd number of them (its first closes)
        // (paragraphs with no mark at all may stand between: `"Notre objectif reste le
        // maintien.` / `Il a insisté pour me garder.` / `Je reste ".`)
        if let Some(&(mark @ ('«' | '"'), open)) = stack.first() {
            let next_para = paragraphs.get(pi + 1).map(|&(s, e)| &text[s..e]);
            let next_reopens = mark == '«'
                && next_para.is_some_and(|p| p.trim_start_matches(is_pad).starts_with('«'));
            let closer = paragraphs[pi + 1..]
                .iter()
                .take(4)
                .map(|&(s, e)| &text[s..e])
                .find(|p| p.contains(['«', '»', '"', '“', '”']));
            let next_closes = closer.is_some_and(|p| match mark {
                '«' => p.find('»').is_some_and(|k| !p[..k].contains('«')),
                _ => p.matches('"').count() % 2 == 1,
            });
            if next_reopens || next_closes {
                carried = Some((mark, open, next_reopens));
            } else if mark == '«' && text[..open].trim_end_matches(is_pad).ends_with(':') {
                // "X a prévenu : « Rien n'est joué !": the closing mark left out
                let end = ps + para.trim_end_matches(is_pad).len();
                record((open, '«'.len_utf8()), (end, 0), text, &mut out, &mut multi);
            }
        }
    }
    out
}

/// Where a paragraph's words start: past its padding and a dateline opening it (a word in
/// capitals, then a dash within the first eighty bytes: `MARSEILLE (AFP) - `, `PARIS, 3 mai
/// — `).
fn past_dateline(para: &str) -> usize {
    let words = para.len() - para.trim_start_matches(is_pad).len();
    let first = para[words..]
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let caps = first.chars().count() >= 2 && first.chars().all(char::is_uppercase);
    let mut end = para.len().min(words + 80);
    while !para.is_char_boundary(end) {
        end -= 1;
    }
    let dash = [" - ", " – ", " — "]
        .iter()
        .filter_map(|d| para[..end].find(d).map(|k| k + d.len()))
        .min();
    match dash {
        Some(k) if caps => k + para[k..].len() - para[k..].trim_start_matches(is_pad).len(),
        _ => words,
    }
}

fn opener_of(close: char) -> Option<char> {
    fr::quote_marks()
        .iter()
        .find(|m| {
            m.close == close
                && m.open != close
                && m.family != "single-english"
                && m.family != "german"
        })
        .map(|m| m.open)
}

/// Close the innermost quotation opened with `open`; record it when it was the outermost.
fn close(
    stack: &mut Vec<(char, usize)>,
    open: char,
    end: usize,
    text: &str,
    out: &mut Vec<Marked>,
    multi: &mut bool,
) {
    let Some(pos) = stack.iter().rposition(|&(o, _)| o == open) else {
        return;
    };
    let (_, start) = stack[pos];
    stack.truncate(pos);
    if !stack.is_empty() {
        return; // nested: stays inside the outer quotation's text
    }
    let open_len = text[start..].chars().next().map_or(1, char::len_utf8);
    let close_len = text[..end].chars().next_back().map_or(1, char::len_utf8);
    record((start, open_len), (end, close_len), text, out, multi);
}

/// Record the quotation from byte `start` (its opening mark `open_len` bytes long, 0 when
/// the mark was left out) to byte `end` (past its closing mark, `close_len` bytes long, 0
/// when the mark was left out).
fn record(
    (start, open_len): (usize, usize),
    (end, close_len): (usize, usize),
    text: &str,
    out: &mut Vec<Marked>,
    multi: &mut bool,
) {
    let inner_end = end - close_len;
    let inner = &text[start + open_len..inner_end];
    let lead = inner.len() - inner.trim_start_matches(is_pad).len();
    let trail = inner.len() - inner.trim_end_matches(is_pad).len();
    let (s, e) = (start + open_len + lead, inner_end - trail);
    if s < e {
        out.push(Marked {
            open: start,
            close: end,
            s,
            e,
            multi_paragraph: std::mem::take(multi),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        let paras = depeche_segment_paragraphs(text);
        find(text, &paras).iter().map(|m| &text[m.s..m.e]).collect()
    }

    fn depeche_segment_paragraphs(text: &str) -> Vec<(usize, usize)> {
        let mut v = Vec::new();
        let mut pos = 0;
        for p in text.split("\n\n") {
            v.push((pos, pos + p.len()));
            pos += p.len() + 2;
        }
        v
    }

    /// (text, expected quotations): the quote-mark specification.
    const CASES: &[(&str, &[&str])] = &[
        ("Il a dit : « Oui. »", &["Oui."]),
        ("«\u{a0}Oui\u{a0}», dit-il", &["Oui"]),
        ("«\u{202f}Oui\u{202f}»", &["Oui"]),
        ("“Yes” and “no”", &["Yes", "no"]),
        ("un \"système\" et des \"choix\"", &["système", "choix"]),
        ("« Il m'a dit : “non” hier »", &["Il m'a dit : “non” hier"]),
        ("« Elle a dit \"jamais\" »", &["Elle a dit \"jamais\""]),
        ("‹ court ›", &["court"]),
        (
            "« Premier paragraphe.\n\n« Suite. »",
            &["Premier paragraphe.\n\n« Suite."],
        ),
        ("« Jamais fermé.\n\nAutre chose.", &[]),
        ("l'image » sans ouverture", &[]),
        // slips of the writer: the quotation stands all the same
        (
            "L'entraîneur a prévenu : « Rien n'est encore joué !\n\nLe match a lieu dimanche.",
            &["Rien n'est encore joué !"],
        ),
        (
            "« Nous rouvrirons la piscine.\n\nLes travaux commencent en mars », a dit le maire.",
            &["Nous rouvrirons la piscine.\n\nLes travaux commencent en mars"],
        ),
        (
            "Nous avons tout essayé », a expliqué la directrice.",
            &["Nous avons tout essayé"],
        ),
        (
            "Il a dit : « Oui, c'est fini\", puis il est parti.",
            &["Oui, c'est fini"],
        ),
        ("Il a répété \"jamais plus » hier.", &["jamais plus"]),
        // (an inch mark after a figure closes nothing; a dateline opens no quotation)
        (
            "« Avec un écran de 24\" on ne voit rien », dit-il.",
            &["Avec un écran de 24\" on ne voit rien"],
        ),
        (
            "MARSEILLE (AFP) - Nous tiendrons », a dit le préfet.",
            &["Nous tiendrons"],
        ),
        (
            "\"Tout d'abord, la forêt.\n\nEnsuite, le minerai\", a-t-il dit.",
            &["Tout d'abord, la forêt.\n\nEnsuite, le minerai"],
        ),
        (
            "Il a dit : \"Notre but reste le maintien.\n\nOn m'a gardé.\n\nJe reste \".\n\nFin.",
            &["Notre but reste le maintien.\n\nOn m'a gardé.\n\nJe reste"],
        ),
        (
            "« Il a dit \"non\" et \"oui\" »",
            &["Il a dit \"non\" et \"oui\""],
        ),
    ];

    #[test]
    fn quote_marks_follow_french_typography() {
        for (input, want) in CASES {
            assert_eq!(quotes(input), *want, "input {input:?}");
        }
    }
}
