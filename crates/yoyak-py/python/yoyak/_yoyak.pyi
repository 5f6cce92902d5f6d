# Types of the native module. The shapes are those of the `yoyak` command's JSON; a dict may
# carry fields added to that schema later, so nested types are open (total=False where the core
# may leave a field out).
from typing import Any, List, Literal, Optional, TypedDict, Union

__version__: str

Label = Literal["PS", "OG", "LC", "DT", "TI", "QT", "AF", "EMAIL", "URL", "STOCK"]

class Span(TypedDict):
    byte_start: int  # UTF-8 byte offsets, for Rust and other byte-indexed readers
    byte_end: int
    char_start: int  # str indices into the text the span belongs to
    char_end: int

class Paragraph(TypedDict):
    span: Span
    source: Span

class Reporter(TypedDict):
    name: str
    email: Optional[str]

class StockCode(TypedDict):
    code: str
    company: Optional[str]

class Metadata(TypedDict, total=False):
    title: Optional[str]
    publisher: Optional[str]
    reporters: List[Reporter]
    published: Optional[str]
    stock_codes: List[StockCode]

class Cleaned(TypedDict, total=False):
    title: Optional[str]
    body: str
    paragraphs: List[Paragraph]
    site_summary: List[str]
    captions: List[dict[str, Any]]
    metadata: Metadata
    removed: List[dict[str, Any]]
    subheadings: List[str]
    html: bool
    text: Optional[str]

class Sentence(TypedDict):
    span: Span
    paragraph: int
    text: str

class Summary(TypedDict):
    indices: List[int]
    scores: List[float]
    sentence_scores: List[float]

class Keyword(TypedDict):
    text: str
    score: float
    count: int

class Entity(TypedDict):
    span: Span
    label: Label
    text: str
    origin: Literal["rule", "model"]

class Analysis(TypedDict):
    clean: Cleaned
    sentences: List[Sentence]
    summary: Summary
    keywords: List[Keyword]
    entities: List[Entity]

class SummaryAnswer(TypedDict):
    indices: List[int]
    sentences: List[str]
    scores: List[float]

class TaggedEntity(TypedDict):
    start: int
    end: int
    label: Label
    text: str

class TagAnswer(TypedDict):
    entities: List[TaggedEntity]

class SplitSentence(TypedDict):
    start: int
    end: int
    text: str

class SplitAnswer(TypedDict):
    sentences: List[SplitSentence]

def analyze(
    text: str, k: Optional[int] = None, ratio: Optional[float] = None, clean: bool = True
) -> Analysis:
    """Clean, split, summarize, keywords, entities; spans index result["clean"]["body"].

    Give ``k`` (sentences) or ``ratio`` (share of sentences, in (0, 1]), not both. Raises
    ValueError with the CLI's message on empty or oversized text or a bad option."""

def summarize(
    text: Optional[str] = None,
    k: Optional[int] = None,
    ratio: Optional[float] = None,
    clean: bool = True,
    *,
    sentences: Optional[List[str]] = None,
    title: Optional[str] = None,
) -> SummaryAnswer:
    """The key sentences of an article (or of ``sentences`` already split, with their headline
    ``title`` if known), in text order."""

def tag(text: str) -> TagAnswer:
    """Entities of the text as given; start/end are str indices into ``text``."""

def split(text: str) -> SplitAnswer:
    """Sentences of the text as given (no cleaning); start/end are str indices into ``text``."""

def clean(text: str) -> Cleaned:
    """The article body without page clutter, its metadata and what was removed."""

def entity_id(label: str, name: str) -> str:
    """The explorer's id of an entity, ``"LABEL:normalised name"``; ValueError on an unknown label."""

def run_line(line: Union[str, bytes], task: str = "analyze") -> dict[str, Any]:
    """One JSON-lines request answered as ``yoyak <task> --jsonl`` would: the answer with the
    request's "id" first, or ``{"id": ..., "error": message}`` for a bad line (never raises for
    bad input, so a batch goes on)."""
