"""Four WOLD template families for the synthetic publishers (see `pipeline.synth.publishers`).

"wold" is a forty-third split, next to "train", "test" and the held-out splits before it:
families written by a session that read neither the extractor, nor the pipeline's stages, nor any
extraction result, so no extraction rule was written or tuned against them. They are held out
until they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS`, `FAMILY_ZONES` and `RENDERERS` from
this module into its registries and keeps `FAMILIES` from here apart, as `WOLD_FAMILIES`: the wold
families are generated only by `generate_corpus("wold")`, so every other corpus is as it was. All
four are English-language article pages (2024-26) whose page holds more than the article: a daily
that preloads the next story (or two) below the first for infinite scroll, the AMP version of a
regional daily's article, a newspaper brand studio's paid post, and a local paper's repost of a
partner newsroom's (or a wire's) article. No new language: the English grammar of
`pipeline.synth.prose` writes the text.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name); a list inside
the text is body, one line per item; a block quote inside the text is body, one line. The choices
each family makes for the debatable parts:
  * infinite-scroll-next-story: a daily's article page that already holds the next story (and on
    some sites the one after it), preloaded for infinite scroll under an "Up next" / "Next story"
    divider, as a second `<article class="article next-article" data-url>` on some sites and as a
    `<div class="next-article" data-url>` on others, each with its own headline, byline, time,
    full text and its own JSON-LD. The body is the first article's text only (paragraphs and
    subheadings in its `div.article-body`); its dek (`<p class="dek">`) is neither. The next
    stories' headlines, bylines, date lines and several sentences of their paragraphs are
    boilerplate, as are the first article's byline and date line, the share bar, the photo's
    caption and credit, the ad label amid the text, the author bio, the comments notice, "Most
    read" and its headlines, the newsletter call, the navigation and the footer;
  * amp-article: the AMP version of a regional daily's article (`<html ⚡>`, `amp-img`,
    `amp-carousel`, `amp-ad`, `amp-social-share`, `amp-sidebar`, `amp-accordion`,
    `amp-analytics`, `amp-iframe`): the paragraphs, subheadings and one `<blockquote>` (a
    speaker's words, one line, no `amp-twitter`) in `div.article-body` are body; the standfirst
    (`<p class="standfirst">`, on some sites) is neither; the sidebar menu, the byline, the time
    line, the share label, the lead image's and the carousel's captions and credits, the
    "Advertisement" slots' "Story continues below" label, the poll's question ("Have your say: ..."),
    the accordion's headings and headlines ("More in <section>", "Most read"), the footer and the
    consent notice are boilerplate;
  * sponsored-brand-studio: a newspaper brand studio's paid post: the post's paragraphs and
    subheadings (`div.paid-post-body`) are body; the dek is neither; the "Paid Post" banner with
    "Presented by <Sponsor>" (the sponsor logo's alt text is not visible text), the disclosure
    ("This content was paid for by <Sponsor> and produced by <Paper> Brand Studio. The news and
    editorial staffs had no role in its preparation."), the "What is Paid Post?" explanation, the
    call-to-action box to the sponsor (amid the text or after it), "More from <Paper> Brand
    Studio" and its headlines, the share bar, the masthead navigation and the footer are
    boilerplate;
  * syndicated-partner-repost: a local paper's repost of a partner's article (a nonprofit newsroom
    or a wire): the article's paragraphs (its speakers' quotes among them), subheadings and a block
    quote (on some sites) in `div.article-body` are body; the origin note ("This article originally
    appeared in <Partner>. It is republished here with permission.", above the text on some sites,
    below it on others), the partner badge ("Content from our partners at <Partner>"), the credit
    line ("By <reporter>, <Partner>"), the photo credit, the partner's promo ("<Partner> is a ...
    Sign up for ..."), the "Republish this story" box's licence line, the date line, "More local
    news" and its headlines, the navigation and the footer are boilerplate; the tracking pixel's
    alt text is not visible text.

Families (language; date source):
  wold  infinite-scroll-next-story  en (US zones); the first article's JSON-LD NewsArticle
                                    datePublished with the offset (in <head>; each preloaded story
                                    carries its own JSON-LD in its container) and its <time
                                    datetime> showing "Published March 7, 2026 at 2:30 p.m.
                                    EST"; paths /news/<section>/<slug>-<7 digits>,
                                    /<yyyy>/<mm>/<dd>/<slug>/ or
                                    /story/<section>/<yyyy>/<mm>/<dd>/<slug>/<11 digits>/;
                                    <title> "T | Site" or "T - Site"
  wold  amp-article                 en (UK and Irish zones); JSON-LD NewsArticle datePublished with
                                    the offset, the visible "14:30, 7 MAR 2026" in a <time
                                    datetime>; paths /<section>/<slug>-<8 digits>.amp,
                                    /<yyyy>/<mm>/<dd>/<slug>/amp/ or
                                    /article/<slug>-<id>?outputType=amp, <link rel="canonical">
                                    to the non-AMP URL; <title> "T - Site" or "T | Site"
  wold  sponsored-brand-studio      en (US zones); <meta property="article:published_time"> with
                                    the offset (and article:modified_time), the visible "March
                                    7, 2026"; paths /paidpost/<sponsor>/<slug>.html,
                                    /brand-studio/<sponsor>/<yyyy>/<mm>/<slug>/ or
                                    /sponsored/<slug>-<6 digits>?utm_source=hp&utm_medium=native;
                                    <title> "Paid Post: T" with " | Site" or "T - Sponsor | Site"
  wold  syndicated-partner-repost   en (US zones); JSON-LD NewsArticle datePublished with the offset
                                    (the partner's publication time; dateModified, the repost, is
                                    later) and the visible "Mar 7, 2026" in a <time datetime>;
                                    paths /news/<section>/<slug>/article_<uuid>.html or
                                    /news/<section>/<yyyy>/<mm>/<dd>/<slug>; <link
                                    rel="canonical"> to the partner's URL; <title> "T | Site" or
                                    "T | News | Site"
"""

