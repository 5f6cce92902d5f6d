"""Prints ADVERBS, the splitter's table of whole-word adverbs that end like a sentence, from the
KMOU corpus.

Run from the repository root: python3 crates/yoyak/data/make_adverbs.py
Sources and terms: the corpus's licence (../shared/data/ner/kmou/LICENSE; see NOUNS.md).

A word (eojeol, symbols aside) that the corpus tags as one general or conjunctive adverb (MAG,
MAJ) at least twice, that ends in a syllable a sentence ending also ends in (이어, 심지어, 몰래,
어쨌든, 급기야), and that closes its sentence (an EF ending, or `.`, `?`, `!` after it, or the
sentence's last word) in under a fifth of all its uses, is an adverb: the sentence goes on after
it. Words of one syllable are left out.
"""
import collections, glob

SRC = "../shared/data/ner/kmou/corpus_morph_ner/"
ENDS = set("어아여해와워라지든다요네나까야게래데고줘봐돼져쳐셔")

adverb = collections.Counter()
final = collections.Counter()
total = collections.Counter()


def count(rows):
    words, current = [], []
    for row in rows:
        if row[0] == "_":
            if current:
                words.append(current)
            current = []
        else:
            current.append(row)
    if current:
        words.append(current)
    for i, word in enumerate(words):
        core = [m for m in word if not m[2].startswith("S")]
        if not core:
            continue
        form = "".join(m[0] for m in core)
        total[form] += 1
        tail = word[len(core):]
        if core[-1][2] == "EF" or any(m[0] in ".?!" for m in tail) or i == len(words) - 1:
            final[form] += 1
        if len(core) == 1 and core[0][2] in ("MAG", "MAJ"):
            adverb[form] += 1


for path in sorted(glob.glob(SRC + "*.txt")):
    rows = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("##") or not line.strip():
            if rows:
                count(rows)
            rows = []
            continue
        cols = line.split("\t")
        if len(cols) >= 3:
            rows.append(cols)
    if rows:
        count(rows)

chosen = sorted(
    w
    for w, c in adverb.items()
    if c >= 2 and len(w) >= 2 and w[-1] in ENDS and final[w] < 0.2 * total[w]
)
print("pub(super) const ADVERBS: &[&str] = &[")
for w in chosen:
    print(f'    "{w}",')
print("];")
