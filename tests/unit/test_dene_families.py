"""The families of pipeline.synth.dene_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
import urllib.request
from datetime import datetime

import lxml.html
import pytest

from pipeline.synth import dene_families as dene
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("dene"))


def _items(container: lxml.html.HtmlElement) -> tuple[list[str], list[str]]:
    """The text of the container's unclassed paragraphs, subheadings and list items (one by one),
    and that of its classed paragraphs and divs (what is amid the text but not of it)."""
    body: list[str] = []
    other: list[str] = []
    for el in container:
        if el.tag in ("ul", "ol"):
            body += [norm_ws(li.text_content()) for li in el]
        elif el.tag in ("h2", "h3") or (el.tag == "p" and not el.get("class")):
            body.append(norm_ws(el.text_content()))
        else:
            other.append(norm_ws(el.text_content()))
    return body, other


def _content(page: SynthPage, xpath: str) -> tuple[lxml.html.HtmlElement, list[str], list[str]]:
    doc = lxml.html.document_fromstring(page.html)
    body, other = _items(doc.xpath(xpath)[0])
    assert body == page.body.split("\n"), page.url
    return doc, body, other


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_site_wide_and_varying_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        recurring={
            "sk-spravodajsky-portal": "Predplaťte si ",
            "sl-novice-portal": "Ta spletna stran uporablja piškotke",
            "lv-zinu-portals": "Pārpublicēšanas gadījumā",
            "cy-newyddion-lleol": "Mae'r gwasanaeth hwn yn cael ei ariannu gan",
        },
        varying={
            "sk-spravodajsky-portal": "Čítajte aj:",
            "sl-novice-portal": "Preberite še:",
            "lv-zinu-portals": "Lasi arī:",
            "cy-newyddion-lleol": "Darllenwch hefyd:",
        },
    )


def test_sk_spravodajsky_portal(pages: list[SynthPage]) -> None:
    lists = 0
    for page in family(pages, "sk-spravodajsky-portal"):
        assert page.language == "sk" and page.tz == "Europe/Bratislava"
        assert re.fullmatch(r"/spravy/[a-z-]+/\d{7}-[a-z0-9-]+", page.path)
        doc, body, other = _content(page, '//div[@class="article__body"]')
        d = page.published_at
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert datetime.fromisoformat(data["datePublished"]) == d
        assert texts(doc, "//time[@datetime]") == [f"{d.day}. {d.month}. {d.year}, {d:%H:%M}"]
        perex = texts(doc, '//p[@class="perex"]')[0]
        assert perex not in page.body and perex not in page.boilerplate
        read_also = [x for x in other if x.startswith("Čítajte aj:")]
        assert read_also and all(x in page.boilerplate for x in read_also)
        assert "Reklama" not in page.boilerplate
        for xpath in (
            '//span[@class="credit"]',
            '//a[@class="discussion-count"]',
            '//div[@class="paywall-teaser"]/h3',
            '//div[@class="author-box"]/p',
            '//span[@class="author"]',
        ):
            found = texts(doc, xpath)[0]
            assert found in page.boilerplate, (xpath, found)
        assert texts(doc, '//span[@class="credit"]')[0].startswith("Foto: ")
        lists += bool(doc.xpath('//div[@class="article__body"]/ul'))
        assert not re.search(r"\b(the|and|of|ist|und)\b", page.body)
    assert lists


def test_sl_novice_portal(pages: list[SynthPage]) -> None:
    for page in family(pages, "sl-novice-portal"):
        assert page.language == "sl" and page.tz == "Europe/Ljubljana"
        assert re.fullmatch(r"/novice/[a-z-]+/[a-z0-9-]+/\d{6}", page.path)
        doc, body, other = _content(page, '//div[@class="article-body"]')
        d = page.published_at
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        shown = texts(doc, '//span[@class="date"]')[0]
        assert shown.removeprefix("Objavljeno: ") == f"{d.day}. {d.month}. {d.year} ob {d:%H.%M}"
        lead = texts(doc, '//p[@class="article-lead"]')[0]
        assert lead not in page.body and lead not in page.boilerplate
        assert texts(doc, '//div[@id="cookie-consent"]/p')[0] in page.boilerplate
        assert all(x in page.boilerplate for x in other) and other
        assert all(x in page.boilerplate for x in texts(doc, '//section[@class="related-news"]//a'))


def test_lv_zinu_portals(pages: list[SynthPage]) -> None:
    notes = set()
    for page in family(pages, "lv-zinu-portals"):
        assert page.language == "lv" and page.tz == "Europe/Riga"
        assert re.fullmatch(r"/raksts/\d{6}-[a-z0-9-]+", page.path)
        doc, body, other = _content(page, '//div[@class="article__body"]')
        d = page.published_at
        assert [datetime.fromisoformat(x) for x in doc.xpath("//time/@datetime")] == [d]
        assert texts(doc, "//time") == [f"{d:%d.%m.%Y %H:%M}"]
        assert doc.xpath('//div[@class="reklama"]/span[@class="reklama__label"]')
        assert "Reklāma" not in page.boilerplate
        for x in other:
            assert x.startswith(("Lasi arī:", "Reklāma"))
            assert x.startswith("Reklāma") or x in page.boilerplate
        notes |= set(texts(doc, '//p[@class="reklama__note"]'))
        assert texts(doc, '//p[@class="author-box__bio"]')[0] in page.boilerplate
    assert notes == {"Raksts turpinās pēc reklāmas"}


def test_cy_newyddion_lleol(pages: list[SynthPage]) -> None:
    forms = set()
    for page in family(pages, "cy-newyddion-lleol"):
        assert page.language == "cy" and page.tz == "Europe/London"
        assert re.fullmatch(r"/newyddion/[a-z0-9-]+/?", page.path)
        forms.add(page.path.endswith("/"))
        doc, body, other = _content(page, '//div[@class="entry-content"]')
        d = page.published_at
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        graph = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)["@graph"]
        assert datetime.fromisoformat(graph[0]["datePublished"]) == d
        assert texts(doc, '//time[contains(@class, "entry-date")]') == [dene.cy_date(d)]
        assert other[-1].startswith("Mae'r gwasanaeth hwn yn cael ei ariannu gan")
        assert all(x in page.boilerplate for x in other)
        assert texts(doc, '//div[@class="language-switcher"]//a[@lang="en"]') == ["English"]
        assert texts(doc, '//span[@class="byline"]')[0] in page.boilerplate
    assert forms == {True, False}


def test_slovak_grammar() -> None:
    prose = prose_for("sk", random.Random(5))
    sentences = [prose.sentence() for _ in range(300)]
    assert len(set(sentences)) > 250 and all(s.endswith(".") for s in sentences)
    endings = {"m": "", "f": "a", "n": "o", "p": "i"}
    other = {t.split()[0] for t in dene.SK_TIMES} | {"mesta", "upozorňujú"}
    checked = 0
    for s in sentences:
        if s.startswith("„"):  # a quote: the speaker's role after the verb
            continue
        for agent, g in dene.SK_AGENTS:
            for m in re.finditer(rf"(?<!\w){re.escape(agent)} (\w+)", s[0].lower() + s[1:]):
                if m.group(1) not in other:
                    checked += 1
                    assert any(m.group(1) == v + endings[g] for v, _, _ in dene.SK_VERBS), s
    assert checked > 100
    assert dene._sk_female("Šimko") == "Šimková" and dene._sk_female("Šťastný") == "Šťastná"


def test_slovenian_clitic_second() -> None:
    prose = prose_for("sl", random.Random(5))
    sentences = [prose.sentence() for _ in range(400)]
    assert len(set(sentences)) > 300
    for s in sentences:
        assert not re.search(r"(, da|Čeprav|, vendar|, saj|, medtem ko) (?!je |so )", s), s


def test_latvian_and_welsh() -> None:
    lv = prose_for("lv", random.Random(5))
    assert len({lv.sentence() for _ in range(300)}) > 250
    cy = prose_for("cy", random.Random(5))
    sentences = [cy.sentence() for _ in range(300)]
    assert len(set(sentences)) > 250
    assert not [s for s in sentences if re.search(r"\b(Mae|mae|wedi \w+[aeiou]) y ", s)]
    assert dene.cy_join("Mae", "y cyngor") == "Mae'r cyngor"
    assert dene.cy_join("gwrthod", "yr orsaf") == "gwrthod yr orsaf"
    assert dene.cy_date(datetime(2026, 3, 7)) == "Dydd Sadwrn, 7 Mawrth 2026"


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
