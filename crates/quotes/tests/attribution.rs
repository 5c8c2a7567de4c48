//! The quotation stage's specification: small French texts and the quotations, kinds and
//! speakers a journalist would expect. Texts are original; each line shows one construction.

mod common;

use common::{quotes, Case};
use depeche_article::QuoteKind;
use QuoteKind::{Direct as D, Indirect as I};

const CASES: &[Case] = &[
    // words in marks after a verb that reports nothing are the words of the clause's subject
    // when it is a pronoun or a person's role standing for someone named before
    (
        "Titre\n\nLéa Garnier a pris la parole au conseil. Elle refuse « toute hausse des impôts locaux cette année ».",
        &[("toute hausse des impôts locaux cette année", D, "Léa Garnier")],
    ),
    (
        "Titre\n\nLe débat a duré deux heures. Au conseil, le député rejette « le fatalisme et la résignation ».",
        &[("le fatalisme et la résignation", D, "député")],
    ),
    (
        "Titre\n\nLe président du conseil départemental a rejeté « une proposition indigne des enjeux ».",
        &[("une proposition indigne des enjeux", D, "président du conseil départemental")],
    ),
    // only right after the verb (or its preposition): marks further into the predicate hold
    // a term or a name
    (
        "Titre\n\nLe maire veut lutter contre les « marchands de sommeil » qui louent des taudis.",
        &[],
    ),
    (
        "Titre\n\nLa ministre veut assouplir le dispositif « zéro artificialisation nette ».",
        &[],
    ),
    // not a subordinate's pronoun, which may stand for things
    (
        "Titre\n\nLes usines ferment. Le patronat s'inquiète, car elles partiront « vers des pays aux charges plus légères ».",
        &[],
    ),
    // "ce dernier" after an inverted verb is the subject: the last person named
    (
        "Titre\n\nAnne Roux a félicité Paul Durand. « Il a été remarquable », a-t-elle dit. « Merci », a répondu ce dernier.",
        &[
            ("Il a été remarquable", D, "Anne Roux"),
            ("Merci", D, "Paul Durand"),
        ],
    ),
    // a role named only later in the article resolves to the person named in it then
    (
        "Titre\n\n« Nous aiderons les éleveurs », a promis la ministre de l'Agriculture. Anne Roux, ministre de l'Agriculture, était à Rennes lundi.",
        &[("Nous aiderons les éleveurs", D, "Anne Roux")],
    ),
    // a pronoun opening its sentence takes up the institution that was the previous
    // sentence's subject, not a person named earlier
    (
        "Titre\n\nLa syndicaliste Marie Dupont dénonce des fermetures. La direction de la banque conteste ces chiffres. Selon elle, aucune agence n'a fermé.",
        &[("aucune agence n'a fermé", I, "direction de la banque")],
    ),
    // so does one opening its clause after a fronted phrase of circumstance
    (
        "Titre\n\nLe porte-parole, Paul Garnier, a parlé. La Commission électorale a indiqué qu'elle publierait les résultats mardi. Dans un communiqué, elle a appelé les partis à « la retenue ».",
        &[
            ("elle publierait les résultats mardi", I, "Commission électorale"),
            ("la retenue", D, "Commission électorale"),
        ],
    ),
    // speaker before, with a colon
    (
        "Titre\n\nLe ministre de l'Intérieur, Paul Garnier, a déclaré : « Nous ne céderons pas. »",
        &[("Nous ne céderons pas.", D, "Paul Garnier")],
    ),
    // inverted cue with a clitic, resolved to the last man named
    (
        "Titre\n\nMarc Dubois a pris la parole. « Le projet est mort », a-t-il lancé.",
        &[("Le projet est mort", D, "Marc Dubois")],
    ),
    // gender picks the right person
    (
        "Titre\n\nMme Sophie Martin et M. Alain Roux ont débattu. « Je maintiens ma position », a-t-elle répondu.",
        &[("Je maintiens ma position", D, "Sophie Martin")],
    ),
    // an institution after the verb
    ("Titre\n\n« Les travaux reprendront en mai », ajoute le communiqué.", &[("Les travaux reprendront en mai", D, "communiqué")]),
    // addressee skipped: "explique à l'AFP X"
    (
        "Titre\n\n« Nous sommes épuisés », explique à l'AFP Julie Morel, infirmière.",
        &[("Nous sommes épuisés", D, "Julie Morel")],
    ),
    // "alors que" / "tandis que" open an adverbial clause: nothing is reported there
    (
        "Titre\n\n« Il faut tout mettre à l'abri », soupirait Anne Roy alors que les pompiers arrivaient.",
        &[("Il faut tout mettre à l'abri", D, "Anne Roy")],
    ),
    (
        "Titre\n\nLa mairie engageait des travaux tandis que les pompiers organisaient des rondes.",
        &[],
    ),
    // a left-dislocated subject speaks through its pronoun: "Quant au X, il a estimé que"
    (
        "Titre\n\nPaul Henri a parlé le premier. Quant au chef du syndicat, il a estimé que l'accord serait caduc.",
        &[("l'accord serait caduc", I, "chef du syndicat")],
    ),
    // "Lequel" at the start of a sentence takes up the last speaker
    (
        "Titre\n\n« Le réseau est ancien », explique Marc Weber, ingénieur. Lequel s'empresse de préciser que la ville n'est pas seule.",
        &[
            ("Le réseau est ancien", D, "Marc Weber"),
            ("la ville n'est pas seule", I, "Marc Weber"),
        ],
    ),
    // the pronoun after a quotation that ends a clause stands for that clause's subject
    (
        "Titre\n\nLe travailliste David Mitzna a rompu avec Ariel Sharon. Mitzna a accusé Sharon d'avoir tout fait échouer : « Il a préféré les colons », a-t-il dit.",
        &[
            ("avoir tout fait échouer", I, "David Mitzna"),
            ("Il a préféré les colons", D, "David Mitzna"),
        ],
    ),
    // ... unless the genders disagree
    (
        "Titre\n\nLe ministre Paul Vidal a reçu Marie Dupont : « Merci pour tout », a-t-elle dit.",
        &[("Merci pour tout", D, "Marie Dupont")],
    ),
    // indirect speech with que
    (
        "Titre\n\nLe maire de Nantes, Jean Lebrun, a affirmé que la piscine rouvrirait en juin.",
        &[("la piscine rouvrirait en juin", I, "Jean Lebrun")],
    ),
    // selon, at the start and at the end
    (
        "Titre\n\nSelon le quotidien Le Monde, le texte sera voté mardi.",
        &[("le texte sera voté mardi", I, "Le Monde")],
    ),
    (
        "Titre\n\nLe texte sera voté mardi, d'après la préfecture.",
        &[("Le texte sera voté mardi", I, "préfecture")],
    ),
    // a sentence closed by an inverted cue, without marks
    (
        "Titre\n\nLa grève pourrait durer jusqu'à vendredi, a prévenu SUD-Rail.",
        &[("La grève pourrait durer jusqu'à vendredi", I, "SUD-Rail")],
    ),
    // role anaphora: "la maire" is the mayor named before
    (
        "Titre\n\nLa maire, Claire Dupuis, a présenté le budget. « Il est sincère », a poursuivi la maire.",
        &[("Il est sincère", D, "Claire Dupuis")],
    ),
    // a partial quote inside the journalist's sentence, speaker from the verb before
    ("Titre\n\nLa procureure Anne Roche a dénoncé un « système » organisé.", &[("système", D, "Anne Roche")]),
    // scare quotes and titles of works have no speaker: not reported
    ("Titre\n\nUne situation qualifiée de « hors norme » par endroits.", &[]),
    ("Titre\n\nL'opéra « La Nuit des marées » sera joué samedi.", &[]),
    // a quotation over two paragraphs is one quote
    (
        "Titre\n\nLe docteur Yves Caron a déclaré : « Nous manquons de bras.\n\n« Et de lits. »",
        &[("Nous manquons de bras.\n\n« Et de lits.", D, "Yves Caron")],
    ),
    // nested quotes stay inside the outer one
    (
        "Titre\n\n« Il m'a dit “jamais”, et je l'ai cru », a raconté Louise Vidal.",
        &[("Il m'a dit “jamais”, et je l'ai cru", D, "Louise Vidal")],
    ),
    // impersonal "on" speaks for the institution named beside it
    ("Titre\n\n« Rien n'est décidé », indique-t-on à l'Élysée.", &[("Rien n'est décidé", D, "Élysée")]),
    // a subject clitic after a fronted participle phrase is the whole subject
    (
        "Titre\n\nLe skipper Marc Lebrun a renoncé. Arrivé à minuit, il a annoncé son abandon en raison « d'une avarie de quille ».",
        &[("d'une avarie de quille", D, "Marc Lebrun")],
    ),
    // an incise between the subject and its verb is skipped
    (
        "Titre\n\nLe maire, Paul Garnier, même sous la pression des riverains, fait savoir qu'il maintient le projet.",
        &[("il maintient le projet", I, "Paul Garnier")],
    ),
    // roles joined by "et" describe one person; "que :" announces a direct quotation only
    (
        "Titre\n\nJeanne Morel, responsable du collectif et porte-parole des familles, précise que : « Rien n'a changé. »",
        &[("Rien n'a changé.", D, "Jeanne Morel")],
    ),
    // the last speaker is the next "il" even when a man was named before with a known gender
    (
        // (an office, "le maire", is someone else than the researcher named before; a
        // description, "l'universitaire", would take him up)
        "Titre\n\nLe chercheur Paul Roux a parlé.\n\n« Les résultats sont nets », résume le maire. « Le premier mâle meurt avant », a-t-il précisé.",
        &[("Les résultats sont nets", D, "maire"), ("Le premier mâle meurt avant", D, "maire")],
    ),
    // an adjective before the role of an apposition; "qui a déclaré" takes the antecedent,
    // not the subject of the main clause
    (
        "Titre\n\nMichel Guay, jeune appelé et témoin de la scène, raconte : « J'étais dans une 2 CV. »",
        &[("J'étais dans une 2 CV.", D, "Michel Guay")],
    ),
    (
        "Titre\n\nLe premier ministre Jean Morel s'est entretenu avec Paul Garnier, le ministre de l'Industrie, qui a déclaré que le plan était refusé.",
        &[("le plan était refusé", I, "Paul Garnier")],
    ),
    // the dash after a dateline does not open what was said
    (
        "Titre\n\n1er novembre 2012. - Trois personnes sont mortes dans la nuit, a indiqué la police.",
        &[("Trois personnes sont mortes dans la nuit", I, "police")],
    ),
    // an inverted cue right after the closing mark, without a comma; an initial in the name
    (
        "Titre\n\n« Nous promettons le changement » a déclaré V. Sapounov à Moscou.",
        &[("Nous promettons le changement", D, "V. Sapounov")],
    ),
    // object clitics before the verb are not part of the subject
    (
        "Titre\n\nLes chercheurs en ont conclu que les insectes mutés se reproduisent.",
        &[("les insectes mutés se reproduisent", I, "chercheurs")],
    ),
    // a participle incise naming someone else is skipped, its agent is not the speaker
    (
        "Titre\n\nPaul Garnier, interrogé par le ministre Jean Morel, a déclaré que le plan était refusé.",
        &[("le plan était refusé", I, "Paul Garnier")],
    ),
    // a title in marks before a verb with its object is no quotation with a speaker
    (
        "Titre\n\n« Libération » rappelle le ministre de l'Intérieur à ses devoirs.",
        &[],
    ),
    // the source's apposition belongs to the source, not to what is reported
    (
        "Titre\n\nSelon la fédération des banques, Febelfin, le montant est plus faible.",
        &[("le montant est plus faible", I, "Febelfin")],
    ),
    // a source and its apposition before a quotation in marks
    (
        "Titre\n\nD'après le ministre du budget, Jérôme Cahuzac, « il y a bien une ardoise cachée ».",
        &[("il y a bien une ardoise cachée", D, "Jérôme Cahuzac")],
    ),
    // a source with its apposition closing the sentence
    (
        "Titre\n\nLe métro n'avait jamais connu un pareil désastre, selon Joseph J. Lhota, le président de la MTA.",
        &[("Le métro n'avait jamais connu un pareil désastre", I, "Joseph J. Lhota")],
    ),
    // a name after a verb of wish in a `comme` clause is only compared with: the next
    // pronoun and the quotation it introduces stay with the subject before
    (
        "Titre\n\nLe député Paul Vernier a présenté son programme hier. Il défend une réforme du travail comme le réclame Luc Moreau. Ses priorités, il les énumère sans détour : « Nous devons agir vite et réformer l'impôt. »",
        &[("Nous devons agir vite et réformer l'impôt.", D, "Paul Vernier")],
    ),
    // a role under a demonstrative determiner takes up the person just shown, not someone new
    (
        "Titre\n\nRéveillée par le bruit, Sophie Garnier est sortie dans la rue : « J'ai vu la fumée par la fenêtre », raconte cette voisine, retraitée depuis peu.",
        &[("J'ai vu la fumée par la fenêtre", D, "Sophie Garnier")],
    ),
    // one role of two different bodies: two different people
    (
        "Titre\n\n« Nous attendons des garanties », a déclaré un responsable de la préfecture. « Les délais seront tenus », a assuré un responsable de la région.",
        &[
            ("Nous attendons des garanties", D, "responsable de la préfecture"),
            ("Les délais seront tenus", D, "responsable de la région"),
        ],
    ),
    // a counted group whose members' body is named at length is still the subject a later
    // "ils" takes up
    (
        "Titre\n\nUne vingtaine de militants du syndicat des cheminots CGT ont bloqué l'entrée du dépôt. « Nous ne lâcherons rien », ont-ils lancé.",
        &[("Nous ne lâcherons rien", D, "militants du syndicat des cheminots CGT")],
    ),
    // the previous sentence's subject, a name of no known gender, is what "il" takes up,
    // not a man of known gender named further back
    (
        "Titre\n\nLe juge Paul Martin a ouvert le procès.\nAnton Wrezik a été condamné hier à dix ans de prison. Il a reconnu avoir fourni des armes.",
        &[("avoir fourni des armes", I, "Anton Wrezik")],
    ),
    // a digest of dispatches: the dash after a run-in headline opens the text, the subject
    // after it speaks
    (
        "Titre\n\nBrenner tend la main. - Le ministre allemand Karl Brenner s'est dit prêt à dialoguer avec l'opposition.",
        &[("prêt à dialoguer avec l'opposition", I, "Karl Brenner")],
    ),
    // a que-clause inside an indirect statement is part of what its speaker said: one
    // statement, not two
    (
        "Titre\n\nLa saison touristique a mal commencé. Mais les hôteliers espèrent que le festival attirera des visiteurs, a indiqué jeudi la ministre du Tourisme, Claire Dumas.",
        &[("Mais les hôteliers espèrent que le festival attirera des visiteurs", I, "Claire Dumas")],
    ),
    // a person in apposition to "pour" and a country stands for it: what follows is said of
    // that person, by no one
    (
        "Titre\n\nPour la Suède, Lars Holm, ministre sortant, pourrait garder son poste. Pour la Norvège, Erik Berg.",
        &[],
    ),
    // a quotation set apart in a parenthesis has the cue inside it; the que-clause before the
    // parenthesis ends there
    (
        "Titre\n\nLa préfète du Var, Hélène Garcin, n'a pas exclu que le port ferme cet hiver (« aucune piste n'est écartée », a-t-elle dit).",
        &[
            ("le port ferme cet hiver", I, "Hélène Garcin"),
            ("aucune piste n'est écartée", D, "Hélène Garcin"),
        ],
    ),
    // a source inside a parenthesis speaks for the quotation in it, not for the clause before
    (
        "Titre\n\nLa fédération a nié tout accord avec le club (« personne ne nous a contactés », selon son président).",
        &[("personne ne nous a contactés", D, "président")],
    ),
    // a source alone in its parenthesis makes no empty statement: it reports the clause
    // before the bracket
    (
        "Titre\n\nLe trafic a baissé de 3 % (« une année noire », selon la direction). Les ventes de billets reculent (selon la direction).",
        &[
            ("une année noire", D, "direction"),
            ("Les ventes de billets reculent", I, "direction"),
        ],
    ),
    // a negated verb before its que-clause has its subject before it: it is no inverted cue
    // closing the words before its comma
    (
        "Titre\n\nLes élus restent divisés. Le syndicat, qui réclame des hausses, ne souhaite pas que la Direction générale ferme le site.",
        &[("la Direction générale ferme le site", I, "syndicat")],
    ),
    // after "Pour X,", a determined title with no name is the subject of an opinion, even
    // when the lexicon misses its verb; with a name it is a list of who stands for whom
    (
        "Titre\n\nLe syndicat dénonce une mascarade. Pour lui, la direction joue la montre.",
        &[("la direction joue la montre", I, "syndicat")],
    ),
    (
        "Titre\n\nPour la Grèce, la députée socialiste Anna Kostas. Pour Malte, le ministre George Vella.",
        &[],
    ),
    // ... the list names its people first, or a title after an adjective ("l'ancienne
    // ministre"); after a person's name, a verbless phrase of names is that person's view
    (
        "Titre\n\nPour la Finlande, Aino Virtanen et Mikko Laine, commissaire sortant. Pour la Suède, l'ancienne ministre de la Culture Karin Berg.",
        &[],
    ),
    (
        "Titre\n\nPour Paul Roux, Lyon et Lille, même combat.",
        &[("Lyon et Lille, même combat", I, "Paul Roux")],
    ),
    // (only persons listed, then at most a title: a body's verbless view stays one)
    (
        "Titre\n\nPour la CGT, Verlac et Tissot, même combat.",
        &[("Verlac et Tissot, même combat", I, "CGT")],
    ),
    (
        "Titre\n\nPour la CGT, l'ancien ministre a trahi ses électeurs.",
        &[("l'ancien ministre a trahi ses électeurs", I, "CGT")],
    ),
    // a title as the attribute of a copula after a name is that person's role, which a later
    // role phrase takes up
    (
        "Titre\n\nPaul Ravel est député de la Somme depuis 2017.\n\nSur son blog, le député a écrit : « La honte. »",
        &[("La honte.", D, "Paul Ravel")],
    ),
    // a newspaper's headline is its words ("titrait le quotidien X"); a work's title after
    // the participle "titré" is no one's
    (
        "Titre\n\nLa presse salue la victoire.\n\n« La guerre est finie », titrait lundi le quotidien Libération.\n\nLe film, titré « Les Ombres », sort mercredi.",
        &[("La guerre est finie", D, "Libération")],
    ),
    // the impersonal "on" of news had from someone: "a-t-on appris auprès de X" names X
    (
        "Titre\n\nDeux hommes ont été interpellés, a-t-on appris auprès du parquet de Lille.",
        &[("Deux hommes ont été interpellés", I, "parquet de Lille")],
    ),
    // a determiner and a noun right after the verb take "que" as their relative pronoun: no
    // reported clause; a phrase of time there is an adjunct, and a verb telling a person
    // something takes that person as its object before "que"
    (
        "Titre\n\nLe ministre a rappelé les engagements que le gouvernement a pris devant les élus.\n\nLe ministre a annoncé la semaine dernière que les impôts baisseraient.\n\nLa présidente a prévenu les élus que le budget serait serré.",
        &[
            ("les impôts baisseraient", I, "ministre"),
            ("le budget serait serré", I, "présidente"),
        ],
    ),
    // a long adjunct opened by a preposition and closed by a time word between the verb and
    // its "que"; after a noun, "que" may be a relative and is left alone
    (
        "Titre\n\nPaul Ravel a déclaré à l'issue d'une longue réunion avec les représentants syndicaux lundi soir que le plan serait maintenu.\n\nAnne Bray a parlé pendant la réunion avec les élus que le maire avait invités.",
        &[("le plan serait maintenu", I, "Paul Ravel")],
    ),
];

