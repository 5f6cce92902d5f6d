#!/usr/bin/env python3
"""How often a word sits inside a gold sentence against at its end, over every split gold file.

    python3 benches/split/pairs.py WORD [--prev PREV] [--next NEXT] [--show N]

WORD, PREV and NEXT are Python regexes matched against whole words (``fullmatch``): the word, the
word before it (same line), and the first word after it (same line for "inside", the next line of
the same paragraph for "boundary"). Run from the repository root; it reads tests/cases/sentsplit-
fresh*, ../shared/data/sentsplit and ../shared/data/sentsplit-ud. Used to check a split rule's
pattern against the gold files before the rule is kept (docs/benchmarks.md, stop 34).

    python3 benches/split/pairs.py WORD --reviews PARTS [--prev PREV] [--next NEXT]

counts over the NSMC reviews' gold instead (`nsmc/gold.tsv`, PARTS as in `nsmc.py`, e.g.
`tune,held,next,third,fourth,fifth,sixth`): the word before and after in the same review, a word
at a review's end not counted (stop 55). In the regexes `{ㄹ}` stands for the Hangul syllables
with that final consonant (`'.*{ㄹ}게'`: 볼게, 탓할게).
"""
import argparse
import glob
import os
import re
import sys

FINALS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


def expand(pattern):
    """`{ㄹ}` as the class of syllables ending in ㄹ."""
    def syllables(m):
        j = FINALS.index(m.group(1)) + 1
        return "[" + "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == j) + "]"
    return re.sub(r"\{([ㄱ-ㅎ])\}", syllables, pattern)


def in_reviews(parts, word, prev, nxt):
    """The NSMC reviews' ends and insides after a matching word, with some context."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from nsmc import load
    boundary, inside = [], []
    for _, text, cuts in load(parts):
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        for k, (s, e) in enumerate(words[:-1]):
            before = text[slice(*words[k - 1])] if k else ""
            if word.fullmatch(text[s:e]) and prev.fullmatch(before) \
                    and nxt.fullmatch(text[slice(*words[k + 1])]):
                (boundary if e in cuts else inside).append(text[max(0, s - 12):words[k + 1][1]])
    return boundary, inside


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("word")
    ap.add_argument("--prev", default=r"\S*")
    ap.add_argument("--next", default=r"\S*")
    ap.add_argument("--show", type=int, default=10)
    ap.add_argument("--reviews", metavar="PARTS")
    a = ap.parse_args()
    word, prev, nxt = (re.compile(expand(x)) for x in (a.word, a.prev, a.next))
    if a.reviews:
        report(*in_reviews(a.reviews, word, prev, nxt), a.show)
        return
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
    report(boundary, inside, a.show)


def report(boundary, inside, show):
    print(f"boundary {len(boundary)} inside {len(inside)}")
    for x in boundary[:show]:
        print("B", x)
    for x in inside[:show]:
        print("I", x)


if __name__ == "__main__":
    main()
