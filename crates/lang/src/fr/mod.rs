//! French: abbreviations, elisions, quote marks, honorifics, titles, pronouns, attribution
//! markers and reporting verbs.

mod events;
mod fold;
mod gender;
pub mod time;
mod verbs;

pub use events::{
    EventLexicon, EventNoun, EventVerb, EventVerbForm, Institution, Slot, StatementClass,
    StatementWord, WordClass,
};
pub use fold::{fold, fold_into};
pub use gender::{
    family_name_first, first_name_births, first_name_gender, first_names_world, gender_words,
    FirstNameBirths, GenderWordKind, NameBirths,
};
pub use verbs::{guess_infinitive, ReportingVerbs, VerbForm, VerbFormKind};

use crate::hash::{HashMap, HashSet};
use crate::table::rows;
use crate::{Gender, Number};
use std::sync::OnceLock;

/// A set of lower-case words read once from a data file (the first column of each row), as a
/// function returning it.
macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident => $file:literal) => {
        $(#[$doc])*
        pub fn $name() -> &'static HashSet<&'static str> {
            static T: OnceLock<HashSet<&'static str>> = OnceLock::new();
            T.get_or_init(|| rows(include_str!($file)).map(|r| r[0]).collect())
        }
    };
}

word_set! {
    /// Abbreviations whose final period does not end a sentence (`M.`, `Mme.`, `etc.`).
    abbreviations => "../../data/fr/abbreviations.txt"
}

word_set! {
    /// Elided words (`l'`, `qu'`, `jusqu'`), lower case with a straight apostrophe.
    elisions => "../../data/fr/elisions.txt"
}

word_set! {
    /// Words with an inner apostrophe that stay one token (`aujourd'hui`).
    apostrophe_words => "../../data/fr/apostrophe_words.txt"
}

/// What comes before the apostrophe in [`apostrophe_words`], apostrophe included
/// (`aujourd'`), so a tokenizer only builds the whole word when it can match.
pub fn apostrophe_word_prefixes() -> &'static HashSet<String> {
    static T: OnceLock<HashSet<String>> = OnceLock::new();
    T.get_or_init(|| {
        apostrophe_words()
            .iter()
            .filter_map(|w| w.find('\'').map(|i| w[..=i].to_string()))
            .collect()
    })
}

/// Inverted subject clitics (`-t-il`, `-elle`), lower case, hyphens included.
pub fn inverted_clitics() -> &'static [&'static str] {
    static T: OnceLock<Vec<&'static str>> = OnceLock::new();
    T.get_or_init(|| {
        let mut v: Vec<&'static str> = rows(include_str!("../../data/fr/inverted_clitics.txt"))
            .map(|r| r[0])
            .collect();
        // longest first, so "-t-il" wins over "-il"
        v.sort_by_key(|c| std::cmp::Reverse(c.len()));
        v
    })
}

/// Usual gender of common first names (a hint for pronoun resolution).
pub fn first_names() -> &'static HashMap<&'static str, Gender> {
    static T: OnceLock<HashMap<&'static str, Gender>> = OnceLock::new();
    T.get_or_init(|| {
        rows(include_str!("../../data/fr/first_names.tsv"))
            .map(|r| (r[0], Gender::parse(r[1])))
            .collect()
    })
}

word_set! {
    /// Words that end the subject of an inverted reporting clause (`», a dit un agent lorsque
    /// ...`, `a déclaré le ministre dans un communiqué`).
    inverted_subject_ends => "../../data/fr/inverted_subject_ends.txt"
}

word_set! {
    /// Words that open a new clause after an inverted reporting clause and its comma (`...,
    /// répond X, mais il garde espoir`).
    clause_openers => "../../data/fr/clause_openers.txt"
}

word_set! {
    /// Reporting verbs that in `comme le V X` say what X wants, not what X said (`comme le
    /// souhaite X`).
    comme_wish_verbs => "../../data/fr/comme_wish_verbs.txt"
}

word_set! {
    /// Nouns that count people as one group after `un`/`une` and before `de` (`une dizaine
    /// de délégués`, `un groupe de militants`).
    collective_nouns => "../../data/fr/collective_nouns.txt"
}

