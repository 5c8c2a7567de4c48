//! Speakers found with every layer in place: the quotation stage reads the entity layer, so
//! these cases run the whole pipeline rather than the quotation stage alone.

use depeche_article::Article;
use depeche_pipeline::Pipeline;

fn analysed(text: &str) -> Article {
    let mut a = Article::new(text.to_string());
    Pipeline::new().run(&mut a);
    a
}

fn speakers(text: &str) -> Vec<(String, String)> {
    analysed(text)
        .quotes
        .iter()
        .map(|q| {
            (
                q.text.clone(),
                q.speaker.as_ref().map_or(String::new(), |s| s.name.clone()),
            )
        })
        .collect()
}

#[test]
fn a_capitalised_sentence_opener_that_is_no_entity_is_not_the_speaker() {
    // "Indépendant" opens the sentence with a capital only because it opens it
    let got = speakers(
        "Titre\n\nMichael Bloomberg a annoncé son soutien jeudi. Indépendant depuis 2007, le maire de New York prend peu de risque : « Les sites de paris voient en Obama le favori. »",
    );
    assert_eq!(
        got,
        vec![(
            "Les sites de paris voient en Obama le favori.".to_string(),
            "maire de New York".to_string()
        )]
    );
}

#[test]
fn a_name_opening_a_sentence_before_its_apposition_still_speaks() {
    let got = speakers(
        "Titre\n\nLa Commission a salué l'accord. Barroso, le président de la Commission, se dit « particulièrement rassuré ».",
    );
    assert_eq!(
        got,
        vec![(
            "particulièrement rassuré".to_string(),
            "Barroso".to_string()
        )]
    );
}

#[test]
fn a_gerund_after_a_plain_verb_is_said_by_the_person_opening_the_sentence() {
    let got = speakers(
        "Titre\n\nLe ministre de l'Intérieur, Manuel Valls, apportait son soutien à Arnaud Montebourg sur Europe 1, en affirmant que « le nucléaire est une filière d'avenir ».",
    );
    assert_eq!(
        got,
        vec![(
            "le nucléaire est une filière d'avenir".to_string(),
            "Manuel Valls".to_string()
        )]
    );
}

#[test]
fn a_clause_after_the_source_is_what_is_reported_not_an_apposition() {
    // "le ministre apportait ..." starts with a title but is a clause: it stays in what
    // Jean Morel is reported to have said
    let got = speakers(
        "Titre\n\nSelon Jean Morel, le ministre apportait son soutien au projet, en affirmant que « le nucléaire est une filière d'avenir ».",
    );
    assert!(
        got.iter()
            .any(|(q, who)| q.starts_with("le ministre apportait") && who == "Jean Morel"),
        "{got:?}"
    );
}

#[test]
fn words_in_marks_are_the_person_opening_the_sentence() {
    // no reporting verb: the words in marks are those of the person the sentence is about
    let got = speakers(
        "Titre\n\nLe député Pierre Morel veut « retrouver le sens de l'action publique ».",
    );
    assert_eq!(
        got,
        vec![(
            "retrouver le sens de l'action publique".to_string(),
            "Pierre Morel".to_string()
        )]
    );
    // the subject of the clause before the marks says them, not the person opening the sentence
    let got = speakers(
        "Titre\n\nMarie Lenoir a été honorée lorsque le maire Paul Roux l'a nommée « citoyenne d'honneur de la ville et du canton ».",
    );
    assert_eq!(
        got,
        vec![(
            "citoyenne d'honneur de la ville et du canton".to_string(),
            "Paul Roux".to_string()
        )]
    );
    // not when the sentence opens with something else, nor for a title in marks
    assert!(speakers("Titre\n\nLa salle était « pleine à craquer dès huit heures ».").is_empty());
    assert!(
        speakers("Titre\n\nLe député Pierre Morel a vu « La Grande Vadrouille » hier soir.")
            .is_empty()
    );
}

