//! The user's saved articles, kept in `localStorage` as one JSON array.
//!
//! The whole list is written with one `setItem`: if the browser refuses it (storage full), the
//! previous list stays as it was, so a failed save never loses an article already saved.

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

/// The `localStorage` key of the saved list.
pub const KEY: &str = "yoyak.saved.v1";

/// An article the user saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedArticle {
    /// Its id (`user-<ms>`).
    pub id: String,
    /// The text as pasted.
    pub text: String,
    /// When it was saved, in ms since the epoch.
    pub saved_at: f64,
}

/// Why a save did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's storage quota is used up.
    Full,
    /// Storage is switched off or failed otherwise.
    Unavailable(String),
}

impl StoreError {
    /// The message shown to the user.
    pub fn message(&self) -> String {
        match self {
            StoreError::Full => "저장 공간이 가득 찼습니다 (storage full). 이 기사는 저장되지 않았고, \
                                 이미 저장된 기사는 그대로 남아 있습니다. 내 기사 몇 개를 지운 뒤 다시 저장해 보세요."
                .to_string(),
            StoreError::Unavailable(why) => {
                format!("브라우저 저장소를 쓸 수 없어 저장하지 못했습니다 ({why}).")
            }
        }
    }
}

fn storage() -> Result<web_sys::Storage, StoreError> {
    web_sys::window()
        .ok_or_else(|| StoreError::Unavailable("no window".into()))?
        .local_storage()
        .map_err(|e| StoreError::Unavailable(describe(&e)))?
        .ok_or_else(|| StoreError::Unavailable("localStorage is off".into()))
}

fn describe(e: &wasm_bindgen::JsValue) -> String {
    match e.dyn_ref::<web_sys::DomException>() {
        Some(d) => d.name(),
        None => format!("{e:?}"),
    }
}

/// The saved articles. A list that cannot be read gives an error and is left in place.
pub fn load() -> Result<Vec<SavedArticle>, String> {
    let Ok(storage) = storage() else {
        return Ok(Vec::new());
    };
    match storage.get_item(KEY) {
        Ok(Some(json)) => serde_json::from_str(&json)
            .map_err(|e| format!("저장된 기사 목록을 읽지 못했습니다: {e}")),
        Ok(None) => Ok(Vec::new()),
        Err(e) => Err(describe(&e)),
    }
}

/// Replaces the saved list with `articles`.
pub fn store(articles: &[SavedArticle]) -> Result<(), StoreError> {
    let storage = storage()?;
    let json =
        serde_json::to_string(articles).map_err(|e| StoreError::Unavailable(e.to_string()))?;
    storage.set_item(KEY, &json).map_err(|e| {
        let name = describe(&e);
        // Chromium and Firefox name it so; old Firefox used the other name.
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            StoreError::Full
        } else {
            StoreError::Unavailable(name)
        }
    })
}
