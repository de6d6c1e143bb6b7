"""Four LOCH template families for the synthetic publishers (see `pipeline.synth.publishers`).

"loch" is a thirty-fifth split, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS`, `FAMILY_ZONES` and `RENDERERS` from
this module into its registries and keeps `FAMILIES` from here apart, as `LOCH_FAMILIES`: the loch
families are generated only by `generate_corpus("loch")`, so every other corpus is as it was. All
four are English-language sites of Asia, Africa and Oceania; their publishers' time zones are the
family's own (`FAMILY_ZONES`: Manila; Singapore and Kuala Lumpur; Nairobi, Kampala and Dar es
Salaam; Sydney, Melbourne, Hobart and Brisbane), not those of English in general.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a bulleted list inside the text is body, one line per item; a photo's
caption and credit are boilerplate. The choices each family makes for the debatable parts:
  * ph-broadsheet-online: a Philippine broadsheet's site: the text (its first paragraph opening
    with the dateline "MANILA, Philippines — " on most stories, which the reporter wrote and so is
    body), subheadings and a list are body; the "ADVERTISEMENT" slots amid the text (one word, no
    snippet), the "READ: <headline>" lines amid the text, the "Subscribe to our daily newsletter"
    box inside the article with its consent line, the byline ("By: ... / @handle"), the date line
    ("Manila, Philippines / 04:12 PM March 04, 2026"), the photo caption and credit, the share bar,
    "TAGS:", the closing "For feedback, complaints, or inquiries, contact us." line, "Read Next",
    "Trending", the comments disclaimer, the footer and the cookie notice are boilerplate;
  * sg-news-portal: a Singapore/Malaysia news portal: the "In brief" box under the headline (three
    bullets summarising the story) is neither body nor boilerplate; the text, subheadings and a list
    are body; the "ALSO READ:" lines amid the text, the embedded tweet (its text and its
    "— Name (@handle) date" line; not the reporter's text), the "Get the ... app" banners, the
    byline, the "Published"/"Updated" stamps, the caption, the "Source: ..." sign-off (under four
    words, no snippet), the "Join our Telegram channel" line at the end, the share bar, "Most
    popular", the topics and the footer are boilerplate;
  * ke-daily-nation-style: an East African daily: the "Premium" label (one word, no snippet) is
    boilerplate, as are the photo captions ending "| FILE" and their "Photo credit:" lines (one
    figure over the story, one amid the text), the byline, the WhatsApp channel prompt amid the
    text, the agency credit closing the text ("Additional reporting by Reuters" and the like: the
    desk's credit, not the story), "You might also like", the newsletter call and the footer; the
    text, subheadings and a list are body;
  * au-regional-masthead: an Australian regional masthead of a newspaper group: the text,
    subheadings and a list are body; the "Advertisement" slots (one word, no snippet), the "Get the
    latest <town> news delivered to your inbox" signup amid the text, the metered paywall note
    ("Our journalists work hard to provide local, up-to-date news ... subscribe") after the text,
    the photo caption ("... Picture by ..."), the byline and date stamp, the author box (name, role,
    bio the same for an author on each of the site's pages, e-mail address), "More from <section>",
    the navigation and the footer ("Digital subscription" and its other links, the group's
    copyright) are boilerplate.

Families (language; date source):
  loch  ph-broadsheet-online   en (<html lang="en-PH">); <meta property="article:published_time">
                               with offset or JSON-LD NewsArticle datePublished with offset, and
                               the visible "Manila, Philippines / 04:12 PM March 04, 2026"; paths
                               /<7-digit id>/<slug> or /<7-digit id>/<slug>/; <title> "T | Site"
                               or "T - Site"
  loch  sg-news-portal         en (en-SG / en-MY); JSON-LD NewsArticle datePublished with offset
                               and dateModified, and the visible "Published 04 Mar 2026 04:12PM"
                               (some sites also "Updated ..."); paths /<section>/<slug>-<id>;
                               <title> "T - Site" or "T | Site"
  loch  ke-daily-nation-style  en (en-KE / en-UG / en-TZ); JSON-LD NewsArticle datePublished with
                               offset (isAccessibleForFree false on Premium stories) and the
                               visible <time datetime> "Wednesday, March 04, 2026"; paths
                               /news/<region>/<slug>-<7 digits>; <title> "T | Site" or
                               "T - Site"
  loch  au-regional-masthead   en (en-AU); <meta property="article:published_time"> with offset,
                               JSON-LD datePublished with offset, and the visible "March 4 2026 -
                               4:12pm AEDT" (some sites "Updated March 5 2026 - 9:30am, first
                               published March 4 2026 - 4:12pm AEDT"); paths
                               /story/<7 digits>/<slug>/; <title> "T | Site | Town, STATE" or
                               "T | Site"
"""

from __future__ import annotations

