"""Four CARSE template families for the synthetic publishers (see `pipeline.synth.publishers`).

"carse" is a split of its own, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `CARSE_FAMILIES`: the carse families are
generated only by `generate_corpus("carse")`, so every other corpus is as it was. The split is that
of four news portals in languages no split had before, each with its grammar, names, UI strings,
month names and zone, added to the registries of `pipeline.synth.prose` and
`pipeline.synth.publishers` when the module is loaded (`kit.register_language`, new keys only;
nothing another language uses changes):
  * Albanian ("sq", `AlbanianProse`, Europe/Tirane): subject-verb-object; the verb agreeing in
    number with its subject ("Bashkia e Tiranës miratoi" / "banorët e lagjes miratuan"), the
    object in the definite accusative ("buxhetin e ri", "rritjen e taksës së pronës"), a town's
    genitive after its head's linking article ("Bashkia e Durrësit", "Këshilli Bashkiak i Vlorës");
    a headline's subject in the nominative agreeing with its verb ("Tarifat e reja ... ndezin"); a
    woman's role in the feminine before her name ("kryetarja e bashkisë");
  * Macedonian ("mk", `MacedonianProse`, Cyrillic, Europe/Skopje): subject-verb-object in the
    aorist, the verb agreeing in number ("усвои" / "усвоија"), the definite object doubled by the
    clitic of its gender and number ("го усвои новиот буџет", "ја одложи изградбата ...", "ги
    одбија новите цени ..."); women's surnames in "-ска" / "-ева" / "-ова" and the feminine of a
    role ("градоначалничката") before a woman's name;
  * Tagalog ("tl", `TagalogProse`, Asia/Manila): verb-initial clauses in the object focus, the
    actor marked "ng", the focused object "ang" ("Inaprubahan kahapon ng Sangguniang Panlungsod
    ng Pasig ang bagong badyet ng lungsod."), a time adverb after the verb, a longer time phrase
    before the clause ("Matapos ang mahabang debate, ...") or after it ("... nang walang
    tumutol"); a person "ni" ("sabi ni Mayor ..."); headlines in the newspaper form "X,
    inaprubahan ng Y"; English loans where Philippine papers write them
    ("special session", "flood control", "national government");
  * Pashto ("ps", `PashtoProse`, Arabic script, right to left, Asia/Kabul +04:30): subject-object-
    verb; the past of a transitive verb agreeing with its object, not its subject (ergative: "...
    نوې بودیجه تصویب کړه" feminine, "... پلان تصویب کړ" masculine, "... نوي مقررات تصویب کړل"
    plural), a light verb with a noun of its own agreeing with that noun ("د ... مخالفت وکړ",
    "د ... بیاکتنه وکړه"), a preposition between a genitive and its head ("د سړک د پراخولو پر
    پلان"), the passive of a headline agreeing with its subject ("... تصویب شوه"); «…» quotes;
    numbers in Extended Arabic-Indic (Afghan) digits.
Each grammar's `place()` gives the Latin brand the publisher's name is made of (the hosts are ASCII,
as top-channel.tv, kurir.mk, abante.com.ph or pajhwok.com are); the text's towns come from
`city()`, real towns of the country. `mk_latin` and `ps_latin` write Macedonian Cyrillic and Pashto
in Latin letters for the Latin URL slugs; Albanian and Tagalog slugs drop their diacritics.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a bulleted list inside the text is body, one line per item; a photo's
caption and credit are boilerplate; a standfirst under the headline is neither; "read also" lines
amid the text are boilerplate; an ad label of fewer than four words is no snippet (neither). The
choices each family makes for the debatable parts:
  * sq-lajme-portal: an Albanian WordPress news portal: the text, its subheadings and a list are
    body; the "Lexo edhe:" lines amid the text (the label and a linked headline), the breaking-news
    ticker's headlines (on the sites that have one), the menu, the byline, the date line, the
    featured photo's caption (on the pages that have one), the share bar, the tags line, the
    comment form's notice, the "Më të lexuarat" headlines, the "Lajme të ngjashme" headlines (on
    the pages that show them), the footer's about line, the newsroom's address line (the same on
    every page of a site), the footer's menu and the copyright are boilerplate; the "Reklama" label amid the
    text and the comment form's heading and labels are neither (fewer than four words); the
    category label above the headline is neither (one word); there is no standfirst;
  * mk-vesti-portal: a Macedonian in-house CMS portal: the text, subheadings and a list are body;
    the lead under the headline (<p class="lead">, two sentences of the grammar not in the text)
    is neither (a standfirst) on the sites that show one; the breadcrumb, the menu, the author line,
    the date line ("Објавено: ..."), the photo's caption and its "Фото:" credit, the share bar, the
    "Поврзани вести" headlines, the "Најчитани" headlines (on some sites), the newsletter box's
    call, the footer's about line, its menu, its no-copying notice and the copyright are
    boilerplate; the newsletter box's button and the "Реклама" label are neither (fewer than four
    words);
  * tl-balita-site: a Philippine broadsheet's Tagalog edition: the text, subheadings and a list are
    body; the "BASAHIN:" lines amid the text (the label and a linked headline), the menu, the
    byline ("Ni ..."), the date line, the photo's caption and credit, the share bar, the "Follow"
    call (the same on every page of a site), the "Trending" headlines, the "Iba pang balita"
    headlines, the footer's about line, its menu and the copyright are boilerplate; the
    "Advertisement" labels amid the text and beside it are neither (one word), as is the section
    kicker above the headline;
  * ps-khabarona-site: a Pashto news agency's site, right to left: the text, subheadings and a list
    are body; the menu, the breadcrumb, the reporter line, the date line (the solar hijri date and
    the Gregorian one, in Pashto digits), the photo's caption (on the pages that have one), the
    share bar, the tags line, the "اړوند خبرونه" headlines, the "ډېر لوستل شوي" headlines, the
    Telegram call, the footer's about line, its republishing notice (the same on every page of a
    site), its menu and the copyright are boilerplate; the "اعلان" label and the language links
    above the header ("English", "دری") are neither (fewer than four words); there is no
    standfirst.

Families (language; date source; URL and title forms):
  carse  sq-lajme-portal    sq; Yoast JSON-LD graph NewsArticle datePublished with the offset (or,
                            on other sites, <meta property="article:published_time">) and <time
                            datetime> around "Publikuar: e shtunë, 7 mars 2026, 14:30"; paths
                            /<yyyy>/<mm>/<dd>/<slug>/ or /<section>/<slug>-<id>/; <title> "T -
                            Site" or "T | Site"
  carse  mk-vesti-portal    mk; <meta property="article:published_time"> with the offset and the
                            visible "Објавено: 07.03.2026 во 14:30" (or "сабота, 7 март 2026,
                            14:30"); paths /vest/<id>/<Latin slug> or /<section>/<Latin
                            slug>-<id>.html; <title> "T | Site" or "T - Site"
  carse  tl-balita-site     tl; JSON-LD NewsArticle datePublished with +08:00 and the visible
                            "Marso 7, 2026 | 2:30 PM"; paths
                            /<edition>/<section>/<yyyy>/<mm>/<dd>/<id>/<slug> or
                            /<section>/<slug>-<id>; <title> "T | Site" or "T - Site"
  carse  ps-khabarona-site  ps; JSON-LD NewsArticle datePublished with +04:30, <time datetime>
                            with +04:30 around "خپور شوی: شنبه، ۱۶ کب ۱۴۰۴ – ۷ مارچ ۲۰۲۶، ۱۴:۳۰"
                            (Pashto digits); paths /ps/news/<id> or /ps/<section>/<Latin
                            slug>-<id>; <title> "T | Site" or "T - Site"

Every renderer gives every story of its publisher the platform's own URL on first use (a path met
twice on a site gets "-2"), and may turn one middle paragraph into a list, keeping the body within 14
lines and 250-900 words, so `body`, taken from the story after rendering, has it. All four have site
names of their own (`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date, datetime

from pipeline.synth.prose import Prose, _w

FAMILIES: dict[str, str] = {
    "sq-lajme-portal": "carse",
    "mk-vesti-portal": "carse",
    "tl-balita-site": "carse",
    "ps-khabarona-site": "carse",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "sq-lajme-portal": "sq",
    "mk-vesti-portal": "mk",
    "tl-balita-site": "tl",
    "ps-khabarona-site": "ps",
}
# Latin brands ("{p}" is the grammar's `place()`), so the host names are ASCII
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "sq-lajme-portal": ("{p} Lajme", "Lajme {p}", "{p} News", "Portali {p}", "{p} Online"),
    "mk-vesti-portal": ("{p} Vesti", "Vesti {p}", "{p}.mk", "{p} Info", "{p} Portal"),
    "tl-balita-site": ("{p} Balita", "Balitang {p}", "{p} Ngayon", "{p} Tonite", "Pahayagang {p}"),
    "ps-khabarona-site": ("{p} News", "{p} Press", "{p} Khabaruna", "{p} News Agency", "{p} Times"),
}
_BRANDS = {
    "sq": _w(
        "Arberia Dardania Iliria Adriatik Drini Vjosa Tomori Dajti Koha Zeri Fakti Agimi Rilindja Teuta"
    ),
    "mk": _w("Plus Fokus Sloboda Puls Telegraf Ekspres Republika Makfax Vecer Kanal Alfa Globus Nezavisen"),
    "tl": _w("Pilipino Bayan Sambayanan Tinig Kapuluan Masa Bandila Pinoy Hataw Sigaw Bulgar Silangan"),
    "ps": _w("Hewad Wadan Sapa Zalmi Jarga Meena Lmar Rana Bahir Sahar Spogmay Kor Zhwandun"),
}


# --- romanisation for the URL slugs --------------------------------------------------------------

_MK_LATIN = dict(
    zip(
        "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
        _w("a b v g d gj e zh z dz i j k l lj m n nj o p r s t kj u f h c ch dzh sh"),
        strict=True,
    )
)


def mk_latin(text: str) -> str:
    """Macedonian Cyrillic in Latin letters, as Macedonian sites' slugs spell it ("Скопје" ->
    "skopje", "ќе" -> "kje"); any other character kept."""
    return "".join(_MK_LATIN.get(ch, ch) for ch in text.lower())


_PS_LATIN = {
    "ا": "a",
    "آ": "a",
    "أ": "a",
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ټ": "t",
    "ث": "s",
    "ج": "j",
    "ځ": "dz",
    "چ": "ch",
    "څ": "ts",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ډ": "d",
    "ذ": "z",
    "ر": "r",
    "ړ": "r",
    "ز": "z",
    "ژ": "zh",
    "ږ": "zh",
    "س": "s",
    "ش": "sh",
    "ښ": "x",
    "ص": "s",
    "ض": "z",
    "ط": "t",
    "ظ": "z",
    "ع": "a",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ک": "k",
    "ګ": "g",
    "گ": "g",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ڼ": "n",
    "و": "w",
    "ه": "h",
    "ی": "i",
    "ي": "i",
    "ې": "e",
    "ۍ": "ai",
    "ئ": "ay",
    "ء": "",
    "ة": "a",
    "ۀ": "a",
    "\u200c": "",
}


def ps_latin(text: str) -> str:
    """Pashto in Latin letters, letter by letter ("کابل" -> "kabl", "هرات" -> "hrat"): a word-final
    "ه" is "a", Afghan digits ASCII; any other character kept."""
    out: list[str] = []
    for k, ch in enumerate(text):
        if "\u06f0" <= ch <= "\u06f9":
            out.append(str(ord(ch) - 0x06F0))
        elif ch == "ه" and (k + 1 == len(text) or not text[k + 1].isalpha()):
            out.append("a")
        else:
            out.append(_PS_LATIN.get(ch, ch))
    return "".join(out)


_PS_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def ps_digits(text: str) -> str:
    """The text with Afghan (Extended Arabic-Indic) digits for the ASCII ones."""
    return text.translate(_PS_DIGITS)


class _Grammar(Prose):
    """The shared frame of the four grammars: a Latin brand for `place()`, a town for `city()`."""

    cities: tuple[str, ...] = ()
    subheads: tuple[str, ...] = ()

    def place(self) -> str:
        """The site-name word (Latin letters); the text's towns are `city()`."""
        return self.rng.choice(_BRANDS[self.lang])

    def city(self) -> str:
        return self.rng.choice(self.cities)

    def subheading(self) -> str:
        return self.rng.choice(self.subheads)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- Albanian ----------------------------------------------------------------------------------

