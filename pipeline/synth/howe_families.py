"""Four HOWE template families for the synthetic publishers (see `pipeline.synth.publishers`).

"howe" is a forty-fifth split, next to "train", "test" and the held-out splits before it:
families written by a session that read neither the extractor, nor the pipeline's stages, nor any
extraction result, so no extraction rule was written or tuned against them. They are held out
until they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS`, `FAMILY_ZONES` and `RENDERERS` from
this module into its registries and keeps `FAMILIES` from here apart, as `HOWE_FAMILIES`: the howe
families are generated only by `generate_corpus("howe")`, so every other corpus is as it was. All
four are English-language news pages (2024-26) whose text sits among blocks that look like it: a
local daily's article over a thread of readers' comments rendered in the page, a weekend "What's
on" round-up of events, a photo story told in its slides' captions and a syndicated advice column.
No new language: the English grammar of `pipeline.synth.prose` writes the comment thread's article;
the other three give every story of a publisher a headline of their kind (`kit._retitle`, the same
headlines whichever page renders first) and write the page's body from their own sentence templates.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name); a list inside
the text is body, one line per item. The choices each family makes for the debatable parts:
  * unnamed-comments-thread: a local daily's article followed by 15-40 readers' comments rendered in
    the page (a display name, "3 hours ago", one to four paragraphs, "Reply", "Report", a like
    count; some comments are replies nested under another). On some sites every class is a
    generated one (`css-1x9k2qp`, the article's paragraphs and the comments' paragraphs sharing the
    same text class), on others the comments are `div.c-item` / `div.c-body` and the article's
    text a `div.a-txt`. The body is the article only: its paragraphs and subheadings; the dek is
    neither. Every comment paragraph is boilerplate (each recorded), as are the comment count line
    ("27 comments on this story"), the community guidelines notice, "Log in or register to join the
    conversation", the byline, the date line, the share bar, the author bio, "Most read" and its
    headlines, the newsletter call, the navigation and the footer;
  * whats-on-event-roundup: a UK regional site's weekend "What's on" article: the intro paragraph,
    each event's `<h3>` name, its details line ("Sat 14 March, 7.30pm, Maltings, £12": day, time,
    one-word venue, price; an exhibition's "Until Sun 15 March, Museum, free") and its paragraph,
    and the closing line are body, one line each, in page order. The "Buy tickets" and "Add to
    calendar" buttons, each map embed's label ("Map: Maltings, 4 Mill Lane, Selby"), the affiliate
    disclaimer (the same on every page of a site), "Got an event? ..." call, the byline, the date
    line, "More things to do" and its headlines, the newsletter call, the navigation and the footer
    are boilerplate;
  * gallery-captions-story: an Australian or New Zealand news site's photo story: the intro
    paragraph and each slide's caption prose (a paragraph of one to three sentences, or on a long
    gallery a short caption of six words or fewer) are body, one line each, in slide order. Each
    slide's credit ("Photo: Name / Agency"), the slide counters ("3 of 14"), "Next" / "Previous",
    "Start slideshow", the thumbnails' visible labels ("View image 3 of 14"), the ad slots' label,
    the byline, the date line, "More galleries" and its headlines, the navigation and the footer are
    boilerplate; the images' alt text is empty;
  * advice-column-letter: a syndicated advice column ("Dear Hattie") on a US paper's site: the
    reader's letter (one to three paragraphs, the first opening "Dear Hattie:" or "DEAR HATTIE:"),
    its signature line ("— Worried in Wichita") and the columnist's answer (two to five
    paragraphs, the first opening "Dear Worried:") are body, one line each; the kicker naming the
    column is neither. The "Send your questions to ..." note that ends every column (the same on
    every page of a column), the columnist's bio, the syndicate's copyright line, the byline, the
    date line, "More advice columns" and its headlines, the share bar, the newsletter call, the
    navigation and the footer are boilerplate.

Families (language; date source):
  howe  unnamed-comments-thread  en (UK and Irish zones); <meta property="article:published_time">
                                 with the offset and <time datetime> with the offset showing
                                 "14:30, 07 MAR 2026" or "Published 7 March 2026, 2:30pm"; paths
                                 /news/<section>/<slug>-<8 digits> or
                                 /news/<yyyy>/<mm>/<dd>/<slug>/; <title> "T | Site" or
                                 "T - Site"
  howe  whats-on-event-roundup   en (Europe/London); JSON-LD NewsArticle datePublished with the
                                 offset and the visible "12:00, 12 MAR 2026", or
                                 <meta property="article:published_time"> in UTC ("Z") and the
                                 visible "Thursday 12 March 2026 at 12:00pm"; paths
                                 /whats-on/whats-on-news/<slug>-<8 digits> or
                                 /lifestyle/whats-on/<yyyy>/<mm>/<dd>/<slug>/; <title> "T -
                                 Site" or "T | Site What's On"
  howe  gallery-captions-story   en (Australian and New Zealand zones);
                                 <meta property="article:published_time"> in UTC ("Z") and the
                                 visible "7 March 2026 — 2:30pm", or JSON-LD ImageGallery
                                 datePublished with the offset and "March 7 2026 - 2:30pm"; paths
                                 /news/<region>/<slug>/image-gallery/<32 hex>,
                                 /<section>/<slug>-<yyyymmdd>-p5<4 hex>.html or
                                 /galleries/<slug>/?slide=1; <title> "T | Site" or "Photos: T -
                                 Site"
  howe  advice-column-letter     en (US zones); JSON-LD NewsArticle (OpinionNewsArticle on some
                                 sites) datePublished with the offset; the visible date is "Mar
                                 7, 2026" (no time); paths
                                 /lifestyle/advice/<slug>/article_<uuid>.html or
                                 /life/advice/<column>/<yyyy>/<mm>/<dd>/<slug>/; <title> "T |
                                 Site" or "T - Advice - Site"
"""

from __future__ import annotations

from pipeline.synth.prose import _cap, _w

FAMILIES: dict[str, str] = {
    "unnamed-comments-thread": "howe",
    "whats-on-event-roundup": "howe",
    "gallery-captions-story": "howe",
    "advice-column-letter": "howe",
}
FAMILY_LANGUAGE: dict[str, str] = {}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "unnamed-comments-thread": ("The {p} Echo", "{p} Evening Star", "{p} Argus", "The {p} Advertiser",
                                "{p} Daily Gazette"),
    "whats-on-event-roundup": ("{p} Live", "{p} World", "The {p} Standard", "{p} Mercury Online"),
    "gallery-captions-story": ("{p} Daily Examiner", "The {p} Bulletin", "{p} Star", "{p} Advocate",
                               "The {p} Leader"),
    "advice-column-letter": ("The {p} Register", "{p} Daily Herald", "{p} Tribune-Star", "The {p} Ledger",
                             "{p} Courier-Journal"),
}
_US = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
FAMILY_ZONES: dict[str, tuple[str, ...]] = {
    "unnamed-comments-thread": ("Europe/London", "Europe/Dublin"),
    "whats-on-event-roundup": ("Europe/London",),
    "gallery-captions-story": ("Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane",
                               "Pacific/Auckland"),
    "advice-column-letter": _US,
}
STREETS = _w("High Mill Church Market Bridge Station Castle Queen King Chapel Quay Abbey Park Water")
STREET_KINDS = ("Street", "Lane", "Road", "Row", "Place")


def _sid(o: Story, key: str, lo: int, hi: int) -> int:
    """A number for a story, the same on every page (its URL's id)."""
    return random.Random(f"howe-{key}-{o.title}").randint(lo, hi)


def _street(r: random.Random) -> str:
    return f"{r.choice(STREETS)} {r.choice(STREET_KINDS)}"


def _templated(r: random.Random, pool: tuple[str, ...], used: set[str], fill: Callable[[], dict[str, object]]
               ) -> str:
    """One template of `pool` not in `used` (all of them again once every one is used), filled in."""
    free = [t for t in pool if t not in used] or list(pool)
    t = r.choice(free)
    used.add(t)
    return _cap(t.format(**fill()))


