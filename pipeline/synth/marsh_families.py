"""Four MARSH template families for the synthetic publishers (see `pipeline.synth.publishers`).

"marsh" is a twenty-second split, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `MARSH_FAMILIES`: the marsh families are
generated only by `generate_corpus("marsh")`, so every other corpus is as it was. This module also
brings two new languages, each with its grammar, names, place names, UI strings, month names and
zones, added to the registries of `pipeline.synth.prose` and `pipeline.synth.publishers` when the
module is loaded (new keys only; nothing another language uses changes):
  * Ukrainian ("uk"), in Cyrillic (`UkrainianProse`): the past tense agreeing with its subject's
    gender and number ("міська рада затвердила", "виконком затвердив", "управління затвердило",
    "депутати затвердили"); objects in the accusative with an adjective agreeing ("новий бюджет",
    "нову школу", "нове положення", "нові тарифи"); place names in the genitive and the locative by
    their endings ("Борівка" / "Борівки" / "у Борівці", "Белгород" / "Белгорода" / "у Белгороді"),
    "у"/"в" before them as the next sound asks; «…», — сказала quotes with the speaker's role in the
    speaker's gender ("міська голова", "речниця поліції"); women's surnames in "-ська"/"-цька" where
    the man's is "-ський"/"-цький"; headlines with the impersonal future ("У Борівці відремонтують
    стару школу"). Place names are made in Latin letters (a site's brand and host name have them,
    "Borivka.info") and written in Cyrillic in the text (`_uk_cyr`); slugs are the national
    (2010) transliteration (`uk_latin`) or the Cyrillic slug percent-encoded;
  * Afrikaans ("af", `AfrikaansProse`): "het ... <participle>" with the object before the participle,
    verb-second after a fronted time or source ("Verlede week het die raad ..."), the verb last in
    subordinate clauses ("..., omdat die raad die plan goedgekeur het"), the double negation ("het
    nog nie die tender toegeken nie"), "’n" as the indefinite article (not before a plural),
    attributive adjectives ("die nuwe begroting", "’n tydelike kontrak", "die groot brug"), and
    headlines in the present tense with the separable particle last ("Raad keur nuwe begroting goed",
    "Munisipaliteit skort tariefverhoging op").

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, pull quotes in `repeated`, aware `published_at`,
clean `title` without the site name) and those of the earlier held-out splits: in-text "read also"
lines and calls to action are boilerplate even in the paragraphs' own markup; a bulleted list and a
<blockquote> inside the text are body, one line per item; a photo's caption and credit are
boilerplate; a standfirst/dek under the headline is neither body nor boilerplate; a short box label
is neither. The choices each family makes for the debatable parts:
  * uk-miskyi-portal: the "анонс" under the headline (a summary sentence of its own, not repeated
    in the text) is neither; a <blockquote> with an official's words and name is body; the closing
    "Нагадаємо, раніше ми писали, що ..." paragraph on some stories (the site's own reminder, with a
    link in it) is body, the last line of the text; the "Читайте також:" lines, the "Реклама" slot,
    the Telegram line closing the text (bold, in its own <p>), the "Ctrl+Enter" typo note, the
    photo's caption and "Фото:" credit are boilerplate;
  * af-gemeenskapskoerant: the "Kortliks" box above the text (two or three points the reporter
    wrote, in a <ul> in the article column) is body, one line per point, its one-word label
    neither; the "LEES OOK" cards, the italic WhatsApp-channel line and the "Het jy ’n nuuswenk?"
    tip line closing the text (both in <p>s in the text's own markup) and the caption with its
    "Foto:" credit ("Foto: Verskaf") are boilerplate, as are the author box's bio and the press-code
    line in the footer;
  * phpnuke-news-module: the story's text is the intro and the body text run together, paragraphs
    split by <br><br> (no <p>), <b> subheadings and, on stories the admin posted, a list now and
    then; a reader's submission is shown as `<user> writes "<text>"` (the name, "writes" and the
    quotation marks are neither); the admin's "Note:" after a submission is site housekeeping,
    boilerplate; so are "Posted on ... by <admin>", the topic, "Related Links", "Most read story
    about", "Article Rating", "Printer Friendly Page" / "Send to a Friend", the readers' comments
    with their dates, the blocks ("Modules", "Who's Online", "Login", "Survey", "Past Articles")
    and the PHP-Nuke footer;
  * patch-hyperlocal-updates: the dek (<h2> under the headline) is neither; the "UPDATE (5:12
    p.m.): ..." lines at the top of a developing story are the reporter's own text, body, the first
    lines of it, newest first; "Find out what's happening in <town> with free, real-time updates
    from <site>." (a paragraph <div> of the text's own), the newsletter and tip lines, "RELATED:"
    lines, the photo's caption and credit, the replies, "The rules of replying", "Neighbor Posts"
    and "Local Events" are boilerplate.

Families (language; date source):
  marsh  uk-miskyi-portal       uk; a NewsArticle JSON-LD datePublished with the Kyiv offset
                               ("2026-03-07T14:30:00+02:00", dateModified with it) and the visible
                               naive "7 березня 2026, 14:30"; a top line showing the day the page
                               was served ("Субота, 9 березня 2026 року"), the exchange rates and the
                               weather; a Ukrainian city news site: the top line, the slogan, the
                               menu, "Головне:" headlines, the breadcrumb, the section, the headline,
                               the анонс (see above), the date, views, comment count and "Автор:",
                               the photo, the text (<h2> subheadings, a <blockquote> or a list) with
                               "Читайте також:" lines and the ad slot, "Нагадаємо" (body) and the
                               Telegram line, the typo note, "Теги:", the share bar, the comments
                               with their dates and the comment rules, "Стрічка новин" (the other
                               stories with their times), the popular list, the newsletter and
                               classified widgets, the footer with the copyright's terms of reuse
                               and the online-media register's "ідентифікатор медіа R40-01234";
                               URLs, by site, /news/NNNNNN-translit-slug, /YYYY/MM/DD/<Cyrillic slug
                               percent-encoded, upper-case hex>/ or /novyny/section/NNNNNN.html;
                               <title> "T | Новини <town's genitive>" or "T — Site"
  marsh  af-gemeenskapskoerant  af; <meta property="article:published_time"> (and modified_time) in
                               UTC ("2026-03-07T12:30:00+00:00") and the visible local date alone
                               ("7 Maart 2026"); a South African (or Namibian) community newspaper on
                               WordPress (Caxton-like): the top bar (weather, the power-cut stage,
                               e-edition and advertising links), the slogan, the menu, the category,
                               "Deur <author>", the reading time, the share bar, the caption with
                               "Foto: ...", the Kortliks box (body), the text (subheadings, a list
                               now and then) with "LEES OOK" cards and the ad slot, the WhatsApp and
                               tip lines, "Merkers:", "Oor die skrywer" with the bio, "Meer van
                               <Site>", the comment form's notes, "Mees gelees", the death notices,
                               the newsletter and classified widgets, the press-code line and the
                               POPIA cookie notice; URLs, by site, /nuus/section/YYYY/MM/DD/slug/,
                               /slug/ or WordPress's plain /?p=NNNNN; <title> "T | Site"
  marsh  phpnuke-news-module    en; the date only in the visible text, PHP-Nuke's "Saturday, March
                               07 @ 14:30:00 EST" (no year, the zone's abbreviation), in "Posted on
                               ... by admin"; the comments' and the past articles' dates are other
                               dates; no date metadata; a community portal still on PHP-Nuke
                               (DeepBlue-like theme, nested tables, <font class="content">): the
                               header with "Welcome to <Site>" and the top links, the left blocks
                               (Modules, Who's Online, Login with the registration pitch, Survey),
                               the story (see above), the right blocks (Related Links, Article
                               Rating, Options), the comment controls, "Comments are owned by the
                               poster", the comments, "Past Articles" and the PHP-Nuke footer
                               ("You can syndicate our news using the file backend.php or
                               ultramode.txt", the page generation time); URLs, by site,
                               /modules.php?name=News&file=article&sid=NNN (with
                               "&mode=&order=0&thold=0" on some), /html/modules.php?op=modload&name=
                               News&file=article&sid=NNN, /PHP-Nuke/modules.php?... or the GoogleTap
                               /articleNNN.html; <title> "Site - T"
  marsh  patch-hyperlocal-updates en; a naive <time datetime="2026-03-07T14:30:00"> around "Posted Sat,
                               Mar 7, 2026 at 2:30 pm ET" (the US zones by their letters, others
                               by their abbreviations), and a later naive "Updated ..." on stories
                               with updates; the UPDATE lines' clock times are later times of the
                               same day; a hyperlocal news network's town site (Patch-like) with a
                               React front end that puts every paragraph in its own <div> (no <p>)
                               and an ad <div> after every second one: the town bar, the menu, the
                               category, the headline, the dek (see above), "<author>, <Site> Staff",
                               the posted and updated times, Thank/Reply/Share, the photo, the UPDATE
                               lines (body) and the text with the "Find out what's happening ..."
                               line, "RELATED:" lines and the ads, the tip and newsletter lines, the
                               replies and the rules of replying, "More from <town>", "Neighbor
                               Posts", "Local Events" (with their dates) and the footer; URLs, by
                               site, /state/town/slug or /town/category/slug/NNNNNN/; <title> "T -
                               Site"

Every renderer gives every story of its publisher the platform's own URL on first use, reworks the
story's text (lists, quotes, updates, the Kortliks points, the reminder) and keeps it within 14 lines
and 250-900 words, so `body`, taken from the story after rendering, has them. All four have site
names of their own (`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

import re
from urllib.parse import quote

from pipeline.synth.prose import Prose, _cap, _w

FAMILIES: dict[str, str] = {
    "uk-miskyi-portal": "marsh",
    "af-gemeenskapskoerant": "marsh",
    "phpnuke-news-module": "marsh",
    "patch-hyperlocal-updates": "marsh",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "uk-miskyi-portal": "uk",
    "af-gemeenskapskoerant": "af",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    # Ukrainian city sites mostly carry a Latin-letter brand (their host names are ASCII)
    "uk-miskyi-portal": ("{p}.info", "{p}.City", "{p}24", "{p} Online", "{p}.Today"),
    "af-gemeenskapskoerant": ("{p} Nuus", "Die {p} Bode", "{p}-Pos", "{p} Koerant", "{p} Gemeenskapsnuus"),
    "phpnuke-news-module": ("{p} Online", "{p} Community Portal", "{p}Net", "{p} Area Network",
                            "The {p} Connection", "{p} Web"),
    "patch-hyperlocal-updates": ("{p} Now", "{p} Local", "{p} Daily Voice", "The {p} Lookout",
                                 "{p} Neighbors", "{p} Today"),
}

EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_DAYS3 = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
EN_MONTHS3 = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# --- Ukrainian ---------------------------------------------------------------------------------

UK_FIRST_M = _w("""Олександр Андрій Сергій Дмитро Володимир Іван Микола Олег Юрій Віктор Тарас Богдан
    Максим Василь Петро Роман Ігор Ярослав Степан Назар Остап Євген Віталій Артем""")
UK_FIRST_F = _w("""Олена Наталія Ірина Оксана Тетяна Юлія Світлана Людмила Марія Ганна Катерина Вікторія
    Ольга Галина Софія Христина Леся Дарина Надія Соломія Мар’яна Анастасія Зоряна Інна""")
# the men's forms; `_uk_female` gives a woman's ("-ський" -> "-ська", "-ий" -> "-а", the others alike)
UK_SURNAMES = _w("""Шевченко Бондаренко Коваленко Ткаченко Кравченко Олійник Мельник Шевчук Поліщук Бойко
    Ковальчук Лисенко Марченко Савчук Руденко Гнатюк Кравчук Павлюк Мороз Петренко Левченко Гаврилюк
    Романюк Литвиненко Яковенко Приходько Захарчук Сидоренко Костенко Стельмах Головатий Ковальський
    Савицький Вишневський Дячук Остапчук Козак Кушнір Данилюк Карпенко Гуменюк Білецький Кузьмич""")
# place names are made in Latin letters from these endings (a site's brand and host name have them)
# and written in Cyrillic in the text: (Latin ending, Cyrillic, genitive, locative)
UK_PLACE_FORMS = (("",), _w("ivka iv ove horod opil sk yn"))
UK_ENDINGS = (
    ("ivka", "івка", "івки", "івці"),
    ("horod", "город", "города", "городі"),
    ("opil", "опіль", "ополя", "ополі"),
    ("ove", "ове", "ового", "овому"),
    ("iv", "ів", "ова", "ові"),
    ("sk", "ськ", "ська", "ську"),
    ("yn", "ин", "ина", "ині"),
)
_UK_FROM_LATIN = {"a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "h": "г", "i": "і", "k": "к", "l": "л",
                  "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в",
                  "y": "и", "z": "з"}
# the national transliteration (Cabinet of Ministers resolution 55 of 2010): a word's first letter
# has its own form for є ї й ю я, and "зг" is "zgh"
_UK_LAT = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
           "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
           "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
           "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia"}
_UK_LAT_FIRST = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_UK_APOSTROPHES = "’'ʼ"
_UK_VOWELS = "аеєиіїоуюя"

# subjects: nominative and gender ("m", "f", "n" or "pl"), which the past tense agrees with
UK_AGENTS: tuple[tuple[str, str], ...] = (
    ("міська рада", "f"), ("виконавчий комітет", "m"), ("виконком", "m"), ("міський голова", "m"),
    ("секретар міської ради", "m"), ("депутати", "pl"), ("мерія", "f"),
    ("обласна державна адміністрація", "f"), ("управління освіти", "n"),
    ("департамент житлово-комунального господарства", "m"), ("поліція", "f"),
    ("підрядник", "m"), ("мешканці", "pl"), ("громада", "f"), ("Кабінет Міністрів", "m"),
    ("Міністерство розвитку громад та територій", "n"), ("опозиція", "f"), ("ініціативна група", "f"),
    ("комунальне підприємство", "n"), ("ОСББ", "n"), ("бюджетна комісія", "f"), ("сільська рада", "f"),
    ("водоканал", "m"), ("прокуратура", "f"), ("ДСНС", "f"), ("інвестор", "m"), ("забудовник", "m"),
    ("обласна рада", "f"), ("батьківський комітет", "m"), ("профільна комісія", "f"),
)
# the past tense: a stem and the ending of its subject's gender and number
UK_VERBS = _w("""затверди відхили оголоси відкла представи зупини розпоча заверши профінансува розкритикува
    підтрима онови продовжи підписа погоди перевіри ініціюва скасува ухвали обговори замови презентува
    розгляну перегляну""")
_UK_PAST = {"m": "в", "f": "ла", "n": "ло", "pl": "ли"}
# objects: nominative, accusative, gender; "+" carries its own adjective, "*" is a place one can be at
UK_OBJECTS: tuple[tuple[str, str, str, bool, bool], ...] = tuple(
    (a.replace("_", " "), b.replace("_", " "), g.rstrip("+*"), "+" in g, "*" in g)
    for a, b, g in (w.split(":") for w in _w("""бюджет:бюджет:m проєкт:проєкт:m план:план:m міст:міст:m*
    ремонт:ремонт:m конкурс:конкурс:m договір:договір:m тендер:тендер:m сквер:сквер:m* стадіон:стадіон:m*
    басейн:басейн:m* парк:парк:m* водогін:водогін:m тротуар:тротуар:m* дитсадок:дитсадок:m* ліцей:ліцей:m*
    автобусний_маршрут:автобусний_маршрут:m+ генплан:генплан:m кошторис:кошторис:m школа:школу:f*
    лікарня:лікарню:f* вулиця:вулицю:f програма:програму:f реконструкція:реконструкцію:f петиція:петицію:f
    бібліотека:бібліотеку:f* амбулаторія:амбулаторію:f* набережна:набережну:f зупинка:зупинку:f*
    велодоріжка:велодоріжку:f угода:угоду:f концепція:концепцію:f положення:положення:n
    рішення:рішення:n вуличне_освітлення:вуличне_освітлення:n+* укриття:укриття:n*
    водопостачання:водопостачання:n опалення:опалення:n правила:правила:pl тарифи:тарифи:pl
    кошти:кошти:pl""")))
# adjectives with a hard stem: nominative and accusative endings by gender and number
UK_ADJ = ("нов", "тимчасов", "додатков", "спірн", "оновлен", "довгоочікуван", "масштабн", "сучасн", "стар")
UK_TITLE_ADJ = ("нов", "сучасн", "довгоочікуван", "оновлен", "тимчасов")
_UK_ADJ_NOM = {"m": "ий", "f": "а", "n": "е", "pl": "і"}
_UK_ADJ_ACC = {"m": "ий", "f": "у", "n": "е", "pl": "і"}
UK_STREETS = ("Шевченка", "Грушевського", "Франка", "Лесі Українки", "Соборній", "Незалежності",
              "Героїв Майдану", "Богдана Хмельницького", "Січових Стрільців", "Миру")
# the impersonal future of a headline ("відремонтують стару школу")
UK_FUTURE = ("відремонтують", "відкриють", "збудують", "реконструюють", "облаштують", "закриють",
             "перейменують", "модернізують")
UK_TIMES = (
    "одноголосно", "минулого тижня", "у вівторок увечері", "після тривалого обговорення",
    "на позачерговій сесії", "повторно", "на початку місяця", "без обговорення", "у четвер зранку",
    "на вихідних", "напередодні", "несподівано", "на засіданні виконкому", "вчора",
)
UK_SOURCES = (
    "Як повідомили в пресслужбі міської ради,", "За інформацією поліції,", "Як стало відомо,",
    "За словами мешканців,", "Як зазначили в управлінні освіти,", "За офіційними даними,",
    "Як повідомляє пресслужба ОДА,", "За попередньою інформацією,", "Як з’ясували журналісти,",
)
UK_FRAMES = ("У міській раді запевняють", "У поліції повідомили", "Мешканці скаржаться",
             "Депутати від опозиції стверджують", "У підрядній організації пояснюють",
             "В управлінні освіти зазначають")
UK_CONJ = ("але", "а", "бо", "хоча", "коли")
UK_DAYS = ("У понеділок", "У вівторок", "У середу", "У четвер", "У п’ятницю", "У суботу", "У неділю")
# a speaker's role, a man's and a woman's
UK_ROLES = (
    ("міський голова", "міська голова"),
    ("секретар міської ради", "секретарка міської ради"),
    ("депутат міської ради", "депутатка міської ради"),
    ("директор школи", "директорка школи"),
    ("речник поліції", "речниця поліції"),
    ("заступник міського голови", "заступниця міського голови"),
    ("керівник підрядної організації", "керівниця підрядної організації"),
    ("місцевий підприємець", "місцева підприємиця"),
    ("голова ініціативної групи", "голова ініціативної групи"),
    ("активіст", "активістка"),
    ("мешканець району", "мешканка району"),
)
UK_SAYS = (("сказав", "сказала"), ("зазначив", "зазначила"), ("наголосив", "наголосила"),
           ("пояснив", "пояснила"), ("підкреслив", "підкреслила"), ("заявив", "заявила"))
UK_SAYINGS = (
    "Мешканці заслуговують на чіткі відповіді",
    "Це лише початок",
    "Кошти мають піти на школи",
    "Ми чекаємо на рішення міністерства",
    "Роботи завершать до літа",
    "Нас ніхто не питав",
    "Це добра новина для всієї громади",
    "Ми не здамося",
    "Усе зроблено відповідно до закону",
    "Люди справедливо вимагають змін",
    "Ідеться про безпеку наших дітей",
    "Просимо про термінову зустріч",
    "Це найбільша інвестиція за останні десять років",
    "Ми не задоволені тим, що зроблено досі",
    "Сподіваємося, що проблему розв’яжуть якнайшвидше",
    "Мешканці довго чекали на цей момент",
    "Усе відбуватиметься прозоро",
    "Ми не хочемо, щоб торішня ситуація повторилася",
    "Настав час діяти",
    "Ми говоритимемо з усіма сторонами",
)
UK_TITLE_FRONTS = ("Офіційно", "Нарешті", "Гучна сесія", "Після місяців очікування", "Рішення ухвалено",
                   "Мешканці обурені")
UK_SUBHEADS = (
    "Що далі", "Реакція мешканців", "Скільки це коштуватиме", "Давня суперечка", "Критика опозиції",
    "Відкриті питання", "Наступні кроки", "Контекст", "Що кажуть місцеві", "Гроші з держбюджету",
    "Як це було",
)
# the genitive, as a date has it ("7 березня 2026")
UK_MONTHS = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
             "жовтня", "листопада", "грудня")
UK_WEEKDAYS = ("понеділок", "вівторок", "середа", "четвер", "п’ятниця", "субота", "неділя")
UK_ZONES = ("Europe/Kyiv",)


def uk_latin(text: str) -> str:
    """Ukrainian text in Latin letters by the national transliteration ("Шевченко" -> "Shevchenko",
    "Їжакевич" -> "Yizhakevych", "Згорани" -> "Zghorany", "Знам’янка" -> "Znamianka"); other
    characters as they are."""
    out: list[str] = []
    in_word = False
    for i, ch in enumerate(text):
        low = ch.lower()
        if low in _UK_APOSTROPHES and in_word:
            continue
        if low not in _UK_LAT:
            out.append(ch)
            in_word = ch.isalpha()
            continue
        if low == "г" and i and text[i - 1].lower() == "з":
            lat = "gh"
        elif not in_word:
            lat = _UK_LAT_FIRST.get(low, _UK_LAT[low])
        else:
            lat = _UK_LAT[low]
        out.append(_cap(lat) if ch != low else lat)
        in_word = True
    return "".join(out)


def _uk_slug(text: str) -> str:
    """An ASCII slug of Ukrainian text (transliterated)."""
    return _aslug(uk_latin(text))


def _uk_cyr_slug(text: str, limit: int = 60) -> str:
    """The Cyrillic slug of a headline (lower case, apostrophes dropped, words joined by "-"),
    percent-encoded in UTF-8 with upper-case hex, as the CMS writes it in a URL."""
    kept = "".join(ch.lower() if ch.isalnum() else "" if ch in _UK_APOSTROPHES else " " for ch in text)
    return quote("-".join(kept.split())[:limit].strip("-"), safe="-")


def _uk_ok(name: str) -> bool:
    """A generated (Latin) place name that makes a Ukrainian one: only letters `_uk_cyr` knows, no two
    vowels in a row, no doubled consonant at the ending's seam."""
    low = name.lower()
    if any(ch not in _UK_FROM_LATIN for ch in low):
        return False
    if any(a in "aeiouy" and b in "aeiouy" for a, b in zip(low, low[1:], strict=False)):
        return False
    return not any(x in low for x in ("ssk", "hh", "yy"))


