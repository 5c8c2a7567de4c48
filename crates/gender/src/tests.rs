//! Specification of the gender stage: one table per signal, each row a sentence written for
//! the test, the person's name, and the gender (with evidence) the stage must give.

use super::*;
use depeche_article::{Entity, Mention, Quote, QuoteKind, Speaker};

/// An article over `text`, segmented, with one PER entity per name (every occurrence of the
/// name, and of its last word when `surname` is set, is a mention).
fn article(text: &str, names: &[&str]) -> Article {
    let mut a = Article::new(text.to_string());
    depeche_segment::Segmenter::french().annotate(&mut a);
    for (i, name) in names.iter().enumerate() {
        let mentions = a
            .text
            .match_indices(name)
            .map(|(b, m)| Mention {
                span: a.span(b, b + m.len()),
                text: m.to_string(),
            })
            .collect();
        a.entities.push(Entity {
            id: format!("e{}", i + 1),
            name: name.to_string(),
            kind: EntityType::PER,
            mentions,
            gender: None,
            gender_evidence: None,
        });
    }
    a
}

fn gender_of(text: &str, name: &str) -> (PersonGender, Option<GenderEvidence>) {
    let mut a = article(text, &[name]);
    GenderTagger.annotate(&mut a);
    (a.entities[0].gender.unwrap(), a.entities[0].gender_evidence)
}

/// The gender given to `names[0]` in an article where every name of `names` is a person.
fn gender_among(text: &str, names: &[&str]) -> (PersonGender, Option<GenderEvidence>) {
    let mut a = article(text, names);
    GenderTagger.annotate(&mut a);
    (a.entities[0].gender.unwrap(), a.entities[0].gender_evidence)
}

use GenderEvidence::*;
use PersonGender::{Female as F, Male as M, Unknown as X};

fn check(cases: &[(&str, &str, PersonGender, Option<GenderEvidence>)]) {
    for (text, name, g, ev) in cases {
        assert_eq!(gender_of(text, name), (*g, *ev), "{text:?} / {name}");
    }
}

#[test]
fn honorifics_decide() {
    check(&[
        ("Mme Lefort a visité l'usine.", "Lefort", F, Some(Honorific)),
        (
            "M. Dominique Lefort a visité l'usine.",
            "Dominique Lefort",
            M,
            Some(Honorific),
        ),
        (
            "Madame Claude Renard préside la séance.",
            "Claude Renard",
            F,
            Some(Honorific),
        ),
        (
            "Selon Mme Camille Roux, rien n'est joué.",
            "Camille Roux",
            F,
            Some(Honorific),
        ),
    ]);
}

#[test]
fn offices_held_by_men_only_and_roles_with_their_domain_decide() {
    check(&[
        // a religious office with no feminine form says who holds it
        (
            "Le discours de l'ayatollah Morvani a été diffusé.",
            "Morvani",
            M,
            Some(Role),
        ),
        (
            "La prière était dirigée par l'imam Salah Berrada.",
            "Salah Berrada",
            M,
            Some(Role),
        ),
        // a character's rank in fiction is a role like any other
        (
            "Il jouait l'inspectrice Mbaye dans la série.",
            "Mbaye",
            F,
            Some(Role),
        ),
        // a role whose complement names its domain with a capital: the determiner of the
        // role still speaks of the name after the domain
        (
            "La ministre de la Santé Claude Vernier a visité l'hôpital.",
            "Claude Vernier",
            F,
            Some(Agreement),
        ),
        (
            "Le secrétaire d'État Dominique Lenoir est arrivé hier.",
            "Dominique Lenoir",
            M,
            Some(Agreement),
        ),
        // a prize's laureate: the determiner tells, whatever the prize's own gender
        (
            "Elle a rencontré la prix Nobel de la paix Ama Kessou à Oslo.",
            "Ama Kessou",
            F,
            Some(Agreement),
        ),
        // a lower-case complement may be the name's own head: nothing is said of the name
        (
            "L'avocat de la famille Camille Gros a refusé de répondre.",
            "Camille Gros",
            X,
            None,
        ),
        // the name is the complement of the role, not in apposition to it
        (
            "La fille de Dominique Vasseur a témoigné.",
            "Dominique Vasseur",
            X,
            None,
        ),
    ]);
}

