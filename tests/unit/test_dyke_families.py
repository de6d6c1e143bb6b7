"""The families of pipeline.synth.dyke_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split elsewhere)."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, datetime
from urllib.parse import unquote

import lxml.html
import pytest

from pipeline.synth import dyke_families as dyke
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import MONTHS, SynthPage
from tests.synthtruth import check_recurring_bios, family, norm_ws, render_families, texts

ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return render_families(dyke.FAMILIES)


def _items(container: lxml.html.HtmlElement, tags: tuple[str, ...]) -> list[str]:
    """The text of the container's children with `tags`, a list's items one by one."""
    out: list[str] = []
    for el in container:
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in tags:
            out.append(norm_ws(el.text_content()))
    return out


def _clock(dt: datetime, upper: bool = True) -> str:
    hour, half = dt.hour % 12 or 12, "AM" if dt.hour < 12 else "PM"
    return f"{hour}:{dt:%M} {half}" if upper else f"{hour}:{dt:%M}{half.lower()}"


def test_el_perifereiaki_wp(pages: list[SynthPage]) -> None:
    forms: set[str] = set()
    quotes = lists = bold = agency = gnews = 0
    for page in family(pages, "el-perifereiaki-wp"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "el" and doc.get("lang") == "el" and page.tz in dyke.EL_ZONES
        # the WordPress permalink: the Greek slug percent-encoded in lower-case hex, at most 200 characters
        m = re.fullmatch(r"/(\d{4}/\d{2}/\d{2}/|[a-z-]+/)?((?:%[0-9a-f]{2}|[a-z0-9-])+)/", page.path)
        assert m, page.path
        forms.add("date" if m.group(1) and m.group(1)[0].isdigit() else "cat" if m.group(1) else "name")
        slug = m.group(2)
        assert len(re.sub(r"-\d+$", "", slug)) <= 200 and "%ce" in slug
        assert page.title.lower().replace("«", "").startswith(unquote(slug).split("-")[0])
        assert doc.findtext(".//title") == f"{page.title} \u2013 {page.publisher}"
        # the dates: Yoast's in UTC, the theme's <time> with the local offset showing the date alone
        graph = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)["@graph"]
        article = next(x for x in graph if x["@type"] == "Article")
        assert article["datePublished"].endswith("+00:00")
        assert datetime.fromisoformat(article["datePublished"]) == d
        meta = doc.xpath('//meta[@property="article:published_time"]/@content')
        assert meta == [d.astimezone(UTC).isoformat(timespec="seconds")]
        time = doc.xpath("//time")
        assert len(time) == 1 and datetime.fromisoformat(time[0].get("datetime")) == d
        assert datetime.fromisoformat(time[0].get("datetime")).utcoffset() == d.utcoffset()
        assert time[0].text == f"{d:%d/%m/%Y}"
        # the header's date: the day the page was served, not the day it was published
        served = texts(doc, '//div[@class="td_data_time"]')[0]
        weekday, day, month, year = served.replace(",", "").split()
        on = datetime(int(year), dyke.EL_MONTHS.index(month) + 1, int(day)).date()
        assert served in page.boilerplate and 0 <= (on - d.date()).days <= 2
        assert weekday == dyke.EL_WEEKDAYS[on.weekday()]
        # the text: the lines in the content <div>, but for the read-also, Google News and agency lines
        content = doc.xpath('//div[@class="td-post-content tagdiv-type"]')[0]
        items = _items(content, ("p", "h3", "blockquote"))
        read = dyke.EL_UI["read_more"]
        notes = [x for x in items if x.startswith(read) or "Google News" in x or x == dyke.EL_AGENCY]
        assert [x for x in items if x not in notes] == page.body.split("\n")
        assert notes and all(x in page.boilerplate and x not in page.body for x in notes)
        gnews += any("Google News" in x for x in notes)
        agency += dyke.EL_AGENCY in notes
        bold += bool(content.xpath("./p[1]/strong")) and texts(content, "./p[1]")[0] == page.body.split("\n")[0]
        quotes += bool(content.xpath("./blockquote"))
        lists += bool(content.xpath("./ul"))
        assert any(x.startswith(read) for x in page.boilerplate)
        caption = texts(doc, '//figcaption[@class="wp-caption-text"]')
        assert len(caption) == 1 and caption[0] in page.boilerplate
        assert any(x.startswith("Αριθμός Πιστοποίησης Μ.Η.Τ.") for x in page.boilerplate)
        assert any(x.startswith("ΕΤΙΚΕΤΕΣ ") for x in page.boilerplate)
        # Greek text, the brand in Latin letters, its place in Greek letters in the text's places
        assert re.search("[α-ω]{4}", page.body) and not re.search("[a-z]{4}", page.body)
        assert page.publisher.isascii() and page.site.isascii()
    assert len(forms) > 1 and quotes and lists and bold and agency and gnews


def test_greek_grammar() -> None:
    assert dyke._el_acc("m", "δρόμο") == "τον δρόμο"
    assert dyke._el_acc("f", "μελέτη") == "τη μελέτη" and dyke._el_acc("f", "ανάπλαση") == "την ανάπλαση"
    assert dyke._el_acc("f", "πλατεία") == "την πλατεία" and dyke._el_acc("f", "μπλε γέφυρα") == "την μπλε γέφυρα"
    assert dyke._el_acc("n", "έργο") == "το έργο"
    assert [dyke._el_adj(("νέος", "νέα"), g) for g in "mfn"] == ["νέο", "νέα", "νέο"]
    assert dyke._el_greek("Belada") == "Μπελάδα" and dyke._el_greek("Ano Kelmorpoli") == "Άνω Κελμόρπολη"
    assert dyke._el_gen("Νέα Μπελάδα") == "Νέας Μπελάδας" and dyke._el_in("Γιλάδα") == "στη Γιλάδα"
    assert dyke._el_latin("Τοπικά") == "topika" and dyke._el_slug("Όροι χρήσης") == "oroi-chrisis"
    assert dyke._wp_slug("Νέο γήπεδο: «Ναι»") == "%ce%bd%ce%ad%ce%bf-%ce%b3%ce%ae%cf%80%ce%b5%ce%b4%ce%bf-%ce%bd%ce%b1%ce%b9"
    long = dyke._wp_slug("Ο Δήμος Μπελάδας ενέκρινε τον νέο προϋπολογισμό για το κολυμβητήριο")
    assert len(long) <= 200 and re.fullmatch(r"(?:%[0-9a-f]{2}|[a-z0-9-])+", long) and not long.endswith("-")
    prose = prose_for("el", random.Random(5))
    sentences = [prose.sentence() for _ in range(400)]
    assert len(set(sentences)) > 380
    assert len({w for s in sentences for w in s.split()}) > 400
    titles = [prose.title() for _ in range(100)]
    assert len(set(titles)) > 90
    assert all(s[0].isupper() or s[0] == "«" for s in sentences) and all(s.endswith(".") for s in sentences)
    # "την" keeps its "ν" before a vowel and κ π τ ξ ψ (μπ ντ γκ τσ τζ), "τη" drops it elsewhere
    for s in sentences + titles:
        for art, word in re.findall(r"\b(τη|την|στη|στην) (\w+)", s):
            assert art.endswith("ν") == dyke._el_keeps_n(word), s


def test_legal_docket_wire(pages: list[SynthPage]) -> None:
    quotes = updates = related = 0
    kinds: set[str] = set()
    for page in family(pages, "legal-docket-wire"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/[a-z-]+/articles/\d{7}/[a-z0-9-]+", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        # Title Case headlines
        assert all(next(ch for ch in w if ch.isalpha()).isupper() for w in page.title.split()
                   if not w[0].isdigit() and any(ch.isalpha() for ch in w)), page.title
        kinds.add(page.title.split()[1])
        # the date: only the dateline that opens the first paragraph (body)
        assert not doc.xpath('//time|//meta[contains(@property, "time")]|//script[@type="application/ld+json"]')
        lines = page.body.split("\n")
        stamp = f"({MONTHS['en'][d.month - 1]} {d.day}, {d.year}, {_clock(d)} {d.tzname()}) -- "
        assert lines[0].startswith(page.publisher) and stamp in lines[0]
        assert re.fullmatch(rf"{re.escape(page.publisher)}(, [A-Z][\w. ']+)? {re.escape(stamp)}.+", lines[0])
        body = doc.xpath('//div[@id="article-body"]')[0]
        notes = texts(body, "./p[em and not(text())]")
        items = [x for x in _items(body, ("p", "h2", "blockquote")) if x not in notes]
        assert items == lines
        assert notes and all(x in page.boilerplate and x not in page.body for x in notes)
        assert notes[0].startswith("--") and "Editing by" in notes[0]
        updates += any(x.startswith("Update: This story has been updated") for x in notes)
        quotes += bool(body.xpath("./blockquote"))
        related += bool(body.xpath('./aside[@class="inline-related"]'))
        # the closing case line is body, its caption in italics; the case box is boilerplate
        case = [p for p in body.xpath("./p") if norm_ws(p.text_content()) == lines[-1]]
        caption = texts(case[0], "./em")
        assert len(case) == 1 and len(caption) == 1
        assert lines[-1].startswith(f"The case is {caption[0]}, case number ")
        box = dict(zip(texts(doc, '//aside[@class="case-info"]//dt'), texts(doc, '//aside[@class="case-info"]//dd'),
                       strict=True))
        assert box["Case Title"] == caption[0] and f"Case Title {caption[0]}" in page.boilerplate
        assert f"Date Filed {box['Date Filed']}" in page.boilerplate
        filed = datetime.strptime(box["Date Filed"], "%B %d, %Y").date()
        assert filed <= d.date()
        assert f"For a reprint of this article, please contact reprints@{page.site}." in page.boilerplate
        assert any(x.startswith("Law Firms ") for x in page.boilerplate)
    assert quotes and updates and related and len(kinds) > 3
    for site in {p.site for p in family(pages, "legal-docket-wire")}:  # the site's own headlines, all different
        titles = [p.title for p in pages if p.site == site]
        assert len(set(titles)) == len(titles)


def test_agri_weekly_markets(pages: list[SynthPage]) -> None:
    tables = facts = lists = updated = 0
    for page in family(pages, "agri-weekly-markets"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/story/\d{7}/[a-z0-9-]+/", page.path)
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        # the date: Parse.ly's pub_date in UTC, the visible local date
        assert not doc.xpath('//time|//meta[contains(@property, "time")]|//script[@type="application/ld+json"]')
        parsely = json.loads(doc.xpath('//meta[@name="parsely-page"]/@content')[0])
        assert parsely["pub_date"] == d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        shown = texts(doc, '//div[@class="byline"]/span[@class="date"]')[0]
        first = f"{MONTHS['en'][d.month - 1]} {d.day} {d.year} - {_clock(d, upper=False)}"
        assert shown == first or (shown.startswith("Updated ") and shown.endswith(
            (f", first published {first}", f", first published {_clock(d, upper=False)}")))
        assert shown in page.boilerplate
        updated += shown.startswith("Updated ")
        # the standfirst: neither body nor boilerplate
        dek = texts(doc, '//p[@class="standfirst"]')
        assert len(dek) == 1 and dek[0] not in page.body
        assert not any(dek[0] in x or x in dek[0] for x in page.boilerplate)
        # the text: paragraphs, a list's items, a table's rows, the farm facts' items (not their label)
        story = doc.xpath('//div[@class="story-body"]')[0]
        lines: list[str] = []
        for el in story:
            if el.tag == "p" and el.get("class") != "read-more":
                lines.append(norm_ws(el.text_content()))
            elif el.tag == "ul":
                lines += [norm_ws(li.text_content()) for li in el]
                lists += 1
            elif el.tag == "figure":
                lines += [" ".join(norm_ws(cell.text_content()) for cell in row) for row in el.iter("tr")]
                tables += 1
            elif el.get("class") == "farm-facts":
                assert texts(el, "./h4") == ["Farm facts"]
                lines += texts(el, ".//li")
                facts += 1
        assert lines == page.body.split("\n")
        assert "Farm facts" not in page.body and "Farm facts" not in page.boilerplate
        more = texts(story, './p[@class="read-more"]')
        assert more and all(x.startswith("Read more: ") and x in page.boilerplate for x in more)
        assert "Prices delayed by at least 10 minutes" in page.boilerplate
        assert any(x.startswith("Get the latest ") and x.endswith("Sign up to our free newsletter.")
                   for x in page.boilerplate)
        caption = texts(doc, "//figure[@class='lead-image']/figcaption")[0]
        assert caption in page.boilerplate and "Picture" in caption
    assert tables and facts and lists and updated


def test_radio_station_news(pages: list[SynthPage]) -> None:
    audio = photos = wires = reads = clips = 0
    players: set[str] = set()
    for page in family(pages, "radio-station-news"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/[a-z0-9-]+/news/[a-z0-9-]+-1\.\d{8}\?mode=Article", page.path)
        assert doc.xpath('//link[@rel="canonical"]/@href') == [page.url.split("?")[0]]
        assert doc.findtext(".//title") == f"{page.title} | News | {page.publisher}"
        # the date: a naive <time> around the visible "Posted ..."
        assert not doc.xpath('//meta[contains(@property, "time")]|//script[@type="application/ld+json"]')
        time = doc.xpath("//time")
        assert len(time) == 1 and time[0].get("datetime") == d.replace(tzinfo=None).isoformat(timespec="seconds")
        posted = norm_ws(time[0].text_content())
        assert posted == f"Posted {dyke._rd_stamp(d, page.tz.startswith('America/'))}" and posted in page.boilerplate
        assert posted.split()[1].rstrip(",") == ENGLISH_DAYS[d.weekday()]
        # the text: <p> and <h2>, but for the READ MORE lines and the closing credit
        body = doc.xpath('//div[@class="article-body"]')[0]
        items = _items(body, ("p", "h2"))
        notes = [x for x in items if x.startswith("READ MORE: ") or x.startswith("-- With files from ")]
        assert [x for x in items if x not in notes] == page.body.split("\n")
        assert all(x in page.boilerplate and x not in page.body for x in notes)
        wires += any(x.startswith("-- With files from ") for x in notes)
        reads += any(x.startswith("READ MORE: ") for x in notes)
        labels = texts(doc, '//div[contains(@class, "audio-player")]/span[@class="label"]')
        assert all(x in page.boilerplate for x in labels)
        audio += bool(doc.xpath('//div[contains(@class, "lead-audio")]'))
        clips += bool(body.xpath('./div[contains(@class, "inline-audio")]'))
        photos += bool(doc.xpath('//figure[@class="lead-image"]'))
        now = texts(doc, '//div[@id="player-bar"]/span[@class="now"]')[0]
        assert now in page.boilerplate
        players.add(now.split(":")[0])
        assert any(x.startswith("Have a news tip? Call the ") for x in page.boilerplate)
    assert audio and photos and wires and reads and clips and players == {"Now Playing", "On Air"}


def test_recurring_bios(pages: list[SynthPage]) -> None:
    check_recurring_bios(pages, {
        "el-perifereiaki-wp": ('//div[@class="td-author-name vcard author"]//a',
                               '//div[@class="td-author-description"]'),
        "agri-weekly-markets": ('//div[@class="author-card"]/h4', '//div[@class="author-card"]/p'),
    })