def _long(blocks: list[tuple[str, str]]) -> tuple[int, int]:
    """The body's lines of more than six words and their words."""
    long = [t for _, t in blocks if _words(t) > 6]
    return len(long), sum(_words(t) for t in long)


def _ampm(d: datetime) -> str:
    """ "2:30pm", "12:00pm"."""
    return f"{d.hour % 12 or 12}:{d:%M}{'am' if d.hour < 12 else 'pm'}"


def _menu(items: tuple[str, ...], cls: str, base: str = "/") -> str:
    return f'<nav class="{cls}"><ul>' + "\n".join(
        f'<li><a href="{base}{_slug(x)}/">{esc(x)}</a></li>' for x in items
    ) + "</ul></nav>"


def _story_list(stories: list[Story], cls: str, heading: str, tag: str = "h2") -> str:
    return (
        f'<section class="{cls}"><{tag}>{esc(heading)}</{tag}><ul>'
        + "\n".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in stories)
        + "</ul></section>"
    )


# --- unnamed-comments-thread ---------------------------------------------------------------------

CT_MENU = ("News", "Sport", "What's On", "Business", "Opinion", "Property", "Jobs", "Announcements",
           "Motors", "Puzzles")
CT_FOOTER = ("Contact us", "Advertise with us", "Terms and conditions", "Privacy policy", "Cookie settings",
             "Complaints")
CT_HANDLES = _w("""LocalLad SeasideSue OldTimer CommonSense TaxpayerTom NorthEnder Realist BusUser
    DogWalker FedUpResident HarbourView GrumpyGran TownBoy ParkRunner Allotmenteer QuietLife""")
CT_SAYS = (
    "I've lived in {place} for {n} years and I've never seen the {noun} in such a state.",
    "Who is actually paying for this? Not the councillors, that's for sure.",
    "Typical. They spend a fortune on the {noun} and the potholes on {street} are still there.",
    "Does anyone know whether the {noun} on {street} will be affected?",
    "Spot on, {handle}. It was exactly the same when they did the {noun} back in {year}.",
    "My mum worked at the old {noun} for {n} years and she'd be heartbroken reading this.",
    "Same old story. Consult the residents, ignore the residents, do it anyway.",
    "Honestly I think this is a good thing for {place}, whatever people say on here.",
    "Good luck getting a doctor's appointment once all these new houses go up.",
    "The {noun} was perfectly fine until they started messing with it.",
    "I went to the meeting in {month} and not one question was answered properly.",
    "Has anyone actually read the report, or are we all just reacting to the headline?",
    "If they'd spent half this money on the buses we wouldn't be in this mess.",
    "Well said, {handle}, couldn't agree more.",
    "Bring back the old {noun}, it worked for {n} years without any fuss.",
    "Shame nobody asked anyone from {place} what they actually think.",
    "I'll believe it when I see it. We were promised the same thing in {year}.",
    "Parking is already a nightmare round {street} and this will only make it worse.",
    "Credit where it's due, the volunteers at the {noun} have done a brilliant job.",
    "Why is it always {place} that gets the short end of the stick?",
    "People moan about everything on here. Some of us are pleased to see something finally happening.",
    "My neighbour had a letter about this {k} weeks ago, so it's hardly news to us.",
    "Read it again. It says the {noun} will stay open, at least for now.",
    "Another {noun} we'll all end up paying for through our council tax.",
    "I remember when {place} had a proper {noun} and a market every Saturday.",
    "Absolute joke. Someone should be held accountable for this, but nobody ever is.",
    "Not sure why everyone is so negative. My kids will actually use this.",
    "Is there a petition yet? I'd sign it tomorrow.",
    "Sadly this was always going to happen once the funding went.",
    "{handle} you clearly don't live anywhere near {street}.",
    "The consultation closes at the end of {month}, so get your objections in while you can.",
    "We moved here from {place} for the peace and quiet. Not any more.",
    "Could the reporter find out how much the consultants were paid? That's the real story.",
    "Walked past the {noun} this morning and there were {k} people queuing outside.",
    "As usual the comments section knows better than the people who actually run the {noun}.",
    "My husband says it'll never happen, and for once I think he's right.",
    "The {noun} has been a disgrace for years. About time something was done.",
    "Thirty years I've paid my rates in this town and this is what we get.",
    "Happy to be proven wrong, but I can't see this lasting more than {k} months.",
    "Please can someone sort out the drains on {street} before the next big storm.",
)
CT_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


def _ago(minutes: int) -> str:
    if minutes < 60:
        return f"{minutes} minutes ago" if minutes != 1 else "1 minute ago"
    if minutes < 1440:
        h = minutes // 60
        return f"{h} hours ago" if h != 1 else "1 hour ago"
    d = minutes // 1440
    return f"{d} days ago" if d != 1 else "1 day ago"


def _handle(r: random.Random) -> str:
    form = r.randrange(4)
    if form == 0:
        return f"{r.choice(FIRST_NAMES['en'])} {r.choice(SURNAMES['en'])[0]}"
    if form == 1:
        return f"{r.choice(CT_HANDLES)}{r.randint(1, 99)}"
    if form == 2:
        return r.choice(CT_HANDLES)
    return f"{r.choice(FIRST_NAMES['en']).lower()}_{r.choice(SURNAMES['en']).lower()}"


def _css_class(r: random.Random) -> str:
    return "css-" + "".join(r.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(7))


def _ct_comments(c: Ctx) -> list[dict[str, Any]]:
    """The page's comments: name, age in minutes, paragraphs, likes, depth (0, or 1 for a reply)."""
    r = _page_rng(c, "ct-comments")
    n = r.randint(15, 40)
    body = " ".join(c.story.body().lower().split())
    used: set[str] = set()
    seen: set[str] = set()
    handles: list[str] = []
    out: list[dict[str, Any]] = []
    ages = sorted((r.randint(2, 60 * 24 * 3) for _ in range(n)), reverse=True)

    def fill() -> dict[str, object]:
        return {
            "place": prose_for("en", r).place() if r.random() < 0.5 else _place(c),
            "n": r.randint(5, 45),
            "k": r.randint(2, 9),
            "noun": r.choice(EN_NOUNS),
            "street": _street(r),
            "handle": r.choice(handles) if handles else "mate",
            "year": r.randint(1998, 2022),
            "month": r.choice(CT_MONTHS),
        }

    filled = tuple(t for t in CT_SAYS if "{" in t)

    def say() -> str:
        # every template once, then only those filled in afresh (no sentence twice on the page)
        x = _templated(r, CT_SAYS if len(used) < len(CT_SAYS) else filled, used, fill)
        while x in seen:
            x = _templated(r, filled, used, fill)
        seen.add(x)
        return x

    for i in range(n):
        name = _handle(r)
        while name in handles:
            name = _handle(r)
        paras: list[str] = []
        for _ in range(r.choices((1, 2, 3, 4), weights=(50, 30, 13, 7))[0]):
            text = " ".join(say() for _ in range(r.randint(1, 3)))
            while " ".join(text.lower().split()) in body:
                text = say()
            paras.append(text)
        depth = 1 if i and r.random() < 0.25 else 0
        out.append({"name": name, "age": ages[i], "paras": paras, "likes": r.choice((0, r.randint(1, 140))),
                    "depth": depth, "id": r.randint(10**6, 10**7 - 1)})
        handles.append(name)
    return out


