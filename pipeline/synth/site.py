"""A synthetic news site for benchmarks: N generated articles across H hosts, served on 127.0.0.1.

Every host is its own `ThreadingHTTPServer` on an ephemeral port of 127.0.0.1 (daemon threads,
HTTP/1.1 keep-alive), serving RSS 2.0 feeds of at most `FEED_ITEMS` items (`/feeds/N.xml`),
article pages with realistic chrome (navigation, share bar, newsletter box, "Our readers are
reading too", ads, footer), `/robots.txt`, and 404 for anything else. Each response waits the
configured latency before answering. Each host records its peak of simultaneous in-flight
requests, so a benchmark can show a client's per-host limit held.

Article text (600-1,200 words) is generated from a seeded phrase grammar over a large word pool
(over 22,000 distinct words and names), so two articles share no more than common phrases: they
are not near-duplicates (no MinHash band key of newsflow's dedup is shared between two articles),
unless `copies` asks for a share of syndicated copies. Generation depends only on (articles, hosts,
seed, copies); rendering adds the base URL.

    with SynthSite(articles=200, hosts=4, latency=0.05) as site:
        site.write_feeds_file(path); ...; site.peaks()
"""

from __future__ import annotations

import contextlib
import os
import random
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote, urlsplit

import yaml

FEED_ITEMS = 500  # items per feed at most; a host with more articles gets several feeds
HOST_SUFFIX = "newsflow-bench.test"  # dotted names for clients that refuse 127.0.0.1 URLs
HOSTS_FILE = Path("/etc/hosts")
HOSTS_MARK = "# newsflow benchmark (pipeline/synth/site.py)"
EPOCH = datetime(2026, 3, 1, 18, 0, tzinfo=UTC)
ROBOTS_TXT = "User-agent: *\nDisallow: /private/\nDisallow: /search\n"
HTML_TYPE = "text/html; charset=utf-8"
RSS_TYPE = "application/rss+xml; charset=utf-8"

# --- the word pool -------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


NOUNS = _words("""
council budget harbour railway station bridge hospital school teacher nurse doctor patient
farmer harvest orchard river valley village market shop factory plant worker union strike
minister government parliament election voter campaign candidate party mayor city district
court judge jury lawyer trial verdict appeal police officer suspect investigation report
museum gallery painting exhibition theatre festival concert orchestra choir library archive
engineer project contract tender supplier company investor shareholder profit loss revenue
price inflation wage pension tax levy grant fund charity volunteer community neighbourhood
street road junction motorway tunnel ferry port airport runway flight passenger timetable
storm flood drought heatwave forecast temperature rainfall glacier coast beach cliff island
forest meadow wetland reserve species bird otter salmon beetle bee pollinator habitat
scientist researcher laboratory study trial vaccine treatment clinic ward ambulance surgery
student university lecture degree scholarship apprentice graduate campus dormitory exam
club coach player striker goalkeeper season league cup final match title record medal
athlete runner cyclist marathon course stadium crowd supporter referee transfer contract
reporter editor newspaper broadcaster podcast interview statement spokesperson announcement
software network server outage breach password device battery sensor satellite launch rocket
bakery brewery vineyard distillery restaurant chef menu kitchen cafe landlord tenant rent
housing estate development planning permission architect builder scaffold roof chimney
document letter petition protest march rally banner leaflet meeting committee chair agenda
museum collection sculpture manuscript portrait relic excavation archaeologist skeleton coin
lighthouse harbourmaster trawler catch quota fisherman dock crane container warehouse lorry
pipeline reservoir pump turbine substation grid cable meter tariff supplier consumer bill
hospital waiting list backlog shortage recruitment training scheme pilot trial review audit
inspector regulator watchdog ombudsman complaint inquiry hearing witness evidence testimony
""")

VERBS = _words("""
approved rejected announced delayed postponed confirmed denied launched opened closed
reopened extended reduced raised cut doubled halved expanded restored repaired replaced
criticised praised questioned challenged defended welcomed warned urged promised pledged
revealed published released unveiled discovered uncovered recorded measured estimated
reported signed agreed negotiated suspended resumed cancelled scrapped revived funded
backed opposed supported blocked cleared tested trialled inspected surveyed mapped
rebuilt renovated converted demolished relocated merged acquired sold bought leased
hired appointed dismissed elected nominated thanked honoured celebrated marked recalled
""")

