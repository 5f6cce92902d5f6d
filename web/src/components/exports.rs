//! Export buttons: one article's analysis as JSON or Markdown, its summary to the clipboard, and
//! the library (the user's articles) as a file that another browser imports.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::export;
use crate::files;
use crate::protocol::{Job, LengthChoice};
use crate::state::{Action, Analyzed, AppContext, Article};
use crate::storage;

/// Props of [`ArticleExports`].
#[derive(Properties, PartialEq)]
pub struct ArticleExportsProps {
    /// The article's id.
    pub id: String,
    /// Its library analysis (default summary length).
    pub analysis: Analyzed,
    /// The summary sentences shown (what "copy" copies).
    pub summary: Rc<BTreeSet<usize>>,
}

/// JSON, Markdown and copy-the-summary buttons of the reader.
#[function_component(ArticleExports)]
pub fn article_exports(props: &ArticleExportsProps) -> Html {
    let status = use_state(|| None::<String>);
    let download = |ext: &'static str| {
        let (id, a, status) = (props.id.clone(), props.analysis.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let (content, mime) = if ext == "json" {
                (export::article_json(&id, &a.0), "application/json")
            } else {
                (export::article_markdown(&id, &a.0), "text/markdown")
            };
            let name = export::file_name(&id, ext);
            status.set(Some(match files::download(&name, mime, &content) {
                Ok(()) => format!("{name} 내려받기를 시작했습니다."),
                Err(e) => format!("내려받지 못했습니다: {e}"),
            }));
        })
    };
    let oncopy = {
        let (a, summary, status) = (
            props.analysis.clone(),
            props.summary.clone(),
            status.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let text: Vec<String> = summary
                .iter()
                .filter_map(|&i| a.0.sentences.get(i).map(|s| s.text.clone()))
                .collect();
            let text = text.join("\n");
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(match files::copy(&text).await {
                    Ok(()) => "요약을 클립보드에 복사했습니다.".to_string(),
                    Err(e) => format!("복사하지 못했습니다: {e}"),
                }));
            });
        })
    };
    html! {
        <div class="exports" role="group" aria-label="내보내기">
            <button type="button" class="export-json" onclick={download("json")}>{ "JSON 내려받기" }</button>
            <button type="button" class="export-md" onclick={download("md")}>{ "Markdown 내려받기" }</button>
            <button type="button" class="copy-summary" onclick={oncopy}>{ "요약 복사" }</button>
            <span class="export-status" role="status" aria-live="polite">{ (*status).clone().unwrap_or_default() }</span>
        </div>
    }
}

/// The library's export and import controls.
#[function_component(LibraryFiles)]
pub fn library_files() -> Html {
    let status = use_state(|| None::<(bool, String)>);
    let input = use_node_ref();
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let onexport = {
        let (state, status) = (ctx.state.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let saved = state.saved();
            let json = export::library_json(&saved);
            status.set(Some(
                match files::download("yoyak-library.json", "application/json", &json) {
                    Ok(()) => (
                        true,
                        format!(
                            "내 기사 {}건을 yoyak-library.json으로 내보냈습니다.",
                            saved.len()
                        ),
                    ),
                    Err(e) => (false, format!("내보내지 못했습니다: {e}")),
                },
            ));
        })
    };
    let onimport = {
        let (state, worker, status, input) = (
            ctx.state.clone(),
            ctx.worker.clone(),
            status.clone(),
            input.clone(),
        );
        Callback::from(move |_: Event| {
            let Some(el) = input.cast::<web_sys::HtmlInputElement>() else {
                return;
            };
            let (state, worker, status) = (state.clone(), worker.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = files::read_chosen(&el).await;
                // The same file can be chosen again after a fix.
                el.set_value("");
                let text = match text {
                    Ok(Some(t)) => t,
                    Ok(None) => return,
                    Err(e) => {
                        status.set(Some((false, format!("파일을 읽지 못했습니다: {e}"))));
                        return;
                    }
                };
                let incoming = match export::parse_library(&text) {
                    Ok(a) => a,
                    Err(e) => {
                        status.set(Some((
                            false,
                            format!("가져오지 못했습니다. 서재는 바뀌지 않았습니다. {e}"),
                        )));
                        return;
                    }
                };
                let existing: Vec<(String, &str)> = state
                    .articles
                    .iter()
                    .map(|a| (a.id.clone(), &*a.text))
                    .collect();
                let new = export::merge(&existing, incoming);
                let skipped_all = new.is_empty();
                let mut saved = state.saved();
                saved.extend(new.iter().cloned());
                if let Err(e) = storage::store(&saved) {
                    status.set(Some((
                        false,
                        format!(
                            "가져오지 못했습니다. 서재는 바뀌지 않았습니다. {}",
                            e.message()
                        ),
                    )));
                    return;
                }
                let articles: Vec<Article> = new
                    .into_iter()
                    .map(|s| Article {
                        id: s.id,
                        text: Rc::from(s.text),
                        mine: true,
                        saved_at: s.saved_at,
                    })
                    .collect();
                for a in &articles {
                    worker.analyze(
                        Job::Library { id: a.id.clone() },
                        &a.text,
                        LengthChoice::default(),
                    );
                }
                let n = articles.len();
                state.dispatch(Action::Imported(articles));
                status.set(Some((
                    true,
                    if skipped_all {
                        "새로 가져올 기사가 없습니다 (모두 이미 서재에 있습니다).".to_string()
                    } else {
                        format!("기사 {n}건을 가져왔습니다.")
                    },
                )));
            });
        })
    };
    html! {
        <div class="library-files" role="group" aria-label="서재 내보내기와 가져오기">
            <button type="button" class="export-library" onclick={onexport}>{ "서재 내보내기 (JSON)" }</button>
            <label class="import-library button-like">
                { "서재 가져오기" }
                <input ref={input} type="file" accept="application/json,.json" onchange={onimport} />
            </label>
            if let Some((ok, msg)) = (*status).clone() {
                <p class={classes!("import-status", (!ok).then_some("error"))} role={if ok { "status" } else { "alert" }}>{ msg }</p>
            }
        </div>
    }
}
