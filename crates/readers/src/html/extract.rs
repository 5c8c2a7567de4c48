//! Main text of a page: which blocks are the article, which are furniture.
//!
//! The rules, in order (each is general; none names a site):
//!
//! 1. **Never content**: script, style, forms' controls, `nav`, `aside`, `footer`, `header`,
//!    `figure` (captions and credits are not the article), hidden elements (`hidden`,
//!    `aria-hidden`, `display:none`), and elements whose `class`/`id`/`role` has a furniture
//!    word and no body word ([`super::hints`]); a `<div>` or `<section>` the page leaves out
//!    of print (`no-print`, `hidden-print`…) counts as one.
//! 2. **Blocks**: the page is cut into blocks at block-level elements (paragraphs, headings,
//!    list items, cells, divisions holding text directly) and at two `<br>` in a row (the
//!    paragraphs of a text set with line breaks); each block knows its text, how much of it
//!    is link text, and its commas.
//! 3. **Main container**: every block of prose scores its ancestors (readability's scheme:
//!    1 + commas + length/100, full to the parent, half to the grandparent, less further up);
//!    a container's score is weighed by its class words and its link density. The best
//!    container, lifted to an ancestor when that ancestor holds much more text of the same
//!    kind, is the article; its siblings join when they score alike or are plain prose.
//!    When the page's JSON-LD has an `articleBody`, blocks found in it count double.
//! 4. **Inside the container**: a block that is mostly links (menus, tag lists, "read more"
//!    lists), or that sits in a box mostly of links (teasers, recommended products), is
//!    dropped, unless JSON-LD confirms it; headings are kept as intertitles; a line in
//!    italics under an image, in the same paragraph, is its caption and goes. The
//!    prose between the page's heading and the container, when they sit apart, is the
//!    standfirst.

use super::dom::{Dom, Kind, Tag, NONE};
use super::hints;

