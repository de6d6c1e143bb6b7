"""Article extraction: trafilatura on a pre-cleaned tree, then the boilerplate layers, fallbacks."""

from __future__ import annotations

import contextlib
import copy
import functools
import json
import logging
import multiprocessing
import os
import re
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.settings import Extractor
from trafilatura.utils import decode_file, is_dubious_html, repair_faulty_html
from trafilatura.xpaths import BODY_XPATH

from pipeline.extract import lines as boilerplate
from pipeline.extract import structural
from pipeline.extract.language import detect_language
from pipeline.extract.lines import (
    GUARD_MIN_CHARS,
    RESCUE_SHARE,
    line_fingerprint,  # noqa: F401  (part of this module's API)
)
from pipeline.extract.metadata import page_metadata
from pipeline.models import Extracted, Removal, StoredExtraction, extracted_to_json

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = f"newsflow-2/trafilatura-{trafilatura.__version__}"
MIN_BODY_CHARS = 200  # below this, the fallbacks are tried
PROMO_MIN_WORDS = 6  # a line this long that is mostly the text of links on the page is a promotion …
PROMO_LINKED = 0.5  # … when this share of it is linked (article prose links a few words)
TAG_RE = re.compile(r"<[^>]+>")
BLOCK_END_RE = re.compile(r"</(p|div|h[1-6]|li|blockquote)>|<br\s*/?>", re.I)

# A job for the pool: (key, html, url, feed_content, learned fingerprints[, feed entry's published time])
Job = tuple[str, "str | bytes", "str | None", "str | None", "frozenset[str] | None"] | tuple[
    str, "str | bytes", "str | None", "str | None", "frozenset[str] | None", "datetime | None"]

# What a job gives back: (key, result or None, error or None).
Result = tuple[str, "Extracted | StoredExtraction | None", "str | None"]


def _html_to_lines(fragment: str) -> list[str]:
    text = BLOCK_END_RE.sub("\n", fragment)
    text = TAG_RE.sub(" ", text)
    import html as html_lib

    return [" ".join(line.split()) for line in html_lib.unescape(text).split("\n") if line.strip()]


# trafilatura's parser settings, with lxml's element classes looked up in C: lxml.html's own lookup
# is a Python call for every element proxy made, and trafilatura makes millions on a large page
_PARSER = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                               remove_comments=True, remove_pis=True)
_PARSER.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity))


# Characters of text that trafilatura drops as unprintable: the zero-width non-joiner (Persian's
# half space, "می‌گوید") and joiner (Indic conjuncts, emoji sequences). A page's are stood in for by
# two printable marks no text uses while it is read, and put back in what the extraction returns.
JOINERS = {"\u200c": "\u2e4e", "\u200d": "\u2e4f"}
_PROTECT_JOINERS = str.maketrans(JOINERS)
_RESTORE_JOINERS = str.maketrans({mark: joiner for joiner, mark in JOINERS.items()})


def _restored(text: str) -> str:
    """A text of the page with its joiners put back (see JOINERS)."""
    return text.translate(_RESTORE_JOINERS) if "\u2e4e" in text or "\u2e4f" in text else text


def load_html(html: str | bytes) -> lxml.html.HtmlElement | None:
    """The page parsed as trafilatura's `load_html` parses it (its decoding and repairs, the same
    parser settings, None for what is not HTML), on the parser above; its joiners stood in for (see
    JOINERS)."""
    text = decode_file(html)
    if "\u200c" in text or "\u200d" in text:
        text = text.translate(_PROTECT_JOINERS)
    beginning = text[:50].lower()
    text = repair_faulty_html(text, beginning)
    tree = None
    # a str with an encoding declaration is refused: parsed as bytes below
    with contextlib.suppress(ValueError, lxml.etree.LxmlError):
        tree = lxml.html.fromstring(text, parser=_PARSER)
    if tree is None or len(tree) < 1:
        try:
            tree = lxml.html.fromstring(text.encode("utf-8", "surrogatepass"), parser=_PARSER)
        except (ValueError, lxml.etree.LxmlError):
            return None
    return None if is_dubious_html(beginning) and len(tree) < 2 else tree


