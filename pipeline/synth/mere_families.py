"""Four MERE template families for the synthetic publishers (see `pipeline.synth.publishers`).

"mere" is a thirty-fifth split, next to "train", "test" and the held-out splits before it:
families written by a session that read neither the extractor, nor the pipeline's stages, nor any
extraction result, so no extraction rule was written or tuned against them. They are held out
until they are measured once. All four are English, in the page structures of major national
publishers of 2024-26 (the brands are invented).

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `MERE_FAMILIES`: the mere families are
generated only by `generate_corpus("mere")`, so every other corpus is as it was. No new language
(the English grammar's spelling is British: "harbour", "criticised", "per cent").

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name; a list inside
the text is body, one line per item; a standfirst under the headline is neither). The choices each
family makes for the debatable parts:
  * broadcaster-blocks: a national public broadcaster's article, every part of it a
    `<div data-component="...">` block. The text-blocks (one `<p>` each, the first in bold),
    the subheadline-blocks and a list block are body. The headline-block is the title; the
    byline-block (the name and the contributor's role line), the image-blocks' "Image source,
    ..." credits and "Image caption, ..." captions, the "Have your say" line after the text, the
    links-block "Related topics", "More on this story", "Top stories", "Most read", the nav and
    the footer (the external-links line, the same on every page of a site) are boilerplate;
  * paywalled-national-daily: a metered national daily: the summary under the headline is
    neither; the paragraphs of the companion-column `<div>`s of `<section name="articleBody">`
    (two to four paragraphs each, subheadings and a list inside them) are body. The
    "Advertisement" / "SKIP ADVERTISEMENT" blocks between the columns are boilerplate too short
    for a snippet; the inline "Read more:" line linking another story, the "Listen to this
    article" bar, the byline and "Reporting from" line, the author's bio after the text, the
    closing print line ("A version of this article appears in print on ..., Section A, Page 12 of
    the National edition with the headline: <print headline>. Order Reprints | Today's Paper |
    Subscribe"), the JavaScript notice, "More in <section>", "Trending in <site>", the nav and
    the footer are boilerplate. The "Updated" time under the byline is later than the publication;
  * dcr-generated-classes: a daily rendered by a React platform, generated `dcr-xxxxxx` class names
    on every element: the standfirst is neither; the paragraphs and `<h2>` subheadings are body; a
    pull quote (an `<aside>` with a `<blockquote>`) repeats a body sentence (in `repeated`, once in
    the body); the inline "Related: <headline>" aside, the byline and its desk, the reader-support
    appeal at the end ("... we have a small favour to ask ..." with its button; its headline counts
    the reader's articles and varies), "Explore more on these topics", "Share Reuse this content",
    the comments notice, "Most viewed", the nav and the footer are boilerplate;
  * cable-news-zones: a cable news network's article: the editor's note in italics at the top
    ("Editor's note: ...", a `<p>` of the same class as the text) is neither body nor
    boilerplate; the dateline opening the first paragraph ("WASHINGTON (CNN) —") is body, part
    of the first line; the `<p class="paragraph inline-placeholder">` paragraphs and `<h2
    class="subheader">` subheadings are body. The inline "Related article" cards (their
    headlines), the video player block (the video's title; its duration and "Video Ad Feedback"
    are too short), the byline, the visible timestamp, "Most read", "Paid Partner Content"
    headlines, the nav, the footer and, on the AMP-like pages of some publishers, the "See Full
    Web Article" link are boilerplate.

Families (language; date source):
  mere  broadcaster-blocks        en; JSON-LD ReportageNewsArticle datePublished in UTC ("Z") and a
                                  <time datetime> in UTC showing "4 March 2026"; paths
                                  /news/<section>-<8 digits>; <title> "T - Site News" or
                                  "T - Site"
  mere  paywalled-national-daily  en; <meta property="article:published_time"> in UTC ("Z"),
                                  JSON-LD NewsArticle datePublished with offset, a <time datetime>
                                  with offset showing "March 4, 2026" (and a later "Updated" time);
                                  paths /<yyyy>/<mm>/<dd>/<section path>/<slug>.html (us/politics,
                                  world/europe, ...); <title> "T - Site"
  mere  dcr-generated-classes     en; <meta property="article:published_time"> and JSON-LD
                                  datePublished in UTC (".000Z"), the visible "Wed 4 Mar 2026 14.30
                                  GMT" (and a later "Last modified" line); paths
                                  /<section>/<yyyy>/<mon>/<dd>/<slug>; <title> "T | Section | Site"
                                  or "T | Site"
  mere  cable-news-zones          en; <meta property="article:published_time"> in UTC ("Z") and
                                  JSON-LD datePublished with offset, the visible "Published 10:15
                                  AM EST, Wed March 4, 2026"; paths
                                  /<yyyy>/<mm>/<dd>/<section>/<slug>/index.html; <title>
                                  "T | Site Politics" or "T | Site"
"""

from __future__ import annotations

FAMILIES: dict[str, str] = {
    "broadcaster-blocks": "mere",
    "paywalled-national-daily": "mere",
    "dcr-generated-classes": "mere",
    "cable-news-zones": "mere",
}
FAMILY_LANGUAGE: dict[str, str] = {}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "broadcaster-blocks": ("{p} Broadcasting", "{p} National Broadcasting", "Radio {p}", "{p} Public Media"),
    "paywalled-national-daily": ("The {p} Times", "The {p} Tribune", "The {p} Journal", "The {p} Post"),
    "dcr-generated-classes": ("The {p} Chronicle", "The {p} Standard", "The {p} Record", "The {p} Examiner"),
    "cable-news-zones": ("{p} News Network", "{p} Cable News", "{p} News Channel", "{p} Broadcast News"),
}

