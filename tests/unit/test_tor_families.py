"""The families of pipeline.synth.tor_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import datetime

import lxml.html
import pytest

from pipeline.synth import tor_families as tor
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import family, norm_ws, split_pages, texts, visible_text, words


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("tor"))


def _items(container: lxml.html.HtmlElement, tags: tuple[str, ...]) -> list[str]:
    """The text of the container's children with `tags`, a list's items one by one."""
    out: list[str] = []
    for el in container:
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in tags:
            out.append(norm_ws(el.text_content()))
    return out


def _ld(doc: lxml.html.HtmlElement) -> dict[str, object]:
    return json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_all_english(pages: list[SynthPage]) -> None:
    assert {p.language for p in pages} == {"en"}
    assert not tor.FAMILY_LANGUAGE


def test_js_rendered_daily(pages: list[SynthPage]) -> None:
    kinds: set[str] = set()
    forms: set[bool] = set()
    for page in family(pages, "js-rendered-daily"):
        doc = lxml.html.document_fromstring(page.html)
        lines = page.body.split("\n")
        assert re.fullmatch(r"/[a-z-]+/[a-z0-9-]+-\d{7}|/\d{4}/\d\d/\d\d/[a-z-]+/[a-z0-9-]+/", page.path)
        forms.add(page.path.endswith("/"))
        # the server-rendered article: the first paragraph, then the Suspense fallback
        shell = doc.xpath('//article//div[@class="article-body"]')[0]
        assert texts(shell, "./p") == lines[:1]
        assert "Loading…" in norm_ws(shell.text_content())
        assert shell.xpath('.//template[@id="B:0"]')
        assert "Loading…" not in page.body and not any("Loading" in x for x in page.boilerplate)
        # the streamed rest, outside the article, hidden until $RC moves it in
        rest = doc.xpath('//div[@id="S:0"]')[0]
        assert rest.get("hidden") is not None and not rest.xpath("ancestor::article")
        assert _items(rest.xpath("./div")[0], ("p", "h2", "h3")) == lines[1:]
        assert '$RC("B:0","S:0")' in page.html
        # the whole text in the JSON-LD and in the framework's state
        data = _ld(doc)
        assert norm_ws(str(data["articleBody"])) == norm_ws(" ".join(lines))
        assert datetime.fromisoformat(str(data["datePublished"])) == page.published_at
        nd = doc.xpath('//script[@id="__NEXT_DATA__"]')
        if nd:
            kinds.add("next")
            article = json.loads(nd[0].text)["props"]["pageProps"]["article"]
        else:
            kinds.add("remix")
            script = next(x.text for x in doc.xpath("//script") if x.text and "__remixContext" in x.text)
            state = json.loads(script.split("=", 1)[1].strip().removesuffix(";"))
            article = state["state"]["loaderData"]["routes/$section.$slug"]["article"]
        assert [b["text"] for b in article["body"]] == lines
        assert datetime.fromisoformat(article["publishedAt"]) == page.published_at
        stamp = doc.xpath("//article//time/@datetime")[0]
        assert datetime.fromisoformat(stamp) == page.published_at
        for x in texts(doc, '//aside[@class="most-read"]//a'):
            assert x in page.boilerplate
    assert kinds == {"next", "remix"} and len(forms) == 2


def test_liveblog_desk(pages: list[SynthPage]) -> None:
    for page in family(pages, "liveblog-desk"):
        doc = lxml.html.document_fromstring(page.html)
        assert re.fullmatch(r"/[a-z-]+/live/\d{4}/[a-z]{3}/\d\d/[a-z0-9-]+|/news/live/[a-z0-9-]+-\d{8}",
                            page.path)
        data = _ld(doc)
        assert data["@type"] == "LiveBlogPosting"
        assert datetime.fromisoformat(str(data["datePublished"])) == page.published_at
        blocks = doc.xpath('//div[@id="liveblog-body"]/article')
        assert "block--pinned" in blocks[0].get("class") and len(blocks[1:]) in range(8, 15)
        assert not any("block--pinned" in b.get("class") for b in blocks[1:])
        body: list[str] = []
        for block in blocks:
            body += _items(block, ("h3", "p"))[1:]  # without the time line
            stamp = datetime.fromisoformat(block.xpath(".//time/@datetime")[0])
            assert stamp >= page.published_at
            assert norm_ws(block.xpath('.//button[@class="share-post"]')[0].text_content()) == "Share this post"
        assert body == page.body.split("\n")
        times = [datetime.fromisoformat(b.xpath(".//time/@datetime")[0]) for b in blocks[1:]]
        assert times == sorted(times, reverse=True)
        assert all(words(x) <= 6 for x in texts(doc, '//h3[@class="block-title"]'))
        ids = {b.get("id") for b in blocks}
        for a in doc.xpath('//aside[@class="key-events"]//a'):
            assert norm_ws(a.text_content()) in page.boilerplate
            assert a.get("href").split("#")[1] in ids
        standfirst = texts(doc, '//div[@class="standfirst"]')[0]
        assert standfirst not in page.body and standfirst not in page.boilerplate
        assert texts(doc, '//button[@class="load-more"]') == ["Load more updates"]


def test_longread_magazine(pages: list[SynthPage]) -> None:
    lists = 0
    breaks: set[str] = set()
    for page in family(pages, "longread-magazine"):
        doc = lxml.html.document_fromstring(page.html)
        assert re.fullmatch(r"/features/\d{4}/\d\d/[a-z0-9-]+|/longreads/\d{4}/[a-z0-9-]+", page.path)
        published = doc.xpath('//meta[@property="article:published_time"]/@content')
        assert [datetime.fromisoformat(x) for x in published] == [page.published_at]
        content = doc.xpath('//div[@class="longform__body"]')[0]
        first = content.xpath("./p")[0]
        cap = first.xpath('./span[@class="dropcap"]')
        assert cap and re.fullmatch(r"[“‘]?[A-Z]", cap[0].text) and page.body.startswith(cap[0].text)
        assert norm_ws(first.text_content()) == page.body.split("\n")[0]
        marks = content.xpath('./p/sup[@class="fn-mark"]')
        assert len(marks) == 2 and all(m.getnext() is None for m in marks)  # each at a paragraph's end
        for sup in marks:
            sup.drop_tree()
        lines = [x for x in _items(content, ("p", "h2")) if x != "* * *"]
        assert lines == page.body.split("\n")
        lists += bool(content.xpath("./ul"))
        breaks.add("hr" if content.xpath("./hr") else "stars")
        quotes = texts(content, './/aside[@class="pull-quote"]')
        assert len(quotes) == 2 and set(quotes) == set(page.repeated)
        assert all(q in page.body and q not in page.boilerplate for q in quotes)
        for cap_text in texts(content, ".//figcaption/span"):
            assert cap_text in page.boilerplate
        for note in texts(doc, '//section[@class="footnotes"]//li'):
            assert note.removesuffix(" ↩") not in page.body
            assert not any(x in note for x in page.boilerplate)
        dek = texts(doc, '//p[@class="longform__dek"]')[0]
        assert dek not in page.body and dek not in page.boilerplate
        assert texts(doc, '//div[@class="author-bio"]')[0] in page.boilerplate
    assert lists and breaks == {"hr", "stars"}


def test_print_edition_archive(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    for page in family(pages, "print-edition-archive"):
        doc = lxml.html.document_fromstring(page.html)
        assert re.fullmatch(r"/archives/print/\d{8}/[a-z-]+/\d{6}\.html|/news/print\.php\?id=\d{6}&sec=[a-z-]+",
                            page.path)
        forms.add("?" in page.path)
        # no machine-readable date: no <time>, no JSON-LD, no date meta
        assert not doc.xpath("//time|//script|//meta[contains(@property, 'time')]|//meta[@itemprop]")
        d = page.published_at
        text = visible_text(page.html)
        assert f"{d:%A}, {tor.MONTHS['en'][d.month - 1]} {d.day}, {d.year}" in text
        assert doc.xpath("//table//table") and doc.xpath("//font")
        m = re.search(r"Page [A-D]\d+ \| Section: [A-Za-z ]+ \| (\d+) words", text)
        assert m and m.group(0) in page.boilerplate
        assert int(m.group(1)) == sum(words(x) for x in page.body.split("\n"))
        assert "Click here to purchase a reprint" in page.boilerplate
        story = doc.xpath('//font[@size="3"]')[0]
        html = lxml.html.tostring(story, encoding="unicode")
        parts = [norm_ws(lxml.html.fromstring(f"<div>{x}</div>").text_content()) for x in html.split("<br><br>")]
        assert [x for x in parts if x and x != "</font>"] == page.body.split("\n")
        assert texts(doc, '//font[@size="5"]/b') == [page.title]
    assert len(forms) == 2


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    assert any("?" in p.path for p in some)
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
