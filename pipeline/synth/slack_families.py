"""Four SLACK template families for the synthetic publishers (see `pipeline.synth.publishers`).

"slack" is a split of its own, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `SLACK_FAMILIES`: the slack families are
generated only by `generate_corpus("slack")`, so every other corpus is as it was. The split is that
of four news portals in languages no split had before, each with its grammar, names, UI strings,
month names and zone, added to the registries of `pipeline.synth.prose` and
`pipeline.synth.publishers` when the module is loaded (`kit.register_language`, new keys only;
nothing another language uses changes):
  * Yoruba ("yo", `YorubaProse`, Latin letters with tone marks and underdots, Africa/Lagos +01:00):
    subject-verb-object; the perfect "ti" before the verb when no time is given, the bare verb
    with a time adverb at the clause's end ("Ìjọba ìpínlẹ̀ Èkó ti fọwọ́ sí ètò ìnáwó tuntun" /
    "... fọwọ́ sí ... lánàá"); split verbs around their object ("sún ... síwájú"); quotes
    “...,” ni ... sọ; the focus "ló" (ni ó) after a numeral; ASCII digits; the Yoruba month names
    (Ṣẹ́rẹ́ ... Ọ̀pẹ̀) and weekdays in the date line;
  * Tigrinya ("ti", `TigrinyaProse`, Ge'ez script, Africa/Asmara +03:00): subject-object-verb; the
    definite object in "ነቲ"; the perfect agreeing with its subject in gender and number (a
    masculine institution "ኣጽዲቑ", a woman "ኣጽዲቓ", people or an honoured person "ኣጽዲቖም"); "።"
    closing a sentence, "፣" for a comma; quotes «...» ክብሉ ... ገሊጾም (the honorific plural); ASCII
    digits; the Eritrean month names ጥሪ ... ታሕሳስ;
  * Central Kurdish / Sorani ("ckb", `SoraniProse`, Arabic script, right to left, Asia/Baghdad
    +03:00): subject-object-verb; the past of a transitive verb carrying its subject's person on
    the object as a clitic ("ئەنجومەنی پارێزگا بودجە نوێیەکەی پەسەند کرد", people "...یان"); a time
    phrase before the subject; quotes ...ڕایگەیاند: «...»; Eastern Arabic digits (٠-٩); the month
    names کانوونی دووەم ... کانوونی یەکەم;
  * Belarusian ("be", `BelarusianProse`, Cyrillic, Europe/Minsk +03:00): subject-verb-object; the
    past tense agreeing with its subject in gender and number ("гарвыканкам зацвердзіў",
    "адміністрацыя зацвердзіла", "жыхары зацвердзілі"), the speaker's verb with the speaker's sex
    ("заявіў" / "заявіла"); numerals governing their noun's form ("21 мільён", "22 мільёны", "25
    мільёнаў"); towns in their locative and genitive ("у Гомелі", "жыхары Гомеля"); quotes «...», —
    ...; the month names in the genitive of dates ("7 сакавіка 2026").
Each grammar's `place()` gives the Latin brand the publisher's name is made of (the hosts are ASCII);
the text's towns come from `city()`. `slack_latin` writes Ge'ez, Sorani or Belarusian in Latin
letters for the sites' URL slugs and topic links (Yoruba drops its marks, `_slug`).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a bulleted list inside the text is body, one line per item; a photo's
caption and credit are boilerplate; "read also" lines amid the text are boilerplate; an ad label of
fewer than four words is no snippet (neither). The truth is the text as the page has it, code point
for code point: a Yoruba page written in NFD has an NFD body, title and snippets (see below). The
choices each family makes for the debatable parts:
  * yo-iroyin-portal: a Yoruba WordPress news portal: the text, its subheadings and a list are body;
    the "Ẹ tún ka:" lines amid the text (the label and a headline), the menu, the byline, the date
    line, the photo's caption with its "Àwòrán:" credit (on some pages), the share bar, the WhatsApp
    call, the "Ìròyìn tó jọ mọ́ èyí" and "Èyí tí ẹ kà jùlọ" headlines and the footer (about line,
    menu, copyright) are boilerplate; the "Ìpolówó" label (one word) is neither; there is no
    standfirst. One site in three writes everything precomposed (NFC), one everything decomposed
    (NFD, as some Yoruba keyboards and converters do), and one mixes them (the headlines and the
    text decomposed, pasted from an editor; the template's own words precomposed): the truth takes
    each as it is on the page;
  * ti-zena-site: a Tigrinya diaspora news site (WordPress or Blogger): the text, subheadings and a
    list are body; the "ኣንብቡ እውን፦" lines amid the text (the label and a headline), the menu, the
    byline, the visible date line (Eritrean month names; the ISO date is in <time datetime> and the
    markup), the photo's caption and "ስእሊ፦" credit, the share bar, the radio programme line, the
    donation call, the comment notice, the "ተዛመድቲ ዜናታት" headlines and the footer are
    boilerplate; the language switch ("ትግርኛ | English", two words) is neither; no standfirst;
  * ckb-hawal-site: a Sorani news agency (right to left): the text, subheadings and a list are body;
    the "بخوێنەوە:" lines amid the text (the label and a headline), the breaking-news ticker, the
    menu, the byline, the visible date (Eastern Arabic digits; the ISO date in the markup), the
    photo's caption with its "وێنە:" credit, the share bar, the Telegram call, the "هەواڵی
    پەیوەندیدار" and "زۆرترین خوێندراو" headlines and the footer are boilerplate; there is no
    standfirst;
  * be-naviny-portal: a Belarusian news portal: the text, subheadings and a list are body, and so
    is the bold lead (<p class="lead">: the article's first sentence, a paragraph of the text, not
    a summary apart from it); the "Чытайце таксама:" lines amid the text (the label and a
    headline), the menu, the author line, the date, the photo's caption and its "Фота:" credit, the
    share bar, the tags line, the Telegram call, the Ctrl+Enter notice, the "Галоўнае" headlines
    and the footer (about line, reprint rule, copyright) are boilerplate; the "Рэклама" label (one
    word) is neither.

Families (language; date source; URL and title forms):
  slack  yo-iroyin-portal  yo; Yoast JSON-LD graph datePublished with +01:00 and the visible "Ọjọ́
                           Àbámẹ́ta, 7 Ẹrẹ̀nà 2026 | 14:30"; paths /<yyyy>/<mm>/<dd>/<slug>/ or
                           /iroyin/<section>/<slug>-<id>; <title> "T - Site" or "T | Site"
  slack  ti-zena-site      ti; <time datetime> with +03:00 around "ቀዳም፣ 7 መጋቢት 2026 14:30"
                           (and JSON-LD); paths /archives/<id> or /<yyyy>/<mm>/<Latin slug>.html;
                           <title> "T | Site" or "Site: T"
  slack  ckb-hawal-site    ckb; <meta property="article:published_time"> and JSON-LD with +03:00,
                           the visible "شەممە ٧ی ئازاری ٢٠٢٦ - ١٤:٣٠"; paths /ckb/news/<id> or
                           /sorani/<section>/<ddmmyyyy><n>; <title> "T | Site"
  slack  be-naviny-portal  be; <meta property="article:published_time"> and JSON-LD with +03:00,
                           <time datetime> around "7 сакавіка 2026, 14:30"; paths
                           /news/<section>/<id>.html or /<yyyy>/<mm>/<dd>/<Latin slug>/; <title>
                           "T — Site" or "T | Site"

Every renderer gives every story of its publisher the platform's own URL on first use (a path met
twice on a site gets "-2"), and may turn one middle paragraph into a list, keeping the body within 14
lines and 250-900 words, so `body`, taken from the story after rendering, has it. All four have site
names of their own (`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from datetime import datetime, timedelta

from pipeline.synth.prose import Prose, _w

FAMILIES: dict[str, str] = {
    "yo-iroyin-portal": "slack",
    "ti-zena-site": "slack",
    "ckb-hawal-site": "slack",
    "be-naviny-portal": "slack",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "yo-iroyin-portal": "yo",
    "ti-zena-site": "ti",
    "ckb-hawal-site": "ckb",
    "be-naviny-portal": "be",
}
# Latin brands ("{p}" is the grammar's `place()`), so the host names are ASCII
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "yo-iroyin-portal": ("{p} Iroyin", "Iroyin {p}", "Akede {p}", "{p} Oodua", "{p} Yoruba News"),
    "ti-zena-site": ("Zena {p}", "{p} News", "{p} Media", "Radio {p}", "{p} Info"),
    "ckb-hawal-site": ("Hawal {p}", "{p} News", "{p} Press", "{p} Media", "Ajans {p}", "{p} 24"),
    "be-naviny-portal": ("{p} Naviny", "Naviny {p}", "{p} Online", "{p} Daily", "Nasha {p}"),
}
_BRANDS = {
    "yo": _w("Owuro Ajoke Imole Irawo Ominira Ayeye Ireti Amoye Itesiwaju Ogo Olokiki Isokan Alafia Ayo"),
    "ti": _w("Hadas Selam Sawa Meskerem Harnet Adulis Senhit Barka Anseba Semhar Sahel Tesfa Qohaito Bahri"),
    "ckb": _w(
        "Zagros Hawraman Shaho Sirwan Azmar Goyzha Hendrin Safin Korek Balak Dukan Qandil Halgurd "
        "Bradost Penjwen"
    ),
    "be": _w("Pahonia Nioman Palessie Dzvina Bielaviezha Kryvich Prypiac Naroch Sozh Viasna Lihtar Krynica"),
}


# --- romanisation ------------------------------------------------------------------------------

# the consonant of each row of eight in the Ethiopic block (U+1200-U+135F), and the vowel of each
# order (the labialised rows read as their consonant with "w")
_GEEZ_ROWS = _w(
    """h l h m s r s sh q qw qh qhw b v t ch h hw n ny ' k kw kh khw w ' z zh y d dd j g gw gg t ch p
    ts ts f p"""
)
_GEEZ_ORDERS = ("e", "u", "i", "a", "e", "", "o", "wa")
_SORANI = {
    "ئ": "",
    "ا": "a",
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ج": "j",
    "چ": "ch",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ر": "r",
    "ڕ": "r",
    "ز": "z",
    "ژ": "zh",
    "س": "s",
    "ش": "sh",
    "ع": "",
    "غ": "gh",
    "ف": "f",
    "ڤ": "v",
    "ق": "q",
    "ک": "k",
    "گ": "g",
    "ل": "l",
    "ڵ": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "ھ": "h",
    "ە": "e",
    "و": "u",
    "ۆ": "o",
    "ی": "i",
    "ێ": "e",
    "\u200c": "",
}
_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "ё": "io",
    "ж": "zh",
    "з": "z",
    "і": "i",
    "й": "j",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ў": "u",
    "ф": "f",
    "х": "ch",
    "ц": "c",
    "ч": "ch",
    "ш": "sh",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
    "’": "",
    "'": "",
}
_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def slack_latin(text: str) -> str:
    """Ge'ez, Sorani or Belarusian text in Latin letters, letter by letter, as the sites' slugs
    spell it ("ኣስመራ" -> "asmera", "هەولێر" -> "heuler", "Гомель" -> "homel"); any other
    character is kept."""
    out: list[str] = []
    for ch in text:
        cp = ord(ch)
        if 0x1200 <= cp < 0x1200 + 8 * len(_GEEZ_ROWS):
            row, order = divmod(cp - 0x1200, 8)
            out.append(_GEEZ_ROWS[row].strip("'") + _GEEZ_ORDERS[order])
        elif ch in _SORANI:
            out.append(_SORANI[ch])
        elif ch.lower() in _CYRILLIC:
            out.append(_CYRILLIC[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def latin_slug(text: str, limit: int = 60) -> str:
    """A Latin URL slug of Yoruba, Ge'ez, Sorani or Belarusian text (within `limit` characters)."""
    return _slugged(_ascii(slack_latin(text)), limit) or "news"


