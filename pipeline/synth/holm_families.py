"""Four HOLM template families for the synthetic publishers (see `pipeline.synth.publishers`).

"holm" is a thirty-ninth split, next to "train", "test" and the held-out splits before it:
families written by a session that read neither the extractor, nor the pipeline's stages, nor any
extraction result, so no extraction rule was written or tuned against them. They are held out until
they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `HOLM_FAMILIES`: the holm families are
generated only by `generate_corpus("holm")`, so every other corpus is as it was. The split is that of
four Indian scripts no split had before, each writing its vowel signs and viramas as combining
marks: Gujarati, Telugu, Punjabi in Gurmukhi and Malayalam. This module brings the four languages,
each with its grammar, names, UI strings, month names and zone (Asia/Kolkata), added to the
registries of `pipeline.synth.prose` and `pipeline.synth.publishers` when the module is loaded
(`kit.register_language`, new keys only; nothing another language uses changes):
  * Gujarati ("gu", `GujaratiProse`): subject-object-verb; a perfective transitive's subject in the
    ergative ("મહાનગરપાલિકાએ", "વેપારીઓએ", a name "પટેલે" / "દેસાઈએ"), the verb a light-verb phrase
    agreeing with its own noun ("ને મંજૂરી આપી", "નો વિરોધ કર્યો", "નું ઉદ્ઘાટન કર્યું"), the object in
    the oblique before the postposition ("નવા બજેટને"); headlines "શહેર: ..." or with "દ્વારા";
  * Telugu ("te", `TeluguProse`): subject-object-verb; the verb agreeing with its subject (an
    institution "ఆమోదం తెలిపింది", people or an honoured person "ఆమోదం తెలిపారు"), the object in
    the accusative ("పథకాన్ని"), dative ("పథకానికి") or with "పై" as the verb wants; quotes “…” అని
    ... తెలిపారు; verbless headlines with a town in the locative ("ఖమ్మంలో ... వాయిదా");
  * Punjabi ("pa", `PunjabiProse`): Gurmukhi, "।" closing a sentence; the ergative "ਨੇ" after an
    oblique subject ("ਕਿਸਾਨਾਂ ਨੇ"), light verbs agreeing with their noun ("ਮਨਜ਼ੂਰੀ ਦੇ ਦਿੱਤੀ", "ਵਿਰੋਧ
    ਕੀਤਾ"), oblique objects ("ਨਵੇਂ ਬਜਟ ਨੂੰ"); headlines with "ਵੱਲੋਂ" ("ਕਿਸਾਨਾਂ ਵੱਲੋਂ ... ਦਾ ਵਿਰੋਧ");
    men "... ਸਿੰਘ", women "... ਕੌਰ" or a family name;
  * Malayalam ("ml", `MalayalamProse`): subject-object-verb, no agreement, the object unmarked,
    accusative ("പദ്ധതിയെ") or dative ("പദ്ധതിക്ക്") as the verb wants, chillu letters ("ൽ", "ർ",
    "ൻ"), towns in the locative ("കൊച്ചിയിൽ", "തിരുവനന്തപുരത്ത്"); headlines "പദ്ധതി: എതിർപ്പുമായി
    നാട്ടുകാർ രംഗത്ത്".
Each grammar's `place()` gives the Latin brand the publisher's name is made of (their hosts are
ASCII, as gujaratsamachar.com, eenadu.net, jagbani.com or manoramaonline.com are); their text's
towns come from `city()`. `indic_latin` writes any of the four scripts in Latin letters for the
URL slugs (the sites' Latin slugs) and the topic links.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a bulleted list inside the text is body, one line per item; a photo's
caption and credit are boilerplate; a standfirst under the headline is neither; "read also" lines
and ad labels amid the text are boilerplate (an ad label of fewer than four words is no snippet:
neither). The choices each family makes for the debatable parts:
  * gu-samachar-portal: a Gujarati news portal: the text, its subheadings and a list are body; the
    "આ પણ વાંચો:" lines amid the text (the label and a headline), the photo's caption with its
    "(તસવીર: ...)" credit, the menu, the byline ("name | desk, town"), the visible date line, the
    share bar, the WhatsApp channel call, "સંબંધિત સમાચાર" and "ટોપ ન્યૂઝ" headlines, the footer's
    about line (the same on every page of a site), footer menu and copyright are boilerplate; the
    "જાહેરાત" label between paragraphs is neither (one word); the excerpt under the headline (<p
    class="gs-excerpt">, on the WordPress sites) is neither (a standfirst);
  * te-varthalu-site: a Telugu news site: the text, subheadings and a list are body; the "ఇవి కూడా
    చదవండి:" lines amid the text (the label and a headline), the "సంబంధిత వార్తలు" block's
    headlines, the WhatsApp and Telegram channel prompt (two lines), the byline, the date line,
    the share bar, the tags line, the "ట్రెండింగ్" headlines, the footer's about line, menu and
    copyright are boilerplate; the photo's "ఫైల్ ఫోటో" credit is neither (two words); there is no
    standfirst;
  * pa-khabran-portal: a Punjabi (Gurmukhi) news portal: the text, subheadings and a list are body;
    the "ਇਹ ਵੀ ਪੜ੍ਹੋ:" lines amid the text (the label and a headline), the breadcrumb, the menu, the
    reporter line, the date line, the author box (the author's bio, the same on each of the
    author's pages), the share bar, "ਸਬੰਧਿਤ ਖ਼ਬਰਾਂ" and "ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ" headlines, the YouTube call and
    the footer (about line, menu, copyright) are boilerplate; the "ਇਸ਼ਤਿਹਾਰ" label between
    paragraphs is neither (one word); there is no standfirst;
  * ml-varthakal-site: a Malayalam news site: the text, subheadings and a list are body; the
    "കൂടുതൽ വായിക്കാൻ:" lines amid the text (the label and a headline), the sidebar's live-updates
    box ("തത്സമയം": each entry's time and text; its heading is one word), the byline, the date
    line, the share bar, the photo's caption, the "ബന്ധപ്പെട്ട വാർത്തകൾ" and "കൂടുതൽ വായിച്ചവ"
    headlines, the comments notice ("ഇവിടെ പോസ്റ്റ് ചെയ്യുന്ന അഭിപ്രായങ്ങൾ ...", the same on
    every page) and the footer are boilerplate; the summary under the headline (<h2
    class="story-summary">, on the Arc-like sites) is neither (a standfirst).

Families (language; date source):
  holm  gu-samachar-portal      gu; JSON-LD NewsArticle datePublished with +05:30, <meta
                                property="article:published_time"> on the custom CMS's sites, and
                                the visible "પ્રકાશિત: શનિવાર, ૦૭ માર્ચ ૨૦૨૬, ૧૪:૩૦ IST" in Gujarati
                                digits; paths /news/<section>/<id>-<Latin slug>; <title> "T | Site"
                                or "T - Site Gujarati News"
  holm  te-varthalu-site        te; JSON-LD datePublished with +05:30 (and <meta
                                itemprop="datePublished"> on the Drupal-like sites), the visible
                                "ప్రచురణ: శనివారం, మార్చి 07, 2026 | 14:30 IST"; paths
                                /telangana/<id>/<Latin slug>.html; <title> "T | Site" or "T - Site"
  holm  pa-khabran-portal       pa; <meta property="article:published_time"> with +05:30 (and a
                                Yoast JSON-LD graph on the WordPress sites), the visible "ਪ੍ਰਕਾਸ਼ਿਤ:
                                07 ਮਾਰਚ 2026, 02:30 PM"; paths /punjab/<Latin slug>-<id>; <title>
                                "T - Site" or "T | Site Punjabi"
  holm  ml-varthakal-site       ml; JSON-LD datePublished with +05:30 and dateModified, a <time
                                datetime> around "പ്രസിദ്ധീകരിച്ചത്: 2026 മാർച്ച് 07, 02:30 PM IST";
                                paths /kerala/<yyyy>/<mm>/<dd>/<Latin slug>.html; <title> "T |
                                Site" or "T - Site News"

Every renderer gives every story of its publisher the platform's own URL on first use (a Latin slug
met twice on a site gets "-2"), and may turn one middle paragraph into a list, keeping the body
within 14 lines and 250-900 words, so `body`, taken from the story after rendering, has it. The
in-text topic links carry Latin slugs. All four have site names of their own (`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

import random
import re

from pipeline.synth.prose import Prose, _w

FAMILIES: dict[str, str] = {
    "gu-samachar-portal": "holm",
    "te-varthalu-site": "holm",
    "pa-khabran-portal": "holm",
    "ml-varthakal-site": "holm",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "gu-samachar-portal": "gu",
    "te-varthalu-site": "te",
    "pa-khabran-portal": "pa",
    "ml-varthakal-site": "ml",
}
# Latin brands ("{p}" is the grammar's `place()`), so the host names are ASCII
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "gu-samachar-portal": ("{p} Samachar", "Divya {p}", "{p} Gujarati", "Sandesh {p}", "{p} News Gujarat"),
    "te-varthalu-site": ("{p} Varthalu", "{p} Telugu", "Telugu {p}", "{p} News Telangana", "Praja {p}"),
    "pa-khabran-portal": ("{p} Khabran", "Punjabi {p}", "{p} Punjab", "Jag {p}", "{p} Akhbar"),
    "ml-varthakal-site": (
        "{p} Varthakal",
        "{p} Malayalam",
        "Kerala {p}",
        "{p} Online",
        "{p} Kaumudi",
        "{p} Daily",
    ),
}


# --- romanisation ------------------------------------------------------------------------------

# the four scripts share the layout of their Unicode blocks (offsets from the block's start)
_BLOCKS = {"gu": 0x0A80, "te": 0x0C00, "pa": 0x0A00, "ml": 0x0D00}
_CONS = dict(
    zip(
        range(0x15, 0x3A),
        _w("""k kh g gh ng ch chh j jh ny t th d dh n t th d dh n n p ph b bh m y r r l l zh v sh sh
            s h"""),
        strict=True,
    )
)
_CONS.update({0x59: "kh", 0x5A: "g", 0x5B: "z", 0x5C: "r", 0x5E: "f"})  # Gurmukhi letters with a dot
_VOWELS = {
    0x05: "a",
    0x06: "a",
    0x07: "i",
    0x08: "i",
    0x09: "u",
    0x0A: "u",
    0x0B: "ru",
    0x0D: "e",
    0x0E: "e",
    0x0F: "e",
    0x10: "ai",
    0x11: "o",
    0x12: "o",
    0x13: "o",
    0x14: "au",
}
_SIGNS = {
    0x3E: "a",
    0x3F: "i",
    0x40: "i",
    0x41: "u",
    0x42: "u",
    0x43: "ru",
    0x45: "e",
    0x46: "e",
    0x47: "e",
    0x48: "ai",
    0x49: "o",
    0x4A: "o",
    0x4B: "o",
    0x4C: "au",
}
_CHILLU = {0x7A: "n", 0x7B: "n", 0x7C: "r", 0x7D: "l", 0x7E: "l", 0x7F: "k"}  # Malayalam
_VIRAMA, _NUKTA = 0x4D, 0x3C
_NUKTA_OF = {"j": "z", "ph": "f", "s": "sh", "kh": "kh", "g": "g"}


def indic_latin(text: str) -> str:
    """Gujarati, Telugu, Gurmukhi or Malayalam text in Latin letters, letter by letter, as the
    sites' URL slugs spell it (long vowels as short ones: "અમદાવાદ" -> "amadavad", "ఖమ్మం" ->
    "khammam"): a consonant without a vowel sign or virama carries "a" (not at a Gujarati or
    Punjabi word's end); an anusvara or tippi is "n" ("m" in Telugu and Malayalam); any other
    character is kept."""
    out: list[str] = []
    k = 0
    while k < len(text):
        ch = text[k]
        lang = next((lg for lg, base in _BLOCKS.items() if base <= ord(ch) < base + 0x80), "")
        if not lang:
            if ch not in "\u200c\u200d":
                out.append(ch)
            k += 1
            continue
        off = ord(ch) - _BLOCKS[lang]
        if off in _CONS:
            letter = _CONS[off]
            if k + 1 < len(text) and ord(text[k + 1]) - _BLOCKS[lang] == _NUKTA:
                letter = _NUKTA_OF.get(letter, letter)
                k += 1
            out.append(letter)
            nxt = ord(text[k + 1]) - _BLOCKS[lang] if k + 1 < len(text) else -1
            end = k + 1 >= len(text) or not text[k + 1].strip() or not (0 <= nxt < 0x80)
            if nxt not in _SIGNS and nxt != _VIRAMA and not (end and lang in ("gu", "pa")):
                out.append("a")
        elif off in _SIGNS:
            out.append(_SIGNS[off])
        elif off in _VOWELS:
            out.append(_VOWELS[off])
        elif off in (0x02, 0x70):
            out.append("m" if lang in ("te", "ml") else "n")
        elif off == 0x01:
            out.append("n")
        elif off == 0x03:
            out.append("h")
        elif lang == "ml" and off in _CHILLU:
            out.append(_CHILLU[off])
        elif 0x66 <= off <= 0x6F:
            out.append(str(off - 0x66))
        k += 1
    return "".join(out)


def latin_slug(text: str, limit: int = 60) -> str:
    """A Latin URL slug of Indic text (within `limit` characters, whole words)."""
    return _slugged(indic_latin(text), limit)


_GU_DIGITS = str.maketrans("0123456789", "૦૧૨૩૪૫૬૭૮૯")


def gu_digits(text: str) -> str:
    """The text with Gujarati digits for the ASCII ones."""
    return text.translate(_GU_DIGITS)


# the site-name words of each language's sites
_BRANDS = {
    "gu": _w("Lokvani Navjivan Prabhat Sanket Ujas Sandhya Tarang Dhruv Akash Sagar Abhiyan Phulchhab"),
    "te": _w("Velugu Kiranam Prajasakti Vaarta Deepika Suryodaya Tarangam Chaitanya Jyothi Navatha Eenati"),
    "pa": _w(
        "Sudarshan Savera Pehredar Jagriti Lok Sanjh Charhdi Hamdard Virsa Awaaz Panj Ujala Sangam Dastak"
    ),
    "ml": _w(
        """Deepam Prabhatham Vartha Pradeepam Jwala Keralam Sandhya Pournami Janapaksham Chandrika Kairali
        Mangalam"""
    ),
}


# --- Gujarati ----------------------------------------------------------------------------------

GU_FIRST = _w("""રમેશ મહેશ કિરણ હાર્દિક જીગ્નેશ ભાવેશ નિલેશ પ્રકાશ અલ્પેશ ચેતન હેતલ નેહા પૂજા ધારા
    મીનાક્ષી કાજલ ભૂમિકા""")
GU_SURNAMES = _w("પટેલ શાહ મહેતા દેસાઈ જોશી પંડ્યા ત્રિવેદી પરમાર ચૌહાણ સોલંકી ભટ્ટ વ્યાસ")
# (nominative, locative)
GU_CITIES = _w("અમદાવાદ સુરત વડોદરા રાજકોટ ભાવનગર જામનગર જૂનાગઢ ગાંધીનગર આણંદ નવસારી ભરૂચ મહેસાણા")
# (ergative, nominative)
GU_AGENTS: tuple[tuple[str, str], ...] = (
    ("મહાનગરપાલિકાએ", "મહાનગરપાલિકા"),
    ("રાજ્ય સરકારે", "રાજ્ય સરકાર"),
    ("જિલ્લા વહીવટીતંત્રે", "જિલ્લા વહીવટીતંત્ર"),
    ("સ્થાયી સમિતિએ", "સ્થાયી સમિતિ"),
    ("મેયરે", "મેયર"),
    ("કલેક્ટરે", "કલેક્ટર"),
    ("વિપક્ષે", "વિપક્ષ"),
    ("સ્થાનિક રહીશોએ", "સ્થાનિક રહીશો"),
    ("વેપારીઓએ", "વેપારીઓ"),
    ("ખેડૂતોએ", "ખેડૂતો"),
    ("વાલીઓએ", "વાલીઓ"),
)
# (nominative, oblique)
GU_OBJECTS: tuple[tuple[str, str], ...] = (
    ("નવું બજેટ", "નવા બજેટ"),
    ("ફ્લાયઓવર પ્રોજેક્ટ", "ફ્લાયઓવર પ્રોજેક્ટ"),
    ("મિલકત વેરામાં વધારો", "મિલકત વેરામાં વધારા"),
    ("નવી શાળાની ઇમારત", "નવી શાળાની ઇમારત"),
    ("પાણી પુરવઠા યોજના", "પાણી પુરવઠા યોજના"),
    ("બસ સ્ટેશનનું વિસ્તરણ", "બસ સ્ટેશનના વિસ્તરણ"),
    ("ભૂગર્ભ ગટર યોજના", "ભૂગર્ભ ગટર યોજના"),
    ("રસ્તા પહોળા કરવાની યોજના", "રસ્તા પહોળા કરવાની યોજના"),
    ("મેટ્રો રેલનો નવો રૂટ", "મેટ્રો રેલના નવા રૂટ"),
    ("સિવિલ હોસ્પિટલનું વિસ્તરણ", "સિવિલ હોસ્પિટલના વિસ્તરણ"),
    ("પાર્કિંગ ફીનો નવો દર", "પાર્કિંગ ફીના નવા દર"),
)
# (the postposition after the object, the light-verb phrase)
GU_VERBS: tuple[tuple[str, str], ...] = (
    ("ને", "મંજૂરી આપી"),
    ("નો", "વિરોધ કર્યો"),
    ("ની", "જાહેરાત કરી"),
    ("ની", "સમીક્ષા કરી"),
    ("ની", "ટીકા કરી"),
    ("નું", "ઉદ્ઘાટન કર્યું"),
    ("નું", "સમર્થન કર્યું"),
    ("નો", "અસ્વીકાર કર્યો"),
)
GU_TIMES = ("મંગળવારે", "ગઈકાલે", "આ અઠવાડિયે", "લાંબી ચર્ચા બાદ", "સર્વાનુમતે", "આખરે", "ખાસ બેઠકમાં", "આજે")
GU_SOURCES = ("સત્તાવાર માહિતી મુજબ,", "અમારા સંવાદદાતાના જણાવ્યા અનુસાર,", "મહાનગરપાલિકાનાં સૂત્રોના જણાવ્યા મુજબ,")
GU_LINKS = ("આ ઉપરાંત,", "જોકે,", "દરમિયાન,", "બીજી તરફ,")
GU_ROLES = ("મેયર", "કલેક્ટર", "કોર્પોરેટર", "મ્યુનિસિપલ કમિશનર", "વેપારી મંડળના પ્રમુખ", "શાળાના આચાર્ય")
GU_SAYINGS = (
    "આ યોજનાથી આખા શહેરને ફાયદો થશે",
    "નાગરિકોને મુશ્કેલી નહીં પડવા દઈએ",
    "કામ નિર્ધારિત સમયમાં પૂર્ણ થશે",
    "લોકોએ થોડી ધીરજ રાખવી પડશે",
    "આ નિર્ણયની અમે વર્ષોથી રાહ જોતા હતા",
    "ભંડોળ મંજૂર થઈ ગયું છે, હવે કામ શરૂ થવું જોઈએ",
    "આ પ્રોજેક્ટમાં કોઈ ગેરરીતિ સહન નહીં થાય",
    "ચોમાસા પહેલાં કામ પૂરું કરવાનું અમારું લક્ષ્ય છે",
    "સ્થાનિક લોકોનાં સૂચનો ધ્યાનમાં લેવામાં આવશે",
    "અસરગ્રસ્ત પરિવારોનું શું થશે તે કોઈ કહેતું નથી",
)
GU_SUBHEADS = (
    "હવે આગળ શું?",
    "નાગરિકોની પ્રતિક્રિયા",
    "કેટલો ખર્ચ થશે?",
    "વિપક્ષનું વલણ",
    "વિગતો",
    "સમયપત્રક",
    "લાંબા સમયથી ચાલતો વિવાદ",
)
GU_MONTHS = _w("જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ સપ્ટેમ્બર ઑક્ટોબર નવેમ્બર ડિસેમ્બર")
GU_WEEKDAYS = _w("સોમવાર મંગળવાર બુધવાર ગુરુવાર શુક્રવાર શનિવાર રવિવાર")


def gu_ergative(name: str) -> str:
    """A Gujarati name with the ergative "એ": "પટેલ" -> "પટેલે", "દેસાઈ" -> "દેસાઈએ"."""
    last = ord(name[-1]) - 0x0A80
    return name + ("\u0ac7" if last in _CONS else "એ")


class GujaratiProse(Prose):
    """Gujarati city news: ergative subjects, light verbs agreeing with their own noun."""

    lang = "gu"

    def place(self) -> str:
        """The site-name word (Latin letters); the text's towns are `city()`."""
        return self.rng.choice(_BRANDS[self.lang])

    def city(self) -> str:
        return self.rng.choice(GU_CITIES)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent = rng.choice(GU_AGENTS)[0]
        post, phrase = rng.choice(GU_VERBS)
        when = f" {rng.choice(GU_TIMES)}" if time else ""
        return f"{agent}{when} {rng.choice(GU_OBJECTS)[1]}{post} {phrase}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return (
                f"“{rng.choice(GU_SAYINGS)}”, એમ {rng.choice(GU_ROLES)} {gu_ergative(self.person())} જણાવ્યું."
            )
        if r < 0.25:
            return f"{rng.choice(GU_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            return f"{rng.choice(GU_LINKS)} {self.clause(time=rng.random() < 0.5)}."
        if r < 0.52:
            return rng.choice(
                (
                    f"આ યોજનાનો કુલ ખર્ચ રૂ. {rng.randint(12, 900)} કરોડ છે.",
                    f"કામ અંદાજે {rng.randint(4, 30)} મહિનામાં પૂર્ણ થશે.",
                    f"ઠરાવની તરફેણમાં {rng.randint(20, 150)} સભ્યોએ મત આપ્યો.",
                    f"અત્યાર સુધીમાં {10 * rng.randint(30, 900)} લોકોએ આવેદનપત્ર પર સહી કરી છે.",
                    f"કુલ ખર્ચના {rng.randint(2, 8)}0 ટકા કેન્દ્ર સરકાર ભોગવશે.",
                    f"આ પ્રોજેક્ટ {rng.randint(2027, 2030)} સુધીમાં પૂર્ણ થવાની અપેક્ષા છે.",
                )
            )
        if r < 0.75:
            city = self.city()
            return rng.choice(
                (
                    f"{city}ના લોકો વર્ષોથી આ નિર્ણયની રાહ જોઈ રહ્યા હતા.",
                    f"{city}માં પણ તાજેતરમાં આવી જ સ્થિતિ સર્જાઈ હતી.",
                    f"{city}માં હજુ પરિસ્થિતિ બદલાઈ નથી.",
                    "આ મુદ્દે આવતા મહિને મળનારી સામાન્ય સભામાં ફરી ચર્ચા થશે.",
                    f"{city}માં યોજાયેલી બેઠકમાં મોટી સંખ્યામાં નાગરિકો હાજર રહ્યા હતા.",
                    f"{city}ના વેપારીઓએ પણ આ મુદ્દે રજૂઆત કરી હતી.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        post, phrase = rng.choice(GU_VERBS)
        obj = rng.choice(GU_OBJECTS)[1]
        if r < 0.35:
            return f"{self.city()}: {self.clause()}"
        if r < 0.7:
            return f"{rng.choice(GU_AGENTS)[1]} દ્વારા {obj}{post} {phrase.rsplit(' ', 1)[0]}"
        if r < 0.88:
            return f"{rng.choice(GU_OBJECTS)[0]} મુદ્દે {rng.choice(GU_AGENTS)[1]} અને વિપક્ષ આમને-સામને"
        return f"{self.person()}: “{rng.choice(GU_SAYINGS)}”"

    def subheading(self) -> str:
        return self.rng.choice(GU_SUBHEADS)


GU_UI: dict[str, tuple[str, ...]] = {
    "nav": ("હોમ", "ગુજરાત", "અમદાવાદ", "સુરત", "દેશ", "વિદેશ", "વેપાર", "સ્પોર્ટ્સ", "મનોરંજન", "ધર્મ"),
    "sections": ("ગુજરાત", "અમદાવાદ", "સુરત", "દેશ", "વેપાર", "શિક્ષણ"),
    "related": ("સંબંધિત સમાચાર",),
    "read_more": ("આ પણ વાંચો:",),
    "by": ("લેખક:",),
    "desks": ("સ્ટાફ રિપોર્ટર", "ખાસ સંવાદદાતા", "ડિજિટલ ડેસ્ક"),
    "share": ("આ સમાચાર શેર કરો", "મિત્રો સાથે શેર કરો"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "લિંક કૉપિ કરો"),
    "newsletter": ("મહત્વના સમાચાર દરરોજ તમારા ઇમેઇલમાં મેળવો",),
    "comments": ("વાચકોની ટિપ્પણીઓ મંજૂરી પછી જ પ્રકાશિત થશે",),
    "cookie": ("વધુ સારા અનુભવ માટે આ વેબસાઇટ કૂકીઝનો ઉપયોગ કરે છે",),
    "ad": ("જાહેરાત",),
    "copyright": ("© {year} {name}. સર્વાધિકાર સુરક્ષિત.",),
    "disclaimer": ("આ વેબસાઇટના સમાચાર પરવાનગી વિના ફરીથી પ્રકાશિત કરી શકાશે નહીં.",),
    "tagline": ("{since}થી તમારું વિશ્વસનીય અખબાર",),
    "bio": ("{author} {since2}થી {name} માટે {beat} વિષે લખે છે.",),
    "beats": ("શહેરી વિકાસ", "વાહનવ્યવહાર", "શિક્ષણ", "આરોગ્ય", "પર્યાવરણ"),
    "editorial": ("આ સમાચાર {name}ની વિશેષ શ્રેણીનો ભાગ છે.",),
    "classified": ("શહેરના મધ્યમાં બે બેડરૂમનું મકાન ભાડે આપવાનું છે.",),
    "subscribe": ("અમારી WhatsApp ચેનલ સાથે જોડાઓ",),
}
GU_SECTION_SLUGS = {
    "ગુજરાત": "gujarat",
    "અમદાવાદ": "ahmedabad",
    "સુરત": "surat",
    "દેશ": "national",
    "વેપાર": "business",
    "શિક્ષણ": "education",
}


# --- Telugu ------------------------------------------------------------------------------------

TE_FIRST = _w("రమేష్ సురేష్ శ్రీనివాస్ వెంకటేశ్ రాజు కిరణ్ ప్రవీణ్ మహేష్ లక్ష్మి స్వప్న అనురాధ శ్రీదేవి పద్మ కవిత")
TE_SURNAMES = _w("రెడ్డి రావు నాయుడు గౌడ్ శర్మ యాదవ్ చౌదరి వర్మ")
# (nominative, locative)
TE_CITIES: tuple[tuple[str, str], ...] = (
    ("హైదరాబాద్", "హైదరాబాద్\u200cలో"),
    ("వరంగల్", "వరంగల్\u200cలో"),
    ("ఖమ్మం", "ఖమ్మంలో"),
    ("నల్గొండ", "నల్గొండలో"),
    ("సిద్దిపేట", "సిద్దిపేటలో"),
    ("సంగారెడ్డి", "సంగారెడ్డిలో"),
    ("సూర్యాపేట", "సూర్యాపేటలో"),
    ("మంచిర్యాల", "మంచిర్యాలలో"),
    ("జగిత్యాల", "జగిత్యాలలో"),
    ("భువనగిరి", "భువనగిరిలో"),
    ("వనపర్తి", "వనపర్తిలో"),
    ("హనుమకొండ", "హనుమకొండలో"),
    ("రామగుండం", "రామగుండంలో"),
)
# (subject, class: 0 an institution, 1 people or an honoured person)
TE_AGENTS: tuple[tuple[str, int], ...] = (
    ("నగరపాలక సంస్థ", 0),
    ("రాష్ట్ర ప్రభుత్వం", 0),
    ("జిల్లా యంత్రాంగం", 0),
    ("పురపాలక సంఘం", 0),
    ("స్టాండింగ్ కమిటీ", 0),
    ("మేయర్", 1),
    ("జిల్లా కలెక్టర్", 1),
    ("మంత్రి", 1),
    ("ప్రతిపక్ష నేతలు", 1),
    ("స్థానికులు", 1),
    ("వ్యాపారులు", 1),
    ("రైతులు", 1),
    ("కార్పొరేటర్లు", 1),
)
# (nominative, accusative, dative, with "పై")
TE_OBJECTS: tuple[tuple[str, str, str, str], ...] = (
    ("తాగునీటి పథకం", "తాగునీటి పథకాన్ని", "తాగునీటి పథకానికి", "తాగునీటి పథకంపై"),
    ("ఫ్లైఓవర్ నిర్మాణం", "ఫ్లైఓవర్ నిర్మాణాన్ని", "ఫ్లైఓవర్ నిర్మాణానికి", "ఫ్లైఓవర్ నిర్మాణంపై"),
    ("ఆస్తి పన్ను పెంపు", "ఆస్తి పన్ను పెంపును", "ఆస్తి పన్ను పెంపుకు", "ఆస్తి పన్ను పెంపుపై"),
    ("బస్ స్టేషన్ విస్తరణ", "బస్ స్టేషన్ విస్తరణను", "బస్ స్టేషన్ విస్తరణకు", "బస్ స్టేషన్ విస్తరణపై"),
    ("కొత్త పాఠశాల భవనం", "కొత్త పాఠశాల భవనాన్ని", "కొత్త పాఠశాల భవనానికి", "కొత్త పాఠశాల భవనంపై"),
    ("భూగర్భ డ్రైనేజీ పనులు", "భూగర్భ డ్రైనేజీ పనులను", "భూగర్భ డ్రైనేజీ పనులకు", "భూగర్భ డ్రైనేజీ పనులపై"),
    ("రోడ్ల విస్తరణ ప్రతిపాదన", "రోడ్ల విస్తరణ ప్రతిపాదనను", "రోడ్ల విస్తరణ ప్రతిపాదనకు", "రోడ్ల విస్తరణ ప్రతిపాదనపై"),
    ("మెట్రో రైలు విస్తరణ", "మెట్రో రైలు విస్తరణను", "మెట్రో రైలు విస్తరణకు", "మెట్రో రైలు విస్తరణపై"),
    ("ప్రభుత్వ ఆసుపత్రి ఆధునీకరణ", "ప్రభుత్వ ఆసుపత్రి ఆధునీకరణను", "ప్రభుత్వ ఆసుపత్రి ఆధునీకరణకు", "ప్రభుత్వ ఆసుపత్రి ఆధునీకరణపై"),
    ("కొత్త బడ్జెట్ ప్రతిపాదనలు", "కొత్త బడ్జెట్ ప్రతిపాదనలను", "కొత్త బడ్జెట్ ప్రతిపాదనలకు", "కొత్త బడ్జెట్ ప్రతిపాదనలపై"),
)
# (the object's case: 1 accusative, 2 dative, 3 "పై"; the verb for each subject class; the headline noun)
TE_VERBS: tuple[tuple[int, tuple[str, str], str], ...] = (
    (2, ("ఆమోదం తెలిపింది", "ఆమోదం తెలిపారు"), "ఆమోదం"),
    (1, ("తిరస్కరించింది", "తిరస్కరించారు"), "తిరస్కరణ"),
    (1, ("వాయిదా వేసింది", "వాయిదా వేశారు"), "వాయిదా"),
    (3, ("అభ్యంతరం వ్యక్తం చేసింది", "అభ్యంతరం వ్యక్తం చేశారు"), "అభ్యంతరం"),
    (1, ("ప్రకటించింది", "ప్రకటించారు"), "ప్రకటన"),
    (1, ("సమీక్షించింది", "సమీక్షించారు"), "సమీక్ష"),
    (1, ("ప్రారంభించింది", "ప్రారంభించారు"), "ప్రారంభం"),
    (2, ("మద్దతు తెలిపింది", "మద్దతు తెలిపారు"), "మద్దతు"),
)
TE_TIMES = ("మంగళవారం", "నిన్న", "ఈ వారం", "సుదీర్ఘ చర్చ అనంతరం", "ఏకగ్రీవంగా", "ఎట్టకేలకు", "అత్యవసర సమావేశంలో", "బుధవారం")
TE_SOURCES = ("అధికారిక సమాచారం ప్రకారం,", "మా ప్రతినిధి అందించిన సమాచారం ప్రకారం,", "నగరపాలక సంస్థ వర్గాల కథనం ప్రకారం,")
TE_LINKS = ("అలాగే,", "అయితే,", "ఇదిలా ఉండగా,", "మరోవైపు,")
TE_ROLES = ("మేయర్", "జిల్లా కలెక్టర్", "కార్పొరేటర్", "మున్సిపల్ కమిషనర్", "వ్యాపారుల సంఘం అధ్యక్షుడు", "పాఠశాల ప్రధానోపాధ్యాయుడు")
TE_SAYINGS = (
    "ఈ పథకం వల్ల నగరం మొత్తానికి ప్రయోజనం కలుగుతుంది",
    "ప్రజలను ఇబ్బంది పెట్టబోము",
    "పనులు నిర్ణీత గడువులోగా పూర్తవుతాయి",
    "ప్రజలు కొంత ఓపిక పట్టాలి",
    "ఈ నిర్ణయం కోసం ఏళ్లుగా ఎదురుచూశాం",
    "నిధులు మంజూరయ్యాయి, ఇప్పుడు పనులు మొదలుకావాలి",
    "ఈ ప్రాజెక్టులో ఎలాంటి అవకతవకలను సహించం",
    "వర్షాకాలం లోపు పనులు పూర్తి చేయడమే మా లక్ష్యం",
    "స్థానికుల సూచనలను పరిగణనలోకి తీసుకుంటాం",
    "బాధిత కుటుంబాల పరిస్థితి ఏమిటో ఎవరూ చెప్పడం లేదు",
)
TE_SUBHEADS = ("తర్వాత ఏమిటి?", "ప్రజల స్పందన", "ఖర్చు ఎంత?", "ప్రతిపక్షాల వైఖరి", "వివరాలు", "గడువు", "ఏళ్లుగా సాగుతున్న వివాదం")
TE_MONTHS = _w("జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్")
TE_WEEKDAYS = _w("సోమవారం మంగళవారం బుధవారం గురువారం శుక్రవారం శనివారం ఆదివారం")


class TeluguProse(Prose):
    """Telugu district news: the verb agreeing with its subject's class, the object's case."""

    lang = "te"

    def place(self) -> str:
        return self.rng.choice(_BRANDS[self.lang])

    def city(self) -> tuple[str, str]:
        return self.rng.choice(TE_CITIES)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, kind = rng.choice(TE_AGENTS)
        case, verbs, _ = rng.choice(TE_VERBS)
        when = f" {rng.choice(TE_TIMES)}" if time else ""
        return f"{agent}{when} {rng.choice(TE_OBJECTS)[case]} {verbs[kind]}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"“{rng.choice(TE_SAYINGS)}” అని {rng.choice(TE_ROLES)} {self.person()} తెలిపారు."
        if r < 0.25:
            return f"{rng.choice(TE_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            return f"{rng.choice(TE_LINKS)} {self.clause(time=rng.random() < 0.5)}."
        if r < 0.52:
            return rng.choice(
                (
                    f"ఈ పథకం విలువ రూ.{rng.randint(12, 900)} కోట్లు.",
                    f"పనులు సుమారు {rng.randint(4, 30)} నెలల్లో పూర్తవుతాయి.",
                    f"తీర్మానానికి అనుకూలంగా {rng.randint(20, 150)} మంది సభ్యులు ఓటు వేశారు.",
                    f"ఇప్పటివరకు {10 * rng.randint(30, 900)} మంది వినతిపత్రంపై సంతకం చేశారు.",
                    f"మొత్తం వ్యయంలో {rng.randint(2, 8)}0 శాతం కేంద్ర ప్రభుత్వం భరిస్తుంది.",
                    f"ఈ ప్రాజెక్టు {rng.randint(2027, 2030)} నాటికి పూర్తవుతుందని అంచనా.",
                )
            )
        if r < 0.75:
            nom, loc = self.city()
            return rng.choice(
                (
                    f"{nom} ప్రజలు ఈ నిర్ణయం కోసం ఏళ్లుగా ఎదురుచూస్తున్నారు.",
                    f"ఇటీవల {loc} కూడా ఇలాంటి పరిస్థితే ఎదురైంది.",
                    f"{loc} పరిస్థితి ఇంకా మారలేదు.",
                    "ఈ అంశంపై వచ్చే నెల జరిగే కౌన్సిల్ సమావేశంలో మళ్లీ చర్చ జరగనుంది.",
                    f"{loc} జరిగిన సమావేశంలో పెద్ద సంఖ్యలో ప్రజలు పాల్గొన్నారు.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        case, _, noun = rng.choice(TE_VERBS)
        obj = rng.choice(TE_OBJECTS)
        if r < 0.4:
            return f"{self.city()[1]} {obj[case] if case > 1 else obj[0]} {noun}"
        if r < 0.7:
            return self.clause()
        if r < 0.88:
            return f"{self.city()[0]}: {self.clause()}"
        return f"{self.person()}: “{rng.choice(TE_SAYINGS)}”"

    def subheading(self) -> str:
        return self.rng.choice(TE_SUBHEADS)


TE_UI: dict[str, tuple[str, ...]] = {
    "nav": ("హోం", "తెలంగాణ", "ఆంధ్రప్రదేశ్", "జాతీయం", "అంతర్జాతీయం", "బిజినెస్", "క్రీడలు", "సినిమా", "ఫోటోలు"),
    "sections": ("తెలంగాణ", "హైదరాబాద్", "జిల్లాలు", "రాజకీయం", "విద్య", "బిజినెస్"),
    "related": ("సంబంధిత వార్తలు",),
    "read_more": ("ఇవి కూడా చదవండి:",),
    "by": ("రచయిత:",),
    "desks": ("స్టాఫ్ రిపోర్టర్", "ప్రత్యేక ప్రతినిధి", "డిజిటల్ డెస్క్"),
    "share": ("ఈ వార్తను షేర్ చేయండి", "స్నేహితులతో పంచుకోండి"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "లింక్ కాపీ"),
    "newsletter": ("ముఖ్యమైన వార్తలు ప్రతిరోజూ మీ ఈమెయిల్‌కు",),
    "comments": ("పాఠకుల వ్యాఖ్యలు పరిశీలన తర్వాతే ప్రచురితమవుతాయి",),
    "cookie": ("మెరుగైన అనుభవం కోసం ఈ వెబ్‌సైట్ కుకీలను ఉపయోగిస్తుంది",),
    "ad": ("ప్రకటన",),
    "copyright": ("© {year} {name}. సర్వ హక్కులూ ప్రత్యేకించబడినవి.",),
    "disclaimer": ("ఈ వెబ్‌సైట్‌లోని వార్తలను అనుమతి లేకుండా పునర్ముద్రించరాదు.",),
    "tagline": ("{since} నుంచి మీ నమ్మకమైన వార్తా సంస్థ",),
    "bio": ("{author} {since2} నుంచి {name}లో {beat} అంశాలపై రాస్తున్నారు.",),
    "beats": ("పట్టణాభివృద్ధి", "రవాణా", "విద్య", "ఆరోగ్యం", "పర్యావరణం"),
    "editorial": ("ఈ కథనం {name} ప్రత్యేక సిరీస్‌లో భాగం.",),
    "classified": ("నగరం నడిబొడ్డున రెండు పడక గదుల ఇల్లు అద్దెకు ఇవ్వబడును.",),
    "subscribe": ("మా WhatsApp ఛానల్‌లో చేరండి",),
}


# --- Punjabi (Gurmukhi) ------------------------------------------------------------------------

PA_MEN = _w("ਗੁਰਪ੍ਰੀਤ ਹਰਪ੍ਰੀਤ ਮਨਜੀਤ ਜਸਵਿੰਦਰ ਸੁਖਵਿੰਦਰ ਅਮਰਜੀਤ ਕੁਲਦੀਪ ਰਣਜੀਤ ਪਰਮਜੀਤ ਹਰਜੀਤ ਬਲਜੀਤ")
PA_WOMEN = _w("ਮਨਪ੍ਰੀਤ ਨਵਦੀਪ ਰਮਨਦੀਪ ਸੁਖਜੀਤ ਹਰਲੀਨ ਅਮਨਦੀਪ ਜਸਲੀਨ ਕਿਰਨਦੀਪ")
PA_FIRST = PA_MEN + PA_WOMEN
PA_SURNAMES = _w("ਢਿੱਲੋਂ ਸੰਧੂ ਗਿੱਲ ਬਰਾੜ ਸਿੱਧੂ ਗਰੇਵਾਲ ਬਾਜਵਾ ਚੀਮਾ ਸ਼ਰਮਾ ਅਰੋੜਾ")
# (nominative, oblique)
PA_CITIES: tuple[tuple[str, str], ...] = (
    ("ਲੁਧਿਆਣਾ", "ਲੁਧਿਆਣੇ"),
    ("ਅੰਮ੍ਰਿਤਸਰ", "ਅੰਮ੍ਰਿਤਸਰ"),
    ("ਜਲੰਧਰ", "ਜਲੰਧਰ"),
    ("ਪਟਿਆਲਾ", "ਪਟਿਆਲੇ"),
    ("ਬਠਿੰਡਾ", "ਬਠਿੰਡੇ"),
    ("ਮੋਹਾਲੀ", "ਮੋਹਾਲੀ"),
    ("ਫ਼ਿਰੋਜ਼ਪੁਰ", "ਫ਼ਿਰੋਜ਼ਪੁਰ"),
    ("ਹੁਸ਼ਿਆਰਪੁਰ", "ਹੁਸ਼ਿਆਰਪੁਰ"),
    ("ਮੋਗਾ", "ਮੋਗੇ"),
    ("ਕਪੂਰਥਲਾ", "ਕਪੂਰਥਲੇ"),
    ("ਸੰਗਰੂਰ", "ਸੰਗਰੂਰ"),
    ("ਪਠਾਨਕੋਟ", "ਪਠਾਨਕੋਟ"),
)
# subjects in the oblique (before "ਨੇ" or "ਵੱਲੋਂ")
PA_AGENTS = (
    "ਨਗਰ ਨਿਗਮ",
    "ਪੰਜਾਬ ਸਰਕਾਰ",
    "ਜ਼ਿਲ੍ਹਾ ਪ੍ਰਸ਼ਾਸਨ",
    "ਮੇਅਰ",
    "ਡਿਪਟੀ ਕਮਿਸ਼ਨਰ",
    "ਵਿਰੋਧੀ ਧਿਰ",
    "ਸਥਾਨਕ ਵਸਨੀਕਾਂ",
    "ਵਪਾਰੀਆਂ",
    "ਕਿਸਾਨਾਂ",
    "ਕੌਂਸਲਰਾਂ",
    "ਨਗਰ ਕੌਂਸਲ",
)
# (nominative, oblique)
PA_OBJECTS: tuple[tuple[str, str], ...] = (
    ("ਨਵਾਂ ਬਜਟ", "ਨਵੇਂ ਬਜਟ"),
    ("ਫਲਾਈਓਵਰ ਪ੍ਰੋਜੈਕਟ", "ਫਲਾਈਓਵਰ ਪ੍ਰੋਜੈਕਟ"),
    ("ਪੀਣ ਵਾਲੇ ਪਾਣੀ ਦੀ ਯੋਜਨਾ", "ਪੀਣ ਵਾਲੇ ਪਾਣੀ ਦੀ ਯੋਜਨਾ"),
    ("ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ ਵਿੱਚ ਵਾਧਾ", "ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ ਵਿੱਚ ਵਾਧੇ"),
    ("ਬੱਸ ਅੱਡੇ ਦਾ ਵਿਸਥਾਰ", "ਬੱਸ ਅੱਡੇ ਦੇ ਵਿਸਥਾਰ"),
    ("ਨਵੇਂ ਸਕੂਲ ਦੀ ਇਮਾਰਤ", "ਨਵੇਂ ਸਕੂਲ ਦੀ ਇਮਾਰਤ"),
    ("ਸੀਵਰੇਜ ਪ੍ਰੋਜੈਕਟ", "ਸੀਵਰੇਜ ਪ੍ਰੋਜੈਕਟ"),
    ("ਸੜਕਾਂ ਚੌੜੀਆਂ ਕਰਨ ਦੀ ਯੋਜਨਾ", "ਸੜਕਾਂ ਚੌੜੀਆਂ ਕਰਨ ਦੀ ਯੋਜਨਾ"),
    ("ਸਿਵਲ ਹਸਪਤਾਲ ਦਾ ਨਵੀਨੀਕਰਨ", "ਸਿਵਲ ਹਸਪਤਾਲ ਦੇ ਨਵੀਨੀਕਰਨ"),
    ("ਪਾਰਕਿੰਗ ਫੀਸ ਦਾ ਨਵਾਂ ਢਾਂਚਾ", "ਪਾਰਕਿੰਗ ਫੀਸ ਦੇ ਨਵੇਂ ਢਾਂਚੇ"),
    ("ਕੂੜਾ ਪ੍ਰਬੰਧਨ ਦਾ ਠੇਕਾ", "ਕੂੜਾ ਪ੍ਰਬੰਧਨ ਦੇ ਠੇਕੇ"),
)
# (the postposition after the object, the light-verb phrase, the headline: "{obl}" or "{nom}")
PA_VERBS: tuple[tuple[str, str, str], ...] = (
    ("ਨੂੰ", "ਮਨਜ਼ੂਰੀ ਦੇ ਦਿੱਤੀ", "{obl} ਨੂੰ ਮਨਜ਼ੂਰੀ"),
    ("ਦਾ", "ਵਿਰੋਧ ਕੀਤਾ", "{obl} ਦਾ ਵਿਰੋਧ"),
    ("ਦਾ", "ਐਲਾਨ ਕੀਤਾ", "{obl} ਦਾ ਐਲਾਨ"),
    ("ਦੀ", "ਸਮੀਖਿਆ ਕੀਤੀ", "{obl} ਦੀ ਸਮੀਖਿਆ"),
    ("ਦੀ", "ਆਲੋਚਨਾ ਕੀਤੀ", "{obl} ਦੀ ਆਲੋਚਨਾ"),
    ("ਦਾ", "ਉਦਘਾਟਨ ਕੀਤਾ", "{obl} ਦਾ ਉਦਘਾਟਨ"),
    ("ਦਾ", "ਸਮਰਥਨ ਕੀਤਾ", "{obl} ਦਾ ਸਮਰਥਨ"),
    ("ਨੂੰ", "ਰੱਦ ਕਰ ਦਿੱਤਾ", "{nom} ਰੱਦ"),
    ("ਨੂੰ", "ਮੁਲਤਵੀ ਕਰ ਦਿੱਤਾ", "{nom} ਮੁਲਤਵੀ"),
)
PA_TIMES = (
    "ਮੰਗਲਵਾਰ ਨੂੰ",
    "ਬੀਤੇ ਦਿਨ",
    "ਇਸ ਹਫ਼ਤੇ",
    "ਲੰਮੀ ਬਹਿਸ ਤੋਂ ਬਾਅਦ",
    "ਸਰਬਸੰਮਤੀ ਨਾਲ",
    "ਆਖ਼ਰਕਾਰ",
    "ਵਿਸ਼ੇਸ਼ ਮੀਟਿੰਗ ਵਿੱਚ",
    "ਅੱਜ",
)
PA_SOURCES = ("ਸਰਕਾਰੀ ਜਾਣਕਾਰੀ ਅਨੁਸਾਰ,", "ਸਾਡੇ ਪੱਤਰਕਾਰ ਦੀ ਰਿਪੋਰਟ ਅਨੁਸਾਰ,", "ਨਗਰ ਨਿਗਮ ਦੇ ਸੂਤਰਾਂ ਮੁਤਾਬਕ,")
PA_LINKS = ("ਇਸ ਤੋਂ ਇਲਾਵਾ,", "ਹਾਲਾਂਕਿ,", "ਇਸੇ ਦੌਰਾਨ,", "ਦੂਜੇ ਪਾਸੇ,")
PA_ROLES = ("ਮੇਅਰ", "ਡਿਪਟੀ ਕਮਿਸ਼ਨਰ", "ਕੌਂਸਲਰ", "ਨਿਗਮ ਕਮਿਸ਼ਨਰ", "ਵਪਾਰ ਮੰਡਲ ਦੇ ਪ੍ਰਧਾਨ", "ਸਕੂਲ ਦੇ ਪ੍ਰਿੰਸੀਪਲ")
PA_SAYINGS = (
    "ਇਸ ਯੋਜਨਾ ਨਾਲ ਪੂਰੇ ਸ਼ਹਿਰ ਨੂੰ ਫ਼ਾਇਦਾ ਹੋਵੇਗਾ",
    "ਅਸੀਂ ਲੋਕਾਂ ਨੂੰ ਪਰੇਸ਼ਾਨ ਨਹੀਂ ਹੋਣ ਦੇਵਾਂਗੇ",
    "ਕੰਮ ਤੈਅ ਸਮੇਂ ਵਿੱਚ ਪੂਰਾ ਹੋ ਜਾਵੇਗਾ",
    "ਲੋਕਾਂ ਨੂੰ ਥੋੜ੍ਹਾ ਸਬਰ ਰੱਖਣਾ ਪਵੇਗਾ",
    "ਅਸੀਂ ਸਾਲਾਂ ਤੋਂ ਇਸ ਫ਼ੈਸਲੇ ਦੀ ਉਡੀਕ ਕਰ ਰਹੇ ਸੀ",
    "ਫੰਡ ਮਨਜ਼ੂਰ ਹੋ ਗਏ ਹਨ, ਹੁਣ ਕੰਮ ਸ਼ੁਰੂ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ",
    "ਇਸ ਪ੍ਰੋਜੈਕਟ ਵਿੱਚ ਕੋਈ ਗੜਬੜੀ ਬਰਦਾਸ਼ਤ ਨਹੀਂ ਕੀਤੀ ਜਾਵੇਗੀ",
    "ਬਰਸਾਤ ਤੋਂ ਪਹਿਲਾਂ ਕੰਮ ਪੂਰਾ ਕਰਨਾ ਸਾਡਾ ਟੀਚਾ ਹੈ",
    "ਸਥਾਨਕ ਲੋਕਾਂ ਦੇ ਸੁਝਾਵਾਂ ਨੂੰ ਧਿਆਨ ਵਿੱਚ ਰੱਖਿਆ ਜਾਵੇਗਾ",
    "ਪ੍ਰਭਾਵਿਤ ਪਰਿਵਾਰਾਂ ਦਾ ਕੀ ਬਣੇਗਾ, ਇਹ ਕੋਈ ਨਹੀਂ ਦੱਸ ਰਿਹਾ",
)
PA_SUBHEADS = (
    "ਹੁਣ ਅੱਗੇ ਕੀ?",
    "ਲੋਕਾਂ ਦੀ ਪ੍ਰਤੀਕਿਰਿਆ",
    "ਕਿੰਨਾ ਖ਼ਰਚਾ ਆਵੇਗਾ?",
    "ਵਿਰੋਧੀ ਧਿਰ ਦਾ ਪੱਖ",
    "ਪੂਰਾ ਮਾਮਲਾ",
    "ਸਮਾਂ-ਸੀਮਾ",
    "ਪੁਰਾਣਾ ਵਿਵਾਦ",
)
PA_MONTHS = _w("ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ")


class PunjabiProse(Prose):
    """Punjabi (Gurmukhi) city news: "ਨੇ" after an oblique subject, sentences closed with "।"."""

    lang = "pa"

    def person(self) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            last = "ਸਿੰਘ" if rng.random() < 0.5 else f"ਸਿੰਘ {rng.choice(PA_SURNAMES)}"
            return f"{rng.choice(PA_MEN)} {last}"
        return f"{rng.choice(PA_WOMEN)} {'ਕੌਰ' if rng.random() < 0.6 else rng.choice(PA_SURNAMES)}"

    def place(self) -> str:
        return self.rng.choice(_BRANDS[self.lang])

    def city(self) -> tuple[str, str]:
        return self.rng.choice(PA_CITIES)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        post, phrase, _ = rng.choice(PA_VERBS)
        when = f" {rng.choice(PA_TIMES)}" if time else ""
        return f"{rng.choice(PA_AGENTS)} ਨੇ{when} {rng.choice(PA_OBJECTS)[1]} {post} {phrase}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"“{rng.choice(PA_SAYINGS)}”, {rng.choice(PA_ROLES)} {self.person()} ਨੇ ਕਿਹਾ।"
        if r < 0.25:
            return f"{rng.choice(PA_SOURCES)} {self.clause(time=rng.random() < 0.6)}।"
        if r < 0.38:
            return f"{rng.choice(PA_LINKS)} {self.clause(time=rng.random() < 0.5)}।"
        if r < 0.52:
            return rng.choice(
                (
                    f"ਇਸ ਯੋਜਨਾ ਦੀ ਕੁੱਲ ਲਾਗਤ {rng.randint(12, 900)} ਕਰੋੜ ਰੁਪਏ ਹੈ।",
                    f"ਕੰਮ ਲਗਭਗ {rng.randint(4, 30)} ਮਹੀਨਿਆਂ ਵਿੱਚ ਪੂਰਾ ਹੋਵੇਗਾ।",
                    f"ਮਤੇ ਦੇ ਹੱਕ ਵਿੱਚ {rng.randint(20, 150)} ਮੈਂਬਰਾਂ ਨੇ ਵੋਟ ਪਾਈ।",
                    f"ਹੁਣ ਤੱਕ {10 * rng.randint(30, 900)} ਲੋਕਾਂ ਨੇ ਮੰਗ ਪੱਤਰ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ ਹਨ।",
                    f"ਕੁੱਲ ਖ਼ਰਚੇ ਦਾ {rng.randint(2, 8)}0 ਫ਼ੀਸਦੀ ਕੇਂਦਰ ਸਰਕਾਰ ਦੇਵੇਗੀ।",
                    f"ਇਹ ਪ੍ਰੋਜੈਕਟ {rng.randint(2027, 2030)} ਤੱਕ ਮੁਕੰਮਲ ਹੋਣ ਦੀ ਉਮੀਦ ਹੈ।",
                )
            )
        if r < 0.75:
            obl = self.city()[1]
            return rng.choice(
                (
                    f"{obl} ਦੇ ਲੋਕ ਸਾਲਾਂ ਤੋਂ ਇਸ ਫ਼ੈਸਲੇ ਦੀ ਉਡੀਕ ਕਰ ਰਹੇ ਸਨ।",
                    f"ਹਾਲ ਹੀ ਵਿੱਚ {obl} ਵਿੱਚ ਵੀ ਅਜਿਹੀ ਸਥਿਤੀ ਪੈਦਾ ਹੋਈ ਸੀ।",
                    f"{obl} ਵਿੱਚ ਹਾਲੇ ਵੀ ਹਾਲਾਤ ਨਹੀਂ ਬਦਲੇ।",
                    "ਇਸ ਮੁੱਦੇ ਉੱਤੇ ਅਗਲੇ ਮਹੀਨੇ ਹੋਣ ਵਾਲੀ ਮੀਟਿੰਗ ਵਿੱਚ ਮੁੜ ਚਰਚਾ ਹੋਵੇਗੀ।",
                    f"{obl} ਵਿੱਚ ਹੋਈ ਮੀਟਿੰਗ ਵਿੱਚ ਵੱਡੀ ਗਿਣਤੀ ਵਿੱਚ ਲੋਕ ਸ਼ਾਮਲ ਹੋਏ।",
                )
            )
        return f"{self.clause(time=True)}।"

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        _, _, head = rng.choice(PA_VERBS)
        nom, obl = rng.choice(PA_OBJECTS)
        if r < 0.4:
            return f"{rng.choice(PA_AGENTS)} ਵੱਲੋਂ {head.format(nom=nom, obl=obl)}"
        if r < 0.7:
            return f"{self.city()[0]}: {head.format(nom=nom, obl=obl)}"
        if r < 0.88:
            return self.clause()
        return f"{self.person()}: “{rng.choice(PA_SAYINGS)}”"

    def subheading(self) -> str:
        return self.rng.choice(PA_SUBHEADS)


PA_UI: dict[str, tuple[str, ...]] = {
    "nav": ("ਮੁੱਖ ਪੰਨਾ", "ਪੰਜਾਬ", "ਦੇਸ਼", "ਵਿਦੇਸ਼", "ਦੋਆਬਾ", "ਮਾਝਾ", "ਮਾਲਵਾ", "ਖੇਡਾਂ", "ਮਨੋਰੰਜਨ", "ਵੀਡੀਓ"),
    "sections": ("ਪੰਜਾਬ", "ਲੁਧਿਆਣਾ", "ਜਲੰਧਰ", "ਸਿਆਸਤ", "ਸਿੱਖਿਆ", "ਖੇਤੀਬਾੜੀ"),
    "related": ("ਸਬੰਧਿਤ ਖ਼ਬਰਾਂ",),
    "read_more": ("ਇਹ ਵੀ ਪੜ੍ਹੋ:",),
    "by": ("ਲੇਖਕ:",),
    "desks": ("ਸਟਾਫ਼ ਰਿਪੋਰਟਰ", "ਵਿਸ਼ੇਸ਼ ਪੱਤਰਕਾਰ", "ਡਿਜੀਟਲ ਡੈਸਕ"),
    "share": ("ਇਹ ਖ਼ਬਰ ਸਾਂਝੀ ਕਰੋ", "ਦੋਸਤਾਂ ਨਾਲ ਸਾਂਝਾ ਕਰੋ"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "ਲਿੰਕ ਕਾਪੀ ਕਰੋ"),
    "newsletter": ("ਅਹਿਮ ਖ਼ਬਰਾਂ ਰੋਜ਼ਾਨਾ ਆਪਣੀ ਈਮੇਲ ਵਿੱਚ ਪ੍ਰਾਪਤ ਕਰੋ",),
    "comments": ("ਪਾਠਕਾਂ ਦੀਆਂ ਟਿੱਪਣੀਆਂ ਜਾਂਚ ਤੋਂ ਬਾਅਦ ਹੀ ਪ੍ਰਕਾਸ਼ਿਤ ਹੁੰਦੀਆਂ ਹਨ",),
    "cookie": ("ਬਿਹਤਰ ਤਜਰਬੇ ਲਈ ਇਹ ਵੈੱਬਸਾਈਟ ਕੂਕੀਜ਼ ਦੀ ਵਰਤੋਂ ਕਰਦੀ ਹੈ",),
    "ad": ("ਇਸ਼ਤਿਹਾਰ",),
    "copyright": ("© {year} {name}. ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ।",),
    "disclaimer": ("ਇਸ ਵੈੱਬਸਾਈਟ ਦੀਆਂ ਖ਼ਬਰਾਂ ਬਿਨਾਂ ਇਜਾਜ਼ਤ ਦੁਬਾਰਾ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕੀਤੀਆਂ ਜਾ ਸਕਦੀਆਂ।",),
    "tagline": ("{since} ਤੋਂ ਤੁਹਾਡਾ ਭਰੋਸੇਯੋਗ ਅਖ਼ਬਾਰ",),
    "bio": (
        "{author} {since2} ਤੋਂ {name} ਲਈ {beat} ਬਾਰੇ ਲਿਖ ਰਹੇ ਹਨ।",
        "{author} {name} ਨਾਲ {since2} ਤੋਂ ਜੁੜੇ ਹੋਏ ਹਨ ਅਤੇ {beat} ਦੀਆਂ ਖ਼ਬਰਾਂ ਕਵਰ ਕਰਦੇ ਹਨ।",
    ),
    "beats": ("ਸ਼ਹਿਰੀ ਵਿਕਾਸ", "ਆਵਾਜਾਈ", "ਸਿੱਖਿਆ", "ਸਿਹਤ", "ਖੇਤੀਬਾੜੀ"),
    "editorial": ("ਇਹ ਖ਼ਬਰ {name} ਦੀ ਵਿਸ਼ੇਸ਼ ਲੜੀ ਦਾ ਹਿੱਸਾ ਹੈ।",),
    "classified": ("ਸ਼ਹਿਰ ਦੇ ਵਿਚਕਾਰ ਦੋ ਕਮਰਿਆਂ ਵਾਲਾ ਮਕਾਨ ਕਿਰਾਏ ਲਈ ਖ਼ਾਲੀ ਹੈ।",),
    "subscribe": ("ਸਾਡੇ WhatsApp ਚੈਨਲ ਨਾਲ ਜੁੜੋ",),
}


# --- Malayalam ---------------------------------------------------------------------------------

ML_FIRST = _w("രാജേഷ് സുരേഷ് അനിൽ ബിജു ഷാജി സന്തോഷ് പ്രദീപ് മനോജ് ശ്രീജിത്ത് ലക്ഷ്മി ദിവ്യ അനിത ബീന രേഷ്മ")
ML_SURNAMES = _w("നായർ മേനോൻ പിള്ള കുമാർ വർഗീസ് ജോസഫ് തോമസ് കുര്യൻ മാത്യു")
# (nominative, locative)
ML_CITIES: tuple[tuple[str, str], ...] = (
    ("തിരുവനന്തപുരം", "തിരുവനന്തപുരത്ത്"),
    ("കൊച്ചി", "കൊച്ചിയിൽ"),
    ("കോഴിക്കോട്", "കോഴിക്കോട്ട്"),
    ("തൃശൂർ", "തൃശൂരിൽ"),
    ("കൊല്ലം", "കൊല്ലത്ത്"),
    ("കണ്ണൂർ", "കണ്ണൂരിൽ"),
    ("ആലപ്പുഴ", "ആലപ്പുഴയിൽ"),
    ("പാലക്കാട്", "പാലക്കാട്ട്"),
    ("കോട്ടയം", "കോട്ടയത്ത്"),
    ("മലപ്പുറം", "മലപ്പുറത്ത്"),
    ("പത്തനംതിട്ട", "പത്തനംതിട്ടയിൽ"),
)
# (subject, people: a headline "എതിർപ്പുമായി ... രംഗത്ത്" fits)
ML_AGENTS: tuple[tuple[str, bool], ...] = (
    ("നഗരസഭ", False),
    ("സംസ്ഥാന സർക്കാർ", False),
    ("ജില്ലാ ഭരണകൂടം", False),
    ("കോർപറേഷൻ കൗൺസിൽ", False),
    ("മേയർ", False),
    ("ജില്ലാ കലക്ടർ", False),
    ("പ്രതിപക്ഷം", True),
    ("നാട്ടുകാർ", True),
    ("വ്യാപാരികൾ", True),
    ("കർഷകർ", True),
    ("രക്ഷിതാക്കൾ", True),
)
# (nominative, accusative, dative)
ML_OBJECTS: tuple[tuple[str, str, str], ...] = (
    ("പുതിയ ബജറ്റ്", "പുതിയ ബജറ്റിനെ", "പുതിയ ബജറ്റിന്"),
    ("മേൽപ്പാല പദ്ധതി", "മേൽപ്പാല പദ്ധതിയെ", "മേൽപ്പാല പദ്ധതിക്ക്"),
    ("കുടിവെള്ള പദ്ധതി", "കുടിവെള്ള പദ്ധതിയെ", "കുടിവെള്ള പദ്ധതിക്ക്"),
    ("കെട്ടിട നികുതി വർധന", "കെട്ടിട നികുതി വർധനയെ", "കെട്ടിട നികുതി വർധനയ്ക്ക്"),
    ("ബസ് സ്റ്റാൻഡ് നവീകരണം", "ബസ് സ്റ്റാൻഡ് നവീകരണത്തെ", "ബസ് സ്റ്റാൻഡ് നവീകരണത്തിന്"),
    ("പുതിയ സ്കൂൾ കെട്ടിടം", "പുതിയ സ്കൂൾ കെട്ടിടത്തെ", "പുതിയ സ്കൂൾ കെട്ടിടത്തിന്"),
    ("ഭൂഗർഭ ഡ്രെയിനേജ് പദ്ധതി", "ഭൂഗർഭ ഡ്രെയിനേജ് പദ്ധതിയെ", "ഭൂഗർഭ ഡ്രെയിനേജ് പദ്ധതിക്ക്"),
    ("റോഡ് വികസന പദ്ധതി", "റോഡ് വികസന പദ്ധതിയെ", "റോഡ് വികസന പദ്ധതിക്ക്"),
    ("മെട്രോ വിപുലീകരണം", "മെട്രോ വിപുലീകരണത്തെ", "മെട്രോ വിപുലീകരണത്തിന്"),
    ("താലൂക്ക് ആശുപത്രി നവീകരണം", "താലൂക്ക് ആശുപത്രി നവീകരണത്തെ", "താലൂക്ക് ആശുപത്രി നവീകരണത്തിന്"),
    ("പാർക്കിങ് ഫീസ് വർധന", "പാർക്കിങ് ഫീസ് വർധനയെ", "പാർക്കിങ് ഫീസ് വർധനയ്ക്ക്"),
)
# (the object's case: 0 unmarked, 1 accusative, 2 dative; the verb)
ML_VERBS: tuple[tuple[int, str], ...] = (
    (2, "അംഗീകാരം നൽകി"),
    (1, "എതിർത്തു"),
    (0, "തള്ളി"),
    (0, "മാറ്റിവച്ചു"),
    (0, "പ്രഖ്യാപിച്ചു"),
    (0, "അവലോകനം ചെയ്തു"),
    (1, "വിമർശിച്ചു"),
    (0, "ഉദ്ഘാടനം ചെയ്തു"),
    (1, "പിന്തുണച്ചു"),
    (2, "പച്ചക്കൊടി കാട്ടി"),
)
ML_TIMES = ("ചൊവ്വാഴ്ച", "ഇന്നലെ", "ഈ ആഴ്ച", "നീണ്ട ചർച്ചയ്ക്കൊടുവിൽ", "ഏകകണ്ഠമായി", "ഒടുവിൽ", "അടിയന്തര യോഗത്തിൽ", "ബുധനാഴ്ച")
ML_SOURCES = ("ഔദ്യോഗിക വിവരമനുസരിച്ച്,", "ഞങ്ങളുടെ ലേഖകൻ നൽകുന്ന വിവരമനുസരിച്ച്,", "നഗരസഭാ വൃത്തങ്ങൾ അറിയിച്ചതനുസരിച്ച്,")
ML_LINKS = ("കൂടാതെ,", "എന്നാൽ,", "ഇതിനിടെ,", "അതേസമയം,")
ML_ROLES = ("മേയർ", "ജില്ലാ കലക്ടർ", "കൗൺസിലർ", "നഗരസഭാ സെക്രട്ടറി", "വ്യാപാരി സംഘടനാ പ്രസിഡന്റ്", "സ്കൂൾ പ്രധാനാധ്യാപകൻ")
ML_SAYINGS = (
    "ഈ പദ്ധതി നഗരത്തിന് മുഴുവൻ ഗുണം ചെയ്യും",
    "ജനങ്ങളെ ബുദ്ധിമുട്ടിക്കില്ല",
    "പണികൾ നിശ്ചിത സമയത്തിനുള്ളിൽ പൂർത്തിയാകും",
    "ജനങ്ങൾ അൽപം ക്ഷമിക്കണം",
    "വർഷങ്ങളായി ഈ തീരുമാനത്തിനായി കാത്തിരിക്കുകയായിരുന്നു",
    "ഫണ്ട് അനുവദിച്ചു കഴിഞ്ഞു, ഇനി പണി തുടങ്ങണം",
    "പദ്ധതിയിൽ ഒരു ക്രമക്കേടും അനുവദിക്കില്ല",
    "മഴക്കാലത്തിനു മുൻപ് പണി പൂർത്തിയാക്കുകയാണ് ലക്ഷ്യം",
    "നാട്ടുകാരുടെ നിർദേശങ്ങൾ പരിഗണിക്കും",
    "ദുരിതം നേരിടുന്ന കുടുംബങ്ങളുടെ കാര്യം ആരും പറയുന്നില്ല",
)
ML_SUBHEADS = (
    "ഇനി എന്ത്?",
    "നാട്ടുകാരുടെ പ്രതികരണം",
    "ചെലവ് എത്ര?",
    "പ്രതിപക്ഷ നിലപാട്",
    "വിശദാംശങ്ങൾ",
    "സമയക്രമം",
    "വർഷങ്ങൾ നീണ്ട തർക്കം",
)
ML_MONTHS = _w("ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ")


def ml_adnominal(loc: str) -> str:
    """The locative made adnominal ("കൊച്ചിയിൽ" -> "കൊച്ചിയിലെ", "കൊല്ലത്ത്" -> "കൊല്ലത്തെ")."""
    return loc[:-1] + "ലെ" if loc.endswith("ൽ") else loc[:-1] + "െ"


class MalayalamProse(Prose):
    """Malayalam district news: no agreement, the object's case as the verb wants."""

    lang = "ml"

    def place(self) -> str:
        return self.rng.choice(_BRANDS[self.lang])

    def city(self) -> tuple[str, str]:
        return self.rng.choice(ML_CITIES)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        case, verb = rng.choice(ML_VERBS)
        when = f" {rng.choice(ML_TIMES)}" if time else ""
        return f"{rng.choice(ML_AGENTS)[0]}{when} {rng.choice(ML_OBJECTS)[case]} {verb}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"“{rng.choice(ML_SAYINGS)}” എന്ന് {rng.choice(ML_ROLES)} {self.person()} പറഞ്ഞു."
        if r < 0.25:
            return f"{rng.choice(ML_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            return f"{rng.choice(ML_LINKS)} {self.clause(time=rng.random() < 0.5)}."
        if r < 0.52:
            return rng.choice(
                (
                    f"പദ്ധതിയുടെ ആകെ ചെലവ് {rng.randint(12, 900)} കോടി രൂപയാണ്.",
                    f"പണികൾ ഏകദേശം {rng.randint(4, 30)} മാസത്തിനുള്ളിൽ പൂർത്തിയാകും.",
                    f"പ്രമേയത്തെ അനുകൂലിച്ച് {rng.randint(20, 150)} അംഗങ്ങൾ വോട്ട് ചെയ്തു.",
                    f"ഇതുവരെ {10 * rng.randint(30, 900)} പേർ നിവേദനത്തിൽ ഒപ്പുവച്ചു.",
                    f"ആകെ ചെലവിന്റെ {rng.randint(2, 8)}0 ശതമാനം കേന്ദ്ര സർക്കാർ വഹിക്കും.",
                    f"പദ്ധതി {rng.randint(2027, 2030)}-ഓടെ പൂർത്തിയാകുമെന്നാണ് പ്രതീക്ഷ.",
                )
            )
        if r < 0.75:
            _, loc = self.city()
            return rng.choice(
                (
                    f"{ml_adnominal(loc)} ജനങ്ങൾ വർഷങ്ങളായി ഈ തീരുമാനത്തിനായി കാത്തിരിക്കുകയായിരുന്നു.",
                    f"അടുത്തിടെ {loc} സമാനമായ സാഹചര്യം ഉണ്ടായിരുന്നു.",
                    f"{loc} ഇപ്പോഴും സ്ഥിതിയിൽ മാറ്റമില്ല.",
                    "അടുത്ത മാസം ചേരുന്ന കൗൺസിൽ യോഗത്തിൽ വിഷയം വീണ്ടും ചർച്ച ചെയ്യും.",
                    f"{loc} നടന്ന യോഗത്തിൽ നിരവധി പേർ പങ്കെടുത്തു.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return f"{self.city()[0]}: {self.clause()}"
        if r < 0.6:
            people = [a for a, p in ML_AGENTS if p]
            return f"{rng.choice(ML_OBJECTS)[0]}: എതിർപ്പുമായി {rng.choice(people)} രംഗത്ത്"
        if r < 0.88:
            return self.clause()
        return f"{self.person()}: “{rng.choice(ML_SAYINGS)}”"

    def subheading(self) -> str:
        return self.rng.choice(ML_SUBHEADS)


ML_UI: dict[str, tuple[str, ...]] = {
    "nav": ("ഹോം", "കേരളം", "ഇന്ത്യ", "ലോകം", "ബിസിനസ്", "സ്പോർട്സ്", "സിനിമ", "ആരോഗ്യം", "ഗൾഫ്"),
    "sections": ("കേരളം", "തിരുവനന്തപുരം", "കൊച്ചി", "രാഷ്ട്രീയം", "വിദ്യാഭ്യാസം", "ബിസിനസ്"),
    "related": ("ബന്ധപ്പെട്ട വാർത്തകൾ",),
    "read_more": ("കൂടുതൽ വായിക്കാൻ:",),
    "by": ("എഴുതിയത്:",),
    "desks": ("സ്റ്റാഫ് റിപ്പോർട്ടർ", "പ്രത്യേക ലേഖകൻ", "ഡിജിറ്റൽ ഡെസ്ക്"),
    "share": ("ഈ വാർത്ത പങ്കുവയ്ക്കൂ", "സുഹൃത്തുക്കളുമായി പങ്കിടൂ"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "ലിങ്ക് കോപ്പി ചെയ്യൂ"),
    "newsletter": ("പ്രധാന വാർത്തകൾ ദിവസവും നിങ്ങളുടെ ഇമെയിലിൽ",),
    "comments": ("വായനക്കാരുടെ അഭിപ്രായങ്ങൾ പരിശോധനയ്ക്കു ശേഷം മാത്രമേ പ്രസിദ്ധീകരിക്കൂ",),
    "cookie": ("മികച്ച അനുഭവത്തിനായി ഈ വെബ്സൈറ്റ് കുക്കികൾ ഉപയോഗിക്കുന്നു",),
    "ad": ("പരസ്യം",),
    "copyright": ("© {year} {name}. എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തം.",),
    "disclaimer": ("ഈ വെബ്സൈറ്റിലെ വാർത്തകൾ അനുമതിയില്ലാതെ പുനഃപ്രസിദ്ധീകരിക്കരുത്.",),
    "tagline": ("{since} മുതൽ നിങ്ങളുടെ വിശ്വസ്ത വാർത്താ മാധ്യമം",),
    "bio": ("{author} {since2} മുതൽ {name} ൽ {beat} വിഷയങ്ങൾ എഴുതുന്നു.",),
    "beats": ("നഗരവികസനം", "ഗതാഗതം", "വിദ്യാഭ്യാസം", "ആരോഗ്യം", "പരിസ്ഥിതി"),
    "editorial": ("ഈ വാർത്ത {name} പ്രത്യേക പരമ്പരയുടെ ഭാഗമാണ്.",),
    "classified": ("നഗരമധ്യത്തിൽ രണ്ട് കിടപ്പുമുറി വീട് വാടകയ്ക്ക്.",),
    "subscribe": ("ഞങ്ങളുടെ WhatsApp ചാനലിൽ ചേരൂ",),
}
ML_WEEKDAYS = _w("തിങ്കൾ ചൊവ്വ ബുധൻ വ്യാഴം വെള്ളി ശനി ഞായർ")


# --- shared pieces -----------------------------------------------------------------------------


def _paths(c: Ctx, make: Callable[[Story], str]) -> None:
    """Give every story of the publisher `make`'s path, a path met twice on the site with "-2"
    (before an ".html" end) and so on, the same on every call."""
    seen: dict[str, int] = {}
    out: dict[int, str] = {}
    for o in c.others:
        p = make(o)
        n = seen.get(p, 0) + 1
        seen[p] = n
        if n > 1:
            p = p[:-5] + f"-{n}.html" if p.endswith(".html") else f"{p}-{n}"
        out[id(o)] = p
    c.repath(lambda o: out[id(o)])


def _ids(c: Ctx, base: int, step: int) -> Callable[[Story], int]:
    """A story's numeric id on its site: rising with the publication order from `base`, by about
    `step` a story."""
    return lambda o: base + step * c.others.index(o) + random.Random(f"holm-id-{o.title}").randrange(step)


def _body(c: Ctx, para: str = "<p>{}</p>", head: str = "<{tag}>{}</{tag}>", ul: str = "<ul>") -> list[str]:
    """The story's blocks as HTML (`kit._story_html`): a paragraph in `para`, a subheading in
    `head`, a list opened with `ul`."""
    return _story_html(
        c,
        lambda h: para.replace("{}", h),
        lambda tag, h: head.replace("{tag}", tag).replace("{}", h),
        lambda h: f"<blockquote>{h}</blockquote>",
        lambda items: ul + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
    )


def _finish(c: Ctx, lines: list[str], cls: str, button: str) -> str:
    """The page's end (`kit._end_page`), the in-text topic links given Latin slugs."""
    html = _end_page(c, lines, cls, button)
    return re.sub(
        r'<a href="/topic/[^"]*">([^<]*)</a>',
        lambda m: f'<a href="/topic/{latin_slug(m[1], 40) or "news"}">{m[1]}</a>',
        html,
    )


def _share(c: Ctx, cls: str) -> str:
    label, sites = c.share()
    return _share_div(cls, label, sites)


# --- gu-samachar-portal ------------------------------------------------------------------------

GU_FOOTER = ("અમારા વિશે", "સંપર્ક કરો", "જાહેરાત માટે", "પ્રાઇવસી પોલિસી", "નિયમો અને શરતો")
GU_CAPTIONS = (
    "સામાન્ય સભામાં હાજર રહેલા કોર્પોરેટરો",
    "શહેરમાં ચાલી રહેલું રસ્તાનું કામ",
    "મહાનગરપાલિકાની કચેરીનું મકાન",
    "રજૂઆત કરવા આવેલા સ્થાનિક રહીશો",
    "પ્રોજેક્ટ સ્થળની મુલાકાત લેતા અધિકારીઓ",
)
GU_CREDITS = ("ફાઇલ તસવીર", "સોશિયલ મીડિયા", "અમારા ફોટોગ્રાફર")


def gu_date(d: datetime) -> str:
    """ "શનિવાર, ૦૭ માર્ચ ૨૦૨૬, ૧૪:૩૦ IST" (Gujarati digits)."""
    return (
        gu_digits(f"{GU_WEEKDAYS[d.weekday()]}, {d:%d} {GU_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}") + " IST"
    )


def render_gu_samachar_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("gu")
    v = pub.index % 2  # 0: a custom PHP portal, 1: a WordPress news theme
    number = _ids(c, site.randint(90_000, 990_000), 37)
    _paths(c, lambda o: f"/news/{GU_SECTION_SLUGS[o.section]}/{number(o)}-{latin_slug(o.title)}")
    _listify(c, "gu-list")
    dr = _page_rng(c, "gu")
    prose = GujaratiProse(dr)
    excerpt = _other_sentences(c, prose, 2) if v else ""
    nav = c.nav_items(" ")
    city = prose.city()
    byline = c.snip(f"{s.author.name} | {s.author.desk}, {city}")
    shown = c.snip(f"પ્રકાશિત: {gu_date(d)}")
    caption = c.snip(f"{dr.choice(GU_CAPTIONS)} (તસવીર: {dr.choice(GU_CREDITS)})")
    reads = c.pick_others(2)
    for o in reads:
        c.snip(f"આ પણ વાંચો: {o.title}")
    whatsapp = c.snip(f"તાજા સમાચાર માટે {pub.name}ની WhatsApp ચેનલ સાથે જોડાઓ")
    share = _share(c, "gs-share" if v else "share-strip")
    related = _snip_titles(c, c.pick_others(4))
    top = _snip_titles(c, c.pick_others(5))
    about = c.snip(f"{pub.name} ગુજરાત અને દેશ-વિદેશના તાજા સમાચાર ગુજરાતીમાં આપતું ડિજિટલ ન્યૂઝ પ્લેટફોર્મ છે.")
    c.snip(" ".join(GU_FOOTER[:3]))
    cp = c.copyright()
    body = _body(c, "<p>{}</p>", '<{tag} class="sub-head">{}</{tag}>' if v == 0 else "<{tag}>{}</{tag}>")
    inserts = [
        (
            1 + 2 * k,
            f'<p class="also-read"><strong>આ પણ વાંચો:</strong>'
            f' <a href="{esc(o.path)}">{esc(o.title)}</a></p>',
        )
        for k, o in enumerate(reads)
    ]
    inserts.append(
        (
            2,
            f'<div class="ad-slot"><span class="ad-label">જાહેરાત</span>'
            f'<div id="gpt-{_hex(dr, 8)}"></div></div>',
        )
    )
    body = _insert_after(body, "<p>", inserts, skip='<p class="also-read"')
    title = f"{s.title} | {pub.name}" if v == 0 else f"{s.title} - {pub.name} Gujarati News"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "inLanguage": "gu",
        "articleSection": s.section,
    }
    nav_html = "\n".join(
        f'<li><a href="/news/{GU_SECTION_SLUGS.get(x, "latest")}">{esc(x)}</a></li>' for x in nav
    )
    figure = (
        f'<figure class="{"wp-caption" if v else "article-img"}">'
        f'<img src="/uploads/{d:%Y/%m}/{_hex(dr, 12)}.jpg" '
        f'alt="{esc(s.title)}"><figcaption>{esc(caption)}</figcaption></figure>'
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="gu">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<meta property="article:published_time" content="{c.iso()}">' if v == 0 else "",
        _ldjson(data),
        "</head>",
    ]
    if v == 0:
        lines += [
            '<body class="article-detail">',
            f'<header class="top-header"><a class="logo" href="/">{esc(pub.name)}</a>',
            f'<ul class="main-menu">{nav_html}</ul></header>',
            '<div class="container"><div class="col-main"><article class="news-article">',
            f"<h1>{esc(s.title)}</h1>",
            f'<div class="article-meta"><span class="author">{esc(byline)}</span>\n'
            f'<span class="date">{esc(shown)}</span></div>',
            share,
            figure,
            '<div class="article-content">',
            *body,
            "</div>",
            f'<div class="wa-channel"><a href="https://whatsapp.com/channel/{_hex(site, 12)}">'
            f"{esc(whatsapp)}</a></div>",
            "</article>",
            '<section class="related-news"><h3>સંબંધિત સમાચાર</h3><ul>' + _links(related) + "</ul></section>",
            "</div>",
            '<aside class="col-side"><h3>ટોપ ન્યૂઝ</h3><ol>' + _links(top) + "</ol></aside></div>",
            f'<footer class="site-footer"><p class="about">{esc(about)}</p><ul>'
            + _footer_links(GU_FOOTER)
            + "</ul>",
            f"<p>{esc(cp)}</p></footer>",
        ]
    else:
        lines += [
            '<body class="post-template-default single single-post">',
            f'<header id="masthead" class="site-header"><div class="site-branding">'
            f'<a href="/">{esc(pub.name)}</a></div>',
            f'<nav id="site-navigation" class="main-navigation">'
            f'<ul class="menu">{nav_html}</ul></nav></header>',
            '<div id="content" class="site-content"><main id="main"><article class="post type-post">',
            f'<header class="entry-header"><span class="cat-links"><a href="#">{esc(s.section)}</a></span>',
            f'<h1 class="entry-title">{esc(s.title)}</h1>',
            f'<p class="gs-excerpt">{esc(excerpt)}</p>',
            f'<div class="entry-meta"><span class="byline">{esc(byline)}</span>\n'
            f'<time class="entry-date published" datetime="{c.iso()}">{esc(shown)}</time></div></header>',
            figure,
            '<div class="entry-content">',
            *body,
            "</div>",
            share,
            f'<p class="wa-follow"><a href="https://whatsapp.com/channel/{_hex(site, 12)}">'
            f"{esc(whatsapp)}</a></p>",
            '<div class="related-posts"><h3 class="widget-title">સંબંધિત સમાચાર</h3>'
            + _links(related, '<div class="related-item">{}</div>')
            + "</div>",
            "</article></main>",
            '<aside id="secondary" class="widget-area"><section class="widget">'
            '<h2 class="widget-title">ટોપ ન્યૂઝ</h2><ul>' + _links(top) + "</ul></section></aside></div>",
            f'<footer id="colophon"><div class="footer-about">{esc(about)}</div><ul class="footer-menu">'
            + _footer_links(GU_FOOTER)
            + f'</ul><div class="site-info">{esc(cp)}</div></footer>',
        ]
    return _finish(c, lines, "cookie-consent", "સંમત છું")


# --- te-varthalu-site --------------------------------------------------------------------------

TE_FOOTER = ("మా గురించి", "సంప్రదించండి", "ప్రకటనల కోసం", "ప్రైవసీ పాలసీ", "నియమ నిబంధనలు")
TE_TAGS = ("తెలంగాణ", "నగరపాలక సంస్థ", "బడ్జెట్", "రోడ్లు", "తాగునీరు", "మెట్రో", "హైదరాబాద్")


def te_date(d: datetime) -> str:
    """ "శనివారం, మార్చి 07, 2026 | 14:30 IST"."""
    return f"{TE_WEEKDAYS[d.weekday()]}, {TE_MONTHS[d.month - 1]} {d:%d}, {d.year} | {d:%H:%M} IST"


def render_te_varthalu_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("te")
    v = pub.index % 2  # 0: a custom portal, 1: a Drupal-like site
    number = _ids(c, site.randint(1_200_000, 2_400_000), 211)
    _paths(c, lambda o: f"/telangana/{number(o)}/{latin_slug(o.title)}.html")
    _listify(c, "te-list")
    dr = _page_rng(c, "te")
    nav = c.nav_items(" ")
    byline = c.snip(f"{s.author.name}, {s.author.desk}, {TeluguProse(dr).city()[0]}")
    shown = c.snip(f"ప్రచురణ: {te_date(d)}")
    reads = c.pick_others(2)
    for o in reads:
        c.snip(f"ఇవి కూడా చదవండి: {o.title}")
    wa = c.snip(f"తాజా వార్తల కోసం {pub.name} WhatsApp ఛానల్‌ను ఫాలో అవ్వండి")
    tg = c.snip("టెలిగ్రామ్ ఛానల్‌లో చేరేందుకు ఇక్కడ క్లిక్ చేయండి")
    share = _share(c, "social-share")
    tags = dr.sample(TE_TAGS, 3)
    c.snip("ట్యాగ్స్: " + ", ".join(tags))
    related = _snip_titles(c, c.pick_others(4))
    trending = _snip_titles(c, c.pick_others(5))
    about = c.snip(f"{pub.name} తెలంగాణ, ఆంధ్రప్రదేశ్ తాజా వార్తలను తెలుగులో అందిస్తుంది.")
    c.snip(" ".join(TE_FOOTER[:3]))
    cp = c.copyright()
    body = _body(c, "<p>{}</p>", "<{tag}>{}</{tag}>", '<ul class="story-list">')
    inserts = [
        (
            1 + 2 * k,
            f'<p class="also-read"><b>ఇవి కూడా చదవండి:</b> <a href="{esc(o.path)}">{esc(o.title)}</a></p>',
        )
        for k, o in enumerate(reads)
    ]
    inserts.append((3, f'<div class="ad_box" id="ad-{_hex(dr, 6)}"><small>ప్రకటన</small></div>'))
    body = _insert_after(body, "<p>", inserts, skip='<p class="also-read"')
    related_html = '<div class="related-block"><h4>సంబంధిత వార్తలు</h4><ul>' + _links(related) + "</ul></div>"
    channel = (
        '<div class="channel-prompt">'
        f'<p><a href="https://whatsapp.com/channel/{_hex(site, 14)}">{esc(wa)}</a></p>'
        f'<p><a href="https://t.me/{_slug(pub.name).replace("-", "")}">{esc(tg)}</a></p></div>'
    )
    title = f"{s.title} | {pub.name}" if v == 0 else f"{s.title} - {pub.name}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "te",
        "keywords": ", ".join(tags),
    }
    tag_line = (
        '<div class="tags">ట్యాగ్స్: '
        + ", ".join(f'<a href="/tags/{latin_slug(t)}">{esc(t)}</a>' for t in tags)
        + "</div>"
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="te">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="node-type-article">' if v else "<body>",
        f'<header><div class="logo"><a href="/">{esc(pub.name)}</a></div><nav class="menu">'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in nav)
        + "</nav></header>",
    ]
    if v == 0:
        lines += [
            '<div class="main-wrapper"><div class="article-left">',
            f'<h1 class="article-title">{esc(s.title)}</h1>',
            f'<div class="article-info"><span class="reporter">{esc(byline)}</span>\n'
            f'<span class="pub-date">{esc(shown)}</span></div>',
            share,
            f'<div class="article-img"><img src="/images/{_hex(dr, 10)}.jpg" alt="">'
            f'<span class="credit">ఫైల్ ఫోటో</span></div>',
            '<div class="fullstory">',
            *body,
            "</div>",
            channel,
            tag_line,
            related_html,
            "</div>",
            '<div class="article-right"><h4>ట్రెండింగ్</h4><ul>' + _links(trending) + "</ul></div></div>",
        ]
    else:
        lines += [
            '<div class="region-content"><article class="node node-article">',
            f'<h1 class="page-header">{esc(s.title)}</h1>',
            f'<meta itemprop="datePublished" content="{c.iso()}">',
            f'<div class="submitted"><span class="username">{esc(byline)}</span>\n'
            f'<span class="date">{esc(shown)}</span></div>',
            f'<div class="field-name-field-image"><img src="/sites/default/files/{_hex(dr, 10)}.jpg" alt="">'
            '<div class="image-caption">ఫైల్ ఫోటో</div></div>',
            '<div class="field field-name-body"><div class="field-item">',
            *body,
            "</div></div>",
            related_html,
            tag_line,
            share,
            channel,
            "</article>",
            '<div class="region-sidebar"><div class="block-trending"><h2>ట్రెండింగ్</h2><ol>'
            + _links(trending)
            + "</ol></div></div></div>",
        ]
    lines += [
        f'<footer class="footer"><p class="about">{esc(about)}</p><ul>' + _footer_links(TE_FOOTER) + "</ul>",
        f'<p class="copy">{esc(cp)}</p></footer>',
    ]
    return _finish(c, lines, "cookie-bar", "సరే")


# --- pa-khabran-portal -------------------------------------------------------------------------

PA_FOOTER = ("ਸਾਡੇ ਬਾਰੇ", "ਸੰਪਰਕ ਕਰੋ", "ਇਸ਼ਤਿਹਾਰ ਲਈ", "ਪ੍ਰਾਈਵੇਸੀ ਪਾਲਿਸੀ", "ਨਿਯਮ ਅਤੇ ਸ਼ਰਤਾਂ")


def pa_date(d: datetime) -> str:
    """ "07 ਮਾਰਚ 2026, 02:30 PM"."""
    return f"{d:%d} {PA_MONTHS[d.month - 1]} {d.year}, {d:%I:%M} {'AM' if d.hour < 12 else 'PM'}"


def render_pa_khabran_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("pa")
    v = pub.index % 2  # 0: WordPress (a Newspaper-like theme), 1: a custom portal
    number = _ids(c, site.randint(300_000, 1_900_000), 97)
    _paths(c, lambda o: f"/punjab/{latin_slug(o.title)}-{number(o)}")
    _listify(c, "pa-list")
    dr = _page_rng(c, "pa")
    nav = c.nav_items(" ")
    crumb = c.snip(f"ਮੁੱਖ ਪੰਨਾ » ਪੰਜਾਬ » {s.section} » {PunjabiProse(dr).city()[0]}")
    reporter = c.snip(f"ਰਿਪੋਰਟ: {s.author.name}, {s.author.desk}")
    shown = c.snip(f"ਪ੍ਰਕਾਸ਼ਿਤ: {pa_date(d)}")
    reads = c.pick_others(2)
    for o in reads:
        c.snip(f"ਇਹ ਵੀ ਪੜ੍ਹੋ: {o.title}")
    bio = c.bio()
    share = _share(c, "td-post-sharing" if v == 0 else "share-buttons")
    related = _snip_titles(c, c.pick_others(4))
    latest = _snip_titles(c, c.pick_others(5))
    youtube = c.snip(f"ਤਾਜ਼ਾ ਵੀਡੀਓ ਖ਼ਬਰਾਂ ਲਈ {pub.name} ਦਾ YouTube ਚੈਨਲ ਸਬਸਕ੍ਰਾਈਬ ਕਰੋ")
    about = c.snip(f"{pub.name} ਪੰਜਾਬ ਅਤੇ ਦੁਨੀਆ ਭਰ ਦੀਆਂ ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ ਪੰਜਾਬੀ ਵਿੱਚ ਪੇਸ਼ ਕਰਦਾ ਹੈ।")
    c.snip(" ".join(PA_FOOTER[:3]))
    cp = c.copyright()
    body = _body(c, "<p>{}</p>", "<{tag}>{}</{tag}>", "<ul>")
    inserts = [
        (
            1 + 2 * k,
            f'<p class="read-also"><strong>ਇਹ ਵੀ ਪੜ੍ਹੋ:</strong>'
            f' <a href="{esc(o.path)}">{esc(o.title)}</a></p>',
        )
        for k, o in enumerate(reads)
    ]
    inserts.append(
        (
            1,
            f'<div class="ad-block"><p class="ad-title">ਇਸ਼ਤਿਹਾਰ</p>'
            f'<ins class="adsbygoogle" data-ad-slot="{dr.randint(10**9, 10**10 - 1)}"></ins></div>',
        )
    )
    body = _insert_after(body, "<p>", inserts, skip='<p class="read-also"')
    author_box = (
        f'<div class="{"td-author-box" if v == 0 else "author-box"}">'
        f'<img src="/authors/{latin_slug(s.author.name)}.jpg" alt="">'
        f'<div class="author-name"><a href="/author/{latin_slug(s.author.name)}">'
        f"{esc(s.author.name)}</a></div>"
        f'<p class="author-bio">{esc(bio)}</p></div>'
    )
    title = f"{s.title} - {pub.name}" if v == 0 else f"{s.title} | {pub.name} Punjabi"
    head = [
        "<!DOCTYPE html>",
        '<html lang="pa-IN">' if v == 0 else '<html lang="pa">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
    ]
    if v == 0:
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "headline": s.title,
                    "datePublished": c.iso(),
                    "author": {"name": s.author.name},
                    "inLanguage": "pa",
                },
                {"@type": "WebPage", "@id": c.url(), "url": c.url(), "name": title},
                {"@type": "Organization", "name": pub.name},
            ],
        }
        head.append(_ldjson(graph))
    head.append("</head>")
    menu = "\n".join(f'<li class="menu-item"><a href="#">{esc(x)}</a></li>' for x in nav)
    if v == 0:
        lines = head + [
            '<body class="post-template-default single single-post td-standard-pack">',
            f'<div class="td-header-wrap"><div class="td-logo"><a href="/">{esc(pub.name)}</a></div>'
            f'<ul class="sf-menu">{menu}</ul></div>',
            '<div class="td-main-content-wrap"><div class="td-ss-main-content"><article class="post">',
            f'<div class="entry-crumbs">{esc(crumb)}</div>',
            f'<header class="td-post-title"><h1 class="entry-title">{esc(s.title)}</h1>',
            f'<div class="td-module-meta-info"><div class="td-post-author-name">{esc(reporter)}</div>\n'
            f'<span class="td-post-date">'
            f'<time class="entry-date" datetime="{c.iso()}">{esc(shown)}</time></span></div></header>',
            share,
            '<div class="td-post-content tagdiv-type">',
            *body,
            "</div>",
            author_box,
            '<div class="td-related-row"><h4 class="td-related-title">ਸਬੰਧਿਤ ਖ਼ਬਰਾਂ</h4>'
            + _links(related, '<div class="td_module_related_posts"><h3>{}</h3></div>')
            + "</div>",
            "</article></div>",
            '<div class="td-pb-span4 td-main-sidebar"><div class="widget">'
            '<h4 class="block-title">ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ</h4><ul>'
            + _links(latest)
            + f'</ul></div><div class="widget yt-cta"><a href="https://youtube.com/@{_slug(pub.name)}">{esc(youtube)}</a></div></div></div>',
            f'<div class="td-footer-wrap"><p class="footer-text">{esc(about)}</p><ul>'
            + _footer_links(PA_FOOTER)
            + "</ul>",
            f'<div class="td-sub-footer-copy">{esc(cp)}</div></div>',
        ]
    else:
        lines = head + [
            "<body>",
            f'<header class="header"><a class="brand" href="/">{esc(pub.name)}</a>'
            f'<ul class="nav">{menu}</ul></header>',
            f'<nav class="breadcrumb">{esc(crumb)}</nav>',
            '<main class="story-wrap"><article class="story">',
            f"<h1>{esc(s.title)}</h1>",
            f'<div class="story-meta"><span class="reporter">{esc(reporter)}</span> '
            f'<span class="time">{esc(shown)}</span></div>',
            f'<div class="story-image"><img src="/media/{d:%Y%m}/{_hex(dr, 10)}.jpg" alt=""></div>',
            '<div class="story-content">',
            *body,
            "</div>",
            share,
            author_box,
            f'<p class="yt-cta"><a href="https://youtube.com/@{_slug(pub.name)}">{esc(youtube)}</a></p>',
            "</article>",
            '<aside class="sidebar"><section><h3>ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ</h3><ul>'
            + _links(latest)
            + "</ul></section></aside>",
            "</main>",
            '<section class="related"><h3>ਸਬੰਧਿਤ ਖ਼ਬਰਾਂ</h3><ul>' + _links(related) + "</ul></section>",
            f"<footer><p>{esc(about)}</p><ul>" + _footer_links(PA_FOOTER) + f"</ul><p>{esc(cp)}</p></footer>",
        ]
    return _finish(c, lines, "cookie-notice", "ਠੀਕ ਹੈ")


