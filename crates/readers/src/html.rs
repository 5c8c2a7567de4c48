//! HTML pages → article text.
//!
//! The main text is found by `rs-trafilatura` (a port of trafilatura: boilerplate, menus,
//! comments and related links removed); this module decodes the page (BOM, `<meta charset>`,
//! windows-1252 and ISO-8859-1 included), walks the extracted HTML into paragraphs — headings
//! and intertitles are paragraphs of their own, separated by blank lines — and keeps the
//! page's metadata (title, author, canonical URL, language, publication date from
//! `article:published_time`, JSON-LD `datePublished` or `<time datetime>`).
//!
//! Character references are decoded by the HTML parser. Soft hyphens and zero-width
//! characters are kept as written: they are code points of the text, so offsets stay true,
//! and the segmenter never splits a word on them.

use crate::{HtmlPage, Input, ReadError, TextInput};
use depeche_article::PublishedSource;
use dom_query::{Document, NodeRef};

/// What extraction found in a page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    /// The page title (from the article heading, else the metadata).
    pub title: Option<String>,
    /// The main text's paragraphs, headings included, in order.
    pub paragraphs: Vec<String>,
    /// Whether the first paragraph is the title (an `<h1>` inside the main text).
    pub title_in_body: bool,
    pub author: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
    pub published: Option<chrono::NaiveDate>,
}

impl Extracted {
    /// The text Dépêche analyses: the title, then the paragraphs, separated by blank lines.
    pub fn text(&self) -> String {
        let mut parts: Vec<&str> = Vec::with_capacity(self.paragraphs.len() + 1);
        if !self.title_in_body {
            if let Some(t) = &self.title {
                parts.push(t);
            }
        }
        parts.extend(self.paragraphs.iter().map(String::as_str));
        parts.join("\n\n")
    }

    /// The main text without a title that extraction added (what the benchmark scores).
    pub fn body(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}

/// Decode the bytes of a page: a byte-order mark first, then the declared charset
/// (`<meta charset>` or `http-equiv`), else UTF-8 (invalid bytes replaced).
pub fn decode(bytes: &[u8]) -> String {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    rs_trafilatura::encoding::transcode_to_utf8(bytes)
}

/// Extract the main text and metadata of a page. `None` when the page has no article text.
pub fn extract(html: &str) -> Option<Extracted> {
    let opts = rs_trafilatura::Options::default();
    let result = rs_trafilatura::extract_with_options(html, &opts).ok()?;
    let md = &result.metadata;
    let mut paragraphs = match result.content_html.as_deref() {
        Some(h) if !h.trim().is_empty() => paragraphs_of(h),
        _ => Vec::new(),
    };
    if paragraphs.is_empty() {
        paragraphs = result
            .content_text
            .split("\n\n")
            .map(fold_spaces)
            .filter(|p| has_words(p))
            .collect();
    }
    if paragraphs.is_empty() {
        return None;
    }
    let head = page_meta(html);
    // a page without an article (a menu, a title repeated by a fallback) has no body words
    let titles = [
        head.h1.as_deref(),
        head.og_title.as_deref(),
        md.title.as_deref(),
    ];
    let body_words: usize = paragraphs
        .iter()
        .filter(|p| {
            !titles
                .iter()
                .flatten()
                .any(|t| t == p || p.replace(t, "").trim().is_empty())
        })
        .map(|p| p.split_whitespace().count())
        .sum();
    if body_words < 5 {
        return None;
    }
    let title_in_body = head.h1.as_deref().is_some_and(|h| paragraphs[0] == h);
    let title = if title_in_body {
        Some(paragraphs[0].clone())
    } else {
        head.h1
            .or(head.og_title)
            .or(md.title.clone())
            .map(|t| fold_spaces(&t))
            .filter(|t| !t.is_empty())
    };
    Some(Extracted {
        title,
        paragraphs,
        title_in_body,
        author: md.author.clone().or(head.author),
        url: head.canonical.or(md.url.clone()),
        lang: head.lang.or(md.language.clone()),
        published: head.published.or(md.date.map(|d| d.date_naive())),
    })
}

/// What the page head says, read directly: rs-trafilatura's metadata is a fallback.
#[derive(Default)]
struct Head {
    h1: Option<String>,
    og_title: Option<String>,
    canonical: Option<String>,
    lang: Option<String>,
    author: Option<String>,
    published: Option<chrono::NaiveDate>,
}

fn page_meta(html: &str) -> Head {
    let doc = Document::from(html);
    let attr = |sel: &str, name: &str| {
        doc.select_single(sel)
            .attr(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let date = |s: Option<String>| s.and_then(|s| crate::jsonl::parse_published(&s));
    let published = date(attr("meta[property='article:published_time']", "content"))
        .or_else(|| date(attr("meta[name='pubdate']", "content")))
        .or_else(|| date(attr("meta[itemprop='datePublished']", "content")))
        .or_else(|| json_ld_date(&doc))
        .or_else(|| date(attr("article time[datetime]", "datetime")))
        .or_else(|| date(attr("time[datetime]", "datetime")));
    let h1 = doc
        .select_single("h1")
        .nodes()
        .first()
        .map(|n| fold_spaces(&n.text()))
        .filter(|t| !t.is_empty());
    Head {
        h1,
        og_title: attr("meta[property='og:title']", "content"),
        canonical: attr("link[rel='canonical']", "href")
            .or_else(|| attr("meta[property='og:url']", "content")),
        lang: attr("html", "lang"),
        author: attr("meta[name='author']", "content")
            .or_else(|| attr("meta[property='article:author']", "content")),
        published,
    }
}

fn json_ld_date(doc: &Document) -> Option<chrono::NaiveDate> {
    for node in doc.select("script[type='application/ld+json']").nodes() {
        let text = node.text();
        if let Some(i) = text.find("\"datePublished\"") {
            let rest = &text[i + 15..];
            let rest = rest
                .trim_start()
                .strip_prefix(':')?
                .trim_start()
                .strip_prefix('"')?;
            let end = rest.find('"')?;
            if let Some(d) = crate::jsonl::parse_published(&rest[..end]) {
                return Some(d);
            }
        }
    }
    None
}

/// Elements that start a new paragraph.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "blockquote"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "table"
            | "tr"
            | "pre"
            | "figure"
            | "figcaption"
            | "dl"
            | "dt"
            | "dd"
            | "hr"
            | "address"
            | "aside"
            | "main"
            | "nav"
            | "form"
            | "center"
            | "details"
            | "summary"
            | "caption"
            | "tbody"
            | "thead"
    )
}

fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "svg"
            | "iframe"
            | "button"
            | "select"
    )
}