def render_unnamed_comments_thread(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ct")
    hashed = site.random() < 0.5
    dated = site.random() < 0.5
    newest = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title)[:60].strip("-")
        if dated:
            return f"/news/{o.published:%Y/%m/%d}/{slug}/"
        return f"/news/{_slug(o.section)}/{slug}-{_sid(o, 'ct', 10**7, 10**8 - 1)}"

    c.repath(path)
    roles = ("page", "head", "h1", "dek", "meta", "body", "text", "h2", "list", "thread", "item", "top",
             "name", "time", "acts", "btn", "like", "count", "notice", "nest")
    cls = {role: _css_class(site) for role in roles}
    if not hashed:
        cls.update({"page": "page", "head": "site-header", "h1": "headline", "meta": "article-meta",
                    "body": "a-txt", "text": "", "thread": "c-list", "item": "c-item", "top": "c-top",
                    "name": "c-name", "time": "c-time", "acts": "c-acts", "btn": "c-btn", "like": "c-like",
                    "count": "c-count", "notice": "c-note", "nest": "c-replies", "cbody": "c-body"})
    dr = _page_rng(c, "ct-page")
    dek = _other_sentences(c, prose_for("en", _page_rng(c, "ct-dek")), 1)
    comments = _ct_comments(c)
    c.snip(" ".join(CT_MENU[:5]))
    byline = c.snip(f"By {s.author.name} {s.author.desk}")
    if site.random() < 0.5:
        shown = f"{d:%H:%M}, {d:%d} {d:%b %Y}".upper()
    else:
        shown = f"Published {d.day} {d:%B %Y}, {_ampm(d)}"
    c.snip(shown)
    share = _share_bar(c, cls["acts"] if hashed else "share")
    bio = c.bio()
    count = c.snip(f"{len(comments)} comments on this story")
    rules = c.snip(
        "Comments are the responsibility of the person posting them. Read our community guidelines"
        " before you join in."
    )
    login = c.snip("Log in or register to join the conversation")
    for cm in comments:
        for x in cm["paras"]:
            c.snip(x)
    most = c.pick_others(5)
    c.snip(f"Most read in {pub.name}")
    for o in most:
        c.snip(o.title)
    newsletter = c.text("newsletter")
    c.snip(" ".join(CT_FOOTER[:4]))
    foot = c.copyright()

    def p(text: str) -> str:
        return f'<p class="{cls["text"]}">{text}</p>' if cls["text"] else f"<p>{text}</p>"

    body = _story_html(
        c,
        p,
        lambda tag, h: f'<{tag} class="{cls["h2"]}">{h}</{tag}>' if hashed else f"<{tag}>{h}</{tag}>",
        lambda h: f"<blockquote>{p(h)}</blockquote>",
        lambda items: f'<ul class="{cls["list"]}">' + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
    )

    def comment(cm: dict[str, Any]) -> str:
        paras = "\n".join(p(esc(x)) for x in cm["paras"])
        inner = (
            f'<div class="{cls["top"]}"><span class="{cls["name"]}">{esc(cm["name"])}</span>'
            f'<span class="{cls["time"]}">{_ago(cm["age"])}</span></div>\n'
            + (paras if hashed else f'<div class="{cls["cbody"]}">{paras}</div>')
            + f'\n<div class="{cls["acts"]}"><button class="{cls["btn"]}">Reply</button>'
            f'<button class="{cls["btn"]}">Report</button>'
            f'<span class="{cls["like"]}">{cm["likes"]}</span></div>'
        )
        return f'<div class="{cls["item"]}" data-id="{cm["id"]}">{inner}</div>'

    order = comments[::-1] if newest else comments
    thread: list[str] = []
    for cm in order:
        html = comment(cm)
        if cm["depth"] and thread:
            thread[-1] = thread[-1].removesuffix("</div>") + f'<div class="{cls["nest"]}">{html}</div></div>'
        else:
            thread.append(html)
    state = {"articleId": _sid(s, "ct", 10**7, 10**8 - 1), "commentCount": len(comments),
             "sort": "newest" if newest else "oldest", "provider": "in-house"}
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f"<style>.{cls['item']}{{margin:0 0 16px}}.{cls['nest']}{{margin-left:32px}}</style>"
        if hashed
        else "",
        "</head>",
        f'<body><div id="__next"><div class="{cls["page"]}">' if hashed else '<body><div class="page"><div>',
        f'<header class="{cls["head"]}"><a href="/">{esc(pub.name)}</a>',
        _menu(CT_MENU, cls["head"] if hashed else "main-nav", "/"),
        "</header>",
        f'<main class="{cls["page"]}">',
        f'<h1 class="{cls["h1"]}">{esc(s.title)}</h1>',
        f'<p class="{cls["dek"]}">{esc(dek)}</p>' if hashed else f'<p class="standfirst">{esc(dek)}</p>',
        f'<div class="{cls["meta"]}"><span>{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">{esc(shown)}</time>\n'
        f'<a href="#comments">{len(comments)} comments</a></div>',
        share,
        f'<div class="{cls["body"]}">',
        *body,
        "</div>",
        f'<div class="{cls["meta"]}">{p(esc(bio))}</div>' if hashed
        else f'<div class="author"><p>{esc(bio)}</p></div>',
        f'<section id="comments" class="{cls["thread"]}">',
        f'<div class="{cls["count"]}">{esc(count)}</div>',
        f'<div class="{cls["notice"]}">{p(esc(rules))}'
        f'<a href="/login?return={esc(s.path)}">{esc(login)}</a></div>',
        f'<div class="{cls["count"]}"><span>Sort by</span> <button>Newest</button> <button>Oldest</button>'
        " <button>Most liked</button></div>",
        *thread,
        f'<button class="{cls["btn"]}">Load more comments</button>' if dr.random() < 0.5 else "",
        "</section>",
        "</main>",
        f'<aside class="{cls["thread"] if hashed else "most-read"}"><h2>Most read in {esc(pub.name)}</h2><ol>'
        + "\n".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in most)
        + "</ol></aside>",
        f'<div class="{cls["notice"]}"><p>{esc(newsletter)}</p><input type="email">'
        "<button>Sign up</button></div>",
        f'<footer class="{cls["head"] if hashed else "site-footer"}"><ul>{_footer_links(CT_FOOTER)}</ul>'
        f"<p>{esc(foot)}</p></footer>",
        "</div></div>",
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps({"props": state})}</script>'
        if hashed
        else f"<script>window.commentsConfig = {json.dumps(state)};</script>",
    ]
    return _end_page(c, lines, cls["notice"] if hashed else "cookie-bar", "Accept")


# --- whats-on-event-roundup ----------------------------------------------------------------------

WO_VENUES = _w("""Guildhall Playhouse Maltings Roundhouse Cornhall Minster Lido Bandstand Racecourse
    Ropewalk Riverside Museum Library Boathouse Granary Foundry Tithebarn Pavilion""")
WO_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WO_PRICES = ("£5", "£6.50", "£8", "£10", "£12", "£14", "£15", "£18.50", "£22", "free", "free", "£3-£6")
WO_PRICE_BY_KIND = {"market": ("free",), "walk": ("free", "£5", "£8"),
                    "family": ("free", "£3", "£5", "£6.50"), "exhibition": ("free", "free", "£6", "£9.50")}
WO_MENU = ("News", "Sport", "What's On", "Food & Drink", "Family", "Nightlife", "Theatre", "Music",
           "Property", "Jobs")
WO_GENRES = ("folk", "Americana", "soul", "indie", "jazz", "blues", "bluegrass", "choral", "ska", "swing")
WO_FOOD = ("wood-fired pizza", "Gujarati street food", "smoked brisket", "handmade pies", "Welsh cakes",
           "artisan cheese", "churros", "Korean fried chicken", "vegan doughnuts", "oysters")
WO_ACTIVITIES = ("build a bird box", "make a clay pot", "try circus skills", "decorate biscuits",
                 "print their own tote bag", "meet the animals", "make a kite", "code a tiny robot")
