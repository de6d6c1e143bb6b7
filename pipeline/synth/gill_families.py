"""Four GILL template families for the synthetic publishers (see `pipeline.synth.publishers`).

"gill" is a thirty-ninth split, next to "train", "test" and the held-out splits before it:
families written by a session that read neither the extractor, nor the pipeline's stages, nor any
extraction result, so no extraction rule was written or tuned against them. They are held out
until they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS`, `FAMILY_ZONES` and `RENDERERS` from
this module into its registries and keeps `FAMILIES` from here apart, as `GILL_FAMILIES`: the gill
families are generated only by `generate_corpus("gill")`, so every other corpus is as it was. All
four are English-language sections of news sites (2024-26) in a format of unusual structure: an
FAQ explainer with collapsed answers, a numbered restaurant list, a TV station's weather story
and a page of readers' letters. Each gives every story of a publisher a headline of its kind
(`kit._retitle`: the same headlines whichever page renders first) and writes the page's body from
scratch out of its own sentence templates (no two pages of a site share a paragraph).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name); a list inside
the text is body, one line per item. The choices each family makes for the debatable parts:
  * faq-explainer-accordion: a local news site's explainer ("What to know about ..."): the intro
    paragraphs, every question (the <summary> of a closed <details>, or the <button
    aria-expanded="false"> of an accordion whose answer panel has the `hidden` attribute) and
    every answer paragraph are body, one line each, in page order; the standfirst under the
    headline (<p class="dek">) is neither; "Expand all Collapse all", "Was this helpful? Yes No",
    the sources box ("Sources: ..."), the "Updated ..." stamp and the "Published ..." line, the
    byline, "Have a question we didn't answer? ...", the share bar, "More explainers" and its
    headlines, the newsletter box, the navigation and the footer are boilerplate. JSON-LD has a
    NewsArticle and an FAQPage (the same questions and answers), in one @graph or two scripts;
  * listicle-slides: a newspaper food section's numbered list ("9 places to eat in Selby this
    spring"): the intro paragraphs, each item's <h2> with its number and name ("3. The Copper
    Fig") and its one or two paragraphs are body; each item's "Address: ... | Hours: ... |
    Price: $$" info line is neither (the listing's data, not prose); each photo's caption and
    credit, the slide controls ("Previous slide Next slide", "Slide 3 of 9") or the "View
    gallery: 9 photos" button, the reservation/delivery links, the affiliate note, "More lists
    from ..." and its headline cards, the byline, the newsletter box, the navigation and the
    footer are boilerplate;
  * weather-desk-forecast: a local TV station's weather story: the forecaster's prose and its
    subheadings by day ("Tonight", "Wednesday", "Weekend outlook") are body; the weather alert
    banner ("Weather Alert: Flood Watch until 6 PM Tuesday for Harlan County"), the radar promo,
    the 7-day forecast cards (one snippet a day: "Tue 58° 41° Showers 60%"), "Download the ...
    app", the forecaster's bio (the same on each of a forecaster's pages), the byline, the
    "Posted:"/"Published:" stamp, "More weather stories", closings, the share bar, the navigation
    and the footer with its FCC public file links are boilerplate;
  * letters-to-the-editor: an opinion page of 4-6 readers' letters: each letter's <h3>
    headline, its one to three paragraphs and its signature line ("Jane Roe, Millbrook") are body;
    the "Letters to the Editor" label, the guidelines box ("Letters should be under 250 words ..."
    and "Submit a letter to the editor"), the views disclaimer (the same on every page of a site),
    the byline, the "Published ..." line, the share bar, the "More from Opinion" cards, the
    newsletter box, the navigation and the footer are boilerplate; the page's dek is neither.

Families (language; date source):
  gill  faq-explainer-accordion  en; JSON-LD NewsArticle datePublished with offset (and FAQPage)
                                 and <time datetime> with offset showing "Published March 7,
                                 2026 at 2:30 p.m."; paths /news/local/<slug>/article_<uuid>.html
                                 (BLOX) or /explainers/<yyyy>/<mm>/<dd>/<slug>/; <title> "T | Site"
                                 or "Explainer: T - Site"
  gill  listicle-slides          en (en-US); <meta property="article:published_time"> with offset
                                 and <time datetime> showing "March 7, 2026"; paths
                                 /food/best-of/<slug>-<7 digits> or
                                 /things-to-do/restaurants/<yyyy>/<mm>/<dd>/<slug>/; <title>
                                 "T | Site" or "T | Site Food & Dining"; JSON-LD ItemList on some
                                 sites
  gill  weather-desk-forecast    en (en-US); <meta property="article:published_time"> with offset
                                 and the visible "Posted: Mar 7, 2026 / 05:12 AM EST", or JSON-LD
                                 NewsArticle with offset and "Published: Mar. 7, 2026 at 5:12 AM
                                 EST"; paths /weather/weather-blog/<slug>/ or
                                 /<yyyy>/<mm>/<dd>/<slug>/; <title> "T | Site" or "T - Site"
  gill  letters-to-the-editor    en; JSON-LD OpinionNewsArticle datePublished with offset and the
                                 visible "Published 6:01 a.m. EST March 7, 2026"; paths
                                 /story/opinion/letters/<yyyy>/<mm>/<dd>/<slug>/<11 digits>/ or
                                 /opinion/letters/<slug>-<yyyymmdd>; <title> "T | Site" or
                                 "T – Site Opinion"
"""

from __future__ import annotations

from pipeline.synth.prose import _cap, _w

FAMILIES: dict[str, str] = {
    "faq-explainer-accordion": "gill",
    "listicle-slides": "gill",
    "weather-desk-forecast": "gill",
    "letters-to-the-editor": "gill",
}
FAMILY_LANGUAGE: dict[str, str] = {}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "faq-explainer-accordion": ("The {p} Ledger", "{p} Now", "The {p} Times-Herald", "{p} Daily Sentinel"),
    "listicle-slides": ("The {p} Dispatch", "{p} Magazine", "The {p} Eagle", "{p} Living"),
    "weather-desk-forecast": ("{p} News 8", "NewsChannel 5 {p}", "{p} 12 News", "{p} First Alert 4"),
    "letters-to-the-editor": ("The {p} Journal", "{p} Record-Courier", "The {p} Press", "{p} Argus"),
}
_US = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
FAMILY_ZONES: dict[str, tuple[str, ...]] = {
    "listicle-slides": _US,
    "weather-desk-forecast": _US,
}

