"""kss on the sentence-splitting test sets (see split.sh): exact-sentence P/R/F1 per file.

Same metric and hold-out as crates/yoyak/examples/eval_split/metric.rs: input = a paragraph's
gold sentences joined by single spaces; a predicted sentence counts when its stripped text equals
a gold one (multiset intersection per paragraph); `--part tune|held` keeps alternating blocks of
10 paragraphs (0-9 tune, 10-19 held, ...).
"""
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

BLOCK = 10


def mecab_shim():
    """Puts a `mecab` module exposing python-mecab-kor's `MeCab().pos/morphs` over `mecab_ko`
    on the import path, so kss finds its mecab backend."""
    d = tempfile.mkdtemp()
    Path(d, "mecab.py").write_text(
        "import mecab_ko\n"
        "class MeCab:\n"
        "    def __init__(self):\n"
        "        self.t = mecab_ko.Tagger()\n"
        "    def pos(self, text):\n"
        "        rows = [l.split('\\t', 1) for l in self.t.parse(text).splitlines() if '\\t' in l]\n"
        "        return [(s, f.split(',')[0]) for s, f in rows]\n"
        "    def morphs(self, text):\n"
        "        return [s for s, _ in self.pos(text)]\n"
    )
    sys.path.insert(0, d)


def paragraphs(text):
    out, cur = [], []
    for line in text.splitlines():
        line = line.strip()
        if line:
            cur.append(line)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def keeps(part, i):
    return part == "all" or (part == "tune") == ((i // BLOCK) % 2 == 0)


def files(args):
    for a in args:
        p = Path(a)
        paths = [p] if p.is_file() else sorted(p.glob("*.txt"))
        for f in paths:
            if not f.stem.upper().startswith("LICENSE"):
                yield f


def main():
    args, part = [], "all"
    it = iter(sys.argv[1:])
    for a in it:
        if a == "--part":
            part = next(it)
        elif a != "--misses":
            args.append(a)
    backend = os.environ.get("KSS_BACKEND", "mecab")
    if backend == "mecab":
        mecab_shim()
    import kss

    print(f"{'set':<12} {'P':>6} {'R':>6} {'F1':>6}  {'match':>5} {'pred':>5} {'gold':>5}")
    tot = [0, 0, 0]
    f1s = []
    t0 = time.time()
    for f in files(args):
        paras = [p for i, p in enumerate(paragraphs(f.read_text())) if keeps(part, i)]
        preds = kss.split_sentences([" ".join(p) for p in paras], backend=backend, num_workers=1)
        if len(paras) == 1:
            preds = [preds]  # kss unwraps a one-item list
        m = pr = g = 0
        for gold, pred in zip(paras, preds):
            left = Counter(gold)
            for s in pred:
                s = s.strip()
                if left[s] > 0:
                    left[s] -= 1
                    m += 1
            pr += len(pred)
            g += len(gold)
        p, r = (m / pr if pr else 0.0), (m / g if g else 0.0)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f1)
        print(f"{f.stem:<12} {p:>6.3f} {r:>6.3f} {f1:>6.3f}  {m:>5} {pr:>5} {g:>5}")
        for k, v in enumerate((m, pr, g)):
            tot[k] += v
    m, pr, g = tot
    p, r = (m / pr if pr else 0.0), (m / g if g else 0.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{'all (micro)':<12} {p:>6.3f} {r:>6.3f} {f1:>6.3f}  {m:>5} {pr:>5} {g:>5}")
    print(f"macro F1 {sum(f1s) / max(len(f1s), 1):.3f}")
    print(f"time: {time.time() - t0:.1f} s")


if __name__ == "__main__":
    main()
