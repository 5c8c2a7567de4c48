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
            // (whom the condition names is the one threatened)
            "« Le mouvement durera si la direction ne recule pas », a prévenu la CGT.",
            &["130 CGT > direction"],
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

#[test]
fn consult_talk_travel_and_mediate() {
    check(&[
        (
            "Le ministre Paul Lemaire a dialogué avec les syndicats pendant deux heures.",
            &["040 Paul Lemaire > syndicats"],
        ),
        (
            "La présidente Anne Roussel s'est concertée avec le maire de Lille.",
            &["040 Anne Roussel > maire de Lille"],
        ),
        (
            "Le chancelier Olaf Scholz se déplacera au Portugal en mai.",
            &["042 Olaf Scholz > Portugal"],
        ),
        // `échanger` a thing is not a talk
        ("Les deux clubs ont échangé leurs maillots.", &[]),
    ]);
}

#[test]
fn thank_endorse_apologise() {
    check(&[
        (
            "Le Premier ministre Jean Castex a remercié le maire de Lille.",
            &["051 Jean Castex > maire de Lille"],
        ),
        (
            "Le Portugal soutient l'Irlande dans ce dossier.",
            &["051 Portugal > Irlande"],
        ),
        // `soutenir que` asserts
        ("Jean Dupont soutient que le budget est sincère.", &[]),
        (
            "Le maire Paul Lemaire s'est excusé auprès des habitants.",
            &["055 Paul Lemaire > habitants"],
        ),
    ]);
}

#[test]
fn aid_yield_and_demand() {
    check(&[
        (
            "La France finance le Sénégal depuis dix ans.",
            &["071 France > Sénégal"],
        ),
        (
            "Le Canada a levé les sanctions contre le Venezuela.",
            &["085 Canada > Venezuela"],
        ),
        (
            "L'OTAN prévoit de retirer ses troupes du Kosovo en 2030.",
            &["087 OTAN > -"],
        ),
        (
            "L'armée française ne va pas retirer ses troupes du Mali.",
            &[],
        ),
        (
            "La Turquie a relâché Jean Dupont après dix jours.",
            &["0841 Turquie > Jean Dupont"],
        ),
        (
            "Le juge a enjoint au ministère de publier les chiffres.",
            &["100 juge > ministère"],
        ),
    ]);
}

#[test]
fn criticise_accuse_sue_and_veto() {
    check(&[
        (
            "La Cour des comptes a épinglé la mairie de Nice.",
            &["111 Cour des comptes > mairie de Nice"],
        ),
        ("Le rapport met en cause le préfet du Var.", &[]),
        (
            "L'association Anticor a porté plainte contre Jean Dupont.",
            &["115 Anticor > Jean Dupont"],
        ),
        (
            "La Russie a opposé son veto à la résolution.",
            &["129 Russie > -"],
        ),
    ]);
}

#[test]
fn protest_strike_suspend_and_detain() {
    check(&[
        (
            "Les enseignants ont défilé contre la réforme à Rennes.",
            &["141 enseignants > -"],
        ),
        ("Les cheminots ont débrayé mardi.", &["143 cheminots > -"]),
        (
            "Le Niger a suspendu sa coopération avec la France.",
            &["160 Niger > France"],
        ),
        (
            "La Chine détient Jean Dupont depuis mars.",
            &["173 Chine > Jean Dupont"],
        ),
        // `détenir` a thing is not a detention
        ("La Chine détient un record de production.", &[]),
    ]);
}

#[test]
fn abduct_assault_and_fire() {
    check(&[
        ("Des hommes armés ont enlevé Jean Dupont au Mali.", &[]),
        (
            "Les rebelles ont enlevé Jean Dupont près de Gao.",
            &["181 rebelles > Jean Dupont"],
        ),
        (
            "L'armée a tiré sur les manifestants.",
            &["190 armée > manifestants"],
        ),
        // `tirer` a lesson is not shooting
        ("L'armée a tiré les leçons de la crise.", &[]),
    ]);
}

