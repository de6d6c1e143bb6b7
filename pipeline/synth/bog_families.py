"""Four BOG template families for the synthetic publishers (see `pipeline.synth.publishers`).

"bog" is a twenty-sixth split, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `BOG_FAMILIES`: the bog families are
generated only by `generate_corpus("bog")`, so every other corpus is as it was. This module also
brings a new language, Icelandic ("is"): its grammar (`IcelandicProse`: the past tense agreeing in
number with its subject, "bæjarstjórnin samþykkti", "íbúarnir mótmæltu"; the object in the case its
verb governs, the accusative after "samþykkja", "kynna", "gagnrýna" ("samþykkti tillöguna"), the
dative after "hafna", "fresta", "mótmæla", "fagna" ("hafnaði tillögunni"); the verb second after a
fronted adverbial or clause, "Í gær samþykkti bæjarstjórnin ...", "Eftir að ... hafnaði
minnihlutinn ..."; „…,“ segir quotes with the speaker's role after the name; patronymic names,
"Guðrún Einarsdóttir"; place names made of a stem and an ending stored with the preposition and
dative it takes, "í Hvalsvík", "á Grundarnesi", and no letter NFKD cannot make ASCII, so hosts stay
ASCII), names, place names, UI strings, month names and zone are defined here and added to the
registries of `pipeline.synth.prose` and `pipeline.synth.publishers` when the module is loaded (new
keys only; nothing another language uses changes).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, pull quotes in `repeated`, aware `published_at`, clean `title` without the
site name) and those of the earlier held-out splits: a bulleted list inside the text is body, one
line per item; a photo's caption and credit are boilerplate; a standfirst under the headline is
neither body nor boilerplate. The choices each family makes for the debatable parts:
  * is-baejarfrettavefur: an Icelandic local news site on a WordPress news theme: the text with its
    <h3> subheadings and a list is body; the "Lesa einnig:" line amid the text, the ad label, the
    photo's caption with its "Mynd:" credit, "Höfundur:", the share bar, "MERKI" tags, the author
    box (the same bio on every article of the author), "Tengdar fréttir", "Mest lesið", the
    newsletter box and the footer (editor and address lines) are boilerplate;
  * scot-weekly-newsquest: a Scottish local weekly on a Newsquest-like group CMS: the text (short
    paragraphs, <h2> subheadings now and then) is body; the bold "Read more:" lines amid the text
    and the inline newsletter sign-up line are boilerplate, as are the image caption with its
    "(Image: ...)" credit, the byline, "Comments are closed", "Get involved with the news in your
    community", "Most Read", the sponsored "Recommended reading" headlines, the IPSO line and the
    group's footer;
  * nonprofit-sidenotes: an investigative nonprofit's story with numbered sidenotes in the margin:
    the text with its <h2> subheadings and a pull quote's source sentence (the pull quote is in
    `repeated`) is body, the superscript note number at a paragraph's end is not part of it; the
    dek is neither; the sidenotes (sourcing and method notes, set apart from the text in <aside>)
    are neither; "Republish This Story for Free", the donation box amid the text, the closing tip
    line ("Do you have a tip ..."), the author bio, "More investigations", the newsletter form and
    the nonprofit's footer with its Creative Commons line are boilerplate;
  * court-roundup-items: a regional daily's "court round-up" made of short items: the introduction,
    each item's <h3> heading and its paragraph are body; the fixed court-reporting note under the
    items (the same on every round-up, inside the article's container: boilerplate, as a
    disclaimer is), the breadcrumb, the byline, "Latest court news", "Most read", the newsletter box
    and the footer are boilerplate.

Families (language; date source):
  bog  is-baejarfrettavefur     is; article:published_time and <time datetime> with offset
                                ("+00:00", Atlantic/Reykjavik) and the visible "7. mars 2026 kl.
                                14:30"; paths /frettir/<yyyy>/<mm>/<dd>/<slug>/ or /frett/<n>/<slug>
  bog  scot-weekly-newsquest    en; JSON-LD NewsArticle datePublished (and dateModified) in UTC
                                ("Z") and the visible "2:30pm 7 March 2026" (an "Updated" time on
                                some); paths /news/<8 digits>.<slug>/ or
                                /news/<section>/<8 digits>.<slug>/
  bog  nonprofit-sidenotes      en; only the parsely-pub-date meta in UTC ("Z") and the visible
                                "March 7, 2026" (a <time> without datetime); paths /article/<slug>
                                or /investigations/<yyyy>/<mm>/<slug>/
  bog  court-roundup-items      en; a naive <time datetime> ("2026-03-07T14:30", the feed gives the
                                zone) and the visible "Saturday 7 March 2026, 2:30 pm"; paths
                                /news/crime/<slug>-<7 digits> or /news/courts/<yyyy>/<mm>/<dd>/<slug>
"""

from __future__ import annotations

import random
from functools import cache

from pipeline.synth.prose import Prose, _cap, _w

FAMILIES: dict[str, str] = {
    "is-baejarfrettavefur": "bog",
    "scot-weekly-newsquest": "bog",
    "nonprofit-sidenotes": "bog",
    "court-roundup-items": "bog",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "is-baejarfrettavefur": "is",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "is-baejarfrettavefur": ("{p}.net", "{p}.is", "{p} – fréttir og mannlíf", "Fréttavefur {p}"),
    "scot-weekly-newsquest": (
        "{p} Advertiser",
        "{p} Herald",
        "{p} & District Gazette",
        "{p} Courier",
        "{p} Times",
        "{p} Observer",
    ),
    "nonprofit-sidenotes": (
        "{p} Watchdog",
        "{p} Public Press",
        "{p} Investigative Network",
        "The {p} Ledger",
        "{p} Center for Public Reporting",
    ),
}


# --- Icelandic -------------------------------------------------------------------------------

IS_FIRST_M = _w(
    "Jón Sigurður Guðmundur Gunnar Ólafur Einar Kristján Magnús Stefán Jóhann Björn Árni Helgi Bjarni"
)
IS_FIRST_F = _w("""Guðrún Sigríður Kristín Anna Margrét Helga Sigrún Katrín Ásdís Hildur Eva Ragnheiður
    Þórunn Elín""")