AP_SHORT = _w("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
STREETS = _w("Main Linden Maple Elm Water Market Church Chestnut Walnut Ridge Mill Grant Lincoln Spring")
STREET_KINDS = ("St.", "Ave.", "Road", "Blvd.", "Street")
FOOTER = ("About Us", "Contact Us", "Advertise", "Privacy Policy", "Terms of Use", "Accessibility")


def _clock(d: datetime) -> str:
    """ "2:30 p.m."."""
    return f"{d.hour % 12 or 12}:{d:%M} {'a.m.' if d.hour < 12 else 'p.m.'}"


def _fmt(template: str, **fill: object) -> str:
    """A template filled in, its first letter capitalised."""
    return _cap(template.format(**fill))


def _street(r: random.Random) -> str:
    return f"{r.choice(STREETS)} {r.choice(STREET_KINDS)}"


def _long_count(blocks: list[tuple[str, str]]) -> tuple[int, int]:
    """The body's lines of more than six words and their words."""
    long = [t for _, t in blocks if _words(t) > 6]
    return len(long), sum(_words(t) for t in long)


def _nav(items: tuple[str, ...], cls: str) -> str:
    return (
        f'<nav class="{cls}">' + "\n".join(f'<a href="/{_slug(x)}/">{esc(x)}</a>' for x in items) + "</nav>"
    )


def _foot(c: Ctx, cls: str) -> str:
    """The footer: its links (a snippet) and the copyright line."""
    c.snip(" ".join(FOOTER))
    return (
        f'<footer class="{cls}"><ul '
        f'class="footer-links">{_footer_links(tuple(esc(x) for x in FOOTER))}</ul>\n'
        f"<p>{esc(c.copyright())}</p></footer>"
    )


def _sentences(
    r: random.Random, pool: tuple[str, ...], n: int, fill: Callable[[], dict[str, object]], used: set[str]
) -> list[str]:
    """`n` sentences of templates drawn from `pool` (each template once on the page, `used`), each
    filled in with a fresh `fill()`."""
    free = [t for t in pool if t not in used]
    r.shuffle(free)
    out: list[str] = []
    for t in free[:n]:
        used.add(t)
        out.append(_fmt(t, **fill()))
    return out


# --- faq-explainer-accordion -----------------------------------------------------------------------

# (what the explainer is about, its short name, the agency, what the change depends on)
FQ_TOPICS = (
    (
        "the {county} County property reassessment",
        "the reassessment",
        "the county assessor's office",
        "your home's value",
    ),
    (
        "the new trash and recycling schedule in {place}",
        "the new schedule",
        "the public works department",
        "the size of your cart",
    ),
    (
        "the {place} school bond on the May ballot",
        "the bond",
        "the school district",
        "your home's assessed value",
    ),
    ("the {place} water rate increase", "the rate increase", "the water authority", "how much water you use"),
    (
        "the Route {route} widening project",
        "the widening project",
        "the state transportation department",
        "which exit you use",
    ),
    (
        "{place}'s new rental registration rules",
        "the registration rules",
        "the housing department",
        "how many units you own",
    ),
    ("the {place} bus network redesign", "the redesign", "the transit authority", "which routes you ride"),
    (
        "the {place} snow emergency parking rules",
        "the parking rules",
        "the streets department",
        "where you park overnight",
    ),
    (
        "the proposed downtown arena in {place}",
        "the arena proposal",
        "the city council",
        "how often you attend events",
    ),
    (
        "the {county} County stormwater fee",
        "the stormwater fee",
        "the environmental services office",
        "the paved area of your lot",
    ),
    (
        "the {place} short-term rental ordinance",
        "the ordinance",
        "the planning office",
        "how often you rent out your home",
    ),
    ("the {place} library levy renewal", "the levy", "the library board", "your property's value"),
)
FQ_TITLES = (
    "What to know about {thing}",
    "{thing}: Your questions answered",
    "What {thing} means for you",
    "Your questions about {thing}, answered",
    "{thing}: What residents need to know",
)
FQ_INTRO = (
    "{Thing} has drawn a steady stream of questions from readers since {agency} announced it in {prev}.",
    "We asked {agency} and people who follow the issue closely to explain what {short} means for "
    "the roughly {n} households in {place}.",
    "Below are answers to the questions readers sent us most often after our {prev} coverage, and we "
    "will update them as details change.",
    "Officials have held {k} public meetings on {short} so far, and turnout at the last one in {place2} "
    "filled the room.",
    "Supporters say {short} is overdue, while critics, including {critic}, say residents have not been "
    "told enough about what it will cost.",
)
# (kind, question templates, answer sentence templates)
FQ_QUESTIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "what",
        ("What exactly is changing?", "What exactly is {short} in {place}?"),
        (
            "In short, {short} changes the rules for about {n} households in {place}, and what each pays "
            "will "
            "depend on {aspect}.",
            "The change was approved on a {vote} vote in {prev} after {k} public meetings.",
            "Officials describe it as the biggest overhaul of its kind in {place} since {old}.",
            "The full plan runs to {pages} pages and is posted on the county website.",
            "{Person}, {role}, said the goal is to make the system simpler and fairer for everyone.",
        ),
    ),
    (
        "why",
        ("Why is this happening now?", "Why did {agency} decide to act in {place}?"),
        (
            "{Agency} says its costs have risen about {pct}% since {old}, and the old approach no longer "
            "covers "
            "them.",
            "A state audit in {recent} flagged problems with the current system in {county} County.",
            "Council members cited {n2} complaints from residents last year as a reason to move now.",
            "Neighboring {place2} made a similar change in {recent} and reported fewer complaints afterward.",
            "{Person}, {role}, said waiting another year would only have made the eventual change bigger.",
        ),
    ),
    (
        "who",
        ("Who is affected?", "Does this apply to renters?"),
        (
            "Roughly {n} households in {place} fall under {short}, according to {agency}.",
            "Renters in {place} are affected indirectly, because landlords can pass some costs on when "
            "leases renew.",
            "Businesses along {street} and in the {place2} industrial park are covered by separate rules.",
            "Residents of {place} over {age} and households that already receive utility assistance may "
            "qualify for an "
            "exemption.",
            "Properties outside the {place} limits, including most of {place2}, are not included.",
        ),
    ),
    (
        "when",
        ("When does {short} take effect in {place}?", "What are the key dates?"),
        (
            "The first changes take effect on {month} 1, with the rest phased in by {month2}.",
            "Residents should receive a letter from {agency} about {weeks} weeks before the changes reach "
            "them.",
            "A public hearing is scheduled for {month} {day} at {hour} p.m. in the {place} council chambers.",
            "Deadlines for exemptions and appeals fall {days} days after the notices are mailed.",
            "{Agency} expects the last phase to be finished by the end of {year2}.",
        ),
    ),
    (
        "cost",
        ("How much will it cost?", "Will my bill go up?"),
        (
            "For a typical household, {agency} estimates the change at about ${dollars} a year.",
            "That works out to roughly ${monthly} a month, though the figure varies with {aspect}.",
            "The overall program is budgeted at ${million} million over {years} years.",
            "About {pct}% of households will pay less than they do now, the county's estimate shows.",
            "Critics, among them {critic}, argue the real cost will be closer to ${dollars2} a year.",
        ),
    ),
    (
        "say",
        ("Can residents weigh in?", "What if I disagree?"),
        (
            "Yes, {agency} is taking written comments through {month} {day}, by email or in person.",
            "Anyone who disagrees with a decision can file an appeal within {days} days of receiving a "
            "notice.",
            "Appeals are heard by a {board}-member board that meets on the first {weekday} of each month.",
            "{Person}, who leads the {place} Residents Association, urged neighbors to attend the next "
            "hearing.",
            "About {n2} people have already submitted comments, according to {agency}.",
        ),
    ),
    (
        "help",
        ("Where can I get help?", "Is any financial assistance available?"),
        (
            "{Agency} has set up a help line at {phone}, staffed weekdays from 8 a.m. to 5 p.m.",
            "Volunteers will hold drop-in sessions at the {place} Public Library on {weekday} afternoons in "
            "{month}.",
            "A hardship program covers up to {pct2}% of the increase for households below the income limit.",
            "Forms are available in English and Spanish at {place} City Hall, and staff at {agency} can "
            "help by phone.",
            "Residents of {place2} can also get help at the senior center on {street}.",
        ),
    ),
    (
        "next",
        ("What happens next?", "Could the plan still change?"),
        (
            "{place} council members are expected to review the first results in {month2}.",
            "{Agency} will publish a progress report every {freq} months, officials said.",
            "{Person}, {role}, said further changes are possible if the first phase draws many complaints.",
            "A second vote on {short} could come as early as {month2} {year2}.",
            "Opponents in {place2} have said they will keep pressing for changes at every meeting.",
        ),
    ),
)
FQ_ROLES = (
    "the county administrator",
    "a council member",
    "the finance director",
    "the board chair",
    "a county commissioner",
    "the public works director",
)
FQ_MENU = ("News", "Local", "Explainers", "Politics", "Schools", "Business", "Opinion", "Obituaries")


def _fq_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = c.stable(f"fq-plan-{k}-{attempt}")
    names = places("en")
    order = c.stable("fq-places").sample(range(len(names)), len(names))
    place = names[order[(3 * k + attempt) % len(names)]]  # a place of its own for each explainer of the site
    county = prose_for("en", r).place()
    t = r.randrange(len(FQ_TOPICS))
    thing = FQ_TOPICS[t][0].format(place=place, county=county, route=r.randint(9, 99))
    title = r.choice(FQ_TITLES).format(thing=thing)
    return _cap(title), {
        "topic": t,
        "thing": thing,
        "place": place,
        "county": county,
        "seed": f"{k}-{attempt}",
    }