MON_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _clock(d: datetime) -> str:
    """ "2:30 PM"."""
    return f"{d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def _utc_ms(d: datetime) -> str:
    """ "2026-03-04T14:30:00.000Z"."""
    return f"{d.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def _ids(c: Ctx, key: str, low: int, high: int) -> dict[str, int]:
    """A number per story of the publisher, the same whichever page renders first."""
    rng = c.stable(key)
    return {o.title: rng.randint(low, high) for o in sorted(c.others, key=lambda o: o.title)}


def _sections(c: Ctx, key: str, choices: tuple[str, ...]) -> dict[str, str]:
    """A section per story of the publisher, the same whichever page renders first."""
    rng = c.stable(key)
    return {o.title: rng.choice(choices) for o in sorted(c.others, key=lambda o: o.title)}


def _bio(c: Ctx, beats: tuple[str, ...]) -> str:
    """The author's bio line (the same on each of the publisher's pages)."""
    a = c.story.author
    beat = c.stable(f"beat-{a.name}").choice(beats)
    return c.snip(f"{a.name} is a {c.pub.name.removeprefix('The ')} correspondent who covers {beat}.")


def _gen_class(rng: random.Random) -> str:
    """A generated class name such as "dcr-1x2y3z"."""
    return "dcr-" + "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(6))


# --- broadcaster-blocks --------------------------------------------------------------------------

BB_MENU = (
    "Home",
    "News",
    "Sport",
    "Weather",
    "Business",
    "Innovation",
    "Culture",
    "Travel",
    "Earth",
    "Video",
)
BB_SECTIONS = (
    "uk-politics",
    "uk",
    "business",
    "health",
    "education",
    "science-environment",
    "technology",
    "uk-england",
    "world-europe",
)
BB_ROLES = (
    "Political correspondent",
    "Political reporter",
    "Health correspondent",
    "Business reporter",
    "Education editor",
    "Environment correspondent",
    "Local Democracy Reporting Service",
)
BB_TOPICS = (
    "UK Politics",
    "Housing",
    "Local elections",
    "NHS",
    "Transport",
    "Energy",
    "Schools",
    "Economy",
    "Climate",
    "Policing",
    "Rail travel",
    "Cost of living",
)
BB_AGENCIES = ("Getty Images", "PA Media", "Reuters photo desk", "EPA-EFE stock")
BB_CAPTIONS = (
    "Campaigners gathered outside the building on Tuesday morning",
    "The plans have been debated for more than a decade",
    "Ministers visited the site earlier this year",
    "Residents say they were not consulted about the changes",
    "The council chamber was full for the vote",
    "Work on the scheme is expected to begin next spring",
)


def _bb_date(d: datetime) -> str:
    """ "4 March 2026"."""
    return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"


