"""Four KNAP template families for the synthetic publishers (see `pipeline.synth.publishers`).

"knap" is a split of its own, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS`, `FAMILY_ZONES` and `RENDERERS` from
this module into its registries and keeps `FAMILIES` from here apart, as `KNAP_FAMILIES`: the knap
families are generated only by `generate_corpus("knap")`, so every other corpus is as it was. All
four are English-language news pages (2026) whose text is cut up, prefixed or partly hidden the way
real sites of the kind do it: a regional daily's breaking story with timestamped updates on top of
the original text, a morning briefing page of short items, a nonprofit newsroom's republication of a
partner's story under a Creative Commons license, and a metered daily's paywalled article whose full
text is in the page's JSON-LD and in a hidden section of the markup. No new language: the English
grammar of `pipeline.synth.prose` writes every text; the renderers only reshape it (update
paragraphs, briefing items) and write the blocks around it.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a list inside the text is body, one line per item; a photo's caption and
credit are boilerplate; a label of fewer than four words ("Latest", "Breaking", "Original story:",
"Sponsored", "Today's quote", "Read more", "Donate now", "Republish this story") is no snippet
(neither). The choices each family makes for the debatable parts:
  * developing-story-updates: a US regional daily's breaking story. The body is the updates and
    the original text: on about two pages in three, one to three update paragraphs stand at the
    top of the text, newest first, each opening with a bold "UPDATE, 3:45 p.m.:" lead-in
    ("UPDATE, March 8, 12:40 a.m.:" once the update falls on the next day) that is PART of that
    body line (the time belongs to the news, as a dateline does). The "Original story:" line that
    separates the updates from the original text is NEITHER (two words, a separator). The
    original text, its subheadings and a list are body. The "This is a developing story. Check
    back for updates." line (on about two pages in three, at the end of the text on some sites and
    above it on the others) is boilerplate. So are the header's "Latest" ticker (its linked
    headlines, each a snippet; the "Latest" label and the "12 min ago" ages are neither), the
    "Breaking" kicker (neither), the byline, the "Published ..." and "Updated ..." stamps, the
    share bar, the photo's caption and credit, the "Get breaking news alerts" sign-up box (its
    heading and its text, the same on every page of a site), the "Related coverage" headlines,
    the navigation, the footer and the cookie notice;
  * daily-briefing-items: a morning briefing web page (not the e-mail). The body is the editor's
    intro line ("Good morning, <town>. <sentence>") and the five to eight editorial items, each
    one body line made of its bold lead-in phrase ("Budget vote:" or "Budget vote.") and its
    paragraph. The item's "Read more" link at the end of its paragraph (inside the same <p>, on
    some sites) is NEITHER (two words, a link label, not in `body`); the "Full story: <headline>"
    line under an item (on the other sites) is boilerplate. The one sponsored item among the items
    (its "A message from <sponsor>" label, its paragraph and its "Learn more" link) is
    BOILERPLATE: paid copy, not the newsroom's. The "Today's quote" block (on most pages: a
    quotation and its "\u2014 Name, role of the organisation" line, sentences not in the items) is
    NEITHER body nor boilerplate: an editor's pick set apart from the items. The kicker with the
    briefing's name (neither, three words or fewer), the byline, the date line, the share bar,
    the sign-off line closing the items on some sites ("That's it for today ..."), the "Did
    someone forward you ...? Sign up here ..." line under the date on some sites, the "Forward
    this to a friend" prompt, the sign-up box at the end, the navigation and the footer are
    boilerplate;
  * republished-with-attribution: a small nonprofit newsroom republishing a partner newsroom's
    story under Creative Commons. The body is the partner's story: its paragraphs, subheadings and
    a list. The note "This story was originally published by <Partner>. Read the original here."
    (above the text on some sites, after it on the others) is BOILERPLATE: a credit line the
    license requires, not the story. So are the partner's own tagline that closes the republished
    text on some partners' stories ("<Partner> is part of ..."; it sits inside the text's
    container), the partner's logo block ("In partnership with" and the logo, three words,
    neither; its description line a snippet), the byline ("By X, Partner"), the date line, the
    donation appeal box amid the text (heading and text, the same on every page of a site), the
    "Republish this story" button (three words, neither) and its modal, hidden until opened (the
    license sentence and the guidelines are boilerplate, in the page's text though not shown; on
    some sites the modal also holds a <textarea> with the story's HTML to copy, which is NEITHER:
    a hidden copy of the body in markup form), the "More from <site>" headlines, the newsletter
    box, the "Support independent journalism" footer (its heading three words, neither; its
    donation line a snippet, the same on every page of a site), the navigation and the copyright;
  * paywall-truncated-with-ldjson: a metered daily's paywalled article. The page shows the
    headline, the byline and the first two to four paragraphs; the rest of the text is in the
    markup too, in the section the JSON-LD's `hasPart` names (`cssSelector` ".paywall", hidden
    by a `hidden` attribute or an inline style until the reader subscribes), and the JSON-LD
    `NewsArticle` carries the whole text as `articleBody` with `isAccessibleForFree` false. The
    body is the FULL text (as a subscriber reads it: the publisher put it in the page): the
    visible paragraphs and the paywalled ones, subheadings and a list included. The paywall box
    that stands between them ("Subscribe to continue reading", the offer and its price, the terms
    "Then ... per month. Cancel anytime.", "Subscribe now", "Already a subscriber? Log in") is
    boilerplate (the offer the same on every page of a site), as are the meter line ("You have
    read all 5 of your free articles this month."), the byline, the "Published:" stamp, the
    photo's caption and credit, the share bar, the "Most read" headlines, the newsletter box, the
    navigation, the footer's subscriber-services links and the copyright; none of them is in
    `articleBody`.

Families (language; date source; URL and title forms):
  knap  developing-story-updates   en (US zones); <meta property="article:published_time"> and
                                   <time datetime> with the offset, showing "Published 2:14
                                   p.m. CST March 7, 2026"; paths
                                   /news/local/<yyyy>/<mm>/<dd>/<slug>/ or
                                   /story/news/<section>/<yyyy>/<mm>/<dd>/<slug>/<9 digits>/;
                                   <title> "T | Site" or "Breaking: T - Site"
  knap  daily-briefing-items       en (US zones, London); <time datetime> with the offset showing
                                   "Tuesday, March 10, 2026, 6:12 a.m." and JSON-LD
                                   NewsArticle datePublished; paths
                                   /briefing/<yyyy>/<mm>/<dd>/<slug>/ or
                                   /newsletters/<briefing slug>/<slug>-<yyyymmdd>; <title> "T |
                                   Site" or "<Briefing name>: T - Site"
  knap  republished-with-attribution  en (US zones); JSON-LD NewsArticle datePublished with the
                                   offset and the visible "Published March 7, 2026"; paths
                                   /<yyyy>/<mm>/<dd>/<slug>/ or /stories/<slug>/; <title> "T -
                                   Site" or "T | Site"
  knap  paywall-truncated-with-ldjson  en (US zones, London, Sydney); JSON-LD NewsArticle
                                   datePublished with the offset and the visible "Published:
                                   March 7, 2026 at 2:30 p.m."; paths
                                   /news/<section>/<slug>-<7 digits>.html or
                                   /<yyyy>/<mm>/<dd>/<section>/<slug>/; <title> "T | Site"

Every renderer gives every story of its publisher the platform's own URL on first use (`repath`, the
same whichever page renders first); a story's body stays within 4-14 lines of more than six words
and 250-900 words after the renderer reshapes it, and `body` is taken from the story after
rendering.
"""

