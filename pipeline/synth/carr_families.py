"""Four CARR template families for the synthetic publishers (see `pipeline.synth.publishers`).

"carr" is a split of its own, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `CARR_FAMILIES`: the carr families are
generated only by `generate_corpus("carr")`, so every other corpus is as it was. The split is that of
four news portals of South Asia in languages no split had before, each with its grammar, names, UI
strings, month names and zone, added to the registries of `pipeline.synth.prose` and
`pipeline.synth.publishers` when the module is loaded (`kit.register_language`, new keys only;
nothing another language uses changes):
  * Nepali ("ne", `NepaliProse`, Devanagari, Asia/Kathmandu +05:45): subject-object-verb; the
    agent of a transitive perfect in "ले" ("महानगरपालिकाले", "किसानहरूले"), the auxiliary agreeing in
    number ("पारित गरेको छ" / "विरोध गरेका छन्"), the object bare or in the genitive "को" as the
    light verb wants ("नयाँ बजेटको विरोध"); Devanagari digits; "।" closing a sentence;
  * Marathi ("mr", `MarathiProse`, Devanagari, Asia/Kolkata): the ergative "ने" / "नी"
    ("महापालिकेने", "व्यापाऱ्यांनी"), the light verb agreeing with its own noun ("मंजुरी दिली",
    "विरोध केला", "स्वागत केले"), the object in the oblique before its postposition
    ("अर्थसंकल्पाला", "योजनेची"); quotes “…”, असे ... यांनी सांगितले; Marathi digits;
  * Kannada ("kn", `KannadaProse`, Kannada script, Asia/Kolkata): the verb agreeing with its
    subject (an institution "ಅನುಮೋದನೆ ನೀಡಿದೆ", people "ಅನುಮೋದನೆ ನೀಡಿದ್ದಾರೆ"), the object in the
    accusative ("ಯೋಜನೆಯನ್ನು") or the dative ("ಯೋಜನೆಗೆ") as the verb wants; quotes “…” ಎಂದು ...
    ಹೇಳಿದರು; ASCII digits;
  * Odia ("or", `OdiaProse`, Odia script, Asia/Kolkata): the verb agreeing with its subject (an
    institution "ମଞ୍ଜୁରି ଦେଇଛି", people "ମଞ୍ଜୁରି ଦେଇଛନ୍ତି"), the object with "କୁ" or the genitive
    "ର" as the verb wants; "।" closing a sentence; Odia digits.
Each grammar's `place()` gives the Latin brand the publisher's name is made of (the hosts are ASCII,
as onlinekhabar.com, lokmat.com, prajavani.net or sambad.in are); the text's towns come from
`city()`. `carr_latin` writes Devanagari, Kannada or Odia in Latin letters for the sites' Latin URL
slugs and topic links.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a bulleted list inside the text is body, one line per item; a photo's
caption and credit are boilerplate; a standfirst under the headline is neither; "read also" lines
amid the text are boilerplate; an ad label of fewer than four words is no snippet (neither). The
choices each family makes for the debatable parts:
  * ne-samachar-portal: a Nepali WordPress news portal: the text, its subheadings and a list are
    body; the "यो पनि पढ्नुहोस्:" lines amid the text (the label and a headline), the breaking-news
    ticker, the menu, the byline, the date line (Bikram Sambat beside Gregorian), the share bar, the
    photo's caption with its "तस्बिर:" credit, the "सम्बन्धित समाचार" and "धेरै पढिएको" headlines,
    the comment notice, the footer's about line, its "सूचना विभाग दर्ता नं." registration line,
    the editor line and the copyright are boilerplate; the "विज्ञापन" label amid the text is
    neither (one word); there is no standfirst;
  * mr-batmya-site: a Marathi in-house news portal: the text, subheadings and a list are body; the
    "हे पण वाचा:" lines amid the text (the label and a headline), the bilingual menu ("महाराष्ट्र
    Maharashtra ..."), the breadcrumb, the byline, the date line, the share bar, the WhatsApp
    channel call closing the text, the tags line, the "संबंधित बातम्या" and "ट्रेंडिंग" headlines
    and the footer (about line, menu, copyright) are boilerplate; the "जाहिरात" label is neither
    (one word); there is no standfirst;
  * kn-suddi-portal: a Kannada Drupal news portal: the text, subheadings and a list are body; the
    "ಇದನ್ನೂ ಓದಿ:" lines amid the text (the label and a headline), the menu, the reporter line, the
    visible date line, the photo's caption and "ಚಿತ್ರ:" credit, the share bar, the tags line, the
    Telegram call, the "ಸಂಬಂಧಿತ ಸುದ್ದಿ" and "ಹೆಚ್ಚು ಓದಿದ ಸುದ್ದಿ" headlines and the footer are
    boilerplate; there is no standfirst;
  * or-khabar-site: an Odia news portal: the text, subheadings and a list are body; the dek under
    the headline (<p class="news-dek">, two sentences of the story's kind not in the text) is
    neither (a standfirst); the "ଆହୁରି ପଢନ୍ତୁ:" lines amid the text (the label and a headline), the
    breadcrumb, the menu, the reporter line, the date line, the share bar, the Facebook follow call,
    the comment box's notice, the "ସମ୍ବନ୍ଧିତ ଖବର" and "ଲୋକପ୍ରିୟ ଖବର" headlines and the footer are
    boilerplate; the comment box's heading and field labels are neither (fewer than four words).

Families (language; date source; URL and title forms):
  carr  ne-samachar-portal  ne; Yoast JSON-LD graph NewsArticle datePublished with +05:45 and the
                            visible "फागुन २३, २०८२ शनिबार १४:३० | 7 March 2026" (Bikram Sambat
                            in Devanagari digits, then Gregorian); paths /<yyyy>/<mm>/<id> or
                            /<yyyy>/<mm>/<dd>/<percent-encoded Devanagari slug>/ (lower-case hex,
                            as WordPress writes it); <title> "T - Site" or "T | Site"
  carr  mr-batmya-site      mr; <time datetime> with +05:30 around "प्रकाशित: शनिवार, ७ मार्च
                            २०२६, १४:३०" (Marathi digits on some sites, ASCII on others); paths
                            /maharashtra/<section>/<Latin slug>-a<id>/ or /news/<id>/<Latin
                            slug>.html; <title> "T | Site" or "T - Site Marathi News"
  carr  kn-suddi-portal     kn; <meta property="article:published_time"> with +05:30 and the visible
                            "ಪ್ರಕಟಿತ: ಶನಿವಾರ, 07 ಮಾರ್ಚ್ 2026, 14:30 IST"; paths /node/<nid> or
                            /karnataka/<district>/<Latin slug>; <title> "T | Site"
  carr  or-khabar-site      or; JSON-LD NewsArticle datePublished with +05:30 and the visible
                            "ପ୍ରକାଶିତ: ଶନିବାର, ୦୭ ମାର୍ଚ୍ଚ ୨୦୨୬, ୧୪:୩୦" in Odia digits; paths
                            /news.php?id=<id>&cat=<section> or /<section>/<Latin slug>-<id>;
                            <title> "T | Site" or "T - Site Odia News"

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
from datetime import date, datetime, timedelta
from urllib.parse import quote

from pipeline.synth.prose import Prose, _w

FAMILIES: dict[str, str] = {
    "ne-samachar-portal": "carr",
    "mr-batmya-site": "carr",
    "kn-suddi-portal": "carr",
    "or-khabar-site": "carr",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "ne-samachar-portal": "ne",
    "mr-batmya-site": "mr",
    "kn-suddi-portal": "kn",
    "or-khabar-site": "or",
}
# Latin brands ("{p}" is the grammar's `place()`), so the host names are ASCII
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "ne-samachar-portal": ("{p} Khabar", "Online {p}", "{p} Samachar", "{p} Dainik", "{p} Post Nepal"),
    "mr-batmya-site": ("{p} Batmya", "{p} Marathi", "Maharashtra {p}", "{p} Varta", "Dainik {p}"),
    "kn-suddi-portal": ("{p} Suddi", "{p} Kannada", "Karnataka {p}", "{p} Patrike", "{p} Vani"),
    "or-khabar-site": ("{p} Khabar", "{p} Odia", "Odisha {p}", "{p} Samachar", "{p} Live Odia"),
}
_BRANDS = {
    "ne": _w(
        "Kantipath Sagarmatha Himal Janata Nagarik Gorkha Annapurna Bihani Mechi Lumbini Rajdhani Sajha"
    ),
    "mr": _w(
        "Sakal Prabhat Lokmanya Sahyadri Navshakti Pudhari Tarun Janmat Sanchar Vartahar Kesari Deshdoot"
    ),
    "kn": _w(
        "Prajavani Udaya Suvarna Samyukta Vijaya Hosadigantha Janavahini Kranti "
        "Sanje Nudi Varthe Belaku Kadala Sahyadri Malnad Kaveri"
    ),
    "or": _w(
        "Samaja Dharitri Prameya Sambada Pragati Anupama Nirbhaya Kalinga "
        "Utkal Sarathi Suryaprava Nabarang Mahanadi Konark Chilika Pragnya"
    ),
}


# --- romanisation ------------------------------------------------------------------------------

# Devanagari, Odia and Kannada share the layout of their Unicode blocks (offsets from the start)
_SCRIPTS = {"deva": 0x0900, "orya": 0x0B00, "knda": 0x0C80}
_LETTERS = dict(
    zip(
        range(0x15, 0x3A),
        _w("""k kh g gh ng ch chh j jh ny t th d dh n t th d dh n n p ph b bh m y r r l l l v sh sh
            s h"""),
        strict=True,
    )
)
_LETTERS.update({0x58: "q", 0x59: "kh", 0x5A: "g", 0x5B: "z", 0x5C: "r", 0x5D: "rh", 0x5E: "f", 0x5F: "y"})
_INDEPENDENT = dict(
    zip(
        (0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0E, 0x0F, 0x10, 0x12, 0x13, 0x14),
        _w("a a i i u u ru e e ai o o au"),
        strict=True,
    )
)
_MATRAS = dict(
    zip(
        (0x3E, 0x3F, 0x40, 0x41, 0x42, 0x43, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C),
        _w("a i i u u ru e e e ai o o o au"),
        strict=True,
    )
)
_HALANT, _DOT = 0x4D, 0x3C


def carr_latin(text: str) -> str:
    """Devanagari, Odia or Kannada text in Latin letters, letter by letter, as the sites' URL slugs
    spell it ("पुणे" -> "pune", "ಮೈಸೂರು" -> "maisuru", "କଟକ" -> "kataka"): a consonant without a vowel
    sign or virama carries "a" (not at the end of a Devanagari word, which Marathi and Nepali do not
    sound); an anusvara is "n" ("m" in Kannada), a visarga "h"; any other character is kept."""
    out: list[str] = []
    k = 0
    while k < len(text):
        ch = text[k]
        script = next((s for s, base in _SCRIPTS.items() if base <= ord(ch) < base + 0x80), "")
        if not script:
            if ch not in "\u200c\u200d":
                out.append(ch)
            k += 1
            continue
        base = _SCRIPTS[script]
        off = ord(ch) - base
        if off in _LETTERS or off == 0x71 and script == "orya":
            letter = "w" if off == 0x71 else _LETTERS[off]
            if k + 1 < len(text) and ord(text[k + 1]) - base == _DOT:
                letter = {"j": "z", "ph": "f", "d": "r", "dh": "rh", "k": "q"}.get(letter, letter)
                k += 1
            out.append(letter)
            nxt = ord(text[k + 1]) - base if k + 1 < len(text) else -1
            end = not 0 <= nxt < 0x80
            if nxt not in _MATRAS and nxt != _HALANT and not (end and script == "deva"):
                out.append("a")
        elif off in _MATRAS:
            out.append(_MATRAS[off])
        elif off in _INDEPENDENT:
            out.append(_INDEPENDENT[off])
        elif off == 0x02:
            out.append("m" if script == "knda" else "n")
        elif off == 0x01:
            out.append("n")
        elif off == 0x03:
            out.append("h")
        elif 0x66 <= off <= 0x6F:
            out.append(str(off - 0x66))
        k += 1
    return "".join(out)


def latin_slug(text: str, limit: int = 60) -> str:
    """A Latin URL slug of Devanagari, Odia or Kannada text (within `limit` characters)."""
    return _slugged(carr_latin(text), limit) or "news"


def unicode_slug(text: str, words: int = 8) -> str:
    """The percent-encoded UTF-8 slug WordPress makes of a non-Latin headline: its first `words`
    words (letters, marks and digits kept, the rest dropped), joined by "-", the escapes in
    lower-case hex."""
    kept = [
        "".join(ch for ch in w if ch.isalnum() or unicodedata.category(ch) in ("Mn", "Mc"))
        for w in text.split()
    ]
    slug = "-".join([w for w in kept if w][:words])
    return re.sub(r"%[0-9A-F]{2}", lambda m: m[0].lower(), quote(slug, safe="-"))


_DEVA_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")
_ORYA_DIGITS = str.maketrans("0123456789", "୦୧୨୩୪୫୬୭୮୯")


def deva_digits(text: str) -> str:
    """The text with Devanagari digits (Nepali, Marathi) for the ASCII ones."""
    return text.translate(_DEVA_DIGITS)


def odia_digits(text: str) -> str:
    """The text with Odia digits for the ASCII ones."""
    return text.translate(_ORYA_DIGITS)


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


# --- Nepali ------------------------------------------------------------------------------------

NE_FIRST = _w("राम श्याम हरि कृष्ण सुरेश दिनेश रमेश प्रकाश विनोद गीता सीता सरिता कमला अनिता सुनिता")
NE_SURNAMES = _w("श्रेष्ठ अधिकारी पौडेल शर्मा थापा गुरुङ राई तामाङ कार्की भट्टराई खनाल घिमिरे महर्जन")
NE_CITIES = _w("काठमाडौं ललितपुर भक्तपुर पोखरा विराटनगर बुटवल धरान हेटौंडा जनकपुर नेपालगन्ज धनगढी भरतपुर बिरगन्ज इटहरी")
# (agent without "ले", plural)
NE_AGENTS: tuple[tuple[str, bool], ...] = (
    ("महानगरपालिका", False),
    ("नगर कार्यपालिका", False),
    ("प्रदेश सरकार", False),
    ("जिल्ला प्रशासन कार्यालय", False),
    ("वडा समिति", False),
    ("मेयर", False),
    ("प्रमुख जिल्ला अधिकारी", False),
    ("विपक्षी दल", False),
    ("स्थानीय बासिन्दाहरू", True),
    ("व्यापारीहरू", True),
    ("किसानहरू", True),
    ("अभिभावकहरू", True),
)
NE_OBJECTS = (
    "नयाँ बजेट",
    "सडक विस्तार योजना",
    "खानेपानी आयोजना",
    "फोहोरमैला व्यवस्थापन योजना",
    "नयाँ अस्पताल भवन",
    "सम्पत्ति कर वृद्धि",
    "बसपार्क स्थानान्तरण",
    "विद्यालय भवन निर्माण",
    "पार्किङ शुल्क वृद्धि",
    "ढल निर्माण आयोजना",
    "चक्रपथ विस्तार",
)
# (the object takes "को", the light verb's noun)
NE_VERBS: tuple[tuple[bool, str], ...] = (
    (False, "पारित"),
    (True, "विरोध"),
    (True, "घोषणा"),
    (True, "समीक्षा"),
    (True, "आलोचना"),
    (False, "स्थगित"),
    (True, "स्वागत"),
    (True, "समर्थन"),
)
NE_TIMES = ("मंगलबार", "हिजो", "यस साता", "लामो छलफलपछि", "सर्वसम्मतिले", "अन्ततः", "विशेष बैठकबाट", "आज")
NE_SOURCES = ("स्रोतका अनुसार,", "महानगरपालिकाका अधिकारीहरूका अनुसार,", "हाम्रा संवाददाताका अनुसार,")
NE_LINKS = ("यसैबीच,", "तर,", "यसबाहेक,", "अर्कोतर्फ,")
NE_ROLES = (
    "मेयर",
    "उपमेयर",
    "वडाध्यक्ष",
    "प्रमुख जिल्ला अधिकारी",
    "उद्योग वाणिज्य संघका अध्यक्ष",
    "विद्यालयका प्रधानाध्यापक",
)
NE_SAYINGS = (
    "यो योजनाले सिङ्गो सहरलाई फाइदा पुर्‍याउँछ",
    "नागरिकलाई कुनै असुविधा हुन दिँदैनौं",
    "काम तोकिएको समयमै सम्पन्न हुन्छ",
    "जनताले केही धैर्य गर्नुपर्छ",
    "यो निर्णयको हामीले वर्षौंदेखि प्रतीक्षा गरेका थियौं",
    "बजेट छुट्याइसकिएको छ, अब काम सुरु हुनुपर्छ",
    "यस आयोजनामा कुनै अनियमितता सहँदैनौं",
    "वर्षा सुरु हुनुअघि काम सक्ने हाम्रो लक्ष्य छ",
)
NE_SUBHEADS = (
    "अब के हुन्छ?",
    "नागरिकको प्रतिक्रिया",
    "कति खर्च लाग्छ?",
    "विपक्षको धारणा",
    "विस्तृत विवरण",
    "समयतालिका",
    "लामो समयदेखिको विवाद",
)
NE_MONTHS = _w("जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर")
NE_WEEKDAYS = _w("सोमबार मंगलबार बुधबार बिहीबार शुक्रबार शनिबार आइतबार")  # Monday first


class NepaliProse(_Grammar):
    """Nepali city news: agents in "ले", the auxiliary agreeing in number (module docstring)."""

    lang = "ne"
    cities = NE_CITIES
    subheads = NE_SUBHEADS

    def clause(self, time: bool = False, past: bool = False) -> str:
        rng = self.rng
        agent, plural = rng.choice(NE_AGENTS)
        genitive, noun = rng.choice(NE_VERBS)
        when = f" {rng.choice(NE_TIMES)}" if time else ""
        obj = rng.choice(NE_OBJECTS) + ("को" if genitive else "")
        aux = ("गरे" if plural else "गर्‍यो") if past else ("गरेका छन्" if plural else "गरेको छ")
        return f"{agent}ले{when} {obj} {noun} {aux}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"“{rng.choice(NE_SAYINGS)}”, {rng.choice(NE_ROLES)} {self.person()}ले बताउनुभयो।"
        if r < 0.25:
            return f"{rng.choice(NE_SOURCES)} {self.clause(time=rng.random() < 0.6)}।"
        if r < 0.38:
            return f"{rng.choice(NE_LINKS)} {self.clause(time=rng.random() < 0.5)}।"
        if r < 0.52:
            return deva_digits(
                rng.choice(
                    (
                        f"यो आयोजनाको कुल लागत रु. {rng.randint(12, 900)} करोड छ।",
                        f"काम करिब {rng.randint(4, 30)} महिनामा सम्पन्न हुनेछ।",
                        f"प्रस्तावको पक्षमा {rng.randint(20, 150)} सदस्यले मत दिए।",
                        f"हालसम्म {10 * rng.randint(30, 900)} जनाले निवेदनमा हस्ताक्षर गरिसकेका छन्।",
                        f"कुल लागतको {rng.randint(2, 8)}0 प्रतिशत संघीय सरकारले बेहोर्नेछ।",
                        f"आयोजना सन् {rng.randint(2027, 2030)} सम्ममा सम्पन्न हुने अपेक्षा छ।",
                    )
                )
            )
        if r < 0.75:
            city = self.city()
            return rng.choice(
                (
                    f"{city}का बासिन्दाले वर्षौंदेखि यो निर्णयको प्रतीक्षा गरिरहेका थिए।",
                    f"{city}मा पनि हालै यस्तै अवस्था देखिएको थियो।",
                    f"{city}मा अझै अवस्था बदलिएको छैन।",
                    "यो विषयमा अर्को महिना बस्ने नगरसभामा फेरि छलफल हुनेछ।",
                    f"{city}मा भएको बैठकमा ठूलो संख्यामा नागरिक उपस्थित थिए।",
                    f"{city}का व्यापारीहरूले पनि यस विषयमा ज्ञापनपत्र बुझाएका थिए।",
                )
            )
        return f"{self.clause(time=True)}।"

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return f"{self.city()}: {self.clause(past=True)}"
        if r < 0.6:
            genitive, noun = rng.choice(NE_VERBS)
            return (
                f"{rng.choice(NE_AGENTS)[0]}द्वारा {rng.choice(NE_OBJECTS)}{'को' if genitive else ''} {noun}"
            )
        if r < 0.85:
            return f"{rng.choice(NE_OBJECTS)}को विषयमा {rng.choice(NE_AGENTS[:8])[0]} र विपक्ष आमनेसामने"
        return f"{self.person()}: “{rng.choice(NE_SAYINGS)}”"


NE_UI: dict[str, tuple[str, ...]] = {
    "nav": ("गृहपृष्ठ", "समाचार", "राजनीति", "प्रदेश", "अर्थ", "खेलकुद", "मनोरञ्जन", "विचार", "प्रवास", "स्वास्थ्य"),
    "sections": ("समाचार", "राजनीति", "प्रदेश", "अर्थ", "समाज", "शिक्षा"),
    "related": ("सम्बन्धित समाचार",),
    "read_more": ("यो पनि पढ्नुहोस्:",),
    "by": ("लेखक:",),
    "desks": ("संवाददाता", "विशेष संवाददाता", "डिजिटल डेस्क"),
    "share": ("यो समाचार सेयर गर्नुहोस्", "साथीहरूसँग सेयर गर्नुहोस्"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Viber", "लिंक कपी गर्नुहोस्"),
    "newsletter": ("मुख्य समाचार हरेक दिन इमेलमा पाउनुहोस्",),
    "comments": ("प्रतिक्रियाहरू सम्पादकीय समीक्षापछि मात्र प्रकाशित हुन्छन्",),
    "cookie": ("राम्रो अनुभवका लागि यो वेबसाइटले कुकिज प्रयोग गर्छ",),
    "ad": ("विज्ञापन",),
    "copyright": ("© {year} {name}. सर्वाधिकार सुरक्षित।",),
    "disclaimer": ("अनुमतिबिना यहाँका सामग्री पुनः प्रकाशन गर्न पाइँदैन।",),
    "tagline": ("{since} देखि तपाईंको विश्वसनीय समाचार",),
    "bio": ("{author} {since2} देखि {name} मा {beat} विषयमा लेख्दै आउनुभएको छ।",),
    "beats": ("सहरी विकास", "यातायात", "शिक्षा", "स्वास्थ्य", "वातावरण"),
    "editorial": ("यो समाचार {name} को विशेष शृङ्खलाको अंश हो।",),
    "classified": ("सहरको बीचमा दुई कोठे फ्ल्याट भाडामा दिन छ।",),
    "subscribe": ("हाम्रो Viber च्यानलमा जोडिनुहोस्",),
}
NE_SECTION_SLUGS = {
    "समाचार": "news",
    "राजनीति": "politics",
    "प्रदेश": "province",
    "अर्थ": "economy",
    "समाज": "society",
    "शिक्षा": "education",
}


# --- Marathi -----------------------------------------------------------------------------------

MR_FIRST = _w("अनिल सुनील संजय प्रशांत विजय राहुल गणेश महेश प्रिया स्नेहा अश्विनी मनीषा वैशाली सुप्रिया")
MR_SURNAMES = _w("पाटील देशमुख जोशी कुलकर्णी पवार शिंदे जाधव गायकवाड चव्हाण देशपांडे कदम भोसले")
# (nominative, locative)
MR_CITIES: tuple[tuple[str, str], ...] = (
    ("पुणे", "पुण्यात"),
    ("मुंबई", "मुंबईत"),
    ("नागपूर", "नागपुरात"),
    ("कोल्हापूर", "कोल्हापुरात"),
    ("सोलापूर", "सोलापुरात"),
    ("सातारा", "साताऱ्यात"),
    ("सांगली", "सांगलीत"),
    ("जळगाव", "जळगावात"),
    ("अमरावती", "अमरावतीत"),
    ("लातूर", "लातुरात"),
    ("ठाणे", "ठाण्यात"),
    ("अकोला", "अकोल्यात"),
)
# (ergative, nominative, with "कडून")
MR_AGENTS: tuple[tuple[str, str, str], ...] = (
    ("महापालिकेने", "महापालिका", "महापालिकेकडून"),
    ("राज्य सरकारने", "राज्य सरकार", "राज्य सरकारकडून"),
    ("जिल्हा प्रशासनाने", "जिल्हा प्रशासन", "जिल्हा प्रशासनाकडून"),
    ("स्थायी समितीने", "स्थायी समिती", "स्थायी समितीकडून"),
    ("महापौरांनी", "महापौर", "महापौरांकडून"),
    ("जिल्हाधिकाऱ्यांनी", "जिल्हाधिकारी", "जिल्हाधिकाऱ्यांकडून"),
    ("विरोधकांनी", "विरोधक", "विरोधकांकडून"),
    ("स्थानिक रहिवाशांनी", "स्थानिक रहिवासी", "स्थानिक रहिवाशांकडून"),
    ("व्यापाऱ्यांनी", "व्यापारी", "व्यापाऱ्यांकडून"),
    ("शेतकऱ्यांनी", "शेतकरी", "शेतकऱ्यांकडून"),
)
# (nominative, oblique)
MR_OBJECTS: tuple[tuple[str, str], ...] = (
    ("नवीन अर्थसंकल्प", "नवीन अर्थसंकल्पा"),
    ("उड्डाणपूल प्रकल्प", "उड्डाणपूल प्रकल्पा"),
    ("मालमत्ता करातील वाढ", "मालमत्ता करातील वाढी"),
    ("पाणीपुरवठा योजना", "पाणीपुरवठा योजने"),
    ("नव्या शाळेची इमारत", "नव्या शाळेच्या इमारती"),
    ("भुयारी गटार योजना", "भुयारी गटार योजने"),
    ("रस्ते रुंदीकरण प्रकल्प", "रस्ते रुंदीकरण प्रकल्पा"),
    ("मेट्रोचा नवा मार्ग", "मेट्रोच्या नव्या मार्गा"),
    ("पार्किंग शुल्कातील वाढ", "पार्किंग शुल्कातील वाढी"),
    ("बसस्थानकाचे विस्तारीकरण", "बसस्थानकाच्या विस्तारीकरणा"),
)
# (postposition after the oblique object, the light verb agreeing with its own noun)
MR_VERBS: tuple[tuple[str, str], ...] = (
    ("ला", "मंजुरी दिली"),
    ("ला", "विरोध केला"),
    ("ची", "घोषणा केली"),
    ("चा", "आढावा घेतला"),
    ("वर", "टीका केली"),
    ("चे", "स्वागत केले"),
    ("ला", "स्थगिती दिली"),
    ("चे", "समर्थन केले"),
)
MR_TIMES = ("मंगळवारी", "काल", "या आठवड्यात", "प्रदीर्घ चर्चेनंतर", "एकमताने", "अखेर", "विशेष सभेत", "आज")
MR_SOURCES = ("अधिकृत माहितीनुसार,", "आमच्या प्रतिनिधीने दिलेल्या माहितीनुसार,", "महापालिकेतील सूत्रांच्या माहितीनुसार,")
MR_LINKS = ("दरम्यान,", "मात्र,", "याशिवाय,", "दुसरीकडे,")
MR_ROLES = ("महापौर", "जिल्हाधिकारी", "नगरसेवक", "महापालिका आयुक्त", "व्यापारी संघटनेचे अध्यक्ष", "शाळेचे मुख्याध्यापक")
MR_SAYINGS = (
    "या योजनेमुळे संपूर्ण शहराला फायदा होईल",
    "नागरिकांना कोणताही त्रास होऊ देणार नाही",
    "काम ठरलेल्या वेळेत पूर्ण होईल",
    "नागरिकांनी थोडा संयम ठेवावा",
    "या निर्णयाची आम्ही अनेक वर्षांपासून वाट पाहत होतो",
    "निधी मंजूर झाला आहे, आता काम सुरू झाले पाहिजे",
    "या प्रकल्पात कोणताही गैरव्यवहार खपवून घेतला जाणार नाही",
    "पावसाळ्यापूर्वी काम पूर्ण करण्याचे आमचे उद्दिष्ट आहे",
)
MR_SUBHEADS = (
    "पुढे काय?",
    "नागरिकांची प्रतिक्रिया",
    "खर्च किती?",
    "विरोधकांची भूमिका",
    "सविस्तर माहिती",
    "वेळापत्रक",
    "जुना वाद",
)
MR_MONTHS = _w("जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर")
MR_WEEKDAYS = _w("सोमवार मंगळवार बुधवार गुरुवार शुक्रवार शनिवार रविवार")


class MarathiProse(_Grammar):
    """Marathi city news: ergative subjects, light verbs agreeing with their own noun."""

    lang = "mr"
    cities = tuple(x for x, _ in MR_CITIES)
    subheads = MR_SUBHEADS

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent = rng.choice(MR_AGENTS)[0]
        post, phrase = rng.choice(MR_VERBS)
        when = f" {rng.choice(MR_TIMES)}" if time else ""
        return f"{agent}{when} {rng.choice(MR_OBJECTS)[1]}{post} {phrase}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"“{rng.choice(MR_SAYINGS)}”, असे {rng.choice(MR_ROLES)} {self.person()} यांनी सांगितले."
        if r < 0.25:
            return f"{rng.choice(MR_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            return f"{rng.choice(MR_LINKS)} {self.clause(time=rng.random() < 0.5)}."
        if r < 0.52:
            return deva_digits(
                rng.choice(
                    (
                        f"या प्रकल्पाचा एकूण खर्च {rng.randint(12, 900)} कोटी रुपये आहे.",
                        f"हे काम सुमारे {rng.randint(4, 30)} महिन्यांत पूर्ण होईल.",
                        f"ठरावाच्या बाजूने {rng.randint(20, 150)} सदस्यांनी मतदान केले.",
                        f"आतापर्यंत {10 * rng.randint(30, 900)} नागरिकांनी निवेदनावर स्वाक्षरी केली आहे.",
                        f"एकूण खर्चापैकी {rng.randint(2, 8)}0 टक्के वाटा केंद्र सरकार उचलणार आहे.",
                        f"हा प्रकल्प {rng.randint(2027, 2030)} पर्यंत पूर्ण होणे अपेक्षित आहे.",
                    )
                )
            )
        if r < 0.75:
            loc = rng.choice(MR_CITIES)[1]
            return rng.choice(
                (
                    f"{loc} झालेल्या बैठकीला मोठ्या संख्येने नागरिक उपस्थित होते.",
                    f"{loc}ही काही दिवसांपूर्वी अशीच परिस्थिती निर्माण झाली होती.",
                    f"{loc} अद्याप परिस्थिती बदललेली नाही.",
                    "या विषयावर पुढील महिन्यात होणाऱ्या सर्वसाधारण सभेत पुन्हा चर्चा होणार आहे.",
                    f"{loc}ील व्यापाऱ्यांनीही या मुद्द्यावर निवेदन दिले होते.",
                    f"{loc}ील नागरिक अनेक वर्षांपासून या निर्णयाची वाट पाहत होते.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return f"{self.city()}: {self.clause()}"
        if r < 0.65:
            post, phrase = rng.choice(MR_VERBS)
            return f"{rng.choice(MR_AGENTS)[2]} {rng.choice(MR_OBJECTS)[1]}{post} {phrase.split()[0]}"
        if r < 0.87:
            return f"{rng.choice(MR_OBJECTS)[0]}वरून {rng.choice(MR_AGENTS[:4])[1]} आणि विरोधक आमनेसामने"
        return f"{self.person()}: “{rng.choice(MR_SAYINGS)}”"


MR_UI: dict[str, tuple[str, ...]] = {
    "nav": ("होम", "महाराष्ट्र", "मुंबई", "पुणे", "देश", "विदेश", "अर्थकारण", "क्रीडा", "मनोरंजन", "राजकारण"),
    "sections": ("महाराष्ट्र", "पुणे", "मुंबई", "राजकारण", "अर्थकारण", "शिक्षण"),
    "related": ("संबंधित बातम्या",),
    "read_more": ("हे पण वाचा:",),
    "by": ("लेखक:",),
    "desks": ("प्रतिनिधी", "विशेष प्रतिनिधी", "डिजिटल डेस्क"),
    "share": ("ही बातमी शेअर करा", "मित्रांसोबत शेअर करा"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "लिंक कॉपी करा"),
    "newsletter": ("महत्त्वाच्या बातम्या दररोज तुमच्या ईमेलवर मिळवा",),
    "comments": ("वाचकांच्या प्रतिक्रिया मंजुरीनंतरच प्रसिद्ध केल्या जातील",),
    "cookie": ("अधिक चांगल्या अनुभवासाठी ही वेबसाइट कुकीज वापरते",),
    "ad": ("जाहिरात",),
    "copyright": ("© {year} {name}. सर्व हक्क राखीव.",),
    "disclaimer": ("या संकेतस्थळावरील मजकूर परवानगीशिवाय पुनर्प्रकाशित करू नये.",),
    "tagline": ("{since} पासून तुमचे विश्वासार्ह वृत्तपत्र",),
    "bio": ("{author} {since2} पासून {name} साठी {beat} या विषयावर लिहितात.",),
    "beats": ("नागरी प्रश्न", "वाहतूक", "शिक्षण", "आरोग्य", "पर्यावरण"),
    "editorial": ("ही बातमी {name} च्या विशेष मालिकेचा भाग आहे.",),
    "classified": ("शहराच्या मध्यवर्ती भागात दोन बेडरूमचा फ्लॅट भाड्याने देणे आहे.",),
    "subscribe": ("आमच्या WhatsApp चॅनेलमध्ये सामील व्हा",),
}
MR_SECTION_SLUGS = {
    "महाराष्ट्र": "maharashtra",
    "पुणे": "pune",
    "मुंबई": "mumbai",
    "राजकारण": "politics",
    "अर्थकारण": "business",
    "शिक्षण": "education",
}
# the bilingual menu: (Marathi, English, path)
MR_MENU: tuple[tuple[str, str, str], ...] = (
    ("महाराष्ट्र", "Maharashtra", "maharashtra"),
    ("मुंबई", "Mumbai", "mumbai"),
    ("पुणे", "Pune", "pune"),
    ("राजकारण", "Politics", "politics"),
    ("देश", "India", "national"),
    ("अर्थकारण", "Business", "business"),
    ("क्रीडा", "Sports", "sports"),
    ("मनोरंजन", "Entertainment", "entertainment"),
)


# --- Kannada -----------------------------------------------------------------------------------

KN_FIRST = _w("ರಮೇಶ್ ಸುರೇಶ್ ಮಂಜುನಾಥ್ ಪ್ರಕಾಶ್ ಶಿವಕುಮಾರ್ ನಾಗರಾಜ್ ಕಿರಣ್ ಲಕ್ಷ್ಮಿ ಸುಮಾ ರೇಖಾ ಕವಿತಾ ಶ್ರುತಿ")
KN_SURNAMES = _w("ಗೌಡ ಹೆಗಡೆ ರಾವ್ ಶೆಟ್ಟಿ ನಾಯಕ್ ಪಾಟೀಲ್ ಕುಲಕರ್ಣಿ ಭಟ್ ಪೂಜಾರಿ ಕಾಮತ್")
# (nominative, locative: the genitive is the locative without "ಲ್ಲಿ")
KN_CITIES: tuple[tuple[str, str], ...] = (
    ("ಬೆಂಗಳೂರು", "ಬೆಂಗಳೂರಿನಲ್ಲಿ"),
    ("ಮೈಸೂರು", "ಮೈಸೂರಿನಲ್ಲಿ"),
    ("ಮಂಗಳೂರು", "ಮಂಗಳೂರಿನಲ್ಲಿ"),
    ("ಹುಬ್ಬಳ್ಳಿ", "ಹುಬ್ಬಳ್ಳಿಯಲ್ಲಿ"),
    ("ಬೆಳಗಾವಿ", "ಬೆಳಗಾವಿಯಲ್ಲಿ"),
    ("ಕಲಬುರಗಿ", "ಕಲಬುರಗಿಯಲ್ಲಿ"),
    ("ದಾವಣಗೆರೆ", "ದಾವಣಗೆರೆಯಲ್ಲಿ"),
    ("ಶಿವಮೊಗ್ಗ", "ಶಿವಮೊಗ್ಗದಲ್ಲಿ"),
    ("ತುಮಕೂರು", "ತುಮಕೂರಿನಲ್ಲಿ"),
    ("ಉಡುಪಿ", "ಉಡುಪಿಯಲ್ಲಿ"),
    ("ಹಾಸನ", "ಹಾಸನದಲ್ಲಿ"),
    ("ಬಳ್ಳಾರಿ", "ಬಳ್ಳಾರಿಯಲ್ಲಿ"),
)
# (subject, human: people or an honoured person take "-ಾರೆ", an institution "-ದೆ")
KN_AGENTS: tuple[tuple[str, bool], ...] = (
    ("ಮಹಾನಗರ ಪಾಲಿಕೆ", False),
    ("ರಾಜ್ಯ ಸರ್ಕಾರ", False),
    ("ಜಿಲ್ಲಾ ಆಡಳಿತ", False),
    ("ಸ್ಥಾಯಿ ಸಮಿತಿ", False),
    ("ನಗರಸಭೆ", False),
    ("ಮೇಯರ್", True),
    ("ಜಿಲ್ಲಾಧಿಕಾರಿ", True),
    ("ವಿರೋಧ ಪಕ್ಷದ ನಾಯಕರು", True),
    ("ಸ್ಥಳೀಯರು", True),
    ("ವ್ಯಾಪಾರಿಗಳು", True),
    ("ರೈತರು", True),
    ("ಪೋಷಕರು", True),
)
# (nominative, accusative, dative)
KN_OBJECTS: tuple[tuple[str, str, str], ...] = (
    ("ಕುಡಿಯುವ ನೀರಿನ ಯೋಜನೆ", "ಕುಡಿಯುವ ನೀರಿನ ಯೋಜನೆಯನ್ನು", "ಕುಡಿಯುವ ನೀರಿನ ಯೋಜನೆಗೆ"),
    ("ಮೇಲ್ಸೇತುವೆ ಯೋಜನೆ", "ಮೇಲ್ಸೇತುವೆ ಯೋಜನೆಯನ್ನು", "ಮೇಲ್ಸೇತುವೆ ಯೋಜನೆಗೆ"),
    ("ಆಸ್ತಿ ತೆರಿಗೆ ಹೆಚ್ಚಳ", "ಆಸ್ತಿ ತೆರಿಗೆ ಹೆಚ್ಚಳವನ್ನು", "ಆಸ್ತಿ ತೆರಿಗೆ ಹೆಚ್ಚಳಕ್ಕೆ"),
    ("ಹೊಸ ಶಾಲಾ ಕಟ್ಟಡ", "ಹೊಸ ಶಾಲಾ ಕಟ್ಟಡವನ್ನು", "ಹೊಸ ಶಾಲಾ ಕಟ್ಟಡಕ್ಕೆ"),
    ("ರಸ್ತೆ ಅಗಲೀಕರಣ ಯೋಜನೆ", "ರಸ್ತೆ ಅಗಲೀಕರಣ ಯೋಜನೆಯನ್ನು", "ರಸ್ತೆ ಅಗಲೀಕರಣ ಯೋಜನೆಗೆ"),
    ("ಒಳಚರಂಡಿ ಕಾಮಗಾರಿ", "ಒಳಚರಂಡಿ ಕಾಮಗಾರಿಯನ್ನು", "ಒಳಚರಂಡಿ ಕಾಮಗಾರಿಗೆ"),
    ("ಬಸ್ ನಿಲ್ದಾಣದ ವಿಸ್ತರಣೆ", "ಬಸ್ ನಿಲ್ದಾಣದ ವಿಸ್ತರಣೆಯನ್ನು", "ಬಸ್ ನಿಲ್ದಾಣದ ವಿಸ್ತರಣೆಗೆ"),
    ("ಮೆಟ್ರೋ ಮಾರ್ಗದ ವಿಸ್ತರಣೆ", "ಮೆಟ್ರೋ ಮಾರ್ಗದ ವಿಸ್ತರಣೆಯನ್ನು", "ಮೆಟ್ರೋ ಮಾರ್ಗದ ವಿಸ್ತರಣೆಗೆ"),
    ("ವಾಹನ ನಿಲುಗಡೆ ಶುಲ್ಕ ಏರಿಕೆ", "ವಾಹನ ನಿಲುಗಡೆ ಶುಲ್ಕ ಏರಿಕೆಯನ್ನು", "ವಾಹನ ನಿಲುಗಡೆ ಶುಲ್ಕ ಏರಿಕೆಗೆ"),
    ("ಹೊಸ ಆಸ್ಪತ್ರೆ ಕಟ್ಟಡ", "ಹೊಸ ಆಸ್ಪತ್ರೆ ಕಟ್ಟಡವನ್ನು", "ಹೊಸ ಆಸ್ಪತ್ರೆ ಕಟ್ಟಡಕ್ಕೆ"),
)
# (the object in the dative, the verb of an institution, of people)
KN_VERBS: tuple[tuple[bool, str, str], ...] = (
    (True, "ಅನುಮೋದನೆ ನೀಡಿದೆ", "ಅನುಮೋದನೆ ನೀಡಿದ್ದಾರೆ"),
    (False, "ವಿರೋಧಿಸಿದೆ", "ವಿರೋಧಿಸಿದ್ದಾರೆ"),
    (False, "ಘೋಷಿಸಿದೆ", "ಘೋಷಿಸಿದ್ದಾರೆ"),
    (False, "ಪರಿಶೀಲಿಸಿದೆ", "ಪರಿಶೀಲಿಸಿದ್ದಾರೆ"),
    (False, "ಟೀಕಿಸಿದೆ", "ಟೀಕಿಸಿದ್ದಾರೆ"),
    (False, "ಮುಂದೂಡಿದೆ", "ಮುಂದೂಡಿದ್ದಾರೆ"),
    (False, "ಸ್ವಾಗತಿಸಿದೆ", "ಸ್ವಾಗತಿಸಿದ್ದಾರೆ"),
    (True, "ಬೆಂಬಲ ನೀಡಿದೆ", "ಬೆಂಬಲ ನೀಡಿದ್ದಾರೆ"),
)
KN_TIMES = ("ಮಂಗಳವಾರ", "ನಿನ್ನೆ", "ಈ ವಾರ", "ಸುದೀರ್ಘ ಚರ್ಚೆಯ ಬಳಿಕ", "ಸರ್ವಾನುಮತದಿಂದ", "ಕೊನೆಗೂ", "ವಿಶೇಷ ಸಭೆಯಲ್ಲಿ", "ಇಂದು")
KN_SOURCES = ("ಅಧಿಕೃತ ಮಾಹಿತಿಯ ಪ್ರಕಾರ,", "ನಮ್ಮ ವರದಿಗಾರರ ಪ್ರಕಾರ,", "ಪಾಲಿಕೆಯ ಮೂಲಗಳ ಪ್ರಕಾರ,")
KN_LINKS = ("ಈ ನಡುವೆ,", "ಆದರೆ,", "ಇದರ ಜೊತೆಗೆ,", "ಮತ್ತೊಂದೆಡೆ,")
KN_ROLES = ("ಮೇಯರ್", "ಜಿಲ್ಲಾಧಿಕಾರಿ", "ಪಾಲಿಕೆ ಸದಸ್ಯ", "ಪಾಲಿಕೆ ಆಯುಕ್ತ", "ವರ್ತಕರ ಸಂಘದ ಅಧ್ಯಕ್ಷ", "ಶಾಲೆಯ ಮುಖ್ಯ ಶಿಕ್ಷಕ")
KN_SAYINGS = (
    "ಈ ಯೋಜನೆಯಿಂದ ಇಡೀ ನಗರಕ್ಕೆ ಅನುಕೂಲವಾಗಲಿದೆ",
    "ನಾಗರಿಕರಿಗೆ ಯಾವುದೇ ತೊಂದರೆ ಆಗಲು ಬಿಡುವುದಿಲ್ಲ",
    "ಕಾಮಗಾರಿ ನಿಗದಿತ ಅವಧಿಯಲ್ಲಿ ಪೂರ್ಣಗೊಳ್ಳಲಿದೆ",
    "ಜನರು ಸ್ವಲ್ಪ ತಾಳ್ಮೆ ವಹಿಸಬೇಕು",
    "ಈ ನಿರ್ಧಾರಕ್ಕಾಗಿ ನಾವು ಹಲವು ವರ್ಷಗಳಿಂದ ಕಾಯುತ್ತಿದ್ದೆವು",
    "ಅನುದಾನ ಬಿಡುಗಡೆಯಾಗಿದೆ, ಈಗ ಕೆಲಸ ಆರಂಭವಾಗಬೇಕು",
    "ಈ ಯೋಜನೆಯಲ್ಲಿ ಯಾವುದೇ ಅಕ್ರಮವನ್ನು ಸಹಿಸುವುದಿಲ್ಲ",
    "ಮಳೆಗಾಲಕ್ಕೂ ಮುನ್ನ ಕಾಮಗಾರಿ ಮುಗಿಸುವುದು ನಮ್ಮ ಗುರಿ",
)
KN_SUBHEADS = ("ಮುಂದೇನು?", "ನಾಗರಿಕರ ಪ್ರತಿಕ್ರಿಯೆ", "ವೆಚ್ಚ ಎಷ್ಟು?", "ವಿರೋಧ ಪಕ್ಷದ ನಿಲುವು", "ವಿವರಗಳು", "ವೇಳಾಪಟ್ಟಿ", "ಹಳೆಯ ವಿವಾದ")
KN_MONTHS = _w("ಜನವರಿ ಫೆಬ್ರುವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್")
KN_WEEKDAYS = _w("ಸೋಮವಾರ ಮಂಗಳವಾರ ಬುಧವಾರ ಗುರುವಾರ ಶುಕ್ರವಾರ ಶನಿವಾರ ಭಾನುವಾರ")


class KannadaProse(_Grammar):
    """Kannada city news: the verb agreeing with its subject, the object's case as the verb wants."""

    lang = "kn"
    cities = tuple(x for x, _ in KN_CITIES)
    subheads = KN_SUBHEADS

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, human = rng.choice(KN_AGENTS)
        dative, inst, people = rng.choice(KN_VERBS)
        obj = rng.choice(KN_OBJECTS)[2 if dative else 1]
        when = f" {rng.choice(KN_TIMES)}" if time else ""
        return f"{agent}{when} {obj} {people if human else inst}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"“{rng.choice(KN_SAYINGS)}” ಎಂದು {rng.choice(KN_ROLES)} {self.person()} ಹೇಳಿದರು."
        if r < 0.25:
            return f"{rng.choice(KN_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            return f"{rng.choice(KN_LINKS)} {self.clause(time=rng.random() < 0.5)}."
        if r < 0.52:
            return rng.choice(
                (
                    f"ಈ ಯೋಜನೆಯ ಒಟ್ಟು ವೆಚ್ಚ ₹{rng.randint(12, 900)} ಕೋಟಿ ಎಂದು ಅಂದಾಜಿಸಲಾಗಿದೆ.",
                    f"ಕಾಮಗಾರಿ ಸುಮಾರು {rng.randint(4, 30)} ತಿಂಗಳಲ್ಲಿ ಪೂರ್ಣಗೊಳ್ಳಲಿದೆ.",
                    f"ನಿರ್ಣಯದ ಪರವಾಗಿ {rng.randint(20, 150)} ಸದಸ್ಯರು ಮತ ಚಲಾಯಿಸಿದರು.",
                    f"ಈವರೆಗೆ {10 * rng.randint(30, 900)} ಜನರು ಮನವಿಗೆ ಸಹಿ ಹಾಕಿದ್ದಾರೆ.",
                    f"ಒಟ್ಟು ವೆಚ್ಚದ ಶೇ {rng.randint(2, 8)}0ರಷ್ಟನ್ನು ಕೇಂದ್ರ ಸರ್ಕಾರ ಭರಿಸಲಿದೆ.",
                    f"ಈ ಯೋಜನೆ {rng.randint(2027, 2030)}ರ ವೇಳೆಗೆ ಪೂರ್ಣಗೊಳ್ಳುವ ನಿರೀಕ್ಷೆಯಿದೆ.",
                )
            )
        if r < 0.75:
            loc = rng.choice(KN_CITIES)[1]
            return rng.choice(
                (
                    f"{loc} ನಡೆದ ಸಭೆಯಲ್ಲಿ ಹೆಚ್ಚಿನ ಸಂಖ್ಯೆಯಲ್ಲಿ ನಾಗರಿಕರು ಭಾಗವಹಿಸಿದ್ದರು.",
                    f"{loc}ಯೂ ಇತ್ತೀಚೆಗೆ ಇದೇ ರೀತಿಯ ಪರಿಸ್ಥಿತಿ ನಿರ್ಮಾಣವಾಗಿತ್ತು.",
                    f"{loc} ಇನ್ನೂ ಪರಿಸ್ಥಿತಿ ಬದಲಾಗಿಲ್ಲ.",
                    "ಈ ವಿಷಯದ ಕುರಿತು ಮುಂದಿನ ತಿಂಗಳು ನಡೆಯುವ ಸಾಮಾನ್ಯ ಸಭೆಯಲ್ಲಿ ಮತ್ತೆ ಚರ್ಚೆ ನಡೆಯಲಿದೆ.",
                    f"{loc.removesuffix('ಲ್ಲಿ')} ಜನರು ಹಲವು ವರ್ಷಗಳಿಂದ ಈ ನಿರ್ಧಾರಕ್ಕಾಗಿ ಕಾಯುತ್ತಿದ್ದರು.",
                    f"{loc.removesuffix('ಲ್ಲಿ')} ವ್ಯಾಪಾರಿಗಳೂ ಈ ಬಗ್ಗೆ ಮನವಿ ಸಲ್ಲಿಸಿದ್ದರು.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return f"{self.city()}: {self.clause()}"
        if r < 0.6:
            return f"{rng.choice(KN_OBJECTS)[0]} ವಿಚಾರ: {rng.choice(KN_AGENTS[:5])[0]} ಮತ್ತು ವಿರೋಧ ಪಕ್ಷ ಮುಖಾಮುಖಿ"
        if r < 0.85:
            loc = rng.choice(KN_CITIES)[1]
            outcome = rng.choice(("ಹಸಿರು ನಿಶಾನೆ", "ತಡೆ", "ಭಾರಿ ವಿರೋಧ"))
            return f"{loc.removesuffix('ಲ್ಲಿ')} {rng.choice(KN_OBJECTS)[2]} {outcome}"
        return f"{self.person()}: “{rng.choice(KN_SAYINGS)}”"


KN_UI: dict[str, tuple[str, ...]] = {
    "nav": ("ಮುಖಪುಟ", "ರಾಜ್ಯ", "ಬೆಂಗಳೂರು", "ಜಿಲ್ಲೆ", "ದೇಶ", "ವಿದೇಶ", "ವಾಣಿಜ್ಯ", "ಕ್ರೀಡೆ", "ಸಿನಿಮಾ", "ಅಭಿಮತ"),
    "sections": ("ರಾಜ್ಯ", "ಬೆಂಗಳೂರು", "ಜಿಲ್ಲೆ", "ವಾಣಿಜ್ಯ", "ಶಿಕ್ಷಣ", "ರಾಜಕೀಯ"),
    "related": ("ಸಂಬಂಧಿತ ಸುದ್ದಿ",),
    "read_more": ("ಇದನ್ನೂ ಓದಿ:",),
    "by": ("ವರದಿ:",),
    "desks": ("ಪ್ರಜಾ ವರದಿಗಾರ", "ವಿಶೇಷ ವರದಿಗಾರ", "ಡಿಜಿಟಲ್ ಡೆಸ್ಕ್"),
    "share": ("ಈ ಸುದ್ದಿಯನ್ನು ಹಂಚಿಕೊಳ್ಳಿ", "ಸ್ನೇಹಿತರೊಂದಿಗೆ ಹಂಚಿಕೊಳ್ಳಿ"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "ಲಿಂಕ್ ನಕಲಿಸಿ"),
    "newsletter": ("ಪ್ರಮುಖ ಸುದ್ದಿಗಳನ್ನು ಪ್ರತಿದಿನ ನಿಮ್ಮ ಇಮೇಲ್‌ನಲ್ಲಿ ಪಡೆಯಿರಿ",),
    "comments": ("ಓದುಗರ ಪ್ರತಿಕ್ರಿಯೆಗಳು ಪರಿಶೀಲನೆಯ ನಂತರವೇ ಪ್ರಕಟವಾಗುತ್ತವೆ",),
    "cookie": ("ಉತ್ತಮ ಅನುಭವಕ್ಕಾಗಿ ಈ ಜಾಲತಾಣ ಕುಕೀಗಳನ್ನು ಬಳಸುತ್ತದೆ",),
    "ad": ("ಜಾಹೀರಾತು",),
    "copyright": ("© {year} {name}. ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ.",),
    "disclaimer": ("ಈ ಜಾಲತಾಣದ ಬರಹಗಳನ್ನು ಅನುಮತಿ ಇಲ್ಲದೆ ಮರುಪ್ರಕಟಿಸುವಂತಿಲ್ಲ.",),
    "tagline": ("{since}ರಿಂದ ನಿಮ್ಮ ನಂಬಿಕೆಯ ದಿನಪತ್ರಿಕೆ",),
    "bio": ("{author} {since2}ರಿಂದ {name}ಗಾಗಿ {beat} ಕುರಿತು ಬರೆಯುತ್ತಿದ್ದಾರೆ.",),
    "beats": ("ನಗರ ಸಮಸ್ಯೆಗಳು", "ಸಾರಿಗೆ", "ಶಿಕ್ಷಣ", "ಆರೋಗ್ಯ", "ಪರಿಸರ"),
    "editorial": ("ಈ ವರದಿ {name} ವಿಶೇಷ ಸರಣಿಯ ಭಾಗವಾಗಿದೆ.",),
    "classified": ("ನಗರದ ಮಧ್ಯಭಾಗದಲ್ಲಿ ಎರಡು ಬೆಡ್‌ರೂಮ್ ಮನೆ ಬಾಡಿಗೆಗೆ ಇದೆ.",),
    "subscribe": ("ನಮ್ಮ ಟೆಲಿಗ್ರಾಂ ಚಾನೆಲ್ ಸೇರಿ",),
}
KN_SECTION_SLUGS = {
    "ರಾಜ್ಯ": "state",
    "ಬೆಂಗಳೂರು": "bengaluru",
    "ಜಿಲ್ಲೆ": "district",
    "ವಾಣಿಜ್ಯ": "business",
    "ಶಿಕ್ಷಣ": "education",
    "ರಾಜಕೀಯ": "politics",
}


# --- Odia --------------------------------------------------------------------------------------

OR_FIRST = _w("ସୁରେଶ ରମେଶ ପ୍ରଦୀପ ସଞ୍ଜୟ ବିଜୟ ଅଶୋକ ମନୋଜ ସୁଜାତା ସସ୍ମିତା ପ୍ରିୟଙ୍କା ଲିପ୍ସା ମମତା")
OR_SURNAMES = _w("ମହାପାତ୍ର ପଟ୍ଟନାୟକ ମିଶ୍ର ଦାସ ସାହୁ ନାୟକ ପଣ୍ଡା ରାଉତ ମହାନ୍ତି ପ୍ରଧାନ ଜେନା ବେହେରା")
OR_CITIES = _w("ଭୁବନେଶ୍ୱର କଟକ ପୁରୀ ବ୍ରହ୍ମପୁର ସମ୍ବଲପୁର ରାଉରକେଲା ବାଲେଶ୍ୱର ବାରିପଦା ଭଦ୍ରକ ଯାଜପୁର ଅନୁଗୁଳ କେନ୍ଦ୍ରାପଡ଼ା")
# (subject, plural or honoured: "-ଛନ୍ତି", else "-ଛି")
OR_AGENTS: tuple[tuple[str, bool], ...] = (
    ("ମହାନଗର ନିଗମ", False),
    ("ରାଜ୍ୟ ସରକାର", False),
    ("ଜିଲ୍ଲା ପ୍ରଶାସନ", False),
    ("ପୌରପାଳିକା", False),
    ("ସ୍ଥାୟୀ କମିଟି", False),
    ("ମେୟର", True),
    ("ଜିଲ୍ଲାପାଳ", True),
    ("ବିରୋଧୀ ଦଳର ନେତା", True),
    ("ସ୍ଥାନୀୟ ବାସିନ୍ଦା", True),
    ("ବ୍ୟବସାୟୀମାନେ", True),
    ("ଚାଷୀମାନେ", True),
    ("ଅଭିଭାବକମାନେ", True),
)
OR_OBJECTS = (
    "ନୂଆ ବଜେଟ",
    "ଉଡ଼ାଣପୋଲ ପ୍ରକଳ୍ପ",
    "ପାନୀୟ ଜଳ ଯୋଜନା",
    "ସମ୍ପତ୍ତି କର ବୃଦ୍ଧି",
    "ନୂଆ ସ୍କୁଲ ଭବନ",
    "ରାସ୍ତା ପ୍ରଶସ୍ତିକରଣ ଯୋଜନା",
    "ଭୂତଳ ନର୍ଦ୍ଦମା ପ୍ରକଳ୍ପ",
    "ବସ ଷ୍ଟାଣ୍ଡ ସ୍ଥାନାନ୍ତର",
    "ପାର୍କିଂ ଶୁଳ୍କ ବୃଦ୍ଧି",
    "ନୂଆ ହସ୍ପିଟାଲ ଭବନ",
)
# (the object's case ending, the verb of a singular subject, of a plural or honoured one)
OR_VERBS: tuple[tuple[str, str, str], ...] = (
    ("କୁ", "ମଞ୍ଜୁରି ଦେଇଛି", "ମଞ୍ଜୁରି ଦେଇଛନ୍ତି"),
    ("ର", "ବିରୋଧ କରିଛି", "ବିରୋଧ କରିଛନ୍ତି"),
    ("ର", "ଘୋଷଣା କରିଛି", "ଘୋଷଣା କରିଛନ୍ତି"),
    ("ର", "ସମୀକ୍ଷା କରିଛି", "ସମୀକ୍ଷା କରିଛନ୍ତି"),
    ("ର", "ସମାଲୋଚନା କରିଛି", "ସମାଲୋଚନା କରିଛନ୍ତି"),
    ("କୁ", "ସ୍ଥଗିତ ରଖିଛି", "ସ୍ଥଗିତ ରଖିଛନ୍ତି"),
    ("କୁ", "ସ୍ୱାଗତ କରିଛି", "ସ୍ୱାଗତ କରିଛନ୍ତି"),
    ("କୁ", "ସମର୍ଥନ କରିଛି", "ସମର୍ଥନ କରିଛନ୍ତି"),
)
OR_TIMES = ("ମଙ୍ଗଳବାର", "ଗତକାଲି", "ଚଳିତ ସପ୍ତାହରେ", "ଦୀର୍ଘ ଆଲୋଚନା ପରେ", "ସର୍ବସମ୍ମତିକ୍ରମେ", "ଶେଷରେ", "ବିଶେଷ ବୈଠକରେ", "ଆଜି")
OR_SOURCES = ("ସରକାରୀ ସୂଚନା ଅନୁସାରେ,", "ଆମ ପ୍ରତିନିଧିଙ୍କ ରିପୋର୍ଟ ଅନୁସାରେ,", "ନିଗମ ସୂତ୍ରରୁ ମିଳିଥିବା ଖବର ଅନୁସାରେ,")
OR_LINKS = ("ଏହି ସମୟରେ,", "ତେବେ,", "ଏହା ବ୍ୟତୀତ,", "ଅନ୍ୟପକ୍ଷରେ,")
OR_ROLES = ("ମେୟର", "ଜିଲ୍ଲାପାଳ", "କର୍ପୋରେଟର", "ନିଗମ କମିସନର", "ବ୍ୟବସାୟୀ ସଂଘର ସଭାପତି", "ବିଦ୍ୟାଳୟର ପ୍ରଧାନଶିକ୍ଷକ")
OR_SAYINGS = (
    "ଏହି ଯୋଜନାରୁ ସମଗ୍ର ସହରକୁ ଲାଭ ମିଳିବ",
    "ନାଗରିକଙ୍କୁ କୌଣସି ଅସୁବିଧା ହେବାକୁ ଦିଆଯିବ ନାହିଁ",
    "କାମ ନିର୍ଦ୍ଧାରିତ ସମୟରେ ଶେଷ ହେବ",
    "ଲୋକମାନେ ଟିକେ ଧୈର୍ଯ୍ୟ ଧରିବା ଦରକାର",
    "ଏହି ନିଷ୍ପତ୍ତି ପାଇଁ ଆମେ ବହୁ ବର୍ଷ ଧରି ଅପେକ୍ଷା କରିଥିଲୁ",
    "ପାଣ୍ଠି ମଞ୍ଜୁର ହୋଇସାରିଛି, ଏବେ କାମ ଆରମ୍ଭ ହେବା ଉଚିତ",
    "ଏହି ପ୍ରକଳ୍ପରେ କୌଣସି ଅନିୟମିତତା ବରଦାସ୍ତ କରାଯିବ ନାହିଁ",
    "ବର୍ଷା ପୂର୍ବରୁ କାମ ଶେଷ କରିବା ଆମର ଲକ୍ଷ୍ୟ",
)
OR_SUBHEADS = (
    "ଏବେ କ’ଣ ହେବ?",
    "ନାଗରିକଙ୍କ ପ୍ରତିକ୍ରିୟା",
    "କେତେ ଖର୍ଚ୍ଚ ହେବ?",
    "ବିରୋଧୀଙ୍କ ଆଭିମୁଖ୍ୟ",
    "ବିସ୍ତୃତ ବିବରଣୀ",
    "ସମୟସୂଚୀ",
    "ପୁରୁଣା ବିବାଦ",
)
OR_MONTHS = _w("ଜାନୁଆରୀ ଫେବୃଆରୀ ମାର୍ଚ୍ଚ ଏପ୍ରିଲ ମେ ଜୁନ ଜୁଲାଇ ଅଗଷ୍ଟ ସେପ୍ଟେମ୍ବର ଅକ୍ଟୋବର ନଭେମ୍ବର ଡିସେମ୍ବର")
OR_WEEKDAYS = _w("ସୋମବାର ମଙ୍ଗଳବାର ବୁଧବାର ଗୁରୁବାର ଶୁକ୍ରବାର ଶନିବାର ରବିବାର")


class OdiaProse(_Grammar):
    """Odia city news: the verb agreeing with its subject, "କୁ" or "ର" on the object."""

    lang = "or"
    cities = OR_CITIES
    subheads = OR_SUBHEADS

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, plural = rng.choice(OR_AGENTS)
        case, one, many = rng.choice(OR_VERBS)
        when = f" {rng.choice(OR_TIMES)}" if time else ""
        return f"{agent}{when} {rng.choice(OR_OBJECTS)}{case} {many if plural else one}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"“{rng.choice(OR_SAYINGS)}” ବୋଲି {rng.choice(OR_ROLES)} {self.person()} କହିଛନ୍ତି।"
        if r < 0.25:
            return f"{rng.choice(OR_SOURCES)} {self.clause(time=rng.random() < 0.6)}।"
        if r < 0.38:
            return f"{rng.choice(OR_LINKS)} {self.clause(time=rng.random() < 0.5)}।"
        if r < 0.52:
            return odia_digits(
                rng.choice(
                    (
                        f"ଏହି ପ୍ରକଳ୍ପର ମୋଟ ବ୍ୟୟ {rng.randint(12, 900)} କୋଟି ଟଙ୍କା।",
                        f"ପ୍ରାୟ {rng.randint(4, 30)} ମାସ ମଧ୍ୟରେ କାମ ଶେଷ ହେବ।",
                        f"ପ୍ରସ୍ତାବ ସପକ୍ଷରେ {rng.randint(20, 150)} ଜଣ ସଦସ୍ୟ ମତ ଦେଇଥିଲେ।",
                        f"ଏଯାବତ୍ {10 * rng.randint(30, 900)} ଜଣ ଲୋକ ଦାବିପତ୍ରରେ ଦସ୍ତଖତ କରିଛନ୍ତି।",
                        f"ମୋଟ ବ୍ୟୟର {rng.randint(2, 8)}0 ପ୍ରତିଶତ କେନ୍ଦ୍ର ସରକାର ବହନ କରିବେ।",
                        f"{rng.randint(2027, 2030)} ସୁଦ୍ଧା ପ୍ରକଳ୍ପ ଶେଷ ହେବା ଆଶା କରାଯାଉଛି।",
                    )
                )
            )
        if r < 0.75:
            city = self.city()
            return rng.choice(
                (
                    f"{city}ର ଲୋକମାନେ ବହୁ ବର୍ଷ ଧରି ଏହି ନିଷ୍ପତ୍ତିକୁ ଅପେକ୍ଷା କରିଥିଲେ।",
                    f"{city}ରେ ମଧ୍ୟ ନିକଟରେ ଏଭଳି ପରିସ୍ଥିତି ସୃଷ୍ଟି ହୋଇଥିଲା।",
                    f"{city}ରେ ଏପର୍ଯ୍ୟନ୍ତ ପରିସ୍ଥିତିରେ କୌଣସି ପରିବର୍ତ୍ତନ ହୋଇନାହିଁ।",
                    "ଆସନ୍ତା ମାସର ସାଧାରଣ ସଭାରେ ଏ ପ୍ରସଙ୍ଗରେ ପୁଣି ଆଲୋଚନା ହେବ।",
                    f"{city}ରେ ଅନୁଷ୍ଠିତ ବୈଠକରେ ବହୁ ସଂଖ୍ୟାରେ ନାଗରିକ ଉପସ୍ଥିତ ଥିଲେ।",
                    f"{city}ର ବ୍ୟବସାୟୀମାନେ ମଧ୍ୟ ଏ ନେଇ ଦାବିପତ୍ର ଦେଇଥିଲେ।",
                )
            )
        return f"{self.clause(time=True)}।"

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return f"{self.city()}: {self.clause()}"
        if r < 0.6:
            return f"{rng.choice(OR_OBJECTS)}କୁ ନେଇ {rng.choice(OR_AGENTS[:5])[0]} ଓ ବିରୋଧୀ ମୁହାଁମୁହିଁ"
        if r < 0.85:
            return f"{self.city()}ରେ {rng.choice(OR_OBJECTS)}କୁ ନେଇ {rng.choice(('ଅସନ୍ତୋଷ', 'ବିବାଦ', 'ଚର୍ଚ୍ଚା'))}"
        return f"{self.person()}: “{rng.choice(OR_SAYINGS)}”"


OR_UI: dict[str, tuple[str, ...]] = {
    "nav": ("ମୁଖ୍ୟ ପୃଷ୍ଠା", "ଓଡ଼ିଶା", "ଭୁବନେଶ୍ୱର", "ଜାତୀୟ", "ଆନ୍ତର୍ଜାତୀୟ", "ବାଣିଜ୍ୟ", "ଖେଳ", "ମନୋରଞ୍ଜନ", "ମତାମତ"),
    "sections": ("ଓଡ଼ିଶା", "ଭୁବନେଶ୍ୱର", "କଟକ", "ରାଜନୀତି", "ବାଣିଜ୍ୟ", "ଶିକ୍ଷା"),
    "related": ("ସମ୍ବନ୍ଧିତ ଖବର",),
    "read_more": ("ଆହୁରି ପଢନ୍ତୁ:",),
    "by": ("ରିପୋର୍ଟ:",),
    "desks": ("ନିଜସ୍ୱ ପ୍ରତିନିଧି", "ବିଶେଷ ପ୍ରତିନିଧି", "ଡିଜିଟାଲ ଡେସ୍କ"),
    "share": ("ଏହି ଖବରକୁ ସେୟାର କରନ୍ତୁ", "ସାଙ୍ଗମାନଙ୍କ ସହ ସେୟାର କରନ୍ତୁ"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "ଲିଙ୍କ କପି କରନ୍ତୁ"),
    "newsletter": ("ମୁଖ୍ୟ ଖବର ପ୍ରତିଦିନ ଆପଣଙ୍କ ଇମେଲରେ ପାଆନ୍ତୁ",),
    "comments": ("ଆପଣଙ୍କ ମତାମତ ପ୍ରକାଶ ପୂର୍ବରୁ ସମୀକ୍ଷା କରାଯିବ",),
    "cookie": ("ଉନ୍ନତ ଅନୁଭୂତି ପାଇଁ ଏହି ୱେବସାଇଟ କୁକିଜ ବ୍ୟବହାର କରେ",),
    "ad": ("ବିଜ୍ଞାପନ",),
    "copyright": ("© {year} {name}. ସର୍ବସ୍ୱତ୍ୱ ସଂରକ୍ଷିତ।",),
    "disclaimer": ("ଅନୁମତି ବିନା ଏହି ୱେବସାଇଟର ଖବର ପୁନଃପ୍ରକାଶ କରାଯାଇପାରିବ ନାହିଁ।",),
    "tagline": ("{since}ରୁ ଆପଣଙ୍କ ବିଶ୍ୱସ୍ତ ଖବରକାଗଜ",),
    "bio": ("{author} {since2}ରୁ {name} ପାଇଁ {beat} ବିଷୟରେ ଲେଖୁଛନ୍ତି।",),
    "beats": ("ସହରୀ ସମସ୍ୟା", "ପରିବହନ", "ଶିକ୍ଷା", "ସ୍ୱାସ୍ଥ୍ୟ", "ପରିବେଶ"),
    "editorial": ("ଏହି ଖବର {name}ର ବିଶେଷ ଶୃଙ୍ଖଳାର ଅଂଶ।",),
    "classified": ("ସହରର ମଝିରେ ଦୁଇ ବଖରା ଘର ଭଡ଼ା ଦିଆଯିବ।",),
    "subscribe": ("ଆମ ଫେସବୁକ ପେଜକୁ ଫଲୋ କରନ୍ତୁ",),
}
OR_SECTION_SLUGS = {
    "ଓଡ଼ିଶା": "odisha",
    "ଭୁବନେଶ୍ୱର": "bhubaneswar",
    "କଟକ": "cuttack",
    "ରାଜନୀତି": "politics",
    "ବାଣିଜ୍ୟ": "business",
    "ଶିକ୍ଷା": "education",
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
    return lambda o: start + step * c.others.index(o) + random.Random(f"carr-{key}-{o.title}").randrange(step)


def _body(c: Ctx, p: str = "<p>{}</p>", head: str = "<{tag}>{}</{tag}>", ul: str = "<ul>") -> list[str]:
    """The story's blocks as HTML (`kit._story_html`)."""
    return _story_html(
        c,
        lambda h: p.replace("{}", h),
        lambda tag, h: head.replace("{tag}", tag).replace("{}", h),
        lambda h: f"<blockquote>{h}</blockquote>",
        lambda items: ul + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
    )


def _reads(c: Ctx, label: str, cls: str, n: int = 2) -> tuple[list[Story], list[tuple[int, str]]]:
    """`n` "read also" lines (the label and a linked headline, snippets), placed after the 2nd,
    4th ... paragraph."""
    picks = c.pick_others(n)
    inserts = []
    for k, o in enumerate(picks):
        c.snip(f"{label} {o.title}")
        inserts.append(
            (
                1 + 2 * k,
                f'<p class="{cls}"><strong>{esc(label)}</strong>'
                f' <a href="{esc(o.path)}">{esc(o.title)}</a></p>',
            )
        )
    return picks, inserts


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


# --- ne-samachar-portal ------------------------------------------------------------------------

# the first days of the Bikram Sambat months the corpus's dates fall in (Gregorian, their BS year)
BS_MONTHS: tuple[tuple[date, str, int], ...] = (
    (date(2025, 12, 16), "पुस", 2082),
    (date(2026, 1, 15), "माघ", 2082),
    (date(2026, 2, 13), "फागुन", 2082),
    (date(2026, 3, 15), "चैत", 2082),
    (date(2026, 4, 14), "वैशाख", 2083),
    (date(2026, 5, 15), "जेठ", 2083),
)


def bs_date(d: datetime) -> tuple[str, int, int]:
    """The Bikram Sambat month, day and year of a (Nepal) date between Poush 2082 and Baisakh 2083:
    7 March 2026 is Falgun 23, 2082."""
    day = d.date()
    start, month, year = next(x for x in reversed(BS_MONTHS[:-1]) if x[0] <= day)
    return month, (day - start).days + 1, year


def ne_date(d: datetime) -> str:
    """ "फागुन २३, २०८२ शनिबार १४:३० | 7 March 2026"."""
    month, day, year = bs_date(d)
    return (
        deva_digits(f"{month} {day}, {year} {NE_WEEKDAYS[d.weekday()]} {_hm(d)}")
        + f" | {d.day} {_EN_MONTHS[d.month - 1]} {d.year}"
    )


_EN_MONTHS = _w("January February March April May June July August September October November December")
NE_FOOTER = ("हाम्रो बारेमा", "सम्पर्क", "विज्ञापन", "गोपनीयता नीति", "प्रयोगका सर्तहरू")
NE_CAPTIONS = (
    "नगरसभाको बैठकमा सहभागी जनप्रतिनिधि",
    "सहरमा जारी सडक निर्माणको काम",
    "महानगरपालिकाको कार्यालय भवन",
    "ज्ञापनपत्र बुझाउन आएका स्थानीय बासिन्दा",
    "आयोजनास्थलको अनुगमन गर्दै अधिकारीहरू",
)
NE_CREDITS = ("फाइल तस्बिर", "सामाजिक सञ्जाल", "हाम्रो फोटो पत्रकार")


def render_ne_samachar_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ne")
    v = pub.index % 2  # 0: numeric permalinks, 1: percent-encoded Devanagari slugs
    number = _numbers(c, "ne", site.randint(400_000, 900_000), 41)
    if v == 0:
        _set_paths(c, lambda o: f"/{o.published:%Y/%m}/{number(o)}")
    else:
        _set_paths(c, lambda o: f"/{o.published:%Y/%m/%d}/{unicode_slug(o.title)}/")
    _listify(c, "ne-list")
    dr = _page_rng(c, "ne")
    nav = c.nav_items(" ")
    ticker = _snip_titles(c, c.pick_others(3))
    city = dr.choice(NE_CITIES)
    byline = c.snip(f"{s.author.name} | {s.author.desk}, {city}")
    shown = c.snip(ne_date(d))
    caption = c.snip(f"{dr.choice(NE_CAPTIONS)} (तस्बिर: {dr.choice(NE_CREDITS)})")
    _, inserts = _reads(c, "यो पनि पढ्नुहोस्:", "yopani")
    inserts.append(
        (
            2,
            '<div class="ad-inline"><span>विज्ञापन</span>'
            f'<ins class="adsbygoogle" data-ad-slot="{site.randint(10**9, 10**10 - 1)}"></ins></div>',
        )
    )
    label, sites = c.share()
    related = _snip_titles(c, c.pick_others(4))
    popular = _snip_titles(c, c.pick_others(5))
    comments = c.snip(c.pick("comments"))
    about = c.snip(f"{pub.name} नेपाल र विश्वका ताजा समाचार नेपाली भाषामा प्रस्तुत गर्ने अनलाइन समाचार पोर्टल हो।")
    reg = c.snip(
        deva_digits(
            f"सूचना विभाग दर्ता नं. {site.randint(100, 4999)}/०७{site.randint(5, 8)}-०७{site.randint(6, 9)}"
        )
    )
    editor = c.snip(f"प्रधान सम्पादक: {NepaliProse(site).person()}")
    c.snip(" ".join(NE_FOOTER[:4]))
    cp = c.copyright()
    body = _insert_after(_body(c), "<p>", inserts, skip='<p class="yopani"')
    post_id = number(s)
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{c.url()}#article",
                "headline": s.title,
                "datePublished": c.iso(),
                "dateModified": (d + timedelta(minutes=dr.randint(5, 240))).isoformat(timespec="seconds"),
                "author": {"@type": "Person", "name": s.author.name},
                "publisher": {"@type": "Organization", "name": pub.name},
                "inLanguage": "ne-NP",
                "articleSection": [s.section],
            },
            {"@type": "WebSite", "url": f"http://{pub.host}/", "name": pub.name},
        ],
    }
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    share_html = (
        f'<div class="sharethis-inline"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#" class="st-btn">{esc(x)}</a>' for x in sites)
        + "</div>"
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ne-NP">',
        "<head>",
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        '<meta name="generator" content="WordPress 6.7.2">',
        f'<script type="application/ld+json" class="yoast-schema-graph">{_json(graph)}</script>',
        f"<link rel='shortlink' href='http://{pub.host}/?p={post_id}'>",
        "</head>",
        f'<body class="post-template-default single single-post postid-{post_id} single-format-standard">',
        '<div class="breaking-news"><span class="label">ताजा अपडेट</span><ul class="ticker">'
        + _links(ticker)
        + "</ul></div>",
        '<header class="site-header"><div class="site-branding">'
        f'<a href="/" rel="home">{esc(pub.name)}</a></div>',
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
        + "\n".join(
            f'<li class="menu-item"><a href="/category/{NE_SECTION_SLUGS.get(x, "news")}">{esc(x)}</a></li>'
            for x in nav
        )
        + "</ul></nav></header>",
        '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">',
        f'<article id="post-{post_id}" class="post-{post_id} post type-post status-publish">',
        f'<header class="entry-header"><h1 class="entry-title">{esc(s.title)}</h1>',
        '<div class="entry-meta"><span class="byline">'
        f'<span class="author vcard">{esc(byline)}</span></span>\n'
        f'<span class="posted-on">{esc(shown)}</span></div></header>',
        share_html if v == 0 else "",
        '<figure class="wp-block-image size-large">'
        f'<img src="/wp-content/uploads/{d:%Y/%m}/{_hex(dr, 10)}.jpg" '
        f'alt=""><figcaption class="wp-element-caption">{esc(caption)}</figcaption></figure>',
        '<div class="entry-content">',
        *body,
        "</div>",
        share_html if v == 1 else "",
        '<section class="related-posts"><h2 class="related-title">सम्बन्धित समाचार</h2><ul>'
        + _links(related)
        + "</ul></section>",
        '<div id="comments" class="comments-area"><h3>'
        f'प्रतिक्रिया दिनुहोस्</h3><p class="comment-notes">{esc(comments)}</p>'
        '<div class="fb-comments" data-numposts="5"></div></div>',
        "</article></main></div>",
        '<aside id="secondary" class="widget-area"><section class="widget widget_popular">'
        '<h2 class="widget-title">धेरै पढिएको</h2><ol>' + _links(popular) + "</ol></section></aside></div>",
        f'<footer id="colophon" class="site-footer"><div class="footer-about"><p>{esc(about)}</p>'
        f"<p>{esc(reg)}</p><p>{esc(editor)}</p></div>",
        '<ul class="footer-menu">' + _footer_links(NE_FOOTER) + "</ul>",
        f'<div class="site-info">{esc(cp)}</div></footer>',
    ]
    return _finish(c, lines, "cookie-notice-container", "स्वीकार्छु")