# --- ml-varthakal-site -------------------------------------------------------------------------

ML_FOOTER = ("ഞങ്ങളെക്കുറിച്ച്", "ബന്ധപ്പെടുക", "പരസ്യങ്ങൾക്ക്", "സ്വകാര്യതാ നയം", "ഉപയോഗ നിബന്ധനകൾ")
ML_CAPTIONS = (
    "കൗൺസിൽ യോഗത്തിൽ നിന്ന്",
    "നഗരത്തിൽ പുരോഗമിക്കുന്ന റോഡ് പണി",
    "നഗരസഭാ ഓഫിസ് കെട്ടിടം",
    "നിവേദനം നൽകാനെത്തിയ നാട്ടുകാർ",
)
ML_CREDITS = ("ഫയൽ ചിത്രം", "മനോജ് കുമാർ", "സമൂഹമാധ്യമം")
COMMENTS_NOTICE = (
    "ഇവിടെ പോസ്റ്റ് ചെയ്യുന്ന അഭിപ്രായങ്ങൾ ഈ വെബ്സൈറ്റിന്റേതല്ല. അഭിപ്രായങ്ങളുടെ പൂർണ ഉത്തരവാദിത്തം"
    " എഴുതുന്നയാൾക്ക് മാത്രമായിരിക്കും. കേന്ദ്ര സർക്കാരിന്റെ ഐടി നയപ്രകാരം അപകീർത്തികരമായ പരാമർശങ്ങൾ"
    " ശിക്ഷാർഹമാണ്."
)


