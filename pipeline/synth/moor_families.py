"""Four MOOR template families for the synthetic publishers (see `pipeline.synth.publishers`).

"moor" is a twenty-fifth split, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `MOOR_FAMILIES`: the moor families are
generated only by `generate_corpus("moor")`, so every other corpus is as it was. This module also
brings a new language, Hungarian ("hu"): its grammar (`HungarianProse`: the past tense of the
definite conjugation agreeing in number with its subject, "a képviselő-testület elfogadta",
"a lakók elutasították"; the object in the accusative; "a"/"az" as the next sound asks; „…” –
mondta quotes with the speaker's role after the name; names family name first, "Kovács Péter";
place names only before postpositions and possessives, "Kisberegháza polgármestere", so they never
take a case ending), names, place names, UI strings, month names and zone are defined here and
added to the registries of `pipeline.synth.prose` and `pipeline.synth.publishers` when the module
is loaded (new keys only; nothing another language uses changes).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, pull quotes in `repeated`, aware `published_at`, clean `title` without the
site name) and those of the earlier held-out splits: a bulleted list inside the text is body, one
line per item; a photo's caption and credit are boilerplate; a standfirst under the headline is
neither body nor boilerplate. The choices each family makes for the debatable parts:
  * hu-megyei-hirportal: the lead (the first paragraph, in bold, in a <div class="lead"> above the
    photo) is body: the reporter wrote it as the article's opening; so are the <h2> subheadings
    and a list; the "Ezt is ajánljuk a témában" box amid the text (its heading and the linked
    headlines), the "Hirdetés" slot, the photo's caption and "Fotó:" credit, the author line,
    "Címkék:", the share bar, "Legolvasottabb", the newsletter box and the footer are boilerplate;
  * civicplus-news-flash: a city's News Flash item: the item's text, a list it introduces and its
    closing "For more information, contact ..." line (the city wrote it as part of the item) are
    body; "Tools", "Return to Category Listing", "Previous Item"/"Next Item", "Other News in
    <category>", the account prompt, "Quick Links", the address block and "Government Websites by
    CivicPlus®" are boilerplate;
  * airport-media-centre: an airport operator's media release: the intro line under the headline
    (<p class="intro">) is neither (a standfirst); the text, with the spokesperson's quote
    paragraph, is body; "ENDS", the "Notes to editors" (the same "About <airport>" text on every
    release: boilerplate, as an author bio is), the media contact box, the flight-status widget,
    "Latest releases" and the footer are boilerplate;
  * conservation-charity-news: a wildlife charity's news post on WordPress: the text, its
    subheadings and a list are body; a pull quote repeats a body sentence (`repeated`); the
    in-text "donate" box, "Find out more about ..." link lines, photo captions with their "Image:"
    credits, the membership banner, "Related news", the charity-number footer line are boilerplate.

Families (language; date source):
  moor  hu-megyei-hirportal        hu; JSON-LD NewsArticle datePublished with offset (dateModified
                                   on updated stories) and the visible "2026. március 7. 14:30";
                                   paths /<rovat>/<yyyy>/<mm>/<slug>
  moor  civicplus-news-flash       en; only the visible "Posted on: March 7, 2026" (no time, no
                                   metadata); paths /CivicAlerts.aspx?AID=<n> or
                                   /m/newsflash/home/detail/<n>
  moor  airport-media-centre       en; <time datetime> in UTC ("Z") with the visible day only;
                                   paths /media-centre/news/<yyyy>/<slug> or
                                   /corporate/media/press-releases/<slug>-<id>
  moor  conservation-charity-news  en; Yoast JSON-LD @graph Article datePublished and the
                                   article:published_time meta, both with offset; "7th March
                                   2026"; paths /news/<slug>/ or /blog/<yyyy>/<mm>/<slug>/
"""

from __future__ import annotations

import random
from functools import cache

from pipeline.synth.prose import Prose, _cap, _w

FAMILIES: dict[str, str] = {
    "hu-megyei-hirportal": "moor",
    "civicplus-news-flash": "moor",
    "airport-media-centre": "moor",
    "conservation-charity-news": "moor",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "hu-megyei-hirportal": "hu",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "hu-megyei-hirportal": ("{p} Online", "{p}Info", "{p} Hírportál", "{p} Most", "{p} Napló", "Új {p}"),
    "civicplus-news-flash": ("City of {p}", "Town of {p}", "Village of {p}", "{p} Township"),
    "airport-media-centre": (
        "{p} Airport",
        "{p} International Airport",
        "{p} Regional Airport",
        "{p} Airport Authority",
    ),
    "conservation-charity-news": (
        "{p} Wildlife Trust",
        "{p} Wetlands Trust",
        "{p} Rivers Trust",
        "{p} Nature Conservancy",
        "Friends of {p} Moor",
    ),
}

US_TZ = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")


# --- Hungarian -------------------------------------------------------------------------------