from __future__ import annotations

FAMILIES: dict[str, str] = {
    "developing-story-updates": "knap",
    "daily-briefing-items": "knap",
    "republished-with-attribution": "knap",
    "paywall-truncated-with-ldjson": "knap",
}
FAMILY_LANGUAGE: dict[str, str] = {}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "developing-story-updates": ("The {p} Courier", "{p} Daily Press", "The {p} Register", "{p} Tribune",
                                 "The {p} Herald-News"),
    "daily-briefing-items": ("The {p} Daily", "{p} Today", "The {p} Beacon", "{p} Morning Star",
                             "The {p} Ledger"),
    "republished-with-attribution": ("{p} Free Press", "The {p} Current", "{p} Public Media",
                                     "The {p} Lens", "{p} Civic Report"),
    "paywall-truncated-with-ldjson": ("The {p} Times-Union", "{p} Daily News", "The {p} Gazette",
                                      "{p} Evening Post", "The {p} Advertiser"),
}
_US = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
FAMILY_ZONES: dict[str, tuple[str, ...]] = {
    "developing-story-updates": _US,
    "daily-briefing-items": (*_US, "Europe/London"),
    "republished-with-attribution": _US,
    "paywall-truncated-with-ldjson": (*_US, "Europe/London", "Australia/Sydney"),
}


def _ampm(d: datetime, dots: bool = True) -> str:
    """ "2:30 p.m.", or "2:30 PM" without `dots`."""
    h = d.hour % 12 or 12
    if dots:
        return f"{h}:{d:%M} {'a.m.' if d.hour < 12 else 'p.m.'}"
    return f"{h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def _long_date(d: datetime) -> str:
    """ "March 7, 2026"."""
    return f"{d:%B} {d.day}, {d.year}"


def _menu(items: tuple[str, ...], cls: str) -> str:
    return f'<nav class="{cls}"><ul>' + "\n".join(
        f'<li><a href="/{_slug(x)}/">{esc(x)}</a></li>' for x in items
    ) + "</ul></nav>"


def _footer(c: Ctx, items: tuple[str, ...], about: str, cls: str = "site-footer") -> str:
    """The footer: an about line, links, the copyright (all recorded)."""
    c.snip(about)
    c.snip(" ".join(items[:4]))
    cp = c.copyright()
    return (f'<footer class="{cls}"><p class="footer-about">{esc(about)}</p><ul>{_footer_links(items)}</ul>'
            f'<p class="copyright">{esc(cp)}</p></footer>')


def _blocks_html(c: Ctx, blocks: list[tuple[str, str]]) -> list[str]:
    """Blocks as HTML: paragraphs (`Ctx.inline`), subheadings, runs of list items in a <ul>."""
    out: list[str] = []
    run: list[str] = []
    for tag, text in [*blocks, ("", "")]:
        if tag != "li" and run:
            out.append("<ul>" + "".join(f"<li>{x}</li>" for x in run) + "</ul>")
            run = []
        if tag == "p":
            out.append(f"<p>{c.inline(text)}</p>")
        elif tag == "li":
            run.append(esc(text))
        elif tag in ("h2", "h3"):
            out.append(f"<{tag}>{esc(text)}</{tag}>")
    return out


