//! One entity across the library: every sentence that mentions it (keyword in context), and the
//! entities most associated with it.

use std::collections::BTreeMap;

use yew::prelude::*;

use crate::hooks::use_explore;
use crate::labels::{label_class, label_english, label_name};
use crate::protocol::{Answer, Query};
use crate::route::Route;

/// Props of [`EntityPage`].
#[derive(Properties, PartialEq)]
pub struct EntityPageProps {
    /// The entity's id.
    pub id: String,
}

/// The entity page.
#[function_component(EntityPage)]
pub fn entity_page(props: &EntityPageProps) -> Html {
    let ctx = use_explore(props.id.clone(), |id| {
        vec![Query::Entity { id: id.clone() }]
    });
    let Some(ctx) = ctx else {
        return html! {};
    };
    let back = html! { <p class="back"><a href={Route::Entities.href()}>{ "← 개체 목록" }</a></p> };
    let answer = ctx
        .state
        .explore
        .entity
        .as_ref()
        .and_then(|e| match (&e.query, &e.answer) {
            (Query::Entity { id }, Answer::Entity(detail, associates)) if *id == props.id => {
                Some((detail, associates))
            }
            _ => None,
        });
    let Some((detail, associates)) = answer else {
        return html! { <section class="page entity">{ back }<p class="pending">{ "불러오는 중…" }</p></section> };
    };
    let Some(detail) = detail else {
        return html! {
            <section class="page entity">{ back }
                <h1>{ "개체를 찾을 수 없습니다" }</h1>
                <p>{ "서재의 어느 기사에도 나오지 않습니다 (지워졌거나 아직 분석 중일 수 있습니다)." }</p>
            </section>
        };
    };
    let s = &detail.summary;
    let mut by_article: BTreeMap<usize, (String, String, Vec<&yoyak::corpus::Context>)> =
        BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for c in &detail.contexts {
        let pos = match order.iter().position(|a| *a == c.article) {
            Some(p) => p,
            None => {
                order.push(c.article.clone());
                order.len() - 1
            }
        };
        by_article
            .entry(pos)
            .or_insert_with(|| (c.article.clone(), c.title.clone(), Vec::new()))
            .2
            .push(c);
    }
    let variants: Vec<String> = detail
        .variants
        .iter()
        .map(|(v, n)| format!("{v} ({n})"))
        .collect();
    html! {
        <section class="page entity" data-entity-id={s.id.clone()} aria-labelledby="entity-title">
            { back }
            <header class="reader-head">
                <h1 id="entity-title">
                    { s.name.clone() }
                    <span class={classes!("chip", label_class(s.label))}
                        title={label_english(s.label)}>
                        { label_name(s.label) }<span class="tag">{ s.label.as_str() }</span>
                    </span>
                </h1>
                <p class="byline">{ format!("언급 {}회 · 기사 {}건 · 표기: {}", s.mentions, s.articles, variants.join(", ")) }</p>
            </header>
            <div class="entity-layout">
                <div class="kwic">
                    <h2>{ "언급된 문장" }<span class="sub">{ format!(" {}개{} (문장을 누르면 기사에서 열립니다)", detail.contexts_total,
                        if detail.contexts_total > detail.contexts.len() { format!(", 처음 {}개 표시", detail.contexts.len()) } else { String::new() }) }</span></h2>
                    { for by_article.into_values().map(|(article, title, contexts)| html! {
                        <section class="kwic-article" data-article-id={article.clone()}>
                            <h3><a href={Route::Article(article.clone()).href()}>{ title }</a></h3>
                            <ul>
                                { for contexts.into_iter().map(|c| html! {
                                    <li>
                                        <a class="kwic-line" href={Route::Sentence(c.article.clone(), c.sentence).href()}
                                            data-sent={c.sentence.to_string()}>
                                            { for c.pieces.iter().map(|p| if p.mark {
                                                html! { <mark class={classes!("ent", label_class(s.label), "selected")}>{ p.text.clone() }</mark> }
                                            } else {
                                                html! { p.text.clone() }
                                            }) }
                                        </a>
                                    </li>
                                }) }
                            </ul>
                        </section>
                    }) }
                </div>
                <aside class="associates" aria-labelledby="assoc-title">
                    <h2 id="assoc-title">{ "함께 나오는 개체" }</h2>
                    <p class="hint measure">
                        { "같은 문장에 함께 나온 인물·기관·장소·인공물을 로그우도비(G², Dunning 1993)로 순위를 매겼습니다: 문장 단위 2×2 분할표에서 우연보다 자주 함께 나온 쌍만, 점수가 높을수록 연관이 강합니다." }
                    </p>
                    if associates.is_empty() {
                        <p class="empty">{ "함께 나온 개체가 없습니다." }</p>
                    } else {
                        <ol class="assoc-list">
                            { for associates.iter().map(|a| html! {
                                <li data-entity-id={a.entity.id.clone()}>
                                    <a href={Route::Entity(a.entity.id.clone()).href()}>{ a.entity.name.clone() }</a>
                                    <span class={classes!("chip", label_class(a.entity.label))}><span class="tag">{ a.entity.label.as_str() }</span></span>
                                    <span class="score" title="G² 로그우도비 · 함께 나온 문장 수">
                                        { format!("G² {:.1} · {}문장", a.score, a.together) }
                                    </span>
                                </li>
                            }) }
                        </ol>
                    }
                </aside>
            </div>
        </section>
    }
}
