"""Four NESS template families for the synthetic publishers (see `pipeline.synth.publishers`).

"ness" is a forty-third split, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `NESS_FAMILIES`: the ness families are
generated only by `generate_corpus("ness")`, so every other corpus is as it was. The split is that of
national and regional news portals of Central Asia and the Caucasus, in four languages no split had.
This module brings them, each with its grammar, names, UI strings, month names and zones, added to
the registries of `pipeline.synth.prose` and `pipeline.synth.publishers` when the module is loaded
(`kit.register_language`, new keys only; nothing another language uses changes):
  * Kazakh ("kk", `KazakhProse`), Cyrillic with ә ғ қ ң ө ұ ү һ і: subject-object-verb, the object
    in the accusative, the past in "-ды/-ді/-ты/-ті" ("бекітті") and headlines often in the
    intentional "-мақ/-мек" ("бекітпек"); towns with their genitive in a headline ("Шымкенттің
    орталығында"); «…», — деді quotes with the speaker's role before the name; men's and women's
    surnames ("-ов"/"-ова", "-ұлы"/"-қызы");
  * Uzbek ("uz", `UzbekProse`), Latin script with oʻ gʻ (U+02BB) and the tutuq belgisi ʼ (U+02BC):
    subject-object-verb, the accusative "-ni", the past "-di" and the headlines' "-moqda"; «…», —
    dedi quotes; sites that write the marks ‘ ’ or ' instead (as real ones do) do so everywhere,
    truth included (`UZ_MARKS`);
  * Azerbaijani ("az"), Latin with ə ğ ı ş ç ö ü: subject-object-verb, the body's reported past in
    "-ıb/-ib/-ub/-üb" ("təsdiqləyib"), the headlines' past in "-dı/-di" ("təsdiqlədi"), "Qeyd edək
    ki, ..." and “…”, – deyə ... bildirib quotes;
  * Mongolian ("mn"), Cyrillic with ө and ү: subject-object-verb, the accusative "-ыг/-ийг/-г",
    the past "-лаа/-лээ/-лоо/-лөө" and the headlines' future "-на/-нэ"; people named with their
    father's initial ("Б.Батбаяр"); «…» гэж ... хэллээ quotes.
Kazakh and Mongolian site names are Cyrillic and Uzbek and Azerbaijani ones carry letters NFKD does
not take apart, so a romanizer (`ness_site_latin`, knowing only this module's site names) gives their
host names.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a bulleted list inside the text is body, one line per item; a photo's
caption and credit are boilerplate; a standfirst under the headline is neither body nor
boilerplate; "read also" lines and ad labels amid the text are boilerplate (when four words or
more). The choices each family makes for the debatable parts:
  * kk-aqparat-portal: a Bitrix portal: the preview text (<div class="news-detail__anons">, the
    announcement shown under the headline on the sites that have it) is neither; the text of
    <div class="detail_text">, its <h3> subheadings and a list are body; the "Сондай-ақ оқыңыз:"
    line amid the text (the label and a headline), the author line, the photo credit, the
    currency and weather strip, the menu, the "Тақырып бойынша" headlines, "Соңғы жаңалықтар"
    headlines, "Тегтер:", the share bar, the Telegram call, the reuse notice, the media
    registration line and the footer are boilerplate; the kk/ru language switcher ("Қаз Рус") and
    the views count are neither (too short);
  * uz-yangiliklar-sayt: a Yii or Laravel portal: the lead (<p class="news-lead">, bold, under the
    headline, on the Yii sites) is neither; the text, <h2> subheadings and a list are body; the
    "Mavzuga oid:" line amid the text (the label and a headline), the link to the Cyrillic-script
    version (in Cyrillic), the author line, the photo caption, the menu, the currency strip, the
    "Telegram kanalimizga obuna boʻling" call, the share bar, "Mavzuga oid" headlines, "Soʻnggi
    yangiliklar" headlines, the comments notice, the reuse notice and the footer are boilerplate;
    the views count is neither;
  * az-xeber-portal: a WordPress news theme (Newspaper-like, `td-post-content`): the text, <h2>
    subheadings and a list are body; the "Həmçinin oxuyun:" line amid the text, the "Reklam"
    slot's label line, the author line, the photo caption, the menu, the social bar, the Telegram
    call, the "Oxşar xəbərlər" headlines, the "Digər xəbərlər" cards (headline and date), the
    editor-in-chief line, the reuse notice and the footer are boilerplate; there is no standfirst;
  * mn-medee-site: an in-house portal: the dek (<p class="news-dek">, under the headline) is
    neither; the text, <h3> subheadings and a list are body; the photo credit, the reporter line,
    the menu, the weather and currency strip, the share bar, "Холбоотой мэдээ" headlines, "Их
    уншсан" headlines, the comment form's notice, the readers' comments, the reuse notice and the
    footer are boilerplate; the comment counter ("Сэтгэгдэл (12)") and the form's button
    ("Сэтгэгдэл бичих") are neither (too short).

Families (language; date source):
  ness  kk-aqparat-portal       kk; microdata <meta itemprop="datePublished"> without an offset
                                (the site's zone, Asia/Almaty +05:00, applies) and the visible "7
                                наурыз 2026, 14:05"; paths /kk/news/<section code>/<id>/ or
                                /news/detail.php?ELEMENT_ID=<id>&lang=kk; <title> "T - Site" or
                                "T | Site ақпарат порталы"
  ness  uz-yangiliklar-sayt     uz; JSON-LD NewsArticle datePublished with +05:00 and the visible
                                "2026-yil 7-mart, 14:05" (Yii) or "14:05 / 07.03.2026" (Laravel);
                                paths /news/<yyyy>/<mm>/<dd>/<slug> or /uz/post/<id>-<slug>;
                                <title> "T | Site" or "T - Site"
  ness  az-xeber-portal         az; <meta property="article:published_time"> with +04:00, the
                                <time datetime> with it and the visible "7 mart 2026, 14:05";
                                paths /<yyyy>/<mm>/<dd>/<slug>/ or /<category>/<id>-<slug>.html;
                                <title> "T - Site" or "T | Site"
  ness  mn-medee-site           mn; the visible "2026.03.07 14:05" (local time) and a <time
                                datetime> with +08:00; paths /n/<id> or /content/<id>/<the
                                percent-encoded Cyrillic slug>; <title> "T | Site" or "Site - T"
"""

from __future__ import annotations

import random
from functools import cache

from pipeline.synth.prose import Prose, _w

FAMILIES: dict[str, str] = {
    "kk-aqparat-portal": "ness",
    "uz-yangiliklar-sayt": "ness",
    "az-xeber-portal": "ness",
    "mn-medee-site": "ness",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "kk-aqparat-portal": "kk",
    "uz-yangiliklar-sayt": "uz",
    "az-xeber-portal": "az",
    "mn-medee-site": "mn",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "kk-aqparat-portal": ("{p} Ақпарат", "{p} Хабары", "{p} Таңы", "{p} Жаршысы", "{p} Өңірі"),
    "uz-yangiliklar-sayt": ("{p} Yangiliklari", "{p} Haqiqati", "{p} Ovozi", "{p} Tongi", "{p}24"),
    "az-xeber-portal": ("{p} Xəbər", "{p} Səsi", "{p} Gündəm", "{p} Press", "{p} İnfo"),
    "mn-medee-site": ("{p} Мэдээ", "{p} Цаг", "{p} Сонин", "{p} Өнөөдөр", "{p} Ньюс"),
}


# ==============================================================================================
# Kazakh

KK_MALE = _w("Асқар Нұрлан Ерлан Бауыржан Дәурен Серік Айдос Қайрат Ержан Мұрат Ғалым Санжар Бекзат Әлихан")
KK_FEMALE = _w("Айгүл Гүлнар Әсел Динара Жанар Мадина Ақерке Сәуле Айжан Назерке Гүлмира Дана Жұлдыз")
KK_SURNAMES = _w("""Нұрланов Серікбаев Жақсыбеков Омаров Тоқтаров Әбдірахманов Қасымов Сейітов Мұхамедов
    Бекенов Исаев Жұмабеков Сәрсенбаев Төлеуов Қалиев Ахметов""")
KK_PATRONYMS = _w("Ерлан Серік Қайрат Мұрат Нұрлан Бауыржан Асқар")
# (nominative, genitive)
KK_TOWNS: tuple[tuple[str, str], ...] = (
    ("Алматы", "Алматының"),
    ("Астана", "Астананың"),
    ("Шымкент", "Шымкенттің"),
    ("Қарағанды", "Қарағандының"),
    ("Ақтөбе", "Ақтөбенің"),
    ("Павлодар", "Павлодардың"),
    ("Өскемен", "Өскеменнің"),
    ("Семей", "Семейдің"),
    ("Тараз", "Тараздың"),
    ("Атырау", "Атыраудың"),
    ("Қостанай", "Қостанайдың"),
    ("Орал", "Оралдың"),
    ("Түркістан", "Түркістанның"),
    ("Қызылорда", "Қызылорданың"),
    ("Көкшетау", "Көкшетаудың"),
    ("Петропавл", "Петропавлдың"),
    ("Талдықорған", "Талдықорғанның"),
    ("Ақтау", "Ақтаудың"),
)
KK_AGENTS = (
    "Қала әкімдігі",
    "Облыс әкімдігі",
    "Қалалық мәслихат",
    "Үкімет",
    "Тұрғындар",
    "Депутаттар",
    "Денсаулық сақтау басқармасы",
    "Білім басқармасы",
    "Кәсіпкерлер палатасы",
    "Энергетика министрлігі",
    "Көлік министрлігі",
    "Аудан әкімі",
)
# (past, intentional)
KK_VERBS: tuple[tuple[str, str], ...] = (
    ("бекітті", "бекітпек"),
    ("қабылдады", "қабылдамақ"),
    ("талқылады", "талқыламақ"),
    ("жариялады", "жарияламақ"),
    ("қолдады", "қолдамақ"),
    ("қайта қарады", "қайта қарамақ"),
    ("тоқтатты", "тоқтатпақ"),
    ("сынға алды", "сынға алмақ"),
    ("кейінге қалдырды", "кейінге қалдырмақ"),
    ("іске қосты", "іске қоспақ"),
    ("өзгертті", "өзгертпек"),
)
KK_OBJECTS = (
    "жаңа бюджетті",
    "мектеп құрылысы жобасын",
    "жол жөндеу жоспарын",
    "коммуналдық тарифтерді",
    "жаңа аурухана салу жобасын",
    "қоғамдық көлік кестесін",
    "жылу жүйесін жаңғырту бағдарламасын",
    "саябақты абаттандыру жобасын",
    "су құбырын жөндеу жұмыстарын",
    "жер телімдерін бөлу тәртібін",
    "көшелерді жарықтандыру жобасын",
    "ауа сапасын жақсарту жоспарын",
)
KK_TIMES = (
    "сейсенбі күні",
    "өткен аптада",
    "кеше",
    "бүгін",
    "кезекті сессияда",
    "бірауыздан",
    "ұзақ талқылаудан кейін",
    "биыл",
)
KK_SOURCES = (
    "Әкімдіктің баспасөз қызметінің хабарлауынша,",
    "Ресми мәліметке сәйкес,",
    "Басқарма өкілдерінің айтуынша,",
    "Сарапшылардың пікірінше,",
)
KK_ROLES = (
    "қала әкімінің орынбасары",
    "мәслихат депутаты",
    "тұрғындар бастамашыл тобының жетекшісі",
    "облыстық білім басқармасының басшысы",
    "мектеп директоры",
    "кәсіпкерлер палатасының өкілі",
    "аудан әкімі",
    "сарапшы",
)
KK_SAYINGS = (
    "Жұмыстар жоспар бойынша жүріп жатыр",
    "Бұл бүкіл қалаға пайдасы тиетін жоба",
    "Тұрғындардан шыдамдылық танытуды сұраймыз",
    "Бұл мәселе бірнеше жылдан бері шешілмей келеді",
    "Қаражат бөлінді, енді жұмысты бастау керек",
    "Ешкім бізге не болатынын түсіндірмеді",
    "Тұрғындардың ұсыныстарын ескердік",
    "Бұл шешімді ұзақ күттік",
)
KK_BUILT = ("мектеп", "аурухана", "балабақша", "спорт кешені", "көпір", "саябақ", "емхана", "жол айрығы")
KK_SUBHEADS = (
    "Келесі қадам қандай?",
    "Тұрғындардың пікірі",
    "Қанша қаражат қажет?",
    "Ескі мәселе",
    "Сарапшылар не дейді?",
    "Толығырақ",
    "Мерзімдер",
    "Жауапсыз сұрақтар",
)
KK_MONTHS = _w("қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан")


