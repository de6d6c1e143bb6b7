"""Boilerplate removal in layers: structural (HTML shape), line rules, per-site learned lines.

Every removal is kept as a Removal(text, rule), so `newsflow extract --explain` can show why.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import xxhash
from lxml import etree
from lxml import html as lxml_html

from pipeline.models import Removal

# Containers that can hold a related/most-read/newsletter/share block.
BLOCK_TAGS = ("div", "section", "aside", "ul", "ol", "nav", "footer", "table", "p")
BLOCK_XPATH = "|".join(f".//{t}[count(.//a) >= 3]" for t in BLOCK_TAGS)
MIN_LINKS = 3
LINK_DENSITY = 0.7  # share of the block's text inside <a>
MAX_PROSE_CHARS = 120  # a block holding a longer run of plain (non-link) text is prose, not a list
# compiled once: lxml evaluates these in C, which keeps the structural layer cheap
_HAS_PROSE = etree.XPath(
    f"boolean(.//text()[not(ancestor::a)][string-length(normalize-space(.)) > {MAX_PROSE_CHARS}])")
_TEXT_LEN = etree.XPath("string-length(normalize-space(.))")
_NONLINK_TEXT = etree.XPath(".//text()[not(ancestor::a)][not(ancestor::script)][not(ancestor::style)]")
_LINK_TEXT = etree.XPath(".//a//text()")
_BLOCKS = etree.XPath(BLOCK_XPATH)
# A paragraph that is only a link, perhaps after a short label ("Read more:", "Related:"): a teaser.
_LINK_PARAS = etree.XPath(".//p[.//a][not(.//img)][string-length(normalize-space(.)) <= 220]")
TEASER_LABEL_MAX_CHARS = 25
TEASER_MIN_LINK_CHARS = 15
_BRACKETS = str.maketrans("", "", "[]()|")
URLISH_RE = re.compile(r"^(https?://|www\.)\S+$", re.I)
# Forms with a text or e-mail field inside a small box: newsletter sign-up, comment or search boxes.
_FORMS = etree.XPath(".//form[.//input[@type='email' or @type='text' or not(@type)]]|.//input[@type='email']")
FORM_BOX_MAX_CHARS = 700  # a sign-up widget with its consent text and sent/failed messages
# Lists of teaser cards: 3+ sibling items, each a linked heading or a linked picture plus a short text.
_CARD_ITEM = "(.//h2//a or .//h3//a or .//h4//a or .//h5//a or .//h6//a or .//a//img)"
_CARD_LISTS = etree.XPath(
    ".//*[self::ul or self::ol or self::div or self::section or self::aside][*[3]][count(*[.//a]) >= 3]"
    f"[count(*[{_CARD_ITEM}]) >= 3]")
_IS_CARD = etree.XPath(f"boolean({_CARD_ITEM})")
CARD_MAX_CHARS = 250
# The heading of a dropped list: a heading element, or a paragraph whose text is all bold.
HEADED_RULES = ("structural:link-list", "structural:teaser-cards")
_IS_BLOCK_HEADING = etree.XPath(
    "not(.//a) and (self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or "
    "((self::p or self::div) and normalize-space(.) = normalize-space(string(./strong | ./b))))")
BLOCK_HEADING_MAX_CHARS = 50
_SAME_TEXT = etree.XPath(".//*[self::p or self::div or self::h2 or self::h3 or self::h4 or self::span or "
                         "self::header or self::section][normalize-space(.) = $text]")
STANDFIRST_MIN_CHARS = 40
# Captions: <figcaption>, or a short element beside a picture repeating its alt text (+ a credit).
_FIGCAPTIONS = etree.XPath(".//figcaption")
_IMAGES_WITH_ALT = etree.XPath(".//img[string-length(normalize-space(@alt)) >= 15]")
_SHORT_TEXT = etree.XPath(".//*[self::span or self::div or self::p or self::small or self::em]"
                          "[not(.//img)][string-length(normalize-space(.)) >= 15][string-length(.) < 400]")
CAPTION_MIN_CHARS = 15
CAPTION_CREDIT_CHARS = 60  # a card holds a headline and a one-sentence teaser at most

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
SENTENCE_END_RE = re.compile(r"(?<!\.\.)[.!?。！？\"”’)]$")  # "..." ends a label, not a sentence
AM_PM_RE = re.compile(r"\b[ap]\.m\.$", re.I)
TIMESTAMP_LINE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$")
COPYRIGHT_RE = re.compile(r"((©|ⓒ|\(c\)|\bcopyright\b).{0,80}\b(19|20)\d{2}\b|\b(19|20)\d{2}\b.{0,80}(©|ⓒ)|"
                          r"\ball rights reserved\b)", re.I)
IMAGE_URL_RE = re.compile(r"\.(jpe?g|png|gif|webp|svg)([?#]\S*)?$", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
HANDLE_RE = re.compile(r"(^|[\s(])@\w{2,}|\btwitter\.com/\w+")
FOLLOW_RE = re.compile(r"\bfollow\b.{0,60}\b(twitter|facebook|instagram|youtube|linkedin)\b", re.I)
CONTACT_WORD_RE = re.compile(r"\b(follow|reach|write to|contact|twitter)\b", re.I)
CREDITS_RE = re.compile(r"^\(?((additional|further|with) )?(reporting|writing|editing|research) by\b|"
                        r"\bcontributed (reporting )?to (this|the) (report|story|article)\W*$", re.I)
PROMO_RE = re.compile(r"\b(click here|subscribe (to|now)|share it with|for as little as|join (us|now|today)|"
                      r"(get|download) (the|our) [\w ]{0,30}\bapp|become a (member|subscriber))\b", re.I)
READING_TIME_RE = re.compile(
    r"^\D{0,30}\b\d{1,2}\s*(min|mins|minutes?|minutos?|minuten|minuti)\b\W{0,3}\w{0,10}$", re.I)
LABEL_LINE_RE = re.compile(r"^(\w+(?:[ -]\w+)?)\s*:(?!//)\s*(.*)$")  # not "https://…"
LIST_SEP_RE = re.compile(r"\s*[,|;]\s*")
LINE_PASSES = 3
EDGE_LINES = 3  # rules for datelines, labels and contacts only look this far from either end
DATELINE_MAX_CHARS = 60
TRAILING_LABEL_MAX_CHARS = 40
TRAILING_LABEL_MAX_WORDS = 4
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


def _norm_len(text: str) -> int:
    return len(" ".join(text.split()))


def _is_link_list(el: lxml_html.HtmlElement) -> bool:
    """A block made of links (headlines, share buttons), with at most a short heading."""
    total = int(_TEXT_LEN(el))
    if total == 0:
        return True
    # density first: it rejects the big containers (the article's own wrappers) at once
    return _norm_len("".join(_LINK_TEXT(el))) / total >= LINK_DENSITY and not _HAS_PROSE(el)


def _is_teaser_paragraph(p: lxml_html.HtmlElement) -> bool:
    """A paragraph that is one headline link, alone or after a short label ("Read more:", "Related:").

    Links written as addresses (sources) and links inside a sentence ("... ideas here!") are content.
    """
    label = " ".join("".join(_NONLINK_TEXT(p)).translate(_BRACKETS).split())
    if label and (len(label) > TEASER_LABEL_MAX_CHARS or not label.endswith(":")):
        return False
    link = " ".join("".join(_LINK_TEXT(p)).split())
    return len(link) >= TEASER_MIN_LINK_CHARS and not URLISH_RE.match(link)


def _is_card_list(el: lxml_html.HtmlElement) -> bool:
    """3+ child items that are linked headlines or pictures with a short text each, making most items."""
    children = [c for c in el if isinstance(c.tag, str)]
    cards = [c for c in children if _IS_CARD(c)]
    return (len(cards) >= 0.6 * len(children)
            and all(int(_TEXT_LEN(c)) <= CARD_MAX_CHARS for c in cards))


def _form_box(form: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The largest small box around a form: the sign-up text goes with the form."""
    if int(_TEXT_LEN(form)) > FORM_BOX_MAX_CHARS:
        return None  # a form around the whole page (some CMSs wrap everything in one)
    box = form
    for parent in form.iterancestors("div", "section", "aside", "form", "p"):
        if int(_TEXT_LEN(parent)) > FORM_BOX_MAX_CHARS:
            break
        box = parent
    return box


