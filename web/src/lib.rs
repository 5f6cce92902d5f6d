//! The yoyak web app: a yew page (the `app` binary) and the web worker that runs the analysis
//! (the `worker` binary). The page never runs the pipeline itself, so the core and its model
//! stay out of the main bundle and typing in the paste box never blocks the page.
//!
//! User text reaches the DOM only as yew text nodes; nothing is ever inserted as HTML.

pub mod components;
pub mod export;
pub mod files;
pub mod hooks;
pub mod labels;
pub mod layout;
pub mod markup;
pub mod protocol;
pub mod route;
pub mod seeds;
pub mod state;
pub mod storage;
pub mod worker;

pub use components::app::App;
