"""Four BRAE template families for the synthetic publishers (see `pipeline.synth.publishers`).

"brae" is a split of its own, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS`, `FAMILY_ZONES` and `RENDERERS` from
this module into its registries and keeps `FAMILIES` from here apart, as `BRAE_FAMILIES`: the brae
families are generated only by `generate_corpus("brae")`, so every other corpus is as it was. All
four are English-language publishers whose article pages are hard to cut: a long-form feature split
over sibling chapter blocks with nothing named "article" around them, a magazine's Q&A interview, a
metro daily's story with an editor's note or a correction in the text and a prose author bio after
it, and a national daily whose text is interrupted, inside its own container, by inline modules. No
new language: the English grammar of `pipeline.synth.prose` writes the text; the interview family
gives every story of a publisher a headline of its kind (the same whichever page renders first).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name); a pull quote
repeats a body sentence (`repeated`); a photo's caption and credit are boilerplate; a standfirst
under the headline is neither. The choices each family makes for the debatable parts:
  * chaptered-longread: a long-form feature in 4-6 sibling chapter blocks (`<section
    class="chapter" id="chapter-2">`, DocBook-like `<div class="sect1" id="THE-LONG-WINTER">` with
    the heading in a `div.titlepage`, or `<div class="lr-part" data-part="3">`, by site) inside a
    `<div class="wrap-7">`-like wrapper, no <article> and no "content"/"post"/"entry"/"article"
    class anywhere near the text. The first chapter is one short paragraph; one later chapter holds
    most of the text. The body is every chapter: its heading (one line each) and paragraphs, in page
    order. The "Chapter III" number line above a heading (two words) and the "In this story"
    contents list some sites show (the chapter headings again, as links) are neither; so are the
    kicker ("The long read") and the standfirst. Between chapters, each full-width photo's caption
    and "Photograph: ..." credit are boilerplate; the pull quote repeats a body sentence
    (`repeated`). The menu, byline, date line, reading time, share bar, the readers' funding appeal
    (the same on every page of a site), the author bio, "More long reads" and its headlines, the
    newsletter call and the footer are boilerplate;
  * interview-qa: a magazine's Q&A: the intro (one or two paragraphs), the "This interview has been
    edited for length and clarity." line some sites print after it (the same on every page of such
    a site, but written into the text: body, as the fixed editorial notes of the train families
    are), and each question and answer, one line each, are body, with the prefixes as printed: a
    page sets its questions as `<p><strong>Q: ...</strong></p>` (the answers plain or opening
    "A:"), as `<h3>` (no prefix), or with names, the interviewer's full name before each question
    and the interviewee's surname before each answer ("Harriet Vance: ...", "Okafor: ..."); the
    line keeps the prefix. The kicker ("The Interview") and the standfirst are neither. The
    portrait's caption and credit, the "Interview by ..." byline, the date line, the share bar, the
    "About the interviewee" box's text (its three-word heading is neither), the "More interviews"
    cards' headlines and one-line summaries, the subscription call (the same on every page of a
    site), the menu and the footer are boilerplate;
  * corrections-appended: a US metro daily's story: the text and its subheadings are body; so is
    an "Editor's note: ..." paragraph at the top of the text (some pages) and a "Correction: ..." or
    "Clarification: ..." paragraph appended at the end (other pages; some sites date it:
    "Correction, March 9, 2026: ..."), per newsroom practice; the "Updated ..." time shown on those
    pages is boilerplate and not the publication time. The "Contact the reporter at ..." line (in
    the text's container on some sites), the one-paragraph author bio in prose ("Jane Doe covers
    city hall for the ... Doe joined the ... in 2019 ..."; the same for an author on every page of
    a site), the "Have a news tip?" box (the same on every page of a site), the comments teaser
    ("Join the conversation: 14 comments"), the byline, the date line, the share bar, "More local
    news" and its headlines, the menu and the footer are boilerplate;
  * inline-modules-daily: a national daily whose text is interrupted, inside the same container as
    its paragraphs, by modules in unnamed `<div>`s with hashed class names: the "Listen to this
    article · 6 min" audio bar at its top, one or two newsletter sign-up forms (the pitch, the
    "Sign up" button and the terms line), "Advertisement" slots, one or two "Recommended" cards
    (image, linked headline, one-line summary) and the "Gift this article" button row. The text's
    paragraphs and subheadings are body; the standfirst is neither; every module's text of four
    words or more is boilerplate (the pitch, the terms line, which is the same on every page of a
    site, the card's headline and summary, the audio bar, the gift row); the one-word
    "Advertisement" and "Recommended" labels are neither, but a site's "Story continues below
    advertisement" label is boilerplate. The "Most read" rail's headlines, the byline, the date
    line, the menu and the footer are boilerplate.

Families (language; date source; URL and title forms):
  brae  chaptered-longread     en (UK and US zones); JSON-LD NewsArticle datePublished with the
                               offset; the visible "Sat 7 Mar 2026 06.00 GMT" (London) or
                               "March 7, 2026, 2:30 p.m. EST";
                               paths /longread/<yyyy>/<mm>/<slug> or /features/<slug>-<6 digits>;
                               <title> "T | Site" or "The long read: T - Site"
  brae  interview-qa           en (US zones); <meta property="article:published_time"> with the
                               offset; the visible "Published March 7, 2026"; paths /interviews/<slug>/ or
                               /culture/the-interview/<yyyy>/<mm>/<dd>/<slug>; <title> "T | Site"
  brae  corrections-appended   en (US zones); <time datetime> with the offset ("Published March 7,
                               2026 at 2:30 p.m. EST"), a later "Updated ..." on the pages with a
                               correction; paths /news/<section>/<yyyy>/<mm>/<dd>/<slug>/ or
                               /story/news/local/<yyyy>/<mm>/<dd>/<slug>/<9 digits>/; <title> "T"
                               + " | Site" or " - Site"
  brae  inline-modules-daily   en (UK, Irish, Australian zones); JSON-LD NewsArticle datePublished
                               with the offset and a later dateModified; the visible "Sat 7 Mar
                               2026 14.30 GMT"; paths /<section>/<yyyy>/<mon>/<dd>/<slug> or
                               /news/<section>/<slug>-b<7 digits>.html; <title> "T | Site"
"""

