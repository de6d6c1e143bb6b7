"""Three FRESH template families for the synthetic publishers (see `pipeline.synth.publishers`).

"fresh" is a third split, next to "train" and "test": families that no extraction rule has been
written or tuned against, kept for a one-off held-out measurement. Once their scores have been
looked at, they are no longer fresh; a later measurement needs new families.

`publishers.py` merges `FAMILY_LANGUAGE` and `RENDERERS` from this module into its registries and
keeps `FAMILIES` from here apart, as `FRESH_FAMILIES`: the fresh families are generated only by
`generate_corpus("fresh")`, never by "all", "train" or "test", so those corpora are as they were.
The truth conventions are the usual ones (body, boilerplate snippets of four words or more, pull
quotes in `repeated`, aware `published_at`, clean `title` without the site name).

Families (language; date source):
  fresh  tailwind-jamstack      en; <time datetime> with offset showing a date only, no og/JSON-LD
                                date; a static-site (Hugo/Next.js-style) article with Tailwind
                                utility classes only (no semantic class names), every paragraph
                                in nested <div>s (no <p>), a newsletter signup card between two
                                paragraphs, a sticky share bar, the "You might also like" card
                                grid after the body, an author card, cookie banner, footer
  fresh  fr-quotidien-brbr      fr; Dublin Core <meta name="DC.date.issued"> with offset and the
                                byline line "Par NAME | le 14/03/2026 à 09h30"; a legacy CMS whose
                                article is one <div class="texte"> of <br><br>-separated text
                                (subheadings in <b>), a "Lire aussi : <headline>" line in the
                                middle of the text, a print/e-mail tool line, "Dans la même
                                rubrique", and the reproduction notice both under the article and
                                in the footer among the legal lines
  fresh  ngo-press-release      en; only a naive local "14 March 2026, 09:30" line (the feed gives
                                the zone) and the date in the URL path (/2026/03/14/slug); an NGO
                                newsroom: "Press release" kicker, a donate banner, "ENDS", the
                                "About <Org>" paragraph (the same on every release), a media
                                contact block, a PDF download line and "More press releases" are
                                boilerplate, not body

The ngo-press-release renderer gives every story of its publisher its dated path on first use (the
stories are rebuilt for each `render_publisher` call, so this is deterministic), so links between
releases and each page's URL all carry the date.
"""

from __future__ import annotations

FAMILIES: dict[str, str] = {
    "tailwind-jamstack": "fresh",
    "fr-quotidien-brbr": "fresh",
    "ngo-press-release": "fresh",
}
FAMILY_LANGUAGE: dict[str, str] = {"fr-quotidien-brbr": "fr"}


# --- tailwind-jamstack -------------------------------------------------------------------------


