"""Boilerplate line rules on trafilatura's output, and the per-site learned lines.

The structural layer (pipeline/extract/structural.py) has already removed blocks by markup and shape;
these rules see the extracted lines with what the page says about itself (PageContext: its
headlines, site name and link texts) and their position (the head and the tail of an article are
where bylines, datelines, credits, tags and promotions sit). Every removal is kept as
Removal(text, rule), so `newsflow extract --explain` can show why.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import islice

import xxhash

from pipeline.extract import calendar
from pipeline.models import Removal

AD_LABEL_RE = re.compile(
    r"^(advertisement|advertising|advert|ad|sponsored( content)?|paid content|"
    r"story continues below( (this )?advertisement)?|article continues below( advertisement)?|"
    r"continue reading below)\W*$"
    # the label with a short note after a dash or dot ("Advertisement · Story continues below")
    r"|^(advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|reklame)\s*[-–—·|•:]\s*.{0,40}$",
    re.I)
# a media player's label: a word of playing or of length, and a length ("3:14", "1 minute 0 seconds")
MEDIA_LABEL_RE = re.compile(r"\b(?:play|duration|durée|dauer|durata|duración|duração|duur|varighed|varighet|"
                            r"kesto|trajanje|längd|długość|czas trwania)\b", re.I)
DURATION_RE = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d+\s*(?:minutes?|mins?|seconds?|secs?|minuten|minutos|minuti|"
                         r"sekunden|secondes|segundos|secondi)\b", re.I)
MEDIA_LABEL_MAX_CHARS = 80
# the opening of a promotion's link standing alone as a paragraph (it is wholly a link)
PROMO_OPENING_RE = re.compile(r"^(?:find out (?:more|how)|learn more|discover (?:more|how)|"
                              r"read (?:more|the full)|see (?:more|all|the full)|click here|"
                              r"more (?:about|on|from)|support (?:our|us)|sign up|subscribe|donate|"
                              r"get (?:the|our))\b", re.I)
NEWSLETTER_RE = re.compile(r"\b(sign up|subscribe|get (our|the)|delivered)\b.*\b(newsletter|inbox|"
                           r"e-?mail|briefing)\b", re.I)
SHARE_RE = re.compile(r"^(share( this( article| story)?)?( on| via)?\b|follow us\b|click to share\b|"
                      r"(facebook|twitter|x|linkedin|whatsapp|e-?mail)(\s*[|·/,]\s*"
                      r"(facebook|twitter|x|linkedin|whatsapp|e-?mail|print))+\W*$)", re.I)
DATE_RE = re.compile(r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|"
                     r"oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|"
                     r"oct|nov|dec)[a-z]*)\b", re.I)
# a date or a time in any language: a year, hh:mm, or dd/mm/yy(yy)
STAMP_RE = re.compile(r"(?<!\d)((19|20)\d{2}|\d{1,2}[:h]\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?!\d)")
# "By …" in the languages newsflow meets most (von, par, por, di, door, av/af, przez, автор)
# what opens a byline: "By", "Posted by", "Texte :", "Escrito por", "Ein Beitrag von", ...
BY_LEAD = (r"(?:(?:posted|written|words|story|text|reported|interview|interviews|photographs|escrito|"
           r"publicado|posté|écrit|rédigé|geschrieben|"
           r"ein beitrag)\s+(?:by|por|par|von)|by|from|von|par|por|di|door|av|af|przez|"
           r"(?:autor(?:in)?|author|auteur|texte?|texto|автор)\s*:)")
BYLINE_RE = re.compile(rf"^{BY_LEAD}(?:\s+|(?<=:)\s*)\S", re.I)
# the lead word as a word of its own ("Di Rossi", not the "Di" of "Dieter")
BY_LEAD_RE = re.compile(rf"^{BY_LEAD}(?:\s+|(?<=:)\s*)", re.I)
BYLINE_MAX_CHARS = 100  # a byline is shorter than this
COPYRIGHT_RE = re.compile(r"©|ⓒ|\(c\)\s*\d{4}|^\W*copyright\b|\ball rights reserved\b", re.I)
# "(credit: NASA)"; the same in other scripts: "（写真：共同）", "(사진=연합뉴스)", "(צילום: …)", and
# Chinese's "（新华社记者 王芳 摄）" (摄: "photographed by", after the name)
CREDIT_RE = re.compile(r"\((?:photo|image|picture|credit)s?\b[^)]*\)"
                       r"|[(（](?:写真|撮影|画像|图片|圖片|사진|צילום|عکس|صورة|فوٹو|फोटो|फ़ोटो|ছবি|படம்|"
                       r"ඡායාරූපය|ảnh|фото|φωτογραφία|ფოტო|ภาพ|ဓာတ်ပုံ|រូបភាព|picha|ፎቶ)[^)）]*[)）]"
                       r"|[(（][^)）]{1,40}[摄攝][)）]", re.I)
# the words a picture's credit opens with, in the languages of Latin, Cyrillic and Greek script (the
# structural layer's photo blocks read them too)
PICTURE_WORDS = ("foto|fotó|photo|photograph|kuva|bild|image|imagen|immagine|zdjęcie|credit|crédit|"
                 "фото|φωτογραφία")
# a picture's credit standing alone ("Photo: Ana Ruiz / Reuters", "Foto: dpa", "Credit: NASA")
PHOTO_LINE_RE = re.compile(rf"^\W*((?:{PICTURE_WORDS}|picture)s?)\s*(?::|by\b)", re.I)
CREDIT_LINE_CHARS = 80
# a slideshow's or pager's position: "3 of 14", "Image 3/14", "Bild 3 von 14", "Foto 3 de 14"
COUNTER_RE = re.compile(r"^\W*(?:(?:image|photo|picture|slide|page|bild|foto|imagen|immagine|seite|página|"
                        r"pagina)\s+)?\d{1,3}\s*(?:of|/|von|de|di|sur|z|из|av|af)\s*\d{1,3}\W*$", re.I)
COUNTER_MAX_CHARS = 30
# wire credits and contact lines that close an article
SIGNOFF_RE = re.compile(
    r"\b(?:reporting|editing|writing|additional reporting|compiled|translated|produced)\s+by\b|"
    r"\b(?:reporting|research)\s+(?:was|were)\s+contributed\s+by\b|"
    r"\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story|article)\b|^\W*sources?\s*:|"
    r"^\W*with inputs from\b", re.I)
CONTACT_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+|\bwww\.\S+|(?:^|\s)@\w{2,}|\b\w+\.com/\w+",
                        re.I)
# a telephone line of a contact block: "Telephone 020 7946 0000", "Tel.: +49 30 1234567", "T: (555) 010-2030"
PHONE_RE = re.compile(r"^\W*(?:tel(?:ephone|efon|efono)?|t[ée]l[ée]phone|tel[ée]fono|phone|mobile|mob|fax|t)"
                      r"\b\.?\s*:?\s*\+?\(?\d[\d\s()./-]{5,}\d\b", re.I)
EMAIL_OR_PHONE_RE = re.compile(rf"[\w.+-]+@[\w-]+\.[\w.]+|{PHONE_RE.pattern}", re.I)  # a person's, not a link
CONTACT_NAME_MAX_CHARS = 80  # a contact's name line over its address ("Press office, Department of ...")
PROMO_LINE_CHARS = 200  # a short last line whose later sentence is a prompt is a promotion too
CONTACT_CUE_RE = re.compile(r"\W*\b(?:write|e-?mail|reach|follow|contact|tips?|coverage|more)\b", re.I)
PROMO_RE = re.compile(
    r"^\W*(?:subscribe|follow|sign up|join|get|download|listen|like|share|click|tap|watch|read more|"
    r"don'?t miss|have a tip|if you (?:enjoyed|like|value)|support us|tell us|let us know|"
    r"leave a (?:comment|reply)|what do you think|"
    r"to support [^.!?,]{1,60}, (?:order|buy|subscribe|donate|become|join|sign up))\b", re.I)
SHORTCODE_RE = re.compile(r"^\[(\w+)\b[^\]]*\].*\[/\1\]$")  # an unrendered [button …]…[/button]
TAGS_RE = re.compile(
    r"^\W*(?:tags?|tagged(?: with)?|filed under|labels?|categor(?:y|ies)|keywords|topics)\b\W*", re.I)
# "Label: text", "Label | text", "Label.. text", "Label… text", "Label » text"
LABEL_RE = re.compile(r"^\W{0,2}([^\W\d][^:|\n]{0,30}?)\s*(?:[:|»›]|\.{2,}|…)\s*(\S.*)$")
# the full stops and question marks of other scripts: Devanagari and Bengali's danda (।, ॥), Arabic's
# question mark and Urdu's full stop (؟, ۔), Ge'ez (።), Myanmar (။), Khmer (។), Armenian (։)
OTHER_STOPS = "。！？।॥؟۔።။។։"
END_PUNCT_RE = re.compile(rf"[.!?…:\"'”’“‘»«)\]{OTHER_STOPS}]$")
# closing quotes as French and German set them too: « … lundi. », » … Montag.«, „ … Montag.“
SENTENCE_END_RE = re.compile(rf"[.!?…{OTHER_STOPS}](?:\s?[\"'”’“‘»«)\]」』])*$")
OPEN_QUOTES, CLOSE_QUOTES = "\"“„«»‘‚'", "\"”“»«’‘'"
SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?…][\"'”’)\]]) +|(?<=[.!?…]) +(?=[\"'“‘(A-ZÀ-Ý])")
TITLE_SEP_RE = re.compile(r"\s+[|–—-]\s+|\s*[|»]\s*")


def _mark_ranges() -> str:
    """The combining marks of the Basic Multilingual Plane (Unicode categories Mn, Mc, Me) as a
    character-class body: the vowel signs and viramas of Devanagari, Bengali, Tamil, Sinhala,
    Myanmar, Khmer ..., which `\\w` does not match, so that "हिन्दी" would be read as "ह न द"."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)) in ("Mn", "Mc", "Me"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


