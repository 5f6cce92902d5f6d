//! The top bar.

use yew::prelude::*;

use crate::route::Route;

/// Props of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The current page, to mark its link.
    pub route: Route,
}

/// Site name and the two main links.
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let current = |on: bool| on.then_some("page");
    let in_library = matches!(
        props.route,
        Route::Library | Route::Article(_) | Route::Sentence(..)
    );
    let exploring = matches!(props.route, Route::Entities | Route::Entity(_));
    html! {
        <header class="site-header">
            <a class="brand" href="#/">
                <span class="brand-ko">{ "요약" }</span>
                <span class="brand-en">{ "yoyak" }</span>
            </a>
            <nav aria-label="주 메뉴">
                <a href="#/" aria-current={current(in_library)}>{ "서재" }</a>
                <a href="#/paste" aria-current={current(props.route == Route::Paste)}>
                    { "기사 붙여넣기" }
                </a>
                <a href="#/entities" aria-current={current(exploring)}>{ "개체" }</a>
                <a href="#/pictures" aria-current={current(props.route == Route::Pictures)}>
                    { "관계망" }
                </a>
            </nav>
        </header>
    }
}