#[test]
fn an_age_in_apposition_lets_the_words_after_it_speak() {
    check(&[
        // a role after the age
        (
            "Camille Durand, 45 ans, infirmière à Lyon, a témoigné.",
            "Camille Durand",
            F,
            Some(Role),
        ),
        // the agreement of the predicate after the age
        (
            "Dominique Leroy, 52 ans, est arrivée hier.",
            "Dominique Leroy",
            F,
            Some(Agreement),
        ),
        (
            "Claude Martin, 30 ans, est mort hier.",
            "Claude Martin",
            M,
            Some(Agreement),
        ),
        // nothing after the age: nothing said
        ("Claude Martin, 30 ans.", "Claude Martin", X, None),
    ]);
}

#[test]
fn gendered_role_nouns_decide() {
    check(&[
        (
            "L'avocate Claude Durand a plaidé.",
            "Claude Durand",
            F,
            Some(Role),
        ),
        (
            "La chancelière allemande Dominique Vogel arrive.",
            "Dominique Vogel",
            F,
            Some(Role),
        ),
        (
            "Le président Camille Roux a parlé.",
            "Camille Roux",
            M,
            Some(Role),
        ),
        (
            "Claude Petit, avocat de la famille, a refusé.",
            "Claude Petit",
            M,
            Some(Role),
        ),
        (
            "Dominique Morel est directrice du musée.",
            "Dominique Morel",
            F,
            Some(Role),
        ),
        (
            "Camille Roux, haute-commissaire aux réfugiés, a parlé.",
            "Camille Roux",
            F,
            Some(Role),
        ),
    ]);
}

#[test]
fn determiners_before_epicene_roles_agree() {
    check(&[
        // a party noun is a role; an epicene one after another role lets that role speak
        (
            "La républicaine Camille Roux a perdu.",
            "Camille Roux",
            F,
            Some(Role),
        ),
        (
            "Le sénateur démocrate Camille Roux a été réélu.",
            "Camille Roux",
            M,
            Some(Role),
        ),
        (
            "La ministre Dominique Bertin a tranché.",
            "Dominique Bertin",
            F,
            Some(Agreement),
        ),
        (
            "Le porte-parole Camille Roux a démenti.",
            "Camille Roux",
            M,
            Some(Agreement),
        ),
        (
            "Camille Roux, la porte-parole du parti, a démenti.",
            "Camille Roux",
            F,
            Some(Agreement),
        ),
        // no determiner: an epicene role says nothing
        (
            "Camille Roux, porte-parole du parti, a démenti.",
            "Camille Roux",
            X,
            None,
        ),
    ]);
}

#[test]
fn participles_and_adjectives_agree_with_the_subject() {
    check(&[
        (
            "Dominique Lefort s'est dite satisfaite.",
            "Dominique Lefort",
            F,
            Some(Agreement),
        ),
        (
            "Dominique Lefort est né à Lyon en 1950.",
            "Dominique Lefort",
            M,
            Some(Agreement),
        ),
        (
            "Dominique Lefort a été élue en mars.",
            "Dominique Lefort",
            F,
            Some(Agreement),
        ),
        (
            "Dominique Lefort, née en 1950, dirige l'usine.",
            "Dominique Lefort",
            F,
            Some(Agreement),
        ),
        (
            "Camille Roux n'est pas convaincue.",
            "Camille Roux",
            F,
            Some(Agreement),
        ),
        (
            "Camille Roux est très inquiet.",
            "Camille Roux",
            M,
            Some(Agreement),
        ),
    ]);
}

#[test]
fn a_name_inside_a_complement_is_not_the_subject() {
    // the son is born, not Marie Dupont: the first name decides
    check(&[
        (
            "Le fils de Marie Dupont est né hier.",
            "Marie Dupont",
            F,
            Some(FirstName),
        ),
        (
            "Le mari de Camille Roux est arrivé.",
            "Camille Roux",
            X,
            None,
        ),
        // nor when role words stand between the preposition and the name
        (
            "La voix du ténor béninois Camille Roux est montée très haut.",
            "Camille Roux",
            X,
            None,
        ),
        // "et" between two role nouns is no coordination of the name
        (
            "Le comédien et humoriste Camille Roux est mort hier.",
            "Camille Roux",
            M,
            Some(Agreement),
        ),
        // a preposition inside a role before a determiner keeps the name as subject
        (
            "Le ministre de l'Intérieur Camille Roux est arrivée hier.",
            "Camille Roux",
            F,
            Some(Agreement),
        ),
    ]);
}

