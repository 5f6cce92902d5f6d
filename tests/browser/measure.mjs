// Measures the built app: gzip sizes of the page's and the worker's wasm + js + css, and the
// time from navigation start until the library shows every bundled article's summary
// (`data-library-summaries-ms`) and entities (`data-library-ready-ms`), over several fresh
// page loads (first visits) each followed by a reload (the next visit, from the service worker).
//   YOYAK_DIST=/abs/path/to/dist node measure.mjs [runs]

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir, serve, launch, recordRequests, isLocal } from './harness.mjs';

const dist = distDir();
const runs = Number(process.argv[2] ?? 7);

const sizes = { page: [0, 0], worker: [0, 0] };
for (const f of readdirSync(dist)) {
  if (!/\.(wasm|js|css)$/.test(f)) continue;
  const raw = readFileSync(join(dist, f));
  const gz = gzipSync(raw, { level: 9 }).length;
  const part = f.startsWith('worker') ? 'worker' : 'page';
  sizes[part][0] += raw.length;
  sizes[part][1] += gz;
  console.log(`${f.padEnd(36)} ${String(raw.length).padStart(8)} B  gzip ${String(gz).padStart(7)} B`);
}
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
for (const [part, [raw, gz]] of Object.entries(sizes)) {
  console.log(`${part.padEnd(8)} raw ${kib(raw)}, gzip ${kib(gz)}`);
}
console.log(`total    gzip ${kib(sizes.page[1] + sizes.worker[1])}`);

const { server, url } = await serve(dist);
const browser = await launch();
// Per load: when every card shows its summary (`data-library-summaries-ms`) and when every card
// has its entities too (`data-library-ready-ms`), in ms since navigation start.
const first = { summaries: [], ready: [] };
const again = { summaries: [], ready: [] };
let outside = [];
const read = async (page, into) => {
  await page.waitForSelector('html[data-library-ready-ms]', { timeout: 30_000 });
  into.summaries.push(Number(await page.getAttribute('html', 'data-library-summaries-ms')));
  into.ready.push(Number(await page.getAttribute('html', 'data-library-ready-ms')));
};
try {
  for (let i = 0; i < runs; i++) {
    // A fresh context per run: empty cache and storage, like a first visit.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const requests = await recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${url}#/`);
    await read(page, first);
    // The next visit: once the service worker has the app.
    if (await page.getAttribute('html', 'data-yoyak-build')) {
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
      await page.reload();
      await read(page, again);
    }
    outside = outside.concat(requests.filter((u) => !isLocal(u)));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? `median ${s[Math.floor(s.length / 2)].toFixed(0)}, min ${s[0].toFixed(0)}, max ${s[s.length - 1].toFixed(0)}` : 'none';
};
console.log(`first visit, ${runs} fresh contexts (ms since navigation start):`);
console.log(`  every card with its summary: ${stats(first.summaries)}`);
console.log(`  every card with its entities: ${stats(first.ready)}`);
console.log(`reload (service worker), ${again.ready.length} loads:`);
console.log(`  every card with its summary: ${stats(again.summaries)}`);
console.log(`  every card with its entities: ${stats(again.ready)}`);
if (outside.length) console.log(`requests that left loopback: ${outside.join(', ')}`);
