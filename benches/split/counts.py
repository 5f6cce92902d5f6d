"""Gold-file counts behind three split rules of stop 35, rerunnable (run from the repository root):

  python3 benches/split/counts.py m-before-opener       # a word in ㅁ before a word that opens sentences
  python3 benches/split/counts.py trailing-address      # 제발 / 우리 + noun / a title in 님 closing a line
  python3 benches/split/counts.py alternative-question  # -냐/-인가 with another within four words

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


if __name__ == "__main__":
    what = {"m-before-opener": m_before_opener, "trailing-address": trailing_address,
            "alternative-question": alternative_question}.get(sys.argv[1] if len(sys.argv) > 1 else "")
    if what is None:
        sys.exit(__doc__)
    boundary, inside, examples = what()
    print(f"boundary {boundary} inside {inside}")
    for e in examples[:30]:
        print("  " + e)
