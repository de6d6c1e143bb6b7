"""Four RIGG template families for the synthetic publishers (see `pipeline.synth.publishers`).

"rigg" is a forty-fifth split, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `RIGG_FAMILIES`: the rigg families are
generated only by `generate_corpus("rigg")`, so every other corpus is as it was. The split is that of
regional and national news sites in four smaller languages of Europe no split had. This module
brings them, each with its grammar, names, UI strings, month names and zone, added to the
registries of `pipeline.synth.prose` and `pipeline.synth.publishers` when the module is loaded
(`kit.register_language`, new keys only; nothing another language uses changes):
  * Basque ("eu", `BasqueProse`): subject-object-verb with the ergative subject ("Udalak",
    "auzokideek") and the auxiliary agreeing in number ("onartu du" / "onartu dute"), its
    subordinate forms ("duelako", "duen", "duela", "duenez"); towns with their "-ko", "-n" and
    ergative forms; «…», adierazi du quotes with the speaker's role after the name;
  * Galician ("gl", `GalicianProse`): subject-verb-object, the preterite in the text ("aprobou",
    "aprobaron") and the present in the headlines ("aproba"), Galician spelling (x, ñ, "unha",
    "non", "tamén", "aínda"); «…», explicou quotes with a role in the speaker's gender;
  * Irish ("ga", `IrishProse`): verb-subject-object, the past tense with its lenition
    ("Cheadaigh", "D'fhógair") and its dependent form after "gur"; names in their men's and
    women's forms ("Ó Briain" / "Ní Bhriain"), towns with "i" and the eclipsis ("i nGaillimh");
    “…,” a dúirt quotes;
  * Maltese ("mt", `MalteseProse`): subject-verb-object, the past agreeing in gender and number
    ("approva", "approvat", "approvaw"), the article assimilated ("ir-residenti", "iċ-ċentru"),
    ċ ġ ħ ż and għ; “…,” qal / qalet quotes; localities with their "f'" / "fil-" forms.
Maltese site names may carry "ħ", which NFKD does not take apart, so a romanizer (`rigg_site_latin`,
knowing only this module's Maltese site names) gives their host names; the Maltese slugs make "ħ"
an "h" (or keep the letters, percent-encoded, on the sites that do so).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a bulleted list inside the text is body, one line per item; a photo's
caption and credit are boilerplate; a standfirst under the headline is neither; "read also" lines
amid the text are boilerplate. The choices each family makes for the debatable parts:
  * eu-albiste-ataria: a Drupal 10 regional site: the summary (<div class="field--name-field-
    sarrera">, under the headline) is neither; the text of <div class="field--name-body">, its <h2>
    / <h3> subheadings and a list are body; the "Irakurri ere:" lines amid the text (the label and
    a headline), the author line, the photo caption and credit, the menu, "Etiketak:" with the
    tags, the share bar, the "Gehien irakurriak" headlines, the comment notices, the newsletter
    call, the funding line, the footer's links and copyright, and the cookie notice are
    boilerplate; the visible date line and the "Gehien irakurriak" heading are neither (too short);
  * gl-xornal-dixital: a WordPress daily: the lead in bold (<p class="entradilla"><strong>, the
    first paragraph of the entry content) is neither; the text after it, <h2> subheadings and a
    list are body; the "Le tamén:" line amid the text, the byline, the photo caption and credit,
    the menu, the share bar, the "Noticias relacionadas" headlines, the "Subscríbete ao boletín"
    box, "Etiquetas:", the comment form notice, the "Últimas noticias" headlines, the language
    subsidy line, the footer and the cookie notice are boilerplate;
  * ga-nuacht-site: a public-service news site with a bilingual (ga/en) header and footer: the
    summary (<p class="article-summary">) is neither; the text of <div class="article-body">, <h2>
    subheadings and a list are body; the bilingual skip link and menu, the bilingual banner line
    and footer (links, funding and copyright, each Irish and English), the "Léigh tuilleadh:"
    lines amid the text, the author line, the image caption and credit, the share bar, the
    "Scéalta gaolmhara" headlines, the "Is mó léamh" headlines and the cookie notice are
    boilerplate;
  * mt-ahbarijiet-portal: a news portal in Maltese with English interface pieces: there is no
    standfirst; the text of <div class="td-post-content">, <h3> subheadings and a list are body;
    the English cookie banner and the English newsletter box amid the Maltese text, the "Aqra
    wkoll:" lines amid the text, the byline, the photo caption, the menu, the breaking-news strip,
    the share bar, the "L-aktar moqrija" headlines, the "Aktar aħbarijiet" headlines, the comment
    notice, the reuse notice and the footer are boilerplate.

Families (language; date source):
  rigg  eu-albiste-ataria       eu; <meta property="article:published_time"> with its offset
                                (Europe/Madrid, +01:00 or +02:00) and the visible "2026ko
                                martxoaren 7a, 14:05"; paths /albisteak/<yyyy>/<mm>/<dd>/<slug> or
                                /<section>/<slug>-<node id>; <title> "T | Site"
  rigg  gl-xornal-dixital       gl; a Yoast JSON-LD graph, NewsArticle datePublished with +01:00
                                (+02:00 after the clocks change), and <time datetime> showing "7 de
                                marzo de 2026"; paths /<yyyy>/<mm>/<dd>/<slug>/ or
                                /<section>/<slug>/; <title> "T - Site" or "T | Site"
  rigg  ga-nuacht-site          ga; <time datetime> with +00:00 (+01:00 after the clocks change,
                                Europe/Dublin) showing "7 Márta 2026 14:05"; paths
                                /nuacht/<yyyy>/<mmdd>/<id>-<slug>/ or /ga/nuacht/<section>/<id>;
                                <title> "T - Site" or "Site - T"
  rigg  mt-ahbarijiet-portal    mt; JSON-LD NewsArticle datePublished with +01:00 (Europe/Malta,
                                +02:00 after the clocks change) and the visible "Is-Sibt, 7 ta'
                                Marzu 2026, 14:05"; paths /<yyyy>/<mm>/<dd>/<ASCII slug>/ or
                                /ahbarijiet/<id>/<percent-encoded UTF-8 slug>; <title> "T | Site"
                                or "T - Site"
"""

from __future__ import annotations

import random
import re
import urllib.parse
from functools import cache

from pipeline.synth.prose import Prose

FAMILIES: dict[str, str] = {
    "eu-albiste-ataria": "rigg",
    "gl-xornal-dixital": "rigg",
    "ga-nuacht-site": "rigg",
    "mt-ahbarijiet-portal": "rigg",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "eu-albiste-ataria": "eu",
    "gl-xornal-dixital": "gl",
    "ga-nuacht-site": "ga",
    "mt-ahbarijiet-portal": "mt",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "eu-albiste-ataria": ("{p} Gaur", "{p} Ataria", "Hitza {p}", "{p} Albistari", "{p}.eus"),
    "gl-xornal-dixital": ("Xornal de {p}", "Diario de {p}", "{p} Dixital", "O Correo de {p}", "{p} Hoxe"),
    "ga-nuacht-site": ("Nuacht {p}", "{p} Inniu", "Scéala {p}", "{p} Beo", "Tonn {p}"),
    "mt-ahbarijiet-portal": ("{p} Illum", "Aħbarijiet {p}", "{p} Online", "{p} Live", "{p} News"),
}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# ==============================================================================================
# Basque

EU_FIRST = (
    "Miren",
    "Ane",
    "Nerea",
    "Amaia",
    "Itziar",
    "Maialen",
    "Leire",
    "Garazi",
    "Uxue",
    "Ainhoa",
    "Jon",
    "Iñaki",
    "Unai",
    "Xabier",
    "Mikel",
    "Gorka",
    "Aitor",
    "Asier",
    "Ander",
    "Eneko",
    "Koldo",
)
EU_SURNAMES = (
    "Etxeberria",
    "Agirre",
    "Goikoetxea",
    "Urrutia",
    "Arrieta",
    "Zubizarreta",
    "Larrañaga",
    "Elizondo",
    "Iturbe",
    "Aranburu",
    "Mendizabal",
    "Otegi",
    "Uriarte",
    "Azkarate",
    "Lasa",
    "Garmendia",
    "Ibarguren",
    "Zabaleta",
)
# (town, "-ko", "-n", ergative)
EU_TOWNS = (
    ("Tolosa", "Tolosako", "Tolosan", "Tolosak"),
    ("Durango", "Durangoko", "Durangon", "Durangok"),
    ("Irun", "Irungo", "Irunen", "Irunek"),
    ("Eibar", "Eibarko", "Eibarren", "Eibarrek"),
    ("Gernika", "Gernikako", "Gernikan", "Gernikak"),
    ("Bergara", "Bergarako", "Bergaran", "Bergarak"),
    ("Azpeitia", "Azpeitiko", "Azpeitian", "Azpeitiak"),
    ("Zarautz", "Zarauzko", "Zarautzen", "Zarautzek"),
    ("Hernani", "Hernaniko", "Hernanin", "Hernanik"),
    ("Oñati", "Oñatiko", "Oñatin", "Oñatik"),
    ("Beasain", "Beasaingo", "Beasainen", "Beasainek"),
    ("Mungia", "Mungiako", "Mungian", "Mungiak"),
    ("Elorrio", "Elorrioko", "Elorrion", "Elorriok"),
    ("Lekeitio", "Lekeitioko", "Lekeition", "Lekeitiok"),
    ("Ordizia", "Ordiziako", "Ordizian", "Ordiziak"),
    ("Errenteria", "Errenteriako", "Errenterian", "Errenteriak"),
    ("Hondarribia", "Hondarribiko", "Hondarribian", "Hondarribiak"),
)
# (ergative subject, plural)
EU_AGENTS = (
    ("udalak", False),
    ("Foru Aldundiak", False),
    ("Eusko Jaurlaritzak", False),
    ("alkateak", False),
    ("auzokideek", True),
    ("udal gobernuak", False),
    ("oposizioak", False),
    ("zinegotziek", True),
    ("gurasoek", True),
    ("tokiko merkatariek", True),
    ("hirigintza batzordeak", False),
    ("Osakidetzak", False),
    ("auzo elkarteak", False),
)
EU_OBJECTS = (
    "datorren urteko aurrekontua",
    "ikastetxe berriaren proiektua",
    "plaza berritzeko plana",
    "hiri antolamenduko plan orokorra",
    "ibilgailuen gaineko zergaren igoera",
    "zubi zaharraren konponketa",
    "saihesbide berria",
    "osasun etxe berriaren proiektua",
    "autobus zerbitzuaren murrizketa",
    "tren geltoki berria",
    "aparkatzeko plana",
    "liburutegia ixtearen aurkako eskaera",
    "babes ofizialeko etxebizitzen proiektua",
    "enpresa esleipendunarekin egindako kontratua",
    "eskualdeko ospitalearen handitzea",
)
EU_VERBS = (
    "onartu",
    "baztertu",
    "iragarri",
    "atzeratu",
    "aurkeztu",
    "kritikatu",
    "berretsi",
    "defendatu",
    "eztabaidatu",
    "berrikusi",
    "zalantzan jarri",
    "babestu",
    "finantzatu",
)
EU_TIMES = (
    "astelehenean",
    "gaur",
    "atzo",
    "ezohiko osoko bilkuran",
    "aho batez",
    "asteartean",
    "azkenean",
    "berriro ere",
    "eztabaida luze baten ondoren",
    "aste honetan",
)
EU_SOURCES = (
    "Udal iturrien arabera",
    "Teknikarien txostenaren arabera",
    "Bilkuraren aktaren arabera",
    "Tokiko iturriek jakinarazi dutenez",
)
EU_ROLES = (
    "alkateak",
    "zinegotziak",
    "auzo elkarteko presidenteak",
    "oposizioko bozeramaileak",
    "ikastetxeko zuzendariak",
    "Eusko Legebiltzarreko kideak",
    "tokiko merkatarien elkarteko buruak",
)
EU_SAYINGS = (
    "Herri osoarentzako inbertsioa da hau",
    "Bizilagunei entzun diegu",
    "Lanak aurreikusitako moduan doaz",
    "Pazientzia eskatzen diegu herritarrei",
    "Albiste ona da eskualdearentzat",
    "Inork ez digu azaldu zer gertatuko den orain",
    "Dirua hor dago, orain aurrera egin behar da",
    "Urteak daramatzagu hau eskatzen",
    "Garrantzitsua da herritarrek iritzia ematea",
)
EU_BUILT = ("Ikastetxe", "Osasun etxe", "Liburutegi", "Zubi", "Aparkaleku", "Haur parke", "Kultur etxe")
EU_FRONTS = ("Eztabaida", "Ofiziala", "Ezusteko bira", "Erabakia", "Herri batzarra", "Kezka")
EU_SUBHEADS = (
    "Hurrengo urratsak",
    "Bizilagunen erantzuna",
    "Zenbat balioko du?",
    "Urteetako eztabaida",
    "Oposizioaren iritzia",
    "Xehetasunak",
    "Lanen egutegia",
    "Erantzun gabeko galderak",
)
EU_MONTHS = (
    "urtarrila",
    "otsaila",
    "martxoa",
    "apirila",
    "maiatza",
    "ekaina",
    "uztaila",
    "abuztua",
    "iraila",
    "urria",
    "azaroa",
    "abendua",
)
# "-aren" (the genitive of a month, as dates write it: "martxoaren 7a")
EU_MONTHS_GEN = tuple(m[:-1] + "aren" for m in EU_MONTHS)

