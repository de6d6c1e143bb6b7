"""The families of pipeline.synth.kiln_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split elsewhere)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth import kiln_families
from pipeline.synth.publishers import MONTHS, SynthPage
from tests.synthtruth import family, norm_ws, render_families, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return render_families(kiln_families.FAMILIES)


def test_app_webview_interstitial(pages: list[SynthPage]) -> None:
    for page in family(pages, "app-webview-interstitial"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/s/[a-z0-9-]+/[0-9a-f]{10}", page.path)
        assert doc.findtext(".//title") == f"{page.title} \u00b7 {page.publisher}"
        # the date: only a naive <meta>, in the publisher's local time
        assert not doc.xpath('//script[@type="application/ld+json"]|//time|//meta[contains(@property, "time")]')
        assert doc.xpath('//meta[@name="publish-date"]/@content') == [f"{d:%Y-%m-%d %H:%M}"]
        lines = page.body.split("\n")
        assert texts(doc, '//section[@data-block="headline"]/p') == [lines[0]]  # the dek: body
        body = texts(doc, '//article[@data-block="body"]/section[@data-block="text" or @data-block="heading" '
                          'or @data-block="quote"]')
        assert [x for x in body if not x.startswith("ALSO READ:")] == lines[1:]
        also = [x for x in body if x.startswith("ALSO READ:")]
        assert len(also) == 1 and also[0] in page.boilerplate
        # the interstitial sits amid the text, which goes on after it
        art = doc.xpath('//article[@data-block="body"]')[0]
        kinds = [el.get("data-block") for el in art]
        at = kinds.index("interstitial")
        assert "text" in kinds[:at] and "text" in kinds[at + 1 :]
        assert "Read the full story in the app" in page.boilerplate
        assert "Advertisement \u00b7 Continue reading below" in page.boilerplate
        assert all(re.fullmatch(r"css-[0-9a-z]{7}", el.get("class")) for el in art if el.get("data-block") == "text")


def test_da_public_service_lyt(pages: list[SynthPage]) -> None:
    updated = 0
    for page in family(pages, "da-public-service-lyt"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "da" and doc.get("lang") == "da"
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert datetime.fromisoformat(data["datePublished"]) == d
        assert datetime.fromisoformat(data["dateModified"]) >= d
        assert data["datePublished"] == d.isoformat(timespec="seconds")
        month = MONTHS["da"][d.month - 1]
        stamp = texts(doc, '//div[@class="dre-dates"]/span')
        assert stamp[0] == f"Publiceret {d.day}. {month} {d.year} kl. {d:%H.%M}"
        updated += len(stamp) == 2
        # the key points: body, the label and then one line per point, before the text
        lines = page.body.split("\n")
        points = texts(doc, '//ul[@class="dre-keypoints"]/li')
        assert len(points) == 3
        assert lines[: 4] == [kiln_families.DA_KEY, *points]
        text = [norm_ws(el.text_content()) for el in doc.xpath('//div[@class="dre-body"]/*')
                if el.tag in ("p", "h2")]
        assert text == lines[4:]
        assert all(p not in x for p in points for x in lines[4:])
        listen = texts(doc, '//div[@class="dre-audio"]/span')[0]
        assert re.fullmatch(r"Lyt til artiklen \u00b7 \d+ min\.", listen) and listen in page.boilerplate
        cap = doc.xpath('//figure[@class="dre-lead"]/figcaption')[0]
        credit = texts(cap, './span[@class="dre-credit"]')[0]
        assert credit.strip("()") in page.boilerplate
        assert any(x.startswith("LÆS OGSÅ ") for x in page.boilerplate)
        assert texts(doc, '//aside[@class="dre-tip"]')[0] in page.boilerplate
    assert updated


def test_wire_republish_widget(pages: list[SynthPage]) -> None:
    quotes = 0
    for page in family(pages, "wire-republish-widget"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.path == f"/{d:%Y/%m/%d}/" + page.path.split("/")[4] + "/"
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        assert doc.xpath("//time/@datetime") == [d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")]
        assert texts(doc, "//time") == [f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"]
        content = doc.xpath('//div[@class="entry-content"]')[0]
        ems = texts(content, "./p[count(node()) = 1 and em]")
        origin = ems[0].removeprefix("This story was originally published by ").removesuffix(".")
        assert origin in {o for o, _ in kiln_families.WR_ORIGINS}
        # the republisher's note and the origin's closing paragraph: boilerplate, not body
        assert ems[0] in page.boilerplate and ems[-1] in page.boilerplate
        assert ems[-1].startswith(f"{origin} is an independent, nonprofit newsroom")
        lines = page.body.split("\n")
        body = [norm_ws(el.text_content()) for el in content if el.tag in ("p", "h2", "h3", "blockquote")]
        assert [x for x in body if x not in ems and not x.startswith("RELATED:")] == lines
        assert all(x in page.boilerplate for x in body if x.startswith("RELATED:"))
        quotes += bool(content.xpath("./blockquote"))
        assert any(x.startswith("This work is licensed under a Creative Commons") for x in page.boilerplate)
        assert f"By {page.html.split('By ', 1)[1].split(',', 1)[0]}, {origin}" in page.boilerplate
    assert quotes


def test_es_us_semanario_bilingue(pages: list[SynthPage]) -> None:
    for page in family(pages, "es-us-semanario-bilingue"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "es" and doc.get("lang") == "es-US"
        assert re.fullmatch(r"/noticias/[a-z0-9-]+/[a-z0-9-]+-\d{5}\.html", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        # the date only in the visible text, with no zone
        assert not doc.xpath('//script[@type="application/ld+json"]|//time|//meta[contains(@property, "time")]')
        fecha = texts(doc, '//div[@class="fecha"]')[0]
        hour = d.hour % 12 or 12
        assert fecha.startswith(f"Publicado el {kiln_families.ES_WEEKDAYS[d.weekday()]} {d.day} de "
                                f"{MONTHS['es'][d.month - 1]} de {d.year} a las {hour}:{d:%M} "
                                f"{'a.m.' if d.hour < 12 else 'p.m.'}")
        assert "Read this story in English" in page.boilerplate
        assert any(" / " in x for x in texts(doc, '//nav[@class="menu"]//a'))
        lines = page.body.split("\n")
        cuerpo = doc.xpath('//div[@class="cuerpo"]')[0]
        items = [norm_ws(el.text_content()) for el in cuerpo if el.tag in ("p", "h3")]
        extra = [x for x in items if x not in lines]
        assert [x for x in items if x in lines] == lines
        assert extra and all(x in page.boilerplate for x in extra)
        assert any("WhatsApp" in x for x in extra)
        assert any("(Foto: " in x for x in page.boilerplate)
