// Hardening tests of the built app in the system Chromium: the Content-Security-Policy is
// enforced and the app runs under it; storage that is off, damaged or full never stops the app
// nor loses what was saved; a paste of megabytes is analysed in the worker while the page stays
// usable, and one over the limit is refused without losing the text. Run from tests/browser:
//   YOYAK_DIST=/abs/path/to/dist node --test harden.test.mjs
// Each test uses its own browser context (fresh storage).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { distDir, seedIds, serve, launch, recordRequests, isLocal, repoRoot, artifacts, fillStorage } from './harness.mjs';
import { articleText, pasteBig, copyForPaste } from './paste.mjs';

let server, baseUrl, browser;
const READY = 'html[data-library-ready-ms]';
const KEY = 'yoyak.saved.v1';
const BACKUP_PREFIX = 'yoyak.saved.v1.backup.';
/** The core's DEFAULT_MAX_INPUT_BYTES (8 MiB), the paste box's limit. */
const MAX_PASTE_BYTES = 8 << 20;

const ARTICLE = [
  '서울시, 버스 노선 30개 늘린다',
  '서울시는 12일 새 교통 정책을 발표했다. 시는 2025년까지 버스 노선 30개를 늘린다고 밝혔다.',
  '김철수 서울시 교통국장은 "시민 불편을 줄이겠다"고 말했다. 사업 예산은 1200억원이다.',
  '홍길동 기자 hong@example.com',
].join('\n');

/** Records CSP violations (document and console) and page errors of every page of `context`. */
async function watch(context) {
  const seen = { violations: [], console: [], errors: [] };
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
  context.on('page', (p) => {
    p.on('pageerror', (e) => seen.errors.push(String(e)));
    p.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) seen.console.push(m.text());
    });
    p.on('dialog', (d) => d.dismiss());
  });
  return seen;
}

async function newContext(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR', ...options });
  const requests = await recordRequests(context);
  const seen = await watch(context);
  return { context, requests, seen };
}

async function openLibrary(page) {
  await page.goto(`${baseUrl}#/`);
  await page.waitForSelector(READY, { timeout: 60_000 });
  await page.waitForSelector('.cards .card');
}

async function violations(page) {
  return page.evaluate(() => window.__csp);
}

async function pasteAndWait(page, text) {
  await page.goto(`${baseUrl}#/paste`);
  await page.waitForSelector('#paste-text');
  await page.fill('#paste-text', text);
  await page.waitForSelector('.status[data-stage="done"]', { timeout: 30_000 });
}

async function storageItems(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
}

const backups = (items) => Object.keys(items).filter((k) => k.startsWith(BACKUP_PREFIX));

before(async () => {
  ({ server, url: baseUrl } = await serve(distDir()));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
});

// --- Content-Security-Policy ------------------------------------------------------------------