def extract_html(
    html: str | bytes, url: str | None = None, *, feed_content: str | None = None,
    learned: frozenset[str] | None = None, feed_published: datetime | None = None,
) -> Extracted | None:
    """Extract clean article text + metadata from one page; None when nothing usable.

    The body is paragraphs separated by single newlines. `learned` holds fingerprints of lines
    known to be boilerplate on this site. `Extracted.extra["candidate_lines"]` holds the lines
    trafilatura produced before the learned layer, for per-site counting; `extra["undone"]` the
    removals the safety net took back ({rule, chars}), so a rule that costs articles can be fixed.
    """
    # trafilatura's parse (see load_html): a tree parsed otherwise extracts markedly worse
    tree = load_html(html)
    if tree is None:
        return _fallback_only(feed_content)
    # before the structural layer drops bylines and headers
    meta = page_metadata(tree, url, feed_published=feed_published)
    ld = meta.ld
    title = meta.title
    context = boilerplate.PageContext(
        titles=(title, ld.get("headline") if isinstance(ld.get("headline"), str) else None,
                next((h1.text_content() for h1 in tree.iter("h1")), None)),
        site_name=meta.site_name, authors=boilerplate.author_names(meta.author or ""),
        links=lambda: (a.text_content() for a in tree.iter("a")))
    structural.unlock_paywalled(tree, ld)  # the article's paywalled part, which its JSON-LD names
    structural.paragraphs_from_breaks(tree)  # before reading the subheadings of <br>-laid-out pages
    structural.unfold_sections(tree)  # an accordion's questions, a list article's items
    structural.custom_elements(tree)  # web components laid out as the blocks and text they are
    structural.text_times(tree)  # a sentence's or a chronology's dates (after the metadata read them)
    headings = structural.subheadings(tree)
    context.headings = lambda: headings
    plain = structural.plain_headings(tree)
    context.plain_headings = lambda: plain
    # read on first use, from the cleaned tree (most pages need neither): quotations, and bylines
    # anywhere on the page (one outside the article's frame names its authors too; the ones the
    # structural layer drops are read from its removals below)
    context.quotes = lambda: structural.quotations(tree)
    context.bylines = lambda: structural.bylines(tree)
    cleaning = structural.clean_tree(tree, url=url)
    context.article = lambda: cleaning.article_paragraphs
    marked = _mark_frame(tree, cleaning.frame) if cleaning.frame_share >= FRAME_SHARE else None
    for removal in cleaning.removed:  # a byline the structural layer dropped still names the authors
        if boilerplate.is_byline(removal.text):
            context.authors.update(boilerplate.author_names(removal.text))
    # fast: no readability/jusText second opinion; on the benchmark set it mostly brought boilerplate
    # back, and it costs a quarter of trafilatura's time. The safety net below calls them when
    # the text found is much shorter than the page's prose.
    raw_lines = _trafilatura_lines(tree, url, fast=True)
    if marked is not None and _chars(raw_lines) < RESCUE_SHARE * _text_chars(tree):
        # less than half of the text the structural layer left: the unmarked page, if it gives more
        _unmark_frame(*marked)
        unmarked = _trafilatura_lines(tree, url, fast=True)
        if _chars(unmarked) > _chars(raw_lines):
            raw_lines = unmarked
    raw_lines = _join_div_paragraphs(raw_lines, cleaning.div_paragraphs)
    lines, removed, undone = _clean_guarded(raw_lines, title, learned, context)
    removed[:0] = cleaning.removed
    method = "trafilatura"
    if _short(lines, cleaning):
        story = bool(ld) or meta.og_type == "article"  # a news story's page, not a shop's
        rescued = _rescue(html, url, lines, cleaning, title, learned, context, story)
        if rescued is not None:
            lines, removed, method, more_undone = rescued
            undone.extend(more_undone)
    body = "\n".join(lines)
    # the publisher's own article text (JSON-LD articleBody, the feed's content) when the page
    # gave little or less than half of it
    for name, source in (("json-ld", ld.get("articleBody")), ("feed-content", feed_content)):
        if isinstance(source, str) and (
                len(body) < MIN_BODY_CHARS or len(source) > 2 * len(body) + GUARD_MIN_CHARS):
            alt_lines, more = boilerplate.clean_lines(_html_to_lines(source), title, learned, context)
            if len("\n".join(alt_lines)) > (len(body) if len(body) < MIN_BODY_CHARS else 2 * len(body)):
                body, method = "\n".join(alt_lines), name
                removed.extend(more)
    if not body:
        return None
    extra: dict[str, Any] = {"candidate_lines": [_restored(line) for line in boilerplate.candidate_lines(
        raw_lines, _never_template(tree, _may_hold_notes(html)))]}
    if cleaning.article_paragraphs:  # recurring lines among these are the publisher's text, not template
        extra["article_lines"] = sorted({boilerplate.line_fingerprint(t) for t in cleaning.article_paragraphs
                                         if len(t) <= boilerplate.LEARNABLE_MAX_CHARS})
    if headings:  # a learned line that is one of these, between two paragraphs, is the article's
        extra["heading_lines"] = sorted({boilerplate.line_fingerprint(t) for t in headings})
    # a learned line that is mostly links (a subscription prompt) goes wherever it stands
    linked = {boilerplate.line_fingerprint(line) for line in lines
              if len(line) <= boilerplate.LEARNABLE_MAX_CHARS
              and boilerplate.word_count(line) >= PROMO_MIN_WORDS and context.is_linked(line, PROMO_LINKED)}
    if linked:
        extra["linked_lines"] = sorted(linked)
    if undone:
        extra["undone"] = undone
    authors = context.authors | (context.page_authors if "page_authors" in vars(context) else set())
    if authors:  # names from the byline too: site learning's second pass reads them
        extra["authors"] = sorted(map(_restored, authors))
    body = _restored(body)
    return Extracted(
        title=title and _restored(title), body=body, author=meta.author and _restored(meta.author),
        published_at=meta.published_at, modified_at=meta.modified_at,
        language=detect_language(body, meta.language), canonical_url=meta.canonical_url,
        image_url=meta.image_url, site_name=meta.site_name and _restored(meta.site_name),
        method=method, extractor_version=EXTRACTOR_VERSION,
        removed=[Removal(_restored(r.text), r.rule) for r in removed], meta_sources=meta.sources,
        extra=extra,
    )


