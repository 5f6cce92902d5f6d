"""Builds nouns.txt (yoyak's noun list with document frequencies) from the KMOU corpus.

Run from the repository root: python3 crates/yoyak/data/make_nouns.py
Sources and terms: see NOUNS.md beside this script.

Each morpheme the corpus tags as a common or proper noun (NNG, NNP) of two syllables or more,
seen at least twice, is written with the number of corpus files (articles) it occurs in. The
keyword ranker reads it twice: a stem that is a listed noun (or a compound of listed nouns) is
a noun, and a noun found in many articles is a general word of news prose.
"""
import collections, glob, os

SRC = "../shared/data/ner/kmou/corpus_morph_ner/"
OUT = os.path.join(os.path.dirname(__file__), "nouns.txt")

count = collections.Counter()
df = collections.Counter()
files = sorted(glob.glob(SRC + "*.txt"))
for path in files:
    seen = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("##"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4 or cols[2] not in ("NNG", "NNP"):
            continue
        form = cols[1]
        if len(form) < 2 or not all("가" <= c <= "힣" for c in form):
            continue
        count[form] += 1
        seen.add(form)
    df.update(seen)

with open(OUT, "w", encoding="utf-8") as out:
    out.write("# yoyak noun list: noun<TAB>articles it occurs in. Built by make_nouns.py; see NOUNS.md.\n")
    out.write(f"#articles\t{len(files)}\n")
    for form in sorted(f for f in count if count[f] >= 2):
        out.write(f"{form}\t{df[form]}\n")
print(len([f for f in count if count[f] >= 2]), "nouns from", len(files), "articles")