# the auxiliary by number: plain, "-elako" (because), "-en" (that, after "nahiz eta"), "-ela"
# (that), "-enez" (as)
_EU_AUX = {
    False: {"": "du", "elako": "duelako", "en": "duen", "ela": "duela", "enez": "duenez"},
    True: {"": "dute", "elako": "dutelako", "en": "duten", "ela": "dutela", "enez": "dutenez"},
}


class BasqueProse(Prose):
    """Basque regional-news prose (see the module docstring)."""

    lang = "eu"

    def person(self) -> str:
        rng = self.rng
        first = rng.choice(EU_FIRST)
        if rng.random() < 0.5:
            return f"{first} {' '.join(rng.sample(EU_SURNAMES, 2))}"
        return f"{first} {rng.choice(EU_SURNAMES)}"

    def place(self) -> str:
        return self.rng.choice(EU_TOWNS)[0]

    def clause(self, form: str = "", time: bool = False) -> str:
        """ "udalak (astelehenean) datorren urteko aurrekontua onartu du"."""
        rng = self.rng
        agent, plural = rng.choice(EU_AGENTS)
        when = f"{rng.choice(EU_TIMES)} " if time else ""
        return f"{agent} {when}{rng.choice(EU_OBJECTS)} {rng.choice(EU_VERBS)} {_EU_AUX[plural][form]}"

    def sentence(self) -> str:
        rng = self.rng
        town = rng.choice(EU_TOWNS)
        r = rng.random()
        if r < 0.13:
            return f"«{rng.choice(EU_SAYINGS)}», adierazi du {self.person()} {rng.choice(EU_ROLES)}."
        if r < 0.25:
            return f"{rng.choice(EU_SOURCES)}, {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            first = _cap(self.clause(time=rng.random() < 0.4))
            if rng.random() < 0.5:
                return f"{first}, baina {self.clause()}."
            return f"{first}, {self.clause('elako')}."
        if r < 0.46:
            return f"{self.person()} {rng.choice(EU_ROLES)} adierazi duenez, {self.clause()}."
        if r < 0.6:
            return rng.choice(
                (
                    f"Lanen kostua {rng.randint(1, 9)},{rng.randint(1, 9)} milioi euro ingurukoa izango da.",
                    f"{10 * rng.randint(30, 400)} herritar baino gehiagok sinatu dute eskaera.",
                    f"Lanak {rng.randint(2027, 2030)}. urterako amaituta egotea espero da.",
                    f"{rng.randint(9, 21)} zinegotzik bozkatu dute mozioaren alde.",
                    f"{10 * rng.randint(5, 40)} lagun inguru bildu ziren herri batzarrean.",
                    f"Lanek {rng.randint(5, 18)} hilabete iraungo dute.",
                    "Oraindik ez dago lanak hasteko datarik.",
                )
            )
        if r < 0.72:
            return rng.choice(
                (
                    f"Nahiz eta {self.clause('en')}, {self.clause(time=True)}.",
                    f"Badirudi {self.clause('ela')}.",
                    f"{town[1]} udaleko arduradunek berretsi dute {self.clause('ela')}.",
                    f"Tokiko zinegotziek ohartarazi dute {self.clause('ela')}.",
                )
            )
        if r < 0.86:
            return rng.choice(
                (
                    f"{town[1]} bizilagunek urteak daramatzate erabakiaren zain.",
                    f"Antzeko egoera bat gertatu zen {town[2]} iaz.",
                    f"Ez da lehen aldia gai hau {town[1]} udalbatzara iristen dena.",
                    f"Datorren hilean berriro eztabaidatuko dute gaia {town[1]} udalbatzan.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        agent, plural = rng.choice(EU_AGENTS)
        obj, verb, aux = rng.choice(EU_OBJECTS), rng.choice(EU_VERBS), _EU_AUX[plural][""]
        head = f"{_cap(agent)} {obj} {verb} {aux}"
        r = rng.random()
        if r < 0.25:
            return f"{self.place()}: {head}"
        if r < 0.45:
            return f"{_cap(obj)} {verb} {aux} {agent}"
        if r < 0.65:
            return f"{rng.choice(EU_BUILT)} berria izango du {rng.choice(EU_TOWNS)[3]}"
        if r < 0.85:
            return f"{rng.choice(EU_FRONTS)}: {head}"
        return f"{self.person()}: «{rng.choice(EU_SAYINGS)}»"

    def subheading(self) -> str:
        return self.rng.choice(EU_SUBHEADS)


EU_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Azala",
        "Gizartea",
        "Politika",
        "Ekonomia",
        "Kultura",
        "Kirolak",
        "Iritzia",
        "Agenda",
        "Eguraldia",
    ),
    "sections": ("Gizartea", "Politika", "Ekonomia", "Kultura", "Hezkuntza", "Ingurumena"),
    "related": ("Lotutako albisteak", "Interesatuko zaizu", "Eskualdeko azken albisteak"),
    "read_more": ("Irakurri ere:",),
    "by": ("Egilea:",),
    "desks": ("Erredakzioa", "Berriemailea", "Gizarte saila", "Politika saila"),
    "share": ("Partekatu", "Partekatu albistea"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "Posta"),
    "newsletter": ("Harpidetu gure buletinera eta jaso eskualdeko albisteak egunero.",),
    "comments": ("Iruzkinak moderatu egiten dira. Errespetuz idatzi, mesedez.",),
    "cookie": ("Webgune honek cookieak erabiltzen ditu nabigazio esperientzia hobetzeko.",),
    "ad": ("Publizitatea",),
    "copyright": ("© {year} {name}. Eskubide guztiak erreserbatuta.",),
    "disclaimer": ("Erredakzioa ez da irakurleen iritzien erantzule.",),
    "tagline": ("Eskualdeko albisteak, egunero", "Gertuko informazioa {since}. urtetik"),
    "bio": ("{author} {name} hedabideko kazetaria da {since2}. urtetik.",),
    "beats": ("udal politika", "mugikortasuna", "hezkuntza", "osasuna"),
    "editorial": ("Albiste hau {name}ren «Herriz herri» sailaren parte da.",),
    "classified": ("Hiru logelako etxebizitza salgai erdigunean, berritua.",),
    "subscribe": ("Egin zaitez harpidedun eta babestu tokiko kazetaritza",),
}


# ==============================================================================================
# Galician

GL_MALE = (
    "Xoán",
    "Brais",
    "Xosé",
    "Manuel",
    "Anxo",
    "Roi",
    "Iago",
    "Lois",
    "Martiño",
    "Uxío",
    "Antón",
    "Fernando",
)
GL_FEMALE = (
    "Uxía",
    "Antía",
    "Iria",
    "María",
    "Noa",
    "Sabela",
    "Xiana",
    "Carme",
    "Rosalía",
    "Olalla",
    "Lorena",
    "Alba",
)
GL_SURNAMES = (
    "Fernández",
    "Otero",
    "Castro",
    "Pereira",
    "Vázquez",
    "Rodríguez",
    "Lorenzo",
    "Varela",
    "Souto",
    "Iglesias",
    "Rivas",
    "Seoane",
    "Louzao",
    "Piñeiro",
    "Barreiro",
    "Dopazo",
    "Carballo",
    "Doval",
    "Quintela",
    "Rei",
)
GL_TOWNS = (
    "Lugo",
    "Ourense",
    "Pontevedra",
    "Ferrol",
    "Vilagarcía",
    "Monforte",
    "Ribeira",
    "Carballo",
    "Lalín",
    "Viveiro",
    "Sarria",
    "Betanzos",
    "Cangas",
    "Redondela",
    "Verín",
    "Noia",
    "Cambados",
    "Ponteareas",
    "Chantada",
    "Ordes",
)
# (subject with its article, plural)
GL_AGENTS = (
    ("o concello", False),
    ("a Xunta", False),
    ("o goberno local", False),
    ("a deputación provincial", False),
    ("os veciños", True),
    ("a alcaldesa", False),
    ("o alcalde", False),
    ("a oposición", False),
    ("os comerciantes", True),
    ("a comisión de urbanismo", False),
    ("os concelleiros do BNG", True),
    ("o Sergas", False),
    ("as asociacións veciñais", True),
    ("a consellería de Infraestruturas", False),
)
# (preterite singular, preterite plural, present singular, present plural)
GL_VERBS = (
    ("aprobou", "aprobaron", "aproba", "aproban"),
    ("rexeitou", "rexeitaron", "rexeita", "rexeitan"),
    ("anunciou", "anunciaron", "anuncia", "anuncian"),
    ("adiou", "adiaron", "adía", "adían"),
    ("presentou", "presentaron", "presenta", "presentan"),
    ("criticou", "criticaron", "critica", "critican"),
    ("confirmou", "confirmaron", "confirma", "confirman"),
    ("defendeu", "defenderon", "defende", "defenden"),
    ("licitou", "licitaron", "licita", "licitan"),
    ("paralizou", "paralizaron", "paraliza", "paralizan"),
    ("revisou", "revisaron", "revisa", "revisan"),
    ("cuestionou", "cuestionaron", "cuestiona", "cuestionan"),
)
GL_OBJECTS = (
    "o orzamento municipal para o próximo ano",
    "o proxecto da nova escola infantil",
    "a reforma da praza do mercado",
    "o plan xeral de ordenación municipal",
    "a suba do imposto de vehículos",
    "as obras da ponte vella",
    "a nova variante da estrada",
    "o novo centro de saúde",
    "os recortes no servizo de autobuses",
    "a nova estación de tren",
    "o plan de aparcamento",
    "a recollida de sinaturas contra o peche da biblioteca",
    "as vivendas de protección oficial",
    "o contrato coa empresa adxudicataria",
    "a ampliación do hospital comarcal",
)
GL_TIMES = (
    " este martes",
    " nun pleno extraordinario",
    " por unanimidade",
    " finalmente",
    " de novo",
    " onte",
    " esta semana",
    " tras un longo debate",
)
GL_SOURCES = (
    "fontes municipais",
    "o informe dos técnicos",
    "a acta da sesión",
    "un comunicado do goberno local",
)
# (a man's, a woman's)
GL_ROLES = (
    ("concelleiro de Urbanismo", "concelleira de Urbanismo"),
    ("portavoz da oposición", "portavoz da oposición"),
    ("presidente da asociación veciñal", "presidenta da asociación veciñal"),
    ("director do colexio", "directora do colexio"),
    ("deputado provincial", "deputada provincial"),
    ("propietario dun comercio local", "propietaria dun comercio local"),
)
GL_SAYS = ("explicou", "sinalou", "engadiu", "asegurou")
GL_SAYINGS = (
    "É un investimento para toda a veciñanza",
    "Escoitamos as demandas dos veciños",
    "Os traballos avanzan segundo o previsto",
    "Pedimos paciencia a todos os veciños",
    "É unha boa noticia para a comarca",
    "Ninguén nos explicou que vai pasar agora",
    "O diñeiro está aí, agora hai que executalo",
    "Levamos anos reclamando isto",
    "É importante que a xente poida opinar",
)
GL_BUILT = (
    "unha nova escola",
    "un novo centro de saúde",
    "unha nova biblioteca",
    "unha nova ponte",
    "un novo aparcamento",
    "un parque infantil",
    "un centro social",
)
GL_FRONTS = ("Polémica", "Oficial", "Xiro inesperado", "Decisión", "Pleno", "Preocupación")
GL_SUBHEADS = (
    "Os seguintes pasos",
    "A reacción da veciñanza",
    "Canto custará?",
    "Un debate de anos",
    "Que di a oposición",
    "Os detalles",
    "O calendario das obras",
    "Preguntas sen resposta",
)
GL_MONTHS = (
    "xaneiro",
    "febreiro",
    "marzo",
    "abril",
    "maio",
    "xuño",
    "xullo",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "decembro",
)