ADJECTIVES = _words("""
new old local regional national historic modern rural urban coastal northern southern
eastern western central early late recent annual monthly weekly daily major minor key
public private independent official formal informal temporary permanent final initial
controversial popular unpopular costly expensive cheap affordable ambitious modest rapid
slow gradual sudden unexpected expected record-breaking unprecedented familiar unusual
rare common dangerous safe fragile resilient busy quiet crowded empty flooded damaged
restored derelict listed protected endangered thriving struggling growing shrinking
senior junior former future current second third fourth fifth sixth rival neighbouring
""")

ADVERBS = _words("""
quickly slowly quietly openly finally eventually recently already still again
formally narrowly unanimously reluctantly cautiously sharply steadily briefly jointly
""")

PREPOSITIONS = _words("in at near outside across beyond around behind beside along through under")
DAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
MONTHS = _words("January February March April May June July August September October November "
                "December")
FIRST_NAMES = _words("""
Amara Ben Chloe Daniel Elif Farid Grace Hamza Ines Jonas Kemi Liam Maya Niko Olga Priya
Quentin Rosa Samir Tara Umar Vera Wen Ximena Yusuf Zofia Aidan Bianca Cormac Dalia Emeka
Freya Gideon Hana Ivan Jada Kofi Lena Mateo Nadia Oscar Paloma Rhys Sana Tomas Uma Viktor
Willa Yara Zane Aurelio Beatriz Callum Dina Esme Felix Greta Hugo Isla Joel Kira Lars
Mirela Noor Orla Pavel Rania Soren Talia Ugo Valentina Wren Yannick Zara
""")
ROLES = _words("""
spokesperson director chair secretary treasurer councillor manager organiser coordinator
analyst economist historian curator warden inspector superintendent professor lecturer
""")
ORG_KINDS = _words("""
Council Trust Society Association Institute Foundation Partnership Authority Group
Cooperative Union Alliance Board Agency Commission
""")
PLACE_ENDINGS = _words("ton ford bury field wick ham mouth bridge stead ley worth dale port by cliff")
SYLLABLES = _words("""
ab al an ar as ba be bel bo bra ca cal car ce cor da del do dra dun e el en er fa fel fen
ga gar gil go ha hal har he hol i il in is ka kel ker la lan lo lor ma mar mel mor na nel
nor o ol or pa pel por ra ran re rin ro sa sel sor ta tal ter to tor u ul un va vel vor wa
wel wyn ya yor za zel
""")
SECTIONS = ("Local", "Politics", "Business", "Environment", "Transport", "Health", "Education",
            "Culture", "Sport", "Science")
SITE_WORDS = ("Courier", "Gazette", "Herald", "Chronicle", "Observer", "Post", "Times",
              "Examiner", "Sentinel", "Echo", "Clarion", "Dispatch")


def _proper_names(rng: random.Random, count: int, endings: list[str]) -> list[str]:
    """Return `count` distinct pronounceable names built from syllables (and an ending)."""
    names: set[str] = set()
    while len(names) < count:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3)))
        if endings:
            word += rng.choice(endings)
        if len(word) >= 4:
            names.add(word.capitalize())
    return sorted(names)


@dataclass(frozen=True)
class WordPool:
    """The generated vocabulary: real common words plus thousands of generated names."""

    places: list[str]
    surnames: list[str]
    orgs: list[str]
    things: list[str]  # generated product / project / species names, used as nouns

    @classmethod
    def build(cls, seed: int) -> WordPool:
        """Build the pool deterministically from a seed."""
        rng = random.Random(f"pool-{seed}")
        places = _proper_names(rng, 6000, PLACE_ENDINGS)
        surnames = _proper_names(rng, 8000, [])
        orgs = [f"{rng.choice(places)} {rng.choice(ORG_KINDS)}" for _ in range(4000)]
        things = [w.lower() for w in _proper_names(rng, 8000, ["a", "ium", "ex", "o", "ine", ""])]
        return cls(places, surnames, orgs, things)

    def size(self) -> int:
        """Number of distinct words and names in the pool."""
        words = set(NOUNS + VERBS + ADJECTIVES + ADVERBS + FIRST_NAMES + self.places
                    + self.surnames + self.things)
        return len(words)