/// A word list of `data/`, one entry per line (blank lines and `#` comments aside), read once
/// on first use; looked up for every word of some lines, so with the lexicons' fast hash.
struct WordList(std::sync::OnceLock<depeche_lang::hash::HashSet<&'static str>>);

impl WordList {
    const fn new() -> Self {
        WordList(std::sync::OnceLock::new())
    }

    fn get(&self, src: &'static str) -> &depeche_lang::hash::HashSet<&'static str> {
        self.0.get_or_init(|| {
            src.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect()
        })
    }
}

/// One block of text, as found in the page.
#[derive(Debug, Clone)]
pub struct Block {
    /// The block-level element whose inline content this is.
    pub owner: u32,
    /// Text, whitespace folded (ASCII whitespace only: U+00A0 and U+202F are French
    /// typography and stay; a `<br>` stays as a line break).
    pub text: String,
    pub chars: u32,
    pub link_chars: u32,
    pub commas: u32,
    pub tag: Tag,
    /// The block is set wholly in italics (`<em>`, `<i>`) and starts on the line under an
    /// image of the same element (a line break between them, no text): the image's caption.
    pub caption: bool,
}

impl Block {
    fn link_density(&self) -> f32 {
        self.link_chars as f32 / self.chars.max(1) as f32
    }
}

/// Block-level elements: they start and end a block.
fn is_block(tag: Tag) -> bool {
    use Tag::*;
    matches!(
        tag,
        Address
            | Article
            | Aside
            | Blockquote
            | Body
            | Caption
            | Center
            | Dd
            | Details
            | Dialog
            | Div
            | Dl
            | Dt
            | Fieldset
            | Figcaption
            | Figure
            | Footer
            | Form
            | H1
            | H2
            | H3
            | H4
            | H5
            | H6
            | Header
            | Hr
            | Html
            | Li
            | Main
            | Menu
            | Nav
            | Ol
            | P
            | Pre
            | Section
            | Summary
            | Table
            | Tbody
            | Td
            | Tfoot
            | Th
            | Thead
            | Tr
            | Ul
    )
}

/// Elements that are never text to read: code, controls, the head.
fn never_text(tag: Tag) -> bool {
    use Tag::*;
    matches!(
        tag,
        Script
            | Style
            | Noscript
            | Template
            | Svg
            | Iframe
            | Head
            | Title
            | Button
            | Select
            | Option
            | Textarea
            | Input
    )
}

/// Elements of a page that are never its article, whatever their attributes.
fn furniture(tag: Tag) -> bool {
    use Tag::*;
    matches!(
        tag,
        Label | Nav | Aside | Footer | Header | Figure | Figcaption | Dialog | Menu
    )
}

/// Per-element verdicts computed once, top-down (a parent's index is below its children's).
pub struct Marks {
    /// The element and its subtree are not content.
    pub skip: Vec<bool>,
    /// Class/id weight: +25 for body words, −25 for furniture words (readability's scale).
    pub weight: Vec<i16>,
    /// The element is, or is inside, the `<header>` of an `<article>` or `<main>`: the
    /// article's own head, whose standfirst is text and whose byline and date are not.
    pub article_head: Vec<bool>,
}

/// `page`: a whole page, whose furniture is dropped; else a fragment (feed content), where
/// only what is never text (scripts, controls, hidden elements) is.
pub fn mark(dom: &Dom, page: bool) -> Marks {
    mark_with(dom, page, page)
}

/// [`mark`], with `class_words` saying whether the words of `class`, `id` and `role` are
/// read: a page read without them keeps its furniture elements out but trusts no name.
pub fn mark_with(dom: &Dom, page: bool, class_words: bool) -> Marks {
    let n = dom.len();
    // which elements hold the article's own markers (an `<h1>`, `<article>`, `<main>`,
    // `itemprop=articleBody`): a furniture word on such a wrapper is the page layout's
    // name for it ("off-canvas-ad-pusher"), not a verdict on its content
    let mut holds_article = vec![false; n];
    // the same for a furniture element (`header`, `footer`...) wrapping the page's `<main>`:
    // a tag left open by the page, not a page header (`<article>` is no sign: an `<aside>`
    // of teaser cards holds many)
    let mut holds_main = vec![false; n];
    for i in (1..n).rev() {
        let p = dom.nodes[i].parent as usize;
        let tag = dom.tag(i as u32);
        let own = match tag {
            Some(Tag::H1 | Tag::Article | Tag::Main) => true,
            Some(_) => dom
                .attr_raw(i as u32, "itemprop")
                .is_some_and(|v| v.eq_ignore_ascii_case("articleBody")),
            None => false,
        };
        if own || holds_article[i] {
            holds_article[i] = true;
            holds_article[p] = true;
        }
        if tag == Some(Tag::Main) || holds_main[i] {
            holds_main[i] = true;
            holds_main[p] = true;
        }
    }
    let mut skip = vec![false; n];
    let mut weight = vec![0i16; n];
    let mut in_article = vec![false; n];
    let mut article_head = vec![false; n];
    for i in 1..n as u32 {
        let node = &dom.nodes[i as usize];
        let Kind::Element { tag, .. } = node.kind else {
            continue;
        };
        let p = node.parent as usize;
        if skip[p] {
            skip[i as usize] = true;
            continue;
        }
        in_article[i as usize] = in_article[p] || matches!(tag, Tag::Article | Tag::Main);
        article_head[i as usize] = article_head[p] || (page && tag == Tag::Header && in_article[p]);
        if never_text(tag)
            || (page && furniture(tag) && !holds_main[i as usize] && !article_head[i as usize])
        {
            skip[i as usize] = true;
            continue;
        }
        // one pass over the attributes: hidden? which words in class, id and role?
        let (mut hidden, mut junk, mut content) = (false, 0, 0);
        for (name, value) in dom.attrs(i) {
            let is = |n: &str| name.eq_ignore_ascii_case(n.as_bytes());
            match name.len() {
                6 if is("hidden") => hidden = true,
                11 if is("aria-hidden") => hidden |= value.eq_ignore_ascii_case("true"),
                5 if is("style") => hidden |= hidden_style(value),
                5 | 2 | 4 if class_words && (is("class") || is("id") || is("role")) => {
                    let (j, c) = hints::count(value);
                    junk += j;
                    // a box the page leaves out of print is furniture; a list or a line left
                    // out (a servings picker, a rating) is a control over the text's own data
                    if matches!(tag, Tag::Div | Tag::Section) && hints::print_hidden(value) {
                        junk += 1;
                    }
                    content += c;
                }
                8 if page && is("itemprop") && value.eq_ignore_ascii_case("articleBody") => {
                    content += 2
                }
                _ => {}
            }
        }
        if hidden {
            skip[i as usize] = true;
            continue;
        }
        if !page {
            continue;
        }
        weight[i as usize] = (25 * content.min(1) as i16) - (25 * junk.min(1) as i16);
        if junk > 0
            && content == 0
            && !holds_article[i as usize]
            && !matches!(tag, Tag::Body | Tag::Html | Tag::Article | Tag::Main)
        {
            skip[i as usize] = true;
        }
    }
    Marks {
        skip,
        weight,
        article_head,
    }
}

fn hidden_style(style: &str) -> bool {
    let s: String = style
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    s.contains("display:none") || s.contains("visibility:hidden")
}

/// Cut the page into blocks (skipped subtrees left out), in document order.
pub fn blocks(dom: &Dom, marks: &Marks) -> Vec<Block> {
    let n = dom.len();
    // where each subtree ends (descendants are contiguous): the next sibling, else where
    // the parent's subtree ends; parents come first, so one forward pass
    let mut end = vec![n as u32; n];
    for i in 1..n {
        let node = &dom.nodes[i];
        end[i] = if node.next != NONE {
            node.next
        } else {
            end[node.parent as usize]
        };
    }
    let mut out = Vec::new();
    let mut cur = Cur::default();
    // the open elements whose end matters: blocks (flush) and links (link text)
    let mut open: Vec<(u32, Tag)> = Vec::new();
    let mut owners: Vec<u32> = vec![0];
    let mut link_depth = 0u32;
    let mut italic_depth = 0u32;
    let mut i = 1u32;
    // document order is index order: a linear scan, skipped subtrees jumped over
    loop {
        while let Some(&(o, tag)) = open.last() {
            if i < end[o as usize] {
                break;
            }
            open.pop();
            if tag == Tag::A {
                link_depth -= 1;
            } else if matches!(tag, Tag::Em | Tag::I) {
                italic_depth -= 1;
            } else {
                cur.flush(o, tag, &mut out);
                owners.pop();
            }
        }
        if i as usize >= n {
            break;
        }
        match dom.nodes[i as usize].kind {
            Kind::Text(_) => cur.push(dom.text(i).unwrap_or(""), link_depth > 0, italic_depth > 0),
            Kind::Element { tag, .. } => {
                if marks.skip[i as usize] {
                    i = end[i as usize];
                    continue;
                }
                if tag == Tag::Br {
                    if cur.pending_newline && !cur.text.is_empty() {
                        // a second `<br>` in a row ends a paragraph (readability's rule):
                        // what follows is a block of its own, of the same element
                        let owner = *owners.last().unwrap();
                        let otag = dom.tag(owner).unwrap_or(Tag::Other);
                        cur.flush(owner, otag, &mut out);
                    } else {
                        if cur.text.is_empty() {
                            // the line after an image's line break is under the image
                            cur.under_image = cur.image;
                        }
                        cur.newline();
                    }
                } else if is_block(tag) {
                    let owner = *owners.last().unwrap();
                    let otag = dom.tag(owner).unwrap_or(Tag::Other);
                    cur.flush(owner, otag, &mut out);
                    owners.push(i);
                    open.push((i, tag));
                } else if tag == Tag::A {
                    link_depth += 1;
                    open.push((i, tag));
                } else if matches!(tag, Tag::Em | Tag::I) {
                    italic_depth += 1;
                    open.push((i, tag));
                } else if tag == Tag::Img {
                    cur.image = Some(*owners.last().unwrap());
                    cur.under_image = None;
                }
            }
        }
        i += 1;
    }
    cur.flush(0, Tag::Other, &mut out);
    out
}

/// The block being read: text folded as it comes.
#[derive(Default)]
struct Cur {
    text: String,
    chars: u32,
    link_chars: u32,
    commas: u32,
    pending_space: bool,
    pending_newline: bool,
    /// Characters not in italics.
    upright: u32,
    /// An image came since the last block with text, inside this block-level element...
    image: Option<u32>,
    /// ...and a line break after it...
    under_image: Option<u32>,
    /// ...before this block's text began.
    after_image: Option<u32>,
}

impl Cur {
    fn push(&mut self, t: &str, in_link: bool, in_italics: bool) {
        // whitespace is ASCII, so the text is cut into runs of other bytes and each run is
        // copied whole (a UTF-8 sequence never holds an ASCII byte)
        let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c');
        let bytes = t.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if is_space(bytes[i]) {
                self.pending_space = true;
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && !is_space(bytes[i]) {
                i += 1;
            }
            let run = &bytes[start..i];
            if self.text.is_empty() {
                self.after_image = self.under_image;
            } else {
                if self.pending_newline {
                    self.text.push('\n');
                } else if self.pending_space {
                    self.text.push(' ');
                }
            }
            self.pending_space = false;
            self.pending_newline = false;
            self.text.push_str(&t[start..i]);
            // chars: the bytes that start one (not 10xxxxxx)
            let chars = run.iter().filter(|&&b| (b as i8) >= -0x40).count() as u32;
            self.chars += chars;
            if in_link {
                self.link_chars += chars;
            }
            if !in_italics {
                self.upright += chars;
            }
            self.commas += run.iter().filter(|&&b| b == b',').count() as u32;
        }
    }

    fn newline(&mut self) {
        self.pending_newline = true;
    }

    fn flush(&mut self, owner: u32, tag: Tag, out: &mut Vec<Block>) {
        // a block worth keeping has a letter or a digit (layout leaves `|` and dots)
        if self.text.chars().any(char::is_alphanumeric) {
            // a copy of the exact size; the buffer is kept for the next block
            out.push(Block {
                owner,
                text: self.text.clone(),
                chars: self.chars,
                link_chars: self.link_chars,
                commas: self.commas,
                tag,
                caption: self.after_image == Some(owner) && self.upright == 0,
            });
            self.image = None;
            self.under_image = None;
        }
        self.text.clear();
        self.chars = 0;
        self.link_chars = 0;
        self.commas = 0;
        self.upright = 0;
        self.after_image = None;
        self.pending_space = false;
        self.pending_newline = false;
    }
}

/// The article's blocks: the main container chosen, then its blocks filtered.
/// `confirmed[k]` says JSON-LD's `articleBody` contains block `k`.
/// `title` is the page's title: on a page of several articles it names the page's own.
pub fn main_text(
    dom: &Dom,
    marks: &Marks,
    blocks: &[Block],
    confirmed: &[bool],
    title: Option<&str>,
) -> Vec<usize> {
    let n = dom.len();
    // text and link text per element, bottom-up over the blocks' owners
    let mut chars = vec![0u32; n];
    let mut link = vec![0u32; n];
    let mut score = vec![0f32; n];
    for (k, b) in blocks.iter().enumerate() {
        chars[b.owner as usize] += b.chars;
        link[b.owner as usize] += b.link_chars;
        // an article's head is read with its body, never a reason to choose a container
        if b.chars < 25 || b.tag.is_heading() || marks.article_head[b.owner as usize] {
            continue;
        }
        let mut s = 1.0 + b.commas as f32 + (b.chars as f32 / 100.0).min(3.0);
        if confirmed.get(k).copied().unwrap_or(false) {
            s *= 2.0;
        }
        // readability: the paragraph's parent gets it all, the grandparent half, then
        // a third of a level's share further up
        let mut a = dom.nodes[b.owner as usize].parent;
        let mut level = 0;
        while a != NONE && level < 5 {
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            score[a as usize] += s / div;
            a = dom.nodes[a as usize].parent;
            level += 1;
        }
    }
    for i in (1..n).rev() {
        let p = dom.nodes[i].parent as usize;
        chars[p] += chars[i];
        link[p] += link[i];
    }
    // prose per element: text of blocks long enough and not mostly links
    let mut prose = vec![0u32; n];
    for b in blocks {
        if b.chars >= 25
            && !b.tag.is_heading()
            && b.link_density() < 0.3
            && !marks.article_head[b.owner as usize]
        {
            prose[b.owner as usize] += b.chars - b.link_chars;
        }
    }
    for i in (1..n).rev() {
        let p = dom.nodes[i].parent as usize;
        prose[p] += prose[i];
    }
    let density = |i: usize| link[i] as f32 / chars[i].max(1) as f32;
    let final_score = |i: usize| {
        let base = match dom.tag(i as u32) {
            Some(Tag::Div | Tag::Article | Tag::Main) => 5.0,
            Some(Tag::Pre | Tag::Td | Tag::Blockquote) => 3.0,
            Some(Tag::Ol | Tag::Ul | Tag::Dl | Tag::Dd | Tag::Dt | Tag::Li | Tag::Form) => -3.0,
            Some(Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 | Tag::Th) => -5.0,
            _ => 0.0,
        };
        (score[i] + base + marks.weight[i] as f32) * (1.0 - density(i))
    };
    let mut best = NONE;
    let mut best_score = f32::MIN;
    for (i, &sc) in score.iter().enumerate().skip(1) {
        if sc > 0.0 && !marks.skip[i] {
            let s = final_score(i);
            if s > best_score {
                best_score = s;
                best = i as u32;
            }
        }
    }
    if best == NONE {
        // no prose anywhere: every block that is not mostly links
        return (0..blocks.len())
            .filter(|&k| blocks[k].link_density() < 0.5)
            .collect();
    }
    // an article cut into several blocks that each look like the best (cards, sections
    // between ads): the nearest container holding three of the five best candidates is it
    let mut top = best;
    {
        let mut cands: Vec<usize> = (1..n)
            .filter(|&i| score[i] > 0.0 && !marks.skip[i])
            .collect();
        cands.sort_by(|&a, &b| final_score(b).total_cmp(&final_score(a)));
        cands.truncate(5);
        cands.retain(|&i| final_score(i) >= 0.75 * best_score);
        if cands.len() >= 3 {
            let mut a = best;
            while a != NONE && a != 0 {
                let end = dom.subtree_end(a);
                let inside = cands
                    .iter()
                    .filter(|&&c| c as u32 >= a && (c as u32) < end)
                    .count();
                if inside >= 3 {
                    top = a;
                    break;
                }
                a = dom.nodes[a as usize].parent;
            }
            if matches!(dom.tag(top), Some(Tag::Body | Tag::Html)) {
                top = best;
            }
        }
    }
    // lift the choice while the parent holds the same text plus more prose of its own
    loop {
        let p = dom.nodes[top as usize].parent;
        if p == NONE || p == 0 || matches!(dom.tag(p), Some(Tag::Body | Tag::Html)) {
            break;
        }
        if final_score(p as usize) > final_score(top as usize) {
            top = p;
        } else {
            break;
        }
    }
    // an article cut into chunks by the layout (a grid per few paragraphs, ads between):
    // climb while the parent adds more prose than furniture
    loop {
        let p = dom.nodes[top as usize].parent;
        if p == NONE || p == 0 || matches!(dom.tag(p), Some(Tag::Body | Tag::Html)) {
            break;
        }
        let (t, pu) = (top as usize, p as usize);
        let added_prose = prose[pu] - prose[t];
        let added_other = (chars[pu] - prose[pu]).saturating_sub(chars[t] - prose[t]);
        // a wrapper that adds nothing is climbed too, to reach the siblings beyond it
        let adds_prose =
            added_prose as f32 >= 0.3 * prose[t] as f32 && added_prose > 2 * added_other;
        if adds_prose || (added_prose == 0 && added_other == 0) {
            top = p;
        } else {
            break;
        }
    }
    // then to the ancestor holding the most prose net of what is not prose (menus, link
    // lists, short lines): an article's chunks, or the entries of a page of several posts,
    // are gathered however uneven they are; `core` is what the readability scores chose
    let mut core = top;
    {
        let net = |i: usize| prose[i] as i64 - CLIMB_K * (chars[i] - prose[i]) as i64;
        let gain = (CLIMB_GAIN * prose[core as usize] as f32) as i64;
        let mut a = dom.nodes[top as usize].parent;
        let mut best_net = net(top as usize);
        // the page's own mark of its article (`<article>`, `<main>`) bounds the climb
        let bounded = |i: u32| matches!(dom.tag(i), Some(Tag::Article | Tag::Main));
        if !bounded(top) {
            while a != NONE && a != 0 && !matches!(dom.tag(a), Some(Tag::Body | Tag::Html)) {
                if net(a as usize) > best_net + gain {
                    best_net = net(a as usize);
                    top = a;
                }
                if bounded(a) {
                    break;
                }
                a = dom.nodes[a as usize].parent;
            }
        }
    }
    // a page of several articles (an infinite scroll, a list of full posts): the page's
    // article is the one whose heading is the page's title, not the longest one
    let mut titled_choice = false;
    if let Some(title) = title.filter(|t| t.chars().count() >= TITLE_MIN) {
        let article_of = |mut i: u32| {
            while i != NONE && i != 0 && dom.tag(i) != Some(Tag::Article) {
                i = dom.nodes[i as usize].parent;
            }
            (i != NONE && i != 0).then_some(i)
        };
        if let Some(mine) = article_of(top) {
            let titled = blocks
                .iter()
                .filter(|b| b.tag.is_heading() && b.text == title)
                .filter_map(|b| article_of(b.owner))
                .collect::<Vec<_>>();
            if let Some(&other) = titled.first() {
                let holds = |a: u32, i: u32| a <= i && i < dom.subtree_end(a);
                if !titled.contains(&mine)
                    && !holds(other, mine)
                    && !holds(mine, other)
                    && prose[other as usize] >= TITLED_PROSE
                {
                    top = other;
                    core = other;
                    titled_choice = true;
                }
            }
        }
    }
    let top_score = final_score(top as usize);
    // the container and its siblings that score alike or are plain prose
    let mut roots = vec![top];
    let parent = dom.nodes[top as usize].parent;
    // (the siblings of an article named by the title are the page's other articles)
    if parent != NONE && !titled_choice {
        let threshold = (top_score * 0.2).max(10.0);
        roots = dom
            .children(parent)
            .filter(|&s| {
                if s == top {
                    return true;
                }
                if dom.tag(s).is_none() || marks.skip[s as usize] {
                    return false;
                }
                let su = s as usize;
                let mut bonus = 0.0;
                if marks.weight[su] > 0 && marks.weight[top as usize] > 0 {
                    bonus += top_score * 0.2;
                }
                if score[su] > 0.0 && final_score(su) + bonus >= threshold {
                    return true;
                }
                if dom.tag(s) == Some(Tag::P) {
                    let d = density(su);
                    let len = chars[su];
                    return (len > 80 && d < 0.25) || (len > 0 && len <= 80 && d == 0.0);
                }
                false
            })
            .collect();
    }
    // a box inside the container (a `<div>`, a list, a table) that is mostly link text and
    // holds under half of the container's prose is a box of links (teasers, recommended
    // products, a list of other pages): it goes whole, its heading and excerpts with it
    let in_link_box = |owner: u32| {
        let mut a = dom.nodes[owner as usize].parent;
        while a != NONE && a > top && !roots.contains(&a) {
            let au = a as usize;
            if matches!(
                dom.tag(a),
                Some(Tag::Div | Tag::Section | Tag::Ul | Tag::Ol | Tag::Table | Tag::Dl)
            ) && chars[au] >= LINK_BOX_CHARS
                && density(au) >= LINK_BOX_DENSITY
                && 2 * prose[au] < prose[top as usize]
            {
                return true;
            }
            a = dom.nodes[au].parent;
        }
        false
    };
    let core_end = dom.subtree_end(core);
    let mut ranges: Vec<(u32, u32)> = roots.iter().map(|&r| (r, dom.subtree_end(r))).collect();
    // the head of the article that holds the container: its standfirst belongs to the text
    let mut a = top;
    while a != NONE && a != 0 && !matches!(dom.tag(a), Some(Tag::Article | Tag::Main)) {
        a = dom.nodes[a as usize].parent;
    }
    if a != NONE && a != 0 {
        let end = dom.subtree_end(a);
        let mut i = a + 1;
        while i < end {
            if marks.article_head[i as usize] && !marks.skip[i as usize] {
                let e = dom.subtree_end(i);
                if !ranges.iter().any(|&(s, re)| i >= s && i < re) {
                    ranges.push((i, e));
                }
                i = e;
            } else {
                i += 1;
            }
        }
    }
    let mut chosen: Vec<usize> = (0..blocks.len())
        .filter(|&k| {
            let b = &blocks[k];
            if !ranges.iter().any(|&(s, e)| b.owner >= s && b.owner < e) {
                return false;
            }
            if confirmed.get(k).copied().unwrap_or(false) {
                return true;
            }
            if in_link_box(b.owner) {
                return false;
            }
            if marks.article_head[b.owner as usize] {
                // a standfirst, not a kicker, a byline or a date
                return b.chars >= HEAD_LEAD && b.link_density() < 0.2;
            }
            if core != top && (b.owner < core || b.owner >= core_end) {
                // outside what the scores chose, only prose and headings; and the branch of the climbed container that holds the block: a chunk of the
                // article has few links, a list of teasers has a link per entry
                let mut branch = b.owner;
                while branch != NONE && dom.nodes[branch as usize].parent != top {
                    branch = dom.nodes[branch as usize].parent;
                }
                if branch == NONE || density(branch as usize) >= BRANCH_DENSITY {
                    return false;
                }
                return b.tag.is_heading() || (b.chars >= 80 && b.link_density() < 0.2);
            }
            b.link_density() < 0.5
        })
        .collect();
    standfirst(blocks, &mut chosen);
    // a line set in italics under an image, in the same paragraph, is the caption a page
    // without `<figure>` gives it; it is no more the article's than a `<figcaption>`
    chosen.retain(|&k| !(blocks[k].caption && blocks[k].chars < CAPTION_LINE));
    drop_date_lines(blocks, &mut chosen);
    drop_related(dom, blocks, &mut chosen);
    drop_credits(blocks, &mut chosen);
    // an advertisement's label stands alone: an item of a list or a cell of a table is
    // content whatever its word (a list of sectors may hold "Publicité")
    chosen.retain(|&k| {
        let b = &blocks[k];
        b.chars >= AD_LABEL
            || b.tag.is_heading()
            || matches!(b.tag, Tag::Li | Tag::Td | Tag::Th | Tag::Dd)
            || !ad_label(&b.text)
    });
    drop_promos(blocks, &mut chosen);
    drop_orphan_labels(blocks, &mut chosen);
    trim_tail(blocks, &mut chosen);
    chosen
}

/// The page's heading often sits apart from the article's body, in a head of its own
/// (a title band, a `<div>` of the headline and its summary): the prose that follows that
/// heading, past a few short lines (a kicker, a byline, a date), is the article's
/// standfirst, up to the first block that is not prose (a share bar, a list of links). A
/// subheading as long as a sentence or two is such a standfirst, set large. When no heading
/// is left (it went with the page's banner), the page's first blocks are searched alike.
fn standfirst(blocks: &[Block], chosen: &mut Vec<usize>) {
    let Some(&first) = chosen.first() else {
        return;
    };
    let from = first.saturating_sub(LEAD_REACH + 1);
    let start = match (from..first).rev().find(|&k| blocks[k].tag == Tag::H1) {
        Some(h1) => h1 + 1,
        None if first <= LEAD_SPAN => 0,
        None => return,
    };
    let is_lead = |b: &Block| b.tag != Tag::H1 && b.chars >= HEAD_LEAD && b.link_density() < 0.2;
    let mut lead = Vec::new();
    let mut between = 0;
    for (k, b) in blocks.iter().enumerate().take(first).skip(start) {
        if is_lead(b) {
            lead.push(k);
        } else if !lead.is_empty() {
            break;
        } else {
            between += 1;
            if between > LEAD_SPAN {
                break;
            }
        }
    }
    if !lead.is_empty() {
        chosen.splice(0..0, lead);
    }
}

/// A short line that is mostly digits and names a year ("Aktualisiert: 11.04.2020, 10:27",
/// "12/30/2019 05:03 AM", "Publié le 3/5/2024 à 8 h 12"), or a shorter one that names a
/// month and a year ("Dienstag, 1. Februar 2022", "Written by X on November 7, 2023";
/// `data/months.txt`), dates the page; it is not its text. Figures without a year (a score, a price, the time of a live entry) and a table cell
/// are data and stay.
fn drop_date_lines(blocks: &[Block], chosen: &mut Vec<usize>) {
    chosen.retain(|&k| {
        let b = &blocks[k];
        if b.chars >= DATE_LINE || b.tag.is_heading() || matches!(b.tag, Tag::Td | Tag::Th) {
            return true;
        }
        let digits = b.text.chars().filter(char::is_ascii_digit).count() as f32;
        let dated = digits >= DATE_DIGITS * b.chars as f32
            || (b.chars < DATE_WORDS_LINE && names_a_month(&b.text));
        !dated || !names_a_year(&b.text)
    });
}

/// Whether a text holds a month's name as a word (`data/months.txt`).
fn names_a_month(text: &str) -> bool {
    static MONTHS: WordList = WordList::new();
    let months = MONTHS.get(include_str!("data/months.txt"));
    text.split(|c: char| !c.is_alphabetic())
        .any(|w| !w.is_empty() && months.contains(w.to_lowercase().as_str()))
}

/// Whether a text holds a run of exactly four digits from 1900 to 2099.
fn names_a_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|run| run.len() == 4 && (run.starts_with("19") || run.starts_with("20")))
}

