//! The portal's automatic summary block: the lines after a summary marker, when something
//! closes the block or the page repeats its lines.

use super::{Class, LineRec};
use crate::clean::phrases::phrase_key;
use crate::clean::RemovalReason;

/// Most lines a portal's automatic summary block can hold.
const SUMMARY_MAX_LINES: usize = 8;

/// Marks the lines of the portal's automatic summary blocks: the lines after a marker, when a
/// widget, a disclaimer or the pop-up's close button closes them, or the page repeats them
/// further down.
pub(crate) fn summary_lines(text: &str, lines: &[LineRec]) -> Vec<bool> {
    let mut marked = vec![false; lines.len()];
    // The look-ahead search for repeated lines runs for the first block only, so a page made of
    // thousands of summary markers stays linear.
    let mut search_left = 1;
    let mut i = 0;
    while i < lines.len() {
        if lines[i].class != Some(Class::SummaryMarker) {
            i += 1;
            continue;
        }
        let mut collected = Vec::new();
        let mut closed = false;
        let mut j = i + 1;
        while j < lines.len() {
            match lines[j].class {
                None => {}
                Some(Class::Plain) => {
                    if collected.len() == SUMMARY_MAX_LINES {
                        break;
                    }
                    collected.push(j);
                }
                // A disclaimer after the lines (Naver's 요약봇) closes the block.
                Some(Class::SummaryMarker) if !collected.is_empty() => {
                    closed = true;
                    j += 1;
                    break;
                }
                Some(Class::SummaryMarker) => {}
                Some(Class::Furniture(RemovalReason::Widget | RemovalReason::Toolbar)) => {
                    closed = true;
                    break;
                }
                // The close button of a summary printed as a pop-up (Naver's 요약봇).
                Some(Class::Furniture(_)) if close_button(&text[lines[j].start..lines[j].end]) => {
                    closed = true;
                    break;
                }
                Some(_) => break,
            }
            j += 1;
        }
        let valid = match collected.last() {
            None => false,
            Some(_) if closed => true,
            Some(&last) if search_left > 0 => {
                search_left -= 1;
                let after = &text[lines[last].end..];
                collected
                    .iter()
                    .all(|&k| after.contains(&text[lines[k].start..lines[k].end]))
            }
            Some(_) => false,
        };
        if valid {
            for k in collected {
                marked[k] = true;
            }
        }
        i = j.max(i + 1);
    }
    marked
}

/// A pop-up's close button: "닫기", "× 닫기".
fn close_button(line: &str) -> bool {
    let mut key = String::new();
    phrase_key(line, &mut key);
    key == "닫기"
}
