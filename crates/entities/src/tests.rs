//! Table-driven tests of the whole stage: text in, (mention, type) and entity names out.

use super::*;
use depeche_article::{Article, EntityType};

fn run(text: &str) -> Article {
    let mut a = Article::new(text.to_string());
    depeche_segment::Segmenter::french().annotate(&mut a);
    EntityTagger::french().annotate(&mut a);
    a
}

fn mentions(a: &Article) -> Vec<(String, EntityType)> {
    let mut v: Vec<(String, EntityType)> = a
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(move |m| (m.text.clone(), e.kind)))
        .collect();
    v.sort_by(|x, y| x.0.cmp(&y.0));
    v.dedup();
    v
}

#[test]
fn finds_typed_mentions() {
    use EntityType::*;
    let cases: &[(&str, &[(&str, EntityType)])] = &[
        (
            "M. Jean Dupont est arrivé à Lyon.",
            &[("Jean Dupont", PER), ("Lyon", LOC)],
        ),
        (
            "Selon la ministre de la Culture, Rachida Dati, le musée rouvrira.",
            &[("Rachida Dati", PER)],
        ),
        (
            "La Chambre régionale des comptes (CRC) a rendu son rapport.",
            &[("CRC", ORG), ("Chambre régionale des comptes", ORG)],
        ),
        (
            "Le ministère de l'Agriculture a réagi.",
            &[("ministère de l'Agriculture", ORG)],
        ),
        ("Le préfet de l'Isère a parlé.", &[("Isère", LOC)]),
        ("Le CHU de Rennes est saturé.", &[("CHU de Rennes", ORG)]),
        ("Me Julien Carrasco plaide.", &[("Julien Carrasco", PER)]),
        (
            "Les agriculteurs de la Coordination rurale manifestent.",
            &[("Coordination rurale", ORG)],
        ),
        (
            "Le Castres olympique reçoit le RC Toulon.",
            &[("Castres olympique", ORG), ("RC Toulon", ORG)],
        ),
        ("L'Élysée n'a pas commenté. Les Grenoblois votent.", &[]),
        (
            "Maarten de Vries a voté pour la Hongrie.",
            &[("Hongrie", LOC), ("Maarten de Vries", PER)],
        ),
        (
            "Le chef de l'Autorité palestinienne Yasser Arafat est mort.",
            &[("Autorité palestinienne", ORG), ("Yasser Arafat", PER)],
        ),
        ("Les médecins manquent à Figeac.", &[("Figeac", LOC)]),
        ("Aucun Français n'est blessé. La COP30 et le TER.", &[]),
        (
            "Le groupe Samsung Electronics recule à Séoul.",
            &[("Samsung Electronics", ORG), ("Séoul", LOC)],
        ),
        (
            "L'ex-entraîneur Jean-Mimi est parti.",
            &[("Jean-Mimi", PER)],
        ),
        (
            "La ministre déléguée aux Affaires européennes, Anne Martin, arrive.",
            &[("Anne Martin", PER)],
        ),
        (
            "SUD Santé et la CGT dénoncent. L'UE répond.",
            &[("CGT", ORG), ("SUD Santé", ORG), ("UE", ORG)],
        ),
        ("Le ministre parle à São Paulo.", &[("São Paulo", LOC)]),
        (
            "Les syndicats de Force ouvrière et de Sud Industrie manifestent.",
            &[("Force ouvrière", ORG), ("Sud Industrie", ORG)],
        ),
        ("Mme Le Pen a voté contre.", &[("Le Pen", PER)]),
        (
            "Le match aura lieu au Parc des Princes contre le Real Madrid.",
            &[("Parc des Princes", ORG), ("Real Madrid", ORG)],
        ),
        ("Le Kremlin et la Maison-Blanche se taisent.", &[]),
        (
            "Le Parquet national antiterroriste a requis.",
            &[("Parquet national antiterroriste", ORG)],
        ),
        (
            "Le secrétaire général de l'Otan, Mark Rutte, est arrivé.",
            &[("Mark Rutte", PER), ("Otan", ORG)],
        ),
        (
            "La Haute Autorité de santé alerte. Les skieurs vont à Valfréjus-Zorg.",
            &[("Haute Autorité de santé", ORG), ("Valfréjus-Zorg", LOC)],
        ),
        ("Al-Qaïda a revendiqué.", &[("Al-Qaïda", ORG)]),
        (
            "Voies navigables de France (VNF) a fermé le canal.",
            &[("VNF", ORG), ("Voies navigables de France", ORG)],
        ),
        (
            "La Fédération nationale des syndicats d'exploitants agricoles (FNSEA) proteste.",
            &[
                ("FNSEA", ORG),
                (
                    "Fédération nationale des syndicats d'exploitants agricoles",
                    ORG,
                ),
            ],
        ),
        (
            "Les eaux montent à Montreuil-sur-Zorg. La Croix-Rouge aide.",
            &[("Croix-Rouge", ORG), ("Montreuil-sur-Zorg", LOC)],
        ),
        (
            "Son film « Les Tourbillons » a reçu le Lion d'or à Venise.",
            &[("Venise", LOC)],
        ),
        (
            "Il a lu « La Nuit des marées » et « Le Monde ».",
            &[("Monde", ORG)],
        ),
        (
            "Le Conseil de sécurité des Nations unies et le ministère de la Santé de Gaza.",
            &[
                ("Conseil de sécurité des Nations unies", ORG),
                ("Gaza", LOC),
                ("ministère de la Santé", ORG),
            ],
        ),
    ];
    for (text, want) in cases {
        let a = run(text);
        let want: Vec<(String, EntityType)> =
            want.iter().map(|(m, k)| (m.to_string(), *k)).collect();
        assert_eq!(mentions(&a), want, "{text}");
    }
}