def eastern_digits(text: str) -> str:
    """The text with Eastern Arabic digits (٠-٩) for the ASCII ones."""
    return text.translate(_EASTERN)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


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


# --- Yoruba ------------------------------------------------------------------------------------

YO_FIRST = _w(
    "Adébáyọ̀ Olúwaṣeun Bọ́lá Túndé Kẹ́hìndé Fúnmiláyọ̀ Yétúndé Àdùkẹ́ Ṣọlá Ayọ̀délé Tèmítọ́pẹ́ Ọláolúwa Bísí Fẹ́mi"
)
YO_SURNAMES = _w(
    "Adéyẹmí Ọlániyàn Akínwùmí Ògúnlẹ́yẹ Bánjọ Àjàyí Ọlágúnjú Fáṣọlá Adébísí Oyèwọlé Àdìgún Ọdúyẹmí"
)
YO_CITIES = _w(
    "Èkó Ìbàdàn Abẹ́òkúta Òṣogbo Ilé-Ifẹ̀ Ọ̀yọ́ Àkúrẹ́ Ìlọrin Adó-Èkìtì Ògbómọ̀ṣọ́ Ìjẹ̀bú-Òde Ìkẹjà Ṣakí Ìlẹ́ṣà"
)
YO_AGENTS = (
    "Ìjọba ìpínlẹ̀ Èkó",
    "Ìjọba ìbílẹ̀",
    "Ilé Ìgbìmọ̀ Aṣòfin ìpínlẹ̀ Ọ̀yọ́",
    "Gómìnà ìpínlẹ̀ Ògùn",
    "Alága ìjọba ìbílẹ̀",
    "Kọmíṣọ́nà fún ètò ìlera",
    "àwọn olùgbé àdúgbò náà",
    "àwọn oníṣòwò",
    "àwọn àgbẹ̀",
    "àwọn òbí",
    "Ẹgbẹ́ àwọn olùkọ́",
    "àwọn aṣòfin alátakò",
)
YO_OBJECTS = (
    "ètò ìnáwó tuntun",
    "iṣẹ́ àtúnṣe ojú ọ̀nà",
    "iṣẹ́ akanṣe omi ẹ̀rọ",
    "àfikún owó orí",
    "ilé ìwòsàn tuntun",
    "kíkọ́ ilé ẹ̀kọ́ tuntun",
    "ìgbésẹ̀ láti gbé ọjà kúrò",
    "afárá tuntun",
    "àfikún owó ọkọ̀ èrò",
    "òfin ìmọ́tótó àyíká",
)
# (the verb before its object, the part after it)
YO_VERBS: tuple[tuple[str, str], ...] = (
    ("fọwọ́ sí", ""),
    ("ta ko", ""),
    ("kéde", ""),
    ("ṣàyẹ̀wò", ""),
    ("bẹnu àtẹ́ lu", ""),
    ("sún", "síwájú"),
    ("gbóríyìn fún", ""),
    ("ṣe àtìlẹ́yìn fún", ""),
)
YO_TIMES = (
    "lánàá",
    "lónìí",
    "ní ọ̀sẹ̀ yìí",
    "lẹ́yìn ìjíròrò gígùn",
    "ní ìpàdé pàtàkì kan",
    "lọ́jọ́ Ìṣẹ́gun",
    "ní àárọ̀ ọjọ́ Ajé",
)
YO_SOURCES = (
    "Gẹ́gẹ́ bí àtẹ̀jáde ìjọba ṣe sọ,",
    "Gẹ́gẹ́ bí akọ̀ròyìn wa ṣe gbọ́,",
    "Ìròyìn tó tẹ̀ wá lọ́wọ́ fi yé wa pé",
)
YO_LINKS = ("Bákan náà,", "Ṣùgbọ́n", "Ní báyìí ná,", "Lọ́wọ́ kejì,")
YO_ROLES = ("Gómìnà", "Alága", "Kọmíṣọ́nà", "Ààrẹ ẹgbẹ́ àwọn oníṣòwò", "Olùkọ́ àgbà", "Olórí àdúgbò")
YO_SAYINGS = (
    "Ètò yìí yóò ṣe gbogbo ìlú láǹfààní",
    "A kò ní jẹ́ kí àwọn aráàlú jìyà",
    "Iṣẹ́ náà yóò parí ní àkókò tí a dá",
    "Kí àwọn ènìyàn ní sùúrù díẹ̀",
    "A ti ń retí ìpinnu yìí fún ọ̀pọ̀lọpọ̀ ọdún",
    "Owó ti wà nílẹ̀, iṣẹ́ gbọ́dọ̀ bẹ̀rẹ̀ báyìí",
    "A kò ní gba ìwà ìbàjẹ́ kankan láàyè nínú iṣẹ́ yìí",
    "Ète wa ni láti parí iṣẹ́ náà kí òjò tó bẹ̀rẹ̀",
)
YO_SUBHEADS = (
    "Kí ló kàn báyìí?",
    "Èrò àwọn aráàlú",
    "Èló ni yóò ná?",
    "Ohun tí àwọn alátakò sọ",
    "Ẹ̀kúnrẹ́rẹ́ àlàyé",
    "Ìgbà wo ni yóò parí?",
    "Ìtàn ọ̀rọ̀ náà",
)
YO_MONTHS = _w("Ṣẹ́rẹ́ Èrèlè Ẹrẹ̀nà Ìgbé Èbìbí Òkúdu Agẹmọ Ògún Owewe Ọ̀wàrà Bélú Ọ̀pẹ̀")
YO_WEEKDAYS = _w("Ajé Ìṣẹ́gun Ọjọ́rú Ọjọ́bọ̀ Ẹtì Àbámẹ́ta Àìkú")  # Monday first


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class YorubaProse(_Grammar):
    """Yoruba city news: "ti" marking the perfect, a time adverb closing the clause (module docstring).
    Everything it writes is NFC."""

    lang = "yo"
    cities = YO_CITIES
    subheads = YO_SUBHEADS

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent = rng.choice(YO_AGENTS)
        verb, after = rng.choice(YO_VERBS)
        obj = rng.choice(YO_OBJECTS) + (f" {after}" if after else "")
        if time:
            return nfc(f"{agent} {verb} {obj} {rng.choice(YO_TIMES)}")
        return nfc(f"{agent} ti {verb} {obj}")

    def _sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"“{rng.choice(YO_SAYINGS)},” ni {rng.choice(YO_ROLES)} {self.person()} sọ."
        if r < 0.25:
            src = rng.choice(YO_SOURCES)
            clause = self.clause(time=rng.random() < 0.6)
            return f"{src} {clause}."
        if r < 0.38:
            return f"{rng.choice(YO_LINKS)} {self.clause(time=rng.random() < 0.5)}."
        if r < 0.52:
            return rng.choice(
                (
                    f"Iye owó tí iṣẹ́ náà yóò ná jẹ́ ₦{rng.randint(2, 90)} bílíọ̀nù.",
                    f"Iṣẹ́ náà yóò parí láàrin oṣù {rng.randint(4, 30)}.",
                    f"Aṣòfin {rng.randint(14, 40)} ló dìbò fún àbá náà.",
                    f"Ó tó ènìyàn {10 * rng.randint(30, 900)} tí wọ́n ti buwọ́lu ìwé ẹ̀bẹ̀ náà.",
                    f"Ìjọba àpapọ̀ ni yóò san ìdá {rng.randint(2, 8)}0 nínú ọgọ́rùn-ún owó náà.",
                    f"Wọ́n retí pé iṣẹ́ náà yóò parí ní ọdún {rng.randint(2027, 2030)}.",
                )
            )
        if r < 0.75:
            city = self.city()
            return rng.choice(
                (
                    f"Àwọn olùgbé {city} ti ń retí ìpinnu yìí fún ọ̀pọ̀lọpọ̀ ọdún.",
                    f"Irú ìṣẹ̀lẹ̀ yìí náà wáyé ní {city} láìpẹ́ yìí.",
                    f"Ní {city}, nǹkan kò tíì yí padà.",
                    "Wọ́n yóò tún jíròrò lórí ọ̀rọ̀ náà ní ìpàdé tó ń bọ̀.",
                    f"Ọ̀pọ̀lọpọ̀ ènìyàn ló péjú síbi ìpàdé tí wọ́n ṣe ní {city}.",
                    f"Àwọn oníṣòwò ní {city} náà ti kọ̀wé ẹ̀bẹ̀ sí ìjọba lórí ọ̀rọ̀ yìí.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def sentence(self) -> str:
        return nfc(self._sentence())

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            out = f"{self.city()}: {_cap(self.clause())}"
        elif r < 0.6:
            out = (
                f"{_cap(rng.choice(YO_OBJECTS))}: {rng.choice(YO_AGENTS[:6])} àti àwọn alátakò kò fohùn ṣọ̀kan"
            )
        elif r < 0.85:
            out = f"Ariwo ta lórí {rng.choice(YO_OBJECTS)} ní {self.city()}"
        else:
            out = f"{self.person()}: “{rng.choice(YO_SAYINGS)}”"
        return nfc(out)

    def subheading(self) -> str:
        return nfc(self.rng.choice(self.subheads))


YO_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Ojú-ìwé àkọ́kọ́",
        "Ìròyìn",
        "Ìṣèlú",
        "Ètò ọrọ̀ ajé",
        "Eré ìdárayá",
        "Àṣà",
        "Ìlera",
        "Àgbáyé",
        "Ìdánilárayá",
    ),
    "sections": ("Ìròyìn", "Ìṣèlú", "Ètò ọrọ̀ ajé", "Ìlera", "Ẹ̀kọ́", "Àwùjọ"),
    "related": ("Ìròyìn tó jọ mọ́ èyí",),
    "read_more": ("Ẹ tún ka:",),
    "by": ("Láti ọwọ́",),
    "desks": ("Akọ̀ròyìn wa", "Olóòtú ìròyìn", "Akọ̀ròyìn àgbà"),
    "share": ("Ẹ pín ìròyìn yìí", "Ẹ fi ìròyìn yìí ránṣẹ́ sí àwọn ọ̀rẹ́ yín"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "Ẹ da ìtọ́ka kọ"),
    "newsletter": ("Ẹ máa gba ìròyìn pàtàkì lójoojúmọ́ nínú ímeèlì yín",),
    "comments": ("A máa ń ṣàyẹ̀wò èsì yín kí a tó gbé e jáde",),
    "cookie": ("Ojú òpó yìí ń lo kúkì láti mú kí ìrírí yín dára sí i",),
    "ad": ("Ìpolówó",),
    "copyright": ("© {year} {name}. Gbogbo ẹ̀tọ́ wà ní ìpamọ́.",),
    "disclaimer": ("Ẹ má ṣe tún àwọn ìròyìn wa tẹ̀ jáde láìgba àṣẹ.",),
    "tagline": ("Ìròyìn tó péye láti ọdún {since}",),
    "bio": ("{author} ti ń kọ ìròyìn nípa {beat} fún {name} láti ọdún {since2}.",),
    "beats": ("ìṣèlú", "ètò ìrìnnà", "ẹ̀kọ́", "ìlera", "àyíká"),
    "editorial": ("Ìròyìn yìí jẹ́ ara àkànṣe ìròyìn {name}.",),
    "classified": ("Ilé oníyàrá méjì wà fún yíyá ní àárín ìlú.",),
    "subscribe": ("Ẹ darapọ̀ mọ́ wa lórí WhatsApp",),
}
YO_SECTION_SLUGS = {
    "Ìròyìn": "iroyin",
    "Ìṣèlú": "oselu",
    "Ètò ọrọ̀ ajé": "okowo",
    "Ìlera": "ilera",
    "Ẹ̀kọ́": "eko",
    "Àwùjọ": "awujo",
}


