// End-to-end tests of the built app in the system Chromium. Run from tests/browser:
//   YOYAK_DIST=/abs/path/to/dist node --test
// The tests share one page and run in order: the paste test saves the article that the reload
// and delete tests look for.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, seedIds, serve, launch, recordRequests, isLocal, screenshot, fillStorage, repoRoot } from './harness.mjs';

let server, baseUrl, browser, context, page;
let requests = [];
const dialogs = [];
const pageErrors = [];

const READY = 'html[data-library-ready-ms]';

async function openLibrary() {
  await page.goto(`${baseUrl}#/`);
  await page.waitForSelector(READY, { timeout: 30_000 });
  await page.waitForSelector('.cards .card');
}

/** Waits until the reader shows exactly `n` summary sentences and is not recomputing. */
async function waitSummaryCount(n) {
  await page.waitForFunction(
    (n) => {
      const body = document.querySelector('.article-body');
      return (
        body &&
        body.getAttribute('aria-busy') === 'false' &&
        body.querySelectorAll('.sent.in-summary').length === n
      );
    },
    n,
    { timeout: 15_000 },
  );
}

async function summaryCount() {
  return page.locator('.article-body .sent.in-summary').count();
}

before(async () => {
  const dist = distDir();
  ({ server, url: baseUrl } = await serve(dist));
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
  requests = await recordRequests(context);
  page = await context.newPage();
  page.on('dialog', async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
});

test('the library lists every bundled article with a summary', async (t) => {
  await openLibrary();
  const ready = Number(await page.getAttribute('html', 'data-library-ready-ms'));
  t.diagnostic(`library rendered with every article analysed at ${ready.toFixed(0)} ms after navigation start`);
  const ids = await page.locator('.card').evaluateAll((cards) => cards.map((c) => c.dataset.articleId));
  const seeds = seedIds();
  assert.ok(seeds.length > 0, 'no seeds/*.txt found');
  assert.deepEqual(ids.slice().sort(), seeds);
  for (const id of seeds) {
    const card = page.locator(`.card[data-article-id="${id}"]`);
    const summary = await card.locator('.card-summary li').count();
    assert.ok(summary >= 1 && summary <= 3, `${id}: ${summary} summary sentences on the card`);
    const title = (await card.locator('.card-title a').innerText()).trim();
    assert.ok(title.length > 0, `${id}: empty title`);
  }
  await screenshot(page, 'library.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'library-phone.png');
  await page.setViewportSize({ width: 1280, height: 900 });
});

async function openFirstArticle() {
  await openLibrary();
  const first = seedIds()[0];
  await page.click(`.card[data-article-id="${first}"] .card-title a`);
  await page.waitForSelector('.article-body');
  assert.equal(new URL(page.url()).hash, `#/article/${first}`);
  return first;
}

test('the reader marks exactly the chosen number of summary sentences; back and forward work', async () => {
  const first = await openFirstArticle();
  const total = await page.locator('.article-body .sent').count();
  assert.ok(total >= 2, `only ${total} sentences`);
  await waitSummaryCount(Math.min(3, total));
  await page.selectOption('#length-mode', 'sentences');
  for (const n of [1, 2, 5]) {
    await page.locator('#length-value').fill(String(n));
    await waitSummaryCount(Math.min(n, total));
    assert.equal(await page.locator('.summary-list li').count(), Math.min(n, total));
  }
  await page.selectOption('#length-mode', 'percent');
  await page.locator('#length-value').fill('50');
  await waitSummaryCount(Math.min(total, Math.max(1, Math.round(total * 0.5))));
  await page.selectOption('#length-mode', 'all');
  await waitSummaryCount(total);
  await page.selectOption('#length-mode', 'sentences');
  await page.locator('#length-value').fill('3');
  await waitSummaryCount(Math.min(3, total));

  // What the cleaner removed can be shown.
  await page.click('#toggle-removed');
  assert.equal(await page.getAttribute('#toggle-removed', 'aria-expanded'), 'true');
  await page.waitForSelector('#removed-list');
  await page.click('#toggle-removed');
  await screenshot(page, 'reader.png');

  // Back and forward follow the hash routes.
  await page.goBack();
  await page.waitForSelector('.cards .card');
  assert.equal(new URL(page.url()).hash, '#/');
  await page.goForward();
  await page.waitForSelector('.article-body');
  assert.equal(new URL(page.url()).hash, `#/article/${first}`);
});

test('the reader highlights entities of several types, with a legend that toggles them', async () => {
  await openFirstArticle();
  const labels = await page
    .locator('.article-body mark.ent')
    .evaluateAll((marks) => [...new Set(marks.map((m) => m.dataset.label))]);
  assert.ok(labels.length >= 2, `expected entities of several types, got ${JSON.stringify(labels)}`);
  for (const label of labels) {
    assert.equal(await page.locator(`.legend-item[data-label="${label}"]`).count(), 1, `legend for ${label}`);
  }

  // Hover or keyboard focus shows the type.
  const mark = page.locator('.article-body mark.ent').first();
  await mark.focus();
  const tip = await mark.evaluate((m) => getComputedStyle(m, '::after').content);
  assert.ok(tip.includes(await mark.getAttribute('data-label')), `focus tooltip: ${tip}`);

  // Turning a type off removes its marks; turning it on brings them back.
  const label = labels[0];
  const before = await page.locator(`.article-body mark.ent[data-label="${label}"]`).count();
  assert.ok(before > 0);
  const toggle = page.locator(`.legend-item[data-label="${label}"]`);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator(`.article-body mark.ent[data-label="${label}"]`).count(), 0);
  assert.ok((await page.locator('.article-body mark.ent').count()) > 0, 'other types stay marked');
  await toggle.click();
  assert.equal(await page.locator(`.article-body mark.ent[data-label="${label}"]`).count(), before);

  // Choosing an entity in the panel marks all its mentions.
  const chip = page.locator('.entities button.chip').first();
  const mentions = Number(await chip.locator('.count').innerText());
  await chip.click();
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('.article-body mark.ent.selected').count(), mentions);

  await screenshot(page, 'reader-entities.png');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'reader-phone.png');
  await page.setViewportSize({ width: 1280, height: 900 });
  await chip.click();
});

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="window.__yoyakPwned = 1; alert(2)">';
const PASTED = [
  '서울시, 버스 노선 30개 늘린다',
  '서울시는 12일 새 교통 정책을 발표했다. 시는 2025년까지 버스 노선 30개를 늘린다고 밝혔다.',
  SCRIPT,
  `시민들은 대체로 환영했다. ${IMG} 일부는 요금 인상을 걱정했다.`,
  '김철수 서울시 교통국장은 "시민 불편을 줄이겠다"고 말했다. 사업 예산은 1200억원이다.',
  '홍길동 기자 hong@example.com',
].join('\n');