def render_broadcaster_blocks(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("bb")
    hashed = site.random() < 0.5
    ids = _ids(c, "bb-ids", 60_000_000, 69_999_999)
    secs = _sections(c, "bb-secs", BB_SECTIONS)

    def path(o: Story) -> str:
        return f"/news/{secs[o.title]}-{ids[o.title]}"

    c.repath(path)
    if len(_paras(s)) >= 6:
        _listify(c, "bb-list")
    dr = _page_rng(c, "bb")

    def cls(role: str) -> str:
        return f' class="ssrcss-{_gen_class(c.stable("bb-" + role))[4:]}-{role}"' if hashed else ""

    def block(kind: str, inner: str) -> str:
        return f'<div data-component="{kind}"{cls("ComponentWrapper")}>{inner}</div>'

    nav = c.snip(" ".join(BB_MENU[:5]))
    role = c.stable(f"bb-role-{s.author.name}").choice(BB_ROLES)
    c.snip(f"{role}, {pub.name} News")
    c.snip(f"By {s.author.name} {role}, {pub.name} News")
    caption = c.snip(f"Image caption, {dr.choice(BB_CAPTIONS)}")
    credit = c.snip(f"Image source, {dr.choice(BB_AGENCIES)}")
    caption2 = c.snip(f"Image caption, {dr.choice([x for x in BB_CAPTIONS if x not in caption])}")
    credit2 = c.snip(f"Image source, {dr.choice(BB_AGENCIES)}")
    topics = dr.sample(BB_TOPICS, 3)
    c.snip("Related topics " + " ".join(topics))
    say = c.snip(f"Share your views and experiences by emailing haveyoursay@{pub.host}.")
    more = _snip_titles(c, c.pick_others(3))
    c.snip("More on this story " + more[0].title)
    top = _snip_titles(c, c.pick_others(4))
    c.snip("Top stories " + top[0].title)
    most = _snip_titles(c, c.pick_others(5))
    ext = c.snip(
        f"Copyright {d.year} {pub.name}. {pub.name} is not responsible for the content of external"
        " sites. Read about our approach to external linking."
    )
    foot = (
        "Terms of Use",
        f"About the {pub.short}",
        "Privacy Policy",
        "Cookies",
        "Accessibility Help",
        "Parental Guidance",
        f"Contact the {pub.short}",
        "Do not share or sell my info",
    )
    c.snip(" ".join(foot[:3]))
    body: list[str] = []
    run: list[str] = []
    first = True
    for tag, text in [*s.blocks, ("", "")]:
        if tag != "li" and run:
            body.append(
                block(
                    "unordered-list-block",
                    f"<ul{cls('Unordered')}>" + "".join(f"<li>{x}</li>" for x in run) + "</ul>",
                )
            )
            run = []
        if tag == "p":
            inner = c.inline(text)
            inner = f"<b{cls('StyledBold')}>{inner}</b>" if first else inner
            first = False
            body.append(block("text-block", f"<p{cls('Paragraph')}>{inner}</p>"))
        elif tag == "li":
            run.append(esc(text))
        elif tag in ("h2", "h3"):
            body.append(block("subheadline-block", f"<h2{cls('StyledHeading')}>{esc(text)}</h2>"))

    def image(cap: str, cred: str) -> str:
        return block(
            "image-block",
            f'<figure{cls("Figure")}><div><img src="https://ichef.{pub.host}/news/976/'
            f'cpsprodpb/{_hex(dr, 4)}/live/{_hex(dr, 8)}-{_hex(dr, 4)}.jpg.webp" alt="" width="976">'
            f'<span role="text"{cls("Copyright")}>{esc(cred)}</span></div>\n'
            f"<figcaption{cls('Caption')}>{esc(cap)}</figcaption></figure>",
        )

    body = _insert_after(body, '<div data-component="text-block"', [(2, image(caption2, credit2))])
    time = f'<time datetime="{_utc_ms(d)}"{cls("Date")}>{_bb_date(d)}</time>'
    data = {
        "@context": "https://schema.org",
        "@type": "ReportageNewsArticle",
        "url": c.url(),
        "headline": s.title,
        "datePublished": _utc_ms(d),
        "dateModified": _utc_ms(d),
        "author": {"@type": "NewsMediaOrganization", "name": f"{pub.name} News"},
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": f"{pub.name} News",
            "logo": {"@type": "ImageObject", "url": f"https://static.{pub.host}/logo.png"},
        },
        "mainEntityOfPage": c.url(),
    }
    title = f"{s.title} - {pub.name} News" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-GB" class="no-js">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)} News">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        "<body>",
        '<div id="__next">',
        f'<a href="#main-content"{cls("SkipLink")}>Skip to content</a>',
        f'<header{cls("Header")} data-testid="header"><a href="/" aria-label="{esc(pub.name)}">'
        f'{esc(pub.name)}</a>\n<nav aria-label="{esc(pub.short)}">'
        + "\n".join(f'<a href="/{_slug(x)}">{x}</a>' for x in BB_MENU)
        + "</nav></header>",
        f'<main id="main-content" data-testid="main-content"{cls("Main")}><article{cls("Article")}>',
        block(
            "headline-block",
            f'<h1 id="main-heading" type="headline" tabindex="-1"{cls("StyledHeading")}>{esc(s.title)}</h1>',
        ),
        block(
            "byline-block",
            f"<div{cls('Byline')}>{time}\n<div><span>By {esc(s.author.name)}</span>\n"
            f"<div{cls('Contributor')} data-testid='byline-role'>"
            f"<span>{esc(role)}, {esc(pub.name)} News</span></div></div>\n"
            '<div><button type="button">Share</button>\n<button type="button">Save</button></div></div>',
        ),
        image(caption, credit),
        *body,
        block("text-block", f"<p{cls('Paragraph')}><i>{esc(say)}</i></p>"),
        block(
            "links-block",
            f"<h2{cls('StyledHeading')}>Related topics</h2>\n<ul>"
            + "\n".join(f'<li><a href="/news/topics/{_hex(dr, 8)}">{x}</a></li>' for x in topics)
            + "</ul>",
        ),
        "</article>",
        f'<section data-component="more-on-this-story"{cls("Section")}><h2>More on this story</h2>\n<ul>'
        + _links(more)
        + "</ul></section>",
        "</main>",
        f'<aside data-component="top-stories"{cls("Aside")}><h2>Top stories</h2>\n<ul>'
        + _links(top)
        + "</ul></aside>",
        f'<aside data-component="most-read" aria-labelledby="most-read"{cls("Aside")}><h2 id="most-read">'
        "Most read</h2>\n<ol>"
        + "\n".join(
            f'<li><span>{n}</span> <a href="{esc(o.path)}">{esc(o.title)}</a></li>'
            for n, o in enumerate(most, 1)
        )
        + "</ol></aside>",
        f'<footer data-testid="footer"{cls("Footer")}><nav>{esc(nav)}</nav>\n<ul>'
        + "\n".join(f'<li><a href="#">{esc(x)}</a></li>' for x in foot)
        + f"</ul>\n<p><small>{esc(ext)}</small></p></footer>",
        "</div>",
        '<script id="__NEXT_DATA__" type="application/json">'
        + json.dumps(
            {
                "props": {"pageProps": {"page": {"id": ids[s.title], "section": secs[s.title]}}},
                "page": "/news/[id]",
                "buildId": _hex(site, 20),
            }
        )
        + "</script>",
    ]
    return _end_page(c, lines, "cookie-banner", "Yes, I agree")


# --- paywalled-national-daily --------------------------------------------------------------------

PN_MENU = ("U.S.", "World", "Business", "Arts", "Lifestyle", "Opinion", "Audio", "Games", "Cooking")
PN_SECTIONS = (
    "us/politics",
    "us",
    "world/europe",
    "business/economy",
    "climate",
    "health",
    "nyregion",
    "world/americas",
)
PN_LABELS = {
    "us/politics": "Politics",
    "us": "U.S.",
    "world/europe": "Europe",
    "business/economy": "Economy",
    "climate": "Climate",
    "health": "Health",
    "nyregion": "New York",
    "world/americas": "Americas",
}
PN_BEATS = (
    "the White House",
    "Congress",
    "the Supreme Court",
    "national security",
    "the economy",
    "climate policy",
    "health care policy",
    "immigration",
)
PN_FROM = ("Washington", "New York", "Chicago", "London", "Brussels", "Los Angeles", "Houston")
PN_FOOTER = (
    "Contact Us",
    "Accessibility",
    "Work with us",
    "Advertise",
    "Your Ad Choices",
    "Privacy Policy",
    "Terms of Service",
    "Terms of Sale",
    "Site Map",
    "Help",
    "Subscriptions",
)


