// Starts the analysis worker: the wasm-bindgen `no-modules` glue and its wasm, both next to
// this file. The page spawns this file instead of the blob: URL gloo-worker would make, so that
// the page's Content-Security-Policy can keep `worker-src 'self'`.
//
// Two builds of the worker: `worker-simd` (the tagger's row sums in wasm SIMD) where the engine
// validates a SIMD instruction, `worker` everywhere else. sw.js makes the same choice.
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);
const name = WebAssembly.validate(SIMD_PROBE) ? 'worker-simd' : 'worker';
importScripts(`./${name}.js`);
wasm_bindgen({ module_or_path: `./${name}_bg.wasm` });
