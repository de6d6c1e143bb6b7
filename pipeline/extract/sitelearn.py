"""Per-site learned boilerplate, kept in the warehouse: lines recurring across a site's pages.

A line is keyed on its normalised text (`boilerplate.line_fingerprint`, whole lines only) and
counted once per article in `news.site_lines`: lines up to 160 characters wherever they stand,
longer ones (up to `LEARNABLE_MAX_CHARS`, author bios) only as the page's first or last two lines
over 160 characters, where templates put them. A line is learned once it was
counted in `needed(articles)` of the site's articles: 3, and 5 % of them from 80 articles on. The
pages of a batch are compared with each other and with the stored history (`learn`), so a new
site's first batch of 3+ pages is cleaned with what it shows.

Where a learned line is removed depends on its shape: a label (up to 80 characters, no sentence
end: a masthead, "Subscribe to the print edition") wherever it stands, by the extraction workers;
prose (a bio, a notice, a disclaimer) only in the page's template zone (`template_zone`: before
its first or after its last line of unique prose), by the stage. A paragraph repeated in the middle
of every article, between article paragraphs, is therefore kept.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import psycopg

from pipeline.extract.lines import (
    CALENDAR_WORDS,
    GUARD_MIN_CHARS,
    LEARNABLE_MAX_CHARS,
    LEARNED_RULE,
    RESCUE_SHARE,
    SENTENCE_END_RE,
    SENTENCE_SPLIT_RE,
    STAMP_RE,
    TOKEN_RE,
    PageContext,
    author_names,
    clean_lines,
    heads_text,
    line_fingerprint,
    word_count,
)
from pipeline.models import Removal

MIN_ARTICLES = 3  # a line must recur in at least this many of the site's articles (history + batch) …
MIN_SHARE = 0.05  # … and in this share of them
MIN_SITE_ARTICLES = MIN_ARTICLES  # nothing is learned from fewer articles
TEMPLATE_MAX_CHARS = 80  # a line this short without a sentence end is label-shaped (removed anywhere)
SHORT_CHARS = 160  # lines up to this long are counted wherever they stand …
HEAD_LONG, TAIL_LONG = 1, 2  # … longer ones only as the page's first or last two long lines
HOLD_BELOW = 10  # a site with fewer stored articles has its batch pages compared before they are stored
# A line's opening words are counted too, as a key of their own ("This article appears in the
# <month> print edition with the headline …"): a template line with a varying end recurs by them.
PREFIX_WORDS = 8
PREFIX_MIN_WORDS = PREFIX_WORDS + 3  # … when the line has a varying end of 3+ words after them,
PREFIX_MAX_WORDS = 3 * PREFIX_WORDS  # and is one sentence of at most this many words

# The site's most recent line rows that learning reads (about 1,000 articles at 20 lines each):
# bounded work per call however long the site's history (sql/007), and the site's current template.
WINDOW_ROWS = 20_000
# How long an extract stage keeps a site's learned lines before reading them again.
REFRESH_SECONDS = 60.0

LEARNED_SQL = """
WITH recent AS (
    SELECT fingerprint, article_key, sample FROM news.site_lines WHERE site = %(site)s
    ORDER BY seen_at DESC LIMIT %(window)s
)
SELECT a.articles, f.fingerprint, f.n, f.sample
FROM (SELECT count(DISTINCT article_key) AS articles FROM recent) a
LEFT JOIN (SELECT fingerprint, count(*) AS n, min(sample) AS sample FROM recent GROUP BY fingerprint
           HAVING count(*) >= 2) f ON true