#[test]
fn a_speaker_is_named_by_its_entitys_fullest_form() {
    // an acronym, a role glued before the name, a nationality before it: the record names the
    // speaker as the entity stage names it, so one speaker has one name in every quotation
    let got = speakers(
        "Titre\n\nL'association Secours Populaire Lyonnais (SPL) publie un rapport. « La faim progresse », affirme le SPL. \
         Le directeur du site de Lyon Marc Aubertin a précisé que les stocks baissaient. \
         De l'avis de l'Allemande Greta Hansen, la langue française est une exigence.",
    );
    let names: Vec<&str> = got.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Secours Populaire Lyonnais",
            "Marc Aubertin",
            "Greta Hansen"
        ],
        "{got:?}"
    );
}

#[test]
fn an_institution_taken_up_by_its_kind_of_noun_speaks_under_its_name() {
    // introduced with a noun of its kind, the institution is what `l'ONG` or `le groupe`
    // names later; an institution introduced without one is not guessed
    let got = speakers(
        "Titre\n\nL'ONG Terre Vive publie un rapport sur les forêts. « La déforestation s'accélère », \
         affirme l'ONG. Le groupe Vallorin a répondu mardi. Selon le groupe, les coupes sont légales.",
    );
    let names: Vec<&str> = got.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["Terre Vive", "Vallorin"], "{got:?}");
    let got = speakers(
        "Titre\n\nTerre Vive publie un rapport. « La déforestation s'accélère », affirme l'ONG.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, "ONG", "{got:?}");
}

#[test]
fn a_role_whose_complement_is_a_person_is_not_that_person() {
    // the lawyer of Paul Roux speaks, not Paul Roux; a minister named after the complement of
    // the ministry is the minister
    let got = speakers(
        "Titre\n\nPaul Roux a été entendu. L'avocat de Paul Roux a déclaré que son client était innocent. Le ministre de l'Intérieur Jean Lenoir a déclaré que l'enquête continuait.",
    );
    assert_eq!(
        got,
        vec![
            (
                "son client était innocent".to_string(),
                "avocat de Paul Roux".to_string()
            ),
            (
                "l'enquête continuait".to_string(),
                "Jean Lenoir".to_string()
            ),
        ]
    );
}

#[test]
fn an_institution_whose_name_runs_on_in_lower_case_speaks_under_its_whole_name() {
    // the capitalised run stops at "des comptes", which the entity stage keeps in the name of
    // the institution: the speaker is that institution, not its first word
    let got = speakers(
        "Titre\n\nLe rapport de la Cour des comptes pointe « des dépenses publiques mal contrôlées dans trois ministères ».",
    );
    assert_eq!(
        got,
        vec![(
            "des dépenses publiques mal contrôlées dans trois ministères".to_string(),
            "Cour des comptes".to_string()
        )]
    );
}

#[test]
fn initials_before_a_surname_stay_in_the_speakers_name() {
    // the entity stage may keep only the surname; the article names the person with initials
    let got = speakers(
        "Titre\n\nLa grève continue. M.-A. Berthier, porte-parole des contrôleurs, a dénoncé « un mépris total ».",
    );
    assert_eq!(
        got,
        vec![("un mépris total".to_string(), "M.-A. Berthier".to_string())]
    );
}

#[test]
fn a_surname_before_a_colon_speaks_in_an_exchange_written_as_a_transcript() {
    // each line of the exchange is its own speaker's, not the previous line's
    let got = speakers(
        "Titre\n\nLe soir, sur le plateau, Hugo Lemaire et Claire Vasseur ont croisé le fer.\n\nLemaire : « Votre plan ruinera les communes rurales. »\n\nVasseur : « Vous n'avez jamais chiffré le vôtre. »",
    );
    assert_eq!(
        got,
        vec![
            (
                "Votre plan ruinera les communes rurales.".to_string(),
                "Hugo Lemaire".to_string()
            ),
            (
                "Vous n'avez jamais chiffré le vôtre.".to_string(),
                "Claire Vasseur".to_string()
            ),
        ]
    );
}

#[test]
fn a_title_and_its_complement_right_before_a_name_are_the_persons_role() {
    // "la ministre de la Culture Claire X" with no comma: a later "la ministre" is Claire X
    let got = speakers(
        "Titre\n\nLa ministre de la Culture Claire Vasseur a visité le chantier lundi. Le préfet Alain Perrot était aussi présent.\n\nLa ministre a jugé le projet « utile mais bien tardif ».",
    );
    assert_eq!(
        got,
        vec![(
            "utile mais bien tardif".to_string(),
            "Claire Vasseur".to_string()
        )]
    );
}

