// Measures typing into a bare 5 MB <textarea> (no app), to tell the browser's own editing cost
// from the app's in the 5 MB paste test: prints the wall time of typing three characters at the
// end, the long tasks (Long Tasks API) and the long animation frames seen meanwhile. The long
// tasks alone showed nothing over 90 ms while typing took seconds: a task that only renders
// (style, layout, paint) is not a long task there, but it is in a long animation frame.
//   cd tests/browser && node bare-textarea.mjs
import { chromium } from 'playwright-core';

const browser = await chromium.launch({
  executablePath: process.env.YOYAK_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
await page.setContent('<textarea id=t rows=10 spellcheck=false></textarea>');
await page.evaluate(() => {
  window.__long = [];
  new PerformanceObserver((l) =>
    window.__long.push(...l.getEntries().map((e) => [Math.round(e.startTime), Math.round(e.duration)])),
  ).observe({ type: 'longtask' });
  window.__frames = [];
  new PerformanceObserver((l) =>
    window.__frames.push(...l.getEntries().map((e) => [Math.round(e.startTime), Math.round(e.duration)])),
  ).observe({ type: 'long-animation-frame' });
  const line = '가나다라마바사 아자차카타파하 기사 본문 문장입니다. '.repeat(4) + '\n';
  document.querySelector('#t').value = line.repeat(Math.ceil(5_000_000 / (line.length * 3)));
});
await page.waitForTimeout(500);
const started = Date.now();
await page.focus('#t');
await page.evaluate(() => {
  const a = document.querySelector('#t');
  a.setSelectionRange(a.value.length, a.value.length);
});
await page.keyboard.type(' 끝.');
const typingMs = Date.now() - started;
await page.waitForTimeout(500);
console.log(
  JSON.stringify({
    typing_ms: typingMs,
    long_tasks_ms: await page.evaluate(() => window.__long),
    long_frames_ms: await page.evaluate(() => window.__frames),
  }),
);
await browser.close();