class KazakhProse(Prose):
    """Kazakh regional news (see the module docstring)."""

    lang = "kk"

    def person(self) -> str:
        rng = self.rng
        female = rng.random() < 0.4
        first = rng.choice(KK_FEMALE if female else KK_MALE)
        if rng.random() < 0.2:
            return f"{first} {rng.choice(KK_PATRONYMS)}{'қызы' if female else 'ұлы'}"
        return f"{first} {rng.choice(KK_SURNAMES)}{'а' if female else ''}"

    def place(self) -> str:
        return self.rng.choice(KK_TOWNS)[0]

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        when = f" {rng.choice(KK_TIMES)}" if time else ""
        return f"{rng.choice(KK_AGENTS)}{when} {rng.choice(KK_OBJECTS)} {rng.choice(KK_VERBS)[0]}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"«{rng.choice(KK_SAYINGS)}», — деді {rng.choice(KK_ROLES)} {self.person()}."
        if r < 0.25:
            return f"{rng.choice(KK_SOURCES)} {_low(self.clause(time=rng.random() < 0.6))}."
        if r < 0.38:
            conj = rng.choice((", алайда", ", ал", ", сондықтан"))
            return f"{self.clause(time=rng.random() < 0.4)}{conj} {_low(self.clause())}."
        if r < 0.46:
            return f"{self.place()} әкімінің айтуынша, {_low(self.clause())}."
        if r < 0.6:
            return rng.choice(
                (
                    f"Жобаның құны {rng.randint(2, 90)} млрд теңгені құрайды.",
                    f"Құрылыс жұмыстары {rng.randint(4, 18)} айға созылады.",
                    f"Шешімді {rng.randint(12, 40)} депутат қолдады.",
                    f"Петицияға {10 * rng.randint(30, 500)} адам қол қойды.",
                    f"Нысан {rng.randint(2027, 2030)} жылы пайдалануға беріледі.",
                    f"Жұмысқа {rng.randint(40, 300)} маман тартылады.",
                )
            )
        if r < 0.74:
            return rng.choice(
                (
                    f"{self.place()} тұрғындары бұл шешімді бірнеше жыл күтті.",
                    f"Ұқсас жағдай жақында {self.place()} қаласында да орын алған.",
                    f"{self.place()} қаласында әзірге жағдай өзгерген жоқ.",
                    "Мәселе келесі айда мәслихат сессиясында қайта қаралады.",
                    f"Бұған дейін де {_low(self.clause())}.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, obj, verb = rng.choice(KK_AGENTS), rng.choice(KK_OBJECTS), rng.choice(KK_VERBS)
        if r < 0.3:  # the past only after a place (alone, the headline would be a clause of the text)
            return f"{self.place()}: {_low(agent)} {obj} {verb[0 if rng.random() < 0.6 else 1]}"
        head = f"{agent} {obj} {verb[1]}"
        if r < 0.6:
            return head
        if r < 0.8:
            if rng.random() < 0.5:
                return f"{rng.choice(KK_TOWNS)[1]} орталығында жаңа {rng.choice(KK_BUILT)} салынады"
            return f"{self.place()} қаласында жаңа {rng.choice(KK_BUILT)} салынады"
        return f"{self.person()}: «{rng.choice(KK_SAYINGS)}»"

    def subheading(self) -> str:
        return self.rng.choice(KK_SUBHEADS)


def _low(text: str) -> str:
    """The text with its first letter lower-cased, unless its first word is a proper name (an agent
    starting with a capitalised institution is kept as it is)."""
    first = text.split(" ", 1)[0]
    keep = {
        "Үкімет",
        "Энергетика",
        "Көлік",
        "Засгийн",
        "Улсын",
        "Нийслэлийн",
        "Эрүүл",
        "Боловсролын",
        "Эрчим",
        "Vazirlar",
        "Xalq",
        "Sogʻliqni",
        "Maktabgacha",
        "Energetika",
        "Transport",
        "Ekologiya",
    }
    return text if first in keep or first.endswith(("ов", "ев")) else text[:1].lower() + text[1:]


KK_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Басты бет",
        "Жаңалықтар",
        "Саясат",
        "Қоғам",
        "Экономика",
        "Аймақтар",
        "Оқиға",
        "Спорт",
        "Мәдениет",
        "Әлем",
    ),
    "sections": ("Қоғам", "Саясат", "Экономика", "Аймақтар", "Оқиға", "Білім"),
    "related": ("Тақырып бойынша",),
    "read_more": ("Сондай-ақ оқыңыз:",),
    "by": ("Автор:",),
    "desks": ("тілші", "редактор", "шолушы"),
    "share": ("Әлеуметтік желілерде бөлісу", "Жаңалықпен бөлісіңіз"),
    "share_sites": ("Facebook", "Telegram", "WhatsApp", "Instagram", "VK"),
    "newsletter": ("Күннің басты жаңалықтарын поштаңызға алыңыз",),
    "comments": ("Пікір қалдыру үшін сайтқа тіркеліңіз",),
    "cookie": ("Сайт ыңғайлы жұмыс істеуі үшін cookie файлдарын пайдаланады.",),
    "ad": ("Жарнама",),
    "copyright": ("© {year} {name}. Барлық құқықтар қорғалған.",),
    "disclaimer": ("Сайт материалдарын пайдаланғанда {name} сайтына гиперсілтеме жасау міндетті.",),
    "tagline": ("{region} өңірінің жаңалықтары {since} жылдан бері", "{region} және облыс жаңалықтары"),
    "bio": ("{author} {since2} жылдан бері {name} басылымында {beat} тақырыбын жазады.",),
    "beats": ("жергілікті билік", "көлік", "білім", "денсаулық", "экология"),
    "editorial": ("Материал {name} редакциясының жобасы аясында дайындалды.",),
    "classified": ("Қала орталығынан үш бөлмелі пәтер сатылады.",),
    "subscribe": ("Жаңалықтарды бірінші болып білгіңіз келсе, Telegram арнамызға жазылыңыз",),
}


# ==============================================================================================
# Uzbek (Latin script; "ʻ" U+02BB in oʻ gʻ, "ʼ" U+02BC the tutuq belgisi)

UZ_MALE = _w("Anvar Jasur Sardor Bekzod Otabek Sherzod Dilshod Gʻayrat Oʻtkir Rustam Ulugʻbek Jamshid Aziz")
UZ_FEMALE = _w("Dilnoza Gulnora Nilufar Madina Shahnoza Feruza Zarina Nodira Sevara Mohira Gulchehra Dildora")
UZ_SURNAMES = _w("""Karimov Toshmatov Yusupov Rahimov Qodirov Ergashev Xoliqov Nazarov Gʻaniyev Oʻrinboyev
    Sobirov Abdullayev Mirzayev Haydarov Tursunov Xudoyberdiyev""")
UZ_TOWNS = _w("""Toshkent Samarqand Buxoro Andijon Namangan Fargʻona Qarshi Nukus Termiz Urganch Jizzax
    Navoiy Guliston Chirchiq Margʻilon Qoʻqon Xiva""")
UZ_AGENTS = (
    "Shahar hokimligi",
    "Viloyat hokimligi",
    "Xalq deputatlari kengashi",
    "Vazirlar Mahkamasi",
    "Mahalla faollari",
    "Tuman hokimi",
    "Sogʻliqni saqlash vazirligi",
    "Maktabgacha va maktab taʼlimi vazirligi",
    "Tadbirkorlar",
    "Deputatlar",
    "Energetika vazirligi",
    "Transport vazirligi",
    "Ekologiya qoʻmitasi",
)
# (past, progressive present)
UZ_VERBS: tuple[tuple[str, str], ...] = (
    ("tasdiqladi", "tasdiqlamoqda"),
    ("qabul qildi", "qabul qilmoqda"),
    ("muhokama qildi", "muhokama qilmoqda"),
    ("eʼlon qildi", "eʼlon qilmoqda"),
    ("qoʻllab-quvvatladi", "qoʻllab-quvvatlamoqda"),
    ("qayta koʻrib chiqdi", "qayta koʻrib chiqmoqda"),
    ("toʻxtatdi", "toʻxtatmoqda"),
    ("taklif qildi", "taklif qilmoqda"),
    ("tanqid qildi", "tanqid qilmoqda"),
    ("kechiktirdi", "kechiktirmoqda"),
    ("ishga tushirdi", "ishga tushirmoqda"),
    ("oʻzgartirdi", "oʻzgartirmoqda"),
)
UZ_OBJECTS = (
    "yangi budjetni",
    "maktab qurilishi loyihasini",
    "yoʻllarni taʼmirlash rejasini",
    "kommunal xizmatlar tariflarini",
    "yangi shifoxona loyihasini",
    "jamoat transporti jadvalini",
    "issiqlik tizimini modernizatsiya qilish dasturini",
    "bogʻni obodonlashtirish loyihasini",
    "ichimlik suvi tarmogʻini taʼmirlash ishlarini",
    "yer uchastkalarini ajratish tartibini",
    "oʻquvchilar uchun yangi avtobus yoʻnalishini",
    "koʻchalarni yoritish loyihasini",
)
UZ_TIMES = (
    "seshanba kuni",
    "oʻtgan hafta",
    "kecha",
    "bugun",
    "navbatdagi sessiyada",
    "bir ovozdan",
    "uzoq muhokamadan soʻng",
    "shu yil",
)
UZ_SOURCES = (
    "Hokimlik matbuot xizmati maʼlumotiga koʻra,",
    "Rasmiy maʼlumotlarga koʻra,",
    "Vazirlik vakillarining aytishicha,",
    "Ekspertlar fikricha,",
)
UZ_ROLES = (
    "shahar hokimi oʻrinbosari",
    "viloyat kengashi deputati",
    "mahalla raisi",
    "tuman maktabgacha taʼlim boʻlimi mudiri",
    "maktab direktori",
    "Savdo-sanoat palatasi vakili",
    "tuman hokimi",
    "ekspert",
)
UZ_SAYINGS = (
    "Ishlar reja asosida olib borilmoqda",
    "Bu butun shahar uchun foydali loyiha",
    "Aholidan sabr-toqat qilishni soʻraymiz",
    "Bu muammo bir necha yildan beri hal etilmay kelmoqda",
    "Mablagʻ ajratildi, endi ishni boshlash kerak",
    "Hech kim bizga nima boʻlishini tushuntirmadi",
    "Aholining takliflarini inobatga oldik",
    "Bu qarorni uzoq kutdik",
)
UZ_BUILT = ("maktab", "shifoxona", "bogʻcha", "sport majmuasi", "koʻprik", "istirohat bogʻi", "poliklinika")
UZ_SUBHEADS = (
    "Keyingi qadam qanday?",
    "Aholi fikri",
    "Qancha mablagʻ kerak?",
    "Eski muammo",
    "Mutaxassislar nima deydi?",
    "Batafsil",
    "Muddatlar",
    "Javobsiz savollar",
)
UZ_MONTHS = _w("yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr")


