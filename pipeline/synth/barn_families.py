"""Four BARN template families for the synthetic publishers (see `pipeline.synth.publishers`).

"barn" is a twelfth split, next to "train", "test", "fresh", "blind", "sealed", "vault", "attic",
"cellar", "crypt", "loft" and "shed": families written by a session that read neither the
extractor nor any extraction result (nor the benchmark notes), so no extraction rule was written or
tuned against them. They are held out until they are measured once; once their scores have been
looked at, they are no longer held out, and a later held-out measurement needs new families.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `BARN_FAMILIES`: the barn families are
generated only by `generate_corpus("barn")`, never by "all", "train", "test" or another held-out
split, so those corpora are as they were. This module also brings a twelfth language, Danish
("da"): its grammar (`DanishProse`), names, place names, UI strings, month names and zones are
defined here and added to the registries of `pipeline.synth.prose` and `pipeline.synth.publishers`
when the module is loaded (new keys only; nothing another language uses changes).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more, pull
quotes and repeated subheadings in `repeated`, aware `published_at`, clean `title` without the site
name or a "live" affix) and those of the earlier held-out splits (a standfirst or lead that opens
the story is body; a list of the subheadings repeating them is not, each subheading is in
`repeated`; in-text calls to action and "read also" lines in the paragraphs' own markup are
boilerplate; a bulleted list inside the text is body, one line per item; a photo's caption and
credit are boilerplate). New here:
  * a live blog's body is every entry as the page shows it, top to bottom: the pinned summary
    post first, then the entries newest first, each entry's own small heading (when it has one)
    before its paragraphs. The entry time stamps, the "Pinned post" label, a contributor line
    opening an entry ("<Name> reports from <place>"), the "Updated at ..." line under an entry and
    the "Key events" box (links repeating the entry headings: each heading is body once and in
    `repeated`) are not body;
  * a correction or update note written for the one article ("Rettelse: ..." closing a Danish
    article, "Editor's note: This story has been updated ..." opening a trade article) is body: the
    newsroom wrote it into the article's own text, it differs from article to article, and a reader
    copying the article would keep it. A site-wide label around the text is not;
  * the trade site's "Dive Brief:" and "Dive Insight:" section labels are the article's own
    subheadings (body, like any subheading), although every article of the site has them: the
    article is written in those two parts (as the earlier splits' fixed editorial note is body);
  * a wiki heading's "[edit]" link is not part of the subheading (the body has the heading alone);
    the wiki's date line opening the content ("Saturday, March 7, 2026"), its related-news box, its
    "Have an opinion on this story? Share it!" line and its "Sources" list are boilerplate.

Families (language; date source):
  barn   live-blog-timeline    en; a LiveBlogPosting JSON-LD (datePublished and coverageStartTime
                               with offset, dateModified, one liveBlogUpdate per entry in UTC),
                               visible "Sat 7 Mar 2026 14.30 GMT" and "Last modified on ...", each
                               entry's <time datetime> in UTC ("Z") shown as "14.52 GMT"; a
                               newspaper's rolling live page on a live-blog platform: the "LIVE"
                               badge, a templated standfirst ("Follow the latest updates ..."), the
                               byline of the current and earlier editors, "Key events" (see above)
                               with "Show key events only", the pinned post, entries newest first
                               (an <h3> each, mostly; a contributor line; a photo with caption and
                               credit in one; a "Related:" line in the paragraphs' own markup in
                               another; "Updated at" lines), a breaking-news sign-up card and
                               "Advertisement" slots between entries, "Load more updates",
                               "Topics", "Reuse this content", "Most viewed" and the footer; URLs
                               /section/live/YYYY/mon/DD/slug; <title> "T – live updates | Section |
                               Site"
  barn   da-lokalavis          da; only a naive <meta name="pubdate"> and <meta name="lastmod"> (local
                               time) and the visible "Publiceret 7. marts 2026 kl. 14.30" and
                               "Opdateret ..." lines; a Danish local daily on a regional media
                               group's shared CMS: the "Log ind" / "Køb abonnement" bar with its
                               offer line, the menu, the "Kun for abonnenter" badge, the bold
                               manchet (the story's first paragraph: body), the photo's caption and
                               "Foto: <name>", byline, "LÆS OGSÅ:" lines in the paragraphs' own
                               <p> markup, an "Annonce" slot with "Artiklen fortsætter under
                               annoncen", the subscriber teaser amid the full text on some
                               articles, the newsletter box, <h3> mellemrubrikker (body), the
                               correction note closing some articles (body, see above), "Emner:",
                               the share bar, the author box, "Mest læste", "Seneste nyt" and the
                               footer (editor in chief, address, CVR number); URLs
                               /section/slug/ECENNNNNNNN/; <title> "T | Site"
  barn   trade-dive-b2b        en; article:published_time with offset, visible "Published March 7,
                               2026" and "Updated March 9, 2026" on updated articles; a B2B trade
                               publication on an Industry Dive-like platform: the topic bar, the
                               "Subscribe" button, the editor's note opening some articles (body),
                               "Dive Brief:" with the first paragraph's sentences as a bulleted
                               list, "Dive Insight:" (both body, see above), the lead image credit
                               ("Retrieved from <company>" / "Permission granted by <company>"), a
                               "Sponsored by <company>" card with its own <h3> headline in the
                               text, the inline newsletter sign-up, the soft registration wall
                               teaser amid the full text on some articles, "Filed Under:", the
                               long "Companies mentioned" list, the author's bio, "Editors' picks",
                               the "Trendline" promo and the footer; URLs /news/slug/NNNNNN/;
                               <title> "T | Site"
  barn   mediawiki-community-news  en; the date alone, only in the visible text (the date line
                               opening the content, "Saturday, March 7, 2026", and the date
                               category); a community news wiki on MediaWiki's Vector skin: the
                               site notice (a donation appeal), "From <site>, the free news source
                               you can write!", the archived-article notice on older articles, the
                               floating "Related news" box, the thumbnail's caption and "Image:"
                               credit, <h2> subheadings with their "[edit]" links, the share box,
                               "Have an opinion on this story? Share it!", "Sources" (each source a
                               line: “Title” — Publisher, date), "Retrieved from", the categories
                               bar, then, after the content in the DOM, the navigation (personal
                               tools, Article / Discussion, Read / Edit / View history, the
                               sidebar portals and tools) and the footer ("This page was last
                               edited on ..." in UTC, the licence); URLs /wiki/Title_with_underscores;
                               <title> "T - Site"

Every renderer gives every story of its publisher the platform's own URL on first use (the stories
are rebuilt for each `render_publisher` call, so this is deterministic). The live-blog renderer
regroups the story into a pinned post and entries and gives most entries a heading of its own; the
Danish renderer may close a story with a correction note and the trade renderer may open one with
an editor's note (both keep the body within 14 paragraphs and 900 words); the trade renderer turns
the first paragraph into the "Dive Brief" list, so `body`, taken from the story after rendering,
has them.
"""

from __future__ import annotations

import json
from datetime import timedelta
from urllib.parse import quote

from pipeline.synth.prose import ScandinavianProse, _w

FAMILIES: dict[str, str] = {
    "live-blog-timeline": "barn",
    "da-lokalavis": "barn",
    "trade-dive-b2b": "barn",
    "mediawiki-community-news": "barn",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "da-lokalavis": "da",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "da-lokalavis": (
        "{p} Folkeblad",
        "{p} Avis",
        "Dagbladet {p}",
        "{p} Amtsavis",
        "Ugeavisen {p}",
        "{p} Posten",
    ),
    "trade-dive-b2b": (
        "{p} Supply Chain Dive",
        "{p} Freight Weekly",
        "{p} Builder Brief",
        "{p} Grocer Insider",
        "{p} Packaging Review",
    ),
    "mediawiki-community-news": (
        "{p} Wikinews",
        "{p} Community Wiki News",
        "WikiNews {p}",
        "{p} OpenWiki News",
    ),
}


