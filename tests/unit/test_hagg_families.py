"""The families of pipeline.synth.hagg_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth import hagg_families as hagg
from pipeline.synth.publishers import SynthPage, generate_corpus, serve_pages
from tests.synthtruth import (
    check_recurring_bios,
    check_site_wide_boilerplate,
    family,
    norm_ws,
    split_pages,
    texts,
)


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("hagg"))


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


def _norm_lower(text: str) -> str:
    return " ".join(text.lower().split())


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = _norm_lower(page.body)
        assert not [x for x in page.boilerplate if _norm_lower(x) in body], page.url


def test_no_two_pages_share_a_url() -> None:
    corpus = generate_corpus("hagg")
    assert len({p.url for p in corpus}) == len(corpus) == 160
    more = list(split_pages("hagg"))
    assert len({p.url for p in more}) == len(more)


def test_site_wide_and_varying_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        recurring={
            "tv-station-video-story": "Download the ",
            "explainer-with-toc": "Was this helpful?",
            "wire-story-portal": "Our Standards:",
            "opinion-column-sidebar": "The views expressed",
        },
        varying={
            "tv-station-video-story": "Watch: ",
            "explainer-with-toc": "Published ",
            "wire-story-portal": "Reporting by ",
            "opinion-column-sidebar": "Join the conversation",
        },
    )


def test_columnist_bios_recur(pages: list[SynthPage]) -> None:
    check_recurring_bios(
        pages, {"opinion-column-sidebar": ('//h2[@class="columnist-name"]', '//p[@class="columnist-bio"]')}
    )


def test_tv_station_video_story(pages: list[SynthPage]) -> None:
    transcripts = datelined = lists = related = 0
    for page in family(pages, "tv-station-video-story"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(
            r"/article/news/local/[a-z0-9-]+/\d{3}-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"
            r"|/news/local/[a-z0-9-]+/[a-z0-9]{8}",
            page.path,
        ), page.path
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        shown = texts(doc, "//time")[0]
        assert shown.startswith("Published: ") and shown in page.boilerplate and str(d.year) in shown
        player = doc.xpath('//div[@class="video-player"]')[0]
        order = list(doc.iter())
        assert order.index(player) < order.index(doc.xpath("//h1")[0])
        caption = texts(player, './div[@class="video-caption"]')[0]
        assert caption.startswith("Watch: ") and caption in page.boilerplate
        assert texts(player, './div[@class="autoplay-toggle"]') == ["Autoplay: On"]
        assert re.fullmatch(r"\d:\d\d", texts(player, './span[@class="video-duration"]')[0])
        nexts = texts(player, './/li[@class="next-item"]/a')
        assert 3 <= len(nexts) <= 4 and all(x in page.boilerplate for x in nexts)
        assert all(re.fullmatch(r"\d:\d\d", x) for x in texts(player, './/span[@class="next-duration"]'))
        assert texts(player, './p[@class="cc-notice"]')[0] in page.boilerplate
        content = doc.xpath('//div[@class="article-body"]')[0]
        assert _items(content, ("related-link",)) == page.body.split("\n")
        for line in texts(content, './p[@class="related-link"]'):
            related += 1
            assert line.startswith("RELATED: ") and line in page.boilerplate
        lists += bool(content.xpath("./ul"))
        first = page.body.split("\n")[0]
        if re.match(r"[A-Z][A-Z -]+, [A-Z][A-Za-z.]+ \([KW][A-Z]{3}\) \u2014 ", first):
            datelined += 1
        for block in doc.xpath('//details[@class="video-transcript"]'):
            transcripts += 1
            assert texts(block, "./summary") == ["Video transcript"]
            for line in texts(block, "./p"):
                assert re.match(r"[A-Z]+: ", line) and line not in page.body and line not in page.boilerplate
        app = texts(doc, '//div[@class="app-promo"]/p')[0]
        assert app.startswith("Download the ") and app in page.boilerplate
        feels = texts(doc, '//p[@class="feels"]')[0]
        assert feels.startswith("Feels like ") and feels in page.boilerplate
        footer = texts(doc, "//footer//li")
        assert "FCC Public Inspection File" in footer and "FCC Public Inspection File" in page.boilerplate
        assert texts(doc, "//footer/p")[-1] in page.boilerplate
    assert transcripts and datelined and lists and related
    assert transcripts < len(family(pages, "tv-station-video-story"))


def test_explainer_with_toc(pages: list[SynthPage]) -> None:
    sides = 0
    for page in family(pages, "explainer-with-toc"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/explainers/[a-z0-9-]+-\d{6}|/\d{4}/\d\d/\d\d/explainer/[a-z0-9-]+/", page.path)
        data = _ld(doc)
        assert datetime.fromisoformat(data["datePublished"]) == d
        content = doc.xpath('//div[@class="article-body"]')[0]
        lines = [norm_ws(e.text_content()) for e in content.xpath("./p|./section/h2|./section/p")]
        assert lines == page.body.split("\n")
        heads = content.xpath("./section/h2")
        assert 1 <= len(heads) <= 4 and all(h.get("id") for h in heads)
        assert list(page.repeated) == [norm_ws(h.text_content()) for h in heads]
        toc = doc.xpath('//nav[contains(@class, "toc")]')[0]
        assert toc.xpath("./ol/li/a/@href") == [f"#{h.get('id')}" for h in heads]
        assert texts(toc, "./p")[0] in ("On this page", "Jump to")
        assert "sticky" in toc.get("style")
        sides += "toc--side" in toc.get("class")
        assert len(texts(content, './/a[@class="back-to-top"]')) == len(heads)
        # the key takeaways: neither body nor boilerplate
        takeaways = texts(doc, '//aside[@class="key-takeaways"]//li')
        assert 3 <= len(takeaways) <= 4
        for x in takeaways:
            assert x not in page.body and x not in page.boilerplate and len(x.split()) > 6
        sources = doc.xpath('//section[@class="sources"]//a')
        assert 3 <= len(sources) <= 5
        for a in sources:
            assert a.get("href").startswith("https://") and page.site not in a.get("href")
            assert norm_ws(a.text_content()) in page.boilerplate
        assert "Was this helpful? Yes No" in page.boilerplate
        assert texts(doc, '//div[@class="feedback-widget"]') == ["Was this helpful? Yes No"]
        more = texts(doc, '//section[@class="more-explainers"]//a')
        assert len(more) == 4 and all(x in page.boilerplate for x in more)
    assert 0 < sides < len(family(pages, "explainer-with-toc"))


def test_wire_story_portal(pages: list[SynthPage]) -> None:
    spans = 0
    for page in family(pages, "wire-story-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/world/[a-z0-9-]+-idUS[0-9A-F]{8}|/news/wire/\d{8}/[a-z0-9-]+\.html", page.path)
        data = _ld(doc)
        assert data["datePublished"].endswith("Z")
        assert datetime.fromisoformat(data["datePublished"]) == d.astimezone(UTC)
        agency = data["sourceOrganization"]["name"]
        short = dict(hagg.WR_AGENCIES)[agency]
        first = page.body.split("\n")[0]
        assert re.match(rf"[A-Z][A-Z ]+ \({short}\) \u2014 \S", first), first
        content = doc.xpath('//div[@class="wire-body"]')[0]
        assert _items(content) == page.body.split("\n")
        spans += bool(content.xpath('./p[1]/span[@class="dateline"]'))
        credit = texts(doc, '//p[@class="credit"]')[0]
        assert credit.startswith("Reporting by ") and "; Editing by " in credit
        assert credit in page.boilerplate and credit not in page.body
        assert texts(doc, '//p[@class="standards"]') == [f"Our Standards: The {short} Trust Principles."]
        for x in texts(doc, '//div[@class="wire-credit"]/p'):
            assert x in page.boilerplate and agency in x
        assert texts(doc, '//span[@class="wire-name"]') == [agency]
        read = texts(doc, '//aside[@class="read-next"]//a')
        assert len(read) >= 4 and all(x in page.boilerplate for x in read)
        cards = doc.xpath('//div[@class="sp-card"]')
        assert len(cards) in (4, 6)
        for card in cards:
            assert card.xpath("./a/@href")[0].startswith("https://click.lumenads.example/")
            assert texts(card, './/span[@class="sp-title"]')[0] in page.boilerplate
            assert texts(card, './span[@class="sp-source"]')[0] in page.boilerplate
        assert texts(doc, '//div[@id="consent-banner"]/p')[0] in page.boilerplate
    assert 0 < spans < len(family(pages, "wire-story-portal"))


def test_opinion_column_sidebar(pages: list[SynthPage]) -> None:
    for page in family(pages, "opinion-column-sidebar"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(
            r"/opinion/columnists/[a-z0-9-]+/[a-z0-9-]+/|/opinion/\d{4}/\d\d/\d\d/[a-z0-9-]+-\d{5}\.html", page.path
        )
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        wrap = doc.xpath('//div[@class="column-wrap"]')[0]
        assert [el.get("class") for el in wrap] == ["columnist-card", "column-text"]
        name = texts(wrap, './/h2[@class="columnist-name"]')[0]
        assert doc.xpath('//meta[@name="author"]/@content') == [name]
        follow = texts(wrap, './/p[@class="follow"]')[0]
        assert follow == f"Follow {name} on X by email" and follow in page.boilerplate
        content = doc.xpath('//div[@class="column-body"]')[0]
        assert _items(content) == page.body.split("\n")
        views = texts(doc, '//p[@class="disclaimer"]')[0]
        assert views.startswith("The views expressed are the author's own") and views in page.boilerplate
        letter = texts(doc, '//div[@class="letters-cta"]/p')[0]
        assert "Submit a letter to the editor" in letter and letter in page.boilerplate
        buttons = texts(doc, '//button[contains(@class, "comments-count")]')
        assert len(set(buttons)) == 1 and buttons[0] in page.boilerplate
        assert re.fullmatch(r"Join the conversation \(\d+ comments\)", buttons[0])
        assert texts(doc, '//section[@class="more-columnist"]/h2') == ["More from this columnist"]
        more = texts(doc, '//section[@class="more-columnist"]//a')
        assert more and all(x in page.boilerplate for x in more)


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