class UzbekProse(Prose):
    """Uzbek (Latin) national news (see the module docstring)."""

    lang = "uz"

    def person(self) -> str:
        rng = self.rng
        female = rng.random() < 0.4
        first = rng.choice(UZ_FEMALE if female else UZ_MALE)
        return f"{first} {rng.choice(UZ_SURNAMES)}{'a' if female else ''}"

    def place(self) -> str:
        return self.rng.choice(UZ_TOWNS)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        when = f" {rng.choice(UZ_TIMES)}" if time else ""
        return f"{rng.choice(UZ_AGENTS)}{when} {rng.choice(UZ_OBJECTS)} {rng.choice(UZ_VERBS)[0]}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"«{rng.choice(UZ_SAYINGS)}», — dedi {rng.choice(UZ_ROLES)} {self.person()}."
        if r < 0.25:
            return f"{rng.choice(UZ_SOURCES)} {_low(self.clause(time=rng.random() < 0.6))}."
        if r < 0.38:
            conj = rng.choice((", biroq", ", ammo", ", shu sababli"))
            return f"{self.clause(time=rng.random() < 0.4)}{conj} {_low(self.clause())}."
        if r < 0.46:
            return f"{self.place()} hokimining soʻzlariga koʻra, {_low(self.clause())}."
        if r < 0.6:
            return rng.choice(
                (
                    f"Loyiha qiymati {rng.randint(20, 900)} milliard soʻmni tashkil etadi.",
                    f"Qurilish ishlari {rng.randint(4, 18)} oy davom etadi.",
                    f"Qaror {rng.randint(12, 60)} nafar deputat tomonidan qoʻllab-quvvatlandi.",
                    f"Murojaatga {10 * rng.randint(30, 500)} nafar fuqaro imzo qoʻydi.",
                    f"Obyekt {rng.randint(2027, 2030)}-yilda foydalanishga topshiriladi.",
                    f"Ishlarda {rng.randint(40, 300)} nafardan ortiq mutaxassis ishtirok etmoqda.",
                )
            )
        if r < 0.74:
            return rng.choice(
                (
                    f"{self.place()} aholisi bu qarorni bir necha yil kutgan.",
                    f"Shunga oʻxshash holat yaqinda {self.place()} shahrida ham kuzatilgan.",
                    f"{self.place()} shahrida hozircha vaziyat oʻzgarmagan.",
                    "Masala kelgusi oyda kengash sessiyasida yana koʻrib chiqiladi.",
                    f"Bundan oldin ham {_low(self.clause())}.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, obj, verb = rng.choice(UZ_AGENTS), rng.choice(UZ_OBJECTS), rng.choice(UZ_VERBS)
        if r < 0.3:  # the past only after a place (alone, the headline would be a clause of the text)
            return f"{self.place()}: {_low(agent)} {obj} {verb[0 if rng.random() < 0.5 else 1]}"
        head = f"{agent} {obj} {verb[1]}"
        if r < 0.6:
            return head
        if r < 0.8:
            return f"{self.place()} shahrida yangi {rng.choice(UZ_BUILT)} quriladi"
        return f"{self.person()}: «{rng.choice(UZ_SAYINGS)}»"

    def subheading(self) -> str:
        return self.rng.choice(UZ_SUBHEADS)


UZ_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Bosh sahifa",
        "Yangiliklar",
        "Siyosat",
        "Jamiyat",
        "Iqtisodiyot",
        "Hududlar",
        "Sport",
        "Madaniyat",
        "Dunyo",
        "Texnologiya",
    ),
    "sections": ("Jamiyat", "Siyosat", "Iqtisodiyot", "Hududlar", "Taʼlim", "Sogʻliq"),
    "related": ("Mavzuga oid",),
    "read_more": ("Mavzuga oid:",),
    "by": ("Muallif:",),
    "desks": ("muxbir", "muharrir", "sharhlovchi"),
    "share": ("Ijtimoiy tarmoqlarda ulashing", "Yangilikni doʻstlaringizga ulashing"),
    "share_sites": ("Telegram", "Facebook", "X", "WhatsApp", "Odnoklassniki"),
    "newsletter": ("Kunning asosiy yangiliklarini elektron pochtangizga oling",),
    "comments": ("Izoh qoldirish uchun saytga kiring yoki roʻyxatdan oʻting",),
    "cookie": ("Sayt qulay ishlashi uchun cookie fayllaridan foydalanadi.",),
    "ad": ("Reklama",),
    "copyright": ("© {year} {name}. Barcha huquqlar himoyalangan.",),
    "disclaimer": ("Materiallardan foydalanilganda {name} saytiga havola koʻrsatilishi shart.",),
    "tagline": (
        "{region} va viloyat yangiliklari {since}-yildan beri",
        "{region} hayotidan soʻnggi xabarlar",
    ),
    "bio": ("{author} {since2}-yildan beri {name} nashrida {beat} mavzusida yozadi.",),
    "beats": ("mahalliy boshqaruv", "transport", "taʼlim", "sogʻliqni saqlash", "ekologiya"),
    "editorial": ("Material {name} tahririyatining loyihasi doirasida tayyorlandi.",),
    "classified": ("Shahar markazida uch xonali kvartira sotiladi.",),
    "subscribe": ("Eng soʻnggi yangiliklardan xabardor boʻlish uchun Telegram kanalimizga obuna boʻling",),
}


# ==============================================================================================
# Azerbaijani

AZ_MALE = _w("Elçin Rəşad Orxan Tural Kamran Fuad Elnur Vüqar Ramil Səbuhi Anar Nicat Ülvi Cavid")
AZ_FEMALE = _w("Aynur Günel Leyla Nərmin Sevinc Aygün Könül Şəbnəm Ülviyyə Nigar Lalə Türkan")
AZ_SURNAMES = _w("""Məmmədov Əliyev Həsənov Hüseynov Quliyev İsmayılov Abbasov Rəhimov Cəfərov Babayev
    Süleymanov Qasımov Orucov Nəsirov Kərimov Şükürov""")
# (nominative, genitive)
AZ_TOWNS: tuple[tuple[str, str], ...] = (
    ("Bakı", "Bakının"),
    ("Gəncə", "Gəncənin"),
    ("Sumqayıt", "Sumqayıtın"),
    ("Mingəçevir", "Mingəçevirin"),
    ("Şəki", "Şəkinin"),
    ("Lənkəran", "Lənkəranın"),
    ("Naxçıvan", "Naxçıvanın"),
    ("Şirvan", "Şirvanın"),
    ("Quba", "Qubanın"),
    ("Qəbələ", "Qəbələnin"),
    ("Şamaxı", "Şamaxının"),
    ("Yevlax", "Yevlaxın"),
    ("Xaçmaz", "Xaçmazın"),
    ("Zaqatala", "Zaqatalanın"),
    ("Qusar", "Qusarın"),
)
AZ_AGENTS = (
    "Şəhər İcra Hakimiyyəti",
    "Rayon İcra Hakimiyyəti",
    "Bələdiyyə",
    "Nazirlər Kabineti",
    "Milli Məclis",
    "Sakinlər",
    "Deputatlar",
    "Səhiyyə Nazirliyi",
    "Elm və Təhsil Nazirliyi",
    "Sahibkarlar",
    "Energetika Nazirliyi",
    "Ekologiya və Təbii Sərvətlər Nazirliyi",
)
# (reported past, past)
AZ_VERBS: tuple[tuple[str, str], ...] = (
    ("təsdiqləyib", "təsdiqlədi"),
    ("qəbul edib", "qəbul etdi"),
    ("müzakirə edib", "müzakirə etdi"),
    ("elan edib", "elan etdi"),
    ("dəstəkləyib", "dəstəklədi"),
    ("yenidən nəzərdən keçirib", "yenidən nəzərdən keçirdi"),
    ("dayandırıb", "dayandırdı"),
    ("təklif edib", "təklif etdi"),
    ("tənqid edib", "tənqid etdi"),
    ("təxirə salıb", "təxirə saldı"),
    ("işə salıb", "işə saldı"),
    ("dəyişdirib", "dəyişdirdi"),
)
AZ_OBJECTS = (
    "yeni büdcəni",
    "məktəb tikintisi layihəsini",
    "yolların təmiri planını",
    "kommunal tarifləri",
    "yeni xəstəxana layihəsini",
    "ictimai nəqliyyatın hərəkət cədvəlini",
    "istilik sisteminin modernləşdirilməsi proqramını",
    "parkın abadlaşdırılması layihəsini",
    "içməli su xəttinin təmiri işlərini",
    "torpaq sahələrinin ayrılması qaydasını",
    "küçələrin işıqlandırılması layihəsini",
    "yeni avtobus marşrutunu",
)
AZ_TIMES = (
    "çərşənbə axşamı",
    "keçən həftə",
    "dünən",
    "bu gün",
    "növbəti iclasda",
    "yekdilliklə",
    "uzun müzakirədən sonra",
    "bu il",
)
AZ_SOURCES = (
    "Qurumun mətbuat xidmətindən verilən məlumata görə,",
    "Rəsmi məlumata əsasən,",
    "Nazirlik rəsmilərinin sözlərinə görə,",
    "Ekspertlərin fikrincə,",
)
AZ_ROLES = (
    "şəhər icra başçısının müavini",
    "bələdiyyə sədri",
    "Milli Məclisin deputatı",
    "rayon təhsil şöbəsinin müdiri",
    "məktəb direktoru",
    "sahibkarlar assosiasiyasının nümayəndəsi",
    "rayon icra başçısı",
    "ekspert",
)
AZ_SAYINGS = (
    "İşlər plana uyğun davam edir",
    "Bu, bütün şəhər üçün faydalı layihədir",
    "Sakinlərdən səbirli olmağı xahiş edirik",
    "Bu problem illərdir həll olunmur",
    "Vəsait ayrılıb, indi işə başlamaq lazımdır",
    "Heç kim bizə nə olacağını izah etməyib",
    "Sakinlərin təkliflərini nəzərə aldıq",
    "Bu qərarı uzun müddət gözləyirdik",
)
AZ_BUILT = ("məktəb", "xəstəxana", "uşaq bağçası", "idman kompleksi", "körpü", "park", "poliklinika")
AZ_SUBHEADS = (
    "Növbəti addım nədir?",
    "Sakinlərin rəyi",
    "Nə qədər vəsait lazımdır?",
    "Köhnə problem",
    "Ekspertlər nə deyir?",
    "Ətraflı",
    "Müddətlər",
    "Cavabsız suallar",
)
AZ_MONTHS = _w("yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr")
_AZ_YEAR_SUFFIX = {2027: "ci", 2028: "ci", 2029: "cu", 2030: "cu"}