SQ_FIRST = _w(
    "Arben Besnik Dritan Ermal Gentian Ilir Kristian Luan Erion Blerina Elona Anila Mirela Jonida Klea"
    " Ornela Valbona"
)
SQ_SURNAMES = _w(
    "Hoxha Shehu Gjoka Leka Dervishi Kola Muça Prifti Hasani Basha Çela Marku Bregu Kapllani Zeneli"
)
# (after "në", definite nominative, genitive without its linking article)
SQ_CITIES: tuple[tuple[str, str, str], ...] = (
    ("Tiranë", "Tirana", "Tiranës"),
    ("Durrës", "Durrësi", "Durrësit"),
    ("Vlorë", "Vlora", "Vlorës"),
    ("Shkodër", "Shkodra", "Shkodrës"),
    ("Elbasan", "Elbasani", "Elbasanit"),
    ("Korçë", "Korça", "Korçës"),
    ("Fier", "Fieri", "Fierit"),
    ("Berat", "Berati", "Beratit"),
    ("Lushnjë", "Lushnja", "Lushnjës"),
    ("Kavajë", "Kavaja", "Kavajës"),
    ("Gjirokastër", "Gjirokastra", "Gjirokastrës"),
    ("Sarandë", "Saranda", "Sarandës"),
    ("Pogradec", "Pogradeci", "Pogradecit"),
    ("Kukës", "Kukësi", "Kukësit"),
    ("Lezhë", "Lezha", "Lezhës"),
)
# (subject, "{g}" a town's genitive; plural)
SQ_AGENTS: tuple[tuple[str, bool], ...] = (
    ("Bashkia e {g}", False),
    ("Këshilli Bashkiak i {g}", False),
    ("Qeveria", False),
    ("Ministria e Infrastrukturës dhe Energjisë", False),
    ("Prefektura e {g}", False),
    ("kryetari i bashkisë", False),
    ("opozita", False),
    ("banorët e lagjes", True),
    ("tregtarët e {g}", True),
    ("fermerët", True),
    ("prindërit e nxënësve", True),
    ("këshilltarët e opozitës", True),
)
# (the simple past of a singular subject, of a plural one)
SQ_VERBS: tuple[tuple[str, str], ...] = (
    ("miratoi", "miratuan"),
    ("kundërshtoi", "kundërshtuan"),
    ("shpalli", "shpallën"),
    ("shqyrtoi", "shqyrtuan"),
    ("kritikoi", "kritikuan"),
    ("shtyu", "shtynë"),
    ("mirëpriti", "mirëpritën"),
    ("mbështeti", "mbështetën"),
    ("pezulloi", "pezulluan"),
)
# (definite accusative, definite nominative, plural)
SQ_OBJECTS: tuple[tuple[str, str, bool], ...] = (
    ("buxhetin e ri", "Buxheti i ri", False),
    ("projektin e urës së re", "Projekti i urës së re", False),
    ("planin për zgjerimin e rrugës", "Plani për zgjerimin e rrugës", False),
    ("rritjen e taksës së pronës", "Rritja e taksës së pronës", False),
    ("ndërtimin e shkollës së re", "Ndërtimi i shkollës së re", False),
    ("projektin e ujësjellësit", "Projekti i ujësjellësit", False),
    ("zhvendosjen e terminalit të autobusëve", "Zhvendosja e terminalit të autobusëve", False),
    ("rikonstruksionin e sheshit qendror", "Rikonstruksioni i sheshit qendror", False),
    ("tarifat e reja të parkimit", "Tarifat e reja të parkimit", True),
    ("ndërtimin e spitalit të ri", "Ndërtimi i spitalit të ri", False),
    ("rregullat e reja për mbetjet", "Rregullat e reja për mbetjet", True),
)
SQ_TIMES = (
    "të martën",
    "dje",
    "këtë javë",
    "pas një debati të gjatë",
    "njëzëri",
    "më në fund",
    "në një mbledhje të jashtëzakonshme",
    "sot",
)
SQ_SOURCES = ("Sipas burimeve zyrtare,", "Sipas korrespondentit tonë,", "Sipas informacioneve nga bashkia,")
SQ_LINKS = ("Ndërkohë,", "Megjithatë,", "Përveç kësaj,", "Nga ana tjetër,")
# (a man's role, a woman's)
SQ_ROLES: tuple[tuple[str, str], ...] = (
    ("kryetari i bashkisë", "kryetarja e bashkisë"),
    ("prefekti", "prefektja"),
    ("këshilltari bashkiak", "këshilltarja bashkiake"),
    ("ministri i Infrastrukturës", "ministrja e Infrastrukturës"),
    ("kryetari i shoqatës së tregtarëve", "kryetarja e shoqatës së tregtarëve"),
    ("drejtori i shkollës", "drejtoresha e shkollës"),
)
SQ_WOMEN = frozenset(_w("Blerina Elona Anila Mirela Jonida Klea Ornela Valbona"))
SQ_SAYINGS = (
    "Ky projekt do t'i sjellë përfitime gjithë qytetit",
    "Nuk do të lejojmë që qytetarët të vuajnë",
    "Punimet do të përfundojnë brenda afatit",
    "Qytetarët duhet të kenë pak durim",
    "Këtë vendim e prisnim prej vitesh",
    "Fondet janë miratuar, tani duhet të nisin punimet",
    "Nuk do të tolerojmë asnjë parregullsi në këtë projekt",
    "Synimi ynë është t'i mbyllim punimet para dimrit",
)
SQ_SUBHEADS = (
    "Çfarë ndodh më tej?",
    "Reagimi i qytetarëve",
    "Sa do të kushtojë?",
    "Qëndrimi i opozitës",
    "Detajet e projektit",
    "Afatet",
    "Një debat i gjatë",
)
SQ_NEXT = ("javën e ardhshme", "muajin e ardhshëm", "në fund të muajit", "pas dy javësh")
SQ_MONTHS = _w("janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor")
SQ_WEEKDAYS = ("e hënë", "e martë", "e mërkurë", "e enjte", "e premte", "e shtunë", "e diel")  # Monday first


