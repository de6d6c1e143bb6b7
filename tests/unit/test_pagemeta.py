"""Page metadata on varied templates: titles without the site's affix, dates with the right offset."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from lxml import html as lxml_html

from pipeline.extract.metadata import page_metadata, parse_date, parse_time

URL = "https://pinevalleypost.example/2026/03/reservoir"
HEADLINE = "Reservoir reaches record level after wet winter"
BODY = "<p>The reservoir was 96 per cent full on Tuesday, the highest level for twelve years.</p>"


def page(head: str = "", body: str = "", ld: object | None = None) -> lxml_html.HtmlElement:
    """A parsed page from pieces of head and body (and a JSON-LD object)."""
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else ""
    return lxml_html.fromstring(f"<html><head>{head}{script}</head><body>{body}{BODY}</body></html>")


def title_of(title: str, h1: str | None = None, head: str = "", url: str | None = URL) -> str | None:
    """The title page_metadata gives for a <title>, an optional h1 and more head tags."""
    body = f"<h1>{h1}</h1>" if h1 else ""
    return page_metadata(page(f"<title>{title}</title>{head}", body), url).title


@pytest.mark.parametrize("title", [
    f"{HEADLINE} | Pine Valley Post", f"{HEADLINE} - Pine Valley Post", f"{HEADLINE} – Pine Valley Post",
    f"{HEADLINE} — Pine Valley Post", f"Pine Valley Post :: {HEADLINE}", f"Pine Valley Post » {HEADLINE}",
    f"{HEADLINE} · Pine Valley Post", f"Pine Valley Post: {HEADLINE}", f"{HEADLINE} | PVP", f"{HEADLINE}|PVP",
    f"PVP - {HEADLINE}", f"{HEADLINE} | pinevalleypost.example", f"{HEADLINE} | The Pine Valley Post",
    f"{HEADLINE} | Pine Valley Post - Local news for the valley",
    f"Pine Valley Post :: {HEADLINE} | Pine Valley Post"])
def test_affix_from_the_host_name_goes_in_every_style_without_h1(title: str) -> None:
    """With no h1 and no site name in the metadata, the host's words or initials identify the affix."""
    assert title_of(title) == HEADLINE


@pytest.mark.parametrize("title", [f"{HEADLINE} | Harbour Times", f"Harbour Times :: {HEADLINE}",
                                   f"{HEADLINE} - HT"])
def test_affix_from_og_site_name(title: str) -> None:
    """og:site_name (or its initials) names the affix when the host says nothing."""
    head = '<meta property="og:site_name" content="Harbour Times">'
    assert title_of(title, head=head, url="http://127.0.0.1:8080/a") == HEADLINE