#[test]
fn reacting_to_a_coded_act_answers_its_actors() {
    check(&[(
        "La CGT et Force ouvrière ont débrayé lundi. Le ministre Paul Lemaire a dénoncé ce matin une grève injustifiée.",
        &[
            "143 CGT > -",
            "143 Force ouvrière > -",
            "111 Paul Lemaire > CGT",
            "111 Paul Lemaire > Force ouvrière",
        ],
    )]);
}

#[test]
fn a_first_person_future_of_a_multiword_verb_keeps_its_words() {
    // `prendre en otage` does not make a bare `je prendrai` an abduction
    check(&[("« Demain, je prendrai le train », a dit Marie Durand.", &[])]);
}

#[test]
fn an_investigation_without_target_is_about_the_person_of_the_article() {
    check(&[
        (
            "L'homme d'affaires Marc Delorme est soupçonné de fraude fiscale. Marc Delorme nie tout. Le parquet de Nice a ouvert une enquête.",
            &["090 parquet de Nice > Marc Delorme"],
        ),
        // a fire has no suspect: the investigation has no target
        (
            "Un incendie a détruit un entrepôt à Brest. Les pompiers de Brest sont restés sur place. Le parquet de Brest a ouvert une enquête.",
            &["090 parquet de Brest > -"],
        ),
    ]);
}

#[test]
fn a_demonstrative_subject_is_the_last_actor_named() {
    check(&[
        (
            "La Cour des comptes a publié un rapport sur le département du Gard. Celle-ci juge la situation budgétaire du département « saine ».",
            &["051 Cour des comptes > -"],
        ),
        (
            "Les ministres ont rencontré les représentants des agriculteurs. Ceux-ci ont rejeté les propositions du gouvernement.",
            &["120 agriculteurs > gouvernement"],
        ),
    ]);
}

#[test]
fn a_protest_for_a_reaction_is_aimed_at_its_target() {
    check(&[
        (
            "Des centaines d'agriculteurs ont bloqué l'autoroute A7 pour dénoncer la politique agricole de la Commission européenne.",
            &[
                "144 agriculteurs > Commission européenne",
                "111 agriculteurs > Commission européenne",
            ],
        ),
        (
            "Les éleveurs ont dénoncé l'accord commercial entre l'Union européenne et le Canada.",
            &["111 éleveurs > Union européenne"],
        ),
    ]);
}

#[test]
fn a_part_of_an_organisation_counts_for_it_as_protagonist() {
    check(&[(
        "Grève chez Air France\n\nLes syndicats de pilotes ont appelé à cesser le travail vendredi. La direction générale d'Air France conteste les chiffres des syndicats.",
        &[
            "143 syndicats > Air France",
            "120 direction générale d'Air France > syndicats",
        ],
    )]);
}

#[test]
fn an_attribute_may_follow_a_long_object() {
    check(&[(
        "Le syndicat a jugé la réforme des retraites du gouvernement « injuste ».",
        &["111 syndicat > gouvernement"],
    )]);
}

