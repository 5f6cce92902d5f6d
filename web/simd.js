// Whether this engine runs wasm SIMD: `WebAssembly.validate` on a module of one function that
// holds one SIMD instruction (i8x16.splat). Sets `self.yoyakSimd`. Loaded by worker-loader.js and
// sw.js (importScripts) and by the bench page (a classic script before its module), which then
// pick the same build of the worker or the API.
self.yoyakSimd = WebAssembly.validate(
  new Uint8Array([
    0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
  ]),
);