FAMILIES: dict[str, str] = {
    "ph-broadsheet-online": "loch",
    "sg-news-portal": "loch",
    "ke-daily-nation-style": "loch",
    "au-regional-masthead": "loch",
}
FAMILY_LANGUAGE: dict[str, str] = {}  # all English
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "ph-broadsheet-online": ("{p} Daily Inquirer", "The {p} Star", "{p} Bulletin", "Daily {p} Tribune"),
    "sg-news-portal": ("{p} Today", "The {p} Post", "{p} Online", "{p} Buzz", "The {p} Mail"),
    "ke-daily-nation-style": ("Daily {p}", "The {p} Standard", "{p} Monitor", "The {p} Citizen"),
    "au-regional-masthead": ("The {p} Advocate", "{p} Examiner", "The {p} Courier", "{p} Daily Liberal"),
}
FAMILY_ZONES: dict[str, tuple[str, ...]] = {
    "ph-broadsheet-online": ("Asia/Manila",),
    "sg-news-portal": ("Asia/Singapore", "Asia/Kuala_Lumpur"),
    "ke-daily-nation-style": ("Africa/Nairobi", "Africa/Kampala", "Africa/Dar_es_Salaam"),
    "au-regional-masthead": (
        "Australia/Sydney",
        "Australia/Melbourne",
        "Australia/Hobart",
        "Australia/Brisbane",
    ),
}


def _id(c: Ctx, o: Story, base: int, step: int = 9) -> int:
    """A story's numeric id: rising with its date (the stories are in date order), the same on
    every page of the site."""
    return base + step * c.others.index(o) + random.Random(f"id-{o.title}").randint(0, step - 1)


def _of(o: Story, key: str, choices: tuple[str, ...]) -> str:
    """A choice for a story, the same on every page of the site."""
    return random.Random(f"{key}-{o.title}").choice(choices)


def _body(c: Ctx, cls: str = "") -> list[str]:
    """The story's blocks as HTML, each element without a class (the inserts carry one)."""
    return _story_html(
        c,
        lambda h: f"<p>{h}</p>",
        lambda tag, h: f"<{tag}>{h}</{tag}>",
        lambda h: f"<blockquote><p>{h}</p></blockquote>",
        lambda items: "<ul>\n" + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>",
    )


def _fresh_sentences(c: Ctx, rng: random.Random, n: int) -> list[str]:
    """`n` English sentences of 8-30 words, none quoting anyone (a summary's, a post's), none in the
    body nor among each other."""
    prose = prose_for("en", rng)
    body = c.story.body().lower()
    out: list[str] = []
    while len(out) < n:
        x = prose.sentence()
        if x.lower() not in body and x not in out and 8 <= _words(x) <= 30 and "“" not in x:
            out.append(x)
    return out


def _clock(dt: datetime, sep: str = " ") -> str:
    """ "04:12 PM" (sep " ") or "04:12PM" (sep "")."""
    return f"{dt:%I:%M}{sep}{'AM' if dt.hour < 12 else 'PM'}"


def _lower_clock(dt: datetime) -> str:
    """ "4:12pm"."""
    return f"{dt.hour % 12 or 12}:{dt:%M}{'am' if dt.hour < 12 else 'pm'}"


def _month(dt: datetime) -> str:
    return MONTHS["en"][dt.month - 1]


# --- ph-broadsheet-online --------------------------------------------------------------------

PH_CITIES = ("Manila", "Quezon City", "Cebu City", "Davao City")
PH_NAV = ("News", "Nation", "Metro", "Regions", "Business", "Sports", "Entertainment", "Opinion", "Lifestyle")
PH_TAGS = (
    "DPWH",
    "Senate",
    "flood control",
    "Marcos administration",
    "LGU",
    "PNP",
    "DepEd",
    "typhoon",
    "budget",
    "Comelec",
    "barangay",
    "infrastructure",
)
PH_DESKS = ("Reporter", "Correspondent", "Senior Reporter", "Contributor")
PH_CAPTIONS = (
    "Residents wade through floodwaters along a street in {p}",
    "Commuters queue for jeepneys during the morning rush in {p}",
    "Officials inspect the project site in {p} on Monday",
    "Vendors set up their stalls at the public market in {p}",
    "Lawmakers attend the plenary session at the Batasang Pambansa",
)
PH_FOOTER = ("About Us", "Advertise With Us", "Privacy Policy", "Terms of Use", "Contact Us", "Careers")


