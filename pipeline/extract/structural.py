"""Structural boilerplate removal on the parsed page, before trafilatura: blocks found by markup and shape.

One bottom-up pass measures every element (text, linked text, links, prose runs, linked headings,
form fields); one top-down pass then drops the outermost block that a rule names. Every dropped
block is recorded line by line as Removal(text, "structural:<rule>").
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeGuard
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from pipeline.extract.lines import (
    BY_LEAD,
    BYLINE_MAX_CHARS,
    PICTURE_WORDS,
    SENTENCE_END_RE,
    TEASER_LABEL_WORDS,
    is_byline,
    is_headline_text,
    word_count,
)
from pipeline.models import Removal

# Containers that can hold a related/most-read/newsletter/share block.
BLOCK_TAGS = frozenset({"div", "section", "aside", "ul", "ol", "nav", "footer", "table", "header", "form",
                        "dl", "menu", "figure", "article", "li", "p", "span", "h2", "h3", "h4", "h5", "h6",
                        "dialog"})
LIST_TAGS = frozenset({"div", "section", "aside", "ul", "ol", "nav", "footer", "table", "dl", "menu"})
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
HEADINGS = ("h1", *sorted(HEADING_TAGS))  # every heading, the headline's too
HEADLINE_HOLDERS = HEADING_TAGS | {"div", "p", "li", "td", "dt", "dd", "span", "strong", "b"}
LINK_WRAPPERS = frozenset({"a", "strong", "b", "span", "h2", "h3", "h4"})
CARD_BLOCKS = ("p", "div", "h2", "h3", "h4", "h5", "h6", "ul", "li")  # block content inside a link: a card
INLINE_LIST_TAGS = frozenset({"p", "span", "strong", "b", "em", "small", "font", "dd", "td"})
FIELD_TAGS = frozenset({"input", "textarea", "select"})
MIN_LINKS = 3
LINK_DENSITY = 0.7  # share of the block's text inside <a>
INLINE_LINK_DENSITY = 0.9  # the same for a paragraph or an inline element
MAX_PROSE_CHARS = 120  # a block holding a longer run of plain (non-link) text is prose, not a list
LAYOUT_PROSE_CHARS = 300  # a table holding a run of text this long is page layout, not data
CARD_MAX_CHARS = 320  # a teaser card: a linked headline and at most a sentence or two under it
CARD_PROSE_CHARS = 150
EXCERPT_CARD_MAX_CHARS = 600  # a teaser card whose blurb is an excerpt cut short: at most this long
EXCERPT_END_RE = re.compile(r"\w[,;]?\s?(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$")
CARD_LINK_DENSITY = 0.25
FORM_MAX_CHARS = 400  # a sign-up/comment form: a few labels and prompts
CTA_TAGS = frozenset({"div", "aside", "section"})
CTA_MAX_CHARS = 250  # a call-to-action box: a one-sentence heading and its buttons
MIN_ALT_WORDS = 3  # an image description long enough that a repeat of it is a caption
SLUG_MIN_PARTS = 6  # an id of this many hyphenated words is a slug of text, not a name
MAX_LABEL_WORDS = 6  # a heading this short above a link list labels the list
RUN_HEADINGS = frozenset({"p", "div", "h2", "h3", "h4", "h5", "h6"})  # a related block's label
RUN_ITEMS = frozenset({"p", "div", "h3", "h4", "h5", "h6", "li"})  # its items: one link each
SPREAD_SHARE = 0.6  # the innermost block with this share of the page's paragraph prose holds the article
LINK_ITEM_SHARE = 0.9  # an item's text inside its one link
ARTICLE_BLOCKS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "blockquote"})  # the container's own text
# a <div> holding none of these, and this much unlinked text, is a paragraph
PARAGRAPH_BREAKERS = BLOCK_TAGS - {"span"} | {"h1", "blockquote", "pre", "main", "address"}
DIV_PARAGRAPH_CHARS = 100
# the article's lead, right before its container: only these stand between them; its size
LEAD_SKIP_TAGS = frozenset({"figure", "picture", "img", "script", "style", "noscript", "template"})
LEAD_META_CHARS = 160  # … and at most two blocks this short with no sentence: a byline, a date line
LEAD_MAX_ELEMENTS = 12
PHOTO_BLOCK_ELEMENTS = 6  # a <div> of one image and a caption: at most this many elements …
PHOTO_CAPTION_CHARS = 250  # … and this much text, with a photo credit in it
PHOTO_CREDIT_RE = re.compile(rf"©|\b(?:{PICTURE_WORDS}|ảnh)s?\s*(?::|/|by\b)"
                             r"|(?:写真|撮影|画像|摄影|图片|圖片|사진|ภาพ|ဓာတ်ပုံ|រូបភាព|ფოტო|ፎቶ|"
                             r"צילום|عکس|صورة|تصوير|فوٹو|फोटो|फ़ोटो|ছবি|படம்|ඡායාරූපය)\s*[:：=＝/]|[摄攝]\s*[)）]"
                             r"|\bpicha\s*:", re.I)
LEAD_MIN_CHARS = 80
SOURCE_NOTE_CHARS = 80  # a source line closing the text in italics: at most this long
LABELLED_LINK_CHARS = 250  # a paragraph of a label and one linked headline: at most this long
LABEL_TAGS = frozenset({"strong", "b", "em", "i", "span"})  # the inline elements that set a label apart
KEY_POINTS_LABEL_WORDS = 4  # a key-points box over the text: a label of at most this many words …
KEY_POINTS_MIN, KEY_POINTS_MAX = 2, 8  # … over this many points …
KEY_POINT_MAX_CHARS = 300  # … each a sentence of at most this length
NAMED_LEAD_MIN_CHARS = 20  # a header's paragraph named as the lead: one short sentence will do
LEAD_NAME_RE = re.compile(
    r"(?:^|[\s_-])(?:lead|lede|intro|chapo|chapeau|standfirst|dek|deck|summary|spot|manchet|ingress|perex|opener)"
    r"(?:$|[\s_-])", re.I)
# two of an article's parts (sibling blocks of one tag and class) hold this many paragraphs and characters
PART_MIN_PARAGRAPHS = 2
PART_MIN_CHARS = 400
DIV_PAGE_RATIO = 2  # the <div> paragraphs count when they hold more than this times the <p>s' text
DIV_PAGE_MIN_CHARS = 500  # … and more than this: a page's few blurbs in <div>s are not an article
HEADLINE_BLOCKS = frozenset({"div", "section"})
HEADLINE_BLOCK_CHARS = 250  # the text of a headline's block besides the headline: kicker, byline, date
DIALOG_ROLES = frozenset({"dialog", "alertdialog"})  # ARIA's roles of a window over the page
NAMED_MAX_SHARE = 0.3  # a named block or teaser list is dropped only if it holds < 30 % of the page text

NOTE_BACK_RE = re.compile(r"^(?:[↩↑⤴⮐^]\ufe0e?|back)$", re.I)  # a note's link back to the text
NOTE_NUMBER_RE = re.compile(r"^\[?\d{1,3}\]?$")  # a note's number in the text
EMBED_RE = re.compile(r"embed|tweet|twitter|instagram|tiktok|facebook|bluesky|mastodon|threads", re.I)
HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# class/id names of blocks that are never article text (token at a -, _ or space boundary)
_NAMED_PARTS = (
    r"(?:newsletter|signup|promo|related|recommend|popular|trending|advert|outbrain|paywall|"
    r"taboola|disqus|rollover|tooltip|popover|hovercard|breadcrumb|print-|caption)"  # stems: any ending
    r"|(?:subscribe|subscription|sign-up|most-read|share|sharing|social|reprints?|tools|toolbar|tags|"
    r"tag-list|labels|notification|cookie|consent|scrim|modal|sr-only|visually-hidden|screen-reader|"
    r"byline|author-bio|bio|comments?|guestbook|condolences?|polls?|quiz|sponsored|ads?|footer|btn|button|credits?)"
    r"(?:$|[\s_-])")  # words
NAMED_RE = re.compile(
    rf"(?:^|[\s_-])(?:{_NAMED_PARTS}"
    # not Bootstrap's responsive hidden-xs, nor Foundation's grid columns small-12, nor Drupal's
    # field--label-hidden (on every field whose label is not shown: the article's body too)
    r"|(?<!label-)(?<!label--)(?<!label_)(?<!overflow-)(?<!-x-)(?<!-y-)(?:hidden|hide)(?:$|\s)"
    r"|(?<![\w-])small(?:$|\s)"
    r")", re.I)
# the same parts inside a name in camel case (ASP.NET's "ctl00_Main_gvComments", "RelatedStories"),
# read once its words are set apart; not "hidden" nor "small" there (a responsive "isHiddenOnMobile")
NAMED_CAMEL_RE = re.compile(rf"(?:^|[\s_-])(?:{_NAMED_PARTS})", re.I)
CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
WORD_RE = re.compile(r"\w")
CODE_TAGS = frozenset({"pre", "code"})
# the inline elements of running text (a <div> holding only these and text is one paragraph)
PROSE_INLINE_TAGS = frozenset({"a", "span", "em", "i", "b", "strong", "u", "abbr", "cite", "q", "sup", "sub",
                               "mark", "time", "s", "code", "small"})
SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})


class _Stats:
    """Sizes of an element's subtree (characters are of stripped text runs)."""

    __slots__ = ("size", "text", "linked", "links", "prose", "linked_headings", "fields", "h1s", "paras",
                 "ptext", "dtext", "divp")

    def __init__(self) -> None:
        self.size = 1  # elements in the subtree, itself included
        self.text = 0
        self.linked = 0
        self.links = 0
        self.prose = 0  # longest run of plain text directly in one element (not in a link)
        self.linked_headings = 0
        self.fields = 0
        self.h1s = 0
        self.paras = 0
        self.ptext = 0  # text of the paragraphs in the subtree that are not mostly links
        self.dtext = 0  # the same for the <div>s that are paragraphs (prose, no block inside)
        self.divp = False  # a <div> that is a paragraph


