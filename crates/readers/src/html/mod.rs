//! HTML pages → article text.
//!
//! A page is read once: decoded (BOM, `<meta charset>`, windows-1252 and ISO-8859-1
//! included), tokenized into a compact arena tree ([`dom`]), cut into blocks, and the blocks
//! of the article are chosen by general boilerplate rules ([`extract`]: furniture elements
//! and class words, link density, text density, JSON-LD `articleBody` as a signal). Headings
//! and intertitles are paragraphs of their own, separated by blank lines. The page's metadata
//! is kept: title, author, canonical URL, language, publication date from
//! `article:published_time`, JSON-LD `datePublished` or `<time datetime>`.
//!
//! Character references are decoded ([`entities`]). Soft hyphens and zero-width characters
//! are kept as written: they are code points of the text, so offsets stay true, and the
//! segmenter never splits a word on them.

mod dom;
mod entities;
mod extract;
mod hints;

use crate::{HtmlPage, Input, ReadError, TextInput};
use depeche_article::PublishedSource;
use dom::{Dom, Kind, Tag};
use serde_json::Value;
use std::borrow::Cow;

/// What extraction found in a page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    /// The page title (the article heading, else the metadata).
    pub title: Option<String>,
    /// The main text's paragraphs, intertitles included, the title left out, in order.
    pub paragraphs: Vec<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
    pub published: Option<chrono::NaiveDate>,
}

impl Extracted {
    /// The text Dépêche analyses: the title, then the paragraphs, separated by blank lines.
    pub fn text(&self) -> String {
        let mut parts: Vec<&str> = Vec::with_capacity(self.paragraphs.len() + 1);
        if let Some(t) = &self.title {
            parts.push(t);
        }
        parts.extend(self.paragraphs.iter().map(String::as_str));
        parts.join("\n\n")
    }

    /// The main text without the title (what the extraction benchmark scores).
    pub fn body(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}

/// Decode the bytes of a page: a byte-order mark first, then the charset declared in the
/// first 4 KB (`<meta charset>` or `http-equiv`), else UTF-8; a page that declares nothing
/// and is not valid UTF-8 is read as windows-1252, the legacy encoding of French pages.
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc.decode_without_bom_handling(&bytes[bom..]).0;
    }
    let declared = declared_charset(&bytes[..bytes.len().min(4096)]);
    match declared {
        Some(enc) if enc != encoding_rs::UTF_8 => enc.decode_without_bom_handling(bytes).0,
        _ => match std::str::from_utf8(bytes) {
            Ok(s) => Cow::Borrowed(s),
            Err(_) if declared.is_none() => {
                encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(bytes)
                    .0
            }
            Err(_) => String::from_utf8_lossy(bytes),
        },
    }
}

