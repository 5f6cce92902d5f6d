// Starts the analysis worker: the wasm-bindgen `no-modules` glue and its wasm, both next to
// this file. The page spawns this file instead of the blob: URL gloo-worker would make, so that
// the page's Content-Security-Policy can keep `worker-src 'self'`.
//
// Two builds of the worker: `worker-simd` (the tagger's row sums in wasm SIMD) where the engine
// runs SIMD (simd.js), `worker` everywhere else. sw.js makes the same choice.
importScripts('./simd.js');
const name = self.yoyakSimd ? 'worker-simd' : 'worker';
importScripts(`./${name}.js`);
wasm_bindgen({ module_or_path: `./${name}_bg.wasm` });
