//! The reader: one library article, highlighted, with its side panel.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::article_view::ArticleView;
use crate::components::exports::ArticleExports;
use crate::markup;
use crate::protocol::{Job, LengthChoice};
use crate::state::AppContext;

/// Props of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// The article's id.
    pub id: String,
    /// A sentence to scroll to and mark (`#/article/<id>/s/<n>`).
    #[prop_or_default]
    pub target: Option<usize>,
}

/// One article by id.
#[function_component(Reader)]
pub fn reader(props: &ReaderProps) -> Html {
    let ctx = use_context::<AppContext>();
    let state = ctx.as_ref().map(|c| c.state.clone());
    let worker = ctx.as_ref().map(|c| c.worker.clone());
    let length = state.as_ref().map(|s| s.view.length).unwrap_or_default();
    let text = state
        .as_ref()
        .and_then(|s| s.article(&props.id))
        .map(|a| a.text.clone());
    {
        // The library holds the default-length summary; other lengths are asked for here.
        let id = props.id.clone();
        use_effect_with((id, length, text), move |(id, length, text)| {
            if let (Some(worker), Some(text)) = (worker, text) {
                if *length != LengthChoice::default() {
                    worker.analyze(
                        Job::Reader {
                            id: id.clone(),
                            length: *length,
                        },
                        text,
                        *length,
                    );
                }
            }
        });
    }
    {
        // Once the article is shown, bring the target sentence into view.
        let loaded = matches!(
            state.as_ref().and_then(|s| s.library.get(&props.id)),
            Some(Ok(_))
        );
        use_effect_with(
            (props.id.clone(), props.target, loaded),
            |(_, target, loaded)| {
                if let (Some(n), true) = (target, loaded) {
                    let el = web_sys::window()
                        .and_then(|w| w.document())
                        .and_then(|d| d.get_element_by_id(&format!("s-{n}")));
                    if let Some(el) = el {
                        let options = web_sys::ScrollIntoViewOptions::new();
                        options.set_block(web_sys::ScrollLogicalPosition::Center);
                        el.scroll_into_view_with_scroll_into_view_options(&options);
                    }
                }
            },
        );
    }
    let Some(state) = state else {
        return html! {};
    };
    let Some(article) = state.article(&props.id) else {
        return html! {
            <section class="page">
                <h1>{ "기사를 찾을 수 없습니다" }</h1>
                <p>{ "지워졌거나 다른 브라우저에 저장된 기사입니다." }</p>
                <p><a href="#/">{ "서재로 돌아가기" }</a></p>
            </section>
        };
    };
    let back = html! { <p class="back"><a href="#/">{ "← 서재" }</a></p> };
    let analysis = match state.library.get(&props.id) {
        None => {
            return html! {
                <section class="page reader">{ back }<p class="pending">{ "분석 중…" }</p></section>
            }
        }
        Some(Err(why)) => {
            return html! {
                <section class="page reader">{ back }
                    <p class="error" role="alert">{ format!("분석하지 못했습니다: {why}") }</p>
                </section>
            }
        }
        Some(Ok(a)) => a.clone(),
    };
    let (summary, pending) = if length == LengthChoice::default() {
        (analysis.0.summary.indices.clone(), false)
    } else {
        match &state.reader {
            Some((id, l, Ok(r))) if *id == props.id && *l == length => {
                (r.0.summary.indices.clone(), false)
            }
            Some((id, l, Err(why))) if *id == props.id && *l == length => {
                return html! {
                    <section class="page reader">{ back }
                        <p class="error" role="alert">{ format!("요약하지 못했습니다: {why}") }</p>
                    </section>
                };
            }
            // Until the new length arrives, keep showing the default summary.
            _ => (analysis.0.summary.indices.clone(), true),
        }
    };
    let summary: Rc<BTreeSet<usize>> = Rc::new(summary.into_iter().collect());
    let a = &analysis.0;
    let byline = markup::byline(a);
    html! {
        <article class="page reader" data-article-id={props.id.clone()}>
            { back }
            <header class="reader-head">
                <h1>
                    { markup::title(a) }
                    if article.mine { <span class="badge">{ "내 기사" }</span> }
                </h1>
                if !byline.is_empty() { <p class="byline">{ byline.join(" · ") }</p> }
                <ArticleExports id={props.id.clone()} analysis={analysis.clone()} summary={summary.clone()} />
            </header>
            <ArticleView
                analysis={analysis.clone()}
                summary={summary.clone()}
                {pending}
                target={props.target}
            />
        </article>
    }
}
