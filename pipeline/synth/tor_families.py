"""Four TOR template families for the synthetic publishers (see `pipeline.synth.publishers`).

"tor" is a thirty-fourth split, next to "train", "test" and the held-out splits before it:
families written by a session that read neither the extractor, nor the pipeline's stages, nor any
extraction result, so no extraction rule was written or tuned against them. They are held out
until they are measured once. All four are English; what makes them hard is the structure of the
page, not the language.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `TOR_FAMILIES`: the tor families are
generated only by `generate_corpus("tor")`, so every other corpus is as it was. No new language.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name). The choices each
family makes for the debatable parts:
  * js-rendered-daily: a React news site (Next.js-like, or Remix-like) rendered by streaming
    server-side rendering: the server HTML of the <article> holds the headline, the byline, the
    first paragraph and a Suspense fallback ("Loading…", a skeleton); the rest of the article
    arrives later in the same document, in a `<div hidden id="S:0">` that React's inline `$RC`
    script moves into the article, and the whole text is also in the JSON-LD `articleBody` and in
    the framework's state blob (`<script id="__NEXT_DATA__">` or `window.__remixContext`). The
    body is the whole article (what a reader sees once the page runs: the first paragraph, then
    the streamed paragraphs and subheadings, one line each). The "Loading…" placeholder is
    neither; the nav, the byline, the share bar, "Most read", the newsletter call, the
    subscription banner, the author bio, "More from <section>" and the footer are boilerplate;
  * liveblog-desk: a live blog: the title and a summary standfirst (neither), a "Key events" box
    (boilerplate: each item is the entry's time and headline, a link to the entry), a pinned entry
    (its headline and text are body, shown once, first), then 8-12 timestamped entries, newest
    first (each an optional headline of six words or fewer and one or two paragraphs: body, in the
    page's order), and a "Load more updates" button. The timestamps, "Pinned" and the "Share this
    post" buttons are boilerplate but too short for snippets; "Show key events only", the
    JavaScript notice, the contributors' line, the nav, "More on this story" headlines, the
    newsletter call and the footer are snippets;
  * longread-magazine: a magazine long-read: the dek under the headline is neither; the text (its
    first paragraph opens with `<span class="dropcap">T</span>he …`, an opening quote mark going
    into the span with the letter; the body line has the whole word), its <h2> section titles and
    a list (one line per item) are body; the section breaks (`<hr>` or a "* * *"
    paragraph) are neither; two pull quotes repeat body sentences (in `repeated`, once in the
    body); the footnote marks (<sup> at the end of a paragraph) and the numbered notes after the
    text are neither; the photo essays between sections (captions and "Photograph by" credits),
    the "This article appears in the ... issue" line, the author bio after the text, the reading
    time line, "More long reads", the nav, the newsletter call and the footer are boilerplate;
  * print-edition-archive: an old newspaper's archive "print version" page: nested tables,
    <font>, paragraphs separated by <br><br>, subheadings as <b> lines. The text is body (the
    headline is the title); the masthead (the paper's name and motto), the visible dateline
    ("Saturday, March 7, 2026"), the "Page A3 | Section: Metro | 812 words" line (the body's
    word count), "Click here to purchase a reprint", the byline, the archive's navigation
    column, "Email this story to a friend", "Other stories from this edition" and the copyright
    lines are boilerplate.

Families (language; date source):
  tor  js-rendered-daily      en; JSON-LD NewsArticle datePublished with offset, `publishedAt` in
                              UTC in the state blob and a <time datetime> in UTC ("Z") showing
                              "March 7, 2026 2:30 PM EST"; paths /<section>/<slug>-<7 digits>
                              or /<yyyy>/<mm>/<dd>/<section>/<slug>/; <title> "T | Site" or
                              "T - Site"
  tor  liveblog-desk          en; JSON-LD LiveBlogPosting datePublished and coverageStartTime with
                              offset (the blog's start; the entries' times are later) and the
                              visible "Sat 7 Mar 2026 14.30 GMT"; paths
                              /<section>/live/<yyyy>/<mon>/<dd>/<slug> or
                              /news/live/<slug>-<8 digits>; <title> "T – live | Site" or
                              "LIVE: T - Site"
  tor  longread-magazine      en; <meta property="article:published_time"> with offset and the
                              visible "March 7, 2026"; paths /features/<yyyy>/<mm>/<slug> or
                              /longreads/<4 digits>/<slug>; <title> "T | Site" or "T — Site"
  tor  print-edition-archive  en; no machine-readable date: a visible "Saturday, March 7, 2026"
                              dateline, the feed gives the time; paths
                              /archives/print/<yyyymmdd>/<section>/<6 digits>.html or
                              /news/print.php?id=<6 digits>&sec=<section>; <title> "Site: T
                              (print version)" or "T - Site Archives"
"""

