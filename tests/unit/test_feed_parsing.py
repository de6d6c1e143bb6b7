"""Feed parsing: RSS, Atom, bozo feeds, non-feeds, hostile XML."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.feeds.parse import FeedError, parse_feed

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title>
<item><title>One &amp; two</title><link>https://news.example/a?utm_source=rss&amp;id=7#top</link>
<guid isPermaLink="false">ledger-1</guid><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>
<author>jane@example.com (Jane Roe)</author><description>&lt;p&gt;Lead &lt;b&gt;text&lt;/b&gt;&lt;/p&gt;</description></item>
<item><title>No link</title><guid isPermaLink="false">x</guid></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Harbor</title><id>urn:h</id><updated>2026-03-04T08:00:00Z</updated>
<entry><title>Tide</title><id>urn:h:1</id><link rel="alternate" href="https://h.example/tide"/>
<updated>2026-03-04T08:00:00Z</updated><author><name>Sam Poe</name></author>
<content type="html">&lt;p&gt;Full body&lt;/p&gt;</content></entry></feed>"""


def test_rss_entries_are_normalised() -> None:
    """RSS items become entries with canonical URL, guid, date, author and plain summary."""
    entries, warning, title = parse_feed(RSS, "https://news.example/rss")
    assert warning is None and title == "Ledger"
    assert len(entries) == 1  # the item without a link is skipped
    e = entries[0]
    assert e.url == "https://news.example/a?id=7"
    assert e.link == "https://news.example/a?utm_source=rss&id=7#top"
    assert (e.guid, e.title, e.summary) == ("ledger-1", "One & two", "Lead text")
    assert e.published_at == datetime(2026, 3, 3, 10, 0, tzinfo=UTC)


def test_atom_entries_carry_feed_content() -> None:
    """Atom entries keep their full content for the extraction fallback."""
    entries, _, _ = parse_feed(ATOM, "https://h.example/atom")
    assert [(e.url, e.guid, e.author) for e in entries] == [
        ("https://h.example/tide", "urn:h:1", "Sam Poe")]
    assert entries[0].content == "<p>Full body</p>"


def test_bozo_feed_still_yields_entries() -> None:
    """A feed with an XML error but readable items yields them with a warning."""
    broken = RSS.replace(b"One &amp; two", b"One & two")
    entries, warning, _ = parse_feed(broken, "https://news.example/rss")
    assert len(entries) == 1 and warning


@pytest.mark.parametrize("body", [b"", b"\x00\x01binary", b"{\"a\": 1}", b"{broken"])
def test_non_feeds_are_refused(body: bytes) -> None:
    """Empty, binary and non-feed JSON bodies are 'not_a_feed' errors."""
    with pytest.raises(FeedError) as info:
        parse_feed(body, "https://x.example/feed")
    assert info.value.kind == "not_a_feed"


def test_entity_declarations_are_refused() -> None:
    """A feed declaring entities (billion laughs, XXE) is refused before parsing."""
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title>'
            b"</channel></rss>")
    with pytest.raises(FeedError) as info:
        parse_feed(bomb, "https://x.example/feed")
    assert info.value.kind == "xml_entities"


def test_html_page_at_feed_url_offers_its_advertised_feed() -> None:
    """An HTML page is 'html_not_feed' and carries the feeds it advertises, absolutised."""
    page = (b'<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" '
            b'href="/feeds/main.xml"><link rel="stylesheet" href="/s.css"></head><body>x</body></html>')
    with pytest.raises(FeedError) as info:
        parse_feed(page, "https://site.example/news/", "text/html")
    assert info.value.kind == "html_not_feed"
    assert info.value.discovered == ["https://site.example/feeds/main.xml"]


def test_json_feed_is_parsed() -> None:
    """JSON Feed items become entries with dates, authors and content."""
    body = (b'{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": ['
            b'{"id": "1", "url": "https://j.example/a?fbclid=x", "title": "A", '
            b'"date_published": "2026-03-05T10:00:00Z", "authors": [{"name": "Kim"}], '
            b'"content_html": "<p>Body</p>"}, {"id": "2", "title": "no url"}]}')
    entries, warning, title = parse_feed(body, "https://j.example/feed.json", "application/feed+json")
    assert title == "J" and warning is None and len(entries) == 1
    e = entries[0]
    assert (e.url, e.guid, e.author, e.content) == ("https://j.example/a", "1", "Kim", "<p>Body</p>")
    assert e.published_at == datetime(2026, 3, 5, 10, 0, tzinfo=UTC)


def test_rss_ttl_is_read() -> None:
    """The RSS <ttl> (minutes) is available to the scheduler."""
    from pipeline.feeds.parse import feed_ttl

    assert feed_ttl(RSS.replace(b"<title>Ledger</title>", b"<title>L</title><ttl>45</ttl>")) == 45
    assert feed_ttl(RSS) is None
