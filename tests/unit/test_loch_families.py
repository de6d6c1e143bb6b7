"""The families of pipeline.synth.loch_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import datetime

import lxml.html
import pytest

from pipeline.synth import loch_families as loch
from pipeline.synth.publishers import SynthPage, serve_pages
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
    return list(split_pages("loch"))


def _items(container: lxml.html.HtmlElement) -> list[str]:
    """The text of the container's children without a class (the story's own blocks), a list's items
    one by one; the inserts amid the text (ads, read-also lines, boxes, figures) carry a class."""
    out: list[str] = []
    for el in container:
        if el.get("class") is not None or not isinstance(el.tag, str):
            continue
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        else:
            out.append(norm_ws(el.text_content()))
    return out


def _ld(doc: lxml.html.HtmlElement) -> dict[str, object]:
    found = [json.loads(x) for x in doc.xpath('//script[@type="application/ld+json"]/text()')]
    assert len(found) == 1
    data: dict[str, object] = found[0]
    return data


def _inserted(container: lxml.html.HtmlElement, cls: str) -> list[str]:
    return texts(container, f'./*[contains(concat(" ", @class, " "), " {cls} ")]')


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_zones_are_the_families_own(pages: list[SynthPage]) -> None:
    for page in pages:
        assert page.tz in loch.FAMILY_ZONES[page.family], page.url
        assert page.language == "en"


def test_site_wide_and_varying_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        recurring={
            "ph-broadsheet-online": "For feedback, complaints, or inquiries",
            "sg-news-portal": "Join our Telegram channel",
            "ke-daily-nation-style": "Follow our WhatsApp channel",
            "au-regional-masthead": "Our journalists work hard",
        },
        varying={
            "ph-broadsheet-online": "READ: ",
            "sg-news-portal": "ALSO READ: ",
            "ke-daily-nation-style": "Additional reporting by ",
            "au-regional-masthead": "More from ",
        },
    )


def test_ph_broadsheet_online(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    datelines = lists = 0
    for page in family(pages, "ph-broadsheet-online"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/\d{7}/[a-z0-9-]+/?", page.path), page.path
        assert doc.get("lang") == "en-PH"
        metas = doc.xpath('//meta[@property="article:published_time"]/@content')
        lds = doc.xpath('//script[@type="application/ld+json"]')
        forms.add(bool(metas))
        assert metas == [d.isoformat()] or _ld(doc)["datePublished"] == d.isoformat()
        assert bool(metas) != bool(lds)
        plat = norm_ws(doc.xpath('//div[@id="art_plat"]')[0].text_content())
        shown = f"{d:%I:%M %p} {loch.MONTHS['en'][d.month - 1]} {d:%d}, {d.year}"
        assert plat.endswith(f", Philippines / {shown}") and plat.split(" / ")[-1] == shown
        content = doc.xpath('//div[contains(@class, "article_content")]')[0]
        assert _items(content) == page.body.split("\n")
        lists += bool(content.xpath("./ul"))
        datelines += page.body.split("\n")[0].split(" — ")[0].endswith(", Philippines")
        assert _inserted(content, "adlabel") == [] and content.xpath('.//p[@class="adlabel"]')
        assert all(x.startswith("ADVERTISEMENT") for x in _inserted(content, "ads-in-article"))
        reads = _inserted(content, "read-also")
        assert len(reads) == 2 and all(x.startswith("READ: ") and x in page.boilerplate for x in reads)
        box = doc.xpath('//div[@id="nl-inline"]')[0]
        assert box.getparent() is content
        assert all(x in page.boilerplate for x in texts(box, "./p"))
        assert "For feedback, complaints, or inquiries, contact us." in page.boilerplate
        assert texts(doc, '//p[@class="tags"]')[0].startswith("TAGS: ")
        assert doc.findtext(".//title") in (
            f"{page.title} | {page.publisher}",
            f"{page.title} - {page.publisher}",
        )
    assert forms == {True, False} and datelines and lists


def test_sg_news_portal(pages: list[SynthPage]) -> None:
    updated = 0
    for page in family(pages, "sg-news-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        m = re.fullmatch(r"/([a-z]+)/[a-z0-9-]+-(\d{7})", page.path)
        assert m and m.group(1) in loch.SG_SECTIONS, page.path
        assert doc.get("lang") == ("en-MY" if page.tz == "Asia/Kuala_Lumpur" else "en-SG")
        data = _ld(doc)
        assert data["datePublished"] == d.isoformat()
        assert datetime.fromisoformat(str(data["dateModified"])) > d
        shown = f"Published {d:%d} {loch.MONTHS['en'][d.month - 1][:3]} {d.year} {d:%I:%M}{d:%p}"
        assert texts(doc, '//div[@class="article-publish"]') == [shown]
        updated += bool(doc.xpath('//div[@class="article-updated"]'))
        brief = texts(doc, '//div[@class="key-points"]//li')
        assert texts(doc, '//div[@class="key-points"]/h2') == ["In brief"] and len(brief) == 3
        for x in brief:
            assert x not in page.body and x not in page.boilerplate
        content = doc.xpath('//div[@class="text-long" or @class="article-content__body"]')[0]
        assert _items(content) == page.body.split("\n")
        also = _inserted(content, "also-read")
        assert len(also) == 2 and all(x.startswith("ALSO READ: ") and x in page.boilerplate for x in also)
        tweet = content.xpath('.//blockquote[@class="twitter-tweet"]')[0]
        said = norm_ws(tweet.findtext("p") or "")
        assert said in page.boilerplate and said not in page.body
        assert any(x.startswith("— ") and x in norm_ws(tweet.text_content()) for x in page.boilerplate)
        assert [x for x in page.boilerplate if x.startswith("Get the ") and x.endswith(" app")]
        telegram = texts(doc, '//p[@class="telegram-cta"]')[0]
        assert telegram in page.boilerplate and telegram.startswith("Join our Telegram channel")
    assert updated and updated < len(family(pages, "sg-news-portal"))


def test_ke_daily_nation_style(pages: list[SynthPage]) -> None:
    premium = free = 0
    for page in family(pages, "ke-daily-nation-style"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        m = re.fullmatch(r"/news/([a-z-]+)/[a-z0-9-]+-(\d{7})", page.path)
        assert m and m.group(1) in loch.KE_REGIONS[page.tz], page.path
        assert doc.get("lang") == loch.KE_LANG[page.tz]
        data = _ld(doc)
        assert data["datePublished"] == d.isoformat()
        assert doc.xpath("//time/@datetime") == [d.isoformat()]
        assert texts(doc, "//time") == [f"{d:%A}, {loch.MONTHS['en'][d.month - 1]} {d:%d}, {d.year}"]
        badge = doc.xpath('//span[@class="premium-badge"]')
        assert bool(badge) == (data["isAccessibleForFree"] is False)
        premium += bool(badge)
        free += not badge
        content = doc.xpath('//div[@class="paragraph-wrapper"]')[0]
        assert _items(content) == page.body.split("\n")
        captions = texts(doc, '//figcaption/span[@class="caption"]')
        credits = texts(doc, '//figcaption/span[@class="credit"]')
        assert len(captions) == len(credits) == 2
        assert all(x.endswith(" | FILE") and x in page.boilerplate for x in captions)
        assert all(x.startswith("Photo credit: ") and x in page.boilerplate for x in credits)
        wire = _inserted(content, "wire-credit")
        assert (
            len(wire) == 1 and wire[0].startswith("Additional reporting by ") and wire[0] in page.boilerplate
        )
        assert content.xpath("./*[last()]/@class") == ["wire-credit"]
        assert _inserted(content, "whatsapp-cta")[0] in page.boilerplate
        cards = texts(doc, '//section[@class="article-recommendations"]//h4')
        assert len(cards) == 4 and all(x in page.boilerplate for x in cards)
        assert "You might also like" in page.boilerplate
    assert premium and free


def test_au_regional_masthead(pages: list[SynthPage]) -> None:
    updated = 0
    for page in family(pages, "au-regional-masthead"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/story/\d{7}/[a-z0-9-]+/", page.path), page.path
        assert doc.get("lang") == "en-AU"
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        assert _ld(doc)["datePublished"] == d.isoformat()
        assert doc.xpath("//div[@class='byline']/time/@datetime") == [d.isoformat()]
        shown = texts(doc, "//div[@class='byline']/time")[0]
        assert d.tzname() in ("AEDT", "AEST")
        assert shown.endswith(f"{loch._au_stamp(d)} {d.tzname()}")
        updated += shown.startswith("Updated ")
        content = doc.xpath('//div[@id="story-body"]')[0]
        assert _items(content) == page.body.split("\n")
        assert all(x == "Advertisement" for x in _inserted(content, "ad-slot"))
        signup = content.xpath('./div[@class="newsletter-signup-inline"]/h4')[0].text_content()
        town = re.fullmatch(r"Get the latest (.+) news delivered to your inbox", signup)
        assert town and town.group(1) in page.publisher and signup in page.boilerplate
        title = doc.findtext(".//title") or ""
        assert title.startswith(f"{page.title} | {page.publisher}")
        assert title == f"{page.title} | {page.publisher}" or title.endswith(f", {loch.AU_STATES[page.tz]}")
        assert texts(doc, '//div[@class="subscribe-prompt"]/p')[0] in page.boilerplate
        more = texts(doc, '//section[@class="more-from"]/h3')[0]
        assert more in page.boilerplate
        assert all(x in page.boilerplate for x in texts(doc, '//section[@class="more-from"]//a'))
        assert "Digital subscription" in texts(doc, "//footer//a")
        email = texts(doc, '//p[@class="author-email"]')[0]
        assert email.endswith(f"@{page.site}") and email not in page.body
    assert updated and updated < len(family(pages, "au-regional-masthead"))
    check_recurring_bios(
        pages, {"au-regional-masthead": ('//p[@class="author-name"]', '//p[@class="author-bio"]')}
    )


def test_served_pages_link_to_each_other(pages: list[SynthPage]) -> None:
    """Each family's first site served over HTTP: the pages come back as they are, and the links
    between its pages (ids and slugs the same on every page) resolve."""
    for name in loch.FAMILIES:
        first = family(pages, name)
        site = [p for p in first if p.site == first[0].site]
        paths = {p.path for p in site}
        with serve_pages(site) as bases:
            base = bases[site[0].site]
            for page in site[::2]:
                with urllib.request.urlopen(base + page.path) as response:
                    assert response.read().decode("utf-8") == page.html
                links = set(lxml.html.document_fromstring(page.html).xpath("//a/@href")) & paths
                assert links, page.url
                for link in sorted(links)[:2]:
                    with urllib.request.urlopen(base + link) as response:
                        assert response.status == 200
