//! Hooks: the current route, the analysis worker, the explorer's questions, the debounced paste
//! analysis.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::{Interval, Timeout};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::protocol::{Job, LengthChoice, Output, Part, Query};
use crate::route::Route;
use crate::state::{Action, Analyzed, AppContext, AppState};
use crate::worker::WorkerHandle;

/// How long the paste box waits after the last keystroke before analysing.
pub const DEBOUNCE_MS: u32 = 300;

/// Starts the worker once, hands its entity index the library analyses the state starts with
/// (the bundled articles'), and routes its answers into the state.
///
/// The analyses go with the worker's first messages, before any page (an explorer page opened
/// by its address) can ask the index: the library is complete from the start, so such a page
/// would not ask again ([`refresh_tick`]) and would show an empty index.
#[hook]
pub fn use_worker(state: &AppState, dispatch: UseReducerDispatcher<AppState>) -> WorkerHandle {
    let handle = use_state(move || {
        // In the library's order, as the worker's own answers would come.
        let analysed: Vec<(String, Analyzed)> = state
            .articles
            .iter()
            .filter_map(|a| {
                Some((
                    a.id.clone(),
                    state.library.get(&a.id)?.as_ref().ok()?.clone(),
                ))
            })
            .collect();
        // Parts of the next analysis (a long text's, see `Output::Part`), until it arrives.
        let parts: RefCell<Vec<Part>> = RefCell::new(Vec::new());
        let worker = WorkerHandle::spawn(move |output| {
            dispatch.dispatch(match output {
                Output::Part(part) => {
                    let mut parts = parts.borrow_mut();
                    if parts.first().is_some_and(|p| p.job != part.job) {
                        parts.clear();
                    }
                    parts.push(*part);
                    return;
                }
                Output::Analysis(mut response) => {
                    let parts = parts.take();
                    let long = !parts.is_empty();
                    if let (Some(first), Ok(analysis)) = (parts.first(), &mut response.result) {
                        if first.job == response.job {
                            Part::join(analysis, parts);
                        }
                    }
                    if matches!(
                        (&response.job, &response.result),
                        (Job::Library { .. }, Ok(_))
                    ) {
                        library_reply(response.memory_bytes, response.analysis_ms);
                    }
                    let reply = move |dispatch: &UseReducerDispatcher<AppState>| {
                        if let Job::Draft { .. } = response.job {
                            // When the draft's answer is decoded and about to be rendered: the
                            // huge-paste test splits its long tasks at this mark.
                            if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                                let _ = p.mark("yoyak-draft-reply");
                            }
                        }
                        dispatch.dispatch(Action::Reply(response, js_sys::Date::now()));
                    };
                    if long {
                        // A long text's answer is rendered in a task of its own: decoding its
                        // last message and rendering it took 100-150 ms each for a 5 MB paste,
                        // too long together in one task. Every answer about a long text
                        // waits alike, so answers about one text keep their order.
                        let dispatch = dispatch.clone();
                        Timeout::new(0, move || reply(&dispatch)).forget();
                    } else {
                        reply(&dispatch);
                    }
                    return;
                }
                Output::Explored(explored) => Action::Explored(Rc::from(explored)),
            })
        });
        for (id, analysis) in &analysed {
            worker.index(id, &analysis.0);
        }
        worker
    });
    (*handle).clone()
}

