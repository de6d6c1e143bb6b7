"""Four HAGG template families for the synthetic publishers (see `pipeline.synth.publishers`).

"hagg" is a split of its own, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS`, `FAMILY_ZONES` and `RENDERERS` from
this module into its registries and keeps `FAMILIES` from here apart, as `HAGG_FAMILIES`: the hagg
families are generated only by `generate_corpus("hagg")`, so every other corpus is as it was. All
four are English-language article pages (2026) whose text sits among blocks real sites of the kind
carry: a local TV station's story under its video player, a national site's explainer with a table
of contents, a portal's copy of a wire agency's story and an opinion column beside its columnist's
card. No new language: the English grammar of `pipeline.synth.prose` writes every story's text;
the renderers only reshape it (a dateline, sections) and write the blocks around it.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a list inside the text is body, one line per item; a table of contents
repeating the subheadings is not body, each subheading belongs to `body` once and is listed in
`repeated`; "Related:" lines amid the text are boilerplate; a label of fewer than four words
("Autoplay: On", "Back to top", "Key takeaways", "Next video") is no snippet (neither). The choices
each family makes for the debatable parts:
  * tv-station-video-story: a US local TV station's story page (TEGNA / Nexstar style): the
    story's paragraphs and subheadings are body; on half the sites the first paragraph opens with
    the station's dateline ("SELBY, Ohio (WKRT) \u2014 "), which is part of that body line. The
    video player block above the headline (poster image, "Watch: <video title>" caption line,
    duration, "Autoplay: On" toggle, the "Next video" list of linked headlines with durations),
    the closed-caption notice under the player, the byline ("Author: ..."), the "Published:" and
    "Updated:" stamps, the "RELATED: <headline>" lines amid the text, the share bar, the "Download
    the ... app" call (the same on every page of a site; its "Download our app" heading, three
    words, is neither), the sidebar weather widget ("Feels like
    51\u00b0 \u00b7 Wind NW 8 mph", the town's conditions), the "Trending" headlines, the
    navigation and the footer with its FCC public file links and copyright are boilerplate (the
    linked headlines each a snippet; "Watch:" and "Next video" headlines recorded). Some pages
    carry a "Video transcript" <details> block after the story: it is NEITHER body nor boilerplate
    (a speaker-labelled transcript of the broadcast, sentences not in the story: article-specific
    text the story itself does not hold, hidden until opened);
  * explainer-with-toc: a national news site's explainer: the intro paragraphs, each section's
    <h2 id="..."> heading and its paragraphs are body, one line each, in page order; the sticky
    table of contents ("On this page" or "Jump to", anchor links to the sections) is not body, each
    heading is listed in `repeated`. The "Key takeaways" box at the start (three or four bullets,
    sentences of the story's kind not in the text) is NEITHER body nor boilerplate: an editor's
    summary of the article, article-specific but not the article's text. The "Back to top" links
    after each section are neither (three words). The "Sources" list at the end (outbound links,
    one snippet each: "U.S. Census Bureau, American Community Survey"), the "Was this helpful? Yes
    No" widget (the same on every page of a site), the kicker "Explainer" (one word, neither), the
    byline, the "Published"/"Updated" line, the reading time (neither, three words), the share
    bar, "More explainers" and its headlines, the newsletter box, the navigation and the footer are
    boilerplate;
  * wire-story-portal: a portal republishing a wire agency's story: the story's paragraphs and
    subheadings are body, the first paragraph opening with the wire's dateline ("LONDON (Atlas)
    \u2014 ...", in a <span class="dateline"> on some sites) which is part of that body line. The
    closing "Reporting by X in CITY; Additional reporting by Y; Editing by Z" line (a separate
    <p class="credit"> after the text) is BOILERPLATE: a production credit, not article text. So
    are the wire's logo and credit block ("This story was provided by ... and has not been edited by
    ... staff", the same on every page of a site), the "Our Standards: The ... Trust Principles."
    link line (the same on every page of a site), the wire's copyright line, the byline, the date
    line, the portal's "Read next" headlines, the "Sponsored stories" grid (each third-party
    headline and its advertiser line, links off the site), the consent banner's text, the
    navigation and the footer;
  * opinion-column-sidebar: an opinion column: the column's paragraphs and subheadings are body.
    The columnist's card in a sidebar that stands before the text in the markup (photo, name,
    short bio, "Follow ..." links; the bio the same on each of the columnist's pages), the
    "Opinion" label (neither, one word), the byline and date line, the "The views expressed are
    the author's own ..." disclaimer (the same on every page of a site), the "Submit a letter to
    the editor" invitation, "More from this columnist" and its headlines, the comment count
    button ("Join the conversation (37 comments)"), the share bar, the newsletter box, the
    navigation and the footer are boilerplate.

Families (language; date source; URL and title forms):
  hagg  tv-station-video-story  en (US zones); <meta property="article:published_time"> with the
                                offset and the visible "Published: 5:12 PM EST March 7, 2026";
                                paths /article/news/local/<slug>/<3 digits>-<uuid> or
                                /news/local/<slug>/<8 lower-case letters and digits>; <title>
                                "T | WKRT.com" or "T | Site"
  hagg  explainer-with-toc      en (New York, London); JSON-LD NewsArticle datePublished with the
                                offset and <time datetime> with the offset showing "Published
                                March 7, 2026 at 2:30 p.m. EST"; paths /explainers/<slug>-<6
                                digits> or /<yyyy>/<mm>/<dd>/explainer/<slug>/; <title> "T |
                                Site" or "What to know: T - Site"
  hagg  wire-story-portal       en (London, New York, Singapore, Sydney); JSON-LD NewsArticle
                                datePublished in UTC ("Z") and the visible "March 7, 2026 2:30 PM
                                GMT"; paths /world/<slug>-idUS<8 hex> or
                                /news/wire/<yyyy><mm><dd>/<slug>.html; <title> "T | Site" or
                                "T - Site News"
  hagg  opinion-column-sidebar  en (US, Canadian, UK zones); <meta
                                property="article:published_time"> with the offset and the
                                visible "Published 6:00 a.m. ET March 7, 2026" or "7 March 2026,
                                6:00am"; paths /opinion/columnists/<columnist>/<slug>/ or
                                /opinion/<yyyy>/<mm>/<dd>/<slug>-<5 digits>.html; <title>
                                "Opinion | T | Site" or "T - Site"

Every renderer gives every story of its publisher the platform's own URL on first use (`repath`, the
same whichever page renders first); a story's body stays within 4-14 lines of more than six words
and 250-900 words after the renderer reshapes it, and `body` is taken from the story after
rendering.
"""

