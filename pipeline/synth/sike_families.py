"""Four SIKE template families for the synthetic publishers (see `pipeline.synth.publishers`).

"sike" is a forty-first split, next to "train", "test" and the held-out splits before it:
families written by a session that read neither the extractor, nor the pipeline's stages, nor any
extraction result, so no extraction rule was written or tuned against them. They are held out
until they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS`, `FAMILY_ZONES` and `RENDERERS` from
this module into its registries and keeps `FAMILIES` from here apart, as `SIKE_FAMILIES`: the sike
families are generated only by `generate_corpus("sike")`, so every other corpus is as it was. All
four are English-language story pages of news sites (2024-26) whose article is laid out in an
unusual way: one page of a long read split over several pages, an explainer built around a dated
chronology, a football match report amid its scoreboard, lineups and stats, and a scrollytelling
feature whose text sits in sticky-scroll steps between graphics. No new language is added.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name); a standfirst
under the headline is neither body nor boilerplate. The choices each family makes for the
debatable parts:
  * paginated-multipage: a magazine-style site's long read split over 2-4 pages; each generated
    page is ONE page of the article (page k of N, chosen per story). The body is that page's
    paragraphs and subheadings only (the other pages' text is not on the page and not in the
    truth); the standfirst (page 1 only) is neither; the "Page 2 of 3" label, the pager ("«
    Previous page 1 2 3 Next page »"), "Continue reading on the next page" (or, on the last page,
    "Back to the first page of this story"), the "Continued from page 1" line of a later page, the
    "Story continues below advertisement" label amid the text, the byline, the share bar, "More
    long reads" and its headlines, the newsletter call, the reader-funding line (the same on every
    page of a site), the navigation and the footer are boilerplate. The title is the headline,
    the same on every page of the story;
  * timeline-chronology: a news site's explainer around a dated chronology: the intro paragraphs,
    the "How we got here" and "What happens next" subheadings, every dated entry and the closing
    paragraphs are body. An entry of an <ol class="timeline"> (a <time> and a <p>) is one line,
    the date and the event as they read ("March 4, 2025 The council ..."); an entry of a <dl> is
    two lines, the <dt> date ("June 2024") and the <dd> event. The dek is neither; the "Key dates"
    jump links, the "This timeline will be updated ..." note (the same on every page of a site),
    the byline, the "Published ..." line, the share bar, the "Timeline: more stories" rail and its
    headlines, the newsletter box, the navigation and the footer are boilerplate;
  * match-report-lineups: a football site's match report: the report's paragraphs and the
    managers' quotes (<blockquote>, one line each, attribution included) are body; the
    scoreboard header ("FT Harlow Town 2 - 1 Castleford Rovers"), the goal scorers rows, the
    lineups tables ("... starting XI" and "... substitutes' bench" captions and their rows), the match
    stats table ("Shots on target 6 3"), the "Player ratings: ..." link, the league table widget
    (its rows), the odds box and its "18+ | BeGambleAware.org ..." disclaimer (the same on every
    page of a site), the byline, "More match reports" and its headlines, the navigation and the
    footer are boilerplate. Every story of a site gets a match report headline (`kit._retitle`)
    and a report written from the family's own sentence templates, consistent with the score;
  * scrollytelling-feature: a newspaper's interactive feature: the intro paragraphs, the <p> of
    every sticky-scroll step (<div class="step" data-step="n">, one or two each) in order and the
    outro paragraphs are body; the graphics between the steps (<figure class="graphic">: the
    chart title, the SVG's axis title and tick labels, the legend, "Source: ..." and "Graphic by
    ..."), "Scroll down to continue", the "How we did this" methodology block, the "Interactive
    graphics by ..." note (the same on every page of a site), the byline, the "Published ..."
    line, the share bar, "More visual stories" and its headlines, the navigation and the footer
    are boilerplate; the dek is neither.

Families (language; date source):
  sike  paginated-multipage    en; <meta property="article:published_time"> with offset and a
                               visible <time>; paths /<yyyy>/<mm>/<dd>/<slug>/ or
                               /longreads/<6 digits>/<slug>, "?page=k" for page k > 1; <title>
                               "T | Site" on page 1 and "T - Page k | Site" after it (or "T -
                               Site", "T - Page k - Site")
  sike  timeline-chronology    en; JSON-LD NewsArticle datePublished with offset and <time
                               datetime> showing "Published 2:30 p.m. EST, March 7, 2026"; paths
                               /news/<section>/<yyyy>/<mm>/<dd>/timeline-<slug> or
                               /explainers/<slug>-<8 digits>.html; <title> "Timeline: T | Site"
                               or "T - Site"
  sike  match-report-lineups   en (en-GB); JSON-LD NewsArticle datePublished with a "+01:00"
                               offset (West Africa Time, Africa/Lagos) and the visible "Sat 7 Mar
                               2026, 17:05 WAT"; paths /football/<league>/<home>-vs-<away>-report-
                               <7 digits> or /sport/football/<yyyy>/<mm>/<dd>/<slug>/; <title>
                               "T | Site" or "T - Match Report - Site"
  sike  scrollytelling-feature en (en-US); the visible "Published March 3, 2026 at 6:00 a.m. ET"
                               and <meta property="article:published_time"> (or <meta
                               name="publish-date">) with offset; paths
                               /interactive/<yyyy>/<slug>/ or /graphics/<yyyy>/<mm>/<slug>/index.html;
                               <title> "T | Site" or "T — Site Graphics"
"""

from __future__ import annotations

from pipeline.synth.prose import _w

FAMILIES: dict[str, str] = {
    "paginated-multipage": "sike",
    "timeline-chronology": "sike",
    "match-report-lineups": "sike",
    "scrollytelling-feature": "sike",
}
FAMILY_LANGUAGE: dict[str, str] = {}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "paginated-multipage": ("The {p} Review", "{p} Quarterly", "The {p} Observer", "{p} Long Reads"),
    "timeline-chronology": ("The {p} Courier", "{p} Public Media", "The {p} Gazette-Journal", "{p} Today"),
    "match-report-lineups": ("{p} Football Live", "The {p} Terrace", "{p} Matchday", "{p} Goal Daily"),
    "scrollytelling-feature": ("The {p} Post", "The {p} Globe", "{p} Star-Ledger", "The {p} Chronicle"),
}
_US = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
FAMILY_ZONES: dict[str, tuple[str, ...]] = {
    "match-report-lineups": ("Africa/Lagos",),
    "scrollytelling-feature": _US,
}
_US_ZONE = {
    "America/New_York": "ET",
    "America/Chicago": "CT",
    "America/Denver": "MT",
    "America/Los_Angeles": "PT",
}


