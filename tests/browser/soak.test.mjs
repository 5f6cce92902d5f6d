// Soak: one page analyses 2,000 articles (the bundled ones, varied) and must not slow down, nor
// grow faster and faster. Every library answer leaves a `yoyak-library-reply` performance mark whose
// detail is the worker's WebAssembly memory in bytes (web/src/hooks.rs); the time per article is
// the gap between consecutive answers (the worker analyses them back to back, and the page
// handles each as it arrives, so either side slowing down shows). Run from tests/browser:
//   YOYAK_DIST=/abs/path/to/dist node --test soak.test.mjs
// Figures: the test's diagnostic line and target/browser-artifacts/soak.json.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { distDir, seedIds, serve, launch, isLocal, repoRoot, artifacts, watchedPage } from './harness.mjs';

const N = 2000;
const MIB = 1024 * 1024;

let server, url, browser;

before(async () => {
  ({ server, url } = await serve(distDir()));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
});

/**
 * `n` articles from the seeds, each different: the headline numbered, a window of four body
 * lines that moves from article to article, and the digits of the body shifted. Short enough
 * that the import fits in localStorage (it is stored before it is analysed).
 */
function varied(n) {
  const seeds = seedIds().map((id) =>
    readFileSync(join(repoRoot, 'seeds', `${id}.txt`), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 0),
  );
  const out = [];
  for (let i = 0; i < n; i++) {
    const lines = seeds[i % seeds.length];
    const body = lines.slice(1).filter((l) => l.length > 40);
    const start = Math.floor(i / seeds.length) % Math.max(1, body.length - 4);
    const shift = (d) => String((Number(d) + i) % 10);
    const text = [`${lines[0]} (${i})`, ...body.slice(start, start + 4).map((l) => l.replace(/\d/g, shift))].join('\n');
    out.push({ id: `soak-${i}`, text, saved_at: 1700000000000 + i });
  }
  return out;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

test(`${N} articles in one page: memory grows no faster at the end, time per article does not grow`, async (t) => {
  const { context, requests, page, errors } = await watchedPage(browser);
  try {
    await page.goto(`${url}#/`);
    await page.waitForSelector('html[data-library-ready-ms]', { timeout: 60_000 });
    const before = await page.evaluate(() => performance.getEntriesByName('yoyak-library-reply').length);

    const articles = varied(N);
    const file = JSON.stringify({ format: 'yoyak-library', version: 1, articles });
    const t0 = Date.now();
    await page.setInputFiles('.import-library input', { name: 'soak.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.waitForSelector('.import-status:not(.error)', { timeout: 60_000 });
    await page.waitForFunction(
      (want) => performance.getEntriesByName('yoyak-library-reply').length >= want,
      before + N,
      { timeout: 900_000, polling: 1000 },
    );
    const wallMs = Date.now() - t0;
    const marks = await page.evaluate((before) => {
      const all = performance.getEntriesByName('yoyak-library-reply');
      return all.slice(before).map((m) => [m.startTime, m.detail]);
    }, before);
    const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
    assert.equal(marks.length, N);

    // Mean time per article over a window: answers often arrive in bursts (several queue
    // while the page renders), so single gaps say little; a window of 100 does.
    const gaps = marks.slice(1).map((m, i) => m[0] - marks[i][0]);
    const first100 = (marks[100][0] - marks[0][0]) / 100;
    const last100 = (marks[N - 1][0] - marks[N - 101][0]) / 100;
    const mem = (k) => marks[Math.min(k, N) - 1][1][0];
    // The worker's own time per article (analysis and indexing), per KB of text: the articles
    // are different windows of the seeds, so their lengths differ between the first and the last.
    const bytes = articles.map((a) => Buffer.byteLength(a.text));
    const perKb = (from, to) => {
      let ms = 0;
      let kb = 0;
      for (let i = from; i < to; i++) {
        ms += marks[i][1][1];
        kb += bytes[i] / 1024;
      }
      return ms / kb;
    };
    const workerFirst = perKb(0, 100);
    const workerLast = perKb(N - 100, N);
    const memory = { 1: mem(1), 100: mem(100), 500: mem(500), 1000: mem(1000), 1500: mem(1500), 2000: mem(2000) };
    const figures = {
      articles: N,
      wall_ms: wallMs,
      per_article_ms_mean_first_100: first100,
      per_article_ms_mean_last_100: last100,
      per_article_ms_median_gap: median(gaps),
      last_over_first: last100 / first100,
      worker_ms_per_kb_first_100: workerFirst,
      worker_ms_per_kb_last_100: workerLast,
      worker_last_over_first: workerLast / workerFirst,
      worker_memory_bytes: memory,
      page_js_heap_bytes: heap,
    };
    t.diagnostic(JSON.stringify(figures));
    await mkdir(artifacts, { recursive: true });
    await writeFile(join(artifacts, 'soak.json'), JSON.stringify({ ...figures, gaps_ms: gaps.map((g) => Math.round(g * 10) / 10) }, null, 2));

    // Memory: the worker's entity index keeps every article's mentions (by design), so memory
    // grows with the library; what must not happen is growth that speeds up (a leak that grows
    // with the library, or buffers that keep doubling). The last 500 articles may add at most
    // a quarter more than the 500 before them, give or take 1 MiB of allocator steps.
    const before500 = memory[1500] - memory[1000];
    const last500 = memory[2000] - memory[1500];
    assert.ok(
      last500 <= 1.25 * before500 + MIB,
      `worker memory grew ${(last500 / MIB).toFixed(1)} MiB over the last 500 articles vs ${(before500 / MIB).toFixed(1)} MiB over the 500 before`,
    );
    // Time per article does not grow with the library: a per-article cost that grows with the
    // number of articles already there (re-rendering or copying every one of them) shows up
    // here many times over (a cost linear in the library is about 20 times larger for articles
    // 1900-2000 than for 1-100). The figure itself goes to docs/benchmarks.md. The ratio of
    // these ~1 ms means swings from 0.15 to 2.2 between runs on this machine (answers arrive in
    // bursts), so the bound is 5: loose enough for that noise, far below such growth.
    assert.ok(last100 <= first100 * 5, `last 100 articles ${last100.toFixed(2)} ms each vs first 100 ${first100.toFixed(2)} ms`);
    // The worker's own time, which page rendering does not disturb: the goal is within 10 %;
    // the bound leaves room for a loaded machine.
    assert.ok(
      workerLast <= workerFirst * 1.5,
      `the worker took ${workerLast.toFixed(3)} ms per KB for the last 100 articles vs ${workerFirst.toFixed(3)} for the first 100`,
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((u) => !isLocal(u)), []);
  } finally {
    await context.close();
  }
});

test(`${N} articles through the JavaScript API in one page: memory levels off (time per article reported)`, async (t) => {
  // The library above keeps what it indexes; the API keeps nothing between calls, so here any
  // growth of memory after the first articles would be a leak in the analysis itself.
  const { context, requests, page, errors } = await watchedPage(browser);
  try {
    await page.goto(`${url}bench/index.html`);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60_000 });
    const texts = varied(N).map((a) => a.text);
    // Warm-up, so that the first 100 timed are not V8 still compiling: the seeds whole, then the
    // soak's own first 300 texts three times (with the seeds alone, the same 100 texts still
    // took 0.78-0.86 x as long at the end as at the start).
    const seeds = seedIds().map((id) => readFileSync(join(repoRoot, 'seeds', `${id}.txt`), 'utf8'));
    const warm = [].concat(...Array(15).fill(seeds), ...Array(3).fill(texts.slice(0, 300)));
    await page.evaluate((s) => window.yoyakBench.soak(s), warm);
    // The articles differ (each a different window of a seed), so what says whether time per
    // article grew is the same 100 texts at the start and at the end: five passes of them
    // before the 2,000 and five after, each pass timed whole, compared by their fastest pass (a
    // pass the busy host slowed down says nothing about the code; medians still swung ±12 %).
    const first = texts.slice(0, 100);
    const passes = [].concat(...Array(5).fill(first));
    const samples = await page.evaluate((x) => window.yoyakBench.soak(x), passes.concat(texts, passes));
    const P = passes.length;
    assert.equal(samples.length, N + 2 * P);
    const ms = samples.map((s) => s[0]);
    const mem = (k) => samples[P + k - 1][1];
    const passMs = (from) => [0, 1, 2, 3, 4].map((k) => ms.slice(from + 100 * k, from + 100 * (k + 1)).reduce((x, y) => x + y, 0) / 100);
    const start = passMs(0);
    const end = passMs(P + N);
    const first100 = Math.min(...start);
    const again100 = Math.min(...end);
    const figures = {
      articles: N,
      per_article_ms_first_100_passes_before: start,
      per_article_ms_first_100_passes_after: end,
      per_article_ms_first_100_fastest_pass_before: first100,
      per_article_ms_first_100_fastest_pass_after: again100,
      after_over_before: again100 / first100,
      per_article_ms_mean_of_the_2000: ms.slice(P, P + N).reduce((x, y) => x + y, 0) / N,
      wasm_memory_bytes: { 1: mem(1), 100: mem(100), 500: mem(500), 1000: mem(1000), 1500: mem(1500), 2000: mem(2000), end: samples[samples.length - 1][1] },
    };
    t.diagnostic(JSON.stringify(figures));
    await mkdir(artifacts, { recursive: true });
    await writeFile(join(artifacts, 'soak-api.json'), JSON.stringify(figures, null, 2));
    // Memory levels off: nothing more after the first half (wasm memory only grows in 64 KiB
    // pages and never shrinks, so a leak of even a few bytes per article shows as pages).
    assert.ok(
      mem(N) - mem(N / 2) <= MIB,
      `wasm memory grew ${((mem(N) - mem(N / 2)) / MIB).toFixed(2)} MiB over the second ${N / 2} articles`,
    );
    assert.ok(samples[samples.length - 1][1] === mem(N), 'wasm memory grew while the first 100 articles were analysed again');
    // Time per article is a figure (the diagnostic line and soak-api.json, in benchmarks.md), not
    // a bound: the API keeps nothing between calls, so what could make it slower with use is a
    // leak, which the memory above shows byte-exactly, while the ratio of these ~1 ms passes
    // went from 0.58 to 2.17 with the host's load (stop 33).
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((u) => !isLocal(u)), []);
  } finally {
    await context.close();
  }
});