#[test]
fn lexicon_by_cameo_class_fourth_round() {
    check(&[
        // 05 praise or endorse
        (
            "La chancelière allemande s'est félicitée de la décision de la Pologne.",
            &["051 chancelière allemande > Pologne"],
        ),
        // 06 material cooperation
        (
            "Renault va collaborer avec Nissan sur les batteries.",
            &["060 Renault > Nissan"],
        ),
        (
            "Le groupe LVMH a investi dans la société Mistral.",
            &["061 LVMH > Mistral"],
        ),
        (
            "La collaboration entre la France et l'Italie se renforce.",
            &["060 France > Italie"],
        ),
        // 07 aid, 08 yield
        (
            "Le gouvernement japonais a envoyé des secours aux Philippines.",
            &["070 gouvernement japonais > Philippines"],
        ),
        (
            "Le gouvernement français a cédé aux syndicats.",
            &["080 gouvernement français > syndicats"],
        ),
        (
            "La trêve entre Israël et le Hamas a tenu.",
            &["0871 Israël > Hamas"],
        ),
        // 11 disapprove, complain, sue
        (
            "Le syndicat Force ouvrière a dénigré la direction de Renault.",
            &["111 Force ouvrière > direction de Renault"],
        ),
        (
            "L'opposition s'insurge contre le gouvernement.",
            &["111 opposition > gouvernement"],
        ),
        (
            "Le ministre a accueilli la proposition de la Commission européenne avec scepticisme.",
            &["110 ministre > Commission européenne"],
        ),
        (
            "La Pologne s'est plainte auprès de la Commission européenne.",
            &["114 Pologne > Commission européenne"],
        ),
        (
            "L'association a poursuivi en justice la société Lactalis.",
            &["115 association > Lactalis"],
        ),
        // 12 reject
        (
            "Le gouvernement français a repoussé les propositions de la CGT.",
            &["120 gouvernement français > CGT"],
        ),
        (
            "Le Hamas a balayé les accusations d'Israël.",
            &["120 Hamas > Israël"],
        ),
        // 13 threaten
        (
            "Washington a lancé un ultimatum à Téhéran.",
            &["139 États-Unis > Iran"],
        ),
        // 14 protest
        (
            "Des milliers d'étudiants se sont rassemblés contre le gouvernement à Paris.",
            &["141 étudiants > gouvernement"],
        ),
        (
            "Des milliers d'infirmières protestent contre la réforme du gouvernement.",
            &["140 infirmières > gouvernement"],
        ),
        // 16 reduce relations
        (
            "L'Iran a interrompu les négociations avec les États-Unis.",
            &["164 Iran > États-Unis"],
        ),
        // 17 coerce
        (
            "La police a placé en garde à vue Jean Dupont.",
            &["173 police > Jean Dupont"],
        ),
        (
            "Le régime iranien a réprimé les manifestants.",
            &["175 régime iranien > manifestants"],
        ),
        (
            "La Russie a déporté Ivan Petrov.",
            &["174 Russie > Ivan Petrov"],
        ),
        // 18 assault
        (
            "Jean Dupont a poignardé un policier à Marseille.",
            &["182 Jean Dupont > policier"],
        ),
    ]);
}

#[test]
fn a_noun_in_ment_that_names_an_actor_is_no_adverb() {
    check(&[(
        "Réforme des retraites\n\nLe gouvernement a rejeté lundi les propositions des syndicats.",
        &["120 gouvernement > syndicats"],
    )]);
}

#[test]
fn a_sense_marked_by_its_words_comes_first() {
    check(&[
        (
            "Le président brésilien Lula a accueilli Emmanuel Macron à Brasília.",
            &["043 Lula > Emmanuel Macron"],
        ),
        (
            "Le président brésilien Lula a accueilli les excuses d'Emmanuel Macron avec froideur.",
            &["110 Lula > Emmanuel Macron"],
        ),
    ]);
}

#[test]
fn a_fundraising_is_its_investors_cooperating_with_whom_raises() {
    check(&[
        (
            "La start-up lyonnaise Hexatec a annoncé jeudi une levée de fonds de 10 millions d'euros menée par Partech et Kima Ventures, avec la participation de Bpifrance.",
            &[
                "061 Partech > Hexatec",
                "061 Kima Ventures > Hexatec",
                "061 Bpifrance > Hexatec",
            ],
        ),
        (
            "Le groupe Hexatec a bouclé une levée de fonds de 5 millions d'euros auprès de la banque Natixis.",
            &["061 Natixis > Hexatec"],
        ),
        // no investor named, or not done: no event
        ("La société Hexatec prépare une levée de fonds.", &[]),
        (
            "Le groupe Hexatec n'a pas réalisé de levée de fonds auprès d'Eurazeo.",
            &[],
        ),
    ]);
}