# --- shared pieces ------------------------------------------------------------------------------


def _clock(d: datetime) -> str:
    """ "6:05 a.m."."""
    return f"{d.hour % 12 or 12}:{d:%M} {'a.m.' if d.hour < 12 else 'p.m.'}"


def _menu(items: tuple[str, ...], cls: str, c: Ctx) -> str:
    """A navigation bar (its first five items a snippet)."""
    c.snip(" ".join(items[:5]))
    return (
        f'<nav class="{cls}"><ul>'
        + "".join(f'<li><a href="/{_slug(x)}/">{esc(x)}</a></li>\n' for x in items)
        + "</ul></nav>"
    )


def _footer(c: Ctx, cls: str, links: tuple[str, ...]) -> str:
    """The footer: its links (a snippet) and the publisher's copyright line."""
    c.snip(" ".join(links[:5]))
    return (
        f'<footer class="{cls}"><ul class="footer-links">{_footer_links(tuple(esc(x) for x in links))}</ul>\n'
        f'<p class="copyright">{esc(c.copyright())}</p></footer>'
    )


def _newsletter(c: Ctx, cls: str) -> str:
    return (
        f'<div class="{cls}"><p>{esc(c.text("newsletter"))}</p>'
        '<form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>'
    )


def _words_of(blocks: list[tuple[str, str]]) -> int:
    """The words of the lines of more than six words."""
    return sum(_words(t) for _, t in blocks if _words(t) > 6)


FOOT = ("About us", "Contact", "Advertise with us", "Privacy policy", "Terms of use", "Corrections")


# --- paginated-multipage --------------------------------------------------------------------------

PG_MENU = ("Long reads", "Politics", "Culture", "Science", "Books", "Travel", "Podcasts", "Archive")


def _pg_pages(c: Ctx, o: Story) -> tuple[int, int]:
    """The story's page count and the page it is rendered as (the same on every call)."""
    r = c.stable(f"pg-pages-{o.title}")
    n = r.choice((2, 3, 3, 4))
    return n, r.randint(1, n)


def render_paginated_multipage(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("pg")
    wp = site.random() < 0.5

    def base(o: Story) -> str:
        if wp:
            return f"/{o.published:%Y/%m/%d}/{_slug(o.title)}/"
        return f"/longreads/{c.stable(f'pg-id-{o.title}').randint(100000, 999999)}/{_slug(o.title)}"

    def path(o: Story) -> str:
        _, k = _pg_pages(c, o)
        return base(o) if k == 1 else f"{base(o)}?page={k}"

    c.repath(path)
    n, k = _pg_pages(c, s)
    root = base(s)

    def href(i: int) -> str:
        return root if i == 1 else f"{root}?page={i}"

    dr = _page_rng(c, "pg-page")
    en = prose_for("en", dr)
    label = c.snip(f"Page {k} of {n}")
    byline = c.snip(f"By {s.author.name}, {s.author.desk}")
    shown = f"{_en_date(d)} at {_clock(d)} {d.tzname()}"
    pager: list[str] = []
    if k > 1:
        pager.append(f'<a class="prev" rel="prev" href="{esc(href(k - 1))}">« Previous page</a>')
    for i in range(1, n + 1):
        cur = ' aria-current="page" class="current"' if i == k else ""
        pager.append(f'<a{cur} href="{esc(href(i))}">{i}</a>')
    if k < n:
        pager.append(f'<a class="next" rel="next" href="{esc(href(k + 1))}">Next page »</a>')
    c.snip(
        " ".join(
            (["« Previous page"] if k > 1 else [])
            + [str(i) for i in range(1, n + 1)]
            + (["Next page »"] if k < n else [])
        )
    )
    if k < n:
        onward = c.snip("Continue reading on the next page")
        onward_html = f'<p class="continue-reading"><a href="{esc(href(k + 1))}">{esc(onward)} »</a></p>'
    else:
        back = c.snip("Back to the first page of this story")
        onward_html = f'<p class="continue-reading"><a href="{esc(root)}">{esc(back)}</a></p>'
    continued = c.snip(f"Continued from page {k - 1}") if k > 1 else ""
    ad = c.snip("Story continues below advertisement")
    funding = c.snip(
        f"Independent journalism since {site.randint(1962, 2011)}. {pub.name} is funded by its readers."
    )
    share_label, sites = c.share()
    more = _snip_titles(c, c.pick_others(4))
    more_head = c.snip(f"More long reads from {pub.name}")
    body = c.body_html(heading=lambda t, h: f'<{t} class="subhead">{h}</{t}>')
    body = _insert_after(
        body, "<p>", [(1, f'<div class="ad-slot" data-slot="mid"><span>{esc(ad)}</span></div>')]
    )
    title = (
        (f"{s.title} | {pub.name}" if k == 1 else f"{s.title} - Page {k} | {pub.name}")
        if wp
        else (f"{s.title} - {pub.name}" if k == 1 else f"{s.title} - Page {k} - {pub.name}")
    )
    links = [f'<link rel="canonical" href="{esc(c.url())}">']
    if k > 1:
        links.append(f'<link rel="prev" href="{esc(href(k - 1))}">')
    if k < n:
        links.append(f'<link rel="next" href="{esc(href(k + 1))}">')
    top = (
        f'<p class="standfirst">{esc(_other_sentences(c, en, 2))}</p>'
        if k == 1
        else f'<p class="continued"><a href="{esc(href(k - 1))}">{esc(continued)}</a></p>'
    )
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="en-{"GB" if wp else "US"}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        *links,
        "</head>",
        f'<body class="{"single single-post" if wp else "longread"} paged-{k}">',
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        _menu(PG_MENU, "primary-nav", c),
        "</header>",
        f'<main><article class="{"post hentry" if wp else "longread-article"}">',
        '<p class="kicker">Long read</p>',
        f'<h1 class="{"entry-title" if wp else "headline"}">{esc(s.title)}</h1>',
        top,
        f'<div class="byline"><span class="author">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">{esc(shown)}</time></div>',
        f'<p class="page-count">{esc(label)}</p>',
        _share_div("share-bar", share_label, sites),
        f'<div class="{"entry-content" if wp else "article-body"}">',
        *body,
        "</div>",
        onward_html,
        f'<nav class="article-pagination" aria-label="Article pages">{chr(10).join(pager)}</nav>',
        f'<p class="funding"><em>{esc(funding)}</em></p>',
        "</article>",
        f'<aside class="more-longreads"><h2>{esc(more_head)}</h2><ul>'
        + "\n".join(f'<li><a href="{esc(base(o))}">{esc(o.title)}</a></li>' for o in more)
        + "</ul></aside>",
        _newsletter(c, "newsletter-box"),
        "</main>",
        _footer(c, "site-footer", FOOT),
    ]
    return _end_page(c, lines, "cookie-notice", "Accept")