def _uk_places() -> tuple[str, ...]:
    return tuple(p for p in places("uk") if _uk_ok(p))


def _uk_cyr(name: str) -> str:
    """A place name made in Latin letters written in Cyrillic ("Borivka" -> "Борівка", "Belhorod" ->
    "Белгород", "Tarove" -> "Тарове")."""
    low = name.lower()
    for latin, cyr, _, _ in UK_ENDINGS:
        if low.endswith(latin) and len(low) > len(latin):
            return _cap("".join(_UK_FROM_LATIN[ch] for ch in low[: -len(latin)]) + cyr)
    return _cap("".join(_UK_FROM_LATIN.get(ch, ch) for ch in low))


def _uk_case(place: str, case: str) -> str:
    """A (Cyrillic) place name in the genitive ("gen": "Борівки", "Белгорода") or the locative ("loc":
    "Борівці", "Белгороді", "Тарове" -> "Таровому")."""
    for _, cyr, gen, loc in UK_ENDINGS:
        if place.endswith(cyr):
            return place[: -len(cyr)] + (gen if case == "gen" else loc)
    return place


def _uk_in(word: str, start: bool = False) -> str:
    """ "у" or "в" before `word` ("в" before a vowel; "У"/"В" to start a sentence)."""
    prep = "в" if word[:1].lower() in _UK_VOWELS else "у"
    return prep.upper() if start else prep


def _uk_female(surname: str) -> str:
    """A woman's form of a man's surname ("Ковальський" -> "Ковальська", "Головатий" -> "Головата";
    "Шевченко", "Мельник", "Кузьмич" as they are)."""
    return surname[:-2] + "а" if surname.endswith("ий") else surname


def _uk_past(stem: str, gender: str) -> str:
    """The past tense agreeing with its subject ("затверди" -> "затвердив", "затвердила",
    "затвердило", "затвердили")."""
    return stem + _UK_PAST[gender]


def _uk_is_female(person: str) -> bool:
    return person.split()[0] in UK_FIRST_F


