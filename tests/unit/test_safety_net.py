"""The safety net: newsflow's cleaning never costs the article trafilatura alone finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from pipeline.boilerplate import clean_lines
from pipeline.extract import extract_html
from pipeline.structural import clean_tree

FIXTURES = Path(__file__).parent / "fixtures" / "safety"


@pytest.mark.parametrize("name", ["teaser-named-container", "linked-openings"])
def test_article_container_shaped_like_boilerplate_is_kept(name: str) -> None:
    """An article whose container is named like a teaser block, or whose paragraphs open with links, keeps every paragraph."""
    result = extract_html((FIXTURES / f"{name}.html").read_bytes(), f"http://example.test/{name}")
    assert result is not None
    assert result.body.split("\n") == (FIXTURES / f"{name}.expected.txt").read_text().splitlines()


def test_the_block_holding_most_paragraph_text_is_never_dropped() -> None:
    """A structural rule that names the article's own container is overruled and counted."""
    prose = "<p>" + "The ferry will sail twice a day from November until the spring storms end. " * 4 + "</p>"
    links = "".join(f"<li><a href='/a/{i}'>Archive page number {i} of the harbour section</a></li>" for i in range(80))
    tree = lxml_html.fromstring(f"<html><body><div class='related-stories'>{prose * 4}</div><ul>{links}</ul></body></html>")
    cleaning = clean_tree(tree)
    assert cleaning.kept["named-block"] == 1
    assert "sail twice a day" in tree.text_content()
    assert cleaning.main == cleaning.prose == 4 * 299  # the four paragraphs, stripped


def test_itemprop_article_body_is_never_dropped() -> None:
    """A block marked itemprop=articleBody is kept even when a rule names it."""
    tree = lxml_html.fromstring(
        "<html><body><div><p>" + "Long unrelated text in the page chrome. " * 40 + "</p></div>"
        "<div class='share-tools' itemprop='articleBody'><p>Short body kept whole.</p></div></body></html>")
    clean_tree(tree)
    assert "Short body kept whole." in tree.text_content()


def test_line_rule_that_would_empty_an_article_is_undone_and_recorded() -> None:
    """When the tail rules would strip a music review whose paragraphs all open with 'Listen', they are undone and recorded."""
    paras = [f"Listen to track {n} and the band's debt to the harbour towns is plain: the drums roll like "
             "surf, the guitars creak like ropes, and the singer counts the tides between the verses." for n in range(1, 7)]
    page = ("<html><body><article><h1>Harbour songs, reviewed</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    kept, _ = clean_lines(paras, None)
    assert kept == paras[:1]  # the rule alone would leave one paragraph of six
    result = extract_html(page, "http://example.test/review")
    assert result is not None and result.body.split("\n") == paras
    assert result.extra["undone"] == [{"rule": "tail", "chars": sum(map(len, paras[1:])), "layer": "lines"}]


def test_rules_that_take_little_are_not_undone() -> None:
    """A page whose boilerplate is removed without touching the article records nothing undone."""
    result = extract_html((FIXTURES / "teaser-named-container.html").read_bytes(), "http://example.test/a")
    assert result is not None and "undone" not in result.extra
