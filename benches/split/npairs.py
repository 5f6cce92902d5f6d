#!/usr/bin/env python3
"""How often a word ends a sentence against sits inside one, over the NSMC reviews' gold
(`nsmc/gold.tsv`), as `pairs.py` counts it over the written gold files.

    python3 benches/split/npairs.py WORD [--prev PREV] [--next NEXT] [--show N] [--part PARTS]

WORD, PREV and NEXT are Python regexes matched against whole whitespace-separated words
(``fullmatch``): the word, the word before it and the word after it (a word at the end of its
review is not counted). In them `{ㄹ}` stands for the Hangul syllables with that final consonant
(`'.*{ㄹ}게'`: 볼게, 탓할게). PARTS as in `nsmc.py` (default: every part scored before stop 55's last
rules, `tune,held,next,third,fourth,fifth,sixth`). Used to check a split rule's pattern against
real reviews before the rule is kept (stop 55)."""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from nsmc import load  # noqa: E402


FINALS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


def expand(pattern):
    """`{ㄹ}` as the class of syllables ending in ㄹ."""
    def syllables(m):
        j = FINALS.index(m.group(1)) + 1
        return "[" + "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == j) + "]"
    return re.sub(r"\{([ㄱ-ㅎ])\}", syllables, pattern)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("word")
    ap.add_argument("--prev", default=r"\S*")
    ap.add_argument("--next", default=r"\S*")
    ap.add_argument("--show", type=int, default=8)
    ap.add_argument("--part", default="tune,held,next,third,fourth,fifth,sixth")
    a = ap.parse_args()
    word, prev, nxt = (re.compile(expand(x)) for x in (a.word, a.prev, a.next))
    ends, inside = [], []
    for _, text, cuts in load(a.part):
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
        for k, (s, e) in enumerate(words[:-1]):
            before = text[slice(*words[k - 1])] if k else ""
            if not (word.fullmatch(text[s:e]) and prev.fullmatch(before)
                    and nxt.fullmatch(text[slice(*words[k + 1])])):
                continue
            (ends if e in cuts else inside).append(text[max(0, s - 12):words[k + 1][1]])
    print(f"boundary {len(ends)} inside {len(inside)}")
    for x in ends[:a.show]:
        print("  B", x)
    for x in inside[:a.show]:
        print("  I", x)


main()