def render_ph_broadsheet_online(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ph")
    slash = site.random() < 0.5
    ld = site.random() < 0.5
    city = site.choice(PH_CITIES)
    base = site.randint(1900000, 2300000)
    handle = f"{_slug(pub.short).replace('-', '') or 'news'}dotnet"

    def path(o: Story) -> str:
        slug = _slug(o.title)
        return f"/{_id(c, o, base)}/{slug}/" if slash else f"/{_id(c, o, base)}/{slug}"

    c.repath(path)
    dr = _page_rng(c, "ph")
    if len(_paras(s)) >= 5:
        _list_run(c, "ph-list")
    if dr.random() < 0.75:
        first = f"{city.upper()}, Philippines — {s.sentences[0][0]}"
        s.sentences[0][0] = first
        s.blocks[0] = ("p", " ".join(s.sentences[0]))
        _trim(s, 900)
    en = prose_for("en", dr)
    nav = PH_NAV[:1] + tuple(x for x in PH_NAV[1:] if site.random() < 0.8)
    c.snip(" ".join(nav[:5]))
    c.snip(f"Today's Paper Subscribe to {pub.name}")
    desk = _of(s, "desk", PH_DESKS)
    c.snip(f"By: {s.author.name} - {desk} / @{handle}")
    dateline = c.snip(f"{city}, Philippines / {_clock(d)} {_month(d)} {d:%d}, {d.year}")
    caption = c.snip(dr.choice(PH_CAPTIONS).format(p=en.place()))
    credit = c.snip(f"PHOTO: {prose_for('en', c.stable('ph-photo')).person()} / {pub.name}")
    c.snip("Share this article: Facebook X Messenger Viber")
    reads = c.pick_others(2)
    for o in reads:
        c.snip(f"READ: {o.title}")
    nl_title = c.snip("Subscribe to our daily newsletter")
    consent = c.snip(
        "By providing an email address. I agree to the Terms of Use and acknowledge that I have read the "
        "Privacy Policy."
    )
    tags = c.snip("TAGS: " + ", ".join(dr.sample(PH_TAGS, 4)))
    c.snip("For feedback, complaints, or inquiries, contact us.")
    read_next = c.pick_others(1)[0]
    c.snip(read_next.title)
    trending = _snip_titles(c, c.pick_others(5))
    c.snip("Don't miss out on the latest news and information.")
    disclaimer = c.snip(
        f"Disclaimer: Comments do not represent the views of {pub.name}. We reserve the right to exclude "
        "comments which are inconsistent with our editorial standards."
    )
    c.snip(" ".join(PH_FOOTER[:4]))
    copyright_ = c.snip(f"Copyright © 1997-{d.year} {pub.name}. All Rights Reserved.")
    slot = _hex(dr, 8)

    def ad(n: int) -> str:
        return (
            '<div class="ads-in-article"><p class="adlabel">ADVERTISEMENT</p>'
            f'<div id="div-gpt-ad-{slot}-{n}" class="gpt-slot"></div></div>'
        )

    box = (
        '<div class="newsletter-box" id="nl-inline">\n'
        f'<p class="nl-title">{esc(nl_title)}</p>\n'
        '<form class="nl-form"><input type="email" placeholder="Enter your email">'
        '<button type="submit">Subscribe</button></form>\n'
        f'<p class="nl-consent">{esc(consent)}</p>\n</div>'
    )
    inserts = [(0, ad(0)), (2, ad(1)), (5, ad(2)), (8, ad(3)), (3, box)]
    inserts += [
        (
            1 + 3 * i,
            f'<p class="read-also"><strong>READ:</strong> <a href="{esc(o.path)}">{esc(o.title)}</a></p>',
        )
        for i, o in enumerate(reads)
    ]
    body = _insert_after(_body(c), "<p>", inserts)
    iso = c.iso()
    aid = _id(c, s, base)
    head_date = (
        _ldjson(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": s.title,
                "datePublished": iso,
                "author": {"@type": "Person", "name": s.author.name},
                "publisher": {"@type": "Organization", "name": pub.name},
                "mainEntityOfPage": c.url(),
            }
        )
        if ld
        else f'<meta property="article:published_time" content="{iso}">'
    )
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    main_id = "article_content" if site.random() < 0.5 else "TO_target_content"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-PH">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        head_date,
        f'<link rel="canonical" href="{esc(c.url())}">',
        "<script>window.googletag=window.googletag||{cmd:[]};</script>",
        "</head>",
        f'<body class="post-template-default single single-post postid-{aid}">',
        f'<div id="top-bar"><a href="/todays-paper">Today\'s Paper</a>\n<a href="/subscribe">Subscribe to '
        f"{esc(pub.name)}</a></div>",
        f'<header id="site-header"><a id="logo" href="/">{esc(pub.name)}</a>',
        '<nav id="main-nav"><ul>\n' + _footer_links(tuple(esc(x) for x in nav)) + "\n</ul></nav></header>",
        '<div id="leaderboard" class="ads"><p class="adlabel">ADVERTISEMENT</p></div>',
        f'<main id="content"><article id="post-{aid}" class="post type-post">',
        f'<div id="art_bc"><a href="/">News</a> / <a href="/{_slug(s.section)}">{esc(s.section)}</a></div>',
        f'<h1 class="entry-title">{esc(s.title)}</h1>',
        f'<div id="art_plat"><span class="byline">By: <a href="/byline/{_slug(s.author.name)}">'
        f"{esc(s.author.name)}</a> - {esc(desk)} / @{handle}</span><br>\n{esc(dateline)}</div>",
        '<div id="shareBar"><span>Share this article:</span>\n<a href="#">Facebook</a>\n<a href="#">X</a>\n'
        '<a href="#">Messenger</a>\n<a href="#">Viber</a></div>',
        f'<figure class="wp-caption"><img src="/wp-content/uploads/{d:%Y/%m}/{_hex(dr, 10)}.jpg" alt="">'
        f'<figcaption class="wp-caption-text">{esc(caption)}.\n<span class="credit">{esc(credit)}</span>'
        "</figcaption></figure>",
        f'<div id="{main_id}" class="article_content">',
        *body,
        "</div>",
        f'<p class="tags">{esc(tags)}</p>',
        '<p class="feedback">For feedback, complaints, or inquiries, '
        '<a href="/contact-us">contact us</a>.</p>',
        "</article>",
        f'<section id="read-next"><h3>Read Next</h3><a href="{esc(read_next.path)}">{esc(read_next.title)}'
        "</a></section>",
        '<div class="dont-miss"><p>Don\'t miss out on the latest news and information.</p></div>',
        '<aside id="trending"><h3>Trending</h3><ol>\n' + _links(trending) + "\n</ol></aside>",
        f'<div id="comments-disclaimer"><p>{esc(disclaimer)}</p></div>',
        "</main>",
        '<footer id="site-footer"><ul>\n' + _footer_links(PH_FOOTER) + "\n</ul>",
        f"<p>{esc(copyright_)}</p></footer>",
    ]
    return _end_page(c, lines, "cookie-notice", "I AGREE")