# a father's name as his children carry it: (son, daughter)
IS_FATHERS: tuple[tuple[str, str], ...] = tuple(
    (x, x.replace("ðsson", "ðar").removesuffix("son") + "dóttir")
    for x in _w("""Jónsson Sigurðsson Guðmundsson Gunnarsson Ólafsson Einarsson Kristjánsson Magnússon
    Stefánsson Jóhannsson Björnsson Árnason Helgason Bjarnason""")
)
# subjects in the nominative, and whether plural
IS_AGENTS: tuple[tuple[str, bool], ...] = (
    ("bæjarstjórnin", False),
    ("sveitarstjórnin", False),
    ("bæjarráð", False),
    ("bæjarstjórinn", False),
    ("skipulagsnefndin", False),
    ("fræðslunefndin", False),
    ("meirihlutinn", False),
    ("minnihlutinn", False),
    ("Vegagerðin", False),
    ("lögreglan", False),
    ("slökkviliðið", False),
    ("íbúarnir", True),
    ("foreldrar leikskólabarna", True),
    ("sjómenn í bænum", True),
    ("bændur í sveitinni", True),
    ("fulltrúar minnihlutans", True),
    ("íbúasamtökin", True),
)
# past tense (singular, plural) and the case of the object: "a" accusative, "d" dative
IS_VERBS: tuple[tuple[str, str, str], ...] = (
    ("samþykkti", "samþykktu", "a"),
    ("hafnaði", "höfnuðu", "d"),
    ("kynnti", "kynntu", "a"),
    ("frestaði", "frestuðu", "d"),
    ("gagnrýndi", "gagnrýndu", "a"),
    ("ræddi", "ræddu", "a"),
    ("studdi", "studdu", "a"),
    ("mótmælti", "mótmæltu", "d"),
    ("endurskoðaði", "endurskoðuðu", "a"),
    ("fagnaði", "fögnuðu", "d"),
    ("breytti", "breyttu", "d"),
    ("afgreiddi", "afgreiddu", "a"),
)
# objects: (accusative, dative)
IS_OBJECTS: tuple[tuple[str, str], ...] = (
    ("fjárhagsáætlunina", "fjárhagsáætluninni"),
    ("tillöguna", "tillögunni"),
    ("deiliskipulagið", "deiliskipulaginu"),
    ("framkvæmdirnar", "framkvæmdunum"),
    ("samninginn", "samningnum"),
    ("gjaldskrána", "gjaldskránni"),
    ("stækkun leikskólans", "stækkun leikskólans"),
    ("byggingu nýs íþróttahúss", "byggingu nýs íþróttahúss"),
    ("lagningu nýs göngustígs", "lagningu nýs göngustígs"),
    ("hækkun fasteignagjalda", "hækkun fasteignagjalda"),
    ("endurbætur á sundlauginni", "endurbótum á sundlauginni"),
    ("áætlunina um snjómokstur", "áætluninni um snjómokstur"),
    ("sameiningu sveitarfélaganna", "sameiningu sveitarfélaganna"),
    ("lokun pósthússins", "lokun pósthússins"),
    ("nýja aðalskipulagið", "nýja aðalskipulaginu"),
    ("breytingar á skólaakstri", "breytingum á skólaakstri"),
    ("útboðið", "útboðinu"),
    ("hafnarframkvæmdirnar", "hafnarframkvæmdunum"),
)
IS_ADVERBS = (
    "í gær",
    "einróma",
    "að lokum",
    "enn á ný",
    "eftir langar umræður",
    "í síðustu viku",
    "á fundi í vikunni",
)
IS_FRONTS = (
    "Í gær",
    "Á mánudag",
    "Á þriðjudag",
    "Á miðvikudag",
    "Á fimmtudag",
    "Í síðustu viku",
    "Eftir langar umræður",
    "Á aukafundi",
    "Samkvæmt upplýsingum frá sveitarfélaginu",
    "Að sögn lögreglunnar",
    "Samkvæmt heimildum blaðsins",
    "Samkvæmt tilkynningu frá bænum",
)
IS_ROLES = (
    "bæjarstjóri",
    "sveitarstjóri",
    "formaður bæjarráðs",
    "oddviti minnihlutans",
    "formaður skipulagsnefndar",
    "skólastjóri",
    "slökkviliðsstjóri",
    "formaður íbúasamtakanna",
    "framkvæmdastjóri verktakans",
)
IS_SAYINGS = (
    "Þetta er mikilvægt skref fyrir bæjarfélagið",
    "Við höfum beðið eftir þessu í mörg ár",
    "Við munum hlusta á sjónarmið íbúa",
    "Framkvæmdirnar ganga samkvæmt áætlun",
    "Ég bið fólk um að sýna þolinmæði",
    "Þetta er ekki ákvörðun sem við tókum létt",
    "Fjármagnið er tryggt og nú hefst vinnan",
    "Við vonumst til að geta opnað fyrir sumarið",
    "Þetta skiptir miklu máli fyrir fjölskyldur í bænum",
    "Staðan er betri en við þorðum að vona",
)
IS_BUILT = (
    "Nýr leikskóli",
    "Ný sundlaug",
    "Nýtt íþróttahús",
    "Nýr göngustígur",
    "Ný heilsugæslustöð",
    "Nýtt hjúkrunarheimili",
    "Ný slökkvistöð",
    "Nýr gervigrasvöllur",
)
IS_SUBHEADS = (
    "Hvað tekur við?",
    "Viðbrögð íbúa",
    "Kostnaðurinn",
    "Löng saga",
    "Gagnrýni minnihlutans",
    "Næstu skref",
    "Tímaáætlun",
    "Óvissa um framhaldið",
)
IS_MONTHS = (
    "janúar",
    "febrúar",
    "mars",
    "apríl",
    "maí",
    "júní",
    "júlí",
    "ágúst",
    "september",
    "október",
    "nóvember",
    "desember",
)
IS_ZONES = ("Atlantic/Reykjavik",)
# place-name stems and endings (no "ð", "þ" or "æ": NFKD makes the rest ASCII, as hosts need)
_IS_STEMS = _w("""Hvals Bolungar Stykkis Grundar Reyk Blöndu Hellis Skaga Stokks Horna Kirkju Hafnar
    Borgar Ólafs Vopna Hóla Eyrar Sands Hvera Laugar Kópa Flat Tálkna Vestur Austur Selja""")
