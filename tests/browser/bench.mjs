// Times the yoyak JavaScript API inside headless Chromium through the bench page
// (dist/bench/, web/bench/): load (fetch + compile) and first call (embedded model decode) over
// several fresh pages, then per seed the median of N runs of analyze / summarize / tag, and
// tagging throughput over all seeds joined. Writes target/browser-artifacts/wasm-bench.json.
//   YOYAK_DIST=/abs/path/to/dist node bench.mjs [runs=15] [loads=7]

import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { distDir, seedIds, serve, launch, recordRequests, isLocal, repoRoot, artifacts } from './harness.mjs';

const runs = Number(process.argv[2] ?? 15);
const loads = Number(process.argv[3] ?? 7);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const seeds = seedIds().map((id) => ({ id, text: readFileSync(join(repoRoot, 'seeds', `${id}.txt`), 'utf8') }));

const { server, url } = await serve(distDir());
const browser = await launch();
let result;
try {
  const loadSamples = [];
  let outside = [];
  let page;
  for (let i = 0; i < loads; i++) {
    // A fresh context each time: nothing cached, the model decoded anew.
    const context = await browser.newContext();
    const requests = await recordRequests(context);
    page = await context.newPage();
    await page.goto(`${url}bench/index.html`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
    loadSamples.push(await page.evaluate(() => window.yoyakBench.load));
    outside = outside.concat(requests.filter((u) => !isLocal(u)));
    if (i < loads - 1) await context.close();
  }
  const info = await page.evaluate(() => ({
    version: window.yoyakBench.version,
    userAgent: window.yoyakBench.userAgent,
    build: window.yoyakBench.build,
  }));
  const timed = await page.evaluate(({ seeds, runs }) => window.yoyakBench.run(seeds, runs), { seeds, runs });
  const pick = (k) => loadSamples.map((s) => s[k]);
  result = {
    what: 'yoyak JavaScript API (dist/api) in headless Chromium; medians in ms',
    command: `YOYAK_DIST=dist node tests/browser/bench.mjs ${runs} ${loads}`,
    date: new Date().toISOString(),
    yoyak: info.version,
    build: info.build,
    browser: browser.version(),
    userAgent: info.userAgent,
    host: { cpu: cpus()[0]?.model, cores: cpus().length },
    load: {
      samples: loads,
      init_ms: median(pick('init_ms')),
      first_call_ms: median(pick('first_call_ms')),
      steady_call_ms: median(pick('steady_call_ms')),
      model_load_ms: median(pick('model_load_ms')),
      all: loadSamples,
    },
    ...timed,
    requests_outside_loopback: outside,
  };
} finally {
  await browser.close();
  server.close();
}

await mkdir(artifacts, { recursive: true });
const out = join(artifacts, 'wasm-bench.json');
await writeFile(out, JSON.stringify(result, null, 2));
const f = (x) => x.toFixed(2);
console.log(`yoyak ${result.yoyak} (${result.build} build), Chromium ${result.browser}, ${runs} runs per figure, ${loads} fresh loads`);
console.log(`load: init ${f(result.load.init_ms)} ms, first call ${f(result.load.first_call_ms)} ms, model load ≈ ${f(result.load.model_load_ms)} ms`);
console.log('seed   bytes    analyze  summarize   tag      analyze MB/s');
for (const a of result.articles) {
  console.log(`${a.id.slice(0, 3).padEnd(5)} ${String(a.bytes).padStart(7)} ${f(a.analyze_ms).padStart(9)} ${f(a.summarize_ms).padStart(9)} ${f(a.tag_ms).padStart(8)} ${f(a.analyze_mb_s).padStart(9)}`);
}
console.log(`all seeds joined (${result.total.bytes} B): tag ${f(result.total.tag_joined_ms)} ms = ${f(result.total.tag_mb_s)} MB/s; analyze ${f(result.total.analyze_mb_s)} MB/s`);
console.log(`wrote ${out}`);