"""

# The history of some lines of a site, without the articles of the batch being learned (a page
# extracted again, by reextract or after a lost claim, is counted once).
HISTORY_SQL = """
WITH recent AS (
    SELECT fingerprint, article_key FROM news.site_lines WHERE site = %(site)s
    ORDER BY seen_at DESC LIMIT %(window)s
), other AS (SELECT * FROM recent WHERE article_key <> ALL(%(keys)s))
SELECT a.articles, f.fingerprint, f.n
FROM (SELECT count(DISTINCT article_key) AS articles FROM other) a
LEFT JOIN (SELECT fingerprint, count(*) AS n FROM other WHERE fingerprint = ANY(%(fps)s)
           GROUP BY fingerprint) f ON true
"""


def needed(articles: int) -> int:
    """In how many of a site's `articles` a line must be counted to be learned (none below 3)."""
    if articles < MIN_SITE_ARTICLES:
        return articles + 1
    return max(MIN_ARTICLES, int(MIN_SHARE * articles))


def prefix_key(line: str) -> str | None:
    """The key of a line's opening PREFIX_WORDS words (numbers, months and weekdays masked as in
    a line's own key), or None for a line too short to have a varying end after them, or too long
    or of more than one sentence to be mostly template ("Correction, <date>: An earlier version of
    this article misstated … It is …" opens alike on a site's corrections, each the article's own)."""
    words = TOKEN_RE.findall(line)
    if not PREFIX_MIN_WORDS <= len(words) <= PREFIX_MAX_WORDS \
            or len(SENTENCE_SPLIT_RE.split(line.strip())) > 1:
        return None
    return line_fingerprint("prefix " + " ".join(words[:PREFIX_WORDS]))


def is_prose(line: str) -> bool:
    """Article-shaped: long, or ending a sentence ("" stands for a line too long to learn)."""
    return not line or len(line) > TEMPLATE_MAX_CHARS or bool(SENTENCE_END_RE.search(line))


def template_zone(lines: Sequence[str], fps: Sequence[str | None], template: Iterable[str] | frozenset[str]
                  ) -> list[bool]:
    """For each line: is it where a template line may be removed or counted? Before the first or
    after the last line of unique prose (prose not in `template`), or label-shaped anywhere."""
    template = template if isinstance(template, (set, frozenset)) else frozenset(template)
    unique = [i for i, own in enumerate(unique_prose(lines, fps, template)) if own]
    first, last = (unique[0], unique[-1]) if unique else (len(lines), -1)
    return [i < first or i > last or not is_prose(line) for i, line in enumerate(lines)]


def unique_prose(lines: Sequence[str], fps: Sequence[str | None],
                 template: Container[str | None]) -> list[bool]:
    """For each line: is it the article's own prose (prose whose key is not learned)?"""
    return [is_prose(line) and fp not in template for line, fp in zip(lines, fps, strict=True)]


@dataclass
class PageLines:
    """A page's candidate lines (boilerplate.candidate_lines) with their fingerprints."""

    key: str  # the article key: the page URL
    lines: list[str]
    fps: list[str | None] = field(default_factory=list)

    def __post_init__(self) -> None:
        """Fingerprint the lines that are counted (a long line between the page's outer long
        lines is article text: no fingerprint, never counted)."""
        if not self.fps:
            long = [i for i, line in enumerate(self.lines) if not line or len(line) > SHORT_CHARS]
            outer = set(long[:HEAD_LONG] + long[-TAIL_LONG:])
            self.fps = [line_fingerprint(line) if line and (len(line) <= SHORT_CHARS or i in outer) else None
                        for i, line in enumerate(self.lines)]

    def over_prose(self, given: Container[str], prose: Container[str]) -> frozenset[str]:
        """The lines of `given` (the learned labels its worker removed wherever they stood) right
        over a learned line of `prose`, which the worker did not know as template: where it kept
        such a label as a subheading ("Anketa" over a poll's question), it judged it blind, and the
        second pass judges it again."""
        out = set()
        for fp, nxt in pairwise(self.fps):
            if fp is not None and nxt is not None and fp in given and nxt in prose:
                out.add(fp)
        return frozenset(out)

    def counted(self) -> dict[str, str]:
        """The lines counted for this page (fingerprint -> line): short ones wherever they stand,
        longer ones as the page's first HEAD_LONG or last TAIL_LONG long lines; and, under keys of
        their own, the opening words of these lines (`prefix_key`)."""
        out: dict[str, str] = {}
        for line, fp in zip(self.lines, self.fps, strict=True):
            if fp:
                out.setdefault(fp, line)
                prefix = prefix_key(line)
                if prefix is not None:
                    out.setdefault(prefix, line)
        return out


