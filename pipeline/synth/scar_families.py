"""Four SCAR template families for the synthetic publishers (see `pipeline.synth.publishers`).

"scar" is a thirty-second split, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `SCAR_FAMILIES`: the scar families are
generated only by `generate_corpus("scar")`, so every other corpus is as it was. The split is that of
scripts and languages no split had: Khmer (no spaces between words, spaces between phrases), Sinhala
(no letter case), Romanian (with the comma-below letters "ș ț", or the cedilla forms "ş ţ" of older
CMSes) and Serbian in Cyrillic. This module brings the four languages, each with its grammar, names,
UI strings, month names and zone, added to the registries of `pipeline.synth.prose` and
`pipeline.synth.publishers` when the module is loaded (`kit.register_language`, new keys only;
nothing another language uses changes):
  * Khmer ("km", `KhmerProse`): subject-verb-object, the past with "បាន", a space after the subject
    and between phrases (so a whitespace-separated token is a phrase, and "words" count phrases),
    the full stop "។" and the colon "៖", quotes «…» after "បានមានប្រសាសន៍ថា" with the honorific
    "លោក" / "លោកស្រី" and the family name first; provinces with "ខេត្ត"; Khmer digits in numbers;
  * Sinhala ("si", `SinhalaProse`): subject-object-verb in the written (literary) register, the
    past agreeing in number ("අනුමත කළේය" / "අනුමත කළහ"), the relative form before "බව" ("...
    අනුමත කළ බව ... පැවසීය"), quotes “…” with "යැයි" and the speaker's verb by gender
    ("පැවසීය" / "පැවසුවාය"), headlines in the present ("අනුමත කරයි" / "... කරති");
    `si_latin` writes Sinhala in Latin letters for URL slugs;
  * Romanian ("ro", `RomanianProse`): the compound perfect ("a aprobat" / "au aprobat") agreeing in
    number, headlines in the present, „…” quotes with "a declarat", the numbers' "de" ("25 de
    milioane de lei", "12 milioane de lei"... only where Romanian puts it), real town names;
    `cedilla` gives the old CMSes' letters;
  * Serbian ("sr", `SerbianProse`): ekavian Cyrillic, the perfect with the clitic "је" / "су" in
    second place ("Скупштина града је у уторак усвојила ...", "Иако је градоначелник ...") and the
    l-participle agreeing in gender and number, objects in the accusative, towns with their
    genitive and locative, „…” quotes with "рекао је" / "рекла је"; `sr_latin` writes Serbian
    Latin (the header's script switch and the URL slugs, "đ" as "dj").
Khmer and Sinhala sites carry a Latin brand (as freshnewsasia.com or hirunews.lk do), so the grammar's
`place()` gives a Latin word and the text's places come from `province()` / `city()`; Serbian site
names are Cyrillic, with a romanizer for their host names (it knows only those names).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more, a word
being a whitespace-separated token, that are verbatim visible text and never part of the body, not
even once both are lower-cased and whitespace-normalised, aware `published_at`, clean `title`
without the site name) and those of the earlier held-out splits: a bulleted list inside the text is
body, one line per item; a photo's caption and credit are boilerplate; a standfirst under the
headline is neither body nor boilerplate; "read also" lines and ad labels amid the text are
boilerplate (when four words or more). The choices each family makes for the debatable parts:
  * km-damnang-site: the excerpt under the headline (<p class="excerpt">, on the Laravel sites) is
    neither; the text (phrases ending in "។") and <h2> subheadings are body; the byline "ដោយ៖ name"
    and the views count are neither (too short), as is the "ពាណិជ្ជកម្ម" ad label amid the text;
    the "អានបន្ថែម៖" line amid the text (the label and a headline), the menu, the header's
    tagline, the photo caption, the share bar, the Telegram call, "អត្ថបទ
    ទាក់ទង" headlines, "ព័ត៌មានថ្មីៗ" headlines, the reuse notice, the address and the footer are
    boilerplate;
  * si-puwath-portal: the text, subheadings and a list are body; the "මේවාත් කියවන්න" lines amid
    the text (the label and a headline), the photo captions with "ඡායාරූපය:" (one in the text on
    some sites), the menu, the reporter line, the WhatsApp call, the share bar, "අදාළ පුවත්"
    headlines, the comments notice and the footer are boilerplate; there is no standfirst;
  * ro-ziar-local: the lead in bold (<p class="lead"><strong>, the first paragraph on the
    WordPress sites) is body, being the article's first paragraph; the text, subheadings (<h2>,
    or a bold <p> on Joomla sites) and a list (WordPress sites) are body; the "Citește și:" lines
    amid the text, the author line, the menu, the weather strip, the lead photo's "Foto:"
    credit, "Etichete:", the share bar, the comments block (the count line, the readers'
    comments, the moderation notice; a reader's nickname is too short), the "Cele mai citite"
    headlines, the newsletter call, the cookie banner and the footer are boilerplate; there is
    no standfirst. Old-CMS (Joomla) sites write "ş ţ" with the cedilla everywhere, truth
    included (title, body, snippets);
  * sr-portal-cyrillic: the lead (<p class="lead">, bold, under the headline) is neither; the
    text, <h2> subheadings and a list are body; the "Прочитајте још:" lines amid the text, the
    menu, the script switch line, the photo credit, "Тагови:", the share bar, "Повезане вести"
    headlines, "Најчитаније" headlines, the comments notice, the registry number and the footer are
    boilerplate; the author line is neither (too short).

Families (language; date source):
  scar  km-damnang-site         km; JSON-LD NewsArticle datePublished with +07:00, <meta
                                property="article:published_time"> (WordPress sites) and the
                                visible "ថ្ងៃសៅរ៍ ទី៧ ខែមីនា ឆ្នាំ២០២៦ ម៉ោង ១៤:៣០" in Khmer digits;
                                paths /article/<5-6 digits>; <title> "T - Site" or "T | Site"
  scar  si-puwath-portal        si; JSON-LD datePublished or <meta itemprop="datePublished">, with
                                +05:30, the visible "2026 මාර්තු 07 සෙනසුරාදා ප.ව. 02.30"; paths
                                /news/<5-6 digits>/<Latin slug (`si_latin`)>; <title> "T | Site"
                                or "T - Site News"
  scar  ro-ziar-local           ro; WordPress: Yoast JSON-LD datePublished, <meta
                                property="article:published_time"> and a <time datetime> around
                                "sâmbătă, 7 martie 2026, 14:30"; Joomla: only the visible
                                "Sâmbătă, 07 Martie 2026 14:30" (local time, Europe/Bucharest);
                                paths /stiri/<section>/<slug>-<id>.html; <title> "T - Site" or
                                "Site - T" (Joomla)
  scar  sr-portal-cyrillic      sr; JSON-LD datePublished with offset and a <time datetime> around
                                "субота, 7. март 2026. 14:30", or <meta
                                property="article:published_time"> and "07.03.2026. 14:30"; paths
                                /vesti/<section>/<id>/<Latin slug (`sr_latin`)>; <title> "T |
                                Site" or "T - Site"

Every renderer gives every story of its publisher the platform's own URL on first use, and some
turn one middle paragraph into a list (the body keeps within 14 lines and 250-900 words), so `body`,
taken from the story after rendering, has it. All four have site names of their own
(`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

import random

from pipeline.synth.prose import Prose, _cap, _w

FAMILIES: dict[str, str] = {
    "km-damnang-site": "scar",
    "si-puwath-portal": "scar",
    "ro-ziar-local": "scar",
    "sr-portal-cyrillic": "scar",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "km-damnang-site": "km",
    "si-puwath-portal": "si",
    "ro-ziar-local": "ro",
    "sr-portal-cyrillic": "sr",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "km-damnang-site": ("{p} News", "{p} Khmer", "Kampuchea {p}", "{p} Post", "{p} Daily", "{p} Online"),
    "si-puwath-portal": ("{p} News", "{p} Lanka", "{p}.lk", "{p} Puwath", "Lanka {p}", "{p} Online"),
    "ro-ziar-local": (
        "Gazeta de {p}",
        "Monitorul de {p}",
        "Ziarul de {p}",
        "{p} Expres",
        "Observatorul de {p}",
        "Informația de {p}",
    ),
    "sr-portal-cyrillic": ("{p} инфо", "{p} онлајн", "{p} данас", "{p} прес"),
}

# ==============================================================================================
# Khmer

KM_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def km_digits(text: object) -> str:
    """The text with Khmer digits."""
    return str(text).translate(KM_DIGITS)


# family names first, then the given name (the usual Khmer order)
KM_FAMILY = _w("សុខ ហេង ជា ឈឹម កែវ ម៉ម ពេជ្រ លី ស៊ុន ញឹម អ៊ុំ ប៊ុន មាស ទេព ស៊ឹម ហ៊ុល ឡុង")
KM_MALE = _w("ចាន់ថា វណ្ណា ដារ៉ា សុផល បញ្ញា វិចិត្រ រ័ត្ន សុវណ្ណ ពិសិដ្ឋ វាសនា")
KM_FEMALE = _w("សុភា រតនា សោភា ស្រីនាង ពិសី ចន្ធូ សុខលី មករា ស្រីមុំ")
KM_BRANDS = _w("Damnang Reaksmey Angkor Mekong Tonle Sabay Preah Meas Kirirom Bayon Chaktomuk Neak")
KM_PROVINCES = _w("""សៀមរាប បាត់ដំបង កំពង់ចាម កំពត កណ្ដាល តាកែវ ព្រះសីហនុ កំពង់ស្ពឺ ពោធិ៍សាត់ ក្រចេះ
    ស្វាយរៀង ព្រៃវែង កោះកុង បន្ទាយមានជ័យ រតនគិរី កំពង់ធំ""")
KM_AGENTS = (
    "រដ្ឋបាលរាជធានីភ្នំពេញ",
    "ក្រសួងសាធារណការ និងដឹកជញ្ជូន",
    "ក្រសួងសុខាភិបាល",
    "ក្រសួងអប់រំ យុវជន និងកីឡា",
    "ក្រសួងបរិស្ថាន",
    "ក្រុមប្រឹក្សាក្រុង",
    "អាជ្ញាធរមូលដ្ឋាន",
    "ប្រជាពលរដ្ឋក្នុងភូមិ",
    "អ្នកលក់ដូរក្នុងផ្សារ",
    "មន្ទីរពេទ្យបង្អែកខេត្ត",
    "ក្រុមហ៊ុនសាងសង់",
    "សមាគមកសិករ",
    "នគរបាលចរាចរណ៍",
    "មន្ទីរកសិកម្មខេត្ត",
)
# the verbs as a headline has them; a sentence's past puts "បាន" before them
KM_VERBS = (
    "អនុម័ត",
    "ប្រកាស",
    "ពន្យារពេល",
    "ដាក់ឱ្យដំណើរការ",
    "ពិនិត្យឡើងវិញ",
    "ស្នើសុំ",
    "រិះគន់",
    "ផ្អាក",
    "គាំទ្រ",
    "ជំទាស់នឹង",
    "សម្រេចលុបចោល",
)
KM_OBJECTS = (
    "គម្រោងសាងសង់ផ្លូវថ្មី",
    "ថវិកាខេត្តឆ្នាំ២០២៦",
    "ផែនការអភិវឌ្ឍន៍ទីក្រុង",
    "គម្រោងជួសជុលស្ពានបេតុង",
    "ការសាងសង់អគារសិក្សាថ្មី",
    "វិធានការចរាចរណ៍ថ្មី",
    "គម្រោងផ្គត់ផ្គង់ទឹកស្អាត",
    "ការរៀបចំផ្សារថ្មី",
    "ប្រព័ន្ធលូបង្ហូរទឹក",
    "យុទ្ធនាការចាក់វ៉ាក់សាំង",
    "កម្មវិធីប្រមូលសំរាម",
    "ការពង្រីកមន្ទីរពេទ្យ",
    "ការដំឡើងតម្លៃសេវាសាធារណៈ",
    "គម្រោងសួនច្បារសាធារណៈ",
)
KM_TIMES = (
    "កាលពីថ្ងៃអង្គារ",
    "កាលពីម្សិលមិញ",
    "នៅព្រឹកថ្ងៃនេះ",
    "កាលពីសប្តាហ៍មុន",
    "ក្នុងកិច្ចប្រជុំពេញអង្គ",
    "កាលពីចុងសប្តាហ៍",
    "ជាឯកច្ឆន្ទ",
    "បន្ទាប់ពីការពិភាក្សាយ៉ាងយូរ",
)
KM_SOURCES = (
    "យោងតាមសេចក្តីប្រកាសព័ត៌មាន",
    "បើតាមមន្ត្រីនាំពាក្យ",
    "ប្រភពពីសាលាខេត្តបានឱ្យដឹងថា",
    "តាមការឱ្យដឹងពីអាជ្ញាធរ",
)
KM_ROLES = (
    "អ្នកនាំពាក្យក្រសួង",
    "ប្រធានក្រុមប្រឹក្សាឃុំ",
    "នាយកសាលារៀន",
    "ប្រធានមន្ទីរសាធារណការ",
    "អភិបាលរងខេត្ត",
    "មន្ត្រីជំនាញ",
)
KM_SAYINGS = (
    "គម្រោងនេះនឹងផ្តល់ផលប្រយោជន៍ ដល់ប្រជាពលរដ្ឋទាំងអស់",
    "យើងនឹងមិនបោះបង់ប្រជាពលរដ្ឋចោលឡើយ",
    "ការងារសាងសង់កំពុងដំណើរការ តាមផែនការដែលបានគ្រោងទុក",
    "យើងសូមឱ្យប្រជាពលរដ្ឋ មានការអត់ធ្មត់បន្តិច",
    "នេះជាតម្រូវការរបស់ប្រជាពលរដ្ឋ ជាច្រើនឆ្នាំមកហើយ",
    "ថវិកាមានរួចហើយ ឥឡូវនេះយើងត្រូវអនុវត្តឱ្យបានឆាប់",
    "គ្មាននរណាម្នាក់ពន្យល់យើង អំពីអនាគតរបស់គ្រួសារយើងទេ",
    "យើងនឹងតាមដានការងារនេះ យ៉ាងដិតដល់",
)
KM_BUILT = ("ស្ពាន", "សាលារៀន", "មន្ទីរពេទ្យ", "ផ្សារ", "សួនច្បារ", "ស្ថានីយឡានក្រុង")
KM_SUBHEADS = (
    "តើនឹងមានអ្វីកើតឡើងបន្ទាប់?",
    "ប្រតិកម្មរបស់ប្រជាពលរដ្ឋ",
    "តើគម្រោងនេះចំណាយប៉ុន្មាន?",
    "ជំហររបស់អាជ្ញាធរ",
    "ព័ត៌មានលម្អិត",
    "កាលវិភាគការងារ",
    "សំណួរដែលនៅសល់",
)
KM_MONTHS = _w("មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ")
KM_WEEKDAYS = _w("ច័ន្ទ អង្គារ ពុធ ព្រហស្បតិ៍ សុក្រ សៅរ៍ អាទិត្យ")


class KhmerProse(Prose):
    """Khmer local news (see the module docstring): phrases separated by spaces, "។" at the end."""

    lang = "km"

    def person(self) -> str:
        rng = self.rng
        return f"{rng.choice(KM_FAMILY)} {rng.choice(KM_MALE + KM_FEMALE)}"

    def place(self) -> str:
        """The site-name word (Latin letters); the text's places are `province()`."""
        return self.rng.choice(KM_BRANDS)

    def province(self) -> str:
        return self.rng.choice(KM_PROVINCES)

    def agent(self) -> str:
        if self.rng.random() < 0.15:
            return f"រដ្ឋបាលខេត្ត{self.province()}"
        return self.rng.choice(KM_AGENTS)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        when = f" {rng.choice(KM_TIMES)}" if time else ""
        return f"{self.agent()} បាន{rng.choice(KM_VERBS)}{rng.choice(KM_OBJECTS)}{when}"

    def quoted(self) -> str:
        rng = self.rng
        female = rng.random() < 0.35
        name = f"{rng.choice(KM_FAMILY)} {rng.choice(KM_FEMALE if female else KM_MALE)}"
        return f"{'លោកស្រី' if female else 'លោក'} {name}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"{self.quoted()} {rng.choice(KM_ROLES)} បានមានប្រសាសន៍ថា «{rng.choice(KM_SAYINGS)}»។"
        if r < 0.25:
            return f"{rng.choice(KM_SOURCES)} {self.clause(time=rng.random() < 0.6)}។"
        if r < 0.38:
            conj = rng.choice((" ប៉ុន្តែ", " ខណៈដែល", " ហើយ", " ដោយសារតែ"))
            return f"{self.clause(time=rng.random() < 0.4)}{conj}{self.clause()}។"
        if r < 0.46:
            return f"ទោះបីជា{self.clause()}ក៏ដោយ {self.clause(time=True)}។"
        if r < 0.6:
            return rng.choice(
                (
                    f"គម្រោងនេះមានទំហំទឹកប្រាក់ប្រមាណ {km_digits(rng.randint(2, 90))} លានដុល្លារអាមេរិក។",
                    f"ការងារសាងសង់នឹងចំណាយពេលប្រមាណ {km_digits(rng.randint(4, 30))} ខែ។",
                    f"មានប្រជាពលរដ្ឋជាង {km_digits(10 * rng.randint(5, 90))} គ្រួសារ ទទួលរងផលប៉ះពាល់។",
                    f"គម្រោងនេះគ្រោងនឹងបញ្ចប់ នៅឆ្នាំ{km_digits(rng.randint(2027, 2030))}។",
                    f"ផ្លូវនេះមានប្រវែង {km_digits(rng.randint(3, 40))} គីឡូម៉ែត្រ"
                    f" និងទទឹង {km_digits(rng.randint(8, 30))} ម៉ែត្រ។",
                    f"មន្ត្រីជាង {km_digits(rng.randint(20, 300))} នាក់ បានចូលរួមក្នុងកិច្ចប្រជុំនេះ។",
                )
            )
        if r < 0.72:
            return f"អភិបាលខេត្ត{self.province()} បានឱ្យដឹងថា {self.clause()}។"
        if r < 0.86:
            return rng.choice(
                (
                    f"ប្រជាពលរដ្ឋនៅខេត្ត{self.province()} បានរង់ចាំការសម្រេចនេះ អស់រយៈពេលជាច្រើនឆ្នាំមកហើយ។",
                    f"ស្ថានភាពស្រដៀងគ្នានេះ ក៏ធ្លាប់កើតឡើងនៅខេត្ត{self.province()}ដែរ។",
                    f"នៅខេត្ត{self.province()} ស្ថានភាពនៅតែមិនទាន់មានការផ្លាស់ប្តូរនៅឡើយ។",
                    "បញ្ហានេះនឹងត្រូវលើកយកមកពិភាក្សាម្តងទៀត នៅក្នុងកិច្ចប្រជុំខែក្រោយ។",
                    f"នេះមិនមែនជាលើកទីមួយទេ ដែល{self.clause()}។",
                )
            )
        return f"{self.clause(time=True)}។"

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        head = f"{self.agent()} {rng.choice(KM_VERBS)} {rng.choice(KM_OBJECTS)}"
        if r < 0.35:
            return f"ខេត្ត{self.province()}៖ {head}"
        if r < 0.7:
            return f"{head} {rng.choice(KM_TIMES)}"
        if r < 0.88:
            return f"ខេត្ត{self.province()} នឹងមាន {rng.choice(KM_BUILT)}ថ្មីមួយ នៅឆ្នាំក្រោយ"
        return f"{self.quoted()}៖ «{rng.choice(KM_SAYINGS)}»"

    def subheading(self) -> str:
        return self.rng.choice(KM_SUBHEADS)