#[test]
fn a_title_of_two_words_before_its_complement_stays_whole() {
    // "le délégué général des Vosges X": the role is "délégué général des Vosges", so a later
    // "le délégué général" is X (the role was cut to "général des Vosges")
    let got = speakers(
        "Titre\n\nLe délégué général des Vosges Pierre Vallin a inauguré l'usine. Le préfet Alain Perrot était aussi présent.\n\nLe délégué général a jugé le projet « essentiel pour la vallée ».",
    );
    assert_eq!(
        got,
        vec![(
            "essentiel pour la vallée".to_string(),
            "Pierre Vallin".to_string()
        )]
    );
}

#[test]
fn a_clause_after_a_name_and_its_comma_is_no_apposition() {
    // "Sur son compte Facebook, le club a annoncé": the club speaks, and Facebook holds no
    // role of "club" that a later "le club" would take up
    let got = speakers(
        "Titre\n\nLe match est reporté.\n\nSur son compte Facebook, le club a annoncé que le stade fermait.\n\nDans un communiqué, le club a précisé que les billets seraient remboursés.",
    );
    assert_eq!(
        got,
        vec![
            ("le stade fermait".to_string(), "club".to_string()),
            (
                "les billets seraient remboursés".to_string(),
                "club".to_string()
            ),
        ]
    );
}

#[test]
fn a_participle_after_its_auxiliary_is_no_role() {
    // "a prévenu Paul Roux": prévenu is the verb, not the title (a defendant); a later "le
    // prévenu" is the defendant named before, not the man who warned
    let got = speakers(
        "Titre\n\nLe prévenu, Marc Dubois, est arrivé à l'audience. « Le verdict sera lourd », a prévenu Paul Roux, avocat de la partie civile.\n\nLe prévenu a répondu : « Je suis innocent. »",
    );
    assert_eq!(
        got,
        vec![
            ("Le verdict sera lourd".to_string(), "Paul Roux".to_string()),
            ("Je suis innocent.".to_string(), "Marc Dubois".to_string()),
        ]
    );
}

#[test]
fn a_phrase_of_time_after_an_inverted_subject_is_no_role() {
    // "avait prévenu Anne Martin la veille": the eve is when, not what she is
    let mut a = Article::new(
        "Titre\n\n« Nous resterons vigilants », avait prévenu Anne Martin la veille.".to_string(),
    );
    Pipeline::new().run(&mut a);
    let roles: Vec<Option<String>> = a
        .quotes
        .iter()
        .map(|q| q.speaker.as_ref().and_then(|s| s.role.clone()))
        .collect();
    assert_eq!(roles, vec![None]);
}

#[test]
fn a_person_named_in_a_fronted_phrase_is_not_the_pronoun_after_it() {
    // the mayor is who the paragraph is about; the prefect is named inside the phrase that
    // opens the pronoun's sentence, and a pronoun does not take up such a name
    let got = speakers(
        "Titre\n\nLe maire Paul Roy était présent. Déçu par le choix du préfet Marc Henri, il a déclaré que la commune ferait appel.",
    );
    assert_eq!(
        got,
        vec![(
            "la commune ferait appel".to_string(),
            "Paul Roy".to_string()
        )]
    );
}

#[test]
fn a_description_by_occupation_takes_up_the_person_named_before() {
    // no one is named "universitaire": the description takes up the professor named before
    let got = speakers(
        "Titre\n\nJean Roux, professeur à Lyon, a étudié la question. « Les digues ne suffiront pas », résume l'universitaire.",
    );
    assert_eq!(
        got,
        vec![(
            "Les digues ne suffiront pas".to_string(),
            "Jean Roux".to_string()
        )]
    );
    // ... but an office has its own holder, often not named yet
    let got = speakers(
        "Titre\n\nJean Roux, professeur à Lyon, a étudié la question. « Les digues ne suffiront pas », répond le maire.",
    );
    assert_eq!(
        got,
        vec![(
            "Les digues ne suffiront pas".to_string(),
            "maire".to_string()
        )]
    );
}

