// Offline use: after one visit the service worker (dist/sw.js, written by web/sw-build.mjs) has
// the whole app, so with the network off the page opens again, shows the library and analyses a
// paste; and a new release (a changed sw.js) replaces the old caches. Run from tests/browser:
//   YOYAK_DIST=/abs/path/to/dist node --test offline.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, seedIds, serve, launch, recordRequests, isLocal, watchedPage } from './harness.mjs';

const READY = 'html[data-library-ready-ms]';
const ARTICLE = [
  '정부가 12일 서울 종로구 정부서울청사에서 반도체 지원 대책을 발표했다.',
  '기획재정부 김민수 차관은 "올해 안에 3조원을 투입하겠다"고 말했다.',
  '업계는 환영하면서도 세부 기준이 나와야 한다는 반응을 보였다.',
].join('\n');

let browser;
let dist;
// A copy of dist/ per test, so that the release test can change it.
const copies = [];

before(async () => {
  dist = distDir();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const dir of copies) await rm(dir, { recursive: true, force: true });
});

async function copyOfDist() {
  const dir = await mkdtemp(join(tmpdir(), 'yoyak-offline-'));
  copies.push(dir);
  await cp(dist, dir, { recursive: true });
  return dir;
}

/**
 * Waits until `predicate` (async, run in the page with `arg`) is true. (`waitForFunction` takes
 * a returned promise for a truthy value.)
 */
async function until(page, predicate, arg, timeout = 30_000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(predicate, arg))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${predicate}`);
    await page.waitForTimeout(200);
  }
}

/** Waits until a service worker controls the page (its cache holds the current release). */
async function waitOffline(page) {
  const build = await page.getAttribute('html', 'data-yoyak-build');
  assert.match(build ?? '', /^[0-9a-f]{16}$/, 'a release build carries its content hash');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  return build;
}

test('after one visit the app opens, shows the library and analyses a paste with the network off', async (t) => {
  const root = await copyOfDist();
  const { server, url } = await serve(root);
  const { context, requests, page, errors } = await watchedPage(browser);
  // Which file a failed fetch was for (CI once saw a bare `TypeError: Failed to fetch` here).
  const failed = [];
  context.on('requestfailed', (r) => failed.push(`${r.url()} (${r.failure()?.errorText})`));
  // The first visit's worker loads its wasm after the library shows (the bundled articles come
  // analysed); going offline before that load ends fails it (CI saw `worker-simd_bg.wasm
  // (net::ERR_INTERNET_DISCONNECTED)`), which a reader who goes offline mid-visit would see too.
  const finished = [];
  // Not the service worker's own fetches (it caches the same file as it installs).
  context.on('requestfinished', (r) => {
    if (!r.serviceWorker()) finished.push(new URL(r.url()).pathname.split('/').pop());
  });
  try {
    await page.goto(`${url}#/`);
    await page.waitForSelector(READY, { timeout: 30_000 });
    const build = await waitOffline(page);
    const cached = await page.evaluate(async (build) => {
      const c = await caches.open(`yoyak-app-${build}`);
      return (await c.keys()).map((r) => new URL(r.url).pathname.split('/').pop());
    }, build);
    // Chromium validates wasm SIMD, so its worker is the SIMD build, and only that one is cached.
    for (const f of ['index.html', 'start.js', 'worker-loader.js', 'worker-simd.js', 'worker-simd_bg.wasm']) {
      assert.ok(cached.includes(f), `${f} is cached (cached: ${cached.join(', ')})`);
    }
    assert.ok(!cached.includes('worker_bg.wasm'), 'the scalar worker is not cached');
    assert.ok(cached.some((f) => /^app-.*_bg\.wasm$/.test(f)), 'the page wasm is cached');

    const end = Date.now() + 30_000;
    while (!finished.includes('worker-simd_bg.wasm')) {
      assert.ok(Date.now() < end, `the first visit's worker loads its wasm (finished: ${finished.join(', ')})`);
      await page.waitForTimeout(100);
    }

    // The network goes away, and so does the server, for good measure.
    await context.setOffline(true);
    await new Promise((ok) => server.close(ok));
    await page.reload();
    await page.waitForSelector(READY, { timeout: 30_000 });
    assert.equal(await page.getAttribute('html', 'data-yoyak-build'), build);
    const summaries = Number(await page.getAttribute('html', 'data-library-summaries-ms'));
    const ready = Number(await page.getAttribute('html', 'data-library-ready-ms'));
    t.diagnostic(`offline reload: summaries at ${summaries.toFixed(0)} ms, entities at ${ready.toFixed(0)} ms`);
    const ids = await page.locator('.card').evaluateAll((cards) => cards.map((c) => c.dataset.articleId));
    assert.deepEqual(ids.slice().sort(), seedIds());
    for (const id of seedIds()) {
      const card = page.locator(`.card[data-article-id="${id}"]`);
      assert.ok((await card.locator('.card-summary li').count()) >= 1, `${id} shows its summary offline`);
    }
    // Entities on the cards: the bundled analyses come with the page, whole.
    assert.ok((await page.locator('.card .chip').count()) > 0, 'cards show entities offline');

    await page.goto(`${url}#/paste`);
    await page.waitForSelector('#paste-text');
    await page.fill('#paste-text', ARTICLE);
    await page.waitForSelector('.status[data-stage="done"]', { timeout: 30_000 });
    assert.ok((await page.locator('.preview .article-body .sent').count()) >= 3, 'the paste is analysed offline');
    assert.ok((await page.locator('.preview .ent').count()) > 0, 'with entities');
    assert.deepEqual(errors, [], `failed requests: ${failed.join(', ') || 'none'}`);
    assert.deepEqual(requests.filter((u) => !isLocal(u)), []);
  } finally {
    await context.close();
    server.close();
  }
});

test('a new release replaces the cached app', async () => {
  const root = await copyOfDist();
  const { server, url } = await serve(root);
  const context = await browser.newContext();
  await recordRequests(context);
  const page = await context.newPage();
  try {
    await page.goto(`${url}#/`);
    await page.waitForSelector(READY, { timeout: 30_000 });
    const old = await waitOffline(page);

    // A release with other content: a new hash in sw.js and in index.html (what sw-build.mjs
    // writes when any file changes).
    const next = [...old].reverse().join('');
    assert.notEqual(next, old);
    for (const f of ['sw.js', 'index.html']) {
      const path = join(root, f);
      await writeFile(path, (await readFile(path, 'utf8')).replaceAll(old, next));
    }
    // The next visit still opens the old release (from its cache) and, a moment after the
    // navigation (Chromium checks sw.js about a second later), installs the new one, which
    // takes over and deletes every cache of the old release.
    await page.reload();
    await page.waitForSelector(READY, { timeout: 30_000 });
    assert.equal(await page.getAttribute('html', 'data-yoyak-build'), old, 'the old release opens first');
    await until(
      page,
      async ({ old, next }) => {
        const keys = await caches.keys();
        return keys.includes(`yoyak-app-${next}`) && !keys.some((k) => k.endsWith(old));
      },
      { old, next },
    );
    await page.reload();
    await page.waitForSelector(READY, { timeout: 30_000 });
    assert.equal(await page.getAttribute('html', 'data-yoyak-build'), next, 'the new release is served');
    await waitOffline(page);
  } finally {
    await context.close();
    server.close();
  }
});
