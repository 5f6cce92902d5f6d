// Starts the app. trunk's default loader is an inline <script type="module">, which a
// Content-Security-Policy without 'unsafe-inline' refuses; Trunk.toml's `pattern_script` puts
// this file in its place, with the (hashed) names of the wasm-bindgen glue and the wasm module
// in data attributes. Both are fetched from this origin, like this file.
const tag = document.querySelector('script[data-yoyak-js]');
const base = document.baseURI;
const { default: init } = await import(new URL(tag.dataset.yoyakJs, base).href);
await init({ module_or_path: new URL(tag.dataset.yoyakWasm, base) });