def _fq_body(c: Ctx, g: dict[str, Any]) -> tuple[list[tuple[str, str]], list[tuple[str, list[str]]]]:
    """The intro paragraphs and the (question, answer paragraphs) of the explainer."""
    r = c.stable(f"fq-body-{g['seed']}")
    en = prose_for("en", r)
    _, short, agency, aspect = FQ_TOPICS[g["topic"]]
    d = c.story.published
    place, county = g["place"], g["county"]

    officials = [(en.person(), role) for role in r.sample(FQ_ROLES, 2)]
    critic = en.person()
    households = f"{r.randint(3, 60) * 1000 + r.randint(0, 999):,}"
    prev = d.replace(day=1) - timedelta(days=1)

    def fill() -> dict[str, object]:
        person, role = r.choice(officials)
        return {
            "thing": g["thing"],
            "Thing": _cap(g["thing"]),
            "short": short,
            "agency": agency,
            "Agency": _cap(agency),
            "aspect": aspect,
            "place": place,
            "county": county,
            "place2": en.place(),
            "person": person,
            "Person": person,
            "role": role,
            "critic": critic,
            "n": households,
            "n2": r.randint(40, 900),
            "k": r.randint(3, 11),
            "vote": f"{r.randint(4, 7)}-{r.randint(1, 3)}",
            "prev": EN_MONTHS[prev.month - 1],
            "month": EN_MONTHS[(d.month + r.randint(0, 2)) % 12],
            "month2": EN_MONTHS[(d.month + r.randint(3, 6)) % 12],
            "old": r.randint(1988, 2012),
            "recent": r.randint(2021, 2025),
            "pages": r.randint(40, 320),
            "pct": r.randint(8, 46),
            "pct2": r.randint(25, 75),
            "street": _street(r),
            "age": r.choice((62, 65, 67, 70)),
            "weeks": r.randint(2, 8),
            "day": r.randint(2, 28),
            "hour": r.randint(5, 7),
            "days": r.choice((30, 45, 60, 90)),
            "year2": d.year + r.randint(1, 3),
            "dollars": r.randint(36, 480),
            "dollars2": r.randint(500, 900),
            "monthly": r.randint(3, 40),
            "million": r.randint(4, 180),
            "years": r.randint(3, 20),
            "board": r.choice((3, 5, 7)),
            "weekday": r.choice(EN_DAYS[:5]),
            "phone": f"{r.randint(201, 989)}-555-{r.randint(100, 199):04d}",
            "freq": r.choice((3, 4, 6)),
        }

    used: set[str] = set()
    intro = [" ".join(_sentences(r, FQ_INTRO, r.randint(2, 3), fill, used))]
    kinds = [q for q in FQ_QUESTIONS if q[0] in ("what", "who", "cost", "next") or r.random() < 0.6]
    qa: list[tuple[str, list[str]]] = []
    for _, questions, pool in kinds:
        q = _fmt(r.choice(questions), **fill())
        answers = [" ".join(_sentences(r, pool, r.randint(2, 3), fill, used))]
        if r.random() < 0.35:
            answers.append(" ".join(_sentences(r, pool, 2, fill, used)))
        answers = [a for a in answers if a]
        qa.append((q, answers))

    def blocks() -> list[tuple[str, str]]:
        out = [("p", x) for x in intro]
        for q, answers in qa:
            out += [("h2", q), *(("p", a) for a in answers)]
        return out

    while _long_count(blocks())[0] > 14 or _long_count(blocks())[1] > 880:
        if len(qa) > 4:
            qa.pop(len(qa) // 2)
        else:
            longest = max(range(len(qa)), key=lambda i: len(qa[i][1][-1]) if ". " in qa[i][1][-1] else 0)
            if ". " not in qa[longest][1][-1]:
                break
            qa[longest][1][-1] = qa[longest][1][-1].rsplit(". ", 1)[0] + "."
    spare = [t for q in FQ_QUESTIONS for t in q[2]]
    k = 0
    while _long_count(blocks())[1] < 260:
        i = k % len(qa)
        qa[i][1][-1] += " " + " ".join(_sentences(r, tuple(spare), 1, fill, used))
        k += 1
    return [("p", x) for x in intro], qa


def render_faq_explainer_accordion(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _fq_plan)
    s, d = c.story, c.story.published
    site = c.stable("fq")
    blox = site.random() < 0.5
    details = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title)
        if blox:
            h = c.stable(f"fq-id-{o.title}")
            uuid = "-".join(_hex(h, n) for n in (8, 4, 4, 4, 12))
            return f"/news/local/{slug}/article_{uuid}.html"
        return f"/explainers/{o.published:%Y/%m/%d}/{slug}/"

    c.repath(path)
    intro, qa = _fq_body(c, g)
    blocks: list[tuple[str, str]] = list(intro)
    for q, answers in qa:
        blocks += [("h2", q), *(("p", a) for a in answers)]
    _set_body(s, blocks)
    dr = _page_rng(c, "fq-page")
    en = prose_for("en", dr)
    _, short, agency, _aspect = FQ_TOPICS[g["topic"]]
    prev = d.replace(day=1) - timedelta(days=1)
    dek = f"Here is how {short} works, who it affects and what comes next for {g['place']}."
    c.snip(" ".join(FQ_MENU[:5]))
    byline = c.snip(f"By {s.author.name}, {s.author.desk}")
    published = f"Published {_en_date(d)} at {_clock(d)}"
    c.snip(published)
    up = d + timedelta(days=dr.randint(0, 6), hours=dr.randint(2, 20), minutes=dr.randint(0, 59))
    updated = c.snip(f"Updated {_en_date(up)} at {_clock(up)} {up.tzname()}")
    c.snip("Expand all Collapse all")
    c.snip("Was this helpful? Yes No")
    sources = c.snip(
        f"Sources: {_cap(agency)}; {g['place']} council minutes, {prev:%B %Y};"
        f" interviews with {en.person()} and {en.person()}"
    )
    ask = c.snip(f"Have a question we didn't answer? Email explainers@{pub.host} and we may add it here.")
    label, sites = c.share()
    more_head = c.snip(f"More explainers from {pub.name}")
    more = _snip_titles(c, c.pick_others(4))
    news = c.text("newsletter")
    # the accordion
    items: list[str] = []
    for n, (q, answers) in enumerate(qa, 1):
        paras = "\n".join(f"<p>{c.inline(a)}</p>" for a in answers)
        if details:
            items.append(
                f'<details class="faq__item" id="faq-{n}"><summary class="faq__question">{esc(q)}</summary>\n'
                f'<div class="faq__answer">{paras}</div></details>'
            )
        else:
            items.append(
                f'<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button'
                ' collapsed" type="button" aria-expanded="false" '
                f'aria-controls="answer-{n}">{esc(q)}</button>'
                f'</h2>\n<div id="answer-{n}" class="accordion-panel" role="region" '
                f'hidden>{paras}</div></div>'
            )
    article = {
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": up.isoformat(timespec="seconds"),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "mainEntityOfPage": c.url(),
    }
    faq = {
        "@type": "FAQPage",
        "mainEntity": [
            {"@type": "Question", "name": q, "acceptedAnswer": {"@type": "Answer", "text": " ".join(a)}}
            for q, a in qa
        ],
    }
    if site.random() < 0.5:
        ld = [_ldjson({"@context": "https://schema.org", "@graph": [article, faq]})]
    else:
        ld = [
            _ldjson({"@context": "https://schema.org", **article}),
            _ldjson({"@context": "https://schema.org", **faq}),
        ]
    title = f"{s.title} | {pub.name}" if blox else f"Explainer: {s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta name="description" content="{esc(dek)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        *ld,
        "</head>",
        '<body class="asset-type-article explainer">',
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        _nav(FQ_MENU, "main-menu"),
        "</header>",
        '<main id="main-page-container"><article class="asset explainer-asset">',
        '<p class="kicker"><a href="/explainers/">Explainer</a></p>',
        f'<h1 class="headline">{esc(s.title)}</h1>',
        f'<p class="dek">{esc(dek)}</p>',
        f'<div class="meta"><span class="byline">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">{esc(published)}</time>\n'
        f'<span class="updated">{esc(updated)}</span></div>',
        _share_div("share-bar", label, sites),
        '<div class="asset-content">',
        *[f"<p>{c.inline(x)}</p>" for _, x in intro],
        '<div class="faq-controls"><button class="expand-all">Expand all</button> '
        '<button class="collapse-all">Collapse all</button></div>',
        f'<div class="faq{" accordion" if not details else ""}">',
        *items,
        "</div>",
        '<div class="faq-feedback"><span>Was this helpful?</span> <button>Yes</button> '
        '<button>No</button></div>',
        f'<aside class="sources-box"><p>{esc(sources)}</p></aside>',
        f'<p class="ask-us"><em>{esc(ask)}</em></p>',
        "</div>",
        "</article>",
        f'<section class="more-explainers"><h3>{esc(more_head)}</h3><ul>' + _links(more) + "</ul></section>",
        f'<div class="newsletter-signup"><p>{esc(news)}</p><input type="email"><button>Sign '
        'up</button></div>',
        "</main>",
        _foot(c, "site-footer"),
    ]
    return _end_page(c, lines, "cookie-consent", "Accept")


# --- listicle-slides -------------------------------------------------------------------------------

