"""The safety net: newsflow's cleaning never costs the article trafilatura alone finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from pipeline.extract.core import extract_html
from pipeline.extract.lines import clean_lines
from pipeline.extract.structural import clean_tree
from tests.safetypages import linked_article_in_named_block

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


def _page(body: str) -> str:
    return f"<html><head><title>Pier reopens</title></head><body><article><h1>Pier reopens</h1>{body}</article></body></html>"


PARAS = [f"The pier reopened on {day} after a winter of repairs, and the first anglers were on it by dawn "
         "with flasks, folding chairs and the patience the sea demands of anyone who fishes it." for day in
         ("Monday", "Tuesday", "Wednesday", "Thursday")]


@pytest.mark.parametrize("heading", ["<p><strong>Our readers are reading too</strong></p>", "<h3>More from the Post</h3>",
                                     "<p><b>Lesen Sie auch</b></p>"])
def test_related_block_of_plain_paragraphs_goes_wherever_it_sits(heading: str) -> None:
    """A short heading followed by paragraphs that are each one link to the same site goes, mid-text or at the end."""
    links = "".join(f'<p><a href="/news/{i}">Harbour story number {i} draws a crowd</a></p>' for i in range(3))
    html = _page(f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>{heading}{links}<p>{PARAS[2]}</p><p>{PARAS[3]}</p>")
    result = extract_html(html, "http://post.example/news/pier")
    assert result is not None and result.body.split("\n") == PARAS
    assert "structural:related-run" in {r.rule for r in result.removed}


def test_links_to_other_sites_under_a_heading_are_not_a_related_block() -> None:
    """Paragraphs that each link to another site (sources) are not a related block: only same-site links make one."""
    links = [f"Council report number {i} on the pier works" for i in range(3)]
    html = _page(f"<p>{PARAS[0]}</p><p><strong>Sources</strong></p>"
                 + "".join(f'<p><a href="https://council.example/r/{i}">{t}</a></p>' for i, t in enumerate(links))
                 + f"<p>{PARAS[1]}</p>")
    result = extract_html(html, "http://post.example/news/pier")
    assert result is not None and "structural:related-run" not in {r.rule for r in result.removed}


def test_json_ld_article_body_replaces_a_teaser_page() -> None:
    """When the page shows much less than the publisher's JSON-LD articleBody, the articleBody's text is the body."""
    import json

    ld = json.dumps({"@type": "NewsArticle", "headline": "Pier reopens", "articleBody": "\n".join(PARAS)})
    html = (f'<html><head><script type="application/ld+json">{ld}</script></head><body><article>'
            f"<h1>Pier reopens</h1><p>{PARAS[0]}</p><p>Subscribe to read the rest.</p></article></body></html>")
    result = extract_html(html, "http://post.example/news/pier")
    assert result is not None and all(p in result.body for p in PARAS)
    assert "Subscribe to read the rest" not in result.body


def test_structural_rule_taking_the_article_is_undone_against_trafilatura_alone() -> None:
    """A heavily linked article in a block named like boilerplate, beside a plainer sidebar, is found again
    by holding the result against trafilatura alone, and the undone rule is recorded."""
    html, paras = linked_article_in_named_block()
    result = extract_html(html, "http://gazette.example/pier")
    assert result is not None
    for text in paras:
        assert text in result.body
    assert [u["rule"] for u in result.extra["undone"]] == ["structural:named-block"]


def test_a_section_listing_links_to_other_sites_is_not_a_teaser_list() -> None:
    """A section of the article with a heading, a short paragraph and a list of linked titles
    elsewhere (patches, sources) is text; the same shape linking to the site's own articles is teasers.
    (The list itself may still go as a link list: a bare list of links, wherever they lead.)"""
    def section(host: str) -> str:
        items = "".join(f"<li><p><a href='{host}/pull/{i}'>Make the parser accept nested lists number {i}</a></p></li>"
                        for i in range(5))
        return f"<div class='sect1'><h2>Patches sent</h2><div><p>There has been good progress on the parser side these past months, and many patches were sent for review:</p></div><ul>{items}</ul></div>"

    for host, kept in (("https://forge.example", True), ("", False)):
        result = extract_html(_page("".join(f"<p>{p}</p>" for p in PARAS * 2) + section(host)),
                              "http://post.example/news/progress")
        assert result is not None
        assert ("good progress on the parser side" in result.body) is kept
        assert ("structural:teaser-list" in {r.rule for r in result.removed}) is not kept


def test_an_id_made_from_a_heading_names_no_block() -> None:
    """An anchor id slugged from a heading ("how-popular-...") does not make its section a named block;
    a block named by its class still goes."""
    section = "<div id='1-heading-how-popular-are-piers-and-jetties'><h2>How popular are piers?</h2><p>{}</p></div>"
    result = extract_html(_page(f"<p>{PARAS[0]}</p>" + section.format(PARAS[1]) + f"<p>{PARAS[2]}</p>"
                                + f"<div class='popular-stories'><p>{PARAS[3]}</p></div>"),
                          "http://post.example/news/pier")
    assert result is not None
    assert PARAS[1] in result.body and PARAS[3] not in result.body


def test_text_the_article_frame_holds_counts_as_the_article() -> None:
    """The safety net takes trafilatura's fallback text when nearly all of it stands in the block
    holding the article (sections fast mode left out), not when it comes from around that block."""
    from pipeline.extract.core import _inside

    frame = lxml_html.fromstring("<div><p>" + PARAS[0] + "</p><details><p>" + PARAS[1] + "</p></details></div>")
    assert _inside([PARAS[0], PARAS[1]], frame)
    assert not _inside([PARAS[0], PARAS[1], PARAS[2], "Most read: the harbour master retires after forty years"],
                       frame)
    assert not _inside([PARAS[0]], None)


@pytest.mark.parametrize("name", ["field field--name-body field--label-hidden", "grid overflow-hidden rounded",
                                  "text-body-small"])
def test_a_field_whose_label_is_hidden_is_not_hidden(name: str) -> None:
    """Drupal marks every field whose label is not shown `field--label-hidden`, the article's
    standfirst and body too; utility classes clip overflow or set a size: the blocks stay. A block
    named hidden itself still goes."""
    fields = "".join(f"<div class='{name}'><p>{p}</p></div>" for p in PARAS)
    result = extract_html(_page(fields + "<div class='is-hidden'><p>Sign in to keep reading the Post online.</p></div>"),
                          "http://post.example/news/pier")
    assert result is not None and result.body.split("\n") == PARAS


def test_code_blocks_keep_their_highlighted_comments() -> None:
    """A highlighter's spans inside <pre>/<code> ("hljs-comment") are code, not a comments section."""
    code = ("<pre><code><span class='hljs-comment'># initialise the repository</span>\ngit init\n"
            "<span class='hljs-comment'># see what changed since the last commit</span>\ngit status</code></pre>")
    result = extract_html(_page("".join(f"<p>{p}</p>" for p in PARAS[:2]) + code + f"<p>{PARAS[2]}</p>"),
                          "http://post.example/news/git")
    assert result is not None
    assert "# initialise the repository" in result.body and "# see what changed" in result.body