# --- mr-batmya-site ----------------------------------------------------------------------------

MR_FOOTER = ("आमच्याविषयी", "संपर्क", "जाहिरातीसाठी", "गोपनीयता धोरण", "अटी व शर्ती")
MR_TAGS = ("महापालिका", "पुणे", "अर्थसंकल्प", "वाहतूक", "पाणीपुरवठा", "मेट्रो", "नागरी प्रश्न", "महाराष्ट्र")


def mr_date(d: datetime, marathi_digits: bool) -> str:
    """ "शनिवार, ७ मार्च २०२६, १४:३०" (ASCII digits where a site writes them)."""
    text = f"{MR_WEEKDAYS[d.weekday()]}, {d.day} {MR_MONTHS[d.month - 1]} {d.year}, {_hm(d)}"
    return deva_digits(text) if marathi_digits else text


def render_mr_batmya_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("mr")
    v = pub.index % 2
    digits = site.random() < 0.6
    number = _numbers(c, "mr", site.randint(200_000, 800_000), 53)
    if v == 0:
        _set_paths(
            c, lambda o: f"/maharashtra/{MR_SECTION_SLUGS[o.section]}/{latin_slug(o.title)}-a{number(o)}/"
        )
    else:
        _set_paths(c, lambda o: f"/news/{number(o)}/{latin_slug(o.title)}.html")
    _listify(c, "mr-list")
    dr = _page_rng(c, "mr")
    menu = MR_MENU[: 5 + site.randint(0, 3)]
    c.snip(" ".join(f"{m} {e}" for m, e, _ in menu[:3]))
    c.snip(f"होम › बातम्या › {s.section}")
    city = MarathiProse(dr).city()
    byline = c.snip(f"{s.author.name}, {s.author.desk}, {city}")
    shown = c.snip(f"प्रकाशित: {mr_date(d, digits)}")
    _, inserts = _reads(c, "हे पण वाचा:", "he-pan-vacha")
    inserts.append(
        (3, '<div class="ad-container"><p class="ad-text">जाहिरात</p><div class="dfp-ad"></div></div>')
    )
    whatsapp = c.snip(f"ताज्या बातम्यांसाठी {pub.name} चे WhatsApp चॅनेल फॉलो करा")
    label, sites = c.share()
    tags = c.snip("टॅग्स: " + ", ".join(dr.sample(MR_TAGS, 3)))
    related = _snip_titles(c, c.pick_others(4))
    trending = _snip_titles(c, c.pick_others(5))
    about = c.snip(f"{pub.name} हे महाराष्ट्रातील ताज्या घडामोडी मराठीतून देणारे डिजिटल वृत्तसंकेतस्थळ आहे.")
    c.snip(" ".join(MR_FOOTER[:4]))
    cp = c.copyright()
    body = _insert_after(
        _body(c, "<p>{}</p>", '<{tag} class="sub-head">{}</{tag}>'),
        "<p>",
        inserts,
        skip='<p class="he-pan-vacha"',
    )
    title = f"{s.title} | {pub.name}" if v == 0 else f"{s.title} - {pub.name} Marathi News"
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "होम", "item": f"http://{pub.host}/"},
            {"@type": "ListItem", "position": 2, "name": s.section},
        ],
    }
    menu_html = "\n".join(
        f'<li><a href="/{p}"><span class="mr">{esc(m)}</span> <span class="en">{esc(e)}</span></a></li>'
        for m, e, p in menu
    )
    share_html = (
        '<div class="social-share">'
        + f"<span>{esc(label)}</span>\n"
        + "\n".join(f'<a href="#" data-share="{_slug(x) or "copy"}">{esc(x)}</a>' for x in sites)
        + "</div>"
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="mr">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(s.title)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(crumbs),
        "</head>",
        '<body class="article-page">',
        f'<header class="header"><div class="logo"><a href="/">{esc(pub.name)}</a></div>',
        f'<nav class="main-nav"><ul>{menu_html}</ul></nav></header>',
        '<div class="wrapper"><div class="left-col">',
        '<div class="breadcrumb"><a href="/">होम</a> › <a href="/news">'
        f"बातम्या</a> › <span>{esc(s.section)}</span></div>",
        '<article class="article-box">',
        f'<h1 class="article-title">{esc(s.title)}</h1>',
        f'<div class="author-strip"><span class="author-name">{esc(byline)}</span>\n'
        f'<time class="publish-time" datetime="{c.iso()}">{esc(shown)}</time></div>',
        share_html,
        f'<div class="article-img"><img src="/img/{d:%Y%m}/{_hex(dr, 12)}.jpg" alt="{esc(s.title)}"></div>',
        '<div class="article-body" id="articleBody">',
        *body,
        '<div class="wa-channel-cta">'
        f'<a href="https://whatsapp.com/channel/{_hex(site, 16)}">{esc(whatsapp)}</a></div>',
        "</div>",
        f'<div class="tags-list">{esc(tags)}</div>',
        "</article>",
        '<div class="related-news"><h3>संबंधित बातम्या</h3><ul>' + _links(related) + "</ul></div>",
        "</div>",
        '<div class="right-col"><div class="trending-box"><h3>ट्रेंडिंग</h3><ol>'
        + _links(trending)
        + "</ol></div></div>",
        "</div>",
        f'<footer class="footer"><p class="about-site">{esc(about)}</p><ul>'
        + _footer_links(MR_FOOTER)
        + "</ul>",
        f'<p class="copyright">{esc(cp)}</p></footer>',
    ]
    return _finish(c, lines, "cookie-bar", "ठीक आहे")