/// A label ("Weiterlesen:", "Kontakt:", "Veja também:") introduces what follows it; when what
/// follows was dropped (a list of links, a contact box), the label goes too. A label is a
/// word or two: a heading or a line of a phrase ("Die zentralen Fragen der Folge im
/// Überblick", over a table of contents) is the article's own even when what follows went.
fn drop_orphan_labels(blocks: &[Block], chosen: &mut Vec<usize>) {
    let kept: std::collections::HashSet<usize> = chosen.iter().copied().collect();
    chosen.retain(|&k| {
        let b = &blocks[k];
        let label =
            b.chars < ORPHAN_LABEL && (b.tag.is_heading() || b.text.trim_end().ends_with(':'));
        !(label && k + 1 < blocks.len() && !kept.contains(&(k + 1)))
    });
}

/// A heading that announces other pages ("Ähnliche Beiträge", "Related posts", "À lire
/// aussi", [`related_label`]) ends the article when less of its prose follows than comes
/// before: the label goes, and what follows it (teasers, which look like prose) unless it
/// sits beside the article's paragraphs (same parent element: the article goes on). Inside
/// the article (much prose after it) it is an insert: the label goes with the short lines
/// of a link right after it (the teaser's title), and the text resumes.
fn drop_related(dom: &Dom, blocks: &[Block], chosen: &mut Vec<usize>) {
    let prose = |k: usize| {
        let b = &blocks[k];
        if b.chars >= TAIL_PROSE && !b.tag.is_heading() {
            b.chars
        } else {
            0
        }
    };
    let mut pos = 0;
    while pos < chosen.len() {
        let b = &blocks[chosen[pos]];
        if b.chars >= RELATED_LABEL || !related_label(&b.text) {
            pos += 1;
            continue;
        }
        let before: u32 = chosen[..pos].iter().map(|&k| prose(k)).sum();
        if before == 0 {
            pos += 1;
            continue;
        }
        let after: u32 = chosen[pos + 1..].iter().map(|&k| prose(k)).sum();
        if after <= before / 2 {
            let parent = |k: usize| dom.nodes[blocks[k].owner as usize].parent;
            let article: std::collections::HashSet<u32> = chosen[..pos]
                .iter()
                .filter(|&&k| prose(k) > 0)
                .map(|&k| parent(k))
                .collect();
            let tail: Vec<usize> = chosen[pos + 1..]
                .iter()
                .copied()
                .filter(|&k| article.contains(&parent(k)))
                .collect();
            chosen.truncate(pos);
            chosen.extend(tail);
            return;
        }
        let mut end = pos + 1;
        while end < chosen.len()
            && blocks[chosen[end]].chars < TAIL_NOTE
            && blocks[chosen[end]].link_chars > 0
        {
            end += 1;
        }
        chosen.drain(pos..end);
    }
}

