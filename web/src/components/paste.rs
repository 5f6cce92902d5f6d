//! The paste box: a new article, analysed as the user types, and saved on demand.

use std::collections::BTreeSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::components::article_view::ArticleView;
use crate::hooks::{go, use_draft_analysis, use_ticker, MAX_PASTE_BYTES};
use crate::markup;
use crate::protocol::{Job, LengthChoice};
use crate::route::Route;
use crate::state::{Action, AppContext, Article};
use crate::storage;

/// The clipboard's data of `format` in a paste event, if any.
fn clipboard(e: &Event, format: &str) -> Option<String> {
    let data = e.dyn_ref::<web_sys::ClipboardEvent>()?.clipboard_data()?;
    let text = data.get_data(format).ok()?;
    (!text.trim().is_empty()).then_some(text)
}

/// Puts `pasted` into the text area at the selection instead of the browser's paste, and
/// returns the new text; `None` leaves the paste to the browser.
fn paste_into(e: &Event, pasted: &str) -> Option<String> {
    let area: HtmlTextAreaElement = e.target_dyn_into()?;
    e.prevent_default();
    if pasted.len() > FOLD_BYTES {
        // Folded before the text goes in: setting a visible, focused box's value lays it out
        // at once (2 s for 5 MB, with a real paste).
        area.set_hidden(true);
    }
    // Selection offsets are UTF-16 code units, as the box counts them: the browser splices
    // (for 5 MB, a third of the paste's time went to doing it here in UTF-16).
    let len = area.text_length();
    let start = area
        .selection_start()
        .ok()
        .flatten()
        .unwrap_or(len)
        .min(len);
    let end = area
        .selection_end()
        .ok()
        .flatten()
        .unwrap_or(len)
        .clamp(start, len);
    area.set_range_text_with_start_and_end_and_mode(pasted, start, end, "end")
        .ok()?;
    Some(area.value())
}

/// Above this size the status says that the analysis takes a while.
const BIG_BYTES: usize = 1 << 20;

/// Above this size the box is folded away (hidden, its text kept) until the user unfolds it.
/// Chromium lays out and edits a text area's whole text on the page's thread: with 5 MB in a
/// visible box, one layout took 2 s and each typed key 2.8 s (tests/browser/trace-paste.mjs),
/// about 0.4-0.6 ms per KB, so a box of up to 256 KB stays near 150 ms.
const FOLD_BYTES: usize = 256 * 1024;

/// `bytes` in MB (10^6) with one decimal, or KB below one MB.
fn megabytes(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1e6)
    } else {
        format!("{:.0} KB", (bytes as f64 / 1e3).ceil())
    }
}