@dataclass
class SiteState:
    """What a stage knows of a site's history: articles in the window, the count of each line
    seen in 2+ of them, the lines learned from it and which of those are prose."""

    read_at: float
    articles: int
    counts: dict[str, int]
    learned: frozenset[str]
    prose: frozenset[str]  # learned lines removed only in a page's template zone, by the stage

    @property
    def common(self) -> frozenset[str]:
        """Learned lines on at least half of the site's articles (a closing note of the publisher's
        own may be among them; a line tied to an author or a section is not)."""
        return on_half(self.learned, self.counts, self.articles)

    @property
    def anywhere(self) -> frozenset[str]:
        """Learned lines the workers remove wherever they stand (label-shaped)."""
        return self.learned - self.prose

    def may_learn(self, page: PageLines, batch_pages: int) -> bool:
        """Should this page wait for its batch's other pages of the site? Always on a young site
        (under HOLD_BELOW stored articles); else when one of its lines already recurs (2+ stored
        articles), is not learned yet and could reach the threshold with `batch_pages` more. A
        line new to a settled site is learned from the history of later batches instead."""
        if self.articles < HOLD_BELOW:
            return True
        need = needed(self.articles + 1)
        counts, learned = self.counts, self.learned
        return any(fp is not None and counts.get(fp, 0) >= 2 and fp not in learned
                   and counts[fp] + batch_pages >= need for fp in page.fps)


def _state(conn: psycopg.Connection[Any], site: str, window: int) -> SiteState:
    rows = conn.execute(LEARNED_SQL, {"site": site, "window": window}).fetchall()
    articles = int(rows[0]["articles"]) if rows else 0
    need = needed(articles)
    counts = {r["fingerprint"]: int(r["n"]) for r in rows if r["fingerprint"] is not None}
    learned = [r for r in rows if r["fingerprint"] is not None and r["n"] >= need]
    return SiteState(time.monotonic(), articles, counts, frozenset(r["fingerprint"] for r in learned),
                     frozenset(r["fingerprint"] for r in learned if is_prose(r["sample"])))


def learned_lines(conn: psycopg.Connection[Any], site: str, window: int = WINDOW_ROWS) -> frozenset[str]:
    """Fingerprints of lines that are boilerplate on this site (empty until it has history),
    learned from its most recent `window` line rows."""
    return _state(conn, site, window).learned


class LearnedLines:
    """Each site's learned lines for one stage, read again after `refresh` seconds (a stage takes
    batch after batch of the same sites; the set changes slowly), and grown by what its batches learn."""

    def __init__(self, refresh: float = REFRESH_SECONDS, window: int = WINDOW_ROWS):
        self.refresh, self.window = refresh, window
        self._sites: dict[str, SiteState] = {}

    def state(self, conn: psycopg.Connection[Any], site: str) -> SiteState:
        """The site's history, from the warehouse when not read within `refresh` seconds."""
        known = self._sites.get(site)
        if known is None or time.monotonic() - known.read_at >= self.refresh:
            known = self._sites[site] = _state(conn, site, self.window)
        return known

    def get(self, conn: psycopg.Connection[Any], site: str) -> frozenset[str]:
        """The site's learned lines that the workers remove wherever they stand (label-shaped)."""
        return self.state(conn, site).anywhere

    def cached(self, site: str) -> SiteState | None:
        """The site's history as last read, without asking the warehouse."""
        return self._sites.get(site)

    def add(self, site: str, counted: Sequence[dict[str, str]], learned: frozenset[str]) -> None:
        """Fold a batch's recorded lines and learned lines into the site's state until the next
        read (counts may be over, never under, the stored ones: held pages are never missed)."""
        state = self._sites.get(site)
        if state is None:
            return
        seen = min(1, state.articles)  # what a line absent from the counts may have had
        state.articles += len(counted)
        for fp, n in Counter(fp for c in counted for fp in c).items():
            state.counts[fp] = state.counts.get(fp, seen) + n
        samples = {fp: line for c in counted for fp, line in c.items() if fp in learned}
        state.learned = state.learned | learned
        state.prose = state.prose | {fp for fp, line in samples.items() if is_prose(line)}