def _drop(el: lxml_html.HtmlElement, rule: str, removed: list[Removal], dropped: set[int]) -> None:
    text = [" ".join(line.split()) for line in el.itertext() if line.strip()]
    removed.extend(Removal(t, rule) for t in text)
    dropped.add(id(el))
    el.drop_tree()


def strip_structural(tree: lxml_html.HtmlElement, description: str | None = None) -> list[Removal]:
    """Remove link lists, teaser cards and links, form boxes and the standfirst from a parsed page.

    Each pass finds its candidates with one compiled XPath (evaluated in C) and skips those inside
    a block already dropped. A short heading just above a dropped list goes with it. `description`
    is the page's meta summary: shown outside a paragraph (a heading or a styled box above the
    text), it is the standfirst, not part of the article.
    """
    removed: list[Removal] = []
    body = tree.find("body")
    if body is None:
        return removed
    dropped: set[int] = set()
    keep_alive: list[lxml_html.HtmlElement] = []  # ids in `dropped` stay valid while these live

    def gone(el: lxml_html.HtmlElement) -> bool:
        return id(el) in dropped or any(id(a) in dropped for a in el.iterancestors())

    for finder, pick, rule in STRUCTURAL_PASSES:
        for el in finder(body):
            if gone(el):
                continue
            target = pick(el)
            if target is None or gone(target) or target is body:
                continue
            heading = _heading_above(target) if rule in HEADED_RULES else None
            keep_alive.append(target)
            _drop(target, rule, removed, dropped)
            if heading is not None:
                keep_alive.append(heading)
                _drop(heading, "structural:block-heading", removed, dropped)
    standfirst = _standfirst(body, description) if description else None
    if standfirst is not None and not gone(standfirst):
        _drop(standfirst, "structural:standfirst", removed, dropped)
    return removed