# --- timeline-chronology --------------------------------------------------------------------------

TL_MENU = ("News", "Local", "Politics", "Education", "Business", "Explainers", "Opinion", "Weather")
TL_SECTIONS = ("local", "politics", "education", "business")


def _tl_date(d: datetime, month_only: bool) -> tuple[str, str]:
    """An entry's shown date and its <time datetime> value."""
    if month_only:
        return f"{MONTHS['en'][d.month - 1]} {d.year}", f"{d:%Y-%m}"
    return _en_date(d), f"{d:%Y-%m-%d}"


def _tl_body(c: Ctx, dl: bool) -> tuple[list[list[str]], list[tuple[str, str, str]], list[list[str]]]:
    """The intro paragraphs (their sentences), the entries (shown date, datetime, event) and the
    closing paragraphs, within 250-900 words and 14 lines of more than six words."""
    s, d = c.story, c.story.published
    dr = _page_rng(c, "tl-body")
    en = prose_for("en", dr)
    paras = [list(x) for (tag, _), x in zip(s.blocks, s.sentences, strict=True) if tag == "p"]
    intro = paras[:2]
    closing = paras[2:][-dr.randint(1, 2) :] if len(paras) > 3 else paras[-1:]
    count = dr.randint(5, 8)
    first = d - timedelta(days=dr.randint(420, 1100))
    span = (d - first).days - 3
    days = sorted(dr.sample(range(span), count))
    used = set(s.body().split("\n"))
    entries: list[tuple[str, str, str]] = []
    for i, day in enumerate(days):
        when = first + timedelta(days=day)
        month_only = dl and i < count // 2 and dr.random() < 0.6
        shown, iso = _tl_date(when, month_only)
        event = " ".join(en.sentence() for _ in range(dr.randint(1, 2)))
        while event in used:
            event = en.sentence()
        used.add(event)
        entries.append((shown, iso, event))

    def total() -> int:
        lines = [" ".join(x) for x in intro + closing]
        lines += [e if dl else f"{sh} {e}" for sh, _, e in entries]
        return sum(_words(x) for x in lines if _words(x) > 6)

    while total() > 880:
        longest = max((p for p in intro + closing if len(p) > 1), key=len, default=None)
        if longest is None:
            entries.pop()
            continue
        longest.pop()
    while total() < 260:
        closing[-1].append(en.sentence())
    return intro, entries, closing


def render_timeline_chronology(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("tl")
    dl = site.random() < 0.5
    dated = site.random() < 0.5

    def path(o: Story) -> str:
        if dated:
            sec = c.stable(f"tl-sec-{o.title}").choice(TL_SECTIONS)
            return f"/news/{sec}/{o.published:%Y/%m/%d}/timeline-{_slug(o.title)}"
        return f"/explainers/{_slug(o.title)}-{c.stable(f'tl-id-{o.title}').randint(10000000, 99999999)}.html"

    c.repath(path)
    intro, entries, closing = _tl_body(c, dl)
    head_how, head_next = "How we got here", "What happens next"
    blocks: list[tuple[str, str]] = [("p", " ".join(x)) for x in intro] + [("h2", head_how)]
    for shown, _, event in entries:
        blocks += [("h3", shown), ("p", event)] if dl else [("p", f"{shown} {event}")]
    blocks += [("h2", head_next)] + [("p", " ".join(x)) for x in closing]
    s.blocks[:] = blocks
    s.sentences[:] = [[] if t != "p" else [x] for t, x in blocks]
    dr = _page_rng(c, "tl-page")
    en = prose_for("en", dr)
    dek = _other_sentences(c, en, 1)
    byline = c.snip(f"By {s.author.name} and {en.person()}, {pub.name}")
    published = c.snip(f"Published {_clock(d)} {d.tzname()}, {_en_date(d)}")
    jumps = sorted(dr.sample(range(len(entries)), min(4, len(entries))))
    jump_text = [f"{MONTHS['en'][int(entries[i][1][5:7]) - 1][:3]} {entries[i][1][:4]}" for i in jumps]
    c.snip("Key dates " + " ".join(jump_text))
    note = c.snip(f"This timeline will be updated as events unfold. Email tips to news@{pub.host}.")
    share_label, sites = c.share()
    rail = _snip_titles(c, c.pick_others(5))
    if dl:
        chron = ['<dl class="chronology">']
        for i, (shown, iso, event) in enumerate(entries):
            chron.append(f'<dt id="entry-{i + 1}"><time datetime="{iso}">{esc(shown)}</time></dt>')
            chron.append(f"<dd>{esc(event)}</dd>")
        chron.append("</dl>")
    else:
        chron = ['<ol class="timeline">']
        for i, (shown, iso, event) in enumerate(entries):
            chron.append(
                f'<li class="timeline__item" id="entry-{i + 1}"><time class="timeline__date" '
                f'datetime="{iso}">{esc(shown)}</time>\n<p class="timeline__text">{esc(event)}</p></li>'
            )
        chron.append("</ol>")
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "description": dek,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "mainEntityOfPage": c.url(),
    }
    title = f"Timeline: {s.title} | {pub.name}" if dated else f"{s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(dek)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="article-page explainer timeline-layout">',
        f'<header class="masthead"><a class="brand" href="/">{esc(pub.name)}</a>',
        _menu(TL_MENU, "site-nav", c),
        "</header>",
        '<div class="page-grid"><main class="main-column"><article>',
        '<p class="label"><a href="/explainers/">Timeline</a></p>',
        f"<h1>{esc(s.title)}</h1>",
        f'<p class="dek">{esc(dek)}</p>',
        f'<div class="article-meta"><p class="byline">{esc(byline)}</p>\n'
        f'<time datetime="{c.iso()}">{esc(published)}</time></div>',
        _share_div("share-tools", share_label, sites),
        '<nav class="key-dates" aria-label="Key dates"><strong>Key dates</strong>\n'
        + "\n".join(f'<a href="#entry-{i + 1}">{x}</a>' for i, x in zip(jumps, jump_text, strict=True))
        + "</nav>",
        '<div class="article-body">',
        *[f"<p>{c.inline(' '.join(x))}</p>" for x in intro],
        f"<h2>{head_how}</h2>",
        *chron,
        f"<h2>{head_next}</h2>",
        *[f"<p>{c.inline(' '.join(x))}</p>" for x in closing],
        "</div>",
        f'<p class="editors-note"><em>{esc(note)}</em></p>',
        "</article></main>",
        '<aside class="rail"><h3>Timeline: more stories</h3><ul>' + _links(rail) + "</ul>",
        _newsletter(c, "rail-newsletter"),
        "</aside></div>",
        _footer(c, "footer", FOOT),
    ]
    return _end_page(c, lines, "consent-banner", "Accept all")


