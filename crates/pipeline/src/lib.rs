//! The analysis pipeline: input → [`Article`] → stages → record.
//!
//! [`read`] turns the bytes of an input into an article (plain text for now); [`Pipeline`]
//! runs the stages in their fixed order. Each stage only reads the layers of the stages
//! before it, so the order below is the data flow of Dépêche.

pub mod read;

pub use depeche_article::{Article, PublishedSource, Stage};
pub use read::{ReadError, TextInput};

/// A stage that stopped on an article (see [`Pipeline::try_run`]).
#[derive(Debug, thiserror::Error)]
#[error("internal error in the {stage} stage (please report it with the article): {message}")]
pub struct StageFailure {
    pub stage: &'static str,
    pub message: String,
}

/// The stages in order.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Default for Pipeline {
    fn default() -> Self {
        Self::new()
    }
}

/// How the entity stage finds names.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum EntityMode {
    /// Context rules, gazetteer and the learnt lexicon alone: as accurate as the combined
    /// tagger on modern news (dev-articles entity F1 0.990 both), worse on noisy text, and a
    /// little cheaper (the fast option).
    Rules,
    /// The rules with the trained perceptron (and its POS tagger) deciding what the rules could
    /// only guess and adding what they missed, run only on the sentences where something is
    /// left to decide: same figures on modern news, better on noisy and historical text
    /// (HIPE-2022, Europeana OCR), about 1.1× the CPU of the rules path for the whole analysis.
    /// The default.
    #[default]
    Combined,
}

impl Pipeline {
    /// The full French pipeline with the default entity tagger (combined).
    pub fn new() -> Self {
        Self::with_entities(EntityMode::default())
    }

    /// The full French pipeline with the given entity tagger.
    pub fn with_entities(mode: EntityMode) -> Self {
        let entities = match mode {
            EntityMode::Rules => depeche_entities::EntityTagger::rules(),
            EntityMode::Combined => depeche_entities::EntityTagger::french(),
        };
        let stages: Vec<Box<dyn Stage>> = vec![
            // paragraphs, sentences, tokens: every later stage reads them
            Box::new(depeche_segment::Segmenter::french()),
            Box::new(depeche_times::TimeTagger::french()),
            // named entities (PER, ORG, LOC) with their mentions merged
            Box::new(entities),
            // LOC entities resolved to a country, coordinates and a GeoNames id
            Box::new(depeche_places::PlaceResolver::french()),
            // speakers and quotes: they use entities and times when present
            Box::new(depeche_quotes::QuoteExtractor::french()),
            // gender of persons (honorifics, roles, agreement, first names) and of speakers
            Box::new(depeche_gender::GenderTagger::french()),
            // coded events (CAMEO) last: actors are entities, places and quote speakers
            Box::new(depeche_events::EventCoder::french()),
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

    /// A pipeline of these stages, in this order: a subset of the French stages for a tool,
    /// or a stage of one's own after them.
    pub fn from_stages(stages: Vec<Box<dyn Stage>>) -> Self {
        Pipeline { stages }
    }

    /// Run every stage on the article.
    pub fn run(&self, article: &mut Article) {
        for stage in &self.stages {
            stage.annotate(article);
        }
    }

    /// Run every stage on the article; a stage that fails (a bug: stages have no error of
    /// their own to report) is named in the error instead of stopping the program, so that a
    /// run over many articles reports the one article and goes on with the others. The
    /// article is then half annotated and should be dropped.
    pub fn try_run(&self, article: &mut Article) -> Result<(), StageFailure> {
        for stage in &self.stages {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| stage.annotate(article)))
                .map_err(|payload| StageFailure {
                    stage: stage.name(),
                    message: payload
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "no message".to_string()),
                })?;
        }
        Ok(())
    }

    /// Analyse one text input.
    pub fn analyze(&self, input: TextInput) -> Article {
        let mut article = input.into_article();
        self.run(&mut article);
        article
    }
}