HU_FIRST = _w("""Péter László Zoltán Gábor István Attila Tamás János Krisztián Balázs Ferenc Sándor
    Éva Katalin Erzsébet Zsuzsanna Anikó Krisztina Andrea Ildikó Judit Mónika Eszter Réka Nóra""")
HU_SURNAMES = _w("""Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács
    Juhász Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Gál Szűcs Kocsis Pintér Fodor
    Szalai Sipos Magyar Lukács Gulyás Bíró Király Katona""")
# (subject, plural)
HU_AGENTS: tuple[tuple[str, bool], ...] = (
    ("a képviselő-testület", False),
    ("az önkormányzat", False),
    ("a polgármester", False),
    ("a megyei közgyűlés", False),
    ("a lakók", True),
    ("a helyi vállalkozók", True),
    ("a kormányhivatal", False),
    ("a rendőrség", False),
    ("a szülők", True),
    ("a tűzoltók", True),
    ("a kivitelező cég", False),
    ("a civil szervezetek", True),
    ("az ellenzéki képviselők", True),
    ("a pénzügyi bizottság", False),
    ("a kórház vezetése", False),
    ("a gazdák", True),
)
# the past tense, definite conjugation: (singular, plural)
HU_VERBS: tuple[tuple[str, str], ...] = tuple(
    (v, v[:-1] + ("ák" if v.endswith("a") else "ék"))
    for v in _w("""elfogadta elutasította bejelentette elhalasztotta támogatta megvitatta
    bírálta felülvizsgálta megszavazta jóváhagyta kifogásolta bemutatta ismertette sürgette
    módosította véleményezte""")
)
# objects in the accusative, without their article
HU_OBJECTS = (
    "költségvetést",
    "felújítást",
    "fejlesztési tervet",
    "pályázatot",
    "rendeletmódosítást",
    "beruházást",
    "javaslatot",
    "útfelújítást",
    "buszmenetrendet",
    "szerződést",
    "díjemelést",
    "óvodabővítést",
    "csatornázást",
    "parkolási rendeletet",
    "közbeszerzést",
    "településrendezési tervet",
    "hulladékszállítási díjat",
    "iskolaépület felújítását",
    "piac bezárását",
    "kerékpárút építését",
    "orvosi rendelő átköltöztetését",
    "ivóvízhálózat cseréjét",
)
HU_ADJ = _w("""új vitatott idei módosított tervezett kétéves többmilliós sokat_bírált régóta_várt
    uniós_forrásból_finanszírozott""")
HU_BUILT = (
    "óvoda",
    "sportcsarnok",
    "kerékpárút",
    "rendelőintézet",
    "játszótér",
    "körforgalom",
    "parkoló",
    "tanuszoda",
    "bölcsőde",
    "közösségi ház",
    "buszváró",
    "piaccsarnok",
)
HU_TIMES = (
    "csütörtökön",
    "kedden",
    "hétfőn",
    "a múlt héten",
    "tegnap",
    "egyhangúlag",
    "hosszas vita után",
    "végül",
    "ismét",
    "a legutóbbi ülésen",
    "zárt ülésen",
    "rendkívüli ülésen",
)
HU_DAYS = ("Hétfőn", "Kedden", "Szerdán", "Csütörtökön", "Pénteken", "Szombaton", "Vasárnap")
HU_SOURCES = (
    "Az önkormányzat tájékoztatása szerint",
    "A rendőrség közlése szerint",
    "Lapunk értesülései szerint",
    "A kormányhivatal szerint",
    "Információink szerint",
    "A városháza közleménye szerint",
)
# (role, set off by a comma)
HU_ROLES: tuple[tuple[str, bool], ...] = (
    ("polgármester", False),
    ("alpolgármester", False),
    ("jegyző", False),
    ("önkormányzati képviselő", False),
    ("ellenzéki képviselő", False),
    ("intézményvezető", False),
    ("a városfejlesztési bizottság elnöke", True),
    ("a helyi civil egyesület elnöke", True),
    ("a kivitelező cég ügyvezetője", True),
)
HU_SAYS = ("mondta", "hangsúlyozta", "közölte", "fogalmazott", "tette hozzá", "emelte ki")
HU_SAYINGS = (
    "Ez a beruházás az egész település érdekét szolgálja",
    "Nem hagyjuk magukra a lakókat",
    "A munkálatok a tervek szerint haladnak",
    "Mindenkit arra kérünk, hogy legyen türelemmel",
    "Évek óta dolgozunk ezen a projekten",
    "A lakók véleményét is figyelembe vettük",
    "Ennél jobb megoldást nem találtunk",
    "Nem ígérhetünk csodát, de mindent megteszünk",
    "Ez egy régi adósság törlesztése",
    "A forrás rendelkezésre áll, most a kivitelezésen a sor",
    "Ezt a döntést nem lehetett tovább halogatni",
)
HU_FRONTS = ("Eldőlt", "Hivatalos", "Viharos ülés", "Fordulat", "Megvan a döntés", "Lakossági fórum")
HU_SUBHEADS = (
    "Mi következik?",
    "A lakók reakciója",
    "Mennyibe kerül?",
    "Régóta húzódó vita",
    "Mit mond az ellenzék?",
    "A részletek",
    "Ütemterv",
    "Kérdések maradtak",
)
HU_MONTHS = (
    "január",
    "február",
    "március",
    "április",
    "május",
    "június",
    "július",
    "augusztus",
    "szeptember",
    "október",
    "november",
    "december",
)
HU_ZONES = ("Europe/Budapest",)
_HU_VOWELS = "aáeéiíoóöőuúüű"
_HU_PREFIXES = ("", "", "", "Kis", "Nagy", "Alsó", "Felső", "Tisza", "Duna", "Bala")
_HU_STEMS = _w("bereg hegy kál szent vár kő rét mező sző tor eger som nyír kör hód bátor rák zsám gyer pál")
_HU_ENDINGS = _w("háza falva egyháza szállás halom keresztúr vár telek laka bánya hida szeg lak földe")


