//! Scoring of a two-article fixture against figures worked out by hand (see fixtures/README.md).

use depeche_eval::{evaluate_records, load_cases, Prf, Report};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn hand_report() -> Report {
    evaluate_records(&fixtures().join("gold"), None, &fixtures().join("pred")).unwrap()
}

fn prf(
    p: f64,
    r: f64,
    f1: f64,
    tp: usize,
    tp_pred: Option<usize>,
    pred: usize,
    gold: usize,
) -> Prf {
    Prf {
        p,
        r,
        f1,
        tp,
        tp_pred,
        pred,
        gold,
    }
}

#[test]
fn cases_load_sorted() {
    let cases = load_cases(&fixtures().join("gold"), None).unwrap();
    let names: Vec<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["dockers-brest", "velo-nantes"]);
    // the date is given unless the text pins it
    assert_eq!(cases[0].given_published(), None);
    assert_eq!(cases[1].given_published(), Some("2025-02-05"));
}

#[test]
fn velo_nantes_wrong_speaker_missed_and_extra_quote() {
    let r = hand_report();
    let (name, s) = &r.articles[1];
    assert_eq!(name, "velo-nantes");
    // 3 gold quotes, 3 predicted: two found (one with the wrong speaker), the `selon` quote
    // missed, one prediction matches nothing
    assert_eq!(s.quotes, prf(0.6667, 0.6667, 0.6667, 2, Some(2), 3, 3));
    assert_eq!(
        s.quotes_speaker,
        prf(0.3333, 0.3333, 0.3333, 1, Some(1), 3, 3)
    );
    assert_eq!(
        (
            s.speaker_acc_on_matched.correct,
            s.speaker_acc_on_matched.matched
        ),
        (1, 2)
    );
    assert_eq!(
        s.missed_quotes,
        ["le calendrier reste trop lent pour les usagers"]
    );
    assert_eq!(
        s.extra_quotes,
        ["un plan de 40 kilomètres de pistes nouvelles"]
    );
    assert_eq!(s.wrong_speaker.len(), 1);
    assert_eq!(s.wrong_speaker[0].quote, "Les travaux commenceront en mars");
    assert_eq!(s.wrong_speaker[0].gold, "Claire Moreau");
    assert_eq!(s.wrong_speaker[0].pred, "Anne Leroy");
    // "lundi" 2025-02-03TMO = 2025-02-03; "en mars" contains "mars" but the year is wrong
    assert_eq!(s.times, prf(0.5, 0.5, 0.5, 1, None, 2, 2));
    assert_eq!(s.time_spans, prf(1.0, 1.0, 1.0, 2, None, 2, 2));
    assert_eq!(
        s.wrong_times,
        [("en mars".to_string(), "2026-03".to_string())]
    );
    // duplicate "Nantes" counts once; "Place" is not "Place au vélo"
    assert_eq!(s.entities, prf(0.6667, 0.6667, 0.6667, 2, None, 3, 3));
    // country "fr" is upper-cased
    assert_eq!(s.places, prf(1.0, 1.0, 1.0, 1, None, 1, 1));
    assert_eq!(s.published_inferred, None);
}

#[test]
fn dockers_brest_containment_and_fallback_spans() {
    let r = hand_report();
    let (name, s) = &r.articles[0];
    assert_eq!(name, "dockers-brest");
    // the record quote with invalid offsets and unknown text is dropped (2 predictions); the
    // indirect prediction matches the indirect gold and, in the containment pass, the direct
    // "au moins trente postes" inside it (22 of 50 chars: no overlap match); the quote without
    // offsets is found by its text; "une réunion ..." is missed
    assert_eq!(s.quotes, prf(1.0, 0.75, 0.8571, 3, Some(2), 2, 4));
    // speaker "Kerbrat" (a plain string) is inside "Yann Kerbrat"
    assert_eq!(s.quotes_speaker, prf(1.0, 0.75, 0.8571, 3, Some(2), 2, 4));
    assert!(s.wrong_speaker.is_empty());
    assert_eq!(s.missed_quotes, ["une réunion était prévue le 12 mars"]);
    assert!(s.extra_quotes.is_empty());
    // "depuis deux ans" contains "deux ans", "12 mars" is inside "le 12 mars"; "demain" is extra
    assert_eq!(s.times, prf(0.75, 1.0, 0.8571, 3, None, 4, 3));
    assert_eq!(s.time_spans, prf(0.75, 1.0, 0.8571, 3, None, 4, 3));
    // "Kerbrat" alone is not a gold mention
    assert_eq!(s.entities, prf(0.75, 1.0, 0.8571, 3, None, 4, 3));
    // ("Brest", FR) twice counts once; ("quais", "") is wrong
    assert_eq!(s.places, prf(0.5, 1.0, 0.6667, 1, None, 2, 1));
    assert_eq!(s.published_inferred, Some(true));
}