class AlbanianProse(_Grammar):
    """Albanian city news: the verb agreeing in number, the object in the accusative (docstring)."""

    lang = "sq"
    cities = tuple(x for x, _, _ in SQ_CITIES)
    subheads = SQ_SUBHEADS

    def agent(self, town: tuple[str, str, str] | None = None) -> tuple[str, bool]:
        """A subject (a town's institution: `town`'s or any), and whether it is plural."""
        text, plural = self.rng.choice(SQ_AGENTS)
        return text.replace("{g}", (town or self.rng.choice(SQ_CITIES))[2]), plural

    def clause(self, time: bool = False, town: tuple[str, str, str] | None = None) -> str:
        rng = self.rng
        agent, plural = self.agent(town)
        verb = rng.choice(SQ_VERBS)[1 if plural else 0]
        when = f" {rng.choice(SQ_TIMES)}" if time else ""
        return f"{agent} {verb}{when} {rng.choice(SQ_OBJECTS)[0]}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            verb = rng.choice(("deklaroi", "tha", "u shpreh"))
            name = self.person()
            role = rng.choice(SQ_ROLES)[name.split()[0] in SQ_WOMEN]
            return f"“{rng.choice(SQ_SAYINGS)}”, {verb} {role} {name}."
        if r < 0.25:
            return f"{rng.choice(SQ_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            return f"{rng.choice(SQ_LINKS)} {self.clause(time=rng.random() < 0.5)}."
        if r < 0.52:
            return rng.choice(
                (
                    f"Kostoja e përgjithshme e projektit arrin në {rng.randint(12, 900)} milionë lekë.",
                    f"Punimet pritet të përfundojnë brenda {rng.randint(4, 30)} muajve.",
                    f"Në favor të propozimit votuan {rng.randint(20, 60)} këshilltarë.",
                    f"Deri tani {10 * rng.randint(30, 900)} qytetarë kanë nënshkruar peticionin.",
                    f"Qeveria do të mbulojë {rng.randint(2, 8)}0 për qind të kostos.",
                    f"Projekti pritet të përfundojë deri në vitin {rng.randint(2027, 2030)}.",
                )
            )
        if r < 0.75:
            at, _, of = rng.choice(SQ_CITIES)
            return rng.choice(
                (
                    f"Banorët e {of} e prisnin prej vitesh këtë vendim.",
                    f"Një situatë e ngjashme ishte krijuar kohët e fundit edhe në {at}.",
                    f"Në {at} situata ende nuk ka ndryshuar.",
                    f"Çështja do të diskutohet sërish {rng.choice(SQ_NEXT)}.",
                    f"Opozita kërkoi që dokumentet e projektit të publikohen {rng.choice(SQ_NEXT)}.",
                    f"Në takimin e zhvilluar në {at} morën pjesë shumë qytetarë.",
                    f"Edhe tregtarët e {of} kanë depozituar një kërkesë për këtë çështje.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            town = rng.choice(SQ_CITIES)
            return f"{town[1]}: {_cap(self.clause(town=town))}"
        if r < 0.6:
            _, nom, plural = rng.choice(SQ_OBJECTS)
            return f"{nom} {'ndezin' if plural else 'ndez'} debatin në {rng.choice(SQ_CITIES)[0]}"
        if r < 0.85:
            who = rng.choice(("bashkisë", "qeverisë", "prefekturës", "këshillit bashkiak"))
            return f"Përplasje mes {who} dhe opozitës për {rng.choice(SQ_OBJECTS)[0]}"
        return f"{self.person()}: “{rng.choice(SQ_SAYINGS)}”"


SQ_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Kryefaqja",
        "Lajme",
        "Politikë",
        "Ekonomi",
        "Aktualitet",
        "Rajoni",
        "Bota",
        "Sport",
        "Kulturë",
        "Opinion",
        "Showbiz",
    ),
    "sections": ("Aktualitet", "Politikë", "Ekonomi", "Lajme", "Rajoni", "Kronikë"),
    "related": ("Lajme të ngjashme",),
    "read_more": ("Lexo edhe:",),
    "by": ("Nga",),
    "desks": ("Redaksia", "Gazetar", "Korrespondent"),
    "share": ("Shpërndaje këtë lajm", "Ndaje me miqtë"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Viber", "Kopjo linkun"),
    "newsletter": ("Merrni lajmet kryesore çdo mëngjes në email-in tuaj",),
    "comments": ("Komentet publikohen vetëm pasi miratohen nga redaksia",),
    "cookie": ("Kjo faqe përdor cookies për t'ju ofruar një përvojë më të mirë",),
    "ad": ("Reklama",),
    "copyright": ("© {year} {name}. Të gjitha të drejtat të rezervuara.",),
    "disclaimer": ("Ndalohet ripublikimi i përmbajtjes pa lejen e redaksisë.",),
    "tagline": ("Lajme të besueshme që nga viti {since}",),
    "bio": ("{author} shkruan për {name} që nga viti {since2}, kryesisht për {beat}.",),
    "beats": ("çështjet urbane", "transportin", "arsimin", "shëndetësinë", "mjedisin"),
    "editorial": ("Ky artikull është pjesë e ciklit të veçantë të {name}.",),
    "classified": ("Jepet me qira apartament 2+1 në qendër të qytetit.",),
    "subscribe": ("Na ndiqni në Facebook dhe Instagram",),
}
SQ_SECTION_SLUGS = {
    "Aktualitet": "aktualitet",
    "Politikë": "politike",
    "Ekonomi": "ekonomi",
    "Lajme": "lajme",
    "Rajoni": "rajoni",
    "Kronikë": "kronike",
}


# --- Macedonian --------------------------------------------------------------------------------

MK_MALE = _w("Александар Никола Горан Зоран Дејан Игор Марко Бојан Сашо Владимир")
MK_FEMALE = _w("Елена Марија Ана Билјана Јасмина Драгана Катерина Ивана")
MK_SURNAMES = _w(
    "Петровски Стојановски Николовски Трајковски Димитровски Ристовски Георгиев Андонов Костов Илиевски"
    " Јовановски Митревски Спасовски"
)
MK_CITIES = _w(
    "Скопје Битола Куманово Прилеп Тетово Охрид Велес Штип Гостивар Струмица Кавадарци Кочани Струга"
    " Кичево Гевгелија"
)
# (subject, "{c}" a town; plural)
MK_AGENTS: tuple[tuple[str, bool], ...] = (
    ("Советот на Општина {c}", False),
    ("Владата", False),
    ("Општина {c}", False),
    ("градоначалникот", False),
    ("Министерството за транспорт и врски", False),
    ("опозицијата", False),
    ("жителите на населбата", True),
    ("трговците од {c}", True),
    ("земјоделците", True),
    ("родителите на учениците", True),
    ("советниците од опозицијата", True),
)
# (the aorist of a singular subject, of a plural one)
MK_VERBS: tuple[tuple[str, str], ...] = (
    ("усвои", "усвоија"),
    ("одби", "одбија"),
    ("објави", "објавија"),
    ("разгледа", "разгледаа"),
    ("поддржа", "поддржаа"),
    ("одложи", "одложија"),
    ("поздрави", "поздравија"),
    ("оспори", "оспорија"),
    ("запре", "запреа"),
)
# (definite object, gender: "m", "f", "n" or "pl")
MK_OBJECTS: tuple[tuple[str, str], ...] = (
    ("новиот буџет", "m"),
    ("проектот за новиот мост", "m"),
    ("зголемувањето на данокот на имот", "n"),
    ("изградбата на новото училиште", "f"),
    ("реконструкцијата на плоштадот", "f"),
    ("новите цени за паркирање", "pl"),
    ("проектот за водоснабдување", "m"),
    ("преселбата на автобуската станица", "f"),
    ("проширувањето на булеварот", "n"),
    ("изградбата на новата болница", "f"),
    ("планот за нова канализациска мрежа", "m"),
)
MK_CLITICS = {"m": "го", "n": "го", "f": "ја", "pl": "ги"}
MK_TIMES = (
    "во вторникот",
    "вчера",
    "оваа недела",
    "по долга расправа",
    "едногласно",
    "конечно",
    "на вонредна седница",
    "денеска",
)
MK_SOURCES = (
    "Според официјалните информации,",
    "Како дозна нашиот дописник,",
    "Според изворите од Општината,",
)
MK_LINKS = ("Во меѓувреме,", "Сепак,", "Покрај тоа,", "Од друга страна,")
# (a man's role, a woman's)
MK_ROLES: tuple[tuple[str, str], ...] = (
    ("градоначалникот", "градоначалничката"),
    ("министерот за транспорт", "министерката за транспорт"),
    ("советникот", "советничката"),
    ("претседателот на Советот", "претседателката на Советот"),
    ("директорот на училиштето", "директорката на училиштето"),
)
MK_SAYINGS = (
    "Овој проект ќе му донесе корист на целиот град",
    "Нема да дозволиме граѓаните да трпат",
    "Работите ќе завршат во предвидениот рок",
    "Граѓаните треба да имаат малку трпение",
    "Оваа одлука ја чекавме со години",
    "Парите се обезбедени, сега треба да почнат работите",
    "Нема да толерираме никакви неправилности во овој проект",
    "Целта ни е работите да завршат пред зимата",
)
MK_SUBHEADS = (
    "Што следува?",
    "Реакции од граѓаните",
    "Колку ќе чини?",
    "Ставот на опозицијата",
    "Детали за проектот",
    "Рокови",
    "Долгогодишен спор",
)
MK_NEXT = ("следната недела", "следниот месец", "на крајот од месецот", "за две недели")
MK_MONTHS = _w("јануари февруари март април мај јуни јули август септември октомври ноември декември")
MK_WEEKDAYS = _w("понеделник вторник среда четврток петок сабота недела")


def mk_feminine(surname: str) -> str:
    """A Macedonian surname's feminine ("Петровски" -> "Петровска", "Костов" -> "Костова")."""
    if surname.endswith("ски"):
        return surname[:-1] + "а"
    return surname + "а"


class MacedonianProse(_Grammar):
    """Macedonian city news: the aorist agreeing in number, the object's clitic (docstring)."""

    lang = "mk"
    cities = MK_CITIES
    subheads = MK_SUBHEADS

    def person(self) -> str:
        return self._person()[0]

    def _person(self) -> tuple[str, bool]:
        """A full name, a woman's surname feminine; whether she is a woman."""
        rng = self.rng
        first = rng.choice(MK_MALE + MK_FEMALE)
        surname = rng.choice(MK_SURNAMES)
        woman = first in MK_FEMALE
        return f"{first} {mk_feminine(surname) if woman else surname}", woman

    def clause(self, time: bool = False, city: str = "") -> str:
        rng = self.rng
        agent, plural = rng.choice(MK_AGENTS)
        agent = agent.replace("{c}", city or self.city())
        verb = rng.choice(MK_VERBS)[1 if plural else 0]
        obj, gender = rng.choice(MK_OBJECTS)
        when = f"{rng.choice(MK_TIMES)} " if time else ""
        return f"{agent} {when}{MK_CLITICS[gender]} {verb} {obj}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            name, woman = self._person()
            role = rng.choice(MK_ROLES)[1 if woman else 0]
            verb = ("изјави", "рече", "истакна")[rng.randrange(3)]
            return f"„{rng.choice(MK_SAYINGS)}“, {verb} {role} {name}."
        if r < 0.25:
            return f"{rng.choice(MK_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            return f"{rng.choice(MK_LINKS)} {self.clause(time=rng.random() < 0.5)}."
        if r < 0.52:
            return rng.choice(
                (
                    f"Вкупната вредност на проектот изнесува {rng.randint(12, 900)} милиони денари.",
                    f"Работите треба да завршат за околу {rng.randint(4, 30)} месеци.",
                    f"За предлогот гласаа {rng.randint(12, 40)} советници.",
                    f"Досега петицијата ја потпишаа {10 * rng.randint(30, 900)} граѓани.",
                    f"Владата ќе покрие {rng.randint(2, 8)}0 отсто од трошоците.",
                    f"Проектот се очекува да заврши до {rng.randint(2027, 2030)} година.",
                )
            )
        if r < 0.75:
            city = self.city()
            return rng.choice(
                (
                    f"Жителите на {city} со години ја чекаа оваа одлука.",
                    f"Слична состојба неодамна имаше и во {city}.",
                    f"Во {city} состојбата сè уште не е променета.",
                    f"Темата повторно ќе се разгледува {rng.choice(MK_NEXT)}.",
                    f"Опозицијата побара документацијата за проектот да се објави {rng.choice(MK_NEXT)}.",
                    f"На средбата во {city} присуствуваа голем број граѓани.",
                    f"И трговците од {city} доставија барање по ова прашање.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            city = self.city()
            return f"{city}: {_cap(self.clause(city=city))}"
        if r < 0.6:
            obj, gender = rng.choice(MK_OBJECTS)
            return f"{_cap(obj)} {'ја поделија' if gender == 'pl' else 'ја подели'} јавноста во {self.city()}"
        if r < 0.85:
            return f"Расправа во {self.city()} за {rng.choice(MK_OBJECTS)[0]}"
        return f"{self.person()}: „{rng.choice(MK_SAYINGS)}“"


MK_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Почетна",
        "Македонија",
        "Скопје",
        "Економија",
        "Свет",
        "Регион",
        "Спорт",
        "Култура",
        "Забава",
        "Колумни",
    ),
    "sections": ("Македонија", "Скопје", "Економија", "Политика", "Општество", "Хроника"),
    "related": ("Поврзани вести",),
    "read_more": ("Прочитајте и:",),
    "by": ("Автор:",),
    "desks": ("новинар", "дописник", "редакција"),
    "share": ("Сподели ја веста", "Сподели со пријателите"),
    "share_sites": ("Facebook", "X", "Viber", "WhatsApp", "Копирај линк"),
    "newsletter": ("Пријавете се на нашиот билтен и добивајте ги најважните вести секое утро",),
    "comments": ("Коментарите се објавуваат по одобрување од уредништвото",),
    "cookie": ("Оваа веб-страница користи колачиња за подобро корисничко искуство",),
    "ad": ("Реклама",),
    "copyright": ("© {year} {name}. Сите права се задржани.",),
    "disclaimer": ("Забрането е преземање на содржините без писмена дозвола од редакцијата.",),
    "tagline": ("Независен портал од {since} година",),
    "bio": ("{author} пишува за {name} од {since2} година, главно за {beat}.",),
    "beats": ("урбанизам", "сообраќај", "образование", "здравство", "животна средина"),
    "editorial": ("Овој текст е дел од специјалната серија на {name}.",),
    "classified": ("Се издава двособен стан во центарот на градот.",),
    "subscribe": ("Следете нè на Facebook и Instagram",),
}
MK_SECTION_SLUGS = {
    "Македонија": "makedonija",
    "Скопје": "skopje",
    "Економија": "ekonomija",
    "Политика": "politika",
    "Општество": "opshtestvo",
    "Хроника": "hronika",
}


# --- Tagalog -----------------------------------------------------------------------------------

TL_FIRST = _w(
    "Juan Jose Ramon Roberto Mark Paolo Rodel Antonio Maria Ana Liza Cristina Jennifer Angelica"
    " Marites Rowena"
)
TL_SURNAMES = (
    "dela Cruz",
    "Santos",
    "Reyes",
    "Garcia",
    "Mendoza",
    "Bautista",
    "Villanueva",
    "Ramos",
    "Aquino",
    "Castillo",
    "Navarro",
    "Fernandez",
    "Mercado",
    "Soriano",
)
TL_CITIES = (
    "Maynila",
    "Quezon City",
    "Makati",
    "Pasig",
    "Taguig",
    "Caloocan",
    "Marikina",
    "Antipolo",
    "Cebu",
    "Davao",
    "Iloilo",
    "Bacolod",
    "Baguio",
    "Zamboanga",
    "Cagayan de Oro",
    "Batangas",
)
# the actor ("ng" is put before it; "{c}" a city)
TL_AGENTS = (
    "Sangguniang Panlungsod ng {c}",
    "pamahalaang lungsod ng {c}",
    "Malacañang",
    "Department of Public Works and Highways",
    "Metro Manila Development Authority",
    "alkalde ng {c}",
    "oposisyon sa konseho",
    "mga residente",
    "mga negosyante sa {c}",
    "mga magsasaka",
    "mga magulang",
    "mga tsuper ng jeepney",
)
# object-focus verbs (the object takes "ang", the actor "ng")
TL_VERBS = _w(
    "inaprubahan tinutulan inanunsyo sinuri binatikos ipinagpaliban tinanggap sinuportahan sinuspinde pinuna"
)
# the object, without its "ang"
TL_OBJECTS = (
    "bagong badyet ng lungsod",
    "panukalang pagpapalawak ng kalsada",
    "proyektong flood control sa ilog",
    "pagtaas ng buwis sa ari-arian",
    "pagtatayo ng bagong paaralan",
    "bagong ordinansa sa trapiko",
    "paglilipat ng terminal ng bus",
    "proyekto sa suplay ng tubig",
    "bagong singil sa paradahan",
    "pagtatayo ng bagong ospital",
    "rehabilitasyon ng pampublikong palengke",
    "mga bagong patakaran sa basura",
)
# (a time phrase, where it goes: after the verb, before the clause with a comma, or at its end)
TL_TIMES: tuple[tuple[str, str], ...] = (
    ("noong Martes", "verb"),
    ("kahapon", "verb"),
    ("ngayong linggo", "verb"),
    ("ngayong araw", "verb"),
    ("sa wakas", "verb"),
    ("matapos ang mahabang debate", "front"),
    ("sa isang special session", "front"),
    ("nang walang tumutol", "end"),
)
TL_SOURCES = (
    "Ayon sa mga opisyal ng lungsod,",
    "Batay sa ulat ng aming correspondent,",
    "Ayon sa isang source mula sa city hall,",
)
TL_LINKS = ("Samantala,", "Gayunman,", "Bukod dito,", "Sa kabilang banda,")
TL_ROLES = ("Mayor", "Vice Mayor", "Konsehal", "Gobernador", "Kapitan", "Engr.")
TL_SAYINGS = (
    "Makikinabang ang buong lungsod sa proyektong ito",
    "Hindi namin hahayaang mahirapan ang mga residente",
    "Matatapos ang proyekto sa takdang panahon",
    "Kaunting pasensya lang ang hinihingi namin sa publiko",
    "Matagal na naming hinihintay ang desisyong ito",
    "Nailaan na ang pondo kaya dapat nang simulan ang trabaho",
    "Hindi namin papayagan ang anumang katiwalian sa proyektong ito",
    "Target naming matapos ito bago ang tag-ulan",
)
TL_SUBHEADS = (
    "Ano ang susunod?",
    "Reaksyon ng mga residente",
    "Magkano ang gagastusin?",
    "Posisyon ng oposisyon",
    "Mga detalye ng proyekto",
    "Iskedyul ng proyekto",
    "Matagal nang usapin",
)
TL_NEXT = (
    "sa susunod na linggo",
    "sa susunod na buwan",
    "sa katapusan ng buwan",
    "sa loob ng dalawang linggo",
)
TL_MONTHS = _w("Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre")
TL_WEEKDAYS = _w("Lunes Martes Miyerkoles Huwebes Biyernes Sabado Linggo")


class TagalogProse(_Grammar):
    """Tagalog city news: verb-first clauses in the object focus (module docstring)."""

    lang = "tl"
    cities = TL_CITIES
    subheads = TL_SUBHEADS

    def agent(self, city: str = "") -> str:
        return self.rng.choice(TL_AGENTS).replace("{c}", city or self.city())

    def clause(self, time: bool = False, city: str = "") -> str:
        rng = self.rng
        verb = rng.choice(TL_VERBS)
        when, at = rng.choice(TL_TIMES) if time else ("", "")
        after = f" {when}" if at == "verb" else ""
        clause = f"{verb}{after} ng {self.agent(city)} ang {rng.choice(TL_OBJECTS)}"
        if at == "front":
            return f"{when}, {clause}"
        return f"{clause} {when}" if at == "end" else clause

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            verb = rng.choice(("sabi ni", "ayon kay", "giit ni"))
            return f"“{rng.choice(TL_SAYINGS)},” {verb} {rng.choice(TL_ROLES)} {self.person()}."
        if r < 0.25:
            return f"{rng.choice(TL_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            return f"{rng.choice(TL_LINKS)} {self.clause(time=rng.random() < 0.5)}."
        if r < 0.52:
            return rng.choice(
                (
                    f"Aabot sa ₱{rng.randint(12, 900)} milyon ang kabuuang halaga ng proyekto.",
                    f"Inaasahang matatapos ang proyekto sa loob ng {rng.randint(4, 30)} buwan.",
                    f"Bumoto pabor sa panukala ang {rng.randint(8, 30)} konsehal.",
                    f"Umabot na sa {10 * rng.randint(30, 900)} residente ang lumagda sa petisyon.",
                    f"Sasagutin ng national government ang {rng.randint(2, 8)}0 porsiyento ng gastos.",
                    f"Inaasahang matatapos ang proyekto bago matapos ang {rng.randint(2027, 2030)}.",
                )
            )
        if r < 0.75:
            city = self.city()
            return rng.choice(
                (
                    f"Matagal nang hinihintay ng mga residente ng {city} ang desisyong ito.",
                    f"Ganito rin ang naging sitwasyon sa {city} kamakailan.",
                    f"Hindi pa rin nagbabago ang sitwasyon sa {city}.",
                    f"Muling tatalakayin ang usapin {rng.choice(TL_NEXT)}.",
                    f"Hiniling ng oposisyon na ilabas ang mga dokumento ng proyekto {rng.choice(TL_NEXT)}.",
                    f"Maraming residente ang dumalo sa pulong na ginanap sa {city}.",
                    f"Nagsumite rin ng petisyon ang mga negosyante sa {city}.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            city = self.city()
            return f"{city}: {_cap(self.clause(city=city))}"
        if r < 0.6:
            return f"{_cap(rng.choice(TL_OBJECTS))}, {rng.choice(TL_VERBS)} ng {self.agent()}"
        if r < 0.85:
            return f"Mainit na debate sa {self.city()} dahil sa {rng.choice(TL_OBJECTS)}"
        return f"{self.person()}: “{rng.choice(TL_SAYINGS)}”"


TL_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Home",
        "Balita",
        "Metro",
        "Probinsya",
        "Bansa",
        "Showbiz",
        "Sports",
        "Opinyon",
        "Negosyo",
        "Lifestyle",
    ),
    "sections": ("Balita", "Metro", "Probinsya", "Bansa", "Negosyo", "Edukasyon"),
    "related": ("Iba pang balita",),
    "read_more": ("BASAHIN:",),
    "by": ("Ni",),
    "desks": ("Reporter", "Correspondent", "News Desk"),
    "share": ("I-share ang balitang ito", "Share this article"),
    "share_sites": ("Facebook", "X", "Messenger", "Viber", "Copy link"),
    "newsletter": ("Mag-subscribe sa aming newsletter para sa mga pangunahing balita araw-araw",),
    "comments": ("Ang mga komento ay dadaan muna sa pagsusuri ng aming mga editor",),
    "cookie": ("Gumagamit ang website na ito ng cookies para sa mas magandang karanasan",),
    "ad": ("Advertisement",),
    "copyright": ("Copyright © {year} {name}. All Rights Reserved.",),
    "disclaimer": ("Bawal ang muling paglalathala ng nilalaman nang walang pahintulot.",),
    "tagline": ("Ang inyong maaasahang pahayagan mula pa noong {since}",),
    "bio": ("Si {author} ay sumusulat para sa {name} mula pa noong {since2}, tungkol sa {beat}.",),
    "beats": ("usaping lungsod", "trapiko", "edukasyon", "kalusugan", "kapaligiran"),
    "editorial": ("Ang ulat na ito ay bahagi ng espesyal na serye ng {name}.",),
    "classified": ("Paupahan: dalawang kuwartong apartment sa sentro ng lungsod.",),
    "subscribe": ("I-follow kami sa Facebook at YouTube",),
}
TL_SECTION_SLUGS = {
    "Balita": "balita",
    "Metro": "metro",
    "Probinsya": "probinsya",
    "Bansa": "bansa",
    "Negosyo": "negosyo",
    "Edukasyon": "edukasyon",
}


# --- Pashto ------------------------------------------------------------------------------------

PS_FIRST = _w("احمد محمد حمید فرید وحید نجیب رحمت جاوید ملالۍ زرغونه شبنم نازیه پلوشه مریم")
PS_SURNAMES = _w("احمدزی پوپلزی یوسفزی ستانکزی وردک مومند شینواری کاکړ اڅکزی صافي ځدراڼ مندوخېل")
PS_CITIES = _w(
    "کابل کندهار هرات کندز غزني خوست ګردېز لښکرګاه پلخمري فراه بامیان چاریکار ترینکوټ میمنه شبرغان"
)
# agents of a past transitive verb, in the oblique ("{c}" a town)
PS_AGENTS = (
    "ښاروالۍ",
    "د {c} ښاروالۍ",
    "ولایتي شورا",
    "حکومت",
    "د عامه کارونو وزارت",
    "والي",
    "ښاروال",
    "مخالفانو",
    "اوسېدونکو",
    "د {c} سوداګرو",
    "بزګرانو",
    "مشرانو",
)
# (the genitives before the head, the head direct, the head oblique, gender: "m", "f", "mp", "fp")
PS_OBJECTS: tuple[tuple[str, str, str, str], ...] = (
    ("", "نوې بودیجه", "نوې بودیجې", "f"),
    ("د سړک د پراخولو", "پلان", "پلان", "m"),
    ("د څښاک د اوبو", "پروژه", "پروژې", "f"),
    ("د ملکیت د مالیې", "زیاتوالی", "زیاتوالي", "m"),
    ("د نوي ښوونځي", "ودانۍ", "ودانۍ", "f"),
    ("د بسونو د تمځای", "لېږد", "لېږد", "m"),
    ("د پارکینګ", "نوې بیې", "نویو بیو", "fp"),
    ("د کانالیزاسیون", "پروژه", "پروژې", "f"),
    ("د ښاري ترانسپورت", "نوی پلان", "نوي پلان", "m"),
    ("د زاړه بازار", "بیارغونه", "بیارغونې", "f"),
    ("د نوي روغتون", "جوړونه", "جوړونې", "f"),
    ("د ښار", "نوي مقررات", "نویو مقرراتو", "mp"),
)
PS_LIGHT = {"m": "کړ", "f": "کړه", "mp": "کړل", "fp": "کړې"}  # the past of "کول" agreeing with the object
PS_PASSIVE = {"m": "شو", "f": "شوه", "mp": "شول", "fp": "شوې"}  # the past of "کېدل"
PS_DIRECT = ("تصویب", "اعلان", "رد", "معطل", "تایید")  # noun + "کول", agreeing with the object
# (noun, its own light verb, the preposition between the genitive and the object's head)
PS_OWN: tuple[tuple[str, str, str], ...] = (
    ("مخالفت", "وکړ", "د"),
    ("ملاتړ", "وکړ", "د"),
    ("هرکلی", "وکړ", "د"),
    ("بیاکتنه", "وکړه", "د"),
    ("نیوکه", "وکړه", "پر"),
)
PS_TIMES = (
    "د درېشنبې په ورځ",
    "پرون",
    "پدې اونۍ کې",
    "له اوږد بحث وروسته",
    "په اتفاق سره",
    "بالاخره",
    "په یوه ځانګړې غونډه کې",
    "نن",
)
PS_SOURCES = ("د رسمي معلوماتو له مخې،", "زموږ د خبریال د راپور له مخې،", "د ښاروالۍ د سرچینو په وینا،")
PS_LINKS = ("په همدې حال کې،", "خو،", "سربېره پر دې،", "له بلې خوا،")
PS_ROLES = (
    "ښاروال",
    "والي",
    "د ولایتي شورا غړي",
    "د عامه کارونو وزیر",
    "د سوداګرو د اتحادیې مشر",
    "د ښوونځي مدیر",
)
PS_SAYINGS = (
    "دا پروژه به ټول ښار ته ګټه ورسوي",
    "موږ به خلکو ته هېڅ ستونزه پېښه نه کړو",
    "کار به په ټاکلي وخت کې بشپړ شي",
    "خلک باید لږ صبر وکړي",
    "موږ له کلونو راهیسې د دې پرېکړې په تمه وو",
    "بودیجه منظوره شوې، اوس باید کار پیل شي",
    "په دې پروژه کې به هېڅ ډول فساد ونه زغمل شي",
    "زموږ هدف دا دی چې کار د ژمي تر مخه پای ته ورسوو",
)
PS_SUBHEADS = (
    "اوس به څه کېږي؟",
    "د خلکو غبرګون",
    "لګښت به یې څومره وي؟",
    "د مخالفانو دریځ",
    "د پروژې جزییات",
    "مهالوېش",
    "اوږده شخړه",
)
PS_NEXT = ("راتلونکې اونۍ", "راتلونکې میاشت", "د میاشتې په پای کې", "دوه اونۍ وروسته")
PS_MONTHS = _w("جنوري فبروري مارچ اپرېل می جون جولای اګست سپتمبر اکتوبر نومبر دسمبر")
PS_WEEKDAYS = _w("دوشنبه درېشنبه چهارشنبه پنجشنبه جمعه شنبه یکشنبه")  # Monday first


def _ps_object(rng: random.Random) -> tuple[str, str, str, str]:
    return rng.choice(PS_OBJECTS)


class PashtoProse(_Grammar):
    """Pashto city news: the ergative past agreeing with its object (module docstring)."""

    lang = "ps"
    cities = PS_CITIES
    subheads = PS_SUBHEADS

    def clause(self, time: bool = False, city: str = "") -> str:
        rng = self.rng
        agent = rng.choice(PS_AGENTS).replace("{c}", city or self.city())
        when = f" {rng.choice(PS_TIMES)}" if time else ""
        mod, head, obl, gender = _ps_object(rng)
        if rng.random() < 0.55:
            obj = f"{mod} {head}".strip()
            return f"{agent}{when} {obj} {rng.choice(PS_DIRECT)} {PS_LIGHT[gender]}"
        noun, light, prep = rng.choice(PS_OWN)
        return f"{agent}{when} {mod} {prep} {obl} {noun} {light}".replace("  ", " ")

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            verb = rng.choice(("وویل", "زیاته کړه", "څرګنده کړه"))
            return f"«{rng.choice(PS_SAYINGS)}»، {rng.choice(PS_ROLES)} {self.person()} {verb}."
        if r < 0.25:
            return f"{rng.choice(PS_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            return f"{rng.choice(PS_LINKS)} {self.clause(time=rng.random() < 0.5)}."
        if r < 0.52:
            return ps_digits(
                rng.choice(
                    (
                        f"د دې پروژې ټول لګښت {rng.randint(12, 900)} میلیونه افغانۍ دی.",
                        f"کار به نږدې په {rng.randint(4, 30)} میاشتو کې بشپړ شي.",
                        f"د وړاندیز په ګټه {rng.randint(12, 40)} غړو رایه ورکړه.",
                        f"تر اوسه {10 * rng.randint(30, 900)} تنو په عریضه لاسلیک کړی دی.",
                        f"د لګښت {rng.randint(2, 8)}0 سلنه به مرکزي حکومت ورکوي.",
                        f"تمه کېږي چې پروژه تر {rng.randint(2027, 2030)} کال پورې بشپړه شي.",
                    )
                )
            )
        if r < 0.75:
            city = self.city()
            return rng.choice(
                (
                    f"د {city} اوسېدونکي له کلونو راهیسې د دې پرېکړې په تمه وو.",
                    f"په {city} کې هم پدې وروستیو کې ورته حالت رامنځته شوی و.",
                    f"په {city} کې لا هم وضعیت نه دی بدل شوی.",
                    f"دا موضوع به {rng.choice(PS_NEXT)} د شورا په غونډه کې بیا وڅېړل شي.",
                    f"مخالفانو غوښتنه وکړه چې د پروژې اسناد {rng.choice(PS_NEXT)} خپاره شي.",
                    f"په {city} کې جوړې شوې غونډې ته ډېر شمېر خلک راغلي وو.",
                    f"د {city} سوداګرو هم پدې اړه عریضه سپارلې وه.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            city = self.city()
            return f"{city}: {self.clause(city=city)}"
        if r < 0.6:
            mod, head, _, gender = _ps_object(rng)
            obj = f"{mod} {head}".strip()
            return f"په {self.city()} کې {obj} {rng.choice(PS_DIRECT)} {PS_PASSIVE[gender]}"
        if r < 0.85:
            mod, _, obl, _ = _ps_object(rng)
            who = rng.choice(("ښاروالۍ", "ولایتي شورا", "حکومت"))
            return f"{mod} د {obl} پر سر د {who} او مخالفانو ترمنځ اختلاف".strip()
        return f"{self.person()}: «{rng.choice(PS_SAYINGS)}»"


PS_UI: dict[str, tuple[str, ...]] = {
    "nav": ("کور", "افغانستان", "سیمه", "نړۍ", "اقتصاد", "ټولنه", "روغتیا", "ورزش", "کلتور", "ویډیو"),
    "sections": ("افغانستان", "کابل", "ولایتونه", "اقتصاد", "ټولنه", "ښوونه او روزنه"),
    "related": ("اړوند خبرونه",),
    "read_more": ("نور ولولئ:",),
    "by": ("خبریال:",),
    "desks": ("خبریال", "ځانګړی خبریال", "د خبرونو څانګه"),
    "share": ("دا خبر شریک کړئ", "له ملګرو سره یې شریک کړئ"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "لینک کاپي کړئ"),
    "newsletter": ("مهم خبرونه هره ورځ په خپل بریښنالیک کې ترلاسه کړئ",),
    "comments": ("ستاسو نظرونه د ایډیټر له کتنې وروسته خپرېږي",),
    "cookie": ("دا وېبپاڼه د ښه تجربې لپاره کوکیز کاروي",),
    "ad": ("اعلان",),
    "copyright": ("ټول حقونه خوندي دي © {year} {name}",),
    "disclaimer": ("د خبرونو بیا خپرول یوازې د سرچینې په یادونې سره روا دي.",),
    "tagline": ("له {since} راهیسې ستاسو باوري خبري سرچینه",),
    "bio": ("{author} له {since2} راهیسې د {name} لپاره د {beat} په اړه لیکي.",),
    "beats": ("ښاري چارو", "ترانسپورت", "ښوونې او روزنې", "روغتیا", "چاپېریال"),
    "editorial": ("دا راپور د {name} د ځانګړې لړۍ برخه ده.",),
    "classified": ("د ښار په مرکز کې دوه کوټیز اپارتمان په کرایه ورکول کېږي.",),
    "subscribe": ("زموږ د ټیلیګرام چینل سره یوځای شئ",),
}
PS_SECTION_SLUGS = {
    "افغانستان": "afghanistan",
    "کابل": "kabul",
    "ولایتونه": "provinces",
    "اقتصاد": "economy",
    "ټولنه": "society",
    "ښوونه او روزنه": "education",
}


# --- shared pieces -----------------------------------------------------------------------------


def latin_slug(text: str, limit: int = 60) -> str:
    """An ASCII URL slug of Albanian, Macedonian, Tagalog or Pashto text (Cyrillic and Pashto written
    in Latin letters first, diacritics dropped), cut at a word within `limit` characters."""
    if re.search("[\u0400-\u04ff]", text):
        text = mk_latin(text)
    elif re.search("[\u0600-\u06ff]", text):
        text = ps_latin(text)
    slug = _slug(text.replace("ë", "e").replace("Ë", "E"))
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug or "lajm"


def _set_paths(c: Ctx, make: Callable[[Story], str]) -> None:
    """Every story of the publisher gets `make`'s path; a path met again on the site gets "-2",
    "-3" ... before its closing "/" or ".html" (or at its end), the same on every call."""
    count: dict[str, int] = {}
    paths: dict[int, str] = {}
    for o in c.others:
        p = make(o)
        count[p] = n = count.get(p, 0) + 1
        if n > 1:
            stem, tail = (
                (p[:-1], "/") if p.endswith("/") else (p[:-5], ".html") if p.endswith(".html") else (p, "")
            )
            p = f"{stem}-{n}{tail}"
        paths[id(o)] = p
    c.repath(lambda o: paths[id(o)])


def _numbers(c: Ctx, key: str, start: int, step: int) -> Callable[[Story], int]:
    """A story's numeric id on its site, rising with publication order from `start`, about `step`
    apart."""
    return lambda o: (
        start + step * c.others.index(o) + random.Random(f"carse-{key}-{o.title}").randrange(step)
    )


def _body(c: Ctx, p: str = "<p>{}</p>", head: str = "<{tag}>{}</{tag}>", ul: str = "<ul>") -> list[str]:
    """The story's blocks as HTML (`kit._story_html`)."""
    return _story_html(
        c,
        lambda h: p.replace("{}", h),
        lambda tag, h: head.replace("{tag}", tag).replace("{}", h),
        lambda h: f"<blockquote>{h}</blockquote>",
        lambda items: ul + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
    )


def _reads(c: Ctx, label: str, cls: str, n: int = 2) -> list[tuple[int, str]]:
    """`n` "read also" lines (the label and a linked headline, snippets), placed after the 2nd,
    4th ... paragraph."""
    inserts = []
    for k, o in enumerate(c.pick_others(n)):
        c.snip(f"{label} {o.title}")
        inserts.append(
            (
                1 + 2 * k,
                f'<p class="{cls}"><strong>{esc(label)}</strong>'
                f' <a href="{esc(o.path)}">{esc(o.title)}</a></p>',
            )
        )
    return inserts


def _finish(c: Ctx, lines: list[str], cls: str, button: str) -> str:
    """The page's end (`kit._end_page`), the in-text topic links given Latin slugs."""
    html = _end_page(c, lines, cls, button)
    return re.sub(
        r'<a href="/topic/[^"]*">([^<]*)</a>',
        lambda m: f'<a href="/topic/{latin_slug(m[1], 40)}">{m[1]}</a>',
        html,
    )


def _home(item: str, nav: list[str], href: str, home: str = "/") -> str:
    """A menu item's link: the home page's for the menu's first item, else `href`."""
    return home if item == nav[0] else href


def _share(c: Ctx, cls: str) -> str:
    """The share bar (`Ctx.share`), its links marked with their network."""
    label, sites = c.share()
    return (
        f'<div class="{cls}"><span>{esc(label)}</span>\n'
        + "\n".join(
            f'<a href="#" data-network="{_slug(x) if x.isascii() else "copy"}">{esc(x)}</a>' for x in sites
        )
        + "</div>"
    )


# --- sq-lajme-portal ---------------------------------------------------------------------------

SQ_FOOTER = ("Rreth nesh", "Kontakt", "Reklamo me ne", "Politika e privatësisë", "Kushtet e përdorimit")
SQ_TAGS = (
    "Bashkia",
    "Tiranë",
    "buxheti",
    "infrastruktura",
    "transporti",
    "Këshilli Bashkiak",
    "opozita",
    "qytetarët",
)
SQ_CAPTIONS = (
    "Mbledhja e Këshillit Bashkiak",
    "Punimet në njërën nga rrugët e qytetit",
    "Godina e bashkisë",
    "Banorët e lagjes gjatë protestës",
    "Zyrtarët gjatë inspektimit të punimeve",
)
SQ_CREDITS = ("Arkiv", "Facebook", "fotografi ynë")
SQ_STREETS = (
    "Rruga e Kavajës",
    "Bulevardi Zogu I",
    "Rruga Myslym Shyri",
    "Rruga e Durrësit",
    "Rruga Ibrahim Rugova",
)


def sq_date(d: datetime) -> str:
    """ "e shtunë, 7 mars 2026, 14:30"."""
    return f"{SQ_WEEKDAYS[d.weekday()]}, {d.day} {SQ_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"


def render_sq_lajme_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("sq")
    v = pub.index % 2  # 0: dated permalinks and a Yoast graph, 1: section permalinks and a meta tag
    number = _numbers(c, "sq", site.randint(100_000, 600_000), 37)
    if v == 0:
        _set_paths(c, lambda o: f"/{o.published:%Y/%m/%d}/{latin_slug(o.title)}/")
    else:
        _set_paths(c, lambda o: f"/{SQ_SECTION_SLUGS[o.section]}/{latin_slug(o.title, 50)}-{number(o)}/")
    _listify(c, "sq-list")
    dr = _page_rng(c, "sq")
    ticker = site.random() < 0.6
    nav = c.nav_items(" ")
    breaking = _snip_titles(c, c.pick_others(3)) if ticker else []
    byline = c.snip(f"Nga {s.author.name} | {s.author.desk}")
    shown = c.snip(f"Publikuar: {sq_date(d)}")
    photo = dr.random() < 0.7
    caption = c.snip(f"{dr.choice(SQ_CAPTIONS)} (Foto: {dr.choice(SQ_CREDITS)})") if photo else ""
    inserts = _reads(c, "Lexo edhe:", "lexo-edhe")
    inserts.append(
        (
            2,
            '<div class="reklama-inline"><span class="reklama-label">Reklama</span>'
            f'<ins class="adsbygoogle" data-ad-slot="{site.randint(10**9, 10**10 - 1)}"></ins></div>',
        )
    )
    share = _share(c, "jeg_share_button share-bar")
    tags = dr.sample(SQ_TAGS, 3)
    c.snip("Etiketa: " + ", ".join(tags))
    notice = c.snip(c.pick("comments"))
    related = _snip_titles(c, c.pick_others(3)) if dr.random() < 0.75 else []
    most = _snip_titles(c, c.pick_others(5))
    about = c.snip(f"{pub.name} sjell lajmet më të fundit nga Shqipëria, rajoni dhe bota, çdo ditë.")
    address = c.snip(
        f"Adresa e redaksisë: {site.choice(SQ_STREETS)}, Nr. {site.randint(2, 180)}, "
        f"{site.choice(SQ_CITIES[:4])[0]}"
    )
    c.snip(" ".join(SQ_FOOTER[:4]))
    cp = c.copyright()
    body = _insert_after(_body(c), "<p>", inserts, skip='<p class="lexo-edhe"')
    post_id = number(s)
    if v == 0:
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "@id": f"{c.url()}#article",
                    "headline": s.title,
                    "datePublished": c.iso(),
                    "author": {"@type": "Person", "name": s.author.name},
                    "publisher": {"@type": "Organization", "name": pub.name},
                    "inLanguage": "sq",
                    "articleSection": [s.section],
                },
                {"@type": "WebSite", "url": f"http://{pub.host}/", "name": pub.name},
            ],
        }
        date_meta = _ldjson(graph).replace(
            'type="application/ld+json"', 'type="application/ld+json" class="yoast-schema-graph"'
        )
    else:
        date_meta = f'<meta property="article:published_time" content="{c.iso()}">'
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    cat = SQ_SECTION_SLUGS[s.section]
    lines = [
        "<!DOCTYPE html>",
        '<html lang="sq">',
        "<head>",
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        '<meta property="og:locale" content="sq_AL">',
        date_meta,
        '<meta name="generator" content="WordPress 6.6.2">',
        "</head>",
        f'<body class="post-template-default single single-post postid-{post_id} single-format-standard">',
        (
            '<div class="breaking-news"><span class="breaking-label">LAJMI I FUNDIT</span><ul>'
            + _links(breaking)
            + "</ul></div>"
            if ticker
            else ""
        ),
        f'<header class="site-header"><div class="logo"><a href="/" rel="home">{esc(pub.name)}</a></div>',
        '<nav class="main-menu"><ul id="menu-main" class="menu">'
        + "\n".join(
            f'<li class="menu-item"><a href="{_home(x, nav, f"/category/{latin_slug(x, 20)}/")}">'
            f"{esc(x)}</a></li>"
            for x in nav
        )
        + "</ul></nav></header>",
        '<div class="container"><div class="row"><div class="col-md-8 main-content">',
        f'<article id="post-{post_id}" class="post-{post_id} post type-post status-publish">',
        f'<div class="post-category"><a href="/category/{cat}/">{esc(s.section)}</a></div>',
        f'<h1 class="entry-title">{esc(s.title)}</h1>',
        f'<div class="entry-meta"><span class="author vcard">{esc(byline)}</span>\n'
        f'<time class="entry-date published" datetime="{c.iso()}">{esc(shown)}</time></div>',
        share if v == 0 else "",
        (
            '<figure class="wp-block-image featured-image">'
            f'<img src="/wp-content/uploads/{d:%Y/%m}/{_hex(dr, 10)}.jpg" alt="">'
            f'<figcaption class="wp-caption-text">{esc(caption)}</figcaption></figure>'
            if photo
            else '<div class="featured-image">'
            f'<img src="/wp-content/uploads/{d:%Y/%m}/{_hex(dr, 10)}.jpg" alt=""></div>'
        ),
        '<div class="entry-content">',
        *body,
        "</div>",
        share if v == 1 else "",
        '<div class="post-tags"><span>Etiketa:</span> '
        + ", ".join(f'<a href="/tag/{latin_slug(t, 30)}/" rel="tag">{esc(t)}</a>' for t in tags)
        + "</div>",
        "</article>",
        (
            '<section class="related-posts"><h3>Lajme të ngjashme</h3><ul>'
            + _links(related)
            + "</ul></section>"
            if related
            else ""
        ),
        '<div id="respond" class="comment-respond"><h3 id="reply-title">Lini një koment</h3>'
        f'<p class="comment-notes">{esc(notice)}</p>'
        '<form action="/wp-comments-post.php" method="post"><label for="author">Emri</label>'
        '<input id="author" name="author" type="text"><label for="email">Email</label>'
        '<input id="email" name="email" type="email"><textarea name="comment"></textarea>'
        f'<input type="hidden" name="comment_post_ID" value="{post_id}">'
        '<button type="submit">Dërgo komentin</button></form></div>',
        "</div>",
        '<aside class="col-md-4 sidebar"><div class="widget widget-popular"><h3 class="widget-title">'
        "Më të lexuarat</h3><ol>" + _links(most) + "</ol></div></aside>",
        "</div></div>",
        f'<footer class="site-footer"><p class="footer-about">{esc(about)}</p>',
        f'<p class="footer-address">{esc(address)}</p>',
        '<ul class="footer-menu">' + _footer_links(SQ_FOOTER) + "</ul>",
        f'<p class="copyright">{esc(cp)}</p></footer>',
    ]
    return _finish(c, lines, "cookie-notice", "Pranoj")


