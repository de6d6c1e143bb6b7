"""Text similarity for deduplication: tokens, word shingles, facts, quotations and the evidence of a copy."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np
import xxhash

WORD_RE = re.compile(r"\w+")
GAP_WORD_RE = re.compile(r"(\W*)(\w+)")
# Punctuation after which a word opens a sentence (its capital says nothing about it being a name).
SENTENCE_END_RE = re.compile(r"[.!?:;\n—–]")
DIGIT_RE = re.compile(r"\d")
QUOTE_RE = re.compile(r"[\"“”«»„]")
SHINGLE_MULT = np.uint64(0x100000001B3)
NOT_MEASURED = float("nan")
# Analyses kept between lookups: a batch of templated stories meets the same candidates again.
ANALYSIS_CACHE = 128
# Below this share of stop_below in plain containment, stop before looking at quotations
# (containment outside quotations is rarely much higher than plain containment).
QUICK_REJECT = 0.8
MIN_PROSE_SHINGLES = 20  # below this, quotations are too much of the text to set them aside
HEADING_CAPITALS = 0.5  # share of capitalised words (besides the first) making a line a heading
MAX_REPLACED = 32  # tokens: a longer replaced run is an edited passage, not a slot of a template


def tokens_of(text: str) -> list[str]:
    """Return the case-folded words of a text (NFKC-normalised, punctuation dropped)."""
    return [w.casefold() for w in WORD_RE.findall(unicodedata.normalize("NFKC", text))]


def normalize_text(text: str) -> str:
    """Return the text case-folded, NFKC-normalised, punctuation removed and whitespace collapsed."""
    return " ".join(tokens_of(text))


@lru_cache(maxsize=8)
def _mixers(size: int) -> np.ndarray:
    return np.array([xxhash.xxh64_intdigest(f"newsflow-shingle-{i}".encode()) | 1 for i in range(size)],
                    dtype=np.uint64)


def _stable_hash(token: str) -> int:
    return xxhash.xxh3_64_intdigest(token.encode())


def shingle_positions(tokens: Sequence[str], size: int, stable: bool = True) -> np.ndarray:
    """Return the 64-bit hash of the word shingle starting at each position (one for short texts).

    stable=False uses Python's per-process string hash: faster, for comparisons never stored.
    """
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    if len(tokens) < size:
        return np.array([_stable_hash(" ".join(tokens))], dtype=np.uint64)
    if stable:
        hashes = np.fromiter(map(_stable_hash, tokens), dtype=np.uint64, count=len(tokens))
    else:
        hashes = np.fromiter(map(hash, tokens), dtype=np.int64, count=len(tokens)).view(np.uint64)
    count = len(tokens) - size + 1
    mixed = np.zeros(count, dtype=np.uint64)
    for offset, mult in enumerate(_mixers(size)):
        mixed = (mixed * SHINGLE_MULT) ^ (hashes[offset:offset + count] * mult)
    return mixed


def distinct(values: np.ndarray) -> np.ndarray:
    """Return the sorted distinct values (np.unique is several times slower on small arrays)."""
    ordered = np.sort(values)
    if ordered.size < 2:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


@lru_cache(maxsize=4096)
def _opens_sentence(gap: str) -> bool:
    """Tell whether a word after these characters opens a sentence."""
    return SENTENCE_END_RE.search(gap) is not None


@lru_cache(maxsize=4096)
def _quote_effect(gap: str) -> tuple[bool, bool]:
    """Return (paragraph break, toggles quotation) for the characters between two words."""
    breaks = "\n" in gap
    tail = gap.rsplit("\n", 1)[1] if breaks else gap
    return breaks, len(QUOTE_RE.findall(tail)) % 2 == 1


class Analysis:
    """A text prepared for comparison: tokens and shingles now; facts, quotations and indexes on demand."""

    def __init__(self, text: str, size: int) -> None:
        self.size = size
        # one regex pass gives the words and what stands before each (punctuation, quote marks)
        pairs = GAP_WORD_RE.findall(unicodedata.normalize("NFKC", text))
        self.gaps: tuple[str, ...] = ()
        self.words: tuple[str, ...] = ()
        if pairs:
            self.gaps, self.words = zip(*pairs, strict=True)
        self.tokens: list[str] = list(map(str.casefold, self.words))
        self.positions = shingle_positions(self.tokens, size, stable=False)  # hash per start position
        self.shingles = distinct(self.positions)  # distinct, sorted

    @cached_property
    def facts(self) -> np.ndarray:
        """Per token: a figure, or a capitalised word that does not open a sentence (a name)."""
        if not self.words:
            return np.zeros(0, dtype=bool)
        opens = list(map(_opens_sentence, self.gaps))
        opens[0] = True
        names = np.array([w[0].isupper() and not o for w, o in zip(self.words, opens, strict=True)])
        # in a Title Case Line (a heading) capitals say nothing
        lines = np.cumsum(["\n" in g for g in self.gaps])
        words, capitals = np.bincount(lines), np.bincount(lines, weights=names)
        heading = (words >= 4) & (capitals >= HEADING_CAPITALS * words)
        figures = np.array([d is not None for d in map(DIGIT_RE.search, self.words)])
        return (names & ~heading[lines]) | figures

    @cached_property
    def quoted(self) -> np.ndarray:
        """Per token: inside a quotation (an odd number of quote marks since the paragraph began)."""
        flags, inside = [], False
        for breaks, toggles in map(_quote_effect, self.gaps):
            inside = (False if breaks else inside) ^ toggles
            flags.append(inside)
        return np.array(flags, dtype=bool)

    @cached_property
    def prose(self) -> np.ndarray:
        """Distinct hashes of the shingles outside quotations."""
        q, n = self.quoted, len(self.positions)
        if len(self.tokens) < self.size:
            return self.shingles if not q.any() else self.shingles[:0]
        return distinct(self.positions[~(q[:n] | q[self.size - 1:])])

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The distinct tokens."""
        return frozenset(self.tokens)

    @cached_property
    def index(self) -> tuple[np.ndarray, np.ndarray]:
        """(start positions sorted by shingle hash, keeping text order among equals; their hashes)."""
        order = np.argsort(self.positions, kind="stable")
        return order, self.positions[order]

    def where(self, shingle: np.uint64) -> list[int]:
        """Return the start positions of a shingle hash, in text order."""
        order, hashes = self.index
        lo = int(np.searchsorted(hashes, shingle, side="left"))
        hi = int(np.searchsorted(hashes, shingle, side="right"))
        return order[lo:hi].tolist()