class GalicianProse(Prose):
    """Galician regional-news prose (see the module docstring)."""

    lang = "gl"

    def speaker(self) -> tuple[str, bool]:
        """A full name and whether it is a woman's."""
        rng = self.rng
        female = rng.random() < 0.5
        first = rng.choice(GL_FEMALE if female else GL_MALE)
        return f"{first} {' '.join(rng.sample(GL_SURNAMES, 2))}", female

    def person(self) -> str:
        return self.speaker()[0]

    def place(self) -> str:
        return self.rng.choice(GL_TOWNS)

    def clause(self, time: bool = False) -> str:
        """ "o concello aprobou o orzamento municipal para o próximo ano (por unanimidade)"."""
        rng = self.rng
        agent, plural = rng.choice(GL_AGENTS)
        when = rng.choice(GL_TIMES) if time else ""
        return f"{agent} {rng.choice(GL_VERBS)[1 if plural else 0]} {rng.choice(GL_OBJECTS)}{when}"

    def who(self) -> str:
        name, female = self.speaker()
        return f"{name}, {self.rng.choice(GL_ROLES)[female]}"

    def sentence(self) -> str:
        rng = self.rng
        town = rng.choice(GL_TOWNS)
        r = rng.random()
        if r < 0.13:
            return f"«{rng.choice(GL_SAYINGS)}», {rng.choice(GL_SAYS)} {self.who()}."
        if r < 0.25:
            return f"Segundo {rng.choice(GL_SOURCES)}, {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            first = _cap(self.clause(time=rng.random() < 0.4))
            if rng.random() < 0.5:
                return f"{first}, pero {self.clause()}."
            return f"{first}, xa que {self.clause()}."
        if r < 0.46:
            return f"{self.who()}, asegurou que {self.clause()}."
        if r < 0.6:
            return rng.choice(
                (
                    f"As obras custarán arredor de {rng.randint(1, 9)},{rng.randint(1, 9)} millóns de euros.",
                    f"Máis de {10 * rng.randint(30, 400)} persoas asinaron a petición.",
                    f"Está previsto que os traballos rematen en {rng.randint(2027, 2030)}.",
                    f"Un total de {rng.randint(9, 21)} concelleiros votaron a favor da moción.",
                    f"Unhas {10 * rng.randint(5, 40)} persoas acudiron á reunión veciñal.",
                    f"As obras durarán {rng.randint(5, 18)} meses.",
                    "Aínda non hai data para o inicio dos traballos.",
                )
            )
        if r < 0.72:
            verb = rng.choice(GL_VERBS)[0]
            return rng.choice(
                (
                    f"Aínda que {self.clause()}, {self.clause(time=True)}.",
                    f"Todo indica que {self.clause()}.",
                    f"Fontes do concello de {town} confirmaron que {self.clause()}.",
                    f"A oposición, pola súa banda, tamén {verb} {rng.choice(GL_OBJECTS)}.",
                )
            )
        if r < 0.86:
            return rng.choice(
                (
                    f"Os veciños de {town} levan anos agardando por esta decisión.",
                    f"Non é a primeira vez que o asunto chega ao pleno de {town}.",
                    f"Unha situación semellante produciuse en {town} o ano pasado.",
                    f"O asunto volverá debaterse no pleno de {town} o mes que vén.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        agent, plural = rng.choice(GL_AGENTS)
        head = f"{_cap(agent)} {rng.choice(GL_VERBS)[3 if plural else 2]} {rng.choice(GL_OBJECTS)}"
        r = rng.random()
        if r < 0.3:
            return f"{self.place()}: {head}"
        if r < 0.5:
            return head
        if r < 0.68:
            return f"{self.place()} terá {rng.choice(GL_BUILT)}"
        if r < 0.88:
            return f"{rng.choice(GL_FRONTS)}: {head}"
        return f"{self.person()}: «{rng.choice(GL_SAYINGS)}»"

    def subheading(self) -> str:
        return self.rng.choice(GL_SUBHEADS)


GL_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Portada", "Actualidade", "Comarcas", "Política", "Economía", "Deportes", "Cultura", "Opinión"),
    "sections": ("Actualidade", "Comarcas", "Política", "Economía", "Sociedade", "Cultura"),
    "related": ("Noticias relacionadas", "Tamén che pode interesar", "Máis noticias da comarca"),
    "read_more": ("Le tamén:",),
    "by": ("Por",),
    "desks": ("Redacción", "Corresponsal", "Sección de Política", "Sección de Sociedade"),
    "share": ("Comparte esta noticia", "Compartir"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "Correo"),
    "newsletter": ("Subscríbete ao boletín e recibe cada mañá as noticias da comarca no teu correo.",),
    "comments": ("O teu enderezo de correo electrónico non será publicado.",),
    "cookie": ("Este sitio web utiliza cookies para mellorar a túa experiencia de navegación.",),
    "ad": ("Publicidade",),
    "copyright": ("© {year} {name}. Todos os dereitos reservados.",),
    "disclaimer": ("A redacción non se fai responsable das opinións dos lectores.",),
    "tagline": ("As noticias de {region} desde {since}", "Información de proximidade, cada día"),
    "bio": ("{author} traballa na redacción de {name} desde {since2}.",),
    "beats": ("política municipal", "mobilidade", "educación", "sanidade"),
    "editorial": ("Esta información forma parte da serie «Vivir na comarca» de {name}.",),
    "classified": ("Véndese piso de tres cuartos no centro, reformado.",),
    "subscribe": ("Faite subscritor e apoia o xornalismo local en galego",),
}


# ==============================================================================================
# Irish

GA_MALE = (
    "Seán",
    "Pádraig",
    "Colm",
    "Éamonn",
    "Cathal",
    "Diarmuid",
    "Ruairí",
    "Oisín",
    "Tomás",
    "Donncha",
    "Cian",
    "Darach",
)
GA_FEMALE = (
    "Siobhán",
    "Máire",
    "Aoife",
    "Gráinne",
    "Niamh",
    "Róisín",
    "Caoimhe",
    "Áine",
    "Sinéad",
    "Orla",
    "Bríd",
    "Deirbhile",
)
# (a man's surname, a woman's)
GA_SURNAMES = (
    ("Ó Briain", "Ní Bhriain"),
    ("Ó Súilleabháin", "Ní Shúilleabháin"),
    ("Mac Giolla Phádraig", "Nic Giolla Phádraig"),
    ("Ó Conaill", "Ní Chonaill"),
    ("Ó Murchú", "Ní Mhurchú"),
    ("Ó Ceallaigh", "Ní Cheallaigh"),
    ("Mac Mathúna", "Nic Mhathúna"),
    ("Ó Dónaill", "Ní Dhónaill"),
    ("Breathnach", "Bhreathnach"),
    ("de Búrca", "de Búrca"),
    ("Ó Flaithearta", "Ní Fhlaithearta"),
    ("Ó Gallchóir", "Ní Ghallchóir"),
)
# (town, "in the town")
GA_TOWNS = (
    ("Gaillimh", "i nGaillimh"),
    ("Corcaigh", "i gCorcaigh"),
    ("Luimneach", "i Luimneach"),
    ("Port Láirge", "i bPort Láirge"),
    ("Trá Lí", "i dTrá Lí"),
    ("Leitir Ceanainn", "i Leitir Ceanainn"),
    ("Cill Airne", "i gCill Airne"),
    ("Daingean Uí Chúis", "i nDaingean Uí Chúis"),
    ("Cathair na Mart", "i gCathair na Mart"),
    ("Béal an Mhuirthead", "i mBéal an Mhuirthead"),
    ("Inis", "in Inis"),
    ("Dún Dealgan", "i nDún Dealgan"),
    ("Sligeach", "i Sligeach"),
    ("Ceatharlach", "i gCeatharlach"),
    ("Baile Átha Luain", "i mBaile Átha Luain"),
    ("Cill Chainnigh", "i gCill Chainnigh"),
    ("Tuaim", "i dTuaim"),
)
GA_AGENTS = (
    "an chomhairle contae",
    "na comhairleoirí",
    "an Rialtas",
    "an tAire Tithíochta",
    "na háitritheoirí",
    "an coiste pleanála",
    "Feidhmeannacht na Seirbhíse Sláinte",
    "na tuismitheoirí",
    "na gnólachtaí áitiúla",
    "an freasúra",
    "Údarás na Gaeltachta",
    "an Coimisiún Pleanála",
)
# (the past tense, its dependent form after "gur")
GA_VERBS = (
    ("Cheadaigh", "cheadaigh"),
    ("Cháin", "cháin"),
    ("D'fhógair", "fhógair"),
    ("Dheimhnigh", "dheimhnigh"),
    ("Sheol", "sheol"),
    ("Phléigh", "phléigh"),
    ("D'athbhreithnigh", "athbhreithnigh"),
    ("D'fhaomh", "fhaomh"),
    ("Mhaoinigh", "mhaoinigh"),
    ("Chosain", "chosain"),
    ("Cheistigh", "cheistigh"),
)
GA_OBJECTS = (
    "an buiséad don bhliain seo chugainn",
    "an plean chun an chearnóg a athchóiriú",
    "na pleananna do scoil nua",
    "an t-ardú ar an gcáin mhaoine áitiúil",
    "an seachbhóthar nua",
    "an obair dheisiúcháin ar an droichead",
    "plean forbartha an chontae",
    "an t-ionad fóillíochta nua",
    "na ciorruithe ar an tseirbhís bus",
    "an stáisiún traenach nua",
    "an scéim pháirceála",
    "an conradh leis an gconraitheoir",
    "na tograí tithíochta inacmhainne",
    "an síneadh ar an ospidéal réigiúnach",
)
GA_TIMES = (
    " inné",
    " Dé Máirt",
    " ag cruinniú speisialta",
    " ar deireadh",
    " arís",
    " d'aon ghuth",
    " tar éis plé fada",
    " aréir",
    " an tseachtain seo",
)
GA_SOURCES = (
    "foinsí áitiúla",
    "hurlabhraí ón gcomhairle",
    "tuairisc ó oifigigh na comhairle",
    "miontuairiscí an chruinnithe",
)
GA_ROLES = (
    "cathaoirleach na comhairle",
    "comhairleoir áitiúil",
    "urlabhraí ar son na n-áitritheoirí",
    "príomhoide na scoile",
    "Teachta Dála don dáilcheantar",
    "úinéir gnó áitiúil",
    "stiúrthóir an ionaid",
)
GA_SAYINGS = (
    "Is infheistíocht don phobal ar fad í seo",
    "D'éist muid leis na háitritheoirí",
    "Tá an obair ag dul ar aghaidh de réir an phlean",
    "Iarraimid ar gach duine a bheith foighneach",
    "Is dea-scéal é seo don cheantar",
    "Níor mhínigh aon duine cad a tharlóidh anois",
    "Tá an t-airgead ann, caithfear dul ar aghaidh anois",
    "Táimid ag lorg an ruda seo le blianta",
    "Tá sé tábhachtach go mbeadh guth ag muintir na háite",
)
GA_BUILT = (
    "Scoil",
    "Ionad sláinte",
    "Leabharlann",
    "Droichead",
    "Carrchlós",
    "Páirc súgartha",
    "Ionad pobail",
)
GA_FRONTS = ("Conspóid", "Go hoifigiúil", "Casadh nua", "Cinneadh", "Cruinniú poiblí", "Imní")
GA_SUBHEADS = (
    "Céard atá romhainn?",
    "Freagra an phobail",
    "Cé mhéad a chosnóidh sé?",
    "Conspóid le blianta",
    "Dearcadh an fhreasúra",
    "Na sonraí",
    "Amchlár na hoibre",
    "Ceisteanna gan freagra",
)
GA_MONTHS = (
    "Eanáir",
    "Feabhra",
    "Márta",
    "Aibreán",
    "Bealtaine",
    "Meitheamh",
    "Iúil",
    "Lúnasa",
    "Meán Fómhair",
    "Deireadh Fómhair",
    "Samhain",
    "Nollaig",
)


class IrishProse(Prose):
    """Irish news prose (see the module docstring)."""

    lang = "ga"

    def person(self) -> str:
        rng = self.rng
        female = rng.random() < 0.5
        first = rng.choice(GA_FEMALE if female else GA_MALE)
        return f"{first} {rng.choice(GA_SURNAMES)[female]}"

    def place(self) -> str:
        return self.rng.choice(GA_TOWNS)[0]

    def clause(self, time: bool = False, dependent: bool = False) -> str:
        """ "Cheadaigh an chomhairle contae an buiséad ... (inné)", or after "gur" ("cheadaigh ...")."""
        rng = self.rng
        verb = rng.choice(GA_VERBS)[1 if dependent else 0]
        when = rng.choice(GA_TIMES) if time else ""
        return f"{verb} {rng.choice(GA_AGENTS)} {rng.choice(GA_OBJECTS)}{when}"

    def lower(self, time: bool = False) -> str:
        """A clause inside a sentence ("cheadaigh ...", "d'fhógair ...")."""
        text = self.clause(time)
        return text[:1].lower() + text[1:]

    def sentence(self) -> str:
        rng = self.rng
        town = rng.choice(GA_TOWNS)
        r = rng.random()
        if r < 0.13:
            return f"“{rng.choice(GA_SAYINGS)},” a dúirt {self.person()}, {rng.choice(GA_ROLES)}."
        if r < 0.25:
            return f"Dar le {rng.choice(GA_SOURCES)}, {self.lower(time=rng.random() < 0.6)}."
        if r < 0.38:
            return f"{self.clause(time=rng.random() < 0.4)}, ach {self.lower()}."
        if r < 0.46:
            return f"Deir {self.person()}, {rng.choice(GA_ROLES)}, gur {self.clause(dependent=True)}."
        if r < 0.6:
            return rng.choice(
                (
                    f"Cosnóidh an obair thart ar €{rng.randint(1, 9)}.{rng.randint(1, 9)} milliún.",
                    f"Shínigh níos mó ná {10 * rng.randint(30, 400)} duine an achainí.",
                    f"Táthar ag súil go mbeidh an obair críochnaithe faoi {rng.randint(2027, 2030)}.",
                    f"Vótáil {rng.randint(9, 21)} comhairleoir i bhfabhar an rúin.",
                    f"Tháinig timpeall {10 * rng.randint(5, 40)} duine chuig an gcruinniú poiblí.",
                    f"Mairfidh an obair {rng.randint(5, 18)} mí.",
                    "Níl dáta socraithe fós le haghaidh thús na hoibre.",
                )
            )
        if r < 0.72:
            return rng.choice(
                (
                    f"Cé gur {self.clause(dependent=True)}, {self.lower(time=True)}.",
                    f"Is cosúil gur {self.clause(dependent=True)}.",
                    f"Dheimhnigh oifigigh na comhairle {town[1]} gur {self.clause(dependent=True)}.",
                    f"Tá comhairleoirí áitiúla ag rá gur {self.clause(dependent=True)}.",
                )
            )
        if r < 0.86:
            return rng.choice(
                (
                    f"Tá cónaitheoirí {town[1]} ag fanacht ar an gcinneadh le blianta.",
                    f"Tharla a leithéid {town[1]} anuraidh.",
                    f"Ní hé seo an chéad uair a tháinig an cheist chun cinn {town[1]}.",
                    f"Pléifear an cheist arís ag cruinniú poiblí {town[1]} an mhí seo chugainn.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        head = self.clause()
        r = rng.random()
        if r < 0.3:
            return f"{self.place()}: {head}"
        if r < 0.5:
            return head
        if r < 0.68:
            return f"{rng.choice(GA_BUILT)} nua le tógáil {rng.choice(GA_TOWNS)[1]}"
        if r < 0.88:
            return f"{rng.choice(GA_FRONTS)}: {head}"
        return f"{self.person()}: ‘{rng.choice(GA_SAYINGS)}’"

    def subheading(self) -> str:
        return self.rng.choice(GA_SUBHEADS)


GA_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Baile", "Nuacht", "Spórt", "Cúrsaí Reatha", "Gnó", "Ealaín", "Aimsir", "Raidió", "Físeáin"),
    "sections": ("Nuacht", "Réigiúin", "Polaitíocht", "Gnó", "Sláinte", "Oideachas"),
    "related": ("Scéalta gaolmhara", "Tuilleadh nuachta ón réigiún", "Scéalta eile ón gceantar"),
    "read_more": ("Léigh tuilleadh:",),
    "by": ("Le",),
    "desks": ("Tuairisceoir", "Comhfhreagraí Réigiúnach", "Eagarthóir Nuachta", "Tuairisceoir Polaitíochta"),
    "share": ("Roinn an scéal seo", "Roinn"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Ríomhphost"),
    "newsletter": ("Cláraigh le haghaidh ár nuachtlitir sheachtainiúil saor in aisce.",),
    "comments": ("Ní fhoilseofar do sheoladh ríomhphoist.",),
    "cookie": ("Úsáidimid fianáin chun do thaithí ar an suíomh seo a fheabhsú.",),
    "ad": ("Fógra",),
    "copyright": ("© {year} {name}. Gach ceart ar cosaint.",),
    "disclaimer": ("Níl {name} freagrach as ábhar suíomhanna seachtracha.",),
    "tagline": ("Nuacht as Gaeilge ó {since}", "Guth an phobail ó {since}"),
    "bio": ("Is tuairisceoir le {name} é {author} agus scríobhann sé faoi {beat} ó {since2}.",),
    "beats": ("an pholaitíocht áitiúil", "an iompar", "an tsláinte", "an t-oideachas"),
    "editorial": ("Is cuid den tsraith {name} faoin saol áitiúil an scéal seo.",),
    "classified": ("Teach sraithe trí sheomra codlata ar díol i lár an bhaile.",),
    "subscribe": ("Tacaigh le hiriseoireacht áitiúil as Gaeilge",),
}


# ==============================================================================================
# Maltese

MT_MALE = (
    "Joseph",
    "Mario",
    "Carmel",
    "Ġorġ",
    "Ċensu",
    "Karl",
    "Matthew",
    "Luke",
    "Kurt",
    "Ġanni",
    "Pawlu",
    "Rennie",
)
MT_FEMALE = (
    "Marija",
    "Rita",
    "Michelle",
    "Ġulja",
    "Doris",
    "Claire",
    "Rachel",
    "Antonella",
    "Roberta",
    "Miriam",
    "Sarah",
    "Ċetta",
)
MT_SURNAMES = (
    "Borg",
    "Camilleri",
    "Vella",
    "Farrugia",
    "Zammit",
    "Galea",
    "Micallef",
    "Grech",
    "Attard",
    "Spiteri",
    "Azzopardi",
    "Mifsud",
    "Agius",
    "Cassar",
    "Caruana",
    "Debono",
    "Xuereb",
    "Buħagiar",
    "Saliba",
    "Fenech",
)
# (locality, "in the locality")
MT_TOWNS = (
    ("Birkirkara", "f'Birkirkara"),
    ("Ħaż-Żabbar", "f'Ħaż-Żabbar"),
    ("Iż-Żejtun", "fiż-Żejtun"),
    ("Ħal Qormi", "f'Ħal Qormi"),
    ("Il-Mosta", "fil-Mosta"),
    ("In-Naxxar", "fin-Naxxar"),
    ("Ir-Rabat", "fir-Rabat"),
    ("Ħaż-Żebbuġ", "f'Ħaż-Żebbuġ"),
    ("Marsaskala", "f'Marsaskala"),
    ("Tas-Sliema", "f'Tas-Sliema"),
    ("San Pawl il-Baħar", "f'San Pawl il-Baħar"),
    ("Il-Fgura", "fil-Fgura"),
    ("Raħal Ġdid", "f'Raħal Ġdid"),
    ("Il-Mellieħa", "fil-Mellieħa"),
    ("Is-Siġġiewi", "fis-Siġġiewi"),
    ("Ix-Xagħra", "fix-Xagħra"),
    ("Il-Gżira", "fil-Gżira"),
    ("Il-Marsa", "fil-Marsa"),
)
# (subject, "m" / "f" / "p")
MT_AGENTS = (
    ("il-kunsill lokali", "m"),
    ("il-Gvern", "m"),
    ("l-Awtorità tal-Ippjanar", "f"),
    ("ir-residenti", "p"),
    ("is-sindku", "m"),
    ("il-kunsilliera", "p"),
    ("l-Oppożizzjoni", "f"),
    ("il-Ministeru għall-Infrastruttura", "m"),
    ("il-ġenituri", "p"),
    ("in-negozji lokali", "p"),
    ("il-Kumitat tal-Ippjanar", "m"),
    ("l-Awtorità għat-Trasport", "f"),
)
# (he, she, they)
MT_VERBS = (
    ("approva", "approvat", "approvaw"),
    ("ċaħad", "ċaħdet", "ċaħdu"),
    ("ħabbar", "ħabbret", "ħabbru"),
    ("ikkritika", "ikkritikat", "ikkritikaw"),
    ("ikkonferma", "ikkonfermat", "ikkonfermaw"),
    ("ippreżenta", "ippreżentat", "ippreżentaw"),
    ("iddiskuta", "iddiskutiet", "iddiskutew"),
    ("niedi", "nidiet", "nidew"),
    ("laqa'", "laqgħet", "laqgħu"),
    ("iddefenda", "iddefendiet", "iddefendew"),
    ("issospenda", "issospendiet", "issospendew"),
    ("iffinanzja", "iffinanzjat", "iffinanzjaw"),
)
_MT_PERSON = {"m": 0, "f": 1, "p": 2}
MT_OBJECTS = (
    "il-baġit għas-sena d-dieħla",
    "il-proġett tal-iskola l-ġdida",
    "il-pjan għar-restawr tal-pjazza",
    "iż-żieda fit-tariffi tal-parkeġġ",
    "il-bypass il-ġdid",
    "ix-xogħlijiet fuq il-pont",
    "il-pjan lokali",
    "iċ-ċentru sportiv il-ġdid",
    "it-tnaqqis fis-servizz tal-karozzi tal-linja",
    "l-iskema tal-parkeġġ",
    "il-petizzjoni kontra l-għeluq tal-librerija",
    "il-proposti għal djar affordabbli",
    "il-kuntratt mal-kuntrattur",
    "l-estensjoni tal-isptar",
    "l-applikazzjoni għal lukanda ġdida",
)
MT_TIMES = (
    " din il-ġimgħa",
    " nhar it-Tlieta",
    " f'laqgħa straordinarja",
    " fl-aħħar",
    " għal darb'oħra",
    " b'mod unanimu",
    " wara diskussjoni twila",
    " ilbieraħ",
)
MT_SOURCES = ("kelliem tal-kunsill lokali", "sorsi lokali", "rapport tal-uffiċjali", "il-minuti tal-laqgħa")
# (a man's, a woman's)
MT_ROLES = (
    ("kunsillier lokali", "kunsilliera lokali"),
    ("kelliem tal-Oppożizzjoni", "kelliema tal-Oppożizzjoni"),
    ("president tal-għaqda tar-residenti", "presidenta tal-għaqda tar-residenti"),
    ("kap tal-iskola", "kap tal-iskola"),
    ("Membru Parlamentari", "Membru Parlamentari"),
    ("sid ta' negozju lokali", "sid ta' negozju lokali"),
)
MT_SAYINGS = (
    "Dan huwa investiment għall-komunità kollha",
    "Smajna x'qalu r-residenti",
    "Ix-xogħlijiet miexja skont il-pjan",
    "Qed nitolbu lil kulħadd biex ikollu paċenzja",
    "Din hija aħbar tajba għal-lokalità",
    "Ħadd ma spjegalna x'se jiġri issa",
    "Il-flus hemm, issa rridu nimxu 'l quddiem",
    "Ilna snin nitolbu dan",
    "Huwa importanti li n-nies ikollhom leħen",
)
MT_BUILT = (
    "Skola ġdida",
    "Ċentru tas-saħħa ġdid",
    "Librerija ġdida",
    "Pont ġdid",
    "Parkeġġ ġdid",
    "Ġnien ġdid għat-tfal",
    "Ċentru komunitarju ġdid",
)
MT_FRONTS = ("Kontroversja", "Uffiċjali", "Żvolta", "Deċiżjoni", "Laqgħa pubblika", "Tħassib")
MT_SUBHEADS = (
    "X'se jiġri issa?",
    "Ir-reazzjoni tar-residenti",
    "Kemm se jiswa?",
    "Dibattitu ta' snin",
    "X'qalet l-Oppożizzjoni",
    "Id-dettalji",
    "Il-kalendarju tax-xogħlijiet",
    "Mistoqsijiet bla tweġiba",
)
MT_MONTHS = (
    "Jannar",
    "Frar",
    "Marzu",
    "April",
    "Mejju",
    "Ġunju",
    "Lulju",
    "Awwissu",
    "Settembru",
    "Ottubru",
    "Novembru",
    "Diċembru",
)
MT_WEEKDAYS = ("It-Tnejn", "It-Tlieta", "L-Erbgħa", "Il-Ħamis", "Il-Ġimgħa", "Is-Sibt", "Il-Ħadd")


_MT_ELIDE = re.compile(r"(?<=[aeiouàèìòù]) i([a-zċġħż]{1,2})-")


def mt_elide(text: str) -> str:
    """The article "il-" (and its assimilated forms "ir-", "iċ-", ...) written without its "i" after a
    word ending in a vowel ("approva l-baġit", "iżda r-residenti", "li ċ-ċentru")."""
    return _MT_ELIDE.sub(r" \1-", text)


class MalteseProse(Prose):
    """Maltese news prose (see the module docstring)."""

    lang = "mt"

    def sentence(self) -> str:
        return mt_elide(self._sentence())

    def title(self) -> str:
        return mt_elide(self._title())

    def speaker(self) -> tuple[str, bool]:
        rng = self.rng
        female = rng.random() < 0.5
        return f"{rng.choice(MT_FEMALE if female else MT_MALE)} {rng.choice(MT_SURNAMES)}", female

    def person(self) -> str:
        return self.speaker()[0]

    def place(self) -> str:
        return self.rng.choice(MT_TOWNS)[0]

    def clause(self, time: bool = False) -> str:
        """ "il-kunsill lokali approva l-baġit għas-sena d-dieħla (din il-ġimgħa)"."""
        rng = self.rng
        agent, form = rng.choice(MT_AGENTS)
        when = rng.choice(MT_TIMES) if time else ""
        return f"{agent} {rng.choice(MT_VERBS)[_MT_PERSON[form]]} {rng.choice(MT_OBJECTS)}{when}"

    def _sentence(self) -> str:
        rng = self.rng
        town = rng.choice(MT_TOWNS)
        r = rng.random()
        if r < 0.13:
            name, female = self.speaker()
            said = "qalet" if female else "qal"
            return f"“{rng.choice(MT_SAYINGS)},” {said} {name}, {rng.choice(MT_ROLES)[female]}."
        if r < 0.25:
            return f"Skont {rng.choice(MT_SOURCES)}, {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            first = _cap(self.clause(time=rng.random() < 0.4))
            if rng.random() < 0.5:
                return f"{first}, iżda {self.clause()}."
            return f"{first}, għax {self.clause()}."
        if r < 0.46:
            name, female = self.speaker()
            said = "qalet" if female else "qal"
            return f"{name}, {rng.choice(MT_ROLES)[female]}, {said} li {self.clause()}."
        if r < 0.6:
            return rng.choice(
                (
                    f"Ix-xogħlijiet se jiswew madwar €{rng.randint(1, 9)}.{rng.randint(1, 9)} miljun.",
                    f"Aktar minn {10 * rng.randint(30, 400)} persuna ffirmaw il-petizzjoni.",
                    f"Ix-xogħlijiet mistennija jitlestew sal-{rng.randint(2027, 2030)}.",
                    f"Madwar {10 * rng.randint(5, 40)} persuna attendew il-laqgħa pubblika.",
                    f"Ix-xogħlijiet se jdumu {rng.randint(5, 10)} xhur.",
                    "Għad m'hemmx data għall-bidu tax-xogħlijiet.",
                )
            )
        if r < 0.72:
            return rng.choice(
                (
                    f"Għalkemm {self.clause()}, {self.clause(time=True)}.",
                    f"Jidher li {self.clause()}.",
                    f"L-uffiċjali tal-kunsill lokali {town[1]} ikkonfermaw li {self.clause()}.",
                    f"Kunsilliera lokali qed iwissu li {self.clause()}.",
                )
            )
        if r < 0.86:
            return rng.choice(
                (
                    f"Ir-residenti {town[1]} ilhom snin jistennew din id-deċiżjoni.",
                    f"Sitwazzjoni simili seħħet {town[1]} is-sena l-oħra.",
                    f"Mhijiex l-ewwel darba li din il-kwistjoni tqajmet {town[1]}.",
                    f"Il-kwistjoni se terġa' tiġi diskussa {town[1]} ix-xahar id-dieħel.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def _title(self) -> str:
        rng = self.rng
        head = _cap(self.clause())
        r = rng.random()
        if r < 0.3:
            return f"{self.place()}: {head}"
        if r < 0.5:
            return head
        if r < 0.68:
            return f"{rng.choice(MT_BUILT)} {rng.choice(MT_TOWNS)[1]}"
        if r < 0.88:
            return f"{rng.choice(MT_FRONTS)}: {head}"
        return f"{self.person()}: “{rng.choice(MT_SAYINGS)}”"

    def subheading(self) -> str:
        return self.rng.choice(MT_SUBHEADS)


MT_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Paġna ewlenija", "Aħbarijiet", "Lokali", "Politika", "Negozju", "Sport", "Kultura", "Opinjoni"),
    "sections": ("Lokali", "Politika", "Negozju", "Ambjent", "Saħħa", "Edukazzjoni"),
    "related": ("Aktar aħbarijiet", "Aħbarijiet oħra mil-lokalità", "Jistgħu jinteressawk ukoll"),
    "read_more": ("Aqra wkoll:",),
    "by": ("Kitba ta'",),
    "desks": ("Ġurnalist", "Korrispondent", "Editur tal-Aħbarijiet", "Kronista tal-Politika"),
    "share": ("Aqsam dan l-artiklu", "Aqsam"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Email"),
    "newsletter": ("Get the latest news from Malta and Gozo delivered to your inbox every morning.",),
    "comments": ("Il-kummenti huma moderati. Jekk jogħġbok ikteb b'rispett.",),
    "cookie": ("We use cookies to improve your experience on our website.",),
    "ad": ("Reklam",),
    "copyright": ("© {year} {name}. Id-drittijiet kollha riżervati.",),
    "disclaimer": ("{name} mhux responsabbli għall-kontenut ta' siti esterni.",),
    "tagline": ("L-aħbarijiet ta' {region} mill-{since}", "Aħbarijiet lokali, kuljum"),
    "bio": ("{author} jaħdem mal-kamra tal-aħbarijiet ta' {name} mill-{since2}.",),
    "beats": ("il-politika lokali", "it-trasport", "is-saħħa", "l-edukazzjoni"),
    "editorial": ("Dan l-artiklu huwa parti mis-serje ta' {name} dwar il-ħajja lokali.",),
    "classified": ("Appartament bi tliet kmamar tas-sodda għall-bejgħ fiċ-ċentru.",),
    "subscribe": ("Appoġġja l-ġurnaliżmu lokali bil-Malti",),
}


@cache
def _mt_site_names() -> dict[str, str]:
    """The Maltese site names with an "ħ" and their Latin spelling (for their host names)."""
    names = {
        form.format(p=town) for form in FAMILY_SITE_FORMS["mt-ahbarijiet-portal"] for town, _ in MT_TOWNS
    }
    return {n: n.replace("ħ", "h").replace("Ħ", "H") for n in names if "ħ" in n.lower()}


def rigg_site_latin(text: str) -> str | None:
    """The Latin spelling of a Maltese rigg site name with an "ħ" (its host name comes from it); None
    for any other text."""
    return _mt_site_names().get(text)


# ==============================================================================================
# shared pieces of the four renderers


def _ids(c: Ctx, key: str, low: int, high: int) -> Callable[[Story], int]:
    """A story's numeric id, rising with its place in the publisher's list, the same on every page."""
    base = c.stable(key).randint(low, high)

    def ident(o: Story) -> int:
        return base + 13 * c.others.index(o) + random.Random(f"{key}-{o.title}").randint(0, 12)

    return ident


def _body_html(
    c: Ctx, para: str = "<p>{}</p>", head: str = "<{tag}>{}</{tag}>", items: str = "<ul>", inline: bool = True
) -> list[str]:
    """The story's blocks as HTML: paragraphs through `para` (inline-marked when `inline`), headings
    through `head` (their tag in "{tag}", unless `head` names its own), list items in one list each
    run (opened by `items`)."""
    out: list[str] = []
    run: list[str] = []
    close = "</" + items[1:3] + ">"
    for tag, text in [*c.story.blocks, ("", "")]:
        if tag != "li" and run:
            out.append(items + "".join(f"<li>{x}</li>" for x in run) + close)
            run = []
        if tag == "p":
            out.append(para.format(c.inline(text) if inline else esc(text)))
        elif tag == "li":
            run.append(esc(text))
        elif tag in ("h2", "h3"):
            out.append(head.format(esc(text), tag=tag))
    return out


def _read_also(c: Ctx, label: str, html: str, count: int, start: int = 1) -> list[tuple[int, str]]:
    """`count` "read also" lines (the label and another story's headline, recorded as snippets),
    each `html` formatted with the escaped label and link, to place after the paragraphs `start`,
    `start` + 2, ..."""
    out: list[tuple[int, str]] = []
    for k, o in enumerate(c.pick_others(count)):
        c.snip(f"{label} {o.title}")
        out.append(
            (start + 2 * k, html.format(label=esc(label), link=f'<a href="{esc(o.path)}">{esc(o.title)}</a>'))
        )
    return out


def _menu(
    c: Ctx,
    items: tuple[str, ...],
    slug: Callable[[str], str],
    item: str = '<li><a href="/{slug}">{text}</a></li>',
    first: int = 5,
) -> str:
    """A menu of `items` (its first `first` recorded as one snippet)."""
    c.snip(" ".join(items[:first]))
    return "\n".join(item.format(slug=slug(x), text=esc(x)) for x in items)


def _headlines(c: Ctx, stories: list[Story], item: str = '<li><a href="{href}">{text}</a></li>') -> str:
    """The stories' headlines as links (recorded as snippets)."""
    _snip_titles(c, stories)
    return "\n".join(item.format(href=esc(o.path), text=esc(o.title)) for o in stories)


# --- eu-albiste-ataria -----------------------------------------------------------------------------

EU_CAPTIONS = (
    "Osoko bilkuraren une bat, aste honetan udaletxean",
    "Lanak dagoeneko hasi dira herriaren erdigunean",
    "Auzokideen batzarrak kultur etxeko aretoa bete zuen",
    "Proiektuak eraginpean hartuko duen eremuaren ikuspegia",
)
EU_TAGS = ("Udala", "osoko bilkura", "lanak", "etxebizitza", "mugikortasuna", "aurrekontuak", "auzokideak")
EU_FOOTER = (
    "Lege oharra",
    "Pribatutasun politika",
    "Cookie politika",
    "Nor gara",
    "Harremanetarako",
    "Publizitatea",
)
EU_FUNDERS = (
    "Eusko Jaurlaritzaren Kultura eta Hizkuntza Politika Sailaren laguntzarekin",
    "Gipuzkoako Foru Aldundiaren laguntzarekin argitaratzen da",
    "Bizkaiko Foru Aldundiaren Euskara Zerbitzuaren babesarekin",
)


def eu_date(dt: datetime) -> str:
    """ "2026ko martxoaren 7a, 14:05"."""
    return f"{dt.year}ko {EU_MONTHS_GEN[dt.month - 1]} {dt.day}a, {dt:%H:%M}"


def render_eu_albiste_ataria(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("eu")
    dated = pub.index % 2 == 0
    node = _ids(c, "eu-node", 18000, 64000)

    def path(o: Story) -> str:
        if dated:
            return f"/albisteak/{o.published:%Y/%m/%d}/{_slug(o.title)}"
        return f"/{_slug(o.section)}/{_slug(o.title)}-{node(o)}"

    c.repath(path)
    _listify(c, "eu-list")
    dr = _page_rng(c, "eu")
    eu = prose_for("eu", dr)
    summary = _other_sentences(c, eu, 2)
    nav = _menu(
        c, EU_UI["nav"], _slug, '<li class="menu-item"><a href="/{slug}" class="menu-link">{text}</a></li>'
    )
    byline = c.snip(f"{s.author.name} | {s.author.desk}")
    caption = c.snip(dr.choice(EU_CAPTIONS))
    credit = c.snip(f"Argazkia: {prose_for('eu', c.stable('eu-foto')).person()} / {pub.name}")
    extra = _read_also(
        c, "Irakurri ere:", '<p class="irakurri-ere"><strong>{label}</strong> {link}</p>', dr.randint(1, 2)
    )
    body = _insert_after(_body_html(c), "<p>", extra, skip='<p class="irakurri-ere"')
    tags = dr.sample(EU_TAGS, 3)
    c.snip("Etiketak: " + " ".join(tags))
    label, sites = c.share()
    most = _headlines(
        c, c.pick_others(5), '<li class="views-row"><a href="{href}" hreflang="eu">{text}</a></li>'
    )
    notice = c.text("comments")
    login = c.snip("Iruzkina idazteko saioa hasi behar duzu.")
    newsletter = c.text("newsletter")
    funder = c.snip(site.choice(EU_FUNDERS))
    footer = _menu(c, EU_FOOTER, _slug, '<li><a href="/{slug}">{text}</a></li>')
    copy = c.copyright()
    cookie = c.text("cookie")
    title = f"{s.title} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="eu" dir="ltr" prefix="og: https://ogp.me/ns#">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(summary)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="shortlink" href="/node/{node(s)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">',
        '<meta name="MobileOptimized" content="width">',
        f'<script type="application/json" data-drupal-selector="drupal-settings-json">'
        f'{{"path":{{"baseUrl":"\\/","currentPath":"node\\/{node(s)}","currentLanguage":"eu"}}}}</script>',
        "</head>",
        '<body class="path-node page-node-type-albistea">',
        '<a href="#main-content" class="visually-hidden focusable skip-link">Joan eduki nagusira</a>',
        '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>',
        '<header role="banner" class="site-header">',
        '<div class="site-branding"><a href="/" rel="home"'
        f' class="site-branding__name">{esc(pub.name)}</a></div>',
        '<nav role="navigation" aria-labelledby="block-nagusia-menu" id="block-nagusia">'
        f'<ul class="menu">\n{nav}\n</ul></nav>',
        "</header>",
        '<main role="main"><a id="main-content" tabindex="-1"></a>',
        '<div class="region region-content">',
        f'<article data-history-node-id="{node(s)}" role="article" class="node'
        ' node--type-albistea node--view-mode-full">',
        f'<div class="field field--name-field-atala"><a href="/{_slug(s.section)}"'
        f' hreflang="eu">{esc(s.section)}</a></div>',
        f'<h1 class="page-title"><span class="field field--name-title">{esc(s.title)}</span></h1>',
        f'<div class="field field--name-field-sarrera field--type-string-long">{esc(summary)}</div>',
        '<div class="node__meta">',
        f'<span class="field field--name-uid">{esc(byline)}</span>',
        f'<span class="field field--name-created">{eu_date(d)}</span>',
        "</div>",
        '<div class="field field--name-field-irudia"><figure>'
        f'<img src="/sites/default/files/styles/large/public/{d:%Y-%m}/{_hex(dr, 10)}.jpg" alt="">'
        f'<figcaption>{esc(caption)} <span class="egilea">{esc(credit)}</span></figcaption></figure></div>',
        '<div class="clearfix text-formatted field field--name-body'
        ' field--type-text-with-summary field__item">',
        *body,
        "</div>",
        '<div class="field field--name-field-etiketak"><span class="field__label">Etiketak:</span> '
        + " ".join(f'<a href="/etiketak/{_slug(t)}" hreflang="eu">{esc(t)}</a>' for t in tags)
        + "</div>",
        _share_div("partekatu-botoiak", label, sites),
        '<section class="comments-wrapper"><h2>Iruzkinak</h2>'
        f'<p class="iruzkin-oharra">{esc(notice)}</p>'
        f'<p class="login-link"><a href="/user/login">{esc(login)}</a></p></section>',
        "</article>",
        "</div>",
        "</main>",
        '<aside class="layout-sidebar-second" role="complementary">',
        '<div class="block-views-block-gehien-irakurriak"><h2>Gehien irakurriak</h2>'
        f'<ol class="view-content">\n{most}\n</ol></div>',
        f'<div class="block-buletina"><p>{esc(newsletter)}</p>'
        '<form class="simplenews-subscriber-form"><input type="email" placeholder="Zure'
        ' helbide elektronikoa">'
        '<button type="submit">Harpidetu</button></form></div>',
        "</aside>",
        '<footer role="contentinfo" class="site-footer">',
        f'<p class="babeslea">{esc(funder)}</p>',
        f'<ul class="menu menu--footer">\n{footer}\n</ul>',
        f'<p class="copyright">{esc(copy)}</p>',
        "</footer>",
        "</div>",
        f'<div class="eu-cookie-compliance-banner" role="dialog"><p>{esc(cookie)}</p>'
        "<button>Onartu</button> <button>Ezarpenak</button></div>",
        "</body>",
        "</html>",
    ]
    html = _j(lines)
    _drop_in_body(c)
    return html


# --- gl-xornal-dixital -----------------------------------------------------------------------------

GL_CAPTIONS = (
    "Un momento do pleno municipal celebrado esta semana",
    "As obras xa comezaron no centro da vila",
    "A reunión veciñal encheu o salón de actos",
    "Vista aérea da zona afectada polo proxecto",
)
GL_TAGS = ("Concello", "pleno municipal", "obras", "vivenda", "mobilidade", "orzamentos", "veciñanza")
GL_FOOTER = (
    "Aviso legal",
    "Política de privacidade",
    "Política de cookies",
    "Quen somos",
    "Contacto",
    "Publicidade",
)


def gl_date(dt: datetime) -> str:
    """ "7 de marzo de 2026"."""
    return f"{dt.day} de {GL_MONTHS[dt.month - 1]} de {dt.year}"


def render_gl_xornal_dixital(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("gl")
    dated = site.random() < 0.5
    post = _ids(c, "gl-post", 120000, 480000)

    def path(o: Story) -> str:
        if dated:
            return f"/{o.published:%Y/%m/%d}/{_slug(o.title)}/"
        return f"/{_slug(o.section)}/{_slug(o.title)}/"

    c.repath(path)
    _listify(c, "gl-list")
    dr = _page_rng(c, "gl")
    gl = prose_for("gl", dr)
    lead = _other_sentences(c, gl, 2)
    nav = _menu(
        c,
        GL_UI["nav"],
        _slug,
        '<li class="menu-item menu-item-type-taxonomy"><a href="/{slug}/">{text}</a></li>',
    )
    byline = c.snip(f"Por {s.author.name} | {s.author.desk}")
    caption = c.snip(dr.choice(GL_CAPTIONS))
    credit = c.snip(f"Foto: {prose_for('gl', c.stable('gl-foto')).person()}")
    extra = _read_also(c, "Le tamén:", '<p class="le-tamen"><strong>{label}</strong> {link}</p>', 1, start=2)
    body = _insert_after(_body_html(c, head="<h2>{}</h2>"), "<p>", extra, skip='<p class="le-tamen"')
    label, sites = c.share()
    related_heading = c.snip("Noticias relacionadas")
    related = _headlines(
        c, c.pick_others(3), '<li><h3 class="entry-title"><a href="{href}">{text}</a></h3></li>'
    )
    boletin = c.snip("Subscríbete ao boletín e recibe cada mañá as noticias da comarca no teu correo.")
    tags = dr.sample(GL_TAGS, 3)
    c.snip("Etiquetas: " + " ".join(tags))
    notice = c.text("comments")
    latest = _headlines(c, c.pick_others(5))
    subsidy = c.snip(f"{pub.name} recibe axudas da Xunta de Galicia para a promoción do galego nos medios.")
    footer = _menu(c, GL_FOOTER, _slug)
    copy = c.copyright()
    cookie = c.text("cookie")
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{c.url()}#article",
                "isPartOf": {"@id": c.url()},
                "author": {"name": s.author.name, "@id": f"http://{pub.host}/#/schema/person/{_hex(dr, 12)}"},
                "headline": s.title,
                "datePublished": c.iso(),
                "dateModified": c.iso(),
                "articleSection": [s.section],
                "inLanguage": "gl-ES",
                "publisher": {"@id": f"http://{pub.host}/#organization"},
            },
            {"@type": "Organization", "@id": f"http://{pub.host}/#organization", "name": pub.name},
        ],
    }
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="gl-ES">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(title)}</title>",
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<meta property="og:locale" content="gl_ES">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{esc(title)}">',
        f'<meta property="og:description" content="{esc(lead)}">',
        '<script type="application/ld+json" class="yoast-schema-graph">'
        f"{json.dumps(graph, ensure_ascii=False)}</script>",
        '<meta name="generator" content="WordPress 6.7.2">',
        "<link rel='stylesheet' id='jnews-frontend-css'"
        " href='/wp-content/themes/jnews/assets/dist/frontend.min.css' media='all' />",
        "</head>",
        f'<body class="post-template-default single single-post postid-{post(s)}'
        ' single-format-standard jnews">',
        '<div class="jeg_viewport">',
        '<div class="jeg_header_wrapper"><div class="jeg_header">',
        f'<div class="jeg_logo"><a href="/">{esc(pub.name)}</a></div>',
        f'<div class="jeg_nav_row"><ul class="jeg_menu jeg_main_menu">\n{nav}\n</ul></div>',
        "</div></div>",
        '<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage">',
        '<div class="jeg_inner_content">',
        '<div class="jeg_breadcrumbs"><a href="/">Portada</a> » <a'
        f' href="/{_slug(s.section)}/">{esc(s.section)}</a></div>',
        f'<h1 class="jeg_post_title">{esc(s.title)}</h1>',
        '<div class="jeg_meta_container"><div class="jeg_post_meta">',
        f'<div class="jeg_meta_author">{esc(byline)}</div>',
        '<div class="jeg_meta_date"><time class="entry-date published"'
        f' datetime="{c.iso()}">{gl_date(d)}</time></div>',
        "</div></div>",
        '<div class="jeg_featured featured_image">'
        f'<img src="/wp-content/uploads/{d:%Y/%m}/{_hex(dr, 10)}-1024x576.jpg" alt="" loading="lazy">'
        f'<p class="wp-caption-text">{esc(caption)}. {esc(credit)}</p></div>',
        '<div class="jeg_share_top_container"><div'
        f' class="jeg_share_button">{_share_div("jeg_sharelist", label, sites)}</div></div>',
        '<div class="entry-content no-share"><div class="content-inner">',
        f'<p class="entradilla"><strong>{esc(lead)}</strong></p>',
        *body,
        "</div></div>",
        '<div class="jeg_post_tags"><span>Etiquetas:</span> '
        + " ".join(f'<a href="/tag/{_slug(t)}/" rel="tag">{esc(t)}</a>' for t in tags)
        + "</div>",
        f'<div class="jnews_related_post_container"><h2 class="jeg_block_title">{esc(related_heading)}</h2>'
        f'<ul class="jeg_posts">\n{related}\n</ul></div>',
        '<div class="boletin-caixa"><h3>Subscríbete ao boletín</h3>'
        f"<p>{esc(boletin)}</p>"
        '<form><input type="email" placeholder="O teu correo"><button>Subscribirme</button></form></div>',
        '<div id="respond" class="comment-respond"><h3 id="reply-title">Deixa un comentario</h3>'
        f'<p class="comment-notes"><span id="email-notes">{esc(notice)}</span></p></div>',
        "</div></div>",
        '<div class="jeg_sidebar"><div class="widget widget_recent_entries"><h2'
        ' class="widget-title">Últimas noticias</h2>'
        f"<ul>\n{latest}\n</ul></div></div>",
        "</div></div>",
        '<div class="jeg_footer">',
        f'<p class="axudas">{esc(subsidy)}</p>',
        f'<ul class="jeg_menu_footer">\n{footer}\n</ul>',
        f'<div class="jeg_footer_copyright"><p>{esc(copy)}</p></div>',
        "</div>",
        "</div>",
        f'<div id="cookie-law-info-bar"><span>{esc(cookie)}</span> <a role="button">Aceptar</a></div>',
        "</body>",
        "</html>",
    ]
    html = _j(lines)
    _drop_in_body(c)
    return html


# --- ga-nuacht-site --------------------------------------------------------------------------------

GA_NAV = (
    ("Baile", "Home"),
    ("Nuacht", "News"),
    ("Spórt", "Sport"),
    ("Cúrsaí Reatha", "Current Affairs"),
    ("Réigiúin", "Regions"),
    ("Aimsir", "Weather"),
    ("Raidió", "Radio"),
)
GA_FOOTER = (
    ("Fúinn", "About us"),
    ("Déan teagmháil linn", "Contact us"),
    ("Príobháideachas", "Privacy"),
    ("Inrochtaineacht", "Accessibility"),
    ("Fianáin", "Cookies"),
)
GA_CAPTIONS = (
    "Bhí an cruinniú lán go doras aréir",
    "Tá tús curtha leis an obair ar an láthair cheana",
    "Radharc ar an gceantar ina mbeidh an fhorbairt",
    "Tháinig muintir na háite le chéile chun na pleananna a phlé",
)
GA_CREDITS = ("RollingNews.ie", "Photocall Ireland", "Pictiúr ón gcomhairle", "Pictiúr comhaid")
GA_FUNDERS = (
    ("Tá an tseirbhís seo maoinithe ag Foras na Gaeilge.", "This service is funded by Foras na Gaeilge."),
    (
        "Faigheann an suíomh seo tacaíocht ó Scéim Craoltóireachta Coimisiún na Meán.",
        "This site is supported by Coimisiún na Meán's broadcasting scheme.",
    ),
)


def ga_date(dt: datetime) -> str:
    """ "7 Márta 2026 14:05"."""
    return f"{dt.day} {GA_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"


def render_ga_nuacht_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ga")
    dated = site.random() < 0.5
    ident = _ids(c, "ga-id", 1400000, 1600000)

    def path(o: Story) -> str:
        if dated:
            return f"/nuacht/{o.published:%Y}/{o.published:%m%d}/{ident(o)}-{_slug(o.title)}/"
        return f"/ga/nuacht/{_slug(o.section)}/{ident(o)}"

    c.repath(path)
    _listify(c, "ga-list")
    dr = _page_rng(c, "ga")
    ga = prose_for("ga", dr)
    summary = _other_sentences(c, ga, 1)
    skip = c.snip("Téigh go dtí an príomhábhar / Skip to main content")
    c.snip(" ".join(f"{a} / {b}" for a, b in GA_NAV[:3]))
    nav = "\n".join(
        f'<li><a href="/{_slug(b)}/"><span lang="ga">{esc(a)}</span> <span lang="en"'
        f' class="en">/ {esc(b)}</span></a></li>'
        for a, b in GA_NAV
    )
    banner = c.snip("Nuacht as Gaeilge ó cheann ceann na tíre · News in Irish from across the country")
    byline = c.snip(f"Le {s.author.name}, {s.author.desk}")
    caption = c.snip(dr.choice(GA_CAPTIONS))
    credit = c.snip(f"Grianghraf: {site.choice(GA_CREDITS)}")
    extra = _read_also(
        c,
        "Léigh tuilleadh:",
        '<p class="read-more-link"><b>{label}</b> {link}</p>',
        dr.randint(1, 2),
        start=1,
    )
    body = _insert_after(_body_html(c, head="<h2>{}</h2>"), "<p>", extra, skip='<p class="read-more-link"')
    label, sites = c.share()
    related = _headlines(c, c.pick_others(3), '<li class="related-item"><a href="{href}">{text}</a></li>')
    most = _headlines(c, c.pick_others(4), '<li><a href="{href}"><span class="rank"></span>{text}</a></li>')
    funder_ga, funder_en = site.choice(GA_FUNDERS)
    c.snip(funder_ga)
    c.snip(funder_en)
    c.snip(" ".join(f"{a} / {b}" for a, b in GA_FOOTER[:3]))
    footer = "\n".join(f'<li><a href="/{_slug(b)}/">{esc(a)} / {esc(b)}</a></li>' for a, b in GA_FOOTER)
    copy = c.snip(f"© {d.year} {pub.name}. Gach ceart ar cosaint / All rights reserved.")
    cookie = c.snip("Úsáidimid fianáin ar an suíomh seo. We use cookies on this site.")
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "inLanguage": "ga",
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
    }
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{pub.name} - {s.title}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ga">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{esc(summary)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:locale" content="ga_IE">',
        '<meta property="og:locale:alternate" content="en_IE">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="article-page nuacht">',
        f'<a class="skip-link" href="#main">{esc(skip)}</a>',
        '<header class="site-header" role="banner">',
        f'<div class="brand"><a href="/" class="logo">{esc(pub.name)}</a>'
        f'<p class="strapline">{esc(banner)}</p></div>',
        '<nav class="primary-nav" aria-label="Príomhnascleanúint / Main navigation">'
        f'<ul>\n{nav}\n</ul></nav>',
        '<div class="lang-toggle"><a href="/" lang="ga" aria-current="true">Gaeilge</a> '
        '<a href="/en/" lang="en">English</a></div>',
        "</header>",
        '<main id="main" class="container">',
        '<article class="article">',
        f'<p class="article-section"><a href="/ga/nuacht/{_slug(s.section)}">{esc(s.section)}</a></p>',
        f'<h1 class="article-title">{esc(s.title)}</h1>',
        f'<p class="article-summary">{esc(summary)}</p>',
        f'<div class="article-meta"><span class="byline">{esc(byline)}</span>\n'
        f'<time class="published" datetime="{c.iso()}">{ga_date(d)}</time></div>',
        '<figure class="article-image">'
        f'<img src="https://img.{pub.host}/{d:%Y%m%d}/{_hex(dr, 10)}.jpg" alt="">'
        f'<figcaption><span class="caption">{esc(caption)}</span> <span class="credit">{esc(credit)}</span>'
        "</figcaption></figure>",
        '<div class="article-body">',
        *body,
        "</div>",
        _share_div("share-bar", label, sites),
        "</article>",
        f'<section class="related-stories"><h2>Scéalta gaolmhara</h2><ul>\n{related}\n</ul></section>',
        "</main>",
        f'<aside class="most-read"><h2>Is mó léamh</h2><ol>\n{most}\n</ol></aside>',
        '<footer class="site-footer" role="contentinfo">',
        f'<p class="funding"><span lang="ga">{esc(funder_ga)}</span> <span'
        f' lang="en">{esc(funder_en)}</span></p>',
        f"<ul>\n{footer}\n</ul>",
        f'<p class="copyright">{esc(copy)}</p>',
        "</footer>",
        f'<div class="cookie-banner" role="dialog"><p>{esc(cookie)}</p>'
        "<button>Glac leo / Accept</button></div>",
        "</body>",
        "</html>",
    ]
    html = _j(lines)
    _drop_in_body(c)
    return html


