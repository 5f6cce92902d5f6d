//! Pictures of the library: the co-occurrence network of the top entities (laid out by
//! `layout.rs` in the worker) and a timeline of the articles by publication date.

use yew::prelude::*;
use yoyak::corpus::Dated;

use crate::components::page_head::PageHead;
use crate::hooks::use_explore;
use crate::labels::{label_class, label_name};
use crate::layout::Picture;
use crate::protocol::Query;
use crate::route::Route;

/// Nodes in the network picture.
pub const NETWORK_NODES: usize = 30;

const W: f64 = 900.0;
const H: f64 = 620.0;

/// The pictures page.
#[function_component(Pictures)]
pub fn pictures() -> Html {
    let ctx = use_explore((), |_| {
        vec![Query::Network { top: NETWORK_NODES }, Query::Timeline]
    });
    let Some(ctx) = ctx else {
        return html! {};
    };
    let explore = &ctx.state.explore;
    let network = explore.network.as_ref().and_then(|e| e.network());
    let timeline = explore.timeline.as_ref().and_then(|e| e.timeline());
    html! {
        <section class="page pictures" aria-labelledby="pictures-title">
            <PageHead id="pictures-title" title="관계망과 연표" english="Pictures">
                <a class="button" href={Route::Entities.href()}>{ "개체 목록" }</a>
            </PageHead>
            <h2>{ "개체 관계망" }</h2>
            <p class="hint">
                { format!("가장 많이 언급된 인물·기관·장소·인공물 {NETWORK_NODES}개. 원의 크기는 언급 수, 선의 굵기는 같은 문장에 함께 나온 횟수입니다. 원을 누르면 개체 페이지로 갑니다.") }
            </p>
            { match network {
                None => html! { <p class="pending">{ "그리는 중…" }</p> },
                Some(n) if n.nodes.is_empty() => html! { <p class="empty">{ "아직 개체가 없습니다." }</p> },
                Some(n) => network_svg(n),
            } }
            <h2>{ "기사 연표" }</h2>
            { match timeline {
                None => html! { <p class="pending">{ "불러오는 중…" }</p> },
                Some(t) => timeline_view(t),
            } }
        </section>
    }
}