def _measure(elements: list[lxml_html.HtmlElement]) -> dict[lxml_html.HtmlElement, _Stats]:
    """Per-element subtree sizes, children before parents (elements in document order)."""
    stats: dict[lxml_html.HtmlElement, _Stats] = {}
    for el in reversed(elements):
        s = _Stats()
        if el.tag in SKIP_TAGS:
            s.size += sum(1 for _ in el.iterdescendants(etree.Element))
            stats[el] = s
            continue
        own = _length(el.text) if el.text else 0
        blocks = False
        for child in el:
            blocks = blocks or child.tag in PARAGRAPH_BREAKERS
            c = stats.get(child)
            if c is not None:
                s.size += c.size
                s.text += c.text
                s.linked += c.linked
                s.links += c.links
                s.linked_headings += c.linked_headings
                s.fields += c.fields
                s.h1s += c.h1s
                s.paras += c.paras
                s.ptext += c.ptext
                s.dtext += c.dtext
                if c.prose > s.prose:
                    s.prose = c.prose
            if child.tail:
                own += _length(child.tail)
        s.text += own
        tag = el.tag
        if tag == "a":
            s.linked = s.text
            s.links += 1
        else:
            if own > s.prose:
                s.prose = own
            if not s.linked_headings and tag in HEADLINE_HOLDERS and _is_linked_headline(el, s):
                s.linked_headings = 1
            elif tag == "h1":
                s.h1s += 1
            elif tag == "p":
                s.paras += 1
                if s.linked < 0.5 * s.text:
                    s.ptext = s.text - s.linked
            elif tag == "div" and not blocks and s.text - s.linked >= DIV_PARAGRAPH_CHARS \
                    and s.linked < 0.5 * s.text:
                s.divp = True
                s.dtext = s.text - s.linked
            elif tag in FIELD_TAGS and el.get("type", "text").lower() not in ("hidden", "submit"):
                s.fields += 1
            if s.dtext and _is_hidden(el):
                s.dtext = 0  # a hidden copy of the text (schema.org markup) is not the page's paragraphs
        stats[el] = s
    return stats


def _is_hidden(el: lxml_html.HtmlElement) -> bool:
    """Is the element hidden by its `hidden` attribute or its inline style?"""
    style = el.get("style")
    return el.get("hidden") is not None or bool(style and HIDDEN_STYLE_RE.search(style))


def _div_paragraphs(stats: Stats, body: lxml_html.HtmlElement) -> bool:
    """On a page set in <div>s (no <p>, or few), its <div>s of prose are its paragraphs: their text
    counts in `ptext`, as the <p>s' does. Whether the page is so set."""
    page = stats[body]
    if page.dtext <= max(DIV_PAGE_RATIO * page.ptext, DIV_PAGE_MIN_CHARS):
        return False
    for s in stats.values():
        s.ptext += s.dtext
    return True


def _length(text: str) -> int:
    """Length of a text run, stripped; separators between links (", ", " | ", " · ") count as nothing."""
    text = text.strip()
    return len(text) if len(text) > 2 or WORD_RE.search(text) else 0


def _is_linked_headline(el: lxml_html.HtmlElement, s: _Stats) -> bool:
    """A heading made of a link, or a block that is one link of several words (a teaser's headline)."""
    if not s.text or el.tag not in HEADLINE_HOLDERS:
        return False
    if el.tag in HEADING_TAGS:
        return s.linked >= 0.8 * s.text
    if s.links != 1 or s.linked < 20 or s.text > CARD_MAX_CHARS or (el.text and el.text.strip()):
        return False
    # the block opens with its one link (a headline of 4+ words); a short blurb may follow
    first = next((c for c in el if isinstance(c.tag, str) and c.tag not in SKIP_TAGS and c.tag != "img"),
                 None)
    return first is not None and first.tag in LINK_WRAPPERS and next(first.iter("a"), None) is not None \
        and _words(first) >= 4


def _unless_slug(name: str) -> str:
    """An id, or nothing when it is a slug of text: an anchor made from a heading
    ("1-heading-how-popular-are-meditation-and-mindfulness") names the heading, not the block."""
    return "" if name.count("-") >= SLUG_MIN_PARTS - 1 else name


def _offsite_links(el: lxml_html.HtmlElement, url: str | None) -> bool:
    """Do most of a block's links lead to other sites? Teasers promote the site's own articles;
    a list of links elsewhere inside an article (sources, changes, references) is its text."""
    if not url:
        return False
    hrefs = [h for h in (a.get("href") for a in el.iter("a")) if _leads_away(h)]
    return 2 * sum(same_site(h, url) for h in hrefs) < len(hrefs)


def _cta_box(el: lxml_html.HtmlElement, s: _Stats) -> bool:
    """A call to action: one heading that is a sentence ("Get unlimited access for $1 a week.",
    "Sign up for our newsletter!") and its buttons, nothing else. An article's subheading is a
    title, not a sentence, and paragraphs follow it."""
    headings = list(el.iter(*HEADING_TAGS))
    if len(headings) != 1:
        return False
    text = " ".join(headings[0].text_content().split())
    return text[-1:] in STATEMENT_ENDS and len(text) + s.linked >= 0.9 * s.text


def _button_prompt(el: lxml_html.HtmlElement) -> bool:
    """A prompt and its button: a box of exactly one paragraph that is a sentence and one
    <button>, or one link set as a button ("Find out what's happening in … with free, real-time
    updates." + "Let's go!"; "Help us protect … Your gift today makes a real difference." + a
    `class="button"` "Donate now")."""
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) != 2 or children[0].tag != "p" or len(children[0]) or not (
            children[1].tag == "button" or (children[1].tag == "a" and _is_link_button(children[1]))):
        return False
    text = " ".join((children[0].text or "").split())
    return text[-1:] in STATEMENT_ENDS and word_count(text) >= 6


def _is_link_button(a: lxml_html.HtmlElement) -> bool:
    """A link set as a button: named so ("button", "btn"), of a few words."""
    text = " ".join(a.text_content().split())
    return bool(BUTTON_NAME_RE.search(a.get("class") or "")) and 0 < word_count(text) <= 4