test('the CSP allows only this origin, and the whole app runs under it with no violation', async () => {
  const { context, requests, seen } = await newContext();
  const page = await context.newPage();

  const policy = await page.goto(`${baseUrl}#/`).then(() =>
    page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'),
  );
  for (const part of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self'", "connect-src 'self'", "style-src 'self'"]) {
    assert.ok(policy.includes(part), `policy lacks ${part}: ${policy}`);
  }
  assert.ok(!/unsafe-inline|unsafe-eval'|https?:|\*/.test(policy.replace("'wasm-unsafe-eval'", '')), `policy too wide: ${policy}`);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script in the page');

  // Normal use: library (worker analyses), reader, paste, explorer.
  await page.waitForSelector(READY, { timeout: 60_000 });
  assert.equal(await page.locator('.cards .card').count(), seedIds().length);
  await page.click(`.card[data-article-id="${seedIds()[0]}"] .card-title a`);
  await page.waitForSelector('.article-body .sent.in-summary');
  assert.ok((await page.locator('.article-body mark.ent').count()) > 0, 'the reader marks entities');
  await pasteAndWait(page, ARTICLE);
  await page.waitForSelector('.preview .article-body');
  await page.goto(`${baseUrl}#/entities`);
  await page.waitForSelector('.entity-row');
  assert.deepEqual(await violations(page), [], 'no violation during normal use');
  assert.deepEqual(seen.console, []);

  // What the policy is for: injected inline code, remote requests, blob: workers, inline styles.
  const tried = await page.evaluate(async () => {
    const out = {};
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true;';
    document.body.append(s);
    out.inlineRan = window.__inlineRan === true;
    const b = document.createElement('button');
    b.setAttribute('onclick', 'window.__handlerRan = true;');
    document.body.append(b);
    b.click();
    out.handlerRan = window.__handlerRan === true;
    try {
      await fetch('https://example.com/');
      out.fetched = true;
    } catch {
      out.fetched = false;
    }
    // A refused worker either throws or fires `error` instead of ever answering.
    out.blobWorker = await new Promise((ok) => {
      try {
        const w = new Worker(URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' })));
        w.onmessage = () => ok(true);
        w.onerror = () => ok(false);
        setTimeout(() => ok(false), 2000);
      } catch {
        ok(false);
      }
    });
    const d = document.createElement('div');
    d.setAttribute('style', 'color: rgb(1, 2, 3)');
    document.body.append(d);
    out.inlineStyle = getComputedStyle(d).color === 'rgb(1, 2, 3)';
    await new Promise((ok) => setTimeout(ok, 200));
    return out;
  });
  assert.deepEqual(tried, { inlineRan: false, handlerRan: false, fetched: false, blobWorker: false, inlineStyle: false });
  const directives = new Set((await violations(page)).map((v) => v.directive));
  for (const d of ['script-src-elem', 'script-src-attr', 'connect-src', 'worker-src', 'style-src-attr']) {
    assert.ok(directives.has(d), `expected a ${d} violation, got ${[...directives]}`);
  }
  assert.deepEqual(requests.filter((u) => !isLocal(u)), [], 'the blocked fetch never reached the network layer');
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('the API example page and the bench page run under the same policy', async () => {
  const { context, seen } = await newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}api/index.html`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
  const apiPolicy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.ok(apiPolicy.includes("script-src 'self' 'wasm-unsafe-eval'") && apiPolicy.includes("worker-src 'none'"), apiPolicy);
  assert.equal(await page.locator('script:not([src]), style').count(), 0, 'no inline script or style');
  await page.click('#run');
  await page.waitForSelector('html[data-runs="1"]');
  assert.ok((await page.locator('#summary li').count()) >= 1);
  assert.deepEqual(await violations(page), []);

  await page.goto(`${baseUrl}bench/index.html`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
  const id = seedIds()[0];
  const text = readFileSync(join(repoRoot, 'seeds', `${id}.txt`), 'utf8');
  const r = await page.evaluate(({ id, text }) => ({ load: window.yoyakBench.load, ...window.yoyakBench.run([{ id, text }], 1) }), { id, text });
  assert.ok(r.load.init_ms > 0 && r.load.first_call_ms > 0);
  assert.equal(r.articles.length, 1);
  assert.equal(r.articles[0].bytes, Buffer.byteLength(text));
  assert.ok(r.articles[0].sentences > 0 && r.articles[0].entities > 0);
  assert.ok(r.articles[0].analyze_ms > 0 && r.total.tag_mb_s > 0);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

// --- Storage faults ---------------------------------------------------------------------------

test('with localStorage switched off (SecurityError) the app runs, says so, and keeps the text', async () => {
  const { context, seen } = await newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  await openLibrary(page);
  assert.equal(await page.locator('.card').count(), seedIds().length);
  const notice = page.locator('.notice[role="alert"]');
  assert.match(await notice.innerText(), /저장소\(localStorage\)를 쓸 수 없습니다 \(SecurityError\)/);

  await pasteAndWait(page, ARTICLE);
  await page.click('#save');
  await page.waitForFunction(() => /저장하지 못했습니다/.test(document.querySelector('.notice')?.textContent ?? ''));
  assert.ok(new URL(page.url()).hash.startsWith('#/paste'), 'stays on the paste page');
  assert.equal(await page.inputValue('#paste-text'), ARTICLE, 'the pasted text is kept');
  assert.deepEqual(seen.errors, []);
  await context.close();
});

/** Opens the app once (so the origin exists), stores `raw` under the app's key, reloads. */
async function withStored(raw, fill = false) {
  const { context, seen } = await newContext();
  const page = await context.newPage();
  await openLibrary(page);
  await page.evaluate(
    ({ key, raw }) => {
      localStorage.clear();
      localStorage.setItem(key, raw);
    },
    { key: KEY, raw },
  );
  if (fill) await fillStorage(page, 16);
  await page.reload();
  await page.waitForSelector(READY, { timeout: 60_000 });
  return { context, page, seen };
}

test('a list that is not JSON is kept aside under a backup key, said so, and not overwritten', async () => {
  const raw = '[{"id":"user-1","text":"잘린 기사","saved_at":1}, {"id":"user-2","te';
  const { context, page, seen } = await withStored(raw);
  assert.equal(await page.locator('.card').count(), seedIds().length, 'the app starts with the bundled articles');
  const notice = await page.locator('.notice[role="alert"]').innerText();
  assert.match(notice, /손상되어 읽지 못했습니다/);
  let items = await storageItems(page);
  const kept = backups(items);
  assert.equal(kept.length, 1);
  assert.ok(notice.includes(kept[0]), `the notice names the backup key: ${notice}`);
  assert.equal(items[kept[0]], raw, 'the backup is the raw text, byte for byte');

  // Reloading does not pile up copies.
  await page.reload();
  await page.waitForSelector(READY, { timeout: 60_000 });
  assert.deepEqual(backups(await storageItems(page)), kept);

  // The next save writes a good list; the backup stays.
  await pasteAndWait(page, ARTICLE);
  await page.click('#save');
  await page.waitForFunction(() => location.hash.startsWith('#/article/user-'));
  items = await storageItems(page);
  assert.equal(items[kept[0]], raw);
  const list = JSON.parse(items[KEY]);
  assert.equal(list.length, 1);
  assert.equal(list[0].text, ARTICLE.trim());
  await page.reload();
  await openLibrary(page);
  assert.equal(await page.locator('.notice').count(), 0, 'a good list raises no notice');
  assert.equal(await page.locator('.card.mine').count(), 1);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('a list of the wrong shape keeps its good entries, and the whole raw list is backed up', async () => {
  const good = [
    { id: 'user-100', text: '첫 기사. 서울시는 12일 발표했다.', saved_at: 100 },
    { id: 'user-200', text: '둘째 기사. 부산시는 13일 발표했다.', saved_at: 200 },
  ];
  const raw = JSON.stringify([good[0], { id: 5, text: null }, 'junk', good[1], { id: 'user-100', text: 'dup', saved_at: 1 }]);
  const { context, page, seen } = await withStored(raw);
  await openLibrary(page);
  const ids = await page.locator('.card.mine').evaluateAll((cs) => cs.map((c) => c.dataset.articleId));
  assert.deepEqual(ids.sort(), ['user-100', 'user-200']);
  assert.match(await page.locator('.notice[role="alert"]').innerText(), /항목 3개를 읽지 못했습니다 \(기사 2개는 불러왔습니다\)/);
  const kept = backups(await storageItems(page));
  assert.equal(kept.length, 1);

  await pasteAndWait(page, ARTICLE);
  await page.click('#save');
  await page.waitForFunction(() => location.hash.startsWith('#/article/user-'));
  const items = await storageItems(page);
  assert.equal(items[kept[0]], raw);
  assert.deepEqual(JSON.parse(items[KEY]).map((a) => a.id).slice(0, 2), ['user-100', 'user-200']);
  assert.equal(JSON.parse(items[KEY]).length, 3);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('a damaged list that cannot be backed up (storage full) is never overwritten', async () => {
  const raw = `{"not": "a list", "pad": "${'가'.repeat(2000)}"}`;
  const { context, page, seen } = await withStored(raw, true);
  assert.match(await page.locator('.notice[role="alert"]').innerText(), /저장을 멈춥니다/);
  await pasteAndWait(page, ARTICLE);
  await page.click('#save');
  await page.waitForFunction(() => /덮어쓰지 않도록 저장하지 않았습니다/.test(document.querySelector('.notice')?.textContent ?? ''));
  assert.equal(await page.inputValue('#paste-text'), ARTICLE);
  // Free the space: the list is still the damaged one, as found.
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('junk-')) localStorage.removeItem(k);
  });
  assert.equal((await storageItems(page))[KEY], raw);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

// --- Huge pastes ------------------------------------------------------------------------------

test('a paste over the limit is refused plainly and the text stays in the box', async () => {
  const { context, seen } = await newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}#/paste`);
  await page.waitForSelector('#paste-text');
  const big = articleText(MAX_PASTE_BYTES + 100_000);
  assert.ok(Buffer.byteLength(big) > MAX_PASTE_BYTES);
  await pasteBig(page, big);
  const status = page.locator('.status[data-stage="too-large"]');
  await status.waitFor({ timeout: 30_000 });
  assert.match(await status.innerText(), /글이 너무 깁니다: 8\.\d MB \(최대 8\.4 MB\)/);
  assert.equal(await page.isDisabled('#save'), true);
  // Past the debounce: still refused, nothing analysed, and the text is all there.
  await page.waitForTimeout(1000);
  assert.equal(await page.getAttribute('.status', 'data-stage'), 'too-large');
  assert.equal(await page.locator('.preview').count(), 0);
  assert.equal(await page.evaluate(() => document.querySelector('#paste-text').value.length), big.length);
  assert.equal(Number(await page.getAttribute('.status', 'data-bytes')), Buffer.byteLength(big));
  // Folded away (see the 5 MB test, which unfolds it); cleared, the box is back and empty.
  assert.equal(await page.isHidden('#paste-text'), true);
  await page.click('#clear-paste');
  assert.equal(await page.isVisible('#paste-text'), true);
  assert.equal(await page.inputValue('#paste-text'), '');
  assert.equal(await page.getAttribute('.status', 'data-stage'), 'idle');

  // An article in its place works again.
  await page.fill('#paste-text', ARTICLE);
  await page.waitForSelector('.status[data-stage="done"]', { timeout: 30_000 });
  assert.equal(await page.isDisabled('#save'), false);
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('a 5 MB paste is analysed in the worker with visible progress while the page stays usable', async (t) => {
  const { context, seen } = await newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  const page = await context.newPage();
  await openLibrary(page);
  await page.goto(`${baseUrl}#/paste`);
  await page.waitForSelector('#paste-text');
  const big = articleText(5_000_000);
  await copyForPaste(page, big);
  // Long tasks (Long Tasks API) miss a task that only renders (style, layout, paint): a 5 MB
  // box's layout, 2 s, never showed as one. Long animation frames (task and rendering) do.
  await page.evaluate(() => {
    window.__long = [];
    window.__frames = [];
    new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask' });
    new PerformanceObserver((list) => window.__frames.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'long-animation-frame' });
  });
  // A real paste (Control+V), which the app takes over for a text this long.
  const started = Date.now();
  await page.keyboard.press('Control+V');
  const filled = Date.now();

  // Folded away, the text kept: a visible 5 MB box costs the browser seconds per layout and per
  // key (tests/browser/trace-paste.mjs).
  await page.waitForSelector('#paste-folded');
  assert.equal(await page.isHidden('#paste-text'), true);
  assert.match(await page.locator('#paste-folded').innerText(), /붙여넣은 글\(5\.0 MB\)/);
  assert.equal(await page.evaluate(() => document.querySelector('#paste-text').value.length), big.length);

  // Progress: the status says it is analysing, with a clock that moves.
  const status = page.locator('.status');
  await page.waitForSelector('.status[data-stage="analysing"]', { timeout: 30_000 });
  const first = await status.innerText();
  assert.match(first, /분석 중… \d+\.\d초 \(5\.\d MB\)/);
  await page.waitForFunction((first) => {
    const s = document.querySelector('.status');
    return s.dataset.stage === 'analysing' && s.textContent !== first;
  }, first, { timeout: 10_000 });

  // Usable meanwhile: a click is handled (the app re-renders the checkbox) while the worker is
  // still busy with the text.
  const clicked = Date.now();
  await page.click('#keep-html');
  const during = await page.evaluate(() => ({
    checked: document.querySelector('#keep-html').checked,
    stage: document.querySelector('.status').dataset.stage,
  }));
  const clickMs = Date.now() - clicked;
  assert.deepEqual(during, { checked: true, stage: 'analysing' });
  await page.uncheck('#keep-html');

  await page.waitForSelector('.status[data-stage="done"]', { timeout: 300_000 });
  const done = Date.now();
  await page.waitForSelector('.preview .article-body .sent');
  assert.equal(await page.getAttribute('.status', 'data-analysed'), 'true');
  const more = page.locator('#show-all-sentences');
  await more.waitFor();
  assert.equal(await more.count(), 1, 'a long text shows its first sentences and offers the rest');
  assert.match(await more.innerText(), /나머지 \d+문장 모두 보기/);
  assert.ok((await page.locator('.preview .sent').count()) < 2000);
  assert.ok((await page.locator('.preview .chip').count()) <= 60 * 16, 'chips are capped per type');
  const statusText = await status.innerText();
  await page.waitForTimeout(500);

  // Long tasks as [start, duration] (ms since navigation start), and when each draft answer
  // was decoded and about to render (`yoyak-draft-reply`): a long task holding one of those
  // marks is the decoding before it and the rendering after it.
  const tasks = async () => {
    const long = await page.evaluate(() => window.__long.splice(0));
    const replies = await page.evaluate(() => performance.getEntriesByName('yoyak-draft-reply').map((m) => m.startTime));
    return long.map(([s, d]) => {
      const at = replies.find((r) => r >= s && r <= s + d);
      return at === undefined ? [Math.round(s), Math.round(d)] : [Math.round(s), Math.round(d), { decode: Math.round(at - s), render: Math.round(s + d - at) }];
    });
  };
  // Long animation frames as [start, duration], rounded.
  const frames = async () => (await page.evaluate(() => window.__frames.splice(0))).map(([s, d]) => [Math.round(s), Math.round(d)]);
  const shown = await tasks();
  const shownFrames = await frames();
  const longest = Math.max(0, ...shown.map(([, d]) => d));
  const longestFrame = Math.max(0, ...shownFrames.map(([, d]) => d));

  // Editing it: unfolded on request, typing at its end goes in and the answer that shows is
  // for the text as it is now. The browser's own layout and editing of the 5 MB box are slow
  // (the reason for the fold); timed apart from the paste, analysis and display above.
  const unfolded = Date.now();
  await page.click('#unfold');
  await page.focus('#paste-text');
  await page.evaluate(() => {
    const a = document.querySelector('#paste-text');
    a.setSelectionRange(a.value.length, a.value.length);
  });
  await page.keyboard.type(' 끝.');
  const typed = await page.evaluate(() => ({
    tail: document.querySelector('#paste-text').value.slice(-3),
    stage: document.querySelector('.status').dataset.stage,
  }));
  const editMs = Date.now() - unfolded;
  assert.equal(typed.tail, ' 끝.', 'typed into the unfolded box');
  assert.ok(['analysing', 'waiting'].includes(typed.stage), `busy after typing, not ${typed.stage}`);
  await page.waitForSelector('.status[data-stage="done"]', { timeout: 300_000 });
  assert.equal(await page.getAttribute('.status', 'data-analysed'), 'true');
  assert.equal(Number(await page.getAttribute('.status', 'data-bytes')), Buffer.byteLength(big) + Buffer.byteLength(' 끝.'));

  const figures = {
    bytes: Buffer.byteLength(big),
    fill_ms: filled - started,
    until_done_ms: done - started,
    status: statusText,
    click_while_analysing_ms: clickMs,
    long_tasks: shown.length,
    longest_task_ms: longest,
    long_tasks_ms: shown,
    longest_frame_ms: longestFrame,
    long_frames_ms: shownFrames,
    unfold_and_type_ms: editMs,
    unfold_and_type_long_tasks_ms: await tasks(),
    unfold_and_type_long_frames_ms: await frames(),
  };
  t.diagnostic(JSON.stringify(figures));
  await mkdir(artifacts, { recursive: true });
  await writeFile(join(artifacts, 'huge-paste.json'), JSON.stringify(figures, null, 2));
  await page.screenshot({ path: join(artifacts, 'huge-paste.png') });
  // From the paste to the answer on screen the page never froze: the target is no task over
  // 200 ms; this bound leaves room for a loaded 2-core CI machine and still catches the
  // multi-second tasks and frames of an unfolded box.
  assert.ok(longest < 1000, `longest main-thread task ${longest} ms`);
  assert.ok(longestFrame < 1000, `longest animation frame ${longestFrame} ms`);
  assert.deepEqual(seen.errors, []);
  await context.close();
});
