"""The families of pipeline.synth.scar_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
import urllib.request
from datetime import datetime

import lxml.html
import pytest

from pipeline.synth import scar_families as scar
from pipeline.synth.prose import prose_for, romanize
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("scar"))


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


def _ld(doc: lxml.html.HtmlElement) -> dict[str, object]:
    data: dict[str, object] = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
    return data


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_site_wide_and_varying_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        {
            "km-damnang-site": "អាសយដ្ឋាន៖",
            "si-puwath-portal": "අපගේ WhatsApp",
            "ro-ziar-local": "Cele mai citite",
            "sr-portal-cyrillic": "Број у Регистру",
        },
        {
            "km-damnang-site": "អានបន្ថែម៖",
            "si-puwath-portal": "මේවාත් කියවන්න",
            "ro-ziar-local": "Cite",
            "sr-portal-cyrillic": "Прочитајте још:",
        },
    )


def test_km_damnang_site(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    for page in family(pages, "km-damnang-site"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Phnom_Penh" and d.isoformat().endswith("+07:00")
        assert re.fullmatch(r"/article/\d{5,6}", page.path), page.path
        assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == d
        wp = bool(doc.xpath('//div[@class="td-post-content tagdiv-type"]'))
        forms.add(wp)
        if wp:
            assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
            assert [datetime.fromisoformat(x) for x in doc.xpath("//time/@datetime")] == [d]
            assert texts(doc, "//time") == [scar.km_date(d)]
            content = doc.xpath('//div[@class="td-post-content tagdiv-type"]')[0]
            related = texts(doc, '//div[@class="td_block_related_posts"]//a')
        else:
            assert texts(doc, '//span[@class="date"]') == [scar.km_date(d)]
            content = doc.xpath('//div[@class="content-detail"]')[0]
            excerpt = texts(doc, '//p[@class="excerpt"]')[0]
            assert excerpt not in page.body and excerpt not in page.boilerplate
            related = texts(doc, '//section[@class="related-news"]//a')
        assert _items(content, ("p", "h2"), skip=("read-more",)) == page.body.split("\n")
        also = texts(content, './p[@class="read-more"]')
        assert len(also) == 1 and also[0].startswith("អានបន្ថែម៖ ") and also[0] in page.boilerplate
        assert related and all(x in page.boilerplate for x in related)
        assert texts(content, './/span[@class="ads-label"]') == ["ពាណិជ្ជកម្ម"]
        assert not re.search(r"[0-9]", scar.km_date(d))
        assert "។" in page.body and not re.search(r"[A-Za-z0-9]", page.body)
        # a phrase a token: the sentences have spaces between phrases, not between words
        assert all(len(x.split()) > 6 for x in page.body.split("\n") if x.endswith("។"))
    assert len(forms) == 2
    assert scar.km_date(datetime(2026, 3, 7, 14, 30)) == "ថ្ងៃសៅរ៍ ទី៧ ខែមីនា ឆ្នាំ២០២៦ ម៉ោង ១៤:៣០"


def test_si_puwath_portal(pages: list[SynthPage]) -> None:
    inline = forms = 0
    lists = 0
    for page in family(pages, "si-puwath-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Asia/Colombo" and d.isoformat().endswith("+05:30")
        assert re.fullmatch(r"/news/\d{5,6}/[a-z0-9-]+", page.path), page.path
        ld = doc.xpath('//script[@type="application/ld+json"]')
        forms += bool(ld)
        if ld:
            assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == d
        else:
            assert doc.xpath('//meta[@itemprop="datePublished"]/@content') == [d.isoformat()]
        assert texts(doc, '//span[@class="news-date"]') == [scar.si_date(d)]
        content = doc.xpath('//div[@class="news-content"]')[0]
        assert _items(content, ("p", "h3"), skip=("read-more",)) == page.body.split("\n")
        also = texts(content, './p[@class="read-more"]')
        assert len(also) == 2 and all(x in page.boilerplate and x.startswith("මේවාත් කියවන්න ") for x in also)
        captions = texts(doc, '//p[@class="img-caption"]') + texts(content, './div[@class="inline-image"]/p')
        assert all(x in page.boilerplate and "(ඡායාරූපය: " in x for x in captions)
        inline += len(captions) == 2
        lists += bool(content.xpath("./ul"))
        for x in texts(doc, '//div[@class="related"]//a') + texts(doc, '//p[@class="comment-rules"]'):
            assert x in page.boilerplate
        assert re.search(r"[\u0d80-\u0dff]", page.body) and not re.search(r"[A-Za-z]", page.body)
    assert inline and lists and 0 < forms < len(family(pages, "si-puwath-portal"))
    assert scar.si_date(datetime(2026, 3, 7, 14, 30)) == "2026 මාර්තු 07 සෙනසුරාදා ප.ව. 02.30"


def test_ro_ziar_local(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    for page in family(pages, "ro-ziar-local"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Europe/Bucharest"
        assert re.fullmatch(r"/stiri/[a-z]+/[a-z0-9-]+-\d+\.html", page.path), page.path
        joomla = bool(doc.xpath('//meta[@name="generator"]'))
        forms.add(joomla)
        if joomla:  # the cedilla letters everywhere, the visible date only
            assert not re.search("[șțȘȚ]", page.html + page.body + page.title + "".join(page.boilerplate))
            assert re.search("[şţ]", page.body)
            assert texts(doc, '//td[@class="createdate"]') == [scar.ro_joomla_date(d)]
            assert "datePublished" not in page.html and "published_time" not in page.html
            content = doc.xpath('//div[@class="article-content"]')[0]
            assert _items(content, ("p",))[0] == page.body.split("\n")[0]
            body = [x for x in _items(content, ("p",)) if not x.startswith("Citeşte şi:")]
            also = [x for x in _items(content, ("p",)) if x.startswith("Citeşte şi:")]
            assert texts(doc, "//title") == [f"{scar.cedilla(page.publisher)} - {page.title}"]
        else:
            assert not re.search("[şţ]", page.html)
            assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
            graph = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)["@graph"]
            assert datetime.fromisoformat(graph[0]["datePublished"]) == d
            assert texts(doc, '//time[@class="entry-date published"]') == [scar.ro_date(d)]
            content = doc.xpath('//div[@class="entry-content"]')[0]
            lead = texts(content, './p[@class="lead"]')
            assert lead == [page.body.split("\n")[0]]
            body = _items(content, ("p", "h2"), skip=("citeste-si",))
            also = texts(content, './p[@class="citeste-si"]')
            assert texts(doc, "//title") == [f"{page.title} - {page.publisher}"]
        assert body == page.body.split("\n")
        assert len(also) == 2 and all(x in page.boilerplate for x in also)
        comments = texts(doc, '//li[@class="comment"]/p')
        assert comments and all(x in page.boilerplate for x in comments)
        assert any(x.endswith("comentarii la acest articol") for x in page.boilerplate)
        assert texts(doc, '//div[@id="cookie-law-info-bar"]/span')[0] in page.boilerplate
    assert len(forms) == 2
    assert scar.ro_date(datetime(2026, 3, 7, 14, 30)) == "sâmbătă, 7 martie 2026, 14:30"
    assert scar.ro_joomla_date(datetime(2026, 3, 7, 14, 30)) == "Sâmbătă, 07 Martie 2026 14:30"
    assert [scar.ro_count(n, "luni") for n in (12, 19, 20, 25, 100, 101, 119, 120)] == [
        "12 luni",
        "19 luni",
        "20 de luni",
        "25 de luni",
        "100 de luni",
        "101 luni",
        "119 luni",
        "120 de luni",
    ]


def test_sr_portal_cyrillic(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    for page in family(pages, "sr-portal-cyrillic"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Europe/Belgrade"
        m = re.fullmatch(r"/vesti/([a-z]+)/(\d{6})/([a-z0-9-]+)", page.path)
        assert m and m.group(1) in scar.SR_SECTION_SLUGS.values(), page.path
        assert m.group(3).startswith(scar._sr_slug(scar.sr_latin(page.title))[:20])
        times = doc.xpath('//time[@class="published"]/@datetime')
        forms.add(bool(times))
        if times:
            assert [datetime.fromisoformat(x) for x in times] == [d]
            assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == d
            assert texts(doc, '//time[@class="published"]') == [scar.sr_date(d, 0)]
        else:
            assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
            assert texts(doc, '//span[@class="date"]') == [scar.sr_date(d, 1)]
        assert doc.xpath('//span[@class="script-switch"]/a/@href') == [f"/lat{page.path}"]
        assert texts(doc, '//span[@class="script-switch"]/a') == ["Latinica"]
        lead = texts(doc, '//p[@class="lead"]')[0]
        assert lead not in page.body and lead not in page.boilerplate
        content = doc.xpath('//div[@class="article-body" or @class="text"]')[0]
        assert _items(content, ("p", "h2"), skip=("read-more",)) == page.body.split("\n")
        also = texts(content, './p[@class="read-more"]')
        assert len(also) == 2 and all(
            x in page.boilerplate and x.startswith("Прочитајте још: ") for x in also
        )
        for x in (
            texts(doc, '//section[@class="related-news"]//a')
            + texts(doc, '//div[@class="most-read"]//a')
            + texts(doc, '//p[@class="registry"]')
        ):
            assert x in page.boilerplate
        assert re.fullmatch(r"Број у Регистру медија АПР: IN\d{6}", texts(doc, '//p[@class="registry"]')[0])
        assert re.search(r"[\u0400-\u04ff]", page.body) and not re.search(r"[A-Za-z]", page.body)
        assert page.site.isascii() and romanize(page.publisher) == scar.sr_latin(page.publisher)
    assert len(forms) == 2
    assert scar.sr_date(datetime(2026, 3, 7, 14, 30), 0) == "субота, 7. март 2026. 14:30"
    assert scar.sr_date(datetime(2026, 3, 7, 14, 30), 1) == "07.03.2026. 14:30"


def test_transliterations() -> None:
    assert scar.sr_latin("Љубав у Нишу, Ђурђевдан") == "Ljubav u Nišu, Đurđevdan"
    assert scar._sr_slug(scar.sr_latin("Ђурђевдан у Чачку")) == "djurdjevdan-u-cacku"
    assert scar.si_latin("නව අයවැය") == "nawa ayawaeya"
    assert scar.si_latin("ප්‍රදේශය") == "pradeeshaya"
    assert scar.cedilla("Știri și ţări") == "Ştiri şi ţări"
    assert scar.km_digits("2026") == "២០២៦"
    assert scar.sr_site_latin("Ниш инфо") == "Niš info" and scar.sr_site_latin("Ниш") is None


@pytest.mark.parametrize("lang", ["km", "si", "ro", "sr"])
def test_grammars(lang: str) -> None:
    prose = prose_for(lang, random.Random(5))
    sentences = [prose.sentence() for _ in range(300)]
    assert len(set(sentences)) > 250
    end = {"km": ("។",), "si": (".",), "ro": (".",), "sr": (".",)}[lang]
    assert all(s.endswith(end) for s in sentences)
    titles = {prose.title() for _ in range(100)}
    assert len(titles) > 80 and all(len(t.split()) >= 4 for t in titles)
    heads = {prose.subheading() for _ in range(50)}
    assert all(len(h.split()) <= 6 for h in heads)
    if lang == "km":  # phrases, not words, between spaces; no Latin letters or digits
        assert not any(re.search(r"[A-Za-z0-9.]", s) for s in sentences)
    if lang == "si":  # the past agrees with a plural subject
        for s in sentences:
            for agent, plural in scar.SI_AGENTS:
                for verb in scar.SI_VERBS:
                    single = "." not in s[:-1] and "බව" not in s
                    if single and s.startswith(f"{agent} ") and s.endswith(f" {verb[not plural]}."):
                        assert verb[0] == verb[1], s
    if lang == "ro":
        assert not any(re.search("[şţ]", s) for s in sentences)
        assert any(" au " in s for s in sentences) and any(" a " in s for s in sentences)
        assert not any(re.search(r"\b(1[0-9]|[2-9]) de (luni|voturi)\b", s) for s in sentences)
    if lang == "sr":  # the clitic in second place, the participle agreeing with the subject
        assert not any(re.search(r"\b(Иако|да|док|али) [А-Яа-яЂЈЉЊЋЏђјљњћџ]+ (је|су) ", s) for s in sentences)
        for s in sentences:
            for agent, gender in scar.SR_AGENTS:
                if not s.startswith(f"{agent} је ") and not s.startswith(f"{agent} су "):
                    continue
                words = s[len(agent) :].split()
                verb = next(w for w in words if any(w.startswith(v[0]) for v in scar.SR_VERBS))
                assert (
                    verb.removeprefix(next(v[0] for v in scar.SR_VERBS if verb.startswith(v[0])))
                    == (scar._SR_ENDS[gender])
                ), s


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::2]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