from __future__ import annotations

from pipeline.synth.prose import _cap, _w

FAMILIES: dict[str, str] = {
    "chaptered-longread": "brae",
    "interview-qa": "brae",
    "corrections-appended": "brae",
    "inline-modules-daily": "brae",
}
FAMILY_LANGUAGE: dict[str, str] = {}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "chaptered-longread": ("The {p} Review", "{p} Quarterly", "The {p} Longform", "{p} Weekend"),
    "interview-qa": ("{p} Magazine", "The {p} Monthly", "{p} Conversations", "The {p} Reader"),
    "corrections-appended": ("The {p} Daily News", "{p} Metro Times", "The {p} Star-Ledger",
                             "{p} Post-Dispatch", "The {p} Union"),
    "inline-modules-daily": ("The {p} National", "{p} Independent", "The Daily {p}", "{p} Standard"),
}
_US = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
FAMILY_ZONES: dict[str, tuple[str, ...]] = {
    "chaptered-longread": ("Europe/London", "America/New_York", "America/Chicago"),
    "interview-qa": _US,
    "corrections-appended": _US,
    "inline-modules-daily": ("Europe/London", "Europe/Dublin", "Australia/Sydney"),
}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII")
_SHORT_MONTHS = _w("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
_SHORT_DAYS = _w("Mon Tue Wed Thu Fri Sat Sun")
AGENCIES = ("Getty Images", "Reuters", "Alamy", "PA Images", "AP Photo", "Panos Pictures")


def _en(r: random.Random) -> EnglishProse:
    """The English grammar (its `org()` too) on the generator `r`."""
    return EnglishProse(r)


def _sid(o: Story, key: str, lo: int, hi: int) -> int:
    """A number for a story, the same on every page (its URL's id)."""
    return random.Random(f"brae-{key}-{o.title}").randint(lo, hi)


def _ampm(d: datetime) -> str:
    """ "2:30 p.m."."""
    return f"{d.hour % 12 or 12}:{d:%M} {'a.m.' if d.hour < 12 else 'p.m.'}"


def _uk_date(d: datetime) -> str:
    """ "Sat 7 Mar 2026 14.30 GMT"."""
    return f"{_SHORT_DAYS[d.weekday()]} {d.day} {_SHORT_MONTHS[d.month - 1]} {d.year} {d:%H.%M} {d.tzname()}"


def _menu(items: tuple[str, ...], cls: str) -> str:
    return f'<nav class="{cls}"><ul>' + "\n".join(
        f'<li><a href="/{_slug(x)}/">{esc(x)}</a></li>' for x in items
    ) + "</ul></nav>"


def _hashed(r: random.Random) -> str:
    """A generated class name ("_3kq9x2", "sc-a81f0c")."""
    if r.random() < 0.5:
        return "_" + "".join(r.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(6))
    return "sc-" + "".join(r.choice("0123456789abcdef") for _ in range(6))


def _fit(lines: list[list[str]], grow: list[int], prose: Prose, fixed: int = 0, high: int = 900) -> None:
    """Keep the long lines' words (their sentences joined, plus `fixed` words of lines kept apart)
    within 250-`high`: drop the last sentence of the line with the most sentences while over, add a
    sentence to a line of `grow` in turn while under."""
    def total() -> int:
        return fixed + sum(_words(" ".join(x)) for x in lines if _words(" ".join(x)) > 6)

    while total() > high:
        k = max(range(len(lines)), key=lambda i: len(lines[i]))
        lines[k].pop()
    turn = 0
    while total() < 250:
        lines[grow[turn % len(grow)]].append(prose.sentence())
        turn += 1


# --- chaptered-longread --------------------------------------------------------------------------

LR_HEADS = (
    "The night the river rose",
    "What the ledger showed",
    "A town holds its breath",
    "Before the cranes came",
    "The letter",
    "Counting the cost",
    "Voices from the quay",
    "The long winter",
    "An inquiry begins",
    "What was lost",
    "Into the archive",
    "The men from the ministry",
    "Afterwards",
    "Home again",
    "A promise broken",
    "The last shift",
    "Reckoning",
    "Where it began",
    "The meeting at the chapel",
    "Small mercies",
    "Paper trails",
    "The view from the hill",
)
LR_MENU = ("News", "Opinion", "Long reads", "Culture", "Books", "Podcasts", "Photography", "Archive")
LR_FOOTER = ("About us", "Contact", "Pitch us a story", "Terms of service", "Privacy notice", "Complaints")
LR_CAPTIONS = (
    "The {noun} at {place}, photographed in the weeks after the vote.",
    "Residents gather outside the old {noun} in {place} on a winter evening.",
    "A view across {place} from the hill above the {noun}.",
    "Workers leave the {noun} at the end of the night shift in {place}.",
    "The empty {noun} on the edge of {place}, closed since the spring.",
    "{person} at home in {place}, with papers from the {noun} inquiry.",
    "Boxes of documents from the {noun} archive, now held in {place}.",
    "The road into {place}, where the {noun} once stood.",
)
LR_APPEAL = (
    "Our long reads are funded by readers. Support {name} from £3 a month and help us keep every "
    "story free to read."
)
LR_STYLES = ("section", "sect1", "part")


def _lr_body(c: Ctx) -> list[tuple[str, list[list[str]]]]:
    """The chapters: (heading, paragraphs as lists of sentences); the first short, one later long."""
    r = _page_rng(c, "lr-body")
    prose = prose_for("en", r)
    n = r.randint(4, 6)
    main = r.randrange(1, n)
    counts = [1] + [r.randint(3, 5) if k == main else r.randint(1, 2) for k in range(1, n)]
    while sum(counts) > 14:
        k = max(range(1, n), key=lambda i: counts[i] if i != main else 0)
        counts[k] -= 1
    heads = r.sample(LR_HEADS, n)
    chapters: list[tuple[str, list[list[str]]]] = []
    for k in range(n):
        paras = []
        for _ in range(counts[k]):
            lo, hi = (2, 3) if k == 0 else (3, 5) if k == main else (2, 4)
            paras.append([prose.sentence() for _ in range(r.randint(lo, hi))])
        chapters.append((heads[k], paras))
    flat = [p for _, ps in chapters for p in ps]
    grow = [i for i in range(1, len(flat))]
    _fit(flat, grow, prose)
    return chapters


def render_chaptered_longread(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("lr")
    style = site.choice(LR_STYLES)
    wrap = f"wrap-{site.randint(2, 9)}"
    dated = site.random() < 0.5
    uk = pub.tz == "Europe/London"
    toc = site.random() < 0.5
    numbered = style != "sect1" and site.random() < 0.6

    def path(o: Story) -> str:
        slug = _slug(o.title)[:60].strip("-")
        if dated:
            return f"/longread/{o.published:%Y/%m}/{slug}"
        return f"/features/{slug}-{_sid(o, 'lr', 100000, 999999)}"

    c.repath(path)
    chapters = _lr_body(c)
    blocks: list[tuple[str, str]] = []
    for head, paras in chapters:
        blocks.append(("h2", head))
        blocks += [("p", " ".join(x)) for x in paras]
    _set_body(s, blocks)
    pr = _page_rng(c, "lr-page")
    prose = prose_for("en", pr)
    dek = _other_sentences(c, prose_for("en", _page_rng(c, "lr-dek")), 1)
    c.snip(" ".join(LR_MENU[:5]))
    byline = c.snip(f"By {s.author.name}")
    shown = c.snip(_uk_date(d) if uk else f"{_en_date(d)}, {_ampm(d)} {d.tzname()}")
    words = sum(_words(t) for _, t in blocks)
    reading = c.snip(f"Reading time: {max(8, words // 60)} minutes")
    share = _share_bar(c, "share-tools")
    # the pull quotes: sentences of the text, without quotation marks
    sents = [x for _, ps in chapters[1:] for p in ps for x in p if 8 <= _words(x) <= 40 and "\u201c" not in x]
    gaps = len(chapters) - 1
    inserts: dict[int, str] = {}
    for g in range(gaps):
        if g % 2 == 0:
            fill = {"noun": pr.choice(EN_NOUNS), "place": prose.place(), "person": prose.person()}
            caption = c.snip(_cap(pr.choice(LR_CAPTIONS).format(**fill)))
            credit = (
                f"Photograph: {prose.person()} / {pr.choice(AGENCIES)}"
                if pr.random() < 0.5
                else f"Photograph: {prose.person()} for {pub.name}"
            )
            c.snip(credit)
            inserts[g] = (
                f'<figure class="bleed"><img src="/img/{_hex(pr, 16)}.jpg" alt="" width="2400" height="1350">'
                f'<figcaption><span class="cap">{esc(caption)}</span> '
                f'<span class="credit">{esc(credit)}</span></figcaption></figure>'
            )
        elif sents:
            q = pr.choice(sents)
            sents.remove(q)
            c.repeated.append(q)
            inserts[g] = f'<blockquote class="pq"><p>{esc(q)}</p></blockquote>'
    appeal = c.snip(LR_APPEAL.format(name=pub.name))
    bio = c.bio()
    more = c.pick_others(4)
    c.snip("More long reads from " + pub.name)
    for o in more:
        c.snip(o.title)
    newsletter = c.text("newsletter")
    c.snip(" ".join(LR_FOOTER[:4]))
    foot = c.copyright()

    def ident(k: int, head: str) -> str:
        if style == "sect1":
            return _slug(head).upper()
        if style == "part":
            return f"part-{_ROMAN[k].lower()}"
        return f"chapter-{k + 1}"

    out: list[str] = []
    for k, (head, paras) in enumerate(chapters):
        ps = "\n".join(f"<p>{c.inline(' '.join(x))}</p>" for x in paras)
        num = f'<p class="chapter-num">Chapter {_ROMAN[k]}</p>\n' if numbered else ""
        if style == "section":
            out.append(
                f'<section class="chapter" id="{ident(k, head)}">\n{num}'
                f"<h2>{esc(head)}</h2>\n{ps}\n</section>"
            )
        elif style == "sect1":
            out.append(
                f'<div class="sect1" id="{ident(k, head)}"><div class="titlepage"><div><div>'
                f'<h2 class="title" style="clear: both">{esc(head)}</h2></div></div></div>\n{ps}\n</div>'
            )
        else:
            out.append(
                f'<div class="lr-part" data-part="{k + 1}" id="{ident(k, head)}">\n{num}'
                f'<h2 class="lr-h">{esc(head)}</h2>\n{ps}\n</div>'
            )
        if k in inserts:
            out.append(inserts[k])
    contents = (
        '<nav class="toc"><p>In this story</p><ol>'
        + "".join(f'<li><a href="#{ident(k, h)}">{esc(h)}</a></li>' for k, (h, _) in enumerate(chapters))
        + "</ol></nav>"
        if toc
        else ""
    )
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title,
          "datePublished": c.iso(), "author": {"@type": "Person", "name": s.author.name},
          "publisher": {"@type": "Organization", "name": pub.name}, "articleSection": "Long reads"}
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"The long read: {s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{"en-GB" if uk else "en-US"}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta name="description" content="{esc(dek)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(ld),
        "</head>",
        '<body class="longform">',
        f'<header class="masthead"><a class="logo" href="/">{esc(pub.name)}</a>',
        _menu(LR_MENU, "site-menu"),
        "</header>",
        f'<div class="{wrap}">',
        '<div class="hero"><p class="kicker">The long read</p>',
        f"<h1>{esc(s.title)}</h1>",
        f'<p class="standfirst">{esc(dek)}</p>',
        f'<div class="meta"><span class="by">{esc(byline)}</span> <span class="when">{esc(shown)}</span> '
        f'<span class="rt">{esc(reading)}</span></div>',
        share,
        "</div>",
        contents,
        *out,
        f'<div class="support"><p>{esc(appeal)}</p><a href="/support">Support us</a></div>',
        f'<div class="contributor"><p>{esc(bio)}</p></div>',
        "</div>",
        f'<section class="more-longreads"><h2>More long reads from {esc(pub.name)}</h2><ul>'
        + "\n".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in more)
        + "</ul></section>",
        f'<div class="nl-box"><p>{esc(newsletter)}</p><input type="email"><button>Sign up</button></div>',
        f'<footer class="site-foot"><ul>{_footer_links(LR_FOOTER)}</ul><p>{esc(foot)}</p></footer>',
    ]
    return _end_page(c, lines, "consent", "Accept all")


