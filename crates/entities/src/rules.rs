//! Finding and typing entity mentions from tokens, lists and the place gazetteer.

use depeche_article::{Article, EntityType, TokenKind};
use depeche_lang::hash::{HashMap, HashSet};
use depeche_places::{demonym_country, fold, fold_on, Gazetteer};
use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::OnceLock;

/// A typed mention before merging (byte offsets into the article text).
#[derive(Debug, Clone, PartialEq)]
pub struct RawMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: EntityType,
    /// Whether a rule decided the type from evidence (a title, the gazetteer, a known
    /// organisation, an organisation head, an acronym, a given name) rather than by default
    /// (an unknown capitalised word or sequence).
    pub sure: bool,
}

/// The word lists in `data/` and the lexicon in `model/`.
pub struct Lists {
    /// Nouns heading an organisation's name (`data/org_heads.txt` and
    /// `data/org_heads_rules.txt`).
    pub org_heads: HashSet<String>,
    /// The heads the trained model's feature reads (`data/org_heads.txt` only: the model
    /// learnt its weight with that list).
    pub model_org_heads: HashSet<String>,
    pub lower_org_heads: HashSet<String>,
    /// Lower-case nouns that open a site's name (`place de la Bastille`), each with whether
    /// the name must follow it directly (`data/direct_site_heads.txt`: `l'hôpital Necker`, but
    /// `l'hôpital de Belfort` is the town). One map, so that a word costs one lookup.
    pub site_heads: HashMap<String, bool>,
    /// The direct heads whose name is no person's full name, no known body's and no acronym
    /// (`data/strict_site_heads.txt`: `la prison Evin`, not `la centrale Force ouvrière`).
    pub strict_site_heads: HashSet<String>,
    /// Nouns of natural sites that, capitalised, belong to the name after them
    /// (`data/capital_site_heads.txt`: `le Lac de Morvanne`, `le Cap Dorvel`).
    pub capital_site_heads: HashSet<String>,
    /// A head and an adjective whose `de` complement is the site's name
    /// (`data/adjective_site_kinds.txt`: `le parc national de X`).
    pub adjective_site_kinds: HashSet<String>,
    /// A head and an adjective before which a name right after is the site's
    /// (`data/adjective_site_names.txt`: `le centre commercial X`; not `le centre technique X`).
    pub adjective_site_names: HashSet<String>,
    /// Heads of streets named after a titled person (`data/street_heads.txt`: `l'avenue du
    /// Général de Gaulle`), and those titles (`data/dedication_titles.txt`).
    pub street_heads: HashSet<String>,
    pub dedication_titles: HashSet<String>,
    /// Lower-case nouns for a kind of territory before its name (`la province de Qinghai`).
    pub place_heads: HashSet<String>,
    /// Nouns of a kind of place after `est un(e)` (`data/place_predicate_nouns.txt`: Vornay est
    /// une commune).
    pub place_predicate_nouns: HashSet<String>,
    /// Lower-case nouns that name a thing before its name (`la fusée Ariane`).
    pub thing_heads: HashSet<String>,
    /// Lower-case nouns before `de` and a name that name a thing after it (`le boson de Higgs`).
    pub eponym_heads: HashSet<String>,
    /// Nouns named after a person's surname (`data/surname_thing_heads.txt`: le plan Marshall).
    pub surname_thing_heads: HashSet<String>,
    /// Last words of English names of places (`McCormick Place`, `Breezy Point`).
    pub place_suffixes: HashSet<String>,
    /// Lower-case nouns for a kind of organisation before its name (`la revue Nature`,
    /// `l'association Emmaüs`).
    pub org_kind_heads: HashSet<String>,
    /// Lower-case nouns of bodies an acronym in brackets may name (`data/body_nouns.txt`).
    pub body_nouns: HashSet<String>,
    /// Those of trades and firms (`data/trade_heads.txt`: `la boulangerie X`, `le cabinet Y`).
    pub trade_heads: HashSet<String>,
    /// Determiners and prepositions a list of names repeats before each (`du`, `à`, `l'`).
    pub list_repeats: HashSet<String>,
    /// English words of titles that no person's name holds (`data/english_title_words.txt`).
    pub english_title_words: HashSet<String>,
    /// The Arabic article's transcriptions before a hyphen inside a name (`el-`, `al-`).
    pub name_articles: HashSet<String>,
    /// Folded names of well-known persons (`data/names.tsv`).
    pub known_persons: HashSet<String>,
    /// Plural nouns for the people of a body (`data/member_nouns.txt`: les membres de X).
    pub member_nouns: HashSet<String>,
    /// Nouns after which `de` and a name give a town (`data/place_of_nouns.txt`: le maire de X).
    pub place_of_nouns: HashSet<String>,
    /// Nouns of what befalls a ship (`data/wreck_nouns.txt`: le naufrage du X).
    pub wreck_nouns: HashSet<String>,
    /// Nouns that make an adverbial phrase after a bare `de` (`data/adverbial_bare_nouns.txt`:
    /// de manière, de nouveau), no complement of a name.
    pub adverbial_bare_nouns: HashSet<String>,
    /// Past participles of what only a ship does (`data/ship_verbs.txt`: Le X a sombré).
    pub ship_verbs: HashSet<String>,
    /// Words of a credit line before a person's name (`data/credit_words.txt`: Photos X Y).
    pub credit_words: HashSet<String>,
    /// Nouns of a route or a pairing before two places joined by a hyphen
    /// (`data/route_nouns.txt`: le vol Rio-Paris, la ligne Paris-Nantes).
    pub route_nouns: HashSet<String>,
    /// Capitalised words of a trade ending a business's name (`data/business_words.txt`:
    /// Port Kembrel Logistique).
    pub business_words: HashSet<String>,
    /// Folded names of known organisations.
    pub known_orgs: HashSet<String>,
    /// Those of the hand-read sources (the media lists and the project's own): a feature of
    /// the trained model, which learnt its weight on these.
    pub model_orgs: HashSet<String>,
    /// Those that open with `le` (then `les`), without it (`parisien`, `echos`), for the
    /// contracted forms that swallow the article (`au Parisien`, `des Echos`).
    pub known_orgs_after_le: HashSet<String>,
    pub known_orgs_after_les: HashSet<String>,
    /// Folded phrases that are never entities.
    pub not_entities: HashSet<String>,
    /// Folded titles of office with a capitalised word inside (`data/capitalised_titles.txt`).
    pub capitalised_titles: HashSet<String>,
    /// Their first words, lower case (`garde`): the cheap test before a window is read.
    pub capitalised_title_starts: HashSet<String>,
    /// Words that end organisation names (Electronics, Airlines, Group).
    pub org_suffixes: HashSet<String>,
    /// Acronyms that are generic nouns (TER, GPS), written in capitals in `not_entities.txt`.
    pub not_acronyms: HashSet<String>,
    /// English words closing a law's or an event's name (`data/event_suffixes.txt`).
    pub event_suffixes: HashSet<String>,
    /// Capitalised nouns opening an event's name (`data/event_heads.txt`).
    pub event_heads: HashSet<String>,
    /// The words before `de` and before `pour` that announce a work's title
    /// (`data/work_cues.txt`: `réalisateur de`, `connu pour`).
    pub work_cues_de: HashSet<String>,
    pub work_cues_pour: HashSet<String>,
    /// Club acronyms after a town (`data/club_suffixes.txt`: le Milan AC).
    pub club_suffixes: HashSet<String>,
    /// Participles of publishing before `chez` (`data/publisher_cues.txt`: paru chez X).
    pub publisher_cues: HashSet<String>,
    /// Beginnings of verbs of saying or addressing (`data/dative_verbs.txt`).
    pub dative_verbs: Vec<String>,
    /// Heads of a sea's name, which take one capitalised word of name (`data/sea_heads.txt`:
    /// `le golfe Persique`).
    pub sea_heads: HashSet<String>,
    /// Nouns of who founds or runs a body (`data/leader_nouns.txt`: `le fondateur de Free`).
    pub leader_nouns: HashSet<String>,
    /// Nouns of a company before a camel-case brand (`data/company_nouns.txt`).
    pub company_nouns: HashSet<String>,
    /// Titles and roles before a person's name (`data/person_titles.txt` and
    /// `data/role_nouns.txt`).
    pub person_titles: HashSet<String>,
    /// The titles of `person_titles.txt` alone: a feature of the trained model, so this list
    /// stays the one the shipped model was trained with.
    pub model_titles: HashSet<String>,
    /// The given names of `first_names.txt`: a feature of the trained model, so this list
    /// stays the one the shipped model was trained with.
    pub first_names: HashSet<String>,
    /// What the rules take for a given name: that list and the common given names of the
    /// language data (`crates/lang/data/fr/first_names.tsv`: `Ségolène`, `Barack`), so that
    /// a name the model's list lacks still starts a person.
    pub given_names: HashSet<String>,
    /// Common words with their most frequent UPOS, borrowed from the shipped file (some
    /// fourteen thousand lines: copying each word and tag was a third of start-up).
    pub lexicon: HashMap<&'static str, &'static str>,
}

fn lines(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The first words of the two-word lines of a data file whose second word is `last`
/// (`réalisateur de` → `réalisateur` for `de`).
fn cue_words(s: &'static str, last: &str) -> HashSet<String> {
    lines(s)
        .filter_map(|l| l.split_once(' '))
        .filter(|&(_, w)| w == last)
        .map(|(w, _)| w.to_string())
        .collect()
}

/// The folded names of `known_orgs` that open with `article`, without it.
fn known_orgs_after(known_orgs: &HashSet<String>, article: &str) -> HashSet<String> {
    known_orgs
        .iter()
        .filter_map(|k| {
            k.strip_prefix(article)?
                .strip_prefix(' ')
                .map(str::to_string)
        })
        .collect()
}

/// The lexicon of known names (`data/names.tsv`, built by `scripts/build_names.py`: name,
/// type, subtype, source), folded at build time (`build.rs`: folding its twenty-odd thousand
/// names was most of a one-article run's start-up).
struct KnownNames {
    /// Every organisation.
    orgs: Vec<String>,
    /// The organisations of the hand-read sources (the media lists and the project's own):
    /// the trained model's organisation feature reads these only.
    curated_orgs: Vec<String>,
    persons: HashSet<String>,
}

fn known_names() -> KnownNames {
    let mut k = KnownNames {
        orgs: Vec::new(),
        curated_orgs: Vec::new(),
        persons: HashSet::default(),
    };
    for l in include_str!(concat!(env!("OUT_DIR"), "/known_names.txt")).lines() {
        let Some((class, key)) = l.split_once('\t') else {
            continue;
        };
        match class {
            "C" => {
                k.curated_orgs.push(key.to_string());
                k.orgs.push(key.to_string());
            }
            "O" => k.orgs.push(key.to_string()),
            "P" => {
                k.persons.insert(key.to_string());
            }
            _ => {}
        }
    }
    k
}

impl Lists {
    pub fn get() -> &'static Lists {
        static L: OnceLock<Lists> = OnceLock::new();
        L.get_or_init(|| {
            let known = known_names();
            let hand_orgs: Vec<String> = lines(include_str!("../data/known_orgs.txt"))
                .map(fold)
                .collect();
            let model_orgs: HashSet<String> = hand_orgs
                .iter()
                .cloned()
                .chain(known.curated_orgs)
                .collect();
            let known_orgs: HashSet<String> = hand_orgs.into_iter().chain(known.orgs).collect();
            Lists {
                org_heads: lines(include_str!("../data/org_heads.txt"))
                    .chain(lines(include_str!("../data/org_heads_rules.txt")))
                    .map(str::to_string)
                    .collect(),
                model_org_heads: lines(include_str!("../data/org_heads.txt"))
                    .map(str::to_string)
                    .collect(),
                lower_org_heads: lines(include_str!("../data/lowercase_org_heads.txt"))
                    .map(str::to_string)
                    .collect(),
                site_heads: lines(include_str!("../data/site_heads.txt"))
                    .map(|l| (l.to_string(), false))
                    .chain(
                        lines(include_str!("../data/direct_site_heads.txt"))
                            .chain(lines(include_str!("../data/strict_site_heads.txt")))
                            .map(|l| (l.to_string(), true)),
                    )
                    .collect(),
                strict_site_heads: lines(include_str!("../data/strict_site_heads.txt"))
                    .map(str::to_string)
                    .collect(),
                capital_site_heads: lines(include_str!("../data/capital_site_heads.txt"))
                    .map(str::to_string)
                    .collect(),
                adjective_site_names: lines(include_str!("../data/adjective_site_names.txt"))
                    .map(str::to_string)
                    .collect(),
                adjective_site_kinds: lines(include_str!("../data/adjective_site_kinds.txt"))
                    .map(str::to_string)
                    .collect(),
                street_heads: lines(include_str!("../data/street_heads.txt"))
                    .map(str::to_string)
                    .collect(),
                dedication_titles: lines(include_str!("../data/dedication_titles.txt"))
                    .map(str::to_string)
                    .collect(),
                place_heads: lines(include_str!("../data/place_heads.txt"))
                    .map(str::to_string)
                    .collect(),
                place_predicate_nouns: lines(include_str!("../data/place_predicate_nouns.txt"))
                    .map(str::to_string)
                    .collect(),
                thing_heads: lines(include_str!("../data/thing_heads.txt"))
                    .map(str::to_string)
                    .collect(),
                surname_thing_heads: lines(include_str!("../data/surname_thing_heads.txt"))
                    .map(str::to_string)
                    .collect(),
                eponym_heads: lines(include_str!("../data/eponym_heads.txt"))
                    .map(str::to_string)
                    .collect(),
                place_suffixes: lines(include_str!("../data/place_suffixes.txt"))
                    .map(str::to_string)
                    .collect(),
                org_kind_heads: lines(include_str!("../data/org_kind_heads.txt"))
                    .chain(lines(include_str!("../data/trade_heads.txt")))
                    .map(str::to_string)
                    .collect(),
                body_nouns: lines(include_str!("../data/body_nouns.txt"))
                    .map(str::to_string)
                    .collect(),
                trade_heads: lines(include_str!("../data/trade_heads.txt"))
                    .map(str::to_string)
                    .collect(),
                place_of_nouns: lines(include_str!("../data/place_of_nouns.txt"))
                    .map(str::to_string)
                    .collect(),
                member_nouns: lines(include_str!("../data/member_nouns.txt"))
                    .map(str::to_string)
                    .collect(),
                ship_verbs: lines(include_str!("../data/ship_verbs.txt"))
                    .map(str::to_string)
                    .collect(),
                adverbial_bare_nouns: lines(include_str!("../data/adverbial_bare_nouns.txt"))
                    .map(str::to_string)
                    .collect(),
                wreck_nouns: lines(include_str!("../data/wreck_nouns.txt"))
                    .map(str::to_string)
                    .collect(),
                business_words: lines(include_str!("../data/business_words.txt"))
                    .map(str::to_string)
                    .collect(),
                credit_words: lines(include_str!("../data/credit_words.txt"))
                    .map(str::to_string)
                    .collect(),
                route_nouns: lines(include_str!("../data/route_nouns.txt"))
                    .map(str::to_string)
                    .collect(),
                list_repeats: lines(include_str!("../data/list_repeats.txt"))
                    .map(str::to_string)
                    .collect(),
                english_title_words: lines(include_str!("../data/english_title_words.txt"))
                    .map(str::to_string)
                    .collect(),
                name_articles: lines(include_str!("../data/name_articles.txt"))
                    .map(str::to_string)
                    .collect(),
                known_orgs_after_le: known_orgs_after(&known_orgs, "le"),
                known_orgs_after_les: known_orgs_after(&known_orgs, "les"),
                known_orgs,
                model_orgs,
                known_persons: known.persons,
                not_entities: lines(include_str!("../data/not_entities.txt"))
                    .map(fold)
                    .collect(),
                capitalised_titles: lines(include_str!("../data/capitalised_titles.txt"))
                    .map(fold)
                    .collect(),
                capitalised_title_starts: lines(include_str!("../data/capitalised_titles.txt"))
                    .filter_map(|l| l.split(' ').next())
                    .map(str::to_string)
                    .collect(),
                org_suffixes: lines(include_str!("../data/org_suffixes.txt"))
                    .flat_map(|l| l.split_whitespace())
                    .map(str::to_string)
                    .collect(),
                not_acronyms: lines(include_str!("../data/not_entities.txt"))
                    .filter(|l| l.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()))
                    .map(str::to_string)
                    .collect(),
                event_suffixes: lines(include_str!("../data/event_suffixes.txt"))
                    .map(str::to_string)
                    .collect(),
                event_heads: lines(include_str!("../data/event_heads.txt"))
                    .map(str::to_string)
                    .collect(),
                work_cues_de: cue_words(include_str!("../data/work_cues.txt"), "de"),
                work_cues_pour: cue_words(include_str!("../data/work_cues.txt"), "pour"),
                club_suffixes: lines(include_str!("../data/club_suffixes.txt"))
                    .map(str::to_string)
                    .collect(),
                publisher_cues: lines(include_str!("../data/publisher_cues.txt"))
                    .map(str::to_string)
                    .collect(),
                dative_verbs: lines(include_str!("../data/dative_verbs.txt"))
                    .map(str::to_string)
                    .collect(),
                sea_heads: lines(include_str!("../data/sea_heads.txt"))
                    .map(str::to_string)
                    .collect(),
                leader_nouns: lines(include_str!("../data/leader_nouns.txt"))
                    .map(str::to_string)
                    .collect(),
                company_nouns: lines(include_str!("../data/company_nouns.txt"))
                    .map(str::to_string)
                    .collect(),
                person_titles: lines(include_str!("../data/person_titles.txt"))
                    .chain(lines(include_str!("../data/role_nouns.txt")))
                    .map(str::to_string)
                    .collect(),
                model_titles: lines(include_str!("../data/person_titles.txt"))
                    .map(str::to_string)
                    .collect(),
                first_names: lines(include_str!("../data/first_names.txt"))
                    .flat_map(|l| l.split_whitespace())
                    .map(str::to_string)
                    .collect(),
                given_names: lines(include_str!("../data/first_names.txt"))
                    .flat_map(|l| l.split_whitespace())
                    .chain(depeche_lang::fr::first_names().keys().copied())
                    .map(str::to_string)
                    .collect(),
                lexicon: lines(include_str!("../model/lexicon.txt"))
                    .filter_map(|l| l.split_once('\t'))
                    .collect(),
            }
        })
    }
}

impl Lists {
    /// Whether a lower-case word names a kind of organisation (`data/org_kind_heads.txt`),
    /// singular or plural (`les écuries Williams et McLaren`, `les quotidiens Le Monde et …`).
    pub fn org_kind_head(&self, w: &str) -> bool {
        self.org_kind_heads.contains(w)
            || w.strip_suffix(['s', 'x'])
                .is_some_and(|stem| self.org_kind_heads.contains(stem))
    }

    /// Whether a lower-case word is a head of things (`data/thing_heads.txt`), singular or
    /// plural (`les consoles Switch`, `les jeux Mario`, `les satellites Galileo`).
    pub fn thing_head(&self, w: &str) -> bool {
        self.thing_heads.contains(w)
            || w.strip_suffix(['s', 'x'])
                .is_some_and(|stem| self.thing_heads.contains(stem))
    }
}

/// A token as the rules see it.
#[derive(Debug, Clone)]
struct Tok<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    kind: TokenKind,
    sentence: usize,
    /// The word in lower case with straight apostrophes, made once: the rules ask for it
    /// about seventy times per token; most words are already lower case and borrow.
    low: Cow<'a, str>,
}

impl Tok<'_> {
    fn lower(&self) -> &str {
        &self.low
    }
    fn is_cap(&self) -> bool {
        self.kind == TokenKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
    fn is_acronym(&self) -> bool {
        // asked of every token: the cheap tests first (most words fail on their first char)
        if self.kind != TokenKind::Word
            || self
                .text
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_lowercase)
        {
            return false;
        }
        let first = self.text.split('-').next().unwrap_or("");
        first
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
            && first.chars().filter(|c| c.is_alphabetic()).count() >= 2
    }
    fn is_all_caps(&self) -> bool {
        let mut n = 0;
        for c in self.text.chars().filter(|c| c.is_alphabetic()) {
            if !c.is_uppercase() {
                return false;
            }
            n += 1;
        }
        n >= 2
    }
}

const CONNECTORS: &[&str] = &["de", "du", "des", "d'", "la", "l'"];
const PARTICLES: &[&str] = &[
    "de", "van", "von", "da", "di", "del", "della", "dos", "das", "ben", "bin", "al", "ter", "den",
    "der",
];
const OPENERS: &[&str] = &["«", "\"", "“", "(", "-", "—", "–", ":", "[", "‹", "'", "…"];
/// Lower-case words after an organisation head that are not part of its name.
const NOT_ADJ: &[&str] = &[
    "elle",
    "elles",
    "telles",
    "tels",
    "quels",
    "quelles",
    "nouvel",
    "nouvelle",
    "nouvelles",
    "réel",
    "réelle",
    "demain",
    "lendemain",
    "prochain",
    "prochaine",
    "certain",
    "certaine",
    "main",
    "hier",
    "dernier",
    "dernière",
    "premier",
    "première",
    "quel",
    "quelle",
    "tel",
    "telle",
    "actuel",
    "actuelle",
    "annuel",
    "annuelle",
    "habituel",
    "réel",
    "officiel",
    "officielle",
    "voisin",
    "voisine",
    "entier",
    "entière",
    "particulier",
    "plusieurs",
    "mais",
];
/// Lower-case words that close a club name after a city (`Castres olympique`).
const CLUB_WORDS: &[&str] = &["olympique", "sportif", "universitaire", "athlétique"];
const TIME_WORDS: &[&str] = &[
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "demain",
    "hier",
    "semaine",
    "mois",
];

/// Whether a word is, in the lexicon, mostly a closed-class or verbal word (never a name at
/// the start of a sentence).
fn is_function_word(lower: &str) -> bool {
    Lists::get().lexicon.get(lower).is_some_and(|t| {
        matches!(
            *t,
            "ADP" | "DET" | "PRON" | "CCONJ" | "SCONJ" | "AUX" | "ADV" | "VERB" | "PART"
        )
    })
}

/// Whether a lower-case word may stand inside a name between capitalised words: a particle
/// or connector (`de`, `d'`, `la`, `et`, `van`), or an adjective by its suffix or the lexicon
/// (`Orchestre national Bordeaux Aquitaine`); a verb or a common noun may not (`Montpellier
/// affronte Arsenal`).
pub(crate) fn is_connector_or_adjective(w: &str, lexicon: &HashMap<&str, &str>) -> bool {
    let l = w.replace('’', "'");
    CONNECTORS.contains(&l.as_str())
        || PARTICLES.contains(&l.as_str())
        || matches!(
            l.as_str(),
            "et" | "and"
                | "of"
                | "the"
                | "for"
                | "le"
                | "les"
                | "en"
                | "sur"
                | "sous"
                | "lès"
                | "à"
                | "au"
                | "aux"
                | "y"
                | "el"
                | "al"
                | "bin"
                | "ben"
                | "ibn"
                | "e"
                | "dello"
                | "della"
                | "delle"
                | "dei"
                | "degli"
                | "do"
                | "zu"
                | "op"
                | "las"
                | "los"
                | "i"
                | "o"
        )
        || is_adjective_like(w)
        || lexicon.get(w).is_some_and(|t| *t == "ADJ")
}

/// Whether an adjective agrees in number with the noun before it, as far as the spelling
/// shows (a plural ends in `s` or `x`): `études économiques`, `recherche scientifique`.
fn agrees_in_number(noun: &str, adjective: &str) -> bool {
    let plural = |w: &str| w.ends_with(['s', 'x']);
    // (adjectives in -ais are the same in both numbers: des chemins de fer français)
    plural(noun) == plural(adjective) || adjective.ends_with("ais")
}

fn is_adjective_like(w: &str) -> bool {
    let w = w.to_lowercase();
    if w.chars().count() < 4 || NOT_ADJ.contains(&w.as_str()) || TIME_WORDS.contains(&w.as_str()) {
        return false;
    }
    const SUFFIXES: &[&str] = &[
        "al",
        "ale",
        "aux",
        "ales",
        "éen",
        "éenne",
        "éens",
        "éennes",
        "ien",
        "ienne",
        "iens",
        "iennes",
        "ique",
        "iques",
        "aire",
        "iste",
        "istes",
        "aires",
        "ain",
        "aine",
        "ains",
        "aines",
        "if",
        "ive",
        "ifs",
        "ives",
        "ier",
        "ière",
        "iers",
        "ières",
        "ieur",
        "ieure",
        "ieurs",
        "ieures",
        "el",
        "elle",
        "elles",
        "telles",
        "tels",
        "quels",
        "quelles",
        "nouvel",
        "nouvelle",
        "nouvelles",
        "réel",
        "réelle",
        "els",
        "elles",
        "ais",
        "aise",
        "unie",
        "unies",
        "uni",
        "unis",
    ];
    // `uni` and its forms are the adjective itself (Nations unies, Émirats arabes unis), not
    // an ending: `réuni`, `muni`, `puni` are participles (le Comité national olympique réuni
    // hier ran on over the participle)
    let whole_only = |s: &str| s.starts_with("uni");
    // (adjectives of institutions' names that neither an ending nor the lexicon tells: la Cour
    // suprême)
    if matches!(w.as_str(), "suprême" | "suprêmes") {
        return true;
    }
    SUFFIXES.iter().any(|s| {
        if whole_only(s) {
            w == *s
        } else {
            w.ends_with(s)
        }
    }) || demonym_country(&w).is_some()
}

/// Whether the lexicon reads a lower-case word as a verb or an auxiliary.
fn lexicon_verb(lower: &str) -> bool {
    Lists::get()
        .lexicon
        .get(lower)
        .is_some_and(|tag| matches!(*tag, "VERB" | "AUX"))
}

/// Whether a masculine word the lexicon reads as a noun is an adjective by its feminine, which
/// it reads as one (`professionnel` | `professionnelle`, `sportif` | `sportive`): after a
/// body's lower-case complement it qualifies that complement (`la Ligue de football
/// professionnel`), as a noun standing there would not.
fn adjective_by_its_feminine(w: &str) -> bool {
    let lexicon = &Lists::get().lexicon;
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) => (s, "s"),
        None => (w, ""),
    };
    let feminine = if let Some(s) = stem.strip_suffix("if") {
        format!("{s}ive{plural}")
    } else if stem.ends_with("el") || stem.ends_with("ien") || stem.ends_with("éen") {
        format!("{stem}{}e{plural}", &stem[stem.len() - 1..])
    } else {
        format!("{stem}e{plural}")
    };
    lexicon.get(feminine.as_str()).is_some_and(|t| *t == "ADJ")
}

/// An adjective of relation, which classifies a noun rather than describing it (`étrangères`,
/// `sociales`, `économique`, `nucléaire`, a nationality): the kind that belongs to a body's
/// name, unlike `seul`, `actuel` or `favorable`.
fn relational_adjective(w: &str) -> bool {
    const ENDINGS: &[&str] = &["al", "ale", "ales", "aux", "ique", "iques", "aire", "aires"];
    // (adjectives with those endings that describe: le ministère des Armées | principal
    // client, le Conseil de sécurité | nécessaire)
    const DESCRIBING: &[&str] = &[
        "principal",
        "principale",
        "principaux",
        "principales",
        "spécial",
        "spéciale",
        "nécessaire",
        "nécessaires",
        "contraire",
        "contraires",
        "unique",
        "uniques",
        "majoritaire",
        "minoritaire",
        "temporaire",
        "provisoire",
        "ordinaire",
        "extraordinaire",
        "normal",
        "normale",
        "final",
        "finale",
        "initial",
        "initiale",
        "total",
        "totale",
        "idéal",
        "idéale",
        "légal",
        "illégal",
        "fatal",
    ];
    ENDINGS.iter().any(|e| w.ends_with(e)) && !DESCRIBING.contains(&w)
        || matches!(w, "étranger" | "étrangère" | "étrangers" | "étrangères")
        || demonym_country(w).is_some()
}

/// Find and type every mention of the article.
pub fn find_mentions(a: &Article) -> Vec<RawMention> {
    find_mentions_and_vetoes(a).0
}

