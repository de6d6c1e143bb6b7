"""The families of pipeline.synth.shed_families: a split of their own, and each page's truth matches its HTML."""

from __future__ import annotations

import json
import re
from datetime import UTC

import lxml.html
import pytest

from pipeline.synth import shed_families
from pipeline.synth.publishers import (
    ATTIC_FAMILIES,
    BLIND_FAMILIES,
    CELLAR_FAMILIES,
    CRYPT_FAMILIES,
    FRESH_FAMILIES,
    LOFT_FAMILIES,
    MONTHS,
    SEALED_FAMILIES,
    SHED_FAMILIES,
    VAULT_FAMILIES,
    SynthPage,
    _publisher,
)
from tests.synthtruth import (
    check_body_lines,
    check_dates,
    check_deterministic,
    check_headlines,
    check_snippets,
    check_split,
    family,
    heads,
    long_lines,
    norm_ws,
    render_families,
    texts,
    visible_text,
)


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return render_families(shed_families.FAMILIES)


def test_registered_as_shed() -> None:
    """Four families, all "shed", kept out of FAMILIES, out of the other held-out splits' families
    and out of every other split's corpus."""
    assert len(shed_families.FAMILIES) == 4
    check_split(
        "shed",
        shed_families.FAMILIES,
        SHED_FAMILIES,
        ("all", "train", "test", "fresh", "blind", "sealed", "vault", "attic", "cellar", "crypt", "loft"),
    )
    assert not set(shed_families.FAMILIES) & (
        set(FRESH_FAMILIES)
        | set(BLIND_FAMILIES)
        | set(SEALED_FAMILIES)
        | set(VAULT_FAMILIES)
        | set(ATTIC_FAMILIES)
        | set(CELLAR_FAMILIES)
        | set(CRYPT_FAMILIES)
        | set(LOFT_FAMILIES)
    )


def test_deterministic() -> None:
    check_deterministic("shed", shed_families.FAMILIES)


def test_parse_with_lxml_and_headline_visible(pages: list[SynthPage]) -> None:
    check_headlines(pages)


def test_snippets_visible_and_not_in_body(pages: list[SynthPage]) -> None:
    check_snippets(pages, min_snippets=8)


def test_body_lines_on_page(pages: list[SynthPage]) -> None:
    check_body_lines(pages)


def test_dates_aware_and_languages(pages: list[SynthPage]) -> None:
    check_dates(pages)
    langs = {p.family: p.language for p in pages}
    assert langs == {
        "uk-tabloid-reach": "en",
        "gov-press-office": "en",
        "university-newsroom": "en",
        "nl-dpg-regio": "nl",
    }
    for page in pages:
        assert re.search(rf'<html lang="{page.language}[-"]', page.html)


def test_publishers_have_their_own_names(pages: list[SynthPage]) -> None:
    """Two publishers of each family for each of the two seeds: four sites with four names."""
    for name in shed_families.FAMILIES:
        sites = {(p.site, p.publisher) for p in family(pages, name)}
        assert len(sites) == len({n for _, n in sites}) == 4, name


def test_urls_are_ascii(pages: list[SynthPage]) -> None:
    paths = {p.path for p in pages}
    for page in pages:
        assert page.url.isascii() and page.site.isascii(), page.url
        links = [h for h in lxml.html.document_fromstring(page.html).xpath("//a/@href") if h in paths]
        assert links and all(h.isascii() for h in links)


