"""Four DENE template families for the synthetic publishers (see `pipeline.synth.publishers`).

"dene" is a thirty-seventh split, next to "train", "test" and the held-out splits before it:
families written by a session that read neither the extractor, nor the pipeline's stages, nor any
extraction result, so no extraction rule was written or tuned against them. They are held out
until they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `DENE_FAMILIES`: the dene families are
generated only by `generate_corpus("dene")`, so every other corpus is as it was. The split is that of
four European languages no split had, each with its grammar, names, town names, UI strings, month
names and zone, added to the registries of `pipeline.synth.prose` and `pipeline.synth.publishers`
when the module is loaded (`kit.register_language`, new keys only; nothing another language uses
changes):
  * Slovak ("sk", `SlovakProse`): the past in the l-participle agreeing with the subject's gender
    and number ("zastupiteľstvo schválilo", "primátorka schválila", "poslanci schválili"), headlines
    in the present ("schvaľuje" / "schvaľujú"), „…“ quotes with the speech verb by the speaker's
    gender ("povedal" / "povedala"), women's surnames in "-ová", towns with their locative ("v
    Trnave", "vo Zvolene", "v Piešťanoch"), the numbers' genitive plural (5 and over);
  * Slovenian ("sl", `SlovenianProse`): the perfect with the clitic "je" / "so" in second place
    ("Občinski svet je v torek sprejel ...") and the l-participle agreeing in gender and number,
    »…« quotes with "je dejal" / "je dejala", towns with their locative and preposition ("v Kranju",
    "na Ptuju");
  * Latvian ("lv", `LatvianProse`): the past and present in the third person (the same for every
    subject, "apstiprināja" / "apstiprina"), objects in the accusative, towns with their genitive
    ("Jelgavas") and locative ("Jelgavā"), women's surnames in their feminine form ("Bērziņa"),
    „…” quotes with "sacīja" after the speaker's role and name; a site's name is its town's genitive
    and a word ("Jelgavas Ziņas");
  * Welsh ("cy", `WelshProse`): the periphrastic perfect "Mae'r cyngor wedi cymeradwyo'r ...",
    the article "y" / "yr" written "'r" after a vowel, "fod" clauses after "Dywedodd ...", headlines
    "Cyngor sir yn gwrthod y cynllun", the soft mutation of a town after "i" ("i Fangor"), “…”
    quotes with "meddai".

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a bulleted list inside the text is body, one line per item; a photo's
caption and credit are boilerplate; a standfirst under the headline is neither body nor
boilerplate; "read also" lines amid the text are boilerplate; an ad label of fewer than four words
is neither (too short to be a snippet). The choices each family makes for the debatable parts:
  * sk-spravodajsky-portal: a Slovak news portal: the perex under the headline (<p class="perex">,
    the standfirst) is neither; the text, its <h2> subheadings and a list are body; the
    "Čítajte aj:" lines amid the text (the label and a headline), the "Reklama" slot (neither, one
    word), the photo caption and its "Foto: ... / agency" credit, the author line, the discussion
    counter ("Diskusia k článku: N príspevkov" under the headline, "... reagovalo N čitateľov" at the end,
    varying per page), the paywall teaser box ("Predplaťte si ... Plus", its text and button),
    "Témy:", the share bar, the author's bio, "Najčítanejšie ..." headlines, the menu, the
    top-bar tagline and the footer are boilerplate;
  * sl-novice-portal: a Slovenian news portal: the lead (<p class="article-lead">, bold, the
    standfirst) is neither; the text, <h2>/<h3> subheadings and a list are body; the cookie bar
    (always there, at the top), the "Preberite še:" lines amid the text, the author line, the
    photo's caption and "Foto:" credit, the share bar, "Več novic iz rubrike ..." headlines, the
    newsletter call, the comments notice, the menu and the footer are boilerplate; the visible
    date "4. 3. 2026 ob 14.30" (with "Objavljeno:" on some sites) is neither;
  * lv-zinu-portals: a Latvian regional news portal: the text, subheadings and a list are body (a
    "Reklāma" label between paragraphs is neither, one word; on some sites it has "Raksts turpinās
    pēc reklāmas" under it, boilerplate); the "Lasi arī:" lines amid the text, the author box (the
    author's bio, the same on each of the author's pages), the share bar, "Citi raksti šajā
    sadaļā" headlines, the comments notice, the menu, the tagline and the footer are boilerplate;
    there is no standfirst;
  * cy-newyddion-lleol: a Welsh-language local news site on WordPress: the text, <h2> subheadings
    and a list are body; the language switch ("Cymraeg | English", too short) is neither; the
    "Darllenwch hefyd:" lines amid the text, the byline "Gan ... · ...", the photo's caption and
    "Llun:" credit, the funding line at the end of every article ("Mae'r gwasanaeth hwn yn cael ei
    ariannu gan ...", inside the entry's content but the same on every page of a site), the share
    bar, "Y straeon diweddaraf ..." headlines, the newsletter call, the WordPress comment form's
    notice, the menu, the tagline and the footer are boilerplate.

Families (language; date source):
  dene  sk-spravodajsky-portal  sk; JSON-LD NewsArticle datePublished with offset and the visible
                                <time datetime> "7. 3. 2026, 14:30"; paths
                                /spravy/<section>/<id>-<slug>; <title> "T | Site" or "T - Site"
  dene  sl-novice-portal        sl; article:published_time meta with offset and the visible
                                "4. 3. 2026 ob 14.30"; paths /novice/<section>/<slug>/<id>;
                                <title> "T | Site" or "T - Site"
  dene  lv-zinu-portals         lv; <time datetime> with offset (visible "07.03.2026 14:30") and
                                JSON-LD datePublished with offset; paths /raksts/<id>-<slug>;
                                <title> "T - Site" or "T | Site"
  dene  cy-newyddion-lleol      cy; article:published_time meta and Yoast JSON-LD datePublished
                                with offset, the visible <time class="entry-date"> "Dydd Sadwrn,
                                7 Mawrth 2026"; paths /newyddion/<slug>/ or /newyddion/<slug>;
                                <title> "T – Site" or "T | Site"
"""

from __future__ import annotations

import json
import random

from pipeline.synth.prose import Prose, _cap

FAMILIES: dict[str, str] = {
    "sk-spravodajsky-portal": "dene",
    "sl-novice-portal": "dene",
    "lv-zinu-portals": "dene",
    "cy-newyddion-lleol": "dene",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "sk-spravodajsky-portal": "sk",
    "sl-novice-portal": "sl",
    "lv-zinu-portals": "lv",
    "cy-newyddion-lleol": "cy",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "sk-spravodajsky-portal": ("{p} Dnes", "MY {p}", "{p}24", "{p} Aktuálne", "Portál {p}"),
    "sl-novice-portal": ("{p}info", "Novice {p}", "{p}24", "Portal {p}", "{p} Danes"),
    "lv-zinu-portals": ("{p} Ziņas", "{p} Vēstis", "{p} Dzīve", "{p} Balss", "{p} Novada Ziņas"),
    "cy-newyddion-lleol": ("{p}360", "Bro {p}", "Newyddion {p}", "Llais {p}", "Papur {p}"),
}


def _pick_gendered(
    rng: random.Random,
    first: tuple[tuple[str, ...], tuple[str, ...]],
    surname: str,
    female_form: Callable[[str], str],
    gender: str | None = None,
) -> tuple[str, str]:
    """A (full name, gender "m" / "f") from the men's and women's first names."""
    g = gender or rng.choice("mf")
    given = rng.choice(first[0] if g == "m" else first[1])
    return f"{given} {surname if g == 'm' else female_form(surname)}", g


# --- Slovak ----------------------------------------------------------------------------------------

SK_FIRST = (
    ("Ján", "Peter", "Martin", "Tomáš", "Michal", "Jozef", "Marek", "Juraj", "Ľubomír", "Miroslav", "Dušan"),
    ("Mária", "Zuzana", "Katarína", "Jana", "Lucia", "Eva", "Andrea", "Martina", "Ľubica", "Veronika"),
)
SK_SURNAMES = (
    "Kováč",
    "Horváth",
    "Varga",
    "Tóth",
    "Baláž",
    "Molnár",
    "Novák",
    "Lukáč",
    "Kráľ",
    "Šimko",
    "Hudák",
    "Polák",
    "Mráz",
    "Urban",
    "Gajdoš",
    "Čech",
    "Hríb",
    "Ďurica",
    "Šťastný",
)


def _sk_female(surname: str) -> str:
    """ "Kováčová", "Šimková", "Ďuricová", "Šťastná"."""
    if surname.endswith("ý"):
        return surname[:-1] + "á"
    return (surname[:-1] if surname.endswith(("a", "o")) else surname) + "ová"