def render_paywalled_national_daily(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("pn")
    secs = _sections(c, "pn-secs", PN_SECTIONS)

    def path(o: Story) -> str:
        return f"/{o.published:%Y/%m/%d}/{secs[o.title]}/{_slug(o.title)[:60].strip('-')}.html"

    c.repath(path)
    if len(_paras(s)) >= 5:
        _listify(c, "pn-list")
    dr = _page_rng(c, "pn")
    en = prose_for("en", dr)
    label = PN_LABELS[secs[s.title]]
    css = {k: f"css-{_hex(site, 6)}" for k in ("col", "inner", "p", "ad", "h2", "ul", "byline", "time")}
    summary = _other_sentences(c, en, 1)
    c.snip(" ".join(PN_MENU[:5]))
    listen = c.snip(f"Listen to this article · {dr.randint(3, 14)}:{dr.randint(0, 59):02d} min Learn more")
    where = c.stable(f"pn-from-{s.author.name}").choice(PN_FROM)
    c.snip(f"By {s.author.name} Reporting from {where}")
    bio = _bio(c, PN_BEATS)
    read = c.pick_others(1)[0]
    c.snip(f"Read more: {read.title}")
    head = en.title()
    while head == s.title:
        head = en.title()
    out = d + timedelta(days=1)
    printed = c.snip(
        f"A version of this article appears in print on {_en_date(out)}, Section A, Page 12 of the National"
        f" edition with the headline: {head}. Order Reprints | Today's Paper | Subscribe"
    )
    js = c.snip(
        "We are having trouble retrieving the article content. Please enable JavaScript in your browser"
        " settings."
    )
    more = _snip_titles(c, c.pick_others(4))
    c.snip(f"More in {label}")
    trending = _snip_titles(c, c.pick_others(5))
    c.snip(f"Trending in {pub.name}")
    copy = c.snip(f"© {d.year} {pub.name.removeprefix('The ')} Company")
    c.snip(" ".join(PN_FOOTER[:4]))
    # the columns: two to four paragraphs each (a list run or a subheading kept with its paragraphs)
    blocks = _story_html(
        c,
        lambda h: f'<p class="{css["p"]} evys1bk0">{h}</p>',
        lambda t, h: f'<h2 class="{css["h2"]} eoo0vm40">{h}</h2>',
        lambda h: f"<blockquote><p>{h}</p></blockquote>",
        lambda items: f'<ul class="{css["ul"]}">' + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
    )
    readline = (
        f'<p class="{css["p"]} evys1bk0" data-testid="read-more"><strong>Read more:</strong> '
        f'<a href="{esc(read.path)}">{esc(read.title)}</a></p>'
    )
    units = sum(x.startswith(("<p", "<ul")) for x in blocks)  # paragraphs and lists
    sizes: list[int] = []
    while units - sum(sizes) > 4:
        left = units - sum(sizes)
        sizes.append(dr.choice([n for n in (2, 3, 4) if left - n >= 2]))
    sizes.append(units - sum(sizes))
    cols: list[list[str]] = [[]]
    for h in blocks:
        if sum(x.startswith(("<p", "<ul")) for x in cols[-1]) == sizes[len(cols) - 1]:
            cols.append([])
        cols[-1].append(h)
    if len(cols) > 1:
        cols[0].append(readline)  # the first column's last line
    else:
        cols[0].insert(1, readline)
    ad = (
        f'<div class="{css["ad"]} ad" data-testid="StandardAd"><div><p class="{css["ad"]}">Advertisement</p>'
        f'\n<a href="#after-ad-{{n}}" class="{css["ad"]}">SKIP ADVERTISEMENT</a></div></div>'
        '<div id="after-ad-{n}"></div>'
    )
    section: list[str] = []
    for n, col in enumerate(cols):
        if n:
            section.append(ad.format(n=n))
        section.append(
            f'<div class="{css["col"]} StoryBodyCompanionColumn" data-testid="companionColumn-{n}">'
            f'<div class="{css["inner"]}">' + "\n".join(col) + "</div></div>"
        )
    upd = d + timedelta(hours=dr.randint(1, 7), minutes=dr.randint(0, 59))
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "description": summary,
        "datePublished": c.iso(),
        "dateModified": upd.isoformat(timespec="seconds"),
        "author": [
            {"@type": "Person", "name": s.author.name, "url": f"https://{pub.host}/by/{_slug(s.author.name)}"}
        ],
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "isAccessibleForFree": False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".meteredContent",
        },
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en" class="story nytapp-vi-article">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta data-rh="true" property="og:title" content="{esc(s.title)}">',
        f'<meta data-rh="true" name="description" content="{esc(summary)}">',
        f'<meta data-rh="true" property="article:published_time" content="{c.iso(utc=True)}">',
        f'<meta data-rh="true" property="article:modified_time" '
        f'content="{upd.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}">',
        f'<meta data-rh="true" property="article:section" content="{esc(label)}">',
        f'<link data-rh="true" rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        "<body>",
        '<div id="app"><div>',
        '<div class="NYTAppHideMasthead"><a class="skip" href="#site-content">Skip to content</a>\n'
        '<a class="skip" href="#site-index">Skip to site index</a></div>',
        f'<header class="{_hex(site, 4)}-masthead"><a href="/" aria-label="{esc(pub.name)} Logo">'
        f"{esc(pub.name)}</a>\n<nav>"
        + "\n".join(f'<a href="/section/{_slug(x)}">{esc(x)}</a>' for x in PN_MENU)
        + "</nav></header>",
        f'<div class="{css["ad"]} top-wrapper"><p>Advertisement</p>'
        f'\n<a href="#after-top">SKIP ADVERTISEMENT</a>'
        "</div>",
        '<main id="site-content"><article id="story" class="meteredContent">',
        f'<header class="story-header"><p><a href="/section/{secs[s.title]}">{esc(label)}</a></p>',
        f'<h1 data-testid="headline" class="css-{_hex(site, 6)} e1h9rw200">{esc(s.title)}</h1>',
        f'<p id="article-summary" class="css-{_hex(site, 6)} e1wiw3jv0">{esc(summary)}</p>',
        f'<div class="{css["byline"]}"><p class="byline" itemprop="author">By <a href="/by/'
        f'{_slug(s.author.name)}">{esc(s.author.name)}</a></p>\n<div>Reporting from {esc(where)}</div></div>',
        f'<ul class="{css["time"]}"><li><time datetime="{c.iso()}">{_en_date(d)}</time></li>\n'
        f"<li><span>Updated {_clock(upd).replace('AM', 'a.m.').replace('PM', 'p.m.')} {upd.tzname()}</span>"
        "</li></ul>",
        f'<div class="share-tools"><button>Share full article</button>'
        f'\n<div class="audio">{esc(listen)}</div></div>'
        "</header>",
        '<section name="articleBody" itemprop="articleBody">',
        *section,
        "</section>",
        f'<div class="bottom-of-article"><div class="{css["p"]} author-bio"><p>{esc(bio)}</p></div>',
        f'<div class="print-info"><p>{esc(printed)}</p></div></div>',
        "</article>",
        f'<div id="gateway-content" class="gateway"><p>{esc(js)}</p></div>',
        f'<section class="more-in"><h2>More in {esc(label)}</h2>\n<ol>' + _links(more) + "</ol></section>",
        f'<section class="trending"><h2>Trending in {esc(pub.name)}</h2>\n<ol>'
        + _links(trending)
        + "</ol></section>",
        "</main>",
        f'<footer id="site-index"><p>{esc(copy)}</p>\n<nav>'
        + "\n".join(f'<a href="/{_slug(x)}">{esc(x)}</a>' for x in PN_FOOTER)
        + "</nav></footer>",
        "</div></div>",
        f'<script>window.__preloadedData = {{"initialState": {{"uri": "{_pn_uri(c)}"}}}};</script>',
    ]
    return _end_page(c, lines, "gdpr-banner", "Accept")