# --- Danish ------------------------------------------------------------------------------------

DA_FIRST = _w("""Anne Mette Lars Søren Jens Hanne Mads Camilla Rasmus Louise Niels Pia Anders Mikkel
    Line Henrik Sofie Jesper Karen Frederik Ida Kasper Maja Christian Emma Bo Trine Jakob Signe Ole""")
DA_SURNAMES = _w("""Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen
    Jørgensen Petersen Madsen Kristensen Olsen Thomsen Poulsen Johansen Møller Mortensen Knudsen
    Lauridsen Kjær Dahl Bech Holm Vestergaard Frandsen Skov""")
# place names without "æ" and "ø", so that a host name made from one is ASCII ("å" decomposes)
DA_PLACE_FORMS = (
    ("", "", "", "Vester ", "Store ", "Ny "),
    _w("rup strup lev borg sted lund bjerg holm skov by havn bro gård ing"),
)
# nouns: indefinite, definite, gender ("c": en, "n": et)
DA_NOUNS: tuple[tuple[str, ...], ...] = tuple(
    tuple(w.split(":"))
    for w in _w("""
    kommune:kommunen:c byråd:byrådet:n borgmester:borgmesteren:c skole:skolen:c sygehus:sygehuset:n
    bro:broen:c budget:budgettet:n plan:planen:c station:stationen:c museum:museet:n
    svømmehal:svømmehallen:c cykelsti:cykelstien:c boligområde:boligområdet:n lokalplan:lokalplanen:c
    rapport:rapporten:c region:regionen:c forening:foreningen:c festival:festivalen:c
    vindmøllepark:vindmølleparken:c havn:havnen:c bibliotek:biblioteket:n busrute:busruten:c
    rundkørsel:rundkørslen:c byggeprojekt:byggeprojektet:n plejecenter:plejecentret:n
    naturområde:naturområdet:n idrætshal:idrætshallen:c daginstitution:daginstitutionen:c
    bageri:bageriet:n torv:torvet:n forslag:forslaget:n udvalg:udvalget:n""")
)
# adjectives: common gender, neuter, the -e form (definite and plural)
DA_ADJ: tuple[tuple[str, ...], ...] = tuple(
    tuple(w.split(":"))
    for w in _w("""ny:nyt:nye gammel:gammelt:gamle lokal:lokalt:lokale kommunal:kommunalt:kommunale
    omstridt:omstridt:omstridte planlagt:planlagt:planlagte moderne:moderne:moderne
    historisk:historisk:historiske stor:stort:store dyr:dyrt:dyre midlertidig:midlertidigt:midlertidige
    populær:populært:populære ambitiøs:ambitiøst:ambitiøse forældet:forældet:forældede""")
)
DA_VERBS = _w("""vedtaget godkendt afvist udskudt bekræftet præsenteret åbnet lukket kritiseret rost
    krævet støttet undersøgt offentliggjort renoveret udvidet sænket hævet forlænget aflyst""")
DA_DAYS = _w("mandag tirsdag onsdag torsdag fredag lørdag søndag")
DA_TIMES = (
    "mandag",
    "tirsdag aften",
    "i sidste uge",
    "i weekenden",
    "enstemmigt",
    "efter en lang debat",
    "torsdag morgen",
    "igen",
    "tidligere på måneden",
)
DA_SOURCES = (
    "Ifølge kommunen",
    "Ifølge politiet",
    "Ifølge en rapport fra regionen",
    "Ifølge flere naboer",
    "Ifølge forvaltningen",
)
DA_ROLES = (
    "formand for teknik- og miljøudvalget",
    "talsperson for kommunen",
    "formand for foreningen",
    "skoleleder",
    "gruppeformand i byrådet",
    "vagtchef ved politiet",
    "indehaver",
)
DA_SUBHEADS = (
    "Det videre forløb",
    "Kritik fra oppositionen",
    "Udgifterne",
    "Reaktioner fra byen",
    "En lang kamp",
    "Baggrund",
    "Åbne spørgsmål",
    "Næste skridt",
    "Det siger borgerne",
)
DA_MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december",
)


class DanishProse(ScandinavianProse):
    """Danish local-news prose (en/et nouns with the definite suffix, "den nye plan" / "det nye
    budget" / "et nyt budget", the perfect with the participle after the adverb, V2 word order
    after a fronted adverbial, »…« quotes with "siger")."""

    lang = "da"
    NOUNS, ADJ, VERBS, DAYS, TIMES = DA_NOUNS, DA_ADJ, DA_VERBS, DA_DAYS, DA_TIMES
    SOURCES, ROLES, SUBHEADS = DA_SOURCES, DA_ROLES, DA_SUBHEADS
    QUOTE = ("»", "«")
    SAYS = "siger"
    CONJUNCTIONS = ("fordi", "efter at", "mens", "selvom")
    COST = "Udgifterne anslås til omkring"
    ABOUT, RESIDENTS = "Omkring", "borgere"
    BECOMES = "bliver"
    DEBATE = "Debat"
    CLAIM = "»Vi vil have klarhed«"


DA_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Forside", "Nyheder", "Lokalt", "Sport", "112", "Kultur", "Erhverv", "Debat", "Navne",
            "E-avis", "Bolig"),
    "sections": ("Lokalt", "Politik", "Erhverv", "Trafik", "Skole", "Kultur", "Sport"),
    "related": ("Læs også", "Flere nyheder fra {place}", "Mere fra {short} lige nu", "Andre læser også"),
    "read_more": ("LÆS OGSÅ:", "Læs også:", "LÆS MERE:"),
    "by": ("Af",),
    "desks": ("Journalist", "Nyhedsreporter", "Redaktionen", "Politisk reporter", "Sportsjournalist"),
    "share": ("Del artiklen", "Del"),
    "share_sites": ("Facebook", "X", "LinkedIn", "Mail", "Kopiér link"),
    "newsletter": (
        "Få de vigtigste nyheder fra dit lokalområde direkte i indbakken hver morgen.",
        "Tilmeld dig vores gratis nyhedsbrev og gå ikke glip af noget fra kommunen.",
    ),
    "comments": (
        "Kommentarsporet er lukket for denne artikel.",
        "Log ind for at kommentere og deltage i debatten.",
    ),
    "cookie": (
        "Vi bruger cookies for at give dig en bedre oplevelse og for at vise relevante annoncer.",
        "Ved at fortsætte med at bruge siden accepterer du vores brug af cookies.",
    ),
    "ad": ("Annonce – artiklen fortsætter nedenfor", "ANNONCE · Læs videre herunder"),
    "copyright": (
        "© {year} {name}. Alle rettigheder forbeholdes.",
        "Copyright © {name} {year}. Eftertryk forbudt uden tilladelse.",
    ),
    "disclaimer": ("Indholdet må ikke gengives uden tilladelse fra redaktionen.",),
    "tagline": ("Nyheder fra {region} siden {since}", "Din lokale avis siden {since}"),
    "bio": (
        "{author} er journalist på {name} og dækker {beat}.",
        "{author} har arbejdet på {name} siden {since2} og skriver primært om {beat}.",
    ),
    "beats": (
        "kommunalpolitik",
        "trafik og infrastruktur",
        "skole og uddannelse",
        "sundhed og ældrepleje",
        "erhvervslivet",
        "kultur og fritid",
        "kriminalitet og retssager",
    ),
    "editorial": ("Artiklen indgår i serien »Vores kommune« fra {name}.",),
    "classified": ("Sælges: renoveret treværelses lejlighed i midtbyen, 74 kvm, altan mod syd.",),
    "subscribe": ("Køb abonnement – første måned for 1 kr.",),
}
# Denmark, the Faroe Islands and Greenland (Nuuk: UTC-02:00 with summer time from 2024)
DA_ZONES = ("Europe/Copenhagen", "Europe/Copenhagen", "Atlantic/Faroe", "America/Nuuk")