MARKS = _mark_ranges()
# a word: letters and digits with the combining marks that belong to them
TOKEN_RE = re.compile(f"[\\w{MARKS}]+")
# Scripts written without spaces between words: Han, kana (and their half-width forms), Thai, Lao,
# Myanmar, Khmer. A run of them is many words, where `str.split()` sees one (or a whole paragraph).
HAN_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
THAI_CHARS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
NO_SPACE_RUN_RE = re.compile(f"[{HAN_CHARS}]+|[{THAI_CHARS}]+")
# characters of a run per word: Chinese and Japanese words are one to three characters, Thai and
# its neighbours' four to six
HAN_CHARS_PER_WORD, THAI_CHARS_PER_WORD = 2, 5
# the punctuation of those scripts (、。「」・ and the full-width forms): separators, not words
CJK_PUNCT_RE = re.compile(r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u30fb]+")
DIGITS_RE = re.compile(r"\d+")
MASKED_MAX_CHARS = 160  # lines up to this long are keyed with their numbers masked
FRAGMENT_RE = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?$")  # one or two words, letters only
LEARNABLE_MAX_CHARS = 400  # longer lines are article text, never learned as site boilerplate (bios: 200-400)
PULL_QUOTE_MIN_WORDS = 8
PULL_QUOTE_SOURCE = 1.5  # the paragraph a pull quote repeats is at least this much longer
QUOTE_CREDIT_MAX_CHARS = 120  # a pull quote's source line, set in its quotation block, is no longer
SENTENCE_QUOTE_MIN_WORDS = 6  # a whole sentence this long repeated inside a paragraph is a pull quote too
HEAD_LINES = 3  # the head of an article: where bylines and datelines sit …
HEAD_MAX_LINES = 8  # … or, at most this far, any line before the first paragraph of prose
PROSE_CHARS = 200  # a line this long is the article's prose: the head has ended
BIO_MAX_CHARS = 500
ABOUT_RE = re.compile(r"^About ([A-Z][^!?:]{1,79})$")  # "About Acme Corp." over "Acme Corp. is …"
BIO_LABEL_MAX_CHARS = 80  # a bio's label naming its author ("About Ana Ruiz") is no longer than this
EMPTY: frozenset[str] = frozenset()
LEARNED_RULE = "learned:site-repeat"  # a line removed because it recurs across the site's pages
TAIL_LINES = 8  # the tail rules strip at most this many lines
AFTER_BIO_MAX_CHARS = 120  # a line after an author's bio longer than this is article text (no cut)
LINKED = 0.8  # a line this much inside links is a link
# the safety net's measures, shared by the extractor's guards (core) and site learning's (sitelearn):
RESCUE_SHARE = 0.5  # the text kept must be at least this share of the page's prose / trafilatura's text
GUARD_MIN_CHARS = 400  # below this, trafilatura's own text is too short to be called a body
LABEL_PROBE_CHARS = 80  # _is_label counts the words of a long line's opening this long first
TEASER_LABEL_WORDS = 4  # a teaser's label ("Read more", "Lesen Sie auch") is at most this many words


