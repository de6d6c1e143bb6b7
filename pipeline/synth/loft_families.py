"""Three LOFT template families for the synthetic publishers (see `pipeline.synth.publishers`).

"loft" is a tenth split, next to "train", "test", "fresh", "blind", "sealed", "vault", "attic",
"cellar" and "crypt": families written by a session that read neither the extractor nor any
extraction result (nor the benchmark notes), so no extraction rule was written or tuned against
them. They are held out until they are measured once; once their scores have been looked at, they
are no longer held out, and a later held-out measurement needs new families.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `LOFT_FAMILIES`: the loft families are
generated only by `generate_corpus("loft")`, never by "all", "train", "test" or another held-out
split, so those corpora are as they were. The truth conventions are the usual ones (body,
boilerplate snippets of four words or more, pull quotes in `repeated`, aware `published_at`, clean
`title` without the site name), those the cellar and crypt splits added, and, new here:
  * the dateline that opens a press release ("SPRINGFIELD, March 7, 2026 /Site/ -- ") is body
    text: it is the start of the first body line, the wire's name in it a link;
  * the issuer's "About <Company>" paragraph, its forward-looking statements notice, the media
    contact block and the "SOURCE <Company>" line closing a release are boilerplate (the same on
    every release of that company), as is the wire's own disclaimer;
  * a French sports article's chapô in an <h2> above the text is body (its first line); the live
    score widget, the "Le direct" ticker, the league table and the "Lire aussi" boxes between the
    paragraphs are not;
  * a nonprofit newsroom's donation box and newsletter sign-up inside the text column, and the
    "Republish this article" box with its Creative Commons notice, are boilerplate.

Families (language; date source):
  loft   prwire-distribution   en; a NewsArticle JSON-LD datePublished with offset and the visible
                               "Mar 07, 2026, 14:30 EST" under "News provided by <Company>"; a
                               business press-release wire (PR Newswire-like): "Send a Release"
                               bar, the release's headline and sub-headline-free text in
                               <div class="release-body"> of <p>s (subheadings as <p><b>), the
                               dateline opening the first paragraph (body: see above), "About
                               <Company>", forward-looking statements (for some companies),
                               "Media Contact:" lines, "SOURCE <Company>", "Photo - https://..."
                               multimedia line, "Share this article", "Explore more news releases
                               in similar topics", the "Looking to send a news release with
                               <Site>?" promo and the wire's disclaimer; URLs
                               /news-releases/slug-30NNNNNN.html; <title> "T | Site"
  loft   fr-sport-direct       fr; JSON-LD datePublished in UTC ("Z") and a <time datetime> in UTC,
                               visible "Publié le 7 mars 2026 à 14h30" and "Mis à jour le ..."; a
                               French sports daily (L'Équipe-like): sports menu, the live score
                               strip ("Ligue 1 – 26e journée" and results), the chapô as
                               <h2 class="article__chapo"> (body), <h3> subheadings, "Lire aussi"
                               boxes between the paragraphs, the subscription promo in the text
                               column ("Abonnez-vous à <Site> : ..."), "Réagir (N)" comments,
                               "Le direct" ticker, the league table, "Les plus lus" and the footer;
                               URLs /football/article/slug/NNNNNNN; <title> "T - Site"
  loft   newspack-nonprofit    en; <time class="entry-date published" datetime> with offset showing
                               "March 7, 2026", "Updated ..." time, article:published_time with
                               offset; a nonprofit local newsroom on WordPress Newspack: the
                               "Donate" header button, the mission tagline, "Republish this
                               article" button and box (Creative Commons notice, credit line),
                               the donation box and newsletter sign-up between the paragraphs,
                               "Filed under: ..." tags, the author's bio (the same on every post),
                               "Read next" titles, the fiscal sponsor's footer line ("... a
                               501(c)(3) nonprofit organization. EIN ...") and "Powered by
                               Newspack"; URLs /YYYY/MM/DD/slug/; <title> "T - Site"

Every renderer gives every story of its publisher the platform's own URL on first use (the stories
are rebuilt for each `render_publisher` call, so this is deterministic). The wire's renderer puts
the dateline in front of the first paragraph and trims sentences where the body would pass 900
words, so `body`, taken from the story after rendering, has it. The wire and newsroom names are
their own (`FAMILY_SITE_FORMS`); the French daily's names are the French forms.
"""