# --- sg-news-portal ---------------------------------------------------------------------------

SG_SECTIONS = ("singapore", "asia", "world", "business", "commentary", "lifestyle", "malaysia")
SG_NAV = ("Singapore", "Asia", "World", "Commentary", "Business", "Sport", "Lifestyle", "Podcasts", "Watch")
SG_TOPICS = (
    "HDB",
    "MRT",
    "transport",
    "housing",
    "public health",
    "cost of living",
    "COE",
    "Parliament",
    "Johor",
    "manpower",
    "weather",
    "education",
)
SG_CAPTIONS = (
    "Commuters at an MRT station during the evening peak hour",
    "A view of public housing blocks in {p}",
    "Shoppers at a hawker centre in {p}",
    "Motorists on the Causeway heading towards Johor Bahru",
    "Members of the public at a community event in {p}",
)
SG_FOOTER = (
    "About Us",
    "Advertise With Us",
    "Terms and Conditions",
    "Privacy Policy",
    "Contact Us",
    "Careers",
)


def render_sg_news_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("sg")
    base = site.randint(4000000, 4900000)
    updated_shown = site.random() < 0.5
    my = pub.tz == "Asia/Kuala_Lumpur"

    def path(o: Story) -> str:
        return f"/{_of(o, 'sg-sec', SG_SECTIONS)}/{_slug(o.title)[:60].strip('-')}-{_id(c, o, base, 13)}"

    c.repath(path)
    dr = _page_rng(c, "sg")
    if len(_paras(s)) >= 5:
        _listify(c, "sg-list")
    en = prose_for("en", dr)
    section = _of(s, "sg-sec", SG_SECTIONS)
    brief = _fresh_sentences(c, dr, 3)
    tweet_rng = random.Random(f"tweet-{pub.host}-{s.title}")
    tweet = _fresh_sentences(c, tweet_rng, 1)[0]
    while tweet in brief:
        tweet = _fresh_sentences(c, tweet_rng, 1)[0]
    tweeter = prose_for("en", tweet_rng).person()
    handle = _slug(tweeter).replace("-", "_")[:15]
    c.snip(" ".join(SG_NAV[:5]))
    app_top = c.snip(f"Get the {pub.name} app")
    app_sub = c.snip("Read the latest news on the go, wherever you are")
    byline = f"{s.author.name}"
    published = c.snip(f"Published {d:%d} {_month(d)[:3]} {d.year} {_clock(d, '')}")
    upd = d + timedelta(minutes=dr.randint(40, 600))
    updated = (
        c.snip(f"Updated {upd:%d} {_month(upd)[:3]} {upd.year} {_clock(upd, '')}") if updated_shown else ""
    )
    caption = c.snip(dr.choice(SG_CAPTIONS).format(p=en.place()))
    credit = c.snip(f"(Photo: {pub.name}/{prose_for('en', dr).person()})")
    also = c.pick_others(2)
    for o in also:
        c.snip(f"ALSO READ: {o.title}")
    c.snip(tweet)
    c.snip(f"— {tweeter} (@{handle}) {_en_date(d)}")
    telegram = c.snip(f"Join our Telegram channel for the latest updates from {pub.name}")
    app_end = c.snip(f"Stay updated with the {pub.name} app: breaking news alerts, podcasts and more")
    c.snip("Share this article WhatsApp Telegram Facebook")
    popular = _snip_titles(c, c.pick_others(5))
    c.snip(f"Most popular on {pub.name}")
    topics = dr.sample(SG_TOPICS, 3)
    c.snip(" ".join(SG_FOOTER[:4]))
    copyright_ = c.snip(f"Copyright © {d.year} {pub.name} Pte Ltd. All rights reserved.")
    tweet_html = (
        '<div class="embed embed--twitter"><blockquote class="twitter-tweet" data-dnt="true">'
        f'<p lang="en" dir="ltr">{esc(tweet)}</p>\n&mdash; {esc(tweeter)} (@{handle}) '
        f'<a href="https://twitter.com/{handle}/status/{tweet_rng.randint(10**18, 2 * 10**18)}">'
        f"{_en_date(d)}</a></blockquote>\n"
        '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div>'
    )
    inserts = [
        (
            1 + 3 * i,
            '<p class="also-read"><strong>ALSO READ:</strong> '
            f'<a href="{esc(o.path)}">{esc(o.title)}</a></p>',
        )
        for i, o in enumerate(also)
    ]
    inserts.append((2, tweet_html))
    inserts.append((4, '<div class="ad-unit ad-unit--imu"><span class="ad-label">Advertisement</span></div>'))
    body = _insert_after(_body(c), "<p>", inserts)
    agency = f"Source: {pub.short}/{_hex(dr, 2)}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": upd.isoformat(timespec="seconds"),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "articleSection": section.capitalize(),
        "keywords": topics,
    }
    next_style = site.random() < 0.5
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    body_cls = "text-long" if next_style else "article-content__body"
    brief_html = (
        '<div class="key-points"><h2 class="key-points__title">In brief</h2><ul>\n'
        + "\n".join(f"<li>{esc(x)}</li>" for x in brief)
        + "\n</ul></div>"
    )
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{"en-MY" if my else "en-SG"}" dir="ltr">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta name="cXenseParse:recs:articleid" content="{_id(c, s, base, 13)}">',
        _ldjson(data),
        "</head>",
        f'<body class="{"path-node page-node-type-article" if next_style else "article-page"}">',
        f'<div class="app-banner"><p class="app-banner__title">{esc(app_top)}</p>\n'
        f'<p class="app-banner__sub">{esc(app_sub)}</p>\n<a href="/app">Download now</a></div>',
        f'<header class="site-header"><a class="site-logo" href="/">{esc(pub.name)}</a>',
        '<nav class="main-menu">\n'
        + "\n".join(f'<a href="/{_slug(x)}">{x}</a>' for x in SG_NAV)
        + "\n</nav></header>",
        '<main class="main-content"><article class="article">',
        '<nav class="breadcrumb"><a href="/">Home</a>\n'
        f'<a href="/{section}">{section.capitalize()}</a></nav>',
        f'<h1 class="h1 h1--page-title">{esc(s.title)}</h1>',
        brief_html,
        f'<div class="article-byline"><a class="author" href="/author/{_slug(byline)}">'
        f"{esc(byline)}</a></div>",
        f'<div class="article-publish">{esc(published)}</div>',
        f'<div class="article-updated">{esc(updated)}</div>' if updated else "",
        '<div class="share-bar"><span>Share this article</span>\n<a href="#">WhatsApp</a>\n'
        '<a href="#">Telegram</a>\n<a href="#">Facebook</a>\n<a href="#">X</a></div>',
        f'<figure class="figure"><img src="/sites/default/files/{d:%Y-%m}/{_hex(dr, 12)}.jpg" alt="">'
        f"<figcaption>{esc(caption)}. {esc(credit)}</figcaption></figure>",
        f'<div class="{body_cls}">',
        *body,
        "</div>",
        f'<p class="source">{esc(agency)}</p>',
        f'<p class="telegram-cta"><a href="https://t.me/{_slug(pub.short)}news">{esc(telegram)}</a></p>',
        f'<div class="app-cta"><p>{esc(app_end)}</p>\n'
        '<a href="#">App Store</a>\n<a href="#">Google Play</a></div>',
        '<div class="topics"><span>Related Topics</span>\n'
        + "\n".join(f'<a href="/topic/{_slug(x)}">{esc(x)}</a>' for x in topics)
        + "</div>",
        "</article>",
        f'<aside class="most-popular"><h3>Most popular on {esc(pub.name)}</h3><ol>\n'
        + _links(popular)
        + "\n</ol></aside>",
        "</main>",
        '<footer class="site-footer"><ul>\n' + _footer_links(SG_FOOTER) + "\n</ul>",
        f"<p>{esc(copyright_)}</p></footer>",
    ]
    return _end_page(c, lines, "cookie-banner", "Accept")