class UkrainianProse(Prose):
    """Ukrainian city-news prose: the past tense agreeing with its subject, objects in the accusative
    with an adjective agreeing, place names in the genitive and the locative with "у"/"в", «…», —
    сказала quotes with the speaker's role in the speaker's gender; headlines with the impersonal
    future now and then."""

    lang = "uk"

    def person(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return f"{rng.choice(UK_FIRST_F)} {_uk_female(rng.choice(UK_SURNAMES))}"
        return f"{rng.choice(UK_FIRST_M)} {rng.choice(UK_SURNAMES)}"

    def place(self) -> str:
        """A place name in Latin letters (a site's brand); `town` gives it in Cyrillic."""
        return self.rng.choice(_uk_places())

    def town(self) -> str:
        return _uk_cyr(self.place())

    def agent(self) -> tuple[str, str]:
        rng = self.rng
        if rng.random() < 0.06:
            gen = _uk_case(self.town(), "gen")
            return (f"мешканці {gen}", "pl") if rng.random() < 0.5 else (f"громада {gen}", "f")
        return rng.choice(UK_AGENTS)

    def obj(self) -> str:
        """An object in the accusative, with an adjective agreeing or a street now and then."""
        rng = self.rng
        _, acc, g, fixed, site = rng.choice(UK_OBJECTS)
        r = rng.random()
        if site and r < 0.25:
            return f"{acc} на вулиці {rng.choice(UK_STREETS)}"
        if not fixed and r < 0.6:
            return f"{rng.choice(UK_ADJ)}{_UK_ADJ_ACC[g]} {acc}"
        return acc

    def thing(self) -> tuple[str, str]:
        """A nominative noun with its adjective agreeing ("новий сквер", "сучасна амбулаторія"), and
        its gender."""
        rng = self.rng
        nom, _, g, fixed, _ = rng.choice([x for x in UK_OBJECTS if x[4]])
        return (nom if fixed else f"{rng.choice(UK_TITLE_ADJ)}{_UK_ADJ_NOM[g]} {nom}"), g

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, g = self.agent()
        when = f" {rng.choice(UK_TIMES)}" if time else ""
        return f"{agent}{when} {_uk_past(rng.choice(UK_VERBS), g)} {self.obj()}"

    def quote(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.25:
            return f"Ми виділили на це {10 * rng.randint(2, 90)} тис. гривень"
        first, second = rng.sample(UK_SAYINGS, 2)
        return f"{first}. {second}" if r < 0.55 else first

    def said(self) -> str:
        """ "— сказала міська голова Олена Шевченко" (the role and verb in the speaker's gender)."""
        rng = self.rng
        who = self.person()
        k = 1 if _uk_is_female(who) else 0
        return f"— {rng.choice(UK_SAYS)[k]} {rng.choice(UK_ROLES)[k]} {who}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"«{self.quote()}», {self.said()}."
        if r < 0.24:
            return f"{rng.choice(UK_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.31:
            return f"{rng.choice(UK_FRAMES)}, що {self.clause(time=True)}."
        if r < 0.45:
            return f"{_cap(self.clause(time=rng.random() < 0.4))}, {rng.choice(UK_CONJ)} {self.clause()}."
        if r < 0.52:
            return f"Після того як {self.clause()}, {self.clause(time=True)}."
        if r < 0.59:
            agent, g = self.agent()
            v1, v2 = rng.sample(UK_VERBS, 2)
            return f"{_cap(agent)} {_uk_past(v1, g)} {self.obj()} і {_uk_past(v2, g)} {self.obj()}."
        if r < 0.71:
            return rng.choice((
                f"Вартість проєкту становить {rng.randint(2, 95)},{rng.randint(1, 9)} млн гривень.",
                f"Петицію підписали {10 * rng.randint(2, 90)} мешканців.",
                f"Роботи мають завершити до {rng.randint(2027, 2031)} року.",
                f"За рішення проголосували {rng.randint(11, 19)} депутатів, ще {rng.randint(5, 9)} "
                "утрималися.",
                f"У зустрічі взяли участь близько {10 * rng.randint(3, 60)} мешканців.",
                f"Реконструкція триватиме щонайменше {rng.randint(11, 19)} місяців.",
                f"З міського бюджету на це виділили {10 * rng.randint(2, 90)} тис. гривень.",
                f"Близько {rng.randint(5, 9)}0 відсотків коштів надасть держава.",
                f"Довжина нової дороги становитиме {rng.randint(1, 9)},{rng.randint(1, 9)} кілометра.",
            ))
        if r < 0.8:
            return f"{rng.choice(UK_DAYS)} {self.clause()}, хоча {self.clause()}."
        if r < 0.88:
            loc = _uk_case(self.town(), "loc")
            return f"{_uk_in(loc, start=True)} {loc} {self.clause(time=True)}."
        if r < 0.93:
            town = self.town()
            loc = _uk_case(town, "loc")
            return rng.choice((
                f"Мешканці {_uk_case(town, 'gen')} давно чекали на це рішення.",
                f"Це вже не перший випадок, коли {self.clause()}.",
                f"{_uk_in(loc, start=True)} {loc} ситуація поки не змінилася.",
                f"Так само вчинили і в {_uk_case(self.town(), 'loc')}.",
            ))
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, g = self.agent()
        headline = f"{agent} {_uk_past(rng.choice(UK_VERBS), g)} {self.obj()}"
        if r < 0.28:
            return f"{self.town()}: {headline}"
        if r < 0.46:
            loc = _uk_case(self.town(), "loc")
            return f"{_uk_in(loc, start=True)} {loc} {rng.choice(UK_FUTURE)} {self.obj()}"
        if r < 0.56:
            loc = _uk_case(self.town(), "loc")
            thing, tg = self.thing()
            return f"{_uk_in(loc, start=True)} {loc} {'з’являться' if tg == 'pl' else 'з’явиться'} {thing}"
        if r < 0.74:
            return f"{rng.choice(UK_TITLE_FRONTS)}: {headline}"
        if r < 0.91:
            return _cap(headline)
        return f"{self.person()}: «{rng.choice(UK_SAYINGS)}»"

    def subheading(self) -> str:
        return self.rng.choice(UK_SUBHEADS)


UK_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Головна", "Новини", "Політика", "Економіка", "Суспільство", "Кримінал", "Спорт", "Культура",
            "Афіша", "Оголошення"),
    "sections": ("Новини", "Суспільство", "Політика", "Економіка", "Кримінал", "Освіта", "Медицина",
                 "Культура", "ЖКГ"),
    "related": ("Популярне за тиждень", "Найбільше читають сьогодні", "Вам може бути цікаво",
                "Більше новин на сайті"),
    "read_more": ("Читайте також:", "ЧИТАЙТЕ ТАКОЖ:", "Дивіться також:"),
    "by": ("Автор:",),
    "desks": ("Редакція", "Відділ новин", "Кореспондент", "Оглядач"),
    "share": ("Поділитися", "Поділіться новиною"),
    "share_sites": ("Facebook", "Telegram", "Viber", "X", "WhatsApp"),
    "newsletter": (
        "Найважливіші новини міста щоранку у вашій поштовій скриньці.",
        "Підпишіться на розсилку, щоб не пропустити головного.",
    ),
    "comments": (
        "Коментарі, що містять образи чи нецензурну лексику, буде видалено.",
        "Редакція не несе відповідальності за зміст коментарів читачів.",
    ),
    "cookie": (
        "Цей сайт використовує файли cookie, щоб покращити вашу взаємодію з ним.",
        "Продовжуючи перегляд, ви погоджуєтеся з політикою використання файлів cookie.",
    ),
    "ad": ("Реклама – продовження статті нижче", "РЕКЛАМА · читайте далі нижче"),
    "copyright": (
        "© {year} {name}. Усі права захищено.",
        "© {name}, {year}. Усі права на матеріали сайту належать редакції.",
    ),
    "disclaimer": ("Думка авторів колонок може не збігатися з позицією редакції.",),
    "tagline": ("Міська газета, що виходить з {since} року", "Незалежні новини міста та громади щодня"),
    "bio": (
        "{author} працює в редакції з {since2} року й пише про {beat}.",
        "{author} пише про {beat}. Новини та пропозиції надсилайте до редакції.",
    ),
    "beats": ("місцеву політику", "транспорт та інфраструктуру", "освіту", "медицину", "бізнес",
              "культуру", "кримінал"),
    "editorial": ("Матеріал підготовлено в межах проєкту «Голос громади».",),
    "classified": ("Продам 2-кімнатну квартиру в центрі міста, 48 кв. м, після ремонту.",),
    "subscribe": ("Передплатіть газету на пів року зі знижкою",),
}


# --- uk-miskyi-portal ---------------------------------------------------------------------------

UK_MENU = ("Головна", "Новини", "Політика", "Економіка", "Суспільство", "Кримінал", "Спорт", "Культура",
           "Афіша", "Оголошення")
UK_FOOTER = ("Про нас", "Редакція", "Реклама на сайті", "Політика конфіденційності", "Контакти")
UK_CAPTIONS = (
    "Сесія міської ради",
    "Роботи в центрі міста тривають уже кілька місяців",
    "Мешканці зібралися біля будівлі міської ради",
    "Будівельний майданчик на околиці міста",
    "Ілюстративне фото",
)
UK_TYPO = "Якщо ви помітили помилку, виділіть її мишкою та натисніть Ctrl+Enter."
UK_TAGS = ("міська рада", "бюджет", "інфраструктура", "освіта", "транспорт", "ЖКГ")
UK_COMMENTERS = ("Гість", "Мешканець", "Олег", "Пенсіонерка", "Читач", "Сусід", "Андрій К.", "Наталя")
UK_REACTIONS = ("Нарешті!", "А хто за це платитиме?", "Соромно за владу.", "Дякую за статтю.",
                "Скільки можна чекати?", "Знову те саме...", "Подивимося, що буде далі.")


def _uk_stamp(dt: datetime) -> str:
    """ "7 березня 2026, 14:30"."""
    return f"{dt.day} {UK_MONTHS[dt.month - 1]} {dt.year}, {dt:%H:%M}"


def _uk_num(n: int) -> str:
    """A number with a space between thousands ("1 234")."""
    return f"{n:,}".replace(",", " ")


def _uk_blockquote(c: Ctx) -> None:
    """An official's words set apart in a <blockquote> after a middle paragraph (body), when the body
    has room for it."""
    s = c.story
    r = c.stable(f"uk-q-{s.title}")
    paras = _paras(s)
    if len(paras) < 3 or _long_lines(s) >= 14:
        return
    prose = UkrainianProse(r)
    first, second = r.sample(UK_SAYINGS, 2)
    text = f"«{first}. {second}», {prose.said()}."
    if _paragraph_words(s) + _words(text) > 900:
        return
    at = r.choice(paras[1:-1]) + 1
    s.blocks.insert(at, ("quote", text))
    s.sentences.insert(at, [text])


def render_uk_miskyi_portal(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    town = _uk_cyr(_place(c))
    gen, loc = _uk_case(town, "gen"), _uk_case(town, "loc")
    form = c.stable("uk-url").randrange(3)

    def path(o: Story) -> str:
        n = c.stable(f"uk-{o.published}").randint(100000, 999999)
        if form == 0:
            return f"/news/{n}-{_uk_slug(o.title)[:80].strip('-')}"
        if form == 1:
            return f"/{o.published:%Y/%m/%d}/{_uk_cyr_slug(o.title)}/"
        return f"/novyny/{_uk_slug(o.section)}/{n}.html"

    c.repath(path)
    _fit(c)
    shape = c.stable(f"uk-shape-{s.title}").random()
    if shape < 0.4:
        _uk_blockquote(c)
    elif shape < 0.65:
        _listify(c, set())
    rr = c.stable(f"uk-recall-{s.title}")
    recall: tuple[str, str] | None = None
    if rr.random() < 0.45:
        clause = UkrainianProse(rr).clause()
        text = f"Нагадаємо, раніше ми писали, що {clause}."
        if _long_lines(s) < 14 and _paragraph_words(s) + _words(text) <= 900:
            s.blocks.append(("recall", text))
            s.sentences.append([text])
            recall = ("Нагадаємо, раніше ми писали, що", clause)
    dr = c.stable(f"uk-anons-{s.title}")
    anons = UkrainianProse(dr).sentence() if dr.random() < 0.55 else ""
    ur = c.stable(f"uk-upd-{s.title}")
    modified = d + timedelta(minutes=ur.randint(10, 600)) if ur.random() < 0.4 else d
    title = (f"{s.title} | Новини {gen}" if c.stable("uk-title").random() < 0.5
             else f"{s.title} — {pub.name}")
    lead = anons or _excerpt(s, 25)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "description": lead,
        "datePublished": c.iso(),
        "dateModified": modified.isoformat(timespec="seconds"),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name,
                      "logo": {"@type": "ImageObject", "url": f"http://{pub.host}/img/logo.png"}},
        "mainEntityOfPage": c.url(),
        "inLanguage": "uk-UA",
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="uk">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(lead)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:locale" content="uk_UA">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="page-news-item">',
    ]
    served = d + timedelta(days=c.stable(f"uk-served-{s.title}").randint(0, 3))
    today = c.snip(f"{_cap(UK_WEEKDAYS[served.weekday()])}, {served.day} {UK_MONTHS[served.month - 1]} "
                   f"{served.year} року")
    xr = c.stable(f"uk-fx-{served.date()}")
    usd, eur = 41 + xr.randint(0, 150) / 100, 44 + xr.randint(0, 180) / 100
    rates = c.snip(f"Курс НБУ: USD {usd:.2f} EUR {eur:.2f}".replace(".", ","))
    wr = c.stable(f"uk-w-{served.date()}")
    weather = c.snip(f"Погода {_uk_in(loc)} {loc}: {wr.randint(-8, 14):+d} °C")
    lines += [
        '<div class="top-line"><div class="container">',
        f'<span class="top-line__date">{esc(today)}</span>',
        f'<span class="top-line__rates">{esc(rates)}</span>',
        f'<span class="top-line__weather">{esc(weather)}</span>',
        "</div></div>",
        '<header class="header"><div class="container">',
        f'<a class="header__logo" href="/"><img src="/img/logo.svg" alt="{esc(pub.name)}">'
        f"{esc(pub.name)}</a>",
    ]
    if c.has("tagline"):
        lines.append(f'<div class="header__slogan">{esc(c.snip(pub.tagline))}</div>')
    lines += [
        '<form class="header__search" action="/search"><input type="text" name="q" placeholder="Пошук">'
        "<button>Знайти</button></form>",
        "</div></header>",
        '<nav class="menu"><ul>',
        *[f'<li><a href="/{_uk_slug(x)}/">{esc(x)}</a></li>' for x in UK_MENU],
        "</ul></nav>",
    ]
    c.snip(" ".join(UK_MENU[:5]))
    others = c.pick_others(14)
    lines += [
        '<div class="hot-news"><span class="hot-news__label">Головне:</span>',
        *[f'<a href="{esc(o.path)}">{esc(c.snip(o.title))}</a>' for o in others[:3]],
        "</div>",
        '<div class="container"><div class="row"><main class="col-lg-8">',
        f'<div class="breadcrumbs">{esc(c.snip(f"Головна / Новини / {s.section}"))}</div>',
        '<article class="news-item">',
        f'<div class="news-item__rubric"><a href="/novyny/{_uk_slug(s.section)}/">{esc(s.section)}</a></div>',
        f'<h1 class="news-item__title">{esc(s.title)}</h1>',
    ]
    if anons:
        lines.append(f'<div class="news-item__anons">{esc(anons)}</div>')
    views = c.rng.randint(120, 12000)
    n_comments = c.rng.choice((0, 0, 1, 2, 3, 4))
    author = c.snip(f"Автор: {s.author.name}")
    lines += [
        '<div class="news-item__info">',
        f'<span class="news-item__date">{_uk_stamp(d)}</span>',
        f'<span class="news-item__views">Переглядів: {_uk_num(views)}</span>',
        f'<a class="news-item__comments" href="#comments">Коментарі: {n_comments}</a>',
        f'<span class="news-item__author">{esc(author)}</span>',
        "</div>",
    ]
    cr = c.stable(f"uk-cap-{s.title}")
    cap = cr.choice(UK_CAPTIONS)
    credit = cr.choice((UkrainianProse(cr).person(), "пресслужба міської ради", "архів редакції",
                        "Національна поліція"))
    c.snip(f"{cap} Фото: {credit}")
    lines.append(f'<figure class="news-item__photo"><img src="/uploads/{d:%Y/%m}/{_hex(c.rng, 12)}.jpg" '
                 f'alt="{esc(s.title)}"><figcaption>{esc(cap)} <span class="photo-credit">Фото: {esc(credit)}'
                 "</span></figcaption></figure>")

    def para(h: str) -> str:  # keep the inline links' paths ASCII
        return "<p>" + re.sub(r'href="/topic/([^"]*)"', lambda m: f'href="/tag/{quote(m.group(1))}"', h) \
            + "</p>"

    body = _blocks(c, p=para, heading=lambda tag, h: f"<h2>{h}</h2>",
                   quote=lambda h: f"<blockquote><p>{h}</p></blockquote>", ul=("<ul>", "</ul>"),
                   li=lambda h: f"<li>{h}</li>", skip=("recall",))
    read = c.stable("uk-read").choice(UK_UI["read_more"])
    inserts: list[tuple[int, str]] = []
    for k, o in zip((1, 3), others[3:5], strict=False):
        c.snip(f"{read} {o.title}")
        inserts.append((k, f'<p><b>{esc(read)}</b> <a href="{esc(o.path)}">{esc(o.title)}</a></p>'))
    inserts.append((2, f'<div class="adv-in-text"><span class="adv-in-text__label">{esc(c.text("ad"))}</span>'
                       f'<div id="adpartner-{_hex(c.rng, 6)}"></div></div>'))
    lines += ['<div class="news-item__text">', *_insert_after(body, "<p>", inserts, skip="<p><b>")]
    if recall:
        target = others[5] if len(others) > 5 else others[-1]
        lines.append(f'<p>{esc(recall[0])} <a href="{esc(target.path)}">{esc(recall[1])}</a>.</p>')
    channel = _uk_slug(_place(c)).replace("-", "") + "_news"
    telegram = c.snip(f"Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини {gen}.")
    lines += [
        f'<p><strong>{esc(telegram.split(" Telegram-канал")[0])} <a href="https://t.me/{channel}">'
        f'Telegram-канал</a>{esc(telegram.split("Telegram-канал", 1)[1])}</strong></p>',
        "</div>",
        f'<p class="orphus">{esc(c.snip(UK_TYPO))}</p>',
    ]
    tags = [town, s.section, c.stable(f"uk-tag-{s.title}").choice(UK_TAGS)]
    c.snip("Теги: " + " ".join(tags))
    lines += [
        '<div class="news-item__tags"><span>Теги:</span>',
        *[f'<a href="/tag/{_uk_slug(x)}/">{esc(x)}</a>' for x in tags],
        "</div>",
        _share_bar(c, "news-item__share"),
        "</article>",
        f'<section id="comments" class="comments"><h3>Коментарі ({n_comments})</h3>',
    ]
    cprose = UkrainianProse(c.rng)
    for _ in range(n_comments):
        when = d + timedelta(minutes=c.rng.randint(5, 2000))
        who = c.rng.choice(UK_COMMENTERS)
        text = c.rng.choice(UK_REACTIONS)
        if c.rng.random() < 0.6:
            text += " " + cprose.sentence()
        c.snip(f"{who} {when:%d.%m.%Y %H:%M}")
        c.snip(text)
        lines.append(f'<div class="comment"><div class="comment__head"><b>{esc(who)}</b> '
                     f'<span class="comment__date">{when:%d.%m.%Y %H:%M}</span></div>'
                     f'<div class="comment__text">{esc(text)}</div></div>')
    lines += [
        f'<form class="comment-form"><h4>{esc(c.snip("Залиште свій коментар до новини"))}</h4>'
        '<input type="text" name="name" placeholder="Ваше ім’я"><textarea name="text"></textarea>'
        "<button>Надіслати</button></form>",
        f'<p class="comments__rules">{esc(c.text("comments"))}</p>',
        "</section>",
        "</main>",
        '<aside class="col-lg-4 sidebar">',
        '<div class="widget news-feed"><h3>Стрічка новин</h3><ul>',
    ]
    feed = sorted(others[6:14], key=lambda o: o.published, reverse=True)
    for o in feed:
        c.snip(o.title)
        lines.append(f'<li><span class="news-feed__time">{o.published:%H:%M}</span> '
                     f'<a href="{esc(o.path)}">{esc(o.title)}</a></li>')
    heading, picks = c.related(4)
    lines += [
        "</ul></div>",
        f'<div class="widget popular"><h3>{esc(heading)}</h3><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in picks],
        "</ol></div>",
    ]
    if c.has("newsletter"):
        lines.append(f'<div class="widget subscribe"><p>{esc(c.text("newsletter"))}</p>'
                     '<input type="email" placeholder="Ваш e-mail"><button>Підписатися</button></div>')
    if c.has("classified"):
        lines.append(f'<div class="widget ads"><h3>Оголошення</h3><p>{esc(c.text("classified"))}</p></div>')
    since = c.stable("uk-since").randint(2008, 2016)
    media_id = c.stable("uk-media-id").randint(1000, 9999)
    reuse = c.snip(f"© {since}–{d.year} {pub.name}. Використання матеріалів дозволяється за умови посилання "
                   f"(для інтернет-видань — гіперпосилання) на {pub.host}.")
    c.snip(" ".join(UK_FOOTER))
    lines += [
        "</aside>",
        "</div></div>",
        '<footer class="footer"><div class="container">',
        "<ul>", *[f'<li><a href="/{_uk_slug(x)}/">{esc(x)}</a></li>' for x in UK_FOOTER], "</ul>",
        f"<p>{esc(reuse)}</p>",
        f"<p>{esc(c.snip(f'Суб’єкт у сфері онлайн-медіа; ідентифікатор медіа R40-0{media_id}.'))}</p>",
        f"<p>{esc(c.copyright())}</p>",
    ]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines.append("</div></footer>")
    return _close_page(c, lines, "cookie-notice", "Прийняти")