@lru_cache(maxsize=8192)  # a line is counted by several rules, and again on each guarded pass
def word_count(text: str) -> int:
    """The words of a text: its whitespace-separated tokens, where a run of a script written without
    spaces (Chinese, Japanese, Thai ...) counts as the words it holds (about HAN_CHARS_PER_WORD or
    THAI_CHARS_PER_WORD characters each) rather than as one. The same as `len(text.split())` for
    text without such runs."""
    return _counted(text, lambda t: len(t.split()), lambda rest: CJK_PUNCT_RE.sub(" ", rest))


@lru_cache(maxsize=8192)
def token_count(text: str) -> int:
    """The words of a text as TOKEN_RE finds them (letters and digits between any other
    characters), a run of a script written without spaces counting as in `word_count`."""
    return _counted(text, lambda t: len(TOKEN_RE.findall(t)))


def _counted(text: str, count: Callable[[str], int], rest: Callable[[str], str] = str) -> int:
    """`count` of the text; where it holds runs of a script written without spaces, `count` of
    what is left around them (made ready by `rest`) plus the words the runs hold."""
    runs = None if text.isascii() else NO_SPACE_RUN_RE.findall(text)
    if not runs:
        return count(text)
    return count(rest(NO_SPACE_RUN_RE.sub(" ", text))) + sum(map(_run_words, runs))


def _run_words(run: str) -> int:
    per = HAN_CHARS_PER_WORD if run[0] >= "\u3000" else THAI_CHARS_PER_WORD
    return -(-len(run) // per)


@lru_cache(maxsize=4096)  # each line of a page is normalised by several rules
def norm(text: str) -> str:
    """Normalise a line for comparisons: NFKC, lower case, words only."""
    return " ".join(TOKEN_RE.findall(unicodedata.normalize("NFKC", text).lower()))


CALENDAR_WORDS = calendar.load()  # month and weekday names, masked in dated template lines


def line_fingerprint(line: str) -> str:
    """Stable short hash of a normalised line with its numbers masked (per-site learning keys on
    it): a short template line that carries a date, a time or a counter ("Stand: 12.01.2026 11:05
    Uhr", "Published 01/09/2026 06:13 PM", "Hits: 1204") recurs as one line across a site's pages.
    In a line with numbers, month and weekday names are masked too ("Publié le 3 mars 2026" and
    "Publié le 9 avril 2026" are one dateline)."""
    key = norm(line)
    if len(key) <= MASKED_MAX_CHARS:  # a long line differing only in its numbers is another paragraph
        masked = DIGITS_RE.sub("0", key)
        key = " ".join("1" if w in CALENDAR_WORDS else w for w in masked.split()) if masked != key else masked
    return xxhash.xxh64_hexdigest(key.encode("utf-8"))


@dataclass
class PageContext:
    """What the page says about itself: its headlines, its site name, the texts of its links.

    Link texts are read only when a line's shape makes the question worth asking.
    """

    titles: Iterable[str | None] = ()
    site_name: str | None = None
    links: Callable[[], Iterable[str]] = field(default=lambda: ())
    authors: set[str] = field(default_factory=set)  # the article's authors' names (also from its byline)
    headings: Callable[[], Iterable[str]] = field(default=lambda: ())  # texts of the page's subheadings
    quotes: Callable[[], Iterable[str]] = field(default=lambda: ())  # texts set apart as quotes (blockquote)
    bylines: Callable[[], Iterable[str]] = field(default=lambda: ())  # "By ..." texts anywhere on the page
    article: Callable[[], Iterable[str]] = field(default=lambda: ())  # the article container's own lines
    plain_headings: Callable[[], Iterable[str]] = field(default=lambda: ())  # headings that are no links

    @cached_property
    def plain_heading_norms(self) -> frozenset[str]:
        """Normalised texts of the page's headings that are no links (see structural.plain_headings)."""
        return frozenset(n for n in (norm(t) for t in self.plain_headings()) if n)

    @cached_property
    def article_norms(self) -> frozenset[str]:
        """Normalised texts of the article container's paragraphs and subheadings."""
        return frozenset(n for n in (norm(t) for t in self.article()) if n)

    @cached_property
    def page_authors(self) -> frozenset[str]:
        """The names the page's bylines give, wherever they stand (read on first use)."""
        return frozenset(name for text in self.bylines() for name in author_names(text))

    @cached_property
    def quote_counts(self) -> Counter[str]:
        """Normalised texts the page sets apart as quotations (a pull quote's markup), each with the
        number of its blocks."""
        return Counter(n for n in (norm(t) for t in self.quotes()) if n)

    @cached_property
    def quote_norms(self) -> frozenset[str]:
        """Normalised texts the page sets apart as quotations."""
        return frozenset(self.quote_counts)

    @cached_property
    def heading_norms(self) -> frozenset[str]:
        """Normalised texts of the page's subheadings (h2-h6, a paragraph that is all bold)."""
        return frozenset(n for n in (norm(t) for t in self.headings()) if n)

    @cached_property
    def title_norms(self) -> frozenset[str]:
        """Normalised headlines, with and without a site name cut off at a separator."""
        out = set()
        for title in self.titles:
            if not title:
                continue
            out.add(norm(title))
            parts = [p for p in TITLE_SEP_RE.split(title) if p.strip()]
            if len(parts) > 1:
                longest = norm(max(parts, key=len))
                if word_count(longest) >= 4:
                    out.add(longest)
        out.discard("")
        return frozenset(out)

    @cached_property
    def site_norm(self) -> str | None:
        return norm(self.site_name) if self.site_name else None

    @cached_property
    def link_norms(self) -> frozenset[str]:
        """Normalised link texts of two words or more (a Japanese headline without spaces counts the
        words it holds, see word_count)."""
        return frozenset(n for n in (norm(t) for t in self.links()) if " " in n or word_count(n) >= 2)

    @cached_property
    def link_chars(self) -> int:
        """Characters of all link texts together: no text is more linked than that."""
        return sum(map(len, self.link_norms))

    def is_linked(self, text: str, share: float = LINKED) -> bool:
        """Is at least this share of the text the text of links on the page? Decided without
        looking for each link when all the page's link texts together are too short."""
        n = norm(text)
        if not n or self.link_chars / len(n) < share:
            return False
        return sum(len(t) for t in self.link_norms if t in n) / len(n) >= share


NO_CONTEXT = PageContext()
AUTHOR_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&|\||\bon\b|\s[-–—·]\s)\s*")
NAME_RE = re.compile(r"^[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,3}$")