/// The paragraphs of an HTML fragment: blocks separated, inline whitespace folded (ASCII
/// whitespace only: no-break and narrow no-break spaces are French typography and stay).
/// The walk uses an explicit stack, so 10,000 nested elements cost no recursion.
pub fn paragraphs_of(html: &str) -> Vec<String> {
    let doc = Document::fragment(html);
    let mut out = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<String>| {
        let p = fold_spaces(cur);
        if has_words(&p) {
            out.push(p);
        }
        cur.clear();
    };
    // (node, entering)
    let mut stack: Vec<(NodeRef, bool)> = vec![(doc.root(), true)];
    while let Some((node, entering)) = stack.pop() {
        if node.is_text() {
            cur.push_str(&node.text());
            continue;
        }
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if node.is_element() {
            if is_skipped(&name) {
                continue;
            }
            if name == "br" {
                cur.push('\n');
                continue;
            }
            if matches!(name.as_str(), "td" | "th") {
                cur.push(' ');
            }
            if is_block(&name) {
                flush(&mut cur, &mut out);
            }
            if !entering {
                continue;
            }
            if is_block(&name) {
                stack.push((node, false));
            }
        } else if !(node.is_document() || node.is_fragment()) {
            continue;
        }
        let children: Vec<NodeRef> = node.children_it(true).collect();
        for c in children {
            stack.push((c, true));
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// Fold runs of ASCII whitespace into one space and trim; a `<br>` (a newline) is kept as a
/// single line break inside the paragraph.
fn fold_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let mut newline = false;
    for c in s.chars() {
        if c == '\n' {
            newline = true;
        } else if matches!(c, ' ' | '\t' | '\r' | '\x0c') {
            space = true;
        } else {
            if !out.is_empty() {
                if newline {
                    out.push('\n');
                } else if space {
                    out.push(' ');
                }
            }
            newline = false;
            space = false;
            out.push(c);
        }
    }
    out
}

/// A paragraph worth keeping has a letter or a digit (layout tables leave `|` and dots).
fn has_words(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
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