/// The mentions, and the byte spans that an explicit rule declared not to be entities.
pub fn find_mentions_and_vetoes(a: &Article) -> (Vec<RawMention>, Vec<(usize, usize)>) {
    let mut vetoes = Vec::new();
    let toks: Vec<Tok> = a
        .tokens
        .iter()
        .map(|t| {
            let text = &a.text[t.span.byte_start..t.span.byte_end];
            let low = if text.chars().any(|c| c.is_uppercase() || c == '’') {
                Cow::Owned(text.to_lowercase().replace('’', "'"))
            } else {
                Cow::Borrowed(text)
            };
            Tok {
                text,
                start: t.span.byte_start,
                end: t.span.byte_end,
                kind: t.kind,
                sentence: t.sentence,
                low,
            }
        })
        .collect();
    // words written with a capital inside a sentence somewhere in the article: a
    // sentence-initial capital is only evidence of a name when the word has one elsewhere too
    // (or inside a run of capitalised words: the "Kim" of "Kim Jong-un")
    let cap_at = |k: usize, i: usize| {
        k < toks.len() && toks[k].sentence == toks[i].sentence && toks[k].is_cap()
    };
    let midcaps: HashSet<&str> = (0..toks.len())
        .filter(|&i| toks[i].is_cap() && (!sentence_initial(&toks, i) || cap_at(i + 1, i)))
        .map(|i| toks[i].text)
        .collect();
    let mut common = common_noun_acronyms(&toks);
    common.extend(capitalised_common_words(&toks));
    let windows = Windows::new(&a.text, &toks);
    let ships = ship_names(&a.text, &toks, &windows);
    let mut cands: Vec<(usize, usize, Option<EntityType>)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // a vessel's name (le naufrage du X, à bord du X, le X a sombré) is none of the
        // entity types wherever it stands in the article
        if let Some(n) = ships
            .iter()
            .map(Vec::len)
            .find(|&n| same_run(&toks, i, &ships, n))
        {
            vetoes.push((toks[i].start, toks[i + n - 1].end));
            i += n;
            continue;
        }
        // an acronym the article spells out in lower-case words is a common noun wherever it
        // stands (des accidents vasculaires cérébraux (AVC): un AVC is no organisation)
        if toks[i].is_acronym() && common.contains(toks[i].text) {
            vetoes.push((toks[i].start, toks[i].end));
            i += 1;
            continue;
        }
        match candidate_at(a, &windows, &toks, i, &midcaps) {
            Step::Skip(n) => i += n.max(1),
            Step::Veto(n) => {
                let n = n.max(1).min(toks.len() - i);
                vetoes.push((toks[i].start, toks[i + n - 1].end));
                i += n;
            }
            Step::Found(j, kind) => {
                // an organisation after a noun for its kind is one, whatever its words look
                // like (la revue Nature, le quotidien Libération, l'association Emmaüs)
                // (with its capitalised complements: le collectif la Quadrature du Net)
                let (j, kind) = if after_org_kind_head(&toks, i)
                    && !is_function_word(toks[i].lower())
                    && !trade_head_misread(&toks, i)
                {
                    let mut j = j;
                    while let Some(k) = skip_connectors(&toks, j) {
                        if !toks[k].is_cap() || toks[k].kind != TokenKind::Word {
                            break;
                        }
                        // (not over a person's full name: le mouvement Fatah | de Yasser
                        // Arafat)
                        if full_name_at(&toks, k) {
                            break;
                        }
                        j = k + 1;
                        while j < toks.len()
                            && toks[j].sentence == toks[i].sentence
                            && toks[j].is_cap()
                            && toks[j].kind == TokenKind::Word
                        {
                            j += 1;
                        }
                    }
                    (j, Some(EntityType::ORG))
                } else if after_noun_of(&toks, i, &Lists::get().place_of_nouns)
                        && !full_name_at(&toks, i)
                        // (nor a run holding a person's name: le maire de Paris Anne Hidalgo)
                        && !(i + 1..j).any(|k| is_given_name(toks[k].text))
                        && {
                            let key = fold(&a.text[toks[i].start..toks[j - 1].end]);
                            !Lists::get().known_persons.contains(&key)
                                && !Lists::get().known_orgs.contains(&key)
                        }
                {
                    // "le député-maire de Manacor", "les habitants de Trébeurden": a
                    // town, whatever its words look like
                    (j, Some(EntityType::LOC))
                } else if after_member_noun(&toks, i)
                        && !full_name_at(&toks, i)
                        // (nor the surname of a person the article named in full before: Jean
                        // Dupont … les salariés de Dupont)
                        && !cands.iter().any(|&(s, e, _)| {
                            e - s >= 2
                                && is_given_name(toks[s].text)
                                && toks[e - 1].text == toks[i].text
                        })
                        // (people of a place come from it: les rebelles de Homs)
                        && !trusted_place(&a.text[toks[i].start..toks[j - 1].end])
                        && !Lists::get().known_persons.contains(&fold(
                            &a.text[toks[i].start..toks[j - 1].end],
                        ))
                {
                    // "les membres de Boko Haram", "les salariés de Doux": the people of
                    // a body name it (a given name makes it a person's followers)
                    (j, Some(EntityType::ORG))
                } else {
                    (j, kind)
                };
                // a university numbered after its city (l'Université Paris 7, Lyon 2): the
                // number belongs to its name
                let j = if toks[i].lower() == "université"
                    && j > i + 1
                    && trusted_place(toks[j - 1].text)
                    && toks.get(j).is_some_and(|n| {
                        n.sentence == toks[i].sentence
                            && n.kind == TokenKind::Number
                            && n.text.len() <= 2
                            && n.text.chars().all(|c| c.is_ascii_digit())
                    })
                    && toks.get(j + 1).is_none_or(|n| n.kind != TokenKind::Number)
                {
                    j + 1
                } else {
                    j
                };
                cands.push((i, j, kind));
                i = j;
            }
        }
    }
    // A name the article gave to a thing after its head (l'ouragan Sandy, le programme
    // Galileo) names that thing wherever it stands alone (Sandy a fait 39 morts), unless it is
    // a place or an organisation worth believing on its own.
    let things = thing_names(&toks);
    if !things.is_empty() {
        let lists = Lists::get();
        cands.retain(|&(s, e, _)| {
            let text = &a.text[toks[s].start..toks[e - 1].end];
            let folded = fold(text);
            let thing = things.contains(&folded)
                && !trusted_place(text)
                && !lists.known_orgs.contains(&folded);
            if thing {
                vetoes.push((toks[s].start, toks[e - 1].end));
            }
            !thing
        });
    }
    spelt_out_names(&toks, &mut cands);
    // Persons' name words (from multi-word names and titled names): a lone "Poutine" or "Kim"
    // is that person, not a place or an organisation.
    let mut per_words: HashSet<String> = HashSet::default();
    for &(s, e, k) in &cands {
        if k == Some(EntityType::PER) {
            for t in &toks[s..e] {
                for w in t.text.split('-') {
                    per_words.insert(fold(w));
                }
            }
        }
    }
    let lists = Lists::get();
    let mut out = Vec::with_capacity(cands.len());
    for (s, e, kind) in cands {
        let text = &a.text[toks[s].start..toks[e - 1].end];
        let folded = fold(text);
        let mut sure = true;
        let kind = match kind {
            Some(EntityType::LOC) | None if e - s == 1 && per_words.contains(&folded) => {
                EntityType::PER
            }
            // a given name the gazetteer knows only as one of a place's other names, with no
            // preposition of place before it, is a person (Jessica, Jennifer et Nadia)
            Some(EntityType::LOC) | None
                if e - s == 1
                    && is_given_name(text)
                    && place_by_alias_only(text)
                    && !place_preposition_before(&toks, s)
                    && !coordinated_with_place(&toks, s, Gazetteer::french()) =>
            {
                EntityType::PER
            }
            Some(k) => k,
            None => {
                // a single word or an unknown sequence
                if after_place_head(&toks, s) || listed_after_place_head(&toks, s) {
                    // la province de Qinghai, le comté de Rebkong (les districts de X et Y)
                    EntityType::LOC
                } else if trusted_place(text)
                    && (!toks[s].is_all_caps() || toks[s].text.chars().count() >= 4)
                {
                    EntityType::LOC
                } else if lists.known_orgs.contains(&folded) {
                    EntityType::ORG
                } else if e - s == 1 {
                    let prev = if s > 0 && toks[s - 1].sentence == toks[s].sentence {
                        Some(toks[s - 1].lower())
                    } else {
                        None
                    };
                    match prev {
                        // un Égyptien, une Alsacienne, ce Vosgien: a person by origin, not a
                        // name
                        Some("un" | "une" | "ce" | "cet" | "cette")
                            if singular_demonym(toks[s].text) && !is_given_name(toks[s].text) =>
                        {
                            vetoes.push((toks[s].start, toks[s].end));
                            continue;
                        }
                        // (le jeune Belfortain, la vieille Lyonnaise: an adjective of age or
                        // size between the article and the demonym; not "le Parisien" alone,
                        // a newspaper's name as often)
                        Some("jeune" | "vieux" | "vieil" | "vieille" | "petit" | "petite")
                            if s >= 2
                                && toks[s - 2].sentence == toks[s].sentence
                                && matches!(
                                    toks[s - 2].lower(),
                                    "le" | "la" | "l'" | "un" | "une" | "ce" | "cet" | "cette"
                                )
                                && singular_demonym(toks[s].text)
                                && !is_given_name(toks[s].text) =>
                        {
                            vetoes.push((toks[s].start, toks[s].end));
                            continue;
                        }
                        Some("en" | "à") if !is_given_name(toks[s].text) => {
                            // (a word no gazetteer holds after `à` and a verb of saying or
                            // addressing, répondre à X, is the person or body addressed as
                            // often as a place: a guess)
                            if s >= 2
                                && toks[s - 2].sentence == toks[s].sentence
                                && lists
                                    .dative_verbs
                                    .iter()
                                    .any(|v| toks[s - 2].lower().starts_with(v.as_str()))
                                && !Gazetteer::french().contains(toks[s].text)
                            {
                                sure = false;
                            }
                            EntityType::LOC
                        }
                        // vers Tombouctou, depuis Kandahar: towards or from a place the
                        // gazetteer holds, however small (a person one turns to is no
                        // gazetteer's)
                        Some("vers" | "depuis")
                            if !is_given_name(toks[s].text)
                                && !toks[s].is_all_caps()
                                && Gazetteer::french().contains(toks[s].text) =>
                        {
                            EntityType::LOC
                        }
                        // le fondateur de Free, le patron de Kerbel: what one founds or runs
                        // is a body (a person or a place after them is known or in the
                        // gazetteer, typed before)
                        Some("de" | "d'")
                            if s >= 2
                                && toks[s - 2].sentence == toks[s].sentence
                                && lists.leader_nouns.contains(toks[s - 2].lower())
                                && !is_given_name(toks[s].text)
                                && !toks[s].is_all_caps() =>
                        {
                            EntityType::ORG
                        }
                        // au large de Sumatra, au large d'Oléron: off a coast or an island
                        Some("de" | "d'" | "du")
                            if s >= 3
                                && toks[s - 3].sentence == toks[s].sentence
                                && toks[s - 2].lower() == "large"
                                && toks[s - 3].lower() == "au"
                                && !is_given_name(toks[s].text) =>
                        {
                            EntityType::LOC
                        }
                        // au Tibet, aux Maldives: "au" before a word no lexicon knows (not
                        // au Parlement)
                        Some("au" | "aux")
                            if !is_given_name(toks[s].text)
                                && !looks_like_demonym(toks[s].text)
                                && !toks[s].is_acronym()
                                && !lists.lexicon.contains_key(toks[s].lower()) =>
                        {
                            EntityType::LOC
                        }
                        // la Dracénie, la Kabylie: after "la", a word no lexicon knows ending
                        // like the names of lands (-ie) is a region (not a capitalised noun of
                        // an office or a room: la Chancellerie, la Galerie)
                        // (nor the head of a longer name: la Bourgeoisie de Berne)
                        Some("la")
                            if toks[s].text.ends_with("ie")
                                && !toks[s].text.ends_with("erie")
                                && skip_connectors(&toks, e).is_none()
                                && toks[s].text.chars().count() >= 6
                                && !toks[s].is_all_caps()
                                && !is_given_name(toks[s].text)
                                && !lists.lexicon.contains_key(toks[s].lower()) =>
                        {
                            EntityType::LOC
                        }
                        _ if is_given_name(toks[s].text) => EntityType::PER,
                        _ if looks_like_demonym(toks[s].text) => {
                            vetoes.push((toks[s].start, toks[s].end));
                            continue;
                        }
                        _ if looks_like_toponym(toks[s].text) => EntityType::LOC,
                        _ => {
                            sure = false;
                            EntityType::ORG
                        }
                    }
                } else if lists.place_suffixes.contains(toks[e - 1].text)
                    && !(e - s > 2 && trusted_place(toks[s].text))
                {
                    // McCormick Place, Breezy Point, Brooklyn Bridge (not a large place before a
                    // name of its own, which names something there: Chicago Rock Island, a
                    // railway)
                    EntityType::LOC
                } else if toks[s..e]
                    .iter()
                    .any(|t| lists.org_suffixes.contains(t.text))
                {
                    // Samsung Electronics, Air France Group
                    EntityType::ORG
                } else if toks[s..e].iter().enumerate().any(|(k, t)| {
                    let l = t.lower();
                    // a common word inside the sequence makes it a name of a thing (Jeunes
                    // Agriculteurs), except the particles of surnames (Yann Le Goff)
                    let particle = PARTICLES.contains(&l)
                        || (k > 0 && matches!(l, "le" | "la" | "du" | "des"));
                    lists.lexicon.contains_key(l)
                        && !lists.given_names.contains(t.text)
                        && !particle
                }) {
                    sure = false;
                    EntityType::ORG
                } else if s > 0
                    && toks[s - 1].sentence == toks[s].sentence
                    && matches!(toks[s - 1].lower(), "les" | "des" | "aux")
                    && !is_given_name(toks[s].text)
                {
                    // persons are not named after a plural determiner: a band or a team
                    // (les Pussy Riot, des Rolling Stones)
                    sure = false;
                    EntityType::ORG
                } else if e - s == 2
                    && !is_given_name(toks[s].text)
                    && Gazetteer::french()
                        .candidates(toks[s + 1].text)
                        .any(|p| p.feature == "country")
                {
                    // a country's name after a word that is no given name: a body's national
                    // branch (Metallux France, Greenpeace Canada), not a person (Anatole
                    // France has a given name)
                    sure = false;
                    EntityType::ORG
                } else {
                    sure = false;
                    EntityType::PER
                }
            }
        };
        out.push(RawMention {
            start: toks[s].start,
            end: toks[e - 1].end,
            text: text.to_string(),
            kind,
            sure,
        });
    }
    add_defined_acronyms(&a.text, &toks, &mut out);
    (out, vetoes)
}

/// Whether token `i` lies in a short capitalised phrase that fills a pair of quote marks
/// (« Les Tourbillons », « La Nuit des marées »): the title of a work, not an entity. Known
/// places and organisations are kept (« Le Monde » is matched by the lists first).
/// The end of a work's title that `intitulé` announces (`un rapport intitulé Les Oubliés de
/// Valmont`, `Intitulé l'Archipel des larmes : …`): from the capitalised word at `i` (after an
/// article or an opening mark) to the first punctuation mark or verb, at most twelve words; its names
/// are the title's words, none of the entity types.
fn titled_work_end(toks: &[Tok], i: usize) -> Option<usize> {
    let same = |k: usize| k < toks.len() && toks[k].sentence == toks[i].sentence;
    if !toks[i].is_cap() {
        return None;
    }
    let mut k = i;
    if k > 0 && same(k - 1) && matches!(toks[k - 1].text, "«" | "“" | "\"") {
        k -= 1;
    }
    if k > 0 && same(k - 1) && matches!(toks[k - 1].lower(), "le" | "la" | "les" | "l'") {
        k -= 1;
    }
    let announced = k > 0
        && same(k - 1)
        && matches!(
            toks[k - 1].lower(),
            "intitulé" | "intitulée" | "intitulés" | "intitulées"
        );
    if !announced {
        return None;
    }
    // (to the first punctuation mark or the first verb after it: "intitulé La Nuit de
    // Varennes est sorti à Paris")
    let lexicon = &Lists::get().lexicon;
    let mut e = i;
    let verb = |k: usize| {
        !toks[k].is_cap()
            && lexicon
                .get(toks[k].lower())
                .is_some_and(|tag| matches!(*tag, "VERB" | "AUX"))
    };
    while same(e) && e - i < 8 && toks[e].kind == TokenKind::Word && (e == i || !verb(e)) {
        e += 1;
    }
    // (no punctuation mark inside the sentence nor verb within eight words: the title's end
    // is unknown, and only
    // its opening capitalised words are surely its own, "intitulé Horizon Europe aide
    // l'université de Lille")
    // (the sentence's own end is no evidence: the title may have run into the clause)
    let ended = same(e)
        && (verb(e)
            || matches!(
                toks[e].text,
                "," | ":" | ";" | "(" | ")" | "«" | "»" | "\"" | "“" | "”"
            ));
    if !ended {
        e = i + 1;
        while same(e) && toks[e].kind == TokenKind::Word && toks[e].is_cap() {
            e += 1;
        }
    }
    Some(e)
}

fn in_title_of_work(win: &Windows, toks: &[Tok], i: usize) -> bool {
    let lists = Lists::get();
    if win.longest(i, |s, key| {
        lists.known_orgs.contains(key)
            || (s.chars().count() >= 3 && Gazetteer::french().contains_folded(key))
    }) > 0
    {
        return false;
    }
    let s = toks[i].sentence;
    let open = |t: &Tok| matches!(t.text, "«" | "“" | "\"");
    let close = |t: &Tok| matches!(t.text, "»" | "”" | "\"");
    let Some(from) = toks[..i]
        .iter()
        .rposition(|t| t.sentence != s || open(t) || close(t))
    else {
        return false;
    };
    if !open(&toks[from]) || toks[from].sentence != s {
        return false;
    }
    let Some(len) = toks[from + 1..]
        .iter()
        .position(|t| t.sentence != s || close(t) || open(t))
    else {
        return false;
    };
    let to = from + 1 + len;
    if to >= toks.len() || !close(&toks[to]) || len > 6 {
        return false;
    }
    // the quoted words start with a capital (after an article) and hold no verb-like
    // lower-case word: a title, not a quotation
    let inner = &toks[from + 1..to];
    let first = inner
        .iter()
        .find(|t| !matches!(t.lower(), "le" | "la" | "les" | "l'" | "un" | "une"));
    first.is_some_and(|t| t.is_cap())
        && inner.iter().filter(|t| t.kind == TokenKind::Word).all(|t| {
            t.is_cap()
                || CONNECTORS.contains(&t.lower())
                || t.text.chars().count() <= 3
                || is_adjective_like(t.text)
                || lists.lexicon.get(t.lower()).is_some_and(|g| *g == "NOUN")
        })
}

/// French place-name morphology: `Montreuil-sur-Mer`, `Saint-Omer`, `Aire-sur-la-Lys`.
fn looks_like_toponym(w: &str) -> bool {
    const INNER: &[&str] = &[
        "-sur-", "-sous-", "-lès-", "-lez-", "-en-", "-le-", "-la-", "-les-", "-aux-", "-de-",
        "-du-", "-d'",
    ];
    (w.starts_with("Saint-") || w.starts_with("Sainte-") || INNER.iter().any(|p| w.contains(p)))
        && !is_given_name(w)
}

/// "Voies navigables de France (VNF)": an acronym in brackets names the words before it
/// whose initials it spells; those words become one organisation mention (replacing the
/// mentions inside them).
fn add_defined_acronyms(text: &str, toks: &[Tok], out: &mut Vec<RawMention>) {
    let mut added = Vec::new();
    for i in 1..toks.len().saturating_sub(1) {
        let t = &toks[i];
        // (French papers write an acronym read as a word with one capital: Opep, Unicef,
        // Mujao; its words' initials then spell it all the same)
        let word_acronym = t.kind == TokenKind::Word
            && (3..=8).contains(&t.text.chars().count())
            && t.is_cap()
            && t.text.chars().skip(1).all(char::is_lowercase);
        if toks[i - 1].text != "("
            || toks[i + 1].text != ")"
            || !(t.is_acronym() || word_acronym)
            || t.text.contains('-')
        {
            continue;
        }
        let acr: String = t
            .text
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_uppercase)
            .collect();
        let content = |x: &Tok| {
            x.kind == TokenKind::Word && !CONNECTORS.contains(&x.lower()) && x.lower() != "et"
        };
        // (the rules may already have typed the acronym an organisation)
        let already_org = out
            .iter()
            .any(|m| m.start == t.start && m.end == t.end && m.kind == EntityType::ORG);
        // walk back over the words before the bracket, up to 12
        let end = i - 1;
        let mut start = end;
        let mut found = None;
        // (an acronym spells its prepositions or leaves them out: Mouvement pour la France
        // (MPF), but Haute Autorité pour la transparence de la vie publique (HATVP))
        let spelt = |x: &Tok| {
            content(x)
                && !matches!(
                    x.lower(),
                    "pour"
                        | "en"
                        | "sur"
                        | "à"
                        | "au"
                        | "aux"
                        | "par"
                        | "contre"
                        | "dans"
                        | "avec"
                        | "le"
                        | "les"
                )
        };
        while start > 0 && end - start < 14 {
            start -= 1;
            if toks[start].sentence != t.sentence || toks[start].kind == TokenKind::Punct {
                break;
            }
            // (folded, so that the É of États spells an E; with `parts`, a hyphenated place
            // spells each of its capitalised parts: Syndicat des transports d'Île-de-France
            // (STIF))
            let initials = |keep: &dyn Fn(&Tok) -> bool, parts: bool| -> String {
                toks[start..end]
                    .iter()
                    .filter(|x| keep(x))
                    .flat_map(|x| {
                        x.text
                            .split('-')
                            .enumerate()
                            .filter(|(n, p)| {
                                *n == 0 || (parts && p.starts_with(char::is_uppercase))
                            })
                            .filter_map(|(_, p)| p.chars().next())
                            .collect::<Vec<char>>()
                    })
                    .flat_map(char::to_lowercase)
                    .map(fold_char)
                    .flat_map(char::to_uppercase)
                    .collect()
            };
            let (all, short) = (initials(&content, false), initials(&spelt, false));
            let spells = all == acr
                || short == acr
                || initials(&content, true) == acr
                || initials(&spelt, true) == acr;
            // (the name opens on a capitalised word of its own: "La fécondation in vitro
            // (FIV)" opening a sentence is a thing, its capital the sentence's)
            // (nor on an article that opens the sentence: Le secrétaire d'État (SE))
            if spells
                && toks[start].is_cap()
                && content(&toks[start])
                && !matches!(
                    toks[start].lower(),
                    "le" | "la" | "les" | "l'" | "un" | "une"
                )
            {
                found = Some(start);
                break;
            }
            if short.len() > acr.len() {
                break;
            }
        }
        // (a word acronym whose initials are its syllables', Inserm, Ofpra, right after an
        // organisation's name is that organisation's all the same; not a place, a word or a
        // given name in brackets: Lyon (Rhône))
        let Some(s) = found else {
            let lists = Lists::get();
            // (a body's long name, with a complement, not a party or a club, whose brackets
            // hold a person's name as often: l'UMP (Copé), le Conseil constitutionnel (Debré))
            let after_org = i >= 2
                && out.iter().any(|m| {
                    m.kind == EntityType::ORG
                        && m.end == toks[i - 2].end
                        && m.text.split(' ').count() >= 3
                        && m.text
                            .split(' ')
                            .any(|w| matches!(w, "de" | "du" | "des") || w.starts_with("d'"))
                });
            // (or a name from a capitalised organisation head to the bracket, with no verb or
            // punctuation in it, whose acronym spells another language's words or its
            // syllables: la Mission des Nations unies pour la stabilisation en Haïti
            // (Minustah), le Parti de libération kanak (Palika))
            let head_led = (i >= 3)
                .then(|| {
                    let mut head = None;
                    for k in (i.saturating_sub(16)..i - 1).rev() {
                        let x = &toks[k];
                        if x.sentence != t.sentence || x.kind != TokenKind::Word {
                            break;
                        }
                        if !x.is_cap() && lexicon_verb(x.lower()) {
                            break;
                        }
                        if x.is_cap() && lists.org_heads.contains(x.lower()) {
                            head = Some(k);
                        }
                    }
                    // (with a capitalised adjective before the head: la Haute Autorité pour
                    // … (Hadopi))
                    head.filter(|&h| h + 2 < i - 1).map(|h| {
                        let adjective = h > 0
                            && toks[h - 1].sentence == t.sentence
                            && toks[h - 1].is_cap()
                            && lists
                                .lexicon
                                .get(toks[h - 1].lower())
                                .is_some_and(|tag| *tag == "ADJ");
                        if adjective {
                            h - 1
                        } else {
                            h
                        }
                    })
                })
                .flatten();
            // (capitals often go unaccented: Eglise is église)
            let unaccented = t
                .lower()
                .strip_prefix('e')
                .is_some_and(|rest| lists.lexicon.contains_key(format!("é{rest}").as_str()));
            if (word_acronym || t.is_acronym())
                && (after_org || head_led.is_some())
                && !unaccented
                && !lists.lexicon.contains_key(t.lower())
                && !Gazetteer::french().contains(t.text)
                && !is_given_name(t.text)
                && !already_org
            {
                added.push((t.start, t.end));
                if let Some(h) = head_led.filter(|_| !after_org) {
                    added.push((toks[h].start, toks[i - 2].end));
                }
            }
            continue;
        };
        // (a law's name spelt by it is none of ours, nor is the acronym: the Stop Online
        // Piracy Act (SOPA); an event's may be its organiser's, European Rugby Cup (ERC))
        if toks[end - 1].text == "Act" {
            let (b, e) = (toks[s].start, toks[end - 1].end);
            out.retain(|m| (m.end <= b || m.start >= e) && (m.start, m.end) != (t.start, t.end));
            continue;
        }
        // (the acronym the name spells is the organisation's, whatever the rules took it for:
        // an acronym read as a word, Inserm, or one a list reads as a place, STIF, not Sétif)
        if !already_org {
            added.push((t.start, t.end));
        }
        let (b, e) = (toks[s].start, toks[end - 1].end);
        if out.iter().any(|m| m.start == b && m.end == e) {
            continue;
        }
        added.push((b, e));
    }
    for (b, e) in added {
        out.retain(|m| m.end <= b || m.start >= e);
        out.push(RawMention {
            start: b,
            end: e,
            text: text[b..e].to_string(),
            kind: EntityType::ORG,
            sure: true,
        });
    }
}

/// The acronyms the article defines in brackets after lower-case words whose initials they
/// spell (`des accidents vasculaires cérébraux (AVC)`, `une organisation non gouvernementale
/// (ONG)`): names of a kind of thing, not of one organisation.
fn common_noun_acronyms<'a>(toks: &[Tok<'a>]) -> HashSet<&'a str> {
    let mut out = HashSet::default();
    for i in 1..toks.len().saturating_sub(1) {
        let t = &toks[i];
        if toks[i - 1].text != "(" || toks[i + 1].text != ")" || !t.is_acronym() {
            continue;
        }
        let acr: Vec<char> = t
            .text
            .chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        // the content words before the bracket, last first, must spell the acronym backwards
        let mut k = acr.len();
        let mut j = i - 1;
        while k > 0 && j > 0 {
            j -= 1;
            let w = &toks[j];
            if w.sentence != t.sentence || w.kind != TokenKind::Word {
                break;
            }
            let lower = w.lower();
            if CONNECTORS.contains(&lower) || matches!(lower, "et" | "à" | "en") {
                continue;
            }
            if w.is_cap() || !lower.starts_with(acr[k - 1]) {
                break;
            }
            k -= 1;
        }
        let lists = Lists::get();
        // (after a person's title the bracket holds their party: le maire (PS), le député
        // (PCF) de la Somme; not the title's own initials, le directeur général (DG))
        if i >= 2 && lists.person_titles.contains(toks[i - 2].lower()) && k != 0 {
            continue;
        }
        // (spelt by its words or not, a body's head among them keeps it an organisation:
        // "la fédération kalvare de football (FKF)", "l'office national des forêts (ONF)")
        if acr.len() >= 2
            && !lists.known_orgs.contains(&fold(t.text))
            && ((k == 0 && !body_head_in(toks, j, i - 1)) || lower_case_thing_before(toks, i - 1))
        {
            out.insert(t.text);
        }
    }
    out
}

/// Whether a word from `from` to the bracket at `open` is a body's head (an organisation head,
/// a noun for a kind of organisation, `data/body_nouns.txt`).
fn body_head_in(toks: &[Tok], from: usize, open: usize) -> bool {
    let lists = Lists::get();
    toks[from..open].iter().any(|w| {
        let l = w.lower();
        lists.org_heads.contains(l)
            || lists.lower_org_heads.contains(l)
            || lists.org_kind_head(l)
            || lists.body_nouns.contains(l)
    })
}

/// Whether the words before the bracket at `open` are a determined phrase all in lower case
/// whose nouns name no kind of body (`le grand collisionneur de hadrons (LHC)`, `le syndrome
/// respiratoire aigu sévère (SRAS)`): the acronym in the bracket, whatever language its letters
/// come from, names a kind of thing. A body's head (`l'agence européenne de sécurité (AESA)`,
/// `le parti de la gauche radicale (Syriza)`) keeps it an organisation.
fn lower_case_thing_before(toks: &[Tok], open: usize) -> bool {
    let lists = Lists::get();
    let mut j = open;
    let mut nouns = 0;
    while j > 0 && open - j < 10 {
        j -= 1;
        let w = &toks[j];
        if w.sentence != toks[open].sentence || w.kind != TokenKind::Word {
            return false;
        }
        let lower = w.lower();
        let determiner = matches!(lower, "le" | "la" | "les" | "l'" | "un" | "une");
        // (a determiner opening the sentence has its capital)
        if w.is_cap() && !determiner {
            return false;
        }
        if determiner && j + 1 < open {
            // the determiner opening the phrase, unless it is the inner one of a complement
            // ("de la gauche"): the phrase's own is not after "de" ("du", "des" are "de" and
            // an article: they join a complement, as after a capitalised head in "l'Institut
            // des géosciences (IGE)"
            // (nor after another preposition or a conjunction: "pour l'ex-Yougoslavie",
            // "contre la drogue et la toxicomanie")
            let inner = j > 0
                && matches!(
                    toks[j - 1].lower(),
                    "de" | "d'"
                        | "pour"
                        | "à"
                        | "sur"
                        | "contre"
                        | "par"
                        | "avec"
                        | "dans"
                        | "entre"
                        | "sans"
                        | "vers"
                        | "et"
                        | "ou"
                );
            if !inner {
                return nouns > 0;
            }
            continue;
        }
        if CONNECTORS.contains(&lower) || matches!(lower, "et" | "à" | "en" | "pour" | "sur") {
            continue;
        }
        if lists.org_heads.contains(lower)
            || lists.lower_org_heads.contains(lower)
            || lists.org_kind_head(lower)
            || lists.body_nouns.contains(lower)
        {
            return false;
        }
        nouns += 1;
    }
    false
}