# a sentence that states or calls, in any script (not a question, not a title)
STATEMENT_ENDS = frozenset(".!。！।॥۔።။។։")
BUTTON_NAME_RE = re.compile(r"(?:^|[\s_-])(?:button|btn|cta)(?:$|[\s_-])", re.I)


@functools.lru_cache(maxsize=8192)
def _names_boilerplate(name: str) -> bool:
    """Does a block's class and id name boilerplate? (Cached: a page's blocks share a few names,
    and a site's pages share them all.)"""
    return NAMED_RE.search(name) is not None or _names_in_camel_case(name)


def _names_in_camel_case(name: str) -> bool:
    """Does a name in camel case name boilerplate once its words are set apart ("gvComments")?
    Without a camel-case boundary there is nothing NAMED_RE has not read already."""
    apart = CAMEL_RE.sub(" ", name)
    return apart != name and NAMED_CAMEL_RE.search(apart) is not None


def _excerpt_texts(el: lxml_html.HtmlElement) -> Iterator[str]:
    """The texts of the paragraphs under the block that are excerpts: prose cut short with an ellipsis."""
    return (p.text or "" for p in el.iter("p", "div") if len(p) == 0 and EXCERPT_END_RE.search(p.text or ""))


def _excerpts(el: lxml_html.HtmlElement) -> int:
    """How many paragraphs under the block are excerpts."""
    return sum(1 for _ in _excerpt_texts(el))


def _excerpt_card(el: lxml_html.HtmlElement, url: str | None) -> bool:
    """One teaser card: every link leads to one other page of the site (the headline's, the
    picture's), and a paragraph of it is an excerpt of EXCERPT_MIN_WORDS words or more cut short.
    (A forum quote's "Click to expand..." under its "X said:" link is no excerpt.)"""
    hrefs = {a.get("href") for a in el.iter("a")}
    if len(hrefs) != 1 or _offsite_links(el, url):
        return False
    return any(word_count(text) >= EXCERPT_MIN_WORDS for text in _excerpt_texts(el))


EXCERPT_MIN_WORDS = 8


def _words(el: lxml_html.HtmlElement) -> int:
    return word_count(el.text_content())


def _rule(el: lxml_html.HtmlElement, s: _Stats, page_text: int, deks: set[lxml_html.HtmlElement],
          url: str | None = None) -> str | None:
    """The structural rule that names this element as boilerplate, or None."""
    if el in deks:
        return "dek"
    if _is_hidden(el):
        return "hidden"
    tag = el.tag
    if tag == "span" and "editsection" in (el.get("class") or ""):
        return "edit-link"  # a wiki's "[edit]" beside each of its headings (MediaWiki's mw-editsection)
    if tag == "small":
        return "small-print"  # HTML's side comments: datelines, credits, legal notes, "Cancel reply"
    if tag == "figcaption" or _repeats_image_alt(el) or _photo_block(el, s):
        return "caption"
    if tag == "p" and s.text <= SOURCE_NOTE_CHARS and _source_note(el):
        return "source-note"
    if tag == "p" and s.links == 1 and s.text <= LABELLED_LINK_CHARS and _labelled_link(el, url):
        return "inline-teaser"
    if tag == "p" and s.links >= 2 and s.text <= LABELLED_LINK_CHARS and _labelled_topics(el, url):
        return "link-list"  # "See more on: Education, City Council", the topics' pages of the site
    if tag in FIGURE_NOTE_TAGS and s.text <= PHOTO_CAPTION_CHARS and _figure_note(el):
        return "caption"
    if tag == "a" and s.size > 1 and s.text and next(el.iter(*CARD_BLOCKS), None) is not None:
        return "linked-card"
    if tag in INLINE_LIST_TAGS and tag not in BLOCK_TAGS:
        if s.links >= MIN_LINKS and s.linked >= INLINE_LINK_DENSITY * s.text:
            return "link-list"
        return None
    if tag not in BLOCK_TAGS:
        return None
    if tag == "header" and s.h1s and s.text < NAMED_MAX_SHARE * page_text:
        return "article-header"  # headline, standfirst, byline, date: never body text
    if tag in HEADLINE_BLOCKS and s.h1s == 1 and not (s.ptext or s.dtext) \
            and s.text < NAMED_MAX_SHARE * page_text and _headline_block(el, s):
        return "headline-block"  # the same without <header>: a kicker, the headline, byline and date
    if (tag == "dialog" or el.get("role") in DIALOG_ROLES or el.get("aria-modal") == "true") \
            and s.text < NAMED_MAX_SHARE * page_text:
        return "dialog"  # a modal over the page: a consent banner, a sign-up or "republish" box
    name = f"{el.get('class', '')} {_unless_slug(el.get('id', ''))}"
    if name != " " and s.text < NAMED_MAX_SHARE * page_text and _names_boilerplate(name):
        return "named-block"
    if tag in LIST_TAGS:
        if s.links >= MIN_LINKS and s.prose <= MAX_PROSE_CHARS and s.linked >= LINK_DENSITY * s.text:
            return "link-list"
        # teaser cards: linked headlines, each with at most a short blurb under it
        if (s.linked_headings >= 2 and s.prose <= CARD_PROSE_CHARS and s.linked >= CARD_LINK_DENSITY * s.text
                and s.text <= s.linked_headings * CARD_MAX_CHARS and s.text < NAMED_MAX_SHARE * page_text
                and not _offsite_links(el, url)):
            return "teaser-list"
        # the same with longer blurbs, cut short as excerpts are ("…", "[…]", "...")
        if (s.linked_headings >= 2 and s.text <= s.linked_headings * EXCERPT_CARD_MAX_CHARS
                and s.text < NAMED_MAX_SHARE * page_text and not _offsite_links(el, url)
                and 2 * _excerpts(el) >= s.linked_headings):
            return "teaser-list"
        if s.linked_headings == 1 and s.text <= EXCERPT_CARD_MAX_CHARS and _excerpt_card(el, url):
            return "teaser-list"  # one such card alone, set amid the text ("Recommended")
    elif tag in INLINE_LIST_TAGS and s.links >= MIN_LINKS and s.linked >= INLINE_LINK_DENSITY * s.text:
        return "link-list"  # a paragraph of nothing but links: tags, "see also" headlines
    if s.fields and s.text <= FORM_MAX_CHARS and s.prose <= 2 * MAX_PROSE_CHARS:
        return "form"
    if tag in CTA_TAGS and s.text <= CTA_MAX_CHARS and (
            (s.links and not (s.paras or s.dtext) and _cta_box(el, s)) or _button_prompt(el)):
        return "call-to-action"
    return None


@dataclass
class TreeCleaning:
    """What the structural layer did to a page: its removals, and how much prose the page holds."""

    removed: list[Removal] = field(default_factory=list)
    prose: int = 0  # characters of prose the page holds (its paragraphs, or its longest flat text)
    main: int = 0  # characters of prose in the article's own container (its paragraphs or flat text)
    removed_prose: Counter[str] = field(default_factory=Counter)  # rule -> unlinked characters dropped
    kept: Counter[str] = field(default_factory=Counter)  # rule -> blocks a rule named but a guard kept
    article_paragraphs: list[str] = field(default_factory=list)  # the container's paragraphs and subheadings
    frame: lxml_html.HtmlElement | None = None  # the block holding the article (spread or dense)
    page_text: int = 0  # characters of text on the page
    frame_text: int = 0  # characters of text in the frame (prose, lists, tables and all)
    frame_linked: int = 0  # characters of that text inside links
    kin: int = 0  # unlinked text in other blocks of the container's tag and class, outside it and the frame
    # the texts of the <div> paragraphs left that hold links or other inline elements, whitespace-
    # normalised, by their text without whitespace: trafilatura reads such a <div> as several lines
    div_paragraphs: dict[str, str] = field(default_factory=dict)

    @property
    def frame_share(self) -> float:
        """The share of the page's text in the frame."""
        return self.frame_text / self.page_text if self.page_text else 0.0

    @property
    def removed_prose_chars(self) -> int:
        """Unlinked characters the rules dropped, all rules together."""
        return sum(self.removed_prose.values())