# --- mt-ahbarijiet-portal ----------------------------------------------------------------------------


def _mt_slug(text: str) -> str:
    """An ASCII slug of Maltese text ("ħ" made "h", the other letters' dots dropped)."""
    return _slug(text.replace("ħ", "h").replace("Ħ", "H"))


def _mt_utf8_slug(text: str) -> str:
    """The lower-cased title with its letters as they are (ċ ġ ħ ż kept), percent-encoded."""
    out = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    slug = "-".join(p for p in out.split("-") if p)[:70].strip("-")
    return urllib.parse.quote(slug, safe="-")


MT_CAPTIONS = (
    "Ritratt ta' arkivju tal-lokalità",
    "Il-laqgħa pubblika saret fiċ-ċentru parrokkjali",
    "Ix-xogħlijiet diġà bdew fiż-żona",
    "Veduta tal-inħawi fejn se jsir il-proġett",
)
MT_FOOTER = (
    "Dwarna",
    "Ikkuntattjana",
    "Politika tal-privatezza",
    "Termini u kundizzjonijiet",
    "Irreklama magħna",
)
MT_TAGS = ("kunsill lokali", "ippjanar", "trasport", "ambjent", "saħħa", "edukazzjoni")


def mt_date(dt: datetime) -> str:
    """ "Is-Sibt, 7 ta' Marzu 2026, 14:05"."""
    return f"{MT_WEEKDAYS[dt.weekday()]}, {dt.day} ta' {MT_MONTHS[dt.month - 1]} {dt.year}, {dt:%H:%M}"