# --- Afrikaans ---------------------------------------------------------------------------------

AF_FIRST_M = _w("""Johan Pieter Jan Hendrik Riaan Francois Gerhard Willem Danie Kobus Stefan Wikus Marius
    Christo Andries Thabo Sipho Ruan Jaco Deon Louis Charl Morné Neels""")
AF_FIRST_F = _w("""Annelie Marietjie Elmarie Karin Sonja Lize Anri Chantelle Ilse Riana Nadia Elize
    Annemarie Zanele Mariska Liezel Ronel Tanya Esmé Carien Hanlie Jolene Bettie Nomsa""")
AF_SURNAMES = tuple(w.replace("_", " ") for w in _w("""van_der_Merwe Botha Pretorius Nel Venter du_Plessis
    Smit Coetzee le_Roux Fourie Kruger Steyn van_Wyk Swanepoel Jacobs Visagie Booysen Mostert Oosthuizen
    Engelbrecht du_Toit Marais Erasmus Joubert Mokoena Dlamini Ndlovu Cloete Adams Hendricks Louw
    Bezuidenhout"""))
AF_PLACE_FORMS = (("", "", "", "", "", "", "Nieu-", "Klein-", "Groot-"),
                  _w("dorp fontein stad kraal rivier berg burg hoek kloof vlei rus poort drif"))
# subjects, and the bare noun a headline gives them
AF_AGENTS: tuple[tuple[str, str], ...] = (
    ("die munisipale raad", "Raad"), ("die munisipaliteit", "Munisipaliteit"),
    ("die burgemeester", "Burgemeester"),
    ("die munisipale bestuurder", "Munisipale bestuurder"), ("die wyksraadslid", "Raadslid"),
    ("die polisie", "Polisie"), ("die provinsiale regering", "Provinsie"),
    ("die departement van onderwys", "Onderwysdepartement"), ("die skoolbeheerliggaam", "Beheerliggaam"),
    ("die inwoners", "Inwoners"), ("die gemeenskap", "Gemeenskap"), ("die ontwikkelaar", "Ontwikkelaar"),
    ("die kontrakteur", "Kontrakteur"), ("die opposisie", "Opposisie"), ("die landbou-unie", "Landbou-unie"),
    ("die sakekamer", "Sakekamer"), ("die brandweer", "Brandweer"),
    ("die hospitaalbestuur", "Hospitaalbestuur"),
    ("die belastingbetalersvereniging", "Belastingbetalers"),
    ("die distriksmunisipaliteit", "Distriksmunisipaliteit"),
)
AF_THINGS = _w("""begroting plan projek brug pad hospitaal skool tender kontrak voorstel ooreenkoms petisie
    herstelwerk waterskema rioolwerke taxistaanplek biblioteek sportgronde swembad kliniek straatligte
    tariefverhoging ontwikkelingsplan ondersoek begraafplaas vullisverwydering sonkragprojek waterpyplyn""")
AF_BUILDS = _w("brug hospitaal skool taxistaanplek biblioteek swembad kliniek waterpyplyn")
# the plural ones ("’n" is not put before them)
AF_PLURALS = _w("rioolwerke sportgronde straatligte")
AF_ADJ = _w("""nuwe omstrede tydelike langverwagte plaaslike munisipale hersiene groot ou duur uitgestelde
    beplande""")
# (participle, the present tense, the separable particle a present-tense headline puts last)
AF_VERBS: tuple[tuple[str, str, str], ...] = (
    ("goedgekeur", "keur", "goed"), ("afgekeur", "keur", "af"), ("aangekondig", "kondig", "aan"),
    ("uitgestel", "stel", "uit"), ("voorgestel", "stel", "voor"), ("bevestig", "bevestig", ""),
    ("geopen", "open", ""), ("gesluit", "sluit", ""), ("gekritiseer", "kritiseer", ""),
    ("ondersteun", "ondersteun", ""), ("befonds", "befonds", ""), ("begin", "begin", ""),
    ("voltooi", "voltooi", ""), ("onderteken", "onderteken", ""), ("hersien", "hersien", ""),
    ("ondersoek", "ondersoek", ""), ("oorweeg", "oorweeg", ""), ("herstel", "herstel", ""),
    ("opgeskort", "skort", "op"), ("toegeken", "ken", "toe"), ("aanvaar", "aanvaar", ""),
    ("verwerp", "verwerp", ""), ("teengestaan", "staan", "teen"),
)
AF_TIMES = ("Dinsdagaand", "verlede week", "eenparig", "ná ’n lang debat", "weer", "vroeër vandeesmaand",
            "tydens die jongste raadsvergadering", "sonder bespreking", "onverwags", "gister",
            "Donderdagoggend", "in ’n spesiale vergadering")
AF_FRONTS = ("Verlede week", "Dinsdag", "Gister", "Tydens die vergadering", "Vroeër vandeesmaand",
             "Ná maande se vertraging", "Vrydagoggend", "Maandagaand")
AF_SOURCES = ("die polisie", "’n verklaring van die munisipaliteit", "inwoners", "die departement",
              "’n woordvoerder", "die jongste verslag", "bronne in die raad")
AF_CONJ = ("terwyl", "omdat", "hoewel", "nadat")
AF_ROLES = (
    ("burgemeester van {place}", "burgemeester van {place}"),
    ("woordvoerder van die munisipaliteit", "woordvoerder van die munisipaliteit"),
    ("wyksraadslid", "wyksraadslid"),
    ("skoolhoof van Hoërskool {place}", "skoolhoof van Hoërskool {place}"),
    ("voorsitter van die belastingbetalersvereniging", "voorsitter van die belastingbetalersvereniging"),
    ("polisiewoordvoerder", "polisiewoordvoerder"),
    ("plaaslike sakeman", "plaaslike sakevrou"),
    ("inwoner van {place}", "inwoner van {place}"),
)
AF_SAYINGS = (
    "Ons wag al jare hierop",
    "Dit is ’n groot dag vir ons dorp",
    "Ons sal nie opgee nie",
    "Alles is volgens die wet gedoen",
    "Die inwoners verdien antwoorde",
    "Die werk sal voor die somer klaar wees",
    "Niemand het ons gevra nie",
    "Die geld moet by die skole uitkom",
    "Dit gaan oor die veiligheid van ons kinders",
    "Ons is nie tevrede met die vordering nie",
    "Ons hoop die probleem word gou opgelos",
    "Ons sal met alle partye praat",
    "Dit is die grootste belegging in tien jaar",
    "Die gemeenskap is moeg vir beloftes",
    "Ons kan nie langer wag nie",
    "Dit is tyd vir dade, nie woorde nie",
)
AF_EMOTIONS = ("woedend", "ontevrede", "bekommerd", "verlig", "bly", "gefrustreerd")
AF_TITLE_FRONTS = ("Eindelik", "Amptelik", "Ná maande se wag", "Stormagtige vergadering")
AF_SUBHEADS = ("Wat volgende?", "Inwoners reageer", "Die koste", "Kritiek van die opposisie", "Agtergrond",
               "Die volgende stappe", "Oop vrae", "Wat sê die gemeenskap?", "Geld van die provinsie",
               "’n Lang geskiedenis")
AF_MONTHS = ("Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September",
             "Oktober", "November", "Desember")
AF_WEEKDAYS = ("Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrydag", "Saterdag", "Sondag")
AF_ZONES = ("Africa/Johannesburg", "Africa/Johannesburg", "Africa/Windhoek")


def _af_ok(name: str) -> bool:
    """A generated place name that looks Afrikaans (no "c", "q" or "x")."""
    return not any(ch in name.lower() for ch in "cqx")


def _af_places() -> tuple[str, ...]:
    return tuple(p for p in places("af") if _af_ok(p))


