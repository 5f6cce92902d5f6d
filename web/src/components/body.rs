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

/// The cleaned article in paragraphs. Every piece of text is a yew text node.
#[function_component(Body)]
pub fn body(props: &BodyProps) -> Html {
    let paragraphs = use_memo(props.analysis.clone(), |a| markup::paragraphs(&a.0));
    let show_all = use_state(|| false);
    let total = props.analysis.0.sentences.len();
    let limit = if *show_all || props.target.is_some_and(|t| t >= FIRST_SENTENCES) {
        usize::MAX
    } else {
        FIRST_SENTENCES
    };
    // Whole paragraphs, up to the first that starts at or after the limit.
    let first_sentence = |blocks: &Vec<Block>| {
        blocks.iter().find_map(|b| match b {
            Block::Sentence { index, .. } => Some(*index),
            Block::Between(_) => None,
        })
    };
    let shown = paragraphs
        .iter()
        .position(|blocks| first_sentence(blocks).is_some_and(|i| i >= limit))
        .unwrap_or(paragraphs.len());
    let rest = paragraphs[shown..]
        .iter()
        .find_map(first_sentence)
        .map(|i| total.saturating_sub(i))
        .unwrap_or(0);
    let piece = |p: &Piece| -> Html {
        match p {
            Piece::Text(t) => html! { t.clone() },
            Piece::Entity { label, text, .. } if !props.hidden.contains(label) => {
                let selected = props
                    .selected
                    .as_ref()
                    .is_some_and(|k| k.label == *label && k.text == *text);
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
            { for paragraphs[..shown].iter().map(|blocks| html! {
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
            if rest > 0 {
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
