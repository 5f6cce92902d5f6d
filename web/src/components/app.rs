//! The root component: state, worker, routing.

use yew::prelude::*;

use crate::components::entities::Entities;
use crate::components::entity_page::EntityPage;
use crate::components::header::Header;
use crate::components::library::Library;
use crate::components::paste::Paste;
use crate::components::pictures::Pictures;
use crate::components::reader::Reader;
use crate::hooks::{use_route, use_worker};
use crate::protocol::{Job, LengthChoice};
use crate::route::Route;
use crate::seeds;
use crate::state::{Action, AppContext, AppState};
use crate::storage;
use crate::worker::WorkerHandle;

/// Records a moment of the library's first render: a `performance` mark `yoyak-<what>` and a
/// `data-<what>-ms` attribute on `<html>` (ms since navigation start), read by the browser
/// tests and `tests/browser/measure.mjs`. `library-summaries`: every article shows its summary;
/// `library-ready`: every article has its entities too.
fn mark(what: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(performance) = window.performance() else {
        return;
    };
    let _ = performance.mark(&format!("yoyak-{what}"));
    let ms = performance.now();
    if let Some(html) = window.document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute(&format!("data-{what}-ms"), &format!("{ms:.1}"));
    }
}

/// Asks the worker for what the library lacks (the user's articles; the bundled ones start
/// analysed, see [`use_worker`]): first every preview (summary without entities, no model
/// needed), then every full analysis.
fn load_library(state: &AppState, worker: &WorkerHandle) {
    let missing: Vec<_> = state
        .articles
        .iter()
        .filter(|a| !state.library.contains_key(&a.id))
        .collect();
    for article in &missing {
        worker.analyze(
            Job::Preview {
                id: article.id.clone(),
            },
            &article.text,
            LengthChoice::default(),
        );
    }
    for article in &missing {
        worker.analyze(
            Job::Library {
                id: article.id.clone(),
            },
            &article.text,
            LengthChoice::default(),
        );
    }
}

/// The app.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::initial(storage::load(), seeds::analyses()));
    let worker = use_worker(&state, state.dispatcher());
    let route = use_route();

    {
        let (state, worker) = (state.clone(), worker.clone());
        use_effect_with((), move |_| load_library(&state, &worker));
    }
    {
        let marked = use_mut_ref(|| (false, false));
        let moments = (state.library_summarised(), state.library_done());
        use_effect_with(moments, move |&(summarised, done)| {
            let mut marked = marked.borrow_mut();
            if summarised && !marked.0 {
                marked.0 = true;
                mark("library-summaries");
            }
            if done && !marked.1 {
                marked.1 = true;
                mark("library-ready");
            }
        });
    }

    let page = match &route {
        Route::Library => html! { <Library /> },
        Route::Article(id) => html! { <Reader id={id.clone()} /> },
        Route::Sentence(id, n) => html! { <Reader id={id.clone()} target={Some(*n)} /> },
        Route::Entities => html! { <Entities /> },
        Route::Entity(id) => html! { <EntityPage id={id.clone()} /> },
        Route::Pictures => html! { <Pictures /> },
        Route::Paste => html! { <Paste /> },
        Route::NotFound => html! {
            <section class="page">
                <h1>{ "페이지를 찾을 수 없습니다" }</h1>
                <p><a href="#/">{ "서재로 돌아가기" }</a></p>
            </section>
        },
    };
    let onclear = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| dispatch.dispatch(Action::Notice(None)))
    };
    let notice = state.notice.clone();
    let context = AppContext { state, worker };
    html! {
        <ContextProvider<AppContext> context={context}>
            <a class="skip" href="#main" onclick={Callback::from(|e: MouseEvent| {
                // The hash belongs to the router: focus the content instead of navigating.
                e.prevent_default();
                if let Some(main) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("main"))
                {
                    if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                        let _ = main.focus();
                    }
                }
            })}>{ "본문으로 건너뛰기" }</a>
            <Header route={route.clone()} />
            if let Some(notice) = notice {
                <div class="notice" role="alert">
                    <p>{ notice }</p>
                    <button type="button" onclick={onclear}>{ "닫기" }</button>
                </div>
            }
            <main id="main" tabindex="-1">{ page }</main>
            <footer class="site-footer">
                <p>{ "모든 분석은 이 브라우저 안에서 이루어지며, 페이지를 연 뒤에는 어떤 요청도 밖으로 나가지 않습니다. (Everything runs in your browser.)" }</p>
            </footer>
        </ContextProvider<AppContext>>
    }
}
