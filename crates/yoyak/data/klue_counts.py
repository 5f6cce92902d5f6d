"""Counts behind the entity rules' comments and MODEL.md: how often KLUE's annotators marked a
string (../shared/data/ner/klue-train/forms.tsv) against how often it is used in the raw
sentences they marked (raw-sentences.tsv, same train side).

Run from the repository root:
  python3 crates/yoyak/data/klue_counts.py words 이날 전날 하루 추석 크리스마스 공주
      marked (per label) and uses as a word of its own, particles allowed after it
  python3 crates/yoyak/data/klue_counts.py counted
      native numeral + noun ("두 경찰관"): uses, and uses whose pair KLUE lists as an entity
  python3 crates/yoyak/data/klue_counts.py glued 한국 일본 홍콩
      a place's marks against its uses alone, glued to a noun, and as a people or language
Counts are approximate where a string's uses cannot be told apart from the forms alone.
"""
import collections, re, sys

K = "../shared/data/ner/klue-train/"
JOSA = re.search(r"pub const JOSA: &\[&str\] = &\[(.*?)\];",
                 open("crates/yoyak/src/entity/model/lists.rs", encoding="utf-8").read(), re.S)
JOSA = set(re.findall(r'"([^"]+)"', JOSA.group(1)))

forms = collections.defaultdict(collections.Counter)
for line in list(open(K + "forms.tsv", encoding="utf-8"))[1:]:
    f = line.rstrip("\n").split("\t")
    if len(f) >= 4:
        forms[f[0]][f[2]] += int(f[3])
raw = [l.split("\t", 1)[1].strip() for l in open(K + "raw-sentences.tsv", encoding="utf-8")]


def words(ws):
    for w in ws:
        uses = sum(1 for t in raw for m in re.finditer(r"(?<![가-힣A-Za-z0-9])" + re.escape(w) + r"([가-힣]*)", t)
                   if m.group(1) == "" or m.group(1) in JOSA)
        print(f"{w}\tmarked {dict(forms[w])}\tuses as a word {uses}")


def counted():
    numerals = ["한", "두", "세", "네", "다섯", "여섯", "일곱", "열"]
    qt = {f: c["QT"] + c["DT"] + c["TI"] for f, c in forms.items()}
    for n in numerals:
        uses = listed = 0
        for t in raw:
            for m in re.finditer(r"(?<!\S)" + n + r" ([가-힣]+)", t):
                uses += 1
                w = m.group(1)
                listed += any(qt.get(n + " " + w[:k], 0) > 0 for k in range(1, len(w) + 1))
        print(f"{n} …\tuses {uses}\tpair listed as an entity {listed}")


def glued(places):
    for p in places:
        alone = glue = people = 0
        for t in raw:
            for m in re.finditer(r"(?<![가-힣A-Za-z0-9])" + re.escape(p) + r"([가-힣]*)", t):
                r = m.group(1)
                if r == "" or r in JOSA:
                    alone += 1
                elif r[0] in "인어":
                    people += 1
                else:
                    glue += 1
        print(f"{p}\tmarked {dict(forms[p])}\talone {alone}\tglued {glue}\tpeople/language {people}")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"words": words, "counted": lambda _: counted(), "glued": glued}[cmd](args)
