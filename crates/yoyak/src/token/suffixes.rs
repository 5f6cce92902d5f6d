//! The table of particles (josa) and endings (eomi) stripped from Hangul words.
//!
//! Hand-written from the forms that dominate news prose. Light-verb forms (했다, 하는, 된, 됐다…)
//! are listed with the endings: what is left of 신설했다 is the verbal noun 신설, and it is marked
//! as such so keyword ranking can keep it.

use std::sync::OnceLock;

/// What a suffix is, which decides how much stem must be left after stripping it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SuffixClass {
    /// A particle that rarely ends a noun (은, 를, 에서…).
    Particle,
    /// A one-syllable particle that also ends many nouns (의: 회의; 가: 평가; 이: 차이).
    AmbiguousParticle,
    /// A light-verb ending after a verbal noun (했다, 하는, 됐다…): the stem is a noun.
    LightVerb,
    /// A verb or adjective ending (었다, 는다, 며…).
    Ending,
    /// A one-syllable ending that also ends many nouns (기: 전기; 지: 의지; 고: 보고).
    AmbiguousEnding,
}

impl SuffixClass {
    /// Whether a stem of one syllable is too risky (the syllable could belong to the noun).
    pub(crate) fn is_ambiguous(self) -> bool {
        matches!(
            self,
            SuffixClass::AmbiguousParticle | SuffixClass::AmbiguousEnding
        )
    }
}

#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "은", "는", "을", "를", "에", "에서", "에게", "께서", "으로", "부터", "까지", "보다", "처럼", "마저", "조차", "밖에",
    "에서는", "에서도", "에서의", "에게는", "에게도", "으로는", "으로도", "으로서", "으로써", "으로의", "로는", "로도", "로서", "로써",
    "로의", "에는", "에도", "에의", "과의", "와의", "과는", "와는", "과도", "와도", "까지는", "까지도", "부터는", "만의", "만은",
    "만이", "만을", "이라도", "라도", "이나", "이든", "든", "이란", "란", "이라는", "라는", "이라고", "라고", "이라며", "라며",
    "이라", "이며", "이고", "이다", "였다", "이었다", "이었던", "였던", "인", "이자", "이며", "들", "들이", "들은", "들을", "들의",
    "들에게", "들과", "들도", "들로", "들에", "들이다", "들까지", "들과의", "씨는", "씨가", "씨의", "씨를", "측은", "측이", "측의",
    "측에", "측과", "측도", "만으로", "만으로도", "로부터", "으로부터", "에게서",
    // A particle stacked on 에, 에서, 으로 or 까지 (코르티솔에만, 극저온에서만, 처음부터):
    // without these, the tokenizer cuts only the outer one and the stem keeps the inner.
    "에만", "에서만", "에게만", "으로만", "로만", "까지만", "까지의", "에게나", "에서나", "에서부터",
    "에서와", "에서처럼", "에서까지", "에까지",
];

#[rustfmt::skip]
const AMBIGUOUS_PARTICLES: &[&str] = &[
    "이", "가", "의", "도", "로", "과", "와", "만", "나", "께",
];

/// Light-verb endings: 하다, 되다, 시키다, 받다 after a verbal noun.
#[rustfmt::skip]
const LIGHT_VERB_ENDINGS: &[&str] = &[
    "하다", "한다", "했다", "하는", "하고", "하며", "한", "할", "해", "해서", "해야", "하기", "하면", "하게", "하지", "했던",
    "하던", "하겠다", "했으며", "했고", "했지만", "했는데", "하는데", "하면서", "하려는", "하려고", "하도록", "했으나", "하였다", "하여",
    "하였으며", "함", "했음", "하자", "할지", "했을", "하는지", "했다고", "한다고", "했다며", "한다며", "한다는", "했다는", "하겠다고",
    "하겠다는", "하기로", "하기도", "해왔다", "해온", "해야한다", "하고자", "된다", "됐다", "되는", "되고", "되며", "된", "될", "되어",
    "돼", "되기", "되면", "되면서", "됐으며", "됐고", "됐지만", "되었다", "되던", "됐던", "된다는", "됐다는", "되자", "됨", "되지",
    "시켰다", "시키는", "시킨", "시키고", "시켜", "시킬", "시키기",
];