WO_ADJ = _w("Spring Lantern Riverside Velvet Harvest Midnight Copper Northern Little Grand Open Wild")
WO_NOUNS = _w("Folk Club Sessions Revue Fair Market Weekender Social Ceilidh Quiz Fiesta Showcase")
# (kind, name templates, paragraph templates, times, exhibition)
WO_KINDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], bool], ...] = (
    ("gig", ("{first} {surname} live", "{adj} {genre} night", "The {surname} Band", "{genre} at the {venue}"),
     (
         "{performer} bring their {genre} songs to the {venue} for one night only.",
         "Expect tracks from the new album alongside a few older favourites.",
         "Support comes from local {genre} duo {surname2} and {surname3}.",
         "Doors open half an hour before the first act, and the bar serves local ales all night.",
         "The last visit sold out in days, so booking ahead is a very good idea.",
         "It's standing only downstairs, with a handful of seats on the balcony.",
     ), ("7.30pm", "8pm", "7pm", "8.30pm"), False),
    ("comedy", ("Comedy Club: {first} {surname}", "{adj} Comedy Night", "{surname} and friends"),
     (
         "{performer}, fresh from a sell-out run in Edinburgh, tries out new material in {town}.",
         "Three more acts complete the line-up, with {first2} {surname2} compering.",
         "Be warned: those sitting in the front row rarely escape unscathed.",
         "Some of the material is strictly for grown-ups, so leave the kids at home.",
         "Tables of four can be booked, and pizza is served from the kitchen at the interval.",
     ), ("8pm", "7.45pm", "8.15pm"), False),
    ("market", ("{town} {adj} Market", "{adj} Makers Fair", "Farmers' Market at the {venue}"),
     (
         "More than {n} stalls fill the {venue} with local produce, street food and crafts.",
         "Look out for the {food}, a firm favourite with the regulars.",
         "Bring a bag, as most traders are trying hard to cut down on plastic.",
         "There's live music in the courtyard from midday and a kids' trail around the stalls.",
         "Dogs on leads are welcome, and the cafe stays open until the last stall packs away.",
     ), ("9am-2pm", "10am-4pm", "10am-3pm"), False),
    ("theatre", ("{play} at the {venue}", "{adj} Players: {play}", "{play}"),
     (
         "The {adj} Players stage {play}, a fresh and funny take on the old favourite.",
         "The cast of {n} includes several newcomers alongside company stalwarts.",
         "The production runs until the end of the month, with a relaxed performance on Sunday.",
         "Audio-described performances are available, and the theatre has a hearing loop.",
         "It runs at around two hours including an interval, and ice creams are on sale as usual.",
     ), ("7.30pm", "2.30pm", "7pm"), False),
    ("family", ("Family Fun Day at the {venue}", "{adj} Kids' Club", "Little Makers: {adj} Workshop"),
     (
         "Children can {activity} at this hands-on session, with all materials provided.",
         "Suitable for ages {a1} to {a2}; under-fives must be accompanied by an adult.",
         "Places are limited to {n} children per session, so it pays to arrive early.",
         "Parents can grab a coffee in the cafe while the little ones get creative.",
         "Wear old clothes: it can get wonderfully messy.",
     ), ("10am-12pm", "11am-3pm", "1pm-4pm"), False),
    ("exhibition", ("{first} {surname}: {adj} Light", "The {adj} Coast", "{town} in Pictures"),
     (
         "The exhibition brings together {n} works by {first} {surname}, many shown for the first time.",
         "Paintings, prints and sketchbooks trace the artist's decades-long fascination with the coast.",
         "A free talk by the curator takes place on Saturday afternoon, no booking needed.",
         "The gallery shop stocks prints of several of the works on show.",
         "It's the last chance to see it before the collection moves on to London.",
     ), (), True),
    ("walk", ("{adj} History Walk", "Guided Walk: Old {town}", "{adj} Heritage Trail"),
     (
         "A guided walk of about {k} miles explores the hidden history of old {town}.",
         "Local historian {first} {surname} leads the way, with plenty of stops for questions.",
         "Sturdy shoes are recommended, as parts of the route can be muddy after rain.",
         "The walk finishes at a pub, where a few walkers usually stay on for lunch.",
     ), ("10am", "11am", "2pm"), False),
    ("quiz", ("The Big {adj} Quiz", "{adj} Quiz Night", "Charity Quiz for {town} Hospice"),
     (
         "Teams of up to six battle it out over eight rounds of general knowledge and music.",
         "All proceeds go to the {town} Hospice, which supports more than {n} families a year.",
         "There's a prize for the winners, and another for the best team name.",
         "Food is available from the bar, and late arrivals can join a team on the night.",
     ), ("7.30pm", "8pm"), False),
)
WO_PLAYS = ("The Importance of Being Earnest", "Blithe Spirit", "Pride and Prejudice", "Educating Rita",
            "The Railway Children", "Abigail's Party", "Noises Off", "Calendar Girls")
WO_INTRO = (
    "Looking for something to do in {town} this weekend? We've rounded up the best events, from live"
    " music to family days out.",
    "Whether you fancy a night of laughs, a stroll through a market or something for the kids, there's"
    " plenty on across {town} and beyond.",
    "The forecast is mixed, but there's no shortage of things to do indoors and out across the area.",
    "The listings are filling up fast, with markets, gigs and walks across the area.",
    "It's a bumper weekend for culture lovers, with several shows opening and a new exhibition in"
    " town.",
    "We've picked out {n} of the best, with prices and times so you can plan ahead.",
)
WO_CLOSING = (
    "Whatever you get up to, have a brilliant weekend, and don't forget your umbrella.",
    "That's our pick for this weekend, so enjoy whatever you decide to do.",
    "Have a great weekend, and we'll be back next Thursday with more ideas.",
    "Enjoy the weekend, and do say hello if you spot us at any of them.",
)
WO_TITLES = (
    "What's on in {town} this weekend: {n} things to do, {range}",
    "{n} things to do in {town} this weekend ({range})",
    "Best things to do in {town} this weekend, {range}",
    "Weekend guide: {n} events in and around {town}",
)


def _wo_weekend(d: datetime) -> tuple[datetime, str]:
    """The Friday of the weekend a round-up published on `d` covers, and "March 13-15"."""
    fri = d + timedelta(days=(4 - d.weekday()) % 7)
    sun = fri + timedelta(days=2)
    if fri.month == sun.month:
        return fri, f"{fri:%B} {fri.day}-{sun.day}"
    return fri, f"{fri:%B} {fri.day} - {sun:%B} {sun.day}"


def _wo_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = c.stable(f"wo-plan-{k}-{attempt}")
    town = _place(c) if r.random() < 0.6 else prose_for("en", r).place()
    n = r.randint(6, 12)
    _, span = _wo_weekend(c.others[k].published)
    title = r.choice(WO_TITLES).format(town=town, n=n, range=span)
    return title, {"town": town, "n": n, "seed": f"{k}-{attempt}"}


def _wo_name(r: random.Random, kind: tuple[Any, ...], fill: dict[str, object]) -> str:
    for _ in range(20):
        name = _cap(r.choice(kind[1]).format(**fill))
        if _words(name) <= 6:
            return name
    return f"{fill['adj']} {fill['town']}"