class AzerbaijaniProse(Prose):
    """Azerbaijani national news (see the module docstring)."""

    lang = "az"

    def person(self) -> str:
        rng = self.rng
        female = rng.random() < 0.4
        first = rng.choice(AZ_FEMALE if female else AZ_MALE)
        return f"{first} {rng.choice(AZ_SURNAMES)}{'a' if female else ''}"

    def place(self) -> str:
        return self.rng.choice(AZ_TOWNS)[0]

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        when = f" {rng.choice(AZ_TIMES)}" if time else ""
        return f"{rng.choice(AZ_AGENTS)}{when} {rng.choice(AZ_OBJECTS)} {rng.choice(AZ_VERBS)[0]}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"“{rng.choice(AZ_SAYINGS)}”, – deyə {rng.choice(AZ_ROLES)} {self.person()} bildirib."
        if r < 0.25:
            return f"{rng.choice(AZ_SOURCES)} {_az_low(self.clause(time=rng.random() < 0.6))}."
        if r < 0.38:
            conj = rng.choice((", lakin", ", amma", ", buna görə də"))
            return f"{self.clause(time=rng.random() < 0.4)}{conj} {_az_low(self.clause())}."
        if r < 0.46:
            return f"{self.place()} şəhər icra başçısının sözlərinə görə, {_az_low(self.clause())}."
        if r < 0.6:
            year = rng.randint(2027, 2030)
            return rng.choice(
                (
                    f"Layihənin dəyəri {rng.randint(2, 90)} milyon manat təşkil edir.",
                    f"Tikinti işləri {rng.randint(4, 18)} ay davam edəcək.",
                    f"Qərarı {rng.randint(12, 60)} deputat dəstəkləyib.",
                    f"Müraciətə {10 * rng.randint(30, 500)} nəfər imza atıb.",
                    f"Obyektin {year}-{_AZ_YEAR_SUFFIX[year]} ildə istifadəyə verilməsi planlaşdırılır.",
                    f"İşlərə {rng.randint(40, 300)} mütəxəssis cəlb olunub.",
                )
            )
        if r < 0.74:
            return rng.choice(
                (
                    f"{self.place()} sakinləri bu qərarı illərdir gözləyirdi.",
                    f"Oxşar hal bu yaxınlarda {self.place()} şəhərində də qeydə alınıb.",
                    f"{self.place()} şəhərində hələlik vəziyyət dəyişməyib.",
                    "Məsələ gələn ay növbəti iclasda yenidən müzakirə olunacaq.",
                    f"Qeyd edək ki, {_az_low(self.clause())}.",
                    f"Xatırladaq ki, {_az_low(self.clause(time=True))}.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        head = f"{rng.choice(AZ_AGENTS)} {rng.choice(AZ_OBJECTS)} {rng.choice(AZ_VERBS)[1]}"
        if r < 0.3:
            return f"{self.place()}: {head}"
        if r < 0.6:
            return head
        if r < 0.8:
            if rng.random() < 0.5:
                return f"{rng.choice(AZ_TOWNS)[1]} mərkəzində yeni {rng.choice(AZ_BUILT)} tikiləcək"
            return f"{self.place()} şəhərində yeni {rng.choice(AZ_BUILT)} tikiləcək"
        return f"{self.person()}: “{rng.choice(AZ_SAYINGS)}”"

    def subheading(self) -> str:
        return self.rng.choice(AZ_SUBHEADS)


def _az_low(text: str) -> str:
    """The clause lower-cased at its start where its subject is a common noun ("Sakinlər" ->
    "sakinlər"); a ministry's or a council's name keeps its capital."""
    first = text.split(" ", 1)[0]
    return (
        text[:1].lower() + text[1:]
        if first in ("Sakinlər", "Deputatlar", "Sahibkarlar", "Bələdiyyə")
        else text
    )


AZ_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Ana səhifə",
        "Xəbərlər",
        "Siyasət",
        "Cəmiyyət",
        "İqtisadiyyat",
        "Regionlar",
        "Hadisə",
        "İdman",
        "Mədəniyyət",
        "Dünya",
    ),
    "sections": ("Cəmiyyət", "Siyasət", "İqtisadiyyat", "Regionlar", "Hadisə", "Təhsil"),
    "related": ("Oxşar xəbərlər",),
    "read_more": ("Həmçinin oxuyun:",),
    "by": ("Müəllif:",),
    "desks": ("müxbir", "redaktor", "şərhçi"),
    "share": ("Sosial şəbəkələrdə paylaş", "Xəbəri dostlarınızla paylaşın"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "LinkedIn"),
    "newsletter": ("Günün əsas xəbərlərini e-poçtunuza alın",),
    "comments": ("Şərh yazmaq üçün sayta daxil olun",),
    "cookie": ("Sayt daha rahat işləməsi üçün kukilərdən istifadə edir.",),
    "ad": ("Reklam",),
    "copyright": ("© {year} {name}. Bütün hüquqlar qorunur.",),
    "disclaimer": ("Saytdakı materiallardan istifadə zamanı {name} saytına istinad mütləqdir.",),
    "tagline": ("{region} və bölgə xəbərləri {since}-ci ildən", "{region} həyatından son xəbərlər"),
    "bio": ("{author} {since2}-ci ildən {name} saytında {beat} mövzusunda yazır.",),
    "beats": ("yerli idarəetmə", "nəqliyyat", "təhsil", "səhiyyə", "ekologiya"),
    "editorial": ("Material {name} redaksiyasının layihəsi çərçivəsində hazırlanıb.",),
    "classified": ("Şəhərin mərkəzində üç otaqlı mənzil satılır.",),
    "subscribe": ("Xəbərləri ilk öncə oxumaq üçün Telegram kanalımıza qoşulun",),
}


# ==============================================================================================
# Mongolian

MN_MALE = _w("Батбаяр Энхбаяр Ганбат Төмөрбаатар Болд Мөнхбат Эрдэнэбат Ганзориг Сүхбат Отгонбаяр Тэмүүлэн")
MN_FEMALE = _w("Оюунчимэг Сарантуяа Нарантуяа Энхтуяа Цэцэгмаа Мөнхзул Ариунаа Номин Уянга Болормаа Хулан")
MN_INITIALS = _w("Б Д Г Ц Н С Т Э О Ж Л Ч Х")
# (nominative, genitive)
MN_TOWNS: tuple[tuple[str, str], ...] = (
    ("Улаанбаатар", "Улаанбаатарын"),
    ("Дархан", "Дарханы"),
    ("Эрдэнэт", "Эрдэнэтийн"),
    ("Чойбалсан", "Чойбалсангийн"),
    ("Мөрөн", "Мөрөнгийн"),
    ("Ховд", "Ховдын"),
    ("Өлгий", "Өлгийн"),
    ("Баянхонгор", "Баянхонгорын"),
    ("Арвайхээр", "Арвайхээрийн"),
    ("Сайншанд", "Сайншандын"),
    ("Зуунмод", "Зуунмодын"),
    ("Сүхбаатар", "Сүхбаатарын"),
    ("Улиастай", "Улиастайн"),
    ("Даланзадгад", "Даланзадгадын"),
    ("Цэцэрлэг", "Цэцэрлэгийн"),
)
MN_AGENTS = (
    "Нийслэлийн Засаг дарга",
    "Нийслэлийн Иргэдийн Төлөөлөгчдийн Хурал",
    "Засгийн газар",
    "Улсын Их Хурал",
    "Аймгийн Засаг дарга",
    "Оршин суугчид",
    "Эрүүл мэндийн яам",
    "Боловсролын яам",
    "Хотын захиргаа",
    "Эрчим хүчний яам",
    "Иргэний нийгмийн байгууллагууд",
    "Дүүргийн Засаг дарга",
)
# (past, future)
MN_VERBS: tuple[tuple[str, str], ...] = (
    ("баталлаа", "батална"),
    ("хэлэлцлээ", "хэлэлцэнэ"),
    ("зарлалаа", "зарлана"),
    ("дэмжлээ", "дэмжинэ"),
    ("хойшлууллаа", "хойшлуулна"),
    ("зогсоолоо", "зогсооно"),
    ("санал болголоо", "санал болгоно"),
    ("шүүмжиллээ", "шүүмжилнэ"),
    ("эхлүүллээ", "эхлүүлнэ"),
    ("дахин хянаж үзлээ", "дахин хянаж үзнэ"),
    ("өөрчиллөө", "өөрчилнө"),
)
MN_OBJECTS = (
    "шинэ төсвийг",
    "сургууль барих төслийг",
    "замын засварын төлөвлөгөөг",
    "дулааны тарифыг",
    "шинэ эмнэлгийн төслийг",
    "нийтийн тээврийн хуваарийг",
    "дулааны шугам шинэчлэх хөтөлбөрийг",
    "цэцэрлэгт хүрээлэнг тохижуулах төслийг",
    "ундны усны шугамын засварын ажлыг",
    "газар олголтын журмыг",
    "гэр хорооллын дахин төлөвлөлтийг",
    "агаарын бохирдлыг бууруулах арга хэмжээг",
)
MN_TIMES = (
    "мягмар гарагт",
    "өнгөрсөн долоо хоногт",
    "өчигдөр",
    "өнөөдөр",
    "ээлжит хуралдаанаараа",
    "санал нэгтэйгээр",
    "удаан хэлэлцсэний эцэст",
    "энэ онд",
)
MN_SOURCES = (
    "Хэвлэл мэдээллийн албанаас мэдээлснээр",
    "Албан ёсны мэдээллээс үзэхэд",
    "Яамны албан тушаалтнуудын хэлснээр",
    "Шинжээчдийн үзэж байгаагаар",
)
MN_ROLES = (
    "нийслэлийн Засаг даргын орлогч",
    "ИТХ-ын төлөөлөгч",
    "хорооны Засаг дарга",
    "дүүргийн Боловсролын хэлтсийн дарга",
    "сургуулийн захирал",
    "Худалдаа аж үйлдвэрийн танхимын төлөөлөгч",
    "аймгийн Засаг дарга",
    "шинжээч",
)
MN_SAYINGS = (
    "Ажил төлөвлөгөөний дагуу явагдаж байна",
    "Энэ бол хот даяар ашигтай төсөл",
    "Иргэдээс тэвчээртэй байхыг хүсье",
    "Энэ асуудал олон жил шийдэгдээгүй байна",
    "Хөрөнгө нь шийдэгдсэн, одоо ажлаа эхлэх хэрэгтэй",
    "Юу болохыг бидэнд хэн ч тайлбарлаагүй",
    "Иргэдийн саналыг харгалзан үзсэн",
    "Энэ шийдвэрийг удаан хүлээсэн",
)
MN_BUILT = ("сургууль", "эмнэлэг", "цэцэрлэг", "спорт цогцолбор", "гүүр", "цэцэрлэгт хүрээлэн", "авто зам")
MN_SUBHEADS = (
    "Цаашид юу болох вэ?",
    "Иргэдийн байр суурь",
    "Хэдий хэмжээний хөрөнгө шаардлагатай вэ?",
    "Хуучин асуудал",
    "Шинжээчид юу гэж байна?",
    "Дэлгэрэнгүй",
    "Хугацаа",
    "Хариултгүй асуултууд",
)
MN_MONTHS = (
    "нэгдүгээр сар",
    "хоёрдугаар сар",
    "гуравдугаар сар",
    "дөрөвдүгээр сар",
    "тавдугаар сар",
    "зургаадугаар сар",
    "долоодугаар сар",
    "наймдугаар сар",
    "есдүгээр сар",
    "аравдугаар сар",
    "арван нэгдүгээр сар",
    "арван хоёрдугаар сар",
)


