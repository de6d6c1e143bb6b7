"""Four HOLT template families for the synthetic publishers (see `pipeline.synth.publishers`).

"holt" is a thirtieth split, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once: four large non-English news markets the earlier splits did not cover in these forms
(a Russian city site, an Arabic daily, a Turkish Next.js portal, a Polish portal's AMP pages).

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `HOLT_FAMILIES`: the holt families are
generated only by `generate_corpus("holt")`, so every other corpus is as it was. This module also
brings a new language, Russian ("ru"): its grammar (`RussianProse`: the past tense agreeing with
its subject in gender and number, "мэрия утвердила", "горсовет утвердил", "правительство
утвердило", "депутаты утвердили"; objects in the accusative, "новую схему движения"; place names
in the locative after "в" and in the genitive, "в Светлограде", "жители Светлограда"; «…», —
сказала quotes with the verb in the speaker's gender; women's surnames, "Соколова", "Покровская";
headlines in the past or the impersonal future, "В Светлограде построят новую школу"), names,
place names, UI strings, month names (the genitive a date takes) and zones, added to the registries
of `pipeline.synth.prose` and `pipeline.synth.publishers` when the module is loaded (new keys only;
nothing another language uses changes), and a romanizer for its site names only (host names). The
Arabic, Turkish and Polish families use the grammars `pipeline.synth.prose` has for those languages.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a bulleted list inside the text is body, one line per item; a block quote
is body, one line; a photo's caption and credit are boilerplate; a standfirst under the headline is
neither body nor boilerplate. The choices each family makes for the debatable parts:
  * ru-gorod-news: a Russian city news site: the subtitle under the headline (<p class="...lead">,
    the standfirst) is neither; the text, its <h2> subheadings, a list and a block quote are body;
    the "Читайте также:" lines amid the text, the photo's caption and "Фото:" credit, the "Текст:"
    author line, the share bar, the Telegram/Dzen subscription call, "Главное за день", the comments
    notice, the 18+ footnote and the footer's media registration (свидетельство о регистрации СМИ)
    are boilerplate;
  * ar-akhbar-daily: an Arabic daily (rtl): the summary under the headline (<h2 class="...">) is
    neither; the text, its <h3> subheadings and a block quote are body; the "اقرأ أيضا:" lines amid
    the text, the "كتب:" byline, the photo caption, the ad label, "الوسوم:" tags, the share bar,
    "أخبار ذات صلة", "الأكثر قراءة", the newsletter and app calls and the footer are boilerplate;
  * tr-haber-portal: a Turkish Next.js portal: the spot under the headline (<h2>, the standfirst)
    is neither; the text, set in <div>s inside a container with CSS-module class names
    ("styles_content__x7Hq2"), and its subheadings (a <div> holding a <strong>, or an <h3>) are
    body; the "Reklam" ad slots, the "İlgili Haberler" cards, the "Son Dakika" ticker, the editor
    line, the Google News call, the comments notice, the cookie banner and the footer are
    boilerplate; the later "Güncelleme:" time is neither (not the publication time), and the
    article again in the `__NEXT_DATA__` JSON is not visible;
  * pl-portal-amp: a Polish portal's AMP page: the lead (the first paragraph, in bold) is body, as
    are the text, its <h2> subheadings and a list; the "Zobacz także:" lines amid the text, the
    "Reklama" labels of the amp-ad slots, the photo caption and "Fot." credit, the author line, the
    amp-sidebar menu, the share bar, the "Czytaj więcej" teasers, the newsletter call, the "Przejdź
    do pełnej wersji serwisu" link, the RODO/cookie notice and the footer are boilerplate.

Families (language; date source):
  holt  ru-gorod-news     ru; <meta property="article:published_time"> and JSON-LD datePublished with
                          offset, and the visible "7 марта 2026, 14:30" (<time datetime>); paths
                          /news/<yyyy>/<mm>/<dd>/<id>-<translit-slug>/ or
                          /text/<section>/<yyyy>/<mm>/<dd>/<8 digits>/; <title>
                          "T - 7 марта 2026 - Site" or "T | Site"
  holt  ar-akhbar-daily   ar; JSON-LD NewsArticle datePublished with offset, and the visible
                          "السبت، ٧ مارس ٢٠٢٦ - ١٨ رمضان ١٤٤٧ هـ" with "٠٢:٣٠ م" (Arabic-Indic
                          digits, the tabular Hijri date); paths /news/<id>/<percent-encoded Arabic
                          slug>; <title> "T - Site" or "Site | T"
  holt  tr-haber-portal   tr; <meta property="article:published_time"> with offset, the
                          `__NEXT_DATA__` publishDate in UTC ("Z"), the visible "07.03.2026 - 14:30"
                          (<time datetime>); paths /<section>/<slug>-<id> or /haber/<slug>/<id>;
                          <title> "T - Site" or "T | Son Dakika Haberleri - Site"
  holt  pl-portal-amp     pl; AMP JSON-LD NewsArticle datePublished with offset, the visible
                          "07.03.2026, 14:30" (<time datetime>); paths
                          /<section>/<slug>,nId,<id>?amp=1 or /<section>/<slug>/ar/c1-<id>/amp, the
                          canonical link to the path without them; <title> "T - Site" or "T | Site"
"""

from __future__ import annotations

import json
import random
from functools import cache
from urllib.parse import quote

from pipeline.synth.prose import Prose, _cap, _w

FAMILIES: dict[str, str] = {
    "ru-gorod-news": "holt",
    "ar-akhbar-daily": "holt",
    "tr-haber-portal": "holt",
    "pl-portal-amp": "holt",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "ru-gorod-news": "ru",
    "ar-akhbar-daily": "ar",
    "tr-haber-portal": "tr",
    "pl-portal-amp": "pl",
}
RU_SITE_FORMS = ("Город {p}", "{p} Онлайн", "{p}.ру", "Вести {p}", "Наш {p}", "{p} Сегодня")
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "ru-gorod-news": RU_SITE_FORMS,
    "ar-akhbar-daily": ("أخبار {p}", "{p} اليوم", "صحيفة {p}", "جريدة {p}", "الوطن {p}"),
    "tr-haber-portal": ("{p} Haber", "{p} Gazetesi", "Haber{p}", "{p} Manşet", "{p} Son Dakika"),
    "pl-portal-amp": ("Portal {p}", "{p}24", "Kurier {p}", "Echo {p}", "Gazeta {p}", "{p} Info"),
}

# --- Russian -----------------------------------------------------------------------------------

RU_FIRST_M = _w("""Александр Дмитрий Сергей Андрей Алексей Михаил Иван Николай Владимир Евгений Павел
    Артём Максим Денис Игорь Олег Роман Виктор Константин Григорий Кирилл Юрий""")