def strip_structural(tree: lxml_html.HtmlElement) -> list[Removal]:
    """Remove blocks that are boilerplate by markup or shape from a parsed page; return the removals."""
    return clean_tree(tree).removed


def clean_tree(tree: lxml_html.HtmlElement,
               keep: Callable[[lxml_html.HtmlElement], bool] | None = None,
               url: str | None = None) -> TreeCleaning:
    """Remove blocks that are boilerplate by markup or shape from a parsed page.

    No rule drops the article's own container: the block holding most of the page's paragraph
    text, an `itemprop=articleBody` block, or any block around them. `keep` can protect more
    blocks (the safety net passes the blocks that hold text trafilatura alone found)."""
    out = TreeCleaning()
    body = tree.find("body")
    if body is None:
        return out
    paragraphs_from_breaks(body)
    elements = list(body.iter(etree.Element))
    stats = _measure(elements)
    divs = _div_paragraphs(stats, body)
    page_text = out.page_text = stats[body].text
    protected, main, container, out.frame = _article_containers(elements, stats, divs)
    if out.frame is not None and page_text:
        out.frame_text = stats[out.frame].text
        out.frame_linked = stats[out.frame].linked
    if container is not None:
        out.article_paragraphs = _own_paragraphs(container, stats)
        out.kin = _kin_text(container, out.frame, elements, stats)
    longest = max((s.prose for s in stats.values()), default=0)
    out.prose, out.main = max(stats[body].ptext, longest), max(main, longest)
    deks: set[lxml_html.HtmlElement] = set()
    leads: list[lxml_html.HtmlElement] = []  # the article header's lead paragraphs, kept
    i = 1
    while i < len(elements):
        el = elements[i]
        s = stats[el]
        if el.tag in CODE_TAGS:  # code as it stands: its highlighter's spans ("hljs-comment") name nothing
            i += s.size
            continue
        rule = _rule(el, s, page_text, deks, url)
        if rule is not None and (el in protected or (keep is not None and keep(el))):
            out.kept[rule] += 1
            rule = None
        if rule is None and el.tag in RUN_HEADINGS and el not in protected:
            run = _related_run(el, stats, url)
            if run and not (keep is not None and any(keep(x) for x in run)):
                for x in run:
                    out.removed_prose["related-run"] += stats[x].text - stats[x].linked
                    out.removed.extend(Removal(t, "structural:related-run") for t in _text_lines(x))
                    _drop(x)
                i += sum(stats[x].size for x in run)  # the run's siblings follow the label's subtree
                continue
        if rule is None:
            if el.tag == "h1":
                dek = _dek_of(el, stats)
                if dek is not None and SENTENCE_END_RE.search(" ".join(dek.text_content().split())):
                    leads.append(dek)  # a sentence, the story's opening: its lead, set as a heading
                elif dek is not None:
                    deks.add(dek)
            elif el.tag == "table" and (s.h1s or s.paras >= 2 or s.prose >= LAYOUT_PROSE_CHARS):
                _unwrap_layout_table(el)
            i += 1
            continue
        if rule in ("article-header", "headline-block"):
            _drop_around_h1(el, stats, out.removed, f"structural:{rule}", leads)
        else:
            if rule in ("link-list", "teaser-list"):
                _drop_list_heading(el, out.removed)
            out.removed_prose[rule] += s.text - s.linked
            out.removed.extend(Removal(t, f"structural:{rule}") for t in _text_lines(el))
            _drop(el)
        i += s.size  # its descendants follow it in document order: skip them
    for el in body.iter("div"):
        if len(el) and el in stats and stats[el].divp and all(c.tag in PROSE_INLINE_TAGS for c in el):
            text = " ".join(el.text_content().split())
            if SENTENCE_END_RE.search(text):
                out.div_paragraphs["".join(text.split())] = text
    if container is not None:
        joined = _join_parts(container, stats)
        _take_key_points(joined, stats)
        _take_lead(joined, stats)
        for lead in reversed(leads):  # the header's lead opens the text
            if lead not in joined.iterancestors():
                joined.insert(0, lead)
    _quotation_figures(body)
    _drop_note_marks(body)
    return out


def _drop_note_marks(body: lxml_html.HtmlElement) -> None:
    """Drop the marks that tie notes to the text, keeping the text around them: a note's number
    in the text (a superscript link to an anchor on the page) and the note's way back ("↩︎", "↑").
    The number glued to a word is noise in plain text, and trafilatura drops the notes themselves
    for their back-links."""
    for a in list(body.iter("a")):
        href = a.get("href") or ""
        if not href.startswith("#") or a.getparent() is None:
            continue
        text = (a.text_content() or "").strip()
        parent = a.getparent()
        if NOTE_BACK_RE.match(text):
            a.drop_tree()
        elif NOTE_NUMBER_RE.match(text) and parent.tag == "sup" and len(parent) == 1 \
                and not (parent.text or "").strip():
            parent.drop_tree()


def _quotation_figures(body: lxml_html.HtmlElement) -> None:
    """A quotation set as a <figure> (its source as the caption) is text: trafilatura drops a
    figure, quotation and all, so it becomes a <div>. Not an embedded post (a figure or quotation
    named for an embed or a social network), nor a pull quote (its text stands in the article too)."""
    quotes = [(f, q) for f in body.iter("figure") for q in f.iter("blockquote")
              if not EMBED_RE.search(f"{f.get('class', '')} {q.get('class', '')}")]
    if not quotes:
        return
    page = " ".join(body.text_content().split())
    for figure, quote in quotes:
        text = " ".join(quote.text_content().split())
        if text and page.count(text) == 1:
            figure.tag = "div"


def _take_key_points(container: lxml_html.HtmlElement, stats: Stats) -> None:
    """Move the article's key points into its container: a box standing right before it (a photo
    between them at most) of one short label ("Key takeaways", "Kortliks") and one list of 2 to 8
    sentences, hardly linked. They are the story's own summary, which trafilatura, framed by the
    container, leaves out; the label stays out."""
    prev = container.getprevious()
    while prev is not None and (not isinstance(prev.tag, str) or prev.tag in LEAD_SKIP_TAGS):
        prev = prev.getprevious()
    if prev is None or prev.tag not in ("div", "aside", "section") or prev not in stats:
        return
    children = [c for c in prev if isinstance(c.tag, str)]
    if len(children) != 2 or children[1].tag not in ("ul", "ol") or not (
            children[0].tag in HEADING_TAGS or children[0].tag in ("p", "strong", "b", "span")):
        return
    label = " ".join(children[0].text_content().split())
    items = [" ".join(li.text_content().split()) for li in children[1] if li.tag == "li"]
    s = stats[prev]
    if not 0 < word_count(label) <= KEY_POINTS_LABEL_WORDS or SENTENCE_END_RE.search(label) \
            or not KEY_POINTS_MIN <= len(items) <= KEY_POINTS_MAX or s.linked > 0.1 * s.text \
            or not all(SENTENCE_END_RE.search(item) and len(item) <= KEY_POINT_MAX_CHARS for item in items):
        return
    container.insert(0, children[1])


def _take_lead(container: lxml_html.HtmlElement, stats: Stats) -> None:
    """Move the article's lead into its container: the paragraph of prose standing right before
    the container (a photo, a byline and a date line between them at most), set in bold or named
    as a lead ("intro", "chapo", "standfirst"). It opens the text; trafilatura, framed by the
    container, leaves it out."""
    prev, meta = container.getprevious(), 0
    while prev is not None:
        if _lead_meta(prev, stats, meta):
            meta += 1
        elif isinstance(prev.tag, str) and prev.tag not in LEAD_SKIP_TAGS and (
                prev not in stats or stats[prev].text):
            break
        prev = prev.getprevious()
    if prev is None or prev not in stats:
        return
    if _is_named_lead(prev, stats[prev]) or _is_lead(prev, stats[prev]) and _all_bold(prev):
        if prev.tag == "div" and not any(c.tag in PARAGRAPH_BREAKERS for c in prev):
            prev.tag = "p"  # a lead of bare text in a <div> ("opener"): trafilatura reads a <p> of the frame
        container.insert(0, prev)