test('a pasted article with markup shows it as text, runs nothing, and is saved across reloads', async () => {
  await page.goto(`${baseUrl}#/paste`);
  await page.waitForSelector('#paste-text');
  await page.fill('#paste-text', PASTED);
  await page.waitForSelector('.status[data-analysed="true"]', { timeout: 15_000 });
  await page.waitForSelector('.preview .article-body');

  assert.equal(await page.inputValue('#paste-text'), PASTED);
  const injected = await page.evaluate(() => ({
    elements: document.querySelectorAll('main img, main script, main iframe, main [onerror]').length,
    pwned: window.__yoyakPwned ?? null,
  }));
  assert.deepEqual(injected, { elements: 0, pwned: null });
  const shown = await page.locator('.preview').innerText();
  // Whatever the cleaner keeps of the markup is shown literally, never parsed.
  if (shown.includes('alert(1)')) assert.ok(shown.includes(SCRIPT), 'script tag not shown as text');
  if (shown.includes('onerror')) assert.ok(shown.includes('<img src=x'), 'img tag not shown as text');

  await page.click('#save');
  await page.waitForFunction(() => location.hash.startsWith('#/article/user-'));
  await page.waitForSelector('.article-body');
  const id = decodeURIComponent(new URL(page.url()).hash.slice('#/article/'.length));

  await page.reload();
  await page.waitForSelector(READY, { timeout: 30_000 });
  await page.waitForSelector('.article-body');
  assert.equal(new URL(page.url()).hash, `#/article/${id}`);
  await openLibrary();
  assert.equal(await page.locator(`.card.mine[data-article-id="${id}"]`).count(), 1);
  assert.equal(await page.locator('.card').count(), seedIds().length + 1);

  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, [], 'no dialog may open');
  assert.equal(await page.evaluate(() => window.__yoyakPwned ?? null), null);
});

