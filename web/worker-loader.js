// Starts the analysis worker: the wasm-bindgen `no-modules` glue (worker.js) and its wasm, both
// next to this file. The page spawns this file instead of the blob: URL gloo-worker would make,
// so that the page's Content-Security-Policy can keep `worker-src 'self'`.
importScripts('./worker.js');
wasm_bindgen({ module_or_path: './worker_bg.wasm' });
