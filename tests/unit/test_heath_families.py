"""The families of pipeline.synth.heath_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
import urllib.request
from datetime import UTC, date, datetime
from urllib.parse import unquote

import lxml.html
import pytest

from pipeline.synth import heath_families as heath
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import MONTHS, SynthPage, serve_pages
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
    return list(split_pages("heath"))


def _lines(container: lxml.html.HtmlElement, tags: tuple[str, ...]) -> list[str]:
    """The text of the container's children with `tags`, a list's items one by one, a table's rows one
    by one (the cells joined by spaces)."""
    out: list[str] = []
    for el in container:
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag == "table":
            out += [" ".join(norm_ws(cell.text_content()) for cell in tr) for tr in el.iter("tr")]
        elif el.tag in tags:
            out.append(norm_ws(el.text_content()))
    return out


def _neither(page: SynthPage, text: str) -> None:
    """`text` (a standfirst, a summary box) is neither body nor boilerplate."""
    assert text not in page.body
    assert not any(text in x or x in text for x in page.boilerplate)


def _en_date(d: datetime) -> str:
    return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    """No boilerplate snippet is in the body, not even once both are lower-cased and whitespace-normalised."""
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_bg_oblasten_portal(pages: list[SynthPage]) -> None:
    styles: set[str] = set()
    forms: set[str] = set()
    quotes = lists = sources = updated = comments = 0
    for page in family(pages, "bg-oblasten-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "bg" and doc.get("lang") == "bg" and page.tz == "Europe/Sofia"
        m = re.fullmatch(r"/novini/[a-z-]+/(\d{6})-((?:%[0-9A-F]{2}|[a-z0-9-])+)|/news\.php\?id=(\d{6})&cat=\d", page.path)
        assert m, page.path
        forms.add("php" if m.group(3) else "slug")
        if m.group(2):  # the Cyrillic slug, percent-encoded in upper-case hex, is the title's
            words = "".join(ch if ch.isalnum() else " " for ch in page.title.lower()).split()
            assert unquote(m.group(2)) == "-".join(words)[:60].strip("-")
        title = doc.findtext(".//title")
        assert title == f"{page.title} - {page.publisher}" or re.fullmatch(
            rf"{re.escape(page.title)} \| Новини от \w[\w ]* \| {re.escape(page.publisher)}", title), title
        # the date: a naive microdata datePublished without seconds, the visible stamp, nothing else
        assert doc.xpath('//meta[@itemprop="datePublished"]/@content') == [f"{d:%Y-%m-%dT%H:%M}"]
        assert not doc.xpath('//time|//script[@type="application/ld+json"]|//meta[contains(@property, "time")]')
        stamp = texts(doc, '//div[@class="news-info"]/span[@class="date"]')
        assert stamp in ([f"{d:%d} {heath.BG_MONTHS[d.month - 1]} {d.year} | {d:%H:%M}"], [f"{d:%H:%M} | {d:%d.%m.%Y}"])
        updated += bool(doc.xpath('//meta[@itemprop="dateModified"]'))
        today = texts(doc, '//div[@id="topbar"]/span[@class="date"]')[0]
        assert today in page.boilerplate
        day = re.fullmatch(r"(\w+), (\d+) (\w+) (\d{4})", today)
        assert day and day.group(3) in heath.BG_MONTHS
        served = date(int(day.group(4)), heath.BG_MONTHS.index(day.group(3)) + 1, int(day.group(2)))
        assert 0 <= (served - d.date()).days <= 2 and heath.BG_WEEKDAYS[served.weekday()] == day.group(1).lower()
        # the text: the bold lead is body; "read also" lines, the ad and the source note are not
        text = doc.xpath('//div[@class="news-text"]')[0]
        lines = page.body.split("\n")
        if text.xpath("./p"):
            styles.add("p")
            items = _lines(text, ("p", "h2", "blockquote"))
            more = texts(text, './p[@class="more"]')
            note = texts(text, './p[@class="source"]')
            assert text.xpath('./p[@class="lead"]/strong') and texts(text, './p[@class="lead"]') == [lines[0]]
            quotes += len(text.xpath("./blockquote"))
            lists += bool(text.xpath("./ul"))
        else:
            styles.add("br")
            inner = lxml.html.tostring(text, encoding="unicode")
            inner = re.sub(r'<div class="reklama">.*?</div></div>', "", inner.split(">", 1)[1].rsplit("</div>", 1)[0])
            items = [norm_ws(lxml.html.fragment_fromstring(x, create_parent="div").text_content())
                     for x in re.split(r"<br\s*/?>\s*<br\s*/?>", inner)]
            items = [x for x in items if x]
            more = [x for x in items if x.startswith(tuple(heath.BG_UI["read_more"]))]
            note = texts(text, "./i")
            assert norm_ws(text.xpath("./strong")[0].text_content()) == lines[0]
            assert not text.xpath("./p")
        assert [x for x in items if x not in more and x not in note] == lines
        assert more and all(x in page.boilerplate for x in more)
        assert all(x in page.boilerplate for x in note)
        sources += bool(note)
        assert texts(text, './div[@class="reklama"]/span')[0] in page.boilerplate
        for q in text.xpath("./blockquote"):
            assert re.fullmatch(r"„.+“, (каза|заяви|подчерта|коментира|обясни) \w+ \w+, .+\.", norm_ws(q.text_content()))
        assert any(x.startswith("Автор: ") for x in page.boilerplate)
        assert any(" Снимка: " in x for x in page.boilerplate)
        found = texts(doc, '//div[@class="comment"]/p')
        assert all(x in page.boilerplate for x in found if len(x.split()) >= 4)
        comments += bool(found)
        # Bulgarian text, in Cyrillic
        assert re.search("[а-яъ]", page.body) and not re.search("[A-Za-z]", page.body)
    assert styles == {"p", "br"} and forms == {"php", "slug"}
    assert quotes and lists and sources and updated and comments


def test_bulgarian_grammar() -> None:
    assert heath._bg_latin("Жълтица") == "Zhaltitsa" and heath._bg_latin("Горно Белово") == "Gorno Belovo"
    assert heath._bg_latin("Щерево") == "Shterevo" and heath._bg_latin("Юлиево") == "Yulievo"
    assert heath._bg_in("Велово") == "във Велово" and heath._bg_in("Белово") == "в Белово"
    assert heath._bg_in("Фердинанд") == "във Фердинанд"
    new = next(a for a in heath.BG_ADJ if a[0] == "нов")
    disputed = next(a for a in heath.BG_ADJ if a[0] == "спорен")
    assert [heath._bg_adj_def(new, g) for g in "mfnp"] == ["новия", "новата", "новото", "новите"]
    assert heath._bg_adj_def(disputed, "m") == "спорния" and heath._bg_adj(disputed, "f") == "спорна"
    names = heath._bg_places()
    assert len(names) == 400 and all(lat.isascii() and heath._bg_latin(cyr) == lat for lat, cyr in names.items())
    prose = prose_for("bg", random.Random(5))
    sentences = [prose.sentence() for _ in range(400)]
    assert len(set(sentences)) > 380
    assert len({w for s in sentences for w in s.split()}) > 400
    assert all(s[0].isupper() or s[0] == "„" for s in sentences) and all(s.endswith(".") for s in sentences)
    titles = [prose.title() for _ in range(100)]
    assert len(set(titles)) > 90 and all(t[0].isupper() for t in titles)
    # a quote's speaker: a woman's surname in "-а" and her role in her gender
    for s in sentences:
        m = re.search(r"“, \w+ (\w+) (\w+), (.+)\.$", s)
        if m:
            female = m.group(1) in heath.BG_FIRST_F
            assert m.group(2).endswith("а") == female, s
            assert m.group(3) in {r[1 if female else 0] for r in heath.BG_ROLES}, s
    # the verb agrees with its subject in number
    plural = {v[1] for v in heath.BG_VERBS}
    singular = {v[0] for v in heath.BG_VERBS}
    checked = 0
    for _ in range(300):
        clause = heath.BulgarianProse(random.Random(_)).clause(time=True)
        for agent, many in heath.BG_AGENTS:
            if clause.startswith(agent + " "):
                words = set(clause.split())
                assert (words & plural) if many else (words & singular and not words & plural), clause
                checked += 1
                break
    assert checked > 200


def test_factcheck_claimreview(pages: list[SynthPage]) -> None:
    forms: set[str] = set()
    ratings: set[str] = set()
    updated = politicians = 0
    for page in family(pages, "factcheck-claimreview"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        mon = MONTHS["en"][d.month - 1][:3].lower()
        m = re.fullmatch(rf"/factchecks/{d.year}/{mon}/{d.day:02d}/[a-z0-9-]+/[a-z0-9-]+/|/fact-check/[a-z0-9-]+-\d{{5}}/",
                         page.path)
        assert m, page.path
        forms.add(page.path.split("/")[1])
        assert doc.findtext(".//title") in (f"{page.publisher} | {page.title}", f"Fact check: {page.title} | {page.publisher}")
        # the date: the ClaimReview's, with its offset; the claim's own date is earlier
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert data["@type"] == "ClaimReview" and datetime.fromisoformat(data["datePublished"]) == d
        claimed = date.fromisoformat(data["itemReviewed"]["datePublished"])
        assert claimed < d.date()
        assert texts(doc, '//span[@class="m-author__date"]') == [_en_date(d)]
        updated += bool(doc.xpath('//span[@class="m-author__updated"]'))
        assert not doc.xpath("//time|//meta[contains(@property, 'time')]")
        # the claim box: neither body nor boilerplate
        rating = texts(doc, '//span[@class="m-statement__rating"]')[0]
        assert rating == data["reviewRating"]["alternateName"]
        ratings.add(rating)
        box = texts(doc, '//div[@class="m-statement"]')[0]
        _neither(page, box)
        for part in ('//blockquote[@class="m-statement__quote"]', '//div[@class="m-statement__desc"]'):
            _neither(page, texts(doc, part)[0])
        assert texts(doc, '//div[@class="m-statement__desc"]')[0].startswith(f"stated on {_en_date(claimed)} in ")
        politicians += data["itemReviewed"]["author"]["@type"] == "Person"
        # the text: the related lines and the newsletter unit are not in it; the ruling closes it
        content = doc.xpath('//div[@class="m-textblock"]')[0]
        items = _lines(content, ("p", "h2"))
        related = texts(content, './p[@class="m-related-inline"]')
        lines = page.body.split("\n")
        assert [x for x in items if x not in related] == lines
        assert related and all(x in page.boilerplate for x in related)
        assert lines[-1].endswith(f"We rate this claim {rating}.")
        assert len([x for x in lines if len(x.split()) <= 6]) == 2
        sources = texts(doc, '//section[@class="m-sources"]//li')
        assert len(sources) == 3 and all(x in page.boilerplate for x in sources)
        assert any(x.endswith("Code of Principles.") for x in page.boilerplate)
    assert forms == {"factchecks", "fact-check"} and len(ratings) > 2 and updated and politicians


def test_met_service_newsroom(pages: list[SynthPage]) -> None:
    forms: set[str] = set()
    tables = boxes = lists = summaries = banners = 0
    for page in family(pages, "met-service-newsroom"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        us = page.tz in heath.US_TZ
        m = re.fullmatch(rf"/about-us/press-office/news/weather-and-climate/{d.year}/[a-z0-9-]+|"
                         r"/News/Article\.aspx\?NewsID=\d{4,5}&Category=Media\+Release|"
                         rf"/media-releases/{d:%Y%m%d}-[a-z0-9-]+/", page.path)
        assert m, page.path
        forms.add(page.path.split("/")[1])
        assert doc.findtext(".//title") == f"{page.title} - News releases - {page.publisher}"
        # the date: the Dublin Core meta in UTC, the visible date alone
        assert doc.xpath('//meta[@name="dcterms.issued"]/@content') == [f"{d.astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z"]
        assert not doc.xpath('//time|//script[@type="application/ld+json"]|//meta[contains(@property, "time")]')
        shown = texts(doc, '//dl[@class="news-release__meta"]/dd')[1]
        assert shown == (_en_date(d) if us else f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}")
        summary = texts(doc, '//p[@class="news-release__summary"]')
        if summary:
            summaries += 1
            _neither(page, summary[0])
        banners += bool(doc.xpath('//div[@class="warnings-banner"]'))
        # the text: the forecast link and the warning box are not in it; the table is, row by row
        content = doc.xpath('//div[contains(@class, "news-release__body")]')[0]
        items = _lines(content, ("p", "h2"))
        cta = texts(content, './p[@class="cta"]')
        assert len(cta) == 1 and cta[0] in page.boilerplate
        assert [x for x in items if x not in cta] == page.body.split("\n")
        for box in content.xpath("./aside"):
            boxes += 1
            lines = texts(box, "./h3|./p|./a")
            assert any(x.startswith("Valid from: ") for x in lines)
            body = page.body.lower()
            assert all(x in page.boilerplate for x in lines if len(x.split()) >= 4 and x.lower() not in body)
        if content.xpath("./table"):
            tables += 1
            assert "The table below shows" in page.body and len(content.xpath("./table//tr")) == 6
        lists += bool(content.xpath("./ul"))
        # the units of the service's country
        assert ("°F" in page.body) == us or "°" not in page.body
        assert ("°C" not in page.body) or not us
    assert len(forms) > 1 and forms <= {"about-us", "News", "media-releases"}
    assert tables and boxes and lists and summaries and banners


def test_discourse_community_forum(pages: list[SynthPage]) -> None:
    forms: set[str] = set()
    quoted = oneboxes = images = closed = lists = heads = replies = 0
    sign_offs: dict[tuple[str, str], set[str]] = {}
    for page in family(pages, "discourse-community-forum"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        m = re.fullmatch(r"(/forum)?/t/[a-z0-9-]+/\d+(/1)?", page.path)
        assert m, page.path
        forms.add("forum" if m.group(1) else "post" if m.group(2) else "plain")
        category = texts(doc, '//span[@class="category-name"]')[0]
        assert doc.findtext(".//title") == f"{page.title} - {category} - {page.publisher}"
        # the date: the first post's <time> in UTC, shown in UTC
        first = doc.xpath('//div[@id="post_1"]')[0]
        utc = d.astimezone(UTC)
        assert first.xpath(".//time/@datetime") == [f"{utc:%Y-%m-%dT%H:%M:%S}Z"]
        assert texts(first, ".//time") == [heath._dc_time(d)]
        assert not doc.xpath('//script[@type="application/ld+json"]|//meta[contains(@property, "time")]')
        # the first post: its text is the body, without the image's line, the onebox and the sign-off
        post = first.xpath('./div[@class="post"]')[0]
        sign = texts(post, "./p[em and normalize-space(.) = normalize-space(em)]")
        items = [x for x in _lines(post, ("p", "h2", "h3", "blockquote")) if x and x not in sign]
        assert items == page.body.split("\n")
        for x in sign:
            assert x in page.boilerplate and x.startswith("Posted by ")
            sign_offs.setdefault((page.site, texts(first, './/span[@itemprop="name"]')[0]), set()).add(x)
        for box in post.xpath('.//aside[contains(@class, "onebox")]'):
            oneboxes += 1
            assert texts(box, ".//h3")[0] in page.boilerplate
        for meta in post.xpath('.//div[@class="meta"]'):
            images += 1
            assert norm_ws(meta.text_content()) in page.boilerplate
        lists += bool(post.xpath("./ul"))
        heads += bool(post.xpath("./h2"))
        # the replies: comments, but a sentence quoted back from the post is the body's, once
        for reply in doc.xpath('//div[@itemprop="comment"]'):
            replies += 1
            own = texts(reply, './div[@class="post"]/p')
            assert own and all(x in page.boilerplate for x in own)
            for q in texts(reply, './/aside[contains(@class, "quote")]/blockquote'):
                quoted += 1
                assert q in page.repeated and q in page.body
        closed += any(x.startswith("This topic was automatically closed") for x in page.boilerplate)
        assert "Powered by Discourse, best viewed with JavaScript enabled" in page.boilerplate
    assert forms >= {"plain"} and len(forms) > 1
    assert quoted and oneboxes and images and closed and lists and heads and replies
    assert sign_offs and all(len(x) == 1 for x in sign_offs.values())


def test_bios_recur(pages: list[SynthPage]) -> None:
    check_recurring_bios(pages, {
        "factcheck-claimreview": ('//p[@class="m-bio__name"]', '//p[@class="m-bio__text"]'),
    })


def test_site_wide_boilerplate(pages: list[SynthPage]) -> None:
    names = ("bg-oblasten-portal", "factcheck-claimreview", "met-service-newsroom")
    check_site_wide_boilerplate(
        [p for p in pages if p.family in names],
        recurring={"bg-oblasten-portal": "Издател: „", "factcheck-claimreview": "We rate claims on a five-point",
                   "met-service-newsroom": "Journalists can contact the press office"},
        varying={"bg-oblasten-portal": "Етикети: ", "factcheck-claimreview": "Related fact check: ",
                 "met-service-newsroom": "This page was last updated: "},
    )


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    """Every URL form (percent-encoded slugs, query strings, upper-case paths) is served as written."""
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
