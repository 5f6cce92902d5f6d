// The JavaScript API's TypeScript declarations (dist/api/yoyak-wasm.d.ts: tsify derives them from
// crates/yoyak-wasm/src/types.rs, which a Rust test checks against the core's serde output) must
// type-check the example page's script, in strict mode, and describe what the API really
// returns. No browser: tsc (typescript, pinned in package.json) reads dist/api/example.js beside
// the declarations its import resolves to, and node runs the API's wasm itself.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { distDir, seedIds, repoRoot } from './harness.mjs';

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

/**
 * Checks `value` against a type of the declarations: primitives, literals, unions, arrays,
 * tuples and objects, whose keys must be exactly the declared ones (optional ones may be
 * missing). Returns the first mismatch as `path: what`, or null.
 */
function mismatch(checker, type, value, path) {
  const F = ts.TypeFlags;
  if (type.flags & F.Union) {
    const all = type.types.map((t) => mismatch(checker, t, value, path));
    return all.includes(null) ? null : all[0];
  }
  if (type.flags & F.Undefined) return value === undefined ? null : `${path}: expected undefined, got ${JSON.stringify(value)}`;
  if (type.flags & F.Null) return value === null ? null : `${path}: expected null`;
  if (type.flags & F.StringLiteral) return value === type.value ? null : `${path}: expected "${type.value}", got ${JSON.stringify(value)}`;
  for (const [flag, name] of [[F.String, 'string'], [F.Number, 'number'], [F.Boolean | F.BooleanLiteral, 'boolean']]) {
    if (type.flags & flag) return typeof value === name ? null : `${path}: expected ${name}, got ${JSON.stringify(value)}`;
  }
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    if (!Array.isArray(value)) return `${path}: expected an array`;
    const args = checker.getTypeArguments(type);
    if (checker.isTupleType(type) && value.length !== args.length) return `${path}: expected ${args.length} items`;
    for (const [i, item] of value.entries()) {
      const bad = mismatch(checker, checker.isTupleType(type) ? args[i] : args[0], item, `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  if (!(type.flags & F.Object)) return `${path}: type ${checker.typeToString(type)} not understood by this check`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path}: expected an object`;
  const props = checker.getPropertiesOfType(type);
  const declared = new Set(props.map((p) => p.name));
  const extra = Object.keys(value).filter((k) => !declared.has(k));
  if (extra.length) return `${path}: undeclared ${extra.join(', ')}`;
  for (const p of props) {
    if (!(p.name in value)) {
      if (p.flags & ts.SymbolFlags.Optional) continue;
      return `${path}.${p.name}: missing`;
    }
    const bad = mismatch(checker, checker.getTypeOfSymbol(p), value[p.name], `${path}.${p.name}`);
    if (bad) return bad;
  }
  return null;
}

test('what the API returns for every seed matches its declared types, key for key', async () => {
  const api = join(distDir(), 'api');
  const program = ts.createProgram([join(api, 'yoyak-wasm.d.ts')], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const file = checker.getSymbolAtLocation(program.getSourceFile(join(api, 'yoyak-wasm.d.ts')));
  const exported = new Map(checker.getExportsOfModule(file).map((s) => [s.name, s]));
  const declared = (name) => checker.getDeclaredTypeOfSymbol(exported.get(name));
  const returns = (fn) => checker.getReturnTypeOfSignature(checker.getTypeOfSymbol(exported.get(fn)).getCallSignatures()[0]);

  const yoyak = await import(pathToFileURL(join(api, 'yoyak-wasm.js')).href);
  yoyak.initSync({ module: readFileSync(join(api, 'yoyak-wasm_bg.wasm')) });
  const texts = seedIds().map((id) => readFileSync(join(repoRoot, 'seeds', `${id}.txt`), 'utf8'));
  texts.push(PAGE);
  for (const [i, text] of texts.entries()) {
    const got = {
      analyze: yoyak.analyze(text, { summary: { ratio: 0.5 }, keywords: 5 }),
      summarize: yoyak.summarize(text, 3),
      tag: yoyak.tag(text),
    };
    for (const [fn, value] of Object.entries(got)) {
      assert.equal(mismatch(checker, returns(fn), value, `${fn}(text ${i})`), null);
    }
    // The declared result types are the named ones, not `any`.
    assert.equal(checker.typeToString(returns('analyze')), 'Analysis');
  }
  assert.ok(mismatch(checker, declared('Span'), { byte_start: 0, byte_end: 1, char_start: 0, char_end: 1, extra: 2 }, 'span'));
});

/** An HTML page, so that the cleaner's optional parts (text, reporters, dates, captions) are filled. */
const PAGE = `<html><head><title>카카오, AI 전담 조직 신설 - 한빛일보</title></head><body>
<h1>카카오, AI 전담 조직 신설</h1><p>입력 2024-03-01 09:30</p><p>홍길동 기자 hong@example.com</p>
<figure><img src="a.jpg"><figcaption>정신아 카카오 대표가 발표하고 있다. /연합뉴스</figcaption></figure>
<p>카카오(035720)가 AI 전담 조직을 신설했다. 정신아 대표는 "AI 서비스에 집중하겠다"고 말했다.</p>
<p>회사는 올해 1분기 매출 1406억원을 기록했다고 밝혔다.</p><p>ⓒ 한빛일보, 무단전재 및 재배포 금지</p>
</body></html>`;
