"""The families of pipeline.synth.weir_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split elsewhere), and the Indonesian grammar is
registered and varied."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth import weir_families
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import MONTHS, UI, ZONES, SynthPage
from tests.synthtruth import family, norm_ws, render_families, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return render_families(weir_families.FAMILIES)


def _no_other_dates(doc: lxml.html.HtmlElement) -> None:
    assert not doc.xpath('//meta[contains(@property, "time")]|//meta[@itemprop="datePublished"]')


def test_indonesian_registered_and_varied() -> None:
    assert UI["id"] is weir_families.ID_UI and MONTHS["id"] == weir_families.ID_MONTHS
    assert set(ZONES["id"]) <= set(weir_families.ID_ZONE_LABELS)
    prose = prose_for("id", random.Random(5))
    sentences = [prose.sentence() for _ in range(300)]
    assert len(set(sentences)) > 280  # the paragraphs vary from page to page
    assert all(s[-1] in ".”" and s[0].isupper() or s[0] == "\u201c" for s in sentences)
    words = {w.strip(".,“”()") for s in sentences for w in s.split()}
    assert {"yang", "dan", "di", "oleh", "pada"} <= words
    assert any(w.startswith("me") for w in words) and any(w.startswith("di") and len(w) > 5 for w in words)
    titles = [prose.title() for _ in range(100)]
    assert all(len(t.split()) >= 4 for t in titles)
    # headline case: no word but the small ones starts lower-case
    assert all(w[:1].isupper() or w in ("di", "dan", "yang", "ke", "dari", "untuk") or not w[:1].isalpha()
               for t in titles for w in t.split())


def test_id_portal_daerah(pages: list[SynthPage]) -> None:
    lists = heads = syndicated = 0
    for page in family(pages, "id-portal-daerah"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "id" and doc.get("lang") == "id"
        assert re.fullmatch(r"/[a-z-]+/read/\d{4}/\d\d/\d\d/\d{10}/[a-z0-9-]+", page.path)
        assert doc.findtext(".//title") == f"{page.title} Halaman all - {page.publisher}"
        # the date: a naive meta tag in local time, and the visible stamp with the zone's name
        assert doc.xpath('//meta[@name="content_PublishedDate"]/@content') == [f"{d:%Y-%m-%d %H:%M:%S}"]
        assert not doc.xpath('//script[@type="application/ld+json"]|//time')
        _no_other_dates(doc)
        zone = weir_families.ID_ZONE_LABELS[page.tz]
        stamp = (f"{weir_families.ID_WEEKDAYS[d.weekday()]}, {d.day} {weir_families.ID_MONTHS[d.month - 1]} "
                 f"{d.year} {d:%H:%M} {zone}")
        assert texts(doc, '//div[@class="read__time"]') == [stamp] and stamp in page.boilerplate
        assert texts(doc, '//div[@class="read__author"]')[0] in page.boilerplate
        assert texts(doc, "//figcaption")[0] in page.boilerplate  # caption and credit
        # the text: paragraphs, bold subheadings and list items are body; "Baca juga" lines are not
        content = doc.xpath('//div[@class="clearfix"]')[0]
        items: list[str] = []
        reads: list[str] = []
        for el in content:
            if el.tag == "ul":
                items += [norm_ws(li.text_content()) for li in el]
                lists += 1
            elif el.tag == "p" and el.xpath('./a[@class="inner-link-baca-juga"]'):
                reads.append(norm_ws(el.text_content()))
            elif el.tag == "p":
                items.append(norm_ws(el.text_content()))
                heads += bool(el.xpath("./strong")) and len(el) == 1 and not (el.text or "").strip()
        lines = page.body.split("\n")
        assert items == lines
        assert len(reads) == 2 and all(x in page.boilerplate for x in reads)
        assert lines[0].startswith(weir_families._id_brand(page.publisher) + ", ") and " - " in lines[0]
        assert "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT" in page.boilerplate
        # "first published at X with the headline ...": the text's own closing line, body
        if lines[-1].startswith("Artikel ini telah tayang di"):
            syndicated += 1
            assert page.title in lines[-1] and lines[-1] not in page.boilerplate
        assert not any(x.startswith("Artikel ini") for x in lines[:-1])
    assert lists and heads and syndicated


def test_markets_ticker_desk(pages: list[SynthPage]) -> None:
    tables = corrections = 0
    for page in family(pages, "markets-ticker-desk"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/\d{4}/\d\d/\d\d/[a-z0-9-]+\.html", page.path)
        assert page.path.startswith(f"/{d:%Y/%m/%d}/")
        assert doc.findtext(".//title") == page.title  # the headline alone
        assert doc.xpath('//meta[@property="og:site_name"]/@content') == [page.publisher]
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert data["datePublished"] == d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        assert datetime.fromisoformat(data["dateModified"]) >= d
        published = texts(doc, '//time[@class="published"]')
        assert published == [f"Published {weir_families._mk_stamp(d)}"] and published[0] in page.boilerplate
        assert all(x in page.boilerplate for x in texts(doc, '//time[@class="updated"]'))
        # the dek under the headline: neither body nor boilerplate
        dek = texts(doc, '//p[@class="ArticleHeader-dek"]')[0]
        assert dek not in page.body and dek not in page.boilerplate
        assert "Quotes delayed at least 15 minutes" in page.boilerplate
        assert any(x.startswith("DJIA ") for x in page.boilerplate)
        # the text: paragraphs, subheadings and the table's rows (one line each) are body
        body = doc.xpath('//div[@class="ArticleBody-articleBody"]')[0]
        items: list[str] = []
        for el in body:
            if el.tag == "table":
                rows = [norm_ws(tr.text_content()) for tr in el.iter("tr")]
                assert len(rows) >= 5
                items += rows
                tables += 1
                assert "table below" in items[-len(rows) - 1]  # the text refers to it
            elif el.tag == "p" and el.get("class") == "correction":
                assert norm_ws(el.text_content()) in page.boilerplate
                corrections += 1
            elif el.tag in ("p", "h2"):
                items.append(norm_ws(el.text_content()))
            else:
                assert el.tag == "div"  # the video teaser, the PRO upsell
                assert norm_ws(el.text_content()) not in page.body
        assert items == page.body.split("\n")
        # the market movers table in the rail is no part of the text
        movers = texts(doc, '//div[@class="MarketMovers"]//tr')
        assert len(movers) == 5 and all(x in page.boilerplate and x not in page.body for x in movers)
    assert tables and corrections


def test_health_science_explainer(pages: list[SynthPage]) -> None:
    notes = refs3 = 0
    for page in family(pages, "health-science-explainer"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/articles/\d{6}-[a-z0-9-]+", page.path)
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        graph = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)["@graph"]
        article = next(x for x in graph if x["@type"] == "Article")
        assert datetime.fromisoformat(article["datePublished"]) == d
        assert article["datePublished"] == d.isoformat(timespec="seconds")
        assert datetime.fromisoformat(article["dateModified"]) >= d
        assert not doc.xpath("//time")
        _no_other_dates(doc)
        written = f"Written by {page.html.split('/authors/', 1)[1].split('>', 1)[1].split('<', 1)[0]} on " \
                  f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
        assert written in page.boilerplate  # the date alone, no time
        assert any(x.startswith("Medically reviewed by ") for x in page.boilerplate)
        lines = page.body.split("\n")
        # the dek: neither; the box's label: neither; its items: body, before the text
        dek = texts(doc, '//p[@class="entry-subtitle"]')[0]
        assert dek not in page.body and dek not in page.boilerplate
        assert "Key takeaways" not in lines and not any("Key takeaways" in x for x in page.boilerplate)
        takeaways = texts(doc, '//div[@class="key-takeaways"]//li')
        assert len(takeaways) == 3 and lines[:3] == takeaways
        content = doc.xpath('//div[@class="entry-content"]')[0]
        items: list[str] = []
        for el in content:
            cls = el.get("class") or ""
            text = norm_ws(el.findtext("p") or "" if el.tag == "div" else el.text_content())
            if cls in ("editors-note", "related-inline", "newsletter-inline"):
                assert text in page.boilerplate and text not in page.body
                notes += cls == "editors-note"
            elif el.tag == "ol":
                assert cls == "references"
                items += [norm_ws(li.text_content()) for li in el]
                refs3 += len(el) == 3
            else:
                assert el.tag in ("p", "h2")
                items.append(text)
        assert items == lines[3:]
        # the references closing the text: body, after their heading
        at = lines.index("References")
        assert at == len(lines) - len(content.xpath('./ol[@class="references"]/li')) - 1
        assert texts(doc, '//p[@class="medical-disclaimer"]')[0] in page.boilerplate
    assert notes and refs3


def test_mt_classic_weblog(pages: list[SynthPage]) -> None:
    quotes = more = 0
    for page in family(pages, "mt-classic-weblog"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/archives/\d{4}/\d\d/[a-z0-9_]+\.html", page.path)
        assert doc.findtext(".//title") == f"{page.publisher}: {page.title}"
        assert doc.xpath('//meta[@name="generator"]/@content') == ["Movable Type 3.35"]
        # the date: the hAtom <abbr> in the entry footer, the date header, the trackback RDF comment
        assert doc.xpath('//abbr[@class="published"]/@title') == [d.isoformat(timespec="seconds")]
        assert f'dc:date="{d.isoformat(timespec="seconds")}"' in page.html
        header = f"{d:%A}, {MONTHS['en'][d.month - 1]} {d:%d}, {d.year}"
        assert texts(doc, '//h2[@class="date-header"]') == [header] and header in page.boilerplate
        assert not doc.xpath('//script[@type="application/ld+json"]|//time')
        _no_other_dates(doc)
        footer = texts(doc, '//p[@class="entry-footer"]')[0]
        assert footer.startswith("Posted by ") and footer in page.boilerplate
        # the entry: its body and the extended entry, paragraphs, subheadings and quotes
        items: list[str] = []
        for part in ("entry-body", "entry-more"):
            for el in doc.xpath(f'//div[@class="{part}"]')[0]:
                assert el.tag in ("p", "h4", "blockquote")
                items.append(norm_ws(el.text_content()))
                quotes += el.tag == "blockquote"
            more += part == "entry-more" and len(doc.xpath(f'//div[@class="{part}"]/*')) > 0
        assert items == page.body.split("\n")
        assert "TrackBack URL for this entry:" in page.boilerplate
        assert ("Comments are moderated, and will not appear on this weblog until the author has approved them."
                in page.boilerplate)
        for comment in texts(doc, '//p[@class="comment-footer"]'):
            assert comment.startswith("Posted by: ") and comment in page.boilerplate
        assert "Powered by Movable Type 3.35" in page.boilerplate
    assert quotes and more