# The safety net. Losing an article is worse than leaking a line: newsflow's layers are held
# against what trafilatura alone finds, and a layer that would cost most of it is undone.
FRAME_RESCUE_CHARS = 1000  # a frame holding this much text, of which less than half was kept: rescue
REAL_BODY_CHARS = 250  # a line layer may not leave less than this where trafilatura found a body


def _mark_frame(tree: Any, frame: Any) -> tuple[Any, str] | None:
    """Show trafilatura the article's frame when none of its own frame expressions finds one;
    returns (frame, its tag) when marked.

    Without a frame, trafilatura gathers the page's loose paragraphs and leaves out every
    subheading; marked `itemprop=articleBody`, the block the structural layer found to hold the
    article is the frame, headings and all."""
    if frame is None or frame.tag in ("body", "html") or any(next(iter(expr(tree)), None) is not None
                                                              for expr in BODY_XPATH_CHEAP_FIRST):
        return None
    if _has_sections(frame):
        frame = frame.getparent()
        if frame is None or frame.tag in ("body", "html"):
            return None
    tag = frame.tag
    if frame.tag not in FRAME_TAGS:
        frame.tag = "div"
    frame.set("itemprop", "articleBody")
    return frame, tag


def _has_sections(frame: Any) -> bool:
    """Is the frame one of several sections of the article: blocks of its tag and class beside it
    (a documentation page's or a long read's chapters), another of which holds a paragraph of
    prose? Then the article is the block around them."""
    kind = frame.get("class")
    parent = frame.getparent()
    if not kind or parent is None:
        return False
    return any(sib is not frame and sib.tag == frame.tag and sib.get("class") == kind
               and any(len(" ".join(p.text_content().split())) >= SECTION_PROSE_CHARS for p in sib.iter("p"))
               for sib in parent)


SECTION_PROSE_CHARS = 150  # a paragraph this long is prose, not a label


def _text_chars(tree: Any) -> int:
    body = tree.find("body")
    return len(" ".join(body.text_content().split())) if body is not None else 0


def _unmark_frame(frame: Any, tag: str) -> None:
    frame.tag = tag
    del frame.attrib["itemprop"]


FRAME_TAGS = ("article", "div", "main", "section")
# trafilatura's frame expressions, the ones without regular expressions first: whether any of them
# finds an element does not depend on the order, and the regular expressions are the slow ones
BODY_XPATH_CHEAP_FIRST = sorted(BODY_XPATH, key=lambda expr: "re:test" in expr.path)
FRAME_SHARE = 0.3  # the frame must hold at least this share of the page's text to be marked


def _chars(lines: list[str]) -> int:
    return sum(len(line) for line in lines)


def _trafilatura_lines(tree: Any, url: str | None, fast: bool) -> list[str]:
    """trafilatura's text of a parsed page as stripped, non-empty lines."""
    doc = trafilatura.bare_extraction(tree, options=_options(url, fast))
    text = getattr(doc, "text", None) or ""
    return [line for line in (line.strip() for line in text.split("\n")) if line]


def _never_template(tree: Any, notes: bool = True) -> frozenset[str]:
    """The lines of the page that are its article's own however often they recur on its site,
    whitespace-normalised: its code blocks' (a tech blog's `import pandas as pd`) and its notes'
    (a blog's formulaic "We asked X for comment; it had not replied …" note; looked for only when
    `notes`)."""
    blocks = [*tree.iter("pre"), *(NOTES_XPATH(tree) if notes else ())]
    return frozenset(" ".join(line.split()) for el in blocks for text in (el.text_content(),)
                     for line in text.split("\n") if line.strip())


def _may_hold_notes(html: str | bytes) -> bool:
    """Can the page hold a block NOTES_XPATH finds? Its names are in the source, unless the source
    is in an encoding ASCII does not read (UTF-16, UTF-32: a byte order mark). The search over
    the whole tree costs a millisecond on a large page; this costs next to nothing."""
    if isinstance(html, str):
        return "footnote" in html or "endnote" in html
    return b"footnote" in html or b"endnote" in html or html[:2] in (b"\xff\xfe", b"\xfe\xff") \
        or html[:4] == b"\x00\x00\xfe\xff"


