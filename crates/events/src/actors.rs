//! Actor mentions: the stretches of an article that can be the actor of an event.
//!
//! Three sources, each tied to the tokens it covers:
//! - entity mentions (PER, ORG, LOC). A place stands for its state (`Moscou`, `Washington`
//!   → Russie, États-Unis): in event data a capital that acts or is visited is the country;
//! - institutions standing for a state (`le Kremlin` → RU), from `institutions.tsv`;
//! - role phrases without a name (`le préfet`, `les agriculteurs`, `la direction régionale de
//!   la SNCF`), from `actors.tsv`, which also give the CAMEO role.
//!
//! A role phrase right before a person's name gives that person its role and country
//! (`le président russe Vladimir Poutine` → GOV, RU) instead of standing alone.

use crate::text::Words;
use depeche_article::{Article, EntityType, EventActor};
use depeche_lang::fr::{EventLexicon, WordClass};
use depeche_places::{demonym_country, Gazetteer};

/// What kind of thing an actor mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ActorKind {
    Person,
    Organization,
    /// A place, standing for its state.
    Place,
    /// A role phrase without a name.
    Role,
}

/// One mention of an actor, over tokens `start..end` of the article.
#[derive(Debug, Clone)]
pub(crate) struct ActorMention {
    pub start: usize,
    pub end: usize,
    pub kind: ActorKind,
    /// A plural role phrase (`les agriculteurs`): what `ils` / `elles` can stand for.
    pub plural: bool,
    pub actor: EventActor,
    /// For a place: its canonical name (the event's place when it is the visited country).
    pub place: Option<String>,
    /// The role noun the text gives the actor (`ministre`), for a later `la ministre`.
    pub role_head: Option<String>,
    /// For a role phrase naming a part of an organisation (`la direction régionale de la
    /// SNCF`): the organisation's entity, which the phrase counts as a mention of when the
    /// article's protagonist is looked for.
    pub whole: Option<String>,
}

/// All actor mentions of an article, sorted by first token.
pub(crate) fn find(a: &Article, w: &Words, lx: &EventLexicon) -> Vec<ActorMention> {
    let gaz = Gazetteer::french();
    let mut out: Vec<ActorMention> = Vec::new();
    // tokens already covered by an entity mention
    let mut covered = vec![false; w.len()];
    for e in &a.entities {
        for m in &e.mentions {
            let Some((start, end)) = w.token_range(m.span.byte_start, m.span.byte_end) else {
                continue;
            };
            covered[start..end].iter_mut().for_each(|c| *c = true);
            let institution = lx.institutions().iter().find(|i| i.name == e.name);
            let mut actor = EventActor {
                name: e.name.clone(),
                entity: Some(e.id.clone()),
                country: None,
                role: None,
            };
            let mut place = None;
            let kind = if let Some(i) = institution {
                actor.country = Some(i.country.to_string());
                actor.role = Some(i.role.to_string());
                ActorKind::Organization
            } else {
                match e.kind {
                    EntityType::PER => ActorKind::Person,
                    EntityType::LOC => ActorKind::Place,
                    _ => ActorKind::Organization,
                }
            };
            if kind == ActorKind::Place {
                let p = a.places.iter().find(|p| p.span == m.span);
                if let Some(p) = p.filter(|p| p.feature != "unresolved") {
                    // the state the place stands for, named as the gazetteer names it
                    actor.country = Some(p.country.clone());
                    // a city or region stands for its state; a country keeps the article's
                    // own name for it
                    if p.feature != "country" {
                        if let Some(c) = gaz.country(&p.country) {
                            actor.name = c.name.to_string();
                        }
                    }
                    place = Some(p.name.clone());
                } else {
                    continue;
                }
            }
            if kind == ActorKind::Organization && actor.country.is_none() {
                // an organisation named with a country adjective (`l'agence nord-coréenne KCNA`
                // has it before; `Agence de presse nord-coréenne` inside)
                actor.country = (start..end)
                    .find_map(|t| demonym_country(w.word(t)))
                    .map(str::to_string);
                actor.role = lx.role(w.word(start)).map(str::to_string);
            }
            out.push(ActorMention {
                start,
                end,
                kind,
                plural: false,
                actor,
                place,
                role_head: None,
                whole: None,
            });
        }
    }
    // institutions the entity stage left out (`le Kremlin`, `l'Élysée` are not entities)
    // where each institution's first word occurs, in one pass over the tokens (asking every
    // token about every institution read each token some twenty times)
    let mut at: depeche_lang::hash::HashMap<&str, Vec<usize>> = lx
        .institutions()
        .iter()
        .map(|i| (i.name.split(' ').next().unwrap_or(i.name), Vec::new()))
        .collect();
    for t in 0..w.len() {
        if let Some(v) = at.get_mut(w.raw(t)) {
            v.push(t);
        }
    }
    for i in lx.institutions() {
        let first = i.name.split(' ').next().unwrap_or(i.name);
        let n = i.name.split(' ').count();
        for &t in &at[first] {
            if covered[t] || t + n > w.len() {
                continue;
            }
            if (1..n).any(|k| Some(w.raw(t + k)) != i.name.split(' ').nth(k)) {
                continue;
            }
            covered[t..t + n].iter_mut().for_each(|c| *c = true);
            out.push(ActorMention {
                start: t,
                end: t + n,
                kind: ActorKind::Organization,
                plural: false,
                actor: EventActor {
                    name: i.name.to_string(),
                    entity: None,
                    country: Some(i.country.to_string()),
                    role: Some(i.role.to_string()),
                },
                place: None,
                role_head: None,
                whole: None,
            });
        }
    }
    out.sort_by_key(|m| m.start);
    roles(a, w, lx, &covered, &mut out);
    out.sort_by_key(|m| m.start);
    out
}

