"""Builds verb_stems.txt and adjective_stems.txt. verb_stems.txt holds the stems of action verbs whose bare -다 (가다, 기다리다, 정리하다) links
a clause as -다(가) and ends no sentence: a verb's plain statement is -ㄴ다/-는다 (간다, 먹는다),
while an adjective's is its bare -다 (예쁘다, 조용하다), so only an adjective's bare -다 closes a
casual sentence. Built from the KMOU corpus.

Run from the repository root: python3 crates/yoyak/data/make_verb_stems.py
Sources and terms: see VERB_STEMS.md beside this script.

A stem is listed when the corpus tags it as a verb (VV), or as a common noun with the verb suffix
하/되/시키 (NNG+XSV: 정리+하), at least twice, and never as an adjective (VA, or NNG+XSA: 조용+하);
Hangul only; not ending in ㄴ (안다, 신다 read as -ㄴ다 of 알다, 시다). Left out by hand: 웃기,
a verb ("to make laugh") that talk uses as an adjective (`웃기다`, "funny"), seen twice so in the
split gold files while the table was chosen (stop 44).

adjective_stems.txt (stop 53) holds the other side: stems the corpus tags as an adjective (VA, or
NNG+XSA) at least twice and at least five times as often as a verb (so 크다 and 낫다, tagged VV a
few times, stay adjectives, and 적다, "to write" as often, does not); Hangul only. An adjective's
bare -다 is its plain statement (`보기가 싫다`, `남은 40분이 안 아깝다`), which closes a casual
sentence (`segment::notes::plain_adjective`; card ADJECTIVE_STEMS.md).
"""
import collections, glob, os, re

SRC = "../shared/data/ner/kmou/corpus_morph_ner/"
OUT = os.path.join(os.path.dirname(__file__), "verb_stems.txt")
ADJ_OUT = os.path.join(os.path.dirname(__file__), "adjective_stems.txt")
ADJECTIVES_IN_TALK = {"웃기"}

verbs, adjectives = collections.Counter(), collections.Counter()
for path in sorted(glob.glob(SRC + "*.txt")):
    prev = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("##"):
            prev = None
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4:
            continue
        tags, parts = cols[2].split("+"), cols[1].split("+")
        if len(tags) == len(parts):
            for k, (m, tag) in enumerate(zip(parts, tags)):
                if tag == "VV":
                    verbs[m] += 1
                elif tag == "VA":
                    adjectives[m] += 1
                elif tag in ("XSV", "XSA") and k > 0 and tags[k - 1] == "NNG":
                    (verbs if tag == "XSV" else adjectives)[parts[k - 1] + m] += 1
            # A suffix on a line of its own after its noun.
            if prev is not None and prev[2] == "NNG" and cols[2] in ("XSV", "XSA"):
                (verbs if cols[2] == "XSV" else adjectives)[prev[1] + cols[1]] += 1
        prev = cols


def final(c):
    return (ord(c) - 0xAC00) % 28


stems = sorted(s for s, n in verbs.items()
               if n >= 2 and re.fullmatch("[가-힣]+", s) and s not in adjectives and final(s[-1]) != 4
               and s not in ADJECTIVES_IN_TALK)
with open(OUT, "w", encoding="utf-8") as out:
    out.write("# yoyak action-verb stems, one per line, sorted. Built by make_verb_stems.py; see VERB_STEMS.md.\n")
    for s in stems:
        out.write(s + "\n")
print(len(stems), "stems")

adjective_stems = sorted(s for s, n in adjectives.items()
                         if n >= 2 and n >= 5 * verbs[s] and re.fullmatch("[가-힣]+", s))
with open(ADJ_OUT, "w", encoding="utf-8") as out:
    out.write("# yoyak adjective stems, one per line, sorted. Built by make_verb_stems.py; see ADJECTIVE_STEMS.md.\n")
    for s in adjective_stems:
        out.write(s + "\n")
print(len(adjective_stems), "adjective stems")