def is_byline(text: str) -> bool:
    """A short text opening with "By" (or another byline lead)."""
    return len(text) < BYLINE_MAX_CHARS and BYLINE_RE.match(text) is not None


def author_names(line: str) -> set[str]:
    """The people a byline names ("By Ana Ruiz and Lee Park, Staff Writers" -> both names)."""
    text = BY_LEAD_RE.sub("", line.strip())
    names = set()
    for part in AUTHOR_SPLIT_RE.split(text):
        part = part.strip(" .")
        if NAME_RE.match(part) and _capital(part):
            names.add(part)
    return names
# The rule each whole-text step records (a step whose rule is skipped is not run; the tail
# step's rules are several, and it is skipped as a whole under "tail").
STEP_RULES = {"_strip_teaser_runs": "teaser-run", "_strip_tail": "tail",
              "_strip_trailing_list": "trailing:headline-list", "_strip_repeats": "repeat:pull-quote"}


def clean_lines(
    lines: list[str], title: str | None, learned: frozenset[str] | None = None,
    context: PageContext | None = None, skip: frozenset[str] = frozenset(),
) -> tuple[list[str], list[Removal]]:
    """Apply the line rules and the learned layer; return kept lines and removals.

    Rules named in `skip` are not applied (the safety net's way to undo a rule on one page)."""
    ctx = context or PageContext(titles=(title,) if title else ())
    removed: list[Removal] = []
    kept: list[str] = []
    in_head = True
    under_label = False  # the lines after a learned label: its related headlines, if linked
    rules: list[str | None] = []
    shown = 0  # lines before this one that are not template: the head is counted on the article's
    for i, line in enumerate(lines):
        in_head = in_head and shown < HEAD_MAX_LINES and not _is_prose(line)
        rule = _line_rule(line.strip(), 0 if in_head else max(i, HEAD_LINES), ctx, learned)
        shown += rule not in (LEARNED_RULE, "empty")
        if rule is None and under_label and _is_linked_headline(line, ctx) \
                and norm(line) not in ctx.plain_heading_norms:  # (a contents list links to the text's)
            rule = "teaser-run"  # "Our readers are reading too" learned, its headlines differ by page
        under_label = (rule == LEARNED_RULE and _is_label(line)) or (under_label and rule == "teaser-run")
        if rule == "headline-repeat" and in_head and rules and rules[-1] is None \
                and _is_label_above(lines[i - 1]) and "kicker" not in skip:
            rules[-1] = "kicker"  # a section label over the headline
        rules.append(rule if rule not in skip else None)
    gone: list[bool] | None = None  # the lines the rules take, for judging a recurring subheading
    for i, (line, rule) in enumerate(zip(lines, rules, strict=True)):
        if rule == LEARNED_RULE and norm(line) in ctx.heading_norms:
            # a recurring subheading of the article, once the lines the rules take are gone (the
            # source line of a quotation block above it, an embedded post's, goes too)
            if gone is None:
                gone = [r is not None or (not _is_prose(x) and _in_quote(norm(x), ctx))
                        for x, r in zip(lines, rules, strict=True)]
            if heads_text(lines, gone, i, learned or EMPTY, norm(line) in ctx.article_norms,
                          lambda j: rules[j] == LEARNED_RULE and norm(lines[j]) not in ctx.heading_norms
                          and not ctx.is_linked(lines[j])):
                rule = None
        if rule:
            removed.append(Removal(line, rule))
            if rule == "byline":
                ctx.authors.update(author_names(line))
        else:
            kept.append(line)
    for step in (_strip_teaser_runs, _strip_tail, _strip_trailing_list, _strip_repeats):
        if STEP_RULES[step.__name__] in skip:
            continue
        kept, more = step(kept, ctx)
        removed.extend(more)
    return kept, removed


