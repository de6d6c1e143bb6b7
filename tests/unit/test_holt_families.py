"""The families of pipeline.synth.holt_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
import urllib.request
from datetime import UTC, datetime
from urllib.parse import unquote

import lxml.html
import pytest

from pipeline.synth import holt_families as holt
from pipeline.synth.prose import prose_for, romanize
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("holt"))


def _items(container: lxml.html.HtmlElement, tags: tuple[str, ...], skip: str = "") -> list[str]:
    """The text of the container's children with `tags` (not of class `skip`), a list's items one
    by one."""
    out: list[str] = []
    for el in container:
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in tags and not (skip and el.get("class") == skip):
            out.append(norm_ws(el.text_content()))
    return out


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_ru_gorod_news(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    lists = quotes = 0
    for page in family(pages, "ru-gorod-news"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "ru" and page.tz in holt.RU_ZONES
        assert re.fullmatch(r"/news/\d{4}/\d\d/\d\d/\d{6}-[a-z0-9-]+/|/text/[a-z]+/\d{4}/\d\d/\d\d/\d{8}/", page.path)
        assert f"/{d:%Y/%m/%d}/" in page.path
        forms.add(page.path.startswith("/text/"))
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        assert texts(doc, "//time[@datetime]") == [holt.ru_date(d)]
        assert re.fullmatch(r"\d{1,2} [а-я]+ 2026, \d\d:\d\d", holt.ru_date(d))
        content = doc.xpath('//div[@itemprop="articleBody"]')[0]
        also = texts(content, './p[@class="read-also"]')
        assert also and all(x.startswith("Читайте также: ") and x in page.boilerplate for x in also)
        assert _items(content, ("p", "h2", "blockquote"), skip="read-also") == page.body.split("\n")
        assert all(x in page.boilerplate for x in texts(content, ".//figcaption/span"))
        lead = texts(doc, '//h1/following-sibling::p[1]')[0]
        assert lead not in page.body and lead not in page.boilerplate
        assert any("Свидетельство о регистрации СМИ" in x for x in page.boilerplate)
        assert "18+" in page.html and "Главное за день" in page.html
        assert any("Telegram" in x or "Дзен" in x for x in page.boilerplate)
        lists += bool(content.xpath("./ul"))
        quotes += bool(content.xpath("./blockquote"))
        assert re.search("[а-яё]", page.body) and not re.search(r"\b(the|and|of)\b", page.body)
    assert forms == {True, False} and lists and quotes


def test_russian_grammar() -> None:
    prose = prose_for("ru", random.Random(5))
    sentences = [prose.sentence() for _ in range(300)]
    assert len(set(sentences)) > 270 and all(s.endswith((".", "»")) for s in sentences)
    for s in sentences:
        for agent, gender in holt.RU_AGENTS:
            m = re.match(rf"{re.escape(agent)} (?:{'|'.join(holt.RU_TIMES)} )?(\w+?)(л|ла|ло|ли) ", s[0].lower() + s[1:])
            if m and m.group(1) in holt.RU_VERBS:
                assert m.group(2) == holt.RU_PAST[gender], s
        m = re.search(r"— (\w+?)(ла|л) (\w+) ", s)
        if m:
            assert (m.group(2) == "ла") == (m.group(3) in holt.RU_FIRST_F), s
    titles = [prose.title() for _ in range(100)]
    assert any(t.startswith("В ") and t.split()[1].endswith("е") for t in titles)
    assert holt.ru_latin("Щукинск") == "Shchukinsk" and holt.ru_slug("В Светлограде построят школу") == (
        "v-svetlograde-postroyat-shkolu"
    )
    assert romanize("Город Светлоград") == "Gorod Svetlograd"
    assert romanize("Светлоград") == "Светлоград"  # not a site name: as it is


def test_ar_akhbar_daily(pages: list[SynthPage]) -> None:
    for page in family(pages, "ar-akhbar-daily"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert doc.get("dir") == "rtl" and doc.get("lang") == "ar"
        m = re.fullmatch(r"/(news|News)/\d{7}/((?:%[0-9A-F]{2}|-)+)", page.path)
        assert m, page.path
        assert unquote(m.group(2)).split("-")[0] == re.sub(r"[^\w]", "", page.title.split()[0])
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert datetime.fromisoformat(data["datePublished"]) == d
        shown = texts(doc, '//span[@class="date"]')[0]
        assert shown == holt.ar_date(d) and not re.search(r"[0-9]", shown) and "هـ" in shown
        assert texts(doc, '//span[@class="time"]') == [holt.ar_time(d)]
        content = doc.xpath('//div[@id="articleBody"]')[0]
        also = texts(content, './p[@class="read-also"]')
        assert also and all(x.startswith("اقرأ أيضا: ") and x in page.boilerplate for x in also)
        assert _items(content, ("p", "h3", "blockquote"), skip="read-also") == page.body.split("\n")
        summary = texts(doc, "//h1/following-sibling::h2[1]")[0]
        assert summary not in page.body and summary not in page.boilerplate
        assert texts(doc, '//div[@class="tags"]')[0] in page.boilerplate
        assert texts(doc, "//figcaption")[0] in page.boilerplate


def test_hijri_dates() -> None:
    assert holt.hijri(datetime(2026, 2, 18)) in ((1447, 9, 1), (1447, 8, 30))
    assert holt.hijri(datetime(2026, 1, 5))[:2] == (1447, 7)
    assert holt.ar_date(datetime(2026, 3, 7, 14, 30)).startswith("السبت، ٧ مارس ٢٠٢٦ - ")
    assert holt.ar_time(datetime(2026, 3, 7, 14, 30)) == "٠٢:٣٠ م"


def test_tr_haber_portal(pages: list[SynthPage]) -> None:
    for page in family(pages, "tr-haber-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/[a-z-]+/[a-z0-9-]+-\d{7}|/haber/[a-z0-9-]+/\d{9}", page.path)
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        assert texts(doc, "//time") == [f"{d:%d.%m.%Y - %H:%M}"]
        data = json.loads(doc.xpath('//script[@id="__NEXT_DATA__"]')[0].text)
        article = data["props"]["pageProps"]["article"]
        assert article["title"] == page.title
        assert datetime.fromisoformat(article["publishDate"]) == d.astimezone(UTC)
        content = doc.xpath('//div[re:test(@class, "^[A-Za-z]+_content__[A-Za-z0-9]{5}$")]',
                            namespaces={"re": "http://exslt.org/regular-expressions"})[0]
        assert not content.xpath(".//p")
        lines = [norm_ws(el.text_content()) for el in content if el.tag in ("div", "h3")
                 and "AdSlot_slot__" not in (el.get("class") or "")]
        assert lines == page.body.split("\n")
        assert content.xpath('./div[contains(@class, "AdSlot_slot__")]')
        spot = texts(doc, "//h1/following-sibling::h2[1]")[0]
        assert spot not in page.body and spot not in page.boilerplate
        related = texts(doc, '//section[h3="İlgili Haberler"]/a')
        assert related and all(x in page.boilerplate for x in related)
        assert "<" not in doc.xpath('//script[@id="__NEXT_DATA__"]')[0].text  # as \u003c
        assert all(norm_ws(x) in article["body"] for x in page.body.split("\n") if "&" not in x)


def test_pl_portal_amp(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    lists = 0
    for page in family(pages, "pl-portal-amp"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.search(r"<html (amp|⚡) lang=\"pl\">", page.html)
        assert re.fullmatch(r"/[a-z]+/news-[a-z0-9-]+,nId,\d{7}\?amp=1|/[a-z]+/[a-z0-9-]+/ar/c1-\d{8}/amp", page.path)
        forms.add(page.path.endswith("?amp=1"))
        canonical = doc.xpath('//link[@rel="canonical"]/@href')[0]
        assert canonical == f"https://{page.site}{page.path.removesuffix('?amp=1').removesuffix('/amp')}"
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert datetime.fromisoformat(data["datePublished"]) == d
        assert texts(doc, "//time[@datetime]") == [f"{d:%d.%m.%Y, %H:%M}"]
        for tag in ("amp-img", "amp-ad", "amp-social-share", "amp-sidebar"):
            assert doc.xpath(f"//{tag}"), tag
        content = doc.xpath('//div[@class="article-body"]')[0]
        also = texts(content, './p[@class="see-also"]')
        assert also and all(x.startswith("Zobacz także: ") and x in page.boilerplate for x in also)
        assert _items(content, ("p", "h2", "blockquote"), skip="see-also") == page.body.split("\n")
        assert texts(content, './p[@class="lead"]') == [page.body.split("\n")[0]]
        assert texts(content, './/span[@class="ad-label"]')
        teasers = texts(doc, '//section[@class="teasers"]//h3')
        assert teasers and all(x in page.boilerplate for x in teasers)
        lists += bool(content.xpath("./ul"))
    assert forms == {True, False} and lists


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