class MongolianProse(Prose):
    """Mongolian (Cyrillic) news (see the module docstring)."""

    lang = "mn"

    def person(self) -> str:
        rng = self.rng
        female = rng.random() < 0.4
        return f"{rng.choice(MN_INITIALS)}.{rng.choice(MN_FEMALE if female else MN_MALE)}"

    def place(self) -> str:
        return self.rng.choice(MN_TOWNS)[0]

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        when = f" {rng.choice(MN_TIMES)}" if time else ""
        return f"{rng.choice(MN_AGENTS)}{when} {rng.choice(MN_OBJECTS)} {rng.choice(MN_VERBS)[0]}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"«{rng.choice(MN_SAYINGS)}» гэж {rng.choice(MN_ROLES)} {self.person()} хэллээ."
        if r < 0.25:
            return f"{rng.choice(MN_SOURCES)} {_low(self.clause(time=rng.random() < 0.6))}."
        if r < 0.38:
            return f"{self.clause(time=rng.random() < 0.4)}, харин {_low(self.clause())}."
        if r < 0.46:
            return f"{self.place()} хотын Засаг даргын хэлснээр {_low(self.clause())}."
        if r < 0.6:
            return rng.choice(
                (
                    f"Төслийн өртөг {rng.randint(2, 90)} тэрбум төгрөг болно.",
                    f"Барилгын ажил {rng.randint(4, 18)} сар үргэлжилнэ.",
                    f"Шийдвэрийг {rng.randint(12, 40)} төлөөлөгч дэмжсэн.",
                    f"Өргөдөлд {10 * rng.randint(30, 500)} иргэн гарын үсэг зурсан.",
                    f"Байгууламжийг {rng.randint(2027, 2030)} онд ашиглалтад оруулна.",
                    f"Ажилд {rng.randint(40, 300)} гаруй мэргэжилтэн оролцож байна.",
                )
            )
        if r < 0.74:
            return rng.choice(
                (
                    f"{self.place()} хотын иргэд энэ шийдвэрийг олон жил хүлээсэн.",
                    f"Үүнтэй төстэй тохиолдол саяхан {self.place()} хотод бүртгэгдсэн.",
                    f"{self.place()} хотод одоогоор нөхцөл байдал өөрчлөгдөөгүй байна.",
                    "Асуудлыг ирэх сард ИТХ-ын хуралдаанаар дахин хэлэлцэнэ.",
                    f"Үүнээс өмнө {_low(self.clause())}.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, obj, verb = rng.choice(MN_AGENTS), rng.choice(MN_OBJECTS), rng.choice(MN_VERBS)
        if r < 0.3:  # the past only after a place (alone, the headline would be a clause of the text)
            return f"{self.place()}: {agent} {obj} {verb[0 if rng.random() < 0.6 else 1]}"
        head = f"{agent} {obj} {verb[1]}"
        if r < 0.6:
            return head
        if r < 0.8:
            if rng.random() < 0.5:
                return f"{rng.choice(MN_TOWNS)[1]} төвд шинэ {rng.choice(MN_BUILT)} барина"
            return f"{self.place()} хотод шинэ {rng.choice(MN_BUILT)} барина"
        return f"{self.person()}: «{rng.choice(MN_SAYINGS)}»"

    def subheading(self) -> str:
        return self.rng.choice(MN_SUBHEADS)


MN_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Нүүр",
        "Мэдээ",
        "Улс төр",
        "Нийгэм",
        "Эдийн засаг",
        "Орон нутаг",
        "Спорт",
        "Соёл",
        "Дэлхийд",
        "Технологи",
    ),
    "sections": ("Нийгэм", "Улс төр", "Эдийн засаг", "Орон нутаг", "Боловсрол", "Эрүүл мэнд"),
    "related": ("Холбоотой мэдээ",),
    "read_more": ("Мөн уншаарай:",),
    "by": ("Сурвалжлагч:",),
    "desks": ("сурвалжлагч", "редактор", "тоймч"),
    "share": ("Олон нийтийн сүлжээнд хуваалцах", "Мэдээг найзуудтайгаа хуваалцаарай"),
    "share_sites": ("Facebook", "X", "Messenger", "Telegram", "Instagram"),
    "newsletter": ("Өдрийн гол мэдээг имэйлээрээ хүлээн аваарай",),
    "comments": ("Сэтгэгдэл бичихдээ ёс зүйг баримтална уу. Зүй бус сэтгэгдлийг устгах болно.",),
    "cookie": ("Энэ сайт таны хэрэглээг сайжруулах зорилгоор күүки ашигладаг.",),
    "ad": ("Сурталчилгаа",),
    "copyright": ("© {year} {name}. Бүх эрх хуулиар хамгаалагдсан.",),
    "disclaimer": ("Мэдээлэл хуулбарлах бол {name} сайтыг эх сурвалжаар заавал дурдана уу.",),
    "tagline": ("{region} болон орон нутгийн мэдээ {since} оноос хойш", "{region} хотын шуурхай мэдээ"),
    "bio": ("{author} {since2} оноос хойш {name} сайтад {beat} сэдвээр бичдэг.",),
    "beats": ("орон нутгийн засаглал", "тээвэр", "боловсрол", "эрүүл мэнд", "байгаль орчин"),
    "editorial": ("Энэхүү нийтлэлийг {name} сайтын редакцийн төслийн хүрээнд бэлтгэв.",),
    "classified": ("Хотын төвд гурван өрөө байр зарна.",),
    "subscribe": ("Шуурхай мэдээг Telegram сувгаас маань аваарай",),
}


# ==============================================================================================
# site names in Latin letters (their host names)

_CYR_LATIN = dict(
    zip(
        "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
        _w("a b v g g d e yo zh z i y k q l m n ng o o p r s t u u u f kh h ts ch sh sch _ y i _ e yu ya"),
        strict=True,
    )
)
_LATIN_ASCII = str.maketrans(
    {"ə": "e", "Ə": "E", "ı": "i", "İ": "I", "ʻ": "", "ʼ": "", "‘": "", "’": "", "'": ""}
)


def _latin(text: str) -> str:
    """Latin letters for the site names of this module (Kazakh and Mongolian Cyrillic letter by letter;
    the Uzbek and Azerbaijani letters NFKD does not take apart made ASCII)."""
    out = ""
    for ch in text:
        latin = _CYR_LATIN.get(ch.lower(), ch).replace("_", "")
        out += latin.capitalize() if ch.isupper() else latin
    return out.translate(_LATIN_ASCII)


@cache
def _site_names() -> dict[str, str]:
    """Every site name the four families can have, with its Latin spelling."""
    towns = {
        "kk-aqparat-portal": [t for t, _ in KK_TOWNS],
        "uz-yangiliklar-sayt": list(UZ_TOWNS),
        "az-xeber-portal": [t for t, _ in AZ_TOWNS],
        "mn-medee-site": [t for t, _ in MN_TOWNS],
    }
    return {
        form.format(p=town): _latin(form.format(p=town))
        for family, forms in FAMILY_SITE_FORMS.items()
        for form in forms
        for town in towns[family]
    }


def ness_site_latin(text: str) -> str | None:
    """The Latin spelling of a ness family's site name (its host name comes from it); None for any
    other text."""
    return _site_names().get(text)


# ==============================================================================================
# shared pieces of the four renderers


def _html(c: Ctx, para: str, head: str, items: str, close: str = "</ul>") -> list[str]:
    """The story's blocks as HTML: `para` and `head` format a paragraph's (inline-marked) and a
    subheading's escaped text ("{t}"); consecutive list items go into one list opened by `items`."""
    out: list[str] = []
    run: list[str] = []
    blocks = c.story.blocks
    for k, (tag, text) in enumerate(blocks):
        if tag == "li":
            run.append(f"<li>{esc(text)}</li>")
            if k + 1 == len(blocks) or blocks[k + 1][0] != "li":
                out.append(items + "\n".join(run) + close)
                run = []
        elif tag == "p":
            out.append(para.format(t=c.inline(text)))
        else:
            out.append(head.format(t=esc(text)))
    return out


def _ident(c: Ctx, o: Story, base: int, step: int) -> int:
    """A story's id on its site, growing with the publication time (the stories are in that order)."""
    return base + step * c.others.index(o) + random.Random(f"id-{o.title}").randint(0, step - 1)


def _neither(c: Ctx, prose: Prose, n: int) -> str:
    """`n` sentences of the grammar that are not in the body (a standfirst)."""
    body = c.story.body()
    out: list[str] = []
    while len(out) < n:
        x = prose.sentence()
        if x not in body and x not in out and not x.startswith(("«", "“")):
            out.append(x)
    return " ".join(out)