KM_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "ទំព័រដើម",
        "ព័ត៌មានជាតិ",
        "អន្តរជាតិ",
        "សេដ្ឋកិច្ច",
        "សង្គម",
        "កីឡា",
        "បច្ចេកវិទ្យា",
        "សុខភាព",
        "កម្សាន្ត",
        "វីដេអូ",
    ),
    "sections": ("ព័ត៌មានជាតិ", "សង្គម", "សេដ្ឋកិច្ច", "សុខភាព", "អប់រំ"),
    "related": ("អត្ថបទទាក់ទង",),
    "read_more": ("អានបន្ថែម៖",),
    "by": ("ដោយ៖",),
    "desks": ("អ្នកយកព័ត៌មាន", "និពន្ធនាយករង", "អ្នកយកព័ត៌មានប្រចាំខេត្ត"),
    "share": ("ចែករំលែកអត្ថបទនេះ", "ចែករំលែកទៅកាន់មិត្តភក្តិ"),
    "share_sites": ("Facebook", "Telegram", "Messenger", "X", "ចម្លងតំណ"),
    "newsletter": ("ចុះឈ្មោះ ទទួលព័ត៌មានថ្មីៗ តាមរយៈអ៊ីមែល របស់អ្នក រៀងរាល់ព្រឹក",),
    "comments": ("មតិយោបល់ទាំងអស់ ជាទស្សនៈផ្ទាល់ខ្លួនរបស់អ្នកអាន មិនមែនជាជំហររបស់ {name} ឡើយ",),
    "cookie": ("គេហទំព័រនេះប្រើប្រាស់ខូគី ដើម្បីផ្តល់ជូនអ្នក នូវបទពិសោធន៍ ល្អប្រសើរជាងមុន",),
    "ad": ("ពាណិជ្ជកម្ម",),
    "copyright": ("រក្សាសិទ្ធិគ្រប់យ៉ាងដោយ {name} © {year}", "© {year} {name} រក្សាសិទ្ធិគ្រប់យ៉ាង"),
    "disclaimer": ("រាល់ការចម្លងអត្ថបទ ដោយគ្មានការអនុញ្ញាត គឺជាការរំលោភលើច្បាប់ ស្តីពីសិទ្ធិអ្នកនិពន្ធ",),
    "tagline": ("ព័ត៌មានពិត រហ័ស ទាន់ហេតុការណ៍ តាំងពីឆ្នាំ {since}",),
    "bio": ("{author} ជាអ្នកយកព័ត៌មាន របស់ {name} តាំងពីឆ្នាំ {since2} ផ្នែក{beat}",),
    "beats": ("សង្គម", "សេដ្ឋកិច្ច", "សុខភាព", "អប់រំ", "បរិស្ថាន"),
    "editorial": ("អត្ថបទនេះ ជាផ្នែកមួយនៃកម្រងព័ត៌មាន របស់ {name}។",),
    "classified": ("លក់ផ្ទះល្វែង ២ជាន់ ក្នុងក្រុង តម្លៃសមរម្យ",),
    "subscribe": ("ចូលរួមជាមួយ Telegram Channel របស់យើង ដើម្បីទទួលបានព័ត៌មានថ្មីៗ",),
}

# ==============================================================================================
# Sinhala

SI_MALE = _w("කසුන් නුවන් චමින්ද සමන් ප්‍රසන්න තිලින රුවන් ලහිරු දිනේෂ් සුනිල් අසංක මහේෂ්")
SI_FEMALE = _w("නිරෝෂා දිලානි සඳුනි චමිලා තරංගා ඉෂාරා හසිනි නදීකා සචිනි")
SI_SURNAMES = _w("""පෙරේරා ප්‍රනාන්දු සිල්වා ජයසූරිය බණ්ඩාර විජේසිංහ දිසානායක කුමාරසිංහ රත්නායක
    ගුණවර්ධන හේරත් වික්‍රමසිංහ සේනානායක අබේසේකර""")
