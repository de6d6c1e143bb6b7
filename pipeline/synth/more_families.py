"""Eight more TRAIN template families for the synthetic publishers (see `pipeline.synth.publishers`).

`publishers.py` merges `FAMILIES`, `FAMILY_LANGUAGE` and `RENDERERS` from this module into its
own registries (a three-line hook at its end), so these families are part of `FAMILIES` and of
`generate_corpus()` like the original ones, with the same truth conventions (body, boilerplate
snippets of four words or more, pull quotes in `repeated`, aware `published_at`, clean `title`).

Families (language; date source):
  train  ghost-casper               en; JSON-LD Article and article:published_time in UTC with ms
                                    ("...000Z"), a date-only <time>; gh-content, kg-cards, author
                                    card after the post, "Subscribe" portal and footer CTA
  train  joomla-legacy              en; microdata <time itemprop="datePublished"> with offset, no
                                    og/JSON-LD; h2 headline, "Details" block, "Written by", hits,
                                    module positions, prev/next pager
  train  substack-newsletter        en; JSON-LD NewsArticle with "+00:00"; "Title - by Author -
                                    Newsletter" <title>; subscribe widget and "Subscribe now"
                                    buttons inside the body, Share / Leave a comment buttons
  train  de-rundfunk                de; JSON-LD with offset; public broadcaster: topline inside the
                                    <h1>, bold lead paragraph (body), "Stand:" line, tabindex'd
                                    divs, <section>s in the article, "Mehr zum Thema", the
                                    broadcast note "Über dieses Thema berichtete ..." (boilerplate)
  train  de-liveticker              de; naive <meta name="date"> and naive entry <time>s (the feed
                                    gives the zone); entries <div class="entry"><time>14:05 Uhr
                                    </time><p>..</p></div> are content, refresh / jump controls
                                    and the "Zuletzt aktualisiert" stamp are boilerplate
  train  sharepoint-intranet-press  en; only a human-readable "M/D/YYYY h:mm AM" date, no og;
                                    ASP.NET form, layout <table>, body in td.ms-rtestate-field;
                                    the "About <Org>" paragraph (the same on every release) and
                                    the media contact block are boilerplate, not body
  train  wire-syndicated            en; article:published_time in UTC ("Z"); a regional paper
                                    republishing AP copy: the "CITY (AP) — " dateline opening the
                                    first paragraph is body; the AP copyright line, "Related
                                    coverage" list and the in-body "ADVERTISEMENT" label are not
  train  jekyll-minima              en; jekyll-seo-tag JSON-LD BlogPosting with offset, <time>
                                    with offset; h-entry post, tags, prev/next post links

The wire family prepends the AP dateline to the story's first paragraph while rendering (and, if
that would take the body over 900 words, drops a trailing sentence elsewhere), so `body` — taken
from the story after rendering — has the dateline in it.
"""

from __future__ import annotations

import random
from datetime import UTC, timedelta

FAMILIES: dict[str, str] = {
    "ghost-casper": "train",
    "joomla-legacy": "train",
    "substack-newsletter": "train",
    "de-rundfunk": "train",
    "de-liveticker": "train",
    "sharepoint-intranet-press": "train",
    "wire-syndicated": "train",
    "jekyll-minima": "train",
}
FAMILY_LANGUAGE: dict[str, str] = {"de-rundfunk": "de", "de-liveticker": "de"}


def _utc_ms(c: Ctx) -> str:
    return c.story.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


# --- ghost-casper ------------------------------------------------------------------------------


