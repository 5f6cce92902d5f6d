// Starts the app. trunk's default loader is an inline <script type="module">, which a
// Content-Security-Policy without 'unsafe-inline' refuses; Trunk.toml's `pattern_script` puts
// this file in its place, with the (hashed) names of the wasm-bindgen glue and the wasm module
// in data attributes. Both are fetched from this origin, like this file.
const tag = document.querySelector('script[data-yoyak-js]');
const base = document.baseURI;
const { default: init } = await import(new URL(tag.dataset.yoyakJs, base).href);
await init({ module_or_path: new URL(tag.dataset.yoyakWasm, base) });

// The offline cache (sw.js, written by web/sw-build.mjs). Only release builds carry a build
// hash; dev builds register nothing, so a rebuilt file is always seen. Registered after the app
// has started so that its download of the whole app never competes with the first render.
if (document.documentElement.dataset.yoyakBuild && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register(new URL('sw.js', base)).catch((e) => {
    // No offline use (e.g. a private window without storage); the app works as before.
    console.info(`yoyak: no offline cache: ${e}`);
  });
}
