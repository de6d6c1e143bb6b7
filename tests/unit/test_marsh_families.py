"""The families of pipeline.synth.marsh_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, datetime
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import lxml.html
import pytest

from pipeline.synth import marsh_families as marsh
from pipeline.synth.publishers import SynthPage
from tests.synthtruth import (
    check_recurring_bios,
    check_site_wide_boilerplate,
    family,
    norm_ws,
    split_pages,
    texts,
)


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("marsh"))


def _lines(container: lxml.html.HtmlElement, tags: tuple[str, ...]) -> list[str]:
    """The text of the container's children with `tags`, a list's items one by one."""
    out: list[str] = []
    for el in container:
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in tags:
            out.append(norm_ws(el.text_content()))
    return out


def _neither(page: SynthPage, text: str) -> None:
    """`text` (a standfirst) is neither body nor boilerplate."""
    assert text not in page.body
    assert not any(text in x or x in text for x in page.boilerplate)


def _no_date_metadata(doc: lxml.html.HtmlElement) -> None:
    assert not doc.xpath('//meta[contains(@property, "time")]|//meta[contains(@name, "date")]')
    assert not doc.xpath('//*[@itemprop="datePublished"]')


def test_snippets_not_in_body_whatever_the_case(pages: list[SynthPage]) -> None:
    """No boilerplate snippet is in the body, lower-cased and whitespace-normalised both."""
    for page in pages:
        body = norm_ws(page.body).lower()
        assert not [x for x in page.boilerplate if norm_ws(x).lower() in body], page.url


# --- uk-miskyi-portal ---------------------------------------------------------------------------


def test_uk_miskyi_portal(pages: list[SynthPage]) -> None:
    anons = recalls = quotes = lists = comments = 0
    forms: set[int] = set()
    paths = {p.path for p in pages}
    for page in family(pages, "uk-miskyi-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "uk" and doc.get("lang") == "uk" and page.tz == "Europe/Kyiv"
        patterns = (r"/news/\d{6}-[a-z0-9-]+", rf"/{d:%Y/%m/%d}/(?:%[0-9A-F]{{2}}|[a-z0-9-])+/",
                    r"/novyny/[a-z0-9-]+/\d{6}\.html")
        form = [n for n, x in enumerate(patterns) if re.fullmatch(x, page.path)]
        assert form, page.path
        forms.add(form[0])
        if form == [1]:  # the Cyrillic slug, percent-encoded as the CMS writes it
            slug = unquote(page.path.split("/")[4])
            assert re.fullmatch(r"[а-яіїєґ0-9-]+", slug) and slug.split("-")[0] in page.title.lower().replace("’", "")
        title = doc.findtext(".//title") or ""
        assert title == f"{page.title} — {page.publisher}" or re.fullmatch(
            rf"{re.escape(page.title)} \| Новини [А-ЯІЇЄҐ][а-яіїєґ’]+", title)
        # the date: JSON-LD with the Kyiv offset, the visible naive local time
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert data["@type"] == "NewsArticle" and data["datePublished"] == d.isoformat(timespec="seconds")
        assert data["datePublished"][-6:] in ("+02:00", "+03:00")
        assert datetime.fromisoformat(data["dateModified"]) >= d
        assert not doc.xpath("//time|//meta[contains(@property, 'time')]")
        assert texts(doc, '//span[@class="news-item__date"]') == [
            f"{d.day} {marsh.UK_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"]
        today = texts(doc, '//span[@class="top-line__date"]')[0]
        assert today in page.boilerplate
        m = re.fullmatch(r"([\w’]+), (\d+) (\w+) (\d{4}) року", today)
        assert m and m.group(1).lower() in marsh.UK_WEEKDAYS and m.group(3) in marsh.UK_MONTHS
        served = datetime(int(m.group(4)), marsh.UK_MONTHS.index(m.group(3)) + 1, int(m.group(2)))
        assert 0 <= (served.date() - d.date()).days <= 3
        assert marsh.UK_WEEKDAYS[served.weekday()] == m.group(1).lower()
        # the анонс: neither body nor boilerplate
        found = texts(doc, '//div[@class="news-item__anons"]')
        if found:
            anons += 1
            _neither(page, found[0])
        # the text: "Читайте також" lines and the Telegram line are not body, "Нагадаємо" is
        text = doc.xpath('//div[@class="news-item__text"]')[0]
        items = _lines(text, ("p", "h2", "blockquote"))
        read = [x for x in items if x.startswith(marsh.UK_UI["read_more"])]
        telegram = [x for x in items if x.startswith("Підписуйтесь на наш Telegram-канал")]
        lines = page.body.split("\n")
        assert [x for x in items if x not in read and x not in telegram] == lines
        assert read and all(x in page.boilerplate for x in read)
        assert len(telegram) == 1 and telegram[0] in page.boilerplate and items[-1] == telegram[0]
        recall = [x for x in lines if x.startswith("Нагадаємо, раніше ми писали, що ")]
        if recall:
            recalls += 1
            assert recall == [lines[-1]]
            links = text.xpath("./p[starts-with(normalize-space(.), 'Нагадаємо')]/a/@href")
            assert len(links) == 1 and links[0] in paths
        for q in text.xpath("./blockquote"):
            quotes += 1
            said = norm_ws(q.text_content())
            assert said in lines and re.fullmatch(r"«.+», — \w+ .+ \w+ \S+\.", said)
        lists += bool(text.xpath("./ul"))
        assert "Якщо ви помітили помилку, виділіть її мишкою та натисніть Ctrl+Enter." in page.boilerplate
        assert any(" Фото: " in x for x in page.boilerplate)
        assert any(x.startswith("Суб’єкт у сфері онлайн-медіа; ідентифікатор медіа R40-") for x in page.boilerplate)
        found = texts(doc, '//div[@class="comment__text"]')
        assert all(x in page.boilerplate for x in found if len(x.split()) >= 4)
        comments += bool(found)
        # Ukrainian text, in Cyrillic only
        assert re.search("[іїє]", page.body) and not re.search("[A-Za-z]", page.body)
        # every link to a page of the site is ASCII, the Cyrillic tags' too
        assert all(h.isascii() for h in doc.xpath("//a/@href"))
    assert anons and recalls and quotes and lists and comments and len(forms) >= 2
    assert anons < len(family(pages, "uk-miskyi-portal"))


def test_ukrainian_words() -> None:
    assert marsh.uk_latin("Шевченко") == "Shevchenko" and marsh.uk_latin("Їжакевич") == "Yizhakevych"
    assert marsh.uk_latin("Згорани") == "Zghorany" and marsh.uk_latin("Знам’янка") == "Znamianka"
    assert marsh.uk_latin("Юрій Яковенко") == "Yurii Yakovenko" and marsh.uk_latin("Щастя") == "Shchastia"
    assert marsh._uk_female("Ковальський") == "Ковальська" and marsh._uk_female("Головатий") == "Головата"
    assert marsh._uk_female("Шевченко") == "Шевченко" and marsh._uk_female("Кузьмич") == "Кузьмич"
    assert [marsh._uk_past("затверди", g) for g in ("m", "f", "n", "pl")] == [
        "затвердив", "затвердила", "затвердило", "затвердили"]
    assert marsh._uk_past("відкла", "m") == "відклав" and marsh._uk_past("розгляну", "f") == "розглянула"
    assert [marsh._uk_cyr(x) for x in ("Borivka", "Belhorod", "Tarove", "Talopil", "Marsk", "Kelyn", "Doriv")] == [
        "Борівка", "Белгород", "Тарове", "Талопіль", "Марськ", "Келин", "Дорів"]
    names = ("Борівка", "Белгород", "Тарове", "Талопіль", "Марськ", "Келин", "Дорів")
    assert [marsh._uk_case(x, "gen") for x in names] == [
        "Борівки", "Белгорода", "Тарового", "Талополя", "Марська", "Келина", "Дорова"]
    assert [marsh._uk_case(x, "loc") for x in names] == [
        "Борівці", "Белгороді", "Таровому", "Талополі", "Марську", "Келині", "Дорові"]
    assert marsh._uk_in("Борівці") == "у" and marsh._uk_in("Алалівці", start=True) == "В"
    places = marsh._uk_places()
    assert len(places) > 150 and all(marsh._uk_ok(x) for x in places)
    # the brand in Latin letters is the transliteration of the name in Cyrillic
    assert all(marsh.uk_latin(marsh._uk_cyr(x)) == x for x in places)
    assert all(re.fullmatch(r"[А-ЯІ][а-яіїєґь]+", marsh._uk_cyr(x)) for x in places)


def test_ukrainian_grammar() -> None:
    prose = marsh.UkrainianProse(random.Random(5))
    sentences = [prose.sentence() for _ in range(500)]
    assert len(set(sentences)) > 470
    assert len({w for s in sentences for w in s.split()}) > 500
    assert all(s[0].isupper() or s[0] == "«" for s in sentences) and all(s.endswith(".") for s in sentences)
    # the past tense agrees with its subject
    past = {marsh._uk_past(v, g): g for v in marsh.UK_VERBS for g in ("m", "f", "n", "pl")}
    times = "|".join(map(re.escape, marsh.UK_TIMES))
    checked = 0
    for s in sentences:
        for agent, g in marsh.UK_AGENTS:
            for m in re.finditer(rf"(?:^|[ ,]){re.escape(agent)}(?: (?:{times}))? (\w+)", s, re.IGNORECASE):
                if m.group(1) in past:
                    checked += 1
                    assert past[m.group(1)] == g, s
    assert checked > 200
    # an adjective agrees with its object (the accusative)
    acc = {a: g for _, a, g, fixed, _ in marsh.UK_OBJECTS if not fixed}
    checked = 0
    for s in sentences:
        for m in re.finditer(rf"\b({'|'.join(marsh.UK_ADJ)})(ий|а|у|е|і) (\w+)", s):
            if m.group(3) in acc:
                checked += 1
                assert m.group(2) == marsh._UK_ADJ_ACC[acc[m.group(3)]], s
    assert checked > 50
    # a quote's verb and the speaker's role are in the speaker's gender
    for s in sentences:
        m = re.search(r"», — (\w+) (.+) (\w+) (\S+)\.$", s)
        if m:
            k = 1 if m.group(3) in marsh.UK_FIRST_F else 0
            assert m.group(1) in {x[k] for x in marsh.UK_SAYS}, s
            assert m.group(2) in {x[k] for x in marsh.UK_ROLES}, s
    titles = [prose.title() for _ in range(150)]
    assert len(set(titles)) > 140 and all(t[0].isupper() for t in titles)
    people = [prose.person() for _ in range(200)]
    assert all(not p.endswith("ський") and not p.endswith("ий") for p in people if p.split()[0] in marsh.UK_FIRST_F)


# --- af-gemeenskapskoerant ----------------------------------------------------------------------


def test_af_gemeenskapskoerant(pages: list[SynthPage]) -> None:
    points = lists = tips = bios = 0
    forms: set[int] = set()
    for page in family(pages, "af-gemeenskapskoerant"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "af" and doc.get("lang") == "af-ZA" and page.tz in marsh.AF_ZONES
        patterns = (rf"/nuus/[a-z0-9-]+/{d:%Y/%m/%d}/[a-z0-9-]+/", r"/[a-z0-9-]+/", r"/\?p=\d{5}")
        form = [n for n, x in enumerate(patterns) if re.fullmatch(x, page.path)]
        assert form, page.path
        forms.add(form[0])
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        # the date: the meta tag in UTC, the visible local date alone
        utc = d.astimezone(UTC)
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            f"{utc:%Y-%m-%dT%H:%M:%S}+00:00"]
        assert not doc.xpath('//time|//script[@type="application/ld+json"]')
        assert texts(doc, '//span[@class="posted-on"]') == [f"{d.day} {marsh.AF_MONTHS[d.month - 1]} {d.year}"]
        # the Kortliks points are body, before the text; "LEES OOK", WhatsApp and tip lines are not
        box = texts(doc, '//div[@class="kortliks"]//li')
        content = doc.xpath('//div[@class="entry-content"]')[0]
        items = _lines(content, ("p", "h2", "blockquote"))
        wa = [x for x in items if x.startswith("Kry die nuutste nuus van ")]
        tip = [x for x in items if x.startswith("Het jy ’n nuuswenk?")]
        assert box + [x for x in items if x not in wa and x not in tip] == page.body.split("\n")
        assert len(wa) == 1 and wa[0] in page.boilerplate
        assert all(x in page.boilerplate for x in tip)
        assert texts(doc, '//div[@class="kortliks"]/h4') == (["Kortliks"] if box else [])
        points += bool(box)
        tips += bool(tip)
        lists += bool(content.xpath("./ul"))
        read = texts(content, './div[@class="read-also"]')
        assert read and all(x.startswith("LEES OOK ") and x in page.boilerplate for x in read)
        assert any(" Foto: " in x for x in page.boilerplate)
        bios += bool(doc.xpath('//p[@class="author-box__bio"]'))
        # Afrikaans text: the double negation closes its sentence
        body = page.body
        assert " het " in body and " die " in body and " the " not in body
        for sentence in re.split(r"(?<=\.) ", body.replace("\n", " ")):
            if " nog nie " in sentence:
                assert sentence.endswith(" nie."), sentence
    assert points and lists and tips and bios and len(forms) >= 2
    assert points < len(family(pages, "af-gemeenskapskoerant"))


def test_afrikaans_grammar() -> None:
    prose = marsh.AfrikaansProse(random.Random(9))
    sentences = [prose.sentence() for _ in range(500)]
    assert len(set(sentences)) > 470
    assert len({w for s in sentences for w in s.split()}) > 300
    assert all(s[0].isupper() or s[0] == "“" for s in sentences) and all(s.endswith(".") for s in sentences)
    participles = {p for p, _, _ in marsh.AF_VERBS}
    for s in sentences:
        assert not re.search(rf"’n (?:\w+ )?(?:{'|'.join(marsh.AF_PLURALS)})\b", s), s
        for front in marsh.AF_FRONTS:  # verb-second after a fronted phrase
            if s.startswith(front + " "):
                assert s[len(front):].startswith(" het "), s
        for conj in marsh.AF_CONJ:  # the verb last in a subordinate clause
            if f", {conj} " in s:
                words = s.split(f", {conj} ", 1)[1].rstrip(".").split()
                assert words[-1] == "het" and words[-2] in participles, s
        if " nog nie " in s:
            assert s.endswith(" nie."), s
    # a present-tense headline puts the separable particle last ("Raad keur nuwe begroting goed")
    heads = [prose.headline() for _ in range(300)]
    pairs = {(present, particle) for _, present, particle in marsh.AF_VERBS if particle}
    particles = {particle for _, particle in pairs}
    for h in heads:
        words = h.split()
        if words[-1] in particles:
            assert any((w, words[-1]) in pairs for w in words[1:-1]), h
    assert any(h.endswith(" goed") for h in heads) and any(h.endswith(" uit") for h in heads)
    titles = [prose.title() for _ in range(150)]
    assert len(set(titles)) > 130 and all(t[0].isupper() for t in titles)


# --- phpnuke-news-module ------------------------------------------------------------------------


def test_phpnuke_news_module(pages: list[SynthPage]) -> None:
    writes = notes = lists = comments = closed = 0
    forms: set[int] = set()
    for page in family(pages, "phpnuke-news-module"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        patterns = (r"/modules\.php\?name=News&file=article&sid=\d+",
                    r"/modules\.php\?name=News&file=article&sid=\d+&mode=&order=0&thold=0",
                    r"/article\d+\.html", r"/html/modules\.php\?op=modload&name=News&file=article&sid=\d+",
                    r"/PHP-Nuke/modules\.php\?name=News&file=article&sid=\d+")
        form = [n for n, x in enumerate(patterns) if re.fullmatch(x, page.path)]
        assert form, page.path
        forms.add(form[0])
        assert doc.findtext(".//title") == f"{page.publisher} - {page.title}"
        assert not doc.xpath("//h1|//p|//article")
        # the date: only PHP-Nuke's visible "Posted on ..." (no year)
        _no_date_metadata(doc)
        assert not doc.xpath('//time|//script[@type="application/ld+json"]')
        posted = [x for x in page.boilerplate if x.startswith("Posted on ")]
        stamp = f"{marsh.EN_DAYS[d.weekday()]}, {marsh.MONTHS['en'][d.month - 1]} {d:%d} @ {d:%H:%M}:00 {d.tzname()}"
        assert len(posted) == 1 and re.fullmatch(rf"Posted on {re.escape(stamp)} by \w+", posted[0])
        assert str(d.year) not in posted[0]
        assert texts(doc, '//font[@class="tiny"][starts-with(., "Posted on ")]') == posted
        # the story: the text and, for a reader's submission, "<user> writes" and the quotation marks
        story = doc.xpath('//font[@class="content"][a/img[contains(@src, "/images/topics/")]]')
        assert len(story) == 1
        shown = norm_ws(story[0].text_content())
        note = [x for x in page.boilerplate if x.startswith("Note: ")]
        text = " ".join(page.body.split("\n"))
        m = re.fullmatch(r"(\w+) writes \"(.+)\"", shown.removesuffix(f" {note[0]}" if note else ""))
        if m:
            writes += 1
            assert m.group(2) == text and m.group(1) not in posted[0]
        else:
            assert not note and shown == text
        notes += bool(note)
        assert "<br><br>" in lxml.html.tostring(story[0], encoding="unicode")
        lists += bool(story[0].xpath(".//ul"))
        # the comments: their dates later, boilerplate
        for by in [x for x in page.boilerplate if x.startswith("by ") and " on " in x]:
            comments += 1
            assert re.search(r" @ \d\d:\d\d:\d\d ", by)
        closed += "Comments are not allowed for Anonymous, please register" in page.boilerplate
        assert "You can syndicate our news using the file backend.php or ultramode.txt" in page.boilerplate
        assert "Send to a Friend" in page.boilerplate
    assert writes and notes and lists and comments and closed and len(forms) >= 2
    assert writes < len(family(pages, "phpnuke-news-module"))


def test_phpnuke_dates() -> None:
    d = datetime(2026, 3, 7, 14, 30, tzinfo=ZoneInfo("America/New_York"))
    assert marsh._nuke_date(d) == "Saturday, March 07 @ 14:30:00 EST"
    assert marsh._nuke_date(d, 27) == "Saturday, March 07 @ 14:30:27 EST"


# --- patch-hyperlocal-updates -------------------------------------------------------------------


def test_patch_hyperlocal_updates(pages: list[SynthPage]) -> None:
    updated = plain = deks = lists = 0
    forms: set[int] = set()
    for page in family(pages, "patch-hyperlocal-updates"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        patterns = (r"/[a-z-]+/[a-z0-9-]+/[a-z0-9-]+", r"/[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]+/\d{6}/")
        form = [n for n, x in enumerate(patterns) if re.fullmatch(x, page.path)]
        assert form, page.path
        forms.add(form[0])
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        # the date: a naive <time> around the visible posted time
        _no_date_metadata(doc)
        assert not doc.xpath('//script[@type="application/ld+json"]')
        stamps = doc.xpath("//time/@datetime")
        assert stamps[0] == f"{d:%Y-%m-%dT%H:%M:%S}"
        assert f"Posted {norm_ws(doc.xpath('//time')[0].text_content())}" in page.boilerplate
        # the dek: neither
        dek = texts(doc, '//h2[starts-with(@class, "styles_dek__")]')
        if dek:
            deks += 1
            _neither(page, dek[0])
        # the text: every paragraph a <div> of its own, no <p>; an ad after every second paragraph
        body = doc.xpath('//article/div[starts-with(@class, "styles_body__")]')[0]
        assert not body.xpath(".//p")
        pcls = body[0].get("class")
        assert pcls.startswith("styles_paragraph__")
        lines: list[str] = []
        count = 0
        for el in body:
            cls = el.get("class")
            x = norm_ws(el.text_content())
            if cls != pcls:
                assert cls.startswith("styles_inlineAd__") and x == "Advertisement"
                assert count and count % 2 == 0 and el.get("id") == f"inline-ad-{count // 2}"
                continue
            if x.startswith(("RELATED: ", "Find out what's happening in ", "Have a news tip? ")):
                assert x in page.boilerplate
                continue
            if el.xpath("./ul"):
                lists += 1
                lines += [norm_ws(li.text_content()) for li in el.xpath("./ul/li")]
                continue
            lines.append(x)
            if not el.xpath("./h3"):
                count += 1
        assert lines == page.body.split("\n")
        # the UPDATE lines: body, first, newest first, later times of the day; "Updated" the newest
        ups = [x for x in lines if x.startswith("UPDATE (")]
        assert lines[: len(ups)] == ups
        if ups:
            updated += 1
            times = []
            for x in ups:
                m = re.match(r"UPDATE \((\d+):(\d\d) ([ap])\.m\.\): ", x)
                assert m
                times.append((int(m.group(1)) % 12 + (12 if m.group(3) == "p" else 0)) * 60 + int(m.group(2)))
            assert times == sorted(times, reverse=True) and times[-1] > d.hour * 60 + d.minute
            assert len(stamps) == 2 and stamps[1][11:16] == f"{times[0] // 60:02d}:{times[0] % 60:02d}"
            assert any(x.startswith("Updated ") for x in page.boilerplate)
        else:
            plain += 1
            assert len(stamps) == 1
        assert "Be respectful. This is a space for friendly local discussions." in page.boilerplate
        assert any(x.startswith("Find out what's happening in ") for x in page.boilerplate)
    assert updated and plain and deks and lists


def test_bios_recur(pages: list[SynthPage]) -> None:
    check_recurring_bios(pages, {
        "af-gemeenskapskoerant": ('//p[@class="author-box__name"]', '//p[@class="author-box__bio"]'),
    })


def test_site_wide_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        recurring={"uk-miskyi-portal": "Суб’єкт у сфері онлайн-медіа", "af-gemeenskapskoerant": "Oor ons Kontak ons",
                   "phpnuke-news-module": "You can syndicate our news", "patch-hyperlocal-updates": "Home News Feed"},
        varying={"uk-miskyi-portal": "Теги: ", "af-gemeenskapskoerant": "LEES OOK ",
                 "phpnuke-news-module": "Posted on ", "patch-hyperlocal-updates": "Posted "},
    )
