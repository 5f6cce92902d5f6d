"""How often the references of the written sets choose the opening sentence, apart for openings
that begin with a dateline and byline (`[서울=연합뉴스] 김민수 기자 = …`, news first) and for the
others (a scene, a question, background, as the writers' brief invites). Reads the labels only
(`tests/cases/summary/*.json`, reference A, and `second-labels.tsv`, reference B); runs no
program of the project. Run from the repository root:

  python3 benches/summary/bylines.py 2886-3045 3046-3125 3126-3205
"""
import glob
import json
import re
import sys

BYLINE = re.compile(r"^\s*\[[^\]]*=[^\]]*\][^=]{0,30}=")
second = {}
for line in open("tests/cases/summary/second-labels.tsv", encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        stem, picks = line.rstrip("\n").split("\t")
        second[stem] = [int(x) for x in picks.split(",")]
for span in sys.argv[1:]:
    lo, hi = map(int, span.split("-"))
    rows = {True: [0, 0, 0], False: [0, 0, 0]}  # articles, A chose 0, B chose 0
    for path in sorted(glob.glob("tests/cases/summary/*.json")):
        stem = path.rsplit("/", 1)[-1][:-5]
        if not lo <= int(stem.split("-")[0]) <= hi:
            continue
        case = json.load(open(path, encoding="utf-8"))
        row = rows[bool(BYLINE.match(case["paragraphs"][0][0]))]
        row[0] += 1
        row[1] += 0 in case["summary"]
        row[2] += 0 in second.get(stem, [])
    for byline, (n, a, b) in rows.items():
        kind = "with a dateline-byline" if byline else "without one"
        print(f"{span}: {n} openings {kind}; chosen by reference A {a}, by reference B {b}")