/// Marks each library answer (a `yoyak-library-reply` performance mark whose detail is
/// `[worker memory in bytes, the worker's ms for the analysis and indexing]`) for the soak test.
fn library_reply(memory_bytes: u64, analysis_ms: f64) {
    // `performance.mark(name, { detail })`, called by name: web-sys has no binding for it.
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let options = js_sys::Object::new();
        let detail = js_sys::Array::of2(&(memory_bytes as f64).into(), &analysis_ms.into());
        let _ = js_sys::Reflect::set(&options, &"detail".into(), &detail);
        if let Ok(mark) = js_sys::Reflect::get(&performance, &"mark".into()) {
            if let Some(mark) = mark.dyn_ref::<js_sys::Function>() {
                let _ = mark.call2(&performance, &"yoyak-library-reply".into(), &options);
            }
        }
    }
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The route in the address bar, following `hashchange` (links, back and forward).
#[hook]
pub fn use_route() -> Route {
    let route = use_state(|| Route::parse(&current_hash()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn()>::new(move || {
                route.set(Route::parse(&current_hash()));
                if let Some(w) = web_sys::window() {
                    w.scroll_to_with_x_and_y(0.0, 0.0);
                }
            });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w.add_event_listener_with_callback(
                    "hashchange",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        listener.as_ref().unchecked_ref(),
                    );
                }
                drop(listener);
            }
        });
    }
    (*route).clone()
}

/// How many newly analysed articles make the open explorer ask the index again.
pub const REFRESH_EVERY: usize = 25;

/// A number that changes when the library has grown by [`REFRESH_EVERY`] analyses or finished,
/// so open explorer pages refresh while a big library is analysed, without asking on every
/// single article.
pub fn refresh_tick(analysed: usize, total: usize) -> usize {
    if analysed >= total {
        usize::MAX
    } else {
        analysed / REFRESH_EVERY
    }
}

/// Asks the entity index the questions `ask` makes of `what` (what the page shows), again when
/// `what` changes and as the library grows ([`refresh_tick`]); the answers arrive in
/// `AppState::explore`. Gives the page its context.
#[hook]
pub fn use_explore<T>(what: T, ask: fn(&T) -> Vec<Query>) -> Option<AppContext>
where
    T: PartialEq + 'static,
{
    let ctx = use_context::<AppContext>();
    let tick = ctx
        .as_ref()
        .map(|c| refresh_tick(c.state.library.len(), c.state.articles.len()))
        .unwrap_or_default();
    let worker = ctx.as_ref().map(|c| c.worker.clone());
    use_effect_with((what, tick), move |(what, _)| {
        if let Some(worker) = worker {
            for query in ask(what) {
                worker.explore(query);
            }
        }
    });
    ctx
}

/// Longest paste the app analyses or saves: the core's own limit (8 MiB of UTF-8). A longer
/// text stays in the box, untouched, with a message saying so.
pub const MAX_PASTE_BYTES: usize = yoyak::DEFAULT_MAX_INPUT_BYTES;

/// Sends the paste box to the worker [`DEBOUNCE_MS`] after the last edit or length change, once
/// the worker has answered the previous draft request (`busy`), and only if the text is not
/// empty, within [`MAX_PASTE_BYTES`], and not already sent as it is.
#[hook]
pub fn use_draft_analysis(
    ctx: Option<(WorkerHandle, UseReducerDispatcher<AppState>)>,
    seq: u64,
    text: Rc<str>,
    length: LengthChoice,
    busy: bool,
    sent: Option<(u64, LengthChoice)>,
) {
    use_effect_with((seq, length, busy), move |&(seq, length, busy)| {
        let wanted = !busy
            && sent != Some((seq, length))
            && !text.trim().is_empty()
            && text.len() <= MAX_PASTE_BYTES;
        let timeout = ctx.filter(|_| wanted).map(|(worker, dispatch)| {
            Timeout::new(DEBOUNCE_MS, move || {
                worker.analyze(Job::Draft { seq, length }, &text, length);
                dispatch.dispatch(Action::DraftSent(seq, length, js_sys::Date::now()));
            })
        });
        // Dropping a pending timeout cancels it.
        move || drop(timeout)
    });
}

/// Re-renders the component every `ms` while `active` (for an elapsed-time display).
#[hook]
pub fn use_ticker(active: bool, ms: u32) {
    let update = use_force_update();
    use_effect_with(active, move |&active| {
        let interval = active.then(|| Interval::new(ms, move || update.force_update()));
        move || drop(interval)
    });
}

/// Navigates to `route` (a new history entry, so back returns here).
pub fn go(route: &Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.href());
    }
}
