"""Boilerplate removal in layers: structural (HTML shape), line rules, per-site learned lines.

Every removal is kept as a Removal(text, rule), so `newsflow extract --explain` can show why.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import xxhash
from lxml import html as lxml_html

from pipeline.models import Removal

# Containers that can hold a related/most-read/newsletter/share block.
BLOCK_TAGS = ("div", "section", "aside", "ul", "ol", "nav", "footer", "table")
MIN_LINKS = 3
LINK_DENSITY = 0.7  # share of the block's text inside <a>
MAX_PROSE_CHARS = 120  # a block holding a longer run of plain (non-link) text is prose, not a list

AD_LABEL_RE = re.compile(
    r"^(advertisement|advertising|advert|ad|sponsored( content)?|paid content|"
    r"story continues below( (this )?advertisement)?|article continues below( advertisement)?|"
    r"continue reading below)\W*$", re.I)
NEWSLETTER_RE = re.compile(r"\b(sign up|subscribe|get (our|the)|delivered)\b.*\b(newsletter|inbox|"
                           r"e-?mail|briefing)\b", re.I)
SHARE_RE = re.compile(r"^(share( this( article| story)?)?( on| via)?\b|follow us\b|click to share\b|"
                      r"(facebook|twitter|x|linkedin|whatsapp|e-?mail)(\s*[|·/,]\s*"
                      r"(facebook|twitter|x|linkedin|whatsapp|e-?mail|print))+\W*$)", re.I)
DATE_RE = re.compile(r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|"
                     r"oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|"
                     r"oct|nov|dec)[a-z]*)\b", re.I)
BYLINE_RE = re.compile(r"^(by|from|words by|written by)\s+\S", re.I)
END_PUNCT_RE = re.compile(r"[.!?…:\"'”’)\]]$")
TOKEN_RE = re.compile(r"\w+")
LEARNABLE_MAX_CHARS = 160
PULL_QUOTE_MIN_WORDS = 12  # only short lines are learned as site boilerplate


def norm(text: str) -> str:
    """Normalise a line for comparisons: NFKC, lower case, words only."""
    return " ".join(TOKEN_RE.findall(unicodedata.normalize("NFKC", text).lower()))


def line_fingerprint(line: str) -> str:
    """Stable short hash of a normalised line (per-site learning keys on it)."""
    return xxhash.xxh64_hexdigest(norm(line).encode("utf-8"))


def _text_len(el: lxml_html.HtmlElement) -> int:
    return len(" ".join(el.text_content().split()))


def _is_link_list(el: lxml_html.HtmlElement) -> bool:
    """A block made of links (headlines, share buttons), with at most a short heading."""
    links = el.findall(".//a")
    if len(links) < MIN_LINKS:
        return False
    total = _text_len(el)
    if total == 0:
        return True
    linked = sum(_text_len(a) for a in links)
    if linked / total < LINK_DENSITY:
        return False
    for node in el.iter("p", "li", "span", "div"):
        own = (node.text or "") + "".join(child.tail or "" for child in node)
        if len(own.strip()) > MAX_PROSE_CHARS:
            return False
    return True


def strip_structural(tree: lxml_html.HtmlElement) -> list[Removal]:
    """Remove link-list blocks (related stories, most read, share bars) from a parsed page."""
    removed: list[Removal] = []
    body = tree.find("body")
    if body is None:
        return removed
    for el in list(body.iter(*BLOCK_TAGS)):
        if el.getparent() is None or not _is_link_list(el):
            continue
        # only the outermost qualifying block: its ancestors were checked first (document order)
        text = [" ".join(line.split()) for line in el.itertext() if line.strip()]
        removed.extend(Removal(t, "structural:link-list") for t in text)
        el.drop_tree()
    return removed


def _is_heading_like(line: str, max_chars: int = 80) -> bool:
    return len(line) <= max_chars and not END_PUNCT_RE.search(line)


def clean_lines(
    lines: list[str], title: str | None, learned: frozenset[str] | None = None
) -> tuple[list[str], list[Removal]]:
    """Apply the line rules and the learned layer; return kept lines and removals."""
    removed: list[Removal] = []
    kept: list[str] = []
    title_norm = norm(title) if title else None
    for i, line in enumerate(lines):
        rule = _line_rule(line, i, title_norm, learned)
        if rule:
            removed.append(Removal(line, rule))
        else:
            kept.append(line)
    kept, tail = _strip_trailing_list(kept)
    removed.extend(tail)
    kept, quotes = _strip_repeats(kept)
    removed.extend(quotes)
    return kept, removed


def _line_rule(line: str, index: int, title_norm: str | None, learned: frozenset[str] | None) -> str | None:
    stripped = line.strip()
    if not stripped:
        return "empty"
    if AD_LABEL_RE.match(stripped):
        return "ad-label"
    if len(stripped) < 250 and NEWSLETTER_RE.search(stripped):
        return "newsletter"
    if len(stripped) < 120 and SHARE_RE.match(stripped):
        return "share"
    if index < 3 and title_norm and norm(stripped) == title_norm:
        return "headline-repeat"
    if index < 3 and len(stripped) < 100 and not END_PUNCT_RE.search(stripped) and (
            BYLINE_RE.match(stripped) or (DATE_RE.search(stripped) and " by " in f" {stripped.lower()}")):
        return "byline"
    if learned and len(stripped) <= LEARNABLE_MAX_CHARS and line_fingerprint(stripped) in learned:
        return "learned:site-repeat"
    return None


def _strip_trailing_list(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop a trailing block: a short heading then 3+ headline-like lines (no sentence ends)."""
    run = 0
    for line in reversed(lines):
        if _is_heading_like(line, 140) and len(line.split()) >= 3 and not line.startswith(("-", "•")):
            run += 1
        else:
            break
    # the run must open with a short heading and hold at least 3 headlines under it
    # (a long list is content, e.g. tour dates; related blocks hold a handful of headlines)
    if run < 4 or run > 12 or run >= len(lines) or len(lines[-run]) > 60:
        return lines, []
    start = len(lines) - run
    # a heading of the block ("Our readers are reading too", "More from …") is part of the run
    return lines[:start], [Removal(line, "trailing:headline-list") for line in lines[start:]]


def _strip_repeats(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop pull quotes and teasers: a whole sentence repeated inside a longer paragraph.

    Lines repeated verbatim are kept: on the benchmark set they are mostly real content
    (interview questions, repeated tables) rather than boilerplate."""
    normed = [norm(line) for line in lines]
    kept: list[str] = []
    removed: list[Removal] = []
    for i, (line, n) in enumerate(zip(lines, normed, strict=True)):
        if len(n.split()) >= PULL_QUOTE_MIN_WORDS and any(
                j != i and len(other) >= 1.5 * len(n) and n in other for j, other in enumerate(normed)):
            removed.append(Removal(line, "repeat:pull-quote"))
            continue
        kept.append(line)
    return kept, removed


def candidate_lines(lines: Iterable[str]) -> list[str]:
    """Lines worth counting for per-site learning (short ones)."""
    return [line for line in lines if 0 < len(line.strip()) <= LEARNABLE_MAX_CHARS]