# --- ke-daily-nation-style ----------------------------------------------------------------------

KE_REGIONS = {
    "Africa/Nairobi": ("nairobi", "coast", "rift-valley", "central", "western", "nyanza", "eastern"),
    "Africa/Kampala": ("kampala", "central", "northern", "western", "eastern"),
    "Africa/Dar_es_Salaam": ("dar-es-salaam", "arusha", "dodoma", "mwanza", "zanzibar"),
}
KE_LANG = {"Africa/Nairobi": "en-KE", "Africa/Kampala": "en-UG", "Africa/Dar_es_Salaam": "en-TZ"}
KE_NAV = ("News", "Counties", "Business", "Sports", "Opinion", "Health", "Life & Style", "Premium", "e-Paper")
KE_WIRES = ("Reuters", "AFP", "AP", "Xinhua", "Reuters and AFP", "Bloomberg", "Agencies")
KE_DESKS = ("Reporter", "Senior Reporter", "Correspondent", "County Correspondent", "Health Writer")
KE_CAPTIONS = (
    "Traders at the {p} market on a busy morning",
    "Residents queue for relief food in {p}",
    "Motorists on the highway near {p}",
    "Farmers harvest maize on a farm in {p}",
    "Pupils in class at a primary school in {p}",
    "Members of the county assembly during a sitting in {p}",
)
KE_FOOTER = ("About Us", "Contact Us", "Advertise", "Privacy Policy", "Terms of Use", "Careers")


