//! The entity legend: one toggle per type, with its count.

use std::collections::BTreeSet;

use yew::prelude::*;
use yoyak::Label;

use crate::labels::{label_class, label_english, label_name};
use crate::markup;
use crate::state::Analyzed;

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// The analysis whose entities are counted.
    pub analysis: Analyzed,
    /// Types switched off.
    pub hidden: BTreeSet<Label>,
    /// Switches a type on or off.
    pub ontoggle: Callback<Label>,
}

/// Types present in the article, coloured as in the text, each a toggle button.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let counts = markup::label_counts(&props.analysis.0);
    if counts.is_empty() {
        return html! {
            <p class="legend empty">{ "찾은 개체가 없습니다. (No entities found.)" }</p>
        };
    }
    html! {
        <div class="legend" role="group" aria-label="개체 유형 (클릭하여 켜고 끄기)">
            { for counts.into_iter().map(|(label, n)| {
                let on = !props.hidden.contains(&label);
                let ontoggle = props.ontoggle.clone();
                html! {
                    <button
                        type="button"
                        class={classes!("legend-item", label_class(label), (!on).then_some("off"))}
                        aria-pressed={on.to_string()}
                        data-label={label.as_str()}
                        title={label_english(label)}
                        onclick={Callback::from(move |_| ontoggle.emit(label))}
                    >
                        <span class="swatch" aria-hidden="true"></span>
                        { label_name(label) }
                        <span class="tag">{ label.as_str() }</span>
                        <span class="count">{ n }</span>
                    </button>
                }
            }) }
        </div>
    }
}