def test_site_wide_boilerplate_recurs(pages: list[SynthPage]) -> None:
    """Each family has boilerplate that is the same on every page of a site (the tip line closing
    the tabloid's text, the cookie banner, the university's note, the newsletter line in the Dutch
    text) and template lines whose end varies."""
    recurring = {
        "uk-tabloid-reach": "Got a story? Email newsdesk@",
        "gov-press-office": "We’d like to set additional cookies",
        "university-newsroom": "About the ",
        "nl-dpg-regio": "Elke ochtend het belangrijkste nieuws uit ",
    }
    varying = {
        "uk-tabloid-reach": "READ MORE: ",
        "gov-press-office": "From: ",
        "university-newsroom": "Tags: ",
        "nl-dpg-regio": "Laatste update: ",
    }
    for name in shed_families.FAMILIES:
        by_site: dict[str, set[str]] = {}
        ends: dict[str, set[str]] = {}
        for page in family(pages, name):
            same = [x for x in page.boilerplate if x.startswith(recurring[name])]
            assert len(same) == 1, (name, page.url)
            by_site.setdefault(page.site, set()).add(same[0])
            ends.setdefault(page.site, set()).update(x for x in page.boilerplate if x.startswith(varying[name]))
        assert all(len(v) == 1 for v in by_site.values()), name
        assert all(len(v) > 1 for v in ends.values()), name


def _body_items(container: lxml.html.HtmlElement) -> list[str]:
    """The text of each paragraph, subheading, quotation and list item of a text container, in order
    (direct children only: boxes and embeds inside the container are skipped)."""
    out: list[str] = []
    for el in container:
        tweet = el.tag == "blockquote" and "twitter-tweet" in (el.get("class") or "")
        if el.tag in ("p", "h2", "h3", "blockquote") and not tweet:
            out.append(norm_ws(el.text_content()))
        elif el.tag == "ul":
            out.extend(texts(el, "./li"))
    return out


def test_uk_tabloid_reach(pages: list[SynthPage]) -> None:
    for page in family(pages, "uk-tabloid-reach"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/news/[a-z0-9-]+-news/[a-z0-9-]+-3[0-3]\d{6}", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            d.isoformat(timespec="seconds")
        ]
        stamp = f"{d:%H:%M}, {d.day} {d:%b} {d.year}"
        assert texts(doc, '//span[@class="date-published"]') == [stamp] and stamp in page.boilerplate
        body = doc.xpath('//div[@class="article-body"]')[0]
        lines = page.body.split("\n")
        items = _body_items(body)
        assert [x for x in items if x in lines] == lines
        extra = [x for x in items if x not in lines]
        assert extra and all(x in page.boilerplate for x in extra)
        assert sum(x.startswith("READ MORE: ") for x in extra) >= 2
        # the tweet repeats a sentence of the text (in `repeated`); its attribution is boilerplate
        tweets = body.xpath('./blockquote[@class="twitter-tweet"]')
        assert len(tweets) == len(page.repeated) == 1
        assert texts(tweets[0], "./p") == list(page.repeated)
        attribution = norm_ws(tweets[0].text_content()).removeprefix(page.repeated[0]).strip()
        assert attribution.startswith("— ") and attribution in page.boilerplate
        assert texts(body, "./h2") == heads(page)