# --- match-report-lineups -------------------------------------------------------------------------

MR_SUFFIXES = _w("United Town City Rovers Athletic Wanderers Albion Rangers County Harriers")
MR_LEAGUES = ("Premier Division", "Championship", "National League", "Super League")
MR_MENU = ("Football", "Live scores", "Fixtures", "Results", "Tables", "Transfers", "Betting tips", "Podcast")
MR_POSITIONS = ("GK", "RB", "CB", "CB", "LB", "DM", "CM", "RW", "AM", "LW", "ST")
MR_WEEKDAYS = _w("Mon Tue Wed Thu Fri Sat Sun")
MR_MONTHS = _w("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
MR_FINISH = (
    "sweeping home from close range after {assist} had cut the ball back",
    "heading in {assist}'s corner at the near post",
    "curling a low shot beyond the goalkeeper from the edge of the area",
    "lifting the ball over the advancing goalkeeper after a through ball from {assist}",
    "firing in off the underside of the bar from twenty yards",
    "tapping in at the far post after {assist} had done the hard work down the right",
    "converting from the penalty spot after {assist} was brought down in the area",
)
# (the minute a filler sentence belongs to, its template)
MR_FILL: tuple[tuple[int, str], ...] = (
    (
        1,
        "{home} started brightly in front of a crowd of {crowd} at {ground}, pinning {away} back for"
        " much of the opening quarter of an hour.",
    ),
    (
        0,
        "Both sides were missing key players, with {hp4} still sidelined by a hamstring problem and"
        " {ap4} serving a one-match suspension.",
    ),
    (
        38,
        "{away} goalkeeper {akeeper} was the busier of the two keepers before the break, saving well"
        " from {hp1} and then from {hp2}.",
    ),
    (
        30,
        "{ap1} wasted the best chance of the first half for the visitors, firing over from eight yards"
        " with only the goalkeeper to beat.",
    ),
    (
        22,
        "The game was held up for several minutes midway through the half while {hp3} received"
        " treatment on the touchline.",
    ),
    (
        35,
        "Referee {ref} booked {hp2} for a late challenge on {ap1}, and {ap3} followed into the book"
        " soon afterwards.",
    ),
    (
        14,
        "{hman} was forced into an early substitution when {hp5} pulled up holding a thigh and had to"
        " be replaced.",
    ),
    (
        26,
        "The visitors' travelling fans, tucked into one corner of the away end, made themselves heard"
        " throughout a lively first half.",
    ),
    (
        46,
        "Neither side managed a shot on target in a scrappy spell either side of half-time, with the"
        " ball spending long periods in the air.",
    ),
    (
        50,
        "{away} had more of the ball after the restart but rarely tested {hkeeper}, who dealt"
        " comfortably with a string of crosses.",
    ),
    (
        53,
        "The tempo dropped after the break as the pitch, heavy after a week of rain, began to take its toll.",
    ),
    (58, "{hp3} hit the post from a free kick just before the hour, and the rebound was scrambled clear."),
    (
        60,
        "{aman} made a double change on the hour, sending on {ap5} and {ap6} in search of more control"
        " in midfield.",
    ),
    (70, "A VAR check for a possible handball by {ap2} lasted almost two minutes before play was waved on."),
    (
        75,
        "{hp1} was a constant threat down the left, and the duel with {ap2} was one of the features of"
        " a lively second half.",
    ),
    (
        92,
        "There were nervous moments deep into stoppage time when {ap1} sent a header just wide of the"
        " far post.",
    ),
)
MR_QUOTES = (
    "I thought we were the better side for long spells and the players deserve credit for that",
    "We knew it would be a tough afternoon and we had to show a lot of character",
    "The first half was not good enough, and I told the players that at half-time",
    "We have to be more clinical, because at this level you do not get many chances",
    "It was a proper derby, a lot of noise and a lot of tackles, and we stood up to it",
    "Credit to the opposition, they made it very difficult for us to play through the middle",
    "We are disappointed with the goals we conceded, they were too easy",
    "The supporters were fantastic today and they helped us over the line in the last ten minutes",
    "There is still a long way to go this season and we will keep working on the training ground",
    "I am proud of the reaction after the break, that is what I want to see from this group",
)
MR_TITLES = {
    "home": (
        "{home} {hg}-{ag} {away}: {hero} fires hosts to victory",
        "{hero} on target as {home} beat {away} at {ground}",
        "{home} see off {away} to keep up the pressure at the top",
    ),
    "away": (
        "{away} stun {home} with {hero} strike at {ground}",
        "{home} {hg}-{ag} {away}: visitors take all three points",
        "{hero} the hero as {away} win away at {home}",
    ),
    "draw": (
        "{home} and {away} share the spoils in {hg}-{ag} draw",
        "{home} {hg}-{ag} {away}: {hero} earns a point for the hosts",
        "Honours even between {home} and {away} at {ground}",
    ),
}
MR_GROUNDS = _w("Park Road Lane Meadow Stadium Ground Field Arena")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _mr_clubs(c: Ctx) -> list[str]:
    """The publisher's league: ten clubs (the same on every page)."""
    r = c.stable("mr-clubs")
    names: list[str] = []
    pool = list(places("en"))
    while len(names) < 10:
        name = f"{r.choice(pool)} {r.choice(MR_SUFFIXES)}"
        if name.split()[0] not in {x.split()[0] for x in names}:
            names.append(name)
    return names


def _mr_squad(c: Ctx, club: str) -> list[str]:
    """A club's eighteen players, the starting eleven first (the same on every page)."""
    r = c.stable(f"mr-squad-{club}")
    en = prose_for("en", r)
    out: list[str] = []
    while len(out) < 18:
        name = en.person()
        if " and " not in name and name.split()[-1] not in {x.split()[-1] for x in out}:
            out.append(name)
    return out


def _mr_staff(c: Ctx, club: str) -> str:
    r = c.stable(f"mr-manager-{club}")
    name = prose_for("en", r).person()
    while " and " in name:
        name = prose_for("en", r).person()
    return name


def _mr_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = c.stable(f"mr-plan-{k}-{attempt}")
    home, away = r.sample(_mr_clubs(c), 2)
    hg, ag = r.choice(((1, 0), (2, 1), (2, 0), (3, 1), (0, 1), (1, 2), (1, 1), (2, 2), (3, 2), (0, 2)))
    goals: list[tuple[int, str, str, str]] = []  # minute, side, scorer, assist
    minutes = sorted(r.sample(range(3, 94), hg + ag))
    sides = ["home"] * hg + ["away"] * ag
    r.shuffle(sides)
    squads = {"home": _mr_squad(c, home), "away": _mr_squad(c, away)}
    for m, side in zip(minutes, sides, strict=True):
        scorer, assist = r.sample(squads[side][5:11], 2)
        goals.append((m, side, scorer, assist))
    result = "home" if hg > ag else "away" if ag > hg else "draw"
    scorers = [g for g in goals if g[1] == result] or goals
    hero = r.choice(scorers)[2].split()[-1]
    ground = f"{home.split()[0]} {c.stable(f'mr-ground-{home}').choice(MR_GROUNDS)}"
    title = r.choice(MR_TITLES[result]).format(home=home, away=away, hg=hg, ag=ag, hero=hero, ground=ground)
    return title, {
        "home": home,
        "away": away,
        "hg": hg,
        "ag": ag,
        "goals": goals,
        "ground": ground,
        "crowd": f"{r.randint(2, 38)},{r.randint(0, 999):03d}",
        "result": result,
    }


def _mr_report(c: Ctx, g: dict[str, Any]) -> list[tuple[str, str]]:
    """The report's blocks: paragraphs ("p") and the managers' quotes ("quote")."""
    r = _page_rng(c, "mr-report")
    home, away = g["home"], g["away"]
    hs, as_ = _mr_squad(c, home), _mr_squad(c, away)
    hman, aman = _mr_staff(c, home), _mr_staff(c, away)
    hp, ap = r.sample(hs[1:11], 5), r.sample(as_[1:11], 4)
    fill = {
        "home": home,
        "away": away,
        "crowd": g["crowd"],
        "ground": g["ground"],
        "akeeper": as_[0],
        "hkeeper": hs[0],
        "hp1": hp[0],
        "hp2": hp[1],
        "hp3": hp[2],
        "hp4": hs[r.randint(11, 17)],
        "hp5": hp[4],
        "ap1": ap[0],
        "ap2": ap[1],
        "ap3": ap[2],
        "ap4": as_[r.randint(11, 17)],
        "ap5": as_[r.randint(11, 14)],
        "ap6": as_[r.randint(15, 17)],
        "ref": prose_for("en", r).person(),
        "hman": hman,
        "aman": aman,
    }
    hg, ag = g["hg"], g["ag"]
    day = f"{c.story.published:%A}"
    if g["result"] == "draw":
        lead = (
            f"{home} and {away} drew {hg}-{ag} at {g['ground']} on {day}, a result that suits neither side."
        )
    else:
        win, lose = (home, away) if g["result"] == "home" else (away, home)
        w, lo = max(hg, ag), min(hg, ag)
        lead = (
            f"{win} beat {lose} {w}-{lo} at {g['ground']} on {day} to move "
            f"{r.choice(('up to', 'into'))} {r.choice(('second', 'third', 'fourth', 'fifth'))} place"
            " in the table."
        )
    goal_lines: list[tuple[int, str]] = []
    score = {"home": 0, "away": 0}
    for m, side, scorer, assist in g["goals"]:
        team = home if side == "home" else away
        mine, theirs = score[side], score["away" if side == "home" else "home"]
        finish = r.choice(MR_FINISH).format(assist=assist)
        if mine == theirs == 0:
            text = f"{scorer} opened the scoring in the {_ordinal(m)} minute, {finish}."
        elif mine == theirs:
            text = f"{scorer} put {team} back in front in the {_ordinal(m)} minute, {finish}."
        elif mine == theirs - 1:
            text = f"{team} were level in the {_ordinal(m)} minute when {scorer} struck, {finish}."
        elif mine < theirs:
            text = f"{scorer} pulled one back for {team} in the {_ordinal(m)} minute, {finish}."
        else:
            text = f"{scorer} extended the {team} lead in the {_ordinal(m)} minute, {finish}."
        score[side] += 1
        goal_lines.append((m, text))
    picked = r.sample(range(len(MR_FILL)), 7)
    spare = [MR_FILL[i][1].format(**fill) for i in range(len(MR_FILL)) if i not in picked]
    r.shuffle(spare)
    fillers = spare
    timeline = sorted(
        [(MR_FILL[i][0], 1, MR_FILL[i][1].format(**fill)) for i in picked]
        + [(m, 0, x) for m, x in goal_lines]
    )
    sents: list[str] = [lead] + [x for _, _, x in timeline]
    paras: list[list[str]] = []
    while sents:
        take = r.choice((2, 2, 3))
        paras.append(sents[:take])
        sents = sents[take:]
    quotes = r.sample(MR_QUOTES, 2)
    blocks: list[tuple[str, str]] = [("p", " ".join(p)) for p in paras]
    blocks.append(("quote", f"\u201c{quotes[0]},\u201d said {hman}, the {home} manager."))
    if r.random() < 0.5:
        blocks.append(("p", " ".join(fillers.pop() for _ in range(2))))
    blocks.append(("quote", f"\u201c{quotes[1]},\u201d said {aman}, the {away} manager."))
    nxt = [x for x in _mr_clubs(c) if x not in (home, away)]
    blocks.append(
        (
            "p",
            f"{home} travel to {r.choice(nxt)} next weekend, while {away} are at home to"
            f" {r.choice(nxt)} on {r.choice(('Tuesday night', 'Saturday', 'Sunday afternoon'))}.",
        )
    )
    while _words_of(blocks) < 260 and fillers:
        blocks.insert(-3, ("p", " ".join(fillers.pop() for _ in range(min(2, len(fillers))))))
    return blocks


def render_match_report_lineups(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _mr_plan)
    s, d = c.story, c.story.published
    site = c.stable("mr")
    league = site.choice(MR_LEAGUES)
    by_league = site.random() < 0.5

    def path(o: Story) -> str:
        if by_league:
            h = c.stable(f"mr-id-{o.title}").randint(1000000, 9999999)
            teams = o.title.split(":")[0] if ":" in o.title else o.title
            return f"/football/{_slug(league)}/{_slug(teams)[:48].strip('-')}-report-{h}"
        return f"/sport/football/{o.published:%Y/%m/%d}/{_slug(o.title)}/"

    c.repath(path)
    blocks = _mr_report(c, g)
    s.blocks[:] = blocks
    s.sentences[:] = [[x] for _, x in blocks]
    home, away, hg, ag = g["home"], g["away"], g["hg"], g["ag"]
    dr = _page_rng(c, "mr-page")
    c.snip(f"FT {home} {hg} - {ag} {away}")
    rows: dict[str, list[str]] = {"home": [], "away": []}
    for m, side, scorer, _ in g["goals"]:
        rows[side].append(f"{scorer} {m}'")
    scorer_html = []
    for side, team in (("home", home), ("away", away)):
        if rows[side]:
            scorer_html.append(
                f'<li class="{side}"><strong>{esc(team)}</strong> {esc(", ".join(rows[side]))}</li>'
            )
            c.snip(f"{team} {', '.join(rows[side])}")
    lineups: list[str] = []
    for side, team in (("home", home), ("away", away)):
        squad = _mr_squad(c, team)
        nums = c.stable(f"mr-nums-{team}").sample(range(2, 40), 17)
        xi = [("1", squad[0], "GK")] + [(str(nums[i - 1]), squad[i], MR_POSITIONS[i]) for i in range(1, 11)]
        subs = [(str(nums[i - 1]), squad[i], "SUB") for i in range(11, 18)]
        cap_xi = c.snip(f"{team} starting XI")
        cap_subs = c.snip(f"{team} substitutes' bench")
        for num, name, pos in dr.sample(xi, 2):
            c.snip(f"{num} {name} {pos}")
        lineups.append(
            f'<table class="lineup lineup--{side}"><caption>{esc(cap_xi)}</caption><tbody>'
            + "".join(
                f'<tr><td class="num">{a}</td>\n<td class="name">{esc(b)}</td>\n<td class="pos">{p}</td></tr>'
                for a, b, p in xi
            )
            + f'</tbody></table>\n<table class="subs subs--{side}"><caption>{esc(cap_subs)}</caption><tbody>'
            + "".join(
                f'<tr><td class="num">{a}</td>\n<td class="name">{esc(b)}</td></tr>' for a, b, _ in subs
            )
            + "</tbody></table>"
        )
    poss = dr.randint(36, 64)
    shots = (dr.randint(6, 20) + hg, dr.randint(4, 17) + ag)
    stats = [
        ("Possession", f"{poss}%", f"{100 - poss}%"),
        ("Total shots", str(shots[0]), str(shots[1])),
        (
            "Shots on target",
            str(dr.randint(max(hg, 1), shots[0] // 2 + hg)),
            str(dr.randint(max(ag, 1), shots[1] // 2 + ag)),
        ),
        ("Corners won", str(dr.randint(1, 11)), str(dr.randint(0, 9))),
        ("Fouls committed", str(dr.randint(6, 17)), str(dr.randint(6, 17))),
        ("Yellow cards", str(dr.randint(0, 4)), str(dr.randint(0, 4))),
    ]
    for label, a, b in stats:
        c.snip(f"{label} {a} {b}")
    ratings = c.snip(f"Player ratings: how every {home} player rated against {away}")
    table_rng = c.stable(f"mr-table-{d:%Y-%m-%d}")
    clubs = _mr_clubs(c)
    standing = sorted(clubs, key=lambda x: table_rng.random())
    played = 18 + (d - d.replace(month=1, day=1)).days // 7
    points = sorted((table_rng.randint(played, played * 2 + 6) for _ in standing), reverse=True)
    table_rows = [
        (i + 1, team, played, pts) for i, (team, pts) in enumerate(zip(standing, points, strict=True))
    ]
    for row in table_rows[:6]:
        c.snip(" ".join(map(str, row)))
    odds_note = c.snip(
        f"18+ | BeGambleAware.org | Please gamble responsibly. Odds correct at time of"
        f" publishing. {pub.name} may receive a commission."
    )
    odds = (
        f"{dr.randint(1, 5)}/{dr.choice((1, 2, 4, 5))}",
        f"{dr.randint(2, 3)}/1",
        f"{dr.randint(1, 6)}/{dr.choice((1, 2, 4))}",
    )
    nxt = [x for x in clubs if x not in (home, away)]
    odds_head = c.snip(f"Next match odds: {home} v {dr.choice(nxt)}")
    byline = c.snip(f"By {s.author.name}, at {g['ground']}")
    shown = f"{MR_WEEKDAYS[d.weekday()]} {d.day} {MR_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} {d.tzname()}"
    share_label, sites = c.share()
    more = _snip_titles(c, c.pick_others(4))
    c.snip("More match reports from the " + league)
    paras = []
    for tag, text in blocks:
        if tag == "quote":
            paras.append(f'<blockquote class="quote"><p>{esc(text)}</p></blockquote>')
        else:
            paras.append(f"<p>{c.inline(text)}</p>")
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "articleSection": "Football",
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "about": {
            "@type": "SportsEvent",
            "name": f"{home} v {away}",
            "homeTeam": {"@type": "SportsTeam", "name": home},
            "awayTeam": {"@type": "SportsTeam", "name": away},
            "location": g["ground"],
        },
    }
    title = f"{s.title} | {pub.name}" if by_league else f"{s.title} - Match Report - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="match-report">',
        f'<header class="top-bar"><a class="logo" href="/">{esc(pub.name)}</a>',
        _menu(MR_MENU, "nav-football", c),
        "</header>",
        '<main class="match-centre">',
        f'<section class="scoreboard" data-status="FT"><span class="status">FT</span>\n'
        f'<span class="team team--home">{esc(home)}</span>\n<span class="score">{hg} - {ag}</span>\n'
        f'<span class="team team--away">{esc(away)}</span></section>',
        '<ul class="scorers">' + "\n".join(scorer_html) + "</ul>",
        '<article class="report">',
        f'<p class="competition"><a href="/football/{_slug(league)}/">{esc(league)}</a></p>',
        f'<h1 class="report__headline">{esc(s.title)}</h1>',
        f'<div class="report__meta"><span class="byline">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">{esc(shown)}</time></div>',
        _share_div("share", share_label, sites),
        '<div class="report-body">',
        *paras,
        "</div>",
        f'<p class="ratings-link"><a href="/football/player-ratings/{_slug(home)}">{esc(ratings)}</a></p>',
        "</article>",
        '<section class="lineups"><h2>Line-ups</h2>',
        *lineups,
        "</section>",
        '<section class="match-stats"><h2>Match stats</h2><table><tbody>'
        + "".join(f"<tr><th>{a}</th>\n<td>{b}</td>\n<td>{x}</td></tr>" for a, b, x in stats)
        + "</tbody></table></section>",
        "</main>",
        f'<aside class="sidebar"><div class="league-table"><h3>{esc(league)} table</h3><table><thead>'
        "<tr><th>Pos</th><th>Team</th><th>P</th><th>Pts</th></tr></thead><tbody>"
        + "".join(
            f"<tr><td>{a}</td>\n<td>{esc(b)}</td>\n<td>{p}</td>\n<td>{q}</td></tr>"
            for a, b, p, q in table_rows
        )
        + "</tbody></table></div>",
        f'<div class="odds-widget"><h4>{esc(odds_head)}</h4>'
        f"<p>Home {odds[0]} Draw {odds[1]} Away {odds[2]}</p>"
        f'<p class="gamble-aware">{esc(odds_note)}</p></div>',
        f'<div class="more-reports"><h3>More match reports from the {esc(league)}</h3><ul>'
        + _links(more)
        + "</ul></div>",
        "</aside>",
        _footer(c, "site-footer", FOOT),
    ]
    return _end_page(c, lines, "cmp-banner", "Accept")


# --- scrollytelling-feature -----------------------------------------------------------------------

SC_MENU = ("News", "Politics", "Climate", "Investigations", "Graphics", "Opinion", "Sports", "Arts")
# (chart title, axis title, legend series, source)
SC_CHARTS = (
    (
        "How rents outpaced wages across the county",
        "Change since 2015, in percent",
        ("Median rent", "Median wage"),
        "Source: Census Bureau, American Community Survey 5-year estimates",
    ),
    (
        "Days above 95 degrees each summer",
        "Number of days per year",
        ("Observed", "30-year average"),
        "Source: National Weather Service climate records",
    ),
    (
        "Where the new housing permits went",
        "Permits issued per 1,000 residents",
        ("Single-family", "Apartments"),
        "Source: county building department permit data",
    ),
    (
        "Transit ridership has not fully recovered",
        "Average weekday boardings, in thousands",
        ("Bus", "Light rail"),
        "Source: regional transit authority ridership reports",
    ),
    (
        "School enrollment fell in most districts",
        "Students enrolled, in thousands",
        ("Public schools", "Charter schools"),
        "Source: state Department of Education enrollment files",
    ),
    (
        "Wildfire smoke days by year",
        "Days with unhealthy air quality",
        ("Smoke days", "All unhealthy days"),
        "Source: EPA Air Quality System monitor data",
    ),
    (
        "The cost of the bridge project kept rising",
        "Estimated cost, in millions of dollars",
        ("Budgeted", "Spent"),
        "Source: state transportation department budget documents",
    ),
    (
        "Emergency response times grew longer",
        "Median response time, in minutes",
        ("Urban areas", "Rural areas"),
        "Source: county emergency communications dispatch logs",
    ),
)
SC_METHOD = (
    "To build this story, reporters analyzed {n} years of public records and interviewed more than"
    " {m} residents, officials and researchers. Figures were adjusted for inflation where noted.",
    "This analysis draws on {n} years of government data obtained through public records requests,"
    " checked against figures published by independent researchers. We spoke with {m} people.",
)


def _sc_figure(
    c: Ctx, k: int, chart: tuple[str, str, tuple[str, str], str], credit: str, r: random.Random
) -> str:
    """A graphic: its title, an SVG with axis title and tick labels, a legend, the source and the
    credit (all snippets but the tick labels)."""
    title, axis, series, source = chart
    c.snip(title)
    c.snip(axis)
    c.snip(source)
    c.snip(credit)
    c.snip("Chart key: " + " ".join(series))
    years = list(range(2015, 2026, 2))
    ticks = "".join(f'<text class="tick" x="{60 + 80 * i}" y="290">{y}</text>' for i, y in enumerate(years))
    paths = "".join(
        f'<path class="line line--{j}" d="M60,{r.randint(120, 240)} '
        + " ".join(f"L{60 + 80 * i},{r.randint(40, 240)}" for i in range(1, len(years)))
        + '"/>'
        for j in range(2)
    )
    return (
        f'<figure class="graphic" id="graphic-{k}">'
        f'<figcaption class="graphic__title">{esc(title)}</figcaption>\n'
        f'<svg viewBox="0 0 560 300" role="img" aria-label="{esc(title)}"><g class="axis axis--y">'
        f'<text class="axis-title" x="0" y="16">{esc(axis)}</text></g>\n<g class="axis axis--x">{ticks}</g>'
        f"{paths}</svg>\n"
        '<div class="legend"><span>Chart key:</span>\n'
        + "\n".join(
            f'<span class="legend__item legend__item--{j}">{esc(x)}</span>' for j, x in enumerate(series)
        )
        + f'</div>\n<p class="graphic__source">{esc(source)}</p>\n'
        f'<p class="graphic__credit">{esc(credit)}</p>'
        "</figure>"
    )


def render_scrollytelling_feature(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("sc")
    interactive = site.random() < 0.5

    def path(o: Story) -> str:
        if interactive:
            return f"/interactive/{o.published:%Y}/{_slug(o.title)}/"
        return f"/graphics/{o.published:%Y/%m}/{_slug(o.title)[:50].strip('-')}/index.html"

    c.repath(path)
    dr = _page_rng(c, "sc-page")
    en = prose_for("en", dr)
    paras = [x for (tag, x) in s.blocks if tag == "p"]
    sents = [x for (tag, _), x in zip(s.blocks, s.sentences, strict=True) if tag == "p"]
    n_intro = 2 if len(paras) >= 7 else 1
    n_outro = 2 if len(paras) >= 9 else 1
    intro, middle, outro = (
        paras[:n_intro],
        paras[n_intro : len(paras) - n_outro],
        paras[len(paras) - n_outro :],
    )
    steps: list[list[str]] = []
    while middle:
        take = 1 if len(middle) == 1 or _words(middle[0]) > 70 else dr.choice((1, 2))
        steps.append(middle[:take])
        middle = middle[take:]
    s.blocks[:] = [("p", x) for x in paras]
    s.sentences[:] = sents  # the subheadings dropped: a scrollytelling text has none
    editors = [en.person() for _ in range(2)]
    charts = dr.sample(SC_CHARTS, min(len(SC_CHARTS), max(1, (len(steps) + 1) // 2)))
    credit = f"Graphic by {editors[0]} and {editors[1]}"
    figures = [
        _sc_figure(c, i + 1, ch, credit if i == 0 else f"Graphic by {editors[i % 2]}", dr)
        for i, ch in enumerate(charts)
    ]
    hint = c.snip("Scroll down to continue")
    note = c.snip(
        f"Interactive graphics by the {pub.name} graphics desk. Best viewed with JavaScript enabled."
    )
    c.snip("How we did this")
    method = c.snip(dr.choice(SC_METHOD).format(n=dr.randint(5, 15), m=dr.randint(20, 90)))
    c.snip("Read the full methodology")
    byline = c.snip(f"By {s.author.name}, with graphics by {editors[0]}")
    published = c.snip(f"Published {_en_date(d)} at {_clock(d)} {_US_ZONE.get(pub.tz, d.tzname())}")
    share_label, sites = c.share()
    more = _snip_titles(c, c.pick_others(4))
    c.snip(f"More visual stories from {pub.name}")
    sections: list[str] = []
    number = 0
    for i, fig in enumerate(figures):
        group = steps[2 * i : 2 * i + 2] if i < len(figures) - 1 else steps[2 * i :]
        html = []
        for step in group:
            number += 1
            html.append(
                f'<div class="step" data-step="{number}">'
                + "".join(f"<p>{c.inline(x)}</p>" for x in step)
                + "</div>"
            )
        sections.append(
            f'<section class="scrolly" id="scrolly-{i + 1}"><div class="scrolly__sticky">{fig}</div>\n'
            f'<div class="scrolly__steps">{"".join(html)}</div></section>'
        )
    dek = _other_sentences(c, en, 1)
    meta = (
        f'<meta property="article:published_time" content="{c.iso()}">'
        if interactive
        else f'<meta name="publish-date" content="{c.iso()}">'
    )
    title = f"{s.title} | {pub.name}" if interactive else f"{s.title} \u2014 {pub.name} Graphics"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta name="description" content="{esc(dek)}">',
        meta,
        '<script src="/static/scrollama.min.js" defer></script>',
        "</head>",
        '<body class="interactive scrollytelling">',
        f'<header class="header header--minimal"><a class="logo" href="/">{esc(pub.name)}</a>',
        _menu(SC_MENU, "nav", c),
        "</header>",
        '<main><article class="feature">',
        '<div class="feature__hero">',
        f'<h1 class="feature__headline">{esc(s.title)}</h1>',
        f'<p class="feature__dek">{esc(dek)}</p>',
        f'<p class="feature__byline">{esc(byline)}</p>',
        f'<p class="feature__published"><time datetime="{c.iso()}">{esc(published)}</time></p>',
        f'<div class="scroll-hint" aria-hidden="true">{esc(hint)} <span>↓</span></div>',
        "</div>",
        '<div class="feature__intro">',
        *[f"<p>{c.inline(x)}</p>" for x in intro],
        "</div>",
        *sections,
        '<div class="feature__outro">',
        *[f"<p>{c.inline(x)}</p>" for x in outro],
        "</div>",
        '<aside class="methodology"><h2>How we did this</h2>',
        f'<p>{esc(method)}</p><p><a href="/methodology/">Read the full methodology</a></p></aside>',
        f'<p class="graphics-note"><em>{esc(note)}</em></p>',
        _share_div("share-buttons", share_label, sites),
        "</article>",
        f'<section class="more-visual"><h2>More visual stories from {esc(pub.name)}</h2><ul>'
        + _links(more)
        + "</ul></section>",
        "</main>",
        _footer(c, "footer", FOOT),
    ]
    return _end_page(c, lines, "privacy-banner", "Got it")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "paginated-multipage": render_paginated_multipage,
    "timeline-chronology": render_timeline_chronology,
    "match-report-lineups": render_match_report_lineups,
    "scrollytelling-feature": render_scrollytelling_feature,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import random  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402
from typing import Any  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _en_date,
    _end_page,
    _footer_links,
    _insert_after,
    _ldjson,
    _links,
    _other_sentences,
    _page_rng,
    _retitle,
    _share_div,
    _snip_titles,
)
from pipeline.synth.prose import places, prose_for  # noqa: E402
from pipeline.synth.publishers import MONTHS, Ctx, Story, _slug, _words, esc  # noqa: E402