from __future__ import annotations

FAMILIES: dict[str, str] = {
    "tv-station-video-story": "hagg",
    "explainer-with-toc": "hagg",
    "wire-story-portal": "hagg",
    "opinion-column-sidebar": "hagg",
}
FAMILY_LANGUAGE: dict[str, str] = {}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "tv-station-video-story": ("{p} News 7", "NewsChannel 9 {p}", "{p} 12 News", "Action 4 News {p}",
                               "{p} First News 5"),
    "explainer-with-toc": ("The {p} Times", "{p} Today", "The National {p}", "{p} Post",
                           "The {p} Journal"),
    "wire-story-portal": ("{p} Now", "{p} Online", "{p} Daily Digest", "{p} News Hub", "{p} Headlines"),
    "opinion-column-sidebar": ("The {p} Observer", "{p} Sentinel", "The {p} Courier", "{p} Chronicle",
                               "The {p} Dispatch"),
}
_US = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
FAMILY_ZONES: dict[str, tuple[str, ...]] = {
    "tv-station-video-story": _US,
    "explainer-with-toc": ("America/New_York", "Europe/London"),
    "wire-story-portal": ("Europe/London", "America/New_York", "Asia/Singapore", "Australia/Sydney"),
    "opinion-column-sidebar": (*_US, "America/Toronto", "Europe/London"),
}


def _ampm(d: datetime, dots: bool = False) -> str:
    """ "2:30 PM", or "2:30 p.m." with `dots`."""
    h = d.hour % 12 or 12
    if dots:
        return f"{h}:{d:%M} {'a.m.' if d.hour < 12 else 'p.m.'}"
    return f"{h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def _menu(items: tuple[str, ...], cls: str) -> str:
    return f'<nav class="{cls}"><ul>' + "\n".join(
        f'<li><a href="/{_slug(x)}/">{esc(x)}</a></li>' for x in items
    ) + "</ul></nav>"


def _strip_heads(s: Story) -> None:
    """Drop the story's subheadings (its paragraphs stay, in order)."""
    keep = [i for i, (tag, _) in enumerate(s.blocks) if tag == "p"]
    s.blocks[:] = [s.blocks[i] for i in keep]
    s.sentences[:] = [s.sentences[i] for i in keep]


