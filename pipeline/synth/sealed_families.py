"""Three SEALED template families for the synthetic publishers (see `pipeline.synth.publishers`).

"sealed" is a fifth split, next to "train", "test", "fresh" and "blind": families written by a
session that never read the extractor nor any extraction result, so no extraction rule was written
or tuned against them, kept for a one-off held-out measurement (the "blind" split became
development once it was measured and read). Once their scores have been looked at, they are no
longer sealed; a later held-out measurement needs new families. They were measured once on
2026-12-07 (05:34 UTC, docs/benchmarks.md) and then read and fixed: a development split since.

`publishers.py` merges `FAMILY_LANGUAGE` and `RENDERERS` from this module into its registries and
keeps `FAMILIES` from here apart, as `SEALED_FAMILIES`: the sealed families are generated only by
`generate_corpus("sealed")`, never by "all", "train", "test", "fresh" or "blind", so those corpora
are as they were. The truth conventions are the usual ones (body, boilerplate snippets of four
words or more, pull quotes in `repeated`, aware `published_at`, clean `title` without the site
name).

Families (language; date source):
  sealed arc-xp-daily           en; JSON-LD NewsArticle datePublished with offset and a visible
                                "Published ..." line; a big-newspaper platform page (Arc XP /
                                Fusion-like): <div class="article-body"> of <p data-el="text">
                                paragraphs, among which sit, with the same markup, "RELATED:"
                                linked headline paragraphs and a subscription prompt ("Already a
                                subscriber? Log in"); "Story continues below advertisement"
                                labels between paragraphs, a "Gift this article / Comment / Share"
                                button bar, an author card after the body ("NAME is a reporter
                                covering ...", the same for an author on every article), the
                                "Most Read" list; URLs /section/YYYY/MM/DD/slug/; <title>
                                "Headline - Site"
  sealed es-blogger-classic     es; only <abbr class="published" title="..."> with offset (showing
                                the time "14:30") and a "sábado, 14 de marzo de 2026" date header;
                                a Blogger classic theme: div.post-body.entry-content of text runs
                                in <span>s separated by <br /><br /> (no <p>, subheadings in <b>),
                                "Publicado por NAME en 14:30", "Etiquetas:", the share links,
                                "No hay comentarios: Publicar un comentario", the blog pager,
                                "Entradas populares" (headlines with excerpts), "Archivo del blog",
                                "Colaboradores"; URLs /YYYY/MM/slug.html; <title> "Blog: T"
  sealed fr-elementor           fr; article:published_time with offset (and a later
                                article:modified_time); a WordPress Elementor Pro single-post
                                template: sections / columns / widget-wrap / widget-container
                                divs nested twice (the theme template, then the post's own
                                Elementor content inside its post-content widget), the text in
                                text-editor widgets of <p>s, subheadings as h2 heading widgets
                                (as are "Partager cet article", "À propos de l'auteur" and
                                "Articles similaires" after the body), the posts widget with
                                excerpts and "Lire la suite »", the author box, a newsletter
                                form widget in the side column

The arc-xp-daily and es-blogger-classic renderers give every story of their publisher the
platform's own URL on first use (the stories are rebuilt for each `render_publisher` call, so this
is deterministic).
"""

from __future__ import annotations

import json
from datetime import timedelta

FAMILIES: dict[str, str] = {
    "arc-xp-daily": "sealed",
    "es-blogger-classic": "sealed",
    "fr-elementor": "sealed",
}
FAMILY_LANGUAGE: dict[str, str] = {"es-blogger-classic": "es", "fr-elementor": "fr"}


# --- arc-xp-daily ------------------------------------------------------------------------------

ARC_PROMPTS = (
    "You have read your free articles this month. Subscribe for unlimited access to local journalism.",
    "Support local reporting: subscribe today and get unlimited digital access for $1 a week.",
    "Subscribers get unlimited access to every story, the e-edition and the daily crossword.",
)
ARC_RAIL = ("Most Read", "Most Read Stories", "Popular Now")


