"""Builds verb_forms.txt, the noun forms (-ㅁ) of verbs and adjectives that the splitter reads as
the end of a note-style sentence (음슴체: 3일 버팀, 후기가 많아서 거름), from the KMOU corpus.

Run from the repository root: python3 crates/yoyak/data/make_verb_forms.py
Sources and terms: see VERB_FORMS.md beside this script.

Each stem the corpus tags as a verb or an adjective (VV, VA), seen at least twice, of two
syllables or more and ending in a vowel, gives its noun form: the stem with ㅁ added to its last
syllable (버티 → 버팀, 바르 → 바름). Left out: forms the corpus also tags as a noun, an adverb or
an interjection (NNG, NNP, NNB, MAG, MAJ, IC: 그림, 기쁨, 모임, 마침, 그럼); those of the
demonstrative verbs 이러다, 그러다, 저러다 (이럼 is no note's end); and those in 함 and 됨, which
the splitter reads by rule.
"""
import collections, glob, os

SRC = "../shared/data/ner/kmou/corpus_morph_ner/"
OUT = os.path.join(os.path.dirname(__file__), "verb_forms.txt")
HANGUL, M = 0xAC00, 16  # ㅁ as a final consonant
DEMONSTRATIVES = {"이러", "그러", "저러"}
# Nouns the corpus happens never to tag as such: dishes (오이 무침, 비빔, 지짐, 담금), 그름 of
# 옳고 그름, 바램, the common misspelling of the noun 바람 ("a wish"), and 차임, the rent of the
# law (차임 감액) and as often a year or a car with the copula (3년 차임, 중고차임), and 부심, an
# assistant referee and the end of 자부심.
NOUNS_UNTAGGED = {"무침", "비빔", "지짐", "담금", "그름", "바램", "차임", "부심"}


def noun_form(stem):
    last = ord(stem[-1]) - HANGUL
    if not all("가" <= c <= "힣" for c in stem) or last % 28 != 0:
        return None
    return stem[:-1] + chr(HANGUL + last + M)


verbs = collections.Counter()
others = set()
for path in sorted(glob.glob(SRC + "*.txt")):
    for line in open(path, encoding="utf-8"):
        if line.startswith("##"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4:
            continue
        # Every morpheme of the token, as make_verb_stems.py counts them: a token of several
        # (찔리+었, 날리+어) holds its stem too.
        tags, parts = cols[2].split("+"), cols[1].split("+")
        if len(tags) != len(parts):
            continue
        for m, tag in zip(parts, tags):
            if tag in ("VV", "VA"):
                verbs[m] += 1
            elif tag in ("NNG", "NNP", "NNB", "MAG", "MAJ", "IC"):
                others.add(m)

forms = set()
for stem, n in verbs.items():
    form = noun_form(stem) if n >= 2 and len(stem) >= 2 else None
    if (form and form not in others and form[-1] not in "함됨" and stem not in DEMONSTRATIVES
            and form not in NOUNS_UNTAGGED):
        forms.add(form)

with open(OUT, "w", encoding="utf-8") as out:
    out.write("# yoyak verb noun forms, one per line, sorted. Built by make_verb_forms.py; see VERB_FORMS.md.\n")
    for form in sorted(forms):
        out.write(form + "\n")
print(len(forms), "noun forms")