def _lead_meta(el: lxml_html.HtmlElement, stats: Stats, seen: int) -> bool:
    """Is the block one of the two a lead may stand over before the container: a short text with
    no sentence in it (a byline, a date line)?"""
    if seen >= 2 or el not in stats or el.tag not in ("div", "p", "span"):
        return False
    if not 0 < stats[el].text <= LEAD_META_CHARS:
        return False
    return SENTENCE_END_RE.search(" ".join(el.text_content().split())) is None


def _is_named_lead(el: lxml_html.HtmlElement, s: _Stats) -> bool:
    """A lead named as one ("intro", "chapo", "ingress" …): one short sentence will do."""
    return LEAD_NAME_RE.search(el.get("class") or "") is not None and _is_lead(el, s, NAMED_LEAD_MIN_CHARS)


def _all_bold(el: lxml_html.HtmlElement) -> bool:
    """Is all of the block's text set in bold?"""
    text = " ".join(el.text_content().split())
    return " ".join(" ".join(b.text_content().split()) for b in el.iter("b", "strong")) == text


def _is_lead(el: lxml_html.HtmlElement, s: _Stats, min_chars: int = 0) -> bool:
    """Is the block a lead's size and shape: a paragraph of prose (`min_chars` or LEAD_MIN_CHARS
    long), mostly unlinked?"""
    text = " ".join(el.text_content().split())
    return el.tag in ("p", "div") and s.size <= LEAD_MAX_ELEMENTS and s.linked < 0.5 * s.text \
        and len(text) >= (min_chars or LEAD_MIN_CHARS) and SENTENCE_END_RE.search(text) is not None


def _join_parts(container: lxml_html.HtmlElement, stats: Stats) -> lxml_html.HtmlElement:
    """Join an article set in parts (the container and its sibling blocks of the same tag and
    class, with a video, an ad or a figure between them) into its first part,
    what stands between them included, in page order. trafilatura's frame expressions find the
    first part, and its text would end where the second begins. Returns the container, joined.
    (All the blocks of its tag and class are its parts, when two of them are substantial: a live
    blog's short entries among long ones too.)"""
    parent, key = container.getparent(), (container.tag, container.get("class"))
    if parent is None or not key[1]:
        return container
    parts = [el for el in parent if (el.tag, el.get("class")) == key]
    if sum(el in stats and stats[el].paras >= PART_MIN_PARAGRAPHS and stats[el].ptext >= PART_MIN_CHARS
           for el in parts) < 2:
        return container
    first, last = parts[0], parts[-1]
    between = list(first.itersiblings())
    for el in between[:between.index(last) + 1]:  # in page order, what stands between the parts too
        if el in parts:
            first.extend(list(el))
            parent.remove(el)
        else:
            first.append(el)
    return first


def subheadings(root: lxml_html.HtmlElement) -> list[str]:
    """Texts of the page's subheadings: h1-h6, and bold text standing as a line of its own (a
    paragraph that is all bold, or bold between line breaks on table-layout pages)."""
    out = []
    for el in root.iter(*HEADINGS, "b", "strong"):  # h1: a post heads sections so
        text = " ".join(el.text_content().split())
        if 0 < len(text) <= SUBHEADING_MAX_CHARS and (el.tag not in ("b", "strong") or _own_line(el)):
            out.append(text)
    return out


def unlock_paywalled(tree: lxml_html.HtmlElement, ld: dict[str, Any]) -> int:
    """Show the article's paywalled part as its text: the blocks the page's JSON-LD names as the
    parts not free to read (schema.org `hasPart` with `isAccessibleForFree` false and a
    `cssSelector`, the markup search engines document for paywalled content), which a metered site
    ships hidden under a class such as "paywall". Each such block that is hidden is unwrapped, its
    children left in its place, so that neither its hiding nor its name drops it (one that is shown,
    a metered site's text container, is read as it is). Only class and id selectors (".a", "#b",
    ".a, .b") are read. Returns how many blocks were unwrapped."""
    parts = ld.get("hasPart")
    selectors = [part.get("cssSelector") for part in (parts if isinstance(parts, list) else [parts])
                 if isinstance(part, dict) and _not_free(part.get("isAccessibleForFree"))]
    names = [sel.strip() for value in selectors if isinstance(value, str) for sel in value.split(",")]
    blocks = dict.fromkeys(
        el for name in names if PAYWALL_SELECTOR_RE.fullmatch(name)
        for el in (tree.find_class(name[1:]) if name[0] == "." else tree.xpath("//*[@id=$id]", id=name[1:]))
        if el.tag not in ("body", "html") and (_is_hidden(el) or el.get("aria-hidden") == "true"))
    for el in blocks:
        if el.getparent() is not None:
            el.drop_tag()
    return len(blocks)


def _not_free(value: Any) -> bool:
    """Is a schema.org isAccessibleForFree value false (False, "False", "false")?"""
    return value is False or (isinstance(value, str) and value.strip().lower() == "false")


PAYWALL_SELECTOR_RE = re.compile(r"[.#][A-Za-z_][\w-]*")


def plain_headings(root: lxml_html.HtmlElement) -> list[str]:
    """Texts of the page's headings that are no links (no link inside, none around): a table of
    contents links to them, a teaser's headline is one."""
    return [" ".join(el.text_content().split()) for el in root.iter(*HEADINGS)
            if next(el.iter("a"), None) is None and next(el.iterancestors("a"), None) is None]


def _own_line(el: lxml_html.HtmlElement) -> bool:
    """Does the element's text stand as a line of its own (nothing else between line breaks or
    block edges around it, through inline wrappers holding only it)?"""
    while True:
        parent = el.getparent()
        if parent is None:
            return False
        prev, nxt = el.getprevious(), el.getnext()
        if _in_running_text(el):
            return False
        if (prev is not None and prev.tag != "br") or (nxt is not None and nxt.tag != "br"):
            return False
        if prev is not None or nxt is not None or parent.tag not in INLINE_TAGS:
            return True
        el = parent  # the only content of an inline wrapper: judge the wrapper


def quotations(root: lxml_html.HtmlElement) -> list[str]:
    """Texts the page sets apart as quotations: blockquote, aside, and blocks named for quotes."""
    return [" ".join(el.text_content().split()) for el in root.iter(etree.Element)
            if el.tag in ("blockquote", "aside") or "quote" in (el.get("class") or "").lower()]


SUBHEADING_MAX_CHARS = 120
BY_ONLY_RE = re.compile(rf"^{BY_LEAD}$", re.I)


def bylines(root: lxml_html.HtmlElement) -> list[str]:
    """Bylines anywhere on the page: a short text opening with "By" ("By <a>Ana Ruiz</a>" too)."""
    body = root.find("body")
    if body is None:
        return []
    out, prev = [], ""
    for text in _texts(body):
        text = text.strip()
        if not text:
            continue
        if BY_ONLY_RE.match(prev) and len(text) < BYLINE_MAX_CHARS:
            out.append(f"By {text}")
        elif is_byline(text):
            out.append(text)
        prev = text
    return out


def _texts(root: lxml_html.HtmlElement) -> Iterator[str]:
    """The text runs under `root` in document order, without those of scripts and styles."""
    for el in root.iter(etree.Element):
        if el.tag not in SKIP_TAGS and el.text:
            yield el.text
        if el is not root and el.tail and el.getparent().tag not in SKIP_TAGS:
            yield el.tail