/// A short line that opens with a credit word and a colon ("Foto: dpa", "Titelbild:
/// Agence X", "Source : AFP", [`credit_line`]) names who made a picture or where the text
/// came from; it is not the article's text.
fn drop_credits(blocks: &[Block], chosen: &mut Vec<usize>) {
    drop_short_lines(blocks, chosen, CREDIT_LINE, credit_line);
}

/// Drop the chosen blocks shorter than `max` characters, headings aside, whose text `is_line`
/// recognises.
fn drop_short_lines(
    blocks: &[Block],
    chosen: &mut Vec<usize>,
    max: u32,
    is_line: fn(&str) -> bool,
) {
    chosen.retain(|&k| {
        let b = &blocks[k];
        b.chars >= max || b.tag.is_heading() || !is_line(&b.text)
    });
}

/// Whether a line opens with a word of `data/credit-labels.txt` and a colon.
pub(super) fn credit_line(text: &str) -> bool {
    static WORDS: WordList = WordList::new();
    let words = WORDS.get(include_str!("data/credit-labels.txt"));
    let Some((head, _)) = text.split_once(':') else {
        return false;
    };
    let head = head.trim().to_lowercase();
    head.chars().count() <= 20 && words.contains(head.as_str())
}

/// Whether a line is only the label of an advertisement's slot ("Advertisement", "Anzeige",
/// "Publicidad"; `data/ad-labels.txt`): the slot is filled by a script, so the label is all
/// that is left of it, and it is no part of the article.
pub(super) fn ad_label(text: &str) -> bool {
    static LABELS: WordList = WordList::new();
    let labels = LABELS.get(include_str!("data/ad-labels.txt"));
    let t = text
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—'))
        .to_lowercase();
    labels.contains(t.as_str())
}

