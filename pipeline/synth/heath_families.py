"""Four HEATH template families for the synthetic publishers (see `pipeline.synth.publishers`).

"heath" is a twenty-third split, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `HEATH_FAMILIES`: the heath families are
generated only by `generate_corpus("heath")`, so every other corpus is as it was. This module also
brings a new language, Bulgarian ("bg"): its grammar (`BulgarianProse`: the aorist agreeing in
number with its subject, "общината одобри", "жителите поискаха"; the definite article as an ending,
on a noun phrase's first word and in the object's short masculine form, "проекта", "новия проект",
"новата детска градина", "новото училище", "новите автобуси"; "в"/"във" as the next sound asks;
„…“, каза quotes with the speaker's role in the speaker's gender; women's surnames in "-ова"/"-ева";
headlines with an indefinite adjective agreeing with its noun, "Нова детска градина във Велово"),
names, place names (made in Cyrillic and written in Latin letters by Bulgaria's Streamlined System
in a site's brand and host, "Горно Белово" / "Gorno Belovo"), UI strings, month names and zone are
defined here and added to the registries of `pipeline.synth.prose` and `pipeline.synth.publishers`
when the module is loaded (new keys only; nothing another language uses changes).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, pull quotes and quoted-back sentences in `repeated`, aware `published_at`,
clean `title` without the site name) and those of the earlier held-out splits: in-text "read also"
lines and calls to action are boilerplate even in the paragraphs' own markup; a bulleted list and a
<blockquote> inside the text are body, one line per item; a photo's caption and credit are
boilerplate; a standfirst or summary under the headline is neither body nor boilerplate; a data
table inside the text that the text introduces is body, one line per row (the row's cells joined by
single spaces, the header row included); readers' comments are boilerplate. The choices each family
makes for the debatable parts:
  * bg-oblasten-portal: the lead (the text's first paragraph, set in bold inside the text, in a <p
    class="lead"><strong> or, on the older sites, a <strong> run before the first <br /> pair) is
    body, as are a speaker's words set apart in a <blockquote> and a bulleted list; the in-text
    "Прочетете още:"/"ОЩЕ ПО ТЕМАТА:"/"Вижте още:" lines, the "Реклама" slot, the italic source note
    closing some texts ("По информация на БТА", a credit, as a photo's is), the photo's caption and
    credit, "Автор: <name> | <desk>", the tags, the comments, the poll, the death notices and the
    publisher's line are boilerplate;
  * factcheck-claimreview: the claim box under the byline (the claimant, "stated on <date> in
    <medium>:", the claim quoted, the rating) is neither body nor boilerplate: it is the check's
    summary, as a standfirst is, and its claim is the claimant's words, not the publisher's; the
    text (the claim and how it spread, the context, the records, an official's words, the
    claimant's reply and the ruling closing with "We rate this claim <rating>.", under two
    subheadings) is body; the "Related fact check:" lines and the newsletter unit amid the text are
    boilerplate, as are "Our Sources" (a reference list: a snippet per source), the rating-scale
    note, the feedback question, the corrections line, the author's bio (the same on every check of
    that author), "More fact checks", the IFCN signatory line and the funding line;
  * met-service-newsroom: the summary under the headline is neither; the advice list the text
    introduces ("People in the warning area are advised to:") is body, and so is a monthly
    summary's table of station figures, which the text introduces; the warning box amid the text
    (the warning's name, "Areas affected:", "Valid from:", "Valid to:", its link) is boilerplate
    although the text names the same warning (a snippet the text holds in lower case is dropped),
    as are the "Check the latest forecast" line, the warnings banner (a warning in force when the
    page was served), the photo's caption and credit, "Media enquiries", "Related links", the
    feedback question, "This page was last updated: ..." and the footer's licence line;
  * discourse-community-forum: the topic's first post is the article: its text (paragraphs, a list
    the text introduces, a meeting's subheadings) is body; the image's lightbox line (file name,
    size), a onebox preview of another topic (its title and excerpt), the poster's name and title
    and the poster's sign-off in the post's own <p><em> ("Posted by <first name> for the <Site>
    volunteer news team.", the same on every post of that poster) are boilerplate; the replies are
    readers' comments (boilerplate), but a body sentence a reply quotes back (in an <aside
    class="quote">) is listed in `repeated`; the "automatically closed" notice, the related topics,
    the banner and the custom footer are boilerplate.

Families (language; date source):
  heath  bg-oblasten-portal     bg; a naive microdata <meta itemprop="datePublished"
                               content="2026-03-07T14:30"> (no seconds, no offset) and the visible
                               "07 март 2026 | 14:30" or "14:30 | 07.03.2026" ("Обновена: ..." and
                               a dateModified on updated stories), and a top bar showing the day the
                               page was served ("Събота, 9 март 2026"); a Bulgarian regional news
                               site on an older PHP CMS: the top bar (the day, the weather, the tip
                               line), the logo and slogan, the menu, "Последни новини", the
                               breadcrumb, the views and comment counts, the photo's caption and
                               credit, the text in <p>s (a lead paragraph, <h2> subheadings, a
                               <blockquote> or a list now and then) or, on some sites, in one
                               <div> with its paragraphs between <br /> pairs and <b> subheadings,
                               with "Прочетете още:" lines and the "Реклама" slot amid it, the
                               source note, the author line, "Етикети:", the share bar, "Още от
                               категорията", the comments with their votes, the comment rules,
                               "Най-четени", "Тъжна вест", the poll, the newsletter, the Facebook
                               box, the footer (the publisher's company and ЕИК, the Deposit Act
                               line) and the cookie bar; URLs /novini/<section>/<id>-<slug>, the
                               Cyrillic slug percent-encoded in upper-case hex as the CMS writes
                               it, or /news.php?id=<id>&cat=<n>; <title> "T - Site" or "T | Новини
                               от <town> | Site"
  heath  factcheck-claimreview  en; a ClaimReview JSON-LD datePublished with offset (its itemReviewed
                               Claim's datePublished, the day the claim was made, is an earlier
                               date, shown in the claim box too), the visible date alone ("March 7,
                               2026"), "Updated ..." on some; a nonprofit local fact-checking site
                               (PolitiFact-like): the donation bar, the menu, "Submit a claim", the
                               topic tags, the headline, "By <author> • Edited by <editor>", the
                               claim box (see above), the share bar, the text with "Related fact
                               check:" lines and the newsletter unit, "Our Sources", the rating
                               scale, the feedback question, the corrections line, the author's
                               bio, "More fact checks", the IFCN and funding lines, the footer and
                               the cookie notice; the checks are the site's own (a council tax
                               rise, a crime figure, a miscaptioned flood photo, a made-up quote, a
                               jobs promise, a four-day school week; claimed by social-media posts
                               or local politicians, in the words of the site's country, rated on
                               the site's own five-point scale); URLs
                               /factchecks/YYYY/mon/DD/<claimant>/slug/ or /fact-check/slug-NNNNN/;
                               <title> "Site | T" or "Fact check: T | Site"
  heath  met-service-newsroom   en; a Dublin Core <meta name="dcterms.issued"> in UTC
                               ("2026-03-07T19:30:00Z") and the visible date alone ("7 March 2026",
                               "March 7, 2026" in the US); the warning box's validity, the banner's
                               warning and "last updated" are other dates; a regional weather
                               service's news releases (units, warnings and seasons by the zone:
                               °F, inches and named products such as a "Winter Storm Warning" in
                               the US; colour-coded warnings and named storms in the UK and
                               Ireland; summer heat and thunderstorms in the southern hemisphere):
                               "Skip to main content", the agency banner, the place search, the
                               menu, the warnings banner, the breadcrumb, the summary (see above),
                               "Author:" and "Published:", the share links, the photo's caption
                               and credit, the text (a warning's overview, detail by place, a
                               forecaster's words, the impacts, the advice list and the outlook
                               under two subheadings; or a month's figures with the station table)
                               with the warning box and the forecast link amid it, "Media
                               enquiries", "Related links", the feedback question, "last updated",
                               the press office's latest releases, the footer's licence and the
                               cookie banner; URLs /about-us/press-office/news/weather-and-
                               climate/YYYY/slug, /News/Article.aspx?NewsID=NNNN&Category=Media+
                               Release or /media-releases/YYYYMMDD-slug/; <title> "T - News
                               releases - Site"
  heath  discourse-community-forum
                               en; the first post's <time itemprop="datePublished" datetime=
                               "2026-03-07T19:30:00Z"> in UTC, shown in UTC ("March 7, 2026,
                               7:30pm"); its dateModified, the replies' times and the related
                               topics' activity are other dates; a volunteer-run community news
                               forum on Discourse as its crawler view (no JavaScript) serves it:
                               the logo, the custom header links, the banner, the topic title with
                               its category badge and tags, the poster's username, name and title,
                               the first post (roadworks, a consultation, an event, a residents'
                               meeting's notes, a change to a service, in the words of the site's
                               country) with its image's lightbox line, a onebox and the sign-off,
                               the likes, the replies (one now and then quoting the post), the
                               "automatically closed" notice, "Related topics", the custom footer,
                               the crawler navigation and "Powered by Discourse"; URLs
                               /t/slug/NNNN, /t/slug/NNNN/1 (the first post's own link) or, for a
                               forum installed under the site's own domain, /forum/t/slug/NNNN;
                               <title> "T - Category - Site"

Every renderer gives every story of its publisher the platform's own URL on first use. The
fact-check, weather and forum renderers give every story of the publisher its own headline and text
(`_retitle`), drawn only from the site and the story's place in the publisher's list (the same
whichever page renders first); the Bulgarian renderer keeps the story's text, its lead split off
and a quote or a list added now and then. All keep the body within 14 lines and 250-900 words, so
`body`, taken from the story after rendering, has them. All four have site names of their own
(`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

import random
import re
from functools import cache
from typing import Any, NamedTuple
from urllib.parse import quote

from pipeline.synth.prose import Prose, _cap, _w

FAMILIES: dict[str, str] = {
    "bg-oblasten-portal": "heath",
    "factcheck-claimreview": "heath",
    "met-service-newsroom": "heath",
    "discourse-community-forum": "heath",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "bg-oblasten-portal": "bg",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    # Bulgarian regional sites carry a Latin-letter brand (their host names are ASCII)
    "bg-oblasten-portal": ("{p}24", "{p} News", "Info {p}", "{p} Dnes", "Novini {p}", "{p} Online"),
    "factcheck-claimreview": ("{p} Fact Check", "FactCheck {p}", "{p} Verify", "The {p} Truth Meter",
                              "{p} Fact Finder", "Check {p}"),
    "met-service-newsroom": ("{p} Weather Service", "Met {p}", "{p} Weather Office",
                             "{p} Regional Met Service",
                             "{p} Forecast Office"),
    "discourse-community-forum": ("{p} Community Forum", "Talk {p}", "{p} Neighbours", "{p} Commons",
                                  "{p} Residents Forum", "{p} Hub"),
}

EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
US_TZ = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")


def _sentences(text: str) -> list[str]:
    """A paragraph's sentences (each ends in "." or ".”" before a capital or an opening quote)."""
    return re.split(r"(?<=[.?!”])\s+(?=[A-Z“])", text)


def _finish(c: Ctx, lines: list[str], cookie: str = "", button: str = "OK") -> str:
    """The page's end (the cookie notice in a div of class `cookie`, for a publisher that shows one, and
    the closing tags, unless `cookie` is empty and `lines` has them), with every boilerplate snippet
    that the body holds once both are lower-cased and whitespace-normalised dropped (a warning's name,
    say, that the text also gives in lower case)."""
    html = _close_page(c, lines, cookie, button) if cookie else _j(lines)
    _drop_in_body(c)
    return html


# --- Bulgarian ---------------------------------------------------------------------------------

BG_FIRST_M = _w("""Иван Георги Димитър Николай Петър Христо Стоян Тодор Васил Красимир Мартин Александър
    Стефан Валентин Пламен Росен Емил Цветан Борислав Атанас Любомир Ивайло Калоян Веселин Янко""")
BG_FIRST_F = _w("""Мария Елена Иванка Десислава Гергана Ралица Цветелина Милена Снежана Светла Надежда
    Радостина Йорданка Виктория Теодора Калина Даниела Антоанета Силвия Петя Яна Галина Мирослава""")
# the men's forms; a woman's adds "-а" ("Петров" -> "Петрова")
BG_SURNAMES = _w("""Петров Иванов Георгиев Димитров Николов Стоянов Тодоров Христов Маринов Колев Илиев
    Атанасов Ангелов Стефанов Костадинов Попов Василев Русев Йорданов Цветков Пенчев Костов Михайлов
    Кирилов Славов Дончев Генчев Божинов Радев Танев Чолаков Караиванов""")
# subjects with the article a subject takes (the masculine full form "-ът"/"-ят"), and whether plural
BG_AGENTS: tuple[tuple[str, bool], ...] = tuple(
    (w.replace("_", " ").rstrip("+"), w.endswith("+"))
    for w in _w("""общинският_съвет общината кметът заместник-кметът областната_управа областният_управител
    министерството правителството полицията ръководството_на_болницата директорката_на_училището
    опозицията фирмата_изпълнител инвеститорът читалището комисията_по_бюджет районната_прокуратура
    сдружението_на_живущите РЗИ ОДМВР общинските_съветници+ жителите+ родителите+ местните_търговци+
    съветниците_от_опозицията+ експертите+ протестиращите+""")
)
# the aorist, singular and plural (the same for every gender)
BG_VERBS: tuple[tuple[str, str], ...] = tuple(
    (w.split(":")[0], w.split(":")[1])
    for w in _w("""одобри:одобриха отхвърли:отхвърлиха обяви:обявиха отложи:отложиха представи:представиха
    спря:спряха започна:започнаха завърши:завършиха финансира:финансираха разкритикува:разкритикуваха
    подкрепи:подкрепиха поднови:подновиха удължи:удължиха подписа:подписаха прие:приеха възложи:възложиха
    обсъди:обсъдиха преразгледа:преразгледаха отмени:отмениха провери:провериха подготви:подготвиха
    поиска:поискаха оспори:оспориха внесе:внесоха""")
)
# objects: indefinite, definite as an object ("проекта", the masculine short form), gender or plural
BG_OBJECTS: tuple[tuple[str, str, str], ...] = tuple(
    (w.split(":")[0].replace("_", " "), w.split(":")[1].replace("_", " "), w.split(":")[2])
    for w in _w("""проект:проекта:m бюджет:бюджета:m план:плана:m мост:моста:m път:пътя:m търг:търга:m
    договор:договора:m ремонт:ремонта:m стадион:стадиона:m парк:парка:m водопровод:водопровода:m
    басейн:басейна:m пазар:пазара:m обходен_път:обходния_път:m тротоар:тротоара:m паркинг:паркинга:m
    транспортен_план:транспортния_план:m сграда:сградата:f болница:болницата:f улица:улицата:f
    програма:програмата:f реконструкция:реконструкцията:f процедура:процедурата:f поликлиника:поликлиниката:f
    детска_градина:детската_градина:f спортна_зала:спортната_зала:f автобусна_линия:автобусната_линия:f
    велосипедна_алея:велосипедната_алея:f петиция:петицията:f концепция:концепцията:f стратегия:стратегията:f
    такса_за_смет:таксата_за_смет:f инвестиция:инвестицията:f детска_площадка:детската_площадка:f
    пешеходна_зона:пешеходната_зона:f кметство:кметството:n училище:училището:n читалище:читалището:n
    пристанище:пристанището:n споразумение:споразумението:n решение:решението:n предложение:предложението:n
    обществено_обсъждане:общественото_обсъждане:n улично_осветление:уличното_осветление:n
    финансиране:финансирането:n автобуси:автобусите:p средства:средствата:p тротоари:тротоарите:p
    видеокамери:видеокамерите:p контейнери:контейнерите:p паркоместа:паркоместата:p""")
)
# adjectives: masculine, feminine, neuter and plural, indefinite
BG_ADJ: tuple[tuple[str, ...], ...] = tuple(
    tuple(w.split(":")) for w in _w("""нов:нова:ново:нови стар:стара:старо:стари спорен:спорна:спорно:спорни
    временен:временна:временно:временни допълнителен:допълнителна:допълнително:допълнителни
    планиран:планирана:планирано:планирани дългоочакван:дългоочаквана:дългоочаквано:дългоочаквани
    обновен:обновена:обновено:обновени скъп:скъпа:скъпо:скъпи спешен:спешна:спешно:спешни
    мащабен:мащабна:мащабно:мащабни""")
)
# those a headline puts before an indefinite noun ("Нова детска градина във Велово")
BG_TITLE_ADJ = tuple(a for a in BG_ADJ if a[0] in ("нов", "спорен", "временен", "дългоочакван", "обновен",
                                                    "мащабен"))
BG_TIMES = ("вчера", "миналата седмица", "единодушно", "след дълги дебати", "окончателно", "отново",
            "в началото на месеца", "на последното си заседание", "без много дискусии", "през уикенда",
            "на извънредно заседание", "неочаквано", "в понеделник вечерта", "в четвъртък сутринта")
BG_DAYS = ("В понеделник", "Във вторник", "В сряда", "В четвъртък", "В петък", "В събота", "В неделя")
BG_SOURCES = ("Според общината,", "Както съобщиха от общината,", "По данни на полицията,",
              "Както стана ясно,",
              "Според официалните данни,", "Според жителите,", "По информация на областната управа,",
              "Както вече писахме,", "По думите на кмета,")
BG_FROM = ("От общината", "От министерството", "От полицията", "От фирмата изпълнител", "От болницата",
           "От областната управа")
