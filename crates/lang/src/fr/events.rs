//! The event lexicon: `data/fr/events/*.tsv` loaded into lookups for the event coder.
//!
//! Verbs are conjugated by the same generator as the reporting verbs ([`super::verbs`]), so a
//! regular verb is one line of data. Each form remembers whether it is a future or a
//! conditional (a planned event) and whether its lemma is pronominal (the reflexive must be
//! in the text). Nouns get their plural. This module knows words; how a clause is read is
//! `depeche-events`' job.

use super::verbs::{cat, conjugate, strip_reflexive, VerbFormKind};
use crate::hash::{HashMap, HashSet};
use crate::table::rows;

/// Where an argument of an event is found, relative to its trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The direct object (`accuser Moscou`).
    Object,
    /// After a preposition (`avec`, `à`, `contre`, `de`, `par`, ...).
    Prep(&'static str),
    /// `à` / `en` / `au` / `aux` + a place: the visited country.
    Destination,
    /// `entre X et Y`: both actors.
    Between,
    /// The subject of the light verb that governs the noun (`X annonce une levée de fonds
    /// menée par Y`: X is the one invested in).
    Subject,
}

/// A verb of the event lexicon.
#[derive(Debug, Clone)]
pub struct EventVerb {
    pub lemma: &'static str,
    /// CAMEO code (`042`); its first two digits are the root.
    pub code: &'static str,
    /// Where actor2 may be, in order of preference.
    pub actor2: Vec<Slot>,
    /// Without an actor2 the verb has another sense and codes no event.
    pub required: bool,
    /// When not empty, the verb is an event only with one of these nouns as object.
    pub objects: Vec<&'static str>,
    /// Whether the reflexive pronoun must be present (`se rendre`).
    pub pronominal: bool,
    /// An event only as the cue of a quotation (a speech act: `a prévenu X`).
    pub cue_only: bool,
}

/// One surface form of an event verb.
#[derive(Debug, Clone, Copy)]
pub struct EventVerbForm {
    /// Index into [`EventLexicon::verbs`].
    pub verb: usize,
    pub kind: VerbFormKind,
    /// A future or conditional form: the event is planned.
    pub planned: bool,
    /// Words in the form (`mis en garde` is 3).
    pub words: usize,
}

/// A noun of the event lexicon.
#[derive(Debug, Clone)]
pub struct EventNoun {
    pub noun: &'static str,
    pub code: &'static str,
    /// (slot, role): role 1 is actor1, 2 actor2 (`Between` fills both).
    pub frame: Vec<(Slot, u8)>,
}

/// Closed word classes the coder reads clauses with (see `grammar.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    Neg,
    NegPart,
    Det,
    Possessive,
    Plan,
    Aux,
    Passive,
    Subject,
    /// `celle-ci`, `ceux-ci`: the last actor named, whatever its kind.
    Demonstrative,
    SpeakerSubject,
    /// `on`: nobody in particular.
    Generic,
    /// `centaines`, `milliers`, `plupart` before `de`.
    Quantity,
    Stop,
    Prep,
    /// `prêt`, `ouverte`, `disposés` before `à` + an event: the actor says it is willing to
    /// act, which CAMEO codes as an intent (root 03), not as the act.
    Intent,
    /// `si`, `sinon`, `faute de`: a warning that states a condition is a threat (CAMEO 13).
    Condition,
    /// A first-person future ending (`-rons`, `-rai`, stored with a leading hyphen).
    Future1,
    /// First-person futures of auxiliaries and modals (`serons`, `pourrons`, `verrons`): no
    /// act of their own.
    FutureAux,
}

/// What a word of `statements.tsv` says when a quotation holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementClass {
    /// A verb of wrongdoing or failing (`tromper`, `négliger`): blame of whoever did it.
    Blame,
    /// A verb of accepting or giving in (`accepter`, `céder`): refused when negated.
    Yield,
    /// A dismissive noun (`mascarade`): criticism of the act it names.
    Pejorative,
}

/// One reading of a word of `statements.tsv`.
#[derive(Debug, Clone, Copy)]
pub struct StatementWord {
    pub class: StatementClass,
    pub lemma: &'static str,
    /// CAMEO code.
    pub code: &'static str,
    /// The verb form's kind; `None` for a noun.
    pub kind: Option<VerbFormKind>,
    /// Words in the form (`usine à gaz` is 3).
    pub words: usize,
}