/// Words in capitals that the article also writes in lower case (`YOGA.` over a notice
/// about `les séances de yoga`, `TOURISME.` opening a paragraph on `le tourisme`): a rubric
/// or a headline set in capitals, not an acronym. Four letters at least, since short
/// acronyms do share their letters with words (`SUD` the union, `le sud`).
fn capitalised_common_words<'a>(toks: &[Tok<'a>]) -> Vec<&'a str> {
    // (a lone word: in a run of capitals it may be part of a name, JEAN BART)
    let cap_near = |k: Option<&Tok>| k.is_some_and(|n| n.is_cap());
    let caps: Vec<&Tok> = (0..toks.len())
        .filter(|&i| {
            let t = &toks[i];
            // a rubric opens its paragraph or sentence (`PISCINE. Les bassins…`); inside a
            // sentence the capitals name a body (`les policiers du RAID`, even beside `un raid`)
            (i == 0 || toks[i - 1].sentence != t.sentence)
                && t.is_acronym()
                && t.text.chars().count() >= 4
                && t.text.chars().all(char::is_alphabetic)
                && !cap_near(i.checked_sub(1).and_then(|p| toks.get(p)))
                && !cap_near(toks.get(i + 1))
                // (a town in a dateline may share a common word's letters: TOURS. … les tours)
                && !trusted_place(t.text)
        })
        .map(|i| &toks[i])
        .collect();
    if caps.is_empty() {
        return Vec::new();
    }
    // (one lookup per lower-case word, in the few capitals' own small set)
    let wanted: HashSet<&str> = caps.iter().map(|t| t.lower()).collect();
    let mut seen: HashSet<&str> = HashSet::default();
    for t in toks {
        if t.kind == TokenKind::Word && !t.is_cap() {
            if let Some(&w) = wanted.get(t.text) {
                seen.insert(w);
            }
        }
    }
    caps.into_iter()
        .filter(|t| seen.contains(t.lower()))
        .map(|t| t.text)
        .collect()
}

/// An organisation's name whose words spell an acronym the article uses runs on over its
/// lower-case words (`l'Organisation des pays exportateurs de pétrole` beside `l'OPEP`,
/// `l'Union des industries et métiers de la métallurgie` beside `l'UIMM`): the name ends
/// where the spelling is complete, not at the first lower-case word.
fn spelt_out_names(toks: &[Tok], cands: &mut Vec<(usize, usize, Option<EntityType>)>) {
    let acronyms: Vec<&str> = toks
        .iter()
        .filter(|t| t.is_acronym())
        .map(|t| t.text.split('-').next().unwrap_or(""))
        .filter(|a| a.chars().count() >= 3 && a.chars().all(char::is_alphabetic))
        .collect();
    if acronyms.is_empty() {
        return;
    }
    let lists = Lists::get();
    let mut initials: Vec<char> = Vec::new();
    for i in 0..toks.len() {
        let t = &toks[i];
        if !t.is_cap() || t.is_acronym() || !lists.org_heads.contains(t.lower()) {
            continue;
        }
        initials.clear();
        initials.extend(t.lower().chars().next());
        let mut best = None;
        let mut m = i + 1;
        while m < toks.len() && m < i + 16 && toks[m].sentence == t.sentence {
            let w = &toks[m];
            if w.kind != TokenKind::Word {
                break;
            }
            m += 1;
            let after_function_word = article_or_preposition(toks[m - 2].lower());
            if article_or_preposition(w.lower()) || matches!(w.lower(), "et" | "en" | "pour") {
                continue;
            }
            // a name is nouns and adjectives: a verb ends it whatever its initial spells
            // (`l'Assemblée nationale rejette le budget de l'ANR`); after an article or a
            // preposition the word is a noun whatever the lexicon says (`du traité`)
            if !after_function_word
                && matches!(lists.lexicon.get(w.lower()), Some(&("VERB" | "AUX")))
            {
                break;
            }
            initials.extend(w.lower().split('-').filter_map(|p| p.chars().next()));
            if initials.len() > 8 {
                break;
            }
            let spelt = |a: &&str| {
                a.chars().count() == initials.len()
                    && a.chars()
                        .flat_map(char::to_lowercase)
                        .zip(&initials)
                        .all(|(x, &y)| fold_char(x) == fold_char(y))
            };
            if acronyms.iter().any(spelt) {
                best = Some(m);
            }
        }
        let Some(end) = best else { continue };
        // only over lower-case words the other rules stopped at, never across a mention that
        // straddles the name's ends
        if cands
            .iter()
            .any(|&(s, e, _)| (s < i && e > i) || (s < end && e > end))
        {
            continue;
        }
        if cands.iter().any(|&(s, e, _)| s == i && e >= end) {
            continue;
        }
        cands.retain(|&(s, e, _)| !(s >= i && e <= end));
        let at = cands.partition_point(|&(s, _, _)| s < i);
        cands.insert(at, (i, end, Some(EntityType::ORG)));
    }
}

/// An article or a preposition inside a name (`de`, `l'`, `aux`): no initial of its own.
fn article_or_preposition(w: &str) -> bool {
    CONNECTORS.contains(&w) || matches!(w, "le" | "les" | "à" | "au" | "aux")
}

/// A letter without its accent, for comparing initials (`É` of `États` spells an `E`).
fn fold_char(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' => 'i',
        'ô' | 'ö' => 'o',
        'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        _ => c,
    }
}

fn looks_like_demonym(w: &str) -> bool {
    let l = w.to_lowercase();
    demonym_country(&l).is_some()
        || [
            "ois", "oise", "oises", "ais", "aise", "aises", "ains", "aines", "iens", "iennes",
            "ins", "ines",
        ]
        .iter()
        .any(|s| l.ends_with(s) && l.chars().count() > 5)
}

/// The singular endings of demonyms (`Égyptien`, `Alsacienne`, `Marocain`, `Lyonnaise`,
/// `Européen`), in a word long enough not to be a short name.
fn singular_demonym(w: &str) -> bool {
    let l = w.to_lowercase();
    l.chars().count() > 5
        && [
            "ien", "ienne", "ais", "aise", "ois", "oise", "ain", "aine", "éen", "éenne",
        ]
        .iter()
        .any(|s| l.ends_with(s))
}

enum Step {
    /// Not an entity: skip this many tokens.
    Skip(usize),
    /// Not an entity by an explicit rule (a list, a title, a sentence-initial common word, a
    /// URL): skip this many tokens, and the trained model may not find a mention there either.
    Veto(usize),
    /// A mention up to token `.0` (exclusive), with its type when the rules know it already.
    Found(usize, Option<EntityType>),
}

/// Whether a name is a place worth believing without context: a country, a région, an area,
/// a large city, or a town in a French-speaking country whose name is not also a common word
/// (Bourse, Sens-like small namesakes need context).
pub(crate) fn trusted_place(name: &str) -> bool {
    trusted_place_of(name, |_| true)
}

/// [`trusted_place`] as the trained model's gazetteer feature reads it: without the seas and
/// former states and régions (`crates/places/data/src/seas_former_states.tsv`) and the territories
/// (`territories.tsv`), which came after the model was trained. Retrained with them, the model moved many unrelated names (odd half 0.8275 ->
/// 0.8219, Europeana 0.5625 -> 0.5598): like the given names, the rules take the new rows and
/// the model keeps the list it was trained with.
pub(crate) fn model_place(name: &str) -> bool {
    trusted_place_of(name, |feature| {
        !matches!(
            feature,
            "sea" | "former_state" | "former_region" | "territory"
        )
    })
}

fn trusted_place_of(name: &str, feature_ok: impl Fn(&str) -> bool) -> bool {
    let common = Lists::get()
        .lexicon
        .get(name.to_lowercase().as_str())
        .is_some_and(|t| *t != "PROPN");
    Gazetteer::french().candidates(name).any(|p| {
        if !feature_ok(p.feature) {
            return false;
        }
        let francophone = matches!(
            p.country,
            "FR" | "BE"
                | "CH"
                | "LU"
                | "MC"
                | "CA"
                | "RE"
                | "GP"
                | "MQ"
                | "GF"
                | "YT"
                | "NC"
                | "PF"
        );
        // a common word that is only another language's name for a city (Lion for Lyon) is
        // the word
        if common
            && p.feature == "city"
            && depeche_places::fold(p.name) != depeche_places::fold(name)
        {
            return false;
        }
        p.feature != "city"
            || p.population >= 100_000
            || (francophone && !(common && p.population < 20_000))
    })
}

/// A group of states named by its count (`G7`, `G20`, `G77`): other letters with a number
/// name tram lines, terminals, aircraft, mountains and explosives (`le T3`, `du K2`, `le F16`).
fn is_letter_number(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=3).contains(&b.len()) && b[0] == b'G' && b[1..].iter().all(u8::is_ascii_digit)
}

/// Whether a window opens with the particle of a surname (`Le Pen`, `De Santis`, `Von der
/// Leyen`): the lexicon holds such surnames alone, taken from full names (`build.rs`).
fn opens_with_particle(s: &str) -> bool {
    s.split(' ').next().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "le" | "la" | "de" | "du" | "des" | "di" | "da" | "del" | "van" | "von"
        )
    })
}

/// Whether a known surname with its particle at token `i` (window text `s`) is the person
/// here: not a place of the same name (`La Verpillière`, `Van Buren`), not after a
/// preposition (`à La Cruz`), not `De X à Y` opening a sentence (the preposition), and not a
/// title capitalised (`Le Maire de Lyon`: `maire` is a common noun).
fn particle_surname_here(toks: &[Tok], i: usize, s: &str) -> bool {
    let lists = Lists::get();
    let after_preposition = i > 0
        && toks[i - 1].sentence == toks[i].sentence
        && matches!(
            toks[i - 1].lower(),
            "à" | "de" | "d'" | "du" | "des" | "dans" | "en" | "au" | "aux" | "vers" | "depuis"
        );
    let preposition_opening =
        sentence_initial(toks, i) && matches!(toks[i].lower(), "de" | "du" | "des");
    let common_last = s
        .split(' ')
        .next_back()
        .is_some_and(|w| lists.lexicon.contains_key(w.to_lowercase().as_str()));
    !after_preposition && !preposition_opening && !common_last && !Gazetteer::french().contains(s)
}

/// Whether a window of text is written as a person's name: it opens with a capital and every
/// other word does too, but for the particles of names (`Ursula von der Leyen`, `Dominique de
/// Villepin`): `Le maire` is no `Bruno Le Maire`.
fn written_as_a_name(s: &str) -> bool {
    // (a foreign particle may open it, the surname then capitalised: von der Leyen)
    let opens = s.starts_with(char::is_uppercase)
        || (["van ", "von ", "di ", "da ", "del "]
            .iter()
            .any(|p| s.starts_with(p))
            && s.split(' ')
                .next_back()
                .is_some_and(|w| w.starts_with(char::is_uppercase)));
    // (a hyphenated word counts by its first part, Ban Ki-moon; an elided particle by the
    // capital after it, Giscard d'Estaing)
    opens
        && s.split(' ').filter(|w| !w.is_empty()).all(|w| {
            let w = w
                .strip_prefix("d'")
                .or_else(|| w.strip_prefix("d’"))
                .filter(|rest| rest.starts_with(char::is_uppercase))
                .unwrap_or(w);
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || PARTICLES.contains(&w)
                || matches!(
                    w,
                    "du" | "des" | "d'" | "la" | "le" | "ibn" | "el" | "zu" | "y" | "e"
                )
        })
}

/// Whether the words of a place name are capitalised, but for connectors (`Saint-Martin-de-Ré`,
/// `Le Puy-en-Velay`, not `Les médecins`).
fn capitalised_name(s: &str) -> bool {
    // (an article is not the capital of a name: La rivière, the commune La Rivière aside)
    let named = s
        .split([' ', '-', '\'', '’'])
        .any(|w| w.starts_with(char::is_uppercase) && !matches!(w, "Le" | "La" | "Les" | "L"));
    named
        && s.split([' ', '-', '\'', '’'])
            .filter(|w| !w.is_empty())
            .enumerate()
            .all(|(k, w)| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                    || (k > 0 && is_adjective_like(w))
                    || matches!(
                        w,
                        "de" | "du"
                            | "des"
                            | "d"
                            | "la"
                            | "le"
                            | "les"
                            | "l"
                            | "en"
                            | "sur"
                            | "sous"
                            | "lès"
                            | "lez"
                            | "et"
                            | "aux"
                            | "au"
                            | "à"
                    )
            })
}

/// Whether the known place of `len` tokens at `i`, after `de`, is followed by two or three
/// unknown capitalised words and then no other: a person named after a role's place.
fn place_then_person(toks: &[Tok], i: usize, len: usize, gaz: &Gazetteer) -> bool {
    unknown_words_after_place(toks, i, len, gaz, &["de", "d'", "du"])
        .is_some_and(|n| (2..=3).contains(&n))
}

/// The number of unknown capitalised words (one to three) after the known place of `len`
/// tokens at `i` when a plural determiner stands before the place (`les Chicago Bulls`).
fn team_after_place(toks: &[Tok], i: usize, len: usize, gaz: &Gazetteer) -> Option<usize> {
    unknown_words_after_place(toks, i, len, gaz, &["les", "des", "aux"])
        .filter(|n| (1..=3).contains(n))
}

/// How many capitalised words follow the known place of `len` tokens at `i` in its sentence,
/// when the word before the place is one of `before` and every one of them is unknown
/// ([`unknown_word`]).
fn unknown_words_after_place(
    toks: &[Tok],
    i: usize,
    len: usize,
    gaz: &Gazetteer,
    before: &[&str],
) -> Option<usize> {
    let t = &toks[i];
    let introduced =
        i > 0 && toks[i - 1].sentence == t.sentence && before.contains(&toks[i - 1].lower());
    if !introduced {
        return None;
    }
    let words = toks[i + len..]
        .iter()
        .take_while(|n| n.sentence == t.sentence && n.is_cap() && n.kind == TokenKind::Word)
        .count();
    toks[i + len..i + len + words]
        .iter()
        .all(|n| unknown_word(n, gaz))
        .then_some(words)
}

/// A capitalised word no list knows: not an acronym, place, common word, organisation head,
/// known organisation or person's title.
fn unknown_word(n: &Tok, gaz: &Gazetteer) -> bool {
    let lists = Lists::get();
    !n.is_acronym()
        && !gaz.contains(n.text)
        && !lists.lexicon.contains_key(n.lower())
        && !lists.org_heads.contains(n.lower())
        && !lists.known_orgs.contains(&fold(n.text))
        && !lists.person_titles.contains(n.lower())
}

/// Whether a given name and a capitalised word start at `k` (`Yasser Arafat`), or a
/// well-known person's two words (`Elon Musk`, whose given name no list has).
fn full_name_at(toks: &[Tok], k: usize) -> bool {
    let Some((n, m)) = toks.get(k).zip(toks.get(k + 1)) else {
        return false;
    };
    if m.sentence != n.sentence || !m.is_cap() || m.kind != TokenKind::Word {
        return false;
    }
    // (here, after `de` inside a name, any given name French parents often choose will do,
    // though it is too rare to start a person elsewhere: le Fatah de Yasser Arafat)
    is_given_name(n.text)
        || births_name(n)
        || (n.is_cap()
            && Lists::get()
                .known_persons
                .contains(&fold(&format!("{} {}", n.text, m.text))))
}

/// Whether `words[k]` and `words[k + 1]` are a person's given name and a capitalised word: a
/// full name starting there, as after the `de` of `l'équipe Europcar de Thomas Voeckler`.
pub(crate) fn full_name_in_words(words: &[&str], k: usize) -> bool {
    words.get(k + 1).is_some_and(|m| {
        let mut c = m.chars();
        c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_lowercase)
    }) && words.get(k).is_some_and(|n| is_given_name(n))
}

/// A given name of the INSEE births table (at least 500 births) that no lexicon reads as a
/// common word and that is no trusted place.
fn births_name(t: &Tok) -> bool {
    t.is_cap()
        && !t.is_acronym()
        && !Lists::get().lexicon.contains_key(t.lower())
        && !trusted_place(t.text)
        && depeche_lang::fr::first_name_births()
            .get(&fold(t.text))
            .is_some_and(|b| b.girls + b.boys >= 500)
}

/// Whether the gazetteer knows a name only as another name of its places, none of which
/// goes by it first ("Nadia" is one of Navadwip's names in GeoNames): a given name written
/// alone is then a person, as a place's own name would not be.
fn place_by_alias_only(name: &str) -> bool {
    let key = fold(name);
    Gazetteer::french()
        .candidates(name)
        .all(|p| fold(p.name) != key)
}

/// A given name, or a compound one (Jean-Mimi, Marie-Ange).
pub(crate) fn is_given_name(w: &str) -> bool {
    let names = &Lists::get().given_names;
    names.contains(w)
        || registered_given_name(w)
        || world_given_name(w)
        || w.split('-')
            .next()
            .is_some_and(|p| p != w && (names.contains(p) || registered_given_name(p)))
}

/// A given name of the public figures the births in France do not cover (`Andrés`,
/// `Sergueï`; `first_names_world.tsv` of the language data), written as a name, that no
/// lexicon reads as a word and that is not the name of a large town (the list is of names,
/// so a village or another language's spelling of a town that shares one does not count:
/// Andrés, Mariano).
fn world_given_name(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && depeche_lang::fr::first_names_world().contains_key(&fold(w))
        && !Lists::get().lexicon.contains_key(w.to_lowercase().as_str())
        && !Gazetteer::french()
            .candidates(w)
            .any(|p| p.name == w && p.population >= 100_000)
}

/// A given name of the INSEE births table common enough to be one (`Edmond`, `Gaston`: at
/// least ten thousand births since 1900), that no lexicon reads as a word, that is no trusted
/// place and no known organisation. (A rarer name is as often a surname, a brand or a body:
/// with 500 births, the association April became a person; [`births_name`] takes those only
/// before a surname.)
fn registered_given_name(w: &str) -> bool {
    let lists = Lists::get();
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(char::is_lowercase)
        && depeche_lang::fr::first_name_births()
            .get(&fold(w))
            .is_some_and(|b| b.girls + b.boys >= 10_000)
        && !lists.lexicon.contains_key(w.to_lowercase().as_str())
        && !lists.known_orgs.contains(&fold(w))
        && !trusted_place(w)
}

/// Whether a token lies in a URL, an e-mail address, a hashtag or a handle.
fn in_url(text: &str, start: usize, end: usize) -> bool {
    let is_sp = |c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}';
    let from = text[..start].rfind(is_sp).map_or(0, |p| {
        p + text[p..].chars().next().map_or(1, char::len_utf8)
    });
    let to = text[end..].find(is_sp).map_or(text.len(), |p| end + p);
    let chunk = &text[from..to];
    chunk.contains("://")
        || chunk.contains('@')
        || chunk.starts_with("www.")
        || chunk.starts_with('#')
}

/// A product's model code: one or two capitals then one to four digits (`A320`, `SU95`,
/// `C3`), or three or four digits (`737`, `3008`); a year (`Euro 2016`), a channel's number
/// (`France 2`) and a racing team's `F1` are none.
fn is_model_code(text: &str) -> bool {
    let letters = text.chars().take_while(char::is_ascii_uppercase).count();
    let digits = &text[letters..];
    let n = digits.len();
    // (one digit after a letter is a car's or a phone's code too, C3, X5, S3, but F1 is a
    // racing team's; four digits are a code, 3008, unless they are a year)
    let year = n == 4 && (digits.starts_with("19") || digits.starts_with("20"));
    digits.bytes().all(|b| b.is_ascii_digit())
        && text != "F1"
        && if letters == 0 {
            (3..=4).contains(&n) && !year
        } else {
            letters <= 2 && (1..=4).contains(&n)
        }
}

/// Whether a preposition of place, or `de`, stands before token `s`, an article between
/// them or not (à Nadia, au sud de la Caroline).
fn place_preposition_before(toks: &[Tok], s: usize) -> bool {
    preposition_before(toks, s, |w| {
        matches!(w, "de" | "du" | "des" | "d'") || PLACE_PREPOSITIONS.contains(&w)
    })
}

/// Whether the one-word name at token `s` is coordinated with a place the gazetteer knows
/// by its own name (Nadia et Murshidabad, deux districts): a list of places.
fn coordinated_with_place(toks: &[Tok], s: usize, gaz: &Gazetteer) -> bool {
    let same = |k: usize| toks.get(k).is_some_and(|x| x.sentence == toks[s].sentence);
    let place = |k: usize| {
        same(k) && toks[k].is_cap() && !is_given_name(toks[k].text) && {
            let key = fold(toks[k].text);
            gaz.candidates(toks[k].text).any(|p| fold(p.name) == key)
        }
    };
    let link = |k: usize| same(k) && matches!(toks[k].lower(), "et" | "ou" | ",");
    (link(s + 1) && place(s + 2)) || (s >= 2 && link(s - 1) && place(s - 2))
}

/// Whether token `i` is a common noun heading nothing named, capitalised, with a capitalised
/// word right after it that no lexicon knows as a common word (see its use in the scan).
fn common_noun_before_name(toks: &[Tok], i: usize) -> bool {
    let lists = Lists::get();
    let t = &toks[i];
    let lower = t.lower();
    let heads_names = lists.org_heads.contains(lower)
        || lists.lower_org_heads.contains(lower)
        || lists.site_heads.contains_key(lower)
        || lists.capital_site_heads.contains(lower)
        || lists.street_heads.contains(lower)
        || lists.place_heads.contains(lower)
        || lists.thing_heads.contains(lower)
        || lists.eponym_heads.contains(lower)
        || lists.org_kind_heads.contains(lower)
        || lists.body_nouns.contains(lower)
        || lists.trade_heads.contains(lower)
        || lists.route_nouns.contains(lower)
        || lists.credit_words.contains(lower)
        || lists.business_words.contains(lower)
        // (a title is the person's: "Monsieur Thiers", "Général Boulanger")
        || lists.person_titles.contains(lower)
        // (a thing named after a person, "Plan Marshall", and a stop, "Station Stalingrad",
        // are named with their noun)
        || lists.surname_thing_heads.contains(lower)
        || matches!(lower, "station" | "stations");
    // (a noun of the treebanks: the lexicon's `_`, words seen only in the historical corpus,
    // include as many words of old names, and taking them cost Europeana)
    let noun = lists.lexicon.get(lower).is_some_and(|tag| *tag == "NOUN");
    // ("Saint Agile", "Sainte Anne": saint opens a name)
    let saint = matches!(lower, "saint" | "sainte" | "saints" | "saintes");
    // (four letters at least: no article of another language, "The Medicines Company")
    noun && t.is_cap()
        && t.text.chars().count() >= 4
        && !saint
        && !t.is_all_caps()
        && !heads_names
        && !is_given_name(t.text)
        && toks.get(i + 1).is_some_and(|n| {
            n.sentence == t.sentence
                && n.start == t.end + 1
                && n.kind == TokenKind::Word
                && n.is_cap()
                && lists
                    .lexicon
                    .get(n.lower())
                    .is_none_or(|tag| *tag == "PROPN")
        })
}

/// Whether token `t` opens its line: a headline's, a paragraph's or a dateline's first word.
fn opens_line(a: &Article, t: &Tok) -> bool {
    t.start == 0
        || a.text[..t.start]
            .trim_end_matches([' ', '\u{a0}'])
            .ends_with('\n')
}

/// Whether token `i` is the first word of its sentence or follows an opening mark.
fn sentence_initial(toks: &[Tok], i: usize) -> bool {
    i == 0
        || toks[i - 1].sentence != toks[i].sentence
        || (toks[i - 1].kind == TokenKind::Punct && OPENERS.contains(&toks[i - 1].text))
        || (toks[i - 1].kind == TokenKind::Punct
            && toks[i - 1].text == "."
            && !abbreviation_before(toks, i - 1))
        || after_bare_dateline(toks, i)
}

/// Whether token `i`, in ordinary case, follows a place in capitals opening its sentence with
/// no punctuation between (`NANCY Le maire a …`): a regional paper's dateline, after which the
/// text's first word is capitalised as a sentence's is.
fn after_bare_dateline(toks: &[Tok], i: usize) -> bool {
    let d = &toks[i - 1];
    d.sentence == toks[i].sentence
        && d.kind == TokenKind::Word
        && d.is_all_caps()
        && d.text.chars().count() >= 4
        && (i == 1 || toks[i - 2].sentence != d.sentence)
        && toks[i].is_cap()
        && !toks[i].is_all_caps()
        && Gazetteer::french().contains_folded(&fold(d.text))
}

/// Whether the period at `p` closes an honorific or an initial (`M.`, `Dr.`, `J.`) rather than
/// a sentence: the word after it is inside the sentence (`Hier, M. Dubreuil a parlé`).
fn abbreviation_before(toks: &[Tok], p: usize) -> bool {
    let lists = Lists::get();
    p > 0
        && toks[p - 1].sentence == toks[p].sentence
        && toks[p - 1].kind == TokenKind::Word
        && (lists
            .person_titles
            .contains(&format!("{}.", toks[p - 1].lower()))
            || lists.person_titles.contains(toks[p - 1].lower()) && toks[p - 1].is_cap()
            || toks[p - 1].text.chars().count() == 1 && toks[p - 1].is_cap())
}

/// The windows of up to seven tokens from one token (same sentence, through `'`, `-`, `.`)
/// with their folded keys (the lists' and the gazetteer's key, [`fold`]), kept for the token
/// the rules are asking about: a dozen of their questions about one token read its windows,
/// so they are folded once per token, incrementally ([`fold_on`]), not once per question
/// (folding windows was a tenth of a whole run's instructions).
struct Windows<'t> {
    text: &'t str,
    toks: &'t [Tok<'t>],
    at: RefCell<WindowsAt>,
}

/// The windows from one token.
struct WindowsAt {
    /// The token they start at (`usize::MAX`: none yet).
    start: usize,
    /// The folded text of the longest window.
    folded: String,
    /// Per window, its length in tokens and where its key ends in `folded`.
    windows: Vec<(usize, usize)>,
}

impl<'t> Windows<'t> {
    fn new(text: &'t str, toks: &'t [Tok<'t>]) -> Self {
        Windows {
            text,
            toks,
            at: RefCell::new(WindowsAt {
                start: usize::MAX,
                folded: String::new(),
                windows: Vec::new(),
            }),
        }
    }

    /// Longest phrase from `i` whose text and key satisfy `pred` (0: none).
    fn longest(&self, i: usize, pred: impl Fn(&str, &str) -> bool) -> usize {
        let toks = self.toks;
        let mut at = self.at.borrow_mut();
        if at.start != i {
            let WindowsAt {
                folded, windows, ..
            } = &mut *at;
            folded.clear();
            windows.clear();
            let (mut space, mut upto) = (true, toks[i].start);
            let mut j = i;
            while j < toks.len() && j < i + 7 && toks[j].sentence == toks[i].sentence {
                if toks[j].kind == TokenKind::Punct
                    && !matches!(toks[j].text, "'" | "’" | "-" | ".")
                {
                    break;
                }
                if toks[j].kind != TokenKind::Punct {
                    fold_on(folded, &self.text[upto..toks[j].end], &mut space);
                    upto = toks[j].end;
                    let key_end = folded.strip_suffix(' ').unwrap_or(folded).len();
                    windows.push((j + 1 - i, key_end));
                }
                j += 1;
            }
            at.start = i;
        }
        let WindowsAt {
            folded, windows, ..
        } = &*at;
        let mut best = 0;
        for &(n, key_end) in windows {
            let text = &self.text[toks[i].start..toks[i + n - 1].end];
            if pred(text, &folded[..key_end]) {
                best = n;
            }
        }
        best
    }
}

/// Index after `pour` (or `contre`), an article and a lower-case common noun at `j` (`pour la
/// transparence`, `pour l'emploi`, `de lutte contre le dopage`), the purpose in an
/// organisation's name; not a time (`pour la première fois` has no noun there, `pour le
/// moment` is a time).
fn purpose(toks: &[Tok], j: usize) -> Option<usize> {
    let same = |k: usize| k < toks.len() && toks[k].sentence == toks[j].sentence;
    if !same(j) || !matches!(toks[j].lower(), "pour" | "contre") {
        return None;
    }
    let mut k = j + 1;
    // (what a body is for takes its article: la Haute Autorité pour la transparence; a bare
    // noun after "pour" is the matter of a sentence, la Cour pénale internationale | pour
    // crimes contre l'humanité)
    if !(same(k) && matches!(toks[k].lower(), "le" | "la" | "l'" | "les")) {
        return None;
    }
    k += 1;
    let w = toks.get(k).filter(|_| same(k))?;
    // (a word the lexicon lacks, in either number, is a noun too: contre le dopage; but not
    // the plural of an adjective, which names people: pour les démocrates)
    let lexicon = &Lists::get().lexicon;
    let noun = match lexicon.get(w.lower()) {
        Some(t) => *t == "NOUN",
        None => w
            .lower()
            .strip_suffix('s')
            .is_none_or(|s| !lexicon.contains_key(s)),
    };
    (w.kind == TokenKind::Word
        && !w.is_cap()
        && noun
        && !TIME_WORDS.contains(&w.lower())
        && !matches!(w.lower(), "moment" | "instant" | "heure" | "fois"))
    .then_some(k + 1)
}

/// Whether a hyphenated word joins two or more places into a route or a pairing
/// (`Rio-Paris`, `Paris-Nantes`) rather than naming one place (`Boulogne-Billancourt`, known
/// as a whole) or a person (`Jean-Marie`).
fn route_between_places(w: &str, gaz: &Gazetteer) -> bool {
    let parts: Vec<&str> = w.split('-').collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            p.chars().count() >= 3
                && p.chars().next().is_some_and(char::is_uppercase)
                && !is_given_name(p)
                && trusted_place(p)
        })
        && !gaz.contains(w)
        && !Lists::get().known_orgs.contains(&fold(w))
}