BG_ROLES = (
    ("кмет на общината", "кмет на общината"),
    ("председател на общинския съвет", "председател на общинския съвет"),
    ("говорител на общината", "говорител на общината"),
    ("директор на училището", "директорка на училището"),
    ("общински съветник", "общински съветник"),
    ("управител на фирмата изпълнител", "управителка на фирмата изпълнител"),
    ("кмет на селото", "кметица на селото"),
    ("жител на квартала", "жителка на квартала"),
    ("председател на сдружението на живущите", "председател на сдружението на живущите"),
    ("областен управител", "областна управителка"),
)
BG_SAYS = ("каза", "заяви", "подчерта", "коментира", "обясни")
BG_SAYINGS = (
    "Хората заслужават ясни отговори", "Това е само началото", "Парите трябва да отидат за училищата",
    "Очакваме решението на министерството", "Работата ще приключи до лятото", "Никой не ни попита",
    "Това е добра новина за целия регион", "Няма да се откажем", "Всичко е направено по закон",
    "Това е въпрос на сигурността на децата ни", "Искаме спешна среща",
    "Това е най-голямата инвестиция от десет години насам", "Не сме доволни от свършената досега работа",
    "Надяваме се проблемът да бъде решен възможно най-скоро", "Всичко ще бъде прозрачно",
    "Ще говорим с всички страни", "Жителите чакат това от години", "Няма да допуснем нови закъснения",
)
BG_TITLE_FRONTS = ("Официално", "Окончателно", "След месеци чакане", "Решено", "Бурно заседание",
                   "Жителите протестират", "Обрат")
BG_SUBHEADS = ("Какво следва", "Реакцията на жителите", "Цената", "Дългогодишен спор",
               "Критиките на опозицията",
               "Отворени въпроси", "Следващите стъпки", "Контекстът", "Какво казват местните",
               "Европейските средства", "Въпросът с парите")
BG_MONTHS = ("януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
             "ноември", "декември")
BG_WEEKDAYS = ("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя")
BG_ZONES = ("Europe/Sofia",)

# place names: a stem and an ending (with its gender), now and then after "Горно"/"Долно"/"Ново" in the
# name's gender; made in Cyrillic, written in Latin letters (`_bg_latin`) in a site's brand and host
_BG_STEMS = _w("""Бел Бор Вар Гор Дол Злат Кал Кам Кос Лес Лом Мар Мед Мир Пер Рад Рус Слав Стан Тър Хас
    Чер Яс Брез Вел Драг Крив Плев Трън Чуд Бук Габр Дъб Ябл Лозен Орех Кру Сок Бист Вид Ков Лип""")
_BG_ENDINGS = (("ово", "n"), ("ево", "n"), ("ец", "m"), ("ище", "n"), ("град", "m"), ("ино", "n"),
               ("ене", "n"), ("ица", "f"), ("ник", "m"), ("ина", "f"), ("ан", "m"), ("чене", "n"))
_BG_PREFIXES = {"n": ("Горно ", "Долно ", "Ново "), "f": ("Горна ", "Долна ", "Нова "),
                "m": ("Горни ", "Долни ", "Нови ")}
# Bulgaria's official transliteration (the Streamlined System, 2009)
_BG_LATIN = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
             "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
             "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a",
             "ь": "y", "ю": "yu", "я": "ya"}


def _bg_latin(text: str) -> str:
    """Cyrillic in Latin letters by the Streamlined System ("Жълтица" -> "Zhaltitsa")."""
    out = []
    for ch in text:
        low = ch.lower()
        lat = _BG_LATIN.get(low)
        if lat is None:
            out.append(ch)
        else:
            out.append(_cap(lat) if ch != low else lat)
    return "".join(out)


@cache
def _bg_places() -> dict[str, str]:
    """400 place names, Latin -> Cyrillic ("Gorno Belovo" -> "Горно Белово")."""
    rng = random.Random("places-bg")
    out: dict[str, str] = {}
    while len(out) < 400:
        stem = rng.choice(_BG_STEMS)
        end, gender = rng.choice(_BG_ENDINGS)
        word = stem + end
        if rng.random() < 0.2:
            word = rng.choice(_BG_PREFIXES[gender]) + word
        out.setdefault(_bg_latin(word), word)
    return dict(sorted(out.items()))


def _bg_cyr(place: str) -> str:
    """A place name (Latin, as `BulgarianProse.place` gives it) in Cyrillic."""
    return _bg_places().get(place, place)


def _bg_in(place: str) -> str:
    """ "в"/"във" (before "в" and "ф") and a place name or noun phrase."""
    return f"{'във' if place[:1] in 'ВвФф' else 'в'} {place}"


def _bg_adj_def(adj: tuple[str, ...], gender: str) -> str:
    """The adjective with the article an object takes ("новия", "новата", "новото", "новите")."""
    return {"m": adj[3] + "я", "f": adj[1] + "та", "n": adj[2] + "то", "p": adj[3] + "те"}[gender]


def _bg_adj(adj: tuple[str, ...], gender: str) -> str:
    """The adjective without the article, agreeing ("нов", "нова", "ново", "нови")."""
    return adj["mfnp".index(gender)]


class BulgarianProse(Prose):
    """Bulgarian regional-news prose: the aorist agreeing in number with its subject ("общината одобри",
    "жителите поискаха"), the definite article as an ending, on a noun's first word and in the
    object's form ("проекта", "новия проект", "новата детска градина", "новото училище", "новите
    автобуси"), "в"/"във" as the next sound asks, „…“, каза quotes with the speaker's role in the
    speaker's gender, women's surnames in "-ова"/"-ева"; headlines with an indefinite adjective
    agreeing with its noun ("Нова детска градина във Велово")."""

    lang = "bg"

    def person(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return f"{rng.choice(BG_FIRST_F)} {rng.choice(BG_SURNAMES)}а"
        return f"{rng.choice(BG_FIRST_M)} {rng.choice(BG_SURNAMES)}"

    def place(self) -> str:
        """A place name in Latin letters (a site's brand and host are made of it)."""
        return self.rng.choice(tuple(_bg_places()))

    def grad(self) -> str:
        """A place name in Cyrillic."""
        return _bg_cyr(self.place())

    def agent(self) -> tuple[str, bool]:
        rng = self.rng
        r = rng.random()
        if r < 0.08:
            return f"Община {self.grad()}", False
        if r < 0.14:
            return f"кметът на {self.grad()}", False
        return rng.choice(BG_AGENTS)

    def obj(self) -> str:
        """An object with its article, an adjective agreeing before it now and then."""
        rng = self.rng
        indef, definite, gender = rng.choice(BG_OBJECTS)
        if rng.random() < 0.4:
            return f"{_bg_adj_def(rng.choice(BG_ADJ), gender)} {indef}"
        return definite

    def thing(self) -> str:
        """An indefinite noun with its adjective ("нова детска градина", "нови автобуси")."""
        rng = self.rng
        indef, _, gender = rng.choice(BG_OBJECTS)
        return f"{_bg_adj(rng.choice(BG_TITLE_ADJ), gender)} {indef}"

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, plural = self.agent()
        verb = rng.choice(BG_VERBS)[plural]
        when = f" {rng.choice(BG_TIMES)}" if time else ""
        return f"{agent}{when} {verb} {self.obj()}"

    def quote(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.25:
            return f"За целта сме осигурили {10 * rng.randint(2, 90)} хил. евро"
        first, second = rng.sample(BG_SAYINGS, 2)
        return f"{first}. {second}" if r < 0.55 else first

    def said(self) -> str:
        """ "„…“, каза Име Фамилия, роля." (the role in the speaker's gender)."""
        rng = self.rng
        who = self.person()
        role = rng.choice(BG_ROLES)[who.split()[0] in BG_FIRST_F]
        return f"„{self.quote()}“, {rng.choice(BG_SAYS)} {who}, {role}."

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return self.said()
        if r < 0.24:
            return f"{rng.choice(BG_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.31:
            return f"{rng.choice(BG_FROM)} твърдят, че {self.clause(time=True)}."
        if r < 0.45:
            conj = rng.choice((", но", ", а", ", тъй като", ", въпреки че", " и"))
            return f"{_cap(self.clause(time=rng.random() < 0.4))}{conj} {self.clause()}."
        if r < 0.52:
            return f"След като {self.clause()}, {self.clause(time=True)}."
        if r < 0.59:
            agent, plural = self.agent()
            v1, v2 = rng.sample(BG_VERBS, 2)
            return f"{_cap(agent)} {v1[plural]} {self.obj()} и {v2[plural]} {self.obj()}."
        if r < 0.71:
            return rng.choice((
                f"Стойността на проекта е {rng.randint(2, 95)},{rng.randint(1, 9)} млн. евро.",
                f"Подписката е събрала {10 * rng.randint(20, 400)} подписа.",
                f"Работата трябва да приключи до {rng.randint(2027, 2031)} г.",
                f"За решението гласуваха {rng.randint(11, 29)} общински съветници, против бяха "
                f"{rng.randint(2, 9)}.",
                f"На срещата присъстваха около {10 * rng.randint(3, 60)} жители.",
                f"Ремонтът ще продължи най-малко {rng.randint(5, 19)} месеца.",
                f"От общинския бюджет за целта са отделени {10 * rng.randint(2, 90)} хил. евро.",
                f"Около {rng.randint(5, 9)}0% от средствата са по европейски програми.",
            ))
        if r < 0.8:
            return f"{rng.choice(BG_DAYS)} {self.clause()}, въпреки че {self.clause()}."
        if r < 0.88:
            return f"{_cap(_bg_in(self.grad()))} {self.clause(time=True)}."
        if r < 0.94:
            return rng.choice((
                f"Жителите на {self.grad()} чакат това решение от години.",
                f"Това не е първият случай, в който {self.clause()}.",
                f"{_cap(_bg_in(self.grad()))} ситуацията засега не се е променила.",
                f"По подобен начин {self.clause()} и {_bg_in(self.grad())}.",
            ))
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, plural = self.agent()
        headline = f"{agent} {rng.choice(BG_VERBS)[plural]} {self.obj()}"
        if r < 0.28:
            return f"{self.grad()}: {_cap(headline)}"
        if r < 0.48:
            return _cap(headline)
        if r < 0.68:
            return f"{_cap(self.thing())} {_bg_in(self.grad())}"
        if r < 0.86:
            return f"{rng.choice(BG_TITLE_FRONTS)}: {_cap(headline)}"
        return f"{self.person()}: „{rng.choice(BG_SAYINGS)}“"

    def subheading(self) -> str:
        return self.rng.choice(BG_SUBHEADS)


BG_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Начало", "Новини", "Регион", "България", "Криминални", "Спорт", "Култура", "Икономика",
            "Общество",
            "Некролози"),
    "sections": ("Регион", "Общество", "Криминални", "Икономика", "Образование", "Култура", "Здраве"),
    "related": ("Още от категорията", "Свързани новини", "Още новини от {name}", "Най-четени тази седмица"),
    "read_more": ("Прочетете още:", "ОЩЕ ПО ТЕМАТА:", "Вижте още:"),
    "by": ("Автор:",),
    "desks": ("Редакция", "Новинарски екип", "Регионален репортер", "Отдел „Култура“"),
    "share": ("Сподели", "Споделете статията"),
    "share_sites": ("Facebook", "Viber", "Messenger", "X", "Имейл"),
    "newsletter": (
        "Абонирайте се за нашия бюлетин и получавайте най-важните новини от региона всяка сутрин.",
        "Най-важното от деня – директно във вашата електронна поща.",
    ),
    "comments": (
        "Коментарите са на отговорност на авторите им. Редакцията си запазва правото да изтрива обидни "
        "коментари.",
        "Моля, спазвайте добрия тон. Коментари с обиди и нецензурни думи ще бъдат изтривани.",
    ),
    "cookie": (
        "Този сайт използва бисквитки, за да подобри вашето преживяване.",
        "Продължавайки да разглеждате сайта, вие се съгласявате с използването на бисквитки.",
    ),
    "ad": ("Реклама – статията продължава по-долу", "РЕКЛАМА · продължете да четете"),
    "copyright": (
        "© {year} {name}. Всички права запазени.",
        "© {name} {year}. Материалите не могат да бъдат възпроизвеждани без писменото съгласие на "
        "редакцията.",
    ),
    "disclaimer": ("Редакцията не носи отговорност за съдържанието на коментарите.",),
    "tagline": ("Регионален новинарски сайт от {since} г.", "Новините от региона – бързо и точно"),
    "bio": (
        "{author} работи в {name} от {since2} г. и пише за {beat}.",
        "{author} пише за {beat}. Сигнали и предложения изпращайте до редакцията.",
    ),
    "beats": ("местната власт", "транспорта и инфраструктурата", "образованието", "здравеопазването",
              "бизнеса", "културата", "криминалните случаи"),
    "editorial": ("Материалът е част от поредицата „Нашият град“ на {name}.",),
    "classified": ("Продавам двустаен апартамент в центъра, 65 кв. м, след ремонт.",),
    "subscribe": ("Абонирайте се за печатното издание с 20% отстъпка",),
}


# --- bg-oblasten-portal ------------------------------------------------------------------------

BG_MENU = BG_UI["nav"]
BG_FOOTER = ("За нас", "Екип", "Реклама", "Контакти", "Общи условия", "Политика за поверителност")
BG_CAPTIONS = (
    "Заседание на общинския съвет",
    "Ремонтът в центъра продължава вече няколко месеца",
    "Жители се събраха пред сградата на общината",
    "Строителната площадка в края на града",
    "Кадър от миналогодишното заседание на съвета",
)
BG_COMMENTERS = ("Гост", "Анонимен", "Читател", "Пенсионер", "Местен", "Истината", "Съсед", "Данъкоплатец")
BG_REACTIONS = ("Крайно време!", "Кой ще плати всичко това?", "Срамота!", "Браво!", "Пак същото...",
                "Чакаме от години.", "Ще видим след изборите.", "Поредните обещания.")
BG_OPINIONS = ("Вижте какво става с улиците {grad}.", "Тези пари можеше да отидат за болницата.",
               "Някой изобщо пита ли хората?", "Най-после нещо и за нашия квартал.",
               "Миналата година обещаха същото.", "Децата нямат къде да играят.",
               "Дано този път да е истина.",
               "Същото беше и {grad}, нищо не се промени.", "Кметът да дойде и да види сам.")
BG_SOURCE_NOTES = ("По информация на БТА", "По материали на общинската пресслужба",
                   "По информация на пресцентъра на ОДМВР", "По съобщение на областната управа")
BG_POLLS = ("Доволни ли сте от работата на общинската администрация?",
            "Трябва ли центърът да стане пешеходна зона?",
            "Ще гласувате ли на следващите местни избори?",
            "Как оценявате ремонта на улиците в града?")
BG_SKIES = ("облачно", "слънчево", "слаб дъжд", "разкъсана облачност", "мъгла")
BG_TAGS = ("Общински съвет", "Бюджет", "Инфраструктура", "Образование", "Транспорт", "Ремонт")


def _bg_slug(title: str, limit: int = 60) -> str:
    """The CMS's slug of a Cyrillic title: lower case, words joined by "-", cut at `limit` letters,
    percent-encoded in upper-case hex."""
    words = "".join(ch if ch.isalnum() else " " for ch in title.lower()).split()
    return quote("-".join(words)[:limit].strip("-"))


def _bg_home(c: Ctx) -> str:
    """The site's town (the longest of the Bulgarian place names in its brand), in Cyrillic."""
    name = c.pub.name
    return _bg_cyr(max((p for p in _bg_places() if p in name), key=len, default=name))


def _bg_paths(c: Ctx) -> dict[int, str]:
    """Every story's URL: the section and the id with the percent-encoded Cyrillic slug, or the old
    news.php with the id and the category's number; ids grow with the date."""
    form = c.stable("bg-url").choice(("slug", "slug", "php"))
    r = c.stable("bg-ids")
    n = r.randint(180000, 760000)
    out: dict[int, str] = {}
    sections = BG_UI["sections"]
    for o in c.others:
        n += r.randint(4, 60)
        if form == "php":
            out[id(o)] = f"/news.php?id={n}&cat={sections.index(o.section) + 1}"
        else:
            out[id(o)] = f"/novini/{_aslug(_bg_latin(o.section))}/{n}-{_bg_slug(o.title)}"
    return out


def _bg_inline(c: Ctx, text: str) -> str:
    """A paragraph escaped, now and then a few of its words in bold or linked to their tag page."""
    words = text.split(" ")
    if c.rng.random() < 0.25 and len(words) > 8:
        i = c.rng.randrange(1, len(words) - 4)
        k = c.rng.randint(1, 3)
        inner = " ".join(words[i:i + k])
        wrapped = (f'<a href="/tag/{_bg_slug(inner.strip(",.;:„“"))}">{esc(inner)}</a>'
                   if c.rng.random() < 0.6 else f"<b>{esc(inner)}</b>")
        return " ".join([esc(" ".join(words[:i])), wrapped, esc(" ".join(words[i + k:]))]).strip()
    return esc(text)


def _bg_blockquote(c: Ctx) -> None:
    """A speaker's words set apart in a <blockquote> after a middle paragraph (body), when the body has
    room for it."""
    s = c.story
    r = c.stable(f"bg-q-{s.title}")
    paras = _paras(s)
    if len(paras) < 3 or _long_lines(s) >= 14:
        return
    text = BulgarianProse(r).said()
    if _paragraph_words(s) + _words(text) > 900:
        return
    at = r.choice(paras[1:-1]) + 1
    s.blocks.insert(at, ("quote", text))
    s.sentences.insert(at, [text])


def _bg_long(dt: datetime) -> str:
    """ "Събота, 7 март 2026"."""
    return f"{_cap(BG_WEEKDAYS[dt.weekday()])}, {dt.day} {BG_MONTHS[dt.month - 1]} {dt.year}"


