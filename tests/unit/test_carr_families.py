"""The families of pipeline.synth.carr_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
import unicodedata
import urllib.request
from datetime import datetime, timedelta
from urllib.parse import unquote

import lxml.html
import pytest

from pipeline.synth import carr_families as carr
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage, generate_corpus, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("carr"))


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


def _reads(container: lxml.html.HtmlElement, cls: str, label: str, page: SynthPage) -> None:
    lines = texts(container, f'./p[@class="{cls}"]')
    assert len(lines) == 2 and all(x.startswith(label + " ") and x in page.boilerplate for x in lines)


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_no_two_pages_share_a_url() -> None:
    corpus = generate_corpus("carr")
    assert len({p.url for p in corpus}) == len(corpus)
    more = list(split_pages("carr"))
    assert len({p.url for p in more}) == len(more)


def test_text_in_its_script(pages: list[SynthPage]) -> None:
    """Each body is in its own script, its vowel signs and viramas combining marks, no Latin word."""
    blocks = {"ne": (0x0900, 0x0980), "mr": (0x0900, 0x0980), "kn": (0x0C80, 0x0D00), "or": (0x0B00, 0x0B80)}
    for page in pages:
        low, high = blocks[page.language]
        letters = [ch for ch in page.body if ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")]
        assert sum(low <= ord(ch) < high for ch in letters) > 0.97 * len(letters), page.url
        marks = [ch for ch in page.body if unicodedata.category(ch) in ("Mn", "Mc")]
        assert len(marks) > 0.2 * len(letters), page.url
        assert chr(low + 0x4D) in page.body  # a virama
        assert not re.search(r"[A-Za-z]{3}", page.body), page.url
        ends = "।" if page.language in ("ne", "or") else "."
        assert all(x.endswith(ends) for x in page.body.split("\n") if len(x.split()) > 6), page.url


def test_site_wide_and_varying_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        recurring={
            "ne-samachar-portal": "सूचना विभाग दर्ता नं.",
            "mr-batmya-site": "ताज्या बातम्यांसाठी",
            "kn-suddi-portal": "ಸುದ್ದಿಗಳನ್ನು ಮೊದಲು ಪಡೆಯಲು",
            "or-khabar-site": "ତାଜା ଖବର ପାଇଁ",
        },
        varying={
            "ne-samachar-portal": "यो पनि पढ्नुहोस्:",
            "mr-batmya-site": "हे पण वाचा:",
            "kn-suddi-portal": "ಇದನ್ನೂ ಓದಿ:",
            "or-khabar-site": "ଆହୁରି ପଢନ୍ତୁ:",
        },
    )


def test_ne_samachar_portal(pages: list[SynthPage]) -> None:
    lists = encoded = 0
    for page in family(pages, "ne-samachar-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Kathmandu" and d.utcoffset() == timedelta(hours=5, minutes=45)
        m = re.fullmatch(
            r"/(\d{4})/(\d\d)/(?:\d{6}|(\d\d)/((?:%[0-9a-f]{2})+(?:-(?:%[0-9a-f]{2})+)*(?:-\d+)?)/)",
            page.path,
        )
        assert m and (m[1], m[2]) == (f"{d:%Y}", f"{d:%m}"), page.path
        if m[4]:
            encoded += 1
            assert m[3] == f"{d:%d}" and unquote(m[4]).split("-")[0] == page.title.split()[0].strip(":")
        article = _ld(doc)["@graph"][0]
        assert article["@type"] == "NewsArticle" and datetime.fromisoformat(article["datePublished"]) == d
        assert article["datePublished"].endswith("+05:45")
        shown = texts(doc, '//span[@class="posted-on"]')[0]
        assert shown == carr.ne_date(d) and shown in page.boilerplate
        assert f"| {d.day} " in shown and str(d.year) in shown and "२०८२" in shown
        content = doc.xpath('//div[@class="entry-content"]')[0]
        _reads(content, "yopani", "यो पनि पढ्नुहोस्:", page)
        assert texts(content, './div[@class="ad-inline"]') == ["विज्ञापन"]
        assert _items(content, ("yopani",)) == page.body.split("\n")
        assert texts(doc, "//figcaption")[0] in page.boilerplate
        related = texts(doc, '//section[@class="related-posts"]//a')
        assert len(related) == 4 and all(x in page.boilerplate for x in related)
        assert texts(doc, '//h2[@class="related-title"]') == ["सम्बन्धित समाचार"]
        assert all(x in page.boilerplate for x in texts(doc, '//div[@class="footer-about"]/p'))
        assert page.title in texts(doc, "//title")[0] and page.publisher in texts(doc, "//title")[0]
        lists += bool(content.xpath("./ul"))
    assert lists and encoded


def test_bikram_sambat_dates() -> None:
    zone = datetime.fromisoformat("2026-03-07T14:30:00+05:45").tzinfo
    assert carr.bs_date(datetime(2026, 3, 7, 14, 30, tzinfo=zone)) == ("फागुन", 23, 2082)
    assert (
        carr.ne_date(datetime(2026, 3, 7, 14, 30, tzinfo=zone)) == "फागुन २३, २०८२ शनिबार १४:३० | 7 March 2026"
    )
    assert carr.bs_date(datetime(2026, 1, 15, tzinfo=zone)) == ("माघ", 1, 2082)
    assert carr.bs_date(datetime(2026, 2, 12, tzinfo=zone)) == ("माघ", 29, 2082)
    assert carr.bs_date(datetime(2026, 3, 15, tzinfo=zone)) == ("चैत", 1, 2082)
    assert carr.bs_date(datetime(2026, 4, 13, tzinfo=zone)) == ("चैत", 30, 2082)
    assert carr.bs_date(datetime(2026, 4, 14, tzinfo=zone)) == ("वैशाख", 1, 2083)


def test_mr_batmya_site(pages: list[SynthPage]) -> None:
    for page in family(pages, "mr-batmya-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Kolkata"
        assert re.fullmatch(
            r"/maharashtra/[a-z]+/[a-z0-9-]+-a\d{6}/|/news/\d{6}/[a-z0-9-]+\.html", page.path
        ), page.path
        times = doc.xpath('//time[@class="publish-time"]')
        assert len(times) == 1 and datetime.fromisoformat(times[0].get("datetime")) == d
        assert times[0].get("datetime").endswith("+05:30")
        shown = norm_ws(times[0].text_content())
        assert shown in page.boilerplate and shown in (
            f"प्रकाशित: {carr.mr_date(d, True)}",
            f"प्रकाशित: {carr.mr_date(d, False)}",
        )
        menu = texts(doc, '//nav[@class="main-nav"]//a')
        assert menu[0] == "महाराष्ट्र Maharashtra" and " ".join(menu[:3]) in page.boilerplate
        content = doc.xpath('//div[@id="articleBody"]')[0]
        _reads(content, "he-pan-vacha", "हे पण वाचा:", page)
        assert texts(content, './div[@class="ad-container"]') == ["जाहिरात"]
        assert _items(content, ("he-pan-vacha",)) == page.body.split("\n")
        wa = texts(content, './div[@class="wa-channel-cta"]')[0]
        assert "WhatsApp" in wa and wa in page.boilerplate
        assert texts(doc, '//div[@class="breadcrumb"]')[0] in page.boilerplate
        assert all(x in page.boilerplate for x in texts(doc, '//div[@class="related-news"]//a'))
        assert texts(doc, '//div[@class="related-news"]/h3') == ["संबंधित बातम्या"]


def test_kn_suddi_portal(pages: list[SynthPage]) -> None:
    for page in family(pages, "kn-suddi-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/node/\d{5,6}|/karnataka/[a-z]+/[a-z0-9-]+", page.path), page.path
        published = doc.xpath('//meta[@property="article:published_time"]/@content')
        assert published == [d.isoformat()] and published[0].endswith("+05:30")
        assert not doc.xpath('//script[@type="application/ld+json"]')
        shown = texts(doc, '//span[@class="node__submitted"]')[0]
        assert shown == f"ಪ್ರಕಟಿತ: {carr.kn_date(d)}" and shown in page.boilerplate
        assert doc.xpath('//body[contains(@class, "page-node-type-article")]')
        content = doc.xpath('//div[contains(@class, "field--name-body")]')[0]
        _reads(content, "read-also", "ಇದನ್ನೂ ಓದಿ:", page)
        assert _items(content, ("read-also",)) == page.body.split("\n")
        credit = texts(doc, '//span[@class="photo-credit"]')[0]
        assert credit.startswith("ಚಿತ್ರ: ") and credit in page.boilerplate
        related = texts(doc, '//div[@class="view view-related-content"]//a')
        assert len(related) == 4 and all(x in page.boilerplate for x in related)
        assert texts(doc, "//title")[0] == f"{page.title} | {page.publisher}"


def test_or_khabar_site(pages: list[SynthPage]) -> None:
    for page in family(pages, "or-khabar-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/news\.php\?id=\d{6}&cat=[a-z]+|/[a-z]+/[a-z0-9-]+-\d{6}", page.path), page.path
        data = _ld(doc)
        assert datetime.fromisoformat(data["datePublished"]) == d and data["datePublished"].endswith("+05:30")
        shown = texts(doc, '//span[@class="pub-date"]')[0]
        assert shown == f"ପ୍ରକାଶିତ: {carr.or_date(d)}" and shown in page.boilerplate
        assert re.search("[୦-୯]{4}", shown)
        dek = texts(doc, '//p[@class="news-dek"]')[0]
        assert dek not in page.body and dek not in page.boilerplate and len(dek.split()) > 6
        content = doc.xpath('//div[@class="news-content"]')[0]
        _reads(content, "ahuri-padhantu", "ଆହୁରି ପଢନ୍ତୁ:", page)
        assert _items(content, ("ahuri-padhantu",)) == page.body.split("\n")
        follow = texts(doc, '//div[@class="fb-follow"]/p')[0]
        assert "ଫେସବୁକ" in follow and follow in page.boilerplate
        assert texts(doc, '//p[@class="comment-note"]')[0] in page.boilerplate
        assert doc.xpath('//div[@class="comment-box"]//textarea')
        popular = texts(doc, '//div[@class="popular-news"]//a')
        assert len(popular) == 5 and all(x in page.boilerplate for x in popular)


def test_grammars() -> None:
    ends = {"ne": "।", "mr": ".", "kn": ".", "or": "।"}
    for lang, end in ends.items():
        prose = prose_for(lang, random.Random(11))
        sentences = [prose.sentence() for _ in range(300)]
        assert len(set(sentences)) > 200, lang
        assert all(s.endswith(end) for s in sentences), lang
        titles = {prose.title() for _ in range(100)}
        assert len(titles) > 60 and all(len(t.split()) >= 3 for t in titles), lang
        assert prose.subheading()
    # Nepali: the auxiliary agrees in number with the agent
    prose = prose_for("ne", random.Random(3))
    for _ in range(200):
        clause = prose.clause()
        plural = next(p for a, p in carr.NE_AGENTS if clause.startswith(a + "ले"))
        assert clause.endswith("गरेका छन्" if plural else "गरेको छ"), clause
    # Kannada and Odia: an institution's verb and people's
    prose = prose_for("kn", random.Random(4))
    for _ in range(200):
        clause = prose.clause()
        human = next(
            h for a, h in sorted(carr.KN_AGENTS, key=lambda x: -len(x[0])) if clause.startswith(a + " ")
        )
        assert clause.endswith("ಾರೆ") == human, clause
    prose = prose_for("or", random.Random(5))
    for _ in range(200):
        clause = prose.clause()
        plural = next(
            p for a, p in sorted(carr.OR_AGENTS, key=lambda x: -len(x[0])) if clause.startswith(a + " ")
        )
        assert clause.endswith("ଛନ୍ତି") == plural, clause
    # Marathi: an ergative subject first
    prose = prose_for("mr", random.Random(6))
    for _ in range(100):
        clause = prose.clause()
        assert any(clause.startswith(a[0] + " ") for a in carr.MR_AGENTS), clause


def test_latin_slugs() -> None:
    assert carr.carr_latin("पुणे") == "pune"
    assert carr.carr_latin("नागपूर") == "nagapur"
    assert carr.carr_latin("ಮೈಸೂರು") == "maisuru"
    assert carr.carr_latin("କଟକ") == "kataka"
    assert carr.deva_digits("2082") == "२०८२" and carr.odia_digits("2026") == "୨୦୨୬"
    assert carr.unicode_slug("पोखरा: नयाँ बजेट") == "%e0%a4%aa%e0%a5%8b%e0%a4%96%e0%a4%b0%e0%a4%be-" + "-".join(
        "".join(f"%{b:02x}" for b in w.encode()) for w in ("नयाँ", "बजेट")
    )
    for lang in ("ne", "mr", "kn", "or"):
        prose = prose_for(lang, random.Random(1))
        for _ in range(50):
            slug = carr.latin_slug(prose.title())
            assert slug and re.fullmatch(r"[a-z0-9-]+", slug), slug


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
