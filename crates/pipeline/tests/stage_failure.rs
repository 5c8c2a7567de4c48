//! A stage that fails on one article is reported by name, and the pipeline stays usable for
//! the next article (a run over a folder reports the one article and goes on).

use depeche_article::{Article, Stage};
use depeche_pipeline::{Pipeline, TextInput};

/// A stage with a bug: it fails on any article that mentions a word of its choosing.
struct Fragile;

impl Stage for Fragile {
    fn name(&self) -> &'static str {
        "fragile"
    }
    fn annotate(&self, article: &mut Article) {
        assert!(
            !article.text.contains("piège"),
            "met the word it cannot read"
        );
    }
}

fn article(text: &str) -> Article {
    TextInput {
        id: None,
        source: Some("dossier/article.txt".to_string()),
        text: text.to_string(),
        published: None,
    }
    .into_article()
}

#[test]
fn a_failing_stage_is_named_and_the_next_article_still_runs() {
    let pipeline = Pipeline::from_stages(vec![
        Box::new(depeche_segment::Segmenter::french()),
        Box::new(Fragile),
    ]);
    let mut bad = article("Titre\n\nUn piège est tendu.");
    let err = pipeline.try_run(&mut bad).unwrap_err();
    assert_eq!(err.stage, "fragile");
    assert!(err.message.contains("cannot read"), "{err}");
    assert!(err.to_string().contains("fragile stage"), "{err}");

    let mut good = article("Titre\n\nTout va bien.");
    pipeline.try_run(&mut good).unwrap();
    assert!(!good.tokens.is_empty());
}