/// Whether token `i` is a noun heading an organisation's name (`data/org_heads.txt`,
/// `org_heads_rules.txt`); `Force` only before its adjective, complement or a capitalised word
/// of its name (la Force nationale de sécurité, Force Athlétique X, but the town of La Force,
/// en Dordogne).
fn org_head_at(toks: &[Tok], i: usize) -> bool {
    let lists = Lists::get();
    let t = &toks[i];
    lists.org_heads.contains(t.lower())
        && (!matches!(t.lower(), "force" | "forces")
            || toks.get(i + 1).is_some_and(|n| {
                n.sentence == t.sentence
                    && n.kind == TokenKind::Word
                    && ((n.is_cap() && !n.is_all_caps() && !is_given_name(n.text))
                        || matches!(n.lower(), "de" | "d'" | "du" | "des")
                        || is_adjective_like(n.text)
                        || lists.lexicon.get(n.lower()).is_some_and(|t| *t == "ADJ"))
            }))
}

/// Whether the complement at `k`, after the connector at `j`, is a bare lower-case noun:
/// `de` or `d'` with no article (`de gestion`, `d'urgence`), a noun the lexicon knows as one or
/// a word it lacks (or knows with no part of speech, `_`) that does not read as an adjective.
/// (Adverbial phrases, `de manière`, end the name before this counts: see [`extend_org`].)
fn bare_complement(toks: &[Tok], j: usize, k: usize) -> bool {
    let w = &toks[k];
    k == j + 1
        && matches!(toks[j].lower(), "de" | "d'")
        && w.kind == TokenKind::Word
        && !w.is_cap()
        && w.text.chars().count() >= 4
        && match Lists::get().lexicon.get(w.lower()) {
            None | Some(&"_") => !is_adjective_like(w.text),
            Some(tag) => *tag == "NOUN",
        }
        && !TIME_WORDS.contains(&w.lower())
}

/// Whether the lexicon reads a lower-case word as a verb or a function word (adverb,
/// preposition, pronoun, determiner, conjunction): no noun of a name's complement.
fn verb_or_function_word(lower: &str) -> bool {
    Lists::get().lexicon.get(lower).is_some_and(|t| {
        matches!(
            *t,
            "VERB" | "AUX" | "ADV" | "ADP" | "PRON" | "DET" | "SCONJ" | "CCONJ"
        )
    })
}

/// Index after the connector sequence at `j` (`de`, `de la`, `d'`, `des`), if any.
fn skip_connectors(toks: &[Tok], j: usize) -> Option<usize> {
    let l = toks.get(j)?.lower();
    if !matches!(l, "de" | "du" | "des" | "d'") {
        return None;
    }
    let mut k = j + 1;
    if l == "de"
        && toks
            .get(k)
            .is_some_and(|t| matches!(t.lower(), "la" | "l'"))
    {
        k += 1;
    }
    (k < toks.len() && toks[k].sentence == toks[j].sentence).then_some(k)
}

/// Index after a list of plural nouns at `j` continuing the plural noun of a lower-case
/// complement at `j - 1` (`des retraités | , veufs et invalides`, `des chasseurs | et
/// piégeurs`): commas between them and `et` before the last, every one a lower-case word
/// ending in `s` or `x` that the lexicon knows as a noun or an adjective or does not tag
/// (the members a body gathers, not a clause: `des comptes, et critique`).
fn members_listed(toks: &[Tok], j: usize) -> Option<usize> {
    let lexicon = &Lists::get().lexicon;
    let same = |k: usize| k < toks.len() && toks[k].sentence == toks[j].sentence;
    let plural_noun = |k: usize| {
        same(k)
            && toks[k].kind == TokenKind::Word
            && !toks[k].is_cap()
            && toks[k].text.ends_with(['s', 'x'])
            && toks[k].text.chars().count() >= 4
            && lexicon
                .get(toks[k].lower())
                .is_none_or(|t| matches!(*t, "NOUN" | "ADJ" | "_"))
    };
    if j == 0 || !plural_noun(j - 1) {
        return None;
    }
    let mut k = j;
    while same(k) && toks[k].text == "," && plural_noun(k + 1) {
        k += 2;
    }
    if !(same(k) && toks[k].lower() == "et" && plural_noun(k + 1)) {
        return None;
    }
    // (not before a plural verb, whose subjects they are: la Fédération des chasseurs,
    // agriculteurs et élus | se sont réunis)
    let e = k + 2;
    let plural_verb = same(e) && {
        let l = toks[e].lower();
        matches!(
            l,
            "se" | "sont" | "ont" | "étaient" | "avaient" | "seront" | "auront" | "font" | "vont"
        ) || (l.ends_with("ent") && lexicon.get(l).is_some_and(|t| matches!(*t, "VERB" | "AUX")))
    };
    (!plural_verb).then_some(e)
}

/// Whether a plural verb (or the reflexive opening one) stands at `k`, in the sentence of
/// `h`: the words before it were its coordinated subjects, not one name.
fn plural_verb_at(toks: &[Tok], k: usize, h: usize) -> bool {
    let Some(w) = toks.get(k).filter(|w| w.sentence == toks[h].sentence) else {
        return false;
    };
    let plural = |l: &str| {
        matches!(
            l,
            "sont" | "ont" | "étaient" | "avaient" | "seront" | "auront" | "font" | "vont"
        ) || (l.ends_with("ent")
            && Lists::get()
                .lexicon
                .get(l)
                .is_some_and(|t| matches!(*t, "VERB" | "AUX")))
    };
    // (the reflexive before a plural form: "se sont réunis", not "se réunirait")
    match w.lower() {
        "se" | "s'" => toks
            .get(k + 1)
            .is_some_and(|n| n.sentence == w.sentence && plural(n.lower())),
        l => plural(l),
    }
}

/// Index after a list of complements at `j` continuing the complement before it: commas, each
/// followed by `de`/`d'`/`du`/`des` and a noun written as that complement is (lower-case, or a
/// capitalised common noun: `ministère de la Santé | , de la Jeunesse et des Sports`), and `et`
/// with one more before the last (`Direction générale de la concurrence | , de la consommation
/// et de la répression`). A comma followed by anything else (`, de son côté,`), a body's noun
/// in the list or a plural verb after it ends the name.
fn complements_listed(toks: &[Tok], j: usize) -> Option<usize> {
    let lists = Lists::get();
    let lexicon = &lists.lexicon;
    let same = |k: usize| k < toks.len() && toks[k].sentence == toks[j].sentence;
    if j == 0 || !same(j) || toks[j].text != "," {
        return None;
    }
    // (capitalised as the complement before: a ministry's list, de la Santé, de la Jeunesse
    // et des Sports; common nouns, not places: de Paris, de Lyon et de Marseille)
    let capitalised = toks[j - 1].is_cap();
    // a connector and a noun (not a possessive: de son côté) with its adjectives (du
    // Développement durable), the index after them
    let complement = |k: usize| {
        let n = skip_connectors(toks, k)?;
        let w = toks.get(n).filter(|_| same(n))?;
        // (nor another body: de la police et de la gendarmerie, de l'ambassade)
        let body = lists.org_kind_head(w.lower())
            || lists.lower_org_heads.contains(w.lower())
            || lists.org_heads.contains(w.lower())
            || lists.body_nouns.contains(w.lower())
            || depeche_lang::fr::titles()
                .get(w.lower())
                .is_some_and(|t| t.organization);
        let noun = !body
            && if capitalised {
                w.is_cap()
                    && !trusted_place(w.text)
                    && !is_given_name(w.text)
                    && lexicon.get(w.lower()).is_some_and(|t| *t == "NOUN")
            } else {
                !w.is_cap()
                    && !matches!(
                        w.lower(),
                        "son" | "sa" | "ses" | "leur" | "leurs" | "notre" | "votre"
                    )
                    && !lexicon_verb(w.lower())
            };
        if !(w.kind == TokenKind::Word && w.text.chars().count() >= 3 && noun) {
            return None;
        }
        let mut e = n + 1;
        while same(e)
            && toks[e].kind == TokenKind::Word
            && !toks[e].is_cap()
            && (is_adjective_like(toks[e].text)
                || lexicon.get(toks[e].lower()).is_some_and(|t| *t == "ADJ"))
            && !lexicon_verb(toks[e].lower())
        {
            e += 1;
        }
        Some(e)
    };
    let mut k = j;
    while same(k) && toks[k].text == "," {
        k = complement(k + 1)?;
    }
    if !(same(k) && toks[k].lower() == "et") {
        return None;
    }
    // (before a plural verb the list was of several bodies: "Le ministère de l'Intérieur, de
    // la Justice et de la Défense se sont réunis")
    complement(k + 1).filter(|&e| !(e..e + 3).any(|v| plural_verb_at(toks, v, j)))
}

/// Extend an organisation name from its head at `h`: adjectives, capitalised words and up to
/// two `de ...` complements (`Conseil supérieur de l'éducation`).
fn extend_org(toks: &[Tok], h: usize, need_cap_complement: bool) -> Option<usize> {
    let lists = Lists::get();
    let mut j = h + 1;
    let mut complements: usize = 0;
    // (of which bare nouns, which add no depth: see bare_complement)
    let mut bare_complements = 0;
    let mut has_cap_complement = false;
    let mut all_cap_complements = true;
    let mut purposed = false;
    let mut purpose_complement = false;
    let mut joined_complement = false;
    let same = |k: usize| k < toks.len() && toks[k].sentence == toks[h].sentence;
    while same(j) {
        let t = &toks[j];
        // after an adjective, only a place or an acronym continues the name (Orchestre national
        // Bordeaux Aquitaine), not a person (Autorité palestinienne Yasser Arafat)
        let after_adjective = j > h + 1 && !toks[j - 1].is_cap();
        let cap_word = t.is_cap()
            && !lists.org_heads.contains(t.lower())
            && !lists.given_names.contains(t.text)
            && (!after_adjective || t.is_all_caps() || trusted_place(t.text));
        // after a complement only a word the lexicon knows as an adjective (des syndicats
        // d'exploitants agricoles), not a verb that looks like one (des comptes critique)
        // adjectives follow the head, or a capitalised complement (des Nations unies); after a
        // lower-case complement a word like "critique" is more likely the verb
        // (an adjective the lexicon does not know is no verb either: des industries pétrolières)
        // (one the lexicon knows only as an adjective continues a lower-case complement when
        // it agrees with it in number: de la recherche scientifique, des études économiques,
        // but des comptes | critique)
        // (one the lexicon alone calls an adjective continues it too: d'exploitants
        // agricoles, du culte musulman)
        // (and right after the capitalised head: Ligue arabe, Union latine)
        // (and after a capitalised complement, a relational adjective agreeing with it:
        // ministère des Affaires étrangères, but Banque de France | seule, ministère de
        // l'Intérieur | actuel)
        // (and after a first adjective right after the capitalised head, one agreeing with
        // it: Commission électorale indépendante)
        // (one that relates, not one that describes when: Commission européenne | actuelle)
        let second_adjective = j == h + 2
            && toks[h].is_cap()
            && !toks[j - 1].is_cap()
            && toks[j - 1].kind == TokenKind::Word
            && agrees_in_number(toks[j - 1].text, t.text)
            && (relational_adjective(t.lower())
                || t.lower().starts_with("indépendant")
                || t.lower().starts_with("permanent"));
        let lexicon_adjective = ((complements > 0 && !toks[j - 1].is_cap())
            || (j == h + 1 && toks[h].is_cap())
            || second_adjective
            || (complements > 0
                && toks[j - 1].is_cap()
                && agrees_in_number(toks[j - 1].text, t.text)
                && relational_adjective(t.lower())))
            && match lists.lexicon.get(t.lower()) {
                Some(tag) => *tag == "ADJ",
                // (a plural the lexicon lacks, by its singular)
                None => t
                    .lower()
                    .strip_suffix('s')
                    .and_then(|w| lists.lexicon.get(w))
                    .is_some_and(|tag| *tag == "ADJ"),
            };
        // (a verb ending like an adjective is none: l'Institut Pasteur | rappelle)
        let adjective = !t.is_cap()
            && (is_adjective_like(t.text) || lexicon_adjective)
            && !lexicon_verb(t.lower())
            && (complements == 0
                || toks[j - 1].is_cap()
                || lists.lexicon.get(t.lower()).is_none_or(|tag| {
                    (*tag == "ADJ" || adjective_by_its_feminine(t.lower()))
                        && agrees_in_number(toks[j - 1].text, t.text)
                }));
        // "et" between two complements joins them (Bureau d'enquêtes et d'analyses)
        let joined =
            complements > 0 && t.lower() == "et" && skip_connectors(toks, j + 1).is_some_and(&same);
        let j_conn = if joined { j + 1 } else { j };
        // "et" between two adjectives joins them (Comité national olympique et sportif)
        // (an adjective the lexicon alone tells: Union maritime et portuaire, Union démocrate
        // et chrétienne)
        let adjective_word = |w: &Tok| {
            is_adjective_like(w.text) || lists.lexicon.get(w.lower()).is_some_and(|t| *t == "ADJ")
        };
        let adjectives_joined = t.lower() == "et"
            && j > h + 1
            && !toks[j - 1].is_cap()
            && adjective_word(&toks[j - 1])
            && same(j + 1)
            && !toks[j + 1].is_cap()
            && adjective_word(&toks[j + 1]);
        // "et" and an article before a second purpose (Haute Autorité pour la diffusion des
        // œuvres et la protection des droits, Centre pour l'aéronautique et l'astronautique)
        let second_purpose = (purposed && t.lower() == "et")
            .then(|| {
                let mut k = j + 1;
                if !(same(k) && matches!(toks[k].lower(), "le" | "la" | "l'" | "les")) {
                    return None;
                }
                k += 1;
                let w = toks.get(k).filter(|_| same(k))?;
                let noun = lists
                    .lexicon
                    .get(w.lower())
                    .is_none_or(|tag| *tag == "NOUN");
                // (not a second body: "et la mairie de Paris ont signé", nor the subject
                // coordinated before a plural verb: "et la presse régionale ont signé")
                let body = lists.org_kind_head(w.lower())
                    || lists.lower_org_heads.contains(w.lower())
                    || lists.org_heads.contains(w.lower());
                let plural_verb = (k + 1..(k + 4).min(toks.len())).any(|v| {
                    let l = toks[v].lower();
                    toks[v].sentence == toks[h].sentence
                        && (matches!(l, "ont" | "sont" | "font" | "vont" | "se")
                            || (l.ends_with("ent")
                                && lists
                                    .lexicon
                                    .get(l)
                                    .is_some_and(|t| matches!(*t, "VERB" | "AUX"))))
                });
                (w.kind == TokenKind::Word && !w.is_cap() && noun && !body && !plural_verb)
                    .then_some(k + 1)
            })
            .flatten();
        if adjectives_joined {
            j += 2;
        } else if let Some(k) = second_purpose {
            // (which may take its own complement, as the first did: et la sécurité des
            // réseaux)
            complements = complements.min(1);
            j = k;
        } else if let Some(k) = complements_listed(toks, j).filter(|_| complements > 0) {
            // a list of complements after the first one, each of them of the name (Direction
            // générale de la concurrence, de la consommation et de la répression des fraudes);
            // the last may take its own complement
            joined_complement = true;
            j = k;
        } else if let Some(k) = members_listed(toks, j).filter(|_| complements > 0) {
            // the members a body gathers, listed after its first complement (Union
            // départementale des retraités, veufs et invalides du travail, Fédération des
            // chasseurs et piégeurs de X)
            j = k;
        } else if t.kind == TokenKind::Word && (cap_word || adjective) && !joined {
            j += 1;
        } else if let Some(k) = purpose(toks, j).filter(|_| !need_cap_complement && !purposed) {
            // once, "pour" and what the body is for (Haute Autorité pour la transparence de
            // la vie publique, Agence nationale pour l'emploi)
            purposed = true;
            complements += 1;
            all_cap_complements = false;
            j = k;
            // (the purpose may take one complement of its own, however deep the name before
            // it: Bureau d'enquêtes et d'analyses pour la sécurité de l'aviation civile)
            if complements > 2 {
                complements = 2;
            }
            purpose_complement = true;
        } else if let Some(k) = skip_connectors(toks, j_conn) {
            // a third complement only after capitalised ones (Communauté économique des États
            // d'Afrique de l'Ouest); and never an acronym, which names another body (Conseil
            // des droits de l'homme | de l'ONU, Conseil de sécurité | de l'ONU)
            // (an acronym of a common noun is no body: Confédération des PME, Syndicat des
            // entreprises du BTP, data/not_entities.txt; and a head alone before it names the
            // body itself: Parti de l'UMA)
            let body_acronym =
                toks[k].is_all_caps() && !lists.not_acronyms.contains(toks[k].text) && j > h + 1;
            // (but a town closing the name after lower-case complements is the body's seat,
            // part of its name: Chambre de commerce et d'industrie de Lahore)
            let seat = toks[k].is_cap()
                && trusted_place(toks[k].text)
                && !need_cap_complement
                && toks
                    .get(k + 1)
                    .is_none_or(|n| n.sentence != toks[h].sentence || !n.is_cap());
            let purpose_own = std::mem::take(&mut purpose_complement) && !toks[k].is_cap();
            // (and so may a joined complement: Agence de sécurité du médicament et des
            // produits de santé)
            let joined_own = std::mem::take(&mut joined_complement) && !toks[k].is_cap();
            // a bare noun after "de" names what the body does or deals with (Conseil national
            // de gestion des risques de catastrophe, Commission de contrôle des interceptions
            // de sécurité): it qualifies the noun before it as an adjective would, adding no
            // depth, so a complement after it may go one deeper (Office national de
            // prévention des accidents de la route)
            let bare = bare_complement(toks, j_conn, k);
            // (but a territory or a body after it is the body's seat or owner: le Centre de
            // gestion des crises | de la préfecture, le Service de gestion des déchets | de la
            // commune)
            let owner = !toks[k].is_cap()
                && (lists.place_heads.contains(toks[k].lower())
                    || lists.lower_org_heads.contains(toks[k].lower())
                    || lists.org_kind_head(toks[k].lower())
                    || lists.body_nouns.contains(toks[k].lower())
                    || matches!(toks[k].lower(), "mairie" | "métropole" | "agglomération"));
            let depth = if owner {
                complements
            } else {
                complements.saturating_sub(bare_complements)
            };
            if !same(k)
                || depth >= 3
                || body_acronym
                // (a complement joined by "et" to the last one adds no depth, however deep
                // the name: Institut pour l'étude de la neige et des avalanches)
                || (depth >= 2
                    && (!all_cap_complements || !toks[k].is_cap())
                    && !seat
                    && !purpose_own
                    && !joined
                    && !joined_own
                    && !bare)
            {
                break;
            }
            let w = &toks[k];
            if w.kind != TokenKind::Word || TIME_WORDS.contains(&w.lower()) {
                break;
            }
            // an adverbial phrase qualifies the sentence, not the body (la Commission des
            // finances | de manière unanime, le Comité international | de passage à Gaza)
            if k == j_conn + 1 && !w.is_cap() && lists.adverbial_bare_nouns.contains(w.lower()) {
                break;
            }
            // a person's full name is no complement but the person behind the body (le
            // Collectif Ardent | de Julien Morvan)
            if full_name_at(toks, k) {
                break;
            }
            // "et" before a capitalised head noun opens a second body, not a complement of
            // the first (Conseil national des barreaux | et de la Cour de cassation)
            if joined && w.is_cap() && lists.org_heads.contains(w.lower()) {
                break;
            }
            // nor before a plural verb, whose subjects the body and the words after "et" are
            // (L'Observatoire des droits de l'homme | et des militants ont dénoncé)
            if joined && (k + 1..k + 4).any(|v| plural_verb_at(toks, v, h)) {
                break;
            }
            // a second complement that is a place is where the organisation is, not its name
            // (le ministère de la Santé de Gaza)
            // (a capitalised institution keeps its city: Musée des beaux-arts de Montréal)
            if need_cap_complement && complements >= 1 && w.is_cap() && trusted_place(w.text) {
                break;
            }
            // a verb is no complement: the name ended before it (le Front national | d'être)
            // (nor an adverb: la Cour suprême de justice | d'ici; nor a preposition or a
            // pronoun: des intellectuels antifascistes | de l'entre deux guerres)
            if !w.is_cap() && verb_or_function_word(w.lower()) {
                break;
            }
            all_cap_complements &= w.is_cap();
            if w.is_cap() {
                has_cap_complement = true;
            } else if need_cap_complement
                || lists.person_titles.contains(w.lower())
                || w.text.len() < 3
            {
                break;
            }
            // (a complement joined to the one before by "et" adds no depth: Centre de
            // volcanologie et de prévention des catastrophes géologiques)
            if !joined {
                complements += 1;
                bare_complements += usize::from(bare);
            }
            joined_complement = joined;
            j = k + 1;
            // an adjective standing before its noun takes the noun into the complement
            // (l'Amicale des anciens combattants, le Cercle des jeunes entrepreneurs)
            let prenominal = depeche_lang::fr::prenominal_adjectives();
            let low = w.lower();
            if !w.is_cap()
                && (prenominal.contains(low)
                    || low
                        .strip_suffix('s')
                        .is_some_and(|x| prenominal.contains(x)))
                && same(j)
                && toks[j].kind == TokenKind::Word
                && !toks[j].is_cap()
                && !verb_or_function_word(toks[j].lower())
            {
                j += 1;
            }
        } else {
            break;
        }
    }
    if need_cap_complement && !has_cap_complement {
        return None;
    }
    Some(j)
}

/// The initials and finals of Mandarin syllables in pinyin, as names are romanised without
/// tones (`Ke`+`qiang`, `Jin`+`ping`); longest first.
const PINYIN_INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w",
];
const PINYIN_FINALS: &[&str] = &[
    "iang", "iong", "uang", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "ai", "ei",
    "ao", "ou", "an", "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "er", "a", "o",
    "e", "i", "u",
];

/// Whether a lower-case word is a run of pinyin syllables (`keqiang`, `jinping`, `weiwei`).
fn pinyin_word(w: &str) -> bool {
    if w.is_empty() || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    fn rest(w: &str) -> bool {
        if w.is_empty() {
            return true;
        }
        let initials = PINYIN_INITIALS.iter().copied().chain(std::iter::once(""));
        initials.filter(|i| w.starts_with(i)).any(|i| {
            let after = &w[i.len()..];
            PINYIN_FINALS
                .iter()
                .any(|f| after.starts_with(f) && rest(&after[f.len()..]))
        })
    }
    rest(w)
}

/// The end of an East Asian name at token `i`, family name first: a family name of
/// `family_name_first.txt` (language data) and one given name after it, hyphenated as
/// Korean and Taiwanese names are (`Ying-jeou`, `Geun-hye`) or a run of pinyin syllables
/// (`Keqiang`). A family name that is also a French or English word (`Ma`, `Sun`, `Song`,
/// `Moon`, `Han`) needs the hyphenated form; the article `Le` is never one.
fn east_asian_name(toks: &[Tok], i: usize) -> Option<usize> {
    let t = &toks[i];
    let n = toks.get(i + 1)?;
    // (the French article is never one: Le Grand-duc)
    if !t.is_cap()
        || t.kind != TokenKind::Word
        || t.lower() == "le"
        || !depeche_lang::fr::family_name_first().contains(t.lower())
        || n.sentence != t.sentence
        || n.kind != TokenKind::Word
        || !n.is_cap()
        || n.start != t.end + 1
    {
        return None;
    }
    // (nor a given name whose parts are French words)
    let lists = Lists::get();
    let hyphenated = n.lower().split('-').count() == 2
        && n.lower().split('-').all(|p| {
            (2..=5).contains(&p.chars().count())
                && p.chars().all(char::is_alphabetic)
                && !lists.lexicon.contains_key(p)
        });
    let word_too = matches!(
        t.lower(),
        "ma" | "sun" | "song" | "moon" | "han" | "he" | "hu" | "roh" | "ban" | "lee"
    );
    let pinyin = !word_too && n.text.chars().count() >= 2 && pinyin_word(n.lower());
    if !(hyphenated || pinyin) {
        return None;
    }
    // (not after a noun of a thing or a kind of place, `la marque Li Ning`, `la ville de
    // Yang Shuo`: only where a person's name stands, after a title, a nationality, a
    // determiner, a conjunction or a preposition, or opening the sentence)
    if i > 0 && toks[i - 1].sentence == t.sentence && toks[i - 1].kind == TokenKind::Word {
        let p = toks[i - 1].lower();
        let place_de =
            matches!(p, "de" | "d'") && i >= 2 && lists.place_heads.contains(toks[i - 2].lower());
        let person_context = lists.person_titles.contains(p)
            || demonym_country(p).is_some()
            || is_function_word(p)
            || toks[i - 1].is_cap();
        if place_de || !person_context {
            return None;
        }
    }
    // (a given name written in two words runs on, capitalised whatever word it also is: Kim
    // Jong Un, Nguyen Tan Dung)
    let mut j = i + 2;
    while j < i + 4
        && toks.get(j).is_some_and(|w| {
            w.sentence == t.sentence
                && w.kind == TokenKind::Word
                && w.is_cap()
                && w.start == toks[j - 1].end + 1
                && w.text.chars().count() >= 2
                && (pinyin_word(w.lower()) || w.text.chars().count() <= 4)
        })
    {
        j += 1;
    }
    // (a capitalised word after the name makes it a company's: Zhang Jiang High-Tech)
    let more = toks
        .get(j)
        .is_some_and(|w| w.sentence == t.sentence && w.kind == TokenKind::Word && w.is_cap());
    (!more).then_some(j)
}

/// Endings of the domain names news gives websites by (`Mediapart.fr`, `Booking.com`).
/// (not `de`: `M.de Villepin` is an abbreviation with its space lost)
const DOMAIN_ENDINGS: &[&str] = &[
    "org", "com", "fr", "net", "info", "io", "eu", "be", "ch", "ca", "uk",
];

/// A word with a capital after its first letter (`eBay`, `easyJet`, `YouTube`).
fn camel_case(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_alphabetic)
        && c.any(char::is_uppercase)
        && w.chars().any(char::is_lowercase)
}

/// The end of a website's name at token `i` written as its domain (`Planethunters.org`,
/// `arXiv.org`): a capitalised or camel-case word, a dot and a known ending, with no space
/// between them, and no address around it (`www.`, a scheme, an e-mail's `@`).
fn website_name(toks: &[Tok], i: usize) -> Option<usize> {
    let t = &toks[i];
    if !(t.is_cap() || camel_case(t.text)) || t.kind != TokenKind::Word {
        return None;
    }
    let attached = |k: usize| k < toks.len() && toks[k - 1].end == toks[k].start;
    if i > 0 && attached(i) {
        return None;
    }
    let (dot, end) = (toks.get(i + 1)?, toks.get(i + 2)?);
    let domain = dot.text == "."
        && attached(i + 1)
        && attached(i + 2)
        && DOMAIN_ENDINGS.contains(&end.text)
        && !(attached(i + 3) && matches!(toks[i + 3].text, "." | "/" | "@"));
    domain.then_some(i + 3)
}