# --- Tigrinya ----------------------------------------------------------------------------------

TI_FIRST = _w("ዳዊት ሰለሙን ዮናስ ተስፋይ ሃብቶም ኣማኑኤል ሳምሶን ሉዋም ሰናይት ሄለን ፊቨን ሚኪኤል ኤልሳ ሳባ")
TI_SURNAMES = _w("ገብረመድህን ተኽለ ሃይለ ወልደሚካኤል ኣብርሃ ገብረሂወት ተስፋማርያም ዮውሃንስ ሃብተ ኪዳነ ብርሃነ ፍስሃ")
TI_CITIES = _w("ኣስመራ ምጽዋዕ ከረን መንደፈራ ዓሰብ ባረንቱ ደቀምሓረ ኣቑርደት ሰንዓፈ ናቕፋ ተሰነይ ጊንዳዕ")
# (subject, "m" a man or an institution, "f" a woman, "p" people or an honoured person)
TI_AGENTS: tuple[tuple[str, str], ...] = (
    ("ምምሕዳር ከተማ ኣስመራ", "m"),
    ("ሚኒስትሪ ጥዕና", "m"),
    ("ባይቶ ዞባ ማእከል", "m"),
    ("ማሕበር ኤርትራውያን ኣብ ሽወደን", "m"),
    ("ኣመሓዳሪት ዞባ", "f"),
    ("ሓላፊት ቤት ጽሕፈት", "f"),
    ("ከንቲባ ከተማ", "p"),
    ("ነበርቲ ከተማ", "p"),
    ("ነጋዶ", "p"),
    ("ሓረስቶት", "p"),
    ("ወለዲ ተምሃሮ", "p"),
    ("ኣባላት ማሕበረሰብ", "p"),
)
TI_OBJECTS = (
    "ሓድሽ በጀት",
    "ናይ ማይ ፕሮጀክት",
    "ናይ ጽርግያ ህንጻ ውጥን",
    "ሓድሽ ሆስፒታል",
    "ናይ ግብሪ ወሰኽ",
    "ሓድሽ ቤት ትምህርቲ",
    "ናይ ኣውቶቡስ መደብ",
    "ናይ ዕዳጋ ምግዓዝ",
    "ናይ ኤሌክትሪክ ፕሮጀክት",
    "ባህላዊ ፈስቲቫል",
)
# (3rd person masculine, feminine, plural)
TI_VERBS: tuple[tuple[str, str, str], ...] = (
    ("ኣጽዲቑ", "ኣጽዲቓ", "ኣጽዲቖም"),
    ("ተቓዊሙ", "ተቓዊማ", "ተቓዊሞም"),
    ("ኣፍሊጡ", "ኣፍሊጣ", "ኣፍሊጦም"),
    ("ገምጊሙ", "ገምጊማ", "ገምጊሞም"),
    ("ነቒፉ", "ነቒፋ", "ነቒፎም"),
    ("ደጊፉ", "ደጊፋ", "ደጊፎም"),
    ("ኣቋሪጹ", "ኣቋሪጻ", "ኣቋሪጾም"),
    ("ተቐቢሉ", "ተቐቢላ", "ተቐቢሎም"),
)
TI_TIMES = ("ትማሊ", "ሎሚ", "ኣብዚ ሰሙን", "ድሕሪ ነዊሕ ምይይጥ", "ብሰሉስ", "ኣብ ፍሉይ ኣኼባ", "ኣብ መወዳእታ")
TI_SOURCES = ("ከም ምንጭታትና ዝሓበሩዎ፣", "ብመሰረት ወግዓዊ መግለጺ፣", "ከም ጸብጻብ ወኪልና፣")
TI_LINKS = ("ብተወሳኺ፣", "ይኹን እምበር፣", "ኣብ ካልእ ወገን፣", "ብዘይካዚ፣")
TI_ROLES = ("ከንቲባ", "ኣቦ መንበር ማሕበረሰብ", "ኣመሓዳሪ ዞባ", "ሓላፊ ትምህርቲ", "ኣቦ መንበር ማሕበር ነጋዶ", "ዳይረክተር ቤት ትምህርቲ")
TI_SAYINGS = (
    "እዚ ፕሮጀክት ንመላእ ከተማ ክጠቕም እዩ",
    "ህዝቢ ዝኾነ ጸገም ከጋጥሞ ኣይንፈቅድን ኢና",
    "እቲ ስራሕ ኣብ ዝተመደበሉ ግዜ ክዛዘም እዩ",
    "ህዝቢ ቁሩብ ትዕግስቲ ክገብር ኣለዎ",
    "ነዚ ውሳነ ንብዙሕ ዓመታት ክንጽበዮ ጸኒሕና",
    "በጀት ተፈቒዱ ኣሎ፣ ሕጂ ስራሕ ክጅምር ኣለዎ",
    "ኣብዚ ፕሮጀክት ዝኾነ ብልሽውና ኣይንቕበልን ኢና",
    "ቅድሚ ክረምቲ እቲ ስራሕ ምዝዛም ዕላማና እዩ",
)
TI_SUBHEADS = ("ቀጺሉ እንታይ ይኸውን?", "ርእይቶ ነበርቲ", "ክንደይ ክኽፍል እዩ?", "መርገጺ ተቓወምቲ", "ዝርዝር ሓበሬታ", "ግዜ ሰሌዳ", "ድሕረ ባይታ")
TI_MONTHS = _w("ጥሪ ለካቲት መጋቢት ሚያዝያ ግንቦት ሰነ ሓምለ ነሓሰ መስከረም ጥቅምቲ ሕዳር ታሕሳስ")
TI_WEEKDAYS = _w("ሰኑይ ሰሉስ ረቡዕ ሓሙስ ዓርቢ ቀዳም ሰንበት")


class TigrinyaProse(_Grammar):
    """Tigrinya news: subject-object-verb, the perfect agreeing with its subject."""

    lang = "ti"
    cities = TI_CITIES
    subheads = TI_SUBHEADS

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, gender = rng.choice(TI_AGENTS)
        forms = rng.choice(TI_VERBS)
        when = f" {rng.choice(TI_TIMES)}" if time else ""
        verb = forms["mfp".index(gender)]
        return f"{agent}{when} ነቲ {rng.choice(TI_OBJECTS)} {verb}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"«{rng.choice(TI_SAYINGS)}» ክብሉ {rng.choice(TI_ROLES)} {self.person()} ገሊጾም።"
        if r < 0.25:
            return f"{rng.choice(TI_SOURCES)} {self.clause(time=rng.random() < 0.6)}።"
        if r < 0.38:
            return f"{rng.choice(TI_LINKS)} {self.clause(time=rng.random() < 0.5)}።"
        if r < 0.52:
            return rng.choice(
                (
                    f"ጠቕላላ ወጻኢ እቲ ፕሮጀክት {rng.randint(12, 900)} ሚልዮን ናቕፋ እዩ።",
                    f"እቲ ስራሕ ኣብ ውሽጢ {rng.randint(4, 30)} ኣዋርሕ ክዛዘም እዩ።",
                    f"{rng.randint(20, 150)} ኣባላት ንደገፍ እቲ ሕቶ ድምጺ ሂቦም።",
                    f"ክሳብ ሕጂ {10 * rng.randint(30, 900)} ሰባት ነቲ ጥርዓን ፈሪሞም ኣለዉ።",
                    f"ካብቲ ጠቕላላ ወጻኢ {rng.randint(2, 8)}0 ሚእታዊት ብመንግስቲ ክሽፈን እዩ።",
                    f"እቲ ፕሮጀክት ክሳብ {rng.randint(2027, 2030)} ክዛዘም ተስፋ ይግበር።",
                )
            )
        if r < 0.75:
            city = self.city()
            return rng.choice(
                (
                    f"ነበርቲ {city} ነዚ ውሳነ ንብዙሕ ዓመታት ክጽበዩ ጸኒሖም።",
                    f"ኣብ {city} እውን ቅድሚ ሒደት እዋን ተመሳሳሊ ኩነታት ተፈጢሩ ነይሩ።",
                    f"ኣብ {city} ክሳብ ሕጂ ኩነታት ኣይተቐየረን።",
                    "ኣብቲ ዝመጽእ ወርሒ ኣብ ዝግበር ኣኼባ እዚ ጉዳይ እንደገና ክዝተየሉ እዩ።",
                    f"ኣብ {city} ኣብ ዝተገብረ ኣኼባ ብዙሓት ነበርቲ ተሳቲፎም።",
                    f"ነጋዶ {city} እውን ብዛዕባ እዚ ጉዳይ ጥርዓን ኣቕሪቦም ነይሮም።",
                )
            )
        return f"{self.clause(time=True)}።"

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return f"{self.city()}: {self.clause()}"
        if r < 0.6:
            return f"ምይይጥ ብዛዕባ {rng.choice(TI_OBJECTS)} ኣብ {self.city()}"
        if r < 0.85:
            return f"ኣብ {self.city()} {rng.choice(TI_OBJECTS)} ኣመልኪቱ ተቓውሞ ተላዒሉ"
        return f"{self.person()}: «{rng.choice(TI_SAYINGS)}»"