# --- interview-qa --------------------------------------------------------------------------------

IV_ROLES = (
    ("a ferry captain", "has worked the {place} crossing for {n} years"),
    ("a novelist", "has written {k} novels, the latest set in {place}"),
    ("a lighthouse keeper", "kept the light at {place} until it was automated"),
    ("a marine biologist", "has studied the salmon of the {place} estuary for {n} years"),
    ("a choir director", "has led the {place} community choir since it was founded"),
    ("a retired judge", "sat on the bench in {place} for {n} years"),
    ("an architect", "designed the new library in {place}"),
    ("a baker", "has run the same bakery in {place} for {n} years"),
    ("a football coach", "took a village side from {place} to the county final"),
    ("a historian", "has spent {n} years on a history of the {place} docks"),
    ("a theatre director", "reopened the old playhouse in {place}"),
    ("a sheep farmer", "farms {k} hundred acres above {place}"),
)
IV_TOPICS = ("the sea", "small towns", "grief", "work", "failure", "money", "the weather", "teaching",
             "craft", "ambition", "home", "luck", "music", "memory", "patience", "the future")
IV_TITLES = (
    "{name} on {topic}, {topic2} and starting again",
    "{name}: \u2018Nobody tells you how long it takes\u2019",
    "\u2018I never planned any of it\u2019: {name} on {topic}",
    "{name} on {topic} and why {place} still matters",
    "The interview: {name}, {role_short}",
    "{name}: \u2018{topic_cap} taught me everything I know\u2019",
)
IV_QUESTIONS = (
    "What first drew you to {topic}?",
    "You grew up in {place}. How did that shape you?",
    "What do people most often get wrong about {topic}?",
    "Was there a moment when you thought about giving up?",
    "How has {place} changed since you started?",
    "What does an ordinary day look like for you now?",
    "Who taught you the most?",
    "What are you working on next?",
    "If you could change one thing about {topic}, what would it be?",
    "What would you tell someone starting out today?",
    "How do you switch off?",
    "The {org} has been criticised over the {noun}. Is that fair?",
    "Do you ever miss the early days?",
    "Where does the money come from?",
)
IV_OPENERS = (
    "Honestly, it was an accident.",
    "I was {n} when I first set foot in {place}.",
    "It's a fair question, and I've thought about it a lot.",
    "My father worked at the {noun} for {n} years, so it was always around me.",
    "People assume it was planned, but it really wasn't.",
    "I'd say it was the {noun} more than anything else.",
    "There was never one moment; it crept up on me.",
    "We made plenty of mistakes in the early years.",
    "I still remember the first {noun} I ever saw in {place}.",
    "You learn very quickly that nobody cares about your plans.",
    "The short answer is money, and the long answer is {place}.",
    "I don't think it's fair, no, but I understand why people say it.",
    "Mostly I walk, and I try not to look at my phone.",
    "It changes every week, which is what I love about it.",
    "I'm not sure anyone ever gets used to that.",
    "Everyone told me to leave {place}, and I never did.",
)
IV_BIOS = (
    "{name} is {role_short} based in {place}. {surname} {detail}, and is a trustee of the {org}.",
    "{name} was born in {place} in {year}. {surname} {detail}.",
    "{name} is {role_short} and a regular speaker at the {org}. {surname} {detail}.",
)
IV_MENU = ("Features", "Interviews", "Essays", "Reviews", "Photography", "Podcast", "Events", "Shop")
IV_FOOTER = ("About the magazine", "Advertise", "Subscriptions", "Privacy policy", "Terms", "Contact")
IV_SUBSCRIBE = "Never miss a conversation: get {name} interviews in your inbox every Sunday."


