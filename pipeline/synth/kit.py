"""Helpers shared by the synthetic publisher family modules (`pipeline.synth.*_families`).

The family modules were written one after another, each copying what it needed from the one
before; the pieces they share live here. Each helper draws from a page's random number generator
exactly as the copies it replaced did, so every generated page is the same byte for byte.

Like the family modules, this one imports `pipeline.synth.publishers` at its end (that module
imports the family modules at its own end), so it can be imported first or from a family module;
a family module imports it with its own imports at its end, never at its top (that would import
`publishers`, and so the family module itself, before the family module's registries exist).
The grammar shared by Danish and Norwegian, `ScandinavianProse`, is in `pipeline.synth.prose`.
"""

from __future__ import annotations

import json
from collections.abc import Callable


def ascii_slugger(*table: tuple[str, str]) -> Callable[[str], str]:
    """A slug function that first makes the letters NFKD does not take apart ASCII (`_slug` keeps
    them: Turkish "ı", Polish "ł", German "ß" among them), replacing them in `table`'s order."""

    def aslug(text: str) -> str:
        for old, new in table:
            text = text.replace(old, new)
        return _slug(text)

    return aslug


# "ı", "ł" and "ß" (the cellar families' slugs, and those of the families after them)
_aslug = ascii_slugger(("ı", "i"), ("ł", "l"), ("ß", "ss"))


def _place(c: Ctx) -> str:
    """The place in the publisher's name (the longest of its language's place names in it)."""
    name = c.pub.name
    return max((p for p in places(c.pub.lang) if p in name), key=len, default=name.removeprefix("The "))


def _bare_place(c: Ctx) -> str:
    """The publisher's place name (its name without "The " and the paper word)."""
    bare = c.pub.name.removeprefix("The ")
    return bare.rsplit(" ", 1)[0] if " " in bare else bare


def _hex(r: random.Random, n: int = 24) -> str:
    return f"{r.getrandbits(4 * n):0{n}x}"


def _insert_after(body: list[str], para: str, inserts: list[tuple[int, str]], skip: str = "\0") -> list[str]:
    """`body` with each (n, html) placed after its n-th paragraph (items starting with `para`, not
    with `skip`; n clamped to the paragraphs there are), the paragraphs counted before any
    insertion; inserts at the same paragraph keep their order."""
    paras = [i for i, x in enumerate(body) if x.startswith(para) and not x.startswith(skip)]
    if not paras:
        return list(body)
    out = list(body)
    placed = sorted(
        ((paras[max(-len(paras), min(n, len(paras) - 1))], k, h) for k, (n, h) in enumerate(inserts)),
        key=lambda x: (-x[0], -x[1]),
    )
    for at, _, html in placed:
        out.insert(at + 1, html)
    return out


def _excerpt(story: Story, words: int, strip: str = ",;:.") -> str:
    """The first `words` words of a story's first paragraph (an index page's teaser text), without
    the punctuation in `strip` at its end."""
    first = next(t for tag, t in story.blocks if tag == "p")
    return " ".join(first.split()[:words]).rstrip(strip)


def _paragraph_words(story: Story) -> int:
    """The words of the body's lines of more than six words (its paragraphs and code blocks)."""
    return sum(_words(t) for _, t in story.blocks if _words(t) > 6)


def _long_lines(story: Story) -> int:
    """The body's lines of more than six words (what counts as its paragraphs)."""
    return sum(1 for _, t in story.blocks if _words(t) > 6)


def _trim(story: Story, limit: int = 900, keep: int = 1) -> None:
    """Drop trailing sentences of the longest paragraphs (not the first `keep`, not a fixed note
    with no sentences listed) until the body is within `limit` words."""
    while _paragraph_words(story) > limit:
        k = max(
            (i for i, sents in enumerate(story.sentences) if len(sents) > 1 and i >= keep),
            key=lambda i: len(story.sentences[i]),
        )
        story.sentences[k].pop()
        story.blocks[k] = ("p", " ".join(story.sentences[k]))


def _paras(story: Story) -> list[int]:
    """The indexes of the story's paragraph blocks."""
    return [i for i, (tag, _) in enumerate(story.blocks) if tag == "p"]


def _fill(story: Story, prose: Prose) -> None:
    """Add sentences to the last paragraph until the body has 250 words."""
    last = _paras(story)[-1]
    while _paragraph_words(story) < 250:
        story.sentences[last].append(prose.sentence())
        story.blocks[last] = ("p", " ".join(story.sentences[last]))