#[test]
fn an_inverted_subject_is_not_the_counterpart() {
    check(&[(
        "Conflit social chez Transdev\n\nLa direction de Transdev refuse toute hausse des salaires. Les dépôts resteront fermés si aucune négociation n'est ouverte, a prévenu Force ouvrière.",
        &["130 Force ouvrière > Transdev"],
    )]);
}

#[test]
fn the_town_alone_is_the_municipality_of_the_article() {
    check(&[
        (
            "À Nantes, le budget adopté\n\nLe conseil municipal de Nantes a voté son budget lundi. La Cour des comptes juge la gestion de la ville « exemplaire ».",
            &["051 Cour des comptes > Nantes"],
        ),
        // another town than the article's is none
        (
            "Les habitants de Nantes ont critiqué la commune voisine.",
            &["111 habitants de Nantes > -"],
        ),
    ]);
}

#[test]
fn asylum_and_indignation_need_their_counterpart() {
    check(&[
        (
            "Le Mexique a accordé l'asile à Evo Morales.",
            &["075 Mexique > Evo Morales"],
        ),
        // an indignation with no one named is a mood, not a criticism of someone
        ("Un public nombreux s'est indigné à Lyon samedi.", &[]),
        (
            "Le maire de Lyon s'est indigné contre la préfecture.",
            &["111 maire de Lyon > préfecture"],
        ),
    ]);
}

#[test]
fn the_defendant_is_the_person_of_the_trial() {
    check(&[
        (
            "Fraude fiscale à Nantes\n\nLe procès de Paul Martin, ancien comptable, s'est ouvert lundi devant le tribunal correctionnel de Nantes. Le prévenu rejette les accusations du parquet.",
            &[
                "173 tribunal correctionnel de Nantes > Paul Martin",
                "120 Paul Martin > parquet",
                "112 parquet > Paul Martin",
            ],
        ),
        // no trial, arrest or investigation before: the role stays a role
        (
            "Vol à Lille\n\nLe suspect a critiqué la police de Lille.",
            &["111 suspect > police de Lille"],
        ),
    ]);
}

#[test]
fn sentences_treaties_refusals_and_killings() {
    check(&[
        // a sentence to prison is legal action (17), a condemnation of acts a criticism (11)
        (
            "Le tribunal correctionnel de Lyon a condamné Paul Martin à deux ans de prison.",
            &["173 tribunal correctionnel de Lyon > Paul Martin"],
        ),
        (
            "Le ministre Paul Martin a condamné les violences contre la police.",
            &["111 Paul Martin > -"],
        ),
        (
            "Le Parlement du Kenya a ratifié l'accord avec l'Ouganda.",
            &["057 Parlement du Kenya > Ouganda"],
        ),
        (
            "Le gouvernement allemand a opposé une fin de non-recevoir à la Grèce.",
            &["120 gouvernement allemand > Grèce"],
        ),
        (
            "Paul Martin a tué Jean Dupont à Lyon.",
            &["1823 Paul Martin > Jean Dupont"],
        ),
    ]);
}

