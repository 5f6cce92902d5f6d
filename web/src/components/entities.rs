//! Every entity of the library: search by (partial) name as you type, filter by type, sort by
//! mentions or articles. The index lives in the worker; this page only asks and shows.

use yew::prelude::*;
use yoyak::corpus::SortBy;
use yoyak::Label;

use crate::components::page_head::PageHead;
use crate::hooks::use_explore;
use crate::labels::{label_class, label_name};
use crate::protocol::Query;
use crate::route::Route;
use crate::worker::SEARCH_LIMIT;

/// The entities view.
#[function_component(Entities)]
pub fn entities() -> Html {
    let query = use_state(String::new);
    let label = use_state(|| None::<Label>);
    let sort = use_state(SortBy::default);
    let ctx = use_explore(((*query).clone(), *label, *sort), |(text, label, sort)| {
        vec![Query::Search {
            text: text.clone(),
            labels: label.iter().copied().collect(),
            sort: *sort,
            limit: SEARCH_LIMIT,
        }]
    });
    let Some(ctx) = ctx else {
        return html! {};
    };
    let state = &ctx.state;
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let onlabel = {
        let label = label.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            label.set(Label::parse(&select.value()));
        })
    };
    let onsort = {
        let sort = sort.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            sort.set(if select.value() == "articles" {
                SortBy::Articles
            } else {
                SortBy::Mentions
            });
        })
    };
    let answer = (state.explore.search.as_ref()).and_then(|e| Some((e, e.search()?)));
    let analysed = state.library.len();
    let total = state.articles.len();
    let results = match &answer {
        None => html! { <p class="pending">{ "개체 색인을 여는 중…" }</p> },
        Some((e, r)) => {
            let current = matches!(&e.query, Query::Search { text, .. } if *text == *query);
            html! {
                <>
                    <p class="hint" aria-live="polite" data-total={r.total.to_string()}>
                        { format!("개체 {}개", r.total) }
                        if r.total > r.entities.len() { { format!(" (상위 {}개 표시)", r.entities.len()) } }
                        { format!(" · 기사 {}건 색인", e.indexed) }
                        if analysed < total { { format!(" · 분석 중 {analysed}/{total}") } }
                    </p>
                    <table class="entity-table" aria-busy={(!current).to_string()}>
                        <thead>
                            <tr>
                                <th scope="col">{ "개체" }</th>
                                <th scope="col">{ "종류" }</th>
                                <th scope="col" class="num">{ "언급" }</th>
                                <th scope="col" class="num">{ "기사" }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for r.entities.iter().map(|x| html! {
                                <tr key={x.id.clone()} class="entity-row" data-entity-id={x.id.clone()}>
                                    <td><a href={Route::Entity(x.id.clone()).href()}>{ x.name.clone() }</a></td>
                                    <td><span class={classes!("chip", label_class(x.label))}>
                                        { label_name(x.label) }<span class="tag">{ x.label.as_str() }</span>
                                    </span></td>
                                    <td class="num mentions">{ x.mentions }</td>
                                    <td class="num articles">{ x.articles }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    if r.total == 0 { <p class="empty">{ "찾는 개체가 없습니다." }</p> }
                </>
            }
        }
    };
    html! {
        <section class="page entities" aria-labelledby="entities-title">
            <PageHead id="entities-title" title="개체" english="Entities">
                <a class="button" href={Route::Pictures.href()}>{ "관계망 · 연표 보기" }</a>
            </PageHead>
            <form class="entity-filters" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label>
                    { "이름 검색 " }
                    <input type="search" name="q" value={(*query).clone()} {oninput}
                        placeholder="예: 카카오, KoGPT" autocomplete="off" />
                </label>
                <label>
                    { "종류 " }
                    <select name="label" onchange={onlabel}>
                        <option value="" selected={label.is_none()}>{ "모두" }</option>
                        { for Label::ALL.iter().map(|l| html! {
                            <option value={l.as_str()} selected={*label == Some(*l)}>
                                { format!("{} ({})", label_name(*l), l.as_str()) }
                            </option>
                        }) }
                    </select>
                </label>
                <label>
                    { "정렬 " }
                    <select name="sort" onchange={onsort}>
                        <option value="mentions" selected={*sort == SortBy::Mentions}>{ "언급 많은 순" }</option>
                        <option value="articles" selected={*sort == SortBy::Articles}>{ "기사 많은 순" }</option>
                    </select>
                </label>
            </form>
            { results }
        </section>
    }
}
