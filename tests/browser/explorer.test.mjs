// Browser tests of the explorer, the exports and the JavaScript API. Run from tests/browser:
//   YOYAK_DIST=/abs/path/to/dist node --test
// Tests share one page and run in order; the scale test runs last (it imports 1,000 articles).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { distDir, seedIds, serve, launch, recordRequests, isLocal, screenshot, repoRoot, artifacts } from './harness.mjs';

let server, baseUrl, browser, context, page;
let requests = [];
const pageErrors = [];
const READY = 'html[data-library-ready-ms]';

/** Lower-case letters and digits only, as the index compares names. */
const norm = (s) => [...s.toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c)).join('');

function seedText(id) {
  return readFileSync(join(repoRoot, 'seeds', `${id}.txt`), 'utf8');
}

async function newPage(ctx) {
  const p = await ctx.newPage();
  p.on('pageerror', (e) => pageErrors.push(String(e)));
  p.on('dialog', (d) => d.dismiss());
  return p;
}

async function openApp(p, hash = '#/') {
  await p.goto(`${baseUrl}${hash}`);
  await p.waitForSelector(READY, { timeout: 60_000 });
}

/** Entity rows shown: [{ id, name, label, mentions, articles }]. */
async function rows(p) {
  return p.$$eval('.entity-row', (trs) =>
    trs.map((tr) => ({
      id: tr.dataset.entityId,
      name: tr.querySelector('a').textContent,
      mentions: Number(tr.querySelector('.mentions').textContent),
      articles: Number(tr.querySelector('.articles').textContent),
    })),
  );
}

/** Types `text` into the search box and waits for the answer to that exact query. */
async function search(p, text) {
  await p.fill('input[type="search"]', text);
  await p.waitForFunction(
    (q) => {
      const t = document.querySelector('.entity-table');
      const input = document.querySelector('input[type="search"]');
      return t && t.getAttribute('aria-busy') === 'false' && input.value === q;
    },
    text,
    { timeout: 15_000 },
  );
}

async function download(p, click) {
  const [dl] = await Promise.all([p.waitForEvent('download'), click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

before(async () => {
  ({ server, url: baseUrl } = await serve(distDir()));
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR', acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  requests = await recordRequests(context);
  page = await newPage(context);
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok()));
});

test('search finds entities by partial names, Hangul and Latin, with label filter and sort', async () => {
  await openApp(page, '#/entities');
  await page.waitForSelector('.entity-row');
  const all = await rows(page);
  assert.ok(all.length >= 10, `expected many entities, got ${all.length}`);
  // Default order: most mentions first.
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].mentions >= all[i].mentions);

  // A partial name: the first two letters of a long organisation name find it, and every hit
  // contains them.
  const long = all.find((r) => r.id.startsWith('OG:') && norm(r.name).length >= 4);
  assert.ok(long, 'an organisation with a long name');
  const partial = norm(long.name).slice(0, 3);
  await search(page, partial);
  const hits = await rows(page);
  assert.ok(hits.some((r) => r.id === long.id), `${partial} → ${long.name}`);
  assert.ok(hits.length < all.length);
  for (const r of hits) assert.ok(r.id.includes(partial) || norm(r.name).includes(partial), `${r.name} ∌ ${partial}`);
  // Every listed name containing the letters is found (the list shows every entity here).
  const containing = all.filter((r) => norm(r.name).includes(partial)).map((r) => r.id).sort();
  for (const id of containing) assert.ok(hits.some((r) => r.id === id), `${partial} misses ${id}`);

  // A name that another one extends (카카오 → 카카오브레인): the short one finds both.
  const pair = all
    .flatMap((a) => all.filter((b) => b.id !== a.id && norm(b.name).startsWith(norm(a.name)) && norm(a.name).length >= 2).map((b) => [a, b]))
    .at(0);
  if (pair) {
    await search(page, pair[0].name);
    const found = (await rows(page)).map((r) => r.id);
    assert.ok(found.includes(pair[0].id) && found.includes(pair[1].id), `${pair[0].name} → ${pair[1].name}`);
  }

  // Latin, case-insensitive: the first two letters in the other case.
  const latin = all.find((r) => /[A-Za-z]{2,}/.test(r.name));
  assert.ok(latin, 'a Latin name in the library');
  const letters = latin.name.match(/[A-Za-z]{2,}/)[0].slice(0, 2);
  const q = letters === letters.toUpperCase() ? letters.toLowerCase() : letters.toUpperCase();
  await search(page, q);
  assert.ok((await rows(page)).some((r) => r.id === latin.id), `${q} → ${latin.name}`);

  // Label filter and the other sort.
  await search(page, '');
  await page.selectOption('select[name="label"]', 'PS');
  await page.waitForFunction(() => [...document.querySelectorAll('.entity-row')].every((r) => r.dataset.entityId.startsWith('PS:')) && document.querySelectorAll('.entity-row').length > 0);
  await page.selectOption('select[name="label"]', '');
  await page.selectOption('select[name="sort"]', 'articles');
  await page.waitForFunction(() => {
    const a = [...document.querySelectorAll('.entity-row .articles')].map((x) => Number(x.textContent));
    return a.length > 1 && a.every((v, i) => i === 0 || a[i - 1] >= v) && a[0] > 1;
  });
  await screenshot(page, 'entities.png');
});