class Prose:
    """A tiny phrase grammar over the pool: varied sentences, few fixed phrases."""

    def __init__(self, rng: random.Random, pool: WordPool):
        self.rng = rng
        self.pool = pool

    def person(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(self.pool.surnames)}"

    def noun(self) -> str:
        r = self.rng.random()
        return self.rng.choice(self.pool.things) if r < 0.2 else self.rng.choice(NOUNS)

    def noun_phrase(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.12:
            return self.person()
        if r < 0.22:
            return f"the {rng.choice(self.pool.orgs)}"
        if r < 0.30:
            return rng.choice(self.pool.places)
        det = rng.choice(("the", "the", "a", "its", "their", "this", "every", "one"))
        if det in ("a", "one", "every") or rng.random() < 0.5:
            words = [det, rng.choice(ADJECTIVES), self.noun()]
        else:
            words = [det, self.noun()]
        if det == "a" and words[1][0] in "aeiou":
            words[0] = "an"
        if rng.random() < 0.25:
            words += ["of", "the", self.noun()]
        return " ".join(words)

    def number(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            return f"{rng.randint(2, 99)}"
        if r < 0.6:
            return f"{rng.randint(100, 9999):,}"
        if r < 0.8:
            return f"{rng.randint(11, 99) / 10:.1f} million"
        return f"{rng.randint(2, 95)} per cent"

    def clause(self) -> str:
        rng = self.rng
        subject = self.noun_phrase()
        verb = rng.choice(VERBS)
        if rng.random() < 0.15:
            verb = f"{rng.choice(ADVERBS)} {verb}"
        r = rng.random()
        if r < 0.55:
            rest = self.noun_phrase()
        elif r < 0.75:
            rest = f"{self.noun_phrase()} {rng.choice(PREPOSITIONS)} {self.noun_phrase()}"
        elif r < 0.9:
            rest = f"{self.number()} {self.noun()}s"
        else:
            rest = f"{self.noun_phrase()} on {rng.choice(DAYS)}"
        return f"{subject} {verb} {rest}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.14:  # a quote
            text = f"\u201c{self._cap(self.clause())}, and {self.clause()},\u201d said {self.person()}, " \
                   f"{rng.choice(ROLES)} of the {rng.choice(self.pool.orgs)}."
            return text
        if r < 0.24:
            text = f"{rng.choice(('By', 'Since', 'Before', 'After', 'Until'))} " \
                   f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {self.clause()}."
        elif r < 0.5:
            joiner = rng.choice((", while", ", but", " and", ", after", " because", ", although"))
            text = f"{self.clause()}{joiner} {self.clause()}."
        elif r < 0.6:
            text = f"{self.clause()}, according to {self.noun_phrase()}."
        else:
            text = f"{self.clause()}."
        return self._cap(text)

    @staticmethod
    def _cap(text: str) -> str:
        return text[:1].upper() + text[1:]

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            text = f"{rng.choice(self.pool.places)} {rng.choice(VERBS)} {self.noun_phrase()}"
        elif r < 0.7:
            text = f"{self.noun_phrase()} {rng.choice(VERBS)} {rng.choice(PREPOSITIONS)} " \
                   f"{rng.choice(self.pool.places)}"
        else:
            text = f"{self.person()}: {self.noun_phrase()} {rng.choice(VERBS)}"
        return self._cap(text)


# --- articles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """One generated article; its URL is `base + path` on host `host`."""

    id: int
    host: int
    path: str
    title: str
    author: str
    section: str
    published: datetime
    paragraphs: tuple[str, ...]
    copy_of: int | None = None  # id of the article this one is a syndicated copy of

    def words(self) -> int:
        """Number of words of the body."""
        return sum(len(p.split()) for p in self.paragraphs)


def _slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    return "-".join(part for part in out.split("-") if part)[:60].strip("-")


def generate_articles(articles: int, hosts: int, seed: int = 1, copies: float = 0.0) -> list[Article]:
    """Generate `articles` articles spread round-robin over `hosts` hosts (deterministic).

    With `copies` (a share, 0 to 1), that share of the articles are syndicated copies of an
    earlier article of another host (`syndicated_copy`): near-duplicates newsflow should link."""
    pool = WordPool.build(seed)
    out: list[Article] = []
    for i in range(articles):
        rng = random.Random(f"article-{seed}-{i}")
        prose = Prose(rng, pool)
        pick = random.Random(f"copy-{seed}-{i}")  # its own draws: the other articles stay as they are
        originals = [a for a in out[-50:] if a.host != i % hosts and a.copy_of is None]
        if copies and originals and pick.random() < copies:
            out.append(syndicated_copy(pick.choice(originals), i, i % hosts, prose, pick))
            continue
        target = rng.randint(600, 1200)
        paragraphs: list[str] = []
        count = 0
        while count < target:
            para = " ".join(prose.sentence() for _ in range(rng.randint(2, 5)))
            paragraphs.append(para)
            count += len(para.split())
        title = prose.title()
        published = EPOCH - timedelta(minutes=7 * i + rng.randint(0, 6))
        path = f"/news/{published:%Y/%m}/{_slug(title)}-{i + 1}.html"
        out.append(Article(i + 1, i % hosts, path, title, prose.person(), rng.choice(SECTIONS),
                           published, tuple(paragraphs)))
    return out


def syndicated_copy(original: Article, i: int, host: int, prose: Prose, rng: random.Random) -> Article:
    """Article i on `host`: wire copy of `original` with a dateline, a headline of its own and,
    for a longer story, its last paragraph dropped, published up to two hours later."""
    paragraphs = list(original.paragraphs)
    if len(paragraphs) > 3:
        paragraphs.pop()
    paragraphs[0] = f"{rng.choice(DATELINES)} (Wire) \u2014 {paragraphs[0]}"
    title = prose.title()
    published = original.published + timedelta(minutes=rng.randint(5, 120))
    path = f"/news/{published:%Y/%m}/{_slug(title)}-{i + 1}.html"
    return Article(i + 1, host, path, title, prose.person(), original.section, published, tuple(paragraphs),
                   copy_of=original.id)


DATELINES = ("LONDON", "PARIS", "NAIROBI", "LIMA", "OSLO", "MANILA")


# --- rendering -----------------------------------------------------------------------------


@dataclass(frozen=True)
class HostStyle:
    """What makes one host's pages look like its own site."""

    name: str
    layout: int  # 0: WordPress-like, 1: modern <main>/<aside>, 2: older div/table soup


def host_style(host: int, seed: int = 1) -> HostStyle:
    """The site name and layout of host number `host`."""
    rng = random.Random(f"host-{seed}-{host}")
    place = _proper_names(rng, 1, PLACE_ENDINGS)[0]
    return HostStyle(f"The {place} {rng.choice(SITE_WORDS)}", host % 3)


def _nav(base: str) -> str:
    links = " ".join(f'<li><a href="{base}/section/{s.lower()}">{s}</a></li>' for s in SECTIONS)
    return (f'<nav class="main-nav" aria-label="Sections"><ul>{links}'
            f'<li><a href="{base}/search">Search</a></li>'
            f'<li><a href="{base}/subscribe">Subscribe</a></li></ul></nav>')


def _share(url: str, title: str) -> str:
    u, t = quote(url, safe=""), quote(title, safe="")
    return ('<div class="share-bar"><span>Share this article</span>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}">Facebook</a>'
            f'<a href="https://twitter.com/intent/tweet?url={u}&amp;text={t}">X</a>'
            f'<a href="https://www.linkedin.com/shareArticle?url={u}">LinkedIn</a>'
            f'<a href="mailto:?subject={t}&amp;body={u}">Email</a>'
            '<button class="copy-link">Copy link</button></div>')


def _newsletter(base: str, site: str) -> str:
    return ('<aside class="newsletter-box"><h3>Get the morning briefing</h3>'
            f'<p>The day\'s essential stories from {escape(site)}, in your inbox before 7am.</p>'
            f'<form action="{base}/newsletter" method="post"><input type="email" name="email" '
            'placeholder="Your email address"><button type="submit">Sign up</button></form>'
            '<p class="small">You can unsubscribe at any time. See our privacy notice.</p></aside>')


def _related(base: str, related: list[Article]) -> str:
    items = "".join(f'<li><a href="{base}{a.path}">{escape(a.title)}</a>'
                    f'<span class="ago">{a.published:%d %b}</span></li>' for a in related)
    return ('<section class="related"><h2>Our readers are reading too</h2>'
            f'<ul>{items}</ul></section>')


def _footer(base: str, site: str) -> str:
    links = " | ".join(f'<a href="{base}/{p}">{p.replace("-", " ").capitalize()}</a>'
                       for p in ("about-us", "contact", "advertise", "careers", "privacy",
                                 "cookies", "terms", "corrections", "accessibility", "rss"))
    return (f'<footer class="site-footer"><p>{links}</p><p>&copy; 2026 {escape(site)} Media Ltd. '
            'All rights reserved. Registered in England and Wales.</p></footer>')


def render_page(article: Article, base: str, related: list[Article], style: HostStyle) -> str:
    """Render one article page with its site's chrome."""
    url = base + article.path
    title = escape(article.title)
    site = escape(style.name)
    iso = article.published.isoformat()
    human = f"{article.published:%A %d %B %Y, %H:%M}"
    description = escape(article.paragraphs[0].split(". ")[0][:200])
    body_parts: list[str] = []
    for k, para in enumerate(article.paragraphs):
        body_parts.append(f"<p>{escape(para)}</p>")
        if k == 2:
            body_parts.append('<div class="ad-slot"><p class="ad-label">Advertisement</p>'
                              '<div id="div-gpt-ad-1" style="min-height:250px"></div></div>')
        if k == 5 and related:
            body_parts.append(f'<p class="read-more"><strong>Read more:</strong> '
                              f'<a href="{base}{related[0].path}">{escape(related[0].title)}</a></p>')
    body = "\n".join(body_parts)
    head = (f'<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{title} | {site}</title>\n<link rel="canonical" href="{url}">\n'
            f'<meta name="description" content="{description}">\n'
            f'<meta name="author" content="{escape(article.author)}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:site_name" content="{site}">\n'
            f'<meta property="og:title" content="{title}">\n'
            f'<meta property="og:url" content="{url}">\n'
            f'<meta property="article:published_time" content="{iso}">\n'
            f'<meta property="article:section" content="{article.section}">\n'
            f'<link rel="alternate" type="application/rss+xml" title="{site}" href="{base}/feeds/0.xml">\n'
            f'<link rel="stylesheet" href="{base}/static/site.css?v=20260301">\n'
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
            f'"headline":"{title}","datePublished":"{iso}","author":{{"@type":"Person",'
            f'"name":"{escape(article.author)}"}},"publisher":{{"@type":"Organization","name":"{site}"}}}}'
            '</script>\n'
            '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}'
            'gtag("js",new Date());gtag("config","G-BENCH0000");</script>\n'
            f'<script async src="{base}/static/ads.js"></script>\n</head>\n')
    cookie = ('<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your '
              'experience and to show you relevant advertising.</p><button>Accept all</button>'
              '<button>Manage preferences</button></div>')
    byline = (f'<p class="byline">By <a rel="author" href="{base}/author/{_slug(article.author)}">'
              f'{escape(article.author)}</a> &middot; <time datetime="{iso}">{human}</time> &middot; '
              f'<a href="{base}/section/{article.section.lower()}">{article.section}</a></p>')
    tail = (f'<p class="tags">Topics: <a href="{base}/tag/{article.section.lower()}">'
            f'{article.section}</a> <a href="{base}/tag/{_slug(site)}">{site}</a></p>')
    most_read = _related(base, related[1:]).replace("Our readers are reading too", "Most read")
    if style.layout == 0:
        page = (f'<body class="single single-post postid-{article.id}">\n{cookie}\n'
                f'<div id="page" class="site"><header id="masthead"><div class="site-branding">'
                f'<a href="{base}/" rel="home">{site}</a></div>{_nav(base)}</header>\n'
                f'<div id="primary" class="content-area"><article id="post-{article.id}" class="post">\n'
                f'<header class="entry-header"><h1 class="entry-title">{title}</h1>{byline}</header>\n'
                f'{_share(url, article.title)}\n<div class="entry-content">\n{body}\n</div>\n{tail}\n'
                f'{_newsletter(base, style.name)}\n{_related(base, related[:4])}\n</article></div>\n'
                f'<div id="secondary" class="widget-area">{most_read}'
                '<div class="widget"><p class="widget-title">Advertisement</p></div></div>\n'
                f'{_footer(base, style.name)}</div>\n</body>\n</html>\n')
    elif style.layout == 1:
        page = (f'<body>\n{cookie}\n<header class="masthead"><a class="logo" href="{base}/">{site}</a>'
                f'{_nav(base)}</header>\n<main id="content">\n<article class="story" '
                f'data-id="{article.id}">\n<h1 class="headline">{title}</h1>\n{byline}\n'
                f'<figure class="lead-image"><img src="{base}/img/{article.id}.jpg" alt="">'
                f'<figcaption>Photograph: {escape(article.author)}/{site}</figcaption></figure>\n'
                f'{_share(url, article.title)}\n<div class="story-body" itemprop="articleBody">\n'
                f'{body}\n</div>\n{tail}\n</article>\n{_newsletter(base, style.name)}\n'
                f'{_related(base, related[:4])}\n</main>\n<aside class="rail">{most_read}</aside>\n'
                f'{_footer(base, style.name)}\n</body>\n</html>\n')
    else:
        page = (f'<body bgcolor="#ffffff">\n<div id="wrapper"><div id="header"><table width="100%">'
                f'<tr><td><a href="{base}/">{site}</a></td><td>{human}</td></tr></table>'
                f'{_nav(base)}</div>\n<div id="main"><div class="left-col">\n'
                f'<div class="story-header"><h1>{title}</h1>{byline}</div>\n'
                f'{_share(url, article.title)}\n<div id="article-text" class="text">\n{body}\n</div>\n'
                f'{tail}\n{_related(base, related[:4])}\n{_newsletter(base, style.name)}\n</div>\n'
                f'<div class="right-col">{most_read}</div></div>\n{_footer(base, style.name)}</div>\n'
                f'{cookie}\n</body>\n</html>\n')
    return head + page


def render_feed(base: str, style: HostStyle, feed_no: int, items: list[Article]) -> str:
    """Render an RSS 2.0 feed of the given articles (newest first)."""
    entries = []
    for a in items:
        url = base + a.path
        summary = escape(a.paragraphs[0].split(". ")[0][:300])
        entries.append(
            f"<item><title>{escape(a.title)}</title><link>{url}</link>"
            f'<guid isPermaLink="true">{url}</guid>'
            f"<pubDate>{format_datetime(a.published, usegmt=True)}</pubDate>"
            f"<dc:creator>{escape(a.author)}</dc:creator><category>{a.section}</category>"
            f"<description>{summary}</description></item>")
    newest = format_datetime(items[0].published if items else EPOCH, usegmt=True)
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
            f"<title>{escape(style.name)} (feed {feed_no})</title><link>{base}/</link>"
            f"<description>Latest news from {escape(style.name)}</description>"
            f"<language>en-gb</language><lastBuildDate>{newest}</lastBuildDate><ttl>30</ttl>\n"
            + "\n".join(entries) + "\n</channel>\n</rss>\n")


# --- serving -------------------------------------------------------------------------------


@dataclass
class HostStats:
    """Requests one host received, and its peak of simultaneous in-flight requests."""

    requests: int = 0
    pages: int = 0
    feeds: int = 0
    robots: int = 0
    not_found: int = 0
    in_flight: int = 0
    peak: int = 0
    faults: int = 0  # requests answered with an injected fault


class QuietHTTPServer(ThreadingHTTPServer):
    """A threading HTTP server (daemon threads) that stays quiet about clients that went away (killed
    ingests, timeouts, a crawler closing its connection early) and reports every other error."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


class _HostServer(QuietHTTPServer):
    """One host: routes path -> (content type, body), latency shared with the site."""

    allow_reuse_address = True

    def __init__(self, site: SynthSite, index: int) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.site = site
        self.index = index
        self.routes: dict[str, tuple[str, bytes]] = {}
        self.stats = HostStats()
        self.lock = threading.Lock()
        self.connections: set[socket.socket] = set()


class _Handler(BaseHTTPRequestHandler):
    """Answers from the host's routes after the site's latency; counts in-flight requests."""

    server: _HostServer
    protocol_version = "HTTP/1.1"  # keep-alive, like real sites
    server_version = "SynthNews/1.0"
    timeout = 30  # idle keep-alive connections close after this

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes: with Nagle's algorithm the body waited for the
        # client's delayed ACK of the headers on a kept-alive connection (real servers set
        # TCP_NODELAY too; docs/architecture.md). "No latency" means none.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.server.lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        with self.server.lock:
            self.server.connections.discard(self.connection)
        super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet."""

    def do_GET(self) -> None:  # noqa: N802
        """Serve a route (query ignored) after the configured latency."""
        srv, stats = self.server, self.server.stats
        path = urlsplit(self.path).path
        route = srv.routes.get(path)
        fault = srv.site.faults(path) if srv.site.faults and route else None
        with srv.lock:
            stats.requests += 1
            stats.faults += fault is not None
            stats.in_flight += 1
            stats.peak = max(stats.peak, stats.in_flight)
            if route is None:
                stats.not_found += 1
            elif path == "/robots.txt":
                stats.robots += 1
            elif path.startswith("/feeds/"):
                stats.feeds += 1
            else:
                stats.pages += 1
        try:
            if srv.site.latency > 0:
                time.sleep(srv.site.latency)
            content_type, body = route or ("text/plain; charset=utf-8", b"not found\n")
            if fault:
                self._fail(fault, content_type, body)
                return
            self.send_response(200 if route else 404)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            with srv.lock:
                stats.in_flight -= 1

    def _fail(self, fault: str, content_type: str, body: bytes) -> None:
        """Answer with an injected fault instead of the page."""
        self.close_connection = True
        if fault.isdigit():
            page = f"<html><body><h1>{fault} Service Unavailable</h1></body></html>".encode()
            self.send_response(int(fault))
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(page)
            return
        if fault == "hang":
            time.sleep(self.server.site.hang_seconds)
        elif fault == "truncate":
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[:len(body) // 2])
            self.wfile.flush()
        if fault in ("reset", "truncate"):  # SO_LINGER 0: close() sends RST, not FIN
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        with contextlib.suppress(OSError):
            self.connection.close()


@dataclass
class SynthSite:
    """N articles over H hosts, each host served by its own server on 127.0.0.1."""

    articles: int
    hosts: int
    seed: int = 1
    latency: float = 0.0  # seconds each response waits before answering; may change while serving
    hostnames: bool = False  # base URLs use hNN.newsflow-bench.test (must resolve to 127.0.0.1)
    faults: Callable[[str], str | None] | None = None  # path -> injected fault; may change while serving
    hang_seconds: float = 2.0  # how long a `hang` fault keeps the client waiting
    copies: float = 0.0  # share of articles that are syndicated copies of another host's article
    generated: list[Article] = field(default_factory=list, init=False)
    bases: list[str] = field(default_factory=list, init=False)
    _servers: list[_HostServer] = field(default_factory=list, init=False)
    _threads: list[threading.Thread] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        if self.articles < 1 or self.hosts < 1:
            raise ValueError("synthsite: articles and hosts must be >= 1")

    def __enter__(self) -> SynthSite:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def start(self) -> SynthSite:
        """Generate, bind every host, render its routes, start serving."""
        if self._servers:
            return self
        if not self.generated:
            self.generated = generate_articles(self.articles, self.hosts, self.seed, self.copies)
        try:
            for h in range(self.hosts):
                self._servers.append(_HostServer(self, h))
            self.bases = [self._base(h, srv.server_address[1]) for h, srv in enumerate(self._servers)]
            for h, srv in enumerate(self._servers):
                srv.routes = self._routes(h)
            for h, srv in enumerate(self._servers):
                thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.1},
                                          name=f"synthsite-{h}", daemon=True)
                thread.start()
                self._threads.append(thread)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop serving: shut the listeners, close open keep-alive connections, join threads."""
        for i, srv in enumerate(self._servers):
            if i < len(self._threads):
                srv.shutdown()
            srv.server_close()
            with srv.lock:
                conns = list(srv.connections)
            for conn in conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(timeout=10)
        self._servers, self._threads = [], []

    def _base(self, host: int, port: int) -> str:
        name = host_name(host) if self.hostnames else "127.0.0.1"
        return f"http://{name}:{port}"

    def _host_articles(self, host: int) -> list[Article]:
        return [a for a in self.generated if a.host == host]  # newest first (ids ascend in age)

    def _routes(self, host: int) -> dict[str, tuple[str, bytes]]:
        base, style = self.bases[host], host_style(host, self.seed)
        mine = self._host_articles(host)
        routes: dict[str, tuple[str, bytes]] = {"/robots.txt": ("text/plain; charset=utf-8",
                                                                 ROBOTS_TXT.encode())}
        for k, start in enumerate(range(0, len(mine), FEED_ITEMS)):
            chunk = mine[start:start + FEED_ITEMS]
            routes[f"/feeds/{k}.xml"] = (RSS_TYPE, render_feed(base, style, k, chunk).encode())
        for j, article in enumerate(mine):
            related = [mine[(j + d) % len(mine)] for d in (1, 2, 3, 5, 8, 13)] if len(mine) > 1 else []
            page = render_page(article, base, related, style)
            routes[article.path] = (HTML_TYPE, page.encode())
        return routes

    # --- what clients need --------------------------------------------------------------

    def feed_urls(self) -> list[str]:
        """Every feed URL of every host."""
        return [base + route for base, srv in zip(self.bases, self._servers, strict=True)
                for route in srv.routes if route.startswith("/feeds/")]

    def article_urls(self) -> list[str]:
        """Every article URL, in article order."""
        return [self.bases[a.host] + a.path for a in self.generated]

    def pages(self) -> Iterator[tuple[str, bytes]]:
        """(URL, HTML bytes) of every article page, exactly as served."""
        for a in self.generated:
            yield self.bases[a.host] + a.path, self._servers[a.host].routes[a.path][1]

    def page_bytes(self) -> int:
        """Total size of the article pages."""
        return sum(len(body) for _, body in self.pages())

    def write_feeds_file(self, path: str | Path) -> Path:
        """Write a newsflow YAML feeds file listing every feed of every host."""
        feeds = [{"url": base + route, "name": host_style(h, self.seed).name, "tags": ["bench"]}
                 for h, (base, srv) in enumerate(zip(self.bases, self._servers, strict=True))
                 for route in srv.routes if route.startswith("/feeds/")]
        path = Path(path)
        path.write_text(yaml.safe_dump({"feeds": feeds}, sort_keys=False), encoding="utf-8")
        return path

    def write_url_list(self, path: str | Path) -> Path:
        """Write the article URLs, one a line."""
        path = Path(path)
        path.write_text("\n".join(self.article_urls()) + "\n", encoding="utf-8")
        return path

    def stats(self) -> list[HostStats]:
        """Per-host request counts and in-flight peaks (a snapshot)."""
        out = []
        for srv in self._servers:
            with srv.lock:
                out.append(HostStats(**vars(srv.stats)))
        return out

    def peaks(self) -> list[int]:
        """Peak simultaneous in-flight requests of each host since the last reset."""
        return [s.peak for s in self.stats()]

    def reset_stats(self) -> None:
        """Zero every host's counters (between benchmark passes)."""
        for srv in self._servers:
            with srv.lock:
                # In place: a handler still finishing a response decrements this same object.
                in_flight = srv.stats.in_flight
                vars(srv.stats).update(vars(HostStats(in_flight=in_flight, peak=in_flight)))


