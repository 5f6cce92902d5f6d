//! What the cleaner took out, and why.

use yew::prelude::*;

use crate::labels::reason_name;
use crate::state::Analyzed;

/// Props of [`Removed`].
#[derive(Properties, PartialEq)]
pub struct RemovedProps {
    /// The analysis.
    pub analysis: Analyzed,
    /// Whether the list is open.
    pub open: bool,
    /// Opens or closes it.
    pub ontoggle: Callback<()>,
}

/// A toggle and, when open, the removed lines with their reasons.
#[function_component(Removed)]
pub fn removed(props: &RemovedProps) -> Html {
    let clean = &props.analysis.0.clean;
    // Captions are among the removals (reason: caption), so they are not listed twice.
    let n = clean.removed.len();
    let ontoggle = props.ontoggle.reform(|_: MouseEvent| ());
    html! {
        <section class="removed">
            <button
                type="button"
                id="toggle-removed"
                aria-expanded={props.open.to_string()}
                aria-controls="removed-list"
                onclick={ontoggle}
            >
                { if props.open { "정리된 부분 숨기기" } else { "정리된 부분 보기" } }
                { format!(" ({n})") }
            </button>
            if props.open {
                <div id="removed-list">
                    if n == 0 {
                        <p class="empty">{ "정리기가 지운 줄이 없습니다." }</p>
                    }
                    <ul>
                        { for clean.removed.iter().map(|r| html! {
                            <li>
                                <span class="reason">{ reason_name(r.reason) }</span>
                                <span class="removed-text">{ r.text.clone() }</span>
                            </li>
                        }) }
                    </ul>
                </div>
            }
        </section>
    }
}