def _index(c: Ctx) -> int:
    """The story's place among the publisher's stories (in date order)."""
    return next(k for k, o in enumerate(c.others) if o is c.story)


def _photo(c: Ctx, captions: tuple[str, ...], credit: str, cls: str = "lead-photo") -> str:
    """A lead photo with its caption and credit (both recorded)."""
    dr = _page_rng(c, "knap-photo")
    town = _place(c)
    caption = c.snip(dr.choice(captions).format(town=town))
    credit = c.snip(credit)
    return (f'<figure class="{cls}"><img src="/resources/images/{_hex(dr, 16)}.jpg" alt="" width="1200">'
            f'<figcaption><span class="caption">{esc(caption)}</span> <span class="credit">{esc(credit)}'
            "</span></figcaption></figure>")


# --- developing-story-updates --------------------------------------------------------------------

DV_MENU = ("News", "Local", "Crime & Courts", "Politics", "Weather", "Sports", "Business", "Opinion",
           "Obituaries", "e-Edition")
DV_FOOTER = ("About Us", "Contact the Newsroom", "Submit a News Tip", "Corrections", "Advertise",
             "Privacy Policy", "Terms of Service")
DV_CAPTIONS = (
    "Emergency crews work at the scene in {town} on the afternoon the story broke.",
    "Police tape blocks the road near the intersection in {town}.",
    "Traffic backs up on the approach to {town} as officials close the route.",
    "Firefighters stage equipment outside the building in {town}.",
    "Residents gather near the county offices in {town} as news spreads.",
)
DV_DEVELOPING = "This is a developing story. Check back for updates."


def _dv_label(first: datetime, t: datetime) -> str:
    """ "UPDATE, 3:45 p.m.:", with the date once the update falls on a later day."""
    if t.date() != first.date():
        return f"UPDATE, {t:%B} {t.day}, {_ampm(t)}:"
    return f"UPDATE, {_ampm(t)}:"


def render_developing_story_updates(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("dv")
    gannett = pub.index % 2 == 1
    note_top = site.random() < 0.5
    title_breaking = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title)[:80].strip("-")
        if gannett:
            n = random.Random(f"knap-dv-{o.title}").randint(100_000_000, 999_999_999)
            return f"/story/news/{_slug(o.section)}/{o.published:%Y/%m/%d}/{slug}/{n}/"
        return f"/news/local/{o.published:%Y/%m/%d}/{slug}/"

    c.repath(path)
    _listify(c, "dv-list")
    dr = _page_rng(c, "dv-page")
    updates = dr.choice((0, 0, 1, 1, 2, 2, 3))
    updates = max(0, min(updates, 14 - _long_lines(s)))
    prose = prose_for("en", _page_rng(c, "dv-updates"))
    times: list[datetime] = []
    t = d
    for _ in range(updates):
        t = t + timedelta(minutes=dr.randint(25, 140))
        times.append(t)
    upd_blocks: list[tuple[str, str]] = []
    upd_sents: list[list[str]] = []
    for t in reversed(times):
        text = _other_sentences(c, prose, dr.randint(1, 3))
        label = _dv_label(d, t)
        upd_blocks.append(("p", f"{label} {text}"))
        upd_sents.append([f"{label} {text}"])
    if updates and not s.blocks[0][1].startswith("UPDATE, "):
        s.blocks[0:0] = upd_blocks
        s.sentences[0:0] = upd_sents
    _trim(s, 900, keep=updates)
    developing = updates < 3 and dr.random() < 0.8
    town = _place(c)
    c.snip(" ".join(DV_MENU[:5]))
    ticker = c.pick_others(4)
    _snip_titles(c, ticker)
    byline = c.snip(f"By {s.author.name}, {s.author.desk}")
    published = c.snip(f"Published {_ampm(d)} {d.tzname()} {_long_date(d)}")
    updated = ""
    if times:
        last = times[-1]
        updated = c.snip(f"Updated {_ampm(last)} {last.tzname()} {_long_date(last)}")
    share = _share_bar(c, "share-tools")
    photo = ""
    if dr.random() < 0.7:
        photo = _photo(c, DV_CAPTIONS, f"Photo: {dr.choice(pub.authors).name} / {pub.name}")
    if developing:
        c.snip(DV_DEVELOPING)
    alert_head = c.snip("Get breaking news alerts")
    alert = c.snip(f"Sign up to get breaking news alerts from {pub.name} sent straight to your inbox.")
    related = c.pick_others(dr.randint(3, 4))
    c.snip("Related coverage")
    _snip_titles(c, related)
    foot = _footer(c, DV_FOOTER, f"{pub.name} has covered {town} and the surrounding county since"
                   f" {site.randint(1871, 1952)}.")
    blocks = _blocks_html(c, s.blocks[updates:])
    top: list[str] = []
    for _tag, text in s.blocks[:updates]:
        label, rest = text.split(": ", 1)
        top.append(f'<p class="update-graf"><strong>{esc(label)}:</strong> {esc(rest)}</p>')
    if updates:
        top.append('<p class="original-label"><strong>Original story:</strong></p>')
    note = f'<p class="developing-note"><em>{esc(DV_DEVELOPING)}</em></p>' if developing else ""
    ages = sorted(dr.sample(range(3, 180), len(ticker)))
    ticker_html = "\n".join(
        f'<li><a href="{esc(o.path)}">{esc(o.title)}</a> <span class="ago">'
        f'{a if a < 60 else a // 60} {"min" if a < 60 else "hr"} ago</span></li>'
        for o, a in zip(ticker, ages, strict=True)
    )
    title = f"Breaking: {s.title} - {pub.name}" if title_breaking else f"{s.title} | {pub.name}"
    times_html = f'<time class="published" datetime="{c.iso()}">{esc(published)}</time>'
    if updated:
        times_html += f'\n<time class="updated" datetime="{times[-1].isoformat(timespec="seconds")}">' \
                      f"{esc(updated)}</time>"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        (f'<meta property="article:modified_time" content="{times[-1].isoformat(timespec="seconds")}">'
         if times else ""),
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        '<body class="story-page breaking">',
        f'<header class="masthead"><a class="logo" href="/">{esc(pub.name)}</a>',
        _menu(DV_MENU, "primary-nav"),
        '<div class="latest-ticker"><span class="ticker-label">Latest</span>\n<ul>' + ticker_html
        + "</ul></div></header>",
        '<main class="story-main"><article class="story">',
        '<p class="kicker breaking-kicker">Breaking</p>',
        f'<h1 class="headline">{esc(s.title)}</h1>',
        f'<div class="story-meta"><span class="byline">{esc(byline)}</span>\n{times_html}</div>',
        share,
        photo,
        '<div class="story-body">',
        note if note_top else "",
        *top,
        *blocks,
        "" if note_top else note,
        "</div>",
        '<div class="alerts-signup"><h3>' + esc(alert_head) + f"</h3>\n<p>{esc(alert)}</p>"
        '<form action="/alerts/subscribe" method="post"><input type="email" name="email"'
        ' placeholder="Your email address"><button type="submit">Sign up</button></form></div>',
        '<section class="related-coverage"><h3>Related coverage</h3><ul>' + _links(related)
        + "</ul></section>",
        "</article></main>",
        foot,
    ]
    return _end_page(c, [x for x in lines if x], "cookie-consent", "Accept")


