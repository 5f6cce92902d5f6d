//! Rule entities: dates, times, quantities, e-mails, URLs and stock codes.

use super::Entity;

/// Finds the rule entities in `text`, ordered and non-overlapping.
pub fn tag(text: &str) -> Vec<Entity> {
    let _ = text;
    Vec::new()
}