# (ending, its preposition, its dative)
_IS_ENDINGS: tuple[tuple[str, str, str], ...] = (
    ("vík", "í", "vík"),
    ("nes", "á", "nesi"),
    ("dalur", "í", "dal"),
    ("eyri", "á", "eyri"),
    ("höfn", "á", "höfn"),
    ("holt", "í", "holti"),
    ("hólmur", "í", "hólmi"),
    ("bakki", "á", "bakka"),
    ("fell", "í", "felli"),
    ("ós", "á", "ósi"),
    ("vogur", "í", "vogi"),
    ("sandur", "á", "sandi"),
)


@cache
def _is_places() -> dict[str, str]:
    """Place names (nominative) and their locative phrase ("í Hvalsvík")."""
    out: dict[str, str] = {}
    for stem in _IS_STEMS:
        for end, prep, dat in _IS_ENDINGS:
            if stem.lower().rstrip("s") != end:
                out[stem + end] = f"{prep} {stem}{dat}"
    return out


def is_loc(place: str) -> str:
    """ "í Hvalsvík", "á Grundarnesi"."""
    return _is_places()[place]


class IcelandicProse(Prose):
    """Icelandic local-news prose (see the module docstring)."""

    lang = "is"

    def person(self) -> str:
        rng = self.rng
        son, daughter = rng.choice(IS_FATHERS)
        if rng.random() < 0.5:
            return f"{rng.choice(IS_FIRST_M)} {son}"
        return f"{rng.choice(IS_FIRST_F)} {daughter}"

    def place(self) -> str:
        return self.rng.choice(sorted(_is_places()))

    def loc(self) -> str:
        return is_loc(self.place())

    def agent(self) -> tuple[str, bool]:
        r = self.rng.random()
        if r < 0.07:
            return f"bæjarstjórinn {self.loc()}", False
        if r < 0.13:
            return f"íbúar {self.loc()}", True
        return self.rng.choice(IS_AGENTS)

    def act(self) -> tuple[str, bool, str]:
        """(agent, plural, "verb object")."""
        agent, plural = self.agent()
        verb = self.rng.choice(IS_VERBS)
        acc, dat = self.rng.choice(IS_OBJECTS)
        return agent, plural, f"{verb[plural]} {acc if verb[2] == 'a' else dat}"

    def clause(self) -> str:
        agent, _, vp = self.act()
        return f"{agent} {vp}"

    def said(self) -> str:
        rng = self.rng
        first, second = rng.sample(IS_SAYINGS, 2)
        words = f"{first}. {second}" if rng.random() < 0.3 else first
        verb = rng.choice(("segir", "segir", "sagði"))
        return f"„{words},“ {verb} {self.person()}, {rng.choice(IS_ROLES)}."

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.12:
            return self.said()
        if r < 0.28:
            agent, _, vp = self.act()
            verb, obj = vp.split(" ", 1)
            return f"{rng.choice(IS_FRONTS)} {verb} {agent} {obj}."
        if r < 0.38:
            agent, _, vp = self.act()
            verb, obj = vp.split(" ", 1)
            return f"{_cap(agent)} {verb} {rng.choice(IS_ADVERBS)} {obj}."
        if r < 0.48:
            return f"{_cap(self.clause())}, en {self.clause()}."
        if r < 0.56:
            agent, _, vp = self.act()
            verb, obj = vp.split(" ", 1)
            return f"Eftir að {self.clause()} {verb} {agent} {obj}."
        if r < 0.64:
            agent, plural, vp = self.act()
            then = rng.choice(IS_VERBS)
            acc, dat = rng.choice(IS_OBJECTS)
            return f"{_cap(agent)} {vp} og {then[plural]} síðan {acc if then[2] == 'a' else dat}."
        if r < 0.78:
            return rng.choice(
                (
                    f"Kostnaður við verkið er áætlaður um {rng.randint(40, 900)} milljónir króna.",
                    f"Alls skrifuðu {10 * rng.randint(12, 160)} íbúar undir undirskriftalistann.",
                    f"Gert er ráð fyrir að framkvæmdum ljúki árið {rng.randint(2027, 2030)}.",
                    f"Tillagan var samþykkt með {rng.randint(5, 9)} atkvæðum gegn {rng.randint(1, 4)}.",
                    f"Um {10 * rng.randint(3, 30)} manns mættu á íbúafundinn í félagsheimilinu.",
                    f"Verkið mun taka að minnsta kosti {rng.randint(3, 18)} mánuði.",
                    f"Í sveitarfélaginu búa nú um {rng.randint(4, 60) * 100} manns.",
                )
            )
        if r < 0.9:
            return rng.choice(
                (
                    f"Íbúar {self.loc()} hafa lengi beðið eftir þessari ákvörðun.",
                    f"Svipuð ákvörðun var tekin {self.loc()} fyrir nokkrum árum.",
                    f"Staðan {self.loc()} er óbreytt að svo stöddu.",
                    f"Þetta er ekki í fyrsta sinn sem {self.clause()}.",
                    "Málið verður aftur tekið fyrir á næsta fundi "
                    f"{rng.choice(('bæjarráðs', 'bæjarstjórnar'))}.",
                )
            )
        return f"{_cap(self.clause())}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            return _cap(self.clause())
        if r < 0.5:
            return f"{rng.choice(IS_BUILT)} rís {self.loc()}"
        if r < 0.68:
            acc = rng.choice(IS_OBJECTS)[0]
            return f"Íbúar {self.loc()} ósáttir við {acc}"
        if r < 0.84:
            return f"Deilt um {rng.choice(IS_OBJECTS)[0]} {self.loc()}"
        return f"{self.person()}: „{rng.choice(IS_SAYINGS)}“"

    def subheading(self) -> str:
        return self.rng.choice(IS_SUBHEADS)