def render_bg_oblasten_portal(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    home = _bg_home(c)
    paths = _bg_paths(c)
    c.repath(lambda o: paths[id(o)])
    _split_lead(c, c.stable(f"bg-lead-{s.title}").choice((1, 2)))
    _fit(c, keep=2)
    br = c.stable("bg-style").random() < 0.5  # the older CMS: one <div>, paragraphs between <br /> pairs
    if not br:
        shape = c.stable(f"bg-shape-{s.title}").random()
        if shape < 0.35:
            _bg_blockquote(c)
        elif shape < 0.6:
            _listify(c, {0})
    lead = s.blocks[0][1]
    ur = c.stable(f"bg-upd-{s.title}")
    updated = d + timedelta(minutes=ur.randint(20, 500)) if ur.random() < 0.3 else None
    if c.stable("bg-title").random() < 0.5:
        title = f"{s.title} - {pub.name}"
    else:
        title = f"{s.title} | Новини от {home} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="bg">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(lead)}">',
        f'<meta name="keywords" content="{esc(", ".join((home, s.section, "новини")))}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        '<meta property="og:image" '
        f'content="http://{pub.host}/images/news/{_hex(c.stable(s.title), 10)}.jpg">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<link rel="stylesheet" href="/css/style.css?v=2019">',
        "</head>",
        "<body>",
        '<div id="wrapper">',
    ]
    served = d + timedelta(days=c.stable(f"bg-served-{s.title}").randint(0, 2))
    wr = c.stable(f"bg-w-{served.date()}")
    weather = c.snip(f"Времето {_bg_in(home)}: {wr.randint(-4, 19)}°C, {wr.choice(BG_SKIES)}")
    phone = f"0888 {c.stable('bg-tel').randint(100, 999)} {c.stable('bg-tel2').randint(100, 999)}"
    lines += [
        f'<div id="topbar"><span class="date">{esc(c.snip(_bg_long(served)))}</span>',
        f'<span class="weather">{esc(weather)}</span>',
        f'<span class="hotline">{esc(c.snip(f"Сигнали и Viber: {phone}"))}</span></div>',
        f'<div id="header"><a href="/" id="logo"><img src="/images/logo.png" alt="{esc(pub.name)}"></a>',
    ]
    if c.has("tagline"):
        lines.append(f'<div class="slogan">{esc(c.snip(pub.tagline))}</div>')
    lines += [
        '<div class="banner-top"><a href="/reklama"><img src="/banners/top-728x90.gif" '
        'alt="Реклама"></a></div>',
        "</div>",
        '<ul id="menu">',
        *[f'<li><a href="/{"" if n == 0 else _aslug(_bg_latin(x)) + "/"}">{esc(x)}</a></li>'
          for n, x in enumerate(BG_MENU)],
        "</ul>",
    ]
    c.snip(" ".join(BG_MENU[:5]))
    others = c.pick_others(14)
    lines += [
        '<div id="ticker"><b>Последни новини:</b>',
        *[f'<a href="{esc(o.path)}">{esc(c.snip(o.title))}</a>' for o in others[2:5]],
        "</div>",
    ]
    sec = f"/novini/{_aslug(_bg_latin(s.section))}/"
    long_date = c.stable("bg-date").random() < 0.5
    stamp = (f"{d.day:02d} {BG_MONTHS[d.month - 1]} {d.year} | {d:%H:%M}" if long_date
             else f"{d:%H:%M} | {d:%d.%m.%Y}")
    views = c.rng.randint(120, 9800)
    n_comments = c.rng.choice((0, 1, 2, 3, 4, 6))
    c.snip(f"Начало » Новини » {s.section}")
    lines += [
        '<div id="content"><div id="left">',
        f'<div class="breadcrumbs"><a href="/">Начало</a> » <a href="/novini/">Новини</a> » '
        f'<a href="{sec}">{esc(s.section)}</a></div>',
        '<div class="news-view" itemscope itemtype="https://schema.org/NewsArticle">',
        f'<meta itemprop="datePublished" content="{d:%Y-%m-%dT%H:%M}">',
    ]
    if updated:
        lines.append(f'<meta itemprop="dateModified" content="{updated:%Y-%m-%dT%H:%M}">')
    lines += [
        f'<h1 itemprop="headline">{esc(s.title)}</h1>',
        f'<div class="news-info"><span class="date">{stamp}</span>',
    ]
    if updated:
        upd = c.snip(f"Обновена: {updated:%d.%m.%Y} в {updated:%H:%M} ч.")
        lines.append(f'<span class="updated">{esc(upd)}'
                     "</span>")
    lines += [
        f'<span class="views">Прочетена {views} пъти</span>',
        f'<a class="comm" href="#comments">Коментари ({n_comments})</a></div>',
    ]
    cr = c.stable(f"bg-cap-{s.title}")
    cap = cr.choice(BG_CAPTIONS)
    credit = cr.choice(("Снимка: Архив", f"Снимка: {pub.name}", f"Снимка: Община {home}",
                        f"Снимка: {BulgarianProse(cr).person()}"))
    c.snip(f"{cap} {credit}")
    lines.append(f'<div class="news-photo"><img src="/images/news/{d:%Y/%m}/{_hex(c.rng, 12)}.jpg" alt="">'
                 f'<div class="photo-text">{esc(cap)} <span class="photo-author">{esc(credit)}</span></div>'
                 "</div>")
    # the text
    body: list[str] = []
    items: list[str] = []
    for k, (tag, text) in enumerate([*s.blocks, ("end", "")]):
        if tag != "li" and items:
            body.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            items = []
        if tag == "p" and k == 0:
            strong = f"<strong>{esc(text)}</strong>"
            body.append(strong if br else f'<p class="lead">{strong}</p>')
        elif tag == "p":
            body.append(_bg_inline(c, text) if br else f"<p>{_bg_inline(c, text)}</p>")
        elif tag == "li":
            items.append(f"<li>{esc(text)}</li>")
        elif tag == "quote":
            body.append(f"<blockquote>{esc(text)}</blockquote>")
        elif tag in ("h2", "h3"):
            body.append(f"<b>{esc(text)}</b>" if br else f"<h2>{esc(text)}</h2>")
    read = c.stable("bg-read").choice(BG_UI["read_more"])
    inserts: list[tuple[int, str]] = []
    for k, o in zip((1, 3), others[:2], strict=False):
        c.snip(f"{read} {o.title}")
        line = f'<b>{esc(read)}</b> <a href="{esc(o.path)}">{esc(o.title)}</a>'
        inserts.append((k, line if br else f'<p class="more">{line}</p>'))
    inserts.append((2,
                    f'<div class="reklama"><span>{esc(c.text("ad"))}</span><div id="ad-inline"></div></div>'))
    # in the <br /> text every paragraph counts; in the <p> text, the paragraphs (not the lead's class)
    body = _insert_after(body, "" if br else "<p", inserts, skip="<b>" if br else '<p class="more">')
    if c.stable(f"bg-src-{s.title}").random() < 0.3:
        note = c.snip(c.stable(f"bg-srcn-{s.title}").choice(BG_SOURCE_NOTES))
        body.append(f"<i>{esc(note)}</i>" if br else f'<p class="source"><em>{esc(note)}</em></p>')
    lines.append('<div class="news-text" itemprop="articleBody">')
    if br:
        chunks: list[str] = []
        for x in body:
            if x.startswith("<div") and chunks:
                chunks[-1] += "\n" + x + "\n"
            else:
                chunks.append(x)
        lines.append("<br />\n<br />\n".join(chunks))
    else:
        lines += body
    lines.append("</div>")
    author = c.snip(f"Автор: {s.author.name} | {s.author.desk}")
    tags = [home, s.section, c.stable(f"bg-tag-{s.title}").choice(BG_TAGS)]
    c.snip("Етикети: " + ", ".join(tags))
    lines += [
        f'<div class="news-author" itemprop="author">{esc(author)}</div>',
        '<div class="tags">Етикети: '
        + ", ".join(f'<a href="/tag/{_bg_slug(x)}">{esc(x)}</a>' for x in tags) + "</div>",
        _share_bar(c, "share"),
        "</div>",
    ]
    heading, picks = c.related(4)
    lines += [
        f'<div class="more-news"><h3>{esc(heading)}</h3><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in picks],
        "</ul></div>",
        f'<div id="comments"><h3>Коментари ({n_comments})</h3>',
    ]
    for _ in range(n_comments):
        when = d + timedelta(minutes=c.rng.randint(5, 2500))
        who = c.rng.choice(BG_COMMENTERS)
        text = c.rng.choice(BG_REACTIONS)
        if c.rng.random() < 0.6:
            text += " " + c.rng.choice(BG_OPINIONS).format(grad=_bg_in(BulgarianProse(c.rng).grad()))
        c.snip(text)
        lines.append(f'<div class="comment"><div class="c-head"><b>{esc(who)}</b> '
                     f'<span>{when:%d.%m.%Y %H:%M}</span> '
                     f'<span class="votes">+{c.rng.randint(0, 40)} / -{c.rng.randint(0, 15)}</span></div>'
                     f"<p>{esc(text)}</p></div>")
    lines += [
        f'<form class="comment-form"><h4>{esc(c.snip("Напишете вашия коментар тук"))}</h4>'
        '<input type="text" name="name" placeholder="Име"><textarea name="text"></textarea>'
        "<button>Публикувай</button></form>",
        f'<p class="rules">{esc(c.text("comments"))}</p>',
        "</div>",
        "</div>",
        '<div id="right">',
        f'<div class="box"><h3>{esc(c.snip("Най-четени за седмицата"))}</h3><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>'
          for o in (others[5:10] or others[:5])],
        "</ol></div>",
    ]
    nr = c.stable(f"bg-necro-{served.date()}")
    necro = []
    for _ in range(2):
        who = BulgarianProse(nr).person()
        necro.append(c.snip(f"Почина {who} на {nr.randint(61, 98)} години"))
    lines += [
        '<div class="box necro"><h3>Тъжна вест</h3><ul>',
        *[f'<li><a href="/nekrolozi/">{esc(x)}</a></li>' for x in necro],
        "</ul></div>",
    ]
    poll = c.stable(f"bg-poll-{d.isocalendar()[1]}").choice(BG_POLLS)
    lines += [
        f'<div class="box poll"><h3>Анкета</h3><p>{esc(c.snip(poll))}</p><form>',
        '<label><input type="radio" name="a"> Да</label> <label><input type="radio" name="a"> Не</label> '
        '<label><input type="radio" name="a"> Не мога да преценя</label>',
        f"<button>Гласувай</button></form><p>Гласували: {c.stable(poll).randint(150, 4000)}</p></div>",
    ]
    if c.has("newsletter"):
        lines.append(f'<div class="box newsletter"><p>{esc(c.text("newsletter"))}</p>'
                     '<input type="email" placeholder="Имейл"><button>Абонирай се</button></div>')
    lines += [
        f'<div class="box fb">{esc(c.snip(f"Харесайте {pub.name} във Facebook"))}</div>',
        "</div>",
        "</div>",
    ]
    company = c.stable("bg-company").choice(("Медия", "Прес", "Нюз", "Инфо"))
    eik = c.stable("bg-eik").randint(200000000, 206999999)
    c.snip(" | ".join(BG_FOOTER))
    lines += [
        '<div id="footer">',
        " | ".join(f'<a href="/{_aslug(_bg_latin(x))}/">{esc(x)}</a>' for x in BG_FOOTER),
        f"<p>{esc(c.snip(f'Издател: „{home} {company}“ ЕООД, ЕИК {eik}'))}</p>",
        '<p><a href="/chl7a/">'
        f'{esc(c.snip("Информация по чл. 7а, ал. 3 от Закона за задължителното депозиране"))}'
        "</a></p>",
        f"<p>{esc(c.copyright())}</p>",
        "</div>",
        "</div>",
    ]
    return _finish(c, lines, "cookie-bar", "Приемам")


# --- factcheck-claimreview ---------------------------------------------------------------------


class Locale(NamedTuple):
    """What a site's country calls things (by the publisher's zone)."""

    country: str  # "us", "uk", ...
    money: str  # the currency sign
    tax: str  # the local property tax
    council: str  # "the {place} City Council"
    police: str  # "the {place} Police Department"
    school: str  # the body that runs the schools
    politician: tuple[str, ...]  # the titles of local politicians


_US = Locale("us", "$", "property taxes", "the {place} City Council", "the {place} Police Department",
             "the {place} school board", ("City Council member", "State Rep.", "mayoral candidate"))
LOCALES: dict[str, Locale] = {
    "America/New_York": _US, "America/Chicago": _US, "America/Denver": _US, "America/Los_Angeles": _US,
    "Europe/London": Locale("uk", "£", "council tax", "{place} Borough Council", "{place} Police",
                            "{place} Council's education committee", ("Councillor", "local MP",
                                                                      "mayoral candidate")),
    "Europe/Dublin": Locale("ie", "€", "local property tax", "{place} County Council",
                            "the gardaí in {place}",
                            "the {place} Education and Training Board", ("Councillor", "TD", "Senator")),
    "Australia/Sydney": Locale("au", "$", "council rates", "{place} City Council", "{place} Police District",
                               "the {place} school region", ("Councillor", "state MP", "mayoral candidate")),
    "Pacific/Auckland": Locale("nz", "$", "rates", "{place} District Council", "{place} Police",
                               "the {place} school board", ("Councillor", "local MP", "mayoral candidate")),
    "Asia/Kolkata": Locale("in", "₹", "property tax", "the {place} Municipal Corporation",
                           "the {place} police",
                           "the {place} district education office", ("corporator", "MLA",
                                                                     "mayoral candidate")),
    "America/St_Johns": Locale("ca", "$", "property taxes", "{place} City Council",
                               "the {place} Police Service", "the {place} school district",
                               ("City Councillor", "MHA", "mayoral candidate")),
    "Africa/Johannesburg": Locale("za", "R", "property rates", "the {place} Local Municipality",
                                  "the {place} police station", "the {place} district education department",
                                  ("ward councillor", "MPL", "mayoral candidate")),
}
FC_SCALES = (
    ("True", "Mostly True", "Half True", "Mostly False", "False"),
    ("Correct", "Mostly correct", "Misleading", "Incorrect", "False"),
    ("Accurate", "Needs context", "Missing context", "Misleading", "False"),
)
# social-media claimants: (in the text, its short form, in the claim box, URL slug, what it is, how it spread,
# where it was stated)
FC_SOCIAL = (
    ("a Facebook post", "The Facebook post", "Facebook posts", "facebook-posts", "post",
     "shared more than {n:,} times", "a Facebook post"),
    ("a viral TikTok video", "The TikTok video", "TikTok posts", "tiktok-posts", "video",
     "viewed more than {n:,} times", "a TikTok video"),
    ("a post on X", "The post on X", "X posts", "x-posts", "post", "reposted more than {n:,} times",
     "an X post"),
    ("a message forwarded on WhatsApp", "The WhatsApp message", "Viral messages", "viral-messages", "message",
     "forwarded in dozens of group chats", "a viral message"),
    ("an Instagram post", "The Instagram post", "Instagram posts", "instagram-posts", "post",
     "liked more than {n:,} times", "an Instagram post"),
)
FC_HEADS = (("What the records show", "Our ruling"), ("The facts", "Our verdict"), ("What we found",
                                                                                    "The ruling"))
FC_MENU = ("Latest Fact Checks", "Politics", "Local Government", "Health", "Viral Claims", "Elections",
           "Our Ratings", "About Us")
FC_FOOTER = ("About Us", "Our Methodology", "Corrections Policy", "Funding", "Privacy Policy", "Contact")
# how the check was done, the sentences a text grows with to 250 words: (for which checks, the sentence);
# "social": a claim made online, "person": a politician's, "false": rated 3 or 4, "records": checked
# against the council's records, "all": any
FC_METHOD = (
    ("all", "{site} reviewed the original {noun} and the sources it cited."),
    ("all", "Several readers sent the {noun} to {site} through our tip line."),
    ("all", "{site} also looked at how the claim spread and when it was first made."),
    ("all", "{site} contacted the people named in this fact check before it was published."),
    ("all", "This check is based on public records and on interviews with the people involved."),
    ("social", "Claims like this often spread quickly in local community groups, where posts are rarely "
               "checked before they are shared."),
    ("social", "Archived copies of the {noun} show it was edited after it was first published."),
    ("social", "Versions of the claim were also shared on other platforms, some without any source at all."),
    ("person", "{who} has made similar claims in earlier campaign material."),
    ("person", "The claim was repeated by supporters on social media in the days that followed."),
    ("false", "{site} could not find any official document that supports the claim."),
    ("records", "We also asked the council for its own figures, which it provided the same day."),
    ("records", "The figures are published every year and are available to anyone on the council's website."),
)
FC_FACILITIES = ("distribution warehouse", "battery factory", "data centre", "hospital wing",
                 "food processing plant",
                 "call centre")


def _fc_social(r: random.Random) -> dict[str, str]:
    text, short, box, slug, noun, spread, medium = r.choice(FC_SOCIAL)
    return {"who": text, "who_short": short, "box": box, "slug": slug, "noun": noun,
            "spread": spread.format(n=100 * r.randint(8, 240)), "medium": medium,
            "source": _cap(medium.split(" ", 1)[1])}


def _fc_claimant(r: random.Random, loc: Locale) -> dict[str, str]:
    """Who made the claim: a social-media post, or a local politician."""
    if r.random() < 0.6:
        return _fc_social(r)
    who = EnglishProse(r).person()
    title = r.choice(loc.politician)
    surname = who.split()[-1]
    where = r.choice(("at a candidates' forum", "in a campaign leaflet", "in a radio interview",
                      "at a council meeting", "in a newsletter to constituents"))
    medium = where.split(" ", 1)[1]
    return {"who": f"{title} {who}", "who_short": f"{title} {surname}" if title[0].isupper() else surname,
            "box": who, "slug": _aslug(who), "noun": "statement", "spread": where, "medium": medium,
            "source": f"{who}, {medium.split(' ', 1)[1]}", "person": who}


