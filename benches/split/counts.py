"""Gold-file counts behind split rules of stops 35 to 40, rerunnable (run from the repository root):

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
  python3 benches/split/counts.py undo-pair             # a past form before the action undoing it (stop 38)
  python3 benches/split/counts.py alarm                 # a word in 알림
  python3 benches/split/counts.py figure-question       # a figure with a lone ?
  python3 benches/split/counts.py georae                # 거래 standing alone
  python3 benches/split/counts.py progressive           # -는 중, also over the KLUE sentences
  python3 benches/split/counts.py exclaim-ne            # the exclamation -네 and the copula's 이네
  python3 benches/split/counts.py sem                   # 셈 after an adnominal form
  python3 benches/split/counts.py not-secret            # 안 비밀
  python3 benches/split/counts.py gam                   # 감 standing alone
  python3 benches/split/counts.py aside                 # a short parenthesised aside: "boundary" after, "inside" before
  python3 benches/split/counts.py adverb-da             # a bare -다 after an adverb of a lasting state
  python3 benches/split/counts.py counter-ellipsis      # a one-syllable counter after a figure with an ellipsis
  python3 benches/split/counts.py kka-hada              # -까 before a form of 하다
  python3 benches/split/counts.py jugeora | greeting    # 죽어라; a bare 안녕하세요
  python3 benches/split/counts.py deudeu | lgeol | ppeon | kkeut   # ㄷㄷ; -ㄹ걸; -ㄹ 뻔; 끝 after -면/-고
  python3 benches/split/counts.py eojim | rani | geoji | ige-opener  # looked at and left (stop 38)
  python3 benches/split/counts.py copula-ra | order-ra   # 라 after an open syllable: copula / order (stop 39)
  python3 benches/split/counts.py adjective-dae | verb-dae   # hearsay -대 of adjectives; -ㄴ대 of verbs
  python3 benches/split/counts.py name-kind             # a name ending like a verb before its kind (반다 제도)
  python3 benches/split/counts.py deurim | eottae | geollo   # 드림 after a word; 어때; -ㄴ/-는 걸로 before an opener
  python3 benches/split/counts.py pyeon | neun-jul       # 편 after an adnominal; -는 줄 cut short (round four)
  python3 benches/split/counts.py da-mal | juriya | na-bwa   # -다 말다; -ㄹ 줄이야; -나 봐 (round five)
  python3 benches/split/counts.py yereul                # 예를 들어 (round six)
  python3 benches/split/counts.py ji-mwo | ne-adjective | ireom-ssam-cham   # -지 뭐 (the 뭐's end); -네 of ㅂ adjectives; 이럼, 훨씬 쌈, 꽉 참
  python3 benches/split/counts.py lrae                  # a will or a reported order in -ㄹ래 (stop 40)
  python3 benches/split/counts.py nyago-start           # -냐고 before a word that starts sentences (stop 45)
  python3 benches/split/counts.py deut-topic-wide       # deut-topic with any particle, plural or compound (stop 45)
  python3 benches/split/counts.py name-kind-wide        # name-kind with names in 요/야/냐/유, more kinds, glosses (stop 45)
  python3 benches/split/counts.py gloss-term | gloss-spans-back   # a word glossed in Latin/hanja; a gloss naming the word before (stop 45)
  python3 benches/split/counts.py time-bound | kind-after | noun-guna   # before 때/이후; before 방식/장치/저울; a noun in 구 with 나 (stop 45)
  python3 benches/split/counts.py like-noun | mayo | geogida | da-ham | spelled-laugh   # goes_on_from; a laugh spelled out (stop 46)
  python3 benches/split/counts.py gloss-three           # a name of three words or more glossed after its last word (stop 46)
  python3 benches/split/counts.py iyo-short             # a short answer in 이요, three words or fewer before it (stop 46)
  python3 benches/split/counts.py short-form-46         # 구움, 뜀, 튐, 짬, 쉼 and a count before 탐/감/옴/쉼/뜀 (stop 46)
  python3 benches/split/counts.py alm | ga-bom | bore   # 앎 after what is known; 가봄 glued; 보래/드리래 after -아/-어 (stop 46)
  python3 benches/split/counts.py quote-said | quote-pointed   # a quote closed with a mark, then the verb that said it; 이런 after one inside a sentence (stop 46)
  python3 benches/split/counts.py figure-im             # the copula's 임 after a figure or a count (stop 40)
  python3 benches/split/counts.py pictograph            # a spaced emoji pictograph after a word (stop 40)
  python3 benches/split/counts.py eoda                  # the -아/-어 form with 다(가), 가져다 / 끌어다 (stop 40)
  python3 benches/split/counts.py bom-object            # 봄 after a marked object, and glued 못봄 (stop 40)
  python3 benches/split/counts.py ja-subject            # -자 after a subject in its sentence: "when" (stop 40)
  python3 benches/split/counts.py felt                  # 무서움, 쉬움, 아픔 after a degree or a subject (stop 40)
  python3 benches/split/counts.py ja-talk               # a proposal in -자 read in talk (stop 41)
  python3 benches/split/counts.py ryeona                # wondering in -(으)려나 (stop 41)
  python3 benches/split/counts.py hasim-osim            # 하심 after a word; 오심 after a place, time or count (stop 41)
  python3 benches/split/counts.py sam                   # 삼, bought, after a word (stop 41)
  python3 benches/split/counts.py past-da-move          # a past form in -다 before going on or coming back (stop 41)
  python3 benches/split/counts.py figure-rae            # hearsay in 래 of a figure (4시래, 2주 뒤래, 105dB이래; stop 42)
  python3 benches/split/counts.py guna                  # the exclamation -구나 before a new clause (stop 42)
  python3 benches/split/counts.py causative-sim         # 올리심, 맞히심, 넘기심: the honorific's noun form (stop 42)
  python3 benches/split/counts.py come-for              # 오래 after a purpose in -러: told to come (stop 42)
  python3 benches/split/counts.py names-in-da           # Japanese family names and others in 다 (stop 42)
  python3 benches/split/counts.py ellipsis-syllable | ellipsis-daneun   # one syllable or -다는 with an ellipsis (stop 42)
  python3 benches/split/counts.py honoured-sim          # the honorific's noun form -심 after someone honoured (stop 43)
  python3 benches/split/counts.py deut-topic            # a noun with 은/는/도 after a guess in -ㄴ 듯 (stop 43)
  python3 benches/split/counts.py noun-rae-since | georae-guess   # hearsay in 래: 제철이래 지금; 들었을 거래 (stop 43)
  python3 benches/split/counts.py geodeun-present       # any word in -거든 before a Hangul word (stop 43)
  python3 benches/split/counts.py degree-da             # a bare -다 of a state after a degree adverb (stop 44)
  python3 benches/split/counts.py olim                  # 올림 after a place, an object, 까지 or 다시 (stop 44)
  python3 benches/split/counts.py ondae                 # 온대, hearsay of coming, after a time, a point, a count or rain (stop 44)
  python3 benches/split/counts.py deut-noun             # a listed noun, bare or with a case, after a guess in -ㄴ 듯 (stop 44)
  python3 benches/split/counts.py ja-subject-short | modified-m | paired-m   # -자 of two syllables; a noun in ㅁ after an adnominal or in a pair (stop 44)
  python3 benches/split/counts.py verb-da               # an action verb's bare -다 (data/verb_stems.txt; stop 44)
  python3 benches/split/counts.py noun-ra | lkka-pair    # a noun with -(이)라, "as it is"; -ㄹ까 … -ㄹ까 (stop 44)
  python3 benches/split/counts.py regnal                # a Hangul word before a regnal number or an age, 3세 (stop 41)

Each prints how often the pattern ends a gold sentence (boundary) against sits inside one, over
every gold file (the fresh sets, kss's sets, UD), and the inside cases. The opener list is read
from crates/yoyak/src/segment/cues.rs (STARTS), so the count follows the code."""
import functools
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


