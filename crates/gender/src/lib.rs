//! The gender of persons: each PER entity gets `gender` (`f`, `m` or `x`) and, when known,
//! `gender_evidence`; each quotation whose speaker is such a person gets `speaker_gender`.
//!
//! The stage reads the token, entity and quotation layers and changes nothing else. It
//! collects, for every mention of a person, what the text says about that person:
//!
//! - **honorific** — `M.`, `Mme`, `Madame` right before the name;
//! - **role** — a gendered role noun in apposition: `l'avocate Marie X`, `X, présidente de`,
//!   `X est avocate`;
//! - **agreement** — a determiner before a role noun that has one form for both
//!   (`la ministre X`, `X, le porte-parole`), a participle or adjective agreeing with the
//!   name as subject (`X s'est dite satisfaite`, `X, née en 1950`), the pronoun or role of a
//!   quotation attributed to the person (`a-t-elle ajouté`).
//!
//! Text evidence is weighed (an honorific counts most) and the side with more weight wins;
//! only when the text says nothing does the first name decide, from the share of girls and
//! boys given it in France (INSEE births 1900-2021) or from the list of foreign given names.
//! A name given to both sexes (Dominique, Camille, Claude) and a name the tables do not know
//! leave the person `x`. What it is not: coreference. It trusts the entity stage's merging
//! and the quotation stage's speakers, and it never guesses from a surname or from who is
//! usually in the news.
//!
//! The words are data (`crates/lang/data/fr/gender_words.tsv`, `titles.tsv`,
//! `honorifics.tsv`, `first_names_insee.tsv`, `first_names_world.tsv`).

use depeche_article::{Article, EntityType, GenderEvidence, PersonGender, Stage, Token};
use depeche_lang::fr::{self, GenderWordKind};
use depeche_lang::Gender;

/// The gender stage.
#[derive(Debug, Clone, Copy, Default)]
pub struct GenderTagger;

impl GenderTagger {
    pub fn french() -> Self {
        GenderTagger
    }
}

impl Stage for GenderTagger {
    fn name(&self) -> &'static str {
        "gender"
    }

    fn annotate(&self, a: &mut Article) {
        if !a.entities.iter().any(|e| e.kind == EntityType::PER) {
            return;
        }
        let decisions: Vec<Option<(PersonGender, Option<GenderEvidence>)>> = a
            .entities
            .iter()
            .map(|e| (e.kind == EntityType::PER).then(|| person_gender(a, &e.id)))
            .collect();
        for (e, d) in a.entities.iter_mut().zip(decisions) {
            if let Some((g, ev)) = d {
                e.gender = Some(g);
                e.gender_evidence = ev;
            }
        }
        for qi in 0..a.quotes.len() {
            let g = a.quotes[qi]
                .speaker
                .as_ref()
                .and_then(|s| speaker_gender(&a.entities, s));
            a.quotes[qi].speaker_gender = g;
        }
    }
}

/// The gender of a quotation's speaker: its person entity's, or, for a person the entity
/// stage did not list, what the speaker's own words (`la porte-parole`) or first name say.
fn speaker_gender(
    entities: &[depeche_article::Entity],
    s: &depeche_article::Speaker,
) -> Option<PersonGender> {
    let known = |g: PersonGender| (g != PersonGender::Unknown).then_some(g);
    if let Some(id) = s.entity.as_deref() {
        let e = entities.iter().find(|e| e.id == id)?;
        return if e.kind == EntityType::PER {
            e.gender.and_then(known)
        } else {
            None
        };
    }
    if s.kind != "person" {
        return None;
    }
    let g = speaker_phrase_gender(&s.text).or_else(|| fr::first_name_gender(&s.name))?;
    match g {
        Gender::Feminine => Some(PersonGender::Female),
        Gender::Masculine => Some(PersonGender::Male),
        Gender::Any => None,
    }
}

/// Weighted votes of the text for each side, with the strongest evidence seen on each.
#[derive(Debug, Default, Clone, Copy)]
struct Votes {
    f: u32,
    m: u32,
    f_best: Option<GenderEvidence>,
    m_best: Option<GenderEvidence>,
}

impl Votes {
    fn add(&mut self, g: Gender, ev: GenderEvidence) {
        let w = match ev {
            GenderEvidence::Honorific => 4,
            GenderEvidence::Role => 3,
            GenderEvidence::Agreement => 2,
            GenderEvidence::FirstName => 0,
        };
        let (n, best) = match g {
            Gender::Feminine => (&mut self.f, &mut self.f_best),
            Gender::Masculine => (&mut self.m, &mut self.m_best),
            Gender::Any => return,
        };
        *n += w;
        *best = Some(best.map_or(ev, |b| b.min(ev)));
    }