def _fc_topic(r: random.Random, loc: Locale, place: str, site: str, when: datetime) -> dict[str, Any]:
    """A claim about the site's town (the check published `when`): what was claimed, how true it is (0:
    true ... 4: false), the facts, an official's words, the sources, the headline and the ruling's
    summary."""
    kind = r.choice(("tax", "crime", "photo", "quote", "jobs", "school"))
    en = EnglishProse(r)
    other = r.choice([p for p in places("en") if p != place])
    council = loc.council.format(place=place)
    year = when.year
    month = MONTHS["en"][r.randint(0, 11)]  # a month of last year
    now = f"{MONTHS['en'][when.month - 1]} {year}"
    past = when - timedelta(days=r.randint(20, 70))
    recent = MONTHS["en"][past.month - 1] + ("" if past.year == year else f" {past.year}")
    official = en.person()
    t: dict[str, Any] = {"kind": kind, "other": other, "official": official}
    if kind == "tax":
        claimed = r.choice((20, 25, 30, 40, 50, 60))
        level = r.choice((1, 2, 3, 3, 4, 4))
        real = round(claimed * (0.9, 0.85, 0.6, 0.3, 0.12)[level], 1)
        bill = r.randint(40, 260)
        t |= {
            "level": level,
            "that": f"{council} raised {loc.tax} by {claimed}% last year",
            "quote": f"{place} hiked {loc.tax} {claimed}% in a single year.",
            "titles": ((f"Yes, {loc.tax} in {place} went up about {claimed}% last year",) if level < 2 else
                       (f"{place} {loc.tax} rose last year, but not by {claimed}% for most households",)
                       if level == 2 else
                       (f"No, {place} did not raise {loc.tax} by {claimed}% last year",
                        f"Claim about a {claimed}% rise in {place} {loc.tax} is wrong")),
            "context": [f"The claim comes as {council} prepares to set its budget for {year + 1}.",
                        f"{_cap(loc.tax)} have been a recurring issue in {place}, where officials say rising "
                        "costs for roads and care services have squeezed the budget."],
            "facts": [f"Budget documents adopted by {council} in {month} {year - 1} show the {loc.tax} rate "
                      f"rose by {real}% for the {year - 1}-{str(year)[2:]} financial year.",
                      f"For a typical home in {place}, that meant an increase of about {loc.money}{bill} a "
                      "year, according to the council's own figures."],
            "more": ([f"Some owners whose homes were revalued saw bigger rises, but the council's data shows "
                      f"fewer than {r.randint(3, 12)}% of bills went up by {claimed}% or more."]
                     if level == 2 else
                     [f"The last time {loc.tax} in {place} rose by more than {claimed}% in a year was in "
                      f"{r.randint(1991, 2009)}, records show."]),
            "said": f"“The increase was {real}%, and it was debated in public at three meetings,” said "
                    f"{official}, the council's finance director, in an email to {site}.",
            "ruling": f"Council budget documents show the increase was {real}%"
                      + (", far less than claimed." if level >= 3 else "."),
            "sources": [f"{_cap(council)}, “Budget {year - 1}-{str(year)[2:]}: {_cap(loc.tax)} resolution,” "
                        f"{month} {r.randint(1, 28)}, {year - 1}",
                        f"Email interview with {official}, finance director, {_cap(council)}"],
        }
    elif kind == "crime":
        y0 = r.randint(2015, 2021)
        level = r.choice((0, 2, 3, 4, 4))
        change = (r.randint(95, 130), r.randint(55, 80), r.randint(8, 25), 0, 0)[level] or -r.randint(5, 30)
        n1 = r.randint(400, 3000)
        n2 = round(n1 * (1 + change / 100))
        police = loc.police.format(place=place)
        expert = en.person()
        t |= {
            "level": level,
            "that": f"violent crime in {place} has doubled since {y0}",
            "quote": f"Violent crime in {place} has DOUBLED since {y0}.",
            "titles": ((f"Yes, recorded violent crime in {place} has roughly doubled since {y0}",
                        ) if level == 0
                       else (f"Violent crime in {place} is up since {y0}, but it has not doubled",)
                       if level < 4 else
                       (f"No, violent crime in {place} has not doubled since {y0}",
                        f"Figures do not back claim that violent crime doubled in {place}")),
            "context": ["The claim has been shared widely in local community groups ahead of the mayoral "
                        "election.",
                        f"Public safety has become one of the central issues of the campaign in {place}."],
            "facts": [f"Figures published by {police} show {n1:,} violent offences were recorded in {y0} and "
                      f"{n2:,} in {year - 1}.",
                      f"That is {'an increase' if change > 0 else 'a fall'} of {abs(change)}%."],
            "more": ["Criminologists caution that recorded crime can rise when police change how offences "
                     f"are logged, as {police} did in {r.randint(y0, year - 2)}."],
            "said": f"“Any rise is worrying, but the recorded numbers simply do not show "
                    f"{'a doubling' if level else 'anything other than a sharp increase'},” said {expert}, a "
                    f"criminologist at the University of {other}.",
            "ruling": f"Police figures show violent offences {'rose' if change > 0 else 'fell'} by "
                      f"{abs(change)}% between {y0} and {year - 1}.",
            "sources": [f"{_cap(police)}, “Recorded crime statistics {y0}-{year - 1},” accessed {now}",
                        f"Phone interview with {expert}, University of {other}"],
        }
    elif kind == "photo":
        year_old = r.randint(2012, 2023)
        street = f"{r.choice(('High', 'Main', 'Mill', 'Station', 'Church', 'Bridge'))} Street"
        t |= {
            "level": 4,
            "that": f"a photo shows flooding in {place} last week",
            "quote": f"This is {place} right now. The council has done NOTHING about the flooding.",
            "titles": (f"Photo of flooded street is from {other} in {year_old}, not {place}",
                       f"Old photo from {other} shared as recent flooding in {place}"),
            "context": [f"Heavy rain fell across the region last week, and several roads around {place} were "
                        "closed for a few hours.",
                        "Photos and videos of past floods often resurface online whenever there is heavy "
                        "rain."],
            "facts": [f"A reverse image search shows the photo was first published online in {year_old}, by "
                      f"a news site in {other}.",
                      f"The original caption said it showed {street} in {other} after a storm that year.",
                      f"{site} compared the photo with street-level imagery and found that the shopfronts "
                      f"match {street} in {other}, not any street in {place}."],
            "more": [f"{_cap(council)} reported surface water on two roads last week but no flooding of "
                     "homes or businesses."],
            "said": f"“We had some standing water on a couple of roads, nothing like that picture,” said "
                    f"{official}, a spokesperson for {council}.",
            "ruling": f"The photo was taken in {other} in {year_old}.",
            "sources": [f"Reverse image search results for the photo, accessed {now}",
                        f"Email from {official}, spokesperson for {_cap(council)}"],
        }
    elif kind == "quote":
        role = r.choice(("the mayor", "the council leader", "the deputy mayor", "the housing spokesperson"))
        line = r.choice(("move somewhere cheaper", "stop complaining and get a second job",
                         "sell their cars if they cannot pay for parking",
                         "go to the next town for a library"))
        t |= {
            "level": 4,
            "that": f"{official}, {role} of {place}, told residents to “{line}”",
            "quote": f"{official} says if you can't afford {place} you should {line}.",
            "titles": (f"No evidence {official} told residents to “{line}”",
                       f"Quote attributed to {place} official {official} is made up"),
            "context": [f"The quote has circulated as a graphic with {official}'s photo and the council's "
                        "logo.",
                        f"It spread during a heated debate over housing costs in {place}."],
            "facts": [f"{site} reviewed video of the council meetings where the remark was supposedly made "
                      "and found no such statement.",
                      "The words do not appear in the meetings' official minutes or in any news coverage we "
                      "could find.",
                      f"The earliest version we found was a screenshot posted to a community group on "
                      f"{r.choice(EN_DAYS)}, with no source."],
            "more": ["The graphic uses an old version of the council's logo, which was replaced several "
                     "years ago."],
            "said": f"“I never said that, and I never would,” {official} told {site}.",
            "ruling": f"There is no record of {official} saying this.",
            "sources": [f"{_cap(council)}, meeting video and minutes, {month} {year - 1} to {now}",
                        f"Phone interview with {official}"],
        }
    elif kind == "jobs":
        facility = r.choice(FC_FACILITIES)
        real = 10 * r.randint(12, 90)
        cons = 10 * r.randint(20, 70)
        level = r.choice((0, 1, 2, 3, 4))
        claimed = (real, 10 * round(real * 0.115), real + cons, real * 3, real * 6)[level]
        t |= {
            "level": level,
            "that": f"the new {facility} in {place} will create {claimed:,} jobs",
            "quote": f"The new {facility} will bring {claimed:,} jobs to {place}.",
            "titles": ((f"Yes, the {place} {facility} is expected to create about {claimed:,} jobs",
                        ) if level < 2
                       else (f"The {claimed:,} jobs figure for the {place} {facility} counts construction "
                             "work",)
                       if level == 2 else
                       (f"{place} {facility} will not create {claimed:,} jobs, planning papers show",
                        f"Claim of {claimed:,} new jobs at {place} {facility} is inflated")),
            "context": [f"The {facility} on the edge of {place} won planning approval in {month} {year - 1}.",
                        "Jobs have been a central promise of the project since it was first proposed."],
            "facts": [f"The planning application submitted by the developer estimates the {facility} will "
                      f"employ {real:,} people once it is fully open.",
                      f"A further {cons:,} temporary jobs are expected during construction, the application "
                      "says."],
            "more": [f"Economic development officials told {site} the {facility} is due to open in "
                     f"{year + r.randint(1, 3)}."],
            "said": "“The number depends on how many suppliers move to the area, and we were clear about "
                    f"that,” said {official}, a spokesperson for the developer.",
            "ruling": f"The developer's own application puts the permanent workforce at {real:,}.",
            "sources": [f"Planning application for the {place} {facility}, {month} {year - 1}",
                        f"Email from {official}, spokesperson for the developer"],
        }
    else:
        level = r.choice((3, 4, 4))
        board = loc.school.format(place=place)
        boss = en.person()
        t |= {
            "level": level,
            "that": f"schools in {place} are switching to a four-day week next school year",
            "quote": f"{place} schools are going to a FOUR DAY WEEK next year. Parents were never asked!",
            "titles": (f"No, {place} schools are not moving to a four-day week next year",
                       f"Four-day week claim about {place} schools is wrong"),
            "context": ["School budgets across the region are under pressure, and several districts have "
                        "looked at shorter weeks to save money.",
                        f"Parents in {place} have raised the issue at recent meetings."],
            "facts": [f"{_cap(board)} discussed the idea at a workshop in {recent} as one of several ways to "
                      "save money.",
                      "Minutes of the meeting show no vote was taken, and next year's calendar has classes "
                      "five days a week."],
            "more": ([f"Two small rural schools will trial a four-day week from the autumn, {board} said."]
                     if level == 3 else
                     ["No school in the district has applied to change its timetable, officials said."]),
            "said": f"“There is no plan to move the whole district to a four-day week,” said {boss}, who "
                    f"leads {board}.",
            "ruling": f"{_cap(board)} discussed a four-day week but did not adopt one.",
            "sources": [f"{_cap(board)}, workshop minutes, {recent}{'' if past.year != year else f' {year}'}",
                        f"Phone interview with {boss}"],
        }
    return t


def _fc_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    """The claim a story checks, and its headline."""
    r = random.Random(f"{c.pub.host}-claim-{k}-{attempt}")
    loc = LOCALES.get(c.pub.tz, _US)
    place = _place(c)
    story = c.others[k]
    topic = _fc_topic(r, loc, place, c.pub.name, story.published)
    who = _fc_claimant(r, loc)
    if topic["kind"] == "quote":
        who = _fc_social(r)
    claimed = story.published - timedelta(days=r.randint(2, 12))
    plan = {**topic, **who, "claimed": claimed, "seed": f"{k}-{attempt}"}
    return r.choice(topic["titles"]), plan


def _fc_text(c: Ctx, g: dict[str, Any]) -> None:
    """The fact check's text: the claim and how it spread, the context, the facts and an official's
    words, the claimant's reply and the ruling (two subheadings), to 250 words or more."""
    s = c.story
    r = random.Random(f"{c.pub.host}-fc-text-{g['seed']}")
    site = c.pub.name
    when = g["claimed"]
    date = f"{MONTHS['en'][when.month - 1]} {when.day}"
    social = "person" not in g
    intro = [f"{_cap(g['who'])} claimed on {date} that {g['that']}."]
    if social:
        intro.append(f"The {g['noun']} was {g['spread']} within days, and several readers asked {site} "
                     "whether it was accurate.")
    else:
        intro.append(f"{g['who_short']} made the claim {g['spread']}, and repeated it in a campaign email "
                     "the next day.")
    reply = (r.choice((f"The account that shared the {g['noun']} did not respond to a message from {site}.",
                       f"The {g['noun']} was later labelled as false information by the platform.",
                       f"The account that first shared the {g['noun']} has since deleted it."))
             if social else
             r.choice((f"A spokesperson for {g['who_short']} said the figure came from “residents we spoke "
                       "to” but did not provide a source.",
                       f"{g['who_short']} did not respond to requests for comment.",
                       f"Asked about the claim, {g['who_short']} told {site} it was “a fair summary of what "
                       "people are seeing.”")))
    rating = FC_SCALES[c.stable("fc-scale").randrange(len(FC_SCALES))][g["level"]]
    head1, head2 = FC_HEADS[c.stable("fc-heads").randrange(len(FC_HEADS))]
    paras: list[list[str]] = [intro, list(g["context"]), list(g["facts"]), [g["said"], *g["more"]], [reply],
                              [f"{g['who_short']} claimed that {g['that']}.", g["ruling"],
                               f"We rate this claim {rating}."]]
    fits = {"all", "social" if social else "person", "false" if g["level"] >= 3 else "",
            "records" if g["kind"] in ("tax", "crime", "jobs", "school") else ""}
    method = [x.format(site=site, noun=g["noun"], who=g["who_short"]) for when,
              x in FC_METHOD if when in fits]
    r.shuffle(method)
    spots = [1, 4, 2]
    k = 0
    target = r.randint(250, 330)
    while sum(_words(x) for p in paras for x in p) < target and method:
        paras[spots[k % len(spots)]].append(method.pop())
        k += 1
    s.blocks = [("p", " ".join(p)) for p in paras]
    s.sentences = [list(p) for p in paras]
    for at, text in ((5, head2), (2, head1)):
        s.blocks.insert(at, ("h2", text))
        s.sentences.insert(at, [])
    g["rating"] = rating


def _fc_date(dt: datetime) -> str:
    return f"{MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year}"


