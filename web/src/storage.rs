//! The user's saved articles, kept in `localStorage` as one JSON array.
//!
//! The whole list is written with one `setItem`: if the browser refuses it (storage full), the
//! previous list stays as it was, so a failed save never loses an article already saved.
//!
//! Reading never destroys anything either. Storage that cannot be used at all (switched off,
//! `SecurityError`) leaves the app running without saving. A list that cannot be read in full
//! (invalid JSON, a wrong shape, broken entries) gives the entries that can be read, and its raw
//! text is first copied under a backup key ([`BACKUP_PREFIX`]`<ms>`), so the next save, which
//! rewrites [`KEY`], cannot lose it. If even the backup cannot be written, saving is refused
//! for the rest of the visit.

use std::cell::Cell;

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

/// The `localStorage` key of the saved list.
pub const KEY: &str = "yoyak.saved.v1";
/// Prefix of the keys that keep an unreadable list as it was found (suffix: ms since the epoch).
pub const BACKUP_PREFIX: &str = "yoyak.saved.v1.backup.";

thread_local! {
    /// Set when an unreadable list could not be backed up: rewriting [`KEY`] would lose it.
    static PROTECTED: Cell<bool> = const { Cell::new(false) };
}

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
    /// The stored list is unreadable and could not be backed up, so it is not overwritten.
    Protected,
}

impl StoreError {
    /// The message shown to the user.
    pub fn message(&self) -> String {
        match self {
            StoreError::Full => "저장 공간이 가득 찼습니다 (storage full). 이 기사는 저장되지 않았고, \
                                 이미 저장된 기사는 그대로 남아 있습니다. 내 기사 몇 개를 지운 뒤 다시 저장해 보세요."
                .to_string(),
            StoreError::Unavailable(why) => format!(
                "브라우저 저장소를 쓸 수 없어 저장하지 못했습니다 ({why}). 붙여넣은 글은 그대로 \
                 남아 있습니다. (Browser storage is unavailable: nothing was saved.)"
            ),
            StoreError::Protected => "저장된 기사 목록을 읽지 못했고 따로 보관할 공간도 없어, 그 목록을 \
                                      덮어쓰지 않도록 저장하지 않았습니다. 붙여넣은 글은 그대로 남아 있습니다."
                .to_string(),
        }
    }
}

/// What [`load`] found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    /// The saved articles that could be read.
    pub articles: Vec<SavedArticle>,
    /// What the user should be told (storage off, a damaged list and where it was kept).
    pub notice: Option<String>,
}

/// A stored list, read as far as it can be.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    /// The entries that are articles, in stored order, without repeated ids.
    pub articles: Vec<SavedArticle>,
    /// Entries that were not articles (or repeated an id).
    pub dropped: usize,
    /// False when the text is not a JSON array at all.
    pub is_list: bool,
}

impl Parsed {
    /// True when rewriting the list from `articles` would lose something.
    pub fn is_damaged(&self) -> bool {
        !self.is_list || self.dropped > 0
    }
}