# --- kn-suddi-portal ---------------------------------------------------------------------------

KN_FOOTER = ("ನಮ್ಮ ಬಗ್ಗೆ", "ಸಂಪರ್ಕಿಸಿ", "ಜಾಹೀರಾತು ನೀಡಿ", "ಗೌಪ್ಯತಾ ನೀತಿ", "ನಿಯಮಗಳು")
KN_TAGS = ("ಮಹಾನಗರ ಪಾಲಿಕೆ", "ಬೆಂಗಳೂರು", "ಬಜೆಟ್", "ಕುಡಿಯುವ ನೀರು", "ಮೆಟ್ರೋ", "ರಸ್ತೆ", "ಕರ್ನಾಟಕ")
KN_CAPTIONS = (
    "ಪಾಲಿಕೆ ಸಭೆಯಲ್ಲಿ ಭಾಗವಹಿಸಿದ್ದ ಸದಸ್ಯರು",
    "ನಗರದಲ್ಲಿ ನಡೆಯುತ್ತಿರುವ ರಸ್ತೆ ಕಾಮಗಾರಿ",
    "ಮಹಾನಗರ ಪಾಲಿಕೆಯ ಕಚೇರಿ ಕಟ್ಟಡ",
    "ಮನವಿ ಸಲ್ಲಿಸಲು ಬಂದಿದ್ದ ಸ್ಥಳೀಯರು",
)
KN_CREDITS = ("ಸಂಗ್ರಹ ಚಿತ್ರ", "ಪ್ರಜಾ ಚಿತ್ರ", "ಸಾಮಾಜಿಕ ಜಾಲತಾಣ")


