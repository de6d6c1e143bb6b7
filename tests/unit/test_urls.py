"""URL canonicalisation: tracking parameters, AMP and redirect wrappers, trusted canonical URLs."""

from __future__ import annotations

import pytest

from pipeline.urls import canonical_url, fetch_url, host_of, site_of, trusted_canonical, written_url

CASES = [
    # tracking parameters (Google Analytics, Facebook, Google Ads, Microsoft, Mailchimp, HubSpot, ...)
    ("https://www.theguardian.com/world/2024/mar/01/story?utm_source=twitter&utm_medium=social&utm_campaign=sharebutton",
     "https://www.theguardian.com/world/2024/mar/01/story"),
    ("https://www.bbc.com/news/world-68423075?fbclid=IwAR2abc", "https://www.bbc.com/news/world-68423075"),
    ("https://example.com/a?gclid=Cj0KCQ&msclkid=abc&dclid=x&yclid=1", "https://example.com/a"),
    ("https://example.com/a?mc_cid=1a2b&mc_eid=3c4d", "https://example.com/a"),
    ("https://example.com/a?_hsenc=p2AN&_hsmi=123", "https://example.com/a"),
    ("https://www.nytimes.com/2024/03/01/world/story.html?smid=tw-share&smtyp=cur",
     "https://www.nytimes.com/2024/03/01/world/story.html"),
    ("https://www.msn.com/en-us/news/story/ar-BB1?ocid=msedgntp&cvid=abc", "https://www.msn.com/en-us/news/story/ar-BB1?cvid=abc"),
    ("https://edition.cnn.com/2024/03/01/story/index.html?cmpid=rss", "https://edition.cnn.com/2024/03/01/story/index.html"),
    ("https://example.com/a?igshid=MzRl&ref=rss", "https://example.com/a"),
    # real parameters are kept, in a stable order
    ("https://example.com/article.php?id=42&utm_source=rss", "https://example.com/article.php?id=42"),
    ("https://example.com/a?page=2&id=7", "https://example.com/a?id=7&page=2"),
    ("https://blog.example.org/?p=123", "https://blog.example.org/?p=123"),
    # fragment, scheme and host case, default ports, duplicate slashes
    ("HTTPS://WWW.Example.COM:443/News//Story#comments", "https://www.example.com/News/Story"),
    ("http://example.com:80/a", "http://example.com/a"),
    # explicit ports are kept (the local test sites live on 127.0.0.1:PORT)
    ("http://127.0.0.1:8123/news/x.html?utm_medium=rss#top", "http://127.0.0.1:8123/news/x.html"),
    ("http://localhost:5000/a/", "http://localhost:5000/a/"),
    # AMP renderings and caches
    ("https://www.example.com/amp/news/story-1", "https://www.example.com/news/story-1"),
    ("https://www.example.com/news/story-1/amp", "https://www.example.com/news/story-1"),
    ("https://www.example.com/news/story-1/amp/", "https://www.example.com/news/story-1"),
    ("https://www.example.com/news/story-1.amp.html", "https://www.example.com/news/story-1.html"),
    ("https://www.example.com/news/story-1?outputType=amp", "https://www.example.com/news/story-1"),
    ("https://www.example.com/news/story-1?amp=1", "https://www.example.com/news/story-1"),
    ("https://www.example.com/news/story-1?amp", "https://www.example.com/news/story-1"),
    ("https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story-1/amp",
     "https://www.example.com/news/story-1"),
    ("https://www.google.com/amp/s/www.example.com/news/story-1.amp.html",
     "https://www.example.com/news/story-1.html"),
    # redirect wrappers
    ("https://www.google.com/url?sa=t&rct=j&url=https%3A%2F%2Fwww.example.com%2Fstory%3Futm_source%3Dgoogle&ved=2ah",
     "https://www.example.com/story"),
    ("https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fstory%3Ffbclid%3DIw&h=AT0",
     "https://example.com/story"),
    ("https://out.reddit.com/t3_abc?url=https%3A%2F%2Fexample.com%2Fstory&token=x", "https://example.com/story"),
    ("https://href.li/?https://example.com/story", "https://example.com/story"),
    # not a wrapper: a search page on google.com stays as it is
    ("https://www.google.com/search?q=news", "https://www.google.com/search?q=news"),
]