def render_ke_daily_nation_style(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ke")
    regions = KE_REGIONS[pub.tz]
    base = site.randint(4800000, 5200000)

    def path(o: Story) -> str:
        return f"/news/{_of(o, 'ke-region', regions)}/{_slug(o.title)}-{_id(c, o, base, 11)}"

    c.repath(path)
    dr = _page_rng(c, "ke")
    if len(_paras(s)) >= 5:
        _list_run(c, "ke-list")
    en = prose_for("en", dr)
    region = _of(s, "ke-region", regions)
    premium = dr.random() < 0.35
    c.snip(" ".join(KE_NAV[:5]))
    photog = prose_for("en", c.stable("ke-photo"))
    cap1 = c.snip(f"{dr.choice(KE_CAPTIONS).format(p=en.place())} | FILE")
    cred1 = c.snip(f"Photo credit: {photog.person()} | {pub.name}")
    cap2 = c.snip(f"{dr.choice(KE_CAPTIONS).format(p=en.place())} | FILE")
    cred2 = c.snip(f"Photo credit: {photog.person()} | {pub.name}")
    desk = _of(s, "ke-desk", KE_DESKS)
    c.snip(f"By {s.author.name} {desk} {pub.name}")
    shown = f"{d:%A}, {_month(d)} {d:%d}, {d.year}"
    c.snip(shown)
    whatsapp = c.snip(f"Follow our WhatsApp channel for the latest news from {pub.name}")
    wire = c.snip(f"Additional reporting by {dr.choice(KE_WIRES)}")
    c.snip("Share this article Facebook X WhatsApp LinkedIn")
    more = _snip_titles(c, c.pick_others(4))
    c.snip("You might also like")  # (four words)
    nl = c.snip(f"Get the best of {pub.name} delivered to your inbox every morning")
    c.snip(" ".join(KE_FOOTER[:4]))
    copyright_ = c.snip(f"{pub.name} © {d.year}. All rights reserved.")
    fig2 = (
        '<figure class="article-picture article-picture--inline">'
        f'<img src="/resource/image/{_hex(dr, 10)}.jpg" '
        f'alt=""><figcaption><span class="caption">{esc(cap2)}</span>\n'
        f'<span class="credit">{esc(cred2)}</span></figcaption></figure>'
    )
    wa = (
        '<div class="whatsapp-cta"><p>'
        f'<a href="https://whatsapp.com/channel/{_hex(c.stable("ke-wa"), 20)}">{esc(whatsapp)}</a></p></div>'
    )
    body = _insert_after(
        _body(c),
        "<p>",
        [(2, fig2), (4, wa), (1, '<div class="ad-slot"><span>Advertisement</span></div>')],
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "isAccessibleForFree": not premium,
    }
    if premium:
        data["hasPart"] = {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paragraph-wrapper",
        }
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{KE_LANG[pub.tz]}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="page-article">',
        '<div class="top-bar"><a href="/epaper">e-Paper</a>\n<a href="/subscribe">Subscribe</a>\n'
        '<a href="/login">Sign in</a></div>',
        f'<header class="main-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="main-nav"><ul>\n'
        + _footer_links(tuple(esc(x) for x in KE_NAV))
        + "\n</ul></nav></header>",
        '<main><article class="article-page">',
        f'<div class="article-topic"><a href="/news/{region}">'
        f'{esc(region.replace("-", " ").title())}</a></div>',
        '<span class="premium-badge">Premium</span>' if premium else "",
        f'<h1 class="title-medium">{esc(s.title)}</h1>',
        f'<figure class="article-picture"><img src="/resource/image/{_hex(dr, 10)}.jpg" alt="">'
        f'<figcaption><span class="caption">{esc(cap1)}</span>\n<span class="credit">{esc(cred1)}</span>'
        "</figcaption></figure>",
        f'<div class="article-authors"><p class="byline">By <a href="/authors/{_slug(s.author.name)}">'
        f"{esc(s.author.name)}</a>\n<span>{esc(desk)}</span>\n<span>{esc(pub.name)}</span></p></div>",
        f'<div class="publication-date"><time datetime="{c.iso()}">{shown}</time></div>',
        '<div class="share-bar"><span>Share this article</span>\n'
        '<a href="#">Facebook</a>\n<a href="#">X</a>\n'
        '<a href="#">WhatsApp</a>\n<a href="#">LinkedIn</a></div>',
        '<div class="paragraph-wrapper">',
        *body,
        f'<p class="wire-credit"><em>{esc(wire)}</em></p>',
        "</div>",
        "</article>",
        '<section class="article-recommendations"><h3>You might also like</h3>\n'
        + "\n".join(
            f'<a class="teaser" href="{esc(o.path)}"><h4>{esc(o.title)}</h4>\n'
            f'<span class="topic">{esc(_of(o, "ke-region", regions).replace("-", " ").title())}</span></a>'
            for o in more
        )
        + "</section>",
        f'<div class="newsletter-signup"><p>{esc(nl)}</p><input type="email"><button>Sign up</button></div>',
        "</main>",
        '<footer class="main-footer"><ul>\n' + _footer_links(KE_FOOTER) + "\n</ul>",
        f"<p>{esc(copyright_)}</p></footer>",
    ]
    return _end_page(c, lines, "cookie-consent", "Accept")