def learn(counted: Sequence[dict[str, str]], history_articles: int, history: dict[str, int],
          known: frozenset[str]) -> frozenset[str]:
    """Lines a batch's pages of one site (`counted`: each page's counted lines) show to be
    template beyond `known`: counted in `needed` of the site's articles, this batch's pages and
    its history (`history_articles` articles, `history`: count per line) together."""
    if not counted:
        return frozenset()
    need = needed(history_articles + len(counted))
    batch = Counter(fp for c in counted for fp in c)
    return frozenset(fp for fp, n in batch.items() if fp not in known and n + history.get(fp, 0) >= need)


def common(counted: Sequence[dict[str, str]], history_articles: int,
           history: dict[str, int]) -> frozenset[str]:
    """Lines of a batch (`counted`, with the site's history as in `learn`) on at least half of the
    site's articles."""
    batch = Counter(fp for c in counted for fp in c)
    return on_half(batch, {fp: n + history.get(fp, 0) for fp, n in batch.items()},
                   history_articles + len(counted))


def on_half(lines: Iterable[str], counts: dict[str, int], articles: int) -> frozenset[str]:
    """Of `lines`, those counted (`counts`: line -> articles holding it) in at least half of a
    site's `articles`: what `SiteState.common` and `common` both ask."""
    return frozenset(fp for fp in lines if 2 * counts.get(fp, 0) >= articles)


def history(conn: psycopg.Connection[Any], site: str, keys: Sequence[str], counted: Sequence[dict[str, str]],
            window: int = WINDOW_ROWS) -> tuple[int, dict[str, int]]:
    """The site's stored articles (window, without the articles `keys`) and how many of them hold
    each of the `counted` lines."""
    fps = sorted({fp for c in counted for fp in c})
    rows = conn.execute(HISTORY_SQL, {"site": site, "window": window, "keys": list(keys),
                                      "fps": fps}).fetchall()
    articles = int(rows[0]["articles"]) if rows else 0
    return articles, {r["fingerprint"]: int(r["n"]) for r in rows if r["fingerprint"] is not None}