def _hu_art(phrase: str) -> str:
    """The phrase with its definite article, "az" before a vowel, "a" otherwise."""
    return f"{'az' if phrase[0].lower() in _HU_VOWELS else 'a'} {phrase}"


@cache
def _hu_places() -> tuple[str, ...]:
    rng = random.Random("places-hu")
    out: set[str] = set()
    while len(out) < 300:
        word = rng.choice(_HU_PREFIXES) + rng.choice(_HU_STEMS) + rng.choice(_HU_ENDINGS)
        out.add(_cap(word.lower()))
    return tuple(sorted(out))


class HungarianProse(Prose):
    """Hungarian county-news prose (see the module docstring)."""

    lang = "hu"

    def person(self) -> str:
        return f"{self.rng.choice(HU_SURNAMES)} {self.rng.choice(HU_FIRST)}"

    def place(self) -> str:
        return self.rng.choice(_hu_places())

    def agent(self) -> tuple[str, bool]:
        r = self.rng.random()
        if r < 0.08:
            return f"{self.place()} önkormányzata", False
        if r < 0.14:
            return f"{self.place()} polgármestere", False
        return self.rng.choice(HU_AGENTS)

    def obj(self) -> str:
        rng = self.rng
        noun = rng.choice(HU_OBJECTS)
        if rng.random() < 0.4 and " " not in noun:
            return _hu_art(f"{rng.choice(HU_ADJ).replace('_', ' ')} {noun}")
        return _hu_art(noun)

    def clause(self, time: bool = False) -> str:
        agent, plural = self.agent()
        when = f" {self.rng.choice(HU_TIMES)}" if time else ""
        return f"{agent}{when} {self.rng.choice(HU_VERBS)[plural]} {self.obj()}"

    def said(self) -> str:
        rng = self.rng
        role, comma = rng.choice(HU_ROLES)
        first, second = rng.sample(HU_SAYINGS, 2)
        words = f"{first}. {second}" if rng.random() < 0.35 else first
        return f"„{words}” – {rng.choice(HU_SAYS)} {self.person()}{',' if comma else ''} {role}."

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return self.said()
        if r < 0.25:
            return f"{rng.choice(HU_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            conj = rng.choice((", de", ", ám", ", mert", ", miközben", " és", ", pedig"))
            return f"{_cap(self.clause(time=rng.random() < 0.4))}{conj} {self.clause()}."
        if r < 0.45:
            return f"Miután {self.clause()}, {self.clause(time=True)}."
        if r < 0.53:
            agent, plural = self.agent()
            v1, v2 = rng.sample(HU_VERBS, 2)
            return f"{_cap(agent)} {v1[plural]} {self.obj()}, majd {v2[plural]} {self.obj()}."
        if r < 0.66:
            return rng.choice(
                (
                    f"A beruházás értéke mintegy {rng.randint(40, 900)} millió forint.",
                    f"Az aláírásgyűjtésen eddig {10 * rng.randint(20, 400)} aláírás gyűlt össze.",
                    f"A munkálatok várhatóan {rng.randint(2027, 2030)} végéig fejeződnek be.",
                    f"A testület {rng.randint(6, 14)} igen szavazattal, {rng.randint(1, 5)}"
                    f" nem ellenében döntött.",
                    f"A lakossági fórumon mintegy {10 * rng.randint(3, 40)} helyi lakos vett részt.",
                    f"A felújítás legalább {rng.randint(4, 18)} hónapig tart.",
                    f"A költségek {rng.randint(5, 9)}0 százalékát uniós forrásból fedezik.",
                )
            )
        if r < 0.76:
            return f"{rng.choice(HU_DAYS)} {self.clause()}, pedig {self.clause()}."
        if r < 0.84:
            return f"{self.place()} polgármestere szerint {self.clause()}."
        if r < 0.93:
            return rng.choice(
                (
                    f"{self.place()} lakói évek óta várnak erre a döntésre.",
                    f"Nem ez az első eset, hogy {self.clause()}.",
                    f"Hasonló döntés született korábban {self.place()} esetében is.",
                    f"A helyzet {self.place()} környékén egyelőre nem változott.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, plural = self.agent()
        head = f"{agent} {rng.choice(HU_VERBS)[plural]} {self.obj()}"
        if r < 0.3:
            return f"{self.place()}: {head}"
        if r < 0.5:
            return _cap(head)
        if r < 0.7:
            return f"{self.place()}: új {rng.choice(HU_BUILT)} épül a város szélén"
        if r < 0.88:
            return f"{rng.choice(HU_FRONTS)}: {head}"
        return f"{self.person()}: „{rng.choice(HU_SAYINGS)}”"

    def subheading(self) -> str:
        return self.rng.choice(HU_SUBHEADS)


HU_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Címlap",
        "Helyi közélet",
        "Megyei hírek",
        "Bulvár",
        "Sport",
        "Kultúra",
        "Gazdaság",
        "Programok",
        "Gyászhírek",
    ),
    "sections": ("Helyi közélet", "Megyei hírek", "Gazdaság", "Oktatás", "Egészség", "Kultúra"),
    "related": ("Ezt is ajánljuk a témában", "További cikkek a rovatból", "Kapcsolódó cikkeink a témában"),
    "read_more": ("Ezt is ajánljuk:",),
    "by": ("Szerző:",),
    "desks": ("Megyei hírek", "Helyi közélet", "Online szerkesztőség", "Gazdasági rovat"),
    "share": ("Megosztás", "Ossza meg a cikket"),
    "share_sites": ("Facebook", "Messenger", "X", "E-mail"),
    "newsletter": ("Iratkozzon fel hírlevelünkre, és minden reggel elküldjük a megye legfontosabb híreit!",),
    "comments": ("A hozzászólások nem tükrözik a szerkesztőség véleményét.",),
    "cookie": ("A weboldal sütiket használ a jobb felhasználói élmény érdekében.",),
    "ad": ("Hirdetés – a cikk a hirdetés után folytatódik",),
    "copyright": (
        "© {year} {name}. Minden jog fenntartva.",
        "Copyright © {name} {year}. A tartalmak másolása csak engedéllyel lehetséges.",
    ),
    "disclaimer": ("A szerkesztőség nem felel az olvasói hozzászólások tartalmáért.",),
    "tagline": ("A megye hírei {since} óta", "Friss hírek a térségből, minden nap"),
    "bio": ("{author} {since2} óta dolgozik a {name} szerkesztőségében.",),
    "beats": ("önkormányzati ügyek", "közlekedés", "oktatás", "egészségügy"),
    "editorial": ("A cikk a {name} „Városunk” sorozatának része.",),
    "classified": ("Eladó kétszobás lakás a belvárosban, felújított állapotban.",),
    "subscribe": ("Fizessen elő a nyomtatott lapra kedvezményes áron",),
}
HU_TAGS = (
    "önkormányzat",
    "közgyűlés",
    "beruházás",
    "felújítás",
    "közlekedés",
    "költségvetés",
    "lakossági fórum",
)
HU_FOOTER = (
    "Impresszum",
    "Adatvédelmi tájékoztató",
    "Felhasználási feltételek",
    "Kapcsolat",
    "Hirdetési lehetőségek",
    "Médiaajánlat",
)
HU_CAPTIONS = (
    "A képviselő-testület ülése a városházán",
    "A felújítás várhatóan több hónapig tart",
    "A lakossági fórumon sokan elmondták a véleményüket",
    "Az érintett terület a levegőből",
    "A munkálatok már megkezdődtek a belvárosban",
)