@lru_cache(maxsize=ANALYSIS_CACHE)
def analyse(text: str, size: int) -> Analysis:
    """Tokenise and shingle a text for comparison (recently compared texts are kept, bounded)."""
    return Analysis(text, size)


def _member(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """Return, per value, whether it is in the sorted array (faster than np.isin for our sizes)."""
    if not sorted_set.size:
        return np.zeros(len(values), dtype=bool)
    idx = np.minimum(np.searchsorted(sorted_set, values), sorted_set.size - 1)
    return sorted_set[idx] == values


@dataclass(frozen=True)
class Evidence:
    """How alike two texts are, and whether the facts that differ are the facts of the story."""

    jaccard: float  # shared shingles / all shingles
    containment: float  # shared shingles / shingles of the shorter text
    prose_containment: float  # the same, counting only the shorter text's shingles outside quotations
    fact_conflict: float  # facts substituted inside shared wording / facts there (NaN: not measured)
    conflicts: int = 0  # number of substituted facts (numbers, names) inside shared wording
    changed_names: int = 0  # distinct names substituted inside shared wording (absent from the other text)


def _covered(a: Analysis, other_shingles: np.ndarray, size: int) -> np.ndarray:
    """Return, per token of a, whether some shingle shared with the other text covers it."""
    n = len(a.tokens)
    shared = _member(a.positions, other_shingles)
    if n < size:
        return np.full(n, bool(shared.any()))
    sums = np.concatenate(([0], np.cumsum(shared)))
    idx = np.arange(n)
    hi = np.minimum(idx, len(shared) - 1) + 1
    lo = np.maximum(idx - size + 1, 0)
    return (sums[hi] - sums[lo]) > 0


def _counterpart(a: Analysis, first: int, last: int, other: Analysis, size: int) -> set[str] | None:
    """Return the words of the other text between the shared shingles around a[first..last], if found.

    A run opening the text is aligned with the other text's opening, up to the shared shingle after it.
    """
    if last + 1 >= len(a.positions) or 0 < first < size:
        return None
    length = last - first + 1
    rights = other.where(a.positions[last + 1])
    if first == 0:  # an opening replaced inside the first sentence (not a dateline, not a note above)
        if not rights or _crosses_sentence(a, 0, last + 1) or _crosses_sentence(other, 0, rights[0]):
            return None
        best = (0, rights[0])
    else:
        best = None
        for left in other.where(a.positions[first - size]):  # the gap closest in length to the run
            start = left + size
            end = next((r for r in rights if r >= start), None)
            if end is not None and (best is None or abs(end - start - length) < abs(best[1] - best[0] - length)):  # noqa: E501
                best = (start, end)
    # words replaced by about as many words; else text was inserted on one side and cut on the other
    if best is None or not (best[1] - best[0] <= 2 * length + 2 and length <= 2 * (best[1] - best[0]) + 2):
        return None if best is None else set()
    return set(other.tokens[best[0]:best[1]])


def _crosses_sentence(a: Analysis, first: int, stop: int) -> bool:
    """Tell whether a sentence ends between token first and token stop."""
    return any(map(_opens_sentence, a.gaps[first + 1:stop + 1]))


def _runs(covered: np.ndarray) -> list[tuple[int, int]]:
    """Return (first, last) of each run of uncovered tokens followed by a covered one."""
    edges = np.flatnonzero(np.diff(covered.astype(np.int8))).tolist()
    runs = [(0, edges[0])] if edges and not covered[0] else []
    # inner runs start after a 1->0 edge and end at the next 0->1 edge
    runs += [(start + 1, end) for start, end in zip(edges[:-1], edges[1:], strict=False)
             if covered[start] and not covered[start + 1]]
    return runs


def _substituted_facts(a: Analysis, covered: np.ndarray, other: Analysis, size: int) -> tuple[int, set[str]]:
    """Count a's facts changed inside shared wording (short runs between anchors); return the names."""
    count, names = 0, set()
    for first, last in _runs(covered):
        if last - first >= MAX_REPLACED:
            continue
        replaced = _counterpart(a, first, last, other, size)
        if not replaced:
            continue  # inserted words (nothing replaced), or no anchors to align the run with
        for i in range(first, last + 1):
            if not a.facts[i]:
                continue
            token = a.tokens[i]
            # a name is changed only if the other text never uses it (not "Okafor" -> "she");
            # a number, if the replaced words do not hold it (small numbers recur everywhere)
            if DIGIT_RE.search(token):  # a figure: 12, 3rd, Q2, 1990s
                count += token not in replaced
            elif token not in other.vocabulary:
                count += 1
                names.add(token)
    return count, names


def evidence(a: Analysis, b: Analysis, size: int, stop_below: float = 0.0) -> Evidence:
    """Compare two analysed texts; below stop_below containment, skip the finer checks (conflict NaN)."""
    if not len(a.shingles) or not len(b.shingles):
        return Evidence(0.0, 0.0, 0.0, 1.0, 0)
    short, long_ = (a, b) if len(a.shingles) <= len(b.shingles) else (b, a)
    shared = int(_member(short.shingles, long_.shingles).sum())
    jaccard = shared / (len(a.shingles) + len(b.shingles) - shared)
    containment = shared / len(short.shingles)
    if containment < QUICK_REJECT * stop_below:
        return Evidence(jaccard, containment, containment, NOT_MEASURED, 0)
    if len(short.prose) >= MIN_PROSE_SHINGLES:
        prose = int(_member(short.prose, long_.shingles).sum()) / len(short.prose)
    else:
        prose = containment
    if prose < stop_below:
        return Evidence(jaccard, containment, prose, NOT_MEASURED, 0)
    # the shorter text's facts only: the longer one may add rows, paragraphs and figures of its own
    covered = _covered(short, long_.shingles, size)
    conflicts, names = _substituted_facts(short, covered, long_, size)
    aligned = int((short.facts & covered).sum())
    conflict = conflicts / (aligned + conflicts) if conflicts else 0.0
    return Evidence(jaccard, containment, prose, conflict, conflicts, len(names))


def compare(a: str, b: str, size: int = 4) -> Evidence:
    """Return the evidence that texts a and b are copies of one story."""
    return evidence(analyse(a, size), analyse(b, size), size)