def render_whats_on_event_roundup(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _wo_plan)
    s, d = c.story, c.story.published
    site = c.stable("wo")
    reach = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title)[:70].strip("-")
        if reach:
            return f"/whats-on/whats-on-news/{slug}-{_sid(o, 'wo', 10**7, 10**8 - 1)}"
        return f"/lifestyle/whats-on/{o.published:%Y/%m/%d}/{slug}/"

    c.repath(path)
    r = c.stable(f"wo-body-{g['seed']}")
    town, n = g["town"], g["n"]
    fri, _ = _wo_weekend(d)
    used: set[str] = set()
    names: set[str] = set()
    venues = r.sample(WO_VENUES, k=min(n, len(WO_VENUES)))
    events: list[dict[str, Any]] = []
    kinds = [WO_KINDS[i % len(WO_KINDS)] for i in r.sample(range(len(WO_KINDS) * 2), n)]
    for i, kind in enumerate(kinds):
        first, surname = r.choice(FIRST_NAMES["en"]), r.choice(SURNAMES["en"])
        fill: dict[str, object] = {
            "first": first, "surname": surname, "adj": r.choice(WO_ADJ), "genre": r.choice(WO_GENRES),
            "venue": venues[i % len(venues)], "town": town, "play": r.choice(WO_PLAYS),
        }
        name = _wo_name(r, kind, fill)
        while name in names:
            fill["adj"] = r.choice(WO_ADJ)
            name = _wo_name(r, kind, fill)
        names.add(name)
        day = fri + timedelta(days=r.randint(0, 2))
        price = r.choice(WO_PRICE_BY_KIND.get(kind[0], WO_PRICES))
        if kind[4]:
            end = fri + timedelta(days=2 + 7 * r.randint(0, 6))
            details = f"Until {WO_DAYS[end.weekday()]} {end.day} {end:%B}, {fill['venue']}, {price}"
        else:
            clock = r.choice(kind[3])
            details = f"{WO_DAYS[day.weekday()]} {day.day} {day:%B}, {clock}, {fill['venue']}, {price}"
        local: set[str] = set()

        def efill(fill: dict[str, object] = fill) -> dict[str, object]:
            return {
                **fill,
                "performer": (f"{fill['first']} {fill['surname']}" if r.random() < 0.5
                              else f"The {fill['surname']}s"),
                "first2": r.choice(FIRST_NAMES["en"]), "surname2": r.choice(SURNAMES["en"]),
                "surname3": r.choice(SURNAMES["en"]), "n": r.randint(12, 60), "k": r.randint(2, 6),
                "food": r.choice(WO_FOOD), "activity": r.choice(WO_ACTIVITIES), "a1": r.randint(3, 6),
                "a2": r.randint(8, 12),
            }

        sents = [_templated(r, kind[2], local, efill) for _ in range(r.randint(2, 3))]
        events.append({"name": name, "details": details, "sents": sents, "local": local, "fill": efill,
                       "kind": kind, "venue": fill["venue"], "price": price,
                       "street": f"{r.randint(1, 90)} {_street(r)}", "day": day})

    def ifill() -> dict[str, object]:
        return {"town": town, "n": n}

    intro = " ".join(_templated(r, WO_INTRO, used, ifill) for _ in range(2))
    closing = r.choice(WO_CLOSING)

    def blocks() -> list[tuple[str, str]]:
        out = [("p", intro)]
        for ev in events:
            out += [("h3", ev["name"]), ("p", ev["details"]), ("p", " ".join(ev["sents"]))]
        return [*out, ("p", closing)]

    k = 0
    while _long(blocks())[1] < 260 and k < 60:
        ev = events[k % n]
        if len(ev["local"]) < len(ev["kind"][2]):
            ev["sents"].append(_templated(r, ev["kind"][2], ev["local"], ev["fill"]))
        k += 1
    while _long(blocks())[1] > 880 and max(len(e["sents"]) for e in events) > 1:
        ev = max(events, key=lambda e: len(e["sents"]))
        ev["sents"].pop()
    _set_body(s, blocks())
    dr = _page_rng(c, "wo-page")
    c.snip(" ".join(WO_MENU[:5]))
    byline = c.snip(f"By {s.author.name} What's On Writer" if dr.random() < 0.5
                    else f"By {s.author.name}, {s.author.desk}")
    affiliate = c.snip(
        f"This article contains affiliate links. {pub.name} may earn a small commission on tickets bought"
        " through them, at no extra cost to you. Prices correct at the time of publishing."
    )
    got = c.snip(f"Got an event coming up? Email whatson@{pub.host} and we'll try to include it.")
    maps = [c.snip(f"Map: {ev['venue']}, {ev['street']}, {town}") for ev in events]
    more = c.pick_others(4)
    more_head = c.snip(f"More things to do in {town}" if dr.random() < 0.5
                       else "More things to do this weekend")
    for o in more:
        c.snip(o.title)
    newsletter = c.snip(f"Get the best of what's on in {town} straight to your inbox every Thursday")
    foot = c.copyright()
    c.snip("Privacy notice Cookie policy Terms and conditions")
    utc = d.astimezone(UTC)
    if reach:
        shown = f"{d:%H:%M}, {d.day} {d:%b %Y}".upper()
        date_html = f'<time datetime="{c.iso()}">{shown}</time>'
    else:
        shown = f"{d:%A} {d.day} {d:%B %Y} at {_ampm(d)}"
        date_html = f'<span class="posted-on">{shown}</span>'
    c.snip(shown)
    ev_html: list[str] = []
    for i, ev in enumerate(events):
        when = ev["day"].strftime("%Y%m%d")
        ev_html += [
            f'<div class="event-card" id="event-{i + 1}">',
            f"<h3>{esc(ev['name'])}</h3>",
            f'<p class="event-details"><strong>{esc(ev["details"])}</strong></p>',
            f"<p>{esc(' '.join(ev['sents']))}</p>",
            '<div class="event-actions">'
            + (f'<a class="btn btn-tickets" href="https://tickets.example/e/{_sid(s, f"t{i}", 10**5, 10**6)}'
               f'?aff={_slug(pub.short)}" rel="sponsored nofollow">Buy tickets</a>'
               if ev["price"] != "free" else "")
            + f'<a class="btn btn-cal" href="data:text/calendar;charset=utf8,DTSTART:{when}">'
            "Add to calendar</a>"
            "</div>",
            f'<div class="map-embed"><iframe title="Map" loading="lazy" '
            f'src="https://maps.example/embed?q={_slug(ev["venue"])}+{_slug(town)}"></iframe>'
            f'<p class="map-label">{esc(maps[i])}</p></div>',
            "</div>",
        ]
        if reach and i == 2:
            ev_html.append('<div class="mpu-ad"><span>Advertisement</span>'
                           '<div id="div-gpt-ad-mpu-2"></div></div>')
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name} What's On"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "articleSection": "What's On",
    }
    head = (
        [_ldjson(data)]
        if reach
        else [f'<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%SZ}">',
              _ldjson({"@context": "https://schema.org", "@type": "ItemList",
                       "itemListElement": [{"@type": "ListItem", "position": i + 1,
                                            "item": {"@type": "Event", "name": ev["name"],
                                                     "startDate": f"{ev['day']:%Y-%m-%d}"}}
                                           for i, ev in enumerate(events)]})]
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        *head,
        "</head>",
        '<body class="article-page whats-on">',
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        _menu(WO_MENU, "primary-nav"),
        "</header>",
        "<main>",
        '<article class="article">',
        '<p class="section-tag"><a href="/whats-on/">What\'s On</a></p>',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="article-meta"><span class="author">{esc(byline)}</span>\n{date_html}</div>',
        f'<p class="affiliate-note"><em>{esc(affiliate)}</em></p>' if reach else "",
        '<div class="article-body">',
        f"<p>{esc(intro)}</p>",
        *ev_html,
        f"<p>{esc(closing)}</p>",
        "</div>",
        "" if reach else f'<p class="affiliate-note"><em>{esc(affiliate)}</em></p>',
        f'<div class="submit-event"><p>{esc(got)}</p></div>',
        "</article>",
        _story_list(more, "more-things", more_head),
        f'<div class="newsletter"><p>{esc(newsletter)}</p><input type="email">'
        "<button>Sign me up</button></div>",
        "</main>",
        '<footer class="site-footer"><ul><li><a href="/privacy">Privacy notice</a></li> '
        '<li><a href="/cookies">Cookie policy</a></li> '
        '<li><a href="/terms">Terms and conditions</a></li></ul>'
        f"<p>{esc(foot)}</p></footer>",
    ]
    return _end_page(c, lines, "consent-banner", "Accept all")


# --- gallery-captions-story ----------------------------------------------------------------------

GA_EVENTS = ("Lantern Parade", "Agricultural Show", "Regatta", "Half Marathon", "Surf Carnival",
             "Food and Wine Festival", "Dragon Boat Races", "Harvest Festival", "Air Show", "Beach Clean-up",
             "Lunar New Year Festival", "Vintage Car Rally", "Storm Clean-up", "Pride March")