#[rustfmt::skip]
const ENDINGS: &[&str] = &[
    "다", "었다", "았다", "였다", "겠다", "는다", "습니다", "니다", "었으며", "았으며", "으며", "며", "었고", "았고", "면서",
    "으면서", "지만", "었지만", "았지만", "는데", "었는데", "으나", "었으나", "았으나", "면", "으면", "어서", "아서", "도록", "려고",
    "으려고", "려는", "으려는", "다고", "다는", "다며", "냐고", "자는", "었던", "았던", "던", "겠다고", "겠다는", "었다고", "었다는",
    "았다고", "았다는", "는지", "을지", "게", "어야", "아야", "었음", "음", "습니까", "나요", "어요", "아요", "세요", "네요", "군요",
    "죠", "지요",
    // An indirect question taking a particle (뿌렸는지와, 이뤄졌는지도): still a verb form.
    "는지는", "는지도", "는지를", "는지와", "는지에", "는지로",
];

#[rustfmt::skip]
const AMBIGUOUS_ENDINGS: &[&str] = &[
    "기", "지", "고", "서", "요",
];

/// A trie node: its children as (syllable, node) sorted by syllable, and the class if a suffix
/// ends here.
type Node = (Vec<(char, u32)>, Option<SuffixClass>);

struct Trie {
    nodes: Vec<Node>,
}

impl Trie {
    fn insert(&mut self, suffix: &str, class: SuffixClass) {
        let mut node = 0usize;
        for c in suffix.chars().rev() {
            let children = &self.nodes[node].0;
            node = match children.binary_search_by_key(&c, |&(k, _)| k) {
                Ok(i) => children[i].1 as usize,
                Err(i) => {
                    let next = self.nodes.len();
                    self.nodes[node].0.insert(i, (c, next as u32));
                    self.nodes.push((Vec::new(), None));
                    next
                }
            };
        }
        // The first list a suffix appears in wins: particles before endings.
        self.nodes[node].1.get_or_insert(class);
    }
}

fn trie() -> &'static Trie {
    static TRIE: OnceLock<Trie> = OnceLock::new();
    TRIE.get_or_init(|| {
        let mut trie = Trie {
            nodes: vec![(Vec::new(), None)],
        };
        let lists = [
            (PARTICLES, SuffixClass::Particle),
            (AMBIGUOUS_PARTICLES, SuffixClass::AmbiguousParticle),
            (LIGHT_VERB_ENDINGS, SuffixClass::LightVerb),
            (ENDINGS, SuffixClass::Ending),
            (AMBIGUOUS_ENDINGS, SuffixClass::AmbiguousEnding),
        ];
        for (list, class) in lists {
            for s in list {
                trie.insert(s, class);
            }
        }
        trie
    })
}

/// The longest suffix of `word` in the table: its length in syllables and its class.
///
/// The whole word can be a suffix; the caller decides whether enough stem is left.
pub(crate) fn suffix_len(word: &str) -> Option<(usize, SuffixClass)> {
    longest(word, |_| true)
}

/// The longest particle of the table (of either particle class) that ends `word`, in syllables:
/// what is left of a word once only its particle is read off (전자는 is 전자 + 는, where
/// [`suffix_len`] finds the ending 자는).
pub(crate) fn particle_len(word: &str) -> Option<usize> {
    longest(word, |class| {
        matches!(
            class,
            SuffixClass::Particle | SuffixClass::AmbiguousParticle
        )
    })
    .map(|(n, _)| n)
}

/// The longest suffix of `word` in the table whose class `keep` accepts, and, for a particle,
/// whose form fits the syllable before it (see [`fits`]).
fn longest(word: &str, keep: impl Fn(SuffixClass) -> bool) -> Option<(usize, SuffixClass)> {
    let trie = trie();
    let mut node = 0usize;
    let mut best = None;
    let mut rev = word.char_indices().rev().enumerate().peekable();
    while let Some((n, (at, c))) = rev.next() {
        let children = &trie.nodes[node].0;
        match children.binary_search_by_key(&c, |&(k, _)| k) {
            Ok(i) => node = children[i].1 as usize,
            Err(_) => break,
        }
        if let Some(class) = trie.nodes[node].1.filter(|&c| keep(c)) {
            let particle = matches!(
                class,
                SuffixClass::Particle | SuffixClass::AmbiguousParticle
            );
            let before = rev.peek().map(|&(_, (_, b))| b);
            if !particle || before.is_none_or(|b| fits(&word[at..], b)) {
                best = Some((n + 1, class));
            }
        }
    }
    best
}