def kn_date(d: datetime) -> str:
    """ "ಶನಿವಾರ, 07 ಮಾರ್ಚ್ 2026, 14:30 IST"."""
    return f"{KN_WEEKDAYS[d.weekday()]}, {d:%d} {KN_MONTHS[d.month - 1]} {d.year}, {_hm(d)} IST"


def render_kn_suddi_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("kn")
    v = pub.index % 2  # 0: /node/<nid>, 1: pathauto aliases with Latin slugs
    number = _numbers(c, "kn", site.randint(60_000, 400_000), 29)
    if v == 0:
        _set_paths(c, lambda o: f"/node/{number(o)}")
    else:
        _set_paths(
            c,
            lambda o: (
                f"/karnataka/{latin_slug(random.Random(o.title).choice(KN_CITIES)[0], 20)}/"
                + latin_slug(o.title)
            ),
        )
    _listify(c, "kn-list")
    dr = _page_rng(c, "kn")
    nav = c.nav_items(" ")
    city = KannadaProse(dr).city()
    reporter = c.snip(f"ವರದಿ: {s.author.name}, {city}")
    shown = c.snip(f"ಪ್ರಕಟಿತ: {kn_date(d)}")
    caption = c.snip(dr.choice(KN_CAPTIONS))
    credit = c.snip(f"ಚಿತ್ರ: {dr.choice(KN_CREDITS)} | {pub.name}")
    _, inserts = _reads(c, "ಇದನ್ನೂ ಓದಿ:", "read-also")
    label, sites = c.share()
    tags = dr.sample(KN_TAGS, 3)
    c.snip("ಟ್ಯಾಗ್‌ಗಳು: " + " ".join(tags))
    telegram = c.snip(f"ಸುದ್ದಿಗಳನ್ನು ಮೊದಲು ಪಡೆಯಲು {pub.name} ಟೆಲಿಗ್ರಾಂ ಚಾನೆಲ್ ಸೇರಿ")
    related = _snip_titles(c, c.pick_others(4))
    c.snip("ಹೆಚ್ಚು ಓದಿದ ಸುದ್ದಿ")
    most = _snip_titles(c, c.pick_others(5))
    about = c.snip(f"{pub.name} ಕರ್ನಾಟಕದ ತಾಜಾ ಸುದ್ದಿಗಳನ್ನು ಕನ್ನಡದಲ್ಲಿ ನೀಡುವ ಡಿಜಿಟಲ್ ಸುದ್ದಿ ತಾಣ.")
    c.snip(" ".join(KN_FOOTER[:4]))
    cp = c.copyright()
    body = _insert_after(_body(c), "<p>", inserts, skip='<p class="read-also"')
    nid = number(s)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="kn" dir="ltr">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="shortlink" href="/node/{nid}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        "</head>",
        '<body class="path-node page-node-type-article">',
        '<a href="#main-content" class="visually-hidden focusable skip-link">ಮುಖ್ಯ ವಿಷಯಕ್ಕೆ ಹೋಗಿ</a>',
        '<div class="dialog-off-canvas-main-canvas"><div class="layout-container">',
        '<header role="banner"><div class="region region-header">'
        f'<a class="site-logo" href="/" rel="home">{esc(pub.name)}</a></div>',
        '<nav role="navigation" class="block block-menu navigation menu--main"><ul class="menu">'
        + "\n".join(f'<li class="menu-item"><a href="/{latin_slug(x, 20)}">{esc(x)}</a></li>' for x in nav)
        + "</ul></nav></header>",
        '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">',
        f'<h1 class="page-title"><span class="field field--name-title">{esc(s.title)}</span></h1>',
        f'<article data-history-node-id="{nid}" class="node node--type-article node--view-mode-full">',
        f'<div class="node__meta"><span class="field--name-uid">{esc(reporter)}</span>\n'
        f'<span class="node__submitted">{esc(shown)}</span></div>',
        '<div class="field field--name-field-image field--type-image">'
        f'<img src="/sites/default/files/styles/large/public/{d:%Y-%m}/{_hex(dr, 10)}.jpg" alt="">'
        f'<div class="image-caption">{esc(caption)} <span class="photo-credit">'
        f"{esc(credit)}</span></div></div>",
        '<div class="clearfix text-formatted field field--name-body'
        ' field--type-text-with-summary field--label-hidden field__item">',
        *body,
        "</div>",
        '<div class="field field--name-field-tags field--type-entity-reference">'
        '<div class="field__label">ಟ್ಯಾಗ್‌ಗಳು:</div> '
        + " ".join(
            f'<div class="field__item"><a href="/taxonomy/term/{dr.randint(100, 999)}">{esc(t)}</a></div>'
            for t in tags
        )
        + "</div>",
        f'<div class="share-links"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in sites)
        + "</div>",
        '<div class="telegram-cta">'
        f'<a href="https://t.me/{_slug(pub.name).replace("-", "")}">{esc(telegram)}</a></div>',
        "</article>",
        '<div class="views-element-container block-views-block-related-content"><h2>ಸಂಬಂಧಿತ ಸುದ್ದಿ</h2>'
        '<div class="view view-related-content">'
        + _links(related, '<div class="views-row">{}</div>')
        + "</div></div>",
        "</div>",
        '<aside class="layout-sidebar-second" role="complementary"><div class="block-views-block-most-read">'
        "<h2>ಹೆಚ್ಚು ಓದಿದ ಸುದ್ದಿ</h2><ol>" + _links(most) + "</ol></div></aside>",
        "</main>",
        '<footer role="contentinfo"><div class="region region-footer">'
        f'<p class="site-about">{esc(about)}</p>',
        '<ul class="menu">' + _footer_links(KN_FOOTER) + "</ul>",
        f'<p class="copyright">{esc(cp)}</p></div></footer>',
        "</div></div>",
    ]
    return _finish(c, lines, "eu-cookie-compliance-banner", "ಒಪ್ಪುತ್ತೇನೆ")