/// The encoding a page's head declares: `charset=` in a `<meta>` tag.
fn declared_charset(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(k) = memchr::memmem::find(&lower[from..], b"<meta") {
        let at = from + k;
        let end = memchr::memchr(b'>', &lower[at..]).map_or(lower.len(), |e| at + e);
        let tag = &lower[at..end];
        if let Some(c) = memchr::memmem::find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = rest
                .trim_ascii_start()
                .strip_prefix(b"=")?
                .trim_ascii_start();
            let rest = rest
                .strip_prefix(b"\"")
                .or_else(|| rest.strip_prefix(b"'"))
                .unwrap_or(rest);
            let len = rest
                .iter()
                .position(|c| matches!(c, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                .unwrap_or(rest.len());
            if let Some(e) = encoding_rs::Encoding::for_label(&rest[..len]) {
                // a page decoded as text cannot be UTF-16 (WHATWG: treat as UTF-8)
                if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE {
                    return Some(encoding_rs::UTF_8);
                }
                return Some(e);
            }
        }
        from = end;
    }
    None
}

/// Extract the main text and metadata of a page. `None` when the page has no article text.
pub fn extract(html: &str) -> Option<Extracted> {
    let dom = Dom::parse(html);
    let marks = extract::mark(&dom, true);
    let blocks = extract::blocks(&dom, &marks);
    let head = page_meta(&dom, &marks);
    let body = head
        .article_body
        .as_deref()
        .filter(|b| b.len() >= 200)
        .map(fold_for_match);
    let confirm = |blocks: &[extract::Block]| -> Vec<bool> {
        match &body {
            Some(folded) => blocks
                .iter()
                .map(|b| b.chars >= 30 && contains(folded, &fold_for_match(&b.text)))
                .collect(),
            None => Vec::new(),
        }
    };
    let confirmed = confirm(&blocks);
    let title = head
        .h1
        .clone()
        .or(head.og_title.clone())
        .or(head.title.clone())
        .filter(|t| !t.is_empty());
    let chosen = extract::main_text(&dom, &marks, &blocks, &confirmed, title.as_deref());
    let mut paragraphs = texts_of(&blocks, &chosen, title.as_deref());
    if has_words(&paragraphs, MIN_WORDS) && prose(&paragraphs) < SHORT_PROSE {
        // a text of short lines and no paragraph (a list of names, a caption, a teaser) may
        // have won over a page whose main text the class words hid (live entries named as
        // comments, tabs named as a menu): the page read without them, when it gives
        // paragraphs, is read so
        let lenient = extract::mark_with(&dom, true, false);
        let blocks = extract::blocks(&dom, &lenient);
        let confirmed = confirm(&blocks);
        let chosen = extract::main_text(&dom, &lenient, &blocks, &confirmed, title.as_deref());
        let other = texts_of(&blocks, &chosen, title.as_deref());
        if prose(&other) >= SHORT_PROSE.max(SHORT_GAIN * prose(&paragraphs)) {
            paragraphs = other;
        }
    }
    if !has_words(&paragraphs, MIN_WORDS) {
        // the furniture rules dropped everything (a layout that names its page wrapper
        // like a sidebar, an article inside a `<form>`): the best block of the page read
        // with only what is never text left out
        let lenient = extract::mark(&dom, false);
        let blocks = extract::blocks(&dom, &lenient);
        let chosen = extract::main_text(&dom, &lenient, &blocks, &[], title.as_deref());
        paragraphs = texts_of(&blocks, &chosen, title.as_deref());
    }
    if !has_words(&paragraphs, MIN_WORDS) {
        // no readable block at all (text drawn by scripts): what the page's metadata
        // gives as its text, JSON-LD `articleBody`, else its description
        let meta = head
            .article_body
            .as_deref()
            .or(head.description.as_deref())
            .unwrap_or("");
        paragraphs = meta
            .split('\n')
            .map(fold_for_match)
            .filter(|p| !p.is_empty())
            .collect();
    }
    // a page without an article (a menu, a title repeated by a fallback) has no body words
    if !has_words(&paragraphs, MIN_WORDS) {
        return None;
    }
    Some(Extracted {
        title,
        paragraphs,
        author: head.author,
        url: head.canonical,
        lang: head.lang,
        published: head.published,
    })
}

/// Characters of paragraphs under which the text found is checked against the page read
/// without its class words...
const SHORT_PROSE: usize = 200;
/// ...and how many times more paragraph text that reading must give to be taken.
const SHORT_GAIN: usize = 3;

/// The text of the chosen blocks, copies of the title left out (it is given apart).
fn texts_of(blocks: &[extract::Block], chosen: &[usize], title: Option<&str>) -> Vec<String> {
    chosen
        .iter()
        .map(|&k| &blocks[k].text)
        .filter(|t| title != Some(t.as_str()))
        .cloned()
        .collect()
}

/// Characters in paragraphs of prose (a sentence or more: at least [`PARAGRAPH`] characters).
fn prose(paragraphs: &[String]) -> usize {
    paragraphs
        .iter()
        .map(|p| p.chars().count())
        .filter(|&n| n >= PARAGRAPH)
        .sum()
}

/// Characters from which a paragraph is prose rather than a line (a name, a label).
const PARAGRAPH: usize = 80;

/// Words from which a text is an article's rather than a label's or a title's.
const MIN_WORDS: usize = 5;

/// Whether the paragraphs hold at least `n` words. The count stops there: a page's text is
/// asked this up to four times, and counting every word of a long article (Unicode
/// whitespace, char by char) was a tenth of extraction's instructions.
fn has_words(paragraphs: &[String], n: usize) -> bool {
    paragraphs
        .iter()
        .flat_map(|p| p.split_whitespace())
        .nth(n.saturating_sub(1))
        .is_some()
}

/// Whether `needle` occurs in `hay`. A block is looked for in JSON-LD's `articleBody` by its
/// first bytes, each place they occur then compared whole: setting up a substring search
/// costs as much as the needle is long, and a block is a paragraph.
fn contains(hay: &str, needle: &str) -> bool {
    const PREFIX: usize = 16;
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    if needle.len() <= PREFIX {
        return memchr::memmem::find(hay, needle).is_some();
    }
    memchr::memmem::find_iter(hay, &needle[..PREFIX]).any(|k| hay[k..].starts_with(needle))
}

/// Text folded for a containment test: whitespace runs to one space.
fn fold_for_match(s: &str) -> String {
    // the words copied whole, one space between them (not char by char)
    let mut out = String::with_capacity(s.len());
    for word in s.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// What the page says about itself.
#[derive(Default)]
struct Head {
    h1: Option<String>,
    og_title: Option<String>,
    title: Option<String>,
    canonical: Option<String>,
    lang: Option<String>,
    author: Option<String>,
    published: Option<chrono::NaiveDate>,
    article_body: Option<String>,
    /// `og:description`, else `<meta name=description>`.
    description: Option<String>,
}

fn page_meta(dom: &Dom, marks: &extract::Marks) -> Head {
    let mut h = Head::default();
    let mut meta_date = [None, None, None]; // article:published_time, pubdate, itemprop
    let mut time_in_article = None;
    let mut time_any = None;
    let mut first_h1 = None;
    let mut in_article_until = 0u32;
    let mut ld_date = None;
    let some = |v: Option<Cow<str>>| v.map(|v| fold_for_match(&v)).filter(|v| !v.is_empty());
    for i in 0..dom.len() as u32 {
        let Kind::Element { tag, .. } = dom.nodes[i as usize].kind else {
            continue;
        };
        match tag {
            Tag::Html if h.lang.is_none() => h.lang = some(dom.attr(i, "lang")),
            Tag::Title if h.title.is_none() => h.title = some(Some(dom.text_of(i).into())),
            Tag::Meta => {
                let key = dom
                    .attr_raw(i, "property")
                    .or_else(|| dom.attr_raw(i, "name"))
                    .or_else(|| dom.attr_raw(i, "itemprop"));
                let Some(key) = key else { continue };
                let content = || some(dom.attr(i, "content"));
                let date = |s: Option<String>| s.and_then(|s| crate::jsonl::parse_published(&s));
                match key.to_ascii_lowercase().as_str() {
                    "og:title" if h.og_title.is_none() => h.og_title = content(),
                    "og:description" => h.description = content().or(h.description.take()),
                    "description" if h.description.is_none() => h.description = content(),
                    "og:url" if h.canonical.is_none() => h.canonical = content(),
                    "author" | "article:author" if h.author.is_none() => h.author = content(),
                    "article:published_time" if meta_date[0].is_none() => {
                        meta_date[0] = date(content())
                    }
                    "pubdate" if meta_date[1].is_none() => meta_date[1] = date(content()),
                    "datepublished" if meta_date[2].is_none() => meta_date[2] = date(content()),
                    _ => {}
                }
            }
            Tag::Link => {
                let canonical = dom.attr_raw(i, "rel").is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|w| w.eq_ignore_ascii_case("canonical"))
                });
                if canonical {
                    if let Some(u) = some(dom.attr(i, "href")) {
                        // the link wins over og:url
                        h.canonical = Some(u);
                    }
                }
            }
            Tag::Article => in_article_until = in_article_until.max(dom.subtree_end(i)),
            Tag::Time => {
                let d = dom
                    .attr(i, "datetime")
                    .and_then(|v| crate::jsonl::parse_published(v.trim()));
                if i < in_article_until && time_in_article.is_none() {
                    time_in_article = d;
                }
                if time_any.is_none() {
                    time_any = d;
                }
            }
            Tag::H1 => {
                let t = fold_for_match(&dom.text_of(i));
                if !t.is_empty() {
                    if first_h1.is_none() {
                        first_h1 = Some(t.clone());
                    }
                    if h.h1.is_none() && !marks.skip[i as usize] {
                        h.h1 = Some(t);
                    }
                }
            }
            Tag::Script => {
                let ld = dom
                    .attr_raw(i, "type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if ld {
                    json_ld(dom.raw_text_of(i), &mut h, &mut ld_date);
                }
            }
            _ => {}
        }
    }
    // a stray `<link rel=canonical>` sits in the head, og:url too: both were tried above
    h.h1 = h.h1.or(first_h1);
    h.published = meta_date[0]
        .or(meta_date[1])
        .or(meta_date[2])
        .or(ld_date)
        .or(time_in_article)
        .or(time_any);
    h
}