def heads_text(lines: Sequence[str], gone: Sequence[bool], i: int, template: frozenset[str],
               own: bool = False, passable: Callable[[int], bool] = lambda j: False) -> bool:
    """Does the subheading lines[i] head the article's text once the lines `gone` are gone? It
    stands between two paragraphs (prose, not `template`): the one before it, and the one it heads,
    right after it or after one short template line going between them that is `passable` (plain
    text, no heading, no link, no sentence: a live blog's "<Name> reports from <place>" under an
    entry's heading); not over a list, a headline or a question its label introduced. With nothing above it, a
    subheading of the article's container (`own`) heads its first paragraph ("Dive Brief:"), and
    after any line that is no template (a letter's signature) it heads the next. A
    page that marks a line up as a subheading there makes it the article's, even when it recurs
    ("What happens next")."""
    after = None
    for j in (i + 1, i + 2):
        if j >= len(lines):
            break
        if not gone[j]:
            after = lines[j]
            break
        if j > i + 1 or _is_prose(lines[j]) or SENTENCE_END_RE.search(lines[j].strip()) or not passable(j):
            break  # (a sentence is the block's own: a poll's question under its label)
    if after is None or not _is_prose(after) or line_fingerprint(after) in template:
        return False
    before = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip() and not gone[j]), None)
    if before is None:
        return own
    # (a table's last row, too, is the article's text: a results table, then "What management said";
    # under a subheading of the article's container, any line of the page's own will do: a letter's
    # signature above the next letter's headline)
    return (_is_prose(before) or TABLE_ROW_RE.match(before.strip()) is not None or own) \
        and line_fingerprint(before) not in template


def _line_rule(s: str, index: int, ctx: PageContext, learned: frozenset[str] | None) -> str | None:
    """The rule that removes this line wherever it stands, or None."""
    n = norm(s)
    if not n:
        return "empty"
    if AD_LABEL_RE.match(s):
        return "ad-label"
    if len(s) <= MEDIA_LABEL_MAX_CHARS and MEDIA_LABEL_RE.search(s) and DURATION_RE.search(s) \
            and not END_PUNCT_RE.search(s):
        return "media-label"  # a player's label: "Play Video. Duration: 1 minute 0 seconds", "Durata 03:14"
    if SHORTCODE_RE.match(s):
        return "shortcode"
    if len(s) < 250 and NEWSLETTER_RE.search(s):
        return "newsletter"
    if len(s) < 120 and SHARE_RE.match(s):
        return "share"
    if len(s) < 200 and (COPYRIGHT_RE.search(s) or CREDIT_RE.search(s)):
        return "credit"
    # a picture's credit alone: "Photo: Ana Ruiz / Reuters" (capitalised: not YAML's "image: nginx")
    if len(s) <= CREDIT_LINE_CHARS and (credit := PHOTO_LINE_RE.match(s)) and credit[1][0].isupper() \
            and not END_PUNCT_RE.search(s):
        return "credit"
    if len(s) <= COUNTER_MAX_CHARS and COUNTER_RE.match(s):
        return "counter"  # a slideshow's or a pager's "3 of 14", "Image 3/14"
    if _is_headline(s, n, ctx) and (index < HEAD_LINES or word_count(n) >= 4):
        return "headline-repeat"
    if ctx.site_norm and n == ctx.site_norm:
        return "site-name"
    if index < HEAD_LINES and _is_stamp(s, n):
        return "dateline"
    if index < HEAD_LINES and len(s) < BYLINE_MAX_CHARS and not END_PUNCT_RE.search(s) and (
            BYLINE_RE.match(s) or (DATE_RE.search(s) and " by " in f" {s.lower()}")):
        return "byline"
    if index < HEAD_LINES and _is_kicker(s):
        return "kicker"
    if learned and len(s) <= LEARNABLE_MAX_CHARS and line_fingerprint(s) in learned:
        return LEARNED_RULE
    if len(s) < 250:
        label = LABEL_RE.match(s)
        if label and word_count(label[1]) <= TEASER_LABEL_WORDS and token_count(label[2]) >= 3 \
                and ctx.is_linked(label[2]):
            return "inline-teaser"  # "Read more: <a>headline</a>", "[Related: <a>…</a>]"
        if _is_caps(s) and word_count(n) >= 3 and ctx.is_linked(s):
            return "linked-promo"  # "CLICK HERE TO GET THE APP", capitalised links to other stories
    if word_count(s) >= 12 and ctx.is_linked(s, 0.95):
        return "linked-promo"  # a whole paragraph that is one link: an advertisement or a teaser
    if PROMO_OPENING_RE.match(s) and word_count(s) <= 12 and ctx.is_linked(s, 0.95):
        return "linked-promo"  # "Find out more about our river projects", one link standing alone
    return None


def _is_headline(s: str, n: str, ctx: PageContext) -> bool:
    """The page's headline, also with the site's name after a separator ("Headline | Site")."""
    if n in ctx.title_norms:
        return True
    # the headline part of "Headline | Site" is a run of the line's words: no need to split the
    # line when no headline occurs in it
    if not any(t in n for t in ctx.title_norms):
        return False
    parts = [p for p in TITLE_SEP_RE.split(s) if p.strip()]
    return len(parts) > 1 and norm(max(parts, key=len)) in ctx.title_norms