# --- or-khabar-site ----------------------------------------------------------------------------

OR_FOOTER = ("ଆମ ବିଷୟରେ", "ଯୋଗାଯୋଗ", "ବିଜ୍ଞାପନ ପାଇଁ", "ଗୋପନୀୟତା ନୀତି", "ନିୟମ ଓ ସର୍ତ୍ତାବଳୀ")


def or_date(d: datetime) -> str:
    """ "ଶନିବାର, ୦୭ ମାର୍ଚ୍ଚ ୨୦୨୬, ୧୪:୩୦" (Odia digits)."""
    return odia_digits(f"{OR_WEEKDAYS[d.weekday()]}, {d:%d} {OR_MONTHS[d.month - 1]} {d.year}, {_hm(d)}")


def render_or_khabar_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("or")
    v = pub.index % 2  # 0: a PHP portal with query strings, 1: a headless CMS with Latin slugs
    number = _numbers(c, "or", site.randint(100_000, 700_000), 23)
    if v == 0:
        _set_paths(c, lambda o: f"/news.php?id={number(o)}&cat={OR_SECTION_SLUGS[o.section]}")
    else:
        _set_paths(c, lambda o: f"/{OR_SECTION_SLUGS[o.section]}/{latin_slug(o.title)}-{number(o)}")
    _listify(c, "or-list")
    dr = _page_rng(c, "or")
    dek = _other_sentences(c, OdiaProse(dr), 2)
    nav = c.nav_items(" ")
    c.snip(f"ମୁଖ୍ୟ ପୃଷ୍ଠା » ଖବର » {s.section}")
    city = dr.choice(OR_CITIES)
    reporter = c.snip(f"ରିପୋର୍ଟ: {s.author.name}, {city}")
    shown = c.snip(f"ପ୍ରକାଶିତ: {or_date(d)}")
    _, inserts = _reads(c, "ଆହୁରି ପଢନ୍ତୁ:", "ahuri-padhantu")
    label, sites = c.share()
    facebook = c.snip(f"ତାଜା ଖବର ପାଇଁ {pub.name}ର ଫେସବୁକ ପେଜକୁ ଫଲୋ କରନ୍ତୁ")
    notice = c.snip(c.pick("comments"))
    related = _snip_titles(c, c.pick_others(4))
    popular = _snip_titles(c, c.pick_others(5))
    about = c.snip(f"{pub.name} ଓଡ଼ିଶାର ତାଜା ଖବର ଓଡ଼ିଆ ଭାଷାରେ ପରିବେଷଣ କରୁଥିବା ଡିଜିଟାଲ ଗଣମାଧ୍ୟମ।")
    c.snip(" ".join(OR_FOOTER[:4]))
    cp = c.copyright()
    body = _insert_after(_body(c), "<p>", inserts, skip='<p class="ahuri-padhantu"')
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": c.url()},
        "headline": s.title,
        "description": dek,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "inLanguage": "or",
    }
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name} Odia News"
    page_id = f"{number(s)}"
    fb_page = _slug(pub.name).replace("-", "")
    lines = [
        "<!DOCTYPE html>",
        '<html lang="or">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:description" content="{esc(dek)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="news-details">',
        '<div class="topbar"><span class="fb-follow-top">'
        f'<a href="https://www.facebook.com/{_slug(pub.name).replace("-", "")}">Facebook</a></span></div>',
        f'<header class="main-header"><a class="brand" href="/">{esc(pub.name)}</a>',
        '<nav class="navbar"><ul class="nav">'
        + "\n".join(
            f'<li><a href="/{OR_SECTION_SLUGS.get(x, latin_slug(x, 20))}">{esc(x)}</a></li>' for x in nav
        )
        + "</ul></nav></header>",
        '<div class="container"><div class="row"><div class="col-md-8">',
        '<ol class="breadcrumb"><li><a href="/">ମୁଖ୍ୟ ପୃଷ୍ଠା</a> »</li>'
        f' <li><a href="/news">ଖବର</a> »</li> <li>{esc(s.section)}</li></ol>',
        f'<div class="news-box" data-id="{page_id}">',
        f'<h1 class="news-title">{esc(s.title)}</h1>',
        f'<p class="news-dek">{esc(dek)}</p>',
        f'<div class="news-meta"><span class="reporter">{esc(reporter)}</span>'
        f'\n<span class="pub-date">{esc(shown)}</span></div>',
        f'<div class="share-bar"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in sites)
        + "</div>",
        f'<div class="news-img"><img src="/uploads/news/{_hex(dr, 12)}.jpg" alt="{esc(s.title)}"></div>',
        '<div class="news-content">',
        *body,
        "</div>",
        f'<div class="fb-follow"><p>{esc(facebook)}</p>'
        f'<a class="btn-fb" href="https://www.facebook.com/{fb_page}">Follow</a></div>',
        '<div class="comment-box"><h4>ଆପଣଙ୍କ ମତାମତ ଦିଅନ୍ତୁ</h4>'
        f'<p class="comment-note">{esc(notice)}</p>'
        '<form method="post" action="/comment.php"><label>ନାମ</label><input type="text" name="name">'
        '<label>ଇମେଲ</label><input type="email" name="email"><textarea name="comment"></textarea>'
        f'<input type="hidden" name="nid" value="{page_id}"><button type="submit">ପଠାନ୍ତୁ</button></form></div>',
        "</div>",
        '<div class="related-news"><h3>ସମ୍ବନ୍ଧିତ ଖବର</h3><ul>' + _links(related) + "</ul></div>",
        "</div>",
        '<div class="col-md-4"><div class="popular-news"><h3>ଲୋକପ୍ରିୟ ଖବର</h3><ul>'
        + _links(popular)
        + "</ul></div></div>",
        "</div></div>",
        f'<footer class="footer"><p class="footer-about">{esc(about)}</p><ul class="footer-links">'
        + _footer_links(OR_FOOTER)
        + "</ul>",
        f'<p class="copy">{esc(cp)}</p></footer>',
    ]
    return _finish(c, lines, "cookie-popup", "ଠିକ ଅଛି")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "ne-samachar-portal": render_ne_samachar_portal,
    "mr-batmya-site": render_mr_batmya_site,
    "kn-suddi-portal": render_kn_suddi_portal,
    "or-khabar-site": render_or_khabar_site,
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
    _other_sentences,
    _page_rng,
    _slugged,
    _snip_titles,
    _story_html,
    register_language,
)
from pipeline.synth.publishers import Ctx, Story, _slug, esc  # noqa: E402

# Nepali, Marathi, Kannada and Odia join the registries (new keys only)
for _lang, _first, _last, _prose, _ui, _months, _zone in (
    ("ne", NE_FIRST, NE_SURNAMES, NepaliProse, NE_UI, NE_MONTHS, "Asia/Kathmandu"),
    ("mr", MR_FIRST, MR_SURNAMES, MarathiProse, MR_UI, MR_MONTHS, "Asia/Kolkata"),
    ("kn", KN_FIRST, KN_SURNAMES, KannadaProse, KN_UI, KN_MONTHS, "Asia/Kolkata"),
    ("or", OR_FIRST, OR_SURNAMES, OdiaProse, OR_UI, OR_MONTHS, "Asia/Kolkata"),
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