def joined_with_cuts(s):
    """A paragraph's gold sentences joined by single spaces, and the offsets where they end."""
    text, cuts, pos = " ".join(s), set(), 0
    for sent in s[:-1]:
        pos += len(sent)
        cuts.add(pos)
        pos += 1
    return text, cuts


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
    starts = _starts()
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
    crates/yoyak/src/segment/notes.rs, ADDRESSED; and a group in -들아) alone at the end of a paragraph: its own
    sentence (boundary) against closing the sentence before it (inside)."""
    src = open("crates/yoyak/src/segment/notes.rs", encoding="utf-8").read()
    listed = set(re.findall(r'"([^"]+)"', re.search(r"const ADDRESSED: &\[&str\] = &\[(.*?)\];", src, re.S).group(1)))
    own, kept = [], []
    for s in paragraphs():
        ws = words_of(s)
        last = bare(ws[-1][0])
        if len(ws) < 2 or (last not in listed and not (len(last) >= 3 and last.endswith("들아"))):
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


def _count_words():
    src = open("crates/yoyak/src/segment/notes.rs", encoding="utf-8").read()
    body = re.search(r"pub\(super\) const COUNT_WORDS: &\[&str\] = &\[(.*?)\];", src, re.S).group(1)
    return set(re.findall(r'"([^"]+)"', body))


def lrae(p, w):
    """A will or a reported order in -ㄹ래 (stop 40): an unpunctuated word in 래 after a syllable in
    ㄹ, not 빨래, 진달래, 술래, 몰래, 놀래, -길래, nor 갈래 after a count."""
    b = bare(w)
    if not re.fullmatch(r"[가-힣]{2,}", b) or not b.endswith("래") or re.search(r"[.?!]", w):
        return False
    last = b[-2]
    return (jong(last) == 8 and last not in "길빨몰술달놀"
            and not (last == "갈" and (p in _count_words() or p[-1:].isdigit())))


@functools.lru_cache(maxsize=None)
def _rust_list(name, path="crates/yoyak/src/segment/notes.rs"):
    src = open(path, encoding="utf-8").read()
    body = re.search(name + r": &\[&str\] = &\[(.*?)\];", src, re.S).group(1)
    return set(re.findall(r'"([^"]+)"', body))


def figure_im(p, w):
    """The copula's 임 after a figure with its unit or a counter after a spelled count (stop 40)."""
    b = re.sub(r"[^가-힣%a-zA-Z0-9]+$", "", w)
    if re.search(r"[.?!]", w) or not b.endswith("임"):
        return False
    units = _rust_list("const UNITS") | _rust_list("const COUNTERS")
    stem = b[:-1]
    fig = stem.lstrip("0123456789,.")
    if len(fig) < len(stem):
        return stem[:1].isdigit() and fig in units
    numerals = "한두세네다섯여일곱덟아홉열스무서른마흔쉰예순일흔든아흔몇"
    return stem in units and 0 < len(p) <= 4 and (p[-1:].isdigit() or all(c in numerals for c in p))


def pictograph(w):
    """A word made only of emoji pictographs, not of rating stars or pointing hands (stop 40)."""
    pict = lambda c: "\U0001F300" <= c <= "\U0001FAFF" or "\u2600" <= c <= "\u27BF"
    return (any(pict(c) for c in w)
            and all((pict(c) or c in "\uFE0F\u200D") and c not in "★☆☜☝☞☟" for c in w))


def _ja_with_subject(takes):
    """-자 words that `takes` picks, with a subject (a word of three syllables or more in 이/가, not
    an adverb or a speaker's pronoun) before it in its gold sentence: ends against inside."""
    adverbs, speakers = tuple(_rust_list("const ADVERBS_IN_I")), _rust_list("const SPEAKERS")
    ends, inside = [], []
    for s in paragraphs():
        for sent in s:
            ws = sent.split()
            for j, w in enumerate(ws):
                if not takes(w):
                    continue
                if any(re.fullmatch(r"[가-힣]{3,}", x) and x.endswith(("이", "가"))
                       and not x.endswith(adverbs) and x not in speakers for x in ws[:j]):
                    (ends if j == len(ws) - 1 else inside).append(" ".join(ws[max(0, j - 4):j + 2]))
    return len(ends), len(inside), ends + inside


def ja_subject():
    """-자 of three syllables or more with a subject before it (stop 40)."""
    return _ja_with_subject(lambda w: not re.search(r"[.?!]", w) and re.fullmatch(r"[가-힣]{3,}자", w) is not None
                            and not w.endswith(("마자", "이자", "여자", "남자", "부자", "자자")))


def ja_subject_short():
    """-자 of two syllables (`돌자`, `죽자`) with a subject before it, but for the auxiliaries and
    verbs most proposed with (보자, 주자, 말자, 하자 …; stop 44)."""
    return _ja_with_subject(lambda w: re.fullmatch(r"[가-힣]자", w) is not None
                            and w not in ("이자", "여자", "남자", "부자", "자자", "보자", "주자", "말자",
                                          "두자", "하자", "가자", "먹자", "놀자"))


@functools.lru_cache(maxsize=None)
def _verb_stems():
    """crates/yoyak/data/verb_stems.txt as a set."""
    return frozenset(l.strip() for l in open("crates/yoyak/data/verb_stems.txt", encoding="utf-8") if not l.startswith("#"))


def noun_in_m(w):
    """notes.rs noun_in_m: a word in ㅁ, no listed noun, not 임, a past or future noun form, 함, 셈
    or a going, coming, trying, giving or keeping."""
    return (re.fullmatch("[가-힣]+", w) is not None and jong(w[-1]) == 16 and not _is_noun(w)
            and not w.endswith(("임", "았음", "었음", "였음", "했음", "겠음", "함", "셈", "옴", "감", "봄", "줌", "둠"))
            and w not in ("잠", "삼", "남"))


def lkka_pair():
    """A bare -ㄹ까 with another bare -ㄹ까 within the three words after it in its paragraph
    (notes.rs wondering_between; stop 44)."""
    ends, inside = [], []
    for s in paragraphs():
        ws = words_of(s)
        for k in range(len(ws) - 1):
            w, last = ws[k]

            def lkka(x):
                return x == bare(x) and re.fullmatch("[가-힣]+까", x) is not None and jong(x[-2]) == 8
            if not lkka(w):
                continue
            after = []
            for x, _ in ws[k + 1:k + 4]:
                after.append(x)
                if re.search(r"[.?!]$", x):
                    break
            if any(lkka(x) for x in after):
                (ends if last else inside).append(" ".join(x for x, _ in ws[max(0, k - 2):k + 4]))
    return len(ends), len(inside), ends + inside


def noun_ra(p, w, n):
    """A listed noun of two syllables or more with -(이)라, not -드라 (notes.rs noun_as_reason; stop 44)."""
    if w != bare(w) or not re.fullmatch("[가-힣]{2,}라", w) or w.endswith("드라"):
        return False
    stem = w[:-1]
    noun = stem[:-1] if stem.endswith("이") else stem
    return len(noun) >= 2 and _is_noun(noun) and re.match("[가-힣]", n) is not None


