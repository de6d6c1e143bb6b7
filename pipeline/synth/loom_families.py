"""Four LOOM template families for the synthetic publishers (see `pipeline.synth.publishers`).

"loom" is a seventeenth split, next to "train", "test", "fresh", "blind", "sealed", "vault", "attic",
"cellar", "crypt", "loft", "shed", "barn", "mill", "silo", "byre" and "kiln": families written by a
session that read neither the extractor nor any extraction result, so no extraction rule was
written or tuned against them. They are held out until they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `LOOM_FAMILIES`: the loom families are
generated only by `generate_corpus("loom")`, so every other corpus is as it was. No new language:
English, German and Italian come from `pipeline.synth.prose`.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more, aware
`published_at`, clean `title` without the site name) and those of the earlier held-out splits (a
standfirst that opens the story is body; in-text "read also" lines and calls to action are
boilerplate even in the paragraphs' own markup; a bulleted list and a <blockquote> inside the text
are body, one line per item; a photo's caption and credit are boilerplate). New here:
  * an old forum-era community paper (vBulletin-like skin): the text is one <td> whose paragraphs
    are separated by <br><br> only, subheadings are <b> lines of their own (body); the
    "[Related: ...]" lines among the paragraphs (in <i>), the "Printer-friendly version" and
    "E-mail this story to a friend" links, the visitor counter and the "Powered by" line are
    boilerplate;
  * a regional Italian TV news site, video first: the player ("Guarda il video", the length), the
    "Il servizio di ..." credit under it and the "Ascolta la diretta" strip are boilerplate; the
    text below the video (with a bulleted list) is body; "Leggi anche" lines in <p><strong> amid the
    text and the "Riproduzione riservata" line are boilerplate;
  * a Swiss/Austrian German daily: the lead (<p class="lead">) is body, the "Mehr zum Thema" box amid
    the text, the "Abo" badge, the "Bild: Keystone"-style credit, the "Fehler gefunden?" line, the
    comment count and the "Themen" tag list are boilerplate; a <blockquote> in the text is body;
  * an Irish local weekly on a shared regional CMS: the standfirst (<h2 class="standfirst">) is
    body; "READ MORE:" lines and the newsletter signup box amid the text, the photo credit
    ("Picture: ..."), the e-paper call to action, the author's bio, "Death notices" and the group
    footer are boilerplate; a bulleted list in the text is body.

Families (language; date source):
  loom   vb-community-gazette   en; the date only in the visible text ("Posted by <author> on
                               03-07-2026, 02:30 PM", no zone), no date metadata; URLs
                               /news/showarticle.php?a=NNNNN; <title> "Site :: T"
  loom   it-tg-regionale-video  it; a VideoObject JSON-LD uploadDate in UTC ("...Z") and the visible
                               "07/03/2026 - 14:30"; URLs /video/section/slug_NNNNNNN.shtml;
                               <title> "T - Site"
  loom   de-ch-tageszeitung-mehr
                               de; a NewsArticle JSON-LD datePublished with offset and the visible
                               "Publiziert: 07.03.2026, 14.30 Uhr"; URLs /section/slug-NNNNNNNNNNN;
                               <title> "T | Site"
  loom   ie-local-weekly-group  en; <meta property="article:published_time"> and <time datetime> with
                               offset, the visible "Saturday 7 March 2026 at 14:30"; URLs
                               /news/section/NNNNNNNN/slug.html; <title> "T - Site"

Every renderer gives every story of its publisher the platform's own URL on first use; each keeps
the body within 14 lines and 250-900 words, so `body`, taken from the story after rendering, has them.
"""

from __future__ import annotations

FAMILIES: dict[str, str] = {
    "vb-community-gazette": "loom",
    "it-tg-regionale-video": "loom",
    "de-ch-tageszeitung-mehr": "loom",
    "ie-local-weekly-group": "loom",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "it-tg-regionale-video": "it",
    "de-ch-tageszeitung-mehr": "de",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "vb-community-gazette": ("The {p} Town Crier", "{p} Community Gazette", "The {p} Bugle Online",
                             "{p} Hometown News", "The {p} Grapevine"),
    "it-tg-regionale-video": ("Tele{p}", "TG {p}", "Rete {p}", "Antenna {p}", "{p} Channel"),
    "ie-local-weekly-group": ("The {p} Champion", "{p} Leader", "The {p} Nationalist", "{p} Advertiser",
                              "The {p} Democrat"),
}