def _split_lead(c: Ctx, n: int) -> None:
    """Make the story's first `n` sentences a paragraph of their own (a dek, a spot), when the first
    paragraph has more and the body has room (it stays within 14 paragraphs); otherwise the whole
    first paragraph is the lead."""
    s = c.story
    paras = [i for i, (tag, _) in enumerate(s.blocks) if tag == "p"]
    first = s.sentences[0]
    if len(first) <= n or len(paras) >= 14:
        return
    s.blocks[0:1] = [("p", " ".join(first[:n])), ("p", " ".join(first[n:]))]
    s.sentences[0:1] = [first[:n], first[n:]]


def _two_subheadings(c: Ctx) -> None:
    """Two English subheadings, before the third paragraph and the last but one, for a story of five
    paragraphs or more that has none (a contents list repeats them)."""
    s = c.story
    paras = _paras(s)
    if len(paras) < 5 or len(paras) < len(s.blocks):
        return
    prose = prose_for("en", c.stable(f"heads-{s.title}"))
    first = prose.subheading()
    second = prose.subheading()
    while second == first:
        second = prose.subheading()
    for at, text in ((paras[-2], second), (paras[2], first)):
        s.blocks.insert(at, ("h2", text))
        s.sentences.insert(at, [])


def _share_bar(c: Ctx, cls: str) -> str:
    """The share bar: the label and a link a site, in a div of class `cls`."""
    label, sites = c.share()
    return _share_div(cls, label, sites)


def _share_div(cls: str, label: str, sites: list[str] | tuple[str, ...]) -> str:
    """A share bar of `label` and a link a site (`Ctx.share`'s pair), in a div of class `cls`."""
    return (
        f'<div class="{cls}"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in sites)
        + "</div>"
    )


def _footer_links(names: tuple[str, ...]) -> str:
    """A footer's list items, a link to "#" each (the names as they are, not escaped)."""
    return "\n".join(f'<li><a href="#">{x}</a></li>' for x in names)


def _ldjson(data: object) -> str:
    """A JSON-LD script element (non-ASCII letters as they are)."""
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _close_page(c: Ctx, lines: list[str], cls: str, button: str = "OK") -> str:
    """The page's end: the cookie notice, a div of class `cls` with its `button` (for a publisher
    that shows one), then the closing body and html tags; the page's lines joined."""
    if c.has("cookie"):
        lines.append(f'<div class="{cls}"><p>{esc(c.text("cookie"))}</p><button>{button}</button></div>')
    lines += ["</body>", "</html>"]
    return _j(lines)


def _page_rng(c: Ctx, key: str) -> random.Random:
    """A generator for the page's own choices, the same whichever page of the site renders first."""
    return c.stable(f"{key}-{c.story.title}")


def _links(stories: list[Story], item: str = "<li>{}</li>") -> str:
    """Links to stories (their headlines recorded by the caller), each in `item` (one "{}")."""
    return "\n".join(item.format(f'<a href="{esc(o.path)}">{esc(o.title)}</a>') for o in stories)


def _snip_titles(c: Ctx, stories: list[Story]) -> list[Story]:
    """Record the stories' headlines as snippets; the stories."""
    for o in stories:
        c.snip(o.title)
    return stories


def _slugged(latin: str, limit: int = 60) -> str:
    """An ASCII URL slug of romanised text (within `limit` characters, whole words)."""
    slug = _slug("".join(ch for ch in latin if ch.isascii()))
    return slug if len(slug) <= limit else slug[:limit].rsplit("-", 1)[0]


def _end_page(c: Ctx, lines: list[str], cls: str, button: str) -> str:
    """`_close_page`, then the boilerplate snippets the body holds dropped (`_drop_in_body`)."""
    html = _close_page(c, lines, cls, button)
    _drop_in_body(c)
    return html


def _other_sentences(c: Ctx, prose: Prose, n: int) -> str:
    """`n` sentences of the grammar not in the body (a standfirst: neither body nor boilerplate)."""
    body = c.story.body()
    out: list[str] = []
    while len(out) < n:
        x = prose.sentence()
        if x not in body and x not in out:
            out.append(x)
    return " ".join(out)


def _listify(c: Ctx, key: str) -> None:
    """Make the sentences of one middle paragraph (three or four, each of more than six words) list
    items (tag "li"), chosen with `_page_rng(c, key)`, for a body of 5-11 paragraphs (it stays
    within 14 lines)."""
    s = c.story
    paras = _paras(s)
    if not 5 <= len(paras) <= 11:
        return
    fits = [i for i in paras[1:-1] if 3 <= len(s.sentences[i]) <= 4 and min(map(_words, s.sentences[i])) > 6]
    if fits:
        at = _page_rng(c, key).choice(fits)
        items = s.sentences[at]
        s.blocks[at : at + 1] = [("li", x) for x in items]
        s.sentences[at : at + 1] = [[x] for x in items]


def _drop_in_body(c: Ctx) -> None:
    """Drop every boilerplate snippet that the body holds once both are lower-cased and
    whitespace-normalised."""
    body = " ".join(c.story.body().lower().split())
    c.bp[:] = [x for x in c.bp if " ".join(x.lower().split()) not in body]