IS_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Forsíða",
        "Fréttir",
        "Íþróttir",
        "Mannlíf",
        "Aðsent efni",
        "Atvinna",
        "Viðburðir",
        "Hafa samband",
    ),
    "sections": ("Fréttir", "Sveitarstjórnarmál", "Atvinnulíf", "Skólamál", "Samgöngur", "Mannlíf"),
    "related": ("Tengdar fréttir", "Fleiri fréttir af svæðinu", "Þú gætir einnig haft áhuga á"),
    "read_more": ("Lesa einnig:",),
    "by": ("Höfundur:",),
    "desks": ("Blaðamaður", "Ritstjórn", "Fréttastjóri"),
    "share": ("Deila", "Deila fréttinni"),
    "share_sites": ("Facebook", "X", "Tölvupóstur"),
    "newsletter": ("Skráðu þig á póstlistann og fáðu helstu fréttir vikunnar beint í pósthólfið.",),
    "comments": ("Athugasemdir eru á ábyrgð þeirra sem þær skrifa.",),
    "cookie": ("Þessi vefur notar vafrakökur til að bæta upplifun notenda.",),
    "ad": ("Auglýsing – fréttin heldur áfram hér fyrir neðan",),
    "copyright": (
        "© {year} {name}. Öll réttindi áskilin.",
        "Höfundarréttur © {year} {name}. Afritun óheimil án leyfis.",
    ),
    "disclaimer": ("Efni vefsins má ekki afrita án leyfis ritstjórnar.",),
    "tagline": ("Fréttir úr heimabyggð síðan {since}", "Óháður fréttamiðill á svæðinu síðan {since}"),
    "bio": ("{author} er blaðamaður og hefur skrifað um {beat} frá árinu {since2}.",),
    "beats": ("sveitarstjórnarmál", "samgöngur", "skólamál", "atvinnulíf"),
    "editorial": ("Greinin er hluti af umfjöllun um málefni sveitarfélagsins.",),
    "classified": ("Til sölu: þriggja herbergja íbúð í miðbænum, nýlega uppgerð.",),
    "subscribe": ("Gerstu áskrifandi að prentútgáfunni",),
}
IS_TAGS = (
    "bæjarstjórn",
    "skipulagsmál",
    "framkvæmdir",
    "samgöngur",
    "skólamál",
    "fjárhagsáætlun",
    "íbúafundur",
)
IS_CAPTIONS = (
    "Frá fundi bæjarstjórnar í vikunni",
    "Framkvæmdir hófust fyrr í vetur",
    "Fjölmenni var á íbúafundinum í félagsheimilinu",
    "Svæðið sem um ræðir séð úr lofti",
    "Höfnin hefur lengi verið hjarta bæjarins",
)
IS_WEEKDAYS = _w("mánudagur þriðjudagur miðvikudagur fimmtudagur föstudagur laugardagur sunnudagur")


def _is_date(dt: datetime) -> str:
    """ "7. mars 2026 kl. 14:30"."""
    return f"{dt.day}. {IS_MONTHS[dt.month - 1]} {dt.year} kl. {dt:%H:%M}"


def render_is_baejarfrettavefur(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("is")
    dated = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _is_slug(o.title)
        if dated:
            return f"/frettir/{o.published:%Y/%m/%d}/{slug}/"
        return f"/frett/{random.Random(f'{pub.host}-{o.title}').randint(20000, 99999)}/{slug}"

    c.repath(path)
    if len(_paras(s)) >= 5:
        _listify(c, {0})
    dr = c.stable(f"is-{s.title}")
    nav = c.nav_items(" ")
    label, sites = c.share()
    more = c.pick_others(1)
    inserts: list[tuple[int, str]] = []
    for o in more:
        c.snip(f"Lesa einnig: {o.title}")
        inserts.append(
            (
                1,
                f'<p class="lesa-einnig"><strong>Lesa einnig:</strong> <a href="{esc(o.path)}">'
                f"{esc(o.title)}</a></p>",
            )
        )
    if c.has("ads"):
        inserts.append(
            (
                3,
                '<div class="td-a-rec td-a-rec-id-content_inline">'
                f'<span class="td-adspot-title">{esc(c.text("ad"))}</span></div>',
            )
        )
    body = _blocks(
        c,
        lambda h: f"<p>{h}</p>",
        lambda t, h: f"<h3>{h}</h3>",
        lambda h: f"<blockquote><p>{h}</p></blockquote>",
        ("<ul>", "</ul>"),
        lambda h: f"<li>{h}</li>",
    )
    body = _insert_after(body, "<p>", inserts)
    photographer = prose_for("is", c.stable("is-photo")).person()
    caption = c.snip(f"{dr.choice(IS_CAPTIONS)}. Mynd: {photographer}")
    tags = dr.sample(IS_TAGS, 3)
    c.snip("MERKI " + " ".join(tags))
    bio = c.bio()
    related = c.pick_others(3)
    c.snip(f"{pub.related_heading} Meira frá höfundi")
    for o in related:
        c.snip(o.title)
    popular = c.pick_others(4)
    c.snip("Mest lesið á vefnum")
    for o in popular:
        c.snip(o.title)
    editor = prose_for("is", c.stable("is-editor")).person()
    c.snip(f"Ritstjóri: {editor}")
    c.snip(f"Netfang ritstjórnar: ritstjorn@{pub.host}")
    news = c.text("newsletter")
    copy = c.copyright()
    foot = ("Um okkur", "Auglýsingar", "Persónuvernd", "Hafa samband")
    c.snip(" ".join(foot))
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    tagline = c.snip(pub.tagline)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="is">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        '<meta name="generator" content="WordPress 6.4.3">',
        "</head>",
        '<body class="post-template-default single single-post td-standard-pack">',
        f'<div class="td-header-top-menu"><span class="td-header-tagline">{esc(tagline)}</span>'
        '<a href="/askrift">Áskrift</a></div>',
        f'<div class="td-header-logo"><a href="/">{esc(pub.name)}</a></div>',
        '<div class="td-header-menu-wrap"><ul class="sf-menu">'
        + "\n".join(f'<li><a href="/{_is_slug(x)}/">{esc(x)}</a></li>' for x in nav)
        + "</ul></div>",
        '<div class="td-main-content-wrap"><article class="post">',
        '<div class="td-post-header">',
        f'<ul class="td-category"><li><a class="td-post-category" href="/flokkur/{_is_slug(s.section)}/">'
        f"{esc(s.section)}</a></li></ul>",
        f'<header class="td-post-title"><h1 class="entry-title">{esc(s.title)}</h1>',
        '<div class="td-module-meta-info">'
        f'<div class="td-post-author-name">Höfundur: <a href="/hofundur/{_is_slug(s.author.name)}/">'
        f"{esc(s.author.name)}</a></div>",
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" '
        f'datetime="{c.iso()}">{_is_date(d)}</time></span></div></header></div>',
        f'<div class="td-post-sharing"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in sites)
        + "</div>",
        f'<div class="td-post-featured-image"><figure><img src="/wp-content/uploads/{d:%Y/%m}/'
        f'{_hex(dr, 10)}.jpg" alt=""><figcaption class="wp-caption-text">{esc(caption)}</figcaption>'
        "</figure></div>",
        '<div class="td-post-content tagdiv-type">',
        *body,
        "</div>",
        '<ul class="td-tags"><li><span>MERKI</span></li>\n'
        + "\n".join(f'<li><a href="/merki/{_is_slug(t)}/">{esc(t)}</a></li>' for t in tags)
        + "</ul>",
        f'<div class="author-box-wrap"><div class="td-author-name">{esc(s.author.name)}</div>'
        f'<div class="td-author-description">{esc(bio)}</div></div>',
        "</article>",
        '<div class="td_block_related_posts"><h4 class="td-related-title">'
        f'<a class="td-related-left" href="#">{esc(pub.related_heading)}</a>\n'
        '<a class="td-related-right" href="#">Meira frá höfundi</a></h4>'
        + "".join(
            f'<div class="td-module"><a href="{esc(o.path)}">{esc(o.title)}</a></div>\n' for o in related
        )
        + "</div>",
        '<aside class="td-sidebar"><h4 class="block-title">Mest lesið á vefnum</h4><ol>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>\n' for o in popular)
        + "</ol>",
        f'<div class="newsletter-widget"><p>{esc(news)}</p><input type="email">'
        "<button>Skrá mig</button></div>"
        "</aside>",
        "</div>",
        '<footer class="td-footer-wrapper">'
        f"<p>Ritstjóri: {esc(editor)}</p><p>Netfang ritstjórnar: ritstjorn@{pub.host}</p>",
        "<nav>" + "\n".join(f'<a href="#">{x}</a>' for x in foot) + "</nav>",
        f"<p>{esc(copy)}</p></footer>",
    ]
    return _finish(c, lines, "cookie-notice", "Samþykkja")