# the notes of an article (DPUB-ARIA's roles; the class Markdown renderers give the notes' block)
NOTES_XPATH = lxml.etree.XPath(
    "//*[@role='doc-endnotes' or @role='doc-footnote' or contains(concat(' ', normalize-space(@class), ' '), "
    "' footnotes ')]//li")


def _join_div_paragraphs(lines: list[str], paragraphs: dict[str, str]) -> list[str]:
    """trafilatura's lines with the pieces of each <div> paragraph (its text runs around its links,
    which trafilatura reads as lines of their own) joined again into the paragraph's one line.
    `paragraphs` maps a paragraph's text without whitespace to its text."""
    if not paragraphs:
        return lines
    keys = list(paragraphs)
    out: list[str] = []
    i = 0
    while i < len(lines):
        joined, j = "".join(lines[i].split()), i + 1
        if joined not in paragraphs and any(k.startswith(joined) for k in keys):
            while j < len(lines) and joined not in paragraphs:
                longer = joined + "".join(lines[j].split())
                if not any(k.startswith(longer) for k in keys):
                    break
                joined, j = longer, j + 1
            if joined in paragraphs and j > i + 1:
                out.append(paragraphs[joined])
                i = j
                continue
        out.append(lines[i])
        i += 1
    return out


def _undo_key(rule: str) -> str:
    """The name under which clean_lines skips a rule (the tail rules go together)."""
    return "tail" if rule.startswith("tail:") else rule


def _clean_guarded(
    raw_lines: list[str], title: str | None, learned: frozenset[str] | None, context: boilerplate.PageContext,
    found: int = 0,
) -> tuple[list[str], list[Removal], list[dict[str, Any]]]:
    """The line rules, held against trafilatura's own lines (or the `found` characters of its pass
    on the untouched page, when more): while they would leave less than half of a real body, or
    less than one, the rule taking the most is undone (and recorded)."""
    lines, removed = boilerplate.clean_lines(raw_lines, title, learned, context)
    raw = max(_chars(raw_lines), found)
    undone: list[dict[str, Any]] = []
    skip: set[str] = set()
    while raw >= GUARD_MIN_CHARS and (_chars(lines) < RESCUE_SHARE * raw or _chars(lines) < REAL_BODY_CHARS):
        by_rule = _chars_by_rule([r for r in removed if r.rule != "empty"], _undo_key)
        if not by_rule:
            break
        rule, chars = max(by_rule.items(), key=lambda kv: kv[1])
        skip.add(rule)
        undone.append({"rule": rule, "chars": chars, "layer": "lines"})
        lines, removed = boilerplate.clean_lines(raw_lines, title, learned, context, frozenset(skip))
    return lines, removed, undone


def _inside(lines: list[str], frame: Any) -> bool:
    """Is (nearly) all of the text in the article's frame?"""
    if frame is None:
        return False
    text = boilerplate.norm(frame.text_content())
    long = [boilerplate.norm(line) for line in lines if len(line) > 20]
    inside = sum(len(line) for line in long if line in text)
    return inside >= 0.9 * sum(map(len, long))


# the structural rules that take other articles' teasers and headlines
TEASER_RULES = frozenset({"structural:teaser-list", "structural:related-run", "structural:linked-card",
                          "structural:link-list"})


def _mostly_teasers(found: list[str], kept: list[str], removed: list[Removal]) -> bool:
    """Is most of the text trafilatura found beyond newsflow's what the structural layer removed
    as teasers, related headlines or link lists (other articles, not this page's text)?"""
    ours = {boilerplate.norm(line) for line in kept}
    gone = [(boilerplate.norm(r.text), r.rule) for r in removed if len(r.text) > 20]
    extra = teasers = 0
    for line in found:
        n = boilerplate.norm(line)
        if len(line) <= 20 or n in ours:
            continue
        extra += len(line)
        rule = next((rl for t, rl in gone if t and (t in n or n in t)), None)
        if rule in TEASER_RULES:
            teasers += len(line)
    return teasers >= RESCUE_SHARE * extra


def _short(lines: list[str], cleaning: structural.TreeCleaning) -> bool:
    """Is the text found less than a real body, or much shorter than the prose of the page's
    article container, or than what the structural layer removed? Then trafilatura alone (and its
    fallbacks) get their turn. (A page of links, such as a job board, loses only linked text to
    a link-list rule: its removed prose is nothing, and what is left may be nothing too.) So do
    pages without an article container (under a real body of its prose: a blog's front page, a
    shop's shelf) from which the structural layer removed more text, links included, than was
    kept: the teasers and cards it takes are then what the page holds. And so do pages whose
    container has kin (blocks of its tag and class outside it, holding at least as much text: a
    forum thread's other posts) when under half of the container's and its kin's text is kept."""
    kept = _chars(lines)
    removed = cleaning.removed_prose_chars
    frame = cleaning.frame_text
    kin = cleaning.kin
    return kept < REAL_BODY_CHARS or (
        cleaning.main >= GUARD_MIN_CHARS and kept < RESCUE_SHARE * cleaning.main) or (
        removed >= GUARD_MIN_CHARS and kept < removed) or (
        frame >= FRAME_RESCUE_CHARS and kept < RESCUE_SHARE * frame) or (
        cleaning.main < REAL_BODY_CHARS and kept <= sum(len(r.text) for r in cleaning.removed)) or (
        kin >= max(GUARD_MIN_CHARS, cleaning.main) and kept < RESCUE_SHARE * (cleaning.main + kin))