def _hu_date(dt: datetime) -> str:
    """ "2026. március 7. 14:30"."""
    return f"{dt.year}. {HU_MONTHS[dt.month - 1]} {dt.day}. {dt:%H:%M}"


def render_hu_megyei_hirportal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published

    def path(o: Story) -> str:
        sec = _aslug(o.section)
        return f"/{sec}/{o.published:%Y}/{o.published:%m}/{_aslug(o.title)[:80].strip('-')}"

    c.repath(path)
    if len(_paras(s)) >= 5:
        _listify(c, {0})
    dr = c.stable(f"hu-{s.title}")
    updated = d + timedelta(minutes=dr.randint(20, 600)) if dr.random() < 0.35 else None
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "hu",
    }
    if updated:
        data["dateModified"] = updated.isoformat(timespec="seconds")
    nav = c.nav_items(" ")
    c.snip(" ".join(nav[:5]))
    related = c.pick_others(3)
    heading = c.snip(pub.related_heading)
    for o in related:
        c.snip(o.title)
    box = (
        f'<div class="recommendation-box"><h4>{esc(heading)}</h4>\n'
        + "\n".join(f'<a href="{esc(o.path)}" class="rec-title">{esc(o.title)}</a>' for o in related)
        + "</div>"
    )
    ad = (
        f'<div class="mw-ad"><span class="ad-label">{esc(c.text("ad"))}</span>'
        '<div id="roadblock"></div></div>'
    )
    blocks = _blocks(
        c,
        lambda h: f"<p>{h}</p>",
        lambda t, h: f"<h2>{h}</h2>",
        lambda h: f"<blockquote>{h}</blockquote>",
        ("<ul>", "</ul>"),
        lambda h: f"<li>{h}</li>",
    )
    lead, rest = blocks[0], blocks[1:]
    paras = [i for i, x in enumerate(rest) if x.startswith("<p>")]
    if len(paras) >= 3:
        rest.insert(paras[1] + 1, box)
        rest.insert(paras[-2] + 1 + (paras[-2] > paras[1]), ad)
    else:
        rest.append(box)
    caption = c.snip(dr.choice(HU_CAPTIONS) + " –")
    credit = c.snip(f"Fotó: {prose_for('hu', c.stable('hu-photo')).person()} / {pub.name}")
    tags = c.snip("Címkék: " + ", ".join(dr.sample(HU_TAGS, 3)))
    label, sites = c.share()
    popular = c.pick_others(4)
    pop_head = c.snip("A legolvasottabb cikkek ma")
    for o in popular:
        c.snip(o.title)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="hu">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        "<body>",
        f'<header class="site-header"><div class="top-bar">{esc(c.snip(pub.tagline))}</div>',
        f'<a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="main-menu">'
        + "\n".join(f'<a href="/{_aslug(x)}">{esc(x)}</a>' for x in nav)
        + "</nav></header>",
        '<main class="article-page"><article>',
        f'<div class="article-meta"><a class="rovat" href="/{_aslug(s.section)}">{esc(s.section)}</a>',
        f'<span class="date">{_hu_date(d)}</span>'
        + (f'<span class="updated">Frissítve: {_hu_date(updated)}</span>' if updated else "")
        + "</div>",
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="lead"><strong>{lead.removeprefix("<p>").removesuffix("</p>")}</strong></div>',
        f'<figure><img src="/uploads/{_hex(dr, 12)}.jpg" alt=""><figcaption>{esc(caption)} '
        f'<span class="credit">{esc(credit)}</span></figcaption></figure>',
        f'<div class="author">{esc(c.byline())}</div>',
        '<div class="article-body">',
        *rest,
        "</div>",
        f'<div class="tags">{esc(tags)}</div>',
        f'<div class="share"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in sites)
        + "</div>",
        "</article>",
        f'<aside class="most-read"><h3>{esc(pop_head)}</h3><ol>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>\n' for o in popular)
        + "</ol></aside>",
        f'<div class="newsletter"><p>{esc(c.text("newsletter"))}</p>'
        '<input type="email"><button>Feliratkozom</button></div>',
        "</main>",
        "<footer><nav>" + "\n".join(f'<a href="#">{x}</a>' for x in HU_FOOTER) + "</nav>",
        f"<p>{esc(c.copyright())}</p></footer>",
    ]
    c.snip(" ".join(HU_FOOTER[:4]))
    return _finish(c, lines, "cookie-consent", "Elfogadom")