def _en_date(dt: datetime) -> str:
    """ "March 7, 2026"."""
    return f"{MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year}"


def _list_run(c: Ctx, key: str) -> int | None:
    """Set one middle paragraph of two to four sentences, each of more than six words, as a list (one
    "li" block per sentence), chosen with a generator stable for the publisher and `key`, when the
    body keeps within 14 lines of more than six words; the index of its first item, or None. (The
    holt families and tor's longread-magazine use it.)"""
    s = c.story
    paras = _paras(s)
    cands = [
        i for i in paras[1:-1] if 2 <= len(s.sentences[i]) <= 4 and all(_words(x) > 6 for x in s.sentences[i])
    ]
    if not cands:
        return None
    at = c.stable(f"{key}-{s.title}").choice(cands)
    sents = s.sentences[at]
    if _long_lines(s) + len(sents) - 1 > 14:
        return None
    s.blocks[at : at + 1] = [("li", x) for x in sents]
    s.sentences[at : at + 1] = [[x] for x in sents]
    return at


def _story_html(c: Ctx, p: Callable[[str], str], heading: Callable[[str, str], str],
                quote: Callable[[str], str], items: Callable[[list[str]], str]) -> list[str]:
    """The story's blocks as HTML: a paragraph's inline HTML (`Ctx.inline`) through `p`, a heading's
    tag and escaped text through `heading`, a quote's escaped text through `quote`, each run of list
    items (escaped) through `items`. (The holt and mere families use it.)"""
    out: list[str] = []
    run: list[str] = []
    for tag, text in [*c.story.blocks, ("", "")]:
        if tag != "li" and run:
            out.append(items(run))
            run = []
        if tag == "p":
            out.append(p(c.inline(text)))
        elif tag == "li":
            run.append(esc(text))
        elif tag == "quote":
            out.append(quote(esc(text)))
        elif tag in ("h2", "h3"):
            out.append(heading(tag, esc(text)))
    return out


def _retitle(c: Ctx, make: Callable[[Ctx, int, int], tuple[str, Any]]) -> Any:
    """Give every story of the publisher the headline `make(c, k, attempt)` draws for it (k: its
    place in the publisher's list; another attempt while the headline is taken), the same on every
    call; the plan `make` returns with it for the page's own story."""
    used: set[str] = set()
    mine: Any = None
    for k, story in enumerate(c.others):
        attempt = 0
        title, plan = make(c, k, attempt)
        while title in used:
            attempt += 1
            title, plan = make(c, k, attempt)
        used.add(title)
        story.title = title
        if story is c.story:
            mine = plan
    return mine


def _set_body(s: Story, blocks: list[tuple[str, str]]) -> None:
    """The story's body: `blocks` ((tag, text), headings "h2"/"h3" without sentences). (The rill and
    gill families use it.)"""
    s.blocks[:] = [(tag, " ".join(text.split())) for tag, text in blocks]
    s.sentences[:] = [[] if tag in ("h2", "h3") else [text] for tag, text in s.blocks]


def register_language(lang: str, *, first_names: tuple[str, ...], surnames: tuple[str, ...],
                      prose: type[Prose], ui: dict[str, tuple[str, ...]], months: tuple[str, ...],
                      zones: tuple[str, ...],
                      place_forms: tuple[tuple[str, ...], tuple[str, ...]] | None = None,
                      romanizer: Callable[[str], str | None] | None = None) -> None:
    """A family module's language joins the shared registries, under its new key only (a key already
    there keeps its value): names, place forms, the grammar, the interface words, months and zones;
    and a `romanizer` (Latin letters for its site names, None for any other text), for a language
    whose site names need one for their host names (added once)."""
    from pipeline.synth import prose as _prose
    from pipeline.synth import publishers as _publishers

    _prose.FIRST_NAMES.setdefault(lang, first_names)
    _prose.SURNAMES.setdefault(lang, surnames)
    if place_forms is not None:
        _prose._PLACE_FORMS.setdefault(lang, place_forms)
    _prose._PROSE.setdefault(lang, prose)
    _publishers.UI.setdefault(lang, ui)
    _publishers.MONTHS.setdefault(lang, months)
    _publishers.ZONES.setdefault(lang, zones)
    if romanizer is not None and romanizer not in _prose.ROMANIZERS:
        _prose.ROMANIZERS.append(romanizer)


import random  # noqa: E402
from datetime import datetime  # noqa: E402
from typing import Any  # noqa: E402

from pipeline.synth.prose import Prose, places, prose_for  # noqa: E402
from pipeline.synth.publishers import MONTHS, Ctx, Story, _j, _slug, _words, esc  # noqa: E402
