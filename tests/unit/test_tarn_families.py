"""The families of pipeline.synth.tarn_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py), and the
language-aware word count of tests/synthtruth.py."""

from __future__ import annotations

import json
import random
import re
import urllib.parse
import urllib.request
from datetime import datetime

import lxml.html
import pytest

from pipeline.synth import tarn_families as tarn
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage, _publisher, render_publisher, serve_pages
from tests.synthtruth import family, norm_ws, split_pages, texts, words


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("tarn"))


def _items(container: lxml.html.HtmlElement, tags: tuple[str, ...]) -> list[str]:
    """The text of the container's children with `tags` and no class (but "subheading"), a list's
    items one by one."""
    out: list[str] = []
    for el in container:
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in tags and el.get("class") in (None, "subheading"):
            out.append(norm_ws(el.text_content()))
    return out


def _date(doc: lxml.html.HtmlElement, page: SynthPage) -> datetime:
    """The aware time in the page's article:published_time or JSON-LD datePublished."""
    meta = doc.xpath('//meta[@property="article:published_time"]/@content')
    if meta:
        return datetime.fromisoformat(meta[0])
    data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
    return datetime.fromisoformat(data["datePublished"])


def test_word_count() -> None:
    plain = "three plain words"
    assert words(plain) == 3 == len(plain.split())
    assert words("新庁舎の建設計画を可決") == 6  # eleven kana and kanji
    assert words("临江：老旧小区改造全面启动") == 6  # twelve hanzi, the full-width colon not counted
    assert words("โครงการก่อสร้างสะพาน 120 ล้านบาท") == 7  # 20 Thai characters (4), a number, 7 (2)
    assert words("한빛시는 7일 신청사 건립 계획을 발표했다.") == 6  # Korean: its eojeol
    assert words("PTA会長 X") == 2


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_hosts_are_romanised_site_names(pages: list[SynthPage]) -> None:
    for page in pages:
        latin = tarn.romanize_site(page.publisher)
        assert latin and page.site.startswith(latin.replace(" ", "")), (page.publisher, page.site)


def test_ja_chiho_shimbun(pages: list[SynthPage]) -> None:
    members = leads = 0
    forms: set[bool] = set()
    for page in family(pages, "ja-chiho-shimbun"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "ja" and page.tz == "Asia/Tokyo"
        assert re.fullmatch(r"/articles/-/\d+|/news/[a-z]+/\d{6}/\d{10}\.shtml", page.path)
        forms.add(page.path.startswith("/articles/"))
        assert _date(doc, page) == d
        assert tarn.ja_date(d) in norm_ws(doc.text_content())
        assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}時\d\d分", tarn.ja_date(d))
        assert (doc.findtext(".//title") or "") in (f"{page.title}｜{page.publisher}", f"{page.title} - {page.publisher}")
        content = doc.xpath('//div[@class="article-body" or @class="article-text" or @class="news-body"]')[0]
        assert _items(content, ("p", "h2")) == page.body.split("\n")
        assert " " not in "".join(x for x in page.body.split("\n") if words(x) > 6).replace("PTA会長", "")
        for lead in texts(doc, '//p[@class="lead"]'):
            leads += 1
            assert lead not in page.boilerplate
        paywall = texts(doc, '//div[@class="paywall"]/p[@class="paywall-rest"]')
        if paywall:
            members += 1
            assert paywall[0] in page.boilerplate and re.fullmatch(r"残り\d+文字（全文\d+文字）", paywall[0])
            assert texts(doc, '//span[@class="label-member"]') == ["会員限定記事"]
        ruby = doc.xpath('//p[@class="reporter-name"]/ruby/rt')
        assert ruby and all(re.fullmatch(r"[\u3041-\u309f]+", rt.text) for rt in ruby)
        assert texts(doc, '//p[@class="reporter-text"]')[0] in page.boilerplate
        assert texts(doc, "//figcaption")[0] in page.boilerplate
        for x in texts(doc, '//section[@class="related-articles"]//a') + texts(doc, '//aside[@class="ranking"]//a'):
            assert x in page.boilerplate
        assert texts(doc, '//p[@class="notice"]')[0] in page.boilerplate
    assert members and leads and len(forms) == 2