word_set! {
    /// Words that make a conjunction with a following `que` (`alors que`, `tandis que`).
    conjunction_que => "../../data/fr/conjunction_que.txt"
}

word_set! {
    /// Words that may open a que-clause before its subject (`que seule la mairie`, `que
    /// désormais les élus`): after a noun, any other word right after `que` and before a
    /// determiner reads as the verb of a relative with its subject inverted.
    que_clause_openers => "../../data/fr/que_clause_openers.txt"
}

word_set! {
    /// Reporting verbs whose direct object may be the person told before their `que`
    /// (`a prévenu les élus que`); after others a noun before `que` takes it as a relative.
    person_object_que_verbs => "../../data/fr/person_object_que_verbs.txt"
}

word_set! {
    /// Nouns of people whose trade is to give views (`expert`, `observateur`), singular: after
    /// `pour` and a quantifier, their view follows.
    opinion_holders => "../../data/fr/opinion_holders.txt"
}

word_set! {
    /// Quantifiers before a plural noun phrase, lower case, words separated by one space
    /// (`beaucoup d'`, `la plupart des`).
    quantifiers => "../../data/fr/quantifiers.txt"
}

word_set! {
    /// Words in -ant that are adjectives or nouns of a title (`sortant`, `indépendant`), not
    /// participles opening a clause that describes a source.
    ant_nouns_adjectives => "../../data/fr/ant_nouns_adjectives.txt"
}

word_set! {
    /// Words that open a clause describing a source after its noun (`s'exprimant`,
    /// `requérant l'anonymat`, `qui`): the source's name ends before them.
    source_describers => "../../data/fr/source_describers.txt"
}

word_set! {
    /// Lemmas of reporting verbs whose que-clause holds a claim the subject rejects, doubts or
    /// deplores (`a démenti que`, `déplore que`).
    rejecting_verbs => "../../data/fr/rejecting_verbs.txt"
}

word_set! {
    /// Finite forms of the verbs of variation (`varient`, `dépend`): what varies `selon`
    /// something is measured against it, not said by it.
    variation_verbs => "../../data/fr/variation_verbs.txt"
}

word_set! {
    /// Nouns of documents and broadcasts whose author is the source of what they say
    /// (`le rapport de l'INSEE`, `un communiqué de la préfecture`).
    source_documents => "../../data/fr/source_documents.txt"
}

/// Whether a lower-case noun, singular or plural, is one of [`source_documents`]: the list
/// holds singulars (`les rapports de l'ONU` speak for the ONU as `le rapport` does).
pub fn is_source_document(word: &str) -> bool {
    singular_or_plural_in(source_documents(), word)
}

/// Whether a lower-case noun or its singular (one final `s` or `x` dropped) is in `set`.
fn singular_or_plural_in(set: &HashSet<&'static str>, word: &str) -> bool {
    set.contains(word)
        || word
            .strip_suffix(['s', 'x'])
            .is_some_and(|singular| set.contains(singular))
}

word_set! {
    /// Nouns of documents that set rules (`une circulaire`, `un décret`): what is done `selon`
    /// them follows a rule, and no one states it.
    normative_documents => "../../data/fr/normative_documents.txt"
}

/// Whether a lower-case noun, singular or plural, is one of [`normative_documents`].
pub fn is_normative_document(word: &str) -> bool {
    singular_or_plural_in(normative_documents(), word)
}

word_set! {
    /// Nouns of a stated view that point back to the sentence before them (`C'est l'avis de X`,
    /// `Le constat est de X`).
    statement_nouns => "../../data/fr/statement_nouns.txt"
}

word_set! {
    /// Words before quote marks that make the marked words a name or a term, not speech
    /// (`baptisé « ... »`, `telles que « ... »`, `le mot « ... »`).
    naming_words => "../../data/fr/naming_words.txt"
}

word_set! {
    /// Reporting verbs whose infinitive complement is what their subject said (`affirme avoir
    /// vu`).
    infinitive_reports => "../../data/fr/infinitive_reports.txt"
}

