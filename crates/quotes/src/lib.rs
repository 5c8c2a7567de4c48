use depeche_article::{Article, Stage};
pub struct QuoteExtractor;
impl QuoteExtractor { pub fn french() -> Self { QuoteExtractor } }
impl Stage for QuoteExtractor { fn name(&self) -> &'static str { "quotes" } fn annotate(&self, _a: &mut Article) {} }
