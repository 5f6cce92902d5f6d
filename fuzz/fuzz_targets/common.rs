//! Checks shared by the fuzz targets: what must hold for any input.

use yoyak::Span;

/// Spans lie on char boundaries, in bounds, ordered, without overlap, with consistent char
/// offsets.
pub fn check_spans(text: &str, spans: impl IntoIterator<Item = Span>) {
    let mut last = 0;
    let mut last_char = 0;
    for s in spans {
        assert!(
            s.byte_start <= s.byte_end && s.byte_end <= text.len(),
            "in bounds"
        );
        assert!(text.is_char_boundary(s.byte_start) && text.is_char_boundary(s.byte_end));
        assert!(
            s.byte_start >= last && s.char_start >= last_char,
            "ordered, no overlap"
        );
        assert_eq!(s.char_len(), s.slice(text).chars().count(), "char length");
        last = s.byte_end;
        last_char = s.char_end;
    }
}