def test_affix_from_json_ld_publisher_and_home_link() -> None:
    """The JSON-LD publisher's name, or the text of the logo's link to the front page, names the affix."""
    ld = {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Quarry Courier"}}
    tree = page(f"<title>{HEADLINE} ~ Quarry Courier</title>", ld=ld)
    assert page_metadata(tree, "http://127.0.0.1/a").title == HEADLINE
    tree = page(f"<title>Fenwick Daily / {HEADLINE}</title>", '<a href="/"><img alt="Fenwick Daily"></a>')
    assert page_metadata(tree, "http://127.0.0.1/a").title == HEADLINE


@pytest.mark.parametrize("title", [f"{HEADLINE} | Anything At All", f"Anything At All :: {HEADLINE}",
                                   f"{HEADLINE} | Politics | Anything At All"])
def test_h1_equal_to_a_side_of_the_title_is_preferred(title: str) -> None:
    """With no site name anywhere, the side of <title> that the h1 gives alone is the headline."""
    assert title_of(title, HEADLINE, url="http://127.0.0.1/a") == HEADLINE


def test_logo_h1_is_not_the_headline() -> None:
    """An h1 that links to the front page is the logo; the title's other side is the headline."""
    tree = page(f"<title>{HEADLINE} | Brackwater Echo</title>",
                f'<h1><a href="/">Brackwater Echo</a></h1><h2>{HEADLINE}</h2>')
    meta = page_metadata(tree, "http://127.0.0.1/a")
    assert meta.title == HEADLINE


def test_og_title_with_and_without_affix() -> None:
    """A clean og:title is kept as it is; one with the affix loses it; the source stays "page"."""
    clean = f'<meta property="og:title" content="{HEADLINE}">'
    meta = page_metadata(page(f"<title>PVP | Other words</title>{clean}"), URL)
    assert (meta.title, meta.sources["title"]) == (HEADLINE, "page")
    affixed = f'<meta property="og:title" content="{HEADLINE} | Pine Valley Post">'
    assert title_of(HEADLINE, head=affixed) == HEADLINE
    assert title_of(f"{HEADLINE} | Somewhere", HEADLINE, f'<meta property="og:title" content="{HEADLINE} | Somewhere">',
                    url=None) == HEADLINE


@pytest.mark.parametrize("headline", ["Brexit: what happens next", "Storm Ciara - what we know so far",
                                      "Floods | the week in pictures", "NHS: waiting lists grow again"])
def test_headline_with_colon_or_dash_and_no_site_name_stays_whole(headline: str) -> None:
    """A real headline with a separator in it is not cut when nothing on the page names a site."""
    assert title_of(headline, url="https://www.northernherald.example/x") == headline
    assert title_of(headline, headline) == headline


def test_headline_starting_with_a_place_in_the_site_name_stays_whole() -> None:
    """Only an exact name cuts at a colon: "Pine Valley: ..." is a headline on the Pine Valley Post."""
    assert title_of("Pine Valley: flood warning issued for the weekend") == (
        "Pine Valley: flood warning issued for the weekend")


def test_json_ld_headline_and_sources_order() -> None:
    """Without og:title the JSON-LD headline comes next, then the h1, then <title>."""
    tree = page(f"<title>{HEADLINE} | Pine Valley Post</title>", f"<h1>{HEADLINE}</h1>",
                ld={"@type": "NewsArticle", "headline": HEADLINE})
    meta = page_metadata(tree, URL)
    assert (meta.title, meta.sources["title"]) == (HEADLINE, "json-ld")
    meta = page_metadata(page(f"<title>{HEADLINE} | Pine Valley Post</title>", f"<h1>{HEADLINE}</h1>"), URL)
    assert (meta.title, meta.sources["title"]) == (HEADLINE, "markup")


def test_empty_and_site_only_titles_fall_back() -> None:
    """An empty <title> gives None; a title that is only the site name yields to the h1."""
    assert page_metadata(page("<title>  </title>"), URL).title is None
    assert title_of("Pine Valley Post", HEADLINE) == HEADLINE
    assert page_metadata(page(), None).title is None


# --- dates

LOCAL = timezone(timedelta(hours=2))


def published(head: str = "", body: str = "", ld: object | None = None,
              feed: datetime | None = None) -> tuple[datetime | None, str | None]:
    """published_at and its source for a page."""
    meta = page_metadata(page(head, body, ld), URL, feed_published=feed)
    return meta.published_at, meta.sources.get("published_at")


def test_json_ld_with_offset_wins_over_htmldate() -> None:
    """JSON-LD datePublished keeps its offset, although a text date is also on the page."""
    when, source = published(body="<p>Published 1 January 2025</p>",
                             ld={"@type": "NewsArticle", "datePublished": "2026-03-09T14:05:00+02:00"})
    assert (when, source) == (datetime(2026, 3, 9, 14, 5, tzinfo=LOCAL), "json-ld")
    assert when is not None and when.utcoffset() == timedelta(hours=2)


def test_aware_time_element_beats_naive_json_ld() -> None:
    """An aware <time datetime> is read before a naive JSON-LD time."""
    when, source = published(body='<time datetime="2026-03-09T14:05:00+02:00">9 March</time>',
                             ld={"@type": "NewsArticle", "datePublished": "2026-03-09T14:05:00"})
    assert (when, source) == (datetime(2026, 3, 9, 12, 5, tzinfo=UTC), "markup")


def test_naive_time_takes_the_offset_of_date_modified() -> None:
    """A naive <time> is read with the offset the page's dateModified carries."""
    meta = page_metadata(page(body='<time itemprop="datePublished" datetime="2026-03-09T14:05">x</time>',
                              ld={"@type": "NewsArticle", "dateModified": "2026-03-09T16:00:00+02:00"}), URL)
    assert meta.published_at == datetime(2026, 3, 9, 14, 5, tzinfo=LOCAL)
    assert (meta.sources["published_at"], meta.sources["published_offset"]) == ("markup", "page")
    assert meta.modified_at == datetime(2026, 3, 9, 16, 0, tzinfo=LOCAL)


def test_naive_time_takes_the_offset_of_og_updated_time() -> None:
    """A naive article:published_time is read with og:updated_time's offset."""
    head = ('<meta property="article:published_time" content="2026-03-09T14:05:00">'
            '<meta property="og:updated_time" content="2026-03-10T08:00:00-05:00">')
    assert published(head) == (datetime(2026, 3, 9, 14, 5, tzinfo=timezone(timedelta(hours=-5))), "page")


def test_naive_time_and_the_feed_give_the_offset() -> None:
    """Page 14:05 local, feed 12:05Z: the page is at +02:00."""
    meta = page_metadata(page(ld={"@type": "NewsArticle", "datePublished": "2026-03-09T14:05:00"}), URL,
                         feed_published=datetime(2026, 3, 9, 12, 5, tzinfo=UTC))
    assert meta.published_at == datetime(2026, 3, 9, 14, 5, tzinfo=LOCAL)
    assert meta.published_at is not None and meta.published_at.utcoffset() == timedelta(hours=2)
    assert (meta.sources["published_at"], meta.sources["published_offset"]) == ("json-ld", "feed")


def test_naive_time_and_a_quarter_hour_offset() -> None:
    """Kathmandu's +05:45 is found from the feed, seconds missing from the page allowed for."""
    when, _ = published('<meta property="article:published_time" content="2026-03-09 17:50">',
                        feed=datetime(2026, 3, 9, 12, 5, 20, tzinfo=UTC))
    assert when == datetime(2026, 3, 9, 17, 50, tzinfo=timezone(timedelta(hours=5, minutes=45)))


def test_naive_time_the_feed_cannot_place_yields_to_the_feed() -> None:
    """A naive time that no whole offset joins to the feed's: the feed's time is used."""
    feed = datetime(2026, 3, 9, 12, 7, 31, tzinfo=UTC)
    assert published(ld={"@type": "Article", "datePublished": "2026-03-09T14:05:00"}, feed=feed) == (feed, "feed")


def test_naive_time_with_nothing_is_recorded_as_page_naive() -> None:
    """With no offset anywhere and no feed time, the naive time is kept as UTC and marked."""
    assert published(body='<time datetime="2026-03-09T14:05">9 March</time>') == (
        datetime(2026, 3, 9, 14, 5, tzinfo=UTC), "page-naive")


def test_day_only_dates_take_the_feed_time_on_the_same_day() -> None:
    """A day-precision date gives way to the feed's time on that local day, not on another day."""
    feed = datetime(2026, 3, 9, 22, 30, tzinfo=UTC)  # 10 March in Auckland
    body = "<p>Published 10 March 2026</p>"
    assert published(ld={"@type": "Article", "datePublished": "2026-03-10"}, feed=feed) == (feed, "feed")
    assert published(body='<p class="date">2026-03-10</p>' + body, feed=feed) == (feed, "feed")
    far = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)
    assert published(ld={"@type": "Article", "datePublished": "2026-03-10"}, feed=far) == (
        datetime(2026, 3, 10, tzinfo=UTC), "json-ld")


