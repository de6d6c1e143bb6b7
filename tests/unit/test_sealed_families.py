"""The families of pipeline.synth.sealed_families: a split of their own, and each page's truth matches its HTML."""

from __future__ import annotations

import json
import re

import lxml.html
import pytest

from pipeline.synth import sealed_families
from pipeline.synth.publishers import (
    BLIND_FAMILIES,
    FRESH_FAMILIES,
    MONTHS,
    SEALED_FAMILIES,
    SynthPage,
)
from tests.synthtruth import (
    check_body_lines,
    check_dates,
    check_deterministic,
    check_headlines,
    check_snippets,
    check_split,
    norm_ws,
    render_families,
    texts,
    visible_text,
)


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return render_families(sealed_families.FAMILIES)


def test_registered_as_sealed() -> None:
    """Three families, all "sealed", kept out of FAMILIES, the fresh and blind families and the
    "all", "train", "test", "fresh" and "blind" corpora."""
    assert len(sealed_families.FAMILIES) == 3
    check_split(
        "sealed", sealed_families.FAMILIES, SEALED_FAMILIES, ("all", "train", "test", "fresh", "blind")
    )
    assert not set(sealed_families.FAMILIES) & (set(FRESH_FAMILIES) | set(BLIND_FAMILIES))


def test_deterministic() -> None:
    check_deterministic("sealed", sealed_families.FAMILIES)


def test_parse_with_lxml_and_headline_visible(pages: list[SynthPage]) -> None:
    check_headlines(pages)


def test_snippets_visible_and_not_in_body(pages: list[SynthPage]) -> None:
    check_snippets(pages, min_snippets=8)


def test_body_lines_on_page(pages: list[SynthPage]) -> None:
    check_body_lines(pages)


def test_dates_aware_and_languages(pages: list[SynthPage]) -> None:
    check_dates(pages)
    langs = {p.family: p.language for p in pages}
    assert langs == {"arc-xp-daily": "en", "es-blogger-classic": "es", "fr-elementor": "fr"}


def test_publishers_have_their_own_names(pages: list[SynthPage]) -> None:
    """Two publishers of each family for each of the two seeds: four sites with four names."""
    for family in sealed_families.FAMILIES:
        sites = {(p.site, p.publisher) for p in pages if p.family == family}
        assert len(sites) == len({name for _, name in sites}) == 4, family


def test_arc_xp_daily(pages: list[SynthPage]) -> None:
    bios: dict[tuple[str, str], set[str]] = {}
    for page in (p for p in pages if p.family == "arc-xp-daily"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(rf"/[a-z-]+/{d:%Y/%m/%d}/[a-z0-9-]+/", page.path)
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])
        assert data["datePublished"] == d.isoformat(timespec="seconds")
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        paras = texts(doc, '//div[@class="article-body"]/p[@data-el="text"]')
        for line in page.body.split("\n"):
            if len(line.split()) > 6:
                assert line in paras, line[:60]
        # paragraphs of the same markup that are not the story
        extra = [x for x in paras if x not in page.body.split("\n")]
        assert any(x.startswith("RELATED: ") for x in extra)
        assert any(x.endswith("Already a subscriber? Log in") for x in extra)
        assert all(x in page.boilerplate for x in extra)
        assert "Gift this article Comment Share" in page.boilerplate
        assert "Story continues below advertisement" in visible_text(page.html)
        author = texts(doc, '//a[@class="author-name"]')[0]
        bio = next(s for s in page.boilerplate if s.startswith(f"{author} is a reporter covering "))
        bios.setdefault((page.site, author), set()).add(bio)
    assert all(len(found) == 1 for found in bios.values())  # an author's bio is the same on every page


def test_es_blogger_classic(pages: list[SynthPage]) -> None:
    for page in (p for p in pages if p.family == "es-blogger-classic"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(rf"/{d:%Y/%m}/[a-z0-9-]+\.html", page.path)
        assert doc.xpath('//abbr[@class="published"]/@title') == [d.isoformat(timespec="seconds")]
        assert texts(doc, '//abbr[@class="published"]') == [f"{d:%H:%M}"]
        assert doc.findtext(".//title") == f"{page.publisher}: {page.title}"
        post = doc.xpath('//div[contains(@class, "post-body")]')[0]
        assert not post.xpath(".//p") and post.xpath(".//br") and post.xpath(".//span")
        assert "Publicado por " in page.html and any(
            s.startswith("Publicado por ") and s.endswith(f" en {d:%H:%M}") for s in page.boilerplate
        )
        assert any(s.startswith("Etiquetas: ") for s in page.boilerplate)
        assert "No hay comentarios: Publicar un comentario" in page.boilerplate
        assert (
            f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
            in texts(doc, '//h2[@class="date-header"]')[0]
        )
        sidebar = norm_ws(doc.xpath('//div[@id="sidebar-right-1"]')[0].text_content())
        assert "Entradas populares" in sidebar and "Archivo del blog" in sidebar
        assert "<p" not in lxml.html.tostring(post, encoding="unicode")


def test_fr_elementor(pages: list[SynthPage]) -> None:
    for page in (p for p in pages if p.family == "fr-elementor"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            d.isoformat(timespec="seconds")
        ]
        modified = doc.xpath('//meta[@property="article:modified_time"]/@content')[0]
        assert modified > d.isoformat(timespec="seconds")
        content = doc.xpath('//div[@data-elementor-type="wp-post"]')[0]
        # the post's content nested inside the template's own sections, columns and widgets
        assert len(content.xpath("ancestor::section[contains(@class, 'elementor-section')]")) == 1
        paras = texts(content, './/div[contains(@class, "elementor-widget-text-editor")]//p')
        lines = page.body.split("\n")
        heads = [x for x in lines if len(x.split()) <= 6]
        assert all(x in paras for x in lines if x not in heads)
        assert heads == texts(content, './/div[contains(@class, "elementor-widget-heading")]/div/h2')
        outside = texts(doc, '//div[contains(@class, "elementor-widget-heading")]/div/*')
        assert "Articles similaires" in outside and "À propos de l'auteur" in outside
        assert any(s.startswith("À propos de l'auteur ") for s in page.boilerplate)
        assert any(s.startswith("Partager cet article ") for s in page.boilerplate)
        assert any(
            s.startswith("Par ") and f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year}" in s
            for s in page.boilerplate
        )
        assert "Inscrivez-vous à notre newsletter" in page.boilerplate