def _rates(r: random.Random, currency: str) -> str:
    """A currency strip: "USD 512.40 EUR 556.10 RUB 6.12" in the local currency's units."""
    base = {"₸": (505, 555, 6.2), "soʻm": (12600, 13700, 140), "₼": (1.7, 1.85, 0.021), "₮": (3420, 3720, 38)}
    usd, eur, rub = base[currency]

    def fmt(x: float) -> str:
        return f"{x:,.2f}" if usd > 100 else f"{x:.4f}"

    return (
        f"USD {fmt(usd * r.uniform(0.99, 1.01))} EUR {fmt(eur * r.uniform(0.99, 1.01))} "
        f"RUB {fmt(rub * r.uniform(0.97, 1.03))}"
    )


# --- kk-aqparat-portal --------------------------------------------------------------------------

KK_CODES = {
    "Қоғам": "qogam",
    "Саясат": "sayasat",
    "Экономика": "ekonomika",
    "Аймақтар": "aymaqtar",
    "Оқиға": "oqiga",
    "Білім": "bilim",
}
KK_FOOTER = ("Редакция туралы", "Байланыс", "Жарнама берушілерге", "Құпиялылық саясаты", "RSS")
KK_CAPTIONS = (
    "Әкімдіктегі кезекті отырыс",
    "Құрылыс алаңындағы жұмыстар",
    "Тұрғындармен кездесу сәті",
    "Жоба жүзеге асатын аумақ",
    "Мамандар нысанды аралап көрді",
)


def kk_date(d: datetime) -> str:
    """ "7 наурыз 2026, 14:05"."""
    return f"{d.day} {KK_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"


def render_kk_aqparat_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("kk")
    v = pub.index % 2  # 0: SEF paths and an announcement; 1: detail.php?ELEMENT_ID=
    base = site.randint(40000, 700000)
    if v == 0:
        c.repath(lambda o: f"/kk/news/{KK_CODES[o.section]}/{_ident(c, o, base, 17)}/")
    else:
        c.repath(lambda o: f"/news/detail.php?ELEMENT_ID={_ident(c, o, base, 17)}&lang=kk")
    _list_run(c, "kk-list")
    dr = _page_rng(c, "kk")
    prose = KazakhProse(dr)
    nav = c.nav_items(" ")
    tagline = c.snip(pub.tagline)
    rates = c.snip(f"Валюта бағамы: {_rates(dr, '₸')}")
    weather = c.snip(f"{_place(pub.name, KK_TOWNS)} ауа райы: {dr.randint(-18, 12):+d}°C")
    author = c.snip(f"Мақала авторы: {s.author.name}")
    credit = c.snip(f"{dr.choice(KK_CAPTIONS)}. Фото: {pub.name}")
    more = c.pick_others(1)[0]
    c.snip(f"{pub.read_more} {more.title}")
    related = _snip_titles(c, c.pick_others(3))
    latest = _snip_titles(c, c.pick_others(5))
    c.snip("Соңғы жаңалықтар")
    tags = c.snip(
        "Тегтер: "
        + ", ".join(
            dr.sample(
                [
                    "әкімдік",
                    "бюджет",
                    "құрылыс",
                    "тұрғындар",
                    "мәслихат",
                    "инфрақұрылым",
                    "білім",
                    "денсаулық",
                ],
                3,
            )
        )
    )
    label, sites = c.share()
    telegram = c.text("subscribe")
    notice = c.snip(pub.fill(KK_UI["disclaimer"][0]))
    licence = c.snip(
        f"Бұқаралық ақпарат құралын есепке қою туралы куәлік № KZ{site.randint(10, 99)}"
        f"VPY000{site.randint(10000, 99999)}"
    )
    cp = c.copyright()
    c.snip(" ".join(KK_FOOTER[:4]))
    views = dr.randint(120, 25000)
    body = _html(c, "<p>{t}</p>", "<h3>{t}</h3>", "<ul>")
    read = (
        f'<p class="read-also"><b>{esc(pub.read_more)}</b> '
        f'<a href="{esc(more.path)}">{esc(more.title)}</a></p>'
    )
    body = _insert_after(body, "<p>", [(1, read)], skip='<p class="read-also"')
    photo = f"/upload/iblock/{_hex(dr, 3)}/{_hex(dr, 32)}.jpg"
    title = f"{s.title} - {pub.name}" if v == 0 else f"{s.title} | {pub.name} ақпарат порталы"
    local = d.replace(tzinfo=None).isoformat(timespec="seconds")
    url = c.url()
    other_lang = url.replace("/kk/", "/ru/") if v == 0 else url.replace("lang=kk", "lang=ru")
    anons = _neither(c, prose, 1) if v == 0 else ""
    menu = "\n".join(
        f'<li class="menu-item"><a href="/kk/news/{KK_CODES.get(x, "all")}/">{esc(x)}</a></li>' for x in nav
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="kk">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(anons or s.title)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:url" content="{esc(url)}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{esc(url)}">',
        f'<link rel="alternate" hreflang="ru" href="{esc(other_lang)}">',
        '<link href="/bitrix/cache/css/s1/main/template_styles.css" rel="stylesheet">',
        '<script src="/bitrix/js/main/core/core.min.js"></script>',
        "<script>BX.message({'LANGUAGE_ID':'kk','SITE_ID':'s1'});</script>",
        "</head>",
        '<body class="page-news-detail">',
        '<div id="panel"></div>',
        '<div class="top-line"><div class="container">',
        f'<div class="currency-rates">{esc(rates)}</div>',
        f'<div class="weather-informer">{esc(weather)}</div>',
        '<div class="lang-switcher"><a class="active" href="#">Қаз</a> '
        f'<a href="{esc(other_lang)}">Рус</a></div>',
        "</div></div>",
        f'<header class="header"><a class="logo" href="/kk/"><img src="/local/templates/main/images/logo.svg"'
        f' alt="{esc(pub.name)}"></a><span class="slogan">{esc(tagline)}</span>',
        f'<nav class="main-menu"><ul>{menu}</ul></nav></header>',
        '<div class="container"><div class="row"><main class="col-md-8">',
        '<div class="news-detail" itemscope itemtype="https://schema.org/NewsArticle">',
        f'<meta itemprop="datePublished" content="{local}">',
        f'<meta itemprop="headline" content="{esc(s.title)}">',
        f'<h1 class="news-detail__title" itemprop="name">{esc(s.title)}</h1>',
        f'<div class="news-detail__info"><span class="news-date-time">{kk_date(d)}</span>\n'
        f'<span class="news-views"><i class="icon-eye"></i> {views}</span>\n'
        f'<a class="news-detail__section" href="#">{esc(s.section)}</a></div>',
        f'<div class="news-detail__anons">{esc(anons)}</div>' if anons else "",
        f'<div class="news-detail__picture"><img class="detail_picture" src="{photo}" alt="{esc(s.title)}">'
        f'<div class="picture-desc">{esc(credit)}</div></div>',
        '<div class="detail_text" itemprop="articleBody">',
        *body,
        "</div>",
        f'<div class="news-detail__author">{esc(author)}</div>',
        f'<div class="news-detail__tags">{esc(tags)}</div>',
        f'<div class="share-block"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a class="share-{x.lower()}" href="#">{esc(x)}</a>' for x in sites)
        + "</div>",
        f'<div class="tg-banner"><a href="https://t.me/">{esc(telegram)}</a></div>',
        "</div>",
        f'<div class="news-related"><div class="block-title">{esc(pub.related_heading)}</div><ul>'
        + _links(related, '<li class="news-related__item">{}</li>')
        + "</ul></div>",
        "</main>",
        '<aside class="col-md-4"><div class="news-list-last"><h4>Соңғы жаңалықтар</h4><ul>'
        + _links(latest)
        + "</ul></div></aside>",
        "</div></div>",
        '<footer class="footer"><ul class="footer-menu">' + _footer_links(KK_FOOTER) + "</ul>",
        f'<p>{esc(notice)}</p>\n<p>{esc(licence)}</p>\n<p class="copyright">{esc(cp)}</p></footer>',
        '<script src="/local/templates/main/js/app.js"></script>',
    ]
    return _end_page(c, lines, "cookie-alert", "Келісемін")


def _place(name: str, towns: tuple[tuple[str, str], ...]) -> str:
    """The town in a site's name."""
    return next((t for t, _ in towns if t in name), towns[0][0])


# --- uz-yangiliklar-sayt ------------------------------------------------------------------------

UZ_MARKS: tuple[dict[int, str], ...] = (
    str.maketrans({}),  # oʻ gʻ and ʼ as the standard has them
    str.maketrans({"ʻ": "‘", "ʼ": "’"}),  # o‘ g‘ and ’ (U+2018, U+2019)
    str.maketrans({"ʻ": "'", "ʼ": "'"}),  # the typewriter apostrophe
)
UZ_FOOTER = ("Tahririyat", "Biz bilan aloqa", "Reklama", "Maxfiylik siyosati", "RSS")
UZ_CAPTIONS = (
    "Hokimlikdagi navbatdagi yigʻilish",
    "Qurilish maydonidagi ishlar",
    "Aholi bilan uchrashuv chogʻida",
    "Loyiha amalga oshiriladigan hudud",
)


def uz_date(d: datetime) -> str:
    """ "2026-yil 7-mart, 14:05"."""
    return f"{d.year}-yil {d.day}-{UZ_MONTHS[d.month - 1]}, {d:%H:%M}"