def _fallbacks_due(found: int, cleaning: structural.TreeCleaning) -> bool:
    """Do trafilatura's fallback extractors get their turn? When fast mode found (`found`
    characters on the untouched page) under GUARD_MIN_CHARS, or under half of the page's prose: the
    article container's, the frame's unlinked text (its linked text, menus and listings, is what
    neither mode returns) or the prose the structural layer removed (prose fast mode, too, left out)."""
    unlinked = cleaning.frame_text - cleaning.frame_linked
    prose = max(cleaning.main, unlinked, cleaning.removed_prose_chars)
    return found < max(GUARD_MIN_CHARS, RESCUE_SHARE * prose)


def _rescue(
    html: str | bytes, url: str | None, lines: list[str], cleaning: structural.TreeCleaning,
    title: str | None, learned: frozenset[str] | None, context: boilerplate.PageContext,
    story: bool = False,
) -> tuple[list[str], list[Removal], str, list[dict[str, Any]]] | None:
    """Hold newsflow's text against trafilatura alone: fast mode, then (when that too finds much
    less than the page's prose) its fallback extractors. When newsflow kept less than half of it,
    the page is cleaned again with every block holding that text protected from the structural
    rules, and if that still falls short, trafilatura's own text is cleaned by the line rules
    alone. None when newsflow's text stands. On a news story's page (`story`: an article's JSON-LD
    or og:type), the fallbacks' text must be the page's story (see `_another_story`)."""
    # one parse of the untouched page for every pass (trafilatura works on a copy of the tree it is given)
    pristine = load_html(html)
    bare = _trafilatura_lines(pristine, url, fast=True)
    method = "trafilatura"
    fallback: list[str] | None = None  # the default mode's lines, once run
    if _fallbacks_due(_chars(bare), cleaning):
        fallback = _trafilatura_lines(pristine, url, fast=False)
        if _chars(fallback) > _chars(bare) and not (
                story and _another_story(pristine, title, bare, fallback)):
            bare, method = fallback, "trafilatura-fallback"
    target = _chars(bare)
    if target < GUARD_MIN_CHARS or _chars(lines) >= RESCUE_SHARE * target:
        return None
    found = boilerplate.norm("\n".join(bare))

    def holds_found_text(el: Any) -> bool:
        text = [boilerplate.norm(t) for t in el.itertext()]
        inside = sum(len(t) for t in text if len(t) > 20 and t in found)
        return inside >= 200 or inside >= 0.5 * max(1, sum(map(len, text)))

    tree = pristine  # the last pass takes the parse itself
    again = structural.clean_tree(tree, keep=holds_found_text, url=url)
    before, after = _chars_by_rule(cleaning.removed), _chars_by_rule(again.removed)
    undone = [{"rule": rule, "chars": chars - after[rule], "layer": "structural"}
              for rule, chars in before.items() if chars > after[rule]]
    # the guarded page through fast mode: only where fast mode found the text at all
    raw_lines = _trafilatura_lines(tree, url, fast=True) if method == "trafilatura" else []
    raw_lines, bare = (_join_div_paragraphs(x, again.div_paragraphs) for x in (raw_lines, bare))
    if _chars(raw_lines) < RESCUE_SHARE * target:
        ours = max(_chars(lines), _chars(raw_lines))
        if method == "trafilatura" and ours >= max(REAL_BODY_CHARS, RESCUE_SHARE * cleaning.main) \
                and not _inside(bare, cleaning.frame) and _mostly_teasers(bare, lines, cleaning.removed):
            # newsflow's text is the article container's, and what more fast mode found around it
            # is what the structural layer took as other articles' teasers and headlines (inside
            # the block holding the article, or taken for anything else, the more is the page's own).
            # It stands unless trafilatura's default mode, whose fallbacks weigh the page otherwise,
            # finds more than twice as much too.
            beyond = _default_mode_beyond(html, url, lines, fallback)
            if beyond is None:
                return None
            bare, method, target = beyond, "trafilatura-fallback", _chars(beyond)
        raw_lines, again.removed = bare, []
        undone.append({"rule": "structural", "chars": target - _chars(lines), "layer": method})
    kept, removed, more = _clean_guarded(raw_lines, title, learned, context, found=target)
    return kept, again.removed + removed, method, undone + more