#[test]
fn a_description_does_not_take_up_the_person_the_story_is_about() {
    // the injured man is named bare, by no occupation: the doctor is someone else
    let got = speakers(
        "Titre\n\nPaul Roy a été blessé dans l'accident. « Il a eu beaucoup de chance », explique le médecin.",
    );
    assert_eq!(
        got,
        vec![(
            "Il a eu beaucoup de chance".to_string(),
            "médecin".to_string()
        )]
    );
}

#[test]
fn a_pronoun_after_a_fronted_phrase_takes_its_person_when_no_one_else_agrees() {
    // the mayor is a man; the only woman named is in the fronted phrase
    let got = speakers(
        "Titre\n\nLe maire Paul Roy était présent. Après sa rencontre avec la ministre Anne Colin, elle a déclaré que le dossier avançait.",
    );
    assert_eq!(
        got,
        vec![("le dossier avançait".to_string(), "Anne Colin".to_string())]
    );
}

#[test]
fn a_title_in_apposition_after_a_verb_is_the_role_of_the_name_after_it() {
    // "a reçu le maire, Jean Rivet": the role is the title before the comma, not the clause
    let got = speakers(
        "Titre\n\nLa ministre Anne Colin a rencontré la préfète, Claire Morvan. La préfète a ensuite annoncé que le pont serait fermé.",
    );
    assert_eq!(
        got,
        vec![(
            "le pont serait fermé".to_string(),
            "Claire Morvan".to_string()
        )]
    );
}

#[test]
fn a_title_in_a_fronted_phrase_is_no_role_of_the_subject() {
    // "Après avoir rencontré le ministre, X a affirmé": X is no minister
    let roles: Vec<Option<String>> = analysed(
        "Titre\n\nAprès avoir rencontré le ministre, Jean Rivet a affirmé que rien n'était réglé.",
    )
    .quotes
    .iter()
    .map(|q| q.speaker.as_ref().and_then(|s| s.role.clone()))
    .collect();
    assert_eq!(roles, vec![None]);
}

#[test]
fn a_name_someone_goes_by_in_marks_is_no_quotation() {
    // "se faire appeler « … »" gives a name, not words said (the sentence opens with the
    // person, which otherwise makes words in marks theirs); a verb of judgment still quotes
    let got = speakers(
        "Titre\n\nLe pasteur Jean Morel se fait appeler « le prophète de l'Amérique » par ses fidèles.",
    );
    assert_eq!(got, vec![]);
    let got = speakers(
        "Titre\n\nLe pasteur Jean Morel a qualifié le projet de « véritable désastre pour toute la commune ».",
    );
    assert_eq!(
        got,
        vec![(
            "véritable désastre pour toute la commune".to_string(),
            "Jean Morel".to_string()
        )]
    );
}

#[test]
fn a_quotation_standing_alone_after_a_sentence_about_a_person_is_theirs() {
    // opening the next paragraph, after a verb that reports nothing
    let got = speakers(
        "Titre\n\nLe docteur Paul Roux ne mâche pas ses mots.\n\n« C'est une décision comptable. On sacrifie la sécurité des mères. »",
    );
    assert_eq!(
        got,
        vec![(
            "C'est une décision comptable. On sacrifie la sécurité des mères.".to_string(),
            "Paul Roux".to_string()
        )]
    );
    // in the same paragraph, after a person named first whatever the verb
    let got = speakers(
        "Titre\n\nMarie Colin, 34 ans, habite le quartier depuis dix ans. « Avant, on se connaissait tous. Aujourd'hui, je ne connais plus mes voisins. »",
    );
    assert_eq!(
        got,
        vec![(
            "Avant, on se connaissait tous. Aujourd'hui, je ne connais plus mes voisins."
                .to_string(),
            "Marie Colin".to_string()
        )]
    );
}

/// A circumstance opening the sentence before a quotation that stands alone, closed by its
/// comma, leaves the person named after it the subject who speaks.
#[test]
fn a_fronted_circumstance_leaves_the_person_after_it_the_speaker() {
    let got = speakers(
        "Titre\n\nDans un entretien, Paul Roux revient sur sa défaite. « J'ai commis des erreurs. »",
    );
    assert_eq!(
        got,
        vec![(
            "J'ai commis des erreurs.".to_string(),
            "Paul Roux".to_string()
        )]
    );
}