def render_arc_xp_daily(c: Ctx) -> str:
    c.repath(lambda o: f"/{_slug(o.section)}/{o.published:%Y/%m/%d}/{_slug(o.title)}/")
    s, pub = c.story, c.pub
    a = s.author
    r = c.stable("sealed-arc")
    beat = c.stable(f"arc-beat-{a.name}").choice(pub.ui("beats"))
    arc_id = "".join(c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(26))
    photographer = prose_for("en", c.rng).person()
    fusion = {
        "_id": arc_id,
        "type": "story",
        "headlines": {"basic": s.title},
        "taxonomy": {"primary_section": {"_id": f"/{_slug(s.section)}", "name": s.section}},
        "canonical_url": s.path,
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(_excerpt(s, 25))}">',
        f'<meta property="og:title" content="{esc(c.og_title())}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        c.jsonld(c.iso()),
        f'<link rel="stylesheet" href="/pf/dist/css/{_slug(pub.short)}.css?d={r.randint(100, 999)}">',
        "</head>",
        '<body class="story-page">',
        '<div id="fusion-app" class="layout-section">',
        '<header class="site-header">',
        f'<a class="site-logo" href="/"><img src="/pf/resources/logo.svg" alt="{esc(pub.name)}"></a>',
    ]
    if c.has("nav"):
        lines += ['<nav class="section-nav">', *_nav_links(c), "</nav>"]
    lines += [
        '<a class="btn btn-subscribe" href="/subscribe/">Subscribe</a>',
        '<a class="btn btn-login" href="/account/login/">Log In</a>',
        "</header>",
        '<main id="main" class="article-layout">',
        '<article class="story">',
        f'<div class="overline"><a href="/{_slug(s.section)}/">{esc(s.section)}</a></div>',
        f'<h1 class="headline" data-el="headline">{esc(s.title)}</h1>',
        '<div class="byline-block">',
        f'<div class="byline">By <a href="/people/{_slug(a.name)}/">{esc(a.name)}</a>, {esc(a.desk)}</div>',
        f'<div class="timestamp">{esc(c.dateline())}</div>',
        "</div>",
    ]
    c.byline()
    c.snip("Gift this article Comment Share")
    lines += [
        '<div class="share-bar" role="toolbar">',
        '<button class="btn-gift" type="button">Gift this article</button>',
        '<button class="btn-comments" type="button">Comment</button>',
        '<button class="btn-share" type="button">Share</button>',
        "</div>",
        '<figure class="lead-art">'
        f'<img src="/resizer/{arc_id[:12].lower()}/lead.jpg" alt="">'
        f'<figcaption class="credit">{esc(c.snip(f"Photo by {photographer} for {pub.name}"))}</figcaption>'
        "</figure>",
    ]
    para = '<p data-el="text"'
    body = c.body_html(
        p=lambda h: f'<p data-el="text" class="c-paragraph">{h}</p>',
        heading=lambda tag, h: f'<{tag} data-el="header" class="c-heading">{h}</{tag}>',
        pullquote=lambda q: f'<blockquote data-el="quote" class="c-pullquote"><p>{q}</p></blockquote>',
    )
    count = sum(x.startswith(para) for x in body)
    label = c.snip("Story continues below advertisement")
    ad = (
        f'<div class="arcad-feature"><p class="advertisement-label">{label}</p>'
        f'<div class="arcad" id="arcad_{arc_id[:6].lower()}"></div></div>'
    )
    inserts = [(n, ad) for n in range(2, count - 1, 3)]
    related = c.pick_others(1 + c.has("readmore"))
    for n, o in zip((0, -3), related, strict=False):
        c.snip(f"RELATED: {o.title}")
        inserts.append(
            (
                n,
                f'<p data-el="text" class="c-paragraph"><strong>RELATED:</strong> <a href="{esc(o.path)}">'
                f"{esc(o.title)}</a></p>",
            )
        )
    prompt = r.choice(ARC_PROMPTS)
    c.snip(f"{prompt} Already a subscriber? Log in")
    inserts.append(
        (
            min(3, count - 2),
            f'<p data-el="text" class="c-paragraph paywall-prompt"><a href="/subscribe/">'
            f'{esc(prompt)}</a> Already a subscriber? <a href="/account/login/">Log in</a></p>',
        )
    )
    # inserts after the same paragraph stand last first here (kit's _insert_after keeps their order)
    lines += ['<div class="article-body">', *_insert_after(body, para, inserts[::-1]), "</div>"]
    lines += [
        '<div class="author-card">',
        f'<img class="author-photo" src="/people/{_slug(a.name)}.jpg" alt="">',
        f'<a class="author-name" href="/people/{_slug(a.name)}/">{esc(a.name)}</a>',
        f'<p class="author-bio">{esc(c.snip(f"{a.name} is a reporter covering {beat} for {pub.name}."))}</p>',
        f'<a class="author-email" href="mailto:{_slug(a.name)}@{pub.host}">'
        f"{esc(c.snip(f'Email {a.name.split()[0]} at {_slug(a.name)}@{pub.host}'))}</a>",
        "</div>",
    ]
    if c.has("comments"):
        lines.append(f'<div class="comments-teaser"><p>{esc(c.text("comments"))}</p></div>')
    lines += [
        "</article>",
        '<aside class="right-rail">',
        '<div class="ad-rail"><div class="arcad" id="arcad_right"></div></div>',
        '<section class="most-read">',
        f"<h2>{esc(r.choice(ARC_RAIL))}</h2>",
        "<ol>",
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(5)],
        "</ol>",
        "</section>",
    ]
    if c.has("newsletter"):
        lines.append(
            f'<div class="newsletter-signup"><p>{esc(c.text("newsletter"))}</p>'
            '<input type="email" placeholder="Email address"> <button>Sign Up</button></div>'
        )
    lines += ["</aside>", "</main>", '<footer class="site-footer">']
    links = ("Contact Us", "Help Center", "Terms of Use", "Privacy Policy", "Do Not Sell My Info")
    c.snip(" ".join(links))
    lines += [
        '<ul class="footer-links">',
        *[f'<li><a href="/{_slug(x)}/">{esc(x)}</a></li>' for x in links],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
    ]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines.append("</footer>")
    if c.has("cookie"):
        lines.append(
            f'<div id="onetrust-banner-sdk"><p>{esc(c.text("cookie"))}</p>'
            "<button>Accept All Cookies</button></div>"
        )
    lines += [
        "</div>",  # fusion-app
        f'<script id="fusion-metadata">window.Fusion=window.Fusion||{{}};'
        f"Fusion.globalContent={json.dumps(fusion)};</script>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- es-blogger-classic ------------------------------------------------------------------------

ES_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
ES_LABELS = ("actualidad", "vecinos", "ayuntamiento", "opinión", "fiestas", "medio ambiente", "historia")
ES_SPANS = (
    "font-family: georgia, serif;",
    "font-family: arial, helvetica, sans-serif;",
    "font-size: medium;",
)


def render_es_blogger_classic(c: Ctx) -> str:
    c.repath(lambda o: f"/{o.published:%Y/%m}/{_slug(o.title)[:40].strip('-')}.html")
    s, pub = c.story, c.pub
    d = s.published
    months = MONTHS["es"]
    r = c.stable("sealed-blogger")
    blog_id = r.getrandbits(62)
    post_id = c.stable(f"post-{s.path}").getrandbits(62)
    style = r.choice(ES_SPANS)
    photographer = prose_for("es", c.rng).person()
    date_header = c.snip(f"{ES_WEEKDAYS[d.weekday()]}, {d.day} de {months[d.month - 1]} de {d.year}")
    lines = [
        "<!DOCTYPE html>",
        "<html class='v2' dir='ltr' lang='es' xmlns='http://www.w3.org/1999/xhtml' "
        "xmlns:b='http://www.google.com/2005/gml/b'>",
        "<head>",
        "<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>",
        "<meta content='blogger' name='generator'/>",
        f"<link href='{esc(c.url())}' rel='canonical'/>",
        f"<title>{esc(pub.name)}: {esc(s.title)}</title>",
        f"<meta content='{esc(s.title)}' property='og:title'/>",
        f"<meta content='{esc(c.url())}' property='og:url'/>",
        f"<link rel='alternate' type='application/atom+xml' title='{esc(pub.name)} - Atom' "
        f"href='http://{pub.host}/feeds/posts/default'/>",
        "<style id='page-skin-1' type='text/css'><!-- body{font:normal normal 14px Georgia,serif} "
        "--></style>",
        "</head>",
        "<body class='loading variant-simplysimple'>",
        "<div class='navbar section' id='navbar'><div class='widget Navbar' id='Navbar1'>"
        "<iframe src='https://www.blogger.com/navbar/' height='30'></iframe></div></div>",
        "<div class='content'><div class='content-outer'>",
        "<header><div class='header-outer'><div class='Header widget' id='Header1'>",
        f"<h1 class='title'><a href='http://{pub.host}/'>{esc(pub.name)}</a></h1>",
    ]
    if c.has("tagline"):
        lines.append(f"<p class='description'><span>{esc(c.snip(pub.tagline))}</span></p>")
    lines.append("</div></div></header>")
    if c.has("nav"):
        lines += [
            "<div class='tabs-outer'><div class='PageList widget' id='PageList1'><ul>",
            *[f"<li>{x}</li>" for x in _nav_links(c)],
            "</ul></div></div>",
        ]
    lines += [
        "<div class='main-outer'><div class='columns-inner'>",
        "<div class='column-center-outer'><div class='main section' id='main'>",
        "<div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>",
        "<div class='date-outer'>",
        f"<h2 class='date-header'><span>{esc(date_header)}</span></h2>",
        "<div class='date-posts'><div class='post-outer'>",
        "<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' "
        "itemtype='http://schema.org/BlogPosting'>",
        f"<a name='{post_id}'></a>",
        f"<h3 class='post-title entry-title' itemprop='name'>{esc(s.title)}</h3>",
        "<div class='post-header'><div class='post-header-line-1'></div></div>",
        f"<div class='post-body entry-content' id='post-body-{post_id}' itemprop='description articleBody'>",
        "<div class='separator' style='clear: both; text-align: center;'>"
        f"<a href='https://blogger.googleusercontent.com/img/b/{post_id:x}/s1600/foto.jpg' imageanchor='1'>"
        "<img border='0' height='213' "
        f"src='https://blogger.googleusercontent.com/img/b/{post_id:x}/s320/foto.jpg' "
        "width='320' /></a></div>",
        "<table class='tr-caption-container' align='center'><tbody><tr><td class='tr-caption'>"
        f"{esc(c.snip(f'Imagen de archivo. Foto: {photographer}'))}</td></tr></tbody></table>",
    ]
    lines += c.body_html(
        p=lambda h: f'<span style="{style}">{h}</span><br /><br />',
        heading=lambda tag, h: f'<b><span style="font-size: large;">{h}</span></b><br /><br />',
        pullquote=lambda q: f'<blockquote class="tr_bq"><i>{q}</i></blockquote>',
        teaser=lambda rm, x: f"<i>{rm} {x}</i><br /><br />",
        ad=lambda x: f"<div class='adsense-inpost'><span>{x}</span><ins class='adsbygoogle'></ins></div>",
    )
    lines.append("<div style='clear: both;'></div></div>")  # post-body
    labels = sorted(c.rng.sample(ES_LABELS, 3))
    c.snip(f"Publicado por {s.author.name} en {d:%H:%M}")
    c.snip("Etiquetas: " + ", ".join(labels))
    share = (
        "Enviar por correo electrónico",
        "Escribe un blog",
        "Compartir en X",
        "Compartir con Facebook",
        "Compartir en Pinterest",
    )
    c.snip(" ".join(share))
    lines += [
        "<div class='post-footer'><div class='post-footer-line post-footer-line-1'>",
        "<span class='post-author vcard'>Publicado por <span class='fn' itemprop='author' "
        "itemscope='itemscope' "
        "itemtype='http://schema.org/Person'><span "
        f"itemprop='name'>{esc(s.author.name)}</span></span></span>",
        f"<span class='post-timestamp'>en <a class='timestamp-link' href='{esc(c.url())}' rel='bookmark' "
        f"title='permanent link'><abbr class='published' itemprop='datePublished' title='{c.iso()}'>"
        f"{d:%H:%M}</abbr></a></span>",
        "</div>",
        "<div class='post-share-buttons goog-inline-block'>",
        *[
            f"<a class='goog-inline-block share-button' href='#' title='{esc(x)}'>"
            f"<span class='share-button-link-text'>{esc(x)}</span></a>"
            for x in share
        ],
        "</div>",
        "<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Etiquetas:",
        ", ".join(
            f"<a href='http://{pub.host}/search/label/{_slug(x)}' rel='tag'>{esc(x)}</a>" for x in labels
        ),
        "</span></div>",
        "</div>",  # post-footer
        "</div>",  # post
        "<div class='comments' id='comments'><a name='comments'></a>",
        "<h4>No hay comentarios:</h4>",
        "<div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' "
        "id='comments-block'></dl></div>",
        "<p class='comment-footer'><a "
        f"href='https://www.blogger.com/comment/fullpage/post/{blog_id}/{post_id}' "
        "onclick=''>Publicar un comentario</a></p>",
        "</div>",
        "</div></div></div>",  # post-outer, date-posts, date-outer
    ]
    c.snip("No hay comentarios: Publicar un comentario")
    at = c.others.index(s)
    pager = []
    if at < len(c.others) - 1:
        pager.append(
            f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' "
            f"href='{esc(c.others[at + 1].path)}'>Entrada más reciente</a></span>"
        )
    if at > 0:
        pager.append(
            f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' "
            f"href='{esc(c.others[at - 1].path)}'>Entrada antigua</a></span>"
        )
    pager.append(f"<a class='home-link' href='http://{pub.host}/'>Página principal</a>")
    c.snip("Suscribirse a: Enviar comentarios (Atom)")
    lines += [
        "</div>",  # blog-posts
        "<div class='blog-pager' id='blog-pager'>",
        *pager,
        "</div>",
        "<div class='post-feeds'><div class='feed-links'>Suscribirse a:",
        f"<a class='feed-link' href='http://{pub.host}/feeds/{post_id}/comments/default' "
        "type='application/atom+xml'>Enviar comentarios (Atom)</a></div></div>",
        "</div>",  # Blog1
        "</div></div>",  # main, column-center-outer
        "<div class='column-right-outer'><aside><div class='sidebar section' id='sidebar-right-1'>",
        "<div class='widget PopularPosts' id='PopularPosts1'><h2>Entradas populares</h2>",
        "<div class='widget-content popular-posts'><ul>",
    ]
    for o in c.pick_others(4):
        lines += [
            "<li><div class='item-content'>",
            f"<div class='item-title'><a href='{esc(o.path)}'>{esc(c.snip(o.title))}</a></div>",
            f"<div class='item-snippet'>{esc(c.snip(_excerpt(o, 22)))}...</div>",
            "</div><div style='clear: both;'></div></li>",
        ]
    lines += ["</ul></div></div>"]
    names = [x.name for x in pub.authors]
    c.snip(" ".join(names))
    lines += [
        "<div class='widget Profile' id='Profile1'><h2>Colaboradores</h2><div class='widget-content'><ul>",
        *[
            f"<li><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/"
            f"{c.stable(f'profile-{x}').getrandbits(60)}'>{esc(x)}</a></li>"
            for x in names
        ],
        "</ul></div></div>",
    ]
    year = [o for o in c.others if o.published.year == d.year]
    month = [o for o in year if o.published.month == d.month]
    shown = [o for o in reversed(month) if o is not s]
    older = sorted({o.published.month for o in year if o.published.month < d.month}, reverse=True)
    lines += [
        "<div class='widget BlogArchive' id='BlogArchive1'><h2>Archivo del blog</h2>",
        "<div class='widget-content'><div id='ArchiveList'><ul class='hierarchy'>",
        f"<li class='archivedate expanded'><a class='toggle'>▼</a> <a class='post-count-link' "
        f"href='http://{pub.host}/{d.year}/'>{d.year}</a> <span class='post-count'>({len(year)})</span>",
        "<ul class='hierarchy'>",
        f"<li class='archivedate expanded'><a class='toggle'>▼</a> <a class='post-count-link' "
        f"href='http://{pub.host}/{d:%Y/%m}/'>{months[d.month - 1]}</a> "
        f"<span class='post-count'>({len(month)})</span>",
        "<ul class='posts'>",
        *[f"<li><a href='{esc(o.path)}'>{esc(c.snip(o.title))}</a></li>" for o in shown],
        "</ul></li>",
        *[
            f"<li class='archivedate collapsed'><a class='toggle'>►</a> <a class='post-count-link' "
            f"href='http://{pub.host}/{d.year}/{m:02d}/'>{months[m - 1]}</a> "
            f"<span class='post-count'>({sum(o.published.month == m for o in year)})</span></li>"
            for m in older
        ],
        "</ul></li>",
        "</ul></div></div></div>",
        "</div></aside></div>",  # sidebar, column-right-outer
        "</div></div>",  # columns-inner, main-outer
        "<footer><div class='footer-outer'>",
        f"<div class='widget Attribution' id='Attribution1'>{esc(c.copyright())} "
        "Tema Sencillo. Con la tecnología de <a href='https://www.blogger.com'>Blogger</a>.</div>",
        "</div></footer>",
        "</div></div>",  # content-outer, content
    ]
    c.snip("Tema Sencillo. Con la tecnología de Blogger.")
    if c.has("cookie"):
        lines.append(
            f"<div id='cookieChoiceInfo'><span>{esc(c.text('cookie'))}</span> "
            "<a href='https://policies.google.com/technologies/cookies'>Más información</a> "
            "<a id='cookieChoiceDismiss'>Entendido</a></div>"
        )
    lines += [
        "<script type='text/javascript'>window['__wavt'] = 'AOuZoY';"
        f"_WidgetManager._Init('//www.blogger.com/rearrange?blogID={blog_id}');</script>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- fr-elementor ------------------------------------------------------------------------------


def _eid(r: random.Random) -> str:
    return f"{r.getrandbits(28):07x}"


def _section(eid: str, columns: list[tuple[int, list[str]]], top: bool = True) -> list[str]:
    """An Elementor section of columns (width in %, widgets), with its container and wraps."""
    level = "top" if top else "inner"
    out = [
        f'<section class="elementor-section elementor-{level}-section elementor-element '
        f"elementor-element-{eid} "
        f'elementor-section-boxed elementor-section-height-default" data-id="{eid}" '
        'data-element_type="section">',
        '<div class="elementor-container elementor-column-gap-default">',
    ]
    for n, (width, widgets) in enumerate(columns):
        cid = f"{int(eid, 16) + 17 * (n + 1):07x}"[-7:]
        out += [
            f'<div class="elementor-column elementor-col-{width} elementor-{level}-column elementor-element '
            f'elementor-element-{cid}" data-id="{cid}" data-element_type="column">',
            '<div class="elementor-widget-wrap elementor-element-populated">',
            *widgets,
            "</div></div>",
        ]
    return [*out, "</div>", "</section>"]


def _widget(eid: str, kind: str, inner: str) -> str:
    return (
        f'<div class="elementor-element elementor-element-{eid} elementor-widget elementor-widget-{kind}" '
        f'data-id="{eid}" data-element_type="widget" data-widget_type="{kind}.default">\n'
        f'<div class="elementor-widget-container">\n{inner}\n</div></div>'
    )


def _heading(eid: str, text: str, tag: str = "h2") -> str:
    return _widget(
        eid, "heading", f'<{tag} class="elementor-heading-title elementor-size-default">{text}</{tag}>'
    )


def render_fr_elementor(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    months = MONTHS["fr"]
    r = c.stable("sealed-elementor")
    post_id = c.stable(f"post-{s.path}").randint(200, 9000)
    tpl = r.randint(20, 400)

    def t(role: str) -> str:  # a widget of the theme template: the same id on every page
        return _eid(c.stable(f"elementor-{role}"))

    def p() -> str:  # an element of the post's own content: its own id
        return _eid(c.rng)

    modified = d + timedelta(days=c.rng.randint(0, 3), hours=c.rng.randint(1, 9))
    lines = [
        "<!DOCTYPE html>",
        '<html lang="fr-FR">',
        "<head>",
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(c.page_title())}</title>",
        f'<meta property="og:title" content="{esc(c.og_title())}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:modified_time" content="{modified.isoformat(timespec="seconds")}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "<link rel='stylesheet' id='elementor-frontend-css' "
        "href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.6' media='all' />",
        f"<link rel='stylesheet' id='elementor-post-{tpl}-css' href='/wp-content/uploads/elementor/css/"
        f"post-{tpl}.css' media='all' />",
        "</head>",
        f'<body class="post-template-default single single-post postid-{post_id} single-format-standard '
        f'elementor-default elementor-kit-5 elementor-page-{tpl}">',
        '<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 '
        'elementor-location-header">',
    ]
    header = [
        _widget(
            t("logo"),
            "theme-site-logo",
            f'<a href="/"><img src="/wp-content/uploads/logo.png" alt="{esc(pub.name)}"></a>',
        ),
    ]
    if c.has("tagline"):
        header.append(_widget(t("tagline"), "text-editor", f"<p>{esc(c.snip(pub.tagline))}</p>"))
    if c.has("nav"):
        header.append(
            _widget(
                t("nav"),
                "nav-menu",
                '<nav class="elementor-nav-menu--main"><ul '
                'class="elementor-nav-menu">'
                + "\n".join(f"<li>{x}</li>" for x in _nav_links(c))
                + "</ul></nav>",
            )
        )
    lines += [*_section(t("header"), [(100, header)]), "</div>"]
    # the single-post template: title and post info, then the content column and the side column
    c.snip(f"Par {a.name} {d.day} {months[d.month - 1]} {d.year} {d:%H:%M} {s.section}")
    top = []
    if c.has("breadcrumb"):
        top.append(
            _widget(
                t("crumbs"),
                "breadcrumbs",
                '<p id="breadcrumbs">' + " » ".join(esc(x) for x in c.breadcrumb("»")) + "</p>",
            )
        )
    info_items = (
        ("author", f"Par {esc(a.name)}"),
        ("date", f"{d.day} {months[d.month - 1]} {d.year}"),
        ("time", f"{d:%H:%M}"),
        ("terms", f'<a href="/category/{_slug(s.section)}/">{esc(s.section)}</a>'),
    )
    top += [
        _heading(t("title"), esc(s.title), "h1").replace(
            "elementor-widget-heading",
            "elementor-widget-theme-post-title elementor-page-title elementor-widget-heading",
        ),
        _widget(
            t("info"),
            "post-info",
            '<ul class="elementor-inline-items elementor-icon-list-items '
            'elementor-post-info">\n'
            + "\n".join(
                '<li class="elementor-icon-list-item elementor-inline-item"><span '
                'class="elementor-icon-list-text '
                f'elementor-post-info__item elementor-post-info__item--type-{k}">{v}</span></li>'
                for k, v in info_items
            )
            + "\n</ul>",
        ),
        _widget(
            t("image"),
            "theme-post-featured-image",
            f'<img src="/wp-content/uploads/{d:%Y/%m}/{_slug(s.title)[:40]}.jpg" alt="">',
        ),
    ]
    # the post's own Elementor content: text-editor widgets of <p>s between heading widgets
    items = c.body_html(
        heading=lambda tag, h: _heading(p(), h),
        pullquote=lambda q: _widget(
            p(),
            "blockquote",
            '<blockquote class="elementor-blockquote"><p '
            f'class="elementor-blockquote__content">{q}</p></blockquote>',
        ),
        teaser=lambda rm, x: _widget(p(), "text-editor", f"<p><strong>{rm}</strong> {x}</p>"),
        ad=lambda x: _widget(p(), "html", f'<div class="pub-inarticle"><span>{x}</span></div>'),
    )
    content: list[str] = []
    run: list[str] = []
    for item in [*items, ""]:
        if item.startswith("<p>"):
            run.append(item)
            continue
        if run:
            content.append(_widget(p(), "text-editor", "\n".join(run)))
            run = []
        if item:
            content.append(item)
    inner = [
        f'<div data-elementor-type="wp-post" data-elementor-id="{post_id}" class="elementor '
        f'elementor-{post_id}">',
        *_section(
            p(),
            [
                (
                    100,
                    [
                        *content,
                        _widget(
                            p(),
                            "spacer",
                            '<div class="elementor-spacer"><div class="elementor-spacer-inner"></div></div>',
                        ),
                    ],
                )
            ],
        ),
        "</div>",
    ]
    share_sites = ("Facebook", "X", "LinkedIn", "WhatsApp", "E-mail")
    c.snip("Partager cet article " + " ".join(share_sites))
    share = _widget(
        t("share"),
        "share-buttons",
        '<div class="elementor-grid">'
        + "".join(
            '<div class="elementor-grid-item"><div class="elementor-share-btn '
            f'elementor-share-btn_{_slug(x)}" '
            f'role="button" tabindex="0" aria-label="Partager sur {_slug(x)}"><span '
            'class="elementor-share-btn__icon">'
            f'<i class="fab fa-{_slug(x)}" aria-hidden="true"></i></span><div '
            'class="elementor-share-btn__text">'
            f'<span class="elementor-share-btn__title">\n{esc(x)}\n</span></div></div></div>'
            for x in share_sites
        )
        + "</div>",
    )
    c.snip(f"À propos de l'auteur {a.name}")
    c.snip("Voir tous les articles")
    author = _widget(
        t("author"),
        "author-box",
        '<div class="elementor-author-box">'
        f'<a href="/author/{_slug(a.name)}/" class="elementor-author-box__avatar">'
        f'<img src="/wp-content/uploads/avatars/{_slug(a.name)}.jpg" alt="{esc(a.name)}"></a>'
        '<div class="elementor-author-box__text">'
        f'<a href="/author/{_slug(a.name)}/"><h4 class="elementor-author-box__name">{esc(a.name)}</h4></a>'
        f'\n<div class="elementor-author-box__bio">\n{esc(c.bio())}\n</div>\n'
        f'<a class="elementor-author-box__button elementor-button elementor-size-xs" '
        f'href="/author/{_slug(a.name)}/">Voir tous les articles</a></div></div>',
    )
    cards = []
    for o in c.pick_others(3):
        cards.append(
            '<article class="elementor-post elementor-grid-item '
            f'post-{c.stable(f"post-{o.path}").randint(200, 9000)}">'
            f'<a class="elementor-post__thumbnail__link" href="{esc(o.path)}"><div '
            'class="elementor-post__thumbnail">'
            f'<img src="/wp-content/uploads/{o.published:%Y/%m}/{_slug(o.title)[:40]}-300x200.jpg" '
            'alt=""></div></a>\n'
            '<div class="elementor-post__text">\n'
            f'<h3 class="elementor-post__title"><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></h3>\n'
            f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{o.published.day} '
            f"{months[o.published.month - 1]} {o.published.year}</span></div>\n"
            f'<div class="elementor-post__excerpt"><p>{esc(c.snip(_excerpt(o, 20)))}…</p></div>\n'
            f'<a class="elementor-post__read-more" href="{esc(o.path)}">Lire la suite »</a></div></article>'
        )
    main = [
        _widget(t("content"), "theme-post-content", "\n".join(inner)),
        _heading(t("share-h"), "Partager cet article", "h4"),
        share,
        _heading(t("author-h"), "À propos de l'auteur", "h4"),
        author,
        _heading(t("posts-h"), "Articles similaires"),
        _widget(
            t("posts"),
            "posts",
            '<div class="elementor-posts-container elementor-posts elementor-grid">\n'
            + "\n".join(cards)
            + "\n</div>",
        ),
    ]
    if c.has("comments"):
        main.append(
            _widget(t("comments"), "post-comments", f'<p class="comments-note">{esc(c.text("comments"))}</p>')
        )
    c.snip("Inscrivez-vous à notre newsletter")
    consent = c.snip(f"J'accepte de recevoir la newsletter de {pub.name} et la politique de confidentialité.")
    side = [
        _heading(t("nl-h"), "Inscrivez-vous à notre newsletter", "h3"),
        _widget(
            t("nl"),
            "form",
            '<form class="elementor-form" method="post" name="Newsletter">'
            '<div class="elementor-form-fields-wrapper"><div class="elementor-field-group">'
            '<label for="form-field-email" class="elementor-field-label">Adresse e-mail</label>'
            '<input type="email" name="form_fields[email]" id="form-field-email" required></div>\n'
            '<div class="elementor-field-group elementor-field-type-acceptance"><input type="checkbox" '
            f'id="form-field-rgpd" required> <label for="form-field-rgpd">{esc(consent)}</label></div>\n'
            '<div class="elementor-field-group elementor-field-type-submit"><button type="submit" '
            'class="elementor-button"><span class="elementor-button-text">Je m\'abonne</span></button>'
            "</div></div></form>",
        ),
    ]
    if c.has("newsletter"):
        side.insert(1, _widget(t("nl-text"), "text-editor", f"<p>{esc(c.text('newsletter'))}</p>"))
    lines += [
        f'<div data-elementor-type="single-post" data-elementor-id="{tpl}" class="elementor elementor-{tpl} '
        f'elementor-location-single post-{post_id} post type-post status-publish format-standard hentry">',
        *_section(t("top"), [(100, top)]),
        *_section(t("main"), [(66, main), (33, side)]),
        "</div>",
        '<div data-elementor-type="footer" data-elementor-id="18" class="elementor elementor-18 '
        'elementor-location-footer">',
    ]
    footer = [_widget(t("copy"), "text-editor", f"<p>{esc(c.copyright())}</p>")]
    if c.has("disclaimer"):
        footer.append(_widget(t("disc"), "text-editor", f"<p>{esc(c.text('disclaimer'))}</p>"))
    lines += [*_section(t("footer"), [(100, footer)]), "</div>"]
    if c.has("cookie"):
        lines.append(
            f'<div id="cmplz-cookiebanner-container"><div class="cmplz-message"><p>{esc(c.text("cookie"))}'
            '</p></div><button class="cmplz-btn cmplz-accept">Accepter</button></div>'
        )
    lines += [
        "<script src='/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.27.4' "
        "id='elementor-pro-frontend-js'></script>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "arc-xp-daily": render_arc_xp_daily,
    "es-blogger-classic": render_es_blogger_classic,
    "fr-elementor": render_fr_elementor,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import random  # noqa: E402
from collections.abc import Callable  # noqa: E402

from pipeline.synth.kit import _excerpt, _insert_after  # noqa: E402
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import (  # noqa: E402
    MONTHS,
    Ctx,
    _j,
    _nav_links,
    _slug,
    esc,
)