#[test]
fn quotation_pronouns_count_for_their_speaker() {
    let text = "« Nous irons », a-t-elle ajouté. Dominique Lefort dirige l'usine.";
    let mut a = article(text, &["Dominique Lefort"]);
    let q = a.text.find("Nous irons").unwrap();
    let p = a.text.find("-t-elle").unwrap();
    a.quotes.push(Quote {
        span: a.span(q, q + "Nous irons".len()),
        text: "Nous irons".into(),
        kind: QuoteKind::Direct,
        partial: false,
        cue: None,
        speaker: Some(Speaker {
            span: a.span(p, p + "-t-elle".len()),
            text: "-t-elle".into(),
            name: "Dominique Lefort".into(),
            role: None,
            kind: "person".into(),
            entity: Some("e1".into()),
            resolved: true,
        }),
        speaker_gender: None,
    });
    GenderTagger.annotate(&mut a);
    assert_eq!(a.entities[0].gender, Some(F));
    assert_eq!(a.entities[0].gender_evidence, Some(Agreement));
    assert_eq!(a.quotes[0].speaker_gender, Some(F));
}

#[test]
fn first_names_decide_only_when_clear() {
    check(&[
        (
            "Marie Curie a reçu le prix.",
            "Marie Curie",
            F,
            Some(FirstName),
        ),
        (
            "Jean Dupont a reçu le prix.",
            "Jean Dupont",
            M,
            Some(FirstName),
        ),
        (
            "Jean-Marc Ayrault a reçu le prix.",
            "Jean-Marc Ayrault",
            M,
            Some(FirstName),
        ),
        (
            "Fatoumata Maïga a reçu le prix.",
            "Fatoumata Maïga",
            F,
            Some(FirstName),
        ),
        (
            "Volodymyr Zelensky a reçu le prix.",
            "Volodymyr Zelensky",
            M,
            Some(FirstName),
        ),
        (
            "Kamala Harris a reçu le prix.",
            "Kamala Harris",
            F,
            Some(FirstName),
        ),
        // used for both sexes
        (
            "Dominique Strauss a reçu le prix.",
            "Dominique Strauss",
            X,
            None,
        ),
        (
            "Camille Pissarro a reçu le prix.",
            "Camille Pissarro",
            X,
            None,
        ),
        ("Claude Monet a reçu le prix.", "Claude Monet", X, None),
        // a family name first: the given name after it decides, or nothing
        (
            "Kim Jong-un a reçu le prix.",
            "Kim Jong-un",
            M,
            Some(FirstName),
        ),
        ("Kim Soo-ah a reçu le prix.", "Kim Soo-ah", X, None),
        // a surname alone, an initial: no first name to ask
        ("Lefort a reçu le prix.", "Lefort", X, None),
        ("B. Lefort a reçu le prix.", "B. Lefort", X, None),
    ]);
}

#[test]
fn a_single_word_is_a_given_name_only_when_common_and_of_one_sex() {
    check(&[
        // a player known by his given name alone, common among French boys
        (
            "Le club annonce le retour de Felipe en défense.",
            "Felipe",
            M,
            Some(FirstName),
        ),
        (
            "Le public a applaudi Adèle au festival.",
            "Adèle",
            F,
            Some(FirstName),
        ),
        // a surname that a few parents gave as a given name: not enough to tell
        ("Le public a applaudi Aubry au festival.", "Aubry", X, None),
        // common but given to both sexes
        (
            "Le public a applaudi Camille au festival.",
            "Camille",
            X,
            None,
        ),
        // a mononym the text contradicts: the text wins
        (
            "Mme Laurent a visité l'usine.",
            "Laurent",
            F,
            Some(Honorific),
        ),
    ]);
}

#[test]
fn no_person_gets_a_gender_the_text_contradicts() {
    // each sentence says the opposite of what the first name suggests: the text wins
    check(&[
        (
            "Mme Jean Lefort a visité l'usine.",
            "Jean Lefort",
            F,
            Some(Honorific),
        ),
        (
            "M. Marie Lefort a visité l'usine.",
            "Marie Lefort",
            M,
            Some(Honorific),
        ),
        (
            "L'avocat Marie Lefort a plaidé.",
            "Marie Lefort",
            M,
            Some(Role),
        ),
        (
            "La ministre Jean Lefort a tranché.",
            "Jean Lefort",
            F,
            Some(Agreement),
        ),
        (
            "Jean Lefort s'est dite satisfaite.",
            "Jean Lefort",
            F,
            Some(Agreement),
        ),
        (
            "Marie Lefort est né à Lyon.",
            "Marie Lefort",
            M,
            Some(Agreement),
        ),
    ]);
    // the text contradicts itself: say nothing
    check(&[(
        "Mme Lefort est venue. M. Lefort est venu aussi.",
        "Lefort",
        X,
        None,
    )]);
}