def test_trafilatura_text_beyond_newsflows_counts_as_teasers_only_when_taken_as_teasers() -> None:
    """The net keeps newsflow's article-container text against trafilatura's longer text only when
    what trafilatura found beyond it was removed as teasers, related headlines or link lists; text
    removed for anything else (a block named "comments" on a course page) is the page's own."""
    from pipeline.extract.core import _mostly_teasers
    from pipeline.models import Removal

    ours, more = PARAS[:1], PARAS[1:]
    assert _mostly_teasers(ours + more, ours, [Removal(t, "structural:teaser-list") for t in more])
    assert not _mostly_teasers(ours + more, ours, [Removal(t, "structural:named-block") for t in more])
    assert not _mostly_teasers(ours + more, ours, [])  # found by the fallbacks alone
    assert _mostly_teasers(ours, ours, [])  # nothing beyond newsflow's: nothing to take


def test_a_page_of_links_that_would_come_out_empty_gets_trafilaturas_text_back() -> None:
    """A job board is a table of linked titles: the link-list rule takes it whole, and its removed
    prose is nothing, so only the rule that a page may not come out with less than a real body
    where trafilatura found one catches it. The removal is undone and recorded with its characters."""
    roles = ["backend engineer", "product designer", "data scientist", "reliability engineer"]
    rows = "".join(
        f"<tr><td><a href='https://jobs{i}.example/apply'>Startup {i} (W2{i % 10}) is hiring a "
        f"{roles[i % 4]} in Lisbon</a></td></tr><tr><td><a href='/item?id={i}'>{i + 2} hours ago</a></td></tr>"
        for i in range(30))
    html = (f"<html><head><title>jobs | Board</title></head><body><center><table id='main'><tr><td>"
            f"<a href='/'>Board</a> | <a href='/new'>new</a></td></tr><tr><td><table>{rows}</table></td></tr>"
            f"</table></center></body></html>")
    result = extract_html(html, "http://board.example/jobs")
    assert result is not None
    assert "Startup 8 (W28) is hiring a backend engineer in Lisbon" in result.body
    undone = result.extra["undone"]
    assert [u["rule"] for u in undone] == ["structural:link-list"] and undone[0]["chars"] > 2000