from __future__ import annotations

from datetime import UTC, timedelta

FAMILIES: dict[str, str] = {
    "prwire-distribution": "loft",
    "fr-sport-direct": "loft",
    "newspack-nonprofit": "loft",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "fr-sport-direct": "fr",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "prwire-distribution": (
        "{p} Business Wire Service",
        "{p} Press Release Network",
        "{p} Newswire",
        "Release Desk {p}",
    ),
    "newspack-nonprofit": (
        "The {p} Beacon",
        "{p} Civic Ledger",
        "{p} Public Press",
        "{p} Watchdog",
        "Open {p} Reporting",
    ),
}


# --- prwire-distribution -----------------------------------------------------------------------

PR_SUFFIXES = (
    "Technologies Inc.",
    "Health Group, Inc.",
    "Energy Partners LP",
    "Financial Holdings Corp.",
    "Logistics Solutions Ltd.",
    "Foods Company, Ltd.",
    "Software Systems Inc.",
)
PR_WHAT = (
    "a provider of cloud software for mid-sized manufacturers",
    "a regional healthcare services company",
    "an independent developer of solar and storage projects",
    "a diversified financial services holding company",
    "a third-party logistics and warehousing provider",
    "a producer of packaged and frozen foods",
    "a cybersecurity company serving banks and insurers",
)
PR_TOPICS = (
    "Business & Finance",
    "Technology",
    "Health",
    "Energy",
    "Consumer Products",
    "Transportation",
    "Earnings",
    "New Products & Services",
)
PR_MENU = ("News", "Business & Money", "Science & Tech", "Lifestyle & Health", "Policy & Public Interest")


def _pr_shown(dt: datetime) -> str:
    """ "Mar 07, 2026, 14:30 EST"."""
    return f"{dt:%b %d, %Y, %H:%M} {dt.tzname()}"


def _pr_company(c: Ctx) -> tuple[str, str, str, bool]:
    """The issuer of this release (one of the site's four clients): name, what it is, its city and
    whether it adds a forward-looking statements notice."""
    pool = c.stable("pr-clients")
    prose = prose_for("en", pool)
    clients = []
    for k in range(4):
        clients.append((f"{prose.place()} {PR_SUFFIXES[pool.randrange(len(PR_SUFFIXES))]}",
                        pool.choice(PR_WHAT), prose.place(), k % 2 == 0))
    return c.stable(f"client-{c.story.title}").choice(clients)


