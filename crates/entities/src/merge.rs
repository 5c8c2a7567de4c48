//! Mentions merged into entities.

use crate::rules::RawMention;
use depeche_article::{Article, Entity, EntityType, Mention};
use depeche_places::{fold, Gazetteer};

/// Group typed mentions into entities (ids in order of first mention).
pub fn merge(a: &Article, mut mentions: Vec<RawMention>) -> Vec<Entity> {
    mentions.sort_by_key(|m| m.start);
    // "le CHU" after "CHU de Rennes": the head alone is the generic noun, not the institution
    let generic: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityType::ORG)
        .filter_map(|m| {
            let mut w = m.text.split_whitespace();
            let head = w.next()?;
            matches!(w.next(), Some("de" | "du" | "des")).then(|| head.to_string())
        })
        .collect();
    mentions.retain(|m| {
        !(m.kind == EntityType::ORG && is_all_caps(&m.text) && generic.contains(&m.text))
    });
    surnames_are_persons(&mut mentions);
    // Longer forms first, so that a short form finds the full one it abbreviates even when it
    // is written before it (a title "Poutine" over "Vladimir Poutine").
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| {
        (
            std::cmp::Reverse(word_count(&mentions[i].text)),
            mentions[i].start,
        )
    });
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let gaz = Gazetteer::french();
    // every mention is compared with every grouped one: fold each name once, not per pair
    let keys: Vec<Key> = mentions.iter().map(|m| Key::new(&m.text)).collect();
    for &i in &order {
        let m = &mentions[i];
        let found = groups.iter().position(|g| {
            g.iter()
                .any(|&j| same_entity(m, &keys[i], &mentions[j], &keys[j], gaz))
        });
        match found {
            Some(g) => groups[g].push(i),
            None => groups.push(vec![i]),
        }
    }
    for g in &mut groups {
        g.sort_by_key(|&i| mentions[i].start);
    }
    // a lone generic head (le Parti, le Groupe) that names no organisation of the article
    let lists = crate::rules::Lists::get();
    groups.retain(|g| {
        let m = &mentions[g[0]];
        let lower = m.text.to_lowercase();
        let lone_head = g.iter().all(|&i| mentions[i].text == m.text)
            && m.kind == EntityType::ORG
            && lists.org_heads.contains(&lower)
            && !STANDALONE.contains(&lower.as_str());
        !lone_head
    });
    groups.sort_by_key(|g| mentions[g[0]].start);
    let mut out = Vec::with_capacity(groups.len());
    for (n, g) in groups.iter().enumerate() {
        // Type: the first mention's type unless most mentions say otherwise; the mentions a
        // rule typed from evidence (a kind of body before the name, a title, the gazetteer)
        // outvote the guesses (les islamistes d'Ansar Dine, guessed a person, and le groupe
        // Ansar Dine are one organisation).
        let sure = g.iter().any(|&i| mentions[i].sure);
        let kind = majority_kind(
            g.iter()
                .filter(|&&i| !sure || mentions[i].sure)
                .map(|&i| mentions[i].kind),
        );
        let name = g
            .iter()
            .map(|&i| &mentions[i])
            .max_by_key(|m| {
                (
                    !is_all_caps(&m.text),
                    m.text.chars().count(),
                    std::cmp::Reverse(m.start),
                )
            })
            .map(|m| m.text.clone())
            .unwrap_or_default();
        let ms = g
            .iter()
            .map(|&i| Mention {
                span: a.span(mentions[i].start, mentions[i].end),
                text: mentions[i].text.clone(),
            })
            .collect();
        out.push(Entity {
            id: format!("e{}", n + 1),
            name,
            kind,
            mentions: ms,
            gender: None,
            gender_evidence: None,
        });
    }
    // keep the raw order stable for callers that index mentions
    mentions.clear();
    out
}

/// A lone word that ends a person's full name in the same article is that person (`Romney`
/// after `Mitt Romney`, whatever the context made of it: `la stratégie Romney`), unless a rule
/// typed it from evidence as something else (a gazetteer place, a known organisation).
fn surnames_are_persons(mentions: &mut [RawMention]) {
    let surnames: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityType::PER && m.text.contains(' '))
        .filter_map(|m| m.text.rsplit(' ').next().map(fold))
        .collect();
    for m in mentions.iter_mut() {
        if m.kind != EntityType::PER
            && !m.sure
            && !m.text.contains(' ')
            && surnames.contains(&fold(&m.text))
        {
            m.kind = EntityType::PER;
        }
    }
}

/// Heads that name one institution on their own in French news.
const STANDALONE: &[&str] = &[
    "sénat",
    "assemblée",
    "commission",
    "parlement",
    "gouvernement",
];

fn majority_kind(kinds: impl Iterator<Item = EntityType>) -> EntityType {
    let mut counts = [0usize; 4];
    let mut first = None;
    for k in kinds {
        first.get_or_insert(k);
        counts[k as usize] += 1;
    }
    let first = first.unwrap_or(EntityType::MISC);
    let best = counts
        .iter()
        .enumerate()
        .max_by_key(|(i, c)| (**c, *i == first as usize))
        .map(|(i, _)| i);
    match best {
        Some(0) => EntityType::PER,
        Some(1) => EntityType::ORG,
        Some(2) => EntityType::LOC,
        _ => first,
    }
}