def _pn_uri(c: Ctx) -> str:
    """The article's content URI in the preloaded state ("nyt://article/<uuid>"-like)."""
    r = _page_rng(c, "pn-uri")
    return f"article://{_hex(r, 8)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 12)}"


# --- dcr-generated-classes -----------------------------------------------------------------------

DC_MENU = ("News", "Opinion", "Sport", "Culture", "Lifestyle")
DC_SUB = ("UK", "World", "Climate crisis", "Business", "Environment", "Science", "Tech", "Football")
DC_SECTIONS = {
    "politics": "Politics",
    "uk-news": "UK news",
    "world": "World news",
    "business": "Business",
    "environment": "Environment",
    "society": "Society",
    "education": "Education",
}
DC_DESKS = (
    "Political correspondent",
    "Policy editor",
    "Economics correspondent",
    "Social affairs editor",
    "Environment editor",
    "Education editor",
)
DC_TOPICS = (
    "Politics",
    "Labour",
    "Conservatives",
    "Housing",
    "Local government",
    "Economic policy",
    "NHS",
    "Schools",
    "Climate crisis",
    "Energy",
    "Transport",
    "Inequality",
)


def _dc_date(d: datetime) -> str:
    """ "Wed 4 Mar 2026 14.30 GMT"."""
    return f"{WEEKDAY_ABBR[d.weekday()]} {d.day} {MON_ABBR[d.month - 1]} {d.year} {d:%H.%M} {d.tzname()}"


