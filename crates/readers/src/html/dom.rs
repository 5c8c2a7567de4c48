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
use memchr::{memchr, memchr2};
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

/// The names of [`Tag`], lower case.
const NAMES: [(&[u8], Tag); 72] = [
    (b"a", Tag::A),
    (b"address", Tag::Address),
    (b"article", Tag::Article),
    (b"aside", Tag::Aside),
    (b"b", Tag::B),
    (b"blockquote", Tag::Blockquote),
    (b"body", Tag::Body),
    (b"br", Tag::Br),
    (b"button", Tag::Button),
    (b"caption", Tag::Caption),
    (b"center", Tag::Center),
    (b"code", Tag::Code),
    (b"dd", Tag::Dd),
    (b"details", Tag::Details),
    (b"dialog", Tag::Dialog),
    (b"div", Tag::Div),
    (b"dl", Tag::Dl),
    (b"dt", Tag::Dt),
    (b"em", Tag::Em),
    (b"fieldset", Tag::Fieldset),
    (b"figcaption", Tag::Figcaption),
    (b"figure", Tag::Figure),
    (b"footer", Tag::Footer),
    (b"form", Tag::Form),
    (b"h1", Tag::H1),
    (b"h2", Tag::H2),
    (b"h3", Tag::H3),
    (b"h4", Tag::H4),
    (b"h5", Tag::H5),
    (b"h6", Tag::H6),
    (b"head", Tag::Head),
    (b"header", Tag::Header),
    (b"hr", Tag::Hr),
    (b"html", Tag::Html),
    (b"i", Tag::I),
    (b"iframe", Tag::Iframe),
    (b"img", Tag::Img),
    (b"input", Tag::Input),
    (b"label", Tag::Label),
    (b"li", Tag::Li),
    (b"link", Tag::Link),
    (b"main", Tag::Main),
    (b"menu", Tag::Menu),
    (b"meta", Tag::Meta),
    (b"nav", Tag::Nav),
    (b"noscript", Tag::Noscript),
    (b"ol", Tag::Ol),
    (b"option", Tag::Option),
    (b"p", Tag::P),
    (b"picture", Tag::Picture),
    (b"pre", Tag::Pre),
    (b"script", Tag::Script),
    (b"section", Tag::Section),
    (b"select", Tag::Select),
    (b"span", Tag::Span),
    (b"strong", Tag::Strong),
    (b"style", Tag::Style),
    (b"summary", Tag::Summary),
    (b"svg", Tag::Svg),
    (b"table", Tag::Table),
    (b"tbody", Tag::Tbody),
    (b"td", Tag::Td),
    (b"template", Tag::Template),
    (b"textarea", Tag::Textarea),
    (b"tfoot", Tag::Tfoot),
    (b"th", Tag::Th),
    (b"thead", Tag::Thead),
    (b"time", Tag::Time),
    (b"title", Tag::Title),
    (b"tr", Tag::Tr),
    (b"u", Tag::U),
    (b"ul", Tag::Ul),
];

/// A name of up to 15 bytes as one integer, its bytes lower-cased and its length in the top
/// byte (so that a NUL byte in a name is no shorter name): names are compared as numbers,
/// one comparison each in a binary search, instead of as byte strings.
fn name_key(name: &[u8]) -> u128 {
    let bytes = name
        .iter()
        .rev()
        .fold(0, |k, &c| (k << 8) | u128::from(c.to_ascii_lowercase()));
    bytes | (name.len() as u128) << 120
}

/// Slots of [`keyed_names`]: a few times the number of names, so that most names are found
/// at their first slot (66 of the 72; none more than three slots on).
const SLOTS: usize = 256;

/// The slot where a key's search starts.
fn slot(key: u128) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64);
    (folded.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56) as usize % SLOTS
}

/// [`NAMES`] by key in an open-addressing table (key 0: an empty slot; a name's key is never
/// 0, its length is in it), built on first use: a tag name costs a multiplication and
/// mostly one comparison, where a binary search took seven.
fn keyed_names() -> &'static [(u128, Tag); SLOTS] {
    static T: std::sync::OnceLock<[(u128, Tag); SLOTS]> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t = [(0u128, Tag::Other); SLOTS];
        for &(name, tag) in NAMES.iter() {
            let key = name_key(name);
            let mut i = slot(key);
            while t[i].0 != 0 {
                i = (i + 1) % SLOTS;
            }
            t[i] = (key, tag);
        }
        t
    })
}