from __future__ import annotations

FAMILIES: dict[str, str] = {
    "js-rendered-daily": "tor",
    "liveblog-desk": "tor",
    "longread-magazine": "tor",
    "print-edition-archive": "tor",
}
FAMILY_LANGUAGE: dict[str, str] = {}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "js-rendered-daily": ("{p} Now", "The {p} Daily", "{p} Today", "{p} Current", "{p} Wire"),
    "liveblog-desk": ("{p} Live", "The {p} Desk", "{p} Newsroom", "{p} Evening Post"),
    "longread-magazine": ("{p} Review", "The {p} Quarterly", "{p} Magazine", "{p} Longform", "The {p} Atlas"),
    "print-edition-archive": ("The {p} Gazette", "{p} Daily Courier", "The {p} Ledger", "{p} Sentinel-Star"),
}

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _clock(d: datetime) -> str:
    """ "2:30 PM"."""
    return f"{d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def _html_blocks(c: Ctx, blocks: list[tuple[str, str]], p: Callable[[str], str],
                 heading: Callable[[str, str], str], ul: tuple[str, str] = ("<ul>", "</ul>")) -> list[str]:
    """Blocks as HTML: a paragraph's inline HTML through `p`, a heading's tag and escaped text
    through `heading`, a run of list items inside `ul`, a quote as a blockquote."""
    out: list[str] = []
    run: list[str] = []
    for tag, text in [*blocks, ("", "")]:
        if tag != "li" and run:
            out.append(ul[0] + "".join(f"<li>{x}</li>" for x in run) + ul[1])
            run = []
        if tag == "p":
            out.append(p(c.inline(text)))
        elif tag == "li":
            run.append(esc(text))
        elif tag == "quote":
            out.append(f"<blockquote><p>{esc(text)}</p></blockquote>")
        elif tag in ("h2", "h3"):
            out.append(heading(tag, esc(text)))
    return out


def _cookie(c: Ctx, lines: list[str], cls: str, button: str) -> str:
    """The page's end (the cookie notice for a publisher that shows one), snippets the body holds
    dropped."""
    return _end_page(c, lines, cls, button)


# --- js-rendered-daily -------------------------------------------------------------------------

JS_MENU = ("Home", "Local", "Politics", "Business", "Sports", "Opinion", "Weather", "Obituaries", "Podcasts")
JS_SECTIONS = ("local", "politics", "business", "education", "public-safety", "environment")