def render_dcr_generated_classes(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("dc")
    secs = _sections(c, "dc-secs", tuple(DC_SECTIONS))

    def path(o: Story) -> str:
        return (
            f"/{secs[o.title]}/{o.published:%Y}/{MON_ABBR[o.published.month - 1].lower()}/"
            f"{o.published:%d}/{_slug(o.title)[:60].strip('-')}"
        )

    c.repath(path)
    _two_subheadings(c)
    dr = _page_rng(c, "dc")
    en = prose_for("en", dr)
    g = {
        k: _gen_class(c.stable(f"dc-class-{k}"))
        for k in (
            "p",
            "h2",
            "h1",
            "stand",
            "meta",
            "aside",
            "quote",
            "body",
            "epic",
            "rich",
            "ul",
            "most",
            "foot",
            "btn",
        )
    }
    label = DC_SECTIONS[secs[s.title]]
    standfirst = _other_sentences(c, en, 2)
    c.snip(" ".join(DC_MENU))
    desk = c.stable(f"dc-desk-{s.author.name}").choice(DC_DESKS)
    c.snip(f"{s.author.name} {desk}")
    rich = c.pick_others(1)[0]
    c.snip(f"Related: {rich.title}")
    count = dr.randint(12, 180)
    c.snip(f"You've read {count} articles in the last year")
    appeal = c.snip(
        f"… we have a small favour to ask. Millions are turning to {pub.name} for open, independent, quality"
        " news every day, and readers in 180 countries around the world now support us financially."
    )
    c.snip("Support us today from just £2 a month")
    topics = dr.sample(DC_TOPICS, 4)
    c.snip("Explore more on these topics " + " ".join(topics))
    c.snip("Share Reuse this content")
    comments = c.snip(
        "Commenting has been disabled at this time but you can still sign in or create your"
        " account to join the discussion when it's back"
    )
    most = _snip_titles(c, c.pick_others(5))
    c.snip(f"Most viewed in {label}")
    foot = c.snip(
        f"© {d.year} {pub.name.removeprefix('The ')} News & Media Limited or its affiliated companies."
        " All rights reserved. (dcr)"
    )
    body = _story_html(
        c,
        lambda h: f'<p class="{g["p"]}">{h}</p>',
        lambda t, h: f'<h2 id="{_slug(h)}" class="{g["h2"]}">{h}</h2>',
        lambda h: f'<blockquote class="{g["quote"]}"><p>{h}</p></blockquote>',
        lambda items: (
            f'<ul class="{g["ul"]}">' + "".join(f'<li class="{g["p"]}">{x}</li>' for x in items) + "</ul>"
        ),
    )
    inserts = [
        (
            1,
            f'<aside data-spacefinder-role="richLink" class="{g["rich"]}"><div class="{g["rich"]}">'
            f'<a href="{esc(rich.path)}" data-link-name="in body link"><span>Related: </span>'
            f"{esc(rich.title)}</a></div></aside>",
        )
    ]
    paras = _paras(s)
    if c.has("pullquote") or site.random() < 0.6:
        src = dr.choice(paras[1:-1]) if len(paras) > 2 else paras[0]
        cands = [x for x in s.sentences[src] if 6 <= _words(x) <= 40]
        if cands:
            sent = dr.choice(cands)
            c.repeated.append(" ".join(sent.split()))
            inserts.append(
                (
                    dr.randint(2, max(2, len(paras) - 2)),
                    f'<aside data-spacefinder-role="supporting" class="{g["aside"]}">'
                    f'<svg viewBox="0 0 22 14">'
                    f'<path d="M5 0h5L7 14H0z"></path></svg><blockquote class="{g["quote"]}">'
                    f"<p>{esc(sent)}</p></blockquote></aside>",
                )
            )
    body = _insert_after(body, f'<p class="{g["p"]}"', inserts)
    modified = d + timedelta(hours=dr.randint(1, 5), minutes=dr.randint(1, 59))
    data = [
        {
            "@type": "NewsArticle",
            "@context": "https://schema.org",
            "@id": c.url(),
            "headline": s.title,
            "datePublished": _utc_ms(d),
            "dateModified": _utc_ms(modified),
            "author": [
                {
                    "@type": "Person",
                    "name": s.author.name,
                    "sameAs": f"https://{pub.host}/profile/{_slug(s.author.name)}",
                }
            ],
            "publisher": {"@type": "Organization", "name": pub.name},
            "mainEntityOfPage": c.url(),
        }
    ]
    title = f"{s.title} | {label} | {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    config = {
        "page": {
            "section": secs[s.title],
            "contentType": "Article",
            "pageId": path(s).lstrip("/"),
            "webPublicationDate": int(d.timestamp() * 1000),
        },
        "switches": {"remoteBanner": True},
        "isDev": False,
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(standfirst)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{_utc_ms(d)}">',
        f'<meta property="article:modified_time" content="{_utc_ms(modified)}">',
        f'<meta property="article:section" content="{esc(label)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        f"<script>window.guardian = {json.dumps({'config': config})};</script>",
        f"<style>.{g['p']}{{margin-bottom:14px}}.{g['h2']}{{font-weight:700}}</style>",
        "</head>",
        "<body>",
        f'<div id="bannerandheader"><header data-component="nav4" class="{g["meta"]}">'
        f'<a href="/" data-link-name="nav3 : logo">{esc(pub.name)}</a>\n<ul class="{g["ul"]}">'
        + "\n".join(f'<li><a href="/{_slug(x)}">{x}</a></li>' for x in DC_MENU)
        + "</ul>\n<ul>"
        + "\n".join(f'<li><a href="/{_slug(x)}">{x}</a></li>' for x in DC_SUB)
        + "</ul></header></div>",
        f'<main data-layout="StandardLayout"><article class="{g["body"]}">',
        f'<div data-gu-name="title" class="{g["meta"]}"><a href="/{secs[s.title]}">{esc(label)}</a></div>',
        f'<div data-gu-name="headline" class="{g["h1"]}"><h1 class="{g["h1"]}">{esc(s.title)}</h1></div>',
        f'<div data-gu-name="standfirst" class="{g["stand"]}">'
        f'<div class="{g["stand"]}"><p>{esc(standfirst)}</p>'
        "</div></div>",
        f'<div data-gu-name="meta" class="{g["meta"]}"><address aria-label="Contributor info">'
        f'<a rel="author" href="/profile/{_slug(s.author.name)}">{esc(s.author.name)}</a>\n'
        f'<span class="{g["meta"]}">{esc(desk)}</span></address>\n'
        f'<details class="{g["meta"]}"><summary><span class="{g["meta"]}">{_dc_date(d)}</span></summary>'
        f"<span>Last modified on {_dc_date(modified)}</span></details>\n"
        f'<div class="{g["btn"]}"><button aria-label="Share">Share</button></div></div>',
        f'<div data-gu-name="body" id="maincontent" class="{g["body"]}">'
        f'<div class="article-body-commercial-selector'
        f' article-body-viewer-selector {g["body"]}">',
        *body,
        "</div>",
        f'<div data-gu-name="epic" class="{g["epic"]}"><h2 class="{g["epic"]}">You&#x27;ve read {count}'
        f' articles in the last year</h2>\n<p class="{g["epic"]}">{esc(appeal)}</p>\n'
        f'<a class="{g["btn"]}" '
        f'href="https://support.{pub.host}/contribute">Support us today from just £2 a month'
        "</a></div>",
        f'<div data-gu-name="keywords" class="{g["foot"]}"><h2>Explore more on these topics</h2>\n<ul>'
        + "\n".join(f'<li><a href="/{_slug(x)}">{x}</a></li>' for x in topics)
        + "</ul></div>",
        f'<div class="{g["btn"]}"><button>Share</button>\n<a href="https://syndication.{pub.host}/content/'
        f'{_hex(dr, 8)}">Reuse this content</a></div>',
        "</div></article>",
        f'<section id="comments" class="{g["foot"]}"><p>{esc(comments)}</p></section>',
        f'<section data-component="most-popular" class="{g["most"]}"><h2>Most viewed</h2>\n'
        f'<div role="tablist"><span>Most viewed in {esc(label)}</span></div>\n<ol class="{g["most"]}">'
        + _links(most, f'<li class="{g["most"]}">{{}}</li>')
        + "</ol></section>",
        "</main>",
        f'<footer data-component="footer" class="{g["foot"]}"><ul>'
        + "\n".join(
            f'<li><a href="#">{x}</a></li>'
            for x in (
                "About us",
                "Contact us",
                "Complaints & corrections",
                "Terms & conditions",
                "Privacy policy",
                "Cookie policy",
            )
        )
        + f"</ul>\n<p><small>{esc(foot)}</small></p></footer>",
    ]
    return _end_page(c, lines, "sp_message_container", "Yes, I’m happy")


