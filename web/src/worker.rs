//! The analysis worker: runs the core pipeline off the page's thread.

use gloo_worker::{HandlerId, Worker, WorkerScope};
use yoyak::Analyzer;

use crate::protocol::{Request, Response};

/// Analyses texts, one request at a time, reusing one [`Analyzer`] while the options stay the
/// same.
pub struct AnalysisWorker {
    analyzer: Analyzer,
}

impl Worker for AnalysisWorker {
    type Message = ();
    type Input = Request;
    type Output = Response;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        AnalysisWorker {
            analyzer: Analyzer::default(),
        }
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: Self::Message) {}

    fn received(&mut self, scope: &WorkerScope<Self>, request: Request, id: HandlerId) {
        if self.analyzer.options() != &request.options {
            self.analyzer = Analyzer::new(request.options);
        }
        let result = self
            .analyzer
            .analyze(&request.text)
            .map_err(|e| e.to_string());
        scope.respond(
            id,
            Response {
                job: request.job,
                result,
            },
        );
    }
}