SI_BRANDS = _w("Arunalu Pahana Sisila Kirana Nisala Pubudu Mihira Dinuma Ridee Siyatha Nena Ruwan")
SI_CITIES = _w("""කොළඹ ගාල්ල මහනුවර කුරුණෑගල මාතර අනුරාධපුර රත්නපුර බදුල්ල නුවරඑළිය හම්බන්තොට කෑගල්ල
    මීගමුව කළුතර පොළොන්නරුව ගම්පහ""")
# (subject, plural)
SI_AGENTS: tuple[tuple[str, bool], ...] = (
    ("නගර සභාව", False),
    ("ප්‍රාදේශීය සභාව", False),
    ("පළාත් සභාව", False),
    ("මහාමාර්ග අමාත්‍යාංශය", False),
    ("සෞඛ්‍ය අමාත්‍යාංශය", False),
    ("අධ්‍යාපන අමාත්‍යාංශය", False),
    ("පොලිසිය", False),
    ("විපක්ෂය", False),
    ("ප්‍රදේශවාසීහු", True),
    ("වෙළෙන්දෝ", True),
    ("ගොවීහු", True),
    ("දෙමාපියෝ", True),
    ("නගර සභා මන්ත්‍රීවරු", True),
)
# (past singular, past plural, relative, present singular, present plural)
SI_VERBS: tuple[tuple[str, str, str, str, str], ...] = tuple(
    (f"{v} කළේය", f"{v} කළහ", f"{v} කළ", f"{v} කරයි", f"{v} කරති")
    for v in ("අනුමත", "ප්‍රතික්ෂේප", "විවේචනය", "ඉදිරිපත්", "නිවේදනය", "සමාලෝචනය")
) + (
    ("කල් දැමීය", "කල් දැමූහ", "කල් දැමූ", "කල් දමයි", "කල් දමති"),
    ("ඉල්ලා සිටියේය", "ඉල්ලා සිටියහ", "ඉල්ලා සිටි", "ඉල්ලා සිටියි", "ඉල්ලා සිටිති"),
    ("අත්හිටුවීය", "අත්හිටුවූහ", "අත්හිටුවූ", "අත්හිටුවයි", "අත්හිටුවති"),
)
SI_OBJECTS = (
    "නව අයවැය",
    "නගර සංවර්ධන සැලැස්ම",
    "නව මාර්ග ව්‍යාපෘතිය",
    "පාසල් ගොඩනැගිල්ලේ ඉදිකිරීම් කටයුතු",
    "පොදු ප්‍රවාහන ප්‍රතිසංස්කරණය",
    "වෙළඳපොළ ප්‍රතිසංස්කරණ ව්‍යාපෘතිය",
    "ජල සම්පාදන ව්‍යාපෘතිය",
    "කසළ කළමනාකරණ වැඩසටහන",
    "රෝහලේ නව වාට්ටු සංකීර්ණය",
    "පාලම ප්‍රතිසංස්කරණය කිරීමේ යෝජනාව",
    "වාහන නැවැත්වීමේ නව නීති",
    "දේපළ බදු වැඩිවීම",
)
SI_TIMES = (
    "අඟහරුවාදා",
    "ඊයේ",
    "පසුගිය සතියේ",
    "අද",
    "දීර්ඝ සාකච්ඡාවකින් පසු",
    "ඒකමතිකව",
    "විශේෂ සභා රැස්වීමේදී",
)
SI_SOURCES = ("නිල ආරංචි මාර්ග පවසන පරිදි,", "අපගේ ප්‍රාදේශීය වාර්තාකරු පවසන පරිදි,", "ලැබුණු තොරතුරු අනුව,")
SI_ROLES = (
    "නගරාධිපති",
    "ප්‍රාදේශීය සභා සභාපති",
    "විපක්ෂ මන්ත්‍රී",
    "පාසල් විදුහල්පති",
    "ප්‍රදේශවාසී",
    "ඉංජිනේරු",
)
SI_SAYINGS = (
    "මෙම ආයෝජනයෙන් මුළු නගරයටම ප්‍රයෝජන ලැබෙනවා",
    "අපි ජනතාව අසරණ කරන්නේ නැහැ",
    "වැඩ කටයුතු සැලසුම් කළ පරිදි සිදු වෙනවා",
    "ජනතාවගෙන් අපි ඉවසීම ඉල්ලා සිටිනවා",
    "අවුරුදු ගණනාවක් තිස්සේ අපි මේ සඳහා වැඩ කළා",
    "මුදල් තිබෙනවා, දැන් වැඩ ආරම්භ කළ යුතුයි",
    "පවුල්වලට මොකද වෙන්නේ කියා කිසිවෙක් අපට පැහැදිලි කළේ නැහැ",
)
SI_BUILT = ("පාලමක්", "පාසලක්", "රෝහලක්", "වෙළඳපොළක්", "ක්‍රීඩාංගණයක්", "බස් නැවතුම්පොළක්")
SI_SUBHEADS = (
    "ඊළඟට කුමක් සිදුවේද?",
    "ප්‍රදේශවාසීන්ගේ ප්‍රතිචාරය",
    "වියදම කොපමණද?",
    "විපක්ෂයේ ස්ථාවරය",
    "විස්තර",
    "කාලසටහන",
    "පිළිතුරු නැති ප්‍රශ්න",
)
SI_MONTHS = _w("ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්")
SI_WEEKDAYS = _w("සඳුදා අඟහරුවාදා බදාදා බ්‍රහස්පතින්දා සිකුරාදා සෙනසුරාදා ඉරිදා")


class SinhalaProse(Prose):
    """Sinhala local news in the written register (see the module docstring)."""

    lang = "si"

    def person(self) -> str:
        rng = self.rng
        return f"{rng.choice(SI_MALE + SI_FEMALE)} {rng.choice(SI_SURNAMES)}"

    def place(self) -> str:
        """The site-name word (Latin letters); the text's towns are `city()`."""
        return self.rng.choice(SI_BRANDS)

    def city(self) -> str:
        return self.rng.choice(SI_CITIES)

    def parts(self) -> tuple[str, tuple[str, str, str, str, str], bool, str]:
        rng = self.rng
        agent, plural = rng.choice(SI_AGENTS)
        if rng.random() < 0.15:
            agent, plural = f"{self.city()} නගර සභාව", False
        return agent, rng.choice(SI_VERBS), plural, rng.choice(SI_OBJECTS)

    def clause(self, time: bool = False, relative: bool = False) -> str:
        agent, verb, plural, obj = self.parts()
        when = f" {self.rng.choice(SI_TIMES)}" if time else ""
        return f"{agent}{when} {obj} {verb[2] if relative else verb[plural]}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            female = rng.random() < 0.35
            name = f"{rng.choice(SI_FEMALE if female else SI_MALE)} {rng.choice(SI_SURNAMES)}"
            said = "පැවසුවාය" if female else "පැවසීය"
            return f"“{rng.choice(SI_SAYINGS)}” යැයි {rng.choice(SI_ROLES)} {name} {said}."
        if r < 0.25:
            return f"{rng.choice(SI_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            link = rng.choice(("කෙසේ වෙතත්,", "එසේම", "ඒ අතරම"))
            return f"{self.clause(time=rng.random() < 0.4)}. {link} {self.clause()}."
        if r < 0.46:
            return f"{self.clause(relative=True, time=True)} බව {self.city()} නගරාධිපතිවරයා පැවසීය."
        if r < 0.6:
            return rng.choice(
                (
                    f"ව්‍යාපෘතිය සඳහා රුපියල් මිලියන {rng.randint(20, 900)}ක් වැය වනු ඇත.",
                    f"ඉදිකිරීම් කටයුතු මාස {rng.randint(4, 30)}ක් පමණ පවතිනු ඇත.",
                    f"මෙම යෝජනාවට පක්ෂව ඡන්ද {rng.randint(8, 30)}ක් ලැබුණි.",
                    f"පෙත්සමට දැනටමත් {10 * rng.randint(30, 900)} දෙනෙකු අත්සන් කර ඇත.",
                    f"ව්‍යාපෘතිය {rng.randint(2027, 2030)} වසරේදී නිම කිරීමට සැලසුම් කර ඇත.",
                    f"පවුල් {rng.randint(20, 400)}කට අධික සංඛ්‍යාවක් මෙයින් පීඩාවට පත්ව ඇත.",
                )
            )
        if r < 0.72:
            return f"{self.clause(relative=True)} බව නිල ආරංචි මාර්ග සඳහන් කරයි."
        if r < 0.86:
            return rng.choice(
                (
                    f"{self.city()} ප්‍රදේශවාසීහු වසර ගණනාවක් තිස්සේ මෙම තීරණය බලාපොරොත්තුවෙන් සිටියහ.",
                    f"මෙවැනි තත්ත්වයක් මෑතකදී {self.city()} ප්‍රදේශයේද වාර්තා විය.",
                    f"{self.city()} ප්‍රදේශයේ තත්ත්වය තවමත් වෙනස් වී නැත.",
                    "මෙම කාරණය ලබන මාසයේ පැවැත්වෙන සභා රැස්වීමේදී යළි සාකච්ඡාවට ගැනේ.",
                    f"{self.clause(relative=True)} පළමු අවස්ථාව මෙය නොවේ.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, verb, plural, obj = self.parts()
        head = f"{agent} {obj} {verb[4 if plural else 3]}"
        if r < 0.35:
            return f"{self.city()}: {head}"
        if r < 0.7:
            return head
        if r < 0.88:
            return f"{self.city()} නගරයට නව {rng.choice(SI_BUILT)} ලබන වසරේ"
        return f"{self.person()}: “{rng.choice(SI_SAYINGS)}”"

    def subheading(self) -> str:
        return self.rng.choice(SI_SUBHEADS)


SI_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "මුල් පිටුව",
        "පුවත්",
        "දේශපාලන",
        "ව්‍යාපාර",
        "ක්‍රීඩා",
        "විදෙස්",
        "විශේෂාංග",
        "විනෝදාස්වාද",
        "වීඩියෝ",
        "කාලගුණය",
    ),
    "sections": ("පුවත්", "දේශපාලන", "ප්‍රාදේශීය", "ආර්ථික", "අධ්‍යාපන", "සෞඛ්‍ය"),
    "related": ("අදාළ පුවත්", "තවත් පුවත්"),
    "read_more": ("මේවාත් කියවන්න",),
    "by": ("වාර්තාකරු:",),
    "desks": ("ප්‍රාදේශීය වාර්තාකරු", "පුවත් කර්තෘ", "විශේෂ වාර්තාකරු"),
    "share": ("මෙම පුවත බෙදාගන්න", "යාළුවන් සමඟ බෙදාගන්න"),
    "share_sites": ("Facebook", "WhatsApp", "Viber", "X", "Telegram"),
    "newsletter": ("නවතම පුවත් ඔබේ විද්‍යුත් තැපෑලට ලබා ගැනීමට ලියාපදිංචි වන්න",),
    "comments": ("අදහස් පළ කිරීමේදී ආචාරශීලී වන්න. අසභ්‍ය අදහස් ඉවත් කරනු ලැබේ.",),
    "cookie": ("මෙම වෙබ් අඩවිය ඔබේ අත්දැකීම වැඩිදියුණු කිරීමට කුකීස් භාවිත කරයි.",),
    "ad": ("දැන්වීම",),
    "copyright": ("© {year} {name}. සියලු හිමිකම් ඇවිරිණි.", "සියලු හිමිකම් {name} සතුය © {year}"),
    "disclaimer": ("මෙහි පළවන අදහස් පාඨකයන්ගේ පෞද්ගලික අදහස් වන අතර ඒවා {name} ආයතනයේ අදහස් නොවේ.",),
    "tagline": ("{since} සිට ඔබ වෙනුවෙන් නිවැරදි පුවත්",),
    "bio": ("{author} {since2} සිට {name} හි {beat} පිළිබඳ වාර්තා කරයි.",),
    "beats": ("ප්‍රාදේශීය පාලනය", "ප්‍රවාහනය", "අධ්‍යාපනය", "සෞඛ්‍යය", "පරිසරය"),
    "editorial": ("මෙම ලිපිය {name} විශේෂ වැඩසටහනේ කොටසකි.",),
    "classified": ("කොළඹ නගරයේ කාමර තුනක නිවසක් කුලියට දීමට ඇත.",),
    "subscribe": ("අපගේ WhatsApp නාලිකාවට එක්වී නවතම පුවත් ලබා ගන්න",),
}