/// Whether a line is one of the labels of [`drop_related`] (`data/related-labels.txt`),
/// case and a trailing colon, ellipsis or arrow aside.
pub(super) fn related_label(text: &str) -> bool {
    static LABELS: WordList = WordList::new();
    let labels = LABELS.get(include_str!("data/related-labels.txt"));
    let t = text
        .trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, ':' | '…' | '.' | '»' | '›' | '>' | '→')
        })
        .trim_start()
        .to_lowercase();
    labels.contains(t.as_str())
}

/// After an article's last paragraph come the labels of what follows it on the page: a
/// heading over a list of related links that was dropped ("Ähnliche Beiträge", "Related"),
/// a call to share or comment, a note that points elsewhere (subscribe here, follow us
/// there, the licence). A heading, a short line, or a line of a sentence or two that holds
/// a link, with no prose after it, is such a label: it is dropped, as long as prose comes
/// before it.
fn trim_tail(blocks: &[Block], chosen: &mut Vec<usize>) {
    let prose = |k: usize| blocks[k].chars >= TAIL_PROSE && !blocks[k].tag.is_heading();
    while let Some(&last) = chosen.last() {
        let b = &blocks[last];
        // the last lines of a paragraph cut at two `<br>` (a stanza, a list set with line
        // breaks) are that paragraph's, not a label after it
        let continues = chosen.len() >= 2 && blocks[chosen[chosen.len() - 2]].owner == b.owner;
        if continues && !b.tag.is_heading() {
            break;
        }
        let label =
            b.tag.is_heading() || b.chars < TAIL_LABEL || (b.chars < TAIL_NOTE && b.link_chars > 0);
        if label && chosen[..chosen.len() - 1].iter().any(|&k| prose(k)) {
            chosen.pop();
        } else {
            break;
        }
    }
}