/// Reporting verbs of [`infinitive_reports`] whose clause only an auxiliary or a modal opens
/// (`il pense avoir raison` reports, `il pense partir` is an intention): second column `aux`.
pub fn infinitive_reports_aux_only() -> &'static HashSet<&'static str> {
    static T: OnceLock<HashSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| {
        rows(include_str!("../../data/fr/infinitive_reports.txt"))
            .filter(|r| r.get(1) == Some(&"aux"))
            .map(|r| r[0])
            .collect()
    })
}

word_set! {
    /// Words with an infinitive's ending that are none (`hier`, `notre`, `premier`).
    infinitive_lookalikes => "../../data/fr/infinitive_lookalikes.txt"
}

/// Whether a lower-case word has the ending of an infinitive (data `infinitive_endings.txt`)
/// with a stem before it and five letters at least, and is not a known look-alike: `comprendre`,
/// `connaître`, `oublier`, but not `contraire`, `hier`, `notre`.
pub fn looks_like_infinitive(low: &str) -> bool {
    static T: OnceLock<Vec<&'static str>> = OnceLock::new();
    let endings = first_column(&T, include_str!("../../data/fr/infinitive_endings.txt"));
    low.chars().all(char::is_alphabetic)
        && !low.ends_with("aire")
        && !infinitive_lookalikes().contains(low)
        && low.chars().count() >= 5
        && ends_after_stem(low, endings, 1)
}

/// The first column of a data file's rows, read once into `cell`.
fn first_column(
    cell: &'static OnceLock<Vec<&'static str>>,
    src: &'static str,
) -> &'static [&'static str] {
    cell.get_or_init(|| rows(src).map(|r| r[0]).collect())
}

/// Whether `word` ends with one of `endings` after a stem of `stem` characters at least.
fn ends_after_stem(word: &str, endings: &[&str], stem: usize) -> bool {
    endings
        .iter()
        .any(|e| word.ends_with(e) && word.chars().count() >= e.chars().count() + stem)
}

word_set! {
    /// Forms of copular verbs ("est", "s'est montré", "semble", "reste"): a present participle
    /// after one is an adjective ("s'est montré confiant").
    copulas => "../../data/fr/copulas.txt"
}

/// Whether a word of a judicial procedure introduces a charge's name with `preposition`
/// (`mis en examen pour`, `plainte pour`, `soupçonné de`): the charge in marks is no one's
/// statement (`data/fr/judicial_words.txt`).
pub fn judicial_word_before(word: &str, preposition: &str) -> bool {
    static T: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    T.get_or_init(|| {
        rows(include_str!("../../data/fr/judicial_words.txt"))
            .map(|r| (r[0], r.get(1).copied().unwrap_or("")))
            .collect()
    })
    .get(word)
    .is_some_and(|p| p.split(' ').any(|x| x == preposition))
}

word_set! {
    /// Words that hedge or stress a `c'est` pointing back to a statement (`c'est en tout cas
    /// ce qu'affirme X`, `c'est du moins l'avis de X`).
    hedge_words => "../../data/fr/hedge_words.txt"
}

word_set! {
    /// Participles of an appointment or an election (`élue`, `nommé`, `devenu`): between a
    /// name and a title they make the title the person's role, as a copula would.
    appointment_participles => "../../data/fr/appointment_participles.txt"
}

word_set! {
    /// Nouns describing a person by occupation, which take up the person named just before
    /// (`l'universitaire`, `la chercheuse`).
    descriptive_role_nouns => "../../data/fr/descriptive_role_nouns.txt"
}

word_set! {
    /// Descriptions that only take up the last person named (`l'intéressé`, `le
    /// quadragénaire`, `la jeune femme`).
    anaphoric_descriptions => "../../data/fr/anaphoric_descriptions.txt"
}

word_set! {
    /// Holidays and events after `pour` (`Pour Noël, …`): an occasion, not a holder of a view.
    occasion_names => "../../data/fr/occasion_names.txt"
}

word_set! {
    /// Adjectives of a speaker's stance before a colon (`a été clair :`), masculine singular.
    stance_adjectives => "../../data/fr/stance_adjectives.txt"
}

word_set! {
    /// Adjectives of conviction after "être" (`est convaincu que`), masculine singular.
    conviction_adjectives => "../../data/fr/conviction_adjectives.txt"
}