# (nominative, locative with its preposition)
SK_TOWNS = (
    ("Trnava", "v Trnave"),
    ("Nitra", "v Nitre"),
    ("Žilina", "v Žiline"),
    ("Prešov", "v Prešove"),
    ("Martin", "v Martine"),
    ("Poprad", "v Poprade"),
    ("Zvolen", "vo Zvolene"),
    ("Trenčín", "v Trenčíne"),
    ("Levice", "v Leviciach"),
    ("Komárno", "v Komárne"),
    ("Lučenec", "v Lučenci"),
    ("Michalovce", "v Michalovciach"),
    ("Piešťany", "v Piešťanoch"),
    ("Ružomberok", "v Ružomberku"),
    ("Bardejov", "v Bardejove"),
    ("Senica", "v Senici"),
    ("Skalica", "v Skalici"),
    ("Brezno", "v Brezne"),
    ("Rožňava", "v Rožňave"),
    ("Prievidza", "v Prievidzi"),
    ("Topoľčany", "v Topoľčanoch"),
)
# (subject, "m" / "f" / "n" / "p")
SK_AGENTS = (
    ("mestské zastupiteľstvo", "n"),
    ("primátor", "m"),
    ("primátorka", "f"),
    ("samospráva", "f"),
    ("obyvatelia sídliska", "p"),
    ("vláda", "f"),
    ("ministerstvo dopravy", "n"),
    ("poslanci", "p"),
    ("opozícia", "f"),
    ("vedenie nemocnice", "n"),
    ("miestni podnikatelia", "p"),
    ("krajský úrad", "m"),
    ("starostka", "f"),
    ("rodičia žiakov", "p"),
    ("občianske združenie", "n"),
)
# (past, masculine singular; present singular; present plural): the past's other forms add a, o, i
SK_VERBS = (
    ("schválil", "schvaľuje", "schvaľujú"),
    ("odložil", "odkladá", "odkladajú"),
    ("kritizoval", "kritizuje", "kritizujú"),
    ("predstavil", "predstavuje", "predstavujú"),
    ("pripravil", "pripravuje", "pripravujú"),
    ("zastavil", "zastavuje", "zastavujú"),
    ("podporil", "podporuje", "podporujú"),
    ("prerokoval", "prerokúva", "prerokúvajú"),
    ("spochybnil", "spochybňuje", "spochybňujú"),
    ("presadil", "presadzuje", "presadzujú"),
    ("preveril", "preveruje", "preverujú"),
    ("pripomienkoval", "pripomienkuje", "pripomienkujú"),
)
SK_OBJECTS = (
    "rozpočet mesta na budúci rok",
    "rekonštrukciu hlavného námestia",
    "výstavbu novej škôlky",
    "zvýšenie dane z nehnuteľností",
    "projekt obchvatu mesta",
    "opravu mosta cez rieku",
    "nový územný plán",
    "predaj mestských pozemkov",
    "rozšírenie nemocnice",
    "zmenu cestovného poriadku",
    "modernizáciu železničnej stanice",
    "výrub stromov v parku",
    "novú parkovaciu politiku",
    "zmluvu s dodávateľom tepla",
    "rekonštrukciu zimného štadióna",
    "zámer predať mestskú budovu",
    "plán na opravu chodníkov",
)
SK_TIMES = (
    "v utorok",
    "na poslednom zasadnutí",
    "po dlhej diskusii",
    "tento týždeň",
    "minulý štvrtok",
    "napokon",
    "opätovne",
    "jednomyseľne",
    "na mimoriadnom zasadnutí",
)
SK_SOURCES = (
    "Podľa hovorkyne mesta",
    "Ako zistil náš portál,",
    "Podľa tlačovej správy radnice",
    "Ako informovala agentúra TASR,",
    "Podľa zápisnice zo zasadnutia",
)
# (role, gender)
SK_ROLES = (
    ("primátor", "m"),
    ("primátorka", "f"),
    ("hovorkyňa mesta", "f"),
    ("poslanec mestského zastupiteľstva", "m"),
    ("riaditeľka školy", "f"),
    ("predseda občianskeho združenia", "m"),
    ("starosta", "m"),
    ("starostka", "f"),
)
SK_SAYS = (
    ("povedal", "povedala"),
    ("uviedol", "uviedla"),
    ("zdôraznil", "zdôraznila"),
    ("dodal", "dodala"),
    ("priznal", "priznala"),
)
SK_SAYINGS = (
    "Je to investícia pre celé mesto",
    "Obyvateľov v tom nenecháme samých",
    "Práce pokračujú podľa harmonogramu",
    "Prosíme všetkých o trpezlivosť",
    "Pracujeme na tom už niekoľko rokov",
    "Vypočuli sme si návrhy obyvateľov",
    "Bola to dlhoročná požiadavka obyvateľov",
    "Toto rozhodnutie už nemôžeme odkladať",
    "Peniaze sú k dispozícii, teraz treba projekt zrealizovať",
    "Nikto nám nevysvetlil, čo bude ďalej",
)
SK_BUILT = (
    "novú knižnicu",
    "nový bazén",
    "nové ihrisko",
    "novú škôlku",
    "nový most",
    "nové parkovisko",
    "novú športovú halu",
    "nový kruhový objazd",
)
SK_FRONTS = (
    "Spor",
    "Je to oficiálne",
    "Búrlivé zasadnutie",
    "Nečakaný obrat",
    "Rozhodnuté",
    "Stretnutie s obyvateľmi",
)
SK_SUBHEADS = (
    "Čo bude ďalej?",
    "Reakcie obyvateľov",
    "Koľko to bude stáť?",
    "Spor sa ťahá roky",
    "Čo hovorí opozícia",
    "Podrobnosti",
    "Harmonogram prác",
    "Otvorené otázky",
)
SK_MONTHS = (
    "január",
    "február",
    "marec",
    "apríl",
    "máj",
    "jún",
    "júl",
    "august",
    "september",
    "október",
    "november",
    "december",
)


