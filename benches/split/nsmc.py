"""Sentence splitting on real movie reviews: the NSMC lines of the KLUE-NER train side
(`../shared/data/ner/klue-train/raw-sentences.tsv`, CC BY-SA 4.0, see SOURCES.md), with sentence
boundaries marked by helper sessions (stop 52; `nsmc/README.md`). Only the boundaries are kept
here (`nsmc/gold.tsv`: KLUE id, batch, char offsets where a sentence ends); the text is read from
the shared data. Batches 1-4 are the tuning part, 5-8 the held part (scored once in stop 52),
9-16 the next part (labelled in stop 52, scored once in stop 53); stop 53 tuned on 1-16. 17-24 are
the third part (labelled in stop 53 before its rules, its held part); stop 54 tuned on 1-24. 25-32
are the fourth part (labelled at stop 54's start, its held part). 33-40 are the fifth part,
labelled at stop 54's end for the next stop and scored once at stop 55's start; stop 55 tuned on
1-40. 41-44 are the sixth part (labelled in stop 55 before its rules, its held part, scored once);
stop 55 then tuned on 1-44 for three more rules, and 45-52, the seventh part, labelled in stop 55
before those rules, are their held part. 53-60, the eighth part, were labelled at stop 55's end
and scored once at stop 56's start. 61-68, the ninth part, were labelled in stop 56, which made
no split change, and scored once at stop 57's start; stop 57 tuned on 1-68. 69-76, the tenth
part, were labelled at stop 57's start, before its rules, and are its held part, scored once.
77-84, the eleventh part, were labelled later in stop 57 for a refit of the boundary model with
the reviews, chosen by CV on 1-76; held, and scored once at the stop's end. 85-92, the twelfth
part, were labelled at stop 57's end, after all its rules, and are held for the next stop,
unscored.

    python3 benches/split/nsmc.py [--part tune|held|next|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth[,...]] [--misses] [--kss VENV] YOYAK...
    python3 benches/split/nsmc.py --part tune --glued   # ellipses typed without a space after
    python3 benches/split/nsmc.py --part tune --unspaced YOYAK  # its misses and extras, by the gap
    python3 benches/split/nsmc.py --part tune --ends YOYAK      # its misses, by the two chars before
    python3 benches/split/nsmc.py --part tune --after REGEX     # gold ends and insides after REGEX

YOYAK: `yoyak` CLI binaries (`target/release/yoyak`), each run as `split --jsonl`. With `--kss`,
kss 6.0.6 (mecab backend, from the virtualenv VENV, as benches/peers/split.sh makes it) is scored
beside them. Metric: exact-sentence P/R/F1 (a predicted sentence counts when its whitespace-
stripped char span equals a gold one), micro over the reviews; and boundary P/R/F1."""
import json
from collections import Counter
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "../../../shared/data/ner/klue-train/raw-sentences.tsv")


# Batches 9-16 were labelled after stop 52's rules were fixed and scored once in stop 53, which then
# tuned on 1-16; 17-24 were labelled in stop 53 before its rules and are its held part. Stop 54
# tuned on 1-24; 25-32 were labelled at its start and are its held part. Stop 55 tuned on 1-40;
# 41-44 are its held part, and 45-52 that of its last rules.
PARTS = {"tune": lambda b: b <= 4, "held": lambda b: 5 <= b <= 8, "next": lambda b: 9 <= b <= 16,
         "third": lambda b: 17 <= b <= 24, "fourth": lambda b: 25 <= b <= 32,
         "fifth": lambda b: 33 <= b <= 40, "sixth": lambda b: 41 <= b <= 44,
         "seventh": lambda b: 45 <= b <= 52, "eighth": lambda b: 53 <= b <= 60,
         "ninth": lambda b: 61 <= b <= 68, "tenth": lambda b: 69 <= b <= 76,
         "eleventh": lambda b: 77 <= b <= 84, "twelfth": lambda b: 85 <= b <= 92}


def load(part):
    text = {}
    for row in open(RAW, encoding="utf-8"):
        ident, _, t = row.rstrip("\n").partition("\t")
        text[ident] = t
    out = []
    for row in open(os.path.join(HERE, "nsmc/gold.tsv"), encoding="utf-8"):
        if row.startswith("#"):
            continue
        ident, batch, cuts = row.rstrip("\n").split("\t")
        batch = int(batch)
        if any(PARTS[p](batch) for p in part.split(",")):
            out.append((ident, text[ident], [int(c) for c in cuts.split(",") if c]))
    return out


def spans(text, cuts):
    """Whitespace-stripped (start, end) char spans of the pieces between cuts."""
    out = []
    for a, b in zip([0] + cuts, cuts + [len(text)]):
        piece = text[a:b]
        s = a + len(piece) - len(piece.lstrip())
        e = b - (len(piece) - len(piece.rstrip()))
        if s < e:
            out.append((s, e))
    return out


def yoyak_cuts(binary, texts):
    inp = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts)
    res = subprocess.run([binary, "split", "--jsonl"], input=inp, capture_output=True,
                         text=True, check=True).stdout.splitlines()
    return [[s["end"] for s in json.loads(line)["sentences"]][:-1] for line in res]