    /// A quotation's pronoun or role counts less than a word next to the name: the speaker
    /// was resolved by another stage, which can be wrong.
    fn add_weak(&mut self, g: Gender) {
        match g {
            Gender::Feminine => {
                self.f += 1;
                self.f_best = Some(self.f_best.map_or(GenderEvidence::Agreement, |b| {
                    b.min(GenderEvidence::Agreement)
                }));
            }
            Gender::Masculine => {
                self.m += 1;
                self.m_best = Some(self.m_best.map_or(GenderEvidence::Agreement, |b| {
                    b.min(GenderEvidence::Agreement)
                }));
            }
            Gender::Any => {}
        }
    }

    fn decide(self) -> Option<(PersonGender, GenderEvidence)> {
        use std::cmp::Ordering::*;
        match self.f.cmp(&self.m) {
            Greater => Some((PersonGender::Female, self.f_best?)),
            Less => Some((PersonGender::Male, self.m_best?)),
            Equal => None,
        }
    }

    fn any(self) -> bool {
        self.f + self.m > 0
    }
}

/// The gender of one person entity and the evidence for it.
fn person_gender(a: &Article, id: &str) -> (PersonGender, Option<GenderEvidence>) {
    let Some(e) = a.entities.iter().find(|e| e.id == id) else {
        return (PersonGender::Unknown, None);
    };
    let mut votes = Votes::default();
    // a role taking the name up in the next sentence is coreference, which can be wrong
    // (`… a répondu Jean X. L'avocate de la famille ajoute`): it decides only where neither
    // the words around the name nor a clear first name do
    let mut next_sentence = Votes::default();
    for m in &e.mentions {
        let first = a
            .tokens
            .partition_point(|t| t.span.byte_start < m.span.byte_start);
        let end = a
            .tokens
            .partition_point(|t| t.span.byte_start < m.span.byte_end);
        if first >= end {
            continue;
        }
        mention_votes(a, first, end, &mut votes);
        if let Some(g) = description_in_next_sentence(a, id, end) {
            next_sentence.add_weak(g);
        }
    }
    for q in &a.quotes {
        let Some(s) = &q.speaker else { continue };
        if s.entity.as_deref() != Some(id) || !s.resolved {
            continue;
        }
        if let Some(g) = speaker_phrase_gender(&s.text) {
            votes.add_weak(g);
        }
    }
    if let Some((g, ev)) = votes.decide() {
        return (g, Some(ev));
    }
    if votes.any() {
        // the text contradicts itself as much as it agrees: say nothing rather than guess
        return (PersonGender::Unknown, None);
    }
    match fr::first_name_gender(&e.name) {
        Some(Gender::Feminine) => (PersonGender::Female, Some(GenderEvidence::FirstName)),
        Some(Gender::Masculine) => (PersonGender::Male, Some(GenderEvidence::FirstName)),
        _ => match next_sentence.decide() {
            Some((g, ev)) => (g, Some(ev)),
            None => (PersonGender::Unknown, None),
        },
    }
}

fn text<'a>(a: &'a Article, t: &Token) -> &'a str {
    a.slice(&t.span)
}

fn lower(a: &Article, t: &Token) -> String {
    fr::fold(text(a, t))
}

/// The token at `i` when it is in sentence `s`.
fn tok(a: &Article, i: usize, s: usize) -> Option<&Token> {
    a.tokens.get(i).filter(|t| t.sentence == s)
}

