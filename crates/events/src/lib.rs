//! Coded events: who did what to whom, with the CAMEO event codebook.
//!
//! GDELT made news into event data (actor, action, target, place, date); its coders read
//! English. This stage reads French: it runs after entities, places, times and quotations
//! and fills the record's `events` with, for each event, the trigger (the verb or noun that
//! states it), the CAMEO root and code, actor1 and actor2 (name, entity id, ISO country,
//! CAMEO role), place, date (a TIMEX3 value of the times layer), status (`occurred`,
//! `planned`, `reported`) and the quotation that states it.
//!
//! ```
//! use depeche_article::Stage;
//! let coder = depeche_events::EventCoder::french();
//! assert_eq!(coder.name(), "events");
//! ```
//!
//! What it knows is data (`crates/lang/data/fr/events/`): verbs and nouns per CAMEO code with
//! where their actors are, light verbs, actor nouns with their roles, institutions standing
//! for states. What it does is here: [`actors`] finds who can act, [`coder`] reads clauses.
//!
//! It does not code plain statements and appeals (CAMEO 01 and 02: the quotation stage's
//! business), nor negated events (`n'a pas signé`), nor an event without an actor1.

mod actors;
mod coder;
mod text;

use depeche_article::{Article, Stage};
use depeche_lang::fr::event_lexicon;
use depeche_lang::hash::HashMap;

/// The event stage.
#[derive(Debug, Clone, Copy, Default)]
pub struct EventCoder;

impl EventCoder {
    /// The French coder.
    pub fn french() -> Self {
        EventCoder
    }
}

impl Stage for EventCoder {
    fn name(&self) -> &'static str {
        "events"
    }

    fn annotate(&self, a: &mut Article) {
        a.events = code(a);
    }
}

/// The events of an article that went through the earlier stages.
pub fn code(a: &Article) -> Vec<depeche_article::Event> {
    let lx = event_lexicon();
    let w = text::Words::new(a);
    let mut mentions = actors::find(a, &w, lx);
    actors::person_countries(&w, &mut mentions);
    // what one mention of an entity says (its role, its country) holds for all of them
    let mut known: HashMap<String, (Option<String>, Option<String>)> = HashMap::default();
    for m in &mentions {
        if let Some(id) = &m.actor.entity {
            let k = known.entry(id.clone()).or_default();
            if k.0.is_none() {
                k.0 = m.actor.country.clone();
            }
            if k.1.is_none() {
                k.1 = m.actor.role.clone();
            }
        }
    }
    for m in &mut mentions {
        if let Some((country, role)) = m.actor.entity.as_ref().and_then(|id| known.get(id)) {
            if m.actor.country.is_none() {
                m.actor.country = country.clone();
            }
            if m.actor.role.is_none() {
                m.actor.role = role.clone();
            }
        }
    }
    let mut c = coder::Coder {
        a,
        w: &w,
        lx,
        mentions: &mentions,
        found: Vec::new(),
    };
    c.run();
    c.events()
}

#[cfg(test)]
mod tests;