def test_gov_press_office(pages: list[SynthPage]) -> None:
    updated = lists = 0
    for page in family(pages, "gov-press-office"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/government/news/[a-z0-9-]+", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        # only a naive first-published time and the date alone
        assert doc.xpath('//meta[@name="govuk:first-published-at"]/@content') == [
            d.replace(tzinfo=None).isoformat(timespec="seconds")
        ]
        assert "+" not in page.html.split("govuk:first-published-at")[1][:40]
        assert not doc.xpath("//time") and 'type="application/ld+json"' not in page.html
        published = f"Published {d.day} {MONTHS['en'][d.month - 1]} {d.year}"
        assert published in page.boilerplate and visible_text(page.html).count(published) == 2
        lines = page.body.split("\n")
        # the summary under the headline is the first body line
        assert texts(doc, '//p[@class="gem-c-lead-paragraph"]') == lines[:1]
        govspeak = doc.xpath('//div[@class="govspeak"]')[0]
        assert _body_items(govspeak) == lines[1:]
        assert texts(govspeak, "./blockquote/p") and all(x in lines for x in texts(govspeak, "./blockquote/p"))
        lists += bool(govspeak.xpath("./ul"))
        # the contents list repeats the subheadings: each in the body once, in `repeated`
        contents = texts(doc, '//nav[@class="gem-c-contents-list"]//li')
        assert contents == texts(govspeak, "./h2") == list(page.repeated)
        assert contents and all(x in lines for x in contents)
        assert any(x.startswith("From: ") for x in page.boilerplate)
        assert any(x.startswith("Press office, ") for x in page.boilerplate)
        updated += any(x.startswith("Last updated ") for x in page.boilerplate)
    assert updated >= 3 and lists >= 3


def test_university_newsroom(pages: list[SynthPage]) -> None:
    quotes = lists = 0
    for page in family(pages, "university-newsroom"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        month = MONTHS["en"][d.month - 1]
        assert page.path.startswith(f"/news/{d.year}/{month.lower()}/") and page.path.endswith(".html")
        assert doc.findtext(".//title") == f"{page.title} | News | {page.publisher}"
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        ]
        shown = texts(doc, '//p[@class="news-article__date"]')[0]
        assert shown.endswith(f" {d.day} {month} {d.year}") and shown in page.boilerplate
        body = doc.xpath('//div[@class="news-article__body"]')[0]
        items = _body_items(body)
        lines = page.body.split("\n")
        assert items[:-1] == lines
        assert items[-1].startswith("Find out more about studying ") and items[-1] in page.boilerplate
        quotes += bool(body.xpath("./blockquote"))
        lists += bool(body.xpath("./ul"))
        caption = texts(doc, "//figcaption")[0]
        assert caption in page.boilerplate and caption not in page.body
        contact = texts(doc, '//div[@class="media-contact"]/p')
        assert contact[0].endswith(", Media Relations Officer") and all(x in page.boilerplate for x in contact)
        cards = texts(doc, '//section[@class="more-news"]//h3')
        assert cards and all(x in page.boilerplate for x in cards)
    assert quotes >= 10 and lists >= 3


def test_nl_dpg_regio(pages: list[SynthPage]) -> None:
    premium = 0
    for page in family(pages, "nl-dpg-regio"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/[a-z0-9-]+/[a-z0-9-]+~a[0-9a-f]{8}/", page.path)
        title = doc.findtext(".//title")
        assert title.startswith(f"{page.title} | ") and title.endswith(f" | {page.site}")
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])
        assert data["datePublished"] == d.isoformat(timespec="seconds")
        assert texts(doc, '//span[@class="article__time"]') == [f"{d:%d-%m-%y}, {d:%H:%M}"]
        lines = page.body.split("\n")
        # the intro is the first body line
        assert texts(doc, '//p[@class="article__intro"]') == lines[:1]
        body = doc.xpath('//div[@class="article__body"]')[0]
        paras = texts(body, './p[@class="article__paragraph"]')
        assert [x for x in paras if x in lines] == long_lines(page)[1:]
        assert [x for x in paras if x not in lines] == [
            x for x in page.boilerplate if x.startswith("Elke ochtend het belangrijkste nieuws uit ")
        ]
        assert texts(body, './h3[@class="article__subheader"]') == heads(page)
        # the "Lees ook" boxes: headlines in <h3>s inside the text, boilerplate
        boxed = texts(body, './/h3[@class="related-article__title"]')
        assert boxed and all(x in page.boilerplate and x not in page.body for x in boxed)
        if body.xpath('./div[@class="paywall-teaser"]'):
            premium += 1
            assert data["isAccessibleForFree"] is False
            assert any(x.startswith("Dit is een premium artikel.") for x in page.boilerplate)
    assert premium >= 3


def test_own_site_names() -> None:
    for seed in range(4):
        for index in range(2):
            assert _publisher("gov-press-office", index, seed).name.startswith(("Government of ", "States of ")) or (
                _publisher("gov-press-office", index, seed).name.endswith((" Executive", " Regional Government"))
            )
            assert "Universit" in _publisher("university-newsroom", index, seed).name or _publisher(
                "university-newsroom", index, seed
            ).name.endswith(" Institute of Technology")
            assert _publisher("nl-dpg-regio", index, seed).lang == "nl"
            assert _publisher("uk-tabloid-reach", index, seed).host.isascii()
