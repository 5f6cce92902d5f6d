//! The side panel: summary (with its length control and the site's own summary), keywords and
//! entities by type.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::length_control::LengthControl;
use crate::labels::{label_class, label_english, label_name};
use crate::markup::{self, EntityKey};
use crate::protocol::LengthChoice;
use crate::state::Analyzed;

/// Chips listed per entity type; the rest are counted. A long paste can hold thousands of
/// distinct names, and every chip is a button in the page.
pub const CHIPS_PER_LABEL: usize = 60;

/// Most site-summary lines listed. A news page has a few; a pasted text of many articles can
/// have a thousand (the 5 MB test paste: 1,170 elements and 118 KB of text in this narrow
/// column, laid out in one frame with the rest of the first preview).
pub const SITE_LINES: usize = 20;

/// Props of [`SidePanel`].
#[derive(Properties, PartialEq)]
pub struct SidePanelProps {
    /// The analysis.
    pub analysis: Analyzed,
    /// The chosen summary sentences.
    pub summary: Rc<BTreeSet<usize>>,
    /// True while the summary is being recomputed.
    pub pending: bool,
    /// The chosen summary length.
    pub length: LengthChoice,
    /// The entity whose mentions are marked.
    pub selected: Option<EntityKey>,
    /// A new summary length.
    pub onlength: Callback<LengthChoice>,
    /// Marks (or unmarks) an entity's mentions.
    pub onselect: Callback<EntityKey>,
}

fn scroll_to_sentence(index: usize) {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("s-{index}")))
    else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_behavior(web_sys::ScrollBehavior::Smooth);
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Summary, site summary, keywords and entities.
#[function_component(SidePanel)]
pub fn side_panel(props: &SidePanelProps) -> Html {
    let a = &props.analysis.0;
    let ours: Vec<&str> = props
        .summary
        .iter()
        .filter_map(|&i| a.sentences.get(i).map(|s| s.text.as_str()))
        .collect();
    // Once per analysis, not per render: a long text has a hundred thousand mentions.
    let groups = use_memo(props.analysis.clone(), |a| markup::entity_groups(&a.0));
    let site = &a.clean.site_summary;
    html! {
        <aside class="side-panel" aria-label="요약과 개체">
            <section class="panel summary-panel">
                <h2>{ "요약" }<span class="sub">{ " Summary" }</span></h2>
                <LengthControl length={props.length} sentences={a.sentences.len()} onlength={props.onlength.clone()} />
                if props.pending {
                    <p class="pending" aria-live="polite">{ "요약 계산 중…" }</p>
                }
                <ol class="summary-list">
                    { for props.summary.iter().filter_map(|&i| a.sentences.get(i).map(|s| (i, s))).map(|(i, s)| html! {
                        <li>
                            <button type="button" class="link" title="본문에서 보기"
                                onclick={Callback::from(move |_| scroll_to_sentence(i))}>
                                { s.text.clone() }
                            </button>
                        </li>
                    }) }
                </ol>
            </section>
            if !site.is_empty() {
                <section class="panel site-summary">
                    <h2>{ "사이트 요약과 비교" }</h2>
                    <p class="overlap">
                        { format!("겹침 {:.0}%", markup::overlap(site, &ours) * 100.0) }
                        <span class="sub">{ " (사이트 요약의 글자 2-gram 중 우리 요약에도 있는 비율)" }</span>
                    </p>
                    <div class="compare">
                        <div>
                            <h3>{ "사이트 요약" }</h3>
                            <ul>{ for site.iter().take(SITE_LINES).map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
                            if site.len() > SITE_LINES {
                                <p class="sub more-lines">{ format!("외 {}줄 (and {} more lines)", site.len() - SITE_LINES, site.len() - SITE_LINES) }</p>
                            }
                        </div>
                        <div>
                            <h3>{ "yoyak 요약" }</h3>
                            <ul>{ for ours.iter().map(|s| html! { <li>{ s.to_string() }</li> }) }</ul>
                        </div>
                    </div>
                </section>
            }
            <section class="panel keywords">
                <h2>{ "키워드" }<span class="sub">{ " Keywords" }</span></h2>
                if a.keywords.is_empty() {
                    <p class="empty">{ "키워드가 없습니다." }</p>
                } else {
                    <ul class="chips">
                        { for a.keywords.iter().map(|k| html! {
                            <li class="chip keyword" title={format!("{}회", k.count)}>
                                { k.text.clone() }<span class="count">{ k.count }</span>
                            </li>
                        }) }
                    </ul>
                }
            </section>
            <section class="panel entities">
                <h2>{ "개체" }<span class="sub">{ " Entities" }</span></h2>
                if groups.is_empty() {
                    <p class="empty">{ "찾은 개체가 없습니다." }</p>
                }
                { for groups.iter().map(|(&label, items)| {
                    let total: usize = items.iter().map(|(_, n)| n).sum();
                    let more = items.len().saturating_sub(CHIPS_PER_LABEL);
                    html! {
                        <div class="entity-group" data-label={label.as_str()}>
                            <h3>
                                <span class={classes!("swatch", label_class(label))} aria-hidden="true"></span>
                                { format!("{} ", label_name(label)) }
                                <span class="tag" title={label_english(label)}>{ label.as_str() }</span>
                                <span class="count">{ total }</span>
                            </h3>
                            <ul class="chips">
                                { for items.iter().take(CHIPS_PER_LABEL).map(|(text, n)| {
                                    let key = EntityKey { label, text: text.clone() };
                                    let on = props.selected.as_ref() == Some(&key);
                                    let onselect = props.onselect.clone();
                                    html! {
                                        <li>
                                            <button
                                                type="button"
                                                class={classes!("chip", label_class(label), on.then_some("selected"))}
                                                aria-pressed={on.to_string()}
                                                onclick={Callback::from(move |_| onselect.emit(key.clone()))}
                                            >
                                                { text.clone() }<span class="count">{ *n }</span>
                                            </button>
                                        </li>
                                    }
                                }) }
                            </ul>
                            if more > 0 {
                                <p class="sub more">{ format!("외 {more}개 (the {more} least frequent are not listed)") }</p>
                            }
                        </div>
                    }
                }) }
            </section>
        </aside>
    }
}