/// The paste page.
#[function_component(Paste)]
pub fn paste() -> Html {
    let ctx = use_context::<AppContext>();
    let state = ctx.as_ref().map(|c| c.state.clone());
    let worker = ctx.as_ref().map(|c| c.worker.clone());
    let (seq, text, length, busy, sent) = state
        .as_ref()
        .map(|s| {
            let d = &s.draft;
            let sent = d.sent.map(|(seq, length, _)| (seq, length));
            (d.seq, d.text.clone(), s.view.length, d.busy, sent)
        })
        .unwrap_or_default();
    let ctx_pair = state
        .as_ref()
        .zip(worker.clone())
        .map(|(s, w)| (w, s.dispatcher()));
    use_draft_analysis(ctx_pair, seq, text, length, busy, sent);
    // The elapsed time shown while the worker analyses.
    use_ticker(busy, 250);
    let keep_html = use_state(|| false);
    // Whether the user asked to see a text over FOLD_BYTES in the box.
    let unfolded = use_state(|| false);
    // The box is not given its text on every render: yew would read the whole value back from
    // the DOM each time to compare (for a pasted book, 100 ms and more per render, and the
    // elapsed-time display renders four times a second). The DOM keeps what is typed; the
    // state's text is put in when the box appears and when the draft is reset.
    let area_ref = use_node_ref();
    {
        let (area_ref, text) = (
            area_ref.clone(),
            state.as_ref().map(|s| s.draft.text.clone()),
        );
        let resets = state.as_ref().map(|s| s.draft.resets);
        use_effect_with(resets, move |_| {
            if let (Some(area), Some(text)) = (area_ref.cast::<HtmlTextAreaElement>(), text) {
                if area.value() != *text {
                    area.set_value(&text);
                }
            }
        });
    }
    let (Some(state), Some(worker)) = (state, worker) else {
        return html! {};
    };

    let oninput = {
        let dispatch = state.dispatcher();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            dispatch.dispatch(Action::EditDraft(Rc::from(area.value())));
        })
    };
    let ontogglehtml = {
        let keep_html = keep_html.clone();
        Callback::from(move |_: Event| keep_html.set(!*keep_html))
    };
    let onpaste = {
        let (dispatch, keep_html) = (state.dispatcher(), *keep_html);
        Callback::from(move |e: Event| {
            // The page's HTML when asked for (it only ever goes to the cleaner, never into the
            // DOM). A huge plain text is put in by the app too: set as the box's value, it is
            // folded away by the render that follows in the same task, before the browser lays
            // it out, where the browser's own paste is an edit of the visible box (typing into
            // a 5 MB box took 2.8 s per key; the paste itself could not be timed, the tests
            // have no real clipboard).
            let pasted = keep_html
                .then(|| clipboard(&e, "text/html"))
                .flatten()
                .or_else(|| clipboard(&e, "text/plain").filter(|t| t.len() > FOLD_BYTES));
            if let Some(text) = pasted.and_then(|p| paste_into(&e, &p)) {
                dispatch.dispatch(Action::EditDraft(Rc::from(text)));
            }
        })
    };
    let onunfold = {
        let unfolded = unfolded.clone();
        Callback::from(move |_: MouseEvent| unfolded.set(true))
    };
    let onclear = {
        let (dispatch, area_ref, unfolded) =
            (state.dispatcher(), area_ref.clone(), unfolded.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = area_ref.cast::<HtmlTextAreaElement>() {
                area.set_value("");
            }
            unfolded.set(false);
            dispatch.dispatch(Action::EditDraft(Rc::from("")));
        })
    };
    let onsave = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let text = state.draft.text.trim();
            if text.is_empty() || text.len() > MAX_PASTE_BYTES {
                return;
            }
            let now = js_sys::Date::now();
            let mut id = format!("user-{}", now as u64);
            while state.article(&id).is_some() {
                id.push('x');
            }
            let article = Article {
                id: id.clone(),
                text: Rc::from(text),
                mine: true,
                saved_at: now,
            };
            let mut saved = state.saved();
            saved.push(article.to_saved());
            match storage::store(&saved) {
                Ok(()) => {
                    worker.analyze(
                        Job::Library { id: id.clone() },
                        text,
                        LengthChoice::default(),
                    );
                    state.dispatch(Action::Saved(article));
                    go(&Route::Article(id));
                }
                Err(e) => state.dispatch(Action::Notice(Some(e.message()))),
            }
        })
    };

    let draft = &state.draft;
    let has_text = !draft.text.trim().is_empty();
    let bytes = draft.text.len();
    let too_large = bytes > MAX_PASTE_BYTES;
    let folded = bytes > FOLD_BYTES && !*unfolded;
    let current = draft
        .result
        .as_ref()
        .is_some_and(|(s, l, _)| *s == draft.seq && *l == state.view.length);
    // What is happening, as a word for the tests (`data-stage`) and a sentence for people.
    let (stage, status) = if !has_text {
        ("idle", "기사를 붙여넣으면 바로 분석합니다.".to_string())
    } else if too_large {
        (
            "too-large",
            format!(
                "글이 너무 깁니다: {} (최대 {}). 분석하지도 저장하지도 않았고, 붙여넣은 글은 \
                 그대로 두었습니다. 기사 부분만 남기고 다시 시도하세요. (Too long to analyse: the \
                 text is kept as it is.)",
                megabytes(bytes),
                megabytes(MAX_PASTE_BYTES)
            ),
        )
    } else if current {
        let took = draft
            .took_ms
            .map(|ms| format!(" ({:.1}초)", ms / 1000.0))
            .unwrap_or_default();
        ("done", format!("분석 완료{took}"))
    } else if let Some((_, _, at)) = draft.sent.filter(|_| draft.busy) {
        let secs = (js_sys::Date::now() - at).max(0.0) / 1000.0;
        let hint = if bytes > BIG_BYTES {
            " 긴 글이라 시간이 걸립니다. 분석은 따로 돌아가므로 그동안 페이지를 계속 쓸 수 있습니다."
        } else {
            ""
        };
        (
            "analysing",
            format!("분석 중… {secs:.1}초 ({}){hint}", megabytes(bytes)),
        )
    } else {
        ("waiting", "분석 준비 중…".to_string())
    };
    let preview = match draft.result.as_ref().filter(|_| has_text && !too_large) {
        None => html! {},
        Some((_, _, Err(why))) => html! {
            <p class="error" role="alert">{ format!("분석하지 못했습니다: {why}") }</p>
        },
        Some((_, _, Ok(a))) => {
            let summary: BTreeSet<usize> = a.0.summary.indices.iter().copied().collect();
            html! {
                <section class="preview" aria-label="미리 보기">
                    <h2 class="preview-title">{ markup::title(&a.0) }</h2>
                    <ArticleView analysis={a.clone()} summary={Rc::new(summary)} pending={!current} />
                </section>
            }
        }
    };
    html! {
        <section class="page paste" aria-labelledby="paste-title">
            <h1 id="paste-title">{ "기사 붙여넣기" }<span class="sub">{ " Paste an article" }</span></h1>
            <p class="hint">
                { "포털에서 복사한 기사(일반 텍스트나 HTML)를 붙여넣으세요. 분석은 이 브라우저 안에서만 이루어집니다." }
            </p>
            <label for="paste-text" class="label">{ "기사 본문" }</label>
            <textarea
                id="paste-text"
                rows="10"
                spellcheck="false"
                placeholder="여기에 기사를 붙여넣으세요…"
                ref={area_ref}
                hidden={folded}
                {oninput}
                {onpaste}
            />
            if folded {
                <p class="folded" id="paste-folded">
                    { format!(
                        "붙여넣은 글({})은 상자에 펼치지 않고 접어 두었습니다. 이만큼 긴 글을 상자에 \
                         펴면 브라우저가 글을 배치하고 고칠 때마다 몇 초씩 멈춥니다. 분석과 저장은 \
                         그대로 됩니다. ",
                        megabytes(bytes)
                    ) }
                    <span class="sub">{ "(The long text is kept, folded: shown in the box, it would freeze the page for seconds.) " }</span>
                    <button type="button" id="unfold" class="button" onclick={onunfold}>
                        { "상자에 펼치기 (느림)" }
                    </button>
                    { " " }
                    <button type="button" id="clear-paste" class="button" onclick={onclear}>
                        { "지우기" }
                    </button>
                </p>
            }
            <label class="check">
                <input type="checkbox" id="keep-html" checked={*keep_html} onchange={ontogglehtml} />
                { " 복사한 웹 페이지를 HTML 원본으로 붙여넣기 " }
                <span class="sub">{ "(paste the page's HTML; yoyak cleans it)" }</span>
            </label>
            <div class="actions">
                <button type="button" id="save" class="button" disabled={!has_text || too_large} onclick={onsave}>
                    { "서재에 저장" }
                </button>
                <span
                    class={classes!("status", too_large.then_some("error"))}
                    role="status"
                    data-analysed={current.to_string()}
                    data-stage={stage}
                    data-bytes={bytes.to_string()}
                >
                    { status }
                </span>
            </div>
            { preview }
        </section>
    }
}