_SI_CONSONANTS = dict(
    zip(
        "කඛගඝඞඟචඡජඣඤඥටඨඩඪණඬතථදධනඳපඵබභමඹයරලවශෂසහළෆ",
        _w(
            "k kh g gh n ng ch chh j jh ny gn t th d dh n nd th th d dh n nd"
            " p ph b bh m mb y r l w sh sh s h l f"
        ),
        strict=True,
    )
)
_SI_VOWELS = dict(zip("අආඇඈඉඊඋඌඍඑඒඓඔඕඖ", _w("a aa ae aae i ii u uu ru e ee ai o oo au"), strict=True))
_SI_SIGNS = dict(zip("ාැෑිීුූෘෙේෛොෝෞෲ", _w("aa ae aae i ii u uu ru e ee ai o oo au ruu"), strict=True))


def si_latin(text: str) -> str:
    """Sinhala in Latin letters, letter by letter ("නව අයවැය" -> "nawa ayawaeya"); other characters
    are kept, the zero-width joiner dropped."""
    chars = [ch for ch in text if ch != "\u200d"]
    out: list[str] = []
    for i, ch in enumerate(chars):
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in _SI_CONSONANTS:
            out.append(_SI_CONSONANTS[ch] + ("" if nxt in _SI_SIGNS or nxt == "\u0dca" else "a"))
        elif ch in _SI_SIGNS:
            out.append(_SI_SIGNS[ch])
        elif ch in _SI_VOWELS:
            out.append(_SI_VOWELS[ch])
        elif ch == "\u0d82":
            out.append("n")
        elif ch in ("\u0dca", "\u0d83"):
            continue
        else:
            out.append(ch)
    return "".join(out)


# ==============================================================================================
# Romanian

RO_FIRST = _w("""Andrei Mihai Ionuț Alexandru Cristian Florin Gabriel Adrian Radu Bogdan Ștefan Ioana Maria
    Elena Andreea Cristina Alina Roxana Mihaela Diana Raluca Oana""")
RO_SURNAMES = _w("""Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Rusu Munteanu Matei Constantin Marin
    Tudor Lazăr Ciobanu Dobre Toma Barbu Florea Nistor Moldovan Ungureanu Oprea Sârbu Țurcanu""")
RO_TOWNS = _w("""Fălticeni Câmpulung Mediaș Sighișoara Făgăraș Reghin Turda Dej Caracal Tecuci Bârlad
    Vaslui Lugoj Caransebeș Mangalia Pașcani Rădăuți Hunedoara Petroșani Slobozia Zalău Focșani
    Giurgiu Oltenița Huși Năsăud Beiuș Vatra-Dornei Câmpina Târgoviște""")
# (subject, plural)
RO_AGENTS: tuple[tuple[str, bool], ...] = (
    ("Primăria", False),
    ("Consiliul Local", False),
    ("primarul", False),
    ("Consiliul Județean", False),
    ("Prefectura", False),
    ("locuitorii din cartier", True),
    ("comercianții din centru", True),
    ("consilierii locali", True),
    ("opoziția", False),
    ("Poliția Locală", False),
    ("conducerea spitalului", False),
    ("părinții elevilor", True),
    ("agricultorii din zonă", True),
    ("asociația de proprietari", False),
)
# (participle, present singular, present plural)
RO_VERBS: tuple[tuple[str, str, str], ...] = (
    ("aprobat", "aprobă", "aprobă"),
    ("respins", "respinge", "resping"),
    ("anunțat", "anunță", "anunță"),
    ("amânat", "amână", "amână"),
    ("criticat", "critică", "critică"),
    ("contestat", "contestă", "contestă"),
    ("prezentat", "prezintă", "prezintă"),
    ("cerut", "cere", "cer"),
    ("suspendat", "suspendă", "suspendă"),
    ("analizat", "analizează", "analizează"),
    ("modificat", "modifică", "modifică"),
    ("blocat", "blochează", "blochează"),
)
RO_OBJECTS = (
    "bugetul local pe 2026",
    "proiectul noului pod",
    "planul urbanistic zonal",
    "modernizarea pieței centrale",
    "reabilitarea străzii Mihai Eminescu",
    "extinderea rețelei de apă",
    "construcția noii școli",
    "licitația pentru transportul public",
    "creșterea taxei de salubrizare",
    "proiectul pistei de biciclete",
    "regulamentul de parcare",
    "închiderea ștrandului municipal",
    "planul de mobilitate urbană",
    "achiziția de autobuze electrice",
)
RO_TIMES = (
    "marți",
    "joi seara",
    "în ședința de ieri",
    "în unanimitate",
    "după o dezbatere lungă",
    "în cele din urmă",
    "din nou",
    "într-o ședință extraordinară",
    "săptămâna aceasta",
)
RO_SOURCES = (
    "Potrivit unui comunicat al Primăriei,",
    "Conform surselor noastre,",
    "Potrivit reprezentanților instituției,",
    "Așa cum a anunțat anterior publicația noastră,",
)
RO_ROLES = (
    "viceprimarul orașului",
    "purtătoarea de cuvânt a Primăriei",
    "consilier local",
    "președintele asociației de proprietari",
    "directoarea școlii",
    "primarul comunei",
)
RO_SAYS = ("a declarat", "a spus", "a precizat", "a explicat", "a subliniat")
RO_SAYINGS = (
    "Este o investiție de care beneficiază tot orașul",
    "Nu îi vom lăsa pe oameni singuri",
    "Lucrările avansează conform graficului",
    "Le cerem oamenilor puțină răbdare",
    "Lucrăm la acest proiect de ani de zile",
    "Banii există, acum trebuie doar să începem lucrările",
    "Nimeni nu ne-a explicat ce se întâmplă cu familiile afectate",
    "Era o cerere veche a locuitorilor din cartier",
)
# (noun, feminine)
RO_BUILT: tuple[tuple[str, bool], ...] = (
    ("pod", False),
    ("școală", True),
    ("parcare", True),
    ("grădiniță", True),
    ("sală de sport", True),
    ("parc", False),
    ("sens giratoriu", False),
    ("bazin de înot", False),
)
RO_FRONTS = ("Scandal", "Decizie", "E oficial", "Surpriză", "Ședință tensionată", "Lovitură")
RO_SUBHEADS = (
    "Ce urmează?",
    "Reacția locuitorilor",
    "Cât costă?",
    "O dispută mai veche",
    "Ce spune opoziția",
    "Detaliile proiectului",
    "Calendarul lucrărilor",
    "Întrebări fără răspuns",
)
RO_MONTHS = _w(
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie"
)
RO_WEEKDAYS = _w("luni marți miercuri joi vineri sâmbătă duminică")


def ro_count(n: int, noun: str) -> str:
    """A number with its plural noun, "de" between them where Romanian puts it (a number ending in
    00 or in 20-99): "12 luni", "25 de luni", "300 de semnături", "310 semnături"."""
    return f"{n} de {noun}" if n % 100 == 0 or n % 100 >= 20 else f"{n} {noun}"


_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")


def cedilla(text: str) -> str:
    """Romanian written with the cedilla letters of old CMSes and fonts ("ş ţ" for "ș ț")."""
    return text.translate(_CEDILLA)


class RomanianProse(Prose):
    """Romanian local news (see the module docstring)."""

    lang = "ro"

    def place(self) -> str:
        return self.rng.choice(RO_TOWNS)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, plural = rng.choice(RO_AGENTS)
        when = f" {rng.choice(RO_TIMES)}" if time else ""
        return f"{agent} {'au' if plural else 'a'} {rng.choice(RO_VERBS)[0]} {rng.choice(RO_OBJECTS)}{when}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            first, second = rng.sample(RO_SAYINGS, 2)
            words = f"{first}. {second}" if rng.random() < 0.3 else first
            return f"„{words}”, {rng.choice(RO_SAYS)} {self.person()}, {rng.choice(RO_ROLES)}."
        if r < 0.25:
            return f"{rng.choice(RO_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            conj = rng.choice((", însă", ", iar", ", deoarece", ", în timp ce"))
            return f"{_cap(self.clause(time=rng.random() < 0.4))}{conj} {self.clause()}."
        if r < 0.46:
            return f"Deși {self.clause()}, {self.clause(time=True)}."
        if r < 0.6:
            return rng.choice(
                (
                    f"Investiția se ridică la {ro_count(rng.randint(2, 95), 'milioane')} de lei.",
                    f"Lucrările vor dura aproximativ {rng.randint(4, 18)} luni.",
                    f"Propunerea a trecut cu {rng.randint(11, 19)} voturi pentru și"
                    f" {rng.randint(2, 6)} împotrivă.",
                    f"Petiția a strâns deja peste {ro_count(100 * rng.randint(3, 40), 'semnături')}.",
                    f"Lucrările ar trebui finalizate până la sfârșitul anului {rng.randint(2027, 2030)}.",
                    f"Aproximativ {ro_count(10 * rng.randint(3, 40), 'persoane')} au participat la dezbaterea"
                    " publică.",
                )
            )
        if r < 0.72:
            return f"Primarul din {self.place()} susține că {self.clause()}."
        if r < 0.86:
            return rng.choice(
                (
                    f"Locuitorii din {self.place()} așteaptă de ani de zile această decizie.",
                    f"Nu este prima dată când {self.clause()}.",
                    f"O situație asemănătoare a fost semnalată recent și la {self.place()}.",
                    f"La {self.place()}, situația a rămas deocamdată neschimbată.",
                    "Subiectul va reveni pe ordinea de zi a Consiliului Local luna viitoare.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, plural = rng.choice(RO_AGENTS)
        head = f"{agent} {rng.choice(RO_VERBS)[2 if plural else 1]} {rng.choice(RO_OBJECTS)}"
        if r < 0.3:
            return f"{self.place()}: {_cap(head)}"
        if r < 0.5:
            return _cap(head)
        if r < 0.7:
            noun, fem = rng.choice(RO_BUILT)
            return f"{self.place()} va avea {'o nouă' if fem else 'un nou'} {noun} anul viitor"
        if r < 0.88:
            return f"{rng.choice(RO_FRONTS)} la {self.place()}: {head}"
        return f"{self.person()}: „{rng.choice(RO_SAYINGS)}”"

    def subheading(self) -> str:
        return self.rng.choice(RO_SUBHEADS)


RO_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Acasă",
        "Actualitate",
        "Administrație",
        "Eveniment",
        "Social",
        "Economie",
        "Educație",
        "Sănătate",
        "Sport",
        "Cultură",
        "Opinii",
    ),
    "sections": ("Actualitate", "Administrație", "Social", "Economie", "Eveniment", "Educație"),
    "related": ("Citește și", "Alte știri din zonă"),
    "read_more": ("Citește și:",),
    "by": ("Autor:",),
    "desks": ("redactor", "reporter", "redactor-șef adjunct", "corespondent local"),
    "share": ("Distribuie articolul", "Trimite prietenilor"),
    "share_sites": ("Facebook", "WhatsApp", "X", "Email", "Copiază linkul"),
    "newsletter": ("Abonează-te la newsletter și primești în fiecare dimineață știrile zilei.",),
    "comments": (
        "Comentariile sunt moderate. Mesajele jignitoare sau cu caracter publicitar vor fi șterse.",
        "Redacția nu își asumă responsabilitatea pentru opiniile exprimate de cititori.",
    ),
    "cookie": (
        "Acest site folosește cookie-uri pentru a-ți oferi o experiență de navigare mai bună.",
        "Folosim cookie-uri. Continuarea navigării implică acceptarea politicii noastre de cookie-uri.",
    ),
    "ad": ("Publicitate",),
    "copyright": (
        "© {year} {name}. Toate drepturile rezervate.",
        "Copyright © {year} {name}. Reproducerea interzisă.",
    ),
    "disclaimer": ("Preluarea articolelor este permisă doar cu citarea sursei și link către articol.",),
    "tagline": ("Cotidian independent al județului din {since}", "Știri locale din {region}, zi de zi"),
    "bio": ("{author} scrie despre {beat} la {name} din {since2}.",),
    "beats": ("administrație locală", "transport", "educație", "sănătate", "mediu"),
    "editorial": ("Articol realizat în cadrul proiectului „Orașul meu” al {name}.",),
    "classified": ("Vând apartament cu trei camere în centru, renovat recent.",),
    "subscribe": ("Susține presa locală independentă cu un abonament",),
}