/// Role phrases: a determiner, a role noun (one to three words), then what completes it.
fn roles(a: &Article, w: &Words, lx: &EventLexicon, covered: &[bool], out: &mut Vec<ActorMention>) {
    let max = lx.max_role_words();
    let mut t = 0;
    while t < w.len() {
        if covered[t] || t == 0 || !w.is_word(t) || !lx.may_start_role(w.word(t)) {
            t += 1;
            continue;
        }
        // the longest role noun starting here
        let mut found = None;
        for n in (1..=max.min(w.len() - t)).rev() {
            if (t..t + n).any(|k| covered[k] || w.sentence(k) != w.sentence(t)) {
                continue;
            }
            if let Some(role) = lx.role(w.joined(t, t + n)) {
                found = Some((n, role));
                break;
            }
        }
        let Some((n, role)) = found else {
            t += 1;
            continue;
        };
        // a determiner before, possibly with one adjective between (`le nouveau préfet`), a
        // quantity (`des centaines d'agriculteurs`), or a person's name and a comma (an
        // apposition: `Antoine Berthier, président du groupe`)
        let det = |k: usize| {
            matches!(
                lx.class(w.word(k)),
                Some(WordClass::Det | WordClass::Possessive)
            ) || matches!(w.word(k), "au" | "aux" | "du" | "des")
        };
        let quantity = t >= 2
            && matches!(w.word(t - 1), "de" | "d'")
            && lx.class(w.word(t - 2)) == Some(WordClass::Quantity);
        let after_person = (t >= 2 && w.raw(t - 1) == ",")
            .then(|| {
                out.iter()
                    .position(|m| m.end == t - 1 && m.kind == ActorKind::Person)
            })
            .flatten();
        if !(det(t - 1)
            || (t >= 2 && det(t - 2) && w.is_lower_word(t - 1))
            || quantity
            || after_person.is_some())
        {
            t += n;
            continue;
        }
        let head_end = t + n;
        let head = w.joined(t, head_end);
        let mut end = head_end;
        let mut country = None;
        // country adjectives and at most one other adjective (`direction régionale`)
        let mut adjectives = 0;
        while end < w.len() && w.sentence(end) == w.sentence(t) && !covered[end] {
            if let Some(cc) = demonym_country(w.word(end)) {
                country = Some(cc.to_string());
                end += 1;
            } else if adjectives == 0
                && w.is_lower_word(end)
                && lx.class(w.word(end)).is_none()
                && lx.verb_forms(w.word(end)).is_empty()
                && !matches!(w.word(end), "de" | "du" | "des" | "d'" | "et" | "ou")
            {
                adjectives += 1;
                end += 1;
            } else {
                break;
            }
        }
        // a lone adjective that no complement follows is more likely the next word of the
        // clause (`les agriculteurs bloquent`): keep it only before `de`
        let mut text_end = end;
        if adjectives == 1 && end > head_end && demonym_country(w.word(end - 1)).is_none() {
            text_end = end - 1;
        }
        // a complement: an organisation or a place (`de la SNCF`, `de la Russie`), a name
        // in capitals (`des Affaires étrangères`), or one noun (`de la région`)
        let mut absorbed = None;
        if matches!(w.word(end), "de" | "du" | "des" | "d'") {
            let mut c = end + 1;
            if c < w.len() && matches!(lx.class(w.word(c)), Some(WordClass::Det)) {
                c += 1;
            }
            if let Some(mi) = out.iter().position(|m| {
                m.start == c && matches!(m.kind, ActorKind::Organization | ActorKind::Place)
            }) {
                let m = &out[mi];
                if country.is_none() {
                    country = m.actor.country.clone();
                }
                text_end = m.end;
                absorbed = Some(mi);
            } else if c < w.len() && w.is_word(c) && w.sentence(c) == w.sentence(t) {
                let mut e = c;
                while e < w.len()
                    && w.is_word(e)
                    && !covered[e]
                    && w.raw(e).chars().next().is_some_and(char::is_uppercase)
                {
                    e += 1;
                }
                if e == c && w.is_lower_word(c) && lx.class(w.word(c)).is_none() {
                    e = c + 1;
                }
                // lower-case words of a name in capitals (`des Affaires étrangères`), kept
                // when a name follows them
                let mut e2 = e;
                while e2 < e + 2
                    && e2 < w.len()
                    && w.is_lower_word(e2)
                    && lx.class(w.word(e2)).is_none()
                {
                    e2 += 1;
                }
                let name_at = |k: usize| {
                    let k = if w.raw(k) == "," { k + 1 } else { k };
                    out.iter()
                        .any(|m| m.start == k && m.kind == ActorKind::Person)
                };
                if e2 > e && e > c && name_at(e2) {
                    e = e2;
                }
                // a lower-case complement only counts before a name (`le président de la
                // région, Hervé Castellan`); a capitalised one always
                let capitalised = e > c && !w.is_lower_word(c);
                let before_name = {
                    let k = if w.raw(e) == "," { e + 1 } else { e };
                    out.iter()
                        .any(|m| m.start == k && m.kind == ActorKind::Person)
                };
                if e > c && (capitalised || before_name) {
                    text_end = e;
                }
            }
        }
        if let Some(pi) = after_person {
            // an apposition after a name (`Antoine Berthier, président du groupe Les
            // Républicains,`) belongs to the person up to the comma that closes it, with
            // whatever it names
            let close = (text_end..(text_end + 10).min(w.len()))
                .take_while(|&k| w.sentence(k) == w.sentence(t))
                .find(|&k| matches!(w.raw(k), "," | ";" | ":" | "." | "»" | "\"" | "(" | ")"))
                .unwrap_or(text_end);
            let end = close.max(text_end);
            let p = &mut out[pi];
            p.end = end;
            p.role_head = Some(head.to_string());
            if role != "-" {
                p.actor.role.get_or_insert_with(|| role.to_string());
            }
            if p.actor.country.is_none() {
                p.actor.country = country;
            }
            out.retain(|m| !(m.start >= t && m.end <= end && m.kind != ActorKind::Person));
            t = end.max(t + 1);
            continue;
        }
        // a person named right after the role (`le président russe Vladimir Poutine`, `le
        // dirigeant nord-coréen, Kim Jong-un`, `la ministre des Affaires étrangères, Hélène
        // Vautrin`): the role belongs to that person
        // (after the role's adjectives: `l'organisation agricole Copa-Cogeca`)
        let mut k = if out.iter().any(|m| m.start == end) {
            end
        } else {
            text_end
        };
        if k < w.len() && w.raw(k) == "," {
            k += 1;
        }
        // (an organisation too, when its name follows at once: `le syndicat CGT-Cheminots`,
        // `l'organisation agricole Copa-Cogeca`)
        if let Some(p) = out.iter_mut().find(|m| {
            m.start == k
                && (m.kind == ActorKind::Person
                    || (m.kind == ActorKind::Organization && w.raw(k - 1) != ","))
        }) {
            // the mention now starts at the role, so that `par le roi Felipe` finds it
            p.start = t;
            p.role_head = Some(head.to_string());
            if role != "-" {
                p.actor.role.get_or_insert_with(|| role.to_string());
            }
            if p.actor.country.is_none() {
                p.actor.country = country;
            }
            if let Some(mi) = absorbed {
                out.remove(mi);
            }
            t = k;
            continue;
        }
        let name = a.text[w.byte_start(t)..w.byte_end(text_end - 1)].to_string();
        let plural =
            head.ends_with(['s', 'x']) && lx.role(head.trim_end_matches(['s', 'x'])).is_some();
        // `la ministre` after `la ministre X, Hélène Vautrin`: that person again
        let definite = matches!(w.word(t - 1), "le" | "la" | "l'");
        let earlier = (definite && !plural)
            .then(|| {
                out.iter()
                    .filter(|m| m.start < t && m.role_head.as_deref() == Some(head))
                    .max_by_key(|m| m.start)
            })
            .flatten();
        // `la ville`, `la commune` alone: the municipality of the town the article names
        // most often
        let town = (definite
            && !plural
            && end == head_end
            && text_end == head_end
            && lx.stands_for_city(head))
        .then(|| main_town(a))
        .flatten();
        if lx.stands_for_city(head) && town.is_none() {
            t = text_end.max(t + 1);
            continue;
        }
        let (actor, kind) = match (earlier, town) {
            (_, Some((name, cc))) => (
                EventActor {
                    name,
                    entity: None,
                    country: Some(cc),
                    role: (role != "-").then(|| role.to_string()),
                },
                ActorKind::Role,
            ),
            (Some(m), None) => (m.actor.clone(), ActorKind::Person),
            (None, None) => (
                EventActor {
                    name,
                    entity: None,
                    country,
                    role: (role != "-").then(|| role.to_string()),
                },
                ActorKind::Role,
            ),
        };
        let whole = absorbed
            .filter(|&mi| out[mi].kind == ActorKind::Organization)
            .and_then(|mi| out[mi].actor.entity.clone());
        if let Some(mi) = absorbed {
            out.remove(mi);
        }
        out.push(ActorMention {
            start: t,
            end: text_end,
            kind,
            plural,
            actor,
            place: None,
            role_head: Some(head.to_string()),
            whole,
        });
        t = text_end.max(t + 1);
    }
}

/// The town the article names most often (a resolved city), with its country.
fn main_town(a: &Article) -> Option<(String, String)> {
    let mut best: Option<(usize, &depeche_article::Place)> = None;
    for p in a.places.iter().filter(|p| p.feature == "city") {
        let n = a.places.iter().filter(|q| q.name == p.name).count();
        if best.is_none_or(|(b, _)| n > b) {
            best = Some((n, p));
        }
    }
    best.map(|(_, p)| (p.name.clone(), p.country.clone()))
}

/// Country adjectives just before a person's name (`le dirigeant nord-coréen Kim`, without a
/// role noun the table knows) give the person's country.
pub(crate) fn person_countries(w: &Words, mentions: &mut [ActorMention]) {
    for m in mentions.iter_mut() {
        if m.kind != ActorKind::Person || m.actor.country.is_some() {
            continue;
        }
        let from = m.start.saturating_sub(3);
        m.actor.country = (from..m.start)
            .rev()
            .filter(|&k| w.sentence(k) == w.sentence(m.start))
            .find_map(|k| demonym_country(w.word(k)))
            .map(str::to_string);
    }
}