TI_UI: dict[str, tuple[str, ...]] = {
    "nav": ("መበገሲ", "ዜና", "ፖለቲካ", "ቁጠባ", "ማሕበራዊ", "ዲያስፖራ", "ስፖርት", "ባህሊ", "ርእይቶ", "ቃለ መሕትት"),
    "sections": ("ዜና", "ፖለቲካ", "ቁጠባ", "ማሕበራዊ", "ዲያስፖራ", "ትምህርቲ"),
    "related": ("ተዛመድቲ ዜናታት",),
    "read_more": ("ኣንብቡ እውን፦",),
    "by": ("ብ",),
    "desks": ("ሪፖርተርና", "ክፍሊ ዜና", "ወኪልና ኣብ ኣውሮጳ"),
    "share": ("ነዚ ዜና ኣካፍሉ", "ነዚ ጽሑፍ ንኣዕሩኽኩም ኣካፍሉ"),
    "share_sites": ("Facebook", "X", "Telegram", "WhatsApp", "Email"),
    "newsletter": ("ሓደሽቲ ዜናታት ብኢመይል ተቐበሉ",),
    "comments": ("ርእይቶኹም ኣብ ታሕቲ ጽሓፉ፤ ዘይግቡእ ቃላት ዝሓዘ ርእይቶ ኣይሕተምን እዩ።",),
    "cookie": ("እዚ መርበብ ንዝሓሸ ተመኩሮ ኩኪስ ይጥቀም",),
    "ad": ("ምልክታ",),
    "copyright": ("© {year} {name}. ኩሉ መሰላት ዝተሓለወ እዩ።",),
    "disclaimer": ("ብዘይ ፍቓድ ጽሑፋትና ምድጋም ኣይፍቀድን እዩ።",),
    "tagline": ("ካብ {since} ጀሚሩ ናጻ ድምጺ",),
    "bio": ("{author} ካብ {since2} ጀሚሩ ንብዛዕባ {beat} ን{name} ይጽሕፍ።",),
    "beats": ("ፖለቲካ", "ዲያስፖራ", "ትምህርቲ", "ጥዕና", "ቁጠባ"),
    "editorial": ("እዚ ጽሑፍ ናይ {name} ፍሉይ መደብ ኣካል እዩ።",),
    "classified": ("ኣብ ማእከል ከተማ ክልተ ክፍሊ ዘለዎ ገዛ ንኪራይ ኣሎ።",),
    "subscribe": ("ኣብ ቴሌግራም ተጸንበሩና",),
}
TI_SECTION_SLUGS = {
    "ዜና": "news",
    "ፖለቲካ": "politics",
    "ቁጠባ": "economy",
    "ማሕበራዊ": "society",
    "ዲያስፖራ": "diaspora",
    "ትምህርቲ": "education",
}


# --- Sorani ------------------------------------------------------------------------------------

CKB_FIRST = _w("ئاسۆ هێمن کاروان دلێر شوان ڕێبوار هاوڕێ نەسرین ژیان شیلان ڤیان ئاوات سۆران بەهار")
CKB_SURNAMES = _w("ئەحمەد محەمەد عەبدوڵڵا کەریم عومەر حەسەن ڕەشید مستەفا عەلی قادر سەعید جەمال")
CKB_CITIES = _w("هەولێر سلێمانی دهۆک کەرکووک هەڵەبجە ڕانیە کۆیە زاخۆ چەمچەماڵ کەلار سۆران ئاکرێ")
# (subject, plural)
CKB_AGENTS: tuple[tuple[str, bool], ...] = (
    ("ئەنجومەنی پارێزگا", False),
    ("حکومەتی هەرێمی کوردستان", False),
    ("شارەوانی", False),
    ("پارێزگار", False),
    ("وەزارەتی پەروەردە", False),
    ("وەزارەتی تەندروستی", False),
    ("دانیشتووان", True),
    ("بازرگانان", True),
    ("جووتیاران", True),
    ("مامۆستایان", True),
    ("ئەندامانی ئۆپۆزسیۆن", True),
    ("دایک و باوکان", True),
)
CKB_OBJECTS = (
    "بودجە نوێیەکە",
    "پڕۆژەی ئاوی خواردنەوەکە",
    "پلانی نۆژەنکردنەوەی شەقامەکان",
    "نەخۆشخانە نوێیەکە",
    "پڕۆژەی قوتابخانە نوێیەکە",
    "زیادکردنی باجەکە",
    "پڕۆژەی پردەکە",
    "پڕۆژەی کارەباکە",
    "پلانی گواستنەوەی بازاڕەکە",
    "نرخی نوێی پاسەکان",
)
CKB_VERBS = (
    "پەسەند کرد",
    "ڕەت کردەوە",
    "ڕاگەیاند",
    "هەڵسەنگاند",
    "دواخست",
    "تاوتوێ کرد",
    "هەڵوەشاندەوە",
    "ڕاگرت",
)
CKB_TIMES = (
    "دوێنێ",
    "ئەمڕۆ",
    "ڕۆژی سێشەممە",
    "ئەم هەفتەیە",
    "دوای گفتوگۆیەکی درێژ،",
    "لە کۆبوونەوەیەکی تایبەتدا،",
    "لە کۆتاییدا،",
)
CKB_SOURCES = ("بەپێی زانیارییەکان،", "بەگوێرەی ڕاپۆرتی پەیامنێرەکەمان،", "سەرچاوەیەکی ئاگادار ڕایگەیاند کە")
CKB_LINKS = ("لە لایەکی ترەوە،", "هاوکات،", "بەڵام", "جگە لەوەش،")
CKB_ROLES = (
    "پارێزگار",
    "سەرۆکی شارەوانی",
    "ئەندامی ئەنجومەنی پارێزگا",
    "بەڕێوەبەری پەروەردە",
    "سەرۆکی ژووری بازرگانی",
    "بەڕێوەبەری قوتابخانە",
)
CKB_SAYINGS = (
    "ئەم پڕۆژەیە سوود بە هەموو شارەکە دەگەیەنێت",
    "ڕێگە نادەین هاووڵاتیان تووشی هیچ کێشەیەک ببن",
    "کارەکە لە کاتی دیاریکراوی خۆیدا تەواو دەبێت",
    "پێویستە خەڵک کەمێک ئارام بگرن",
    "چەندین ساڵە چاوەڕێی ئەم بڕیارە دەکەین",
    "بودجە تەرخان کراوە و ئێستا دەبێت کار دەست پێ بکات",
    "ڕێگە بە هیچ گەندەڵییەک نادەین لەم پڕۆژەیەدا",
    "ئامانجمان ئەوەیە پێش وەرزی باران کارەکە تەواو بکەین",
)
CKB_SUBHEADS = (
    "داهاتوو چی دەبێت؟",
    "کاردانەوەی هاووڵاتیان",
    "تێچووەکەی چەندە؟",
    "هەڵوێستی ئۆپۆزسیۆن",
    "وردەکاری زیاتر",
    "خشتەی کات",
    "پاشخانی کێشەکە",
)
CKB_MONTHS = (
    "کانوونی دووەم",
    "شوبات",
    "ئازار",
    "نیسان",
    "ئایار",
    "حوزەیران",
    "تەمموز",
    "ئاب",
    "ئەیلوول",
    "تشرینی یەکەم",
    "تشرینی دووەم",
    "کانوونی یەکەم",
)
CKB_WEEKDAYS = _w("دووشەممە سێشەممە چوارشەممە پێنجشەممە هەینی شەممە یەکشەممە")