def _is_stamp(s: str, n: str) -> bool:
    """A short line that is a date, a time or a reading time, with a few words around it."""
    if len(s) > 60:
        return False
    words = n.split()
    numbers = sum(any(c.isdigit() for c in w) for w in words)
    if len(words) > (10 if numbers >= 3 else 8) or SENTENCE_END_RE.search(s) and len(words) > 4:
        return False
    digits = sum(c.isdigit() for c in s)
    if STAMP_RE.search(s) and (numbers >= 2 or len(words) <= 3) and digits >= 0.15 * len(s.replace(" ", "")):
        return True  # "August 08, 2018", "Updated at 1:23 p.m.", "05/10/2018" (not "Tour dates 2018")
    return len(words) <= 5 and numbers >= 1 and any(w.startswith("min") for w in words)  # reading time


def is_headline_text(text: str) -> bool:
    """A text that reads as a headline of four words or more: not a date (an embedded post's
    "October 9, 2018" permalink), not an address (a link's text that is its URL)."""
    words = norm(text).split()
    if not words or words[0] in ("http", "https", "www"):
        return False
    text = " ".join(words)
    wordy = sum(w not in CALENDAR_WORDS and not any(c.isdigit() for c in w) for w in words)
    return token_count(text) >= 4 and wordy >= min(3, len(words))


def _is_prose(line: str) -> bool:
    """A paragraph of the article's text: long, or a sentence of several words."""
    return len(line) >= PROSE_CHARS or (word_count(line) >= 8 and bool(SENTENCE_END_RE.search(line.strip())))


def _is_caps(s: str) -> bool:
    return s.upper() == s and s.lower() != s


def _is_heading_like(line: str, max_chars: int = 80) -> bool:
    return len(line) <= max_chars and not END_PUNCT_RE.search(line)


def _is_linked_headline(line: str, ctx: PageContext) -> bool:
    words = token_count(line)
    return 3 <= words <= 25 and len(line) <= 200 and ctx.is_linked(line)


def _strip_teaser_runs(lines: list[str], ctx: PageContext) -> tuple[list[str], list[Removal]]:
    """Drop runs of 2+ lines that are each a link to another story, under a short unlinked label.

    ("DON'T MISS" / "You may also like…" and the headlines under it.) The label is what tells a
    teaser run from a list of linked product names or sources, which are content.
    """
    kept: list[str] = []
    removed: list[Removal] = []
    i = 0
    while i < len(lines):
        j = i + 1
        if _is_label(lines[i]) and not _is_linked_headline(lines[i], ctx):
            while j < len(lines) and _is_linked_headline(lines[j], ctx):
                j += 1
        # "See also:", "Lesen Sie auch:" and one headline are a teaser too
        see_also = lines[i].rstrip().endswith(":") and token_count(lines[i]) <= 3
        if j - i >= 3 or (j - i == 2 and see_also):
            removed.extend(Removal(line, "teaser-run") for line in lines[i:j])
        else:
            kept.extend(lines[i:j])
        i = j
    return kept, removed


def _is_label(line: str) -> bool:
    """A short heading: a few words, no sentence end (a trailing ellipsis or colon is fine)."""
    s = line.strip().rstrip(".…:")
    # a long line stops at its seventh word
    if s.isascii():
        words = sum(1 for _ in islice(TOKEN_RE.finditer(s), 7))
    else:  # an opening of seven words is enough (an opening holds no more words than the whole)
        words = token_count(s[:LABEL_PROBE_CHARS])
        words = words if words > 6 else token_count(s)
    return 0 < words <= 6 and not SENTENCE_END_RE.search(s)


def _tail_rule(s: str, ctx: PageContext = NO_CONTEXT) -> str | None:
    """The rule that removes this line when it is among the last lines of an article."""
    n = norm(s)
    if _is_bio(s, ctx):
        return "tail:author-bio"  # "Ana Ruiz is a senior correspondent …": the article has ended
    if len(s) <= 300 and SIGNOFF_RE.search(s):
        return "tail:credit"
    if _is_contact(s):
        return "tail:contact"  # "Write to … at name@example.com", "Follow her @handle", an address, a phone
    if len(s) <= 300 and PROMO_RE.match(s) or len(s) <= PROMO_LINE_CHARS and any(
            PROMO_RE.match(x) for x in SENTENCE_SPLIT_RE.split(s)[1:]):
        return "tail:promo"  # "Subscribe …", "Stay updated with … Follow us on Google News."
    if len(s) <= 60 and TAGS_RE.match(s):
        return "tail:tags"
    if _is_stamp(s, n):
        return "tail:dateline"
    if len(s) <= 30 and word_count(n) <= 2 and FRAGMENT_RE.match(s):
        return "tail:fragment"  # "Comments", "Back", the site's name: the page goes on, the article ended
    return None


def _is_contact(s: str) -> bool:
    """A line of contact details: an address (e-mail, web, handle) alone or with a cue, a phone."""
    return (len(s) <= 250 and CONTACT_RE.search(s) is not None and (
        CONTACT_RE.fullmatch(s) is not None or CONTACT_CUE_RE.match(s) is not None
        or (len(s) <= 160 and CONTACT_CUE_RE.search(s) is not None))) \
        or (len(s) <= 120 and PHONE_RE.match(s) is not None)


def _is_contact_name(s: str) -> bool:
    """A short line with no sentence in it: whom a contact block's details reach, or its label."""
    return 0 < len(s) <= CONTACT_NAME_MAX_CHARS and not SENTENCE_END_RE.search(s)


def _is_bio(s: str, ctx: PageContext) -> bool:
    """An author's bio: a line of at most BIO_MAX_CHARS opening with an author's name."""
    return len(s) <= BIO_MAX_CHARS and _opens_with_author(s, ctx)


