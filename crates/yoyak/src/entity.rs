//! Named entities: rule entities (dates, times, quantities, e-mails, URLs, stock codes) and,
//! where a model is loaded, learned ones (people, organisations, places, artifacts), merged.
//!
//! Precedence when a rule entity and a model entity overlap: see [`merge`].

use serde::{Deserialize, Serialize};

use crate::text::Span;

pub mod alias;
pub mod model;
pub mod reading;
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

    /// The six labels KLUE-NER scores (`../shared/NER-CONVENTIONS.md`); AF and the
    /// machine-readable kinds are yoyak's own.
    pub const KLUE: [Label; 6] = [
        Label::PS,
        Label::OG,
        Label::LC,
        Label::DT,
        Label::TI,
        Label::QT,
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
    // Greedy claims over kept spans: O(n log n) in all.
    let mut kept = Claimed::default();
    let mut take = vec![false; rule.len()];
    for i in order {
        take[i] = kept.claim(rule[i].span);
    }
    let mut out: Vec<Entity> = rule
        .into_iter()
        .zip(take)
        .filter_map(|(e, t)| t.then_some(e))
        .collect();
    out.sort_by_key(|e| e.span.byte_start);
    out
}

/// Byte ranges already taken, by start. They never overlap, so among those starting before a
/// candidate's end only the last one can reach into it: one lookup per candidate.
#[derive(Default)]
pub(crate) struct Claimed(std::collections::BTreeMap<usize, usize>);

impl Claimed {
    /// Takes `span` unless it overlaps a range already taken; true when it was taken.
    pub(crate) fn claim(&mut self, span: Span) -> bool {
        let clash = self
            .0
            .range(..span.byte_end.max(span.byte_start + 1))
            .next_back()
            .is_some_and(|(_, &end)| end > span.byte_start);
        if !clash {
            self.0.insert(span.byte_start, span.byte_end);
        }
        !clash
    }
}

/// Finds entities in `text`: the rule entities, merged with the model's where one is loaded, then
/// read as one article ([`reading::apply`]).
pub fn tag(text: &str) -> Vec<Entity> {
    let mut found = model::tag(text);
    // A date or time never starts inside a word: "어린이날" holds no "이날".
    found.retain(|e| {
        !matches!(e.label, Label::DT | Label::TI) || reading::may_start(text, e.span.byte_start)
    });
    reading::apply(text, merge(rules::tag(text), found))
}

/// Like [`tag`], but an embedded model that does not load is an error, not a silent fall-back to
/// the rules alone.
pub fn try_tag(text: &str) -> crate::Result<Vec<Entity>> {
    model::Model::embedded_checked()?;
    Ok(tag(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::span_of;

    fn entity(text: &str, start: usize, end: usize, label: Label, origin: Origin) -> Entity {
        let span = span_of(text, start, end);
        Entity {
            span,
            label,
            text: span.slice(text).to_string(),
            origin,
        }
    }

    #[test]
    fn merge_keeps_the_best_ranked_of_overlapping_entities() {
        let text = "카카오(035720)는 지난해 8월 1406억원을 냈다";
        let b = |s: &str| text.find(s).unwrap();
        let rules = vec![
            entity(
                text,
                b("035720"),
                b("035720") + 6,
                Label::STOCK,
                Origin::Rule,
            ),
            entity(
                text,
                b("지난해"),
                b("8월") + "8월".len(),
                Label::DT,
                Origin::Rule,
            ),
            entity(text, b("1406"), b("을"), Label::QT, Origin::Rule),
        ];
        let model = vec![
            entity(text, 0, b("("), Label::OG, Origin::Model),
            entity(text, b("035720"), b(")"), Label::QT, Origin::Model),
            entity(
                text,
                b("8월"),
                b("8월") + "8월".len(),
                Label::DT,
                Origin::Model,
            ),
            entity(text, b("1406"), b("1406") + 4, Label::QT, Origin::Model),
        ];
        let merged: Vec<(Label, &str)> = merge(rules, model)
            .iter()
            .map(|e| (e.label, e.span.slice(text)))
            .collect();
        assert_eq!(
            merged,
            [
                (Label::OG, "카카오"),
                (Label::STOCK, "035720"),
                (Label::DT, "지난해 8월"),
                (Label::QT, "1406억원")
            ]
        );
    }
}