word_set! {
    /// Adjectives of attitude that "se déclarer" reports (`s'est déclaré satisfait`),
    /// masculine singular.
    attitude_adjectives => "../../data/fr/attitude_adjectives.txt"
}

word_set! {
    /// Modal and aspectual verbs (and their linking prepositions) after which an infinitive still
    /// reports: `a tenu à préciser`, `vient d'annoncer`, `pourrait annoncer`.
    semi_auxiliaries => "../../data/fr/semi_auxiliaries.txt"
}

/// The two-word frames of [`semi_auxiliaries`] (`cru bon`, `pris soin`) as pairs of words, so
/// that a pair is looked up without building a string.
pub fn semi_auxiliary_pairs() -> &'static HashSet<(&'static str, &'static str)> {
    static T: OnceLock<HashSet<(&'static str, &'static str)>> = OnceLock::new();
    T.get_or_init(|| {
        semi_auxiliaries()
            .iter()
            .filter_map(|l| l.split_once(' '))
            .collect()
    })
}

word_set! {
    /// Verbs that keep a reporting infinitive after them reporting only when negated (`n'a
    /// pas manqué de rappeler`, `ne s'est pas privé de dénoncer`).
    negated_semi_auxiliaries => "../../data/fr/negated_semi_auxiliaries.txt"
}

word_set! {
    /// Conjunctions and linking adverbs that may open a sentence before an attribution marker
    /// (`Toujours selon X, ...`), word by word.
    linking_adverbs => "../../data/fr/linking_adverbs.txt"
}

/// Whether a lower-case noun has the ending of a noun naming people by what they do or
/// undergo (`organisateurs`, `secouristes`, `pompiers`; data `agent_noun_endings.txt`), with
/// a stem of three letters at least before it.
pub fn looks_like_agent_noun(low: &str) -> bool {
    static T: OnceLock<Vec<&'static str>> = OnceLock::new();
    let endings = first_column(&T, include_str!("../../data/fr/agent_noun_endings.txt"));
    let singular = low.strip_suffix('s').unwrap_or(low);
    ends_after_stem(singular, endings, 3)
}

word_set! {
    /// Words opening an adjunct after "à"/"au"/"aux" in an inverted subject (`a déclaré le
    /// joueur à la fin du match`), not a complement of the speaker's title.
    adjunct_after_a => "../../data/fr/adjunct_after_a.txt"
}

word_set! {
    /// Nouns of a medium whose name follows them in an adjunct (`à la radio TSF`).
    medium_nouns => "../../data/fr/medium_nouns.txt"
}

word_set! {
    /// Verbs of judgment whose object "le fait que" introduces the clause they report (`a
    /// dénoncé le fait que …`), unlike verbs of telling (`a raconté le fait que tout le monde
    /// connaissait`, a relative).
    fact_judging_verbs => "../../data/fr/fact_judging_verbs.txt"
}

word_set! {
    /// Nouns whose "que" clause is what their holder says or thinks (`a émis l'hypothèse que`).
    content_nouns => "../../data/fr/content_nouns.txt"
}

word_set! {
    /// Verb forms that make their subject the holder of a content noun (`a émis l'hypothèse`).
    content_noun_verbs => "../../data/fr/content_noun_verbs.txt"
}

word_set! {
    /// Reporting verbs whose reflexive use reports nothing (`s'est lancé dans`, `se trouve`).
    reflexive_non_reporting => "../../data/fr/reflexive_non_reporting.txt"
}

word_set! {
    /// Verbs that charge their object with what an infinitive after "de" says (`accuser X
    /// d'avoir menti`).
    charge_verbs => "../../data/fr/charge_verbs.txt"
}

word_set! {
    /// Adjectives that come before a title in a noun phrase (`l'ancien porte-parole`).
    prenominal_adjectives => "../../data/fr/prenominal_adjectives.txt"
}

/// Past participles of being reached by the press (`interrogé`, `joint`), any agreement.
pub fn is_interview_participle(low: &str) -> bool {
    static T: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let set = T.get_or_init(|| {
        rows(include_str!("../../data/fr/interview_participles.txt"))
            .map(|r| r[0])
            .collect()
    });
    let base = low
        .strip_suffix("es")
        .or_else(|| low.strip_suffix('s'))
        .or_else(|| low.strip_suffix('e'))
        .unwrap_or(low);
    set.contains(low) || set.contains(base)
}