/// Evidence around one mention spanning tokens `first..end`.
fn mention_votes(a: &Article, first: usize, end: usize, votes: &mut Votes) {
    let s = a.tokens[first].sentence;
    // an honorific inside the mention's first token counts like one before it
    if let Some(g) = honorific(text(a, &a.tokens[first])) {
        votes.add(g, GenderEvidence::Honorific);
    }
    if first > 0 {
        if let Some(g) = honorific_before(a, first, s) {
            votes.add(g, GenderEvidence::Honorific);
            return;
        }
        if let Some((g, ev)) = role_before(a, first, s) {
            votes.add(g, ev);
        } else if let Some((g, _)) = role_of_domain_before(a, first, s) {
            // weaker than a role next to the name: the words between may hide a second
            // person, and a masculine role still names women in older usage ("le ministre
            // de l'Intérieur X est arrivée")
            votes.add_weak(g);
        }
    }
    // what follows the name speaks of it only when the name is not itself a complement
    // ("le fils de X est né", "la voix du ténor camerounais X est montée"): no preposition
    // before it, nor before the role words in front of it (up to a determiner: "le ministre
    // de l'Intérieur X est venu" has X in its subject)
    // ("et" only right before the name: "X et Y sont", not "le comédien et humoriste X est")
    let complement = (1..=3)
        .map_while(|back| {
            let t = tok(a, first.checked_sub(back)?, s)?;
            let w = lower(a, t);
            let det = matches!(w.as_str(), "le" | "la" | "les" | "l'" | "un" | "une");
            (!det && w.chars().next().is_some_and(char::is_alphabetic)).then_some((back, w))
        })
        .any(|(back, w)| {
            matches!(
                w.as_str(),
                "de" | "d'" | "du" | "des" | "à" | "au" | "aux" | "par" | "pour" | "avec"
            ) || (back == 1 && w == "et")
        });
    // an age in apposition ("X, 45 ans, infirmière", "X, 30 ans, est mort") stands between
    // the name and what is said of it
    let (end, after) = match age_apposition(a, end, s) {
        Some(comma) => (comma, comma + 1),
        None => (end, end),
    };
    if let Some((g, ev)) = apposition_after(a, end, s) {
        votes.add(g, ev);
    } else if !complement {
        if let Some((g, ev)) = predicate_after(a, after, s) {
            votes.add(g, ev);
        }
    }
}

/// A name ending its sentence, taken up by a definite role at the head of the next one:
/// `C'est l'avis de X. La médaillée d'argent se plaint …`, `… a répondu X. L'avocate
/// ajoute …`. Newswriters vary the reference this way; the role is the only gender word.
/// Only when the name is the one person of its sentence (with two, the role may take up
/// either) and the role names no one itself (`La ministre Y a dit` is another person). A
/// weak vote: this is coreference, not a word next to the name.
fn description_in_next_sentence(a: &Article, id: &str, end: usize) -> Option<Gender> {
    let last = a.tokens.get(end.checked_sub(1)?)?;
    let s = last.sentence;
    let stop = tok(a, end, s)?;
    if !matches!(text(a, stop), "." | "!") || tok(a, end + 1, s).is_some() {
        return None;
    }
    let sentence = a.sentences.get(s)?.span;
    let other_person = a.entities.iter().any(|e| {
        e.kind == EntityType::PER
            && e.id != id
            && e.mentions.iter().any(|m| {
                m.span.byte_start >= sentence.byte_start && m.span.byte_end <= sentence.byte_end
            })
    });
    if other_person {
        return None;
    }
    let next = s + 1;
    let det = tok(a, end + 1, next)?;
    if !matches!(lower(a, det).as_str(), "la" | "le" | "l'") {
        return None;
    }
    let (title, role_end) = (end + 2..end + 2 + fr::max_title_words()).find_map(|j| {
        title_ending_at(a, j, next)
            .filter(|(_, start)| *start == end + 2)
            .map(|(t, _)| (t, j))
    })?;
    // no person named right after the role (`La ministre de la Santé Y a dit`: someone else)
    let window = a
        .tokens
        .get(role_end + 1..(role_end + 7).min(a.tokens.len()))
        .unwrap_or(&[]);
    let named = window.iter().take_while(|t| t.sentence == next).any(|t| {
        a.entities.iter().any(|e| {
            e.kind == EntityType::PER
                && e.mentions
                    .iter()
                    .any(|m| m.span.byte_start == t.span.byte_start)
        })
    });
    if named {
        return None;
    }
    role_gender(a, title.gender, end + 2, next).map(|(g, _)| g)
}

/// The closing comma of an age in apposition right after a name ending before token `end`
/// (`, 45 ans,`), if there is one.
fn age_apposition(a: &Article, end: usize, s: usize) -> Option<usize> {
    let comma = |k: usize| tok(a, k, s).is_some_and(|t| text(a, t) == ",");
    let number = tok(a, end + 1, s)?;
    let is_number = number.kind == depeche_article::TokenKind::Number
        || text(a, number).chars().all(|c| c.is_ascii_digit());
    let years = tok(a, end + 2, s).is_some_and(|t| matches!(lower(a, t).as_str(), "ans" | "an"));
    (comma(end) && is_number && years && comma(end + 3)).then_some(end + 3)
}

/// The honorific right before token `first`, its period a token of its own or not (`M.`).
fn honorific_before(a: &Article, first: usize, s: usize) -> Option<Gender> {
    let t = tok(a, first - 1, s)?;
    if text(a, t) == "." {
        return honorific(text(a, tok(a, first.checked_sub(2)?, s)?));
    }
    honorific(text(a, t))
}