# --- mk-vesti-portal ---------------------------------------------------------------------------

MK_FOOTER = ("За нас", "Импресум", "Маркетинг", "Контакт", "Политика на приватност")
MK_CAPTIONS = (
    "Седница на Советот на Општината",
    "Градежни работи на еден од булеварите",
    "Зградата на Општината во центарот на градот",
    "Жители на населбата на протест",
    "Претставници на Општината на увид на терен",
)
MK_AGENCIES = ("МИА", "архива", "Фејсбук")


def mk_date(d: datetime, style: int) -> str:
    """ "07.03.2026 во 14:30" (style 0) or "сабота, 7 март 2026, 14:30" (style 1)."""
    if style == 0:
        return f"{d:%d.%m.%Y} во {d:%H:%M}"
    return f"{MK_WEEKDAYS[d.weekday()]}, {d.day} {MK_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"


def render_mk_vesti_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("mk")
    v = pub.index % 2  # 0: /vest/<id>/<slug>, 1: /<section>/<slug>-<id>.html
    style = site.randrange(2)
    number = _numbers(c, "mk", site.randint(200_000, 900_000), 31)
    if v == 0:
        _set_paths(c, lambda o: f"/vest/{number(o)}/{latin_slug(o.title)}")
    else:
        _set_paths(c, lambda o: f"/{MK_SECTION_SLUGS[o.section]}/{latin_slug(o.title, 50)}-{number(o)}.html")
    _listify(c, "mk-list")
    dr = _page_rng(c, "mk")
    has_lead = site.random() < 0.6
    lead = _other_sentences(c, MacedonianProse(dr), 2) if has_lead else ""
    nav = c.nav_items(" ")
    c.snip(f"Почетна › Вести › {s.section}")
    author = c.snip(f"Автор: {s.author.name}, {s.author.desk}")
    shown = c.snip(f"Објавено: {mk_date(d, style)}")
    caption = c.snip(dr.choice(MK_CAPTIONS))
    photographer = MacedonianProse(site).person()
    credit = c.snip(f"Фото: {photographer} / {dr.choice(MK_AGENCIES)}")
    inserts = [
        (
            3,
            '<div class="banner-inarticle"><small>Реклама</small>'
            f'<div id="div-gpt-ad-{site.randint(10**6, 10**7 - 1)}-0"></div></div>',
        )
    ]
    share = _share(c, "share-buttons")
    related = _snip_titles(c, c.pick_others(4))
    most_read = site.random() < 0.6
    most = _snip_titles(c, c.pick_others(5)) if most_read else []
    newsletter = c.text("newsletter")
    city = site.choice(MK_CITIES[:4])
    about = c.snip(f"{pub.name} е независен информативен портал со седиште во {city}.")
    c.snip(" ".join(MK_FOOTER[:4]))
    notice = c.text("disclaimer")
    cp = c.copyright()
    body = _insert_after(_body(c, "<p>{}</p>", "<{tag}>{}</{tag}>"), "<p>", inserts)
    title = f"{s.title} | {pub.name}" if v == 0 else f"{s.title} - {pub.name}"
    news_id = number(s)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="mk">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(lead or s.title)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        '<body class="page-news">',
        f'<header id="header"><div class="logo"><a href="/">{esc(pub.name)}</a></div>',
        '<nav class="menu"><ul>'
        + "\n".join(
            f'<li><a href="{_home(x, nav, "/" + MK_SECTION_SLUGS.get(x, latin_slug(x, 20)))}">'
            f"{esc(x)}</a></li>"
            for x in nav
        )
        + "</ul></nav></header>",
        '<main id="main"><div class="content-left">',
        f'<div class="breadcrumb"><a href="/">Почетна</a> › <a href="/vesti">Вести</a> › '
        f'<a href="/{MK_SECTION_SLUGS[s.section]}">{esc(s.section)}</a></div>',
        f'<div class="news-item" data-id="{news_id}">',
        f"<h1>{esc(s.title)}</h1>",
        f'<p class="lead">{esc(lead)}</p>' if has_lead else "",
        f'<div class="news-info"><span class="news-author">{esc(author)}</span>\n'
        f'<span class="news-date">{esc(shown)}</span></div>',
        '<div class="news-photo">'
        f'<img src="/uploads/news/{d:%Y/%m}/{_hex(dr, 12)}.jpg" alt="{esc(caption)}">'
        f'<div class="photo-caption"><span class="caption-text">{esc(caption)}</span> '
        f'<span class="photo-credit">{esc(credit)}</span></div></div>',
        '<div class="news-text">',
        *body,
        "</div>",
        share,
        "</div>",
        '<div class="related-news"><h3>Поврзани вести</h3><ul>' + _links(related) + "</ul></div>",
        "</div>",
        '<aside class="content-right">'
        + (
            '<div class="most-read"><h3>Најчитани</h3><ol>' + _links(most) + "</ol></div>"
            if most_read
            else ""
        )
        + f'<div class="newsletter-box"><p>{esc(newsletter)}</p>'
        '<form action="/newsletter" method="post"><input type="email" name="email" placeholder="Е-пошта">'
        "<button>Пријави се</button></form></div></aside>",
        "</main>",
        f'<footer id="footer"><p class="about">{esc(about)}</p>',
        '<ul class="footer-nav">' + _footer_links(MK_FOOTER) + "</ul>",
        f'<p class="notice">{esc(notice)}</p>',
        f'<p class="copyright">{esc(cp)}</p></footer>',
    ]
    return _finish(c, lines, "cookie-consent", "Се согласувам")