/// Reads a stored list entry by entry, so one bad entry does not hide the others.
pub fn parse(raw: &str) -> Parsed {
    let Ok(entries) = serde_json::from_str::<Vec<serde_json::Value>>(raw) else {
        return Parsed::default();
    };
    let mut out = Parsed {
        is_list: true,
        ..Parsed::default()
    };
    for entry in entries {
        match serde_json::from_value::<SavedArticle>(entry) {
            Ok(a) if !a.id.is_empty() && !out.articles.iter().any(|b| b.id == a.id) => {
                out.articles.push(a)
            }
            _ => out.dropped += 1,
        }
    }
    out
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

fn unavailable_notice(why: &str) -> String {
    format!(
        "이 브라우저에서는 저장소(localStorage)를 쓸 수 없습니다 ({why}). 기사를 읽고 분석할 수는 \
         있지만 저장할 수는 없고, 붙여넣은 글은 창을 닫으면 사라집니다. 사생활 보호 모드나 \
         사이트 데이터 차단 설정을 확인하세요. (Storage is unavailable: nothing can be saved.)"
    )
}

/// A backup key already holding exactly `raw`, so reloading a damaged list does not pile up
/// copies of it.
fn existing_backup(storage: &web_sys::Storage, raw: &str) -> Option<String> {
    let n = storage.length().ok()?;
    (0..n)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .find(|k| storage.get_item(k).ok().flatten().as_deref() == Some(raw))
}

/// Copies `raw` aside; the key it is kept under, or why it could not be.
fn back_up(storage: &web_sys::Storage, raw: &str) -> Result<String, String> {
    if let Some(key) = existing_backup(storage, raw) {
        return Ok(key);
    }
    let mut key = format!("{BACKUP_PREFIX}{}", js_sys::Date::now() as u64);
    while storage.get_item(&key).ok().flatten().is_some() {
        key.push('x');
    }
    storage
        .set_item(&key, raw)
        .map(|()| key)
        .map_err(|e| describe(&e))
}

/// The saved articles, and anything the user should know about how they were read.
pub fn load() -> Loaded {
    let storage = match storage() {
        Ok(s) => s,
        Err(StoreError::Unavailable(why)) => {
            return Loaded {
                articles: Vec::new(),
                notice: Some(unavailable_notice(&why)),
            }
        }
        Err(e) => {
            return Loaded {
                articles: Vec::new(),
                notice: Some(e.message()),
            }
        }
    };
    let raw = match storage.get_item(KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::default(),
        Err(e) => {
            return Loaded {
                articles: Vec::new(),
                notice: Some(unavailable_notice(&describe(&e))),
            }
        }
    };
    let parsed = parse(&raw);
    if !parsed.is_damaged() {
        return Loaded {
            articles: parsed.articles,
            notice: None,
        };
    }
    let what = if parsed.is_list {
        format!(
            "저장된 기사 목록의 항목 {}개를 읽지 못했습니다 (기사 {}개는 불러왔습니다).",
            parsed.dropped,
            parsed.articles.len()
        )
    } else {
        "저장된 기사 목록이 손상되어 읽지 못했습니다.".to_string()
    };
    let notice = match back_up(&storage, &raw) {
        Ok(key) => format!(
            "{what} 원래 내용은 지우지 않고 localStorage의 '{key}' 항목에 그대로 보관했습니다. \
             (The saved list was damaged; its original text is kept under '{key}'.)"
        ),
        Err(why) => {
            PROTECTED.with(|p| p.set(true));
            format!(
                "{what} 원래 내용을 따로 보관할 수 없어({why}) 이번에는 저장을 멈춥니다: 원래 목록은 \
                 덮어쓰지 않고 그대로 둡니다."
            )
        }
    };
    Loaded {
        articles: parsed.articles,
        notice: Some(notice),
    }
}

/// Replaces the saved list with `articles`.
pub fn store(articles: &[SavedArticle]) -> Result<(), StoreError> {
    if PROTECTED.with(Cell::get) {
        return Err(StoreError::Protected);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_list_reads_whole() {
        let p = parse(
            r#"[{"id":"user-1","text":"가","saved_at":1.0},{"id":"user-2","text":"나","saved_at":2.0}]"#,
        );
        assert!(!p.is_damaged());
        assert_eq!(p.articles.len(), 2);
        assert_eq!(p.articles[1].text, "나");
    }

    #[test]
    fn bad_entries_are_dropped_and_counted() {
        let p = parse(
            r#"[{"id":"user-1","text":"가","saved_at":1},{"id":5},"junk",null,
                {"id":"user-1","text":"again","saved_at":3},{"id":"","text":"x","saved_at":1}]"#,
        );
        assert!(p.is_list && p.is_damaged());
        assert_eq!(p.articles.len(), 1);
        assert_eq!(p.dropped, 5);
    }

    #[test]
    fn not_a_list_is_damaged() {
        for raw in ["{not json", "null", r#"{"id":"user-1"}"#, "", "\"text\""] {
            let p = parse(raw);
            assert!(!p.is_list && p.is_damaged(), "{raw}");
            assert!(p.articles.is_empty());
        }
    }

    #[test]
    fn an_empty_list_is_fine() {
        assert!(!parse("[]").is_damaged());
    }
}