class SoraniProse(_Grammar):
    """Sorani news: subject-object-verb, the subject's person a clitic on the object."""

    lang = "ckb"
    cities = CKB_CITIES
    subheads = CKB_SUBHEADS

    def clause(self, time: bool = False, first: bool = True) -> str:
        """Subject, object with the subject's clitic, verb; a time phrase before them (after a
        linking word or a source, `first` False, one without a comma of its own)."""
        rng = self.rng
        agent, plural = rng.choice(CKB_AGENTS)
        when = f"{rng.choice(CKB_TIMES if first else CKB_TIMES[:4])} " if time else ""
        return f"{when}{agent} {rng.choice(CKB_OBJECTS)}{'یان' if plural else 'ی'} {rng.choice(CKB_VERBS)}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"{rng.choice(CKB_ROLES)} {self.person()} ڕایگەیاند: «{rng.choice(CKB_SAYINGS)}»."
        if r < 0.25:
            return f"{rng.choice(CKB_SOURCES)} {self.clause(time=rng.random() < 0.6, first=False)}."
        if r < 0.38:
            return f"{rng.choice(CKB_LINKS)} {self.clause(time=rng.random() < 0.5, first=False)}."
        if r < 0.52:
            return eastern_digits(
                rng.choice(
                    (
                        f"تێچووی پڕۆژەکە {rng.randint(12, 900)} ملیار دینارە.",
                        f"کارەکە لە ماوەی {rng.randint(4, 30)} مانگدا تەواو دەبێت.",
                        f"{rng.randint(20, 150)} ئەندام دەنگیان بە پێشنیارەکە دا.",
                        f"تا ئێستا {10 * rng.randint(30, 900)} کەس واژۆیان لەسەر داواکارییەکە کردووە.",
                        f"{rng.randint(2, 8)}0 لە سەدی تێچووەکە لەلایەن حکومەتی فیدراڵەوە دابین دەکرێت.",
                        f"چاوەڕوان دەکرێت پڕۆژەکە تا ساڵی {rng.randint(2027, 2030)} تەواو بێت.",
                    )
                )
            )
        if r < 0.75:
            city = self.city()
            return rng.choice(
                (
                    f"دانیشتووانی {city} چەندین ساڵە چاوەڕێی ئەم بڕیارەن.",
                    f"هەروەها لە {city} ماوەیەک لەمەوبەر هەمان دۆخ دروست بووبوو.",
                    f"لە {city} تا ئێستا دۆخەکە نەگۆڕاوە.",
                    "مانگی داهاتوو لە کۆبوونەوەی گشتیدا جارێکی تر باسی ئەم بابەتە دەکرێتەوە.",
                    f"ژمارەیەکی زۆر لە هاووڵاتیان لە کۆبوونەوەکەی {city} ئامادە بوون.",
                    f"هەروەها بازرگانانی {city} لەم بارەیەوە یاداشتێکیان پێشکەش کردبوو.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return f"{self.city()}: {self.clause()}"
        if r < 0.6:
            return f"ناکۆکی لەسەر {rng.choice(CKB_OBJECTS)} لە {self.city()}"
        if r < 0.85:
            agent = rng.choice(CKB_AGENTS[:6])[0]
            return f"{agent} و ئۆپۆزسیۆن لەسەر {rng.choice(CKB_OBJECTS)} ڕووبەڕووی یەک بوونەوە"
        return f"{self.person()}: «{rng.choice(CKB_SAYINGS)}»"


CKB_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "سەرەکی",
        "کوردستان",
        "عێراق",
        "جیهان",
        "ئابووری",
        "وەرزش",
        "کولتوور",
        "تەندروستی",
        "ڕاپۆرت",
        "ڤیدیۆ",
    ),
    "sections": ("کوردستان", "عێراق", "ئابووری", "کۆمەڵایەتی", "پەروەردە", "سیاسی"),
    "related": ("هەواڵی پەیوەندیدار",),
    "read_more": ("بخوێنەوە:",),
    "by": ("نووسینی:",),
    "desks": ("بەشی هەواڵ", "پەیامنێری ئاژانس", "دەسکی دیجیتاڵ"),
    "share": ("ئەم هەواڵە بڵاو بکەرەوە", "لەگەڵ هاوڕێکانت بەشی بکە"),
    "share_sites": ("Facebook", "X", "Telegram", "WhatsApp", "کۆپیکردنی بەستەر"),
    "newsletter": ("گرنگترین هەواڵەکان ڕۆژانە لە ئیمەیڵەکەتدا وەربگرە",),
    "comments": ("کۆمێنتەکان دوای پێداچوونەوە بڵاو دەکرێنەوە",),
    "cookie": ("ئەم ماڵپەڕە بۆ ئەزموونێکی باشتر کووکی بەکار دەهێنێت",),
    "ad": ("ڕیکلام",),
    "copyright": ("© {year} {name}. هەموو مافەکان پارێزراون.",),
    "disclaimer": ("بڵاوکردنەوەی بابەتەکان بەبێ ئاماژەدان بە سەرچاوە ڕێگەپێدراو نییە.",),
    "tagline": ("لە ساڵی {since}ەوە هەواڵی ڕاست",),
    "bio": ("{author} لە ساڵی {since2}ەوە بۆ {name} دەربارەی {beat} دەنووسێت.",),
    "beats": ("سیاسەت", "ئابووری", "پەروەردە", "تەندروستی", "ژینگە"),
    "editorial": ("ئەم ڕاپۆرتە بەشێکە لە زنجیرەیەکی تایبەتی {name}.",),
    "classified": ("خانوویەکی دوو ژووری لە ناوەندی شار بە کرێ دەدرێت.",),
    "subscribe": ("بەشداری کەناڵی تێلێگرامەکەمان بکە",),
}
CKB_SECTION_SLUGS = {
    "کوردستان": "kurdistan",
    "عێراق": "iraq",
    "ئابووری": "economy",
    "کۆمەڵایەتی": "society",
    "پەروەردە": "education",
    "سیاسی": "politics",
}


# --- Belarusian --------------------------------------------------------------------------------

BE_MEN = _w("Аляксандр Сяргей Андрэй Дзмітрый Павел Віктар Максім Ігар Уладзімір Юрый")
BE_WOMEN = _w("Вольга Наталля Таццяна Алена Марына Ірына Святлана Кацярына Ганна Юлія")
BE_SURNAMES = _w(
    "Каваленка Бондарэнка Мельнічук Ткачук Ярашэвіч Лукашэвіч Давідовіч Карпенка Раманчук Грыцук "
    "Сідарэнка Петрашэвіч"
)
# (nominative, locative with its preposition, genitive)
BE_CITIES: tuple[tuple[str, str, str], ...] = (
    ("Мінск", "у Мінску", "Мінска"),
    ("Гомель", "у Гомелі", "Гомеля"),
    ("Магілёў", "у Магілёве", "Магілёва"),
    ("Віцебск", "у Віцебску", "Віцебска"),
    ("Гродна", "у Гродне", "Гродна"),
    ("Брэст", "у Брэсце", "Брэста"),
    ("Бабруйск", "у Бабруйску", "Бабруйска"),
    ("Баранавічы", "у Баранавічах", "Баранавіч"),
    ("Пінск", "у Пінску", "Пінска"),
    ("Орша", "у Оршы", "Оршы"),
    ("Мазыр", "у Мазыры", "Мазыра"),
    ("Ліда", "у Лідзе", "Ліды"),
    ("Салігорск", "у Салігорску", "Салігорска"),
    ("Полацк", "у Полацку", "Полацка"),
)
# (subject, "m", "f" or "p")
BE_AGENTS: tuple[tuple[str, str], ...] = (
    ("Мінскі гарвыканкам", "m"),
    ("Савет Міністраў", "m"),
    ("гарадская адміністрацыя", "f"),
    ("абласны выканаўчы камітэт", "m"),
    ("старшыня райвыканкама", "m"),
    ("кіраўніца аддзела адукацыі", "f"),
    ("мясцовыя жыхары", "p"),
    ("прадпрымальнікі", "p"),
    ("бацькі вучняў", "p"),
    ("фермеры", "p"),
    ("дэпутаты гарсавета", "p"),
    ("гарадская рада", "f"),
)
BE_OBJECTS = (
    "новы бюджэт горада",
    "праект рэканструкцыі вуліцы",
    "павелічэнне падатку на нерухомасць",
    "будаўніцтва новай школы",
    "новую схему руху аўтобусаў",
    "план рамонту дарог",
    "перанос рынку",
    "праект новай паліклінікі",
    "павышэнне платы за праезд",
    "рамонт цеплатрасы",
)
# (masculine, feminine, plural)
BE_VERBS: tuple[tuple[str, str, str], ...] = (
    ("зацвердзіў", "зацвердзіла", "зацвердзілі"),
    ("раскрытыкаваў", "раскрытыкавала", "раскрытыкавалі"),
    ("прадставіў", "прадставіла", "прадставілі"),
    ("адклаў", "адклала", "адклалі"),
    ("падтрымаў", "падтрымала", "падтрымалі"),
    ("разгледзеў", "разгледзела", "разгледзелі"),
    ("адхіліў", "адхіліла", "адхілілі"),
    ("ухваліў", "ухваліла", "ухвалілі"),
)
BE_TIMES = (
    "у аўторак",
    "учора",
    "на гэтым тыдні",
    "пасля доўгай дыскусіі",
    "аднагалосна",
    "нарэшце",
    "сёння",
    "на пазачарговым пасяджэнні",
)
BE_SOURCES = (
    "Як паведамляе прэс-служба,",
    "Паводле афіцыйнай інфармацыі,",
    "Як стала вядома нашаму карэспандэнту,",
)
BE_LINKS = ("Між тым", "Аднак", "Акрамя таго,", "Разам з тым")
# (a man's, a woman's)
BE_ROLES: tuple[tuple[str, str], ...] = (
    ("старшыня гарвыканкама", "старшыня гарвыканкама"),
    ("дэпутат гарсавета", "дэпутатка гарсавета"),
    ("прадстаўнік жыхароў", "прадстаўніца жыхароў"),
    ("дырэктар школы", "дырэктарка школы"),
    ("эканаміст", "эканамістка"),
    ("старшыня саюза прадпрымальнікаў", "старшыня саюза прадпрымальнікаў"),
)
BE_SAID = (("адзначыў", "адзначыла"), ("заявіў", "заявіла"), ("сказаў", "сказала"))
BE_SAYINGS = (
    "Гэты праект пойдзе на карысць усяму гораду",
    "Мы не дапусцім, каб жыхары засталіся без увагі",
    "Работы будуць завершаны ў тэрмін",
    "Людзям трэба крыху пацярпець",
    "Мы чакалі гэтага рашэння шмат гадоў",
    "Грошы выдзелены, цяпер трэба пачынаць працу",
    "Ніякіх парушэнняў на гэтым аб’екце мы не дапусцім",
    "Мы плануем скончыць работы да восені",
)
BE_SUBHEADS = (
    "Што далей?",
    "Рэакцыя жыхароў",
    "Колькі гэта каштуе?",
    "Пазіцыя дэпутатаў",
    "Падрабязнасці",
    "Тэрміны",
    "Гісторыя пытання",
)
BE_MONTHS = _w(
    "студзеня лютага сакавіка красавіка траўня чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня"
)
BE_TITLE_TAILS = (
    "выступілі супраць новага праекта",
    "патрабуюць адказу ад улад",
    "сабралі подпісы супраць забудовы",
    "гадамі чакаюць рамонту дарог",
)