#[test]
fn only_persons_get_a_gender() {
    let mut a = article("La ministre Marie Lefort a reçu l'ONU.", &["Marie Lefort"]);
    let b = a.text.find("ONU").unwrap();
    a.entities.push(Entity {
        id: "e2".into(),
        name: "ONU".into(),
        kind: EntityType::ORG,
        mentions: vec![Mention {
            span: a.span(b, b + 3),
            text: "ONU".into(),
        }],
        gender: None,
        gender_evidence: None,
    });
    GenderTagger.annotate(&mut a);
    assert_eq!(a.entities[0].gender, Some(F));
    assert_eq!(a.entities[1].gender, None);
    assert_eq!(a.entities[1].gender_evidence, None);
}

fn quote_by(a: &mut Article, text: &str, speaker: &str, kind: &str, entity: Option<&str>) {
    let b = a.text.find(speaker).unwrap();
    let q = a.text.find(text).unwrap();
    a.quotes.push(Quote {
        span: a.span(q, q + text.len()),
        text: text.into(),
        kind: QuoteKind::Direct,
        partial: false,
        cue: None,
        speaker: Some(Speaker {
            span: a.span(b, b + speaker.len()),
            text: speaker.into(),
            name: speaker.into(),
            role: None,
            kind: kind.into(),
            entity: entity.map(Into::into),
            resolved: false,
        }),
        speaker_gender: None,
    });
}

#[test]
fn speakers_get_the_gender_of_their_person() {
    let text = "« Non », a dit Marie Lefort. « Oui », a dit Claude Roux. « Peut-être », a dit \
                la porte-parole. « Jamais », a dit Jean Petit. « Demain », a dit l'ONU.";
    let mut a = article(text, &["Marie Lefort", "Claude Roux"]);
    quote_by(&mut a, "Non", "Marie Lefort", "person", Some("e1"));
    quote_by(&mut a, "Oui", "Claude Roux", "person", Some("e2"));
    // persons the entity stage did not list: their words or first name
    quote_by(&mut a, "Peut-être", "la porte-parole", "person", None);
    quote_by(&mut a, "Jamais", "Jean Petit", "person", None);
    quote_by(&mut a, "Demain", "ONU", "organization", None);
    GenderTagger.annotate(&mut a);
    let got: Vec<_> = a.quotes.iter().map(|q| q.speaker_gender).collect();
    assert_eq!(got, [Some(F), None, Some(F), Some(M), None]);
}

#[test]
fn a_definite_role_at_the_head_of_the_next_sentence_takes_up_the_name() {
    check(&[
        (
            "C'est la remarque de Camille Fotso. La médaillée d'argent se plaint du traitement.",
            "Camille Fotso",
            F,
            Some(Agreement),
        ),
        (
            "Le public attendait Dominique Lefort. Le chanteur est arrivé en retard.",
            "Dominique Lefort",
            M,
            Some(Agreement),
        ),
        // the name does not end its sentence
        (
            "Camille Fotso est venue hier. La ministre a parlé.",
            "Camille Fotso",
            F,
            Some(Agreement),
        ),
        (
            "Camille Fotso a parlé hier. La ministre a répondu.",
            "Camille Fotso",
            X,
            None,
        ),
    ]);
    // a clear first name outweighs the coreference, which may be wrong
    assert_eq!(
        gender_of(
            "« Nous ferons appel », a répondu Jean Lefort. L'avocate de la famille ajoute un mot.",
            "Jean Lefort"
        ),
        (M, Some(FirstName))
    );
    // two persons in the sentence: the role may take up either; the role names someone else
    for (text, names) in [
        (
            "Jean Dupont a reçu Camille Fotso. La ministre a parlé la première.",
            ["Camille Fotso", "Jean Dupont"],
        ),
        (
            "On attendait Camille Fotso. La ministre Anne Roux a parlé la première.",
            ["Camille Fotso", "Anne Roux"],
        ),
    ] {
        assert_eq!(gender_among(text, &names), (X, None), "{text}");
    }
}
