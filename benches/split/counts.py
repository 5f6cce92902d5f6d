"""Gold-file counts behind split rules of stops 35 to 37, rerunnable (run from the repository root):

  python3 benches/split/counts.py m-before-opener       # a word in ㅁ before a word that opens sentences
  python3 benches/split/counts.py trailing-address      # 제발 / 우리 + noun / a title in 님 closing a line
  python3 benches/split/counts.py alternative-question  # -냐/-인가 with another within four words
  python3 benches/split/counts.py trailing-word         # kin or a "really" alone closing a paragraph (stop 36)
  python3 benches/split/counts.py propositive-ja        # the propositive -자 before a new clause (stop 36, dropped)
  python3 benches/split/counts.py confirm-ji            # 맞지 / 알지 / 아니지, and what follows them inside (stop 37)
  python3 benches/split/counts.py geodeun               # a word in -거든 (stop 37)
  python3 benches/split/counts.py smile-semicolon       # a word ending in ^^; (stop 37)
  python3 benches/split/counts.py hae-bom               # 해 봄 (stop 37)
  python3 benches/split/counts.py promise-lge           # a promise in 할게/줄게/볼게/갈게/올게/-을게 … (stop 37)
  python3 benches/split/counts.py quoted-geo            # 거 after -다는/-라는/-냐는 (stop 37)
  python3 benches/split/counts.py geu-after-m           # 그 after a word in ㅁ (stop 37)
  python3 benches/split/counts.py drawn-vowel           # words the drawn-out vowel rule would shorten (stop 37)

Each prints how often the pattern ends a gold sentence (boundary) against sits inside one, over
every gold file (the fresh sets, kss's sets, UD), and the inside cases. The opener list is read
from crates/yoyak/src/segment/cues.rs (STARTS), so the count follows the code."""
import glob
import re
import sys

FILES = (glob.glob("tests/cases/sentsplit-fresh*/*.txt") + glob.glob("../shared/data/sentsplit/*.txt")
         + glob.glob("../shared/data/sentsplit-ud/*.txt"))


def paragraphs():
    for f in FILES:
        for p in open(f, encoding="utf-8").read().split("\n\n"):
            s = [l.strip() for l in p.split("\n") if l.strip()]
            if s:
                yield s


def bare(w):
    return re.sub(r"[^가-힣]+$", "", w)


def words_of(s):
    """The words of a paragraph, each with whether it ends its gold sentence."""
    out = []
    for sent in s:
        ws = sent.split()
        out += [(w, j == len(ws) - 1) for j, w in enumerate(ws)]
    return out


def m_before_opener():
    src = open("crates/yoyak/src/segment/cues.rs", encoding="utf-8").read()
    starts = set(re.findall(r'"([^"]+)"', re.search(r"const STARTS: &\[&str\] = &\[(.*?)\];", src, re.S).group(1)))
    b = i = 0
    inside = []
    for s in paragraphs():
        ws = words_of(s)
        for k in range(len(ws) - 1):
            w, last = ws[k]
            c = bare(w)
            if not c or (w != c and not re.fullmatch(re.escape(c) + r"[ㅋㅎㅠㅜ]+", w)):
                continue
            if (ord(c[-1]) - 0xAC00) % 28 != 16 or bare(ws[k + 1][0]) not in starts:
                continue
            if last:
                b += 1
            else:
                i += 1
                inside.append(w + " ‖ " + ws[k + 1][0])
    return b, i, inside


def trailing_address():
    kept, own = [], []
    pat = r"(제발|우리 [가-힣]{1,3}|[가-힣]{2,}님)[.…~!;ㅠㅜ ]*$"
    for s in paragraphs():
        last = s[-1]
        if re.search(r"\s" + pat, last) and len(last.split()) > 2 and not last.rstrip(".").endswith("아님"):
            kept.append(last)
        if re.fullmatch(pat, last) and len(s) > 1:
            own.append(s[-2] + " ‖ " + last)
    return len(own), len(kept), kept


