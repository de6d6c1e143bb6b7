"""The families of pipeline.synth.ness_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
import urllib.parse
import urllib.request
from datetime import datetime

import lxml.html
import pytest

from pipeline.synth import ness_families as ness
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("ness"))


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


def _neither(page: SynthPage, text: str) -> None:
    assert text and text not in page.body and not any(x in text or text in x for x in page.boilerplate)


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_site_wide_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        recurring={
            "kk-aqparat-portal": "Бұқаралық ақпарат құралын",
            "uz-yangiliklar-sayt": "Materiallardan foydalanilganda",
            "az-xeber-portal": "Baş redaktor:",
            "mn-medee-site": "Мэдээлэл хуулбарлах",
        },
        varying={
            "kk-aqparat-portal": "Сондай-ақ оқыңыз:",
            "uz-yangiliklar-sayt": "Mavzuga oid:",
            "az-xeber-portal": "Həmçinin oxuyun:",
            "mn-medee-site": "Цаг агаар:",
        },
    )


def test_kk_aqparat_portal(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    lists = 0
    for page in family(pages, "kk-aqparat-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert (
            page.language == "kk" and page.tz == "Asia/Almaty" and d.utcoffset().total_seconds() == 5 * 3600
        )
        assert re.fullmatch(r"/kk/news/[a-z]+/\d+/|/news/detail\.php\?ELEMENT_ID=\d+&lang=kk", page.path)
        forms.add(page.path.startswith("/kk/"))
        # the microdata time has no offset: the site's zone applies
        assert doc.xpath('//meta[@itemprop="datePublished"]/@content') == [f"{d:%Y-%m-%dT%H:%M:%S}"]
        assert texts(doc, '//span[@class="news-date-time"]') == [ness.kk_date(d)]
        content = doc.xpath('//div[@class="detail_text"]')[0]
        assert _items(content, ("p", "h3"), skip=("read-also",)) == page.body.split("\n")
        read = texts(content, './p[@class="read-also"]')
        assert len(read) == 1 and read[0].startswith("Сондай-ақ оқыңыз:") and read[0] in page.boilerplate
        for xpath in ('//div[@class="news-related"]//a', '//div[@class="news-list-last"]//a'):
            assert all(x in page.boilerplate for x in texts(doc, xpath))
        anons = texts(doc, '//div[@class="news-detail__anons"]')
        if page.path.startswith("/kk/"):
            _neither(page, anons[0])
        else:
            assert not anons
        assert texts(doc, '//div[@class="lang-switcher"]/a') == ["Қаз", "Рус"]
        assert any(x.startswith("Бұқаралық ақпарат құралын") for x in page.boilerplate)
        assert any("Telegram арнамызға жазылыңыз" in x for x in page.boilerplate)
        lists += bool(content.xpath("./ul"))
    assert forms == {True, False} and lists


def test_uz_yangiliklar_sayt(pages: list[SynthPage]) -> None:
    styles: set[str] = set()
    for page in family(pages, "uz-yangiliklar-sayt"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "uz" and d.utcoffset().total_seconds() == 5 * 3600
        assert re.fullmatch(r"/news/\d{4}/\d\d/\d\d/[a-z0-9-]+|/uz/post/\d+-[a-z0-9-]+", page.path)
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert data["datePublished"] == d.isoformat() and data["datePublished"].endswith("+05:00")
        assert data["headline"] == page.title
        yii = page.path.startswith("/news/")
        content = doc.xpath('//div[@class="single-content"]' if yii else '//div[@class="post__content"]')[0]
        assert _items(content, ("p", "h2"), skip=("related-inline",)) == page.body.split("\n")
        read = texts(content, './p[@class="related-inline"]')
        assert len(read) == 1 and read[0] in page.boilerplate
        if yii:
            assert texts(doc, '//span[@class="date"]') == [ness.uz_date(d)]
            _neither(page, texts(doc, '//p[@class="news-lead"]')[0])
        else:
            assert texts(doc, '//span[@class="post__date"]') == [f"{d:%H:%M} / {d:%d.%m.%Y}"]
        assert "Ушбу мақолани кирилл алифбосида ўқинг" in page.boilerplate
        assert any("Telegram kanalimizga obuna" in x for x in page.boilerplate)
        # one apostrophe style a site, in the page, the title, the body and the snippets alike
        text = page.html + page.title + page.body + " ".join(page.boilerplate)
        used = {ch for ch in "ʻʼ‘’" if ch in text} | ({"'"} if "o'" in text or "g'" in text else set())
        assert used in ({"ʻ", "ʼ"}, {"ʻ"}, {"‘", "’"}, {"‘"}, {"'"}), (page.url, used)
        styles.add(min(used))
    assert len(styles) >= 2


def test_az_xeber_portal(pages: list[SynthPage]) -> None:
    for page in family(pages, "az-xeber-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "az" and page.tz == "Asia/Baku"
        assert re.fullmatch(r"/\d{4}/\d\d/\d\d/[a-z0-9-]+/|/[a-z]+/\d+-[a-z0-9-]+\.html", page.path)
        meta = doc.xpath('//meta[@property="article:published_time"]/@content')
        assert meta == [d.isoformat()] and meta[0].endswith("+04:00")
        assert texts(doc, '//time[contains(@class, "td-module-date")]') == [ness.az_date(d)]
        content = doc.xpath('//div[@class="td-post-content tagdiv-type"]')[0]
        skip = ("also-read", "td-a-rec td-a-rec-id-content_inline")
        assert _items(content, ("p", "h2"), skip=skip) == page.body.split("\n")
        for x in texts(content, './p[@class="also-read"]') + texts(
            content, ".//span[@class='td-adspot-title']"
        ):
            assert x in page.boilerplate
        cards = doc.xpath('//div[contains(@class, "td_module_flex")]')
        assert len(cards) == 4
        assert all(norm_ws(x.text_content()) in page.boilerplate for x in cards)
        assert all(x in page.boilerplate for x in texts(doc, '//div[@class="td_block_related_posts"]//a'))
        assert re.search("[əğışçöü]", page.body)


def test_mn_medee_site(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    for page in family(pages, "mn-medee-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "mn" and page.tz == "Asia/Ulaanbaatar"
        assert re.fullmatch(r"/n/\d+|/content/\d+/(%[0-9A-F]{2}|-|[0-9])+", page.path)
        if page.path.startswith("/content/"):
            slug = urllib.parse.unquote(page.path.rsplit("/", 1)[1])
            assert re.fullmatch(r"[а-яёөү0-9-]+", slug) and "-" in slug
        forms.add(page.path.startswith("/n/"))
        assert texts(doc, '//span[@class="news-date"]') == [f"{d:%Y.%m.%d %H:%M}"]
        stamp = doc.xpath("//time/@datetime")
        assert stamp == [d.isoformat()] and stamp[0].endswith("+08:00")
        content = doc.xpath('//div[@class="news-content"]')[0]
        assert _items(content, ("p", "h3")) == page.body.split("\n")
        _neither(page, texts(doc, '//p[@class="news-dek"]')[0])
        count = texts(doc, '//a[@class="comment-count"]')[0]
        assert re.fullmatch(r"Сэтгэгдэл \(\d+\)", count) and count not in page.boilerplate
        assert all(x in page.boilerplate for x in texts(doc, '//div[@class="comment-item"]/p'))
        assert texts(doc, '//p[@class="comment-rule"]')[0] in page.boilerplate
        assert all(x in page.boilerplate for x in texts(doc, '//div[@class="related"]//a'))
        assert re.search("[өү]", page.body)
    assert forms == {True, False}


@pytest.mark.parametrize(
    ("lang", "letters"),
    [("kk", "әғқңөұүі"), ("uz", "ʻʼ"), ("az", "əğışçöü"), ("mn", "өү")],
)
def test_grammars(lang: str, letters: str) -> None:
    prose = prose_for(lang, random.Random(5))
    sentences = [prose.sentence() for _ in range(300)]
    assert len(set(sentences)) > 200 and all(s.endswith(".") for s in sentences)
    text = " ".join(sentences)
    assert all(ch in text for ch in letters), lang
    assert not re.search(r"\b(the|and|of)\b", text)
    titles = [prose.title() for _ in range(100)]
    assert len(set(titles)) > 60 and not any(t.endswith(".") for t in titles)
    assert prose.subheading()


def test_dates() -> None:
    d = datetime(2026, 3, 7, 14, 5)
    assert ness.kk_date(d) == "7 наурыз 2026, 14:05"
    assert ness.uz_date(d) == "2026-yil 7-mart, 14:05"
    assert ness.az_date(d) == "7 mart 2026, 14:05"
    assert ness.mn_date(d) == "2026.03.07 14:05"


def test_site_names_romanized() -> None:
    assert ness.ness_site_latin("Шымкент Таңы") == "Shymkent Tangy"
    assert ness.ness_site_latin("Fargʻona Yangiliklari") == "Fargona Yangiliklari"
    assert ness.ness_site_latin("Gəncə Səsi") == "Gence Sesi"
    assert ness.ness_site_latin("Өлгий Өнөөдөр") == "Olgiy Onoodor"
    assert ness.ness_site_latin("Шымкент") is None


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