RU_FIRST_F = _w("""Анна Елена Ольга Наталья Татьяна Ирина Мария Екатерина Светлана Юлия Дарья Ксения
    Марина Алёна Виктория Полина Галина Людмила Вера Надежда Евгения Алина""")
# the men's forms; `_ru_female` makes a woman's ("Соколов" -> "Соколова", "Покровский" -> "Покровская")
RU_SURNAMES = _w("""Иванов Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов Петров Волков
    Соловьёв Васильев Зайцев Павлов Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров Михайлов
    Беляев Тарасов Белов Комаров Орлов Киселёв Макаров Андреев Покровский Жуковский Садовский
    Ткаченко Гордеев Ершов Шубин Фомин Калинин""")
# (subject, gender: "m", "f", "n" or "pl")
RU_AGENTS: tuple[tuple[str, str], ...] = (
    ("мэр", "m"),
    ("губернатор", "m"),
    ("горсовет", "m"),
    ("застройщик", "m"),
    ("Роспотребнадзор", "m"),
    ("департамент транспорта", "m"),
    ("районный суд", "m"),
    ("мэрия", "f"),
    ("городская дума", "f"),
    ("администрация города", "f"),
    ("прокуратура", "f"),
    ("управляющая компания", "f"),
    ("комиссия по благоустройству", "f"),
    ("правительство области", "n"),
    ("министерство строительства", "n"),
    ("управление ЖКХ", "n"),
    ("депутаты гордумы", "pl"),
    ("жители микрорайона", "pl"),
    ("активисты", "pl"),
    ("власти города", "pl"),
    ("чиновники мэрии", "pl"),
    ("перевозчики", "pl"),
)
RU_PAST = {"m": "л", "f": "ла", "n": "ло", "pl": "ли"}
# past-tense stems: the stem and RU_PAST["f"] make "утвердила"
RU_VERBS = _w("""утверди отклони одобри отложи пересмотре раскритикова поддержа представи продли
    приостанови заморози согласова обсуди оспори""")
# objects, in the accusative
RU_OBJECTS = (
    "бюджет города на 2026 год",
    "проект реконструкции набережной",
    "тарифы на проезд",
    "новую схему движения в центре",
    "ремонт моста через реку",
    "строительство новой школы",
    "программу благоустройства дворов",
    "контракт на уборку снега",
    "закупку новых автобусов",
    "план застройки микрорайона",
    "решение о сносе гаражей",
    "повышение платы за вывоз мусора",
    "проект нового парка",
    "график отключения горячей воды",
    "контракт на ремонт дорог",
    "генеральный план города",
    "перенос автовокзала",
    "реконструкцию стадиона",
    "правила размещения летних кафе",
    "проект платных парковок",
)
RU_TIMES = (
    "во вторник",
    "на прошлой неделе",
    "на заседании думы",
    "после долгих споров",
    "единогласно",
    "в четверг вечером",
    "накануне",
    "сегодня утром",
    "на внеочередной сессии",
    "в очередной раз",
)
RU_SOURCES = (
    "Как сообщили в пресс-службе мэрии,",
    "По данным администрации,",
    "Как стало известно нашему изданию,",
    "Согласно опубликованному документу,",
    "По информации регионального минстроя,",
    "Как уточнили в ведомстве,",
)
RU_CONJ = (", однако", ", а", ", но", ", поэтому", ", при этом", ", и теперь")
RU_ROLES = (
    "глава города",
    "депутат городской думы",
    "председатель совета дома",
    "руководитель пресс-службы мэрии",
    "эксперт по городскому развитию",
    "представитель застройщика",
    "директор школы",
    "председатель комитета по транспорту",
)
RU_SAYS = _w("сказа заяви отмети подчеркну поясни добави")
RU_SAYINGS = (
    "Мы выполним все обещания перед жителями",
    "Деньги на проект уже заложены в бюджет",
    "Работы идут строго по графику",
    "Жители имеют право знать, что происходит",
    "Это решение давно назрело",
    "Мы просим горожан набраться терпения",
    "Никто с нами не советовался",
    "Город не может больше ждать",
    "Мы будем добиваться справедливого решения",
    "Ситуация находится на личном контроле",
)
RU_BUILD = (
    "новую школу",
    "детский сад",
    "поликлинику",
    "ледовую арену",
    "бассейн",
    "подземный переход",
    "новый сквер",
    "велодорожки",
    "крытый рынок",
    "спортивный комплекс",
)
RU_FUTURE = ("построят", "откроют", "отремонтируют", "реконструируют")
RU_FRONTS = ("Официально", "Скандал в думе", "Неожиданный поворот", "Решение принято", "Есть вопросы")
RU_SUBHEADS = (
    "Что будет дальше",
    "Реакция жителей",
    "Сколько это стоит",
    "Позиция мэрии",
    "Долгая история",
    "Вопросы остаются",
    "Что говорят депутаты",
    "Детали проекта",
    "Мнение эксперта",
)
# the genitive, as a date has it ("7 марта 2026")
RU_MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
RU_ZONES = (
    "Europe/Moscow",
    "Asia/Yekaterinburg",
    "Asia/Novosibirsk",
    "Europe/Samara",
    "Asia/Krasnoyarsk",
    "Europe/Kaliningrad",
    "Asia/Vladivostok",
    "Asia/Omsk",
)
# fictional towns: a prefix and a root, all ending in a consonant (locative "-е", genitive "-а"), none
# starting with "В" or "Ф" (so the preposition is always "в", never "во")
_RU_PREFIXES = _w("Красно Бело Ново Старо Зелено Светло Сосново Ясно Черно Каменно Северо Южно Усть")
_RU_ROOTS = _w("горск ярск дольск речинск озёрск град полянск борск мирск донск камск уральск лесск")
_RU_LAT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        (*_w("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch"), "", "y", "", *_w("e yu ya")),
        strict=True,
    )
)


@cache
def ru_places() -> tuple[str, ...]:
    """The Russian town names (all prefix-root pairs, "Усть-" with a hyphen)."""
    out = []
    for pre in _RU_PREFIXES:
        for root in _RU_ROOTS:
            out.append(f"Усть-{_cap(root)}" if pre == "Усть" else pre + root)
    return tuple(sorted(out))


def ru_latin(text: str) -> str:
    """Russian text in Latin letters ("Светлоград" -> "Svetlograd", "Щука" -> "Shchuka"); other
    characters as they are."""
    out = []
    for ch in text:
        low = ch.lower()
        lat = _RU_LAT.get(low)
        if lat is None:
            out.append(ch)
        else:
            out.append(_cap(lat) if ch != low else lat)
    return "".join(out)