class SlovakProse(Prose):
    """Slovak local-news prose (see the module docstring)."""

    lang = "sk"

    def person_g(self, gender: str | None = None) -> tuple[str, str]:
        return _pick_gendered(self.rng, SK_FIRST, self.rng.choice(SK_SURNAMES), _sk_female, gender)

    def person(self) -> str:
        return self.person_g()[0]

    def place(self) -> str:
        return self.rng.choice(SK_TOWNS)[0]

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, g = rng.choice(SK_AGENTS)
        past = rng.choice(SK_VERBS)[0] + {"m": "", "f": "a", "n": "o", "p": "i"}[g]
        when = f" {rng.choice(SK_TIMES)}" if time else ""
        return f"{agent}{when} {past} {rng.choice(SK_OBJECTS)}"

    def said(self) -> str:
        rng = self.rng
        role, g = rng.choice(SK_ROLES)
        words = rng.choice(SK_SAYINGS)
        verb = rng.choice(SK_SAYS)[g == "f"]
        return f"„{words},“ {verb} {role} {self.person_g(g)[0]}."

    def sentence(self) -> str:
        rng = self.rng
        town, loc = rng.choice(SK_TOWNS)
        r = rng.random()
        if r < 0.13:
            return self.said()
        if r < 0.25:
            return f"{rng.choice(SK_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            conj = rng.choice((", ale", ", pričom", " a", ", keďže", ", no"))
            return f"{_cap(self.clause(time=rng.random() < 0.4))}{conj} {self.clause()}."
        if r < 0.46:
            return f"Hoci {self.clause()}, {self.clause(time=True)}."
        if r < 0.6:
            return rng.choice(
                (
                    f"Náklady sa odhadujú na {rng.randint(120, 980)} tisíc eur.",
                    f"Petíciu podpísalo už {10 * rng.randint(30, 400)} obyvateľov.",
                    f"Práce by sa mali skončiť do konca roka {rng.randint(2027, 2030)}.",
                    f"Za návrh hlasovalo {rng.randint(12, 25)} poslancov, proti bolo {rng.randint(5, 9)}.",
                    f"Na verejné stretnutie prišlo približne {10 * rng.randint(5, 40)} ľudí.",
                    f"Práce by mali trvať približne {rng.randint(5, 18)} mesiacov.",
                    f"Väčšinu nákladov pokryjú eurofondy, mesto doplatí {rng.randint(5, 15)} percent.",
                )
            )
        if r < 0.72:
            return rng.choice(
                (
                    f"Primátor mesta {town} tvrdí, že {self.clause()}.",
                    f"Hovorkyňa mesta {town} potvrdila, že {self.clause()}.",
                    f"Z dokumentov, ktoré má redakcia k dispozícii, vyplýva, že {self.clause()}.",
                    f"Miestni poslanci upozorňujú, že {self.clause()}.",
                )
            )
        if r < 0.86:
            return rng.choice(
                (
                    f"Obyvatelia {loc} na toto rozhodnutie čakajú už roky.",
                    f"Nie je to prvýkrát, čo {self.clause()}.",
                    f"Podobná situácia bola nedávno aj {loc}.",
                    f"{_cap(loc)} sa zatiaľ nič nezmenilo.",
                    f"Téma sa na rokovanie zastupiteľstva {loc} vráti budúci mesiac.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        agent, g = rng.choice(SK_AGENTS)
        verb = rng.choice(SK_VERBS)[2 if g == "p" else 1]
        head = f"{agent} {verb} {rng.choice(SK_OBJECTS)}"
        r = rng.random()
        if r < 0.3:
            return f"{self.place()}: {head}"
        if r < 0.5:
            return _cap(head)
        if r < 0.7:
            return f"{self.place()} bude mať {rng.choice(SK_BUILT)}"
        if r < 0.88:
            return f"{rng.choice(SK_FRONTS)}: {head}"
        return f"{self.person()}: „{rng.choice(SK_SAYINGS)}“"

    def subheading(self) -> str:
        return self.rng.choice(SK_SUBHEADS)


SK_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Domov", "Správy", "Región", "Ekonomika", "Šport", "Kultúra", "Komentáre", "Bývanie", "Počasie"),
    "sections": ("Región", "Politika", "Ekonomika", "Doprava", "Školstvo", "Zdravie", "Kultúra"),
    "related": (
        "Najčítanejšie za posledných 24 hodín",
        "Ďalšie správy z regiónu {place}",
        "Mohlo by vás zaujímať aj",
    ),
    "read_more": ("Čítajte aj:",),
    "by": ("Autor:",),
    "desks": ("redakcia", "regionálna redakcia", "domáca redakcia", "spravodajstvo"),
    "share": ("Zdieľať článok", "Zdieľajte článok"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Messenger", "Kopírovať odkaz"),
    "newsletter": ("Každé ráno najdôležitejšie správy z regiónu priamo do vašej schránky.",),
    "comments": ("Diskusia k článku je prístupná len pre predplatiteľov.",),
    "cookie": (
        "Na zlepšenie služieb používame súbory cookies. Viac informácií nájdete v zásadách ochrany súkromia.",
    ),
    "ad": ("Reklama",),
    "copyright": (
        "© {year} {name}, s. r. o. Všetky práva vyhradené.",
        "Copyright © {name} {year}. Všetky práva vyhradené.",
    ),
    "disclaimer": ("Akékoľvek použitie obsahu bez súhlasu vydavateľa je zakázané.",),
    "tagline": (
        "Správy z regiónu {region} od roku {since}",
        "Nezávislé regionálne spravodajstvo od roku {since}",
    ),
    "bio": (
        "{author} píše pre {name} od roku {since2} a venuje sa téme: {beat}.",
        "{author} pracuje v redakcii portálu {name}, venuje sa téme: {beat}. Tipy posielajte redakcii.",
    ),
    "beats": (
        "komunálna politika",
        "doprava a výstavba",
        "zdravotníctvo",
        "školstvo",
        "kultúra",
        "súdy a kriminalita",
    ),
    "editorial": ("Článok vznikol v rámci projektu regionálnej žurnalistiky portálu {name}.",),
    "classified": ("Predám 3-izbový byt v centre mesta, 68 m², po rekonštrukcii.",),
    "subscribe": ("Predplaťte si prístup ku všetkým článkom",),
}


# --- Slovenian -------------------------------------------------------------------------------------

SL_FIRST = (
    ("Janez", "Marko", "Andrej", "Matej", "Luka", "Tomaž", "Boštjan", "Gregor", "Primož", "Aleš"),
    ("Maja", "Mojca", "Petra", "Nina", "Katja", "Tanja", "Urška", "Špela", "Barbara", "Nataša"),
)
SL_SURNAMES = (
    "Novak",
    "Horvat",
    "Kovačič",
    "Krajnc",
    "Zupančič",
    "Potočnik",
    "Kovač",
    "Mlakar",
    "Kos",
    "Vidmar",
    "Golob",
    "Turk",
    "Božič",
    "Kralj",
    "Zupan",
    "Bizjak",
    "Hribar",
    "Kavčič",
)
SL_TOWNS = (
    ("Kranj", "v Kranju"),
    ("Celje", "v Celju"),
    ("Maribor", "v Mariboru"),
    ("Koper", "v Kopru"),
    ("Novo mesto", "v Novem mestu"),
    ("Velenje", "v Velenju"),
    ("Ptuj", "na Ptuju"),
    ("Murska Sobota", "v Murski Soboti"),
    ("Nova Gorica", "v Novi Gorici"),
    ("Škofja Loka", "v Škofji Loki"),
    ("Domžale", "v Domžalah"),
    ("Kamnik", "v Kamniku"),
    ("Jesenice", "na Jesenicah"),
    ("Trbovlje", "v Trbovljah"),
    ("Postojna", "v Postojni"),
    ("Slovenj Gradec", "v Slovenj Gradcu"),
    ("Brežice", "v Brežicah"),
    ("Idrija", "v Idriji"),
    ("Izola", "v Izoli"),
    ("Ajdovščina", "v Ajdovščini"),
)
SL_AGENTS = (
    ("mestni svet", "m"),
    ("občinski svet", "m"),
    ("župan", "m"),
    ("županja", "f"),
    ("občina", "f"),
    ("vlada", "f"),
    ("ministrstvo za infrastrukturo", "n"),
    ("krajani", "p"),
    ("svetniki", "p"),
    ("opozicija", "f"),
    ("vodstvo bolnišnice", "n"),
    ("lokalni podjetniki", "p"),
    ("upravna enota", "f"),
    ("starši učencev", "p"),
    ("civilna iniciativa", "f"),
)
# (l-participle, masculine; present singular; present plural)
SL_VERBS = (
    ("sprejel", "sprejema", "sprejemajo"),
    ("zavrnil", "zavrača", "zavračajo"),
    ("preložil", "prelaga", "prelagajo"),
    ("kritiziral", "kritizira", "kritizirajo"),
    ("predstavil", "predstavlja", "predstavljajo"),
    ("podprl", "podpira", "podpirajo"),
    ("zahteval", "zahteva", "zahtevajo"),
    ("obravnaval", "obravnava", "obravnavajo"),
    ("ustavil", "ustavlja", "ustavljajo"),
    ("potrdil", "potrjuje", "potrjujejo"),
    ("napovedal", "napoveduje", "napovedujejo"),
    ("spremenil", "spreminja", "spreminjajo"),
)
SL_OBJECTS = (
    "proračun za prihodnje leto",
    "prenovo glavnega trga",
    "gradnjo novega vrtca",
    "zvišanje cen komunalnih storitev",
    "projekt obvoznice",
    "obnovo mostu čez reko",
    "nov občinski prostorski načrt",
    "prodajo občinskih zemljišč",
    "širitev zdravstvenega doma",
    "spremembo voznega reda",
    "posodobitev železniške postaje",
    "sečnjo dreves v mestnem parku",
    "novo parkirno politiko",
    "pogodbo z izvajalcem del",
    "prenovo športne dvorane",
    "načrt za ureditev kolesarskih poti",
)
SL_TIMES = (
    "v torek",
    "na zadnji seji",
    "po dolgi razpravi",
    "ta teden",
    "prejšnji četrtek",
    "na izredni seji",
    "soglasno",
    "znova",
    "po burni razpravi",
)
SL_SOURCES = (
    "Kot so sporočili z občine,",
    "Po navedbah tiskovne službe občine",
    "Kot je izvedel naš portal,",
    "Po podatkih Slovenske tiskovne agencije",
    "Kot je razvidno iz zapisnika seje,",
)
SL_ROLES = (
    ("župan", "m"),
    ("županja", "f"),
    ("direktorica vrtca", "f"),
    ("predsednik krajevne skupnosti", "m"),
    ("občinski svetnik", "m"),
    ("predstavnica civilne iniciative", "f"),
    ("vodja oddelka za okolje", "m"),
)
SL_SAYS = (
    ("je dejal", "je dejala"),
    ("je poudaril", "je poudarila"),
    ("je dodal", "je dodala"),
    ("je povedal", "je povedala"),
    ("je priznal", "je priznala"),
)
SL_SAYINGS = (
    "To je naložba za vso občino",
    "Krajanov ne bomo pustili na cedilu",
    "Dela potekajo po načrtu",
    "Vse prosimo za potrpljenje",
    "Na tem delamo že več let",
    "Prisluhnili smo predlogom krajanov",
    "To je bila dolgoletna želja krajanov",
    "Te odločitve ne moremo več odlašati",
    "Denar je zagotovljen, zdaj je treba projekt izpeljati",
    "Nihče nam ni pojasnil, kaj bo sledilo",
)
SL_BUILT = (
    "nov vrtec",
    "novo knjižnico",
    "nov bazen",
    "novo športno dvorano",
    "nov most",
    "novo parkirno hišo",
    "novo krožišče",
    "nov zdravstveni dom",
)
SL_FRONTS = ("Spor", "Uradno", "Burna seja", "Nepričakovan preobrat", "Odločeno", "Zbor krajanov")
SL_SUBHEADS = (
    "Kaj sledi?",
    "Odziv krajanov",
    "Koliko bo stalo?",
    "Spor traja že leta",
    "Kaj pravi opozicija",
    "Podrobnosti",
    "Časovnica del",
    "Odprta vprašanja",
)
SL_MONTHS = (
    "januar",
    "februar",
    "marec",
    "april",
    "maj",
    "junij",
    "julij",
    "avgust",
    "september",
    "oktober",
    "november",
    "december",
)


class SlovenianProse(Prose):
    """Slovenian local-news prose (see the module docstring)."""

    lang = "sl"

    def person_g(self, gender: str | None = None) -> tuple[str, str]:
        return _pick_gendered(self.rng, SL_FIRST, self.rng.choice(SL_SURNAMES), lambda x: x, gender)

    def person(self) -> str:
        return self.person_g()[0]

    def place(self) -> str:
        return self.rng.choice(SL_TOWNS)[0]

    def clause(self, time: bool = False, front: bool = False) -> str:
        """ "občina je v torek sprejela ..."; `front`: the clitic first, as it stands after a
        conjunction, "da", or a fronted phrase or clause ("je občina v torek sprejela ...")."""
        rng = self.rng
        agent, g = rng.choice(SL_AGENTS)
        part = rng.choice(SL_VERBS)[0] + {"m": "", "f": "a", "n": "o", "p": "i"}[g]
        aux = "so" if g == "p" else "je"
        obj = rng.choice(SL_OBJECTS)
        if front:
            when = f" {rng.choice(SL_TIMES)}" if time else ""
            return f"{aux} {agent}{when} {part} {obj}"
        when = f" {rng.choice(SL_TIMES)}" if time else ""
        return f"{agent} {aux}{when} {part} {obj}"

    def said(self) -> str:
        rng = self.rng
        role, g = rng.choice(SL_ROLES)
        verb = rng.choice(SL_SAYS)[g == "f"]
        return f"»{rng.choice(SL_SAYINGS)},« {verb} {role} {self.person_g(g)[0]}."

    def sentence(self) -> str:
        rng = self.rng
        town, loc = rng.choice(SL_TOWNS)
        r = rng.random()
        if r < 0.13:
            return self.said()
        if r < 0.25:
            return f"{rng.choice(SL_SOURCES)} {self.clause(time=rng.random() < 0.6, front=True)}."
        if r < 0.38:
            conj = rng.choice((", vendar", ", medtem ko", " in", ", saj", ", a"))
            return f"{_cap(self.clause(time=rng.random() < 0.4))}{conj} {self.clause(front=conj != ' in')}."
        if r < 0.46:
            return f"Čeprav {self.clause(front=True)}, {self.clause(time=True, front=True)}."
        if r < 0.6:
            return rng.choice(
                (
                    f"Naložba je ocenjena na {rng.randint(120, 980)} tisoč evrov.",
                    f"Peticijo je podpisalo že {10 * rng.randint(30, 400)} krajanov.",
                    f"Dela naj bi se končala do konca leta {rng.randint(2027, 2030)}.",
                    f"Za predlog je glasovalo {rng.randint(12, 25)} svetnikov.",
                    f"Na zboru krajanov se je zbralo okoli {10 * rng.randint(5, 40)} ljudi.",
                    f"Dela naj bi trajala približno {rng.randint(5, 18)} mesecev.",
                    "Večino sredstev bo prispevala država, občina bo primaknila "
                    f"{rng.randint(5, 15)} odstotkov.",
                )
            )
        if r < 0.72:
            return rng.choice(
                (
                    f"Župan občine {town} zatrjuje, da {self.clause(front=True)}.",
                    f"Na občini {town} so potrdili, da {self.clause(front=True)}.",
                    "Iz dokumentov, ki jih je pridobilo naše uredništvo, izhaja, da "
                    f"{self.clause(front=True)}.",
                    f"Občinski svetniki opozarjajo, da {self.clause(front=True)}.",
                )
            )
        if r < 0.86:
            return rng.choice(
                (
                    f"Krajani {loc} na to odločitev čakajo že leta.",
                    f"Ni prvič, da {self.clause(front=True)}.",
                    f"Podobno se je nedavno zgodilo tudi {loc}.",
                    f"{_cap(loc)} se za zdaj ni nič spremenilo.",
                    f"Tema se bo na sejo občinskega sveta {loc} vrnila prihodnji mesec.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        agent, g = rng.choice(SL_AGENTS)
        verb = rng.choice(SL_VERBS)[2 if g == "p" else 1]
        head = f"{agent} {verb} {rng.choice(SL_OBJECTS)}"
        r = rng.random()
        if r < 0.3:
            return f"{self.place()}: {head}"
        if r < 0.5:
            return _cap(head)
        if r < 0.7:
            return f"{_cap(rng.choice(SL_TOWNS)[1])} bodo zgradili {rng.choice(SL_BUILT)}"
        if r < 0.88:
            return f"{rng.choice(SL_FRONTS)}: {head}"
        return f"{self.person()}: »{rng.choice(SL_SAYINGS)}«"

    def subheading(self) -> str:
        return self.rng.choice(SL_SUBHEADS)


SL_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Domov",
        "Novice",
        "Lokalno",
        "Slovenija",
        "Gospodarstvo",
        "Šport",
        "Kultura",
        "Zdravje",
        "Vreme",
    ),
    "sections": ("Lokalno", "Slovenija", "Gospodarstvo", "Promet", "Šolstvo", "Zdravje", "Kultura"),
    "related": ("Več novic iz rubrike", "Preberite tudi te novice", "Najbolj brano ta teden"),
    "read_more": ("Preberite še:",),
    "by": ("Avtor:",),
    "desks": ("uredništvo", "regionalna redakcija", "dopisništvo", "spletna redakcija"),
    "share": ("Delite članek", "Deli novico"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Viber", "E-pošta"),
    "newsletter": ("Prijavite se na naše e-novice in bodite vedno obveščeni o dogajanju v regiji.",),
    "comments": (
        "Komentarji so zaprti 24 ur po objavi članka.",
        "Komentiranje je mogoče samo registriranim uporabnikom.",
    ),
    "cookie": ("Ta spletna stran uporablja piškotke za boljšo uporabniško izkušnjo in analitiko obiska.",),
    "ad": ("Oglasno sporočilo",),
    "copyright": (
        "© {year} {name}. Vse pravice pridržane.",
        "Copyright © {year} {name} d.o.o. Vse pravice pridržane.",
    ),
    "disclaimer": ("Uredništvo ne odgovarja za vsebino komentarjev bralcev.",),
    "tagline": (
        "Novice iz regije {region} od leta {since}",
        "Vaš lokalni informativni portal od leta {since}",
    ),
    "bio": (
        "{author} piše za {name} od leta {since2} in spremlja področje: {beat}.",
        "{author} dela v uredništvu portala {name}, področje: {beat}. Namige pošljite uredništvu.",
    ),
    "beats": ("lokalna politika", "promet in infrastruktura", "zdravstvo", "šolstvo", "kultura", "kronika"),
    "editorial": ("Prispevek je nastal v okviru projekta lokalnega novinarstva portala {name}.",),
    "classified": ("Prodam dvosobno stanovanje v centru mesta, 54 m², takoj vseljivo.",),
    "subscribe": ("Naročite se na tiskano izdajo",),
}


# --- Latvian ---------------------------------------------------------------------------------------

LV_FIRST = (
    ("Jānis", "Andris", "Māris", "Guntis", "Edgars", "Kristaps", "Artūrs", "Raimonds", "Valdis", "Oskars"),
    ("Ilze", "Inese", "Līga", "Dace", "Anita", "Sandra", "Kristīne", "Zane", "Ieva", "Baiba"),
)
# (man's surname, woman's)
LV_SURNAMES = (
    ("Bērziņš", "Bērziņa"),
    ("Kalniņš", "Kalniņa"),
    ("Ozoliņš", "Ozoliņa"),
    ("Jansons", "Jansone"),
    ("Liepiņš", "Liepiņa"),
    ("Krūmiņš", "Krūmiņa"),
    ("Balodis", "Balode"),
    ("Zariņš", "Zariņa"),
    ("Pētersons", "Pētersone"),
    ("Vītols", "Vītola"),
    ("Kļaviņš", "Kļaviņa"),
    ("Eglītis", "Eglīte"),
    ("Ābele", "Ābele"),
    ("Siliņš", "Siliņa"),
    ("Grīnbergs", "Grīnberga"),
)
# (nominative, locative, genitive)
LV_TOWNS = (
    ("Jelgava", "Jelgavā", "Jelgavas"),
    ("Ventspils", "Ventspilī", "Ventspils"),
    ("Liepāja", "Liepājā", "Liepājas"),
    ("Valmiera", "Valmierā", "Valmieras"),
    ("Cēsis", "Cēsīs", "Cēsu"),
    ("Sigulda", "Siguldā", "Siguldas"),
    ("Tukums", "Tukumā", "Tukuma"),
    ("Talsi", "Talsos", "Talsu"),
    ("Kuldīga", "Kuldīgā", "Kuldīgas"),
    ("Bauska", "Bauskā", "Bauskas"),
    ("Ogre", "Ogrē", "Ogres"),
    ("Jēkabpils", "Jēkabpilī", "Jēkabpils"),
    ("Rēzekne", "Rēzeknē", "Rēzeknes"),
    ("Madona", "Madonā", "Madonas"),
    ("Gulbene", "Gulbenē", "Gulbenes"),
    ("Alūksne", "Alūksnē", "Alūksnes"),
    ("Saldus", "Saldū", "Saldus"),
    ("Dobele", "Dobelē", "Dobeles"),
    ("Limbaži", "Limbažos", "Limbažu"),
)
LV_AGENTS = (
    "novada dome",
    "pilsētas dome",
    "domes deputāti",
    "pašvaldība",
    "pilsētas mērs",
    "iedzīvotāji",
    "Satiksmes ministrija",
    "valdība",
    "Valsts policija",
    "vietējie uzņēmēji",
    "opozīcija",
    "slimnīcas valde",
    "skolēnu vecāki",
    "biedrība",
    "būvvalde",
)
# (past, present): the third person, the same for every subject
LV_VERBS = (
    ("apstiprināja", "apstiprina"),
    ("noraidīja", "noraida"),
    ("atlika", "atliek"),
    ("kritizēja", "kritizē"),
    ("izskatīja", "izskata"),
    ("atbalstīja", "atbalsta"),
    ("apstrīdēja", "apstrīd"),
    ("pārskatīja", "pārskata"),
    ("aizstāvēja", "aizstāv"),
    ("apturēja", "aptur"),
    ("pieprasīja", "pieprasa"),
    ("prezentēja", "prezentē"),
)
LV_OBJECTS = (
    "budžetu nākamajam gadam",
    "laukuma pārbūvi",
    "jaunā bērnudārza būvniecību",
    "nekustamā īpašuma nodokļa palielinājumu",
    "apvedceļa projektu",
    "tilta remontu",
    "jauno teritorijas plānojumu",
    "pašvaldības zemes pārdošanu",
    "slimnīcas paplašināšanu",
    "autobusu kustības saraksta izmaiņas",
    "stacijas modernizāciju",
    "koku ciršanu parkā",
    "jauno autostāvvietu maksas kārtību",
    "līgumu ar siltuma piegādātāju",
    "sporta halles atjaunošanu",
    "ietvju remonta plānu",
)
LV_TIMES = (
    "otrdien",
    "pagājušajā ceturtdienā",
    "ārkārtas sēdē",
    "pēc ilgām debatēm",
    "šonedēļ",
    "beidzot",
    "vienbalsīgi",
    "atkārtoti",
    "kārtējā sēdē",
)
LV_SOURCES = (
    "Kā informēja pašvaldības preses dienests,",
    "Kā noskaidroja portāls,",
    "Kā vēsta domes paziņojums,",
    "Kā ziņo aģentūra LETA,",
    "Kā liecina sēdes protokols,",
)
LV_ROLES = (
    ("domes priekšsēdētājs", "m"),
    ("domes priekšsēdētāja", "f"),
    ("pašvaldības preses sekretāre", "f"),
    ("deputāts", "m"),
    ("skolas direktore", "f"),
    ("biedrības vadītājs", "m"),
    ("būvvaldes vadītāja", "f"),
)
LV_SAYS = ("sacīja", "uzsvēra", "piebilda", "norādīja", "atzina")
LV_SAYINGS = (
    "Tas ir ieguldījums visai pilsētai",
    "Mēs neatstāsim iedzīvotājus vienus",
    "Darbi notiek saskaņā ar grafiku",
    "Lūdzam visus būt pacietīgiem",
    "Mēs pie tā strādājam jau vairākus gadus",
    "Esam uzklausījuši iedzīvotāju priekšlikumus",
    "Tā bija sena apkaimes iedzīvotāju prasība",
    "Šo lēmumu vairs nevar atlikt",
    "Nauda ir atrasta, tagad projekts jāīsteno",
    "Neviens mums nav paskaidrojis, kas notiks tālāk",
)
LV_BUILT = (
    "jaunu bērnudārzu",
    "jaunu peldbaseinu",
    "jaunu bibliotēku",
    "jaunu sporta halli",
    "jaunu tiltu",
    "jaunu autostāvvietu",
    "jaunu veselības centru",
    "jaunu rotaļu laukumu",
)
LV_FRONTS = (
    "Strīds",
    "Oficiāli",
    "Negaidīts pavērsiens",
    "Lēmums pieņemts",
    "Iedzīvotāju sapulce",
    "Skandāls",
)
LV_SUBHEADS = (
    "Kas notiks tālāk?",
    "Iedzīvotāju reakcija",
    "Cik tas izmaksās?",
    "Strīds ilgst gadiem",
    "Ko saka opozīcija",
    "Detaļas",
    "Darbu grafiks",
    "Neatbildētie jautājumi",
)
LV_MONTHS = (
    "janvāris",
    "februāris",
    "marts",
    "aprīlis",
    "maijs",
    "jūnijs",
    "jūlijs",
    "augusts",
    "septembris",
    "oktobris",
    "novembris",
    "decembris",
)


class LatvianProse(Prose):
    """Latvian regional-news prose (see the module docstring)."""

    lang = "lv"

    def person_g(self, gender: str | None = None) -> tuple[str, str]:
        men, women = self.rng.choice(LV_SURNAMES)
        return _pick_gendered(self.rng, LV_FIRST, men, lambda _: women, gender)

    def person(self) -> str:
        return self.person_g()[0]

    def place(self) -> str:
        """A town's genitive ("Jelgavas"), for a site's name ("Jelgavas Ziņas")."""
        return self.rng.choice(LV_TOWNS)[2]

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        when = f" {rng.choice(LV_TIMES)}" if time else ""
        return f"{rng.choice(LV_AGENTS)}{when} {rng.choice(LV_VERBS)[0]} {rng.choice(LV_OBJECTS)}"

    def said(self) -> str:
        rng = self.rng
        role, g = rng.choice(LV_ROLES)
        return f"„{rng.choice(LV_SAYINGS)},” {rng.choice(LV_SAYS)} {role} {self.person_g(g)[0]}."

    def sentence(self) -> str:
        rng = self.rng
        _, loc, gen = rng.choice(LV_TOWNS)
        r = rng.random()
        if r < 0.13:
            return self.said()
        if r < 0.25:
            return f"{rng.choice(LV_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            conj = rng.choice((", taču", ", savukārt", " un", ", jo", ", bet"))
            return f"{_cap(self.clause(time=rng.random() < 0.4))}{conj} {self.clause()}."
        if r < 0.46:
            return f"Lai gan {self.clause()}, {self.clause(time=True)}."
        if r < 0.6:
            return rng.choice(
                (
                    f"Projekta izmaksas tiek lēstas {rng.randint(120, 980)} tūkstošu eiro apmērā.",
                    f"Petīciju jau parakstījuši {10 * rng.randint(30, 400)} iedzīvotāji.",
                    f"Darbus plānots pabeigt līdz {rng.randint(2027, 2030)}. gada beigām.",
                    f"Par lēmumu balsoja {rng.randint(5, 10)} deputāti.",
                    f"Iedzīvotāju sapulcē piedalījās aptuveni {10 * rng.randint(5, 40)} cilvēku.",
                    f"Darbi varētu ilgt aptuveni {rng.randint(4, 10)} mēnešus.",
                    "Lielāko daļu izmaksu segs Eiropas fondi, pašvaldība piemaksās "
                    f"{rng.randint(5, 9)} procentus.",
                )
            )
        if r < 0.72:
            return rng.choice(
                (
                    f"{gen} mērs apgalvo, ka {self.clause()}.",
                    f"{gen} pašvaldībā apstiprināja, ka {self.clause()}.",
                    f"No redakcijas rīcībā esošajiem dokumentiem izriet, ka {self.clause()}.",
                    f"Vietējie deputāti norāda, ka {self.clause()}.",
                )
            )
        if r < 0.86:
            return rng.choice(
                (
                    f"{gen} iedzīvotāji šo lēmumu gaida jau vairākus gadus.",
                    f"Tas nav pirmais gadījums, kad {self.clause()}.",
                    f"Līdzīga situācija nesen bija arī {loc}.",
                    f"{loc} pagaidām nekas nav mainījies.",
                    f"Jautājums {gen} domes sēdē atgriezīsies nākamajā mēnesī.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        head = f"{rng.choice(LV_AGENTS)} {rng.choice(LV_VERBS)[1]} {rng.choice(LV_OBJECTS)}"
        r = rng.random()
        if r < 0.3:
            return f"{rng.choice(LV_TOWNS)[0]}: {head}"
        if r < 0.5:
            return _cap(head)
        if r < 0.7:
            return f"{rng.choice(LV_TOWNS)[1]} plāno būvēt {rng.choice(LV_BUILT)}"
        if r < 0.88:
            return f"{rng.choice(LV_FRONTS)}: {head}"
        return f"{self.person()}: „{rng.choice(LV_SAYINGS)}”"

    def subheading(self) -> str:
        return self.rng.choice(LV_SUBHEADS)


LV_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Sākums",
        "Ziņas",
        "Novadā",
        "Latvijā",
        "Ekonomika",
        "Sports",
        "Kultūra",
        "Veselība",
        "Laikapstākļi",
    ),
    "sections": ("Novadā", "Latvijā", "Ekonomika", "Satiksme", "Izglītība", "Veselība", "Kultūra"),
    "related": ("Citi raksti šajā sadaļā", "Tev varētu interesēt arī", "Visvairāk lasītie raksti šodien"),
    "read_more": ("Lasi arī:",),
    "by": ("Autors:",),
    "desks": ("redakcija", "ziņu dienests", "reģionālā redakcija", "portāla redakcija"),
    "share": ("Dalies ar rakstu", "Dalīties ar rakstu"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Draugiem", "E-pasts"),
    "newsletter": ("Piesakies jaunumiem un saņem svarīgākās novada ziņas katru rītu e-pastā.",),
    "comments": (
        "Komentēt var tikai reģistrēti lietotāji.",
        "Komentāri tiek moderēti un parādās pēc redakcijas apstiprinājuma.",
    ),
    "cookie": ("Šī vietne izmanto sīkdatnes, lai uzlabotu lietošanas pieredzi un apkopotu statistiku.",),
    "ad": ("Reklāma",),
    "copyright": (
        "© {year} {name}. Visas tiesības aizsargātas.",
        "Copyright © {year} SIA {name}. Visas tiesības aizsargātas.",
    ),
    "disclaimer": ("Pārpublicēšanas gadījumā atsauce uz {name} ir obligāta.",),
    "tagline": (
        "{region} novada ziņas kopš {since}. gada",
        "Neatkarīgs reģionālais ziņu portāls kopš {since}. gada",
    ),
    "bio": (
        "{author} raksta portālam {name} kopš {since2}. gada un seko tēmai: {beat}.",
        "{author} strādā portāla {name} redakcijā, tēma: {beat}. Ziņu idejas sūti redakcijai.",
    ),
    "beats": (
        "pašvaldības politika",
        "satiksme un būvniecība",
        "veselības aprūpe",
        "izglītība",
        "kultūra",
        "tiesas un noziedzība",
    ),
    "editorial": ("Raksts tapis portāla {name} reģionālās žurnālistikas projekta ietvaros.",),
    "classified": ("Pārdod divistabu dzīvokli pilsētas centrā, 48 m², pēc remonta.",),
    "subscribe": ("Abonē laikraksta drukāto izdevumu",),
}


# --- Welsh -----------------------------------------------------------------------------------------

CY_FIRST = (
    "Gareth",
    "Rhys",
    "Dafydd",
    "Iwan",
    "Emyr",
    "Huw",
    "Owain",
    "Llŷr",
    "Siôn",
    "Geraint",
    "Elin",
    "Catrin",
    "Nia",
    "Sioned",
    "Mari",
    "Lowri",
    "Gwenllian",
    "Heledd",
    "Ffion",
    "Manon",
    "Rhiannon",
)
CY_SURNAMES = (
    "Jones",
    "Williams",
    "Davies",
    "Evans",
    "Roberts",
    "Hughes",
    "Griffiths",
    "Owen",
    "Parry",
    "Pritchard",
    "Morgan",
    "Lloyd",
    "Rowlands",
    "Thomas",
    "Price",
    "Ellis",
    "Jenkins",
    "Puw",
)
# (town, its soft mutation, after "i" and "o")
CY_TOWNS = (
    ("Caernarfon", "Gaernarfon"),
    ("Aberystwyth", "Aberystwyth"),
    ("Bangor", "Fangor"),
    ("Pwllheli", "Bwllheli"),
    ("Dolgellau", "Ddolgellau"),
    ("Llanelli", "Lanelli"),
    ("Caerfyrddin", "Gaerfyrddin"),
    ("Aberteifi", "Aberteifi"),
    ("Porthmadog", "Borthmadog"),
    ("Llangefni", "Langefni"),
    ("Dinbych", "Ddinbych"),
    ("Rhuthun", "Ruthun"),
    ("Llandeilo", "Landeilo"),
    ("Machynlleth", "Fachynlleth"),
    ("Cricieth", "Gricieth"),
    ("Llanrwst", "Lanrwst"),
    ("Tregaron", "Dregaron"),
    ("Treffynnon", "Dreffynnon"),
    ("Blaenau Ffestiniog", "Flaenau Ffestiniog"),
)
# (in a sentence, in a headline)
CY_AGENTS = (
    ("y cyngor sir", "Cyngor sir"),
    ("y cynghorwyr", "Cynghorwyr"),
    ("y trigolion", "Trigolion"),
    ("Llywodraeth Cymru", "Llywodraeth Cymru"),
    ("yr arweinydd", "Arweinydd"),
    ("y bwrdd iechyd", "Bwrdd iechyd"),
    ("yr heddlu", "Heddlu"),
    ("y pwyllgor cynllunio", "Pwyllgor cynllunio"),
    ("y rhieni", "Rhieni"),
    ("y busnesau lleol", "Busnesau lleol"),
    ("yr wrthblaid", "Gwrthblaid"),
    ("Cyngor Gwynedd", "Cyngor Gwynedd"),
    ("y cyngor tref", "Cyngor tref"),
    ("Cyngor Ceredigion", "Cyngor Ceredigion"),
)
CY_VERBS = (
    "cymeradwyo",
    "gwrthod",
    "cyhoeddi",
    "gohirio",
    "beirniadu",
    "cefnogi",
    "trafod",
    "adolygu",
    "croesawu",
    "cwestiynu",
    "herio",
    "ariannu",
    "ystyried",
    "amddiffyn",
)
CY_OBJECTS = (
    "y gyllideb ar gyfer y flwyddyn nesaf",
    "y cynllun i adnewyddu'r sgwâr",
    "y cynlluniau ar gyfer ysgol newydd",
    "y cynnydd yn nhreth y cyngor",
    "y ffordd osgoi newydd",
    "y gwaith i drwsio'r bont",
    "y cynllun datblygu lleol",
    "y ganolfan hamdden",
    "y toriadau i'r gwasanaeth bws",
    "yr orsaf drenau newydd",
    "y cynllun parcio",
    "y ddeiseb yn erbyn cau'r llyfrgell",
    "y cynigion tai fforddiadwy",
    "y cytundeb gyda'r contractwr",
    "yr estyniad i'r ysbyty",
)
CY_TIMES = (
    " yr wythnos hon",
    " ddydd Mawrth",
    " mewn cyfarfod arbennig",
    " o'r diwedd",
    " unwaith eto",
    " yn unfrydol",
    " ar ôl trafodaeth hir",
    " nos Iau",
)
CY_SOURCES = (
    "llefarydd ar ran y cyngor",
    "datganiad gan y cyngor",
    "ffynonellau lleol",
    "cofnodion y cyfarfod",
    "adroddiad swyddogion",
)
CY_ROLES = (
    "arweinydd y cyngor",
    "cynghorydd lleol",
    "cadeirydd y pwyllgor",
    "llefarydd ar ran y trigolion",
    "pennaeth yr ysgol",
    "Aelod o'r Senedd dros yr ardal",
    "perchennog busnes lleol",
)
CY_SAYINGS = (
    "Mae hwn yn fuddsoddiad i'r gymuned gyfan",
    "Rydyn ni wedi gwrando ar y trigolion",
    "Mae'r gwaith yn mynd yn ei flaen fel y cynlluniwyd",
    "Rydyn ni'n gofyn i bawb fod yn amyneddgar",
    "Mae hwn yn newyddion da i'r ardal",
    "Does neb wedi esbonio beth fydd yn digwydd nesaf",
    "Mae'r arian yno, nawr mae angen bwrw ymlaen",
    "Rydyn ni wedi bod yn galw am hyn ers blynyddoedd",
    "Mae'n bwysig bod pobl leol yn cael dweud eu dweud",
)
CY_BUILT = (
    "Ysgol",
    "Canolfan iechyd",
    "Llyfrgell",
    "Pont",
    "Maes parcio",
    "Cae chwarae",
    "Canolfan gymunedol",
)
CY_FRONTS = ("Dadl", "Yn swyddogol", "Tro annisgwyl", "Penderfyniad", "Cyfarfod cyhoeddus", "Pryder")
CY_SUBHEADS = (
    "Beth nesaf?",
    "Ymateb y trigolion",
    "Faint fydd y gost?",
    "Dadl sydd wedi para blynyddoedd",
    "Beth mae'r wrthblaid yn ei ddweud",
    "Y manylion",
    "Amserlen y gwaith",
    "Cwestiynau heb eu hateb",
)
CY_MONTHS = (
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
)
CY_WEEKDAYS = (
    "Dydd Llun",
    "Dydd Mawrth",
    "Dydd Mercher",
    "Dydd Iau",
    "Dydd Gwener",
    "Dydd Sadwrn",
    "Dydd Sul",
)


def cy_join(word: str, phrase: str) -> str:
    """`word` and `phrase`, the article "y" / "yr" opening `phrase` written "'r" after a vowel
    ("Mae'r cyngor", "cymeradwyo'r gyllideb", but "gwrthod y gyllideb")."""
    for art in ("y ", "yr "):
        if phrase.startswith(art) and word[-1] in "aeiouwy":
            return f"{word}'r {phrase[len(art) :]}"
    return f"{word} {phrase}"


class WelshProse(Prose):
    """Welsh local-news prose (see the module docstring)."""

    lang = "cy"

    def person(self) -> str:
        return f"{self.rng.choice(CY_FIRST)} {self.rng.choice(CY_SURNAMES)}"

    def place(self) -> str:
        return self.rng.choice(CY_TOWNS)[0]

    def done(self) -> str:
        """ "wedi cymeradwyo'r gyllideb"."""
        return "wedi " + cy_join(self.rng.choice(CY_VERBS), self.rng.choice(CY_OBJECTS))

    def clause(self, time: bool = False) -> str:
        """ "mae'r cyngor sir wedi cymeradwyo'r gyllideb (yr wythnos hon)"."""
        when = self.rng.choice(CY_TIMES) if time else ""
        return f"{cy_join('mae', self.rng.choice(CY_AGENTS)[0])} {self.done()}{when}"

    def sentence(self) -> str:
        rng = self.rng
        town = rng.choice(CY_TOWNS)[0]
        r = rng.random()
        if r < 0.13:
            return f"“{rng.choice(CY_SAYINGS)},” meddai {self.person()}, {rng.choice(CY_ROLES)}."
        if r < 0.25:
            return f"Yn ôl {rng.choice(CY_SOURCES)}, {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            first = _cap(self.clause(time=rng.random() < 0.4))
            if rng.random() < 0.5:
                return f"{first}, ond {self.clause()}."
            return f"{first}, gan fod {rng.choice(CY_AGENTS)[0]} {self.done()}."
        if r < 0.46:
            who = f"{self.person()}, {rng.choice(CY_ROLES)}"
            return f"Dywedodd {who}, fod {rng.choice(CY_AGENTS)[0]} {self.done()}."
        if r < 0.6:
            return rng.choice(
                (
                    f"Bydd y gwaith yn costio tua £{rng.randint(1, 9)}.{rng.randint(1, 9)} miliwn.",
                    f"Mae dros {10 * rng.randint(30, 400)} o bobl wedi llofnodi'r ddeiseb.",
                    f"Mae disgwyl i'r gwaith gael ei gwblhau erbyn {rng.randint(2027, 2030)}.",
                    f"Pleidleisiodd {rng.randint(12, 40)} o gynghorwyr o blaid y cynnig.",
                    f"Daeth tua {10 * rng.randint(5, 40)} o bobl i'r cyfarfod cyhoeddus.",
                    f"Mae disgwyl i'r gwaith bara {rng.randint(5, 18)} mis.",
                )
            )
        if r < 0.72:
            return rng.choice(
                (
                    f"Er bod {rng.choice(CY_AGENTS)[0]} {self.done()}, {self.clause(time=True)}.",
                    f"Mae'n ymddangos bod {rng.choice(CY_AGENTS)[0]} {self.done()}.",
                    f"Cadarnhaodd swyddogion cyngor tref {town} fod "
                    f"{rng.choice(CY_AGENTS)[0]} {self.done()}.",
                    f"Mae cynghorwyr lleol yn rhybuddio bod {rng.choice(CY_AGENTS)[0]} {self.done()}.",
                )
            )
        if r < 0.86:
            return rng.choice(
                (
                    f"Mae trigolion ardal {town} wedi bod yn aros am y penderfyniad ers blynyddoedd.",
                    f"Cafwyd sefyllfa debyg yn ardal {town} y llynedd.",
                    f"Nid dyma'r tro cyntaf i'r mater godi yn ardal {town}.",
                    f"Bydd y mater yn dod yn ôl gerbron cyngor tref {town} y mis nesaf.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        head = f"{rng.choice(CY_AGENTS)[1]} yn {cy_join(rng.choice(CY_VERBS), rng.choice(CY_OBJECTS))}"
        r = rng.random()
        if r < 0.3:
            return f"{self.place()}: {head}"
        if r < 0.5:
            return head
        if r < 0.7:
            return f"{rng.choice(CY_BUILT)} newydd i {rng.choice(CY_TOWNS)[1]}"
        if r < 0.88:
            return f"{rng.choice(CY_FRONTS)}: {head}"
        return f"{self.person()}: ‘{rng.choice(CY_SAYINGS)}’"

    def subheading(self) -> str:
        return self.rng.choice(CY_SUBHEADS)


CY_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Hafan", "Newyddion", "Chwaraeon", "Busnes", "Diwylliant", "Digwyddiadau", "Cymuned", "Barn"),
    "sections": ("Newyddion", "Cymuned", "Addysg", "Iechyd", "Trafnidiaeth", "Diwylliant"),
    "related": (
        "Y straeon diweddaraf o'r fro",
        "Mwy o newyddion o'r ardal",
        "Straeon eraill a allai fod o ddiddordeb",
    ),
    "read_more": ("Darllenwch hefyd:",),
    "by": ("Gan",),
    "desks": ("Gohebydd Democratiaeth Leol", "Gohebydd", "Golygydd", "Gohebydd Cymunedol"),
    "share": ("Rhannwch y stori hon", "Rhannu'r stori"),
    "share_sites": ("Facebook", "X", "WhatsApp", "E-bost"),
    "newsletter": ("Cofrestrwch i dderbyn ein cylchlythyr wythnosol am ddim.",),
    "comments": ("Ni fydd eich cyfeiriad e-bost yn cael ei gyhoeddi.",),
    "cookie": ("Rydyn ni'n defnyddio cwcis i wella eich profiad ar y wefan hon.",),
    "ad": ("Hysbyseb",),
    "copyright": ("© {year} {name}. Cedwir pob hawl.", "Hawlfraint © {name} {year}. Cedwir pob hawl."),
    "disclaimer": ("Nid yw {name} yn gyfrifol am gynnwys gwefannau allanol.",),
    "tagline": ("Newyddion lleol yn Gymraeg ers {since}", "Llais y fro ers {since}"),
    "bio": (
        "{author} yw gohebydd {name} ac mae'n ysgrifennu am {beat} ers {since2}.",
        "Mae {author} yn ysgrifennu am {beat} i {name}. Anfonwch eich straeon at y tîm.",
    ),
    "beats": ("wleidyddiaeth leol", "drafnidiaeth", "iechyd", "addysg", "ddiwylliant", "fusnesau lleol"),
    "editorial": ("Mae'r stori hon yn rhan o gyfres {name} am fywyd yn y fro.",),
    "classified": ("Tŷ teras tair ystafell wely ar werth yng nghanol y dref.",),
    "subscribe": ("Cefnogwch newyddiaduraeth leol yn Gymraeg",),
}
# after "gan", soft-mutated ("Cyngor" > "Gyngor", "Llywodraeth" > "Lywodraeth", "Cronfa" > "Gronfa")
CY_FUNDERS = (
    "Gyngor Llyfrau Cymru",
    "Lywodraeth Cymru",
    "Gronfa Newyddiaduraeth Cymru",
    "Gronfa Gymunedol y Loteri Genedlaethol",
)


# --- helpers ---------------------------------------------------------------------------------------


def _ids(c: Ctx, key: str, low: int, high: int, step: int) -> Callable[[Story], int]:
    """A story's numeric id: rising with its date across the publisher, the same on every page."""
    base = c.stable(key).randint(low, high)

    def ident(o: Story) -> int:
        return base + step * c.others.index(o) + random.Random(f"{key}-{o.title}").randint(0, step - 1)

    return ident


def _readalso(c: Ctx, label: str, cls: str, count: int) -> list[tuple[int, str]]:
    """ "Read also" lines (`label` and a headline, snippets) to put after the 1st and 3rd paragraph."""
    out = []
    for i, o in enumerate(c.pick_others(count)):
        c.snip(f"{label} {o.title}")
        out.append(
            (
                1 + 2 * i,
                f'<p class="{cls}"><strong>{esc(label)}</strong> '
                f'<a href="{esc(o.path)}">{esc(o.title)}</a></p>',
            )
        )
    return out


def _menu(c: Ctx, items: tuple[str, ...], wrap: str = '<li><a href="/{slug}">{text}</a></li>') -> str:
    """The menu's items, one a line (the first five recorded as one snippet)."""
    c.snip(" ".join(items[:5]))
    return "\n".join(wrap.format(slug=_slug(x), text=esc(x)) for x in items)


def _listing(c: Ctx, heading: str, stories: list[Story], cls: str, tag: str = "h3") -> str:
    """A block of linked headlines under a heading (all snippets)."""
    c.snip(heading)
    _snip_titles(c, stories)
    return (
        f'<section class="{cls}"><{tag}>{esc(heading)}</{tag}><ul>\n' + _links(stories) + "\n</ul></section>"
    )


def _body(c: Ctx, extra: list[tuple[int, str]], item_cls: str = "") -> list[str]:
    blocks = _story_html(
        c,
        lambda h: f"<p>{h}</p>",
        lambda t, h: f"<{t}>{h}</{t}>",
        lambda h: f"<blockquote><p>{h}</p></blockquote>",
        lambda items: f"<ul{item_cls}>\n" + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>",
    )
    return _insert_after(blocks, "<p>", extra, skip="<p class=")


# --- sk-spravodajsky-portal ------------------------------------------------------------------------

SK_CAPTIONS = (
    "Zasadnutie mestského zastupiteľstva trvalo do neskorých večerných hodín",
    "Práce v centre mesta sa začali už minulý týždeň",
    "Na stretnutie s obyvateľmi prišli desiatky ľudí",
    "Pohľad na lokalitu, ktorej sa projekt týka",
)
SK_TAGS = ("zastupiteľstvo", "rozpočet", "doprava", "výstavba", "samospráva", "bývanie", "školstvo")
SK_FOOTER = ("O nás", "Kontakt", "Reklama", "Ochrana osobných údajov", "Cookies", "Predplatné", "Kariéra")


def render_sk_spravodajsky_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("sk")
    ident = _ids(c, "sk-id", 2300000, 2900000, 97)
    tk = pub.token

    def path(o: Story) -> str:
        return f"/spravy/{_slug(o.section)}/{ident(o)}-{_slug(o.title)}"

    c.repath(path)
    _listify(c, "sk-list")
    dr = _page_rng(c, "sk")
    prose = prose_for("sk", dr)
    perex = _other_sentences(c, prose, 2)
    nav = _menu(c, SK_UI["nav"])
    tagline = c.snip(pub.tagline)
    author = c.snip(f"Autor: {s.author.name}, {s.author.desk}")
    posts = dr.randint(5, 240)
    counter = c.snip(f"Diskusia k článku: {posts} príspevkov")
    caption = c.snip(dr.choice(SK_CAPTIONS))
    credit = c.snip(
        f"Foto: {prose_for('sk', c.stable('sk-foto')).person()} / {site.choice(('TASR', pub.name))}"
    )
    extra = _readalso(c, "Čítajte aj:", "read-also", dr.randint(1, 2))
    if len(_paras(s)) >= 5:
        extra.append(
            (
                2,
                '<div class="ad-slot ad-slot--inarticle"><span class="ad-label">Reklama</span>'
                f'<div id="div-gpt-ad-{tk}-article-1"></div></div>',
            )
        )
    body = _body(c, extra)
    teaser_h = c.snip(f"Predplaťte si {pub.name} Plus")
    teaser_p = c.snip("Neobmedzený prístup ku všetkým článkom, archívu a elektronickému vydaniu denníka.")
    teaser_b = c.snip("Prvý mesiac len za 1 €")
    tags = c.snip("Témy: " + ", ".join(dr.sample(SK_TAGS, 3)))
    label, sites = c.share()
    bio = c.bio()
    react = c.snip(f"Na článok reagovalo už {posts} čitateľov, zapojte sa do diskusie")
    popular = _listing(c, "Najčítanejšie za posledných 24 hodín", c.pick_others(5), "most-read", "h2")
    footer = _menu(c, SK_FOOTER, '<li><a href="/{slug}">{text}</a></li>')
    copy = c.copyright()
    disclaimer = c.text("disclaimer")
    shown = f"{d.day}. {d.month}. {d.year}, {d:%H:%M}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "description": perex,
        "datePublished": c.iso(),
        "dateModified": (d + timedelta(minutes=dr.randint(5, 300))).isoformat(timespec="seconds"),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": pub.name,
            "logo": {"@type": "ImageObject", "url": f"https://{pub.host}/static/logo.svg"},
        },
        "isAccessibleForFree": True,
        "inLanguage": "sk",
    }
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{site.choice(("sk", "sk-SK"))}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(perex)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>',
        "</head>",
        f'<body class="{tk}-article">',
        f'<div class="{tk}-topbar"><span>{esc(tagline)}</span></div>',
        f'<header class="{tk}-header"><a class="{tk}-logo" href="/">{esc(pub.name)}</a>',
        f'<nav class="{tk}-nav"><ul>\n{nav}\n</ul></nav>',
        '<a class="btn-subscribe" href="/predplatne">Predplatné</a></header>',
        f'<main class="{tk}-main"><article class="article">',
        f'<a class="article__section" href="/spravy/{_slug(s.section)}">{esc(s.section)}</a>',
        f'<h1 class="article__title">{esc(s.title)}</h1>',
        f'<p class="perex">{esc(perex)}</p>',
        f'<div class="article__meta"><span class="author">{esc(author)}</span>\n'
        f'<time datetime="{c.iso()}">{shown}</time>\n'
        f'<a class="discussion-count" href="#diskusia">{esc(counter)}</a></div>',
        f'<figure class="article__image"><img src="https://img.{pub.host}/foto/{_hex(dr, 16)}.jpg" alt="">',
        f'<figcaption>{esc(caption)}\n<span class="credit">{esc(credit)}</span></figcaption></figure>',
        '<div class="article__body">',
        *body,
        "</div>",
        f'<div class="paywall-teaser"><h3>{esc(teaser_h)}</h3><p>{esc(teaser_p)}</p>'
        f'<a class="btn" href="/predplatne">{esc(teaser_b)}</a></div>',
        f'<p class="article__tags">{esc(tags)}</p>',
        _share_div("share-bar", label, sites),
        f'<div class="author-box"><p>{esc(bio)}</p></div>',
        f'<div id="diskusia" class="discussion"><a href="/diskusia/{ident(s)}">{esc(react)}</a></div>',
        "</article>",
        f'<aside class="{tk}-sidebar">{popular}</aside>',
        "</main>",
        f'<footer class="{tk}-footer"><ul>\n{footer}\n</ul>',
        f"<p>{esc(copy)}</p>\n<p>{esc(disclaimer)}</p></footer>",
    ]
    return _end_page(c, lines, "cookie-bar", "Súhlasím")


# --- sl-novice-portal ------------------------------------------------------------------------------

SL_CAPTIONS = (
    "Seja občinskega sveta se je zavlekla pozno v noč",
    "Dela v središču mesta so se začela že prejšnji teden",
    "Na zbor krajanov je prišlo več deset ljudi",
    "Pogled na območje, ki ga zajema projekt",
)
SL_FOOTER = ("Impresum", "Oglaševanje", "Pogoji uporabe", "Varstvo osebnih podatkov", "Piškotki", "Kontakt")


def render_sl_novice_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("sl")
    ident = _ids(c, "sl-id", 700000, 990000, 53)
    tk = pub.token

    def path(o: Story) -> str:
        return f"/novice/{_slug(o.section)}/{_slug(o.title)}/{ident(o)}"

    c.repath(path)
    _listify(c, "sl-list")
    dr = _page_rng(c, "sl")
    lead = _other_sentences(c, prose_for("sl", dr), 2)
    cookie = c.snip(SL_UI["cookie"][0])
    nav = _menu(c, SL_UI["nav"])
    author = c.snip(f"Avtor: {s.author.name}, {s.author.desk}")
    caption = c.snip(dr.choice(SL_CAPTIONS))
    credit = c.snip(f"Foto: {prose_for('sl', c.stable('sl-foto')).person()} / {site.choice(('STA', 'Bobo'))}")
    body = _body(c, _readalso(c, "Preberite še:", "preberite-se", dr.randint(1, 2)))
    label, sites = c.share()
    heading = f"Več novic iz rubrike {s.section}"
    related = _listing(c, heading, c.pick_others(4), "related-news", "h2")
    newsletter = c.text("newsletter")
    comments = c.text("comments")
    footer = _menu(c, SL_FOOTER)
    copy = c.copyright()
    shown = f"{d.day}. {d.month}. {d.year} ob {d:%H.%M}"
    prefix = "Objavljeno: " if site.random() < 0.5 else ""
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="sl">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:description" content="{esc(lead)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        "<body>",
        f'<div id="cookie-consent" class="cookie-bar"><p>{esc(cookie)}</p>'
        '<button class="accept">Sprejmi vse</button> <button>Nastavitve</button></div>',
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        f'<nav class="main-menu"><ul>\n{nav}\n</ul></nav></header>',
        '<div class="container"><main>',
        f'<article class="article {tk}-article" data-id="{ident(s)}">',
        f'<div class="article-header"><span class="category">{esc(s.section)}</span>',
        f'<h1 class="article-title">{esc(s.title)}</h1>',
        f'<p class="article-lead"><strong>{esc(lead)}</strong></p>',
        f'<div class="article-info"><span class="author">{esc(author)}</span>\n'
        f'<span class="date">{prefix}{shown}</span></div></div>',
        f'<figure class="article-photo"><img src="/media/img/{_hex(dr, 10)}.jpg" alt="{esc(caption)}">'
        f'<figcaption><span class="caption">{esc(caption)}</span>\n'
        f'<span class="photo-credit">{esc(credit)}</span></figcaption></figure>',
        '<div class="article-body">',
        *body,
        "</div>",
        _share_div("article-share", label, sites),
        f'<p class="comments-note">{esc(comments)}</p>',
        "</article>",
        related,
        f'<div class="newsletter-box"><p>{esc(newsletter)}</p><input type="email" placeholder="E-pošta">'
        "<button>Prijava</button></div>",
        "</main></div>",
        f'<footer class="site-footer"><ul>\n{footer}\n</ul><p>{esc(copy)}</p></footer>',
        "</body>",
        "</html>",
    ]
    html = _j(lines)
    _drop_in_body(c)
    return html


# --- lv-zinu-portals -------------------------------------------------------------------------------

LV_FOOTER = ("Par mums", "Kontakti", "Reklāma", "Privātuma politika", "Sīkdatnes", "Lietošanas noteikumi")


def render_lv_zinu_portals(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("lv")
    ident = _ids(c, "lv-id", 420000, 690000, 41)
    tk = pub.token
    long_ad = site.random() < 0.5

    def path(o: Story) -> str:
        return f"/raksts/{ident(o)}-{_slug(o.title)}"

    c.repath(path)
    _listify(c, "lv-list")
    dr = _page_rng(c, "lv")
    nav = _menu(c, LV_UI["nav"], '<a href="/{slug}">{text}</a>')
    tagline = c.snip(pub.tagline)
    extra = _readalso(c, "Lasi arī:", "lasi-ari", dr.randint(1, 2))
    after = c.snip("Raksts turpinās pēc reklāmas") if long_ad else ""
    slot = _hex(c.stable("lv-ad"), 8)

    def ad(n: int) -> str:
        return (
            '<div class="reklama"><span class="reklama__label">Reklāma</span>'
            f'<div id="adoceangemius{slot}{n}"></div>'
            + (f'<p class="reklama__note">{esc(after)}</p>' if after else "")
            + "</div>"
        )

    paras = len(_paras(s))
    extra += [(2, ad(1))] + ([(paras - 2, ad(2))] if paras >= 6 else [])
    body = _body(c, extra)
    label, sites = c.share()
    bio = c.bio()
    related = _listing(c, "Citi raksti šajā sadaļā", c.pick_others(4), "related", "h2")
    comments = c.text("comments")
    footer = _menu(c, LV_FOOTER, '<a href="/{slug}">{text}</a>')
    copy = c.copyright()
    disclaimer = c.text("disclaimer")
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "articleSection": s.section,
    }
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="lv">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        f'<body class="page-article {tk}">',
        f'<div class="header-top"><span class="tagline">{esc(tagline)}</span></div>',
        f'<header class="header"><a class="logo" href="/">{esc(pub.name)}</a>',
        f'<nav class="nav">\n{nav}\n</nav></header>',
        '<div class="wrapper"><main class="content">',
        '<article class="article">',
        f'<div class="article__category"><a href="/{_slug(s.section)}">{esc(s.section)}</a></div>',
        f'<h1 class="article__headline">{esc(s.title)}</h1>',
        f'<div class="article__date"><time datetime="{c.iso()}">{d:%d.%m.%Y %H:%M}</time></div>',
        '<div class="article__body">',
        *body,
        "</div>",
        _share_div("article__share", label, sites),
        f'<div class="author-box"><img src="/authors/{_slug(s.author.name)}.jpg" alt="">'
        f'<div class="author-box__name">{esc(s.author.name)}</div>'
        f'<p class="author-box__bio">{esc(bio)}</p>'
        f'<a href="/autors/{_slug(s.author.name)}">Visi autora raksti</a></div>',
        f'<div class="comments"><h3>Komentāri</h3><p>{esc(comments)}</p></div>',
        "</article>",
        related,
        "</main></div>",
        f'<footer class="footer"><nav>\n{footer}\n</nav><p>{esc(copy)}</p>\n'
        f"<p>{esc(disclaimer)}</p></footer>",
    ]
    return _end_page(c, lines, "cookie-notice", "Piekrītu")


# --- cy-newyddion-lleol ----------------------------------------------------------------------------

CY_CAPTIONS = (
    "Roedd y cyfarfod yn llawn dop nos Iau",
    "Mae'r gwaith ar y safle wedi dechrau'n barod",
    "Golygfa o'r ardal lle bydd y datblygiad",
    "Daeth trigolion at ei gilydd i drafod y cynlluniau",
)
CY_FOOTER = ("Amdanom ni", "Cysylltu â ni", "Polisi preifatrwydd", "Hygyrchedd", "Hysbysebu")


def cy_date(dt: datetime) -> str:
    """ "Dydd Sadwrn, 7 Mawrth 2026"."""
    return f"{CY_WEEKDAYS[dt.weekday()]}, {dt.day} {CY_MONTHS[dt.month - 1]} {dt.year}"


def render_cy_newyddion_lleol(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("cy")
    slash = "/" if site.random() < 0.6 else ""
    both = site.random() < 0.5
    funder = site.choice(CY_FUNDERS)

    def path(o: Story) -> str:
        return f"/newyddion/{_slug(o.title)}{slash}"

    c.repath(path)
    _listify(c, "cy-list")
    dr = _page_rng(c, "cy")
    post = 1000 + c.others.index(s) * 7 + dr.randint(0, 6)
    nav = _menu(c, CY_UI["nav"], '<li class="menu-item"><a href="/{slug}/">{text}</a></li>')
    tagline = c.snip(pub.tagline)
    byline = c.snip(f"Gan {s.author.name} · {s.author.desk}")
    caption = c.snip(dr.choice(CY_CAPTIONS))
    credit = c.snip(f"Llun: {prose_for('cy', c.stable('cy-llun')).person()} / {pub.name}")
    body = _body(
        c, _readalso(c, "Darllenwch hefyd:", "darllenwch-hefyd", dr.randint(1, 2)), ' class="wp-block-list"'
    )
    funding = c.snip(f"Mae'r gwasanaeth hwn yn cael ei ariannu gan {funder}.")
    label, sites = c.share()
    latest = _listing(c, pub.related_heading, c.pick_others(5), "widget widget_recent_entries", "h2")
    newsletter = c.text("newsletter")
    notice = c.snip("Ni fydd eich cyfeiriad e-bost yn cael ei gyhoeddi.")
    footer = _menu(c, CY_FOOTER)
    copy = c.copyright()
    switch = (
        '<a href="/" lang="cy" aria-current="true">Cymraeg</a> | ' if both else ""
    ) + f'<a href="https://en.{pub.host}/" lang="en" hreflang="en">English</a>'
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{c.url()}#article",
                "headline": s.title,
                "datePublished": c.iso(),
                "dateModified": c.iso(),
                "inLanguage": "cy",
                "author": {"name": s.author.name, "@id": f"http://{pub.host}/#/schema/person/{_hex(dr, 8)}"},
            },
            {"@type": "WebSite", "@id": f"http://{pub.host}/#website", "name": pub.name, "inLanguage": "cy"},
        ],
    }
    title = f"{s.title} – {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="cy">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(title)}</title>",
        '<meta property="og:locale" content="cy_GB">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<link rel="alternate" hreflang="en" href="https://en.{pub.host}/">',
        '<script type="application/ld+json" class="yoast-schema-graph">'
        f"{json.dumps(graph, ensure_ascii=False)}</script>",
        "<link rel='stylesheet' id='wp-block-library-css' "
        "href='/wp-includes/css/dist/block-library/style.min.css' "
        "media='all' />",
        "</head>",
        f'<body class="post-template-default single single-post postid-{post} single-format-standard">',
        f'<div class="language-switcher">{switch}</div>',
        '<header id="masthead" class="site-header">',
        f'<p class="site-title"><a href="/">{esc(pub.name)}</a></p>',
        f'<p class="site-description">{esc(tagline)}</p>',
        '<nav id="site-navigation" class="main-navigation">',
        f'<ul id="primary-menu" class="menu">\n{nav}\n</ul></nav>',
        "</header>",
        '<div id="content" class="site-content"><main id="main" class="site-main">',
        f'<article id="post-{post}" class="post-{post} post type-post status-publish format-standard">',
        '<header class="entry-header">',
        f'<h1 class="entry-title">{esc(s.title)}</h1>',
        f'<div class="entry-meta"><span class="byline">{esc(byline)}</span>\n'
        f'<span class="posted-on"><time class="entry-date published" datetime="{c.iso()}">{cy_date(d)}'
        "</time></span></div></header>",
        '<figure class="wp-block-image size-large">'
        f'<img src="/wp-content/uploads/{d:%Y/%m}/{_hex(dr, 8)}.jpg" alt="">'
        f'<figcaption class="wp-element-caption">{esc(caption)}\n<span class="credit">{esc(credit)}</span>'
        "</figcaption></figure>",
        '<div class="entry-content">',
        *body,
        f'<p class="funding-credit"><em>{esc(funding)}</em></p>',
        "</div>",
        f'<footer class="entry-footer">{_share_div("sharedaddy", label, sites)}</footer>',
        "</article>",
        '<div id="comments" class="comments-area"><div id="respond" class="comment-respond">'
        '<h3 id="reply-title" class="comment-reply-title">Gadael Ymateb</h3>'
        f'<p class="comment-notes"><span id="email-notes">{esc(notice)}</span></p></div></div>',
        "</main>",
        f'<aside id="secondary" class="widget-area">{latest}',
        f'<section class="widget widget_newsletter"><p>{esc(newsletter)}</p><input type="email">'
        "<button>Cofrestru</button></section></aside>",
        "</div>",
        f'<footer id="colophon" class="site-footer"><ul>\n{footer}\n</ul>'
        f'<div class="site-info">{esc(copy)}</div>'
        "</footer>",
    ]
    return _end_page(c, lines, "cookie-law-info-bar", "Derbyn")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "sk-spravodajsky-portal": render_sk_spravodajsky_portal,
    "sl-novice-portal": render_sl_novice_portal,
    "lv-zinu-portals": render_lv_zinu_portals,
    "cy-newyddion-lleol": render_cy_newyddion_lleol,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _drop_in_body,
    _end_page,
    _hex,
    _insert_after,
    _ldjson,
    _links,
    _listify,
    _other_sentences,
    _page_rng,
    _paras,
    _share_div,
    _snip_titles,
    _story_html,
    register_language,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import Ctx, Story, _j, _slug, esc  # noqa: E402

# The four languages join the registries (new keys only)
register_language(
    "sk",
    first_names=SK_FIRST[0] + SK_FIRST[1],
    surnames=SK_SURNAMES,
    prose=SlovakProse,
    ui=SK_UI,
    months=SK_MONTHS,
    zones=("Europe/Bratislava",),
)
register_language(
    "sl",
    first_names=SL_FIRST[0] + SL_FIRST[1],
    surnames=SL_SURNAMES,
    prose=SlovenianProse,
    ui=SL_UI,
    months=SL_MONTHS,
    zones=("Europe/Ljubljana",),
)
register_language(
    "lv",
    first_names=LV_FIRST[0] + LV_FIRST[1],
    surnames=tuple(m for m, _ in LV_SURNAMES),
    prose=LatvianProse,
    ui=LV_UI,
    months=LV_MONTHS,
    zones=("Europe/Riga",),
)
register_language(
    "cy",
    first_names=CY_FIRST,
    surnames=CY_SURNAMES,
    prose=WelshProse,
    ui=CY_UI,
    months=CY_MONTHS,
    zones=("Europe/London",),
)
