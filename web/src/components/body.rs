//! The article text with entity and summary marks.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;
use yoyak::Label;

use crate::labels::{label_class, label_english, label_name};
use crate::markup::{self, Block, EntityKey, Piece};
use crate::state::Analyzed;

/// Props of [`Body`].
#[derive(Properties, PartialEq)]
pub struct BodyProps {
    /// The analysis.
    pub analysis: Analyzed,
    /// Summary sentences to mark.
    pub summary: Rc<BTreeSet<usize>>,
    /// True while the summary is being recomputed.
    pub pending: bool,
    /// Entity types not to mark.
    pub hidden: BTreeSet<Label>,
    /// The entity whose mentions stand out.
    pub selected: Option<EntityKey>,
    /// The sentence linked to (from an entity page), marked.
    #[prop_or_default]
    pub target: Option<usize>,
}

/// Sentences rendered before "show the rest": a pasted book-length text would otherwise put
/// hundreds of thousands of nodes in the page at once and freeze it for seconds.
pub const FIRST_SENTENCES: usize = 1500;

/// Sentences rendered in one go: the first [`FIRST_SENTENCES`] of a long text appear this many
/// at a time, one step per task, so that the page answers clicks and keys in between (a
/// news article fits in the first step).
pub const STEP: usize = 300;

/// The cleaned article in paragraphs. Every piece of text is a yew text node.
#[function_component(Body)]
pub fn body(props: &BodyProps) -> Html {
    let show_all = use_state(|| false);
    let total = props.analysis.0.sentences.len();
    let wanted = if *show_all || props.target.is_some_and(|t| t >= FIRST_SENTENCES) {
        usize::MAX
    } else {
        FIRST_SENTENCES
    };
    // How far this analysis has been rendered so far; a new analysis starts again at one step
    // (or at the linked sentence).
    let start = props.target.map_or(STEP, |t| (t + 1).max(STEP));
    let grown = use_state(|| (props.analysis.clone(), start));
    let reached = if grown.0 == props.analysis {
        grown.1
    } else {
        start
    };
    let limit = reached.min(wanted);
    let cut = use_memo((props.analysis.clone(), limit), |(a, limit)| {
        markup::paragraphs_upto(&a.0, *limit)
    });
    let (paragraphs, first_left_out) = (&cut.0, cut.1);
    {
        // One more step in a later task while the wanted sentences are not all there; past
        // the first FIRST_SENTENCES ("show the rest"), the rest at once.
        let grown = grown.clone();
        let more = first_left_out.is_some() && limit < wanted;
        let analysis = props.analysis.clone();
        use_effect_with(
            (analysis, limit, more, wanted),
            move |(analysis, limit, more, wanted)| {
                let next = if *limit >= FIRST_SENTENCES {
                    *wanted
                } else {
                    limit + STEP
                };
                let analysis = analysis.clone();
                let timeout = more.then(|| {
                    gloo_timers::callback::Timeout::new(0, move || grown.set((analysis, next)))
                });
                move || drop(timeout)
            },
        );
    }
    let shown = paragraphs.len();
    let rest = first_left_out.map_or(0, |i| total.saturating_sub(i));
    // While steps are still coming, the button is not offered yet.
    let growing = limit < wanted.min(FIRST_SENTENCES) && first_left_out.is_some();
    // The chosen entity's mentions, as the core grouped them ("김 FO" is one of 김병학's), so
    // that what is marked is what the chip counts.
    let chosen = markup::mentions_of(&props.analysis.0, props.selected.as_ref());
    let piece = |p: &Piece| -> Html {
        match p {
            Piece::Text(t) => html! { t.clone() },
            Piece::Entity { index, label, text } if !props.hidden.contains(label) => {
                let selected = chosen.contains(index);
                let name = label_name(*label);
                html! {
                    <mark
                        class={classes!("ent", label_class(*label), selected.then_some("selected"))}
                        tabindex="0"
                        data-label={label.as_str()}
                        data-label-name={format!("{name} {}", label.as_str())}
                        title={format!("{name} ({}, {})", label.as_str(), label_english(*label))}
                    >
                        { text.clone() }
                    </mark>
                }
            }
            Piece::Entity { text, .. } => html! { text.clone() },
        }
    };
    html! {
        <div
            class="article-body"
            lang="ko"
            aria-busy={props.pending.to_string()}
            data-summary-count={props.summary.len().to_string()}
        >
            { for paragraphs.iter().map(|blocks| html! {
                <p class="para">
                    { for blocks.iter().map(|b| match b {
                        Block::Sentence { index, pieces } => {
                            let marked = props.summary.contains(index);
                            let target = props.target == Some(*index);
                            html! {
                                <span
                                    id={format!("s-{index}")}
                                    class={classes!("sent", marked.then_some("in-summary"), target.then_some("target"))}
                                    aria-current={target.then_some("location")}
                                    data-sent={index.to_string()}
                                >
                                    { for pieces.iter().map(piece) }
                                </span>
                            }
                        }
                        Block::Between(pieces) => html! { <>{ for pieces.iter().map(piece) }</> },
                    }) }
                </p>
            }) }
            if rest > 0 && !growing {
                <p class="more">
                    <button type="button" id="show-all-sentences" class="button" onclick={{
                        let show_all = show_all.clone();
                        Callback::from(move |_| show_all.set(true))
                    }}>
                        { format!("나머지 {rest}문장 모두 보기") }
                    </button>
                    <span class="sub">{ format!(" 처음 {shown}문단만 보여 주고 있습니다.", shown = shown) }</span>
                </p>
            }
        </div>
    }
}