/// An institution standing for a state (`Kremlin` → RU).
#[derive(Debug, Clone, Copy)]
pub struct Institution {
    pub name: &'static str,
    pub country: &'static str,
    pub role: &'static str,
}

/// The whole French event lexicon.
#[derive(Debug)]
pub struct EventLexicon {
    verbs: Vec<EventVerb>,
    /// Forms shared by two verbs (`réunit`: `réunir`, `se réunir`) keep both readings.
    verb_forms: HashMap<String, Vec<EventVerbForm>>,
    /// First words of multi-word verb forms (`mis` of `mis en garde`).
    verb_starts: HashSet<String>,
    max_verb_words: usize,
    nouns: Vec<EventNoun>,
    noun_forms: HashMap<String, usize>,
    /// Per first word of a multi-word noun form, the most words such a form has (`levée` of
    /// `levée de fonds`: 3): a lookup of the longest noun at a word asks only for the lengths
    /// that can be there.
    noun_lengths: HashMap<String, usize>,
    light_verbs: HashSet<String>,
    roles: HashMap<String, &'static str>,
    /// Actor nouns that stand for the town the article is about (`la ville`, `la commune`).
    city_roles: HashSet<String>,
    /// Actor nouns for the person a legal action is against (`le prévenu`).
    defendant_roles: HashSet<String>,
    /// Actor nouns for a group sent by the protesters of the article (`une délégation`).
    delegation_roles: HashSet<String>,
    /// Seats of an office (`préfecture`) and the office holder's noun (`préfet`).
    seats: HashMap<String, &'static str>,
    /// Words of a sports club's name (`olympique`, `FC`): a fixture is no visit.
    clubs: HashSet<&'static str>,
    /// Every first word of an actor noun (`premier` of `premier ministre`).
    role_starts: HashSet<String>,
    max_role_words: usize,
    institutions: Vec<Institution>,
    grammar: HashMap<&'static str, WordClass>,
    /// Words that make a statement an event by what it says (`statements.tsv`).
    statements: HashMap<String, Vec<StatementWord>>,
    /// As `noun_lengths`, for the forms of `statements.tsv`.
    statement_lengths: HashMap<String, usize>,
}

/// Per first word of the multi-word keys, the most words a key starting with it has.
fn lengths_by_first_word<'a>(keys: impl Iterator<Item = &'a String>) -> HashMap<String, usize> {
    let mut m: HashMap<String, usize> = HashMap::default();
    for k in keys {
        if let Some((first, _)) = k.split_once(' ') {
            let n = k.split(' ').count();
            let e = m.entry(first.to_string()).or_insert(n);
            *e = (*e).max(n);
        }
    }
    m
}

fn parse_slot(s: &'static str) -> Slot {
    match s {
        "obj" => Slot::Object,
        "dest" => Slot::Destination,
        "entre" => Slot::Between,
        "subj" => Slot::Subject,
        p => Slot::Prep(p),
    }
}

/// Plural of a noun: `-al` → `-aux`, `-s`/`-x`/`-z` unchanged, else `+s` (on the first word).
fn plural(noun: &str) -> String {
    let (head, tail) = match noun.find(' ') {
        Some(i) => (&noun[..i], &noun[i..]),
        None => (noun, ""),
    };
    let head = if let Some(stem) = head.strip_suffix("al") {
        cat(&[stem, "aux"])
    } else if head.ends_with(['s', 'x', 'z']) {
        head.to_string()
    } else {
        cat(&[head, "s"])
    };
    cat(&[&head, tail])
}

/// The stems a verb's future and conditional are built on, to tell those forms apart.
fn future_stems(base: &str, group: &str, extra: &str) -> Vec<String> {
    match group {
        "er" => {
            let stem = base.strip_suffix("er").unwrap_or(base);
            let mut v = vec![cat(&[stem, "er"])];
            if let Some(s) = extra.strip_prefix("stem=") {
                v.push(cat(&[s, "er"]));
            }
            // répéter → répètera as well as répétera
            v.push(format!("{}er", stem.replace('é', "è")));
            v
        }
        "ir" => vec![format!("{}ir", base.strip_suffix("ir").unwrap_or(base))],
        _ => extra
            .split(',')
            .nth(6)
            .map(|s| s.trim().split(' ').next().unwrap_or("").to_string())
            .into_iter()
            .collect(),
    }
}

