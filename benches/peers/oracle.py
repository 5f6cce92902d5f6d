"""Extractive references made from written summaries (stop 57): a summary in a writer's own
words becomes sentence indices by a greedy oracle, as many labelled sets are built, and the
methods are scored against those indices like any other reference.

    cargo run --release -p yoyak --example eval_summary -- export \
      | python3 benches/peers/oracle.py ABSTRACTS.jsonl... > oracle.jsonl
    benches/peers/summary.sh --kiwi --oracle ABSTRACTS.jsonl...   # the peers and yoyak on them

ABSTRACTS: JSON lines `{"id": ..., "abstract": [sentence, ...]}`; an id is an article's file
stem (`3206-perovskite-solar-module-passing`) or `bfly-line-N` for bflysoft's page on line N.
`--bflysoft ../shared/data/summarize/bflysoft-100.jsonl` reads the summary a person wrote for each
of bflysoft's pages (its `abstractive` field) instead.
Each export case whose article has an abstract is printed again with the group prefixed
`oracle: ` and the oracle's indices as its reference, at the reference's k. Only the first
reader's group of a set read twice is used (not the pooled groups), so each article counts once. On standard error: per
group, how far the oracle agrees with the reference it replaces (index F1 ×100).

The oracle: start empty; add the sentence that most raises the mean of two F1s against the
abstract, over the multisets of syllable unigrams and of syllable bigrams (Hangul, Latin letters
and digits only; spaces and punctuation dropped); stop at k. Written down before any abstract
existed (stop 57). Every pick must be made, so once the summary is covered the oracle takes what
lowers the score least: the shortest line, on bflysoft's pages often the byline.
`--body-only` (added after that was seen) leaves bflysoft's headline and byline lines out."""
import json
import sys
from collections import Counter, defaultdict

from pick import f1


def units(text):
    chars = [c for c in text if c.isalnum()]
    return Counter(chars), Counter(a + b for a, b in zip(chars, chars[1:]))


def overlap_f1(got, want):
    common = sum((got & want).values())
    if not common:
        return 0.0
    p, r = common / sum(got.values()), common / sum(want.values())
    return 2 * p * r / (p + r)


def oracle(sentences, abstract, k, skip=()):
    want1, want2 = units(" ".join(abstract))
    chosen = []
    while len(chosen) < min(k, len(sentences) - len(skip)):
        best, best_score = None, -1.0
        for i in range(len(sentences)):
            if i in chosen or i in skip:
                continue
            got1, got2 = units(" ".join(sentences[j] for j in sorted(chosen + [i])))
            score = (overlap_f1(got1, want1) + overlap_f1(got2, want2)) / 2
            if score > best_score:
                best, best_score = i, score
        chosen.append(best)
    return sorted(chosen)


def case_id(case):
    if case["group"].startswith("bflysoft"):
        return "bfly-" + case["name"].replace(" ", "-")
    return case["name"]


def main():
    abstracts = {}
    args = iter(sys.argv[1:])
    body_only = False
    for path in args:
        if path == "--body-only":
            body_only = True
            continue
        if path == "--bflysoft":
            # bflysoft's own summaries, written by a person, in its `abstractive` field.
            for n, line in enumerate(open(next(args), encoding="utf-8"), 1):
                abstracts[f"bfly-line-{n}"] = [json.loads(line)["abstractive"]]
            continue
        for line in open(path, encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                abstracts[row["id"]] = row["abstract"]
    # An article sits in a pooled group and in its own set's: its set's first reader is used.
    cases = {}
    for line in sys.stdin:
        case = json.loads(line)
        ident = case_id(case)
        if ident not in abstracts or "second reader" in case["group"]:
            continue
        if ident not in cases or "first reader" in case["group"]:
            cases[ident] = case
    agree = defaultdict(list)
    seen = set(cases)
    for ident, case in cases.items():
        ref = case["reference"]
        # bflysoft's first two lines are the page's headline and byline, no sentence of the story.
        skip = (0, 1) if body_only and case["group"].startswith("bflysoft") else ()
        picked = oracle(case["sentences"], abstracts[ident], len(ref), skip)
        agree[case["group"]].append(f1(picked, ref))
        case["group"] = "oracle: " + case["group"]
        case["reference"] = picked
        print(json.dumps(case, ensure_ascii=False))
    missing = set(abstracts) - seen
    if missing:
        print(f"{len(missing)} abstracts match no case: {sorted(missing)[:5]}", file=sys.stderr)
    for group, scores in agree.items():
        print(f"{group}: {len(scores)} articles, oracle against the reference "
              f"{100 * sum(scores) / len(scores):.1f}", file=sys.stderr)


if __name__ == "__main__":
    main()