fn network_svg(n: &Picture) -> Html {
    let max = n
        .nodes
        .iter()
        .map(|x| x.entity.mentions)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let max_edge = n.edges.iter().map(|e| e.together).max().unwrap_or(1).max(1) as f64;
    let at = |i: usize| n.nodes.get(i).map(|x| (x.x * W, x.y * H));
    let radius = |m: usize| 7.0 + 23.0 * (m as f64 / max).sqrt();
    html! {
        <figure class="network">
            <svg viewBox={format!("0 0 {W} {H}")} role="img" aria-label="개체 관계망 (entity co-occurrence network)"
                data-nodes={n.nodes.len().to_string()} data-edges={n.edges.len().to_string()}>
                <g class="edges">
                    { for n.edges.iter().filter_map(|e| {
                        let ((x1, y1), (x2, y2)) = (at(e.a)?, at(e.b)?);
                        let w = 0.6 + 5.0 * (e.together as f64 / max_edge).sqrt();
                        Some(html! {
                            <line x1={format!("{x1:.1}")} y1={format!("{y1:.1}")} x2={format!("{x2:.1}")} y2={format!("{y2:.1}")}
                                stroke-width={format!("{w:.2}")}>
                                <title>{ format!("{} — {}: {}문장", n.nodes[e.a].entity.name, n.nodes[e.b].entity.name, e.together) }</title>
                            </line>
                        })
                    }) }
                </g>
                <g class="nodes">
                    { for n.nodes.iter().map(|node| {
                        let (x, y) = (node.x * W, node.y * H);
                        let r = radius(node.entity.mentions);
                        let e = &node.entity;
                        html! {
                            <a href={Route::Entity(e.id.clone()).href()} class={classes!("node", label_class(e.label))}
                                data-entity-id={e.id.clone()}>
                                <title>{ format!("{} · {} · 언급 {}회 · 기사 {}건", e.name, label_name(e.label), e.mentions, e.articles) }</title>
                                <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r={format!("{r:.1}")} />
                            </a>
                        }
                    }) }
                </g>
                // Names over every circle, so no node hides another's name.
                <g class="names" aria-hidden="true">
                    { for n.nodes.iter().map(|node| {
                        let (x, y) = (node.x * W, node.y * H);
                        let r = radius(node.entity.mentions);
                        html! {
                            <text x={format!("{x:.1}")} y={format!("{:.1}", y + r + 14.0)} text-anchor="middle"
                                data-entity-id={node.entity.id.clone()}>{ node.entity.name.clone() }</text>
                        }
                    }) }
                </g>
            </svg>
            <figcaption class="legend-inline">
                { for yoyak::corpus::NAMED.iter().map(|l| html! {
                    <span class={classes!("chip", label_class(*l))}>{ label_name(*l) }<span class="tag">{ l.as_str() }</span></span>
                }) }
            </figcaption>
        </figure>
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD…` date (proleptic Gregorian), if it parses.
pub fn day_number(date: &str) -> Option<i64> {
    let y: i64 = date.get(0..4)?.parse().ok()?;
    let m: i64 = date.get(5..7)?.parse().ok()?;
    let d: i64 = date.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

fn timeline_view(items: &[Dated]) -> Html {
    let dated: Vec<(&Dated, i64)> = items
        .iter()
        .filter_map(|d| Some((d, day_number(d.published.as_deref()?)?)))
        .collect();
    let undated: Vec<&Dated> = items
        .iter()
        .filter(|d| d.published.as_deref().and_then(day_number).is_none())
        .collect();
    let (lo, hi) = dated.iter().fold((i64::MAX, i64::MIN), |(lo, hi), (_, n)| {
        (lo.min(*n), hi.max(*n))
    });
    let span = (hi - lo).max(1) as f64;
    let x = |n: i64| 40.0 + (W - 80.0) * (n - lo) as f64 / span;
    // Articles of one day are stacked.
    let mut stack: std::collections::HashMap<i64, usize> = Default::default();
    let max_stack = 12usize;
    html! {
        <figure class="timeline" data-dated={dated.len().to_string()}>
            if !dated.is_empty() {
                <svg viewBox={format!("0 0 {W} 150")} role="img" aria-label="발행일별 기사 (articles by publication date)">
                    <line class="axis" x1="40" y1="120" x2={format!("{}", W - 40.0)} y2="120" />
                    { for dated.iter().map(|(d, n)| {
                        let level = stack.entry(*n).or_default();
                        let k = (*level).min(max_stack);
                        *level += 1;
                        let cx = if hi == lo { W / 2.0 } else { x(*n) };
                        html! {
                            <a href={Route::Article(d.article.clone()).href()}>
                                <title>{ format!("{} · {}", d.published.clone().unwrap_or_default(), d.title) }</title>
                                <circle class="dot" cx={format!("{cx:.1}")} cy={format!("{}", 110 - 8 * k)} r="4" />
                            </a>
                        }
                    }) }
                    <text x="40" y="142" text-anchor="start">{ dated.first().and_then(|(d, _)| d.published.clone()).unwrap_or_default() }</text>
                    <text x={format!("{}", W - 40.0)} y="142" text-anchor="end">{ dated.last().and_then(|(d, _)| d.published.clone()).unwrap_or_default() }</text>
                </svg>
            }
            <ol class="timeline-list">
                { for dated.iter().take(200).map(|(d, _)| html! {
                    <li><time>{ d.published.clone().unwrap_or_default() }</time>{ " " }
                        <a href={Route::Article(d.article.clone()).href()}>{ d.title.clone() }</a></li>
                }) }
            </ol>
            if dated.len() > 200 { <p class="hint">{ format!("외 {}건", dated.len() - 200) }</p> }
            if !undated.is_empty() {
                <p class="hint">{ format!("발행일을 찾지 못한 기사 {}건", undated.len()) }</p>
            }
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::day_number;

    #[test]
    fn days() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2024-03-01 09:30"), Some(19783));
        assert_eq!(
            day_number("2024-02-29").map(|d| d + 1),
            day_number("2024-03-01")
        );
        assert_eq!(day_number("2024-13-01"), None);
        assert_eq!(day_number("어제"), None);
    }
}