def render_tailwind_jamstack(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    minutes = max(1, len(s.body().split()) // 220)
    label, sites = c.share()
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{pub.lang}" class="scroll-smooth">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(c.page_title())}</title>",
        f'<meta name="description" content="{esc(s.blocks[0][1][:140])}">',
        f'<meta property="og:title" content="{esc(c.og_title())}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<link rel="stylesheet" href="/_next/static/css/4d1f0c2a.css">',
        "</head>",
        '<body class="bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">',
        '<div class="flex min-h-screen flex-col">',
        '<div class="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur">',
        '<div class="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">',
        f'<a class="text-xl font-extrabold tracking-tight" href="/">{esc(pub.name)}</a>',
    ]
    if c.has("nav"):
        lines += [
            '<div class="hidden gap-6 text-sm font-medium md:flex">',
            *[a.replace("<a ", '<a class="hover:text-sky-600" ', 1) for a in _nav_links(c)],
            "</div>",
        ]
    lines += [
        '<a class="rounded-full bg-sky-600 px-4 py-1.5 text-sm font-semibold text-white" '
        'href="/subscribe">Subscribe</a>',
        "</div></div>",
        '<div class="flex-1">',
        '<div class="mx-auto max-w-5xl px-4 pt-10 lg:grid lg:grid-cols-[4rem_1fr] lg:gap-8">',
        # the sticky share bar, left of the text on large screens
        '<div class="hidden lg:block"><div class="sticky top-24 flex flex-col items-center gap-3 text-xs">',
        f'<span class="font-semibold uppercase tracking-wide text-slate-500">{esc(label)}</span>',
        *[
            f'<a class="rounded-full border p-2" href="https://share.example/{_slug(x)}?u={esc(c.url())}">'
            f"{esc(x)}</a>"
            for x in sites
        ],
        "</div></div>",
        '<div class="min-w-0">',
        '<div class="mb-8 border-b border-slate-200 pb-8">',
        f'<div class="mb-3 text-sm font-semibold uppercase text-sky-600"><a href="/tags/{_slug(s.section)}">'
        f"{esc(s.section)}</a></div>",
        f'<h1 class="text-4xl font-extrabold leading-tight tracking-tight md:text-5xl">{esc(s.title)}</h1>',
        '<div class="mt-4 flex items-center gap-3 text-sm text-slate-500">',
        f'<img class="h-8 w-8 rounded-full" src="/avatars/{_slug(s.author.name)}.webp" alt="">',
        f'<span class="font-medium text-slate-700">{esc(s.author.name)}</span><span>&middot;</span>',
        f'<time datetime="{c.iso()}">{d:%B} {d.day}, {d.year}</time><span>&middot;</span>',
        f"<span>{minutes} min read</span>",
        "</div></div>",
        '<div class="max-w-none text-lg leading-8">',
    ]
    body = c.body_html(
        p=lambda h: (
            f'<div class="relative"><div class="mb-6 text-slate-800 dark:text-slate-200">{h}</div></div>'
        ),
        heading=lambda tag, h: (
            f'<{tag} class="mb-4 mt-10 font-bold tracking-tight '
            f'{"text-2xl" if tag == "h2" else "text-xl"}">{h}</{tag}>'
        ),
        pullquote=lambda q: (
            '<figure class="my-10 border-l-4 border-sky-500 pl-6">'
            f'<blockquote class="text-2xl font-medium italic text-slate-700">{q}</blockquote></figure>'
        ),
        teaser=lambda rm, a: (
            f'<div class="my-6 rounded-lg bg-slate-100 px-5 py-4 text-base"><span class="font-semibold">{rm}'
            f'</span> <span class="underline">{a}</span></div>'
        ),
        ad=lambda x: (
            '<div class="my-10 flex h-64 items-center justify-center bg-slate-50 text-xs uppercase '
            f'tracking-widest text-slate-400">{x}</div>'
        ),
    )
    paras = [i for i, x in enumerate(body) if x.startswith('<div class="relative">')]
    signup = [
        '<div class="my-10 rounded-2xl bg-sky-50 p-6 ring-1 ring-sky-100">',
        f'<div class="text-lg font-bold">{esc(c.snip(f"Get the best of {pub.name} every week"))}</div>',
        f'<div class="mt-1 text-base text-slate-600">{esc(c.text("newsletter"))}</div>',
        '<form class="mt-4 flex gap-2" action="/api/subscribe" method="post">'
        '<input class="flex-1 rounded-md border px-3 py-2" type="email" name="email" '
        'placeholder="you@example.com">'
        '<button class="rounded-md bg-sky-600 px-4 py-2 font-semibold text-white">Sign up</button></form>',
        f'<div class="mt-2 text-xs text-slate-500">{esc(c.snip("No spam, unsubscribe at any time."))}</div>',
        "</div>",
    ]
    at = paras[1] + 1 if len(paras) >= 3 else len(body)
    body[at:at] = signup
    lines += body
    lines.append("</div>")  # the text
    lines += [
        '<div class="mt-10 flex flex-wrap gap-2">',
        *[
            f'<a class="rounded-full bg-slate-100 px-3 py-1 text-sm" href="/tags/{_slug(x)}">#{_slug(x)}</a>'
            for x in sorted({s.section, c.stable("fresh-tag").choice(("community", "explainer", "analysis"))})
        ],
        "</div>",
        '<div class="mt-10 flex gap-4 rounded-2xl border border-slate-200 p-6">',
        f'<img class="h-16 w-16 rounded-full" src="/avatars/{_slug(s.author.name)}.webp" alt="">',
        '<div><div class="text-sm uppercase tracking-wide text-slate-500">Written by</div>',
        f'<div class="font-bold"><a href="/authors/{_slug(s.author.name)}">{esc(s.author.name)}</a></div>',
        f'<div class="mt-1 text-sm text-slate-600">{esc(c.bio())}</div></div>',
        "</div>",
    ]
    if c.has("comments"):
        lines.append(f'<div class="mt-10 text-sm text-slate-500">{esc(c.text("comments"))}</div>')
    lines.append("</div></div>")  # min-w-0, grid
    picks = c.pick_others(3)
    lines += [
        '<div class="mx-auto mt-16 max-w-5xl px-4">',
        f'<div class="mb-6 text-2xl font-bold">{esc(c.snip("You might also like"))}</div>',
        '<div class="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">',
    ]
    for o in picks:
        lines += [
            f'<a class="group block overflow-hidden rounded-xl ring-1 ring-slate-200" href="{esc(o.path)}">',
            f'<img class="aspect-video w-full object-cover" src="/images/{_slug(o.title)[:30]}.webp" alt="">',
            '<div class="p-4">',
            f'<div class="text-xs font-semibold uppercase text-sky-600">{esc(o.section)}</div>',
            f'<div class="mt-1 font-bold group-hover:underline">{esc(c.snip(o.title))}</div>',
            f'<div class="mt-2 text-xs text-slate-500">{o.published:%B} {o.published.day}, {o.published.year}'
            "</div>",
            "</div></a>",
        ]
    lines += ["</div></div>", "</div>"]  # grid, wrapper, flex-1
    lines += [
        '<div class="mt-20 border-t border-slate-200 py-10 text-sm text-slate-500">',
        '<div class="mx-auto flex max-w-5xl flex-col gap-2 px-4">',
        '<div class="flex gap-4"><a href="/about">About</a><a href="/privacy">Privacy</a>'
        '<a href="/rss.xml">RSS</a></div>',
        f"<div>{esc(c.copyright())}</div>",
        f"<div>{esc(c.snip('Built with Next.js and Tailwind CSS, hosted on the edge.'))}</div>",
        "</div></div>",
        "</div>",  # flex column
        '<div class="fixed inset-x-0 bottom-0 z-50 flex items-center justify-between gap-4 bg-slate-900 px-6 '
        'py-4 text-sm text-white">',
        f"<span>{esc(c.text('cookie'))}</span>",
        '<button class="rounded bg-white px-3 py-1 font-semibold text-slate-900">Accept</button>',
        "</div>",
        '<script src="/_next/static/chunks/main-8f2a1c.js" defer></script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- fr-quotidien-brbr -------------------------------------------------------------------------


def render_fr_quotidien_brbr(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    r = c.stable("fresh-brbr")
    bold = r.choice(("b", "strong"))
    sep = r.choice(("<br><br>", "<br />\n<br />", "<br>\n<br>"))
    notice = c.snip(f"Tous droits de reproduction et de représentation réservés. © {pub.name}")
    byline = c.snip(f"Par {s.author.name} | le {d:%d/%m/%Y} à {d:%H}h{d:%M}")
    lines = [
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
        f"<title>{esc(c.page_title())}</title>",
        f'<meta name="DC.title" content="{esc(s.title)}" />',
        f'<meta name="DC.creator" content="{esc(s.author.name)}" />',
        f'<meta name="DC.date.issued" content="{c.iso()}" />',
        '<meta name="DC.language" scheme="RFC3066" content="fr" />',
        '<link rel="stylesheet" type="text/css" href="/css/style_v3.css" />',
        '<script type="text/javascript" src="/js/xiti.js"></script>',
        "</head>",
        '<body onload="init();">',
        '<div id="wrapper">',
        '<div id="bandeau">',
        f'<a href="/index.php"><img src="/img/logo.gif" alt="{esc(pub.name)}" border="0" /></a>',
        f'<span class="date_du_jour">{esc(c.snip(pub.tagline))}</span>',
        "</div>",
    ]
    if c.has("nav"):
        lines.append('<div id="menu">' + " | ".join(_nav_links(c, " | ")) + "</div>")
    lines += [
        '<div id="colonne_gauche">',
        f'<div class="rubrique"><a href="/rubrique.php?r={_slug(s.section)}">{esc(s.section)}</a></div>',
        f'<h1 class="titre_article">{esc(s.title)}</h1>',
        f'<div class="signature">{esc(byline)}</div>',
        '<div class="outils">'
        f'<a href="javascript:window.print()">{esc(c.snip("Imprimer cet article"))}</a> | '
        f'<a href="/envoyer.php">{esc(c.snip("Envoyer à un ami"))}</a> | '
        '<a href="#reagir">Réagir</a></div>',
        '<div class="texte">',
    ]
    body = c.body_html(
        p=lambda h: f"{h}{sep}",
        heading=lambda tag, h: f"<{bold}>{h}</{bold}>{sep}",
        pullquote=lambda q: f'<span class="exergue">&laquo;&nbsp;{q}&nbsp;&raquo;</span>{sep}',
        ad=lambda x: f'<span class="pub">{x}</span>{sep}',
    )
    paras = [i for i, (tag, _) in enumerate(s.blocks) if tag == "p"]
    pool = [o for o in c.others if o is not s]
    other = c.rng.choice(pool)
    c.snip(f"{pub.read_more} {other.title}")
    also = f'<{bold}>{esc(pub.read_more)}</{bold}> <a href="{esc(other.path)}">{esc(other.title)}</a>{sep}'
    # right after the middle paragraph (paragraphs are the items that do not open with a tag)
    texts = [n for n, x in enumerate(body) if not x.startswith("<")]
    at = texts[len(paras) // 2 - 1] + 1
    body.insert(at, also)
    lines += body
    lines.append("</div>")  # texte
    lines.append(f'<div class="copyright_article">{esc(notice)}</div>')
    if c.has("bio"):
        lines.append(f'<div class="auteur"><{bold}>L\'auteur</{bold}><br />{esc(c.bio())}</div>')
    lines += [
        '<div id="reagir">',
        f'<div class="titre_bloc">{esc(c.snip("Réagissez à cet article"))}</div>',
        f"<div>{esc(c.text('comments'))}</div>",
        "</div>",
    ]
    heading, picks = c.related()
    lines += [
        '<div class="meme_rubrique">',
        f'<div class="titre_bloc">{esc(heading)}</div>',
        *[f'&gt; <a href="{esc(o.path)}">{esc(o.title)}</a><br />' for o in picks],
        "</div>",
        "</div>",  # colonne_gauche
        '<div id="colonne_droite">',
    ]
    if c.has("newsletter"):
        lines.append(f'<div class="encart">{esc(c.text("newsletter"))}</div>')
    lines.append(
        f'<div class="encart"><a href="/abonnement.php">{esc(c.snip(c.pick("subscribe")))}</a></div>'
    )
    if c.has("ads"):
        lines.append(f'<div class="encart pub">{esc(c.text("ad"))}</div>')
    lines += [
        "</div>",  # colonne_droite
        '<div id="pied">',
        '<a href="/mentions-legales.php">Mentions légales</a> | <a href="/cgu.php">Conditions générales '
        'd\'utilisation</a> | <a href="/confidentialite.php">Politique de confidentialité</a> | '
        '<a href="/contact.php">Contact</a><br />',
        f"{esc(c.copyright())}<br />",
        f"{esc(notice)}<br />",
        f"{esc(c.text('disclaimer'))}",
        "</div>",
    ]
    if c.has("cookie"):
        lines.append(f'<div id="cnil">{esc(c.text("cookie"))} <a href="#">OK</a></div>')
    lines += ["</div>", "</body>", "</html>"]
    return _j(lines)


# --- ngo-press-release -------------------------------------------------------------------------

NGO_KINDS = (
    "Community Foundation",
    "Rivers Trust",
    "Housing Alliance",
    "Food Bank Network",
    "Wildlife Fund",
    "Refugee Support Council",
)
NGO_CAUSES = (
    "works with local people to protect rivers, wetlands and the wildlife that depends on them",
    "helps families find safe, affordable homes and campaigns for fairer housing policy",
    "supports people facing hardship with emergency food, advice and a place to talk",
    "funds grassroots groups that make their neighbourhoods healthier and fairer places to live",
)


def render_ngo_press_release(c: Ctx) -> str:
    c.repath(lambda o: f"/{o.published:%Y/%m/%d}/{_slug(o.title)}")  # the date in every URL
    s, pub = c.story, c.pub
    d = s.published
    r = c.stable("fresh-ngo")
    org = f"{_bare_place(c)} {r.choice(NGO_KINDS)}"
    about = (
        f"{org} is an independent charity founded in {r.randint(1961, 2009)}. It "
        f"{r.choice(NGO_CAUSES)}, with {r.randint(3, 40) * 10} volunteers across {_bare_place(c)} "
        "and the region."
    )
    charity = f"Registered charity number {r.randint(1000000, 1199999)}"
    contact = r.choice(pub.authors).name
    kb = 120 + c.rng.randint(0, 400)
    stamp = f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}, {d:%H:%M}"
    lines = [
        "<!doctype html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(c.page_title().replace(pub.name, org))}</title>",
        f'<meta name="description" content="{esc(s.blocks[0][1][:150])}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<link rel="stylesheet" href="/assets/css/site.min.css">',
        "</head>",
        '<body class="page-news single-release">',
        '<a class="skip-link" href="#main">Skip to main content</a>',
        f'<div class="donate-banner"><p>{esc(c.snip(f"Your gift today helps {org} do more."))} '
        '<a class="button" href="/donate">Donate now</a></p></div>',
        '<header class="masthead">',
        f'<a class="logo" href="/"><img src="/assets/img/logo.svg" alt="">{esc(org)}</a>',
    ]
    menu = ("About us", "Our work", "Get involved", "News", "Contact")
    c.snip(" ".join(menu))
    lines += [
        '<nav class="primary-nav" aria-label="Main"><ul>',
        *[f'<li><a href="/{_slug(x)}">{esc(x)}</a></li>' for x in menu],
        "</ul></nav>",
        "</header>",
        '<main id="main">',
    ]
    c.snip("Home / News / Press releases")
    lines += [
        '<ol class="breadcrumbs"><li><a href="/">Home</a> / </li><li><a href="/news">News</a> / </li>'
        "<li>Press releases</li></ol>",
        '<div class="release">',
        '<p class="kicker">Press release</p>',
        f"<h1>{esc(s.title)}</h1>",
        f'<p class="release-date">{esc(stamp)}</p>',
        '<div class="release-body">',
    ]
    lines += c.body_html(
        pullquote=lambda q: f'<blockquote class="quote"><p>&ldquo;{q}&rdquo;</p></blockquote>',
        teaser=lambda rm, a: f'<p class="see-also">{rm} {a}</p>',
    )
    lines += [
        '<p class="ends">ENDS</p>',
        "</div>",  # release-body
        '<div class="notes-to-editors">',
        "<h2>Notes to editors</h2>",
        f"<h3>{esc(c.snip(f'About {org}'))}</h3>",
        f"<p>{esc(c.snip(about))}</p>",
        f"<p>{esc(c.snip(f'Media contact: {contact}, Communications Officer'))}<br>",
        f"Phone: 0{r.randint(1100, 1999)} {r.randint(100000, 999999)}<br>",
        f'Email: <a href="mailto:media@{pub.host}">media@{pub.host}</a></p>',
        "</div>",
        f'<p class="download"><a href="/media/releases/{d:%Y-%m-%d}-{_slug(s.title)[:40]}.pdf">'
        f"{esc(c.snip(f'Download this press release (PDF, {kb} KB)'))}</a></p>",
    ]
    if c.has("share"):
        lines += ['<div class="share">', *_share_links(c), "</div>"]
    lines.append("</div>")  # release
    heading = c.snip("More press releases from us")
    picks = c.pick_others(4)
    lines += [
        '<section class="more-releases">',
        f"<h2>{esc(heading)}</h2>",
        "<ul>",
        *[
            f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a> '
            f'<span class="date">{o.published.day} {MONTHS["en"][o.published.month - 1]} {o.published.year}'
            "</span></li>"
            for o in picks
        ],
        "</ul>",
        "</section>",
        "</main>",
        '<footer class="site-footer">',
        '<div class="signup">',
        "<h2>Newsletter</h2>",
        f"<p>{esc(c.snip('Get our latest news and campaign updates by email.'))}</p>",
        '<form action="/newsletter" method="post"><input type="email" name="email">'
        "<button>Sign up</button></form>",
        "</div>",
        f"<p>{esc(c.snip(f'{charity}. {org} is a company limited by guarantee.'))}</p>",
        f"<p>{esc(c.snip(f'© {YEAR} {org}. All rights reserved.'))}</p>",
        "</footer>",
    ]
    return _close_page(c, lines, "cookie-notice")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "tailwind-jamstack": render_tailwind_jamstack,
    "fr-quotidien-brbr": render_fr_quotidien_brbr,
    "ngo-press-release": render_ngo_press_release,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402

from pipeline.synth.kit import _bare_place, _close_page  # noqa: E402
from pipeline.synth.publishers import MONTHS, YEAR, Ctx, _j, _nav_links, _share_links, _slug, esc  # noqa: E402