# (the name word, the cuisine, dishes)
LS_KINDS = (
    ("Taqueria", "Mexican", ("birria tacos", "al pastor plate", "elote", "carnitas torta", "horchata")),
    (
        "Trattoria",
        "Italian",
        ("cacio e pepe", "wood-fired margherita", "tiramisu", "veal meatballs", "burrata"),
    ),
    ("Noodle Bar", "Sichuan", ("dan dan noodles", "mapo tofu", "dry-fried green beans", "chili wontons")),
    (
        "Smokehouse",
        "barbecue",
        ("brisket plate", "burnt ends", "smoked wings", "banana pudding", "pulled pork"),
    ),
    ("Bakehouse", "bakery", ("morning buns", "sourdough loaves", "cardamom knots", "almond croissants")),
    ("Kitchen", "Southern", ("fried chicken", "shrimp and grits", "biscuits with honey butter", "collards")),
    (
        "Dumpling House",
        "Chinese",
        ("soup dumplings", "scallion pancakes", "pork buns", "hand-pulled noodles"),
    ),
    ("Bistro", "French", ("steak frites", "onion soup", "duck confit", "chocolate mousse", "moules")),
    (
        "Curry House",
        "Indian",
        ("butter chicken", "lamb vindaloo", "garlic naan", "chana masala", "mango lassi"),
    ),
    ("Pho", "Vietnamese", ("rare beef pho", "banh mi", "fresh spring rolls", "lemongrass chicken")),
    ("Grill", "Mediterranean", ("lamb kofta", "chicken shawarma", "falafel", "baba ghanoush", "baklava")),
    ("Diner", "American", ("patty melt", "buttermilk pancakes", "chicken-fried steak", "milkshakes")),
)
LS_ADJ = _w("Copper Golden Rusty Little Blue Salt Wild Olive Iron Velvet Hollow Crooked Painted Lucky")
LS_NOUN = _w("Pot Spoon Fig Lantern Kettle Anchor Goat Table Oak Pearl Hen Press Fox Sparrow")
LS_TITLES = (
    "{n} places to eat in {town} this {season}",
    "{n} brunch spots in {town} worth the wait",
    "The {n} best new restaurants in {town} right now",
    "{n} restaurants in {town} to try as the weather warms",
    "{n} cheap eats in {town} for under $15",
    "{n} date-night restaurants in {town} to book this {season}",
)
LS_INTRO = (
    "{town}'s restaurant scene has grown quickly since {year}, and the openings have not slowed this "
    "{season}.",
    "For this list, our critics ate at more than {m} places across {town} over the past {weeks} weeks.",
    "Every spot here was visited anonymously, {visits} times in all, and paid for by {site}.",
    "Some are brand new, others have been feeding {town} since {year2}, and all of them are worth a detour.",
    "Prices were checked on {month} {day}, and we will update the list as places open and close.",
    "Did we miss your favorite in {town}? Our critics read all {m2} suggestions readers sent, and {k} of "
    "them made this list.",
)
LS_ITEM = (
    "{name} opened {hood} in {year}, and it has had a following ever since, largely for the {dish}.",
    "Chef {chef} cooks a short {cuisine} menu here that changes with the seasons.",
    "Start with the {dish} at {name}, then share the {dish2} if there are more than two of you.",
    "Most plates at {name} come in under ${price}, one of the better deals in {town}.",
    "The dining room at {name} seats about {seats}, so expect a wait on Friday and Saturday nights.",
    "Owner {chef} grew up in {place2} and still makes the {dish2} the way the family did.",
    "Regulars at {name} swear by the {dish2}, which tends to sell out by {hour} p.m.",
    "There is no reservation system at {name}, but you can join the waitlist online before you head over.",
    "It is worth the drive from the other side of {town} for the {dish} alone.",
    "{name} launched a weekend menu in {month}, with {dish2} on Saturdays and Sundays only.",
    "{name} is a counter-service spot, so order at the register and grab a seat by the window.",
    "The owners started with a food truck that parked on {street} for {years} years.",
    "Vegetarians will find several meatless dishes at {name}, and the kitchen adjusts most plates on "
    "request.",
    "The {cuisine} cooking at {name} is the most confident we tasted on this list.",
    "Service is quick and friendly, and the staff will happily steer first-timers toward the {dish}.",
)
LS_HOODS = (
    "downtown",
    "in the Arts District",
    "in Old Town",
    "on the east side",
    "in the river district",
    "in the old mill building",
    "in a strip mall off the highway",
    "near Market Square",
)
LS_HOURS = (
    "11 a.m.-9 p.m. Tuesday-Sunday",
    "7 a.m.-2 p.m. daily",
    "5-10 p.m. Wednesday-Saturday",
    "11 a.m.-10 p.m. daily",
    "8 a.m.-3 p.m. Thursday-Monday",
    "4-11 p.m. Tuesday-Saturday",
)
LS_MENU = ("News", "Sports", "Food & Dining", "Things to Do", "Entertainment", "Opinion", "Obituaries")
LS_PHOTOGS = ("Dana Whitcomb", "Luis Ortega", "Mei Tanaka", "Caleb Rhodes", "Ivy Mensah", "Joel Park")


def _ls_season(d: datetime) -> str:
    return ("winter", "winter", "spring", "spring", "spring", "summer")[min(d.month - 1, 5)]


def _ls_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = c.stable(f"ls-plan-{k}-{attempt}")
    town = _place(c) if r.random() < 0.5 else prose_for("en", r).place()
    n = r.randint(6, 12)
    title = r.choice(LS_TITLES).format(n=n, town=town, season=_ls_season(c.others[k].published))
    return title, {"n": n, "town": town, "seed": f"{k}-{attempt}"}


def _ls_name(r: random.Random, kind: str, first: str) -> str:
    form = r.randrange(4)
    if form == 0:
        return f"The {r.choice(LS_ADJ)} {r.choice(LS_NOUN)}"
    if form == 1:
        return f"{first}'s {kind}"
    if form == 2:
        return f"{r.choice(LS_ADJ)} {r.choice(LS_NOUN)} {kind}"
    return f"{r.choice(LS_NOUN)} & {r.choice(LS_NOUN)}"