#[test]
fn merges_mentions_into_entities() {
    let cases: &[(&str, &[(&str, usize)])] = &[
        (
            "Vladimir Poutine a parlé. Poutine a ensuite quitté Moscou.",
            &[("Vladimir Poutine", 2), ("Moscou", 1)],
        ),
        (
            "Kim Jong-un est arrivé. Kim Jong Un a salué la foule. Kim est reparti.",
            &[("Kim Jong-un", 3)],
        ),
        (
            "La Fédération de Russie proteste. La Russie menace.",
            &[("Fédération de Russie", 2)],
        ),
        (
            "La Chambre régionale des comptes indique que la gestion dérape. La CRC insiste.",
            &[("Chambre régionale des comptes", 2)],
        ),
        (
            "La Commission européenne propose. La Commission maintient.",
            &[("Commission européenne", 2)],
        ),
    ];
    for (text, want) in cases {
        let a = run(text);
        let got: Vec<(&str, usize)> = a
            .entities
            .iter()
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect();
        assert_eq!(&got, want, "{text}");
        for (n, e) in a.entities.iter().enumerate() {
            assert_eq!(e.id, format!("e{}", n + 1));
        }
    }
}

#[test]
fn bad_input_does_not_panic_or_invent() {
    let cases = [
        "",
        "   ",
        "Владимир Путин прибыл в Москву. 김정은 위원장. محمد بن سلمان",
        "ALERTE INFO : LE GOUVERNEMENT DÉMISSIONNE CE SOIR",
        "Voir https://example.com/Article?id=3 ou écrire à Jean.Dupont@example.com #Paris2024 @Elysee",
        &"A".repeat(10_000),
        "Ll' Fraiice d,e la Rép11blique ; 1906 . Pa,ris",
        "«»“”\"\"(()) - — : ; …",
    ];
    for text in cases {
        let a = run(text);
        for e in &a.entities {
            assert!(!e.name.is_empty());
            assert!(e.name.chars().count() < 200, "absurd entity {:?}", e.name);
            assert!(
                !e.name.contains("http") && !e.name.contains('@'),
                "{:?}",
                e.name
            );
        }
    }
    let a = run("ALERTE INFO : LE GOUVERNEMENT DÉMISSIONNE CE SOIR");
    assert!(
        a.entities.is_empty(),
        "{:?}",
        a.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}
