"""Four BLIND template families for the synthetic publishers (see `pipeline.synth.publishers`).

"blind" is a fourth split, next to "train", "test" and "fresh": families written by a session
that never read the extractor nor any extraction result, so no extraction rule was written or
tuned against them, kept for a one-off held-out measurement (as "fresh" was, until it was
measured and read). Once their scores have been looked at, they are no longer blind: they were
measured once on 2026-12-07 (04:46 UTC, docs/benchmarks.md) and then read and fixed, so the split
is development since; a later held-out measurement needs new families.

`publishers.py` merges `FAMILY_LANGUAGE` and `RENDERERS` from this module into its registries and
keeps `FAMILIES` from here apart, as `BLIND_FAMILIES`: the blind families are generated only by
`generate_corpus("blind")`, never by "all", "train", "test" or "fresh", so those corpora are as
they were. The truth conventions are the usual ones (body, boilerplate snippets of four words or
more, pull quotes in `repeated`, aware `published_at`, clean `title` without the site name). Two
of the families are the first in Italian and Dutch (their strings, month names, zones and site
names are in `publishers`, their prose grammars in `pipeline.synth.prose`).

Families (language; date source):
  blind  css-in-js-hashed       en; JSON-LD NewsArticle datePublished with offset, a visible
                                "Published ..." line with no <time>; a React/Emotion site where
                                every class is a hash ("css-1q2w3e4", styled components add an
                                "e…0" class) and server-rendered <style data-emotion> tags sit
                                in the body; the paragraphs come in <section>s of three with
                                "Advertisement / SKIP ADVERTISEMENT" breaks between them, the
                                "Most read" rail (an <aside> with an <h2> and an <ol>) between two
                                sections, then a "Corrections and clarifications" policy line, an
                                author box (the same bio for an author on every article) with
                                "More stories by NAME", a consent dialog ("We and our N partners
                                ..."); og:title always carries " - Site"
  blind  it-giornale-locale     it; article:published_time meta with offset; an older Italian
                                local-daily CMS: <div id="articolo"> with the headline, the
                                "di NAME – 14 marzo 2026, 09:30" line, a photo captioned
                                "... (foto di NAME)" and the <p>s as its children, "Leggi anche:"
                                lines and a "Guarda la fotogallery (N foto)" box between the
                                paragraphs, "Riproduzione riservata © Copyright <Site>", a tag
                                line, "0 commenti Commenta per primo", "Le più lette" in the right
                                column, today's date in the top bar, the court registration and
                                P.IVA lines in the footer, a cookie bar; <title> "T | Site"
  blind  wordpress-block-theme  en; only a naive <time datetime> showing "March 14, 2026" (the
                                feed gives the offset), no og/JSON-LD; a Gutenberg block theme
                                (wp-block-* classes, Twenty Twenty-Four-like header and footer),
                                Jetpack's "Share this:" buttons (with their "(Opens in new
                                window)" screen-reader text), "Like this: Like Loading..." and
                                "Related" posts with dates appended INSIDE the entry content, the
                                tags line, previous/next post links, the comment form ("Leave a
                                Reply Cancel reply" ...), the "Discover more from <Site>" subscribe
                                block, the Jetpack cookie widget; URLs /YYYY/MM/DD/slug/
  blind  nl-omroep-regio        nl; JSON-LD @graph whose NewsArticle has datePublished and a
                                later dateModified in UTC ("Z"); a naive "14 maart 2026, 09:30"
                                and an "Aangepast: ..." line (the update, not the publication);
                                a Dutch regional public broadcaster on Nuxt (data-v-* attributes):
                                a consent wall before the page, the intro (lead paragraph, bold,
                                above the photo) which IS body text (the story's first paragraph),
                                subheadings as <h2>, an embedded "Lees ook" teaser block and a
                                social-media consent placeholder ("Deze video kan niet worden
                                weergegeven ...") between the paragraphs, the "Heb je een tip"
                                line, "Meer nieuws" and the broadcaster's footer; no ads

The wordpress-block-theme renderer gives every story of its publisher its WordPress permalink on
first use (the stories are rebuilt for each `render_publisher` call, so this is deterministic), so
links between posts and each page's URL all carry the date.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

FAMILIES: dict[str, str] = {
    "css-in-js-hashed": "blind",
    "it-giornale-locale": "blind",
    "wordpress-block-theme": "blind",
    "nl-omroep-regio": "blind",
}
FAMILY_LANGUAGE: dict[str, str] = {"it-giornale-locale": "it", "nl-omroep-regio": "nl"}

_B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def _b36(n: int) -> str:
    out = ""
    while True:
        n, d = divmod(n, 36)
        out = _B36[d] + out
        if not n:
            return out


def _place(c: Ctx) -> str:
    """The place in the publisher's name, for the site-name forms of its language ("Il Corriere di
    X", "Omroep X", "X Centraal"); the whole name when none fits."""
    name = c.pub.name
    for form in SITE_FORMS.get(c.pub.lang, ()):
        head, tail = form.split("{p}")
        if name.startswith(head) and name.endswith(tail) and len(name) > len(head) + len(tail):
            return name[len(head) : len(name) - len(tail)]
    return name


def _date_only(d: datetime) -> str:
    return f"{d:%B} {d.day}, {d.year}"


# --- css-in-js-hashed --------------------------------------------------------------------------


def _css(c: Ctx, role: str, component: bool = False) -> str:
    """The Emotion class of one styled element of the publisher's theme ("css-" and a base-36 hash,
    the same on every page); `component`: followed by its styled component's "e…0" class."""
    r = c.stable(f"emotion-{role}")
    name = f"css-{_b36(r.getrandbits(34))}"
    return f"{name} e{_b36(r.getrandbits(30))}{r.randint(0, 9)}" if component else name