def test_zh_portal_news(pages: list[SynthPage]) -> None:
    datelines = 0
    for page in family(pages, "zh-portal-news"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "zh" and page.tz == "Asia/Shanghai"
        assert re.fullmatch(r"/a/\d{8}/\d{6}\.shtml|/news/\d{4}-\d\d-\d\d/doc-i[a-z0-9]{15}\.shtml", page.path)
        assert f"{d:%Y%m%d}" in page.path.replace("-", "")
        meta = doc.xpath('//meta[@property="article:published_time"]/@content')
        if meta:
            assert datetime.fromisoformat(meta[0]) == d
        else:
            data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
            assert data["pubDate"] == d.replace(tzinfo=None).isoformat()
        info = texts(doc, '//div[@class="article-info"]')[0]
        assert info in page.boilerplate and "来源：" in info
        assert info.startswith((tarn.zh_date(d, False), tarn.zh_date(d, True)))
        content = doc.xpath('//div[@id="artibody"]')[0]
        assert _items(content, ("p", "h3")) == page.body.split("\n")
        assert texts(content, './p[@class="pictext"]')[0] in page.boilerplate
        datelines += page.body.startswith("本报讯（记者 ")
        editor = texts(doc, '//div[@class="editor"]')[0]
        assert editor in page.boilerplate and re.fullmatch(r"【责任编辑：\S+ 终审：\S+】", editor)
        for x in texts(doc, '//div[@class="related"]//a') + texts(doc, '//div[@class="hot-news"]//a'):
            assert x in page.boilerplate
        footer = texts(doc, '//div[@class="footer"]/p')
        assert any(re.search(r"ICP备\d{8}号", x) for x in footer) and all(x in page.boilerplate for x in footer)
        assert texts(doc, '//div[@class="app-download"]/p')[0] in page.boilerplate
    assert datelines


def test_zh_portal_news_naive_pubdate() -> None:
    """Some zh-portal-news sites give only a naive Baidu "cambrian" JSON-LD pubDate (no offset): local
    time in Asia/Shanghai."""
    seen = 0
    for seed in range(8):
        for page in render_publisher(_publisher("zh-portal-news", 0, seed), 2):
            doc = lxml.html.document_fromstring(page.html)
            if doc.xpath('//meta[@property="article:published_time"]'):
                continue
            seen += 1
            data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
            assert data["@context"] == "https://ziyuan.baidu.com/contexts/cambrian.jsonld"
            assert datetime.fromisoformat(data["pubDate"]) == page.published_at.replace(tzinfo=None)
    assert seen


def test_ko_ilbo_digital(pages: list[SynthPage]) -> None:
    teasers = 0
    for page in family(pages, "ko-ilbo-digital"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "ko" and page.tz == "Asia/Seoul"
        query = re.fullmatch(r"/news/articleView\.html\?idxno=\d+", page.path)
        assert query or re.fullmatch(rf"/article/{d:%Y%m%d}\d{{5}}", page.path)
        title = doc.findtext(".//title") or ""
        if query:
            assert title.startswith(f"{page.title} < ") and title.endswith(f" < 기사본문 - {page.publisher}")
        else:
            assert title == f"{page.title} - {page.publisher}"
        assert _date(doc, page) == d
        assert f"입력 {tarn.ko_date(d)}" in norm_ws(doc.text_content())
        content = doc.xpath('//article[@id="article-view-content-div"]')[0]
        assert _items(content, ("p", "h4")) == page.body.split("\n")
        byline = texts(content, './p[@class="byline"]')[0]
        assert byline in page.boilerplate and re.fullmatch(rf"{page.publisher} \S+ 기자 [a-z.]+@\S+", byline)
        assert texts(content, ".//figcaption")[0] in page.boilerplate
        for x in texts(content, './p[@class="related-inline"]'):
            teasers += 1
            assert x in page.boilerplate and x.startswith("[관련기사] ")
        assert texts(doc, '//div[@class="view-copyright"]') == [f"저작권자 © {page.publisher} 무단전재 및 재배포 금지"]
        assert f"저작권자 © {page.publisher} 무단전재 및 재배포 금지" in page.boilerplate
        for x in texts(doc, '//div[@class="reporter-news"]//a') + texts(doc, '//div[@class="popular"]//a'):
            assert x in page.boilerplate
        for heading in texts(doc, '//div[@class="reporter-news"]/h3'):
            assert heading.endswith(" 기자의 다른 기사") and heading in page.boilerplate
        for line in page.body.split("\n"):
            assert " " in line  # eojeol are separated by spaces
    assert teasers


def test_korean_particles() -> None:
    assert tarn.ko_particle("한빛시", "은", "는") == "한빛시는"
    assert tarn.ko_particle("청산시교육청", "은", "는") == "청산시교육청은"
    assert tarn.ko_particle("계획", "을", "를") == "계획을"
    assert tarn.ko_particle("사업비", "을", "를") == "사업비를"
    prose = prose_for("ko", random.Random(4))
    for _ in range(300):
        s = prose.sentence()
        assert s.endswith(".")
        for word in re.findall(r"(\S+)(은|는) ", s):
            if word[0][-1] in "시회서":
                assert word[1] == "는", s


def test_th_khao_online(pages: list[SynthPage]) -> None:
    lists = 0
    forms: set[bool] = set()
    for page in family(pages, "th-khao-online"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "th" and page.tz == "Asia/Bangkok"
        path = urllib.parse.unquote(page.path)
        assert path != page.path and page.path.isascii()
        forms.add(bool(re.fullmatch(r"/[\u0e00-\u0e7f]+/\d+", path)))
        if not re.fullmatch(r"/[\u0e00-\u0e7f]+/\d+", path):
            assert path == f"/{tarn.th_slug(page.title)}/"
        assert _date(doc, page) == d
        shown = texts(doc, '//span[@class="post-date"]')[0]
        assert shown == tarn.th_date(d) and str(d.year + 543) in shown and shown.endswith(" น.")
        content = doc.xpath('//div[@class="entry-content"]')[0]
        assert _items(content, ("p", "h2")) == page.body.split("\n")
        lists += bool(content.xpath("./ul"))
        for x in texts(content, './p[@class="read-also"]') + texts(content, './p[@class="follow-line"]'):
            assert x in page.boilerplate
        assert texts(doc, '//div[@class="post-tags"]')[0] in page.boilerplate
        views = texts(doc, '//span[@class="views"]')[0]
        assert views not in page.body and not any(views in x for x in page.boilerplate)
        share = texts(doc, '//div[@class="share-top"]')[0]
        assert "LINE" in share and "Facebook" in share and share in page.boilerplate
        for x in texts(doc, '//section[@class="related-news"]//a') + texts(doc, '//aside[@class="sidebar"]//a'):
            assert x in page.boilerplate
        assert not re.search(r"[\u0e00-\u0e7f] [\u0e00-\u0e7f]{1,2} [\u0e00-\u0e7f]", page.body)
    assert lists and len(forms) == 2


def test_grammars() -> None:
    for lang, end in (("ja", "。"), ("zh", ("。", "”", "说。"))):
        prose = prose_for(lang, random.Random(9))
        sentences = [prose.sentence() for _ in range(300)]
        assert len(set(sentences)) > 200 and all(s.endswith(end) for s in sentences)
        assert all(" " not in s.replace("PTA会長", "") for s in sentences)
        assert all(words(prose.subheading()) <= 6 for _ in range(30))
    thai = prose_for("th", random.Random(9))
    sentences = [thai.sentence() for _ in range(300)]
    assert len(set(sentences)) > 200 and all(re.search(r"[\u0e00-\u0e7f]", s) for s in sentences)
    assert not any(s.endswith((".", "。")) for s in sentences)
    assert tarn.th_date(datetime(2026, 3, 7, 14, 30)) == "7 มี.ค. 2569 14:30 น."
    assert tarn.ja_date(datetime(2026, 3, 7, 14, 30)) == "2026年3月7日 14時30分"


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