#[test]
fn a_pronoun_opening_its_sentence_takes_up_the_person_the_sentence_before_opened_with() {
    // whatever the verb there, which no list knows ("effectuera")
    let got = speakers(
        "Titre\n\nPaul Roux effectuera lundi une visite à Brionne au côté du député Marc Tissier. Il a déclaré que la visite serait utile.",
    );
    assert_eq!(
        got,
        vec![(
            "la visite serait utile".to_string(),
            "Paul Roux".to_string()
        )]
    );
    // ... nor the person of an absolute phrase opening it
    let got = speakers(
        "Titre\n\nPaul Roux parti, le député Marc Tissier reste seul en lice. Il a déclaré que la campagne serait rude.",
    );
    assert_eq!(
        got,
        vec![(
            "la campagne serait rude".to_string(),
            "Marc Tissier".to_string()
        )]
    );
    // ... but not a person who is a noun's complement there
    let got = speakers(
        "Titre\n\nLa décision de Paul Roux de fermer l'usine a été annoncée hier par le préfet Marc Tissier. Il a déclaré que la décision était définitive.",
    );
    assert_eq!(
        got,
        vec![(
            "la décision était définitive".to_string(),
            "Marc Tissier".to_string()
        )]
    );
}

#[test]
fn a_document_about_something_speaks_for_the_body_named_after_it() {
    // what the report is about runs to its first name; the body named after it by its title
    // is the author
    let got = speakers(
        "Titre\n\nUn rapport sur Verlac de la Cour des comptes affirme que la dette explose.",
    );
    assert_eq!(
        got,
        vec![(
            "la dette explose".to_string(),
            "Cour des comptes".to_string()
        )]
    );
}

#[test]
fn a_nationality_before_the_name_in_an_inverted_apposition_stands_as_a_title() {
    // the speaker is the person the nationality introduces, not a name in the role's
    // complement
    let got = speakers(
        "Titre\n\n« Le signal est là », a affirmé la porte-parole de l'expérience Atlas, l'Italienne Chiara Valdoni.",
    );
    assert_eq!(
        got,
        vec![("Le signal est là".to_string(), "Chiara Valdoni".to_string())]
    );
}

#[test]
fn an_acronym_in_brackets_inside_a_long_subject_is_no_end_of_it() {
    // the relative clause after the bracket describes the body, whose verb comes after it
    let got = speakers(
        "Titre\n\nL'Union des vignerons du Morvan (UVM), dont les membres manifestent depuis mars, a estimé que la récolte était perdue.",
    );
    assert_eq!(
        got,
        vec![(
            "la récolte était perdue".to_string(),
            "Union des vignerons du Morvan".to_string()
        )]
    );
}

/// A person named by one word, whose gender only the indefinite article of the apposition
/// after the name's comma tells, is the "il" of the next quotation, not an earlier man.
#[test]
fn an_apposition_with_an_indefinite_article_gives_the_gender_of_a_one_word_name() {
    let got = speakers(
        "Titre\n\nLe préfet Paul Roux a parlé. Assis sur un sac, Hamidou, un Malien de 30 ans, regarde les tentes. « Nous reviendrons demain », dit-il.",
    );
    assert_eq!(
        got,
        vec![("Nous reviendrons demain".to_string(), "Hamidou".to_string())]
    );
}

/// The interviewee is a person for the entity layer: an organisation of two capitalised
/// words before her name in the introduction ("à l'association Wikimédia Suisse") is not.
#[test]
fn the_interviewee_is_a_person_of_the_entity_layer() {
    let got = speakers(
        "Titre\n\nDes milliers de photographes participent au concours. Bénévole à l'association Photo Libre Genève, Aline Perrier coordonne l'édition suisse. Elle a répondu à nos questions.\n\nQ : Comment est né ce concours ?\n\nR : Il est né aux Pays-Bas en 2010.\n\nQ : Combien de photos ?\n\nR : Plus de 20 000 cette année.",
    );
    assert_eq!(
        got,
        vec![
            (
                "Il est né aux Pays-Bas en 2010.".to_string(),
                "Aline Perrier".to_string()
            ),
            (
                "Plus de 20 000 cette année.".to_string(),
                "Aline Perrier".to_string()
            ),
        ]
    );
}

