"""Sentence choice by the Python peers, and the score both peer scripts use (`peers.py`,
`summary.py`). Every peer gets the sentences as given, and words split at whitespace (as with no
Korean analyser installed) unless a tokenizer is passed: `kiwi_tokens` gives Kiwi's content
morphemes, the usual way these peers are run on Korean (textrankr's own README uses a
morphological analyser)."""
import json
import subprocess
from functools import lru_cache


def f1(chosen, ref):
    """Index F1 of the chosen sentences against the reference ones."""
    hits = len(set(chosen) & set(ref))
    if not hits:
        return 0.0
    p, r = hits / len(chosen), hits / len(ref)
    return 2 * p * r / (p + r)


def whitespace_tokens(text):
    return text.split()


_kiwi = None


# Each peer tokenizes the same sentences again: Kiwi reads each one once.
@lru_cache(maxsize=None)
def _kiwi_forms(text):
    global _kiwi
    if _kiwi is None:
        from kiwipiepy import Kiwi

        _kiwi = Kiwi()
    return tuple(t.form for t in _kiwi.tokenize(text) if t.tag[0] in "NV" or t.tag in ("XR", "SL", "SH", "SN"))


def kiwi_tokens(text):
    """Kiwi's morphemes of content: nouns, verb and adjective stems, roots, foreign words and
    numbers (no particles, endings or punctuation)."""
    return list(_kiwi_forms(text))


def textrankr_pick(sentences, k, tokenize=whitespace_tokens):
    from textrankr import TextRank

    # textrankr takes one text and a tokenizer. It splits the text again itself (at line breaks
    # and at . ! ? not after a digit) and strips the full stop, so each part it returns is mapped
    # back to the given sentence holding it.
    ranker = TextRank(tokenize)
    picked = ranker.summarize("\n".join(sentences), k, verbose=False)
    chosen = []
    for part in picked:
        i = next((i for i, s in enumerate(sentences) if part in s), None)
        if i is not None and i not in chosen:
            chosen.append(i)
    return chosen[:k]


def _sumy_pick(summarizer, sentences, k, tokenize):
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    class Words:
        def to_words(self, text):
            return tokenize(text)

    tok = Words()
    doc = ObjectDocumentModel([Paragraph([Sentence(s, tok) for s in sentences])])
    picked = [str(s) for s in summarizer(doc, k)]
    return [sentences.index(p) for p in picked if p in sentences][:k]


def sumy_pick(sentences, k, tokenize=whitespace_tokens):
    """sumy's TextRank."""
    from sumy.summarizers.text_rank import TextRankSummarizer

    return _sumy_pick(TextRankSummarizer(), sentences, k, tokenize)


def sumy_lexrank_pick(sentences, k, tokenize=whitespace_tokens):
    """sumy's LexRank (the continuous LexRank of Erkan & Radev, as lexrankr also implements)."""
    from sumy.summarizers.lex_rank import LexRankSummarizer

    return _sumy_pick(LexRankSummarizer(), sentences, k, tokenize)


def yoyak_picks(yoyak, cases):
    """yoyak's picks for every case of `eval_summary -- export` (its sentences and headline, at
    the reference k), in one `summarize --jsonl` run: a list in the cases' order."""
    requests = "".join(
        json.dumps({"id": i, "sentences": c["sentences"], "title": c["title"], "k": len(c["reference"])},
                   ensure_ascii=False) + "\n"
        for i, c in enumerate(cases)
    )
    out = subprocess.run([yoyak, "summarize", "--jsonl"], input=requests, capture_output=True, text=True, check=True)
    by_id = {a["id"]: a["indices"] for a in map(json.loads, out.stdout.splitlines())}
    return [by_id[i] for i in range(len(cases))]
