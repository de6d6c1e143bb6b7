"""The families of pipeline.synth.loom_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split elsewhere)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth import loom_families
from pipeline.synth.publishers import MONTHS, SynthPage
from tests.synthtruth import family, norm_ws, render_families, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return render_families(loom_families.FAMILIES)


def test_vb_community_gazette(pages: list[SynthPage]) -> None:
    for page in family(pages, "vb-community-gazette"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/news/showarticle\.php\?a=\d{5}", page.path)
        assert doc.findtext(".//title") == f"{page.publisher} :: {page.title}"
        # the date only in the visible text, no zone, no metadata
        assert not doc.xpath('//script[@type="application/ld+json"]|//time|//meta[contains(@property, "time")]')
        hour = d.hour % 12 or 12
        stamp = f"Posted by {page.html.split('Posted by ', 1)[1].split(' on ', 1)[0]} on {d:%m-%d-%Y}, " \
                f"{hour:02d}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"
        assert stamp in page.boilerplate
        # the text: one <td>, paragraphs separated by <br><br> only
        td = page.html.split('<td class="alt1" valign="top">', 1)[1].split("</td>", 1)[0]
        chunks = [norm_ws(lxml.html.fragment_fromstring(x, create_parent="div").text_content())
                  for x in td.split("<br><br>")]
        chunks = [x for x in chunks if x]
        text = chunks[1:chunks.index(next(x for x in chunks if x.startswith("Printer-friendly")))]
        lines = page.body.split("\n")
        assert [x for x in text if not x.startswith("[Related: ")] == lines
        related = [x for x in text if x.startswith("[Related: ")]
        assert len(related) == 2 and all(x in page.boilerplate for x in related)
        assert not doc.xpath('//td[@class="alt1"]//p')
        assert any(x.startswith("You are visitor number") for x in page.boilerplate)


def test_it_tg_regionale_video(pages: list[SynthPage]) -> None:
    lists = 0
    for page in family(pages, "it-tg-regionale-video"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "it" and doc.get("lang") == "it"
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert data["@type"] == "VideoObject"
        assert data["uploadDate"] == d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert texts(doc, '//p[@class="data"]') == [f"{d:%d/%m/%Y} - {d:%H:%M}"]
        watch = texts(doc, '//div[@class="player"]/span')[0]
        assert re.fullmatch(r"Guarda il video · Durata \d\d:\d\d", watch) and watch in page.boilerplate
        assert texts(doc, '//p[@class="servizio"]')[0] in page.boilerplate
        testo = doc.xpath('//div[@class="testo"]')[0]
        items: list[str] = []
        for el in testo:
            if el.tag == "ul":
                items += [norm_ws(li.text_content()) for li in el]
                lists += 1
            elif el.tag in ("p", "h2", "blockquote"):
                items.append(norm_ws(el.text_content()))
        lines = page.body.split("\n")
        assert [x for x in items if not x.startswith("Leggi anche:")] == lines
        assert all(x in page.boilerplate for x in items if x.startswith("Leggi anche:"))
        assert any(x.startswith("© Riproduzione riservata") for x in page.boilerplate)
    assert lists


def test_de_ch_tageszeitung_mehr(pages: list[SynthPage]) -> None:
    quotes = 0
    for page in family(pages, "de-ch-tageszeitung-mehr"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "de" and doc.get("lang") == "de-CH"
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert datetime.fromisoformat(data["datePublished"]) == d
        assert f"Publiziert: {d:%d.%m.%Y}, {d:%H.%M} Uhr" in page.boilerplate
        lines = page.body.split("\n")
        assert texts(doc, '//p[@class="lead"]') == [lines[0]]  # the lead: body
        body = doc.xpath('//div[@class="article-body"]')[0]
        text = [norm_ws(el.text_content()) for el in body if el.tag in ("p", "h2", "blockquote")]
        assert text == lines[1:]
        quotes += bool(body.xpath("./blockquote"))
        box = body.xpath('./aside[@class="mehr-zum-thema"]')
        assert len(box) == 1 and texts(box[0], "./h3") == ["Mehr zum Thema"]
        assert all(x in page.boilerplate and x not in page.body for x in texts(box[0], ".//li"))
        assert any(x.startswith("Abo+") for x in page.boilerplate)
        assert "Fehler gefunden? Jetzt melden." in page.boilerplate
        assert any(" Bild: " in x for x in page.boilerplate)
    assert quotes


def test_ie_local_weekly_group(pages: list[SynthPage]) -> None:
    lists = 0
    for page in family(pages, "ie-local-weekly-group"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/news/[a-z0-9-]+/\d{8}/[a-z0-9-]+\.html", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat(timespec="seconds")]
        assert doc.xpath("//time/@datetime") == [d.isoformat(timespec="seconds")]
        weekday = loom_families.IE_WEEKDAYS[d.weekday()]
        assert texts(doc, "//time") == [f"{weekday} {d.day} {MONTHS['en'][d.month - 1]} {d.year} at {d:%H:%M}"]
        lines = page.body.split("\n")
        assert texts(doc, '//h2[@class="standfirst"]') == [lines[0]]  # the standfirst: body
        body = doc.xpath('//div[@class="article-body"]')[0]
        items: list[str] = []
        for el in body:
            if el.tag == "ul":
                items += [norm_ws(li.text_content()) for li in el]
                lists += 1
            elif el.tag in ("p", "h3", "blockquote"):
                items.append(norm_ws(el.text_content()))
        assert [x for x in items if not x.startswith("READ MORE:")] == lines[1:]
        assert all(x in page.boilerplate for x in items if x.startswith("READ MORE:"))
        assert any(" Picture: " in x for x in page.boilerplate)
        assert texts(doc, '//div[@class="newsletter-signup"]/p')[0] in page.boilerplate
    assert lists
