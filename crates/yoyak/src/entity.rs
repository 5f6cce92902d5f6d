//! Named entities: rule entities (dates, times, quantities, e-mails, URLs, stock codes) and,
//! where a model is loaded, learned ones (people, organisations, places, artifacts), merged.
//!
//! Precedence when a rule entity and a model entity overlap: see [`merge`].

use serde::{Deserialize, Serialize};

use crate::text::Span;

pub mod alias;
pub mod model;
pub mod rules;

/// The entity types, KLUE's scheme plus artifacts and the machine-readable kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Label {
    /// Person.
    PS,
    /// Organisation.
    OG,
    /// Location.
    LC,
    /// Artifact: products, services, AI models, works.
    AF,
    /// Date or period.
    DT,
    /// Time of day.
    TI,
    /// Quantity: money, counts, percentages.
    QT,
    /// E-mail address.
    EMAIL,
    /// Web address.
    URL,
    /// Six-digit Korean stock code.
    STOCK,
}

impl Label {
    /// Every label, in display order.
    pub const ALL: [Label; 10] = [
        Label::PS,
        Label::OG,
        Label::LC,
        Label::AF,
        Label::DT,
        Label::TI,
        Label::QT,
        Label::EMAIL,
        Label::URL,
        Label::STOCK,
    ];

    /// The label's tag, e.g. `"PS"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::PS => "PS",
            Label::OG => "OG",
            Label::LC => "LC",
            Label::AF => "AF",
            Label::DT => "DT",
            Label::TI => "TI",
            Label::QT => "QT",
            Label::EMAIL => "EMAIL",
            Label::URL => "URL",
            Label::STOCK => "STOCK",
        }
    }

    /// Parses a tag such as `"PS"`.
    pub fn parse(tag: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == tag)
    }
}

/// Which tagger found an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// A hand-written rule.
    Rule,
    /// The learned model.
    Model,
}

/// One entity mention in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub label: Label,
    /// Its text, as it appears.
    pub text: String,
    /// Which tagger found it.
    pub origin: Origin,
}

/// Merges rule entities and model entities into one ordered, non-overlapping list.
///
/// Precedence: machine-readable rule kinds (EMAIL, URL, STOCK) always win, since their patterns
/// are exact; otherwise, of two overlapping entities the longer wins, and on equal length the
/// model's wins for PS/OG/LC/AF and the rule's for DT/TI/QT.
pub fn merge(mut rule: Vec<Entity>, model: Vec<Entity>) -> Vec<Entity> {
    rule.extend(model);
    let rank = |e: &Entity| -> (u8, usize, u8) {
        let exact = matches!(e.label, Label::EMAIL | Label::URL | Label::STOCK) as u8;
        let tie = match (e.origin, e.label) {
            (Origin::Model, Label::PS | Label::OG | Label::LC | Label::AF) => 1,
            (Origin::Rule, Label::DT | Label::TI | Label::QT) => 1,
            _ => 0,
        };
        (exact, e.span.char_len(), tie)
    };
    // Greedy by rank: the best-ranked entity claims its bytes first.
    let mut order: Vec<usize> = (0..rule.len()).collect();
    order.sort_by(|&a, &b| {
        rank(&rule[b])
            .cmp(&rank(&rule[a]))
            .then(rule[a].span.byte_start.cmp(&rule[b].span.byte_start))
    });
    let mut kept: Vec<Entity> = Vec::with_capacity(rule.len());
    for i in order {
        if kept.iter().all(|k| !k.span.overlaps(&rule[i].span)) {
            kept.push(rule[i].clone());
        }
    }
    kept.sort_by_key(|e| e.span.byte_start);
    kept
}

/// Finds entities in `text`: the rule entities, merged with the model's where one is loaded.
pub fn tag(text: &str) -> Vec<Entity> {
    merge(rules::tag(text), model::tag(text))
}