def render_factcheck_claimreview(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    plans: dict[int, dict[str, Any]] = {}

    def plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
        title, g = _fc_plan(c, k, attempt)
        plans[id(c.others[k])] = g
        return title, g

    g: dict[str, Any] = _retitle(c, plan)
    form = c.stable("fc-url").choice(("dated", "id"))

    def path(o: Story) -> str:
        if form == "dated":
            return (f"/factchecks/{o.published.year}/{MONTHS['en'][o.published.month - 1][:3].lower()}/"
                    f"{o.published.day:02d}/{plans[id(o)]['slug']}/{_aslug(o.title)[:70].strip('-')}/")
        number = c.stable(f"fc-id-{o.published}").randint(10000, 99999)
        return f"/fact-check/{_aslug(o.title)[:70].strip('-')}-{number}/"

    c.repath(path)
    _fc_text(c, g)
    _fit(c)
    rating = g["rating"]
    place = _place(c)
    ur = c.stable(f"fc-upd-{s.title}")
    updated = d + timedelta(days=ur.randint(1, 4), minutes=ur.randint(0, 600)) if ur.random() < 0.3 else None
    editor = prose_for("en", c.stable("fc-editor")).person()
    claim_day = g["claimed"]
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": c.url(),
        "claimReviewed": g["that"][0].upper() + g["that"][1:],
        "datePublished": c.iso(),
        "author": {"@type": "Organization", "name": pub.name, "url": f"http://{pub.host}/"},
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person" if "person" in g else "Organization", "name": g["box"]},
            "datePublished": f"{claim_day:%Y-%m-%d}",
            "appearance": {"@type": "CreativeWork",
                           "url": f"https://archive.example/{_hex(c.stable(s.title), 10)}"},
        },
        "reviewRating": {"@type": "Rating", "ratingValue": 5 - g["level"], "bestRating": 5, "worstRating": 1,
                         "alternateName": rating},
    }
    if c.stable("fc-title").random() < 0.5:
        title = f"{pub.name} | {s.title}"
    else:
        title = f"Fact check: {s.title} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(review),
        "</head>",
        '<body class="o-page o-page--factcheck">',
    ]
    donate = c.snip(f"{pub.name} is independent and nonprofit. Support our fact-checking today.")
    lines += [
        f'<div class="c-donate-bar"><p>{esc(donate)} <a href="/donate/">Donate</a></p></div>',
        '<header class="c-header">',
        f'<a class="c-header__logo" href="/"><img src="/static/img/logo.svg" alt="{esc(pub.name)}"></a>',
        '<nav class="c-nav"><ul>',
        *[f'<li class="c-nav__item"><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in FC_MENU],
        "</ul></nav>",
        '<a class="c-header__tip" href="/submit-a-claim/">Submit a claim</a>',
        "</header>",
    ]
    c.snip(" ".join(FC_MENU[:4]))
    topics = [c.stable(f"fc-tag-{g['kind']}").choice(("Taxes", "Crime", "Viral Images", "Fake Quotes",
                                                        "Jobs", "Education")), "Local Government", g["box"]]
    lines += [
        '<main class="o-main"><article class="m-factcheck">',
        '<div class="m-tags">' + " ".join(f'<a class="m-tag" href="/topic/{_aslug(x)}/">{esc(x)}</a>'
                                          for x in topics) + "</div>",
        f'<h1 class="m-factcheck__title">{esc(s.title)}</h1>',
    ]
    c.snip(f"By {s.author.name} • Edited by {editor}")
    stamp = f'<span class="m-author__date">{_fc_date(d)}</span>'
    if updated:
        stamp += f' <span class="m-author__updated">{esc(c.snip(f"Updated {_fc_date(updated)}"))}</span>'
    lines += [
        f'<div class="m-author"><span class="m-author__name">By <a href="/staff/{_aslug(s.author.name)}/">'
        f'{esc(s.author.name)}</a> • Edited by {esc(editor)}</span> {stamp}</div>',
        '<div class="m-statement">',
        f'<div class="m-statement__author"><a href="/personalities/{g["slug"]}/">{esc(g["box"])}</a></div>',
        f'<div class="m-statement__desc">stated on {_fc_date(claim_day)} in {esc(g["medium"])}:</div>',
        f'<blockquote class="m-statement__quote">“{esc(g["quote"])}”</blockquote>',
        f'<div class="m-statement__meter"><img src="/static/img/meter-{_aslug(rating)}.png" '
        f'alt="{esc(rating)}"> <span class="m-statement__rating">{esc(rating)}</span></div>',
        "</div>",
        _share_bar(c, "m-share"),
    ]
    others = c.pick_others(10)
    body = _blocks(c, p=lambda h: f"<p>{h}</p>", heading=lambda tag, h: f'<h2 class="m-heading">{h}</h2>',
                   quote=lambda h: f"<blockquote>{h}</blockquote>", ul=("<ul>", "</ul>"),
                   li=lambda h: f"<li>{h}</li>")
    inserts: list[tuple[int, str]] = []
    for k, o in zip((0, 3), others[:2], strict=False):
        c.snip(f"Related fact check: {o.title}")
        inserts.append((k, '<p class="m-related-inline"><strong>Related fact check:</strong> <a '
                           f'href="{esc(o.path)}">'
                           f"{esc(o.title)}</a></p>"))
    signup = c.snip(f"Get the week's fact checks from {pub.name} in your inbox every Friday.")
    inserts.append((2, f'<div class="m-newsletter-inline"><p>{esc(signup)}</p><input type="email" '
                       'placeholder="Your email"><button>Sign up</button></div>'))
    lines += ['<div class="m-textblock">', *_insert_after(body, "<p>", inserts), "</div>"]
    sources = [f"{g['source']}, {_fc_date(claim_day)}", *g["sources"]]
    for x in sources:
        c.snip(x)
    scale = FC_SCALES[c.stable("fc-scale").randrange(len(FC_SCALES))]
    method = c.snip(f"We rate claims on a five-point scale, from {scale[0]} to {scale[-1]}. Read more about "
                    "how we rate claims.")
    lines += [
        '<section class="m-sources"><h3>Our Sources</h3><ul>',
        *[f"<li>{esc(x)}</li>" for x in sources],
        "</ul></section>",
        f'<div class="m-method"><p>{esc(method)}</p></div>',
        f'<div class="m-feedback"><p>{esc(c.snip("Was this fact check helpful to you?"))}</p>'
        "<button>Yes</button> <button>No</button></div>",
        '<p class="m-correction">'
        f'{esc(c.snip("Spotted an error? Tell us about it and we will correct it."))}</p>',
    ]
    if c.has("bio"):
        lines += [
            '<div class="m-bio"><h3>About the author</h3>',
            f'<p class="m-bio__name">{esc(s.author.name)}</p>',
            f'<p class="m-bio__text">{esc(c.bio())}</p>',
            "</div>",
        ]
    lines += [
        "</article>",
        f'<aside class="m-more"><h3>{esc(c.snip(f"More fact checks from {pub.name}"))}</h3><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:7]],
        "</ul></aside>",
        "</main>",
    ]
    ifcn = c.snip(f"{pub.name} is a verified signatory of the International Fact-Checking Network's Code of "
                  "Principles.")
    fund = c.snip(f"{pub.name} is a project of the {place} Journalism Trust, a nonprofit organisation. Read "
                  "about our funding.")
    c.snip(" ".join(FC_FOOTER))
    lines += [
        '<footer class="c-footer">',
        '<div class="c-footer__ifcn"><img src="/static/img/ifcn-badge.png" alt="IFCN '
        f'signatory"><p>{esc(ifcn)}</p></div>',
        f'<p class="c-footer__fund">{esc(fund)}</p>',
        "<ul>", *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in FC_FOOTER], "</ul>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    return _finish(c, lines, "c-cookie", "Accept")


# --- met-service-newsroom ----------------------------------------------------------------------


class MetLand(NamedTuple):
    """A weather service's country, by the publisher's zone."""

    country: str
    south: bool  # in the southern hemisphere (January to March is summer)
    imperial: bool  # °F, mph and inches (else °C, mm and cm; km/h but in the UK)
    colours: tuple[str, str, str]  # the warning levels, lowest first ("" where warnings are named)


MET_LANDS: dict[str, MetLand] = {
    "America/New_York": MetLand("us", False, True, ("", "", "")),
    "America/Chicago": MetLand("us", False, True, ("", "", "")),
    "America/Denver": MetLand("us", False, True, ("", "", "")),
    "America/Los_Angeles": MetLand("us", False, True, ("", "", "")),
    "Europe/London": MetLand("uk", False, False, ("yellow", "amber", "red")),
    "Europe/Dublin": MetLand("ie", False, False, ("yellow", "orange", "red")),
    "America/St_Johns": MetLand("ca", False, False, ("", "", "")),
    "Asia/Kolkata": MetLand("in", False, False, ("yellow", "orange", "red")),
    "Australia/Sydney": MetLand("au", True, False, ("", "", "")),
    "Pacific/Auckland": MetLand("nz", True, False, ("yellow", "orange", "red")),
    "Africa/Johannesburg": MetLand("za", True, False, ("yellow", "orange", "red")),
}
# the named products of the services that name their warnings, by hazard
MET_PRODUCTS = {
    "us": {"wind": "High Wind Warning", "rain": "Flood Watch", "snow": "Winter Storm Warning",
           "cold": "Extreme Cold Warning", "heat": "Extreme Heat Warning", "storm": "Severe Thunderstorm "
                                                                                    "Watch"},
    "ca": {"wind": "wind warning", "rain": "rainfall warning", "snow": "snowfall warning",
           "cold": "extreme cold warning", "heat": "heat warning", "storm": "severe thunderstorm watch"},
    "au": {"wind": "Severe Weather Warning for damaging winds", "rain": "Severe Weather Warning for heavy "
                                                                        "rainfall",
           "heat": "Heatwave Warning", "storm": "Severe Thunderstorm Warning", "cold": "frost warning",
           "snow": "Severe Weather Warning for snow"},
}
MET_STORM_NAMES = ("Alma", "Bram", "Cora", "Dara", "Eunice", "Fergus", "Gerrit", "Henk", "Isha", "Jocelyn",
                   "Kathleen", "Lilian", "Malik", "Nessa", "Otto", "Pia", "Ronan", "Sian", "Tomas", "Vera")
MET_ROLES = ("Chief Meteorologist", "Deputy Chief Meteorologist", "Operational Meteorologist",
             "Senior Forecaster",
             "Duty Forecaster")
MET_MENU = ("Weather", "Warnings", "Maps & charts", "Climate", "Research", "Learn about weather", "News",
            "About us")
MET_FOOTER = ("Accessibility", "Cookies", "Privacy notice", "Freedom of information", "Contact us", "Careers")
MET_CAPTIONS = (
    "A satellite image of the weather system approaching on {day}.",
    "Waves break over the harbour wall at {town}.",
    "Snow on higher ground above {town}.",
    "A weather observing station at {town}.",
    "Storm clouds gather over {town}.",
    "Flood water on farmland near {town}.",
)
MET_CREDITS = ("Image: EUMETSAT", "Image: {site}", "Photo: {person}", "Photo: {person} / Weather Watchers",
               "Image: NASA Worldview")
MET_QUOTES = {
    "wind": ("This is a spell of very strong winds, and we urge people to check the forecast before they "
             "travel",
             "Gusts of this strength can bring down trees and power lines, so people should take care",
             "The strongest winds will come through in a short window, but that is when most of the "
             "disruption is likely"),
    "rain": ("With the ground already saturated, more rain will quickly lead to flooding",
             "Rivers are high after a wet few weeks, and it will not take much more rain for them to burst "
             "their banks",
             "Some places could see a month's worth of rain in little more than a day"),
    "snow": ("Snow will settle quickly on untreated roads, and some rural communities could be cut off",
             "The heaviest snow is most likely over higher ground, but even low levels could see a few "
             "centimetres",
             "Temperatures will fall well below freezing overnight, so icy stretches will be a hazard too"),
    "heat": ("Temperatures like these are dangerous for the elderly, young children and people working "
             "outdoors",
             "The hottest spell of the summer so far will peak over the next two days",
             "Nights will stay very warm, which gives people little chance to recover from the heat"),
    "storm": ("Thunderstorms can develop very quickly, bringing large hail, damaging gusts and flash "
              "flooding",
              "Not everyone will see a storm, but where they do form they could be severe",
              "The storms will be hit and miss, so keep an eye on the radar through the afternoon"),
    "summary": ("A single month does not make a trend, but this fits the pattern we expect in a warming "
                "climate",
                "These figures are provisional and may change slightly once all station data is checked",
                "It has been a remarkable month, with records broken at stations with very long series"),
}
MET_ADVICE = {
    "wind": ("secure loose objects such as bins, garden furniture and trampolines",
             "allow extra time for journeys and check for cancellations before setting out",
             "stay away from the coast where large waves can sweep people off their feet",
             "keep phones charged in case of power cuts"),
    "rain": ("never drive or walk through flood water", "check the latest flood alerts for your area",
             "move valuables upstairs if your home is at risk of flooding",
             "allow extra time for journeys as spray and standing water will make driving difficult"),
    "snow": ("travel only if necessary and carry a blanket, food and water in the car",
             "check on elderly neighbours and relatives", "keep paths and steps clear of snow and ice",
             "expect delays and cancellations to bus and rail services"),
    "heat": ("drink plenty of water and avoid alcohol",
             "stay out of the sun during the hottest part of the day",
             "check on older neighbours and people who live alone",
             "never leave children or pets in parked cars"),
    "storm": ("bring pets indoors and move cars under cover if hail is forecast",
              "unplug computers and other electrical appliances during a storm",
              "stay indoors and away from windows while the storm passes",
              "do not shelter under trees if you are caught outside"),
}


def _met_units(land: MetLand) -> dict[str, str]:
    return {"t": "°F" if land.imperial else "°C",
            "w": "mph" if land.imperial or land.country == "uk" else "km/h",
            "r": "in" if land.imperial else "mm", "s": "in" if land.imperial else "cm"}


def _met_t(land: MetLand, celsius: float) -> str:
    return f"{round(celsius * 9 / 5 + 32)}°F" if land.imperial else f"{round(celsius)}°C"


def _met_w(land: MetLand, kmh: int) -> str:
    if land.imperial or land.country == "uk":
        return f"{5 * round(kmh * 0.621 / 5)} mph"
    return f"{10 * round(kmh / 10)} km/h"


def _met_r(land: MetLand, mm: int) -> str:
    return f"{mm / 25.4:.1f} inches" if land.imperial else f"{mm} mm"


def _met_s(land: MetLand, cm: int) -> str:
    return f"{max(1, round(cm / 2.54))} inches" if land.imperial else f"{cm} cm"


def _met_warning(land: MetLand, hazard: str, level: int) -> str:
    """The warning as the text names it ("a yellow warning for wind", "a Winter Storm Warning")."""
    if land.country in MET_PRODUCTS:
        product = MET_PRODUCTS[land.country][hazard]
        return f"{'an' if product[0] in 'AEIOUaeiou' else 'a'} {product}"
    colour = land.colours[level]
    word = "alert" if land.country == "in" else "warning"
    return f"{'an' if colour[0] in 'aeiou' else 'a'} {colour} {word} for {hazard}"


def _met_kind(land: MetLand, r: random.Random, month: int) -> str:
    """What a release is about: a warning's hazard (the season's, by the hemisphere; in India the heat
    comes in March) or "summary", a month's statistics."""
    if land.south:
        return r.choice(("heat", "heat", "storm", "rain", "summary"))
    if land.country == "in":
        return r.choice(("rain", "storm", "heat" if month >= 3 else "rain", "summary"))
    return r.choice(("wind", "wind", "rain", "snow", "summary"))


def _met_clock(dt: datetime, land: MetLand) -> str:
    if land.country == "us":
        return f"{dt.hour % 12 or 12}{'am' if dt.hour < 12 else 'pm'}"
    return f"{dt:%H:%M}"


def _met_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    """The weather a story reports on, and its headline."""
    r = random.Random(f"{c.pub.host}-wx-{k}-{attempt}")
    land = MET_LANDS.get(c.pub.tz, MET_LANDS["Europe/London"])
    story = c.others[k]
    d = story.published
    kind = _met_kind(land, r, d.month)
    home = _place(c)
    towns = r.sample([p for p in places("en") if p != home], 4)
    start = (d + timedelta(days=r.randint(0, 2))).replace(hour=r.choice((0, 3, 6, 9, 12, 15, 18)), minute=0)
    end = start + timedelta(hours=r.choice((12, 18, 24, 30, 36)))
    day = EN_DAYS[start.weekday()]
    level = r.choice((0, 0, 0, 1, 1, 2))
    name = r.choice(MET_STORM_NAMES) if kind == "wind" and land.country in ("uk", "ie") else ""
    g: dict[str, Any] = {"kind": kind, "land": land, "towns": towns, "home": home, "start": start, "end": end,
                         "day": day, "level": level, "name": name, "seed": f"{k}-{attempt}",
                         "forecaster": EnglishProse(r).person(), "role": r.choice(MET_ROLES)}
    when = "this weekend" if start.weekday() >= 5 else f"on {day}"
    month = MONTHS["en"][(d.month - 2) % 12]
    g["month"] = month
    g["year"] = d.year if d.month > 1 else d.year - 1
    titles: tuple[str, ...]
    hazard = {"wind": "wind", "rain": "rain", "snow": "snow", "heat": "heat", "storm": "storm"}.get(kind, "")
    g["hazard"] = hazard
    if hazard:
        g["warning"] = _met_warning(land, hazard, level)
    if kind == "wind":
        gust = r.randint(9, 13) * 10
        g["gust"] = gust
        titles = ((f"Storm {name} to bring damaging gusts and heavy rain {when}",
                   f"Storm {name}: gusts of up to {_met_w(land, gust + 20)} possible on exposed coasts",
                   f"{_cap(land.colours[level])} wind warning issued as Storm {name} approaches")
                  if name else
                  (f"Very strong winds expected across {home} and {towns[0]} {when}",
                   f"Damaging gusts of up to {_met_w(land, gust + 20)} forecast {when}",
                   f"Wind warning issued for {home}, {towns[0]} and {towns[1]}",
                   f"Gales to bring disruption to travel {when}"))
    elif kind == "rain":
        g["rain"] = r.randint(4, 12) * 10
        titles = (f"Heavy rain brings risk of flooding to {home} {when}",
                  f"Up to {_met_r(land, g['rain'] + 30)} of rain could fall in parts of the region {when}",
                  f"Flood risk rises as more heavy rain heads for {towns[0]}",
                  f"Rain warning issued as rivers rise around {home}")
    elif kind == "snow":
        g["snow"] = r.randint(3, 25)
        titles = (f"Snow and ice warning as temperatures plunge {when}",
                  f"Up to {_met_s(land, g['snow'] + 10)} of snow expected on higher ground {when}",
                  f"Cold snap to bring snow to {home} and {towns[0]}",
                  f"Ice and snow set to disrupt travel {when}")
    elif kind == "heat":
        g["temp"] = r.randint(36, 44) if land.country in ("au", "za", "in") else r.randint(29, 33)
        titles = (f"Heatwave to peak {when} with temperatures up to {_met_t(land, g['temp'])}",
                  f"Hot and humid conditions to continue across {home} {when}",
                  f"Heat warning issued for {home} and {towns[0]}",
                  f"Temperatures to reach {_met_t(land, g['temp'])} in {towns[0]} {when}")
    elif kind == "storm":
        titles = (f"Severe thunderstorms possible across {home} and {towns[0]} {when}",
                  f"Thunderstorms bring risk of hail and flash flooding {when}",
                  f"Storm warning for {home} as humid air builds",
                  f"Large hail and damaging gusts possible {when}")
    else:
        sup = r.choice(("wettest", "warmest", "sunniest", "driest", "dullest"))
        g["sup"] = sup
        g["series"] = r.randint(1870, 1960)  # the home station's records start
        g["since"] = r.randint(g["series"] + 5, g["year"] - 3)  # the region's last month like it
        g["previous"] = r.randint(g["series"] + 10, g["year"] - 5)  # the home station's previous record
        titles = (f"{month} {g['year']} was the {sup} on record at {home}",
                  f"{_cap(sup)} {month} since {g['since']} for parts of the region, provisional figures show")
    return r.choice(titles), g


def _met_text(c: Ctx, g: dict[str, Any]) -> None:
    """The release's text: the overview, the detail by place, the forecaster's words, the impacts and the
    advice (a list the text introduces), the outlook; or, for a month's summary, the figures, a table
    of stations (one line per row), a climate scientist's words and the record."""
    s = c.story
    r = random.Random(f"{c.pub.host}-wx-text-{g['seed']}")
    g = {"gust": 90, "rain": 60, "snow": 10, "temp": 30, **g}  # every kind's texts are written, one is kept
    land: MetLand = g["land"]
    site = c.pub.name
    towns: list[str] = g["towns"]
    home = g["home"]
    kind = g["kind"]
    start, end = g["start"], g["end"]
    quote = r.choice(MET_QUOTES[kind])
    said = f"“{quote},” said {g['forecaster']}, {g['role']} at {site}."
    blocks: list[tuple[str, str]] = []
    if kind == "summary":
        yr = g["year"]
        mean = r.uniform(2, 9) if not land.south else r.uniform(19, 26)
        rows = []
        for town in [home, *towns]:
            t = mean + r.uniform(-2.5, 2.5)
            diff = r.uniform(-0.6, 2.4)
            rain = r.randint(20, 190)
            if land.imperial:
                rows.append(f"{town} {round(t * 9 / 5 + 32, 1)}°F {diff * 9 / 5:+.1f}°F {rain / 25.4:.2f} in "
                            f"{r.randint(0, 14)} in")
            else:
                rows.append(f"{town} {t:.1f}°C {diff:+.1f}°C {rain} mm {r.randint(30, 240)} hours")
        head = ("Station Mean temperature Departure from normal Precipitation Snowfall" if land.imperial else
                "Station Mean temperature Difference from average Rainfall Sunshine")
        pct = {"wettest": r.randint(150, 230), "driest": r.randint(12, 45)}.get(g["sup"], r.randint(70, 130))
        warm = ("well above" if g["sup"] == "warmest" else
                r.choice(("a little above", "close to", "a little below")))
        paras = [
            [f"Provisional figures from {site} show {g['month']} {yr} was the {g['sup']} on record at "
             f"{home}, in a series going back to {g['series']}.",
             f"Across the region as a whole, it was the {g['sup']} {g['month']} since {g['since']}."],
            [f"The mean temperature for the region was {_met_t(land, mean)}, {warm} the 1991-2020 average.",
             f"Rainfall totalled {pct}% of the average for the month, with the most falling in the first and "
             "last weeks."],
            ["The table below shows the provisional figures for a selection of stations across the region."],
            [said, f"Climate records at {home} have been kept by volunteers and, later, by {site} for more "
                   "than a century."],
            [f"The previous {g['sup']} {g['month']} at {home} was in {g['previous']}, and three of the five "
             f"{g['sup']} on record have come since {r.randint(1995, 2012)}.",
             f"{site} will publish its full monthly summary, with maps and station data, later this month."],
        ]
        for n, p in enumerate(paras):
            blocks.append(("p", " ".join(p)))
            if n == 2:
                blocks.append(("row", head))
                blocks += [("row", x) for x in rows]
        blocks.insert(4 + len(rows), ("h2", "How the month compared"))
    else:
        clock = f"{_met_clock(start, land)} {EN_DAYS[start.weekday()]}"
        until = f"{_met_clock(end, land)} {EN_DAYS[end.weekday()]}"
        who = g["warning"]
        day = g["day"]
        gust, rain, snow, temp = g["gust"], g["rain"], g["snow"], g["temp"]
        first = r.choice({
            "wind": ((f"Storm {g['name']} is expected to bring very strong winds and heavy rain from {day}.",
                      f"Storm {g['name']}, the latest named storm of the season, will bring a spell of very "
                      f"strong winds from {day}.") if g["name"] else
                     (f"A deep area of low pressure is expected to bring very strong winds from {day}.",
                      f"A vigorous low pressure system will bring a spell of very strong winds from {day}.")),
            "rain": (f"A slow-moving band of heavy rain is expected to move across the region on {day}.",
                     f"Persistent and at times heavy rain will fall on already saturated ground on {day}."),
            "snow": (f"Snow and ice are expected to bring disruption to parts of the region from {day}.",
                     "Cold air moving in from the north will bring snow showers and widespread ice from "
                     f"{day}."),
            "heat": (f"Hot conditions are set to build across the region, peaking on {day}.",
                     f"A heatwave is building across the region, with the highest temperatures on {day}."),
            "storm": (f"Severe thunderstorms could develop across the region on {day} afternoon.",
                      f"Heat and humidity will set off thunderstorms across the region on {day}, some of "
                      "them severe."),
        }[kind])
        detail = {
            "wind": [f"Gusts of {_met_w(land, gust - 20)} to {_met_w(land, gust)} are likely inland, with "
                     f"{_met_w(land, gust + 20)} possible on exposed coasts and hills.",
                     f"The strongest winds are expected around {towns[0]} and {towns[1]} during the "
                     f"{r.choice(('afternoon', 'evening', 'night'))}."],
            "rain": [f"Between {_met_r(land, rain - 30)} and {_met_r(land, rain)} of rain is likely widely, "
                     f"with up to {_met_r(land, rain + 30)} over higher ground.",
                     f"Rivers around {towns[0]} and {towns[1]} are already high after a wet month."],
            "snow": [f"Between {_met_s(land, max(2, snow - 5))} and {_met_s(land, snow)} of snow could "
                     f"settle on higher ground, with up to {_met_s(land, snow + 10)} on the highest routes.",
                     f"Lower-lying places such as {towns[0]} are more likely to see sleet, with icy patches "
                     "overnight."],
            "heat": [f"Temperatures are expected to reach {_met_t(land, temp)} in {towns[0]} and "
                     f"{_met_t(land, temp - 2)} in {home}, well above the average for the time of year.",
                     f"Overnight temperatures will stay above {_met_t(land, temp - 14)} in many places."],
            "storm": [f"Where storms develop, {_met_r(land, 30)} of rain could fall in an hour, with hail up "
                      f"to {_met_s(land, 3)} across and gusts of {_met_w(land, 90)}.",
                      f"Places in the {r.choice(('north', 'west', 'east'))} of the region, including "
                      f"{towns[0]} and {towns[1]}, are most at risk."],
        }[kind]
        impacts = r.sample({
            "wind": ("Power cuts are possible, and there is a chance of damage to buildings and trees.",
                     "Road, rail, air and ferry services are likely to be affected, with some journeys "
                     "taking longer.",
                     "Fallen trees could block roads, and some bridges may close to high-sided vehicles."),
            "rain": ("Homes and businesses could be flooded, and some communities may be cut off by flooded "
                     "roads.",
                     "Bus and train services are likely to be delayed or cancelled.",
                     "Fast-flowing or deep flood water could put lives at risk."),
            "snow": ("Some rural communities could be cut off, and there may be delays on roads and "
                     "railways.",
                     "Power cuts are possible, and mobile phone coverage may be affected.",
                     "Icy patches will make injuries from slips and falls more likely."),
            "heat": ("Heat-related illness is possible, particularly among vulnerable people.",
                     "There may be delays on roads and railways, and demand for water and power will be "
                     "high.",
                     "The risk of grass and bush fires will be high in rural areas."),
            "storm": ("Flash flooding of homes and roads is possible, and lightning could damage power "
                      "lines.",
                      "Hail could damage cars, crops and roofs.",
                      "Sudden strong gusts could bring down branches and damage temporary structures."),
        }[kind], 2)
        outlook = r.choice({
            "wind": ("The wind will ease from the west by the following morning, with a colder but "
                     "brighter day to follow.",
                     "Another area of low pressure could bring more unsettled weather towards the end of "
                     "next week."),
            "rain": ("Drier weather is expected to follow, although further showers are possible later "
                     "in the week.",
                     "River levels may stay high for several days after the rain has stopped."),
            "snow": ("Milder air is expected to arrive later in the week, bringing a thaw and a risk of "
                     "flooding from melting snow.",
                     "The cold weather is likely to continue into next week, with more frost at night."),
            "heat": ("A cooler change is expected to reach the region later in the week, with showers "
                     "and gusty winds.",
                     "Temperatures will ease slightly at the weekend but stay above average into next week."),
            "storm": ("More settled weather is expected to return by the weekend.",
                      "Further storms are possible later in the week as the humid air lingers."),
        }[kind])
        p1 = [first, f"{site} has issued {who} for {home}, {towns[0]} and {towns[1]}, in force from {clock} "
                     f"until {until}."]
        if g["level"] and land.country not in MET_PRODUCTS:
            word = "alert" if land.country == "in" else "warning"
            p1.append(f"It is the first {land.colours[g['level']]} {word} for the region this "
                      f"{'summer' if land.south else 'winter'}.")
        paras = [p1, detail, [said], impacts]
        blocks = [("p", " ".join(p)) for p in paras]
        blocks.append(("h2", r.choice(("What you can do", "Advice", "Staying safe"))))
        blocks.append(("p", r.choice(("People in the warning area are advised to:",
                                      f"{site} and the emergency services are advising people to:"))))
        blocks += [("li", _cap(x) + ".") for x in r.sample(MET_ADVICE[kind], 3)]
        blocks.append(("h2", r.choice(("The week ahead", "Looking ahead", "What happens next"))))
        blocks.append(("p", outlook))
    # to 250 words or more: the detail grows with more of the same kind
    filler = {
        "wind": "Large waves are likely on the coast, and spray and debris could make coastal roads "
                "dangerous.",
        "rain": "Surface water flooding is most likely in towns, where drains can quickly be overwhelmed.",
        "snow": "Gritting teams will be out on main roads, but side roads and pavements may stay icy.",
        "heat": "The UV index will be very high, and sunburn can happen in less than 15 minutes.",
        "storm": "Storms are expected to move quickly from the west, clearing by late evening.",
        "summary": "Several stations recorded their highest daily totals of the season during the month.",
    }[kind]
    extra = [f"The forecast will be kept under review, and {site} may update or extend the warning over the "
             "coming days.",
             "Local authorities and emergency services have been briefed and are preparing their response.",
             f"Forecasts for {towns[2]} and {towns[3]} are available on the {site} website and app.",
             "Observations from the network of weather stations across the region are published every hour.",
             "Conditions can change quickly, so people are encouraged to check the forecast regularly.",
             f"The latest warnings are also shared with broadcasters and on the {site} social media "
             "channels."]
    if kind == "summary":
        extra = ["Sunshine was close to average in most places, though coastal stations saw less than usual.",
                 f"Frost was recorded on {r.randint(2, 14)} nights at {towns[0]}, fewer than in a typical "
                 "month.",
                 f"The highest temperature of the month was recorded at {towns[1]}.",
                 f"Snow or hail fell on {r.randint(1, 6)} days at {towns[2]}, while {towns[3]} had the most "
                 "rain.",
                 "Long-term averages are calculated over the thirty years from 1991 to 2020."]
    r.shuffle(extra)
    extra.insert(0, filler)
    paras_at = [i for i, (tag, _) in enumerate(blocks) if tag == "p"]
    sentences = {i: [blocks[i][1]] for i in paras_at}
    k = 0
    while sum(_words(t) for _, t in blocks if _words(t) > 6) < 250 and extra:
        at = paras_at[[1, 3, 0][k % 3] % len(paras_at)]
        sentences[at].append(extra.pop(0))
        blocks[at] = ("p", " ".join(sentences[at]))
        k += 1
    s.blocks = blocks
    s.sentences = [sentences.get(i, [t] if tag in ("li", "row") else []) for i, (tag, t) in enumerate(blocks)]


def _met_stamp(dt: datetime, land: MetLand) -> str:
    if land.country == "us":
        return _en_date(dt)
    return f"{dt.day} {MONTHS['en'][dt.month - 1]} {dt.year}"


def render_met_service_newsroom(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    land = MET_LANDS.get(pub.tz, MET_LANDS["Europe/London"])
    g: dict[str, Any] = _retitle(c, _met_plan)
    form = c.stable("met-url").choice(("press", "aspx", "dated"))
    ids: dict[int, int] = {}
    n = c.stable("met-id0").randint(1200, 8800)
    for o in c.others:
        n += c.stable(f"met-id-{o.published}").randint(1, 9)
        ids[id(o)] = n

    def path(o: Story) -> str:
        slug = _aslug(o.title)[:80].strip("-")
        if form == "press":
            return f"/about-us/press-office/news/weather-and-climate/{o.published.year}/{slug}"
        if form == "aspx":
            return f"/News/Article.aspx?NewsID={ids[id(o)]}&Category=Media+Release"
        return f"/media-releases/{o.published:%Y%m%d}-{slug}/"

    c.repath(path)
    _met_text(c, g)
    _fit(c)
    home = g["home"]
    summary_r = c.stable(f"met-sum-{s.title}")
    standfirst = {
        "wind": "Strong winds and heavy rain are expected to cause disruption, with warnings in force.",
        "rain": "Warnings are in force as heavy and persistent rain moves across the region.",
        "snow": "Snow and ice warnings have been issued as a cold spell takes hold.",
        "heat": "Temperatures are set to climb well above average over the coming days.",
        "storm": "Some places could see large hail, damaging gusts and intense downpours.",
        "summary": f"Provisional statistics for {g['month']} show a notable month for the region.",
    }[g["kind"]] if summary_r.random() < 0.8 else ""
    utc = d.astimezone(UTC)
    head = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} - News releases - {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(standfirst or s.title)}">',
        f'<meta name="dcterms.title" content="{esc(s.title)}">',
        f'<meta name="dcterms.issued" content="{utc:%Y-%m-%dT%H:%M:%S}Z">',
        f'<meta name="dcterms.creator" content="{esc(pub.name)} Press Office">',
        '<meta name="dcterms.language" content="en">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        '<body class="page-news-release">',
    ]
    lines = head
    agency = c.snip(f"An agency of the Department of Environment, Climate and Water. {pub.name} provides "
                    "official weather forecasts and warnings.")
    lines += [
        '<a class="skip-link" href="#content">Skip to main content</a>',
        f'<div class="gov-banner"><p>{esc(agency)}</p></div>',
        '<header class="site-header">',
        f'<a class="site-header__logo" href="/"><img src="/assets/img/logo.svg" alt="{esc(pub.name)}"></a>',
        '<form class="site-search" action="/search"><label for="q">Search for a place or postcode</label>'
        '<input id="q" name="q" type="search"></form>',
        '<nav class="site-nav"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in MET_MENU],
        "</ul></nav>",
        "</header>",
    ]
    c.snip(" ".join(MET_MENU[:4]))
    c.snip("Search for a place or postcode")
    # the warnings in force when the page was served (another story's weather, or none)
    served = d + timedelta(hours=c.stable(f"met-served-{s.title}").randint(1, 40))
    wr = c.stable(f"met-banner-{served.date()}")
    if wr.random() < 0.7:
        hazard = wr.choice(("wind", "rain", "snow") if not land.south else ("heat", "storm", "rain"))
        until = served + timedelta(hours=wr.randint(6, 30))
        text = c.snip(f"{_cap(_met_warning(land, hazard, 0).split(' ', 1)[1])} in force for "
                      f"{wr.choice(g['towns'])} until {_met_clock(until, land)} {EN_DAYS[until.weekday()]}")
        lines.append(f'<div class="warnings-banner" role="alert"><a href="/warnings">{esc(text)}</a></div>')
    c.snip("Home › About us › Press office › News releases")
    lines += [
        '<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>',
        '<li><a href="/">Home</a> ›</li> <li><a href="/about-us">About us</a> ›</li> <li><a '
        'href="/about-us/press-office">Press office</a> ›</li> <li><a href="/news">News releases</a></li>',
        "</ol></nav>",
        '<main id="content" class="news-release">',
        f'<h1 class="news-release__title">{esc(s.title)}</h1>',
    ]
    if standfirst:
        lines.append(f'<p class="news-release__summary">{esc(standfirst)}</p>')
    author = ("Press Office" if c.stable("met-author").random() < 0.5
              else f"{s.author.name}, {c.stable(f'met-r-{s.author.name}').choice(MET_ROLES)}")
    c.snip(f"Author: {author}")
    lines += [
        '<dl class="news-release__meta">',
        f"<dt>Author:</dt> <dd>{esc(author)}</dd>",
        f"<dt>Published:</dt> <dd>{_met_stamp(d, land)}</dd>",
        "</dl>",
        _share_bar(c, "share-links"),
    ]
    pr = c.stable(f"met-img-{s.title}")
    cap = pr.choice(MET_CAPTIONS).format(day=g["day"], town=pr.choice(g["towns"]))
    credit = pr.choice(MET_CREDITS).format(site=pub.name, person=EnglishProse(pr).person())
    c.snip(f"{cap} {credit}")
    lines.append('<figure class="news-release__image"><img '
                 f'src="/binaries/content/gallery/news/{_hex(c.rng, 14)}.jpg" alt=""><figcaption>{esc(cap)} '
                 f'<span class="credit">{esc(credit)}</span></figcaption></figure>')
    body = _blocks(c, p=lambda h: f"<p>{h}</p>", heading=lambda tag, h: f"<h2>{h}</h2>",
                   quote=lambda h: f"<blockquote>{h}</blockquote>", ul=("<ul>", "</ul>"),
                   li=lambda h: f"<li>{h}</li>",
                   skip=("row",))
    rows = [t for tag, t in s.blocks if tag == "row"]
    if rows:
        cells = [x.split(" ") for x in rows]

        def row(words: list[str], tag: str) -> str:
            # the station's name (one or two words), then the four figures with their units
            if words is cells[0]:
                heads = ("Station", "Mean temperature", "Departure from normal" if land.imperial
                         else "Difference from average", "Precipitation" if land.imperial else "Rainfall",
                         "Snowfall" if land.imperial else "Sunshine")
                return "<tr>\n" + "\n".join(f"<{tag}>{x}</{tag}>" for x in heads) + "\n</tr>"
            n = len(words) - 6
            name, rest = " ".join(words[:n]), words[n:]
            vals = [rest[0], rest[1], " ".join(rest[2:4]), " ".join(rest[4:6])]
            return "<tr>\n" + "\n".join(f"<{tag}>{esc(x)}</{tag}>" for x in [name, *vals]) + "\n</tr>"

        table = ('<table class="table">\n<thead>\n' + row(cells[0], "th") + "\n</thead>\n<tbody>\n"
                 + "\n".join(row(x, "td") for x in cells[1:]) + "\n</tbody>\n</table>")
        # after what `_blocks` made of the blocks before the first row (a run of list items is one list)
        before = s.blocks[: next(i for i, (tag, _) in enumerate(s.blocks) if tag == "row")]
        at = sum(1 for i, (tag, _) in enumerate(before) if tag != "li" or i == 0 or before[i - 1][0] != "li")
        body.insert(at, table)
    inserts: list[tuple[int, str]] = []
    if g["kind"] != "summary":
        box = [f"{_cap(g['warning'].split(' ', 1)[1])}",
               f"Areas affected: {home}, {g['towns'][0]}, {g['towns'][1]}",
               f"Valid from: {_met_clock(g['start'], land)} {EN_DAYS[g['start'].weekday()]} "
               f"{_met_stamp(g['start'], land)}",
               f"Valid to: {_met_clock(g['end'], land)} {EN_DAYS[g['end'].weekday()]} "
               f"{_met_stamp(g['end'], land)}"]
        for x in box:
            c.snip(x)
        level = land.colours[g["level"]] or "named"
        inserts.append((0, '<aside class="warning-summary '
                           f'warning-summary--{level}"><h3>{esc(box[0])}</h3>\n<p>'
                           + "</p>\n<p>".join(esc(x) for x in box[1:])
                           + "</p>\n"
                           f'<a href="/warnings">{esc(c.snip("View the full warning details"))}</a></aside>'))
    cta = c.snip(f"Check the latest forecast for {home} and your area")
    # after the third paragraph (after the first in a summary: the third introduces the table)
    cta_html = f'<p class="cta"><a href="/forecast/{_aslug(home)}">{esc(cta)}</a></p>'
    inserts.append((0 if rows else 2, cta_html))
    lines += ['<div class="news-release__body rich-text">', *_insert_after(body, "<p>", inserts), "</div>"]
    phone = (f"0{c.stable('met-tel').randint(300, 399)} {c.stable('met-tel2').randint(100, 999)} "
             f"0{c.stable('met-tel3').randint(100, 999)}")
    press = c.snip(f"Journalists can contact the press office on {phone} or at press@{pub.host}. The press "
                   "office is staffed 24 hours a day.")
    updated = d + timedelta(days=c.stable(f"met-upd-{s.title}").randint(0, 9))
    related = ["Weather warnings", f"{home} forecast", f"Climate averages for {home}", "Flood alerts"]
    c.snip(" ".join(related[:2]))
    lines += [
        f'<aside class="media-enquiries"><h2>Media enquiries</h2><p>{esc(press)}</p></aside>',
        '<aside class="related-links"><h2>Related links</h2><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in related],
        "</ul></aside>",
        f'<div class="page-feedback"><p>{esc(c.snip("Is this page useful to you?"))}</p><button>Yes</button> '
        "<button>No</button></div>",
        '<p class="last-updated">'
        f'{esc(c.snip(f"This page was last updated: {_met_stamp(updated, land)}"))}</p>',
        "</main>",
    ]
    others = c.pick_others(6)
    lines += [
        f'<section class="more-news"><h2>{esc(c.snip(f"Latest from the {pub.name} press office"))}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[:4]],
        "</ul></section>",
    ]
    licence = c.snip({"us": "Information presented on this website is considered public information and may "
                            "be distributed or copied.",
                      "uk": "All content is available under the Open Government Licence v3.0, except where "
                            "otherwise stated."}.get(land.country,
                                           "Forecasts, warnings and observations on this site are produced "
                                                         f"by {pub.name} meteorologists, 24 hours a day."))
    c.snip(" ".join(MET_FOOTER))
    lines += [
        '<footer class="site-footer">',
        "<ul>", *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in MET_FOOTER], "</ul>",
        f"<p>{esc(licence)}</p>",
        f"<p>{esc(c.snip(f'© Crown copyright {d.year}' if land.country == 'uk' else c.pick('copyright')))}"
        "</p>",
        "</footer>",
    ]
    return _finish(c, lines, "cookie-banner", "Accept all cookies")