def render_listicle_slides(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _ls_plan)
    s, d = c.story, c.story.published
    site = c.stable("ls")
    slides = site.random() < 0.5
    numeric = site.random() < 0.5

    def path(o: Story) -> str:
        if numeric:
            return (
                f"/food/best-of/{_slug(o.title)}-{c.stable(f'ls-id-{o.title}').randint(1_000_000, 9_999_999)}"
            )
        return f"/things-to-do/restaurants/{o.published:%Y/%m/%d}/{_slug(o.title)}/"

    c.repath(path)
    r = c.stable(f"ls-body-{g['seed']}")
    en = prose_for("en", r)
    town, n = g["town"], g["n"]
    season = _ls_season(d)
    used: set[str] = set()
    items: list[dict[str, Any]] = []
    names: set[str] = set()
    for _ in range(n):
        kind, cuisine, dishes = r.choice(LS_KINDS)
        chef = en.person()
        name = _ls_name(r, kind, chef.split()[0])
        while name in names:
            name = _ls_name(r, kind, chef.split()[0])
        names.add(name)
        dish, dish2 = r.sample(dishes, 2)
        items.append(
            {"name": name, "kind": kind, "cuisine": cuisine, "dish": dish, "dish2": dish2, "chef": chef}
        )

    def item_fill(it: dict[str, Any]) -> Callable[[], dict[str, object]]:
        def fill() -> dict[str, object]:
            return {
                **it,
                "town": town,
                "hood": r.choice(LS_HOODS),
                "year": r.randint(1978, 2025),
                "price": r.choice((12, 15, 18, 20, 25)),
                "seats": r.randint(20, 140),
                "place2": en.place(),
                "hour": r.randint(7, 9),
                "month": EN_MONTHS[(d.month - 2) % 12],
                "street": _street(r),
                "years": r.randint(2, 9),
            }

        return fill

    site_name = pub.name

    def ifill() -> dict[str, object]:
        return {
            "town": town,
            "year": r.randint(2018, 2023),
            "season": season,
            "m": r.randint(30, 90),
            "weeks": r.randint(4, 10),
            "site": site_name,
            "month": EN_MONTHS[d.month - 1],
            "visits": r.randint(25, 80),
            "year2": r.randint(1952, 1999),
            "day": r.randint(1, 28),
            "m2": r.randint(60, 400),
            "k": r.randint(2, 4),
        }

    intro_n = 1 if n >= 11 else 2
    intro: list[str] = []
    for _ in range(intro_n):
        intro.append(" ".join(_sentences(r, LS_INTRO, 2, ifill, used)))
    paras: list[list[str]] = []
    locals_: list[set[str]] = []
    room = 14 - intro_n
    for i, it in enumerate(items):
        local: set[str] = set()
        first = _fmt(LS_ITEM[0] if r.random() < 0.5 else LS_ITEM[3], **item_fill(it)())
        local.add(LS_ITEM[0])
        local.add(LS_ITEM[3])
        rest = _sentences(r, LS_ITEM, r.randint(1, 3), item_fill(it), local)
        ps = [" ".join([first, *rest])]
        if room - (n - i) > 0 and r.random() < 0.4:
            ps.append(" ".join(_sentences(r, LS_ITEM, 2, item_fill(it), local)))
            room -= 1
        room -= 1
        paras.append(ps)
        locals_.append(local)

    def blocks() -> list[tuple[str, str]]:
        out = [("p", x) for x in intro]
        for k, (it, ps) in enumerate(zip(items, paras, strict=True), 1):
            out += [("h2", f"{k}. {it['name']}"), *(("p", x) for x in ps)]
        return out

    while _long_count(blocks())[1] > 880:
        k = max(range(n), key=lambda i: len(paras[i][-1]))
        if len(paras[k]) > 1:
            paras[k].pop()
        else:
            paras[k][0] = paras[k][0].rsplit(". ", 1)[0] + "."
    k = 0
    while _long_count(blocks())[1] < 260:
        extra = _sentences(r, LS_ITEM, 1, item_fill(items[k % n]), locals_[k % n])
        if extra:
            paras[k % n][-1] += " " + extra[0]
        k += 1
    _set_body(s, blocks())
    dr = _page_rng(c, "ls-page")
    c.snip(" ".join(LS_MENU[:4]))
    byline = c.snip(
        f"By {s.author.name}, Food Critic" if dr.random() < 0.5 else f"By {s.author.name}, {s.author.desk}"
    )
    affiliate = c.snip(
        f"{pub.name} may earn a commission when you reserve or order through links on this page. Our critics"
        " choose every pick independently."
    )
    c.snip("Previous slide Next slide" if slides else f"View gallery: {n} photos")
    more_head = c.snip(f"More lists from {pub.name.removeprefix('The ')} Food")
    more = _snip_titles(c, c.pick_others(4))
    news = c.snip(f"Get our Eat & Drink newsletter for new openings in {town} every Thursday.")
    label, sites = c.share()
    photog = dr.choice(LS_PHOTOGS)
    html_items: list[str] = []
    ld_items: list[dict[str, object]] = []
    for k, (it, ps) in enumerate(zip(items, paras, strict=True), 1):
        caption = c.snip(
            dr.choice(
                (
                    "The {dish} at {name}.",
                    "{Dish} and {dish2} at {name} in {town}.",
                    "Inside the dining room at {name}.",
                )
            ).format(**it, Dish=_cap(it["dish"]), town=town)
        )
        credit = c.snip(
            f"Photo: {photog} / {pub.name}" if slides else f"({dr.choice(LS_PHOTOGS)} for {pub.name})"
        )
        info = (
            f"Address: {dr.randint(12, 4800)} {_street(dr)}, {town} | Hours: {dr.choice(LS_HOURS)} | Price:"
            f" {'$' * dr.randint(1, 3)}"
        )
        links = ""
        if dr.random() < 0.5:
            links = c.snip(
                dr.choice(
                    (
                        "Reserve a table on OpenTable",
                        "Order delivery via DoorDash",
                        "Book on Resy for this weekend",
                    )
                )
            )
            links = f'<p class="cta"><a rel="sponsored nofollow" href="#">{esc(links)}</a></p>'
        slug = _slug(it["name"])
        img = f"/resources/images/{d:%Y/%m}/{slug}-{k}.jpg"
        body_ps = "\n".join(f"<p>{c.inline(x)}</p>" for x in ps)
        fig = (
            f'<figure class="slide-media"><img src="{img}" alt="{esc(it["name"])}" loading="lazy">'
            f'<figcaption><span class="caption">{esc(caption)}</span> <span '
            f'class="credit">{esc(credit)}</span>'
            "</figcaption></figure>"
        )
        if slides:
            counter = c.snip(f"Slide {k} of {n}")
            html_items.append(
                f'<div class="slide" data-slide="{k}"><div '
                f'class="slide-counter">{esc(counter)}</div>\n{fig}\n'
                f'<h2 class="slide-title">{k}. {esc(it["name"])}</h2>\n<div class="slide-text">{body_ps}\n'
                f'<p class="info-line">{esc(info)}</p></div>{links}\n'
                '<div class="slide-nav"><button class="prev">Previous slide</button> '
                '<button class="next">Next slide</button></div></div>'
            )
        else:
            html_items.append(
                f'<li class="list-item" id="item-{k}"><h2>{k}. {esc(it["name"])}</h2>\n{fig}\n{body_ps}\n'
                '<p '
                f'class="info-line"><strong>Address:</strong>{esc(info.removeprefix("Address:"))}</p>{links}</li>'
            )
        ld_items.append({"@type": "ListItem", "position": k, "name": it["name"]})
    head_ld = (
        [
            _ldjson(
                {
                    "@context": "https://schema.org",
                    "@type": "ItemList",
                    "name": s.title,
                    "numberOfItems": n,
                    "itemListElement": ld_items,
                }
            )
        ]
        if site.random() < 0.6
        else []
    )
    title = f"{s.title} | {pub.name}" if numeric else f"{s.title} | {pub.name} Food & Dining"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        '<meta property="article:section" content="Food &amp; Dining">',
        *head_ld,
        "</head>",
        '<body class="article-listicle">',
        '<header class="top-bar"><a class="brand" '
        f'href="/">{esc(pub.name)}</a>{_nav(LS_MENU, "primary-nav")}</header>',
        '<main><article class="listicle">',
        '<div class="eyebrow"><a href="/food/">Food &amp; Dining</a></div>',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="byline-block"><span class="author">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">{_en_date(d)}</time></div>',
        _share_div("social-share", label, sites),
        f'<p class="affiliate-disclosure"><em>{esc(affiliate)}</em></p>',
        '<div class="article-body">',
        *[f"<p>{c.inline(x)}</p>" for x in intro],
        (
            f'<div class="gallery-launch"><button>View gallery: {n} photos</button></div>'
            if not slides
            else ""
        ),
        ('<div class="slideshow">' if slides else '<ol class="listicle-items">'),
        *html_items,
        ("</div>" if slides else "</ol>"),
        "</div>",
        "</article>",
        f'<section class="more-lists"><h2>{esc(more_head)}</h2><div class="cards">'
        + "\n".join(f'<div class="card"><a href="{esc(o.path)}">{esc(o.title)}</a></div>' for o in more)
        + "</div></section>",
        f'<div class="nl-signup"><p>{esc(news)}</p><input type="email"><button>Subscribe</button></div>',
        "</main>",
        _foot(c, "global-footer"),
    ]
    return _end_page(c, lines, "privacy-banner", "Got it")


# --- weather-desk-forecast -------------------------------------------------------------------------

# scenario: (the 7 days' conditions, the alert, headline forms)
WX_SCENARIOS: dict[str, tuple[tuple[str, ...], str, tuple[str, ...]]] = {
    "rain": (
        ("Partly cloudy", "Rain", "Showers", "Mostly cloudy", "Sunny", "Sunny", "Partly cloudy"),
        "Flood Watch",
        (
            "Soaking rain arrives {day}, then a cooler stretch for {region}",
            "Rain returns {day} in {region} before a drier weekend",
            "Umbrellas needed {day} as a storm system crosses {region}",
        ),
    ),
    "snow": (
        ("Mostly cloudy", "Snow", "Snow showers", "Partly cloudy", "Sunny", "Mostly cloudy", "Wintry mix"),
        "Winter Storm Warning",
        (
            "Snow likely {day}: how much {region} could see",
            "Accumulating snow possible {day} across {region}",
            "Winter returns to {region} {day} with snow and a hard freeze",
        ),
    ),
    "warm": (
        ("Sunny", "Sunny", "Partly cloudy", "Thunderstorms", "Partly cloudy", "Sunny", "Sunny"),
        "Air Quality Alert",
        (
            "A taste of spring for {region}: warmth builds through {day}",
            "Warm-up in {region} lasts until {day}, when storms return",
        ),
    ),
    "cold": (
        ("Windy", "Sunny", "Sunny", "Partly cloudy", "Mostly cloudy", "Wintry mix", "Partly cloudy"),
        "Wind Chill Advisory",
        (
            "Arctic air settles over {region}; coldest morning comes {day}",
            "Bitter cold grips {region} through {day}",
        ),
    ),
    "storms": (
        ("Mostly cloudy", "Thunderstorms", "Rain", "Partly cloudy", "Sunny", "Showers", "Partly cloudy"),
        "Severe Thunderstorm Watch",
        (
            "Strong storms possible {day} afternoon in {region}",
            "Severe weather threat ramps up {day} for {region}",
        ),
    ),
}
WX_SAY: dict[str, tuple[str, ...]] = {
    "Sunny": (
        "{Day} brings plenty of sunshine, with highs around {hi} and a light {wdir} breeze.",
        "Skies stay clear {day} night, and lows fall to near {lo} in the colder valleys.",
        "Expect a bright {day} with highs near {hi}, {cmp} than normal for {month}.",
    ),
    "Partly cloudy": (
        "Expect a mix of sun and clouds {day}, with highs in the {decade}s.",
        "Clouds build during the afternoon {day}, but the day stays dry with highs near {hi}.",
        "A few clouds drift through {day} night as lows settle around {lo}.",
    ),
    "Mostly cloudy": (
        "Clouds thicken {day} ahead of the next system, holding highs near {hi}.",
        "It stays gray and damp {day}, with only about {sunh} hours of sun in the afternoon.",
        "Lows {day} night hold in the {lodecade}s under a thick blanket of clouds.",
    ),
    "Rain": (
        "Rain moves in from the {from} by {hour} a.m. {day}, and the steadiest rain falls by midday.",
        "Most of {region} picks up {amt} to {amt2} inches of rain {day}, with more in the hills.",
        "Rain chances sit near {pop}% {day}, so plan on a wet commute home.",
    ),
    "Showers": (
        "Scattered showers linger {day}, though only about {cover}% of the area sees rain.",
        "Showers taper off from west to east by {hour2} p.m. {day} as drier air returns.",
        "Rain chances {day} are around {pop}%, with highs only near {hi}.",
    ),
    "Thunderstorms": (
        "A line of storms could bring damaging gusts up to {gust} mph and small hail {day} afternoon.",
        "The Storm Prediction Center has {region} under a {risk} risk for severe weather {day}.",
        "Storms arrive in the west between {hour} and {hour2} p.m. {day}, reaching the metro later.",
    ),
    "Snow": (
        "Snow develops after {hour} a.m. {day} and could fall at an inch an hour for a time.",
        "Early projections call for {amt} to {amt2} inches {day}, with more north of {place2}.",
        "Roads will turn slick quickly {day}, so plan an extra {mins} minutes for the evening commute.",
    ),
    "Snow showers": (
        "A few snow showers linger {day}, adding a coating of up to {tenths} inch in spots.",
        "Gusty winds {day} will blow the fresh snow around on open roads near {place2}.",
    ),
    "Wintry mix": (
        "A wintry mix of sleet and freezing rain is possible {day}, mainly north of {place2}.",
        "Temperatures hover near freezing {day}, which makes the precipitation type tricky.",
    ),
    "Windy": (
        "Gusts of {gust} mph are possible {day}, and wind chills drop into the single digits.",
        "Secure anything loose outside, because winds gust to {gust} mph {day}.",
    ),
}
WX_GENERAL = (
    "Highs {day} reach {hi}, {cmp} than the normal high for this point in {month}.",
    "Overnight lows dip to around {lo} after {day}, so keep a jacket handy in the morning.",
    "Winds shift to the {wdir} {day} at {wind} to {wind2} mph.",
    "The sun sets at {sunset} p.m. {day}, a few minutes later than last week.",
    "Humidity stays manageable {day}, with dew points holding in the {dew}s.",
    "Rain chances {day} sit near {pop}%, and we will fine-tune that number as the day gets closer.",
)
WX_INTRO = (
    "Good {part}, {region}. Here is the latest from the {team} team.",
    "The big story this week is the {topic}, arriving in about {hrs} hours, and the timing matters.",
    "Temperatures ran {dev} degrees {above} normal on {yday}, and that pattern is about to change.",
    "{region} recorded {rain} inches of precipitation at the airport so far this month, {cmp2} than the "
    "average to date.",
    "We are watching the {topic} closely and will update this forecast again by {upd} p.m.",
)
WX_TOPICS = {
    "rain": "soaking rain",
    "snow": "snow",
    "warm": "warm-up",
    "cold": "arctic air",
    "storms": "severe storm threat",
}
WX_ROLES = ("Chief Meteorologist", "Meteorologist", "First Alert Meteorologist", "Morning Meteorologist")
WX_MENU = ("News", "Weather", "Traffic", "Closings", "Sports", "Watch Live", "Contests", "Contact")
WX_ICONS = {
    "Sunny": "sun",
    "Partly cloudy": "sun-cloud",
    "Mostly cloudy": "cloud",
    "Rain": "rain",
    "Showers": "showers",
    "Thunderstorms": "storm",
    "Snow": "snow",
    "Snow showers": "snow",
    "Wintry mix": "mix",
    "Windy": "wind",
}
WX_FROM = ("west", "southwest", "south", "northwest")