# --- daily-briefing-items ------------------------------------------------------------------------

BR_NAMES = ("The Morning Briefing", "Morning Report", "The A.M. Rundown", "First Read")
BR_MENU = ("News", "Briefings", "Politics", "Business", "Schools", "Sports", "Things to Do", "Opinion")
BR_FOOTER = ("About", "Newsletters", "Contact", "Advertise with us", "Privacy", "Terms")
BR_LEADS = ("Budget vote", "Road work", "On the ballot", "Water rates", "Transit", "Schools", "Housing",
            "Courts", "Public safety", "Health", "Business", "Weather watch", "In the county", "Jobs",
            "Parks", "Coming up", "Arts", "Farm country", "City hall", "Energy")
BR_SPONSORS = (
    ("Harborview Credit Union", "Open a high-yield savings account in minutes and earn more on every"
     " dollar you save this year."),
    ("Northgate Medical Group", "Same-day appointments are now available at six clinics across the"
     " region, with evening and weekend hours."),
    ("Summit Home Services", "Beat the spring rush: book a furnace and air conditioning tune-up before"
     " the end of the month and save."),
    ("Riverside Community College", "Registration for summer classes is open, with online and evening"
     " options for working adults."),
    ("Lakeshore Auto Group", "Certified pre-owned vehicles come with a free warranty and a seven-day"
     " return guarantee."),
    ("Fairfield Dental Partners", "New patients get a free exam and cleaning, and most insurance plans"
     " are accepted."),
)
BR_SIGNOFFS = (
    "That's it for today. See you tomorrow morning.",
    "Thanks for reading. We'll be back in your inbox tomorrow.",
)
BR_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _br_name(c: Ctx) -> str:
    return c.stable("br-name").choice(BR_NAMES)


