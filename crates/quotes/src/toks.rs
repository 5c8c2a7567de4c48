//! A flat view of the article's tokens, with what the quotation rules ask of each one.

use depeche_article::{Article, TokenKind};
use depeche_lang::fr;

/// A token's lower-case form: the token's own text when it is already lower case (most
/// words are), else its folded form in a string of the article's folded words (see
/// [`Toks::new`]), so that building the token view allocates nothing per word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Low<'a>(&'a str);

/// Whether a token's text differs from its lower-case form ([`fr::fold`]): a capital, or an
/// apostrophe that folding straightens.
fn needs_fold(text: &str) -> bool {
    // one pass: ASCII bytes are checked directly, the first non-ASCII byte defers to chars
    for (k, &b) in text.as_bytes().iter().enumerate() {
        if b >= 0x80 {
            return text[k..]
                .chars()
                .any(|c| is_upper(c) || matches!(c, '’' | 'ʼ' | '`' | '´'));
        }
        if b.is_ascii_uppercase() || b == b'`' {
            return true;
        }
    }
    false
}

/// [`char::is_uppercase`], answered for Latin-1 by its ranges: the accented capitals of
/// French (É, À, Ç) are there, and the Unicode tables cost a search per char.
fn is_upper(c: char) -> bool {
    if c <= 'ÿ' {
        c.is_ascii_uppercase() || ('À'..='Þ').contains(&c) && c != '×'
    } else {
        c.is_uppercase()
    }
}

impl<'a> Low<'a> {
    pub fn as_str(&self) -> &str {
        self.0
    }
}

impl std::ops::Deref for Low<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl std::fmt::Display for Low<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl PartialEq<&str> for Low<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl std::borrow::Borrow<str> for Low<'_> {
    fn borrow(&self) -> &str {
        self.0
    }
}

/// One token with its lower-case form and position.
#[derive(Debug, Clone)]
pub struct Tok<'a> {
    pub text: &'a str,
    /// Lower case, typographic apostrophes straightened.
    pub low: Low<'a>,
    /// Can be (part of) a proper name: capitalised, not a function word or honorific.
    pub namey: bool,
    /// Is a reporting-verb form or the first word of one: worth a full verb-group lookup.
    pub verbish: bool,
    /// Starts with a capital letter (asked of the same tokens again and again: decided once).
    pub cap: bool,
    /// Byte offsets into the article text.
    pub s: usize,
    pub e: usize,
    pub sent: usize,
    pub para: usize,
    pub kind: TokenKind,
}

impl Tok<'_> {
    /// Starts with a capital letter.
    pub fn is_cap(&self) -> bool {
        self.cap
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// Whether a token can be (part of) a proper name, decided once per token: capitalised (or
/// `al-Rahman`-like), a word, and neither a capitalised function word nor an honorific.
fn is_namey(text: &str, low: &str, kind: TokenKind, cap: bool) -> bool {
    if kind != TokenKind::Word {
        return false;
    }
    // a hyphen among the first five bytes before trying the particle list
    let particle_name = !cap
        && matches!(low.as_bytes().first(), Some(b'a' | b'e' | b'b' | b'i'))
        && low.as_bytes().iter().take(5).any(|&b| b == b'-')
        && ["al-", "el-", "ben-", "ibn-", "abu-", "abou-"]
            .iter()
            .any(|p| low.starts_with(p) && text[p.len()..].starts_with(char::is_uppercase));
    if !cap && !particle_name {
        return false;
    }
    // a title written in capitals ("le PDG de X", "le DG") is a role, not the start of a name
    let capital_title =
        text.len() > 1 && !text.chars().any(char::is_lowercase) && fr::titles().contains_key(low);
    !fr::name_stopwords().contains(low) && !fr::honorifics().contains_key(text) && !capital_title
}

/// A capital at a sentence's start says nothing: "Indépendant depuis 2007, le maire ...",
/// "Arrivé à 0h50, il ...". When the entity stage has run, a lone capitalised word opening
/// a sentence and followed by a lower-case word is taken for a name only if it is one of
/// the entity mentions (the tagger weighs context and gazetteers that a capital alone does
/// not give).
fn unname_sentence_openers(a: &Article, t: &mut [Tok], sents: &[(usize, usize)]) {
    if a.entities.is_empty() {
        return;
    }
    let mut mentions: Vec<(usize, usize)> = a
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter())
        .map(|m| (m.span.byte_start, m.span.byte_end))
        .collect();
    mentions.sort_unstable();
    for &(ss, se) in sents {
        // only a word followed by a lower-case word is in doubt: "Barroso, le président"
        // and "Merkel." keep their capital's benefit
        let lower_next = ss + 1 < se && t[ss + 1].kind == TokenKind::Word && !t[ss + 1].cap;
        if !t[ss].namey || !lower_next {
            continue;
        }
        // "Grimm déclare que ...", "Dupont estime : « ... »": a capitalised word right before
        // a finite reporting verb that introduces what is said is that verb's subject, a name
        // the tagger did not know
        let reports = ss + 2 < se
            && fr::reporting_verbs()
                .get(t[ss + 1].low.as_str())
                .is_some_and(|f| f.kind == fr::VerbFormKind::Finite)
            && matches!(t[ss + 2].low.as_str(), "que" | "qu'" | ":");
        if reports {
            continue;
        }
        let b = t[ss].s;
        let i = mentions.partition_point(|&(ms, _)| ms <= b);
        let covered = i > 0 && mentions[i - 1].1 > b;
        if !covered {
            t[ss].namey = false;
        }
    }
}

