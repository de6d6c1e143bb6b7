"""The families of pipeline.synth.blind_families: each page's truth matches its HTML, family by
family (the checks every held-out split has, its registration among them, are in test_split_families.py)."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth import blind_families
from pipeline.synth.publishers import MONTHS, SynthPage
from tests.synthtruth import norm_ws, split_pages, texts, visible_text


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("blind"))


def test_italian_sites_in_italian_zones(pages: list[SynthPage]) -> None:
    assert {p.tz for p in pages if p.language == "it"} <= {
        "Europe/Rome",
        "Europe/Zurich",
        "Europe/San_Marino",
    }


def test_css_in_js_hashed(pages: list[SynthPage]) -> None:
    bios: dict[tuple[str, str], set[str]] = {}
    articles: Counter[tuple[str, str]] = Counter()
    breaks = 0
    for page in (p for p in pages if p.family == "css-in-js-hashed"):
        html, doc = page.html, lxml.html.document_fromstring(page.html)
        d = page.published_at
        body = html.split("<body", 1)[1]
        assert f'"datePublished": "{d.isoformat(timespec="seconds")}"' in html
        assert doc.xpath('//meta[@property="og:title"]/@content') == [f"{page.title} - {page.publisher}"]
        assert "<time" not in body
        for value in doc.xpath("//body//@class"):
            assert all(re.fullmatch(r"css-[0-9a-z]+|e[0-9a-z]+[0-9]", x) for x in value.split()), value
        assert '<style data-emotion="css ' in body
        sections = doc.xpath("//section")
        assert len(sections) >= 2
        assert doc.xpath("//section/following-sibling::aside[following-sibling::section]")  # the rail
        breaks += "SKIP ADVERTISEMENT" in visible_text(html)
        assert "SKIP ADVERTISEMENT" not in page.body
        assert "Found an error? Read our Corrections and clarifications policy." in page.boilerplate
        more = next(s for s in page.boilerplate if s.startswith("More stories by "))
        author = more.removeprefix("More stories by ")
        bio = next(s for s in page.boilerplate if s.startswith(f"{author} "))  # not a "NAME: ..." headline
        bios.setdefault((page.site, author), set()).add(bio)
        articles[page.site, author] += 1
        assert any(s.startswith("We and our ") and " partners " in s for s in page.boilerplate)
    assert all(len(found) == 1 for found in bios.values())  # an author's bio is the same on every page
    assert max(articles.values()) > 1  # and some author wrote several articles
    assert breaks  # "Advertisement / SKIP ADVERTISEMENT" between two sections


def test_it_giornale_locale(pages: list[SynthPage]) -> None:
    for page in (p for p in pages if p.family == "it-giornale-locale"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            d.isoformat(timespec="seconds")
        ]
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        children = texts(doc, '//div[@id="articolo"]/p')
        for line in page.body.split("\n"):
            if len(line.split()) > 6:
                assert line in children, line[:60]
        assert any(
            re.match(r"^(Leggi anche|LEGGI ANCHE|Potrebbe interessarti): ", s) for s in page.boilerplate
        )
        assert any(re.search(r" \(foto di [^)]+\)$", s) for s in page.boilerplate)
        assert any(re.fullmatch(r"Guarda la fotogallery \(\d+ foto\)", s) for s in page.boilerplate)
        assert f"Riproduzione riservata © Copyright {page.publisher}" in page.boilerplate
        assert "0 commenti Commenta per primo" in page.boilerplate
        assert any(s.startswith("Registrazione Tribunale di ") for s in page.boilerplate)
        assert any(s.startswith("di ") and s.endswith(f"{d.year}, {d:%H:%M}") for s in page.boilerplate)


def test_wordpress_block_theme(pages: list[SynthPage]) -> None:
    paths: dict[str, set[str]] = {}
    for page in pages:
        paths.setdefault(page.site, set()).add(page.path)
    for page in (p for p in pages if p.family == "wordpress-block-theme"):
        html, doc = page.html, lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(rf"/{d:%Y/%m/%d}/[a-z0-9-]+/", page.path)
        assert doc.xpath("//time/@datetime") == [d.replace(tzinfo=None).isoformat(timespec="seconds")]
        assert doc.xpath("//time/text()") == [f"{d:%B} {d.day}, {d.year}"]
        assert not re.search(r"\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:?\d{2})", html)  # no aware time anywhere
        assert "og:" not in html and "ld+json" not in html
        content = norm_ws(doc.xpath('//div[contains(@class, "entry-content")]')[0].text_content())
        # Jetpack's blocks inside the post content
        for block in ("Share this: X (Opens in new window)", "Like this: Like Loading..."):
            assert block in content and block in page.boilerplate
        assert "Related" in content and "Related" not in page.body.split("\n")
        for text in ("Leave a Reply Cancel reply", f"Discover more from {page.publisher}", "Written by "):
            assert any(s.startswith(text) for s in page.boilerplate), text
        assert any(re.fullmatch(r"Tags: [a-z ]+, [a-z ]+, [a-z ]+", s) for s in page.boilerplate)
        dated = set(re.findall(r'href="(/\d{4}/\d{2}/\d{2}/[a-z0-9-]+/)"', html))
        assert dated and dated <= paths[page.site], page.url


def test_nl_omroep_regio(pages: list[SynthPage]) -> None:
    for page in (p for p in pages if p.family == "nl-omroep-regio"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        graph = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])["@graph"]
        article = next(x for x in graph if x["@type"] == "NewsArticle")
        assert article["datePublished"] == d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        published = datetime.fromisoformat(article["datePublished"])
        assert datetime.fromisoformat(article["dateModified"]) > published
        visible = f"{d.day} {MONTHS['nl'][d.month - 1]} {d.year}, {d:%H:%M}"  # naive local time
        assert visible in page.boilerplate
        assert any(s.startswith("Aangepast: ") for s in page.boilerplate)
        lines = page.body.split("\n")
        assert texts(doc, '//p[@class="article__intro"]') == [lines[0]]  # the intro is body
        assert texts(doc, '//div[@class="article__body"]/aside/h3') == ["Lees ook"]
        assert "Lees ook" not in page.body
        heads = [x for x in lines if len(x.split()) <= 6]
        assert heads == texts(doc, '//div[@class="article__body"]/h2')
        assert any(s.endswith(blind_families.NL_CONSENT) for s in page.boilerplate)
        assert texts(doc, '//div[contains(@class, "embed--consent")]/p')[0] in page.boilerplate
        assert f"{page.publisher} gebruikt cookies" in page.boilerplate
        assert re.search(r"<\w+ data-v-[0-9a-f]{8} ", page.html)
        assert "advert" not in page.html.lower()