def ml_date(d: datetime) -> str:
    """ "2026 മാർച്ച് 07, 02:30 PM IST"."""
    return f"{d.year} {ML_MONTHS[d.month - 1]} {d:%d}, {d:%I:%M} {'AM' if d.hour < 12 else 'PM'} IST"


def render_ml_varthakal_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    v = pub.index % 2  # 0: a custom CMS, 1: an Arc-like React site
    _paths(c, lambda o: f"/kerala/{o.published:%Y/%m/%d}/{latin_slug(o.title)}.html")
    _listify(c, "ml-list")
    dr = _page_rng(c, "ml")
    prose = MalayalamProse(dr)
    summary = _other_sentences(c, prose, 1) if v else ""
    nav = c.nav_items(" ")
    byline = c.snip(f"{s.author.name}, {s.author.desk}, {prose.city()[0]}")
    shown = c.snip(f"പ്രസിദ്ധീകരിച്ചത്: {ml_date(d)}")
    caption = c.snip(f"{dr.choice(ML_CAPTIONS)}. ചിത്രം: {dr.choice(ML_CREDITS)}")
    reads = c.pick_others(2)
    for o in reads:
        c.snip(f"കൂടുതൽ വായിക്കാൻ: {o.title}")
    share = _share(c, "story-share")
    # the live-updates box: the latest minutes before the story, sentences not in its body
    live: list[tuple[str, str]] = []
    body_text = s.body()
    at = d
    while len(live) < 4:
        x = prose.sentence()
        if x in body_text or any(x == y for _, y in live):
            continue
        at -= timedelta(minutes=dr.randint(4, 40))
        live.append((f"{at:%H:%M}", x))
    for t, x in live:
        c.snip(f"{t} {x}")
    related = _snip_titles(c, c.pick_others(4))
    most = _snip_titles(c, c.pick_others(5))
    notice = c.snip(COMMENTS_NOTICE)
    c.snip(" ".join(ML_FOOTER[:3]))
    cp = c.copyright()
    modified = d + timedelta(minutes=dr.randint(20, 300))
    body = _body(c, "<p>{}</p>", '<{tag} class="story-subhead">{}</{tag}>' if v else "<{tag}>{}</{tag}>")
    inserts = [
        (
            1 + 2 * k,
            '<p class="read-more-inline"><strong>കൂടുതൽ വായിക്കാൻ:</strong>'
            f' <a href="{esc(o.path)}">{esc(o.title)}</a></p>',
        )
        for k, o in enumerate(reads)
    ]
    inserts.append((2, '<div class="advt"><span>പരസ്യം</span><div class="ad-unit"></div></div>'))
    body = _insert_after(body, "<p>", inserts, skip='<p class="read-more-inline"')
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": modified.isoformat(timespec="seconds"),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "inLanguage": "ml",
    }
    live_box = (
        '<div class="live-updates"><h3><span class="live-dot"></span>തത്സമയം</h3><ul>'
        + "".join(f'<li><span class="lu-time">{t}</span> {esc(x)}</li>' for t, x in live)
        + "</ul></div>"
    )
    title = f"{s.title} | {pub.name}" if v == 0 else f"{s.title} - {pub.name} News"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ml">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        "<body>",
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a><nav>'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in nav)
        + "</nav></header>",
        '<div class="page"><main class="story-main"><article>',
        f'<h1 class="story-headline">{esc(s.title)}</h1>',
        f'<h2 class="story-summary">{esc(summary)}</h2>' if v else "",
        f'<div class="story-byline"><span class="author">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">{esc(shown)}</time></div>',
        share,
        f'<figure class="story-image"><img src="/content/dam/{d:%Y/%m/%d}/{_hex(dr, 10)}.jpg" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>",
        f'<div class="{"article-body" if v else "story-content"}">',
        *body,
        "</div>",
        f'<div class="comments-notice"><p>{esc(notice)}</p></div>',
        '<section class="related-stories"><h3>ബന്ധപ്പെട്ട വാർത്തകൾ</h3><ul>' + _links(related) + "</ul></section>",
        "</article></main>",
        '<aside class="sidebar">',
        live_box,
        '<div class="most-read"><h3>കൂടുതൽ വായിച്ചവ</h3><ol>' + _links(most) + "</ol></div>",
        "</aside></div>",
        '<footer class="site-footer"><ul>'
        + _footer_links(ML_FOOTER)
        + f'</ul><p class="copyright">{esc(cp)}</p></footer>',
    ]
    return _finish(c, lines, "cookie-consent", "സമ്മതം")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "gu-samachar-portal": render_gu_samachar_portal,
    "te-varthalu-site": render_te_varthalu_site,
    "pa-khabran-portal": render_pa_khabran_portal,
    "ml-varthakal-site": render_ml_varthakal_site,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402

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
    _share_div,
    _slugged,
    _snip_titles,
    _story_html,
    register_language,
)
from pipeline.synth.publishers import Ctx, Story, _slug, esc  # noqa: E402

# Gujarati, Telugu, Punjabi and Malayalam join the registries (new keys only)
for _lang, _first, _last, _prose, _ui, _months in (
    ("gu", GU_FIRST, GU_SURNAMES, GujaratiProse, GU_UI, GU_MONTHS),
    ("te", TE_FIRST, TE_SURNAMES, TeluguProse, TE_UI, TE_MONTHS),
    ("pa", PA_FIRST, PA_SURNAMES, PunjabiProse, PA_UI, PA_MONTHS),
    ("ml", ML_FIRST, ML_SURNAMES, MalayalamProse, ML_UI, ML_MONTHS),
):
    register_language(
        _lang,
        first_names=_first,
        surnames=_last,
        prose=_prose,
        ui=_ui,
        months=_months,
        zones=("Asia/Kolkata",),
    )