KSS = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from split import mecab_shim  # benches/peers/split.py: kss's mecab backend over mecab_ko
mecab_shim()
import kss
texts = json.load(sys.stdin)
out = kss.split_sentences(texts, backend="mecab", num_workers=1)
if len(texts) == 1:
    out = [out]
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def kss_cuts(venv, texts):
    py = os.path.join(venv, "bin", "python")
    peers = os.path.join(HERE, "..", "peers")
    res = subprocess.run([py, "-c", KSS, peers], input=json.dumps(texts, ensure_ascii=False),
                         capture_output=True, text=True, check=True).stdout
    out = []
    for t, sents in zip(texts, json.loads(res)):
        cuts, at = [], 0
        for s in sents:
            i = t.find(s.strip(), at)
            if i < 0:  # kss changed the text: no cut can be placed, count what was found
                break
            at = i + len(s.strip())
            cuts.append(at)
        out.append(cuts[:-1])
    return out


def ends(text, cuts):
    """The char offsets where the sentences of `text` cut at `cuts` end, the last one left out."""
    return {e for _, e in spans(text, cuts)[:-1]}


def after(rows, pattern, show=10):
    """Whether a sentence ends right after each match of `pattern` in the reviews' gold (a match at a
    review's end not counted): the counts behind a split rule, glued words included (stop 57)."""
    found = {True: [], False: []}
    for _, text, gold in rows:
        gb = ends(text, gold)
        for m in re.finditer(pattern, text):
            if m.end() < len(text.rstrip()):
                found[m.end() in gb].append(text[max(0, m.start() - 12):m.end() + 10])
    print(f"boundary {len(found[True])} inside {len(found[False])}")
    for at_end, label in ((True, "B"), (False, "I")):
        for x in found[at_end][:show]:
            print(label, x)


def unspaced(name, rows, preds):
    """How many of the ends `name` missed, and of those it added, have no whitespace after them."""
    missed = added = missed_glued = added_glued = 0
    for (_, text, gold), pred in zip(rows, preds):
        gb, pb = ends(text, gold), ends(text, pred)
        glued = lambda e: e < len(text) and not text[e].isspace()
        missed, added = missed + len(gb - pb), added + len(pb - gb)
        missed_glued += sum(map(glued, gb - pb))
        added_glued += sum(map(glued, pb - gb))
    print(f"{name}: {missed} ends missed, {missed_glued} with no space after; "
          f"{added} added, {added_glued} with no space after")


def by_end(name, rows, preds, top=12):
    """The ends `name` missed and added, tallied by the last two characters before them (`..`,
    `영화`, `~~`): which patterns are left, and how each cuts both ways (stop 56)."""
    missed, added = Counter(), Counter()
    for (_, text, gold), pred in zip(rows, preds):
        gb, pb = ends(text, gold), ends(text, pred)
        for found, tally in ((gb - pb, missed), (pb - gb, added)):
            for e in found:
                tally[text[:e].split()[-1][-2:]] += 1
    print(f"{name}: ends missed by their last two characters")
    for key, n in missed.most_common(top):
        print(f"  {key}\tmissed {n}\tadded {added[key]}")


def score(name, rows, preds, misses):
    m = p = g = bm = bp = bg = 0
    for (ident, text, gold), pred in zip(rows, preds):
        gl, pl = spans(text, gold), spans(text, pred)
        gs, ps = set(gl), set(pl)
        m, p, g = m + len(gs & ps), p + len(ps), g + len(gs)
        gb, pb = {e for _, e in gl[:-1]}, {e for _, e in pl[:-1]}
        bm, bp, bg = bm + len(gb & pb), bp + len(pb), bg + len(gb)
        if misses and gs != ps:
            mark = lambda ends: "".join(c + ("‖" if i + 1 in ends else "") for i, c in enumerate(text))
            print(f"  {ident}\n    gold {mark(gb)}\n    got  {mark(pb)}")
    f = lambda a, b, c: (a / b if b else 0, a / c if c else 0)
    P, R = f(m, p, g)
    BP, BR = f(bm, bp, bg)
    F = 2 * P * R / (P + R) if P + R else 0
    BF = 2 * BP * BR / (BP + BR) if BP + BR else 0
    print(f"{name:<40} sentences P {P:.3f} R {R:.3f} F1 {F:.3f} ({m}/{p}/{g})  "
          f"boundaries P {BP:.3f} R {BR:.3f} F1 {BF:.3f} ({bm}/{bp}/{bg})")


def main():
    args, part, misses, venv, glued, gaps, by_ends, pattern = [], "tune", False, None, False, False, False, None
    it = iter(sys.argv[1:])
    for a in it:
        if a == "--part":
            part = next(it)
        elif a == "--misses":
            misses = True
        elif a == "--glued":
            glued = True
        elif a == "--unspaced":
            gaps = True
        elif a == "--ends":
            by_ends = True
        elif a == "--after":
            pattern = next(it)
        elif a == "--kss":
            venv = next(it)
        else:
            args.append(a)
    rows = load(part)
    if pattern:
        after(rows, pattern)
        return
    if glued:
        # Marks of two dots or more, or an ellipsis char, typed before a word without a space.
        marks = [(m.end(), g) for _, t, g in rows for m in re.finditer(r"(?:\.{2,}|…+)(?=[^\s.…])", t)]
        print(f"NSMC {part}: {len(marks)} glued ellipses, {sum(e in g for e, g in marks)} end a sentence")
        return
    texts = [t for _, t, _ in rows]
    print(f"NSMC {part}: {len(rows)} reviews, {sum(len(c) for *_, c in rows)} boundaries")
    for b in args:
        preds = yoyak_cuts(b, texts)
        score(b, rows, preds, misses)
        if gaps:
            unspaced(b, rows, preds)
        if by_ends:
            by_end(b, rows, preds)
    if venv:
        score("kss 6.0.6 (mecab)", rows, kss_cuts(venv, texts), misses)


if __name__ == "__main__":
    main()
