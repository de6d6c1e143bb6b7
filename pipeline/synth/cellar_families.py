"""Four CELLAR template families for the synthetic publishers (see `pipeline.synth.publishers`).

"cellar" is an eighth split, next to "train", "test", "fresh", "blind", "sealed", "vault" and
"attic": families written by a session that read neither the extractor nor any extraction result
(nor the benchmark notes), so no extraction rule was written or tuned against them. They are held
out until they are measured once; once their scores have been looked at, they are no longer held
out, and a later held-out measurement needs new families.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `CELLAR_FAMILIES`: the cellar families are
generated only by `generate_corpus("cellar")`, never by "all", "train", "test", "fresh", "blind",
"sealed", "vault" or "attic", so those corpora are as they were. The truth conventions are the
usual ones (body, boilerplate snippets of four words or more, pull quotes in `repeated`, aware
`published_at`, clean `title` without the site name), and, new here:
  * a standfirst shown under the headline that is the story's own opening (the magazine's dek, the
    Turkish "spot", the French regional chapô) is body text, as the French chapô and the Swedish
    ingress are: it is the story's first paragraph (the magazine's dek its first sentence, the
    Turkish spot its first one or two, made a paragraph of their own);
  * an editor's correction note at the end of an article ("Correction, March 9, 2026: An earlier
    version of this article ...") is body text: the publisher wrote it into the article, about this
    article, and it is different on every article that has one (no earlier family had one, so
    this is the convention from here on); the print-edition note after it ("This article appears
    in the April 2026 print edition ...") is boilerplate;
  * the copy of the article in a page's JSON (Next.js's <script id="__NEXT_DATA__">) is not page
    text: the visible HTML is the truth.
One family is the first in Turkish (its strings, month names, zones and site names are in
`publishers`, its prose grammar in `pipeline.synth.prose`).

Families (language; date source):
  cellar next-data-daily        en; article:published_time and article:modified_time in UTC with
                                milliseconds, the visible "Published 2:30 PM EST, Sat March 7,
                                2026" and "Updated ..." lines (no <time>), and the epoch
                                milliseconds in __NEXT_DATA__; a metro daily on Next.js (a
                                CNN-like layout): CSS-module class names ("Paragraph_paragraph__
                                x1Y2z", the same on every page of a site), the whole article again
                                as JSON in <script id="__NEXT_DATA__">, a sticky "Listen to this
                                article · N min" audio player and a "N comments" link above the
                                text, "Advertisement" slots with "Ad Feedback" buttons, an inline
                                "Related coverage" card carousel (section, headline, "N min read")
                                and "READ MORE:" lines in the paragraphs' markup between the
                                paragraphs; after the text the "Have a tip?" line, the author card
                                (the same bio for an author on every article), "More from <Site>",
                                "Most Read" and the footer; URLs /YYYY/MM/DD/section/slug; <title>
                                "T | Site"
  cellar fr-drupal-regional     fr; <meta name="dcterms.date"> with offset and Drupal's <time
                                datetime> in UTC ("Z") showing "Publié le 07/03/2026 à 14h30", then
                                "Mis à jour le ..."; a French regional daily on Drupal 10: the chapô
                                (field--name-field-chapo, the story's first paragraph: body), the
                                text in field--name-body with, in the paragraphs' own <p> markup,
                                "À lire aussi : <headline>" lines and, after each photo (the lead
                                photo and the ones in the text), its credit as a <p> ("Photo :
                                SHORT – NAME"); the subscriber-only paywall teaser ("Cet article est
                                réservé aux abonnés" ...) amid the full text on premium stories, an
                                inline newsletter block and "Publicité" slots between the
                                paragraphs; the tarteaucitron cookie banner, the edition picker
                                ("Mon édition : ..."), "Mots-clés :", the author's bio, "Réagir",
                                the related view, "Les plus lus", the obituaries / legal notices
                                services block and the footer; URLs /section/place/slug; <title>
                                "T | Site"
  cellar magazine-longform      en; JSON-LD Article datePublished with offset, <meta
                                name="parsely-pub-date"> in UTC ("Z"), the visible date alone
                                ("March 7, 2026"); an English monthly's long read: the dek under the
                                headline (the story's first sentence: body), a drop cap (the first
                                letter in its own <span>) on the first text paragraph, section
                                breaks (<hr> or a "* * *" <p>, per site) with small caps opening the
                                next paragraph, two or three pull quotes repeating body sentences
                                (in `repeated`), an illustration with its credit, the "Support
                                independent journalism" subscribe promo between the paragraphs, on
                                some articles an editor's correction as the last paragraph (body),
                                the print-edition note, "About the Author" (the same bio for an
                                author on every article), "Explore the April 2026 Issue", "Most
                                Popular"; URLs /magazine/YYYY/MM/slug/NNNNNN/; <title> "T - Site"
  cellar tr-haber-portali       tr; JSON-LD NewsArticle datePublished (and a later dateModified)
                                with offset, the visible "Giriş: 07.03.2026 - 14:30 | Güncelleme:
                                ..."; an older Turkish local news portal in a fixed-width <table>
                                layout: the currency / weather top bar, the "SON DAKİKA" ticker,
                                the "spot" in an <h2> under the headline (the story's first
                                sentence or two: body), the text in <div class="haberMetni"> of <p>s
                                with bold <p> subheadings, "İlgili Haber:" lines in the same
                                markup, "REKLAM" slots, and the "... haberlerini Google News
                                üzerinden takip edin" line as its last <p>; the font-size / print
                                tools, "Bu haber N kez okundu", tags, "İlgili Haberler", the empty
                                comments box, "Çok Okunanlar", "Nöbetçi Eczaneler", prayer times,
                                the KVKK cookie banner and the künye footer ("İmtiyaz Sahibi: ...");
                                URLs /section/slug-h1234567.html; <title> "T - Site"

Every renderer gives every story of its publisher the platform's own URL on first use (the stories
are rebuilt for each `render_publisher` call, so this is deterministic); the URLs and hosts are
ASCII (Turkish "ı" as "i"). The magazine renderer splits the story's first sentence off as the dek
and may add a correction note as the last paragraph, the Turkish one its first sentence or two as
the spot (keeping the body within 14 paragraphs and 900 words), so `body`, taken from the story
after rendering, has them. The magazine's names are its
own (`FAMILY_SITE_FORMS`: "The {p} Review", "{p} Quarterly", ...).
"""

from __future__ import annotations

import json
from datetime import UTC, timedelta

FAMILIES: dict[str, str] = {
    "next-data-daily": "cellar",
    "fr-drupal-regional": "cellar",
    "magazine-longform": "cellar",
    "tr-haber-portali": "cellar",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "fr-drupal-regional": "fr",
    "tr-haber-portali": "tr",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "magazine-longform": (
        "The {p} Review",
        "{p} Quarterly",
        "The {p} Monthly",
        "{p} Magazine",
        "The {p} Atlas",
    ),
}


def _cm(c: Ctx, component: str, role: str) -> str:
    """A CSS-module class name ("Paragraph_paragraph__x1Y2z"), the same on every page of the site."""
    r = c.stable(f"cssmodule-{component}-{role}")
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return f"{component}_{role}__{''.join(r.choice(letters) for _ in range(5))}"


