//! Entry point of the analysis worker (built by trunk as `worker.js` + `worker_bg.wasm`).

use gloo_worker::Registrable;
use yoyak_web::protocol::JsCodec;
use yoyak_web::worker::AnalysisWorker;

fn main() {
    AnalysisWorker::registrar().encoding::<JsCodec>().register();
}
