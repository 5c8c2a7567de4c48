//! The specification of the time stage, as tables: input text, reference date → expected
//! span text, TIMEX3 type and value.

use super::*;
use depeche_article::TimexType::{self, *};
use proptest::prelude::*;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn run(text: &str, published: Option<&str>) -> Article {
    let mut a = Article::new(text.to_string());
    a.published = published.map(date);
    TimeTagger::french()
        .with_today(date("2026-11-27"))
        .annotate(&mut a);
    a
}

fn times(text: &str, published: Option<&str>) -> Vec<(String, TimexType, String)> {
    run(text, published)
        .times
        .into_iter()
        .map(|t| (t.text, t.kind, t.value))
        .collect()
}

/// Input text, reference date ("" for none), expected (span text, type, value) in order.
type Case<'a> = (&'a str, &'a str, &'a [(&'a str, TimexType, &'a str)]);

fn check(table: &[Case]) {
    let mut failures = Vec::new();
    for (text, reference, want) in table {
        let reference = (!reference.is_empty()).then_some(*reference);
        let got = times(text, reference);
        let want: Vec<(String, TimexType, String)> = want
            .iter()
            .map(|(s, k, v)| (s.to_string(), *k, v.to_string()))
            .collect();
        if got != want {
            failures.push(format!(
                "{text:?} @ {reference:?}\n   got  {got:?}\n   want {want:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn absolute_dates() {
    check(&[
        (
            "Il a signé le 3 mars 2021.",
            "2024-11-19",
            &[("le 3 mars 2021", Date, "2021-03-03")],
        ),
        (
            "Elle est née le 3 mars.",
            "2025-03-18",
            &[("le 3 mars", Date, "2025-03-03")],
        ),
        (
            "en mars 2021 et en 2022",
            "2024-01-01",
            &[("mars 2021", Date, "2021-03"), ("2022", Date, "2022")],
        ),
        (
            "Dès le 1er janvier 2027, la règle change.",
            "2025-06-12",
            &[("le 1er janvier 2027", Date, "2027-01-01")],
        ),
        (
            "Le texte du 03/03/2021 et celui du 2021-03-04.",
            "2024-01-01",
            &[
                ("03/03/2021", Date, "2021-03-03"),
                ("2021-03-04", Date, "2021-03-04"),
            ],
        ),
        (
            "dans les années 1990, puis au XXe siècle",
            "2024-01-01",
            &[
                ("les années 1990", Date, "199X"),
                ("XXe siècle", Date, "19XX"),
            ],
        ),
        ("d'ici 2030", "2024-01-01", &[("2030", Date, "2030")]),
        (
            "jusqu'au 19 octobre",
            "2025-10-11",
            &[("19 octobre", Date, "2025-10-19")],
        ),
        (
            "Un premier paiement début janvier.",
            "2025-11-20",
            &[("début janvier", Date, "2026-01")],
        ),
        (
            "Depuis début janvier, quarante postes ont été supprimés.",
            "2025-05-27",
            &[("début janvier", Date, "2025-01")],
        ),
        (
            "fin octobre",
            "2025-11-20",
            &[("fin octobre", Date, "2025-10")],
        ),
        (
            "Mi-juillet, le feu a repris.",
            "2024-08-08",
            &[("Mi-juillet", Date, "2024-07")],
        ),
        (
            "Mi\u{2011}juillet et le 1ᵉʳ août",
            "2024-08-08",
            &[
                ("Mi\u{2011}juillet", Date, "2024-07"),
                ("le 1ᵉʳ août", Date, "2024-08-01"),
            ],
        ),
        (
            "à 14\u{202f}h\u{202f}30 ou 9\u{a0}h",
            "2024-08-08",
            &[
                ("14\u{202f}h\u{202f}30", Time, "2024-08-08T14:30"),
                ("9\u{a0}h", Time, "2024-08-08T09:00"),
            ],
        ),
        (
            "la saison 2002/2003",
            "2002-09-10",
            &[("2002", Date, "2002"), ("2003", Date, "2003")],
        ),
        (
            "une grande nuit le lundi 6 avec Roch Voisine",
            "2012-08-03",
            &[("le lundi 6", Date, "2012-08-06")],
        ),
        (
            "la deuxième partie des années 1970",
            "2012-06-16",
            &[("des années 1970", Date, "197X")],
        ),
        (
            "Hier mardi, Copé déplora mardi un discours.",
            "2012-07-04",
            &[
                ("Hier mardi", Date, "2012-07-03"),
                ("mardi", Date, "2012-07-03"),
            ],
        ),
        (
            "Le record pour un mois d'août est battu, entre 8 heures et 19 heures.",
            "2012-08-19",
            &[
                ("mois d'août", Date, "2012-08"),
                ("8 heures", Time, "2012-08-19T08:00"),
                ("19 heures", Time, "2012-08-19T19:00"),
            ],
        ),
        (
            "en octobre 98",
            "1999-05-23",
            &[("octobre 98", Date, "1998-10")],
        ),
        (
            "le 6 mai dernier",
            "1999-05-27",
            &[("le 6 mai dernier", Date, "1999-05-06")],
        ),
        (
            "le 1er septembre prochain",
            "2003-02-07",
            &[("le 1er septembre prochain", Date, "2003-09-01")],
        ),
        (
            "juin prochain",
            "1999-05-23",
            &[("juin prochain", Date, "1999-06")],
        ),
        (
            "la fin du XIXe siècle",
            "1999-07-29",
            &[("la fin du XIXe siècle", Date, "18XX")],
        ),
        (
            "au début des années 60",
            "1999-05-30",
            &[("début des années 60", Date, "196X")],
        ),
        (
            "l'année 2001",
            "1999-05-23",
            &[("l'année 2001", Date, "2001")],
        ),
    ]);
}

#[test]
fn relative_to_the_reference_date() {
    check(&[
        (
            "aujourd'hui ou hier, demain, avant-hier, après-demain",
            "2023-09-11",
            &[
                ("aujourd'hui", Date, "2023-09-11"),
                ("hier", Date, "2023-09-10"),
                ("demain", Date, "2023-09-12"),
                ("avant-hier", Date, "2023-09-09"),
                ("après-demain", Date, "2023-09-13"),
            ],
        ),
        (
            "ce matin et ce soir",
            "2025-05-27",
            &[
                ("ce matin", Time, "2025-05-27TMO"),
                ("ce soir", Time, "2025-05-27TEV"),
            ],
        ),
        (
            "hier soir",
            "1999-05-21",
            &[("hier soir", Time, "1999-05-20TEV")],
        ),
        (
            "Elle a été saluée jeudi soir.",
            "2025-10-11",
            &[("jeudi soir", Time, "2025-10-09TEV")],
        ),
        (
            "Battu samedi dernier, il joue lundi prochain.",
            "2024-10-03",
            &[
                ("samedi dernier", Date, "2024-09-28"),
                ("lundi prochain", Date, "2024-10-07"),
            ],
        ),
        (
            "la semaine dernière, la semaine prochaine",
            "2023-09-11",
            &[
                ("la semaine dernière", Date, "2023-W36"),
                ("la semaine prochaine", Date, "2023-W38"),
            ],
        ),
        (
            "le mois dernier, l'an dernier, l'année prochaine, le mois prochain",
            "2025-01-20",
            &[
                ("le mois dernier", Date, "2024-12"),
                ("l'an dernier", Date, "2024"),
                ("l'année prochaine", Date, "2026"),
                ("le mois prochain", Date, "2025-02"),
            ],
        ),
        (
            "Il y a deux semaines, il y a deux ans",
            "2024-10-03",
            &[
                ("Il y a deux semaines", Date, "2024-W38"),
                ("il y a deux ans", Date, "2022"),
            ],
        ),
        (
            "dans trois mois, dans dix-huit mois",
            "2025-04-09",
            &[
                ("dans trois mois", Date, "2025-07"),
                ("dans dix-huit mois", Date, "2026-10"),
            ],
        ),
        (
            "ce week-end, cet automne, cet été",
            "2024-10-03",
            &[
                ("ce week-end", Date, "2024-W40-WE"),
                ("cet automne", Date, "2024-FA"),
                ("cet été", Date, "2024-SU"),
            ],
        ),
        (
            "en milieu de semaine",
            "2024-10-03",
            &[("milieu de semaine", Date, "2024-W40")],
        ),
        (
            "cette semaine et cette année",
            "1999-07-09",
            &[
                ("cette semaine", Date, "1999-W27"),
                ("cette année", Date, "1999"),
            ],
        ),
    ]);
}

#[test]
fn bare_weekdays_follow_the_tense_of_their_clause() {
    let seed = "Vladimir Poutine est arrivé lundi avant de participer mardi à un forum économique.";
    check(&[
        (
            seed,
            "2023-09-11",
            &[("lundi", Date, "2023-09-11"), ("mardi", Date, "2023-09-12")],
        ),
        (
            "L'entraîneur a reconnu mardi une copie indigne.",
            "2024-10-03",
            &[("mardi", Date, "2024-10-01")],
        ),
        (
            "Le jugement pourrait être mis en délibéré jeudi.",
            "2024-11-19",
            &[("jeudi", Date, "2024-11-21")],
        ),
        (
            "Le match, programmé samedi, débutera à 21 h 05.",
            "2024-10-03",
            &[
                ("samedi", Date, "2024-10-05"),
                ("21 h 05", Time, "2024-10-05T21:05"),
            ],
        ),
        (
            "Le feu ravage le massif depuis mardi.",
            "2024-08-08",
            &[("mardi", Date, "2024-08-06")],
        ),
        (
            "Ils peuvent rêver du podium dimanche à Charm el-Cheikh.",
            "2003-01-15",
            &[("dimanche", Date, "2003-01-19")],
        ),
        (
            "Elle s'est éteinte mercredi après-midi.",
            "2002-08-25",
            &[("mercredi après-midi", Time, "2002-08-21TAF")],
        ),
        (
            "Ils ont rendez-vous dimanche matin.",
            "2002-05-11",
            &[("dimanche matin", Time, "2002-05-12TMO")],
        ),
        (
            "Réélu triomphalement dimanche, il gouverne.",
            "2002-05-07",
            &[("dimanche", Date, "2002-05-05")],
        ),
    ]);
}

#[test]
fn anchored_to_the_last_day_named() {
    check(&[
        ("Elle a signé le 3 mars 2021. La veille, il l'avait appelée. Le lendemain, l'argent partait.", "2024-11-19", &[
            ("le 3 mars 2021", Date, "2021-03-03"),
            ("La veille", Date, "2021-03-02"),
            ("Le lendemain", Date, "2021-03-04"),
        ]),
        ("Elle a été reçue lundi. Deux jours plus tard, elle partait.", "2025-09-02", &[
            ("lundi", Date, "2025-09-01"),
            ("Deux jours plus tard", Date, "2025-09-03"),
        ]),
        ("samedi 24 juillet à 15 h 45. Le même jour, à 14 h 15", "1999-07-23", &[
            ("samedi 24 juillet", Date, "1999-07-24"),
            ("15 h 45", Time, "1999-07-24T15:45"),
            ("Le même jour", Date, "1999-07-24"),
            ("14 h 15", Time, "1999-07-24T14:15"),
        ]),
        ("la veille sans date", "2025-01-10", &[("la veille", Date, "2025-01-09")]),
        ("du 19 au 23 juillet", "1999-07-16", &[("19", Date, "1999-07-19"), ("23 juillet", Date, "1999-07-23")]),
        ("Le 24 mars, elle avait passé la soirée chez un ami. En fin d'après-midi, il partit.", "2002-04-02", &[
            ("Le 24 mars", Date, "2002-03-24"),
            ("la soirée", Time, "2002-03-24TEV"),
            ("fin d'après-midi", Time, "2002-03-24TAF"),
        ]),
        ("L'équipée de la nuit de lundi à mardi a connu son épilogue.", "1999-08-27", &[
            ("la nuit de lundi à mardi", Time, "1999-08-23TNI"),
        ]),
    ]);
}

#[test]
fn clock_times_take_their_day() {
    check(&[
        (
            "L'audience reprendra à 14 h 30.",
            "2024-11-19",
            &[("14 h 30", Time, "2024-11-19T14:30")],
        ),
        (
            "Le séisme a eu lieu à 7h44 UTC.",
            "2023-09-08",
            &[("7h44 UTC", Time, "2023-09-08T07:44")],
        ),
        (
            "Hier, vers midi, il est parti.",
            "1999-05-29",
            &[
                ("Hier", Date, "1999-05-28"),
                ("midi", Time, "1999-05-28T12:00"),
            ],
        ),
        (
            "Des voisins, vers 15 h 30, hier, ont vu la fumée.",
            "2003-02-23",
            &[
                ("15 h 30", Time, "2003-02-22T15:30"),
                ("hier", Date, "2003-02-22"),
            ],
        ),
        (
            "Rendez-vous à 20:30.",
            "2002-05-11",
            &[("20:30", Time, "2002-05-11T20:30")],
        ),
    ]);
}

#[test]
fn durations_and_sets() {
    check(&[
        (
            "Le procès doit durer trois jours.",
            "2024-11-19",
            &[("trois jours", Duration, "P3D")],
        ),
        (
            "depuis trente ans",
            "2024-08-08",
            &[("trente ans", Duration, "P30Y")],
        ),
        (
            "Dix minutes d'applaudissements",
            "2025-10-11",
            &[("Dix minutes", Duration, "PT10M")],
        ),
        (
            "pendant 48 heures",
            "2025-10-11",
            &[("48 heures", Duration, "PT48H")],
        ),
        (
            "environ une heure, plus de vingt ans, un demi-siècle",
            "2025-10-11",
            &[
                ("environ une heure", Duration, "PT1H"),
                ("plus de vingt ans", Duration, "P20Y"),
                ("un demi-siècle", Duration, "P50Y"),
            ],
        ),
        (
            "plusieurs jours, quelques mois",
            "2025-10-11",
            &[
                ("plusieurs jours", Duration, "PXD"),
                ("quelques mois", Duration, "PXM"),
            ],
        ),
        (
            "en 30,4 secondes",
            "1999-05-17",
            &[("30,4 secondes", Duration, "PT30.4S")],
        ),
        (
            "chaque lundi, tous les ans, tous les jeudis, chaque année",
            "2025-10-11",
            &[
                ("chaque lundi", Set, "XXXX-WXX-1"),
                ("tous les ans", Set, "P1Y"),
                ("tous les jeudis", Set, "XXXX-WXX-4"),
                ("chaque année", Set, "P1Y"),
            ],
        ),
        (
            "Jean Monod, 97 ans, marche. Une femme âgée de 45 ans.",
            "1999-08-07",
            &[],
        ),
        (
            "ces derniers jours",
            "1999-05-19",
            &[("ces derniers jours", Duration, "PXD")],
        ),
    ]);
}

#[test]
fn vague_references() {
    check(&[
        (
            "Il viendra bientôt, dans les prochains jours.",
            "2023-09-11",
            &[
                ("bientôt", Time, "FUTURE_REF"),
                ("dans les prochains jours", Time, "FUTURE_REF"),
            ],
        ),
        (
            "Un peu plus tôt, il avait parlé. Récemment, actuellement.",
            "2023-09-11",
            &[
                ("Un peu plus tôt", Time, "PAST_REF"),
                ("Récemment", Time, "PAST_REF"),
                ("actuellement", Time, "PRESENT_REF"),
            ],
        ),
    ]);
}

#[test]
fn without_a_reference_values_stay_underspecified() {
    check(&[
        (
            "le 11 septembre",
            "",
            &[("le 11 septembre", Date, "XXXX-09-11")],
        ),
        (
            "hier, en mars",
            "",
            &[("hier", Date, "XXXX-XX-XX"), ("mars", Date, "XXXX-03")],
        ),
        ("en 2022", "", &[("2022", Date, "2022")]),
    ]);
}

#[test]
fn bad_input_gives_no_false_times() {
    check(&[
        ("le 31 février", "2023-01-01", &[]),
        ("le 30/02/2023", "2023-01-01", &[]),
        (
            "Victoire 3-1 du club, 14,30 € le kilo, le 5G arrive.",
            "2023-01-01",
            &[],
        ),
        (
            "un budget de 2 000 euros, 2022 habitants",
            "2023-01-01",
            &[],
        ),
        (
            "12345678901234567890123 et 99999 et 2021-13-45",
            "2023-01-01",
            &[],
        ),
        ("le 32 mars, le 0 mai", "2023-01-01", &[]),
        ("Elle a vu Mars.", "2023-01-01", &[]),
        (
            "l'accord du Vendredi Saint, les sept pays, une seconde fois",
            "2023-01-01",
            &[],
        ),
        (
            "quelque 2000 manifestants, une quinzaine de jardinières",
            "2023-01-01",
            &[],
        ),
        (
            "en 99999, en 0000, à 25 h 70, le 00/00/0000",
            "2023-01-01",
            &[],
        ),
        (
            "le 5 mai 99999",
            "2023-01-01",
            &[("le 5 mai", Date, "2023-05-05")],
        ),
    ]);
}

#[test]
fn publication_date_is_inferred_from_the_text() {
    let cases = [
        (
            "Titre\n\nBRUXELLES, 12 juin (AFP) - La Commission a proposé jeudi.",
            Some("2026-06-12"),
        ),
        ("Titre\n\nPARIS, 14 mars (AFP) - Texte.", Some("2026-03-14")),
        ("22 mai 2012. - Le texte.", Some("2012-05-22")),
        (
            "Titre\n\nChapô.\n\n22 août 2012, Espagne. - Le parti a exclu hier un député.",
            Some("2012-08-22"),
        ),
        (
            "Le conseil a adopté, lundi 20 janvier, un budget.",
            Some("2025-01-20"),
        ),
        (
            "Kim sera en visite, a annoncé Moscou, lundi 11 septembre.",
            Some("2023-09-11"),
        ),
        ("Rien ne date ce texte, le 3 mars.", None),
    ];
    for (text, want) in cases {
        let a = run(text, None);
        assert_eq!(
            a.published.map(|d| d.to_string()).as_deref(),
            want,
            "{text}"
        );
        if want.is_some() {
            assert_eq!(a.published_source, Some(PublishedSource::Inferred));
        }
    }
    // the inferred date is the reference of the other expressions
    let a = run(
        "Titre\n\nLe conseil a adopté, lundi 20 janvier, le budget. Il avait voté vendredi.",
        None,
    );
    assert_eq!(a.times.last().map(|t| t.value.as_str()), Some("2025-01-17"));
}

proptest! {
    #[test]
    fn any_text_gives_spans_on_char_boundaries(text in "\\PC{0,200}") {
        let a = run(&text, Some("2024-02-29"));
        for t in &a.times {
            prop_assert!(a.text.is_char_boundary(t.span.byte_start) && a.text.is_char_boundary(t.span.byte_end));
            prop_assert_eq!(a.slice(&t.span), t.text.as_str());
            prop_assert!(t.span.start < t.span.end);
        }
    }

    #[test]
    fn time_like_text_never_panics(text in "([0-9]{1,12}|[hH:/ .,-]|le |er |mars |lundi |dernier |il y a |dans |deux |ans |XXe |siècle |la veille |\\(AFP\\) - |PARIS, ){0,30}") {
        let a = run(&text, None);
        for t in &a.times {
            prop_assert_eq!(a.slice(&t.span), t.text.as_str());
        }
        let _ = run(&text, Some("0001-01-01"));
        let _ = run(&text, Some("9999-12-31"));
    }
}