GA_TITLES = (
    "In pictures: {event} draws crowds to {town}",
    "Photos: the best of the {town} {event}",
    "Gallery: {n} photos from the {town} {event}",
    "{town} {event}: all the pictures from the day",
)
GA_INTRO = (
    "Thousands of people turned out for the {town} {event} on {day}, with the weather mostly holding"
    " for the occasion.",
    "Our photographers were there from first light to capture the colour, the crowds and the quieter"
    " moments in between.",
    "Organisers said this year's event was one of the biggest yet, with visitors travelling from across"
    " the region.",
    "Scroll through the gallery below to see who we spotted, and whether you made it into the pictures.",
)
GA_CAPTIONS = (
    "{person} and {person2} soak up the atmosphere at the {event} in {town} on {day}.",
    "Crowds line {street} as the {event} gets under way shortly after {hour} o'clock.",
    "Volunteers from the {org} spent {k} weeks preparing for the big day.",
    "Organisers estimate more than {n},000 people came through the gates, a record for the event.",
    "{person}, {age}, from {place2}, was among the youngest taking part this year.",
    "The sun finally broke through in the early afternoon after a grey and drizzly start.",
    "Food trucks and market stalls kept the queues moving along the foreshore all day.",
    "Local band The {surname}s played to a packed crowd in the main arena.",
    "Police said the day passed without any major incidents.",
    "Many families arrived early to claim a spot on the grass near the main stage.",
    "{person} said it was the {k}th year the family had made the trip from {place2}.",
    "A lone piper led the procession from the town hall down to the waterfront.",
    "The judges had a tough job picking winners in the best-dressed category.",
    "Lifeguards kept a close eye on swimmers as the temperature climbed past {temp} degrees.",
    "The last of the crowds drifted home as the lights came on along the esplanade.",
    "Children try their hand at face painting and sandcastle building in the kids' zone.",
    "{person} takes a well-earned break between events in the shade of a fig tree.",
    "It took a team of {k} dozen volunteers most of the evening to pack everything away.",
    "Mayor {person} officially opened the event with a short speech and a ribbon cutting.",
    "{person} shows off the prize-winning entry, which took more than {k} months to finish.",
    "Spectators cheer from the breakwater as the leaders round the final marker.",
    "Dogs were welcome too, and plenty of them came dressed for the occasion.",
    "Stallholders reported a busy day, with several selling out well before closing time.",
    "A quieter moment away from the crowds, down by the old jetty.",
    "Members of the {org} hand out free water near the finish line.",
    "The first-aid tent was kept busy with a steady stream of sunburn and blisters.",
)
GA_SHORT = (
    "All smiles at the finish.",
    "Waiting for the start.",
    "A quiet moment backstage.",
    "The view from the grandstand.",
    "Last light over the bay.",
    "Hats off to the organisers.",
    "Best seats in the house.",
    "Nearly time to go home.",
    "Ready, set, go.",
    "Picture perfect.",
)
GA_AGENCIES = ("AAP", "Getty Images", "Supplied", "NZME", "Reuters", "AAP Image")
GA_REGIONS = ("nsw", "victoria", "queensland", "local-news", "national")
GA_MENU = ("News", "Sport", "Galleries", "Entertainment", "Lifestyle", "Property", "Weather", "Puzzles")


def _ga_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = c.stable(f"ga-plan-{k}-{attempt}")
    town = _place(c) if r.random() < 0.5 else prose_for("en", r).place()
    event = r.choice(GA_EVENTS)
    n = r.randint(8, 20)
    title = r.choice(GA_TITLES).format(event=event, town=town, n=n)
    return title, {"town": town, "event": event, "n": n, "seed": f"{k}-{attempt}"}


def render_gallery_captions_story(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _ga_plan)
    s, d = c.story, c.story.published
    site = c.stable("ga")
    form = site.choice(("ncp", "nine", "wp"))
    ld = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title)[:60].strip("-")
        h = _hex(random.Random(f"howe-ga-{o.title}"), 32)
        if form == "ncp":
            region = random.Random(f"howe-ga-r-{o.title}").choice(GA_REGIONS)
            return f"/news/{region}/{slug}/image-gallery/{h}"
        if form == "nine":
            return f"/{_slug(o.section)}/{slug}-{o.published:%Y%m%d}-p5{h[:4]}.html"
        return f"/galleries/{slug}/?slide=1"

    c.repath(path)
    r = c.stable(f"ga-body-{g['seed']}")
    en = EnglishProse(r)
    town, event, n = g["town"], g["event"], g["n"]
    day = EN_DAYS[d.weekday()] if r.random() < 0.5 else "Saturday"
    used: set[str] = set()

    def fill() -> dict[str, object]:
        return {
            "person": en.person(), "person2": en.person(), "event": event, "town": town, "day": day,
            "street": _street(r), "hour": r.randint(8, 11), "org": en.org(), "k": r.randint(4, 9),
            "n": r.randint(4, 40), "age": r.randint(5, 12), "place2": en.place(),
            "surname": r.choice(SURNAMES["en"]), "temp": r.randint(28, 36),
        }

    intro = " ".join(_templated(r, GA_INTRO, used, fill) for _ in range(r.randint(2, 3)))
    long_n = min(n, 13)
    short_at = set(r.sample(range(n), n - long_n))
    shorts = r.sample(GA_SHORT, len(short_at))
    caps: list[list[str]] = []
    seen: set[str] = set()
    for i in range(n):
        if i in short_at:
            caps.append([shorts.pop()])
            continue
        sents: list[str] = []
        while not sents or _words(" ".join(sents)) <= 6:
            x = _templated(r, GA_CAPTIONS, used, fill)
            if x not in seen:
                seen.add(x)
                sents.append(x)
        if r.random() < 0.5:
            x = _templated(r, GA_CAPTIONS, used, fill)
            if x not in seen:
                seen.add(x)
                sents.append(x)
        caps.append(sents)

    def blocks() -> list[tuple[str, str]]:
        return [("p", intro), *(("p", " ".join(x)) for x in caps)]

    k = 0
    while _long(blocks())[1] < 260 and k < 400:
        i = k % n
        x = _templated(r, GA_CAPTIONS, used, fill)
        if i not in short_at and x not in seen and len(caps[i]) < 4:
            seen.add(x)
            caps[i].append(x)
        k += 1
    _set_body(s, blocks())
    dr = _page_rng(c, "ga-page")
    photogs = [en.person() for _ in range(3)]
    credits = [c.snip(f"Photo: {dr.choice(photogs)} / {dr.choice(GA_AGENCIES)}") for _ in range(n)]
    thumbs = [c.snip(f"View image {i + 1} of {n}") for i in range(n)]
    c.snip(" ".join(GA_MENU[:5]))
    byline = c.snip(f"By {s.author.name} and {photogs[0]}" if dr.random() < 0.5
                    else f"Words by {s.author.name}, photos by {photogs[0]}")
    ad = c.snip("Advertisement - gallery continues below")
    more = c.pick_others(4)
    c.snip(f"More galleries from {pub.name}")
    for o in more:
        c.snip(o.title)
    c.snip(c.pick("subscribe"))
    foot = c.copyright()
    ack = c.snip(f"{pub.name} acknowledges the Traditional Owners of the lands on which we work.")
    shown = f"{d:%B} {d.day} {d.year} - {_ampm(d)}" if ld else f"{d.day} {d:%B %Y} \u2014 {_ampm(d)}"
    c.snip(f"Published {shown}")
    slides: list[str] = []
    for i, sents in enumerate(caps):
        counter = f"{i + 1} of {n}"
        img = f"https://images.{pub.host}/gallery/{_hex(dr, 16)}.jpg?w=1200"
        slides.append(
            f'<figure class="gallery__slide" data-index="{i}">'
            f'<div class="gallery__counter">{counter}</div>'
            f'<img src="{img}" alt="" loading="{"eager" if i == 0 else "lazy"}">'
            f'<figcaption class="gallery__caption"><p>{esc(" ".join(sents))}</p>'
            f'<p class="gallery__credit">{esc(credits[i])}</p></figcaption></figure>'
        )
        if i % 5 == 4 and i < n - 1:
            slides.append(f'<div class="ad-slot"><p class="ad-slot__label">{esc(ad)}</p>'
                          f'<div id="gallery-mrec-{i // 5}"></div></div>')
    thumb_html = (
        '<ol class="gallery__thumbs">'
        + "\n".join(
            f'<li><button data-slide="{i}"><img src="https://images.{pub.host}/thumb/{i}.jpg"'
            f' alt=""><span>{esc(t)}</span></button></li>' for i, t in enumerate(thumbs)
        )
        + "</ol>"
    )
    title = f"{s.title} | {pub.name}"
    if site.random() < 0.5:
        prefix = "" if s.title.startswith("Photos:") else "Photos: "
        title = f"{prefix}{s.title} - {pub.name}"
    utc = d.astimezone(UTC)
    head = (
        [_ldjson({"@context": "https://schema.org", "@type": "ImageGallery", "headline": s.title,
                  "datePublished": c.iso(), "author": {"@type": "Person", "name": s.author.name},
                  "numberOfItems": n})]
        if ld
        else [f'<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%SZ}">']
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-AU">' if pub.tz != "Pacific/Auckland" else '<html lang="en-NZ">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        *head,
        "</head>",
        '<body class="gallery-page">',
        f'<header class="masthead"><a class="masthead__logo" href="/">{esc(pub.name)}</a>',
        _menu(GA_MENU, "masthead__nav"),
        "</header>",
        '<main><article class="gallery">',
        f'<h1 class="gallery__title">{esc(s.title)}</h1>',
        f'<div class="gallery__byline"><span>{esc(byline)}</span>\n'
        f'<span class="gallery__date">Published {shown}</span></div>',
        f'<div class="gallery__intro"><p>{esc(intro)}</p></div>',
        '<div class="gallery__controls"><button class="gallery__start">Start slideshow</button>'
        '<button class="gallery__prev">Previous</button><button class="gallery__next">Next</button></div>',
        '<div class="gallery__slides">',
        *slides,
        "</div>",
        thumb_html,
        "</article>",
        _story_list(more, "more-galleries", f"More galleries from {pub.name}", "h3"),
        "</main>",
        f'<footer class="site-footer"><p><a href="/subscribe">{esc(c.pick("subscribe"))}</a></p>'
        f"<p>{esc(ack)}</p><p>{esc(foot)}</p></footer>",
    ]
    return _end_page(c, lines, "privacy-banner", "Got it")