def paragraphs_from_breaks(root: lxml_html.HtmlElement) -> None:
    """Turn text laid out with double line breaks into paragraphs, in every block that has them.

    Table-layout and hand-written pages separate paragraphs with `<br><br>` inside a cell or a
    div rather than with `<p>`: each run of text and inline elements between two such breaks (or a
    block element) becomes a `<p>`, so the paragraph measures and trafilatura see paragraphs, and
    a link or emphasis inside one does not split it into lines. A single `<br>` stays a line break
    inside its paragraph. (readability.js does the same to `<br>` chains.)"""
    # the blocks holding two <br> in a row among their own children (only blanks between), found
    # from the page's <br>s: far fewer than the blocks that could hold them
    holders = set()
    for br in root.iter("br"):
        if not (br.tail or "").strip():
            nxt = br.getnext()
            if nxt is not None and nxt.tag == "br" and (parent := br.getparent()) is not None \
                    and parent.tag in BREAK_HOLDERS:
                holders.add(parent)
    if not holders:
        return
    # innermost first: a <font> split into paragraphs is then a block of its cell, not inline text
    for el in reversed([x for x in root.iter(*BREAK_HOLDERS) if x in holders]):
        _split_at_breaks(el)


def unfold_sections(root: lxml_html.HtmlElement) -> None:
    """Give trafilatura the article's sections as sections where their markup hides them.

    - A collapsed panel that a button opens (`aria-controls` naming it: an accordion's answer) is
      the page's text, shown as `<details>` is, not a hidden copy.
    - A button that is a heading's content is its text: an accordion's question
      (`<h2><button aria-expanded>What changes?</button></h2>`, Bootstrap's pattern), which
      trafilatura drops with every button.
    - A list whose every item holds a heading and a paragraph is a run of sections (a numbered
      list article: `<ol><li><h2>1. Name</h2><figure>…</figure><p>…</p></li>`): its items become
      blocks, since trafilatura flattens a list item into one line, heading, caption, paragraphs
      and links together. A menu's items hold headings and links, not paragraphs."""
    buttons = list(root.iter("button"))
    controlled = {name for el in buttons for name in (el.get("aria-controls") or "").split()}
    if controlled:
        for el in root.iter(etree.Element):
            if el.get("id") in controlled and _is_hidden(el):
                el.attrib.pop("hidden", None)
                el.attrib.pop("style", None)
    for button in buttons:
        parent = button.getparent()
        if parent is not None and parent.tag in HEADINGS and not (parent.text or "").strip() \
                and len(parent) == 1:
            button.drop_tag()
    for lst in list(root.iter("ol", "ul")):
        items = [c for c in lst if c.tag == "li"]
        if len(items) >= 2 and len(items) == len(lst) and all(
                next(li.iter(*HEADINGS), None) is not None and next(li.iter("p"), None) is not None
                for li in items):
            lst.tag = "div"
            for li in items:
                li.tag = "div"


def custom_elements(root: lxml_html.HtmlElement) -> None:
    """Lay out a page's custom elements (`<story-paragraph>`, `<ad-slot>`: a web component's tag has
    a hyphen in its name) as a browser shows them, for a reader that knows only HTML's own tags:
    trafilatura runs the text of unknown elements together into one line. One holding blocks is a
    `<div>`; one holding only text and inline elements, standing apart from other text, a paragraph;
    one inside running text (`<relative-time>` in a sentence) inline. Its name goes into its class,
    where the structural rules and trafilatura read what a block is (`related-rail`,
    `site-footer`). Without text, an element is left as it is (AMP's `amp-img`)."""
    for el in reversed(CUSTOM_XPATH(root)):  # innermost first: a container sees its children laid out
        tag = el.tag
        if not CUSTOM_TAG_RE.match(tag) or not el.text_content().strip():
            continue
        el.set("class", f"{el.get('class', '')} {tag}".strip())
        if _in_running_text(el):
            el.tag = "span"
        elif any(c.tag in PARAGRAPH_BREAKERS or c.tag == "br" for c in el.iterdescendants(etree.Element)):
            el.tag = "div"
        else:  # a subheading by its name (`story-subhead`, `x-h3`), else a paragraph
            el.tag = "h2" if CUSTOM_HEADING_RE.search(tag) else "p"


CUSTOM_XPATH = etree.XPath("//*[contains(name(), '-')]")  # in document order; found in C, not per element
CUSTOM_TAG_RE = re.compile(r"^[a-z][a-z0-9._]*-[a-z0-9._-]*$")  # HTML's valid custom element names (ASCII)
CUSTOM_HEADING_RE = re.compile(r"-(?:sub-?head(?:ing|line)?|(?:section-)?heading|h[2-6])$")


def _in_running_text(el: lxml_html.HtmlElement) -> bool:
    """Does the element stand inside a run of text: text right before or after it in its parent?"""
    prev = el.getprevious()
    before = prev.tail if prev is not None else (el.getparent().text if el.getparent() is not None else None)
    return bool((before or "").strip() or (el.tail or "").strip())


def text_times(root: lxml_html.HtmlElement) -> None:
    """Keep the text of the `<time>` elements that are the article's words: trafilatura drops every
    `<time>`, a dateline's and a sentence's alike ("On <time>March 3</time> the council met" comes
    out as "On the council met"), and a chronology's dates with it.

    The date opening a list item, a table cell or a definition's term is its entry's: it opens the
    entry's first paragraph (a term's, the definition after it), so that the date and its event
    read as one line, not as a line of a date alone, which site learning takes for a dateline. A
    time inside a sentence (a block of SENTENCE_WORDS other words: not "Posted <time>, updated
    <time>") becomes plain text. A time standing alone in a block of its own (a dateline, a
    teaser's stamp) stays one. (Read after the page's metadata, which reads the times' `datetime`.)"""
    for time in list(root.iter("time")):
        parent = time.getparent()
        text = " ".join(time.text_content().split())
        if parent is None or not text:
            continue
        if parent.tag in ENTRY_TAGS and not (parent.text or "").strip() and time.getprevious() is None:
            entry = next((c for c in time.itersiblings() if isinstance(c.tag, str)), None)
            if entry is None and parent.tag == "dt":
                entry = next((c for c in parent.itersiblings() if isinstance(c.tag, str)), None)
                entry = entry if entry is not None and entry.tag == "dd" else None
            if entry is not None and entry.tag in ("p", "div", "dd") and entry.text_content().strip():
                entry.text = f"{text} {entry.text or ''}"
                time.drop_tree()
                if parent.tag == "dt" and not parent.text_content().strip():
                    parent.drop_tree()
            elif len(" ".join(parent.text_content().split())) > len(text):
                time.tag = "span"  # the entry's text follows inline
        elif _in_running_text(time) and _in_sentence(time):
            time.tag = "span"


def _in_sentence(time: lxml_html.HtmlElement) -> bool:
    """Is a time in running text a sentence's word, not a dateline's ("Posted <time>, updated
    <time>", "First published on <time>")? Its block holds SENTENCE_WORDS words besides its times."""
    block = next((a for a in time.iterancestors() if a.tag in PARAGRAPH_BREAKERS or a.tag in ENTRY_TAGS),
                 None)
    if block is None:
        return False
    times = sum(word_count(t.text_content()) for t in block.iter("time"))
    return word_count(block.text_content()) - times >= SENTENCE_WORDS


ENTRY_TAGS = frozenset({"li", "dt", "dd", "td", "th"})  # a list's or a table's entries
SENTENCE_WORDS = 6  # words besides its times that make a block with a time in it a sentence