word_set! {
    /// Nouns and adjectives that end like a conditional verb (`portrait`, `retrait`).
    conditional_lookalikes => "../../data/fr/conditional_lookalikes.txt"
}

/// A third-person conditional verb form (`serait`, `auraient`, `orbiteraient`): the mood
/// French news uses for what a source claims and the paper does not vouch for.
pub fn is_conditional(low: &str) -> bool {
    (low.ends_with("rait") || low.ends_with("raient"))
        && low.chars().count() > 4
        && !conditional_lookalikes().contains(low)
}

word_set! {
    /// Adverbial phrases of several words that may stand inside a verb group, between the
    /// auxiliary and the participle (`a par ailleurs indiqué`).
    verb_group_adverbials => "../../data/fr/verb_group_adverbials.txt"
}

/// The last words of [`verb_group_adverbials`]: a cheap test before joining words to look a
/// phrase up.
pub fn verb_group_adverbial_ends() -> &'static HashSet<&'static str> {
    static T: OnceLock<HashSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| {
        verb_group_adverbials()
            .iter()
            .filter_map(|p| p.rsplit(' ').next())
            .collect()
    })
}

word_set! {
    /// Lower-case words that never start or continue a proper name even when capitalised.
    name_stopwords => "../../data/fr/name_stopwords.txt"
}

/// A pair of quote marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteMark {
    pub open: char,
    pub close: char,
    pub family: &'static str,
}

/// Quote marks in order of preference.
pub fn quote_marks() -> &'static [QuoteMark] {
    static T: OnceLock<Vec<QuoteMark>> = OnceLock::new();
    T.get_or_init(|| {
        rows(include_str!("../../data/fr/quote_marks.tsv"))
            .map(|r| QuoteMark {
                open: r[0].chars().next().expect("opening mark"),
                close: r[1].chars().next().expect("closing mark"),
                family: r[2],
            })
            .collect()
    })
}

/// Honorifics (`M.`, `Mme`, `Me`) with the gender they imply. Keys have no final period.
pub fn honorifics() -> &'static HashMap<&'static str, Gender> {
    static T: OnceLock<HashMap<&'static str, Gender>> = OnceLock::new();
    T.get_or_init(|| {
        rows(include_str!("../../data/fr/honorifics.tsv"))
            .map(|r| (r[0].trim_end_matches('.'), Gender::parse(r[1])))
            .collect()
    })
}

/// What a title or role noun says about who bears it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Title {
    pub gender: Gender,
    /// True for institutions (`le parquet`, `le communiqué`), false for people.
    pub organization: bool,
    /// Number of words in the title.
    pub words: usize,
}

/// Titles and roles, keyed by their lower-case form (masculine and feminine).
pub fn titles() -> &'static HashMap<String, Title> {
    static T: OnceLock<HashMap<String, Title>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::default();
        for r in rows(include_str!("../../data/fr/titles.tsv")) {
            let organization = r[2] == "organization";
            let same = r[1] == r[0];
            let words = |s: &str| s.split(' ').count();
            let g = if organization {
                // an organisation noun's own grammatical gender (l'ONG … elle)
                match r[1] {
                    "f" => Gender::Feminine,
                    "m" => Gender::Masculine,
                    _ => Gender::Any,
                }
            } else if same || r[1] == "-" {
                Gender::Any
            } else if r[1] == "!" {
                // an office held by men only: its one form is masculine
                Gender::Masculine
            } else {
                Gender::Masculine
            };
            m.insert(
                r[0].to_string(),
                Title {
                    gender: g,
                    organization,
                    words: words(r[0]),
                },
            );
            if r[1] != "-" && r[1] != "!" && !same && !organization {
                m.insert(
                    r[1].to_string(),
                    Title {
                        gender: Gender::Feminine,
                        organization,
                        words: words(r[1]),
                    },
                );
            }
            // plurals: "les enquêteurs", "les autorités"
            for form in [r[0], r[1]] {
                if form != "-"
                    && form != "!"
                    && !(organization && form == r[1])
                    && !form.ends_with('s')
                    && !form.contains(' ')
                {
                    let pl = match form.strip_suffix("al") {
                        Some(stem) => format!("{stem}aux"),
                        None => format!("{form}s"),
                    };
                    m.entry(pl).or_insert(Title {
                        gender: Gender::Any,
                        organization,
                        words: 1,
                    });
                }
            }
        }
        m
    })
}