fn is_future(form: &str, stems: &[String]) -> bool {
    let first = form.split(' ').next().unwrap_or(form);
    stems.iter().any(|s| {
        first
            .strip_prefix(s.as_str())
            .is_some_and(|end| matches!(end, "a" | "ont" | "ait" | "aient" | "ons" | "ai" | "ez"))
    })
}

impl EventLexicon {
    /// Parse the tables (arguments: the contents of the files of `data/fr/events/`).
    pub fn parse(
        verbs_tsv: &'static str,
        nouns_tsv: &'static str,
        light_tsv: &'static str,
        actors_tsv: &'static str,
        institutions_tsv: &'static str,
        grammar_tsv: &'static str,
        statements_tsv: &'static str,
    ) -> Self {
        let mut verbs = Vec::new();
        let mut verb_forms: HashMap<String, Vec<EventVerbForm>> = HashMap::default();
        for r in rows(verbs_tsv) {
            let (lemma, group, extra) = (r[0], r[1], r.get(2).copied().unwrap_or(""));
            let (base, pronominal) = strip_reflexive(lemma);
            let stems = future_stems(base, group, extra);
            let mut forms = conjugate(lemma, group, extra);
            // First persons, for events stated by their actor in a quotation ("nous
            // bloquerons"): the future's 1sg and 1pl.
            // a multi-word irregular verb keeps its words after the stem (`mettrai en garde`,
            // not a bare `mettrai`)
            let irr_tail = match group {
                "er" | "ir" => "",
                _ => extra
                    .split(',')
                    .nth(6)
                    .map(str::trim)
                    .and_then(|s| s.find(' ').map(|i| &s[i..]))
                    .unwrap_or(""),
            };
            for s in &stems {
                let (head, tail) = match s.find(' ') {
                    Some(i) => (&s[..i], &s[i..]),
                    None => (s.as_str(), irr_tail),
                };
                let tail = tail.to_string();
                for end in ["ai", "ons"] {
                    forms.push((cat(&[head, end, &tail]), VerbFormKind::Finite));
                }
            }
            let idx = verbs.len();
            let slots = r.get(4).copied().unwrap_or("-");
            let (slots, required) = match slots.strip_suffix('!') {
                Some(s) => (s, true),
                None => (slots, false),
            };
            verbs.push(EventVerb {
                lemma,
                code: r[3],
                actor2: if slots == "-" || slots.is_empty() {
                    Vec::new()
                } else {
                    slots.split('|').map(parse_slot).collect()
                },
                required,
                objects: r
                    .get(5)
                    .filter(|s| !s.is_empty())
                    .map(|s| s.split('|').collect())
                    .unwrap_or_default(),
                pronominal,
                cue_only: r.get(6) == Some(&"cue"),
            });
            for (form, kind) in forms {
                let planned = kind == VerbFormKind::Finite && is_future(&form, &stems);
                let words = form.split(' ').count();
                let readings = verb_forms.entry(form).or_default();
                if !readings.iter().any(|r| r.verb == idx) {
                    readings.push(EventVerbForm {
                        verb: idx,
                        kind,
                        planned,
                        words,
                    });
                }
            }
        }
        let mut nouns = Vec::new();
        let mut noun_forms = HashMap::default();
        for r in rows(nouns_tsv) {
            let idx = nouns.len();
            let frame = r[3]
                .split(' ')
                .filter_map(|p| {
                    let (slot, role) = p.split_once(':')?;
                    let role = if role == "12" { 3 } else { role.parse().ok()? };
                    Some((parse_slot(slot), role))
                })
                .collect();
            nouns.push(EventNoun {
                noun: r[0],
                code: r[2],
                frame,
            });
            noun_forms.insert(r[0].to_string(), idx);
            let pl = if r[1] == "-" {
                plural(r[0])
            } else {
                r[1].to_string()
            };
            noun_forms.insert(pl, idx);
        }
        let light_verbs = rows(light_tsv)
            .flat_map(|r| conjugate(r[0], r[1], r.get(2).copied().unwrap_or("")))
            .map(|(f, _)| f)
            .collect();
        let mut roles = HashMap::default();
        let mut city_roles = HashSet::default();
        let mut defendant_roles = HashSet::default();
        let mut delegation_roles = HashSet::default();
        let mut seats = HashMap::default();
        for r in rows(actors_tsv) {
            if r.get(2) == Some(&"delegation") {
                delegation_roles.insert(r[0].to_string());
            }
            if let Some(holder) = r.get(2).and_then(|x| x.strip_prefix("seat:")) {
                seats.insert(r[0].to_string(), holder);
            }
            roles.insert(r[0].to_string(), r[1]);
            roles.entry(plural(r[0])).or_insert(r[1]);
            if r.get(2) == Some(&"city") {
                city_roles.insert(r[0].to_string());
            }
            if r.get(2) == Some(&"defendant") {
                defendant_roles.insert(r[0].to_string());
            }
        }
        let max_role_words = roles
            .keys()
            .map(|k| k.split(' ').count())
            .max()
            .unwrap_or(1);
        let role_starts = roles
            .keys()
            .map(|k| k.split(' ').next().unwrap_or(k).to_string())
            .collect();
        let institutions = rows(institutions_tsv)
            .map(|r| Institution {
                name: r[0],
                country: r[1],
                role: r[2],
            })
            .collect();
        let clubs = rows(grammar_tsv)
            .filter(|r| r[1] == "club")
            .map(|r| r[0])
            .collect();
        let grammar = rows(grammar_tsv)
            .filter_map(|r| {
                let class = match r[1] {
                    "neg" => WordClass::Neg,
                    "negpart" => WordClass::NegPart,
                    "det" => WordClass::Det,
                    "poss" => WordClass::Possessive,
                    "plan" => WordClass::Plan,
                    "aux" => WordClass::Aux,
                    "passive" => WordClass::Passive,
                    "subj" => WordClass::Subject,
                    "subj1" => WordClass::SpeakerSubject,
                    "subjdem" => WordClass::Demonstrative,
                    "generic" => WordClass::Generic,
                    "quantity" => WordClass::Quantity,
                    "stop" => WordClass::Stop,
                    "prep" => WordClass::Prep,
                    "intent" => WordClass::Intent,
                    "condition" => WordClass::Condition,
                    "future1" => WordClass::Future1,
                    "futaux" => WordClass::FutureAux,
                    _ => return None,
                };
                Some((r[0], class))
            })
            .collect();
        let max_verb_words = verb_forms
            .values()
            .flatten()
            .map(|f| f.words)
            .max()
            .unwrap_or(1);
        let verb_starts = verb_forms
            .keys()
            .filter_map(|k| k.split_once(' ').map(|(w, _)| w.to_string()))
            .collect();
        let mut statements: HashMap<String, Vec<StatementWord>> = HashMap::default();
        for r in rows(statements_tsv) {
            let (class, lemma, group) = (r[0], r[1], r[2]);
            let extra = r.get(3).copied().unwrap_or("");
            let code = r[4];
            let class = match class {
                "blame" => StatementClass::Blame,
                "yield" => StatementClass::Yield,
                "pejorative" => StatementClass::Pejorative,
                _ => continue,
            };
            let mut add = |form: String, kind: Option<VerbFormKind>| {
                // an elided word is its own token (`effet d' annonce`)
                let form = form.replace('\'', "' ").replace("'  ", "' ");
                let words = form.split(' ').count();
                let readings = statements.entry(form).or_default();
                if !readings.iter().any(|x| x.lemma == lemma) {
                    readings.push(StatementWord {
                        class,
                        lemma,
                        code,
                        kind,
                        words,
                    });
                }
            };
            if group == "noun" {
                add(lemma.to_string(), None);
                add(plural(lemma), None);
                continue;
            }
            let (base, _) = strip_reflexive(lemma);
            let forms = conjugate(lemma, group, extra);
            // first persons: the future's (`céderai`, `accepterons`) and the present plural,
            // built on the imperfect's stem (`acceptons`, `trahissons`, `soumettons`)
            let mut first: Vec<String> = Vec::new();
            for st in future_stems(base, group, extra) {
                first.push(cat(&[&st, "ai"]));
                first.push(cat(&[&st, "ons"]));
            }
            if let Some(stem) = forms.iter().find_map(|(f, k)| {
                (*k == VerbFormKind::Finite)
                    .then(|| f.strip_suffix("ait"))
                    .flatten()
            }) {
                first.push(cat(&[stem, "ons"]));
            }
            for (f, k) in forms {
                add(f, Some(k));
            }
            for f in first {
                add(f, Some(VerbFormKind::Finite));
            }
        }
        let noun_lengths = lengths_by_first_word(noun_forms.keys());
        let statement_lengths = lengths_by_first_word(statements.keys());
        EventLexicon {
            verbs,
            verb_forms,
            verb_starts,
            max_verb_words,
            nouns,
            noun_lengths,
            noun_forms,
            light_verbs,
            roles,
            city_roles,
            defendant_roles,
            delegation_roles,
            seats,
            clubs,
            role_starts,
            max_role_words,
            institutions,
            grammar,
            statements,
            statement_lengths,
        }
    }