# --- tl-balita-site ----------------------------------------------------------------------------

TL_FOOTER = ("About Us", "Contact Us", "Advertise", "Privacy Policy", "Terms of Use")
TL_CAPTIONS = (
    "Ang sesyon ng Sangguniang Panlungsod",
    "Patuloy ang konstruksyon sa isa sa mga pangunahing kalsada",
    "Ang gusali ng city hall",
    "Nagtipon ang mga residente sa harap ng munisipyo",
    "Ininspeksyon ng mga opisyal ang proyekto",
)
TL_CREDITS = ("File photo", "Kuha ng aming photographer", "Larawan mula sa Facebook")


def tl_date(d: datetime) -> str:
    """ "Marso 7, 2026 | 2:30 PM"."""
    hour = d.hour % 12 or 12
    return f"{TL_MONTHS[d.month - 1]} {d.day}, {d.year} | {hour}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def render_tl_balita_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("tl")
    v = pub.index % 2  # 0: /<edition>/<section>/<yyyy>/<mm>/<dd>/<id>/<slug>, 1: /<section>/<slug>-<id>
    number = _numbers(c, "tl", site.randint(2_000_000, 2_900_000), 57)
    edition = _slug(pub.name)
    if v == 0:
        _set_paths(
            c,
            lambda o: (
                f"/{edition}/{TL_SECTION_SLUGS[o.section]}/{o.published:%Y/%m/%d}/{number(o)}/"
                + latin_slug(o.title)
            ),
        )
    else:
        _set_paths(c, lambda o: f"/{TL_SECTION_SLUGS[o.section]}/{latin_slug(o.title, 50)}-{number(o)}")
    _listify(c, "tl-list")
    dr = _page_rng(c, "tl")
    nav = c.nav_items(" ")
    byline = c.snip(f"Ni {s.author.name} | {s.author.desk}")
    shown = c.snip(tl_date(d))
    photo = dr.random() < 0.8
    caption = c.snip(f"{dr.choice(TL_CAPTIONS)}. ({dr.choice(TL_CREDITS)})") if photo else ""
    inserts = _reads(c, "BASAHIN:", "basahin")
    inserts.append(
        (
            2,
            '<div class="ad-slot ad-inarticle"><span class="ad-label">Advertisement</span>'
            f'<div id="gpt-ad-{_hex(dr, 8)}"></div></div>',
        )
    )
    share = _share(c, "social-share")
    follow = c.snip(f"I-follow ang {pub.name} sa Facebook, X at YouTube para sa pinakabagong balita")
    related = _snip_titles(c, c.pick_others(4))
    trending = _snip_titles(c, c.pick_others(5))
    about = c.snip(
        f"Ang {pub.name} ang Tagalog na edisyon ng isang pambansang pahayagan, "
        "naghahatid ng balita mula sa buong Pilipinas."
    )
    c.snip(" ".join(TL_FOOTER[:4]))
    cp = c.copyright()
    body = _insert_after(_body(c), "<p>", inserts, skip='<p class="basahin"')
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": c.url()},
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "inLanguage": "tl",
    }
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    sec = TL_SECTION_SLUGS[s.section]
    lines = [
        "<!DOCTYPE html>",
        '<html lang="tl">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="article-page">',
        '<div class="leaderboard"><span class="ad-label">Advertisement</span>'
        '<div class="ad-728x90"></div></div>',
        f'<header class="masthead"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="nav-main"><ul>'
        + "\n".join(f'<li><a href="{_home(x, nav, "/" + latin_slug(x, 20))}">{esc(x)}</a></li>' for x in nav)
        + "</ul></nav></header>",
        '<div class="page-wrap"><div class="article-column">',
        f'<div class="article-kicker"><a href="/{sec}">{esc(s.section)}</a></div>',
        f'<h1 class="article-headline">{esc(s.title)}</h1>',
        f'<div class="article-byline"><span class="byline-name">{esc(byline)}</span>\n'
        f'<span class="byline-date">{esc(shown)}</span></div>',
        share,
        (
            f'<figure class="article-photo"><img src="/images/{d:%Y/%m/%d}/{_hex(dr, 12)}.jpg" alt="">'
            f"<figcaption>{esc(caption)}</figcaption></figure>"
            if photo
            else ""
        ),
        '<div class="article-body">',
        *body,
        "</div>",
        f'<div class="follow-box"><p>{esc(follow)}</p></div>',
        '<div class="related-stories"><h3>Iba pang balita</h3><ul>' + _links(related) + "</ul></div>",
        "</div>",
        '<aside class="sidebar"><div class="ad-slot"><span class="ad-label">Advertisement</span>'
        '<div class="ad-300x250"></div></div>',
        '<div class="trending"><h3>Trending</h3><ol>' + _links(trending) + "</ol></div></aside>",
        "</div>",
        f'<footer class="site-footer"><p class="footer-about">{esc(about)}</p>',
        '<ul class="footer-links">' + _footer_links(TL_FOOTER) + "</ul>",
        f'<p class="copyright">{esc(cp)}</p></footer>',
    ]
    return _finish(c, lines, "cookie-banner", "I agree")


