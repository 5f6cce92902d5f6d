//! Entry point of the analysis worker built with wasm SIMD (`--features simd`; trunk builds it as
//! `worker-simd.js` + `worker-simd_bg.wasm`): the same worker as `worker.rs`.

fn main() {
    yoyak_web::worker::register();
}
