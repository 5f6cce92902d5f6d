//! Entry point of the analysis worker (built by trunk as `worker.js` + `worker_bg.wasm`).

fn main() {
    yoyak_web::worker::register();
}