# --- civicplus-news-flash ----------------------------------------------------------------------

CP_CATEGORIES = (
    "Home",
    "Public Works",
    "Parks & Recreation",
    "Police Department",
    "City Clerk",
    "Utilities",
    "Planning & Zoning",
)
CP_STATES = ("OH", "IL", "KS", "TX", "MN", "GA", "NC", "WI", "IA", "MO")
CP_DEPTS = (
    "Public Works Department",
    "City Clerk's Office",
    "Parks & Recreation Department",
    "Planning & Zoning Division",
    "Utility Billing Office",
)


def render_civicplus_news_flash(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("cp")
    mobile = site.random() < 0.4
    base = site.randint(300, 2400)
    state = site.choice(CP_STATES)

    def path(o: Story) -> str:
        aid = base + 3 * c.others.index(o) + random.Random(f"{pub.host}-{o.title}").randint(0, 2)
        return f"/m/newsflash/home/detail/{aid}" if mobile else f"/CivicAlerts.aspx?AID={aid}"

    c.repath(path)
    if len(_paras(s)) >= 5:
        _listify(c, set())
    dept = c.stable(f"cp-{s.title}").choice(CP_DEPTS)
    phone = f"({site.randint(200, 989)}) {site.randint(200, 989)}-{site.randint(1000, 9999)}"
    closing = f"For more information, contact the {dept} at {phone}."
    if _long_lines(s) < 14:
        s.blocks.append(("p", closing))
        s.sentences.append([closing])
        _trim(s, 900)
    category = c.stable(f"cp-cat-{s.title}").choice(CP_CATEGORIES)
    idx = c.others.index(s)
    prev_o = c.others[idx - 1] if idx > 0 else None
    next_o = c.others[idx + 1] if idx + 1 < len(c.others) else None
    others = c.pick_others(4)
    title = (
        f"{s.title} • News Flash • {pub.name}, {state} • CivicEngage"
        if site.random() < 0.5
        else f"{pub.name}, {state} - Official Website | {s.title}"
    )
    nav = ("Government", "Departments", "Community", "Business", "How Do I...")
    c.snip("Government Departments Community Business")
    c.snip("Create a Website Account - Manage notification subscriptions, save form progress and more.")
    c.snip("Tools RSS Notify Me Print")
    c.snip("Return to Category Listing")
    c.snip(f"Other News in {category}")
    for o in others:
        c.snip(o.title)
    quick = (
        "Agendas & Minutes",
        "Bid Postings",
        "Pay a Utility Bill",
        "Report a Concern",
        "Job Opportunities",
    )
    c.snip(" ".join(quick[:3]))
    addr = c.snip(
        f"{site.randint(100, 999)} {site.choice(('Main', 'Center', 'Civic Center'))} Street, "
        f"{_bare(pub.name)}, {state} {site.randint(10000, 99999)}"
    )
    c.snip("Government Websites by CivicPlus®")
    c.snip("Skip to Main Content")
    body = _blocks(
        c,
        lambda h: f"<p>{h}</p>",
        lambda t, h: f"<p><strong>{h}</strong></p>",
        lambda h: f"<p>{h}</p>",
        ("<ul>", "</ul>"),
        lambda h: f"<li>{h}</li>",
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        '<meta name="generator" content="CivicPlus">',
        "</head>",
        '<body class="civicAlerts">',
        '<a class="skipToContentLink" href="#cc">Skip to Main Content</a>',
        f'<div id="bannerLogo"><a href="/">'
        f'<img src="/ImageRepository/Document?documentID={site.randint(10, 99)}" '
        f'alt="{esc(pub.name)}"></a></div>',
        '<div class="account"><a href="/MyAccount">Create a Website Account</a> - '
        "Manage notification subscriptions, save form progress and more.</div>",
        '<nav id="mainNav"><ul>'
        + "\n".join(f'<li><a href="#">{esc(x)}</a></li>' for x in nav)
        + "</ul></nav>",
        '<div id="cc"><h2 class="moduleTitle">News Flash</h2>',
        f'<div class="breadCrumbs"><a href="/CivicAlerts.aspx">News Flash</a> ›\n'
        f'<a href="#">{esc(category)}</a></div>',
        '<div class="moduleContentNew"><div class="single item">',
        f"<h3><span>{esc(s.title)}</span></h3>",
        f'<div class="date">Posted on: {_en_date(d)}</div>',
        '<div class="fr-view">',
        *body,
        "</div>",
        '<div class="itemTools"><span>Tools</span>\n<a href="/RSS.aspx">RSS</a>\n'
        '<a href="/list.aspx">Notify Me</a>\n<a href="#" onclick="window.print()">Print</a></div>',
        '<a class="returnLink" href="/CivicAlerts.aspx">Return to Category Listing</a>',
        '<div class="prevNext">'
        + (f'<a href="{esc(prev_o.path)}">Previous Item</a>\n' if prev_o else "")
        + (f'<a href="{esc(next_o.path)}">Next Item</a>' if next_o else "")
        + "</div>",
        "</div>",
        f'<div class="otherNews"><h3>Other News in {esc(category)}</h3><ul>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>\n' for o in others)
        + "</ul></div>",
        "</div></div>",
        '<footer><div class="quickLinks"><h4>Quick Links</h4>'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in quick)
        + "</div>",
        f"<address>{esc(addr)}<br>Phone: {phone}</address>",
        '<p class="cp">Government Websites by <a href="https://www.civicplus.com">CivicPlus®</a></p></footer>',
        "</body>",
        "</html>",
    ]
    return _finish(c, lines)


