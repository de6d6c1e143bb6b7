"""Four SHED template families for the synthetic publishers (see `pipeline.synth.publishers`).

"shed" is an eleventh split, next to "train", "test", "fresh", "blind", "sealed", "vault", "attic",
"cellar", "crypt" and "loft": families written by a session that read neither the extractor nor any
extraction result (nor the benchmark notes), so no extraction rule was written or tuned against
them. They are held out until they are measured once; once their scores have been looked at, they
are no longer held out, and a later held-out measurement needs new families.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `SHED_FAMILIES`: the shed families are
generated only by `generate_corpus("shed")`, never by "all", "train", "test" or another held-out
split, so those corpora are as they were. The truth conventions are the usual ones (body,
boilerplate snippets of four words or more, pull quotes in `repeated`, aware `published_at`, clean
`title` without the site name), those the cellar, crypt and loft splits added (a standfirst that
opens the story is body; a table of contents repeating the subheadings is not, each subheading is
in `repeated`; in-text calls to action in the paragraphs' own markup are boilerplate), and, as in
every earlier split, a photo's caption and credit are boilerplate. New here:
  * a bulleted list inside the text is body, one line per item (each item one of the story's
    sentences, in order); a quotation set as <blockquote> inside the text is body too (it is the
    paragraph's place in the story, not a repeat);
  * an embedded social-media post (<blockquote class="twitter-tweet">) quotes a sentence the text
    already has, as a pull quote does: the sentence belongs to `body` once and is in `repeated`;
    the post's attribution line ("— Name (@handle) March 7, 2026") is boilerplate;
  * the "Lees ook" boxes inside a Dutch article's text carry the linked headline in an <h3>, the
    same tag as the article's own subheadings: those headlines are boilerplate;
  * a university's "About the University" note after the text and its "Media contact" box, and a
    government press office's "Media enquiries" box, are boilerplate (the same on every page of
    the site, or of the department).

Families (language; date source):
  shed   uk-tabloid-reach      en; article:published_time and article:modified_time with offset,
                               visible "14:30, 7 Mar 2026" and "Updated 17:05, 7 Mar 2026"; a
                               British regional tabloid on a Reach-like platform: the red top nav
                               (NEWS SPORT CELEBS TV ...), the breaking-news strip, the lead photo
                               with its caption "(Image: ...)", the sticky video player ("Video
                               Loading", "Click to play Tap to play", "The video will start in 8
                               Cancel") after the first paragraph, two "READ MORE:" lines and later
                               "READ MORE:" <p>s in the text's own <p> markup, the newsletter
                               sign-up line in the text, "Advertisement" slots, an embedded tweet
                               (see above), the "Got a story?" line closing the text, "Topics",
                               the author's bio, "Comments", "Most Read", "Most Recent" and the
                               publisher's footer; URLs /news/section-news/slug-NNNNNNNN; <title> "T -
                               Site"
  shed   gov-press-office      en; only a naive <meta name="govuk:first-published-at"> (local time,
                               the feed gives the zone) and the visible date alone ("Published 7
                               March 2026"); a government press release on a GOV.UK-like
                               publishing platform: the cookie banner at the top, "Skip to main
                               content", the "Press release" caption, the summary under the
                               headline (the story's first sentence: body), "From: <department>",
                               "Published"/"Last updated" lines (top and bottom), the "Contents"
                               list of the subheadings (see above), the text in
                               <div class="govspeak"> with <h2>s, a minister's <blockquote> and a
                               bulleted list (body), "Media enquiries", "Share this page", "Is
                               this page useful?", "Related content", "Explore the topic" and the
                               Open Government Licence footer; URLs /government/news/slug;
                               <title> "T - Site"
  shed   university-newsroom   en; article:published_time in UTC ("Z") and the visible date alone
                               ("Tuesday 7 March 2026"); a university newsroom on TerminalFour: the
                               audience bar (Current students, Staff, Alumni ...), the mega-menu,
                               the breadcrumb, the lead photo's caption and credit, the text with
                               <h2>s, a researcher's <blockquote>, a bulleted list (body), the
                               "Find out more about ..." link line closing the text (boilerplate),
                               "About the <University>" note, the sidebar "Media contact" box,
                               "Tags:", the share bar, the "More news" card grid (category, date,
                               headline) and the university footer (address, charity number);
                               URLs /news/YYYY/month/slug.html; <title> "T | News | Site"
  shed   nl-dpg-regio          nl; a NewsArticle JSON-LD datePublished with offset, visible
                               "07-03-26, 14:30" and "Laatste update: 08-03-26, 09:12"; a Dutch
                               regional daily on a DPG-like platform: the login / "Abonneer" bar,
                               the regio menu, the "PREMIUM" badge, the intro (<p
                               class="article__intro">, the story's first paragraph: body), the
                               photo's caption "© <agency>", <h3> subheadings, "Lees ook" boxes
                               with <h3> headlines inside the text (see above), the premium
                               paywall teaser amid the full text on some articles, the newsletter
                               line in the text, "Deel dit artikel", "Onderwerpen", "Reageer",
                               "Meest gelezen", "Net binnen" and the publisher's footer; URLs
                               /place/slug~aNNNNNNNN/; <title> "T | Place | host"

Every renderer gives every story of its publisher the platform's own URL on first use (the stories
are rebuilt for each `render_publisher` call, so this is deterministic). The government renderer
splits the story's first sentence off as the summary, adds two subheadings where a release of five
paragraphs or more has none, turns one paragraph into a minister's quotation and one into a list of
its sentences; the university renderer makes a quotation and a list likewise (keeping the body
within 14 paragraphs and 900 words), so `body`, taken from the story after rendering, has them.
The tabloid, government, university and Dutch daily names are their own (`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

from datetime import timedelta

FAMILIES: dict[str, str] = {
    "uk-tabloid-reach": "shed",
    "gov-press-office": "shed",
    "university-newsroom": "shed",
    "nl-dpg-regio": "shed",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "nl-dpg-regio": "nl",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "uk-tabloid-reach": (
        "{p} Live",
        "{p} Evening Post",
        "The {p} Daily Star",
        "{p} Echo Online",
        "{p} Express",
    ),
    "gov-press-office": (
        "Government of {p}",
        "States of {p}",
        "{p} Executive",
        "{p} Regional Government",
    ),
    "university-newsroom": (
        "University of {p}",
        "{p} University",
        "{p} Metropolitan University",
        "{p} Institute of Technology",
    ),
    "nl-dpg-regio": (
        "Dagblad {p}",
        "{p} Courant",
        "De Stem van {p}",
        "Nieuwsblad {p}",
    ),
}


# --- shared ------------------------------------------------------------------------------------


def _listify(c: Ctx, avoid: set[int]) -> int | None:
    """Turn one middle paragraph of two to four sentences into list items (one block per sentence,
    tagged "li"), when the body stays within 14 paragraphs; the index of the first item, or None."""
    s = c.story
    paras = _paras(s)
    r = c.stable(f"list-{s.title}")
    cands = [
        i for i in paras[1:-1]
        if 2 <= len(s.sentences[i]) <= 4 and i not in avoid and all(_words(x) > 6 for x in s.sentences[i])
    ]
    if not cands:
        return None
    at = r.choice(cands)
    sents = s.sentences[at]
    if sum(1 for _, t in s.blocks if _words(t) > 6) + len(sents) - 1 > 14:
        return None
    s.blocks[at : at + 1] = [("li", x) for x in sents]
    s.sentences[at : at + 1] = [[x] for x in sents]
    return at


def _quotify(c: Ctx) -> int | None:
    """Mark one middle paragraph as a quotation (tag "quote"); its index, or None."""
    s = c.story
    paras = _paras(s)
    if len(paras) < 4:
        return None
    at = c.stable(f"quote-{s.title}").choice(paras[1:-1])
    s.blocks[at] = ("quote", s.blocks[at][1])
    return at


def _render_blocks(c: Ctx, p: str, heading: Callable[[str, str], str], quote: str, ul: str) -> list[str]:
    """The story's blocks as HTML: paragraphs opened with `p`, headings through `heading`, quotes in
    `quote` (a format string with {}), runs of list items in one list opened with `ul`."""
    out: list[str] = []
    items: list[str] = []
    for tag, text in [*c.story.blocks, ("end", "")]:
        if tag != "li" and items:
            out.append(f"{ul}\n" + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>")
            items = []
        if tag == "p":
            out.append(f"{p}{c.inline(text)}</p>")
        elif tag == "li":
            items.append(esc(text))
        elif tag == "quote":
            out.append(quote.format(esc(text)))
        elif tag in ("h2", "h3"):
            out.append(heading(tag, esc(text)))
    return out


def _en_date(dt: datetime) -> str:
    return f"{dt.day} {MONTHS['en'][dt.month - 1]} {dt.year}"


# --- uk-tabloid-reach --------------------------------------------------------------------------

UK_MENU = ("NEWS", "SPORT", "CELEBS", "TV", "FOOTBALL", "MONEY", "TRAVEL", "PETS", "WHAT'S ON")
UK_CAPTIONS = (
    "Emergency services were called to the scene in {place}",
    "The site in {place} has been cordoned off",
    "Residents gathered outside the building in {place}",
    "A general view of the high street in {place}",
    "Police at the scene in {place} on Saturday",
)
UK_CREDITS = ("Image: Getty Images", "Image: PA", "Image: {short}", "Image: Google Maps", "Image: SWNS")
UK_BREAKING = (
    "Major road closed after crash near {place}",
    "Weather warning issued for {place} this weekend",
    "Schools in {place} close early amid heating fault",
    "Search continues for missing teenager in {place}",
)
UK_TOPICS = ("Police", "Crime", "Roads", "Council", "Weather", "Health", "Schools", "Transport")
UK_GROUPS = ("Reach Regional Media Ltd", "Northgate Local Media plc", "Crown Street Publishing Ltd")


def _uk_stamp(dt: datetime) -> str:
    """ "14:30, 7 Mar 2026"."""
    return f"{dt:%H:%M}, {dt.day} {dt:%b} {dt.year}"


def render_uk_tabloid_reach(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    place = _place(c)
    r = c.stable("shed-uk")
    c.repath(
        lambda o: f"/news/{_aslug(o.section)}-news/{_aslug(o.title)}-"
        f"{c.stable(f'ukid-{o.title}').randint(30_000_000, 33_999_999)}"
    )
    modified = d + timedelta(minutes=c.rng.randint(15, 400))
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:modified_time" content="{modified.isoformat(timespec="seconds")}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/assets/css/article.{_hex(r, 10)}.css">',
        "</head>",
        f'<body class="article-page {esc(pub.token)}">',
        '<header class="mod-header">',
        f'<a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="primary-nav"><ul>',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in UK_MENU],
        "</ul></nav>",
        f'<div class="account"><a href="/login">Sign in</a> <a href="/newsletters">'
        f'{esc(c.snip("Sign up to newsletters"))}</a></div>',
        "</header>",
    ]
    c.snip(" ".join(UK_MENU[:5]))
    br = c.stable(f"uk-breaking-{d:%Y%m%d}")
    breaking = c.snip(br.choice(UK_BREAKING).format(place=place))
    lines.append(
        f'<div class="breaking-strip"><span>BREAKING</span> <a href="/news/">{esc(breaking)}</a></div>'
    )
    when = c.snip(_uk_stamp(d))
    upd = c.snip(f"Updated {_uk_stamp(modified)}")
    comments = c.rng.randint(0, 420)
    lines += [
        '<main><article class="article-main">',
        '<div class="article-header">',
        f'<a class="section-label" href="/news/{_aslug(s.section)}-news/">{esc(s.section.upper())}</a>',
        f'<h1 class="section-theme-highlight">{esc(s.title)}</h1>',
        '<div class="article-information">',
        f'<div class="author"><span>By</span> <a href="/authors/{_aslug(a.name)}/">{esc(a.name)}</a> '
        f'<span class="author-job">{esc(a.desk)}</span></div>',
        f'<div class="time-info"><span class="date-published">{esc(when)}</span> '
        f'<span class="date-updated">{esc(upd)}</span></div>',
        f'<a class="comment-count" href="#comments-wrapper">{comments} comments</a>',
        "</div>",
        "</div>",
    ]
    caption = c.snip(
        f"{r.choice(UK_CAPTIONS).format(place=place)} "
        f"({c.stable(f'credit-{s.title}').choice(UK_CREDITS).format(short=pub.short)})"
    )
    lines.append(
        f'<figure class="lead-article-image"><img src="https://i2-prod.{pub.host}/incoming/article'
        f'{c.rng.randint(10_000_000, 99_999_999)}.ece/ALTERNATES/s615/0_{_hex(c.rng, 8)}.jpg" alt="">'
        f'<figcaption><span class="caption">{esc(caption)}</span></figcaption></figure>'
    )
    # the text, with "READ MORE" lines, the video, the newsletter line, ads and a tweet
    paras = _paras(s)
    tweet_at: int | None = None
    tweet = ""
    if len(paras) >= 4:
        src = c.rng.choice(paras[1:-1])
        cands = [x for x in s.sentences[src] if 6 <= _words(x) <= 40]
        if cands:
            tweet = c.rng.choice(cands)
            c.repeated.append(_norm(tweet))
            tweet_at = src
    body: list[str] = []
    for i, (tag, text) in enumerate(s.blocks):
        if tag == "p":
            body.append(f"<p>{c.inline(text)}</p>")
        else:
            body.append(f'<h2 class="section-heading">{esc(text)}</h2>')
        if i == tweet_at:
            who = prose_for("en", c.stable(f"tweeter-{s.title}")).person()
            handle = "".join(ch for ch in who if ch.isalpha())[:14]
            attribution = c.snip(f"— {who} (@{handle}) {MONTHS['en'][d.month - 1]} {d.day}, {d.year}")
            body.append(
                '<blockquote class="twitter-tweet" data-dnt="true">'
                f'<p lang="en" dir="ltr">{esc(tweet)}</p>'
                f'{esc(attribution.rsplit(") ", 1)[0])}) <a href="https://twitter.com/{handle}/status/'
                f'{c.rng.randint(10**18, 2 * 10**18)}">{MONTHS["en"][d.month - 1]} {d.day}, {d.year}</a>'
                "</blockquote>"
            )
    reads = c.pick_others(4)
    for o in reads:
        c.snip(f"READ MORE: {o.title}")
    top = "\n".join(
        f'<p class="read-more-links"><b>READ MORE:</b> <a href="{esc(o.path)}">{esc(o.title)}</a></p>'
        for o in reads[:2]
    )
    video = (
        '<div class="sticky-video-wrapper"><div class="video-player">'
        '<span class="loading">Video Loading</span>\n<span class="unavailable">Video Unavailable</span>\n'
        f'<button>{esc(c.snip("Click to play Tap to play"))}</button>\n'
        f'<p class="autoplay">{esc(c.snip("The video will start in 8 Cancel"))}</p>\n'
        '<button class="play-now">Play now</button></div></div>'
    )
    letter = c.snip(
        f"Sign up to the {pub.name} newsletter for the biggest stories from {place} "
        "straight to your inbox."
    )
    ad = c.text("ad") if c.has("ads") else "Advertisement"
    inserts: list[tuple[int, str]] = [
        (0, top),
        (0, video),
        (2, f'<p><strong><a href="/newsletters">{esc(letter)}</a></strong></p>'),
        (1, f'<div class="ad-slot"><span class="ad-label">{esc(ad)}</span></div>'),
        (4, f'<div class="ad-slot"><span class="ad-label">{esc(ad)}</span></div>'),
    ]
    for n, o in zip((3, 6), reads[2:], strict=False):
        inserts.append((n, f'<p><b>READ MORE:</b> <a href="{esc(o.path)}">{esc(o.title)}</a></p>'))
    story = c.snip(
        f"Got a story? Email newsdesk@{pub.host} or message us on WhatsApp at 07700 900{r.randint(100, 999)}."
    )
    lines += [
        '<div class="article-body" itemprop="articleBody">',
        *_insert_after(body, "<p>", inserts),
        f'<p><em>{esc(story)}</em></p>',
        "</div>",
    ]
    topics = [place, *c.stable(f"topics-{s.title}").sample(UK_TOPICS, 3)]
    lines += [
        '<div class="topics"><span>Topics</span>\n<ul>',
        *[f'<li><a href="/all-about/{_aslug(x)}">{esc(x)}</a></li>' for x in topics],
        "</ul></div>",
    ]
    c.snip("Topics " + " ".join(topics))
    if c.has("bio"):
        lines.append(
            f'<div class="author-bio"><h3>{esc(a.name)}</h3><p>{esc(c.bio())}</p></div>'
        )
    lines += [
        f'<section id="comments-wrapper"><h2>{esc(c.snip(f"{comments} comments - join the debate"))}</h2>',
        f"<p>{esc(c.snip('Readers must be signed in to comment. Read our community rules.'))}</p>",
        "</section>",
        "</article>",
        '<aside class="sidebar">',
        '<section class="most-read"><h2>Most Read</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(5)],
        "</ol></section>",
        '<section class="most-recent"><h2>Most Recent</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(3)],
        "</ul></section>",
        "</aside></main>",
    ]
    group = r.choice(UK_GROUPS)
    lines += [
        '<footer class="site-footer">',
        f"<p>{esc(c.snip(f'Follow {pub.name} on Facebook X Instagram'))}</p>",
        f"<p>{esc(c.snip('Contact us How to complain Corrections and clarifications Privacy notice'))}</p>",
        f"<p>{esc(c.snip(f'© {YEAR} {group}. {pub.name} is part of the {group} network.'))}</p>",
        "</footer>",
    ]
    if c.has("cookie"):
        lines.append(f'<div id="consent"><p>{esc(c.text("cookie"))}</p><button>I Accept</button></div>')
    lines += [
        '<script async src="https://platform.twitter.com/widgets.js"></script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- gov-press-office --------------------------------------------------------------------------

GV_DEPTS = (
    "Department for Transport",
    "Department for Education",
    "Department of Health and Social Care",
    "Department for the Economy",
    "Department for Communities",
    "Department of Agriculture, Environment and Rural Affairs",
    "Department for Infrastructure",
)
GV_TOPICS = ("Transport", "Education and learning", "Health and social care", "Business and industry",
             "Housing, local and community", "Environment", "Government")
USEFUL = "Is this page useful? Maybe Yes this page is useful No this page is not useful"
OGL = "All content is available under the Open Government Licence v3.0, except where otherwise stated"
GV_FOOTER = ("Help", "Privacy", "Cookies", "Accessibility statement", "Contact", "Terms and conditions")


def render_gov_press_office(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    r = c.stable("shed-gv")
    c.repath(lambda o: f"/government/news/{_aslug(o.title)}")
    # the summary (the first sentence), subheadings, a quotation and a list
    _split_lead(c, 1)
    _two_subheadings(c)
    _trim(s, keep=2)
    _fill(s, prose_for("en", c.stable(f"fill-{s.title}")))
    quote = _quotify(c)
    _listify(c, {quote} if quote is not None else set())
    summary = s.blocks[0][1]
    dr = c.stable(f"dept-{s.title}")
    dept = dr.choice(GV_DEPTS)
    minister = prose_for("en", c.stable(f"minister-{dept}")).person()
    updated = d + timedelta(days=dr.randint(1, 9)) if dr.random() < 0.4 else None
    heads_ = [t for tag, t in s.blocks if tag in ("h2", "h3")]
    c.repeated.extend(_norm(h) for h in heads_)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en" class="govuk-template">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(summary)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta name="govuk:format" content="press_release">',
        f'<meta name="govuk:first-published-at" content="{c.iso(naive=True)}">',
        f'<meta name="govuk:content-id" content="{_hex(c.stable(f"cid-{s.title}"), 8)}-'
        f'{_hex(c.stable(f"cid2-{s.title}"), 4)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/assets/static/application-{_hex(r, 12)}.css">',
        "</head>",
        '<body class="govuk-template__body">',
    ]
    cookies_h = c.snip(f"Cookies on {pub.name}")
    cookies_1 = c.snip("We use some essential cookies to make this website work.")
    cookies_2 = c.snip(
        f"We’d like to set additional cookies to understand how you use {pub.name}, remember your "
        "settings and improve government services."
    )
    lines += [
        '<div class="gem-c-cookie-banner" role="region">',
        f"<h2>{esc(cookies_h)}</h2>",
        f"<p>{esc(cookies_1)}</p>",
        f"<p>{esc(cookies_2)}</p>",
        "<button>Accept additional cookies</button> <button>Reject additional cookies</button>",
        "</div>",
        f'<a href="#main-content" class="govuk-skip-link">{esc(c.snip("Skip to main content"))}</a>',
        '<header class="gem-c-layout-super-navigation-header">',
        f'<a href="/" class="logo">{esc(pub.name)}</a>',
        '<nav><button>Menu</button> <button>Search</button></nav>',
        "</header>",
    ]
    topic = c.stable(f"topic-{dept}").choice(GV_TOPICS)
    crumbs = ["Home", topic, dept]
    c.snip(" ".join(crumbs))
    lines += [
        '<div class="govuk-breadcrumbs"><ol>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in crumbs],
        "</ol></div>",
        '<main id="main-content" class="govuk-main-wrapper">',
        '<div class="gem-c-title"><span class="govuk-caption-xl">Press release</span>',
        f'<h1 class="gem-c-title__text">{esc(s.title)}</h1></div>',
        f'<p class="gem-c-lead-paragraph">{esc(summary)}</p>',
    ]
    c.snip(f"From: {dept} and {minister}")
    published = c.snip(f"Published {_en_date(d)}")
    meta = [
        '<div class="gem-c-metadata"><dl>',
        "<dt>From:</dt>",
        f'<dd><a href="/government/organisations/{_aslug(dept)}">{esc(dept)}</a> and '
        f'<a href="/government/people/{_aslug(minister)}">{esc(minister)}</a></dd>',
        "<dt>Published</dt>",
        f"<dd>{esc(_en_date(d))}</dd>",
    ]
    if updated:
        c.snip(f"Last updated {_en_date(updated)} — See all updates")
        meta += [
            "<dt>Last updated</dt>",
            f'<dd>{esc(_en_date(updated))} — <a href="#history">See all updates</a></dd>',
        ]
    meta.append("</dl></div>")
    lines += meta
    if heads_:
        lines += [
            '<nav class="gem-c-contents-list" aria-label="Contents"><h2>Contents</h2><ol>',
            *[f'<li><a href="#{_aslug(h)}">{esc(h)}</a></li>' for h in heads_],
            "</ol></nav>",
        ]
    body = _render_blocks(
        c,
        p="<p>",
        heading=lambda tag, h: f'<h2 id="{_aslug(h)}">{h}</h2>',
        quote="<blockquote><p>{}</p></blockquote>",
        ul="<ul>",
    )
    body = body[1:]  # the summary is shown under the headline
    lines += ['<div class="govspeak">', *body, "</div>"]
    num = c.stable(f"tel-{dept}").randint(1000, 9999)
    slug = _aslug(dept.split(" ", 2)[-1])[:18]
    lines += [
        '<div class="gem-c-contact"><h2>Media enquiries</h2>',
        f"<p>{esc(c.snip(f'Press office, {dept}'))}</p>",
        f"<p>{esc(c.snip(f'Email pressoffice@{slug}.{pub.host}'))}</p>",
        f"<p>{esc(c.snip(f'Telephone 028 9054 {num} (Monday to Friday, 9am to 5pm)'))}</p>",
        "</div>",
        '<div class="gem-c-share-links"><h2>Share this page</h2>\n<ul>',
        '<li><a href="#">Facebook</a></li>\n<li><a href="#">Twitter</a></li>\n<li><a href="#">Email</a></li>',
        "</ul></div>",
    ]
    c.snip("Share this page Facebook Twitter Email")
    lines += ['<div class="gem-c-published-dates" id="history">', f"<p>{esc(published)}</p>"]
    if updated:
        lines.append(f"<p>Last updated {esc(_en_date(updated))} — "
                     '<a href="#history">See all updates</a></p>')
    lines.append("</div>")
    lines += [
        '<div class="gem-c-feedback">',
        f"<p>{esc(c.snip(USEFUL))}</p>",
        f'<p><a href="/contact/govuk">{esc(c.snip("Report a problem with this page"))}</a></p>',
        "</div>",
        "</main>",
        '<aside class="gem-c-related-navigation"><h2>Related content</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(3)],
        "</ul>",
        f'<h2>Explore the topic</h2><ul><li><a href="/{_aslug(topic)}">{esc(topic)}</a></li></ul></aside>',
        '<footer class="govuk-footer"><ul>',
        *[f'<li><a href="/help/{_aslug(x)}">{esc(x)}</a></li>' for x in GV_FOOTER],
        "</ul>",
    ]
    c.snip(" ".join(GV_FOOTER))
    lines += [
        f"<p>{esc(c.snip(OGL))}</p>",
        f"<p>© {esc(pub.short)} copyright</p>",
        "</footer>",
        f'<script src="/assets/static/application-{_hex(r, 12)}.js"></script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- university-newsroom -----------------------------------------------------------------------

UN_AUDIENCE = ("Current students", "Staff", "Alumni", "Business", "Visit us", "Jobs")
UN_MENU = ("Study", "Research", "International", "Business and partnerships", "About us", "News and events")
UN_SUBJECTS = (
    "Engineering", "Medicine and Health", "Environmental Science", "Computer Science", "Law",
    "History", "Education", "Psychology", "Chemistry", "Architecture",
)
UN_CATEGORIES = ("Research", "University news", "Student life", "Awards", "Community", "Health")
UN_CAPTIONS = (
    "Researchers at work in the university's new laboratory",
    "Students on the main campus",
    "The project team outside the School of {subject}",
    "Fieldwork near {place} last summer",
)
UN_FOOTER = "Freedom of information Accessibility Privacy Cookies Modern slavery statement"
UN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _un_date(dt: datetime) -> str:
    return f"{UN_DAYS[dt.weekday()]} {_en_date(dt)}"


def render_university_newsroom(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    r = c.stable("shed-un")
    c.repath(lambda o: f"/news/{o.published.year}/{MONTHS['en'][o.published.month - 1].lower()}/"
                       f"{_aslug(o.title)}.html")
    quote = _quotify(c)
    _listify(c, {quote} if quote is not None else set())
    subject = c.stable(f"subject-{s.title}").choice(UN_SUBJECTS)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | News | {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="article:published_time" content="{c.iso(utc=True)}">',
        '<meta name="generator" content="TERMINALFOUR">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/site-elements/css/main.{_hex(r, 8)}.css">',
        "</head>",
        '<body class="news-article">',
        '<div class="audience-bar"><ul>',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in UN_AUDIENCE],
        "</ul></div>",
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="mega-menu"><ul>',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in UN_MENU],
        "</ul></nav>",
        f'<a class="cta" href="/study/apply/">{esc(c.snip("Apply now for 2026 entry"))}</a></header>',
    ]
    c.snip(" ".join(UN_AUDIENCE[:4]))
    c.snip(" ".join(UN_MENU[:3]))
    crumbs = ["Home", "News and events", "News", str(d.year)]
    c.snip(" ".join(crumbs))
    lines += [
        '<nav class="breadcrumb"><ol>',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in crumbs],
        "</ol></nav>",
    ]
    shown = c.snip(_un_date(d))
    photographer = prose_for("en", c.stable(f"photo-{s.title}")).person()
    caption = r.choice(UN_CAPTIONS).format(subject=subject, place=place)
    credit = f"Photo: {photographer}"
    c.snip(f"{caption} {credit}")
    category = c.stable(f"cat-{s.title}").choice(UN_CATEGORIES)
    lines += [
        '<main class="content"><div class="row"><article class="col-md-8 news-article__main">',
        f'<p class="news-article__category">{esc(category)}</p>',
        f"<h1>{esc(s.title)}</h1>",
        f'<p class="news-article__date">{esc(shown)}</p>',
        f'<figure class="news-article__image"><img src="/images/news/{d:%Y}/{_hex(c.rng, 10)}.jpg" alt="">'
        f'<figcaption>{esc(caption)} <span class="credit">{esc(credit)}</span></figcaption></figure>',
    ]
    body = _render_blocks(
        c,
        p="<p>",
        heading=lambda tag, h: f"<h2>{h}</h2>",
        quote='<blockquote class="news-quote"><p>{}</p></blockquote>',
        ul='<ul class="list-bullets">',
    )
    more = c.snip(f"Find out more about studying {subject} at the {pub.name}.")
    about = c.snip(
        f"About the {pub.name}: founded in {r.randint(1825, 1969)}, the {pub.name} is one of the "
        f"largest universities in the region, with more than {r.randint(18, 38)},000 students from "
        f"{r.randint(110, 160)} countries."
    )
    lines += [
        '<div class="news-article__body">',
        *body,
        f'<p><a href="/study/{_aslug(subject)}/">{esc(more)}</a></p>',
        "</div>",
        f'<div class="news-article__notes"><h3>Notes to editors</h3><p>{esc(about)}</p></div>',
    ]
    tags = [category, subject, place]
    c.snip("Tags: " + ", ".join(tags))
    links = ", ".join(f'<a href="/news/tags/{_aslug(x)}/">{esc(x)}</a>' for x in tags)
    lines.append(f'<p class="news-article__tags">Tags: {links}</p>')
    label, sites = c.share()
    lines += [
        f'<div class="share-bar"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in sites)
        + "</div>",
        "</article>",
    ]
    officers = [prose_for("en", c.stable(f"officer-{k}")).person() for k in range(2)]
    officer = c.stable(f"officer-of-{s.title}").choice(officers)
    k = officers.index(officer)
    lines += [
        '<aside class="col-md-4 sidebar"><div class="media-contact"><h2>Media contact</h2>',
        f"<p>{esc(c.snip(f'{officer}, Media Relations Officer'))}</p>",
        f"<p>{esc(c.snip(f'Tel: +44 (0)113 343 {4021 + k} | Email: press@{pub.host}'))}</p>",
        f"<p>{esc(c.snip('Out of hours, call the press office duty line.'))}</p>",
        "</div></aside></div>",
    ]
    lines.append('<section class="more-news"><h2>More news</h2><div class="cards">')
    for o in c.pick_others(3):
        cat = c.stable(f"cat-{o.title}").choice(UN_CATEGORIES)
        lines.append(
            f'<div class="card"><p class="card__category">{esc(cat)}</p>\n'
            f'<p class="card__date">{esc(_en_date(o.published))}</p>\n'
            f'<h3><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></h3></div>'
        )
    lines += [f'</div><a href="/news/">{esc(c.snip("View all university news"))}</a></section>', "</main>"]
    charity = r.randint(1_100_000, 1_199_999)
    lines += [
        '<footer class="site-footer">',
        f"<p>{esc(c.snip(f'{pub.name}, {place} {pub.short}{r.randint(1, 9)} {r.randint(1, 9)}JT, UK'))}</p>",
        f"<p>{esc(c.snip(f'© {YEAR} {pub.name}. Registered charity number {charity}.'))}</p>",
        f"<p>{esc(c.snip(UN_FOOTER))}</p>",
        "</footer>",
    ]
    return _close_page(c, lines, "cookie-notice")


# --- nl-dpg-regio ------------------------------------------------------------------------------

NL_MENU = ("Nieuws", "Regio", "Sport", "Show", "Video", "Podcasts", "Puzzels", "Koken & Eten")
NL_AGENCIES = ("ANP", "Pro Shots", "Hollandse Hoogte", "Marcel Hofstra", "Frank de Vries")
NL_CAPTIONS = (
    "Het gemeentehuis van {place}.",
    "Archiefbeeld van de binnenstad van {place}.",
    "De brandweer was snel ter plaatse in {place}.",
    "Bewoners in {place} kijken toe.",
)
NL_TOPICS = ("Gemeenteraad", "Verkeer", "Wonen", "Onderwijs", "Zorg", "Politie", "Natuur")
NL_FOOTER = ("Contact", "Adverteren", "Privacy", "Cookies", "Algemene voorwaarden", "Vacatures")


def _nl_stamp(dt: datetime) -> str:
    """ "07-03-26, 14:30"."""
    return f"{dt:%d-%m-%y}, {dt:%H:%M}"


def render_nl_dpg_regio(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    r = c.stable("shed-nl")
    c.repath(lambda o: f"/{_aslug(place)}/{_aslug(o.title)}~a{_hex(c.stable(f'nlid-{o.title}'), 8)}/")
    premium = c.stable(f"premium-{s.title}").random() < 0.5
    modified = d + timedelta(minutes=c.rng.randint(30, 900))
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": modified.isoformat(timespec="seconds"),
        "isAccessibleForFree": not premium,
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(place)} | {esc(pub.host)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.host)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(ld),
        "</head>",
        '<body class="article-page">',
        '<div class="top-bar"><a href="/inloggen">Inloggen</a> '
        f'<a class="btn-subscribe" href="/abonnement">{esc(c.snip("Abonneer nu voor €1 per week"))}</a>'
        "</div>",
        f'<header class="header"><a class="header__logo" href="/">{esc(pub.name)}</a>',
        '<nav class="header__menu"><ul>',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in NL_MENU],
        "</ul></nav></header>",
    ]
    c.snip(" ".join(NL_MENU[:5]))
    updated = c.snip(f"Laatste update: {_nl_stamp(modified)}")
    byline = c.byline()
    lines += [
        '<main><article class="article">',
        f'<a class="article__label" href="/{_aslug(place)}/">{esc(place)}</a>',
        '<span class="premium-badge">PREMIUM</span>' if premium else "",
        f'<h1 class="article__title">{esc(s.title)}</h1>',
        '<div class="article__meta">',
        f'<span class="article__time">{esc(_nl_stamp(d))}</span> '
        f'<span class="article__update">{esc(updated)}</span>',
        f'<span class="article__author">{esc(byline)}</span>',
        "</div>",
    ]
    paras = _paras(s)
    intro = s.blocks[paras[0]][1]
    agency = c.stable(f"agency-{s.title}").choice(NL_AGENCIES)
    caption = c.snip(f"{c.stable(f'cap-{s.title}').choice(NL_CAPTIONS).format(place=place)} © {agency}")
    lines += [
        f'<p class="article__intro">{esc(intro)}</p>',
        f'<figure class="article__figure"><img src="https://images.{pub.host}/{_hex(c.rng, 16)}.jpg" alt="">'
        f'<figcaption>{esc(caption.rsplit(" © ", 1)[0])} <span class="credit">© {esc(agency)}</span>'
        "</figcaption></figure>",
    ]
    body: list[str] = []
    for i, (tag, text) in enumerate(s.blocks):
        if i == paras[0]:
            continue
        if tag == "p":
            body.append(f'<p class="article__paragraph">{c.inline(text)}</p>')
        else:
            body.append(f'<h3 class="article__subheader">{esc(text)}</h3>')
    inserts: list[tuple[int, str]] = []
    for n, o in zip((1, 4), c.pick_others(2), strict=False):
        c.snip(o.title)
        inserts.append(
            (n, f'<aside class="related-article"><span class="related-article__label">Lees ook</span>'
                f'\n<a href="{esc(o.path)}"><h3 class="related-article__title">{esc(o.title)}</h3>\n'
                f'<p class="related-article__section">{esc(o.section)}</p></a></aside>')
        )
    if premium:
        teaser = c.snip("Dit is een premium artikel. Lees verder met een abonnement vanaf €1 per week.")
        inserts.append(
            (0, f'<div class="paywall-teaser" data-paywall="true"><p>{esc(teaser)}</p>'
                f'<a class="btn" href="/abonnement">{esc(c.snip("Bekijk alle abonnementen"))}</a> '
                '<a href="/inloggen">Al abonnee? Log in</a></div>')
        )
    letter = c.snip(
        f"Elke ochtend het belangrijkste nieuws uit {place} in je mailbox? "
        f"Schrijf je in voor de gratis nieuwsbrief van {pub.name}."
    )
    inserts.append((3, f'<p class="article__paragraph"><strong><a href="/nieuwsbrieven">{esc(letter)}'
                       "</a></strong></p>"))
    if c.has("ads"):
        inserts.append((2, f'<div class="advertisement"><span>{esc(c.text("ad"))}</span></div>'))
    lines += [
        '<div class="article__body">',
        *_insert_after(body, '<p class="article__paragraph">', inserts),
        "</div>",
    ]
    label, sites = c.share()
    topics = [place, *c.stable(f"nltopics-{s.title}").sample(NL_TOPICS, 2)]
    c.snip("Onderwerpen: " + " ".join(topics))
    react = c.snip(f"Reageer op dit artikel ({c.rng.randint(0, 240)} reacties)")
    lines += [
        f'<div class="share"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in sites)
        + "</div>",
        '<div class="topics">Onderwerpen:\n'
        + "\n".join(f'<a href="/onderwerp/{_aslug(x)}">{esc(x)}</a>' for x in topics) + "</div>",
        f'<a class="comments" href="#reacties">{esc(react)}</a>',
        "</article>",
        '<aside class="sidebar">',
        f'<section class="most-read"><h2>{esc(c.snip(f"Meest gelezen in {place}"))}</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(5)],
        "</ol></section>",
        '<section class="latest"><h2>Net binnen</h2><ul>',
    ]
    for k, o in enumerate(c.pick_others(3)):
        t = d + timedelta(minutes=11 * (k + 1))
        c.snip(f"{t:%H:%M} {o.title}")
        lines.append(f'<li><time>{t:%H:%M}</time> <a href="{esc(o.path)}">{esc(o.title)}</a></li>')
    group = r.choice(("DPG Media B.V.", "Mediahuis Regio B.V.", "NDC Regionaal B.V."))
    lines += [
        "</ul></section>",
        "</aside></main>",
        '<footer class="footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in NL_FOOTER],
        "</ul>",
        f"<p>{esc(c.snip(f'{pub.name} is onderdeel van {group}'))}</p>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    c.snip(" ".join(NL_FOOTER[:5]))
    if c.has("cookie"):
        lines.append(
            f'<div class="privacy-gate"><p>{esc(c.text("cookie"))}</p><button>Akkoord</button></div>'
        )
    lines += ["</body>", "</html>"]
    return _j(lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "uk-tabloid-reach": render_uk_tabloid_reach,
    "gov-press-office": render_gov_press_office,
    "university-newsroom": render_university_newsroom,
    "nl-dpg-regio": render_nl_dpg_regio,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import datetime  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _aslug,
    _close_page,
    _fill,
    _hex,
    _insert_after,
    _ldjson,
    _paras,
    _place,
    _split_lead,
    _trim,
    _two_subheadings,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import (  # noqa: E402
    MONTHS,
    YEAR,
    Ctx,
    _j,
    _norm,
    _words,
    esc,
)
