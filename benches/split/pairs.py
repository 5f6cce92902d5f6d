#!/usr/bin/env python3
"""How often a word sits inside a gold sentence against at its end, over every split gold file.

    python3 benches/split/pairs.py WORD [--prev PREV] [--next NEXT] [--show N]

WORD, PREV and NEXT are Python regexes matched against whole words (``fullmatch``): the word, the
word before it (same line), and the first word after it (same line for "inside", the next line of
the same paragraph for "boundary"). Run from the repository root; it reads tests/cases/sentsplit-
fresh*, ../shared/data/sentsplit and ../shared/data/sentsplit-ud. Used to check a split rule's
pattern against the gold files before the rule is kept (docs/benchmarks.md, stop 34).
"""
import argparse
import glob
import re


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("word")
    ap.add_argument("--prev", default=r"\S*")
    ap.add_argument("--next", default=r"\S*")
    ap.add_argument("--show", type=int, default=10)
    a = ap.parse_args()
    word, prev, nxt = re.compile(a.word), re.compile(a.prev), re.compile(a.next)
    dirs = glob.glob("tests/cases/sentsplit-fresh*") + [
        "../shared/data/sentsplit",
        "../shared/data/sentsplit-ud",
    ]
    boundary, inside = [], []
    for d in sorted(dirs):
        for f in sorted(glob.glob(d + "/*.txt")):
            name = f.split("/")[-2]
            for para in open(f, encoding="utf-8").read().split("\n\n"):
                lines = [l.split() for l in para.split("\n") if l.strip()]
                for li, w in enumerate(lines):
                    for k, x in enumerate(w):
                        if not word.fullmatch(x):
                            continue
                        if not prev.fullmatch(w[k - 1] if k else ""):
                            continue
                        if k + 1 < len(w):
                            if nxt.fullmatch(w[k + 1]):
                                inside.append(f"{name} {' '.join(w[max(0, k - 3):k + 3])}")
                        elif li + 1 < len(lines) and nxt.fullmatch(lines[li + 1][0]):
                            boundary.append(f"{name} {' '.join(w[max(0, k - 3):])} ‖ {' '.join(lines[li + 1][:3])}")
    print(f"boundary {len(boundary)} inside {len(inside)}")
    for x in boundary[: a.show]:
        print("B", x)
    for x in inside[: a.show]:
        print("I", x)


if __name__ == "__main__":
    main()