#[test]
fn quotations_and_speakers_follow_the_specification() {
    for (text, want) in CASES {
        let got = quotes(text);
        let want: Vec<(String, QuoteKind, String)> = want
            .iter()
            .map(|&(q, k, s)| (q.to_string(), k, s.to_string()))
            .collect();
        assert_eq!(got, want, "\ntext: {text:?}");
    }
}

#[test]
fn interview_answers_belong_to_the_interviewee_and_questions_are_not_quotes() {
    let text = "« La glace recule »\n\nGlaciologue, Ana Ruiz mesure les glaciers depuis vingt ans.\n\nQ : Quel bilan ?\n\nR : Il est mauvais.\n\nQ : Et demain ?\n\nR : Pire encore.";
    let got = quotes(text);
    let texts: Vec<&str> = got.iter().map(|q| q.0.as_str()).collect();
    assert!(
        texts.contains(&"Il est mauvais.") && texts.contains(&"Pire encore."),
        "{got:?}"
    );
    assert!(
        !texts.iter().any(|t| t.contains("bilan")),
        "a question was reported: {got:?}"
    );
    assert!(
        got.iter()
            .filter(|q| q.0.starts_with("Il est") || q.0.starts_with("Pire"))
            .all(|q| q.2 == "Ana Ruiz"),
        "{got:?}"
    );
}