def render_prwire_distribution(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    r = c.stable("loft-pr")
    rid = c.stable(f"rid-{s.title}").randint(30_000_000, 30_999_999)
    c.repath(
        lambda o: f"/news-releases/{_aslug(o.title)[:80].strip('-')}-"
        f"{c.stable(f'rid-{o.title}').randint(30_000_000, 30_999_999)}.html"
    )
    company, what, city, fls = _pr_company(c)
    # the dateline opens the first paragraph: body text
    first = _paras(s)[0]
    dateline = f"{city.upper()}, {MONTHS['en'][d.month - 1]} {d.day}, {d.year} /{pub.name}/ --"
    s.sentences[first][0] = f"{dateline} {s.sentences[first][0]}"
    s.blocks[first] = ("p", " ".join(s.sentences[first]))
    _trim(s)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Organization", "name": company},
        "publisher": {"@type": "Organization", "name": pub.name},
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta name="description" content="{esc(_excerpt(s, 30))}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(ld),
        "</head>",
        '<body class="release-page">',
        '<div class="top-bar"><a href="/account/login">Sign In</a> '
        f'<a class="btn" href="/account/signup">{esc(c.snip("Send a Release"))}</a> '
        f'<span>{esc(c.snip("Customer Service: 1-800-555-0199"))}</span></div>',
        f'<header><a href="/" class="logo">{esc(pub.name)}</a><nav><ul>',
        *[f'<li><a href="/news-releases/{_aslug(x)}/">{esc(x)}</a></li>' for x in PR_MENU],
        "</ul></nav></header>",
    ]
    c.snip(" ".join(PR_MENU[:3]))
    c.snip(f"News provided by {company}")
    lines += [
        '<main><article class="release">',
        '<header class="release-header">',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="release-meta"><p>News provided by <a href="/news/{_aslug(company)}/">'
        f"{esc(company)}</a></p>",
        f'<p class="mb-no">{esc(_pr_shown(d))}</p></div>',
        f'<div class="share"><span>{esc(c.snip("Share this article"))}</span> '
        '<a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>',
        "</header>",
    ]
    photo = c.snip(f"Photo - https://mma.{pub.host}/prnh/{d:%Y%m%d}/{rid % 10_000_000}.jpg "
                   f"({_aslug(company)[:20]})")
    body: list[str] = []
    for i, (tag, text) in enumerate(s.blocks):
        if tag == "p" and i == first:
            rest = esc(text[len(dateline):])
            body.append(f"<p>{esc(city.upper())}, {MONTHS['en'][d.month - 1]} {d.day}, {d.year} "
                        f'/<a href="http://{pub.host}/" rel="nofollow">{esc(pub.name)}</a>/ --{rest}</p>')
        elif tag == "p":
            body.append(f"<p>{c.inline(text)}</p>")
        else:
            body.append(f"<p><b>{esc(text)}</b></p>")
    slug = _aslug(company.split(" ")[0])
    about = c.snip(
        f"{company} is {what}, headquartered in {city}. For more information, visit www.{slug}.example "
        f"and follow the company on LinkedIn."
    )
    lines += [
        '<div class="release-body">',
        *body,
        f"<p><b>{esc(c.snip(f'About {company}'))}</b></p>",
        f"<p>{esc(about)}</p>",
    ]
    if fls:
        notice = c.snip(
            f"This press release contains forward-looking statements within the meaning of the Private "
            f"Securities Litigation Reform Act of 1995. {company} undertakes no obligation to update "
            "any forward-looking statement, except as required by law."
        )
        lines += ["<p><b>Forward-Looking Statements</b></p>", f"<p>{esc(notice)}</p>"]
    cr = c.stable(f"contact-{company}")
    person = prose_for("en", cr).person()
    contact = c.snip(f"Media Contact: {person}, Director of Communications, {company}")
    mail = c.snip(f"press@{slug}.example | +1 {cr.randint(200, 989)}-555-{cr.randint(1000, 9999)}")
    source = c.snip(f"SOURCE {company}")
    lines += [
        f"<p>{esc(contact)}</p>",
        f"<p>{esc(mail)}</p>",
        f'<p class="multimedia">{esc(photo)}</p>',
        f'<p class="source">{esc(source)}</p>',
        "</div>",
    ]
    topics = c.stable(f"topics-{s.title}").sample(PR_TOPICS, 3)
    more = c.snip("Explore more news releases in similar topics")
    lines += [
        f'<section class="explore"><h2>{esc(more)}</h2><ul>',
        *[f'<li><a href="/news-releases/{_aslug(x)}/">{esc(x)}</a></li>' for x in topics],
        "</ul></section>",
        f'<section class="more-from"><h2>{esc(c.snip(f"More news releases from {company}"))}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(3)],
        "</ul></section>",
        "</article></main>",
    ]
    promo = c.snip(f"Looking to send a news release with {pub.name}? Get started with a free account today.")
    disclaimer = c.snip(
        f"{pub.name} distributes releases on behalf of its clients; the issuer is solely responsible for "
        "the content of each announcement."
    )
    lines += [
        f'<div class="promo"><p>{esc(promo)}</p></div>',
        "<footer>",
        f"<p>{esc(disclaimer)}</p>",
        f"<p>{esc(c.snip(f'© {YEAR} {pub.name}. All Rights Reserved.'))}</p>",
        f"<p>{esc(c.snip('Terms of Use Privacy Policy Cookie Settings'))}</p>",
        "</footer>",
    ]
    if c.has("cookie"):
        lines.append(f'<div id="cookie-banner"><p>{esc(c.text("cookie"))}</p><button>Accept</button></div>')
    lines += [f'<script src="/assets/release.{_hex(r, 8)}.js"></script>', "</body>", "</html>"]
    return _j(lines)


# --- fr-sport-direct ---------------------------------------------------------------------------

FS_MENU = ("Football", "Rugby", "Tennis", "Cyclisme", "Basket", "Handball", "Formule 1", "Voile")
FS_CLUBS = ("FC {p}", "Stade {p}", "Olympique de {p}", "AS {p}", "Racing Club {p}", "US {p}")
FS_TICKER = (
    "{a} s'impose face à {b} en ouverture de la journée",
    "Le groupe de {a} pour le déplacement à {b}",
    "Blessé, le capitaine de {a} forfait contre {b}",
    "Les compositions officielles de {a} – {b}",
)


