"""The families of pipeline.synth.brae_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import datetime

import lxml.html
import pytest

from pipeline.synth.publishers import SynthPage, generate_corpus, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, heads, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("brae"))


def _items(container: lxml.html.HtmlElement) -> list[str]:
    """The text of the container's paragraphs, headings and list items, in document order."""
    return [norm_ws(el.text_content()) for el in container.iter("p", "h2", "h3", "li")]


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_no_two_pages_share_a_url() -> None:
    corpus = generate_corpus("brae")
    assert len({p.url for p in corpus}) == len(corpus)
    more = list(split_pages("brae"))
    assert len({p.url for p in more}) == len(more)


def test_site_wide_and_varying_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        recurring={
            "chaptered-longread": "Our long reads are funded by readers.",
            "interview-qa": "Never miss a conversation:",
            "corrections-appended": "Have a news tip?",
            "inline-modules-daily": "By signing up, you agree",
        },
        varying={
            "chaptered-longread": "Photograph:",
            "interview-qa": "Published",
            "corrections-appended": "Join the conversation:",
            "inline-modules-daily": "Listen to this article",
        },
    )


def test_chaptered_longread(pages: list[SynthPage]) -> None:
    styles: set[str] = set()
    for page in family(pages, "chaptered-longread"):
        doc = lxml.html.document_fromstring(page.html)
        assert not doc.xpath("//article")
        assert not doc.xpath('//*[contains(@class, "content") or contains(@class, "post") or '
                             'contains(@class, "entry") or contains(@class, "article")]')
        chapters = doc.xpath('//section[@class="chapter"]|//div[@class="sect1"]|//div[@class="lr-part"]')
        assert 4 <= len(chapters) <= 6
        parent = chapters[0].getparent()
        assert all(ch.getparent() is parent for ch in chapters) and parent.get("class").startswith("wrap-")
        styles |= {ch.get("class") for ch in chapters}
        lines = [x for ch in chapters for x in _items(ch) if not re.fullmatch(r"Chapter [IVX]+", x)]
        assert lines == page.body.split("\n")
        sizes = [len(ch.xpath(".//p[not(@class)]")) for ch in chapters]
        assert sizes[0] == 1 and max(sizes) == max(sizes[1:]) > 1
        assert len(heads(page)) == len(chapters)
        for cap in texts(doc, '//figure[@class="bleed"]//span'):
            assert cap in page.boilerplate
        assert page.repeated and all(q in texts(doc, '//blockquote[@class="pq"]/p') for q in page.repeated)
        ld = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert datetime.fromisoformat(ld["datePublished"]) == page.published_at
        assert texts(doc, '//p[@class="standfirst"]')[0] not in page.boilerplate
    assert styles == {"chapter", "sect1", "lr-part"} or len(styles) >= 2


def test_interview_qa(pages: list[SynthPage]) -> None:
    seen: set[str] = set()
    for page in family(pages, "interview-qa"):
        doc = lxml.html.document_fromstring(page.html)
        box = doc.xpath('//div[@class="qa-body" or @class="story-text" or @class="mag-copy"]')[0]
        assert _items(box) == page.body.split("\n")
        lines = page.body.split("\n")
        if any(x.startswith("Q: ") for x in lines):
            seen.add("q")
        elif box.xpath("./h3"):
            seen.add("h3")
        else:
            seen.add("names")
            author = doc.xpath('//meta[@property="article:author"]/@content')[0]
            assert any(x.startswith(author + ": ") for x in lines)
        about = texts(doc, '//aside[@class="about-box"]/p')[0]
        assert about in page.boilerplate
        cards = texts(doc, '//div[@class="iv-card"]/p') + texts(doc, '//div[@class="iv-card"]/h3')
        assert len(cards) >= 6 and all(x in page.boilerplate for x in cards)
        published = doc.xpath('//meta[@property="article:published_time"]/@content')
        assert datetime.fromisoformat(published[0]) == page.published_at
        assert texts(doc, '//p[@class="dek"]')[0] not in page.boilerplate
    assert seen == {"q", "h3", "names"}


def test_corrections_appended(pages: list[SynthPage]) -> None:
    notes = corrections = 0
    for page in family(pages, "corrections-appended"):
        doc = lxml.html.document_fromstring(page.html)
        box = doc.xpath('//div[@class="story-body" or @class="rich-text" or @class="body-copy"]')[0]
        lines = page.body.split("\n")
        items = _items(box)
        contact = [x for x in items if x.startswith("Contact the reporter at ")]
        assert [x for x in items if x not in contact] == lines
        assert all(x in page.boilerplate for x in contact)
        if lines[0].startswith("Editor's note: "):
            notes += 1
        if re.match(r"(Correction|Clarification)(, [A-Z][a-z]+ \d+, \d{4})?: ", lines[-1]):
            corrections += 1
            assert texts(doc, '//span[@class="updated"]')[0] in page.boilerplate
        bio = texts(doc, '//div[@class="author-bio"]/p')[0]
        assert bio in page.boilerplate and bio.startswith(doc.xpath('//meta[@name="author"]/@content')[0])
        time = doc.xpath('//div[@class="byline"]/time')[0]
        assert datetime.fromisoformat(time.get("datetime")) == page.published_at
    assert notes and corrections


def test_corrections_bios_recur(pages: list[SynthPage]) -> None:
    bios: dict[tuple[str, str], set[str]] = {}
    for page in family(pages, "corrections-appended"):
        doc = lxml.html.document_fromstring(page.html)
        author = doc.xpath('//meta[@name="author"]/@content')[0]
        bios.setdefault((page.site, author), set()).update(texts(doc, '//div[@class="author-bio"]/p'))
    assert all(len(x) == 1 for x in bios.values())


def test_inline_modules_daily(pages: list[SynthPage]) -> None:
    for page in family(pages, "inline-modules-daily"):
        doc = lxml.html.document_fromstring(page.html)
        main = doc.xpath("//main")[0]
        boxes = [d for d in main.xpath("./div") if d.xpath("./p") and not d.xpath("./p[1]/ancestor::form")]
        box = max(boxes, key=lambda d: len(d.xpath("./p")))
        assert box.get("class") and not box.get("class").startswith(("article", "content", "body"))
        own = [norm_ws(el.text_content()) for el in box if el.tag in ("p", "h2", "h3")]
        assert own == page.body.split("\n")
        modules = [d for d in box if d.tag == "div"]
        kinds = {norm_ws(d.text_content()).split(" ")[0] for d in modules}
        assert "Listen" in kinds and len(modules) >= 4
        for d in modules:
            for p in d.xpath(".//p"):
                assert norm_ws(p.text_content()) in page.boilerplate
        assert any(x.startswith("Listen to this article \u00b7 ") for x in page.boilerplate)
        ld = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert datetime.fromisoformat(ld["datePublished"]) == page.published_at
        assert datetime.fromisoformat(ld["dateModified"]) > page.published_at
        rail = texts(doc, "//aside//a")
        assert len(rail) == 5 and all(x in page.boilerplate for x in rail)


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
