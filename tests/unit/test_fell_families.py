"""The families of pipeline.synth.fell_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
import urllib.request
from datetime import datetime

import lxml.html
import pytest

from pipeline.synth import fell_families as fell
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("fell"))


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


def test_ka_ambebi_portal(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    lists = 0
    for page in family(pages, "ka-ambebi-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Tbilisi" and d.isoformat().endswith("+04:00")
        assert re.fullmatch(r"/news/\d{6}-[a-z0-9-]+", page.path), page.path
        assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == d
        php = bool(doc.xpath('//meta[@property="article:published_time"]'))
        forms.add(php)
        if php:
            assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
            lead = texts(doc, '//p[@class="lead"]')[0]
            assert lead not in page.body and lead not in page.boilerplate
        else:
            assert [datetime.fromisoformat(x) for x in doc.xpath("//time/@datetime")] == [d]
        assert texts(doc, '//*[@class="date"]') == [fell.ka_date(d)]
        content = doc.xpath('//div[@class="news-text" or @class="article-body"]')[0]
        assert _items(content, ("p", "h2", "h3")) == page.body.split("\n")
        assert texts(doc, "//figcaption")[0] in page.boilerplate
        for x in (
            texts(doc, '//section[@class="related-news"]//a')
            + texts(doc, '//p[@class="fb-notice"]')
            + texts(doc, '//p[@class="disclaimer"]')
        ):
            assert x in page.boilerplate
        assert re.search(r"[\u10d0-\u10ff]", page.body) and not re.search(r"[A-Za-z]", page.body)
        lists += bool(content.xpath("./ul"))
    assert len(forms) == 2 and lists


def test_hy_lratvakan_site(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    for page in family(pages, "hy-lratvakan-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Yerevan"
        assert page.path == f"/hy/news/{d:%Y/%m/%d}/" + page.path.split("/")[-2] + "/"
        assert re.fullmatch(r"/hy/news/\d{4}/\d\d/\d\d/\d{6}/", page.path), page.path
        assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == d
        times = doc.xpath('//time[@class="time"]/@datetime')
        forms.add(bool(times))
        if times:
            assert [datetime.fromisoformat(x) for x in times] == [d]
            assert texts(doc, '//time[@class="time"]') == [fell.hy_date(d, 0)]
        else:
            assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
            assert texts(doc, '//div[@class="date"]') == [fell.hy_date(d, 1)]
        content = doc.xpath('//div[@class="article-text" or @class="news-content"]')[0]
        assert _items(content, ("p", "h2", "h3")) == page.body.split("\n")
        for x in (
            texts(doc, '//section[@class="similar"]//a')
            + texts(doc, '//aside[@class="newsfeed"]//a')
            + texts(doc, '//div[@class="tg-banner"]/a')
            + texts(doc, '//p[@class="img-caption"]')
        ):
            assert x in page.boilerplate
        assert "\u0589" in page.body and "." not in page.body.replace("...", "")
    assert len(forms) == 2
    assert fell.hy_date(datetime(2026, 3, 7, 14, 30), 0) == "մարտի 7, 2026, 14:30"
    assert (
        fell.hy_article("Նախարարությունը այսօր հաստատեց ծրագիրը։")
        == "Նախարարությունն այսօր հաստատեց ծրագիրը։"
    )


def test_am_zena_site(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    for page in family(pages, "am-zena-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Africa/Addis_Ababa" and d.isoformat().endswith("+03:00")
        m = re.fullmatch(r"/am/news/(\d{5,6})|/\?p=(\d{4,5})", page.path)
        assert m, page.path
        wp = bool(m.group(2))
        forms.add(wp)
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == d
        if wp:
            assert doc.xpath("//article/@id") == [f"post-{m.group(2)}"]
            assert [
                datetime.fromisoformat(x)
                for x in doc.xpath('//time[@class="entry-date published"]/@datetime')
            ] == [d]
            assert texts(doc, "//time") == [fell.et_date(d, weekday=False)]
            content = doc.xpath('//div[@class="entry-content"]')[0]
            assert texts(doc, '//p[@class="comment-notes"]')[0] in page.boilerplate
            related = texts(doc, '//div[@class="jp-relatedposts-post"]/a')
        else:
            assert texts(doc, '//span[@class="ethio-date"]') == [fell.et_date(d)]
            content = doc.xpath('//div[@class="news-body"]')[0]
            excerpt = texts(doc, '//p[@class="excerpt"]')[0]
            assert excerpt not in page.body and excerpt not in page.boilerplate
            related = texts(doc, '//section[@class="related"]//a')
        assert _items(content, ("p", "h2", "h3")) == page.body.split("\n")
        assert related and all(x in page.boilerplate for x in related)
        assert texts(doc, "//figcaption")[0] in page.boilerplate
        assert "።" in page.body and re.search(r"[\u1200-\u137f]", page.body)
    assert len(forms) == 2


def test_ethiopian_calendar() -> None:
    assert fell.ethiopian(2026, 3, 7) == (2018, 6, 28)
    assert fell.ethiopian(2025, 9, 11) == (2018, 1, 1)
    assert fell.ethiopian(2025, 9, 10) == (2017, 13, 5)
    assert fell.ethiopian(2023, 9, 12) == (2016, 1, 1)  # after an Ethiopian leap year (Pagume 6)
    assert fell.ethiopian(2026, 1, 7) == (2018, 4, 29)  # Genna
    assert fell.et_date(datetime(2026, 3, 7, 14, 30)) == "ቅዳሜ፣ የካቲት 28 ቀን 2018 ዓ.ም."


def test_bn_khobor_portal(pages: list[SynthPage]) -> None:
    inline = 0
    for page in family(pages, "bn-khobor-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Dhaka" and d.isoformat().endswith("+06:00")
        section = page.path.split("/")[1]
        assert section in fell.BN_SECTION_SLUGS.values()
        assert re.fullmatch(r"/[a-z]+/article/\d{6,7}/[a-z0-9-]+", page.path), page.path
        assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == d
        assert texts(doc, '//span[@class="published"]') == [f"প্রকাশ: {fell.bn_date(d)}"]
        assert not re.search(r"[0-9]", texts(doc, '//span[@class="published"]')[0])
        content = doc.xpath('//div[@class="story-body" or @class="details-content"]')[0]
        assert _items(content, ("p", "h2")) == page.body.split("\n")
        also = texts(content, './div[@class="also-read"]')
        assert also and all(x in page.boilerplate and x.startswith("আরও পড়ুন ") for x in also)
        for x in texts(doc, "//figcaption") + texts(doc, '//aside[@class="most-read"]//a'):
            assert x in page.boilerplate
        assert all("ছবি: " in x for x in texts(doc, "//figcaption"))
        inline += bool(content.xpath(".//figure"))
        assert "।" in page.body and re.search(r"[\u0980-\u09ff]", page.body)
    assert inline
    assert fell.bn_date(datetime(2026, 3, 7, 14, 30)) == "০৭ মার্চ ২০২৬, ১৪:৩০"


def test_transliterations() -> None:
    assert fell.ka_latin("ახალი ბიუჯეტი დაამტკიცა") == "akhali biujeti daamtkitsa"
    assert fell.bn_latin("নতুন বাজেট অনুমোদন করল") == "natun bajet anumodan karal"
    assert fell.bn_latin("ঢাকায় বগুড়া") == "dhakay bagura"


@pytest.mark.parametrize("lang", ["ka", "hy", "am", "bn"])
def test_grammars(lang: str) -> None:
    prose = prose_for(lang, random.Random(5))
    sentences = [prose.sentence() for _ in range(300)]
    assert len(set(sentences)) > 250
    end = {"ka": (".",), "hy": ("։",), "am": ("።",), "bn": ("।", "।”")}[lang]
    assert all(s.endswith(end) for s in sentences)
    titles = {prose.title() for _ in range(100)}
    assert len(titles) > 80 and all(len(t.split()) >= 4 for t in titles)
    if lang == "ka":  # the aorist agrees with a plural ergative subject
        for s in sentences:
            for agent, plural in fell.KA_AGENTS:
                for verb in fell.KA_VERBS:
                    if s.startswith(f"{agent} {verb[not plural]} ") and verb[0] != verb[1]:
                        assert any(s.startswith(f"{agent} {v[plural]} ") for v in fell.KA_VERBS), s
    if lang == "hy":  # no "-ը" before a vowel; "՞" in questions, never "?"
        assert not any(re.search(r"ը [աեէըիոօև]", s) for s in sentences)
        assert any("՞" in s for s in sentences) and not any("?" in s for s in sentences)
    if lang == "am":
        for s in sentences:
            for agent, plural in fell.AM_AGENTS:
                for sg, pl in fell.AM_VERBS:
                    if s.startswith(f"{agent} ") and s.endswith((f" {sg}።", f" {pl}።")) and "፤" not in s:
                        assert s.endswith(f" {pl if plural else sg}።"), s


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    assert any("?p=" in p.path for p in some)
    with serve_pages(some) as bases:
        for page in some[::2]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