# --- airport-media-centre ----------------------------------------------------------------------

AP_ROLES = (
    "Chief Executive",
    "Chief Operating Officer",
    "Commercial Director",
    "Head of Sustainability",
    "Managing Director",
)
AP_SAYINGS = (
    "This is an important step for the airport and for the passengers and businesses who rely on it",
    "We know how much our passengers value a smooth journey through the terminal",
    "Our teams have worked hard to keep disruption to an absolute minimum",
    "We will keep working with our airline partners and the local community on the next phase",
    "Investment like this puts the region firmly on the map",
)
AP_MENU = ("Departures", "Arrivals", "Parking", "Shops & dining", "Destinations", "Help")


def render_airport_media_centre(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ap")
    corporate = site.random() < 0.5

    def path(o: Story) -> str:
        if corporate:
            n = random.Random(f"{pub.host}-{o.title}").randint(1000, 9999)
            return f"/corporate/media/press-releases/{_slug(o.title)}-{n}"
        return f"/media-centre/news/{o.published:%Y}/{_slug(o.title)}"

    c.repath(path)
    dr = c.stable(f"ap-{s.title}")
    en = prose_for("en", dr)
    spokes = prose_for("en", c.stable("ap-ceo")).person()
    role = site.choice(AP_ROLES)
    quote = f"“{dr.choice(AP_SAYINGS)},” said {spokes}, {role} at {pub.name}."
    paras = _paras(s)
    if len(paras) < 14:
        at = paras[min(2, len(paras) - 1)]
        s.blocks.insert(at, ("p", quote))
        s.sentences.insert(at, [quote])
        _trim(s, 900)
    intro = en.sentence()
    us = pub.tz in US_TZ
    shown = _en_date(d) if us else f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
    c.snip(" ".join(AP_MENU[:4]))
    c.snip("Check flight status Enter flight number or destination")
    passengers = site.randint(2, 40)
    about = c.snip(
        f"{pub.name} is one of the region's busiest gateways, serving more than {passengers} million "
        f"passengers a year and flights to over {site.randint(40, 190)} destinations."
    )
    contact = c.snip(f"For media enquiries please contact the {pub.name} press office")
    phone = (
        f"+44 {site.randint(1000, 9999)} {site.randint(100000, 999999)}"
        if not us
        else f"({site.randint(200, 989)}) {site.randint(200, 989)}-{site.randint(1000, 9999)}"
    )
    c.snip("Out-of-hours media line: " + phone)
    latest = c.pick_others(4)
    c.snip("Latest releases from the media centre")
    for o in latest:
        c.snip(o.title)
    copy = c.snip(f"© {d.year} {pub.name}. All rights reserved.")
    footer = ("Careers", "Sustainability", "Investor relations", "Accessibility", "Contact us")
    c.snip(" ".join(footer))
    body = _blocks(
        c,
        lambda h: f"<p>{h}</p>",
        lambda t, h: f"<h3>{h}</h3>",
        lambda h: f"<p>{h}</p>",
        ("<ul>", "</ul>"),
        lambda h: f"<li>{h}</li>",
    )
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{pub.name} | Media centre | {s.title}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(intro)}">',
        "</head>",
        "<body>",
        '<header><nav class="primary">' + "\n".join(f'<a href="#">{esc(x)}</a>' for x in AP_MENU) + "</nav>",
        '<form class="flight-search"><label>Check flight status</label>\n'
        '<input placeholder="Flight number">'
        '<span class="hint">Enter flight number or destination</span></form></header>',
        '<main><div class="media-release">',
        '<span class="label">Media release</span>',
        f"<h1>{esc(s.title)}</h1>",
        f'<time datetime="{c.iso(utc=True)}">{shown}</time>',
        f'<p class="intro">{esc(intro)}</p>',
        '<div class="release-body">',
        *body,
        "<p><strong>ENDS</strong></p>",
        f'<div class="notes"><h4>Notes to editors</h4><p>{esc(about)}</p></div>',
        f'<div class="media-contact"><p>{esc(contact)}</p><p>Out-of-hours media line: {phone}</p></div>',
        "</div></div>",
        '<aside class="latest"><h3>Latest releases from the media centre</h3><ul>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>\n' for o in latest)
        + "</ul></aside>",
        "</main>",
        "<footer><nav>" + "\n".join(f'<a href="#">{x}</a>' for x in footer) + "</nav>",
        f"<p>{esc(copy)}</p></footer>",
    ]
    return _finish(c, lines, "cookie-banner", "Accept all cookies")