BREAK_HOLDERS = ("body", "div", "td", "th", "center", "section", "article", "main", "font", "span")
INLINE_TAGS = frozenset({"a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "img", "q", "s", "small",
                         "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "mark", "nobr", "wbr"})


def _split_at_breaks(el: lxml_html.HtmlElement) -> None:
    """Rebuild `el`'s content: runs of text and inline elements between double breaks (or block
    elements) become `<p>`s; block elements and comments between runs stay as they were."""
    children = list(el)
    run_text: str | None = el.text
    run: list[lxml_html.HtmlElement] = []
    el.text = None
    for child in children:
        el.remove(child)

    def flush() -> None:
        while run and run[-1].tag == "br" and not (run[-1].tail or "").strip():
            run.pop()  # a break ending the run ends no line
        # text after a <br> is the run's too: a block opening with <br>text keeps that text
        if (run_text or "").strip() or any(
                (isinstance(n.tag, str) and n.tag != "br") or (n.tail or "").strip() for n in run):
            p = etree.SubElement(el, "p")
            p.text = run_text
            p.extend(run)
        run.clear()

    i = 0
    while i < len(children):
        child = children[i]
        if _breaks_at(children, i):
            while _breaks_at(children, i + 1):
                i += 1
            flush()
            run_text = children[i + 1].tail
            i += 2
            continue
        inline = isinstance(child.tag, str) and (
            child.tag == "br" or (child.tag in INLINE_TAGS and child.find(".//p") is None))
        if inline or (not isinstance(child.tag, str) and (run or (run_text or "").strip())):
            run.append(child)
        else:  # a block element (or a comment between paragraphs) ends the run and stays itself
            flush()
            run_text, child.tail = child.tail, None
            el.append(child)
        i += 1
    flush()


def _breaks_at(children: list[lxml_html.HtmlElement], i: int) -> bool:
    """Is children[i] a <br> followed by another, with only blanks between?"""
    return (i + 1 < len(children) and children[i].tag == "br" and children[i + 1].tag == "br"
            and not (children[i].tail or "").strip())


def _related_run(label: lxml_html.HtmlElement, stats: Stats, url: str | None) -> list[lxml_html.HtmlElement]:
    """A related block made of plain siblings: a short unlinked heading ("Our readers are reading
    too", "Read more") followed by blocks that are each one link to another page of the same site
    ("<p><strong>…</strong></p><p><a>headline</a></p>…"). Empty when the shape is not there."""
    s = stats.get(label)
    if s is None or s.links or not s.text or (label.tail or "").strip():
        return []
    first = label.getnext()  # most blocks are followed by no one-link block: decided before reading text
    f = stats.get(first) if first is not None else None
    if f is None or f.links != 1 or word_count(label.text_content()) > MAX_LABEL_WORDS:
        return []
    run = [label]
    nxt = label.getnext()
    while nxt is not None and (nxt.tag == label.tag or nxt.tag in RUN_ITEMS):
        n = stats.get(nxt)
        if n is None or n.links != 1 or n.linked < LINK_ITEM_SHARE * n.text or (nxt.tail or "").strip():
            break
        link = next(nxt.iter("a"))
        if word_count(link.text_content()) < 3 or not same_site(link.get("href"), url):
            break
        run.append(nxt)
        nxt = nxt.getnext()
    return run if len(run) >= 2 else []


def _leads_away(href: str | None) -> TypeGuard[str]:
    """Is this a link to another page (not an anchor on this one, a script or an address)?"""
    return href is not None and href != "" and not href.startswith(("#", "javascript:", "mailto:"))


def same_site(href: str | None, url: str | None) -> bool:
    """Does a link point to another page of the page's own site (a relative link, or its host)?"""
    if not _leads_away(href):
        return False
    target = urlsplit(href)
    if not target.netloc:
        return True
    if url is None:
        return False
    here = urlsplit(url)
    return target.netloc.lower().removeprefix("www.") == here.netloc.lower().removeprefix("www.") and \
        target.path.rstrip("/") != here.path.rstrip("/")


def _article_containers(elements: list[lxml_html.HtmlElement], stats: Stats, divs: bool = False) -> tuple[
        set[lxml_html.HtmlElement], int, lxml_html.HtmlElement | None, lxml_html.HtmlElement | None]:
    """The blocks no rule may drop: the one whose own paragraphs hold the most prose, the innermost
    one holding most of the page's paragraph prose, an `itemprop=articleBody` block, and every
    block around them; the article's prose (the larger of the first two), the first block, and
    the article's frame (the second when there is one, else the first). With `divs` (a page set in
    <div>s), a <div> that is a paragraph counts as one."""
    best, best_chars = None, 0
    marked = []
    for el in elements:
        s = stats[el]
        if s.ptext <= best_chars:
            continue  # its paragraphs together hold less than the best block's own
        own = sum(stats[c].ptext for c in el if c.tag == "p" or (divs and c.tag == "div" and stats[c].divp))
        if own > best_chars:
            best, best_chars = el, own
    # an article whose paragraphs are spread over sibling blocks (a live blog's entries, sections):
    # the innermost block holding most of the page's paragraph prose
    total = stats[elements[0]].ptext if elements else 0
    spread = [el for el in elements if total and stats[el].ptext >= SPREAD_SHARE * total]
    around = spread[-1] if spread and best is not None and (
        spread[-1] is best or any(up is spread[-1] for up in best.iterancestors())) else None
    if around is not None:  # it holds the densest block too: not a box of teasers beside the article
        marked.append(around)
    for el in elements:
        if "articlebody" in (el.get("itemprop") or "").lower():
            marked.append(el)
    protected: set[lxml_html.HtmlElement] = set()
    for el in ([best] if best is not None else []) + marked:
        protected.add(el)
        protected.update(el.iterancestors())
    main = max(best_chars, stats[around].ptext if around is not None else 0)
    return protected, main, best, around if around is not None else best


def _kin_text(container: lxml_html.HtmlElement, frame: lxml_html.HtmlElement | None,
              elements: list[lxml_html.HtmlElement], stats: Stats) -> int:
    """Unlinked text in the other blocks of the container's kind (its tag and class) outside the
    article's frame and the container: a forum thread's other posts, a listing's other entries.
    A container without a class has no kind."""
    kind = container.get("class")
    if not kind:
        return 0
    outer, around = {container, frame}, set(container.iterancestors())
    return sum(stats[el].text - stats[el].linked for el in elements
               if el.tag == container.tag and el.get("class") == kind and el not in outer and el not in around
               and not any(up in outer for up in el.iterancestors()))


def _source_note(p: lxml_html.HtmlElement) -> bool:
    """A source line in italics closing the text ("Parengta pagal policijos pranešimą", "Based on
    agency reports"): all of the paragraph in one <em> or <i>, no sentence, the last text of a block
    that holds two paragraphs more."""
    if len(p) != 1 or (p.text or "").strip() or (p[0].tail or "").strip() or p[0].tag not in ("em", "i"):
        return False
    text = " ".join(p.text_content().split())
    if not text or SENTENCE_END_RE.search(text) or text.endswith((":", ")")):
        return False
    if any(" ".join(x.text_content().split()) for x in p.itersiblings() if isinstance(x.tag, str)):
        return False
    parent = p.getparent()
    return parent is not None and sum(1 for x in parent.iterchildren("p") if x.text_content().strip()) >= 3


def _own_paragraphs(container: lxml_html.HtmlElement, stats: Stats) -> list[str]:
    """The texts of the container's paragraphs that look like its article paragraphs (the look
    holding most of its paragraph text), and of its subheadings. A notice set in small italics
    under the article is the page's, even inside the article's block."""
    blocks = [p for p in container if p.tag in ARTICLE_BLOCKS and p in stats and stats[p].text]
    looks = {p: _look(p) for p in blocks if p.tag == "p"}
    volume: Counter[tuple[str, ...]] = Counter()
    for p, look in looks.items():
        volume[look] += stats[p].text
    main = volume.most_common(1)[0][0] if volume else None
    return [" ".join(p.text_content().split()) for p in blocks if p.tag != "p" or looks[p] == main]


def _look(p: lxml_html.HtmlElement) -> tuple[str, ...]:
    """A paragraph's look: its class and the elements wrapping all of its text (with their attributes)."""
    look = [p.get("class") or ""]
    el = p
    while len(el) == 1 and not (el.text or "").strip() and not (el[0].tail or "").strip() \
            and isinstance(el[0].tag, str):
        el = el[0]
        look.append(el.tag + "".join(f" {k}={v}" for k, v in sorted(el.attrib.items())))
    return tuple(look)


def _photo_block(el: lxml_html.HtmlElement, s: _Stats) -> bool:
    """A figure without <figure>: a <div> of one image and, under it, a short unlinked text with
    a photo credit in it ("Foto: …", "Photo: …", "©"), no heading, and standing alone (not one of a
    row of cards of its class: a landing page's features, each an icon and a blurb). A sentence
    under an image without a credit may be the article's."""
    if el.tag != "div" or s.size > PHOTO_BLOCK_ELEMENTS or not 0 < s.text <= PHOTO_CAPTION_CHARS or s.links:
        return False
    if not PHOTO_CREDIT_RE.search(el.text_content()):
        return False
    if sum(1 for _ in el.iter("img")) != 1 or next(el.iter(*HEADING_TAGS), None) is not None:
        return False
    for x in el.iter():  # the image first, its caption under it (not a blurb with an arrow icon after it)
        if x.tag == "img":
            break
        if (x.text or "").strip() or (x is not el and (x.tail or "").strip()):
            return False
    parent, key = el.getparent(), (el.tag, el.get("class"))
    return parent is None or sum((c.tag, c.get("class")) == key for c in parent) == 1


def _labelled_link(el: lxml_html.HtmlElement, url: str | None) -> bool:
    """A paragraph that is a label set apart and one linked headline of the site, nothing else:
    `<p><strong>READ MORE</strong> <a href="/…">headline</a></p>`, a Khmer "អានបន្ថែម៖" or a Sinhala
    "මේවාත් කියවන්න" as the label (no separator a line rule could read)."""
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) != 2 or (el.text or "").strip() or (children[1].tail or "").strip():
        return False
    label, link = children
    if label.tag not in LABEL_TAGS or link.tag != "a" or next(label.iter("a"), None) is not None:
        return False
    text = " ".join(label.text_content().split())
    if not text or word_count(text) > TEASER_LABEL_WORDS or any(c.isdigit() for c in text) \
            or WORD_RE.search(label.tail or "") is not None:
        return False
    return same_site(link.get("href"), url) and is_headline_text(link.text_content())


def _labelled_topics(el: lxml_html.HtmlElement, url: str | None) -> bool:
    """A paragraph of a short label ending in a colon and two or more links of a few words each to
    the site's own pages, with nothing between them but separators: a story's topics or tags
    ("See more on: <a>Education</a>, <a>City Council</a>", "Topics: …"). Links to other sites (a
    sentence's sources) and linked headlines are not topics."""
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) < 2 or any(c.tag != "a" for c in children) or len(children[0]) or \
            any(not SEPARATOR_RE.fullmatch(c.tail or "") for c in children):
        return False
    label = " ".join((el.text or "").split())
    if not label.endswith(":") or not 0 < word_count(label) <= TOPIC_LABEL_WORDS \
            or any(ch.isdigit() for ch in label):
        return False
    texts = [" ".join(a.text_content().split()) for a in children]
    return all(0 < word_count(t) <= TOPIC_WORDS for t in texts) and \
        all(same_site(a.get("href"), url) for a in children)