test('with the HTML option on, a pasted page goes in as HTML source, still only as text', async () => {
  await page.goto(`${baseUrl}#/paste`);
  await page.waitForSelector('#paste-text');
  await page.fill('#paste-text', '');
  await page.check('#keep-html');
  const html = `<article><h1>서울시, 버스 노선 늘린다</h1><p>서울시는 12일 새 교통 정책을 발표했다.</p>${IMG}<p>시는 노선 30개를 늘린다고 밝혔다.</p></article>`;
  await page.evaluate((html) => {
    const area = document.querySelector('#paste-text');
    area.focus();
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', '서울시는 12일 새 교통 정책을 발표했다.');
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  assert.equal(await page.inputValue('#paste-text'), html);
  await page.waitForSelector('.status[data-analysed="true"]', { timeout: 15_000 });
  const injected = await page.evaluate(() => ({
    elements: document.querySelectorAll('main img, main script, main iframe, main [onerror]').length,
    pwned: window.__yoyakPwned ?? null,
  }));
  assert.deepEqual(injected, { elements: 0, pwned: null });
  await page.uncheck('#keep-html');
  await page.fill('#paste-text', '');
  assert.deepEqual(dialogs, [], 'no dialog may open');
});

test("the worker's SIMD build runs in Chromium and marks what the native build marked", async () => {
  // The library shows the bundled articles' analyses made natively at build time (web/build.rs);
  // the paste box shows the worker's own. The tagger's row sums are the only code the worker's
  // two builds do differently, so the same marks on every seed pasted say that the SIMD lanes
  // add up as the scalar ones do.
  const marks = (scope) =>
    page.locator(`${scope} .article-body mark.ent`).evaluateAll((ms) => ms.map((m) => `${m.dataset.label} ${m.textContent}`));
  for (const id of seedIds()) {
    await openLibrary();
    await page.click(`.card[data-article-id="${id}"] .card-title a`);
    await page.waitForSelector('.article-body mark.ent');
    const native = await marks('.reader');
    await page.goto(`${baseUrl}#/paste`);
    await page.waitForSelector('#paste-text');
    await page.fill('#paste-text', '');
    await page.waitForFunction(() => !document.querySelector('.preview .article-body'));
    await page.fill('#paste-text', readFileSync(join(repoRoot, 'seeds', `${id}.txt`), 'utf8'));
    await page.waitForSelector('.status[data-analysed="true"]', { timeout: 15_000 });
    await page.waitForSelector('.preview .article-body mark.ent');
    assert.deepEqual(await marks('.preview'), native, `${id}: the worker's entities differ from the build's`);
  }
  await page.fill('#paste-text', '');
  const loaded = requests.map((u) => new URL(u).pathname.split('/').pop());
  assert.ok(loaded.includes('worker-simd_bg.wasm'), `the SIMD build is loaded (${loaded.join(', ')})`);
  assert.ok(!loaded.includes('worker_bg.wasm'), 'and not the scalar one');
});

test('a full storage gives a clear message and keeps what was saved', async () => {
  await openLibrary();
  const saved = await page.locator('.card.mine').count();
  assert.ok(saved >= 1, 'the paste test saves an article first');
  await fillStorage(page, 256);
  await page.goto(`${baseUrl}#/paste`);
  await page.fill('#paste-text', PASTED.repeat(8));
  await page.click('#save');
  const notice = page.locator('.notice[role="alert"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /저장 공간이 가득/);
  assert.ok(new URL(page.url()).hash.startsWith('#/paste'), 'stays on the paste page');

  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('junk-')) localStorage.removeItem(key);
  });
  await page.reload();
  await openLibrary();
  assert.equal(await page.locator('.card.mine').count(), saved);
});

test('a saved article can be deleted', async () => {
  await openLibrary();
  const mine = page.locator('.card.mine');
  const n = await mine.count();
  assert.ok(n >= 1);
  await mine.first().locator('button.delete').click();
  await page.waitForFunction((n) => document.querySelectorAll('.card.mine').length === n - 1, n);
  await page.reload();
  await openLibrary();
  assert.equal(await page.locator('.card.mine').count(), n - 1);
});

test('no request left loopback, and the page raised no error', async () => {
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'requests were recorded');
  const outside = requests.filter((u) => !isLocal(u));
  assert.deepEqual(outside, []);
  assert.deepEqual(pageErrors, []);
});
