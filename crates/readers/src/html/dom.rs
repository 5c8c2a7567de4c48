//! One pass over an HTML page into a compact arena tree.
//!
//! Main-text extraction needs the element structure, the attributes that hint at a block's
//! role (`class`, `id`, `role`, `itemprop`...) and the text; it does not need a spec-exact DOM.
//! So this is a hand-written tokenizer with a small tree builder that follows the HTML rules
//! that change the shape of news pages (void elements, implied `</p>`, `</li>`, `</td>`, raw
//! text in `<script>` and `<style>`, misnested end tags ignored), and nothing else: no
//! serialisation, no second parse, no per-node allocation when a text has no character
//! reference. Nodes live in one `Vec` in document order (a parent's index is always smaller
//! than its children's), so bottom-up passes are a reverse loop and no walk ever recurses:
//! 10,000 nested elements cost nothing special.

use super::entities::decode_refs;
use memchr::{memchr, memmem};
use std::borrow::Cow;

/// No node (end of a sibling chain, no child, the root's parent).
pub const NONE: u32 = u32::MAX;

/// Element names the extractor tests; every other name is `Other` (and kept as written).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    A,
    Address,
    Article,
    Aside,
    B,
    Blockquote,
    Body,
    Br,
    Button,
    Caption,
    Center,
    Code,
    Dd,
    Details,
    Dialog,
    Div,
    Dl,
    Dt,
    Em,
    Fieldset,
    Figcaption,
    Figure,
    Footer,
    Form,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Head,
    Header,
    Hr,
    Html,
    I,
    Iframe,
    Img,
    Input,
    Label,
    Li,
    Link,
    Main,
    Menu,
    Meta,
    Nav,
    Noscript,
    Ol,
    Option,
    P,
    Picture,
    Pre,
    Script,
    Section,
    Select,
    Span,
    Strong,
    Style,
    Summary,
    Svg,
    Table,
    Tbody,
    Td,
    Template,
    Textarea,
    Tfoot,
    Th,
    Thead,
    Time,
    Title,
    Tr,
    U,
    Ul,
    Other,
}

impl Tag {
    fn from_name(name: &[u8]) -> Tag {
        // names are short: lower-case into a stack buffer, then one match
        let mut buf = [0u8; 10];
        if name.len() > buf.len() {
            return Tag::Other;
        }
        for (b, c) in buf.iter_mut().zip(name) {
            *b = c.to_ascii_lowercase();
        }
        match &buf[..name.len()] {
            b"a" => Tag::A,
            b"address" => Tag::Address,
            b"article" => Tag::Article,
            b"aside" => Tag::Aside,
            b"b" => Tag::B,
            b"blockquote" => Tag::Blockquote,
            b"body" => Tag::Body,
            b"br" => Tag::Br,
            b"button" => Tag::Button,
            b"caption" => Tag::Caption,
            b"center" => Tag::Center,
            b"code" => Tag::Code,
            b"dd" => Tag::Dd,
            b"details" => Tag::Details,
            b"dialog" => Tag::Dialog,
            b"div" => Tag::Div,
            b"dl" => Tag::Dl,
            b"dt" => Tag::Dt,
            b"em" => Tag::Em,
            b"fieldset" => Tag::Fieldset,
            b"figcaption" => Tag::Figcaption,
            b"figure" => Tag::Figure,
            b"footer" => Tag::Footer,
            b"form" => Tag::Form,
            b"h1" => Tag::H1,
            b"h2" => Tag::H2,
            b"h3" => Tag::H3,
            b"h4" => Tag::H4,
            b"h5" => Tag::H5,
            b"h6" => Tag::H6,
            b"head" => Tag::Head,
            b"header" => Tag::Header,
            b"hr" => Tag::Hr,
            b"html" => Tag::Html,
            b"i" => Tag::I,
            b"iframe" => Tag::Iframe,
            b"img" => Tag::Img,
            b"input" => Tag::Input,
            b"label" => Tag::Label,
            b"li" => Tag::Li,
            b"link" => Tag::Link,
            b"main" => Tag::Main,
            b"menu" => Tag::Menu,
            b"meta" => Tag::Meta,
            b"nav" => Tag::Nav,
            b"noscript" => Tag::Noscript,
            b"ol" => Tag::Ol,
            b"option" => Tag::Option,
            b"p" => Tag::P,
            b"picture" => Tag::Picture,
            b"pre" => Tag::Pre,
            b"script" => Tag::Script,
            b"section" => Tag::Section,
            b"select" => Tag::Select,
            b"span" => Tag::Span,
            b"strong" => Tag::Strong,
            b"style" => Tag::Style,
            b"summary" => Tag::Summary,
            b"svg" => Tag::Svg,
            b"table" => Tag::Table,
            b"tbody" => Tag::Tbody,
            b"td" => Tag::Td,
            b"template" => Tag::Template,
            b"textarea" => Tag::Textarea,
            b"tfoot" => Tag::Tfoot,
            b"th" => Tag::Th,
            b"thead" => Tag::Thead,
            b"time" => Tag::Time,
            b"title" => Tag::Title,
            b"tr" => Tag::Tr,
            b"u" => Tag::U,
            b"ul" => Tag::Ul,
            _ => Tag::Other,
        }
    }