# --- ps-khabarona-site -------------------------------------------------------------------------

# the first days of the solar hijri months the corpus's dates fall in (Gregorian, Pashto name, year)
SH_MONTHS: tuple[tuple[date, str, int], ...] = (
    (date(2025, 12, 22), "مرغومی", 1404),
    (date(2026, 1, 21), "سلواغه", 1404),
    (date(2026, 2, 20), "کب", 1404),
    (date(2026, 3, 21), "وری", 1405),
    (date(2026, 4, 21), "غویی", 1405),
)
PS_FOOTER = ("زموږ په اړه", "اړیکه", "اعلانونه", "د محرمیت تګلاره", "د کارونې شرایط")
PS_TAGS = ("ښاروالي", "کابل", "بودیجه", "سړکونه", "ترانسپورت", "ولایتي شورا", "څښاک اوبه")
PS_CAPTIONS = (
    "د ولایتي شورا غونډه",
    "د ښار په یوه سړک کې جاري کار",
    "د ښاروالۍ ودانۍ",
    "د سیمې اوسېدونکي د لاریون پر مهال",
    "چارواکي د پروژې د کتنې پر مهال",
)


def sh_date(d: datetime) -> tuple[str, int, int]:
    """The solar hijri (Afghan) month, day and year of a Kabul date between Jadi 1404 and Hamal
    1405: 7 March 2026 is 16 Hut (کب) 1404."""
    day = d.date()
    start, month, year = next(x for x in reversed(SH_MONTHS[:-1]) if x[0] <= day)
    return month, (day - start).days + 1, year