def render_uz_yangiliklar_sayt(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("uz")
    yii = pub.index % 2 == 0
    marks = UZ_MARKS[site.randrange(3)]
    # the site's apostrophes everywhere: the publisher's headlines, the text, the page and the snippets
    for o in c.others:
        o.title = o.title.translate(marks)
    s.blocks[:] = [(tag, text.translate(marks)) for tag, text in s.blocks]
    s.sentences[:] = [[x.translate(marks) for x in sents] for sents in s.sentences]
    base = site.randint(90000, 300000)
    if yii:
        c.repath(lambda o: f"/news/{o.published:%Y/%m/%d}/{_uz_slug(o.title)[:60].strip('-')}")
    else:
        c.repath(lambda o: f"/uz/post/{_ident(c, o, base, 11)}-{_uz_slug(o.title)[:50].strip('-')}")
    _list_run(c, "uz-list")
    dr = _page_rng(c, "uz")
    prose = UzbekProse(dr)
    nav = c.nav_items(" ")
    rates = c.snip(f"Markaziy bank kursi: {_rates(dr, 'soʻm')}")
    cyr = c.snip("Ушбу мақолани кирилл алифбосида ўқинг")
    author = c.snip(f"{pub.ui('by')[0]} {s.author.name}, {s.author.desk}")
    caption = c.snip(f"{dr.choice(UZ_CAPTIONS)}. Foto: {pub.name}")
    more = c.pick_others(1)[0]
    c.snip(f"{pub.read_more} {more.title}")
    telegram = c.text("subscribe")
    label, sites = c.share()
    related = _snip_titles(c, c.pick_others(4))
    latest = _snip_titles(c, c.pick_others(5))
    c.snip("Soʻnggi yangiliklar")
    comments = c.text("comments")
    notice = c.snip(pub.fill(UZ_UI["disclaimer"][0]))
    cp = c.copyright()
    c.snip(" ".join(UZ_FOOTER[:4]))
    views = dr.randint(300, 60000)
    body = _html(c, "<p>{t}</p>", "<h2>{t}</h2>", '<ul class="list">')
    read = (
        f'<p class="related-inline"><strong>{esc(pub.read_more)}</strong> '
        f'<a href="{esc(more.path)}">{esc(more.title)}</a></p>'
    )
    body = _insert_after(body, "<p>", [(2, read)], skip='<p class="related-inline"')
    lead = _neither(c, prose, 1) if yii else ""
    title = f"{s.title} | {pub.name}" if yii else f"{s.title} - {pub.name}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": (d + timedelta(minutes=dr.randint(3, 90))).isoformat(timespec="seconds"),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {
            "@type": "Organization",
            "name": pub.name,
            "logo": {"@type": "ImageObject", "url": f"https://{pub.host}/img/logo.png"},
        },
        "mainEntityOfPage": c.url(),
        "inLanguage": "uz-Latn",
    }
    cyr_url = c.url().replace("/news/", "/oz/news/") if yii else c.url().replace("/uz/", "/oz/")
    shown = uz_date(d) if yii else f"{d:%H:%M} / {d:%d.%m.%Y}"
    photo = f"/uploads/{d:%Y/%m}/{_hex(dr, 12)}.jpg" if yii else f"/storage/posts/{_hex(dr, 20)}.webp"
    menu = "\n".join(f'<li><a href="/{_uz_slug(x)}">{esc(x)}</a></li>' for x in nav)
    share = (
        f'<div class="share-buttons"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a class="share-btn share-{_slug(x) or "x"}" href="#">{esc(x)}</a>' for x in sites)
        + "</div>"
    )
    head = [
        "<!DOCTYPE html>",
        '<html lang="uz">',
        "<head>",
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="csrf-token" content="{_hex(dr, 40)}">'
        if not yii
        else f'<meta name="csrf-param" content="_csrf-frontend">'
        f'<meta name="csrf-token" content="{_hex(dr, 32)}">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:image" content="https://{pub.host}{photo}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="alternate" hreflang="uz-Cyrl" href="{esc(cyr_url)}">',
        _ldjson(data),
        "</head>",
    ]
    if yii:
        lines = [
            *head,
            '<body class="site-news-view">',
            f'<div class="topbar"><div class="container"><span class="rates">{esc(rates)}</span>\n'
            f'<a class="lang" href="{esc(cyr_url)}">Ўзб</a></div></div>',
            f'<header class="header"><a class="logo" href="/">{esc(pub.name)}</a>'
            f'<ul class="nav navbar-nav">{menu}</ul></header>',
            '<div class="container"><div class="row"><div class="col-md-8">',
            '<div class="single-header">',
            f'<a class="single-category" href="#">{esc(s.section)}</a>',
            f"<h1>{esc(s.title)}</h1>",
            f'<div class="date-views"><span class="date">{shown}</span> '
            f'<span class="views"><i class="fa fa-eye"></i> {views}</span></div></div>',
            f'<p class="news-lead"><strong>{esc(lead)}</strong></p>',
            f'<div class="news-image"><img src="{photo}" alt="">'
            f'<p class="image-caption">{esc(caption)}</p></div>',
            '<div class="single-content">',
            *body,
            "</div>",
            f'<p class="cyrillic-link"><a href="{esc(cyr_url)}">{esc(cyr)}</a></p>',
            f'<div class="author-line">{esc(author)}</div>',
            share,
            f'<div class="tg-subscribe"><a href="https://t.me/" target="_blank">{esc(telegram)}</a></div>',
            f'<div class="related-news"><h3>{esc(pub.related_heading)}</h3><ul>'
            + _links(related)
            + "</ul></div>",
            f'<div class="comments-block"><p>{esc(comments)}</p></div>',
            "</div>",
            '<div class="col-md-4"><div class="last-news"><h3>Soʻnggi yangiliklar</h3><ul>'
            + _links(latest, '<li class="last-news-item">{}</li>')
            + "</ul></div></div>",
            "</div></div>",
        ]
    else:
        lines = [
            *head,
            '<body class="post-page">',
            f'<header class="header"><div class="header__top"><span>{esc(rates)}</span>\n'
            f'<a href="{esc(cyr_url)}">Ўзбекча</a></div>',
            f'<a class="header__logo" href="/uz">{esc(pub.name)}</a>'
            f'<nav class="header__nav"><ul>{menu}</ul></nav>'
            "</header>",
            '<main class="main"><article class="post">',
            f'<h1 class="post__title">{esc(s.title)}</h1>',
            f'<div class="post__meta"><span class="post__date">{shown}</span> '
            f'<span class="post__views">{views}</span> <span class="post__author">{esc(author)}</span></div>',
            f'<figure class="post__image"><img src="{photo}" alt="">'
            f"<figcaption>{esc(caption)}</figcaption></figure>",
            '<div class="post__content">',
            *body,
            "</div>",
            f'<div class="post__cyrillic"><a href="{esc(cyr_url)}">{esc(cyr)}</a></div>',
            f'<div class="telegram-block"><a href="https://t.me/">{esc(telegram)}</a></div>',
            share,
            "</article>",
            f'<section class="post-related"><h2>{esc(pub.related_heading)}</h2>'
            + _links(related, '<div class="post-related__item">{}</div>')
            + "</section>",
            f'<div class="post-comments"><p>{esc(comments)}</p></div>',
            '<aside class="sidebar"><h3>Soʻnggi yangiliklar</h3><ul>' + _links(latest) + "</ul></aside>",
            "</main>",
        ]
    lines += [
        '<footer class="footer"><ul>' + _footer_links(UZ_FOOTER) + "</ul>",
        f"<p>{esc(notice)}</p>\n<p>{esc(cp)}</p></footer>",
    ]
    html = _close_page(c, lines, "cookie-popup", "Roziman").translate(marks)
    c.bp[:] = [x.translate(marks) for x in c.bp]
    _drop_in_body(c)
    return html


# --- az-xeber-portal ----------------------------------------------------------------------------

AZ_CODES = {
    "Cəmiyyət": "cemiyyet",
    "Siyasət": "siyaset",
    "İqtisadiyyat": "iqtisadiyyat",
    "Regionlar": "regionlar",
    "Hadisə": "hadise",
    "Təhsil": "tehsil",
}
AZ_FOOTER = ("Haqqımızda", "Əlaqə", "Reklam yerləşdirin", "Məxfilik siyasəti", "RSS")
AZ_CAPTIONS = (
    "İcra hakimiyyətində keçirilən iclasdan görüntü",
    "Tikinti meydançasında aparılan işlər",
    "Sakinlərlə görüş zamanı",
    "Layihənin həyata keçiriləcəyi ərazi",
)


def az_date(d: datetime) -> str:
    """ "7 mart 2026, 14:05"."""
    return f"{d.day} {AZ_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"


def render_az_xeber_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("az")
    v = pub.index % 2  # 0: date permalinks; 1: /<category>/<id>-<slug>.html
    base = site.randint(200000, 990000)
    if v == 0:
        c.repath(lambda o: f"/{o.published:%Y/%m/%d}/{_az_slug(o.title)[:60].strip('-')}/")
    else:
        c.repath(
            lambda o: (
                f"/{AZ_CODES[o.section]}/{_ident(c, o, base, 29)}-{_az_slug(o.title)[:50].strip('-')}.html"
            )
        )
    _list_run(c, "az-list")
    dr = _page_rng(c, "az")
    nav = c.nav_items(" ")
    tagline = c.snip(pub.tagline)
    author = c.snip(f"{pub.ui('by')[0]} {s.author.name}, {s.author.desk}")
    caption = c.snip(f"{dr.choice(AZ_CAPTIONS)}. Foto: {pub.name}")
    more = c.pick_others(1)[0]
    c.snip(f"{pub.read_more} {more.title}")
    ad_label = c.snip("Reklam yerləşdirmək üçün bizimlə əlaqə saxlayın")
    label, sites = c.share()
    telegram = c.text("subscribe")
    related = _snip_titles(c, c.pick_others(3))
    cards = c.pick_others(4)
    c.snip("Digər xəbərlər")
    for o in cards:
        c.snip(f"{o.title} {az_date(o.published)}")
    editor = c.snip(f"Baş redaktor: {AzerbaijaniProse(site).person()}")
    notice = c.snip(pub.fill(AZ_UI["disclaimer"][0]))
    cp = c.copyright()
    c.snip(" ".join(AZ_FOOTER[:4]))
    body = _html(c, "<p>{t}</p>", "<h2>{t}</h2>", "<ul>")
    read = (
        f'<p class="also-read"><strong>{esc(pub.read_more)}</strong> '
        f'<a href="{esc(more.path)}">{esc(more.title)}</a></p>'
    )
    ad = (
        f'<div class="td-a-rec td-a-rec-id-content_inline">'
        f'<span class="td-adspot-title">{esc(ad_label)}</span>'
        f'<ins class="adsbygoogle" data-ad-client="ca-pub-{dr.randint(10**15, 10**16 - 1)}"></ins></div>'
    )
    body = _insert_after(body, "<p>", [(1, read), (3, ad)], skip='<p class="also-read"')
    title = f"{s.title} - {pub.name}" if v == 0 else f"{s.title} | {pub.name}"
    photo = f"/wp-content/uploads/{d:%Y/%m}/{_az_slug(s.title)[:30].strip('-')}-{dr.randint(1, 99)}.jpg"
    menu = "\n".join(
        f'<li class="menu-item menu-item-type-taxonomy">'
        f'<a href="/{AZ_CODES.get(x, "xeberler")}/">{esc(x)}</a></li>'
        for x in nav
    )
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": s.title,
                "datePublished": c.iso(),
                "author": {"@type": "Person", "name": s.author.name},
                "inLanguage": "az",
            },
            {"@type": "WebSite", "name": pub.name, "url": f"https://{pub.host}/"},
        ],
    }
    card_html = "\n".join(
        '<div class="td_module_flex td_module_flex_1"><div class="td-module-meta-info">'
        f'<h3 class="entry-title td-module-title"><a href="{esc(o.path)}">{esc(o.title)}</a></h3>\n'
        f'<span class="td-post-date">'
        f'<time class="entry-date">{az_date(o.published)}</time></span></div></div>'
        for o in cards
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="az">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(title)}</title>",
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        '<meta property="og:locale" content="az_AZ">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<meta name="generator" content="WordPress 6.7.2">',
        f'<link rel="stylesheet" id="td-theme-css" '
        f'href="/wp-content/themes/Newspaper/style.css?ver=12.6.{v}">',
        _ldjson(data),
        "</head>",
        f'<body class="post-template-default single single-post postid-{base} '
        f'single-format-standard td-standard-pack">',
        '<div class="td-header-template-wrap">',
        f'<div class="td-header-top-menu"><span class="td-header-slogan">{esc(tagline)}</span></div>',
        f'<div class="td-header-menu-wrap"><a class="td-main-logo" href="/">{esc(pub.name)}</a>'
        f'<ul id="menu-main-menu" class="sf-menu">{menu}</ul></div></div>',
        '<div class="td-main-content-wrap td-container-wrap"><div class="td-container">',
        '<div class="td-pb-span8 td-main-content">',
        f'<article id="post-{base}" class="post-{base} post type-post status-publish format-standard">',
        '<div class="td-post-header"><ul class="td-category">'
        f'<li class="entry-category"><a href="#">{esc(s.section)}</a></li></ul>',
        f'<header class="td-post-title"><h1 class="entry-title">{esc(s.title)}</h1>',
        f'<div class="td-module-meta-info"><div class="td-post-author-name">{esc(author)}</div>\n'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{c.iso()}">'
        f"{az_date(d)}</time></span></div></header></div>",
        '<div class="td-post-sharing-top"><div class="td-post-sharing-visible">'
        f'<span class="td-social-but-text">{esc(label)}</span>\n'
        + "\n".join(
            f'<a class="td-social-sharing-button td-social-{x.lower()}" href="#">{esc(x)}</a>' for x in sites
        )
        + "</div></div>",
        f'<div class="td-post-featured-image"><figure><img class="entry-thumb" src="{photo}" alt="">'
        f'<figcaption class="wp-caption-text">{esc(caption)}</figcaption></figure></div>',
        '<div class="td-post-content tagdiv-type">',
        *body,
        "</div>",
        f'<div class="td-telegram-box"><a href="https://t.me/">{esc(telegram)}</a></div>',
        "</article>",
        f'<div class="td_block_related_posts"><h4 class="td-related-title">{esc(pub.related_heading)}</h4>'
        + _links(
            related, '<div class="td-related-span4"><h3 class="entry-title td-module-title">{}</h3></div>'
        )
        + "</div>",
        "</div>",
        '<div class="td-pb-span4 td-main-sidebar"><div class="td_block_wrap td_flex_block_1">'
        '<h4 class="block-title"><span>Digər xəbərlər</span></h4>' + card_html + "</div></div>",
        "</div></div>",
        '<div class="td-footer-wrapper"><ul class="td-footer-menu">' + _footer_links(AZ_FOOTER) + "</ul>",
        f"<p>{esc(editor)}</p>\n<p>{esc(notice)}</p></div>",
        f'<div class="td-sub-footer-container"><div class="td-sub-footer-copy">{esc(cp)}</div></div>',
        '<script src="/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6"></script>',
    ]
    return _end_page(c, lines, "cookie-notice-container", "Qəbul edirəm")


