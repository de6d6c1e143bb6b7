"""Four VAULT template families for the synthetic publishers (see `pipeline.synth.publishers`).

"vault" is a sixth split, next to "train", "test", "fresh", "blind" and "sealed": families written
by a session that read neither the extractor nor any extraction result (nor the benchmark notes),
so no extraction rule was written or tuned against them. They are held out until they are measured
once; once their scores have been looked at, they are no longer held out, and a later held-out
measurement needs new families.

`publishers.py` merges `FAMILY_LANGUAGE` and `RENDERERS` from this module into its registries and
keeps `FAMILIES` from here apart, as `VAULT_FAMILIES`: the vault families are generated only by
`generate_corpus("vault")`, never by "all", "train", "test", "fresh", "blind" or "sealed", so those
corpora are as they were. The truth conventions are the usual ones (body, boilerplate snippets of
four words or more, pull quotes in `repeated`, aware `published_at`, clean `title` without the site
name). Two of the families are the first in Brazilian Portuguese and Polish (their strings, month
names, zones and site names are in `publishers`, their prose grammars in `pipeline.synth.prose`).

Families (language; date source):
  vault  pt-portal-noticias     pt; JSON-LD NewsArticle datePublished (and a later dateModified)
                                with offset -03:00, and <time itemprop="datePublished"> in UTC with
                                milliseconds showing "14/03/2026 09h30", followed by "Atualizado há
                                2 horas"; a big Brazilian news portal (Globo-like "mc-column" blocks):
                                every paragraph in its own <div class="mc-column content-text"><p
                                class="content-text__container">, and with the same markup the
                                "Leia também:" teasers, the "✅ Clique aqui para seguir o canal ... no
                                WhatsApp" line, "📺 VÍDEOS: tudo sobre ..." and "Veja mais notícias
                                da região no ..." lines at the end; between the paragraphs the
                                "Leia também" linked-headline boxes, "PUBLICIDADE" ad slots and a
                                "Newsletter" signup box; photo caption "... — Foto: NAME/SHORT",
                                "Mais lidas" after the article; URLs
                                /uf/region-regiao/noticia/YYYY/MM/DD/slug.ghtml; <title> "T | City
                                e Região | Site"
  vault  squarespace-local      en; a date-only <time datetime="YYYY-MM-DD"> showing "March 14,
                                2026"; the full time only in <meta itemprop="datePublished"> and an
                                Article JSON-LD, both with a colon-less offset ("-0400"); a
                                nonprofit local newsroom on Squarespace 7.1: the post's content in
                                sqs-block html-blocks of <p style="white-space:pre-wrap;">, split
                                by the other blocks of the post: an image block with its caption, a
                                quote block (a quotation of the story, "“...,” said NAME, ...", made
                                a paragraph of its own and rendered as a <blockquote>: body text,
                                shown once), a newsletter block ("We respect your privacy."), a
                                donate button block and a summary block
                                ("More stories from our newsroom", with excerpts) at the end, all
                                INSIDE the e-content; the announcement bar, "Written by NAME",
                                "Tagged:", share buttons, the author profile (the same bio for an
                                author on every post), previous/next post titles, "Comments (0)
                                Newest First", the nonprofit footer; URLs /news/YYYY/M/D/slug;
                                <title> "T — Site"
  vault  de-cms-zeitung         de; <meta name="date"> with offset (and a later "last-modified"),
                                "14.03.2026, 09:30 Uhr" and "Aktualisiert: ..." visible; a German
                                regional daily on a Java CMS: table-less div soup of nested
                                "cmsbox cmsbox--…" / "cmsbox__inner" boxes, every paragraph a
                                <div class="text"> of bare text (no <p>) in a box of its own, and
                                between them "Anzeige" ad boxes, a "Mehr zum Thema" list of linked
                                headlines, "Lesen Sie auch:"-style teasers in the text markup and
                                the paywall teaser "Jetzt weiterlesen mit XY+" (the whole text is
                                on the page, before and after it: all of it is body); "Artikel
                                teilen", the author box, comments, "Das könnte Sie auch
                                interessieren", "Meistgelesen" and the Impressum footer with the
                                publisher's address; URLs /ressort/place/slug;art123456,11234567;
                                <title> "Place: T | Site"
  vault  pl-portal-wideo        pl; microdata <meta itemprop="datePublished"> with offset inside
                                the <article>, a visible "14.03.2026, 09:30 Aktualizacja: ..."; a
                                Polish regional portal whose article body is split across two
                                sibling <div class="article__body"> containers around a video
                                player ("Dalsza część artykułu pod materiałem wideo" and the
                                video's own title); the bold lead above the photo IS body text (the
                                first sentences of the story's first paragraph, made a paragraph of
                                their own); "Czytaj także:"-style teasers and a "Zobacz też" box in
                                the first part, "REKLAMA" slots, and at the end of the second part,
                                as <p>s like the story's, the "Bądź na bieżąco i obserwuj <Site> w
                                Google News!" and "Masz dla nas temat? ..." lines;
                                a RODO consent box, the "Najnowsze" ticker, author box, related
                                list and the publisher ("Wydawca: ...") in the footer; URLs
                                /slug/ar/c1-12345678; <title> "T | Site"

Every renderer gives every story of its publisher the platform's own URL on first use (the stories
are rebuilt for each `render_publisher` call, so this is deterministic); their slugs are ASCII
("ł" as "l", "ß" as "ss"). The squarespace-local and pl-portal-wideo renderers split one of the
story's paragraphs while rendering (squarespace-local a middle one around its quotation, never the
first, which the other posts' summary blocks quote; pl-portal-wideo the first, after its opening
sentences; never beyond 14 paragraphs), so `body`, taken from the story after rendering, has the
parts as lines of their own.

A page that shows only a date (squarespace-local) has, as in the other families, the story's full
time as `published_at`: the page gives it in its itemprop meta and JSON-LD, the feed in pubDate. (A
Ghost/Casper blog, the first idea for the English family, is a train family already: ghost-casper.)
"""

from __future__ import annotations

import json
from datetime import UTC, timedelta

FAMILIES: dict[str, str] = {
    "pt-portal-noticias": "vault",
    "squarespace-local": "vault",
    "de-cms-zeitung": "vault",
    "pl-portal-wideo": "vault",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "pt-portal-noticias": "pt",
    "de-cms-zeitung": "de",
    "pl-portal-wideo": "pl",
}


def _split_paragraph(story: Story, i: int, parts: list[list[str]]) -> None:
    """Make the story's paragraph `i` several paragraphs, one per list of its sentences (the body,
    taken from the story after rendering, has them as lines of their own)."""
    story.blocks[i : i + 1] = [("p", " ".join(x)) for x in parts]
    story.sentences[i : i + 1] = parts


def _paragraphs(story: Story) -> int:
    return sum(tag == "p" for tag, _ in story.blocks)