# --- scot-weekly-newsquest ---------------------------------------------------------------------

SW_NAV = ("News", "Sport", "What's On", "Opinion", "Announcements", "Jobs", "Public Notices", "Property")
SW_CAPTIONS = (
    "The proposals will go before councillors next month",
    "The site has lain empty for several years",
    "Residents packed into the community hall for the meeting",
    "Work is expected to start later this year",
    "The decision was taken at a meeting of the full council",
)
SW_SPONSORED = (
    "Scottish homeowners are only just finding out about this grant",
    "The hidden cost of heating an older Scottish home this winter",
    "Why thousands of over-60s are switching their savings this year",
    "Golfers across the country are snapping up this new driver",
)


def _sw_clock(dt: datetime) -> str:
    """ "2:30pm 7 March 2026"."""
    clock = f"{dt.hour % 12 or 12}:{dt:%M}{'am' if dt.hour < 12 else 'pm'}"
    return f"{clock} {dt.day} {MONTHS['en'][dt.month - 1]} {dt.year}"


def render_scot_weekly_newsquest(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("sw")
    sectioned = site.random() < 0.5

    def path(o: Story) -> str:
        n = random.Random(f"{pub.host}-{o.title}").randint(24100000, 25999999)
        return (
            f"/news/{_slug(o.section)}/{n}.{_slug(o.title)}/" if sectioned else f"/news/{n}.{_slug(o.title)}/"
        )

    c.repath(path)
    dr = c.stable(f"sw-{s.title}")
    updated = d + timedelta(minutes=dr.randint(30, 900)) if dr.random() < 0.4 else None
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(utc=True),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
        "mainEntityOfPage": c.url(),
    }
    if updated:
        data["dateModified"] = updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    c.snip(" ".join(SW_NAV[:5]))
    reads = c.pick_others(2)
    inserts = []
    for k, o in enumerate(reads):
        c.snip(f"Read more: {o.title}")
        inserts.append(
            (1 + 3 * k, f'<p><strong>Read more: </strong><a href="{esc(o.path)}">{esc(o.title)}</a></p>')
        )
    signup = c.snip("Sign up to our free newsletter to get the latest local news straight to your inbox")
    inserts.append((2, f'<p class="newsletter-inline"><a href="/newsletters/">{esc(signup)}</a></p>'))
    body = _blocks(
        c,
        lambda h: f"<p>{h}</p>",
        lambda t, h: f"<h2>{h}</h2>",
        lambda h: f"<blockquote>{h}</blockquote>",
        ("<ul>", "</ul>"),
        lambda h: f"<li>{h}</li>",
    )
    body = _insert_after(body, "<p>", inserts, skip="<p><strong>Read more")
    photographer = prose_for("en", c.stable("sw-photo")).person()
    caption = c.snip(f"{dr.choice(SW_CAPTIONS)} (Image: {photographer})")
    c.snip(f"By {s.author.name} {s.author.desk}")
    closed = c.snip("Comments are closed on this article")
    involved = c.snip("Get involved with the news in your community")
    c.snip("Send your stories and photos")
    most = c.pick_others(5)
    c.snip("Most Read in " + pub.name)
    for o in most:
        c.snip(o.title)
    sponsored = dr.sample(SW_SPONSORED, 2)
    for x in sponsored:
        c.snip(x)
    ipso = c.snip(
        "This website and associated newspapers adhere to the Independent Press Standards "
        "Organisation's Editors' Code of Practice."
    )
    copy = c.snip(
        f"©Copyright {d.year} Glenquest Media Group Ltd. {pub.name} is part of Glenquest Media Group."
    )
    foot = ("Contact us", "Advertise with us", "Terms & Conditions", "Privacy Policy", "Cookie Settings")
    c.snip(" ".join(foot[:4]))
    title = f"{s.title} | {pub.name}" if site.random() < 0.6 else f"{s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="nq-article">',
        '<div class="nq-topbar"><a href="/our-sites/">Our Sites</a>\n<a href="/account/">Sign in</a>\n'
        '<a class="subscribe" href="/subscribe/">Subscribe</a></div>',
        f'<header class="masthead"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="primary-nav">'
        + "\n".join(f'<a href="/{_slug(x)}/">{esc(x)}</a>' for x in SW_NAV)
        + "</nav></header>",
        '<main class="article-wrapper"><article>',
        f'<h1 class="mar-article__headline">{esc(s.title)}</h1>',
        '<div class="article-info"><span class="share-label">Share</span>',
        f'<span class="article-date">{_sw_clock(d)}</span>'
        + (f'<span class="article-updated">Updated: {_sw_clock(updated)}</span>' if updated else "")
        + "</div>",
        f'<figure class="article-image"><img src="/resources/images/{_hex(dr, 8)}/" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>",
        f'<div class="article-byline"><a href="/author/profile/">By {esc(s.author.name)}</a>\n'
        f'<span class="author-role">{esc(s.author.desk)}</span></div>',
        '<div id="article-body" class="article-body">',
        *body,
        "</div>",
        "</article>",
        f'<div class="comments-closed"><p>{esc(closed)}</p></div>',
        f'<div class="get-involved"><h3>{esc(involved)}</h3>'
        '<a href="/send-us-your-news/">Send your stories and '
        "photos</a></div>",
        f'<aside class="most-read"><h3>Most Read in {esc(pub.name)}</h3><ol>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>\n' for o in most)
        + "</ol></aside>",
        '<section class="recommended"><h3>Recommended reading</h3>'
        + "".join(f'<a class="sponsored" href="#"><span>Sponsored</span> {esc(x)}</a>\n' for x in sponsored)
        + "</section>",
        "</main>",
        f'<footer class="site-footer"><p class="ipso">{esc(ipso)}</p>',
        "<nav>" + "\n".join(f'<a href="#">{esc(x)}</a>' for x in foot) + "</nav>",
        f"<p>{esc(copy)}</p></footer>",
    ]
    return _finish(c, lines, "nq-consent", "I Accept")