def ja_talk():
    """A proposal in -자 read in talk (stop 41, notes.rs proposes_in_talk): a verb's -자 with no
    subject of two syllables or more in its gold sentence before it, no verb of becoming, passing
    or failing, before a word that opens a clause and is no quoting 하다, wish or address, in a
    paragraph with no full stop after the plain or formal style (한다. 했다. 했습니다.)."""
    quick = "가보타쓰사오주놀먹읽찍걷쉬말재앉"
    speakers = _rust_list("const SPEAKERS")
    not_subjects = tuple(_rust_list("const ADVERBS_IN_I"))
    forms = [l.strip() for l in open("crates/yoyak/data/verb_forms.txt", encoding="utf-8") if not l.startswith("#")]

    def listed_stem(stem):
        o = ord(stem[-1]) - 0xAC00
        if not (0 <= o < 11172 and o % 28 == 0):
            return False
        m = stem[:-1] + chr(ord(stem[-1]) + 16)
        return any(m[i:] in forms for i in range(len(m) - 1))

    def narrated(w):
        w = w.rstrip("\"'”’)]」』")
        return w.endswith("다.") and len(w) >= 3 and (jong(w[-3]) in (4, 20) or w[-3] in "는있없이니")

    ends, inside = [], []
    for s in paragraphs():
        if any(narrated(w) for sent in s for w in sent.split()):
            continue
        ws = words_of(s)
        start = 0
        for k, (w, last) in enumerate(ws):
            if k + 1 < len(ws) and re.fullmatch(r"[가-힣]+자", w):
                stem = w[:-1]
                nxt = bare(ws[k + 1][0].lstrip("(《「『<〈"))
                if (stem[-1] not in "이지되히마" and not stem.endswith(("지나", "못하"))
                        and not w.endswith(("여자", "남자", "부자", "모자", "혼자", "상자", "학자"))
                        and (stem.endswith(("하", "드리")) or stem[-1] in quick or listed_stem(stem)) and not (_is_noun(w) and not (w == "하자" and k and len(ws[k - 1][0]) >= 2
                                                       and ws[k - 1][0][-1] in "로만을를도"))
                        and not any(len(x) >= 2 and x.endswith(("이", "가")) and not x.endswith(not_subjects)
                                    and x not in ("굳이", "일찍이") and x not in speakers for x, _ in ws[start:k])
                        and re.match(r"[가-힣A-Za-z0-9]", nxt) is not None
                        and not nxt.startswith(tuple("하했해한할싶")) and not nxt.startswith("선생")
                        and nxt not in ("나", "제발", "우리", "같은", "라고", "고")
                        and not (len(nxt) >= 2 and nxt[-1] in "아야")):
                    (ends if last else inside).append(" ".join(x for x, _ in ws[max(0, k - 4):k + 2]))
            if last:
                start = k + 1
    return len(ends), len(inside), inside + ends


def past_da_move(p, w, n):
    """A past form in -다 before a form of going, coming, getting out or letting go read by its
    start (notes.rs moves_on; stop 41): -았다가 shortened."""
    b, nb = bare(w), bare(n)
    return (w == b and len(b) >= 2 and b.endswith("다") and jong(b[-2]) == 20
            and not b.endswith(("없었다", "않았다", "었었다")) and nb.startswith(tuple(_rust_list("const STARTS")))
            and nb not in ("들어가", "나가", "나와", "내려가", "내려와"))


def felt(p, w, n):
    """An adjective's noun form of feeling or ease after a word of degree or a subject, before a
    word that opens a clause (stop 40); the lists are read from notes.rs."""
    if w != bare(w) or not re.fullmatch(r"[가-힣]{2,}", w):
        return False
    if not any(w.endswith(f) for f in _rust_list("const FORMS")):
        return False
    subject = (len(p) >= 3 and re.fullmatch(r"[가-힣]+", p) is not None and p.endswith(("이", "가"))
               and not p.endswith(tuple(_rust_list("const ADVERBS_IN_I"))))
    if not (p in _rust_list("const DEGREE") or subject):
        return False
    return re.match(r"[가-힣A-Za-z0-9]", n) is not None and n not in ("그", "뿐", "속", "속에", "자체", "정도")


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


def quote_pointed():
    """A quote that opened after the first word of its gold sentence, followed by
    이런, 이러…, 이렇게 or 아니면 (cues.rs points_back; stop 46)."""
    ends, inside = [], []
    for s in paragraphs():
        for i, sent in enumerate(s):
            ws = sent.split()
            nxt = s[i + 1].split()[0] if i + 1 < len(s) else None
            for k, w in enumerate(ws):
                n = ws[k + 1] if k + 1 < len(ws) else nxt
                if n is None or not re.fullmatch(r".*[\"”'’」』]", w):
                    continue
                if not (n.startswith(("이런", "이러", "이렇게")) or n == "아니면"):
                    continue
                opener = max(sent.rfind(q, 0, sent.rfind(w) + len(w) - 1) for q in "\"“'‘「『")
                if opener <= 0:
                    continue
                (ends if k + 1 == len(ws) else inside).append(f"{ws[k - 1] if k else ''} {w} ‖ {n}")
    return len(ends), len(inside), inside + ends


def short_form_46(p, w, n):
    """notes.rs argued_short_form's stop-46 part: 구움 or 뜀 after any Hangul word; 탐, 감, 옴, 쉼, 뜀
    after a count or span; 쉼, 뜀, 튐, 구움 after an object, 짬 after an object or a subject, 튐 after a
    subject, a place or an adverb of the list (`자꾸` new)."""
    if w != bare(w) or w not in ("구움", "뜀", "튐", "짬", "쉼", "탐", "감", "옴"):
        return False
    marked = len(p) >= 2 and re.fullmatch(r"[가-힣]+", p) is not None
    count = p in ("번", "탕", "바퀴") or re.fullmatch(r"[0-9]+(번|탕|바퀴|일|시간|분|주)", p) is not None
    if w in ("구움", "뜀") and re.search(r"[가-힣]$", p):
        return True
    if w in ("탐", "감", "옴", "쉼", "뜀") and count:
        return True
    if w in ("쉼", "뜀", "튐", "구움", "짬") and marked and p.endswith(("을", "를")):
        return True
    if w in ("튐", "짬") and marked and p.endswith(("이", "가")) and not p.endswith("에게"):
        return True
    if w == "튐" and marked and (p.endswith(("에", "로", "께")) or p.endswith(("에서", "까지", "한테", "에게"))):
        return True
    return w in ("튐", "짬") and p in _rust_list("const ADVERBS")


def iyo_short():
    """A word of three syllables or more in 이요 with three words or fewer before it in its gold
    sentence, not before a -다. within eight words (notes.rs closes_clause; stop 46)."""
    ends, inside = [], []
    for s in paragraphs():
        ws = words_of(s)
        k = 0
        for j in range(len(ws) - 1):
            w, last = ws[j]
            rest = " ".join(x for x, _ in ws[j + 1:j + 9])
            formal = re.match(r"[^.?!]*다\.", rest) is not None
            if re.fullmatch(r"[가-힣]{2,}이요", w) and k <= 3 and not formal:
                (ends if last else inside).append(f"{ws[j - 1][0] if j else ''} {w} ‖ {ws[j + 1][0]}")
            k = 0 if last else k + 1
    return len(ends), len(inside), inside + ends


def gloss_three():
    """A Hangul word, then a Hangul word or a capital's initial, then a Hangul word glossed in
    parentheses by three words or more in letters (notes.rs names_a_glossed_whole; stop 46): the
    gap after the first word, at a gold sentence's end or inside one."""
    ends, inside = [], []
    pat = re.compile(r"(?<!\S)([가-힣]+) ([가-힣]+|[A-Z]\.) ([가-힣]+)\(([^)]*)\)")
    for s in paragraphs():
        text, gold = joined_with_cuts(s)
        for m in pat.finditer(text):
            gloss = re.split(r"[,;]", m.group(4))[0]
            letters = all((c.isalpha() and not "가" <= c <= "힣" and not "\u4e00" <= c <= "\u9fff") or c in " .-'’"
                          for c in gloss)
            if len(gloss.split()) >= 3 and letters:
                (ends if m.end(1) in gold else inside).append(m.group(0)[:60])
    return len(ends), len(inside), inside + ends