def render_mt_ahbarijiet_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("mt")
    dated = site.random() < 0.5
    ident = _ids(c, "mt-id", 200000, 260000)

    def path(o: Story) -> str:
        if dated:
            return f"/{o.published:%Y/%m/%d}/{_mt_slug(o.title)}/"
        return f"/ahbarijiet/{ident(o)}/{_mt_utf8_slug(o.title)}"

    c.repath(path)
    _listify(c, "mt-list")
    dr = _page_rng(c, "mt")
    nav = _menu(
        c, MT_UI["nav"], _mt_slug, '<li class="menu-item"><a href="/{slug}/">{text}</a></li>', first=4
    )
    breaking = c.pick_others(1)
    c.snip(f"Aħbarijiet tal-aħħar: {breaking[0].title}")
    byline = c.snip(f"Kitba ta' {s.author.name}")
    caption = c.snip(dr.choice(MT_CAPTIONS))
    extra = _read_also(
        c, "Aqra wkoll:", '<p class="aqra-wkoll"><strong>{label}</strong> {link}</p>', dr.randint(1, 2)
    )
    news_head = c.snip("Subscribe to our newsletter")
    news_text = c.text("newsletter")
    newsletter = (
        f'<div class="newsletter-box" lang="en"><h4>{esc(news_head)}</h4><p>{esc(news_text)}</p>'
        '<form><input type="email" placeholder="Your email address"><button>Subscribe</button></form></div>'
    )
    paras = len(_paras(s))
    body = _insert_after(
        _body_html(c, head='<h3 class="wp-block-heading">{}</h3>', inline=False),
        "<p>",
        [*extra, (paras // 2, newsletter)],
        skip='<p class="aqra-wkoll"',
    )
    label, sites = c.share()
    tags = dr.sample(MT_TAGS, 3)
    most = _headlines(c, c.pick_others(5), '<li><a href="{href}">{text}</a></li>')
    more = _headlines(
        c,
        c.pick_others(3),
        '<div class="td-module"><h3 class="entry-title"><a href="{href}">{text}</a></h3></div>',
    )
    notice = c.text("comments")
    reuse = c.snip(f"Ir-riproduzzjoni ta' dan l-artiklu mingħajr il-permess ta' {pub.name} hija pprojbita.")
    footer = _menu(c, MT_FOOTER, _mt_slug, '<li><a href="/{slug}/">{text}</a></li>', first=4)
    copy = c.copyright()
    cookie = c.snip(
        "We use cookies to improve your experience on our website. By continuing to"
        " browse, you agree to our use of cookies."
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": c.url()},
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "mt",
        "keywords": tags,
    }
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="mt-MT">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:locale" content="mt_MT">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        '<script>window.tdwGlobal = {"adminUrl":"/wp-admin/","wpRestNonce":"' + _hex(dr, 10) + '"};</script>',
        "</head>",
        '<body class="post-template-default single single-post td-standard-pack">',
        '<div class="td-header-wrap">',
        f'<div class="td-header-sp-logo"><a class="td-main-logo" href="/">{esc(pub.name)}</a></div>',
        f'<div class="td-header-menu-wrap"><ul id="menu-main" class="sf-menu">\n{nav}\n</ul></div>',
        '<div class="td-trending-now-wrapper"><span'
        ' class="td-trending-now-title">Aħbarijiet tal-aħħar:</span> '
        f'<a href="{esc(breaking[0].path)}">{esc(breaking[0].title)}</a></div>',
        "</div>",
        '<div class="td-main-content-wrap"><div class="td-container">',
        '<article class="post type-post status-publish">',
        '<div class="td-post-header">',
        f'<ul class="td-category"><li><a class="td-post-category" href="/kategorija/{_mt_slug(s.section)}/">'
        f"{esc(s.section)}</a></li></ul>",
        f'<h1 class="entry-title">{esc(s.title)}</h1>',
        f'<div class="td-module-meta-info"><div class="td-post-author-name">{esc(byline)}</div>\n'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{c.iso()}">'
        f"{mt_date(d)}</time></span></div>",
        "</div>",
        '<div class="td-post-featured-image"><figure>'
        f'<img src="/wp-content/uploads/{d:%Y/%m}/{_hex(dr, 10)}.jpg" alt="">'
        f'<figcaption class="wp-caption-text">{esc(caption)}</figcaption></figure></div>',
        '<div class="td-post-content tagdiv-type">',
        *body,
        "</div>",
        f'<div class="td-post-sharing-bottom">{_share_div("td-social-sharing-buttons", label, sites)}</div>',
        '<div class="td-post-source-tags"><ul class="td-tags">'
        + "".join(f'<li><a href="/tag/{_mt_slug(t)}/">{esc(t)}</a></li>' for t in tags)
        + "</ul></div>",
        f'<p class="td-reuse-notice"><em>{esc(reuse)}</em></p>',
        "</article>",
        f'<div class="td-related-row"><h4 class="td-related-title">Aktar aħbarijiet</h4>\n{more}\n</div>',
        f'<div class="comments" id="comments"><p class="comment-notice">{esc(notice)}</p></div>',
        "</div>",
        '<div class="td-pb-span4 td-main-sidebar"><div class="td_block_widget">'
        '<h4 class="block-title"><span>L-aktar moqrija</span></h4>'
        f"<ol>\n{most}\n</ol></div></div>",
        "</div>",
        '<div class="td-footer-wrapper">',
        f'<ul class="td-footer-menu">\n{footer}\n</ul>',
        f'<div class="td-sub-footer-copy">{esc(copy)}</div>',
        "</div>",
        f'<div id="cookie-notice" role="dialog" lang="en"><span id="cn-notice-text">{esc(cookie)}</span>'
        '<a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Accept</a> '
        '<a href="/privacy-policy/" class="cn-privacy-policy-link">Privacy policy</a></div>',
        "</body>",
        "</html>",
    ]
    html = _j(lines)
    _drop_in_body(c)
    return html


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "eu-albiste-ataria": render_eu_albiste_ataria,
    "gl-xornal-dixital": render_gl_xornal_dixital,
    "ga-nuacht-site": render_ga_nuacht_site,
    "mt-ahbarijiet-portal": render_mt_ahbarijiet_portal,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import json  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import datetime  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _drop_in_body,
    _hex,
    _insert_after,
    _ldjson,
    _listify,
    _other_sentences,
    _page_rng,
    _paras,
    _share_div,
    _snip_titles,
    register_language,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import Ctx, Story, _j, _slug, esc  # noqa: E402

# The four languages join the registries (new keys only)
register_language(
    "eu",
    first_names=EU_FIRST,
    surnames=EU_SURNAMES,
    prose=BasqueProse,
    ui=EU_UI,
    months=EU_MONTHS,
    zones=("Europe/Madrid",),
)
register_language(
    "gl",
    first_names=GL_MALE + GL_FEMALE,
    surnames=GL_SURNAMES,
    prose=GalicianProse,
    ui=GL_UI,
    months=GL_MONTHS,
    zones=("Europe/Madrid",),
)
register_language(
    "ga",
    first_names=GA_MALE + GA_FEMALE,
    surnames=tuple(m for m, _ in GA_SURNAMES),
    prose=IrishProse,
    ui=GA_UI,
    months=GA_MONTHS,
    zones=("Europe/Dublin",),
)
register_language(
    "mt",
    first_names=MT_MALE + MT_FEMALE,
    surnames=MT_SURNAMES,
    prose=MalteseProse,
    ui=MT_UI,
    months=MT_MONTHS,
    zones=("Europe/Malta",),
    romanizer=rigg_site_latin,
)