# --- conservation-charity-news -----------------------------------------------------------------

CC_MENU = ("Nature reserves", "Wildlife", "What we do", "Get involved", "Events", "News", "Shop")
CC_TOPICS = (
    "our wetland restoration work",
    "volunteering on our reserves",
    "our river projects",
    "wildlife-friendly gardening",
    "our campaign for nature",
)
CC_SPECIES = ("otters", "water voles", "curlews", "barn owls", "great crested newts", "beavers", "lapwings")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def render_conservation_charity_news(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("cc")
    blog = site.random() < 0.5

    def path(o: Story) -> str:
        return f"/blog/{o.published:%Y/%m}/{_slug(o.title)}/" if blog else f"/news/{_slug(o.title)}/"

    c.repath(path)
    dr = c.stable(f"cc-{s.title}")
    if dr.random() < 0.5:
        _two_subheadings(c)
    elif len(_paras(s)) >= 5:
        _listify(c, set())
    url = c.url()
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": url, "url": url, "name": s.title},
            {
                "@type": "Article",
                "headline": s.title,
                "datePublished": c.iso(),
                "author": {"name": s.author.name},
                "isPartOf": {"@id": url},
                "publisher": {"@type": "Organization", "name": pub.name},
            },
        ],
    }
    species = dr.choice(CC_SPECIES)
    donate = c.snip(
        f"Help us protect {species} and the places they live. Your gift today makes a real difference."
    )
    findout = c.snip(f"Find out more about {dr.choice(CC_TOPICS)}")
    credit = c.snip(f"Image: {prose_for('en', dr).person()} / {pub.short}")
    caption = c.snip(f"Volunteers at work on one of our reserves this {('winter', 'spring')[d.month > 2]}")
    quote_html = ""
    paras = _paras(s)
    cands = [x for i in paras[1:-1] for x in s.sentences[i] if 8 <= _words(x) <= 35]
    if cands and site.random() < 0.7:
        q = dr.choice(cands)
        c.repeated.append(" ".join(q.split()))
        quote_html = f'<figure class="wp-block-pullquote"><blockquote><p>{esc(q)}</p></blockquote></figure>'
    body = _blocks(
        c,
        lambda h: f"<p>{h}</p>",
        lambda t, h: f'<h2 class="wp-block-heading">{h}</h2>',
        lambda h: f"<p>{h}</p>",
        ('<ul class="wp-block-list">', "</ul>"),
        lambda h: f"<li>{h}</li>",
    )
    inserts = [
        (
            1,
            f'<div class="donate-cta"><p>{esc(donate)}</p>'
            '<a class="button" href="/donate">Donate now</a></div>',
        ),
        (len(paras) - 2, f'<p class="find-out"><a href="/what-we-do">{esc(findout)}</a></p>'),
    ]
    if quote_html:
        inserts.append((2, quote_html))
    body = _insert_after(body, "<p>", inserts, skip='<p class="find-out"')
    member = c.snip("Join us from just £4 a month and help wildlife thrive")
    related = c.pick_others(3)
    c.snip("Related news from our reserves")
    for o in related:
        c.snip(o.title)
    charity = c.snip(f"{pub.name} is a registered charity, number {site.randint(200000, 1199999)}.")
    c.snip(" ".join(CC_MENU[:4]))
    shown = f"{_ordinal(d.day)} {MONTHS['en'][d.month - 1]} {d.year}" if pub.tz not in US_TZ else _en_date(d)
    title = (
        f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name} - Protecting wildlife"
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        '<meta name="generator" content="WordPress 6.5">',
        _ldjson(data),
        "</head>",
        '<body class="post-template-default">',
        f'<div class="membership-banner"><p>{esc(member)}</p><a href="/join">Become a member</a></div>',
        '<header class="site-header"><a class="custom-logo-link" href="/">' + esc(pub.name) + "</a>",
        '<nav class="main-navigation"><ul>'
        + "\n".join(f'<li><a href="#">{esc(x)}</a></li>' for x in CC_MENU)
        + '</ul></nav><a class="donate" href="/donate">Donate</a></header>',
        '<main id="primary"><article class="post">',
        f'<header class="entry-header"><h1 class="entry-title">{esc(s.title)}</h1>',
        f'<div class="entry-meta"><span class="posted-on">{shown}</span>\n'
        f'<span class="byline">{esc(c.byline())}</span></div></header>',
        f'<figure class="wp-block-image"><img src="/wp-content/uploads/{d:%Y/%m}/{_hex(dr, 10)}.jpg" alt="">'
        f"<figcaption>{esc(caption)}\n<em>{esc(credit)}</em></figcaption></figure>",
        '<div class="entry-content">',
        *body,
        "</div>",
        "</article>",
        '<section class="related-posts"><h2>Related news from our reserves</h2>'
        + "".join(f'<a href="{esc(o.path)}"><h3>{esc(o.title)}</h3></a>\n' for o in related)
        + "</section>",
        "</main>",
        f'<footer class="site-footer"><p>{esc(charity)}</p><p>{esc(c.copyright())}</p></footer>',
    ]
    return _finish(c, lines, "cookie-notice", "Accept")


