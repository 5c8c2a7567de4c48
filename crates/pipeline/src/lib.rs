//! The analysis pipeline: input → [`Article`] → stages → record.
//!
//! [`read`] turns the bytes of an input into an article (plain text for now); [`Pipeline`]
//! runs the stages in their fixed order. Each stage only reads the layers of the stages
//! before it, so the order below is the data flow of Dépêche.

pub mod read;

pub use depeche_article::{Article, PublishedSource, Stage};
pub use read::{ReadError, TextInput};

/// The stages in order.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Default for Pipeline {
    fn default() -> Self {
        Self::new()
    }
}

impl Pipeline {
    /// The full French pipeline.
    pub fn new() -> Self {
        let stages: Vec<Box<dyn Stage>> = vec![
            // paragraphs, sentences, tokens: every later stage reads them
            Box::new(depeche_segment::Segmenter::french()),
            Box::new(depeche_times::TimeTagger::french()),
            // named entities (PER, ORG, LOC) with their mentions merged
            Box::new(depeche_entities::EntityTagger::french()),
            // LOC entities resolved to a country, coordinates and a GeoNames id
            Box::new(depeche_places::PlaceResolver::french()),
            // speakers and quotes last: they use entities and times when present
            Box::new(depeche_quotes::QuoteExtractor::french()),
        ];
        Pipeline { stages }
    }

    /// Names of the stages, in order.
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// The stages, in order (for per-stage measurements).
    pub fn stages(&self) -> &[Box<dyn Stage>] {
        &self.stages
    }

    /// Run every stage on the article.
    pub fn run(&self, article: &mut Article) {
        for stage in &self.stages {
            stage.annotate(article);
        }
    }

    /// Analyse one text input.
    pub fn analyze(&self, input: TextInput) -> Article {
        let mut article = input.into_article();
        self.run(&mut article);
        article
    }
}