# --- advice-column-letter ------------------------------------------------------------------------

# (column, columnist, syndicate, mail host, address, since, how many papers)
AD_COLUMNS = (
    ("Dear Hattie", "Hattie Vance", "Crescent Features Syndicate", "askhattie.example",
     "P.O. Box 6410, Kansas City, MO 64141", 2009, 300),
    ("Ask Marlowe", "June Marlowe", "Lakeview Creators", "askmarlowe.example",
     "P.O. Box 22, Evanston, IL 60204", 2014, 180),
    ("Dear Ruthie", "Ruth Abernathy", "Tri-State Features", "dearruthie.example",
     "P.O. Box 1187, Hartford, CT 06101", 1998, 420),
    ("Family Matters", "Dr. Ellis Crane", "Harborline Syndicate", "familymatters.example",
     "P.O. Box 903, Portland, OR 97207", 2017, 150),
)
AD_SIGNS = (
    ("Worried", "Wichita"), ("Frustrated", "Fresno"), ("Baffled", "Boise"), ("Torn", "Toledo"),
    ("Hurt", "Houston"), ("Stuck", "Spokane"), ("Done", "Dayton"), ("Mystified", "Memphis"),
    ("Confused", "Columbus"), ("Sad", "Sacramento"), ("Tired", "Tucson"), ("Left Out", "Louisville"),
    ("Overwhelmed", "Omaha"), ("Puzzled", "Pittsburgh"), ("Bitter", "Baltimore"), ("Anxious", "Albany"),
)
# (relation, "f", "m" or "" for either, at work)
AD_RELS: tuple[tuple[str, str, bool], ...] = (
    ("sister-in-law", "f", False), ("mother-in-law", "f", False), ("husband", "m", False),
    ("wife", "f", False), ("best friend", "", False), ("brother", "m", False), ("adult son", "m", False),
    ("adult daughter", "f", False), ("neighbor", "", False), ("coworker", "", True), ("boss", "", True),
    ("roommate", "", False), ("stepmother", "f", False), ("cousin", "", False),
)
AD_NAMES = {"f": _w("Carol Tammy Linda Sharon Denise Karen Lori Brenda Debbie Tina"),
            "m": _w("Dennis Gary Kevin Brian Todd Wayne Doug Randy Keith Craig")}
AD_WORK_GRIEFS = (
    "takes credit for my work in front of our manager",
    "borrows money and never mentions it again",
    "keeps making plans without checking with me",
    "comments on everything I eat at family dinners",
)
AD_GRIEFS = (
    "tags along on our family vacations every summer",
    "borrows money and never mentions it again",
    "comments on everything I eat at family dinners",
    "posts photos of my children online without asking",
    "drops by unannounced and stays for hours",
    "has not spoken to me since my wedding",
    "expects me to host every holiday",
    "keeps making plans without checking with me",
    "criticizes the way we are raising our kids",
    "spends money we agreed to save",
    "won't help with the chores",
)
AD_LETTER = (
    "My {rel}, {name}, {grief}, and I am at the end of my rope.",
    "This has been going on for {n} years, and it is only getting worse.",
    "When I tried to bring it up at Thanksgiving, {name} laughed it off and changed the subject.",
    "My partner says I should let it go, but isn't the one dealing with it every week.",
    "I love my family, but I dread every phone call now.",
    "Last month it came to a head when {name} told half the family I was being selfish.",
    "I have tried dropping hints, and I have tried being direct, and nothing has worked.",
    "We are not wealthy, and the {amount} dollars adds up quickly.",
    "Our children have started to notice, and they ask why I get upset after every visit.",
    "I don't want to be the one who blows up the family over something this small.",
    "Friends tell me I'm a pushover, and maybe they're right.",
    "I lie awake at night rehearsing conversations that never happen.",
    "The last straw was at my daughter's birthday party in {month}.",
    "I've started making excuses not to see {name} at all, which feels cowardly.",
)
AD_ASKS = (
    "How do I handle this without starting a war?",
    "Am I wrong to feel this way?",
    "What should I say the next time it happens?",
    "Is there a way to fix this, or should I walk away?",
    "How can I get through to {name}?",
)
AD_ANSWER = (
    "You are not being unreasonable, and the fact that you are asking tells me you care about keeping"
    " the peace.",
    "Hints don't work with people like {name}, so it is time to be clear, calm and brief.",
    "Choose a quiet moment, not a holiday table, and say exactly what you need to change.",
    "You do not owe anyone a long explanation; a simple sentence is enough.",
    "Your partner should be standing beside you on this, not asking you to swallow it.",
    "If {name} reacts badly, that is information about {name}, not a verdict on you.",
    "Boundaries only work if you are willing to keep them, so decide in advance what you will do.",
    "It may help to talk to a licensed counselor, who can help you practice these conversations.",
    "Families survive honest conversations far more often than they survive years of silent"
    " resentment.",
    "Start small: the next time it happens, say no once and let the silence do the work.",
    "Keep a record of the money, the dates and the promises, because memories get convenient.",
    "Your children are learning from watching how you let yourself be treated.",
    "Try writing down what you want to say first, then cut it in half.",
    "It is possible {name} has no idea how hurtful this is, so give one clear chance to do better.",
    "Whatever happens, you will feel lighter for having said it out loud.",
    "Protect your own peace first; the relationship can only be repaired from there.",
)
AD_HEADS = (
    "{Rel} {grief_short}, and reader is at her wit's end",
    "Reader torn over {rel} who {grief_short}",
    "Time to speak up about {rel} who {grief_short}",
    "{Rel} who {grief_short} tests family ties",
)
AD_SHORT = {
    "tags along on our family vacations every summer": "tags along on every vacation",
    "borrows money and never mentions it again": "never repays loans",
    "comments on everything I eat at family dinners": "polices every meal",
    "takes credit for my work in front of our manager": "takes credit for her work",
    "posts photos of my children online without asking": "posts the kids online",
    "drops by unannounced and stays for hours": "drops by unannounced",
    "has not spoken to me since my wedding": "went silent after the wedding",
    "expects me to host every holiday": "expects her to host every holiday",
    "keeps making plans without checking with me": "makes plans without asking",
    "criticizes the way we are raising our kids": "criticizes her parenting",
    "spends money we agreed to save": "spends the savings",
    "won't help with the chores": "won't help at home",
}
AD_MENU = ("News", "Sports", "Business", "Opinion", "Life", "Advice", "Puzzles", "Obituaries", "e-Edition")
AD_FOOTER = ("Contact Us", "Terms of Use", "Privacy Policy", "Accessibility", "Manage Subscription")


