"""The families of pipeline.synth.carse_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
import urllib.request
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import lxml.html
import pytest

from pipeline.synth import carse_families as carse
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage, generate_corpus, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("carse"))


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
    corpus = generate_corpus("carse")
    assert len({p.url for p in corpus}) == len(corpus)
    more = list(split_pages("carse"))
    assert len({p.url for p in more}) == len(more)


def test_text_in_its_script(pages: list[SynthPage]) -> None:
    """Macedonian bodies in Cyrillic, Pashto ones in Arabic script with Afghan digits and no Latin
    word, Albanian and Tagalog ones in Latin letters (Albanian with its "ë" and "ç")."""
    for page in pages:
        letters = [ch for ch in page.body if ch.isalpha()]
        lines = [x for x in page.body.split("\n") if len(x.split()) > 6]
        assert all(x.endswith(".") for x in lines), page.url
        if page.language == "mk":
            assert sum("\u0400" <= ch <= "\u04ff" for ch in letters) > 0.97 * len(letters), page.url
            assert not re.search(r"[A-Za-z]{3}", page.body)
        elif page.language == "ps":
            assert sum("\u0600" <= ch <= "\u06ff" for ch in letters) > 0.97 * len(letters), page.url
            assert not re.search(r"[A-Za-z]{3}", page.body) and not re.search(r"[0-9]", page.body)
            assert re.search("[ټډړږښګڼې]", page.body)  # letters Pashto has and Arabic or Persian do not
        else:
            assert all(ch.isascii() or ch in "ëËçÇñ₱" or not ch.isalpha() for ch in page.body), page.url
        if page.language == "sq":
            assert "ë" in page.body


def test_site_wide_and_varying_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        recurring={
            "sq-lajme-portal": "Adresa e redaksisë:",
            "mk-vesti-portal": "Забрането е преземање",
            "tl-balita-site": "I-follow ang",
            "ps-khabarona-site": "د خبرونو بیا خپرول",
        },
        varying={
            "sq-lajme-portal": "Lexo edhe:",
            "mk-vesti-portal": "Објавено:",
            "tl-balita-site": "BASAHIN:",
            "ps-khabarona-site": "خپور شوی:",
        },
    )


def test_sq_lajme_portal(pages: list[SynthPage]) -> None:
    lists = photos = tickers = 0
    for page in family(pages, "sq-lajme-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Europe/Tirane" and d.utcoffset() in (timedelta(hours=1), timedelta(hours=2))
        assert re.fullmatch(r"/2026/\d\d/\d\d/[a-z0-9-]+/|/[a-z]+/[a-z0-9-]+-\d{6}/", page.path), page.path
        if page.path.startswith("/2026/"):
            assert page.path.startswith(f"/{d:%Y/%m/%d}/")
            article = _ld(doc)["@graph"][0]
            assert datetime.fromisoformat(article["datePublished"]) == d
        else:
            assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        shown = texts(doc, '//time[contains(@class, "entry-date")]')[0]
        assert shown == f"Publikuar: {carse.sq_date(d)}" and shown in page.boilerplate
        assert doc.xpath('//time[contains(@class, "entry-date")]/@datetime') == [d.isoformat()]
        content = doc.xpath('//div[@class="entry-content"]')[0]
        _reads(content, "lexo-edhe", "Lexo edhe:", page)
        assert texts(content, './div[@class="reklama-inline"]') == ["Reklama"]
        assert "Reklama" not in page.boilerplate
        assert _items(content, ("lexo-edhe",)) == page.body.split("\n")
        lists += bool(content.xpath("./ul"))
        captions = texts(doc, "//figcaption")
        photos += bool(captions)
        assert all(x in page.boilerplate for x in captions)
        tickers += bool(doc.xpath('//div[@class="breaking-news"]'))
        assert all(x in page.boilerplate for x in texts(doc, '//div[@class="breaking-news"]//a'))
        most = texts(doc, '//div[contains(@class, "widget-popular")]//a')
        assert len(most) == 5 and all(x in page.boilerplate for x in most)
        assert texts(doc, '//div[@class="post-tags"]')[0] in page.boilerplate
        assert texts(doc, '//p[@class="comment-notes"]')[0] in page.boilerplate
        assert texts(doc, '//div[@class="post-category"]')[0] not in page.boilerplate
        assert texts(doc, '//p[@class="copyright"]')[0].startswith("© 2026 ")
        assert texts(doc, "//title")[0] in (
            f"{page.title} - {page.publisher}",
            f"{page.title} | {page.publisher}",
        )
    assert lists and photos and tickers


def test_mk_vesti_portal(pages: list[SynthPage]) -> None:
    leads = 0
    for page in family(pages, "mk-vesti-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Europe/Skopje"
        assert re.fullmatch(r"/vest/\d{6}/[a-z0-9-]+|/[a-z]+/[a-z0-9-]+-\d{6}\.html", page.path), page.path
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        shown = texts(doc, '//span[@class="news-date"]')[0]
        assert shown in (f"Објавено: {carse.mk_date(d, 0)}", f"Објавено: {carse.mk_date(d, 1)}")
        assert shown in page.boilerplate
        assert texts(doc, '//div[@class="breadcrumb"]')[0] in page.boilerplate
        credit = texts(doc, '//span[@class="photo-credit"]')[0]
        assert credit.startswith("Фото: ") and credit in page.boilerplate
        assert texts(doc, '//span[@class="caption-text"]')[0] in page.boilerplate
        lead = texts(doc, '//p[@class="lead"]')
        if lead:
            leads += 1
            assert lead[0] not in page.body and lead[0] not in page.boilerplate and len(lead[0].split()) > 6
        content = doc.xpath('//div[@class="news-text"]')[0]
        assert texts(content, './div[@class="banner-inarticle"]') == ["Реклама"]
        assert _items(content) == page.body.split("\n")
        related = texts(doc, '//div[@class="related-news"]//a')
        assert len(related) == 4 and all(x in page.boilerplate for x in related)
        assert texts(doc, '//div[@class="newsletter-box"]/p')[0] in page.boilerplate
        assert "Пријави се" not in page.boilerplate
    assert leads


def test_tl_balita_site(pages: list[SynthPage]) -> None:
    for page in family(pages, "tl-balita-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Manila" and d.utcoffset() == timedelta(hours=8)
        assert re.fullmatch(
            r"/[a-z-]+/[a-z]+/2026/\d\d/\d\d/\d{7}/[a-z0-9-]+|/[a-z]+/[a-z0-9-]+-\d{7}", page.path
        ), page.path
        data = _ld(doc)
        assert datetime.fromisoformat(data["datePublished"]) == d and data["datePublished"].endswith("+08:00")
        shown = texts(doc, '//span[@class="byline-date"]')[0]
        assert shown == carse.tl_date(d) and shown in page.boilerplate
        assert carse.TL_MONTHS[d.month - 1] in shown
        byline = texts(doc, '//span[@class="byline-name"]')[0]
        assert byline.startswith("Ni ") and byline in page.boilerplate
        content = doc.xpath('//div[@class="article-body"]')[0]
        _reads(content, "basahin", "BASAHIN:", page)
        assert texts(content, './/span[@class="ad-label"]') == ["Advertisement"]
        assert _items(content, ("basahin",)) == page.body.split("\n")
        trending = texts(doc, '//div[@class="trending"]//a')
        assert len(trending) == 5 and all(x in page.boilerplate for x in trending)
        assert texts(doc, '//div[@class="trending"]/h3') == ["Trending"]
        assert texts(doc, '//p[@class="copyright"]')[0].endswith("All Rights Reserved.")


def test_ps_khabarona_site(pages: list[SynthPage]) -> None:
    for page in family(pages, "ps-khabarona-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Kabul" and d.utcoffset() == timedelta(hours=4, minutes=30)
        assert doc.get("dir") == "rtl" and doc.get("lang") == "ps"
        assert re.fullmatch(r"/ps/news/\d{6}|/ps/[a-z]+/[a-z0-9-]+-\d{6}", page.path), page.path
        data = _ld(doc)
        assert datetime.fromisoformat(data["datePublished"]) == d and data["datePublished"].endswith("+04:30")
        assert doc.xpath("//time/@datetime") == [d.isoformat()]
        shown = texts(doc, "//time")[0]
        assert shown == f"خپور شوی: {carse.ps_date(d)}" and shown in page.boilerplate
        assert re.search("[۰-۹]{4}", shown) and not re.search("[0-9]", shown)
        content = doc.xpath('//div[@class="news-body"]')[0]
        assert texts(content, './div[@class="ad-box"]') == ["اعلان"]
        assert _items(content) == page.body.split("\n")
        related = texts(doc, '//div[@class="related-news"]//a')
        assert len(related) == 4 and all(x in page.boilerplate for x in related)
        assert texts(doc, '//div[@class="related-news"]/h3') == ["اړوند خبرونه"]
        assert texts(doc, '//div[@class="telegram-box"]')[0] in page.boilerplate
        assert all(x in page.boilerplate for x in texts(doc, "//figcaption"))


def test_solar_hijri_dates() -> None:
    kabul = ZoneInfo("Asia/Kabul")
    assert carse.sh_date(datetime(2026, 3, 7, 14, 30, tzinfo=kabul)) == ("کب", 16, 1404)
    assert (
        carse.ps_date(datetime(2026, 3, 7, 14, 30, tzinfo=kabul)) == "شنبه، ۱۶ کب ۱۴۰۴ – ۷ مارچ ۲۰۲۶، ۱۴:۳۰"
    )
    assert carse.sh_date(datetime(2026, 1, 20, tzinfo=kabul)) == ("مرغومی", 30, 1404)
    assert carse.sh_date(datetime(2026, 1, 21, tzinfo=kabul)) == ("سلواغه", 1, 1404)
    assert carse.sh_date(datetime(2026, 3, 20, tzinfo=kabul)) == ("کب", 29, 1404)
    assert carse.sh_date(datetime(2026, 3, 21, tzinfo=kabul)) == ("وری", 1, 1405)


def test_grammars() -> None:
    for lang in ("sq", "mk", "tl", "ps"):
        prose = prose_for(lang, random.Random(11))
        sentences = [prose.sentence() for _ in range(300)]
        assert len(set(sentences)) > 200, lang
        assert all(s.endswith(".") and s[0] == s[0].upper() for s in sentences), lang
        titles = {prose.title() for _ in range(100)}
        assert len(titles) > 60 and all(len(t.split()) >= 3 for t in titles), lang
        assert prose.subheading()
    # Albanian: the verb agrees in number with its subject
    prose = prose_for("sq", random.Random(3))
    for _ in range(200):
        clause = prose.clause()
        verb = next(v for v in carse.SQ_VERBS if f" {v[0]} " in clause or f" {v[1]} " in clause)
        agent = next(a for a, _ in carse.SQ_AGENTS if clause.startswith(a.split("{")[0].strip()))
        plural = dict(carse.SQ_AGENTS)[agent]
        assert f" {verb[1 if plural else 0]} " in clause, clause
    # Macedonian: the clitic of the object's gender before the verb, the verb's number its subject's
    prose = prose_for("mk", random.Random(4))
    for _ in range(200):
        clause = prose.clause()
        obj, gender = next(o for o in carse.MK_OBJECTS if clause.endswith(o[0]))
        clitic, verb = clause.removesuffix(" " + obj).split()[-2:]
        assert clitic == carse.MK_CLITICS[gender], clause
        agent, plural = next(a for a in carse.MK_AGENTS if clause.startswith(a[0].split("{")[0].strip()))
        assert verb in (v[1 if plural else 0] for v in carse.MK_VERBS), clause
    # Macedonian: a woman's surname is feminine
    for _ in range(100):
        first, last = prose.person().split()
        assert last.endswith("а") == (first in carse.MK_FEMALE)
    # Tagalog: verb first, the actor with "ng", the object with "ang"
    prose = prose_for("tl", random.Random(5))
    for _ in range(200):
        clause = prose.clause()
        assert clause.split()[0] in carse.TL_VERBS and " ng " in clause and " ang " in clause, clause
        assert clause.index(" ng ") < clause.rindex(" ang "), clause
    # Pashto: the light verb agrees with the object (or with its own noun)
    prose = prose_for("ps", random.Random(6))
    for _ in range(200):
        clause = prose.clause()
        own = [n for n, light, _ in carse.PS_OWN if clause.endswith(f" {n} {light}")]
        if not own:
            mod, head, _, gender = next(
                o for o in carse.PS_OBJECTS if f" {o[0]} {o[1]} ".replace("  ", " ") in f" {clause} "
            )
            assert clause.endswith(" " + carse.PS_LIGHT[gender]), clause


def test_latin_slugs() -> None:
    assert carse.mk_latin("Скопје") == "skopje"
    assert carse.mk_latin("Ќе Џамија Ѓорче") == "kje dzhamija gjorche"
    assert carse.ps_latin("کابل") == "kabl"
    assert carse.ps_digits("2026") == "۲۰۲۶"
    assert carse.latin_slug("Përplasje mes bashkisë dhe opozitës") == "perplasje-mes-bashkise-dhe-opozites"
    assert carse.latin_slug("Malacañang: ₱12 milyon") == "malacanang-12-milyon"
    for lang in ("sq", "mk", "tl", "ps"):
        prose = prose_for(lang, random.Random(1))
        for _ in range(50):
            slug = carse.latin_slug(prose.title())
            assert slug and re.fullmatch(r"[a-z0-9-]+", slug), slug


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