def strip_body(body: str, template: frozenset[str], remove: frozenset[str],
               keep: Iterable[str] = (), common: frozenset[str] | None = None,
               headings: Iterable[str] = (), linked: Iterable[str] = (),
               found: Sequence[str] = ()) -> tuple[str, list[str]]:
    """Remove from a body the lines of `remove` that stand in its template zone (read against
    `template`), except the publisher's own closing notes: lines of `keep` (the paragraphs and subheadings
    of the page's article container) that follow the article's unique text and, when `common` is
    given and they are prose, are among its lines (those on at least half of the site's articles:
    an author's bio is on that author's articles only), and the page's subheadings (`headings`)
    standing between two paragraphs of the article. A line of `remove` that is mostly the text of
    links on its page (`linked`: a subscription prompt, a promotion) goes wherever it stands.
    Returns the new body and the removed lines (no change: the body as it was)."""
    lines = body.split("\n")
    own, subheads, promos = frozenset(keep), frozenset(headings), frozenset(linked)
    stripped = [line.strip() for line in lines]
    fps = [line_fingerprint(line) if len(line) <= LEARNABLE_MAX_CHARS else None for line in stripped]
    keys = [_key(fp, line, remove) for fp, line in zip(fps, stripped, strict=True)]
    if not any(k in remove for k in keys if k):
        return body, []
    zone = template_zone(stripped, keys, template)
    first = next((i for i, own in enumerate(unique_prose(stripped, keys, template)) if own), len(lines))
    drop = []
    for i, (fp, key, z) in enumerate(zip(fps, keys, zone, strict=True)):
        # a container paragraph is the article's own closing note only where it follows the
        # article's unique text: after a bio or another template line, it is the page's
        attached = i > 0 and is_prose(stripped[i - 1]) and keys[i - 1] not in template
        # (a line learned by its opening words, its end filled in page by page, is a template's)
        closing = key == fp and fp in own and attached and (
            common is None or key in common or not is_prose(stripped[i]))
        # a line learned by its opening words goes from the tail only: the head has its own rules,
        # and a column's recurring opening ("Good morning! This is the news you need …") is its text
        opening = key != fp and i < first
        # an update or correction note after the article's text ("Update, March 9, 2026: …") is
        # the article's, however its wording recurs on the site
        note = i > first and dated_note(stripped[i])
        drop.append(bool((z or key in promos) and key in remove and not closing and not opening and not note))
    _drop_inset_blocks(stripped, fps, template, remove, drop, found)  # lines learned whole only
    for i, fp in enumerate(fps):
        if drop[i] and fp in subheads and not stripped[i].endswith("."):  # a sentence is no subheading
            # judged against the lines kept around it (an advertisement's label going above it)
            drop[i] = not heads_text(stripped, drop, i, template, fp in own, lambda j: fps[j] in template
                                     and fps[j] not in subheads and keys[j] not in promos)
    # a short template line left last, with nothing of the article after it, is the label of the
    # template block under it that went ("About <organisation>" over the about paragraph, which the
    # worker's line layer took for a subheading of the article while that paragraph was still there)
    for i in reversed(range(len(lines))):
        if drop[i] or not stripped[i]:
            continue
        if not (zone[i] and fps[i] in template and not is_prose(stripped[i])):
            break
        drop[i] = True
    kept = [line for line, gone in zip(lines, drop, strict=True) if not gone]
    removed = [line for line, gone in zip(lines, drop, strict=True) if gone]
    if not any(line.strip() for line in kept):  # a page that is all template keeps its text
        return body, []
    return "\n".join(kept), removed


# "Update, March 9, 2026: …", "Opdateret 28. januar kl. 20.00: …"
NOTE_LABEL_RE = re.compile(r"^([^:]{3,60}):\s+\S")
NOTE_MIN_WORDS = 8


def dated_note(line: str) -> bool:
    """Is the line a dated note on the article: a label holding a date or a time, a colon, then
    sentences ("Update, March 9, 2026: A reader pointed out …", "Correction 14:05: …")?"""
    label = NOTE_LABEL_RE.match(line)
    if label is None or not SENTENCE_END_RE.search(line) or word_count(line) < NOTE_MIN_WORDS:
        return False
    words = TOKEN_RE.findall(label[1].lower())
    return any(c.isdigit() for c in label[1]) and (
        STAMP_RE.search(label[1]) is not None or any(w in CALENDAR_WORDS for w in words))


def _key(fp: str | None, line: str, remove: frozenset[str]) -> str | None:
    """A line's key in the second pass: its own, or its opening words' when those alone are learned."""
    if fp is None or fp in remove:
        return fp
    prefix = prefix_key(line)
    return prefix if prefix in remove else fp