/// A speaker's gender comes from a first name the short list lacks too, by the births in
/// France as the gender stage reads it: the pronoun of the next quotation takes up the man
/// just named (`Dieudonné X`), not a man named in the sentence before him.
#[test]
fn a_pronoun_takes_up_a_man_named_by_a_rarer_first_name() {
    let got = speakers(
        "Titre\n\nLe duo formé par Hortense Roux et Vincent Morel a fait une large place aux artistes africains. L'auteur congolais Dieudonné Kalamba présentera dès lundi, au cloître des Carmes, un monologue écrit à Brazzaville. « Le théâtre voyage sans passeport », confie-t-il.",
    );
    assert_eq!(
        got,
        vec![(
            "Le théâtre voyage sans passeport".to_string(),
            "Dieudonné Kalamba".to_string()
        )]
    );
}

/// A body's name with no article to tell its gender (elided, or none) is taken up by an
/// inverted pronoun of either gender; a place's is not (the pronoun is then someone's).
#[test]
fn an_inverted_pronoun_takes_up_a_body_named_without_a_gendered_article() {
    let got =
        speakers("Titre\n\nL'Arvec a suspendu trois licences de pêche, a-t-elle confirmé mardi.");
    assert_eq!(
        got,
        vec![(
            "L'Arvec a suspendu trois licences de pêche".to_string(),
            "Arvec".to_string()
        )]
    );
    let got = speakers(
        "Titre\n\nSelon la porte-parole du ministère, Clara Venn, le régime « n'a rien promis ». Washington n'exclut pas de nouvelles sanctions, a-t-elle indiqué.",
    );
    assert_eq!(
        got.last(),
        Some(&(
            "Washington n'exclut pas de nouvelles sanctions".to_string(),
            "Clara Venn".to_string()
        ))
    );
}

/// A long official name read whole by the entity stage is the subject a pronoun takes up and
/// the speaker's name, not the words after its last "et" nor its first two capitalised words.
#[test]
fn a_long_official_name_is_the_antecedent_and_the_name_of_the_speaker() {
    let got = speakers(
        "Titre\n\nLa Haute Autorité pour la sûreté des barrages et la protection des rivières (Hasbar) a ordonné la vidange du lac, a-t-elle annoncé lundi.",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0].1,
        "Haute Autorité pour la sûreté des barrages et la protection des rivières"
    );
}

/// A chain of sentences opened by the same pronoun, whatever their verb, goes back to the
/// person they are about, not to the last man named in them.
#[test]
fn a_chain_of_sentences_opened_by_a_pronoun_leads_back_to_its_person() {
    let got = speakers(
        "Titre\n\nYann Kervella rejoint en 1948 l'atelier de Paul Vidal à Paris. Il y côtoie de jeunes peintres, mais repart en 1953. « Paris m'a appris à regarder », aimait-il dire.",
    );
    assert_eq!(
        got,
        vec![(
            "Paris m'a appris à regarder".to_string(),
            "Yann Kervella".to_string()
        )]
    );
}

/// A body's name that the entity stage found, set in marks by typography, is no quotation
/// (`a déclaré dans « Le Monde » que`): the statement after "que" is.
#[test]
fn a_body_s_name_in_marks_is_no_quotation() {
    let got = speakers(
        "Titre\n\nLe ministre Paul Roux a déclaré dans « Le Monde » que tout allait bien.",
    );
    assert_eq!(
        got,
        vec![("tout allait bien".to_string(), "Paul Roux".to_string())]
    );
}

/// An inverted pronoun closing a statement whose own subject is no body takes up the body
/// that was the previous sentence's subject, named in full.
#[test]
fn an_inverted_pronoun_after_a_plain_subject_takes_up_the_body_before() {
    let got = speakers(
        "Titre\n\nLa Haute Autorité de santé a publié un avis. Le vaccin est efficace, a-t-elle conclu.",
    );
    assert_eq!(
        got,
        vec![(
            "Le vaccin est efficace".to_string(),
            "Haute Autorité de santé".to_string()
        )]
    );
    let got =
        speakers("Titre\n\nL'Arvec a publié un rapport. Les prix ont baissé, a-t-elle indiqué.");
    assert_eq!(
        got,
        vec![("Les prix ont baissé".to_string(), "Arvec".to_string())]
    );
}