/// The longest title, in words, so matchers know how far to look.
pub fn max_title_words() -> usize {
    static T: OnceLock<usize> = OnceLock::new();
    *T.get_or_init(|| titles().values().map(|t| t.words).max().unwrap_or(1))
}

/// Subject pronouns and demonstratives that can stand for a speaker.
pub fn pronouns() -> &'static HashMap<&'static str, (Gender, Number)> {
    static T: OnceLock<HashMap<&'static str, (Gender, Number)>> = OnceLock::new();
    T.get_or_init(|| {
        rows(include_str!("../../data/fr/pronouns.tsv"))
            .map(|r| {
                (
                    r[0],
                    (
                        Gender::parse(r[1]),
                        if r[2] == "p" {
                            Number::Plural
                        } else {
                            Number::Singular
                        },
                    ),
                )
            })
            .collect()
    })
}

/// Attribution markers (`selon`, `d'après`): the value is true for strong markers, which
/// attribute on their own; weak ones (`pour`) need a named source and a comma.
pub fn attribution_markers() -> &'static HashMap<&'static str, bool> {
    static T: OnceLock<HashMap<&'static str, bool>> = OnceLock::new();
    T.get_or_init(|| {
        rows(include_str!("../../data/fr/attribution_markers.tsv"))
            .map(|r| (r[0], r[1] == "strong"))
            .collect()
    })
}

/// French reporting verbs with all their generated forms.
pub fn reporting_verbs() -> &'static ReportingVerbs {
    static T: OnceLock<ReportingVerbs> = OnceLock::new();
    T.get_or_init(|| ReportingVerbs::parse(include_str!("../../data/fr/reporting_verbs.tsv")))
}

/// Verbs whose complement is introduced by `pour` (`voter pour X`), with all their forms: the
/// clause after `X, pour qui` that holds one says what was done for X, not what X thinks.
pub fn pour_object_verbs() -> &'static ReportingVerbs {
    static T: OnceLock<ReportingVerbs> = OnceLock::new();
    T.get_or_init(|| ReportingVerbs::parse(include_str!("../../data/fr/pour_object_verbs.tsv")))
}

/// The generic nouns and periphrases of offices (`data/fr/generic_roles.tsv`), each with the
/// first words of the roles it covers.
fn generic_roles() -> &'static HashMap<&'static str, Vec<&'static str>> {
    static T: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    T.get_or_init(|| {
        include_str!("../../data/fr/generic_roles.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (g, rest) = l.split_once('\t')?;
                Some((g, rest.split_whitespace().collect()))
            })
            .collect()
    })
}

/// Whether the generic noun of an office `generic` (`élue`, `édile`) or its periphrasis
/// (`chef de l'état`) can take up a role whose first word is `specific` (`maire`,
/// `président`): `data/fr/generic_roles.tsv`. Both lower case.
pub fn generic_role_covers(generic: &str, specific: &str) -> bool {
    generic_roles()
        .get(generic)
        .is_some_and(|s| s.contains(&specific))
}

/// Whether `generic` (lower case) is a generic noun or a periphrasis of an office.
pub fn generic_role_covers_any(generic: &str) -> bool {
    generic_roles().contains_key(generic)
}

