// The JavaScript API example page's script (a file: the page's CSP has no 'unsafe-inline').
import init, { analyze, summarize, tag, version } from './yoyak-wasm.js';

// Types (checked by tests/browser/types.test.mjs with tsc): the page's elements loosely, the API's
// results strictly, from yoyak-wasm.d.ts.
/** @param {string} id @returns {any} */
const $ = (id) => document.getElementById(id);
/** @param {string} tag @param {string} text */
const item = (tag, text) => { const el = document.createElement(tag); el.textContent = text; return el; };

function run() {
    $('error').textContent = '';
    const text = $('text').value;
    const k = Number($('k').value) || 3;
    try {
        const s = summarize(text, k);
        $('summary').replaceChildren(...s.sentences.map((t) => item('li', t)));
        const entities = tag(text);
        $('entities').replaceChildren(...entities.map((e) => {
            const li = document.createElement('li');
            li.append(item('mark', text.slice(e.start, e.end)), ` ${e.label}`);
            return li;
        }));
        const a = analyze(text, { summary: { sentences: k }, keywords: 5 });
        $('keywords').textContent = a.keywords.map((w) => w.text).join(', ');
        document.documentElement.dataset.runs = String(Number(document.documentElement.dataset.runs || 0) + 1);
    } catch (e) {
        $('error').textContent = String((e instanceof Error && e.message) || e);
    }
}

await init();
$('status').textContent = `yoyak ${version()} 준비됨 (ready)`;
$('run').disabled = false;
$('run').addEventListener('click', run);
document.documentElement.dataset.ready = 'true';