def render_js_rendered_daily(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("js")
    dated = site.random() < 0.5
    remix = site.random() < 0.5
    rng_ids = c.stable("js-ids")
    ids = {o.title: rng_ids.randint(1_000_000, 9_999_999) for o in sorted(c.others, key=lambda o: o.title)}
    sec = {o.title: JS_SECTIONS[ids[o.title] % len(JS_SECTIONS)] for o in c.others}

    def path(o: Story) -> str:
        slug = _slug(o.title)[:60].strip("-")
        if dated:
            return f"/{o.published:%Y/%m/%d}/{sec[o.title]}/{slug}/"
        return f"/{sec[o.title]}/{slug}-{ids[o.title]}"

    c.repath(path)
    if len(_paras(s)) >= 6:
        _listify(c, "js-list")
    section = sec[s.title]
    label = section.replace("-", " ").title()
    dr = _page_rng(c, "js")
    c.snip(" ".join(JS_MENU[:5]))
    byline = c.snip(f"By {s.author.name}, {s.author.desk}")
    share = c.snip("Share this article on Facebook, X or by email")
    c.snip("Most read right now")
    most = _snip_titles(c, c.pick_others(5))
    c.snip(f"More from {label} coverage")
    more = _snip_titles(c, c.pick_others(3))
    news = c.snip(f"Get the {pub.name} morning newsletter: the day's top local stories before 7 a.m.")
    sub = c.snip(f"Subscribe to {pub.name} for $1 a week. Cancel anytime.")
    bio = c.bio()
    foot = c.snip(f"© {d.year} {pub.name}. All rights reserved. Terms of Use · Privacy Policy")
    blocks = s.blocks
    first = _html_blocks(c, blocks[:1], lambda h: f'<p class="article-body__p">{h}</p>',
                         lambda t, h: f"<{t}>{h}</{t}>")
    rest = _html_blocks(c, blocks[1:], lambda h: f'<p class="article-body__p">{h}</p>',
                        lambda t, h: f'<{t} class="article-body__heading">{h}</{t}>',
                        ('<ul class="article-body__list">', "</ul>"))
    utc = d.astimezone(UTC)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": c.iso(),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
        "mainEntityOfPage": c.url(),
        "articleSection": label,
        "articleBody": ("\n\n" if remix else " ").join(t for _, t in blocks),
    }
    article = {
        "id": f"{_hex(dr, 8)}-{_hex(dr, 4)}-{_hex(dr, 4)}",
        "headline": s.title,
        "slug": _slug(s.title),
        "section": {"slug": section, "name": label},
        "publishedAt": f"{utc:%Y-%m-%dT%H:%M:%S}.000Z",
        "authors": [{"name": s.author.name, "title": s.author.desk}],
        "body": [
            {"type": {"p": "paragraph", "li": "list-item", "quote": "blockquote"}.get(t, "heading"),
             **({"level": int(t[1])} if t in ("h2", "h3") else {}), "text": x}
            for t, x in blocks
        ],
    }
    build = _hex(site, 21)
    if remix:
        state = {
            "state": {"loaderData": {"root": {"site": pub.name},
                                     "routes/$section.$slug": {"article": article}}},
            "future": {"v3_fetcherPersist": True},
        }
        blob = f"<script>window.__remixContext = {json.dumps(state, ensure_ascii=False)};</script>"
    else:
        nd = {
            "props": {"pageProps": {"article": article, "__N_SSP": True}},
            "page": "/[section]/[slug]",
            "query": {"section": section, "slug": path(s).strip("/").rsplit("/", 1)[-1]},
            "buildId": build,
            "isFallback": False,
            "gssp": True,
            "scriptLoader": [],
        }
        blob = (f'<script id="__NEXT_DATA__" type="application/json">'
                f"{json.dumps(nd, ensure_ascii=False)}</script>")
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    shown = f"{_en_date(d)} {_clock(d)} {d.tzname()}"
    root = "__next" if not remix else "root"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="preload" href="/_next/static/chunks/main-{build[:16]}.js" as="script">'
        if not remix else f'<link rel="modulepreload" href="/build/entry.client-{build[:8].upper()}.js">',
        _ldjson(data),
        "</head>",
        "<body>",
        f'<div id="{root}">',
        '<div class="sticky-banner" role="region">'
        f'<p>{esc(sub)}</p><a class="btn" href="/subscribe">Subscribe</a></div>',
        f'<header class="site-header"><a class="site-header__logo" href="/">{esc(pub.name)}</a>'
        '<nav aria-label="Main">' + "\n".join(f'<a href="/{_slug(x)}">{x}</a>' for x in JS_MENU)
        + "</nav></header>",
        '<main class="layout"><article class="article">',
        f'<a class="article__section" href="/{section}">{esc(label)}</a>',
        f'<h1 class="article__headline">{esc(s.title)}</h1>',
        f'<div class="article__byline"><span>{esc(byline)}</span>'
        f'\n<time datetime="{utc:%Y-%m-%dT%H:%M:%S}.000Z">{shown}</time></div>',
        f'<div class="share-tools"><span>{esc(share)}</span></div>',
        '<div class="article-body">',
        *first,
        '<!--$?--><template id="B:0"></template>'
        '<div class="article-body__skeleton" aria-busy="true"><p class="loading">Loading…</p>'
        '<div class="skeleton-line"></div><div class="skeleton-line"></div></div><!--/$-->',
        "</div>",
        f'<aside class="author-card"><p>{esc(bio)}</p></aside>',
        "</article>",
        f'<section class="more-from"><h2>More from {esc(label)} coverage</h2><ul>'
        + _links(more) + "</ul></section>",
        '<aside class="most-read"><h2>Most read right now</h2><ol>' + _links(most) + "</ol></aside>",
        f'<div class="newsletter-signup"><p>{esc(news)}</p><input type="email" placeholder="Email">'
        "<button>Sign up</button></div>",
        "</main>",
        f'<footer class="site-footer"><p>{esc(foot)}</p></footer>',
        "</div>",
        '<div hidden id="S:0"><div class="article-body__rest">',
        *rest,
        "</div></div>",
        '<script>$RC=function(b,c,e){c=document.getElementById(c);c.parentNode.removeChild(c);'
        'var a=document.getElementById(b);if(a){b=a.previousSibling;e=b.parentNode;'
        'e.insertBefore(c.firstChild,a);e.removeChild(a.nextSibling);e.removeChild(a)}};'
        '$RC("B:0","S:0")</script>',
        blob,
    ]
    return _cookie(c, lines, "consent-modal", "Accept all")