# --- next-data-daily ---------------------------------------------------------------------------

NX_FOOTER = (
    "Terms of Use",
    "Privacy Policy",
    "Cookie Settings",
    "Ad Choices",
    "Accessibility & CC",
    "About",
    "Newsletters",
    "Transcripts",
)
NX_TOPICS = ("Transport", "Housing", "Schools", "City Hall", "Budget", "Health")
NX_CREDITS = ("for the {name}", "/ {short}", "/ AP", "/ Getty Images")
NX_CAPTIONS = (
    "Residents gather outside the council offices in {place}.",
    "Work continues on the site in central {place}.",
    "A view of the harbour front in {place} this week.",
    "Commuters wait at the main station in {place}.",
)


def _nx_time(dt: datetime) -> str:
    """"2:30 PM EST, Sat March 7, 2026"."""
    hour = dt.hour % 12 or 12
    return (
        f"{hour}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'} {dt.tzname()}, "
        f"{dt:%a} {MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year}"
    )


def _nx_minutes(c: Ctx, story: Story) -> int:
    return max(2, sum(_words(t) for _, t in story.blocks) // 220 + 1)


def render_next_data_daily(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    place = _place(c)
    c.repath(lambda o: f"/{o.published:%Y/%m/%d}/{_aslug(o.section)}/{_aslug(o.title)}")
    r = c.stable("cellar-next")
    build = _hex(r, 20)
    modified = d + timedelta(minutes=c.rng.randint(20, 600))
    utc, mutc = d.astimezone(UTC), modified.astimezone(UTC)
    minutes = _nx_minutes(c, s)
    comments = c.rng.randint(3, 480)
    photographer = prose_for("en", c.rng).person()
    caption = r.choice(NX_CAPTIONS).format(place=place)
    agency = c.stable(f"credit-{s.title}").choice(NX_CREDITS)
    credit = f"{photographer} {agency.format(name=pub.name.removeprefix('The '), short=pub.short)}"

    def k(component: str, role: str) -> str:
        return _cm(c, component, role)

    para = f'<p class="{k("Paragraph", "paragraph")}" data-component="paragraph">'
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charSet="utf-8"/>',
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(_excerpt(s, 25))}"/>',
        f'<meta property="og:title" content="{esc(s.title)}"/>',
        f'<meta property="og:site_name" content="{esc(pub.name)}"/>',
        '<meta property="og:type" content="article"/>',
        f'<meta property="og:url" content="{esc(c.url())}"/>',
        f'<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}.000Z"/>',
        f'<meta property="article:modified_time" content="{mutc:%Y-%m-%dT%H:%M:%S}.000Z"/>',
        f'<meta property="article:section" content="{esc(s.section)}"/>',
        f'<link rel="canonical" href="{esc(c.url())}"/>',
        f'<link rel="preload" href="/_next/static/css/{_hex(r, 16)}.css" as="style"/>',
        f'<link rel="stylesheet" href="/_next/static/css/{_hex(r, 16)}.css" data-n-g=""/>',
        '<noscript data-n-css=""></noscript>',
        f'<script defer="" nomodule="" src="/_next/static/chunks/polyfills-{_hex(r, 16)}.js"></script>',
        f'<script src="/_next/static/chunks/webpack-{_hex(r, 16)}.js" defer=""></script>',
        f'<script src="/_next/static/chunks/pages/article/[...slug]-{_hex(r, 16)}.js" defer=""></script>',
        "</head>",
        "<body>",
        '<div id="__next">',
        f'<a class="{k("SkipLink", "skip")}" href="#main">{esc(c.snip("Skip to main content"))}</a>',
    ]
    cta = c.snip(f"Subscribe to the {pub.short} for $1 a week")
    lines += [
        f'<header class="{k("SiteHeader", "header")}">',
        f'<div class="{k("SiteHeader", "top")}"><a href="/" class="{k("SiteHeader", "logo")}" '
        f'aria-label="{esc(pub.name)}"><svg viewBox="0 0 240 40" aria-hidden="true"></svg>'
        f'<span class="{k("SiteHeader", "wordmark")}">{esc(pub.name)}</span></a>',
        f'<a class="{k("SiteHeader", "subscribe")}" href="/subscribe">{esc(cta)}</a> '
        f'<a class="{k("SiteHeader", "signin")}" href="/account/signin">Sign in</a></div>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="{k("SiteHeader", "tagline")}">{esc(c.snip(pub.tagline))}</p>')
    if c.has("nav"):
        lines += [f'<nav class="{k("SiteNav", "nav")}" aria-label="Sections">', *_nav_links(c), "</nav>"]
    lines.append("</header>")
    lines += [
        f'<main id="main" class="{k("ArticlePage", "main")}">',
        f'<div class="{k("AdSlot", "wrapper")} {k("AdSlot", "leaderboard")}" data-ad-position="top">'
        f'<p class="{k("AdSlot", "label")}">Advertisement</p><div id="ad-top"></div>'
        f'<button class="{k("AdSlot", "feedback")}">Ad Feedback</button></div>',
        f'<article class="{k("Article", "article")}">',
        f'<div class="{k("Article", "header")}">',
        f'<a class="{k("Kicker", "kicker")}" href="/{_aslug(s.section)}">{esc(s.section)}</a>',
        f'<h1 class="{k("Headline", "headline")}" data-editable="headlineText">{esc(s.title)}</h1>',
    ]
    c.snip(f"By {a.name}, {a.desk}")
    published = c.snip(f"Published {_nx_time(d)}")
    updated = c.snip(f"Updated {_nx_time(modified)}")
    c.snip(f"Listen to this article · {minutes} min")
    c.snip(f"Join the conversation · {comments} comments")
    lines += [
        f'<div class="{k("Byline", "byline")}"><img class="{k("Byline", "avatar")}" '
        f'src="/img/authors/{_aslug(a.name)}.jpg" alt=""/> <span class="{k("Byline", "names")}">By '
        f'<a href="/profiles/{_aslug(a.name)}">{esc(a.name)}</a>, {esc(a.desk)}</span></div>',
        f'<div class="{k("Timestamp", "timestamp")}"><span>{esc(updated)}</span> '
        f'<span class="{k("Timestamp", "published")}">{esc(published)}</span></div>',
        f'<div class="{k("AudioPlayer", "sticky")}" role="region" aria-label="Audio player">'
        f'<button class="{k("AudioPlayer", "play")}" aria-label="Play">'
        '<svg aria-hidden="true"></svg></button>'
        f'<span class="{k("AudioPlayer", "label")}">Listen to this article</span> '
        f'<span class="{k("AudioPlayer", "dot")}">·</span> '
        f'<span class="{k("AudioPlayer", "duration")}">{minutes} min</span></div>',
        f'<a class="{k("CommentsCount", "link")}" href="#comments">Join the conversation '
        f'<span class="{k("CommentsCount", "dot")}">·</span> <span>{comments} comments</span></a>',
        "</div>",
    ]
    c.snip(f"{caption} {credit}")
    lines.append(
        f'<figure class="{k("Image", "figure")}"><picture><img src="https://media.{pub.host}/'
        f'{_hex(c.rng, 16)}.jpg?w=1280" alt="" loading="eager"/></picture>'
        f'<figcaption class="{k("Image", "caption")}"><span>{esc(caption)}</span> '
        f'<span class="{k("Image", "credit")}">{esc(credit)}</span></figcaption></figure>'
    )
    body = c.body_html(
        p=lambda h: f"{para}{h}</p>",
        heading=lambda tag, h: f'<h2 class="{k("Subhead", "subhead")}">{h}</h2>',
        pullquote=lambda q: (
            f'<figure class="{k("PullQuote", "quote")}"><blockquote><p>{q}</p></blockquote></figure>'
        ),
        teaser=lambda rm, x: f"{para}<strong>{rm}</strong> {x}</p>",
        ad=lambda x: f'<div class="{k("AdSlot", "native")}"><span>{x}</span></div>',
    )
    teaser = f"{para}<strong>"
    count = sum(x.startswith(para) and not x.startswith(teaser) for x in body)
    inserts: list[tuple[int, str]] = []
    for n in range(2, count - 1, 3):
        inserts.append(
            (
                n,
                f'<div class="{k("AdSlot", "wrapper")}" data-ad-position="inline-{n}">'
                f'<p class="{k("AdSlot", "label")}">Advertisement</p><div id="ad-inline-{n}"></div>'
                f'<button class="{k("AdSlot", "feedback")}">Ad Feedback</button></div>',
            )
        )
    cards = []
    carousel = c.pick_others(3)
    for o in carousel:
        cards.append(
            f'<li class="{k("RelatedCoverage", "card")}"><a href="{esc(o.path)}">'
            f'<img src="https://media.{pub.host}/{_hex(c.rng, 12)}.jpg?w=320" alt=""/>'
            f'<span class="{k("RelatedCoverage", "label")}">{esc(o.section)}</span>'
            f'<h4 class="{k("RelatedCoverage", "title")}">{esc(c.snip(o.title))}</h4>'
            f'<span class="{k("RelatedCoverage", "time")}">{_nx_minutes(c, o)} min read</span></a></li>'
        )
    inserts.append(
        (
            1,
            f'<aside class="{k("RelatedCoverage", "carousel")}" aria-label="Related coverage">'
            f'<h3 class="{k("RelatedCoverage", "heading")}">Related coverage</h3>'
            '<button aria-label="Previous">‹</button><ul>'
            + "".join(cards)
            + '</ul><button aria-label="Next">›</button>'
            "</aside>",
        )
    )
    lines += [
        f'<div class="{k("ArticleBody", "body")}" data-testid="article-body">',
        *_insert_after(body, para, inserts, skip=teaser),
        "</div>",
    ]
    tip = c.snip(f"Have a tip? Contact the {pub.short} newsroom at tips@{pub.host}.")
    lines.append(f'<p class="{k("TipLine", "tip")}">{esc(tip)}</p>')
    topics = [s.section, place, *c.stable(f"topics-{s.title}").sample(NX_TOPICS, 2)]
    lines.append(
        f'<div class="{k("Topics", "topics")}"><span>Topics</span> '
        + " ".join(f'<a href="/topic/{_aslug(t)}">{esc(t)}</a>' for t in topics)
        + "</div>"
    )
    if c.has("bio"):
        lines.append(
            f'<div class="{k("AuthorCard", "card")}"><img src="/img/authors/{_aslug(a.name)}.jpg" alt=""/>'
            f'<a class="{k("AuthorCard", "name")}" href="/profiles/{_aslug(a.name)}">{esc(a.name)}</a>'
            f'<p class="{k("AuthorCard", "bio")}">{esc(c.bio())}</p></div>'
        )
    lines.append(
        f'<section id="comments" class="{k("Comments", "section")}"><button class="{k("Comments", "open")}">'
        f"View {comments} comments</button>"
        + (f"<p>{esc(c.text('comments'))}</p>" if c.has("comments") else "")
        + "</section>"
    )
    lines.append("</article>")
    more = c.pick_others(4)
    c.snip(f"More from the {pub.short}")
    lines += [
        f'<section class="{k("Recirc", "grid")}"><h2>More from the {esc(pub.short)}</h2>',
        *[
            f'<div class="{k("Recirc", "card")}"><a href="{esc(o.path)}"><h3>{esc(c.snip(o.title))}</h3></a>'
            f'<span>{esc(o.section)}</span></div>'
            for o in more
        ],
        "</section>",
    ]
    popular = c.pick_others(5)
    lines += [
        f'<aside class="{k("MostRead", "rail")}"><h2>Most Read</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in popular],
        "</ol></aside>",
    ]
    if c.has("newsletter"):
        lines.append(
            f'<div class="{k("Newsletter", "signup")}"><p>{esc(c.text("newsletter"))}</p>'
            '<input type="email" placeholder="Email address"/> <button>Sign up</button></div>'
        )
    lines.append("</main>")
    c.snip(" ".join(NX_FOOTER[:4]))
    lines += [
        f'<footer class="{k("SiteFooter", "footer")}">',
        "<ul>",
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in NX_FOOTER],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
    ]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines.append("</footer>")
    if c.has("cookie"):
        lines.append(
            f'<div class="{k("Consent", "banner")}" role="dialog"><p>{esc(c.text("cookie"))}</p>'
            "<button>Accept all</button> <button>Manage preferences</button></div>"
        )
    lines.append("</div>")
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": _hex(c.stable(f"id-{s.title}"), 24),
                    "headline": s.title,
                    "section": s.section,
                    "byline": [{"name": a.name, "title": a.desk}],
                    "firstPublishDate": int(utc.timestamp() * 1000),
                    "lastModifiedDate": int(mutc.timestamp() * 1000),
                    "audioDurationMinutes": minutes,
                    "commentCount": comments,
                    "body": [
                        {"type": "paragraph" if tag == "p" else "subhead", "text": text}
                        for tag, text in s.blocks
                    ],
                    "relatedCoverage": [{"headline": o.title, "url": o.path} for o in carousel],
                },
                "site": {"name": pub.name, "host": pub.host},
            },
            "__N_SSP": True,
        },
        "page": "/article/[...slug]",
        "query": {"slug": [x for x in s.path.split("/") if x]},
        "buildId": build,
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    lines += [
        '<script id="__NEXT_DATA__" type="application/json">'
        + json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
        + "</script>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- fr-drupal-regional ------------------------------------------------------------------------

FR_CAPTIONS = (
    "Le chantier au cœur de {place}, cette semaine.",
    "La mairie de {place}, où se tenait le conseil municipal.",
    "Des habitants réunis sur la place de {place}.",
    "Le site concerné par le projet, à l'entrée de {place}.",
    "Les élus lors de la visite du site à {place}.",
)
FR_FOOTER = (
    "Mentions légales",
    "Politique de confidentialité",
    "Gérer mes cookies",
    "Nous contacter",
    "Conditions générales de vente",
    "Plan du site",
)
FR_TAGS = ("Conseil municipal", "Urbanisme", "Transports", "Éducation", "Budget", "Environnement")


def _fr_shown(dt: datetime) -> str:
    return f"{dt:%d/%m/%Y} à {dt:%H}h{dt:%M}"


def render_fr_drupal_regional(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    place = _place(c)
    r = c.stable("cellar-drupal-fr")
    c.repath(lambda o: f"/{_aslug(o.section)}/{_aslug(place)}/{_aslug(o.title)}")
    nid = c.stable(f"nid-{s.title}").randint(200_000, 999_999)
    premium = c.stable(f"abonnes-{s.title}").random() < 0.55
    modified = d + timedelta(minutes=c.rng.randint(30, 400))
    editions = [place, *r.sample([p for p in places("fr") if p != place], 4)]
    lines = [
        "<!DOCTYPE html>",
        '<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#">',
        "<head>",
        '<meta charset="utf-8" />',
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />',
        '<meta name="MobileOptimized" content="width" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(_excerpt(s, 25))}" />',
        f'<meta name="dcterms.title" content="{esc(s.title)}" />',
        f'<meta name="dcterms.creator" content="{esc(a.name)}" />',
        f'<meta name="dcterms.date" content="{c.iso()}" />',
        '<meta name="dcterms.language" content="fr" />',
        f'<meta property="og:site_name" content="{esc(pub.name)}" />',
        f'<meta property="og:title" content="{esc(s.title)}" />',
        f'<meta property="og:url" content="{esc(c.url())}" />',
        '<meta property="og:type" content="article" />',
        f'<link rel="canonical" href="{esc(c.url())}" />',
        f'<link rel="shortlink" href="http://{pub.host}/node/{nid}" />',
        f'<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{_hex(r, 20)}.css" />',
        "</head>",
        f'<body class="path-node page-node-type-article theme-{pub.token}">',
        '<a href="#main-content" class="visually-hidden focusable skip-link">'
        f"{esc(c.snip('Aller au contenu principal'))}</a>",
    ]
    banner = c.snip(
        "Ce site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer"
    )
    lines.append(
        '<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig" role="alert">'
        f'<span id="tarteaucitronDisclaimerAlert">{esc(banner)}</span> '
        '<button id="tarteaucitronPersonalize2">Tout accepter</button> '
        '<button id="tarteaucitronAllDenied2">Tout refuser</button> '
        '<button id="tarteaucitronCloseAlert">Personnaliser</button></div></div>'
    )
    lines += [
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>',
        '<div class="layout-container">',
        '<header role="banner" class="site-header">',
        '<div class="region region-header">',
        f'<div id="block-{pub.token}-branding" class="block block-system block-system-branding-block">'
        f'<a href="/" rel="home" class="site-logo"><img src="/themes/custom/{pub.token}/logo.svg" '
        f'alt="{esc(pub.name)}" /></a></div>',
    ]
    if c.has("tagline"):
        lines.append(f'<div class="site-slogan">{esc(c.snip(pub.tagline))}</div>')
    c.snip("Le journal numérique S'abonner Se connecter")
    lines.append(
        '<div class="block block-account"><a href="/journal-numerique">Le journal numérique</a> '
        '<a class="button button--primary" href="/abonnement">S\'abonner</a> '
        '<a href="/user/login">Se connecter</a></div>'
    )
    c.snip(f"Mon édition : {place} Changer d'édition")
    lines.append(
        '<div class="block block-edition-picker"><span class="edition-picker__label">Mon édition :</span> '
        f'<strong>{esc(place)}</strong> <button class="edition-picker__toggle">Changer d\'édition</button>'
        '<ul class="edition-picker__list">'
        + "".join(f'<li><a href="/edition/{_aslug(e)}">{esc(e)}</a></li>' for e in editions)
        + "</ul></div>"
    )
    lines.append("</div>")
    if c.has("nav"):
        lines += [
            '<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation">',
            '<ul class="menu menu--main">',
            *[f'<li class="menu-item">{x}</li>' for x in _nav_links(c)],
            "</ul></nav>",
        ]
    lines.append("</header>")
    crumbs = c.breadcrumb(">")
    lines += [
        '<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" '
        'aria-labelledby="system-breadcrumb">'
        + " &gt; ".join(f'<a href="/">{esc(x)}</a>' for x in crumbs)
        + "</nav></div>",
        '<main role="main"><a id="main-content" tabindex="-1"></a>',
        '<div class="region region-content">',
        f'<article data-history-node-id="{nid}" class="node node--type-article node--promoted '
        'node--view-mode-full">',
    ]
    if premium:
        lines.append('<span class="node__badge node__badge--abonnes">Abonnés</span>')
    lines.append(
        f'<h1 class="page-title"><span class="field field--name-title field--type-string '
        f'field--label-hidden">{esc(s.title)}</span></h1>'
    )
    lead = s.blocks[0][1]
    lines.append(
        '<div class="field field--name-field-chapo field--type-text-long field--label-hidden field__item">'
        f"<p>{c.inline(lead)}</p></div>"
    )
    shown = c.snip(f"Publié le {_fr_shown(d)}")
    updated = c.snip(f"Mis à jour le {_fr_shown(modified)}")
    c.snip(f"Par {a.name}, {a.desk}")
    lines.append(
        '<div class="node__meta"><span class="field field--name-uid">Par <a '
        f'href="/auteur/{_aslug(a.name)}">{esc(a.name)}</a>, {esc(a.desk)}</span> '
        f'<time datetime="{d.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}" class="datetime">{esc(shown)}</time> '
        f'<span class="node__changed">{esc(updated)}</span></div>'
    )
    share = _share_links(c)
    lines.append('<div class="share-buttons">' + " ".join(share) + "</div>")
    captions = [x.format(place=place) for x in r.sample(FR_CAPTIONS, len(FR_CAPTIONS))]
    photographers = [prose_for("fr", c.stable(f"photo-{pub.host}-{n}")).person() for n in range(3)]

    def photo(n: int, cap: str) -> list[str]:
        who = photographers[c.rng.randrange(len(photographers))]
        credit = c.snip(f"Photo : {pub.short} – {who}")
        c.snip(cap)
        return [
            '<div class="media media--type-image media--view-mode-article">'
            f'<img loading="lazy" src="/sites/default/files/styles/article/public/{d:%Y-%m}/'
            f'{_hex(c.rng, 12)}.jpg" alt="{esc(cap)}" /><div class="media__caption">{esc(cap)}</div></div>',
            f'<p class="credit-photo">{esc(credit)}</p>',
        ]

    lines += [
        '<div class="field field--name-field-image field--type-entity-reference field--label-hidden '
        'field__item">',
        *photo(0, captions[0]),
        "</div>",
    ]
    tpl, tsents = s.blocks, s.sentences
    s.blocks, s.sentences = tpl[1:], tsents[1:]  # the chapô is above, in its own field
    try:
        body = c.body_html(
            heading=lambda tag, h: f"<h2>{h}</h2>",
            pullquote=lambda q: f'<blockquote class="citation"><p>{q}</p></blockquote>',
            ad=lambda x: f'<div class="pub pub--inread"><span class="pub__label">{x}</span></div>',
        )
    finally:
        s.blocks, s.sentences = tpl, tsents
    para = "<p>"
    count = sum(x.startswith(para) for x in body)
    inserts: list[tuple[int, str]] = []
    label = "À lire aussi :"
    for n, o in zip((0, max(1, count - 3)), c.pick_others(2), strict=False):
        c.snip(f"{label} {o.title}")
        inserts.append((n, f'<p><strong>{label}</strong> <a href="{esc(o.path)}">{esc(o.title)}</a></p>'))
    if count >= 5:
        inserts.append((count // 2, "\n".join(photo(1, captions[1]))))
    letter = c.snip(f"Recevez chaque soir l'essentiel de l'actualité de {place} dans votre boîte mail.")
    inserts.append(
        (
            min(2, count - 1),
            '<div class="block-newsletter-inline"><p class="block-newsletter-inline__title">Newsletter '
            f"{esc(place)}</p><p>{esc(letter)}</p>"
            '<input type="email" placeholder="Votre adresse e-mail" /> <button>Je m\'inscris</button></div>',
        )
    )
    for n in range(3, count - 1, 4):
        inserts.append((n, '<div class="pub pub--inread"><span class="pub__label">Publicité</span></div>'))
    if premium:
        c.snip("Cet article est réservé aux abonnés")
        offer = c.snip(
            f"Profitez de notre offre : {r.choice(('1 €', '0,99 €', '1,99 €'))} le premier mois, "
            "sans engagement."
        )
        c.snip("Déjà abonné ? Se connecter")
        inserts.append(
            (
                min(1, count - 1),
                '<div class="paywall-teaser" data-paywall="abonnes">'
                '<p class="paywall-teaser__title">Cet article est réservé aux abonnés</p>'
                f'<p class="paywall-teaser__offer">{esc(offer)}</p>'
                '<a class="button" href="/abonnement">Je m\'abonne</a>'
                '<p class="paywall-teaser__login">Déjà abonné ? <a href="/user/login">Se connecter</a></p>'
                "</div>",
            )
        )
    lines += [
        '<div class="node__content">',
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary '
        'field--label-hidden field__item">',
        *_insert_after(body, para, inserts),
        "</div>",
    ]
    tags = [s.section, place, *c.stable(f"tags-{s.title}").sample(FR_TAGS, 2)]
    c.snip("Mots-clés : " + " ".join(tags))
    lines.append(
        '<div class="field field--name-field-tags"><div class="field__label">Mots-clés :</div> '
        + " ".join(f'<div class="field__item"><a href="/tags/{_aslug(t)}">{esc(t)}</a></div>' for t in tags)
        + "</div>"
    )
    if c.has("bio"):
        lines.append(
            '<div class="field field--name-field-auteur-bio"><div class="author-box">'
            f'<a href="/auteur/{_aslug(a.name)}">{esc(a.name)}</a><p>{esc(c.bio())}</p></div></div>'
        )
    react = c.snip("Réagir à cet article")
    lines.append(
        f'<section class="comments"><h2>{react}</h2>'
        + (f"<p>{esc(c.text('comments'))}</p>" if c.has("comments") else "")
        + '<a class="button" href="/user/login">Se connecter pour commenter</a></section>'
    )
    lines += ["</div>", "</article>"]
    heading, picks = c.related(4)
    lines += [
        '<div class="views-element-container block block-views block-views-blockmeme-rubrique-block-1">',
        f"<h2>{esc(heading)}</h2>",
        '<div class="view view-meme-rubrique">',
        *[
            f'<div class="views-row"><article class="node node--view-mode-teaser"><a href="{esc(o.path)}">'
            f"<h3>{esc(o.title)}</h3></a><time>{_fr_shown(o.published)}</time></article></div>"
            for o in picks
        ],
        "</div></div>",
        "</div>",
        "</main>",
        '<aside class="layout-sidebar-second" role="complementary">',
        '<div class="block block-les-plus-lus"><h2>Les plus lus</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(5)],
        "</ol></div>",
    ]
    services = c.snip("Consultez les avis de décès de votre région")
    legal = c.snip("Publiez vos annonces légales en quelques clics")
    lines.append(
        '<div class="block block-services"><h2>Services</h2>'
        f'<p><a href="/avis-de-deces">{esc(services)}</a></p>'
        f'<p><a href="/annonces-legales">{esc(legal)}</a></p></div>'
    )
    if c.has("newsletter"):
        lines.append(f'<div class="block block-newsletter"><p>{esc(c.text("newsletter"))}</p></div>')
    lines += ["</aside>"]
    c.snip(" ".join(FR_FOOTER[:4]))
    lines += [
        '<footer role="contentinfo" class="site-footer">',
        '<ul class="menu menu--footer">',
        *[f'<li class="menu-item"><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in FR_FOOTER],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
    ]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines += [
        "</footer>",
        "</div>",
        "</div>",
        '<script type="application/json" data-drupal-selector="drupal-settings-json">'
        + json.dumps({"path": {"baseUrl": "/", "currentPath": f"node/{nid}", "currentLanguage": "fr"}})
        + "</script>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- magazine-longform -------------------------------------------------------------------------

MG_RUBRICS = ("Ideas", "Politics", "Culture", "Science", "Features", "Dispatches")
MG_CORRECTIONS = (
    "An earlier version of this article misstated the cost of the {thing} project. It is {n} million "
    "dollars, not {m} million.",
    "An earlier version of this article misidentified the year the {thing} opened. It was {y}.",
    "An earlier version of this article gave the wrong number of residents at the {thing} meeting. "
    "About {n0} attended.",
)
MG_CAPTIONS = (
    "The old harbour wall at dusk.",
    "A council meeting in the town hall, late in the evening.",
    "Residents on the high street on a market day.",
    "The disused railway line north of the town.",
)
MG_THINGS = ("bridge", "harbour", "school", "library", "station", "hospital", "railway")
MG_FOOTER = (
    "About",
    "Contact",
    "Podcasts",
    "Subscription",
    "Give a Gift",
    "Manage Subscription",
    "Privacy Policy",
    "Your Privacy Choices",
    "Terms Conditions",
)


def _mg_correction(c: Ctx) -> str | None:
    """The editor's correction closing some articles (body), with its date; added to the story."""
    s = c.story
    r = c.stable(f"correction-{s.title}")
    if r.random() >= 0.35:
        return None
    when = s.published + timedelta(days=r.randint(1, 6))
    text = r.choice(MG_CORRECTIONS).format(
        thing=r.choice(MG_THINGS), n=r.randint(12, 90), m=r.randint(91, 300), y=r.randint(1958, 2004),
        n0=r.randint(40, 400),
    )
    note = f"Correction, {MONTHS['en'][when.month - 1]} {when.day}, {when.year}: {text}"
    paras = [i for i, (tag, _) in enumerate(s.blocks) if tag == "p"]
    if len(paras) >= 14:  # no room: the last paragraph gives way
        s.blocks[paras[-1]] = ("p", note)
        s.sentences[paras[-1]] = []
    else:
        s.blocks.append(("p", note))
        s.sentences.append([])
    _trim(s, keep=2)
    return note


def render_magazine_longform(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    r = c.stable("cellar-magazine")
    c.repath(
        lambda o: (
            f"/magazine/{o.published:%Y/%m}/{_aslug(o.title)}/"
            f"{c.stable(f'mag-{o.title}').randint(600000, 699999)}/"
        )
    )
    _split_lead(c, 1)  # the dek (each story is rendered once per `render_publisher` call)
    correction = _mg_correction(c)
    rubric = c.stable(f"rubric-{s.title}").choice(MG_RUBRICS)
    nxt = d.replace(day=1) + timedelta(days=32)
    issue = f"{MONTHS['en'][nxt.month - 1]} {nxt.year}"
    print_title = prose_for("en", c.stable(f"print-{s.title}")).title()
    illustrator = prose_for("en", c.stable(f"illustrator-{s.title}")).person()
    breaks_hr = r.random() < 0.5
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": s.title,
        "description": s.blocks[0][1],
        "datePublished": c.iso(),
        "author": [{"@type": "Person", "name": a.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
        "isPartOf": {"@type": "PublicationIssue", "name": f"{issue} Issue"},
        "articleSection": rubric,
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(s.blocks[0][1])}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<meta name="parsely-pub-date" content="{d.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}">',
        f'<meta name="parsely-section" content="{esc(rubric)}">',
        f'<meta name="author" content="{esc(a.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(ld),
        "</head>",
        '<body class="template-article template-article--longform">',
    ]
    promo_top = c.snip(f"Never miss a story. Subscribe to {pub.name} and read every issue.")
    lines += [
        f'<div class="top-banner"><a href="/subscribe/">{esc(promo_top)}</a></div>',
        '<header class="site-header">',
        f'<a class="site-header__logo" href="/">{esc(pub.name)}</a>',
        '<a class="site-header__subscribe" href="/subscribe/">Subscribe</a> '
        '<a class="site-header__signin" href="/login/">Sign In</a>',
    ]
    if c.has("nav"):
        lines += ['<nav class="site-header__nav">', *_nav_links(c), "</nav>"]
    lines.append("</header>")
    c.snip(f"{rubric} {issue} Issue")
    lines += [
        '<main id="main-content">',
        '<article class="article article--longform">',
        '<header class="article-header">',
        f'<div class="article-header__rubric"><a href="/{_aslug(rubric)}/">{esc(rubric)}</a> '
        f'<a href="/magazine/toc/{nxt:%Y/%m}/">{esc(issue)} Issue</a></div>',
        f'<h1 class="article-header__headline">{esc(s.title)}</h1>',
        f'<p class="article-header__dek">{esc(s.blocks[0][1])}</p>',
    ]
    date_shown = f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    c.snip(f"By {a.name} Illustrations by {illustrator}")
    lines.append(
        '<div class="article-header__byline">By <a class="author-link" href="/author/'
        f'{_aslug(a.name)}/">{esc(a.name)}</a> <span class="article-header__illustrator">Illustrations by '
        f"{esc(illustrator)}</span></div>"
    )
    minutes = sum(_words(t) for _, t in s.blocks) // 230 + 1
    c.snip(f"{date_shown}, {minutes} min read")
    lines.append(
        f'<div class="article-header__meta"><time class="article-header__date">{date_shown}</time>, '
        f'<span class="article-header__read">{minutes} min read</span></div>'
    )
    featured = c.snip(
        "This article was featured in the One Story to Read Today newsletter from "
        f"{pub.name}. Sign up for it here."
    )
    lines.append(
        '<p class="article-header__newsletter"><em><a href="/newsletters/one-story/">'
        f"{esc(featured)}</a></em></p>"
    )
    share = _share_links(c)
    lines.append('<div class="article-header__share">' + " ".join(share) + ' <button>Save</button></div>')
    lead_credit = c.snip(f"Illustration by {illustrator}. Sources: Getty; {pub.short} archive.")
    lines += [
        "</header>",
        '<figure class="article-lead-art"><img src="/media/img/mt/'
        f'{d:%Y/%m}/{_hex(c.rng, 12)}/original.jpg" alt="">'
        f'<figcaption class="article-lead-art__credit">{esc(lead_credit)}</figcaption></figure>',
    ]
    # the text: the paragraphs after the dek, the first with a drop cap, section breaks, pull quotes
    blocks = s.blocks[1:]
    sents = s.sentences[1:]
    paras = [i for i, (tag, _) in enumerate(blocks) if tag == "p"]
    if correction is not None:
        paras = paras[:-1]  # the correction closes the text as a plain paragraph
    breaks = set()
    if len(paras) >= 6:
        breaks = set(c.stable(f"breaks-{s.title}").sample(paras[2:-1], k=min(2, len(paras) - 4)))
    pq_count = 3 if len(paras) >= 9 else 2 if len(paras) >= 4 else 0
    quotes: dict[int, list[str]] = {}
    pool = [i for i in paras[1:-1] if any(6 <= _words(x) <= 40 for x in sents[i])]
    for src in c.rng.sample(pool, k=min(pq_count, len(pool))):
        sent = c.rng.choice([x for x in sents[src] if 6 <= _words(x) <= 40])
        if _norm(sent) in c.repeated:
            continue
        c.repeated.append(_norm(sent))
        at = c.rng.choice(paras[1:-1])
        quotes.setdefault(at, []).append(
            f'<aside class="pullquote" aria-hidden="true"><blockquote><p>{esc(sent)}</p></blockquote></aside>'
        )
    promo = c.snip(
        f"Support independent journalism. Subscribe to {pub.name} for "
        f"${r.choice(('4.99', '6.99', '8.99'))} a month."
    )
    promo_at = paras[len(paras) // 2] if len(paras) >= 4 else None
    photo_at = paras[(2 * len(paras)) // 3] if len(paras) >= 6 else None
    photo_cap = f"{r.choice(MG_CAPTIONS)} Photograph by {prose_for('en', c.rng).person()} for {pub.name}."
    body: list[str] = []
    for i, (tag, text) in enumerate(blocks):
        if tag != "p":
            body.append(f'<h2 class="article-subhead">{esc(text)}</h2>')
            continue
        if i in breaks:
            body.append(
                '<hr class="section-break">'
                if breaks_hr
                else '<p class="section-break" aria-hidden="true">* * *</p>'
            )
        if correction is not None and i == len(blocks) - 1:
            body.append(f'<p class="article-paragraph"><em>{esc(text)}</em></p>')
            continue
        if i == paras[0]:
            first = text[0]
            html = f'<span class="dropcap">{esc(first)}</span>{esc(text[1:])}'
            body.append(f'<p class="article-paragraph article-paragraph--dropcap">{html}</p>')
        elif i in breaks:
            words = text.split(" ")
            html = f'<span class="smallcaps">{esc(" ".join(words[:3]))}</span> {esc(" ".join(words[3:]))}'
            body.append(f'<p class="article-paragraph">{html}</p>')
        else:
            body.append(f'<p class="article-paragraph">{c.inline(text)}</p>')
        body += quotes.get(i, [])
        if i == promo_at:
            body.append(
                f'<aside class="inline-promo"><p class="inline-promo__text">{esc(promo)}</p>'
                '<a class="inline-promo__button" href="/subscribe/">Subscribe</a></aside>'
            )
        if i == photo_at:
            body.append(
                '<figure class="article-inline-image">'
                f'<img src="/media/img/posts/{_hex(c.rng, 10)}.jpg" alt="">'
                f"<figcaption>{esc(c.snip(photo_cap))}</figcaption></figure>"
            )
    edition = c.snip(
        f"This article appears in the {issue} print edition with the headline \u201c{print_title}.\u201d"
    )
    body.append(f'<p class="article-edition-note"><em>{esc(edition)}</em></p>')
    lines += ['<section class="article-body" itemprop="articleBody">', *body, "</section>"]
    lines += [
        '<section class="author-bio"><h2 class="author-bio__heading">About the Author</h2>',
        f'<address class="author-bio__card"><a href="/author/{_aslug(a.name)}/">{esc(a.name)}</a>'
        f'<p class="author-bio__text">{esc(c.bio())}</p></address></section>',
    ]
    lines.append("</article>")
    c.snip(f"Explore the {issue} Issue")
    c.snip("Check out more from this issue and find your next story to read.")
    lines += [
        '<section class="issue-module">',
        f'<h2>Explore the {esc(issue)} Issue</h2>',
        "<p>Check out more from this issue and find your next story to read.</p>",
        f'<a href="/magazine/toc/{nxt:%Y/%m}/">View More</a>',
        "<ul>",
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(3)],
        "</ul></section>",
        '<section class="most-popular"><h2>Most Popular</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(5)],
        "</ol></section>",
    ]
    if c.has("newsletter"):
        lines.append(f'<aside class="newsletter-signup"><p>{esc(c.text("newsletter"))}</p></aside>')
    lines.append("</main>")
    c.snip(" ".join(MG_FOOTER[:4]))
    lines += [
        '<footer class="site-footer">',
        "<ul>",
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in MG_FOOTER],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
    ]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines.append("</footer>")
    return _close_page(c, lines, "cookie-banner")


# --- tr-haber-portali --------------------------------------------------------------------------

TR_FOOTER = (
    "Künye",
    "İletişim",
    "Reklam",
    "Gizlilik Politikası",
    "KVKK Aydınlatma Metni",
    "Çerez Politikası",
)
TR_CAPTIONS = (
    "Belediye binası önünde bekleyen vatandaşlar",
    "Çalışmaların sürdüğü alan",
    "Meclis toplantısından bir kare",
)
TR_TAGS = ("belediye", "meclis", "ulaşım", "eğitim", "yatırım", "altyapı", "çevre")
TR_PHARMACY = ("Şifa Eczanesi", "Hayat Eczanesi", "Merkez Eczanesi", "Deva Eczanesi", "Güven Eczanesi")


def _tr_stamp(dt: datetime) -> str:
    return f"{dt:%d.%m.%Y} - {dt:%H:%M}"


def render_tr_haber_portali(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    place = _place(c)
    r = c.stable("cellar-haber")
    c.repath(
        lambda o: (
            f"/{_aslug(o.section)}/{_aslug(o.title)}"
            f"-h{c.stable(f'haber-{o.title}').randint(1_000_000, 9_999_999)}.html"
        )
    )
    _split_lead(c, c.stable(f"spot-{s.title}").choice((1, 2)))  # the spot
    modified = d + timedelta(minutes=c.rng.randint(10, 300))
    views = c.rng.randint(40, 9000)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "description": s.blocks[0][1],
        "datePublished": c.iso(),
        "dateModified": modified.isoformat(timespec="seconds"),
        "author": {"@type": "Person", "name": a.name},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "inLanguage": "tr-TR",
    }
    lines = [
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="tr" xml:lang="tr">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(s.blocks[0][1])}" />',
        f'<meta name="keywords" content="{esc(place)}, {esc(s.section)}, haber, son dakika" />',
        f'<meta property="og:title" content="{esc(s.title)}" />',
        f'<meta property="og:site_name" content="{esc(pub.name)}" />',
        f'<meta property="og:url" content="{esc(c.url())}" />',
        f'<link rel="canonical" href="{esc(c.url())}" />',
        _ldjson(ld),
        '<link href="/css/stil.css?v=3" rel="stylesheet" type="text/css" />',
        '<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>',
        "</head>",
        '<body bgcolor="#ffffff" topmargin="0" leftmargin="0">',
    ]
    kvkk = c.snip(
        "Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için KVKK Aydınlatma Metni ve Çerez Politikası "
        "sayfalarını inceleyebilirsiniz."
    )
    lines.append(
        f'<div id="cerezUyari" class="cerez-uyari"><p>{esc(kvkk)}</p>'
        '<a href="javascript:;" class="cerez-kabul">Kabul Et</a></div>'
    )
    today = c.human_date().rsplit(" ", 1)[0]
    dollar = f"{r.randint(36, 41)},{r.randint(10, 99)}"
    euro = f"{r.randint(39, 45)},{r.randint(10, 99)}"
    gold = f"{r.randint(3, 4)}.{r.randint(100, 999)},{r.randint(10, 99)}"
    c.snip(f"DOLAR {dollar} EURO {euro} ALTIN {gold}")
    c.snip(today)
    lines += [
        '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" class="ust-bar">',
        f'<tr><td class="tarih">{esc(today)}</td>'
        f'<td class="hava">{esc(place)} {r.randint(-2, 24)}°C</td>'
        f'<td class="piyasa">DOLAR {dollar} EURO {euro} ALTIN {gold}</td></tr>',
        "</table>",
        '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" class="header">',
        '<tr><td width="300"><a href="/">'
        f'<img src="/images/logo.png" alt="{esc(pub.name)}" border="0" /></a>',
    ]
    if c.has("tagline"):
        lines.append(f'<div class="slogan">{esc(c.snip(pub.tagline))}</div>')
    lines += [
        "</td>",
        '<td width="680" align="right"><div class="reklam728"><span>REKLAM</span></div></td></tr>',
        "</table>",
    ]
    if c.has("nav"):
        lines += [
            '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" class="menu"><tr>',
            *[f"<td>{x}</td>" for x in _nav_links(c)],
            "</tr></table>",
        ]
    ticker = c.pick_others(3)
    lines += [
        '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" class="sondakika">',
        '<tr><td width="110" class="sondakika-baslik">SON DAKİKA</td><td><marquee scrollamount="4">'
        + " • ".join(f'<a href="{esc(o.path)}">{esc(c.snip(o.title))}</a>' for o in ticker)
        + "</marquee></td></tr></table>",
    ]
    crumbs = c.breadcrumb(">")
    lines += [
        '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" class="ana">',
        '<tr><td width="660" valign="top" class="sol">',
        '<div class="yol">' + " &gt; ".join(f'<a href="/">{esc(x)}</a>' for x in crumbs) + "</div>",
        f'<h1 class="haberBaslik">{esc(s.title)}</h1>',
        f'<h2 class="haberSpot">{esc(s.blocks[0][1])}</h2>',
    ]
    info = c.snip(f"Haber: {a.name} | Giriş: {_tr_stamp(d)} | Güncelleme: {_tr_stamp(modified)}")
    assert info
    lines.append(
        '<table width="100%" class="haberBilgi"><tr>'
        f'<td>Haber: <a href="/muhabir/{_aslug(a.name)}">{esc(a.name)}</a> | Giriş: {_tr_stamp(d)} | '
        f"Güncelleme: {_tr_stamp(modified)}</td>"
        '<td align="right" class="araclar"><a href="javascript:;" class="font-buyut">A+</a> '
        '<a href="javascript:;" class="font-kucult">A-</a> '
        '<a href="javascript:window.print()">Yazdır</a></td>'
        "</tr></table>"
    )
    share = _share_links(c)
    lines.append('<div class="paylas">' + " ".join(share) + "</div>")
    agency = r.choice(("İHA", "DHA", "AA"))
    cap = c.snip(f"{place}: {r.choice(TR_CAPTIONS)} (Foto: {agency})")
    lines.append(
        f'<div class="haberResim"><img src="/resimler/{d:%Y/%m/%d}/{_hex(c.rng, 10)}.jpg" width="640" '
        f'alt="{esc(s.title)}" />'
        f'<div class="resimAlti">{esc(cap)}</div></div>'
    )
    tpl, tsents = s.blocks, s.sentences
    s.blocks, s.sentences = tpl[1:], tsents[1:]  # the spot is above, in the <h2>
    try:
        body = c.body_html(
            heading=lambda tag, h: f"<p><strong>{h}</strong></p>",
            teaser=lambda rm, x: f"<p><strong>{rm}</strong> {x}</p>",
            ad=lambda x: f'<div class="reklamAlani"><span>{x}</span></div>',
        )
    finally:
        s.blocks, s.sentences = tpl, tsents
    para = "<p>"
    count = sum(x.startswith(para) for x in body)
    inserts: list[tuple[int, str]] = []
    for n in range(1, count - 1, 3):
        inserts.append((n, '<div class="reklamAlani"><span class="reklam-yazi">REKLAM</span></div>'))
    follow = c.snip(f"{pub.name} haberlerini Google News üzerinden takip edin")
    lines += [
        '<div class="haberMetni" id="haberMetni">',
        *_insert_after(body, para, inserts),
        f'<p><a href="https://news.google.example/publications/{_aslug(pub.name)}" target="_blank">'
        f"<strong>{esc(follow)}</strong></a></p>",
        "</div>",
    ]
    c.snip(f"Bu haber {views} kez okundu.")
    lines.append(f'<div class="okunma">Bu haber <b>{views}</b> kez okundu.</div>')
    tags = [place, s.section.lower(), *c.stable(f"etiket-{s.title}").sample(TR_TAGS, 2)]
    c.snip("Etiketler: " + ", ".join(tags))
    lines.append(
        '<div class="etiketler">Etiketler: '
        + ", ".join(f'<a href="/etiket/{_aslug(t)}">{esc(t)}</a>' for t in tags)
        + "</div>"
    )
    if c.has("bio"):
        lines.append(
            '<table class="muhabirKutu" width="100%"><tr><td width="80">'
            f'<img src="/muhabir/{_aslug(a.name)}.jpg" width="70" alt="" /></td>'
            f'<td><b>{esc(a.name)}</b><br /><span class="muhabirBio">{esc(c.bio())}</span></td></tr></table>'
        )
    c.snip("İlgili Haberler")
    related = c.pick_others(4)
    lines += [
        '<div class="ilgiliHaberler"><div class="kutu-baslik">İlgili Haberler</div>',
        '<table width="100%" cellpadding="4"><tr>',
        *[
            f'<td width="25%" valign="top"><a href="{esc(o.path)}">'
            f'<img src="/resimler/k/{_hex(c.rng, 8)}.jpg" '
            f'width="150" alt="" /><br />{esc(c.snip(o.title))}</a></td>'
            for o in related
        ],
        "</tr></table></div>",
    ]
    empty = c.snip("Bu habere henüz yorum yapılmamış. İlk yorumu siz yapın.")
    lines.append(
        '<div class="yorumlar"><div class="kutu-baslik">Yorumlar (0)</div>'
        f"<p>{esc(empty)}</p>"
        + (f'<p class="yorum-kural">{esc(c.text("comments"))}</p>' if c.has("comments") else "")
        + '<form action="/yorum-gonder" method="post"><input type="text" name="ad" value="Adınız" /> '
        '<textarea name="yorum">Yorumunuz</textarea> <input type="submit" value="Gönder" /></form></div>'
    )
    if c.has("related"):
        heading, picks = c.related(4)
        lines += [
            f'<div class="editorSecim"><div class="kutu-baslik">{esc(heading)}</div><ul>',
            *[f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in picks],
            "</ul></div>",
        ]
    lines += ["</td>", '<td width="20"></td>', '<td width="300" valign="top" class="sag">']
    lines += [
        '<div class="reklam300"><span>REKLAM</span></div>',
        '<div class="cokOkunan"><div class="kutu-baslik">Çok Okunanlar</div><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(5)],
        "</ol></div>",
    ]
    pharmacies = r.sample(TR_PHARMACY, 3)
    c.snip("Nöbetçi Eczaneler " + " ".join(pharmacies))
    lines.append(
        '<div class="eczane"><div class="kutu-baslik">Nöbetçi Eczaneler</div>'
        + "".join(f"\n<div>{esc(x)}</div>" for x in pharmacies)
        + "</div>"
    )
    prayer = "İmsak {} Güneş {} Öğle {} İkindi {} Akşam {} Yatsı {}".format(
        *[f"{h:02d}:{r.randint(0, 59):02d}" for h in (5, 7, 13, 16, 18, 20)]
    )
    c.snip(prayer)
    lines.append(
        f'<div class="namaz"><div class="kutu-baslik">{esc(place)} Namaz Vakitleri</div>'
        f"<p>{esc(prayer)}</p></div>"
    )
    if c.has("newsletter"):
        lines.append(
            f'<div class="bulten"><p>{esc(c.text("newsletter"))}</p>'
            '<input type="text" value="E-posta adresiniz" /> '
            '<input type="submit" value="Abone Ol" /></div>'
        )
    lines += ["</td></tr></table>"]
    owner = prose_for("tr", c.stable("cellar-haber-imtiyaz")).person()
    chief = prose_for("tr", c.stable("cellar-haber-yonetmen")).person()
    imprint = c.snip(f"İmtiyaz Sahibi: {owner} Genel Yayın Yönetmeni: {chief}")
    c.snip(" | ".join(TR_FOOTER[:4]))
    lines += [
        '<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" class="footer">',
        "<tr><td>"
        + " | ".join(f'<a href="/sayfa/{_aslug(x)}">{esc(x)}</a>' for x in TR_FOOTER)
        + "</td></tr>",
        f'<tr><td class="kunye">{esc(imprint)}</td></tr>',
        f"<tr><td>{esc(c.copyright())}</td></tr>",
    ]
    if c.has("disclaimer"):
        lines.append(f"<tr><td>{esc(c.text('disclaimer'))}</td></tr>")
    lines += ["</table>", "</body>", "</html>"]
    return _j(lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "next-data-daily": render_next_data_daily,
    "fr-drupal-regional": render_fr_drupal_regional,
    "magazine-longform": render_magazine_longform,
    "tr-haber-portali": render_tr_haber_portali,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import datetime  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _aslug,
    _close_page,
    _excerpt,
    _hex,
    _insert_after,
    _ldjson,
    _place,
    _split_lead,
    _trim,
)
from pipeline.synth.prose import places, prose_for  # noqa: E402
from pipeline.synth.publishers import (  # noqa: E402
    MONTHS,
    Ctx,
    Story,
    _j,
    _nav_links,
    _norm,
    _share_links,
    _words,
    esc,
)
