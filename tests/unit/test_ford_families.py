"""The families of pipeline.synth.ford_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth import ford_families as ford
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage, _slug
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
    return list(split_pages("ford"))


def _children(container: lxml.html.HtmlElement, tags: tuple[str, ...]) -> list[lxml.html.HtmlElement]:
    return [el for el in container if el.tag in tags]


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


def test_lt_regiono_portalas(pages: list[SynthPage]) -> None:
    quotes = lists = sources = funds = updated = comments = 0
    for page in family(pages, "lt-regiono-portalas"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "lt" and doc.get("lang") == "lt" and page.tz == "Europe/Vilnius"
        assert re.fullmatch(r"/naujienos/[a-z0-9-]+/[a-z0-9-]+-\d{6}", page.path)
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        # the date: only the visible, naive text (and the day the page was served in the top bar)
        assert not doc.xpath("//time|//meta[contains(@property, 'time')]")
        assert all("date" not in x.text for x in doc.xpath('//script[@type="application/ld+json"]'))
        assert texts(doc, '//span[@class="news-date"]') == [f"{d:%Y-%m-%d %H:%M}"]
        today = texts(doc, '//span[@class="today"]')[0]
        assert today in page.boilerplate
        m = re.fullmatch(r"Šiandien: (\d{4}) m\. (\w+) (\d+) d\., (\w+)", today)
        assert m and m.group(2) in ford.LT_MONTHS and m.group(4) in ford.LT_WEEKDAYS
        served = datetime(int(m.group(1)), ford.LT_MONTHS.index(m.group(2)) + 1, int(m.group(3)))
        assert 0 <= (served.date() - d.date()).days <= 3
        assert ford.LT_WEEKDAYS[served.weekday()] == m.group(4)
        updated += bool(doc.xpath('//span[@class="news-updated"]'))
        # the text: the bold lead is body, "Taip pat skaitykite" lines and the source note are not
        text = doc.xpath('//div[@class="news-text"]')[0]
        items = _lines(text, ("p", "h3", "blockquote"))
        read = [norm_ws(x.text_content()) for x in text.xpath('./p[@class="skaitykite"]')]
        note = texts(text, './p[@class="source"]')
        lines = page.body.split("\n")
        assert [x for x in items if x not in read and x not in note] == lines
        assert text.xpath("./p[1]/strong") and norm_ws(text.xpath("./p[1]/strong")[0].text_content()) == lines[0]
        assert read and all(x in page.boilerplate for x in read)
        assert all(x in page.boilerplate and x not in page.body for x in note)
        sources += bool(note)
        fund = texts(doc, '//div[@class="mrf-box"]/p')
        assert all(x in page.boilerplate for x in fund)
        funds += bool(fund)
        for q in text.xpath("./blockquote"):
            quotes += 1
            assert re.fullmatch(r"„.+“, – \w+ .+, .+\.", norm_ws(q.text_content()))
        lists += bool(text.xpath("./ul"))
        assert any(x.startswith("Autorius: ") for x in page.boilerplate)
        assert any(x.endswith("nuotr.") or " Nuotr. " in x for x in page.boilerplate)
        found = texts(doc, '//div[@class="comment"]/p')
        assert all(x in page.boilerplate for x in found if len(x.split()) >= 4)
        comments += bool(found)
        # Lithuanian text
        assert re.search("[ąčęėįšųūž]", page.body) and not re.search("[ñçãõ]", page.body)
    assert quotes and lists and sources and funds and updated and comments


def test_lithuanian_grammar() -> None:
    assert ford._lt_female("Kazlauskas", True) == "Kazlauskienė"
    assert ford._lt_female("Kazlauskas", False) == "Kazlauskaitė"
    assert ford._lt_female("Butkus", False) == "Butkutė" and ford._lt_female("Butkus", True) == "Butkienė"
    assert ford._lt_female("Stankevičius", False) == "Stankevičiūtė"
    assert ford._lt_female("Stankevičius", True) == "Stankevičienė"
    assert ford._lt_female("Adomaitis", False) == "Adomaitytė" and ford._lt_female("Kairys", True) == "Kairienė"
    assert [ford._lt_case(p, "gen") for p in ("Kelava", "Mariai", "Biržai", "Plungė", "Visaginas", "Rokiškis")] == [
        "Kelavos", "Marių", "Biržų", "Plungės", "Visagino", "Rokiškio"]
    assert [ford._lt_case(p, "loc") for p in ("Kelava", "Mariai", "Biržai", "Plungė", "Visaginas", "Rokiškis")] == [
        "Kelavoje", "Mariuose", "Biržuose", "Plungėje", "Visagine", "Rokiškyje"]
    names = ford._lt_places()
    assert len(names) > 200 and all(ford._lt_ok(x) for x in names)
    assert all(_slug(x).isascii() for x in names)
    prose = prose_for("lt", random.Random(5))
    sentences = [prose.sentence() for _ in range(400)]
    assert len(set(sentences)) > 380
    assert len({w for s in sentences for w in s.split()}) > 400
    assert all(s[0].isupper() or s[0] == "„" for s in sentences) and all(s.endswith(".") for s in sentences)
    titles = [prose.title() for _ in range(100)]
    assert len(set(titles)) > 90 and all(t[0].isupper() for t in titles)
    # a quote's role is in the speaker's gender
    for s in sentences:
        m = re.search(r"– \w+ (\w+) \w+, (.+)\.$", s)
        if m:
            female = m.group(1) in ford.LT_FIRST_F
            assert m.group(2) in {r[1 if female else 0] for r in ford.LT_ROLES}, s
    people = [prose.person() for _ in range(200)]
    assert all(p.split()[1].endswith(("ienė", "aitė", "utė", "ytė", "iūtė")) for p in people
               if p.split()[0] in ford.LT_FIRST_F)
    assert all(p.split()[1] in ford.LT_SURNAMES for p in people if p.split()[0] in ford.LT_FIRST_M)


def _br_body(article: lxml.html.HtmlElement) -> list[str]:
    """The lines of a sports article's text: its "content-text" paragraphs and intertitles, without the
    "+ LEIA MAIS:" and WhatsApp lines, the photo, the ad slot and the match sheet."""
    out: list[str] = []
    for el in article:
        cls = el.get("class") or ""
        if "ficha-tecnica" in cls:
            continue
        if "content-intertitle" in cls:
            out.append(norm_ws(el.text_content()))
        elif "content-text" in cls:
            x = norm_ws(el.text_content())
            if not x.startswith(("+ LEIA MAIS:", "▶️")):
                out.append(x)
    return out


def test_br_esporte_ficha(pages: list[SynthPage]) -> None:
    events = updated = quotes = heads = draws = 0
    for page in family(pages, "br-esporte-ficha"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "pt" and doc.get("lang") == "pt-BR"
        uf = {"America/Sao_Paulo": "sp", "America/Recife": "pe", "America/Fortaleza": "ce", "America/Bahia": "ba",
              "America/Belem": "pa"}[page.tz]
        assert re.fullmatch(rf"/{uf}/futebol/[a-z0-9-]+/noticia/{d:%Y/%m/%d}/[a-z0-9-]+\.ghtml", page.path)
        comp = texts(doc, '//div[@class="header-editoria"]')[0]
        assert doc.findtext(".//title") == f"{page.title} | {comp} | {page.publisher}"
        assert f"/futebol/{_slug(comp)}/noticia/" in page.path
        # the date: a naive <time datetime>; the SportsEvent's startDate is the kick-off, before it
        stamps = doc.xpath('//time[@itemprop="datePublished"]/@datetime')
        assert stamps == [f"{d:%Y-%m-%dT%H:%M:%S}"]
        assert texts(doc, '//time[@itemprop="datePublished"]') == [f"{d:%d/%m/%Y} {d:%H}h{d:%M}"]
        updated += bool(doc.xpath('//time[@itemprop="dateModified"]'))
        assert not doc.xpath("//meta[contains(@property, 'time')]")
        for script in doc.xpath('//script[@type="application/ld+json"]'):
            data = json.loads(script.text)
            assert data["@type"] == "SportsEvent" and "datePublished" not in data
            kickoff = datetime.fromisoformat(data["startDate"])
            assert kickoff.utcoffset() is not None and kickoff < d
            events += 1
        # the linha fina: neither body nor boilerplate
        fina = texts(doc, '//h2[@class="content-head__subtitle"]')
        assert len(fina) == 1
        _neither(page, fina[0])
        article = doc.xpath('//article[@itemprop="articleBody"]')[0]
        lines = page.body.split("\n")
        assert _br_body(article) == lines
        heads += any(len(x.split()) <= 6 for x in lines)
        quotes += sum(1 for x in lines if x.startswith("— "))
        # the match sheet: boilerplate line by line, and the text reports the same score
        sheet = texts(article, './/div[contains(@class, "ficha-tecnica")]/p')
        assert sheet and all(x in page.boilerplate and x not in page.body for x in sheet if len(x.split()) >= 4)
        assert any(x.startswith("Data: ") for x in sheet) and any(x.startswith("Competição: ") for x in sheet)
        m = re.fullmatch(r"(.+) (\d) x (\d) (.+)", sheet[0])
        assert m
        home, hs, as_, away = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
        lead = lines[0]
        if hs == as_:
            draws += 1
            assert f"{hs} a {as_}" in lead and (" empataram " in lead or " ficaram no 0 a 0 " in lead)
        else:
            assert f" por {max(hs, as_)} a {min(hs, as_)} " in lead
            assert (home if hs > as_ else away) in page.title
        assert home in lead and away in lead
        goals = [x for x in sheet if x.startswith("Gols: ")]
        assert len(goals[0].split("; ")) == hs + as_ if goals else hs + as_ == 0
        assert any(x.startswith("+ LEIA MAIS: ") for x in page.boilerplate)
        assert any(" — Foto: " in x for x in page.boilerplate)
        assert any(x.startswith("Veja os melhores momentos de ") for x in page.boilerplate)
    assert events and updated and quotes and heads and draws
    assert events < len(family(pages, "br-esporte-ficha"))


def test_bizjournal_metered(pages: list[SynthPage]) -> None:
    highlights = lists = ctas = updated = 0
    queries: set[bool] = set()
    for page in family(pages, "bizjournal-metered"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        m = re.fullmatch(rf"/[a-z0-9-]+/news/{d:%Y/%m/%d}/[a-z0-9-]+\.html(\?ana=RSS&s=article_search)?", page.path)
        assert m
        queries.add(bool(m.group(1)))
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        assert doc.xpath('//link[@rel="canonical"]/@href') == [page.url.split("?")[0]]
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert data["@type"] == "NewsArticle" and datetime.fromisoformat(data["datePublished"]) == d
        assert data["isAccessibleForFree"] == "False"
        assert doc.xpath(f'//div[contains(@class, "{data["hasPart"]["cssSelector"][1:]}")]')
        assert doc.xpath("//time/@datetime") == [d.isoformat(timespec="seconds")]
        assert texts(doc, "//time") == [ford._biz_stamp(d)]
        updated += any(x.startswith("Updated ") for x in page.boilerplate)
        # the AI-written highlights: boilerplate, not body
        box = doc.xpath('//div[@class="story-highlights"]')
        if box:
            highlights += 1
            points = texts(box[0], ".//li")
            assert len(points) == 3 and all(x in page.boilerplate and x not in page.body for x in points)
            assert "Story Highlights are generated by AI and reviewed by our editors." in page.boilerplate
        content = doc.xpath('//div[contains(@class, "paywalled-content")]')[0]
        items = _lines(content, ("p", "h2"))
        related = [x for x in items if x.startswith("RELATED: ")]
        cta = [x for x in items if x.startswith("Want more ")]
        assert [x for x in items if x not in related and x not in cta] == page.body.split("\n")
        assert related and all(x in page.boilerplate for x in related)
        assert all(x in page.boilerplate and x not in page.body for x in cta)
        ctas += bool(cta)
        lists += bool(content.xpath("./ul"))
        assert "Sign up for our free daily newsletter" in page.boilerplate
        assert any(re.fullmatch(r"You have \d free articles? remaining this month\.", x) or
                   x == "This is your last free article this month." for x in page.boilerplate)
        assert any(x.startswith("© 2026 ") and "User Agreement" in x for x in page.boilerplate)
    assert highlights and lists and ctas and updated and queries == {True, False}


def test_sno_student_paper(pages: list[SynthPage]) -> None:
    decks = notes = contacts = pulls = 0
    for page in family(pages, "sno-student-paper"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        m = re.fullmatch(r"/(\d{5})/[a-z0-9-]+/[a-z0-9-]+/", page.path)
        assert m and f"postid-{m.group(1)}" in doc.find("body").get("class")
        assert doc.findtext(".//title") == f"{page.title} \u2013 {page.publisher}" and "&#8211;" in page.html
        # the date: the meta tag in UTC, the visible local date alone
        utc = d.astimezone(UTC)
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            f"{utc:%Y-%m-%dT%H:%M:%S}+00:00"]
        assert not doc.xpath('//time|//script[@type="application/ld+json"]')
        assert texts(doc, '//span[@class="time-wrapper"]') == [ford._en_date(d)]
        header = texts(doc, '//span[@class="sno-date"]')[0]
        served = datetime.strptime(header, "%A, %B %d, %Y")
        assert header in page.boilerplate and 0 <= (served.date() - d.date()).days <= 5
        deck = texts(doc, '//div[@class="sno-story-deck"]')
        if deck:
            decks += 1
            _neither(page, deck[0])
        content = doc.xpath('//div[@id="sno-story-body-content"]')[0]
        items = _lines(content, ("p", "h3", "blockquote"))
        contact = [x for x in items if x.startswith("Contact ")]
        lines = page.body.split("\n")
        assert [x for x in items if x not in contact] == lines
        assert all(x in page.boilerplate and x not in page.body for x in contact)
        contacts += bool(contact)
        note = [x for x in lines if x.startswith("Editor's note: ")]
        if note:
            notes += 1
            assert note == [lines[-1]]
            assert content.xpath(f'./p/em[text()="{lines[-1]}"]')
        for sentence in page.repeated:
            pulls += 1
            assert texts(content, './/p[@class="pullquotetext"]') == [f"\u201c{sentence}\u201d"]
        assert "Story continues below advertisement" in page.boilerplate
        assert any(x.startswith("Your donation will support the student journalists of ") for x in page.boilerplate)
        assert any(x.startswith(f"© {d.year} • Privacy Policy • FLEX Pro WordPress Theme by SNO") for x in page.boilerplate)
    assert decks and notes and contacts and pulls
    assert decks < len(family(pages, "sno-student-paper"))


def test_bios_recur(pages: list[SynthPage]) -> None:
    check_recurring_bios(pages, {
        "bizjournal-metered": ('//a[@class="author-card__name"]', '//p[@class="author-card__bio"]'),
        "sno-student-paper": ('//span[@class="writer-name"]', '//p[@class="writer-bio"]'),
    })


def test_site_wide_boilerplate(pages: list[SynthPage]) -> None:
    names = ("lt-regiono-portalas", "br-esporte-ficha", "bizjournal-metered")
    check_site_wide_boilerplate(
        [p for p in pages if p.family in names],
        recurring={"lt-regiono-portalas": "Leidėjas: UAB", "br-esporte-ficha": "Quem somos Anuncie",
                   "bizjournal-metered": "© 2026 "},
        varying={"lt-regiono-portalas": "Šiandien: ", "br-esporte-ficha": "Data: ",
                 "bizjournal-metered": "RELATED: "},
    )