def ps_date(d: datetime) -> str:
    """ "شنبه، ۱۶ کب ۱۴۰۴ – ۷ مارچ ۲۰۲۶، ۱۴:۳۰" (Afghan digits)."""
    month, day, year = sh_date(d)
    return ps_digits(
        f"{PS_WEEKDAYS[d.weekday()]}، {day} {month} {year} – "
        f"{d.day} {PS_MONTHS[d.month - 1]} {d.year}، {d:%H:%M}"
    )


def render_ps_khabarona_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ps")
    v = pub.index % 2  # 0: /ps/news/<id>, 1: /ps/<section>/<Latin slug>-<id>
    number = _numbers(c, "ps", site.randint(300_000, 950_000), 43)
    if v == 0:
        _set_paths(c, lambda o: f"/ps/news/{number(o)}")
    else:
        _set_paths(c, lambda o: f"/ps/{PS_SECTION_SLUGS[o.section]}/{latin_slug(o.title, 50)}-{number(o)}")
    _listify(c, "ps-list")
    dr = _page_rng(c, "ps")
    nav = c.nav_items(" ")
    c.snip(f"کور » خبرونه » {s.section}")
    reporter = c.snip(f"خبریال: {s.author.name} – {s.author.desk}")
    shown = c.snip(f"خپور شوی: {ps_date(d)}")
    photo = dr.random() < 0.65
    caption = c.snip(f"{dr.choice(PS_CAPTIONS)} – انځور: {pub.name}") if photo else ""
    inserts = [(2, '<div class="ad-box"><span>اعلان</span><div class="ad-unit"></div></div>')]
    share = _share(c, "share-box")
    tags = dr.sample(PS_TAGS, 3)
    c.snip("ټګونه: " + "، ".join(tags))
    related = _snip_titles(c, c.pick_others(4))
    most = _snip_titles(c, c.pick_others(5))
    telegram = c.snip(f"د تازه خبرونو لپاره د {pub.name} ټیلیګرام چینل سره یوځای شئ")
    since = site.randint(1380, 1395)
    about = c.snip(
        ps_digits(
            f"{pub.name} یو خپلواک خبري آژانس دی چې له {since} کال راهیسې په پښتو او دري ژبو خبرونه خپروي."
        )
    )
    notice = c.text("disclaimer")
    c.snip(" ".join(PS_FOOTER[:4]))
    cp = c.snip(ps_digits(f"ټول حقونه خوندي دي © {d.year} {pub.name}"))
    body = _insert_after(_body(c), "<p>", inserts)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": c.url(),
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "inLanguage": "ps",
    }
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    news_id = number(s)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ps" dir="rtl">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:locale" content="ps_AF">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="alternate" hreflang="en" href="http://{pub.host}/en/news/{news_id}">',
        _ldjson(data),
        "</head>",
        '<body class="rtl node-type-news">',
        '<div class="top-strip"><a href="/en/">English</a> <a href="/dr/">دری</a></div>',
        f'<header class="header"><a class="logo" href="/ps/">{esc(pub.name)}</a>',
        '<nav class="main-nav"><ul>'
        + "\n".join(
            f'<li><a href="{_home(x, nav, "/ps/" + PS_SECTION_SLUGS.get(x, latin_slug(x, 20)), "/ps/")}">'
            f"{esc(x)}</a></li>"
            for x in nav
        )
        + "</ul></nav></header>",
        '<div class="container"><div class="main-col">',
        f'<div class="breadcrumb"><a href="/ps/">کور</a> » <a href="/ps/news">خبرونه</a> » '
        f"<span>{esc(s.section)}</span></div>",
        f'<article class="news-full" id="news-{news_id}">',
        f'<h1 class="news-title">{esc(s.title)}</h1>',
        f'<div class="news-meta"><span class="reporter">{esc(reporter)}</span>\n'
        f'<time datetime="{c.iso()}">{esc(shown)}</time></div>',
        (
            f'<figure class="news-image"><img src="/sites/default/files/{d:%Y-%m}/{_hex(dr, 12)}.jpg" alt="">'
            f"<figcaption>{esc(caption)}</figcaption></figure>"
            if photo
            else ""
        ),
        '<div class="news-body">',
        *body,
        "</div>",
        '<div class="news-tags"><span>ټګونه:</span> '
        + "، ".join(f'<a href="/ps/tag/{latin_slug(t, 30)}">{esc(t)}</a>' for t in tags)
        + "</div>",
        share,
        f'<div class="telegram-box"><a href="https://t.me/{_slug(pub.name).replace("-", "")}">'
        f"{esc(telegram)}</a></div>",
        "</article>",
        '<div class="related-news"><h3>اړوند خبرونه</h3><ul>' + _links(related) + "</ul></div>",
        "</div>",
        '<aside class="side-col"><div class="most-read"><h3>ډېر لوستل شوي</h3><ol>'
        + _links(most)
        + "</ol></div></aside>",
        "</div>",
        f'<footer class="footer"><p class="about">{esc(about)}</p>',
        f'<p class="republish">{esc(notice)}</p>',
        '<ul class="footer-menu">' + _footer_links(PS_FOOTER) + "</ul>",
        f'<p class="copyright">{esc(cp)}</p></footer>',
    ]
    return _finish(c, lines, "cookie-bar", "منم")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "sq-lajme-portal": render_sq_lajme_portal,
    "mk-vesti-portal": render_mk_vesti_portal,
    "tl-balita-site": render_tl_balita_site,
    "ps-khabarona-site": render_ps_khabarona_site,
}


# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.

from pipeline.synth.kit import (  # noqa: E402
    _end_page,
    _footer_links,
    _hex,
    _insert_after,
    _ldjson,
    _links,
    _listify,
    _other_sentences,
    _page_rng,
    _snip_titles,
    _story_html,
    register_language,
)
from pipeline.synth.publishers import Ctx, Story, _slug, esc  # noqa: E402

# Albanian, Macedonian, Tagalog and Pashto join the registries (new keys only)
for _lang, _first, _last, _prose, _ui, _months, _zone in (
    ("sq", SQ_FIRST, SQ_SURNAMES, AlbanianProse, SQ_UI, SQ_MONTHS, "Europe/Tirane"),
    ("mk", MK_MALE + MK_FEMALE, MK_SURNAMES, MacedonianProse, MK_UI, MK_MONTHS, "Europe/Skopje"),
    ("tl", TL_FIRST, TL_SURNAMES, TagalogProse, TL_UI, TL_MONTHS, "Asia/Manila"),
    ("ps", PS_FIRST, PS_SURNAMES, PashtoProse, PS_UI, PS_MONTHS, "Asia/Kabul"),
):
    register_language(
        _lang,
        first_names=_first,
        surnames=_last,
        prose=_prose,
        ui=_ui,
        months=_months,
        zones=(_zone,),
    )