/// A short block that names two words of a publisher's call to buy or subscribe ("Die
/// aktuelle Ausgabe jetzt am Kiosk, im Abo und als E-Paper", "Subscribe to our newsletter";
/// [`promo_line`]) is the publication's advertisement for itself, not the article.
fn drop_promos(blocks: &[Block], chosen: &mut Vec<usize>) {
    drop_short_lines(blocks, chosen, PROMO_LINE, promo_line);
}

/// The words of `data/promo-words.txt`, and what lets most lines be passed over unread.
struct PromoWords {
    words: &'static depeche_lang::hash::HashSet<&'static str>,
    /// The length in bytes of the longest word: a longer word is looked up by its part
    /// before a hyphen only.
    longest: usize,
    /// How the words open (`None` when one does not open with three ASCII bytes: then no
    /// line is passed over).
    starts: Option<Starts>,
}

/// How words open: their first two bytes, one bit per pair, and their first three.
struct Starts {
    pairs: Vec<u64>,
    triples: Vec<u32>,
}

fn promo_words() -> &'static PromoWords {
    static WORDS: WordList = WordList::new();
    static P: std::sync::OnceLock<PromoWords> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let words = WORDS.get(include_str!("data/promo-words.txt"));
        let mut starts = Starts {
            pairs: vec![0u64; 65536 / 64],
            triples: Vec::new(),
        };
        let ascii_starts = words.iter().map(|w| w.as_bytes()).all(|w| {
            if w.len() < 3 || !w[..3].is_ascii() {
                return false;
            }
            let k = bigram(w);
            starts.pairs[k / 64] |= 1 << (k % 64);
            starts.triples.push(trigram(w));
            true
        });
        PromoWords {
            words,
            longest: words.iter().map(|w| w.len()).max().unwrap_or(0),
            starts: ascii_starts.then_some(starts),
        }
    })
}