/// Whether `particle` has the form the syllable `before` it takes. Particles come in pairs: 은,
/// 을, 과, 으로 and the subject's bare 이 follow a final consonant; 는, 를, 가, 와, 나, 라 and 로
/// a vowel (로 also ㄹ, where 으로 never stands). So 이비인후과 and 차이 are whole nouns (a
/// vowel before 과 or 이), and 평론가 is too (a consonant before 가). The copula's 이다, 이라는
/// may follow a vowel in writing (`사과이다`), and a particle after a letter or a figure (`AI는`,
/// `3월은`) is not judged.
fn fits(particle: &str, before: char) -> bool {
    // ㄹ, after which 로 stands and 으로 does not.
    const J_L: u32 = 8;
    let Some(last) = crate::text::jong(before) else {
        return true;
    };
    let closed = last != 0;
    match particle.chars().next() {
        Some('은' | '을' | '과') => closed,
        Some('으') => closed && last != J_L,
        Some('이') => particle != "이" || closed,
        Some('는' | '를' | '가' | '와' | '라' | '란' | '든') => !closed,
        Some('나') => particle != "나" || !closed,
        Some('로') => !closed || last == J_L,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_suffix_wins() {
        assert_eq!(
            suffix_len("카카오브레인에서"),
            Some((2, SuffixClass::Particle))
        );
        assert_eq!(suffix_len("신설했다"), Some((2, SuffixClass::LightVerb)));
        assert_eq!(
            suffix_len("회의"),
            Some((1, SuffixClass::AmbiguousParticle))
        );
        assert_eq!(suffix_len("조직"), None);
    }

    #[test]
    fn a_particle_is_read_off_where_an_ending_is_longer() {
        assert_eq!(particle_len("전자는"), Some(1));
        assert_eq!(particle_len("코드에서"), Some(2));
        assert_eq!(particle_len("스포츠"), None);
    }

    #[test]
    fn a_particle_must_fit_the_syllable_before_it() {
        // Written after the rule (stop 41): a vowel takes 와, 가, 를, 는; a consonant 과, 이,
        // 을, 은; 로 follows a vowel or ㄹ.
        assert_eq!(particle_len("이비인후과"), None);
        assert_eq!(particle_len("차이"), None);
        assert_eq!(particle_len("평론가"), None);
        assert_eq!(particle_len("연구소과"), None);
        assert_eq!(particle_len("사람과"), Some(1));
        assert_eq!(particle_len("정부가"), Some(1));
        assert_eq!(particle_len("시장이"), Some(1));
        assert_eq!(particle_len("서울로"), Some(1));
        assert_eq!(particle_len("학교를"), Some(1));
        assert_eq!(particle_len("병원으로"), Some(2));
        // Not judged after a letter or a figure, nor the copula after a vowel.
        assert_eq!(particle_len("AI는"), Some(1));
        assert_eq!(particle_len("3월은"), Some(1));
        assert_eq!(suffix_len("사과이다"), Some((2, SuffixClass::Particle)));
    }

    #[test]
    fn particles_built_on_man_and_ro_are_stripped_whole() {
        // 만으로 and 로부터 are single particles: 소문만으로 is 소문 + 만으로, not 소문만 + 으로.
        assert_eq!(suffix_len("소문만으로"), Some((3, SuffixClass::Particle)));
        assert_eq!(suffix_len("협회로부터"), Some((3, SuffixClass::Particle)));
        assert_eq!(suffix_len("본점으로부터"), Some((4, SuffixClass::Particle)));
    }

    #[test]
    fn stacked_particles_and_questions_with_particles_are_stripped_whole() {
        // Written after the change, on words not taken from any test set.
        assert_eq!(suffix_len("부산에서만"), Some((3, SuffixClass::Particle)));
        assert_eq!(suffix_len("아이에게만"), Some((3, SuffixClass::Particle)));
        assert_eq!(suffix_len("학교로만"), Some((2, SuffixClass::Particle)));
        assert_eq!(suffix_len("오후까지의"), Some((3, SuffixClass::Particle)));
        assert_eq!(suffix_len("새벽에만"), Some((2, SuffixClass::Particle)));
        assert_eq!(suffix_len("남았는지를"), Some((3, SuffixClass::Ending)));
        assert_eq!(suffix_len("맞는지도"), Some((3, SuffixClass::Ending)));
    }
}