fn candidate_at(
    a: &Article,
    win: &Windows,
    toks: &[Tok],
    i: usize,
    midcaps: &HashSet<&str>,
) -> Step {
    let lists = Lists::get();
    let gaz = Gazetteer::french();
    let t = &toks[i];
    if t.kind != TokenKind::Word {
        return Step::Skip(1);
    }
    let lower = t.lower();
    // "Roubaix (Nord)", "Tulle (Corrèze)": a French département or région in brackets after
    // a town is where the town lies, even when its name is a common word (Nord, Centre, Var)
    if t.is_cap()
        && i >= 2
        && toks[i - 1].text == "("
        && toks[i - 2].is_cap()
        && toks[i - 2].sentence == t.sentence
        && toks.get(i + 1).is_some_and(|n| n.text == ")")
        && gaz
            .candidates(t.text)
            .any(|p| p.country == "FR" && matches!(p.feature, "department" | "region"))
    {
        return Step::Found(i + 1, Some(EntityType::LOC));
    }
    // a Roman numeral standing alone numbers a thing (les accords de Bâle III, l'acte II):
    // no name, unless it follows a person's (Jean-Paul II) or opens a team's (le XV de France)
    if regnal_ordinal(t.text)
        && !matches!(t.text, "Ier" | "Ire")
        && (i == 0
            || toks[i - 1].sentence != t.sentence
            || !toks[i - 1].is_cap()
            || trusted_place(toks[i - 1].text))
        && !toks
            .get(i + 1)
            .is_some_and(|n| n.sentence == t.sentence && matches!(n.lower(), "de" | "du"))
    {
        return Step::Veto(1);
    }
    // a website named by its domain (Planethunters.org, arXiv.org, Booking.com): one
    // organisation, its ending included
    if let Some(j) = website_name(toks, i) {
        return Step::Found(j, Some(EntityType::ORG));
    }
    // an East Asian name, family name first (Li Keqiang, Ma Ying-jeou): a person, whatever
    // the lexicon makes of its words (li, ma) or the model of its unknown given name
    if let Some(j) = east_asian_name(toks, i) {
        return Step::Found(j, Some(EntityType::PER));
    }
    // a brand written in camel case after a noun of a company (la compagnie easyJet, la
    // société eBay): an organisation, its lower-case first letter aside
    if camel_case(t.text)
        && !t.is_cap()
        && i > 0
        && toks[i - 1].sentence == t.sentence
        && lists.company_nouns.contains(toks[i - 1].lower())
    {
        return Step::Found(i + 1, Some(EntityType::ORG));
    }
    // the name of a work, a product, a vehicle, a body of the sky or a storm (la série Julie
    // Lescaut, la fusée Ariane, l'ouragan Sandy): not an entity, whatever its words look like
    if lists.thing_head(lower) && (!t.is_cap() || sentence_initial(toks, i)) {
        if let Some(j) = thing_name(toks, i, false) {
            return Step::Veto(j - i);
        }
    }
    // the house a book or a record came out at (paru chez Albin Michel): an organisation,
    // though it looks like a person's name
    if t.is_cap()
        && i >= 2
        && toks[i - 1].lower() == "chez"
        && toks[i - 2].sentence == t.sentence
        && lists.publisher_cues.contains(toks[i - 2].lower())
    {
        let mut j = i + 1;
        while j < toks.len()
            && toks[j].sentence == t.sentence
            && toks[j].kind == TokenKind::Word
            && toks[j].is_cap()
        {
            j += 1;
        }
        return Step::Found(j, Some(EntityType::ORG));
    }
    // the works a creator made or is known for (le réalisateur de Titanic, connu pour
    // Gladiator et Lincoln): titles, none of the types, however they look
    if t.is_cap() && work_title_at(toks, i) {
        if let Some(j) = thing_name(toks, i - 1, false) {
            return Step::Veto(j - i);
        }
    }
    // a single surname right after a determiner and a noun named after it is the thing's name
    // (le plan Marshall, la réforme Peillon), not a person: not a given name, not a longer
    // name (la réforme | Jean Castex a démissionné)
    if i >= 2
        && t.is_cap()
        && toks[i - 2].sentence == t.sentence
        && matches!(
            toks[i - 2].lower(),
            "le" | "la" | "l'" | "un" | "une" | "du" | "au" | "ce" | "cette" | "son" | "sa"
        )
        && lists.surname_thing_heads.contains(toks[i - 1].lower())
        && !is_given_name(t.text)
        && toks.get(i + 1).is_none_or(|n| {
            n.sentence != t.sentence
                || (!n.is_cap()
                    // (inside a phrase that opens no sentence, a verb makes the name its
                    // subject: Avec ce plan Bayrou espère; but Le plan Marshall a permis)
                    && (sentence_initial(toks, i - 2)
                        // (nor after a coordination: Le plan X et la réforme Peillon sont)
                        || (i >= 3 && matches!(toks[i - 3].lower(), "et" | "ou" | "ni" | ","))
                        || !lists
                            .lexicon
                            .get(n.lower())
                            .is_some_and(|tag| matches!(*tag, "VERB" | "AUX"))))
        })
    {
        return Step::Veto(1);
    }
    // "le naufrage du Titanic", "l'épave de l'Erika": a vessel's name, unless the name is
    // an organisation or a place worth believing on its own
    // (aboard, the vehicle there only: a train or a yacht bears its operator's or sponsor's
    // name, an organisation elsewhere in the article)
    if t.is_cap() && (after_wreck_noun(toks, i) || aboard(toks, i)) {
        let mut j = i + 1;
        while j < toks.len() && toks[j].sentence == t.sentence && toks[j].is_cap() {
            j += 1;
        }
        let name = &a.text[t.start..toks[j - 1].end];
        // (a known name, a place of the gazetteer or a person's given name is a figure of
        // speech's subject: le naufrage du Parti socialiste, de Lampedusa, de Paul Roy)
        let known = win.longest(i, |_, key| {
            lists.known_orgs.contains(key)
                || lists.known_persons.contains(key)
                || gaz.contains_folded(key)
        }) > 0;
        if !known && !trusted_place(name) && !is_given_name(t.text) {
            return Step::Veto(j - i);
        }
    }
    // written with a capital inside a sentence, the head is the name itself (la Loi
    // fondamentale, le Code pénal), unless it also opens organisation names
    if lists.thing_heads.contains(lower)
        && t.is_cap()
        && !sentence_initial(toks, i)
        && !lists.org_heads.contains(lower)
    {
        if let Some(j) = thing_name(toks, i, true) {
            return Step::Veto(j - i);
        }
    }
    // "golfe Persique", "mer Noire": a sea's head takes one capitalised word, its adjective
    // of name, and no more: not a person or a body after it (le ministre de la mer Paul X,
    // le sauvetage en mer SNSM, les pays du golfe Qatar en tête, la course en mer Gitana 13)
    if lists.sea_heads.contains(lower) && !t.is_cap() {
        let same = |k: usize| toks.get(k).is_some_and(|x| x.sentence == t.sentence);
        let named = same(i + 1)
            && toks[i + 1].kind == TokenKind::Word
            && toks[i + 1].is_cap()
            && !toks[i + 1].is_all_caps()
            && !is_given_name(toks[i + 1].text)
            && !trusted_place(toks[i + 1].text)
            && !TIME_WORDS.contains(&toks[i + 1].lower())
            && !(same(i + 2)
                && ((toks[i + 2].kind == TokenKind::Word && toks[i + 2].is_cap())
                    || toks[i + 2].kind == TokenKind::Number));
        return if named {
            Step::Found(i + 2, Some(EntityType::LOC))
        } else {
            Step::Skip(1)
        };
    }
    // a country or a region whose name opens on a common noun written in lower case (le pays
    // de Galles): the gazetteer knows it with its capital, and the whole is the place (the
    // name alone, Galles, is no place and was read as a person's)
    if !t.is_cap()
        && toks
            .get(i + 1)
            .is_some_and(|n| n.sentence == t.sentence && matches!(n.lower(), "de" | "d'" | "du"))
        && toks
            .get(i + 2)
            .is_some_and(|n| n.sentence == t.sentence && n.is_cap())
    {
        let n = win.longest(i, |text, _| {
            gaz.candidates(text)
                .any(|p| matches!(p.feature, "country" | "region"))
        });
        if n >= 3 {
            return Step::Found(i + n, Some(EntityType::LOC));
        }
    }
    // "place de la Bastille", "stade Vélodrome": a site, head included
    // ("porte" is a verb as often: "le parti porte Jean X à sa tête" names no gate, and
    // "fort" an adjective or an adverb; as heads they follow an article or a preposition, "la
    // porte Maillot", "à porte Maillot", "le fort Boyard", "au fort Liédot")
    // (the word before is read only for these four heads)
    let prev = || (i > 0 && toks[i - 1].sentence == t.sentence).then(|| toks[i - 1].lower());
    let verb_too = match lower {
        "porte" => !matches!(
            prev(),
            Some("la" | "l'" | "de" | "à" | "sur" | "vers" | "par" | "une" | "cette")
        ),
        // (not after "un": "face à un fort Real Madrid" is the adjective)
        "fort" => !matches!(prev(), Some("le" | "du" | "au" | "ce")),
        // (the building is feminine, "la tour Eiffel"; "le tour Paris-Lyon" is a trip)
        "tour" => !matches!(prev(), Some("la" | "une" | "cette")),
        // ("l'affaire mine François X", "le doute mine Lyon": the verb)
        "mine" => !matches!(
            prev(),
            Some("la" | "une" | "cette" | "sa" | "leur" | "notre" | "ancienne" | "ex")
        ),
        _ => false,
    };
    if let Some(&direct) = lists
        .site_heads
        .get(lower)
        .filter(|_| !t.is_cap() && !verb_too)
    {
        if let Some(j) = site_name(toks, i, direct) {
            return Step::Found(j, Some(EntityType::LOC));
        }
        return Step::Skip(1);
    }
    // ... and opening a sentence or a headline ("Îles Baléares : …"), unless the words are a
    // known organisation's
    // (islands and lakes only: in old print a sentence opening on "Place", "Rue" or "Pont"
    // is as often a common word)
    if let Some(&direct) = lists.site_heads.get(lower).filter(|_| {
        matches!(lower, "île" | "îles" | "archipel" | "lac")
            && t.is_cap()
            && sentence_initial(toks, i)
            && win.longest(i, |_, key| lists.known_orgs.contains(key)) == 0
    }) {
        if let Some(j) = site_name(toks, i, direct).filter(|&j| !business_name(toks, i, j)) {
            return Step::Found(j, Some(EntityType::LOC));
        }
    }
    // a natural site's head written with a capital belongs to the capitalised name after it,
    // directly or after `de` (le Lac de Morvanne, le Cap Dorvel, Port Kembrel): one place,
    // head included, unless the words are a known organisation's. A lower-case word stands
    // before the head (le, au, rejoindre): opening a sentence or a list, the head opens a
    // business's or a body's name as often (Port Kembrel Logistique a licencié, Cap Emploi)
    // (a name ending as a business's is one: Port Kembrel SA, Lac Morvanne Tourisme; and so is
    // one an organisation's noun follows in apposition: Cap Avenir, l'association …)
    if t.is_cap()
        && !t.is_all_caps()
        && lists.capital_site_heads.contains(lower)
        && win.longest(i, |_, key| lists.known_orgs.contains(key)) == 0
    {
        // (a fort or a camp has one word of name: Fort Worth Star-Telegram, the Fort
        // Lauderdale Strikers are a newspaper and a club named after the town)
        let one_word = |j: usize| !matches!(lower, "fort" | "camp") || j == i + 2;
        if let Some(j) = site_name(toks, i, false).filter(|&j| one_word(j)) {
            if business_name(toks, i, j) {
                return Step::Found(j, Some(EntityType::ORG));
            }
            let after_word = i > 0
                && toks[i - 1].sentence == t.sentence
                && toks[i - 1].kind == TokenKind::Word
                && (!toks[i - 1].is_cap() || is_function_word(toks[i - 1].lower()))
                && toks[i - 1].lower() != "chez";
            if after_word {
                return Step::Found(j, Some(EntityType::LOC));
            }
        }
    }
    // "le département d'État", "le département de la Justice": a ministry when a common noun
    // is its complement (the Hérault's département has a place there)
    if lower == "département" && !t.is_cap() {
        let k = skip_connectors(toks, i + 1).unwrap_or(i + 1);
        let k = if k < toks.len() && toks[k].lower() == "l'" {
            k + 1
        } else {
            k
        };
        let ministry = k > i + 1
            && k < toks.len()
            && toks[k].sentence == t.sentence
            && toks[k].is_cap()
            && !trusted_place(toks[k].text)
            // (the points of the compass and the centre name regions: le département du
            // Centre, in Haiti)
            && !matches!(
                toks[k].lower(),
                "nord" | "sud" | "est" | "ouest" | "centre" | "nord-est" | "nord-ouest" | "sud-est"
                    | "sud-ouest"
            )
            && lists
                .lexicon
                .get(toks[k].lower())
                .is_some_and(|tag| *tag == "NOUN");
        if ministry {
            if let Some(j) = extend_org(toks, i, true) {
                return Step::Found(j, Some(EntityType::ORG));
            }
        }
    }
    // "ministère de l'Agriculture"
    if lists.lower_org_heads.contains(lower) && !t.is_cap() {
        if let Some(j) = extend_org(toks, i, true) {
            return Step::Found(j, Some(EntityType::ORG));
        }
        // or its name right after it (l'université Paris-Saclay, l'université Harvard), not
        // a person's (l'université Jean Moulin has a given name: the person it honours)
        let mut k = i + 1;
        while k < toks.len()
            && toks[k].sentence == t.sentence
            && toks[k].kind == TokenKind::Word
            && toks[k].is_cap()
            && !(k == i + 1 && is_given_name(toks[k].text))
        {
            k += 1;
        }
        if k > i + 1 {
            return Step::Found(k, Some(EntityType::ORG));
        }
        return Step::Skip(1);
    }
    // hyphenated initials of a compound given name before a surname (J.-M. Kessler): one
    // person, initials included (the `M.` read as the honorific)
    if let Some(j) = hyphenated_initials_name(toks, i) {
        return Step::Found(j, Some(EntityType::PER));
    }
    if !t.is_cap() || (t.text.chars().count() < 2 && !initial_of_name(toks, i)) {
        return Step::Skip(1);
    }

    // a unit after a number (125 GeV, 0,04 UA, 4 Go, 1 200 degrés Celsius) is no name: a
    // short capitalised word or one with a capital inside it, right after the digits
    if is_unit(toks, i) {
        return Step::Veto(1);
    }
    // centuries (XIXe, Xe siècle) are times, not names
    if is_century(t.text) {
        return Step::Veto(1);
    }
    // a roman numeral after a common noun numbers it (la commune IV, le tome III, l'acte II);
    // after a name it is part of the name (Louis XIV, Benoît XVI), and after an article it
    // is one (le XV de France)
    if t.text.len() <= 5
        && t.text.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        && i > 0
        && toks[i - 1].sentence == t.sentence
        && toks[i - 1].kind == TokenKind::Word
        && !toks[i - 1].is_cap()
        && !CONNECTORS.contains(&toks[i - 1].lower())
        && !matches!(
            toks[i - 1].lower(),
            "le" | "la" | "les" | "l'" | "l’" | "un" | "une" | "au" | "aux" | "ce" | "du" | "des"
        )
    {
        return Step::Veto(1);
    }
    // a counted demonym (Deux Britanniques) or a demonym before a name (l'Américain Pete
    // Selleck): the demonym is no part of a name
    if NUMBER_WORDS.contains(&lower)
        && sentence_initial(toks, i)
        && toks
            .get(i + 1)
            .is_some_and(|n| n.sentence == t.sentence && n.is_cap())
    {
        return Step::Veto(1);
    }
    if demonym_country(lower).is_some()
        && toks.get(i + 1).is_some_and(|n| {
            n.sentence == t.sentence && n.is_cap() && demonym_country(n.lower()).is_none()
        })
    {
        return Step::Veto(1);
    }
    // a city's or region's demonym after an article: no part of the name a given name and a
    // surname open after it ("la Lyonnaise Camille Dorval", "le Marseillais Paul Roux"), and
    // no name at all when it stands for a person already named ("le Savoyard, 24 ans,", "le
    // Finistérien de 26 ans"); not the head of a longer name ("la Lyonnaise des Eaux"), a
    // place or a known body ("le Parisien")
    if singular_demonym(t.text)
        && i > 0
        && toks[i - 1].sentence == t.sentence
        && matches!(toks[i - 1].lower(), "le" | "la" | "l'" | "l’")
    {
        let next = |k: usize| toks.get(i + k).filter(|n| n.sentence == t.sentence);
        let before_full_name = next(1).is_some_and(|n| n.is_cap() && is_given_name(n.text))
            && next(2).is_some_and(|n| n.is_cap());
        // (what keeps it: a name of its own, a known body or place, a place's preposition
        // before it, "dans l'Ornain", or a longer name going on after it)
        let kept = || {
            is_given_name(t.text)
                || lists.known_orgs.contains(&fold(t.text))
                || Gazetteer::french().contains(t.text)
                || (i > 1
                    && matches!(
                        toks[i - 2].lower(),
                        "dans" | "sur" | "vers" | "à" | "en" | "près" | "depuis"
                    ))
                || lists
                    .known_orgs
                    .contains(&fold(&format!("{} {}", toks[i - 1].lower(), t.text)))
                || next(1).is_some_and(|n| {
                    n.is_cap()
                        || matches!(n.lower(), "des" | "du" | "d'" | "d’")
                        || (n.lower() == "de"
                            && toks.get(i + 2).is_some_and(|m| m.kind != TokenKind::Number))
                })
        };
        if before_full_name || !kept() {
            return Step::Veto(1);
        }
    }
    // names are short: a 10,000-letter token is noise; URLs, e-mails, hashtags and handles
    // are not names either
    if t.text.len() > 60 || in_url(&a.text, t.start, t.end) {
        return Step::Veto(1);
    }
    // a group of states named by its count after a masculine article (le G20, du G8): an
    // organisation
    if is_letter_number(t.text)
        && i > 0
        && toks[i - 1].sentence == t.sentence
        && matches!(toks[i - 1].lower(), "le" | "du" | "au")
    {
        return Step::Found(i + 1, Some(EntityType::ORG));
    }
    // OCR noise, codes and event names: letters mixed with digits (Rép11blique, COP30); a
    // name the lexicon knows is spelt that way on purpose (TF1, M6, the channels)
    if t.text.chars().any(|c| c.is_ascii_digit())
        && win.longest(i, |s, key| {
            lists.known_orgs.contains(key) && s.chars().any(|c| c.is_ascii_digit())
        }) == 0
    {
        return Step::Veto(1);
    }
    // an acronym with a number after it is a designation (a star in a catalogue, an exam's
    // session, a model, a road: HD 188753, le BAC 2012, la RN 7), not an organisation
    if t.is_acronym() && !lists.known_orgs.contains(&fold(t.text)) {
        if let Some(n) = toks.get(i + 1) {
            if n.kind == TokenKind::Number && n.sentence == t.sentence && n.start == t.end + 1 {
                return Step::Veto(2);
            }
        }
    }
    // a name after a noun and "de" that names a thing after it (le boson de Higgs, la maladie
    // d'Alzheimer, le théorème de Pythagore) is part of the thing's name
    if i >= 2
        && matches!(toks[i - 1].lower(), "de" | "d'")
        && toks[i - 2].sentence == t.sentence
        && toks[i - 2].kind == TokenKind::Word
        && !toks[i - 2].is_cap()
        && lists.eponym_heads.contains(toks[i - 2].lower())
    {
        let mut j = i + 1;
        while j < toks.len() && toks[j].sentence == t.sentence && toks[j].is_cap() {
            j += 1;
        }
        return Step::Veto(j - i);
    }
    // a thing's name in apposition after its noun (un collisionneur, le LHC), unless a known
    // name or a given name says otherwise (le réseau social, Twitter)
    if let Some(n) = thing_name_apposed(toks, i) {
        let known = win.longest(i, |s, key| {
            lists.known_orgs.contains(key)
                || (lists.known_persons.contains(key) && written_as_a_name(s))
        });
        if known == 0 && !is_given_name(t.text) {
            return Step::Veto(n);
        }
    }
    // a product of a known maker (le Kindle d'Amazon, la Zoé de Renault, l'A380 d'Airbus,
    // les Rafale de Dassault Aviation): one capitalised word after an article, then `de` and
    // the maker, names a thing
    if i >= 1
        && toks[i - 1].sentence == t.sentence
        && matches!(toks[i - 1].lower(), "le" | "la" | "l'" | "les" | "des")
        && !t.is_acronym()
        && !lists.org_heads.contains(lower)
        && !lists.person_titles.contains(lower)
        && !is_given_name(t.text)
        && !trusted_place(t.text)
        && toks
            .get(i + 1)
            .is_some_and(|n| n.sentence == t.sentence && matches!(n.lower(), "de" | "d'"))
        && toks
            .get(i + 2)
            .is_some_and(|m| m.sentence == t.sentence && m.is_cap())
        && win.longest(i, |_, key| lists.known_orgs.contains(key)) == 0
        && win.longest(i + 2, |s, key| {
            lists.known_orgs.contains(key) && capital_after_article(s)
        }) > 0
    {
        return Step::Veto(1);
    }
    if lists.not_acronyms.contains(t.text) {
        return Step::Veto(1);
    }
    // a title of office that opens in lower case before the name holds it: "le garde des
    // Sceaux" names no town
    // (the window is read only after a title's first word: reading one at another token
    // drops the windows cached at this one)
    if let Some(n) = (1..=3usize).find_map(|b| {
        let k = i.checked_sub(b)?;
        let opens = toks[k].sentence == t.sentence
            && toks[k].kind == TokenKind::Word
            && lists.capitalised_title_starts.contains(toks[k].text);
        let n = if opens {
            win.longest(k, |_, key| lists.capitalised_titles.contains(key))
        } else {
            0
        };
        (n > b).then(|| n - b)
    }) {
        return Step::Veto(n);
    }
    // two places joined by a hyphen that no gazetteer holds as one name, after a noun of
    // route, are a route, a link or a match between them (le vol Rio-Paris, la ligne
    // Paris-Nantes, l'axe Paris-Berlin), no place (a given name is a compound first name's
    // part: Jean-Marie)
    // (after a noun of route only: a painter named after his towns, "et Toulouse-Lautrec",
    // and regions or clubs the gazetteer lacks as a whole, "du Languedoc-Roussillon", "le
    // Bordeaux-Bègles", follow a determiner as well)
    let route_before = i > 0
        && toks[i - 1].sentence == t.sentence
        && lists.route_nouns.contains(toks[i - 1].lower());
    // (anywhere, when both are large cities: a region or a club joins smaller ones, "Bordeaux-
    // Bègles", while "Crash du Rio-Paris", "un Nantes-Lille" are a flight and a train)
    let big_cities = || {
        t.text.split('-').all(|p| {
            gaz.candidates(p)
                .any(|c| c.feature == "city" && c.population >= 200_000)
        })
    };
    // (after a head of places the pair is one: "la région Fès-Meknès", "l'agglomération
    // Khartoum-Omdurman")
    let place_head_before = i > 0
        && toks[i - 1].sentence == t.sentence
        && (lists.place_heads.contains(toks[i - 1].lower())
            || matches!(
                toks[i - 1].lower(),
                "agglomération" | "conurbation" | "métropole" | "aire"
            ));
    if t.is_cap()
        && t.text.contains('-')
        && route_between_places(t.text, gaz)
        && (route_before || (big_cities() && !place_head_before))
    {
        return Step::Veto(1);
    }
    let n = win.longest(i, |_, key| lists.not_entities.contains(key));
    // an acronym is not the common word it spells (SUD the union, not "sud")
    // nor is a compass word that opens a name (Sud Industrie, Est Républicain)
    let compass_name = n == 1
        && matches!(lower, "nord" | "sud" | "est" | "ouest")
        && toks
            .get(i + 1)
            .is_some_and(|x| x.sentence == t.sentence && x.is_cap());
    // a longer place or organisation wins (République dominicaine, not République)
    let longer = n > 0
        && win.longest(i, |s, key| {
            s.chars().count() >= 3
                && (Gazetteer::french().contains_folded(key) || lists.known_orgs.contains(key))
        }) > n;
    // an acronym is not the common word it spells (SUD the union, not "sud")
    let acronym_word = n == 1
        && t.is_all_caps()
        && t.text.chars().count() >= 3
        && lists.lexicon.contains_key(lower);
    // a known organisation spelt like an event is the organisation when no article stands
    // before it (selon Libération, the newspaper; à la Libération, the event)
    let known_without_article = n > 0
        && !(i > 0
            && toks[i - 1].sentence == t.sentence
            && matches!(toks[i - 1].lower(), "le" | "la" | "l'" | "les"))
        && win.longest(i, |_, key| lists.known_orgs.contains(key)) == n;
    // a generic acronym opening a company's name is part of it (ARN Transports, IRM
    // Immobilier)
    let acronym_led = n == 1
        && t.is_acronym()
        && toks.get(i + 1).is_some_and(|x| {
            x.sentence == t.sentence && x.is_cap() && x.kind == TokenKind::Word && !x.is_acronym()
        });
    // a body's head that alone names nothing opens a name with its capitalised complement
    // (la Bourse | de New York; la Bourse alone is the market)
    let head_with_complement = n == 1
        && t.is_cap()
        && lists.org_heads.contains(lower)
        && skip_connectors(toks, i + 1).is_some_and(|k| toks[k].is_cap());
    if n > 0
        && !longer
        && !compass_name
        && !acronym_word
        && !known_without_article
        && !acronym_led
        && !head_with_complement
    {
        return Step::Veto(n);
    }
    // "la Guerre de Cent Ans", "la Coupe continentale", "le Printemps arabe": a capitalised
    // head of an event opens the event's name, none of the types; the name runs over its
    // capitalised words, its adjectives and its "de" complements, but stops before a place it
    // is named after, which stays a place (le Festival de Cannes, la Bataille de Verdun)
    // (an article opening the sentence goes with it: "La Révolution française a …")
    let head = if matches!(lower, "le" | "la" | "l'" | "les") && t.is_cap() {
        i + 1
    } else {
        i
    };
    let same = |k: usize| k < toks.len() && toks[k].sentence == t.sentence;
    if same(head)
        && toks[head].is_cap()
        && !toks[head].is_all_caps()
        && lists.event_heads.contains(toks[head].lower())
    {
        let word = |k: usize| same(k) && toks[k].kind == TokenKind::Word;
        // the capitalised run from `k`, and whether it names a known place as a whole (a
        // person's full name after it is no part of it: la Guerre du Golfe François X)
        let run = |k: usize| {
            let mut m = k;
            while word(m)
                && toks[m].is_cap()
                && !(m > k && is_given_name(toks[m].text) && word(m + 1) && toks[m + 1].is_cap())
            {
                m += 1;
            }
            let name: Vec<&str> = toks[k..m].iter().map(|x| x.text).collect();
            (
                m,
                Gazetteer::french().contains_folded(&fold(&name.join(" "))),
            )
        };
        // (a capitalised word right after the head names a shop or a cup as often, le
        // Printemps Haussmann: the head takes an adjective or a "de" complement first)
        let mut j = head + 1;
        loop {
            if word(j) && !toks[j].is_cap() && is_adjective_like(toks[j].text) {
                j += 1;
                continue;
            }
            let from = if j > head + 1 && word(j) && toks[j].is_cap() {
                j
            } else if let Some(k) =
                skip_connectors(toks, j).filter(|&k| word(k) && toks[k].is_cap())
            {
                k
            } else {
                break;
            };
            match run(from) {
                (_, true) => break,
                (m, false) => j = m,
            }
        }
        if j > head + 1 {
            return Step::Veto(j - i);
        }
    }
    // the word of a credit line is no part of the name after it (Photos Pierre X): a person's
    // name, a given name then a capitalised word
    if t.is_cap()
        && lists.credit_words.contains(lower)
        && toks.get(i + 1).is_some_and(|n| {
            n.sentence == t.sentence
                && (is_given_name(n.text) || births_name(n))
                && toks
                    .get(i + 2)
                    .is_some_and(|m| m.sentence == t.sentence && m.is_cap())
        })
    {
        return Step::Veto(1);
    }
    // capitalised honorifics and titles are not part of the name (Me Julien Carrasco)
    // a compound of a title (le Président-candidat, l'ex-Premier-ministre) is a role too
    if lower.contains('-')
        && lower
            .split('-')
            .find(|p| *p != "ex" && *p != "vice")
            .is_some_and(|p| lists.person_titles.contains(p))
    {
        return Step::Veto(1);
    }
    // (and the plurals of the honorifics: "Mes Roux et Vidal", the lawyers; the table of
    // honorifics is written with their capitals)
    if lists.person_titles.contains(lower)
        || lists.person_titles.contains(lower.trim_end_matches('.'))
        || depeche_lang::fr::honorifics().contains_key(t.text)
    {
        return Step::Veto(1);
    }
    // a portfolio after "ministre": la ministre de la Culture, des Affaires étrangères
    // (an acronym is never a portfolio: les ministres de l'OPEP, de l'OMS are the body's)
    // (a given name and a capitalised word right after a bare "de" are the minister's
    // head's: le ministre de Paul X, l'ancien ministre d'Hector Y; a portfolio takes its
    // article, de la Défense, de l'Intérieur)
    // (two capitalised words after the bare "de" are a name too when the first is no place
    // and no body, whether or not its given name is known: le premier ministre d'Hosni X; a
    // country names the government, le ministre d'Israël Y, and d'État is a rank)
    let head_of_minister = i > 0
        && matches!(toks[i - 1].lower(), "de" | "d'")
        && toks
            .get(i + 1)
            .is_some_and(|n| n.sentence == t.sentence && n.is_cap() && n.kind == TokenKind::Word)
        && (is_given_name(t.text)
            || (!t.is_acronym()
                && !matches!(lower, "état" | "etat")
                && !trusted_place(t.text)
                && !lists.known_orgs.contains(&fold(t.text))
                // (two words only, the second no adjective: "de Santé Publique Marie X",
                // "d'Outre-Mer Victorin X", "de Défense Nationale" are portfolios)
                && !is_adjective_like(toks[i + 1].text)
                && toks.get(i + 2).is_none_or(|n| {
                    n.sentence != t.sentence || !n.is_cap() || n.kind != TokenKind::Word
                })));
    // (a country is the government's, no portfolio: le Premier ministre de Belgique, du
    // Japon)
    let country = || {
        win.longest(i, |s, _| {
            Gazetteer::french()
                .candidates(s)
                .any(|p| p.feature == "country")
        })
    };
    if after_minister(toks, i)
        && !head_of_minister
        && !t.is_acronym()
        && win.longest(i, |_, key| lists.known_orgs.contains(key)) == 0
    {
        // (the country ends there: "de Belgique Alexander De Croo" is a place, then a person)
        let n = country();
        if n > 0 {
            return Step::Found(i + n, Some(EntityType::LOC));
        }
        let mut j = i + 1;
        while j < toks.len()
            && toks[j].sentence == t.sentence
            && toks[j].kind == TokenKind::Word
            && is_adjective_like(toks[j].text)
            // (a given name that looks like an adjective starts the minister's name: le
            // ministre de l'Intérieur | Manuel X, du Travail | Michel Y)
            && !(toks[j].is_cap() && is_given_name(toks[j].text))
        {
            j += 1;
        }
        return Step::Veto(j - i);
    }
    if in_title_of_work(win, toks, i) {
        return Step::Veto(1);
    }
    if let Some(end) = titled_work_end(toks, i) {
        return Step::Veto(end - i);
    }
    let initial = sentence_initial(toks, i)
        || (i > 0
            && matches!(toks[i - 1].lower(), "le" | "la" | "les" | "l'")
            && sentence_initial(toks, i - 1));
    // a plural article opening a sentence whose verb is singular belongs to the name (Les
    // Genévrières est un hameau)
    if lower == "les" && sentence_initial(toks, i) {
        let mut e = i + 1;
        while toks
            .get(e)
            .is_some_and(|n| n.sentence == t.sentence && n.is_cap() && n.kind == TokenKind::Word)
        {
            e += 1;
        }
        if e > i + 1 && place_predicate(toks, e) {
            return Step::Found(e, Some(EntityType::LOC));
        }
    }
    // ("selon Le Monde", "« Le Figaro »": a capitalised article that a known name holds is
    // part of it, a title of the press; "selon le Figaro", "au Monde" leave it out)
    if matches!(t.text, "Le" | "La" | "Les") {
        // (written as the title is: "Le point de presse" is no Le Point)
        let n = win.longest(i, |s, key| {
            lists.known_orgs.contains(key)
                && s.split(' ')
                    .nth(1)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
        });
        if n > 1 {
            return Step::Found(i + n, Some(EntityType::ORG));
        }
    }
    // "La Chambre régionale ...", "La Croix-Rouge": the article before an organisation head
    // or a known organisation is not part of the name
    if matches!(lower, "le" | "la" | "les" | "l'")
        && toks.get(i + 1).is_some_and(|n| {
            n.sentence == t.sentence
                && (org_head_at(toks, i + 1)
                    || win.longest(i + 1, |_, key| lists.known_orgs.contains(key)) > 0)
        })
    {
        return Step::Skip(1);
    }
    // a person's name right after the organisation of a role's complement (la directrice du
    // FMI Kristalina Georgieva, le patron de Renault Luca de Meo): the role is theirs
    if i >= 1 && toks[i - 1].sentence == t.sentence && toks[i - 1].is_cap() {
        let mut s = i - 1;
        while s >= 1 && toks[s - 1].sentence == t.sentence && toks[s - 1].is_cap() {
            s -= 1;
        }
        if role_complement_at(toks, s) {
            if let Some(end) = person_name_end(toks, i) {
                return Step::Found(end, Some(EntityType::PER));
            }
        }
    }
    // a sovereign's or a pope's ordinal after a given name or a title belongs to the person
    // (la reine Elizabeth II, Jean-Paul II, Alexandre II fut assassiné): the given name may
    // also be a town, the ordinal alone looks like an acronym (Vatican II, no person, stays)
    if toks
        .get(i + 1)
        .is_some_and(|n| n.sentence == t.sentence && n.start == t.end + 1 && regnal_ordinal(n.text))
        && !t.is_acronym()
        && (is_given_name(t.text)
            || titled(toks, i)
            // (or a name no list knows as a place, an organisation or a common word:
            // Chilpéric II, a sovereign whose name no list of given names holds)
            || (t.text.chars().count() >= 4
                && !t.is_all_caps()
                && ordinal_name_opens(toks, i)
                && !gaz.contains(t.text)
                && !lists.known_orgs.contains(&fold(t.text))
                && lists
                    .lexicon
                    .get(lower)
                    .is_none_or(|tag| *tag == "PROPN")))
    {
        return Step::Found(i + 2, Some(EntityType::PER));
    }
    // (a known name is written with its capital: "Le point de presse" is not the magazine)
    // (`au`, `du`, `aux`, `des` swallow the article of a known name: au Parisien, des Echos)
    let contracted = match i.checked_sub(1).map(|p| &toks[p]) {
        Some(p) if p.sentence == t.sentence => match p.lower() {
            "au" | "du" => Some(&lists.known_orgs_after_le),
            "aux" | "des" => Some(&lists.known_orgs_after_les),
            _ => None,
        },
        _ => None,
    };
    let known = win.longest(i, |s, key| {
        (lists.known_orgs.contains(key) || contracted.is_some_and(|set| set.contains(key)))
            && capital_after_article(s)
    });
    // (after an indefinite article, a country and its adjective are the country: "bâtir une
    // Chine nouvelle", "une Russie unie", not the agency or the party)
    let known = if known > 1
        && i > 0
        && toks[i - 1].sentence == t.sentence
        && matches!(toks[i - 1].lower(), "une" | "un")
        && gaz.candidates(t.text).any(|p| p.feature == "country")
    {
        0
    } else {
        known
    };
    // (a country's name keeps its lower-case words whatever they are: Arabie saoudite,
    // Émirats arabes unis)
    let place = win.longest(i, |s, key| {
        s.chars().count() >= 3
            && gaz.contains_folded(key)
            && (capitalised_name(s)
                || (s.starts_with(char::is_uppercase)
                    && s.split(' ')
                        .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
                    && gaz.candidates(s).any(|p| p.feature == "country")))
    });
    // a dateline of several words (NEW YORK -, LA HAYE (AFP) -, RIO DE JANEIRO, 3 mars -):
    // a large place the gazetteer knows, all in capitals, opening its sentence before a dash,
    // a bracket or a comma
    if t.is_all_caps() && sentence_initial(toks, i) {
        let n = win.longest(i, |s, key| {
            s.contains(' ')
                && !s.chars().any(char::is_lowercase)
                && gaz.contains_folded(key)
                && gaz.best_population(s) >= 100_000
        });
        let dateline = n >= 2
            && toks
                .get(i + n)
                .is_some_and(|x| matches!(x.text, "-" | "–" | "—" | "(" | ","));
        if dateline {
            return Step::Found(i + n, Some(EntityType::LOC));
        }
        // (or any place, by the dateline's form: opening its paragraph, in capitals, before
        // its country in brackets or a comma, a date and the agency's name in brackets —
        // KRASNAÏA POLIANA (Russie), 10 février (AFP) -; CITÉ DU VATICAN, jeudi 14 mars (AFP) -)
        if opens_line(a, t) {
            let mut j = i;
            while j < toks.len()
                && j < i + 4
                && toks[j].sentence == t.sentence
                && toks[j].kind == TokenKind::Word
                && (toks[j].is_all_caps() || matches!(toks[j].text, "DU" | "DE" | "LA" | "D'"))
            {
                j += 1;
            }
            let country = toks.get(j).is_some_and(|x| x.text == "(")
                && toks.get(j + 1).is_some_and(|x| trusted_place(x.text))
                && toks.get(j + 2).is_some_and(|x| x.text == ")");
            let agency = toks.get(j).is_some_and(|x| x.text == ",")
                && (j + 1..(j + 9).min(toks.len())).any(|k| {
                    toks[k].text == "("
                        && toks
                            .get(k + 1)
                            .is_some_and(|x| matches!(x.text, "AFP" | "Reuters" | "AP" | "Belga"))
                });
            if j > i && (country || agency) {
                return Step::Found(j, Some(EntityType::LOC));
            }
            // (or with nothing after it but the text, which goes on in ordinary case: "NANCY
            // Le maire a inauguré …", a regional paper's dateline; a place the gazetteer
            // knows, in capitals, before a word that is not)
            let n = win.longest(i, |s, key| {
                s.chars().count() >= 4
                    && !s.chars().any(char::is_lowercase)
                    && gaz.contains_folded(key)
            });
            if n > 0
                && toks.get(i + n).is_some_and(|x| {
                    x.sentence == t.sentence
                        && x.kind == TokenKind::Word
                        && x.is_cap()
                        && !x.is_all_caps()
                })
            {
                return Step::Found(i + n, Some(EntityType::LOC));
            }
        }
    }
    // a run of all-caps words is a headline or a shout, not a name (except a known place)
    if t.is_all_caps()
        && toks
            .get(i + 1)
            .is_some_and(|n| n.is_all_caps() && n.sentence == t.sentence)
        && known == 0
    {
        let mut j = i;
        while j < toks.len()
            && toks[j].sentence == t.sentence
            && (toks[j].is_all_caps() || toks[j].kind != TokenKind::Word)
        {
            j += 1;
        }
        if j - i >= 3 {
            return Step::Veto(j - i);
        }
    }
    if t.is_all_caps()
        && t.text.chars().count() >= 4
        && lists.lexicon.contains_key(lower)
        && place == 0
        && known == 0
    {
        return Step::Veto(1);
    }
    let is_head = org_head_at(toks, i);
    let strict_initial = sentence_initial(toks, i);
    // opening a sentence before `de` and a known place, `Parti` is the participle (Parti de
    // Rennes, il …: having left it), not a party: the place alone is a name
    if strict_initial
        && matches!(lower, "parti" | "partie" | "partis" | "parties")
        && skip_connectors(toks, i + 1).is_some_and(|k| {
            toks[k].is_cap()
                && trusted_place(toks[k].text)
                && toks
                    .get(k + 1)
                    .is_none_or(|n| n.sentence != t.sentence || !n.is_cap())
        })
    {
        return Step::Veto(1);
    }
    // (a head the model never learnt, a common noun as often, opens no name at a sentence's
    // start: "Réseau social le plus utilisé, X …", "Mission accomplie")
    let rules_only_head = is_head && !lists.model_org_heads.contains(lower);
    if is_head && place < 2 && !(rules_only_head && strict_initial) {
        // "Les Républicains" style names are handled below; a head opens an organisation
        if let Some(j) = extend_org(toks, i, false) {
            if !(strict_initial && j == i + 1 && toks.get(j).is_none_or(|n| !n.is_cap()))
                || known > 0
            {
                return Step::Found(j.max(i + known), Some(EntityType::ORG));
            }
        }
    }
    // a well-known person (data/names.tsv) whose name is also a place or a word
    let person = win.longest(i, |s, key| {
        lists.known_persons.contains(key)
            && written_as_a_name(s)
            && (!opens_with_particle(s) || particle_surname_here(toks, i, s))
    });
    // (a known name that a capitalised word continues is the start of someone else's: the
    // lexicon's Jean Michel is not the Jean-Michel of Jean-Michel Larqué)
    let continued = person > 0
        && toks.get(i + person).is_some_and(|n| {
            n.sentence == t.sentence
                && n.kind == TokenKind::Word
                && n.is_cap()
                && n.start <= toks[i + person - 1].end + 1
        });
    if person > 0 && person >= place && person > known && !continued {
        return Step::Found(i + person, Some(EntityType::PER));
    }
    // "Procès Nivel", "Grève SNCF", "Affaire Durand : …": a common noun opening a headline or
    // a sentence has its capital from its place, not from a name, and the name after it (a
    // word no lexicon knows as common) stands alone; nouns that head names of bodies, sites,
    // streets, works or trades keep their rules (Banque Misr, Tour Eiffel), as known names do
    // (a line's first word, a headline's or a paragraph's, not one after an opening bracket
    // or mark, "(Hôtel Murat)"; inside a paragraph a sentence may open with a site or a
    // title that is part of a name, "Rue Montmartre, on a trouvé …" in old papers)
    if known == 0
        && place == 0
        && person == 0
        && common_noun_before_name(toks, i)
        && opens_line(a, t)
    {
        return Step::Veto(1);
    }
    if known >= place && known > 0 {
        // a known organisation followed by a capitalised common noun names a branch of it
        // (SNCF Voyageurs); followed by a person's name it does not (l'AFP Nadia Ferhat)
        let end = i + known;
        // (nor is a person's name after a role's complement: la directrice du FMI | Kristalina
        // Georgieva, le patron de Renault | Luca de Meo)
        let person_after = role_complement_at(toks, i) && person_name_at(toks, end);
        // a maker's model code after its name is a product (un Airbus A320, le Boeing 737,
        // la Peugeot 208): no entity, the maker's name included
        // (a number then a noun counts things: Airbus 350 salariés en grève)
        let counted = toks.get(end + 1).is_some_and(|c| {
            c.sentence == t.sentence
                && !c.is_cap()
                && lists
                    .lexicon
                    .get(c.lower())
                    .is_some_and(|tag| *tag == "NOUN")
        });
        // (a flight's or a train's number is no model: le vol Air France 4590, le train
        // Thalys 9364 keep their operator)
        let service = behind_article(toks, i).checked_sub(1).is_some_and(|p| {
            matches!(
                toks[p].lower(),
                "vol" | "vols" | "train" | "trains" | "ligne"
            )
        });
        if !counted
            && !service
            && toks.get(end).is_some_and(|n| {
                n.sentence == t.sentence
                    && n.start == toks[end - 1].end + 1
                    && is_model_code(n.text)
            })
        {
            return Step::Veto(end + 1 - i);
        }
        let branch = !person_after
            && toks.get(end).is_some_and(|n| {
                n.sentence == t.sentence
                    && n.is_cap()
                    && n.kind == TokenKind::Word
                    && !lists.given_names.contains(n.text)
                    // (a région names a regional branch: France 3 Rhône-Alpes, Crédit
                    // agricole Nord-Pas-de-Calais)
                    && (!gaz.contains(n.text)
                        || gaz
                            .candidates(n.text)
                            .any(|p| matches!(p.feature, "region" | "former_region")))
                    && !toks
                        .get(end + 1)
                        .is_some_and(|m| m.is_cap() && m.sentence == t.sentence)
            });
        // (a country or a continent names a company's national branch: Google France,
        // Michelin Amérique du Nord; not after an acronym, whose juxtapositions pair bodies and
        // places, "le sommet UE Afrique")
        let national = if !branch && !person_after && !t.is_all_caps() {
            win.longest(end, |s, key| {
                capitalised_name(s)
                    && gaz.contains_folded(key)
                    && gaz
                        .candidates(s)
                        .any(|p| matches!(p.feature, "country" | "continent"))
            })
        } else {
            0
        };
        // (not when a preposition governs the company and a verb follows the country: "Pour
        // Apple Chine reste un marché crucial", "Chez X Europe reste" leave a comma out)
        let verb_after = || {
            toks.get(end + national).is_some_and(|m| {
                m.sentence == t.sentence
                    && !m.is_cap()
                    && lists
                        .lexicon
                        .get(m.lower())
                        .is_some_and(|tag| matches!(*tag, "VERB" | "AUX"))
            })
        };
        let governed = i > 0
            && toks[i - 1].sentence == t.sentence
            && matches!(
                toks[i - 1].lower(),
                "pour" | "chez" | "avec" | "sans" | "selon" | "contre" | "par"
            );
        let national = if national > 0
            && !(governed && verb_after())
            && toks
                .get(end)
                .is_some_and(|n| n.sentence == t.sentence && n.start == toks[end - 1].end + 1)
            && toks
                .get(end + national)
                .is_none_or(|m| m.sentence != t.sentence || !m.is_cap())
        {
            national
        } else {
            0
        };
        // (capitalised words after it ending on a word of company names are a subsidiary's
        // name, one organisation: Sony Music Entertainment, Warner Bros Pictures)
        let suffixed = if person_after {
            0
        } else {
            (1..=3)
                .find(|&n| {
                    (end..end + n).all(|k| {
                        toks.get(k).is_some_and(|x| {
                            x.sentence == t.sentence
                                && x.is_cap()
                                && x.kind == TokenKind::Word
                                && x.start == toks[k - 1].end + 1
                        })
                    }) && lists.org_suffixes.contains(toks[end + n - 1].text)
                })
                .unwrap_or(0)
        };
        let end = if suffixed > 0 {
            end + suffixed
        } else {
            end + usize::from(branch) + national
        };
        // a plus sign glued to the name is part of it (Canal+, a channel or a service)
        let plus = toks.get(end).is_some_and(|p| {
            p.text == "+"
                && p.start == toks[end - 1].end
                && toks
                    .get(end + 1)
                    .is_none_or(|n| n.start > p.end || n.kind == TokenKind::Punct)
        });
        return Step::Found(end + usize::from(plus), Some(EntityType::ORG));
    }
    // a known place as a role's complement, then a name of two or three unknown capitalised
    // words: the place ends there and a person follows ("le chef du gouvernement de Bavière
    // Edmund Stoiber", "l'ambassadeur de Yougoslavie Borislav X"), even when the given name
    // is one no list has; a single word after the place may be its club or team (New York
    // Knicks) and stays with it
    if place > known && place_then_person(toks, i, place, gaz) {
        return Step::Found(i + place, Some(EntityType::LOC));
    }
    // (and a state or a country as such a complement before a full name whose words a
    // gazetteer also holds as towns, or that only the births' or the known persons' lists
    // tell: "le gouverneur du Texas Rick Perry", "le président de Serbie Milan X")
    if place > known
        && i > 0
        && toks[i - 1].sentence == t.sentence
        && matches!(toks[i - 1].lower(), "de" | "d'" | "du")
        && trusted_place(&a.text[t.start..toks[i + place - 1].end])
        && full_name_at(toks, i + place)
        && toks
            .get(i + place + 2)
            .is_none_or(|n| n.sentence != t.sentence || !n.is_cap())
    {
        return Step::Found(i + place, Some(EntityType::LOC));
    }
    // (so when a given name opens the two words after it, even when the place also starts
    // a known name or a word after it is one a list has: "le député de Paris Vincent
    // Durand", "la députée des Alpes-Maritimes Christine Orsoni", "du Nord Pierre Durand")
    let same = |k: usize| toks.get(k).is_some_and(|n| n.sentence == t.sentence);
    if place > 0
        && trusted_place(&a.text[t.start..toks[i + place - 1].end])
        && i > 0
        && same(i - 1)
        && matches!(toks[i - 1].lower(), "de" | "d'" | "d’" | "du" | "des")
        && same(i + place)
        && is_given_name(toks[i + place].text)
        && same(i + place + 1)
        && toks[i + place + 1].is_cap()
        && toks[i + place + 1].kind == TokenKind::Word
        && !toks[i + place + 1].is_acronym()
        // (a surname of two words with its particle: "de Belgique Alexander De Croo")
        && !(same(i + place + 2)
            && toks[i + place + 2].is_cap()
            && !(matches!(toks[i + place + 1].text, "De" | "Van" | "Von" | "Di" | "Da" | "Le" | "La" | "Del")
                && !(same(i + place + 3) && toks[i + place + 3].is_cap())))
    {
        return Step::Found(i + place, Some(EntityType::LOC));
    }
    // a plural determiner, then a place and capitalised words: a team named after its town
    // ("les Chicago Bulls", "des Utah Jazz", "aux New York Knicks"); persons are not named
    // with "les", and the place alone would be a place
    if place > known {
        if let Some(words) = team_after_place(toks, i, place, gaz) {
            return Step::Found(i + place + words, Some(EntityType::ORG));
        }
        // a town and a club's acronym right after it are the club (le Milan AC; not after a
        // preposition of place, "à Milan AS Roma et Inter jouent" with a comma left out)
        let club = !(i > 0
            && toks[i - 1].sentence == t.sentence
            && matches!(toks[i - 1].lower(), "à" | "en" | "vers" | "depuis" | "dans"))
            && toks.get(i + place).is_some_and(|n| {
                n.sentence == t.sentence
                    && n.start == toks[i + place - 1].end + 1
                    && lists.club_suffixes.contains(n.text)
            });
        if club {
            return Step::Found(i + place + 1, Some(EntityType::ORG));
        }
    }
    // the capitalised sequence
    let mut j = i + 1;
    let first_is_name = lists.given_names.contains(t.text);
    while j < toks.len() && toks[j].sentence == t.sentence {
        let n = &toks[j];
        // a line break ends a name: a byline over the line after it (Par Claire X | Publié le
        // …), a heading over its first line
        if a.text[toks[j - 1].end..n.start].contains('\n') {
            break;
        }
        if t.is_acronym()
            && j == i + 1
            && (lists.given_names.contains(n.text)
                || (role_complement_at(toks, i) && person_name_at(toks, j))
                // (a given name of the births' list with its surname after it will do: le
                // député LREM Aminata X, as LREM Olivier X)
                || (births_name(n)
                    && toks.get(j + 1).is_some_and(|m| {
                        m.sentence == t.sentence
                            && m.kind == TokenKind::Word
                            && m.is_cap()
                            && !m.is_acronym()
                    })))
        {
            break;
        } else if n.text == "." && initial_of_name(toks, j - 1) {
            // the period of an initial (B. Obama, Joseph J. Lhota)
            j += 1;
        } else if n.is_cap()
            && n.kind == TokenKind::Word
            && (!lists.person_titles.contains(n.lower())
                // (after a given name and a capitalised particle, a title's word is the
                // surname: Bruno Le Maire, Anne Le Prince)
                || (first_is_name && j >= i + 2 && matches!(toks[j - 1].text, "Le" | "La"))
                // (and right after a given name: Edmond Maire, Lucie Juge)
                || ((first_is_name || births_name(t)) && j == i + 1 && !t.is_acronym()))
        {
            // a full name after an unknown word is a person of its own (l'agence Tass Dmitri
            // Peskov, le site de Jababeka Anne Martin): split before the given name
            let next_cap = toks
                .get(j + 1)
                .is_some_and(|m| m.is_cap() && m.sentence == t.sentence);
            // (so after an English name joined by "of": l'économiste de Bank of America Ethan
            // Harris)
            let english = toks[i..j].iter().any(|x| matches!(x.text, "of" | "for"));
            // (where a person's name stands: at the start of a clause, after a comma or a
            // quote mark, a verb or a person's title, the unknown word is the first of three
            // given names: prévient Abdoulaye Moussa Oumarou, le président Kadré Désiré X)
            // (asked only of a given name that a capitalised word follows: the run's other words
            // need none of these lookups)
            let verb =
                |w: &str| lexicon_verb(w) || depeche_lang::fr::reporting_verbs().get(w).is_some();
            let person_slot = || {
                i > 0
                    && toks[i - 1].sentence == t.sentence
                    && ((toks[i - 1].kind == TokenKind::Punct
                        && matches!(toks[i - 1].text, "," | "«" | "\"" | "“" | ":"))
                        || (toks[i - 1].kind == TokenKind::Word
                            && !toks[i - 1].is_cap()
                            && (verb(toks[i - 1].lower())
                                || lists.person_titles.contains(toks[i - 1].lower()))))
            };
            // ("a déclaré au Corriere del Ticino Fabio X": a medium the verb's speaker spoke
            // to, whatever its words, and its speaker after it)
            // (not a place: "a déclaré à Marseille Jean-Claude X" says where)
            let medium_slot = || {
                let run = &a.text[toks[i].start..toks[j - 1].end];
                i >= 2
                    && matches!(toks[i - 1].lower(), "à" | "au")
                    && verb(toks[i - 2].lower())
                    && !trusted_place(toks[i].text)
                    && !gaz.contains(toks[i].text)
                    && !trusted_place(run)
                    // ("au Mans": the article of a town's name contracted with "à")
                    && !(toks[i - 1].lower() == "au" && trusted_place(&format!("Le {run}")))
            };
            let unknown_words = || {
                toks[i..j].iter().all(|x| {
                    !x.is_acronym()
                        && !is_given_name(x.text)
                        && !lists.lexicon.contains_key(x.lower())
                })
            };
            // (after a medium a rarer given name will do: Ahmad, Fabio)
            let given = is_given_name(n.text);
            let mut medium = false;
            let glued = next_cap && !first_is_name && !person_slot() && {
                medium = medium_slot();
                // (and after a role's complement, the name ending the run: le capitaine de la
                // Royal Navy John X, le président du Real Madrid Carlo X, whose words the
                // lexicon knows)
                (given
                    && (english
                        || unknown_words()
                        || (role_complement_at(toks, i)
                            && person_name_end(toks, j).is_some()
                            // (a common noun alone before it names a body after the person:
                            // la Maison Jean Vilar, la Fondation Jean Jaurès)
                            && !(j == i + 1 && lists.lexicon.contains_key(toks[i].lower())))))
                    || (medium && (given || births_name(n)))
            };
            if glued && medium {
                // (the medium spoken to is a body)
                return Step::Found(j, Some(EntityType::ORG));
            }
            if glued {
                break;
            }
            j += 1;
        } else if n.kind == TokenKind::Word && article_in_name(n.text) {
            // Charm el-Cheikh, Brigades Ezzedine al-Qassam
            j += 1;
        } else if matches!(n.text, "&" | "and")
            && j > i
            && toks
                .get(j + 1)
                .is_some_and(|m| m.is_cap() && m.sentence == t.sentence)
        {
            // English names joined by "&" or "and" (Procter & Gamble, Marks and Spencer)
            j += 2;
        } else if matches!(n.text, "of" | "for")
            && j > i
            && toks.get(j + 1).is_some_and(|m| {
                m.sentence == t.sentence
                    && (m.is_cap()
                        || (m.text == "the"
                            && toks
                                .get(j + 2)
                                .is_some_and(|x| x.is_cap() && x.sentence == t.sentence)))
            })
        {
            // and by "of" or "for", which French never writes: one English name (California
            // Institute of Technology, Bank of America, Center for Strategic Studies)
            j += if toks[j + 1].text == "the" { 3 } else { 2 };
        } else if n.kind == TokenKind::Word
            && PARTICLES.contains(&n.lower())
            && j == i + 1
            && !t.is_acronym()
            // (a given name that is also a place keeps its particle: Dominique de Calan)
            && (place == 0 || first_is_name)
            && toks.get(j + 1).is_some_and(|m| {
                m.is_cap() && m.sentence == t.sentence && (first_is_name || !gaz.contains(m.text))
            })
            // (a given name and a surname after "de" are a person of their own: le Fatah de
            // Yasser Arafat, la fondation de Jean Dupont)
            && (first_is_name || !full_name_at(toks, j + 1))
            && (first_is_name || !lists.lexicon.contains_key(lower))
        {
            // Maarten de Vries; after a given name even when the surname is also a town
            // (Bertrand de Broc)
            j += 2;
        } else if (first_is_name || is_given_name(t.text))
            && matches!(n.text, "d'" | "d’")
            && (j == i + 1 || (j == i + 2 && toks[i + 1].is_cap()))
            && toks.get(j + 1).is_some_and(|m| {
                m.is_cap() && m.kind == TokenKind::Word && m.sentence == t.sentence
            })
            && toks
                .get(j + 2)
                .is_none_or(|m| m.sentence != t.sentence || !m.is_cap())
            // (a city or a country after it is where the person or the site is: le stade Eden
            // Park d'Auckland; after a surname any place or body is where the person is from
            // or whom they ride for: le maire Jean Dupont d'Arras, Thomas X d'Europcar)
            && !well_known_place(toks[j + 1].text)
            && !(j == i + 2
                && (Gazetteer::french().contains(toks[j + 1].text)
                    || lists.known_orgs.contains(&fold(toks[j + 1].text))))
        {
            // an elided particle after a given name (and a surname) and the word after it are
            // the person's name, even when that word is also a village after a given name
            // alone (Jean d'Ormesson; Paul Martin d'Alembert)
            j += 2;
        } else if j > i
            && matches!(n.text, "ben" | "bin" | "bint" | "ibn" | "ould")
            && toks.get(j + 1).is_some_and(|m| {
                m.is_cap() && m.kind == TokenKind::Word && m.sentence == t.sentence
            })
        {
            // "son of", "daughter of" chain an Arabic name's parts, anywhere in it (Tamim ben
            // Hamad Al Thani, Hamad ben Jassem ben Jabr Al Thani, Moza bint Nasser)
            j += 2;
        } else if j == i + 1
            && is_given_name(t.text)
            && n.lower() == "de"
            && toks
                .get(j + 1)
                .is_some_and(|m| m.text == "la" && m.sentence == t.sentence)
            && toks.get(j + 2).is_some_and(|m| {
                m.is_cap() && m.kind == TokenKind::Word && m.sentence == t.sentence
            })
        {
            // a given name and a surname with the particle "de la" (Humberto de la Calle,
            // Fernando de la Rúa)
            j += 3;
        } else if t.is_acronym() && j == i + 1 {
            // CHU de Rennes; but after a role (le sénateur UMP de la Somme, le maire PS de
            // Lille) the acronym is the person's party and `de` opens the seat they hold
            if i > 0 && !toks[i - 1].is_cap() && lists.person_titles.contains(toks[i - 1].lower()) {
                break;
            }
            match skip_connectors(toks, j) {
                // (not a person's full name: le BJP | de Narendra Modi, the party's leader)
                Some(k) if toks[k].is_cap() && !full_name_at(toks, k) => j = k + 1,
                _ => break,
            }
        } else {
            break;
        }
    }
    // a place after a preposition, then one capitalised word and a verb: the place is where
    // the clause happens and the word its subject (Au Brésil | Lula a promis, À Moscou |
    // Poutine a répondu); a club named after its town (face à Manchester City, le PSG …)
    // has no verb straight after it
    if place > 0
        && j == i + place + 1
        && i > 0
        && toks[i - 1].sentence == t.sentence
        && matches!(toks[i - 1].lower(), "au" | "aux" | "en" | "à" | "depuis")
        && trusted_place(&a.text[t.start..toks[i + place - 1].end])
        && !toks[i + place].is_all_caps()
        && !lists.lexicon.contains_key(toks[i + place].lower())
        && toks.get(j).is_some_and(|n| {
            n.sentence == t.sentence
                && lists
                    .lexicon
                    .get(n.lower())
                    .is_some_and(|tag| matches!(*tag, "VERB" | "AUX"))
        })
    {
        return Step::Found(i + place, Some(EntityType::LOC));
    }
    // a law (Stop Online Piracy Act) is not an entity
    // (nor an event: la Fashion Week, le Mobile World Congress; data/event_suffixes.txt)
    if j > i + 1 && lists.event_suffixes.contains(toks[j - 1].text) {
        return Step::Veto(j - i);
    }
    // a capitalised sequence ending in an organisation head continues as one (Haute Autorité de
    // santé)
    if j > i + 1
        && place == 0
        && !matches!(lower, "le" | "la" | "les" | "l'")
        // (nor after a sentence-initial preposition or adverb: En | Ligue des champions)
        && !(initial && is_function_word(lower))
        && lists.org_heads.contains(toks[j - 1].lower())
    {
        if let Some(e) = extend_org(toks, j - 1, false) {
            return Step::Found(e, Some(EntityType::ORG));
        }
    }
    // a place that is exactly the sequence, or the start of a longer sequence that is not a name
    // a lone word that is only a small town abroad (Obama, Sandy) is more likely a name
    let place = if place == 1 && !trusted_place(t.text) {
        0
    } else {
        place
    };
    if place > 0
        && (place >= j - i
            || (!first_is_name
                && !toks[i + place..j]
                    .iter()
                    .any(|x| x.is_cap() && !x.is_all_caps())))
    {
        let end = i + place;
        // Castres olympique
        if toks
            .get(end)
            .is_some_and(|n| n.sentence == t.sentence && CLUB_WORDS.contains(&n.lower()))
        {
            return Step::Found(end + 1, Some(EntityType::ORG));
        }
        if initial
            && place == 1
            && (is_function_word(lower)
                || (lists.lexicon.contains_key(lower)
                    && gaz.best_population(t.text) < 100_000
                    && !midcaps.contains(t.text)))
        {
            return Step::Veto(1);
        }
        // a dateline or a shouted place: only large places (BRUXELLES)
        if t.is_all_caps()
            && t.text.chars().count() < 4
            && !gaz.candidates(t.text).any(|p| p.feature == "country")
        {
            return Step::Found(end, Some(EntityType::ORG));
        }
        // a small town is often a surname too: let a title or given name decide ("général"
        // after a noun is its adjective, no rank: "son quartier général de Caracas", "le
        // consul général de France" name a place)
        let adjective_general = i >= 3
            && toks[i - 2].lower() == "général"
            && toks[i - 3].kind == TokenKind::Word
            && !toks[i - 3].is_cap()
            && !matches!(toks[i - 3].lower(), "le" | "du" | "au" | "un" | "ce" | "l'");
        if place == 1
            && j == i + 1
            && titled(toks, i)
            && !(adjective_general && gaz.best_population(t.text) >= 500_000)
        {
            return Step::Found(end, Some(EntityType::PER));
        }
        return Step::Found(end, Some(EntityType::LOC));
    }
    if place > 0 && first_is_name {
        // "Paris Hilton": a given name wins over a place reading of the first word
    }
    // a sentence-initial common word is not a name (Selon, Les, Pour)
    // (after a sentence-initial article, a capitalised noun with an adjective is a name: Le
    // Parquet national antiterroriste); a nationality is no such evidence after a title (Le
    // Président américain), but is after a body's noun (L'Armée syrienne libre)
    let named_with_adjective = !strict_initial
        && j == i + 1
        && toks.get(j).is_some_and(|n| {
            n.sentence == t.sentence
                && n.kind == TokenKind::Word
                && !n.is_cap()
                && is_adjective_like(n.text)
                && (demonym_country(n.text).is_none() || lists.body_nouns.contains(lower))
        });
    // (a letter is a common word too, the name of the letter: `J. Martin` opening a
    // sentence is an initial and a name all the same)
    if initial
        && lists.lexicon.contains_key(lower)
        && !first_is_name
        && !t.is_acronym()
        && !named_with_adjective
        && !initial_of_name(toks, i)
    {
        // … unless it opens a capitalised name that is clearly one (Jeunes Agriculteurs),
        // which a determiner or a pronoun never does (Aucun Français)
        if j == i + 1
            || is_function_word(lower)
            || !toks[i + 1].is_cap()
            || matches!(lower, "le" | "la" | "les" | "l'")
        {
            return Step::Veto(1);
        }
    }
    if j - i == 1 && t.text.chars().count() < 2 {
        return Step::Skip(1);
    }
    if (titled(toks, i) && !t.is_acronym()) || (j > i + 2 && initial_of_name(toks, i)) {
        return Step::Found(j, Some(EntityType::PER));
    }
    // "Les Républicains", "La Poste": a determiner inside a name makes it an organisation
    if matches!(lower, "le" | "la" | "les") && j > i + 1 {
        return Step::Found(j, Some(EntityType::ORG));
    }
    // a surname in capitals after a given name is a byline's or a list's way of writing it
    // (Nicole COLLET); a known organisation's acronym is not (Marie AFP is two names)
    let surname_caps = |x: &Tok| {
        !x.is_all_caps()
            || (x.text.chars().count() >= 3 && !lists.known_orgs.contains(&fold(x.text)))
    };
    // (a given name of the births' register too: Edmond Maire)
    // (but a name opened by a rarer given name and ending on a word of company or media
    // names is a body's: Asia Times; Sandra Post keeps a common given name)
    if (first_is_name || births_name(t))
        && j > i + 1
        && surname_caps(&toks[i + 1])
        && (first_is_name || !lists.org_suffixes.contains(toks[j - 1].text))
    {
        return Step::Found(j, Some(EntityType::PER));
    }
    if toks[i..j].iter().any(|x| x.is_acronym()) {
        if j == i + 1 && t.is_all_caps() && t.text.chars().count() >= 4 && gaz.contains(t.text) {
            return Step::Found(j, Some(EntityType::LOC));
        }
        return Step::Found(j, Some(EntityType::ORG));
    }
    // a capitalised common noun with a "de" complement names one thing (Parc des Princes,
    // Place de la Concorde)
    if j == i + 1 && !initial && lists.lexicon.get(lower).is_some_and(|tag| *tag == "NOUN") {
        if let Some(k) = skip_connectors(toks, j) {
            if toks[k].is_cap() && toks[k].kind == TokenKind::Word && !trusted_place(toks[k].text) {
                let mut e = k + 1;
                while e < toks.len() && toks[e].sentence == t.sentence && toks[e].is_cap() {
                    e += 1;
                }
                return Step::Found(e, Some(EntityType::ORG));
            }
        }
    }
    // an unknown capitalised word with its adjective is an organisation (Force ouvrière,
    // Coordination rurale)
    if j == i + 1 && !strict_initial && !is_given_name(t.text) && !t.is_acronym() {
        let mut k = j;
        while k < toks.len()
            && toks[k].sentence == t.sentence
            && toks[k].kind == TokenKind::Word
            && !toks[k].is_cap()
            && is_adjective_like(toks[k].text)
            && demonym_country(toks[k].text).is_none()
            // (a verb that looks like an adjective ends the name: Talvane | rappelle)
            && !lists
                .lexicon
                .get(toks[k].lower())
                .is_some_and(|t| matches!(*t, "VERB" | "AUX"))
        {
            k += 1;
        }
        if k > j {
            // with the place or the capitalised name it is of (Harmonie municipale de X,
            // Bibliothèque royale des Pays-Bas), not a person behind it, nor one after it
            // (le chef de l'Harmonie municipale de X | Paul Roux)
            if let Some(m) = skip_connectors(toks, k) {
                if toks[m].is_cap() && toks[m].kind == TokenKind::Word && !full_name_at(toks, m) {
                    let mut e = m + 1;
                    while e < toks.len()
                        && toks[e].sentence == t.sentence
                        && toks[e].is_cap()
                        && toks[e].kind == TokenKind::Word
                        && !full_name_at(toks, e)
                    {
                        e += 1;
                    }
                    return Step::Found(e, Some(EntityType::ORG));
                }
            }
            return Step::Found(k, Some(EntityType::ORG));
        }
    }
    // a name opening its sentence that a copula makes a kind of place is a place, known or not
    // (Vornay est une commune, Les Genévrières est un hameau)
    // (and so does an apposition anywhere: Kiryal Masho, une petite ville du sud)
    if !t.is_acronym() && ((initial && place_predicate(toks, j)) || place_apposition(toks, j)) {
        return Step::Found(j, Some(EntityType::LOC));
    }
    // a lone unknown word after the plural article names a people, a group or a movement (les
    // Étrusques, les Peuls, les Impressionnistes), not an organisation: known parties and
    // teams (les Républicains) are matched by the lists before this
    if j == i + 1
        && i > 0
        && toks[i - 1].sentence == t.sentence
        && toks[i - 1].lower() == "les"
        && !is_given_name(t.text)
        && !t.is_acronym()
    {
        return Step::Veto(1);
    }
    // a lone unknown word at the start of a sentence (Raccourcir, Battu, Mi-juillet) is a name
    // only when the article also capitalises it inside a sentence; a given name no lexicon
    // reads as a common word is a person there too (Sandrine a témoigné, Pauline, en vacances
    // avec sa famille, …)
    if initial && j == i + 1 && !midcaps.contains(t.text) && !t.is_acronym() {
        // (as the subject of its clause: before a comma, `et` or a verb)
        let subject = toks.get(j).is_some_and(|n| {
            n.sentence == t.sentence
                && (matches!(n.text, "," | "et")
                    || lists
                        .lexicon
                        .get(n.lower())
                        .is_some_and(|tag| matches!(*tag, "VERB" | "AUX")))
        });
        if first_is_name && subject && !lists.lexicon.contains_key(lower) {
            return Step::Found(j, Some(EntityType::PER));
        }
        // a word no lexicon knows, written as a name, before a verb is the subject's name
        // (Talbridge affirme, Vornay compte 300 habitants): the typing guesses its kind
        let before_verb = toks.get(j).is_some_and(|n| {
            n.sentence == t.sentence
                && n.kind == TokenKind::Word
                && lists
                    .lexicon
                    .get(n.lower())
                    .is_some_and(|tag| matches!(*tag, "VERB" | "AUX"))
        });
        if before_verb
            && !lists.lexicon.contains_key(lower)
            && t.text.chars().skip(1).all(char::is_lowercase)
            && !looks_like_demonym(t.text)
            && !is_adjective_like(t.text)
        {
            return Step::Found(j, None);
        }
        return Step::Veto(1);
    }
    // a name followed by a thing's noun in apposition names that thing
    if !t.is_acronym() && thing_in_apposition(toks, j) {
        return Step::Veto(j - i);
    }
    // a single word set in apposition after a phrase headed by a noun for a kind of body is
    // that body's name (la fédération des banques, Febelfin, …)
    if j == i + 1 && !is_given_name(t.text) && body_phrase_before(toks, i, j) {
        return Step::Found(j, Some(EntityType::ORG));
    }
    // a name of two or three words between commas after a person's title (Le chef de la
    // police, Franco X, a annoncé …) is that person, whatever the words alone look like
    if (i + 2..=i + 3).contains(&j)
        && toks[i..j]
            .iter()
            .all(|x| x.is_cap() && x.kind == TokenKind::Word)
        && toks
            .get(j)
            .is_some_and(|x| x.sentence == t.sentence && x.text == ",")
        && title_before_apposition(toks, i)
        && win.longest(i, |_, key| {
            lists.known_orgs.contains(key) || gaz.contains_folded(key)
        }) == 0
    {
        return Step::Found(j, Some(EntityType::PER));
    }
    // a name followed by a person's title in apposition is a person (X Y Z, député de …),
    // but for a place fronted before the sentence's subject (À Ramallah, le président …)
    let fronted_place = after_place_preposition(toks, i)
        && (i.saturating_sub(2)..i)
            .any(|k| PLACE_PREPOSITIONS.contains(&toks[k].lower()) && sentence_initial(toks, k));
    if !t.is_acronym() && !fronted_place && title_in_apposition(toks, j) {
        return Step::Found(j, Some(EntityType::PER));
    }
    // a name followed by a noun for a kind of organisation in apposition, after its article,
    // is that organisation (chez Berthaud, l'entreprise de transport), unless it opens with a
    // given name or a preposition of place stands before it: a place fronted before the
    // sentence's subject (À Morvanne, la coopérative … ; Dans le Kembrel, la coopérative …)
    if !is_given_name(t.text) && !after_place_preposition(toks, i) && org_apposition(toks, j) {
        return Step::Found(j, Some(EntityType::ORG));
    }
    Step::Found(j, None)
}

