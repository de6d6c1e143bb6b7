"""Four FEN template families for the synthetic publishers (see `pipeline.synth.publishers`).

"fen" is a twenty-fourth split, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `FEN_FAMILIES`: the fen families are
generated only by `generate_corpus("fen")`, so every other corpus is as it was. This module also
brings a new language, Estonian ("et"): its grammar (`EstonianProse`: the simple past agreeing in
number with its subject, "volikogu kinnitas", "elanikud kinnitasid"; the object in the genitive
after a verb of a finished act, "kinnitas eelarve", "allkirjastas lepingu", in the partitive after
one of an unfinished act, "arutas eelarvet", "toetas projekti", an adjective agreeing in case,
"uue lasteaia", "uut lasteaeda"; the verb second after an adverbial, "Eile kinnitas vallavolikogu
...", "Vallavalitsuse sõnul ..."; „…,“ ütles quotes with the speaker's role before the name;
a place name in the genitive before "vald", "küla", "kool"; the count's partitive after a number,
"17 volikogu liiget"; headlines "Kareva saab uue lasteaia"), names, place names (made of Estonian
stems and endings, all ending in a vowel so their genitive is the name), UI strings, month names and
zone are defined here and added to the registries of `pipeline.synth.prose` and
`pipeline.synth.publishers` when the module is loaded (new keys only; nothing another language uses
changes).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: in-text "read also" lines and calls to action are boilerplate; a bulleted
list inside the text is body, one line per item; a photo's caption and credit are boilerplate; a
standfirst or summary box under the headline is neither body nor boilerplate; a data table inside
the text that the text introduces is body, one line per row (the row's cells joined by single
spaces, the header row included). The choices each family makes for the debatable parts:
  * et-vallaleht: the lead (the first paragraph, set in <p><strong>) is body; the "Loe ka:" lines,
    the photo's caption and "Foto:" credit, "Autor:", the tags, the print-archive box, the Facebook
    comments notice and the publisher's line are boilerplate;
  * esports-patch-hub: the patch-note table the text introduces ("The key changes in patch N are
    listed below.") is body, one line per row; the "TL;DR" box under the headline is neither; the
    live match ticker, the "Related:" line amid the text, the embedded clip's caption, the author
    box, "Trending", the esports calendar, the Discord call and the trademark disclaimer are
    boilerplate;
  * chamber-commerce-news: the text (with a list of winners, new members or priorities the text
    introduces) is body; the "About the <Chamber>" paragraph closing every release (the same on
    every page), the "###" end mark's media-contact line, the event sidebar, "Join the Chamber",
    the investors' strip, "Hot Deals" and the footer's address are boilerplate;
  * realestate-news-listing: the "Key takeaways" list under the headline is neither body nor
    boilerplate (the story's summary); the featured-listing card amid the text (price, beds, baths,
    address, the agent and brokerage) is boilerplate, as are the mortgage-rate widget, the
    "Find a local agent" call, the photo's caption and credit, the data note and the fair-housing
    and MLS lines; the figures table the text introduces (neighbourhoods' median prices) is body.

Families (language; date source):
  fen  et-vallaleht            et; article:published_time with offset ("2026-03-07T14:30:00+02:00")
                               and the visible "07.03.2026, 14:30"; an Estonian parish or county
                               paper's site on WordPress: the top bar (the day's name day, the
                               print subscription), the logo, the menu, the breadcrumb, "Autor:",
                               the photo's caption and credit, the text (a bold lead, <h3>
                               subheadings now and then, "Loe ka:" lines amid it), tags, share bar,
                               "Viimased uudised", "Loetuimad", the print archive ("Nr 9 (412),
                               6. märts 2026"), the footer (the publisher OÜ, the newsroom's
                               address) and the cookie bar; URLs /YYYY/MM/DD/slug/ or
                               /uudised/slug-NNNN; <title> "T – Site" or "Site | T"
  fen  esports-patch-hub       en; JSON-LD NewsArticle datePublished in UTC ("...Z") and the visible
                               "Mar 7, 2026"; a gaming and esports news site: the live ticker, the
                               menu with the games, the TL;DR box, the text about a patch (its
                               changes, the pro scene's reaction, a caster's or player's words, the
                               patch-note table), the clip, the tags, the author box, "Trending",
                               the esports calendar, Discord, the disclaimer; URLs
                               /news/<game>/<slug>/ or /<game>/patch-notes/<slug>-NNNNN; <title>
                               "T | Site" or "T - Site Esports"
  fen  chamber-commerce-news   en; only the visible "Posted: Saturday, March 7, 2026" (no time, no
                               metadata: the feed gives the time); a chamber of commerce's news on
                               a membership platform: "Member Login", the menu, the news text (a
                               ribbon cutting, awards, a survey, a legislative agenda, a new board
                               chair), "About the ...", the media contact, the sidebar (upcoming
                               events, "Join the Chamber", "Hot Deals"), the investors, the footer;
                               URLs /news/details/<slug>-MM-DD-YYYY or
                               /news/NewsArticleDisplay.aspx?ArticleID=NNNN; <title> "T - Site" or
                               "Site | T"
  fen  realestate-news-listing en; JSON-LD NewsArticle datePublished and dateModified with offset
                               and the visible "Published Mar. 7, 2026" ("Updated ..." on some); a
                               real-estate portal's news desk: the search bar, the menu, the key
                               takeaways, the photo, the text (a monthly market report with its
                               table or a notable sale) with the listing card amid it, the data
                               note, the rate widget, "Find a local agent", more news, the footer
                               (the MLS and fair-housing lines); URLs /news/market-trends/<slug>/
                               or /news/real-estate-news/<slug>-NNNNNN/; <title> "T | Site News"

The English renderers give every story of the publisher its own headline and text (`_retitle`),
drawn only from the site and the story's place in the publisher's list; the Estonian renderer keeps
the story's text. All keep the body within 4-14 paragraphs and 250-900 words, so `body`, taken
from the story after rendering, has them. All four have site names of their own
(`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

import random
from functools import cache
from typing import Any

from pipeline.synth.prose import Prose, _cap, _w

FAMILIES: dict[str, str] = {
    "et-vallaleht": "fen",
    "esports-patch-hub": "fen",
    "chamber-commerce-news": "fen",
    "realestate-news-listing": "fen",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "et-vallaleht": "et",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "et-vallaleht": ("{p} Teataja", "{p} Elu", "{p} Valla Leht", "{p} Sõnumid", "{p} Hääl", "{p} Uudised"),
    "esports-patch-hub": (
        "{p} Gaming",
        "Respawn {p}",
        "{p} Esports Hub",
        "GG {p}",
        "{p} Frag",
        "{p} Meta Report",
    ),
    "chamber-commerce-news": (
        "{p} Chamber of Commerce",
        "{p} Area Chamber",
        "Greater {p} Chamber",
        "{p} Regional Chamber",
        "{p} Chamber & Visitors Bureau",
    ),
    "realestate-news-listing": (
        "{p} Homes",
        "{p} Realty News",
        "HomeFinder {p}",
        "{p} Property Wire",
        "{p} Housing Report",
    ),
}


def _finish(c: Ctx, lines: list[str]) -> str:
    """The page (its lines joined), with every boilerplate snippet the body holds once both are
    lower-cased and whitespace-normalised dropped."""
    _drop_in_body(c)
    return _j(lines)


def _set_body(c: Ctx, blocks: list[tuple[str, list[str] | str]], more: Any = None) -> None:
    """Make the story's blocks: ("p", sentences), ("h2"/"h3"/"li"/"row", text); add sentences from
    `more()` to the last paragraph until the body has 250 words, and drop trailing sentences of the
    longest paragraphs while it has more than 900."""
    s = c.story
    s.blocks, s.sentences = [], []
    for tag, x in blocks:
        if tag == "p":
            sents = list(x)
            s.blocks.append(("p", " ".join(sents)))
            s.sentences.append(sents)
        else:
            assert isinstance(x, str)
            s.blocks.append((tag, x))
            s.sentences.append([x] if tag in ("li", "row") else [])
    last = _paras(s)[-1]
    while more is not None and _paragraph_words(s) < 250:
        s.sentences[last].append(more())
        s.blocks[last] = ("p", " ".join(s.sentences[last]))
    _trim(s, keep=1)


def _en_date(dt: datetime) -> str:
    return f"{MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year}"


def _short_date(dt: datetime, dot: bool = False) -> str:
    m = MONTHS["en"][dt.month - 1]
    mon = m if len(m) <= 4 else m[:3] + ("." if dot else "")
    return f"{mon} {dt.day}, {dt.year}"


# --- Estonian ----------------------------------------------------------------------------------

ET_FIRST = _w("""Mari Kadri Liis Triin Katrin Piret Kersti Tiina Anu Kristiina Maarja Eha Helen Merike Reet
    Ülle Küllike Annika Jaan Tõnu Andres Margus Priit Rein Toomas Urmas Indrek Mart Peeter Ain Raivo
    Siim Kalev Jüri Ülo Tarmo""")
ET_SURNAMES = _w("""Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepik Kuusk Oja Raudsepp Vaher
    Luik Karu Lill Teder Org Nõmm Kivi Põder Jõgi Mets Kallas Laur Roos Aavik Sild Kõiv Must""")
# subjects and whether plural
ET_AGENTS: tuple[tuple[str, bool], ...] = tuple(
    (w.replace("_", " ").rstrip("+"), w.endswith("+"))
    for w in _w("""vallavolikogu vallavalitsus vallavanem abivallavanem kooli_hoolekogu külaselts
    Transpordiamet Päästeamet politsei ehitusfirma revisjonikomisjon muinsuskaitse kultuurikomisjon
    volikogu_liikmed+ küla_elanikud+ lapsevanemad+ kohalikud_ettevõtjad+ opositsiooni_saadikud+
    naabrid+""")
)
# the simple past, singular and plural, and the case of its object ("g" genitive, "p" partitive)
ET_VERBS: tuple[tuple[str, str, str], ...] = tuple(
    (w.split(":")[0], w.split(":")[1], w.split(":")[2])
    for w in _w("""kinnitas:kinnitasid:g arutas:arutasid:p toetas:toetasid:p
    kritiseeris:kritiseerisid:p tutvustas:tutvustasid:p allkirjastas:allkirjastasid:g rahastas:rahastasid:p
    peatas:peatasid:g käivitas:käivitasid:g tühistas:tühistasid:g vaidlustas:vaidlustasid:g
    esitas:esitasid:g uuris:uurisid:p ootas:ootasid:p lõpetas:lõpetasid:g kaitses:kaitsesid:p
    tellis:tellisid:g muutis:muutsid:g""")
)
# objects: nominative, genitive, partitive; "+" marks a plural (no adjective before it)
ET_OBJECTS: tuple[tuple[str, str, str, bool], ...] = tuple(
    (*(x.replace("_", " ") for x in w.rstrip("+").split(":")), w.endswith("+"))  # type: ignore[misc]
    for w in _w("""eelarve:eelarve:eelarvet projekt:projekti:projekti arengukava:arengukava:arengukava
    detailplaneering:detailplaneeringu:detailplaneeringut lasteaed:lasteaia:lasteaeda
    koolimaja:koolimaja:koolimaja kergliiklustee:kergliiklustee:kergliiklusteed
    rahvamaja:rahvamaja:rahvamaja bussiliin:bussiliini:bussiliini hange:hanke:hanget
    leping:lepingu:lepingut spordihoone:spordihoone:spordihoonet
    tänavavalgustus:tänavavalgustuse:tänavavalgustust terviserada:terviseraja:terviserada
    veetorustik:veetorustiku:veetorustikku mänguväljak:mänguväljaku:mänguväljakut
    raamatukogu:raamatukogu:raamatukogu jäätmeveo_hind:jäätmeveo_hinna:jäätmeveo_hinda
    sild:silla:silda perearstikeskus:perearstikeskuse:perearstikeskust
    remonditööd:remonditööde:remonditöid+ toetused:toetuste:toetusi+
    bussipeatused:bussipeatuste:bussipeatusi+""")
)
# adjectives: nominative, genitive, partitive
ET_ADJ: tuple[tuple[str, str, str], ...] = tuple(
    (w.split(":")[0], w.split(":")[1], w.split(":")[2])
    for w in _w("""uus:uue:uut vana:vana:vana kallis:kalli:kallist ajutine:ajutise:ajutist
    vaieldav:vaieldava:vaieldavat kauaoodatud:kauaoodatud:kauaoodatud uuendatud:uuendatud:uuendatud
    suur:suure:suurt täiendav:täiendava:täiendavat""")
)
ET_TIMES = (
    "eile",
    "eelmisel nädalal",
    "ühehäälselt",
    "pärast pikka arutelu",
    "teisipäeval",
    "lõpuks",
    "oma viimasel istungil",
    "kolmapäeva õhtul",
    "taas",
    "ootamatult",
    "kuu alguses",
    "reedel",
    "erakorralisel istungil",
    "nädalavahetusel",
)
ET_FRONTS = (
    "Eile",
    "Eelmisel nädalal",
    "Teisipäeval",
    "Lõpuks",
    "Kolmapäeva õhtul",
    "Reedel",
    "Kuu alguses",
    "Pärast pikka arutelu",
    "Sel nädalal",
    "Möödunud kuul",
)
ET_SOURCES = (
    "Vallavalitsuse sõnul",
    "Vallavanema sõnul",
    "Elanike sõnul",
    "Politsei andmetel",
    "Ametlike andmete järgi",
    "Nagu leht varem kirjutas,",
)
ET_ROLES = (
    "vallavanem",
    "volikogu esimees",
    "kooli direktor",
    "küla elanik",
    "ehitusfirma juht",
    "abivallavanem",
    "külavanem",
    "volikogu liige",
    "külaseltsi juhatuse liige",
)
ET_SAYS = ("ütles", "märkis", "rõhutas", "selgitas", "lisas")
ET_SAYINGS = (
    "Inimesed väärivad selgeid vastuseid",
    "See on alles algus",
    "Raha peab minema koolidele",
    "Ootame ministeeriumi otsust",
    "Tööd saavad valmis suveks",
    "Meilt keegi ei küsinud",
    "See on hea uudis kogu vallale",
    "Me ei anna alla",
    "Kõik on tehtud seaduse järgi",
    "Jutt käib meie laste turvalisusest",
    "Soovime kiiresti kohtuda",
    "Nii suurt investeeringut pole vallas kümme aastat olnud",
    "Senise tööga me rahul ei ole",
    "Loodame, et mure saab peagi lahenduse",
    "Kõik toimub läbipaistvalt",
    "Räägime kõigi osapooltega",
    "Elanikud on seda aastaid oodanud",
    "Uusi viivitusi me ei luba",
)
ET_CONJ = (", kuid", ", sest", " ja", ", ent", ", samas kui")
ET_SUBHEADS = (
    "Mis edasi",
    "Elanike arvamus",
    "Raha küsimus",
    "Pikk vaidlus",
    "Opositsiooni kriitika",
    "Järgmised sammud",
    "Taust",
    "Mida arvavad kohalikud",
    "Euroopa raha",
    "Lahtised küsimused",
)
ET_MONTHS = (
    "jaanuar",
    "veebruar",
    "märts",
    "aprill",
    "mai",
    "juuni",
    "juuli",
    "august",
    "september",
    "oktoober",
    "november",
    "detsember",
)
ET_WEEKDAYS = ("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev")
ET_ZONES = ("Europe/Tallinn",)
_ET_STEMS = _w("""Kar Vär Kuu Saa Rii Lau Tõr Mär Vil Pal Kol Rak Jõg Ans Haa Kei Nõm Tam Sõm Pik Mus Kas
    Ker Lin Rõu Vas Kur Ala Ees Hal Äks Tor Kab Ves Lii Pää Uue Järv Mõis Kõr""")
_ET_ENDS = _w("""vere pere küla jõe maa mäe ste la ra na se oja kivi nõmme ranna metsa""")


@cache
def _et_places() -> tuple[str, ...]:
    """400 Estonian-looking place names, each ending in a vowel (its genitive is the name)."""
    rng = random.Random("places-et")
    out: set[str] = set()
    while len(out) < 400:
        stem = rng.choice(_ET_STEMS)
        mid = rng.choice(("", "", "a", "e", "i", "u"))
        end = rng.choice(_ET_ENDS)
        word = stem + (mid if end[0] not in "aeiouõäöü" else "") + end
        if len(word) >= 5:
            out.add(_cap(word.lower()))
    return tuple(sorted(out))


class EstonianProse(Prose):
    """Estonian parish-news prose (see the module docstring)."""

    lang = "et"

    def person(self) -> str:
        return f"{self.rng.choice(ET_FIRST)} {self.rng.choice(ET_SURNAMES)}"

    def place(self) -> str:
        return self.rng.choice(_et_places())

    def agent(self) -> tuple[str, bool]:
        r = self.rng.random()
        if r < 0.1:
            return f"{self.place()} vallavolikogu", False
        if r < 0.16:
            return f"{self.place()} küla elanikud", True
        return self.rng.choice(ET_AGENTS)

    def obj(self, case: str) -> str:
        rng = self.rng
        nom, gen, part, plural = rng.choice(ET_OBJECTS)
        noun = (nom if plural else gen) if case == "g" else part  # a plural total object: the nominative
        if not plural and rng.random() < 0.35:
            adj = rng.choice(ET_ADJ)
            return f"{adj[1] if case == 'g' else adj[2]} {noun}"
        return noun

    def _vp(self, plural: bool, time: bool) -> str:
        sg, pl, case = self.rng.choice(ET_VERBS)
        when = f" {self.rng.choice(ET_TIMES)}" if time else ""
        return f"{pl if plural else sg}{when} {self.obj(case)}"

    def clause(self, time: bool = False) -> str:
        agent, plural = self.agent()
        return f"{agent} {self._vp(plural, time)}"

    def inverted(self, front: str) -> str:
        """The verb second after an adverbial: "Eile kinnitas vallavolikogu eelarve"."""
        agent, plural = self.agent()
        sg, pl, case = self.rng.choice(ET_VERBS)
        return f"{front} {pl if plural else sg} {agent} {self.obj(case)}"

    def said(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.25:
            text = f"Selleks on leitud {10 * rng.randint(2, 90)} 000 eurot"
        elif r < 0.55:
            a, b = rng.sample(ET_SAYINGS, 2)
            text = f"{a}. {b}"
        else:
            text = rng.choice(ET_SAYINGS)
        return f"„{text},“ {rng.choice(ET_SAYS)} {rng.choice(ET_ROLES)} {self.person()}."

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return self.said()
        if r < 0.25:
            return f"{self.inverted(rng.choice(ET_FRONTS))}."
        if r < 0.34:
            return f"{self.inverted(rng.choice(ET_SOURCES))}."
        if r < 0.48:
            return f"{_cap(self.clause(time=rng.random() < 0.4))}{rng.choice(ET_CONJ)} {self.clause()}."
        if r < 0.6:
            return rng.choice(
                (
                    f"Projekti maksumus on {rng.randint(2, 95)},{rng.randint(1, 9)} miljonit eurot.",
                    f"Petitsioonile on alla kirjutanud {10 * rng.randint(20, 400)} inimest.",
                    f"Tööd peavad valmima {rng.randint(2027, 2031)}. aastaks.",
                    f"Poolt hääletas {rng.randint(11, 21)} volikogu liiget, vastu oli {rng.randint(2, 6)}.",
                    f"Koosolekule tuli umbes {10 * rng.randint(3, 30)} inimest.",
                    f"Remont kestab vähemalt {rng.randint(5, 19)} kuud.",
                    f"Vallaeelarvest eraldati selleks {10 * rng.randint(2, 90)} 000 eurot.",
                    f"Umbes {rng.randint(5, 9)}0 protsenti rahast tuleb Euroopa Liidu fondidest.",
                )
            )
        if r < 0.72:
            return f"{self.inverted(f'{self.place()} vallas')}."
        if r < 0.8:
            agent, plural = self.agent()
            v1, v2 = rng.sample(ET_VERBS, 2)
            return (
                f"{_cap(agent)} {v1[int(plural)]} {self.obj(v1[2])} ja {v2[int(plural)]} {self.obj(v2[2])}."
            )
        if r < 0.9:
            return rng.choice(
                (
                    f"{self.place()} küla elanikud on seda otsust oodanud aastaid.",
                    f"See pole esimene kord, kui {self.clause()}.",
                    f"{self.place()} külas pole olukord seni muutunud.",
                    f"{self.inverted('Sarnaselt')} ka naabervallas.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, plural = self.agent()
        sg, pl, case = rng.choice(ET_VERBS)
        head = f"{_cap(agent)} {pl if plural else sg} {self.obj(case)}"
        if r < 0.3:
            return f"{self.place()}: {head}"
        if r < 0.55:
            return head
        if r < 0.8:
            nom, gen, part, plural_obj = rng.choice([o for o in ET_OBJECTS if not o[3]])
            return f"{self.place()} saab {rng.choice(('uue', 'suure', 'kauaoodatud', 'uuendatud'))} {gen}"
        return f"{self.person()}: „{rng.choice(ET_SAYINGS)}“"

    def subheading(self) -> str:
        return self.rng.choice(ET_SUBHEADS)


ET_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Avaleht", "Uudised", "Vald", "Haridus", "Sport", "Kultuur", "Arvamus", "Kuulutused", "Ajalugu"),
    "sections": ("Vald", "Haridus", "Kultuur", "Sport", "Majandus", "Teed", "Tervis"),
    "related": ("Viimased uudised", "Loe veel", "Samal teemal", "Veel uudiseid vallast"),
    "read_more": ("Loe ka:", "LOE KA:", "Vaata ka:"),
    "by": ("Autor:",),
    "desks": ("toimetaja", "reporter", "vanemtoimetaja", "vabakutseline kaastööline"),
    "share": ("Jaga", "Jaga artiklit"),
    "share_sites": ("Facebook", "X", "Messenger", "E-post"),
    "newsletter": ("Telli uudiskiri ja saad valla olulisemad uudised igal reede hommikul e-postkasti.",),
    "comments": ("Kommenteerimine on võimalik Facebooki kaudu. Toimetus kustutab solvavad kommentaarid.",),
    "cookie": (
        "Kasutame küpsiseid, et parandada teie kasutajakogemust sellel lehel.",
        "Lehte kasutades nõustute küpsiste kasutamisega vastavalt meie privaatsuspoliitikale.",
    ),
    "ad": ("Reklaam – artikkel jätkub allpool",),
    "copyright": (
        "© {year} {name}. Kõik õigused kaitstud.",
        "© {name} {year}. Materjalide kasutamine ainult toimetuse loal.",
    ),
    "disclaimer": ("Toimetus ei vastuta kommentaaride sisu eest.",),
    "tagline": ("{region} valla ajaleht alates {since}. aastast", "Kohalikud uudised {region} vallast"),
    "bio": ("{author} on {name} {desk_l} aastast {since2}.", "{author} kirjutab teemal {beat}."),
    "beats": ("vallavalitsus", "teed ja transport", "haridus", "tervis", "ettevõtlus", "kultuur"),
    "editorial": ("Artikkel on osa sarjast „Meie küla“.",),
    "classified": ("Müüa kuivad küttepuud, hind kokkuleppel, transport tasuta.",),
    "subscribe": ("Telli paberleht koju vaid 3 euroga kuus",),
}
ET_NAMEDAYS = (
    "Mari",
    "Jaan",
    "Liis",
    "Peeter",
    "Kadri",
    "Tõnu",
    "Anu",
    "Mart",
    "Reet",
    "Toomas",
    "Eha",
    "Ülo",
)
ET_CAPTIONS = (
    "Vallavolikogu istung",
    "Ehitustööd keskuses kestavad juba mitu kuud",
    "Elanikud kogunesid vallamaja ette",
    "Ehitusplats aleviku serval",
    "Kaader möödunud aasta istungilt",
)
ET_TAGS = ("volikogu", "eelarve", "teed", "haridus", "transport", "remont", "küla")
ET_FOOTER = ("Toimetus", "Reklaam", "Tellimine", "Privaatsuspoliitika", "Kontakt")


def _et_home(c: Ctx) -> str:
    name = c.pub.name
    return max((p for p in _et_places() if p in name), key=len, default=name.split()[0])


def _et_date(dt: datetime) -> str:
    return f"{dt.day}. {ET_MONTHS[dt.month - 1]} {dt.year}"


def render_et_vallaleht(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    home = _et_home(c)
    form = c.stable("et-url").random() < 0.5
    ids = c.stable("et-ids")
    n0 = ids.randint(3000, 9000)
    paths = {
        id(o): (
            f"/{o.published:%Y/%m/%d}/{_slug(o.title)}/"
            if form
            else f"/uudised/{_slug(o.title)}-{n0 + 7 * k}"
        )
        for k, o in enumerate(c.others)
    }
    c.repath(lambda o: paths[id(o)])
    _split_lead(c, 1)
    _fit(c, keep=2)
    title = f"{s.title} – {pub.name}" if c.stable("et-title").random() < 0.6 else f"{pub.name} | {s.title}"
    lead = s.blocks[0][1]
    lines = [
        "<!DOCTYPE html>",
        '<html lang="et">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(lead[:150])}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "<link rel='stylesheet' href='/wp-content/themes/vallaleht/style.css?ver=2.3' media='all'>",
        "</head>",
        f'<body class="post-template-default single single-post postid-{c.rng.randint(2000, 9999)}">',
    ]
    served = d + timedelta(days=c.stable(f"et-served-{s.title}").randint(0, 2))
    nameday = ET_NAMEDAYS[served.toordinal() % len(ET_NAMEDAYS)]
    lines += [
        '<div class="top-bar">',
        f'<span class="today">{esc(_cap(ET_WEEKDAYS[served.weekday()]))}, {_et_date(served)}. '
        f"{esc(c.snip(f'Nimepäeva peab täna {nameday}'))}</span>",
        f'<a class="subscribe" href="/tellimine/">{esc(c.text("subscribe"))}</a>',
        "</div>",
        '<header class="site-header">',
        f'<a class="logo" href="/"><img src="/wp-content/uploads/logo.png" alt="{esc(pub.name)}"></a>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="site-description">{esc(c.snip(pub.tagline))}</p>')
    menu = ET_UI["nav"]
    c.snip(" ".join(menu[:5]))
    lines += [
        '<nav class="main-navigation"><ul id="menu-peamenuu" class="menu">',
        *[
            '<li class="menu-item"><a '
            f'href="/{"" if k == 0 else "rubriik/" + _slug(x) + "/"}">{esc(x)}</a></li>'
            for k, x in enumerate(menu)
        ],
        "</ul></nav>",
        "</header>",
        '<div id="content" class="site-content"><main id="main" class="site-main">',
        f'<div class="breadcrumbs"><a href="/">Avaleht</a> / <a href="/rubriik/{_slug(s.section)}/">'
        f"{esc(s.section)}</a> / <span>{esc(s.title)}</span></div>",
        '<article class="post type-post status-publish">',
        '<header class="entry-header">',
        f'<span class="cat-links"><a href="/rubriik/{_slug(s.section)}/">{esc(s.section)}</a></span>',
        f'<h1 class="entry-title">{esc(s.title)}</h1>',
        '<div class="entry-meta"><span '
        f'class="byline">{esc(c.snip(f"Autor: {s.author.name}, {s.author.desk}"))}'
        f'</span> <span class="posted-on">{d:%d.%m.%Y}, {d:%H:%M}</span></div>',
        "</header>",
    ]
    cr = c.stable(f"et-cap-{s.title}")
    cap = cr.choice(ET_CAPTIONS)
    credit = cr.choice((f"Foto: {EstonianProse(cr).person()}", "Foto: arhiiv", f"Foto: {pub.name}"))
    c.snip(f"{cap} {credit}")
    lines.append(
        '<figure class="wp-block-image"><img src="/wp-content/uploads/'
        f'{d:%Y/%m}/{_hex(c.rng, 10)}.jpg" alt=""><figcaption>{esc(cap)} '
        f"<em>{esc(credit)}</em></figcaption></figure>"
    )
    body: list[str] = []
    for k, (tag, text) in enumerate(s.blocks):
        if tag == "p":
            body.append(f"<p><strong>{esc(text)}</strong></p>" if k == 0 else f"<p>{c.inline(text)}</p>")
        else:
            body.append(f"<h3>{esc(text)}</h3>")
    read = c.stable("et-read").choice(ET_UI["read_more"])
    others = c.pick_others(12)
    inserts = []
    for k, o in zip((1, 3), others[:2], strict=False):
        c.snip(f"{read} {o.title}")
        inserts.append(
            (k, f'<p class="loe-ka"><b>{esc(read)}</b> <a href="{esc(o.path)}">{esc(o.title)}</a></p>')
        )
    body = _insert_after(body, "<p", inserts, skip='<p class="loe-ka"')
    lines += ['<div class="entry-content">', *body, "</div>"]
    tags = [home, s.section.lower(), c.stable(f"et-tag-{s.title}").choice(ET_TAGS)]
    c.snip("Sildid: " + ", ".join(tags))
    lines += [
        '<footer class="entry-footer"><span class="tags-links">Sildid: '
        + ", ".join(f'<a href="/silt/{_slug(x)}/" rel="tag">{esc(x)}</a>' for x in tags)
        + "</span></footer>",
        _share_bar(c, "sharedaddy"),
        "</article>",
        f'<div class="fb-comments-note"><p>{esc(c.text("comments"))}</p></div>',
    ]
    heading, picks = c.related(4)
    lines += [
        f'<section class="related-posts"><h2>{esc(heading)}</h2><ul>',
        *[
            f'<li><a href="{esc(o.path)}">{esc(o.title)}</a> <span>{o.published:%d.%m.%Y}</span></li>'
            for o in picks
        ],
        "</ul></section>",
        "</main>",
        '<aside id="secondary" class="widget-area">',
        '<section class="widget"><h2 class="widget-title">Loetuimad</h2><ol>',
        *[
            f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>'
            for o in (others[4:9] or others[:4])
        ],
        "</ol></section>",
    ]
    issue = (
        c.stable("et-issue").randint(300, 500)
        + (served - datetime(2026, 1, 1, tzinfo=served.tzinfo)).days // 14
    )
    friday = served - timedelta(days=(served.weekday() - 4) % 7)
    c.snip(f"Nr {(friday.timetuple().tm_yday // 14) + 1} ({issue}), {_et_date(friday)}")
    lines += [
        '<section class="widget paberleht"><h2 class="widget-title">Paberlehe arhiiv</h2>',
        f'<a href="/arhiiv/{friday:%Y}/{issue}.pdf">Nr {(friday.timetuple().tm_yday // 14) + 1} ({issue}), '
        f"{_et_date(friday)}</a>",
        f"<p>{esc(c.snip('Kõik lehenumbrid PDF-failidena alates 2009. aastast'))}</p></section>",
    ]
    if c.has("newsletter"):
        lines.append(
            f'<section class="widget"><p>{esc(c.text("newsletter"))}</p>'
            '<input type="email" placeholder="E-post"><button>Telli</button></section>'
        )
    company = c.stable("et-company").choice(("Meedia", "Kirjastus", "Press"))
    street = c.stable("et-street").choice(("Pikk", "Lai", "Kooli", "Turu", "Jaama", "Pärnu mnt"))
    number = c.stable(street).randint(1, 40)
    c.snip(" · ".join(ET_FOOTER))
    lines += [
        "</aside>",
        "</div>",
        '<footer id="colophon" class="site-footer">',
        '<ul class="footer-menu">'
        + " · ".join(f'<li><a href="/{_slug(x)}/">{esc(x)}</a></li>' for x in ET_FOOTER)
        + "</ul>",
        f"<p>{esc(c.snip(f'Väljaandja {home} {company} OÜ, toimetus: {street} {number}, {home}'))}"
        "</p>",
        f'<p class="copyright">{esc(c.copyright())}</p>',
        "</footer>",
    ]
    if c.has("cookie"):
        lines.append(f'<div id="cookie-notice"><p>{esc(c.text("cookie"))}</p><button>Nõustun</button></div>')
    lines += ["</body>", "</html>"]
    return _finish(c, lines)


# --- esports-patch-hub -------------------------------------------------------------------------

GAMES = (
    (
        "Shardfall",
        "shardfall",
        "heroes",
        ("Kestra", "Varn", "Oriel", "Brakka", "Sunmaw", "Lyss", "Tovin", "Ember Jack"),
    ),
    (
        "Vanguard Tactics",
        "vanguard-tactics",
        "agents",
        ("Halberd", "Nyx", "Quill", "Sable", "Rook", "Cinder", "Marlow", "Vesper"),
    ),
    (
        "Riftborne Arena",
        "riftborne",
        "champions",
        ("Azeth", "Mirela", "Grom", "Pallas", "Yunki", "Dross", "Iskra", "Thane"),
    ),
    (
        "Ironclad Legends",
        "ironclad-legends",
        "pilots",
        ("Bastion", "Kite", "Warden", "Juno", "Hex", "Morrow", "Talon", "Nova-7"),
    ),
)
EP_STATS = (
    ("base damage", 80, 5),
    ("cooldown", 12, 1),
    ("armour", 30, 2),
    ("move speed", 340, 5),
    ("ultimate cost", 100, 10),
    ("shield strength", 220, 20),
    ("range", 550, 25),
    ("health", 620, 30),
)
EP_DISCLAIMER = "is not endorsed by or affiliated with the publishers of the games it covers."
EP_TRADEMARKS = "All game names, images and trademarks are the property of their respective owners."
EP_ABILITIES = ("Q", "W", "E", "R", "Passive", "Ultimate", "Primary fire", "Dash")
EP_TEAMS = (
    "Nightfall Rising",
    "Team Solace",
    "Vortex Gaming",
    "Oxide",
    "Polar Wolves",
    "Redline Esports",
    "Hollowpoint",
    "Kinetic Five",
    "Sundial",
    "Gravemind Club",
)
EP_EVENTS = (
    "Spring Split",
    "Masters Qualifier",
    "Continental Cup",
    "Pro League Week 6",
    "Winter Invitational",
)
EP_ROLES = ("caster", "analyst", "pro player", "coach", "the game's lead designer")
EP_MENU = ("News", "Esports", "Patch Notes", "Guides", "Tier Lists", "Reviews", "Videos")
EP_QUOTES = (
    "This is the biggest shake-up to the meta since launch",
    "Teams will need a week of scrims to figure this out",
    "Honestly, it was overdue and most of the community asked for it",
    "I expect picks to change completely at the next event",
    "We wanted to bring underused picks back without breaking anything",
    "It feels rushed this close to the playoffs",
    "Solo queue players will notice this more than the pros",
)


def _ep_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = random.Random(f"{c.pub.host}-ep-{k}-{attempt}")
    game = GAMES[(c.stable("ep-game").randrange(4) + (k % 3 == 2)) % 4]
    patch = f"{r.randint(3, 12)}.{r.randint(1, 24)}"
    a, b = r.sample(game[3], 2)
    kind = r.choice(("patch", "patch", "roster", "event"))
    if kind == "patch":
        verb = r.choice(("nerfs", "buffs", "reworks", "shakes up"))
        title = r.choice(
            (
                f"{game[0]} patch {patch} {verb} {a} and {b}",
                f"{game[0]} {patch} patch notes: {a} {verb.rstrip('s') + 's'} the meta",
                f"Everything changing in {game[0]} patch {patch}",
            )
        )
    elif kind == "roster":
        t1 = r.choice(EP_TEAMS)
        title = r.choice(
            (
                f"{t1} sign a new {game[0]} roster before the {r.choice(EP_EVENTS)}",
                f"{t1} bench their captain after a winless start in {game[0]}",
            )
        )
    else:
        ev = r.choice(EP_EVENTS)
        title = f"{game[0]} {ev} preview: {r.randint(8, 16)} teams, one patch, {r.randint(2, 5)} storylines"
    return title, {"game": game, "patch": patch, "a": a, "b": b, "kind": kind, "seed": f"{k}-{attempt}"}


def _ep_text(c: Ctx, g: dict[str, Any]) -> None:
    r = c.stable(f"ep-text-{g['seed']}")
    game, patch, a, b = g["game"], g["patch"], g["a"], g["b"]
    teams = r.sample(EP_TEAMS, 4)
    prose = prose_for("en", r)
    pool = [
        f"The update is expected to hit live servers on {r.choice(EN_DAYS)} after a short maintenance "
        "window.",
        f"Pick rates for {a} climbed above {r.randint(30, 60)} percent in the last competitive split.",
        f"{teams[0]} built most of their strategies around {b}, so they have the most to lose.",
        f"Ranked players have complained about {a} for weeks on the official forums.",
        f"The developers said more changes to {game[2]} will follow in the next mid-season update.",
        "Several pros tested the changes on the public test server over the weekend.",
        f"{teams[1]} and {teams[2]} meet in the opening match, which will be the first big test of the "
        "patch.",
        f"Win rates for {b} dropped to {r.randint(42, 47)}.{r.randint(0, 9)} percent in high-ranked games.",
        f"The patch also fixes a bug that let some {game[2]} skip their recovery animation.",
        f"Tournament organisers confirmed that the {r.choice(EP_EVENTS)} will be played on patch {patch}.",
        f"Community creators have already published early tier lists, with {a} sliding down from the top "
        "spot.",
        "Matchmaking changes in the same update aim to cut queue times for players in smaller regions.",
    ]
    r.shuffle(pool)

    def more() -> str:
        return pool.pop() if pool else f"{prose.person()} said the changes would be reviewed after two weeks."

    who = prose.person()
    quote = f"“{r.choice(EP_QUOTES)},” said {who}, a {r.choice(EP_ROLES)}."
    if g["kind"] == "patch":
        intro = [
            f"Patch {patch} for {game[0]} is one of the larger balance updates of the season.",
            f"The developers are targeting {a} and {b}, two of the most-picked {game[2]} in professional "
            "play.",
        ]
    elif g["kind"] == "roster":
        intro = [
            f"{teams[0]} announced the move on social media on {r.choice(EN_DAYS)}.",
            f"The change comes just as patch {patch} reshapes how {a} and {b} are played.",
        ]
    else:
        intro = [
            f"The next big {game[0]} event starts this week, and patch {patch} will decide a lot of it.",
            f"{teams[0]} arrive as favourites, but {teams[1]} have looked sharp in scrims.",
        ]
    blocks: list[tuple[str, list[str] | str]] = [("p", intro), ("p", [more(), more()])]
    rows = []
    for hero in (a, b, *r.sample([h for h in game[3] if h not in (a, b)], r.randint(1, 3))):
        stat, base, step = r.choice(EP_STATS)
        up = r.random() < 0.5
        after = base + step * r.randint(1, 3) * (1 if up else -1)
        rows.append(f"{hero} {r.choice(EP_ABILITIES)} {stat} {base} {after}")
    blocks += [
        ("p", [more(), f"The key changes in patch {patch} are listed below."]),
        ("row", "Hero Ability Stat Before After"),
        *[("row", x) for x in rows],
    ]
    if r.random() < 0.5:
        blocks.append(
            ("h2", r.choice(("What it means for the pros", "The pro scene reacts", "Meta outlook")))
        )
    blocks += [("p", [more(), quote]), ("p", [more(), more()])]
    if r.random() < 0.5:
        blocks += [("h2", "When the patch goes live"), ("p", [more()])]
    blocks.append(("p", [more()]))
    _set_body(c, blocks, more)


def render_esports_patch_hub(c: Ctx) -> str:
    plan = _retitle(c, _ep_plan)
    s, pub = c.story, c.pub
    d = s.published
    form = c.stable("ep-url").random() < 0.5
    ids = c.stable("ep-ids")
    paths: dict[int, str] = {}
    for k, o in enumerate(c.others):
        g = _ep_plan(c, k, 0)[1]["game"]
        paths[id(o)] = (
            f"/news/{g[1]}/{_slug(o.title)}/"
            if form
            else f"/{g[1]}/patch-notes/{_slug(o.title)}-{ids.randint(10000, 99999)}"
        )
    c.repath(lambda o: paths[id(o)])
    _ep_text(c, plan)
    game = plan["game"]
    title = (
        f"{s.title} | {pub.name}" if c.stable("ep-t").random() < 0.5 else f"{s.title} - {pub.name} Esports"
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(utc=True),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "about": game[0],
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US" class="dark">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(ld),
        "</head>",
        "<body>",
    ]
    tr = c.stable(f"ep-live-{d.date()}")
    t1, t2 = tr.sample(EP_TEAMS, 2)
    live = c.snip(f"LIVE: {t1} {tr.randint(0, 2)} – {tr.randint(0, 2)} {t2} · {tr.choice(EP_EVENTS)}")
    lines += [
        f'<div class="ticker"><span class="dot"></span><a href="/esports/live/">{esc(live)}</a></div>',
        '<header class="hdr"><a class="brand" href="/">' + esc(pub.name) + "</a>",
        '<nav class="hdr-nav">'
        + "\n".join(f'<a href="/{_slug(x)}/">{esc(x)}</a>' for x in EP_MENU)
        + "</nav>",
        '<div class="games">'
        + "\n".join(f'<a href="/news/{g[1]}/">{esc(g[0])}</a>' for g in GAMES)
        + "</div>",
        '<a class="signin" href="/login">Sign in</a></header>',
    ]
    c.snip(" ".join(EP_MENU[:5]))
    tldr = f"TL;DR: {s.blocks[0][1].split('.')[0]}."
    lines += [
        '<main class="article-wrap"><article>',
        f'<a class="kicker" href="/news/{game[1]}/">{esc(game[0])}</a>',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="meta"><a href="/author/{_slug(s.author.name)}/">{esc(s.author.name)}</a> · '
        f"<span>{_short_date(d)}</span></div>",
        f'<aside class="tldr"><strong>TL;DR</strong> {esc(tldr.removeprefix("TL;DR: "))}'
        f" Read on for the full breakdown.</aside>",
        '<div class="article-body">',
    ]
    body: list[str] = []
    rows: list[str] = []
    for tag, text in [*s.blocks, ("end", "")]:
        if tag != "row" and rows:
            head, *rest = rows
            body.append(
                '<div class="table-scroll"><table class="patch-table">\n<thead><tr>'
                + "\n".join(f"<th>{esc(x)}</th>" for x in head.split(" "))
                + "</tr></thead>\n<tbody>\n"
                + "\n".join(
                    "<tr>" + "\n".join(f"<td>{esc(x)}</td>" for x in _ep_cells(row)) + "</tr>" for row in rest
                )
                + "\n</tbody></table></div>"
            )
            rows = []
        if tag == "p":
            body.append(f"<p>{c.inline(text)}</p>")
        elif tag == "row":
            rows.append(text)
        elif tag == "h2":
            body.append(f"<h2>{esc(text)}</h2>")
    others = c.pick_others(10)
    o = others[0]
    c.snip(f"Related: {o.title}")
    clip = c.snip(f"Clip: {plan['a']} in action on the public test server")
    body = _insert_after(
        body,
        "<p",
        [
            (
                1,
                '<p class="related-inline"><strong>Related:</strong> <a '
                f'href="{esc(o.path)}">{esc(o.title)}</a></p>',
            ),
            (
                2,
                f'<figure class="embed"><div class="video" data-id="{_hex(c.rng, 11)}"></div>'
                f"<figcaption>{esc(clip)}</figcaption></figure>",
            ),
        ],
        skip='<p class="related-inline"',
    )
    lines += body
    lines += [
        "</div>",
        '<div class="tags">'
        + "\n".join(f'<a href="/tag/{_slug(x)}/">{esc(x)}</a>' for x in (game[0], plan["a"], "Patch Notes"))
        + "</div>",
    ]
    c.snip(f"Follow {s.author.name} on X for more {game[0]} news and esports coverage.")
    lines += [
        f'<div class="author-box"><img src="/avatars/{_slug(s.author.name)}.png" alt=""><p>'
        f"{esc(f'Follow {s.author.name} on X for more {game[0]} news and esports coverage.')}</p></div>",
        "</article>",
        '<aside class="rail">',
        '<section class="trending"><h3>Trending</h3><ol>',
        *[f'<li><a href="{esc(x.path)}">{esc(c.snip(x.title))}</a></li>' for x in others[1:6]],
        "</ol></section>",
        '<section class="calendar"><h3>Esports calendar</h3><ul>',
    ]
    cr = c.stable(f"ep-cal-{d.isocalendar()[1]}")
    discord = f"Join the {pub.name} Discord to talk patches with 40,000 players"
    for k in range(3):
        day = d + timedelta(days=k + 1)
        x, y = cr.sample(EP_TEAMS, 2)
        lines.append(f"<li>{esc(c.snip(f'{_short_date(day)}: {x} vs {y}'))}</li>")
    lines += [
        "</ul></section>",
        f'<section class="discord"><p>{esc(c.snip(discord))}'
        '</p><a href="https://discord.example/invite">Join</a></section>',
        "</aside></main>",
        '<footer class="ftr">',
        f"<p>{esc(c.snip(f'{pub.name} {EP_DISCLAIMER}'))}</p>",
        f"<p>{esc(c.snip(EP_TRADEMARKS))}</p>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    if c.has("cookie"):
        lines.append(f'<div class="consent"><p>{esc(c.text("cookie"))}</p><button>Accept all</button></div>')
    lines += ["</body>", "</html>"]
    return _finish(c, lines)


def _ep_cells(row: str) -> list[str]:
    """A patch-table row's cells: the hero (which may hold a space), the ability, the stat (two
    words or one), before and after."""
    words = row.split(" ")
    before, after = words[-2], words[-1]
    for hero in (h for g in GAMES for h in g[3]):
        if row.startswith(hero + " "):
            rest = row[len(hero) + 1 :].rsplit(" ", 2)[0]
            for ab in sorted(EP_ABILITIES, key=len, reverse=True):
                if rest.startswith(ab + " "):
                    return [hero, ab, rest[len(ab) + 1 :], before, after]
    return words


# --- chamber-commerce-news ---------------------------------------------------------------------

CC_BUSINESSES = (
    "Blue Heron Coffee Roasters",
    "Summit Physical Therapy",
    "Riverside Credit Union",
    "Oak & Iron Brewing Co.",
    "Bright Path Learning Center",
    "Harbor Dental Group",
    "Maple Street Hardware",
    "Northline Logistics",
    "Copperleaf Salon",
    "Greenway Landscaping",
)
CC_STREETS = ("Main Street", "Route 9", "Market Square")
CC_QUOTES = ("This is exactly the kind of investment our community needs",
             "Our members told us clearly what matters to them",
             "Small businesses are the backbone of this town", "We are proud to stand behind our members")
CC_MENU = ("About", "Membership", "Events", "Member Directory", "News", "Advocacy", "Visitors", "Contact")
CC_AWARDS = (
    "Business of the Year",
    "Small Business of the Year",
    "Nonprofit of the Year",
    "Young Professional of the Year",
    "Ambassador of the Year",
    "Lifetime Achievement Award",
)
CC_PRIORITIES = (
    "expanding broadband access in rural parts of the county",
    "funding for workforce training at the community college",
    "a simpler permitting process for small businesses",
    "road and bridge repairs on the main freight corridors",
    "more affordable child care for working families",
    "keeping local property taxes stable",
)


def _cc_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = random.Random(f"{c.pub.host}-cc-{k}-{attempt}")
    kind = ("ribbon", "awards", "survey", "agenda", "chair", "ribbon")[(k + r.randrange(6)) % 6]
    biz = r.choice(CC_BUSINESSES)
    person = prose_for("en", r).person()
    title = {
        "ribbon": f"Ribbon cutting celebrates {biz} opening on {r.choice(CC_STREETS)}",
        "awards": f"Chamber names winners of its {2026 - r.randint(20, 60)}th annual business awards"
        if attempt == 0
        else f"{biz} named Business of the Year",
        "survey": f"Member survey finds {r.randint(52, 78)} percent of employers struggling to hire",
        "agenda": f"Chamber unveils {2026} legislative priorities ahead of session",
        "chair": f"{person} takes over as chair of the board",
    }[kind]
    if attempt > 1:
        title = f"{title} ({r.choice(('update', 'photos', 'recap'))} {attempt})"
    return title, {"kind": kind, "biz": biz, "person": person, "seed": f"{k}-{attempt}"}


def _cc_text(c: Ctx, g: dict[str, Any]) -> None:
    r = c.stable(f"cc-text-{g['seed']}")
    prose = prose_for("en", r)
    place = _place(c)
    president = prose_for("en", c.stable("cc-president")).person()
    biz, person = g["biz"], g["person"]
    owner = prose.person()
    general = [
        f"The chamber represents more than {r.randint(3, 12)}00 businesses across the {place} area.",
        "Members can register for upcoming events on the chamber's website.",
        f"The event drew business owners, elected officials and volunteers from across {place}.",
        "Local sponsors covered the cost of the reception that followed.",
        "Chamber ambassadors welcome every new member with a visit in their first month.",
        f"{place} has added more than {r.randint(2, 9)}00 jobs over the past year, according to state "
        "figures.",
        f"County commissioners and the mayor of {place} also attended.",
        "Nominations for next year open in the autumn.",
    ]
    r.shuffle(general)

    def more() -> str:
        return general.pop() if general else prose.sentence()

    said = f"“{r.choice(CC_QUOTES)},” said {president}, president and CEO of the chamber."
    kind = g["kind"]
    blocks: list[tuple[str, list[str] | str]]
    if kind == "ribbon":
        blocks = [
            (
                "p",
                [
                    f"The {c.pub.name} held a ribbon cutting on {r.choice(EN_DAYS)} to celebrate the "
                    f"opening of {biz}.",
                    f"Owner {owner} welcomed guests to the new location and thanked the staff who helped "
                    "get it ready.",
                ],
            ),
            (
                "p",
                [f"{biz} employs {r.randint(4, 30)} people and plans to hire more over the summer.", more()],
            ),
            (
                "p",
                [
                    f"“We looked at a lot of towns, but {place} felt like home from the first day,” "
                    f"{owner.split()[1]} said.",
                    more(),
                ],
            ),
            ("p", [said, more()]),
            ("p", [more(), more()]),
        ]
    elif kind == "awards":
        winners = r.sample(CC_BUSINESSES, 4)
        blocks = [
            (
                "p",
                [
                    "The chamber announced the winners of its annual awards at a dinner attended by more "
                    f"than {r.randint(2, 5)}00 guests.",
                    more(),
                ],
            ),
            ("p", ["This year's honorees are:"]),
            *[("li", f"{award}: {w}") for award, w in zip(r.sample(CC_AWARDS, 4), winners, strict=True)],
            (
                "p",
                [
                    "Winners were chosen by a panel of past recipients and community leaders from more "
                    f"than {r.randint(40, 90)} nominations.",
                    more(),
                ],
            ),
            ("p", [said, more()]),
            ("p", [more(), more()]),
        ]
    elif kind == "survey":
        blocks = [
            (
                "p",
                [
                    f"More than half of employers in the {place} area say finding qualified workers is "
                    "their biggest challenge, according to the chamber's annual member survey.",
                    more(),
                ],
            ),
            (
                "p",
                [
                    f"The survey was sent to all members in January and received {r.randint(180, 420)} "
                    "responses.",
                    f"About {r.randint(20, 45)} percent of respondents said they had turned down work "
                    "because they were short-staffed.",
                ],
            ),
            ("h3", "Housing and child care"),
            (
                "p",
                [
                    "Employers also pointed to the cost of housing and a lack of child care as reasons "
                    "workers leave the area.",
                    more(),
                ],
            ),
            ("p", [said, more()]),
            (
                "p",
                [
                    "The full results will be presented at the chamber's next "
                    f"{r.choice(('Business After Hours', 'Eggs & Issues breakfast', 'membership lunch'))}.",
                    more(),
                ],
            ),
        ]
    elif kind == "agenda":
        items = r.sample(CC_PRIORITIES, 4)
        blocks = [
            (
                "p",
                [
                    f"The chamber's board approved its legislative agenda for {2026}, setting out the "
                    "issues it will press with lawmakers this year.",
                    more(),
                ],
            ),
            ("p", ["The priorities include:"]),
            *[("li", _cap(x)) for x in items],
            (
                "p",
                [
                    "Members of the government affairs committee will travel to the capital in "
                    f"{r.choice(('February', 'March'))} to meet the area's delegation.",
                    more(),
                ],
            ),
            ("p", [said]),
            ("p", [more(), more()]),
        ]
    else:
        blocks = [
            (
                "p",
                [
                    f"{person} has been named chair of the chamber's board of directors for the coming year.",
                    f"{person.split()[0]} succeeds {prose.person()}, who will remain on the board as past "
                    "chair.",
                ],
            ),
            (
                "p",
                [
                    f"{person.split()[1]} is a partner at {biz} and has served on the board for "
                    f"{r.randint(3, 9)} years.",
                    more(),
                ],
            ),
            (
                "p",
                [
                    f"“I want every business in {place}, large or small, to feel the chamber is working "
                    f"for them,” {person.split()[1]} said.",
                    more(),
                ],
            ),
            ("p", [said, more()]),
            (
                "p",
                [
                    "Three new directors also joined the board: "
                    f"{', '.join(prose.person() for _ in range(2))} and {prose.person()}.",
                    more(),
                ],
            ),
        ]
    _set_body(c, blocks, more)


def render_chamber_commerce_news(c: Ctx) -> str:
    plan = _retitle(c, _cc_plan)
    s, pub = c.story, c.pub
    d = s.published
    form = c.stable("cc-url").random() < 0.6
    n0 = c.stable("cc-ids").randint(1200, 4800)
    c.repath(
        lambda o: (
            f"/news/details/{_slug(o.title)}-{o.published:%m-%d-%Y}"
            if form
            else f"/news/NewsArticleDisplay.aspx?ArticleID={n0 + 3 * c.others.index(o)}"
        )
    )
    _cc_text(c, plan)
    place = _place(c)
    title = f"{s.title} - {pub.name}" if c.stable("cc-t").random() < 0.5 else f"{pub.name} | {s.title}"
    phone = f"({c.stable('cc-tel').randint(200, 989)}) 555-{c.stable('cc-tel2').randint(1000, 9999)}"
    street = (f"{c.stable('cc-st').randint(100, 999)} "
        f"{c.stable('cc-st2').choice(('Main Street', 'Commerce Drive', 'Broadway', 'Front Street'))}")
    about = (
        f"About the {pub.name}: The {pub.name} is a member-driven organization that works to "
        f"strengthen the local economy and improve the quality of life in the {place} area."
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        '<link rel="stylesheet" href="/public/css/gz-theme.css">',
        "</head>",
        "<body>",
        '<div class="gz-utility">',
        f'<a href="/login">{esc(c.snip("Member Login | Info Hub"))}</a> <a href="/join">Join</a>',
        f"<span>{esc(phone)}</span></div>",
        f'<header class="gz-header"><a href="/"><img src="/public/img/logo.png" alt="{esc(pub.name)}"></a>',
        '<nav class="gz-nav"><ul>'
        + "\n".join(f'<li><a href="/{_slug(x)}">{esc(x)}</a></li>' for x in CC_MENU)
        + "</ul></nav></header>",
    ]
    c.snip(" ".join(CC_MENU[:4]))
    body: list[str] = []
    items: list[str] = []
    for tag, text in [*s.blocks, ("end", "")]:
        if tag != "li" and items:
            body.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if tag == "p":
            body.append(f"<p>{c.inline(text)}</p>")
        elif tag == "li":
            items.append(f"<li>{esc(text)}</li>")
        elif tag in ("h2", "h3"):
            body.append(
                f"<p><strong>{esc(text)}</strong></p>"
                if c.stable("cc-h").random() < 0.5
                else f"<h3>{esc(text)}</h3>"
            )
    contact = prose_for("en", c.stable("cc-contact")).person()
    c.snip(about)
    c.snip(f"Media contact: {contact}, Director of Communications, {phone}")
    lines += [
        '<div class="gz-content"><div class="gz-main">',
        '<div class="gz-news-details">',
        f'<h1 class="gz-pagetitle">{esc(s.title)}</h1>',
        f'<div class="gz-news-date">Posted: {EN_DAYS[d.weekday()]}, {_en_date(d)}</div>',
        '<div class="gz-news-body">',
        *body,
        f"<p><em>{esc(about)}</em></p>",
        '<p style="text-align:center">###</p>',
        f"<p>{esc(f'Media contact: {contact}, Director of Communications, {phone}')}</p>",
        "</div>",
        '<a class="gz-back" href="/news">« Back to News</a>',
        "</div>",
    ]
    others = c.pick_others(6)
    lines += [
        f'<div class="gz-recent"><h3>{esc(c.snip("More news from the Chamber"))}</h3><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[:4]],
        "</ul></div>",
        "</div>",
        '<aside class="gz-sidebar">',
        '<div class="gz-widget"><h3>Upcoming Events</h3><ul>',
    ]
    er = c.stable(f"cc-ev-{d.isocalendar()[1]}")
    for k, ev in enumerate(
        er.sample(
            (
                "Business After Hours",
                "Eggs & Issues Breakfast",
                "Ribbon Cutting",
                "New Member Orientation",
                "Golf Classic",
                "Women in Business Lunch",
            ),
            3,
        )
    ):
        day = d + timedelta(days=3 + 4 * k)
        mon = MONTHS["en"][day.month - 1][:3]
        lines.append(f"<li>{esc(c.snip(f'{ev} – {mon} {day.day}'))}</li>")
    deal = c.stable(f"cc-deal-{d.month}").choice(CC_BUSINESSES)
    lines += [
        "</ul></div>",
        '<div class="gz-widget '
        f'join"><p>{esc(c.snip("Grow your business with us. Join the Chamber today!"))}</p>'
        '<a class="btn" href="/join">Join Now</a></div>',
        '<div class="gz-widget"><h3>Hot '
        f'Deals</h3><p>{esc(c.snip(f"10% off for chamber members at {deal}"))}</p></div>',
        "</aside></div>",
        f'<div class="gz-investors"><h4>{esc(c.snip("Thank you to our Chairman’s Circle Investors"))}</h4>'
        + "".join(
            f'<img src="/public/img/inv{k}.png" alt="{esc(x)}">'
            for k, x in enumerate(c.stable("cc-inv").sample(CC_BUSINESSES, 4))
        )
        + "</div>",
        '<footer class="gz-footer">',
        f"<p>{esc(c.snip(f'{pub.name} · {street} · {place} · {phone}'))}</p>",
        f"<p>{esc(c.copyright())}</p>",
        f"<p>{esc(c.snip('Powered by GrowthZone - Chamber Management Software'))}</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return _finish(c, lines)


# --- realestate-news-listing -------------------------------------------------------------------

RE_HOODS = (
    "Old Town",
    "Riverside",
    "Westgate",
    "North Hills",
    "Lakeview",
    "Midtown",
    "Eastside",
    "Harbor Point",
    "Elm Park",
    "Cedar Heights",
)
RE_ECON_QUOTES = ("Buyers are back, but they are much more careful about price",
                  "Well-priced homes still sell in a weekend",
                  "The market is normalising after two very unusual years",
                  "Inventory is the whole story right now")
RE_AGENT_QUOTES = ("We are seeing multiple offers again on anything under the median",
                   "Sellers who price right from day one do best",
                   "Buyers want move-in ready homes and will pay for them")
RE_MENU = ("Buy", "Rent", "Sell", "Mortgage", "Find an Agent", "News & Insights")
RE_BROKERS = ("Keystone Realty", "Coastline Properties", "Summit Home Group", "Parkside Real Estate")


def _re_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = random.Random(f"{c.pub.host}-re-{k}-{attempt}")
    place = _place(c)
    kind = "report" if (k + attempt) % 2 == 0 else "sale"
    if kind == "report":
        change = r.randint(-6, 11) or 2
        title = r.choice(
            (
                f"{place} home prices {'rise' if change > 0 else 'slip'} {abs(change)}% as inventory "
                f"{r.choice(('tightens', 'grows', 'stalls'))}",
                f"{place} housing market report: what {r.choice(('buyers', 'sellers'))} need to know",
                f"Median price in {place} {'hits record' if change > 5 else 'holds steady'} this month",
            )
        )
        if attempt:
            title += f" ({r.choice(('analysis', 'data', 'explainer'))} {attempt})"
    else:
        hood = r.choice(RE_HOODS)
        title = (
            f"{hood} {r.choice(('Victorian', 'waterfront estate', 'mid-century home', 'penthouse'))} sells "
            "for "
            f"${r.randint(12, 59) / 10:.1f} million, a {place} record" + (f" ({attempt})" if attempt else "")
        )
    return title, {"kind": kind, "seed": f"{k}-{attempt}", "change": r.randint(-6, 11) or 2}


def _re_text(c: Ctx, g: dict[str, Any]) -> list[str]:
    """The story's text; returns the key takeaways."""
    r = c.stable(f"re-text-{g['seed']}")
    prose = prose_for("en", r)
    place = _place(c)
    econ = prose.person()
    agent = prose.person()
    median = r.randint(280, 900) * 1000
    rate = f"{r.randint(5, 7)}.{r.randint(0, 99):02d}"
    dom = r.randint(14, 70)
    general = [
        f"Mortgage rates averaged {rate}% for a 30-year fixed loan over the same period.",
        f"Homes spent a median of {dom} days on the market before going under contract.",
        f"New listings were up {r.randint(2, 19)}% from a year earlier.",
        f"First-time buyers made up about a third of all purchases in {place}.",
        "More sellers cut their asking price than at any point last year.",
        "Condos and townhouses remained the most affordable way into the market.",
        f"Builders have applied for permits for about {r.randint(2, 9)}00 new homes in the county.",
        f"Cash buyers accounted for roughly {r.randint(18, 35)}% of sales.",
    ]
    r.shuffle(general)

    def more() -> str:
        return general.pop() if general else prose.sentence()

    q1 = f"“{r.choice(RE_ECON_QUOTES)},” said {econ}, an economist who tracks the regional market."
    q2 = f"“{r.choice(RE_AGENT_QUOTES)},” said {agent}, a local agent."
    blocks: list[tuple[str, list[str] | str]]
    if g["kind"] == "report":
        ch = g["change"]
        blocks = [
            (
                "p",
                [
                    f"The median sale price of a single-family home in {place} was ${median:,} last month, "
                    f"{'up' if ch > 0 else 'down'} {abs(ch)}% from a year earlier.",
                    more(),
                ],
            ),
            ("p", [more(), q1]),
            ("p", ["Prices varied widely across the area's neighborhoods, as the figures below show."]),
            ("row", "Neighborhood Median price Change"),
        ]
        for hood in r.sample(RE_HOODS, 4):
            blocks.append(
                ("row", f"{hood} ${r.randint(250, 990) * 1000:,} {r.choice(('+', '-'))}{r.randint(1, 12)}%")
            )
        blocks += [
            ("h2", "What it means for buyers"),
            ("p", [more(), q2]),
            ("p", [more(), more()]),
            ("p", [more()]),
        ]
        take = [f"Median price: ${median:,}", f"Median days on market: {dom}", f"30-year fixed rate: {rate}%"]
    else:
        price = r.randint(12, 59) / 10
        blocks = [
            (
                "p",
                [
                    f"A {r.randint(4, 7)}-bedroom home in {place} has sold for ${price:.1f} million, the "
                    "highest price "
                    f"ever recorded in the area, according to public records.",
                    more(),
                ],
            ),
            (
                "p",
                [
                    f"The house, built in {r.randint(1885, 1965)}, sits on {r.randint(2, 9)}/10 of an acre "
                    "and was "
                    f"on the market for {r.randint(9, 60)} days.",
                    f"It last sold in {r.randint(1998, 2019)}.",
                ],
            ),
            ("p", [q2, more()]),
            ("p", ["The buyers, who were not named, paid cash, said the listing agent.", more()]),
            ("p", [q1, more()]),
            ("p", [more(), more()]),
        ]
        take = [f"Sale price: ${price:.1f} million", "A new record for the area", "Sold in a cash deal"]
    _set_body(c, blocks, more)
    return take