def _another_story(tree: Any, title: str | None, found: list[str], fallback: list[str]) -> bool:
    """Is most of the fallback extractors' text outside the story under the page's headline, the one
    fast mode's text is? A page that preloads the next stories below its own (infinite scroll) holds
    longer stories than its own, and readability, among trafilatura's fallbacks, takes the longest
    (or all of them). Asked only when fast mode's text is a story (FRAME_RESCUE_CHARS, and
    STORY_SHARE of the fallbacks' text: not a podcast's summary over its transcript). The story is
    the nearest block around the headline (the `<h1>` or `<h2>` that is the title) holding fast
    mode's first long line; where the headline stands apart from the text (a page header over the
    main column), that block is the page and nothing is outside it."""
    norm_title = boilerplate.norm(title or "")
    if not norm_title or _chars(found) < max(FRAME_RESCUE_CHARS, STORY_SHARE * _chars(fallback)):
        return False  # fast mode found no story of its own: a summary over a transcript, a teaser
    headline = next((h for h in tree.iter("h1", "h2") if boilerplate.norm(h.text_content()) == norm_title),
                    None)
    first = next((boilerplate.norm(line) for line in found if len(line) >= STORY_LINE_CHARS), None)
    if headline is None or not first:
        return False
    story = next((a for a in headline.iterancestors() if first in boilerplate.norm(a.text_content())), None)
    if story is None:
        return False
    text = boilerplate.norm(story.text_content())
    long = [boilerplate.norm(line) for line in fallback if len(line) >= STORY_LINE_CHARS]
    outside = sum(len(line) for line in long if line not in text)
    return outside > RESCUE_SHARE * sum(map(len, long))


STORY_LINE_CHARS = 80  # a line this long is a paragraph of one story, not a label many share
STORY_SHARE = 0.25  # fast mode's text is a story when it is this share of the fallbacks' or more


def _default_mode_beyond(html: str | bytes, url: str | None, lines: list[str],
                         found: list[str] | None = None) -> list[str] | None:
    """trafilatura's default-mode text of the untouched page (`found` when already run, else from a
    new parse) when it holds more than twice the characters of `lines`, newsflow's text; else None."""
    if found is None:
        found = _trafilatura_lines(load_html(html), url, fast=False)
    return found if _chars(lines) < RESCUE_SHARE * _chars(found) else None


def _chars_by_rule(removed: list[Removal], key: Callable[[str], str] = str) -> Counter[str]:
    """Characters each rule removed, under `key(rule)` (the line guard undoes the tail rules
    together). Linked text counts too: a rule dropping a list of links is undone for its links."""
    out: Counter[str] = Counter()
    for r in removed:
        out[key(r.rule)] += len(r.text)
    return out


# trafilatura's options for every page (fast or not, no comments), built once: building them reads
# its settings file's values one by one. Only the URL differs between pages.
_OPTIONS = {fast: Extractor(output_format="python", fast=fast, comments=False) for fast in (True, False)}


def _options(url: str | None, fast: bool = True) -> Extractor:
    """trafilatura's options for one page: the shared ones with this page's URL."""
    options = copy.copy(_OPTIONS[fast])
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    return options


def _fallback_only(feed_content: str | None) -> Extracted | None:
    if not feed_content:
        return None
    lines, removed = boilerplate.clean_lines(_html_to_lines(feed_content), None)
    if not lines:
        return None
    return Extracted(title=None, body="\n".join(lines), method="feed-content",
                     extractor_version=EXTRACTOR_VERSION, removed=removed)


def _work(job: Job, fingerprints: str | None = None, stored: bool = False) -> Result:
    """Run one job in a worker; an exception becomes that page's error, never the pool's.

    With fingerprints ("near": hash and MinHash signature, "exact": the hash alone), the body's
    dedup fingerprint is computed here too (in `extra["fingerprint"]`), so the parent process,
    which fetches, deduplicates and loads, does not spend its time on it. With `stored`, the
    result comes back as the extract stage stores it (`StoredExtraction`, None for no text)."""
    key, html, url, feed_content, learned, *rest = job
    try:
        result = extract_html(html, url, feed_content=feed_content, learned=learned,
                              feed_published=rest[0] if rest else None)
        if result is not None and not result.body.strip():
            result = None
        fp = None
        if fingerprints and result is not None:
            from pipeline.dedup import index as dedup
            fp = dedup.fingerprint(result.body, near=fingerprints == "near")
        if stored:
            return key, result and StoredExtraction(
                json.dumps(extracted_to_json(result)),
                list(result.extra.get("candidate_lines") or []), fp), None
        if fp is not None and result is not None:
            result.extra["fingerprint"] = fp
        return key, result, None
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop the batch
        return key, None, f"{type(exc).__name__}: {exc}"


# Jobs per chunk sent to a worker: at most CHUNK_MAX, and small enough that each worker gets
# CHUNKS_PER_WORKER chunks of a batch (the last chunk of a batch keeps one worker busy alone).
CHUNK_MAX = 8
CHUNKS_PER_WORKER = 4