/// Whether a noun for a kind of organisation stands in apposition after the name ending at
/// `j`, behind its article (`X, l'entreprise de transport`).
fn org_apposition(toks: &[Tok], j: usize) -> bool {
    apposed_noun(toks, j, true).is_some_and(|w| Lists::get().org_kind_head(w.lower()))
}

/// Whether the site's name from head `h` to `j` is a business's: a word after the head ends
/// organisations' names (`data/org_suffixes.txt`, `data/business_words.txt`: Port Kembrel SA, Lac
/// Morvanne Tourisme), or a noun for a kind of organisation follows in apposition (Cap Avenir,
/// l'association d'insertion).
fn business_name(toks: &[Tok], h: usize, j: usize) -> bool {
    let lists = Lists::get();
    toks[h + 1..j]
        .iter()
        .any(|w| lists.org_suffixes.contains(w.text) || lists.business_words.contains(w.text))
        || org_apposition(toks, j)
}

/// Whether what stands before token `i` lets an unknown name with an ordinal be a sovereign:
/// nothing, a punctuation mark, a capitalised word or a word of a clause (sous, puis, et, a
/// régné); not a determiner, `de`, `en` or a noun, before which the name and number are a
/// thing's or a model's (la Twingo II, le réacteur X II, le plan X II, les accords de X II).
fn ordinal_name_opens(toks: &[Tok], i: usize) -> bool {
    let Some(p) = i.checked_sub(1).map(|k| &toks[k]) else {
        return true;
    };
    if p.sentence != toks[i].sentence || p.kind != TokenKind::Word {
        return true;
    }
    let l = p.lower();
    if matches!(l, "de" | "d'" | "du" | "des" | "au" | "aux" | "en") {
        return false;
    }
    match Lists::get().lexicon.get(l) {
        Some(tag) => matches!(
            *tag,
            "ADP" | "CCONJ" | "SCONJ" | "VERB" | "AUX" | "PRON" | "ADV"
        ),
        None => p.is_cap(),
    }
}

