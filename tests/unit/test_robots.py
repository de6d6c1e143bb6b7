"""robots.txt matching per RFC 9309, through newsflow's own robots functions (protego inside)."""

from __future__ import annotations

import pytest

from pipeline.fetch.http import RobotsRules, robots_allows, robots_token

# RFC 9309 section 5.1, "Simple Example".
RFC_5_1 = """\
User-Agent: *
Disallow: *.gif$
Disallow: /example/
Allow: /publications/

User-Agent: foobot
Disallow:/
Allow:/example/page.html
Allow:/example/allowed.gif

User-Agent: barbot
User-Agent: bazbot
Disallow: /example/page.html

User-Agent: quxbot

EOF
"""

BASE = "https://www.example.com"


@pytest.mark.parametrize(("agent", "path", "allowed"), [
    # foobot: everything disallowed but the two allowed paths (longer allow beats "Disallow: /").
    ("foobot/1.0", "/example/page.html", True),
    ("foobot/1.0", "/example/allowed.gif", True),
    ("foobot/1.0", "/example/other.html", False),
    ("foobot/1.0", "/", False),
    # barbot and bazbot share one group.
    ("barbot/2", "/example/page.html", False),
    ("bazbot", "/example/page.html", False),
    ("bazbot", "/example/other.html", True),
    # quxbot's group has no rules: everything allowed (the * group does not apply to it).
    ("quxbot", "/example/page.gif", True),
    ("quxbot", "/example/", True),
    # Anyone else gets the * group: "*.gif$", "/example/", "/publications/".
    ("newsflow/0.1 (+https://github.com/newsflow/newsflow)", "/pics/cat.gif", False),
    ("newsflow/0.1", "/pics/cat.gif?size=2", True),  # "$": the URL must end in .gif
    ("newsflow/0.1", "/example/x", False),
    ("newsflow/0.1", "/publications/a.html", True),
    # Both "/publications/" and "*.gif$" match; the most specific (longest pattern) wins.
    ("newsflow/0.1", "/publications/a.gif", True),
])
def test_rfc9309_simple_example(agent: str, path: str, allowed: bool) -> None:
    """The RFC 9309 5.1 example, group by group."""
    assert robots_allows(RFC_5_1, BASE + path, agent) is allowed


def test_rfc9309_longest_match() -> None:
    """RFC 9309 5.2: the most specific (longest) match wins, whatever the order of the lines."""
    text = "User-Agent: foobot\nAllow: /example/page/\nDisallow: /example/page/disallowed.gif\n"
    assert robots_allows(text, BASE + "/example/page/", "foobot")
    assert robots_allows(text, BASE + "/example/page/allowed.gif", "foobot")
    assert not robots_allows(text, BASE + "/example/page/disallowed.gif", "foobot")
    # The first matching rule would allow it: the standard library's parser got this wrong.
    reordered = "User-Agent: foobot\nDisallow: /example/page/disallowed.gif\nAllow: /example/page/\n"
    assert not robots_allows(reordered, BASE + "/example/page/disallowed.gif", "foobot")
    first_allow = "User-agent: *\nAllow: /a\nDisallow: /a/b\n"
    assert not robots_allows(first_allow, BASE + "/a/b/c", "newsflow")
    assert robots_allows(first_allow, BASE + "/a/c", "newsflow")


def test_allow_wins_a_tie() -> None:
    """RFC 9309 2.2.2: equivalent allow and disallow rules: allow, in either order."""
    for text in ("User-agent: *\nDisallow: /page\nAllow: /page\n",
                 "User-agent: *\nAllow: /page\nDisallow: /page\n"):
        assert robots_allows(text, BASE + "/page", "newsflow")
    # Equally long patterns with wildcards, both matching: allow.
    text = "User-agent: *\nDisallow: /*.html\nAllow: /x*html\n"
    assert robots_allows(text, BASE + "/x.html", "newsflow")
    assert not robots_allows(text, BASE + "/y.html", "newsflow")


@pytest.mark.parametrize(("rule", "path", "allowed"), [
    # RFC 9309 2.2.3: "*" is 0 or more of any character, "$" ends the pattern.
    ("/this/*/exactly", "/this/is/exactly", False),
    ("/this/*/exactly", "/this/path/exactly/too", False),  # no "$": a prefix match
    ("/this/*/exactly", "/this/exactly", True),
    ("/this/path/exactly$", "/this/path/exactly", False),
    ("/this/path/exactly$", "/this/path/exactly/not", True),
    ("/this/path/exactly$", "/this/path/exactly?q=1", True),
    ("/*.pdf$", "/files/report.pdf", False),
    ("/*.pdf$", "/report.pdf?download=1", True),
    ("/*.pdf$", "/pdf-guide.html", True),
    ("/*.php", "/index.php?x=1", False),
    ("/*.php", "/folder/any.php.file.html", False),
    ("/*.php", "/windows.PHP", True),  # paths match case-sensitively
    ("/fish*", "/fishheads/yummy.html", False),
    ("/fish*", "/Fish.asp", True),
    # A "*" or "$" to be matched verbatim is percent-encoded (2.2.3).
    ("/path/file-with-a-%2A.html", "/path/file-with-a-*.html", False),
    ("/path/foo-%24", "/path/foo-$", False),
])
def test_wildcards_and_end_anchor(rule: str, path: str, allowed: bool) -> None:
    """`*` and `$` as RFC 9309 defines them; the standard library took both literally."""
    text = f"User-agent: *\nDisallow: {rule}\n"
    assert robots_allows(text, BASE + path, "newsflow/0.1") is allowed


def test_user_agent_groups_and_crawl_delay() -> None:
    """The crawler's own group (product token, case-insensitive) beats *, and keeps Crawl-delay."""
    text = ("User-agent: *\nDisallow: /\nCrawl-delay: 9\n\n"
            "User-agent: NewsFlow\nDisallow: /private/\nCrawl-delay: 2.5\n")
    rules = RobotsRules(text)
    ua = "newsflow/0.1 (+https://github.com/newsflow/newsflow)"
    assert rules.allows(BASE + "/news/a", ua) and not rules.allows(BASE + "/private/a", ua)
    assert rules.crawl_delay(ua) == 2.5
    assert not rules.allows(BASE + "/news/a", "otherbot/1.0") and rules.crawl_delay("otherbot") == 9
    assert RobotsRules("User-agent: *\nDisallow:\n").crawl_delay(ua) == 0.0
    # A word inside the User-Agent's comment does not select another crawler's group.
    github = "User-agent: github\nDisallow: /\n"
    assert robots_allows(github, BASE + "/a", ua)
    assert robots_token(ua) == "newsflow" and robots_token("") == "*"


def test_empty_or_garbage_robots_allows_everything() -> None:
    """No rules (empty file, HTML error page served as robots.txt): everything allowed."""
    assert robots_allows("", BASE + "/a", "newsflow")
    assert robots_allows("<html><body>Not here</body></html>", BASE + "/a", "newsflow")
    assert robots_allows("User-agent: *\nDisallow: /\n", BASE + "/robots.txt", "newsflow")


def test_byte_order_mark_and_crlf() -> None:
    """A UTF-8 byte order mark and CRLF line ends do not hide rules."""
    for text in ("\ufeffUser-agent: *\nDisallow: /x\n", "User-agent: *\r\nDisallow: /x\r\n"):
        assert not robots_allows(text, BASE + "/x", "newsflow")
