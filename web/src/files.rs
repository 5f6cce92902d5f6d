//! Browser file plumbing: downloads, the clipboard, reading a chosen file.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Offers `content` as a file download named `name`.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .dyn_into()
        .map_err(|_| "no anchor")?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The click has started the download; the URL is not needed after this task.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 0);
    Ok(())
}

/// Puts `text` on the clipboard.
pub async fn copy(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.map(|_| ()).map_err(|e| {
        match e.dyn_ref::<web_sys::DomException>() {
            Some(d) => d.message(),
            None => format!("{e:?}"),
        }
    })
}

/// The text of the first file chosen in an `<input type=file>`.
pub async fn read_chosen(input: &web_sys::HtmlInputElement) -> Result<Option<String>, String> {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return Ok(None);
    };
    let text = JsFuture::from(file.text())
        .await
        .map_err(|e| format!("{e:?}"))?;
    text.as_string()
        .map(Some)
        .ok_or_else(|| "not text".to_string())
}