# --- pt-portal-noticias ------------------------------------------------------------------------

PT_UFS = ("sp", "mg", "pr", "sc", "rs", "ba", "pe", "ce", "go", "pa")
PT_CAPTIONS = (
    "Movimentação no centro de {place}",
    "Obras na região central de {place}",
    "Sessão na Câmara Municipal de {place}",
    "Moradores acompanham a reunião na prefeitura",
    "Vista aérea de {place}",
)
PT_FOOTER = ("Fale com a redação", "Anuncie", "Termos de uso", "Política de privacidade", "Trabalhe conosco")


def render_pt_portal_noticias(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    r = c.stable("vault-portal")
    uf = r.choice(PT_UFS)
    city = prose_for("pt", c.stable("vault-portal-city")).place()  # the regional edition's city
    edition = f"{city} e Região"
    region = f"{_aslug(city)}-regiao"
    c.repath(lambda o: f"/{uf}/{region}/noticia/{o.published:%Y/%m/%d}/{_aslug(o.title)}.ghtml")
    brand = pub.short
    hours = c.rng.randint(1, 9)
    modified = d + timedelta(hours=hours)
    photographer = prose_for("pt", c.rng).person()
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": modified.isoformat(timespec="seconds"),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
        "mainEntityOfPage": {"@type": "WebPage", "@id": c.url()},
        "inLanguage": "pt-BR",
    }
    utc_ms = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    lines = [
        "<!DOCTYPE html>",
        '<html lang="pt-BR">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title)} | {esc(edition)} | {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(_excerpt(s, 24))}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(ld),
        f'<script>window.cdaaas = {{"SETTINGS": {{"SITE_ID": "{_aslug(pub.name)}", "CHANNEL": '
        f'"{uf}-{region}", "ADUNIT": "/95377733/tvg_{_aslug(pub.short)}.{uf}/noticia"}}}};</script>',
        "</head>",
        f'<body class="glb-body theme-{_aslug(pub.short)}">',
        '<header id="header-produto" class="header-navigation">',
        '<div class="header-navigation__menu"><button class="menu-button" type="button">MENU</button></div>',
        f'<a class="header-logo" href="/">{esc(pub.name)}</a>',
        f'<a class="header-title" href="/{uf}/{region}/">{esc(edition)}</a>',
        '<div class="header-search"><input type="search" placeholder="BUSCAR"></div>',
        '<a class="header-login" href="/login">Entrar</a>',
        "</header>",
    ]
    if c.has("nav"):
        lines += ['<nav class="menu-produto">', *_nav_links(c), "</nav>"]
    lines += [
        '<main class="glb-grid" id="glb-main">',
        '<div class="row content-head non-featured">',
        '<div class="title">',
        f'<h1 class="content-head__title" itemprop="headline">{esc(s.title)}</h1>',
        "</div>",
        "</div>",
        '<div class="content-publication-data">',
        f'<p class="content-publication-data__from">Por <strong>{esc(s.author.name)}</strong>, '
        f"{esc(brand)} {esc(city)}</p>",
        '<p class="content-publication-data__updated">'
        f'<time itemprop="datePublished" datetime="{utc_ms}">{d:%d/%m/%Y %Hh%M}</time> '
        f"Atualizado há {hours} {'hora' if hours == 1 else 'horas'}</p>",
        "</div>",
    ]
    c.snip(f"Por {s.author.name}, {brand} {city}")
    c.snip(f"{d:%d/%m/%Y %Hh%M} Atualizado há {hours} {'hora' if hours == 1 else 'horas'}")
    lines += ['<div class="content-share-bar">', *_share_links(c), "</div>"]

    def block(inner: str, kind: str = "content-text active-extra-styles") -> str:
        return f'<div class="mc-column {kind}" data-block-type="unstyled">{inner}</div>'

    def text(h: str) -> str:
        return block(
            '<p class="content-text__container" data-track-category="Link no Texto" '
            f'data-track-links="">{h}</p>'
        )

    caption = c.snip(f"{r.choice(PT_CAPTIONS).format(place=city)} \u2014 Foto: {photographer}/{brand}")
    media = block(
        '<div class="content-media content-media--image"><figure class="content-media-figure">'
        f'<img class="content-media-image" src="https://s2.glbimg.example/{_hex(c.rng, 16)}/foto.jpg" alt="">'
        f'<figcaption class="content-media__description"><span>{esc(caption)}</span></figcaption>'
        "</figure></div>",
        "content-media__container",
    )
    para = '<div class="mc-column content-text'
    body = c.body_html(
        p=text,
        heading=lambda tag, h: block(f'<h2 class="content-intertitle">{h}</h2>', "content-intertitle"),
        pullquote=lambda q: block(
            f'<blockquote class="content-blockquote">{q}</blockquote>', "content-blockquote"
        ),
        teaser=lambda rm, x: text(f"<strong>{rm}</strong> {x}"),
        ad=lambda x: block(
            f'<div class="content-ads"><span class="content-ads__label">{x}</span></div>', "ads"
        ),
    )
    count = sum(x.startswith(para) for x in body)  # the paragraphs (and "Leia também:" teasers)
    channel = c.snip(f"\u2705 Clique aqui para seguir o canal do {brand} {city} no WhatsApp")
    inserts: list[tuple[int, str]] = [
        (0, text(f'<a href="https://whatsapp.example/channel/{_aslug(pub.short)}{uf}">{esc(channel)}</a>'))
    ]
    for n in range(1, count - 1, 3):
        inserts.append(
            (
                n,
                block(
                    '<div class="content-ads"><span class="content-ads__label">PUBLICIDADE</span>'
                    f'<div id="banner_materia{n}" class="tag-manager-publicidade-container"></div></div>',
                    "mc-ads",
                ),
            )
        )
    boxes = c.pick_others(4)
    for n, pair in zip((1, -2), (boxes[:2], boxes[2:]), strict=True):
        if not pair:
            continue
        items = "".join(
            f'<li class="saibamais-item"><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>'
            for o in pair
        )
        inserts.append(
            (
                n,
                block(
                    '<div class="saibamais-header"><span class="saibamais-title">Leia também</span></div>'
                    f'<ul class="saibamais-list">{items}</ul>',
                    "saibamais",
                ),
            )
        )
    letter = c.snip(c.pick("newsletter"))
    terms = c.snip("Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade.")
    inserts.append(
        (
            count // 2,
            block(
                '<div class="newsletter-box"><span class="newsletter-box__label">Newsletter</span>'
                f'<p class="newsletter-box__title">{esc(c.snip(f"Resumo do dia {brand} {city}"))}</p>'
                f'<p class="newsletter-box__text">{esc(letter)}</p>'
                '<form class="newsletter-box__form"><input type="email" placeholder="Digite seu e-mail"> '
                '<button type="submit">Cadastrar</button></form>'
                f'<p class="newsletter-box__terms">{esc(terms)}</p></div>',
                "newsletter",
            ),
        )
    )
    videos = c.snip(f"\U0001f4fa VÍDEOS: tudo sobre {city} e região")
    more = c.snip(f"Veja mais notícias da região no {brand} {city}.")
    lines += [
        '<article itemprop="articleBody" class="mc-body theme">',
        media,
        *_insert_after(body, para, inserts),
        text(f"<strong>{esc(videos)}</strong>"),
        text(f'<a href="/{uf}/{region}/">{esc(more)}</a>'),
        "</article>",
    ]
    if c.has("comments"):
        lines.append(f'<div class="comments-box"><p>{esc(c.text("comments"))}</p></div>')
    lines += [
        "</main>",
        '<section class="mais-lidas">',
        '<h2 class="mais-lidas__title">Mais lidas</h2>',
        '<ol class="mais-lidas__list">',
        *[
            f'<li class="mais-lidas__item"><span class="mais-lidas__rank">{n}</span> '
            f'<a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>'
            for n, o in enumerate(c.pick_others(5), 1)
        ],
        "</ol>",
        "</section>",
        '<footer class="footer">',
        '<ul class="footer__links">',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in PT_FOOTER],
        "</ul>",
        f'<p class="footer__copyright">{esc(c.copyright())}</p>',
    ]
    c.snip(" ".join(PT_FOOTER))
    if c.has("disclaimer"):
        lines.append(f'<p class="footer__disclaimer">{esc(c.text("disclaimer"))}</p>')
    lines.append("</footer>")
    if c.has("cookie"):
        lines.append(
            f'<div class="cookie-banner" id="cookie-banner-lgpd"><p>{esc(c.text("cookie"))}</p>'
            '<button type="button">Prosseguir</button></div>'
        )
    lines += [
        f'<script src="https://s3.glbimg.example/v1/AUTH_{_hex(r, 12)}/assets/materia.js" async></script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- squarespace-local -------------------------------------------------------------------------

SQ_ANNOUNCEMENTS = (
    "Support nonprofit local news: become a member today.",
    "Our spring member drive is on: every gift is matched through June.",
    "Sign up for our free weekly newsletter, delivered every Friday.",
)
SQ_NAV = ("News", "Events", "Community Voices", "About", "Membership", "Contact")
SQ_CAPTIONS = (
    "Residents gathered outside the town hall in {place}",
    "The site of the proposed development in {place}",
    "Volunteers at the community center in {place}",
    "Main Street in downtown {place}",
)
SQ_SHARE = ("Facebook", "Twitter", "LinkedIn", "Reddit", "Email")


def _sq_block(kind: str, block_type: int, bid: str, inner: str) -> str:
    return (
        f'<div class="sqs-block {kind}-block sqs-block-{kind}" data-block-type="{block_type}" '
        f'id="block-yui_3_17_2_1_{bid}"><div class="sqs-block-content">\n{inner}\n</div></div>'
    )


def render_squarespace_local(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    place = _place(c)
    c.repath(lambda o: f"/news/{o.published.year}/{o.published.month}/{o.published.day}/{_aslug(o.title)}")
    r = c.stable("vault-squarespace")
    site_id, collection = _hex(r), _hex(r)
    item = _hex(c.stable(f"item-{s.title}"))
    stamp = d.strftime("%Y-%m-%dT%H:%M:%S%z")  # Squarespace's offset has no colon
    modified = (d + timedelta(minutes=c.rng.randint(5, 300))).strftime("%Y-%m-%dT%H:%M:%S%z")
    photographer = prose_for("en", c.rng).person()
    article_ld = {
        "url": c.url(),
        "name": s.title,
        "datePublished": stamp,
        "dateModified": modified,
        "headline": s.title,
        "author": a.name,
        "publisher": {"name": pub.name, "@context": "http://schema.org", "@type": "Organization"},
        "@context": "http://schema.org",
        "@type": "Article",
    }
    website_ld = {
        "url": f"http://{pub.host}",
        "name": pub.name,
        "@context": "http://schema.org",
        "@type": "WebSite",
    }
    context = {"websiteId": site_id, "collectionId": collection, "itemId": item, "templateVersion": "7.1"}
    lines = [
        "<!doctype html>",
        '<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US">',
        "<head>",
        '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta charset="utf-8" />',
        f"<title>{esc(s.title)} \u2014 {esc(pub.name)}</title>",
        f'<link rel="canonical" href="{esc(c.url())}"/>',
        f'<meta property="og:site_name" content="{esc(pub.name)}"/>',
        f'<meta property="og:title" content="{esc(s.title)} \u2014 {esc(pub.name)}"/>',
        f'<meta property="og:url" content="{esc(c.url())}"/>',
        '<meta property="og:type" content="article"/>',
        f'<meta itemprop="name" content="{esc(s.title)} \u2014 {esc(pub.name)}"/>',
        f'<meta itemprop="url" content="{esc(c.url())}"/>',
        f'<meta itemprop="author" content="{esc(a.name)}"/>',
        f'<meta itemprop="datePublished" content="{stamp}"/>',
        f'<meta itemprop="headline" content="{esc(s.title)}"/>',
        f'<meta itemprop="publisher" content="{esc(pub.name)}"/>',
        f'<meta name="twitter:title" content="{esc(s.title)} \u2014 {esc(pub.name)}"/>',
        '<meta name="twitter:card" content="summary"/>',
        f'<meta name="description" content="{esc(_excerpt(s, 30))}" />',
        f'<script type="application/ld+json">{json.dumps(website_ld)}</script>',
        _ldjson(article_ld),
        f'<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/'
        f'versioned-site-css/{site_id}/12/{_hex(r)}/{_hex(r)}/1589/site.css"/>',
        f"<script>Static.SQUARESPACE_CONTEXT = {json.dumps(context)};</script>",
        "</head>",
        f'<body id="item-{item}" class="header-overlay-alignment-center tweak-blog-item-width-medium '
        "tweak-blog-item-alignment-center tweak-blog-item-meta-position-above-title "
        "primary-button-style-solid "
        f"view-item collection-type-blog collection-layout-default collection-{collection} "
        'mobile-style-available sqs-seven-one">',
    ]
    announcement = c.snip(r.choice(SQ_ANNOUNCEMENTS))
    lines += [
        '<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar">'
        '<div class="sqs-announcement-bar-content"><div '
        f'class="sqs-announcement-bar-text"><p>{esc(announcement)}'
        "</p></div></div></div></div>",
        '<div id="siteWrapper" class="clearfix site-wrapper">',
        '<header data-test="header" id="header" class="header theme-col--primary">',
        '<div class="header-inner container--fluid">',
        '<div class="header-title"><div class="header-title-text"><a href="/" '
        'data-animation-role="header-element">'
        f"{esc(pub.name)}</a></div></div>",
        '<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">',
        *[
            '<div class="header-nav-item header-nav-item--collection"><a '
            f'href="/{_aslug(x)}">{esc(x)}</a></div>'
            for x in SQ_NAV
        ],
        "</nav></div></div>",
        '<div class="header-actions"><a class="btn btn--border theme-btn--primary-inverse '
        'sqs-button-element--primary" href="/donate">Donate</a></div>',
        "</div>",
        "</header>",
    ]
    c.snip(" ".join(SQ_NAV[:4]))
    # the post's content: html-blocks of the story's paragraphs, split by the post's other blocks
    # a quotation of the story (a sentence of a middle paragraph opening with "“") as the quote block:
    # the paragraph split around it, the quotation a body paragraph of its own, shown once
    paras = [i for i, (tag, _) in enumerate(s.blocks) if tag == "p"]
    quotes = [
        (i, k)
        for i in paras[1:-1]
        for k, x in enumerate(s.sentences[i])
        if x.startswith("\u201c")
        and all(_words(" ".join(part)) > 8 for part in (s.sentences[i][:k], s.sentences[i][k + 1 :]) if part)
    ]
    quote_at = -1
    if quotes:
        i, k = c.rng.choice(quotes)
        sents = s.sentences[i]
        parts = [x for x in (sents[:k], [sents[k]], sents[k + 1 :]) if x]
        if _paragraphs(s) + len(parts) - 1 <= 14:
            _split_paragraph(s, i, parts)
            quote_at = i + (1 if k else 0)
    blocks = s.blocks
    paras = [i for i, (tag, _) in enumerate(blocks) if tag == "p"]
    letter_at = paras[len(paras) // 2]  # the newsletter block after this paragraph
    bid = c.rng.getrandbits(40)

    def next_id() -> str:
        nonlocal bid
        bid += c.rng.randint(3, 400)
        return f"{bid}"

    content: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            content.append(
                _sq_block(
                    "html", 2, next_id(), '<div class="sqs-html-content">\n' + "\n".join(run) + "\n</div>"
                )
            )
            run.clear()

    caption = c.snip(f"{r.choice(SQ_CAPTIONS).format(place=place)}. Photo by {photographer}")
    content.append(
        _sq_block(
            "image",
            5,
            next_id(),
            '<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper">'
            f'<img data-src="https://images.squarespace-cdn.example/content/v1/{site_id}/{_hex(c.rng, 16)}/'
            f'photo.jpg" alt=""></div><figcaption class="image-caption-wrapper"><div class="image-caption">'
            f"<p>{esc(caption)}</p></div></figcaption></figure>",
        )
    )
    title = c.snip("Subscribe to our weekly newsletter")
    description = c.snip(
        c.pick("newsletter")
        if c.has("newsletter")
        else "Sign up with your email address to receive news and updates."
    )
    footnote = c.snip("We respect your privacy.")
    letter = _sq_block(
        "newsletter",
        51,
        next_id(),
        '<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat">'
        f'<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">{esc(title)}</h2>'
        f'<div class="newsletter-form-header-description"><p>{esc(description)}</p></div></div>'
        f'<form class="newsletter-form" data-form-id="{_hex(r)}"><div class="newsletter-form-fields-wrapper">'
        '<div class="newsletter-form-field-wrapper form-item field email required">'
        '<label class="newsletter-form-field-label title" for="email-input">Email Address</label>'
        '<input id="email-input" class="newsletter-form-field-element field-element" name="email" '
        'placeholder="Email Address" type="email"></div></div>'
        '<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button '
        'sqs-system-button sqs-editable-button-layout" type="submit"><span '
        'class="newsletter-form-button-label">'
        "Sign Up</span></button></div>"
        f'<div class="newsletter-form-footnote"><p>{esc(footnote)}</p></div></form></div>',
    )
    for i, (tag, txt) in enumerate(blocks):
        if i == quote_at:
            flush()
            content.append(
                _sq_block(
                    "quote",
                    31,
                    next_id(),
                    '<figure class="block-animation-none"><blockquote data-animation-role="quote">'
                    f"{c.inline(txt)}</blockquote></figure>",
                )
            )
        elif tag == "p":
            run.append(f'<p class="" style="white-space:pre-wrap;">{c.inline(txt)}</p>')
        else:
            run.append(f'<{tag} style="white-space:pre-wrap;">{esc(txt)}</{tag}>')
        if i == letter_at:
            flush()
            content.append(letter)
    flush()
    donate = c.snip("Support independent local news")
    content.append(
        _sq_block(
            "button",
            53,
            next_id(),
            '<div class="sqs-block-button-container sqs-block-button-container--center">'
            '<a href="/donate" class="sqs-block-button-element--medium sqs-button-element--primary '
            f'sqs-block-button-element">{esc(donate)}</a></div>',
        )
    )
    heading = c.snip("More stories from our newsroom")
    cards = []
    for o in c.pick_others(3):
        cards.append(
            '<div class="summary-item summary-item-record-type-text">'
            f'<div class="summary-title"><a href="{esc(o.path)}" '
            f'class="summary-title-link">{esc(c.snip(o.title))}'
            "</a></div>"
            '<div class="summary-metadata-container"><time class="summary-metadata-item '
            f'summary-metadata-item--date">{o.published:%b} {o.published.day}, '
            f"{o.published.year}</time></div>"
            f'<div class="summary-excerpt"><p>{esc(c.snip(_excerpt(o, 22)))}\u2026</p></div>'
            f'<a href="{esc(o.path)}" class="summary-read-more-link">Read More \u2192</a></div>'
        )
    content.append(
        _sq_block(
            "summary-v2",
            55,
            next_id(),
            '<div class="summary-block-header"><div '
            f'class="summary-heading"><span>{esc(heading)}</span></div></div>'
            '<div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list">\n'
            + "\n".join(cards)
            + "\n</div></div>",
        )
    )
    ordered = sorted(c.others, key=lambda o: o.published)
    at = ordered.index(s)
    prev = ordered[at - 1] if at > 0 else None
    nxt = ordered[at + 1] if at + 1 < len(ordered) else None
    tags = [
        s.section,
        *c.stable(f"tags-{s.title}").sample(
            ("local government", "community", "housing", "schools", "transportation", "budget"), 2
        ),
    ]
    c.snip("Tagged: " + ", ".join(tags))
    lines += [
        '<main id="page" class="container" role="main">',
        f'<article class="sections" id="sections" data-page-sections="{_hex(r)}">',
        '<section data-test="page-section" class="page-section layout-engine-section '
        "background-width--full-bleed "
        "section-height--medium content-width--wide horizontal-alignment--center "
        'vertical-alignment--middle white">',
        '<div class="section-border"><div class="section-background"></div></div>',
        '<div class="content-wrapper"><div class="content">',
        '<div class="blog-item-wrapper">',
        f'<article class="entry h-entry hentry author-{_aslug(a.name)} category-{_aslug(s.section)} '
        f'post-type-text featured" data-item-id="{item}" id="article-{item}">',
        '<div class="blog-item-top-wrapper">',
        '<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--categories">'
        f'<a href="/news?category={esc(s.section)}" '
        f'class="blog-item-category">{esc(s.section)}</a></div></div>',
        '<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" '
        'data-content-field="title">'
        f"{esc(s.title)}</h1></div>",
        '<div class="blog-item-meta-wrapper">',
        '<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" '
        f'datetime="{d:%Y-%m-%d}" pubdate data-content-field="published-on">{d:%B} {d.day}, '
        f"{d.year}</time></div>",
        '<div class="blog-meta-item blog-meta-item--author"><span '
        'class="blog-author-byline">Written by</span> '
        f'<a href="/news?author={_hex(c.stable(f"author-{a.name}"))}" '
        f'class="blog-author-name">{esc(a.name)}</a>'
        "</div>",
        "</div>",
        "</div>",
    ]
    c.snip(f"Written by {a.name}")
    lines += [
        '<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" '
        'data-content-field="main-content">',
        f'<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="'
        f'{int(d.timestamp() * 1000) + c.rng.randint(1000, 99999)}" id="item-{item}">'
        '<div class="row sqs-row"><div class="col sqs-col-12 span-12">',
        *content,
        "</div></div></div>",
        "</div></div>",
        '<div class="blog-item-bottom-wrapper">',
        '<div class="blog-meta-item blog-meta-item--tags"><span class="blog-item-tags-label">Tagged:</span> '
        + ", ".join(f'<a href="/news?tag={esc(t)}" class="blog-item-tag">{esc(t)}</a>' for t in tags)
        + "</div>",
        '<div class="blog-item-share"><div class="sqs-share-buttons">',
        *[
            f'<a class="ss-social-button" data-service="{x.lower()}" href="#"><span '
            'class="ss-social-button-icon">'
            f'</span><span class="ss-social-button-text">{x}</span></a>'
            for x in SQ_SHARE
        ],
        "</div></div>",
        '<div class="blog-item-author-profile-wrapper">',
        f'<a class="author-avatar" href="/news?author={_aslug(a.name)}"><img src="https://images.squarespace-cdn.'
        f'example/avatar/{_aslug(a.name)}.jpg" alt=""></a>',
        '<div class="author-info">',
        f'<a class="author-name" href="/news?author={_aslug(a.name)}">{esc(a.name)}</a>',
        f'<div class="author-bio"><p>{esc(c.bio())}</p></div>',
        "</div>",
        "</div>",
        "</div>",  # bottom wrapper
    ]
    c.snip(" ".join(SQ_SHARE))
    lines.append(
        '<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid">'
    )
    for link, word in ((prev, "Previous"), (nxt, "Next")):
        if link is not None:
            lines.append(
                f'<a href="{esc(link.path)}" class="item-pagination-link '
                f'item-pagination-link--{word.lower()[:4]}">'
                f'<div class="pagination-title-wrapper"><div class="item-pagination-prev-next">{word}</div>'
                f'<h2 class="item-pagination-title">{esc(c.snip(link.title))}</h2></div></a>'
            )
    lines.append("</section>")
    c.snip("Comments (0) Newest First")
    lines += [
        '<div class="blog-item-comments"><div class="squarespace-comments">',
        '<div class="comment-header"><span class="comment-count">Comments (0)</span> '
        '<span class="comment-sort">Newest First</span></div>',
        '<div class="comment-input"><textarea placeholder="Add a comment..."></textarea>'
        '<button class="preview-comment">Preview</button> <button class="post-comment">Post '
        "Comment\u2026</button>"
        "</div>",
    ]
    if c.has("comments"):
        lines.append(f'<p class="comment-policy">{esc(c.text("comments"))}</p>')
    lines += [
        "</div></div>",
        "</article>",
        "</div>",  # blog-item-wrapper
        "</div></div>",
        "</section>",
        "</article>",
        "</main>",
    ]
    mission = c.snip(
        f"{pub.name} is a nonprofit, nonpartisan newsroom serving {place} and the surrounding area."
    )
    address = c.snip(f"{r.randint(12, 980)} Main Street, Suite {r.randint(2, 40)}, {place}")
    lines += [
        '<footer class="sections" id="footer-sections" data-footer-sections>',
        '<section class="page-section"><div class="content-wrapper"><div class="content">',
        '<div class="sqs-html-content">',
        f"<p>{esc(mission)}</p>",
        f"<p>{esc(address)}</p>",
        f"<p>{esc(c.copyright())}</p>",
        '<p><a href="/privacy-policy">Privacy Policy</a> <a href="/terms">Terms of Use</a></p>',
        "</div>",
        "</div></div></section>",
        "</footer>",
        "</div>",  # siteWrapper
    ]
    if c.has("cookie"):
        lines.append(
            '<div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text">'
            f"<p>{esc(c.text('cookie'))}</p></div>"
            '<button class="sqs-cookie-banner-v2-accept">Accept</button> '
            '<button class="sqs-cookie-banner-v2-decline">Decline</button></div>'
        )
    lines += [
        '<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/'
        'site-bundle.js" type="text/javascript"></script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- de-cms-zeitung ----------------------------------------------------------------------------

DE_CAPTIONS = (
    "Blick auf die Baustelle in {place}",
    "Das Rathaus in {place}",
    "Zahlreiche Bürger kamen zur Versammlung in {place}",
    "Die Innenstadt von {place} am Vormittag",
)
DE_FOOTER = (
    "Impressum",
    "Datenschutz",
    "AGB",
    "Kontakt",
    "Mediadaten",
    "Barrierefreiheit",
    "Cookie-Einstellungen",
)
DE_STREETS = ("Marktstraße", "Bahnhofstraße", "Hauptstraße", "Am Zeitungsplatz", "Verlagsweg")


def _box(kind: str, inner: str) -> str:
    """A box of the CMS's page grid: a "cmsbox" and its "cmsbox__inner" around the content."""
    return f'<div class="cmsbox cmsbox--{kind}"><div class="cmsbox__inner">{inner}</div></div>'


def render_de_cms_zeitung(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    place = _place(c)
    r = c.stable("vault-cms")

    def path(o: Story) -> str:
        ressort = c.stable(f"ressort-{o.section}").randint(370000, 379999)
        art = c.stable(f"artikel-{o.title}").randint(10_000_000, 12_999_999)
        return f"/{_aslug(o.section)}/{_aslug(place)}/{_aslug(o.title)};art{ressort},{art}"

    c.repath(path)
    plus = f"{pub.short}+"
    modified = d + timedelta(minutes=c.rng.randint(20, 600))
    photographer = prose_for("de", c.rng).person()
    lines = [
        "<!DOCTYPE html>",
        '<html lang="de" class="no-js">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(place)}: {esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(_excerpt(s, 26))}">',
        f'<meta name="date" content="{c.iso()}">',
        f'<meta name="last-modified" content="{modified.isoformat(timespec="seconds")}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/resources/{r.randint(1000, 9999)}/css/zeitung.css">',
        f'<script>var cmsData = {{"pageType": "article", "ressort": "{_aslug(s.section)}", "paid": true, '
        f'"articleId": "{c.url().rsplit(",", 1)[1]}"}};</script>',
        "</head>",
        '<body class="page page--article">',
        '<div id="page-wrapper">',
    ]
    if c.has("cookie"):
        lines.append(
            '<div id="cmp-container" class="cmp"><div class="cmp__text">'
            f"{esc(c.text('cookie'))}</div><button>Akzeptieren</button> <button>Einstellungen</button></div>"
        )
    lines += [
        _box(
            "topbar",
            '<div class="topbar"><a href="/epaper">E-Paper</a> <a href="/abo">Abo</a> '
            f'<a href="/anmelden">Anmelden</a> <a class="topbar__cta" href="/abo/plus">{esc(plus)} '
            "testen</a></div>",
        ),
        '<div class="cmsbox cmsbox--header"><div class="cmsbox__inner"><div class="header">',
        '<div class="header__logo"><a href="/"><img src="/resources/img/logo.svg" '
        f'alt="{esc(pub.name)}"></a></div>',
    ]
    if c.has("tagline"):
        lines.append(f'<div class="header__claim">{esc(c.snip(pub.tagline))}</div>')
    if c.has("nav"):
        lines += [
            '<div class="header__nav"><div class="nav">',
            *[f'<div class="nav__item">{x}</div>' for x in _nav_links(c)],
            "</div></div>",
        ]
    lines += ["</div></div></div>", '<div class="grid grid--article"><div class="grid__row">']
    lines.append('<div class="grid__col grid__col--main">')
    if c.has("breadcrumb"):
        lines.append(
            _box(
                "breadcrumb",
                '<div class="breadcrumb">' + " › ".join(esc(x) for x in c.breadcrumb()) + "</div>",
            )
        )
    updated = c.snip(f"Aktualisiert: {c.human_date(dt=modified)}")
    c.byline()
    lines.append(
        _box(
            "articlehead",
            '<div class="articlehead">'
            f'<div class="articlehead__kicker"><span class="kicker">{esc(place)}</span> '
            f'<span class="plus-badge">{esc(plus)}</span></div>'
            f'<div class="articlehead__headline"><h1 class="headline">{esc(s.title)}</h1></div>'
            f'<div class="articlehead__meta"><div class="author">Von <a href="/autor/{_aslug(a.name)}">'
            f"{esc(a.name)}</a>, {esc(a.desk)}</div>\n"
            f'<div class="date">{esc(c.human_date())}</div>\n<div class="date '
            f'date--updated">{esc(updated)}</div>'
            "</div></div>",
        )
    )
    share_sites = ("Facebook", "WhatsApp", "E-Mail", "Link kopieren")
    c.snip("Artikel teilen " + " ".join(share_sites[:3]))
    share = _box(
        "share",
        '<div class="share"><div class="share__label">Artikel teilen</div>\n<div class="share__buttons">\n'
        + "\n".join(
            f'<a class="share__button share__button--{_aslug(x)}" href="#">{esc(x)}</a>' for x in share_sites
        )
        + '\n</div>\n<div class="share__tools"><a href="#">Merken</a> <a href="#">Drucken</a></div></div>',
    )
    caption = c.snip(f"{r.choice(DE_CAPTIONS).format(place=place)} | Bild: {photographer}")
    lines += [
        share,
        _box(
            "image",
            f'<div class="image"><img src="/img/{_hex(c.rng, 12)}/artikel.jpg" alt="">'
            f'<div class="image__caption">{esc(caption)}</div></div>',
        ),
    ]
    para = '<div class="cmsbox cmsbox--text">'
    body = c.body_html(
        p=lambda h: _box("text", f'<div class="text">{h}</div>'),
        heading=lambda tag, h: _box("subheadline", f'<h2 class="subheadline">{h}</h2>'),
        pullquote=lambda q: _box(
            "quote", f'<div class="quote"><div class="quote__text">\u201e{q}\u201c</div></div>'
        ),
        teaser=lambda rm, x: _box("text", f'<div class="text"><b>{rm}</b> {x}</div>'),
        ad=lambda x: _box("ad", f'<div class="ad"><div class="ad__label">{x}</div></div>'),
    )
    count = sum(x.startswith(para) for x in body)  # the paragraphs (and teasers) in text boxes
    inserts: list[tuple[int, str]] = []
    for n in range(1, count - 1, 3):
        inserts.append(
            (
                n,
                _box(
                    "ad",
                    '<div class="ad ad--content"><div class="ad__label">Anzeige</div>'
                    f'<div class="ad__slot" id="div-gpt-ad-content{n}"></div></div>',
                ),
            )
        )
    related = c.pick_others(3)
    items = "\n".join(
        f'<li class="related__item"><a href="{esc(o.path)}"><span '
        f'class="related__kicker">{esc(place)}</span> '
        f'<span class="related__headline">{esc(c.snip(o.title))}</span></a></li>'
        for o in related
    )
    inserts.append(
        (
            min(1, count - 2),
            _box(
                "related",
                f'<div class="related"><div class="related__title">Mehr zum Thema</div>\n'
                f'<ul class="related__list">\n{items}\n</ul></div>',
            ),
        )
    )
    offer = c.snip(
        f"Alle {plus}-Artikel lesen, dazu das E-Paper am Vorabend ab 21 Uhr: 1 Monat für 0,99 €, danach "
        f"{r.choice(('9,99', '12,99', '14,90'))} € monatlich, jederzeit kündbar."
    )
    c.snip(f"Jetzt weiterlesen mit {plus}")
    c.snip("Bereits Abonnent? Hier anmelden")
    inserts.append(
        (
            min(2, count - 2),
            _box(
                "paywall",
                '<div class="paywall">'
                f'<div class="paywall__logo">{esc(plus)}</div>\n'
                f'<div class="paywall__title">Jetzt weiterlesen mit {esc(plus)}</div>\n'
                f'<div class="paywall__text">{esc(offer)}</div>\n'
                '<a class="paywall__button" href="/abo/plus">Jetzt testen</a>\n'
                '<div class="paywall__login">Bereits Abonnent? <a href="/anmelden">Hier '
                "anmelden</a></div></div>",
            ),
        )
    )
    lines += [*_insert_after(body, para, inserts)]
    person = c.snip(f"Zur Person: {a.name}")
    lines.append(
        _box(
            "author",
            f'<div class="authorbox"><div class="authorbox__title">{esc(person)}</div>\n'
            f'<img class="authorbox__image" src="/autor/{_aslug(a.name)}.jpg" alt="">\n'
            f'<div class="authorbox__text">{esc(c.bio())}</div></div>',
        )
    )
    lines.append(share)
    c.snip("Kommentare (0) Um zu kommentieren, melden Sie sich bitte an.")
    lines.append(
        _box(
            "comments",
            '<div class="comments"><div class="comments__title">Kommentare (0)</div>\n'
            '<div class="comments__login">Um zu kommentieren, melden Sie sich bitte an.</div>'
            + (f'\n<div class="comments__note">{esc(c.text("comments"))}</div>' if c.has("comments") else "")
            + "</div>",
        )
    )
    c.snip("Das könnte Sie auch interessieren")
    lines.append(
        _box(
            "teaserlist",
            '<div class="teaserlist"><div class="teaserlist__title">Das könnte Sie auch interessieren</div>\n'
            + "\n".join(
                f'<div class="teaser"><a href="{esc(o.path)}"><div '
                f'class="teaser__kicker">{esc(o.section)}</div>'
                f'<div class="teaser__headline">{esc(c.snip(o.title))}</div></a></div>'
                for o in c.pick_others(3)
            )
            + "</div>",
        )
    )
    lines.append("</div>")  # main column
    lines += [
        '<div class="grid__col grid__col--side">',
        _box(
            "mostread",
            '<div class="mostread"><div class="mostread__title">Meistgelesen</div>\n<ol>\n'
            + "\n".join(
                f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(5)
            )
            + "\n</ol></div>",
        ),
        _box(
            "ad",
            '<div class="ad ad--sidebar"><div class="ad__label">Anzeige</div><div '
            'id="div-gpt-ad-sky"></div></div>',
        ),
    ]
    if c.has("newsletter"):
        lines.append(
            _box(
                "newsletter",
                f'<div class="newsletter"><div class="newsletter__text">{esc(c.text("newsletter"))}</div>'
                '<input type="email" placeholder="Ihre E-Mail-Adresse"> <button>Anmelden</button></div>',
            )
        )
    lines += ["</div>", "</div></div>"]  # side column, grid
    street = r.choice(DE_STREETS)
    imprint = c.snip(
        f"{pub.name} GmbH & Co. KG · {street} {r.randint(1, 60)} · {r.randint(10000, 99999)} {place}"
    )
    c.snip(" ".join(DE_FOOTER[:5]))
    lines += [
        '<div class="cmsbox cmsbox--footer"><div class="cmsbox__inner"><div class="footer">',
        '<div class="footer__links">\n'
        + "\n".join(f'<a href="/{_aslug(x)}">{esc(x)}</a>' for x in DE_FOOTER)
        + "\n</div>",
        f'<div class="footer__imprint">{esc(imprint)}</div>',
        f'<div class="footer__copyright">{esc(c.copyright())}</div>',
    ]
    if c.has("disclaimer"):
        lines.append(f'<div class="footer__disclaimer">{esc(c.text("disclaimer"))}</div>')
    lines += ["</div></div></div>", "</div>", "</body>", "</html>"]
    return _j(lines)


# --- pl-portal-wideo ---------------------------------------------------------------------------

PL_CAPTIONS = (
    "Mieszkańcy na sesji rady gminy {place}",
    "Plac budowy w centrum miasta",
    "Urząd gminy {place}",
    "Spotkanie z mieszkańcami w domu kultury",
)
PL_VIDEOS = (
    "Prognoza pogody na weekend w regionie",
    "Najważniejsze informacje dnia w 60 sekund",
    "Utrudnienia na drogach w regionie – sprawdź, gdzie są korki",
    "Wiadomości z regionu – wydanie wieczorne",
)
PL_FOOTER = ("Regulamin", "Polityka prywatności", "Kontakt", "Reklama", "RSS", "Mapa serwisu")


def render_pl_portal_wideo(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    place = _place(c)
    r = c.stable("vault-pl")
    c.repath(
        lambda o: f"/{_aslug(o.title)}/ar/c1-{c.stable(f'ar-{o.title}').randint(15_000_000, 18_999_999)}"
    )
    # the lead: the first sentences of the first paragraph (twelve words or more), the rest of it a
    # paragraph of its own after the photo
    first = s.sentences[0]
    k = next((n for n in range(1, len(first)) if _words(" ".join(first[:n])) >= 12), 0)
    if k and _words(" ".join(first[k:])) >= 12 and _paragraphs(s) < 14:
        _split_paragraph(s, 0, [first[:k], first[k:]])
    modified = d + timedelta(minutes=c.rng.randint(15, 400))
    photographer = prose_for("pl", c.rng).person()
    lines = [
        "<!DOCTYPE html>",
        '<html lang="pl">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(_excerpt(s, 25))}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/static/css/portal.{_hex(r, 8)}.css">',
        "</head>",
        '<body class="page-article">',
    ]
    if c.has("cookie"):
        lines.append(
            '<div class="rodo-box" role="dialog"><div class="rodo-box__title">'
            f"{esc(c.snip('Dbamy o Twoją prywatność'))}</div>"
            f'<p class="rodo-box__text">{esc(c.text("cookie"))}</p>'
            '<button class="rodo-box__accept">Przejdź do serwisu</button> '
            '<button class="rodo-box__settings">Ustawienia zaawansowane</button></div>'
        )
    lines += [
        '<header class="header">',
        f'<a class="header__logo" href="/"><img src="/static/img/logo.svg" alt="{esc(pub.name)}"></a>',
    ]
    if c.has("tagline"):
        lines.append(f'<span class="header__claim">{esc(c.snip(pub.tagline))}</span>')
    if c.has("nav"):
        lines += ['<nav class="header__nav">', *_nav_links(c), "</nav>"]
    newest = c.pick_others(6)
    ticker = newest[0]
    lines += [
        '<a class="header__login" href="/logowanie">Zaloguj się</a>',
        "</header>",
        '<div class="breaking-bar"><span class="breaking-bar__label">Najnowsze:</span> '
        f'<a href="{esc(ticker.path)}">{esc(c.snip(ticker.title))}</a></div>',
        '<main class="main">',
        '<article class="article" itemscope itemtype="https://schema.org/NewsArticle">',
        f'<meta itemprop="datePublished" content="{c.iso()}">',
        f'<meta itemprop="dateModified" content="{modified.isoformat(timespec="seconds")}">',
        '<div class="article__header">',
        f'<a class="article__category" href="/{_aslug(s.section)}">{esc(s.section)}</a>',
        f'<h1 class="article__title" itemprop="headline">{esc(s.title)}</h1>',
        '<div class="article__meta">',
        '<div class="article__author" itemprop="author">Autor: <a '
        f'href="/autor/{_aslug(a.name)}">{esc(a.name)}'
        f"</a>, {esc(a.desk)}</div>",
        f'<div class="article__dates"><time class="article__published">{esc(c.human_date())}</time> '
        f'<span class="article__updated">Aktualizacja: {esc(c.human_date(dt=modified))}</span></div>',
        "</div>",
    ]
    c.byline()
    c.snip(f"{c.human_date()} Aktualizacja: {c.human_date(dt=modified)}")
    lines += ['<div class="article__share">', *_share_links(c), "</div>", "</div>"]
    # the body: the lead (the first paragraph, bold), the photo, then two containers around the video
    # (the story's first paragraph was split after its opening sentences above: they are the lead)
    body = c.body_html(
        heading=lambda tag, h: f'<h2 class="article__subtitle">{h}</h2>',
        pullquote=lambda q: f'<blockquote class="article__quote"><p>{q}</p></blockquote>',
        teaser=lambda rm, x: f"<p><strong>{rm}</strong> {x}</p>",
        ad=lambda x: f'<div class="ad-box"><span class="ad-box__label">{x}</span></div>',
    )
    lead, rest = body[0], body[1:]
    starts = [i for i, x in enumerate(rest) if x.startswith("<p>") and not x.startswith("<p><strong>")]
    split = starts[max(1, len(starts) // 2)] if len(starts) > 1 else len(rest)
    while split > 0 and rest[split - 1].startswith("<h2"):
        split -= 1
    part1, part2 = rest[:split], rest[split:]
    see = c.pick_others(2)
    see_box = (
        '<div class="see-also"><span class="see-also__title">Zobacz też</span><ul>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in see)
        + "</ul></div>"
    )
    part1 = _insert_after(part1, "<p>", [(0, see_box)]) if part1 else [see_box]
    if len(part1) > 3:
        part1 = _insert_after(
            part1,
            "<p>",
            [
                (
                    1,
                    '<div class="ad-box ad-box--inside"><span class="ad-box__label">REKLAMA</span>'
                    f'<div id="adocean-{_hex(c.rng, 6)}"></div></div>',
                )
            ],
        )
    caption = r.choice(PL_CAPTIONS).format(place=place)
    c.snip(f"{caption} fot. {photographer}")
    video = c.snip(r.choice(PL_VIDEOS))
    below = c.snip("Dalsza część artykułu pod materiałem wideo")
    google = c.snip(f"Bądź na bieżąco i obserwuj {pub.name} w Google News!")
    topic = c.snip(f"Masz dla nas temat? Napisz do nas: redakcja@{pub.host}")
    lines += [
        f'<div class="article__lead"><p class="article__lead-text"><strong>{lead[3:-4]}</strong></p></div>',
        '<figure class="article__photo">'
        f'<img src="/static/foto/{_hex(c.rng, 10)}.jpg" alt="">'
        f"<figcaption>{esc(caption)} "
        f'<span class="article__photo-author">fot. {esc(photographer)}</span></figcaption></figure>',
        '<div class="article__body" data-part="1" itemprop="articleBody">',
        *part1,
        "</div>",
        '<div class="article__video video-box">',
        f'<div class="video-box__info">{esc(below)}</div>',
        f'<div class="video-box__player" data-player="jwplayer" data-media-id="{_hex(c.rng, 8)}">'
        '<div class="video-box__poster"><img src="/static/video/poster.jpg" alt=""></div>'
        '<button class="video-box__play" type="button">Odtwórz</button></div>',
        f'<div class="video-box__title">{esc(video)}</div>',
        "</div>",
        '<div class="article__body" data-part="2">',
        *part2,
        f'<p><a href="https://news.google.example/publications/{_aslug(pub.name)}">{esc(google)}</a></p>',
        f"<p>{esc(topic)}</p>",
        "</div>",
    ]
    tags = [
        s.section,
        place,
        *c.stable(f"tagi-{s.title}").sample(
            ("inwestycje", "samorząd", "mieszkańcy", "komunikacja", "budżet"), 2
        ),
    ]
    c.snip("Tagi: " + ", ".join(tags))
    lines += [
        '<div class="article__tags"><span>Tagi:</span> '
        + ", ".join(f'<a href="/tag/{_aslug(t)}">{esc(t)}</a>' for t in tags)
        + "</div>",
        '<div class="article__author-box">',
        f'<img src="/autor/{_aslug(a.name)}.jpg" alt=""> <a class="article__author-name" '
        f'href="/autor/{_aslug(a.name)}">'
        f"{esc(a.name)}</a>",
        f'<p class="article__author-bio">{esc(c.bio())}</p>',
        "</div>",
    ]
    heading, picks = c.related(4)
    lines += [
        '<section class="recommended">',
        f'<h2 class="recommended__title">{esc(heading)}</h2>',
        "<ul>",
        *[f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in picks],
        "</ul>",
        "</section>",
    ]
    if c.has("comments"):
        lines.append(f'<div class="comments"><p>{esc(c.text("comments"))}</p></div>')
    lines += [
        "</article>",
        '<aside class="sidebar">',
        '<div class="sidebar__box">',
        '<h2 class="sidebar__title">Najnowsze wiadomości</h2>',
        "<ul>",
    ]
    lines += [
        f'<li><span class="sidebar__time">{o.published:%H:%M}</span> <a '
        f'href="{esc(o.path)}">{esc(c.snip(o.title))}'
        "</a></li>"
        for o in newest[1:]
    ]
    publisher = c.snip(
        f"Wydawca: {pub.name} Sp. z o.o., ul. {r.choice(('Długa', 'Polna', 'Kościuszki'))} "
        f"{r.randint(1, 90)}, {place}"
    )
    c.snip(" ".join(PL_FOOTER[:4]))
    lines += [
        "</ul>",
        "</div>",
        '<div class="ad-box ad-box--sidebar"><span class="ad-box__label">REKLAMA</span></div>',
        "</aside>",
        "</main>",
        '<footer class="footer">',
        '<div class="footer__links">\n'
        + "\n".join(f'<a href="/{_aslug(x)}">{esc(x)}</a>' for x in PL_FOOTER)
        + "\n</div>",
        f'<p class="footer__publisher">{esc(publisher)}</p>',
        f'<p class="footer__copyright">{esc(c.copyright())}</p>',
    ]
    if c.has("disclaimer"):
        lines.append(f'<p class="footer__disclaimer">{esc(c.text("disclaimer"))}</p>')
    lines += ["</footer>", "</body>", "</html>"]
    return _j(lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "pt-portal-noticias": render_pt_portal_noticias,
    "squarespace-local": render_squarespace_local,
    "de-cms-zeitung": render_de_cms_zeitung,
    "pl-portal-wideo": render_pl_portal_wideo,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402

from pipeline.synth.kit import _excerpt, _hex, _insert_after, _ldjson, _place, ascii_slugger  # noqa: E402
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import (  # noqa: E402
    Ctx,
    Story,
    _j,
    _nav_links,
    _share_links,
    _words,
    esc,
)

# An ASCII slug (`_slug` keeps the letters NFKD does not take apart: "ł", "ß")
_aslug = ascii_slugger(("ł", "l"), ("Ł", "L"), ("ß", "ss"))
