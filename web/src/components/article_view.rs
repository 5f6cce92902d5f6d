//! The reader's view of one analysis: legend, highlighted body, removals and side panel. Used
//! by the reader and by the paste preview.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::body::Body;
use crate::components::legend::Legend;
use crate::components::removed::Removed;
use crate::components::side_panel::SidePanel;
use crate::markup::EntityKey;
use crate::protocol::LengthChoice;
use crate::state::{Action, Analyzed, AppContext};

/// Props of [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The analysis shown.
    pub analysis: Analyzed,
    /// The summary sentences to mark (indices into the sentences).
    pub summary: Rc<BTreeSet<usize>>,
    /// True while a summary of the chosen length is being computed.
    #[prop_or_default]
    pub pending: bool,
    /// A sentence to mark as the one linked to.
    #[prop_or_default]
    pub target: Option<usize>,
}

/// Legend, body, removals and side panel of one article.
#[function_component(ArticleView)]
pub fn article_view(props: &ArticleViewProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let view = ctx.state.view.clone();
    let dispatch = ctx.state.dispatcher();
    let ontogglelabel = {
        let d = dispatch.clone();
        Callback::from(move |l| d.dispatch(Action::ToggleLabel(l)))
    };
    let onlength = {
        let d = dispatch.clone();
        Callback::from(move |l: LengthChoice| d.dispatch(Action::SetLength(l)))
    };
    let onselect = {
        let d = dispatch.clone();
        Callback::from(move |k: EntityKey| d.dispatch(Action::SelectEntity(k)))
    };
    let ontoggleremoved = Callback::from(move |_| dispatch.dispatch(Action::ToggleRemoved));
    html! {
        <div class="article-view">
            <div class="article-main">
                <Legend analysis={props.analysis.clone()} hidden={view.hidden.clone()} ontoggle={ontogglelabel} />
                <Body
                    analysis={props.analysis.clone()}
                    summary={props.summary.clone()}
                    pending={props.pending}
                    hidden={view.hidden.clone()}
                    selected={view.selected.clone()}
                    target={props.target}
                />
                <Removed analysis={props.analysis.clone()} open={view.show_removed} ontoggle={ontoggleremoved} />
            </div>
            <SidePanel
                analysis={props.analysis.clone()}
                summary={props.summary.clone()}
                pending={props.pending}
                length={view.length}
                selected={view.selected.clone()}
                {onlength}
                {onselect}
            />
        </div>
    }
}