class AfrikaansProse(Prose):
    """Afrikaans community-paper prose: "het" and the participle last, verb-second after a fronted
    phrase, the verb last in subordinate clauses, the double negation, "’n"; present-tense headlines
    with the separable particle last."""

    lang = "af"

    def person(self) -> str:
        rng = self.rng
        first = rng.choice(AF_FIRST_F) if rng.random() < 0.5 else rng.choice(AF_FIRST_M)
        return f"{first} {rng.choice(AF_SURNAMES)}"

    def place(self) -> str:
        return self.rng.choice(_af_places())

    def agent(self) -> str:
        rng = self.rng
        if rng.random() < 0.06:
            return f"die inwoners van {self.place()}"
        return rng.choice(AF_AGENTS)[0]

    def obj(self, definite: bool = False) -> str:
        rng = self.rng
        noun = rng.choice(AF_THINGS)
        r = rng.random()
        if r < 0.35:
            return f"die {noun}"
        if r < 0.72 or (noun in AF_PLURALS or definite) and r < 0.9:
            return f"die {rng.choice(AF_ADJ)} {noun}"
        if r < 0.9:
            return f"’n {rng.choice(AF_ADJ)} {noun}"
        return f"die {noun} in {self.place()}"

    def main(self, time: bool = False) -> str:
        """ "die raad het Dinsdagaand die nuwe begroting goedgekeur"."""
        rng = self.rng
        when = f" {rng.choice(AF_TIMES)}" if time else ""
        return f"{self.agent()} het{when} {self.obj()} {rng.choice(AF_VERBS)[0]}"

    def sub(self) -> str:
        """A subordinate clause, the verb last ("die raad die plan goedgekeur het")."""
        return f"{self.agent()} {self.obj()} {self.rng.choice(AF_VERBS)[0]} het"

    def said(self) -> str:
        """ "sê Johan Botha, burgemeester van Belfontein"."""
        rng = self.rng
        who = self.person()
        role = rng.choice(AF_ROLES)[1 if who.split()[0] in AF_FIRST_F else 0].format(place=self.place())
        return f"sê {who}, {role}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            saying = rng.choice(AF_SAYINGS)
            if rng.random() < 0.3:
                saying = f"{saying}. {rng.choice([x for x in AF_SAYINGS if x != saying])}"
            return f"“{saying},” {self.said()}."
        if r < 0.23:
            source = rng.choice(AF_SOURCES)
            return f"Volgens {source} het {self.agent()} {self.obj()} {rng.choice(AF_VERBS)[0]}."
        if r < 0.33:
            return f"{rng.choice(AF_FRONTS)} het {self.agent()} {self.obj()} {rng.choice(AF_VERBS)[0]}."
        if r < 0.47:
            return f"{_cap(self.main(time=rng.random() < 0.4))}, {rng.choice(AF_CONJ)} {self.sub()}."
        if r < 0.54:
            agent = _cap(self.agent())
            return f"{agent} het nog nie {self.obj(definite=True)} {rng.choice(AF_VERBS)[0]} nie."
        if r < 0.61:
            (p1, _, _), (p2, _, _) = rng.sample(AF_VERBS, 2)
            return f"{_cap(self.agent())} het {self.obj()} {p1} en {self.obj()} {p2}."
        if r < 0.73:
            return rng.choice((
                f"Die projek kos na raming R{rng.randint(2, 95)},{rng.randint(1, 9)} miljoen.",
                f"Meer as {10 * rng.randint(2, 90)} inwoners het die petisie onderteken.",
                f"Die werk sal na verwagting {rng.randint(3, 18)} maande duur.",
                f"Die voorstel is met {rng.randint(11, 30)} stemme teen {rng.randint(2, 9)} aanvaar.",
                f"Sowat {10 * rng.randint(3, 60)} inwoners het die vergadering bygewoon.",
                f"Die munisipaliteit het R{rng.randint(2, 40)} miljoen vir die projek begroot.",
                f"Volgens die kontrakteur is {rng.randint(2, 9)}0% van die werk reeds afgehandel.",
                f"Die pad sal vir {rng.randint(2, 12)} weke gesluit wees.",
            ))
        if r < 0.83:
            when = f" {rng.choice(AF_TIMES)}" if rng.random() < 0.5 else ""
            return f"In {self.place()} het {self.agent()}{when} {self.obj()} {rng.choice(AF_VERBS)[0]}."
        if r < 0.91:
            place = self.place()
            return rng.choice((
                f"Inwoners van {place} wag al jare hierop.",
                f"Dit is nie die eerste keer dat {self.sub()} nie.",
                f"In {place} het die situasie nog nie verander nie.",
                f"Dieselfde het ook in {self.place()} gebeur.",
                f"Die kragonderbrekings het {place} se sakegemeenskap hard getref.",
                f"Krane in {place} is al {rng.randint(3, 12)} dae droog.",
            ))
        return f"{_cap(self.main(time=True))}."

    def headline(self) -> str:
        """ "Raad keur nuwe begroting goed"."""
        rng = self.rng
        _, short = rng.choice(AF_AGENTS)
        _, present, particle = rng.choice(AF_VERBS)
        noun = rng.choice(AF_THINGS)
        what = f"{rng.choice(AF_ADJ)} {noun}" if rng.random() < 0.5 else noun
        return f"{short} {present} {what} {particle}".strip()

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return self.headline()
        if r < 0.55:
            return f"{self.place()}: {self.headline()}"
        if r < 0.7:
            return f"Inwoners {rng.choice(AF_EMOTIONS)} oor {rng.choice(AF_THINGS)}"
        if r < 0.82:
            return f"Nuwe {rng.choice(AF_BUILDS)} vir {self.place()}"
        if r < 0.92:
            return f"{rng.choice(AF_TITLE_FRONTS)}: {self.headline()}"
        return f"{self.person()}: ‘{rng.choice(AF_SAYINGS)}’"

    def subheading(self) -> str:
        return self.rng.choice(AF_SUBHEADS)


AF_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Tuis", "Nuus", "Misdaad", "Sport", "Gemeenskap", "Skole", "Sake", "Vermaak", "Leefstyl",
            "E-uitgawe", "Klassifikasies"),
    "sections": ("Nuus", "Misdaad", "Gemeenskap", "Skole", "Sake", "Sport", "Landbou"),
    "related": ("Meer van {name}", "Lees ook hierdie artikels", "Die gewildste artikels vandeesweek",
                "Ander lesers lees ook"),
    "read_more": ("Lees ook:", "LEES OOK:", "Lees meer:"),
    "by": ("Deur",),
    "desks": ("Joernalis", "Nuusredakteur", "Redakteur", "Sportjoernalis", "Vryskutjoernalis"),
    "share": ("Deel hierdie artikel", "Deel op sosiale media"),
    "share_sites": ("Facebook", "WhatsApp", "X", "LinkedIn", "E-pos"),
    "newsletter": (
        "Ontvang elke oggend die belangrikste plaaslike nuus in jou inkassie.",
        "Teken gratis in op ons daaglikse nuusbrief.",
    ),
    "comments": (
        "Kommentaar word gemodereer en kan ’n rukkie neem om te verskyn.",
        "Hou asseblief kommentaar beskaafd en op die onderwerp.",
    ),
    "cookie": (
        "Ons gebruik koekies om jou ervaring te verbeter, in ooreenstemming met die Wet op die Beskerming "
        "van Persoonlike Inligting.",
        "Deur voort te gaan op hierdie webwerf stem jy in tot ons koekiebeleid.",
    ),
    "ad": ("Advertensie – die artikel gaan hieronder voort", "ADVERTENSIE · lees verder hieronder"),
    "copyright": ("© {year} {name}. Alle regte voorbehou.",
                  "Kopiereg © {year} {name}. Alle regte voorbehou."),
    "disclaimer": ("Die menings van bydraers is nie noodwendig dié van {name} nie.",),
    "tagline": ("Jou gemeenskapskoerant in {region} sedert {since}", "Die stem van {region} sedert {since}"),
    "bio": (
        "{author} is sedert {since2} by {name} en skryf oor {beat}.",
        "{author} skryf oor {beat}. Stuur nuuswenke aan die redaksie.",
    ),
    "beats": ("plaaslike politiek", "misdaad en die howe", "skole en onderwys", "sake en landbou",
              "gesondheid", "sport", "die gemeenskap"),
    "editorial": ("Hierdie artikel is deel van ons reeks oor plaaslike regering.",),
    "classified": ("Te koop: 3-slaapkamerhuis met dubbelmotorhuis naby skole. Skakel 082 555 0142.",),
    "subscribe": ("Teken in op die e-uitgawe vir net R30 per maand",),
}


# --- af-gemeenskapskoerant ---------------------------------------------------------------------

AF_MENU = ("Tuis", "Nuus", "Misdaad", "Sport", "Gemeenskap", "Skole", "Sake", "Vermaak", "E-uitgawe",
           "Klassifikasies")
AF_FOOTER = ("Oor ons", "Kontak ons", "Adverteer by ons", "Privaatheidsbeleid", "Gebruiksvoorwaardes")
AF_CAPTIONS = (
    "Inwoners het Dinsdagaand buite die munisipale kantore saamgetrek.",
    "Die werk aan die pad duur reeds ’n paar maande.",
    "Raadslede tydens die jongste raadsvergadering.",
    "Die terrein waar die nuwe kliniek gebou gaan word.",
    "Lede van die gemeenskap het die vergadering bygewoon.",
)
AF_SKIES = ("sonnig", "bewolk", "donderstorms", "reën", "winderig")
AF_NOTES = "Jou e-posadres sal nie gepubliseer word nie. Vereiste velde word gemerk *"
AF_TAGS = ("munisipaliteit", "begroting", "infrastruktuur", "skole", "water", "beurtkrag")


def _af_date(dt: datetime) -> str:
    """ "7 Maart 2026"."""
    return f"{dt.day} {AF_MONTHS[dt.month - 1]} {dt.year}"


def _af_id(c: Ctx, story: Story) -> int:
    """The WordPress post ID of a story (its body class's "postid-", and "?p=" in its plain URL)."""
    return c.stable(f"af-{story.published}").randint(10000, 99999)


def _af_points(c: Ctx) -> None:
    """The Kortliks box: two or three points the reporter wrote, put before the text (body, blocks
    tagged "kort"), on some stories."""
    s = c.story
    r = c.stable(f"af-kort-{s.title}")
    if r.random() >= 0.45:
        return
    prose = AfrikaansProse(r)
    points: list[str] = []
    want = r.choice((2, 3))
    while len(points) < want:
        x = prose.sentence()
        if 7 <= _words(x) <= 26 and not x.startswith("“") and x not in points:
            points.append(x)
    if _long_lines(s) + want > 14:
        return
    s.blocks[0:0] = [("kort", x) for x in points]
    s.sentences[0:0] = [[x] for x in points]


def render_af_gemeenskapskoerant(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    form = c.stable("af-url").randrange(3)

    def path(o: Story) -> str:
        if form == 0:
            return f"/nuus/{_aslug(o.section)}/{o.published:%Y/%m/%d}/{_aslug(o.title)[:70].strip('-')}/"
        if form == 1:
            return f"/{_aslug(o.title)[:70].strip('-')}/"
        return f"/?p={_af_id(c, o)}"

    c.repath(path)
    _fit(c)
    if c.stable(f"af-list-{s.title}").random() < 0.3:
        _listify(c, set())
    _af_points(c)
    _fit(c)
    postid = _af_id(c, s)
    modified = d + timedelta(minutes=c.stable(f"af-mod-{s.title}").randint(5, 2000))
    utc = d.astimezone(UTC)
    minutes = max(2, round(_paragraph_words(s) / 200))
    lines = [
        "<!DOCTYPE html>",
        '<html lang="af-ZA">',
        "<head>",
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<meta property="og:locale" content="af_ZA">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}+00:00">',
        f'<meta property="article:modified_time" content="{modified.astimezone(UTC):%Y-%m-%dT%H:%M:%S}'
        '+00:00">',
        f'<meta name="author" content="{esc(s.author.name)}">',
        '<meta name="twitter:label1" content="Geskryf deur">',
        f'<meta name="twitter:data1" content="{esc(s.author.name)}">',
        '<meta name="twitter:label2" content="Geskatte leestyd">',
        f'<meta name="twitter:data2" content="{minutes} minute">',
        "</head>",
        f'<body class="post-template-default single single-post postid-{postid} single-format-standard">',
    ]
    wr = c.stable(f"af-w-{d.date()}")
    weather = c.snip(f"Weer in {place}: {wr.randint(14, 34)} °C, {wr.choice(AF_SKIES)}")
    namibia = pub.tz == "Africa/Windhoek"
    top = [f'<span class="top-bar__weather">{esc(weather)}</span>']
    if not namibia:
        stage = c.stable(f"af-fase-{d.date()}").choice((0, 0, 2, 2, 4, 6))
        power = c.snip(f"Beurtkrag vandag: Fase {stage}" if stage else "Beurtkrag vandag: geen beurtkrag nie")
        top.append(f'<span class="top-bar__power">{esc(power)}</span>')
    lines += [
        '<div class="top-bar">',
        *top,
        '<a href="/e-uitgawe/">Lees die E-uitgawe</a> <a href="/adverteer/">Adverteer by ons</a>',
        "</div>",
        '<header class="site-header">',
        f'<a class="site-logo" href="/"><img src="/wp-content/uploads/logo.png" alt="{esc(pub.name)}"></a>',
    ]
    c.snip("Lees die E-uitgawe Adverteer by ons")
    if c.has("tagline"):
        lines.append(f'<p class="site-description">{esc(c.snip(pub.tagline))}</p>')
    lines += [
        '<nav class="main-navigation"><ul id="primary-menu" class="menu">',
        *[f'<li class="menu-item"><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in AF_MENU],
        "</ul></nav>",
        "</header>",
    ]
    c.snip(" ".join(AF_MENU[:5]))
    c.snip(f"Deur {s.author.name} {s.author.desk}")
    reading = f"{minutes} minute leestyd"
    lines += [
        '<main id="primary" class="site-main">',
        f'<article id="post-{postid}" class="post-{postid} post type-post status-publish">',
        f'<div class="entry-category"><a href="/nuus/{_aslug(s.section)}/">{esc(s.section)}</a></div>',
        f'<h1 class="entry-title">{esc(s.title)}</h1>',
        '<div class="entry-meta">',
        f'<span class="byline">Deur <a href="/author/{_aslug(s.author.name)}/">{esc(s.author.name)}</a> '
        f'<span class="author-desk">{esc(s.author.desk)}</span></span>',
        f'<span class="posted-on">{_af_date(d)}</span> <span class="reading-time">{reading}</span>',
        "</div>",
        _share_bar(c, "share-top"),
    ]
    cr = c.stable(f"af-cap-{s.title}")
    cap = cr.choice(AF_CAPTIONS)
    credit = cr.choice(("Verskaf", AfrikaansProse(cr).person(), "Argief", "Facebook"))
    c.snip(f"{cap} Foto: {credit}")
    lines.append(f'<figure class="wp-block-image"><img src="/wp-content/uploads/{d:%Y/%m}/'
                 f'{_hex(c.rng, 10)}.jpg" alt=""><figcaption class="wp-element-caption">{esc(cap)} '
                 f"<em>Foto: {esc(credit)}</em></figcaption></figure>")
    points = [t for tag, t in s.blocks if tag == "kort"]
    if points:
        lines += ['<div class="kortliks"><h4>Kortliks</h4><ul>', *[f"<li>{esc(x)}</li>" for x in points],
                  "</ul></div>"]
    body = _blocks(c, p=lambda h: f"<p>{h}</p>", heading=lambda tag, h: f"<h2>{h}</h2>",
                   quote=lambda h: f"<blockquote><p>{h}</p></blockquote>",
                   ul=('<ul class="wp-block-list">', "</ul>"), li=lambda h: f"<li>{h}</li>", skip=("kort",))
    others = c.pick_others(12)
    inserts: list[tuple[int, str]] = []
    for k, o in zip((1, 4), others[:2], strict=False):
        c.snip(f"LEES OOK {o.title}")
        inserts.append((k, f'<div class="read-also"><span class="read-also__label">LEES OOK</span> '
                           f'<a href="{esc(o.path)}">{esc(o.title)}</a></div>'))
    inserts.append((2, f'<div class="ad-inline"><span>{esc(c.text("ad"))}</span>'
                       '<div class="gpt-ad" id="div-gpt-ad-inarticle"></div></div>'))
    lines += ['<div class="entry-content">', *_insert_after(body, "<p>", inserts)]
    wa = c.snip(f"Kry die nuutste nuus van {place} direk op jou foon. Sluit aan by ons WhatsApp-kanaal.")
    lines.append(f"<p><em>{esc(wa.split(' Sluit aan')[0])} <a href=\"https://whatsapp.com/channel/"
                 f'{_hex(c.stable("af-wa"), 12)}">Sluit aan by ons WhatsApp-kanaal</a>.</em></p>')
    if c.stable("af-tip").random() < 0.7:
        phone = f"08{c.stable('af-phone').randint(2, 4)} {c.stable('af-phone2').randint(100, 999)} " \
                f"{c.stable('af-phone3').randint(1000, 9999)}"
        tip = c.snip(f"Het jy ’n nuuswenk? Stuur ’n e-pos na nuus@{pub.host} of WhatsApp {phone}.")
        lines.append(f'<p class="has-small-font-size"><strong>Het jy ’n nuuswenk?</strong> '
                     f'{esc(tip.split("? ", 1)[1])}</p>')
    lines.append("</div>")
    tags = [place, s.section.lower(), c.stable(f"af-tag-{s.title}").choice(AF_TAGS)]
    c.snip("Merkers: " + " ".join(tags))
    lines += [
        '<div class="entry-tags"><span>Merkers:</span>',
        *[f'<a href="/tag/{_aslug(x)}/" rel="tag">{esc(x)}</a>' for x in tags],
        "</div>",
    ]
    if c.has("bio"):
        lines += [
            '<div class="author-box"><h4>Oor die skrywer</h4>',
            f'<p class="author-box__name">{esc(s.author.name)}</p>',
            f'<p class="author-box__bio">{esc(c.bio())}</p>',
            "</div>",
        ]
    heading = c.snip(f"Meer van {pub.name}")
    lines += [
        "</article>",
        f'<section class="related-posts"><h3>{esc(heading)}</h3>',
        *[f'<div class="related-post"><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></div>'
          for o in others[2:6]],
        "</section>",
        '<div id="comments" class="comments-area"><div id="respond" class="comment-respond">',
        '<h3 id="reply-title" class="comment-reply-title">Lewer kommentaar</h3>',
        f'<p class="comment-notes">{esc(c.snip(AF_NOTES))}</p>',
        '<textarea id="comment" name="comment"></textarea>',
        '<input name="submit" type="submit" class="submit" value="Plaas kommentaar">',
        "</div></div>",
        "</main>",
        '<aside id="secondary" class="widget-area">',
        f'<section class="widget"><h3>{esc(c.snip("Mees gelees hierdie week"))}</h3><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[6:11]],
        "</ol></section>",
    ]
    dr = c.stable(f"af-dood-{d.isocalendar()[1]}")
    notice = c.snip(f"{AfrikaansProse(dr).person()} ({dr.randint(61, 96)}) van {place}")
    lines.append(f'<section class="widget"><h3>Doodsberigte</h3><p>{esc(notice)}</p></section>')
    if c.has("newsletter"):
        lines.append(f'<section class="widget newsletter"><p>{esc(c.text("newsletter"))}</p>'
                     '<input type="email" placeholder="E-posadres"><button>Teken in</button></section>')
    if c.has("classified"):
        lines.append(f'<section class="widget"><h3>Klassifikasies</h3><p>{esc(c.text("classified"))}</p>'
                     "</section>")
    if namibia:
        press = (f"{pub.name} onderskryf die Gedragskode vir die Namibiese Media. Klagtes kan by die "
                 "Media-ombudsman ingedien word.")
    else:
        press = (f"{pub.name} onderskryf die Etiese en Gedragskode vir Suid-Afrikaanse Druk- en Aanlynmedia. "
                 "Klagtes kan by die Persombud ingedien word.")
    c.snip(" ".join(AF_FOOTER))
    lines += [
        "</aside>",
        '<footer id="colophon" class="site-footer">',
        "<ul>", *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in AF_FOOTER], "</ul>",
        f'<p class="press-code">{esc(c.snip(press))}</p>',
        f'<p class="site-info">{esc(c.copyright())}</p>',
        "</footer>",
    ]
    return _close_page(c, lines, "cookie-notice", "Aanvaar")


