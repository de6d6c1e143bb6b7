"""The families of pipeline.synth.rigg_families: each page's markup bears out its family's truth
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

from pipeline.synth import rigg_families as rigg
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("rigg"))


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


def _listed(page: SynthPage, headline: str) -> None:
    """A listed headline is boilerplate, but where the body holds it (a headline can be a clause of
    the text: the snippet is dropped then)."""
    body = " ".join(page.body.lower().split())
    assert headline in page.boilerplate or " ".join(headline.lower().split()) in body, headline


def _neither(page: SynthPage, text: str) -> None:
    assert text and text not in page.body and text not in page.boilerplate
    assert not any(x in text for x in page.boilerplate), text


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_eu_albiste_ataria(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    lists = 0
    for page in family(pages, "eu-albiste-ataria"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "eu" and page.tz == "Europe/Madrid"
        assert re.fullmatch(r"/albisteak/\d{4}/\d\d/\d\d/[a-z0-9-]+|/[a-z-]+/[a-z0-9-]+-\d{5}", page.path)
        forms.add(page.path.startswith("/albisteak/"))
        assert [
            datetime.fromisoformat(x)
            for x in doc.xpath('//meta[@property="article:published_time"]/@content')
        ] == [d]
        assert texts(doc, '//span[contains(@class, "field--name-created")]') == [rigg.eu_date(d)]
        assert re.fullmatch(r"\d{4}ko [a-z]+aren \d{1,2}a, \d\d:\d\d", rigg.eu_date(d))
        body = doc.xpath('//div[contains(@class, "field--name-body")]')[0]
        also = texts(body, './p[@class="irakurri-ere"]')
        assert also and all(x.startswith("Irakurri ere: ") and x in page.boilerplate for x in also)
        assert _items(body, ("p", "h2", "h3"), skip=("irakurri-ere",)) == page.body.split("\n")
        lists += bool(body.xpath("./ul"))
        _neither(page, texts(doc, '//div[contains(@class, "field--name-field-sarrera")]')[0])
        for o in texts(doc, '//div[contains(@class, "gehien-irakurriak")]//li'):
            _listed(page, o)
        assert texts(doc, '//p[@class="iruzkin-oharra"]')[0] in page.boilerplate
        assert page.title + " | " + page.publisher == doc.findtext(".//title")
    assert lists and forms == {True, False}


def test_gl_xornal_dixital(pages: list[SynthPage]) -> None:
    for page in family(pages, "gl-xornal-dixital"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "gl"
        assert re.fullmatch(r"/\d{4}/\d\d/\d\d/[a-z0-9-]+/|/[a-z-]+/[a-z0-9-]+/", page.path)
        graph = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)["@graph"]
        article = next(x for x in graph if x["@type"] == "NewsArticle")
        assert article["datePublished"] == d.isoformat() and article["datePublished"][-6:] in (
            "+01:00",
            "+02:00",
        )
        assert texts(doc, "//time[@datetime]") == [rigg.gl_date(d)]
        content = doc.xpath('//div[@class="content-inner"]')[0]
        lead = texts(content, './p[@class="entradilla"]')
        assert len(lead) == 1 and content.xpath('./p[@class="entradilla"]/strong')
        _neither(page, lead[0])
        assert _items(content, ("p", "h2"), skip=("entradilla", "le-tamen")) == page.body.split("\n")
        assert all(x in page.boilerplate for x in texts(content, './p[@class="le-tamen"]'))
        for o in texts(doc, '//div[@class="jnews_related_post_container"]//li'):
            _listed(page, o)
        assert any(x.startswith("Subscríbete ao boletín") for x in page.boilerplate)
        assert any(x.startswith("Etiquetas: ") for x in page.boilerplate)


def test_ga_nuacht_site(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    for page in family(pages, "ga-nuacht-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "ga" and page.tz == "Europe/Dublin"
        assert re.fullmatch(r"/nuacht/\d{4}/\d{4}/\d{7}-[a-z0-9-]+/|/ga/nuacht/[a-z-]+/\d{7}", page.path)
        forms.add(page.path.startswith("/nuacht/"))
        stamp = doc.xpath('//time[@class="published"]/@datetime')
        assert [datetime.fromisoformat(x) for x in stamp] == [d] and stamp[0][-6:] in ("+00:00", "+01:00")
        assert texts(doc, '//time[@class="published"]') == [rigg.ga_date(d)]
        body = doc.xpath('//div[@class="article-body"]')[0]
        more = texts(body, './p[@class="read-more-link"]')
        assert more and all(x.startswith("Léigh tuilleadh: ") and x in page.boilerplate for x in more)
        assert _items(body, ("p", "h2"), skip=("read-more-link",)) == page.body.split("\n")
        _neither(page, texts(doc, '//p[@class="article-summary"]')[0])
        for o in texts(doc, '//section[@class="related-stories"]//li'):
            _listed(page, o)
        # the bilingual header and footer
        assert "Téigh go dtí an príomhábhar / Skip to main content" in page.boilerplate
        assert doc.xpath('//nav[@class="primary-nav"]//span[@lang="en"]')
        funding = doc.xpath('//p[@class="funding"]/span')
        assert [x.get("lang") for x in funding] == ["ga", "en"]
        assert all(norm_ws(x.text_content()) in page.boilerplate for x in funding)
        assert not re.search(r"\b(the|and|of)\b", page.body)
    assert forms == {True, False}


def test_mt_ahbarijiet_portal(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    for page in family(pages, "mt-ahbarijiet-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "mt" and page.tz == "Europe/Malta"
        assert page.site.isascii() and page.url.isascii()
        utf8 = re.fullmatch(r"/ahbarijiet/\d{6}/([a-z0-9%A-F-]+)", page.path)
        forms.add(bool(utf8))
        if utf8:  # the slug's letters as they are (ċ ġ ħ ż), percent-encoded UTF-8
            slug = urllib.parse.unquote(utf8.group(1))
            assert urllib.parse.quote(slug, safe="-") == utf8.group(1) and slug == slug.lower()
        else:
            assert re.fullmatch(r"/\d{4}/\d\d/\d\d/[a-z0-9-]+/", page.path)
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert datetime.fromisoformat(data["datePublished"]) == d
        assert data["datePublished"][-6:] in ("+01:00", "+02:00")
        assert texts(doc, '//span[@class="td-post-date"]') == [rigg.mt_date(d)]
        content = doc.xpath('//div[contains(@class, "td-post-content")]')[0]
        also = texts(content, './p[@class="aqra-wkoll"]')
        assert also and all(x.startswith("Aqra wkoll: ") and x in page.boilerplate for x in also)
        box = content.xpath('./div[@class="newsletter-box"]')
        assert len(box) == 1 and box[0].get("lang") == "en"
        assert norm_ws(box[0].findtext("p")) in page.boilerplate
        assert _items(content, ("p", "h3"), skip=("aqra-wkoll",)) == page.body.split("\n")
        cookie = texts(doc, '//div[@id="cookie-notice"]//span')[0]
        assert cookie in page.boilerplate and cookie.startswith("We use cookies")
        for o in texts(doc, '//div[contains(@class, "td-main-sidebar")]//li'):
            _listed(page, o)
        assert not re.search(r"\b(the|and|of)\b", page.body)
    assert forms == {True, False}


@pytest.mark.parametrize("lang", ["eu", "gl", "ga", "mt"])
def test_grammars(lang: str) -> None:
    prose = prose_for(lang, random.Random(5))
    sentences = [prose.sentence() for _ in range(300)]
    assert len(set(sentences)) > 200 and all(s[-1] in ".»”" for s in sentences)
    titles = {prose.title() for _ in range(100)}
    assert len(titles) > 80 and not any(t.endswith(".") for t in titles)
    if lang == "eu":
        for s in sentences:
            for agent, plural in rigg.EU_AGENTS:
                m = re.match(rf"{re.escape(agent)} .* (du|dute)\.$", s[0].lower() + s[1:])
                if m and "," not in s:
                    assert (m.group(1) == "dute") == plural, s
    if lang == "gl":
        assert any(w in " ".join(sentences) for w in ("non ", "tamén", "Aínda"))
    if lang == "ga":
        assert all(not re.search(r"\bgur (D'|d')", s) for s in sentences)
    if lang == "mt":
        assert not any(re.search(r"[aeiou] i[a-zċġħż]{1,2}-", s) for s in sentences)
        assert any(c in " ".join(sentences) for c in "ċġħż")
    assert rigg.eu_date(datetime(2026, 3, 7, 14, 5)) == "2026ko martxoaren 7a, 14:05"
    assert rigg.gl_date(datetime(2026, 3, 7)) == "7 de marzo de 2026"
    assert rigg.ga_date(datetime(2026, 3, 7, 14, 5)) == "7 Márta 2026 14:05"
    assert rigg.mt_date(datetime(2026, 3, 7, 14, 5)) == "Is-Sibt, 7 ta' Marzu 2026, 14:05"


def test_maltese_hosts_are_romanized() -> None:
    assert rigg.rigg_site_latin("Aħbarijiet Il-Mosta") == "Ahbarijiet Il-Mosta"
    assert rigg.rigg_site_latin("Il-Mosta News") is None
    assert rigg.rigg_site_latin("Caerdydd") is None


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