# ==============================================================================================
# Serbian (Cyrillic)

SR_MALE = _w("Марко Никола Стефан Милош Лазар Душан Немања Александар Владимир Иван Драган Зоран")
SR_FEMALE = _w("Јелена Милица Ана Марија Невена Тијана Снежана Драгана Ивана Катарина Бојана")
SR_SURNAMES = _w("""Јовановић Петровић Николић Марковић Ђорђевић Стојановић Илић Станковић Павловић Милошевић
    Томић Ђурић Костић Лазић Радовановић Живковић""")
# (nominative, genitive, locative)
SR_TOWNS: tuple[tuple[str, str, str], ...] = (
    ("Ниш", "Ниша", "Нишу"),
    ("Крагујевац", "Крагујевца", "Крагујевцу"),
    ("Чачак", "Чачка", "Чачку"),
    ("Шабац", "Шапца", "Шапцу"),
    ("Ваљево", "Ваљева", "Ваљеву"),
    ("Зрењанин", "Зрењанина", "Зрењанину"),
    ("Суботица", "Суботице", "Суботици"),
    ("Панчево", "Панчева", "Панчеву"),
    ("Краљево", "Краљева", "Краљеву"),
    ("Лесковац", "Лесковца", "Лесковцу"),
    ("Смедерево", "Смедерева", "Смедереву"),
    ("Ужице", "Ужица", "Ужицу"),
    ("Пирот", "Пирота", "Пироту"),
    ("Сомбор", "Сомбора", "Сомбору"),
    ("Врање", "Врања", "Врању"),
    ("Јагодина", "Јагодине", "Јагодини"),
)
# (subject, gender: "m", "f", "n", "mpl", "fpl")
SR_AGENTS: tuple[tuple[str, str], ...] = (
    ("Скупштина града", "f"),
    ("Градско веће", "n"),
    ("градоначелник", "m"),
    ("Влада Србије", "f"),
    ("Министарство грађевинарства", "n"),
    ("месна заједница", "f"),
    ("управа болнице", "f"),
    ("Градска управа", "f"),
    ("комунална полиција", "f"),
    ("директорка школе", "f"),
    ("становници насеља", "mpl"),
    ("одборници опозиције", "mpl"),
    ("родитељи ученика", "mpl"),
    ("пољопривредници", "mpl"),
    ("предузетници из центра", "mpl"),
    ("раднице градске болнице", "fpl"),
)
_SR_ENDS = {"m": "о", "f": "ла", "n": "ло", "mpl": "ли", "fpl": "ле"}
# (the l-participle's stem, present singular, present plural)
SR_VERBS: tuple[tuple[str, str, str], ...] = (
    ("усвоји", "усваја", "усвајају"),
    ("одбаци", "одбацује", "одбацују"),
    ("најави", "најављује", "најављују"),
    ("одложи", "одлаже", "одлажу"),
    ("критикова", "критикује", "критикују"),
    ("представи", "представља", "представљају"),
    ("затражи", "тражи", "траже"),
    ("обустави", "обуставља", "обустављају"),
    ("размотри", "разматра", "разматрају"),
    ("измени", "мења", "мењају"),
    ("покрену", "покреће", "покрећу"),
)
# in the accusative
SR_OBJECTS = (
    "нови буџет",
    "план генералне регулације",
    "пројекат новог моста",
    "реконструкцију градске пијаце",
    "изградњу нове школе",
    "реконструкцију Улице краља Петра",
    "проширење водоводне мреже",
    "тендер за јавни превоз",
    "повећање цене комуналних услуга",
    "пројекат бициклистичке стазе",
    "нову одлуку о паркирању",
    "затварање градског базена",
    "куповину електричних аутобуса",
    "санацију локалних путева",
)
SR_TIMES = (
    "у уторак",
    "у четвртак увече",
    "на јучерашњој седници",
    "једногласно",
    "после дуге расправе",
    "коначно",
    "поново",
    "на ванредној седници",
    "ове недеље",
)
SR_SOURCES = (
    "Како сазнајемо,",
    "Према саопштењу градске управе,",
    "Како наводе из општине,",
    "Према незваничним информацијама,",
)
SR_ROLES_M = (
    "заменик градоначелника",
    "одборник опозиције",
    "председник месне заједнице",
    "директор јавног предузећа",
)
SR_ROLES_F = ("портпаролка градске управе", "директорка школе", "председница скупштине станара", "одборница")
SR_SAYINGS = (
    "Ово је инвестиција од које ће корист имати цео град",
    "Нећемо оставити грађане саме",
    "Радови напредују према плану",
    "Молимо грађане за стрпљење",
    "На овом пројекту радимо годинама",
    "Новац је обезбеђен, сада треба почети радове",
    "Нико нам није објаснио шта ће бити са породицама",
    "То је био дугогодишњи захтев мештана",
)
SR_BUILT = ("нови мост", "нову школу", "нови паркинг", "нови вртић", "нову спортску халу", "нови кружни ток")
SR_SUBHEADS = (
    "Шта даље?",
    "Реакције мештана",
    "Колико ће коштати?",
    "Стари спор",
    "Шта каже опозиција",
    "Детаљи",
    "Рокови",
    "Отворена питања",
)
SR_MONTHS = _w("јануар фебруар март април мај јун јул август септембар октобар новембар децембар")
SR_WEEKDAYS = _w("понедељак уторак среда четвртак петак субота недеља")


class SerbianProse(Prose):
    """Serbian (Cyrillic) local news (see the module docstring)."""

    lang = "sr"

    def person(self) -> str:
        return self.named()[0]

    def named(self) -> tuple[str, bool]:
        rng = self.rng
        female = rng.random() < 0.4
        return f"{rng.choice(SR_FEMALE if female else SR_MALE)} {rng.choice(SR_SURNAMES)}", female

    def place(self) -> str:
        return self.rng.choice(SR_TOWNS)[0]

    def town(self) -> tuple[str, str, str]:
        return self.rng.choice(SR_TOWNS)

    def clause(self, time: bool = False, clitic_first: bool = False) -> str:
        """ "Скупштина града је [у уторак] усвојила нови буџет"; with `clitic_first` the clitic leads
        ("је Скупштина града усвојила ...", after "иако" or "да")."""
        rng = self.rng
        agent, gender = rng.choice(SR_AGENTS)
        aux = "су" if gender.endswith("pl") else "је"
        verb = rng.choice(SR_VERBS)[0] + _SR_ENDS[gender]
        when = f" {rng.choice(SR_TIMES)}" if time else ""
        obj = rng.choice(SR_OBJECTS)
        if clitic_first:
            return f"{aux} {agent}{when} {verb} {obj}"
        return f"{agent} {aux}{when} {verb} {obj}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            name, female = self.named()
            role = rng.choice(SR_ROLES_F if female else SR_ROLES_M)
            return f"„{rng.choice(SR_SAYINGS)}”, {'рекла' if female else 'рекао'} је {name}, {role}."
        if r < 0.25:
            return f"{rng.choice(SR_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            conj = rng.choice((", али", ", а", ", док"))
            second = self.clause(clitic_first=conj != ", а")
            return f"{_cap(self.clause(time=rng.random() < 0.4))}{conj} {second}."
        if r < 0.46:
            return f"Иако {self.clause(clitic_first=True)}, {self.clause(time=True)}."
        if r < 0.6:
            return rng.choice(
                (
                    f"Вредност радова процењује се на {rng.randint(20, 900)} милиона динара.",
                    f"Радови би требало да трају око {rng.randint(5, 18)} месеци.",
                    f"Одлуку је подржало {10 * rng.randint(2, 6) + rng.choice((0, 5, 6, 7, 8, 9))}"
                    " одборника.",
                    f"Петицију је до сада потписало више од {100 * rng.randint(3, 40)} грађана.",
                    f"Радови би требало да буду завршени до краја {rng.randint(2027, 2030)}. године.",
                )
            )
        if r < 0.72:
            return f"Градоначелник {self.town()[1]} тврди да {self.clause(clitic_first=True)}."
        if r < 0.86:
            return rng.choice(
                (
                    f"Мештани {self.town()[1]} годинама чекају ову одлуку.",
                    f"Ово није први пут да {self.clause(clitic_first=True)}.",
                    f"Слична ситуација недавно је забележена и у {self.town()[2]}.",
                    f"У {self.town()[2]} ситуација за сада није промењена.",
                    "Ова тема ће се поново наћи пред одборницима следећег месеца.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, gender = rng.choice(SR_AGENTS)
        head = f"{agent} {rng.choice(SR_VERBS)[2 if gender.endswith('pl') else 1]} {rng.choice(SR_OBJECTS)}"
        if r < 0.35:
            return f"{self.place()}: {_cap(head)}"
        if r < 0.6:
            return _cap(head)
        if r < 0.78:
            return f"{self.place()} добија {rng.choice(SR_BUILT)} до краја године"
        if r < 0.9:
            return f"Оштра расправа у {self.town()[2]}: {head}"
        return f"{self.person()}: „{rng.choice(SR_SAYINGS)}”"

    def subheading(self) -> str:
        return self.rng.choice(SR_SUBHEADS)


SR_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Почетна",
        "Вести",
        "Друштво",
        "Политика",
        "Економија",
        "Хроника",
        "Градови",
        "Спорт",
        "Култура",
        "Свет",
    ),
    "sections": ("Друштво", "Политика", "Економија", "Хроника", "Градови", "Србија"),
    "related": ("Повезане вести",),
    "read_more": ("Прочитајте још:",),
    "by": ("Аутор:",),
    "desks": ("новинар", "уредник", "дописник"),
    "share": ("Подели вест", "Подели на друштвеним мрежама"),
    "share_sites": ("Facebook", "X", "Viber", "WhatsApp", "Telegram"),
    "newsletter": ("Пријавите се за билтен и примајте најважније вести сваког јутра",),
    "comments": (
        "Коментари се објављују након одобрења модератора. Увредљиви коментари неће бити објављени.",
    ),
    "cookie": ("Овај сајт користи колачиће како би вам пружио боље корисничко искуство.",),
    "ad": ("Реклама",),
    "copyright": ("© {year} {name}. Сва права задржана.", "Copyright © {year} {name}. Сва права задржана."),
    "disclaimer": ("Преузимање садржаја дозвољено је уз навођење извора и линк ка тексту.",),
    "tagline": ("Вести из {region} и околине од {since}. године", "Локалне вести, сваког дана"),
    "bio": ("{author} пише о темама као што је {beat} за {name} од {since2}. године.",),
    "beats": ("локална самоуправа", "саобраћај", "образовање", "здравство", "екологија"),
    "editorial": ("Текст је настао у оквиру пројекта „Мој град” портала {name}.",),
    "classified": ("Продајем трособан стан у центру, реновиран, усељив одмах.",),
    "subscribe": ("Подржите независно локално новинарство",),
}

_SR_LATIN = dict(
    zip(
        "абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ",
        _w("a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š")
        + _w("A B V G D Đ E Ž Z I J K L Lj M N Nj O P R S T Ć U F H C Č Dž Š"),
        strict=True,
    )
)