def test_day_only_date_read_with_day_and_month_swapped_takes_the_feed_time() -> None:
    """A US-style text date (01/09 = 9 January) read as 1 September still gives way to the feed's time that day."""
    feed = datetime(2026, 1, 10, 0, 13, tzinfo=UTC)  # 9 January, 18:13 in Chicago
    assert published(body="<p>Published 01/09/2026 06:13 PM CST</p>", feed=feed) == (feed, "feed")


def test_bad_inputs_give_none_not_exceptions() -> None:
    """Garbage JSON-LD, invalid dates and odd values give None or the next source."""
    tree = lxml_html.fromstring(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
        '<script type="application/ld+json">[1, "x", {"@graph": 3}]</script>'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": ["a"], '
        '"datePublished": "2026-02-30T10:00:00+01:00", "dateModified": {"x": 1}}</script>'
        '<meta property="article:published_time" content="yesterday">'
        f"<title></title></head><body><time datetime='2026-13-45T99:00'>x</time>{BODY}</body></html>")
    meta = page_metadata(tree, "not a url", feed_published=datetime(2026, 3, 9, 12, 0))
    assert meta.title is None and meta.modified_at is None
    assert meta.published_at in (None, datetime(2026, 3, 9, 12, 0, tzinfo=UTC))


def test_parse_date_stays_aware() -> None:
    """parse_date gives aware datetimes (UTC for naive input); parse_time keeps naive ones naive."""
    assert parse_date("2026-03-09T14:05:00+02:00") == datetime(2026, 3, 9, 14, 5, tzinfo=LOCAL)
    assert parse_date("2026-03-09T14:05:00") == datetime(2026, 3, 9, 14, 5, tzinfo=UTC)
    assert parse_date("Mon, 09 Mar 2026 14:05:00 +0200") == datetime(2026, 3, 9, 14, 5, tzinfo=LOCAL)
    assert parse_time("2026-03-09T14:05:00") == datetime(2026, 3, 9, 14, 5)
    assert parse_date("2026-02-30") is None and parse_date("") is None and parse_date(["x"]) is None


