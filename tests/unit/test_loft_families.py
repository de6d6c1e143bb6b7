"""The families of pipeline.synth.loft_families: a split of their own, and each page's truth matches its HTML."""

from __future__ import annotations

import json
import re
from datetime import UTC

import lxml.html
import pytest

from pipeline.synth import loft_families
from pipeline.synth.publishers import (
    ATTIC_FAMILIES,
    BLIND_FAMILIES,
    CELLAR_FAMILIES,
    CRYPT_FAMILIES,
    FRESH_FAMILIES,
    LOFT_FAMILIES,
    MONTHS,
    SEALED_FAMILIES,
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
)


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return render_families(loft_families.FAMILIES)


def test_registered_as_loft() -> None:
    """Three families, all "loft", kept out of FAMILIES, out of the other held-out splits' families
    and out of every other split's corpus."""
    assert len(loft_families.FAMILIES) == 3
    check_split(
        "loft",
        loft_families.FAMILIES,
        LOFT_FAMILIES,
        ("all", "train", "test", "fresh", "blind", "sealed", "vault", "attic", "cellar", "crypt"),
    )
    assert not set(loft_families.FAMILIES) & (
        set(FRESH_FAMILIES)
        | set(BLIND_FAMILIES)
        | set(SEALED_FAMILIES)
        | set(VAULT_FAMILIES)
        | set(ATTIC_FAMILIES)
        | set(CELLAR_FAMILIES)
        | set(CRYPT_FAMILIES)
    )


def test_deterministic() -> None:
    check_deterministic("loft", loft_families.FAMILIES)


def test_parse_with_lxml_and_headline_visible(pages: list[SynthPage]) -> None:
    check_headlines(pages)


def test_snippets_visible_and_not_in_body(pages: list[SynthPage]) -> None:
    check_snippets(pages, min_snippets=8)


def test_body_lines_on_page(pages: list[SynthPage]) -> None:
    check_body_lines(pages)


def test_dates_aware_and_languages(pages: list[SynthPage]) -> None:
    check_dates(pages)
    langs = {p.family: p.language for p in pages}
    assert langs == {"prwire-distribution": "en", "fr-sport-direct": "fr", "newspack-nonprofit": "en"}
    for page in pages:
        assert re.search(rf'<html lang="{page.language}[-"]', page.html)


def test_publishers_have_their_own_names(pages: list[SynthPage]) -> None:
    """Two publishers of each family for each of the two seeds: four sites with four names."""
    for name in loft_families.FAMILIES:
        sites = {(p.site, p.publisher) for p in family(pages, name)}
        assert len(sites) == len({n for _, n in sites}) == 4, name


def test_urls_are_ascii(pages: list[SynthPage]) -> None:
    paths = {p.path for p in pages}
    for page in pages:
        assert page.url.isascii() and page.site.isascii(), page.url
        links = [h for h in lxml.html.document_fromstring(page.html).xpath("//a/@href") if h in paths]
        assert links and all(h.isascii() for h in links)


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
    for name in loft_families.FAMILIES:
        by_site: dict[str, set[str]] = {}
        ends: dict[str, set[str]] = {}
        for page in family(pages, name):
            same = [x for x in page.boilerplate if x.startswith(recurring[name])]
            assert len(same) == 1, (name, page.url)
            by_site.setdefault(page.site, set()).add(same[0])
            ends.setdefault(page.site, set()).update(
                x for x in page.boilerplate if x.startswith(varying[name])
            )
        assert all(len(v) == 1 for v in by_site.values()), name
        assert all(len(v) > 1 for v in ends.values()), name


def test_recurring_bios_are_the_same_on_every_page(pages: list[SynthPage]) -> None:
    """A newsroom author's bio is boilerplate and the same on each of the publisher's pages."""
    bios: dict[tuple[str, str], set[str]] = {}
    for page in family(pages, "newspack-nonprofit"):
        doc = lxml.html.document_fromstring(page.html)
        names = texts(doc, '//div[@class="author-bio"]/h2')
        for name, bio in zip(names, texts(doc, '//div[@class="author-bio"]/p'), strict=True):
            assert bio in page.boilerplate
            bios.setdefault((page.site, name), set()).add(bio)
    assert bios and all(len(found) == 1 for found in bios.values()), bios


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
