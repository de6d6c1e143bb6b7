"""The families of pipeline.synth.byre_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split elsewhere)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth import byre_families
from pipeline.synth.publishers import SynthPage
from tests.synthtruth import family, heads, norm_ws, render_families, texts

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return render_families(byre_families.FAMILIES)


def test_nb_lokalavis_amedia(pages: list[SynthPage]) -> None:
    facts = updated = 0
    for page in family(pages, "nb-lokalavis-amedia"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "nb" and doc.get("lang") == "nb-NO"
        assert re.fullmatch(r"/[a-z0-9-]+/i/[A-Za-z0-9]{6}/[a-z0-9-]+", page.path)
        assert doc.findtext(".//title") == f"{page.title} – {page.publisher}"
        # the date: <time datetime> in UTC with milliseconds, the visible local "Publisert"
        assert not doc.xpath('//script[@type="application/ld+json"]|//meta[contains(@property, "time")]')
        utc = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        assert doc.xpath("//time/@datetime") == [utc]
        month = byre_families.NB_MONTHS[d.month - 1]
        assert texts(doc, "//time") == [f"Publisert {d.day}. {month} {d.year}, kl. {d:%H.%M}"]
        updated += bool(doc.xpath('//span[@class="updated"]'))
        lines = page.body.split("\n")
        assert texts(doc, '//p[@class="article-lead"]') == [lines[0]]
        body = doc.xpath('//div[@class="article-body"]')[0]
        items: list[str] = []
        for el in body:
            if el.tag in ("p", "h2"):
                items.append(norm_ws(el.text_content()))
            elif el.tag == "ul":
                items += [norm_ws(li.text_content()) for li in el]
        assert [x for x in items if x in lines] == lines[1:]
        extra = [x for x in items if x not in lines]
        assert extra and all(x in page.boilerplate and x.startswith(("LES", "Les")) for x in extra)
        assert all(x in heads(page) for x in texts(body, "./h2"))  # the mellomtitler: short lines of the body
        if byre_families.NB_FACTS in lines:
            facts += 1
            k = lines.index(byre_families.NB_FACTS)
            listed = texts(body, './ul[@class="facts"]/li')
            assert lines[k + 1 : k + 1 + len(listed)] == listed and len(listed) >= 2
        # the captions and credits, the ad label's line, the tips box, the footer's notices
        for fig in doc.xpath("//figcaption"):
            credit = texts(fig, './span[@class="credit"]')[0]
            assert credit.startswith("Foto: ")
            assert norm_ws(fig.text_content()).removesuffix(f" {credit}") in page.boilerplate
            assert credit in page.boilerplate or len(credit.split()) < 4
        assert "Artikkelen fortsetter under annonsen" in page.boilerplate
        assert texts(body, './aside[@class="tips-box"]')[0] in page.boilerplate
        assert any("Vær Varsom-plakatens regler" in x for x in page.boilerplate)
    assert facts and updated


def test_police_blotter_hyperlocal(pages: list[SynthPage]) -> None:
    for page in family(pages, "police-blotter-hyperlocal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/[a-z0-9-]+/[a-z0-9-]+", page.path)
        assert page.title.endswith(" Police Blotter")
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        # the date alone, only in the visible text
        assert not doc.xpath('//script[@type="application/ld+json"]|//time|//meta[contains(@property, "time")]')
        posted = texts(doc, '//span[@class="posted"]')
        hour = d.hour % 12 or 12
        stamp = f"Posted {d:%a}, {d:%b} {d.day}, {d.year} at {hour}:{d:%M} {'am' if d.hour < 12 else 'pm'} "
        assert len(posted) == 1 and posted[0].startswith(stamp) and posted[0] in page.boilerplate
        zone = {"America/New_York": "ET", "America/Chicago": "CT"}.get(page.tz)
        if zone:
            assert posted[0].endswith(f" {zone}")
        # the intro, the day headings and the items are the body, in order; the boxes between are not
        body = doc.xpath('//div[@class="story-body"]')[0]
        items = [norm_ws(el.text_content()) for el in body if el.tag in ("p", "h3")]
        lines = page.body.split("\n")
        assert items == lines
        assert "presumed innocent until proven guilty" in lines[0]
        days = texts(body, "./h3")
        assert days == heads(page) and days
        for day in days:
            weekday, rest = day.split(", ")
            when = datetime.strptime(f"{rest} {d.year}", "%B %d %Y").date()
            assert when < d.date() and f"{when:%A}" == weekday
        for el in body.xpath('./p[@class="blotter-item"]'):
            lead = norm_ws(el.findtext("strong"))
            assert re.fullmatch(r"\d{1,2}:\d\d [ap]\.m\., .+:", lead)
            assert norm_ws(el.text_content()) in lines
        assert 7 <= len(body.xpath('./p[@class="blotter-item"]')) <= 12
        boxes = [norm_ws(el.text_content()) for el in body.xpath("./div")]
        assert any(x.startswith("Find out what's happening in ") for x in boxes)
        assert any(x.startswith("Find out what's happening in ") for x in page.boilerplate)
        assert "Get more local news delivered straight to your inbox." in page.boilerplate
        assert "The rules of replying:" in page.boilerplate


def test_preps_boxscore_recap(pages: list[SynthPage]) -> None:
    for page in family(pages, "preps-boxscore-recap"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/[a-z]+/basketball/[a-z0-9-]+-\d{7}", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])
        assert data["datePublished"] == d.isoformat(timespec="seconds")
        assert data["dateModified"] > data["datePublished"]
        hour = d.hour % 12 or 12
        assert texts(doc, '//span[@class="date"]') == [
            f"{d:%b} {d.day}, {d.year} {hour}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"
        ]
        # the recap's paragraphs are the body; the MORE: and VOTE: lines among them are not
        body = doc.xpath('//div[@class="story-body"]')[0]
        paras = texts(body, "./p")
        lines = page.body.split("\n")
        assert [x for x in paras if x in lines] == lines and not heads(page)
        extra = [x for x in paras if x not in lines]
        assert extra and all(x in page.boilerplate and x.startswith(("MORE: ", "VOTE: ")) for x in extra)
        # the box score: its scores agree with the headline and the text, and none of it is body
        score = re.search(r" (\d+)-(\d+)(?: |$)", page.title)
        assert score and f"{score[1]}-{score[2]}" in lines[0]
        rows = [[norm_ws(td.text_content()) for td in tr.xpath("./td")]
                for tr in doc.xpath('//table[@class="linescore"]/tbody/tr')]
        assert len(rows) == 2 and all(len(r) == 6 for r in rows)
        totals = sorted(int(r[-1]) for r in rows)
        assert totals == sorted((int(score[1]), int(score[2]))) and totals[0] < totals[1]
        assert all(sum(map(int, r[1:5])) == int(r[5]) for r in rows)
        assert "Team 1 2 3 4 T" in page.boilerplate and all(" ".join(r) in page.boilerplate for r in rows)
        for table in doc.xpath('//table[@class="player-stats"]'):
            players = [[norm_ws(td.text_content()) for td in tr.xpath("./td")] for tr in table.xpath("./tbody/tr")]
            *each, total = players
            assert total[0] == "Totals" and sum(int(p[1]) for p in each) == int(total[1])
            assert int(total[1]) in totals
            assert all(" ".join(p) in page.boilerplate and " ".join(p) not in page.body for p in players)
        game = texts(doc, '//p[@class="game-info"]')[0]
        assert game in page.boilerplate
        weekday, month_day = game.split(" at ")[0].split(", ")
        month, day = month_day.split()
        played = datetime(d.year, MONTHS_EN.index(month) + 1, int(day)).date()
        assert played <= d.date() and f"{played:%A}" == weekday and f"on {weekday} night" in lines[0]
        assert all(x.startswith("FINAL ") for x in texts(doc, '//div[@class="scoreboard-ticker"]//li'))


def test_blox_weekly_column(pages: list[SynthPage]) -> None:
    signoffs: dict[tuple[str, str], set[str]] = {}
    updated = quoted = 0
    for page in family(pages, "blox-weekly-column"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/opinion/columns/[a-z0-9-]+/article_[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\.html",
                            page.path)
        assert doc.findtext(".//title") == f"{page.title} | Columnists | {page.site}"
        assert doc.xpath("//time/@datetime") == [d.isoformat(timespec="seconds")]
        assert texts(doc, "//time") == [f"{d:%b} {d.day}, {d.year}"]
        updated += bool(doc.xpath('//span[@class="updated"]'))
        byline = texts(doc, '//span[@class="tnt-byline"]')[0]
        author = byline.removeprefix("By ").removesuffix(" Columnist")
        # the text: paragraphs and the reader's letter, then the sign-off (body), then the tagline
        body = doc.xpath('//div[@id="article-body"]')[0]
        assert not body.xpath(".//h2|.//h3") and not heads(page)
        items = [norm_ws(el.text_content()) for el in body if el.tag in ("p", "blockquote")]
        lines = page.body.split("\n")
        assert items[:-1] == lines
        tagline = items[-1]
        assert body.xpath("./p[last()]/em") and tagline in page.boilerplate
        assert tagline.startswith(f"{author} writes a weekly column for {page.publisher}. Email ")
        assert lines[-1] in byre_families.BX_SIGNOFFS and lines[-1] not in page.boilerplate
        signoffs.setdefault((page.site, author), set()).add(lines[-1])
        assert any(lines[0].startswith(x.split("{")[0]) for x in byre_families.BX_OPENERS)
        quotes = texts(body, "./blockquote")
        quoted += bool(quotes)
        assert all(q in lines[1:-1] for q in quotes)
        # the photograph's caption, "Buy Now" and credit, the newsletter box amid the text
        cap = texts(body, './/div[@class="caption-text"]')[0]
        credit = texts(body, './/div[@class="credit"]')[0]
        assert cap in page.boilerplate and f"Buy Now {credit}" in page.boilerplate
        assert "Sign up for our Opinion newsletter" in page.boilerplate
        assert "Powered by BLOX Content Management System from TownNews.com." in page.boilerplate
        assert "PLEASE TURN OFF YOUR CAPS LOCK." in page.boilerplate
    # one sign-off per columnist, and some columnist seen on more than one page
    assert all(len(v) == 1 for v in signoffs.values())
    assert updated and quoted