# a noun's forms after 1, 2-4 and 5-20 (`be_count`)
BE_MILLION = ("мільён", "мільёны", "мільёнаў")
BE_MONTH = ("месяц", "месяцы", "месяцаў")
BE_DEPUTY = ("дэпутат", "дэпутаты", "дэпутатаў")
BE_PERSON = ("чалавек", "чалавекі", "чалавек")


def be_u(text: str) -> str:
    """The text with the preposition "у" written "ў" after a word ending in a vowel (Belarusian
    spelling: "жыхары ў Гомелі", but "горад у Гомелі")."""
    return re.sub(r"(?<=[аеёіоуыэюяАЕЁІОУЫЭЮЯ]) у ", " ў ", text)


def be_count(n: int, one: str, few: str, many: str) -> str:
    """The noun's form after the numeral n ("21 мільён", "22 мільёны", "25 мільёнаў")."""
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} {one}"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} {few}"
    return f"{n} {many}"


class BelarusianProse(_Grammar):
    """Belarusian city news: the past agreeing with its subject, numerals governing their noun."""

    lang = "be"
    cities = tuple(x for x, _, _ in BE_CITIES)
    subheads = BE_SUBHEADS

    def person(self) -> str:
        return self.speaker()[0]

    def speaker(self) -> tuple[str, bool]:
        """A full name, and whether she is a woman."""
        woman = self.rng.random() < 0.5
        first = self.rng.choice(BE_WOMEN if woman else BE_MEN)
        return f"{first} {self.rng.choice(BE_SURNAMES)}", woman

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, gender = rng.choice(BE_AGENTS)
        verb = rng.choice(BE_VERBS)["mfp".index(gender)]
        when = f" {rng.choice(BE_TIMES)}" if time else ""
        return f"{agent}{when} {verb} {rng.choice(BE_OBJECTS)}"

    def sentence(self) -> str:
        return be_u(self._sentence())

    def _sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            name, woman = self.speaker()
            role = rng.choice(BE_ROLES)[woman]
            return f"«{rng.choice(BE_SAYINGS)}», — {rng.choice(BE_SAID)[woman]} {role} {name}."
        if r < 0.25:
            return f"{rng.choice(BE_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            return f"{rng.choice(BE_LINKS)} {self.clause(time=rng.random() < 0.5)}."
        if r < 0.52:
            return rng.choice(
                (
                    f"Кошт праекта складае {be_count(rng.randint(2, 90), *BE_MILLION)} рублёў.",
                    f"Работы плануецца завяршыць за {be_count(rng.randint(4, 30), *BE_MONTH)}.",
                    f"За рашэнне прагаласавалі {be_count(rng.randint(20, 60), *BE_DEPUTY)}.",
                    f"Петыцыю ўжо падпісалі {be_count(rng.randint(30, 9000), *BE_PERSON)}.",
                    f"Каля {rng.randint(2, 8)}0 працэнтаў выдаткаў пакрые рэспубліканскі бюджэт.",
                    f"Скончыць будаўніцтва плануецца да {rng.randint(2027, 2030)} года.",
                )
            )
        if r < 0.75:
            _, loc, gen = rng.choice(BE_CITIES)
            return rng.choice(
                (
                    f"Жыхары {gen} доўга чакалі гэтага рашэння.",
                    f"Падобная сітуацыя нядаўна ўзнікла і {loc}.",
                    f"{_cap(loc)} сітуацыя пакуль не змянілася.",
                    "Да гэтага пытання дэпутаты вернуцца на наступнай сесіі.",
                    f"На сустрэчу з чыноўнікамі {loc} прыйшлі сотні жыхароў.",
                    f"Прадпрымальнікі {gen} таксама звярнуліся да ўлад з калектыўным лістом.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        return be_u(self._title())

    def _title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return f"{self.city()}: {self.clause()}"
        if r < 0.6:
            return _cap(self.clause())
        if r < 0.85:
            _, loc, _ = rng.choice(BE_CITIES)
            return f"{_cap(loc)} жыхары {rng.choice(BE_TITLE_TAILS)}"
        return f"{self.person()}: «{rng.choice(BE_SAYINGS)}»"


BE_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Галоўная",
        "Навіны",
        "Грамадства",
        "Палітыка",
        "Эканоміка",
        "Свет",
        "Спорт",
        "Культура",
        "Меркаванні",
    ),
    "sections": ("Грамадства", "Палітыка", "Эканоміка", "Рэгіёны", "Адукацыя", "Горад"),
    "related": ("Чытайце таксама",),
    "read_more": ("Чытайце таксама:",),
    "by": ("Аўтар:",),
    "desks": ("карэспандэнт", "рэдакцыя навін", "спецыяльны карэспандэнт"),
    "share": ("Падзяліцца навіной", "Раскажыце сябрам пра гэта"),
    "share_sites": ("Facebook", "X", "Telegram", "VK", "Скапіраваць спасылку"),
    "newsletter": ("Галоўныя навіны дня на вашу пошту",),
    "comments": ("Каментары публікуюцца пасля мадэрацыі",),
    "cookie": ("Сайт выкарыстоўвае файлы cookie для лепшай працы",),
    "ad": ("Рэклама",),
    "copyright": ("© {year} {name}. Усе правы абаронены.",),
    "disclaimer": ("Выкарыстанне матэрыялаў магчыма толькі з актыўнай спасылкай на крыніцу.",),
    "tagline": ("Навіны Беларусі з {since} года",),
    "bio": ("{author} піша пра {beat} для {name} з {since2} года.",),
    "beats": ("гарадское жыццё", "транспарт", "адукацыю", "медыцыну", "экалогію"),
    "editorial": ("Гэты матэрыял — частка спецыяльнага праекта {name}.",),
    "classified": ("Здаецца двухпакаёвая кватэра ў цэнтры горада.",),
    "subscribe": ("Падпісвайцеся на наш Telegram",),
}
BE_SECTION_SLUGS = {
    "Грамадства": "society",
    "Палітыка": "politics",
    "Эканоміка": "economy",
    "Рэгіёны": "regions",
    "Адукацыя": "education",
    "Горад": "city",
}


# --- shared pieces -----------------------------------------------------------------------------


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
        start + step * c.others.index(o) + random.Random(f"slack-{key}-{o.title}").randrange(step)
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


def _hm(d: datetime) -> str:
    return f"{d:%H:%M}"


# --- yo-iroyin-portal --------------------------------------------------------------------------

YO_FOOTER = ("Nípa wa", "Ẹ kàn sí wa", "Ìpolówó ọjà", "Ìlànà àṣírí", "Òfin lílò")
YO_CAPTIONS = (
    "Àwọn aṣòfin níbi ìpàdé ilé ìgbìmọ̀",
    "Iṣẹ́ àtúnṣe ojú ọ̀nà tó ń lọ lọ́wọ́ nílùú",
    "Ọ́fíìsì ìjọba ìbílẹ̀ náà",
    "Àwọn olùgbé tó wá láti fẹ̀hónú hàn",
    "Àwọn oníṣòwò nínú ọjà ìlú náà",
)
YO_CREDITS = ("Àwòrán: Akọ̀ròyìn wa", "Àwòrán: Ìkànnì àjọlò", "Àwòrán: Ilé iṣẹ́ ìjọba")
YO_MODES = ("nfc", "nfd", "mixed")


def yo_date(d: datetime) -> str:
    """ "Ọjọ́ Àbámẹ́ta, 7 Ẹrẹ̀nà 2026 | 14:30" (NFC)."""
    return nfc(f"Ọjọ́ {YO_WEEKDAYS[d.weekday()]}, {d.day} {YO_MONTHS[d.month - 1]} {d.year} | {_hm(d)}")


def yo_mode(c: Ctx) -> str:
    """How the site writes its Yoruba: "nfc", "nfd" (all decomposed) or "mixed" (the headlines and the
    text decomposed, the template precomposed)."""
    r = c.stable("yo-unicode").random()
    return "mixed" if r < 0.3 else YO_MODES[c.pub.index % 2]