# How often a worker checks that the process that started it is still there.
PARENT_CHECK_EVERY = 1.0


def _work_chunk(work: Callable[[Job], Result],
                jobs: list[Job]) -> list[Result]:
    """Run a chunk of jobs in a worker (each job's failure is its own, see _work)."""
    return [work(job) for job in jobs]


def _process_identity(pid: int) -> str | None:
    """A process's start time (from /proc), which tells it from a later process given the same
    pid; None when it is gone or a zombie."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    state, *rest = stat.rsplit(")", 1)[1].split()  # after "pid (name)": state, ..., starttime
    return None if state in ("Z", "X") else rest[18]


def exit_with_parent(parent: int) -> None:
    """Pool worker initializer: exit when process `parent` (the one that asked for this worker)
    is gone. A parent killed with SIGKILL (an operator, the OOM killer, a fault test) cannot shut
    its pools down, and their workers, which hold both ends of their job queue, would wait on it
    forever, each keeping its memory (and a fetch process would go on fetching under claims
    nobody could take over). Workers are forked by the fork server (see `worker_context`), which
    stays up while any of them does, so the parent is watched by its pid and start time."""
    identity = _process_identity(parent)

    def gone() -> bool:
        if identity is None:  # no /proc (not Linux): whether the pid still exists
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                return True
            except PermissionError:  # exists, owned by another user
                pass
            return False
        return _process_identity(parent) != identity

    def watch() -> None:
        while not gone():
            time.sleep(PARENT_CHECK_EVERY)
        os._exit(1)

    threading.Thread(target=watch, name="newsflow-parent-watch", daemon=True).start()


# What the fork server imports once, before it forks any worker: everything a worker runs (the
# extraction workers: this module, the dedup fingerprint, the language model; the local runner's
# fetch process: pipeline.stages.fetch), and no more (each process imports what it preloads).
WORKER_MODULES = ["pipeline.extract.core", "pipeline.dedup.index", "pipeline.stages.fetch",
                  "pipeline.extract.preload"]


def worker_context() -> multiprocessing.context.BaseContext:
    """The multiprocessing context of newsflow's worker processes (extraction, the CLI's fetch
    process): a fork server that has imported newsflow once, so a new worker is a fork of it
    instead of a fresh interpreter importing trafilatura, lxml, numpy and aiohttp again (paid
    again each time the extraction pool is recycled; docs/architecture.md). The server is a
    clean process of its own (no threads, no connections): forking it is safe, where forking a
    running ingest, with its stage threads and open connections, would not be."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(WORKER_MODULES)
    return ctx


def stop_worker_server() -> None:
    """Stop this process's fork server, if it started one, and wait for it: on its own it outlives
    a command by a moment, and, no longer a child anyone waits for, takes with it the CPU-time
    accounting of every worker it forked (what `benchmarks/ingest.py` measures)."""
    from multiprocessing import forkserver

    stop = getattr(forkserver._forkserver, "_stop", None)  # CPython's own, used by its tests
    if stop is not None:
        stop()


def _warm() -> None:
    """Nothing: submitted once per worker when a pool starts, so the workers (and the fork server,
    which imports newsflow) are started while the run is still polling feeds, not when the first
    pages arrive."""