/// Whether a preposition of place stands before token `i`, directly or before its article
/// (`À Morvanne`, `dans le Kembrel`, `en Vélanie`); `chez` is not one (chez Berthaud names the
/// employer).
fn after_place_preposition(toks: &[Tok], i: usize) -> bool {
    preposition_before(toks, i, |w| PLACE_PREPOSITIONS.contains(&w))
}

const PLACE_PREPOSITIONS: &[&str] = &[
    "à", "au", "aux", "dans", "en", "vers", "sur", "sous", "depuis", "près",
];

/// Whether a word `is` accepts stands before token `i`, directly or before its article.
fn preposition_before(toks: &[Tok], i: usize, is: impl Fn(&str) -> bool) -> bool {
    let same = |k: usize| toks[k].sentence == toks[i].sentence;
    let mut k = i;
    if k > 0 && same(k - 1) && matches!(toks[k - 1].lower(), "le" | "la" | "les" | "l'") {
        k -= 1;
    }
    k > 0 && same(k - 1) && is(toks[k - 1].lower())
}

/// Whether the words from `j` make what comes before them a kind of place: `est`, `était`, an
/// indefinite article, at most one adjective, then a noun of `data/place_predicate_nouns.txt`
/// (Vornay est une commune, … est un petit hameau).
fn place_predicate(toks: &[Tok], j: usize) -> bool {
    let Some(v) = toks.get(j) else { return false };
    if j == 0 || v.sentence != toks[j - 1].sentence || !matches!(v.lower(), "est" | "était") {
        return false;
    }
    let same = |k: usize| toks.get(k).filter(|x| x.sentence == v.sentence);
    if !same(j + 1).is_some_and(|d| matches!(d.lower(), "un" | "une")) {
        return false;
    }
    let nouns = &Lists::get().place_predicate_nouns;
    let noun = |k: usize| same(k).is_some_and(|n| nouns.contains(n.lower()));
    let adjective = |k: usize| {
        same(k).is_some_and(|a| {
            !a.is_cap()
                && (is_adjective_like(a.text)
                    || Lists::get()
                        .lexicon
                        .get(a.lower())
                        .is_some_and(|t| *t == "ADJ"))
        })
    };
    noun(j + 2) || (adjective(j + 2) && noun(j + 3))
}

/// Whether the words from `j` are an apposition naming a kind of place: a comma, an article,
/// at most two adjectives, then a noun of `data/place_predicate_nouns.txt` (`, une petite
/// ville du sud`, `, un port de pêche`, `, la ville martyre`).
fn place_apposition(toks: &[Tok], j: usize) -> bool {
    let Some(c) = toks.get(j) else { return false };
    if j == 0 || c.text != "," || c.sentence != toks[j - 1].sentence {
        return false;
    }
    let same = |k: usize| toks.get(k).filter(|x| x.sentence == c.sentence);
    if !same(j + 1).is_some_and(|d| matches!(d.lower(), "un" | "une" | "la" | "le" | "l'")) {
        return false;
    }
    let nouns = &Lists::get().place_predicate_nouns;
    for k in j + 2..j + 5 {
        let Some(w) = same(k) else { return false };
        if nouns.contains(w.lower()) {
            return true;
        }
        let adjective = !w.is_cap()
            && (is_adjective_like(w.text)
                || Lists::get()
                    .lexicon
                    .get(w.lower())
                    .is_some_and(|t| *t == "ADJ"));
        if !adjective {
            return false;
        }
    }
    false
}

/// The lower-case noun of an apposition after token `j - 1`: a comma, an article (required
/// with `article_needed`), then the noun, in the same sentence.
fn apposed_noun<'t, 'a>(
    toks: &'t [Tok<'a>],
    j: usize,
    article_needed: bool,
) -> Option<&'t Tok<'a>> {
    let comma = toks.get(j)?;
    if comma.text != "," || j == 0 || comma.sentence != toks[j - 1].sentence {
        return None;
    }
    let article = toks
        .get(j + 1)
        .is_some_and(|d| matches!(d.lower(), "le" | "la" | "l'" | "un" | "une"));
    if article_needed && !article {
        return None;
    }
    let w = toks.get(j + 1 + usize::from(article))?;
    (w.sentence == comma.sentence && w.kind == TokenKind::Word && !w.is_cap()).then_some(w)
}

/// Whether a person's title follows token `j - 1` in apposition, after an optional article
/// (`, député touareg,`, `, la porte-parole du parti`). Titles a company also takes
/// (`leader`, `chef de file`) do not count.
fn title_in_apposition(toks: &[Tok], j: usize) -> bool {
    apposed_noun(toks, j, false).is_some_and(|w| {
        let l = w.lower();
        !matches!(l, "leader" | "chef") && Lists::get().person_titles.contains(l)
    })
}

/// Whether the name at token `i` follows a comma closing a determined phrase headed by a
/// person's title, with its complement (`Le chef de la police,`, `la ministre,`), within eight
/// words.
fn title_before_apposition(toks: &[Tok], i: usize) -> bool {
    if i < 3 || toks[i - 1].text != "," {
        return false;
    }
    let same = |k: usize| toks[k].sentence == toks[i].sentence;
    let lists = Lists::get();
    (i.saturating_sub(10)..i - 2).rev().any(|k| {
        same(k)
            && matches!(toks[k].lower(), "le" | "la" | "l'" | "son" | "sa")
            && lists.person_titles.contains(toks[k + 1].lower())
            && toks[k + 1..i - 1]
                .iter()
                .all(|x| x.kind == TokenKind::Word && x.text != ",")
    })
}

/// Whether token `i` is a unit after a number: `125 GeV`, `0,04 UA`, `4 Go`, `30 MeV`, or
/// after `degrés` (`degrés Celsius`).
fn is_unit(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if i == 0 || toks[i - 1].sentence != t.sentence {
        return false;
    }
    let prev = &toks[i - 1];
    let after_number = prev.text.chars().all(|c| c.is_ascii_digit() || c == ',')
        && prev.text.chars().any(|c| c.is_ascii_digit());
    let letters = t.text.chars().count();
    let inner_cap = t.text.chars().skip(1).any(char::is_uppercase)
        && t.text.chars().skip(1).any(char::is_lowercase);
    (after_number && (letters <= 2 || inner_cap)) || matches!(prev.lower(), "degrés" | "degré")
}

/// Whether the first word after a leading article (`Le`, `La`, `Les`, `L'`) starts with a
/// capital (`Le Point`, not `Le point`).
fn capital_after_article(s: &str) -> bool {
    let rest = [
        "Le ", "La ", "Les ", "L'", "L’", "le ", "la ", "les ", "l'", "l’",
    ]
    .iter()
    .find_map(|a| s.strip_prefix(a))
    .unwrap_or(s);
    rest.chars().next().is_some_and(|c| !c.is_lowercase())
}

/// Whether the name at token `s` is listed after one a territory noun introduces (`les
/// districts de Mirpurkhas et Sanghar`, `les communes de X, Y, Z et W`): a territory too.
fn listed_after_place_head(toks: &[Tok], s: usize) -> bool {
    // (one word each, the list closed by "et": lists in old print that no "et" closes run
    // over names of all kinds)
    let same = |k: usize| k < toks.len() && toks[k].sentence == toks[s].sentence;
    let one_word = |k: usize| {
        same(k)
            && toks[k].kind == TokenKind::Word
            && toks[k].is_cap()
            && !(k > 0 && same(k - 1) && toks[k - 1].is_cap())
            && !(same(k + 1) && toks[k + 1].is_cap())
    };
    let joint = |k: usize| same(k) && matches!(toks[k].text, "," | "et");
    // (nor words the lexicon knows: "le quartier de Belleville, Chinois, Maghrébins et
    // Africains cohabitent" lists its people)
    let lexicon = &Lists::get().lexicon;
    let one_word = |k: usize| one_word(k) && !lexicon.contains_key(toks[k].lower());
    if !one_word(s) {
        return false;
    }
    // back over the names before it to the one the territory noun introduces
    let mut k = s;
    let mut closed = false;
    let mut first = None;
    while k >= 2 && s - k < 16 && joint(k - 1) && one_word(k - 2) {
        closed |= toks[k - 1].text == "et";
        k -= 2;
        if after_place_head(toks, k) {
            first = Some(k);
            break;
        }
    }
    if first.is_none() {
        return false;
    }
    // ... and, unless an "et" came before it, on over the names after it to the "et"
    let mut j = s;
    while !closed && j + 2 - s < 16 && joint(j + 1) && one_word(j + 2) {
        closed = toks[j + 1].text == "et";
        j += 2;
    }
    closed
}

/// Whether the name at token `s` follows a territory noun and its "de" (`la province de
/// Qinghai`, `le comté d'Essex`, `la région du Kurdistan`; `data/place_heads.txt`), the noun
/// maybe with its adjectives or a lower-case complement (`la colonie juive de X`, `le camp
/// d'extermination de X`, `le camp de réfugiés de X`).
fn after_place_head(toks: &[Tok], s: usize) -> bool {
    let lists = Lists::get();
    let same = |k: usize| toks[k].sentence == toks[s].sentence;
    (1..=3).any(|back| {
        if s <= back || !(s - back..s).all(same) || skip_connectors(toks, s - back) != Some(s) {
            return false;
        }
        // back over adjectives and one lower-case complement to the head
        let mut k = s - back - 1;
        let mut steps = 0;
        loop {
            // (the state of a federation takes a capital: l'État de Borno)
            let state = matches!(toks[k].text, "État" | "États");
            if !same(k) || (toks[k].is_cap() && !state) || toks[k].kind != TokenKind::Word {
                return false;
            }
            if lists.place_heads.contains(toks[k].lower()) {
                // (past a complement, a plural "des" lists things: le site de regroupement
                // des Minitels; a works' or a site's adjective names its company: le site
                // industriel d'Arcelor, l'usine textile de X)
                return steps == 0
                    || (toks[s - back].lower() != "des"
                        && !matches!(
                            toks[k].lower(),
                            "site" | "usine" | "centrale" | "raffinerie" | "mine"
                        ));
            }
            // (a birthplace or a home town names the person born there: la ville natale de
            // X, le village d'origine de Y)
            if matches!(
                toks[k].lower(),
                "natal" | "natale" | "natals" | "natales" | "origine" | "adoptive" | "adoption"
            ) {
                return false;
            }
            let complement = k >= 2
                && matches!(toks[k - 1].lower(), "de" | "d'")
                && !is_adjective_like(toks[k].text);
            steps += 1;
            if steps > 3 || k < 2 {
                return false;
            }
            // (`voisin` describes where the territory lies: le district voisin de X)
            let neighbouring = matches!(
                toks[k].lower(),
                "voisin" | "voisine" | "voisins" | "voisines"
            );
            if complement {
                k -= 2;
            } else if is_adjective_like(toks[k].text) || neighbouring {
                k -= 1;
            } else {
                return false;
            }
        }
    })
}

/// Whether a name is a country, a région or another area, or a city of 100 000 people or
/// more: where someone is from rather than part of a name or a title (`l'auteur de Brest`,
/// `Eden Park d'Auckland`).
fn well_known_place(name: &str) -> bool {
    Gazetteer::french()
        .candidates(name)
        .any(|p| p.feature != "city" || p.population >= 100_000)
}

/// Whether the capitalised word at token `i` opens a work's title: right after the two
/// words of `data/work_cues.txt` (`réalisateur de`, `connu pour`), or after a comma or "et"
/// closing a title that does (`connu pour Gladiator, Lincoln et Munich`).
fn work_title_at(toks: &[Tok], i: usize) -> bool {
    let same = |k: usize| toks[k].sentence == toks[i].sentence;
    let cue_before = |k: usize| {
        k >= 2 && same(k - 2) && {
            let de = match toks[k - 1].lower() {
                "d'" => "de",
                w => w,
            };
            let lists = Lists::get();
            let cue = match de {
                "de" => lists.work_cues_de.contains(toks[k - 2].lower()),
                "pour" => lists.work_cues_pour.contains(toks[k - 2].lower()),
                _ => false,
            };
            // (a creator "de" a well-known place is one from there: l'auteur de Brest; a
            // village's namesake is the title, l'auteur de Germinal)
            cue && !(de == "de"
                && well_known_place(toks[k].text)
                && !toks
                    .get(k + 1)
                    .is_some_and(|n| toks[k + 1].sentence == toks[k].sentence && n.is_cap()))
        }
    };
    // (after a comma the list must go on or close its brackets, or the name is in
    // apposition: "le réalisateur de Titanic, James Cameron, prépare" names the director;
    // "(connu pour Gladiator, Lincoln)" lists two titles)
    let list_goes_on = |k: usize| {
        let mut e = k;
        while e < toks.len() && same(e) && toks[e].is_cap() {
            e += 1;
        }
        (e < toks.len() && same(e) && toks[e].text == ")")
            || (e + 1 < toks.len()
                && same(e + 1)
                && (toks[e].text == "et" || (toks[e].text == "," && toks[e + 1].is_cap())))
    };
    let mut k = i;
    for _ in 0..4 {
        if cue_before(k) {
            return true;
        }
        // back over ", Title" or "et Title" to the title before
        if k < 3
            || !same(k - 1)
            || !(toks[k - 1].text == "et" || (toks[k - 1].text == "," && list_goes_on(k)))
        {
            return false;
        }
        let mut m = k - 2;
        while m > 0 && same(m - 1) && (toks[m - 1].is_cap() || toks[m].kind == TokenKind::Number) {
            m -= 1;
        }
        if !toks[m].is_cap() {
            return false;
        }
        k = m;
    }
    false
}

/// The end of a thing's name after its head at `h` (`data/thing_heads.txt`): adjectives,
/// then an opening quote mark, then capitalised words, acronyms and codes (`la fusée Soyouz`,
/// `le télescope spatial Kepler`, `la série « Europe »`, `l'avion Airbus A330`); `None` when no
/// capitalised word follows, unless the head is the name itself (`head_is_name`: la Loi
/// fondamentale).
fn thing_name(toks: &[Tok], h: usize, head_is_name: bool) -> Option<usize> {
    let same = |k: usize| k < toks.len() && toks[k].sentence == toks[h].sentence;
    let lexicon = &Lists::get().lexicon;
    let mut k = h + 1;
    // (adjectives the lexicon knows as such, colours: l'étoile naine orange Alpha Centauri B)
    while same(k)
        && toks[k].kind == TokenKind::Word
        && !toks[k].is_cap()
        && (is_adjective_like(toks[k].text)
            || lexicon.get(toks[k].lower()).is_some_and(|t| *t == "ADJ")
            || COLOURS.contains(&toks[k].lower()))
    {
        k += 1;
    }
    if same(k) && matches!(toks[k].text, "«" | "“" | "\"") {
        k += 1;
    }
    if !same(k) || !toks[k].is_cap() || toks[k].kind != TokenKind::Word {
        return head_is_name.then_some(k);
    }
    // (an English title keeps its small words: la série Game of Thrones, le film Pirates of
    // the Caribbean; French ones would run on into the author, le film Lincoln de Spielberg)
    let english_small = |k: usize| {
        matches!(
            toks[k].text,
            "of" | "the" | "and" | "in" | "on" | "for" | "to"
        ) && (k + 1..(k + 3).min(toks.len()))
            .find(|&n| !matches!(toks[n].text, "of" | "the"))
            .is_some_and(|n| same(n) && toks[n].is_cap())
    };
    while same(k)
        && toks[k].kind == TokenKind::Word
        && (toks[k].is_cap()
            || toks[k].text.chars().all(|c| c.is_ascii_digit())
            || english_small(k))
    {
        k += 1;
    }
    // its spelt-out name in brackets is the same thing (le programme ACE (Automatic
    // Computing Engine))
    if same(k) && toks[k].text == "(" {
        let close = (k + 1..(k + 9).min(toks.len())).find(|&c| toks[c].text == ")");
        if let Some(c) = close.filter(|&c| {
            c > k + 1
                && same(c)
                && toks[k + 1..c].iter().all(|x| {
                    x.kind == TokenKind::Word && (x.is_cap() || CONNECTORS.contains(&x.lower()))
                })
        }) {
            k = c + 1;
        }
    }
    Some(k)
}

/// Whether a thing's noun follows token `j - 1` in apposition, after its article
/// (`Flight Director, un équipement d'aide à la navigation`, `Minitel, le terminal`): the name
/// before names that thing (`data/thing_heads.txt`).
fn thing_in_apposition(toks: &[Tok], j: usize) -> bool {
    apposed_noun(toks, j, true).is_some_and(|w| Lists::get().thing_head(w.lower()))
}

/// The tokens a thing's name in apposition after its noun covers from `i` (un collisionneur
/// de particules, le LHC; deux détecteurs, ATLAS et CMS: the names the plural noun announces),
/// for [`candidate_at`]'s veto.
fn thing_name_apposed(toks: &[Tok], i: usize) -> Option<usize> {
    let t = &toks[i];
    let plural = thing_apposed_before(toks, i)?;
    let mut j = i + 1;
    while j < toks.len() && toks[j].sentence == t.sentence && toks[j].is_cap() {
        j += 1;
    }
    let mut k = j;
    while plural
        && k + 1 < toks.len()
        && toks[k + 1].sentence == t.sentence
        && matches!(toks[k].lower(), "," | "et")
        && toks[k + 1].is_cap()
        && toks[k + 1].kind == TokenKind::Word
    {
        k += 2;
        while k < toks.len() && toks[k].sentence == t.sentence && toks[k].is_cap() {
            k += 1;
        }
    }
    Some(k - i)
}

