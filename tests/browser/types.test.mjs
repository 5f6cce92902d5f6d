// The JavaScript API's TypeScript declarations (dist/api/yoyak-wasm.d.ts: tsify derives them from
// crates/yoyak-wasm/src/types.rs, which a Rust test checks against the core's serde output) must
// type-check the example page's script, in strict mode. No browser: tsc (typescript, pinned in
// package.json) reads dist/api/example.js beside the declarations its import resolves to.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distDir } from './harness.mjs';

const tsc = join(dirname(fileURLToPath(import.meta.url)), 'node_modules', 'typescript', 'bin', 'tsc');

/** tsc's verdict on `files` (checked as JavaScript, nothing written). */
function check(files) {
  const args = ['--noEmit', '--strict', '--allowJs', '--checkJs', '--target', 'es2022', '--module', 'es2022',
    '--moduleResolution', 'bundler', '--lib', 'es2022,dom', ...files];
  const run = spawnSync(process.execPath, [tsc, ...args], { encoding: 'utf8' });
  return { ok: run.status === 0, out: `${run.stdout}${run.stderr}` };
}

test('the example page type-checks against the generated declarations', () => {
  const api = join(distDir(), 'api');
  const dts = readFileSync(join(api, 'yoyak-wasm.d.ts'), 'utf8');
  // Derived, not hand-written: the fields the hand-written ones had lost are there.
  for (const decl of ['export interface Cleaned', 'html: boolean', 'export interface Analysis', 'export interface Tagged']) {
    assert.ok(dts.includes(decl), `yoyak-wasm.d.ts lacks \`${decl}\``);
  }
  const result = check([join(api, 'example.js')]);
  assert.ok(result.ok, result.out);
});