/// The French event lexicon (`data/fr/events/`): CAMEO verbs and nouns with their frames,
/// light verbs, actor nouns with their roles, institutions standing for states.
pub fn event_lexicon() -> &'static EventLexicon {
    static T: OnceLock<EventLexicon> = OnceLock::new();
    T.get_or_init(|| {
        EventLexicon::parse(
            include_str!("../../data/fr/events/verbs.tsv"),
            include_str!("../../data/fr/events/nouns.tsv"),
            include_str!("../../data/fr/events/light_verbs.tsv"),
            include_str!("../../data/fr/events/actors.tsv"),
            include_str!("../../data/fr/events/institutions.tsv"),
            include_str!("../../data/fr/events/grammar.tsv"),
            include_str!("../../data/fr/events/statements.tsv"),
        )
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn infinitives_are_told_by_their_ending_not_nouns_or_adjectives() {
        for w in [
            "comprendre",
            "oublier",
            "connaître",
            "conduire",
            "écrire",
            "conclure",
            "suivre",
        ] {
            assert!(looks_like_infinitive(w), "{w}");
        }
        for w in [
            "contraire",
            "victoire",
            "hier",
            "notre",
            "culture",
            "livre",
            "Paris",
            "er",
        ] {
            assert!(!looks_like_infinitive(w), "{w}");
        }
    }

    #[test]
    fn nouns_naming_people_by_what_they_do_are_told_by_their_ending() {
        for w in [
            "organisateurs",
            "secouristes",
            "gardiennes",
            "pompiers",
            "fonctionnaire",
        ] {
            assert!(super::looks_like_agent_noun(w), "{w}");
        }
        for w in [
            "époques",
            "saisons",
            "résultats",
            "mythologie",
            "musée",
            "bien",
            "thé",
        ] {
            assert!(!super::looks_like_agent_noun(w), "{w}");
        }
    }

    use super::*;

    /// The folding of one char at a time that the run-at-a-time [`fold_into`] replaced.
    fn fold_per_char(word: &str) -> String {
        let mut out = String::new();
        for c in word.chars() {
            match c {
                '’' | 'ʼ' | '`' | '´' => out.push('\''),
                _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
                _ => out.extend(c.to_lowercase()),
            }
        }
        out
    }

    #[test]
    fn fold_runs_as_chars_did() {
        let tricky = [
            "",
            "`",
            "a`B",
            "``",
            "L’ÉTAT d`Ivoire ʼx´y",
            "ÇA ÉTÉ Œuvre ßtraße İstanbul ΣΊΣΥΦΟΣ",
            "Aujourd'hui, 12 H 30 — «\u{a0}Oui\u{a0}»",
        ];
        let data = [
            include_str!("../../data/fr/first_names_insee.tsv"),
            include_str!("../../data/fr/reporting_verbs.tsv"),
            include_str!("../../data/fr/titles.tsv"),
        ];
        // every char of Latin-1 and Latin Extended-A, which the folding answers without
        // the Unicode tables for the part French uses
        let latin: String = ('\u{80}'..='\u{17f}').collect();
        for s in tricky
            .into_iter()
            .chain([latin.as_str()])
            .chain(data.iter().flat_map(|d| d.lines()))
        {
            assert_eq!(fold(s), fold_per_char(s), "{s:?}");
            let mut appended = String::from("Pré ");
            fold_into(&mut appended, s);
            assert_eq!(appended, format!("Pré {}", fold_per_char(s)), "{s:?}");
        }
    }

    #[test]
    fn tables_load_and_hold_what_the_stages_need() {
        for a in ["M.", "Mme.", "MM.", "Dr.", "Me.", "St.", "etc."] {
            assert!(abbreviations().contains(a), "{a}");
        }
        for e in ["l'", "d'", "qu'", "jusqu'", "lorsqu'"] {
            assert!(elisions().contains(e), "{e}");
        }
        assert!(quote_marks()
            .iter()
            .any(|q| q.open == '«' && q.close == '»'));
        assert_eq!(honorifics().get("Mme"), Some(&Gender::Feminine));
        assert_eq!(
            titles().get("avocate").map(|t| t.gender),
            Some(Gender::Feminine)
        );
        assert_eq!(
            titles().get("conseiller").map(|t| t.gender),
            Some(Gender::Masculine)
        );
        assert!(titles().get("parquet").is_some_and(|t| t.organization));
        assert_eq!(
            pronouns().get("elle"),
            Some(&(Gender::Feminine, Number::Singular))
        );
        assert_eq!(attribution_markers().get("selon"), Some(&true));
    }

    #[test]
    fn fold_lowercases_and_straightens_apostrophes() {
        assert_eq!(fold("L’Élysée"), "l'élysée");
    }
}