def _iv_plan(pub: Publisher, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = random.Random(f"{pub.host}-iv-{k}-{attempt}")
    prose = prose_for("en", r)
    name = prose.person()
    role_short, detail = r.choice(IV_ROLES)
    fill = {"place": prose.place(), "n": r.randint(8, 40), "k": r.randint(3, 9)}
    topic, topic2 = r.sample(IV_TOPICS, 2)
    title = r.choice(IV_TITLES).format(name=name, topic=topic, topic2=topic2, place=fill["place"],
                                       role_short=role_short, topic_cap=_cap(topic))
    plan = {"name": name, "role_short": role_short, "detail": detail.format(**fill), "place": fill["place"],
            "topic": topic, "topic2": topic2, "seed": r.getrandbits(32)}
    return title, plan


def _iv_plans(c: Ctx) -> dict[int, dict[str, Any]]:
    """Every story's headline (set) and plan, by the story's id, the same on every page."""
    used: set[str] = set()
    plans: dict[int, dict[str, Any]] = {}
    for k, story in enumerate(c.others):
        attempt = 0
        title, plan = _iv_plan(c.pub, k, attempt)
        while title in used:
            attempt += 1
            title, plan = _iv_plan(c.pub, k, attempt)
        used.add(title)
        story.title = title
        plans[id(story)] = plan
    return plans


def render_interview_qa(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("iv")
    plans = _iv_plans(c)
    plan = plans[id(s)]
    dated = site.random() < 0.5
    edited = site.random() < 0.6

    def path(o: Story) -> str:
        slug = _slug(o.title)[:60].strip("-")
        if dated:
            return f"/culture/the-interview/{o.published:%Y/%m/%d}/{slug}"
        return f"/interviews/{slug}/"

    c.repath(path)
    r = random.Random(plan["seed"])
    prose = _en(r)
    name, surname = plan["name"], plan["name"].split()[-1]
    interviewer = s.author.name
    style = r.choice(("q", "h3", "names"))
    answer_a = style == "q" and site.random() < 0.5

    def fill() -> dict[str, object]:
        return {"topic": plan["topic"], "place": plan["place"], "org": prose.org(),
                "noun": r.choice(EN_NOUNS), "n": r.randint(6, 30)}

    intro = [[f"{name} {plan['detail']}."] + [prose.sentence() for _ in range(r.randint(1, 2))]]
    if r.random() < 0.5:
        intro.append([prose.sentence() for _ in range(r.randint(2, 3))])
    pairs = r.randint(4, 6)
    while len(intro) + edited + 2 * pairs > 14:
        pairs -= 1
    questions = [_cap(q.format(**fill())) for q in r.sample(IV_QUESTIONS, pairs)]
    openers = r.sample(IV_OPENERS, pairs)
    answers = [[o.format(**fill())] + [prose.sentence() for _ in range(r.randint(1, 4))] for o in openers]
    note = "This interview has been edited for length and clarity."
    if style == "q":
        qtext = [f"Q: {q}" for q in questions]
    elif style == "names":
        qtext = [f"{interviewer}: {q}" for q in questions]
    else:
        qtext = list(questions)
    qwords = sum(_words(q) for q in qtext if _words(q) > 6) + (_words(note) if edited else 0)
    lines_ = intro + answers
    _fit(lines_, list(range(len(intro), len(lines_))), prose, fixed=qwords, high=880)
    if style == "q":
        atext = [("A: " if answer_a else "") + " ".join(a) for a in answers]
    elif style == "names":
        atext = [f"{surname}: " + " ".join(a) for a in answers]
    else:
        atext = [" ".join(a) for a in answers]
    blocks: list[tuple[str, str]] = [("p", " ".join(x)) for x in intro]
    if edited:
        blocks.append(("p", note))
    for q, a in zip(qtext, atext, strict=True):
        blocks += [("h3" if style == "h3" else "p", q), ("p", a)]
    _set_body(s, blocks)
    body = s.body()

    html: list[str] = [f"<p>{c.inline(' '.join(x))}</p>" for x in intro]
    if edited:
        html.append(f'<p class="ed-note"><em>{note}</em></p>')
    for q, a in zip(qtext, atext, strict=True):
        if style == "h3":
            html.append(f'<h3 class="qa-q">{esc(q)}</h3>')
        elif style == "names":
            who, _, rest = q.partition(": ")
            html.append(f"<p><strong>{esc(who)}:</strong> <strong>{esc(rest)}</strong></p>")
        else:
            html.append(f"<p><strong>{esc(q)}</strong></p>")
        if style == "names":
            html.append(f"<p><strong>{esc(surname)}:</strong> {esc(a.removeprefix(surname + ': '))}</p>")
        elif answer_a:
            html.append(f"<p><b>A:</b> {esc(a.removeprefix('A: '))}</p>")
        else:
            html.append(f"<p>{c.inline(a)}</p>")

    pr = _page_rng(c, "iv-page")
    dek = _other_sentences(c, prose_for("en", _page_rng(c, "iv-dek")), 1)
    c.snip(" ".join(IV_MENU[:5]))
    caption = c.snip(f"{name} photographed in {plan['place']} for {pub.name}")
    credit = c.snip(f"Portrait by {prose_for('en', pr).person()}")
    byline = c.snip(f"Interview by {interviewer}")
    shown = c.snip(f"Published {_en_date(d)}")
    share = _share_bar(c, "share-row")
    bio = IV_BIOS[plan["seed"] % len(IV_BIOS)].format(
        name=name, role_short=plan["role_short"], place=plan["place"], surname=surname,
        detail=plan["detail"], org=_en(random.Random(plan["seed"] + 1)).org(),
        year=1950 + plan["seed"] % 45,
    )
    if bio in body:
        bio = f"{name} is {plan['role_short']}. Follow {surname}'s work online."
    c.snip(bio)
    more = c.pick_others(pr.randint(3, 4))
    cards: list[str] = []
    for o in more:
        op = plans[id(o)]
        summary = c.snip(f"The {op['role_short'].split(' ', 1)[1]} on {op['topic']}, {op['topic2']} and what "
                         "comes next.")
        c.snip(o.title)
        cards.append(
            f'<div class="iv-card"><a href="{esc(o.path)}"><img src="/img/{_hex(pr, 12)}.jpg" alt=""></a>'
            f'<h3><a href="{esc(o.path)}">{esc(o.title)}</a></h3><p>{esc(summary)}</p></div>'
        )
    subscribe = c.snip(IV_SUBSCRIBE.format(name=pub.name))
    c.snip(" ".join(IV_FOOTER[:4]))
    foot = c.copyright()
    container = site.choice(("qa-body", "story-text", "mag-copy"))
    title = f"{s.title} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:author" content="{esc(interviewer)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        "<body>",
        f'<header class="mag-header"><a href="/">{esc(pub.name)}</a>',
        _menu(IV_MENU, "mag-nav"),
        "</header>",
        '<main class="mag-main">',
        '<p class="kicker">The Interview</p>',
        f"<h1>{esc(s.title)}</h1>",
        f'<p class="dek">{esc(dek)}</p>',
        f'<figure class="portrait"><img src="/img/{_hex(pr, 16)}.jpg" alt="">'
        f"<figcaption>{esc(caption)} <cite>{esc(credit)}</cite></figcaption></figure>",
        f'<div class="byline-row"><span>{esc(byline)}</span> '
        f'<time datetime="{c.iso()}">{esc(shown)}</time></div>',
        share,
        f'<div class="{container}">',
        *html,
        "</div>",
        f'<aside class="about-box"><h4>About the interviewee</h4><p>{esc(bio)}</p></aside>',
        f'<div class="subscribe-strip"><p>{esc(subscribe)}</p><a href="/subscribe">Subscribe</a></div>',
        '<section class="more-iv"><h2>More interviews</h2>',
        *cards,
        "</section>",
        "</main>",
        f'<footer class="mag-footer"><ul>{_footer_links(IV_FOOTER)}</ul><p>{esc(foot)}</p></footer>',
    ]
    return _end_page(c, lines, "cookie-notice", "Accept")


# --- corrections-appended ------------------------------------------------------------------------

CA_MENU = ("News", "Local", "Politics", "Crime", "Business", "Sports", "Opinion", "Obituaries", "e-Edition")
CA_FOOTER = ("Contact Us", "Corrections policy", "Ethics policy", "Terms of Use", "Privacy Policy",
             "Careers")
CA_BEATS = ("city hall", "county government", "public safety", "schools", "transportation", "housing",
            "the courts", "state politics", "health care", "the environment")
CA_PAPERS = ("Riverside Courier", "Tri-County Herald", "Valley Press", "Bay City Sun", "Lakeshore Journal",
             "Capitol Bureau")
CA_NOTES = (
    "Editor's note: This story has been updated with comment from the {org}.",
    "Editor's note: This article describes a court case that some readers may find distressing.",
    "Editor's note: This story is part of a series examining how the {noun} budget is spent in {place}.",
    "Editor's note: This story was first published on {date} and has been updated with the results of "
    "the vote.",
    "Editor's note: {person} is a former member of the {org} board, on which the reporter's spouse also "
    "served.",
)
CA_CORRECTIONS = (
    "Correction: An earlier version of this story misstated the cost of the {noun} project. It is "
    "${a} million, not ${b} million.",
    "Correction: An earlier version of this story misspelled the name of {person}, {role} of the {org}.",
    "Correction: A previous version of this article gave the wrong date for the next {org} meeting. It "
    "is on {day}.",
    "Clarification: This story has been updated to clarify that the {org} has not yet voted on the "
    "{noun} proposal.",
    "Clarification: An earlier version of this story did not make clear that {person} spoke in a "
    "personal capacity.",
)


def _ca_bio(c: Ctx) -> str:
    """The author's prose bio, the same on every page of the site."""
    a = c.story.author
    r = c.stable(f"ca-bio-{a.name}")
    surname = a.name.split()[-1]
    name = c.pub.name
    form = r.randrange(3)
    if form == 0:
        return (f"{a.name} covers {r.choice(CA_BEATS)} for {name}. {surname} joined {name} in "
                f"{r.randint(2012, 2024)} after {r.randint(2, 9)} years at the {r.choice(CA_PAPERS)}.")
    if form == 1:
        return (f"{a.name} is a reporter at {name} covering {r.choice(CA_BEATS)}. A graduate of "
                f"{prose_for('en', r).place()} State University, {surname} joined the newsroom in "
                f"{r.randint(2012, 2024)}.")
    return (f"{a.name} has reported on {r.choice(CA_BEATS)} for {name} since {r.randint(2008, 2023)}. "
            f"Before that, {surname} worked at the {r.choice(CA_PAPERS)}.")


def render_corrections_appended(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ca")
    gannett = site.random() < 0.5
    contact_inside = site.random() < 0.5
    dated_corr = site.random() < 0.5
    container = site.choice(("story-body", "rich-text", "body-copy"))

    def path(o: Story) -> str:
        slug = _slug(o.title)[:60].strip("-")
        if gannett:
            return f"/story/news/local/{o.published:%Y/%m/%d}/{slug}/{_sid(o, 'ca', 10**8, 10**9 - 1)}/"
        return f"/news/{_slug(o.section)}/{o.published:%Y/%m/%d}/{slug}/"

    c.repath(path)
    pr = _page_rng(c, "ca-page")
    prose = _en(pr)
    kind = pr.random()
    note = ""
    updated: datetime | None = None
    if kind < 0.75:
        # room for the note: within 13 long lines
        while _long_lines(s) > 13:
            ps = _paras(s)
            s.sentences[ps[-2]] += s.sentences[ps[-1]]
            s.blocks[ps[-2]] = ("p", " ".join(s.sentences[ps[-2]]))
            del s.blocks[ps[-1]], s.sentences[ps[-1]]
        later = d + timedelta(days=pr.randint(1, 3), hours=pr.randint(1, 6))
        fill = {"org": prose.org(), "noun": pr.choice(EN_NOUNS), "place": prose.place(),
                "date": _en_date(d), "person": prose.person(), "role": pr.choice(EN_ROLES),
                "a": pr.randint(2, 9), "b": pr.randint(11, 60), "day": f"{pr.choice(EN_DAYS)}"}
        if kind < 0.35:
            note = pr.choice(CA_NOTES).format(**fill)
            s.blocks.insert(0, ("p", note))
            s.sentences.insert(0, [note])
            if "updated" in note:
                updated = later
        else:
            note = pr.choice(CA_CORRECTIONS).format(**fill)
            if dated_corr:
                word, _, rest = note.partition(": ")
                note = f"{word}, {_en_date(later)}: {rest}"
            s.blocks.append(("p", note))
            s.sentences.append([note])
            updated = later
        _trim(s, 900, keep=1)
    c.snip(" ".join(CA_MENU[:5]))
    byline = c.byline()
    shown = c.snip(f"Published {_en_date(d)} at {_ampm(d)} {d.tzname()}")
    upd = c.snip(f"Updated {_en_date(updated)} at {_ampm(updated)} {updated.tzname()}") if updated else ""
    share = _share_bar(c, "share-bar")
    first, last = s.author.name.lower().split()[0], s.author.name.lower().split()[-1]
    email = f"{_slug(first)}.{_slug(last)}@{pub.host}"
    phone = f"555-0{c.stable('ph-' + s.author.name).randint(100, 199)}"
    contact = c.snip(f"Contact the reporter at {email} or {phone}.")
    bio = c.snip(_ca_bio(c))
    tips = c.snip(f"Have a news tip? Email tips@{pub.host} or call 555-0{site.randint(100, 199)}. "
                  "We read every message.")
    ncom = pr.randint(3, 180)
    teaser = c.snip(f"Join the conversation: {ncom} comments")
    more = c.pick_others(pr.randint(4, 5))
    c.snip(f"More local news from {pub.name}")
    for o in more:
        c.snip(o.title)
    c.snip(" ".join(CA_FOOTER[:4]))
    foot = c.copyright()

    text: list[str] = []
    for tag, t in s.blocks:
        if tag != "p":
            text.append(f"<{tag}>{esc(t)}</{tag}>")
        elif t == note and t.startswith("Editor"):
            word, _, rest = t.partition(": ")
            text.append(f'<p class="editors-note"><em>{esc(word)}: {esc(rest)}</em></p>')
        elif t == note:
            word, _, rest = t.partition(": ")
            text.append(f'<p class="correction"><strong>{esc(word)}:</strong> {esc(rest)}</p>')
        else:
            text.append(f"<p>{c.inline(t)}</p>")
    if contact_inside:
        text.append(f"<p><em>{esc(contact)}</em></p>")
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta name="author" content="{esc(s.author.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        "<body>",
        f'<header class="gnt-header"><a href="/">{esc(pub.name)}</a>',
        _menu(CA_MENU, "gnt-nav"),
        "</header>",
        '<main class="page-main"><div class="story">',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="byline"><span>{esc(byline)}</span>',
        f'<time datetime="{c.iso()}">{esc(shown)}</time>',
        f'<span class="updated">{esc(upd)}</span>' if upd else "",
        "</div>",
        share,
        f'<div class="{container}">',
        *text,
        "</div>",
        "" if contact_inside else f'<p class="contact-line">{esc(contact)}</p>',
        f'<div class="author-bio"><p>{esc(bio)}</p></div>',
        f'<div class="tip-box"><p>{esc(tips)}</p></div>',
        f'<a class="comments-teaser" href="#comments">{esc(teaser)}</a>',
        "</div>",
        f'<aside class="more-local"><h2>More local news from {esc(pub.name)}</h2><ul>'
        + "\n".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in more)
        + "</ul></aside>",
        "</main>",
        f'<footer class="gnt-footer"><ul>{_footer_links(CA_FOOTER)}</ul><p>{esc(foot)}</p></footer>',
    ]
    return _end_page(c, lines, "privacy-banner", "Accept")