# --- discourse-community-forum -----------------------------------------------------------------

DC_CATEGORIES = (("Community News", "0088CC"), ("Announcements", "BF1E2E"), ("Council & Planning", "3AB54A"),
                 ("Local News", "F7941D"))
DC_TITLES = ("News Team", "Community Editor", "Volunteer Reporter", "Moderator")
DC_TAGS = ("council", "roads", "consultation", "planning", "schools", "transport", "events", "environment")
DC_REPLIES = (
    "Thanks for posting this.", "This has been a long time coming.",
              "Is there a link to the official notice?",
    "Good news, but I will believe it when I see it.", "I went to the last meeting and it was packed.",
    "Does anyone know if this affects the north end of town?", "Shared this with our street's group chat.",
    "Great write-up, thank you.", "We were not told about any of this.",
              "Can someone explain what happens next?",
    "Same thing happened a few years ago and nobody listened.", "Really useful, I had no idea.",
)
DC_REPLY_MORE = (
    "Our road already gets all the traffic when anything closes.", "I have emailed my councillor about it.",
    "Would be good to know who to contact with questions.", "Happy to help if anyone needs a lift.",
    "I'll print this off for my neighbour who isn't online.",
                 "The notice on the lamp post says something different.",
    "Fingers crossed it goes better than last time.",
                 "Is anyone from the council actually reading this forum?",
)
DC_CATEGORY_OF = {"roadworks": ("Announcements", "Local News"), "service": ("Announcements", "Local News"),
                  "consultation": ("Council & Planning", "Council & Planning"),
                  "event": ("Community News", "Community News"), "meeting": ("Community News",
                                                                             "Council & Planning")}