# --- au-regional-masthead -----------------------------------------------------------------------

AU_STATES = {
    "Australia/Sydney": "NSW",
    "Australia/Melbourne": "VIC",
    "Australia/Hobart": "TAS",
    "Australia/Brisbane": "QLD",
}
AU_SECTIONS = (
    "Local News",
    "Court and Crime",
    "Business News",
    "Community News",
    "Local Sport",
    "Property News",
    "Health and Wellbeing",
)
AU_NAV = (
    "News",
    "Sport",
    "Property",
    "Death Notices",
    "Today's Paper",
    "Puzzles",
    "Classifieds",
    "Subscribe",
)
AU_ROLES = ("Journalist", "Senior journalist", "Court reporter", "Sports editor", "Chief of staff")
AU_BEATS = (
    "council and local government",
    "courts and crime",
    "health",
    "business and agriculture",
    "education",
    "local sport",
)
AU_GROUPS = ("Southern Cross Regional Media", "Country Press Group", "Regional Mastheads Australia")
AU_FOOTER = (
    "Digital subscription",
    "Print subscription",
    "Today's Paper",
    "Manage my account",
    "Advertise with us",
    "Conditions of use",
    "Privacy policy",
    "Contact us",
)
AU_CAPTIONS = (
    "Councillors at the monthly meeting in {p}",
    "The site of the proposed development in {p}",
    "Volunteers at the community garden in {p}",
    "Traffic on the highway near {p}",
    "Players celebrate the win at the {p} showground",
)


def _au_stamp(dt: datetime) -> str:
    """ "March 4 2026 - 4:12pm"."""
    return f"{_month(dt)} {dt.day} {dt.year} - {_lower_clock(dt)}"


