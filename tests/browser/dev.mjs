// Checks a running `trunk serve` (a dev build): the page loads, the library gets its entities,
// and the console shows no error, no Content-Security-Policy report and no page error. Not part
// of `node --test` (it needs the dev server, which builds for minutes):
//   trunk serve --offline &   # at the repo root
//   node dev.mjs [http://127.0.0.1:8080/]

import { launch } from './harness.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:8080/';
const browser = await launch();
const page = await browser.newPage();
const problems = [];
page.on('console', (m) => {
  if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
});
page.on('pageerror', (e) => problems.push(`page error: ${e}`));
const sockets = [];
page.on('websocket', (ws) => sockets.push(ws.url()));
await page.addInitScript(() => {
  document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`));
});
try {
  await page.goto(url);
  await page.waitForSelector('html[data-library-ready-ms]', { timeout: 120_000 });
  // trunk's live-reload script ran: it opened its WebSocket back to the server.
  const reload = sockets.some((u) => u.includes('.well-known/trunk/ws'));
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  console.log(JSON.stringify({ url, reloadScript: reload, policy, problems }, null, 2));
  process.exitCode = problems.length === 0 && reload ? 0 : 1;
} finally {
  await browser.close();
}