def _dslug(text: str) -> str:
    """An ASCII slug for Danish text ("æ" as "ae", "ø" as "oe"; "å" loses its ring)."""
    for a, b in (("æ", "ae"), ("ø", "oe"), ("Æ", "Ae"), ("Ø", "Oe")):
        text = text.replace(a, b)
    return _aslug(text)


# --- shared ------------------------------------------------------------------------------------


def _body_words(c: Ctx) -> int:
    return sum(_words(t) for tag, t in c.story.blocks if tag not in ("h2", "h3"))


# --- live-blog-timeline ------------------------------------------------------------------------

LB_HEADS = (
    "Police confirm road closure",
    "Council leader responds",
    "Residents gather outside town hall",
    "Trains delayed until this evening",
    "Mayor to speak at 3pm",
    "Firefighters remain at the scene",
    "What we know so far",
    "Opposition calls for an inquiry",
    "Schools send pupils home early",
    "Hospital issues a statement",
    "Crowds build near the harbour",
    "Minister expected to visit",
    "Bus services diverted",
    "Vote postponed until Monday",
    "Weather warning extended",
    "Union reacts to the decision",
    "Business owners count the cost",
    "Emergency number for families",
    "Drone footage shows the damage",
    "Recap: the morning so far",
)
LB_STANDFIRSTS = (
    "Follow the latest updates from {place} as they happen",
    "All the latest news and reaction from {place}, as it happens",
    "Live coverage of today's developments in {place} and the surrounding area",
)
LB_CAPTIONS = (
    "The scene in {place} this afternoon",
    "People watch from behind a police cordon in {place}",
    "Traffic backed up on the main road into {place}",
    "Council staff arrive for the emergency meeting",
)
LB_AGENCIES = ("PA", "Reuters", "Getty Images", "AP", "Shutterstock")
LB_TOPICS = ("Local news", "Council", "Transport", "Weather", "Police", "Politics", "Health")
LB_FOOTER = "About us Contact us Complaints and corrections Terms and conditions Privacy policy"


def _lb_stamp(dt: datetime) -> str:
    """ "Sat 7 Mar 2026 14.30 GMT"."""
    return f"{dt:%a} {dt.day} {dt:%b} {dt.year} {dt:%H.%M} {dt.tzname()}"


def _lb_entries(c: Ctx) -> list[tuple[str | None, list[int]]]:
    """Regroup the story into a pinned post (its first paragraph) and entries of one or two
    paragraphs, most with a heading of their own (the story's own subheadings are dropped); the
    entries as (heading, indices of their paragraphs in the new blocks)."""
    s = c.story
    texts_ = [t for tag, t in s.blocks if tag == "p"]
    sents = [s.sentences[i] for i in _paras(s)]
    hr = c.stable(f"lb-heads-{s.title}")
    pool = list(LB_HEADS)
    hr.shuffle(pool)
    groups: list[list[int]] = []
    k = 1
    while k < len(texts_):
        size = 2 if hr.random() < 0.25 and k + 1 < len(texts_) else 1
        groups.append(list(range(k, k + size)))
        k += size
    blocks: list[tuple[str, str]] = [("p", texts_[0])]
    sentences: list[list[str]] = [sents[0]]
    entries: list[tuple[str | None, list[int]]] = []
    for n, g in enumerate(groups):
        head = pool.pop() if (n == 0 or hr.random() < 0.75) else None
        if head:
            blocks.append(("h3", head))
            sentences.append([])
        at: list[int] = []
        for i in g:
            at.append(len(blocks))
            blocks.append(("p", texts_[i]))
            sentences.append(sents[i])
        entries.append((head, at))
    s.blocks, s.sentences = blocks, sentences
    return entries


