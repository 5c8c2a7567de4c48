//! The layers stages add: quotes, entities, times, places, events.

use crate::Span;
use serde::{Deserialize, Serialize};

/// Whether a quotation is in quote marks or reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quote marks, whole sentences or a phrase inside the journalist's sentence.
    Direct,
    /// Reported speech without marks: a que-clause, `selon X, ...`, a sentence with an inverted cue.
    Indirect,
}

/// The reporting expression that attributes a quote (`a déclaré`, `a-t-il ajouté`, `selon`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
    /// Dictionary form of the reporting verb, or the marker itself (`selon`, `d'après`).
    pub lemma: String,
}

/// Who a quote is attributed to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The mention in the text that names the speaker at the cue (may be a pronoun or a role).
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
    /// Canonical name: the fullest name the article gives for the same person or institution.
    pub name: String,
    /// Role or title the text gives (`conseiller à la sécurité nationale`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// `person`, `organization`, `place` (metonymy: `Moscou a annoncé`), or `unknown`.
    pub kind: String,
    /// Id of the entity in `entities`, when the speaker is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// True when `text` is a pronoun or a role resolved to an earlier mention.
    pub resolved: bool,
}

/// A quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Span of the quoted words, without the quote marks.
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
    pub kind: QuoteKind,
    /// True for a short phrase in marks inside the journalist's own sentence.
    pub partial: bool,
    pub cue: Option<Cue>,
    pub speaker: Option<Speaker>,
    /// Gender of the speaker when the speaker resolves to a person whose gender is known
    /// (`f` or `m`; filled by the gender stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_gender: Option<PersonGender>,
}

/// Entity classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityType {
    PER,
    ORG,
    LOC,
    MISC,
}

/// One occurrence of an entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
}

/// An entity: all the mentions of one person, organisation or place in the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Article-local id (`e1`, `e2`, ...).
    pub id: String,
    /// Canonical name: the fullest form used in the article.
    pub name: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub mentions: Vec<Mention>,
    /// Persons only: `f`, `m`, or `x` when the article and the first name do not tell
    /// (filled by the gender stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<PersonGender>,
    /// The strongest signal behind `gender` when it is `f` or `m`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender_evidence: Option<GenderEvidence>,
}

/// The gender of a person as the article (or the first name) tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PersonGender {
    #[serde(rename = "f")]
    Female,
    #[serde(rename = "m")]
    Male,
    /// Unknown, or a first name used for both sexes with nothing in the text to decide.
    #[serde(rename = "x")]
    Unknown,
}

impl PersonGender {
    /// `f`, `m` or `x`, as in the record.
    pub fn as_str(self) -> &'static str {
        match self {
            PersonGender::Female => "f",
            PersonGender::Male => "m",
            PersonGender::Unknown => "x",
        }
    }
}

/// Which signal decided a person's gender, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GenderEvidence {
    /// A form of address before the name: `M.`, `Mme`, `Madame`.
    Honorific,
    /// A gendered role noun about the person: `l'avocate X`, `X, présidente de ...`.
    Role,
    /// Grammatical agreement: a determiner (`la ministre X`), a pronoun of a quote attributed
    /// to the person (`a-t-elle ajouté`), a participle or adjective (`s'est dite satisfaite`).
    Agreement,
    /// The first name alone, from the share of girls and boys given it in France (INSEE) or
    /// from the list of foreign given names.
    FirstName,
}

impl GenderEvidence {
    /// The record's spelling (`honorific`, `first_name`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            GenderEvidence::Honorific => "honorific",
            GenderEvidence::Role => "role",
            GenderEvidence::Agreement => "agreement",
            GenderEvidence::FirstName => "first_name",
        }
    }
}

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

/// A time expression normalised to a TIMEX3 value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpr {
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value: `2023-09-11`, `2023-W37`, `P3D`, `PAST_REF`, `XXXX-09-11` when unanchored.
    pub value: String,
}

/// A place mention resolved to a gazetteer entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
    /// Canonical (French) name of the place.
    pub name: String,
    /// ISO 3166-1 alpha-2 code of the place's country (a country: its own code).
    pub country: String,
    /// `country`, `region`, `city`, ...
    pub feature: String,
    pub lat: f64,
    pub lon: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub geonames_id: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
}

/// Whether an event took place, is announced or intended, or is claimed by a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventStatus {
    Occurred,
    Planned,
    Reported,
}

/// A participant of an event: who acts (actor1) or is acted upon, met or visited (actor2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventActor {
    /// Canonical name: the entity's name, the state a capital or an institution stands for
    /// (`Moscou`, `le Kremlin` → `Russie`), or the role phrase (`les agriculteurs`).
    pub name: String,
    /// Id of the entity in `entities`, when the actor is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// ISO 3166-1 alpha-2 code of the actor's country, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// CAMEO role code when the text gives one (`GOV`, `MIL`, `OPP`, `MED`, `BUS`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// An event (who did what to whom), coded with the CAMEO codebook. The span is the trigger:
/// the verb or noun stating the event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
    /// Two-digit CAMEO root code (`04` consult, `11` disapprove, `19` fight, ...).
    pub root: String,
    /// The most specific CAMEO code the coder is confident of (`042` make a visit).
    pub code: String,
    pub actor1: Option<EventActor>,
    pub actor2: Option<EventActor>,
    /// Canonical name of a place of the record where the event happens, or null.
    pub place: Option<String>,
    /// TIMEX3 value of a time of the record the event is dated by, or null.
    pub date: Option<String>,
    pub status: EventStatus,
    /// Index in `quotes` of the quotation that states the event, when it is stated in one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<usize>,
}
