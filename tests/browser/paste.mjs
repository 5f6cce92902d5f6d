// Huge pastes for the browser tests and measurements: article-like text of any size, and a
// paste of it into the paste box.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedIds, repoRoot } from './harness.mjs';

/**
 * Article-like text of at least `bytes` UTF-8 bytes: the seeds' sentence-like lines, numbers
 * varied per copy so that nothing is an exact repeat, in paragraphs.
 */
export function articleText(bytes) {
  const lines = seedIds()
    .flatMap((id) => readFileSync(join(repoRoot, 'seeds', `${id}.txt`), 'utf8').split('\n'))
    .map((l) => l.trim())
    .filter((l) => l.length >= 30 && /다\.$|다\."?$/.test(l));
  assert.ok(lines.length >= 10, 'the seeds give body lines');
  const out = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    const title = `제${copy + 1}보: 긴 기사 모음`;
    out.push(title);
    size += Buffer.byteLength(title) + 1;
    for (const l of lines) {
      const line = l.replace(/\d+/g, (d) => String(Number(d) + copy));
      out.push(line);
      size += Buffer.byteLength(line) + 1;
      if (size >= bytes) break;
    }
  }
  return out.join('\n');
}

/**
 * Puts `text` into the paste box the way a paste does (one `input` event with the whole text);
 * Playwright's `fill` types megabytes far too slowly.
 */
export async function pasteBig(page, text) {
  await page.evaluate((text) => {
    const area = document.querySelector('#paste-text');
    area.focus();
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

/**
 * Puts `text` on the clipboard of the page (whose context has clipboard permissions) and
 * focuses the paste box, so that a Control+V pastes it as a user does. Done ahead, so that the
 * 5 MB argument's trip into the page is not timed with the paste.
 */
export async function copyForPaste(page, text) {
  await page.evaluate((text) => navigator.clipboard.writeText(text), text);
  await page.focus('#paste-text');
}
