"""Gold-file counts behind split rules of stops 35 and 36, rerunnable (run from the repository root):

  python3 benches/split/counts.py m-before-opener       # a word in ㅁ before a word that opens sentences
  python3 benches/split/counts.py trailing-address      # 제발 / 우리 + noun / a title in 님 closing a line
  python3 benches/split/counts.py alternative-question  # -냐/-인가 with another within four words
  python3 benches/split/counts.py trailing-word         # kin or a "really" alone closing a paragraph (stop 36)
  python3 benches/split/counts.py propositive-ja        # the propositive -자 before a new clause (stop 36, dropped)

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


if __name__ == "__main__":
    what = {"m-before-opener": m_before_opener, "trailing-address": trailing_address,
            "alternative-question": alternative_question, "trailing-word": trailing_word,
            "propositive-ja": propositive_ja}.get(sys.argv[1] if len(sys.argv) > 1 else "")
    if what is None:
        sys.exit(__doc__)
    boundary, inside, examples = what()
    print(f"boundary {boundary} inside {inside}")
    for e in examples[:30]:
        print("  " + e)
