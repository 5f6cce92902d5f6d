#!/usr/bin/env python3
"""Every gap between two words in every split gold file, with the gold cut and yoyak's, to find and
count clusters of misses (stop 46). Run from the repository root after
`cargo build --release -p yoyak-cli`:

  python3 benches/split/gaps.py word WORD [NEXT]   # gaps after a word matching WORD, before NEXT
  python3 benches/split/gaps.py next NEXT          # unpunctuated words not cut, by the next word
  python3 benches/split/gaps.py formal-gate        # what a paragraph-level gate for -다. prose would do
  python3 benches/split/gaps.py unmarked           # gaps after a word with no mark, by file kind (stop 49)

WORD and NEXT are Python regexes matched against whole words (`fullmatch`). Each gap is TP (cut in
both), FN (gold only), FP (yoyak only) or TN (neither). Each paragraph is given to `yoyak split
--jsonl` as its gold sentences joined by single spaces, as `eval_split` does; kss's regression sets
are read the same way, so their figures here can differ from `eval_split`'s by a few gaps."""
import collections
import glob
import json
import re
import subprocess
import sys

YOYAK = "target/release/yoyak"
MARKED = re.compile(r"[.?!…。？！~ㅋㅎㅠㅜ^;)\]\"'”’」』》〉:]$|[\U0001F300-\U0001FAFF\u2600-\u27BF]$")
FORMAL = re.compile(r"다\.[\]\)\"'”’」』》〉¹²³⁴⁵⁶⁷⁸⁹]*(\[[^\]]*\])*$")


def paragraphs():
    files = sorted(glob.glob("tests/cases/sentsplit-fresh*/*.txt")) + sorted(
        glob.glob("../shared/data/sentsplit/*.txt") + glob.glob("../shared/data/sentsplit-ud/*.txt"))
    for f in files:
        if f.endswith("LICENSE.txt"):
            continue
        for p in open(f, encoding="utf-8").read().split("\n\n"):
            s = [l for l in p.split("\n") if l.strip()]
            if s:
                yield f.split("/")[-2] + "/" + f.split("/")[-1][:-4], s


def gaps():
    """(file, text, gap offset, word, next word, gold cut, yoyak cut, yoyak's earlier cuts)."""
    paras = list(paragraphs())
    req = "\n".join(json.dumps({"text": " ".join(s)}, ensure_ascii=False) for _, s in paras)
    out = subprocess.run([YOYAK, "split", "--jsonl"], input=req, capture_output=True, text=True,
                         check=True).stdout.splitlines()
    for (name, s), line in zip(paras, out):
        text = " ".join(s)
        gold, pos = set(), 0
        for sent in s[:-1]:
            pos += len(sent)
            gold.add(pos)
            pos += 1
        ends = [x["end"] for x in json.loads(line)["sentences"]]
        for m in re.finditer(" ", text):
            b = m.start()
            ws = text.rfind(" ", 0, b) + 1
            ne = text.find(" ", b + 1)
            ne = len(text) if ne < 0 else ne
            yield name, text, b, text[ws:b], text[b + 1:ne], b in gold, b in ends, [e for e in ends if e < b]


def kind(g, y):
    return {(True, True): "TP", (True, False): "FN", (False, True): "FP", (False, False): "TN"}[(g, y)]


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    counts, shown = collections.Counter(), []
    if mode == "word":
        word = re.compile(sys.argv[2])
        nxt = re.compile(sys.argv[3] if len(sys.argv) > 3 else r".*")
        for name, text, b, w, n, g, y, _ in gaps():
            if word.fullmatch(w) and nxt.fullmatch(n):
                counts[kind(g, y)] += 1
                shown.append(f"{kind(g, y)} {name} {text[max(0, b - 30):b]} ‖ {text[b + 1:b + 20]}")
    elif mode == "next":
        nxt = re.compile(sys.argv[2])
        for name, text, b, w, n, g, y, _ in gaps():
            if not y and not MARKED.search(w) and re.search("[가-힣]$", w) and nxt.fullmatch(n):
                counts["gold cut, yoyak none" if g else "inside, yoyak none"] += 1
    elif mode == "formal-gate":
        # An unpunctuated cut in a paragraph whose sentences so far (two or more, as yoyak cut them)
        # all end in -다. : what forbidding it would fix (FP) and lose (TP), by file kind.
        for name, text, b, w, n, g, y, before in gaps():
            if not y or MARKED.search(text[:b]):
                continue
            if len(before) >= 2 and all(FORMAL.search(text[:e]) for e in before):
                counts[(name.split("/")[-1], kind(g, y))] += 1
        counts = collections.Counter({f"{k} {v}": c for (k, v), c in counts.items()})
    elif mode == "unmarked":
        # Every gap after a Hangul word with no mark that the gold or yoyak cuts, by file kind.
        for name, text, b, w, n, g, y, _ in gaps():
            if (g or y) and not MARKED.search(w) and re.search("[가-힣]$", w):
                counts[f"{name.split('/')[-1]} {kind(g, y)}"] += 1
    else:
        sys.exit(__doc__)
    for k, c in sorted(counts.items()):
        print(k, c)
    for line in shown[:40]:
        print("  " + line)


if __name__ == "__main__":
    main()