fn word_count(s: &str) -> usize {
    s.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .count()
}

fn is_all_caps(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(|c| c.is_uppercase())
}

/// A name's forms for comparison, made once per mention.
struct Key {
    /// Folded (`fold`).
    folded: String,
    /// Folded, without its spaces (`Jong-un` = `Jongun`).
    joined: String,
    /// Folded words without function words.
    content: Vec<String>,
}

impl Key {
    fn new(name: &str) -> Key {
        let folded = fold(name);
        let joined = folded.replace(' ', "");
        let content = folded
            .split(' ')
            .filter(|w| {
                !w.is_empty()
                    && !matches!(
                        *w,
                        "de" | "du" | "des" | "d" | "la" | "le" | "les" | "l" | "et"
                    )
            })
            .map(str::to_string)
            .collect();
        Key {
            folded,
            joined,
            content,
        }
    }
}

/// Initials of a name's content words, acronym words kept whole (`RC Toulon` → `RCT`); with
/// `small`, the small words `pour`, `un`, `une`, `à`, `au`, `aux`, `sur` are skipped too, which
/// some acronyms do (`Union pour un mouvement populaire`, UMP) and others do not
/// (`Rassemblement pour la République`, RPR).
fn initials(s: &str, small: bool) -> String {
    let mut out = String::new();
    for w in s.split(|c: char| c.is_whitespace() || c == '\'' || c == '’') {
        let skipped = matches!(
            w,
            "de" | "du" | "des" | "d" | "la" | "le" | "les" | "l" | "et" | "en"
        ) || (small
            && matches!(w, "pour" | "un" | "une" | "à" | "au" | "aux" | "sur"));
        if w.is_empty() || skipped {
            continue;
        }
        if is_all_caps(w) {
            out.push_str(w);
        } else {
            for part in w.split('-') {
                if let Some(c) = part.chars().next() {
                    out.extend(c.to_uppercase());
                }
            }
        }
    }
    out
}

/// Whether `acronym` spells `name`'s initials, its small words skipped or not.
fn spells(acronym: &str, name: &str) -> bool {
    [false, true]
        .iter()
        .any(|&small| fold(&initials(name, small)) == fold(acronym))
}

/// Whether a (shorter or equal) mention `m` denotes the same entity as `other`.
fn same_entity(m: &RawMention, km: &Key, other: &RawMention, ko: &Key, gaz: &Gazetteer) -> bool {
    if km.folded == ko.folded || km.joined == ko.joined {
        return true;
    }
    let (wa, wb) = (&km.content, &ko.content);
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    match (m.kind, other.kind) {
        (EntityType::PER, EntityType::PER) => {
            // "Poutine" ⊂ "Vladimir Poutine"; "Kim" = first word of "Kim Jong-un" (Korean order)
            wa.len() < wb.len() && (wb.ends_with(wa) || (wa.len() == 1 && wb[0] == wa[0]))
        }
        (EntityType::LOC, EntityType::LOC) => {
            let (ra, rb) = (
                gaz.resolve(&m.text, &Default::default()),
                gaz.resolve(&other.text, &Default::default()),
            );
            matches!((ra, rb), (Some(x), Some(y)) if x == y)
        }
        (EntityType::ORG, EntityType::ORG) => {
            // "Monde" (au Monde) and "Le Monde": the same words but for articles
            if wa == wb {
                return true;
            }
            let short_caps = is_all_caps(&m.text) && !m.text.contains(' ');
            if short_caps && m.text.chars().count() >= 2 {
                let acr: String = m.text.chars().filter(|c| c.is_alphanumeric()).collect();
                return spells(&acr, &other.text);
            }
            // (or an acronym written with its first letter alone in capitals, "Insee" for the
            // Institut national de la statistique et des études économiques: four letters at
            // least, accents aside; shorter capitalised words spell initials by chance)
            let capitalised_word = !m.text.contains(' ')
                && m.text.chars().count() >= 4
                && m.text.chars().all(char::is_alphabetic)
                && m.text.chars().next().is_some_and(char::is_uppercase);
            if capitalised_word && other.text.contains(' ') && spells(&m.text, &other.text) {
                return true;
            }
            // "Commission" = head of "Commission européenne"
            wa.len() == 1
                && wb.len() > 1
                && wb[0] == wa[0]
                && m.text.chars().next().is_some_and(char::is_uppercase)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_of_names() {
        let cases = [
            ("Chambre régionale des comptes", "CRC"),
            ("RC Toulon", "RCT"),
            ("Union européenne", "UE"),
            ("Institut des géosciences de l'environnement", "IGE"),
            ("Agence régionale de santé", "ARS"),
            ("Union pour un mouvement populaire", "UMP"),
            ("Union française des industries pétrolières", "UFIP"),
        ];
        for (name, want) in cases {
            assert!(spells(want, name), "{name}");
        }
        assert!(spells("RPR", "Rassemblement pour la République"));
    }
}