/// JSON-LD: `datePublished`, `articleBody` and an author's name, wherever they sit (a
/// `@graph`, an array of objects). Invalid JSON still gives its `datePublished` by a plain
/// search, as pages often ship broken JSON-LD.
fn json_ld(text: &str, h: &mut Head, date: &mut Option<chrono::NaiveDate>) {
    match serde_json::from_str::<Value>(text.trim()) {
        Ok(v) => {
            let mut stack = vec![&v];
            while let Some(v) = stack.pop() {
                match v {
                    Value::Array(a) => stack.extend(a.iter().rev()),
                    Value::Object(o) => {
                        if date.is_none() {
                            if let Some(d) = o.get("datePublished").and_then(Value::as_str) {
                                *date = crate::jsonl::parse_published(d);
                            }
                        }
                        if let Some(b) = o.get("articleBody").and_then(Value::as_str) {
                            if h.article_body.as_ref().is_none_or(|x| x.len() < b.len()) {
                                h.article_body = Some(b.to_string());
                            }
                        }
                        if h.author.is_none() {
                            h.author = match o.get("author") {
                                Some(Value::Object(a)) => {
                                    a.get("name").and_then(Value::as_str).map(str::to_string)
                                }
                                Some(Value::Array(a)) => a
                                    .first()
                                    .and_then(|a| a.get("name"))
                                    .and_then(Value::as_str)
                                    .map(str::to_string),
                                _ => None,
                            };
                        }
                        stack.extend(o.values().filter(|v| v.is_object() || v.is_array()));
                    }
                    _ => {}
                }
            }
        }
        Err(_) if date.is_none() => {
            if let Some(i) = text.find("\"datePublished\"") {
                let rest = text[i + 15..].trim_start();
                let Some(rest) = rest.strip_prefix(':') else {
                    return;
                };
                let Some(rest) = rest.trim_start().strip_prefix('"') else {
                    return;
                };
                if let Some(end) = rest.find('"') {
                    *date = crate::jsonl::parse_published(&rest[..end]);
                }
            }
        }
        Err(_) => {}
    }
}

/// The paragraphs of an HTML fragment (feed content, a JSON Lines `html` field with no
/// page around it): every block, in order, with nothing chosen or dropped but scripts and
/// hidden elements.
pub fn paragraphs_of(html: &str) -> Vec<String> {
    let dom = Dom::parse(html);
    let marks = extract::mark(&dom, false);
    extract::blocks(&dom, &marks)
        .into_iter()
        .map(|b| b.text)
        .collect()
}

/// Extract a page read from `path` (at `at`) into an input.
pub(crate) fn page_to_input(page: HtmlPage) -> Result<Input, ReadError> {
    let html = decode(&page.bytes);
    let ex = extract(&html).ok_or_else(|| {
        ReadError::invalid(
            &page.path,
            page.at,
            "no article text found in the HTML page",
        )
    })?;
    Ok(input_from(page, ex))
}