# --- mn-medee-site ------------------------------------------------------------------------------

MN_FOOTER = ("Бидний тухай", "Холбоо барих", "Сурталчилгаа байршуулах", "Нууцлалын бодлого", "RSS")
MN_CAPTIONS = (
    "Хуралдааны үеэр",
    "Барилгын ажлын явц",
    "Иргэдтэй уулзах үеэр",
    "Төсөл хэрэгжих газар",
)
MN_COMMENTS = (
    "Ажлаа хурдан эхлүүлээсэй, иргэд удаан хүлээлээ",
    "Дахиад л амлалт өгч байна, хэзээ хийх юм бол",
    "Маш зөв шийдвэр, дэмжиж байна",
    "Манай хороонд ч гэсэн ийм асуудал байгаа шүү",
    "Төсвийн мөнгийг зөв зарцуулаасай гэж хүсье",
    "Энэ тухай илүү дэлгэрэнгүй мэдээлэл хэрэгтэй байна",
)


def mn_date(d: datetime) -> str:
    """ "2026.03.07 14:05"."""
    return f"{d:%Y.%m.%d %H:%M}"


def render_mn_medee_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("mn")
    v = pub.index % 2  # 0: /n/<id>; 1: /content/<id>/<percent-encoded slug>
    base = site.randint(300000, 3900000)
    if v == 0:
        c.repath(lambda o: f"/n/{_ident(c, o, base, 41)}")
    else:
        c.repath(
            lambda o: (
                f"/content/{_ident(c, o, base, 41)}/"
                + quote(
                    "-".join("".join(ch for ch in o.title.lower() if ch.isalnum() or ch == " ").split()[:8])
                )
            )
        )
    _list_run(c, "mn-list")
    dr = _page_rng(c, "mn")
    prose = MongolianProse(dr)
    nav = c.nav_items(" ")
    town = _place(pub.name, MN_TOWNS)
    strip = c.snip(f"Цаг агаар: {town} {dr.randint(-25, 8):+d}°C | Ханш: {_rates(dr, '₮')}")
    reporter = c.snip(f"Мэдээг бэлтгэсэн: {s.author.name}, {s.author.desk}")
    credit = c.snip(f"{dr.choice(MN_CAPTIONS)}. Гэрэл зургийг {pub.name}")
    label, sites = c.share()
    related = _snip_titles(c, c.pick_others(3))
    popular = _snip_titles(c, c.pick_others(5))
    c.snip("Их уншсан мэдээ")
    count = dr.randint(2, 40)
    notice = c.text("comments")
    comments = dr.sample(MN_COMMENTS, 2)
    for x in comments:
        c.snip(x)
    reuse = c.snip(pub.fill(MN_UI["disclaimer"][0]))
    cp = c.copyright()
    c.snip(" ".join(MN_FOOTER[:4]))
    body = _html(c, "<p>{t}</p>", "<h3>{t}</h3>", '<ul class="news-list">')
    dek = _neither(c, prose, 1)
    title = f"{s.title} | {pub.name}" if v == 0 else f"{pub.name} - {s.title}"
    photo = f"/images/{d:%Y/%m}/{_hex(dr, 16)}.jpg"
    menu = "\n".join(f'<a href="/c/{i + 1}">{esc(x)}</a>' for i, x in enumerate(nav))
    guests = ("Зочин", "Иргэн", "Уншигч")
    comment_html = "\n".join(
        f'<div class="comment-item"><span class="comment-name">{dr.choice(guests)}</span> '
        f'<span class="comment-ip">{dr.randint(10, 220)}.{dr.randint(0, 255)}.xxx.xxx</span>'
        f"<p>{esc(x)}</p></div>"
        for x in comments
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="mn">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:description" content="{esc(dek)}">',
        f'<meta property="og:image" content="https://{pub.host}{photo}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/static/css/main.{_hex(site, 8)}.css">',
        "</head>",
        '<body class="news-page">',
        f'<div class="top-strip">{esc(strip)}</div>',
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>'
        f'<nav class="menu">{menu}</nav></header>',
        '<div class="wrapper"><div class="content-left">',
        '<div class="news-wrap">',
        f'<div class="news-cat"><a href="#">{esc(s.section)}</a></div>',
        f'<h1 class="news-title">{esc(s.title)}</h1>',
        f'<p class="news-dek">{esc(dek)}</p>',
        f'<div class="news-info"><span class="news-date">{mn_date(d)}</span>\n'
        f'<time class="hidden" datetime="{c.iso()}"></time>\n'
        f'<a class="comment-count" href="#comments">Сэтгэгдэл ({count})</a>\n'
        f'<span class="reporter">{esc(reporter)}</span></div>',
        f'<div class="news-image"><img src="{photo}" alt="">'
        f'<span class="img-credit">{esc(credit)}</span></div>',
        '<div class="news-content">',
        *body,
        "</div>",
        f'<div class="share"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#" class="s-{x.lower()}">{esc(x)}</a>' for x in sites)
        + "</div>",
        "</div>",
        f'<div class="related"><h3>{esc(pub.related_heading)}</h3><ul>' + _links(related) + "</ul></div>",
        f'<div class="comments" id="comments"><h3>Сэтгэгдэл ({count})</h3>',
        f'<form class="comment-form" method="post" action="/comment">'
        f'<p class="comment-rule">{esc(notice)}</p>'
        '<input type="text" name="name" placeholder="Нэр"><textarea name="text"></textarea>'
        '<button type="submit">Сэтгэгдэл бичих</button></form>',
        comment_html,
        "</div>",
        "</div>",
        '<div class="content-right"><div class="popular"><h3>Их уншсан мэдээ</h3><ol>'
        + _links(popular)
        + "</ol></div></div>",
        "</div>",
        '<footer class="site-footer"><div class="links">'
        + "\n".join(f'<a href="#">{x}</a>' for x in MN_FOOTER)
        + "</div>",
        f"<p>{esc(reuse)}</p>\n<p>{esc(cp)}</p></footer>",
    ]
    return _end_page(c, lines, "cookie-bar", "Зөвшөөрөх")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "kk-aqparat-portal": render_kk_aqparat_portal,
    "uz-yangiliklar-sayt": render_uz_yangiliklar_sayt,
    "az-xeber-portal": render_az_xeber_portal,
    "mn-medee-site": render_mn_medee_site,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402
from urllib.parse import quote  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _close_page,
    _drop_in_body,
    _end_page,
    _footer_links,
    _hex,
    _insert_after,
    _ldjson,
    _links,
    _list_run,
    _page_rng,
    _snip_titles,
    ascii_slugger,
    register_language,
)
from pipeline.synth.publishers import Ctx, Story, _slug, esc  # noqa: E402

# URL slugs: Uzbek without its apostrophes (whichever the site writes), Azerbaijani "ə" and "ı" made
# ASCII (NFKD does not take them apart)
_uz_slug = ascii_slugger(("ʻ", ""), ("ʼ", ""), ("‘", ""), ("’", ""), ("'", ""))
_az_slug = ascii_slugger(("ə", "e"), ("Ə", "e"), ("ı", "i"), ("İ", "i"), ("“", ""), ("”", ""))

# Kazakh, Uzbek, Azerbaijani and Mongolian join the registries (new keys only)
register_language(
    "kk",
    first_names=KK_MALE + KK_FEMALE,
    surnames=KK_SURNAMES,
    prose=KazakhProse,
    ui=KK_UI,
    months=KK_MONTHS,
    zones=("Asia/Almaty",),
    romanizer=ness_site_latin,
)
register_language(
    "uz",
    first_names=UZ_MALE + UZ_FEMALE,
    surnames=UZ_SURNAMES,
    prose=UzbekProse,
    ui=UZ_UI,
    months=UZ_MONTHS,
    zones=("Asia/Tashkent", "Asia/Samarkand"),
)
register_language(
    "az",
    first_names=AZ_MALE + AZ_FEMALE,
    surnames=AZ_SURNAMES,
    prose=AzerbaijaniProse,
    ui=AZ_UI,
    months=AZ_MONTHS,
    zones=("Asia/Baku",),
)
register_language(
    "mn",
    first_names=MN_MALE + MN_FEMALE,
    surnames=MN_INITIALS,
    prose=MongolianProse,
    ui=MN_UI,
    months=MN_MONTHS,
    zones=("Asia/Ulaanbaatar",),
)