# --- nonprofit-sidenotes ------------------------------------------------------------------------

NP_NAV = ("Investigations", "Data", "Newsletters", "Events", "About us")
NP_NOTES = (
    "The figures come from records the {short} obtained through a public records request.",
    "The agency did not respond to detailed questions sent by email on {day}.",
    "Reporters reviewed {n} pages of inspection reports, court filings and board minutes.",
    "Officials disputed this figure in a statement but did not provide their own count.",
    "The {short} counted only cases closed between 2019 and 2025; open cases are not included.",
    "Interviews were conducted in person and by phone; some people asked not to be named.",
    "A spokesperson said the department was reviewing its policy but gave no timeline.",
)
NP_KICKERS = ("Investigation", "Data investigation", "Accountability", "Follow-up")


def render_nonprofit_sidenotes(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("np")
    dated = site.random() < 0.5

    def path(o: Story) -> str:
        return (
            f"/investigations/{o.published:%Y/%m}/{_slug(o.title)}/"
            if dated
            else f"/article/{_slug(o.title)}"
        )

    c.repath(path)
    dr = c.stable(f"np-{s.title}")
    _two_subheadings(c)
    en = prose_for("en", dr)
    dek = en.sentence()
    paras = _paras(s)
    quote_html = ""
    cands = [x for i in paras[1:-1] for x in s.sentences[i] if 8 <= _words(x) <= 35]
    if cands and site.random() < 0.6:
        q = dr.choice(cands)
        c.repeated.append(" ".join(q.split()))
        quote_html = f'<blockquote class="pull-quote"><p>{esc(q)}</p></blockquote>'
    c.snip(" ".join(NP_NAV[:4]))
    banner = c.snip("Independent, nonprofit and reader-funded journalism")
    republish = c.snip("Republish This Story for Free")
    donate = c.snip(
        "Our investigations are free to read because readers like you support them. Will you chip in today?"
    )
    first = s.author.name.split()[0]
    tip = c.snip(f"Do you have a tip about this story? Contact {first} securely on Signal.")
    bio = c.bio()
    more = c.pick_others(3)
    c.snip("More investigations from our newsroom")
    for o in more:
        c.snip(o.title)
    signup = c.snip("Get our investigations delivered to your inbox every Friday")
    nonprofit = c.snip(
        f"{pub.name} is a nonprofit newsroom. Donations are tax-deductible to the extent allowed by law."
    )
    cc = c.snip("This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 License")
    body = _blocks(
        c,
        lambda h: f"<p>{h}</p>",
        lambda t, h: f"<h2>{h}</h2>",
        lambda h: f"<blockquote>{h}</blockquote>",
        ("<ul>", "</ul>"),
        lambda h: f"<li>{h}</li>",
    )
    # sidenotes: a number at the end of two or three paragraphs, the note beside it
    pidx = [i for i, x in enumerate(body) if x.startswith("<p>")]
    chosen = sorted(dr.sample(pidx[1:], k=min(len(pidx) - 1, dr.randint(2, 3))))
    notes = dr.sample(NP_NOTES, len(chosen))
    for k, at in reversed(list(enumerate(chosen, 1))):
        note = notes[k - 1].format(short=pub.short, day=dr.choice(EN_DAYS), n=dr.randint(200, 4000))
        body[at] = (
            body[at].removesuffix("</p>")
            + f'<sup class="sn-ref"><a href="#sn-{k}" id="snr-{k}">{k}</a></sup></p>'
        )
        body.insert(
            at + 1, f'<aside class="sidenote" id="sn-{k}"><span class="sn-num">{k}</span> {esc(note)}</aside>'
        )
    inserts = [
        (
            len(pidx) // 2,
            f'<div class="donate-inline"><p>{esc(donate)}</p><a href="/donate/">Donate</a></div>',
        )
    ]
    if quote_html:
        inserts.append((2, quote_html))
    body = _insert_after(body, "<p>", inserts)
    shown = _en_date(d)
    title = f"{s.title} — {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta name="description" content="{esc(dek)}">',
        f'<meta name="parsely-pub-date" content="{c.iso(utc=True)}">',
        "</head>",
        '<body class="single-article has-sidenotes">',
        f'<div class="banner"><p>{esc(banner)}</p><a class="btn" href="/donate/">Donate</a></div>',
        f'<header class="site-header"><a class="wordmark" href="/">{esc(pub.name)}</a>',
        '<nav class="site-nav">'
        + "\n".join(f'<a href="/{_slug(x)}/">{esc(x)}</a>' for x in NP_NAV)
        + "</nav></header>",
        '<main><article class="story">',
        '<header class="story-header">',
        f'<span class="kicker">{esc(dr.choice(NP_KICKERS))}</span>',
        f'<h1 class="story-title">{esc(s.title)}</h1>',
        f'<p class="dek">{esc(dek)}</p>',
        f'<div class="byline">by <a href="/people/{_slug(s.author.name)}/">{esc(s.author.name)}</a></div>',
        f'<time class="pubdate">{shown}</time>',
        f'<button class="republish">{esc(republish)}</button>',
        "</header>",
        '<div class="story-body">',
        *body,
        f'<p class="tip-line"><em>{esc(tip)}</em></p>',
        "</div>",
        f'<section class="author-bio"><h3>{esc(s.author.name)}</h3><p>{esc(bio)}</p></section>',
        "</article>",
        '<section class="more-stories"><h2>More investigations from our newsroom</h2><ul>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>\n' for o in more)
        + "</ul></section>",
        f'<form class="newsletter-signup"><label>{esc(signup)}</label><input type="email">'
        "<button>Sign up</button></form>",
        "</main>",
        f'<footer><p>{esc(nonprofit)}</p><p class="license">{esc(cc)}</p>'
        f"<p>{esc(c.copyright())}</p></footer>",
    ]
    return _finish(c, lines, "cookie-banner", "Got it")