/// The interviewee is who the paragraph before the first question names last, as its
/// introduction ends on them, not a name in a title quoting their words or an earlier person
/// the introduction speaks of.
#[test]
fn the_interviewee_is_named_by_the_paragraph_before_the_first_question() {
    let text = "« Le Pays Vert a voté dans le calme »\n\nJean Mollard a été proclamé vainqueur de l'élection. Son rival, Paul Ostry, conteste. Anne Keita, politologue à l'université de Lomé, analyse le scrutin.\n\nQ : Est-ce un soulagement ?\n\nR : Immense, tout le monde craignait des violences.\n\nQ : Et la suite ?\n\nR : Le recours sera rejeté.";
    let got = quotes(text);
    let answers: Vec<_> = got
        .iter()
        .filter(|q| q.0.starts_with("Immense") || q.0.starts_with("Le recours"))
        .collect();
    assert_eq!(answers.len(), 2, "{got:?}");
    assert!(answers.iter().all(|q| q.2 == "Anne Keita"), "{got:?}");
}

/// The introduction's last sentence names someone else after a pronoun or a verb (`Nous
/// l'avons rencontrée avec son éditeur Y`): the interviewee is the paragraph's first person.
#[test]
fn a_person_named_after_the_verb_of_the_introduction_is_not_the_interviewee() {
    let text = "Titre\n\nL'écrivaine Marie Lenoir publie un roman. Nous l'avons rencontrée avec son éditeur Paul Girard.\n\nQ : Pourquoi ce livre ?\n\nR : Par nécessité.\n\nQ : Et après ?\n\nR : Un autre roman.";
    let got = quotes(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|q| q.2 == "Marie Lenoir"), "{got:?}");
}