def _wx_team(c: Ctx) -> list[tuple[str, str, str]]:
    """The station's forecasters: (name, role, bio), the same on every page."""
    r = c.stable("wx-team")
    en = prose_for("en", r)
    names: list[str] = []
    while len(names) < 3:
        x = en.person()
        if x not in names:
            names.append(x)
    out = []
    for i, name in enumerate(names):
        role = WX_ROLES[0] if i == 0 else r.choice(WX_ROLES[1:])
        bio = (
            f"{name} joined the {c.pub.name} weather team in {r.randint(2004, 2022)} and holds the American"
            f" Meteorological Society's Certified Broadcast Meteorologist seal."
            if r.random() < 0.5
            else f"{name} has forecast {_place(c)} weather for {r.randint(4, 25)} years and grew up chasing"
            f" storms across {prose_for('en', r).place()}."
        )
        out.append((name, role, bio))
    return out


def _wx_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = c.stable(f"wx-plan-{k}-{attempt}")
    d = c.others[k].published
    key = r.choice(sorted(WX_SCENARIOS))
    _, _, forms = WX_SCENARIOS[key]
    main = r.randint(1, 4)
    day = (d + timedelta(days=main)).strftime("%A")
    region = _place(c) if r.random() < 0.6 else f"the {_place(c)} area"
    title = _cap(r.choice(forms).format(day=day, region=region))
    return title, {"key": key, "main": main, "seed": f"{k}-{attempt}", "region": region}