from __future__ import annotations

from pipeline.synth.prose import _w

FAMILIES: dict[str, str] = {
    "infinite-scroll-next-story": "wold",
    "amp-article": "wold",
    "sponsored-brand-studio": "wold",
    "syndicated-partner-repost": "wold",
}
FAMILY_LANGUAGE: dict[str, str] = {}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "infinite-scroll-next-story": ("The {p} Daily", "{p} Herald", "{p} Evening Post", "The {p} Courier",
                                   "{p} Daily Press"),
    "amp-article": ("{p} Chronicle", "{p} Live", "The {p} Echo", "{p} Mercury", "{p} Sentinel"),
    "sponsored-brand-studio": ("The {p} Times", "{p} Tribune", "The {p} Journal", "{p} Post",
                               "The {p} Observer"),
    "syndicated-partner-repost": ("The {p} Gazette", "{p} Independent", "{p} Daily News", "{p} Record",
                                  "{p} Free Press"),
}
_US = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
FAMILY_ZONES: dict[str, tuple[str, ...]] = {
    "infinite-scroll-next-story": _US,
    "amp-article": ("Europe/London", "Europe/Dublin"),
    "sponsored-brand-studio": _US,
    "syndicated-partner-repost": _US,
}

_CAPTIONS = (
    "{person} speaks to reporters outside the {org}",
    "Residents gather in {place} town centre on {day}",
    "The site of the proposed development in {place}",
    "Councillors at the {org} meeting on {day}",
    "Traffic on the main road into {place} earlier this week",
    "A view of {place} from the river path",
    "Volunteers from the {org} at work in {place}",
)
_CREDITS = ("Staff photo", "File photo", "Handout", "Submitted photo", "Photo illustration")


def _clock(d: datetime) -> str:
    """ "2:30 p.m."."""
    return f"{d.hour % 12 or 12}:{d:%M} {'a.m.' if d.hour < 12 else 'p.m.'}"


def _sid(o: Story, key: str, lo: int, hi: int) -> int:
    """A number for a story, the same on every page (its URL's id)."""
    return random.Random(f"wold-{key}-{o.title}").randint(lo, hi)


def _caption(r: random.Random) -> str:
    en = EnglishProse(r)
    person, org, place = en.person(), en.org(), en.place()
    return r.choice(_CAPTIONS).format(person=person, org=org, place=place, day=r.choice(EN_DAYS))


def _body(c: Ctx, heading: str = "h2", quote: str = "<blockquote><p>{}</p></blockquote>") -> list[str]:
    """The story's blocks as HTML (paragraphs with their inline markup)."""
    return _story_html(
        c,
        lambda h: f"<p>{h}</p>",
        lambda tag, h: f"<{heading}>{h}</{heading}>",
        lambda h: quote.format(h),
        lambda items: "<ul>" + "\n".join(f"<li>{x}</li>" for x in items) + "</ul>",
    )


def _quote_block(c: Ctx, key: str) -> bool:
    """Set one speaker's sentence (“...,” said ...) of a middle paragraph apart as a block quote (a
    "quote" block after its paragraph), the paragraph keeping its other sentences, when the body
    stays within 14 lines of more than six words; whether it did."""
    s = c.story
    if _long_lines(s) >= 14:
        return False
    paras = _paras(s)
    cands = [
        (i, k)
        for i in paras[1:]
        for k, x in enumerate(s.sentences[i])
        if len(s.sentences[i]) > 1 and x.startswith("\u201c") and _words(x) > 6
    ]
    if not cands:
        return False
    i, k = _page_rng(c, key).choice(cands)
    said = s.sentences[i].pop(k)
    s.blocks[i] = ("p", " ".join(s.sentences[i]))
    s.blocks.insert(i + 1, ("quote", said))
    s.sentences.insert(i + 1, [said])
    return True