def _br_items(c: Ctx) -> None:
    """Make the story a briefing: an intro line and five to eight items, each a bold lead-in ("Budget
    vote:" or "Budget vote.") and a paragraph of more than six words."""
    s = c.story
    dr = _page_rng(c, "br-items")
    sep = "." if c.stable("br-style").random() < 0.5 else ":"
    sents = [x for (tag, _), sl in zip(s.blocks, s.sentences, strict=True) if tag in ("p", "li") for x in sl]
    n = min(dr.randint(5, 8), len(sents) - 1)
    leads = dr.sample(BR_LEADS, n)
    intro = f"Good morning, {_place(c)}. {sents[0]}"
    rest = sents[1:]
    sizes = [len(rest) // n] * n
    for k in dr.sample(range(n), len(rest) % n):
        sizes[k] += 1
    groups: list[list[str]] = []
    for size in sizes:
        done = sum(len(g) for g in groups)
        groups.append(rest[done : done + size])
    k = 0
    while k < len(groups) - 1:  # an item of one short sentence takes the next item's sentences
        if len(groups) > 4 and sum(_words(x) for x in groups[k]) < 8:
            groups[k : k + 2] = [groups[k] + groups[k + 1]]
        else:
            k += 1
    blocks: list[tuple[str, str]] = [("p", intro)]
    sentences: list[list[str]] = [[intro]]
    for lead, group in zip(leads, groups, strict=False):
        group = [f"{lead}{sep} {group[0]}", *group[1:]]
        blocks.append(("p", " ".join(group)))
        sentences.append(group)
    s.blocks[:] = blocks
    s.sentences[:] = sentences
    _trim(s, 900, keep=1)


def _br_split(text: str) -> tuple[str, str]:
    """A briefing item's lead-in ("Budget vote:") and the rest of its paragraph."""
    for lead in BR_LEADS:
        for sep in (".", ":"):
            if text.startswith(f"{lead}{sep} "):
                return f"{lead}{sep}", text[len(lead) + 2 :]
    raise ValueError(text)


def render_daily_briefing_items(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("br")
    dated = pub.index % 2 == 0
    inline_more = site.random() < 0.5
    signoff = site.choice(BR_SIGNOFFS) if site.random() < 0.6 else ""
    name = _br_name(c)

    def path(o: Story) -> str:
        slug = _slug(o.title)[:70].strip("-")
        if dated:
            return f"/briefing/{o.published:%Y/%m/%d}/{slug}/"
        return f"/newsletters/{_slug(name)}/{slug}-{o.published:%Y%m%d}"

    c.repath(path)
    if not s.blocks[0][1].startswith("Good morning, "):
        _br_items(c)
    leads_done = len(s.blocks) - 1
    forwarded = c.stable("br-fwd").random() < 0.5
    dr = _page_rng(c, "br-page")
    c.snip(" ".join(BR_MENU[:5]))
    byline = c.snip(f"By {s.author.name}, {s.author.desk}")
    shown = c.snip(f"{BR_WEEKDAYS[d.weekday()]}, {_long_date(d)}, {_ampm(d)}")
    share = _share_bar(c, "share-briefing")
    k = _index(c)
    sponsor, pitch = BR_SPONSORS[(c.stable("br-sponsor").randrange(len(BR_SPONSORS)) + k) % len(BR_SPONSORS)]
    sp_label = c.snip(f"A message from {sponsor}")
    sp_lead = dr.choice(("Save more.", "Book today.", "Now enrolling.", "Limited time.", "Worth a look."))
    sp_text = c.snip(f"{sp_lead} {pitch}")
    linked = c.pick_others(6)
    with_link = sorted(dr.sample(range(1, leads_done + 1), min(leads_done, dr.randint(2, 4))))
    items: list[str] = []
    paras = [i for i, (tag, _) in enumerate(s.blocks) if tag == "p"]
    li = 0
    for i in paras[1:]:
        text = s.blocks[i][1]
        lead, rest = _br_split(text)
        more = ""
        inline = ""
        if i in with_link:
            o = linked[li % len(linked)]
            li += 1
            if inline_more:
                inline = f' <a class="read-more" href="{esc(o.path)}">Read more</a>'
            else:
                c.snip(f"Full story: {o.title}")
                more = f'\n<p class="full-story"><a href="{esc(o.path)}">Full story: {esc(o.title)}</a></p>'
        items.append(f'<div class="brief-item"><p><strong>{esc(lead)}</strong> {esc(rest)}{inline}</p>'
                     f"{more}</div>")
    sponsored = (
        '<div class="brief-item brief-item--sponsored"><p class="sponsor-label">'
        f'<span class="tag">Sponsored</span> {esc(sp_label)}</p>\n'
        f"<p><strong>{esc(sp_lead)}</strong> {esc(sp_text.removeprefix(sp_lead + ' '))}</p>"
        f'<a rel="sponsored" href="https://ads.{_slug(sponsor)}.example/?utm_source=briefing">'
        "Learn more</a></div>"
    )
    items.insert(dr.randint(2, max(2, len(items) - 1)), sponsored)
    quote = ""
    if dr.random() < 0.75:
        qp = prose_for("en", _page_rng(c, "br-quote"))
        said = _other_sentences(c, qp, 1)
        while "\u201c" in said:
            said = _other_sentences(c, qp, 1)
        role = qp.rng.choice(("director", "chair", "spokesperson", "manager"))
        org = qp.rng.choice(("Trust", "Society", "Association", "Foundation", "Council"))
        who = f"{qp.person()}, {role} of the {qp.place()} {org}"
        quote = (f'<div class="todays-quote"><h3>Today\'s quote</h3><blockquote><p>\u201c{esc(said)}\u201d'
                 f'</p></blockquote><p class="quote-source">\u2014 {esc(who)}</p></div>')
    if signoff:
        c.snip(signoff)
    forward = c.snip(f"Know someone who would like {name}? Forward this to a friend.")
    fwd_in = f"Did someone forward you {name}? Sign up here to get it every weekday."
    if forwarded:
        c.snip(fwd_in)
    signup = c.snip(f"Get {name} from {pub.name} in your inbox every weekday at 6 a.m. It's free.")
    foot = _footer(c, BR_FOOTER, f"{pub.name} is the daily news source for {_place(c)} and the region.")
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "isPartOf": {"@type": "CreativeWorkSeries", "name": name},
        "mainEntityOfPage": c.url(),
    }
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{name}: {s.title} - {pub.name}"
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
        '<body class="newsletter-archive briefing">',
        f'<header class="top"><a class="brand" href="/">{esc(pub.name)}</a>',
        _menu(BR_MENU, "top-nav"),
        '<a class="subscribe-link" href="/newsletters/">Newsletters</a></header>',
        '<main class="briefing-page"><article class="briefing">',
        f'<p class="briefing-name"><a href="/newsletters/{_slug(name)}/">{esc(name)}</a></p>',
        f'<h1 class="briefing-title">{esc(s.title)}</h1>',
        f'<div class="briefing-meta"><span class="author">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">{esc(shown)}</time></div>',
        f'<p class="forwarded">{esc(fwd_in)}</p>' if forwarded else "",
        share,
        '<div class="briefing-body">',
        f'<p class="intro">{esc(s.blocks[0][1])}</p>',
        *items,
        quote,
        f'<p class="signoff">{esc(signoff)}</p>' if signoff else "",
        "</div>",
        f'<div class="forward-prompt"><p>{esc(forward)}</p><a href="mailto:?subject={esc(name)}">'
        "Forward</a></div>",
        f'<div class="signup-box"><h3>Sign up</h3><p>{esc(signup)}</p><form><input type="email"'
        ' placeholder="you@example.com"><button>Subscribe</button></form></div>',
        "</article></main>",
        foot,
    ]
    return _end_page(c, [x for x in lines if x], "cookie-bar", "Got it")