# --- liveblog-desk -------------------------------------------------------------------------------

LB_MENU = ("News", "UK", "World", "Politics", "Business", "Climate", "Sport", "Culture")
LB_HEADS = (
    "Police close the ring road",
    "Council leader speaks",
    "What we know so far",
    "Residents describe the scene",
    "Schools to open as normal",
    "Train services disrupted",
    "Emergency meeting called",
    "Opposition demands answers",
    "Firefighters still on site",
    "Statement from the hospital",
    "Roads reopen in the centre",
    "Minister visits the site",
    "Questions over the budget",
    "Bus diversions in place",
    "Vote expected tonight",
)


def _liveblog_body(c: Ctx) -> tuple[list[list[tuple[str, str]]], list[str]]:
    """The live blog's text, made anew for the page: a pinned entry, then 8-14 entries (oldest
    first), each a list of blocks (an optional "h3" headline, one or two paragraphs); the story's
    blocks set to them, newest entry first after the pinned one. Also the key-event headlines."""
    s = c.story
    r = _page_rng(c, "lv-body")
    en = prose_for("en", r)
    while True:
        n = r.randint(8, 12)
        entries: list[list[tuple[str, str]]] = []
        heads = r.sample(LB_HEADS, n + 1)
        for i in range(n + 1):
            blocks: list[tuple[str, str]] = []
            if i == 0 or r.random() < 0.55:
                blocks.append(("h3", heads[i]))
            for _ in range(2 if r.random() < 0.2 else 1):
                para = " ".join(en.sentence() for _ in range(r.randint(1, 3)))
                blocks.append(("p", para))
            entries.append(blocks)
        paras = [t for e in entries for tag, t in e if tag == "p"]
        words = sum(_words(t) for t in paras)
        if len(paras) <= 14 and all(_words(t) > 6 for t in paras) and 250 <= words <= 900:
            break
    pinned, rest = entries[0], entries[1:]
    ordered = [pinned, *reversed(rest)]
    s.blocks[:] = [b for e in ordered for b in e]
    s.sentences[:] = [[t] if tag == "p" else [] for tag, t in s.blocks]
    return rest, [h for h in heads[: n + 1]]