# --- cable-news-zones ----------------------------------------------------------------------------

CN_MENU = ("US", "World", "Politics", "Business", "Health", "Entertainment", "Style", "Travel", "Sports")
CN_SECTIONS = ("politics", "us", "world", "business", "health", "climate")
CN_CITIES = {
    "politics": ("WASHINGTON",),
    "us": ("NEW YORK", "CHICAGO", "ATLANTA", "LOS ANGELES"),
    "world": ("LONDON", "PARIS", "BRUSSELS", "BERLIN"),
    "business": ("NEW YORK",),
    "health": ("ATLANTA", "WASHINGTON"),
    "climate": ("WASHINGTON", "DENVER", "MIAMI"),
}
CN_NOTES = (
    "Editor's note: This story has been updated with additional developments.",
    "Editor's note: A version of this story first appeared on the network's morning politics briefing.",
    "Editor's note: This article is part of a series on the changing shape of American government.",
    "Editor's note: The reporter's travel for this story was paid for by the network.",
)
CN_VIDEO = (
    "Hear what {p} said about the decision",
    "See the moment {p} responded to reporters",
    "Watch: analysts explain what the vote means",
    "Video shows crowds gathering outside the capitol",
    "Why this fight over funding matters to voters",
)
CN_PARTNERS = (
    "This Is the Highest Paying Savings Account Right Now",
    "Doctors Say This Simple Habit Improves Your Sleep",
    "The Credit Card Experts Use for Travel Rewards",
    "Homeowners Are Surprised by This New Roofing Program",
)