def sr_latin(text: str) -> str:
    """Serbian Cyrillic in Serbian Latin letters ("Љубав у Нишу" -> "Ljubav u Nišu"); other
    characters are kept."""
    return "".join(_SR_LATIN.get(ch, ch) for ch in text)


def _sr_site_names() -> dict[str, str]:
    """Every site name the Serbian family can have, with its Latin spelling."""
    return {
        form.format(p=town): sr_latin(form.format(p=town))
        for form in FAMILY_SITE_FORMS["sr-portal-cyrillic"]
        for town, _, _ in SR_TOWNS
    }


_SR_NAMES = _sr_site_names()


def sr_site_latin(text: str) -> str | None:
    """The Latin spelling of a Serbian family's site name (its host name comes from it); None for any
    other text."""
    return _SR_NAMES.get(text)


# ==============================================================================================
# shared pieces of the four renderers


def _html(c: Ctx, para: str, head: str, items: str) -> list[str]:
    """The story's blocks as HTML: `para` and `head` format a paragraph's (inline-marked) and a
    subheading's escaped text ("{t}"; "{n}" the subheading's level); consecutive list items go into
    one list opened by `items` ("<ul>" or "<ul class=...>")."""
    out: list[str] = []
    run: list[str] = []
    blocks = c.story.blocks
    for k, (tag, text) in enumerate(blocks):
        if tag == "li":
            run.append(f"<li>{esc(text)}</li>")
            if k + 1 == len(blocks) or blocks[k + 1][0] != "li":
                out.append(items + "\n".join(run) + "</ul>")
                run = []
        elif tag == "p":
            out.append(para.format(t=c.inline(text)))
        elif tag == "quote":
            out.append(f"<blockquote>{esc(text)}</blockquote>")
        else:
            out.append(head.format(t=esc(text), n=tag[1]))
    return out


def _number(c: Ctx, o: Story, base: int, step: int) -> int:
    """A story's id on its site: ids grow with the publication time (the stories are in that order)."""
    return base + step * c.others.index(o) + random.Random(o.title).randint(0, step - 1)


# --- km-damnang-site ------------------------------------------------------------------------------

KM_FOOTER = ("អំពីយើង", "ទំនាក់ទំនង", "ផ្សាយពាណិជ្ជកម្ម", "គោលការណ៍ឯកជនភាព", "លក្ខខណ្ឌប្រើប្រាស់")
KM_CAPTIONS = (
    "ទិដ្ឋភាពកិច្ចប្រជុំ នៅសាលាខេត្ត កាលពីព្រឹកមិញ",
    "ការដ្ឋានសាងសង់ផ្លូវ នៅក្នុងក្រុង កាលពីសប្តាហ៍មុន",
    "ប្រជាពលរដ្ឋ ចូលរួមក្នុងវេទិកាសាធារណៈ នៅថ្ងៃអាទិត្យ",
    "មន្ត្រីជំនាញ ចុះពិនិត្យទីតាំងគម្រោង ដោយផ្ទាល់",
)
KM_STREETS = ("មហាវិថីព្រះនរោត្តម", "មហាវិថីព្រះមុនីវង្ស", "ផ្លូវកម្ពុជាក្រោម", "មហាវិថីសហព័ន្ធរុស្ស៊ី")


def km_date(d: datetime) -> str:
    """ "ថ្ងៃសៅរ៍ ទី៧ ខែមីនា ឆ្នាំ២០២៦ ម៉ោង ១៤:៣០"."""
    return km_digits(
        f"ថ្ងៃ{KM_WEEKDAYS[d.weekday()]} ទី{d.day} ខែ{KM_MONTHS[d.month - 1]} ឆ្នាំ{d.year} ម៉ោង {d:%H:%M}"
    )


def render_km_damnang_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("km")
    wp = pub.index % 2 == 0  # WordPress (the Newspaper theme) or the Laravel CMS
    base = site.randint(30000, 400000)
    c.repath(lambda o: f"/article/{_number(c, o, base, 37)}")
    dr = _page_rng(c, "km")
    prose = KhmerProse(dr)
    tagline = c.snip(pub.tagline)
    nav = c.nav_items(" ")
    byline = f"{pub.ui('by')[0]} {s.author.name}"
    caption = c.snip(dr.choice(KM_CAPTIONS))
    label, sites = c.share()
    more = c.pick_others(1)[0]
    c.snip(f"{pub.read_more} {more.title}")
    telegram = c.text("subscribe")
    related = _snip_titles(c, c.pick_others(4))
    c.snip(pub.related_heading)
    latest = _snip_titles(c, c.pick_others(5))
    notice = c.snip(pub.fill(KM_UI["disclaimer"][0]))
    address = c.snip(
        km_digits(f"អាសយដ្ឋាន៖ ផ្ទះលេខ {site.randint(10, 300)} {site.choice(KM_STREETS)} រាជធានីភ្នំពេញ")
    )
    phone = c.snip(
        km_digits(f"ទូរស័ព្ទ៖ 0{site.randint(10, 99)} {site.randint(100, 999)} {site.randint(100, 999)}")
    )
    cp = c.copyright()
    c.snip(" ".join(KM_FOOTER))
    views = km_digits(f"{dr.randint(300, 40000):,}")
    body = _html(c, "<p>{t}</p>", "<h2>{t}</h2>", "<ul>")
    ad = (
        f'<div class="ads-in-article"><span class="ads-label">{esc(pub.ui("ad")[0])}</span>'
        f'<ins class="adsbygoogle" data-ad-slot="{dr.randint(10**9, 10**10 - 1)}"></ins></div>'
    )
    read = (
        f'<p class="read-more"><strong>{esc(pub.read_more)}</strong> <a href="{esc(more.path)}">'
        f"{esc(more.title)}</a></p>"
    )
    body = _insert_after(body, "<p>", [(1, ad), (2 if wp else 3, read)])
    title = f"{s.title} - {pub.name}" if wp else f"{s.title} | {pub.name}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "km",
    }
    photo = f"/uploads/{d:%Y/%m}/{_hex(dr, 10)}.jpg" if wp else f"/storage/images/{_hex(dr, 16)}.webp"
    figure = (
        f'<figure class="wp-caption"><img src="{photo}" alt=""><figcaption class="wp-caption-text">'
        f"{esc(caption)}</figcaption></figure>"
        if wp
        else f'<div class="feature-image"><img src="{photo}" alt="">\n'
        f'<p class="caption">{esc(caption)}</p></div>'
    )
    head = [
        "<!DOCTYPE html>",
        '<html lang="km">' if wp else '<html lang="km-KH">',
        "<head>",
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:locale" content="km_KH">',
        f'<meta property="article:published_time" content="{c.iso()}">' if wp else "",
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Kantumruy+Pro&display=swap">',
        _ldjson(data),
        "</head>",
    ]
    menu = "\n".join(f'<a href="/category/{i}">{esc(x)}</a>' for i, x in enumerate(nav))
    if wp:
        lines = [
            *head,
            '<body class="post-template-default single single-post td-standard-pack">',
            f'<div class="td-header-top-menu"><span class="td-slogan">{esc(tagline)}</span></div>',
            f'<div class="td-header-menu-wrap"><a class="td-logo" href="/">{esc(pub.name)}</a>'
            f'<nav class="td-header-main-menu">{menu}</nav></div>',
            '<div class="td-container"><article class="post type-post status-publish">',
            '<header class="td-post-title">',
            f'<ul class="td-category"><li><a href="/category/1">{esc(s.section)}</a></li></ul>',
            f'<h1 class="entry-title">{esc(s.title)}</h1>',
            f'<div class="td-module-meta-info"><span class="td-post-author-name">{esc(byline)}</span>\n'
            f'<span class="td-post-date"><time class="entry-date updated td-module-date" '
            f'datetime="{c.iso()}">{km_date(d)}</time></span>\n'
            f'<span class="td-post-views">{views}</span></div></header>',
            f'<div class="td-post-sharing"><span>{esc(label)}</span>\n'
            + "\n".join(f'<a class="td-social-sharing-button" href="#">{esc(x)}</a>' for x in sites)
            + "</div>",
            figure,
            '<div class="td-post-content tagdiv-type">',
            *body,
            "</div>",
            f'<div class="telegram-box"><a href="https://t.me/">{esc(telegram)}</a></div>',
            "</article>",
            f'<div class="td-related-title"><span>{esc(pub.related_heading)}</span></div>',
            '<div class="td_block_related_posts">'
            + _links(related, '<div class="td-module-title">{}</div>')
            + "</div>",
            '<aside class="td-sidebar"><h4 class="block-title">ព័ត៌មានថ្មីៗ</h4><ul>'
            + _links(latest)
            + "</ul></aside>",
            "</div>",
            '<footer class="td-footer-wrapper"><ul class="menu">'
            + _footer_links(KM_FOOTER)
            + "</ul>",
            f"<p>{esc(address)}</p>\n<p>{esc(phone)}</p>\n<p>{esc(notice)}</p>",
            f'<div class="td-sub-footer-copy">{esc(cp)}</div></footer>',
        ]
    else:
        excerpt = prose.sentence()
        while excerpt in s.body():
            excerpt = prose.sentence()
        lines = [
            *head,
            '<body class="article-page">',
            '<div class="top-bar"><div class="container">'
            f'<span class="slogan">{esc(tagline)}</span></div></div>',
            f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>'
            f'<nav class="main-menu">{menu}</nav></header>',
            '<main class="container"><div class="row"><div class="col-lg-8">',
            '<div class="article-detail">',
            f'<a class="category-badge" href="/category/1">{esc(s.section)}</a>',
            f'<h1 class="article-title">{esc(s.title)}</h1>',
            f'<p class="excerpt">{esc(excerpt)}</p>',
            f'<div class="article-meta"><span class="author">{esc(byline)}</span>\n'
            f'<span class="date">{km_date(d)}</span>\n<span class="view-count">{views}</span></div>',
            figure,
            '<div class="content-detail">',
            *body,
            "</div>",
            f'<div class="share-box"><span>{esc(label)}</span>\n'
            + "\n".join(f'<a href="#" class="share-{_slug(x) or "link"}">{esc(x)}</a>' for x in sites)
            + "</div>",
            f'<div class="join-telegram"><a href="https://t.me/">{esc(telegram)}</a></div>',
            f'<section class="related-news"><h3>{esc(pub.related_heading)}</h3><div class="row">'
            + _links(related, '<div class="col-6 news-item"><h4>{}</h4></div>')
            + "</div></section>",
            "</div></div>",
            '<div class="col-lg-4"><div class="latest-news"><h3>ព័ត៌មានថ្មីៗ</h3><ul>'
            + _links(latest)
            + "</ul></div></div>",
            "</div></main>",
            '<footer class="footer"><div class="footer-links">'
            + "\n".join(f'<a href="#">{x}</a>' for x in KM_FOOTER)
            + "</div>",
            f"<p>{esc(address)}</p>\n<p>{esc(phone)}</p>\n<p>{esc(notice)}</p>\n<p>{esc(cp)}</p></footer>",
        ]
    return _end_page(c, lines, "cookie-notice", "យល់ព្រម")


# --- si-puwath-portal -----------------------------------------------------------------------------

SI_FOOTER = ("අප ගැන", "අප අමතන්න", "දැන්වීම් සඳහා", "පෞද්ගලිකත්ව ප්‍රතිපත්තිය", "RSS")
SI_CAPTIONS = (
    "නගර සභා රැස්වීමේ අවස්ථාවක්",
    "ඉදිකිරීම් කටයුතු සිදුවන ස්ථානය",
    "ප්‍රදේශවාසීන් විරෝධතාවයේ නිරත වූ අවස්ථාව",
    "ව්‍යාපෘතිය ක්‍රියාත්මක වන ප්‍රදේශය",
    "නිලධාරීන් ස්ථානය නිරීක්ෂණය කළ අවස්ථාව",
)
SI_SECTION_SLUGS = {
    "පුවත්": "local",
    "දේශපාලන": "politics",
    "ප්‍රාදේශීය": "regional",
    "ආර්ථික": "business",
    "අධ්‍යාපන": "education",
    "සෞඛ්‍ය": "health",
}