/// Two bytes as one number, ASCII lower-cased.
fn bigram(b: &[u8]) -> usize {
    usize::from(b[0].to_ascii_lowercase()) | usize::from(b[1].to_ascii_lowercase()) << 8
}

/// Three bytes as one number, ASCII lower-cased.
fn trigram(b: &[u8]) -> u32 {
    bigram(b) as u32 | u32::from(b[2].to_ascii_lowercase()) << 16
}

/// Whether `text` can hold a word that opens as one of `starts`: it holds its first three
/// bytes at the start of a word, case aside, or the Kelvin sign (the one char besides ASCII
/// capitals whose lower case is an ASCII letter, `k`; `İ` lowers to `i` and a combining dot,
/// which ends a word). Most lines hold none, and this byte scan is much cheaper than cutting
/// them into lower-cased words.
fn may_hold(text: &str, starts: &Starts) -> bool {
    let b = text.as_bytes();
    let pair = |k: usize| starts.pairs[k / 64] & (1 << (k % 64)) != 0;
    // a word starts after a char that is neither alphanumeric nor a hyphen (any non-ASCII
    // byte is taken as such a char: the test only has to let every word start through)
    let starts_word = |i: usize| i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'-');
    b.windows(3)
        .enumerate()
        .any(|(i, w)| pair(bigram(w)) && starts_word(i) && starts.triples.contains(&trigram(w)))
        || text.contains('\u{212A}')
}