def test_fast_mode_finding_under_a_real_body_gives_the_fallbacks_their_turn() -> None:
    """A service page whose text is spread over small steps in a block trafilatura discards by its
    name ("map-and-related"), beside a short <article>: fast mode finds the short paragraph alone,
    and no container's prose is large enough to call it short. trafilatura's fallback extractors
    find the steps; newsflow takes their text, and records the method and the undo."""
    steps = [
        "If you are looking for help with a housing problem, enter your town below to find a legal aid "
        "office near you, or call the helpline on weekdays.",
        "The offices listed here are funded by the county and give free advice to tenants, families and "
        "older people who cannot pay for a lawyer.",
        "Begin typing an address in the search box, then pick one of the suggested results. You can also "
        "choose your town from the list of districts.",
        "Each office keeps its own opening hours. Most are open on weekday mornings, and several hold an "
        "evening clinic once a week for working people.",
    ]
    html = ("<html><head><title>Find legal help</title></head><body><nav><a href='/'>Home</a> "
            "<a href='/about'>About</a></nav><div id='map-and-related'>"
            + "".join(f"<div class='step-{i}'><p>{s}</p></div>" for i, s in enumerate(steps))
            + "</div><article class='post'><p>The aid fund is an independent nonprofit set up by the county "
            "council in 1974 to pay for civil legal aid to families in every district of the county and on the "
            "islands.</p></article><footer><p>Contact us: 1 Main Street</p></footer></body></html>")
    result = extract_html(html, "http://aid.example/help")
    assert result is not None and result.method == "trafilatura-fallback"
    assert all(s in result.body for s in steps)
    assert [u["layer"] for u in result.extra["undone"]] == ["trafilatura-fallback"]


def test_the_frames_linked_text_is_measured_apart_from_its_prose() -> None:
    """The block holding the article reports how much of its text sits in links: a listing's menu and
    headlines are what no trafilatura mode returns as text, so the safety net's call for the
    fallback extractors measures the frame without them."""
    prose = "".join(f"<p>{p}</p>" for p in PARAS)
    links = "".join(f"<li><a href='/archive/{i}'>Harbour archive page {i:02d}</a></li>" for i in range(40))
    tree = lxml_html.fromstring(f"<html><body><div id='frame'>{prose}<ul class='x'>{links}</ul></div>"
                                "<footer><p>Contact the harbour office</p></footer></body></html>")
    cleaning = clean_tree(tree)
    assert cleaning.frame is not None and cleaning.frame.get("id") == "frame"
    assert cleaning.frame_linked == 40 * len("Harbour archive page 00")
    assert cleaning.frame_text - cleaning.frame_linked == sum(map(len, PARAS))


def test_line_rules_are_held_against_what_trafilatura_found_on_the_untouched_page() -> None:
    """On a rescued page the line rules are held against trafilatura's text of the untouched page,
    not only against the (shorter) text of the guarded pass they clean: a rule that would leave less
    than half of it is undone and recorded; without that reference the same rule stands."""
    from pipeline.extract.core import _clean_guarded
    from pipeline.extract.lines import PageContext

    paras = [f"Listen to track {n} and the band's debt to the harbour towns is plain: the drums roll like "
             "surf, the guitars creak like ropes, and the singer counts the tides between the verses." for n in (1, 2)]
    raw = PARAS + paras
    kept, _, undone = _clean_guarded(raw, None, None, PageContext())
    assert kept == PARAS and undone == []  # the tail rule takes a third: it stands
    found = 3 * sum(map(len, raw))
    kept, _, undone = _clean_guarded(raw, None, None, PageContext(), found=found)
    assert kept == raw
    assert undone == [{"rule": "tail", "chars": sum(map(len, paras)), "layer": "lines"}]