@pytest.mark.parametrize(("url", "expected"), CASES)
def test_canonical_url(url: str, expected: str) -> None:
    """canonical_url strips trackers and fragments and resolves AMP and redirect wrappers."""
    assert canonical_url(url) == expected


def test_canonical_url_is_idempotent() -> None:
    """Canonicalising a canonical URL changes nothing."""
    for url, expected in CASES:
        assert canonical_url(expected) == expected, url


def test_host_of_keeps_the_port() -> None:
    """host_of returns host[:port], lower-cased."""
    assert host_of("http://127.0.0.1:8001/a") == "127.0.0.1:8001"
    assert host_of("https://News.Example.COM/a") == "news.example.com"


def test_site_of_is_registered_domain_and_port() -> None:
    """site_of reduces a host to its registered domain, keeping an explicit port."""
    assert site_of("https://news.bbc.co.uk/a") == "bbc.co.uk"
    assert site_of("https://amp.example.com/a") == "example.com"
    assert site_of("http://127.0.0.1:8001/a") == "127.0.0.1:8001"
    assert site_of("https://example.com:443/a") == "example.com"


TRUST_CASES = [
    # same site: the declared URL wins, canonicalised
    ("https://amp.example.com/a/amp", "https://www.example.com/a?utm_source=amp", "https://www.example.com/a"),
    ("http://127.0.0.1:8001/a?utm_source=x", "http://127.0.0.1:8001/b#x", "http://127.0.0.1:8001/b"),
    ("https://example.com/a", "/b", "https://example.com/b"),
    ("https://example.com/a", "//example.com/b", "https://example.com/b"),
    ("http://example.com/a", "https://example.com/a", "https://example.com/a"),
    # another site (even another port on one host): the page URL is kept
    ("http://127.0.0.1:8001/a", "http://127.0.0.1:8002/b", "http://127.0.0.1:8001/a"),
    ("https://syndicator.example/a", "https://original.example/b", "https://syndicator.example/a"),
    ("https://example.co.uk/a", "https://other.co.uk/a", "https://example.co.uk/a"),
    # nothing usable declared
    ("https://example.com/a?utm_source=x", None, "https://example.com/a"),
    ("https://example.com/a", "", "https://example.com/a"),
    ("https://example.com/a", "javascript:void(0)", "https://example.com/a"),
]


@pytest.mark.parametrize(("page", "declared", "expected"), TRUST_CASES)
def test_trusted_canonical(page: str, declared: str | None, expected: str) -> None:
    """A declared canonical URL is trusted only when it stays on the page's site."""
    assert trusted_canonical(page, declared) == expected


def test_the_fetch_form_keeps_the_link_as_written() -> None:
    """fetch_url: out of redirect wrappers, without fragment and AMP markers, and otherwise as written
    (parameter order, escapes, trackers); the key (canonical_url) sorts and normalises."""
    link = "https://Example.com/News/NewsDetail.aspx?NewsID=5&utm_source=rss&CatID=9#comments"
    assert canonical_url(link) == "https://example.com/News/NewsDetail.aspx?CatID=9&NewsID=5"
    assert fetch_url(link) == "https://Example.com/News/NewsDetail.aspx?NewsID=5&utm_source=rss&CatID=9"
    for written in ("http://x.example/index.php?option=com_content&view=article&id=5:slug&Itemid=101",
                    "http://x.example/koinonia/%ce%ac%ce%bd/", "http://x.example/story;jsessionid=A1?x=1"):
        assert fetch_url(written) == written
    assert fetch_url("https://x.example/amp/story/?id=3&amp=1&outputType=amp") == "https://x.example/story/?id=3"
    # the fallback where that page is not there: the link as written, AMP markers and all
    assert written_url("https://x.example/amp/story/?id=3&amp=1#top") == "https://x.example/amp/story/?id=3&amp=1"