    /// Elements that never have content (`<br>`, `<img>`...): never pushed on the stack.
    fn is_void(name: &[u8], tag: Tag) -> bool {
        match tag {
            Tag::Br | Tag::Hr | Tag::Img | Tag::Input | Tag::Link | Tag::Meta => true,
            Tag::Other => {
                let l = |s: &str| name.eq_ignore_ascii_case(s.as_bytes());
                l("area")
                    || l("base")
                    || l("col")
                    || l("embed")
                    || l("param")
                    || l("source")
                    || l("track")
                    || l("wbr")
                    || l("keygen")
            }
            _ => false,
        }
    }

    /// Start tags that close an open `<p>` (the HTML rule that makes `<p>a<div>b` two blocks).
    fn closes_p(self) -> bool {
        matches!(
            self,
            Tag::Address
                | Tag::Article
                | Tag::Aside
                | Tag::Blockquote
                | Tag::Center
                | Tag::Details
                | Tag::Dialog
                | Tag::Div
                | Tag::Dl
                | Tag::Fieldset
                | Tag::Figcaption
                | Tag::Figure
                | Tag::Footer
                | Tag::Form
                | Tag::H1
                | Tag::H2
                | Tag::H3
                | Tag::H4
                | Tag::H5
                | Tag::H6
                | Tag::Header
                | Tag::Hr
                | Tag::Main
                | Tag::Menu
                | Tag::Nav
                | Tag::Ol
                | Tag::P
                | Tag::Pre
                | Tag::Section
                | Tag::Summary
                | Tag::Table
                | Tag::Ul
                | Tag::Li
                | Tag::Dd
                | Tag::Dt
        )
    }

    /// Where searching the open elements for an implied end stops (HTML's "scope").
    fn is_scope_boundary(self) -> bool {
        matches!(
            self,
            Tag::Html | Tag::Table | Tag::Td | Tag::Th | Tag::Caption | Tag::Template | Tag::Button
        )
    }

    pub fn is_heading(self) -> bool {
        matches!(
            self,
            Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6
        )
    }
}

/// Text of a node: a slice of the page, or decoded text when it held character references.
#[derive(Debug, Clone, Copy)]
pub enum TextRef {
    Src(u32, u32),
    Owned(u32),
}

#[derive(Debug, Clone, Copy)]
pub enum Kind {
    Element {
        tag: Tag,
        /// The name as written (a range of the page), for end tags of `Other` elements.
        name: (u32, u32),
        attrs: (u32, u32),
    },
    Text(TextRef),
}

#[derive(Debug, Clone, Copy)]
pub struct Node {
    pub kind: Kind,
    pub parent: u32,
    pub first_child: u32,
    pub last_child: u32,
    pub next: u32,
}

