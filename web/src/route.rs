//! Hash routes: `#/`, `#/article/<id>`, `#/paste`. Hash routes need no server support, so the
//! built `dist/` works from any static server and any sub-path.

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The library of articles.
    Library,
    /// One article in the reader.
    Article(String),
    /// The paste box.
    Paste,
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
            _ => match path.strip_prefix("/article/") {
                Some(id) if !id.is_empty() && !id.contains('/') => Route::Article(id.to_string()),
                _ => Route::NotFound,
            },
        }
    }

    /// The `href` of this route.
    pub fn href(&self) -> String {
        match self {
            Route::Library | Route::NotFound => "#/".to_string(),
            Route::Article(id) => format!("#/article/{id}"),
            Route::Paste => "#/paste".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_round_trip() {
        for route in [
            Route::Library,
            Route::Paste,
            Route::Article("000-kakao".into()),
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
        assert_eq!(Route::parse(""), Route::Library);
        assert_eq!(Route::parse("#"), Route::Library);
        assert_eq!(Route::parse("#/article/"), Route::NotFound);
        assert_eq!(Route::parse("#/nope"), Route::NotFound);
    }
}