# --- republished-with-attribution ----------------------------------------------------------------

# (partner, short, its logo block description, the tagline closing its stories or "")
RP_PARTNERS = (
    ("Statehouse Report", "statehouse-report",
     "Statehouse Report is a nonprofit newsroom covering state government and politics.",
     "Statehouse Report is part of the Civic News Network, a nonprofit supported by grants and readers."),
    ("Open Fields Journal", "open-fields-journal",
     "Open Fields Journal reports on agriculture, food and rural communities.",
     ""),
    ("The Watershed Collaborative", "watershed-collaborative",
     "The Watershed Collaborative is an independent newsroom reporting on water and the environment.",
     "The Watershed Collaborative is an independent, nonprofit newsroom. Sign up for its weekly newsletter."),
    ("Classroom Dispatch", "classroom-dispatch",
     "Classroom Dispatch is a nonprofit news site covering public education.",
     "Classroom Dispatch is a nonprofit news organization covering public education across the state."),
    ("Main Street Health News", "main-street-health",
     "Main Street Health News covers health care in small towns and rural places.",
     ""),
    ("Capitol Bureau News Service", "capitol-bureau",
     "Capitol Bureau News Service is a student-staffed statehouse reporting program.",
     "Capitol Bureau News Service is a reporting program of the state university's journalism school."),
)
RP_MENU = ("News", "Investigations", "Education", "Environment", "Health", "Politics", "Events", "About")
RP_FOOTER = ("About us", "Our team", "Ethics policy", "Funders", "Republish our work", "Contact")
RP_GUIDELINES = (
    "You have to credit us. In the byline, we prefer \u201cAuthor Name, {site}.\u201d",
    "You can\u2019t edit our material, except to reflect changes in time, location and style.",
    "You can\u2019t sell our material separately or syndicate it.",
    "If you share our stories on social media, please tag us in your posts.",
)
RP_LICENSE = ("This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International"
              " License.")


def _rp_partners(c: Ctx) -> list[tuple[str, str, str, str]]:
    return c.stable("rp-partners").sample(RP_PARTNERS, 3)