def render_ghost_casper(c: Ctx) -> str:
    s, pub = c.story, c.pub
    tag = _slug(s.section)
    ld = _ldjson(
        {
            "@context": "https://schema.org",
            "@type": "Article",
            "publisher": {"@type": "Organization", "name": pub.name},
            "author": {
                "@type": "Person",
                "name": s.author.name,
                "url": f"http://{pub.host}/author/{_slug(s.author.name)}/",
            },
            "headline": s.title,
            "url": c.url(),
            "datePublished": _utc_ms(c),
            "dateModified": _utc_ms(c),
        }
    )
    extra = "\n".join(
        [
            f'<meta property="article:published_time" content="{_utc_ms(c)}">',
            f'<meta property="article:tag" content="{esc(s.section)}">',
            '<meta name="generator" content="Ghost 5.82">',
            ld,
        ]
    )
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{pub.lang}">',
        "<head>",
        c.head(extra),
        f"<style>:root{{--ghost-accent-color:{pub.colour}}}</style>",
        "</head>",
        f'<body class="post-template tag-{tag} has-sans-title is-head-left-logo">',
        '<div class="viewport">',
        '<header id="gh-head" class="gh-head outer">',
        '<div class="gh-head-inner inner">',
        f'<div class="gh-head-brand"><a class="gh-head-logo" href="/">{esc(pub.name)}</a></div>',
    ]
    if c.has("nav"):
        lines += [
            '<nav class="gh-head-menu"><ul class="nav">',
            *[f"<li>{a}</li>" for a in _nav_links(c)],
            "</ul></nav>",
        ]
    lines += [
        '<div class="gh-head-actions">',
        '<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>',
        '<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>',
        "</div>",
        "</div>",
        "</header>",
        '<div class="site-content">',
        '<main id="site-main" class="site-main">',
        f'<article class="article post tag-{tag}">',
        '<header class="article-header gh-canvas">',
        '<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a '
        f'href="/tag/{tag}/">{esc(s.section)}</a></span></div>',
        f'<h1 class="article-title">{esc(s.title)}</h1>',
        '<div class="article-byline">',
        '<section class="article-byline-content">',
        '<div class="article-byline-meta"><h4 class="author-name"><a '
        f'href="/author/{_slug(s.author.name)}/">{esc(s.author.name)}</a></h4>',
        f'<div class="byline-meta-content"><time class="byline-meta-date" datetime="{s.published:%Y-%m-%d}">'
        f"{esc(c.snip(f'{s.published:%b} {s.published.day}, {s.published.year}'))}</time>",
        '<span class="byline-reading-time"><span class="bull">&bull;</span> '
        f"{esc(c.snip(f'{max(1, len(s.body().split()) // 230)} min read'))}</span></div>",
        "</div>",
        "</section>",
        "</div>",
        "</header>",
        '<section class="gh-content gh-canvas">',
    ]
    lines += c.body_html(
        pullquote=lambda q: f'<blockquote class="kg-blockquote-alt">{q}</blockquote>',
        teaser=lambda rm, a: (
            '<div class="kg-card kg-callout-card kg-callout-card-grey">'
            f'<div class="kg-callout-emoji">\U0001f449</div><div class="kg-callout-text">{rm} {a}</div></div>'
        ),
    )
    lines.append("</section>")
    if c.has("comments"):
        lines.append(
            f'<section class="article-comments gh-canvas"><p>{esc(c.text("comments"))}</p></section>'
        )
    lines.append("</article>")
    if c.has("bio"):
        lines += [
            '<section class="author-card gh-canvas">',
            '<h2 class="author-card-name"><a '
            f'href="/author/{_slug(s.author.name)}/">{esc(s.author.name)}</a></h2>',
            f'<p class="author-card-bio">{esc(c.bio())}</p>',
            "</section>",
        ]
    lines.append("</main>")
    cta = c.snip(f"Sign up for more like this from {pub.name}.")
    lines += [
        '<section class="footer-cta outer"><div class="inner">',
        f'<h2 class="footer-cta-title">{esc(cta)}</h2>',
        '<a class="footer-cta-button" href="#/portal" data-portal="signup">'
        '<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a>',
        "</div></section>",
    ]
    if c.has("related"):
        heading, picks = c.related(3)
        lines += [
            '<aside class="read-more-wrap outer"><div class="read-more inner">',
            f'<h3 class="read-more-heading">{esc(heading)}</h3>',
            *[
                f'<article class="post-card post"><a class="post-card-content-link" href="{esc(o.path)}">'
                f'<header class="post-card-header"><h2 class="post-card-title">{esc(o.title)}</h2></header>'
                "</a></article>"
                for o in picks
            ],
            "</div></aside>",
        ]
    lines += [
        "</div>",
        '<footer class="site-footer outer"><div class="inner">',
        f'<section class="copyright"><a href="/">{esc(pub.name)}</a> &copy; {s.published.year}</section>',
        f"<p>{esc(c.copyright())}</p>",
        '<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by '
        "Ghost</a></div>",
        "</div></footer>",
        "</div>",
        '<div id="ghost-portal-root"><div class="gh-portal-triggerbtn-wrapper"><div '
        'class="gh-portal-triggerbtn-container">'
        '<span class="gh-portal-triggerbtn-label">Subscribe</span></div></div></div>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- joomla-legacy -----------------------------------------------------------------------------


def render_joomla_legacy(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    hits = 40 + random.Random(f"{pub.host}-{s.path}-hits").randint(0, 4000)
    head = "\n".join(
        [
            '<meta http-equiv="content-type" content="text/html; charset=utf-8" />',
            f'<meta name="author" content="{esc(s.author.name)}" />',
            '<meta name="generator" content="Joomla! - Open Source Content Management" />',
            f"<title>{esc(c.page_title())}</title>",
            '<link href="/templates/protostar/favicon.ico" rel="shortcut icon" '
            'type="image/vnd.microsoft.icon" />',
            '<link href="/templates/protostar/css/template.css?3f1b" rel="stylesheet" />',
            '<script src="/media/jui/js/jquery.min.js?3f1b"></script>',
        ]
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-gb" dir="ltr">',
        "<head>",
        head,
        "</head>",
        f'<body class="site com_content view-article no-layout no-task itemid-{101 + pub.index}">',
        '<div class="body" id="top"><div class="container">',
        '<header class="header" role="banner"><div class="header-inner clearfix">',
        '<a class="brand pull-left" href="/"><span class="site-title" '
        f'title="{esc(pub.name)}">{esc(pub.name)}</span></a>',
    ]
    if c.has("tagline"):
        lines.append(f'<div class="site-description">{esc(c.snip(pub.tagline))}</div>')
    lines += [
        '<div class="header-search pull-right"><div class="search mod_search93">'
        '<form action="/index.php" method="post" class="form-inline" role="search">'
        '<label for="mod-search-searchword93" class="element-invisible">Search ...</label> '
        '<input name="searchword" id="mod-search-searchword93" maxlength="200" class="inputbox search-query '
        'input-medium" type="search" placeholder="Search ..." />'
        "</form></div></div>",
        "</div></header>",
    ]
    if c.has("nav"):
        lines += [
            '<nav class="navigation" role="navigation"><div class="nav-collapse">',
            '<ul class="nav menu nav-pills mod-list">',
            *[f'<li class="item-{101 + n}">{a}</li>' for n, a in enumerate(_nav_links(c))],
            "</ul></div></nav>",
        ]
    lines.append('<div class="moduletable">')
    crumbs = ["Home", "News", s.section]
    lines.append(
        '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
        f"<li>{esc(c.snip('You are here: ' + crumbs[0]))}</li>"
        + "".join(
            '<li itemprop="itemListElement"><span class="divider">/</span> <span '
            f'itemprop="name">{esc(x)}</span></li>'
            for x in crumbs[1:]
        )
        + "</ul>"
    )
    lines += [
        "</div>",
        '<div class="row-fluid">',
        '<main id="content" role="main" class="span9">',
        '<div id="system-message-container"></div>',
    ]
    human = f"{d:%A}, {d:%d} {MONTHS['en'][d.month - 1]} {d.year} {d:%H:%M}"
    lines += [
        '<div class="item-page" itemscope itemtype="https://schema.org/Article">',
        '<meta itemprop="inLanguage" content="en-GB" />',
        '<div class="page-header">',
        f'<h2 itemprop="headline">{esc(s.title)}</h2>',
        "</div>",
        '<dl class="article-info muted">',
        '<dt class="article-info-term">Details</dt>',
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">',
        f'<span itemprop="name">{esc(c.snip(f"Written by {s.author.name}"))}</span></dd>',
        f'<dd class="category-name">Category: <a href="/index.php/{_slug(s.section)}" '
        f'itemprop="genre">{esc(s.section)}</a></dd>',
        f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
        f'<time datetime="{c.iso()}" itemprop="datePublished">{esc(c.snip("Published: " + human))}</time>'
        "</dd>",
        f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>'
        f'<meta itemprop="interactionCount" content="UserPageVisits:{hits}" />Hits: {hits}</dd>',
        "</dl>",
    ]
    if c.has("share"):
        lines += ['<div class="social-buttons">', *_share_links(c, lambda x: f"<span>{x}</span>"), "</div>"]
    lines.append('<div itemprop="articleBody">')
    lines += c.body_html(
        heading=lambda tag, h: f"<h3>{h}</h3>" if tag == "h3" else f"<h2>{h}</h2>",
        pullquote=lambda q: f'<blockquote><p style="font-size: 1.3em;"><em>{q}</em></p></blockquote>',
        teaser=lambda rm, a: f"<p><strong>{rm}</strong> {a}</p>",
        ad=lambda x: f'<div class="moduletable advert"><div class="custom"><p>{x}</p></div></div>',
    )
    lines.append("</div>")
    older = [o for o in c.others if o.published < s.published]
    newer = [o for o in c.others if o.published > s.published]
    pager = ['<ul class="pager pagenav">']
    if older:
        pager.append(
            f'<li class="previous"><a class="hasTooltip" title="{esc(older[-1].title)}" '
            f'href="{esc(older[-1].path)}" rel="prev">'
            '<span class="icon-chevron-left" aria-hidden="true"></span> <span '
            'aria-hidden="true">Prev</span></a></li>'
        )
    if newer:
        pager.append(
            f'<li class="next"><a class="hasTooltip" title="{esc(newer[0].title)}" '
            f'href="{esc(newer[0].path)}" rel="next">'
            '<span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true">'
            "</span></a></li>"
        )
    pager.append("</ul>")
    lines += pager
    lines.append("</div>")  # item-page
    if c.has("comments"):
        lines.append(f'<div id="jc"><h4>Comments</h4><p>{esc(c.text("comments"))}</p></div>')
    lines += ["</main>", '<div id="aside" class="span3">']
    if c.has("related"):
        heading, picks = c.related()
        lines += [
            '<div class="well "><h3 class="page-header">' + esc(heading) + "</h3>",
            '<ul class="latestnews mod-list">',
            *[
                f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(o.path)}" itemprop="url">'
                f'<span itemprop="name">{esc(o.title)}</span></a></li>'
                for o in picks
            ],
            "</ul></div>",
        ]
    if c.has("newsletter"):
        lines.append(
            '<div class="well "><h3 class="page-header">Newsletter</h3><div class="custom">'
            f"<p>{esc(c.text('newsletter'))}</p></div></div>"
        )
    lines += [
        '<div class="well "><h3 class="page-header">Login Form</h3>',
        '<form action="/index.php" method="post" id="login-form" class="form-inline">',
        '<div class="control-group"><label for="modlgn-username">Username</label><input '
        'id="modlgn-username" type="text" name="username" /></div>',
        '<div class="control-group"><label for="modlgn-passwd">Password</label><input id="modlgn-passwd" '
        'type="password" name="password" /></div>',
        '<div class="control-group checkbox"><label for="modlgn-remember">Remember Me</label><input '
        'id="modlgn-remember" type="checkbox" name="remember" /></div>',
        '<button type="submit" class="btn btn-primary login-button">Log in</button>',
        '<ul class="unstyled"><li><a href="/index.php/component/users/?view=remind">Forgot your '
        "username?</a></li>"
        '<li><a href="/index.php/component/users/?view=reset">Forgot your password?</a></li></ul>',
        "</form></div>",
    ]
    if c.has("ads"):
        lines.append(
            f'<div class="bannergroup"><div class="banneritem"><p>{esc(c.text("ad"))}</p></div></div>'
        )
    lines += [
        "</div>",  # aside
        "</div>",  # row-fluid
        "</div></div>",
        '<footer class="footer" role="contentinfo"><div class="container"><hr />',
        f'<p class="pull-right"><a href="#top" id="back-top">{esc(c.snip("Back to Top of page"))}</a></p>',
        f"<p>{esc(c.copyright())}</p>",
    ]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines += ["</div></footer>", "</body>", "</html>"]
    return _j(lines)


# --- substack-newsletter -----------------------------------------------------------------------


def render_substack_newsletter(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    title_tag = f"{s.title} - by {s.author.name} - {pub.name}"
    ld = _ldjson(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "url": c.url(),
            "mainEntityOfPage": c.url(),
            "headline": s.title,
            "datePublished": d.astimezone(UTC).isoformat(timespec="seconds"),
            "dateModified": d.astimezone(UTC).isoformat(timespec="seconds"),
            "isAccessibleForFree": True,
            "author": [{"@type": "Person", "name": s.author.name}],
            "publisher": {"@type": "Organization", "name": pub.name},
        }
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title_tag)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        '<meta property="og:type" content="article">',
        f'<meta name="author" content="{esc(s.author.name)}">',
        ld,
        "</head>",
        '<body class="pc-root">',
        '<div id="entry"><div id="main" class="main typography use-theme-bg">',
        '<div class="main-menu-content"><div class="topbar-content">',
        f'<a class="navbar-title-link" href="/">{esc(pub.name)}</a>',
        '<div class="navbar-buttons"><button class="button primary">Subscribe</button><button '
        'class="button">Sign in</button></div>',
        "</div></div>",
        '<div class="container"><div class="single-post-container"><div class="single-post">',
        '<article class="typography newsletter-post post">',
        '<div class="post-header">',
        f'<h1 class="post-title published" dir="auto">{esc(s.title)}</h1>',
        '<div class="post-meta post-meta-header"><div class="pencraft flex-grow">',
        '<div class="profile-hover-card-target"><a '
        f'href="/profile/{_slug(s.author.name)}">{esc(s.author.name)}</a></div>',
        f'<div class="pencraft meta-EgzBVA">{d:%b} {d:%d}, {d.year}</div>',
        "</div>",
        '<div class="post-ufi">'
        '<button class="like-button-container post-ufi-button"><span class="label">Like</span></button>'
        f'<a class="post-ufi-button post-ufi-comment-button" href="{esc(s.path)}/comments"><span '
        'class="label">Comment</span></a>'
        '<button class="post-ufi-button share-button"><span class="label">Share</span></button>'
        "</div>",
        "</div>",
        "</div>",
        '<div class="available-content"><div dir="auto" class="body markup">',
    ]
    caption = c.snip(
        f"Thanks for reading {pub.name}! Subscribe for free to receive new posts and support my work."
    )
    widget = (
        '<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM">'
        '<div class="subscription-widget show-subscribe"><div class="preamble">'
        f'<p class="cta-caption">{esc(caption)}</p></div>'
        '<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" '
        'placeholder="Type your email…">'
        '<input type="submit" class="button primary" value="Subscribe"></form></div></div>'
    )
    body = c.body_html(
        pullquote=lambda q: f'<div class="pullquote"><p>{q}</p></div>',
        teaser=lambda rm, a: f"<p><strong>{rm}</strong> {a}</p>",
    )
    paras = [i for i, x in enumerate(body) if x.startswith("<p")]
    if len(paras) >= 3:
        body.insert(paras[1] + 1, widget)
        body.insert(
            paras[1] + 2,
            '<p class="button-wrapper" '
            f'data-attrs="{{&quot;url&quot;:&quot;{esc(c.url())}?utm_source=substack&quot;}}">'
            '<a class="button primary" href="/subscribe"><span>Subscribe now</span></a></p>',
        )
    lines += body
    lines += [
        '<p class="button-wrapper"><a class="button primary" href="?action=share"><span>Share</span></a></p>',
        f'<p class="button-wrapper"><a class="button primary" href="{esc(s.path)}/comments"><span>Leave a '
        "comment</span></a></p>",
        "</div></div>",
        '<div class="visibility-check"></div>',
        "</article>",
    ]
    if c.has("newsletter"):
        lines.append(
            f'<div class="subscribe-footer"><p>{esc(c.text("newsletter"))}</p><button class="button '
            'primary">Subscribe</button></div>'
        )
    if c.has("comments"):
        lines += [
            '<div class="comments-page"><div class="container">',
            f'<h4 class="comments-heading">{esc(c.snip("Discussion about this post"))}</h4>',
            f"<p>{esc(c.text('comments'))}</p>",
            "</div></div>",
        ]
    if c.has("related"):
        heading, picks = c.related(3)
        lines += [
            '<div class="portable-archive"><div class="portable-archive-tabs">',
            f"<h3>{esc(heading)}</h3></div>",
            '<div class="portable-archive-list">',
            *[
                '<div class="post-preview"><a class="post-preview-title newsletter" '
                f'href="{esc(o.path)}">{esc(o.title)}</a></div>'
                for o in picks
            ],
            "</div></div>",
        ]
    lines += [
        "</div></div></div>",
        '<div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div '
        'class="footer-blurbs">',
        f'<div class="footer-copyright-blurb">{esc(c.snip(f"© {YEAR} {s.author.name}"))}</div>',
        '<div class="footer-terms"><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a '
        'href="/cn">Collection notice</a></div>',
        '<div class="footer-buttons"><a class="button" href="/publish">Start writing</a><a class="button" '
        'href="/app">Get the app</a></div>',
        f'<div class="footer-substack-blurb">{esc(c.snip("Substack is the home for great writing"))}</div>',
        "</div></div></div></div>",
        "</div></div>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- de-rundfunk -------------------------------------------------------------------------------


def render_de_rundfunk(c: Ctx) -> str:
    s, pub, t = c.story, c.pub, c.pub.token
    d = s.published
    show = c.stable("more-sendung").choice(
        ("die Abendschau", "das Regionalmagazin", "die Landesschau", "das Infoprogramm")
    )
    note_time = d + timedelta(hours=c.rng.randint(1, 6))
    note = f"Über dieses Thema berichtete {show} am {note_time:%d.%m.%Y} um {note_time:%H:%M} Uhr."
    lines = [
        "<!DOCTYPE html>",
        '<html lang="de">',
        "<head>",
        c.head(c.jsonld(c.iso())),
        f'<meta name="date" content="{c.iso()}">',
        "</head>",
        f'<body class="{t}-rf">',
        '<a class="skiplink" href="#content" tabindex="1">Direkt zum Inhalt springen</a>',
    ]
    if c.has("cookie"):
        lines.append(
            f'<div class="consent" tabindex="-1"><p>{esc(c.text("cookie"))}</p>'
            "<button>Einverstanden</button></div>"
        )
    lines += [
        f'<header class="header {t}-header" tabindex="-1">',
        f'<a class="header__logo" href="/">{esc(pub.name)}</a>',
    ]
    if c.has("nav"):
        lines += ['<nav class="navigation" aria-label="Hauptnavigation">', *_nav_links(c), "</nav>"]
    lines.append(
        '<div class="header__service"><a href="/suche">Suche</a><a href="/livestream">Livestream</a></div>'
    )
    if c.has("tagline"):
        lines.append(f'<span class="header__claim">{esc(c.snip(pub.tagline))}</span>')
    lines += ["</header>", '<main id="content" tabindex="-1">']
    if c.has("breadcrumb"):
        lines.append(f'<div class="breadcrumb" tabindex="0">{esc(" › ".join(c.breadcrumb()))}</div>')
    lines += [
        '<article class="container content-wrapper__group">',
        '<div class="seitenkopf">',
        '<h1 class="seitenkopf__headline">',
        f'<span class="seitenkopf__topline">{esc(s.section)}</span>',
        f'<span class="seitenkopf__headline--text">{esc(s.title)}</span>',
        "</h1>",
        f'<p class="metatextline">{esc(c.snip(f"Stand: {d:%d.%m.%Y} {d:%H:%M} Uhr"))}</p>',
        "</div>",
    ]
    first = True

    def para(h: str) -> str:
        nonlocal first
        if first:
            first = False
            h = f"<strong>{h}</strong>"
        return (
            '<div class="copytext-element-wrapper" tabindex="0">'
            f'<p class="textabsatz m-ten m-offset-one l-eight l-offset-two">{h}</p></div>'
        )

    body = c.body_html(
        p=para,
        heading=lambda tag, h: f'<{tag} class="meldung__subhead">{h}</{tag}>',
        pullquote=lambda q: (
            f'<section class="zitat" tabindex="0"><blockquote class="zitat__text"><p>{q}</p></blockquote>'
            "</section>"
        ),
        teaser=lambda rm, a: (
            f'<section class="teaser-absatz" tabindex="0"><p><span class="teaser-absatz__label">{rm}</span> '
            f"{a}</p></section>"
        ),
    )
    lines += ['<section class="copytext" tabindex="-1">', *body, "</section>"]
    if c.has("bio"):
        lines.append(f'<section class="autorenbox" tabindex="0"><p>{esc(c.bio())}</p></section>')
    lines.append(f'<p class="sendungsbezug">{esc(c.snip(note))}</p>')
    if c.has("related"):
        heading, picks = c.related()
        lines += [
            '<section class="mehr-zum-thema" tabindex="0">',
            f'<h2 class="mehr-zum-thema__headline">{esc(heading)}</h2>',
            "<ul>",
            *[f'<li><a class="teaser-xs__link" href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in picks],
            "</ul>",
            "</section>",
        ]
    if c.has("share"):
        lines += [
            '<div class="sharing" tabindex="0">',
            *_share_links(c, lambda x: f"<span>{x}</span>"),
            "</div>",
        ]
    lines.append("</article>")
    if c.has("comments"):
        lines.append(f'<div class="kommentare" tabindex="0"><p>{esc(c.text("comments"))}</p></div>')
    if c.has("newsletter"):
        lines.append(f'<aside class="newsletter"><p>{esc(c.text("newsletter"))}</p></aside>')
    lines += [
        "</main>",
        '<footer class="footer" tabindex="-1">',
        '<ul class="footer__links"><li><a href="/impressum">Impressum</a></li><li><a '
        'href="/datenschutz">Datenschutz</a></li>'
        '<li><a href="/barrierefreiheit">Barrierefreiheit</a></li></ul>',
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- de-liveticker -----------------------------------------------------------------------------


def render_de_liveticker(c: Ctx) -> str:
    s, pub, t = c.story, c.pub, c.pub.token
    d = s.published
    # one entry per paragraph (a subheading opens the entry of the paragraph after it), oldest first
    stamps = []
    clock = d
    for _ in s.blocks:
        stamps.append(clock)
        clock = clock + timedelta(minutes=c.rng.randint(3, 40))
    last = stamps[-1]
    updated = f"Zuletzt aktualisiert: {last:%d.%m.%Y}, {last:%H:%M} Uhr"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="de">',
        "<head>",
        c.head(f'<meta name="date" content="{c.iso(naive=True)}">'),
        "</head>",
        f'<body class="{t}-portal liveticker">',
    ]
    if c.has("cookie"):
        lines.append(
            f'<div class="cmp-banner"><p>{esc(c.text("cookie"))}</p><button>Akzeptieren</button></div>'
        )
    lines += [f'<header class="{t}-kopf"><a class="logo" href="/">{esc(pub.name)}</a>']
    if c.has("nav"):
        lines += ['<nav class="ressorts">', *_nav_links(c), "</nav>"]
    lines.append("</header>")
    if c.has("breadcrumb"):
        lines.append(f'<div class="brotkrumen">{esc(" › ".join(c.breadcrumb()))}</div>')
    lines += [
        '<article class="ticker-artikel">',
        '<header class="ticker-kopf">',
        '<span class="live-badge">LIVE</span>',
        f"<h1>{esc(s.title)}</h1>",
        f'<p class="autor">{esc(c.byline())}</p>',
        f'<p class="datum"><time datetime="{c.iso(naive=True)}">{esc(c.dateline())}</time></p>',
        f'<p class="aktualisiert">{esc(c.snip(updated))}</p>',
        "</header>",
        '<div class="ticker-controls">',
        f'<button type="button" class="ticker-refresh">{esc(c.snip("Ticker jetzt neu laden"))}</button>',
        f'<a class="ticker-jump" href="#ticker-neuester">{esc(c.snip("Zum neuesten Eintrag springen"))}</a>',
        '<label><input type="checkbox" checked> '
        f"{esc(c.snip('Automatisch alle 60 Sekunden aktualisieren'))}</label>",
        "</div>",
    ]
    if c.has("share"):
        lines += ['<div class="teilen">', *_share_links(c), "</div>"]
    rendered = c.body_html(
        p=lambda h: f"<p>{h}</p>",
        heading=lambda tag, h: f'<{tag} class="entry__title">{h}</{tag}>',
        pullquote=lambda q: f'<blockquote class="entry__zitat"><p>{q}</p></blockquote>',
        teaser=lambda rm, a: f'<p class="entry__link"><strong>{rm}</strong> {a}</p>',
        ad=lambda x: f'<div class="anzeige"><span>{x}</span></div>',
    )
    # regroup: body_html gives one element per block plus extras after it; entries start at a
    # heading or at a paragraph that does not follow a heading
    lines.append('<div class="ticker-eintraege">')
    entry: list[str] = []
    k = 0  # block index
    open_heading = False
    for html in rendered:
        is_block = k < len(s.blocks) and (
            (s.blocks[k][0] == "p" and html.startswith("<p>"))
            or (s.blocks[k][0] != "p" and html.startswith(f'<{s.blocks[k][0]} class="entry__title"'))
        )
        if is_block:
            tag = s.blocks[k][0]
            if tag != "p" or not open_heading:
                if entry:
                    entry.append("</div>")
                    lines += entry
                stamp = stamps[k]
                anchor = ' id="ticker-neuester"' if k >= len(s.blocks) - 1 else ""
                entry = [
                    f'<div class="entry"{anchor}>',
                    f'<time datetime="{stamp.replace(tzinfo=None).isoformat(timespec="seconds")}">'
                    f"{stamp:%H:%M} Uhr</time>",
                ]
            open_heading = tag != "p"
            k += 1
        entry.append(html)
    if entry:
        entry.append("</div>")
        lines += entry
    lines.append("</div>")
    if c.has("bio"):
        lines.append(f'<div class="autorenbox"><p>{esc(c.bio())}</p></div>')
    if c.has("related"):
        lines += _related_ps(c)
    lines.append("</article>")
    if c.has("comments"):
        lines.append(f'<div class="kommentare"><p>{esc(c.text("comments"))}</p></div>')
    lines += ['<footer class="fuss">', '<a href="/impressum">Impressum</a>', f"<p>{esc(c.copyright())}</p>"]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines += ["</footer>", "</body>", "</html>"]
    return _j(lines)


# --- sharepoint-intranet-press -----------------------------------------------------------------

ORG_KINDS = ("County Council", "Regional Health Authority", "Water Board", "Port Authority", "City Council")
OFFICER = ("Communications Officer", "Press Officer", "Media Relations Manager", "Head of Communications")


def render_sharepoint_intranet_press(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    r = c.stable("more-org")
    place = _bare_place(c)
    org = f"{place} {r.choice(ORG_KINDS)}"
    residents = f"{r.randint(40, 900) * 1000:,}"
    about = (
        f"{org} provides public services to more than {residents} residents across {place} and the "
        f"surrounding district. It is governed by elected members and publishes its decisions online."
    )
    contact = r.choice(pub.authors).name
    officer = r.choice(OFFICER)
    hour = d.hour % 12 or 12
    stamp = f"{d.month}/{d.day}/{d.year} {hour}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"
    viewstate = "".join(
        random.Random(s.path).choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        for _ in range(96)
    )
    lines = [
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
        '<html dir="ltr" lang="en-US">',
        "<head>",
        '<meta http-equiv="X-UA-Compatible" content="IE=10" />',
        '<meta http-equiv="Content-type" content="text/html; charset=utf-8" />',
        '<meta name="GENERATOR" content="Microsoft SharePoint" />',
        f"<title>{esc(c.page_title())}</title>",
        '<link rel="stylesheet" type="text/css" '
        'href="/_layouts/15/1033/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHdMhQ%3D%3D" />',
        '<script type="text/javascript" src="/_layouts/15/init.js?rev=ZcJ5hKOaVOL"></script>',
        "</head>",
        '<body scroll="yes" onload="if (typeof(_spBodyOnLoadWrapper) != \'undefined\') '
        '_spBodyOnLoadWrapper();">',
        f'<form method="post" action="./{_slug(s.title)[:40]}.aspx" id="aspnetForm">',
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDw{viewstate}" />',
        '<div id="s4-ribbonrow"></div>',
        '<div id="s4-workspace"><div id="s4-bodyContainer">',
        '<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle">',
        f'<div class="ms-siteicon-a"><a href="/">{esc(pub.name)}</a></div>',
        '<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><a '
        'href="/news">Newsroom</a></span></h1>',
        "</div>",
    ]
    if c.has("nav"):
        lines += [
            '<div class="ms-core-listMenu-horizontalBox"><ul class="root ms-core-listMenu-root static">',
            *[f'<li class="static">{a}</li>' for a in _nav_links(c)],
            "</ul></div>",
        ]
    lines += [
        '<table class="ms-pagelayout" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>',
        '<td valign="top" class="ms-quicklaunch" width="180"><div class="ms-core-navigation">',
        '<ul class="root ms-core-listMenu-root static">'
        '<li><a href="/news/releases">Press releases</a></li><li><a href="/news/statements">Statements</a>'
        "</li>"
        '<li><a href="/news/media">Media library</a></li><li><a href="/news/contact">Contact the press '
        "office</a></li></ul>",
        "</div></td>",
        '<td valign="top" class="ms-bodyareacell"><div id="DeltaPlaceHolderMain">',
    ]
    if c.has("breadcrumb"):
        lines.append(f'<div class="ms-breadcrumb">{esc(" > ".join(c.breadcrumb(">")))}</div>')
    lines += [
        '<table class="press-release" width="100%" cellpadding="4" cellspacing="0">',
        f'<tr><td class="ms-formlabel">{esc(c.snip("FOR IMMEDIATE RELEASE - " + org))}</td></tr>',
        f'<tr><td class="pageTitle"><span class="ms-rteFontSize-4"><b>{esc(s.title)}</b></span></td></tr>',
        f'<tr><td class="article-date">{esc(c.snip(f"Release date: {stamp}"))}</td></tr>',
        '<tr><td class="ms-rtestate-field">',
    ]
    lines += c.body_html(
        p=lambda h: f'<p class="ms-rteElement-P">{h}</p>',
        heading=lambda tag, h: f'<{tag} class="ms-rteElement-H{tag[1]}">{h}</{tag}>',
        pullquote=lambda q: f'<div class="ms-rteElement-Callout1"><p>&quot;{q}&quot;</p></div>',
        inline=False,
    )
    lines += [
        '<p style="text-align:center">###</p>',
        "</td></tr>",
        '<tr><td class="ms-rtestate-field about-org">',
        f"<p><strong>{esc(c.snip(f'About {org}'))}</strong></p>",
        f"<p>{esc(c.snip(about))}</p>",
        "</td></tr>",
        '<tr><td class="media-contact">',
        f"<p>{esc(c.snip(f'Media contact: {contact}, {officer}'))}<br />",
        f"Tel: 555-01{r.randint(10, 99)}<br />",
        f'Email: <a href="mailto:press@{pub.host}">press@{pub.host}</a></p>',
        "</td></tr>",
        "</table>",
        "</div></td></tr></table>",
        '<div class="ms-footer">',
        '<a href="/accessibility">Accessibility statement</a> | <a href="/privacy">Privacy and cookies</a> | '
        '<a href="/foi">Freedom of Information</a>',
        f"<p>{esc(c.copyright())}</p>",
    ]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines += ["</div>", "</div></div>", "</form>", "</body>", "</html>"]
    return _j(lines)


# --- wire-syndicated ---------------------------------------------------------------------------


def _wire_dateline(c: Ctx) -> None:
    """Open the first paragraph with the AP dateline (content), keeping the body within 900 words."""
    s = c.story
    city = _ascii(_bare_place(c)).upper()
    prefix = f"{city} (AP) \u2014 "
    tag, text = s.blocks[0]
    if text.startswith(prefix):
        return
    s.blocks[0] = (tag, prefix + text)
    words = sum(len(x.split()) for t, x in s.blocks if t == "p")
    while words > 900:
        k = max(
            (i for i, sents in enumerate(s.sentences) if len(sents) > 1 and i > 0),
            key=lambda i: len(s.sentences[i]),
        )
        gone = s.sentences[k].pop()
        s.blocks[k] = ("p", " ".join(s.sentences[k]))
        words -= len(gone.split())


def render_wire_syndicated(c: Ctx) -> str:
    s, pub, t = c.story, c.pub, c.pub.token
    if s.blocks[0][0] == "p":
        _wire_dateline(c)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        c.head(
            f'<meta property="article:published_time" content="{c.iso(utc=True)}">\n'
            '<meta property="article:section" content="Nation &amp; World">\n'
            '<meta name="author" content="Associated Press">'
        ),
        "</head>",
        f'<body class="{t}-site story-page wire-story">',
        f'<header class="site-header"><a class="site-logo" href="/">{esc(pub.name)}</a>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="site-tagline">{esc(c.snip(pub.tagline))}</p>')
    if c.has("subscribe"):
        lines.append(f'<a class="subscribe-cta" href="/subscribe">{esc(c.text("subscribe"))}</a>')
    if c.has("nav"):
        lines.append('<nav class="site-nav">' + " | ".join(_nav_links(c, " | ")) + "</nav>")
    lines.append("</header>")
    lines += [
        '<main class="story-main">',
        f'<article class="story {t}-story">',
        '<div class="story-kicker"><a href="/nation-world">Nation &amp; World</a></div>',
        f'<h1 class="story-headline">{esc(s.title)}</h1>',
        f'<div class="story-byline">{esc(c.snip(f"By {s.author.name.upper()} Associated Press"))}</div>',
        '<div class="story-timestamp"><time '
        f'datetime="{c.iso(utc=True)}">{esc(c.snip("Published " + c.human_date(0)))}</time></div>',
    ]
    if c.has("share"):
        lines += ['<div class="share-tools">', *_share_links(c, lambda x: f"<span>{x}</span>"), "</div>"]
    body = c.body_html(
        heading=lambda tag, h: f"<{tag}>{h}</{tag}>",
        pullquote=lambda q: f'<aside class="pull-quote"><p>{q}</p></aside>',
        teaser=lambda rm, a: f'<p class="inline-related"><strong>{rm}</strong> {a}</p>',
        ad=lambda x: f'<div class="ad-container"><span>{x}</span></div>',
    )
    paras = [i for i, x in enumerate(body) if x.startswith("<p>")]
    if len(paras) >= 3:
        body.insert(
            paras[1] + 1,
            '<div class="advert-label" aria-hidden="true">ADVERTISEMENT</div><div class="ad-slot"></div>',
        )
    lines += ['<div class="story-body">', *body]
    lines.append(
        '<p class="wire-copyright">'
        f"<em>{esc(c.snip(f'Copyright {YEAR} The Associated Press. All rights reserved.'))}</em></p>"
    )
    lines.append("</div>")
    if c.has("related"):
        picks = c.pick_others(c.rng.randint(2, 4))
        lines += [
            '<div class="related-coverage">',
            "<h3>Related coverage</h3>",
            "<ul>",
            *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in picks],
            "</ul>",
            "</div>",
        ]
    lines.append("</article>")
    if c.has("comments"):
        lines.append(f'<section class="comments"><p>{esc(c.text("comments"))}</p></section>')
    if c.has("classified"):
        lines.append(f'<aside class="classifieds"><p>{esc(c.text("classified"))}</p></aside>')
    lines += ["</main>", '<footer class="site-footer">', f"<p>{esc(c.copyright())}</p>"]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines += ["</footer>", "</body>", "</html>"]
    return _j(lines)


# --- jekyll-minima -----------------------------------------------------------------------------


def render_jekyll_minima(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    ld = _ldjson(
        {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "author": {"@type": "Person", "name": s.author.name},
            "dateModified": c.iso(),
            "datePublished": c.iso(),
            "description": s.blocks[0][1][:150] if s.blocks[0][0] == "p" else s.title,
            "headline": s.title,
            "mainEntityOfPage": {"@type": "WebPage", "@id": c.url()},
            "url": c.url(),
        }
    )
    head = "\n".join(
        [
            '<meta charset="utf-8">',
            '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<!-- Begin Jekyll SEO tag v2.8.0 -->",
            f"<title>{esc(c.page_title())}</title>",
            '<meta name="generator" content="Jekyll v4.3.3" />',
            f'<meta property="og:title" content="{esc(c.og_title())}" />',
            f'<meta name="author" content="{esc(s.author.name)}" />',
            f'<link rel="canonical" href="{esc(c.url())}" />',
            f'<meta property="og:site_name" content="{esc(pub.name)}" />',
            '<meta property="og:type" content="article" />',
            f'<meta property="article:published_time" content="{c.iso()}" />',
            ld,
            "<!-- End Jekyll SEO tag -->",
            '<link rel="stylesheet" href="/assets/main.css">',
            f'<link type="application/atom+xml" rel="alternate" href="/feed.xml" title="{esc(pub.name)}" />',
        ]
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        f"<head>\n{head}\n</head>",
        "<body>",
        '<header class="site-header" role="banner"><div class="wrapper">',
        f'<a class="site-title" rel="author" href="/">{esc(pub.name)}</a>',
    ]
    if c.has("nav"):
        lines += [
            '<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger" />',
            '<div class="trigger">',
            *[a.replace("<a ", '<a class="page-link" ', 1) for a in _nav_links(c)],
            "</div></nav>",
        ]
    lines += [
        "</div></header>",
        '<main class="page-content" aria-label="Content"><div class="wrapper">',
        '<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">',
        '<header class="post-header">',
        f'<h1 class="post-title p-name" itemprop="name headline">{esc(s.title)}</h1>',
        '<p class="post-meta">',
        f'<time class="dt-published" datetime="{c.iso()}" itemprop="datePublished">{d:%b} {d.day}, '
        f"{d.year}</time> \u2022 ",
        '<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author '
        f'h-card" itemprop="name">{esc(s.author.name)}</span></span>',
        "</p>",
        "</header>",
        '<div class="post-content e-content" itemprop="articleBody">',
    ]
    lines += c.body_html(
        pullquote=lambda q: f"<blockquote>\n<p>{q}</p>\n</blockquote>",
        teaser=lambda rm, a: f"<p><em>{rm}</em> {a}</p>",
    )
    lines.append("</div>")
    tag = c.stable("more-tag").choice(("notes", "local", "longread", "dispatch"))
    tags = sorted({s.section.lower(), tag})
    lines.append(
        '<p class="post-tags">' + esc(c.snip("Tags: " + ", ".join(tags) + ", " + _slug(pub.name))) + "</p>"
    )
    ordered = sorted(c.others, key=lambda o: o.published)
    i = ordered.index(s)
    nav = ['<nav class="post-nav">']
    if i > 0:
        prev = c.snip("\u00ab Previous post: " + ordered[i - 1].title)
        nav.append(f'<a class="prev" href="{esc(ordered[i - 1].path)}">{esc(prev)}</a>')
    if i + 1 < len(ordered):
        nxt = c.snip("Next post: " + ordered[i + 1].title + " \u00bb")
        nav.append(f'<a class="next" href="{esc(ordered[i + 1].path)}">{esc(nxt)}</a>')
    nav.append("</nav>")
    lines += nav
    if c.has("comments"):
        lines.append(f'<div id="disqus_thread"><p>{esc(c.text("comments"))}</p></div>')
    lines += [f'<a class="u-url" href="{esc(s.path)}" hidden></a>', "</article>", "</div></main>"]
    lines += [
        '<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper">',
        f'<h2 class="footer-heading">{esc(pub.name)}</h2>',
        '<div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list">',
        f'<li class="p-name">{esc(s.author.name)}</li><li><a class="u-email" '
        f'href="mailto:hello@{pub.host}">hello@{pub.host}</a></li></ul></div>',
    ]
    if c.has("bio"):
        lines.append(f'<div class="footer-col footer-col-3"><p>{esc(c.bio())}</p></div>')
    lines += [
        f'<div class="footer-col"><p>{esc(c.snip(pub.tagline))}</p></div>',
        f'<p class="rss-subscribe">{esc(c.snip("Subscribe to new posts via RSS"))}</p>',
        f"<p>{esc(c.copyright())}</p>",
        "</div></div></footer>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "ghost-casper": render_ghost_casper,
    "joomla-legacy": render_joomla_legacy,
    "substack-newsletter": render_substack_newsletter,
    "de-rundfunk": render_de_rundfunk,
    "de-liveticker": render_de_liveticker,
    "sharepoint-intranet-press": render_sharepoint_intranet_press,
    "wire-syndicated": render_wire_syndicated,
    "jekyll-minima": render_jekyll_minima,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402

from pipeline.synth.kit import _bare_place, _ldjson  # noqa: E402
from pipeline.synth.publishers import (  # noqa: E402
    MONTHS,
    YEAR,
    Ctx,
    _ascii,
    _j,
    _nav_links,
    _related_ps,
    _share_links,
    _slug,
    esc,
)
