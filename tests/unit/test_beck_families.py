"""The families of pipeline.synth.beck_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
import urllib.request
from datetime import datetime
from urllib.parse import unquote

import lxml.html
import pytest

from pipeline.synth import beck_families as beck
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("beck"))


def _items(container: lxml.html.HtmlElement, tags: tuple[str, ...], skip: tuple[str, ...] = ()) -> list[str]:
    """The text of the container's children with `tags` (not of a class in `skip`), a list's items
    one by one."""
    out: list[str] = []
    for el in container:
        if el.get("class") in skip:
            continue
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in tags:
            out.append(norm_ws(el.text_content()))
    return out


def _ld(doc: lxml.html.HtmlElement) -> dict[str, object]:
    data: dict[str, object] = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
    return data


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_he_daily_site(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    lists = 0
    for page in family(pages, "he-daily-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Jerusalem" and doc.get("dir") == "rtl" and doc.get("lang") == "he"
        assert re.fullmatch(r"/news/article/[A-Za-z0-9]{9}|/item/\d{6,7}", page.path), page.path
        forms.add(page.path.startswith("/item/"))
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        assert [datetime.fromisoformat(x) for x in doc.xpath("//time/@datetime")] == [d]
        shown = texts(doc, "//time")[0]
        assert shown in (f"פורסם: {beck._he_date(d, 0)}", f"פורסם: {beck._he_date(d, 1)}")
        content = doc.xpath('//div[@class="ArticleBodyComponent" or @class="article-content"]')[0]
        assert _items(content, ("p", "h2", "h3")) == page.body.split("\n")
        ad = texts(content, './/span[@class="ad-label"]')
        assert ad and all(x in page.boilerplate for x in ad)
        dek = texts(doc, "//h2[contains(@class, 'ub') or @class='subtitle']")[0]
        assert dek not in page.body and dek not in page.boilerplate
        for x in texts(doc, '//section[@class="more-articles"]//a') + texts(doc, '//p[@class="notice"]'):
            assert x in page.boilerplate
        assert texts(doc, '//div[@class="writer-box"]/p')[0] in page.boilerplate
        assert re.search(r"[\u0590-\u05ff]", page.body) and not re.search(r"\b(the|and)\b", page.body)
        lists += bool(content.xpath("./ul"))
    assert len(forms) == 2 and lists


def test_fa_khabar_agency(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    for page in family(pages, "fa-khabar-agency"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Tehran" and d.utcoffset() is not None and d.isoformat().endswith("+03:30")
        m = re.fullmatch(r"/news/(\d{13})/([A-Za-z0-9%-]+)|/fa/news/(\d{7})/([A-Za-z0-9%-]+)", page.path)
        assert m, page.path
        forms.add(page.path.startswith("/fa/"))
        slug = unquote(m.group(2) or m.group(4))
        assert slug.replace("-", " ") in re.sub(r"[^\w\s\u200c]", " ", page.title).replace("  ", " ") or slug
        if m.group(1):
            y, mo, day = beck.jalali(d.year, d.month, d.day)
            assert m.group(1).startswith(f"{y}{mo:02d}{day:02d}")
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == d
        assert texts(doc, '//span[@class="date"]') == [beck.fa_date(d)]
        code = texts(doc, '//span[@class="code"]')[0]
        assert re.fullmatch(r"کد خبر: [۰-۹]{7}", code)
        content = doc.xpath('//div[@class="item-text"]')[0]
        assert _items(content, ("p", "h2", "h3")) == page.body.split("\n")
        assert page.body.startswith("به گزارش خبرگزاری ")
        lead = texts(doc, '//p[@class="lead summary"]')[0]
        assert lead not in page.body and lead not in page.boilerplate
        for x in texts(doc, '//section[@class="related"]//a') + texts(doc, '//div[@class="channels"]/a'):
            assert x in page.boilerplate
        assert not re.search(r"[0-9]", texts(doc, '//span[@class="date"]')[0])


def test_persian_calendar() -> None:
    assert beck.jalali(2026, 3, 7) == (1404, 12, 16)
    assert beck.jalali(2026, 3, 20) == (1404, 12, 29)
    assert beck.jalali(2026, 3, 21) == (1405, 1, 1)
    assert beck.jalali(2026, 1, 5) == (1404, 10, 15)
    assert beck.fa_date(datetime(2026, 3, 7, 14, 30)) == "۱۶ اسفند ۱۴۰۴ - ۱۴:۳۰"


def test_hi_samachar_portal(pages: list[SynthPage]) -> None:
    for page in family(pages, "hi-samachar-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Kolkata"
        assert re.fullmatch(r"/[a-z-]+/[a-z]+(-news)?/[a-z0-9-]+-\d{8}\.html", page.path), page.path
        assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == d
        assert texts(doc, '//span[@class="pub-date"]') == [f"प्रकाशित: {beck.hi_date(d)}"]
        content = doc.xpath('//div[@class="article-desc"]')[0]
        skip = ("also-read", "ad-container")
        assert _items(content, ("p", "h2"), skip) == page.body.split("\n")
        also = texts(content, './p[@class="also-read"]')
        assert also and all(x in page.boilerplate and x.startswith("यह भी पढ़ें:") for x in also)
        assert texts(doc, "//figcaption")[0] in page.boilerplate
        for x in texts(doc, '//aside[@class="trending"]//a') + texts(doc, '//div[@class="follow"]/a'):
            assert x in page.boilerplate
        assert "।" in page.body and re.search(r"[\u0900-\u097f]", page.body)


def test_hindi_slugs() -> None:
    assert beck.hi_latin("नगर निगम ने नए बजट को दी मंज़ूरी") == "nagar nigam ne nae bajat ko di manzuri"
    assert beck.hi_date(datetime(2026, 3, 7, 14, 30)) == "7 मार्च 2026, 14:30 IST"


def test_vi_bao_dien_tu(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    for page in family(pages, "vi-bao-dien-tu"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Ho_Chi_Minh"
        assert re.fullmatch(r"/[a-z0-9-]+-post\d{6}\.html|/[a-z-]+/[a-z0-9-]+-\d{17}\.htm", page.path), (
            page.path
        )
        forms.add(page.path.endswith(".htm"))
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        assert texts(doc, '//span[@class="date"]') == [beck.vi_date(d)]
        content = doc.xpath('//article[@class="fck_detail"] | //div[@class="detail-content"]')[0]
        assert _items(content, ("p", "h2"), ("author",)) == page.body.split("\n")
        sapo = texts(doc, '//h2[@class="sapo"] | //p[@class="description"]')[0]
        assert sapo not in page.body and sapo not in page.boilerplate
        assert texts(content, ".//figcaption")[0] in page.boilerplate
        related = texts(content, './/div[@class="box-related"]//a')
        assert related and all(x in page.boilerplate for x in related)
        assert any(x.startswith("Đường dây nóng:") for x in page.boilerplate)
    assert len(forms) == 2
    assert beck.vi_date(datetime(2026, 3, 7, 14, 30)) == "Thứ Bảy, 07/03/2026 14:30 (GMT+7)"


@pytest.mark.parametrize("lang", ["he", "fa", "hi", "vi"])
def test_grammars(lang: str) -> None:
    prose = prose_for(lang, random.Random(5))
    sentences = [prose.sentence() for _ in range(300)]
    assert len(set(sentences)) > 250
    assert all(s.endswith(("।", '।"')) if lang == "hi" else s.endswith((".", "»")) for s in sentences)
    titles = {prose.title() for _ in range(100)}
    assert len(titles) > 80 and all(len(t.split()) >= 4 for t in titles)
    if lang == "he":
        for s in sentences:  # the past tense agrees with its subject
            for agent, g in beck.HE_AGENTS:
                for verb in beck.HE_VERBS:
                    for k, form in enumerate(verb[:3]):
                        if f"{agent} {form} " in s and "mfp"[k] != g:
                            assert any(f"{agent} {verb['mfp'.index(g)]} " in s for verb in beck.HE_VERBS), s
    if lang == "fa":
        for s in sentences:
            for agent, plural in beck.FA_AGENTS:  # the verb agrees with a plural subject
                if s.startswith(agent + " ") and " را " in s:
                    verb = re.split(r" و |،|\.", s.split(" را ", 1)[1])[0]
                    assert verb.endswith("ند") == plural, s


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