def render_yo_iroyin_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("yo")
    mode = yo_mode(c)
    if mode != "nfc":  # the headlines and the text decomposed (idempotent: stories are shared)
        for o in c.others:
            o.title = nfd(o.title)
        s.blocks[:] = [(tag, nfd(t)) for tag, t in s.blocks]
        s.sentences[:] = [[nfd(x) for x in sents] for sents in s.sentences]
    v = pub.index % 2  # 0: dated WordPress permalinks, 1: /iroyin/<section>/<slug>-<id>
    number = _numbers(c, "yo", site.randint(20_000, 90_000), 17)
    if v == 0:
        _set_paths(c, lambda o: f"/{o.published:%Y/%m/%d}/{latin_slug(o.title)}/")
    else:
        _set_paths(
            c, lambda o: f"/iroyin/{YO_SECTION_SLUGS[nfc(o.section)]}/{latin_slug(o.title)}-{number(o)}"
        )
    _listify(c, "yo-list")
    dr = _page_rng(c, "yo")
    nav = c.nav_items(" ")
    byline = c.snip(f"Láti ọwọ́ {s.author.name}, {s.author.desk}")
    shown = c.snip(yo_date(d))
    photo = dr.random() < 0.65
    caption = c.snip(f"{dr.choice(YO_CAPTIONS)} ({dr.choice(YO_CREDITS)})") if photo else ""
    inserts = _reads(c, "Ẹ tún ka:", "etunka")
    if len(_paras(s)) >= 5:
        inserts.append(
            (3, '<div class="ad-slot"><small>Ìpolówó</small><div class="adsbygoogle"></div></div>')
        )
    label, sites = c.share()
    whatsapp = c.snip(f"Ẹ darapọ̀ mọ́ ìkànnì WhatsApp {pub.name} láti máa gba ìròyìn tuntun")
    c.snip("Ìròyìn tó jọ mọ́ èyí")
    related = _snip_titles(c, c.pick_others(4))
    c.snip("Èyí tí ẹ kà jùlọ")
    popular = _snip_titles(c, c.pick_others(5))
    about = c.snip(
        f"Ojú òpó ìròyìn Yorùbá ni {pub.name}, tó ń mú ìròyìn tó péye wá láti ilẹ̀ Yorùbá àti gbogbo àgbáyé."
    )
    c.snip(" ".join(YO_FOOTER[:4]))
    cp = c.copyright()
    body = _insert_after(_body(c), "<p>", inserts, skip='<p class="etunka"')
    post_id = number(s)
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{c.url()}#article",
                "headline": s.title,
                "datePublished": c.iso(),
                "dateModified": (d + timedelta(minutes=dr.randint(3, 300))).isoformat(timespec="seconds"),
                "author": {"@type": "Person", "name": s.author.name},
                "publisher": {"@type": "Organization", "name": pub.name},
                "inLanguage": "yo",
            },
            {"@type": "WebSite", "url": f"http://{pub.host}/", "name": pub.name},
        ],
    }
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="yo">',
        "<head>",
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:locale" content="yo_NG">',
        f'<meta property="article:published_time" content="{c.iso()}">' if v == 0 else "",
        f'<script type="application/ld+json" class="yoast-schema-graph">{_json(graph)}</script>',
        "</head>",
        f'<body class="post-template-default single single-post postid-{post_id}">',
        f'<header class="site-header"><div class="logo"><a href="/" rel="home">{esc(pub.name)}</a></div>',
        '<nav class="main-navigation"><ul class="menu">'
        + "\n".join(
            f'<li class="menu-item"><a href="/category/{latin_slug(x, 20)}">{esc(x)}</a></li>' for x in nav
        )
        + "</ul></nav></header>",
        '<div class="site-content"><main id="main" class="content-area">',
        f'<article id="post-{post_id}" class="post type-post status-publish">',
        f'<header class="entry-header"><span class="cat-links"><a href="/category/'
        f'{YO_SECTION_SLUGS[nfc(s.section)]}">{esc(s.section)}</a></span>',
        f'<h1 class="entry-title">{esc(s.title)}</h1>',
        f'<div class="entry-meta"><span class="byline">{esc(byline)}</span>\n'
        f'<span class="posted-on">{esc(shown)}</span></div></header>',
        (
            '<figure class="wp-block-image">'
            f'<img src="/wp-content/uploads/{d:%Y/%m}/{_hex(dr, 10)}.jpg" alt="">'
            f"<figcaption>{esc(caption)}</figcaption></figure>"
        )
        if photo
        else "",
        '<div class="entry-content">',
        *body,
        "</div>",
        f'<div class="share-bar"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#" class="share-{_slug(x) or "copy"}">{esc(x)}</a>' for x in sites)
        + "</div>",
        '<div class="whatsapp-cta">'
        f'<a href="https://whatsapp.com/channel/{_hex(site, 16)}">{esc(whatsapp)}</a></div>',
        "</article>",
        '<section class="related-posts"><h2>Ìròyìn tó jọ mọ́ èyí</h2><ul>'
        + _links(related)
        + "</ul></section>",
        "</main>",
        '<aside class="sidebar"><section class="widget popular-posts"><h2 class="widget-title">'
        "Èyí tí ẹ kà jùlọ</h2><ol>" + _links(popular) + "</ol></section></aside></div>",
        f'<footer class="site-footer"><p class="footer-about">{esc(about)}</p>',
        '<ul class="footer-menu">' + _footer_links(YO_FOOTER) + "</ul>",
        f'<p class="copyright">{esc(cp)}</p></footer>',
    ]
    html = _finish(c, [x for x in lines if x], "cookie-notice", "Ó dáa")
    if mode == "nfd":
        html = nfd(html)
        c.bp[:] = [nfd(x) for x in c.bp]
    return html


# --- ti-zena-site ------------------------------------------------------------------------------

TI_FOOTER = ("ብዛዕባና", "ርኸቡና", "ምልክታ ንምሃብ", "ፖሊሲ ብሕትውና", "ደገፍ")
TI_CAPTIONS = (
    "ኣባላት ማሕበረሰብ ኣብ ኣኼባ",
    "ሓደ ካብቶም ኣብ ከተማ ዝርከቡ ጽርግያታት",
    "ነበርቲ ከተማ ኣብ ዕዳጋ",
    "ኣብቲ ባህላዊ ፈስቲቫል ዝተሳተፉ መንእሰያት",
)
TI_CREDITS = ("ስእሊ፦ መዝገብ ስእሊ", "ስእሊ፦ ማሕበራዊ መራኸቢ", "ስእሊ፦ ወኪልና")


def ti_date(d: datetime) -> str:
    """ "ቀዳም፣ 7 መጋቢት 2026 14:30"."""
    return f"{TI_WEEKDAYS[d.weekday()]}፣ {d.day} {TI_MONTHS[d.month - 1]} {d.year} {_hm(d)}"


def render_ti_zena_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ti")
    v = pub.index % 2  # 0: WordPress /archives/<id>, 1: Blogger /<yyyy>/<mm>/<slug>.html
    number = _numbers(c, "ti", site.randint(30_000, 80_000), 13)
    if v == 0:
        _set_paths(c, lambda o: f"/archives/{number(o)}")
    else:
        _set_paths(c, lambda o: f"/{o.published:%Y/%m}/{latin_slug(o.title, 50)}.html")
    _listify(c, "ti-list")
    dr = _page_rng(c, "ti")
    nav = c.nav_items(" ")
    byline = c.snip(f"ብ {s.author.name} | {s.author.desk}")
    shown = c.snip(ti_date(d))
    photo = dr.random() < 0.7
    caption = c.snip(dr.choice(TI_CAPTIONS)) if photo else ""
    credit = c.snip(f"{dr.choice(TI_CREDITS)} | {pub.name}") if photo else ""
    inserts = _reads(c, "ኣንብቡ እውን፦", "anbbu")
    label, sites = c.share()
    radio = c.snip(
        f"ሬድዮ {pub.name} ኩሉ ቀዳምን ሰንበትን ካብ ሰዓት {site.choice((18, 19, 20))}:00 ብሳተላይትን ኢንተርነትን ይመሓላለፍ"
    )
    donate = c.snip("ንቐጻልነት ናጻ ሚድያ ደገፍኩም ኣበርክቱ")
    notice = c.snip(c.pick("comments"))
    c.snip("ተዛመድቲ ዜናታት")
    related = _snip_titles(c, c.pick_others(dr.randint(3, 5)))
    about = c.snip(f"{pub.name} ንኤርትራውያን ኣብ ዲያስፖራ ዜናን ሓበሬታን ዘቕርብ ናጻ መርበብ እዩ።")
    c.snip(" ".join(TI_FOOTER[:4]))
    cp = c.copyright()
    body = _insert_after(_body(c), "<p>", inserts, skip='<p class="anbbu"')
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "ti",
    }
    title = f"{s.title} | {pub.name}" if v == 0 else f"{pub.name}: {s.title}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ti">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<meta name="generator" content="Blogger">'
        if v
        else '<meta name="generator" content="WordPress 6.6.1">',
        _ldjson(data),
        "</head>",
        f'<body class="{"item-view" if v else "single-post"}">',
        '<div class="top-bar"><span class="lang-switch"><a href="/">ትግርኛ</a> | '
        '<a href="/en/">English</a></span>'
        f'<a class="donate-btn" href="/donate">{esc(donate)}</a></div>',
        f'<header class="header"><h2 class="site-title"><a href="/">{esc(pub.name)}</a></h2>',
        '<nav class="menu"><ul>'
        + "\n".join(
            f'<li><a href="/category/{TI_SECTION_SLUGS.get(x, latin_slug(x, 20))}">{esc(x)}</a></li>'
            for x in nav
        )
        + "</ul></nav></header>",
        '<div class="main-wrapper"><div class="main">',
        '<div class="post hentry">',
        f'<h1 class="post-title entry-title">{esc(s.title)}</h1>',
        f'<div class="post-header"><span class="post-author">{esc(byline)}</span>\n'
        f'<time class="published" datetime="{c.iso()}">{esc(shown)}</time></div>',
        (
            f'<div class="separator"><img src="/images/{_hex(dr, 12)}.jpg" alt="">'
            f'<p class="wp-caption-text">{esc(caption)} <em>{esc(credit)}</em></p></div>'
        )
        if photo
        else "",
        '<div class="post-body entry-content">',
        *body,
        "</div>",
        f'<div class="share-buttons"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in sites)
        + "</div>",
        f'<div class="radio-box"><p>{esc(radio)}</p></div>',
        f'<div class="comments"><h4>ርእይቶ</h4><p class="comment-note">{esc(notice)}</p>'
        '<textarea name="comment"></textarea><button>ስደድ</button></div>',
        "</div>",
        '<div class="related-posts"><h3>ተዛመድቲ ዜናታት</h3><ul>' + _links(related) + "</ul></div>",
        "</div></div>",
        f'<footer class="footer"><p class="about">{esc(about)}</p><ul>' + _footer_links(TI_FOOTER) + "</ul>",
        f'<p class="copyright">{esc(cp)}</p></footer>',
    ]
    return _finish(c, [x for x in lines if x], "cookie-bar", "ተሰማሚዔ")


# --- ckb-hawal-site ----------------------------------------------------------------------------

CKB_FOOTER = ("دەربارەی ئێمە", "پەیوەندی", "ڕیکلام", "سیاسەتی تایبەتمەندی", "مەرجەکانی بەکارهێنان")
CKB_CAPTIONS = (
    "کۆبوونەوەی ئەنجومەنی پارێزگا",
    "شەقامێکی ناوەندی شار",
    "بینای شارەوانی",
    "دانیشتووانی گەڕەکەکە لە کاتی ناڕەزایی",
)
CKB_CREDITS = ("وێنە: ئەرشیف", "وێنە: تۆڕە کۆمەڵایەتییەکان", "وێنە: پەیامنێری ئاژانس")


def ckb_date(d: datetime) -> str:
    """ "شەممە ٧ی ئازاری ٢٠٢٦ - ١٤:٣٠" (Eastern Arabic digits)."""
    return eastern_digits(
        f"{CKB_WEEKDAYS[d.weekday()]} {d.day}ی {CKB_MONTHS[d.month - 1]}ی {d.year} - {_hm(d)}"
    )