def _opens_with_author(s: str, ctx: PageContext) -> bool:
    """Does the line open with the name of one of the article's authors (from the metadata and the
    byline; from a "By ..." anywhere on the page, read only for a line opening with a name)?"""
    def opens(names: Iterable[str]) -> bool:
        return any(s.startswith(name) and word_count(name) >= 2 for name in names)
    return opens(ctx.authors) or (_opens_with_name(s) and opens(ctx.page_authors))


def _opens_with_name(s: str) -> bool:
    """Do the line's first two words start with capitals, as a name does?"""
    words = s.split(" ", 2)
    return len(words) >= 2 and _capital(words[0]) and _capital(words[1])


def _capital(word: str) -> bool:
    """Does the word open with a capital, or with a letter of a script without case (Hebrew,
    Arabic, Devanagari ...), where a name is written as any other word?"""
    return word[:1].isupper() or (word[:1].isalpha() and not word[:1].islower())


def _strip_tail(lines: list[str], ctx: PageContext) -> tuple[list[str], list[Removal]]:
    """Drop sign-offs, contact lines, promotions, tags and stray fragments from the end."""
    removed: list[Removal] = []
    end = len(lines)
    while end > 1 and len(lines) - end < TAIL_LINES:
        line = lines[end - 1].strip()
        rule = _tail_rule(line, ctx)
        if rule is None and end == len(lines) and _is_orphan_heading(line):
            rule = "tail:label"  # an article does not end on a label: what it introduced was removed
        if rule is None and end >= 2 and TAGS_RE.match(lines[end - 2]) and _is_term_list(line):
            rule = "tail:tags"
        if rule is None and removed and removed[-1].rule == "tail:author-bio" and _names_author(line, ctx):
            rule = "tail:author-bio"  # the bio's label: "About Ana Ruiz", "Zur Person: Ana Ruiz"
        if rule is None and removed and removed[-1].rule == "tail:contact" and _is_contact_name(line) \
                and EMAIL_OR_PHONE_RE.search(removed[-1].text) \
                and sum(r.rule == "tail:contact" and not _is_contact(r.text) for r in removed) < 2:
            rule = "tail:contact"  # whom the details reach, and the label: "Media enquiries", "Press office"
        if rule is None:
            break
        removed.append(Removal(lines[end - 1], rule))
        end -= 1
    removed.reverse()
    about = _about_start(lines[:end])
    if about is not None:  # "About <Org>" over "<Org> is …": the boilerplate a press release ends with
        removed = [Removal(line, "tail:about") for line in lines[about:end]] + removed
        end = about
    bio = _bio_start(lines[:end], ctx)
    if bio is not None and bio > 1 and _names_author(lines[bio - 1].strip(), ctx):
        bio -= 1  # its label
    if bio is not None:  # the author's bio ends the article: what follows it is the page's
        removed = [Removal(line, "tail:author-bio" if i == bio else "tail:after-bio")
                   for i, line in enumerate(lines[bio:end], bio)] + removed
        end = bio
    return lines[:end], removed


def _about_start(lines: list[str]) -> int | None:
    """Where a press release's boilerplate starts among its last TAIL_LINES + 2 lines: a label
    "About <Org>" right over a paragraph that opens with the same name ("<Org> is a provider of
    …"); what follows it (forward-looking statements, media contact, "SOURCE <Org>") is the
    release's boilerplate too. None when there is no such label."""
    for i in range(max(1, len(lines) - TAIL_LINES - 2), len(lines) - 1):
        label = ABOUT_RE.match(lines[i].strip())
        if label and lines[i + 1].strip().startswith(label[1]) and i > 0:
            return i
    return None


def _names_author(s: str, ctx: PageContext) -> bool:
    """Is the line a short label naming one of the article's authors (no sentence)?"""
    return len(s) <= BIO_LABEL_MAX_CHARS and not SENTENCE_END_RE.search(s) \
        and any(name in s for name in ctx.authors if word_count(name) >= 2)


def _bio_start(lines: list[str], ctx: PageContext) -> int | None:
    """Where the author's bio stands among the last TAIL_LINES lines, when only short lines (a
    notice, an ad, a disclaimer; no article paragraph) follow it; None when there is none.

    A bio opens with the name of an author the byline gave ("Ana Ruiz reports on ..."); the
    comment notice, a classified ad or a disclaimer may come after it, the article's text never."""
    if not ctx.authors:
        return None
    for i in range(len(lines) - 1, max(0, len(lines) - TAIL_LINES), -1):
        if _is_bio(lines[i].strip(), ctx):
            return i
        if len(lines[i]) > AFTER_BIO_MAX_CHARS:
            return None  # an article paragraph after it: the name opens a sentence of the article
    return None


def _is_orphan_heading(line: str) -> bool:
    """A short label with nothing after it ("You may also like:")."""
    words = token_count(line)
    return 0 < words <= 5 and line.endswith(":") and not any(c.isdigit() for c in line)


KICKER_SPLIT_RE = re.compile(r"\s+[|›»/]\s+")  # "Girls Basketball | Nonconference", "News › Politics"
KICKER_MAX_CHARS = 80


def _is_kicker(s: str) -> bool:
    """A kicker or breadcrumb in the article's head: a few short labels set apart by "|", "›", "»"
    or "/", no sentence."""
    if len(s) > KICKER_MAX_CHARS or END_PUNCT_RE.search(s):
        return False
    parts = KICKER_SPLIT_RE.split(s)
    return 2 <= len(parts) <= 4 and all(0 < len(TOKEN_RE.findall(x)) <= 4 for x in parts)


def _is_label_above(s: str) -> bool:
    """A section label ("Economia", "World news") set over the headline: a few words, no sentence.
    Nothing of the article's own text stands above its headline."""
    s = s.strip()
    return 0 < len(TOKEN_RE.findall(s)) <= 3 and len(s) <= KICKER_MAX_CHARS // 2 \
        and not END_PUNCT_RE.search(s)


