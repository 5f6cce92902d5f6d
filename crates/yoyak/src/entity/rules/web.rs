//! E-mail addresses, web addresses and six-digit stock codes.

use super::lex::{char_before, lit};

/// Top-level domains accepted for addresses written without `http://` or `www.` ("mt.co.kr").
/// Only common ones, so "Node.js" or "report.pdf" stay plain text.
const TLDS: &[&str] = &[
    "kr", "com", "net", "org", "io", "ai", "co", "me", "tv", "biz", "info", "news", "jp", "cn",
    "uk", "de", "fr", "us", "gov", "edu", "int", "app", "dev", "xyz", "asia", "ly", "gl", "be",
];

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_label(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}

/// Characters that may appear in a URL after its host.
fn is_url_char(b: u8) -> bool {
    b.is_ascii_graphic() && !matches!(b, b'<' | b'>' | b'"' | b'\'' | b'`' | b'{' | b'}' | b'|')
}

/// End of the domain `label(.label)+` at `p` whose last label is alphabetic, or `None`.
/// With `known_tld`, the last label must also be in [`TLDS`] (lowercase).
fn domain(t: &str, p: usize, known_tld: bool) -> Option<usize> {
    let b = t.as_bytes();
    let mut e = p;
    let mut end = None;
    let mut labels = 0;
    let mut has_letter = false;
    loop {
        let s = e;
        while e < b.len() && is_label(b[e]) {
            has_letter |= b[e].is_ascii_alphabetic();
            e += 1;
        }
        if e == s || b[s] == b'-' || b[e - 1] == b'-' {
            break;
        }
        labels += 1;
        let label = &t[s..e];
        if labels >= 2 && label.len() >= 2 && label.bytes().all(|c| c.is_ascii_alphabetic()) {
            let tld_ok = !known_tld || TLDS.contains(&label);
            if tld_ok && has_letter {
                end = Some(e);
            }
        }
        if b.get(e) == Some(&b'.') && b.get(e + 1).is_some_and(|&c| is_label(c)) {
            e += 1;
        } else {
            break;
        }
    }
    end
}

/// Extends a URL over its path, dropping trailing punctuation that belongs to the sentence.
fn url_tail(t: &str, mut e: usize) -> usize {
    let b = t.as_bytes();
    let start = e;
    while e < b.len() && is_url_char(b[e]) {
        e += 1;
    }
    let opens = b[start..e].iter().filter(|&&c| c == b'(').count();
    let mut closes = b[start..e].iter().filter(|&&c| c == b')').count();
    while e > start {
        match b[e - 1] {
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b']' => e -= 1,
            b')' if closes > opens => {
                closes -= 1;
                e -= 1;
            }
            _ => break,
        }
    }
    e
}

/// What an attempt at a word start found.
pub(crate) enum Web {
    /// An address ending here.
    Found(usize, super::super::Label),
    /// Nothing; no attempt starting before this offset can succeed either.
    Nothing(usize),
}

/// Tries an e-mail or web address starting at `p`, an ASCII letter or digit at a word start.
pub(crate) fn at(t: &str, p: usize) -> Web {
    use super::super::Label;
    let b = t.as_bytes();
    for scheme in ["https://", "http://", "HTTPS://", "HTTP://"] {
        if let Some(e) = lit(t, p, scheme) {
            let end = url_tail(t, e);
            if end > e {
                return Web::Found(end, Label::URL);
            }
        }
    }
    // The run any address starting here is confined to: later starts inside it end the same way.
    let mut run = p;
    while run < b.len() && is_local(b[run]) {
        run += 1;
    }
    if b.get(run) == Some(&b'@') && run > p && b[p] != b'.' {
        if let Some(e) = domain(t, run + 1, false) {
            return Web::Found(e, Label::EMAIL);
        }
    }
    let www = lit(t, p, "www.").is_some() || lit(t, p, "WWW.").is_some();
    if let Some(e) = domain(t, p, !www) {
        // Not the local part of an address we failed to read, nor a domain glued to more text.
        if b.get(e) != Some(&b'@') && !b.get(e).is_some_and(|c| c.is_ascii_alphanumeric()) {
            let end = if b.get(e) == Some(&b'/') {
                url_tail(t, e)
            } else {
                e
            };
            return Web::Found(end, Label::URL);
        }
    }
    Web::Nothing(run.max(p + 1))
}

/// A six-digit stock code at `p` written after a company name: `카카오(035720)`,
/// `(KOSPI:005930)`, `(코스닥 123456)`. Returns its end.
pub(crate) fn stock(t: &str, p: usize) -> Option<usize> {
    let b = t.as_bytes();
    let e = p + 6;
    if e > b.len() || !b[p..e].iter().all(u8::is_ascii_digit) {
        return None;
    }
    if b.get(e).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let closes = matches!(b.get(e), Some(b')' | b',' | b']'))
        || (b.get(e) == Some(&b'.') && b.get(e + 1).is_some_and(|c| c.is_ascii_uppercase()));
    if !closes {
        return None;
    }
    match char_before(t, p)? {
        '(' | '[' => Some(e),
        ':' | ' ' => {
            // A market name between the bracket and the code, at most a few words long.
            let head = t.get(..p - 1)?;
            let open = head.rfind(['(', '['])?;
            let market = &head[open + 1..];
            (market.len() <= 24 && market.chars().all(|c| c.is_alphanumeric() || c == ' '))
                .then_some(e)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Option<&str> {
        match at(t, 0) {
            Web::Found(e, _) => Some(&t[..e]),
            Web::Nothing(_) => None,
        }
    }

    #[test]
    fn addresses() {
        assert_eq!(found("hoje@sedaily.com 기자"), Some("hoje@sedaily.com"));
        assert_eq!(
            found("https://www.mt.co.kr/a?b=1)."),
            Some("https://www.mt.co.kr/a?b=1")
        );
        assert_eq!(found("moneys.co.kr에서"), Some("moneys.co.kr"));
        assert_eq!(found("www.example.xyz."), Some("www.example.xyz"));
        assert_eq!(found("Node.js"), None);
        assert_eq!(found("ASP.NET"), None);
        assert_eq!(found("3.5%"), None);
    }

    #[test]
    fn stock_codes() {
        let t = "카카오(035720)";
        assert_eq!(stock(t, "카카오(".len()), Some(t.len() - 1));
        let t = "(KOSPI:005930)";
        assert_eq!(stock(t, 7), Some(13));
        assert_eq!(stock("1035720)", 1), None);
        assert_eq!(stock("(035720원)", 1), None);
    }
}