def ru_slug(text: str, limit: int = 70) -> str:
    """An ASCII slug of Russian text, transliterated ("В Светлограде построят ..." ->
    "v-svetlograde-postroyat-...")."""
    return _slug(ru_latin(text))[:limit].strip("-")


@cache
def _ru_site_names() -> dict[str, str]:
    return {form.format(p=p): ru_latin(form.format(p=p)) for form in RU_SITE_FORMS for p in ru_places()}


def romanize_site(text: str) -> str | None:
    """Latin letters for a ru-gorod-news site name ("Город Светлоград" -> "Gorod Svetlograd"), None
    for any other text."""
    return _ru_site_names().get(text)


def _ru_female(surname: str) -> str:
    if surname.endswith("ский"):
        return surname[:-2] + "ая"
    if surname.endswith(("ов", "ёв", "ев", "ин")):
        return surname + "а"
    return surname


def _ru_is_female(person: str) -> bool:
    return person.split()[0] in RU_FIRST_F


def ru_loc(place: str) -> str:
    """The locative of a town name ("Светлоград" -> "Светлограде")."""
    return place + "е"


def ru_gen(place: str) -> str:
    """The genitive of a town name ("Светлоград" -> "Светлограда")."""
    return place + "а"


class RussianProse(Prose):
    """Russian city-news prose (see the module docstring)."""

    lang = "ru"

    def person(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return f"{rng.choice(RU_FIRST_F)} {_ru_female(rng.choice(RU_SURNAMES))}"
        return f"{rng.choice(RU_FIRST_M)} {rng.choice(RU_SURNAMES)}"

    def place(self) -> str:
        return self.rng.choice(ru_places())

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, gender = rng.choice(RU_AGENTS)
        when = f" {rng.choice(RU_TIMES)}" if time else ""
        return f"{agent}{when} {rng.choice(RU_VERBS)}{RU_PAST[gender]} {rng.choice(RU_OBJECTS)}"

    def said(self) -> str:
        rng = self.rng
        person = self.person()
        verb = rng.choice(RU_SAYS) + ("ла" if _ru_is_female(person) else "л")
        return f"«{rng.choice(RU_SAYINGS)}», — {verb} {person}, {rng.choice(RU_ROLES)}."

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return self.said()
        if r < 0.26:
            return f"{rng.choice(RU_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.4:
            return f"{_cap(self.clause(time=rng.random() < 0.4))}{rng.choice(RU_CONJ)} {self.clause()}."
        if r < 0.47:
            return f"Несмотря на то что {self.clause()}, {self.clause(time=True)}."
        if r < 0.6:
            return rng.choice(
                (
                    f"Стоимость работ составит {rng.randint(12, 940)} млн рублей.",
                    f"Петицию против проекта подписали более {100 * rng.randint(3, 90)} горожан.",
                    f"Работы планируют завершить до конца {rng.randint(2027, 2030)} года.",
                    f"За это решение проголосовали {rng.randint(21, 29)} из 35 депутатов.",
                    f"На встречу с чиновниками пришли около {10 * rng.randint(4, 60)} жителей.",
                    f"Работы продлятся не менее {rng.randint(5, 18)} месяцев.",
                    f"Из областного бюджета на эти цели выделят {rng.randint(2, 9)}0 процентов средств.",
                )
            )
        if r < 0.72:
            place = self.place()
            return rng.choice(
                (
                    f"Глава {ru_gen(place)} уверен, что {self.clause()}.",
                    f"Жители {ru_gen(place)} давно ждали этого решения.",
                    f"Похожая ситуация недавно сложилась в {ru_loc(place)}.",
                    f"В {ru_loc(place)} пока ничего не изменилось.",
                    f"Вопрос снова обсудят на сессии думы {ru_gen(place)} в следующем месяце.",
                )
            )
        if r < 0.84:
            return f"Это уже не первый случай, когда {self.clause()}."
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return _cap(self.clause())
        if r < 0.6:
            return f"В {ru_loc(self.place())} {rng.choice(RU_FUTURE)} {rng.choice(RU_BUILD)}"
        if r < 0.85:
            return f"{rng.choice(RU_FRONTS)}: {self.clause()}"
        return f"{self.person()}: «{rng.choice(RU_SAYINGS)}»"

    def subheading(self) -> str:
        return self.rng.choice(RU_SUBHEADS)


RU_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Главная",
        "Новости",
        "Происшествия",
        "Город",
        "Транспорт",
        "Недвижимость",
        "Работа",
        "Авто",
        "Спорт",
        "Афиша",
    ),
    "sections": ("Город", "Происшествия", "Транспорт", "Политика", "Экономика", "ЖКХ", "Общество"),
    "related": ("Читайте также", "Другие новости города", "Самое обсуждаемое"),
    "read_more": ("Читайте также:",),
    "by": ("Текст:",),
    "desks": ("Корреспондент", "Редакция", "Отдел новостей", "Обозреватель"),
    "share": ("Поделиться",),
    "share_sites": ("ВКонтакте", "Одноклассники", "Telegram", "WhatsApp", "Скопировать ссылку"),
    "newsletter": ("Подпишитесь на нашу рассылку и получайте главные новости города каждое утро.",),
    "comments": ("Комментарии проходят модерацию и появляются на сайте не сразу.",),
    "cookie": (
        "Мы используем файлы cookie, чтобы сайт работал лучше. Оставаясь с нами, вы соглашаетесь"
        " на использование файлов cookie.",
    ),
    "ad": ("Реклама",),
    "copyright": (
        "© {year} {name}. Все права защищены.",
        "© {name}, {year}. При перепечатке ссылка обязательна.",
    ),
    "disclaimer": ("Мнение редакции может не совпадать с мнением авторов комментариев.",),
    "tagline": ("Новости {region} с {since} года", "Всё о жизни города каждый день"),
    "bio": ("{author} работает в редакции {name} с {since2} года.",),
    "beats": ("городское хозяйство", "транспорт", "образование", "здравоохранение"),
    "editorial": ("Материал подготовлен в рамках проекта «Наш город» редакции {name}.",),
    "classified": ("Продаётся двухкомнатная квартира в центре, после ремонта.",),
    "subscribe": ("Подпишитесь на наш канал в Дзене",),
}
RU_SECTION_SLUGS = {
    "Город": "gorod",
    "Происшествия": "incidents",
    "Транспорт": "transport",
    "Политика": "politics",
    "Экономика": "business",
    "ЖКХ": "zhkkh",
    "Общество": "society",
}
RU_CAPTIONS = (
    "Работы на объекте начались ещё прошлой осенью",
    "Жители вышли на встречу с представителями мэрии",
    "Так участок выглядит сейчас",
    "Решение депутаты принимали почти два часа",
    "Проект вызвал споры среди горожан",
)
RU_FOOTER = (
    "О проекте",
    "Реклама на сайте",
    "Правила комментирования",
    "Политика конфиденциальности",
    "Контакты редакции",
)