def _heading_above(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The short heading right above a block ("DON'T MISS", "More stories"), if there is one."""
    if (el.getprevious() is not None and (el.getprevious().tail or "").strip()) or \
            (el.getprevious() is None and (el.getparent().text or "").strip()):
        return None  # text between the heading and the block: not its heading
    prev = el.getprevious()
    while prev is not None and isinstance(prev.tag, str) and not int(_TEXT_LEN(prev)) and \
            not (prev.tail or "").strip():
        prev = prev.getprevious()  # empty paragraphs and spacers
    if prev is None or not isinstance(prev.tag, str) or not _IS_BLOCK_HEADING(prev):
        return None
    return prev if 0 < int(_TEXT_LEN(prev)) <= BLOCK_HEADING_MAX_CHARS else None


def _standfirst(body: lxml_html.HtmlElement, description: str) -> lxml_html.HtmlElement | None:
    """The innermost element showing exactly the meta description, unless it is a paragraph."""
    wanted = " ".join(description.split())
    if len(wanted) < STANDFIRST_MIN_CHARS:
        return None
    matches = _SAME_TEXT(body, text=wanted)
    if not matches:
        return None
    inner = matches[-1]  # document order: the last match is the innermost
    return None if inner.tag == "p" or inner.xpath("ancestor::p") else inner


def _caption(img: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The element beside a picture that repeats its alt text (or starts with it): a caption."""
    alt = " ".join((img.get("alt") or "").split())
    if len(alt) < CAPTION_MIN_CHARS:
        return None
    box = img.getparent()
    for _ in range(2):  # the caption sits in the picture's box or the box around it
        if box is None:
            return None
        for el in _SHORT_TEXT(box):
            text = " ".join(el.text_content().split())
            if text.startswith(alt) and len(text) <= len(alt) + CAPTION_CREDIT_CHARS:
                return el
        box = box.getparent()
    return None


def _link_list(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    return el if _is_link_list(el) else None


def _card_list(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    return el if _is_card_list(el) else None


def _teaser_paragraph(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    return el if _is_teaser_paragraph(el) else None


# (candidates, what to drop for a candidate or None, rule name), applied in this order
STRUCTURAL_PASSES: list[tuple[Callable[..., Any], Callable[..., Any], str]] = [
    (_FIGCAPTIONS, lambda el: el, "structural:caption"),
    (_IMAGES_WITH_ALT, _caption, "structural:caption"),
    (_FORMS, _form_box, "structural:form"),
    (_BLOCKS, _link_list, "structural:link-list"),
    (_CARD_LISTS, _card_list, "structural:teaser-cards"),
    (_LINK_PARAS, _teaser_paragraph, "structural:teaser-link"),
]


def _is_heading_like(line: str, max_chars: int = 80) -> bool:
    return len(line) <= max_chars and not END_PUNCT_RE.search(line)


@dataclass(frozen=True)
class Place:
    """Where a line sits in the extracted text, for rules that only apply near its edges."""

    index: int
    lines: list[str]
    title_norms: tuple[str, ...]
    own_urls: frozenset[str] = frozenset()

    @property
    def count(self) -> int:
        return len(self.lines)

    def neighbours(self) -> list[str]:
        return self.lines[max(0, self.index - 1):self.index] + self.lines[self.index + 1:self.index + 2]

    @property
    def top(self) -> bool:
        return self.index < EDGE_LINES

    @property
    def bottom(self) -> bool:
        return self.index >= self.count - EDGE_LINES


def _ends_sentence(line: str) -> bool:
    return bool(SENTENCE_END_RE.search(AM_PM_RE.sub("", line)))


def _ad_label(line: str, at: Place) -> bool:
    return bool(AD_LABEL_RE.match(line))


def _newsletter(line: str, at: Place) -> bool:
    return len(line) < 250 and bool(NEWSLETTER_RE.search(line))


def _share(line: str, at: Place) -> bool:
    return len(line) < 120 and bool(SHARE_RE.match(line))


def _headline_repeat(line: str, at: Place) -> bool:
    """The headline again: anywhere verbatim, or at the top as the start of the page title."""
    n = norm(line)
    return any(n == t or (at.top and len(n) >= 0.6 * len(t) and t.startswith(n)) for t in at.title_norms)


def _byline(line: str, at: Place) -> bool:
    return at.top and len(line) < 100 and not END_PUNCT_RE.search(line) and bool(
        BYLINE_RE.match(line) or (DATE_RE.search(line) and " by " in f" {line.lower()}"))


def _metadata_leak(line: str, at: Place) -> bool:
    """A bare timestamp, image address or the page's own address: page metadata leaked into the text.

    Other bare addresses stay: articles list their sources that way."""
    return bool(TIMESTAMP_LINE_RE.match(line) or (URLISH_RE.match(line) and (
        IMAGE_URL_RE.search(line) or line.rstrip("/") in at.own_urls)))


def _dateline(line: str, at: Place) -> bool:
    """A lone short date or time line ("Updated at 1:23 p.m.", "August 08, 2018") at the top or bottom."""
    if not (at.top or at.bottom) or len(line) > DATELINE_MAX_CHARS or _ends_sentence(line):
        return False
    # a run of date lines is a schedule (tour dates, events), which is content
    return bool(DATE_RE.search(line)) and not any(DATE_RE.search(n) for n in at.neighbours())


def _copyright(line: str, at: Place) -> bool:
    return len(line) <= 250 and bool(COPYRIGHT_RE.search(line))


def _author_contact(line: str, at: Place) -> bool:
    """Near the end: how to reach or follow the author (an address, a handle, "Follow … on Twitter")."""
    if not at.bottom or len(line) > 300 or "pic.twitter.com" in line:  # an embedded tweet is content
        return False
    return bool(EMAIL_RE.search(line) or FOLLOW_RE.search(line)
                or (HANDLE_RE.search(line) and CONTACT_WORD_RE.search(line)))


def _label_line(line: str, at: Place) -> bool:
    """At an edge, a short label and a few words or a list: "Tags: a, b, c", "Source: News agencies"."""
    m = LABEL_LINE_RE.match(line)
    if not m or not (at.top or at.bottom):
        return False
    if any(LABEL_LINE_RE.match(n) for n in at.neighbours()):
        return False  # a run of "label: value" lines is content (a schedule, a spec sheet)
    rest = m.group(2).strip()
    items = [i.strip() for i in LIST_SEP_RE.split(rest) if i.strip()]
    if len(items) >= 3:
        return all(len(i.split()) <= 5 and not _ends_sentence(i) for i in items)
    return len(rest) <= 60 and not _ends_sentence(rest)


def _credits(line: str, at: Place) -> bool:
    """Near the end: a wire-style credit ("Reporting by …; Editing by …", "… contributed to this report")."""
    return at.bottom and len(line) <= 300 and bool(CREDITS_RE.search(line))


def _promo(line: str, at: Place) -> bool:
    """Near the end: a call to action (subscribe, click here, get the app, share it)."""
    return at.bottom and len(line) <= 300 and bool(PROMO_RE.search(line))


def _reading_time(line: str, at: Place) -> bool:
    """At the top: the estimated reading time ("4 min read", "Tempo de leitura: 2 minutos")."""
    return at.top and len(line) <= 40 and bool(READING_TIME_RE.search(line))


# (rule name, predicate), tried in this order; the first that matches names the removal
LINE_RULES: list[tuple[str, Callable[[str, Place], bool]]] = [
    ("ad-label", _ad_label),
    ("newsletter", _newsletter),
    ("share", _share),
    ("headline-repeat", _headline_repeat),
    ("byline", _byline),
    ("metadata-leak", _metadata_leak),
    ("dateline", _dateline),
    ("copyright", _copyright),
    ("author-contact", _author_contact),
    ("label-line", _label_line),
    ("credits", _credits),
    ("promo", _promo),
    ("reading-time", _reading_time),
]


def clean_lines(
    lines: list[str], title: str | None, learned: frozenset[str] | None = None, *,
    headings: Iterable[str | None] = (), urls: Iterable[str | None] = (),
) -> tuple[list[str], list[Removal]]:
    """Apply the line rules and the learned layer; return kept lines and removals.

    `headings` are other forms of the headline (the page's h1); `urls` the page's own addresses.
    """
    removed: list[Removal] = []
    own_urls = frozenset(u.rstrip("/") for u in urls if u)
    title_norms = tuple(dict.fromkeys(n for n in (norm(t) for t in (title, *headings) if t) if n))
    kept = [line.strip() for line in lines]
    for _ in range(LINE_PASSES):  # removing a footer line brings the one above it to the edge
        lines, kept, before = kept, [], len(removed)
        for i, line in enumerate(lines):
            rule = _line_rule(line, Place(i, lines, title_norms, own_urls), learned)
            if rule:
                removed.append(Removal(line, rule))
            else:
                kept.append(line)
        if len(removed) == before:
            break
    while True:  # a trailing block can hide another one above it ("Tags" under "More from ...")
        kept, tail = _strip_trailing_list(kept)
        kept, labels = _strip_trailing_labels(kept)
        removed.extend(tail + labels)
        if not tail and not labels:
            break
    kept, quotes = _strip_repeats(kept)
    removed.extend(quotes)
    return kept, removed


def _line_rule(line: str, at: Place, learned: frozenset[str] | None) -> str | None:
    if not line:
        return "empty"
    for name, applies in LINE_RULES:
        if applies(line, at):
            return name
    if learned and len(line) <= LEARNABLE_MAX_CHARS and line_fingerprint(line) in learned:
        return "learned:site-repeat"
    return None


def _strip_trailing_labels(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop short labels left at the very end ("Comments", "Tags", "Most read in world news")."""
    end = len(lines)
    while end > 1 and len(lines[end - 1]) <= TRAILING_LABEL_MAX_CHARS and \
            len(lines[end - 1].split()) <= TRAILING_LABEL_MAX_WORDS and not _ends_sentence(lines[end - 1]):
        end -= 1
    return lines[:end], [Removal(line, "trailing:label") for line in lines[end:]]


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
    joined = "\n".join(normed)
    for i, (line, n) in enumerate(zip(lines, normed, strict=True)):
        # the joined text finds candidates in C; the scan over lines only runs for those
        if len(n.split()) >= PULL_QUOTE_MIN_WORDS and joined.count(n) > 1 and any(
                j != i and len(other) >= 1.5 * len(n) and n in other for j, other in enumerate(normed)):
            removed.append(Removal(line, "repeat:pull-quote"))
            continue
        kept.append(line)
    return kept, removed


def candidate_lines(lines: Iterable[str]) -> list[str]:
    """Lines worth counting for per-site learning (short ones)."""
    return [line for line in lines if 0 < len(line.strip()) <= LEARNABLE_MAX_CHARS]