/// `M.`, `Mme`, `Madame`: the gender an honorific or form of address implies.
fn honorific(word: &str) -> Option<Gender> {
    let key = word.trim_end_matches('.');
    if let Some(g) = fr::honorifics().get(key) {
        return (*g != Gender::Any).then_some(*g);
    }
    match fr::gender_words().get(fr::fold(word).as_str()) {
        Some((g, GenderWordKind::Address)) if *g != Gender::Any => Some(*g),
        _ => None,
    }
}

/// A title (`ministre`, `avocate`) ending at token `j`, one to three words long: its gender
/// and the index of its first token.
fn title_ending_at(a: &Article, j: usize, s: usize) -> Option<(depeche_lang::fr::Title, usize)> {
    let max = fr::max_title_words();
    let mut best = None;
    let mut phrase = String::new();
    for n in 1..=max {
        let Some(start) = j.checked_sub(n - 1) else {
            break;
        };
        let Some(t) = tok(a, start, s) else {
            break;
        };
        let w = lower(a, t);
        if !w.chars().next().is_some_and(char::is_alphabetic) {
            break;
        }
        phrase = if phrase.is_empty() {
            w
        } else {
            format!("{w} {phrase}")
        };
        if let Some(title) = fr::titles().get(&phrase) {
            if !title.organization {
                best = Some((*title, start));
            }
        }
    }
    best
}

/// Whether a token is a lower-case word (an adjective or noun of a role phrase).
fn lower_word(a: &Article, t: &Token) -> bool {
    text(a, t).chars().next().is_some_and(char::is_lowercase)
}

/// `[det] role [adj] NAME`: `la chancelière allemande Angela Merkel`, `l'avocate Marie X`,
/// `la ministre Agnès X`, `le président Macron`.
fn role_before(a: &Article, first: usize, s: usize) -> Option<(Gender, GenderEvidence)> {
    // at most two adjectives between the role and the name ("allemande", "sortante")
    for skip in 0..=2usize {
        let j = first.checked_sub(1 + skip)?;
        let t = tok(a, j, s)?;
        if !lower_word(a, t) {
            return None;
        }
        if let Some((title, start)) = title_ending_at(a, j, s) {
            // an epicene word without its own determiner ("le sénateur démocrate X") lets
            // the role before it speak
            if let Some(g) = role_gender(a, title.gender, start, s) {
                return Some(g);
            }
            continue;
        }
        // only adjectives may stand between: stop at a function word
        let w = lower(a, t);
        if fr::gender_words().contains_key(w.as_str()) || w.len() <= 3 {
            return None;
        }
    }
    None
}

/// `[det] role de [det] Domain NAME`: the role's complement names its domain with a capital
/// (`la ministre de la Santé Marisol X`, `le président du Sénat Gérard X`). The domain must
/// open with a capital: a lower-case complement may be the name's own head (`l'avocat de la
/// famille Dupont` says nothing of a Dupont).
fn role_of_domain_before(a: &Article, first: usize, s: usize) -> Option<(Gender, GenderEvidence)> {
    // the domain: one to three words before the name, the first of them capitalised
    for len in 1..=3usize {
        let open = first.checked_sub(len)?;
        let words_ok = (open..first).all(|i| {
            tok(a, i, s).is_some_and(|t| text(a, t).chars().all(|c| c.is_alphabetic() || c == '-'))
        });
        if !words_ok {
            return None;
        }
        if !tok(a, open, s)
            .is_some_and(|t| text(a, t).chars().next().is_some_and(char::is_uppercase))
        {
            continue;
        }
        // then an optional determiner, then the preposition
        let mut p = open.checked_sub(1)?;
        if matches!(lower(a, tok(a, p, s)?).as_str(), "la" | "l'" | "le" | "les") {
            p = p.checked_sub(1)?;
        }
        if !matches!(lower(a, tok(a, p, s)?).as_str(), "de" | "d'" | "du" | "des") {
            continue;
        }
        let (title, start) = title_ending_at(a, p.checked_sub(1)?, s)?;
        return role_gender(a, title.gender, start, s);
    }
    None
}

/// The gender a role noun starting at `start` gives: its own when it has a gendered form
/// (`avocate`), else its determiner's (`la ministre`).
fn role_gender(
    a: &Article,
    title: Gender,
    start: usize,
    s: usize,
) -> Option<(Gender, GenderEvidence)> {
    if title != Gender::Any {
        return Some((title, GenderEvidence::Role));
    }
    let d = tok(a, start.checked_sub(1)?, s)?;
    match fr::gender_words().get(lower(a, d).as_str()) {
        Some((g, GenderWordKind::Determiner)) if *g != Gender::Any => {
            Some((*g, GenderEvidence::Agreement))
        }
        _ => None,
    }
}