def ru_date(dt: datetime) -> str:
    """ "7 марта 2026, 14:30"."""
    return f"{dt.day} {RU_MONTHS[dt.month - 1]} {dt.year}, {dt:%H:%M}"


def render_ru_gorod_news(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("rg")
    text_form = site.random() < 0.5
    cls = site.choice(("article", "news-page", "material"))

    def path(o: Story) -> str:
        r = c.stable(f"rg-id-{o.title}")
        if text_form:
            sec = RU_SECTION_SLUGS.get(o.section, "gorod")
            return f"/text/{sec}/{o.published:%Y/%m/%d}/{r.randint(70000000, 79999999)}/"
        return f"/news/{o.published:%Y/%m/%d}/{r.randint(100000, 999999)}-{ru_slug(o.title)}/"

    c.repath(path)
    dr = c.stable(f"rg-{s.title}")
    if len(_paras(s)) >= 5 and dr.random() < 0.6:
        _list_run(c, "rg-list")
    paras = _paras(s)
    if len(paras) >= 6 and dr.random() < 0.5:
        at = dr.choice(paras[2:-1])
        s.blocks[at] = ("quote", s.blocks[at][1])
    ru = prose_for("ru", dr)
    dek = ru.sentence()
    while dek in s.body():
        dek = ru.sentence()
    nav = [x for x in RU_UI["nav"] if x != "Главная"]
    c.snip(" ".join(nav[:5]))
    author = c.snip(f"Текст: {s.author.name}, {s.author.desk.lower()}")
    photographer = ru.person()
    caption = c.snip(dr.choice(RU_CAPTIONS))
    credit = c.snip(f"Фото: {photographer} / {pub.name}")
    label, sites = "Поделиться", RU_UI["share_sites"]
    c.snip(" ".join([label, *sites[:3]]))
    readalso = c.pick_others(dr.randint(1, 2))
    for o in readalso:
        c.snip(f"Читайте также: {o.title}")
    channel = site.choice(("Telegram", "Дзене"))
    call = c.snip(
        f"Подписывайтесь на {pub.name} в Telegram и Дзене: главные новости города без лишнего шума"
        if channel == "Telegram"
        else f"Читайте {pub.name} в Дзене и подписывайтесь на наш Telegram-канал"
    )
    main = c.pick_others(5)
    for o in main:
        c.snip(o.title)
    ncomments = dr.randint(0, 240)
    notice = c.snip("Чтобы оставить комментарий, войдите через ВКонтакте, Яндекс ID или Telegram")
    disclaimer = c.snip(RU_UI["disclaimer"][0])
    reg = c.snip(
        f"Сетевое издание «{pub.name}». Свидетельство о регистрации СМИ Эл № ФС77-"
        f"{site.randint(60000, 89999)} от {site.randint(1, 28)}.{site.randint(1, 12):02d}."
        f"{site.randint(2012, 2022)}"
        " выдано Федеральной службой по надзору в сфере связи, информационных технологий и массовых"
        " коммуникаций (Роскомнадзор)."
    )
    age = c.snip("Сайт может содержать материалы, не предназначенные для лиц младше 18 лет.")
    cr = c.snip(f"© {d.year} {pub.name}. Все права защищены.")
    c.snip(" ".join(RU_FOOTER[:4]))
    lead_cls = site.choice(("article__lead", "subtitle", "lead-text"))
    body = _story_html(
        c,
        lambda h: f"<p>{h}</p>",
        lambda t, h: f"<h2>{h}</h2>",
        lambda h: f'<blockquote class="quote"><p>{h}</p></blockquote>',
        lambda items: "<ul>\n" + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>",
    )
    figure = (
        f'<figure class="{cls}__figure"><img src="https://static.{pub.host}/images/{_hex(dr, 16)}.jpg"'
        f' alt="{esc(caption)}" loading="lazy">\n'
        f"<figcaption><span>{esc(caption)}</span>\n"
        f'<span class="credit">{esc(credit)}</span></figcaption></figure>'
    )
    inserts = [(0, figure)] + [
        (
            2 + 3 * i,
            f'<p class="read-also"><b>Читайте также:</b> <a href="{esc(o.path)}">{esc(o.title)}</a></p>',
        )
        for i, o in enumerate(readalso)
    ]
    body = _insert_after(body, "<p>", inserts)
    title = (
        f"{s.title} - {d.day} {RU_MONTHS[d.month - 1]} {d.year} - {pub.name}"
        if site.random() < 0.5
        else f"{s.title} | {pub.name}"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "description": dek,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "ru",
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ru" prefix="og: http://ogp.me/ns#">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(dek)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        '<script async src="https://mc.yandex.ru/metrika/tag.js"></script>',
        "<script>window.yaContextCb = window.yaContextCb || []</script>",
        "</head>",
        f'<body class="page-{cls}">',
        '<header class="header">',
        f'<a class="header__logo" href="/">{esc(pub.name)}</a> <span class="age-mark">18+</span>',
        '<nav class="header__menu">'
        + "\n".join(f'<a href="/{_slug(ru_latin(x))}/">{esc(x)}</a>' for x in nav)
        + "</nav>",
        "</header>",
        '<div class="layout">',
        f'<main class="layout__main"><article class="{cls}" itemscope itemtype="https://schema.org/NewsArticle">',
        f'<div class="{cls}__meta">'
        f'<a class="{cls}__rubric" href="/{RU_SECTION_SLUGS.get(s.section, "gorod")}/">'
        f"{esc(s.section)}</a>\n"
        f'<time datetime="{c.iso()}" itemprop="datePublished">{ru_date(d)}</time>\n'
        f'<span class="{cls}__comments-count">{ncomments}</span></div>',
        f'<h1 class="{cls}__title" itemprop="headline">{esc(s.title)}</h1>',
        f'<p class="{lead_cls}">{esc(dek)}</p>',
        f'<div class="{cls}__author">{esc(author)}</div>',
        f'<div class="{cls}__text" itemprop="articleBody">',
        *body,
        "</div>",
        f'<div class="share"><span>{label}</span>\n'
        + "\n".join(f'<a href="#" class="share__item">{esc(x)}</a>' for x in sites)
        + "</div>",
        f'<div class="subscribe-block"><a href="https://t.me/{_slug(ru_latin(pub.name)).replace("-", "")}">'
        f"{esc(call)}</a></div>",
        f'<section class="comments"><h3>Комментарии ({ncomments})</h3><p>{esc(notice)}</p>'
        f"<p><small>{esc(disclaimer)}</small></p></section>",
        "</article></main>",
        '<aside class="layout__sidebar"><div class="banner" data-place="240x400"><span>Реклама</span></div>',
        '<section class="day-top"><h3>Главное за день</h3><ol>'
        + _links(main)
        + "</ol></section></aside>",
        "</div>",
        '<footer class="footer"><nav>' + "\n".join(f'<a href="#">{esc(x)}</a>' for x in RU_FOOTER) + "</nav>",
        f"<p>{esc(reg)}</p>",
        f'<p class="footer__age"><span class="age-mark">18+</span> {esc(age)}</p>',
        f"<p>{esc(cr)}</p></footer>",
    ]
    return _end_page(c, lines, "cookie-notice", "Понятно")


# --- ar-akhbar-daily ---------------------------------------------------------------------------

AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
HIJRI_MONTHS = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)
AR_MENU = (
    "الرئيسية",
    "أخبار مصر والعالم",
    "محافظات",
    "اقتصاد",
    "رياضة",
    "فن وثقافة",
    "حوادث",
    "مقالات الرأي",
)
AR_CAPTIONS = (
    "جانب من الاجتماع الذي عقد في مقر المحافظة",
    "أعمال التطوير في الموقع مستمرة منذ أشهر",
    "صورة أرشيفية للمشروع قبل بدء الأعمال",
    "السكان يتابعون سير العمل في الحي",
)
AR_TAGS = ("البلدية", "المحافظة", "مشروعات التطوير", "الخدمات العامة", "الطرق", "الإسكان", "التعليم", "الصحة")