test('an entity page lists every sentence that mentions it, from each article, and opens the reader there', async () => {
  await openApp(page, '#/entities');
  await page.selectOption('select[name="sort"]', 'articles');
  await search(page, '');
  const top = (await rows(page)).find((r) => r.id.startsWith('OG:') || r.id.startsWith('PS:'));
  assert.ok(top.articles >= 2, 'an entity found in several articles');
  await page.click(`.entity-row[data-entity-id="${top.id}"] a`);
  await page.waitForSelector('.kwic-article');
  const sections = await page.$$eval('.kwic-article', (s) =>
    s.map((x) => ({
      article: x.dataset.articleId,
      lines: [...x.querySelectorAll('.kwic-line')].map((l) => ({
        text: l.textContent,
        sent: Number(l.dataset.sent),
        marks: [...l.querySelectorAll('mark')].map((m) => m.textContent),
      })),
    })),
  );
  assert.equal(sections.length, top.articles, 'one section per article that mentions it');
  const lines = sections.flatMap((s) => s.lines);
  assert.ok(lines.length >= top.articles);
  assert.ok(lines.length <= top.mentions);
  for (const l of lines) assert.ok(l.marks.length >= 1, `no mark in ${l.text}`);
  assert.match(await page.locator('.measure').innerText(), /G²/);
  const assoc = await page.locator('.assoc-list li').count();
  assert.ok(assoc >= 1, 'associated entities listed');
  await screenshot(page, 'entity.png');

  // Every listed sentence is that sentence of that article (checked in the reader), and one
  // click opens the reader scrolled to it.
  const s = sections[sections.length - 1];
  const l = s.lines[s.lines.length - 1];
  await page.click(`.kwic-article[data-article-id="${s.article}"] .kwic-line[data-sent="${l.sent}"]`);
  await page.waitForFunction((h) => location.hash === h, `#/article/${encodeURIComponent(s.article)}/s/${l.sent}`);
  const target = page.locator('.article-body .sent.target');
  await target.waitFor();
  assert.equal(Number(await target.getAttribute('data-sent')), l.sent);
  assert.equal((await target.textContent()).trim(), l.text.trim());
  await page.waitForFunction(() => {
    const r = document.querySelector('.sent.target').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
});

test('the network picture renders nodes coloured by label that open entity pages; the timeline lists dated articles', async () => {
  await openApp(page, '#/pictures');
  await page.waitForSelector('.network svg .node circle');
  const nodes = await page.$$eval('.network .node', (ns) =>
    ns.map((n) => ({
      id: n.dataset.entityId,
      label: document.querySelector(`.network .names text[data-entity-id="${n.dataset.entityId}"]`)?.textContent ?? '',
      fill: getComputedStyle(n.querySelector('circle')).fill,
      r: Number(n.querySelector('circle').getAttribute('r')),
      x: Number(n.querySelector('circle').getAttribute('cx')),
      y: Number(n.querySelector('circle').getAttribute('cy')),
    })),
  );
  assert.ok(nodes.length >= 5, `${nodes.length} nodes`);
  assert.ok(await page.locator('.network .edges line').count() >= 1);
  for (const n of nodes) {
    assert.ok(n.label.length > 0);
    assert.ok(n.x >= 0 && n.x <= 900 && n.y >= 0 && n.y <= 620);
  }
  // Coloured by label: nodes of different labels get different fills; bigger for more mentions.
  const fills = new Map(nodes.map((n) => [n.id.split(':')[0], n.fill]));
  assert.ok(new Set(fills.values()).size === fills.size && fills.size >= 2, JSON.stringify([...fills]));
  assert.ok(nodes[0].r >= nodes[nodes.length - 1].r);
  await screenshot(page, 'pictures.png');
  const dated = Number(await page.getAttribute('.timeline', 'data-dated'));
  assert.equal(await page.locator('.timeline-list li').count(), Math.min(dated, 200));
  await page.click(`.network .node[data-entity-id="${nodes[0].id}"]`);
  await page.waitForSelector(`.page.entity[data-entity-id="${nodes[0].id}"]`);
});

const PASTED = `AI 반도체 협력 확대
서울=연합뉴스 홍길동 기자 = 삼성전자와 네이버가 AI 반도체 협력을 확대한다고 3일 밝혔다.
두 회사는 올해 하반기 새 칩을 공개할 계획이다. 삼성전자 관계자는 "협력의 폭을 넓히겠다"고 말했다.
네이버는 이 칩을 자사 데이터센터에 먼저 적용한다.`;

test('an article exports as JSON and Markdown, its summary copies, and the library re-imports elsewhere', async () => {
  await openApp(page, '#/paste');
  await page.fill('#paste-text', PASTED);
  await page.waitForSelector('.status[data-analysed="true"]', { timeout: 15_000 });
  await page.click('#save');
  await page.waitForFunction(() => location.hash.startsWith('#/article/user-'));
  await page.waitForSelector('.article-body');
  const id = decodeURIComponent(new URL(page.url()).hash.slice('#/article/'.length));
  const shown = await page.$$eval('.article-body .sent.in-summary', (s) => s.map((x) => x.textContent));

  const json = await download(page, () => page.click('.export-json'));
  const a = JSON.parse(json.text);
  assert.equal(a.format, 'yoyak-article');
  assert.equal(a.id, id);
  assert.deepEqual(a.summary, shown);
  assert.ok(a.title.length > 0 && Array.isArray(a.keywords) && a.entities.length > 0);
  assert.equal(typeof a.analysis.clean.body, 'string');
  const md = await download(page, () => page.click('.export-md'));
  assert.match(md.name, /\.md$/);
  assert.ok(md.text.startsWith(`# ${a.title}`.replace(/[\\`*_[\]#|<>!~]/g, (c) => `\\${c}`)) || md.text.startsWith('# '));
  for (const h of ['## 요약', '## 키워드', '## 개체']) assert.ok(md.text.includes(h), h);
  assert.ok(md.text.includes(shown[0].replace(/[\\`*_[\]#|<>!~]/g, (c) => `\\${c}`)));

  await page.click('.copy-summary');
  await page.waitForFunction(() => document.querySelector('.export-status').textContent.includes('복사'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown.join('\n'));

  await openApp(page, '#/');
  const lib = await download(page, () => page.click('.export-library'));
  const file = JSON.parse(lib.text);
  assert.equal(file.format, 'yoyak-library');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('yoyak.saved.v1')));
  assert.deepEqual(file.articles, stored);
  assert.ok(file.articles.some((x) => x.id === id));

  // Another browser (fresh profile): a bad file changes nothing, the export re-imports exactly.
  const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await recordRequests(other);
  const p2 = await newPage(other);
  await openApp(p2, '#/');
  const cards = await p2.locator('.card').count();
  for (const bad of ['not json', '{"format":"yoyak-library","version":1,"articles":[{"id":"x"}]}']) {
    await p2.setInputFiles('.import-library input', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await p2.waitForSelector('.import-status.error[role="alert"]');
    assert.match(await p2.locator('.import-status').innerText(), /가져오지 못했습니다/);
    assert.equal(await p2.locator('.card').count(), cards);
    assert.equal(await p2.evaluate(() => localStorage.getItem('yoyak.saved.v1')), null);
  }
  await p2.setInputFiles('.import-library input', { name: 'yoyak-library.json', mimeType: 'application/json', buffer: Buffer.from(lib.text) });
  await p2.waitForSelector('.import-status:not(.error)');
  await p2.waitForFunction((n) => document.querySelectorAll('.card').length === n, cards + file.articles.length);
  assert.deepEqual(await p2.evaluate(() => JSON.parse(localStorage.getItem('yoyak.saved.v1'))), file.articles);
  // Importing the same file again adds nothing.
  await p2.setInputFiles('.import-library input', { name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(lib.text) });
  await p2.waitForFunction(() => document.querySelector('.import-status').textContent.includes('없습니다'));
  assert.equal(await p2.locator('.card').count(), cards + file.articles.length);
  // The imported article is analysed and indexed like any other.
  await p2.reload();
  await p2.waitForSelector(READY, { timeout: 60_000 });
  await p2.goto(`${baseUrl}#/article/${encodeURIComponent(id)}`);
  await p2.waitForSelector('.article-body');
  assert.deepEqual(await p2.$$eval('.article-body .sent.in-summary', (s) => s.map((x) => x.textContent)), shown);
  await other.close();
});

test('the JavaScript API example page gives the same summary as the app (same seed, same k)', async () => {
  const id = seedIds()[1];
  const text = seedText(id);
  await openApp(page, `#/article/${id}`);
  await page.waitForSelector('.article-body[aria-busy="false"] .sent.in-summary');
  // The app's default length is 3 sentences.
  const app = await page.$$eval('.article-body .sent.in-summary', (s) => s.map((x) => x.textContent));
  assert.equal(app.length, 3);

  const api = await newPage(context);
  await api.goto(`${baseUrl}api/index.html`);
  await api.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
  await api.fill('#text', text);
  await api.fill('#k', '3');
  await api.click('#run');
  await api.waitForSelector('html[data-runs="1"]');
  assert.equal(await api.locator('#error').innerText(), '');
  const got = await api.$$eval('#summary li', (li) => li.map((x) => x.textContent));
  assert.deepEqual(got, app);
  // tag() gives offsets that slice the text as given.
  const tags = await api.evaluate(async (text) => {
    const m = await import('./yoyak-wasm.js');
    return m.tag(text).map((e) => [e.text, text.slice(e.start, e.end), e.label]);
  }, text);
  assert.ok(tags.length > 5);
  for (const [t, s] of tags) assert.equal(s, t);
  // Errors are thrown, not swallowed.
  const err = await api.evaluate(async () => {
    const m = await import('./yoyak-wasm.js');
    try { m.analyze('   ', undefined); return null; } catch (e) { return String(e.message || e); }
  });
  assert.ok(err && err.length > 0);
  await api.close();
});

/** `n` articles made from the seeds: headline + a few consecutive lines of the body. */
function generated(n) {
  const seeds = seedIds().map((id) => seedText(id).split('\n').map((l) => l.trim()).filter((l) => l.length > 0));
  const out = [];
  for (let i = 0; i < n; i++) {
    const lines = seeds[i % seeds.length];
    const body = lines.slice(1).filter((l) => l.length > 40);
    const start = Math.floor(i / seeds.length) % Math.max(1, body.length - 3);
    const text = [`${lines[0]} (${i})`, ...body.slice(start, start + 3)].join('\n');
    out.push({ id: `gen-${i}`, text, saved_at: 1700000000000 + i });
  }
  return out;
}

test('with 1,000 articles the index answers for all of them (timings recorded)', async (t) => {
  const articles = generated(1000);
  const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await recordRequests(other);
  const p = await newPage(other);
  await openApp(p, '#/');
  const file = JSON.stringify({ format: 'yoyak-library', version: 1, articles });
  const t0 = Date.now();
  await p.setInputFiles('.import-library input', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await p.waitForSelector('.import-status:not(.error)', { timeout: 30_000 });
  // Wait until every article is analysed (and so indexed).
  const total = seedIds().length + articles.length;
  await p.waitForFunction(
    (total) => document.querySelector('.library .hint')?.textContent === `기사 ${total}건`,
    total,
    { timeout: 300_000, polling: 500 },
  );
  const indexedMs = Date.now() - t0;

  // Open the entities view: time from the route change to the first rows.
  const openMs = await p.evaluate(async (total) => {
    const t = performance.now();
    location.hash = '#/entities';
    await new Promise((ok) => {
      const check = () => {
        const hint = document.querySelector('.entities .hint');
        if (document.querySelector('.entity-row') && hint && hint.textContent.includes(`기사 ${total}건 색인`)) ok();
        else requestAnimationFrame(check);
      };
      check();
    });
    return performance.now() - t;
  }, total);
  const before = await rows(p);
  assert.ok(before.length > 0);
  assert.ok(before[0].articles > 100, `top entity in ${before[0].articles} articles`);

  // Search as the user types: time from each keystroke to the answer for that text.
  const target = before.find((r) => norm(r.name).length >= 3);
  const word = norm(target.name).slice(0, 3);
  await p.focus('input[type="search"]');
  const keyMs = [];
  let typed = '';
  for (const ch of word) {
    typed += ch;
    const t1 = Date.now();
    await p.keyboard.insertText(ch);
    await p.waitForFunction((q) => {
      const tb = document.querySelector('.entity-table');
      return tb && tb.getAttribute('aria-busy') === 'false' && document.querySelector('input[type="search"]').value === q;
    }, typed);
    keyMs.push(Date.now() - t1);
  }
  assert.ok((await rows(p)).some((r) => r.id === target.id));

  const timings = { articles: total, indexedMs, entitiesOpenMs: Math.round(openMs), keystrokeMs: keyMs };
  t.diagnostic(JSON.stringify(timings));
  await mkdir(artifacts, { recursive: true });
  await writeFile(join(artifacts, 'explorer-timings.json'), JSON.stringify(timings, null, 2));
  await screenshot(p, 'entities-1000.png');
  await other.close();
});

test('explorer pages: no request left loopback, no page error', () => {
  assert.ok(requests.some((u) => u.endsWith('.wasm')));
  assert.deepEqual(requests.filter((u) => !isLocal(u)), []);
  assert.deepEqual(pageErrors, []);
});