#[test]
fn totals_and_text_report() {
    let r = hand_report();
    let t = &r.summary;
    // quotes: 4 of 5 predictions matched, 5 of 7 gold found
    assert_eq!(t.quotes, prf(0.8, 0.7143, 0.7547, 5, None, 5, 7));
    assert_eq!(t.quotes_speaker, prf(0.6, 0.5714, 0.5854, 4, None, 5, 7));
    assert_eq!(t.times, prf(0.6667, 0.8, 0.7273, 4, None, 6, 5));
    assert_eq!(t.time_spans, prf(0.8333, 1.0, 0.9091, 5, None, 6, 5));
    assert_eq!(t.entities, prf(0.7143, 0.8333, 0.7692, 5, None, 7, 6));
    assert_eq!(t.places, prf(0.6667, 1.0, 0.8, 2, None, 3, 2));
    assert_eq!(t.speaker_acc_on_matched, 0.8);
    assert_eq!(t.published_inferred, "1/1");
    // the same lines as score.py --gold-dir gold --pred-dir pred
    let expected = "\
dockers-brest                      quotes F1 0.86  +speaker F1 0.86  times F1 0.86  entities F1 0.86  places F1 0.67
velo-nantes                        quotes F1 0.67  +speaker F1 0.33  times F1 0.50  entities F1 0.67  places F1 1.00
TOTAL {\"quotes\": {\"p\": 0.8, \"r\": 0.7143, \"f1\": 0.7547, \"tp\": 5, \"pred\": 5, \"gold\": 7}, \"quotes+speaker\": {\"p\": 0.6, \"r\": 0.5714, \"f1\": 0.5854, \"tp\": 4, \"pred\": 5, \"gold\": 7}, \"times\": {\"p\": 0.6667, \"r\": 0.8, \"f1\": 0.7273, \"tp\": 4, \"pred\": 6, \"gold\": 5}, \"time_spans\": {\"p\": 0.8333, \"r\": 1.0, \"f1\": 0.9091, \"tp\": 5, \"pred\": 6, \"gold\": 5}, \"entities\": {\"p\": 0.7143, \"r\": 0.8333, \"f1\": 0.7692, \"tp\": 5, \"pred\": 7, \"gold\": 6}, \"places\": {\"p\": 0.6667, \"r\": 1.0, \"f1\": 0.8, \"tp\": 2, \"pred\": 3, \"gold\": 2}, \"speaker_acc_on_matched\": 0.8, \"published_inferred\": \"1/1\"}
";
    assert_eq!(r.to_text(), expected);
    let json: Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(json["summary"]["quotes"]["f1"], 0.7547);
    assert_eq!(json["articles"]["velo-nantes"]["quotes"]["tp_pred"], 2);
}

#[test]
fn pipeline_runs_in_process_on_the_fixture() {
    // the extractors change; only the gold side of the figures is fixed
    let r = depeche_eval::evaluate(&fixtures().join("gold"), None).unwrap();
    assert_eq!(r.articles.len(), 2);
    let t = &r.summary;
    assert_eq!(
        (t.quotes.gold, t.times.gold, t.entities.gold, t.places.gold),
        (7, 5, 6, 2)
    );
    assert!(t.published_inferred.ends_with("/1"));
    for p in [
        &t.quotes,
        &t.quotes_speaker,
        &t.times,
        &t.entities,
        &t.places,
    ] {
        assert!((0.0..=1.0).contains(&p.p) && (0.0..=1.0).contains(&p.r));
    }
}