/// A capital letter with its period before a capitalised word is a person's initial
/// (`A. Dupont`, `Y. Martin`), even when the letter alone is also a function word or a verb
/// (`A` is `a`, has; `Y` is `y`, there): it belongs to the name that follows and is no verb.
fn mark_initials(t: &mut [Tok]) {
    for i in 0..t.len().saturating_sub(2) {
        let one_capital = t[i].cap && t[i].text.chars().nth(1).is_none();
        // `M.` is Monsieur, a title before the name, not an initial of it
        let honorific = || fr::honorifics().contains_key(t[i].text);
        if one_capital
            && !t[i].namey
            && t[i + 1].text == "."
            && t[i + 1].s == t[i].e
            && t[i + 2].cap
            && t[i + 2].namey
            && t[i + 2].sent == t[i].sent
            && !honorific()
        {
            t[i].namey = true;
            t[i].verbish = false;
        }
    }
}

/// The tokens of an article plus sentence and paragraph boundaries as token ranges.
pub struct Toks<'a> {
    pub t: Vec<Tok<'a>>,
    /// Token ranges of the entity stage's PER mentions, in text order (empty when the
    /// stage has not run).
    pub persons: Vec<(usize, usize)>,
    /// Token ranges of its LOC mentions, in text order.
    pub places: Vec<(usize, usize)>,
    /// Token ranges of its ORG mentions, in text order.
    pub organizations: Vec<(usize, usize)>,
    /// For each sentence, its token range.
    pub sents: Vec<(usize, usize)>,
    pub text: &'a str,
}

impl<'a> Toks<'a> {
    /// The token view of an article. The lower-case forms that differ from the tokens' text
    /// are written into `folded` (cleared first), one after the other, and borrowed from it:
    /// one growing string where a string per capitalised word cost an allocation and a free.
    pub fn new(a: &'a Article, folded: &'a mut String) -> Self {
        folded.clear();
        // (token, range in `folded`) of the tokens whose lower-case form is there
        let mut refolded = Vec::new();
        let verbs = fr::reporting_verbs();
        let mut t = Vec::with_capacity(a.tokens.len());
        let mut sents = vec![(0, 0); a.sentences.len()];
        // tokens come sentence after sentence: a sentence's start and paragraph are looked up
        // when it changes, not for each of its tokens
        let (mut sent, mut para) = (usize::MAX, 0);
        for (i, tk) in a.tokens.iter().enumerate() {
            let text = &a.text[tk.span.bytes()];
            if tk.sentence != sent {
                sent = tk.sentence;
                para = a.sentences[sent].paragraph;
                if sents[sent].1 == 0 {
                    sents[sent].0 = i;
                }
            }
            sents[sent].1 = i + 1;
            let low = if needs_fold(text) {
                let from = folded.len();
                fr::fold_into(folded, text);
                refolded.push((i, from, folded.len()));
                &folded[from..]
            } else {
                text
            };
            // ("a-t'il déclaré": the euphonic t's apostrophe, a common slip for its hyphen, is
            // read as the hyphen)
            let slip = low.strip_prefix("-t'").and_then(|p| {
                ["-t-il", "-t-elle", "-t-on", "-t-ils", "-t-elles"]
                    .into_iter()
                    .find(|c| c[3..] == *p)
            });
            if slip.is_some() && refolded.last().is_some_and(|&(k, _, _)| k == i) {
                refolded.pop();
            }
            let cap = match text.as_bytes().first() {
                Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
                _ => text.chars().next().is_some_and(is_upper),
            };
            let namey = is_namey(text, low, tk.kind, cap);
            let verbish = tk.kind == TokenKind::Word && verbs.may_start(low);
            t.push(Tok {
                text,
                // the folded form is set below, once `folded` is no longer written to
                low: Low(slip.unwrap_or(text)),
                namey,
                verbish,
                cap,
                s: tk.span.byte_start,
                e: tk.span.byte_end,
                sent: tk.sentence,
                para,
                kind: tk.kind,
            });
        }
        // "3 juillet 2012. - L'ONG a publié …", "PARIS (AFP) - Le ministre a dit …": the dash
        // after a dateline, on its line, is none of the next sentence's words; it closes the
        // sentence before it, so that the sentence before is still the one before (a dash
        // opening a line is a line of dialogue's, kept)
        for i in 1..sents.len() {
            let (ss, se) = sents[i];
            if ss > 0
                && ss + 1 < se
                && sents[i - 1].1 == ss
                && matches!(t[ss].text, "-" | "–" | "—")
                && !a.text[t[ss - 1].e..t[ss].s].contains('\n')
            {
                sents[i].0 += 1;
                sents[i - 1].1 += 1;
                t[ss].sent = i - 1;
            }
        }
        // "DOHA, 25 juin 2013 (AFP) - L'émir a annoncé …": a wire dateline opening a
        // paragraph, in capitals, with its date and its agency, ends at its dash; it is a
        // sentence of its own, and the statement after it opens the next one
        let mut i = 0;
        while i < sents.len() {
            let (ss, se) = sents[i];
            let opens_paragraph = ss == 0 || t[ss - 1].para != t[ss].para;
            if let Some(d) = opens_paragraph.then(|| dateline_dash(&t, ss, se)).flatten() {
                sents.insert(i + 1, (d + 1, se));
                sents[i].1 = d + 1;
                for x in &mut t[d + 1..] {
                    x.sent += 1;
                }
                i += 1;
            }
            i += 1;
        }
        let folded: &'a String = folded;
        for (i, from, to) in refolded {
            t[i].low = Low(&folded[from..to]);
        }
        mark_initials(&mut t);
        unname_sentence_openers(a, &mut t, &sents);
        let at = |b: usize| t.partition_point(|x| x.s < b);
        let ranges = |kind| {
            let mut v: Vec<(usize, usize)> = a
                .entities
                .iter()
                .filter(|e| e.kind == kind)
                .flat_map(|e| e.mentions.iter())
                .map(|m| (at(m.span.byte_start), at(m.span.byte_end)))
                .filter(|&(s, e)| s < e)
                .collect();
            v.sort_unstable();
            v
        };
        let persons = ranges(depeche_article::EntityType::PER);
        let places = ranges(depeche_article::EntityType::LOC);
        let organizations = ranges(depeche_article::EntityType::ORG);
        Toks {
            t,
            persons,
            places,
            organizations,
            sents,
            text: &a.text,
        }
    }