/// Whether a text names two different words of `data/promo-words.txt`.
pub(super) fn promo_line(text: &str) -> bool {
    let promo = promo_words();
    if promo.starts.as_ref().is_some_and(|s| !may_hold(text, s)) {
        return false;
    }
    // the first listed word met; true at a second, different one
    let mut first: Option<&str> = None;
    let mut two = |w: &str| {
        // "e-paper" as written, "abonnez-vous" by its first part
        let head = w.find('-').map(|k| &w[..k]);
        let found = (w.len() <= promo.longest)
            .then(|| promo.words.get(w))
            .flatten()
            .or_else(|| head.and_then(|h| promo.words.get(h)));
        match found {
            Some(&known) if first.is_some_and(|f| f != known) => true,
            Some(&known) => {
                first = Some(known);
                false
            }
            None => false,
        }
    };
    // words are cut from the lower-cased text, char by char into one buffer: the same
    // words as splitting `text.to_lowercase()`, without a copy of the whole line; ASCII
    // (most chars) lowered and classified without the Unicode tables
    let mut word = String::new();
    let mut end = |word: &mut String| {
        let hit = !word.is_empty() && two(word);
        word.clear();
        hit
    };
    for c in text.chars() {
        if c.is_ascii() {
            let l = c.to_ascii_lowercase();
            if l.is_ascii_alphanumeric() || l == '-' {
                word.push(l);
            } else if end(&mut word) {
                return true;
            }
            continue;
        }
        for l in c.to_lowercase() {
            if l.is_alphanumeric() || l == '-' {
                word.push(l);
            } else if end(&mut word) {
                return true;
            }
        }
    }
    end(&mut word)
}

const TAIL_PROSE: u32 = 150;
/// Characters from which a block naming the words of a call to subscribe is no advertisement.
const PROMO_LINE: u32 = 250;
/// Characters from which a line is no advertisement's label.
const AD_LABEL: u32 = 30;
/// Characters below which a line opening with a credit word is a credit.
const CREDIT_LINE: u32 = 150;
/// Characters from which a line is no label of a list of other pages.
const RELATED_LABEL: u32 = 50;
/// A title shorter than this (characters) is too plain ("Home", "News") to name an article.
const TITLE_MIN: usize = 20;
/// Prose (characters) an article named by the title must hold to be chosen instead.
const TITLED_PROSE: u32 = 200;
/// Characters below which a heading or a block ending with a colon is a label.
const ORPHAN_LABEL: u32 = 30;
/// The second climb: what is not prose weighs this many times its length against the prose
/// a container gains...
const CLIMB_K: i64 = 2;
/// ...and the gain must be at least this share of the prose already chosen (a teaser or two
/// after the article is not worth a climb, the rest of a cut article is).
const CLIMB_GAIN: f32 = 0.1;
/// Characters from which a block of an article's `<header>` is its standfirst.
const HEAD_LEAD: u32 = 80;
/// Short lines (a kicker, a byline, a date, a photo credit) that can come between the page's
/// heading and its standfirst...
const LEAD_SPAN: usize = 4;
/// ...and how many blocks before the article's first block that heading can be.
const LEAD_REACH: usize = 30;
/// Characters from which a box inside the container can be a box of links...
const LINK_BOX_CHARS: u32 = 100;
/// ...when this share of its text is link text.
const LINK_BOX_DENSITY: f32 = 0.6;
/// Link density from which a branch reached by the second climb is a list of teasers.
const BRANCH_DENSITY: f32 = 0.25;
const TAIL_LABEL: u32 = 30;
/// Characters below which an italic block right under an image is its caption: a caption is
/// a line or two; a longer italic paragraph under the lead photo is a standfirst (the
/// figures are the same at 200 as at 300 on both sets, and the tuned half falls at 150).
const CAPTION_LINE: u32 = 200;
/// Characters below which a line with this share of digits is a date line.
const DATE_LINE: u32 = 40;
const DATE_DIGITS: f32 = 0.3;
/// Characters below which a line naming a month and a year is a date line.
const DATE_WORDS_LINE: u32 = 60;
/// Characters below which a line with a link, after the article's last paragraph, is a
/// note pointing elsewhere.
const TAIL_NOTE: u32 = 100;