DC_LINKS = ("Website", "Newsletter", "Events", "Donate")
DC_BANNER = ("Welcome to {name}! Please read our community guidelines before you post.",
             "New here? Introduce yourself in the Welcome category and read the community guidelines.")


def _dc_user(name: str, r: random.Random) -> str:
    """A forum username made from a person's name ("amara_okafor", "aokafor", "AmaraO", "okafor.amara")."""
    first, last = (_ascii(x).replace("'", "") for x in (name.split()[0], name.split()[-1]))
    form = r.randrange(4)
    if form == 2:
        return f"{first}{last[0]}"
    return (f"{first}_{last}", f"{first[0]}{last}", "", f"{last}.{first}")[form].lower()


DC_STREETS = ("Mill", "Station", "Church", "Park", "Victoria", "Queen's", "Elm", "Meadow", "School", "North",
              "Bridge", "Orchard", "Chapel", "Market")
DC_STREET_KINDS = ("Road", "Street", "Lane", "Avenue", "Way")
DC_VENUES = ("the community centre", "St Mary's church hall", "the library", "the leisure centre",
             "the scout hut", "the primary school hall")
DC_WORKS = ("resurfacing", "gas main replacement", "water main repairs", "drainage work", "bridge repairs")
DC_EVENTS = ("community fair", "community clean-up", "farmers' market", "fun run", "craft fair",
             "heritage open day")
DC_PLANS = (("a new cycle lane on {street}", ("a protected two-way cycle lane along the whole of {street}",
                                              "the removal of {n} parking spaces to make room for it",
                                              "new pedestrian crossings at the {street2} junction")),
            ("changes to parking on {street}", ("a residents' permit scheme on {street} and nearby roads",
                                                "a two-hour limit for visitors between 8am and 6pm",
                                                "{n} new disabled parking bays near the shops")),
            ("the future of {park}", ("a new play area for children under twelve",
                                      "resurfaced paths and better lighting near the entrance",
                                      "a café in the old bowls pavilion, run by a community group")),
            ("a low-traffic scheme around {street}", ("planters closing {street} to through traffic",
                                                      "a bus gate on {street2} open only to buses and cycles",
                                                      "a 20 mph limit on every residential road in the "
                                                      "area")))
DC_SERVICES = (("Bin collections in {place} move to a new schedule",
                ("general waste will be collected every two weeks instead of every week",
                 "recycling and food waste collections stay weekly",
                 "new collection calendars will be delivered to every home")),
               ("Library opening hours to change",
                ("the library will close all day on Mondays",
                 "late opening until 8pm moves from Thursday to Wednesday",
                 "the Saturday session will run from 9am to 4pm instead of 10am to 5pm")),
               ("Changes to the number {bus} bus",
                ("buses will run every 20 minutes instead of every 15 during the day",
                 "the last bus from the town centre will leave at 11pm",
                 "the route will no longer serve {street}")))
# sentences a post of each kind grows with, to 250 words
DC_MORE = {
    "roadworks": ("Parking on {street} will be suspended during the closure, and residents' permits will be "
                  "valid on {street2}.",
                  "Bin collections will go ahead as normal, but bins should be left at the end of the road.",
                  "The council says the road has been patched several times in the past five years and now "
                  "needs replacing in full.",
                  "Businesses on {street} will stay open, and signs will direct customers to them.",
                  "Pedestrian access will be kept on at least one pavement throughout.",
                  "Residents on {street} were sent letters about the closure last week.",
                  "The council says the dates were chosen to avoid the school holidays and the Christmas "
                  "period.",
                  "Members who live nearby say the road has been in a poor state since last winter's "
                  "frosts."),
    "consultation": ("The plans follow a petition signed by about {signed} residents last year.",
                     "A similar scheme in a neighbouring town was changed after its first consultation.",
                     "Printed copies of the plans are also on display at {venue}.",
                     "Businesses on {street} have been sent a separate letter asking for their views.",
                     "Council officers say every response will be read before a decision is made.",
                     "An online meeting will also be held for those who cannot get to the drop-in session.",
                     "Opposition councillors have said they want the plans to go to a full council vote.",
                     "The cost of the scheme would be met from a government grant rather than from council "
                     "tax."),
    "event": ("Entry is free, and there will be a collection for the local food bank.",
              "Dogs on leads are welcome, but please keep them away from the food stalls.",
              "Toilets, including an accessible toilet, will be open in the pavilion.",
              "If it rains, the stalls will move into {venue}.",
              "Local businesses have donated prizes for the raffle, with tickets on sale on the day.",
              "Stallholders who have not yet booked a pitch should get in touch by the end of the month.",
              "Last year's event raised more than {saving} {money} for local charities.",
              "First aid cover will be provided by volunteers from the ambulance service."),
    "meeting": ("A grant application to the community fund for new noticeboards was agreed.",
                "Members asked the committee to invite a councillor to the next meeting.",
                "The committee is still looking for a new secretary, and anyone interested should get in "
                "touch.",
                "The association's accounts are available to any member on request.",
                "Several members said the street lights on {street2} had been out for weeks.",
                "The committee agreed to write to the bus company about the late running of evening "
                "services.",
                "Thanks were given to the volunteers who run the association's website and this forum.",
                "A member suggested holding some meetings in the evening so that more working people can "
                "attend."),
    "service": ("The council expects the change to save about {saving} pounds a year.",
                "A consultation on the change ran last autumn, and most of the responses were against it.",
                "The council says it will review the change after six months.",
                "Information is also available from the council's contact centre by phone.",
                "Staff affected by the change have been offered other roles, the council says.",
                "Opposition councillors voted against the change when it was agreed in the budget.",
                "A petition calling for the decision to be reversed has already gathered several hundred "
                "names."),
}


DC_MONEY = {"Europe/London": "pounds", "Europe/Dublin": "euros", "Africa/Johannesburg": "rand",
            "Asia/Kolkata": "rupees"}


def _dc_day(dt: datetime, us: bool) -> str:
    """ "Monday 9 March" ("Monday, March 9" in the US)."""
    if us:
        return f"{EN_DAYS[dt.weekday()]}, {MONTHS['en'][dt.month - 1]} {dt.day}"
    return f"{EN_DAYS[dt.weekday()]} {dt.day} {MONTHS['en'][dt.month - 1]}"


def _dc_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    """The community news a topic reports (roadworks, a consultation, an event, a meeting's notes, a change
    to a service), and its headline."""
    r = random.Random(f"{c.pub.host}-topic-{k}-{attempt}")
    d = c.others[k].published
    us = c.pub.tz in US_TZ
    place = _place(c)

    def street() -> str:
        return f"{r.choice(DC_STREETS)} {r.choice(DC_STREET_KINDS)}"

    g: dict[str, Any] = {"kind": r.choice(("roadworks", "consultation", "event", "meeting", "service")),
                         "place": place, "street": street(), "street2": street(), "street3": street(),
                         "park": f"{place} {r.choice(('Park', 'Recreation Ground', 'Common', 'Green'))}",
                         "venue": r.choice(DC_VENUES), "person": EnglishProse(r).person(), "us": us,
                         "seed": f"{k}-{attempt}", "n": r.randint(6, 40), "bus": r.randint(2, 99)}
    while g["street2"] == g["street"]:
        g["street2"] = street()
    g["date1"] = d + timedelta(days=r.randint(5, 30))
    g["date2"] = g["date1"] + timedelta(days=7 * r.randint(2, 8))
    short = f"{MONTHS['en'][g['date1'].month - 1]} {g['date1'].day}" if us else \
        f"{g['date1'].day} {MONTHS['en'][g['date1'].month - 1]}"
    kind = g["kind"]
    titles: tuple[str, ...]
    if kind == "roadworks":
        g["works"] = r.choice(DC_WORKS)
        titles = (f"{g['street']} to close for {g['works']} from {short}",
                  f"Road closure: {g['street']} shut for {(g['date2'] - g['date1']).days // 7} weeks from "
                  f"{short}",
                  f"{_cap(g['works'])} on {g['street']}: what you need to know")
    elif kind == "consultation":
        plan, items = r.choice(DC_PLANS)
        g["plan"] = plan.format(**g)
        g["items"] = [x.format(**g) for x in items]
        titles = (f"Have your say on {g['plan']}", f"Consultation opens on {g['plan']}",
                  f"Council asks residents for views on {g['plan']}")
    elif kind == "event":
        g["event"] = r.choice(DC_EVENTS)
        titles = (f"{place} {g['event']} returns on {short}",
                  f"Volunteers wanted for the {place} {g['event']}",
                  f"Everything you need to know about this year's {g['event']}")
    elif kind == "meeting":
        g["month"] = MONTHS["en"][(d - timedelta(days=r.randint(3, 20))).month - 1]
        titles = (f"Notes from the {g['month']} residents' association meeting",
                  f"Residents' association: summary of the {g['month']} meeting",
                  f"What was discussed at the {g['month']} community meeting")
    else:
        name, items = r.choice(DC_SERVICES)
        g["service"] = name.format(**g)
        g["items"] = [x.format(**g) for x in items]
        titles = (f"{g['service']} from {short}",)
    return r.choice(titles), g


def _dc_text(c: Ctx, g: dict[str, Any]) -> None:
    """The first post's text (paragraphs, a list the text introduces, subheadings in a meeting's notes),
    to 250 words or more."""
    s = c.story
    r = random.Random(f"{c.pub.host}-dc-text-{g['seed']}")
    us = g["us"]
    council = f"{g['place']} {'City' if us else 'Borough'} Council"
    money = DC_MONEY.get(c.pub.tz, "dollars")
    day1, day2 = _dc_day(g["date1"], us), _dc_day(g["date2"], us)
    who = g["person"]
    blocks: list[tuple[str, str]] = []
    kind = g["kind"]
    if kind == "roadworks":
        a, b = r.sample(("the roundabout", "the railway bridge", f"{g['street2']}", "the school",
                         "the post office"),
                        2)
        firm = r.choice(("Highway Services Ltd", f"{g['place']} Utilities", "the council's contractor",
                         "Northern Gas Networks"))
        blocks = [
            ("p", f"{g['street']} will be closed between {a} and {b} from {day1} for {g['works']}, {council} "
                  f"has confirmed. The work is expected to last until {day2}, weather permitting."),
            ("p", f"{_cap(firm)} will be working from 7.30am to 6pm on weekdays, with some weekend shifts. "
                  "Access for residents, deliveries and emergency vehicles will be kept at all times, but "
                  "there will be no through traffic."),
            ("p", "The signed diversion for drivers is:"),
            ("li", f"Head along {g['street2']} from the {a.removeprefix('the ')} end"),
            ("li", f"Turn onto {g['street3']} at the traffic lights"),
            ("li", f"Rejoin {g['street']} at the far end, past {b}"),
            ("p", f"Bus routes {g['bus']} and {g['bus'] + r.randint(1, 9)} will be diverted, and the stops "
                  f"on {g['street']} will not be served while the road is closed. Temporary stops will be "
                  f"set up on {g['street2']}, and timetables will be posted at the stops before the work "
                  "starts."),
            ("p", "“We know closures like this are disruptive, and we have planned the work to keep it as "
                  f"short as we can,” said {who}, the council's highways manager. “We would ask drivers to "
                  "follow the signed diversion and not to use residential side streets.”"),
        ]
    elif kind == "consultation":
        blocks = [
            ("p", f"{council} has opened a consultation on {g['plan']}, and residents have until {day2} to "
                  "respond. "
                  "The proposals were presented to the council's environment committee last month."),
            ("p", "The main proposals are:"),
            *[("li", _cap(x)) for x in g["items"]],
            ("p", f"There will be drop-in sessions at {g['venue']} on {day1} from 2pm to 7pm, where council "
                  "officers will answer questions and show the plans."),
            ("p", "“We want to hear from as many people as possible before any decision is made,” said "
                  f"Councillor {who}, who chairs the committee. “Nothing has been decided yet, and the plans "
                  "could change.”"),
            ("p", f"Responses can be made online or on paper forms available at {g['venue']}. A final "
                  "decision is expected later in the year, once the responses have been published."),
        ]
    elif kind == "event":
        blocks = [
            ("p", f"The {g['place']} {g['event']} returns on {day1}, organised by volunteers from the "
                  f"residents' association with support from {council}."),
            ("p", f"It starts at 10am at {g['park']} and runs until 4pm, with stalls from local groups, "
                  "food, music and activities for children."),
            ("p", "Here is the programme so far:"),
            ("li", "10am: welcome and opening of the stalls"),
            ("li", "12.30pm: performances by pupils from local schools"),
            ("li", "3pm: raffle draw and prizes from local businesses"),
            ("p",
             f"The organisers still need about {g['n']} volunteers to help with setting up, stewarding and "
                  "clearing away. If you can spare an hour or two, reply to this topic or send a message."),
            ("p", "“Last year more than a thousand people came along, and we hope to beat that,” said "
                  f"{who}, one of the organisers. “It only happens because of the people who give up their "
                  "time to help.”"),
            ("p", f"Parking will be limited, so please walk or cycle if you can. {g['street']} will be "
                  "closed to traffic next to the park during the day."),
        ]
    elif kind == "meeting":
        blocks = [
            ("p", f"About {g['n'] + 20} residents came to the {g['month']} meeting of the residents' "
                  f"association at {g['venue']}, one of the best attended meetings for some time. Here is a "
                  "summary of what was discussed, for those who could not make it."),
            ("h2", "Treasurer's report"),
            ("p", f"The association has about {g['n'] * 40:,} {money} in the bank after paying for the "
                  "insurance and the hall hire. Membership renewals are due at the end of the month, and "
                  "the subscription stays the same for another year."),
            ("h2", "Planning"),
            ("p", f"Members discussed the planning application for {g['n'] * 3} new homes off {g['street']}. "
                  "The committee will send a response raising concerns about traffic and the loss of trees, "
                  "and members were encouraged to comment on the application themselves before the "
                  "deadline."),
            ("h2", "Policing"),
            ("p", "The neighbourhood police officer reported a rise in thefts from cars around "
                  f"{g['street2']} and asked residents not to leave valuables on show. Reports can be made "
                  "online or by phone, and the officer said every report helps them to decide where to "
                  "patrol."),
            ("h2", "Any other business"),
            ("p", f"{who} thanked everyone who helped with the litter pick. The next meeting will be held on "
                  f"{day1} at {g['venue']}, and all residents are welcome."),
        ]
    else:
        blocks = [
            ("p", f"{council} has confirmed changes to local services that take effect from {day1}. The "
                  "council says the changes are needed to save money and to match demand."),
            ("p", "From that date:"),
            *[("li", _cap(x)) for x in g["items"]],
            ("p", "“We have looked carefully at how people use the service, and most will notice very little "
                  f"difference,” said {who}, a council spokesperson. “We will keep listening to residents "
                  "once the changes are in place.”"),
            ("p", "The change was agreed by the council's cabinet at its last meeting, after a report by "
                  "officers set out several options. Councillors were told that the alternative would have "
                  "been to cut the service further."),
            ("p", "Several members have already raised concerns in other threads, particularly about older "
                  "residents who do not use the internet. The council says printed information will be "
                  "available at the library."),
        ]
    more = [x.format(signed=30 * g["n"], saving=f"{1000 * g['n']:,}", money=money,
                     **g) for x in DC_MORE[kind]]
    r.shuffle(more)
    if kind in ("roadworks", "consultation", "service"):
        more.insert(0, f"The notice was published by {council} on {_dc_day(s.published, us)}.")
    sentences: dict[int, list[str]] = {i: [t] for i, (tag, t) in enumerate(blocks) if tag == "p"}
    # the paragraphs that grow: not a list's introduction, not a quote
    paras = [i for i in sentences if _words(blocks[i][1]) > 12 and not blocks[i][1].startswith("“")]
    k = 0
    while sum(_words(t) for _, t in blocks if _words(t) > 6) < 250 and more:
        at = paras[k % len(paras)]
        sentences[at].append(more.pop(0))
        blocks[at] = ("p", " ".join(sentences[at]))
        k += 1
    s.blocks = blocks
    s.sentences = [_sentences(t) if tag == "p" else [t] if tag == "li" else [] for tag, t in blocks]