def ellipsis_syllable():
    """A word of one Hangul syllable with an ellipsis (`줄...`, `됨…`) after another word of its
    gold sentence, that is no one-syllable interjection (read from segment/tail.rs,
    is_interjection): the end of its sentence against inside one (stop 42)."""
    src = open("crates/yoyak/src/segment/tail.rs", encoding="utf-8").read()
    body = re.search(r"pub\(super\) fn is_interjection\(core: &str\) -> bool \{(.*?)\n\}", src, re.S).group(1)
    calls = set(re.findall(r'"(.)"', body))
    ends, inside = [], []
    for s in paragraphs():
        for i, sent in enumerate(s):
            ws = sent.split()
            for j, w in enumerate(ws):
                m = re.fullmatch(r"([가-힣])(\.\.+|…+)", w)
                last = j == len(ws) - 1
                if not m or j == 0 or m.group(1) in calls or (last and i == len(s) - 1):
                    continue
                nxt = ws[j + 1] if not last else s[i + 1].split()[0]
                (ends if last else inside).append(f"{ws[j - 1]} {w} ‖ {nxt}")
    return len(ends), len(inside), inside + ends


def _infinitives():
    src = open("crates/yoyak/src/segment/endings.rs", encoding="utf-8").read()
    body = re.search(r"pub\(crate\) fn is_infinitive\(c: char\) -> bool \{(.*?)\n\}", src, re.S).group(1)
    return set(re.findall(r"'(.)'", body))


RA_ORDERS = set("더드주가마자타서내보오하나")


def copula_ra(p, w, n, orders=False):
    """An unpunctuated word in 라 after an open syllable (stop 39): the copula "as it is" when that
    syllable is no verb's (orders=False), else the orders -아라/-어라 and the recollection -더라."""
    c = bare(w)
    if w != c or len(c) < 2 or not c.endswith("라") or jong(c[-2]) != 0:
        return False
    verbal = c[-2] in _infinitives() or c[-2] in RA_ORDERS
    return verbal if orders else not verbal


# endings.rs's B_ADJECTIVES; the hearsay rule leaves 립 out (국립대), so does this set.
B_ADJ = set(re.findall(r"'(.)'", re.search(r"const B_ADJECTIVES: \[char; \d+\] = \[(.*?)\];",
                                           open("crates/yoyak/src/segment/endings.rs", encoding="utf-8").read(),
                                           re.S).group(1))) - {"립"}
VERB_DAE_LONG = set("온간춘든뀐낸준친킨낀린둔한본뜬쓴잔탄찬")
VERB_DAE_SHORT = set("잔찬산든뜬쓴논판친딴")


def adjective_dae(p, w, n):
    """Hearsay -대 of an adjective (좋대, 춥대, 낫대) or of 하시/으시 (stop 39)."""
    c = bare(w.lstrip("\"'“‘(#"))
    if not re.fullmatch("[가-힣]{2,}", c) or not c.endswith("대"):
        return False
    q = c[-2]
    return (jong(q) in (27, 6, 15, 25, 26, 11) or q in B_ADJ or q == "낫"
            or (q == "시" and len(c) >= 3 and c[-3] in "하으"))


_NOUNS = None


def _is_noun(s):
    """crates/yoyak/src/keywords/nouns.rs's is_noun: listed, or two or three listed parts of two
    syllables or more."""
    global _NOUNS
    if _NOUNS is None:
        _NOUNS = {l.split("\t")[0] for l in open("crates/yoyak/data/nouns.txt", encoding="utf-8")
                  if not l.startswith("#")}

    def split(x, parts):
        if x in _NOUNS:
            return True
        return parts > 1 and any(x[:i] in _NOUNS and split(x[i:], parts - 1) for i in range(2, len(x) - 1))
    return split(s, 3)


def honoured_sim():
    """A word in 심 that neither is nor ends in a listed noun (but for 심 itself), whose stem is no
    listed noun and ends on no syllable of the nouns of 心 (notes.rs, HEART), after
    someone honoured named within the eight words before it in its gold sentence (read from
    crates/yoyak/src/segment/notes.rs, HONOURED; bare or with 께서, 이/가, 은/는 or 도, and 들),
    before a Hangul word that is no laugh or cry: the honorific's noun form (stop 43)."""
    src = open("crates/yoyak/src/segment/notes.rs", encoding="utf-8").read()
    honoured = re.findall(r'"([^"]+)"', re.search(r"const HONOURED: &\[&str\] = &\[(.*?)\];", src, re.S).group(1))
    heart = re.search(r'const HEART: &str = "([^"]+)";', src).group(1)

    def is_honoured(w):
        if not re.fullmatch("[가-힣]+", w):
            return False
        for p in ("께서는", "께서", "께선", "이", "가", "은", "는", "도"):
            if w.endswith(p):
                w = w[:-len(p)]
                break
        w = w[:-1] if w.endswith("들") else w
        return any(w.endswith(h) for h in honoured)

    _is_noun("가")
    ends, inside = [], []
    for s in paragraphs():
        ws = words_of(s)
        start = 0
        for k, (w, last) in enumerate(ws):
            c = bare(w)
            if (k + 1 < len(ws) and k > start and w == c and len(c) >= 2 and c.endswith("심")
                    and re.fullmatch("[가-힣]+", c) and c[-2] not in heart and c != "내심"
                    and not c.endswith("이기심") and not _is_noun(c[:-1])
                    and all(c[i:] not in _NOUNS for i in range(len(c) - 1)) and not _is_noun(c)
                    and re.match("[가-힣]", ws[k + 1][0]) and not re.match("[ㅋㅎㅠㅜ]", ws[k + 1][0])
                    and any(is_honoured(x) for x, _ in ws[max(start, k - 8):k])):
                (ends if last else inside).append(" ".join(x for x, _ in ws[max(start, k - 4):k + 2]))
            if last:
                start = k + 1
    return len(ends), len(inside), inside + ends


def degree_da():
    """A weak bare -다 on a stem of two syllables or more (no ㅆ, ㄴ or ㅄ before 다; not the -아/-어 form
    with 다, 보다, 마다, 에다 or 여기다 …) after a degree adverb (notes.rs DEGREE, read by graded_state and described),
    before a Hangul word that is no thought or say of it (싶, 하, 했 …; stop 44)."""
    degree = set(_rust_list("const DEGREE"))
    inf = set("해어아여와워져려봐줘써놔사싸겨쳐혀텨뎌")

    def test(p, w, n):
        if w != bare(w) or not re.fullmatch("[가-힣]{2,}다", w) or jong(w[-2]) in (4, 18, 20):
            return False
        if w[-2] in inf or w.endswith(("보다", "마다", "에다")) or w in ("여기다", "거기다", "저기다", "어디다"):
            return False
        return (p in degree and re.match("[가-힣]", n) is not None
                and re.match("(싶|하|했|해|보|봐|못|카|그러|생각|진짜|정말)", n) is None)
    return pairs(test)


