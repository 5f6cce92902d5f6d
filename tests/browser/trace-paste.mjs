// Profiles the 5 MB paste of harden.test.mjs ("a 5 MB paste…") with a Chromium trace, to say
// what its long main-thread tasks are: the Long Tasks API only says that a task was long, not
// what ran in it. Does what the test does (paste, click, wait for the answer, unfold the box and
// type three characters at its end), then prints each page main-thread task over 200 ms with the
// trace events and the JavaScript/WebAssembly functions (CPU profile samples, self time) that
// filled it.
//   cd tests/browser && YOYAK_DIST=/abs/path/to/dist node trace-paste.mjs [trace.json]
// A release build names its WebAssembly functions only by number (`wasm-function[N]`).
import { writeFile } from 'node:fs/promises';
import { distDir, serve, launch } from './harness.mjs';
import { articleText, pasteBig } from './paste.mjs';

const LONG_MS = 200;
const out = process.argv[2];

const { server, url } = await serve(distDir());
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR' });
const page = await context.newPage();
page.on('pageerror', (e) => console.error('page error:', String(e)));
await page.goto(`${url}#/`);
await page.waitForSelector('html[data-library-ready-ms]', { timeout: 60_000 });
await page.goto(`${url}#/paste`);
await page.waitForSelector('#paste-text');
const big = articleText(5_000_000);

await browser.startTracing(page, {
  categories: [
    'toplevel',
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'v8.execute',
    'blink.user_timing',
    'disabled-by-default-v8.cpu_profiler',
    'disabled-by-default-v8.gc',
  ],
});
await page.evaluate(() => performance.mark('trace-paste'));
await pasteBig(page, big);
await page.waitForSelector('.status[data-stage="analysing"]', { timeout: 30_000 });
const first = await page.locator('.status').innerText();
await page.waitForFunction((first) => document.querySelector('.status').textContent !== first, first);
await page.evaluate(() => performance.mark('trace-click'));
await page.click('#keep-html');
await page.uncheck('#keep-html');
await page.waitForSelector('.status[data-stage="done"]', { timeout: 300_000 });
await page.waitForSelector('#show-all-sentences');
await page.waitForTimeout(500);
// Then what the fold spares: the box unfolded and three characters typed at its end.
await page.evaluate(() => performance.mark('trace-unfold'));
await page.click('#unfold');
await page.focus('#paste-text');
await page.evaluate(() => {
  const a = document.querySelector('#paste-text');
  a.setSelectionRange(a.value.length, a.value.length);
  performance.mark('trace-type');
});
await page.keyboard.type(' 끝.');
await page.evaluate(() => performance.mark('trace-typed'));
await page.waitForSelector('.status[data-stage="done"]', { timeout: 300_000 });
await page.waitForTimeout(1000);
const trace = JSON.parse((await browser.stopTracing()).toString());
if (out) await writeFile(out, JSON.stringify(trace));
await browser.close();
server.close();

const events = trace.traceEvents ?? trace;
// The page's renderer main thread: the one that ran our user-timing marks.
const mark = events.find((e) => e.name === 'trace-paste');
const pid = mark?.pid;
const mainTid = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain')?.tid;
const onMain = events.filter((e) => e.pid === pid && e.tid === mainTid);
const t0 = mark.ts;
const ms = (us) => Math.round(us / 1000);
const marks = onMain.filter((e) => e.cat?.includes('blink.user_timing') && /^(trace-|yoyak-)/.test(e.name));
console.log('marks (ms after paste):', marks.map((e) => `${e.name}@${ms(e.ts - t0)}`).join(' '));

// CPU profile samples of the main thread: its `Profile` event gives the profile's id and start,
// and the chunks (written by a profiler thread) carry the node tree and the sample times.
const profile = events.find((e) => e.pid === pid && e.tid === mainTid && e.name === 'Profile');
const nodes = new Map();
const samples = [];
samples.clock = profile?.args.data.startTime;
for (const e of events) {
  if (e.pid !== pid || e.name !== 'ProfileChunk' || e.id !== profile?.id) continue;
  const p = e.args.data.cpuProfile ?? {};
  for (const n of p.nodes ?? []) nodes.set(n.id, n);
  let t = samples.last ?? samples.clock;
  (p.samples ?? []).forEach((id, i) => {
    t += e.args.data.timeDeltas[i];
    samples.push([t, id]);
  });
  samples.last = t;
}
const fnName = (id) => {
  const f = nodes.get(id)?.callFrame;
  if (!f) return '?';
  return `${f.functionName || '(anonymous)'} ${f.url ? f.url.split('/').pop() : ''}`.trim();
};
// The chain of callers of a node, outermost first, for the heaviest functions.
const stack = (id) => {
  const names = [];
  for (let n = nodes.get(id); n; n = nodes.get(n.parent)) names.unshift(fnName(n.id));
  return names.filter((n) => n !== '(root)').slice(-8).join(' > ');
};

// Top-level tasks (Chromium nests a RunTask in a ThreadControllerImpl::RunTask: keep the outer).
const runs = onMain.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
const tasks = runs.filter(
  (e) => e.dur >= LONG_MS * 1000 && !runs.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && (o.dur > e.dur || o.name !== e.name)),
);
for (const task of tasks) {
  const end = task.ts + task.dur;
  console.log(`\n== task at ${ms(task.ts - t0)} ms after paste, ${ms(task.dur)} ms`);
  const inside = onMain.filter((e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts < end && e.dur >= 10_000);
  for (const e of inside.slice(0, 40)) {
    const data = e.args?.data ?? {};
    const what = data.type ?? data.functionName ?? data.url ?? '';
    console.log(`  ${e.name} ${what} @${ms(e.ts - task.ts)} ${ms(e.dur)} ms`);
  }
  const self = new Map();
  const heavy = new Map();
  for (const [t, id] of samples) {
    if (t < task.ts || t >= end) continue;
    self.set(fnName(id), (self.get(fnName(id)) ?? 0) + 1);
    heavy.set(id, (heavy.get(id) ?? 0) + 1);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`  samples: ${total}; most self time:`);
  for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${n}  ${name}`);
  console.log('  heaviest stacks:');
  for (const [id, n] of [...heavy].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`    ${n}  ${stack(id)}`);
}
if (!tasks.length) console.log(`no main-thread task over ${LONG_MS} ms`);