def render_weather_desk_forecast(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _wx_plan)
    s, d = c.story, c.story.published
    site = c.stable("wx")
    nexstar = site.random() < 0.5

    def path(o: Story) -> str:
        if nexstar:
            return f"/weather/weather-blog/{_slug(o.title)}/"
        return f"/{o.published:%Y/%m/%d}/{_slug(o.title)}/"

    c.repath(path)
    team = _wx_team(c)
    r = c.stable(f"wx-body-{g['seed']}")
    name, role, bio = team[r.randrange(len(team))]
    en = prose_for("en", r)
    key = g["key"]
    conds, alert, _ = WX_SCENARIOS[key]
    region = g["region"]
    base = (36, 41, 50, 60)[min(d.month - 1, 3)] + {"warm": 14, "cold": -16}.get(key, 0)
    days: list[dict[str, Any]] = []
    for i, cond in enumerate(conds):
        hi = base + r.randint(-6, 6) - (6 if cond in ("Snow", "Rain") else 0)
        lo = hi - r.randint(9, 18)
        pop = (
            r.randint(60, 95)
            if cond in ("Rain", "Snow", "Thunderstorms", "Showers", "Snow showers", "Wintry mix")
            else r.randint(0, 20)
        )
        days.append({"date": d + timedelta(days=i), "cond": cond, "hi": hi, "lo": lo, "pop": pop})

    def fill(i: int) -> Callable[[], dict[str, object]]:
        x = days[i]
        dayname = "today" if i == 0 else f"{x['date']:%A}"

        def f() -> dict[str, object]:
            return {
                "day": dayname,
                "Day": _cap(dayname),
                "hi": x["hi"],
                "lo": x["lo"],
                "pop": x["pop"],
                "decade": x["hi"] // 10 * 10,
                "lodecade": x["lo"] // 10 * 10 if x["lo"] >= 10 else "single digit",
                "wdir": r.choice(("west", "northwest", "south")),
                "cmp": r.choice(("warmer", "cooler")),
                "month": EN_MONTHS[d.month - 1],
                "from": r.choice(WX_FROM),
                "hour": r.randint(4, 10),
                "hour2": r.randint(1, 4),
                "amt": r.choice(("a half", "1", "2")),
                "amt2": r.choice(("3", "4", "6")),
                "region": region,
                "risk": r.choice(("marginal", "slight", "enhanced")),
                "place2": en.place(),
                "gust": r.randint(35, 55),
                "wind": r.randint(5, 10),
                "wind2": r.randint(12, 20),
                "sunset": f"{r.randint(5, 7)}:{r.randint(10, 59)}",
                "dew": r.choice((20, 30, 40, 50)),
                "sunh": r.randint(2, 4),
                "cover": r.randint(20, 60),
                "mins": r.choice((10, 15, 20, 30)),
                "tenths": f"0.{r.randint(1, 9)}",
            }

        return f

    used: set[str] = set()
    ifill = {
        "part": "morning" if d.hour < 12 else ("afternoon" if d.hour < 17 else "evening"),
        "region": region,
        "team": f"{pub.name} First Alert Weather",
        "topic": WX_TOPICS[key],
        "dev": r.randint(3, 14),
        "above": r.choice(("above", "below")),
        "yday": f"{d - timedelta(days=1):%A}",
        "rain": f"{r.randint(5, 40) / 10:.1f}",
        "cmp2": r.choice(("more", "less")),
        "hrs": r.randint(6, 60),
        "upd": r.randint(1, 11),
    }
    used.add(WX_INTRO[0])  # the greeting opens the story
    intro = [" ".join([_fmt(WX_INTRO[0], **ifill), *_sentences(r, WX_INTRO, 2, lambda: ifill, used)])]
    sections: list[tuple[str, list[str]]] = []
    section_days: list[int] = []
    first = "Tonight" if d.hour >= 15 else "Today"
    pick = [0, 1, 2, g["main"]] if g["main"] > 2 else [0, 1, 2]
    for i in sorted(set(pick)):
        head = first if i == 0 else f"{days[i]['date']:%A}"
        if i == g["main"] and r.random() < 0.5:
            head = f"{head}: {WX_TOPICS[key]}"
        pool = WX_SAY[days[i]["cond"]]
        ps = [" ".join(_sentences(r, pool, min(len(pool), r.randint(2, 3)), fill(i), set()))]
        sections.append((head, ps))
        section_days.append(i)
    tail = r.choice(("Weekend outlook", "Looking ahead", "The extended forecast"))
    late = list(range(max(section_days) + 1, 7))[-3:]
    tail_ps = " ".join(_sentences(r, WX_SAY[days[j]["cond"]], 1, fill(j), set())[0] for j in late)
    sections.append((tail, [tail_ps]))

    def blocks() -> list[tuple[str, str]]:
        out = [("p", x) for x in intro]
        for head, ps in sections:
            out += [("h2", head), *(("p", x) for x in ps)]
        return out

    spare: list[set[str]] = [set() for _ in sections]
    k = 0
    while _long_count(blocks())[1] < 270 and k < 40:
        j = k % (len(sections) - 1)
        extra = _sentences(r, WX_GENERAL, 1, fill(section_days[j]), spare[j])
        if extra:
            sections[j][1][-1] += " " + extra[0]
        k += 1
    _set_body(s, blocks())
    dr = _page_rng(c, "wx-page")
    c.snip(" ".join(WX_MENU[:5]))
    main_day = days[g["main"]]["date"]
    banner = c.snip(
        f"Weather Alert: {alert} until {dr.randint(1, 11)} {dr.choice(('AM', 'PM'))} {main_day:%A} for"
        f" {en.place()} County"
    )
    radar = c.snip("Interactive radar: track rain and snow in real time")
    app = c.snip(f"Download the {pub.name} Weather app for live radar and severe weather alerts.")
    c.snip(bio)
    byline = c.snip(f"by: {name}, {role}" if nexstar else f"By {name}, {role}")
    tz = d.tzname()
    if nexstar:
        stamp = f"Posted: {AP_SHORT[d.month - 1]} {d.day}, {d.year} / {d:%I:%M %p} {tz}"
    else:
        stamp = (
            f"Published: {AP_MONTHS[d.month - 1]} {d.day}, {d.year} at {d.hour % 12 or 12}:{d:%M} {d:%p} {tz}"
        )
    c.snip(stamp)
    closings = c.snip("School closings and delays: see the full list")
    label, sites = c.share()
    more_head = c.snip("More weather stories from the First Alert team")
    more = _snip_titles(c, c.pick_others(4))
    c.snip("FCC Public File EEO Report Closed Captioning")
    cards: list[str] = []
    for x in days:
        text = f"{x['date']:%a} {x['hi']}° {x['lo']}° {x['cond']} {x['pop']}%"  # noqa: RUF001
        c.snip(text)
        cards.append(
            f'<li class="forecast-day"><span class="dow">{x["date"]:%a}</span> <span '
            f'class="hi">{x["hi"]}°</span>'
            f' <span class="lo">{x["lo"]}°</span> <i class="wx-icon wx-{WX_ICONS[x["cond"]]}"></i><span'
            f' class="cond">{x["cond"]}</span> <span class="pop">{x["pop"]}%</span></li>'
        )
    body_html: list[str] = []
    for tag, text in s.blocks:
        body_html.append(f"<h2>{esc(text)}</h2>" if tag == "h2" else f"<p>{c.inline(text)}</p>")
    nl = "\n"
    fcc_links = " ".join(
        f'<a href="/fcc/{_slug(x)}/">{x}</a>' for x in ("FCC Public File", "EEO Report", "Closed Captioning")
    )
    forecast = (
        '<section class="seven-day"><h3>7-Day Forecast</h3>'
        f'<ul class="forecast-list">{nl.join(cards)}</ul></section>'
    )
    at = 1 + len(sections[0][1]) + len(intro) if site.random() < 0.5 else len(body_html)
    body_html.insert(at, forecast)
    meta = (
        [f'<meta property="article:published_time" content="{c.iso()}">']
        if nexstar
        else [
            _ldjson(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": s.title,
                    "datePublished": c.iso(),
                    "author": [{"@type": "Person", "name": name, "jobTitle": role}],
                    "publisher": {"@type": "Organization", "name": pub.name},
                }
            )
        ]
    )
    title = f"{s.title} | {pub.name}" if nexstar else f"{s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        *meta,
        "</head>",
        f'<body class="{"single single-post category-weather-blog" if nexstar else "article-page weather"}">',
        f'<div class="alert-banner alert-{_slug(alert)}" role="alert"><a '
        f'href="/weather/alerts/">{esc(banner)}</a></div>',
        f'<header class="site-header"><a class="site-logo" href="/">{esc(pub.name)}</a>',
        _nav(WX_MENU, "site-nav"),
        "</header>",
        f'<div class="radar-promo"><a href="/weather/radar/">{esc(radar)}</a></div>',
        '<main class="site-main"><article class="article">',
        '<div class="article-section"><a href="/weather/">Weather</a></div>',
        f'<h1 class="article-title">{esc(s.title)}</h1>',
        f'<div class="article-meta"><span class="author">{esc(byline)}</span>\n<span '
        f'class="date">{esc(stamp)}</span></div>',
        _share_div("article-share", label, sites),
        '<div class="article-content">',
        *body_html,
        "</div>",
        f'<div class="author-bio"><h4>{esc(name)}</h4><p>{esc(bio)}</p></div>',
        f'<div class="app-promo"><p>{esc(app)}</p><a href="#">App Store</a> <a href="#">Google '
        'Play</a></div>',
        "</article>",
        f'<aside class="sidebar"><p class="closings"><a href="/closings/">{esc(closings)}</a></p>'
        f"<h3>{esc(more_head)}</h3><ul>{_links(more)}</ul></aside>",
        "</main>",
        f'<footer class="site-footer"><p class="fcc">{fcc_links}</p>',
        f"<p>{esc(c.copyright())}</p></footer>",
    ]
    return _end_page(c, lines, "cookie-notice", "Accept")


# --- letters-to-the-editor -------------------------------------------------------------------------

# (the title's tag, the letter's headline, the topic as a phrase)
LT_TOPICS = (
    ("library hours", "Keep the library open on Sundays", "the library's Sunday hours"),
    ("bike lanes", "Bike lanes made Main Street safer", "the Main Street bike lanes"),
    ("the school budget", "School board owes parents answers", "the school budget"),
    ("Miller's Pond", "Don't pave over Miller's Pond", "the plan to develop Miller's Pond"),
    ("snowplow crews", "Thank you to our plow drivers", "the work of the snowplow crews"),
    ("the data center", "Data center deal needs sunlight", "the proposed data center"),
    ("potholes", "Fix the roads before new projects", "the state of our roads"),
    ("a dog park", "A dog park is long overdue", "the long-promised dog park"),
    ("short-term rentals", "Short-term rentals are emptying blocks", "short-term rentals"),
    ("the hospital merger", "Hospital merger worries rural patients", "the hospital merger"),
    ("recycling", "New recycling rules confuse residents", "the new recycling rules"),
    ("local news", "Local journalism is worth paying for", "local news coverage"),
    ("speed cameras", "Speed cameras are about safety", "the school-zone speed cameras"),
    ("zoning", "Let neighborhoods weigh in on zoning", "the zoning rewrite"),
    ("the pool", "Don't close the community pool", "the closing of the community pool"),
    ("tree canopy", "Protect the trees we have left", "the city's tree canopy"),
    ("property taxes", "Seniors can't absorb another tax hike", "the property tax increase"),
    ("crossing guards", "Bring back the crossing guards", "the cuts to crossing guards"),
)
LT_OPEN = (
    "I have lived in {town} for {years} years, and I cannot remember a debate like the one over {topic}.",
    "As a {job} in {town} for {years} years, I see the effects of {topic} every day.",
    "I was disappointed by your {month} {day} article on {topic}.",
    "Thank you for your {month} {day} coverage of {topic}, which raised questions the council has not "
    "answered.",
    "My family moved to {town} in {year}, and I have followed the debate over {topic} closely since.",
    "After reading the {weekday} editorial on {topic}, I feel I must respond.",
)
LT_MID = (
    "At the last council meeting, {n} residents spoke, and not one of them supported the current plan.",
    "Council member {official} promised a public hearing in {month}, and we are still waiting for it.",
    "The city found ${amount} for a consultant's study, so it can find the money for this.",
    "My neighbors on {street} have raised this at least {n2} times since {year}.",
    "Other towns, including {place2}, solved this years ago at a fraction of the cost.",
    "Nobody disputes that a ${budget} million budget is tight for {town}, but priorities matter.",
    "My {relative}, who is {age}, depends on it, as do many older residents who no longer drive.",
    "It took me {n3} months of emails to get a reply from anyone at City Hall.",
    "The city's own report put the project {pct} percent over budget, and that tells the story.",
    "When I raised this with {official} in {month}, I was told to be patient.",
    "Families on {street} were never asked, and the {n}-signature petition was ignored.",
    "A {job} I know in {place2} says the same problem there was fixed within a year.",
)
LT_CLOSE = (
    "{town} deserves better, and so do its {pop} residents.",
    "Let's get this right before the {month} {day} deadline.",
    "I urge every reader to call their council member before the {month} {day} vote.",
    "The {seats} members of the {town} council work for us, not the other way around.",
    "I hope the council will listen to the {n} of us who signed the petition.",
)
LT_JOBS = (
    "retired teacher",
    "nurse",
    "small-business owner",
    "school bus driver",
    "parent of three",
    "volunteer firefighter",
    "pharmacist",
    "landlord",
    "carpenter",
)
LT_RELATIVES = ("mother", "father", "neighbor", "daughter", "son", "grandmother")
LT_MENU = ("News", "Sports", "Opinion", "Editorials", "Columnists", "Letters", "Obituaries", "e-Edition")