def si_date(d: datetime) -> str:
    """ "2026 මාර්තු 07 සෙනසුරාදා ප.ව. 02.30"."""
    half = "පෙ.ව." if d.hour < 12 else "ප.ව."
    return f"{d.year} {SI_MONTHS[d.month - 1]} {d:%d} {SI_WEEKDAYS[d.weekday()]} {half} {d:%I.%M}"


def render_si_puwath_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("si")
    v = pub.index % 2
    base = site.randint(60000, 900000)
    c.repath(lambda o: f"/news/{_number(c, o, base, 23)}/{_slugged(si_latin(o.title))}")
    _list_run(c, "si-list")
    dr = _page_rng(c, "si")
    prose = SinhalaProse(dr)
    nav = c.nav_items(" ")
    reporter = c.snip(f"{pub.ui('by')[0]} {s.author.name} - {prose.city()}")
    caption = c.snip(f"{dr.choice(SI_CAPTIONS)} (ඡායාරූපය: {pub.name})")
    inner = c.snip(f"{dr.choice(SI_CAPTIONS)} (ඡායාරූපය: {prose.person()})") if v else ""
    reads = c.pick_others(2)
    for o in reads:
        c.snip(f"මේවාත් කියවන්න {o.title}")
    whatsapp = c.text("subscribe")
    label, sites = c.share()
    related = _snip_titles(c, c.pick_others(4))
    comments = c.text("comments")
    cp = c.copyright()
    c.snip(" ".join(SI_FOOTER[:4]))
    body = _html(c, "<p>{t}</p>", "<h3>{t}</h3>", '<ul class="news-list">')
    inserts = [
        (
            1 + 2 * k,
            '<p class="read-more"><strong>මේවාත් කියවන්න</strong> '
            f'<a href="{esc(o.path)}">{esc(o.title)}</a></p>',
        )
        for k, o in enumerate(reads)
    ]
    if inner:
        inserts.append(
            (
                2,
                f'<div class="inline-image"><img src="/images/{_hex(dr, 12)}.jpg" alt="">'
                f"<p>{esc(inner)}</p></div>",
            )
        )
    body = _insert_after(body, "<p>", inserts, skip='<p class="read-more"')
    title = f"{s.title} | {pub.name}" if v == 0 else f"{s.title} - {pub.name} News"
    meta = (
        _ldjson(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": s.title,
                "datePublished": c.iso(),
                "author": {"@type": "Person", "name": s.author.name},
                "publisher": {"@type": "Organization", "name": pub.name},
            }
        )
        if v == 0
        else ""
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="si">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        meta,
        "</head>",
        '<body class="news-page">',
        f'<div class="header"><a class="logo" href="/">{esc(pub.name)}</a>'
        f'<span class="date-today">{d.year} {SI_MONTHS[d.month - 1]} {d:%d}</span></div>',
        '<div class="navbar"><ul>'
        + "\n".join(f'<li><a href="/{i}">{esc(x)}</a></li>' for i, x in enumerate(nav))
        + "</ul></div>",
        '<div class="wrapper"><div class="main-col">',
        '<div class="news-article" itemscope itemtype="https://schema.org/NewsArticle">'
        if v
        else '<div class="news-article">',
        f'<meta itemprop="datePublished" content="{c.iso()}">' if v else "",
        f'<h1 class="news-heading" itemprop="headline">{esc(s.title)}</h1>'
        if v
        else f'<h1 class="news-heading">{esc(s.title)}</h1>',
        f'<div class="news-meta"><span class="news-date">{si_date(d)}</span>\n'
        f'<span class="reporter">{esc(reporter)}</span></div>',
        f'<div class="main-image"><img src="/images/{d:%Y/%m}/{_hex(dr, 12)}.jpg" alt="">'
        f'<p class="img-caption">{esc(caption)}</p></div>',
        '<div class="news-content">',
        *body,
        "</div>",
        f'<div class="whatsapp-channel"><a href="https://whatsapp.com/channel/">{esc(whatsapp)}</a></div>',
        _share_div("share-buttons", label, sites),
        f'<div class="comment-box"><p class="comment-rules">{esc(comments)}</p><textarea></textarea>'
        "<button>යොමු කරන්න</button></div>",
        "</div></div>",
        f'<div class="side-col"><div class="related"><h3>{esc(pub.related_heading)}</h3><ul>'
        + _links(related)
        + "</ul></div></div>",
        "</div>",
        '<div class="footer"><ul>' + _footer_links(SI_FOOTER) + "</ul>",
        f'<p class="copyright">{esc(cp)}</p></div>',
    ]
    return _end_page(c, lines, "cookie-bar", "එකඟයි")


# --- ro-ziar-local --------------------------------------------------------------------------------

RO_FOOTER = (
    "Despre noi",
    "Redacția",
    "Publicitate",
    "Politica de confidențialitate",
    "Termeni și condiții",
    "Contact",
)
RO_TAGS = ("primărie", "consiliul local", "investiții", "lucrări", "buget", "transport", "școli", "spital")
RO_COMMENTS = (
    "Au promis asta și acum patru ani și nu s-a făcut nimic.",
    "În sfârșit o veste bună pentru oraș, mai trebuie doar să se și facă.",
    "Bani aruncați pe geam, drumurile din cartier arată ca după război.",
    "Să vedem cine câștigă licitația, că deja știm cum merg lucrurile.",
    "Felicitări pentru articol, bine că mai scrie cineva despre problemele noastre.",
    "Eu locuiesc pe strada aceea și nimeni nu ne-a întrebat nimic.",
)
RO_NICKS = (
    "ion_din_centru",
    "Maria P.",
    "cetățeanul",
    "un cititor",
    "Vasile",
    "nea Gicu",
    "AlexM",
    "dana_77",
)
RO_SKY = ("Senin", "Parțial noros", "Ploaie slabă", "Ceață", "Înnorat")


def ro_date(d: datetime) -> str:
    """ "sâmbătă, 7 martie 2026, 14:30"."""
    return f"{RO_WEEKDAYS[d.weekday()]}, {d.day} {RO_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"


def ro_joomla_date(d: datetime) -> str:
    """ "Sâmbătă, 07 Martie 2026 14:30" (Joomla's Romanian language pack, with the cedilla letters:
    "Marţi, 17 Februarie 2026 09:05")."""
    return cedilla(
        f"{_cap(RO_WEEKDAYS[d.weekday()])}, {d:%d} {_cap(RO_MONTHS[d.month - 1])} {d.year} {d:%H:%M}"
    )


def _cedilla_stories(c: Ctx) -> None:
    """Every story of the publisher written with the cedilla letters (titles and text)."""
    for o in c.others:
        o.title = cedilla(o.title)
        o.blocks[:] = [(tag, cedilla(text)) for tag, text in o.blocks]
        o.sentences[:] = [[cedilla(x) for x in sents] for sents in o.sentences]


def render_ro_ziar_local(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ro")
    old = pub.index % 2 == 1  # a Joomla site of the 2000s (cedilla letters) or WordPress
    t: Callable[[str], str] = cedilla if old else str
    if old:
        _cedilla_stories(c)
    base = site.randint(10000, 300000)
    c.repath(lambda o: f"/stiri/{_slug(o.section)}/{_slug(o.title)}-{_number(c, o, base, 13)}.html")
    if not old:
        _list_run(c, "ro-list")
    dr = _page_rng(c, "ro")
    name = t(pub.name)
    nav = [t(x) for x in pub.ui("nav")[:9]]
    c.snip(" ".join(nav[:5]))
    weather = c.snip(
        t(
            f"Vremea în {pub.name.split(' de ')[-1].removesuffix(' Expres')}: {site.choice(RO_SKY)}, "
            f"{dr.randint(-3, 18)}°C"
        )
    )
    author = c.snip(t(f"{pub.ui('by')[0]} {s.author.name}, {s.author.desk}"))
    credit = c.snip(t(f"Foto: {RomanianProse(dr).person()} / {pub.name}"))
    reads = c.pick_others(2)
    for o in reads:
        c.snip(f"{t('Citește și:')} {o.title}")
    tags = c.snip(t("Etichete: " + ", ".join(dr.sample(RO_TAGS, 3))))
    label = t(c.pick("share"))
    sites = list(pub.ui("share_sites"))
    c.snip(f"{label} {' | '.join(sites[:3])}" if old else " ".join([label, *sites[:3]]))
    notice = c.snip(t(c.pick("comments")))
    comments = [
        (t(dr.choice(RO_NICKS)), c.snip(t(x)), dr.randint(1, 40))
        for x in dr.sample(RO_COMMENTS, dr.randint(2, 4))
    ]
    count = c.snip(t(f"{len(comments)} comentarii la acest articol"))
    popular = _snip_titles(c, c.pick_others(5))
    c.snip(t("Cele mai citite știri"))
    newsletter = c.snip(t(c.pick("newsletter")))
    cookie = c.snip(t(c.pick("cookie")))
    cp = c.snip(t(c.pick("copyright")))
    c.snip(t((" | " if old else " ").join(RO_FOOTER[:4])))
    body = _html(c, "<p>{t}</p>", "<h2>{t}</h2>" if not old else "<p><strong>{t}</strong></p>", "<ul>")
    if not old:
        body[0] = body[0].replace("<p>", '<p class="lead"><strong>', 1).replace("</p>", "</strong></p>")
    also = t("Citește și:")
    inserts = [
        (
            1 + 2 * k,
            f'<p class="citeste-si"><strong>{also}</strong> <a href="{esc(o.path)}">{esc(o.title)}</a></p>'
            if not old
            else f'<p><b>{also}</b> <a href="{esc(o.path)}">{esc(o.title)}</a></p>',
        )
        for k, o in enumerate(reads)
    ]
    body = _insert_after(body, "<p", inserts, skip='<p class="citeste-si"' if not old else f"<p><b>{also}")
    comment_html = "\n".join(
        f'<li class="comment"><div class="comment-author"><b>{esc(n)}</b> '
        f"<span>{t(ro_date(d + timedelta(minutes=m * 17)))}"
        f"</span></div><p>{esc(x)}</p></li>"
        for n, x, m in comments
    )
    cookie_html = (
        f'<div id="cookie-law-info-bar"><span>{esc(cookie)}</span> '
        '<a role="button" id="cookie_action_close_header">'
        "Accept</a></div>"
    )
    if not old:
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "@id": f"{c.url()}#article",
                    "headline": s.title,
                    "datePublished": c.iso(),
                    "dateModified": (d + timedelta(hours=dr.randint(1, 20))).isoformat(timespec="seconds"),
                    "author": {"@type": "Person", "name": s.author.name},
                    "articleSection": s.section,
                    "inLanguage": "ro-RO",
                },
                {"@type": "Organization", "name": pub.name, "url": f"http://{pub.host}/"},
            ],
        }
        lines = [
            "<!DOCTYPE html>",
            '<html lang="ro-RO">',
            "<head>",
            '<meta charset="UTF-8">',
            f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
            f'<meta property="og:title" content="{esc(s.title)}">',
            '<meta property="og:locale" content="ro_RO">',
            f'<meta property="article:published_time" content="{c.iso()}">',
            f'<link rel="canonical" href="{esc(c.url())}">',
            '<script type="application/ld+json" class="yoast-schema-graph">'
            + json.dumps(graph, ensure_ascii=False)
            + "</script>",
            "</head>",
            '<body class="post-template-default single single-post">',
            f'<div class="top-bar"><span class="weather">{esc(weather)}</span></div>',
            f'<header id="masthead"><p class="site-title"><a href="/">{esc(pub.name)}</a></p>',
            '<nav id="site-navigation"><ul id="primary-menu">'
            + "\n".join(f'<li class="menu-item"><a href="/stiri/{_slug(x)}">{esc(x)}</a></li>' for x in nav)
            + "</ul></nav></header>",
            '<main id="main"><article class="post type-post status-publish format-standard">',
            '<header class="entry-header">',
            f'<span class="cat-links"><a href="/stiri/{_slug(s.section)}">{esc(s.section)}</a></span>',
            f'<h1 class="entry-title">{esc(s.title)}</h1>',
            f'<div class="entry-meta"><span class="byline">{esc(author)}</span>\n'
            f'<time class="entry-date published" datetime="{c.iso()}">{ro_date(d)}</time></div></header>',
            '<figure class="post-thumbnail">'
            f'<img src="/wp-content/uploads/{d:%Y/%m}/{_hex(dr, 8)}.jpg" alt="">'
            f"<figcaption>{esc(credit)}</figcaption></figure>",
            '<div class="entry-content">',
            *body,
            "</div>",
            f'<footer class="entry-footer"><span class="tags-links">{esc(tags)}</span></footer>',
            f'<div class="sharedaddy"><h3>{esc(label)}</h3>\n'
            + "".join(f'<a class="share-{_slug(x)}" href="#">{esc(x)}</a>\n' for x in sites)
            + "</div>",
            "</article>",
            f'<div id="comments" class="comments-area"><h2 class="comments-title">{esc(count)}</h2>',
            f'<ol class="comment-list">{comment_html}</ol>',
            f'<p class="comment-notes">{esc(notice)}</p></div>',
            "</main>",
            '<aside id="secondary"><section class="widget popular-posts">'
            '<h2 class="widget-title">Cele mai citite'
            " știri</h2><ul>" + _links(popular) + "</ul></section>",
            f'<section class="widget newsletter"><p>{esc(newsletter)}</p>'
            '<input type="email"><button>Abonare</button>'
            "</section></aside>",
            '<footer id="colophon"><nav class="footer-menu">'
            + "\n".join(f'<a href="#">{x}</a>' for x in RO_FOOTER)
            + "</nav>",
            f'<div class="site-info">{esc(cp)}</div></footer>',
            cookie_html,
            "</body>",
            "</html>",
        ]
    else:
        lines = [
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ro-ro" lang="ro-ro">',
            "<head>",
            '<meta http-equiv="content-type" content="text/html; charset=utf-8" />',
            '<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />',
            f"<title>{esc(name)} - {esc(s.title)}</title>",
            "</head>",
            '<body id="page_bg">',
            f'<div id="header"><div class="logo"><a href="/">{esc(name)}</a></div>'
            f'<div class="vremea">{esc(weather)}</div></div>',
            '<div id="topmenu"><ul class="menu">'
            + "\n".join(f'<li><a href="/stiri/{_slug(x)}"><span>{esc(x)}</span></a></li>' for x in nav)
            + "</ul></div>",
            '<table class="contentpaneopen"><tr>',
            f'<td class="contentheading" width="100%">{esc(s.title)}</td></tr>',
            '<tr><td class="small"><span class="small">' + esc(author) + "</span></td></tr>",
            f'<tr><td valign="top" class="createdate">{ro_joomla_date(d)}</td></tr>',
            '<tr><td valign="top">',
            f'<p><img src="/images/stories/{d:%Y}/{_hex(dr, 8)}.jpg" alt="" /><br />'
            f"<em>{esc(credit)}</em></p>",
            '<div class="article-content">',
            *body,
            "</div>",
            f'<p class="tags">{esc(tags)}</p>',
            "</td></tr></table>",
            f'<div class="share"><b>{esc(label)}</b> '
            + " | ".join(f'<a href="#">{esc(x)}</a>' for x in sites)
            + "</div>",
            f'<div id="jc"><h4>{esc(count)}</h4>',
            f'<ul id="comments-list">{comment_html}</ul>',
            f'<div class="jc-notice">{esc(notice)}</div></div>',
            f'<div class="moduletable"><h3>{esc(t("Cele mai citite știri"))}</h3><ul class="mostread">'
            + _links(popular)
            + "</ul></div>",
            f'<div class="moduletable"><p>{esc(newsletter)}</p></div>',
            '<div id="footer"><p>'
            + " | ".join(f'<a href="#">{esc(t(x))}</a>' for x in RO_FOOTER)
            + f"</p><p>{esc(cp)}</p></div>",
            cookie_html,
            "</body>",
            "</html>",
        ]
    html = _j(lines)
    _drop_in_body(c)
    return html


