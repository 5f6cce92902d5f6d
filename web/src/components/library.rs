//! The library: one card per article.

use yew::prelude::*;

use crate::components::card::ArticleCard;
use crate::components::exports::LibraryFiles;
use crate::components::page_head::PageHead;
use crate::state::{Action, AppContext};
use crate::storage;

/// Every bundled and saved article as a card.
#[function_component(Library)]
pub fn library() -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let state = ctx.state.clone();
    let ondelete = {
        let (state, worker) = (state.clone(), ctx.worker.clone());
        Callback::from(move |id: String| {
            let mut saved = state.saved();
            saved.retain(|a| a.id != id);
            match storage::store(&saved) {
                Ok(()) => {
                    worker.forget(&id);
                    state.dispatch(Action::Deleted(id));
                }
                Err(e) => state.dispatch(Action::Notice(Some(e.message()))),
            }
        })
    };
    let done = state.library.len();
    let total = state.articles.len();
    html! {
        <section class="page library" aria-labelledby="library-title">
            <PageHead id="library-title" title="서재" english="Library">
                <p class="hint" aria-live="polite">
                    { format!("기사 {total}건") }
                    if done < total { { format!(" · 분석 중 {done}/{total}") } }
                    else if !state.previews.is_empty() { { " · 개체 찾는 중…" } }
                </p>
                <a class="button" href="#/paste">{ "+ 기사 붙여넣기" }</a>
            </PageHead>
            <LibraryFiles />
            <ul class="cards">
                { for state.articles.iter().map(|a| html! {
                    <li key={a.id.clone()}>
                        <ArticleCard
                            article={a.clone()}
                            outcome={state.library.get(&a.id).cloned()}
                            ondelete={ondelete.clone()}
                            entities_pending={state.previews.contains(&a.id)}
                        />
                    </li>
                }) }
            </ul>
        </section>
    }
}
