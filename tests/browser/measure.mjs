// Measures the built app: gzip sizes of the page's and the worker's wasm + js + css, and the
// time from navigation start until the library shows every bundled article analysed
// (`data-library-ready-ms`, set by the app), over several fresh page loads.
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
const times = [];
let outside = [];
try {
  for (let i = 0; i < runs; i++) {
    // A fresh context per run: empty cache and storage, like a first visit.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const requests = await recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${url}#/`);
    await page.waitForSelector('html[data-library-ready-ms]', { timeout: 30_000 });
    times.push(Number(await page.getAttribute('html', 'data-library-ready-ms')));
    outside = outside.concat(requests.filter((u) => !isLocal(u)));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`library ready (ms since navigation start) over ${runs} loads: median ${median.toFixed(0)}, min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)}`);
if (outside.length) console.log(`requests that left loopback: ${outside.join(', ')}`);