def deut_noun():
    """A listed noun of two syllables or more, bare or with a case particle, not the face, voice or
    body (notes.rs, noun_of_its_own's BODY), after a guess in -ㄴ 듯 spaced or glued to a stem of
    two syllables (stop 44)."""
    src = open("crates/yoyak/src/segment/notes.rs", encoding="utf-8").read()
    body = re.search(r"fn noun_of_its_own\(.*?\n\}", src, re.S).group(0)
    parts = set(re.findall(r'"([^"]+)"', re.search(r"const BODY: &\[&str\] = &\[(.*?)\];", body, re.S).group(1)))
    cases = re.findall(r'"([^"]+)"', re.search(r"const CASES: &\[&str\] = &\[(.*?)\];", body, re.S).group(1))

    def guess(p, w):
        if w == "듯":
            adn = p
        elif len(w) >= 4 and w.endswith("듯") and w != "불현듯" and re.fullmatch("[가-힣]+", w):
            adn = w[:-1]
        else:
            return False
        return (re.fullmatch("[가-힣]+", adn or "") is not None and not adn.endswith(("다는", "냐는", "라는", "자는"))
                and jong(adn[-1]) == 4)

    def noun(n):
        if not re.fullmatch("[가-힣]{2,}", n) or n.startswith(tuple(parts)):
            return False
        return ((len(n) >= 2 and _is_noun(n))
                or any(n.endswith(c) and len(n) - len(c) >= 2 and _is_noun(n[:-len(c)]) for c in cases))
    return pairs(lambda p, w, n: guess(p, w) and noun(n))


def deut_topic(wide=False):
    """A noun with the topic's 은/는 or with 도, maybe after 한테, 에서, 으로 … (a one-syllable noun
    of notes.rs's CASUAL_NOUNS, a word of topic_of_its_own's WORDS, or a listed noun), after a
    guess in -ㄴ 듯 spaced (`좋은 듯 물은`) or glued to a stem of two syllables (stop 43)."""
    src = open("crates/yoyak/src/segment/notes.rs", encoding="utf-8").read()
    casual = set(re.findall(r"'(.)'", re.search(r"const CASUAL_NOUNS: &\[char\] = &\[(.*?)\];", src, re.S).group(1)))
    body = re.search(r"fn topic_of_its_own\(word: &str\) -> bool \{(.*?)\n\}", src, re.S).group(1)
    words = set(re.findall(r'"([^"]+)"', re.search(r"const WORDS: &\[&str\] = &\[(.*?)\];", body, re.S).group(1)))

    def topic(b):
        if not re.fullmatch("[가-힣]{2,}", b) or b[-1] not in "은는도":
            return False
        stem = b[:-1]
        for q in ("한테", "에게", "에서", "으로", "까지", "부터", "로", "에"):
            if stem.endswith(q) and len(stem) > len(q):
                stem = stem[:-len(q)]
                break
        return (len(stem) == 1 and stem in casual) or (len(stem) >= 2 and (stem in words or _is_noun(stem)))

    def guess(p, w):
        if w == "듯" and re.fullmatch("[가-힣]+", p or ""):
            adn = p
        elif re.fullmatch("[가-힣]{3,}", w) and w.endswith("듯") and w != "불현듯":
            adn = w[:-1]
        else:
            return False
        return jong(adn[-1]) == 4 and adn != "말" and not adn.endswith(("다는", "냐는", "라는", "자는"))

    def topic_wide(b):
        """Widened in stop 45: a particle before the topic, or 은/는 on a plural or a compound ending
        in a listed noun; no -아도/-면서도 nor a word of 하다, 싶다, 있다, 없다, 보다, 말다."""
        if topic(b):
            return True
        if not re.fullmatch("[가-힣]{2,}", b) or b[-1] not in "은는도":
            return False
        if b.endswith(("면서도", "고도", "서도", "지도", "라도", "데도", "거리는", "대는")) or b.startswith(("하", "했", "싶", "없", "있", "보", "말")):
            return False
        stem = b[:-1]
        for q in ("한테", "에게", "에서", "으로", "까지", "부터", "로", "에"):
            if stem.endswith(q) and len(stem) > len(q):
                return True
        return b[-1] != "도" and ((len(stem) >= 2 and stem.endswith("들")) or any(_is_noun(stem[i:]) for i in range(len(stem) - 1)))

    return pairs(lambda p, w, n: guess(p, w) and n == bare(n) and (topic_wide(n) if wide else topic(n)))


def _events():
    src = open("crates/yoyak/src/segment/notes.rs", encoding="utf-8").read()
    return re.findall(r'"([^"]+)"', re.search(r"const EVENTS: &\[&str\] = &\[(.*?)\];", src, re.S).group(1))


def noun_rae_since(p, w, n):
    """Hearsay in 이래 of a noun in a consonant (`제철이래`, `국룰이래`) before a word that follows
    "since" (처음, 지금, 첫, 최, a figure …), the noun no event of notes.rs's EVENTS (stop 43)."""
    return (w == bare(w) and re.fullmatch("[가-힣]{2,}이래", w) is not None and jong(w[-3]) not in (0, None)
            and not any(w[:-2].endswith(e) for e in _events())
            and (n[:1].isdigit() or n.startswith(("가장", "최", "처음", "첫", "사상", "역대", "줄곧", "꾸준", "지금", "현재"))))


def georae_guess(p, w, n):
    """거래 after a guess in -ㄹ/-을 on a word of two syllables or more that is no listed noun
    (`들었을 거래`, `채울 거래`; not `생물 거래`) or after 되는 (`줘야 되는 거래`): hearsay, "it is
    so, they say" (stop 43)."""
    return bare(w) == "거래" and w == bare(w) and (
        (re.fullmatch("[가-힣]{2,}", p or "") is not None and jong(p[-1]) == 8 and not _is_noun(p))
        or p == "되는")


def verb_dae(p, w, n):
    """Hearsay -ㄴ대 of a verb off the derived list (나온대, 비춘대; 잔대, 찬대), any word before
    (stop 39)."""
    c = bare(w.lstrip("\"'“‘(#"))
    if not re.fullmatch("[가-힣]{2,}", c) or not c.endswith("대"):
        return False
    if len(c) == 2:
        return c[0] in VERB_DAE_SHORT
    return c[-2] in VERB_DAE_LONG and not _is_noun(c)


NAME_KINDS = ("제도 해협 대학 대학교 해류 원칙 산맥 왕국 사막 호수 공화국 조약 반도 제국 왕조 운하 고원 평원 분지 "
              "해안 협곡 폭포 루트").split()
# The tokenizer's particle tables (crates/yoyak/src/token/suffixes.rs), as notes.rs reads them.
_SUFFIXES = open("crates/yoyak/src/token/suffixes.rs", encoding="utf-8").read()
KIND_AFTER = {""} | {x for name in ("PARTICLES", "AMBIGUOUS_PARTICLES") for x in re.findall(
    r'"([^"]+)"', re.search(r"const " + name + r": &\[&str\] = &\[(.*?)\];", _SUFFIXES, re.S).group(1))}


def name_kind(p, w, n):
    """A word ending like a verb (다, 라, 오) before the kind of place it names (반다 제도), not
    after a past form or -더라 (stop 39)."""
    c = bare(w)
    if w != c or len(c) < 2 or c[-1] not in "다라오" or c.endswith(("더라", "었다", "았다", "였다", "했다", "겠다")):
        return False
    # Nor an adjective in -ㅂ다 (stop 40).
    if c.endswith("다") and c[-2] in B_ADJ | {"립"}:
        return False
    b = bare(n)
    return any(b.startswith(k) and b[len(k):] in KIND_AFTER for k in NAME_KINDS)


NAME_KINDS_WIDE = NAME_KINDS + ("동굴 열도 일대 기념관 성당 모스크 축일 앞바다 항구 구항구 은하 성운 신전 사원 궁전 "
                               "광장 해전 전투 정벌 가문 신사").split()
