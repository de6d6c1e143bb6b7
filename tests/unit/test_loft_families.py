"""The families of pipeline.synth.loft_families: each page's truth matches its HTML, family by
family (the checks every held-out split has, its registration among them, are in test_split_families.py)."""

from __future__ import annotations

import json
import re
from datetime import UTC

import lxml.html
import pytest

from pipeline.synth.publishers import MONTHS, SynthPage, _publisher
from tests.synthtruth import (
    check_recurring_bios,
    check_site_wide_boilerplate,
    family,
    heads,
    long_lines,
    norm_ws,
    split_pages,
    texts,
)


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("loft"))


def test_site_wide_boilerplate_recurs(pages: list[SynthPage]) -> None:
    """Each family has boilerplate that is the same on every page of a site (the wire's promo, the
    subscription promo in the text, the donation box) and template lines whose end varies."""
    recurring = {
        "prwire-distribution": "Looking to send a news release with ",
        "fr-sport-direct": "Abonnez-vous à ",
        "newspack-nonprofit": "Support independent, nonprofit local journalism in ",
    }
    varying = {
        "prwire-distribution": "SOURCE ",
        "fr-sport-direct": "Mis à jour le ",
        "newspack-nonprofit": "Filed under: ",
    }
    check_site_wide_boilerplate(pages, recurring, varying)


def test_recurring_bios_are_the_same_on_every_page(pages: list[SynthPage]) -> None:
    """A newsroom author's bio is boilerplate and the same on each of the publisher's pages."""
    check_recurring_bios(
        pages, {"newspack-nonprofit": ('//div[@class="author-bio"]/h2', '//div[@class="author-bio"]/p')}
    )


def test_prwire_distribution(pages: list[SynthPage]) -> None:
    notices = 0
    for page in family(pages, "prwire-distribution"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/news-releases/[a-z0-9-]+-30\d{6}\.html", page.path)
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])
        assert data["datePublished"] == d.isoformat(timespec="seconds")
        assert doc.xpath('//p[@class="mb-no"]/text()') == [f"{d:%b %d, %Y, %H:%M} {d.tzname()}"]
        lines = page.body.split("\n")
        # the dateline opens the first body line, the wire's name in it a link
        month = MONTHS["en"][d.month - 1]
        assert re.match(rf"[A-Z' -]+, {month} {d.day}, {d.year} /{re.escape(page.publisher)}/ -- ", lines[0])
        release = doc.xpath('//div[@class="release-body"]')[0]
        first = release.xpath("./p")[0]
        assert norm_ws(first.text_content()) == lines[0] and first.xpath("./a/text()") == [page.publisher]
        paras = texts(release, "./p")
        assert [x for x in paras if x in lines] == lines
        assert texts(release, "./p/b")[: len(heads(page))] == heads(page)
        extra = [x for x in paras if x not in lines and len(x.split()) >= 4]
        assert extra and all(x in page.boilerplate for x in extra)
        company = next(x for x in page.boilerplate if x.startswith("SOURCE ")).removeprefix("SOURCE ")
        assert f"News provided by {company}" in page.boilerplate
        assert any(x.startswith(f"{company} is ") for x in page.boilerplate)
        assert any(x.startswith("Media Contact: ") for x in page.boilerplate)
        notices += "Forward-Looking Statements" in texts(release, "./p/b")
    assert notices >= 4


def test_fr_sport_direct(pages: list[SynthPage]) -> None:
    for page in family(pages, "fr-sport-direct"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/football/article/[a-z0-9-]+/1\d{6}", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        utc = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])
        assert data["datePublished"] == utc and doc.xpath("//time/@datetime") == [utc]
        month = MONTHS["fr"][d.month - 1]
        assert f"Publié le {d.day} {month} {d.year} à {d:%H}h{d:%M}" in page.boilerplate
        lines = page.body.split("\n")
        # the chapô in an <h2>: the first body line
        assert texts(doc, '//h2[@class="article__chapo"]') == lines[:1]
        body = doc.xpath('//div[@class="Article__body"]')[0]
        assert texts(body, "./p") == long_lines(page)[1:]
        assert texts(body, "./h3") == heads(page)
        boxes = body.xpath('./aside[@class="LireAussi"]')
        assert boxes and all(b.xpath("preceding-sibling::p") for b in boxes)
        assert all(x in page.boilerplate for x in texts(body, './aside[@class="LireAussi"]/a'))
        assert any(re.fullmatch(r"Ligue 1 – \d+e journée", x) for x in page.boilerplate)
        assert len([x for x in page.boilerplate if x.endswith(("(terminé)", "(mi-temps)", "(en cours)"))]) == 3


def test_newspack_nonprofit(pages: list[SynthPage]) -> None:
    for page in family(pages, "newspack-nonprofit"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.path == f"/{d:%Y/%m/%d}/{page.path.split('/')[4]}/"
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            d.isoformat(timespec="seconds")
        ]
        time = doc.xpath('//time[@class="entry-date published"]')[0]
        assert time.get("datetime") == d.isoformat(timespec="seconds")
        assert time.text == f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
        content = doc.xpath('//div[@class="entry-content"]')[0]
        lines = page.body.split("\n")
        assert [x for x in texts(content, "./p") if x in lines] == long_lines(page)
        donate = texts(content, './div[@class="wp-block-newspack-blocks-donate"]//p')
        letter = texts(content, './div[@class="newspack-newsletters-subscribe"]//p')
        assert len(donate) == len(letter) == 1 and donate[0] in page.boilerplate and letter[0] in page.boilerplate
        assert (
            "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License."
            in page.boilerplate
        )
        assert any(x.startswith(f"{page.publisher} is a project of the ") for x in page.boilerplate)


def test_own_site_names() -> None:
    for seed in range(4):
        for index in range(2):
            assert _publisher("prwire-distribution", index, seed).name.endswith(
                (" Business Wire Service", " Press Release Network", " Newswire")
            ) or _publisher("prwire-distribution", index, seed).name.startswith("Release Desk ")
            assert _publisher("newspack-nonprofit", index, seed).host.isascii()
            assert _publisher("fr-sport-direct", index, seed).lang == "fr"