def _others_after(c: Ctx, n: int) -> list[Story]:
    """The `n` stories after the page's own in the publisher's list (wrapping round), not itself."""
    at = next(k for k, o in enumerate(c.others) if o is c.story)
    return (c.others[at + 1 :] + c.others[:at])[:n]


# --- infinite-scroll-next-story -------------------------------------------------------------------

IS_MENU = ("News", "Local", "Crime", "Politics", "Business", "Sports", "Opinion", "Things to Do",
           "Obituaries", "e-Edition")
IS_GROUPS = ("Lakeshore Media", "Pinecrest Newspapers", "Granite State Media", "Bayview Publishing")


def _is_time(d: datetime) -> str:
    return f"Published {_en_date(d)} at {_clock(d)} {d.tzname()}"


def render_infinite_scroll_next_story(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("is")
    form = site.choice(("news", "dated", "story"))
    as_article = site.random() < 0.5
    two = site.random() < 0.5
    group = site.choice(IS_GROUPS)

    def path(o: Story) -> str:
        slug = _slug(o.title)[:60].strip("-")
        if form == "news":
            return f"/news/{_slug(o.section)}/{slug}-{_sid(o, 'is', 1000000, 9999999)}"
        if form == "dated":
            return f"/{o.published:%Y/%m/%d}/{slug}/"
        return f"/story/{_slug(o.section)}/{o.published:%Y/%m/%d}/{slug}/{_sid(o, 'is', 10**10, 10**11 - 1)}/"

    c.repath(path)
    r = _page_rng(c, "is")
    dek = _other_sentences(c, prose_for("en", _page_rng(c, "is-dek")), 1)
    c.snip(" ".join(IS_MENU[:5]))
    subscribe = c.snip(f"Subscribe to {pub.name} for $1 a week")
    byline = c.byline()
    shown = c.snip(_is_time(d))
    share = _share_bar(c, "share-tools")
    caption = c.snip(_caption(r))
    credit = c.snip(f"{r.choice(_CREDITS)} / {pub.name}")
    ad = c.snip("Advertisement · Story continues below")
    bio = c.bio()
    comments = c.text("comments")
    nexts = _others_after(c, 2 if two else 1)
    most = c.pick_others(5)
    c.snip(f"Most read on {pub.name}")
    for o in most:
        c.snip(o.title)
    newsletter = c.text("newsletter")
    foot = c.snip(f"Copyright © {YEAR} {pub.name}, a {group} publication. All rights reserved.")
    policy = ("Terms of Service", "Privacy Policy", "Your Privacy Choices", "Contact Us", "Advertise")
    c.snip(" ".join(policy[:3]))
    body = _insert_after(
        _body(c),
        "<p>",
        [(1, f'<div class="ad-slot ad-slot--inline"><p class="ad-label">{esc(ad)}</p>'
             f'<div id="gpt-inline-{r.randint(1, 9)}"></div></div>')],
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": c.iso(),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
        "mainEntityOfPage": c.url(),
    }
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    state = {"articles": [o.path for o in nexts], "maxArticles": len(nexts) + 1, "threshold": 0.6}
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        _ldjson(data),
        f"<script>window.__INFINITE_SCROLL__ = {json.dumps(state)};</script>",
        "</head>",
        '<body class="single single-article infinite-scroll">',
        '<a class="skip-link screen-reader-text" href="#main">Skip to content</a>',
        f'<header class="site-header"><a class="site-logo" href="/">{esc(pub.name)}</a>',
        '<nav class="primary-nav" aria-label="Sections"><ul>'
        + "\n".join(f'<li><a href="/{_slug(x)}/">{esc(x)}</a></li>' for x in IS_MENU)
        + "</ul></nav>",
        f'<a class="subscribe-button" href="/subscribe/">{esc(subscribe)}</a></header>',
        '<main id="main"><div class="infinite-scroll-container" data-infinite="true">',
        f'<article class="article" data-article-id="{_sid(s, "aid", 100000, 999999)}" '
        f'data-url="{esc(s.path)}">',
        '<header class="article-header">',
        f'<p class="kicker"><a href="/{_slug(s.section)}/">{esc(s.section)}</a></p>',
        f'<h1 class="headline">{esc(s.title)}</h1>',
        f'<p class="dek">{esc(dek)}</p>',
        f'<div class="byline"><span class="author">{esc(byline)}</span>\n'
        f'<time class="published" datetime="{c.iso()}">{esc(shown)}</time></div>',
        "</header>",
        share,
        f'<figure class="lead-image"><img src="/wp-content/uploads/{d:%Y/%m}/{_hex(r, 10)}.jpg" alt="">'
        f'<figcaption><span class="caption">{esc(caption)}</span> '
        f'<span class="credit">{esc(credit)}</span></figcaption></figure>',
        '<div class="article-body">',
        *body,
        "</div>",
        f'<div class="author-bio"><p>{esc(bio)}</p></div>',
        f'<div class="comments-cta"><p>{esc(comments)}</p></div>',
        "</article>",
    ]
    for n, o in enumerate(nexts):
        label = "Up next" if n == 0 else "Next story"
        nr = c.stable(f"is-next-{o.title}")
        nb = c.snip(f"By {o.author.name}, {o.author.desk}")
        nshown = c.snip(_is_time(o.published))
        c.snip(o.title)
        sentences = [x for sents in o.sentences for x in sents if _words(x) >= 6]
        for x in nr.sample(sentences, k=min(3, len(sentences))):
            c.snip(x)
        ndata = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": o.title,
            "datePublished": o.published.isoformat(timespec="seconds"),
            "author": [{"@type": "Person", "name": o.author.name}],
            "mainEntityOfPage": f"http://{pub.host}{o.path}",
        }
        nbody = [
            f"<p>{esc(t)}</p>" if tag == "p" else f"<h2>{esc(t)}</h2>" for tag, t in o.blocks
        ]
        tag = "article" if as_article else "div"
        cls = "article next-article" if as_article else "next-article"
        lines += [
            f'<div class="next-divider" role="separator"><span>{label}</span></div>',
            f'<{tag} class="{cls}" data-url="{esc(o.path)}" '
            f'data-article-id="{_sid(o, "aid", 100000, 999999)}"'
            ' data-loaded="preload">',
            _ldjson(ndata),
            '<header class="article-header">',
            f'<p class="kicker"><a href="/{_slug(o.section)}/">{esc(o.section)}</a></p>',
            f'<h2 class="headline"><a href="{esc(o.path)}">{esc(o.title)}</a></h2>',
            f'<div class="byline"><span class="author">{esc(nb)}</span>\n'
            f'<time class="published" datetime="{o.published.isoformat(timespec="seconds")}">'
            f"{esc(nshown)}</time></div>",
            "</header>",
            '<div class="article-body">',
            *nbody,
            "</div>",
            f"</{tag}>",
        ]
    lines += [
        '<div class="infinite-loader" aria-hidden="true"><span class="spinner"></span></div>',
        "</div>",
        '<aside class="sidebar"><section class="most-read">'
        f"<h3>Most read on {esc(pub.name)}</h3><ol>"
        + "\n".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in most)
        + "</ol></section>",
        f'<section class="newsletter-signup"><p>{esc(newsletter)}</p>'
        '<form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>',
        "</aside>",
        "</main>",
        '<footer class="site-footer"><ul class="footer-links">'
        + "\n".join(f'<li><a href="/{_slug(x)}/">{esc(x)}</a></li>' for x in policy)
        + f'</ul><p class="copyright">{esc(foot)}</p></footer>',
    ]
    return _end_page(c, lines, "cookie-banner", "Accept all")