    pub fn len(&self) -> usize {
        self.t.len()
    }

    /// Text between the start of token `i` and the end of token `j - 1`.
    pub fn slice(&self, i: usize, j: usize) -> &'a str {
        if i >= j {
            return "";
        }
        &self.text[self.t[i].s..self.t[j - 1].e]
    }

    /// Index of the first token starting at or after byte `b`.
    pub fn at_byte(&self, b: usize) -> usize {
        self.t.partition_point(|t| t.s < b)
    }

    /// Sentence token range holding token `i`.
    pub fn sentence_of(&self, i: usize) -> (usize, usize) {
        self.sents[self.t[i].sent]
    }
}

/// The dash closing a wire dateline at the start of the sentence `[ss, se)`: one to four
/// words in capitals (`PARIS`, `NEW DELHI`, `PORT-AU-PRINCE`), then maybe a comma and a date,
/// maybe an agency in brackets, then a dash with words after it.
fn dateline_dash(t: &[Tok], ss: usize, se: usize) -> Option<usize> {
    let capitals = |x: &Tok| {
        x.kind == TokenKind::Word
            && x.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && x.text
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase())
    };
    let mut k = ss;
    while k < se && k < ss + 4 && capitals(&t[k]) {
        k += 1;
    }
    if k == ss {
        return None;
    }
    // (", 25 juin 2013": a date of a few words and numbers)
    if k < se && t[k].text == "," {
        k += 1;
        let from = k;
        while k < se
            && k < from + 5
            && matches!(t[k].kind, TokenKind::Word | TokenKind::Number)
            && !t[k].text.starts_with(char::is_uppercase)
        {
            k += 1;
        }
        if k == from {
            return None;
        }
    }
    // ("(AFP)", "(Reuters)": the agency)
    if k + 2 < se && t[k].text == "(" && t[k + 2].text == ")" && t[k + 1].cap {
        k += 3;
    }
    (k + 1 < se && matches!(t[k].text, "-" | "–" | "—")).then_some(k)
}

#[cfg(test)]
mod tests {
    #[test]
    fn latin_capitals_are_told_as_unicode_tells_them() {
        for c in ('\0'..='\u{24f}').chain(['Œ', 'œ', 'Σ', 'ß', 'ﬁ']) {
            assert_eq!(super::is_upper(c), c.is_uppercase(), "{c:?}");
        }
    }
}