def render_republished_with_attribution(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("rp")
    wordpress = pub.index % 2 == 0
    note_top = site.random() < 0.5
    textarea = site.random() < 0.5
    dash_title = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title)[:75].strip("-")
        return f"/{o.published:%Y/%m/%d}/{slug}/" if wordpress else f"/stories/{slug}/"

    c.repath(path)
    _listify(c, "rp-list")
    dr = _page_rng(c, "rp-page")
    partners = _rp_partners(c)
    partner, pslug, pdesc, ptag = partners[_index(c) % len(partners)]
    c.snip(" ".join(RP_MENU[:5]))
    byline = c.snip(f"By {s.author.name}, {partner}")
    shown = c.snip(f"Published {_long_date(d)}")
    c.snip(f"This story was originally published by {partner}. Read the original here.")
    c.snip(pdesc)
    tagline = c.snip(ptag) if ptag else ""
    donate_head = c.snip(site.choice(("Independent news needs your support", "This story was free to read",
                                      "Help keep local news free")))
    donate = c.snip(f"{pub.name} is a nonprofit newsroom that relies on readers like you. If you value"
                    " stories like this one, make a tax-deductible gift today.")
    c.snip(RP_LICENSE)
    guides = [c.snip(g.format(site=pub.name)) for g in RP_GUIDELINES]
    more = c.pick_others(dr.randint(3, 4))
    c.snip(f"More from {pub.name}")
    _snip_titles(c, more)
    newsletter = c.snip(f"Get {pub.name}'s reporting in your inbox. Sign up for our free weekly newsletter.")
    support = c.snip(f"Your donation keeps {pub.name} free for everyone to read. We are a 501(c)(3)"
                     " nonprofit, and gifts are tax-deductible to the full extent of the law.")
    c.snip(" ".join(RP_FOOTER[:4]))
    cp = c.copyright()
    orig = f"https://{pslug.replace('-', '')}.example/{d:%Y/%m/%d}/{_slug(s.title)[:60].strip('-')}/"
    note_html = (f'<p class="republish-note"><em>This story was originally published by <a href="https://'
                 f'{pslug.replace("-", "")}.example/">{esc(partner)}</a>. Read the original '
                 f'<a href="{esc(orig)}">here</a>.</em></p>')
    box = (f'<aside class="donate-inline"><h3>{esc(donate_head)}</h3><p>{esc(donate)}</p>'
           '<a class="button" href="/donate/?campaign=inline">Donate now</a></aside>')
    body = _insert_after(_blocks_html(c, s.blocks), "<p>", [(dr.randint(1, 3), box)])
    if tagline:
        body.append(f'<p class="partner-tagline"><em>{esc(tagline)}</em></p>')
    copy = ""
    if textarea:
        markup = [f"<h1>{s.title}</h1>", f"<p>by {s.author.name}, {partner}<br />{_long_date(d)}</p>"]
        for tag, text in s.blocks:
            markup.append(f"<{'li' if tag == 'li' else tag}>{esc(text)}</{'li' if tag == 'li' else tag}>")
        markup.append(f'<p>This <a href="{c.url()}">article</a> first appeared on <a href="http://{pub.host}/">'
                      f"{esc(pub.name)}</a> and is republished here under a Creative Commons license.</p>")
        copy = ('<label for="republish-html">Copy this HTML</label><textarea id="republish-html" readonly>'
                + esc("\n".join(markup)) + "</textarea>")
    modal = (
        '<div id="republish-modal" class="modal republish" role="dialog" aria-hidden="true" hidden>'
        "<h2>Republish this story</h2>"
        f'<p class="license"><a href="https://creativecommons.org/licenses/by-nd/4.0/">{esc(RP_LICENSE)}</a></p>'
        "<ul>" + "".join(f"<li>{esc(g)}</li>" for g in guides) + "</ul>"
        + copy + '<button class="close">Close</button></div>'
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name, "affiliation": partner},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "sourceOrganization": {"@type": "NewsMediaOrganization", "name": partner},
        "isBasedOn": orig,
        "license": "https://creativecommons.org/licenses/by-nd/4.0/",
    }
    title = f"{s.title} - {pub.name}" if dash_title else f"{s.title} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="single single-post newspack">',
        '<div class="top-bar"><a class="donate-button" href="/donate/">Donate</a></div>',
        f'<header class="site-header"><a class="custom-logo-link" href="/">{esc(pub.name)}</a>',
        _menu(RP_MENU, "main-navigation"),
        "</header>",
        '<main id="main" class="site-main"><article class="post type-post">',
        f'<span class="cat-links"><a href="/category/{_slug(s.section)}/">{esc(s.section)}</a></span>',
        f'<h1 class="entry-title">{esc(s.title)}</h1>',
        f'<div class="entry-meta"><span class="byline">{esc(byline)}</span>\n'
        f'<time class="entry-date published" datetime="{c.iso()}">{esc(shown)}</time>\n'
        '<button class="republish-button" data-modal="republish-modal">Republish this story</button></div>',
        f'<div class="partner-block"><span class="partner-label">In partnership with</span>'
        f'<img src="/wp-content/uploads/partners/{pslug}.png" alt="{esc(partner)} logo">'
        f'<p class="partner-desc">{esc(pdesc)}</p></div>',
        '<div class="entry-content">',
        note_html if note_top else "",
        *body,
        "" if note_top else note_html,
        "</div>",
        modal,
        "</article>",
        f'<section class="more-stories"><h2>More from {esc(pub.name)}</h2><ul>' + _links(more)
        + "</ul></section>",
        f'<div class="newsletter-signup"><p>{esc(newsletter)}</p><input type="email">'
        "<button>Sign up</button></div>",
        "</main>",
        '<footer class="site-footer"><div class="support-cta"><h2>Support independent journalism</h2>'
        f'<p>{esc(support)}</p><a class="button" href="/donate/">Donate</a></div>'
        f"<ul>{_footer_links(RP_FOOTER)}</ul>"
        f'<p class="site-info">{esc(cp)}</p></footer>',
    ]
    return _end_page(c, [x for x in lines if x], "cookie-banner", "OK")


# --- paywall-truncated-with-ldjson ---------------------------------------------------------------

PW_MENU = ("News", "Local", "Sports", "Business", "Opinion", "Life", "Obituaries", "e-Edition")
PW_FOOTER = ("Subscriber Services", "Manage Subscription", "e-Edition", "Contact Us", "Advertise",
             "Privacy Policy", "Terms of Use")
PW_CAPTIONS = (
    "Members of the public listen during the meeting in {town}.",
    "A view of the downtown district in {town}.",
    "The proposal would affect hundreds of households in {town}.",
    "Officials tour the site in {town} earlier this year.",
)


def _pw_money(c: Ctx) -> str:
    return "\u00a3" if c.pub.tz == "Europe/London" else "$"