def _drop_inset_blocks(lines: list[str], fps: list[str | None], template: frozenset[str],
                       remove: frozenset[str], drop: list[bool], found: Sequence[str] = ()) -> None:
    """Mark for dropping the runs of two or more learned lines that the article's own text
    follows: a template block set inside the article (a paywall or newsletter box), wherever it
    stands. One recurring line inside the text (a standard disclaimer, a dateline's style) is the
    article's; a closing note, with nothing of the article after it, is judged by its zone. A run
    is read in the lines trafilatura found (`found`, the page's candidate lines) when given: the
    workers may have taken its learned labels ("Je m'abonne") out of the text already."""
    beside = _learned_beside(found, template)
    unique_after = [False] * (len(lines) + 1)
    for i, own in reversed(list(enumerate(unique_prose(lines, fps, template)))):
        unique_after[i] = unique_after[i + 1] or own
    i = 0
    while i < len(lines):
        if fps[i] not in remove:
            i += 1
            continue
        j = i
        while j < len(lines) and (fps[j] in remove or not lines[j]):
            j += 1
        run = [k for k in range(i, j) if lines[k]]
        if (len(run) >= 2 or (run and fps[run[0]] in beside)) and unique_after[j]:
            for k in run:
                drop[k] = True
        i = j


def _learned_beside(found: Sequence[str], template: frozenset[str]) -> frozenset[str]:
    """The learned lines of `found` that stand next to another learned line there."""
    fps = [line_fingerprint(line) if line else None for line in found]
    return frozenset(fp for i, fp in enumerate(fps) if fp in template and (
        (i > 0 and fps[i - 1] in template) or (i + 1 < len(fps) and fps[i + 1] in template)))


def record_counted(conn: psycopg.Connection[Any], site: str, article_key: str,
                   counted: dict[str, str]) -> None:
    """Store one article's counted lines (fingerprint -> line; idempotent per site, line and article)."""
    if not counted:
        return
    conn.execute(  # one statement per article, whatever its number of lines
        "INSERT INTO news.site_lines (site, fingerprint, article_key, sample) "
        "SELECT %s, f, %s, s FROM unnest(%s::text[], %s::text[]) AS u(f, s) ON CONFLICT DO NOTHING",
        (site, article_key, list(counted), [line[:200] for line in counted.values()]))


def record_lines(conn: psycopg.Connection[Any], site: str, article_key: str, body_lines: list[str]) -> None:
    """Count each line once for this article (idempotent per site, line and article)."""
    seen: dict[str, str] = {}
    for line in body_lines:
        if line:
            seen.setdefault(line_fingerprint(line), line)
    record_counted(conn, site, article_key, seen)


def strip_template(body: str, template: frozenset[str], remove: frozenset[str], *, title: str | None,
                   author: str | None, extra: dict[str, Any], common: frozenset[str] | None = None,
                   undone: list[dict[str, Any]] | None = None) -> tuple[str, list[Removal]]:
    """`strip_body` with the page's own article lines kept, then the line rules again on what is
    left: with the template gone, a byline or dateline under it is in the article's head, a
    sign-off or an author's bio above it in its tail. Returns the body and the removals.

    Held as the extractor's own rules are: lines that recur across a site's pages but would take
    more than half of a real body (a recipe section whose lists repeat from recipe to recipe) are
    the article's, not its template. Then nothing is removed, and the undoing is appended to
    `undone` ({rule, chars, layer: "site"}) so that it can be found and the learning fixed."""
    before = body
    body, removed = strip_body(body, template, remove, extra.get("article_lines") or (), common,
                               extra.get("heading_lines") or (), extra.get("linked_lines") or (),
                               extra.get("candidate_lines") or ())
    if not removed:
        return body, []
    taken = sum(len(line) for line in removed)
    if len(before) >= GUARD_MIN_CHARS and taken > RESCUE_SHARE * len(before):
        if undone is not None:
            undone.append({"rule": LEARNED_RULE, "chars": taken, "layer": "site"})
        return before, []
    authors = set(extra.get("authors") or ()) | author_names(author or "")
    lines, more = clean_lines(body.split("\n"), title, context=PageContext(
        titles=(title,) if title else (), authors=authors))
    return "\n".join(lines), [Removal(line, LEARNED_RULE) for line in removed] + more