def _emotion_style(c: Ctx, role: str, rules: str) -> str:
    """The <style> tag Emotion's server rendering puts before the first element of a class."""
    h = _css(c, role).removeprefix("css-")
    return f'<style data-emotion="css {h}">.css-{h}{{{rules}}}</style>'


def render_css_in_js_hashed(c: Ctx) -> str:
    s, pub = c.story, c.pub
    a = s.author
    r = c.stable("blind-emotion")
    partners = r.randint(120, 980)
    rail_heading = r.choice(("Most read", "Most popular right now", f"Trending on {pub.short}"))

    def k(role: str, component: bool = False) -> str:
        return _css(c, role, component)

    state = {
        "article": {
            "id": f"{_b36(r.getrandbits(40))}-{_slug(s.title)[:24]}",
            "headline": s.title,
            "section": s.section,
            "byline": a.name,
            "wordCount": len(s.body().split()),
        },
        "ads": {"enabled": c.has("ads"), "slots": ["top", "mid1", "mid2"]},
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(c.page_title())}</title>",
        f'<meta name="description" content="{esc(s.blocks[0][1][:150])}">',
        f'<meta property="og:title" content="{esc(f"{s.title} - {pub.name}")}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        c.jsonld(c.iso()),
        '<style data-emotion="css-global">html{-webkit-text-size-adjust:100%}body{margin:0;'
        "font-family:Georgia,serif}</style>",
        "</head>",
        "<body>",
        '<div id="root">',
        f'<div class="{k("app")}">',
        f'<div class="{k("consent", True)}" role="dialog" aria-modal="true">',
        f'<p class="{k("consent-text")}">'
        + esc(
            c.snip(
                f"We and our {partners} partners store and access information on your device, such as "
                "cookies, and process personal data to personalise ads and content and to measure "
                "how the site is used."
            )
        )
        + "</p>",
        f'<button class="{k("button", True)}">Accept all</button> '
        f'<button class="{k("button-alt", True)}">Manage preferences</button>',
        "</div>",
        f'<header class="{k("header", True)}">',
        f'<a class="{k("logo")}" href="/">{esc(pub.name)}</a>',
    ]
    if c.has("nav"):
        lines += [
            f'<div class="{k("nav")}">',
            *[x.replace("<a ", f'<a class="{k("nav-link")}" ', 1) for x in _nav_links(c)],
            "</div>",
        ]
    lines += [
        f'<a class="{k("button", True)}" href="/subscribe">Subscribe</a> '
        f'<a class="{k("signin")}" href="/login">Sign in</a>',
        "</header>",
        f'<div class="{k("adslot")}"><div class="{k("adlabel")}">Advertisement</div>'
        '<div id="dfp-ad-top"></div></div>',
        f'<main class="{k("main")}">',
        f'<article class="{k("article", True)}">',
        f'<div class="{k("kicker")}"><a href="/{_slug(s.section)}">{esc(s.section)}</a></div>',
        f'<h1 class="{k("headline", True)}">{esc(s.title)}</h1>',
        f'<div class="{k("meta")}">',
        f'<img class="{k("avatar")}" src="/authors/{_slug(a.name)}.jpg" alt="">',
        f'<div class="{k("byline")}">By <a href="/by/{_slug(a.name)}">{esc(a.name)}</a>, {esc(a.desk)}</div>',
        f'<div class="{k("timestamp")}">{esc(c.dateline())}</div>',
        "</div>",
    ]
    c.byline()  # the visible "By NAME, Desk" as its snippet
    if c.has("share"):
        lines += [
            f'<div class="{k("share", True)}">',
            *_share_links(c, lambda x: f'<span class="{k("share-button")}">{x}</span>'),
            "</div>",
        ]
    pcls = k("paragraph", True)
    body = c.body_html(
        p=lambda h: f'<p class="{pcls}">{h}</p>',
        heading=lambda tag, h: f'<{tag} class="{k("subhead", True)}">{h}</{tag}>',
        pullquote=lambda q: (
            f'<figure class="{k("pullquote", True)}"><blockquote class="{k("pq-text")}">'
            f'<p class="{k("pq-p")}">{q}</p></blockquote></figure>'
        ),
        teaser=lambda rm, x: f'<div class="{k("inline-link")}"><span class="{k("rm")}">{rm}</span> {x}</div>',
        ad=lambda x: f'<div class="{k("adslot")}"><div class="{k("adlabel")}">{x}</div></div>',
    )
    # the paragraphs in <section>s of three (a subheading opens a new one)
    groups: list[list[str]] = []
    group: list[str] = []
    count = 0
    for item in body:
        if item.startswith(("<h2", "<h3")) and group:
            groups.append(group)
            group, count = [], 0
        group.append(item)
        if item.startswith(f'<p class="{pcls}"'):
            count += 1
            if count == 3:
                groups.append(group)
                group, count = [], 0
    if group:
        groups.append(group)
    heading = c.snip(rail_heading)
    rail = [
        _emotion_style(c, "rail", "display:grid;gap:12px;border-top:4px solid #111"),
        f'<aside class="{k("rail", True)}" aria-label="Most read">',
        f'<h2 class="{k("rail-heading")}">{esc(heading)}</h2>',
        f'<ol class="{k("rail-list")}">',
        *[
            f'<li class="{k("rail-item")}"><span class="{k("rail-rank")}">{n}</span> '
            f'<a class="{k("rail-link")}" href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>'
            for n, o in enumerate(c.pick_others(5), 1)
        ],
        "</ol>",
        "</aside>",
    ]
    ad_break = [
        f'<div class="{k("adbreak", True)}"><p class="{k("adlabel")}">Advertisement</p>'
        f'<a class="{k("skip")}" href="#after-ad">SKIP ADVERTISEMENT</a><div id="dfp-ad-mid"></div></div>',
    ]
    rail_at = 0 if len(groups) == 2 else 1
    lines += [f'<div class="{k("body")}">', _emotion_style(c, "section", "max-width:600px;margin:0 auto")]
    for n, g in enumerate(groups):
        lines += [f'<section class="{k("section")}">', *g, "</section>"]
        if n == rail_at:
            lines += rail
        elif n < len(groups) - 1:
            lines += ad_break
    lines.append("</div>")  # body
    c.snip("Found an error? Read our Corrections and clarifications policy.")
    lines += [
        f'<p class="{k("corrections")}">Found an error? Read our '
        '<a href="/corrections-and-clarifications">Corrections and clarifications</a> policy.</p>',
        _emotion_style(c, "authorbox", "display:flex;gap:16px;padding:24px;background:#f5f5f5"),
        f'<div class="{k("authorbox", True)}">',
        f'<img class="{k("authorbox-img")}" src="/authors/{_slug(a.name)}.jpg" alt="">',
        f'<div class="{k("authorbox-text")}">',
        f'<a class="{k("authorbox-name")}" href="/by/{_slug(a.name)}">{esc(a.name)}</a>',
        f'<p class="{k("authorbox-bio")}">{esc(c.bio())}</p>',
        f'<a class="{k("authorbox-more")}" href="/by/{_slug(a.name)}">'
        f"{esc(c.snip(f'More stories by {a.name}'))}</a>",
        "</div></div>",
    ]
    if c.has("comments"):
        lines.append(
            f'<div class="{k("comments")}"><p class="{k("comments-text")}">{esc(c.text("comments"))}</p>'
            "</div>"
        )
    lines.append("</article>")
    if c.has("newsletter"):
        lines += [
            f'<div class="{k("newsletter", True)}">',
            f'<p class="{k("newsletter-text")}">{esc(c.text("newsletter"))}</p>',
            f'<form class="{k("newsletter-form")}"><input type="email" placeholder="Email address">'
            f'<button class="{k("button", True)}">Sign up</button></form>',
            "</div>",
        ]
    links = ("About us", "Contact", "Privacy policy", "Terms of use", "Cookie settings", "Accessibility")
    c.snip(" ".join(links[:4]))
    lines += [
        "</main>",
        f'<footer class="{k("footer", True)}">',
        f'<div class="{k("footer-links")}">'
        + " ".join(f'<a href="/{_slug(x)}">{esc(x)}</a>' for x in links)
        + "</div>",
        f'<p class="{k("footer-text")}">{esc(c.copyright())}</p>',
    ]
    if c.has("disclaimer"):
        lines.append(f'<p class="{k("footer-text")}">{esc(c.text("disclaimer"))}</p>')
    lines += [
        "</footer>",
        "</div>",  # app
        "</div>",  # root
        f"<script>window.__PRELOADED_STATE__ = {json.dumps(state)};</script>",
        f'<script src="/static/js/main.{_b36(r.getrandbits(40))}.js" defer></script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- it-giornale-locale ------------------------------------------------------------------------

IT_WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
IT_CAPTIONS = (
    "Un momento del sopralluogo a {place}",
    "La conferenza stampa in municipio a {place}",
    "Il cantiere visto dall'alto",
    "I residenti all'incontro pubblico di ieri sera",
    "La seduta del consiglio comunale di {place}",
)
IT_TAGS = ("comune", "consiglio comunale", "residenti", "lavori pubblici", "provincia", "sindaco")


def render_it_giornale_locale(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    r = c.stable("blind-it")
    months = MONTHS["it"]
    director = prose_for("it", c.stable("blind-it-director")).person()
    registration = c.snip(
        f"Registrazione Tribunale di {place} n. {r.randint(3, 40)}/{r.randint(1996, 2015)} – "
        f"Direttore responsabile: {director}"
    )
    company = c.snip(f"Editoriale {place} S.r.l. – P.IVA {r.randint(10**10, 10**11 - 1):011d}")
    photographer = prose_for("it", c.rng).person()
    caption = c.snip(f"{c.rng.choice(IT_CAPTIONS).format(place=place)} (foto di {photographer})")
    today = c.snip(f"{IT_WEEKDAYS[d.weekday()]} {d.day} {months[d.month - 1]} {d.year}")
    c.snip(f"di {s.author.name} – {c.human_date()}")  # the signature line under the headline, read as one
    lines = [
        "<!DOCTYPE html>",
        '<html lang="it">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(s.blocks[0][1][:160])}">',
        f'<meta name="keywords" content="{esc(s.section)}, {esc(place)}, notizie, cronaca">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<link rel="stylesheet" type="text/css" href="/templates/giornale/css/style.css?v=2.4.1">',
        '<script type="text/javascript" src="/templates/giornale/js/jquery-1.12.4.min.js"></script>',
        "<script>var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];</script>",
        "</head>",
        '<body class="pagina-articolo">',
        '<div id="container">',
        f'<div id="topbar"><span class="data-oggi">{esc(today)}</span> '
        '<a href="/accedi">Accedi</a> | <a href="/abbonati">Abbonati</a></div>',
        '<div id="testata"><a href="/">'
        f'<img src="/templates/giornale/img/logo.png" alt="{esc(pub.name)}"></a>',
    ]
    if c.has("tagline"):
        lines.append(f'<div class="motto">{esc(c.snip(pub.tagline))}</div>')
    lines.append("</div>")
    if c.has("nav"):
        lines += ['<div id="menu"><ul>', *[f"<li>{x}</li>" for x in _nav_links(c)], "</ul></div>"]
    if c.has("breadcrumb"):
        lines.append(f'<div id="briciole">{esc(" › ".join(c.breadcrumb()))}</div>')
    lines += [
        '<div id="contenuto">',
        '<div id="colonna-sx">',
        '<div id="articolo">',
        f'<div class="occhiello">{esc(s.section.upper())}</div>',
        f'<h1 class="titolo">{esc(s.title)}</h1>',
        f'<div class="firma">di <strong>{esc(s.author.name)}</strong> – {esc(c.human_date())}</div>',
        f'<div class="foto-articolo"><img src="/public/foto/{d:%Y/%m}/{_slug(s.title)[:40]}.jpg" alt="">',
        f'<div class="didascalia">{esc(caption)}</div></div>',
    ]
    if c.has("share"):
        lines.append('<div class="social">' + " ".join(_share_links(c)) + "</div>")
    body = c.body_html(
        pullquote=lambda q: f'<blockquote class="citazione">{q}</blockquote>',
        ad=lambda x: (
            f'<div class="banner-intext"><span class="etichetta">{x}</span>'
            '<div id="div-gpt-ad-intext"></div></div>'
        ),
    )
    paras = [n for n, x in enumerate(body) if x.startswith("<p>")]
    teasers = 1 + c.has("readmore")
    inserts: list[tuple[int, str]] = []
    for at, other in zip((paras[1], paras[-2]), c.pick_others(teasers), strict=False):
        c.snip(f"{pub.read_more} {other.title}")
        inserts.append(
            (
                at,
                f'<p class="leggi-anche"><strong>{esc(pub.read_more)}</strong> '
                f'<a href="{esc(other.path)}">{esc(other.title)}</a></p>',
            )
        )
    photos = c.rng.randint(6, 24)
    gallery = c.snip(f"Guarda la fotogallery ({photos} foto)")
    inserts.append(
        (
            paras[len(paras) // 2],
            f'<div class="box-gallery"><a href="/fotogallery/{_slug(s.title)[:40]}">'
            f'<img src="/public/foto/{d:%Y/%m}/gallery-thumb.jpg" alt="">'
            f"<span>{esc(gallery)}</span></a></div>",
        )
    )
    for at, html in sorted(inserts, key=lambda x: -x[0]):
        body.insert(at + 1, html)
    lines += body
    tags = [s.section, place, *c.rng.sample(IT_TAGS, 2)]
    c.snip("Tag: " + ", ".join(tags))
    lines += [
        f'<p class="riproduzione">{esc(c.snip(f"Riproduzione riservata © Copyright {pub.name}"))}</p>',
        '<div class="tag">Tag: '
        + ", ".join(f'<a href="/tag/{_slug(t)}">{esc(t)}</a>' for t in tags)
        + "</div>",
        "</div>",  # articolo
        '<div id="commenti">',
        '<div class="commenti-header"><span>0 commenti</span> '
        '<a href="#form-commento" class="btn-commenta">Commenta per primo</a></div>',
        f'<p class="regole">{esc(c.text("comments"))}</p>',
        "</div>",
    ]
    c.snip("0 commenti Commenta per primo")
    if c.has("related"):
        heading, picks = c.related()
        lines += [
            '<div class="altre-notizie">',
            f"<h3>{esc(heading)}</h3>",
            "<ul>",
            *[f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in picks],
            "</ul>",
            "</div>",
        ]
    lines += [
        "</div>",  # colonna-sx
        '<div id="colonna-dx">',
        '<div class="box-banner"><span>PUBBLICITÀ</span><div id="div-gpt-ad-box"></div></div>',
        '<div class="box-piu-lette">',
        "<h3>Le più lette</h3>",
        "<ol>",
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(5)],
        "</ol>",
        "</div>",
    ]
    if c.has("newsletter"):
        lines += [
            '<div class="box-newsletter">',
            f"<p>{esc(c.text('newsletter'))}</p>",
            '<form action="/newsletter" method="post"><input type="text" name="email"> '
            '<input type="submit" value="Iscriviti"></form>',
            "</div>",
        ]
    if c.has("subscribe"):
        lines.append(f'<div class="box-abbonati"><a href="/abbonati">{esc(c.text("subscribe"))}</a></div>')
    lines += [
        "</div>",  # colonna-dx
        "</div>",  # contenuto
        '<div id="footer">',
        f"<p><strong>{esc(pub.name)}</strong> – "
        f"{esc(c.snip(f'Quotidiano online di {place} e provincia'))}</p>",
        f"<p>{esc(registration)}</p>",
        f"<p>{esc(company)}</p>",
        f"<p>{esc(c.copyright())}</p>",
        '<p><a href="/chi-siamo">Chi siamo</a> | <a href="/redazione">Redazione</a> | '
        '<a href="/pubblicita">Pubblicità</a> | <a href="/privacy">Privacy</a> | '
        '<a href="/cookie-policy">Cookie policy</a></p>',
    ]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines += [
        "</div>",  # footer
        f'<div id="cookie-bar">{esc(c.text("cookie"))} <a href="/cookie-policy">Maggiori informazioni</a> '
        "<button>Accetta</button> <button>Rifiuta</button></div>",
        "</div>",  # container
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- wordpress-block-theme ---------------------------------------------------------------------

WP_TAGS = ("community", "council", "planning", "local news", "transport", "schools", "events", "environment")
WP_SHARE = ("X", "Facebook", "LinkedIn", "Email", "Print")


def _wp_nav(c: Ctx) -> list[str]:
    return [
        '<li class=" wp-block-navigation-item wp-block-navigation-link">'
        f'<a class="wp-block-navigation-item__content" href="/{_slug(x) + "/" if n else ""}">'
        f'<span class="wp-block-navigation-item__label">{esc(x)}</span></a></li>'
        for n, x in enumerate(c.nav_items())
    ]


def render_wordpress_block_theme(c: Ctx) -> str:
    c.repath(lambda o: f"/{o.published:%Y/%m/%d}/{_slug(o.title)}/")
    s, pub = c.story, c.pub
    d = s.published
    r = c.stable("blind-wp")
    blog = r.randint(100000000, 240000000)
    pid = r.randint(200, 4000) + 7 * c.others.index(s)
    upload = f"/wp-content/uploads/{d:%Y/%m}/{_slug(s.title)[:40]}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="UTF-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        "<meta name='robots' content='max-image-preview:large' />",
        f"<title>{esc(s.title)} &#8211; {esc(pub.name)}</title>",
        "<link rel='dns-prefetch' href='//stats.wp.com' />",
        f'<link rel="alternate" type="application/rss+xml" title="{esc(pub.name)} &raquo; Feed" '
        'href="/feed/" />',
        f'<link rel="alternate" type="application/rss+xml" title="{esc(pub.name)} &raquo; {esc(s.title)} '
        f'Comments Feed" href="{esc(s.path)}feed/" />',
        "<style id='wp-block-library-inline-css'>:root{--wp-admin-theme-color:#007cba}</style>",
        "<link rel='stylesheet' id='jetpack_likes-css' "
        "href='/wp-content/plugins/jetpack/modules/likes/style.css?ver=14.1' media='all' />",
        f'<link rel="alternate" title="JSON" type="application/json" href="/wp-json/wp/v2/posts/{pid}" />',
        f'<link rel="canonical" href="{esc(c.url())}" />',
        f"<link rel='shortlink' href='http://{pub.host}/?p={pid}' />",
        "</head>",
        f'<body class="post-template-default single single-post postid-{pid} single-format-standard '
        'logged-out wp-embed-responsive">',
        '<div class="wp-site-blocks">',
        '<header class="wp-block-template-part">',
        '<div class="wp-block-group alignfull has-base-background-color has-background is-layout-flow">',
        '<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex '
        'wp-block-group-is-layout-flex">',
        '<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex">',
        f'<p class="wp-block-site-title"><a href="/" target="_self" rel="home">{esc(pub.name)}</a></p>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="wp-block-site-tagline">{esc(c.snip(pub.tagline))}</p>')
    lines.append("</div>")
    if c.has("nav"):
        lines += [
            '<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" '
            'aria-label="Header navigation">',
            '<button aria-haspopup="dialog" aria-label="Open menu" '
            'class="wp-block-navigation__responsive-container-open"></button>',
            '<div class="wp-block-navigation__responsive-container">'
            '<ul class="wp-block-navigation__container">',
            *_wp_nav(c),
            "</ul></div></nav>",
        ]
    c.snip(f"Written by {s.author.name} in {s.section}")  # the post-meta line below, read as one
    lines += [
        "</div></div></header>",
        '<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" '
        'style="margin-top:var(--wp--preset--spacing--50)">',
        '<div class="wp-block-group alignfull has-global-padding is-layout-constrained">',
        '<h1 style="font-size:var(--wp--preset--font-size--xx-large);" class="wp-block-post-title">'
        f"{esc(s.title)}</h1>",
        '<div class="wp-block-group post-meta is-layout-flex wp-block-group-is-layout-flex">',
        f'<div class="wp-block-post-date"><time datetime="{c.iso(naive=True)}">{_date_only(d)}</time></div>',
        "<p>&mdash;</p>",
        "<p>Written by</p>",
        f'<div class="wp-block-post-author-name"><a href="/author/{_slug(s.author.name)}/" target="_self" '
        f'class="wp-block-post-author-name__link">{esc(s.author.name)}</a></div>',
        "<p>in</p>",
        f'<div class="taxonomy-category wp-block-post-terms"><a href="/category/{_slug(s.section)}/" '
        f'rel="tag">{esc(s.section)}</a></div>',
        "</div>",
        "</div>",
        '<figure class="alignwide wp-block-post-featured-image"><img width="1024" height="683" '
        f'src="{upload}-1024x683.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" '
        'alt="" decoding="async" fetchpriority="high" /></figure>',
        '<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained '
        'wp-block-post-content-is-layout-constrained">',
    ]
    lines += c.body_html(
        heading=lambda tag, h: f'<{tag} class="wp-block-heading">{h}</{tag}>',
        pullquote=lambda q: (
            f'<figure class="wp-block-pullquote"><blockquote><p>{q}</p></blockquote></figure>'
        ),
        teaser=lambda rm, a: f'<p class="has-small-font-size"><em>{rm} {a}</em></p>',
        ad=lambda x: (
            f'<div class="wordads-ad-wrapper"><div class="wordads-ad-title">{x}</div>'
            '<div class="wordads-ad-controls"><span class="wordads-report-ad">Report this ad</span></div>'
            "</div>"
        ),
    )
    # Jetpack appends its sharing buttons, likes and related posts to the post content itself
    c.snip("Share this: X (Opens in new window)")
    c.snip("Like this: Like Loading...")
    lines += [
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
        'sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>',
        '<div class="sd-content"><ul>',
        *[
            f'<li class="share-{_slug(x)}"><a rel="nofollow noopener noreferrer" '
            f'data-shared="sharing-{_slug(x)}-{pid}" class="share-{_slug(x)} sd-button share-icon" '
            f'href="{esc(c.url())}?share={_slug(x)}" '
            f'target="_blank" title="Click to share on {esc(x)}"><span>{esc(x)}</span> '
            '<span class="sharing-screen-reader-text">(Opens in new window)</span></a></li>'
            for x in WP_SHARE
        ],
        '<li class="share-end"></li></ul></div></div></div>',
        "<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' "
        f"id='like-post-wrapper-{blog}-{pid}-{r.getrandbits(40):x}' data-src='https://widgets.wp.com/likes/"
        f'?ver=14.1#blog_id={blog}&amp;post_id={pid}\'><h3 class="sd-title">Like this:</h3>',
        "<div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'>"
        "<span class='button'><span>Like</span></span> <span class=\"loading\">Loading...</span></div>"
        "<span class='sd-text-color'></span><a class='sd-link-color'></a></div>",
        "<div id='jp-relatedposts' class='jp-relatedposts' >",
        '<h3 class="jp-relatedposts-headline"><em>Related</em></h3>',
        '<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">',
    ]
    for n, o in enumerate(c.pick_others(3)):
        lines += [
            f'<div class="jp-relatedposts-post jp-relatedposts-post{n} jp-relatedposts-post-thumbs" '
            'data-post-format="false">',
            f'<a class="jp-relatedposts-post-a" href="{esc(o.path)}" rel="nofollow" data-origin="{pid}" '
            f'data-position="{n}"><img class="jp-relatedposts-post-img" src="/wp-content/uploads/'
            f'{o.published:%Y/%m}/{_slug(o.title)[:40]}-350x200.jpg" alt="{esc(o.title)}"></a>',
            f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{esc(o.path)}" '
            f'rel="nofollow">{esc(c.snip(o.title))}</a></h4>',
            f'<p class="jp-relatedposts-post-date" style="display: block;">{_date_only(o.published)}</p>',
            f'<p class="jp-relatedposts-post-context">In &quot;{esc(o.section)}&quot;</p>',
            "</div>",
        ]
    lines += ["</div></div>", "</div>"]  # related items, related, entry-content
    tags = c.rng.sample(WP_TAGS, 3)
    c.snip("Tags: " + ", ".join(tags))
    lines += [
        '<div class="wp-block-group has-global-padding is-layout-constrained">',
        '<div class="taxonomy-post_tag wp-block-post-terms">'
        '<span class="wp-block-post-terms__prefix">Tags: </span>'
        + '<span class="wp-block-post-terms__separator">, </span>'.join(
            f'<a href="/tag/{_slug(t)}/" rel="tag">{esc(t)}</a>' for t in tags
        )
        + "</div>",
    ]
    at = c.others.index(s)
    lines.append(
        '<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex" '
        'aria-label="Posts">'
    )
    if at > 0:
        prev = c.others[at - 1]
        lines.append(
            '<div class="post-navigation-link-previous wp-block-post-navigation-link">'
            '<span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">'
            "←</span>"
            f'<a href="{esc(prev.path)}" rel="prev">{esc(c.snip(prev.title))}</a></div>'
        )
    if at < len(c.others) - 1:
        nxt = c.others[at + 1]
        lines.append(
            '<div class="post-navigation-link-next wp-block-post-navigation-link">'
            f'<a href="{esc(nxt.path)}" rel="next">{esc(c.snip(nxt.title))}</a>'
            '<span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">'
            "→</span></div>"
        )
    lines += ["</nav>", "</div>"]
    for text in (
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Notify me of follow-up comments by email.",
        "Notify me of new posts by email.",
    ):
        c.snip(text)
    lines += [
        '<div class="wp-block-comments wp-block-comments-query-loop">',
        '<div id="respond" class="comment-respond wp-block-post-comments-form">',
        '<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" '
        f'id="cancel-comment-reply-link" href="{esc(s.path)}#respond" style="display:none;">Cancel reply</a>'
        "</small></h3>",
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" '
        "novalidate>",
        '<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> '
        '<span class="required-field-message">Required fields are marked <span class="required">*</span>'
        "</span></p>",
        '<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span>'
        "</label> "
        '<textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>',
        '<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> '
        '<input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>',
        '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> '
        '<input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>',
        '<p class="comment-form-url"><label for="url">Website</label> '
        '<input id="url" name="url" type="url" value="" size="30" maxlength="200" /></p>',
        '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" '
        'name="wp-comment-cookies-consent" type="checkbox" value="yes" /> '
        '<label for="wp-comment-cookies-consent">'
        "Save my name, email, and website in this browser for the next time I comment.</label></p>",
        '<p class="comment-subscription-form"><input type="checkbox" name="subscribe_comments" '
        'id="subscribe_comments" value="subscribe" /> '
        '<label class="subscribe-label" id="subscribe-label" for="subscribe_comments">'
        "Notify me of follow-up comments by email.</label></p>",
        '<p class="comment-subscription-form"><input type="checkbox" name="subscribe_blog" '
        'id="subscribe_blog" value="subscribe" /> '
        '<label class="subscribe-label" id="subscribe-blog-label" for="subscribe_blog">'
        "Notify me of new posts by email.</label></p>",
        '<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" '
        'class="wp-block-button__link wp-element-button" value="Post Comment" /> '
        f"<input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' /></p>",
        "</form>",
        "</div>",
        "</div>",
        '<div class="wp-block-group has-global-padding is-layout-constrained">',
        '<h2 class="wp-block-heading has-text-align-center">'
        f"{esc(c.snip(f'Discover more from {pub.name}'))}</h2>",
        '<p class="has-text-align-center">'
        f"{esc(c.snip('Subscribe to get the latest posts sent to your email.'))}</p>",
        '<div class="wp-block-jetpack-subscriptions__supports-newline wp-block-jetpack-subscriptions">'
        '<div class="wp-block-jetpack-subscriptions__container is-not-subscriber">'
        f'<form action="https://wordpress.com/email-subscriptions" method="post" data-blog="{blog}" '
        'id="subscribe-blog"><p id="subscribe-email"><label id="subscribe-field-label" for="subscribe-field" '
        'class="screen-reader-text">Type your email…</label><input type="email" name="email" required '
        'id="subscribe-field" placeholder="Type your email…" /></p><p id="subscribe-submit">'
        '<button type="submit" class="wp-block-button__link" name="jetpack_subscriptions_widget">Subscribe'
        "</button></p></form></div></div>",
        "</div>",
        "</main>",
    ]
    columns = (
        ("About", ("Team", "History", "Careers")),
        ("Privacy", ("Privacy Policy", "Terms and Conditions", "Contact Us")),
        ("Social", ("Facebook", "Instagram", "Twitter/X")),
    )
    c.snip("About Team History Careers")
    c.snip("Privacy Policy Terms and Conditions Contact Us")
    lines += [
        '<footer class="wp-block-template-part">',
        '<div class="wp-block-group has-global-padding is-layout-constrained">',
        '<div class="wp-block-columns alignwide is-layout-flex">',
        f'<div class="wp-block-column"><p class="wp-block-site-title"><a href="/" rel="home">{esc(pub.name)}'
        "</a></p></div>",
    ]
    for heading, items in columns:
        lines += [
            '<div class="wp-block-column is-layout-flow">',
            f'<h2 class="wp-block-heading has-medium-font-size">{heading}</h2>',
            '<nav class="is-vertical wp-block-navigation"><ul class="wp-block-navigation__container">',
            *[
                f'<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" '
                f'href="/{_slug(x)}/"><span class="wp-block-navigation-item__label">{esc(x)}</span></a></li>'
                for x in items
            ],
            "</ul></nav>",
            "</div>",
        ]
    lines += [
        "</div>",
        '<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex">',
        f'<p class="has-small-font-size">{esc(c.copyright())}</p>',
        '<p class="has-small-font-size">Designed with '
        '<a href="https://wordpress.org" rel="nofollow">WordPress</a></p>',
        "</div>",
        "</div>",
        "</footer>",
        "</div>",  # wp-site-blocks
    ]
    if c.has("cookie"):
        notice = c.snip(
            "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree "
            "to their use."
        )
        more = c.snip("To find out more, including how to control cookies, see here:")
        lines.append(
            '<div class="widget widget_eu_cookie_law_widget"><div class="hide-on-button" '
            'data-hide-timeout="30" data-consent-expiration="180" id="eu-cookie-law">'
            '<form method="post" id="jetpack-eu-cookie-law-form">'
            '<input type="submit" value="Close and accept" class="accept" /></form>'
            f'{esc(notice)}<br /><br />{esc(more)} <a href="/cookie-policy/">Cookie Policy</a></div></div>'
        )
    lines += [
        '<script type="speculationrules">{"prefetch":[{"source":"document","where":{"and":[{"href_matches":'
        '"\\/*"}]},"eagerness":"conservative"}]}</script>',
        f'<script id="jetpack-stats-js" src="https://stats.wp.com/e-{d:%Y%V}.js" defer></script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- nl-omroep-regio ---------------------------------------------------------------------------

NL_EMBEDS = ("Deze video", "Dit bericht van X", "Deze Instagram-post", "Deze podcast")
NL_CONSENT = "kan niet worden weergegeven omdat je geen toestemming hebt gegeven voor social media cookies."


def _vue(c: Ctx, component: str) -> str:
    """The scoped-style attribute Vue puts on every element of one component (stable per site)."""
    return f"data-v-{c.stable(f'vue-{component}').getrandbits(32):08x}"


def render_nl_omroep_regio(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    updated = d + timedelta(hours=c.rng.randint(1, 5), minutes=c.rng.randint(0, 59))
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebSite",
                "@id": f"https://{pub.host}/#website",
                "url": f"https://{pub.host}/",
                "name": pub.name,
                "inLanguage": "nl-NL",
            },
            {
                "@type": "NewsArticle",
                "@id": f"{c.url()}#article",
                "headline": s.title,
                "datePublished": c.iso(utc=True),
                "dateModified": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "author": {"@type": "Organization", "name": pub.name},
                "isPartOf": {"@id": f"https://{pub.host}/#website"},
                "mainEntityOfPage": c.url(),
                "inLanguage": "nl-NL",
            },
        ],
    }
    first = next(i for i, (tag, _) in enumerate(s.blocks) if tag == "p")
    v = {
        x: _vue(c, x)
        for x in ("app", "wall", "header", "article", "body", "aside", "embed", "more", "footer")
    }
    wall = c.snip(
        "Wij gebruiken cookies en vergelijkbare technieken om de website goed te laten werken, om het "
        "gebruik te meten en om video's en berichten van sociale media te tonen. Met jouw toestemming "
        "plaatsen ook derde partijen cookies. Lees meer in ons cookiebeleid."
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="nl" data-n-head-ssr>',
        "<head>",
        '<meta data-n-head="ssr" charset="utf-8">',
        f"<title>{esc(c.page_title())}</title>",
        '<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">',
        '<meta data-n-head="ssr" data-hid="description" name="description" '
        f'content="{esc(s.blocks[first][1][:150])}">',
        f'<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{esc(c.og_title())}">',
        '<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">',
        f'<link data-n-head="ssr" rel="canonical" href="{esc(c.url())}">',
        '<script data-n-head="ssr" type="application/ld+json">'
        f"{json.dumps(graph, ensure_ascii=False)}</script>",
        f'<link rel="preload" href="/_nuxt/app.{c.stable("nuxt").getrandbits(32):08x}.js" as="script">',
        "</head>",
        "<body>",
        '<div data-server-rendered="true" id="__nuxt"><div id="__layout">',
        f'<div {v["app"]} class="app">',
        f'<div {v["wall"]} class="cookiewall" role="dialog" aria-modal="true" '
        'aria-labelledby="cookiewall-title">',
        '<div class="cookiewall__content">',
        '<h2 id="cookiewall-title" class="cookiewall__title">'
        f"{esc(c.snip(f'{pub.name} gebruikt cookies'))}</h2>",
        f'<p class="cookiewall__text">{esc(wall)}</p>',
        '<button class="cookiewall__accept">Akkoord</button> '
        '<button class="cookiewall__settings">Instellingen aanpassen</button>',
        "</div></div>",
        f'<header {v["header"]} class="site-header">',
        f'<a {v["header"]} class="site-header__logo" href="/"><span class="visually-hidden">{esc(pub.name)}'
        "</span></a>",
    ]
    if c.has("nav"):
        lines += [
            f'<nav {v["header"]} class="site-header__nav"><ul>',
            *[f"<li>{x}</li>" for x in _nav_links(c)],
            "</ul></nav>",
        ]
    lines += [
        f'<a {v["header"]} class="site-header__live" href="/radio/live">Luister live</a> '
        f'<a {v["header"]} class="site-header__tip" href="/tip">Tip de redactie</a>',
        "</header>",
        f'<main {v["article"]} class="page page--article">',
        f'<article {v["article"]} class="article">',
        f'<header {v["article"]} class="article__header">',
        f'<a class="article__label" href="/{_slug(s.section)}">{esc(s.section)}</a>',
        f'<h1 class="article__title">{esc(s.title)}</h1>',
        '<div class="article__meta">'
        f'<span class="article__author">{esc(c.snip(f"Geschreven door {s.author.name}"))}</span> '
        f'<span class="article__date">{esc(c.snip(c.human_date()))}</span> '
        f'<span class="article__updated">{esc(c.snip("Aangepast: " + c.human_date(dt=updated)))}</span>'
        "</div>",
        "</header>",
        # the intro: the story's first paragraph, bold, above the photo (body text)
        f'<p {v["article"]} class="article__intro"><strong>{c.inline(s.blocks[first][1])}</strong></p>',
    ]
    photographer = prose_for("nl", c.rng).person()
    lines += [
        f'<figure {v["article"]} class="article__media">'
        f'<img src="/images/{d:%Y%m}/{_slug(s.title)[:40]}.jpg" alt="">',
        f"<figcaption>{esc(c.snip(f'Foto: {pub.name} / {photographer}'))}</figcaption></figure>",
    ]
    rest = Story(
        s.title, s.path, s.author, s.section, s.published, s.blocks[first + 1 :], s.sentences[first + 1 :]
    )
    inner = Ctx(pub, rest, c.others, c.rng, c.bp, c.repeated)
    body = inner.body_html(
        p=lambda h: f'<p {v["body"]} class="paragraph">{h}</p>',
        heading=lambda tag, h: f'<h2 {v["body"]} class="article__subtitle">{h}</h2>',
        pullquote=lambda q: f'<blockquote {v["body"]} class="quote"><p>{q}</p></blockquote>',
    )
    paras = [n for n, x in enumerate(body) if x.startswith(f"<p {v['body']}")]
    picks = c.pick_others(c.rng.randint(2, 3))
    also = [
        f'<aside {v["aside"]} class="read-also">',
        '<h3 class="read-also__title">Lees ook</h3>',
        "<ul>",
        *[
            f'<li><a href="{esc(o.path)}"><img src="/images/thumbs/{_slug(o.title)[:30]}.jpg" alt=""> '
            f"<span>{esc(c.snip(o.title))}</span></a></li>"
            for o in picks
        ],
        "</ul>",
        "</aside>",
    ]
    consent = c.snip(f"{c.rng.choice(NL_EMBEDS)} {NL_CONSENT}")
    embed = (
        f'<div {v["embed"]} class="embed embed--consent"><p class="embed__text">{esc(consent)}</p>'
        '<button class="embed__button">Cookie-instellingen aanpassen</button></div>'
    )
    # "Lees ook" after the intro's first follow-up paragraph, the embed further down
    at_also = paras[0]
    at_embed = paras[max(1, len(paras) - 2)]
    body[at_embed + 1 : at_embed + 1] = [embed]
    body[at_also + 1 : at_also + 1] = also
    lines += [f'<div {v["body"]} class="article__body">', *body, "</div>"]
    if c.has("share"):
        lines.append(f'<div {v["article"]} class="article__share">' + " ".join(_share_links(c)) + "</div>")
    tip = c.snip(
        f"Heb je een tip of een vraag over dit onderwerp? Mail naar tips@{pub.host} of stuur ons een "
        "bericht via WhatsApp."
    )
    lines += [f'<p {v["article"]} class="article__tip">{esc(tip)}</p>', "</article>"]
    if c.has("related"):
        heading, more = c.related()
        lines += [
            f'<section {v["more"]} class="more-news">',
            f"<h2>{esc(heading)}</h2>",
            "<ul>",
            *[
                f'<li><a href="{esc(o.path)}"><time>{o.published:%H:%M}</time> '
                f"<span>{esc(o.title)}</span></a></li>"
                for o in more
            ],
            "</ul>",
            "</section>",
        ]
    if c.has("newsletter"):
        lines.append(f'<div {v["more"]} class="newsletter-promo"><p>{esc(c.text("newsletter"))}</p></div>')
    links = (
        f"Over {pub.name}",
        "Contact",
        "Vacatures",
        "Privacyverklaring",
        "Cookiebeleid",
        "Toegankelijkheid",
    )
    lines += [
        "</main>",
        f'<footer {v["footer"]} class="site-footer">',
        f"<p>{esc(c.snip(f'{pub.name} is de regionale publieke omroep voor {place} en omstreken.'))}</p>",
        "<ul>",
        *[f'<li><a href="/{_slug(x)}">{esc(x)}</a></li>' for x in links],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
    ]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines += [
        "</footer>",
        "</div></div></div>",  # app, __layout, __nuxt
        f"<script>window.__NUXT__={json.dumps({'layout': 'default', 'data': [{'id': _slug(s.title)[:30]}]})};"
        "</script>",
        f'<script src="/_nuxt/app.{c.stable("nuxt").getrandbits(32):08x}.js" defer></script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "css-in-js-hashed": render_css_in_js_hashed,
    "it-giornale-locale": render_it_giornale_locale,
    "wordpress-block-theme": render_wordpress_block_theme,
    "nl-omroep-regio": render_nl_omroep_regio,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402

from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import (  # noqa: E402
    MONTHS,
    SITE_FORMS,
    Ctx,
    Story,
    _j,
    _nav_links,
    _share_links,
    _slug,
    esc,
)