# --- amp-article -------------------------------------------------------------------------------

AMP_MENU = ("Home", "News", "Local News", "Sport", "Football", "What's On", "Property", "Opinion", "Weather",
            "Family Notices")
AMP_GROUPS = ("Northgate Regional Media", "Harbour Lane Publishing", "Fenwick Press Group")
AMP_POLLS = (
    "Have your say: should the plans go ahead?",
    "Have your say: is the council getting it right?",
    "Have your say: would you use the new service?",
    "Have your say: has enough been done?",
    "Have your say: should residents get a vote on this?",
)
_AMP_BOILERPLATE = (
    "body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
    "@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
)
_AMP_ELEMENTS = ("amp-carousel", "amp-ad", "amp-social-share", "amp-sidebar", "amp-accordion",
                 "amp-analytics", "amp-iframe", "amp-consent")


def render_amp_article(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("amp")
    form = site.choice(("reach", "wp", "arc"))
    standfirst = site.random() < 0.6
    group = site.choice(AMP_GROUPS)

    def path(o: Story) -> str:
        slug = _slug(o.title)[:60].strip("-")
        if form == "reach":
            return f"/{_slug(o.section)}/{slug}-{_sid(o, 'amp', 10**7, 10**8 - 1)}.amp"
        if form == "wp":
            return f"/{o.published:%Y/%m/%d}/{slug}/amp/"
        return f"/article/{slug}-{_hex(random.Random(f'wold-arc-{o.title}'), 8)}?outputType=amp"

    def canonical(o: Story) -> str:
        p = o.path.removesuffix(".amp").removesuffix("amp/").removesuffix("?outputType=amp")
        return f"https://www.{pub.host}{p}"

    c.repath(path)
    r = _page_rng(c, "amp")
    if not _quote_block(c, "amp-quote"):
        # no speaker's sentence to set apart: the site quotes one of the story's speakers
        en = prose_for("en", _page_rng(c, "amp-said"))
        said = en.sentence()
        while not said.startswith("\u201c") or said in s.body():
            said = en.sentence()
        at = _paras(s)[min(2, len(_paras(s)) - 1)]
        s.blocks.insert(at, ("quote", said))
        s.sentences.insert(at, [said])
        _trim(s, 900)
        while _long_lines(s) > 14:
            last = _paras(s)[-1]
            del s.blocks[last], s.sentences[last]
    dek = _other_sentences(c, prose_for("en", _page_rng(c, "amp-dek")), 2) if standfirst else ""
    c.snip(" ".join(AMP_MENU[:5]))
    close = "Close the menu"
    byline = c.snip(f"By {s.author.name} {s.author.desk}")
    stamp = f"{d:%H:%M}, {d.day} {d:%b %Y}".upper()
    share = c.snip("Share this article on social media")
    lead = c.snip(f"{_caption(r)} (Image: {r.choice(_CREDITS)})")
    ad = c.snip("Advertisement · Story continues below")
    slides = [c.snip(f"{_caption(r)} (Image: {pub.name})") for _ in range(3)]
    poll = c.snip(r.choice(AMP_POLLS))
    more = _snip_titles(c, c.pick_others(4))
    top = _snip_titles(c, c.pick_others(3))
    more_head = f"More in {s.section}" if s.section != "Sport" else "More in Local"
    second = "More in Sport" if s.section != "Sport" else "Most read"
    foot = c.snip(f"© {YEAR} {pub.name}. Part of {group}.")
    links = ("About us", "Contact us", "Privacy notice", "Cookie notice", "Terms and conditions")
    c.snip(" ".join(links[:4]))
    ad_html = (
        f'<div class="ad-container"><p class="ad-label">{esc(ad)}</p>'
        f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/{r.randint(1000, 9999)}/'
        f'{_slug(pub.name)}/amp_mpu" data-multi-size="300x600"></amp-ad></div>'
    )
    carousel = (
        '<amp-carousel class="gallery" type="slides" layout="responsive" width="600" height="400" controls>'
        + "\n".join(
            f'<figure class="slide"><amp-img src="/images/{_hex(r, 12)}.jpg" width="600" height="400" '
            f'layout="responsive" alt=""></amp-img><figcaption>{esc(x)}</figcaption></figure>'
            for x in slides
        )
        + "</amp-carousel>"
    )
    poll_html = (
        f'<div class="poll"><p class="poll-question">{esc(poll)}</p>'
        f'<amp-iframe title="Poll" width="300" height="250" layout="responsive" '
        f'sandbox="allow-scripts allow-same-origin allow-popups" frameborder="0" '
        f'src="https://polls.{pub.host}/embed/{r.randint(10000, 99999)}">'
        '<amp-img layout="fill" src="/images/poll-placeholder.png" placeholder></amp-img></amp-iframe></div>'
    )
    body = _insert_after(
        _body(c, "h2", '<blockquote class="quote"><p>{}</p></blockquote>'),
        "<p>",
        [(1, ad_html), (3, carousel), (-2, poll_html)],
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": (d + timedelta(minutes=r.randint(5, 90))).isoformat(timespec="seconds"),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name,
                      "logo": {"@type": "ImageObject", "url": f"https://www.{pub.host}/logo.png"}},
        "mainEntityOfPage": canonical(s),
        "image": [f"https://www.{pub.host}/images/{_hex(r, 12)}.jpg"],
    }
    analytics = {
        "vars": {"account": f"G-{_hex(r, 10).upper()}"},
        "triggers": {"trackPageview": {"on": "visible", "request": "pageview"}},
        "extraUrlParams": {"cd1": s.section, "cd2": s.author.name},
    }
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    lines = [
        "<!doctype html>",
        '<html ⚡ lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        '<script async src="https://cdn.ampproject.org/v0.js"></script>',
        *(
            f'<script async custom-element="{x}" src="https://cdn.ampproject.org/v0/{x}-0.1.js"></script>'
            for x in _AMP_ELEMENTS
        ),
        f"<title>{esc(title)}</title>",
        f'<link rel="canonical" href="{esc(canonical(s))}">',
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
        _ldjson(data),
        f"<style amp-boilerplate>{_AMP_BOILERPLATE}</style><noscript><style amp-boilerplate>"
        "body{-webkit-animation:none;animation:none}</style></noscript>",
        f"<style amp-custom>.headline{{font-size:2rem}}.ad-label{{color:{pub.colour}}}</style>",
        "</head>",
        "<body>",
        f'<amp-analytics type="gtag" data-credentials="include"><script type="application/json">'
        f"{json.dumps(analytics)}</script></amp-analytics>",
        '<amp-sidebar id="menu" layout="nodisplay" side="left">',
        f'<button class="close" on="tap:menu.close" aria-label="{close}">×</button>',
        '<nav class="sidebar-nav"><ul>'
        + "\n".join(f'<li><a href="https://www.{pub.host}/{_slug(x)}/">{esc(x)}</a></li>' for x in AMP_MENU)
        + "</ul></nav></amp-sidebar>",
        '<header class="amp-header">'
        '<button class="hamburger" on="tap:menu.toggle" aria-label="Menu">☰</button>',
        f'<a class="logo" href="https://www.{pub.host}/"><amp-img src="/logo.svg" width="180" height="32" '
        f'alt="{esc(pub.name)}"></amp-img></a></header>',
        "<main>",
        '<article class="article">',
        f'<p class="section-label">{esc(s.section)}</p>',
        f'<h1 class="headline">{esc(s.title)}</h1>',
        f'<p class="standfirst">{esc(dek)}</p>' if dek else "",
        f'<div class="byline">{esc(byline)}</div>',
        f'<div class="timestamp"><time datetime="{c.iso()}">{stamp}</time></div>',
        f'<div class="share-bar"><p class="share-label">{esc(share)}</p>'
        + "\n".join(
            f'<amp-social-share type="{x}" width="40" height="40"'
            + (' data-param-app_id="1234567890"' if x == "facebook" else "")
            + "></amp-social-share>"
            for x in ("facebook", "twitter", "whatsapp", "email")
        )
        + "</div>",
        f'<figure class="lead"><amp-img src="/images/{_hex(r, 12)}.jpg" width="1200" height="800" '
        f'layout="responsive" alt=""><noscript><img src="/images/lead.jpg" alt=""></noscript></amp-img>'
        f"<figcaption>{esc(lead)}</figcaption></figure>",
        '<div class="article-body">',
        *body,
        "</div>",
        "</article>",
        '<amp-accordion class="more" disable-session-states>',
        f"<section expanded><h4>{esc(more_head)}</h4><ul>"
        + "\n".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in more)
        + "</ul></section>",
        f"<section><h4>{esc(second)}</h4><ul>"
        + "\n".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in top)
        + "</ul></section>",
        "</amp-accordion>",
        "</main>",
        '<footer class="amp-footer"><ul>'
        + "\n".join(f'<li><a href="https://www.{pub.host}/{_slug(x)}">{esc(x)}</a></li>' for x in links)
        + f"</ul><p>{esc(foot)}</p></footer>",
    ]
    return _end_page(c, lines, "amp-consent-ui", "Accept")


