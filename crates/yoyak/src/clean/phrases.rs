//! Whole-line phrase tables: the data files in `phrases/`, loaded at build time, and the
//! lookup of a line in them.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::text::is_hangul;

/// The lookup key of a short line: Hangul and Latin letters only (lowercased), so that "0개의
/// 댓글", "댓글 12" and "• 글자크기 설정" meet their table entries whatever the counts, spacing
/// and bullets.
pub(crate) fn phrase_key(line: &str, out: &mut String) {
    out.clear();
    for c in line.chars() {
        if is_hangul(c) || c == '_' {
            out.push(c);
        } else if c.is_ascii_alphabetic() {
            out.push(c.to_ascii_lowercase());
        }
    }
}

/// A table of whole-line phrases, keyed by [`phrase_key`].
pub(crate) struct Phrases {
    pub(crate) keys: HashSet<String>,
    /// Chars of the longest key, which bounds the search in [`Phrases::words`].
    longest: usize,
}

impl Phrases {
    /// Reads a table: one phrase a line, `#` starts a comment.
    fn load(src: &str) -> Phrases {
        let mut keys = HashSet::new();
        let mut buf = String::new();
        for line in src.lines() {
            let phrase = line.split('#').next().unwrap_or("").trim();
            phrase_key(phrase, &mut buf);
            if !buf.is_empty() {
                keys.insert(buf.clone());
            }
        }
        let longest = keys.iter().map(|k| k.chars().count()).max().unwrap_or(0);
        Phrases { keys, longest }
    }

    /// True when a line's phrase key is one phrase of the table or several in a row (a bar of
    /// buttons: "쏠쏠정보 0 흥미진진 0 공감백배 0").
    pub(crate) fn covers(&self, key: &str) -> bool {
        self.words(key).is_some()
    }

    /// The phrases `key` is made of, if it is made of phrases of this table only.
    pub(crate) fn words<'k>(&self, key: &'k str) -> Option<Vec<&'k str>> {
        if key.is_empty() {
            return None;
        }
        if self.keys.contains(key) {
            return Some(vec![key]);
        }
        // Keys are of lines of at most 60 chars, so fixed arrays do (no allocation per line).
        const MAX: usize = 64;
        let mut bounds = [0usize; MAX + 1];
        let mut n = 0;
        for (i, _) in key.char_indices() {
            if n == MAX {
                return None;
            }
            bounds[n] = i;
            n += 1;
        }
        bounds[n] = key.len();
        // from[j]: where the last phrase of a split of key[..j] starts.
        let mut from: [Option<usize>; MAX + 1] = [None; MAX + 1];
        from[0] = Some(0);
        for i in 0..n {
            if from[i].is_none() {
                continue;
            }
            for j in i + 1..=(i + self.longest).min(n) {
                if from[j].is_none() && self.keys.contains(&key[bounds[i]..bounds[j]]) {
                    from[j] = Some(i);
                }
            }
        }
        from[n]?;
        let mut words = Vec::new();
        let mut j = n;
        while j > 0 {
            let i = from[j]?;
            words.push(&key[bounds[i]..bounds[j]]);
            j = i;
        }
        words.reverse();
        Some(words)
    }
}

macro_rules! phrases {
    ($name:ident, $file:literal) => {
        pub(crate) static $name: LazyLock<Phrases> =
            LazyLock::new(|| Phrases::load(include_str!(concat!("phrases/", $file))));
    };
}
phrases!(WIDGET, "widget.txt");
phrases!(TOOLBAR, "toolbar.txt");
phrases!(COMMENTS, "comments.txt");
phrases!(OTHER, "other.txt");
phrases!(BYLINE_LABELS, "byline.txt");
phrases!(RELATED, "related.txt");
