// Shared pieces of the browser tests: a static file server over the built dist/, the system
// Chromium, and a record of every request the page makes.

import { createServer } from 'node:http';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { join, normalize, extname, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..');
export const artifacts = join(repoRoot, 'target', 'browser-artifacts');

/** The app is served under this sub-path, which also checks that dist/ uses relative URLs. */
export const BASE_PATH = '/yoyak/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function distDir() {
  const dist = process.env.YOYAK_DIST ? resolve(process.env.YOYAK_DIST) : join(repoRoot, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`no built app at ${dist}: run \`trunk build --release --offline\` at the repo root, or set YOYAK_DIST`);
  }
  return dist;
}

/** Ids of the bundled articles: the stems of seeds/*.txt. */
export function seedIds() {
  return readdirSync(join(repoRoot, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** Serves `root` under BASE_PATH on 127.0.0.1, on a free port. */
export async function serve(root) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (!url.pathname.startsWith(BASE_PATH)) {
        res.writeHead(404).end();
        return;
      }
      let rel = decodeURIComponent(url.pathname.slice(BASE_PATH.length)) || 'index.html';
      const file = normalize(join(root, rel));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(await readFile(file));
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { server, url: `http://127.0.0.1:${port}${BASE_PATH}` };
}

/** The system Chromium, headless, with a fresh temporary profile; never a downloaded browser. */
export async function launch() {
  const executablePath = process.env.YOYAK_CHROMIUM ?? '/usr/bin/chromium';
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/** True for URLs that stay inside the browser or on this machine. */
export function isLocal(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'blob:' || u.protocol === 'data:' || u.protocol === 'about:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}

/**
 * Records every request of a context and refuses any that would leave loopback, so a stray
 * request fails the network test instead of reaching the network.
 */
export async function recordRequests(context) {
  const seen = [];
  context.on('request', (r) => seen.push(r.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    seen.push(url);
    return route.abort('blockedbyclient');
  });
  return seen;
}

/**
 * A page in a fresh desktop-sized context whose requests are recorded (and kept on loopback, see
 * `recordRequests`) and whose uncaught errors are collected.
 */
export async function watchedPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const requests = await recordRequests(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, requests, page, errors };
}

/**
 * Fills the page origin's localStorage to the brim, in ever smaller chunks down to `smallest`
 * characters, so the next write of that size or more is refused.
 */
export async function fillStorage(page, smallest) {
  await page.evaluate((smallest) => {
    let n = 0;
    for (let size = 1 << 20; size >= smallest; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`junk-${n++}`, chunk);
        } catch {
          break;
        }
      }
    }
  }, smallest);
}

export async function screenshot(page, name) {
  await mkdir(artifacts, { recursive: true });
  const path = join(artifacts, name);
  await page.screenshot({ path, fullPage: true });
  return path;
}