def render_au_regional_masthead(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("au")
    base = site.randint(8900000, 9300000)
    town = _place(c)
    state = AU_STATES[pub.tz]
    group = site.choice(AU_GROUPS)
    with_update = site.random() < 0.5
    long_title = site.random() < 0.6

    def path(o: Story) -> str:
        return f"/story/{_id(c, o, base, 17)}/{_slug(o.title)}/"

    c.repath(path)
    dr = _page_rng(c, "au")
    if len(_paras(s)) >= 5:
        _listify(c, "au-list")
    section = _of(s, "au-sec", AU_SECTIONS)
    c.snip(" ".join(AU_NAV[:5]))
    stamp = f"{_au_stamp(d)} {d.tzname()}"
    if with_update:
        upd = d + timedelta(minutes=dr.randint(45, 900))
        shown = f"Updated {_au_stamp(upd)}, first published {stamp}"
    else:
        shown = stamp
    c.snip(shown)
    caption = c.snip(
        f"{dr.choice(AU_CAPTIONS).format(p=town)}. "
        f"Picture by {prose_for('en', c.stable('au-photo')).person()}"
    )
    signup_head = c.snip(f"Get the latest {town} news delivered to your inbox")
    signup_sub = c.snip("Sign up for our newsletter to stay up to date.")
    paywall = c.snip(
        "Our journalists work hard to provide local, up-to-date news to the community. This is how you can "
        "continue to access our trusted content:"
    )
    paywall_items = [
        f"Bookmark {pub.host}",
        "Make sure you are signed up for our breaking and regular headline newsletters",
        "Follow us on Facebook, Instagram and X",
        f"Subscribe to {pub.name} for unlimited digital access",
    ]
    for x in paywall_items:
        c.snip(x)
    ar = random.Random(f"{pub.host}-au-author-{s.author.name}")
    role = ar.choice(AU_ROLES)
    bio = c.snip(
        f"{s.author.name} is a {role.lower()} at {pub.name}, covering {ar.choice(AU_BEATS)}. "
        f"Got a story? Get in touch."
    )
    email = f"{_slug(s.author.name).replace('-', '.')}@{pub.host}"
    more = _snip_titles(c, c.pick_others(4))
    c.snip(f"More from {section}")
    c.snip(" ".join(AU_FOOTER[:5]))
    copyright_ = c.snip(f"© Copyright {d.year} {group}")
    ad = (
        '<div class="ad-slot ad-slot--mrec"><p class="ad-label">Advertisement</p>'
        '<div class="dfp"></div></div>'
    )
    signup = (
        '<div class="newsletter-signup-inline">\n'
        f"<h4>{esc(signup_head)}</h4>\n<p>{esc(signup_sub)}</p>\n"
        '<form><input type="email" placeholder="Your email address"><button>Sign up</button></form>\n</div>'
    )
    body = _insert_after(_body(c), "<p>", [(1, ad), (3, signup), (5, ad), (8, ad)])
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name, "jobTitle": role},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "isAccessibleForFree": False,
    }
    title = f"{s.title} | {pub.name} | {town}, {state}" if long_title else f"{s.title} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-AU">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="bg-white">',
        f'<header id="masthead"><a class="masthead-logo" href="/">{esc(pub.name)}</a>',
        '<nav class="nav-primary"><ul>\n'
        + _footer_links(tuple(esc(x) for x in AU_NAV))
        + "\n</ul></nav></header>",
        '<main id="main"><article id="story" class="story-page">',
        '<nav class="breadcrumbs"><a href="/news/">News</a>\n'
        f'<a href="/news/{_slug(section)}/">{esc(section)}</a></nav>',
        f'<h1 class="story-title">{esc(s.title)}</h1>',
        '<div class="byline"><a class="byline-name" '
        f'href="/profile/{ar.randint(1000, 9999)}/{_slug(s.author.name)}/">'
        f'{esc(s.author.name)}</a>\n<time datetime="{c.iso()}">{esc(shown)}</time></div>',
        '<div class="share"><button>Share</button>\n<a href="#">Facebook</a>\n<a href="#">X</a>\n'
        '<a href="#">Email</a></div>',
        '<figure class="story-image">'
        f'<img src="https://images.{pub.host}/transform/v1/{_hex(dr, 16)}.jpg" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>",
        '<div id="story-body" class="story-body">',
        *body,
        "</div>",
        '<div class="subscribe-prompt">\n'
        f"<p>{esc(paywall)}</p>\n<ul>\n"
        + "\n".join(f"<li>{esc(x)}</li>" for x in paywall_items)
        + '\n</ul>\n<a class="btn" href="/subscribe/">Subscribe</a></div>',
        f'<div class="author-box"><img src="/profile-images/{_slug(s.author.name)}.jpg" alt="">'
        f'<p class="author-name">{esc(s.author.name)}</p>\n<p class="author-role">{esc(role)}</p>\n'
        f'<p class="author-bio">{esc(bio)}</p>\n'
        f'<p class="author-email"><a href="mailto:{email}">{email}</a></p></div>',
        f'<section class="more-from"><h3>More from {esc(section)}</h3><ul>\n'
        + _links(more)
        + "\n</ul></section>",
        "</article></main>",
        '<footer id="footer"><ul>\n' + _footer_links(AU_FOOTER) + "\n</ul>",
        f'<p class="copyright">{esc(copyright_)}</p></footer>',
    ]
    return _end_page(c, lines, "cookie-consent", "Accept")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "ph-broadsheet-online": render_ph_broadsheet_online,
    "sg-news-portal": render_sg_news_portal,
    "ke-daily-nation-style": render_ke_daily_nation_style,
    "au-regional-masthead": render_au_regional_masthead,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import random  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _en_date,
    _end_page,
    _footer_links,
    _hex,
    _insert_after,
    _ldjson,
    _links,
    _list_run,
    _listify,
    _page_rng,
    _paras,
    _place,
    _snip_titles,
    _story_html,
    _trim,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import MONTHS, Ctx, Story, _slug, _words, esc  # noqa: E402
