//! The analysis worker, which runs the core pipeline off the page's thread, and the page's handle
//! to it.

use std::rc::Rc;

use gloo_worker::{HandlerId, Spawnable, Worker, WorkerBridge, WorkerScope};
use yoyak::corpus::Index;
use yoyak::{Analysis, Analyzer};

use crate::layout::Picture;
use crate::protocol::{
    Answer, Explored, Input, Job, JsCodec, LengthChoice, Output, Part, Query, Request, Response,
};

/// Most entities the explorer shows per search (the total is given too).
pub const SEARCH_LIMIT: usize = 200;
/// Most sentences shown on an entity page (the total is given too).
pub const CONTEXTS_LIMIT: usize = 300;
/// Most associated entities listed on an entity page.
pub const ASSOCIATES: usize = 30;

/// Analyses texts, one request at a time, reusing one [`Analyzer`] while the options stay the
/// same, and keeps the entity index of the library: each library analysis is added as it is
/// made, each deleted article removed, so the index is never rebuilt.
pub struct AnalysisWorker {
    analyzer: Analyzer,
    /// Kept apart so that library previews (no entities) and full analyses, which alternate at
    /// start, do not replace each other's analyzer.
    preview: Analyzer,
    index: Index,
}

/// The worker's linear memory in bytes (WebAssembly pages of 64 KiB); 0 off wasm.
fn memory_bytes() -> u64 {
    #[cfg(target_arch = "wasm32")]
    {
        core::arch::wasm32::memory_size(0) as u64 * 65_536
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0
    }
}

/// Runs this worker in a worker's global scope: the entry point of both worker builds.
pub fn register() {
    use gloo_worker::Registrable;
    AnalysisWorker::registrar().encoding::<JsCodec>().register();
}

/// The worker's clock (`performance.now()`), in ms; 0 off wasm.
fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        // Called by name on the worker's global: web-sys binds it only for windows here.
        let global = js_sys::global();
        js_sys::Reflect::get(&global, &"performance".into())
            .and_then(|p| {
                let now = js_sys::Reflect::get(&p, &"now".into())?;
                now.dyn_into::<js_sys::Function>()?.call0(&p)
            })
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

impl Worker for AnalysisWorker {
    /// The only message to itself: decode the entity model now.
    type Message = ();
    type Input = Input;
    type Output = Output;

    fn create(scope: &WorkerScope<Self>) -> Self {
        // The library needs no model at start (its bundled analyses come with the page), so
        // the model is decoded at once, in a task of its own, rather than on the first paste or
        // summary length change, which would then wait for it.
        scope.send_message(());
        AnalysisWorker {
            analyzer: Analyzer::default(),
            preview: Analyzer::new(Job::Preview { id: String::new() }.options(Default::default())),
            index: Index::new(),
        }
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: Self::Message) {
        // Decoded once per worker and kept; a model that does not decode is reported by the
        // first analysis that needs it.
        let _ = yoyak::entity::model::Model::embedded();
    }

    fn received(&mut self, scope: &WorkerScope<Self>, input: Input, id: HandlerId) {
        let request = match input {
            Input::Analyze(request) => request,
            Input::Forget(article) => {
                self.index.remove(&article);
                return;
            }
            Input::Index { id, analysis } => {
                self.index.add(&id, &analysis);
                return;
            }
            Input::Explore(query) => {
                let answer = self.explore(&query);
                scope.respond(
                    id,
                    Output::Explored(Box::new(Explored {
                        query,
                        indexed: self.index.len(),
                        answer,
                    })),
                );
                return;
            }
        };
        let analyzer = if let Job::Preview { .. } = request.job {
            &mut self.preview
        } else {
            &mut self.analyzer
        };
        if analyzer.options() != &request.options {
            *analyzer = Analyzer::new(request.options);
        }
        let started = now_ms();
        let mut result = analyzer.analyze(&request.text).map_err(|e| e.to_string());
        if let (Job::Library { id }, Ok(analysis)) = (&request.job, &result) {
            self.index.add(id, analysis);
        }
        let analysis_ms = now_ms() - started;
        if let Ok(analysis) = &mut result {
            for part in Part::split(&request.job, analysis) {
                scope.respond(id, Output::Part(Box::new(part)));
            }
        }
        scope.respond(
            id,
            Output::Analysis(Box::new(Response {
                job: request.job,
                result,
                memory_bytes: memory_bytes(),
                analysis_ms,
            })),
        );
    }
}

impl AnalysisWorker {
    fn explore(&self, query: &Query) -> Answer {
        match query {
            Query::Search {
                text,
                labels,
                sort,
                limit,
            } => Answer::Search(
                self.index
                    .search(text, labels, *sort, (*limit).min(SEARCH_LIMIT)),
            ),
            Query::Entity { id } => Answer::Entity(
                self.index.entity(id, CONTEXTS_LIMIT),
                self.index
                    .cooccurring(id, &yoyak::corpus::NAMED, ASSOCIATES),
            ),
            Query::Network { top } => {
                Answer::Network(Picture::of(self.index.network((*top).min(80), &[])))
            }
            Query::Timeline => Answer::Timeline(self.index.timeline()),
        }
    }
}

/// The one connection to the analysis worker, shared by every component.
#[derive(Clone)]
pub struct WorkerHandle(Rc<WorkerBridge<AnalysisWorker>>);

impl PartialEq for WorkerHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl WorkerHandle {
    /// Starts the worker; `on_output` gets each of its messages.
    pub fn spawn(on_output: impl Fn(Output) + 'static) -> WorkerHandle {
        let bridge = AnalysisWorker::spawner()
            .callback(on_output)
            .encoding::<JsCodec>()
            // trunk builds workers for wasm-bindgen's `no-modules` target.
            .as_module(false)
            // `worker-loader.js` (a file, copied from `web/`) loads `worker.js` and its wasm.
            // Without it gloo-worker would start the worker from a `blob:` URL, which the page's
            // Content-Security-Policy (`worker-src 'self'`) refuses.
            .with_loader(true)
            // Relative, so the app works from a sub-path.
            .spawn("./worker-loader.js");
        WorkerHandle(Rc::new(bridge))
    }

    /// Asks for an analysis of `text`; the answer arrives as
    /// [`Action::Reply`](crate::state::Action::Reply).
    pub fn analyze(&self, job: Job, text: &str, length: LengthChoice) {
        self.0.send(Input::Analyze(Request {
            options: job.options(length),
            job,
            text: text.to_string(),
        }));
    }

    /// Adds an analysis the page already has (a bundled article's) to the worker's entity index.
    pub fn index(&self, id: &str, analysis: &Analysis) {
        self.0.send(Input::Index {
            id: id.to_string(),
            analysis: Box::new(analysis.clone()),
        });
    }

    /// Asks the entity index; the answer arrives as
    /// [`Action::Explored`](crate::state::Action::Explored).
    pub fn explore(&self, query: Query) {
        self.0.send(Input::Explore(query));
    }

    /// Drops a deleted article from the entity index.
    pub fn forget(&self, id: &str) {
        self.0.send(Input::Forget(id.to_string()));
    }
}