    /// The readings of a lower-case word (or words joined by single spaces) in
    /// `statements.tsv`: empty when it is none.
    pub fn statement_words(&self, form: &str) -> &[StatementWord] {
        self.statements.get(form).map_or(&[], Vec::as_slice)
    }

    /// The most words a form of `statements.tsv` starting with this lower-case word has
    /// (1 when none has more).
    pub fn max_statement_words_from(&self, word: &str) -> usize {
        self.statement_lengths.get(word).copied().unwrap_or(1)
    }

    /// The readings of a lower-case word (or words joined by single spaces) as an event
    /// verb form: empty when it is none.
    pub fn verb_forms(&self, form: &str) -> &[EventVerbForm] {
        self.verb_forms.get(form).map_or(&[], Vec::as_slice)
    }

    /// Whether a multi-word verb form starts with this lower-case word.
    pub fn starts_multiword_verb(&self, word: &str) -> bool {
        self.verb_starts.contains(word)
    }

    /// Longest verb form in words.
    pub fn max_verb_words(&self) -> usize {
        self.max_verb_words
    }

    pub fn verb(&self, idx: usize) -> &EventVerb {
        &self.verbs[idx]
    }

    pub fn verbs(&self) -> &[EventVerb] {
        &self.verbs
    }

    /// The event noun a lower-case word (singular or plural) is.
    pub fn noun(&self, word: &str) -> Option<&EventNoun> {
        self.noun_forms.get(word).map(|&i| &self.nouns[i])
    }