def _dc_time(dt: datetime) -> str:
    """Discourse's crawler view: "March 7, 2026,  7:30pm" (in UTC)."""
    u = dt.astimezone(UTC)
    half = "am" if u.hour < 12 else "pm"
    return f"{MONTHS['en'][u.month - 1]} {u.day}, {u.year}, {u.hour % 12 or 12}:{u:%M}{half}"


def _dc_iso(dt: datetime) -> str:
    return f"{dt.astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z"


def render_discourse_community_forum(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    g: dict[str, Any] = _retitle(c, _dc_plan)
    form = c.stable("dc-url").choice(("plain", "plain", "post", "subfolder"))
    root = "/forum" if form == "subfolder" else ""  # a forum installed under the site's own domain
    staff = _dc_user(s.author.name, c.stable(f"dc-user-{s.author.name}"))
    tids: dict[int, int] = {}
    n = c.stable("dc-tid").randint(800, 14000)
    for o in c.others:
        n += c.stable(f"dc-gap-{o.published}").randint(3, 70)
        tids[id(o)] = n

    def path(o: Story) -> str:
        base = f"{root}/t/{_aslug(o.title.replace(chr(39), ''))}/{tids[id(o)]}"
        return base + "/1" if form == "post" else base  # "/1": the first post's own link

    c.repath(path)
    _dc_text(c, g)
    _fit(c)
    cat = DC_CATEGORY_OF[g["kind"]][c.stable("dc-cats").randrange(2)]
    colour = dict(DC_CATEGORIES)[cat]
    topic_url = c.url().removesuffix("/1")
    tags = c.stable(f"dc-tags-{s.title}").sample(DC_TAGS, 2)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en" class="desktop-view not-mobile-device text-size-normal anon">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} - {esc(cat)} - {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(_excerpt(s, 30))}">',
        '<meta name="generator" content="Discourse 3.4.2 - https://github.com/discourse/discourse version '
        f'{_hex(c.stable("dc-ver"), 40)}">',
        f'<link rel="canonical" href="{esc(topic_url)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="website">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:url" content="{esc(topic_url)}">',
        f'<meta property="og:article:section" content="{esc(cat)}">',
        f'<meta property="og:article:section:color" content="{colour}">',
        *[f'<meta property="og:article:tag" content="{x}">' for x in tags],
        "</head>",
        f'<body class="crawler category-{_aslug(cat)}">',
        "<header>",
        f'<a href="{root}/"><img src="{root}/uploads/default/original/1X/{_hex(c.stable("dc-logo"), 40)}.png"'
        " "
        f'alt="{esc(pub.name)}" id="site-logo" style="max-width: 150px;"></a>',
        '<nav class="custom-header-links">'
        + " ".join(f'<a href="/{_aslug(x)}">{esc(x)}</a>' for x in DC_LINKS) + "</nav>",
        "</header>",
    ]
    c.snip(" ".join(DC_LINKS))
    if c.stable("dc-banner").random() < 0.6:
        banner = c.snip(pub.fill(c.stable("dc-banner-t").choice(DC_BANNER)))
        lines.append('<div id="banner" class="overlay"><div '
                     f'id="banner-content"><p>{esc(banner)}</p></div></div>')
    replies_n = c.rng.choice((0, 1, 2, 3, 4, 5, 6))
    likes = c.rng.randint(0, 40)
    modified = d + timedelta(minutes=c.rng.randint(1, 300))
    name = s.author.name
    title = c.stable(f"dc-title-{name}").choice(DC_TITLES)
    c.snip(f"{staff} ({name}) {title}")
    lines += [
        '<div id="main-outlet" class="wrap" role="main">',
        '<div id="topic-title">',
        f'<h1><a href="{esc(topic_url.split(pub.host, 1)[1])}">{esc(s.title)}</a></h1>',
        '<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">',
        '<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">',
        f'<a href="{root}/c/{_aslug(cat)}/{c.stable(cat).randint(3, 40)}" class="badge-wrapper bullet" '
        'itemprop="item">',
        f"<span class='badge-category-bg' style='background-color: #{colour}'></span>",
        "<span class='badge-category clear-badge'><span class='category-name' "
        f"itemprop='name'>{esc(cat)}</span></span>",
        '</a><meta itemprop="position" content="1"></span>',
        "</div>",
        '<div class="topic-list-tags">'
        + " ".join(f'<a href="{root}/tag/{x}" class="discourse-tag simple">{x}</a>' for x in tags) + "</div>",
        "</div>",
        "<div itemscope itemtype='http://schema.org/DiscussionForumPosting'>",
        f"<meta itemprop='headline' content='{esc(s.title)}'>",
        f"<link itemprop='url' href='{esc(topic_url)}'>",
        f"<meta itemprop='articleSection' content='{esc(cat)}'>",
        f"<meta itemprop='keywords' content='{', '.join(tags)}'>",
        "<div itemprop='publisher' itemscope itemtype=\"http://schema.org/Organization\">"
        f"<meta itemprop='name' content='{esc(pub.name)}'></div>",
        "<div id='post_1' class='topic-body crawler-post'>",
        "<div class='crawler-post-meta'>",
        "<span class=\"creator\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">",
        f"<a itemprop=\"url\" rel='nofollow' href='{root}/u/{staff}'>"
        f"<span itemprop='name'>{esc(staff)}</span></a> "
        f"({esc(name)})\n<span class='user-title'>{esc(title)}</span>",
        "</span>",
        f'<link itemprop="mainEntityOfPage" href="{esc(topic_url)}">',
        "<span class=\"crawler-post-infos\">",
        f"<time itemprop='datePublished' datetime='{_dc_iso(d)}' class='post-time'>",
        f"{_dc_time(d)}",
        "</time>",
        f"<meta itemprop='dateModified' content='{_dc_iso(modified)}'>",
        "<span itemprop='position'>1</span>",
        "</span>",
        "</div>",
        "<div class='post' itemprop='text'>",
    ]
    body = _blocks(c, p=lambda h: f"<p>{h}</p>", heading=lambda tag, h: f"<{tag}>{h}</{tag}>",
                   quote=lambda h: f"<blockquote>\n<p>{h}</p>\n</blockquote>", ul=("<ul>", "</ul>"),
                   li=lambda h: f"<li>{h}</li>")
    others = c.pick_others(8)
    inserts: list[tuple[int, str]] = []
    ir = c.stable(f"dc-img-{s.title}")
    if ir.random() < 0.6:
        fname = f"IMG_{ir.randint(1000, 9999)}"
        w, h = ir.choice(((1200, 800), (1600, 1200), (1024, 768), (2048, 1536)))
        size = f"{ir.randint(90, 900)} KB"
        c.snip(f"{fname} {w}×{h} {size}")
        up = f"{root}/uploads/default/original/2X/{_hex(ir, 1)}/{_hex(ir, 40)}.jpeg"
        inserts.append((0, f'<p><div class="lightbox-wrapper"><a class="lightbox" href="{up}" '
                           f'data-download-href="{root}/uploads/default/{_hex(ir, 40)}" title="{fname}">'
                           f'<img src="{up.replace("original", "optimized")}" alt="{fname}" width="690" '
                           f'height="{690 * h // w}"><div class="meta">\n<span '
                           f'class="filename">{fname}</span>\n'
                           f'<span class="informations">{w}×{h} {size}</span>\n</div></a></div></p>'))
    if others and c.stable(f"dc-onebox-{s.title}").random() < 0.6:
        o = others[0]
        excerpt = _excerpt(o, 24)
        c.snip(o.title)
        c.snip(excerpt)
        inserts.append((1, '<aside class="onebox discoursetopic" '
                           f'data-onebox-src="http://{pub.host}{esc(o.path)}">\n'
                           f'<header class="source"><img src="{root}/favicon.ico" class="site-icon" '
                           'width="32" height="32">'
                           f'<a href="{esc(o.path)}">{esc(pub.name)}</a></header>\n'
                           '<article class="onebox-body"><h3><a '
                           f'href="{esc(o.path)}">{esc(o.title)}</a></h3>\n'
                           f"<p>{esc(excerpt)} …</p></article>\n</aside>"))
    lines += _insert_after(body, "<p>", inserts, skip="<p><div")
    sign = c.stable(f"dc-sign-{name}").random() < 0.6
    if sign:
        sign_off = c.snip(f"Posted by {name.split()[0]} for the {pub.name} volunteer news team.")
        lines.append(f"<p><em>{esc(sign_off)}</em></p>")
    lines += [
        "</div>",
        "<div itemprop=\"interactionStatistic\" itemscope itemtype=\"http://schema.org/InteractionCounter\">",
        '<meta itemprop="interactionType" content="http://schema.org/LikeAction">',
        f'<meta itemprop="userInteractionCount" content="{likes}">',
        f"<span class='post-likes'>{likes} {'Like' if likes == 1 else 'Likes'}</span>",
        "</div>",
        "</div>",
    ]
    # the replies (and, on some, a body sentence quoted back)
    paras = _paras(s)
    when = d
    for k in range(replies_n):
        rr = c.rng
        who = _dc_user(EnglishProse(rr).person(), rr)
        when = when + timedelta(minutes=rr.randint(6, 900))
        text = rr.choice(DC_REPLIES)
        if rr.random() < 0.6:
            text += " " + rr.choice(DC_REPLY_MORE)
        c.snip(text)
        quoted = ""
        if k < 2 and paras and rr.random() < 0.35:
            at = rr.choice(paras)
            cands = [x for x in s.sentences[at] if 8 <= _words(x) <= 35 and not any(q in x for q in '"“”')]
            if cands and not c.repeated:
                sent = rr.choice(cands)
                c.repeated.append(" ".join(sent.split()))
                quoted = (f'<aside class="quote no-group" data-username="{staff}" data-post="1" '
                          f'data-topic="{tids[id(s)]}">\n<div class="title">\n<div '
                          'class="quote-controls"></div>\n'
                          f"{esc(staff)}:</div>\n<blockquote>\n<p>{esc(sent)}</p>\n</blockquote>\n</aside>\n")
        n_likes = rr.randint(0, 9)
        lines += [
            f"<div id='post_{k + 2}' itemprop='comment' itemscope itemtype='http://schema.org/Comment' "
            "class='topic-body crawler-post'>",
            "<div class='crawler-post-meta'>",
            "<span class=\"creator\" itemprop=\"author\" itemscope itemtype=\"http://schema.org/Person\">"
            f"<a itemprop=\"url\" rel='nofollow' href='{root}/u/{who}'><span "
            f"itemprop='name'>{esc(who)}</span></a></span>",
            "<span class=\"crawler-post-infos\">"
            f"<time itemprop='datePublished' datetime='{_dc_iso(when)}' "
            f"class='post-time'>\n{_dc_time(when)}\n"
            f"</time><span itemprop='position'>{k + 2}</span></span>",
            "</div>",
            f"<div class='post' itemprop='text'>\n{quoted}<p>{esc(text)}</p>\n</div>",
            (f"<span class='post-likes'>{n_likes} {'Like' if n_likes == 1 else 'Likes'}</span>"
             if n_likes else ""),
            "</div>",
        ]
    closed = c.stable(f"dc-closed-{s.title}").random() < 0.4
    if closed:
        c.snip("This topic was automatically closed 30 days after the last reply. New replies are no longer "
               "allowed.")
        lines += [
            f"<div id='post_{replies_n + 2}' class='topic-body crawler-post small-action'>",
            "<div class='post' itemprop='text'><p>This topic was automatically closed 30 days after the "
            "last reply. New replies are no longer allowed.</p></div>",
            "</div>",
        ]
    lines.append("</div>")
    c.snip("Related topics Topic Replies Views Activity")
    lines += [
        '<div id="related-topics" class="more-topics__list" role="complementary">',
        '<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>',
        '<div class="topic-list-container"><table class="topic-list">',
        "<thead><tr>\n<th>Topic</th>\n<th>Replies</th>\n<th>Views</th>\n<th>Activity</th>\n</tr></thead>",
        "<tbody>",
    ]
    for o in others[1:6]:
        c.snip(o.title)
        act = o.published + timedelta(days=c.rng.randint(0, 9))
        lines.append(f'<tr>\n<td><a href="{esc(o.path)}" class="title raw-link '
                     f'raw-topic-link">{esc(o.title)}</a></td>\n'
                     f"<td>{c.rng.randint(0, 30)}</td>\n<td>{c.rng.randint(40, 3000)}</td>\n"
                     f"<td>{MONTHS['en'][act.month - 1][:3]} {act.year}</td>\n</tr>")
    lines += ["</tbody>", "</table></div>", "</div>", "</div>"]
    about = c.snip(f"{pub.name} is run by volunteers for everyone who lives and works in {_place(c)}. It is "
                   "not affiliated with the council.")
    lines += [
        '<div class="custom-footer">',
        f"<p>{esc(about)}</p>",
        f'<p><a href="{root}/about">About</a> · <a href="{root}/guidelines">Community guidelines</a> · '
        f'<a href="{root}/new-message?groupname=moderators">Contact the moderators</a></p>',
        "</div>",
    ]
    c.snip("About · Community guidelines · Contact the moderators")
    powered = c.snip("Powered by Discourse, best viewed with JavaScript enabled")
    c.snip("Home Categories Guidelines Terms of Service Privacy Policy")
    lines += [
        '<footer class="container wrap">',
        "<nav class='crawler-nav'>",
        "<ul>",
        *[f"<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>"
          f"<a href='{root}{href}' itemprop=\"url\">{label} </a></span></li>"
          for label, href in (("Home", "/"), ("Categories", "/categories"), ("Guidelines", "/guidelines"),
                              ("Terms of Service", "/tos"), ("Privacy Policy", "/privacy"))],
        "</ul>",
        "</nav>",
        "<p class='powered-by-link'>" + powered.replace("Discourse",
                                                        '<a href="https://www.discourse.org">Discourse</a>')
        + "</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return _finish(c, lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "bg-oblasten-portal": render_bg_oblasten_portal,
    "factcheck-claimreview": render_factcheck_claimreview,
    "met-service-newsroom": render_met_service_newsroom,
    "discourse-community-forum": render_discourse_community_forum,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402

from pipeline.synth.byre_families import _retitle  # noqa: E402
from pipeline.synth.kiln_families import _fit  # noqa: E402
from pipeline.synth.kit import (  # noqa: E402
    _aslug,
    _close_page,
    _drop_in_body,
    _en_date,
    _excerpt,
    _hex,
    _insert_after,
    _ldjson,
    _long_lines,
    _paragraph_words,
    _paras,
    _place,
    _share_bar,
    _split_lead,
    register_language,
)
from pipeline.synth.prose import EnglishProse, places, prose_for  # noqa: E402
from pipeline.synth.publishers import MONTHS, Ctx, Story, _ascii, _j, _words, esc  # noqa: E402
from pipeline.synth.quay_families import _blocks  # noqa: E402
from pipeline.synth.shed_families import _listify  # noqa: E402

# Bulgarian joins the registries (new keys only)
register_language(
    "bg",
    first_names=BG_FIRST_M + BG_FIRST_F,
    surnames=BG_SURNAMES + tuple(x + "а" for x in BG_SURNAMES),
    prose=BulgarianProse,
    ui=BG_UI,
    months=BG_MONTHS,
    zones=BG_ZONES,
)