#[test]
fn statements_coded_by_what_they_say() {
    check(&[
        // the speaker's own negated future of a cooperative act is a rejection (12)
        (
            "« Nous ne financerons pas ce programme », a affirmé Viktor Orbán.",
            &["121 Viktor Orbán > -"],
        ),
        (
            "« Je ne céderai jamais », a assuré le Premier ministre espagnol Pedro Sánchez.",
            &["124 Pedro Sánchez > -"],
        ),
        // a negated modal is no refusal of anything coded, nor a verb whose object is no
        // actor
        ("« Nous ne pouvons pas tout faire », a reconnu Viktor Orbán.", &[]),
        (
            "« Nous ne rencontrerons pas de difficulté », a assuré Viktor Orbán.",
            &[],
        ),
        // a wrongdoing done to the speaker by another actor is an accusation (112)
        (
            "« J'ai été trompé par la banque Crédit Mutuel », a affirmé Paul Martin.",
            &["1121 Paul Martin > Crédit Mutuel"],
        ),
        (
            "« Le gouvernement nous a menti », a estimé Sophie Binet.",
            &["112 Sophie Binet > gouvernement"],
        ),
        // a failing of another actor is a criticism (111), in an indirect statement too
        (
            "Sophie Binet estime que la direction de Renault a négligé les alertes des salariés.",
            &["111 Sophie Binet > direction de Renault"],
        ),
        // a wrongdoing denied of a third person is a verbal defence of that person (052)
        (
            "Escroquerie à Nantes\n\nLe procès de Paul Girard s'est ouvert devant le tribunal correctionnel de Nantes. « Mon client n'a jamais voulu escroquer personne », a déclaré son avocat, Me Luc Bernard.",
            &[
                "173 tribunal correctionnel de Nantes > Paul Girard",
                "052 Luc Bernard > Paul Girard",
            ],
        ),
        // a rule stated in general blames no one, nor an impersonal `il`
        ("« Il est interdit de tromper les clients », a rappelé Paul Martin.", &[]),
        (
            "Paul Martin est arrivé lundi. « Il ne faut pas négliger les risques », a-t-il ajouté.",
            &[],
        ),
        // a dismissive attribute criticises the act reported just before, and its actor
        (
            "Le ministère de la Santé a annoncé l'envoi de médecins militaires. « C'est une mascarade », estime Marie Durand, infirmière à Brest.",
            &[
                "070 ministère de la Santé > -",
                "111 Marie Durand > ministère de la Santé",
            ],
        ),
        // no act reported before it, or the attribute denied: nothing
        ("« C'est un gâchis », raconte Marie Durand.", &[]),
        (
            "Le ministère de la Santé a annoncé l'envoi de médecins militaires. « Ce n'est pas une erreur », estime Marie Durand.",
            &["070 ministère de la Santé > -"],
        ),
        // an accusation stated by its cue without a target is aimed at whom the words blame
        (
            "« Le gouvernement nous a menti », accuse Sophie Binet.",
            &["112 Sophie Binet > gouvernement"],
        ),
        // a negated act without talks promises the talks: intent to negotiate (036)
        (
            "« Aucune fermeture ne sera décidée sans concertation », a assuré la ministre de la Santé, Catherine Vautrin.",
            &["036 Catherine Vautrin > -"],
        ),
    ]);
}

#[test]
fn a_seat_hosts_for_its_holder_and_a_delegation_is_the_protesters() {
    check(&[
        (
            "Colère des pêcheurs à Brest\n\nDes centaines de pêcheurs ont manifesté samedi devant le port de Brest. Une délégation a été reçue à la préfecture. Le préfet du Finistère a promis une aide.",
            &[
                "141 pêcheurs > -",
                "043 préfet du Finistère > pêcheurs",
                "030 préfet du Finistère > -",
            ],
        ),
        // no holder named: the seat itself; no protest before: the delegation itself
        (
            "Visite à Nantes\n\nUne délégation a été reçue à la mairie de Nantes mardi.",
            &["043 mairie de Nantes > délégation"],
        ),
    ]);
}

#[test]
fn a_meeting_that_brings_together_and_a_named_group() {
    check(&[
        (
            "Conflit chez Airbus\n\nLes syndicats Force ouvrière et CFDT ont appelé à la grève chez Airbus. Une rencontre réunira lundi la direction d'Airbus et les syndicats.",
            &[
                "040 direction d'Airbus > Force ouvrière",
                "040 direction d'Airbus > CFDT",
            ],
        ),
    ]);
}

#[test]
fn a_club_receiving_another_plays_a_match() {
    check(&[
        (
            "Football\n\nL'Olympique de Marseille reçoit le Stade rennais dimanche.",
            &[],
        ),
        (
            "Diplomatie\n\nLe roi Felipe VI a reçu Joe Biden au palais royal.",
            &["043 Felipe VI > Joe Biden"],
        ),
    ]);
}