NAME_ENDINGS = ("더라", "었다", "았다", "였다", "했다", "겠다", "세요", "어요", "아요", "해요", "예요", "에요", "지요",
                "네요", "군요", "거든요", "데요", "나요", "까요", "래요", "대요", "구요", "인가요", "는가요", "은가요",
                "한가요", "던가요", "건가요", "니냐", "느냐", "었냐", "았냐", "했냐", "겠냐", "였냐")


def name_kind_wide(p, w, n):
    """name_kind widened in stop 45: names in 요, 야, 냐, 유 too (no polite or asking ending), more
    kinds, and a kind glossed in brackets (세키가하라 전투(関ヶ原の戦い)는)."""
    c = bare(w)
    if w != c or len(c) < 2 or c[-1] not in "다라오요야냐유" or c.endswith(NAME_ENDINGS):
        return False
    if c.endswith("다") and c[-2] in B_ADJ | {"립"}:
        return False
    b = bare(n.split("(")[0])
    return any(b.startswith(k) and b[len(k):] in KIND_AFTER for k in NAME_KINDS_WIDE)


def gloss_spans_back(p, w, n):
    """A word before Hangul glossed in more Chinese characters than its syllables (`아이야
    간(藍屋勘)의`; notes.rs gloss_spans_back, stop 45)."""
    m = re.match(r"([가-힣]+)\(([\u4e00-\u9fff\u3400-\u4dbf々]+)", n)
    return re.search(r"[가-힣]$", w) is not None and m is not None and len(m.group(2)) > len(m.group(1))


def _starts():
    src = open("crates/yoyak/src/segment/cues.rs", encoding="utf-8").read()
    return set(re.findall(r'"([^"]+)"', re.search(r"const STARTS: &\[&str\] = &\[(.*?)\];", src, re.S).group(1)))


def _marked_noun(b):
    """notes.rs's marked_noun: a listed noun (or compound) with 은/는."""
    return len(b) >= 2 and b[-1] in "은는" and _is_noun(b[:-1])


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


def jong(c):
    return (ord(c) - 0xAC00) % 28 if "가" <= c <= "힣" else None


def hangul_next(n):
    return re.match(r"[가-힣]", n) is not None


# Stop 38: a past form and the stems of the action that reverses it (notes.rs `undone`).
REVERSALS = {"껐다": ("켜", "켰", "켠"), "켰다": ("껐", "끄", "꺼", "끈"), "감았다": ("뜨", "떴", "떠", "뜬"),
             "뽑았다": ("꽂",), "뺐다": ("꽂", "끼", "껴", "넣"), "꽂았다": ("뽑", "빼", "뺐"),
             "앉았다": ("일어나", "일어났", "일어서", "일어섰", "일어남"), "일어났다": ("앉",), "열었다": ("닫",),
             "닫았다": ("열",), "접었다": ("펴", "폈", "편"), "쥐었다": ("펴", "폈"), "폈다": ("접",),
             "입었다": ("벗",), "벗었다": ("입",), "넣었다": ("빼", "뺐"), "붙였다": ("떼", "뗐"),
             "올라갔다": ("내려",), "내려갔다": ("올라",),
             # stop 44
             "나타났다": ("사라",), "사라졌다": ("나타나", "나타났"), "당겼다": ("놓", "밀", "놨"),
             "밀었다": ("당기", "당겼"), "올렸다": ("내리", "내렸", "내린"), "내렸다": ("올리", "올렸", "올린"),
             "담갔다": ("꺼내", "꺼냈", "꺼낸", "건지", "건져"), "생겼다": ("사라", "없어", "무너"),
             "얼었다": ("녹",), "녹았다": ("얼",), "늘었다": ("줄",), "줄었다": ("늘",), "커졌다": ("작아",),
             "작아졌다": ("커",), "켜졌다": ("꺼",), "꺼졌다": ("켜",)}


def undo_pair(p, w, n):
    return any(bare(w).endswith(k) and bare(n).startswith(v) for k, v in REVERSALS.items())