# --- court-roundup-items ------------------------------------------------------------------------

CT_MEN = _w("David Paul Mark Steven Craig Jamie Liam Connor Darren Gary Ryan Kieran Shaun Lee")
CT_WOMEN = _w("Sarah Emma Leanne Gemma Nicola Kelly Donna Chloe Rachel Louise Amy Jade Stacey Lisa")
CT_STREETS = _w("Station Church Mill Park Victoria Queen High Bridge Orchard Meadow Castle Albert")
CT_STREET_KINDS = _w("Road Street Avenue Crescent Lane Drive Close Terrace")
# (what was admitted, the heading's noun, the kind of sentence)
CT_OFFENCES: tuple[tuple[str, str, str], ...] = (
    ("driving with excess alcohol on {street}", "Drink-driver", "ban"),
    ("stealing goods worth {cur}{v} from a supermarket in {place}", "Shoplifter", "community"),
    ("assaulting a man outside a pub in {place}", "{noun}", "jail"),
    ("speeding at {mph}mph in a 30mph zone on {street}", "Speeding driver", "fine"),
    ("being in charge of a dog dangerously out of control in {place}", "Dog owner", "fine"),
    ("causing criminal damage to a car parked on {street}", "{noun}", "fine"),
    ("failing to stop after a collision in {place}", "Driver", "ban"),
    ("possessing cannabis in {place}", "{noun}", "fine"),
    ("breaching a restraining order", "{noun}", "jail"),
    ("driving without insurance on {street}", "Uninsured driver", "fine"),
    ("using threatening behaviour in {place} town centre", "{noun}", "community"),
    ("stealing fuel worth {cur}{v} from a filling station in {place}", "{noun}", "community"),
)
CT_HEARD = (
    "had been stopped by police after officers saw the car weaving across the road",
    "had been drinking with friends for most of the afternoon",
    "had recently lost {poss} job and was struggling to pay {poss} bills",
    "was already subject to a suspended sentence at the time",
    "had been seen on CCTV and was arrested a short time later",
    "had argued with the victim earlier that evening",
)
CT_MITIGATION = (
    "was deeply ashamed of {poss} behaviour",
    "had since sought help for an alcohol problem",
    "had no previous convictions",
    "was the main carer for an elderly parent",
    "had written a letter of apology to the victim",
    "had found work and was keen to put the matter behind {obj}",
)
CT_NOTE = (
    "Our court reports are a record of proceedings in open court. If you believe a report is "
    "inaccurate, please contact the newsdesk."
)


def _currency(tz: str) -> str:
    if tz.startswith(("America/", "Australia/", "Pacific/")):
        return "$"
    return {"Europe/Dublin": "€", "Africa/Johannesburg": "R", "Asia/Kolkata": "Rs "}.get(tz, "£")