def hijri(dt: datetime) -> tuple[int, int, int]:
    """The tabular (arithmetical) Islamic calendar's (year, month, day) of a date."""
    jd = dt.toordinal() + 1721425
    n = jd - 1948440 + 10632
    cycles = (n - 1) // 10631
    n = n - 10631 * cycles + 354
    j = ((10985 - n) // 5316) * ((50 * n) // 17719) + (n // 5670) * ((43 * n) // 15238)
    n = n - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * n) // 709
    day = n - (709 * month) // 24
    return 30 * cycles + j - 30, month, day


def ar_date(dt: datetime) -> str:
    """ "السبت، ٧ مارس ٢٠٢٦ - ١٨ رمضان ١٤٤٧ هـ" (the weekday, the Gregorian and Hijri dates)."""
    y, m, day = hijri(dt)
    text = (
        f"{AR_WEEKDAYS[dt.weekday()]}، {dt.day} {MONTHS['ar'][dt.month - 1]} {dt.year}"
        f" - {day} {HIJRI_MONTHS[m - 1]} {y} هـ"
    )
    return text.translate(AR_INDIC)


def ar_time(dt: datetime) -> str:
    """ "٠٢:٣٠ م"."""
    return f"{dt:%I:%M} {'ص' if dt.hour < 12 else 'م'}".translate(AR_INDIC)


def ar_slug(text: str) -> str:
    """The Arabic slug of a headline (letters and digits, words joined by "-"), percent-encoded in
    UTF-8, as the CMS writes it in a URL."""
    kept = "".join(ch if ch.isalnum() else " " for ch in text)
    return quote("-".join(kept.split())[:80].strip("-"), safe="-")


def render_ar_akhbar_daily(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ak")
    pre = site.choice(("news", "News"))
    box = site.choice(("article-content", "news-body", "ArticleDetails"))

    def path(o: Story) -> str:
        r = c.stable(f"ak-id-{o.title}")
        return f"/{pre}/{r.randint(1000000, 7999999)}/{ar_slug(o.title)}"

    c.repath(path)
    dr = c.stable(f"ak-{s.title}")
    paras = _paras(s)
    for tag_i, (tag, text) in enumerate(s.blocks):
        if tag == "h2":
            s.blocks[tag_i] = ("h3", text)
    if len(paras) >= 5 and dr.random() < 0.5:
        at = dr.choice(paras[2:-1])
        s.blocks[at] = ("quote", s.blocks[at][1])
    ar = prose_for("ar", dr)
    summary = ar.sentence()
    while summary in s.body():
        summary = ar.sentence()
    c.snip(" ".join(AR_MENU[:5]))
    byline = c.snip(f"كتب: {s.author.name} - {s.author.desk}")
    caption = c.snip(dr.choice(AR_CAPTIONS) + f" - تصوير: {ar.person()}")
    ad = c.snip("إعلان - تابع القراءة أدناه")
    readalso = c.pick_others(dr.randint(1, 2))
    for o in readalso:
        c.snip(f"اقرأ أيضا: {o.title}")
    tags = dr.sample(AR_TAGS, 3)
    c.snip("الوسوم: " + "، ".join(tags))
    share = c.snip("شارك الخبر: فيسبوك إكس واتساب تيليجرام")
    related = c.pick_others(4)
    for o in related:
        c.snip(o.title)
    most = c.pick_others(5)
    for o in most:
        c.snip(o.title)
    news = c.snip("اشترك في النشرة البريدية ليصلك أهم الأخبار كل صباح")
    app = c.snip(f"حمّل تطبيق {pub.name} على هاتفك المحمول")
    cr = c.snip(
        f"جميع الحقوق محفوظة © {d.year} {pub.name}".translate(AR_INDIC)
        if site.random() < 0.5
        else f"جميع الحقوق محفوظة لـ {pub.name} © {d.year}"
    )
    rights = c.snip("يحظر نسخ أو نقل محتوى الموقع دون إذن مسبق من إدارة التحرير.")
    body = _story_html(
        c,
        lambda h: f"<p>{h}</p>",
        lambda t, h: f"<h3>{h}</h3>",
        lambda h: f"<blockquote>{h}</blockquote>",
        lambda items: "<ul>\n" + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>",
    )
    inserts = [
        (
            1 + 2 * i,
            '<p class="read-also"><strong>اقرأ أيضا:</strong> '
            f'<a href="{esc(o.path)}">{esc(o.title)}</a></p>',
        )
        for i, o in enumerate(readalso)
    ]
    if len(_paras(s)) >= 4:
        inserts.append(
            (
                len(_paras(s)) // 2,
                f'<div class="ad-slot" id="div-gpt-ad-{_hex(dr, 8)}"><span>{esc(ad)}</span></div>',
            )
        )
    else:
        c.bp.remove(ad)
    body = _insert_after(body, "<p>", inserts, skip='<p class="read-also"')
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{pub.name} | {s.title}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "ar",
        "keywords": ",".join(tags),
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ar" dir="rtl">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<meta name="keywords" content="{esc(",".join(tags))}">',
        _ldjson(data),
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>',
        "</head>",
        "<body>",
        '<div class="breaking"><span>عاجل</span> '
        f'<a href="{esc(most[0].path)}">{esc(most[0].title)}</a></div>'
        if most
        else "",
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<ul class="main-menu">'
        + "\n".join(f'<li><a href="#">{esc(x)}</a></li>' for x in AR_MENU)
        + "</ul></header>",
        '<div class="container"><div class="row">',
        '<div class="col-md-8"><article class="news-details">',
        f'<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li>\n<li>{esc(s.section)}</li></ol>',
        f"<h1>{esc(s.title)}</h1>",
        f'<h2 class="{site.choice(("summary", "sub-title", "brief"))}">{esc(summary)}</h2>',
        f'<div class="writer">{esc(byline)}</div>',
        f'<div class="date-time"><span class="date">{ar_date(d)}</span>\n'
        f'<span class="time">{ar_time(d)}</span></div>',
        f'<figure class="main-img"><img src="/UploadCache/libfiles/{_hex(dr, 12)}.jpg" alt="{esc(s.title)}">'
        f"<figcaption>{esc(caption)}</figcaption></figure>",
        f'<div class="{box}" id="articleBody">',
        *body,
        "</div>",
        '<div class="tags"><span>الوسوم: </span>'
        + "، ".join(f'<a href="/Tags/{quote(t)}">{esc(t)}</a>' for t in tags)
        + "</div>",
        f'<div class="share-bar">{esc(share)}</div>',
        "</article>",
        '<section class="related-news"><h3>أخبار ذات صلة</h3><ul>'
        + _links(related)
        + "</ul></section>",
        "</div>",
        '<aside class="col-md-4"><section class="most-read"><h3>الأكثر قراءة</h3><ol>'
        + _links(most)
        + f'</ol></section><div class="newsletter"><p>{esc(news)}</p>'
        + '<input type="email"><button>اشترك</button></div>'
        "</aside>",
        "</div></div>",
        f'<footer class="site-footer"><p class="app">{esc(app)}</p>',
        f"<p>{esc(rights)}</p>",
        f"<p>{esc(cr)}</p></footer>",
    ]
    return _end_page(c, lines, "cookies-bar", "موافق")


