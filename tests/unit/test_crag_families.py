"""The families of pipeline.synth.crag_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import datetime
from urllib.parse import unquote

import lxml.html
import pytest

from pipeline.synth import crag_families as crag
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("crag"))


def _lines(container: lxml.html.HtmlElement, skip: tuple[str, ...]) -> list[str]:
    """The text of the container's paragraphs, subheadings and list items (a list's items one by
    one), leaving out children of a class in `skip` and every div and figure (ads, photos, "read
    also" boxes)."""
    out: list[str] = []
    for el in container:
        if el.get("class") in skip or el.tag in ("div", "figure"):
            continue
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in ("p", "h2", "h3"):
            out.append(norm_ws(el.text_content()))
    return out


def _ld(doc: lxml.html.HtmlElement) -> dict[str, object]:
    data: dict[str, object] = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
    return data


def _in_boilerplate(page: SynthPage, found: list[str]) -> None:
    assert found, page.url
    for x in found:
        assert x in page.boilerplate, (page.url, x)


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_site_wide_and_varying_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        {
            "ur-akhbar-site": " ".join(crag.UR_FOOTER[:4]),
            "ta-seithi-portal": "உடனுக்குடன் செய்திகளுக்கு",
            "my-thadinn-site": "နောက်ဆုံးရ သတင်းများကို",
            "sw-habari-site": "Anwani yako ya barua pepe",
        },
        {
            "ur-akhbar-site": "مزید پڑھیں:",
            "ta-seithi-portal": "இதையும் படிக்க:",
            "my-thadinn-site": "ဆက်စပ်ဖတ်ရှုရန် -",
            "sw-habari-site": "Soma pia:",
        },
    )