impl Tag {
    fn from_name(name: &[u8]) -> Tag {
        // no name of the table is longer than 10 bytes; a key holds 15
        if name.is_empty() || name.len() > 10 {
            return Tag::Other;
        }
        let key = name_key(name);
        let t = keyed_names();
        let mut i = slot(key);
        loop {
            match t[i] {
                (0, _) => return Tag::Other,
                (k, tag) if k == key => return tag,
                _ => i = (i + 1) % SLOTS,
            }
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

    #[inline]
    pub fn tag(&self, i: u32) -> Option<Tag> {
        match self.nodes[i as usize].kind {
            Kind::Element { tag, .. } => Some(tag),
            Kind::Text(_) => None,
        }
    }

    /// The text of a text node (character references decoded), `None` for an element.
    #[inline]
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
                // most attributes differ in length: no byte compared
                (a.name.1 - a.name.0) as usize == name.len()
                    && self.src.as_bytes()[a.name.0 as usize..a.name.1 as usize]
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

/// Where the first `-->` at or after `from` starts. Comments are short: a search for `>`
/// checked for the two dashes before it is cheaper than setting up a substring search.
fn comment_end(bytes: &[u8], from: usize) -> Option<usize> {
    let mut k = from;
    while let Some(j) = memchr(b'>', &bytes[k..]) {
        let gt = k + j;
        if gt >= from + 2 && &bytes[gt - 2..gt] == b"--" {
            return Some(gt - 2);
        }
        k = gt + 1;
    }
    None
}

struct Builder<'a> {
    src: &'a str,
    pos: usize,
    dom: Dom<'a>,
    /// Open elements with their tags, the root first.
    stack: Vec<(u32, Tag)>,
    /// How many elements of each tag are open: an implied end tag (`</p>` before a `<div>`,
    /// `</li>` before an `<li>`) is searched for only when one can be found, instead of
    /// down the whole stack at every block of a page of nested `<div>`s.
    open: [u32; TAGS],
}

/// The number of [`Tag`]s (`Other` is the last).
const TAGS: usize = Tag::Other as usize + 1;

/// HTML whitespace (a byte class of [`CLASS`]).
const SPACE: u8 = 1;
/// Ends a tag name: HTML whitespace, `/`, `>`.
const NAME_END: u8 = 2;
/// Ends an attribute name: as a tag name, and `=`.
const ATTR_END: u8 = 4;
/// Ends an unquoted attribute value: whitespace, `>`.
const VALUE_END: u8 = 8;

/// Byte classes of the tokenizer, one bit per class: one look-up instead of a chain of
/// comparisons for every byte of a tag.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let spaces = [b' ', b'\t', b'\n', b'\r', b'\x0c'];
    let mut k = 0;
    while k < spaces.len() {
        t[spaces[k] as usize] = SPACE | NAME_END | ATTR_END | VALUE_END;
        k += 1;
    }
    t[b'/' as usize] = NAME_END | ATTR_END;
    t[b'>' as usize] = NAME_END | ATTR_END | VALUE_END;
    t[b'=' as usize] = ATTR_END;
    t
};

/// Whether byte `c` is of class `class`.
#[inline]
fn is(c: u8, class: u8) -> bool {
    CLASS[c as usize] & class != 0
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
            stack: vec![(0, Tag::Other)],
            open: [0; TAGS],
        }
    }

    fn push_open(&mut self, id: u32, tag: Tag) {
        self.stack.push((id, tag));
        self.open[tag as usize] += 1;
    }

    /// Close the open elements from the `k`-th of the stack up.
    fn pop_to(&mut self, k: usize) {
        for &(_, t) in &self.stack[k..] {
            self.open[t as usize] -= 1;
        }
        self.stack.truncate(k);
    }

    fn any_open(&self, tags: &[Tag]) -> bool {
        tags.iter().any(|&t| self.open[t as usize] > 0)
    }

    fn run(mut self) -> Dom<'a> {
        let bytes = self.src.as_bytes();
        while self.pos < bytes.len() {
            let start = self.pos;
            // the next `<`, noting on the way whether the text holds a `&` (one scan of
            // the text instead of two)
            let from = &bytes[start..];
            let (lt, amp) = match memchr2(b'<', b'&', from) {
                None => (None, false),
                Some(j) if from[j] == b'<' => (Some(start + j), false),
                Some(j) => (
                    memchr(b'<', &from[j + 1..]).map(|l| start + j + 1 + l),
                    true,
                ),
            };
            match lt {
                None => {
                    self.text_of(start, bytes.len(), amp);
                    break;
                }
                Some(at) => {
                    if at > start {
                        self.text_of(start, at, amp);
                    }
                    self.pos = at;
                    self.markup();
                }
            }
        }
        self.dom
    }

    fn append(&mut self, kind: Kind) -> u32 {
        let parent = self.stack.last().expect("the root is never popped").0;
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
        let amp = memchr(b'&', &self.src.as_bytes()[s..e]).is_some();
        self.text_of(s, e, amp);
    }

    /// A text node; `amp`: whether the text holds a `&` (a character reference to decode).
    fn text_of(&mut self, s: usize, e: usize, amp: bool) {
        let raw = &self.src[s..e];
        let r = if amp {
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
                    self.pos = match comment_end(bytes, at + 4) {
                        Some(k) => k + 3,
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
        // after an end tag's name the `>` comes at once: no vector search set up for it
        // (a probe of the next few bytes before every search cost more than it saved)
        if bytes.get(from) == Some(&b'>') {
            self.pos = from + 1;
            return;
        }
        self.pos = match memchr(b'>', &bytes[from.min(bytes.len())..]) {
            Some(k) => from + k + 1,
            None => bytes.len(),
        };
    }

    fn name_end(&self, from: usize) -> usize {
        let bytes = self.src.as_bytes();
        let mut i = from;
        while i < bytes.len() && !is(bytes[i], NAME_END) {
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
        if tag != Tag::Other && self.open[tag as usize] == 0 {
            // nothing to close (a stray end tag)
            return;
        }
        let depth = self.stack.len();
        for k in (1..depth).rev().take(SEARCH_LIMIT) {
            let (id, t) = self.stack[k];
            let same = if tag == Tag::Other {
                t == Tag::Other && {
                    let Kind::Element { name: n, .. } = self.dom.nodes[id as usize].kind else {
                        unreachable!("the stack holds elements")
                    };
                    bytes[n.0 as usize..n.1 as usize].eq_ignore_ascii_case(name)
                }
            } else {
                t == tag
            };
            if same {
                self.pop_to(k);
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
            let t = self.stack[k].1;
            if hit(t) {
                self.pop_to(k);
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
        // (each searched only when an element it closes is open)
        if tag.closes_p() && self.any_open(&[Tag::P]) {
            self.close_open(|t| t == Tag::P, |t| t.is_scope_boundary());
        }
        match tag {
            Tag::Li if self.any_open(&[Tag::Li]) => self.close_open(
                |t| t == Tag::Li,
                |t| matches!(t, Tag::Ul | Tag::Ol | Tag::Menu) || t.is_scope_boundary(),
            ),
            Tag::Dd | Tag::Dt if self.any_open(&[Tag::Dd, Tag::Dt]) => self.close_open(
                |t| matches!(t, Tag::Dd | Tag::Dt),
                |t| t == Tag::Dl || t.is_scope_boundary(),
            ),
            Tag::Td | Tag::Th if self.any_open(&[Tag::Td, Tag::Th]) => self.close_open(
                |t| matches!(t, Tag::Td | Tag::Th),
                |t| matches!(t, Tag::Tr | Tag::Table),
            ),
            Tag::Tr if self.any_open(&[Tag::Tr]) => self.close_open(
                |t| t == Tag::Tr,
                |t| matches!(t, Tag::Table | Tag::Tbody | Tag::Thead | Tag::Tfoot),
            ),
            Tag::Option if self.any_open(&[Tag::Option]) => {
                self.close_open(|t| t == Tag::Option, |t| t != Tag::Option)
            }
            t if t.is_heading() => {
                let depth = self.stack.len();
                if self.stack[depth - 1].1.is_heading() {
                    self.pop_to(depth - 1);
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
        self.push_open(id, tag);
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
            self.push_open(id, tag);
            if matches!(tag, Tag::Title | Tag::Textarea) {
                self.text(from, end);
            } else {
                self.append(Kind::Text(TextRef::Src(from as u32, end as u32)));
            }
            self.pop_to(self.stack.len() - 1);
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
            while i < bytes.len() && is(bytes[i], SPACE) {
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
            while i < bytes.len() && !is(bytes[i], ATTR_END) {
                i += 1;
            }
            let ne = i;
            while i < bytes.len() && is(bytes[i], SPACE) {
                i += 1;
            }
            let mut value = (i as u32, i as u32);
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                while i < bytes.len() && is(bytes[i], SPACE) {
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
                        while i < bytes.len() && !is(bytes[i], VALUE_END) {
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
            ("<!-- a > b --- c -- >-->x", r#""x""#),
            ("<!---->x<!--->y-->z", r#""x","z""#),
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
    fn tag_names_are_found_whatever_their_case() {
        for &(name, tag) in NAMES.iter() {
            assert_eq!(Tag::from_name(name), tag);
            assert_eq!(Tag::from_name(&name.to_ascii_uppercase()), tag);
        }
        // each name sits at most a few slots from where its search starts
        let t = keyed_names();
        for &(name, _) in NAMES.iter() {
            let key = name_key(name);
            let at = (0..SLOTS).find(|&i| t[i].0 == key).unwrap();
            assert!((at + SLOTS - slot(key)) % SLOTS <= 3, "{name:?}");
        }
        // a prefix, a longer name, a NUL byte, an empty name: no tag of the table
        for name in [
            &b"blockquot"[..],
            b"blockquotes",
            b"figcaptionx",
            b"p\0",
            b"",
            b"x-p",
        ] {
            assert_eq!(Tag::from_name(name), Tag::Other, "{name:?}");
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