# --- tr-haber-portal ---------------------------------------------------------------------------

TR_MENU = ("Son Dakika", "Gündem", "Ekonomi", "Dünya", "Spor", "Sağlık", "Yaşam", "Teknoloji", "Yazarlar")
TR_SECTION_SLUGS = {
    "Gündem": "gundem",
    "Yerel": "yerel",
    "Ekonomi": "ekonomi",
    "Eğitim": "egitim",
    "Sağlık": "saglik",
    "Spor": "spor",
    "Kültür-Sanat": "kultur-sanat",
}
TR_FOOTER = (
    "Künye",
    "Gizlilik Politikası",
    "KVKK Aydınlatma Metni",
    "Çerez Politikası",
    "İletişim",
    "Reklam",
)
_HASH = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-"


def css_module(r: random.Random, module: str, name: str) -> str:
    """A CSS-modules class name ("styles_content__x7Hq2")."""
    return f"{module}_{name}__{''.join(r.choice(_HASH[:-2]) for _ in range(5))}"


def _next_json(data: object) -> str:
    """JSON as Next.js writes it in a page (<, > and & as \\u escapes)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_tr_haber_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("th")
    form = site.random() < 0.5
    mod = site.choice(("styles", "ArticleDetail", "NewsDetail"))
    cls = {
        n: css_module(site, mod, n)
        for n in ("article", "title", "spot", "meta", "content", "text", "subtitle", "image", "tags")
    }
    ui = {
        key: css_module(site, m, n)
        for key, m, n in (
            ("header", "Header", "header"),
            ("nav", "Header", "nav"),
            ("slot", "AdSlot", "slot"),
            ("related", "RelatedNews", "root"),
            ("card", "NewsCard", "card"),
            ("cookie", "CookieBanner", "root"),
            ("footer", "Footer", "footer"),
            ("ticker", "Ticker", "ticker"),
            ("main", "Layout", "main"),
        )
    }
    strong_heads = site.random() < 0.5
    build = _hex(site, 21)

    def path(o: Story) -> str:
        r = c.stable(f"th-id-{o.title}")
        slug = _lslug(o.title)
        if form:
            return f"/{TR_SECTION_SLUGS.get(o.section, 'gundem')}/{slug}-{r.randint(1000000, 1999999)}"
        return f"/haber/{slug}/{r.randint(100000000, 199999999)}"

    c.repath(path)
    dr = c.stable(f"th-{s.title}")
    tr = prose_for("tr", dr)
    spot = tr.sentence()
    while spot in s.body():
        spot = tr.sentence()
    c.snip(" ".join(TR_MENU[:5]))
    ticker = c.pick_others(3)
    for o in ticker:
        c.snip(o.title)
    editor = c.snip(f"Editör: {s.author.name} - {pub.name} {s.author.desk}")
    updated = d + timedelta(minutes=dr.randint(20, 400))
    related = c.pick_others(4)
    for o in related:
        c.snip(o.title)
    gnews = c.snip(f"{pub.name} haberlerini Google News üzerinden takip edin")
    comments = c.snip("Yorum yazabilmek için üye girişi yapmanız gerekmektedir.")
    rules = c.snip(UI["tr"]["comments"][1])
    cookie = c.snip(UI["tr"]["cookie"][0])
    cr = c.snip(
        f"© {d.year} {pub.name}. Tüm hakları saklıdır. İzinsiz kopyalanamaz, kaynak gösterilmeden"
        " kullanılamaz."
    )
    c.snip(" ".join(TR_FOOTER[:4]))

    def ad(unit: str) -> str:
        return (
            f'<div class="{ui["slot"]}" data-ad-unit="/21812345/{_slug(pub.short)}/{unit}">'
            f'<span>Reklam</span><div id="div-gpt-ad-{unit}-{_hex(dr, 6)}"></div></div>'
        )

    body = _story_html(
        c,
        lambda h: f'<div class="{cls["text"]}">{h}</div>',
        (lambda t, h: f'<div class="{cls["subtitle"]}"><strong>{h}</strong></div>')
        if strong_heads
        else (lambda t, h: f"<h3>{h}</h3>"),
        lambda h: f"<blockquote>{h}</blockquote>",
        lambda items: "<ul>\n" + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>",
    )
    body = _insert_after(
        body, f'<div class="{cls["text"]}">', [(1, ad("inarticle-1")), (4, ad("inarticle-2"))]
    )
    hour = f"{d:%d.%m.%Y - %H:%M}"
    title = (
        f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{s.title} | Son Dakika Haberleri - {pub.name}"
    )
    next_data: dict[str, object] = {
        "props": {
            "pageProps": {
                "article": {
                    "id": path(s).rsplit("/", 1)[-1].rsplit("-", 1)[-1],
                    "title": s.title,
                    "spot": spot,
                    "category": {"name": s.section, "slug": TR_SECTION_SLUGS.get(s.section, "gundem")},
                    "publishDate": c.iso(utc=True),
                    "updateDate": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "author": {"name": s.author.name},
                    "body": "".join(
                        f"<p>{esc(t)}</p>" if tag == "p" else f"<h3>{esc(t)}</h3>" for tag, t in s.blocks
                    ),
                    "url": c.url(),
                },
                "related": [{"title": o.title, "url": o.path} for o in related],
            },
            "__N_SSP": True,
        },
        "page": "/[category]/[slug]" if form else "/haber/[slug]/[id]",
        "query": {},
        "buildId": build,
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="tr">',
        "<head>",
        '<meta charSet="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(spot)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:modified_time" content="{updated.isoformat(timespec="seconds")}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="preload" href="/_next/static/css/{_hex(site, 16)}.css" as="style">',
        f'<script src="/_next/static/chunks/webpack-{_hex(site, 16)}.js" defer></script>',
        f'<script src="/_next/static/chunks/framework-{_hex(site, 16)}.js" defer></script>',
        f'<script src="/_next/static/chunks/pages/_app-{_hex(site, 16)}.js" defer></script>',
        f'<script src="/_next/static/{build}/_buildManifest.js" defer></script>',
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>',
        "</head>",
        "<body>",
        '<div id="__next">',
        f'<div class="{ui["ticker"]}"><span>SON DAKİKA</span>'
        + "\n".join(f'<a href="{esc(o.path)}">{esc(o.title)}</a>' for o in ticker)
        + "</div>",
        f'<header class="{ui["header"]}"><a href="/" aria-label="{esc(pub.name)}">'
        f'<img src="/images/logo.svg" alt="{esc(pub.name)}"></a>',
        f'<nav class="{ui["nav"]}">'
        + "\n".join(f'<a href="/{_lslug(x)}">{esc(x)}</a>' for x in TR_MENU)
        + "</nav></header>",
        ad("masthead"),
        f'<main class="{ui["main"]}"><article class="{cls["article"]}">',
        f'<h1 class="{cls["title"]}">{esc(s.title)}</h1>',
        f'<h2 class="{cls["spot"]}">{esc(spot)}</h2>',
        f'<div class="{cls["meta"]}"><span>{esc(editor)}</span>\n'
        f'<time dateTime="{c.iso()}">{hour}</time>\n'
        f"<span>Güncelleme: {updated:%d.%m.%Y - %H:%M}</span></div>",
        f'<div class="{cls["image"]}"><img src="https://i.{pub.host}/c/{_hex(dr, 12)}.webp"'
        f' alt="{esc(s.title)}"'
        ' width="800" height="450" decoding="async"></div>',
        f'<div class="{cls["content"]}">',
        *body,
        "</div>",
        f'<div class="{cls["tags"]}"><a href="https://news.google.com/publications/{_hex(site, 10)}">'
        f"{esc(gnews)}</a></div>",
        "</article>",
        f'<section class="{ui["related"]}"><h3>İlgili Haberler</h3>',
        *[
            f'<a class="{ui["card"]}" href="{esc(o.path)}">'
            f'<div><img src="https://i.{pub.host}/c/{_hex(dr, 10)}.webp"'
            f' alt=""></div><span>{esc(o.title)}</span></a>'
            for o in related
        ],
        "</section>",
        f'<section id="comments"><h3>Yorumlar</h3><p>{esc(comments)}</p><p>{esc(rules)}</p></section>',
        "</main>",
        ad("footer"),
        f'<footer class="{ui["footer"]}"><nav>'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in TR_FOOTER)
        + f"</nav><p>{esc(cr)}</p></footer>",
        f'<div class="{ui["cookie"]}"><p>{esc(cookie)}</p><button>Kabul Et</button></div>',
        "</div>",
        f'<script id="__NEXT_DATA__" type="application/json">{_next_json(next_data)}</script>',
        "</body>",
        "</html>",
    ]
    html = _j(lines)
    _drop_in_body(c)
    return html


# --- pl-portal-amp -----------------------------------------------------------------------------

PL_MENU = ("Wiadomości", "Region", "Polska", "Świat", "Sport", "Biznes", "Kultura", "Pogoda", "Motoryzacja")
PL_SECTION_SLUGS = {
    "Region": "region",
    "Polityka": "polityka",
    "Gospodarka": "gospodarka",
    "Kultura": "kultura",
    "Sport": "sport",
    "Zdrowie": "zdrowie",
    "Komunikacja": "komunikacja",
}
PL_CAPTIONS = (
    "Prace na budowie potrwają co najmniej kilka miesięcy",
    "Mieszkańcy przyszli na spotkanie z urzędnikami",
    "Tak teren wygląda obecnie",
    "Radni dyskutowali nad projektem ponad dwie godziny",
)
PL_FOOTER = ("Regulamin", "Polityka prywatności", "Kontakt z redakcją", "Reklama", "Mapa strony")
AMP_BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}"
    "to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;"
    "animation:none}</style></noscript>"
)


def render_pl_portal_amp(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("pa")
    interia = site.random() < 0.5
    bolt = site.random() < 0.5

    def canonical(o: Story) -> str:
        r = c.stable(f"pa-id-{o.title}")
        sec = PL_SECTION_SLUGS.get(o.section, "region")
        slug = _lslug(o.title)[:60].strip("-")
        if interia:
            return f"/{sec}/news-{slug},nId,{r.randint(7000000, 7999999)}"
        return f"/{sec}/{slug}/ar/c1-{r.randint(17000000, 18999999)}"

    def path(o: Story) -> str:
        return canonical(o) + ("?amp=1" if interia else "/amp")

    c.repath(path)
    dr = c.stable(f"pa-{s.title}")
    if len(_paras(s)) >= 5 and dr.random() < 0.6:
        _list_run(c, "pa-list")
    pl = prose_for("pl", dr)
    c.snip(" ".join(PL_MENU[:5]))
    author = c.snip(f"Autor: {s.author.name}, {s.author.desk}")
    caption = c.snip(dr.choice(PL_CAPTIONS))
    credit = c.snip(f"Fot. {pl.person()} / {pub.name}")
    see_also = c.pick_others(dr.randint(1, 2))
    for o in see_also:
        c.snip(f"Zobacz także: {o.title}")
    ad_label = "Reklama"
    share = c.snip("Podziel się tym artykułem ze znajomymi")
    teasers = c.pick_others(4)
    for o in teasers:
        c.snip(o.title)
    news = c.snip(UI["pl"]["newsletter"][0])
    full = c.snip("Przejdź do pełnej wersji serwisu")
    consent = c.snip(
        "Szanujemy Twoją prywatność. Korzystamy z plików cookies i przetwarzamy dane zgodnie z RODO."
    )
    cr = c.snip(f"© {d.year} {pub.name}. Wszelkie prawa zastrzeżone.")
    c.snip(" ".join(PL_FOOTER[:4]))
    updated = d + timedelta(minutes=dr.randint(30, 300))
    body = _story_html(
        c,
        lambda h: f"<p>{h}</p>",
        lambda t, h: f"<h2>{h}</h2>",
        lambda h: f"<blockquote><p>{h}</p></blockquote>",
        lambda items: '<ul class="article-list">\n' + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>",
    )
    # the lead: the first paragraph (the story's first block), in bold
    body[0] = f'<p class="lead"><strong>{body[0].removeprefix("<p>").removesuffix("</p>")}</strong></p>'

    def amp_ad(n: int) -> str:
        return (
            f'<div class="ad"><span class="ad-label">{ad_label}</span>\n'
            '<amp-ad width="300" height="250" type="doubleclick"'
            f' data-slot="/5123/{_slug(pub.short)}/amp_art_{n}"'
            ' data-multi-size-validation="false"></amp-ad></div>'
        )

    inserts = [
        (
            1 + 2 * i,
            f'<p class="see-also"><strong>Zobacz także:</strong> <a href="{esc(o.path)}">'
            f"{esc(o.title)}</a></p>",
        )
        for i, o in enumerate(see_also)
    ]
    inserts += [(1, amp_ad(1)), (5, amp_ad(2))]
    body = _insert_after(body, "<p>", inserts)
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": f"https://{pub.host}{canonical(s)}",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": updated.isoformat(timespec="seconds"),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {
            "@type": "Organization",
            "name": pub.name,
            "logo": {"@type": "ImageObject", "url": f"https://{pub.host}/logo-amp.png"},
        },
        "image": [f"https://{pub.host}/img/{_hex(dr, 12)}.jpg"],
    }
    lines = [
        "<!doctype html>",
        f'<html {"⚡" if bolt else "amp"} lang="pl">',
        "<head>",
        '<meta charset="utf-8">',
        '<script async src="https://cdn.ampproject.org/v0.js"></script>',
        '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>',
        '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>',
        '<script async custom-element="amp-social-share" '
        'src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>',
        '<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>',
        f"<title>{esc(title)}</title>",
        f'<link rel="canonical" href="https://{pub.host}{esc(canonical(s))}">',
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
        _ldjson(data),
        AMP_BOILERPLATE,
        f"<style amp-custom>.lead{{font-weight:700}}.ad-label{{font-size:11px;color:#999}}"
        f"header{{background:{pub.colour}}}</style>",
        "</head>",
        "<body>",
        '<amp-sidebar id="menu" layout="nodisplay" side="left"><nav><ul>'
        + "\n".join(f'<li><a href="/{_lslug(x)}">{esc(x)}</a></li>' for x in PL_MENU)
        + "</ul></nav></amp-sidebar>",
        f'<header class="amp-header"><button on="tap:menu.toggle" aria-label="Menu">☰</button>'
        f'<a class="logo" href="https://{pub.host}/">{esc(pub.name)}</a></header>',
        '<main><article class="amp-article">',
        f'<div class="breadcrumbs"><a href="/">{esc(pub.name)}</a> › {esc(s.section)}</div>',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="meta"><span class="author">{esc(author)}</span>\n'
        f'<time datetime="{c.iso()}">{d:%d.%m.%Y, %H:%M}</time>\n'
        f"<span>Aktualizacja: {updated:%d.%m.%Y, %H:%M}</span></div>",
        f'<figure><amp-img src="https://{pub.host}/img/{_hex(dr, 12)}.jpg" width="1280" height="720"'
        f' layout="responsive" alt="{esc(caption)}"></amp-img>'
        f'<figcaption>{esc(caption)}\n<span class="credit">{esc(credit)}</span></figcaption></figure>',
        '<div class="article-body">',
        *body,
        "</div>",
        f'<div class="share"><p>{esc(share)}</p>'
        '<amp-social-share type="facebook" width="40" height="40" data-param-app_id="0"></amp-social-share>'
        '<amp-social-share type="twitter" width="40" height="40"></amp-social-share>'
        '<amp-social-share type="whatsapp" width="40" height="40"></amp-social-share></div>',
        "</article>",
        '<section class="teasers"><h2>Czytaj więcej</h2>',
        *[
            f'<div class="teaser"><a href="{esc(o.path)}"><h3>{esc(o.title)}</h3></a>\n'
            f'<a class="more" href="{esc(o.path)}">Czytaj więcej</a></div>'
            for o in teasers
        ],
        "</section>",
        f'<div class="newsletter"><p>{esc(news)}</p></div>',
        "</main>",
        f'<footer><p><a href="https://{pub.host}{esc(canonical(s))}">{esc(full)}</a></p>',
        "<nav>" + "\n".join(f'<a href="#">{esc(x)}</a>' for x in PL_FOOTER) + "</nav>",
        f"<p>{esc(cr)}</p></footer>",
        '<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">'
        f'<p>{esc(consent)}</p><button on="tap:consent.accept">Akceptuję</button></div></amp-consent>',
        "</body>",
        "</html>",
    ]
    html = _j(lines)
    _drop_in_body(c)
    return html


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "ru-gorod-news": render_ru_gorod_news,
    "ar-akhbar-daily": render_ar_akhbar_daily,
    "tr-haber-portal": render_tr_haber_portal,
    "pl-portal-amp": render_pl_portal_amp,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _drop_in_body,
    _end_page,
    _hex,
    _insert_after,
    _ldjson,
    _links,
    _list_run,
    _paras,
    _story_html,
    ascii_slugger,
    register_language,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import AR_WEEKDAYS, MONTHS, UI, Ctx, Story, _j, _slug, esc  # noqa: E402

# Turkish "ı" and Polish "ł"/"Ł" made ASCII in slugs (NFKD keeps them)
_lslug = ascii_slugger(("ı", "i"), ("ł", "l"), ("Ł", "L"))

# Russian joins the registries (new keys only)
register_language(
    "ru",
    first_names=RU_FIRST_M + RU_FIRST_F,
    surnames=RU_SURNAMES,
    prose=RussianProse,
    ui=RU_UI,
    months=RU_MONTHS,
    zones=RU_ZONES,
    romanizer=romanize_site,
)
