//! Specification of the coder, one table per CAMEO family: a French sentence (written for
//! these tests), and the events it states as `root code actor1 > actor2`.

use super::EventCoder;
use depeche_article::{Article, Stage};

fn analyse(text: &str) -> Article {
    let mut a = Article::new(text.to_string());
    depeche_segment::Segmenter::french().annotate(&mut a);
    depeche_times::TimeTagger::french().annotate(&mut a);
    depeche_entities::EntityTagger::french().annotate(&mut a);
    depeche_places::PlaceResolver::french().annotate(&mut a);
    depeche_quotes::QuoteExtractor::french().annotate(&mut a);
    EventCoder::french().annotate(&mut a);
    a
}

/// `code actor1 > actor2` for each event (`-` for no actor2).
fn coded(text: &str) -> Vec<String> {
    analyse(text)
        .events
        .iter()
        .map(|e| {
            format!(
                "{} {} > {}",
                e.code,
                e.actor1.as_ref().map_or("-", |x| x.name.as_str()),
                e.actor2.as_ref().map_or("-", |x| x.name.as_str())
            )
        })
        .collect()
}

fn check(table: &[(&str, &[&str])]) {
    for (text, want) in table {
        let got = coded(text);
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn consult_visits_meetings_hosting() {
    check(&[
        (
            "Le Premier ministre japonais Fumio Kishida se rendra en Inde la semaine prochaine.",
            &["042 Fumio Kishida > Inde"],
        ),
        (
            "La chancelière Angela Merkel s'est entretenue avec Emmanuel Macron à Berlin.",
            &["040 Angela Merkel > Emmanuel Macron"],
        ),
        (
            "Le roi Felipe VI a reçu Joe Biden au palais royal.",
            &["043 Felipe VI > Joe Biden"],
        ),
        (
            "Joe Biden a été reçu par le roi Felipe VI à Madrid.",
            &["043 Felipe VI > Joe Biden"],
        ),
        (
            "La visite de Narendra Modi en France a commencé lundi.",
            &["042 Narendra Modi > France"],
        ),
    ]);
}

#[test]
fn diplomatic_cooperation_praise_and_agreements() {
    check(&[
        (
            "Le président ghanéen Nana Akufo-Addo a salué Emmanuel Macron pour son discours.",
            &["051 Nana Akufo-Addo > Emmanuel Macron"],
        ),
        (
            "Le Maroc a signé un accord de pêche avec l'Espagne.",
            &["057 Maroc > Espagne"],
        ),
        ("Le Maroc a signé un livre d'or.", &[]),
    ]);
}

#[test]
fn disapprove_reject_and_threaten() {
    check(&[
        (
            "Le ministre Antony Blinken a accusé la Chine de cyberattaques.",
            &["112 Antony Blinken > Chine"],
        ),
        ("Le Kremlin a dénoncé les sanctions.", &["111 Kremlin > -"]),
        (
            "La Turquie a menacé la Suède de bloquer son adhésion.",
            &["130 Turquie > Suède"],
        ),
        (
            "Le Parlement a rejeté le texte du gouvernement.",
            &["120 Parlement > gouvernement"],
        ),
    ]);
}

#[test]
fn negated_events_are_not_events() {
    check(&[
        ("La Turquie n'a pas menacé la Suède.", &[]),
        ("Fumio Kishida ne se rendra jamais en Inde.", &[]),
        ("Le Maroc a quitté la réunion sans accuser l'Espagne.", &[]),
        // other senses: no counterpart, or not as direct object
        ("Le chantier a dû tout arrêter en mai.", &[]),
        (
            "Le président Abdelaziz Bouteflika a reçu une cape brodée du Liban.",
            &[],
        ),
        ("La société accuse une baisse de ses ventes.", &[]),
    ]);
}

#[test]
fn protest_coerce_and_fight() {
    check(&[
        (
            "Les agriculteurs ont bloqué l'autoroute A7 près de Lyon.",
            &["144 agriculteurs > -"],
        ),
        (
            "La police a arrêté Jean Dupont à son domicile.",
            &["173 police > Jean Dupont"],
        ),
        (
            "L'armée israélienne a bombardé Gaza dans la nuit.",
            &["195 armée israélienne > État de Palestine"],
        ),
        (
            "L'arrestation de Jean Dupont par la police a surpris ses voisins.",
            &["173 police > Jean Dupont"],
        ),
    ]);
}

#[test]
fn capitals_and_institutions_stand_for_their_state() {
    let a = analyse("Moscou a accusé Washington d'ingérence. Le Kremlin a menacé Kiev.");
    let c: Vec<_> = a
        .events
        .iter()
        .map(|e| {
            (
                e.actor1.as_ref().and_then(|x| x.country.clone()),
                e.actor2.as_ref().and_then(|x| x.country.clone()),
            )
        })
        .collect();
    assert_eq!(
        c,
        [
            (Some("RU".into()), Some("US".into())),
            (Some("RU".into()), Some("UA".into()))
        ]
    );
}

#[test]
fn status_date_and_quotation() {
    let a = analyse(
        "Le dirigeant nord-coréen Kim Jong-un se rendra en Russie le 12 septembre 2023. \
         « Nous bloquerons les routes », a prévenu Pierre Martin, du syndicat agricole.",
    );
    let e = &a.events[0];
    assert_eq!(e.status, depeche_article::EventStatus::Planned);
    assert_eq!(e.date.as_deref(), Some("2023-09-12"));
    assert_eq!(
        e.actor1.as_ref().and_then(|x| x.country.as_deref()),
        Some("KP")
    );
    let b = a.events.iter().find(|e| e.code == "144").expect("blocade");
    assert_eq!(b.quote, Some(0));
    assert_eq!(
        b.actor1.as_ref().map(|x| x.name.as_str()),
        Some("Pierre Martin")
    );
}

#[test]
fn coordinated_subjects_appositions_and_participles() {
    check(&[
        (
            "La France et l'Allemagne ont condamné l'attaque contre Kiev.",
            &["111 France > -", "111 Allemagne > -"],
        ),
        (
            "Le Japon et la Chine se sont opposés lors du sommet.",
            &["110 Japon > Chine"],
        ),
        (
            "Jean Dupont, président du syndicat Force ouvrière, qui a dénoncé le Medef, était absent.",
            &["111 Jean Dupont > Medef"],
        ),
        (
            "Le Japon a signé un traité avec l'Inde, saluant l'Inde pour son ouverture.",
            &["057 Japon > Inde", "051 Japon > Inde"],
        ),
    ]);
}

/// CAMEO root 03: an actor saying it is willing to act (`prêt à`, `ouvert à`, `disposé à`)
/// states an intent, coded by what is intended (036 for a meeting or a negotiation), not the
/// act itself.
#[test]
fn intent_to_meet_or_negotiate() {
    check(&[
        (
            "Le syndicat Force ouvrière se dit prêt à négocier avec la ministre Agnès Pannier.",
            &["036 Force ouvrière > Agnès Pannier"],
        ),
        (
            "Le Maroc s'est déclaré ouvert à une rencontre avec l'Algérie.",
            &["036 Maroc > Algérie"],
        ),
        // the act itself stays an act
        (
            "Le Maroc a négocié avec l'Algérie.",
            &["046 Maroc > Algérie"],
        ),
    ]);
}

/// A noun's complement after an apposition that says who its first actor is: the apposition
/// between commas is skipped, however long.
#[test]
fn trial_after_a_long_apposition() {
    check(&[(
        "Le procès de Paul Lemaire, ancien directeur d'une mutuelle régionale accusé d'avoir \
         caché pendant des années les pertes de plusieurs fonds de ses adhérents, a commencé \
         lundi devant le tribunal correctionnel de Nantes.",
        &["173 tribunal correctionnel de Nantes > Paul Lemaire"],
    )]);
}

/// `nous` and `vous` after another subject are object clitics: the event is the subject's,
/// and a generic `on` (nobody in particular) states no event.
#[test]
fn object_clitics_are_not_subjects() {
    check(&[
        (
            "« On peut nous reprocher bien des lenteurs », a reconnu le maire Jean Dupont.",
            &[],
        ),
        (
            "« Ils nous ont critiqués sans raison », a regretté Marie Curie.",
            &["110 Marie Curie > -"],
        ),
    ]);
}

#[test]
fn judging_by_the_attribute_given() {
    check(&[
        // a harsh attribute is criticism (111), a kind one praise (051), a neutral one a
        // statement (not coded)
        (
            "Le syndicat Force ouvrière a jugé la réforme inacceptable.",
            &["111 Force ouvrière > -"],
        ),
        (
            "La Banque mondiale a jugé les réformes du Kenya encourageantes.",
            &["051 Banque mondiale > Kenya"],
        ),
        ("Le Medef a jugé la réforme nécessaire.", &[]),
        // a second reaction of the same actor in the sentence answers the same counterpart
        (
            "Le Medef a salué Élisabeth Borne, tout en jugeant le calendrier trop lent.",
            &["051 Medef > Élisabeth Borne", "111 Medef > Élisabeth Borne"],
        ),
        // the passive's agent judges
        (
            "Une décision jugée scandaleuse par Jean Dupont.",
            &["111 Jean Dupont > -"],
        ),
        (
            "Une mesure jugée « très inquiétante » par Jean Dupont.",
            &["111 Jean Dupont > -"],
        ),
    ]);
}

#[test]
fn reaction_without_target_answers_the_last_other_actor() {
    check(&[
        // no protagonist named twice: the last other actor before the reaction
        (
            "Le ministre Jean Dupont a présenté un plan jeudi. Un plan jugé insuffisant par Marie Durand.",
            &["111 Marie Durand > Jean Dupont"],
        ),
        // not the actor's own apposition (`X, porte-parole de Y`)
        (
            "Marie Durand, porte-parole de la Fédération nationale des transporteurs, a jugé le plan inacceptable.",
            &["111 Marie Durand > -"],
        ),
    ]);
}

#[test]
fn a_warning_is_a_threat_only_with_its_condition() {
    check(&[
        (
            "« Le mouvement durera si la direction ne recule pas », a prévenu la CGT.",
            &["130 CGT > -"],
        ),
        ("« La saison sera longue », a prévenu Jean Dupont.", &[]),
    ]);
}

#[test]
fn a_verbal_defence_without_whom_has_no_target() {
    check(&[
        (
            "Marie Durand a critiqué le budget. Le ministre Jean Dupont a défendu des choix difficiles.",
            &["111 Marie Durand > -", "052 Jean Dupont > -"],
        ),
    ]);
}

#[test]
fn a_conditional_future_of_the_speaker_is_a_threat() {
    check(&[
        (
            "« Nous reviendrons avec nos tracteurs s’il le faut », a déclaré Jean Dupont.",
            &["130 Jean Dupont > -"],
        ),
        (
            "Jean Dupont a écrit au ministre : « Il manque des lits. Sans cela, nous fermerons le service. »",
            &["130 Jean Dupont > -"],
        ),
        // no condition, a modal's future, or a negation: no threat
        (
            "« Nous reviendrons au printemps », a déclaré Jean Dupont.",
            &[],
        ),
        (
            "« Nous verrons si rien ne change », a déclaré Jean Dupont.",
            &[],
        ),
        (
            "« Nous ne reviendrons pas si rien ne change », a déclaré Jean Dupont.",
            &[],
        ),
    ]);
}

#[test]
fn paying_a_visit_and_protesting() {
    check(&[
        (
            "Emmanuel Macron a rendu visite à Olaf Scholz mardi.",
            &["042 Emmanuel Macron > Olaf Scholz"],
        ),
        (
            "Greenpeace a protesté contre TotalEnergies devant le siège du groupe.",
            &["140 Greenpeace > TotalEnergies"],
        ),
        // without its target, `protester` asserts
        ("Jean Dupont a protesté de sa bonne foi.", &[]),
    ]);
}

#[test]
fn a_subject_that_names_no_actor_is_not_replaced_by_an_earlier_one() {
    check(&[
        (
            "Pendant que Joe Biden parlait à Washington, des centaines de Tibétains manifestent contre la visite.",
            &[],
        ),
        (
            "Pendant que Joe Biden parlait à Washington, des centaines d'agriculteurs manifestent.",
            &["141 agriculteurs > -"],
        ),
    ]);
}

#[test]
fn a_visit_needs_the_place_visited() {
    check(&[
        ("Les soldats de l'armée syrienne se sont rendus mardi.", &[]),
        (
            "Le président Joe Biden se rendra au Japon.",
            &["042 Joe Biden > Japon"],
        ),
    ]);
}