#[derive(Debug, Clone, Copy)]
struct Attr {
    name: (u32, u32),
    value: (u32, u32),
}

/// The page as an arena tree. Node 0 is the document root (an element tagged `Other`).
pub struct Dom<'a> {
    src: &'a str,
    pub nodes: Vec<Node>,
    attrs: Vec<Attr>,
    owned: Vec<String>,
}

/// How far back the tree builder looks for an element to close: enough for any real page,
/// and it bounds the work on a page of stray end tags under 10,000 open elements.
const SEARCH_LIMIT: usize = 512;

impl<'a> Dom<'a> {
    pub fn parse(src: &'a str) -> Dom<'a> {
        Builder::new(src).run()
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn tag(&self, i: u32) -> Option<Tag> {
        match self.nodes[i as usize].kind {
            Kind::Element { tag, .. } => Some(tag),
            Kind::Text(_) => None,
        }
    }

    /// The text of a text node (character references decoded), `None` for an element.
    pub fn text(&self, i: u32) -> Option<&str> {
        match self.nodes[i as usize].kind {
            Kind::Text(TextRef::Src(s, e)) => Some(&self.src[s as usize..e as usize]),
            Kind::Text(TextRef::Owned(k)) => Some(&self.owned[k as usize]),
            Kind::Element { .. } => None,
        }
    }

    /// The raw attribute value (character references not decoded: class and id never
    /// need it, and callers that do use [`Dom::attr`]).
    pub fn attr_raw(&self, i: u32, name: &str) -> Option<&'a str> {
        let Kind::Element { attrs, .. } = self.nodes[i as usize].kind else {
            return None;
        };
        self.attrs[attrs.0 as usize..attrs.1 as usize]
            .iter()
            .find(|a| {
                self.src.as_bytes()[a.name.0 as usize..a.name.1 as usize]
                    .eq_ignore_ascii_case(name.as_bytes())
            })
            .map(|a| &self.src[a.value.0 as usize..a.value.1 as usize])
    }

    /// Every attribute of an element: (name as written, raw value).
    pub fn attrs(&self, i: u32) -> impl Iterator<Item = (&'a [u8], &'a str)> + '_ {
        let range = match self.nodes[i as usize].kind {
            Kind::Element { attrs, .. } => attrs.0 as usize..attrs.1 as usize,
            Kind::Text(_) => 0..0,
        };
        let src: &'a str = self.src;
        self.attrs[range].iter().map(move |a| {
            (
                &src.as_bytes()[a.name.0 as usize..a.name.1 as usize],
                &src[a.value.0 as usize..a.value.1 as usize],
            )
        })
    }

    /// An attribute value with character references decoded.
    pub fn attr(&self, i: u32, name: &str) -> Option<Cow<'a, str>> {
        self.attr_raw(i, name).map(|v| decode_refs(v, true))
    }

    pub fn children(&self, i: u32) -> Children<'_, 'a> {
        Children {
            dom: self,
            next: self.nodes[i as usize].first_child,
        }
    }

    /// The index one past the last descendant of `i` (descendants are contiguous).
    pub fn subtree_end(&self, i: u32) -> u32 {
        let mut n = i;
        loop {
            let node = &self.nodes[n as usize];
            if node.next != NONE {
                return node.next;
            }
            if node.parent == NONE {
                return self.nodes.len() as u32;
            }
            n = node.parent;
        }
    }

    /// The text of a subtree, script and style left out (for headings, titles, JSON-LD).
    pub fn text_of(&self, i: u32) -> String {
        let mut out = String::new();
        let end = self.subtree_end(i);
        let mut k = i + 1;
        while k < end {
            match self.nodes[k as usize].kind {
                Kind::Element {
                    tag: Tag::Script | Tag::Style | Tag::Template,
                    ..
                } => {
                    k = self.subtree_end(k);
                    continue;
                }
                Kind::Text(_) => out.push_str(self.text(k).unwrap_or("")),
                _ => {}
            }
            k += 1;
        }
        out
    }

    /// The text of a `<script>` (raw: JSON-LD needs it as written).
    pub fn raw_text_of(&self, i: u32) -> &str {
        let c = self.nodes[i as usize].first_child;
        if c == NONE {
            return "";
        }
        self.text(c).unwrap_or("")
    }
}

