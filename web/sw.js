// The offline service worker. Not served as is: web/sw-build.mjs (a trunk post_build hook)
// writes dist/sw.js as `const VERSION = …; const FILES = […];` followed by this file. VERSION is
// a hash of every file the app needs, so any change to the code, the model or the page makes a
// new sw.js; the browser notices the changed bytes on its next visit and installs it, and the
// new worker drops the caches of the old release.
//
// Same origin only, no remote hosts: it caches the files it was built with and answers their
// requests from the cache; anything else goes to the network as usual.

/* global VERSION, FILES */
const APP_CACHE = `yoyak-app-${VERSION}`;

// The page runs one of the worker's two builds (web/worker-loader.js, by the same test in
// simd.js): only that one is cached, so a reader downloads one worker, not both.
importScripts('./simd.js');
const OTHER_WORKER = self.yoyakSimd ? /^worker(\.js|_bg\.wasm)$/ : /^worker-simd/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(APP_CACHE);
      // `reload`: straight from the server, never from the HTTP cache, which may hold an older
      // file under an unhashed name (worker.js, worker_bg.wasm, start.js).
      const files = FILES.filter((f) => !OTHER_WORKER.test(f));
      await cache.addAll(files.map((f) => new Request(f, { cache: 'reload' })));
      // The page loads every file it needs at start, so a new release can take over at once:
      // a page already open keeps running what it loaded.
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        // Every other yoyak cache: the old releases', and the `yoyak-analysis-*` caches of
        // releases that kept analyses there (the bundled ones now come with the page).
        if (key.startsWith('yoyak-') && key !== APP_CACHE) {
          await caches.delete(key);
        }
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  // Routes are hash routes, so every page of the app is the scope's index.html.
  const page = request.mode === 'navigate' && (url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`);
  event.respondWith(
    (async () => {
      const cache = await caches.open(APP_CACHE);
      const hit = await cache.match(page ? new URL('index.html', scope).href : request, { ignoreSearch: page });
      return hit ?? fetch(request);
    })(),
  );
});