# --- inline-modules-daily ------------------------------------------------------------------------

IM_MENU = ("UK", "World", "Politics", "Business", "Climate", "Science", "Sport", "Culture", "Lifestyle")
IM_FOOTER = ("About us", "Contact us", "Complaints and corrections", "Terms and conditions",
             "Privacy policy", "Cookie policy", "Work for us")
IM_NEWSLETTERS = (
    "First Edition: the day's biggest stories, explained, in your inbox by 7am every weekday.",
    "The Politics Briefing: what happened in Westminster today and why it matters, every evening.",
    "Down to Earth: the planet's most important stories, with the good news too, every Thursday.",
    "The Long Weekend: our best reads, recommendations and puzzles, every Saturday morning.",
    "Money Matters: the week's business and personal finance news in one short email.",
)
IM_TERMS = ("By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy.",
            "By signing up, you agree to receive emails from us. You can unsubscribe at any time.")


def render_inline_modules_daily(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("im")
    guardian = site.random() < 0.5
    ad_label = site.choice(("Advertisement", "ADVERTISEMENT", "Story continues below advertisement"))
    h = {role: _hashed(site) for role in ("body", "audio", "nl", "nlp", "nlt", "ad", "rec", "reclab",
                                           "recsum", "gift", "rail", "wrap")}
    offered = site.sample(IM_NEWSLETTERS, 3)
    terms = site.choice(IM_TERMS)

    def path(o: Story) -> str:
        slug = _slug(o.title)[:60].strip("-")
        if guardian:
            return f"/{_slug(o.section)}/{o.published:%Y}/{_SHORT_MONTHS[o.published.month - 1].lower()}/" \
                   f"{o.published:%d}/{slug}"
        return f"/news/{_slug(o.section)}/{slug}-b{_sid(o, 'im', 10**6, 10**7 - 1)}.html"

    c.repath(path)
    pr = _page_rng(c, "im-page")
    pitches = pr.sample(offered, 2)
    dek = _other_sentences(c, prose_for("en", _page_rng(c, "im-dek")), 1)
    c.snip(" ".join(IM_MENU[:5]))
    c.snip(f"{s.author.name} {s.author.desk}")
    shown = c.snip(_uk_date(d))
    words = _paragraph_words(s)
    audio = c.snip(f"Listen to this article \u00b7 {max(2, round(words / 150))} min")
    c.snip("Gift this article Save Share")
    most = c.pick_others(5)
    recs = c.pick_others(2)
    modules: list[tuple[int, str]] = []
    paras = _paras(s)
    n = len(paras)
    for k, pitch in enumerate(pitches[: 1 + (n >= 8)]):
        c.snip(pitch)
        c.snip(terms)
        modules.append((1 if k == 0 else n - 3, (
            f'<div class="{h["nl"]}"><p class="{h["nlp"]}">{esc(pitch)}</p>'
            '<form action="/newsletters/signup" method="post">'
            '<input type="email" placeholder="Email address">'
            f'<button type="submit">Sign up</button></form><p class="{h["nlt"]}">{esc(terms)}</p></div>'
        )))
    c.snip(ad_label)
    for at in sorted({2, n // 2 + 1}):
        modules.append((at, f'<div class="{h["ad"]}" aria-hidden="true"><span>{esc(ad_label)}</span>'
                            f'<div id="ad-slot-{at}" style="min-height:250px"></div></div>'))
    for k, o in enumerate(recs[: 1 + (n >= 6)]):
        summary = c.snip(_excerpt(o, 14) + "\u2026")
        c.snip(o.title)
        modules.append((3 if k == 0 else n - 2, (
            f'<div class="{h["rec"]}"><span class="{h["reclab"]}">Recommended</span>'
            f'<a href="{esc(o.path)}"><img src="/img/{_hex(pr, 12)}.jpg" alt="" width="160" height="90"></a>'
            f'<div><a href="{esc(o.path)}">{esc(o.title)}</a>'
            f'<p class="{h["recsum"]}">{esc(summary)}</p></div></div>'
        )))
    body = c.body_html(heading=lambda tag, t: f"<{tag}>{t}</{tag}>")
    body = _insert_after(body, "<p>", modules)
    gift_row = (f'<div class="{h["gift"]}"><button>Gift this article</button>\n<button>Save</button>\n'
                "<button>Share</button></div>")
    for o in most:
        c.snip(o.title)
    c.snip(" ".join(IM_FOOTER[:4]))
    foot = c.copyright()
    modified = d + timedelta(hours=pr.randint(1, 30))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title,
          "datePublished": c.iso(), "dateModified": modified.isoformat(timespec="seconds"),
          "author": [{"@type": "Person", "name": s.author.name}],
          "publisher": {"@type": "Organization", "name": pub.name}, "isAccessibleForFree": True}
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{"en-AU" if pub.tz.startswith("Australia") else "en-GB"}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(ld),
        "</head>",
        "<body>",
        f'<div id="root"><div class="{h["wrap"]}">',
        f'<header><a href="/" aria-label="{esc(pub.name)}">{esc(pub.name)}</a>',
        _menu(IM_MENU, h["wrap"]),
        "</header>",
        f'<div class="{h["wrap"]}"><main>',
        f"<h1>{esc(s.title)}</h1>",
        f"<div><p>{esc(dek)}</p></div>",
        f'<div><a href="/profile/{_slug(s.author.name)}">{esc(s.author.name)}</a> '
        f'<span>{esc(s.author.desk)}</span>'
        f'</div><div><time datetime="{c.iso()}">{esc(shown)}</time></div>',
        gift_row,
        f'<div class="{h["body"]}">',
        f'<div class="{h["audio"]}"><button aria-label="Play"></button>\n<span>Listen to this article</span>'
        f" \u00b7 <span>{esc(audio.rsplit(' ', 2)[1])} min</span></div>",
        *body,
        gift_row if site.random() < 0.5 else "",
        "</div>",
        "</main>",
        f'<aside class="{h["rail"]}"><h2>Most read</h2><ol>'
        + "\n".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in most)
        + "</ol></aside>",
        "</div>",
        f'<footer><ul>{_footer_links(IM_FOOTER)}</ul><p>{esc(foot)}</p></footer>',
        "</div></div>",
    ]
    return _end_page(c, lines, h["wrap"], "Yes, I'm happy")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "chaptered-longread": render_chaptered_longread,
    "interview-qa": render_interview_qa,
    "corrections-appended": render_corrections_appended,
    "inline-modules-daily": render_inline_modules_daily,
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
    _excerpt,
    _footer_links,
    _hex,
    _insert_after,
    _ldjson,
    _long_lines,
    _other_sentences,
    _page_rng,
    _paragraph_words,
    _paras,
    _set_body,
    _share_bar,
    _trim,
)
from pipeline.synth.prose import EN_DAYS, EN_NOUNS, EN_ROLES, EnglishProse, Prose, prose_for  # noqa: E402
from pipeline.synth.publishers import Ctx, Publisher, Story, _slug, _words, esc  # noqa: E402