def render_live_blog_timeline(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    r = c.stable("barn-lb")
    c.repath(
        lambda o: f"/{_aslug(o.section)}/live/{o.published.year}/"
        f"{MONTHS['en'][o.published.month - 1][:3].lower()}/{o.published:%d}/{_aslug(o.title)}"
    )
    entries = _lb_entries(c)
    # the entries' times: the oldest (at the bottom) at the publication time, newer ones above
    tr = c.stable(f"lb-times-{s.title}")
    times: list[datetime] = [d]
    for _ in entries[1:]:
        times.append(times[-1] + timedelta(minutes=tr.randint(4, 38)))
    times.reverse()  # top to bottom: newest first
    pinned_at = d + timedelta(minutes=tr.randint(1, 3))
    latest = times[0] + timedelta(minutes=tr.randint(26, 40))  # after every "Updated at"
    ids = [_hex(c.stable(f"lb-id-{s.title}-{k}"), 24) for k in range(len(entries) + 1)]
    editors = [a for a in pub.authors if a is not s.author]
    earlier = c.stable(f"lb-earlier-{s.title}").choice(editors) if editors else None

    def utc(t: datetime) -> str:
        return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": s.title,
        "url": c.url(),
        "datePublished": c.iso(),
        "coverageStartTime": c.iso(),
        "dateModified": latest.isoformat(timespec="seconds"),
        "author": [{"@type": "Person", "name": a.name} for a in (s.author, earlier) if a],
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": head or s.blocks[at[0]][1][:110],
                "datePublished": utc(t),
                "url": f"{c.url()}#block-{ids[k + 1]}",
            }
            for k, ((head, at), t) in enumerate(zip(entries, times, strict=True))
        ],
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} – live updates | {esc(s.section)} | {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(ld),
        f'<link rel="stylesheet" href="/static/frontend/css/liveblog.{_hex(r, 12)}.css">',
        "</head>",
        f'<body class="content--liveblog {esc(pub.token)}">',
        f'<header class="masthead"><a class="logo" href="/">{esc(pub.name)}</a>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="masthead__tagline">{esc(c.snip(pub.tagline))}</p>')
    nav = c.nav_items()
    lines += [
        '<nav class="pillars"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in nav],
        "</ul></nav></header>",
    ]
    standfirst = c.snip(c.stable("lb-standfirst").choice(LB_STANDFIRSTS).format(place=place))
    byline = c.snip(
        f"{s.author.name} (now) and {earlier.name} (earlier)" if earlier else f"{s.author.name} (now)"
    )
    opened = c.snip(_lb_stamp(d))
    modified = c.snip(f"Last modified on {_lb_stamp(latest)}")
    lines += [
        '<main><article class="liveblog">',
        '<div class="liveblog__header">',
        f'<a class="liveblog__section" href="/{_aslug(s.section)}">{esc(s.section)}</a>',
        '<span class="badge badge--live">LIVE</span>',
        f'<h1 class="liveblog__headline">{esc(s.title)}</h1>',
        f'<div class="liveblog__standfirst"><p>{esc(standfirst)}</p></div>',
        f'<address class="liveblog__byline">{esc(byline)}</address>',
        f'<div class="liveblog__dates"><time datetime="{c.iso()}">{esc(opened)}</time>\n'
        f'<span class="liveblog__modified">{esc(modified)}</span></div>',
        "</div>",
    ]
    keyed = [(head, k) for k, (head, _) in enumerate(entries) if head]
    c.repeated.extend(_norm(h) for h, _ in keyed)
    toggle = c.snip("Show key events only Please turn on JavaScript to use this feature")
    lines += [
        '<div class="key-events"><h2>Key events</h2><ul>',
        *[
            f'<li><a href="#block-{ids[k + 1]}"><time datetime="{utc(times[k])}">{times[k]:%H.%M}</time> '
            f"<span>{esc(h)}</span></a></li>"
            for h, k in keyed
        ],
        "</ul>",
        f'<label class="key-events__toggle"><input type="checkbox"> {esc(toggle)}</label></div>',
    ]
    lines.append('<div class="liveblog__body" data-live="true">')
    # the pinned post: the story's first paragraph
    lines += [
        f'<article class="block block--pinned" id="block-{ids[0]}">',
        '<p class="block__pinned-label">Pinned post</p>',
        f'<header class="block__meta"><time datetime="{utc(pinned_at)}">{pinned_at:%H.%M} '
        f"{esc(pinned_at.tzname() or '')}</time></header>",
        f'<div class="block__body"><p>{c.inline(s.blocks[0][1])}</p></div>',
        "</article>",
    ]
    others = c.pick_others(4)
    rel_k = c.rng.randrange(len(entries))
    fig_k = c.rng.randrange(len(entries))
    who_k = {k for k in range(len(entries)) if c.stable(f"lb-who-{s.title}-{k}").random() < 0.3}
    upd_k = {k for k in range(len(entries)) if c.stable(f"lb-upd-{s.title}-{k}").random() < 0.3}
    reporters = [a for a in pub.authors if a is not s.author] or list(pub.authors)
    for k, ((head, at), t) in enumerate(zip(entries, times, strict=True)):
        block = [
            f'<article class="block" id="block-{ids[k + 1]}">',
            f'<header class="block__meta"><a class="block__time" href="?page=with:block-{ids[k + 1]}'
            f'#block-{ids[k + 1]}"><time datetime="{utc(t)}">{t:%H.%M} {esc(t.tzname() or "")}</time></a>'
            "</header>",
        ]
        if head:
            block.append(f'<h3 class="block__title">{esc(head)}</h3>')
        inner: list[str] = []
        if k in who_k:
            rep = c.stable(f"lb-rep-{s.title}-{k}").choice(reporters)
            who = c.snip(f"{rep.name} reports from {place}")
            inner.append(f'<p class="block__contributor">{esc(who)}</p>')
        if k == fig_k:
            cap = c.stable(f"lb-cap-{s.title}").choice(LB_CAPTIONS).format(place=place)
            credit = f"Photograph: {c.stable(f'lb-ag-{s.title}').choice(LB_AGENCIES)}"
            c.snip(f"{cap}. {credit}")
            inner.append(
                f'<figure class="block__figure"><img src="https://i.{pub.host}/img/media/'
                f'{_hex(c.rng, 16)}.jpg" alt=""><figcaption>{esc(cap)}. <span class="credit">'
                f"{esc(credit)}</span></figcaption></figure>"
            )
        for i in at:
            inner.append(f"<p>{c.inline(s.blocks[i][1])}</p>")
        if k == rel_k and others:
            o = others[0]
            c.snip(f"Related: {o.title}")
            inner.append(f'<p><strong>Related:</strong> <a href="{esc(o.path)}">{esc(o.title)}</a></p>')
        block.append('<div class="block__body">' + "\n".join(inner) + "</div>")
        foot = '<footer class="block__footer">'
        if k in upd_k:
            u = t + timedelta(minutes=c.stable(f"lb-u-{s.title}-{k}").randint(3, 25))
            foot += f'<p class="block__updated">{esc(c.snip(f"Updated at {u:%H.%M} {u.tzname()}"))}</p>'
        block += [foot + '<button class="share">Share</button></footer>', "</article>"]
        lines += block
        if k == 1:
            promo = c.snip(
                f"Sign up for {pub.name} breaking news alerts and get the biggest stories from {place} "
                "as they happen"
            )
            lines.append(
                f'<aside class="liveblog__epic"><p>{esc(promo)}</p><input type="email" '
                'placeholder="Your email address"><button>Sign up</button></aside>'
            )
        if k in (2, 6) and k < len(entries) - 1:
            ad = c.text("ad") if c.has("ads") else "Advertisement"
            lines.append(
                f'<div class="ad-slot ad-slot--liveblog"><p class="ad-slot__label">{esc(ad)}</p></div>'
            )
    lines += [
        "</div>",
        '<div class="liveblog__pagination"><button class="load-more">Load more updates</button>'
        ' <a href="#top">Back to top</a></div>',
    ]
    topics = [place, *c.stable(f"lb-topics-{s.title}").sample(LB_TOPICS, 3)]
    c.snip("Topics " + " ".join(topics))
    lines += [
        '<div class="submeta"><span>Topics</span>\n<ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in topics],
        "</ul></div>",
        _share_bar(c, "share-bar"),
        f'<a class="reuse" href="/help/reuse">{esc(c.snip("Reuse this content"))}</a>',
        "</article>",
        '<aside class="most-viewed"><h2>Most viewed</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[1:]],
        "</ol></aside></main>",
        '<footer class="site-footer">',
        f"<p>{esc(c.snip(LB_FOOTER))}</p>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    if c.has("cookie"):
        lines.append(
            f'<div class="cmp-banner"><p>{esc(c.text("cookie"))}</p><button>Yes, I’m happy</button></div>'
        )
    lines += [
        f'<script src="/static/frontend/js/liveblog.{_hex(r, 12)}.js" defer></script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- da-lokalavis ------------------------------------------------------------------------------

DA_CAPTIONS = (
    "Byrådssalen i {place}.",
    "Arkivfoto fra midtbyen i {place}.",
    "Brandvæsenet rykkede hurtigt ud i {place}.",
    "Borgere i {place} fulgte med.",
    "Området ved havnen i {place}.",
)
DA_GROUPS = ("Jysk Fynske Medier", "Sydvestjyske Medier", "Nordjyske Mediehus", "Midtjyske Blade")
DA_FOOTER = ("Kontakt", "Annoncer", "Privatlivspolitik", "Cookies", "Handelsbetingelser", "Job")


def _da_date(dt: datetime) -> str:
    """ "7. marts 2026 kl. 14.30"."""
    return f"{dt.day}. {DA_MONTHS[dt.month - 1]} {dt.year} kl. {dt:%H.%M}"


def _da_note(c: Ctx) -> bool:
    """Close some stories with a correction or update note (body), when the body has room."""
    s = c.story
    nr = c.stable(f"da-note-{s.title}")
    if nr.random() >= 0.35 or _long_lines(c.story) >= 14:
        return False
    prose = DanishProse(nr)
    when = s.published + timedelta(hours=nr.randint(2, 30), minutes=nr.randint(0, 59))
    if nr.random() < 0.5:
        note = (
            f"Rettelse: I en tidligere version af artiklen stod der, at {prose.np()} havde "
            f"{nr.choice(DA_VERBS)} {prose.obj()}. Det var ikke korrekt, og artiklen er nu rettet."
        )
    else:
        note = (
            f"Opdateret {when.day}. {DA_MONTHS[when.month - 1]} kl. {when:%H.%M}: Artiklen er opdateret "
            f"med en kommentar fra {prose.person()}, {nr.choice(DA_ROLES)}."
        )
    s.blocks.append(("p", note))
    s.sentences.append([note])
    _trim(s, keep=1)
    return True


def render_da_lokalavis(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    r = c.stable("barn-da")
    c.repath(
        lambda o: f"/{_dslug(o.section)}/{_dslug(o.title)}/"
        f"ECE{c.stable(f'daid-{o.title}').randint(10**7, 10**8 - 1)}/"
    )
    note_at = len(s.blocks) - 1 if _da_note(c) else None
    premium = c.stable(f"da-premium-{s.title}").random() < 0.5
    modified = d + timedelta(minutes=c.rng.randint(20, 1500))
    naive = "%Y-%m-%dT%H:%M:%S"
    manchet = s.blocks[0][1]
    lines = [
        "<!DOCTYPE html>",
        '<html lang="da">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(manchet[:150])}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta name="pubdate" content="{d:{naive}}">',
        f'<meta name="lastmod" content="{modified:{naive}}">',
        f'<meta name="section" content="{esc(s.section)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/resources/css/site.{_hex(r, 10)}.css">',
        "</head>",
        f'<body class="article-page site-{esc(pub.token)}">',
    ]
    offer = c.snip(f"Prøv {pub.name} digitalt for 1 kr. den første måned")
    lines += [
        '<div class="topbar"><a href="/log-ind">Log ind</a> '
        f'<a class="topbar__buy" href="/abonnement">Køb abonnement</a> <span>{esc(offer)}</span></div>',
        f'<header class="header"><a class="header__logo" href="/">{esc(pub.name)}</a>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="header__tagline">{esc(c.snip(pub.tagline))}</p>')
    nav = c.nav_items()
    lines += [
        '<nav class="header__menu"><ul>',
        *[f'<li><a href="/{_dslug(x)}">{esc(x)}</a></li>' for x in nav],
        "</ul></nav></header>",
    ]
    photographer = DanishProse(c.stable(f"da-photo-{s.title}")).person()
    cap = c.stable(f"da-cap-{s.title}").choice(DA_CAPTIONS).format(place=place)
    c.snip(f"{cap} Foto: {photographer}")
    a = s.author
    byline = c.snip(f"Af {a.name}, {a.desk.lower()}")
    published = c.snip(f"Publiceret {_da_date(d)}")
    updated = c.snip(f"Opdateret {_da_date(modified)}")
    lines += [
        '<main class="main"><article class="article">',
        f'<div class="article__kicker"><a href="/{_dslug(s.section)}">{esc(s.section)}</a>'
        + (' <span class="article__premium">Kun for abonnenter</span>' if premium else "")
        + "</div>",
        f'<h1 class="article__headline">{esc(s.title)}</h1>',
        f'<p class="article__manchet"><strong>{esc(manchet)}</strong></p>',
        f'<figure class="article__topimage"><img src="/images/{_hex(c.rng, 20)}.jpg" alt="">'
        f'<figcaption>{esc(cap)} <span class="article__photographer">Foto: {esc(photographer)}</span>'
        "</figcaption></figure>",
        f'<div class="article__byline"><a href="/profil/{_dslug(a.name)}">{esc(byline)}</a> '
        f'<a href="mailto:{_dslug(a.name).replace("-", ".")}@{pub.host}">Skriv til journalisten</a></div>',
        f'<div class="article__dates"><time>{esc(published)}</time> <span>{esc(updated)}</span></div>',
    ]
    body: list[str] = []
    for i, (tag, text) in enumerate(s.blocks):
        if i == 0:
            continue
        if i == note_at:
            body.append(f'<p class="article__correction"><em>{esc(text)}</em></p>')
        elif tag == "p":
            body.append(f"<p>{esc(text)}</p>")
        else:
            body.append(f'<h3 class="article__subheading">{esc(text)}</h3>')
    others = c.pick_others(7)
    read = c.pick("read_more")
    inserts: list[tuple[int, str]] = []
    for n, o in zip((0, 3), others[:2], strict=False):
        c.snip(f"{read} {o.title}")
        inserts.append(
            (n, f'<p class="laes-ogsaa"><strong>{esc(read)}</strong> '
                f'<a href="{esc(o.path)}">{esc(o.title)}</a></p>')
        )
    cont = c.snip("Artiklen fortsætter under annoncen")
    inserts.append(
        (1, '<div class="annonce"><span class="annonce__label">Annonce</span>'
            '<div class="annonce__slot"></div>'
            f'<p class="annonce__continue">{esc(cont)}</p></div>')
    )
    if premium:
        teaser = c.snip(
            "Denne artikel er kun for abonnenter. Køb et abonnement og få adgang til alle artikler "
            f"på {pub.name}."
        )
        inserts.append(
            (0, f'<div class="paywall" data-paywall="soft"><p>{esc(teaser)}</p>'
                f'<a class="btn" href="/abonnement">{esc(c.snip("Se vores abonnementer her"))}</a> '
                f'<p>{esc(c.snip("Er du allerede abonnent? Log ind"))}</p></div>')
        )
    letter = c.text("newsletter")
    inserts.append(
        (2, f'<div class="newsletter-box"><h4>Nyhedsbrev</h4><p>{esc(letter)}</p>'
            '<input type="email" placeholder="Din e-mail"><button>Tilmeld</button></div>')
    )
    lines += ['<div class="article__body">', *_insert_after(body, "<p>", inserts), "</div>"]
    topics = [place, *c.stable(f"da-topics-{s.title}").sample(DA_UI["sections"], 2)]
    c.snip("Emner: " + " ".join(topics))
    lines += [
        '<div class="article__tags">Emner:\n'
        + "\n".join(f'<a href="/emne/{_dslug(x)}">{esc(x)}</a>' for x in topics)
        + "</div>",
        _share_bar(c, "article__share"),
    ]
    if c.has("bio"):
        lines.append(f'<div class="author-box"><h4>{esc(a.name)}</h4><p>{esc(c.bio())}</p></div>')
    lines += [
        "</article>",
        '<aside class="sidebar">',
        '<section class="most-read"><h2>Mest læste</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:5]],
        "</ol></section>",
        '<section class="latest"><h2>Seneste nyt</h2><ul>',
    ]
    for k, o in enumerate(others[5:7]):
        t = d + timedelta(minutes=13 * (k + 1))
        c.snip(f"{t:%H.%M} {o.title}")
        lines.append(f'<li><time>{t:%H.%M}</time> <a href="{esc(o.path)}">{esc(o.title)}</a></li>')
    chief = DanishProse(c.stable("da-chief")).person()
    phone = " ".join(str(r.randint(10, 99)) for _ in range(3))
    address = c.snip(
        f"{pub.name}, Torvet {r.randint(1, 40)}, {r.randint(5000, 9990)} {place}. Tlf. 70 {phone}. "
        f"CVR-nr. {r.randint(10**7, 10**8 - 1)}"
    )
    group = r.choice(DA_GROUPS)
    lines += [
        "</ul></section>",
        "</aside></main>",
        '<footer class="footer"><ul>',
        *[f'<li><a href="/{_dslug(x)}">{esc(x)}</a></li>' for x in DA_FOOTER],
        "</ul>",
        f"<p>{esc(c.snip(f'Ansvarshavende chefredaktør: {chief}'))}</p>",
        f"<p>{esc(address)}</p>",
        f"<p>{esc(c.snip(f'{pub.name} er en del af {group}'))}</p>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    c.snip(" ".join(DA_FOOTER[:5]))
    if c.has("cookie"):
        lines.append(
            f'<div class="cookie-consent"><p>{esc(c.text("cookie"))}</p><button>Accepter alle</button></div>'
        )
    lines += ["</body>", "</html>"]
    return _j(lines)


# --- trade-dive-b2b ----------------------------------------------------------------------------

TD_TOPICS = ("Operations", "Procurement", "Regulation", "Logistics", "Technology", "Labor", "Sustainability",
             "Mergers and acquisitions", "Warehousing", "Retail")
TD_SUFFIXES = ("Logistics", "Freight Inc.", "Foods Corp.", "Holdings", "Group", "Systems Ltd",
               "Packaging Co.", "Industries", "Partners LLC", "Distribution")
TD_SPONSORED = (
    "How {co} cut warehouse costs by 30 percent",
    "Five ways to future-proof your operations in 2026",
    "The hidden cost of manual procurement",
    "Why mid-size distributors are switching to cloud planning",
)
TD_PUBS = "Supply Chain Dive Retail Dive Construction Dive Food Dive Packaging Dive Utility Dive"


def _td_companies(c: Ctx, key: str, n: int) -> list[str]:
    cr = c.stable(key)
    prose = prose_for("en", cr)
    out: list[str] = []
    while len(out) < n:
        name = f"{prose.person().split()[-1]} {cr.choice(TD_SUFFIXES)}"
        if name not in out:
            out.append(name)
    return out


def _td_brief(c: Ctx, lead: int) -> None:
    """Turn the story's first paragraph (index `lead`) into the "Dive Brief:" list (its sentences,
    one item each, a short one joined to the next, so that every item has more than six words; at
    most four items, the rest a paragraph after them) and add the "Dive Insight:" label before the
    rest, when the body has room; otherwise the labels open the paragraphs as they are."""
    s = c.story
    items: list[list[str]] = [[]]
    for x in s.sentences[lead]:
        if sum(_words(y) for y in items[-1]) > 6:
            items.append([])
        items[-1].append(x)
    if len(items) > 1 and sum(_words(y) for y in items[-1]) <= 6:
        items[-2] += items.pop()
    room = 14 - _long_lines(c.story) + 1  # the lines the first paragraph may become
    k = min(len(items), 4, room)
    if len(items) > k:
        k = min(k, room - 1)
    if k >= 2:
        rest = [x for item in items[k:] for x in item]
        new_b = [("li", " ".join(item)) for item in items[:k]] + ([("p", " ".join(rest))] if rest else [])
        new_s = [list(item) for item in items[:k]] + ([rest] if rest else [])
        s.blocks[lead : lead + 1] = new_b
        s.sentences[lead : lead + 1] = new_s
        after = lead + len(new_b)
    else:
        after = lead + 1
    s.blocks.insert(after, ("h2", "Dive Insight:"))
    s.sentences.insert(after, [])
    s.blocks.insert(lead, ("h2", "Dive Brief:"))
    s.sentences.insert(lead, [])


def render_trade_dive_b2b(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    r = c.stable("barn-td")
    c.repath(lambda o: f"/news/{_aslug(o.title)}/{c.stable(f'tdid-{o.title}').randint(700_000, 799_999)}/")
    companies = _td_companies(c, f"td-co-{s.title}", c.stable(f"td-n-{s.title}").randint(6, 10))
    nr = c.stable(f"td-note-{s.title}")
    note = None
    if nr.random() < 0.35 and _long_lines(c.story) < 14:
        note = (
            f"Editor’s note: This story has been updated to include comment from {nr.choice(companies)} "
            f"and details of the {nr.choice(('contract', 'filing', 'settlement', 'acquisition', 'layoffs'))}."
        )
        s.blocks.insert(0, ("p", note))
        s.sentences.insert(0, [note])
        _trim(s, keep=1)
    _td_brief(c, 1 if note else 0)
    updated = d + timedelta(days=nr.randint(1, 4), hours=nr.randint(0, 6)) if note else None
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta name="keywords" content="{esc(", ".join(companies[:3]))}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/static/css/dist/main.{_hex(r, 8)}.css">',
        "</head>",
        '<body class="article-page">',
    ]
    topics = c.stable("td-topbar").sample(TD_TOPICS, 7)
    c.snip(" ".join(topics[:5]))
    lines += [
        f'<header class="pub-header"><a class="pub-header__logo" href="/">{esc(pub.name)}</a>',
        '<nav class="pub-header__topics"><span>Topics covered:</span><ul>',
        *[f'<li><a href="/topic/{_aslug(x)}/">{esc(x)}</a></li>' for x in topics],
        "</ul></nav>",
        f'<a class="button button--subscribe" href="/signup/">{esc(c.snip(f"Subscribe to {pub.name}"))}</a>',
        '<a href="/login/">Sign in</a></header>',
    ]
    filed = c.stable(f"td-filed-{s.title}").sample(TD_TOPICS, 2)
    a = s.author
    byline = c.snip(f"{a.name} {a.desk}")
    published = c.snip(f"Published {_en_date(d)}")
    lines += [
        '<main><article class="article">',
        f'<p class="article__label"><a href="/topic/{_aslug(filed[0])}/">{esc(filed[0])}</a></p>',
        f'<h1 class="article__title">{esc(s.title)}</h1>',
        f'<div class="article__byline"><a href="/editors/{_aslug(a.name)}/">{esc(a.name)}</a> '
        f'<span class="article__role">{esc(a.desk)}</span></div>',
        f'<div class="article__dates"><span class="published-info">{esc(published)}</span>',
    ]
    c.snip(byline)
    if updated:
        lines.append(f'<span class="updated-info">{esc(c.snip(f"Updated {_en_date(updated)}"))}</span>')
    lines.append("</div>")
    lr = c.stable(f"td-img-{s.title}")
    credit = (
        f"Retrieved from {lr.choice(companies)} on {_en_date(d - timedelta(days=lr.randint(1, 20)))}"
        if lr.random() < 0.5
        else f"Permission granted by {lr.choice(companies)}"
    )
    lines.append(
        f'<figure class="article__image"><img src="https://imgproxy.{pub.host}/{_hex(c.rng, 32)}/'
        f'original.jpg" alt=""><figcaption><span class="image-credit">{esc(c.snip(credit))}</span>'
        "</figcaption></figure>"
    )
    body: list[str] = []
    items: list[str] = []
    for tag, text in [*s.blocks, ("end", "")]:
        if tag != "li" and items:
            body.append("<ul>\n" + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>")
            items = []
        if tag == "li":
            items.append(esc(text))
        elif tag == "p" and text == note:
            body.append(f'<p class="editors-note"><em>{esc(text)}</em></p>')
        elif tag == "p":
            body.append(f"<p>{c.inline(text)}</p>")
        elif tag in ("h2", "h3"):
            body.append(f"<h2>{esc(text)}</h2>" if text.startswith("Dive ") else f"<h3>{esc(text)}</h3>")
    sponsor = c.stable(f"td-sp-{s.title}").choice(companies)
    sp_head = c.snip(c.stable(f"td-sph-{s.title}").choice(TD_SPONSORED).format(co=sponsor))
    sp_teaser = c.snip(f"Download the free guide from {sponsor} to learn more.")
    sp_label = c.snip(f"Sponsored by {sponsor}")
    sponsored = (
        f'<aside class="sponsored-card"><p class="sponsored-card__label">{esc(sp_label)}</p>\n'
        f'<h3 class="sponsored-card__title"><a href="https://{_aslug(sponsor)}.example/guide" '
        'rel="sponsored">'
        f"{esc(sp_head)}</a></h3>\n<p>{esc(sp_teaser)}</p></aside>"
    )
    covered = c.snip("Topics covered: " + ", ".join(topics[:4]).lower() + " and more.")
    signup_h = c.snip("Get the free daily newsletter read by industry experts")
    signup = (
        f'<div class="inline-signup"><h4>{esc(signup_h)}</h4>\n'
        f"<p>{esc(covered)}</p>\n"
        '<form><input type="email" placeholder="Work email"><button>Sign up</button></form></div>'
    )
    inserts: list[tuple[int, str]] = [(1, sponsored), (3, signup)]
    if c.stable(f"td-wall-{s.title}").random() < 0.5:
        register = c.snip(
            f"Register for free to keep reading {pub.name} and get unlimited access to our news and analysis."
        )
        wall = (
            '<div class="regwall" data-regwall="soft">'
            f'<p>{esc(c.snip("You have read 1 of 3 free articles this month."))}</p>\n'
            f"<p>{esc(register)}</p>\n"
            '<a class="button" href="/signup/">Register</a> <a href="/login/">Sign in</a></div>'
        )
        inserts.append((2, wall))
    lines += ['<div class="article-body">', *_insert_after(body, "<p>", inserts),
              "</div>"]
    c.snip("Filed Under: " + ", ".join(filed))
    lines.append(
        '<p class="article__filed">Filed Under: '
        + ", ".join(f'<a href="/topic/{_aslug(x)}/">{esc(x)}</a>' for x in filed)
        + "</p>"
    )
    c.snip("Companies mentioned " + " ".join(companies[:4]))
    lines += [
        '<section class="related-companies"><h2>Companies mentioned</h2><ul>',
        *[f'<li><a href="/companies/{_aslug(x)}/">{esc(x)}</a></li>' for x in companies],
        "</ul></section>",
    ]
    if c.has("bio"):
        lines.append(f'<div class="author-bio"><h4>About {esc(a.name)}</h4><p>{esc(c.bio())}</p></div>')
    lines.append(_share_bar(c, "share-tools"))
    lines += [
        "</article>",
        '<aside class="sidebar"><section class="editors-picks"><h2>Editors’ picks</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(4)],
        "</ul></section>",
    ]
    trend = c.stable(f"td-trend-{s.title}").choice(TD_TOPICS)
    trendline = c.snip(f"{trend}: a collection of our best coverage, in one free report")
    lines += [
        f'<section class="trendline"><h2>Trendline</h2><p>{esc(trendline)}</p>'
        '<a href="/trendlines/">Download</a></section>',
        "</aside></main>",
    ]
    owner = r.choice(("Industry Dive, Inc.", "Trade Press Media LLC", "Northwind B2B Media"))
    lines += [
        '<footer class="site-footer">',
        f"<p>{esc(c.snip(f'Our publications: {TD_PUBS}'))}</p>",
        f"<p>{esc(c.snip('Privacy policy Terms of use Do not sell or share my personal information'))}</p>",
        f"<p>{esc(c.snip(f'© {YEAR} {owner} All rights reserved.'))}</p>",
        "</footer>",
    ]
    if c.has("cookie"):
        lines.append(
            f'<div class="osano-cm-window"><p>{esc(c.text("cookie"))}</p><button>Accept</button></div>'
        )
    lines += ["</body>", "</html>"]
    return _j(lines)


# --- mediawiki-community-news ------------------------------------------------------------------

MW_NOTICES = (
    "Donate today: help keep {name} independent, ad-free and open to every writer.",
    "Our annual fundraiser is under way. Every gift helps {name} report local news.",
)
MW_CAPTIONS = (
    "A view of {place} from the old bridge, pictured in 2024.",
    "The town hall in {place}.",
    "File photo of the high street in {place}.",
    "{place} railway station, pictured last year.",
)
MW_OUTLETS = ("The Morning Ledger", "Valley Public Radio", "Coastal Broadcasting", "The County Mercury",
              "Northern Wire Service", "Metro Daily")
MW_PERSONAL_ITEMS = ("Not logged in", "Talk", "Contributions", "Create account", "Log in")
MW_PERSONAL = " ".join(MW_PERSONAL_ITEMS)
MW_NAV = ("Main Page", "Latest news", "Recent changes", "Random article", "Write an article", "Help")
MW_TOOLS = ("What links here", "Related changes", "Special pages", "Permanent link", "Page information",
            "Cite this page")
MW_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _mw_title(title: str) -> str:
    return quote(title.replace(" ", "_"), safe="_-,.()!:'")


def _mw_heading(text: str) -> str:
    anchor = _mw_title(text).replace("%", ".")
    return (
        f'<h2><span class="mw-headline" id="{anchor}">{esc(text)}</span><span class="mw-editsection">'
        '<span class="mw-editsection-bracket">[</span><a href="#" title="Edit section">edit</a>'
        '<span class="mw-editsection-bracket">]</span></span></h2>'
    )


def render_mediawiki_community_news(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    r = c.stable("barn-mw")
    c.repath(lambda o: f"/wiki/{_mw_title(o.title)}")
    wtitle = s.title.replace(" ", "_")
    rev = c.stable(f"mw-rev-{s.title}").randint(4_100_000, 4_900_000)
    categories = [_en_date(d), s.section, place, "Published"]
    latest = max(o.published for o in c.others)
    archived = latest - d > timedelta(days=7)
    if archived:
        categories.append("Archived")
    edited = (d + timedelta(days=c.stable(f"mw-ed-{s.title}").randint(0, 8),
                            minutes=c.stable(f"mw-edm-{s.title}").randint(30, 900))).astimezone(UTC)
    conf = {
        "wgCanonicalNamespace": "",
        "wgPageName": wtitle,
        "wgTitle": s.title,
        "wgCurRevisionId": rev,
        "wgRevisionId": rev,
        "wgArticleId": c.stable(f"mw-id-{s.title}").randint(900_000, 999_999),
        "wgIsArticle": True,
        "wgCategories": categories,
        "wgRelevantPageName": wtitle,
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en" dir="ltr" class="client-nojs">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        '<script>document.documentElement.className="client-js";'
        f"RLCONF={json.dumps(conf, ensure_ascii=False)};</script>",
        '<meta name="generator" content="MediaWiki 1.41.1">',
        '<meta name="referrer" content="origin-when-cross-origin">',
        f'<meta property="og:title" content="{esc(s.title)} - {esc(pub.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="alternate" type="application/atom+xml" title="{esc(pub.name)} Atom feed" '
        'href="/w/index.php?title=Special:RecentChanges&amp;feed=atom">',
        '<link rel="stylesheet" '
        'href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector">',
        "</head>",
        '<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject '
        f'page-{esc(_mw_title(s.title))} '
        'rootpage-Main skin-vector action-view">',
        '<div id="mw-page-base" class="noprint"></div>',
        '<div id="mw-head-base" class="noprint"></div>',
        '<div id="content" class="mw-body" role="main">',
        '<a id="top"></a>',
    ]
    notice = c.snip(c.stable("mw-notice").choice(MW_NOTICES).format(name=pub.name))
    sub = c.snip(f"From {pub.name}, the free news source you can write!")
    lines += [
        '<div id="siteNotice"><div id="localNotice" lang="en" dir="ltr">'
        f"<p><b>{esc(notice)}</b></p></div></div>",
        '<div class="mw-indicators"></div>',
        f'<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">'
        f"{esc(s.title)}</span></h1>",
        '<div id="bodyContent" class="vector-body">',
        f'<div id="siteSub" class="noprint">{esc(sub)}</div>',
        '<div id="contentSub"></div>',
        '<a class="mw-jump-link" href="#mw-head">Jump to navigation</a>',
        '<a class="mw-jump-link" href="#searchInput">Jump to search</a>',
        '<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr">'
        '<div class="mw-parser-output">',
    ]
    if archived:
        arch = c.snip(
            "This article has been archived and is no longer publicly editable. Articles are archived "
            "once they are a week old; corrections may be requested on the talk page."
        )
        lines.append(f'<table class="plainlinks tmbox archived"><tr><td>{esc(arch)}</td></tr></table>')
    earlier_ = [o for o in c.others if o.published < d]
    rel = c.rng.sample(earlier_, k=3) if len(earlier_) >= 3 else c.pick_others(3)
    lines += [
        '<div class="infobox noprint" style="float:right;width:250px">',
        f'<p><b>{esc(c.snip(f"{pub.name} has related news:"))}</b></p><ul>',
    ]
    for o in sorted(rel, key=lambda x: x.published, reverse=True):
        c.snip(f"{_en_date(o.published)}: {o.title}")
        lines.append(f'<li>{esc(_en_date(o.published))}: <a href="{esc(o.path)}" title="{esc(o.title)}">'
                     f"{esc(o.title)}</a></li>")
    lines.append("</ul></div>")
    dateline = c.snip(f"{MW_DAYS[d.weekday()]}, {_en_date(d)}")
    lines.append(
        '<p><strong class="published"><span id="publishDate" class="value-title" '
        f'title="{d:%Y-%m-%d}"></span>'
        f"{esc(dateline)}</strong></p>"
    )
    photographer = prose_for("en", c.stable(f"mw-photo-{s.title}")).person()
    cap = c.stable(f"mw-cap-{s.title}").choice(MW_CAPTIONS).format(place=place)
    credit = f"Image: {photographer}."
    c.snip(f"{cap} {credit}")
    thumb = (
        '<div class="thumb tright"><div class="thumbinner" style="width:222px;">'
        f'<a href="/wiki/File:{_aslug(place)}_{_hex(c.stable(f"mw-f-{s.title}"), 6)}.jpg" class="image">'
        f'<img alt="" src="/w/images/thumb/{_hex(c.rng, 1)}/{_hex(c.rng, 2)}/{_aslug(place)}.jpg/220px.jpg" '
        'width="220" height="147" class="thumbimage"></a>'
        '<div class="thumbcaption"><div class="magnify"><a href="#" class="internal" title="Enlarge"></a>'
        "</div>"
        f"{esc(cap)} {esc(credit)}</div></div></div>"
    )
    body: list[str] = []
    for i, (tag, text) in enumerate(s.blocks):
        if tag == "p":
            body.append(f"<p>{c.inline(text)}</p>")
        else:
            body.append(_mw_heading(text))
        if i == 0:
            body.append(thumb)
    lines += body
    label, sites = c.share()
    lines.append(
        '<table class="sharebox noprint" style="float:right"><tr><th>'
        f"{esc(label)}</th></tr><tr><td>\n"
        + "\n".join(f'<a href="#" class="external">{esc(x)}</a>' for x in sites)
        + "</td></tr></table>"
    )
    c.snip("Have an opinion on this story? Share it!")
    lines.append(
        '<div class="haveyoursay noprint"><p>Have an opinion on this story? '
        f'<a href="/wiki/Comments:{_mw_title(s.title)}">Share it!</a></p></div>'
    )
    lines.append(_mw_heading("Sources"))
    lines.append("<ul>")
    sr = c.stable(f"mw-src-{s.title}")
    sprose = prose_for("en", sr)
    for _ in range(sr.randint(2, 4)):
        when = d - timedelta(days=sr.randint(0, 2))
        head = sprose.title()
        outlet = sr.choice(MW_OUTLETS)
        c.snip(f"“{head}” — {outlet}, {_en_date(when)}")
        lines.append(
            f'<li><span class="sourceTemplate">“<a rel="nofollow" class="external text" '
            f'href="https://{_aslug(outlet)}.example/{_aslug(head)}">{esc(head)}</a>” — '
            f"<i>{esc(outlet)}</i>, {esc(_en_date(when))}</span></li>"
        )
    lines.append("</ul>")
    lines += [
        "</div></div>",  # parser output, content text
        f'<div class="printfooter">Retrieved from "<a dir="ltr" href="http://{pub.host}/w/index.php?title='
        f'{_mw_title(s.title)}&amp;oldid={rev}">http://{pub.host}/w/index.php?title={_mw_title(s.title)}'
        f"&amp;oldid={rev}</a>\"</div>",
    ]
    c.snip("Categories: " + " ".join(categories))
    lines += [
        '<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" '
        'class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">'
        "Categories</a>: <ul>",
        *[f'<li><a href="/wiki/Category:{_mw_title(x)}">{esc(x)}</a></li>' for x in categories],
        "</ul></div></div>",
        "</div>",  # bodyContent
        "</div>",  # content
    ]
    c.snip(MW_PERSONAL)
    c.snip(" ".join(MW_NAV[:5]))
    c.snip(" ".join(MW_TOOLS[:4]))
    lines += [
        '<div id="mw-navigation"><h2>Navigation menu</h2>',
        '<div id="mw-head"><nav id="p-personal" class="vector-menu" aria-label="Personal tools"><ul>',
        *[f'<li><a href="#">{x}</a></li>' for x in MW_PERSONAL_ITEMS],
        "</ul></nav>",
        '<div id="left-navigation"><nav id="p-namespaces"><ul>'
        '<li class="selected"><a href="#">Article</a></li>'
        "<li><a href=\"#\">Discussion</a></li></ul></nav></div>",
        '<div id="right-navigation"><nav id="p-views"><ul><li class="selected"><a href="#">Read</a></li>'
        '<li><a href="#">Edit</a></li><li><a href="#">View history</a></li></ul></nav>',
        f'<div id="p-search"><form action="/w/index.php"><input type="search" name="search" '
        f'placeholder="Search {esc(pub.name)}" id="searchInput"></form></div></div>',
        "</div>",
        '<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" '
        'title="Visit the main page"></a></div>',
        '<nav id="p-navigation" class="vector-menu portal"><h3>Navigation</h3><ul>',
        *[f'<li><a href="/wiki/{_mw_title(x)}">{esc(x)}</a></li>' for x in MW_NAV],
        "</ul></nav>",
        '<nav id="p-tb" class="vector-menu portal"><h3>Tools</h3><ul>',
        *[f'<li><a href="#">{esc(x)}</a></li>' for x in MW_TOOLS],
        "</ul></nav></div>",
        "</div>",
    ]
    lastmod = c.snip(
        f"This page was last edited on {edited.day} {MONTHS['en'][edited.month - 1]} {edited.year}, "
        f"at {edited:%H:%M}."
    )
    licence = c.snip(
        "Text is available under the Creative Commons Attribution 2.5 License; additional terms may apply."
    )
    places_ = ("Privacy policy", f"About {pub.name}", "Disclaimers", "Mobile view")
    c.snip(" ".join(places_))
    lines += [
        '<footer id="footer" class="mw-footer" role="contentinfo">',
        f'<ul id="footer-info"><li id="footer-info-lastmod">{esc(lastmod)}</li>',
        f'<li id="footer-info-copyright">{esc(licence)}</li></ul>',
        '<ul id="footer-places">',
        *[f'<li><a href="#">{esc(x)}</a></li>' for x in places_],
        "</ul>",
        '<ul id="footer-icons"><li><a href="https://www.mediawiki.org/">'
        '<img src="/w/resources/assets/poweredby_mediawiki_88x31.png" '
        'alt="Powered by MediaWiki" width="88" height="31"></a></li></ul>',
        "</footer>",
        '<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":'
        f"{r.randint(90, 400)}}});}});</script>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "live-blog-timeline": render_live_blog_timeline,
    "da-lokalavis": render_da_lokalavis,
    "trade-dive-b2b": render_trade_dive_b2b,
    "mediawiki-community-news": render_mediawiki_community_news,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _aslug,
    _en_date,
    _hex,
    _insert_after,
    _ldjson,
    _long_lines,
    _paras,
    _place,
    _share_bar,
    _trim,
    register_language,
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

# Danish joins the registries (new keys only)
register_language(
    "da",
    first_names=DA_FIRST,
    surnames=DA_SURNAMES,
    prose=DanishProse,
    ui=DA_UI,
    months=DA_MONTHS,
    zones=DA_ZONES,
    place_forms=DA_PLACE_FORMS,
)