# --- dotted host names for clients that refuse 127.0.0.1 --------------------------------------


def host_name(host: int) -> str:
    """Dotted host name of host number `host` (h01.newsflow-bench.test, ...)."""
    return f"h{host + 1:02d}.{HOST_SUFFIX}"


def _resolves_to_loopback(name: str) -> bool:
    try:
        infos = socket.getaddrinfo(name, 80, type=socket.SOCK_STREAM)
    except OSError:
        return False
    return bool(infos) and all(info[4][0] == "127.0.0.1" for info in infos)


def ensure_host_names(hosts: int, hosts_file: Path = HOSTS_FILE) -> tuple[bool, str]:
    """Make hNN.newsflow-bench.test resolve to 127.0.0.1, appending to /etc/hosts if needed.

    Returns (usable, message). Lines are only ever appended (as root) and left in place: they map
    names under the reserved .test domain to loopback, and the next run finds them there."""
    names = [host_name(h) for h in range(hosts)]
    missing = [n for n in names if not _resolves_to_loopback(n)]
    if not missing:
        return True, f"host names h01..h{hosts:02d}.{HOST_SUFFIX} already resolve to 127.0.0.1"
    if os.geteuid() != 0:
        return False, (f"{len(missing)} host names do not resolve to 127.0.0.1 and this is not "
                       f"root, so {hosts_file} was left alone")
    try:
        with hosts_file.open("a", encoding="utf-8") as fh:
            fh.write(f"\n{HOSTS_MARK}\n" + "".join(f"127.0.0.1 {n}\n" for n in missing))
    except OSError as exc:
        return False, f"cannot append to {hosts_file}: {exc}"
    still = [n for n in missing if not _resolves_to_loopback(n)]
    if still:
        return False, f"appended to {hosts_file} but {still[0]} still does not resolve"
    return True, (f"appended {len(missing)} lines '127.0.0.1 hNN.{HOST_SUFFIX}' to {hosts_file} "
                  "(left in place)")