def render_ckb_hawal_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ckb")
    v = pub.index % 2  # 0: /ckb/news/<id>, 1: /sorani/<section>/<ddmmyyyy><n>
    number = _numbers(c, "ckb", site.randint(100_000, 600_000), 31)
    if v == 0:
        _set_paths(c, lambda o: f"/ckb/news/{number(o)}")
    else:
        _set_paths(
            c,
            lambda o: (
                f"/sorani/{CKB_SECTION_SLUGS[o.section]}/{o.published:%d%m%Y}"
                + str(1 + [x for x in c.others if x.published.date() == o.published.date()].index(o))
            ),
        )
    _listify(c, "ckb-list")
    dr = _page_rng(c, "ckb")
    ticker = _snip_titles(c, c.pick_others(3))
    nav = c.nav_items(" ")
    byline = c.snip(f"نووسینی: {s.author.name} - {s.author.desk}")
    shown = c.snip(ckb_date(d))
    photo = dr.random() < 0.75
    caption = c.snip(f"{dr.choice(CKB_CAPTIONS)} - {dr.choice(CKB_CREDITS)}") if photo else ""
    inserts = _reads(c, "بخوێنەوە:", "read-more")
    label, sites = c.share()
    telegram = c.snip(f"بۆ وەرگرتنی هەواڵە نوێیەکان بەشداری کەناڵی تێلێگرامی {pub.name} بکەن")
    c.snip("هەواڵی پەیوەندیدار")
    related = _snip_titles(c, c.pick_others(4))
    most = _snip_titles(c, c.pick_others(5))
    about = c.snip(f"{pub.name} ئاژانسێکی هەواڵی سەربەخۆیە و هەواڵی کوردستان و جیهان بڵاو دەکاتەوە.")
    c.snip(" ".join(CKB_FOOTER[:3]))
    cp = c.snip(eastern_digits(f"© {d.year} {pub.name}. هەموو مافەکان پارێزراون."))
    body = _insert_after(_body(c), "<p>", inserts, skip='<p class="read-more"')
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": c.url(),
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": (d + timedelta(minutes=dr.randint(2, 90))).isoformat(timespec="seconds"),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "inLanguage": "ckb",
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ckb" dir="rtl">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="news-page">',
        '<div class="breaking"><strong>هەواڵی بەپەلە</strong><ul>' + _links(ticker) + "</ul></div>",
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="main-menu"><ul>'
        + "\n".join(
            f'<li><a href="/{CKB_SECTION_SLUGS.get(x, latin_slug(x, 20))}">{esc(x)}</a></li>' for x in nav
        )
        + "</ul></nav></header>",
        '<div class="container"><div class="content">',
        '<article class="news-detail">',
        f'<h1 class="news-title">{esc(s.title)}</h1>',
        f'<div class="news-info"><span class="writer">{esc(byline)}</span>\n'
        f'<span class="date">{esc(shown)}</span></div>',
        (
            f'<figure class="news-photo"><img src="/Content/Upload/{_hex(dr, 12)}.jpg" alt="">'
            f"<figcaption>{esc(caption)}</figcaption></figure>"
        )
        if photo
        else "",
        '<div class="news-text">',
        *body,
        "</div>",
        f'<div class="share"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in sites)
        + "</div>",
        '<div class="telegram-box">'
        f'<a href="https://t.me/{_slug(pub.name).replace("-", "")}">{esc(telegram)}</a></div>',
        "</article>",
        '<section class="related"><h3>هەواڵی پەیوەندیدار</h3><ul>' + _links(related) + "</ul></section>",
        "</div>",
        '<aside class="sidebar"><div class="most-read"><h3>زۆرترین خوێندراو</h3><ol>'
        + _links(most)
        + "</ol></div></aside>",
        "</div>",
        f'<footer class="footer"><p class="about">{esc(about)}</p><ul>' + _footer_links(CKB_FOOTER) + "</ul>",
        f'<p class="copyright">{esc(cp)}</p></footer>',
    ]
    return _finish(c, [x for x in lines if x], "cookie-consent", "ڕازیم")


# --- be-naviny-portal --------------------------------------------------------------------------

BE_FOOTER = ("Пра нас", "Кантакты", "Рэклама на сайце", "Палітыка прыватнасці", "Правілы выкарыстання")
BE_CAPTIONS = (
    "Пасяджэнне гарадскога Савета дэпутатаў",
    "Адна з цэнтральных вуліц горада",
    "Будынак гарвыканкама ў цэнтры горада",
    "Жыхары мікрараёна падчас сустрэчы з чыноўнікамі",
    "Рамонт дарогі ў цэнтры горада",
)
BE_TAGS = ("гарвыканкам", "бюджэт", "транспарт", "адукацыя", "медыцына", "Мінск", "рэгіёны", "ЖКГ")


def be_date(d: datetime) -> str:
    """ "7 сакавіка 2026, 14:30"."""
    return f"{d.day} {BE_MONTHS[d.month - 1]} {d.year}, {_hm(d)}"


def render_be_naviny_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("be")
    v = pub.index % 2  # 0: /news/<section>/<id>.html, 1: /<yyyy>/<mm>/<dd>/<Latin slug>/
    number = _numbers(c, "be", site.randint(100_000, 400_000), 19)
    if v == 0:
        _set_paths(c, lambda o: f"/news/{BE_SECTION_SLUGS[o.section]}/{number(o)}.html")
    else:
        _set_paths(c, lambda o: f"/{o.published:%Y/%m/%d}/{latin_slug(o.title, 60)}/")
    _split_lead(c, 1)
    _listify(c, "be-list")
    dr = _page_rng(c, "be")
    nav = c.nav_items(" ")
    author = c.snip(f"Аўтар: {s.author.name}, {s.author.desk}")
    shown = c.snip(be_date(d))
    caption = c.snip(dr.choice(BE_CAPTIONS))
    name, _ = BelarusianProse(dr).speaker()
    credit = c.snip(
        dr.choice((f"Фота: {name} / {pub.name}", "Фота: з архіва рэдакцыі", "Фота: скрыншот з відэа"))
    )
    inserts = _reads(c, "Чытайце таксама:", "read-also")
    if len(_paras(s)) >= 6:
        inserts.append((4, '<div class="banner-inline"><span class="adv-label">Рэклама</span></div>'))
    label, sites = c.share()
    tags = dr.sample(BE_TAGS, 3)
    c.snip("Тэгі: " + " ".join(tags))
    telegram = c.snip(
        f"Падпісвайцеся на наш канал у Telegram, каб першымі даведвацца пра галоўнае ад {pub.name}"
    )
    typo = c.snip("Заўважылі памылку? Вылучыце яе і націсніце Ctrl+Enter")
    main_news = _snip_titles(c, c.pick_others(5))
    about = c.snip(f"{pub.name} — незалежнае інтэрнэт-выданне пра жыццё беларускіх гарадоў і рэгіёнаў.")
    rule = c.snip(c.pick("disclaimer"))
    c.snip(" ".join(BE_FOOTER[:3]))
    cp = c.copyright()
    raw = _body(c)
    raw[0] = raw[0].replace("<p>", '<p class="lead"><strong>', 1).replace("</p>", "</strong></p>")
    body = _insert_after(raw, "<p", inserts, skip='<p class="read-also"')
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "be",
    }
    title = f"{s.title} — {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="be">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="page-article">',
        f'<header class="header"><a class="header__logo" href="/">{esc(pub.name)}</a>',
        '<nav class="header__menu"><ul>'
        + "\n".join(f'<li><a href="/{latin_slug(x, 20)}/">{esc(x)}</a></li>' for x in nav)
        + "</ul></nav></header>",
        '<div class="layout"><main class="layout__main">',
        '<article class="article">',
        '<div class="article__section">'
        f'<a href="/news/{BE_SECTION_SLUGS[s.section]}/">{esc(s.section)}</a></div>',
        f'<h1 class="article__title">{esc(s.title)}</h1>',
        f'<div class="article__meta"><span class="article__author">{esc(author)}</span>\n'
        f'<time class="article__date" datetime="{c.iso()}">{esc(shown)}</time></div>',
        f'<figure class="article__photo"><img src="/media/{d:%Y/%m}/{_hex(dr, 12)}.jpg" alt="">'
        f'<figcaption><span class="caption">{esc(caption)}</span> <span class="credit">{esc(credit)}</span>'
        "</figcaption></figure>",
        '<div class="article__text">',
        *body,
        "</div>",
        '<div class="article__tags">Тэгі: '
        + " ".join(f'<a href="/tag/{latin_slug(t, 20)}">{esc(t)}</a>' for t in tags)
        + "</div>",
        f'<div class="article__share"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in sites)
        + "</div>",
        '<div class="tg-subscribe">'
        f'<a href="https://t.me/{_slug(pub.name).replace("-", "")}">{esc(telegram)}</a></div>',
        f'<p class="typo-notice">{esc(typo)}</p>',
        "</article></main>",
        '<aside class="layout__aside"><div class="main-news"><h3>Галоўнае</h3><ul>'
        + _links(main_news)
        + "</ul></div></aside></div>",
        f'<footer class="footer"><p class="footer__about">{esc(about)}</p>'
        f'<p class="footer__rule">{esc(rule)}</p>',
        '<ul class="footer__links">' + _footer_links(BE_FOOTER) + "</ul>",
        f'<p class="footer__copy">{esc(cp)}</p></footer>',
    ]
    return _finish(c, lines, "cookie-banner", "Зразумела")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "yo-iroyin-portal": render_yo_iroyin_portal,
    "ti-zena-site": render_ti_zena_site,
    "ckb-hawal-site": render_ckb_hawal_site,
    "be-naviny-portal": render_be_naviny_portal,
}


def _json(data: object) -> str:
    import json

    return json.dumps(data, ensure_ascii=False)


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
    _page_rng,
    _paras,
    _slugged,
    _snip_titles,
    _split_lead,
    _story_html,
    register_language,
)
from pipeline.synth.publishers import Ctx, Story, _ascii, _slug, esc  # noqa: E402

# Yoruba, Tigrinya, Sorani and Belarusian join the registries (new keys only)
for _lang, _first, _last, _prose, _ui, _months, _zone in (
    ("yo", YO_FIRST, YO_SURNAMES, YorubaProse, YO_UI, YO_MONTHS, "Africa/Lagos"),
    ("ti", TI_FIRST, TI_SURNAMES, TigrinyaProse, TI_UI, TI_MONTHS, "Africa/Asmara"),
    ("ckb", CKB_FIRST, CKB_SURNAMES, SoraniProse, CKB_UI, CKB_MONTHS, "Asia/Baghdad"),
    ("be", BE_MEN + BE_WOMEN, BE_SURNAMES, BelarusianProse, BE_UI, BE_MONTHS, "Europe/Minsk"),
):
    register_language(
        _lang,
        first_names=tuple(nfc(x) for x in _first),
        surnames=tuple(nfc(x) for x in _last),
        prose=_prose,
        ui={k: tuple(nfc(x) for x in xs) for k, xs in _ui.items()},
        months=tuple(nfc(x) for x in _months),
        zones=(_zone,),
    )
