"""The families of pipeline.synth.shaw_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
import urllib.request
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import lxml.html
import pytest

from pipeline.synth import shaw_families as shaw
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage, generate_corpus, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, norm_ws, split_pages, texts, words


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("shaw"))


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


def _reads(container: lxml.html.HtmlElement, cls: str, label: str, page: SynthPage, n: tuple[int, ...] = (2,)) -> None:
    lines = texts(container, f'./p[@class="{cls}"]')
    assert len(lines) in n and all(x.startswith(label + " ") and x in page.boilerplate for x in lines)


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_no_two_pages_share_a_url() -> None:
    corpus = generate_corpus("shaw")
    assert len({p.url for p in corpus}) == len(corpus) == 160
    more = list(split_pages("shaw"))
    assert len({p.url for p in more}) == len(more)


def test_text_in_its_script(pages: list[SynthPage]) -> None:
    """Malay, Hausa and Somali bodies in Latin letters (Hausa's hooked letters among them), Lao ones
    in Lao letters without a Latin one; every paragraph ends in "." (or a quote closing after it)."""
    hooked = 0
    for page in pages:
        letters = [ch for ch in page.body if ch.isalpha()]
        if page.language == "lo":
            assert sum("\u0e80" <= ch <= "\u0eff" for ch in letters) > 0.99 * len(letters), page.url
            assert not re.search(r"[A-Za-z]", page.body), page.url
            # phrases, not words, between the spaces: long tokens
            tokens = page.body.split()
            assert sum(len(t) for t in tokens) / len(tokens) > 6, page.url
        else:
            assert all(ch.isascii() or ch in "ɓɗƙƴƁƊƘƳ" for ch in letters), page.url
            hooked += bool(re.search("[ɓɗƙƴ]", page.body))
        assert all(x.endswith((".", "”.")) for x in page.body.split("\n") if words(x) > 6), page.url
    assert hooked >= len([p for p in pages if p.language == "ha"]) // 2


def test_site_wide_and_varying_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        recurring={
            "ms-berita-portal": "Ikuti saluran Telegram",
            "ha-labarai-site": "Ku biyo",
            "so-wararka-site": "Ku biir kanaalka WhatsApp",
            "lo-khao-site": "ກົດຕິດຕາມ",
        },
        varying={
            "ms-berita-portal": "Baca juga:",
            "ha-labarai-site": "Karanta kuma:",
            "so-wararka-site": "Akhri sidoo kale:",
            "lo-khao-site": "ອ່ານເພີ່ມເຕີມ:",
        },
    )


def test_ms_berita_portal(pages: list[SynthPage]) -> None:
    lists = sinopses = photos = 0
    for page in family(pages, "ms-berita-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Kuala_Lumpur" and d.utcoffset() == timedelta(hours=8)
        m = re.fullmatch(r"/berita/[a-z]+/(\d{4})/(\d\d)/\d{7}/[a-z0-9-]+|/artikel/\d{7}/[a-z]+/[a-z0-9-]+", page.path)
        assert m, page.path
        if m[1]:
            assert (m[1], m[2]) == (f"{d:%Y}", f"{d:%m}")
        published = doc.xpath('//meta[@property="article:published_time"]/@content')
        assert published == [d.isoformat()] and published[0].endswith("+08:00")
        shown = texts(doc, '//span[@class="date"]')[0]
        assert shown in (shaw.ms_date(d, 0), shaw.ms_date(d, 1)) and shown in page.boilerplate
        assert shaw.MS_MONTHS[d.month - 1] in shown
        content = doc.xpath('//div[@class="article-body"]')[0]
        _reads(content, "baca-juga", "Baca juga:", page, (1, 2, 3))
        assert _items(content, ("baca-juga",)) == page.body.split("\n")
        byline = texts(doc, '//span[@class="byline"]')[0]
        assert byline.startswith("Oleh ") and byline in page.boilerplate
        sinopsis = texts(doc, '//p[@class="sinopsis"]')
        if sinopsis:
            sinopses += 1
            assert sinopsis[0] not in page.body and sinopsis[0] not in page.boilerplate
        caption = texts(doc, "//figcaption")
        if caption:
            photos += 1
            assert caption[0] in page.boilerplate and " - Foto" in caption[0]
        related = texts(doc, '//section[@class="berita-berkaitan"]//a')
        assert len(related) == 4 and all(x in page.boilerplate for x in related)
        popular = texts(doc, '//div[@class="paling-popular"]//a')
        assert len(popular) == 5 and all(x in page.boilerplate for x in popular)
        assert texts(doc, '//div[@class="article-tags"]')[0] in page.boilerplate
        assert all(x in page.boilerplate for x in texts(doc, "//footer/p"))
        lists += bool(content.xpath("./ul"))
    assert lists and sinopses and photos


def test_ha_labarai_site(pages: list[SynthPage]) -> None:
    utc = local = 0
    for page in family(pages, "ha-labarai-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Africa/Lagos" and d.utcoffset() == timedelta(hours=1)
        m = re.fullmatch(r"/hausa/articles/c[0-9a-f]{10}o|/hausa/labarai-(\d{8})", page.path)
        assert m, page.path
        data = _ld(doc)
        assert data["@type"] == "ReportageNewsArticle"
        assert datetime.fromisoformat(data["datePublished"].replace("Z", "+00:00")) == d
        shown = texts(doc, '//time[@class="date"]')[0]
        stamp = doc.xpath('//time[@class="date"]/@datetime')[0]
        if m[1]:
            local += 1
            assert data["datePublished"].endswith("+01:00") and datetime.fromisoformat(stamp) == d
            assert shown == f"An wallafa: {shaw.ha_date(d)}, {d:%H:%M} WAT" and shown in page.boilerplate
        else:
            utc += 1
            assert data["datePublished"] == d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            assert stamp == f"{d:%Y-%m-%d}" and shown == shaw.ha_date(d) and shown not in page.boilerplate
        content = doc.xpath('//div[@class="article-text"]')[0]
        _reads(content, "karanta-kuma", "Karanta kuma:", page)
        assert _items(content, ("karanta-kuma",)) == page.body.split("\n")
        assert content.xpath("./p[1]/b")
        credit = texts(doc, '//p[@class="image-copyright"]')[0]
        caption = texts(doc, '//figcaption[@class="caption"]')[0]
        assert credit.startswith("ASALIN HOTON, ") and caption.startswith("Bayanan hoto, ")
        assert credit in page.boilerplate and caption in page.boilerplate
        assert texts(doc, '//h2[@id="related-heading"]') == ["Labarai masu alaƙa"]
        related = texts(doc, '//section[@class="related-content"]//a')
        assert len(related) == 4 and all(x in page.boilerplate for x in related)
        most = texts(doc, '//section[@class="most-read"]//a')
        assert len(most) == 5 and all(x in page.boilerplate for x in most)
        assert texts(doc, '//div[@class="skip-links"]/a') == ["Skip to content", "Accessibility help"]
        footer = texts(doc, '//ul[@class="footer-links"]/li')
        assert "Privacy Policy" in footer and "Cookies" in footer
        assert texts(doc, "//title")[0] == f"{page.title} - {page.publisher}"
    assert utc and local


def test_so_wararka_site(pages: list[SynthPage]) -> None:
    for page in family(pages, "so-wararka-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Africa/Mogadishu" and d.utcoffset() == timedelta(hours=3)
        m = re.fullmatch(r"/(\d{4})/(\d\d)/(\d\d)/[a-z0-9-]+/|/wararka/\d{6}/[a-z0-9-]+", page.path)
        assert m, page.path
        if m[1]:
            assert (m[1], m[2], m[3]) == (f"{d:%Y}", f"{d:%m}", f"{d:%d}")
        times = doc.xpath('//time[contains(@class, "entry-date")]')
        assert len(times) == 1 and datetime.fromisoformat(times[0].get("datetime")) == d
        shown = norm_ws(times[0].text_content())
        assert shown == shaw.so_date(d) and shown in page.boilerplate
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        ticker = texts(doc, '//ul[@class="ticker-items"]//a')
        assert len(ticker) == 3 and all(x in page.boilerplate for x in ticker)
        content = doc.xpath('//div[@class="entry-content"]')[0]
        _reads(content, "akhri-sidoo-kale", "Akhri sidoo kale:", page)
        assert _items(content, ("akhri-sidoo-kale",)) == page.body.split("\n")
        assert texts(doc, '//p[@class="comment-notes"]')[0] in page.boilerplate
        assert doc.xpath('//div[@id="comments"]//textarea')
        most = texts(doc, '//section[contains(@class, "widget-most-read")]//a')
        assert len(most) == 5 and all(x in page.boilerplate for x in most)
        assert texts(doc, '//h2[@class="widget-title"]') == ["Wararka ugu akhriska badan"]
        assert texts(doc, '//div[@class="site-info"]')[0] in page.boilerplate


def test_lo_khao_site(pages: list[SynthPage]) -> None:
    longs = 0
    for page in family(pages, "lo-khao-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Vientiane" and d.utcoffset() == timedelta(hours=7)
        m = re.fullmatch(r"/news/[a-z]+/\d{5,6}|/(\d{4})/(\d\d)/(\d\d)/[a-z]+-\d{5,6}\.html", page.path)
        assert m, page.path
        data = _ld(doc)
        assert datetime.fromisoformat(data["datePublished"]) == d and data["datePublished"].endswith("+07:00")
        times = doc.xpath("//div[@class='news-meta']/time")
        assert len(times) == 1 and datetime.fromisoformat(times[0].get("datetime")) == d
        shown = norm_ws(times[0].text_content())
        assert shown in (shaw.lo_date(d, True), shaw.lo_date(d, False)) and shown in page.boilerplate
        assert shaw.LO_MONTHS[d.month - 1] in shown
        longs += shown.startswith("ວັນ")
        content = doc.xpath('//div[@class="news-content"]')[0]
        _reads(content, "an-phoem", "ອ່ານເພີ່ມເຕີມ:", page)
        assert _items(content, ("an-phoem",)) == page.body.split("\n")
        caption = texts(doc, "//figcaption")[0]
        assert "(ພາບ: " in caption and caption in page.boilerplate
        related = texts(doc, '//section[@class="related"]//a')
        assert len(related) == 4 and all(x in page.boilerplate for x in related)
        assert texts(doc, '//section[@class="related"]/h3') == ["ຂ່າວທີ່ກ່ຽວຂ້ອງ"]
        share = texts(doc, '//div[@class="share-box"]')[0]
        assert "Facebook" in share
        assert all(x in page.boilerplate for x in texts(doc, "//footer/p"))
        assert all(href.isascii() for href in doc.xpath("//a/@href")), page.url
    assert longs


def test_dates() -> None:
    d = datetime(2026, 3, 7, 14, 30, tzinfo=ZoneInfo("Asia/Kuala_Lumpur"))
    assert shaw.ms_date(d, 0) == "Mac 7, 2026 @ 2:30pm"
    assert shaw.ms_date(d, 1) == "Sabtu, 7 Mac 2026 | 2:30 PTG"
    assert shaw.ms_date(d.replace(hour=9), 1) == "Sabtu, 7 Mac 2026 | 9:30 PG"
    assert shaw.ha_date(d) == "7 Maris 2026"
    assert shaw.so_date(d) == "Sabti, 7 Maarso 2026 - 14:30"
    assert shaw.lo_date(d, True) == "ວັນເສົາ ທີ 7 ມີນາ 2026 ເວລາ 14:30 ໂມງ"
    assert shaw.lo_date(d, False) == "07 ມີນາ 2026 14:30"
    assert shaw.HA_MONTHS[7] == "Agusta" and shaw.SO_MONTHS[6] == "Luulyo" and shaw.LO_MONTHS[11] == "ທັນວາ"


def test_grammars() -> None:
    for lang in ("ms", "ha", "so", "lo"):
        prose = prose_for(lang, random.Random(11))
        sentences = [prose.sentence() for _ in range(300)]
        assert len(set(sentences)) > 200, lang
        assert all(s.endswith((".", "”.")) and s[0] == s[0].upper() for s in sentences), lang
        titles = {prose.title() for _ in range(100)}
        assert len(titles) > 60 and all(len(t.split()) >= 4 for t in titles), lang
        assert prose.subheading()
    # Malay: people never approve or postpone
    prose = prose_for("ms", random.Random(3))
    for _ in range(200):
        clause = prose.clause()
        people = [a for a, authority in shaw.MS_AGENTS if not authority]
        if any(clause.startswith(a + " ") for a in people):
            assert not any(f" {v[0]} " in clause for v in shaw.MS_VERBS if v[3]), clause
    # Hausa: the person-aspect pronoun agrees with the subject
    prose = prose_for("ha", random.Random(4))
    agents = [(a, g) for a, g, _ in sorted(shaw.HA_AGENTS, key=lambda x: -len(x[0]))]
    agents += [(f"{head} {state}", "f") for head in ("Gwamnatin Jihar", "Majalisar Dokokin Jihar")
               for state in shaw.HA_STATES]
    for k in range(300):
        aspect = k % 3
        clause = prose.clause(aspect=aspect)
        agent, g = next((a, g) for a, g in agents if clause.startswith(a + " "))
        assert clause[len(agent) + 1 :].startswith(shaw.HA_ASPECT[g][aspect] + " "), clause
    # Somali: "ayaa" with the reduced agreement (no plural "-een"), "waxay" with the full one
    prose = prose_for("so", random.Random(5))
    plurals = [a for a, g, _ in shaw.SO_AGENTS if g == "p"]
    for _ in range(300):
        clause = prose.clause()
        plural = any(clause.startswith(a + " ") for a in plurals)
        if " ayaa " in clause:
            assert not re.search(r"een\b", clause), clause
        elif plural:
            assert " waxay " in clause and re.search(r"een\b", clause), clause
    # Lao: a clause's past with "ໄດ້", no Latin letter
    prose = prose_for("lo", random.Random(6))
    for _ in range(100):
        clause = prose.clause()
        assert " ໄດ້" in clause and not re.search("[A-Za-z]", clause), clause


def test_hausa_slugs() -> None:
    assert shaw.ha_slug("Ƙungiyar ƙwadago ta ɗage 'yan") == "kungiyar-kwadago-ta-dage-yan"
    prose = prose_for("ha", random.Random(1))
    for _ in range(50):
        assert re.fullmatch(r"[a-z0-9-]+", shaw.ha_slug(prose.title()))


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
