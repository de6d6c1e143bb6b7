"""The families of pipeline.synth.quay_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split elsewhere)."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth import quay_families as quay
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import MONTHS, SynthPage
from tests.synthtruth import family, norm_ws, render_families, texts

ENDS = (".", "!", "?", "»", "“", "”", '"')


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return render_families(quay.FAMILIES)


def _items(container: lxml.html.HtmlElement, tags: tuple[str, ...]) -> list[str]:
    """The text of the container's children with `tags`, a list's items one by one."""
    out: list[str] = []
    for el in container:
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in tags:
            out.append(norm_ws(el.text_content()))
    return out


def test_fr_regional_abonnes(pages: list[SynthPage]) -> None:
    cut = quotes = lists = updated = 0
    for page in family(pages, "fr-regional-abonnes"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "fr" and doc.get("lang") == "fr"
        assert re.fullmatch(rf"/[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]+-{d:%d-%m-%Y}-\d{{8}}\.php", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        # the date: a naive <time> inside the visible line, and nowhere in metadata
        assert doc.xpath("//time/@datetime") == [f"{d:%Y-%m-%dT%H:%M}"]
        assert f"Publié le {d:%d} {MONTHS['fr'][d.month - 1]} {d.year} à {d:%H}h{d:%M}" in page.boilerplate
        assert not doc.xpath('//meta[contains(@property, "time")]')
        assert all("date" not in x.text for x in doc.xpath('//script[@type="application/ld+json"]'))
        updated += any(x.startswith("Modifié le ") for x in page.boilerplate)
        # the chapô above the text: neither body nor boilerplate
        chapo = texts(doc, '//p[@class="article__chapo"]')
        assert len(chapo) == 1 and chapo[0] not in page.body
        assert not any(chapo[0] in x or x in chapo[0] for x in page.boilerplate)
        # the text above the paywall is the body, "À lire aussi" lines left out
        content = doc.xpath('//div[@class="article__content"]')[0]
        items = _items(content, ("p", "h2", "blockquote"))
        lines = page.body.split("\n")
        assert [x for x in items if not x.startswith("À lire aussi :")] == lines
        assert all(x in page.boilerplate for x in items if x.startswith("À lire aussi :"))
        fade = texts(doc, '//p[contains(@class, "article__paragraph--fade")]')
        assert fade == [lines[-1]]
        cut += not lines[-1].endswith(ENDS)
        quotes += bool(content.xpath("./blockquote"))
        lists += bool(content.xpath("./ul"))
        # then the paywall, and none of the text after it
        after = page.html.split('<div class="paywall" id="paywall">', 1)[1]
        assert not any(x in lxml.html.document_fromstring(after).text_content() for x in lines)
        left = texts(doc, '//p[@class="paywall__left"]')[0]
        assert re.fullmatch(r"Il vous reste \d+ % de l'article à lire\.", left) and left in page.boilerplate
        assert "Déjà abonné ? Se connecter" in page.boilerplate
        assert "Article réservé aux abonnés" in page.boilerplate
        assert any(" Photo " in x for x in page.boilerplate)
    assert cut and quotes and lists and updated


def test_hr_regionalni_portal(pages: list[SynthPage]) -> None:
    quotes = lists = funded = updated = 0
    for page in family(pages, "hr-regionalni-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "hr" and doc.get("lang") == "hr" and page.tz == "Europe/Zagreb"
        assert re.fullmatch(r"/vijesti/[a-z0-9-]+/[a-z0-9-]+/\d{7}", page.path)
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert data["@type"] == "NewsArticle" and datetime.fromisoformat(data["datePublished"]) == d
        assert datetime.fromisoformat(data["dateModified"]) >= d
        stamp = f"Objavljeno: {d:%d.%m.%Y}. u {d:%H:%M}"
        assert texts(doc, '//span[@class="date"]') == [stamp] and stamp in page.boilerplate
        updated += bool(doc.xpath('//span[@class="updated"]'))
        assert [x.removeprefix("Piše: ") for x in texts(doc, '//span[@class="author"]')] == [data["author"]["name"]]
        # the subtitle: neither body nor boilerplate
        subtitle = texts(doc, '//h2[@class="article-subtitle"]')
        assert subtitle == [data["description"]] and subtitle[0] not in page.body
        assert not any(subtitle[0] in x or x in subtitle[0] for x in page.boilerplate)
        content = doc.xpath('//div[@class="article-content"]')[0]
        read = ("PROČITAJTE I:", "Pročitajte i:", "VEZANO:")
        items = _items(content, ("p", "h2", "blockquote"))
        note = texts(content, './p[@class="aem"]')
        assert [x for x in items if not x.startswith(read) and x not in note] == page.body.split("\n")
        assert all(x in page.boilerplate for x in items if x.startswith(read))
        assert all(x in page.boilerplate and x not in page.body for x in note)
        funded += bool(note)
        quotes += bool(content.xpath("./blockquote"))
        lists += bool(content.xpath("./ul"))
        assert any(x.startswith("Oglas") or x.startswith("OGLAS") for x in page.boilerplate)
        assert any(" Foto: " in x for x in page.boilerplate)
        assert any(x.startswith("Imate li saznanja o ovoj temi?") for x in page.boilerplate)
        # Croatian text: the perfect with "je", Croatian letters
        assert " je " in page.body and re.search("[čćšžđ]", page.body)
    assert quotes and lists and funded and updated


def test_croatian_grammar() -> None:
    assert [quay._hr_past("odobrio", g) for g in "mfn"] == ["odobrio", "odobrila", "odobrilo"]
    assert quay._hr_past("pokrenuo", "f") == "pokrenula" and quay._hr_past("raspisao", "n") == "raspisalo"
    assert [quay._hr_adj("nov", g, acc) for g, acc in (("m", True), ("f", False), ("f", True), ("n", True))] == [
        "novi", "nova", "novu", "novo"]
    prose = prose_for("hr", random.Random(5))
    sentences = [prose.sentence() for _ in range(400)]
    assert len(set(sentences)) > 380
    assert len({w for s in sentences for w in s.split()}) > 400
    titles = [prose.title() for _ in range(100)]
    assert len(set(titles)) > 90
    # a headline's clause has the participle alone, no "je"
    assert all(" je " not in t.split(": ")[-1] for t in titles if "„" not in t)
    assert all(s[0].isupper() or s[0] == "„" for s in sentences) and all(s.endswith(".") for s in sentences)


def test_anz_headless_daily(pages: list[SynthPage]) -> None:
    kp = lists = videos = updated = 0
    for page in family(pages, "anz-headless-daily"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        utc = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        assert re.fullmatch(rf"/news/{d:%Y-%m-%d}/[a-z0-9-]+/\d{{9}}", page.path)
        assert doc.findtext(".//title") == f"{page.title} \u2014 {page.publisher}"
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [utc]
        assert doc.xpath("//time/@datetime")[0] == utc
        assert texts(doc, "//time")[0] == f"Posted {quay._anz_stamp(d)}" in page.boilerplate
        updated += len(doc.xpath("//time")) == 2
        assert not doc.xpath('//script[@type="application/ld+json"]')
        lang = doc.get("lang")
        assert lang == ("en-AU" if page.tz.startswith("Australia") else "en-NZ" if page.tz.startswith("Pacific")
                        else "en")
        lines = page.body.split("\n")
        box = doc.xpath('//div[@data-component="KeyPoints"]')
        points = [norm_ws(x.text_content()) for x in box[0].xpath(".//li")] if box else []
        if box:  # the summary points: body; the label: neither body nor boilerplate
            kp += 1
            assert len(points) == 3 and points == lines[:3]
            assert texts(box[0], "./h2") == ["Key points:"] and "Key points:" not in page.boilerplate
        body = doc.xpath('//div[@id="body"]')[0]
        assert not body.xpath(".//p")  # every paragraph a <div>
        items: list[str] = []
        for el in body:
            if el.get("data-component") == "List":
                items += [norm_ws(li.text_content()) for li in el]
                lists += 1
            elif el.get("data-component") in ("Paragraph", "Heading"):
                items.append(norm_ws(el.text_content()))
        assert points + items == lines
        cards = texts(body, './/aside[@data-component="RelatedCard"]//h3')
        assert cards and all(x in page.boilerplate and x not in page.body for x in cards)
        assert texts(body, './/span[text()="Related Story"]') == ["Related Story"] * len(cards)
        video = texts(body, './/div[@data-component="VideoPlayer"]/span')
        videos += bool(video)
        assert all(re.fullmatch(r"Play Video\. Duration: \d+ minutes? \d+ seconds?", x) and x in page.boilerplate
                   for x in video)
        assert any(x.startswith("Got a news tip?") for x in page.boilerplate)
    assert kp and lists and videos and updated


def _asp_body(html: str) -> list[str]:
    """The lines of the text in lblBody: Word's MsoNormal paragraphs, or the runs between <br /><br />
    (a list's items one by one either way)."""
    inner = html.split('class="NewsBody">', 1)[1].split('</span><br /><br />\n<table id="ctl00_ContentPlaceHolder1_tblTools"')[0]
    frag = lxml.html.fragment_fromstring(inner, create_parent="div")
    if "MsoNormal" in inner:
        out: list[str] = []
        for el in frag.iter("p", "li"):
            x = norm_ws(el.text_content())
            if x:
                out.append(x)
        return out
    lines: list[str] = []
    for chunk in inner.split("<br /><br />"):
        el = lxml.html.fragment_fromstring(chunk, create_parent="div")
        if el.xpath(".//ul"):
            lines += [norm_ws(li.text_content()) for li in el.iter("li")]
        elif norm_ws(el.text_content()):
            lines.append(norm_ws(el.text_content()))
    return lines


def test_aspnet_city_portal(pages: list[SynthPage]) -> None:
    forms: set[str] = set()
    word = comments = lists = 0
    for page in family(pages, "aspnet-city-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/News/NewsDetail\.aspx\?NewsID=\d{5}&CatID=\d+", page.path)
        title = doc.findtext(".//title") or ""
        assert title.startswith("\n\t") and title.strip() == f"{page.publisher} - {page.title}"
        assert doc.xpath('//form[@id="aspnetForm"]') and doc.xpath('//input[@id="__VIEWSTATE"]/@value')
        # the date: only the visible, naive text
        assert not doc.xpath('//script[@type="application/ld+json"]|//time|//meta[contains(@property, "time")]')
        shown = texts(doc, '//span[@id="ctl00_ContentPlaceHolder1_lblDate"]')[0]
        assert shown in (f"Posted: {quay._asp_stamp(d)}", quay._asp_long(d)) and shown in page.boilerplate
        forms.add("Posted" if shown.startswith("Posted: ") else shown.split(",")[0])
        today = texts(doc, '//span[@id="ctl00_Header1_lblDate"]')[0]
        served = datetime.strptime(today.removeprefix("Today is "), "%A, %B %d, %Y")
        assert today in page.boilerplate and 0 <= (served.date() - d.date()).days <= 4
        assert texts(doc, '//span[@id="ctl00_ContentPlaceHolder1_lblTitle"]') == [page.title]
        assert not doc.xpath("//h1")
        lines = page.body.split("\n")
        assert _asp_body(page.html) == lines
        word += "MsoNormal" in page.html
        lists += "<ul>" in page.html.split('class="NewsBody">', 1)[1].split("</span><br /><br />", 1)[0]
        heads = [x for x in lines if len(x.split()) <= 6]
        assert all(f"<strong>{x}</strong>" in page.html for x in heads)
        posted = [x for x in page.boilerplate if x.startswith("Posted by ")]
        comments += bool(posted)
        assert posted or "No comments have been posted yet. Be the first!" in page.boilerplate
        assert "Print This Article | E-mail to a Friend | Bookmark" in page.boilerplate
    assert "Posted" in forms and forms - {"Posted"} <= set(quay.EN_DAYS) and len(forms) > 1  # both forms
    assert 0 < word < len(family(pages, "aspnet-city-portal")) and comments and lists
