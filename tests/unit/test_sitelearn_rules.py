"""Per-site learning's pure parts: counting, thresholds, the template zone, the stage's rewrite."""

from __future__ import annotations

import re

from pipeline.extract.core import extract_html
from pipeline.extract.lines import line_fingerprint
from pipeline.extract.sitelearn import PageLines, learn, needed, strip_body
from tests.tablesite import BIO, DISCLAIMER, MASTHEAD, SUBSCRIBE, TEMPLATE, TableSite, template_in

PARAS = [f"Paragraph {i} of the story tells what the council decided about the road, and why it matters." * 2
         for i in range(4)]


def fps(*lines: str) -> frozenset[str]:
    return frozenset(line_fingerprint(line) for line in lines)


def test_thresholds_start_at_three_articles_then_follow_the_share() -> None:
    """Nothing is learned from two articles; 3 of 3 to 3 of 79 then 5 %."""
    assert needed(2) > 2 and needed(3) == needed(79) == 3 and needed(200) == 10


def test_long_lines_are_counted_only_at_the_pages_ends() -> None:
    """A 200+ character line is counted at the page's ends (a bio), not between its paragraphs."""
    long_mid = "A long paragraph in the middle of the story, " * 5
    page = PageLines("k", [MASTHEAD, PARAS[0], PARAS[1], long_mid, PARAS[2], PARAS[3], "", BIO])
    counted = page.counted()
    assert line_fingerprint(BIO) in counted and line_fingerprint(MASTHEAD) in counted
    assert line_fingerprint(long_mid) not in counted


def test_a_batch_learns_what_three_of_its_pages_share() -> None:
    """Lines in 3 of a new site's pages are learned; a line in 2 is not, nor one already known."""
    pages = [PageLines(f"p{i}", [MASTHEAD, SUBSCRIBE if i < 2 else "Other", PARAS[i]]).counted()
             for i in range(3)]
    assert learn(pages, 0, {}, frozenset()) == fps(MASTHEAD)
    assert learn(pages, 0, {}, fps(MASTHEAD)) == frozenset()
    assert learn(pages[:2], 0, {}, frozenset()) == frozenset()
    assert learn(pages[:2], 1, {line_fingerprint(MASTHEAD): 1}, frozenset()) == fps(MASTHEAD)


def test_prose_is_removed_only_around_the_articles_own_prose() -> None:
    """A learned disclaimer between paragraphs stays; the same prose at the end goes; a learned
    label goes wherever it stands; a line holding learned text inside it is never touched."""
    learned = fps(DISCLAIMER, BIO, SUBSCRIBE)
    body = "\n".join([SUBSCRIBE, PARAS[0], DISCLAIMER, PARAS[1], SUBSCRIBE, PARAS[2],
                      f"WASHINGTON — {DISCLAIMER}", BIO, DISCLAIMER])
    new, removed = strip_body(body, learned, learned)
    assert removed == [SUBSCRIBE, SUBSCRIBE, BIO, DISCLAIMER]
    assert new.split("\n") == [PARAS[0], DISCLAIMER, PARAS[1], PARAS[2], f"WASHINGTON — {DISCLAIMER}"]
    assert strip_body(PARAS[0], learned, learned) == (PARAS[0], [])


def test_a_table_layout_page_without_h1_or_paragraphs_keeps_its_cells_apart() -> None:
    """The table-layout site without <h1>: each paragraph (laid out with <br><br>) is a line of its
    own, and a template line that reaches the text is never glued to article text."""
    site = TableSite(n=1)
    page = re.sub(r"<h1>(.*?)</h1>", r"<b>\1</b><br>", site.page(site.stories[0], 0))
    result = extract_html(page, "http://courier.example/news/1/0.html")
    assert result is not None
    lines = result.extra["candidate_lines"]
    assert set(site.stories[0].paragraphs) <= set(lines)
    assert all(line in TEMPLATE for line in lines if template_in(line)), lines


def test_a_label_over_learned_prose_is_judged_again_by_the_second_pass() -> None:
    """A learned label the worker removed wherever it stood, right over a learned line of prose
    (which the worker is not told of), may have been kept as a subheading: the second pass judges
    it again, with the whole template; a label over the article's own text is left to the worker."""
    label, question = "Anketa", "Souhlasíte s rozhodnutím radnice o nové lávce přes řeku?"
    paragraph = "The council voted on Tuesday to close the old harbour bridge to lorries from next month."
    page = PageLines("http://a.example/1", [paragraph, label, question, "Vote now", "Hauliers must use the ring road."])
    given = frozenset({line_fingerprint(label), line_fingerprint("Vote now")})
    prose = frozenset({line_fingerprint(question)})
    assert page.over_prose(given, prose) == {line_fingerprint(label)}
    assert PageLines("http://a.example/2", [paragraph, label, paragraph]).over_prose(given, prose) == set()


def test_learned_lines_that_would_take_most_of_an_article_are_undone_and_recorded() -> None:
    """A recipe section whose ingredients and steps repeat from page to page: the lines recur on
    the site, but taking them would leave less than half of the article. They stay, and the
    undoing is recorded (rule, characters, layer) where `newsflow reextract --undone-rule` finds it.
    Learned lines that take a small share (a newsletter prompt, a bio) still go."""
    from pipeline.extract.sitelearn import strip_template

    steps = [f"- Step {i}: stir the farro with the olive oil, lemon juice and a pinch of salt until glossy."
             for i in range(8)]
    body = "\n".join([PARAS[0], "Ingredients", *steps, SUBSCRIBE])
    learned = fps("Ingredients", *steps, SUBSCRIBE)
    undone: list[dict[str, object]] = []
    new, removals = strip_template(body, learned, learned, title=None, author=None, extra={}, undone=undone)
    assert new == body and removals == []
    taken = sum(map(len, ["Ingredients", *steps, SUBSCRIBE]))
    assert undone == [{"rule": "learned:site-repeat", "chars": taken, "layer": "site"}]
    body = "\n".join([*PARAS, SUBSCRIBE, BIO])
    new, removals = strip_template(body, learned | fps(BIO), learned | fps(BIO), title=None, author=None,
                                   extra={}, undone=undone)
    assert new.split("\n") == PARAS and len(undone) == 1


def test_a_learned_subheading_after_a_signature_still_heads_the_next_letter() -> None:
    """Readers' letters: each a headline, its paragraphs and a signature line. A headline that
    recurs on the site (learned) but is one of the page's subheadings stays when it stands between
    a line of the page's own (the last letter's signature, no prose) and the next letter's text;
    the same learned line over nothing of the article goes."""
    headline = "Thank you to our plow drivers"
    learned = fps(headline, SUBSCRIBE)
    body = "\n".join([PARAS[0], "Bianca Nettleton, East Norwick", headline, PARAS[1], "Kemi Kettering, Marport",
                      SUBSCRIBE])
    new, removed = strip_body(body, learned, learned, keep=fps(headline, PARAS[0], PARAS[1]), headings=fps(headline))
    assert headline in new.split("\n") and removed == [SUBSCRIBE]
    new, removed = strip_body("\n".join([PARAS[0], PARAS[1], headline]), learned, learned, headings=fps(headline))
    assert removed == [headline]