# --- vb-community-gazette ----------------------------------------------------------------------

VB_MENU = ("Home", "Local News", "Sports", "Obituaries", "Classifieds", "Forums", "Photo Gallery",
           "Contact Us")


def _vb_stamp(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    return f"{dt:%m-%d-%Y}, {hour:02d}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"


def render_vb_community_gazette(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    c.repath(lambda o: f"/news/showarticle.php?a={c.stable(f'vb-{o.published}').randint(10000, 99999)}")
    s.blocks = [("h3", x) if tag == "h2" else (tag, x) for tag, x in s.blocks]
    _fit(c)
    lines = [
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
        '<html lang="en">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f"<title>{esc(pub.name)} :: {esc(s.title)}</title>",
        '<meta name="generator" content="vBulletin 3.8.4">',
        "</head>",
        '<body bgcolor="#E1E1E2" text="#000000" link="#22229C" vlink="#22229C">',
        '<table width="760" align="center" border="0" cellpadding="0" cellspacing="0">',
        f'<tr><td class="tcat"><center><font size="5" face="Georgia"><b>{esc(pub.name)}</b></font>'
        "</center></td></tr>",
    ]
    if c.has("tagline"):
        lines.append(f'<tr><td><center><font size="1"><i>{esc(c.snip(pub.tagline))}</i></font></center>'
                     "</td></tr>")
    c.snip(" | ".join(VB_MENU[:5]))
    lines.append('<tr><td class="vbmenu_control"><font size="2">'
                 + " | ".join(f'<a href="/{_aslug(x)}.php">{esc(x)}</a>' for x in VB_MENU)
                 + "</font></td></tr>")
    posted = c.snip(f"Posted by {s.author.name} on {_vb_stamp(d)}")
    lines += [
        '<tr><td class="alt1" valign="top">',
        f'<font face="Verdana, Arial" size="4"><b>{esc(s.title)}</b></font><br>',
        f'<font size="1" color="#666666">{esc(posted)}</font><br><br>',
    ]
    others = c.pick_others(8)
    parts: list[str] = []
    for tag, text in s.blocks:
        if tag == "p":
            parts.append(f'<font face="Verdana, Arial" size="2">{c.inline(text)}</font>')
        else:
            parts.append(f"<b>{esc(text)}</b>")
    paras = [i for i, (tag, _) in enumerate(s.blocks) if tag == "p"]
    for k, o in zip((paras[1], paras[-2]), others[:2], strict=False):
        c.snip(f"[Related: {o.title}]")
        parts[k] += f'\n<br><br>\n<i>[Related: <a href="{esc(o.path)}">{esc(o.title)}</a>]</i>'
    lines.append("\n<br><br>\n".join(parts))
    pf = c.snip("Printer-friendly version")
    em = c.snip("E-mail this story to a friend")
    cm = c.snip(f"Discuss this story in our forums ({c.rng.randint(0, 40)} replies)")
    lines += [
        "<br><br>",
        f'<font size="1"><a href="/print.php">{esc(pf)}</a> &middot; <a href="/sendmessage.php">{esc(em)}</a>'
        f' &middot; <a href="/forums/">{esc(cm)}</a></font>',
        "</td></tr>",
    ]
    head = c.snip("More local news from around town")
    lines += [
        f'<tr><td class="alt2"><font size="2"><b>{esc(head)}</b><br>',
        *[f'&raquo; <a href="{esc(o.path)}">{esc(c.snip(o.title))}</a><br>' for o in others[2:7]],
        "</font></td></tr>",
    ]
    count = c.snip(f"You are visitor number {c.rng.randint(100000, 999999):07d} since January 2003")
    lines += [
        f'<tr><td><center><font size="1">{esc(count)}<br>',
        esc(c.snip("Powered by vBulletin® Version 3.8.4 Copyright ©2000 - 2026, Jelsoft Enterprises Ltd."))
        + "<br>",
        f"{esc(c.copyright())}</font></center></td></tr>",
        "</table>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- it-tg-regionale-video ---------------------------------------------------------------------

IT_TG_MENU = ("Home", "TG", "Cronaca", "Politica", "Sport", "Meteo", "Programmi", "Diretta")
IT_TG_FOOTER = ("Chi siamo", "Palinsesto", "Pubblicità", "Privacy", "Cookie policy")


def render_it_tg_regionale_video(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    c.repath(lambda o: f"/video/{_aslug(o.section)}/{_aslug(o.title)[:60].strip('-')}_"
                       f"{c.stable(f'tg-{o.published}').randint(1000000, 9999999)}.shtml")
    _fit(c)
    _listify(c, set())
    secs = c.rng.randint(60, 300)
    video = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": s.title,
        "uploadDate": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "duration": f"PT{secs // 60}M{secs % 60}S",
        "thumbnailUrl": f"https://static.example/thumb/{_hex(c.rng, 12)}.jpg",
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="it">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="video.other">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(video),
        "</head>",
        '<body class="tg-video">',
        f'<header><a class="logo" href="/">{esc(pub.name)}</a><nav>',
        *[f'<a href="/{_aslug(x)}/">{esc(x)}</a>' for x in IT_TG_MENU],
        "</nav></header>",
    ]
    c.snip(" ".join(IT_TG_MENU[:5]))
    live = c.snip(f"Ascolta la diretta di {pub.name}")
    lines.append(f'<div class="live-strip"><span class="dot"></span> <a href="/diretta/">{esc(live)}</a>'
                 "</div>")
    watch = c.snip(f"Guarda il video · Durata {secs // 60:02d}:{secs % 60:02d}")
    by = c.snip(f"Il servizio di {s.author.name}")
    stamp = f"{d:%d/%m/%Y} - {d:%H:%M}"
    lines += [
        '<main><div class="player-wrap">',
        f'<div class="player" data-video-id="{_hex(c.rng, 10)}"><button>&#9654;</button>'
        f'<span class="label">{esc(watch)}</span></div>',
        f'<p class="servizio">{esc(by)}</p>',
        "</div>",
        '<article class="scheda">',
        f'<span class="sezione">{esc(s.section)}</span>',
        f"<h1>{esc(s.title)}</h1>",
        f'<p class="data">{stamp}</p>',
    ]
    body = _render_blocks(c, p="<p>", quote="<blockquote>{}</blockquote>", ul="<ul>",
                          heading=lambda tag, h: f"<h2>{h}</h2>")
    others = c.pick_others(8)
    inserts: list[tuple[int, str]] = []
    for k, o in zip((1, 3), others[:2], strict=False):
        c.snip(f"Leggi anche: {o.title}")
        inserts.append((k, f'<p><strong>Leggi anche:</strong> <a href="{esc(o.path)}">{esc(o.title)}</a>'
                           "</p>"))
    ad = c.snip("Pubblicità – il servizio continua sotto")
    inserts.append((2, f'<div class="adv"><span>{esc(ad)}</span><div class="slot"></div></div>'))
    lines += [
        '<div class="testo">',
        *_insert_after(body, "<p>", inserts, skip="<p><strong>"),
        "</div>",
        f'<p class="riproduzione">{esc(c.snip(f"© Riproduzione riservata {pub.name}"))}</p>',
        _share_bar(c, "condividi"),
        "</article>",
        f'<aside class="altri-video"><h2>{esc(c.snip("Altri video che potrebbero interessarti"))}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:7]],
        "</ul></aside>",
        "</main>",
    ]
    c.snip(" ".join(IT_TG_FOOTER[:4]))
    lines += [
        "<footer><ul>",
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in IT_TG_FOOTER],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- de-ch-tageszeitung-mehr -------------------------------------------------------------------

CH_MENU = ("Startseite", "Region", "Schweiz", "International", "Wirtschaft", "Sport", "Kultur", "Meinung")
CH_AGENCIES = ("Keystone", "KEYSTONE/Ennio Leanza", "APA/Helmut Fohringer", "zvg", "Archiv")
CH_CAPTIONS = (
    "Der Gemeinderat hat das Geschäft am Dienstag beraten.",
    "Die Baustelle steht seit Wochen still.",
    "Das Projekt ist in der Gemeinde umstritten.",
    "Die Pläne wurden an einem Informationsabend vorgestellt.",
)


def render_de_ch_tageszeitung_mehr(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    c.repath(lambda o: f"/{_aslug(o.section)}/{_aslug(o.title)[:60].strip('-')}-"
                       f"{c.stable(f'ch-{o.published}').randint(10**10, 10**11 - 1)}")
    _split_lead(c, 1)
    _fit(c, keep=2)
    _quotify(c)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
        "isAccessibleForFree": False,
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="de-CH">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="article-page">',
        f'<header class="masthead"><a href="/">{esc(pub.name)}</a> <a class="abo" href="/abo">Abo</a>'
        "</header>",
        '<nav class="ressorts">' + " ".join(f'<a href="/{_aslug(x)}">{esc(x)}</a>' for x in CH_MENU)
        + "</nav>",
    ]
    c.snip(" ".join(CH_MENU[:5]))
    abo = c.snip("Abo+ Dieser Artikel ist für Abonnentinnen und Abonnenten")
    n_comments = c.rng.randint(2, 80)
    lead = s.blocks[0][1]
    lines += [
        '<main><article class="article">',
        f'<div class="article-badge">{esc(abo)}</div>',
        f'<span class="overline">{esc(s.section)}</span>',
        f"<h1>{esc(s.title)}</h1>",
        f'<p class="lead">{esc(lead)}</p>',
        f'<div class="meta"><span class="author">{esc(s.author.name)}</span> '
        f'<span class="published">{esc(c.snip(f"Publiziert: {d:%d.%m.%Y}, {d:%H.%M} Uhr"))}</span> '
        f'<a class="comments" href="#kommentare">{n_comments} Kommentare</a></div>',
    ]
    cap = c.stable(f"ch-cap-{s.title}").choice(CH_CAPTIONS)
    credit = "Bild: " + c.stable(f"ch-ag-{s.title}").choice(CH_AGENCIES)
    c.snip(f"{cap} {credit}")
    lines.append(f'<figure class="hero"><img src="/img/{_hex(c.rng, 12)}.jpg" alt=""><figcaption>{esc(cap)} '
                 f'<span class="credit">{esc(credit)}</span></figcaption></figure>')
    s.blocks = s.blocks[1:]
    try:
        body = _render_blocks(c, p='<p class="text">', quote="<blockquote><p>{}</p></blockquote>", ul="<ul>",
                              heading=lambda tag, h: f'<h2 class="zwischentitel">{h}</h2>')
    finally:
        s.blocks = [("p", lead), *s.blocks]
    others = c.pick_others(9)
    c.snip("Mehr zum Thema")
    box = ['<aside class="mehr-zum-thema"><h3>Mehr zum Thema</h3><ul>']
    for o in others[:2]:
        c.snip(o.title)
        box.append(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>')
    box.append("</ul></aside>")
    ad = c.text("ad")
    inserts = [(1, "\n".join(box)), (3, f'<div class="inside-ad"><span>{esc(ad)}</span></div>')]
    err = c.snip("Fehler gefunden? Jetzt melden.")
    themen = [s.section, _place(c), "Gemeindepolitik"]
    c.snip("Themen: " + " ".join(themen))
    lines += [
        '<div class="article-body">',
        *_insert_after(body, '<p class="text">', inserts),
        "</div>",
        f'<p class="error-report"><a href="/fehler">{esc(err)}</a></p>',
        '<div class="topics">Themen: '
        + " ".join(f'<a href="/thema/{_aslug(x)}">{esc(x)}</a>' for x in themen) + "</div>",
        _share_bar(c, "share"),
        f'<section id="kommentare"><h2>{esc(c.snip(f"{n_comments} Kommentare zu diesem Artikel"))}</h2>'
        "<button>Kommentare anzeigen</button></section>",
        "</article>",
        f'<aside class="meistgelesen"><h2>{esc(c.snip("Meistgelesene Artikel der Woche"))}</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:7]],
        "</ol></aside>",
        "</main>",
        f'<footer><p>{esc(c.snip("Impressum Datenschutz AGB Kontakt Werbung"))}</p>'
        f"<p>{esc(c.copyright())}</p></footer>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- ie-local-weekly-group ---------------------------------------------------------------------

IE_MENU = ("News", "Sport", "GAA", "Business", "Lifestyle", "Property", "Death Notices", "ePaper")
IE_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
IE_CAPTIONS = (
    "The site on the outskirts of {place}.",
    "Councillors at the monthly meeting in {place}.",
    "Locals gathered on Main Street, {place}.",
)


def render_ie_local_weekly_group(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    c.repath(lambda o: f"/news/{_aslug(o.section)}/{c.stable(f'ie-{o.published}').randint(10**7, 10**8 - 1)}/"
                       f"{_aslug(o.title)[:60].strip('-')}.html")
    _split_lead(c, 1)
    _fit(c, keep=2)
    _listify(c, {0})
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-IE">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        '<body class="pa-article">',
        f'<header class="site-header"><a class="brand" href="/">{esc(pub.name)}</a>',
        '<nav class="primary">' + " ".join(f'<a href="/{_aslug(x)}/">{esc(x)}</a>' for x in IE_MENU)
        + "</nav>",
        "</header>",
    ]
    c.snip(" ".join(IE_MENU[:5]))
    stand = s.blocks[0][1]
    shown = f"{IE_WEEKDAYS[d.weekday()]} {d.day} {MONTHS['en'][d.month - 1]} {d.year} at {d:%H:%M}"
    reporter = c.snip(f"Reporter: {s.author.name}, {s.author.desk}")
    lines += [
        '<main><article class="article">',
        f'<a class="section-label" href="/news/{_aslug(s.section)}/">{esc(s.section)}</a>',
        f'<h1 class="headline">{esc(s.title)}</h1>',
        f'<h2 class="standfirst">{esc(stand)}</h2>',
        f'<div class="byline"><span>{esc(reporter)}</span> <time datetime="{c.iso()}">{esc(shown)}</time>'
        "</div>",
    ]
    cap = c.stable(f"ie-cap-{s.title}").choice(IE_CAPTIONS).format(place=place)
    credit = f"Picture: {prose_for('en', c.stable(f'ie-ph-{s.title}')).person()}"
    c.snip(f"{cap} {credit}")
    lines.append(f'<figure class="lead-image"><img src="/resources/{_hex(c.rng, 12)}.jpg" alt=""><figcaption>'
                 f'{esc(cap)} <span class="credit">{esc(credit)}</span></figcaption></figure>')
    s.blocks = s.blocks[1:]
    try:
        body = _render_blocks(c, p='<p class="body-text">', quote="<blockquote>{}</blockquote>",
                              ul='<ul class="body-list">', heading=lambda tag, h: f"<h3>{h}</h3>")
    finally:
        s.blocks = [("p", stand), *s.blocks]
    others = c.pick_others(9)
    inserts: list[tuple[int, str]] = []
    for k, o in zip((1, 4), others[:2], strict=False):
        c.snip(f"READ MORE: {o.title}")
        inserts.append((k, f'<p class="body-text"><strong>READ MORE:</strong> <a href="{esc(o.path)}">'
                           f"{esc(o.title)}</a></p>"))
    nl = c.snip(f"Get the latest {place} news straight to your inbox every week")
    inserts.append((2, f'<div class="newsletter-signup"><p>{esc(nl)}</p><input type="email"><button>Sign up'
                       "</button></div>"))
    inserts.append((3, '<div class="advert"><span>Advertisement</span></div>'))
    deaths = c.snip(f"The latest death notices from {place} and surrounding areas")
    group = c.snip(f"{pub.name} is part of a regional newspaper group. All rights reserved.")
    epaper = c.snip(f"Read the full edition of {pub.name} in our ePaper from just €1.50")
    lines += [
        '<div class="article-body">',
        *_insert_after(body, '<p class="body-text">', inserts, skip='<p class="body-text"><strong>'),
        "</div>",
        f'<div class="epaper-cta"><a href="/epaper/">{esc(epaper)}</a></div>',
    ]
    if c.has("bio"):
        lines.append(f'<div class="author-bio"><p>{esc(c.bio())}</p></div>')
    lines += [
        _share_bar(c, "share-bar"),
        "</article>",
        f'<aside class="death-notices"><h2>Death Notices</h2><p>{esc(deaths)}</p></aside>',
        f'<aside class="most-read"><h2>{esc(c.snip(f"Most read in {place} this week"))}</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:7]],
        "</ol></aside>",
        "</main>",
        f"<footer><p>{esc(group)}</p>",
        f"<p>{esc(c.snip('Contact Us Advertise Privacy Policy Cookie Policy Terms'))}</p>",
        f"<p>{esc(c.copyright())}</p></footer>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "vb-community-gazette": render_vb_community_gazette,
    "it-tg-regionale-video": render_it_tg_regionale_video,
    "de-ch-tageszeitung-mehr": render_de_ch_tageszeitung_mehr,
    "ie-local-weekly-group": render_ie_local_weekly_group,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime  # noqa: E402

from pipeline.synth.kiln_families import _fit  # noqa: E402
from pipeline.synth.kit import _aslug, _hex, _insert_after, _ldjson, _place, _share_bar, _split_lead  # noqa: E402
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import MONTHS, Ctx, _j, esc  # noqa: E402
from pipeline.synth.shed_families import _listify, _quotify, _render_blocks  # noqa: E402