def _lt_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = c.stable(f"lt-plan-{k}-{attempt}")
    n = r.randint(4, 6)
    picks = r.sample(range(len(LT_TOPICS)), n)
    tags = [LT_TOPICS[i][0] for i in picks[:3]]
    form = r.randrange(3)
    if form == 0:
        title = f"Letters to the editor: {tags[0]}, {tags[1]} and {tags[2]}"
    elif form == 1:
        title = f"Letters: {_cap(tags[0])}, {tags[1]}, {tags[2]}"
    else:
        title = f"Readers write about {tags[0]}, {tags[1]} and more"
    return title, {"picks": picks, "seed": f"{k}-{attempt}"}


def render_letters_to_the_editor(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _lt_plan)
    s, d = c.story, c.story.published
    site = c.stable("lt")
    gannett = site.random() < 0.5

    def path(o: Story) -> str:
        if gannett:
            sid = c.stable(f"lt-id-{o.title}").randint(10_000_000, 99_999_999)
            return f"/story/opinion/letters/{o.published:%Y/%m/%d}/{_slug(o.title)}/{sid}007/"
        return f"/opinion/letters/{_slug(o.title)}-{o.published:%Y%m%d}"

    c.repath(path)
    r = c.stable(f"lt-body-{g['seed']}")
    en = prose_for("en", r)
    home = _place(c)
    letters: list[tuple[str, list[str], str]] = []
    budget = 14
    picks = g["picks"]
    for j, i in enumerate(picks):
        _, head, topic = LT_TOPICS[i]
        town = home if r.random() < 0.5 else en.place()

        def fill(town: str = town, topic: str = topic) -> dict[str, object]:
            return {
                "town": town,
                "topic": topic,
                "years": r.randint(6, 52),
                "job": r.choice(LT_JOBS),
                "month": EN_MONTHS[(d.month - 1 + r.randint(-1, 2)) % 12],
                "day": r.randint(2, 28),
                "year": r.randint(1979, 2021),
                "weekday": r.choice(EN_DAYS),
                "n": r.randint(14, 240),
                "n2": r.randint(3, 12),
                "n3": r.randint(2, 9),
                "official": en.person(),
                "amount": f"{r.randint(40, 900) * 1000:,}",
                "street": _street(r),
                "place2": en.place(),
                "relative": r.choice(LT_RELATIVES),
                "pct": r.randint(12, 60),
                "budget": r.randint(12, 240),
                "age": r.randint(68, 97),
                "pop": f"{r.randint(4, 180) * 1000 + r.randint(0, 999):,}",
                "seats": r.choice((5, 7, 9, 11)),
            }

        used: set[str] = set()
        left = len(picks) - j - 1
        count = max(1, min(r.randint(1, 3), budget - left))
        budget -= count
        paras: list[str] = []
        for p in range(count):
            parts = _sentences(r, LT_OPEN, 1, fill, used) if p == 0 else []
            ends = (p == 0) + (p == count - 1)
            parts += _sentences(r, LT_MID, r.randint(2, 3) - (ends > 0), fill, used)
            if p == count - 1:
                parts += _sentences(r, LT_CLOSE, 1, fill, used)
            paras.append(" ".join(parts))
        letters.append((head, paras, f"{en.person()}, {town}"))

    def blocks() -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for head, paras, sig in letters:
            out += [("h3", head), *(("p", x) for x in paras), ("p", sig)]
        return out

    while _long_count(blocks())[1] > 880:
        k = max(range(len(letters)), key=lambda i: sum(map(len, letters[i][1])))
        paras = letters[k][1]
        if len(paras) > 1:
            paras.pop(-2)
        elif ". " in paras[0]:
            paras[0] = paras[0].split(". ", 1)[1]
        else:
            break
    k = 0
    while _long_count(blocks())[1] < 260:
        head, paras, sig = letters[k % len(letters)]
        extra = _fmt(
            r.choice(LT_MID),
            town=sig.split(", ")[1],
            topic=head.lower(),
            years=r.randint(6, 52),
            job=r.choice(LT_JOBS),
            month=EN_MONTHS[d.month % 12],
            day=r.randint(2, 28),
            year=r.randint(1979, 2021),
            weekday=r.choice(EN_DAYS),
            n=r.randint(14, 240),
            n2=r.randint(3, 12),
            n3=r.randint(2, 9),
            official=en.person(),
            amount=f"{r.randint(40, 900) * 1000:,}",
            street=_street(r),
            place2=en.place(),
            relative=r.choice(LT_RELATIVES),
            pct=r.randint(12, 60),
            budget=r.randint(12, 240),
            age=r.randint(68, 97),
            pop=r.randint(4000, 90000),
            seats=7,
        )
        paras[0] = f"{paras[0]} {extra}"
        k += 1
    _set_body(s, blocks())
    c.snip(" ".join(LT_MENU[:5]))
    c.snip("Letters to the Editor")
    byline = c.snip(f"{pub.name} readers" + (" | Opinion contributors" if gannett else ", Your Say"))
    tzname = d.tzname() or ""
    published = c.snip(f"Published {_clock(d)} {tzname} {_en_date(d)}")
    rules = c.snip(
        "Letters should be under 250 words and include the writer's full name, hometown and a daytime phone"
        " number for verification. We edit letters for length and clarity and publish one letter per writer"
        " every 30 days."
    )
    submit = c.snip("Submit a letter to the editor")
    disclaimer = c.snip(
        "The views expressed in letters are the writers' own and do not necessarily reflect those of "
        f"{pub.name}."
    )
    dek = "What our readers are saying about the issues in the news this week."
    label, sites = c.share()
    more_head = c.snip("More from Opinion this week")
    more = _snip_titles(c, c.pick_others(4))
    news = c.snip(f"Get the {pub.name.removeprefix('The ')} Opinion newsletter in your inbox every Sunday.")
    body_html: list[str] = []
    for n, (head, paras, sig) in enumerate(letters, 1):
        ps = "\n".join(f"<p>{c.inline(x)}</p>" for x in paras)
        if gannett:
            body_html.append(
                f'<h3 class="gnt_ar_b_h3">{esc(head)}</h3>\n{ps}\n<p '
                f'class="gnt_ar_b_p"><em>{esc(sig)}</em></p>'
            )
        else:
            body_html.append(
                f'<div class="letter" id="letter-{n}"><h3 class="letter-title">{esc(head)}</h3>\n{ps}\n'
                f'<p class="letter-signature">{esc(sig)}</p></div>'
            )
    guide = (
        f'<aside class="letters-guidelines"><h4>Letters to the Editor</h4><p>{esc(rules)}</p>'
        f'<p><a class="button" href="/opinion/submit-letter/">{esc(submit)}</a></p></aside>'
    )
    guide_top = site.random() < 0.5
    data = {
        "@context": "https://schema.org",
        "@type": "OpinionNewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "articleSection": "Opinion",
        "author": {"@type": "Organization", "name": f"{pub.name} readers"},
        "publisher": {"@type": "Organization", "name": pub.name},
    }
    title = f"{s.title} | {pub.name}" if gannett else f"{s.title} \u2013 {pub.name} Opinion"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="article:section" content="Opinion">',
        _ldjson(data),
        "</head>",
        '<body class="opinion letters">',
        '<header class="masthead"><a class="logo" '
        f'href="/">{esc(pub.name)}</a>{_nav(LT_MENU, "nav-primary")}</header>',
        '<main><article class="opinion-article">',
        '<div class="section-label"><a href="/opinion/">Opinion</a> <span>Letters to the Editor</span></div>',
        f"<h1>{esc(s.title)}</h1>",
        f'<p class="dek">{esc(dek)}</p>',
        f'<div class="byline"><span>{esc(byline)}</span>\n<time '
        f'datetime="{c.iso()}">{esc(published)}</time></div>',
        _share_div("share-tools", label, sites),
        guide if guide_top else "",
        '<div class="article-body letters-body">',
        *body_html,
        "</div>",
        f'<p class="disclaimer"><em>{esc(disclaimer)}</em></p>',
        "" if guide_top else guide,
        "</article>",
        f'<section class="opinion-cards"><h2>{esc(more_head)}</h2>'
        + "\n".join(f'<div class="card"><a href="{esc(o.path)}">{esc(o.title)}</a></div>' for o in more)
        + "</section>",
        f'<div class="newsletter"><p>{esc(news)}</p><input type="email"><button>Sign up</button></div>',
        "</main>",
        _foot(c, "footer"),
    ]
    return _end_page(c, lines, "consent-bar", "Accept")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "faq-explainer-accordion": render_faq_explainer_accordion,
    "listicle-slides": render_listicle_slides,
    "weather-desk-forecast": render_weather_desk_forecast,
    "letters-to-the-editor": render_letters_to_the_editor,
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
    _hex,
    _ldjson,
    _links,
    _page_rng,
    _place,
    _retitle,
    _set_body,
    _share_div,
    _snip_titles,
)
from pipeline.synth.prose import EN_DAYS, EN_MONTHS, places, prose_for  # noqa: E402
from pipeline.synth.publishers import Ctx, Story, _slug, _words, esc  # noqa: E402