class ExtractorPool:
    """Extraction in worker processes (trafilatura is not thread-safe), recycled to bound memory.

    Workers are recycled between batches: after `max_tasks_per_child` pages per worker, the old
    pool finishes its pages and the next batch goes to a fresh one. Not with
    ProcessPoolExecutor's own max_tasks_per_child: on Python 3.11 it hangs for good when a worker
    retires while tasks are still queued (every run of more than 2,000 pages did).

    In a daemonic process (some executors run tasks in one), which may not have children, the
    work runs in-process instead. A killed worker breaks the pool: it is replaced, and the pages
    the dead pool held are extracted again one at a time, so only a page that kills its worker
    itself is reported as failed.
    """

    def __init__(self, processes: int | None = None, max_tasks_per_child: int = 1000,
                 *, fingerprints: str | None = None, stored: bool = False):
        self.processes = processes or multiprocessing.cpu_count()
        self.in_process = multiprocessing.current_process().daemon or self.processes <= 1
        self.max_tasks_per_child = max_tasks_per_child
        self._work = functools.partial(_work, fingerprints=fingerprints, stored=stored)
        self._pool: ProcessPoolExecutor | None = None
        self._submitted = 0  # pages sent to the current pool
        if not self.in_process:
            self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(self.processes, mp_context=worker_context(),
                                   initializer=exit_with_parent, initargs=(os.getpid(),))
        for _ in range(self.processes):
            pool.submit(_warm)
        self._submitted = 0
        return pool

    def _recycle_if_due(self, incoming: int) -> ProcessPoolExecutor:
        """Between batches: a fresh pool once this one's workers have had their share of pages."""
        assert self._pool is not None
        if self._submitted and self._submitted + incoming > self.max_tasks_per_child * self.processes:
            # the old workers finish what they were sent first: two pools side by side would
            # double the workers' memory (each maps the fork server's language model), and a
            # fresh worker forks from the warm fork server in milliseconds
            self._pool.shutdown(wait=True)
            self._pool = self._new_pool()
        self._submitted += incoming
        return self._pool

    def _restart(self) -> ProcessPoolExecutor:
        """Replace a pool broken by a killed worker (the OOM killer, an operator) with a fresh one."""
        assert self._pool is not None
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._new_pool()
        return self._pool

    def worker_pids(self) -> list[int]:
        """The process ids of the current pool's worker processes, sorted ([] when extracting
        in-process); read-only, for tests and monitoring."""
        if self._pool is None:
            return []
        return sorted(self._pool._processes or {})

    def __enter__(self) -> ExtractorPool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def map(self, jobs: Iterable[Job]) -> Iterator[Result]:
        """Yield (key, extracted or None, error or None) in completion order."""
        return self.results(self.submit(jobs))

    def submit(self, jobs: Iterable[Job]) -> Submitted:
        """Send jobs to the workers now; `results` collects them. A caller can prepare and submit
        its next batch before it has stored this one's results, so the workers never wait.

        Jobs go to the workers in small chunks: sent one by one, each job waited for the parent's
        executor threads (which compete for the parent's interpreter lock with the stages it runs)
        to hand it over."""
        jobs = list(jobs)
        if self._pool is None:
            return Submitted(jobs, {})
        size = max(1, min(CHUNK_MAX, len(jobs) // (self.processes * CHUNKS_PER_WORKER)))
        chunks = [jobs[i:i + size] for i in range(0, len(jobs), size)]
        try:
            pool = self._recycle_if_due(len(jobs))
            futures = {pool.submit(_work_chunk, self._work, chunk): chunk for chunk in chunks}
        except BrokenProcessPool:  # a worker was killed since the last batch
            log.warning("extract: a worker process died between batches; pool restarted")
            pool = self._restart()
            futures = {pool.submit(_work_chunk, self._work, chunk): chunk for chunk in chunks}
        return Submitted(jobs, futures)

    def results(self, submitted: Submitted) -> Iterator[Result]:
        """Yield the results of submitted jobs (key, extracted or None, error or None) as they come."""
        if self._pool is None:
            yield from (self._work(job) for job in submitted.jobs)
            return
        orphans: list[Job] = []
        for future in as_completed(submitted.futures):
            try:
                yield from future.result()
            except BrokenProcessPool:  # a worker was killed: no verdict on these pages yet
                orphans.extend(submitted.futures[future])
            except Exception as exc:  # noqa: BLE001 - these pages could not be sent or returned
                for job in submitted.futures[future]:
                    yield job[0], None, f"extract worker failed: {type(exc).__name__}: {exc}"
        if orphans:
            log.warning("extract: a worker process died; %d pages extracted again on a fresh pool",
                        len(orphans))
            self._restart()
        for job in orphans:  # one at a time on a fresh pool: a page that kills its worker fails alone
            try:
                yield self._pool.submit(self._work, job).result()
            except BrokenProcessPool as exc:
                self._restart()
                yield job[0], None, f"extract worker failed: {type(exc).__name__}: {exc}"


@dataclass
class Submitted:
    """Jobs sent to an ExtractorPool: their chunks' futures (none when the pool runs in-process)."""

    jobs: list[Job]
    futures: dict[Future[list[Result]], list[Job]]


def extract_files(paths: list[str], url: str | None, as_json: bool, explain: bool) -> int:
    """`newsflow extract`: clean text (or JSON lines) per file; exit 0 ok, 1 nothing found, 2 unreadable."""
    code = 0
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            print(f"newsflow extract: cannot read {path}: {exc.strerror}", file=sys.stderr)
            code = 2
            continue
        result = extract_html(data, url)
        if result is None:
            print(f"newsflow extract: no article text found in {path}", file=sys.stderr)
            code = max(code, 1)
            continue
        if as_json:
            item: dict[str, Any] = {"file": path, "url": url, "title": result.title, "body": result.body}
            if explain:
                item["removed"] = [{"rule": r.rule, "text": r.text} for r in result.removed]
                item["undone"] = result.extra.get("undone", [])
            print(json.dumps(item, ensure_ascii=False))
        else:
            if len(paths) > 1:
                print(f"==> {path} <==")
            print(result.body)
            if explain:
                _print_removals(result.removed, result.extra.get("undone", []))
    return code


def _print_removals(removed: list[Removal], undone: list[dict[str, Any]]) -> None:
    print("\n--- removed ---")
    for r in removed:
        print(f"[{r.rule}] {r.text}")
    if undone:
        print("\n--- undone by the safety net (the rule would have cost the article) ---")
        for u in undone:
            print(f"[{u['rule']}] {u['chars']} characters kept ({u['layer']})")