def test_declared_section_beside_the_affix_goes_too() -> None:
    """"Headline | Politics | Site" loses "Politics" when the page declares it as its section."""
    head = '<meta property="article:section" content="Politics">'
    assert title_of(f"{HEADLINE} | Politics | Pine Valley Post", head=head) == HEADLINE
    assert title_of(f"Pine Valley Post | Politics :: {HEADLINE}", head=head) == HEADLINE
    assert title_of("Pine Valley Post / Storm Ciara - what we know so far") == "Storm Ciara - what we know so far"


def test_site_name_from_application_name_and_copyright_line() -> None:
    """application-name, or the name after the footer's copyright sign, names the affix."""
    head = '<meta name="application-name" content="Ashford Ledger">'
    assert title_of(f"{HEADLINE} « Ashford Ledger", head=head, url="http://127.0.0.1/a") == HEADLINE
    tree = page(f"<title>{HEADLINE} | Ashford Ledger</title>", "<footer><p>© 2024–2026 Ashford Ledger. All rights"
                " reserved.</p></footer>")
    assert page_metadata(tree, "http://127.0.0.1/a").title == HEADLINE


def test_naive_midnight_is_a_day_and_no_page_date_takes_the_feed() -> None:
    """A naive 00:00:00 on the feed's day gives way to the feed's time; a page with no date takes the feed's time."""
    feed = datetime(2026, 3, 9, 12, 5, tzinfo=UTC)
    assert published(ld={"@type": "Article", "datePublished": "2026-03-09T00:00:00"}, feed=feed) == (feed, "feed")
    assert published(feed=feed) == (feed, "feed")
    assert published() == (None, None)


def test_a_date_only_in_the_pages_text_yields_to_the_feeds_time() -> None:
    """No date in the markup: the feed's time, not htmldate's reading of the text (which may take a
    "last edited" date)."""
    body = "<p>Saturday, March 7, 2026</p><p>This page was last edited on 31 March 2026, at 09:12.</p>"
    feed = datetime(2026, 3, 7, 19, 2, tzinfo=UTC)
    assert published(body=body, feed=feed) == (feed, "feed")
    assert published(body=body, feed=datetime(2026, 3, 1, 8, 0, tzinfo=UTC))[1] == "feed"


def test_a_headline_opening_with_a_sentence_is_no_site_name() -> None:
    """trafilatura reads a part of the <title> holding a dot as the site's name ("Example.com"); a
    Polish portal's "Place. Headline" is not one, and the headline stays the title."""
    headline = "Roowo. Dom kultury ogłasza wojewódzki basen"
    meta = page_metadata(page(f"<title>{headline} - Echo Norów</title>", f"<h1>{headline}</h1>"),
                         "https://echonorow.example/kultura/news-dom-kultury,nId,7711958?amp=1")
    assert meta.title == headline and meta.site_name != headline
    assert page_metadata(page("<title>Council votes - Example.com</title>"), URL).site_name == "Example.com"


def test_a_title_with_an_editions_note_takes_the_headline_the_page_shows() -> None:
    """A print version's <title> ("Site: Headline (print version)") on a page without <h1> or meta
    titles: the headline shown as the whole text of an element, without the note in brackets."""
    headline = "Alton backed the Pelranwick Foundation"
    tree = page("<title>North Enbury Daily Courier: Alton backed the Pelranwick Foundation (print version)</title>",
                f"<table><tr><td><font size='5'><b>{headline}</b></font><br>By LENA OKAFOR</td></tr></table>")
    assert page_metadata(tree, "http://courier.example/archives/print/20260107/local/5.html").title == headline


def test_a_note_in_brackets_after_the_headline_goes_when_the_page_shows_the_headline_alone() -> None:
    """A newsletter's campaign page titles its issue "Headline (The Rundown, 01/06/2026)" in <title>
    and og:title; its <h1> shows the headline alone, which is the title. Without a source giving the
    headline alone, the brackets stay: they may be the headline's own words."""
    headline = "Vera Kettering: the worker extended"
    titled = f"{headline} (The Rundown, 01/06/2026)"
    head = f'<title>{titled}</title><meta property="og:title" content="{titled}">'
    assert page_metadata(page(head, f"<h1>{headline}</h1>"), URL).title == headline
    assert page_metadata(page(head, "<p>No headline shown here.</p>"), URL).title == titled