def render_liveblog_desk(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("lv")
    dated = site.random() < 0.5
    ids = {o.title: c.stable(f"lv-id-{o.title}").randint(10_000_000, 99_999_999) for o in c.others}

    def path(o: Story) -> str:
        slug = _slug(o.title)[:64].strip("-")
        if dated:
            p = o.published
            mon = MONTH_ABBR[p.month - 1].lower()
            return f"/{_slug(o.section) or 'news'}/live/{p.year}/{mon}/{p:%d}/{slug}"
        return f"/news/live/{slug}-{ids[o.title]}"

    c.repath(path)
    entries, _ = _liveblog_body(c)
    r = _page_rng(c, "lv")
    times: list[datetime] = []
    t = d
    for _ in entries:
        times.append(t)
        t += timedelta(minutes=r.randint(4, 38))
    standfirst = _other_sentences(c, prose_for("en", r), 2)
    c.snip(" ".join(LB_MENU[:5]))
    c.snip("Show key events only")
    js = c.snip("Please turn on JavaScript in your browser to get the best experience of live updates.")
    authors = [s.author.name, *[a.name for a in r.sample(pub.authors, min(2, len(pub.authors)))
                                if a.name != s.author.name]][:2]
    contrib = c.snip(f"{' and '.join(authors)} (now); earlier reporting by {pub.name} staff")
    post_ids = [_hex(r, 24) for _ in entries]
    key = [(i, e) for i, e in enumerate(entries) if e[0][0] == "h3"]
    key_items = []
    for i, e in reversed(key):
        when = f"{times[i]:%H.%M}"
        c.snip(f"{when} {e[0][1]}")
        key_items.append(f'<li><a href="?page=with:block-{post_ids[i]}#block-{post_ids[i]}">'
                         f"<time>{when}</time> {esc(e[0][1])}</a></li>")
    c.snip("More on this story")
    more = _snip_titles(c, c.pick_others(4))
    news = c.snip(f"Sign up to First Edition, the free daily newsletter from {pub.name}")
    foot = c.snip(f"© {d.year} {pub.name}. All rights reserved. Registered in England and Wales.")
    tz = d.tzname()
    start = f"{d:%a} {d.day} {MONTH_ABBR[d.month - 1]} {d.year} {d:%H.%M} {tz}"
    c.snip(f"First published on {start}")

    def entry_html(blocks: list[tuple[str, str]], when: datetime, pid: str, pinned: bool = False) -> str:
        inner = [f'<p class="block-time"><time datetime="{when.isoformat(timespec="seconds")}">'
                 f"{when:%H.%M} {tz}</time></p>"]
        if pinned:
            inner.insert(0, '<span class="pinned-label">Pinned</span>')
        for tag, text in blocks:
            if tag == "h3":
                inner.append(f'<h3 class="block-title">{esc(text)}</h3>')
            else:
                inner.append(f"<p>{c.inline(text)}</p>")
        inner.append('<button class="share-post">Share this post</button>')
        cls = "block block--pinned" if pinned else "block"
        return f'<article id="block-{pid}" class="{cls}">' + "\n".join(inner) + "</article>"

    pinned_blocks = s.blocks[: len(s.blocks) - sum(len(e) for e in entries)]
    last = times[-1]
    body_html = [entry_html(pinned_blocks, d, _hex(r, 24), pinned=True)]
    body_html += [entry_html(e, times[i], post_ids[i]) for i, e in reversed(list(enumerate(entries)))]
    updates = [
        {"@type": "BlogPosting", "headline": e[0][1] if e[0][0] == "h3" else s.title,
         "datePublished": times[i].isoformat(timespec="seconds"),
         "url": f"{c.url()}?page=with:block-{post_ids[i]}#block-{post_ids[i]}"}
        for i, e in enumerate(entries)
    ]
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": s.title,
        "url": c.url(),
        "datePublished": c.iso(),
        "dateModified": last.isoformat(timespec="seconds"),
        "coverageStartTime": c.iso(),
        "coverageEndTime": (last + timedelta(hours=6)).isoformat(timespec="seconds"),
        "author": [{"@type": "Person", "name": x} for x in authors],
        "publisher": {"@type": "Organization", "name": pub.name},
        "liveBlogUpdate": updates,
    }
    title = f"{s.title} – live | {pub.name}" if site.random() < 0.5 else f"LIVE: {s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="content--liveblog">',
        f'<header><a class="logo" href="/">{esc(pub.name)}</a><nav>'
        + "\n".join(f'<a href="/{_slug(x)}">{x}</a>' for x in LB_MENU) + "</nav></header>",
        '<main id="maincontent">',
        '<div class="live-header"><span class="badge badge--live">Live</span>',
        f'<h1 class="headline">{esc(s.title)}</h1>',
        f'<div class="standfirst"><p>{esc(standfirst)}</p></div>',
        f'<p class="contributors">{esc(contrib)}</p>',
        f'<p class="first-published">First published on <time datetime="{c.iso()}">{start}</time></p>',
        "</div>",
        '<div class="liveblog-layout">',
        '<aside class="key-events"><h2>Key events</h2>'
        '<label><input type="checkbox"> Show key events only</label>'
        f'<ul>{"".join(key_items)}</ul></aside>',
        f'<p class="js-notice">{esc(js)}</p>',
        '<div id="liveblog-body" class="liveblog-body" data-component="live-blog">',
        *body_html,
        "</div>",
        '<button class="load-more" data-link-name="older updates">Load more updates</button>',
        "</div>",
        '<section class="onward"><h2>More on this story</h2><ul>' + _links(more) + "</ul></section>",
        f'<div class="newsletter"><p>{esc(news)}</p><button>Sign up</button></div>',
        "</main>",
        f"<footer><p>{esc(foot)}</p></footer>",
    ]
    return _cookie(c, lines, "cmp-banner", "Yes, I'm happy")