def test_ur_akhbar_site(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    lists = 0
    for page in family(pages, "ur-akhbar-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Karachi" and d.isoformat().endswith("+05:00")
        assert doc.get("dir") == "rtl"
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == d
        wp = bool(doc.xpath('//time[@class="entry-date published"]'))
        forms.add(wp)
        if wp:
            assert re.fullmatch(r"/2026/\d\d/\d\d/(%[0-9A-F]{2}|-)+/", page.path), page.path
            assert page.path.startswith(f"/{d:%Y/%m/%d}/")
            slug = unquote(page.path.split("/")[-2])
            assert slug.split("-")[0] in page.title and re.search(r"[\u0600-\u06ff]", slug)
            assert [datetime.fromisoformat(x) for x in doc.xpath("//time/@datetime")] == [d]
            assert texts(doc, "//time") == [f"{d.day} {crag.UR_MONTHS[d.month - 1]} {d.year}ء"]
            content = doc.xpath('//div[@class="entry-content"]')[0]
        else:
            assert re.fullmatch(r"/story/\d{7}/", page.path), page.path
            assert texts(doc, '//span[@class="date"]') == [crag.ur_date(d)]
            summary = texts(doc, '//div[@class="summary"]/p')[0]
            assert summary not in page.body and summary not in page.boilerplate
            content = doc.xpath('//div[@class="story-text"]')[0]
        assert _lines(content, ("read-more",)) == page.body.split("\n")
        reads = texts(content, './p[@class="read-more"]')
        assert len(reads) == 2 and all(x.startswith("مزید پڑھیں: ") for x in reads)
        _in_boilerplate(
            page,
            reads
            + texts(doc, "//figcaption")
            + texts(doc, '//p[@class="disclaimer" or @class="note"]')
            + texts(doc, "//aside//a")
            + texts(doc, '//div[@class="related-posts" or @class="related"]//a | //section[@class="related"]//a')
            + texts(doc, '//div[@class="breaking-news" or @class="ticker"]//a'),
        )
        assert "\u06d4" in page.body and not re.search(r"[A-Za-z]", page.body)
        lists += bool(content.xpath("./ul"))
    assert forms == {True, False} and lists
    assert crag.ur_date(datetime(2026, 3, 7, 14, 30)) == "ہفتہ 07 مارچ 2026"


def test_ta_seithi_portal(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    inner = 0
    for page in family(pages, "ta-seithi-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Kolkata" and d.isoformat().endswith("+05:30")
        sections = "|".join(crag.TA_SECTION_SLUGS.values())
        assert re.fullmatch(rf"/news/({sections})/[a-z0-9-]+-\d{{6,7}}\.html", page.path), page.path
        assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == d
        php = bool(doc.xpath('//meta[@property="article:published_time"]'))
        forms.add(php)
        if php:
            assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
            assert texts(doc, '//div[@class="date-info"]/span')[0] == f"பதிவு: {crag.ta_date(d, 0)}"
            content = doc.xpath('//div[@id="article-body"]')[0]
        else:
            assert texts(doc, '//span[@class="publish-time"]') == [f"வெளியிடப்பட்டது: {crag.ta_date(d, 1)}"]
            sub = texts(doc, '//h2[@class="sub-title"]')[0]
            assert sub not in page.body and sub not in page.boilerplate
            content = doc.xpath('//div[contains(@class, "story-element-text")]')[0]
        assert _lines(content, ()) == page.body.split("\n")
        reads = texts(content, './div[@class="read-also"]')
        assert len(reads) == 2 and all(x.startswith("இதையும் படிக்க: ") for x in reads)
        captions = texts(doc, "//figcaption")
        assert all("படம்: " in x for x in captions)
        inner += len(captions) > 1
        _in_boilerplate(
            page,
            reads
            + captions
            + texts(doc, '//div[@class="trending" or @class="trending-bar"]//a')
            + texts(doc, '//section[@class="related-news"]//a | //div[@class="related-stories"]//a')
            + texts(doc, '//span[@class="author" or @class="author-name"]'),
        )
        assert re.search(r"[\u0b80-\u0bff]", page.body) and not re.search(r"[A-Za-z]", page.body)
    assert forms == {True, False} and inner
    assert crag.ta_latin("சென்னை") == "sennai" and crag.ta_latin("திட்டம்") == "thittam"
    assert crag.ta_date(datetime(2026, 3, 7, 14, 30), 0) == "மார்ச் 07, 2026 14:30 IST"
    assert crag.ta_date(datetime(2026, 3, 7, 14, 30), 1) == "07 மார்ச் 2026, 2:30 pm"


def test_my_thadinn_site(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    for page in family(pages, "my-thadinn-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Yangon" and d.isoformat().endswith("+06:30")
        assert re.fullmatch(r"/news/\d{5,6}", page.path), page.path
        assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == d
        times = doc.xpath('//time[@class="post-date"]/@datetime')
        forms.add(bool(times))
        if times:
            assert [datetime.fromisoformat(x) for x in times] == [d]
            shown = texts(doc, '//time[@class="post-date"]')[0]
            assert shown == f"{crag.my_date(d, 0)} {crag.my_digits(f'{d:%H:%M}')}"
            content = doc.xpath('//div[@class="news-body"]')[0]
        else:
            assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
            assert texts(doc, '//span[@class="date-display-single"]') == [crag.my_date(d, 1)]
            content = doc.xpath('//div[@class="field-item"]')[0]
        assert _lines(content, ("read-also",)) == page.body.split("\n")
        _in_boilerplate(
            page,
            texts(content, './p[@class="read-also"]')
            + texts(doc, '//p[@class="caption"]')
            + texts(doc, '//section[@class="related"]//a')
            + texts(doc, '//aside[@class="sidebar"]//a')
            + texts(doc, '//div[@class="social-follow"]//a')
            + texts(doc, '//p[@class="copyright"]'),
        )
        assert "\u104b" in page.body and not re.search(r"[0-9A-Za-z]", page.body)
        # phrases apart, never the syllables of a word: no space before a dependent sign or a virama
        assert not re.search(r" [\u102b-\u103e]", page.body)
    assert forms == {True, False}
    assert crag.my_date(datetime(2026, 3, 7, 14, 30), 0) == "၂၀၂၆ ခုနှစ် မတ်လ ၇ ရက်"
    assert crag.my_date(datetime(2026, 3, 7, 14, 30), 1) == "မတ် ၀၇၊ ၂၀၂၆"


def test_sw_habari_site(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    for page in family(pages, "sw-habari-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert d.isoformat().endswith("+03:00")
        assert re.fullmatch(rf"/{d:%Y/%m/%d}/[a-z0-9-]+/", page.path), page.path
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        assert [datetime.fromisoformat(x) for x in doc.xpath("//time/@datetime")] == [d]
        assert texts(doc, "//time") == [crag.sw_date(d)]
        graph = _ld(doc)["@graph"]
        assert isinstance(graph, list)
        assert datetime.fromisoformat(graph[0]["datePublished"]) == d
        td = bool(doc.xpath('//div[contains(@class, "td-post-content")]'))
        forms.add(td)
        if td:
            excerpt = texts(doc, '//p[@class="td-post-sub-title"]')[0]
            assert excerpt not in page.body and excerpt not in page.boilerplate
            content = doc.xpath('//div[contains(@class, "td-post-content")]')[0]
        else:
            content = doc.xpath('//div[@class="content-inner"]')[0]
        reads = [x for x in texts(content, "./p") if x.startswith("Soma pia: ")]
        assert len(reads) == 2
        assert [x for x in _lines(content, ()) if x not in reads] == page.body.split("\n")
        _in_boilerplate(
            page,
            reads
            + texts(doc, "//figcaption")
            + texts(doc, '//p[@class="comment-notes"]')
            + texts(doc, '//div[@class="td-post-author-name" or @class="jeg_meta_author"]')
            + texts(doc, '//h3[contains(@class, "entry-title") or @class="jeg_post_title"]/a'),
        )
        tags = doc.xpath('//ul[contains(@class, "tags")]')[0]
        assert norm_ws(tags.text_content()) in page.boilerplate
    assert forms == {True, False}
    assert crag.sw_date(datetime(2026, 3, 7, 14, 30)) == "Machi 7, 2026"


def test_grammars() -> None:
    """Agreement the grammars promise: Swahili subject prefixes by noun class, Burmese "ကြ" with a
    plural subject only, Urdu "نے" after every clause's subject, Tamil verbs by subject class."""
    import random

    sw = crag.SwahiliProse(random.Random(1))
    prefixes = {agent: prefix for agent, prefix in crag.SW_AGENTS}
    for _ in range(200):
        clause = sw.clause()
        agent = next(a for a in prefixes if clause.startswith(a + " "))
        verb = clause[len(agent) + 1 :].split()[0]
        assert verb.startswith((prefixes[agent] + "me", prefixes[agent] + "li")), clause
    my = crag.BurmeseProse(random.Random(2))
    plural = dict(crag.MY_AGENTS)
    for _ in range(200):
        clause = my.clause()
        agent = next(a for a in plural if clause.startswith(a + " "))
        assert clause.endswith("ခဲ့ကြသည်" if plural[agent] else "ခဲ့သည်"), clause
    ur = crag.UrduProse(random.Random(3))
    assert all(" نے " in ur.clause() for _ in range(50))
    ta = crag.TamilProse(random.Random(4))
    kinds = dict(crag.TA_AGENTS)
    for _ in range(200):
        clause = ta.clause()
        agent = next(a for a in sorted(kinds, key=len, reverse=True) if clause.startswith(a + " "))
        assert clause.endswith(("து", "னர்", "ார்")[kinds[agent]]), clause


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    """One page of each family fetched over HTTP at its (percent-encoded, for Urdu slugs) path."""
    picked = {}
    for page in pages:
        if "%" in page.path or page.family not in picked:
            picked[page.family] = page
    assert any("%" in p.path for p in picked.values())
    with serve_pages(picked.values()) as bases:
        for page in picked.values():
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