# --- sr-portal-cyrillic ---------------------------------------------------------------------------

SR_SECTION_SLUGS = {
    "Друштво": "drustvo",
    "Политика": "politika",
    "Економија": "ekonomija",
    "Хроника": "hronika",
    "Градови": "gradovi",
    "Србија": "srbija",
}
SR_FOOTER = ("О нама", "Импресум", "Маркетинг", "Политика приватности", "Услови коришћења", "Контакт")
SR_TAGS = (
    "Скупштина града",
    "буџет",
    "инфраструктура",
    "саобраћај",
    "школе",
    "здравство",
    "комунални проблеми",
)


def sr_date(d: datetime, style: int) -> str:
    """ "субота, 7. март 2026. 14:30" (style 0) or "07.03.2026. 14:30" (style 1)."""
    if style == 0:
        return f"{SR_WEEKDAYS[d.weekday()]}, {d.day}. {SR_MONTHS[d.month - 1]} {d.year}. {d:%H:%M}"
    return f"{d:%d.%m.%Y}. {d:%H:%M}"


def render_sr_portal_cyrillic(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("sr")
    v = pub.index % 2
    base = site.randint(100000, 700000)

    def path(o: Story) -> str:
        slug = _sr_slug(sr_latin(o.title))
        slug = slug if len(slug) <= 60 else slug[:60].rsplit("-", 1)[0]
        return f"/vesti/{SR_SECTION_SLUGS[o.section]}/{_number(c, o, base, 41)}/{slug}"

    c.repath(path)
    _list_run(c, "sr-list")
    dr = _page_rng(c, "sr")
    prose = SerbianProse(dr)
    nav = c.nav_items(" ")
    c.snip(f"Ћирилица | Latinica | {pub.name}")
    lead = prose.sentence()
    while lead in s.body():
        lead = prose.sentence()
    author = f"{pub.ui('by')[0]} {s.author.name}"
    credit = c.snip(f"Фото: {prose.person()} / {pub.name}")
    reads = c.pick_others(2)
    for o in reads:
        c.snip(f"Прочитајте још: {o.title}")
    tags = c.snip("Тагови: " + ", ".join(dr.sample(SR_TAGS, 3)))
    label, sites = c.share()
    related = _snip_titles(c, c.pick_others(3))
    popular = _snip_titles(c, c.pick_others(5))
    comments = c.text("comments")
    registry = c.snip(f"Број у Регистру медија АПР: IN{site.randint(100, 999):06d}")
    cp = c.copyright()
    c.snip(" ".join(SR_FOOTER[:4]))
    body = _html(c, "<p>{t}</p>", "<h2>{t}</h2>", "<ul>")
    inserts = [
        (
            1 + 2 * k,
            '<p class="read-more"><strong>Прочитајте још:</strong> '
            f'<a href="{esc(o.path)}">{esc(o.title)}</a></p>',
        )
        for k, o in enumerate(reads)
    ]
    body = _insert_after(body, "<p>", inserts)
    title = f"{s.title} | {pub.name}" if v == 0 else f"{s.title} - {pub.name}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "inLanguage": "sr-Cyrl",
    }
    latin_name = sr_latin(pub.name)
    dated = (
        f'<time class="published" datetime="{c.iso()}">{sr_date(d, 0)}</time>'
        if v == 0
        else f'<span class="date">{sr_date(d, 1)}</span>'
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="sr-Cyrl-RS">' if v == 0 else '<html lang="sr">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="article:published_time" content="{c.iso()}">' if v else "",
        f'<link rel="alternate" hreflang="sr-Latn" href="http://{pub.host}/lat{s.path}">',
        _ldjson(data) if v == 0 else "",
        "</head>",
        f'<body class="{"single-news" if v == 0 else "page-article"}">',
        f'<div class="header-top"><span class="script-switch">Ћирилица | <a href="/lat{esc(s.path)}" '
        f'hreflang="sr-Latn" title="{esc(latin_name)}">Latinica</a> | {esc(pub.name)}</span></div>',
        f'<header class="header"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="main-nav">'
        + "\n".join(f'<a href="/vesti/{i}">{esc(x)}</a>' for i, x in enumerate(nav))
        + "</nav></header>",
        '<div class="container"><main class="content"><article class="article">',
        f'<a class="article-category" href="/vesti/{SR_SECTION_SLUGS[s.section]}">{esc(s.section)}</a>',
        f"<h1>{esc(s.title)}</h1>",
        f'<p class="lead"><strong>{esc(lead)}</strong></p>',
        f'<div class="article-info"><span class="author">{esc(author)}</span>\n{dated}</div>',
        f'<figure class="article-image"><img src="/data/images/{d:%Y/%m/%d}/{_hex(dr, 10)}.jpg" alt="">'
        f"<figcaption>{esc(credit)}</figcaption></figure>",
        '<div class="article-body" itemprop="articleBody">' if v == 0 else '<div class="text">',
        *body,
        "</div>",
        f'<div class="tags">{esc(tags)}</div>',
        f'<div class="share"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#" rel="nofollow">{esc(x)}</a>' for x in sites)
        + "</div>",
        f'<section class="related-news"><h3>{esc(pub.related_heading)}</h3><ul>'
        + _links(related)
        + "</ul></section>",
        f'<div class="comments"><p class="comments-notice">{esc(comments)}</p></div>',
        "</article></main>",
        '<aside class="sidebar"><div class="most-read"><h3>Најчитаније</h3><ol>'
        + _links(popular)
        + "</ol></div></aside>",
        "</div>",
        '<footer class="footer"><ul>'
        + _footer_links(SR_FOOTER)
        + "</ul>",
        f'<p class="registry">{esc(registry)}</p>\n<p>{esc(cp)}</p></footer>',
    ]
    return _end_page(c, lines, "cookie-consent", "Прихватам")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "km-damnang-site": render_km_damnang_site,
    "si-puwath-portal": render_si_puwath_portal,
    "ro-ziar-local": render_ro_ziar_local,
    "sr-portal-cyrillic": render_sr_portal_cyrillic,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import json  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _drop_in_body,
    _end_page,
    _footer_links,
    _hex,
    _insert_after,
    _ldjson,
    _links,
    _list_run,
    _page_rng,
    _share_div,
    _slugged,
    _snip_titles,
    ascii_slugger,
    register_language,
)
from pipeline.synth.publishers import Ctx, Story, _j, _slug, esc  # noqa: E402

# a URL slug of Serbian Latin text, "đ" written "dj" (NFKD does not take it apart)
_sr_slug = ascii_slugger(("đ", "dj"), ("Đ", "Dj"))

# Khmer, Sinhala, Romanian and Serbian join the registries (new keys only)
register_language(
    "km",
    first_names=KM_MALE + KM_FEMALE,
    surnames=KM_FAMILY,
    prose=KhmerProse,
    ui=KM_UI,
    months=KM_MONTHS,
    zones=("Asia/Phnom_Penh",),
)
register_language(
    "si",
    first_names=SI_MALE + SI_FEMALE,
    surnames=SI_SURNAMES,
    prose=SinhalaProse,
    ui=SI_UI,
    months=SI_MONTHS,
    zones=("Asia/Colombo",),
)
register_language(
    "ro",
    first_names=RO_FIRST,
    surnames=RO_SURNAMES,
    prose=RomanianProse,
    ui=RO_UI,
    months=RO_MONTHS,
    zones=("Europe/Bucharest",),
)
register_language(
    "sr",
    first_names=SR_MALE + SR_FEMALE,
    surnames=SR_SURNAMES,
    prose=SerbianProse,
    ui=SR_UI,
    months=SR_MONTHS,
    zones=("Europe/Belgrade",),
    romanizer=sr_site_latin,
)