# --- longread-magazine ---------------------------------------------------------------------------

LR_MENU = ("Features", "Culture", "Ideas", "Science", "Photography", "The Magazine", "Podcasts")
LR_CAPTIONS = (
    "The harbour at first light, before the ferries start running",
    "A volunteer sorts donations at the community centre",
    "The old mill, now empty, on the edge of town",
    "Farmers wait for the auction to begin",
    "Children walk home along the flooded towpath",
    "Council papers stacked in the archive room",
    "The night shift changes at the hospital",
    "A shuttered shop on the high street",
    "Swimmers at the lido on the last day of summer",
    "The ring road seen from the multistorey car park",
)
LR_PHOTOGRAPHERS = ("Ines Calloway", "Tomasz Reyes", "Aoife Brennan", "Marcus Okafor", "Lena Sato")
LR_NOTES = (
    "Figures are from the council's published budget for {y}.",
    "Names of some residents have been changed at their request.",
    "The survey was carried out by an independent research firm in {y}.",
    "Quotes have been lightly edited for length and clarity.",
    "The hospital trust declined to comment on individual cases.",
    "Population figures are estimates from the most recent census.",
    "Several interviews were conducted by phone and video call.",
)


def render_longread_magazine(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("lr")
    dated = site.random() < 0.5
    ids = {o.title: c.stable(f"lr-id-{o.title}").randint(1000, 9999) for o in c.others}

    def path(o: Story) -> str:
        slug = _slug(o.title)[:64].strip("-")
        return f"/features/{o.published:%Y/%m}/{slug}" if dated else f"/longreads/{ids[o.title]}/{slug}"

    c.repath(path)
    _two_subheadings(c)
    _list_run(c, "lr-list")
    r = _page_rng(c, "lr")
    en = prose_for("en", r)
    dek = _other_sentences(c, en, 1)
    c.snip(" ".join(LR_MENU[:5]))
    byline = c.snip(f"Words by {s.author.name}")
    minutes = max(6, sum(_words(t) for _, t in s.blocks) // 60 + r.randint(2, 6))
    c.snip(f"{minutes} minute read · {_en_date(d)}")
    issue = c.snip(f"This article appears in the {MONTHS['en'][d.month - 1]} {d.year} issue of {pub.name}.")
    bio = c.bio()
    c.snip("More long reads from the magazine")
    more = _snip_titles(c, c.pick_others(4))
    news = c.snip(f"The Long Read newsletter: one essay from {pub.name}, every Sunday morning")
    foot = c.snip(f"© {d.year} {pub.name} Media Group. Reproduction without permission is prohibited.")
    # pull quotes: two body sentences, each shown again after a later paragraph
    paras = _paras(s)
    cands = [x for i in paras[1:] for x in s.sentences[i] if 8 <= _words(x) <= 35]
    quotes = r.sample(cands, min(2, len(cands)))
    for q in quotes:
        c.repeated.append(" ".join(q.split()))
    # footnotes: marks at the end of two paragraphs
    notes = [n.format(y=d.year - 1) for n in r.sample(LR_NOTES, 2)]
    marked = sorted(r.sample(paras[1:], 2))
    # photo essays: before each section heading, or after a third of the paragraphs
    heads = [i for i, (tag, _) in enumerate(s.blocks) if tag in ("h2", "h3")]
    breaks = heads or [paras[len(paras) // 3], paras[2 * len(paras) // 3]]
    hr = site.random() < 0.5
    shooter = site.choice(LR_PHOTOGRAPHERS)
    out: list[str] = []
    first = True
    spots = paras[2::3] + [x for x in paras[2:] if x not in paras[2::3]]
    qat = dict(zip(spots, quotes, strict=False))
    run: list[str] = []
    blocks = [*s.blocks, ("", "")]
    for i, (tag, text) in enumerate(blocks):
        if tag != "li" and run:
            out.append("<ul>" + "".join(f"<li>{x}</li>" for x in run) + "</ul>")
            run = []
        if i in breaks:
            out.append('<hr class="section-break">' if hr else '<p class="section-break">* * *</p>')
            pics = r.sample(LR_CAPTIONS, 2)
            figs = []
            for cap in pics:
                credit = f"Photograph by {shooter} for {pub.name}"
                c.snip(cap)
                c.snip(credit)
                figs.append(
                    f'<figure class="essay__photo"><img src="/img/{_hex(r, 12)}.jpg" alt="" loading="lazy">'
                    f'<figcaption><span class="caption">{esc(cap)}</span> '
                    f'<span class="credit">{esc(credit)}</span></figcaption></figure>'
                )
            out.append('<div class="photo-essay">' + "\n".join(figs) + "</div>")
        if tag == "p":
            h = c.inline(text)
            lead = h[:2] if h[:1] in "“‘" else h[:1]  # an opening quote goes into the drop cap
            if first and lead[-1:].isalpha():
                h = f'<span class="dropcap">{lead}</span>{h[len(lead):]}'
            first = False
            if i in marked:
                k = marked.index(i) + 1
                h += f'<sup class="fn-mark"><a href="#fn{k}" id="fnref{k}">{k}</a></sup>'
            out.append(f"<p>{h}</p>")
            if i in qat:
                out.append(f'<aside class="pull-quote"><blockquote>{esc(qat[i])}</blockquote></aside>')
        elif tag == "li":
            run.append(esc(text))
        elif tag in ("h2", "h3"):
            out.append(f'<h2 class="section-title">{esc(text)}</h2>')
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": s.title,
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "image": f"http://{pub.host}/img/lead.jpg",
    }
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} — {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:description" content="{esc(dek)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        _ldjson(data),
        "</head>",
        '<body class="template-longform">',
        f'<header class="masthead"><a href="/" class="wordmark">{esc(pub.name)}</a><nav>'
        + "\n".join(f'<a href="/{_slug(x)}">{x}</a>' for x in LR_MENU) + "</nav></header>",
        '<main><article class="longform">',
        '<header class="longform__header">',
        f'<p class="kicker">{esc(s.section)}</p>',
        f'<h1 class="longform__title">{esc(s.title)}</h1>',
        f'<p class="longform__dek">{esc(dek)}</p>',
        f'<p class="longform__byline">{esc(byline)}</p>',
        f'<p class="longform__meta">{minutes} minute read · <time>{_en_date(d)}</time></p>',
        f'<figure class="lead-image"><img src="/img/lead-{_hex(r, 8)}.jpg" alt=""></figure>',
        "</header>",
        '<div class="longform__body">',
        *out,
        "</div>",
        '<section class="footnotes"><h4>Notes</h4><ol>'
        + "".join(f'<li id="fn{k}">{esc(n)} <a href="#fnref{k}">↩</a></li>' for k, n in enumerate(notes, 1))
        + "</ol></section>",
        f'<p class="issue-note"><em>{esc(issue)}</em></p>',
        f'<div class="author-bio"><p>{esc(bio)}</p></div>',
        "</article>",
        '<aside class="more-longreads"><h3>More long reads from the magazine</h3><ul>'
        + _links(more) + "</ul></aside>",
        f'<div class="newsletter"><p>{esc(news)}</p><button>Subscribe</button></div>',
        "</main>",
        f"<footer><p>{esc(foot)}</p></footer>",
    ]
    return _cookie(c, lines, "cookie-bar", "Got it")


# --- print-edition-archive -----------------------------------------------------------------------

PA_SECTIONS = ("Metro", "Local", "Business", "Region", "Sports", "Front Page")
PA_MOTTOS = (
    "Serving the county since 1884",
    "All the news of the valley, every morning",
    "An independent newspaper for a free people",
    "The voice of the region since 1902",
)
PA_NAV = (
    "Search the archives",
    "Browse by date",
    "Today's front page",
    "Subscribe to home delivery",
    "Obituaries and notices",
    "Contact the newsroom",
)


def render_print_edition_archive(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("pa")
    php = site.random() < 0.5
    ids = {o.title: c.stable(f"pa-id-{o.title}").randint(100_000, 999_999) for o in c.others}
    secs = {o.title: PA_SECTIONS[ids[o.title] % len(PA_SECTIONS)] for o in c.others}

    def path(o: Story) -> str:
        sec = _slug(secs[o.title])
        if php:
            return f"/news/print.php?id={ids[o.title]}&sec={sec}"
        return f"/archives/print/{o.published:%Y%m%d}/{sec}/{ids[o.title]}.html"

    c.repath(path)
    r = _page_rng(c, "pa")
    section = secs[s.title]
    words = sum(_words(t) for _, t in s.blocks)
    page_no = f"{r.choice('ABCD')}{r.randint(1, 14)}"
    motto = c.snip(site.choice(PA_MOTTOS))
    dateline = c.snip(f"{d:%A}, {_en_date(d)}")
    pageline = c.snip(f"Page {page_no} | Section: {section} | {words} words")
    reprint = c.snip("Click here to purchase a reprint")
    byline = c.snip(f"By {s.author.name.upper()}, Staff Writer")
    c.snip(" ".join(PA_NAV[:3]))
    email = c.snip("Email this story to a friend")
    c.snip("Other stories from this edition")
    others = _snip_titles(c, c.pick_others(4))
    copy1 = c.snip(f"Copyright {d.year} {pub.name}. All rights reserved.")
    copy2 = c.snip("This material may not be published, broadcast, rewritten or redistributed.")
    body: list[str] = []
    for tag, text in s.blocks:
        if tag == "p":
            body.append(esc(text) + "<br><br>")
        elif tag == "li":
            body.append("&nbsp;&nbsp;* " + esc(text) + "<br>")
        else:
            body.append(f"<b>{esc(text)}</b><br><br>")
    title = (f"{pub.name}: {s.title} (print version)" if site.random() < 0.5
             else f"{s.title} - {pub.name} Archives")
    face = site.choice(("Times New Roman, Times, serif", "Georgia, Times, serif", "Arial, Helvetica"))
    lines = [
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
        '<html lang="en">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f"<title>{esc(title)}</title>",
        '<meta name="robots" content="noarchive">',
        '<link rel="stylesheet" href="/archives/css/print.css" type="text/css">',
        "</head>",
        '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" onload="window.print()">',
        '<table width="100%" border="0" cellspacing="0" cellpadding="4">',
        '<tr><td colspan="2" align="center">',
        f'<font face="{face}" size="6"><b>{esc(pub.name.upper())}</b></font><br>',
        f'<font face="{face}" size="2"><i>{esc(motto)}</i></font><br>',
        f'<font face="Arial, Helvetica" size="2">{esc(dateline)}</font>',
        "</td></tr>",
        "<tr>",
        '<td width="160" valign="top" bgcolor="#EEEEEE"><font face="Arial, Helvetica" size="1">'
        + "<br>\n".join(f'<a href="/archives/{_slug(x)}.html">{esc(x)}</a>' for x in PA_NAV)
        + "</font></td>",
        '<td valign="top"><table width="600" border="0" cellpadding="0" cellspacing="0"><tr><td>',
        f'<font face="Arial, Helvetica" size="1" color="#666666">{esc(pageline)}</font><br>',
        f'<font face="{face}" size="5"><b>{esc(s.title)}</b></font><br>',
        f'<font face="Arial, Helvetica" size="2"><b>{esc(byline)}</b></font><br><br>',
        f'<font face="{face}" size="3">',
        *body,
        "</font>",
        f'<font face="Arial, Helvetica" size="2"><a href="/reprints/">{esc(reprint)}</a><br>\n'
        f'<a href="/email.php">{esc(email)}</a></font>',
        "</td></tr></table>",
        '<br><table width="600" border="0" cellpadding="2"><tr><td><font face="Arial, Helvetica" size="2">'
        "<b>Other stories from this edition</b><br>"
        + "<br>\n".join(f'<a href="{esc(o.path)}">{esc(o.title)}</a>' for o in others)
        + "</font></td></tr></table>",
        "</td></tr>",
        '<tr><td colspan="2" align="center"><font face="Arial, Helvetica" size="1">'
        f"{esc(copy1)}<br>\n{esc(copy2)}</font></td></tr>",
        "</table>",
    ]
    return _cookie(c, lines, "cookie-notice", "OK")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "js-rendered-daily": render_js_rendered_daily,
    "liveblog-desk": render_liveblog_desk,
    "longread-magazine": render_longread_magazine,
    "print-edition-archive": render_print_edition_archive,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import json  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _en_date,
    _end_page,
    _hex,
    _ldjson,
    _links,
    _list_run,
    _listify,
    _other_sentences,
    _page_rng,
    _paras,
    _snip_titles,
    _two_subheadings,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import MONTHS, Ctx, Story, _slug, _words, esc  # noqa: E402