TOPIC_LABEL_WORDS = 4  # "See more on:", "Related topics:"
TOPIC_WORDS = 4  # a topic's name: "City Council", "Public Health"
SEPARATOR_RE = re.compile(r"\s*(?:[,;|·•/]|and|&)?\s*")  # (the parse has read "&amp;" as "&")
FIGURE_NOTE_TAGS = frozenset({"p", "div", "span", "small", "cite"})
FIGURE_NOTE_WORDS = 20
FIGURE_MEDIA = ("img", "svg", "picture", "video", "canvas", "iframe", "table")  # what a figure shows


def _figure_note(el: lxml_html.HtmlElement) -> bool:
    """A note set in a <figure> beside its picture, chart or table, outside <figcaption>: the
    chart's "Source: …" line, its credit: a child of the <figure> itself, of at most
    FIGURE_NOTE_WORDS words, holding no picture, in a figure that holds one and no quotation (a
    testimonial's figure, a quote and its copy beside the speaker's photo, is text; an embedded
    post's words are inside its blockquote)."""
    parent = el.getparent()
    if parent is None or parent.tag != "figure" or next(el.iter(*FIGURE_MEDIA), None) is not None:
        return False
    shows = next(parent.iter(*FIGURE_MEDIA), None) is not None
    return shows and next(parent.iter("blockquote"), None) is None \
        and word_count(el.text_content()) <= FIGURE_NOTE_WORDS


def _repeats_image_alt(el: lxml_html.HtmlElement) -> bool:
    """A caption outside <figcaption>: text right after an image that opens with the image's alt."""
    prev = el.getprevious()
    if prev is None or el.tag in HEADING_TAGS or len(el):
        return False
    img = prev if prev.tag == "img" else (prev[0] if len(prev) == 1 and prev[0].tag == "img" else None)
    if img is None:
        return False
    alt = " ".join((img.get("alt") or "").split())
    if word_count(alt) < MIN_ALT_WORDS:
        return False
    text = " ".join(el.text_content().split())
    return len(text) <= PHOTO_CAPTION_CHARS and text.startswith(alt)


def _drop_list_heading(el: lxml_html.HtmlElement, removed: list[Removal]) -> None:
    """A short heading directly above a dropped list ("Most popular", "More on this") is its label."""
    prev = el.getprevious()
    if prev is not None and prev.tag in HEADING_TAGS and not (prev.tail or "").strip() \
            and word_count(prev.text_content()) <= MAX_LABEL_WORDS:
        removed.extend(Removal(t, "structural:list-heading") for t in _text_lines(prev))
        _drop(prev)


def _unwrap_layout_table(table: lxml_html.HtmlElement) -> None:
    """Turn a table used for page layout (it holds the headline or paragraphs) into plain blocks.

    Otherwise trafilatura renders the whole article as one table row, "| … | … |".
    """
    parts = [el for el in table.iter("tbody", "thead", "tfoot", "tr", "td", "th")
             if next(el.iterancestors("table"), None) is table]
    for el in [table, *parts]:
        el.tag = "div"
        el.attrib.pop("colspan", None)
        el.attrib.pop("rowspan", None)


def _headline_block(el: lxml_html.HtmlElement, s: _Stats) -> bool:
    """Is the block its headline and a few short lines around it (no prose, no caption)?"""
    h1 = next(el.iter("h1"))
    rest = s.text - len(h1.text_content().strip())
    return rest <= HEADLINE_BLOCK_CHARS and next(el.iter("figcaption", "blockquote"), None) is None


def _drop_around_h1(el: lxml_html.HtmlElement, stats: dict[lxml_html.HtmlElement, _Stats],
                    removed: list[Removal], rule: str = "structural:article-header",
                    leads: list[lxml_html.HtmlElement] | None = None) -> None:
    """Drop everything in an article header except its headline and its lead (a paragraph of
    prose named as one, which opens the text: collected into `leads`).

    The <h1> stays: trafilatura keeps a page's container only if it holds the h1 (its rule against
    infinite-scroll pages), and the headline line rule removes the title from the text anyway.
    """
    for child in list(el):
        c = stats.get(child)
        if c is None or child.tag == "h1":
            continue
        if c.h1s:
            _drop_around_h1(child, stats, removed, rule, leads)
        elif leads is not None and _is_named_lead(child, c):
            leads.append(child)
        else:
            removed.extend(Removal(t, rule) for t in _text_lines(child))
            _drop(child)


Stats = dict[lxml_html.HtmlElement, _Stats]


def _dek_of(h1: lxml_html.HtmlElement, stats: Stats) -> lxml_html.HtmlElement | None:
    """The standfirst under a headline: a heading that directly follows the <h1>."""
    nxt = h1.getnext()
    while nxt is not None and (not isinstance(nxt.tag, str) or (nxt in stats and stats[nxt].text == 0)):
        nxt = nxt.getnext()
    if nxt is not None and nxt.tag in HEADING_TAGS:
        return nxt
    return None


def _text_lines(el: lxml_html.HtmlElement) -> list[str]:
    """The visible text runs of a block about to be dropped (scripts and styles removed first)."""
    etree.strip_elements(el, *SKIP_TAGS, with_tail=False)
    return [text for text in (" ".join(t.split()) for t in el.itertext()) if WORD_RE.search(text)]


def _drop(el: lxml_html.HtmlElement) -> None:
    """Remove an element with its subtree, keeping its tail text in place."""
    el.drop_tree()