def _ad_columns(c: Ctx) -> list[tuple[str, str, str, str, str, int, int]]:
    return c.stable("ad-columns").sample(AD_COLUMNS, 2)


def _ad_column(c: Ctx, k: int) -> tuple[str, str, str, str, str, int, int]:
    """The column of the publisher's k-th story (a site runs two)."""
    return _ad_columns(c)[c.stable(f"ad-col-{k}").random() < 0.5]


def _ad_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = c.stable(f"ad-plan-{k}-{attempt}")
    column = _ad_column(c, k)
    rel, gender, work = r.choice(AD_RELS)
    grief = r.choice(AD_WORK_GRIEFS[:3] if work else AD_GRIEFS)
    name = r.choice(AD_NAMES[gender or r.choice("fm")])
    head = r.choice(AD_HEADS).format(Rel=_cap(rel), rel=rel, grief_short=AD_SHORT[grief])
    prefixed = c.stable("ad").random() < 0.5
    title = f"{column[0]}: {_cap(head)}" if prefixed else _cap(head)
    return title, {"column": column, "rel": rel, "grief": grief, "name": name, "seed": f"{k}-{attempt}"}


def render_advice_column_letter(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _ad_plan)
    s, d = c.story, c.story.published
    site = c.stable("ad")
    site.random()  # the headline form (drawn in _ad_plan)
    blox = site.random() < 0.5
    caps = site.random() < 0.5
    opinion = site.random() < 0.5
    column, columnist, syndicate, mail, address, since, papers = g["column"]

    def path(o: Story) -> str:
        slug = _slug(o.title)[:70].strip("-")
        if blox:
            h = _hex(random.Random(f"howe-uuid-{o.title}"), 32)
            return f"/lifestyle/advice/{slug}/article_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}.html"
        col = _slug(_ad_column(c, next(k for k, x in enumerate(c.others) if x is o))[0])
        return f"/life/advice/{col}/{o.published:%Y/%m/%d}/{slug}/"

    c.repath(path)
    r = c.stable(f"ad-body-{g['seed']}")
    mood, city = r.choice(AD_SIGNS)
    name = g["name"]
    used: set[str] = set()

    def fill() -> dict[str, object]:
        return {"rel": g["rel"], "name": name, "grief": g["grief"], "n": r.randint(2, 11),
                "amount": r.choice(("hundred", "few hundred", "thousand")), "month": r.choice(EN_MONTHS)}

    n_letter = r.randint(1, 3)
    n_answer = max(r.randint(2, 5), 4 - n_letter)
    letter: list[list[str]] = []
    for i in range(n_letter):
        sents = [_cap(AD_LETTER[0].format(**fill()))] if i == 0 else []
        used.add(AD_LETTER[0])
        sents += [_templated(r, AD_LETTER, used, fill) for _ in range(r.randint(2, 4) - (i == 0))]
        letter.append(sents)
    letter[-1].append(_cap(r.choice(AD_ASKS).format(**fill())))
    answer = [[_templated(r, AD_ANSWER, used, fill) for _ in range(r.randint(2, 3))] for _ in range(n_answer)]
    # "Dear Hattie", "Dear Marlowe", "Dear Dr. Crane"
    title_word = "Dr. " if columnist.startswith("Dr. ") else ""
    salute = column if column.startswith("Dear") else f"Dear {title_word}{columnist.split()[-1]}"
    to_col = f"{salute.upper()}:" if caps else f"{salute}:"
    to_reader = f"DEAR {mood.upper()}:" if caps else f"Dear {mood}:"
    sign = f"\u2014 {mood} in {city}"

    def blocks() -> list[tuple[str, str]]:
        out = [("p", " ".join([to_col, *letter[0]]))]
        out += [("p", " ".join(x)) for x in letter[1:]]
        out.append(("p", sign))
        out.append(("p", " ".join([to_reader, *answer[0]])))
        out += [("p", " ".join(x)) for x in answer[1:]]
        return out

    k = 0
    while _long(blocks())[1] < 260 and k < 40:
        answer[k % n_answer].append(_templated(r, AD_ANSWER, used, fill))
        k += 1
    _set_body(s, blocks())
    dr = _page_rng(c, "ad-page")
    c.snip(" ".join(AD_MENU[:5]))
    byline = c.snip(f"By {columnist} {syndicate}" if dr.random() < 0.5 else f"{columnist}, {syndicate}")
    send = c.snip(
        f"Send your questions to {columnist} at {mail} or write to {column}, {address}."
        if column != "Family Matters"
        else f"Send your questions for Family Matters to {mail}; letters may be edited for length."
    )
    bio = c.snip(
        f"{columnist} has written {column} since {since}. The column appears in more than {papers}"
        " newspapers and websites."
    )
    copyright_line = c.snip(f"\u00a9 {YEAR} {columnist}. Distributed by {syndicate}.")
    more = c.pick_others(4)
    c.snip("More advice columns from our partners")
    for o in more:
        c.snip(o.title)
    newsletter = c.snip(f"Get {column} and other advice columns in your inbox every morning")
    share = _share_bar(c, "share-tools")
    c.snip(" ".join(AD_FOOTER[:4]))
    foot = c.copyright()
    shown = f"{d:%b} {d.day}, {d.year}"
    data = {
        "@context": "https://schema.org",
        "@type": "OpinionNewsArticle" if opinion else "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": columnist},
        "publisher": {"@type": "Organization", "name": pub.name},
        "articleSection": "Advice",
        "isPartOf": {"@type": "CreativeWorkSeries", "name": column},
    }
    body_html = [f"<p>{esc(t)}</p>" if t != sign else f'<p class="signature"><em>{esc(t)}</em></p>'
                 for _, t in s.blocks]
    title = f"{s.title} | {pub.name}" if dr.random() < 0.5 else f"{s.title} - Advice - {pub.name}"
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
        '<body class="asset-type-article section-advice">',
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        _menu(AD_MENU, "main-nav"),
        "</header>",
        '<main><article class="asset">',
        f'<p class="kicker"><a href="/lifestyle/advice/">{esc(column)}</a></p>',
        f'<h1 class="headline">{esc(s.title)}</h1>',
        f'<div class="meta"><span class="byline">{esc(byline)}</span>\n<time>{shown}</time></div>',
        share,
        '<div class="asset-content" itemprop="articleBody">',
        *body_html,
        f'<p class="tagline"><em>{esc(send)}</em></p>',
        "</div>",
        f'<p class="syndicate-copyright">{esc(copyright_line)}</p>',
        f'<div class="author-bio"><img src="/img/columnists/{_slug(columnist)}.jpg" alt=""><p>{esc(bio)}</p>'
        "</div>",
        "</article>",
        _story_list(more, "more-advice", "More advice columns from our partners"),
        f'<div class="newsletter-promo"><p>{esc(newsletter)}</p><button>Sign up</button></div>',
        "</main>",
        f'<footer class="site-footer"><ul>{_footer_links(AD_FOOTER)}</ul><p>{esc(foot)}</p></footer>',
    ]
    return _end_page(c, lines, "cookie-consent", "Accept")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "unnamed-comments-thread": render_unnamed_comments_thread,
    "whats-on-event-roundup": render_whats_on_event_roundup,
    "gallery-captions-story": render_gallery_captions_story,
    "advice-column-letter": render_advice_column_letter,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import json  # noqa: E402
import random  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from typing import Any  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _end_page,
    _footer_links,
    _hex,
    _ldjson,
    _other_sentences,
    _page_rng,
    _place,
    _retitle,
    _set_body,
    _share_bar,
    _story_html,
)
from pipeline.synth.prose import (  # noqa: E402
    EN_DAYS,
    EN_MONTHS,
    EN_NOUNS,
    FIRST_NAMES,
    SURNAMES,
    EnglishProse,
    prose_for,
)
from pipeline.synth.publishers import YEAR, Ctx, Story, _slug, _words, esc  # noqa: E402
