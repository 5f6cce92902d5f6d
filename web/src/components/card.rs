//! One article in the library.

use yew::prelude::*;

use crate::labels::{label_class, label_name};
use crate::markup;
use crate::route::Route;
use crate::state::{Article, Outcome};

/// How many entities a card shows.
const CARD_ENTITIES: usize = 6;

/// Props of [`ArticleCard`].
#[derive(Properties, PartialEq)]
pub struct ArticleCardProps {
    /// The article.
    pub article: Article,
    /// Its analysis, once the worker has answered.
    pub outcome: Option<Outcome>,
    /// Deletes a user article (by id).
    pub ondelete: Callback<String>,
    /// True while `outcome` is the preview: summary shown, entities still coming.
    #[prop_or_default]
    pub entities_pending: bool,
}

/// Title, byline, summary and top entities of one article.
#[function_component(ArticleCard)]
pub fn article_card(props: &ArticleCardProps) -> Html {
    let article = &props.article;
    let href = Route::Article(article.id.clone()).href();
    let (title, details) = match &props.outcome {
        None => (
            article.id.clone(),
            html! { <p class="pending">{ "분석 중…" }</p> },
        ),
        Some(Err(why)) => (
            markup::shorten(&article.text, 40),
            html! { <p class="error">{ format!("분석하지 못했습니다: {why}") }</p> },
        ),
        Some(Ok(a)) => {
            let a = &a.0;
            let byline = markup::byline(a);
            let summary = a.summary.indices.iter().filter_map(|&i| a.sentences.get(i));
            let top = markup::top_entities(a, CARD_ENTITIES);
            (
                markup::title(a),
                html! {
                    <>
                        if !byline.is_empty() {
                            <p class="byline">{ byline.join(" · ") }</p>
                        }
                        <ol class="card-summary" aria-label="요약">
                            { for summary.map(|s| html! { <li>{ s.text.clone() }</li> }) }
                        </ol>
                        if props.entities_pending {
                            <p class="pending entities-pending">{ "개체 찾는 중…" }</p>
                        } else if !top.is_empty() {
                            <ul class="chips" aria-label="주요 개체">
                                { for top.into_iter().map(|(key, n)| html! {
                                    <li class={classes!("chip", label_class(key.label))}
                                        title={format!("{} · {n}회", label_name(key.label))}>
                                        { key.text }
                                        <span class="tag">{ key.label.as_str() }</span>
                                    </li>
                                }) }
                            </ul>
                        }
                    </>
                },
            )
        }
    };
    let ondelete = {
        let (cb, id) = (props.ondelete.clone(), article.id.clone());
        Callback::from(move |_| cb.emit(id.clone()))
    };
    html! {
        <article class={classes!("card", article.mine.then_some("mine"))} data-article-id={article.id.clone()}>
            <h2 class="card-title">
                <a href={href}>{ title.clone() }</a>
                if article.mine { <span class="badge">{ "내 기사" }</span> }
            </h2>
            { details }
            if article.mine {
                <button type="button" class="delete" aria-label={format!("삭제: {title}")} onclick={ondelete}>
                    { "삭제" }
                </button>
            }
        </article>
    }
}