def _bare(name: str) -> str:
    """A council's place name ("City of Ashford" -> "Ashford")."""
    for prefix in ("City of ", "Town of ", "Village of "):
        name = name.removeprefix(prefix)
    return name.removesuffix(" Township")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "hu-megyei-hirportal": render_hu_megyei_hirportal,
    "civicplus-news-flash": render_civicplus_news_flash,
    "airport-media-centre": render_airport_media_centre,
    "conservation-charity-news": render_conservation_charity_news,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402

from pipeline.synth.heath_families import _finish  # noqa: E402
from pipeline.synth.kit import (  # noqa: E402
    _aslug,
    _en_date,
    _hex,
    _insert_after,
    _ldjson,
    _long_lines,
    _paras,
    _trim,
    _two_subheadings,
    register_language,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import MONTHS, Ctx, Story, _slug, _words, esc  # noqa: E402
from pipeline.synth.quay_families import _blocks  # noqa: E402
from pipeline.synth.shed_families import _listify  # noqa: E402

# Hungarian joins the registries (new keys only)
register_language(
    "hu",
    first_names=HU_FIRST,
    surnames=HU_SURNAMES,
    prose=HungarianProse,
    ui=HU_UI,
    months=HU_MONTHS,
    zones=HU_ZONES,
)