pub struct Children<'d, 'a> {
    dom: &'d Dom<'a>,
    next: u32,
}

impl Iterator for Children<'_, '_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.next == NONE {
            return None;
        }
        let i = self.next;
        self.next = self.dom.nodes[i as usize].next;
        Some(i)
    }
}

struct Builder<'a> {
    src: &'a str,
    pos: usize,
    dom: Dom<'a>,
    /// Open elements, the root first.
    stack: Vec<u32>,
}

impl<'a> Builder<'a> {
    fn new(src: &'a str) -> Self {
        let root = Node {
            kind: Kind::Element {
                tag: Tag::Other,
                name: (0, 0),
                attrs: (0, 0),
            },
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            next: NONE,
        };
        // about one node per 16 bytes of a news page (tags, texts, whitespace between tags)
        let mut nodes = Vec::with_capacity(src.len() / 16 + 16);
        nodes.push(root);
        Builder {
            src,
            pos: 0,
            dom: Dom {
                src,
                nodes,
                attrs: Vec::with_capacity(src.len() / 32 + 16),
                owned: Vec::new(),
            },
            stack: vec![0],
        }
    }

    fn run(mut self) -> Dom<'a> {
        let bytes = self.src.as_bytes();
        while self.pos < bytes.len() {
            let start = self.pos;
            match memchr(b'<', &bytes[start..]) {
                None => {
                    self.text(start, bytes.len());
                    break;
                }
                Some(k) => {
                    if k > 0 {
                        self.text(start, start + k);
                    }
                    self.pos = start + k;
                    self.markup();
                }
            }
        }
        self.dom
    }

    fn append(&mut self, kind: Kind) -> u32 {
        let parent = *self.stack.last().expect("the root is never popped");
        let id = self.dom.nodes.len() as u32;
        self.dom.nodes.push(Node {
            kind,
            parent,
            first_child: NONE,
            last_child: NONE,
            next: NONE,
        });
        let p = &mut self.dom.nodes[parent as usize];
        let last = p.last_child;
        p.last_child = id;
        if last == NONE {
            p.first_child = id;
        } else {
            self.dom.nodes[last as usize].next = id;
        }
        id
    }

    fn text(&mut self, s: usize, e: usize) {
        let raw = &self.src[s..e];
        let r = if memchr(b'&', raw.as_bytes()).is_some() {
            match decode_refs(raw, false) {
                Cow::Borrowed(_) => TextRef::Src(s as u32, e as u32),
                Cow::Owned(o) => {
                    self.dom.owned.push(o);
                    TextRef::Owned(self.dom.owned.len() as u32 - 1)
                }
            }
        } else {
            TextRef::Src(s as u32, e as u32)
        };
        self.append(Kind::Text(r));
    }

    /// At a `<`: a tag, an end tag, a comment or declaration, or a literal `<`.
    fn markup(&mut self) {
        let bytes = self.src.as_bytes();
        let at = self.pos;
        let next = bytes.get(at + 1).copied();
        match next {
            Some(c) if c.is_ascii_alphabetic() => self.start_tag(),
            Some(b'/') if bytes.get(at + 2).is_some_and(u8::is_ascii_alphabetic) => self.end_tag(),
            Some(b'!') => {
                if bytes[at..].starts_with(b"<!--") {
                    self.pos = match memmem::find(&bytes[at + 4..], b"-->") {
                        Some(k) => at + 4 + k + 3,
                        None => bytes.len(),
                    };
                } else {
                    self.skip_past_gt(at + 2);
                }
            }
            Some(b'?') => self.skip_past_gt(at + 2),
            Some(b'/') => self.skip_past_gt(at + 2),
            _ => {
                // a `<` that opens nothing is text
                self.text(at, at + 1);
                self.pos = at + 1;
            }
        }
    }

    fn skip_past_gt(&mut self, from: usize) {
        let bytes = self.src.as_bytes();
        self.pos = match memchr(b'>', &bytes[from.min(bytes.len())..]) {
            Some(k) => from + k + 1,
            None => bytes.len(),
        };
    }

    fn name_end(&self, from: usize) -> usize {
        let bytes = self.src.as_bytes();
        let mut i = from;
        while i < bytes.len()
            && !matches!(
                bytes[i],
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'
            )
        {
            i += 1;
        }
        i
    }

    fn end_tag(&mut self) {
        let bytes = self.src.as_bytes();
        let ns = self.pos + 2;
        let ne = self.name_end(ns);
        self.skip_past_gt(ne);
        let name = &bytes[ns..ne];
        let tag = Tag::from_name(name);
        if tag == Tag::Br {
            // `</br>` is a line break in every browser
            self.append(Kind::Element {
                tag: Tag::Br,
                name: (ns as u32, ne as u32),
                attrs: (0, 0),
            });
            return;
        }
        let depth = self.stack.len();
        for k in (1..depth).rev().take(SEARCH_LIMIT) {
            let id = self.stack[k];
            let Kind::Element {
                tag: t, name: n, ..
            } = self.dom.nodes[id as usize].kind
            else {
                continue;
            };
            let same = if tag == Tag::Other {
                t == Tag::Other && bytes[n.0 as usize..n.1 as usize].eq_ignore_ascii_case(name)
            } else {
                t == tag
            };
            if same {
                self.stack.truncate(k);
                return;
            }
            // an end tag does not close across a table cell or a table; a `<button>` is
            // a boundary for implied `</p>` and `</li>` only (HTML's "button scope"), so
            // `</div>` closes a button left open
            if t.is_scope_boundary() && t != Tag::Button && tag != t {
                return;
            }
        }
    }

    /// Pop up to and including the nearest open element satisfying `hit`, searching no
    /// further than an element satisfying `stop`.
    fn close_open(&mut self, hit: impl Fn(Tag) -> bool, stop: impl Fn(Tag) -> bool) {
        let depth = self.stack.len();
        for k in (1..depth).rev().take(SEARCH_LIMIT) {
            let t = self.dom.tag(self.stack[k]).unwrap_or(Tag::Other);
            if hit(t) {
                self.stack.truncate(k);
                return;
            }
            if stop(t) {
                return;
            }
        }
    }

    fn start_tag(&mut self) {
        let bytes = self.src.as_bytes();
        let ns = self.pos + 1;
        let ne = self.name_end(ns);
        let name = &bytes[ns..ne];
        let tag = Tag::from_name(name);
        let attr_start = self.dom.attrs.len() as u32;
        let Some((end, self_closing)) = self.attributes(ne) else {
            // a tag cut off by the end of the page is dropped (truncated input)
            self.dom.attrs.truncate(attr_start as usize);
            self.pos = bytes.len();
            return;
        };
        self.pos = end;
        let attrs = (attr_start, self.dom.attrs.len() as u32);

        // the implied end tags that shape news pages
        if tag.closes_p() {
            self.close_open(|t| t == Tag::P, |t| t.is_scope_boundary());
        }
        match tag {
            Tag::Li => self.close_open(
                |t| t == Tag::Li,
                |t| matches!(t, Tag::Ul | Tag::Ol | Tag::Menu) || t.is_scope_boundary(),
            ),
            Tag::Dd | Tag::Dt => self.close_open(
                |t| matches!(t, Tag::Dd | Tag::Dt),
                |t| t == Tag::Dl || t.is_scope_boundary(),
            ),
            Tag::Td | Tag::Th => self.close_open(
                |t| matches!(t, Tag::Td | Tag::Th),
                |t| matches!(t, Tag::Tr | Tag::Table),
            ),
            Tag::Tr => self.close_open(
                |t| t == Tag::Tr,
                |t| matches!(t, Tag::Table | Tag::Tbody | Tag::Thead | Tag::Tfoot),
            ),
            Tag::Option => self.close_open(|t| t == Tag::Option, |t| t != Tag::Option),
            t if t.is_heading() => {
                let top = self.dom.tag(*self.stack.last().unwrap());
                if top.is_some_and(Tag::is_heading) {
                    self.stack.pop();
                }
            }
            _ => {}
        }

        let id = self.append(Kind::Element {
            tag,
            name: (ns as u32, ne as u32),
            attrs,
        });
        if Tag::is_void(name, tag) {
            return;
        }
        // raw text: the content is text up to the matching end tag, never markup
        let raw = match tag {
            Tag::Script | Tag::Style | Tag::Textarea | Tag::Title | Tag::Iframe | Tag::Noscript => {
                true
            }
            Tag::Svg => true,
            Tag::Other => {
                name.eq_ignore_ascii_case(b"xmp")
                    || name.eq_ignore_ascii_case(b"noembed")
                    || name.eq_ignore_ascii_case(b"noframes")
                    || name.eq_ignore_ascii_case(b"math")
            }
            _ => false,
        };
        if raw {
            self.raw_text(id, tag, ns, ne);
            return;
        }
        if self_closing && tag == Tag::Other {
            // `<foo/>` in XHTML-style pages: close it at once
            return;
        }
        self.stack.push(id);
    }

    /// The content of a raw-text element, up to `</name`. Only `<title>` and `<textarea>`
    /// decode character references (HTML's RCDATA); script and style stay as written.
    fn raw_text(&mut self, id: u32, tag: Tag, ns: usize, ne: usize) {
        let bytes = self.src.as_bytes();
        let name = &bytes[ns..ne];
        let from = self.pos;
        let mut k = from;
        let end = loop {
            match memchr(b'<', &bytes[k..]) {
                None => break bytes.len(),
                Some(j) => {
                    let at = k + j;
                    let rest = &bytes[at..];
                    if rest.len() >= 2 + name.len()
                        && rest[1] == b'/'
                        && rest[2..2 + name.len()].eq_ignore_ascii_case(name)
                        && rest
                            .get(2 + name.len())
                            .is_none_or(|c| matches!(c, b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/'))
                    {
                        break at;
                    }
                    k = at + 1;
                }
            }
        };
        if end > from {
            self.stack.push(id);
            if matches!(tag, Tag::Title | Tag::Textarea) {
                self.text(from, end);
            } else {
                self.append(Kind::Text(TextRef::Src(from as u32, end as u32)));
            }
            self.stack.pop();
        }
        self.pos = end;
        if end < bytes.len() {
            self.skip_past_gt(end + 2);
        }
    }

    /// Attributes from `from` to the closing `>`: `(position after '>', self-closing)`, or
    /// `None` when the page ends inside the tag.
    fn attributes(&mut self, from: usize) -> Option<(usize, bool)> {
        let bytes = self.src.as_bytes();
        let mut i = from;
        let mut self_closing = false;
        loop {
            while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                i += 1;
            }
            let c = *bytes.get(i)?;
            match c {
                b'>' => return Some((i + 1, self_closing)),
                b'/' => {
                    self_closing = true;
                    i += 1;
                    continue;
                }
                _ => {}
            }
            self_closing = false;
            let ns = i;
            i += 1;
            while i < bytes.len()
                && !matches!(
                    bytes[i],
                    b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>' | b'='
                )
            {
                i += 1;
            }
            let ne = i;
            while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
                i += 1;
            }
            let mut value = (i as u32, i as u32);
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
                {
                    i += 1;
                }
                match *bytes.get(i)? {
                    q @ (b'"' | b'\'') => {
                        let k = memchr(q, &bytes[i + 1..])?;
                        value = ((i + 1) as u32, (i + 1 + k) as u32);
                        i = i + 1 + k + 1;
                    }
                    _ => {
                        let vs = i;
                        while i < bytes.len()
                            && !matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'>')
                        {
                            i += 1;
                        }
                        value = (vs as u32, i as u32);
                    }
                }
            }
            self.dom.attrs.push(Attr {
                name: (ns as u32, ne as u32),
                value,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(dom: &Dom, i: u32) -> String {
        match dom.nodes[i as usize].kind {
            Kind::Text(_) => format!("{:?}", dom.text(i).unwrap()),
            Kind::Element { name, .. } => {
                let n = &dom.src[name.0 as usize..name.1 as usize];
                let kids: Vec<String> = dom.children(i).map(|c| shape(dom, c)).collect();
                format!("{n}({})", kids.join(","))
            }
        }
    }

    fn tree(html: &str) -> String {
        let dom = Dom::parse(html);
        dom.children(0)
            .map(|c| shape(&dom, c))
            .collect::<Vec<_>>()
            .join(",")
    }

    #[test]
    fn the_tree_follows_the_html_rules_that_shape_pages() {
        // (input, tree) — a specification table
        let cases = [
            ("<p>a<p>b", r#"p("a"),p("b")"#),
            ("<p>a<div>b</div>", r#"p("a"),div("b")"#),
            ("<ul><li>a<li>b</ul>", r#"ul(li("a"),li("b"))"#),
            ("<p>a<br>b</p>", r#"p("a",br(),"b")"#),
            ("<div>a</span>b</div>", r#"div("a","b")"#),
            ("<div><b>a</div>c", r#"div(b("a")),"c""#),
            (
                "<table><tr><td>a<td>b</table>",
                r#"table(tr(td("a"),td("b")))"#,
            ),
            ("<h2>a<h3>b", r#"h2("a"),h3("b")"#),
            (
                "<script>if (a<b) {}</p></script>x",
                r#"script("if (a<b) {}</p>"),"x""#,
            ),
            ("<!-- <p>no</p> -->x", r#""x""#),
            ("<!DOCTYPE html><P CLASS=x>a</P>", r#"P("a")"#),
            ("a < b", r#""a ","<"," b""#),
            ("<my-el>a</my-el>b", r#"my-el("a"),"b""#),
            ("<p>a</br>b", r#"p("a",br(),"b")"#),
        ];
        for (html, want) in cases {
            assert_eq!(tree(html), want, "{html}");
        }
    }

    #[test]
    fn attributes_in_every_quoting_style() {
        let dom = Dom::parse(r#"<a HREF="/x?a=1&amp;b=2" class='c d' id=e data-x>t</a>"#);
        assert_eq!(dom.attr(1, "href").as_deref(), Some("/x?a=1&b=2"));
        assert_eq!(dom.attr_raw(1, "class"), Some("c d"));
        assert_eq!(dom.attr_raw(1, "id"), Some("e"));
        assert_eq!(dom.attr_raw(1, "data-x"), Some(""));
        assert_eq!(dom.attr_raw(1, "title"), None);
    }

    #[test]
    fn character_references_in_text_and_title() {
        let dom =
            Dom::parse("<title>A &amp; B</title><p>l&#39;&eacute;t&eacute; &#x2014; x&shy;y</p>");
        assert_eq!(dom.text_of(0), "A & Bl'été — x\u{ad}y");
    }

    #[test]
    fn truncated_input_keeps_what_was_read() {
        for html in [
            "<p>abc<a href=\"x",
            "<p>abc<!-- no end",
            "<p>abc</p",
            "<p>abc<script>x",
        ] {
            let dom = Dom::parse(html);
            assert!(dom.text_of(0).starts_with("abc"), "{html}");
        }
    }

    #[test]
    fn ten_thousand_nested_elements_parse_without_recursion() {
        let html = format!("{}deep{}", "<div>".repeat(10_000), "</div>".repeat(10_000));
        let dom = Dom::parse(&html);
        assert_eq!(dom.len(), 10_002);
        assert_eq!(dom.text_of(0), "deep");
        // 10,000 stray end tags under 10,000 open elements stay cheap (bounded search)
        let html = format!("{}x{}", "<div>".repeat(10_000), "</span>".repeat(10_000));
        assert_eq!(Dom::parse(&html).text_of(0), "x");
    }
}