/// Whether the name at `i` stands in apposition after a thing's noun (`data/thing_heads.txt`):
/// the noun, up to three words of its complement (`de particules`), a comma, then an article
/// or nothing (`un collisionneur de particules, le LHC`, `deux détecteurs, ATLAS`); with
/// whether the noun is plural (the names after it are a list).
fn thing_apposed_before(toks: &[Tok], i: usize) -> Option<bool> {
    let lists = Lists::get();
    let same = |k: usize| toks[k].sentence == toks[i].sentence;
    let mut k = i;
    if k > 0 && same(k - 1) && matches!(toks[k - 1].lower(), "le" | "la" | "l'" | "les") {
        k -= 1;
    }
    if k == 0 || !same(k - 1) || toks[k - 1].text != "," {
        return None;
    }
    k -= 1;
    // back over the noun's complement to the noun: lower-case words only
    for back in 1..=4 {
        let h = k.checked_sub(back)?;
        let w = &toks[h];
        if !same(h) || w.kind != TokenKind::Word || w.is_cap() {
            return None;
        }
        let lower = w.lower();
        if lists.thing_head(lower) {
            // the complement after the noun is "de ..." (de particules) or nothing
            let complement = &toks[h + 1..k];
            let ok = complement.is_empty()
                || (matches!(complement[0].lower(), "de" | "d'" | "du" | "des")
                    && complement[1..].iter().all(|x| !x.is_cap()));
            return ok.then(|| !lists.thing_heads.contains(lower));
        }
    }
    None
}

/// The folded names the article gives to things after their heads (`data/thing_heads.txt`:
/// `l'ouragan Sandy`, `le programme « Galileo »`).
fn thing_names(toks: &[Tok]) -> HashSet<String> {
    let lists = Lists::get();
    let mut out = HashSet::default();
    for h in 0..toks.len() {
        let t = &toks[h];
        if t.kind != TokenKind::Word
            || !lists.thing_head(t.lower())
            || (t.is_cap() && !sentence_initial(toks, h))
        {
            continue;
        }
        let Some(end) = thing_name(toks, h, false) else {
            continue;
        };
        let Some(start) = (h + 1..end).find(|&k| toks[k].is_cap()) else {
            continue;
        };
        let words: Vec<&str> = toks[start..end].iter().map(|t| t.text).collect();
        out.insert(fold(&words.join(" ")));
    }
    out
}

/// The names of vessels in the article, as runs of capitalised words: after a noun of
/// shipwreck (`le naufrage du X`), or with their article before a ship's verb (`Le X a
/// chaviré`, `la X s'est échouée`; `data/ship_verbs.txt`). A
/// known organisation, person or place, or a given name, is a figure of speech's subject and
/// no vessel.
fn ship_names<'a>(text: &str, toks: &[Tok<'a>], win: &Windows) -> Vec<Vec<&'a str>> {
    let lists = Lists::get();
    let mut out: Vec<Vec<&'a str>> = Vec::new();
    for i in 0..toks.len() {
        if !toks[i].is_cap() || toks[i].is_acronym() || is_article(toks[i].lower()) {
            continue;
        }
        let same = |k: usize| k < toks.len() && toks[k].sentence == toks[i].sentence;
        if i > 0 && same(i - 1) && toks[i - 1].is_cap() && !is_article(toks[i - 1].lower()) {
            continue;
        }
        let mut j = i + 1;
        while same(j) && toks[j].is_cap() && toks[j].kind == TokenKind::Word {
            j += 1;
        }
        let k = behind_article(toks, i);
        let ship_verb = k < i && {
            // "a sombré", "avait chaviré", "s'est échouée", "a fait naufrage"
            let mut v = j;
            if same(v) && matches!(toks[v].lower(), "s'" | "se") {
                v += 1;
            }
            if same(v) && matches!(toks[v].lower(), "a" | "avait" | "est" | "était") {
                v += 1;
            }
            same(v)
                && (lists.ship_verbs.contains(toks[v].lower())
                    || (same(v + 1)
                        && lists.ship_verbs.contains(
                            format!("{} {}", toks[v].lower(), toks[v + 1].lower()).as_str(),
                        )))
        };
        if !(after_wreck_noun(toks, i) || ship_verb) {
            continue;
        }
        // (a club, a bank or a firm sinks only as a figure of speech: le Stade X a sombré)
        if toks[i..j].iter().any(|w| {
            let l = w.lower();
            lists.org_heads.contains(l) || lists.org_kind_head(l) || lists.body_nouns.contains(l)
        }) {
            continue;
        }
        let name = &text[toks[i].start..toks[j - 1].end];
        // (a known name may run on in lower case: le naufrage du Parti socialiste)
        let known = win.longest(i, |_, key| {
            lists.known_orgs.contains(key)
                || lists.known_persons.contains(key)
                || Gazetteer::french().contains_folded(key)
        }) > 0;
        if known || trusted_place(name) || is_given_name(toks[i].text) {
            continue;
        }
        let run: Vec<&str> = toks[i..j].iter().map(|x| x.text).collect();
        if !out.contains(&run) {
            out.push(run);
        }
    }
    // longest first, so that a longer name is vetoed whole
    out.sort_by_key(|r| std::cmp::Reverse(r.len()));
    out
}

/// Whether the `n` tokens from `i` are one of `names` of that length, and the run of
/// capitalised words ends there.
fn same_run(toks: &[Tok], i: usize, names: &[Vec<&str>], n: usize) -> bool {
    i + n <= toks.len()
        && names
            .iter()
            .filter(|r| r.len() == n)
            .any(|r| r.iter().zip(&toks[i..i + n]).all(|(w, t)| *w == t.text))
        && !toks.get(i + n).is_some_and(|x| {
            x.sentence == toks[i].sentence && x.is_cap() && x.kind == TokenKind::Word
        })
        && !(i > 0
            && toks[i - 1].sentence == toks[i].sentence
            && toks[i - 1].is_cap()
            && toks[i - 1].kind == TokenKind::Word
            && !is_article(toks[i - 1].lower()))
}

/// Whether a word is a definite article (a capital opening a sentence does not make it a
/// name's first word).
fn is_article(w: &str) -> bool {
    matches!(w, "le" | "la" | "les" | "l'")
}

/// The index of the singular definite article right before token `i` in its sentence, or `i`.
fn behind_article(toks: &[Tok], i: usize) -> usize {
    if i > 0
        && toks[i - 1].sentence == toks[i].sentence
        && matches!(toks[i - 1].lower(), "l'" | "la" | "le")
    {
        i - 1
    } else {
        i
    }
}

/// Whether token `i` follows `à bord du`, `à bord de la`, `à bord de l'` (a vehicle's name).
fn aboard(toks: &[Tok], i: usize) -> bool {
    let same = |k: usize| toks[k].sentence == toks[i].sentence;
    let k = behind_article(toks, i);
    k >= 3
        && (k - 3..k).all(same)
        && toks[k - 3].lower() == "à"
        && toks[k - 2].lower() == "bord"
        && matches!(toks[k - 1].lower(), "du" | "de" | "d'")
}

/// Whether token `i` follows a noun of shipwreck and `de` (`data/wreck_nouns.txt`: le
/// naufrage du X, l'épave de l'X).
fn after_wreck_noun(toks: &[Tok], i: usize) -> bool {
    let same = |k: usize| toks[k].sentence == toks[i].sentence;
    let k = behind_article(toks, i);
    k >= 2
        && same(k - 2)
        && matches!(toks[k - 1].lower(), "de" | "d'" | "du" | "des")
        && (k == i || toks[k - 1].lower() == "de")
        && Lists::get().wreck_nouns.contains(toks[k - 2].lower())
}

/// Whether token `i` follows a plural noun for the people of a body and `de`
/// (`data/member_nouns.txt`: les membres de X, les salariés d'X, des militants du X).
fn after_member_noun(toks: &[Tok], i: usize) -> bool {
    after_noun_of(toks, i, &Lists::get().member_nouns)
}

/// Whether token `i` follows one of `nouns` (lower case) and `de`.
fn after_noun_of(toks: &[Tok], i: usize, nouns: &HashSet<String>) -> bool {
    i >= 2
        && toks[i - 2].sentence == toks[i].sentence
        && matches!(toks[i - 1].lower(), "de" | "d'" | "du" | "des")
        && nouns.contains(toks[i - 2].lower())
}

/// Whether token `i` follows a lower-case noun for a kind of organisation
/// (`data/org_kind_heads.txt`: la revue, l'association, le constructeur), with up to two
/// adjectives, an article or an opening quote mark between (`le constructeur automobile
/// Renault`, `le collectif la Quadrature du Net`, `l'hebdomadaire « Marianne »`).
fn after_org_kind_head(toks: &[Tok], i: usize) -> bool {
    org_kind_head_before(toks, i).is_some()
}

/// Whether the name from `i` to `j` stands between commas (or a comma and the sentence's end)
/// after a determined phrase in lower case headed by a noun for a kind of body (`la fédération
/// des banques, X,`, `le syndicat des pilotes, X,`); a title before the body (`le président
/// du syndicat, X,`) makes the name a person's, and is no such phrase.
fn body_phrase_before(toks: &[Tok], i: usize, j: usize) -> bool {
    let lists = Lists::get();
    let same = |k: usize| k < toks.len() && toks[k].sentence == toks[i].sentence;
    if i < 3 || !same(i - 1) || toks[i - 1].text != "," {
        return false;
    }
    let closed = !same(j) || matches!(toks[j].text, "," | "." | ")");
    if !closed {
        return false;
    }
    let mut k = i - 1;
    while k > 0 && i - 1 - k < 7 {
        k -= 1;
        let w = &toks[k];
        if !same(k) || w.kind != TokenKind::Word {
            return false;
        }
        let lower = w.lower();
        if matches!(lower, "le" | "la" | "l'" | "les" | "un" | "une") {
            // (a body that is the complement of a title names the title's holder: "le
            // président de la fédération, X,")
            if k > 0 && same(k - 1) && matches!(toks[k - 1].lower(), "de" | "d'") {
                return false;
            }
            let head = toks.get(k + 1).map(|h| h.lower()).unwrap_or("");
            return k + 1 < i - 1
                && (lists.org_kind_head(head)
                    || lists.lower_org_heads.contains(head)
                    || lists.org_heads.contains(head));
        }
        if w.is_cap() {
            return false;
        }
    }
    false
}

/// The index of the noun `after_org_kind_head` finds before token `i`.
fn org_kind_head_before(toks: &[Tok], i: usize) -> Option<usize> {
    let lists = Lists::get();
    let same = |k: usize| toks[k].sentence == toks[i].sentence;
    let mut k = i;
    if k > 0 && same(k - 1) && matches!(toks[k - 1].text, "«" | "“" | "\"") {
        k -= 1;
    }
    if k > 0 && same(k - 1) && matches!(toks[k - 1].lower(), "le" | "la" | "les" | "l'") {
        k -= 1;
    }
    let mut adjectives = 0;
    while k > 0
        && same(k - 1)
        && adjectives < 2
        && toks[k - 1].kind == TokenKind::Word
        && !toks[k - 1].is_cap()
        && !lists.org_kind_head(toks[k - 1].lower())
        && (is_adjective_like(toks[k - 1].text)
            || lists
                .lexicon
                .get(toks[k - 1].lower())
                .is_some_and(|t| *t == "ADJ"))
    {
        k -= 1;
        adjectives += 1;
    }
    // (a kind written as an acronym is one too: l'ONG Reclaim Finance)
    let head = |h: usize| {
        same(h)
            && (!toks[h].is_cap() || toks[h].is_acronym())
            && lists.org_kind_head(toks[h].lower())
    };
    if k > 0 && head(k - 1) {
        return Some(k - 1);
    }
    // the kind with a complement of one or two lower-case words after "de" (la société de
    // gardiennage X, le fabricant de jouets X, le site de téléchargement X, l'agence de
    // notation X), no adjectives before the name then
    // (a given name there opens a person's name, the holder of a role before: "le patron du
    // groupe de presse Paul X")
    if adjectives > 0 || is_given_name(toks[i].text) {
        return None;
    }
    (1..=2).find_map(|n| {
        let d = k.checked_sub(n + 1)?;
        let complement = (d + 1..k).all(|c| {
            same(c)
                && toks[c].kind == TokenKind::Word
                && !toks[c].is_cap()
                && !is_function_word(toks[c].lower())
        });
        (d > 0 && same(d) && complement && matches!(toks[d].lower(), "de" | "d'") && head(d - 1))
            .then(|| d - 1)
    })
}

/// Whether the trade's noun before token `i` (`data/trade_heads.txt`) names no business after
/// it: it follows `de` (le directeur de cabinet X), or a person's full name (la chef de
/// cabinet Anne Colin), a day or a month (à la maison Mardi) follows it, or a known person
/// follows `cabinet` (le cabinet Netanyahou is the government).
fn trade_head_misread(toks: &[Tok], i: usize) -> bool {
    let lists = Lists::get();
    let Some(h) = org_kind_head_before(toks, i) else {
        return false;
    };
    let head = toks[h].lower();
    let head = if lists.trade_heads.contains(head) {
        head
    } else {
        match head.strip_suffix(['s', 'x']) {
            Some(stem) if lists.trade_heads.contains(stem) => stem,
            _ => return false,
        }
    };
    (h > 0
        && toks[h - 1].sentence == toks[h].sentence
        && matches!(toks[h - 1].lower(), "de" | "d'"))
        || full_name_at(toks, i)
        || TIME_WORDS.contains(&toks[i].lower())
        || (head == "cabinet" && lists.known_persons.contains(&fold(toks[i].text)))
}

/// Colour adjectives, which the lexicon may not know as such (une naine orange, une géante
/// rouge).
const COLOURS: &[&str] = &[
    "blanc", "blanche", "noir", "noire", "rouge", "orange", "jaune", "bleu", "bleue", "vert",
    "verte", "brun", "brune",
];

/// Counting words that may open a sentence before a capitalised plural (Deux Britanniques).
const NUMBER_WORDS: &[&str] = &[
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "plusieurs",
    "quelques",
    "des",
];

/// Whether token `i` opens the complement of a person's role: a lower-case title (with one
/// adjective after it), then `de`, `du`, `des`, `d'` or `de la`, `de l'` (`la directrice du`,
/// `le secrétaire général de l'`, `le patron de`).
fn role_complement_at(toks: &[Tok], i: usize) -> bool {
    let lists = Lists::get();
    let same = |k: usize| toks[k].sentence == toks[i].sentence;
    let mut k = i;
    if k >= 1 && same(k - 1) && matches!(toks[k - 1].lower(), "la" | "l'") {
        k -= 1;
    }
    if k < 2 || !same(k - 1) || !matches!(toks[k - 1].lower(), "de" | "du" | "des" | "d'") {
        return false;
    }
    let role = |t: &Tok| !t.is_cap() && lists.person_titles.contains(t.lower());
    let p = &toks[k - 2];
    same(k - 2)
        && (role(p) || (k >= 3 && same(k - 3) && is_adjective_like(p.text) && role(&toks[k - 3])))
}

/// Whether a person's name of two or three capitalised words starts at token `k` and ends the
/// run of capitals (`Kristalina Georgieva`, `Luca de Meo`): no acronym, no common word, no
/// known place or organisation first.
fn person_name_at(toks: &[Tok], k: usize) -> bool {
    person_name_end(toks, k).is_some()
}

/// The end of the person's name [`person_name_at`] finds at token `k`.
fn person_name_end(toks: &[Tok], k: usize) -> Option<usize> {
    let lists = Lists::get();
    let first = toks.get(k)?;
    let cap_word = |t: &Tok| {
        t.sentence == first.sentence
            && t.kind == TokenKind::Word
            && t.is_cap()
            && !t.is_all_caps()
            && !lists.lexicon.contains_key(t.lower())
    };
    if !cap_word(first) || trusted_place(first.text) || lists.known_orgs.contains(&fold(first.text))
    {
        return None;
    }
    let mut m = k + 1;
    if toks
        .get(m)
        .is_some_and(|p| p.sentence == first.sentence && PARTICLES.contains(&p.lower()))
    {
        m += 1;
    }
    let mut words = 1;
    while toks.get(m).is_some_and(cap_word) {
        m += 1;
        words += 1;
    }
    // a known place among the words makes them part of the body's name, not a person's
    // (le président de SOS Méditerranée France)
    ((2..=3).contains(&words)
        && !toks[k + 1..m].iter().any(|t| trusted_place(t.text))
        && !toks
            .get(m)
            .is_some_and(|n| n.sentence == first.sentence && n.is_cap()))
    .then_some(m)
}

/// Whether a word is the ordinal of a sovereign's name: `Ier`, `Ire` or a Roman number of two
/// letters or more (`II`, `XVI`; not `I`, nor `V` or `X`, which are letters of their own).
fn regnal_ordinal(w: &str) -> bool {
    matches!(w, "Ier" | "Ire")
        || (w.len() >= 2 && w.len() <= 6 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
}

/// A Roman century or ordinal: `XIXe`, `Xe`, `IIIe`, `XXIème`.
fn is_century(w: &str) -> bool {
    // (not `Ier`, which belongs to a sovereign's name: François Ier; not `L`, `C`: `Le`)
    let stem = ["ème", "eme", "e"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or("");
    !stem.is_empty() && stem.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Whether token `i` is the initial of a name: one capital letter, then a period and a
/// capitalised word in the same sentence (`B. Obama`), that is neither a title (`M.`) nor a
/// common word opening the next sentence (`… du groupe C. Une équipe …`).
fn initial_of_name(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    let lists = Lists::get();
    // (a second initial may follow, then a surname of two letters at least: J. K. Rowling,
    // H.R.F. Keating; not the letters of an acronym, B.I.P.)
    let surname = |k: usize| {
        toks.get(k).is_some_and(|n| {
            n.sentence == t.sentence
                && n.is_cap()
                && n.kind == TokenKind::Word
                && n.text.chars().count() >= 2
        })
    };
    let letter_dot = |k: usize| {
        toks.get(k)
            .is_some_and(|n| n.text.chars().count() == 1 && n.is_cap())
            && toks.get(k + 1).is_some_and(|p| p.text == ".")
    };
    let second_initial =
        letter_dot(i + 2) && (surname(i + 4) || (letter_dot(i + 4) && surname(i + 6)));
    t.text.chars().count() == 1
        && t.is_cap()
        && !lists.person_titles.contains(&format!("{}.", t.lower()))
        && (second_initial
            || toks.get(i + 2).is_none_or(|n| {
                lists
                    .lexicon
                    .get(n.lower())
                    .is_none_or(|tag| *tag == "PROPN")
            }))
        && toks
            .get(i + 1)
            .is_some_and(|p| p.text == "." && p.sentence == t.sentence)
        && toks
            .get(i + 2)
            .is_some_and(|n| n.sentence == t.sentence && n.is_cap() && n.kind == TokenKind::Word)
}

/// The end of a person's name opened by hyphenated initials at token `i` (`J.-M. Kessler`,
/// `J.-P. Le Goff`): a capital letter, a period, a hyphen, a capital letter and a period,
/// written together, then capitalised words in the same sentence.
fn hyphenated_initials_name(toks: &[Tok], i: usize) -> Option<usize> {
    let letter = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && t.text.chars().count() == 1 && t.is_cap())
    };
    let glued = |k: usize| toks.get(k).is_some_and(|t| t.start == toks[k - 1].end);
    let is = |k: usize, s: &str| toks.get(k).is_some_and(|t| t.text == s);
    if !(letter(i)
        && is(i + 1, ".")
        && is(i + 2, "-")
        && letter(i + 3)
        && is(i + 4, ".")
        && (i + 1..i + 5).all(glued))
    {
        return None;
    }
    // (as for a single initial, the next word is no word the lexicon knows as a common or
    // function word, nor one opening a new sentence: après J.-C. | Les archéologues …; but a
    // surname's particle before a name is: J.-P. Le Goff)
    let common = |k: usize| {
        toks.get(k).is_none_or(|n| {
            n.sentence != toks[i].sentence
                || n.kind != TokenKind::Word
                || !n.is_cap()
                || sentence_initial(toks, k)
                || Lists::get()
                    .lexicon
                    .get(n.lower())
                    .is_some_and(|tag| *tag != "PROPN")
        })
    };
    let particle = toks.get(i + 5).is_some_and(|n| {
        matches!(
            n.lower(),
            "le" | "la" | "de" | "du" | "des" | "van" | "von" | "di" | "da" | "del"
        )
    });
    if common(i + 5) && (!particle || common(i + 6)) {
        return None;
    }
    let mut j = i + 5;
    while toks
        .get(j)
        .is_some_and(|t| t.sentence == toks[i].sentence && t.kind == TokenKind::Word && t.is_cap())
    {
        j += 1;
    }
    (j > i + 5).then_some(j)
}

/// The end of a site's name opened by the lower-case head at `h` (`place de la Bastille`,
/// `pont Mathilde`, `boulevard Industriel`): capitalised words after the head, directly or
/// (unless `direct`: `l'hôpital Necker`) after `de`/`du`/`des`/`de la`. Not after `en`
/// (`mettre en place`), nor with `de` after `à la` (`à la place de Bruxelles` is "instead
/// of"; `à la gare Saint-Lazare`, `à la place Bellecour` are sites).
fn site_name(toks: &[Tok], h: usize, direct: bool) -> Option<usize> {
    let lists = Lists::get();
    let same = |k: usize| k < toks.len() && toks[k].sentence == toks[h].sentence;
    // (a capitalised head is a name's, whatever precedes it: à la Pointe du Raz)
    let lower_head = !toks[h].is_cap();
    if lower_head && h >= 1 && toks[h - 1].lower() == "en" {
        return None;
    }
    // (after "à la", only a name right after the head: "à la cathédrale de Reims" keeps the
    // town its place, and "à la place de X" is "instead of X")
    if lower_head
        && h >= 2
        && toks[h - 1].lower() == "la"
        && matches!(toks[h - 2].lower(), "à" | "a")
        && toks
            .get(h + 1)
            .is_some_and(|n| matches!(n.lower(), "de" | "du" | "des" | "d'"))
    {
        return None;
    }
    // adjectives of relation between the head and its name belong to the site's name
    // (l'aéroport international X, le parc national de X, le centre commercial X); not a
    // nationality (l'aéroport russe de X: the town); the first with the head makes a kind of
    // site of `data/adjective_site_names.txt` or `adjective_site_kinds.txt` (le centre
    // régional Pôle emploi, le centre technique Renault name no site)
    let mut a = h + 1;
    while a < h + 3
        && same(a)
        && toks[a].kind == TokenKind::Word
        && !toks[a].is_cap()
        && relational_adjective(toks[a].lower())
        && demonym_country(toks[a].lower()).is_none()
        && (a > h + 1 || {
            let pair = format!("{} {}", toks[h].lower(), toks[a].lower());
            lists.adjective_site_names.contains(&pair) || lists.adjective_site_kinds.contains(&pair)
        })
    {
        a += 1;
    }
    // (after an adjective, `de` introduces the site's own name only for the kinds of
    // `data/adjective_site_kinds.txt`: le parc national de X, not l'église catholique de X)
    let direct = direct
        || (a > h + 1
            && !lists.adjective_site_kinds.contains(&format!(
                "{} {}",
                toks[h].lower(),
                toks[h + 1].lower()
            )));
    let mut k = if direct {
        a
    } else {
        skip_connectors(toks, a).unwrap_or(a)
    };
    // a person after the head and "de" owns the site rather than naming it (l'île de Richard
    // Branson, la villa de X): no site
    // (and so does one named by initials: le jardin de J.-P. Martin)
    let initial = |k: usize| {
        toks[k].text.chars().count() == 1
            && toks[k].is_cap()
            && toks.get(k + 1).is_some_and(|x| x.text == ".")
    };
    if k > a
        && same(k)
        && (full_name_at(toks, k)
            || lists.known_persons.contains(&fold(toks[k].text))
            || initial(k))
    {
        return None;
    }
    // a known body's acronym right after the head is its operator, no name (la gare SNCF),
    // and so is one before the town's name (la gare RER de Massy)
    if k == a
        && same(k)
        && toks[k].is_all_caps()
        && (lists.known_orgs.contains(&fold(toks[k].text))
            || toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.lower(), "de" | "du" | "d'")))
    {
        return None;
    }
    // a street named after a titled person (l'avenue du Général de Gaulle, la rue du maréchal
    // de Lattre de Tassigny, l'allée du Général Leclerc): title and name belong to the street;
    // the title comes after `du` even for a head whose name may follow directly
    let titled = skip_connectors(toks, h + 1).unwrap_or(h + 1);
    if titled > h + 1
        && same(titled)
        && lists.street_heads.contains(toks[h].lower())
        && lists.dedication_titles.contains(toks[titled].lower())
    {
        let mut m = titled + 1;
        let mut named = false;
        loop {
            if same(m) && toks[m].is_cap() && toks[m].kind == TokenKind::Word {
                m += 1;
                named = true;
            } else if same(m + 1)
                && matches!(toks[m].lower(), "de" | "d'" | "du")
                && toks[m + 1].is_cap()
                && toks[m + 1].kind == TokenKind::Word
            {
                m += 2;
                named = true;
            } else {
                break;
            }
        }
        return named.then_some(m);
    }
    if !same(k)
        || !toks[k].is_cap()
        || toks[k].kind != TokenKind::Word
        || lists.person_titles.contains(toks[k].lower())
    {
        return None;
    }
    // (a hall is no person's: dans la salle Paul Roux a pris la parole)
    if toks[h].lower() == "salle" && full_name_at(toks, k) {
        return None;
    }
    // (the strict heads' names are no person's, no known body's, no acronym: le directeur de
    // la prison Jean X, la centrale Force ouvrière, le circuit ATP; a monarch's name is a
    // dedication, le barrage Hassan II)
    if lists.strict_site_heads.contains(toks[h].lower())
        && ((full_name_at(toks, k) && !(same(k + 1) && regnal_ordinal(toks[k + 1].text)))
            || toks[k].is_all_caps()
            || lists.known_orgs.contains(&fold(toks[k].text))
            || (same(k + 1)
                && lists.known_orgs.contains(&fold(&format!(
                    "{} {}",
                    toks[k].text,
                    toks[k + 1].text
                )))))
    {
        return None;
    }
    // (the name stops before a person's full name: le gérant du centre commercial Valbourg |
    // Anne Colin)
    let start = k;
    while same(k)
        && toks[k].is_cap()
        && toks[k].kind == TokenKind::Word
        && !(k > start && full_name_at(toks, k))
    {
        k += 1;
    }
    Some(k)
}

/// Whether a person title or honorific stands right before token `i` (`M.`, `la ministre`,
/// `l'avocat`, `la ministre française des Affaires étrangères,`).
fn titled(toks: &[Tok], i: usize) -> bool {
    let lists = Lists::get();
    let mut k = i;
    let mut steps = 0;
    while k > 0 && steps < 2 {
        k -= 1;
        let p = &toks[k];
        if p.sentence != toks[i].sentence {
            return false;
        }
        if p.text == "." {
            continue;
        }
        let l = p.lower();
        // a particle between an honorific and the name (M. de Villepin, Mme de La Fayette);
        // after a role it opens a complement (l'ambassadeur de France), except after the
        // ranks of general officers, which a particle follows (le général de Villiers)
        if k + 1 == i
            && matches!(l, "de" | "d'" | "von" | "van")
            && k >= 1
            && (matches!(
                toks[k - 1].lower(),
                "m" | "mme" | "mlle" | "mm" | "m." | "mme." | "général" | "maréchal" | "amiral"
            ) || (toks[k - 1].text == "."
                && k >= 2
                && matches!(toks[k - 2].lower(), "m" | "mm" | "mme")))
        {
            continue;
        }
        // (an abbreviation's period may be a token of its own: "M" ".")
        let abbreviated = k + 1 < i && toks[k + 1].text == "." && toks[k + 1].start == p.end;
        if lists.person_titles.contains(l)
            || lists.person_titles.contains(l.trim_end_matches('.'))
            || (abbreviated && lists.person_titles.contains(&format!("{l}.")))
        {
            return true;
        }
        if p.kind == TokenKind::Word
            && (is_adjective_like(p.text) || demonym_country(p.text).is_some())
        {
            steps += 1;
            continue;
        }
        return false;
    }
    false
}

/// Whether a lower-case word is the Arabic article joined to the next word of a name
/// (`el-Cheikh`, `al-Qassam`): a listed article, a hyphen, then a capital.
fn article_in_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(article, rest)| {
        rest.chars().next().is_some_and(char::is_uppercase)
            && Lists::get().name_articles.contains(article)
    })
}

/// Whether token `i` is a portfolio: it follows `ministre de`, `ministre des`, `ministre
/// française de la`, `ministre déléguée aux`.
fn after_minister(toks: &[Tok], i: usize) -> bool {
    if i == 0
        || !matches!(
            toks[i - 1].lower(),
            "de" | "du" | "des" | "d'" | "la" | "l'" | "aux" | "au" | "à"
        )
    {
        return false;
    }
    let mut k = i - 1;
    for _ in 0..5 {
        if k == 0 {
            return false;
        }
        k -= 1;
        let p = &toks[k];
        if p.sentence != toks[i].sentence || p.kind != TokenKind::Word || p.is_cap() {
            return false;
        }
        let l = p.lower();
        // (a secrétaire général or a commissaire heads an organisation, whose name follows)
        if matches!(l, "ministre" | "ministres") {
            return true;
        }
        // only the words of a title may stand between: ministre (française) (déléguée) (de la)
        let title_word = CONNECTORS.contains(&l)
            || matches!(
                l,
                "aux" | "au" | "à" | "chargé" | "chargée" | "délégué" | "déléguée"
            )
            || is_adjective_like(p.text);
        if !title_word {
            return false;
        }
    }
    false
}