def render_cable_news_zones(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("cn")
    amp = site.random() < 0.5
    secs = _sections(c, "cn-secs", CN_SECTIONS)

    def path(o: Story) -> str:
        return f"/{o.published:%Y/%m/%d}/{secs[o.title]}/{_slug(o.title)[:60].strip('-')}/index.html"

    c.repath(path)
    dr = _page_rng(c, "cn")
    en = prose_for("en", dr)
    section = secs[s.title]
    city = dr.choice(CN_CITIES[section])
    dateline = f"{city} ({pub.short}) —"
    k = _paras(s)[0]
    if not s.sentences[k][0].startswith(dateline):
        s.sentences[k][0] = f"{dateline} {s.sentences[k][0]}"
        s.blocks[k] = ("p", " ".join(s.sentences[k]))
        _trim(s, 900)
    note = dr.choice(CN_NOTES)
    c.snip(" ".join(CN_MENU[:5]))
    byline = c.snip(f"By {s.author.name}, {pub.name}")
    stamp = c.snip(
        f"Published {_clock(d)} {d.tzname()}, {WEEKDAY_ABBR[d.weekday()]} {MONTHS['en'][d.month - 1]}"
        f" {d.day}, {d.year}"
    )
    video = c.snip(dr.choice(CN_VIDEO).format(p=en.person()))
    dur = f"{dr.randint(0, 9):02d}:{dr.randint(0, 59):02d}"
    related = _snip_titles(c, c.pick_others(2))
    most = _snip_titles(c, c.pick_others(4))
    c.snip(f"Most read on {pub.name}")
    partners = dr.sample(CN_PARTNERS, 2)
    for x in partners:
        c.snip(x)
    foot = c.snip(
        f"© {d.year} {pub.name}. A {site.choice(('Meridian', 'Paramount', 'Northstar'))} Media Company."
        " All Rights Reserved."
    )
    legal = (
        "Terms of Use",
        "Privacy Policy",
        "Ad Choices",
        "Accessibility & CC",
        "About",
        "Newsletters",
        "Transcripts",
    )
    c.snip(" ".join(legal[:3]))
    full = c.snip("See Full Web Article") if amp else ""
    pc = "paragraph inline-placeholder vossi-paragraph"
    body: list[str] = []
    run: list[str] = []
    for n, (tag, text) in enumerate([*s.blocks, ("", "")]):
        if tag != "li" and run:
            body.append(
                '<ul class="list">' + "".join(f'<li class="list__item">{x}</li>' for x in run) + "</ul>"
            )
            run = []
        if tag == "p" and n == k:
            rest = text.removeprefix(dateline).lstrip()
            body.append(
                f'<p class="{pc}" data-component-name="paragraph"><cite class="source__cite">'
                f'<span class="source__location">{esc(city)}</span> <span class="source__text">'
                f"({esc(pub.short)})</span> — </cite>{c.inline(rest)}</p>"
            )
        elif tag == "p":
            body.append(f'<p class="{pc}" data-component-name="paragraph">{c.inline(text)}</p>')
        elif tag == "li":
            run.append(esc(text))
        elif tag in ("h2", "h3"):
            body.append(f'<h2 class="subheader" data-component-name="subheader">{esc(text)}</h2>')

    def card(o: Story) -> str:
        return (
            '<div data-component-name="related-content" class="related-content related-content--article">'
            '<div class="related-content__content">'
            '<span class="related-content__label">Related article</span>\n'
            f'<a href="{esc(o.path)}" class="related-content__link">'
            f'<span class="related-content__headline-text">'
            f"{esc(o.title)}</span></a></div></div>"
        )

    if amp:
        player = (
            f'<div class="video-resource"><amp-video-iframe layout="responsive" width="16" height="9"'
            f' src="/video/{_hex(dr, 10)}"></amp-video-iframe>\n<div class="video-resource__headline">'
            f'{esc(video)}</div>\n<span class="video-resource__duration">{dur}</span></div>'
        )
    else:
        player = (
            f'<div data-component-name="video-player" class="video-resource" '
            f'data-uri="/video/{_hex(dr, 10)}">'
            f'<div class="video-resource__wrapper"><div class="video-resource__details">'
            f'<h2 class="video-resource__headline">{esc(video)}</h2>\n'
            f'<span class="video-resource__duration">{dur}</span></div></div>\n'
            '<div class="ad-feedback-link-container"><p>Video Ad Feedback</p></div></div>'
        )
    body = _insert_after(
        body, f'<p class="{pc}"', [(2, player), *((1 + 3 * i, card(o)) for i, o in enumerate(related))]
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": c.iso(),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
        "articleSection": [section],
        "isAccessibleForFree": True,
    }
    title = f"{s.title} | {pub.name} Politics" if section == "politics" else f"{s.title} | {pub.name}"
    head = [
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso(utc=True)}">',
        f'<meta name="pubdate" content="{c.iso(utc=True)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
    ]
    if amp:
        head += [
            '<script async src="https://cdn.ampproject.org/v0.js"></script>',
            "<style amp-custom>.paragraph{font-size:18px}</style>",
        ]
    lines = [
        "<!DOCTYPE html>",
        '<html amp lang="en">' if amp else '<html lang="en" data-layout-uri="/_layouts/layout-with-rail">',
        *head,
        "</head>",
        '<body class="layout layout-with-rail__body">',
        f'<header class="header" data-editable="header">'
        f'<a class="brand-logo" href="/">{esc(pub.name)}</a>\n<nav>'
        + "\n".join(f'<a class="header__nav-item" href="/{_slug(x)}">{x}</a>' for x in CN_MENU)
        + "</nav></header>",
        f'<div class="amp-full"><a href="{esc(c.url())}">{full}</a></div>' if amp else "",
        '<section class="layout__main"><div class="headline headline--has-lowertext">',
        f'<div class="headline__wrapper"><h1 id="maincontent" class="headline__text inline-placeholder">'
        f"{esc(s.title)}</h1></div>",
        f'<div class="headline__footer"><div class="byline byline--has-image"><div class="byline__names">'
        f"{esc(byline)}</div></div>\n"
        f'<div class="timestamp vossi-timestamp">{esc(stamp)}</div></div></div>',
        '<main class="article__main"><div class="article__content-container">',
        '<div class="article__content" data-editable="content" itemprop="articleBody">',
        f'<p class="{pc}" data-component-name="paragraph"><em>{esc(note)}</em></p>',
        *body,
        "</div></div></main>",
        '<div class="ad-slot"><amp-ad type="doubleclick" width="300" height="250"></amp-ad>'
        "<p>Ad Feedback</p></div>"
        if amp
        else '<div class="ad-slot-rail"><div id="ad-rail-1"></div><p>Ad Feedback</p></div>',
        f'<section class="zone zone--most-read">'
        f'<h2 class="zone__title">Most read on {esc(pub.name)}</h2>\n<ul>'
        + _links(most, '<li class="container__item">{}</li>')
        + "</ul></section>",
        '<section class="zone zone--paid-partner"><h2 class="zone__title">Paid Partner Content</h2>\n<ul>'
        + "\n".join(f'<li><a href="https://partners.example/{_slug(x)}">{esc(x)}</a></li>' for x in partners)
        + "</ul></section>",
        f'<div class="amp-full"><a href="{esc(c.url())}">{full}</a></div>' if amp else "",
        "</section>",
        '<footer class="footer"><nav>'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in legal)
        + f'</nav>\n<p class="footer__copyright-text">{esc(foot)}</p></footer>',
    ]
    return _end_page(c, lines, "onetrust-banner-sdk", "I Accept")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "broadcaster-blocks": render_broadcaster_blocks,
    "paywalled-national-daily": render_paywalled_national_daily,
    "dcr-generated-classes": render_dcr_generated_classes,
    "cable-news-zones": render_cable_news_zones,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import json  # noqa: E402
import random  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _en_date,
    _end_page,
    _hex,
    _insert_after,
    _ldjson,
    _links,
    _listify,
    _other_sentences,
    _page_rng,
    _paras,
    _snip_titles,
    _story_html,
    _trim,
    _two_subheadings,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import MONTHS, Ctx, Story, _slug, _words, esc  # noqa: E402