def _uuid(r: random.Random) -> str:
    h = _hex(r, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _prefix_first(s: Story, prefix: str) -> None:
    """Open the story's first paragraph with `prefix` (a dateline), on the first call only."""
    first = _paras(s)[0]
    text = s.blocks[first][1]
    if not text.startswith(prefix):
        s.blocks[first] = ("p", prefix + text)
        if s.sentences[first]:
            s.sentences[first][0] = prefix + s.sentences[first][0]
    _trim(s, 900)


def _related_lines(c: Ctx, label: str, cls: str, n: int) -> list[tuple[int, str]]:
    """`n` "Label: <headline>" lines to place after paragraphs (recorded), with where."""
    r = _page_rng(c, f"rel-{cls}")
    paras = len(_paras(c.story))
    out: list[tuple[int, str]] = []
    for o in c.pick_others(n):
        c.snip(f"{label} {o.title}")
        at = r.randint(1, max(1, paras - 2))
        link = f'<a href="{esc(o.path)}">{esc(o.title)}</a>'
        out.append((at, f'<p class="{cls}"><strong>{esc(label)}</strong> {link}</p>'))
    return out


# --- tv-station-video-story ----------------------------------------------------------------------

TV_MENU = ("News", "Weather", "Sports", "Traffic", "Video", "Investigations", "Community", "Contests",
           "Watch Live")
TV_STATES = (("Ohio", "Ohio"), ("Tenn.", "Tennessee"), ("Ky.", "Kentucky"), ("Ind.", "Indiana"),
             ("Mo.", "Missouri"), ("Ark.", "Arkansas"), ("Ore.", "Oregon"), ("Colo.", "Colorado"),
             ("Iowa", "Iowa"), ("Ga.", "Georgia"), ("Wis.", "Wisconsin"), ("Mich.", "Michigan"))
TV_CONDITIONS = ("Sunny", "Partly Cloudy", "Mostly Cloudy", "Cloudy", "Light Rain", "Showers", "Clear",
                 "Fog", "Windy", "Light Snow")
TV_WINDS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")
TV_FOOTER = ("FCC Public Inspection File", "FCC Applications", "EEO Public File Report",
             "Closed Captioning Contact", "Accessibility", "Privacy Policy", "Terms of Use",
             "Do Not Sell or Share My Personal Information")
TV_CC = (
    "Closed captioning may be provided by an automated process and may contain errors.",
    "Captions for this video are generated automatically. Select CC in the player to turn them on.",
)
TV_SPEAKERS = ("ANCHOR", "REPORTER", "RESIDENT", "OFFICIAL")


def _call_letters(c: Ctx) -> str:
    r = c.stable("tv-call")
    state = r.choice(TV_STATES)
    first = "K" if state[1] in ("Missouri", "Arkansas", "Oregon", "Colorado", "Iowa") else "W"
    return first + "".join(r.choice("ABCDEFGHJKLMNPRSTVXYZ") for _ in range(3))


def render_tv_station_video_story(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("tv")
    tegna = site.random() < 0.5
    datelined = site.random() < 0.5
    call = _call_letters(c)
    abbr, state = c.stable("tv-call").choice(TV_STATES)
    town = _place(c)

    def path(o: Story) -> str:
        slug = _slug(o.title)[:70].strip("-")
        r = random.Random(f"hagg-tv-{o.title}")
        if tegna:
            return f"/article/news/local/{slug}/{r.randint(100, 999)}-{_uuid(r)}"
        tail = "".join(r.choice(string.ascii_lowercase + string.digits) for _ in range(8))
        return f"/news/local/{slug}/{tail}"

    c.repath(path)
    _listify(c, "tv-list")
    if datelined:
        _prefix_first(s, f"{town.upper()}, {abbr} ({call}) \u2014 ")
    dr = _page_rng(c, "tv-page")
    prose = prose_for("en", _page_rng(c, "tv-video"))
    video_title = prose.title()
    while _words(video_title) < 3 or video_title == s.title:
        video_title = prose.title()
    dur = f"{dr.randint(0, 3)}:{dr.randint(5, 59):02d}"
    c.snip(" ".join(TV_MENU[:5]))
    c.snip(f"Watch: {video_title}")
    cc = c.snip(site.choice(TV_CC))
    nexts = _snip_titles(c, c.pick_others(dr.randint(3, 4)))
    author = s.author.name
    byline = c.snip(f"Author: {author} ({call})" if tegna else f"By {author}, {call} {s.author.desk}")
    stamp = f"{_ampm(d)} {d.tzname()} {d:%B} {d.day}, {d.year}"
    published = c.snip(f"Published: {stamp}")
    upd = d + timedelta(minutes=dr.randint(20, 300))
    updated = c.snip(f"Updated: {_ampm(upd)} {upd.tzname()} {upd:%B} {upd.day}, {upd.year}")
    inserts = _related_lines(c, "RELATED:", "related-link", dr.randint(0, 2))
    share = _share_bar(c, "social-share")
    app = c.snip(f"Download the {call} News app for breaking news alerts, live video and the latest"
                 " forecast.")
    temp = dr.randint(18, 88)
    wind = f"{dr.choice(TV_WINDS)} {dr.randint(2, 21)} mph"
    feels = f"Feels like {temp - dr.randint(0, 6)}\u00b0 \u00b7 Wind {wind}"
    c.snip(feels)
    cond = dr.choice(TV_CONDITIONS)
    trending = c.pick_others(5)
    c.snip("Trending on " + call + ".com")
    for o in trending:
        c.snip(o.title)
    c.snip("FCC Public Inspection File")
    c.snip("Do Not Sell or Share My Personal Information")
    foot = c.snip(f"\u00a9 {YEAR} {call}-TV. All Rights Reserved.")
    body = _insert_after(
        _story_html(
            c,
            lambda h: f"<p>{h}</p>",
            lambda tag, h: f"<{tag}>{h}</{tag}>",
            lambda h: f"<blockquote><p>{h}</p></blockquote>",
            lambda items: "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
        ),
        "<p>",
        inserts,
        skip='<p class="related-link"',
    )
    transcript: list[str] = []
    if dr.random() < 0.45:
        tr = prose_for("en", _page_rng(c, "tv-transcript"))
        for k in range(dr.randint(3, 6)):
            who = TV_SPEAKERS[0] if k == 0 else dr.choice(TV_SPEAKERS)
            transcript.append(f"<p>{who}: {esc(_other_sentences(c, tr, dr.randint(1, 2)))}</p>")
    poster = f"/assets/{call.lower()}/images/{_hex(dr, 16)}/{_hex(dr, 8)}_1140x641.jpg"
    next_html = "\n".join(
        f'<li class="next-item"><a href="{esc(o.path)}">{esc(o.title)}</a>\n'
        f'<span class="next-duration">{dr.randint(0, 4)}:{dr.randint(5, 59):02d}</span></li>'
        for o in nexts
    )
    title = f"{s.title} | {call.lower()}.com" if tegna else f"{s.title} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:video" content="https://media.{call.lower()}.example/{_hex(dr, 12)}.m3u8">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        '<body class="page-article">',
        f'<header class="site-header"><a class="logo" href="/"><img src="/logo-{call.lower()}.svg"'
        f' alt="{esc(pub.name)}"></a>',
        _menu(TV_MENU, "nav-main"),
        '<a class="watch-live" href="/watch/">Watch Live</a></header>',
        '<div class="page-grid"><main class="article-main">',
        '<div class="video-player" data-autoplay="true">',
        f'<div class="video-poster"><img src="{poster}" alt=""><button class="play">Play</button></div>',
        f'<div class="video-caption"><span class="watch-label">Watch:</span> {esc(video_title)}</div>',
        f'<span class="video-duration">{dur}</span>',
        '<div class="autoplay-toggle">Autoplay: <span class="toggle-state">On</span></div>',
        f'<p class="cc-notice">{esc(cc)}</p>',
        f'<div class="next-videos"><h4>Next video</h4><ul>{next_html}</ul></div>',
        "</div>",
        '<article class="article">',
        f'<h1 class="article-headline">{esc(s.title)}</h1>',
        f'<div class="article-byline"><span class="author">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">{esc(published)}</time>\n'
        f'<span class="updated">{esc(updated)}</span></div>',
        share,
        '<div class="article-body">',
        *body,
        "</div>",
        ('<details class="video-transcript"><summary>Video transcript</summary>' + "\n".join(transcript)
         + "</details>") if transcript else "",
        f'<div class="app-promo"><h4>Download our app</h4>\n<p>{esc(app)}</p>'
        f'<a href="https://apps.apple.example/{call.lower()}">App Store</a>'
        f'\n<a href="https://play.google.example/{call.lower()}">Google Play</a></div>',
        "</article>",
        "</main>",
        '<aside class="sidebar">',
        f'<div class="weather-widget"><h3>{esc(town)} Weather</h3>\n<span class="temp">{temp}\u00b0</span>\n'
        f'<span class="cond">{cond}</span>\n<p class="feels">{esc(feels)}</p>\n'
        '<a href="/weather/7-day/">7-Day Forecast</a>\n<a href="/weather/radar/">Interactive Radar</a></div>',
        f'<div class="trending"><h3>Trending on {call}.com</h3><ol>' + _links(trending) + "</ol></div>",
        "</aside></div>",
        f'<footer class="site-footer"><p class="station">{esc(pub.name)} \u00b7 {esc(town)}, {state}</p><ul>'
        + "\n".join(f'<li><a href="/{_slug(x)}/">{esc(x)}</a></li>' for x in TV_FOOTER)
        + f"</ul><p>{esc(foot)}</p></footer>",
    ]
    return _end_page(c, lines, "cookie-banner", "Accept")


# --- explainer-with-toc --------------------------------------------------------------------------

EX_MENU = ("U.S.", "World", "Politics", "Business", "Health", "Climate", "Explainers", "Opinion")
EX_HEADS = ("What is happening?", "Why does it matter?", "Who is affected?", "What happens next?",
            "How much will it cost?", "What are critics saying?", "How did we get here?",
            "When will it take effect?", "What do supporters say?", "What are the alternatives?")
EX_SOURCES = (
    ("U.S. Census Bureau, American Community Survey", "https://www.census.gov/programs-surveys/acs"),
    ("Congressional Budget Office cost estimate", "https://www.cbo.gov/cost-estimates"),
    ("Bureau of Labor Statistics, Consumer Price Index", "https://www.bls.gov/cpi/"),
    ("Office for National Statistics, Labour market overview", "https://www.ons.gov.uk/employment"),
    ("Government Accountability Office report to Congress", "https://www.gao.gov/reports-testimonies"),
    ("Federal Register, notice of proposed rulemaking", "https://www.federalregister.gov/"),
    ("National Audit Office value for money report", "https://www.nao.org.uk/reports/"),
    ("Pew Research Center survey of U.S. adults", "https://www.pewresearch.org/topics/"),
    ("Institute for Fiscal Studies briefing note", "https://ifs.org.uk/publications"),
    ("Environmental Protection Agency fact sheet", "https://www.epa.gov/newsreleases"),
)
EX_FOOTER = ("About us", "Corrections policy", "Ethics and standards", "Contact the newsroom",
             "Privacy policy", "Terms of service")


def _ex_sections(c: Ctx) -> list[str]:
    """Make the story an explainer: its subheadings dropped, one or two intro paragraphs, then two to
    four sections under question headings; the headings."""
    s = c.story
    _strip_heads(s)
    r = _page_rng(c, "ex-sections")
    n = len(s.blocks)
    intro = 1 if n < 6 else 2
    rest = n - intro
    k = max(1, min(4, rest // 2 if rest >= 4 else rest))
    heads = r.sample(EX_HEADS, k)
    cuts = sorted(r.sample(range(intro + 1, n), k - 1)) if k > 1 else []
    starts = [intro, *cuts]
    for at, head in sorted(zip(starts, heads, strict=True), reverse=True):
        s.blocks.insert(at, ("h2", head))
        s.sentences.insert(at, [])
    return heads


def render_explainer_with_toc(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ex")
    dated = site.random() < 0.5
    jump = site.random() < 0.5
    site.random()
    side = pub.index % 2 == 0  # the contents in a side rail beside the text, or above it

    def path(o: Story) -> str:
        slug = _slug(o.title)[:70].strip("-")
        if dated:
            return f"/{o.published:%Y/%m/%d}/explainer/{slug}/"
        return f"/explainers/{slug}-{random.Random(f'hagg-ex-{o.title}').randint(100000, 999999)}"

    c.repath(path)
    heads = _ex_sections(c)
    for h in heads:
        c.repeated.append(h)
    dr = _page_rng(c, "ex-page")
    kt = prose_for("en", _page_rng(c, "ex-kt"))
    takeaways: list[str] = []
    while len(takeaways) < 3 + (dr.random() < 0.5):
        x = _other_sentences(c, kt, 1)
        if _words(x) > 8 and x not in takeaways:
            takeaways.append(x)
    c.snip(" ".join(EX_MENU[:5]))
    authors = [s.author.name]
    if dr.random() < 0.4:
        authors.append(dr.choice([a.name for a in pub.authors if a.name != s.author.name] or [s.author.name]))
    byline = c.snip("By " + " and ".join(dict.fromkeys(authors)))
    shown = c.snip(f"Published {d:%B} {d.day}, {d.year} at {_ampm(d, True)} {d.tzname()}")
    upd = d + timedelta(hours=dr.randint(2, 40))
    updated = c.snip(f"Updated {upd:%B} {upd.day}, {upd.year} at {_ampm(upd, True)} {upd.tzname()}")
    minutes = max(2, _paragraph_words(s) // 200)
    share = _share_bar(c, "share-tools")
    sources = dr.sample(EX_SOURCES, dr.randint(3, 5))
    for name, _ in sources:
        c.snip(name)
    helpful = c.snip("Was this helpful? Yes No")
    more = c.pick_others(4)
    c.snip("More explainers from " + pub.name)
    for o in more:
        c.snip(o.title)
    newsletter = c.snip(
        f"Sign up for The Explainer, the {pub.name} newsletter that breaks down the week's news."
    )
    c.snip(" ".join(EX_FOOTER[:4]))
    foot = c.copyright()
    ids = {h: _slug(h) for h in heads}

    # the sections: each heading with its anchor, a "Back to top" link closing each section
    out: list[str] = []
    seen = 0
    for tag, text in s.blocks:
        if tag == "h2":
            if seen:
                out.append('<a class="back-to-top" href="#top">Back to top \u2191</a></section>')
            out.append(f'<section class="ex-section"><h2 id="{ids[text]}">{esc(text)}</h2>')
            seen += 1
        else:
            out.append(f"<p>{c.inline(text)}</p>")
    out.append('<a class="back-to-top" href="#top">Back to top \u2191</a></section>')
    toc_label = "Jump to" if jump else "On this page"
    toc = (
        f'<nav class="toc{" toc--side" if side else ""}" aria-label="{toc_label}"'
        ' style="position:sticky;top:0">'
        f'<p class="toc-title">{toc_label}</p><ol>'
        + "\n".join(f'<li><a href="#{ids[h]}">{esc(h)}</a></li>' for h in heads)
        + "</ol></nav>"
    )
    box = (
        '<aside class="key-takeaways"><h2>Key takeaways</h2><ul>'
        + "\n".join(f"<li>{esc(x)}</li>" for x in takeaways)
        + "</ul></aside>"
    )
    src_html = (
        '<section class="sources"><h2>Sources</h2><ul>'
        + "\n".join(f'<li><a href="{u}" rel="noopener" target="_blank">{esc(n)}</a></li>' for n, u in sources)
        + "</ul></section>"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": upd.isoformat(timespec="seconds"),
        "author": [{"@type": "Person", "name": a} for a in dict.fromkeys(authors)],
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "articleSection": "Explainers",
    }
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"What to know: {s.title} - {pub.name}"
    main = [
        '<p class="kicker">Explainer</p>',
        f'<h1 class="headline">{esc(s.title)}</h1>',
        f'<div class="byline-block"><span class="byline">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">{esc(shown)}</time>\n<span class="updated">{esc(updated)}</span>\n'
        f'<span class="read-time">{minutes} min read</span></div>',
        share,
        box,
    ]
    article = [
        '<div class="article-body">',
        *out,
        "</div>",
        src_html,
        f'<div class="feedback-widget"><p>{esc(helpful.rsplit(" Yes No", 1)[0])}</p>\n'
        '<button data-vote="yes">Yes</button>\n<button data-vote="no">No</button></div>',
    ]
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{"en-GB" if pub.tz == "Europe/London" else "en-US"}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body id="top" class="explainer">',
        f'<header class="masthead"><a href="/" class="brand">{esc(pub.name)}</a>',
        _menu(EX_MENU, "primary-nav"),
        "</header>",
        '<main class="layout">',
        '<article class="explainer-article">',
        *main,
        *([f'<div class="with-rail"><div class="rail">{toc}</div><div class="col">'] if side else [toc]),
        *article,
        *(["</div></div>"] if side else []),
        "</article>",
        '<section class="more-explainers"><h2>More explainers from ' + esc(pub.name) + "</h2><ul>"
        + _links(more) + "</ul></section>",
        f'<div class="newsletter"><p>{esc(newsletter)}</p><input type="email" placeholder="Email address">'
        "<button>Sign up</button></div>",
        "</main>",
        f'<footer class="site-footer"><ul>{_footer_links(EX_FOOTER)}</ul><p>{esc(foot)}</p></footer>',
    ]
    return _end_page(c, lines, "cookie-notice", "Accept")


# --- wire-story-portal ---------------------------------------------------------------------------

# (agency, short name used in datelines, logo file)
WR_AGENCIES = (
    ("Atlas News Agency", "Atlas"),
    ("Northstar Wire", "Northstar"),
    ("Meridian Press Service", "Meridian"),
    ("Continental Wire", "Continental"),
)
WR_CITIES = ("LONDON", "FRANKFURT", "SINGAPORE", "NEW YORK", "BRUSSELS", "TOKYO", "WASHINGTON", "PARIS",
             "SYDNEY", "JOHANNESBURG", "MUMBAI", "TORONTO", "GENEVA", "DUBAI", "MADRID", "STOCKHOLM")
WR_MENU = ("Home", "World", "Business", "Markets", "Technology", "Sport", "Entertainment", "Lifestyle")
WR_SPONSORED = (
    ("Surgeons Are Stunned: This Simple Habit Eases Knee Pain", "HealthyJoints Daily"),
    ("Homeowners Born Before 1975 Are Claiming This Rebate", "EnergySave Review"),
    ("The New Electric SUVs Everyone Is Talking About This Year", "AutoTrends Search"),
    ("Forget Expensive Hotels: This Is How Smart Travelers Book", "TravelDeals Insider"),
    ("Retirees Are Ditching Their Banks for This High-Yield Account", "MoneyWise Partner"),
    ("Here's What a Walk-In Shower Should Cost You in 2026", "BathPros Quotes"),
    ("This Kitchen Gadget Is Selling Out Across the Country", "HomeFind Picks"),
    ("Dermatologists Reveal the Serum They Use Every Night", "GlowLab Offers"),
)
WR_FOOTER = ("About", "Advertise", "Privacy Policy", "Cookie Settings", "Terms of Use", "Contact")


def _wr_agency(c: Ctx) -> tuple[str, str]:
    return c.stable("wr-agency").choice(WR_AGENCIES)


def render_wire_story_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("wr")
    idstyle = site.random() < 0.5
    site.random()
    span = pub.index % 2 == 1  # the dateline in a span of its own
    banner_top = site.random() < 0.5
    agency, short = _wr_agency(c)

    def path(o: Story) -> str:
        slug = _slug(o.title)[:70].strip("-")
        if idstyle:
            return f"/world/{slug}-idUS{_hex(random.Random(f'hagg-wr-{o.title}'), 8).upper()}"
        return f"/news/wire/{o.published:%Y%m%d}/{slug}.html"

    c.repath(path)
    dr = _page_rng(c, "wr-page")
    city = _page_rng(c, "wr-city").choice(WR_CITIES)
    dateline = f"{city} ({short}) \u2014 "
    _prefix_first(s, dateline)
    reporters = [s.author.name]
    others = [a.name for a in pub.authors if a.name != s.author.name]
    extra = dr.sample(others, min(len(others), 2))
    editor = prose_for("en", dr).person()
    credit = f"Reporting by {s.author.name} in {city.title()}"
    if extra:
        credit += f"; Additional reporting by {extra[0]}"
    if len(extra) > 1 and dr.random() < 0.5:
        credit += f"; Writing by {extra[1]}"
    credit += f"; Editing by {editor}"
    c.snip(credit)
    c.snip(" ".join(WR_MENU[:5]))
    consent = c.snip(
        f"We and our {c.stable('wr-partners').randint(120, 980)} partners store and access information on"
        " your device to personalise content and ads and to measure their performance."
    )
    byline = c.snip("By " + " and ".join(reporters) + f", {short}")
    utc = d.astimezone(UTC)
    shown = c.snip(f"{utc:%B} {utc.day}, {utc.year} {_ampm(utc)} GMT")
    provided = c.snip(f"This story was provided by {agency} and has not been edited by {pub.name} staff.")
    standards = c.snip(f"Our Standards: The {short} Trust Principles.")
    wire_cp = c.snip(f"Copyright {YEAR} {agency}. All rights reserved.")
    share = _share_bar(c, "share-row")
    nxt = c.pick_others(dr.randint(4, 5))
    for o in nxt:
        c.snip(o.title)
    sponsored = dr.sample(WR_SPONSORED, dr.choice((4, 6)))
    c.snip("Sponsored stories Promoted links by Lumenads")
    for head, adv in sponsored:
        c.snip(head)
        c.snip(f"{adv} | Sponsored")
    c.snip(" ".join(WR_FOOTER[:4]))
    foot = c.copyright()

    def p(text: str) -> str:
        return f"<p>{text}</p>"

    body = _story_html(
        c, p, lambda tag, h: f"<{tag}>{h}</{tag}>", lambda h: f"<blockquote><p>{h}</p></blockquote>",
        lambda items: "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
    )
    if span:
        k = next(i for i, x in enumerate(body) if x.startswith("<p>"))
        esc_dl = esc(dateline)
        if body[k].startswith("<p>" + esc_dl):
            body[k] = f'<p><span class="dateline">{esc_dl.rstrip()}</span> ' + body[k][3 + len(esc_dl):]
    banner = (
        f'<div id="consent-banner" class="cmp" role="dialog"><p>{esc(consent)}</p>\n'
        "<button>Accept all</button>\n<button>Reject all</button>\n<button>Manage preferences</button></div>"
    )
    grid = "\n".join(
        f'<div class="sp-card"><a href="https://click.lumenads.example/r?id={_hex(dr, 10)}"'
        ' rel="nofollow sponsored"'
        f' target="_blank"><img src="https://cdn.lumenads.example/{_hex(dr, 12)}.jpg" alt="">'
        f'<span class="sp-title">{esc(h)}</span></a>\n'
        f'<span class="sp-source">{esc(a)} | Sponsored</span></div>'
        for h, a in sponsored
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(utc=True),
        "author": [{"@type": "Person", "name": n} for n in reporters],
        "publisher": {"@type": "Organization", "name": pub.name},
        "sourceOrganization": {"@type": "NewsMediaOrganization", "name": agency},
        "isAccessibleForFree": True,
    }
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name} News"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta name="original-source" content="{esc(agency)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        "<body>",
        banner if banner_top else "",
        f'<header class="portal-header"><a class="portal-logo" href="/">{esc(pub.name)}</a>',
        _menu(WR_MENU, "portal-nav"),
        "</header>",
        '<div class="portal-main"><article class="wire-article">',
        f'<div class="wire-source"><img src="/static/wire/{_slug(short)}-logo.svg" alt="{esc(agency)}">'
        f'\n<span class="wire-name">{esc(agency)}</span></div>',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="meta"><span class="byline">{esc(byline)}</span>\n<time datetime="{c.iso(utc=True)}">'
        f"{esc(shown)}</time></div>",
        share,
        '<div class="wire-body">',
        *body,
        "</div>",
        f'<p class="credit">{esc(credit)}</p>',
        f'<p class="standards"><a href="https://www.{_slug(short)}.example/trust-principles">{esc(standards)}</a></p>',
        f'<div class="wire-credit"><img src="/static/wire/{_slug(short)}-mark.svg" alt="">'
        f"<p>{esc(provided)}</p>\n<p>{esc(wire_cp)}</p></div>",
        "</article>",
        '<aside class="read-next"><h2>Read next</h2><ul>' + _links(nxt) + "</ul></aside>",
        '<section class="sponsored"><h2>Sponsored stories</h2>\n'
        '<span class="sp-label">Promoted links by Lumenads</span>'
        f'<div class="sp-grid">{grid}</div></section>',
        "</div>",
        f'<footer class="portal-footer"><ul>{_footer_links(WR_FOOTER)}</ul><p>{esc(foot)}</p></footer>',
        "" if banner_top else banner,
    ]
    return _end_page(c, lines, "cookie-bar", "OK")


# --- opinion-column-sidebar ----------------------------------------------------------------------

OP_MENU = ("News", "Politics", "Opinion", "Business", "Arts", "Sports", "Letters", "Obituaries")
OP_BEATS = ("city hall and the people who run it", "politics, money and public services",
            "schools, families and the cost of living", "housing, transport and how the region grows",
            "the economy and the workplace", "culture, faith and civic life")
OP_FOOTER = ("About us", "Contact us", "Submit a letter", "Advertise", "Privacy policy", "Terms of use")


def _op_bio(c: Ctx, name: str) -> str:
    """The columnist's short bio, the same on each of their pages."""
    r = c.stable(f"op-bio-{name}")
    bare = c.pub.name.removeprefix("The ")
    town = prose_for("en", r).place()
    form = r.randrange(3)
    first = name.split()[0]
    if form == 0:
        return f"{name} is a columnist for the {bare}. {first} writes about {r.choice(OP_BEATS)}."
    if form == 1:
        return (f"{name} has written a weekly column for the {bare} since {r.randint(2008, 2023)} and lives"
                f" in {town}.")
    return f"{name} is an opinion columnist who writes about {r.choice(OP_BEATS)} from {town}."


def render_opinion_column_sidebar(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("op")
    by_columnist = site.random() < 0.5
    uk = pub.tz == "Europe/London"

    def path(o: Story) -> str:
        slug = _slug(o.title)[:70].strip("-")
        if by_columnist:
            return f"/opinion/columnists/{_slug(o.author.name)}/{slug}/"
        n = random.Random(f"hagg-op-{o.title}").randint(10000, 99999)
        return f"/opinion/{o.published:%Y/%m/%d}/{slug}-{n}.html"

    c.repath(path)
    _listify(c, "op-list")
    dr = _page_rng(c, "op-page")
    name = s.author.name
    c.snip(" ".join(OP_MENU[:5]))
    bio = c.snip(_op_bio(c, name))
    handle = _slug(name).replace("-", "")
    c.snip(f"Follow {name} on X by email")
    byline = c.snip(f"By {name}, Columnist")
    shown = c.snip(f"{d.day} {d:%B} {d.year}, {d.hour % 12 or 12}:{d:%M}{'am' if d.hour < 12 else 'pm'}" if uk
                   else f"Published {_ampm(d, True)} {d.tzname()} {d:%B} {d.day}, {d.year}")
    count = dr.randint(3, 260)
    comments = c.snip(f"Join the conversation ({count} comments)")
    share = _share_bar(c, "share")
    views = c.snip(
        f"The views expressed are the author's own and do not necessarily reflect those of the"
        f" {pub.name.removeprefix('The ')}."
    )
    letter = c.snip(
        "Have something to say about this column? Submit a letter to the editor of up to 250 words."
    )
    c.snip("More from this columnist")
    pool = [o for o in c.others if o is not s and o.author.name == name]
    mine = dr.sample(pool, min(len(pool), 4))
    more = mine + [o for o in c.pick_others(6) if o not in mine][: max(0, 3 - len(mine))]
    for o in more:
        c.snip(o.title)
    bare = pub.name.removeprefix("The ")
    newsletter = c.snip(f"Get the {bare} Opinion newsletter: our columnists, every Sunday.")
    c.snip(" ".join(OP_FOOTER[:4]))
    foot = c.copyright()
    body = _story_html(
        c, lambda h: f"<p>{h}</p>", lambda tag, h: f"<{tag}>{h}</{tag}>",
        lambda h: f"<blockquote><p>{h}</p></blockquote>",
        lambda items: "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
    )
    card = (
        '<aside class="columnist-card">'
        f'<img class="columnist-photo" src="/img/columnists/{_slug(name)}-160.jpg" alt="{esc(name)}">'
        f'\n<h2 class="columnist-name"><a href="/opinion/columnists/{_slug(name)}/">{esc(name)}</a></h2>'
        f'\n<p class="columnist-bio">{esc(bio)}</p>'
        f'\n<p class="follow">Follow {esc(name)} <a href="https://x.example/{handle}">on X</a>'
        f' <a href="mailto:{handle}@{pub.host}">by email</a></p></aside>'
    )
    title = f"Opinion | {s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{"en-GB" if uk else "en-CA" if pub.tz == "America/Toronto" else "en-US"}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        '<meta property="article:section" content="Opinion">',
        f'<meta name="author" content="{esc(name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        '<body class="opinion">',
        f'<header class="site-head"><a class="wordmark" href="/">{esc(pub.name)}</a>',
        _menu(OP_MENU, "site-nav"),
        "</header>",
        '<main class="column-layout">',
        '<p class="section-label"><a href="/opinion/">Opinion</a></p>',
        f'<h1 class="column-headline">{esc(s.title)}</h1>',
        f'<div class="column-meta"><span class="byline">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">{esc(shown)}</time>\n'
        f'<button class="comments-count" data-count="{count}">{esc(comments)}</button></div>',
        '<div class="column-wrap">',
        card,
        '<div class="column-text">',
        share,
        '<div class="column-body">',
        *body,
        "</div>",
        f'<p class="disclaimer"><em>{esc(views)}</em></p>',
        f'<div class="letters-cta"><p>{esc(letter)}</p>'
        '<a href="/opinion/letters/submit/">Submit a letter</a></div>',
        f'<button class="comments-count comments-count--bottom">{esc(comments)}</button>',
        "</div></div>",
        '<section class="more-columnist"><h2>More from this columnist</h2><ul>'
        + _links(more)
        + "</ul></section>",
        f'<div class="newsletter-box"><p>{esc(newsletter)}</p><button>Subscribe</button></div>',
        "</main>",
        f'<footer class="site-footer"><ul>{_footer_links(OP_FOOTER)}</ul><p>{esc(foot)}</p></footer>',
    ]
    return _end_page(c, lines, "consent", "I agree")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "tv-station-video-story": render_tv_station_video_story,
    "explainer-with-toc": render_explainer_with_toc,
    "wire-story-portal": render_wire_story_portal,
    "opinion-column-sidebar": render_opinion_column_sidebar,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import random  # noqa: E402
import string  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _end_page,
    _footer_links,
    _hex,
    _insert_after,
    _ldjson,
    _links,
    _listify,
    _other_sentences,
    _page_rng,
    _paragraph_words,
    _paras,
    _place,
    _share_bar,
    _snip_titles,
    _story_html,
    _trim,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import YEAR, Ctx, Story, _slug, _words, esc  # noqa: E402
