// trunk post_build hook (Trunk.toml): writes the offline service worker, sw.js, into the
// staging dist and stamps index.html with the release's content hash; in `trunk serve` builds,
// lets the page's policy run trunk's live-reload script.
//
// Release builds: VERSION = the first 16 hex digits of a SHA-256 over the name and bytes of
// every file the app needs (the files at the top of dist/, not api/ or bench/), so a change to
// any of them, the worker's code and model included, is a new version. sw.js caches exactly
// those files; `<html data-yoyak-build>` gives the page the same hash (start.js registers
// sw.js only on a page that carries one).
//
// Dev builds (`trunk serve`): sw.js removes itself and the caches, and the page carries no
// build hash, so it registers nothing: a rebuilt file is always seen.
// `trunk serve` appends its live-reload script inline, and the server rewrites it per request
// (the address it was reached at), so no hash can name it and trunk's nonce option would leave
// placeholders in release builds too: the dev page's script-src adds 'unsafe-inline' instead,
// the rest of its policy stays as in release. Release builds never carry that script, and the
// browser test checks that their policy has no 'unsafe-inline'.

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('sw-build.mjs runs as a trunk hook (TRUNK_STAGING_DIR unset)');
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === 'release';

const indexPath = join(staging, 'index.html');
const index = readFileSync(indexPath, 'utf8');

if (!release) {
  if (index.includes('.well-known/trunk/ws')) {
    const policy = /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self')/;
    if (!policy.test(index)) {
      console.error("sw-build.mjs: no Content-Security-Policy with script-src 'self' in index.html");
      process.exit(1);
    }
    writeFileSync(indexPath, index.replace(policy, "$1 'unsafe-inline'"));
  }
  writeFileSync(
    join(staging, 'sw.js'),
    `// Dev build: no offline cache (see web/sw-build.mjs). A service worker left by a release build
// on this origin replaces itself with this one, which clears the caches and unregisters.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('yoyak-')) await caches.delete(key);
    await self.registration.unregister();
  })());
});
`,
  );
  process.exit(0);
}

const files = readdirSync(staging)
  .filter((f) => f !== 'sw.js' && statSync(join(staging, f)).isFile())
  .sort();
const hash = createHash('sha256');
for (const f of files) {
  hash.update(f);
  hash.update('\0');
  hash.update(readFileSync(join(staging, f)));
  hash.update('\0');
}
const version = hash.digest('hex').slice(0, 16);

const stamped = index.replace(/<html\b/i, `<html data-yoyak-build="${version}"`);
if (stamped === index) {
  console.error('sw-build.mjs: no <html> tag in index.html to stamp');
  process.exit(1);
}
writeFileSync(indexPath, stamped);

// The directory URL the page is opened at is answered with index.html (see sw.js).
const precache = files;
const template = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');
writeFileSync(
  join(staging, 'sw.js'),
  `const VERSION = ${JSON.stringify(version)};\nconst FILES = ${JSON.stringify(precache)};\n${template}`,
);
console.log(`sw-build.mjs: sw.js version ${version}, ${precache.length} files`);
