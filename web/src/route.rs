//! Hash routes: `#/`, `#/article/<id>`, `#/article/<id>/s/<n>`, `#/paste`, `#/entities`,
//! `#/entity/<id>`, `#/pictures`. Hash routes need no server support, so the built `dist/` works
//! from any static server and any sub-path. Entity ids hold Hangul and `:`, so they are
//! percent-encoded in the hash.

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The library of articles.
    Library,
    /// One article in the reader.
    Article(String),
    /// One article in the reader, scrolled to a sentence, which is marked.
    Sentence(String, usize),
    /// The paste box.
    Paste,
    /// Every entity of the library.
    Entities,
    /// One entity across the library.
    Entity(String),
    /// The network and timeline pictures.
    Pictures,
    /// Anything else.
    NotFound,
}

impl Route {
    /// The route of a `location.hash` value (with or without its `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.trim_end_matches('/');
        match path {
            "" => Route::Library,
            "/paste" => Route::Paste,
            "/entities" => Route::Entities,
            "/pictures" => Route::Pictures,
            _ => {
                if let Some(rest) = path.strip_prefix("/article/") {
                    let mut parts = rest.split('/');
                    match (parts.next(), parts.next(), parts.next(), parts.next()) {
                        (Some(id), None, None, None) if !id.is_empty() => {
                            Route::Article(decode(id))
                        }
                        (Some(id), Some("s"), Some(n), None) if !id.is_empty() => match n.parse() {
                            Ok(n) => Route::Sentence(decode(id), n),
                            Err(_) => Route::NotFound,
                        },
                        _ => Route::NotFound,
                    }
                } else if let Some(id) = path.strip_prefix("/entity/") {
                    if id.is_empty() || id.contains('/') {
                        Route::NotFound
                    } else {
                        Route::Entity(decode(id))
                    }
                } else {
                    Route::NotFound
                }
            }
        }
    }

    /// The `href` of this route.
    pub fn href(&self) -> String {
        match self {
            Route::Library | Route::NotFound => "#/".to_string(),
            Route::Article(id) => format!("#/article/{}", encode(id)),
            Route::Sentence(id, n) => format!("#/article/{}/s/{n}", encode(id)),
            Route::Paste => "#/paste".to_string(),
            Route::Entities => "#/entities".to_string(),
            Route::Entity(id) => format!("#/entity/{}", encode(id)),
            Route::Pictures => "#/pictures".to_string(),
        }
    }
}

/// Percent-encodes everything but unreserved ASCII (as `encodeURIComponent`).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Undoes [`encode`] (and the browser's own encoding of the hash); malformed escapes stay as
/// written, and bytes that are not UTF-8 become U+FFFD.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_round_trip() {
        for route in [
            Route::Library,
            Route::Paste,
            Route::Entities,
            Route::Pictures,
            Route::Article("000-kakao".into()),
            Route::Sentence("user-17".into(), 4),
            Route::Entity("OG:카카오".into()),
            Route::Entity("AF:ko gpt/100%".into()),
        ] {
            assert_eq!(Route::parse(&route.href()), route, "{}", route.href());
        }
        assert_eq!(Route::parse(""), Route::Library);
        assert_eq!(Route::parse("#"), Route::Library);
        assert_eq!(Route::parse("#/article/"), Route::NotFound);
        assert_eq!(Route::parse("#/article/x/s/"), Route::NotFound);
        assert_eq!(Route::parse("#/article/x/s/y"), Route::NotFound);
        assert_eq!(Route::parse("#/entity/"), Route::NotFound);
        assert_eq!(Route::parse("#/nope"), Route::NotFound);
        // What a browser may hand back: raw Hangul or percent-encoded.
        assert_eq!(
            Route::parse("#/entity/OG:카카오"),
            Route::Entity("OG:카카오".into())
        );
        assert_eq!(
            Route::parse("#/entity/OG%3A%EC%B9%B4"),
            Route::Entity("OG:카".into())
        );
        assert_eq!(Route::parse("#/entity/%E"), Route::Entity("%E".into()));
        assert_eq!(
            Route::parse("#/entity/%FF%"),
            Route::Entity("\u{FFFD}%".into())
        );
    }
}
