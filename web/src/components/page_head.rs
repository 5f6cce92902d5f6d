//! The head of a page: its title, in Korean with the English name beside it, and whatever the
//! page puts next to it (a count, a link to a sibling page).

use yew::prelude::*;

/// Props of [`PageHead`].
#[derive(Properties, PartialEq)]
pub struct PageHeadProps {
    /// The heading's id (the page's `aria-labelledby`).
    pub id: AttrValue,
    /// The title.
    pub title: AttrValue,
    /// The English name.
    pub english: AttrValue,
    /// What stands beside the title.
    #[prop_or_default]
    pub children: Html,
}

/// The head of a page.
#[function_component(PageHead)]
pub fn page_head(props: &PageHeadProps) -> Html {
    html! {
        <div class="page-head">
            <h1 id={props.id.clone()}>{ props.title.clone() }<span class="sub">{ format!(" {}", props.english) }</span></h1>
            { props.children.clone() }
        </div>
    }
}