def figure_question(p, w, n):
    if not w.endswith("?") or w.endswith("??"):
        return False
    core = w[:-1]
    counts = ("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "몇", "서너", "두세", "한두")
    return (re.fullmatch(r"[0-9][0-9,.~]*[가-힣a-zA-Z%]{0,3}", core) is not None
            or (p in counts and re.fullmatch(r"[가-힣]{1,3}", core) is not None))


def exclaim_ne(p, w, n):
    b = bare(w)
    # Not before a comma, which the splitter never cuts at (`좋네, 머리`).
    if not re.fullmatch(r"[가-힣0-9,.%]*[가-힣][ㅋㅎㅠㅜ~!.]*", w) or not hangul_next(n) or not b.endswith("네"):
        return False
    return ((len(b) >= 2 and b[-2] in "하되같좋않거라다")
            or (len(b) >= 3 and b.endswith("이네") and jong(b[-3]) not in (None, 0)))


def aside():
    """A short parenthesised aside without its own mark after a word, with words after it on
    its line: is the gold boundary before it, after it, or both?"""
    import collections
    res, ex = collections.Counter(), []
    for s in paragraphs():
        text, bounds = joined_with_cuts(s)
        for m in re.finditer(r" \(([^()\n]{1,60})\)", text):
            if re.search(r"[.!?]$", m.group(1).strip()) or m.end() >= len(text):
                continue
            key = ("before" if m.start() in bounds else "") + ("after" if m.end() in bounds else "")
            if key:
                res[key] += 1
                ex.append(f"{key}: {text[max(0, m.start() - 25):m.end() + 12]}")
    return res["after"], res["before"] + res["beforeafter"], ex


def adverb_da(p, w, n):
    b = bare(w)
    adverbs = ("벌써", "여전히", "온통", "은근", "은근히", "완전", "아직", "진심", "너무나")
    return (w == b and p in adverbs and len(b) >= 2 and b.endswith("다") and re.fullmatch(r"[가-힣]+", b)
            and jong(b[-2]) not in (4, 20) and not b.endswith(("가다", "지다", "마다", "보다")))


def klue_inside(test):
    """How often `test(prev, word, next)` picks a word inside the 21,008 KLUE-NER sentences."""
    n = 0
    for line in open("../shared/data/ner/klue-train/raw-sentences.tsv", encoding="utf-8"):
        ws = line.rstrip("\n").split("\t")[-1].split()
        n += sum(bool(test(ws[k - 1] if k else "", w, ws[k + 1])) for k, w in enumerate(ws[:-1]))
    return n


def progressive():
    test = lambda p, w, n: not re.search(r"[0-9]", w) and (
        (bare(w) == "중" and p.endswith("는")) or (len(bare(w)) > 2 and bare(w).endswith("는중")))
    print(f"KLUE sentences: {klue_inside(test)} inside")
    return pairs(test)


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
            "geu-after-m": lambda: pairs(lambda p, w, n: m_final(w) and n == "그"),
            # stop 38
            "undo-pair": lambda: pairs(undo_pair),
            "alarm": lambda: pairs(lambda p, w, n: bare(w).endswith("알림")),
            "figure-question": lambda: pairs(figure_question),
            "georae": lambda: pairs(lambda p, w, n: bare(w) == "거래"),
            "progressive": progressive,
            "exclaim-ne": lambda: pairs(exclaim_ne),
            "sem": lambda: pairs(lambda p, w, n: bare(w) == "셈" and bool(p) and jong(p[-1]) in (4, 8)),
            "not-secret": lambda: pairs(lambda p, w, n: bare(w) == "비밀" and p == "안"),
            "gam": lambda: pairs(lambda p, w, n: bare(w) == "감" and hangul_next(n)),
            "aside": aside,
            "adverb-da": lambda: pairs(adverb_da),
            "counter-ellipsis": lambda: pairs(lambda p, w, n: re.fullmatch(r"[가-힣](\.{2,}|…+)", w) is not None
                                               and re.search(r"[0-9]", p) is not None),
            "kka-hada": lambda: pairs(lambda p, w, n: bare(w).endswith("까") and w == bare(w)
                                       and re.match(r"(하|했|해)", n) is not None),
            "jugeora": lambda: pairs(lambda p, w, n: bare(w) == "죽어라"),
            "greeting": lambda: pairs(lambda p, w, n: w == "안녕하세요"),
            "deudeu": lambda: pairs(lambda p, w, n: w.endswith("ㄷㄷ")),
            "lgeol": lambda: pairs(lambda p, w, n: len(bare(w)) >= 2 and bare(w).endswith("걸")
                                    and jong(bare(w)[-2]) == 8 and hangul_next(n)),
            "ppeon": lambda: pairs(lambda p, w, n: bare(w) == "뻔" and bool(p) and jong(p[-1]) == 8),
            "kkeut": lambda: pairs(lambda p, w, n: bare(w) == "끝" and bool(p) and p[-1] in "면고"),
            # stop 38, looked at and left
            "eojim": lambda: pairs(lambda p, w, n: len(bare(w)) >= 2 and bare(w).endswith("짐")
                                    and not bare(w).endswith(("이삿짐", "다짐", "조짐", "등짐", "뒷짐", "봇짐"))
                                    and jong(bare(w)[-2]) == 0 and hangul_next(n)),
            "rani": lambda: pairs(lambda p, w, n: re.fullmatch(r"[가-힣0-9,.%]*[가-힣](라니|다니)[ㅋㅎㅠㅜ~!.?…]*", w)
                                   is not None and len(bare(w)) >= 3 and hangul_next(n)),
            "geoji": lambda: pairs(lambda p, w, n: bare(w) == "거지" and bool(p) and jong(p[-1]) in (4, 8)),
            "ige-opener": lambda: pairs(lambda p, w, n: n == "이게"),
            # stop 39
            "copula-ra": lambda: pairs(copula_ra),
            "order-ra": lambda: pairs(lambda p, w, n: copula_ra(p, w, n, orders=True)),
            "adjective-dae": lambda: pairs(adjective_dae),
            "verb-dae": lambda: pairs(verb_dae),
            "name-kind": lambda: pairs(name_kind),
            "name-kind-wide": lambda: pairs(name_kind_wide),
            "gloss-term": lambda: pairs(lambda p, w, n: re.fullmatch(r"\S*[가-힣]\((?=[^)]*[A-Za-z\u4e00-\u9fff])[^)가-힣]*\)", w) is not None),
            "gloss-spans-back": lambda: pairs(gloss_spans_back),
            "time-bound": lambda: pairs(lambda p, w, n: re.search(r"[가-힣]$", w) is not None
                                         and n in ("때", "때에", "때의", "때부터", "때까지", "때는", "이후", "이후의", "이후에", "이후로")),
            "kind-after": lambda: pairs(lambda p, w, n: re.search(r"[가-힣]$", w) is not None
                                         and re.fullmatch(r"(방식|장치|저울)\S*", n) is not None),
            # stop 46
            "quote-said": lambda: pairs(lambda p, w, n: re.fullmatch(r".*[.?!…~]+[\"”'’」』]", w) is not None
                                         and (n.startswith(tuple(_rust_list("const SAID", "crates/yoyak/src/segment/cues.rs")))
                                              or n in ("할", "함"))),
            "quote-pointed": quote_pointed,
            "like-noun": lambda: pairs(lambda p, w, n: w == "좋아요" and (n.startswith(("누르", "누른", "누름", "눌러", "눌렀", "하나", "부탁")) or bare(n) == "수"
                                                                        or re.match(r"[0-9,]+개(?!월)", n) is not None)),
            "mayo": lambda: pairs(lambda p, w, n: w == bare(w) and re.fullmatch(r"[가-힣]{2,}마요", w) is not None
                                   and not w[:-2].endswith(("지", "걱정"))),
            "geogida": lambda: pairs(lambda p, w, n: w == "거기다"),
            "da-ham": lambda: pairs(lambda p, w, n: w == bare(w) and len(w) >= 2 and w.endswith("다") and bare(n) == "함"),
            "spelled-laugh": lambda: pairs(lambda p, w, n: re.fullmatch(r"([허하호헤히흐])\1{1,3}[!~.]*", w) is not None and bool(p)
                                            and not n.startswith(("웃", "불", "부는", "부니", "부며", "부면"))),
            "short-form-46": lambda: pairs(short_form_46),
            "iyo-short": iyo_short,
            "gloss-three": gloss_three,
            "alm": lambda: pairs(lambda p, w, n: w == "앎" and (p in ("줄", "걸로", "거로", "것으로", "다들", "다")
                                                              or (len(p) >= 2 and p.endswith(("면", "만"))))),
            "ga-bom": lambda: pairs(lambda p, w, n: bare(w) == w and w.endswith("가봄")),
            "bore": lambda: pairs(lambda p, w, n: w in ("보래", "드리래") and (p == "선" or (p and p[-1] in _infinitives() | {"라", "러"}))),
            "noun-guna": lambda: pairs(lambda p, w, n: w == bare(w) and len(w) >= 3 and w.endswith("구나")
                                        and not w.endswith("이구나") and _is_noun(w[:-1]) and re.match("[가-힣]", n) is not None),
            "deurim": lambda: pairs(lambda p, w, n: w == bare(w) and bare(w).endswith("드림") and bool(p)),
            "eottae": lambda: pairs(lambda p, w, n: w == "어때"),
            "ji-mwo": lambda: pairs(lambda p, w, n: w == "뭐" and len(bare(p)) >= 2 and p == bare(p)
                                     and p.endswith(("지", "죠")) and re.match(r"[가-힣A-Za-z0-9]", n) is not None),
            "ne-adjective": lambda: pairs(lambda p, w, n: w == bare(w) and len(w) >= 3 and w.endswith("네")
                                           and (w[-2] in B_ADJ or w.endswith("보이네"))
                                           and re.match(r"[가-힣]", n) is not None),
            "pyeon": lambda: pairs(lambda p, w, n: bare(w) == "편" and w == bare(w) and bool(p)
                                    and jong(p[-1]) == 4 and p not in ("한", "맞은", "건너") and not p.endswith("번")),
            "neun-jul": lambda: pairs(lambda p, w, n: bare(w) == "줄" and len(p) >= 2 and p.endswith("는")
                                       and not n.startswith(("알", "앎", "몰", "서", "섰", "처"))),
            "da-mal": lambda: pairs(lambda p, w, n: w == bare(w) and len(w) >= 2 and w.endswith("다")
                                     and n.startswith(("말았", "말고", "말아"))),
            "na-bwa": lambda: pairs(lambda p, w, n: w == "봐" and len(p) >= 2 and p == bare(p) and p.endswith(("나", "가"))
                                     and re.match(r"[가-힣]", n) is not None and not n.startswith(("주", "줘", "줄", "줬", "드"))),
            "yereul": lambda: pairs(lambda p, w, n: bare(w) == "들어" and p == "예를"),
            "lrae": lambda: pairs(lambda p, w, n: lrae(p, w)),
            "pictograph": lambda: pairs(lambda p, w, n: bool(p) and pictograph(w)),
            "ja-subject": ja_subject,
            "ja-subject-short": ja_subject_short,
            "modified-m": lambda: pairs(lambda p, w, n: noun_in_m(w) and re.match(r"[가-힣]", n) is not None
                                         and re.search(r"(되는|하는|있는|없는|되던|하던|있던|없던)$", p) is not None),
            "paired-m": lambda: pairs(lambda p, w, n: noun_in_m(w) and re.match(r"[가-힣]", n) is not None
                                       and re.fullmatch(r"[가-힣]+(과|와)", p) is not None
                                       and (_is_noun(p[:-1]) or jong(p[-2]) == 16)),
            "felt": lambda: pairs(felt),
            "ja-talk": ja_talk,
            "figure-rae": lambda: pairs(lambda p, w, n: re.match(r"[가-힣A-Za-z0-9]", n) is not None and w == bare(w)
                                         and (re.fullmatch(r"\d[\d,.]*(시|초|위|주|배|도|회|차|개|대|마리)래", w) is not None
                                              or (w == "뒤래" and re.fullmatch(r"\d+[가-힣]+", p) is not None)
                                              or re.fullmatch(r"\d[\d,.]*[A-Za-z%]+이래", w) is not None
                                              or (re.fullmatch(r"(시|개|대|마리)래", w) is not None
                                                  and re.fullmatch(r"[한두세네다섯여일곱덟아홉열스무서른마흔쉰예순일흔든아흔몇]{1,4}", p) is not None))),
            "guna": lambda: pairs(lambda p, w, n: w == bare(w) and len(w) >= 3 and w.endswith("구나")
                                   and not w.endswith(("누구나", "더구나", "라구나", "친구나", "가구나", "요구나", "연구나"))
                                   and re.match(r"[가-힣A-Za-z0-9]", n) is not None
                                   and not bare(n).startswith(("싶", "생각", "하", "했", "해", "한", "할", "깨닫", "깨달", "알", "느끼", "느꼈", "느낀"))),
            "causative-sim": lambda: pairs(lambda p, w, n: w == bare(w) and len(w) >= 3 and w.endswith("심")
                                            and w[-2] in "리히기치끼채지"
                                            and re.match(r"[가-힣A-Za-z0-9]", n) is not None),
            "come-for": lambda: pairs(lambda p, w, n: w == "오래" and len(p) >= 2 and p.endswith("러")
                                       and re.fullmatch(r"[가-힣]+", p) is not None
                                       and re.match(r"[가-힣A-Za-z0-9]", n) is not None),
            "names-in-da": lambda: pairs(lambda p, w, n: w == bare(w) and w in (
                "구로다", "니시다", "다케다", "마쓰다", "마에다", "미란다", "시마다", "야마다", "오카다", "와세다",
                "요시다", "우에다", "이케다", "하라다", "하마다", "혼다", "후쿠다")),
            "ellipsis-syllable": ellipsis_syllable,
            "honoured-sim": honoured_sim,
            "deut-topic": deut_topic,
            "deut-topic-wide": lambda: deut_topic(wide=True),
            "degree-da": degree_da,
            "lkka-pair": lkka_pair,
            "noun-ra": lambda: pairs(noun_ra),
            "nyago-start": lambda: pairs(lambda p, w, n: w == bare(w) and re.fullmatch(r"[가-힣]+냐고", w) is not None
                                          and n in _starts()),
            "verb-da": lambda: pairs(lambda p, w, n: w == bare(w) and re.fullmatch(r"[가-힣]+다", w) is not None
                                      and w[:-1] in _verb_stems() and w not in ("하다", "않다", "보다")
                                      and re.match(r"[가-힣]", n) is not None),
            "deut-noun": deut_noun,
            "ondae": lambda: pairs(lambda p, w, n: w == "온대" and re.match(r"[가-힣]", n) is not None
                                    and (re.fullmatch(r"[가-힣]{2,}", p) is not None and re.search(r"(에|씩|까지|부터)$", p) is not None
                                         or re.match(r"[0-9]", p) is not None
                                         or p in ("비", "눈", "잘", "엄청", "많이", "또", "다시", "곧", "금방"))),
            "olim": lambda: pairs(lambda p, w, n: w == "올림" and re.match(r"[가-힣]", n) is not None
                                   and (re.fullmatch(r"[가-힣]+(에|을|를|까지)", p) is not None and len(p) >= 2
                                        or p in ("다시", "그냥", "또", "바로", "먼저"))),
            "geodeun-present": lambda: pairs(lambda p, w, n: w == bare(w) and len(w) >= 3 and w.endswith("거든")
                                              and re.match(r"[가-힣]", n) is not None and not re.match(r"[ㅋㅎㅠㅜ]", n)),
            "noun-rae-since": lambda: pairs(noun_rae_since),
            "georae-guess": lambda: pairs(georae_guess),
            "ellipsis-daneun": lambda: pairs(lambda p, w, n: re.fullmatch(r"[가-힣]+(다|라|냐)는(\.\.+|…+)", w) is not None
                                              and len(w.rstrip(".…")) >= 3),
            "regnal": lambda: pairs(lambda p, w, n: re.match(r"\d+세(\(|$|(가|는|의|와|과|를|을|이|은|도|만|에|에게|에서|까지|부터|로|보다)$)", n) is not None
                                     and re.search(r"[가-힣]$", w) is not None),
            "past-da-move": lambda: pairs(past_da_move),
            "sam": lambda: pairs(lambda p, w, n: w == "삼" and bool(p) and re.match(r"[가-힣A-Za-z0-9]", n) is not None),
            "hasim-osim": lambda: pairs(lambda p, w, n: re.match(r"[가-힣A-Za-z0-9]", n) is not None
                                         and ((w == "하심" and bool(p))
                                              or (w == "오심" and len(p) >= 2
                                                  and p.endswith(("에", "씩", "명", "도", "까지", "라고"))))),
            "ryeona": lambda: pairs(lambda p, w, n: w == bare(w) and len(w) >= 3 and w.endswith("려나")
                                     and not w.endswith(("풀려나", "밀려나", "끌려나"))
                                     and re.match(r"[가-힣A-Za-z0-9]", n) is not None
                                     and not n.startswith(("보", "봐", "봄", "싶", "모", "몰", "하", "했", "해"))),
            "bom-object": lambda: pairs(lambda p, w, n: not re.search(r"[.?!]", w)
                                         and ((bare(w) == "봄" and len(p) >= 2 and p.endswith(("을", "를", "만", "쯤")))
                                              or (bare(w).endswith("못봄") and len(bare(w)) > 2))),
            "eoda": lambda: pairs(lambda p, w, n: w == bare(w) and len(w) >= 3 and w.endswith("다")
                                   and w[-2] in "어아여와워져줘쳐겨혀"),
            "figure-im": lambda: pairs(lambda p, w, n: figure_im(p, w) and re.match(r"[가-힣A-Za-z0-9]", n) is not None),
            "juriya": lambda: pairs(lambda p, w, n: bare(w) == "줄이야" and bool(p) and jong(p[-1]) == 8),
            "ireom-ssam-cham": lambda: pairs(lambda p, w, n: bare(w) in ("이럼", "저럼")
                                              or (bare(w) == "쌈" and p in ("훨씬", "더", "제일", "가장", "엄청", "진짜", "꽤", "완전"))
                                              or (bare(w) == "참" and p in ("꽉", "가득"))),
            "geollo": lambda: pairs(lambda p, w, n: w == "걸로" and bool(p) and jong(bare(p)[-1:] or "a") == 4
                                     and (bare(n) in _starts() or _marked_noun(bare(n)))
                                     and not bare(n).startswith(("하", "했", "해", "할", "한")))}.get(sys.argv[1] if len(sys.argv) > 1 else "")
    if what is None:
        sys.exit(__doc__)
    boundary, inside, examples = what()
    if sys.argv[1] == "drawn-vowel":
        print(f"{boundary} distinct words")
    else:
        print(f"boundary {boundary} inside {inside}")
    for e in examples[:30]:
        print("  " + e)