    /// The most words an event noun form starting with this lower-case word has (1 when
    /// none has more).
    pub fn max_noun_words_from(&self, word: &str) -> usize {
        self.noun_lengths.get(word).copied().unwrap_or(1)
    }

    pub fn nouns(&self) -> &[EventNoun] {
        &self.nouns
    }

    /// Whether a lower-case word is a form of a light verb (`effectue`, `a ouvert`).
    pub fn is_light_verb(&self, word: &str) -> bool {
        self.light_verbs.contains(word)
    }

    /// The CAMEO role of an actor noun (`préfet` → GOV), lower case, singular or plural.
    pub fn role(&self, noun: &str) -> Option<&'static str> {
        self.roles.get(noun).copied()
    }

    /// Whether an actor noun, with a definite article and no complement, stands for the town
    /// the article is about (`la ville a réduit ses dépenses`: its municipality).
    pub fn stands_for_city(&self, noun: &str) -> bool {
        self.city_roles.contains(noun)
    }

    /// Whether an actor noun names the person a trial, an arrest or an investigation is
    /// against (`le prévenu`, `la suspecte`): that person, named earlier.
    pub fn is_defendant_role(&self, noun: &str) -> bool {
        self.defendant_roles.contains(noun)
    }

    /// Whether an actor noun names a group sent by others (`une délégation`): alone, the
    /// protesters of the article.
    pub fn is_delegation_role(&self, noun: &str) -> bool {
        self.delegation_roles.contains(noun)
    }

    /// The noun of whoever holds the office a seat stands for (`préfecture` → `préfet`).
    pub fn seat_holder(&self, noun: &str) -> Option<&'static str> {
        self.seats.get(noun).copied()
    }

    /// Whether a lower-case word of an organisation's name marks a sports club.
    pub fn is_club_word(&self, word: &str) -> bool {
        self.clubs.contains(word)
    }

    /// Whether an actor noun starts with this lower-case word: the cheap test before
    /// building longer keys.
    pub fn may_start_role(&self, word: &str) -> bool {
        self.role_starts.contains(word)
    }

    /// Longest actor noun in words (`chef de l'état` is 3).
    pub fn max_role_words(&self) -> usize {
        self.max_role_words
    }

    pub fn institutions(&self) -> &[Institution] {
        &self.institutions
    }

    /// The closed class of a lower-case word, if any.
    pub fn class(&self, word: &str) -> Option<WordClass> {
        self.grammar.get(word).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::super::event_lexicon;
    use super::*;

    /// (surface form, lemma, code, planned): the generated forms of event verbs.
    const VERB_FORMS: &[(&str, &str, &str, bool)] = &[
        ("rend", "se rendre", "042", false),
        ("rendra", "se rendre", "042", true),
        ("rendu", "se rendre", "042", false),
        ("entretiendra", "s'entretenir", "040", true),
        ("entretenu", "s'entretenir", "040", false),
        ("reçoit", "recevoir", "043", false),
        ("reçue", "recevoir", "043", false),
        ("accuse", "accuser", "112", false),
        ("accusaient", "accuser", "112", false),
        ("accuserait", "accuser", "112", true),
        ("menaçait", "menacer", "130", false),
        ("menaçant", "menacer", "130", false),
        ("rejette", "rejeter", "120", false),
        ("mis en garde", "mettre en garde", "130", false),
        ("bombarderont", "bombarder", "195", true),
        ("bloquerons", "bloquer", "144", true),
        ("envahit", "envahir", "192", false),
        ("rendu hommage", "rendre hommage", "051", false),
    ];

    #[test]
    fn verb_forms_are_generated_with_their_tense() {
        let lx = event_lexicon();
        for &(form, lemma, code, planned) in VERB_FORMS {
            let f = lx
                .verb_forms(form)
                .first()
                .unwrap_or_else(|| panic!("{form} missing"));
            let v = lx.verb(f.verb);
            assert_eq!(
                (v.lemma, v.code, f.planned),
                (lemma, code, planned),
                "{form}"
            );
        }
    }

    #[test]
    fn every_code_is_a_cameo_code_of_roots_03_to_20() {
        let lx = event_lexicon();
        let codes = lx
            .verbs()
            .iter()
            .map(|v| v.code)
            .chain(lx.nouns().iter().map(|n| n.code));
        for c in codes {
            let root: u32 = c[..2].parse().expect(c);
            assert!(
                (3..=20).contains(&root) && (2..=4).contains(&c.len()),
                "{c}"
            );
        }
    }

    #[test]
    fn statement_words_load_with_their_forms() {
        let lx = event_lexicon();
        for (form, class, code) in [
            ("trompé", StatementClass::Blame, "1121"),
            ("négligé", StatementClass::Blame, "111"),
            ("menti", StatementClass::Blame, "112"),
            ("céderai", StatementClass::Yield, "124"),
            ("acceptons", StatementClass::Yield, "120"),
            ("accepterons", StatementClass::Yield, "120"),
            ("mascarades", StatementClass::Pejorative, "111"),
            ("effet d' annonce", StatementClass::Pejorative, "111"),
        ] {
            let r = lx.statement_words(form);
            assert!(
                r.iter().any(|x| x.class == class && x.code == code),
                "{form}: {r:?}"
            );
        }
        assert_eq!(lx.seat_holder("préfecture"), Some("préfet"));
        assert!(lx.is_delegation_role("délégation") && lx.is_club_word("olympique"));
    }

    #[test]
    fn nouns_roles_and_grammar_load() {
        let lx = event_lexicon();
        assert_eq!(lx.noun("visites").map(|n| n.code), Some("042"));
        assert_eq!(lx.noun("arrestation").map(|n| n.frame.len()), Some(2));
        assert_eq!(lx.role("préfets"), Some("GOV"));
        assert_eq!(lx.role("journaux"), Some("MED"));
        assert!(lx.is_light_verb("effectuera") && lx.is_light_verb("ouvert"));
        assert_eq!(lx.class("jamais"), Some(WordClass::NegPart));
        assert!(lx.institutions().iter().any(|i| i.name == "Kremlin"));
    }
}
