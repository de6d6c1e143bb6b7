"""The families of pipeline.synth.slack_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import dataclasses
import json
import random
import re
import unicodedata
import urllib.request
from datetime import datetime, timedelta

import lxml.html
import pytest

from pipeline.synth import slack_families as slack
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage, generate_corpus, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("slack"))


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


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url
        nfc_body = _nfc(body)
        assert not [x for x in page.boilerplate if _nfc(" ".join(x.lower().split())) in nfc_body], page.url


def test_no_two_pages_share_a_url() -> None:
    corpus = generate_corpus("slack")
    assert len({p.url for p in corpus}) == len(corpus)
    more = list(split_pages("slack"))
    assert len({p.url for p in more}) == len(more)


def test_text_in_its_script(pages: list[SynthPage]) -> None:
    """Each body is in its own script: Ge'ez, Arabic or Cyrillic letters (no Latin word), or Latin
    letters with the Yoruba tone marks and underdots; a sentence closes as the language closes it."""
    blocks = {"ti": (0x1200, 0x1380), "ckb": (0x0600, 0x0700), "be": (0x0400, 0x0500)}
    for page in pages:
        letters = [ch for ch in page.body if ch.isalpha()]
        if page.language == "yo":
            text = _nfc(page.body)
            assert all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 for ch in text if ch.isalpha()), page.url
            assert any(ch in text for ch in "ọẹṣỌẸṢ"), page.url
            assert any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", text))
        else:
            low, high = blocks[page.language]
            assert sum(low <= ord(ch) < high for ch in letters) > 0.97 * len(letters), page.url
            assert not re.search(r"[A-Za-z]{3}", page.body), page.url
        ends = "።" if page.language == "ti" else "."
        assert all(x.endswith(ends) for x in page.body.split("\n") if len(x.split()) > 6), page.url
        if page.language == "ckb":
            assert not re.search("[0-9]", page.body), page.url  # Eastern Arabic digits only
            assert "،" in page.body


def test_site_wide_and_varying_boilerplate(pages: list[SynthPage]) -> None:
    normalised = [dataclasses.replace(p, boilerplate=tuple(_nfc(x) for x in p.boilerplate)) for p in pages]
    check_site_wide_boilerplate(
        normalised,
        recurring={
            "yo-iroyin-portal": _nfc("Ojú òpó ìròyìn Yorùbá ni"),
            "ti-zena-site": "ሬድዮ ",
            "ckb-hawal-site": "بۆ وەرگرتنی هەواڵە نوێیەکان",
            "be-naviny-portal": "Падпісвайцеся на наш канал",
        },
        varying={
            "yo-iroyin-portal": _nfc("Ẹ tún ka:"),
            "ti-zena-site": "ኣንብቡ እውን፦",
            "ckb-hawal-site": "بخوێنەوە:",
            "be-naviny-portal": "Чытайце таксама:",
        },
    )


def test_yo_iroyin_portal(pages: list[SynthPage]) -> None:
    modes: set[str] = set()
    photos = lists = 0
    for page in family(pages, "yo-iroyin-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Africa/Lagos" and d.utcoffset() == timedelta(hours=1)
        assert re.fullmatch(r"/2026/\d\d/\d\d/[a-z0-9-]+/|/iroyin/[a-z]+/[a-z0-9-]+-\d{5}", page.path), (
            page.path
        )
        article = _ld(doc)["@graph"][0]
        assert datetime.fromisoformat(article["datePublished"]) == d and article["datePublished"].endswith(
            "+01:00"
        )
        shown = texts(doc, '//span[@class="posted-on"]')[0]
        assert _nfc(shown) == slack.yo_date(d) and shown in page.boilerplate
        content = doc.xpath('//div[@class="entry-content"]')[0]
        label = texts(content, './p[@class="etunka"]/strong')[0]
        assert _nfc(label) == _nfc("Ẹ tún ka:")
        _reads(content, "etunka", label, page)
        assert _items(content, ("etunka",)) == page.body.split("\n")
        assert [_nfc(x) for x in texts(content, './div[@class="ad-slot"]')] in ([], [_nfc("Ìpolówó")])
        caption = texts(doc, "//figcaption")
        if caption:
            photos += 1
            assert caption[0] in page.boilerplate and "Àwòrán:" in _nfc(caption[0])
        related = texts(doc, '//section[@class="related-posts"]//a')
        assert len(related) == 4 and all(x in page.boilerplate for x in related)
        popular = texts(doc, '//section[contains(@class, "popular-posts")]//a')
        assert len(popular) == 5 and all(x in page.boilerplate for x in popular)
        assert texts(doc, '//p[@class="footer-about"]')[0] in page.boilerplate
        assert page.title in texts(doc, "//title")[0] and page.publisher in texts(doc, "//title")[0]
        lists += bool(content.xpath("./ul"))
        # NFC, NFD or mixed: the truth is the page's own code points
        body_nfd = unicodedata.is_normalized("NFD", page.body)
        chrome_nfd = unicodedata.is_normalized("NFD", shown)
        assert body_nfd != unicodedata.is_normalized("NFC", page.body)
        mode = "nfd" if body_nfd and chrome_nfd else "mixed" if body_nfd else "nfc"
        assert unicodedata.is_normalized("NFD", page.title) == body_nfd
        if mode == "nfc":
            assert unicodedata.is_normalized("NFC", page.html)
        if mode == "nfd":
            assert unicodedata.is_normalized("NFD", page.html)
        modes.add(mode)
    assert {"nfc", "nfd"} <= modes and photos and lists


def test_ti_zena_site(pages: list[SynthPage]) -> None:
    for page in family(pages, "ti-zena-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Africa/Asmara" and d.utcoffset() == timedelta(hours=3)
        assert re.fullmatch(r"/archives/\d{5}|/2026/\d\d/[a-z0-9-]+\.html", page.path), page.path
        times = doc.xpath('//time[@class="published"]')
        assert len(times) == 1 and datetime.fromisoformat(times[0].get("datetime")) == d
        shown = norm_ws(times[0].text_content())
        assert shown == slack.ti_date(d) and shown in page.boilerplate
        assert slack.TI_MONTHS[d.month - 1] in shown and str(d.year) in shown
        assert datetime.fromisoformat(_ld(doc)["datePublished"]) == d
        content = doc.xpath('//div[contains(@class, "post-body")]')[0]
        _reads(content, "anbbu", "ኣንብቡ እውን፦", page)
        assert _items(content, ("anbbu",)) == page.body.split("\n")
        related = texts(doc, '//div[@class="related-posts"]//a')
        assert 3 <= len(related) <= 5 and all(x in page.boilerplate for x in related)
        share = texts(doc, '//div[@class="share-buttons"]')[0]
        assert share.startswith(("ነዚ ዜና ኣካፍሉ", "ነዚ ጽሑፍ"))
        assert texts(doc, '//div[@class="radio-box"]/p')[0] in page.boilerplate
        assert texts(doc, '//span[@class="lang-switch"]') == ["ትግርኛ | English"]
        assert all(x in page.boilerplate for x in texts(doc, "//footer/p"))


def test_ckb_hawal_site(pages: list[SynthPage]) -> None:
    for page in family(pages, "ckb-hawal-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Baghdad" and d.utcoffset() == timedelta(hours=3)
        assert doc.get("dir") == "rtl" and doc.get("lang") == "ckb"
        assert re.fullmatch(r"/ckb/news/\d{6}|/sorani/[a-z]+/\d{8}\d+(-\d+)?", page.path), page.path
        if page.path.startswith("/sorani/"):
            assert page.path.split("/")[3][:8] == f"{d:%d%m%Y}"
        published = doc.xpath('//meta[@property="article:published_time"]/@content')
        assert published == [d.isoformat()] and published[0].endswith("+03:00")
        assert datetime.fromisoformat(_ld(doc)["datePublished"]) == d
        shown = texts(doc, '//span[@class="date"]')[0]
        assert shown == slack.ckb_date(d) and shown in page.boilerplate
        assert re.search("[٠-٩]{4}", shown) and not re.search("[0-9]", shown)
        content = doc.xpath('//div[@class="news-text"]')[0]
        _reads(content, "read-more", "بخوێنەوە:", page)
        assert _items(content, ("read-more",)) == page.body.split("\n")
        assert len(texts(doc, '//div[@class="breaking"]//a')) == 3
        most = texts(doc, '//div[@class="most-read"]//a')
        assert len(most) == 5 and all(x in page.boilerplate for x in most)
        assert all(x in page.boilerplate for x in texts(doc, '//section[@class="related"]//a'))
        assert texts(doc, '//div[@class="telegram-box"]')[0] in page.boilerplate
        assert texts(doc, "//title")[0] == f"{page.title} | {page.publisher}"


def test_be_naviny_portal(pages: list[SynthPage]) -> None:
    for page in family(pages, "be-naviny-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Europe/Minsk" and d.utcoffset() == timedelta(hours=3)
        assert re.fullmatch(r"/news/[a-z]+/\d{6}\.html|/2026/\d\d/\d\d/[a-z0-9-]+/", page.path), page.path
        published = doc.xpath('//meta[@property="article:published_time"]/@content')
        assert published == [d.isoformat()]
        times = doc.xpath('//time[@class="article__date"]')
        assert datetime.fromisoformat(times[0].get("datetime")) == d
        shown = norm_ws(times[0].text_content())
        assert shown == slack.be_date(d) and shown in page.boilerplate
        content = doc.xpath('//div[@class="article__text"]')[0]
        _reads(content, "read-also", "Чытайце таксама:", page)
        assert _items(content, ("read-also",)) == page.body.split("\n")
        lead = texts(content, './p[@class="lead"]')
        assert lead == [page.body.split("\n")[0]]
        credit = texts(doc, '//span[@class="credit"]')[0]
        assert credit.startswith("Фота: ") and credit in page.boilerplate
        assert texts(doc, '//span[@class="caption"]')[0] in page.boilerplate
        main = texts(doc, '//div[@class="main-news"]//a')
        assert len(main) == 5 and all(x in page.boilerplate for x in main)
        assert texts(doc, '//div[@class="main-news"]/h3') == ["Галоўнае"]
        assert texts(doc, '//p[@class="typo-notice"]')[0] in page.boilerplate
        assert all(x in page.boilerplate for x in texts(doc, "//footer/p"))


def test_grammars() -> None:
    ends = {"yo": ".", "ti": "።", "ckb": ".", "be": "."}
    for lang, end in ends.items():
        prose = prose_for(lang, random.Random(11))
        sentences = [prose.sentence() for _ in range(300)]
        assert len(set(sentences)) > 200, lang
        assert all(s.endswith(end) for s in sentences), lang
        titles = {prose.title() for _ in range(100)}
        assert len(titles) > 60 and all(len(t.split()) >= 3 for t in titles), lang
        assert prose.subheading()
    # Yoruba: NFC, "ti" before the verb without a time, none with one
    prose = prose_for("yo", random.Random(2))
    for _ in range(200):
        clause = prose.clause()
        assert unicodedata.is_normalized("NFC", clause) and " ti " in clause, clause
        timed = prose.clause(time=True)
        assert " ti " not in timed and timed.endswith(slack.YO_TIMES), timed
    assert all(unicodedata.is_normalized("NFC", prose.sentence()) for _ in range(200))
    # Tigrinya: the verb agrees with its subject
    prose = prose_for("ti", random.Random(3))
    for _ in range(200):
        clause = prose.clause()
        gender = next(
            g for a, g in sorted(slack.TI_AGENTS, key=lambda x: -len(x[0])) if clause.startswith(a + " ")
        )
        verb = clause.split()[-1]
        assert any(verb == forms["mfp".index(gender)] for forms in slack.TI_VERBS), clause
    # Sorani: the subject's clitic on the object ("ی" one, "یان" many)
    prose = prose_for("ckb", random.Random(4))
    for _ in range(200):
        clause = prose.clause()
        plural = next(
            p for a, p in sorted(slack.CKB_AGENTS, key=lambda x: -len(x[0])) if clause.startswith(a + " ")
        )
        rest = clause[
            len(
                next(
                    a
                    for a, _ in sorted(slack.CKB_AGENTS, key=lambda x: -len(x[0]))
                    if clause.startswith(a + " ")
                )
            )
            + 1 :
        ]
        obj = next(o for o in slack.CKB_OBJECTS if rest.startswith(o))
        assert rest[len(obj) :].startswith("یان " if plural else "ی "), clause
    # Belarusian: the past agrees with its subject; "ў" after a vowel
    prose = prose_for("be", random.Random(5))
    for _ in range(200):
        clause = prose.clause()
        gender = next(
            g for a, g in sorted(slack.BE_AGENTS, key=lambda x: -len(x[0])) if clause.startswith(a + " ")
        )
        assert any(f" {forms['mfp'.index(gender)]} " in clause for forms in slack.BE_VERBS), clause
    for _ in range(300):
        assert not re.search("[аеёіоуыэюя] у ", prose.sentence())
    assert slack.be_count(21, "a", "b", "c") == "21 a" and slack.be_count(12, "a", "b", "c") == "12 c"
    assert slack.be_count(34, "a", "b", "c") == "34 b" and slack.be_count(11, "a", "b", "c") == "11 c"


def test_latin_slugs() -> None:
    assert slack.slack_latin("ኣስመራ") == "asmera"
    assert slack.slack_latin("Гомель") == "homel"
    assert slack.latin_slug("هەولێر") == "heuler"
    assert slack.latin_slug("Ìbàdàn: Àwọn oníṣòwò") == "ibadan-awon-onisowo"
    assert slack.eastern_digits("2026") == "٢٠٢٦"
    for lang in ("yo", "ti", "ckb", "be"):
        prose = prose_for(lang, random.Random(1))
        for _ in range(50):
            slug = slack.latin_slug(prose.title())
            assert slug and re.fullmatch(r"[a-z0-9-]+", slug), slug


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