def alternative_question():
    inside, bound = [], []
    end = re.compile(r"(냐|인가)$")
    for s in paragraphs():
        for i, sent in enumerate(s):
            ws = sent.split()
            for j, w in enumerate(ws[:-1]):
                if w == bare(w) and end.search(w) and any(end.search(bare(x)) for x in ws[j + 1:j + 5]):
                    inside.append(sent)
                    break
            if i + 1 < len(s) and ws[-1] == bare(ws[-1]) and end.search(ws[-1]):
                nxt = s[i + 1].split()
                if len(nxt) <= 4 and end.search(bare(nxt[-1])):
                    bound.append(sent + " ‖ " + s[i + 1])
    return len(bound), len(inside), bound


def trailing_word():
    """A word of the trailing-address list (kin, friends, a "really"; read from
    crates/yoyak/src/segment/notes.rs, ADDRESSED) alone at the end of a paragraph: its own
    sentence (boundary) against closing the sentence before it (inside)."""
    src = open("crates/yoyak/src/segment/notes.rs", encoding="utf-8").read()
    listed = set(re.findall(r'"([^"]+)"', re.search(r"const ADDRESSED: &\[&str\] = &\[(.*?)\];", src, re.S).group(1)))
    own, kept = [], []
    for s in paragraphs():
        ws = words_of(s)
        if len(ws) < 2 or bare(ws[-1][0]) not in listed:
            continue
        (own if ws[-2][1] else kept).append(" ".join(w for w, _ in ws[-4:]))
    return len(own), len(kept), kept + own


def propositive_ja():
    """The propositive -자 (가자, 나누자) after a verb, with no subject in 이/가 earlier in its
    sentence, before a Hangul word that is no 싶- and no vocative in 아/야: the rule tried and
    dropped in stop 36. The verbs: a stem whose noun form is on the derived list
    (crates/yoyak/data/verb_forms.txt), a stem in 하, or one of the common one-syllable stems;
    listed nouns (crates/yoyak/data/nouns.txt) are left out."""
    forms = [l.strip() for l in open("crates/yoyak/data/verb_forms.txt", encoding="utf-8") if not l.startswith("#")]
    nouns = {l.split("\t")[0] for l in open("crates/yoyak/data/nouns.txt", encoding="utf-8") if "\t" in l and not l.startswith("#")}

    def with_m(stem):
        o = ord(stem[-1]) - 0xAC00
        return stem[:-1] + chr(ord(stem[-1]) + 16) if 0 <= o < 11172 and o % 28 == 0 else None

    ends, goes_on = [], []
    for s in paragraphs():
        ws = words_of(s)
        start = 0
        for k, (w, last) in enumerate(ws):
            b = bare(w)
            if w == b and b.endswith("자") and len(b) >= 2 and k + 1 < len(ws) and b not in nouns:
                stem = b[:-1]
                m = with_m(stem)
                verb = (m is not None and any(m.endswith(f) for f in forms)) or stem.endswith("하") \
                    or stem[-1] in "가보타쓰사오주놀먹읽찍걷쉬만모정나챙해"
                subject = any(len(x) >= 2 and x[-1] in "이가" for x in (bare(y) for y, _ in ws[start:k]))
                nxt = bare(ws[k + 1][0])
                if verb and not subject and re.match(r"[가-힣]", nxt) and not nxt.startswith("싶") \
                        and not (len(nxt) >= 2 and nxt[-1] in "아야"):
                    (ends if last else goes_on).append(" ".join(x for x, _ in ws[max(0, k - 3):k + 2]))
            if last:
                start = k + 1
    return len(ends), len(goes_on), goes_on + ends


def pairs(test):
    """Each word (with the word before it) that `test(prev, word, next)` picks and that has a word after
    it in its paragraph: at a sentence's end against inside one."""
    ends, inside = [], []
    for s in paragraphs():
        ws = words_of(s)
        for k in range(len(ws) - 1):
            prev = ws[k - 1][0] if k else ""
            w, last = ws[k]
            if test(prev, w, ws[k + 1][0]):
                (ends if last else inside).append(f"{prev} {w} ‖ {ws[k + 1][0]}")
    return len(ends), len(inside), inside + ends