# --- phpnuke-news-module -----------------------------------------------------------------------

NUKE_TOPICS = {"Local": "Local News", "Politics": "Township Government", "Business": "Business",
               "Environment": "Environment", "Transport": "Roads and Traffic", "Health": "Health and Safety",
               "Education": "Schools", "Culture": "Community Events", "Sport": "Sports"}
NUKE_MODULES = ("Home", "Downloads", "Feedback", "Forums", "Members List", "News", "Recommend Us", "Search",
                "Statistics", "Stories Archive", "Submit News", "Surveys", "Top 10", "Topics", "Web Links",
                "Your Account")
NUKE_TOP = ("Home", "Your Account", "Forums", "Downloads", "Submit News", "Top 10")
NUKE_THEMES = ("DeepBlue", "Kaput", "ExtraLite", "Sunset", "Odyssey")
NUKE_ADMINS = ("admin", "webmaster", "editor", "sysop")
NUKE_USERS = ("FireChief22", "jdoe", "Marge_K", "OldTimer", "RiverRat", "hockeymom", "bigtruck74",
              "Anonymous")
NUKE_NOTES = (
    "Thanks to {user} for sending this in.",
    "Minutes of the meeting will be posted in the Downloads section when they are available.",
    "Photos are in the Gallery. Got pictures of your own? Send them in through Your Account.",
    "Please keep comments on topic. Off-topic posts will be removed.",
)
NUKE_SURVEYS = (
    ("What should the town do with the old school building?",
     ("Turn it into a community center", "Sell it to a developer", "Tear it down", "Leave it alone")),
    ("How do you get most of your local news?",
     ("From this web site", "The weekly paper", "Word of mouth", "Social media")),
    ("Should the township add more sidewalks and bike lanes?",
     ("Yes, on every main road", "Only near the schools", "No, too expensive", "Not sure")),
    ("What is the biggest problem facing our town right now?",
     ("Property taxes", "Traffic on Main Street", "Not enough for kids to do", "Road repairs")),
)
NUKE_REPLIES = ("Good to see this finally happening.", "Who is paying for all of this?", "About time!",
                "I was at the meeting and it went on until almost eleven.", "Thanks for posting this.",
                "Same old story every year around here.", "Does anyone know when the next meeting is?")
NUKE_SCORES = ("Excellent", "Very Good", "Good", "Regular", "Bad")


def _nuke_date(dt: datetime, secs: int = 0) -> str:
    """PHP-Nuke's "l, F d @ H:i:s T": "Saturday, March 07 @ 14:30:00 EST" (no year)."""
    return (f"{EN_DAYS[dt.weekday()]}, {MONTHS['en'][dt.month - 1]} {dt:%d} @ {dt:%H:%M}:{secs:02d} "
            f"{dt.tzname()}")


def _nuke_block(title: str, inner: list[str]) -> list[str]:
    """A side block of the theme: its title bar and its content, in nested tables."""
    return [
        '<table border="0" cellpadding="1" cellspacing="0" bgcolor="#000000" width="150"><tr><td>',
        '<table border="0" cellpadding="3" cellspacing="0" bgcolor="#dedebb" width="100%"><tr>'
        f'<td align="left"><font class="content"><b>{esc(title)}</b></font></td></tr></table>'
        "</td></tr></table>",
        '<table border="0" cellpadding="3" cellspacing="0" bgcolor="#ffffff" width="150"><tr><td>'
        '<font class="content">',
        *inner,
        "</font></td></tr></table><br>",
    ]


def _dot(link: str) -> str:
    """A block's list item: the middle dot, a no-break space and the link, then a line break."""
    return f"<strong><big>&middot;</big></strong>&nbsp;{link}<br>"


