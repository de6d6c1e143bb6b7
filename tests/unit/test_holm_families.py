"""The families of pipeline.synth.holm_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
import unicodedata
import urllib.request
from datetime import datetime

import lxml.html
import pytest

from pipeline.synth import holm_families as holm
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage, generate_corpus, serve_pages
from tests.synthtruth import family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("holm"))


def _items(container: lxml.html.HtmlElement, skip: tuple[str, ...] = ()) -> list[str]:
    """The text of the container's paragraphs, subheadings and list items (a list's items one by
    one), but for elements of a class in `skip`."""
    out: list[str] = []
    for el in container:
        if el.get("class") in skip:
            continue
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in ("p", "h2", "h3", "blockquote"):
            out.append(norm_ws(el.text_content()))
    return out


def _ld(doc: lxml.html.HtmlElement) -> dict:
    return json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_no_two_pages_share_a_url() -> None:
    corpus = generate_corpus("holm")
    assert len({p.url for p in corpus}) == len(corpus)
    more = list(split_pages("holm"))
    assert len({p.url for p in more}) == len(more)


def test_text_in_its_script_with_combining_marks(pages: list[SynthPage]) -> None:
    """Each body is in its own script, its vowel signs and viramas combining marks (Mn or Mc)."""
    blocks = {"gu": (0x0A80, 0x0B00), "te": (0x0C00, 0x0C80), "pa": (0x0A00, 0x0A80), "ml": (0x0D00, 0x0D80)}
    for page in pages:
        low, high = blocks[page.language]
        letters = [ch for ch in page.body if ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")]
        assert sum(low <= ord(ch) < high for ch in letters) > 0.97 * len(letters), page.url
        marks = [ch for ch in page.body if unicodedata.category(ch) in ("Mn", "Mc")]
        assert len(marks) > 0.2 * len(letters), page.url
        assert chr(low + 0x4D) in page.body  # a virama
        assert not re.search(r"[A-Za-z]{3}", page.body), page.url


def test_gu_samachar_portal(pages: list[SynthPage]) -> None:
    lists = 0
    for page in family(pages, "gu-samachar-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "gu" and page.tz == "Asia/Kolkata"
        assert re.fullmatch(r"/news/[a-z]+/\d{6}-[a-z0-9-]+", page.path), page.path
        assert datetime.fromisoformat(_ld(doc)["datePublished"]) == d
        shown = f"પ્રકાશિત: {holm.gu_date(d)}"
        assert shown in page.boilerplate and re.search("[૦-૯]{4}", shown)
        wp = bool(doc.xpath('//div[@class="entry-content"]'))
        if not wp:
            assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        else:
            assert [datetime.fromisoformat(x) for x in doc.xpath("//time/@datetime")] == [d]
            excerpt = texts(doc, '//p[@class="gs-excerpt"]')[0]
            assert excerpt not in page.body and excerpt not in page.boilerplate
        content = doc.xpath('//div[@class="entry-content" or @class="article-content"]')[0]
        also = texts(content, './p[@class="also-read"]')
        assert len(also) == 2 and all(x.startswith("આ પણ વાંચો: ") and x in page.boilerplate for x in also)
        assert texts(content, './/span[@class="ad-label"]') == ["જાહેરાત"]
        assert _items(content, ("also-read",)) == page.body.split("\n")
        caption = texts(doc, "//figcaption")[0]
        assert caption in page.boilerplate and "(તસવીર: " in caption
        assert texts(doc, '//footer//*[@class="about" or @class="footer-about"]')[0] in page.boilerplate
        lists += bool(content.xpath("./ul"))
    assert lists


def test_te_varthalu_site(pages: list[SynthPage]) -> None:
    for page in family(pages, "te-varthalu-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/telangana/\d{7}/[a-z0-9-]+\.html", page.path), page.path
        assert datetime.fromisoformat(_ld(doc)["datePublished"]) == d
        assert f"ప్రచురణ: {holm.te_date(d)}" in page.boilerplate
        drupal = bool(doc.xpath('//div[contains(@class, "field-name-body")]'))
        if drupal:
            assert doc.xpath('//meta[@itemprop="datePublished"]/@content') == [d.isoformat()]
        content = doc.xpath('//div[@class="fullstory"] | //div[contains(@class, "field-name-body")]/div')[0]
        also = texts(content, './p[@class="also-read"]')
        assert len(also) == 2 and all(x.startswith("ఇవి కూడా చదవండి: ") and x in page.boilerplate for x in also)
        assert _items(content, ("also-read",)) == page.body.split("\n")
        related = texts(doc, '//div[@class="related-block"]//a')
        assert len(related) == 4 and all(x in page.boilerplate for x in related)
        prompt = texts(doc, '//div[@class="channel-prompt"]/p')
        assert len(prompt) == 2 and all(x in page.boilerplate for x in prompt)
        assert "WhatsApp" in prompt[0] and "టెలిగ్రామ్" in prompt[1]
        assert texts(doc, '//footer/p[@class="about"]')[0] in page.boilerplate


def test_pa_khabran_portal(pages: list[SynthPage]) -> None:
    bios: dict[tuple[str, str], set[str]] = {}
    for page in family(pages, "pa-khabran-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/punjab/[a-z0-9-]+-\d{6,7}", page.path), page.path
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        assert f"ਪ੍ਰਕਾਸ਼ਿਤ: {holm.pa_date(d)}" in page.boilerplate
        content = doc.xpath('//div[contains(@class, "td-post-content") or @class="story-content"]')[0]
        also = texts(content, './p[@class="read-also"]')
        assert len(also) == 2 and all(x.startswith("ਇਹ ਵੀ ਪੜ੍ਹੋ: ") and x in page.boilerplate for x in also)
        assert texts(content, './div[@class="ad-block"]') == ["ਇਸ਼ਤਿਹਾਰ"]
        assert "ਇਸ਼ਤਿਹਾਰ" not in page.body.split("\n")
        assert _items(content, ("read-also",)) == page.body.split("\n")
        name = texts(doc, '//div[@class="author-name"]')[0]
        bio = texts(doc, '//p[@class="author-bio"]')[0]
        assert bio in page.boilerplate and bio.startswith(name)
        bios.setdefault((page.site, name), set()).add(bio)
        assert all(s.endswith("।") for s in page.body.split("\n") if len(s.split()) > 6)
    assert all(len(x) == 1 for x in bios.values())


def test_ml_varthakal_site(pages: list[SynthPage]) -> None:
    for page in family(pages, "ml-varthakal-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.path == f"/kerala/{d:%Y/%m/%d}/{page.path.split('/')[-1]}"
        assert re.fullmatch(r"[a-z0-9-]+\.html", page.path.split("/")[-1])
        data = _ld(doc)
        assert datetime.fromisoformat(data["datePublished"]) == d
        assert datetime.fromisoformat(data["dateModified"]) > d
        assert [datetime.fromisoformat(x) for x in doc.xpath("//time/@datetime")] == [d]
        content = doc.xpath('//div[@class="story-content" or @class="article-body"]')[0]
        more = texts(content, './p[@class="read-more-inline"]')
        assert len(more) == 2 and all(x.startswith("കൂടുതൽ വായിക്കാൻ: ") and x in page.boilerplate for x in more)
        assert _items(content, ("read-more-inline",)) == page.body.split("\n")
        live = texts(doc, '//div[@class="live-updates"]//li')
        assert len(live) == 4 and all(x in page.boilerplate and re.match(r"\d\d:\d\d ", x) for x in live)
        assert doc.xpath('//aside[@class="sidebar"]/div[@class="live-updates"]')
        assert holm.COMMENTS_NOTICE in page.boilerplate
        for x in texts(doc, '//h2[@class="story-summary"]'):
            assert x not in page.body and x not in page.boilerplate


def test_grammars() -> None:
    ends = {"gu": ".", "te": ".", "pa": "।", "ml": "."}
    for lang, end in ends.items():
        prose = prose_for(lang, random.Random(11))
        sentences = [prose.sentence() for _ in range(300)]
        assert len(set(sentences)) > 200, lang
        assert all(s.endswith(end) for s in sentences), lang
        titles = {prose.title() for _ in range(100)}
        assert len(titles) > 60 and all(len(t.split()) >= 3 for t in titles), lang
        assert prose.subheading()
    assert holm.gu_ergative("પટેલ") == "પટેલે" and holm.gu_ergative("દેસાઈ") == "દેસાઈએ"
    assert holm.ml_adnominal("കൊച്ചിയിൽ") == "കൊച്ചിയിലെ" and holm.ml_adnominal("കൊല്ലത്ത്") == "കൊല്ലത്തെ"
    # Punjabi: the ergative "ਨੇ" follows the subject of every perfective clause
    prose = prose_for("pa", random.Random(3))
    for _ in range(200):
        clause = prose.clause()
        assert any(clause.startswith(f"{a} ਨੇ ") for a in holm.PA_AGENTS), clause
    # Telugu: an institution's verb in "-ింది", people's in "-ారు"
    prose = prose_for("te", random.Random(4))
    for _ in range(200):
        clause = prose.clause()
        agent = next(
            a for a in sorted(holm.TE_AGENTS, key=lambda x: -len(x[0])) if clause.startswith(a[0] + " ")
        )
        assert clause.endswith("ింది") == (agent[1] == 0) and clause.endswith("రు") == (agent[1] == 1), clause


def test_latin_slugs() -> None:
    assert holm.indic_latin("અમદાવાદ") == "amadavad"
    assert holm.indic_latin("ఖమ్మం") == "khammam"
    assert holm.indic_latin("ਲੁਧਿਆਣਾ") == "ludhiana"
    assert holm.indic_latin("കൊച്ചി") == "kochchi"
    assert holm.gu_digits("2026") == "૨૦૨૬"
    for lang in ("gu", "te", "pa", "ml"):
        prose = prose_for(lang, random.Random(1))
        for _ in range(50):
            slug = holm.latin_slug(prose.title())
            assert slug and slug.isascii() and re.fullmatch(r"[a-z0-9-]+", slug), slug


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
