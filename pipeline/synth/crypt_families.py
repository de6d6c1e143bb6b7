"""Four CRYPT template families for the synthetic publishers (see `pipeline.synth.publishers`).

"crypt" is a ninth split, next to "train", "test", "fresh", "blind", "sealed", "vault", "attic" and
"cellar": families written by a session that read neither the extractor nor any extraction result
(nor the benchmark notes), so no extraction rule was written or tuned against them. They are held
out until they are measured once; once their scores have been looked at, they are no longer held
out, and a later held-out measurement needs new families.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `CRYPT_FAMILIES`: the crypt families are
generated only by `generate_corpus("crypt")`, never by "all", "train", "test" or another held-out
split, so those corpora are as they were. The truth conventions are the usual ones (body,
boilerplate snippets of four words or more, pull quotes in `repeated`, aware `published_at`, clean
`title` without the site name), those the cellar split added (a standfirst that opens the story and
an editor's note about this article are body; a copy of the article in the page's JSON is not page
text), and, new here:
  * a key-points list at the top of an article ("Claves") that summarises the story is body text:
    its items are the story's first lines, one line per item, in order, before the first paragraph;
  * footnotes at the end of a blog post (the author's notes to this post, different on every post)
    are body text, one line per footnote, after the last paragraph, as the correction note is; the
    footnote reference numbers in the text (<sup> at a paragraph's end) and the "↩︎" back-links are
    not (a body line is the paragraph's text without them);
  * a table of contents that repeats the post's subheadings as links is not body: each subheading
    belongs to `body` once and is listed in `repeated`, as a pull quote's sentence is;
  * in-text calls to action in the paragraphs' own markup ("Download the ... app ...", the
    newsletter line) and the broadcaster's copyright paragraph closing the article text are
    boilerplate; so is the press office's sign-off and contact box closing a press release (the
    same on every release of the site).

Families (language; date source):
  crypt  hugo-policy-blog      en; article:published_time and article:modified_time with offset, a
                               BlogPosting JSON-LD (datePublished with offset, the whole text again
                               as "articleBody": not page text), the visible date "March 7, 2026"
                               in a <span title="2026-03-07 14:30:00 -0500 EST"> (Go's time format);
                               a think tank's tech-policy blog on Hugo (PaperMod-like): the "Table of
                               Contents" <details> box above the text linking to the post's <h2>s
                               (which carry a hidden "#" anchor link), footnote references and the
                               Goldmark footnotes list (body: see above), "Cite this post", the
                               licence line, "Edit this page on GitHub · Last updated: ...", tag
                               pills, the author's bio (the same for an author on every post), the
                               Buttondown newsletter form, « Prev / Next » post titles and the
                               "Powered by Hugo & PaperMod" footer; URLs /posts/slug/; <title>
                               "T | Site"
  crypt  es-radiotelevision    es; JSON-LD NewsArticle datePublished (and a later dateModified) with
                               offset, visible "07.03.2026 | 14:30 h" and "Actualizado: ..."; a
                               Spanish regional public broadcaster (RTVE-like): the corporation's
                               top bar (Noticias, Deportes, Televisión, Radio, Play), the "EN
                               DIRECTO" strip, the "Claves" key-points list under the headline
                               (body: see above), an embedded radio audio player ("Escuchar audio
                               03:12" and the bulletin's title), subheadings as <h3>, a "Te puede
                               interesar" carousel of linked headlines between the paragraphs,
                               "Lea también:"-style lines, "Síguenos en" social strip, "Más
                               noticias de <section>", "Lo más visto" and the corporation's footer;
                               URLs /noticias/YYYYMMDD/slug/1234567.shtml; <title> "T | Noticias
                               Site"
  crypt  tv-station-vip        en; article:published_time and a NewsArticle JSON-LD in UTC written
                               "+00:00", a <time> in UTC "+00:00" showing local "Posted: Mar 7,
                               2026 / 02:30 PM EST", then "Updated: ..."; an American local TV
                               station on WordPress VIP (Nexstar-like): weather-alert bar, "Watch
                               Now" live button, an autoplay video with "Now Playing" and an "Up
                               next: <title>" playlist above the text, <div class="article-content">
                               of <p>s with many <div class="ad-container"> "Advertisement" slots,
                               in the same <p> markup the "Download the ... app" and newsletter
                               calls to action and the closing "Copyright 2026 <Group> Inc. All
                               rights reserved. This material may not be published, broadcast,
                               rewritten, or redistributed." line; "Trending Stories", "Top
                               Stories", the FCC public-file footer; URLs /news/section/slug/;
                               <title> "T | Site"
  crypt  it-comune-stampa      it; only the naive local "Comunicato stampa n. 31/2026 – 7 marzo 2026,
                               ore 14:30" line and "Data: 7 marzo 2026" (the feed gives the zone);
                               an Italian municipality's press room on the Designers Italia
                               "Bootstrap Italia" model: accessibility toolbar, the region's slim
                               header, "Accedi all'area personale", the breadcrumb ending with the
                               headline, "Tempo di lettura", "Vedi azioni", the "Indice della
                               pagina" box, the text under the template's "Descrizione" <h2> with
                               <h3> subheadings and the press office's sign-off as its last <p>,
                               "Documenti allegati" ("... (PDF, 2,3 MB)"), "A cura di", the press
                               contact box ("Per ulteriori informazioni: ..."), "Argomenti",
                               "Ultimo aggiornamento: ...", the "Quanto sono chiare le informazioni
                               su questa pagina?" rating, the "Contatta il comune" box and the
                               footer with the PEC address; URLs /novita/comunicati-stampa/slug;
                               <title> "T - Comune di Place"

Every renderer gives every story of its publisher the platform's own URL on first use (the stories
are rebuilt for each `render_publisher` call, so this is deterministic). The Hugo renderer adds two
subheadings to a post of five paragraphs or more that has none and may append footnotes; the
broadcaster's renders its key points as the story's first lines (dropping trailing paragraphs where
the body would pass 14, trimming sentences where it would pass 900 words), so `body`, taken from the
story after rendering, has them. The blog, broadcaster, station and municipality names are their
own (`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

import json
from datetime import UTC, timedelta

FAMILIES: dict[str, str] = {
    "hugo-policy-blog": "crypt",
    "es-radiotelevision": "crypt",
    "tv-station-vip": "crypt",
    "it-comune-stampa": "crypt",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "es-radiotelevision": "es",
    "it-comune-stampa": "it",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "hugo-policy-blog": (
        "{p} Policy Lab",
        "The {p} Tech Policy Project",
        "{p} Digital Rights Forum",
        "Open {p} Institute",
        "{p} Internet Policy Notes",
    ),
    "es-radiotelevision": (
        "Radiotelevisión de {p}",
        "Televisión de {p}",
        "{p} Radio Televisión",
        "Canal {p}",
        "Onda {p}",
    ),
    "tv-station-vip": (
        "{p} News 8",
        "News 4 {p}",
        "{p} Eyewitness News 12",
        "Channel 6 {p}",
        "{p} First News 3",
    ),
    "it-comune-stampa": ("Comune di {p}", "Città di {p}"),
}


def _drop_trailing_heads(story: Story) -> None:
    while story.blocks and story.blocks[-1][0] in ("h2", "h3"):
        story.blocks.pop()
        story.sentences.pop()


# --- hugo-policy-blog --------------------------------------------------------------------------

HG_MENU = ("Posts", "Research", "Events", "Newsletter", "About", "Search", "Tags")
HG_TAGS = (
    "privacy",
    "competition",
    "AI regulation",
    "broadband",
    "open data",
    "procurement",
    "surveillance",
    "platforms",
    "digital identity",
    "cybersecurity",
)
HG_ROLES = ("Senior Fellow", "Policy Analyst", "Research Director", "Visiting Fellow", "Legal Fellow")
HG_BEATS = (
    "data protection and public-sector technology",
    "competition in digital markets",
    "broadband and spectrum policy",
    "algorithmic accountability",
    "surveillance law and civil liberties",
)
HG_TOPICS = (
    "data retention",
    "facial recognition in public spaces",
    "algorithmic transparency",
    "broadband subsidies",
    "age verification online",
    "open data licensing",
    "cloud procurement",
)
HG_ORGS = (
    "Information Commissioner",
    "Competition Authority",
    "Digital Services Board",
    "Office of Communications",
    "Law Commission",
    "National Audit Office",
)
HG_NOTES = (
    "See the {org}'s consultation paper on {topic}, published in {month} {year}, paragraphs {a} to {b}.",
    "The figures are taken from the {org}'s annual report for {year}, table {a}, and were checked "
    "against the published data set.",
    "We asked the {org} for comment on {day}; it had not replied by the time this post was published.",
    "An earlier post on this blog looked at {topic} in more detail in {month} {year}.",
    "The draft guidance on {topic} is linked from the {org}'s website; the passages quoted above are "
    "from its section {a}.",
)


def _go_time(dt: datetime) -> str:
    """Go's default time format: "2026-03-07 14:30:00 -0500 EST"."""
    return f"{dt:%Y-%m-%d %H:%M:%S %z} {dt.tzname()}"