fn input_from(page: HtmlPage, ex: Extracted) -> Input {
    let text = crate::text::normalize_text(ex.text());
    // a date the container gives wins; then the page's own; then the fetch date
    let published = page
        .published
        .or(ex.published.map(|d| (d, PublishedSource::Metadata)))
        .or(page.fetched.map(|d| (d, PublishedSource::Metadata)));
    let mut meta = page.meta;
    meta.url = meta.url.or(ex.url);
    meta.author = meta.author.or(ex.author);
    meta.lang = meta.lang.or(ex.lang);
    meta.title = meta.title.or(ex.title);
    Input {
        text: TextInput {
            id: page.id,
            source: page.source,
            text,
            published,
        },
        meta,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROSE: &str = "Le préfet a annoncé lundi la fermeture des écoles du département, en raison des intempéries attendues dans la nuit, a-t-on appris auprès de la préfecture.";
    const MORE: &str = "Les services de l'État restent mobilisés, et les habitants sont invités à limiter leurs déplacements, à suivre les consignes et à se tenir informés.";

    fn page(body: &str) -> String {
        format!("<!DOCTYPE html><html lang=\"fr\"><head><title>T</title></head><body>{body}</body></html>")
    }

    fn body_of(body: &str) -> Vec<String> {
        extract(&page(body))
            .map(|e| e.paragraphs)
            .unwrap_or_default()
    }

    #[test]
    fn furniture_is_dropped_and_the_article_kept() {
        // (what surrounds the article, text that must not come out)
        let cases = [
            ("<nav><ul><li><a href=/>Accueil</a></li><li><a href=/m>Monde</a></li></ul></nav>", "Accueil"),
            ("<div class=\"share-bar\">Partager sur les réseaux, envoyer par courriel, imprimer cet article</div>", "Partager"),
            ("<div id=\"comments\"><p>Un commentaire très long d'un lecteur, qui n'est pas l'article, avec des virgules, beaucoup.</p></div>", "commentaire"),
            ("<aside><p>À lire aussi : un autre article, très long, qui parle d'autre chose encore.</p></aside>", "lire aussi"),
            ("<figure><img src=x.jpg><figcaption>Le préfet, lundi, à la préfecture (photo d'archives).</figcaption></figure>", "photo d'archives"),
            ("<p hidden>Texte caché, qui ne doit jamais apparaître dans l'article extrait.</p>", "caché"),
            ("<p style=\"display: none\">Texte caché, qui ne doit jamais apparaître dans l'article.</p>", "caché"),
            ("<ul class=\"links\"><li><a href=/a>Un lien vers un autre article du site</a></li><li><a href=/b>Encore un lien vers un autre article</a></li></ul>", "lien"),
            ("<div class=\"relatedposts\"><p>Sur le même thème, un billet plus ancien qui parlait déjà des intempéries.</p></div>", "billet"),
            ("<div class=\"author-bio\"><p>Jeanne Martin est journaliste au service régional depuis dix ans, et elle aime la montagne.</p></div>", "journaliste"),
            ("<div class=\"tags\">Météo, Préfecture, Écoles, Intempéries, Département</div>", "Météo"),
            ("<p class=\"disclaimer\">Les liens de cette page peuvent rapporter une commission au site, sans frais pour vous.</p>", "commission"),
        ];
        for (furniture, absent) in cases {
            let html = format!("{furniture}<article><h1>Titre</h1><p>{PROSE}</p><h2>Un intertitre</h2><p>{MORE}</p></article>{furniture}");
            let got = body_of(&html);
            assert_eq!(got, [PROSE, "Un intertitre", MORE], "{furniture}");
            assert!(!got.iter().any(|p| p.contains(absent)), "{absent}");
        }
    }

    #[test]
    fn a_numbered_furniture_class_is_furniture() {
        // `sidebar2`, `comments1`: a layout's second sidebar inside the page's wrapper
        let comment = "Paul : merci pour l'astuce, je l'essaie ce soir même sur ma vieille machine, et je vous dirai si cela marche aussi chez moi.";
        let html = format!(
            "<div class=\"wrap\"><h1>Titre</h1><p>{PROSE}</p><p>{MORE}</p><p>{PROSE}</p>\
             <div class=\"sidebar2\"><p>{comment}</p></div></div>"
        );
        assert_eq!(body_of(&html), [PROSE, MORE, PROSE]);
    }

    #[test]
    fn a_text_without_paragraphs_is_read_again_without_class_words() {
        // a match page: the line-ups are short lines, the live entries are classed as
        // comments; the entries are the text
        let names: String = (1..=11)
            .map(|k| format!("<li>Joueur numéro {k}</li>"))
            .collect();
        let entries = [PROSE, MORE, PROSE];
        let live: String = entries
            .iter()
            .map(|e| format!("<div class=\"live-comment\"><span>12'</span><div>{e}</div></div>"))
            .collect();
        let html = format!(
            "<h1>Lorient – Lyon</h1><div class=\"lineups\"><ul>{names}</ul><ul>{names}</ul></div><div class=\"live\">{live}</div>"
        );
        let got = body_of(&html);
        for e in entries {
            assert!(got.iter().any(|p| p == e), "{got:?}");
        }
        // a short article of a paragraph or two is read as it is
        let html = format!(
            "<article><h1>Brève</h1><p>{PROSE}</p><p>{MORE}</p></article><div class=\"comments\"><div class=\"comment\"><p>{MORE} {PROSE}</p></div><div class=\"comment\"><p>{PROSE} {MORE}</p></div></div>"
        );
        assert_eq!(body_of(&html), [PROSE, MORE]);
    }

    #[test]
    fn the_title_is_apart_and_intertitles_stay() {
        let ex = extract(&page(&format!(
            "<header><h1 class=\"logo\">Le Journal</h1></header><main><h1>Écoles fermées</h1><p>{PROSE}</p><h3>Consignes</h3><p>{MORE}</p></main>"
        )))
        .unwrap();
        assert_eq!(ex.title.as_deref(), Some("Écoles fermées"));
        assert_eq!(ex.paragraphs, [PROSE, "Consignes", MORE]);
        assert_eq!(
            ex.text(),
            format!("Écoles fermées\n\n{PROSE}\n\nConsignes\n\n{MORE}")
        );
    }

    #[test]
    fn an_article_cut_into_chunks_is_read_whole() {
        // the layout wraps every few paragraphs in its own grid, with an ad between
        let chunk = |p: &str| {
            format!("<div class=\"grid\"><div class=\"col\"><p>{p}</p><p>{p}</p></div><div class=\"col-ad\"></div></div>")
        };
        let html = format!(
            "<div class=\"chunks\">{}<div class=\"ad\">Publicité</div>{}</div><div class=\"related\"><a href=/x>Autre article sur un autre sujet</a></div>",
            chunk(PROSE),
            chunk(MORE)
        );
        assert_eq!(body_of(&html), [PROSE, PROSE, MORE, MORE]);
    }

    #[test]
    fn an_article_in_uneven_chunks_is_read_whole_and_teasers_stay_out() {
        // the layout puts the lead in a row of its own, the rest of the text in a long
        // one; a list of teasers (a link and an excerpt each) follows
        let lead = "Le conseil municipal a voté mardi soir la rénovation complète de la piscine du quartier nord qui avait fermé ses portes au printemps dernier";
        let rest: Vec<String> = (1..=8)
            .map(|k| format!("Paragraphe {k} : les travaux dureront dix-huit mois, selon l'adjoint aux sports, et le bassin extérieur sera chauffé par la chaleur récupérée sur le réseau de la ville."))
            .collect();
        let teaser = "Un autre article du site sur un sujet voisin, dont voici les premières lignes pour donner envie de le lire en entier.";
        let html = format!(
            "<div class=\"page\"><div class=\"row\"><p>{lead}</p></div><div class=\"row\">{}</div></div>\
             <div class=\"more\"><h2>Sur le même sujet</h2><ul>{}</ul></div>",
            rest.iter().map(|p| format!("<p>{p}</p>")).collect::<String>(),
            (0..3).map(|k| format!("<li><h3><a href=\"/a{k}\">Titre d'un autre article numéro {k}</a></h3><p>{teaser}</p></li>")).collect::<String>(),
        );
        let got = body_of(&html);
        let mut want = vec![lead.to_string()];
        want.extend(rest);
        assert_eq!(got, want);
    }

    #[test]
    fn the_standfirst_in_an_article_header_is_kept_and_the_byline_is_not() {
        let lead = "Après deux ans de travaux, la médiathèque rouvre samedi avec des horaires élargis et un espace consacré aux jeux vidéo.";
        let html = format!(
            "<header class=\"site\"><p>Le Journal du Val, toute l'actualité de la vallée et de ses communes voisines</p></header>\
             <article><header><h1>La médiathèque rouvre</h1><p class=\"byline\">Par Anne Roux</p><time>12 mai</time><p class=\"lead\">{lead}</p></header>\
             <div class=\"body\"><p>{PROSE}</p><p>{MORE}</p></div></article>"
        );
        assert_eq!(body_of(&html), [lead, PROSE, MORE]);
    }

    #[test]
    fn a_standfirst_beside_the_heading_outside_the_body_is_kept() {
        // a title band (heading, date, summary) apart from the body's container, no
        // `<header>` to say so; the date is too short and the teaser too full of links
        let lead = "Après deux ans de travaux, la médiathèque rouvre samedi avec des horaires élargis et un espace consacré aux jeux vidéo.";
        let teaser = "<p><a href=/x>Un autre article, sur la piscine municipale qui ferme pour l'été, à lire ici</a></p>";
        let html = format!(
            "<div class=\"band\"><h1>La médiathèque rouvre</h1><p>12 mai 2024</p><p class=\"summary\">{lead}</p>{teaser}</div>\
             <div class=\"body\"><p>{PROSE}</p><p>{MORE}</p><p>{PROSE}</p></div>"
        );
        assert_eq!(body_of(&html), [lead, PROSE, MORE, PROSE]);
        // however many links (a share bar, a list of teasers) come between band and body
        let html = format!(
            "<div class=\"band\"><h1>La médiathèque rouvre</h1><p>12 mai 2024</p><p class=\"summary\">{lead}</p>{}</div>\
             <div class=\"body\"><p>{PROSE}</p><p>{MORE}</p><p>{PROSE}</p></div>",
            teaser.repeat(12)
        );
        assert_eq!(body_of(&html), [lead, PROSE, MORE, PROSE]);
        // a page whose heading went with its banner: the prose that opens the page
        let html = format!(
            "<header><h1>La médiathèque rouvre</h1></header><div class=\"intro\"><p>{lead}</p></div>\
             <div class=\"body\"><p>{PROSE}</p><p>{MORE}</p><p>{PROSE}</p></div>"
        );
        assert_eq!(body_of(&html), [lead, PROSE, MORE, PROSE]);
        // a standfirst set as a subheading: a heading of a sentence or two is no intertitle
        let html = format!(
            "<div class=\"band\"><h1>La médiathèque rouvre</h1><h2>Culture</h2><h2>{lead}</h2></div>\
             <div class=\"body\"><p>{PROSE}</p><p>{MORE}</p><p>{PROSE}</p></div>"
        );
        assert_eq!(body_of(&html), [lead, PROSE, MORE, PROSE]);
    }

    #[test]
    fn a_short_note_with_a_link_after_the_last_paragraph_goes() {
        // a call to follow or subscribe elsewhere closes many articles; a short last
        // sentence of the article itself, without a link, stays
        let note = "Suivez-nous sur <a href=/t>notre chaîne</a> pour ne rien manquer.";
        let end = "L'enquête se poursuit, a indiqué le parquet.";
        let html = format!(
            "<article><p>{PROSE}</p><p>{PROSE} {MORE}</p><p>{end}</p><p>{note}</p></article>"
        );
        assert_eq!(
            body_of(&html),
            [
                PROSE.to_string(),
                format!("{PROSE} {MORE}"),
                end.to_string()
            ]
        );
    }

    #[test]
    fn a_date_line_inside_the_article_goes_and_figures_stay() {
        // the update line dates the page; a price or a score has no year and is the text's
        let html = format!(
            "<article><p>Mis à jour le 12/05/2024 à 10:27</p><p>{PROSE}</p><p>Entrée : 12,50 €</p><p>Score : 3 – 1</p><p>{MORE}</p></article>"
        );
        assert_eq!(
            body_of(&html),
            [PROSE, "Entrée : 12,50 €", "Score : 3 – 1", MORE]
        );
        // a date written with the month's name, in any of the pages' languages; a sentence
        // that names a month stays
        let since = "En mai 2024, le conseil municipal a voté la rénovation de la piscine du quartier nord.";
        let html = format!(
            "<article><p>Publié le 12 mai 2024 par Anne Roux</p><p>{PROSE}</p><p>Dienstag, 1. Februar 2022</p><p>{since}</p><p>Written by J. Doe on November 7, 2023</p><p>{MORE}</p></article>"
        );
        assert_eq!(body_of(&html), [PROSE, since, MORE]);
    }

    #[test]
    fn a_label_whose_list_was_dropped_goes_with_it() {
        let links = "<ul><li><a href=/a>Un premier article sur le même sujet</a></li><li><a href=/b>Un second article sur le même sujet</a></li></ul>";
        let html = format!(
            "<article><p>{PROSE}</p><p>À lire aussi :</p>{links}<p>{MORE}</p><h3>Nos dossiers</h3>{links}<p>{PROSE}</p></article>"
        );
        assert_eq!(body_of(&html), [PROSE, MORE, PROSE]);
        // a label followed by its text stays
        let html =
            format!("<article><p>{PROSE}</p><p>Le préfet a précisé :</p><p>{MORE}</p></article>");
        assert_eq!(body_of(&html), [PROSE, "Le préfet a précisé :", MORE]);
        // a heading as long as a phrase is the article's, over a dropped table of contents too
        let toc = "<ul><li><a href=#q1>Pourquoi les écoles ferment-elles lundi ?</a></li><li><a href=#q2>Que faire des enfants ce jour-là ?</a></li></ul>";
        let heading = "Les questions de la semaine en un coup d'œil";
        let html = format!("<article><p>{PROSE}</p><h3>{heading}</h3>{toc}<p>{MORE}</p></article>");
        assert_eq!(body_of(&html), [PROSE, heading, MORE]);
    }

    #[test]
    fn a_heading_announcing_other_pages_ends_the_article() {
        // teasers after the label look like prose (an excerpt each, no link)
        let long = format!("{PROSE} {MORE}");
        let teaser = "Un autre billet du même blog, sur les vacances à la montagne, dont voici les premières lignes pour donner envie.";
        let html = format!(
            "<article><p>{long}</p><p>{long}</p><p>{long}</p><h3>Ähnliche Beiträge</h3>\
             <div><h4><a href=/a>Un billet</a></h4><p>{teaser}</p></div><div><h4><a href=/b>Un autre</a></h4><p>{teaser}</p></div></article>"
        );
        assert_eq!(body_of(&html), [long.as_str(); 3]);
        // a paragraph beside the article's own after the label is the article's
        let end = "Le conseil se réunira de nouveau en juin pour en décider.";
        let html = format!(
            "<article><p>{long}</p><p>{long}</p><p>{long}</p><h3>Related posts</h3><p>{end}</p>\
             <div><p>{teaser}</p></div><div><p>{teaser}</p></div></article>"
        );
        assert_eq!(body_of(&html), [&long, &long, &long, end]);
        // inside the text, the label and the teaser's title go, and the text resumes
        let html = format!(
            "<article><p>{long}</p><p>À lire aussi :</p><p><a href=/a>Les écoles rouvrent</a></p><p>{long}</p><p>{long}</p><p>{long}</p></article>"
        );
        assert_eq!(body_of(&html), [long.as_str(); 4]);
        // the labels, as the list writes them
        for label in [
            "Related posts",
            "Ähnliche Beiträge:",
            "À lire aussi",
            "Te puede interesar",
            "Zobacz też…",
        ] {
            assert!(extract::related_label(label), "{label}");
        }
        assert!(!extract::related_label("Le préfet a précisé :"));
    }

    #[test]
    fn a_heading_pointing_to_more_information_ends_the_article() {
        // a box after the text (where to read more: a book, an office) is not the article
        let long = format!("{PROSE} {MORE}");
        let html = format!(
            "<article><p>{long}</p><p>{long}</p><div><h3>Weitere Informationen</h3>\
             <p>Le rapport complet du service, publié chez un éditeur régional (2021)</p></div></article>"
        );
        assert_eq!(body_of(&html), [long.as_str(); 2]);
        for label in [
            "Pour en savoir plus :",
            "More information",
            "Más información",
        ] {
            assert!(extract::related_label(label), "{label}");
        }
        // the words inside a sentence are the article's
        assert!(!extract::related_label(
            "Plus d'informations seront données demain"
        ));
    }

    #[test]
    fn a_block_is_found_in_the_article_body_wherever_its_first_bytes_recur() {
        let hay = "Le préfet a dit non. Le préfet a annoncé lundi la fermeture des écoles.";
        for (needle, found) in [
            ("Le préfet a annoncé lundi la fermeture des écoles.", true),
            ("Le préfet a annoncé mardi la fermeture", false),
            ("Le préfet", true),
            ("", true),
            ("fermeture des écoles. Et plus encore", false),
        ] {
            assert_eq!(contains(hay, needle), found, "{needle}");
        }
        assert_eq!(fold_for_match("  a \u{a0}b\n\n c  "), "a b c");
    }

    #[test]
    fn a_publishers_call_to_subscribe_goes() {
        let html = format!(
            "<article><p>{PROSE}</p><p>Le numéro du mois est en kiosque : abonnez-vous, votre magazine chez vous chaque mois (newsletter offerte).</p><p>{MORE}</p></article>"
        );
        assert_eq!(body_of(&html), [PROSE, MORE]);
        for (line, promo) in [
            ("Die neue Ausgabe jetzt im Abo und als E-Paper", true),
            ("Subscribe to our newsletter", true),
            // one word alone, or the same word twice, is the article's
            (
                "Le conseil a voté l'abonnement des écoles à la cantine.",
                false,
            ),
            ("The issue was raised again; the issue remains open.", false),
            // the words of the lower-cased line: capitals, a hyphenated word by its first
            // part, a non-ASCII word, the Kelvin sign that lowers to `k`
            ("ABONNEZ-VOUS À LA NEWSLETTER", true),
            ("Suscríbete a la SUSCRIPCIÓN", true),
            ("Jetzt im Abo und am \u{212A}iosk", true),
            ("Abo, Abo, Abo", false),
        ] {
            assert_eq!(extract::promo_line(line), promo, "{line}");
        }
    }

    #[test]
    fn a_box_the_page_leaves_out_of_print_goes_and_a_list_left_out_stays() {
        // a contact box after the article, classed so the printed page leaves it out: its
        // prose is the site's, not the article's; a list left out of print (a picker over
        // the text's own figures, with its +/− controls) is still the text
        let contact = "Pour toute question ou remarque sur cet article, vous pouvez écrire à la rédaction avec le formulaire ci-dessous.";
        for class in [
            "no-print",
            "hidden-print",
            "d-print-none",
            "noPrint",
            "hide-for-print",
        ] {
            let html = format!(
                "<article><h1>Titre</h1><ul class=\"servings {class}\"><li>pour 4 personnes</li></ul>\
                 <p>{PROSE}</p><p>{MORE}</p><div class=\"{class}\" id=\"contact\"><p>{contact}</p></div></article>"
            );
            assert_eq!(body_of(&html), ["pour 4 personnes", PROSE, MORE], "{class}");
        }
        // shown only in print, a print button, a word that holds "print": no verdict
        for class in ["visible-print", "print-button", "blueprint"] {
            let html = format!(
                "<article><h1>Titre</h1><p>{PROSE}</p><div class=\"{class}\"><p>{MORE}</p></div></article>"
            );
            assert_eq!(body_of(&html), [PROSE, MORE], "{class}");
        }
    }

    #[test]
    fn two_line_breaks_end_a_paragraph() {
        // a text set with line breaks: each paragraph is a block of its own, so the date
        // line above it goes like any date line; one `<br>` stays a line break
        let html = format!(
            "<article><div>Publié le 12/05/2024 à 10:27<br><br>{PROSE}<br>\n<br>{MORE}<br>Fin.</div></article>"
        );
        assert_eq!(body_of(&html), [PROSE.to_string(), format!("{MORE}\nFin.")]);
        // the last short lines of such a text (a refrain, a list) are its own, not a
        // label after it
        let html = format!(
            "<article><div>{PROSE} {MORE}<br><br>{MORE}<br><br>Refrain<br>(bis)</div></article>"
        );
        assert_eq!(
            body_of(&html),
            [
                format!("{PROSE} {MORE}"),
                MORE.into(),
                "Refrain\n(bis)".into()
            ]
        );
    }

    #[test]
    fn a_box_mostly_of_links_inside_the_article_goes_whole() {
        // recommended products between two paragraphs: the prices under the links are not
        // links, yet they are the box's
        let card = "<div class=\"card\"><a href=/p>Gartenschere mit Teleskopgriff und Ratsche</a><p>Jetzt nur 24,90 €</p></div>";
        let html = format!(
            "<article><p>{PROSE}</p><p>{MORE}</p><div class=\"reco\"><h3>Empfehlungen aus dem Shop</h3>{card}{card}{card}</div><p>{PROSE}</p></article>"
        );
        assert_eq!(body_of(&html), [PROSE, MORE, PROSE]);
        // a box with a link in a sentence is text
        let note = "Mehr dazu steht im <a href=/x>Bericht des Ministeriums</a>, der seit Montag online ist.";
        let html = format!(
            "<article><p>{PROSE}</p><div class=\"note\"><p>{note}</p></div><p>{MORE}</p></article>"
        );
        assert_eq!(
            body_of(&html),
            [
                PROSE,
                "Mehr dazu steht im Bericht des Ministeriums, der seit Montag online ist.",
                MORE
            ]
        );
    }

    #[test]
    fn a_class_name_of_a_furniture_word_and_a_body_word_is_furniture() {
        // `caption-text` is a caption's text, `comment-body` a comment's body; a BEM
        // modifier (`row--sidebar`: a row laid out beside a sidebar) names no part
        let html = format!(
            "<div class=\"content__row--sidebar\"><article><h1>Titre</h1><p>{PROSE}</p>\
             <div class=\"caption-text\"><p>La mairie sous la neige, mardi matin, vue depuis la place du marché.</p></div>\
             <p>{MORE}</p><div class=\"comment-body\"><p>Quel hiver, nous n'avions rien vu de tel depuis des années, merci pour cet article.</p></div>\
             </article></div>"
        );
        assert_eq!(body_of(&html), [PROSE, MORE]);
    }

    #[test]
    fn the_label_of_an_advertisement_slot_goes() {
        // the slot is a script that left nothing: the label alone is read, mid-text
        let html = format!(
            "<article><p>{PROSE}</p><div class=\"slot\"><span>Publicité</span></div><p>{MORE}</p>\
             <p>ANZEIGE</p><p>{PROSE}</p><p>Annonce de la préfecture : les écoles rouvrent jeudi.</p></article>"
        );
        assert_eq!(
            body_of(&html),
            [
                PROSE,
                MORE,
                PROSE,
                "Annonce de la préfecture : les écoles rouvrent jeudi."
            ]
        );
        // an item of a list is content whatever its word
        let html = format!(
            "<article><p>{PROSE}</p><p>Les secteurs qui recrutent :</p>             <ul><li>Commerce</li><li>Publicité</li><li>Santé</li></ul><p>{MORE}</p></article>"
        );
        assert!(body_of(&html).contains(&"Publicité".to_string()), "{html}");
        for (line, label) in [
            ("Advertisement", true),
            ("- Werbung -", true),
            ("Publicidad:", true),
            ("Advertisement feature on page two", false),
        ] {
            assert_eq!(extract::ad_label(line), label, "{line}");
        }
    }

    #[test]
    fn an_italic_line_under_an_image_is_its_caption() {
        // a text set with line breaks: the photo, then its caption in italics on the next
        // line, both inside the paragraph; an italic sentence the image only floats beside
        // (no line break between them), or in a paragraph of its own, is the text's
        let caption = "La mairie sous la neige, mardi matin (photo d'archives).";
        let beside = "« Nous n'avions jamais vu cela », a confié une habitante.";
        let alone = "Un hiver comme on n'en avait plus connu.";
        let html = format!(
            "<article><p>{PROSE}<br><br><img src=a.jpg><br><em>{caption}</em><br><br>{MORE}</p>\
             <p><img src=b.jpg><em>{beside}</em></p><p><img src=c.jpg></p><p><i>{alone}</i></p>\
             <p>{PROSE}</p></article>"
        );
        assert_eq!(body_of(&html), [PROSE, MORE, beside, alone, PROSE]);
    }

    #[test]
    fn a_credit_line_goes_and_a_sentence_with_a_colon_stays() {
        let html = format!(
            "<article><p>{PROSE}</p><p>Foto : Agence Régionale / Jean Dupont</p><p>{MORE}</p>\
             <p>Le préfet : « Nous restons mobilisés. »</p><p>Source: AFP</p></article>"
        );
        assert_eq!(
            body_of(&html),
            [PROSE, MORE, "Le préfet : « Nous restons mobilisés. »"]
        );
        for (line, credit) in [
            ("Titelbild: Agentur X", true),
            ("Crédits photo : Y", true),
            ("Fuente: Z", true),
            ("Foto", false),
            (
                "Quellen der Energie: ein Überblick über alles, was wir wissen",
                false,
            ),
        ] {
            assert_eq!(extract::credit_line(line), credit, "{line}");
        }
    }

    #[test]
    fn on_a_page_of_several_articles_the_titled_one_is_read() {
        // an infinite scroll: the page's article first, then the next ones, longer
        let html = format!(
            "<article><h1>Les écoles fermées lundi</h1><p>{PROSE}</p><p>{MORE}</p></article>\
             <article><h1>Un autre sujet du jour</h1><p>{MORE}</p><p>{MORE}</p><p>{MORE}</p><p>{PROSE}</p><p>{PROSE}</p></article>"
        );
        let ex = extract(&page(&html)).unwrap();
        assert_eq!(ex.title.as_deref(), Some("Les écoles fermées lundi"));
        assert_eq!(ex.paragraphs, [PROSE, MORE]);
    }

    #[test]
    fn json_ld_article_body_confirms_blocks() {
        let html = format!(
            r#"<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"NewsArticle","datePublished":"2023-09-11T08:00:00Z","author":{{"name":"Jeanne Martin"}},"articleBody":"{PROSE} {MORE}"}}]}}</script><div><p>{PROSE}</p><p><a href=/a>{MORE}</a></p></div>"#
        );
        let ex = extract(&page(&html)).unwrap();
        // the second paragraph is all link text, yet the JSON-LD body holds it
        assert_eq!(ex.paragraphs, [PROSE, MORE]);
        assert_eq!(ex.published.unwrap().to_string(), "2023-09-11");
        assert_eq!(ex.author.as_deref(), Some("Jeanne Martin"));
    }

    #[test]
    fn metadata_is_read_from_the_head() {
        let html = format!(
            r#"<html lang="fr-FR"><head><meta property="og:title" content="Titre &amp; sous-titre"><meta property="article:published_time" content="2023-09-11T08:00:00+02:00"><meta name="author" content="Jeanne Martin"><link rel="canonical" href="https://exemple.fr/a?x=1&amp;y=2"></head><body><p>{PROSE}</p></body></html>"#
        );
        let ex = extract(&html).unwrap();
        assert_eq!(ex.title.as_deref(), Some("Titre & sous-titre"));
        assert_eq!(ex.lang.as_deref(), Some("fr-FR"));
        assert_eq!(ex.author.as_deref(), Some("Jeanne Martin"));
        assert_eq!(ex.url.as_deref(), Some("https://exemple.fr/a?x=1&y=2"));
        assert_eq!(ex.published.unwrap().to_string(), "2023-09-11");
        // <time datetime> when nothing else says
        let ex = extract(&page(&format!(
            "<article><time datetime=\"2012-05-22\">22 mai</time><p>{PROSE}</p></article>"
        )))
        .unwrap();
        assert_eq!(ex.published.unwrap().to_string(), "2012-05-22");
    }

    #[test]
    fn pages_decode_by_bom_declaration_or_fallback() {
        // (bytes, text)
        let cases: [(&[u8], &str); 5] = [
            (b"\xef\xbb\xbf<p>\xc3\xa9t\xc3\xa9</p>", "<p>été</p>"),
            (
                b"<meta charset=\"windows-1252\"><p>\x93\xe9t\xe9\x94</p>",
                "<meta charset=\"windows-1252\"><p>“été”</p>",
            ),
            (
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">\xe9",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">é",
            ),
            (b"<p>\xe9t\xe9</p>", "<p>été</p>"),
            (
                b"<meta charset=utf-8><p>\xe9</p>",
                "<meta charset=utf-8><p>\u{fffd}</p>",
            ),
        ];
        for (bytes, want) in cases {
            assert_eq!(decode(bytes), want, "{}", String::from_utf8_lossy(bytes));
        }
    }

    #[test]
    fn a_page_without_article_text_gives_nothing() {
        assert!(extract(&page("<nav><a href=/>Accueil</a></nav>")).is_none());
        assert!(extract("").is_none());
        assert!(extract("<html><body><p>Trop court.</p></body></html>").is_none());
    }

    #[test]
    fn a_truncated_page_keeps_what_was_read() {
        // cut inside a tag, inside an attribute, inside a comment, inside a script
        for cut in [
            "<a href=\"/x",
            "<div class='a",
            "<!-- commentaire",
            "<script>var x = '",
        ] {
            let html = format!("<html><body><article><p>{PROSE}</p><p>{MORE}</p>{cut}");
            let ex = extract(&html).unwrap_or_else(|| panic!("{cut}"));
            assert_eq!(ex.paragraphs, [PROSE, MORE], "{cut}");
        }
    }

    #[test]
    fn fragments_keep_every_block() {
        assert_eq!(
            paragraphs_of("<p>Un <b>premier</b>&nbsp;paragraphe.</p><nav>Menu</nav><script>x()</script><p>Deux<br>lignes</p>"),
            ["Un premier\u{a0}paragraphe.", "Menu", "Deux\nlignes"]
        );
    }
}