def _nuke_text(c: Ctx) -> str:
    """The story's text as PHP-Nuke stores it: paragraphs split by <br><br>, <b> subheadings, lists."""
    parts: list[tuple[str, str]] = []
    items: list[str] = []
    for tag, text in [*c.story.blocks, ("end", "")]:
        if tag != "li" and items:
            parts.append(("ul", "<ul>\n" + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>"))
            items = []
        if tag == "p":
            parts.append(("p", c.inline(text)))
        elif tag in ("h2", "h3"):
            parts.append(("h", f"<b>{esc(text)}</b>"))
        elif tag == "li":
            items.append(esc(text))
    out = parts[0][1]
    for (before, _), (kind, html) in zip(parts, parts[1:], strict=False):
        out += ("\n" if "ul" in (before, kind) else "<br><br>\n") + html
    return out


def render_phpnuke_news_module(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    form = c.stable("nuke-url").randrange(5)
    base = {3: "/html", 4: "/PHP-Nuke"}.get(form, "")
    sr = c.stable("nuke-sid")
    sid = sr.randint(150, 4000)
    sids: dict[int, int] = {}
    for o in c.others:
        sid += sr.randint(1, 7)
        sids[id(o)] = sid

    def path(o: Story) -> str:
        n = sids[id(o)]
        if form == 0:
            return f"/modules.php?name=News&file=article&sid={n}"
        if form == 1:
            return f"/modules.php?name=News&file=article&sid={n}&mode=&order=0&thold=0"
        if form == 2:
            return f"/article{n}.html"
        if form == 3:
            return f"/html/modules.php?op=modload&name=News&file=article&sid={n}"
        return f"/PHP-Nuke/modules.php?name=News&file=article&sid={n}"

    c.repath(path)
    aid = c.stable("nuke-aid").choice(NUKE_ADMINS)
    ir = c.stable(f"nuke-inf-{s.title}")
    informant = aid if ir.random() < 0.5 else ir.choice(NUKE_USERS)
    _fit(c)
    if informant == aid and c.stable(f"nuke-list-{s.title}").random() < 0.35:
        _listify(c, set())
    topic = NUKE_TOPICS.get(s.section, "News")
    tid = list(NUKE_TOPICS.values()).index(topic) + 1 if topic in NUKE_TOPICS.values() else 1
    theme = c.stable("nuke-theme").choice(NUKE_THEMES)
    slogan = pub.tagline
    mod = f"{base}/modules.php"
    lines = [
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
        '<html lang="en">',
        "<head>",
        f"<title>{esc(pub.name)} - {esc(s.title)}</title>",
        '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">',
        '<META HTTP-EQUIV="EXPIRES" CONTENT="0">',
        '<META NAME="RESOURCE-TYPE" CONTENT="DOCUMENT">',
        '<META NAME="DISTRIBUTION" CONTENT="GLOBAL">',
        f'<META NAME="AUTHOR" CONTENT="{esc(pub.name)}">',
        f'<META NAME="COPYRIGHT" CONTENT="Copyright (c) by {esc(pub.name)}">',
        '<META NAME="KEYWORDS" CONTENT="News, news, New, new, Technology, technology, Headlines, headlines, '
        "Nuke, nuke, PHP-Nuke, phpnuke, php-nuke, Geek, geek, Geeks, geeks, Community, community, "
        'Download, download, Downloads, downloads, Free, FREE, free">',
        f'<META NAME="DESCRIPTION" CONTENT="{esc(slogan)}">',
        '<META NAME="ROBOTS" CONTENT="INDEX, FOLLOW">',
        '<META NAME="REVISIT-AFTER" CONTENT="1 DAYS">',
        '<META NAME="RATING" CONTENT="GENERAL">',
        '<META NAME="GENERATOR" CONTENT="PHP-Nuke Copyright (c) 2006 by Francisco Burzi. This is free '
        "software, and you may redistribute it under the GPL (http://phpnuke.org/files/gpl.txt). PHP-Nuke "
        'comes with absolutely no warranty, for details, see the license (http://phpnuke.org/files/gpl.txt).">',
        f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{base}/backend.php">',
        f'<LINK REL="StyleSheet" HREF="{base}/themes/{theme}/style/style.css" TYPE="text/css">',
        '<script type="text/javascript">',
        "<!--",
        "function openwindow(){",
        f'\twindow.open ("{base}/copyright.php","Copyright","toolbar=no,location=no,directories=no,status=no,'
        'scrollbars=yes,resizable=no,copyhistory=no,width=400,height=200");',
        "}",
        "//-->",
        "</script>",
        "</head>",
        '<body bgcolor="#505050" text="#000000" link="#363636" vlink="#363636" alink="#d5ae83">',
        '<table border="0" cellpadding="4" cellspacing="0" width="100%" align="center">',
        f'<tr><td bgcolor="#ffffff" width="100%"><a href="{base}/index.php"><img src="{base}/themes/{theme}/'
        f'images/logo.gif" alt="Welcome to {esc(pub.name)}" border="0"></a></td>',
        f'<td bgcolor="#ffffff" align="right"><form action="{mod}?name=Search" method="post">'
        '<font class="content">Search <input type="text" name="query" size="14"></font></form></td></tr>',
        "</table>",
        '<table border="0" cellpadding="4" cellspacing="0" width="100%" bgcolor="#dedebb"><tr>',
        f'<td><font class="content"><b>{esc(c.snip(f"Welcome to {pub.name}"))}</b> &middot; {esc(slogan)}'
        '<script type="text/javascript">document.write(" &middot; " + new Date().toDateString());</script>'
        "</font></td>",
    ]
    c.snip(slogan)
    top_links = [f'<a href="{base}/index.php">Home</a>',
                 f'<a href="{mod}?name=Your_Account">Your Account</a>',
                 f'<a href="{mod}?name=Forums">Forums</a>',
                 f'<a href="{mod}?name=Downloads">Downloads</a>',
                 f'<a href="{mod}?name=Submit_News">Submit News</a>', f'<a href="{mod}?name=Top">Top 10</a>']
    c.snip(" | ".join(NUKE_TOP))
    lines += [
        f'<td align="right"><font class="content">{" | ".join(top_links)}</font></td>',
        "</tr></table>",
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center">'
        '<tr valign="top">',
        '<td bgcolor="#ffffff" width="150" valign="top">',
    ]
    modules = [_dot(f'<a href="{base}/index.php">Home</a>' if x == "Home" else
                    f'<a href="{mod}?name={x.replace(" ", "_")}">{esc(x)}</a>') for x in NUKE_MODULES]
    c.snip("· " + " · ".join(NUKE_MODULES[:5]))
    lines += _nuke_block("Modules", modules)
    orr = c.stable(f"nuke-online-{s.title}")
    guests, members = orr.randint(3, 40), orr.randint(0, 4)
    online = c.snip(f"There are currently, {guests} guest(s) and {members} member(s) that are online.")
    anon = c.snip("You are Anonymous user. You can register for free by clicking here")
    lines += _nuke_block("Who's Online", [
        f"{esc(online)}<br><br>",
        f'{esc(anon.removesuffix(" here"))} <a href="{mod}?name=Your_Account&amp;op=new_user">here</a>',
    ])
    pitch = c.snip("Don't have an account yet? You can create one. As a registered user you have some "
                   "advantages like theme manager, comments configuration and post comments with your name.")
    lines += _nuke_block("Login", [
        f'<form action="{mod}?name=Your_Account" method="post"><center>Nickname<br>',
        '<input type="text" name="username" size="10" maxlength="25"><br>Password<br>',
        '<input type="password" name="user_password" size="10" maxlength="20"><br>',
        '<input type="hidden" name="op" value="login"><input type="submit" value="Login"></center></form>',
        f'<center><font class="tiny">{esc(pitch.split(" You can create one.")[0])} You can '
        f'<a href="{mod}?name=Your_Account&amp;op=new_user">create one</a>.'
        f'{esc(pitch.split("create one.", 1)[1])}</font></center>',
    ])
    question, options = c.stable(f"nuke-poll-{d.month}").choice(NUKE_SURVEYS)
    c.snip(question)
    votes = c.stable(f"nuke-votes-{d.isocalendar()[1]}").randint(40, 900)
    lines += _nuke_block("Survey", [
        f'<form action="{mod}?name=Surveys" method="post"><center><font class="content">'
        f"<b>{esc(question)}</b></font></center><br>",
        *[f'<input type="radio" name="voteID" value="{n + 1}"> {esc(c.snip(x))}<br>'
          for n, x in enumerate(options)],
        '<br><center><input type="submit" value="Vote"></center><br>',
        f'<center>[ <a href="{mod}?name=Surveys&amp;op=results&amp;pollID=2">Results</a> | '
        f'<a href="{mod}?name=Surveys">Polls</a> ]<br>Votes: <b>{votes}</b> Comments: <b>{votes // 60}</b>'
        "</center>",
        "</form>",
    ])
    # the story
    text = _nuke_text(c)
    notes = ""
    if informant != aid and c.stable(f"nuke-note-{s.title}").random() < 0.55:
        note = c.stable(f"nuke-notes-{s.title}").choice(NUKE_NOTES).format(user=informant)
        c.snip(f"Note: {note}")
        notes = f"<br><br>\n<b>Note:</b> <i>{esc(note)}</i>"
    if informant == aid:
        content = text + notes
    else:
        who = ("Anonymous" if informant == "Anonymous" else
               f'<a href="{mod}?name=Your_Account&amp;op=userinfo&amp;username={informant}">{informant}</a>')
        content = f'{who} writes <i>"{text}"</i>{notes}'
    posted = c.snip(f"Posted on {_nuke_date(d)} by {aid}")
    lines += [
        "</td>",
        '<td width="100%" valign="top">',
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" bgcolor="#000000"><tr><td>',
        '<table width="100%" border="0" cellspacing="1" cellpadding="8" bgcolor="#ffffff"><tr><td>',
        f'<font class="option"><b>{esc(s.title)}</b></font><br>',
        f'<font class="tiny">{esc(posted.removesuffix(" by " + aid))} by '
        f'<a href="{mod}?name=Your_Account&amp;op=userinfo&amp;username={aid}">{aid}</a></font><br><br>',
        f'<font class="content"><a href="{mod}?name=News&amp;new_topic={tid}"><img src="{base}/images/topics/'
        f'{_aslug(topic)}.gif" border="0" alt="{esc(topic)}" title="{esc(topic)}" align="right" hspace="10" '
        'vspace="10"></a>',
        content,
        "</font>",
        "</td></tr></table></td></tr></table><br>",
    ]
    # the comments
    cr = c.stable(f"nuke-comments-{s.title}")
    anon_closed = c.stable("nuke-anon").random() < 0.4
    n_comments = cr.choice((0, 0, 1, 2, 3))
    lines += [
        '<a name="comments"></a>',
        '<table width="99%" border="0" cellspacing="1" cellpadding="2">',
        f'<tr><td bgcolor="#dedebb" align="center"><font class="content"><form method="post" '
        f'action="{mod}?name=News&amp;file=comments"><b>{esc(s.title)}</b> | '
        f'<a href="{mod}?name=Your_Account"><b>Login/Create an Account</b></a> | <b>{n_comments}</b> '
        "comments",
        '<br>Threshold <select name="thold"><option value="-1">-1</option>'
        '<option value="0" selected>0</option><option value="1">1</option></select> <select name="mode">'
        '<option value="nocomments">No Comments</option><option value="nested">Nested</option>'
        '<option value="flat" selected>Flat</option>'
        '<option value="thread">Thread</option></select> <select name="order"><option value="0" selected>'
        'Oldest First</option><option value="1">Newest First</option><option value="2">Highest Scores First'
        '</option></select> <input type="submit" value="Refresh"></form></font></td></tr>',
    ]
    owned = c.snip("The comments are owned by the poster. We aren't responsible for their content.")
    lines.append(f'<tr><td bgcolor="#ffffff" align="center"><font class="tiny">{esc(owned)}</font></td></tr>')
    if anon_closed:
        closed = c.snip("Comments are not allowed for Anonymous, please register")
        lines.append(f'<tr><td align="center"><font class="content">{esc(closed)}</font></td></tr>')
    lines.append("</table>")
    when = d
    for _ in range(n_comments):
        when = when + timedelta(minutes=cr.randint(20, 900))
        user = cr.choice([x for x in NUKE_USERS if x != "Anonymous"])
        byline = c.snip(f"by {user} on {_nuke_date(when, cr.randint(0, 59))}")
        reply = cr.choice(NUKE_REPLIES)
        if cr.random() < 0.5:
            reply += " " + prose_for("en", cr).sentence()
        c.snip(reply)
        lines += [
            '<table width="99%" border="0" cellspacing="0" cellpadding="2"><tr><td bgcolor="#dedebb">'
            f'<font class="content"><b>Re: {esc(s.title)}</b> (Score: {cr.randint(0, 3)})<br>',
            f"{esc(byline)}<br>",
            f'(<a href="{mod}?name=Your_Account&amp;op=userinfo&amp;username={user}">User Info</a> | '
            f'<a href="{mod}?name=Private_Messages&amp;mode=post&amp;u={cr.randint(2, 400)}">Send a Message'
            "</a>)</font></td></tr>",
            f'<tr><td><font class="content">{esc(reply)}</font></td></tr></table><br>',
        ]
    lines += [
        "</td>",
        '<td bgcolor="#ffffff" width="150" valign="top">',
    ]
    others = c.pick_others(9)
    most = others[0]
    more = c.snip(f"More about {topic}")
    c.snip(f"Most read story about {topic}:")
    c.snip(most.title)
    lines += _nuke_block("Related Links", [
        _dot(f'<a href="{mod}?name=News&amp;new_topic={tid}">{esc(more)}</a>'),
        _dot(f'<a href="{mod}?name=Search&amp;author={aid}">News by {aid}</a>') + "<br>",
        f"<center><b>Most read story about {esc(topic)}:</b><br>",
        f'<a href="{esc(most.path)}">{esc(most.title)}</a></center>',
    ])
    rr = c.stable(f"nuke-rate-{s.title}")
    nvotes = rr.randint(1, 12)
    vote = c.snip("Please take a second and vote for this article:")
    lines += _nuke_block("Article Rating", [
        f"<center>Average Score: <b>{rr.randint(250, 500) / 100:.2f}</b><br>Votes: <b>{nvotes}</b><br><br>",
        f'<form action="{mod}?name=News" method="post">{esc(vote)}<br>',
        *[f'<input type="radio" name="score" value="{5 - n}"> <i>{x}</i><br>'
          for n, x in enumerate(NUKE_SCORES)],
        '<br><input type="submit" value="Cast my Vote!"></form></center>',
    ])
    n = sids[id(s)]
    friend = c.snip("Send to a Friend")
    lines += _nuke_block("Options", [
        f'<img src="{base}/images/print.gif" border="0" alt=""> <a href="{mod}?name=News&amp;file=print&amp;'
        f'sid={n}">Printer Friendly Page</a><br>',
        f'<img src="{base}/images/friend.gif" border="0" alt=""> '
        f'<a href="{mod}?name=News&amp;file=friend&amp;op=FriendSend&amp;sid={n}">{friend}</a><br>',
    ])
    past = sorted(others[1:9], key=lambda o: o.published, reverse=True)
    inner: list[str] = []
    day = ""
    for o in past:
        label = f"{EN_DAYS[o.published.weekday()]}, {MONTHS['en'][o.published.month - 1]} {o.published:%d}"
        if label != day:
            inner.append(f"<b>{label}</b><br>")
            day = label
        c.snip(o.title)
        inner.append(_dot(f'<a href="{esc(o.path)}">{esc(o.title)}</a> ({c.rng.randint(0, 6)})'))
    inner.append(f'<br><a href="{mod}?name=Stories_Archive">Older Articles</a>')
    lines += _nuke_block("Past Articles", inner)
    since = c.stable("nuke-since").randint(2002, 2007)
    gen = c.rng.randint(8, 90) / 100
    owners = c.snip("All logos and trademarks in this site are property of their respective owner. The "
                    f"comments are property of their posters, all the rest © {since} by {pub.name}")
    c.snip("You can syndicate our news using the file backend.php or ultramode.txt")
    nuke = c.snip("PHP-Nuke Copyright © 2006 by Francisco Burzi. This is free software, and you may "
                  "redistribute it under the GPL. PHP-Nuke comes with absolutely no warranty, for details, "
                  "see the license.")
    lines += [
        "</td>",
        "</tr></table>",
        '<br><center><font class="footmsg">',
        f"{esc(owners)}<br>",
        f'You can syndicate our news using the file <a href="{base}/backend.php">backend.php</a> or '
        f'<a href="{base}/ultramode.txt">ultramode.txt</a><br>',
        f'{esc(nuke.split(" under the GPL.")[0])} under the '
        '<a href="http://phpnuke.org/files/gpl.txt">GPL</a>. '
        'PHP-Nuke comes with absolutely no warranty, for details, see the '
        '<a href="http://phpnuke.org/files/gpl.txt">license</a>.<br>',
        f"Page Generation: {gen:.2f} Seconds",
        "</font></center>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- patch-hyperlocal-updates ------------------------------------------------------------------

# the publisher's zone gives the network's region in its URLs (and its postal abbreviation)
PATCH_REGIONS = {
    "America/New_York": ("new-jersey", "NJ"), "America/Chicago": ("illinois", "IL"),
    "America/Denver": ("colorado", "CO"), "America/Los_Angeles": ("california", "CA"),
    "Europe/London": ("england", "ENG"), "Australia/Sydney": ("nsw", "NSW"),
    "Pacific/Auckland": ("auckland", "AKL"),
    "Asia/Kolkata": ("west-bengal", "WB"), "America/St_Johns": ("newfoundland", "NL"),
    "Europe/Dublin": ("dublin", "DUB"), "Africa/Johannesburg": ("gauteng", "GP"),
}
# the US zones by their letters, as the site writes them
PATCH_US = {"America/New_York": "ET", "America/Chicago": "CT", "America/Denver": "MT",
            "America/Los_Angeles": "PT"}
PATCH_CATEGORIES = {"Local": "Local News", "Politics": "Politics & Government", "Business": "Business",
                    "Environment": "Nature & Environment", "Transport": "Traffic & Transit",
                    "Health": "Health & Fitness", "Education": "Schools", "Culture": "Arts & Entertainment",
                    "Sport": "Sports"}
PATCH_MENU = ("Home", "News Feed", "Neighbor Posts", "Local Events", "Classifieds", "Real Estate",
              "Obituaries")
PATCH_ORGS = ("town council", "school district", "police department", "public works department",
              "county health department", "planning board", "fire department", "parks department")
PATCH_UPDATES = (
    "A spokesperson for the {org} confirmed the decision in an email on {day} afternoon.",
    "The {org} said more details would be shared at its next public meeting.",
    "Police said the area had reopened to traffic shortly after {time}.",
    "This story has been updated with comment from the {org}.",
    "Officials said no one was injured, according to a statement released by the {org}.",
    "The {org} has scheduled a public hearing on the matter for {day}.",
    "Residents with questions can call the {org} at 555-01{nn}, officials said.",
    "The {org} posted a notice about the change on its website late in the day.",
)
PATCH_CAPTIONS = (
    "Crews work at the scene in {town}.",
    "The {town} municipal building on Main Street.",
    "Residents fill the meeting room at {town} town hall.",
    "A view of downtown {town}.",
)
PATCH_RULES = (
    "Be respectful. This is a space for friendly local discussions.",
    "No racist, discriminatory, vulgar or threatening language will be tolerated.",
    "Be transparent. Use your real name, and back up your claims.",
    "Keep it local and relevant to the conversation.",
)
PATCH_POSTS = (
    "Lost cat near {street}, gray with a white chest, please call if you see her",
    "Looking for a reliable plumber in {town}, any recommendations?",
    "Free moving boxes available this weekend, pickup only near {street}",
    "Has anyone else noticed the low water pressure this week?",
    "Yard sale Saturday from 8am to noon on {street}",
)
PATCH_STREETS = ("Maple Avenue", "Oak Street", "Main Street", "Elm Court", "Park Place", "Church Road")
PATCH_EVENTS = ("Craft Fair at the {town} Library", "Winter Farmers Market", "Free Tax Help for Seniors",
                "Family Movie Night at the Library", "Blood Drive at the Fire House", "Community Cleanup Day",
                "Pancake Breakfast Fundraiser")
PATCH_REPLIES = ("Thank you for keeping us updated.", "This has been a problem for years.",
                 "Glad someone is finally paying attention to this.",
                 "Does anyone know if this affects the buses?", "Taxes go up again and this is what we get.")


def _patch_stamp(c: Ctx, dt: datetime) -> str:
    """ "Sat, Mar 7, 2026 at 2:30 pm ET"."""
    zone = PATCH_US.get(c.pub.tz) or dt.tzname()
    hour = dt.hour % 12 or 12
    return (f"{EN_DAYS3[dt.weekday()]}, {EN_MONTHS3[dt.month - 1]} {dt.day}, {dt.year} at {hour}:{dt:%M} "
            f"{'am' if dt.hour < 12 else 'pm'} {zone}")


def _patch_cls(c: Ctx, name: str) -> str:
    """A CSS-module class name, the same on every page of the publisher ("styles_paragraph__x3kq9")."""
    r = c.stable(f"patch-cls-{name}")
    return f"styles_{name}__" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))


def _patch_updates(c: Ctx) -> list[tuple[datetime, str]]:
    """The UPDATE lines of a developing story (on some stories): later times of the same day, put before
    the text newest first (body, blocks tagged "upd")."""
    s = c.story
    r = c.stable(f"patch-upd-{s.title}")
    if r.random() >= 0.45:
        return []
    out: list[tuple[datetime, str]] = []
    t = s.published
    for _ in range(r.choice((1, 1, 2, 3))):
        nxt = t + timedelta(minutes=r.randint(20, 140))
        if nxt.date() != s.published.date():
            break
        t = nxt
        later = t + timedelta(minutes=r.randint(5, 40))
        when = _ap_clock(later.hour, later.minute) if later.date() == t.date() else "midnight"
        text = r.choice(PATCH_UPDATES).format(org=r.choice(PATCH_ORGS), day=EN_DAYS[t.weekday()], time=when,
                                              nn=r.randint(10, 99))
        out.append((t, f"UPDATE ({_ap_clock(t.hour, t.minute)}): {text}"))
    out.reverse()
    if out and _long_lines(s) + len(out) > 14:
        ps = _paras(s)
        while _long_lines(s) + len(out) > 14 and len(ps) > 4:
            i, j = ps[-2], ps[-1]
            s.sentences[i] = s.sentences[i] + s.sentences[j]
            s.blocks[i] = ("p", " ".join(s.sentences[i]))
            del s.blocks[j], s.sentences[j]
            ps = _paras(s)
        if _long_lines(s) + len(out) > 14:
            return []
    s.blocks[0:0] = [("upd", x) for _, x in out]
    s.sentences[0:0] = [[x] for _, x in out]
    _fit(c)
    return out


def render_patch_hyperlocal_updates(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    town = _place(c)
    region, abbr = PATCH_REGIONS.get(pub.tz, ("local", "US"))
    form = c.stable("patch-url").randrange(2)

    def path(o: Story) -> str:
        slug = _aslug(o.title)[:80].strip("-")
        if form == 0:
            return f"/{region}/{_aslug(town)}/{slug}"
        category = PATCH_CATEGORIES.get(o.section, "Local News")
        n = c.stable(f"patch-{o.published}").randint(100000, 999999)
        return f"/{_aslug(town)}/{_aslug(category)}/{slug}/{n}/"

    c.repath(path)
    _fit(c)
    if c.stable(f"patch-list-{s.title}").random() < 0.3:
        _listify(c, set())
    updates = _patch_updates(c)
    category = PATCH_CATEGORIES.get(s.section, "Local News")
    pcls, adcls = _patch_cls(c, "paragraph"), _patch_cls(c, "inlineAd")
    dr = c.stable(f"patch-dek-{s.title}")
    dek = prose_for("en", dr).sentence() if dr.random() < 0.6 else ""
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(dek or _excerpt(s, 30))}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/_next/static/css/{_hex(c.stable("patch-css"), 16)}.css">',
        "</head>",
        "<body>",
        '<div id="__next">',
        f'<header class="{_patch_cls(c, "header")}">',
        f'<a class="{_patch_cls(c, "logo")}" href="/{region}/{_aslug(town)}">{esc(pub.name)}</a>',
        f'<span class="{_patch_cls(c, "town")}">{esc(town)}, {abbr}</span> '
        '<a href="/find-town">Change Town</a>',
        f'<nav class="{_patch_cls(c, "nav")}">',
        *[f'<a href="/{region}/{_aslug(town)}/{_aslug(x)}">{esc(x)}</a>' for x in PATCH_MENU],
        "</nav>",
        '<a href="/login">Log In</a> <a href="/register">Sign Up</a>',
        "</header>",
    ]
    c.snip(" ".join(PATCH_MENU[:4]))
    c.snip(f"{s.author.name}, {pub.name} Staff")
    c.snip(f"Posted {_patch_stamp(c, d)}")
    stamps = [f'<span>Posted <time datetime="{d:%Y-%m-%dT%H:%M:%S}">{_patch_stamp(c, d)}</time></span>']
    if updates:
        last = updates[0][0]
        c.snip(f"Updated {_patch_stamp(c, last)}")
        stamps.append(f'<span> | Updated <time datetime="{last:%Y-%m-%dT%H:%M:%S}">'
                      f"{_patch_stamp(c, last)}</time></span>")
    thanks, replies = c.rng.randint(0, 40), c.rng.randint(0, 4)
    c.snip(f"Thank {thanks} Reply ({replies}) Share")
    lines += [
        f'<main class="{_patch_cls(c, "main")}"><article>',
        f'<div class="{_patch_cls(c, "label")}"><a href="/{region}/{_aslug(town)}/{_aslug(category)}">'
        f"{esc(category)}</a></div>",
        f'<h1 class="{_patch_cls(c, "title")}">{esc(s.title)}</h1>',
    ]
    if dek:
        lines.append(f'<h2 class="{_patch_cls(c, "dek")}">{esc(dek)}</h2>')
    lines += [
        f'<div class="{_patch_cls(c, "byline")}"><a href="/users/{_aslug(s.author.name)}">'
        f"{esc(s.author.name)}</a>, "
        f"{esc(pub.name)} Staff</div>",
        f'<div class="{_patch_cls(c, "timestamps")}">{"".join(stamps)}</div>',
        f'<div class="{_patch_cls(c, "actions")}"><button>Thank <span>{thanks}</span></button> '
        f"<button>Reply <span>({replies})</span></button> <button>Share</button></div>",
    ]
    pr = c.stable(f"patch-photo-{s.title}")
    cap = pr.choice(PATCH_CAPTIONS).format(town=town)
    credit = pr.choice((f"Photo: Courtesy of {town} Police Department", f"{s.author.name}/{pub.name}",
                        "Photo: Shutterstock",
                        f"Photo: Courtesy of the {town} {pr.choice(PATCH_ORGS).title()}"))
    c.snip(f"{cap} ({credit})")
    lines.append(f'<figure class="{_patch_cls(c, "figure")}"><img src="https://cdn.example/{_hex(c.rng, 16)}'
                 f'.jpg" alt="{esc(cap)}"><figcaption>{esc(cap)} <span>({esc(credit)})</span></figcaption>'
                 "</figure>")
    div = f'<div class="{pcls}">'
    body = _blocks(c, p=lambda h: f"{div}{h}</div>", heading=lambda tag, h: f"{div}<h3>{h}</h3></div>",
                   quote=lambda h: f"{div}<blockquote>{h}</blockquote></div>",
                   ul=(f"{div}<ul>", "</ul></div>"), li=lambda h: f"<li>{h}</li>", skip=("upd",))
    items = [("p", f"{div}<strong>{esc(x.split(': ', 1)[0])}:</strong> {esc(x.split(': ', 1)[1])}</div>")
             for _, x in updates]
    items += [("h" if h.startswith(f"{div}<h3>") else "ul" if h.startswith(f"{div}<ul>") else "p", h)
              for h in body]
    others = c.pick_others(12)
    findout = c.snip(f"Find out what's happening in {town} with free, real-time updates from {pub.name}.")
    related = dict(zip((3, 6) if c.has("readmore") else (4,), others[:2], strict=False))
    out: list[str] = []
    count = 0
    for kind, html in items:
        out.append(html)
        if kind != "p":
            continue
        count += 1
        if count == 1:
            out.append(f'{div}<a href="/subscribe">{esc(findout.split(" with free")[0])}</a> with free, '
                       f"real-time updates from {esc(pub.name)}.</div>")
        if count in related:
            o = related[count]
            c.snip(f"RELATED: {o.title}")
            out.append(f'{div}<strong>RELATED:</strong> <a href="{esc(o.path)}">{esc(o.title)}</a></div>')
        if count % 2 == 0:
            out.append(f'<div class="{adcls}" id="inline-ad-{count // 2}"><span class="ad-label">'
                       'Advertisement</span><div class="ad-slot"></div></div>')
    lines += [f'<div class="{_patch_cls(c, "body")}">', *out]
    first, surname = s.author.name.split()[0].lower(), s.author.name.split()[-1].lower()
    tip = c.snip(f"Have a news tip? Email {first}.{surname}@{pub.host} or send it through our tip form.")
    inbox = c.snip("Get more local news delivered straight to your inbox.")
    signup = c.snip(f"Sign up for free {pub.name} newsletters and alerts.")
    lines += [
        f"{div}<em>{esc(tip)}</em></div>",
        "</div>",
        f'<div class="{_patch_cls(c, "newsletter")}"><p>{esc(inbox)} {esc(signup)}</p>'
        "<button>Subscribe</button></div>",
        "</article>",
        f'<section class="{_patch_cls(c, "replies")}"><h3>Replies ({replies})</h3>',
    ]
    rr = c.stable(f"patch-replies-{s.title}")
    for _ in range(replies):
        who = prose_for("en", rr).person()
        text = rr.choice(PATCH_REPLIES)
        if rr.random() < 0.5:
            text += " " + prose_for("en", rr).sentence()
        c.snip(text)
        lines.append(f'<div class="{_patch_cls(c, "reply")}"><b>{esc(who)}</b> <span>{esc(town)} Neighbor'
                     f"</span><p>{esc(text)}</p><button>Thank</button> <button>Reply</button></div>")
    for rule in PATCH_RULES:
        c.snip(rule)
    more = c.snip(f"More from {town} and nearby")
    lines += [
        f'<div class="{_patch_cls(c, "rules")}"><h4>The rules of replying:</h4><ul>',
        *[f"<li>{esc(x)}</li>" for x in PATCH_RULES],
        "</ul></div>",
        "</section>",
        f'<section class="{_patch_cls(c, "more")}"><h3>{esc(more)}</h3><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:7]],
        "</ul></section>",
        "</main>",
        f'<aside class="{_patch_cls(c, "rail")}">',
        '<section><h3>Neighbor Posts</h3><ul>',
    ]
    nr = c.stable(f"patch-posts-{d.date()}")
    for post in nr.sample(PATCH_POSTS, 3):
        text = post.format(town=town, street=nr.choice(PATCH_STREETS))
        c.snip(text)
        lines.append(f"<li>{esc(text)}</li>")
    lines += ["</ul></section>", "<section><h3>Local Events</h3><ul>"]
    er = c.stable(f"patch-events-{d.isocalendar()[1]}")
    for k, ev in enumerate(er.sample(PATCH_EVENTS, 3)):
        when = d + timedelta(days=2 + 4 * k + er.randint(0, 3))
        text = c.snip(f"{EN_DAYS3[when.weekday()]}, {EN_MONTHS3[when.month - 1]} {when.day}: "
                      f"{ev.format(town=town)}")
        lines.append(f"<li>{esc(text)}</li>")
    footer = ("About Us", "Terms of Use", "Privacy Policy", "Community Guidelines",
              "Do Not Sell or Share My Personal Information")
    c.snip(" ".join(footer))
    lines += [
        "</ul></section>",
        "</aside>",
        f'<footer class="{_patch_cls(c, "footer")}">',
        *[f'<a href="/{_aslug(x)}">{esc(x)}</a>' for x in footer],
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
        "</div>",
    ]
    return _close_page(c, lines, _patch_cls(c, "consent"), "Accept")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "uk-miskyi-portal": render_uk_miskyi_portal,
    "af-gemeenskapskoerant": render_af_gemeenskapskoerant,
    "phpnuke-news-module": render_phpnuke_news_module,
    "patch-hyperlocal-updates": render_patch_hyperlocal_updates,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402

from pipeline.synth.byre_families import _ap_clock  # noqa: E402
from pipeline.synth.kiln_families import _fit  # noqa: E402
from pipeline.synth.kit import (  # noqa: E402
    _aslug,
    _close_page,
    _excerpt,
    _hex,
    _insert_after,
    _ldjson,
    _long_lines,
    _paragraph_words,
    _paras,
    _place,
    _share_bar,
    register_language,
)
from pipeline.synth.prose import places, prose_for  # noqa: E402
from pipeline.synth.publishers import MONTHS, Ctx, Story, _j, _words, esc  # noqa: E402
from pipeline.synth.quay_families import _blocks  # noqa: E402
from pipeline.synth.shed_families import _listify  # noqa: E402

# Ukrainian and Afrikaans join the registries (new keys only)
register_language(
    "uk",
    first_names=UK_FIRST_M + UK_FIRST_F,
    surnames=UK_SURNAMES,
    prose=UkrainianProse,
    ui=UK_UI,
    months=UK_MONTHS,
    zones=UK_ZONES,
    place_forms=UK_PLACE_FORMS,
)
register_language(
    "af",
    first_names=AF_FIRST_M + AF_FIRST_F,
    surnames=AF_SURNAMES,
    prose=AfrikaansProse,
    ui=AF_UI,
    months=AF_MONTHS,
    zones=AF_ZONES,
    place_forms=AF_PLACE_FORMS,
)