def _hg_footnotes(c: Ctx) -> list[str]:
    """The post's footnotes (body, its last lines), none to three, within 14 paragraphs and 900 words."""
    s = c.story
    r = c.stable(f"footnotes-{s.title}")
    k = min(r.choice((0, 1, 2, 2, 3)), 14 - len(_paras(s)))
    notes: list[str] = []
    for template in r.sample(HG_NOTES, k):
        notes.append(
            template.format(
                org=r.choice(HG_ORGS),
                topic=r.choice(HG_TOPICS),
                month=MONTHS["en"][r.randrange(12)],
                year=r.randint(2021, 2025),
                a=r.randint(3, 40),
                b=r.randint(41, 90),
                day=r.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
            )
        )
    for note in notes:
        s.blocks.append(("fn", note))
        s.sentences.append([])
    _trim(s, keep=1)
    return notes


def render_hugo_policy_blog(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    r = c.stable("crypt-hugo")
    c.repath(lambda o: f"/posts/{_aslug(o.title)}/")
    _two_subheadings(c)
    notes = _hg_footnotes(c)
    org = _aslug(pub.name.removeprefix("The "))
    modified = d + timedelta(days=c.stable(f"lastmod-{s.title}").randint(1, 9), hours=c.rng.randint(0, 8))
    tags = c.stable(f"tags-{s.title}").sample(HG_TAGS, 4)
    words = sum(_words(t) for _, t in s.blocks)
    minutes = max(1, round(words / 200))
    role = c.stable(f"role-{a.name}").choice(HG_ROLES)
    beat = c.stable(f"beat-{a.name}").choice(HG_BEATS)
    others = sorted(c.others, key=lambda o: o.published)
    at = others.index(s)
    prev = others[at - 1] if at > 0 else None
    nxt = others[at + 1] if at + 1 < len(others) else None
    heads = [(text, _aslug(text)) for tag, text in s.blocks if tag in ("h2", "h3")]
    for text, _ in heads:
        c.repeated.append(_norm(text))
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": s.title,
        "name": s.title,
        "description": _excerpt(s, 30),
        "keywords": tags,
        "articleBody": "\n\n".join(t for _, t in s.blocks),
        "wordCount": words,
        "inLanguage": "en",
        "datePublished": c.iso(),
        "dateModified": modified.isoformat(timespec="seconds"),
        "author": [{"@type": "Person", "name": a.name}],
        "mainEntityOfPage": {"@type": "WebPage", "@id": c.url()},
        "publisher": {
            "@type": "Organization",
            "name": pub.name,
            "logo": {"@type": "ImageObject", "url": f"http://{pub.host}/favicon.ico"},
        },
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en" dir="auto">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
        '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">',
        '<meta name="robots" content="index, follow">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta name="keywords" content="{esc(", ".join(tags))}">',
        f'<meta name="description" content="{esc(_excerpt(s, 30))}">',
        f'<meta name="author" content="{esc(a.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link crossorigin="anonymous" href="/assets/css/stylesheet.{_hex(r, 32)}.css" '
        f'integrity="sha256-{_hex(r, 40)}" rel="preload stylesheet" as="style">',
        '<meta name="generator" content="Hugo 0.145.0">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:locale" content="en-us">',
        '<meta property="og:type" content="article">',
        '<meta property="article:section" content="posts">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:modified_time" content="{modified.isoformat(timespec="seconds")}">',
        *[f'<meta property="article:tag" content="{esc(t)}">' for t in tags],
        '<script type="application/ld+json">'
        + json.dumps(ld, ensure_ascii=False).replace("<", "\\u003c")
        + "</script>",
        "</head>",
        '<body class="" id="top">',
        '<script>if (localStorage.getItem("pref-theme") === "dark") '
        "{ document.body.classList.add('dark'); }</script>",
        '<header class="header">',
        '<nav class="nav">',
        f'<div class="logo"><a href="http://{pub.host}/" accesskey="h" title="{esc(pub.name)} (Alt + H)">'
        f"{esc(pub.name)}</a>",
        '<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" '
        'aria-label="Toggle theme"><svg id="moon" viewBox="0 0 24 24"></svg></button></div></div>',
        '<ul id="menu">',
    ]
    c.snip(" ".join(HG_MENU[:5]))
    lines += [f'<li><a href="/{x.lower()}/" title="{x}"><span>{x}</span></a></li>' for x in HG_MENU]
    lines += ["</ul>", "</nav>", "</header>", '<main class="main">', '<article class="post-single">']
    c.snip(f"{_en_date(d)} · {minutes} min · {words} words · {a.name}")
    lines += [
        '<header class="post-header">',
        f'<div class="breadcrumbs"><a href="http://{pub.host}/">Home</a>&nbsp;»&nbsp;'
        f'<a href="http://{pub.host}/posts/">Posts</a></div>',
        f'<h1 class="post-title entry-hint-parent">{esc(s.title)}</h1>',
        f"<div class=\"post-meta\"><span title='{_go_time(d)}'>{esc(_en_date(d))}</span>&nbsp;·&nbsp;"
        f"{minutes} min&nbsp;·&nbsp;{words} words&nbsp;·&nbsp;{esc(a.name)}</div>",
        "</header>",
    ]
    if heads:
        lines += [
            '<div class="toc">',
            "<details open>",
            '<summary accesskey="c" title="(Alt + C)"><span class="details">Table of '
            "Contents</span></summary>",
            '<div class="inner"><ul>',
            *[f'<li><a href="#{h}" aria-label="{esc(t)}">{esc(t)}</a></li>' for t, h in heads],
            "</ul></div>",
            "</details>",
            "</div>",
        ]
    k = len(notes)
    tpl, tsents = s.blocks, s.sentences
    if k:
        s.blocks, s.sentences = tpl[:-k], tsents[:-k]
    try:
        body = c.body_html(
            heading=lambda tag, h: (
                f'<{tag} id="{_aslug(_unesc(h))}">{h}<a hidden class="anchor" aria-hidden="true" '
                f'href="#{_aslug(_unesc(h))}">#</a></{tag}>'
            ),
            pullquote=lambda q: f"<blockquote>\n<p>{q}</p>\n</blockquote>",
        )
    finally:
        s.blocks, s.sentences = tpl, tsents
    plain = [i for i, x in enumerate(body) if x.startswith("<p>")]
    for n, i in enumerate(sorted(c.rng.sample(plain, min(k, len(plain)))), start=1):
        body[i] = (
            body[i].removesuffix("</p>") + f'<sup id="fnref:{n}"><a href="#fn:{n}" class="footnote-ref" '
            f'role="doc-noteref">{n}</a></sup></p>'
        )
    lines += ['<div class="post-content">', *body]
    if notes:
        lines += ['<div class="footnotes" role="doc-endnotes">', "<hr>", "<ol>"]
        for n, note in enumerate(notes, start=1):
            lines.append(
                f'<li id="fn:{n}">\n<p>{esc(note)}&#160;<a href="#fnref:{n}" class="footnote-backref" '
                'role="doc-backlink">&#x21a9;&#xfe0e;</a></p>\n</li>'
            )
        lines += ["</ol>", "</div>"]
    lines.append("</div>")
    cite = c.snip(
        f"Cite this post: {a.name}, “{s.title}”, {pub.name}, {d.day} {MONTHS['en'][d.month - 1]} {d.year}."
    )
    licence = c.snip(f"Unless otherwise noted, posts on the {pub.name} blog are licensed under CC BY 4.0.")
    edit = c.snip("Edit this page on GitHub")
    updated = c.snip(f"Last updated: {_en_date(modified)}")
    lines += [
        f'<div class="cite-box"><p>{esc(cite)}</p></div>',
        f'<p class="licence">{esc(licence)}</p>',
        f'<p class="edit-post"><a href="https://github.com/{org}/{org}.github.io/edit/main/content/posts/'
        f'{_aslug(s.title)}.md" rel="noopener noreferrer" target="_blank">{edit}</a> · '
        f"<span>{esc(updated)}</span></p>",
        '<footer class="post-footer">',
        '<ul class="post-tags">',
        *[f'<li><a href="http://{pub.host}/tags/{_aslug(t)}/">{esc(t)}</a></li>' for t in tags],
        "</ul>",
    ]
    c.snip(" ".join(tags))
    bio = c.snip(f"{a.name} is a {role} at the {pub.name.removeprefix('The ')}, working on {beat}.")
    lines.append(
        f'<div class="author-bio"><img src="/images/people/{_aslug(a.name)}.jpg" alt="">'
        f"<p><strong>About the author</strong></p><p>{esc(bio)}</p></div>"
    )
    letter = c.snip(f"Get new posts from the {pub.name.removeprefix('The ')} by email, about twice a month.")
    lines.append(
        f'<form action="https://buttondown.com/api/emails/embed-subscribe/{org}" method="post" '
        f'class="embeddable-buttondown-form"><label for="bd-email">{esc(letter)}</label> '
        '<input type="email" name="email" id="bd-email" placeholder="you@example.com"> '
        '<input type="submit" value="Subscribe"> '
        f'<p><a href="https://buttondown.com/refer/{org}" target="_blank">Powered by '
        "Buttondown.</a></p></form>"
    )
    nav = ['<nav class="paginav">']
    if prev:
        c.snip(prev.title)
        nav.append(
            f'<a class="prev" href="{esc(prev.path)}"><span class="title">« Prev</span><br>\n'
            f"<span>{esc(prev.title)}</span></a>"
        )
    if nxt:
        c.snip(nxt.title)
        nav.append(
            f'<a class="next" href="{esc(nxt.path)}"><span class="title">Next »</span><br>\n'
            f"<span>{esc(nxt.title)}</span></a>"
        )
    lines += [*nav, "</nav>"]
    lines.append(
        '<ul class="share-buttons">'
        + "".join(
            f'<li><a target="_blank" rel="noopener noreferrer" aria-label="share {esc(s.title)} on {x}" '
            f'href="https://share.example/{x.lower()}?u={esc(c.url())}"><svg viewBox="0 0 512 '
            '512"></svg></a></li>'
            for x in ("x", "linkedin", "reddit", "telegram")
        )
        + "</ul>"
    )
    lines += ["</footer>", "</article>", "</main>"]
    c.snip(f"© {YEAR} {pub.name} · Powered by Hugo & PaperMod")
    lines += [
        '<footer class="footer">',
        f'<span>&copy; {YEAR} <a href="http://{pub.host}/">{esc(pub.name)}</a></span> · ',
        '<span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> '
        "&amp; "
        '<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" '
        'target="_blank">PaperMod</a>'
        "</span>",
        "</footer>",
        '<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" '
        'accesskey="g"><svg viewBox="0 0 12 6"></svg></a>',
        "<script>document.querySelectorAll('a[href^=\"#\"]').forEach(anchor => {});</script>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


def _unesc(text: str) -> str:
    return html_unescape(text)


# --- es-radiotelevision ------------------------------------------------------------------------

ES_CORP = ("Noticias", "Deportes", "Televisión", "Radio", "Play", "Directos", "Tiempo")
ES_SOCIAL = ("Facebook", "X", "Instagram", "TikTok", "YouTube", "WhatsApp")
ES_FOOTER = (
    "Aviso legal",
    "Política de privacidad",
    "Política de cookies",
    "Accesibilidad",
    "Transparencia",
    "Contacto",
)
ES_CAPTIONS = (
    "Imagen de archivo del centro de {place}",
    "Vecinos de {place} durante la jornada de este sábado",
    "El ayuntamiento de {place}, en una imagen de archivo",
    "Obras en una de las calles principales de {place}",
)


def _es_shown(dt: datetime) -> str:
    return f"{dt:%d.%m.%Y} | {dt:%H:%M} h"


def _es_claves(c: Ctx) -> list[str]:
    """The key points (body: the story's first lines), two or three, within 14 paragraphs and 900
    words (trailing paragraphs give way)."""
    s = c.story
    r = c.stable(f"claves-{s.title}")
    prose = prose_for("es", r)
    n = r.choice((2, 3, 3))
    points: list[str] = []
    while len(points) < n:
        x = prose.sentence()
        if 7 <= _words(x) <= 24 and x not in points:
            points.append(x)
    paras = _paras(s)
    while len(paras) + n > 14:
        drop = paras.pop()
        del s.blocks[drop], s.sentences[drop]
        _drop_trailing_heads(s)
    s.blocks[0:0] = [("li", x) for x in points]
    s.sentences[0:0] = [[] for _ in points]
    _trim(s, keep=n)
    _fill(s, prose)
    return points


def render_es_radiotelevision(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    place = _place(c)
    r = c.stable("crypt-rtv")
    c.repath(
        lambda o: (
            f"/noticias/{o.published:%Y%m%d}/{_aslug(o.title)}/"
            f"{c.stable(f'rtv-{o.title}').randint(1000000, 2999999)}.shtml"
        )
    )
    points = _es_claves(c)
    modified = d + timedelta(minutes=c.rng.randint(25, 500))
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": modified.isoformat(timespec="seconds"),
        "author": {"@type": "Person", "name": a.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "articleSection": s.section,
        "inLanguage": "es",
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="es">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | Noticias {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(points[0])}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/css/{_hex(r, 12)}/noticia.css">',
        _ldjson(ld),
        "</head>",
        f'<body class="noticias {pub.token}">',
        f'<a class="skipLink" href="#contenido">{esc(c.snip("Saltar al contenido principal"))}</a>',
    ]
    cookie = c.snip(
        f"En {pub.name} utilizamos cookies propias y de terceros para analizar la navegación y mostrarte "
        "contenidos de tu interés."
    )
    lines.append(
        f'<div id="cookiesBanner" class="cookiesBanner" role="dialog"><p>{esc(cookie)}</p>'
        "<button>Aceptar</button> <button>Rechazar</button> <button>Configurar</button></div>"
    )
    c.snip(" ".join(f"{pub.short} {x}" if x == "Play" else x for x in ES_CORP[:5]))
    lines += [
        '<header class="mainHeader">',
        '<div class="corpBar"><ul>'
        + "\n".join(
            f'<li><a href="/{_aslug(x)}/">{esc(f"{pub.short} {x}" if x == "Play" else x)}</a></li>'
            for x in ES_CORP
        )
        + "</ul></div>",
        f'<div class="brand"><a href="/noticias/"><img src="/img/logo-{pub.token}.svg" alt="{esc(pub.name)}">'
        f"<span>{esc(pub.name)}</span> <span>Noticias</span></a></div>",
    ]
    if c.has("nav"):
        lines += ['<nav class="menuNoticias">', *_nav_links(c), "</nav>"]
    live = c.snip(f"EN DIRECTO Canal 24 horas de {pub.short}")
    lines += [
        f'<div class="liveStrip"><span class="live">EN DIRECTO</span> <a href="/directo/canal-24h/">'
        f"{esc(live.removeprefix('EN DIRECTO '))}</a></div>",
        "</header>",
        '<main id="contenido">',
        '<article class="noticia">',
        '<div class="mainInfo">',
        f'<span class="section"><a href="/noticias/{_aslug(s.section)}/">{esc(s.section)}</a></span>',
        f'<h1 id="h1_maintitle">{esc(s.title)}</h1>',
    ]
    lines += [
        '<div class="claves"><p class="claves__title">Claves</p><ul>',
        *[f"<li>{c.inline(x)}</li>" for x in points],
        "</ul></div>",
    ]
    by = c.snip(f"{a.name} {pub.short} {place}")
    shown = _es_shown(d)
    c.snip(f"Publicado: {shown}")
    c.snip(f"Actualizado: {_es_shown(modified)}")
    lines += [
        f'<div class="autorBox"><strong class="autor">{esc(a.name)}</strong> '
        f'<span class="firma">{esc(by.removeprefix(a.name + " "))}</span></div>',
        f'<div class="pubBox"><span class="pubDate">Publicado: <time>{esc(shown)}</time></span> '
        f'<span class="upDate">Actualizado: {esc(_es_shown(modified))}</span></div>',
    ]
    label, sites = c.share()
    lines.append(
        f'<div class="shareBox"><span>{esc(label)}</span> '
        + " ".join(f'<a href="https://share.example/{_aslug(x)}">{esc(x)}</a>' for x in sites)
        + "</div>"
    )
    lines.append("</div>")
    secs = c.stable(f"audio-{s.title}").randint(95, 420)
    hour = min(21, max(8, d.hour - 1))
    bulletin = c.snip(
        f"Escuchar audio {secs // 60:02d}:{secs % 60:02d} Informativo de {place} de las {hour}:00"
    )
    lines.append(
        f'<div class="audioPlayer" data-audio-id="{c.stable(f"aid-{s.title}").randint(7000000, 7999999)}">'
        '<button class="play" aria-label="Reproducir"><span class="ico"></span>'
        '<span class="txt">Escuchar audio</span></button> <span '
        f'class="duration">{secs // 60:02d}:{secs % 60:02d}'
        f'</span> <span class="audioTitle">{esc(bulletin.split(" ", 3)[3])}</span></div>'
    )
    photographer = prose_for("es", c.rng).person()
    caption = c.snip(f"{r.choice(ES_CAPTIONS).format(place=place)} | {pub.short}/{photographer}")
    lines.append(
        f'<figure class="imgNoticia"><img src="/imagenes/{_hex(c.rng, 14)}.jpg" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>"
    )
    n = len(points)
    tpl, tsents = s.blocks, s.sentences
    s.blocks, s.sentences = tpl[n:], tsents[n:]
    try:
        body = c.body_html(
            heading=lambda tag, h: f"<h3>{h}</h3>",
            pullquote=lambda q: f'<blockquote class="destacado"><p>{q}</p></blockquote>',
            teaser=lambda rm, x: f'<p class="relacionada"><strong>{rm}</strong> {x}</p>',
        )
    finally:
        s.blocks, s.sentences = tpl, tsents
    count = sum(x.startswith("<p>") for x in body)
    picks = c.pick_others(3)
    carousel = (
        '<div class="relatedIn"><p class="relatedTitle">Te puede interesar</p>\n<ul>'
        + "".join(
            f'<li><a href="{esc(o.path)}"><img src="/imagenes/{_hex(c.rng, 10)}.jpg" alt="">'
            f'<span class="rTitle">{esc(c.snip(o.title))}</span></a></li>\n'
            for o in picks
        )
        + "</ul></div>"
    )
    lines += [
        '<div class="artBody">',
        *_insert_after(body, "<p>", [(max(1, count // 2 - 1), carousel)]),
        "</div>",
    ]
    c.snip("Síguenos en " + " ".join(ES_SOCIAL[:5]))
    lines.append(
        '<div class="followUs"><span>Síguenos en</span> '
        + " ".join(f'<a href="https://{x.lower()}.example/{pub.token}">{x}</a>' for x in ES_SOCIAL[:5])
        + "</div>"
    )
    lines.append("</article>")
    more = c.snip(f"Más noticias de {s.section}")
    lines += [
        f'<section class="moreNews"><h2>{esc(more)}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(4)],
        "</ul></section>",
        '<aside class="masVisto"><h2>Lo más visto</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(5)],
        "</ol></aside>",
        "</main>",
    ]
    c.snip(" ".join(ES_FOOTER[:4]))
    corp = c.snip(f"© Corporación {pub.name}, S.A. {YEAR}. Todos los derechos reservados.")
    lines += [
        '<footer class="mainFooter">',
        "<ul>" + "\n".join(f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in ES_FOOTER) + "</ul>",
        f"<p>{esc(corp)}</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- tv-station-vip ----------------------------------------------------------------------------

TV_GROUPS = ("Northstar Media", "Gateway Broadcasting", "Meridian Media", "Crestline Broadcast Group")
TV_NAV = ("News", "Weather", "Sports", "Video", "Live", "Contests", "Community", "Jobs")
TV_CLIPS = (
    "First Alert Forecast: rain moves in {day}",
    "First Alert Forecast: a mild and dry {day}",
    "Traffic: crews clear crash on the interstate near {place}",
    "Your evening forecast for {place} and the valley",
)
TV_FOOTER = (
    "FCC Public File",
    "EEO Report",
    "Closed Captioning",
    "Contact Us",
    "Privacy Policy",
    "Terms of Use",
    "Do Not Sell or Share My Personal Information",
)


def _tv_time(dt: datetime) -> str:
    """ "Mar 7, 2026 / 02:30 PM EST"."""
    return f"{MONTHS['en'][dt.month - 1][:3]} {dt.day}, {dt.year} / {dt:%I:%M %p} {dt.tzname()}"


def render_tv_station_vip(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    place = _place(c)
    r = c.stable("crypt-tv")
    c.repath(lambda o: f"/news/{_aslug(o.section)}/{_aslug(o.title)}/")
    group = r.choice(TV_GROUPS)
    call = r.choice("WK") + "".join(r.choice("ABCDEFGHJKLMNOPRSTVWXYZ") for _ in range(3))
    postid = c.stable(f"postid-{s.title}").randint(8_000_000, 9_999_999)
    modified = d + timedelta(minutes=c.rng.randint(15, 400))
    utc, mutc = d.astimezone(UTC), modified.astimezone(UTC)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": utc.isoformat(timespec="seconds"),
        "dateModified": mutc.isoformat(timespec="seconds"),
        "author": [{"@type": "Person", "name": a.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        '<meta name="robots" content="max-image-preview:large">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{utc.isoformat(timespec="seconds")}">',
        f'<meta property="article:modified_time" content="{mutc.isoformat(timespec="seconds")}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f"<link rel='stylesheet' id='{pub.token}-main-css' href='/wp-content/themes/vip/{call.lower()}/"
        f"assets/build/main.{_hex(r, 10)}.css' media='all'>",
        _ldjson(ld),
        "</head>",
        f'<body class="post-template-default single single-post postid-{postid} single-format-standard">',
        f'<a class="skip-link screen-reader-text" href="#primary">{esc(c.snip("Skip to content"))}</a>',
    ]
    alerts = c.stable(f"alerts-{s.published:%Y%m%d}").randint(1, 6)
    alert = c.snip(f"{alerts} Weather Alert{'s' if alerts > 1 else ''} in effect for the {place} area")
    lines.append(
        f'<div class="site-alert site-alert--weather"><a href="/weather/alerts/">{esc(alert)}</a></div>'
    )
    watch = c.snip(f"Watch {pub.name} Live Now")
    lines += [
        '<header class="site-header" id="masthead">',
        '<div class="site-header__logo"><a href="/" rel="home"><img '
        f'src="/wp-content/uploads/sites/{r.randint(10, 99)}/'
        f'{call.lower()}-logo.svg" alt="{esc(pub.name)} {call}"></a></div>',
        '<nav class="site-header__nav" aria-label="Main menu"><ul>',
        *[f'<li class="menu-item"><a href="/{x.lower()}/">{x}</a></li>' for x in TV_NAV],
        "</ul></nav>",
        f'<a class="site-header__watch button" href="/live/">{esc(watch)}</a>',
        f'<div class="site-header__weather"><span class="city">{esc(place)}</span> '
        f'<span class="temp">{c.rng.randint(28, 81)}°</span></div>',
        "</header>",
    ]
    c.snip(" ".join(TV_NAV[:5]))
    trending = c.pick_others(3)
    lines.append(
        '<div class="trending-bar"><span class="trending-bar__label">Trending Now:</span> '
        + " ".join(f'<a href="{esc(o.path)}">{esc(c.snip(o.title))}</a>' for o in trending)
        + "</div>"
    )
    c.snip(f"Posted: {_tv_time(d)}")
    c.snip(f"Updated: {_tv_time(modified)}")
    lines += [
        '<main id="primary" class="site-main">',
        f'<article id="post-{postid}" class="article post-{postid} post type-post status-publish">',
        '<header class="article-header">',
        f'<div class="article-kicker"><a href="/news/{_aslug(s.section)}/">{esc(s.section)}</a></div>',
        f'<h1 class="article-title">{esc(s.title)}</h1>',
        f'<div class="article-authors">by: <a href="/author/{_aslug(a.name)}/">{esc(a.name)}</a></div>',
        '<div class="article-dates">',
        f'<p class="article-date">Posted: <time datetime="{utc.isoformat(timespec="seconds")}">'
        f"{esc(_tv_time(d))}</time></p>",
        f'<p class="article-date">Updated: <time datetime="{mutc.isoformat(timespec="seconds")}">'
        f"{esc(_tv_time(modified))}</time></p>",
        "</div>",
        '<div class="article-share"><span class="article-share__label">SHARE</span> '
        + "".join(
            f'<a class="article-share__link" href="https://share.example/{x}?u={esc(c.url())}" '
            f'aria-label="Share on {x}"><svg></svg></a>'
            for x in ("facebook", "x", "email")
        )
        + "</div>",
        "</header>",
    ]
    cr = c.stable(f"clips-{s.title}")
    clips = [
        x.format(day=cr.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")), place=place)
        for x in cr.sample(TV_CLIPS, 2)
    ]
    playlist = [*clips[1:], *[o.title for o in c.pick_others(3)]]
    now = c.snip(f"Now Playing: {clips[0]}")
    lines += [
        '<div class="article-featured-media">',
        f'<div class="video-player" data-autoplay="true" data-playlist="{_hex(c.rng, 8)}">'
        '<div class="video-player__screen"><video muted playsinline></video></div>'
        f'<p class="video-player__now">{esc(now)}</p>',
        '<ul class="video-playlist">',
    ]
    for x in playlist:
        c.snip(f"Up next: {x}")
        lines.append(
            f'<li class="video-playlist__item"><span class="video-playlist__label">Up next:</span> '
            f'<a href="/video/{_aslug(x)}/">{esc(x)}</a> <span class="video-playlist__duration">'
            f"{c.rng.randint(0, 3)}:{c.rng.randint(0, 59):02d}</span></li>"
        )
    lines += ["</ul></div>", "</div>"]
    body = c.body_html(teaser=lambda rm, x: f"<p><strong>{rm}</strong> {x}</p>")
    count = sum(x.startswith("<p>") and not x.startswith("<p><strong>") for x in body)
    app = c.snip(
        f"Download the free {pub.name} app for breaking news alerts, the latest forecast and live newscasts."
    )
    letter = c.snip(
        f"Get the latest local news delivered to your inbox every morning: sign up for the {pub.name} "
        "newsletter."
    )
    inserts: list[tuple[int, str]] = [
        (1, f'<p><em><a href="/apps/">{esc(app)}</a></em></p>'),
        (max(2, count - 2), f"<p><strong>{esc(letter)}</strong></p>"),
    ]
    for n in range(0, count - 1, 2):
        inserts.append(
            (
                n,
                '<div class="ad-container ad-container--mobile"><div class="ad-unit">'
                '<p class="ad-label">Advertisement</p>'
                f'<div id="acm-ad-tag-mr{n}" class="acm-ad-tag" data-slot="mr{n}"></div></div></div>',
            )
        )
    copyright_line = c.snip(
        f"Copyright {YEAR} {group} Inc. All rights reserved. This material may not be published, broadcast, "
        "rewritten, or redistributed."
    )
    lines += [
        '<div class="article-content rich-text">',
        *_insert_after(body, "<p>", inserts, skip="<p><strong>"),
        f"<p>{esc(copyright_line)}</p>",
        "</div>",
    ]
    if c.has("bio"):
        lines.append(
            f'<div class="author-card"><a class="author-card__name" href="/author/{_aslug(a.name)}/">'
            f'{esc(a.name)}</a><p class="author-card__bio">{esc(c.bio())}</p></div>'
        )
    lines.append("</article>")
    lines += [
        '<aside class="sidebar">',
        '<section class="widget trending-stories"><h2 class="widget-title">Trending Stories</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(5)],
        "</ol></section>",
        '<div class="ad-container ad-container--sidebar"><p class="ad-label">Advertisement</p></div>',
        "</aside>",
        '<section class="top-stories"><h2>Top Stories</h2>',
        *[
            f'<div class="article-list__item"><h3><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></h3>'
            f'<span class="article-list__time">{o.published:%b} {o.published.day}</span></div>'
            for o in c.pick_others(4)
        ],
        "</section>",
        "</main>",
    ]
    c.snip(" ".join(TV_FOOTER[:4]))
    public = c.snip(f"Public File Help: {r.randint(200, 989)}-555-{r.randint(1000, 9999)}")
    rights = c.snip(f"© 1998 - {YEAR} {group} Inc. | All Rights Reserved.")
    lines += [
        '<footer class="site-footer">',
        "<ul>" + "\n".join(f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in TV_FOOTER) + "</ul>",
        f"<p>{esc(public)}</p>",
        f"<p>{esc(rights)}</p>",
        "</footer>",
    ]
    if c.has("cookie"):
        lines.append(
            f'<div id="onetrust-banner-sdk" role="dialog"><p>{esc(c.text("cookie"))}</p>'
            "<button>Accept Cookies</button> <button>Cookie Settings</button></div>"
        )
    lines += ["</body>", "</html>"]
    return _j(lines)


# --- it-comune-stampa --------------------------------------------------------------------------

IT_REGIONS = ("Emilia-Romagna", "Toscana", "Piemonte", "Marche", "Umbria", "Veneto", "Lombardia", "Puglia")
IT_MENU = ("Amministrazione", "Novità", "Servizi", "Vivere il comune")
IT_TOPICS = (
    "Mobilità sostenibile",
    "Lavori pubblici",
    "Istruzione",
    "Ambiente",
    "Politiche sociali",
    "Urbanistica",
    "Cultura",
    "Bilancio",
)
IT_DOCS = (
    "Delibera di Giunta comunale n. {n}/{y}",
    "Relazione tecnica del progetto esecutivo",
    "Planimetria generale dell'intervento",
    "Avviso pubblico per la manifestazione di interesse",
    "Cronoprogramma dei lavori {y}",
    "Ordinanza sindacale n. {n} del {y}",
)
IT_INDEX = ("Descrizione", "Documenti allegati", "A cura di", "Contatti", "Ulteriori informazioni")
IT_FOOTER = (
    "Amministrazione trasparente",
    "Informativa privacy",
    "Note legali",
    "Dichiarazione di accessibilità",
    "Obiettivi di accessibilità",
    "Mappa del sito",
)


def _it_date(dt: datetime) -> str:
    return f"{dt.day} {MONTHS['it'][dt.month - 1]} {dt.year}"


def render_it_comune_stampa(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    r = c.stable("crypt-comune")
    c.repath(lambda o: f"/novita/comunicati-stampa/{_aslug(o.title)}")
    region = r.choice(IT_REGIONS)
    number = 1 + sorted(c.others, key=lambda o: o.published).index(s) + r.randint(8, 40)
    domain = f"comune.{_aslug(place).replace('-', '')}.it"
    officer = prose_for("it", c.stable(f"officer-{pub.host}")).person()
    phone = f"0{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    modified = d + timedelta(days=c.stable(f"agg-{s.title}").randint(0, 6), hours=c.rng.randint(1, 20))
    words = sum(_words(t) for _, t in s.blocks)
    of = "della" if pub.name.startswith("Città") else "del"  # "del Comune di", "della Città di"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="it">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(_excerpt(s, 25))}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<link rel="stylesheet" href="/static/bootstrap-italia/css/bootstrap-italia.min.css">',
        "</head>",
        "<body>",
        '<div class="skiplink"><a class="visually-hidden-focusable" href="#main-container">Vai ai '
        "contenuti</a> "
        '<a class="visually-hidden-focusable" href="#footer">Vai al footer</a></div>',
    ]
    c.snip("Vai ai contenuti Vai al footer")
    c.snip("Strumenti di accessibilità: Aumenta testo Riduci testo Alto contrasto Leggi la pagina")
    lines.append(
        '<div class="accessibility-toolbar" role="toolbar" aria-label="Strumenti di accessibilità">'
        "<span>Strumenti di accessibilità:</span> <button>Aumenta testo</button> <button>Riduci "
        "testo</button> "
        "<button>Alto contrasto</button> <button>Leggi la pagina</button></div>"
    )
    c.snip(f"Regione {region} Lingua attiva: ITA Accedi all'area personale")
    lines += [
        '<header class="it-header-wrapper" data-bs-target="#header-nav-wrapper">',
        '<div class="it-header-slim-wrapper"><div class="container"><div '
        'class="it-header-slim-wrapper-content">',
        '<a class="d-lg-block navbar-brand" href="https://www.regione.example/" target="_blank">Regione '
        f"{region}</a>",
        '<div class="it-header-slim-right-zone"><div class="nav-item dropdown"><button class="nav-link '
        'dropdown-toggle" data-bs-toggle="dropdown"><span class="visually-hidden">Lingua attiva:</span> '
        "<span>ITA</span></button></div> "
        '<a class="btn btn-primary btn-icon btn-full" href="/area-personale"><span class="rounded-icon">'
        '<svg class="icon icon-primary"></svg></span> <span class="d-none d-lg-block">Accedi all\'area '
        "personale</span></a></div>",
        "</div></div></div>",
        '<div class="it-header-center-wrapper"><div class="container"><div '
        'class="it-header-center-content-wrapper">',
        f'<div class="it-brand-wrapper"><a href="/"><img class="icon" src="/static/stemma.svg" alt="Stemma"> '
        f'<div class="it-brand-text"><div class="it-brand-title">{esc(pub.name)}</div></div></a></div>',
    ]
    c.snip("Seguici su Facebook X Instagram YouTube")
    lines += [
        '<div class="it-right-zone"><div class="it-socials d-none d-lg-flex"><span>Seguici su</span> '
        + " ".join(
            f'<a href="https://{x.lower()}.example/{pub.token}" aria-label="{x}">{x}</a>'
            for x in ("Facebook", "X", "Instagram", "YouTube")
        )
        + '</div> <div class="it-search-wrapper"><span class="d-none d-md-block">Cerca</span> '
        '<button class="search-link rounded-icon" aria-label="Cerca nel '
        'sito"><svg></svg></button></div></div>',
        "</div></div></div>",
        '<div class="it-header-navbar-wrapper" id="header-nav-wrapper"><div class="container"><nav '
        'class="navbar '
        'navbar-expand-lg has-megamenu" aria-label="Menu principale"><ul class="navbar-nav">',
        *[f'<li class="nav-item"><a class="nav-link" href="/{_aslug(x)}">{esc(x)}</a></li>' for x in IT_MENU],
        '</ul><ul class="navbar-nav navbar-secondary">',
        *[
            f'<li class="nav-item"><a class="nav-link" href="/argomenti/{_aslug(x)}">{esc(x)}</a></li>'
            for x in IT_TOPICS[:3]
        ],
        '<li class="nav-item"><a class="nav-link" href="/argomenti">Tutti gli argomenti...</a></li>',
        "</ul></nav></div></div>",
        "</header>",
    ]
    c.snip(" ".join(IT_MENU))
    c.snip("Home / Novità / Comunicati stampa")
    release = c.snip(f"Comunicato stampa n. {number}/{YEAR} – {_it_date(d)}, ore {d:%H:%M}")
    c.snip(f"Data: {_it_date(d)} Tempo di lettura: {max(1, round(words / 200))} min")
    lines += [
        '<main id="main-container">',
        '<div class="container"><div class="row justify-content-center"><div class="col-12 col-lg-10">',
        '<div class="cmp-breadcrumbs" role="navigation"><nav class="breadcrumb-container" '
        'aria-label="Percorso di navigazione"><ol class="breadcrumb p-0">'
        '<li class="breadcrumb-item"><a href="/">Home</a> <span class="separator">/</span></li> '
        '<li class="breadcrumb-item"><a href="/novita">Novità</a> <span class="separator">/</span></li> '
        '<li class="breadcrumb-item"><a href="/novita/comunicati-stampa">Comunicati stampa</a>'
        ' <span class="separator">/</span></li> '
        f'<li class="breadcrumb-item active" aria-current="page">{esc(s.title)}</li></ol></nav></div>',
        '<div class="row"><div class="col-lg-8 px-lg-4 py-lg-2">',
        f'<h1 data-element="page-name">{esc(s.title)}</h1>',
        '<h2 class="visually-hidden">Dettagli della notizia</h2>',
        f'<p class="h6 text-uppercase">{esc(release)}</p>',
        '<div class="row mt-5 mb-4"><div class="col-6"><small>Data:</small> '
        f'<p class="fw-semibold font-monospace">{_it_date(d)}</p></div> '
        '<div class="col-6"><small>Tempo di lettura:</small> '
        f'<p class="fw-semibold">{max(1, round(words / 200))} min</p></div></div>',
        "</div>",
        '<div class="col-lg-3 offset-lg-1"><div class="dropdown d-inline"><button class="btn btn-dropdown '
        'dropdown-toggle" type="button" aria-label="Condividi">Condividi</button> '
        '<ul class="link-list">'
        + " ".join(
            f'<li><a class="list-item" href="https://share.example/{_aslug(x)}">{esc(x)}</a></li>'
            for x in ("Facebook", "X", "LinkedIn", "WhatsApp")
        )
        + "</ul></div> "
        '<div class="dropdown d-inline"><button class="btn btn-dropdown dropdown-toggle" type="button">'
        'Vedi azioni</button> <ul class="link-list"><li>Scarica</li> <li>Stampa</li> <li>Ascolta</li> '
        "<li>Invia</li></ul></div></div>",
        "</div></div></div></div>",
    ]
    c.snip("Condividi Facebook X LinkedIn WhatsApp")
    c.snip("Vedi azioni Scarica Stampa Ascolta Invia")
    c.snip("Indice della pagina " + " ".join(IT_INDEX))
    lines += [
        '<div class="container"><div class="row border-top border-light row-column-border '
        'row-column-menu-left">',
        '<aside class="col-lg-4"><div class="cmp-navscroll sticky-top" aria-labelledby="accordion-title-one">'
        '<nav class="navbar it-navscroll-wrapper navbar-expand-lg" aria-label="Indice della pagina">'
        '<div class="navbar-custom"><h2 class="h4 title-large">Indice della pagina</h2> '
        '<div class="progress"><div class="progress-bar it-navscroll-progressbar" '
        'role="progressbar"></div></div>'
        '<ul class="link-list">'
        + " ".join(
            f'<li class="nav-item"><a class="nav-link" href="#{_aslug(x)}"><span>{esc(x)}</span></a></li>'
            for x in IT_INDEX
        )
        + "</ul></div></nav></div></aside>",
        '<section class="col-lg-8 it-page-sections-container border-light">',
        '<article id="descrizione" class="it-page-section mb-5" data-audio>',
        '<h2 class="mb-3">Descrizione</h2>',
        '<div class="richtext-wrapper lora">',
    ]
    body = c.body_html(
        heading=lambda tag, h: f"<h3>{h}</h3>",
        pullquote=lambda q: f'<blockquote class="blockquote"><p>{q}</p></blockquote>',
        teaser=lambda rm, x: f"<p><strong>{rm}</strong> {x}</p>",
    )
    signoff = c.snip(f"Ufficio Stampa e Comunicazione – {pub.name}")
    lines += [*body, f"<p><em>{esc(signoff)}</em></p>", "</div>", "</article>"]
    dr = c.stable(f"docs-{s.title}")
    docs = [x.format(n=dr.randint(12, 240), y=YEAR) for x in dr.sample(IT_DOCS, dr.randint(1, 3))]
    lines += [
        '<article id="documenti-allegati" class="it-page-section mb-5">',
        '<h2 class="mb-3">Documenti allegati</h2>',
        '<div class="card-wrapper card-teaser-wrapper card-teaser-wrapper-equal">',
    ]
    for doc in docs:
        size = f"{dr.randint(0, 9)},{dr.randint(1, 9)} MB"
        c.snip(f"{doc} (PDF, {size})")
        lines.append(
            '<div class="card card-teaser shadow-sm p-4 mt-3 rounded border border-light flex-nowrap">'
            '<svg class="icon" aria-hidden="true"></svg><div class="card-body"><h3 class="card-title h5">'
            f'<a class="text-decoration-none" href="/documenti/{_aslug(doc)}.pdf" aria-label="Scarica il '
            "file "
            f'{esc(doc)}">{esc(doc)}</a> <small>(PDF, {size})</small></h3></div></div>'
        )
    lines += ["</div>", "</article>"]
    cura = c.snip(f"Questa pagina è gestita da Ufficio Stampa e Comunicazione {of} {pub.name}")
    lines += [
        '<article id="a-cura-di" class="it-page-section mb-5"><h2 class="mb-3">A cura di</h2>',
        '<div class="card card-teaser"><div class="card-body"><p '
        f'class="card-text">{esc(cura)}</p></div></div>',
        "</article>",
    ]
    contact = c.snip(
        f"Per ulteriori informazioni: Ufficio Stampa {of} {pub.name}, referente {officer}, "
        f"tel. {phone}, ufficio.stampa@{domain}"
    )
    lines += [
        '<article id="contatti" class="it-page-section mb-5"><h2 class="mb-3">Contatti</h2>',
        '<div class="card card-teaser shadow-sm"><div class="card-body"><p '
        f'class="card-text">{esc(contact)}</p>'
        "</div></div>",
        "</article>",
    ]
    topics = c.stable(f"topics-{s.title}").sample(IT_TOPICS, 2)
    c.snip("Argomenti: " + " ".join(topics))
    agg = c.snip(f"Ultimo aggiornamento: {_it_date(modified)}, {modified:%H:%M}")
    lines += [
        '<article id="ulteriori-informazioni" class="it-page-section mb-5">',
        '<h2 class="mb-3">Ulteriori informazioni</h2>',
        '<div class="mt-2"><span>Argomenti:</span> '
        + " ".join(
            f'<a class="chip chip-simple" href="/argomenti/{_aslug(t)}"><span class="chip-label">'
            f"{esc(t)}</span></a>"
            for t in topics
        )
        + "</div>",
        f'<p class="mt-4 mb-0"><small>{esc(agg)}</small></p>',
        "</article>",
        "</section>",
        "</div></div>",
    ]
    lines += [
        '<section class="bg-grey-card"><div class="container"><h2 class="title-xxlarge">Leggi anche</h2>'
        '<div class="row">',
        *[
            f'<div class="card card-teaser col-lg-4"><div class="card-body"><h3 class="card-title">'
            f'<a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></h3><span '
            f'class="data">{_it_date(o.published)}'
            "</span></div></div>"
            for o in c.pick_others(3)
        ],
        "</div></div></section>",
    ]
    rating = c.snip("Quanto sono chiare le informazioni su questa pagina?")
    lines.append(
        '<div class="bg-primary"><div class="container"><div class="cmp-rating">'
        f'<h2 class="title-medium-2-semi-bold">{esc(rating)}</h2><fieldset class="rating">'
        + "".join(
            f'<input type="radio" id="star{n}a" name="ratingA" value="{n}"><label for="star{n}a">'
            f'<span class="visually-hidden">Valuta {n} stelle su 5</span></label>'
            for n in range(5, 0, -1)
        )
        + "</fieldset></div></div></div>"
    )
    c.snip("Contatta il comune Leggi le domande frequenti Richiedi assistenza")
    lines.append(
        '<div class="bg-grey-dsk"><div class="container"><div class="cmp-contacts"><h2 '
        'class="title-medium-2">'
        'Contatta il comune</h2> <ul class="contact-list"><li><a href="/faq">Leggi le domande '
        "frequenti</a></li> "
        '<li><a href="/assistenza">Richiedi assistenza</a></li> '
        f'<li><a href="tel:800{r.randint(100000, 999999)}">Chiama il numero verde</a></li> '
        '<li><a href="/prenota">Prenota appuntamento</a></li></ul> '
        '<h2 class="title-medium-2">Problemi in città</h2> <ul class="contact-list"><li>'
        '<a href="/segnalazioni">Segnala disservizio</a></li></ul></div></div></div>'
    )
    lines.append("</main>")
    cf = f"{r.randint(0, 9)}{r.randint(10**9, 10**10 - 1)}"
    address = c.snip(
        f"{pub.name} – Piazza del Municipio {r.randint(1, 12)}, {r.randint(10, 98)}0{r.randint(10, 99)} "
        f"{place} – Codice fiscale e Partita IVA: {cf}"
    )
    pec = c.snip(f"Posta elettronica certificata (PEC): protocollo@pec.{domain}")
    lines += [
        '<footer class="it-footer" id="footer"><div class="it-footer-main"><div class="container">',
        f'<div class="it-brand-wrapper"><a href="/"><img class="icon" src="/static/stemma.svg" alt=""> '
        f'<div class="it-brand-title">{esc(pub.name)}</div></a></div>',
        f"<p>{esc(address)}</p>",
        f"<p>{esc(pec)}</p>",
        '<ul class="footer-list">'
        + " ".join(f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in IT_FOOTER)
        + "</ul>",
        "</div></div></footer>",
    ]
    c.snip(" ".join(IT_FOOTER[:4]))
    cookie = c.snip(
        "Questo sito utilizza cookie tecnici e, previo consenso, cookie analitici per migliorare "
        "la navigazione."
    )
    lines += [
        f'<div class="cookiebar show" role="dialog"><p>{esc(cookie)}</p>'
        '<button class="btn btn-primary">Accetto</button> <button class="btn">Rifiuto</button></div>',
        '<script src="/static/bootstrap-italia/js/bootstrap-italia.bundle.min.js"></script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "hugo-policy-blog": render_hugo_policy_blog,
    "es-radiotelevision": render_es_radiotelevision,
    "tv-station-vip": render_tv_station_vip,
    "it-comune-stampa": render_it_comune_stampa,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import datetime  # noqa: E402
from html import unescape as html_unescape  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _aslug,
    _en_date,
    _excerpt,
    _fill,
    _hex,
    _insert_after,
    _ldjson,
    _paras,
    _place,
    _trim,
    _two_subheadings,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import (  # noqa: E402
    MONTHS,
    YEAR,
    Ctx,
    Story,
    _j,
    _nav_links,
    _norm,
    _words,
    esc,
)
