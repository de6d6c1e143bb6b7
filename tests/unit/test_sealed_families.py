"""The families of pipeline.synth.sealed_families: each page's truth matches its HTML, family by
family (the checks every held-out split has, its registration among them, are in test_split_families.py)."""

from __future__ import annotations

import json
import re

import lxml.html
import pytest

from pipeline.synth.publishers import MONTHS, SynthPage
from tests.synthtruth import norm_ws, split_pages, texts, visible_text


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("sealed"))


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