def render_realestate_news_listing(c: Ctx) -> str:
    plan = _retitle(c, _re_plan)
    s, pub = c.story, c.pub
    d = s.published
    form = c.stable("re-url").random() < 0.5
    ids = c.stable("re-ids")
    c.repath(
        lambda o: (
            f"/news/market-trends/{_slug(o.title)}/"
            if form
            else f"/news/real-estate-news/{_slug(o.title)}-{ids.randint(100000, 999999)}/"
        )
    )
    take = _re_text(c, plan)
    place = _place(c)
    ur = c.stable(f"re-upd-{s.title}")
    updated = d + timedelta(hours=ur.randint(3, 40)) if ur.random() < 0.4 else None
    ld: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
    }
    ld["dateModified"] = (updated or d).isoformat(timespec="seconds")
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(f'{s.title} | {pub.name} News')}</title>",
        f'<meta name="description" content="{esc(take[0])}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(ld),
        "</head>",
        "<body>",
        '<header class="site-hdr">',
        f'<a class="logo" href="/">{esc(pub.name)}</a>',
        '<form class="search"><input type="text" '
        f'placeholder="{esc(f"Address, neighborhood or ZIP in {place}")}">'
        "<button>Search</button></form>",
        '<nav class="primary">'
        + "\n".join(f'<a href="/{_slug(x)}/">{esc(x)}</a>' for x in RE_MENU)
        + "</nav>",
        "</header>",
    ]
    c.snip(" ".join(RE_MENU[:5]))
    stamp = f"Published {_short_date(d, dot=True)}"
    lines += [
        '<main class="news-article"><article>',
        '<div class="eyebrow"><a href="/news/">News</a> › <a href="/news/market-trends/">Market '
        'Trends</a></div>',
        f"<h1>{esc(s.title)}</h1>",
        '<div class="byline">By <a '
        f'href="/news/author/{_slug(s.author.name)}/">{esc(s.author.name)}</a></div>',
        f'<div class="dates"><span>{esc(stamp)}</span>'
        + (f' <span class="upd">Updated {_short_date(updated, dot=True)}</span>' if updated else "")
        + "</div>",
        '<section class="takeaways"><h2>Key takeaways</h2><ul>',
        *[f"<li>{esc(x)}</li>" for x in take],
        "</ul></section>",
    ]
    cap = c.snip(
        c.stable(f"re-cap-{s.title}").choice(
            (f"A home for sale in {place}.", f"Homes in {place}.", f"A quiet street in {place}.")
        )
        + " (Photo: Getty Images)"
    )
    lines.append(
        f'<figure><img src="/img/news/{_hex(c.rng, 12)}.jpg" '
        f'alt=""><figcaption>{esc(cap)}</figcaption></figure>'
    )
    body: list[str] = []
    rows: list[str] = []
    for tag, text in [*s.blocks, ("end", "")]:
        if tag != "row" and rows:
            head, *rest = rows
            hcells = ["Neighborhood", "Median price", "Change"]
            body.append(
                '<table class="data">\n<tr>'
                + "\n".join(f"<th>{x}</th>" for x in hcells)
                + "</tr>\n"
                + "\n".join(
                    "<tr>" + "\n".join(f"<td>{esc(x)}</td>" for x in _re_cells(row)) + "</tr>" for row in rest
                )
                + "\n</table>"
            )
            rows = []
        if tag == "p":
            body.append(f"<p>{c.inline(text)}</p>")
        elif tag == "row":
            rows.append(text)
        elif tag == "h2":
            body.append(f"<h2>{esc(text)}</h2>")
    lr = c.stable(f"re-card-{s.title}")
    beds, baths = lr.randint(2, 5), lr.randint(1, 4)
    price = lr.randint(250, 1500) * 1000
    addr = (f"{lr.randint(10, 9999)} {lr.choice(('Oak', 'Maple', 'Cedar', 'Lake', 'Hill'))} "
        f"{lr.choice(('St', 'Ave', 'Ct', 'Dr'))}, {place}")
    broker = lr.choice(RE_BROKERS)
    listing_agent = prose_for("en", lr).person()
    sq = c.snip(f"{beds} bd · {baths} ba · {lr.randint(9, 40) * 100:,} sqft")
    card = c.snip(f"Featured listing ${price:,}")
    c.snip(f"Listed by {listing_agent}, {broker}")
    body = _insert_after(
        body,
        "<p",
        [
            (
                1,
                (
                    f'<div class="listing-card"><a href="/homes/{_hex(lr, 8)}/"><img '
                    f'src="/img/listings/{_hex(lr, 10)}.jpg" alt="">'
                    f'<p class="lc-price">{esc(card)}</p><p class="lc-facts">{esc(sq)}</p><p '
                    f'class="lc-addr">{esc(addr)}</p>'
                    f'<p class="lc-agent">{esc(f"Listed by {listing_agent}, {broker}")}</p></a></div>'
                ),
            )
        ],
    )
    lines += ['<div class="article-body">', *body]
    note = c.snip(f"Data source: {pub.name} analysis of MLS sales data. Figures are preliminary.")
    lines += [f'<p class="data-note"><em>{esc(note)}</em></p>', "</div>", "</article>"]
    rr = c.stable(f"re-rates-{d.date()}")
    others = c.pick_others(8)
    lines += [
        '<aside class="rail">',
        f'<div class="rates"><h3>{esc(c.snip("Today’s mortgage rates in your area"))}</h3>',
        f"<p>30-yr fixed {rr.randint(5, 7)}.{rr.randint(0, 99):02d}%</p><p>15-yr fixed "
        f"{rr.randint(4, 6)}.{rr.randint(0, 99):02d}%</p>",
        '<a href="/mortgage/rates/">See rates</a></div>',
        f'<div class="agent-cta"><p>{esc(c.snip(f"Thinking of selling in {place}? Find a local agent"))}</p>'
        '<a href="/find-an-agent/">Get started</a></div>',
        f'<div class="more-news"><h3>{esc(c.snip("More real estate news"))}</h3><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[:5]],
        "</ul></div>",
        "</aside></main>",
        '<footer class="site-ftr">',
        f"<p>{esc(c.snip('We are committed to the Fair Housing Act and the Equal Opportunity Act.'))}</p>",
        f"<p>{esc(c.snip('Listing information is deemed reliable but not guaranteed.'))}</p>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    if c.has("cookie"):
        lines.append(f'<div class="cookie"><p>{esc(c.text("cookie"))}</p><button>Got it</button></div>')
    lines += ["</body>", "</html>"]
    return _finish(c, lines)


def _re_cells(row: str) -> list[str]:
    """A figures row's cells: the neighbourhood (one word or more), the price, the change."""
    name, price, change = row.rsplit(" ", 2)
    return [name, price, change]


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "et-vallaleht": render_et_vallaleht,
    "esports-patch-hub": render_esports_patch_hub,
    "chamber-commerce-news": render_chamber_commerce_news,
    "realestate-news-listing": render_realestate_news_listing,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402

from pipeline.synth.byre_families import _retitle  # noqa: E402
from pipeline.synth.heath_families import EN_DAYS  # noqa: E402
from pipeline.synth.kiln_families import _fit  # noqa: E402
from pipeline.synth.kit import (  # noqa: E402
    _drop_in_body,
    _hex,
    _insert_after,
    _ldjson,
    _paragraph_words,
    _paras,
    _place,
    _share_bar,
    _split_lead,
    _trim,
    register_language,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import MONTHS, Ctx, _j, _slug, esc  # noqa: E402

# Estonian joins the registries (new keys only)
register_language(
    "et",
    first_names=ET_FIRST,
    surnames=ET_SURNAMES,
    prose=EstonianProse,
    ui=ET_UI,
    months=ET_MONTHS,
    zones=ET_ZONES,
)
