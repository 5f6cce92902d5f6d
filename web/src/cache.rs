//! The bundled articles' analyses, kept between visits so that a reload or a second tab shows
//! the library without analysing anything.
//!
//! Kept in the browser's Cache Storage (not `localStorage`, whose small quota holds the user's
//! saved articles) in the cache `yoyak-analysis-<build>`, one JSON entry per article keyed by a
//! hash of its text. `<build>` is the release's content hash (`<html data-yoyak-build>`, written
//! by `web/sw-build.mjs`), which covers the worker's code and model: a new release reads none of
//! the old entries, and its service worker deletes the old cache. Dev builds carry no hash and
//! cache nothing. Every failure (no Cache Storage, quota, a damaged entry) is a miss.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yoyak::Analysis;

use crate::seeds::SEEDS;

/// The release's content hash, if this is a release build.
pub fn build_id() -> Option<String> {
    web_sys::window()?
        .document()?
        .document_element()?
        .get_attribute("data-yoyak-build")
        .filter(|b| !b.is_empty() && b.bytes().all(|c| c.is_ascii_alphanumeric()))
}

/// The cache entry's key for a text: 64-bit FNV-1a of its bytes, and its length. (A URL, as
/// Cache Storage wants; relative, so it stays under the app's path. Nothing is ever fetched
/// from it.)
pub fn key(text: &str) -> String {
    let h = yoyak::text::Fnv1a::hash(text.as_bytes());
    format!("analysis/{h:016x}-{}.json", text.len())
}

/// True for the bundled articles, the only ones cached: they are the same for every visitor and
/// every visit.
pub fn is_bundled(id: &str, text: &str) -> bool {
    SEEDS.iter().any(|(i, t)| *i == id && *t == text)
}

async fn open(build: &str) -> Option<web_sys::Cache> {
    let caches = web_sys::window()?.caches().ok()?;
    let cache = JsFuture::from(caches.open(&format!("yoyak-analysis-{build}")))
        .await
        .ok()?;
    cache.dyn_into().ok()
}

async fn text_of(response: JsValue) -> Option<String> {
    let response: web_sys::Response = response.dyn_into().ok()?;
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// The cached analyses of these `(id, text)` articles, as `(id, analysis)`; the misses are left
/// out.
pub async fn lookup(build: &str, articles: &[(String, Rc<str>)]) -> Vec<(String, Analysis)> {
    let Some(cache) = open(build).await else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for (id, text) in articles {
        let Ok(hit) = JsFuture::from(cache.match_with_str(&key(text))).await else {
            continue;
        };
        if hit.is_undefined() {
            continue;
        }
        let Some(json) = text_of(hit).await else {
            continue;
        };
        if let Ok(analysis) = serde_json::from_str::<Analysis>(&json) {
            found.push((id.clone(), analysis));
        }
    }
    found
}

/// Stores an analysis of `text` (in the background; a failure only means a miss next time).
pub fn store(build: String, text: &str, analysis: &Analysis) {
    let Ok(json) = serde_json::to_string(analysis) else {
        return;
    };
    let key = key(text);
    wasm_bindgen_futures::spawn_local(async move {
        let Some(cache) = open(&build).await else {
            return;
        };
        let Ok(response) = web_sys::Response::new_with_opt_str(Some(&json)) else {
            return;
        };
        let _ = JsFuture::from(cache.put_with_str(&key, &response)).await;
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_differ_by_text_and_are_urls() {
        let a = key("가나다");
        assert_eq!(a, key("가나다"));
        assert_ne!(a, key("가나라"));
        assert!(a.starts_with("analysis/") && a.ends_with("-9.json"));
    }
}