/// A person governed by a preposition in the introduction (`Entraînée par Y`) is not its
/// subject: the interviewee is the person the paragraph is about.
#[test]
fn a_person_after_a_preposition_in_the_introduction_is_not_the_interviewee() {
    let text = "Titre\n\nLa joueuse Lucie Marnier s'est imposée lundi face à Ana Petrescu. Entraînée depuis 2011 par Hervé Bastide, elle affrontera mercredi Katrin Vogel.\n\nQ : Vous y attendiez-vous ?\n\nR : Honnêtement, non.\n\nQ : Et la suite ?\n\nR : On verra.";
    let got = quotes(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|q| q.2 == "Lucie Marnier"), "{got:?}");
}

/// An incise that runs up to the closing mark (`« Nous viendrons, a indiqué l'agence. »`)
/// leaves nothing of the quotation after it: no second, empty quotation is made of the marks
/// (one once stopped the whole run on a reversed span).
#[test]
fn an_incise_running_to_the_closing_mark_makes_no_empty_quotation() {
    let text = "Titre\n\nLe voyage est confirmé. « Nous viendrons à Moscou, a indiqué l'agence officielle. » La date reste secrète.";
    let got = quotes(text);
    assert!(got.iter().all(|q| !q.0.is_empty()), "{got:?}");
}