def test_prose_the_structural_layer_removed_calls_the_fallbacks_when_fast_mode_missed_it_too() -> None:
    """trafilatura's fallback extractors get their turn when fast mode finds under half of the
    prose the structural layer removed, as they do for the article container's prose and the
    frame's unlinked text; a page whose removals were links alone does not call them."""
    from collections import Counter

    from pipeline.extract.core import _fallbacks_due
    from pipeline.extract.structural import TreeCleaning

    page = TreeCleaning(main=480, frame_text=600, frame_linked=0)
    assert not _fallbacks_due(600, page)
    page.removed_prose = Counter({"named-block": 2900})
    assert _fallbacks_due(600, page)
    assert not _fallbacks_due(1500, page)
    assert _fallbacks_due(350, TreeCleaning())  # under 400 characters, whatever the page holds
    assert not _fallbacks_due(600, TreeCleaning(main=480, frame_text=5000, frame_linked=4500))


def test_default_modes_text_decides_whether_newsflows_shorter_text_stands() -> None:
    """Where fast mode's longer text was taken for teasers, newsflow's text stands only while it
    holds at least half of what trafilatura's default mode finds on the untouched page: a listing
    whose default-mode text is more than twice newsflow's gets that text."""
    from pipeline.extract.core import _default_mode_beyond

    page = _page("".join(f"<p>{p}</p>" for p in PARAS))
    assert _default_mode_beyond(page, "http://post.example/news/pier", PARAS[:1]) == ["Pier reopens", *PARAS]
    assert _default_mode_beyond(page, "http://post.example/news/pier", PARAS[:3]) is None
    assert _default_mode_beyond("<html><body></body></html>", None, []) is None
    # the default mode's lines, when the net already ran it, are taken as they are
    assert _default_mode_beyond(page, None, PARAS[:1], found=PARAS) == PARAS


def test_a_page_without_an_article_whose_removals_outweigh_its_text_is_held_against_trafilatura() -> None:
    """A blog's front page or a shop's shelf has no article container: when the structural layer
    took more text (its cards and teasers, links included) than it left, the page goes to the
    safety net; a page with an article container, or one whose removals are small, does not."""
    from pipeline.extract.core import _short
    from pipeline.extract.structural import TreeCleaning
    from pipeline.models import Removal

    kept = PARAS[:3]  # 547 characters: over a real body, so no other trigger fires
    cards = [Removal(p, "structural:linked-card") for p in PARAS]
    assert _short(kept, TreeCleaning(main=140, removed=cards))
    assert not _short(kept, TreeCleaning(main=140, removed=cards[:2]))
    assert not _short(kept, TreeCleaning(main=600, removed=cards))


def test_an_article_container_with_kin_holds_the_page_against_trafilatura() -> None:
    """A forum thread's posts share one tag and class: the structural layer takes the longest as the
    article's container, and the others are its kin. While newsflow keeps under half of the
    container's and its kin's text, the page goes to the safety net; an article whose container has
    no kin (or no class, so no kind) does not."""
    from pipeline.extract.core import _short

    # the first post in paragraphs, the replies as bare text (as many forums set them)
    opening = "Post your catches from the pier here, with photos if you have them, and keep the talk civil and kind."

    def thread(first: str) -> lxml_html.HtmlElement:
        posts = f"<div class='post-body'>{first}</div>" + "".join(
            f"<div class='post-body'>{p}</div>" for p in PARAS[1:])
        return lxml_html.fromstring(f"<html><body><div class='thread'>{posts}</div><div class='post-body'>"
                                    "<a href='/u/1'>A reply that is all link</a></div></body></html>")

    cleaning = clean_tree(thread(f"<p>{opening}</p><p>{PARAS[0]}</p>"))
    assert cleaning.main < 300 and cleaning.kin == sum(map(len, PARAS[1:]))  # one post; linked text is no kin
    assert _short(PARAS[:1], cleaning)  # one post of four kept
    assert not _short(PARAS[:3], cleaning)  # most of the thread
    plain = lxml_html.fromstring(f"<html><body><div><p>{PARAS[0]}</p></div>"
                                 + "".join(f"<div>{p}</div>" for p in PARAS[1:]) + "</body></html>")
    assert clean_tree(plain).kin == 0
    # replies holding more than twice the text of the page's <p>s are its paragraphs: the thread is the frame
    whole = clean_tree(thread(f"<p>{PARAS[0]}</p>"))
    assert whole.main == sum(map(len, PARAS)) and whole.frame is not None and whole.frame.get("class") == "thread"