# --- sponsored-brand-studio ----------------------------------------------------------------------

SB_SPONSORS = (
    ("Northwind Energy", "Powering the next decade of clean, reliable energy."),
    ("Halcyon Bank", "Banking built around the places we call home."),
    ("Verdant Motors", "Electric driving, made simple."),
    ("Aster Health", "Care that meets you where you are."),
    ("Lumen Air", "More routes, more comfort, more reasons to fly."),
    ("Crestline Insurance", "Cover that keeps up with your life."),
    ("Bluewater Logistics", "Moving goods, and communities, forward."),
    ("Orchard Vale Wealth", "Plan today for the future you want."),
)
SB_MENU = ("World", "U.S.", "Politics", "Business", "Opinion", "Arts", "Travel", "Real Estate")


def _sb_sponsor(o: Story) -> tuple[str, str]:
    return random.Random(f"wold-sponsor-{o.title}").choice(SB_SPONSORS)


def render_sponsored_brand_studio(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("sb")
    form = site.choice(("paidpost", "studio", "sponsored"))
    paper = pub.name.removeprefix("The ")
    studio = f"{paper} Brand Studio" if site.random() < 0.7 else f"{pub.short} Brand Studio"
    cta_inline = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title)[:60].strip("-")
        sponsor = _slug(_sb_sponsor(o)[0])
        if form == "paidpost":
            return f"/paidpost/{sponsor}/{slug}.html"
        if form == "studio":
            return f"/brand-studio/{sponsor}/{o.published:%Y/%m}/{slug}/"
        return f"/sponsored/{slug}-{_sid(o, 'sb', 100000, 999999)}?utm_source=hp&utm_medium=native"

    c.repath(path)
    r = _page_rng(c, "sb")
    sponsor, slogan = _sb_sponsor(s)
    _two_subheadings(c)
    dek = _other_sentences(c, prose_for("en", _page_rng(c, "sb-dek")), 1)
    c.snip(" ".join(SB_MENU[:5]))
    presented = c.snip(f"Presented by {sponsor}")
    disclosure = c.snip(
        f"This content was paid for by {sponsor} and produced by {studio}. "
        "The news and editorial staffs had no role in its preparation."
    )
    what = c.snip(
        f"Paid posts are produced by {studio}, the branded content team of {pub.name}, "
        "on behalf of advertisers. They are not written by our newsroom."
    )
    domain = f"{_slug(sponsor).replace('-', '')}.example"
    cta = c.snip(f"{slogan} Find out more about {sponsor} at {domain}.")
    button = f"Visit {sponsor}"
    share = _share_bar(c, "paid-post-share")
    more = c.pick_others(3)
    c.snip(f"More from {studio}")
    for o in more:
        c.snip(o.title)
    foot = c.snip(f"© {YEAR} {pub.name} Company. Advertising content by {studio}.")
    c.snip("Contact the Brand Studio team")
    shown = _en_date(d)
    cta_html = (
        f'<aside class="sponsor-cta"><img src="https://{domain}/logo.png" alt="{esc(sponsor)} logo">'
        f'<p>{esc(cta)}</p><a class="cta-button" href="https://{domain}/?utm_source={_slug(paper)}">'
        f"{esc(button)}</a></aside>"
    )
    body = _body(c, "h2")
    if cta_inline:
        body = _insert_after(body, "<p>", [(len(_paras(s)) // 2, cta_html)])
    title = (
        f"Paid Post: {s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {sponsor} | {pub.name}"
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:modified_time" content="'
        f'{(d + timedelta(hours=r.randint(2, 30))).isoformat(timespec="seconds")}">',
        '<meta property="article:section" content="Paid Post">',
        f'<meta name="sponsor" content="{esc(sponsor)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson({"@context": "https://schema.org", "@type": "AdvertiserContentArticle", "headline": s.title,
                 "sponsor": {"@type": "Organization", "name": sponsor}}),
        "</head>",
        f'<body class="paid-post paid-post--{_slug(sponsor)}">',
        f'<header class="masthead"><a class="masthead-logo" href="/">{esc(pub.name)}</a>',
        '<nav class="sections">' + "\n".join(f'<a href="/section/{_slug(x)}">{esc(x)}</a>' for x in SB_MENU)
        + "</nav></header>",
        '<div class="paid-post-banner" role="complementary"><span class="label">Paid Post</span>',
        f'<span class="presented">{esc(presented)}</span>'
        f'<img class="sponsor-logo" src="https://{domain}/brand/logo.svg" alt="{esc(sponsor)} logo">',
        f'<details class="what-is"><summary>What is Paid Post?</summary><p>{esc(what)}</p></details></div>',
        "<main>",
        '<article class="paid-post-article">',
        f'<h1 class="paid-post-headline">{esc(s.title)}</h1>',
        f'<p class="paid-post-dek">{esc(dek)}</p>',
        f'<p class="paid-post-date"><time>{shown}</time></p>',
        share,
        '<div class="paid-post-body">',
        *body,
        "</div>",
        "" if cta_inline else cta_html,
        f'<p class="disclosure"><em>{esc(disclosure)}</em></p>',
        "</article>",
        f'<section class="more-from-studio"><h2>More from {esc(studio)}</h2><ul>'
        + "\n".join(
            f'<li><span class="label">Paid Post · {esc(_sb_sponsor(o)[0])}</span> '
            f'<a href="{esc(o.path)}">{esc(o.title)}</a></li>'
            for o in more
        )
        + "</ul></section>",
        "</main>",
        '<footer class="site-footer">'
        '<p><a href="/brand-studio/contact">Contact the Brand Studio team</a></p>'
        f"<p>{esc(foot)}</p></footer>",
    ]
    return _end_page(c, lines, "gdpr-banner", "Continue")


# --- syndicated-partner-repost ---------------------------------------------------------------------

SP_PARTNERS = (
    ("Statehouse Watch", "statehousewatch.example",
     "a nonprofit, nonpartisan newsroom covering state government and politics"),
    ("Prairie Report", "prairiereport.example",
     "an independent nonprofit newsroom covering rural communities"),
    ("Coastline Investigative Network", "coastlineinvestigates.example", "a nonprofit investigative newsroom"
     " serving coastal communities"),
    ("Heartland Health News", "heartlandhealthnews.example", "a nonprofit newsroom reporting on health care"
     " and public health"),
    ("Continental Press Wire", "continentalpresswire.example", "an independent news agency serving member"
     " newspapers"),
    ("Riverbend Civic Reporting Lab", "riverbendcivic.example", "a nonprofit newsroom covering local"
     " government and schools"),
)
SP_MENU = ("News", "Local", "State", "Sports", "Obituaries", "Opinion", "Classifieds", "e-Edition")
SP_FIRST = _w("Maya Daniel Priya Marcus Elena Tyler Hannah Jordan Olivia Samuel Grace Andre Leah Victor")
SP_LAST = _w("Okafor Brennan Castillo Lindqvist Whitaker Morales Haddad Kowalski Delgado Fairbanks Nakamura")


def _sp_partner(c: Ctx, o: Story) -> tuple[str, str, str]:
    pair = c.stable("sp-partners").sample(SP_PARTNERS, 2)
    return random.Random(f"wold-partner-{o.title}").choice(pair)


def render_syndicated_partner_repost(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("sp")
    blox = site.random() < 0.5
    above = site.random() < 0.5
    updated = site.random() < 0.6

    def path(o: Story) -> str:
        slug = _slug(o.title)[:60].strip("-")
        if blox:
            h = _hex(random.Random(f"wold-uuid-{o.title}"), 32)
            uuid = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
            return f"/news/{_slug(o.section)}/{slug}/article_{uuid}.html"
        return f"/news/{_slug(o.section)}/{o.published:%Y/%m/%d}/{slug}"

    c.repath(path)
    r = _page_rng(c, "sp")
    partner, phost, blurb = _sp_partner(c, s)
    if site.random() < 0.5:
        _quote_block(c, "sp-quote")
    reporter = f"{r.choice(SP_FIRST)} {r.choice(SP_LAST)}"
    c.snip(" ".join(SP_MENU[:5]))
    origin = c.snip(
        f"This article originally appeared in {partner}. It is republished here with permission."
    )
    badge = c.snip(f"Content from our partners at {partner}")
    credit = c.snip(f"By {reporter}, {partner}")
    photo = c.snip(f"{_caption(r)} ({reporter} / {partner})")
    promo = c.snip(f"{partner} is {blurb}. Sign up for its free weekly newsletter.")
    republish = c.snip(
        "We want our journalism to be widely shared. Republish this story for free under a Creative Commons"
        " license."
    )
    repost = d + timedelta(hours=r.randint(3, 40), minutes=r.randint(0, 59))
    shown = f"{d:%b} {d.day}, {d.year}"
    upd = c.snip(f"Updated {repost:%b} {repost.day}, {repost.year}") if updated else ""
    more = c.pick_others(4)
    c.snip("More local news from our newsroom")
    for o in more:
        c.snip(o.title)
    foot = c.snip(f"© {YEAR} {pub.name}, a member of the Hometown News Cooperative")
    c.snip(c.pick("subscribe") + " and support local journalism")
    canonical = f"https://{phost}/{d:%Y/%m/%d}/{_slug(s.title)[:60].strip('-')}/"
    note = f'<p class="origin-note"><em>{esc(origin)}</em></p>'
    body = _body(c, "h3")
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": repost.isoformat(timespec="seconds"),
        "author": [{"@type": "Person", "name": reporter}],
        "publisher": {"@type": "Organization", "name": pub.name},
        "isBasedOn": canonical,
        "sourceOrganization": {"@type": "NewsMediaOrganization", "name": partner, "url": f"https://{phost}/"},
    }
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} | News | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<link rel="canonical" href="{esc(canonical)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="asset-type-article syndicated">',
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a><nav class="main-nav">'
        + "\n".join(f'<a href="/{_slug(x)}/">{esc(x)}</a>' for x in SP_MENU)
        + "</nav></header>",
        '<main><article class="asset" itemscope itemtype="https://schema.org/NewsArticle">',
        f'<div class="partner-badge"><img src="https://{phost}/logo.png" alt="{esc(partner)} logo">'
        f"<span>{esc(badge)}</span></div>",
        f'<h1 class="headline"><span itemprop="headline">{esc(s.title)}</span></h1>',
        f'<div class="meta"><span class="byline">{esc(credit)}</span>\n'
        f'<time class="tnt-date" datetime="{c.iso()}">{shown}</time>'
        + (
            f' <span class="updated"><time datetime="{repost.isoformat(timespec="seconds")}">'
            f"{esc(upd)}</time></span>"
            if upd
            else ""
        )
        + "</div>",
        f'<figure class="photo"><img src="https://{phost}/files/{_hex(r, 10)}.jpg" alt="">'
        f"<figcaption>{esc(photo)}</figcaption></figure>",
        note if above else "",
        '<div class="article-body" itemprop="articleBody">',
        *body,
        "</div>",
        "" if above else note,
        f'<img src="https://{phost}/wp-content/plugins/republication-tracker-tool/includes/pixel.php?'
        f'post={r.randint(10000, 99999)}&amp;ga={_hex(r, 8)}" alt="Republished from {esc(partner)}" '
        'width="1" height="1" style="width:1px;height:1px;">',
        f'<div class="partner-promo"><img src="https://{phost}/logo-small.png" alt="{esc(partner)}">'
        f"<p>{esc(promo)}</p></div>",
        f'<div class="republish"><button class="republish-button">Republish this story</button>'
        f"<p>{esc(republish)}</p></div>",
        "</article>",
        '<aside class="related"><h3>More local news from our newsroom</h3><ul>'
        + "\n".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in more)
        + "</ul></aside>",
        f'<div class="subscribe-promo"><a href="/subscribe/">{esc(c.pick("subscribe"))} and support local'
        " journalism</a></div>",
        "</main>",
        f'<footer class="site-footer"><p>{esc(foot)}</p></footer>',
    ]
    return _end_page(c, lines, "consent-banner", "I agree")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "infinite-scroll-next-story": render_infinite_scroll_next_story,
    "amp-article": render_amp_article,
    "sponsored-brand-studio": render_sponsored_brand_studio,
    "syndicated-partner-repost": render_syndicated_partner_repost,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import json  # noqa: E402
import random  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _en_date,
    _end_page,
    _hex,
    _insert_after,
    _ldjson,
    _long_lines,
    _other_sentences,
    _page_rng,
    _paras,
    _share_bar,
    _snip_titles,
    _story_html,
    _trim,
    _two_subheadings,
)
from pipeline.synth.prose import EN_DAYS, EnglishProse, prose_for  # noqa: E402
from pipeline.synth.publishers import YEAR, Ctx, Story, _slug, _words, esc  # noqa: E402