def _fs_clubs(c: Ctx) -> list[str]:
    r = c.stable("fs-clubs")
    prose = prose_for("fr", r)
    out: list[str] = []
    while len(out) < 8:
        club = r.choice(FS_CLUBS).format(p=prose.place()).replace("de A", "d'A").replace("de O", "d'O")
        if club not in out:
            out.append(club)
    return out


def render_fr_sport_direct(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    r = c.stable("loft-fs")
    c.repath(
        lambda o: f"/football/article/{_aslug(o.title)}/"
        f"{c.stable(f'fsid-{o.title}').randint(1_200_000, 1_999_999)}"
    )
    clubs = _fs_clubs(c)
    month = MONTHS["fr"]
    modified = d + timedelta(minutes=c.rng.randint(20, 300))
    shown = f"Publié le {d.day} {month[d.month - 1]} {d.year} à {d:%H}h{d:%M}"
    updated = (
        f"Mis à jour le {modified.day} {month[modified.month - 1]} {modified.year} "
        f"à {modified:%H}h{modified:%M}"
    )
    utc = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": utc,
        "dateModified": modified.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "fr-FR",
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="fr-FR">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(ld),
        "</head>",
        '<body class="page-article sport">',
        f'<header class="Header"><a class="Header__logo" href="/">{esc(pub.name)}</a>',
        '<nav class="Header__menu"><ul>',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in FS_MENU],
        "</ul></nav>",
        f'<a class="Header__abo" href="/abonnement/">{esc(c.snip("Je m’abonne dès 1 €"))}</a></header>',
    ]
    c.snip(" ".join(FS_MENU[:5]))
    day = c.stable(f"fs-day-{d:%Y%m%d}")
    journee = c.snip(f"Ligue 1 – {day.randint(3, 34)}e journée")
    pairs = day.sample(clubs, 6)
    lines.append('<div class="ScoreStrip"><span class="ScoreStrip__comp">' + esc(journee) + "</span><ul>")
    for k in range(0, 6, 2):
        state = ("terminé", "mi-temps", "en cours")[k // 2]
        score = c.snip(f"{pairs[k]} {day.randint(0, 4)} – {day.randint(0, 3)} {pairs[k + 1]} ({state})")
        lines.append(f'<li class="ScoreStrip__match"><a href="/football/match-direct/">{esc(score)}</a></li>')
    lines.append("</ul></div>")
    lines += [
        '<main class="Article">',
        f'<p class="Article__kicker">{esc(s.section)}</p>',
        f'<h1 class="Article__title">{esc(s.title)}</h1>',
    ]
    # the chapô: the first paragraph, as an <h2> (body)
    paras = _paras(s)
    chapo = s.blocks[paras[0]][1]
    author = c.snip(f"Par {s.author.name}, envoyé spécial")
    lines += [
        f'<h2 class="article__chapo">{esc(chapo)}</h2>',
        f'<div class="Article__meta"><span class="Article__author">{esc(author)}</span> '
        f'<time datetime="{utc}">{esc(c.snip(shown))}</time> '
        f'<span class="Article__update">{esc(c.snip(updated))}</span> '
        f'<a class="Article__comments" href="#reactions">Réagir ({c.rng.randint(0, 180)})</a></div>',
    ]
    body: list[str] = []
    for i, (tag, text) in enumerate(s.blocks):
        if i == paras[0]:
            continue
        if tag == "p":
            body.append(f'<p class="Paragraph">{c.inline(text)}</p>')
        else:
            body.append(f'<h3 class="article__intertitre">{esc(text)}</h3>')
    inserts: list[tuple[int, str]] = []
    for n, o in zip((0, 3), c.pick_others(2), strict=False):
        c.snip(o.title)
        inserts.append((n, f'<aside class="LireAussi"><span class="LireAussi__label">Lire aussi</span> '
                           f'<a href="{esc(o.path)}">{esc(o.title)}</a></aside>'))
    promo = c.snip(f"Abonnez-vous à {pub.name} : 1 € le premier mois, sans engagement, "
                   "et accédez à tous les articles.")
    inserts.append(
        (1, f'<div class="Paywall__inline"><p>{esc(promo)}</p><a href="/abonnement/">Je m’abonne</a></div>')
    )
    lines += ['<div class="Article__body">', *_insert_after(body, '<p class="Paragraph">', inserts), "</div>"]
    react = c.snip(f"Réagissez à cet article : la discussion est réservée aux abonnés de {pub.name}.")
    lines += [
        f'<section id="reactions" class="Reactions"><h2>Réactions</h2><p>{esc(react)}</p></section>',
        "</main>",
        '<aside class="Sidebar">',
        '<section class="Direct"><h2>Le direct</h2><ul>',
    ]
    tr = c.stable(f"fs-ticker-{d:%Y%m%d}")
    for k, template in enumerate(tr.sample(FS_TICKER, 3)):
        a, b = tr.sample(clubs, 2)
        item = c.snip(f"{(d - timedelta(minutes=17 * (k + 1))):%H:%M} {template.format(a=a, b=b)}")
        lines.append(f"<li>{esc(item)}</li>")
    lines += ["</ul></section>", '<section class="Classement"><h2>Classement Ligue 1</h2><table>']
    points = sorted((r.randint(20, 60) for _ in clubs), reverse=True)
    for rank, (club, pts) in enumerate(zip(r.sample(clubs, 5), points, strict=False), start=1):
        c.snip(f"{rank} {club} {pts}")
        lines.append(f"<tr>\n<td>{rank}</td>\n<td>{esc(club)}</td>\n<td>{pts}</td>\n</tr>")
    lines += ["</table></section>", '<section class="PlusLus"><h2>Les plus lus</h2><ol>']
    lines += [f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(4)]
    lines += ["</ol></section>", "</aside>"]
    rights = c.snip(f"© {YEAR} {pub.name} – Tous droits réservés – Reproduction interdite sans autorisation")
    lines += [
        '<footer class="Footer">',
        f"<p>{esc(c.snip('Mentions légales Conditions générales Gestion des cookies Nous contacter'))}</p>",
        f"<p>{esc(rights)}</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- newspack-nonprofit ------------------------------------------------------------------------

NP_MENU = ("News", "Education", "Environment", "Government", "Housing", "Data", "Events", "About")
NP_TAGS = ("City Council", "schools", "housing", "public health", "budget", "transit", "elections",
           "police accountability", "water", "climate")
NP_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def render_newspack_nonprofit(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    place = _place(c)
    r = c.stable("loft-np")
    c.repath(lambda o: f"/{o.published:%Y/%m/%d}/{_aslug(o.title)}/")
    modified = d + timedelta(hours=c.rng.randint(1, 30))
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:modified_time" content="{modified.isoformat(timespec="seconds")}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f"<link rel='stylesheet' id='newspack-theme-css' href='/wp-content/themes/newspack-theme/"
        f"style.css?ver={r.randint(1, 2)}.{r.randint(0, 30)}.0' media='all'>",
        "</head>",
        '<body class="post-template-default single single-post '
        f'postid-{c.stable(f"pid-{s.title}").randint(10_000, 99_999)} '
        'newspack-theme single-featured-image-default">',
    ]
    tagline = c.snip(f"{pub.name} is a nonprofit, nonpartisan newsroom covering {place}.")
    lines += [
        '<header id="masthead" class="site-header">',
        f'<div class="site-branding"><a href="/" rel="home" class="site-title">{esc(pub.name)}</a>'
        f'<p class="site-description">{esc(tagline)}</p></div>',
        '<nav class="main-navigation"><ul>',
        *[f'<li class="menu-item"><a href="/category/{x.lower()}/">{x}</a></li>' for x in NP_MENU],
        "</ul></nav>",
        f'<a class="button donate" href="/donate/">Donate</a> '
        f'<a class="button" href="/newsletters/">{esc(c.snip("Sign up for newsletters"))}</a>',
        "</header>",
    ]
    c.snip(" ".join(NP_MENU[:5]))
    filed = c.snip(f"Filed under: {s.section}, " + ", ".join(c.stable(f"tags-{s.title}").sample(NP_TAGS, 2)))
    cc = c.snip(
        "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License."
    )
    credit = c.snip(f"by {a.name}, {pub.name} {_en_date(d)}")
    please = f"Please credit {pub.name} and link back to the original story when you republish it."
    lines += [
        '<main id="main" class="site-main"><article class="post type-post status-publish">',
        '<header class="entry-header">',
        f'<span class="cat-links"><a href="/category/{_aslug(s.section)}/">{esc(s.section)}</a></span>',
        f'<h1 class="entry-title">{esc(s.title)}</h1>',
        '<div class="entry-subhead"><div class="entry-meta">',
        f'<span class="byline"><span class="author-avatar"></span>by <span class="author vcard">'
        f'<a class="url fn n" href="/author/{_aslug(a.name)}/">{esc(a.name)}</a></span></span>',
        f'<span class="posted-on"><time class="entry-date published" datetime="{c.iso()}">'
        f"{esc(_en_date(d))}</time></span>",
        f'<span class="updated-label">Updated <time class="updated" datetime="'
        f'{modified.isoformat(timespec="seconds")}">{esc(f"{_en_date(modified)} {modified:%I:%M %p}")}'
        "</time></span>",
        "</div>",
        '<div class="newspack-republish-button"><button class="republish">Republish this article</button>'
        '<div class="republication-tracker-tool-modal" role="dialog">'
        f"<h2>{esc(c.snip('Republish this article'))}</h2>"
        f"<p>{esc(cc)}</p>"
        f"<p>{esc(c.snip(please))}</p>"
        f'<p class="credit">{esc(credit)}</p></div></div>',
        "</div></header>",
    ]
    body = c.body_html(
        p=lambda h: f"<p>{h}</p>",
        pullquote=lambda h: (
            f'<figure class="wp-block-pullquote"><blockquote><p>{h}</p></blockquote></figure>'
        ),
    )
    donate = c.snip(
        f"Support independent, nonprofit local journalism in {place}. Make a tax-deductible donation today."
    )
    day = c.stable("np-day").choice(NP_DAYS)
    letter = c.snip(f"Get {pub.name}'s free newsletter in your inbox every {day} morning.")
    inserts = [
        (2, '<div class="wp-block-newspack-blocks-donate"><div class="wpbnbd__button-container">'
            f'<p>{esc(donate)}</p><button type="submit">Donate now</button></div></div>'),
        (4, '<div class="newspack-newsletters-subscribe"><form>'
            f'<p class="newspack-newsletters-subscribe__label">{esc(letter)}</p>'
            '<input type="email" placeholder="Email address">'
            '<input type="submit" value="Sign up"></form></div>'),
    ]
    lines += ['<div class="entry-content">', *_insert_after(body, "<p>", inserts), "</div>"]
    lines += ['<footer class="entry-footer">', f'<span class="tags-links">{esc(filed)}</span>']
    if c.has("bio"):
        lines.append(
            f'<div class="author-bio"><h2 class="accent-header"><a href="/author/{_aslug(a.name)}/">'
            f"{esc(a.name)}</a></h2><p>{esc(c.bio())}</p>"
            f'<a class="author-link" href="/author/{_aslug(a.name)}/">More by {esc(a.name)}</a></div>'
        )
    lines += ["</footer>", "</article>"]
    lines += [
        f'<section class="read-next"><h2>{esc(c.snip("Read next from our newsroom"))}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(3)],
        "</ul></section>",
        "</main>",
    ]
    foundation = c.stable("np-foundation")
    sponsor = c.snip(
        f"{pub.name} is a project of the {place} Civic Media Foundation, a 501(c)(3) nonprofit "
        f"organization. EIN {foundation.randint(10, 99)}-{foundation.randint(1_000_000, 9_999_999)}."
    )
    lines += [
        '<footer id="colophon" class="site-footer">',
        f"<p>{esc(sponsor)}</p>",
        f"<p>{esc(c.snip(f'© {YEAR} {pub.name}. Powered by Newspack.'))}</p>",
        f"<p>{esc(c.snip('Privacy Policy Ethics Policy Corrections Policy Donor List'))}</p>",
        "</footer>",
    ]
    return _close_page(c, lines, "newspack-cookie")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "prwire-distribution": render_prwire_distribution,
    "fr-sport-direct": render_fr_sport_direct,
    "newspack-nonprofit": render_newspack_nonprofit,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import datetime  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _aslug,
    _close_page,
    _en_date,
    _excerpt,
    _hex,
    _insert_after,
    _ldjson,
    _paras,
    _place,
    _trim,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import (  # noqa: E402
    MONTHS,
    YEAR,
    Ctx,
    _j,
    esc,
)