/// `NAME, [det] role` or `NAME, participle`: `X, avocate de ...`, `X, la porte-parole`,
/// `X, née en 1950`.
fn apposition_after(a: &Article, end: usize, s: usize) -> Option<(Gender, GenderEvidence)> {
    let comma = tok(a, end, s)?;
    if text(a, comma) != "," {
        return None;
    }
    let t = tok(a, end + 1, s)?;
    let w = lower(a, t);
    if let Some((g, kind)) = fr::gender_words().get(w.as_str()) {
        match kind {
            GenderWordKind::Participle if *g != Gender::Any => {
                return Some((*g, GenderEvidence::Agreement))
            }
            GenderWordKind::Determiner => {
                // determiner then a role noun of one to three words
                for n in 1..=3 {
                    if let Some((title, start)) = title_ending_at(a, end + 1 + n, s) {
                        if start == end + 2 {
                            return role_gender(a, title.gender, start, s);
                        }
                    }
                }
                return None;
            }
            _ => return None,
        }
    }
    for n in (1..=3).rev() {
        if let Some((title, start)) = title_ending_at(a, end + n, s) {
            if start == end + 1 && title.gender != Gender::Any {
                return Some((title.gender, GenderEvidence::Role));
            }
        }
    }
    None
}

/// `NAME est née`, `NAME s'est dite satisfaite`, `NAME a été élue`, `NAME est avocate`.
fn predicate_after(a: &Article, end: usize, s: usize) -> Option<(Gender, GenderEvidence)> {
    let mut i = end;
    let w = |i: usize| tok(a, i, s).map(|t| lower(a, t));
    // an optional negation or reflexive clitic before the auxiliary
    while matches!(w(i).as_deref(), Some("ne" | "n'" | "s'" | "se")) {
        i += 1;
    }
    let aux = w(i)?;
    match aux.as_str() {
        "est" | "était" | "fut" | "sera" | "serait" | "soit" | "reste" | "restait" | "demeure"
        | "semble" | "semblait" | "paraît" => i += 1,
        "a" | "avait" | "aura" | "aurait" | "ait" if w(i + 1).as_deref() == Some("été") => i += 2,
        _ => return None,
    }
    // adverbs between the auxiliary and the participle
    while matches!(
        w(i).as_deref(),
        Some(
            "pas"
                | "plus"
                | "très"
                | "bien"
                | "déjà"
                | "toujours"
                | "aussi"
                | "encore"
                | "jamais"
                | "alors"
                | "particulièrement"
                | "tout"
                | "si"
                | "trop"
        )
    ) {
        i += 1;
    }
    let t = tok(a, i, s)?;
    let word = lower(a, t);
    if let Some((g, GenderWordKind::Participle)) = fr::gender_words().get(word.as_str()) {
        return (*g != Gender::Any).then_some((*g, GenderEvidence::Agreement));
    }
    // "X est avocate": a gendered role noun as predicate, without determiner
    if let Some(title) = fr::titles().get(&word) {
        if !title.organization && title.gender != Gender::Any {
            return Some((title.gender, GenderEvidence::Role));
        }
    }
    // the regular past participles of -er verbs show their gender in their ending
    if word.chars().count() > 3 {
        if word.ends_with("ée") {
            return Some((Gender::Feminine, GenderEvidence::Agreement));
        }
        if word.ends_with('é') {
            return Some((Gender::Masculine, GenderEvidence::Agreement));
        }
    }
    None
}

/// The gender a resolved speaker's own words show: a pronoun (`elle`, `-t-il`) or a
/// determiner with a role (`la ministre`, `l'avocate`).
fn speaker_phrase_gender(phrase: &str) -> Option<Gender> {
    let p = fr::fold(phrase.trim());
    if let Some((g, GenderWordKind::Pronoun)) = fr::gender_words().get(p.as_str()) {
        return (*g != Gender::Any).then_some(*g);
    }
    let (det, rest) = match p.split_once(' ') {
        Some((d, r)) => (d, r),
        None => match p.strip_prefix("l'") {
            Some(r) => ("l'", r),
            None => return None,
        },
    };
    let rest = rest.trim();
    // the longest title at the start of the rest
    let words: Vec<&str> = rest.split(' ').collect();
    let title = (1..=words.len().min(3))
        .rev()
        .find_map(|n| fr::titles().get(&words[..n].join(" ")))?;
    if title.organization {
        return None;
    }
    if title.gender != Gender::Any {
        return Some(title.gender);
    }
    match fr::gender_words().get(det) {
        Some((g, GenderWordKind::Determiner)) if *g != Gender::Any => Some(*g),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