def _court_items(c: Ctx, rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    """The court's name and the round-up's items: (heading, paragraph)."""
    pub = c.pub
    us = pub.tz.startswith("America/")
    court = f"{_place(c)} {'District Court' if us else 'Magistrates’ Court'}"
    cur = _currency(pub.tz)
    en = prose_for("en", rng)
    items: list[tuple[str, str]] = []
    words = 0
    used: set[str] = set()
    while (words < 300 or len(items) < 4) and len(items) < 9:
        woman = rng.random() < 0.35
        pron, poss, obj = ("She", "her", "her") if woman else ("He", "his", "him")
        first = rng.choice(CT_WOMEN if woman else CT_MEN)
        name = f"{first} {en.person().split()[-1]}"
        place = en.place()
        street = f"{rng.choice(CT_STREETS)} {rng.choice(CT_STREET_KINDS)}"
        offence, noun, kind = rng.choice(CT_OFFENCES)
        noun = noun.format(noun="Woman" if woman else "Man")
        offence = offence.format(
            street=street, place=place, cur=cur, v=rng.randint(20, 400), mph=rng.randint(41, 62)
        )
        home = f"{rng.choice(CT_STREETS)} {rng.choice(CT_STREET_KINDS)}, {en.place()}"
        sents = [f"{name}, {rng.randint(19, 67)}, of {home}, admitted {offence}."]
        if rng.random() < 0.7:
            sents.append(f"The court heard {pron.lower()} {rng.choice(CT_HEARD).format(poss=poss)}.")
        if rng.random() < 0.7:
            lawyer = en.person()
            sents.append(
                f"{lawyer}, defending, said {pron.lower()} "
                f"{rng.choice(CT_MITIGATION).format(poss=poss, obj=obj)}."
            )
        fine = rng.randint(8, 90) * 10
        if kind == "ban":
            months = rng.randint(12, 36)
            sents.append(f"{pron} was banned from driving for {months} months and fined {cur}{fine}.")
            head = f"{noun} banned for {months} months"
        elif kind == "fine":
            sents.append(
                f"{pron} was fined {cur}{fine} and ordered to pay {cur}{rng.randint(8, 20) * 5} costs."
            )
            head = f"{noun} fined {cur}{fine}"
        elif kind == "community":
            hours = rng.randint(6, 30) * 10
            sents.append(
                f"{pron} was given a {rng.randint(6, 24)}-month community order "
                f"with {hours} hours of unpaid work."
            )
            head = f"Unpaid work for {noun.lower()}"
        else:
            weeks = rng.randint(6, 40)
            sents.append(f"{pron} was jailed for {weeks} weeks.")
            head = f"{noun} jailed for {weeks} weeks"
        if rng.random() < 0.5:
            sents.append(f"{pron} must also pay a {cur}{rng.randint(4, 19) * 10} victim surcharge.")
        if head in used:
            continue
        used.add(head)
        para = " ".join(sents)
        items.append((head, para))
        words += _words(para)
    return court, items


def _court_plan(c: Ctx, k: int, attempt: int) -> tuple[str, tuple[str, list[tuple[str, str]]]]:
    rng = random.Random(f"{c.pub.host}-court-{k}-{attempt}")
    court, items = _court_items(c, rng)
    head = items[0][0]
    form = rng.random()
    if form < 0.4:
        title = f"Court round-up: {head}"
    elif form < 0.7:
        title = f"{head} and other cases from {court}"
    else:
        title = f"From the courts: {head.lower() if head.startswith(('Man ', 'Woman ')) else head}"
    return title, (court, items)


def render_court_roundup_items(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ct")
    dated = site.random() < 0.5
    court, items = _retitle(c, _court_plan)

    def path(o: Story) -> str:
        if dated:
            return f"/news/courts/{o.published:%Y/%m/%d}/{_slug(o.title)}"
        return (
            f"/news/crime/{_slug(o.title)}-{random.Random(f'{pub.host}-{o.title}').randint(1000000, 9999999)}"
        )

    c.repath(path)
    intro = (
        f"The following cases were dealt with at {court} in recent weeks. "
        f"The details are taken from the court lists and from the hearings our reporter attended."
    )
    s.blocks = [("p", intro)]
    s.sentences = [intro.split(". ", 1)]
    for head, para in items:
        s.blocks += [("h3", head), ("p", para)]
        s.sentences += [[], [para]]
    body = []
    for tag, text in s.blocks:
        body.append(f'<h3 class="item-title">{esc(text)}</h3>' if tag == "h3" else f"<p>{esc(text)}</p>")
    crumbs = c.breadcrumb()
    nav = c.nav_items(" ")
    byline = c.snip(f"By {s.author.name}, Court Reporter")
    note = c.snip(CT_NOTE)
    latest = c.pick_others(4)
    c.snip("Latest court news from our reporters")
    for o in latest:
        c.snip(o.title)
    popular = c.pick_others(3)
    for o in popular:
        c.snip(o.title)
    news = c.text("newsletter")
    copy = c.copyright()
    foot = ("Contact us", "Advertise", "Terms and conditions", "Privacy notice", "Complaints")
    c.snip(" ".join(foot[:4]))
    clock = f"{d.hour % 12 or 12}:{d:%M} {'am' if d.hour < 12 else 'pm'}"
    shown = f"{EN_DAYS[d.weekday()]} {d.day} {MONTHS['en'][d.month - 1]} {d.year}, {clock}"
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.short}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        "</head>",
        '<body class="article-page section-crime">',
        f'<header class="masthead"><a class="brand" href="/">{esc(pub.name)}</a>',
        '<nav class="menu">'
        + "\n".join(f'<a href="/{_slug(x)}/">{esc(x)}</a>' for x in nav)
        + "</nav></header>",
        '<nav class="breadcrumb">' + " › ".join(f'<a href="#">{esc(x)}</a>' for x in crumbs) + "</nav>",
        '<main><article class="article">',
        f'<h1 class="article__headline">{esc(s.title)}</h1>',
        f'<div class="article__meta"><span class="article__byline">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso(naive=True)[:16]}">{shown}</time></div>',
        '<div class="article__body">',
        *body,
        f'<p class="court-note"><em>{esc(note)}</em></p>',
        "</div>",
        "</article>",
        '<aside class="rail"><h3>Latest court news from our reporters</h3><ul>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>\n' for o in latest)
        + "</ul>",
        "<h3>Most read</h3><ol>"
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>\n' for o in popular)
        + "</ol>",
        f'<div class="newsletter"><p>{esc(news)}</p><button>Sign up</button></div></aside>',
        "</main>",
        "<footer><nav>" + "\n".join(f'<a href="#">{x}</a>' for x in foot) + "</nav>",
        f"<p>{esc(copy)}</p></footer>",
    ]
    return _finish(c, lines, "cookie-bar", "Accept")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "is-baejarfrettavefur": render_is_baejarfrettavefur,
    "scot-weekly-newsquest": render_scot_weekly_newsquest,
    "nonprofit-sidenotes": render_nonprofit_sidenotes,
    "court-roundup-items": render_court_roundup_items,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402

from pipeline.synth.byre_families import _retitle  # noqa: E402
from pipeline.synth.heath_families import EN_DAYS, _finish  # noqa: E402
from pipeline.synth.kit import (  # noqa: E402
    _en_date,
    _hex,
    _insert_after,
    _ldjson,
    _paras,
    _place,
    _two_subheadings,
    ascii_slugger,
    register_language,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import MONTHS, Ctx, Story, _slug, _words, esc  # noqa: E402
from pipeline.synth.quay_families import _blocks  # noqa: E402
from pipeline.synth.shed_families import _listify  # noqa: E402

_is_slug = ascii_slugger(("þ", "th"), ("Þ", "Th"), ("ð", "d"), ("Ð", "D"), ("æ", "ae"), ("Æ", "Ae"))

# Icelandic joins the registries (new keys only)
register_language(
    "is",
    first_names=IS_FIRST_M + IS_FIRST_F,
    surnames=tuple(x for pair in IS_FATHERS for x in pair),
    prose=IcelandicProse,
    ui=IS_UI,
    months=IS_MONTHS,
    zones=IS_ZONES,
)