def _is_term_list(line: str) -> bool:
    """A comma- or pipe-separated list of short terms (a tag list)."""
    items = [i for i in re.split(r"[,|;]", line) if i.strip()]
    return len(items) >= 2 and all(len(TOKEN_RE.findall(i)) <= 5 for i in items) \
        and not SENTENCE_END_RE.search(line.strip())


def _strip_trailing_list(lines: list[str], ctx: PageContext) -> tuple[list[str], list[Removal]]:
    """Drop a trailing block: a short heading then 3+ headline-like lines (no sentence ends)."""
    run = 0
    for line in reversed(lines):
        if _is_heading_like(line, 140) and word_count(line) >= 3 and not line.startswith(("-", "•")):
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


def _strip_repeats(lines: list[str], ctx: PageContext | None = None) -> tuple[list[str], list[Removal]]:
    """Drop pull quotes and teasers: a whole sentence repeated inside a longer paragraph.

    Lines repeated verbatim are kept (on the benchmark set they are mostly real content: interview
    questions, repeated tables), unless the later copy opens a quotation block with a source line
    after it (an embedded post quoting the paragraph above it; not a forum's quoted post)."""
    normed = [norm(line) for line in lines]
    joined = "\n".join(normed)
    kept: list[str] = []
    removed: list[Removal] = []
    credit = ""  # the rest of the quotation block of a pull quote just removed: its source's line
    for i, (line, n) in enumerate(zip(lines, normed, strict=True)):
        if credit and n and n in credit:
            removed.append(Removal(line, "repeat:pull-quote"))
            credit = credit.replace(n, "", 1)
            continue
        credit = ""
        # cheap test first: does the text occur anywhere but in its own line and its exact copies?
        words = word_count(n)
        quotable = words >= PULL_QUOTE_MIN_WORDS or (
            words >= SENTENCE_QUOTE_MIN_WORDS and SENTENCE_END_RE.search(line.strip()) is not None)
        # a paragraph quoted again in a block with its source line (an embedded post)
        copy = quotable and n in normed[:i] and _quoted_copy(n, normed, ctx) and bool(_quote_rest(n, ctx))
        if copy or quotable and joined.count(n) > normed.count(n) and any(
                j != i and n in other and (len(other) >= PULL_QUOTE_SOURCE * len(n)
                                   or ((_is_quoted(line) or _opens_quote(n, ctx))
                                       and _is_sentence_of(n, lines[j])))
                for j, other in enumerate(normed)):
            removed.append(Removal(line, "repeat:pull-quote"))
            credit = _quote_rest(n, ctx)
            continue
        kept.append(line)
    return kept, removed


def _in_quote(n: str, ctx: PageContext) -> bool:
    """Is the normalised line `n` part of one of the page's quotation blocks?"""
    return bool(n) and any(n in q for q in ctx.quote_norms)


def _opens_quote(n: str, ctx: PageContext | None) -> bool:
    """Does the normalised line `n` open (or make up) a quotation block of the page?"""
    return ctx is not None and any(q.startswith(n) for q in ctx.quote_norms)


def _quoted_copy(n: str, normed: list[str], ctx: PageContext | None) -> bool:
    """Do fewer quotation blocks open with the normalised line `n` than there are lines `n`, some
    (an embedded post quoting a paragraph of the article)? Copies all set as quotations are the
    page's (a carousel of testimonials)."""
    blocks = 0 if ctx is None else sum(k for q, k in ctx.quote_counts.items() if q.startswith(n))
    return 0 < blocks < normed.count(n)


def _quote_rest(n: str, ctx: PageContext | None) -> str:
    """What the quotation block opening with the pull quote `n` holds after it (an embedded
    post's "— Name (@handle) date", a quote's source), when that is a short line: it goes with
    the quote. Empty when `n` opens no quotation block."""
    if ctx is None:
        return ""
    rest = next((q[len(n):].strip() for q in ctx.quote_norms if q.startswith(n) and len(q) > len(n)), "")
    return rest if len(rest) <= QUOTE_CREDIT_MAX_CHARS else ""


def _is_quoted(line: str) -> bool:
    """Is the line set as a quotation, opening and closing with quote marks (a pull quote)?"""
    s = line.strip()
    return len(s) > 2 and s[0] in OPEN_QUOTES and s[-1] in CLOSE_QUOTES


def _is_sentence_of(n: str, paragraph: str) -> bool:
    """Is the normalised text `n` one whole sentence of a longer paragraph (a pull quote whose
    paragraph is too short for the length test)?"""
    sentences = SENTENCE_SPLIT_RE.split(paragraph.strip())
    return len(sentences) > 1 and any(norm(x) == n for x in sentences)


LIST_MARK_RE = re.compile(r"^[-*•] ")  # the mark trafilatura sets before a list item's line


def candidate_lines(lines: Iterable[str], code: frozenset[str] = frozenset()) -> list[str]:
    """The page's lines for per-site learning, in page order: a line too long to be learned
    becomes "" (it is article text, and where it stands tells the head and tail of the page
    from its middle, see sitelearn.template_zone), and so does a line of `code`, the page's lines
    that are its article's own however often they recur (whitespace-normalised: its code blocks
    and notes, see core._never_template), and a row of a table (a results table's "| Revenue | 1,466.4 |
    +8.2% |" recurs on a site once its numbers are masked; the real-page sets count tables as text)."""
    return [line if len(line) <= LEARNABLE_MAX_CHARS and not TABLE_ROW_RE.match(line)
            and LIST_MARK_RE.sub("", " ".join(line.split())) not in code else ""
            for line in (s.strip() for s in lines) if line]


TABLE_ROW_RE = re.compile(r"^\|.*\|.*\|$")  # trafilatura's row of a table: "| cell | cell |"