def render_paywall_truncated_with_ldjson(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("pw")
    numbered = pub.index % 2 == 0
    hidden_attr = site.random() < 0.5
    box_inside = pub.index % 2 == 1  # the offer inside the text container, or after it
    free_string = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title)[:70].strip("-")
        if numbered:
            n = random.Random(f"knap-pw-{o.title}").randint(1_000_000, 9_999_999)
            return f"/news/{_slug(o.section)}/{slug}-{n}.html"
        return f"/{o.published:%Y/%m/%d}/{_slug(o.section)}/{slug}/"

    c.repath(path)
    _listify(c, "pw-list")
    dr = _page_rng(c, "pw-page")
    money = _pw_money(c)
    cent = "99p" if money == "\u00a3" else "99\u00a2"
    longs = [i for i, (tag, t) in enumerate(s.blocks) if _words(t) > 6]
    shown_n = dr.randint(2, min(4, len(longs) - 1))
    cut = longs[shown_n - 1] + 1
    while cut < len(s.blocks) and s.blocks[cut][0] == "li":
        cut += 1
    c.snip(" ".join(PW_MENU[:5]))
    limit = site.choice((3, 5, 10))
    meter = c.snip(f"You have read all {limit} of your free articles this month.")
    byline = c.snip(f"By {s.author.name}, {s.author.desk}")
    shown = c.snip(f"Published: {_long_date(d)} at {_ampm(d)}")
    share = _share_bar(c, "share-tools")
    photo = _photo(c, PW_CAPTIONS, f"{dr.choice(pub.authors).name} / {pub.name}") if dr.random() < 0.6 else ""
    intro_price, monthly = site.choice(((f"{money}1 for 6 months", f"{money}15.99"),
                                        (f"{money}1 a week for 12 weeks", f"{money}3.99 a week"),
                                        (f"{cent} for your first month", f"{money}12.99")))
    c.snip("Subscribe to continue reading")
    offer = c.snip(f"Get unlimited digital access for {intro_price}.")
    terms = c.snip(f"Then {monthly}{'' if 'week' in monthly else ' per month'}. Cancel anytime.")
    c.snip("Already a subscriber? Log in")
    most = c.pick_others(5)
    c.snip("Most read in " + s.section)
    _snip_titles(c, most)
    newsletter = c.snip(f"Sign up for {pub.name}'s Daily Headlines newsletter, delivered every morning.")
    group = site.choice(("Lakeland", "Meridian", "Crossroads"))
    foot = _footer(c, PW_FOOTER, f"{pub.name}, part of the {group} Media family of local newspapers.")
    visible = _blocks_html(c, s.blocks[:cut])
    rest = _blocks_html(c, s.blocks[cut:])
    hide = ' hidden aria-hidden="true"' if hidden_attr else ' style="display:none" aria-hidden="true"'
    rest_html = f'<div class="paywall article-body__locked"{hide}>\n' + "\n".join(rest) + "\n</div>"
    box = (
        '<div class="paywall-offer" id="offer-modal" role="region"><h2>Subscribe to continue reading</h2>'
        f'<p class="meter">{esc(meter)}</p>'
        f'<p class="offer">{esc(offer)}</p><p class="terms">{esc(terms)}</p>'
        '<a class="btn btn-subscribe" href="/subscribe/?source=paywall">Subscribe now</a>'
        f'<p class="login">Already a subscriber? <a href="/account/login/">Log in</a></p></div>'
    )
    body_text = "\n\n".join(s.body().split("\n"))
    lang = {"Europe/London": "en-GB", "Australia/Sydney": "en-AU"}.get(pub.tz, "en-US")
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": c.url()},
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": c.iso(),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "articleSection": s.section,
        "articleBody": body_text,
        "isAccessibleForFree": "False" if free_string else False,
        "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False" if free_string else False,
                    "cssSelector": ".paywall"},
    }
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        '<meta property="article:content_tier" content="metered">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="article metered">',
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        _menu(PW_MENU, "nav-sections"),
        f'<a class="btn-subscribe-top" href="/subscribe/">Subscribe for {esc(intro_price.split(" for ")[0])}'
        "</a>"
        '<a class="login-top" href="/account/login/">Log in</a></header>',
        '<main class="article-main"><article class="article-content">',
        f'<p class="section-label"><a href="/news/{_slug(s.section)}/">{esc(s.section)}</a></p>',
        f'<h1 class="article-headline">{esc(s.title)}</h1>',
        f'<div class="article-meta"><span class="byline">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">{esc(shown)}</time></div>',
        share,
        photo,
        '<div class="article-body">',
        *visible,
        *([box, rest_html] if box_inside else [rest_html]),
        "</div>",
        "" if box_inside else box,
        "</article>",
        f'<aside class="most-read"><h3>Most read in {esc(s.section)}</h3><ol>' + _links(most)
        + "</ol></aside>",
        f'<div class="newsletter"><p>{esc(newsletter)}</p><input type="email"><button>Sign up</button></div>',
        "</main>",
        foot,
    ]
    return _end_page(c, [x for x in lines if x], "cookie-notice", "Accept")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "developing-story-updates": render_developing_story_updates,
    "daily-briefing-items": render_daily_briefing_items,
    "republished-with-attribution": render_republished_with_attribution,
    "paywall-truncated-with-ldjson": render_paywall_truncated_with_ldjson,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import random  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _end_page,
    _footer_links,
    _hex,
    _insert_after,
    _ldjson,
    _links,
    _listify,
    _long_lines,
    _other_sentences,
    _page_rng,
    _place,
    _share_bar,
    _snip_titles,
    _trim,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import Ctx, Story, _slug, _words, esc  # noqa: E402
