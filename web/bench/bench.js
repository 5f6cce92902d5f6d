// Times the yoyak JavaScript API in the browser: load, first call (model decode) and, per
// article, medians of analyze / summarize / tag. Exposed as `window.yoyakBench` for
// tests/browser/bench.mjs; the page's own form runs it on files the user picks.

// The API's SIMD build (dist/api/simd/, crates/yoyak-wasm-simd) where the engine runs SIMD
// (`self.yoyakSimd`, set by ../simd.js: the app's worker loader's test), else the default build.
const build = self.yoyakSimd ? 'simd' : 'scalar';
const api = await import(build === 'simd' ? '../api/simd/yoyak-wasm-simd.js' : '../api/yoyak-wasm.js');
const { analyze, summarize, tag, version } = api;

const now = () => performance.now();
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const utf8 = (s) => new TextEncoder().encode(s).length;

/** Times `f` `runs` times after one warm-up call; the samples in ms. */
function time(f, runs) {
  f();
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    f();
    out.push(now() - t);
  }
  return out;
}

// Loading: fetch + compile + instantiate, then the first call, which also decodes the NER model
// (the core decodes it on first use), then the same call once the model is there.
const PROBE = '삼성전자는 12일 서울 서초구 본사에서 이재용 회장이 참석한 가운데 새 전략을 발표했다.';
let t = now();
const wasm = await api.default();
const initMs = now() - t;
t = now();
tag(PROBE);
const firstCallMs = now() - t;
const steadyCallMs = median(time(() => tag(PROBE), 21));
const load = {
  init_ms: initMs,
  first_call_ms: firstCallMs,
  steady_call_ms: steadyCallMs,
  model_load_ms: Math.max(0, firstCallMs - steadyCallMs),
};

/**
 * Medians over `runs` runs for each article, and tagging throughput over all of them joined
 * (like the native `tagger/tag_merged_seeds` benchmark).
 * @param {{id: string, text: string}[]} articles
 */
function run(articles, runs = 9) {
  // Warm-up over everything first: V8 starts wasm on its baseline compiler and moves hot
  // functions to the optimising one as they run, so the first article timed would pay for it.
  // Fifteen passes of every call: with three, the speed-optimised build's bigger functions were
  // still on the baseline compiler for the first article (7.9 ms against 1.6 ms afterwards).
  // What a reader's first analysis costs is the `first call` figure of `load`.
  for (let i = 0; i < 15; i++) {
    for (const { text } of articles) {
      analyze(text);
      summarize(text, 3);
      tag(text);
    }
  }
  const per = articles.map(({ id, text }) => {
    const a = analyze(text);
    const analyzeMs = median(time(() => analyze(text), runs));
    const summarizeMs = median(time(() => summarize(text, 3), runs));
    const tagMs = median(time(() => tag(text), runs));
    const bytes = utf8(text);
    return {
      id,
      bytes,
      sentences: a.sentences.length,
      entities: a.entities.length,
      analyze_ms: analyzeMs,
      summarize_ms: summarizeMs,
      tag_ms: tagMs,
      analyze_mb_s: bytes / 1e6 / (analyzeMs / 1e3),
    };
  });
  const all = articles.map((a) => a.text).join('');
  const allBytes = utf8(all);
  const tagAllMs = median(time(() => tag(all), runs));
  const sum = (k) => per.reduce((s, p) => s + p[k], 0);
  return {
    runs,
    articles: per,
    total: {
      bytes: allBytes,
      analyze_ms: sum('analyze_ms'),
      analyze_mb_s: sum('bytes') / 1e6 / (sum('analyze_ms') / 1e3),
      tag_joined_ms: tagAllMs,
      tag_mb_s: allBytes / 1e6 / (tagAllMs / 1e3),
    },
  };
}

/**
 * Soak: `analyze` on every article in turn, in this one page. Per article the time of the call
 * and the module's linear memory after it, in bytes (a leak, or buffers that keep growing, show
 * as memory that does not level off).
 * @param {string[]} texts
 */
function soak(texts) {
  return texts.map((text) => {
    const t = now();
    analyze(text);
    return [now() - t, wasm.memory.buffer.byteLength];
  });
}

window.yoyakBench = { version: version(), userAgent: navigator.userAgent, build, load, run, soak };

const $ = (id) => document.getElementById(id);
$('status').textContent = `yoyak ${version()}: init ${initMs.toFixed(1)} ms, first call ${firstCallMs.toFixed(1)} ms`;
$('run').disabled = false;
$('run').addEventListener('click', async () => {
  const files = [...$('files').files];
  if (!files.length) {
    $('out').textContent = '파일을 고르세요 (pick .txt files).';
    return;
  }
  const articles = await Promise.all(files.map(async (f) => ({ id: f.name, text: await f.text() })));
  $('out').textContent = '측정 중… (running)';
  // Let the message paint before the synchronous runs.
  await new Promise((ok) => setTimeout(ok, 50));
  $('out').textContent = JSON.stringify({ load, ...run(articles, Number($('runs').value) || 9) }, null, 2);
});
document.documentElement.dataset.ready = 'true';