def confirm_ji():
    """Also over the 21,008 KLUE-NER train sentences (no boundaries there: every one is inside)."""
    b, i, ex = pairs(lambda p, w, n: w in ("맞지", "알지", "아니지"))
    klue = []
    for line in open("../shared/data/ner/klue-train/raw-sentences.tsv", encoding="utf-8"):
        ws = line.rstrip("\n").split("\t")[-1].split()
        klue += [f"{w} {ws[k + 1]}" for k, w in enumerate(ws[:-1]) if w in ("맞지", "알지", "아니지")]
    print(f"KLUE sentences: {len(klue)} inside, of which before 않/못: "
          f"{sum(x.split()[1][:1] in '않못' for x in klue)}")
    return b, i, ex


def drawn_vowel():
    """Every word of three syllables or more, over the gold files, the KLUE sentences and the
    written articles, whose last syllable draws out the vowel before it as
    crates/yoyak/src/segment/tail.rs reads it (not ㅔ nor ㅣ). Counts words, not boundaries."""
    drawn = {0: 0, 2: 0, 9: 0, 1: 1, 3: 1, 10: 1, 4: 4, 6: 4, 14: 4, 8: 8, 12: 8, 13: 13, 17: 13, 18: 18}

    def extends(p, c):
        if not ("가" <= p <= "힣" and "가" <= c <= "힣"):
            return False
        po, co = ord(p) - 0xAC00, ord(c) - 0xAC00
        return co // 588 == 11 and co % 28 == 0 and po % 28 == 0 and drawn.get(po // 28 % 21) == co // 28 % 21

    files = FILES + ["../shared/data/ner/klue-train/raw-sentences.tsv"] + glob.glob("tests/cases/summary/*.json")
    found = {}
    for f in files:
        for w in re.findall(r"[가-힣]{3,}", open(f, encoding="utf-8").read()):
            if extends(w[-2], w[-1]):
                found[w] = found.get(w, 0) + 1
    return len(found), 0, [f"{w} ({n})" for w, n in sorted(found.items(), key=lambda x: -x[1])]


def m_final(w):
    c = bare(w)
    return bool(c) and (ord(c[-1]) - 0xAC00) % 28 == 16


if __name__ == "__main__":
    what = {"m-before-opener": m_before_opener, "trailing-address": trailing_address,
            "alternative-question": alternative_question, "trailing-word": trailing_word,
            "propositive-ja": propositive_ja, "confirm-ji": confirm_ji,
            "geodeun": lambda: pairs(lambda p, w, n: len(bare(w)) >= 3 and bare(w).endswith("거든") and w == bare(w)),
            "smile-semicolon": lambda: pairs(lambda p, w, n: w.endswith("^^;")),
            "hae-bom": lambda: pairs(lambda p, w, n: p == "해" and bare(w) == "봄"),
            "promise-lge": lambda: pairs(lambda p, w, n: w == bare(w) and len(w) >= 2
                                          and re.search(r"(할|줄|볼|갈|올|될|낼|쓸|[가-힣]을)게$", w) is not None),
            "quoted-geo": lambda: pairs(lambda p, w, n: w == "거" and re.search(r"(다는|라는|냐는)$", p) is not None),
            "drawn-vowel": drawn_vowel,
            "geu-after-m": lambda: pairs(lambda p, w, n: m_final(w) and n == "그")}.get(sys.argv[1] if len(sys.argv) > 1 else "")
    if what is None:
        sys.exit(__doc__)
    boundary, inside, examples = what()
    if sys.argv[1] == "drawn-vowel":
        print(f"{boundary} distinct words")
    else:
        print(f"boundary {boundary} inside {inside}")
    for e in examples[:30]:
        print("  " + e)
