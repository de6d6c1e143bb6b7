"""Rules for the failures found on held-out templates (issue #15), on pages written here: paragraphs
laid out with <br><br>, an author's bio with a notice under it, a pull quote of a short paragraph,
a closing note of the publisher's own against an author's bio recurring on some of a site's pages."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from pipeline.extract.core import extract_html
from pipeline.extract.lines import PageContext, candidate_lines, clean_lines, line_fingerprint
from pipeline.extract.sitelearn import strip_body
from pipeline.extract.structural import paragraphs_from_breaks, plain_headings

PARAS = [
    "The county council voted on Tuesday to close the old harbour bridge to lorries from next month, after "
    "engineers found cracks in two of its supports during a routine inspection of the structure.",
    "Drivers will be sent along the ring road, which adds about twelve minutes to the journey for the "
    "hauliers who cross the river several times a day, the council's transport office said.",
    "Repairs are expected to take most of the summer. The council said it would publish a timetable for "
    "the work once a contractor had been chosen, probably in the spring.",
]


def test_double_breaks_become_paragraphs_and_inline_markup_stays_inside() -> None:
    """Text runs between <br><br> become <p>s; a link inside one does not split it; a single <br>
    stays a line break; a <font> split into paragraphs stays a block of its cell."""
    tree = lxml_html.fromstring(
        "<html><body><table><tr><td>Intro <b>bold</b> text<br><br>Second <a href='/x'>link</a> para<br>"
        "line two<br><br><br><p>A block</p>after block<br> <br><!-- note -->last"
        "<font size='2'>a<br><br>b</font></td></tr></table></body></html>")
    paragraphs_from_breaks(tree.find("body"))
    td = tree.find(".//td")
    assert [lxml_html.tostring(x, encoding="unicode", with_tail=False) for x in td] == [
        "<p>Intro <b>bold</b> text</p>", '<p>Second <a href="/x">link</a> para<br>line two</p>',
        "<p>A block</p>", "<p>after block</p>", "<!-- note -->", "<p>last</p>",
        '<font size="2"><p>a</p><p>b</p></font>']


def test_text_after_a_leading_break_is_kept_when_a_block_follows() -> None:
    """An article block opening with <br>text and then a block element (a <style>, a heading):
    the opening text is a paragraph of its own, not dropped with the lone break before it."""
    tree = lxml_html.fromstring(
        f"<html><body><div class='story'><br>{PARAS[0]}<style>p {{margin: 0}}</style><h2>Detour</h2>"
        f"{PARAS[1]}<br><br>{PARAS[2]}</div></body></html>")
    paragraphs_from_breaks(tree.find("body"))
    div = tree.find(".//div")
    assert [" ".join(x.text_content().split()) for x in div if x.tag == "p"] == PARAS
    result = extract_html(lxml_html.tostring(tree, encoding="unicode"), "http://paper.example/news/2.html")
    assert result is not None and PARAS[0] in result.body


def test_a_table_cell_article_keeps_each_paragraph_whole() -> None:
    """A table-layout article whose paragraphs are <font> runs with links in them: one line each."""
    body = "<br><br>\n".join(f'<font size="2">{p[:40]}<a href="/t">{p[40:60]}</a>{p[60:]}</font>' for p in PARAS)
    page = (f"<html><head><title>Bridge closes</title></head><body><table><tr><td>"
            f"<font size='5'><b>Bridge closes</b></font><br>{body}</td></tr></table></body></html>")
    result = extract_html(page, "http://paper.example/news/1.html")
    assert result is not None and result.body.split("\n") == PARAS


def test_an_authors_bio_takes_the_notices_after_it() -> None:
    """The bio of the byline's author ends the article: the comment notice and ad after it go too."""
    lines = ["By Vera Gallagher, Transport Correspondent", *PARAS,
             "Vera Gallagher reports on transport for the Clarion. Send her your tips.",
             "Comments are closed on this story.", "FOR SALE: garden shed, $50."]
    kept, removed = clean_lines(lines, None)
    assert kept == PARAS
    assert [r.rule for r in removed][-3:] == ["tail:author-bio", "tail:after-bio", "tail:after-bio"]
    # the bio's author unknown (no byline): nothing is cut on a name alone
    kept, _ = clean_lines(lines[1:], None, context=PageContext())
    assert kept[-3:] == lines[-3:]


def test_a_quoted_pull_quote_of_a_short_paragraph_goes() -> None:
    """A pull quote set in quote marks repeats one sentence of a two-sentence paragraph: removed once."""
    source = ("The mayor spoke after the vote. \u201cWe cannot let lorries cross a bridge that engineers say is "
              "cracked,\u201d she said.")
    pull = "\u201c\u201cWe cannot let lorries cross a bridge that engineers say is cracked,\u201d she said.\u201d"
    kept, removed = clean_lines([PARAS[0], source, pull, PARAS[1]], None)
    assert kept == [PARAS[0], source, PARAS[1]] and [r.rule for r in removed] == ["repeat:pull-quote"]
    # an unquoted line that is one sentence of a short paragraph is article text
    plain = "We cannot let lorries cross a bridge that engineers say is cracked, she said today."
    kept, _ = clean_lines([PARAS[0], f"The mayor spoke. {plain}", plain], None)
    assert plain in kept


def test_a_closing_note_stays_and_a_recurring_bio_goes() -> None:
    """Both recur on the site, both are paragraphs of the article's container: the note on every
    article and right after the text stays; a bio on a third of them, or a notice after the bio, goes."""
    note = "This story is part of our Local Democracy series, paid for by readers of the Clarion."
    bio = "Vera Gallagher reports on transport for the Clarion and has covered the port since 2004."
    notice = "Comments on this story are closed. Please read our community guidelines."
    fp = {x: line_fingerprint(x) for x in (note, bio, notice)}
    learned = frozenset(fp.values())
    own = list(learned)  # all three are paragraphs of the article's container
    common = frozenset({fp[note], fp[notice]})  # on half of the site's articles or more
    body = "\n".join([*PARAS, note, bio, notice])
    new, removed = strip_body(body, learned, learned, own, common)
    assert new.split("\n") == [*PARAS, note] and removed == [bio, notice]
    # without the counts (an older caller), the container's closing lines after the text are kept
    new, _ = strip_body("\n".join([*PARAS, bio]), learned, learned, own)
    assert new.split("\n") == [*PARAS, bio]


def test_the_label_of_a_template_block_goes_with_it_when_nothing_of_the_article_follows() -> None:
    """A press release's "About <organisation>" heading over the paragraph every release ends with:
    the worker kept the heading (a learned line standing between the text and a paragraph it was not
    told to remove), site learning removes the paragraph; the heading, left last, goes with it. The
    same learned heading between two of the article's paragraphs stays."""
    heading = "About Bamouth Wildlife Fund"
    about = ("Bamouth Wildlife Fund is an independent charity founded in 1979. It funds grassroots groups "
             "that make their neighbourhoods healthier places to live.")
    learned = frozenset({line_fingerprint(heading), line_fingerprint(about)})
    new, removed = strip_body("\n".join([*PARAS, heading, about]), learned, frozenset({line_fingerprint(about)}),
                              headings=[line_fingerprint(heading)])
    assert new.split("\n") == PARAS and removed == [heading, about]
    new, removed = strip_body("\n".join([PARAS[0], heading, PARAS[1], about]), learned,
                              frozenset({line_fingerprint(about)}), headings=[line_fingerprint(heading)])
    assert new.split("\n") == [PARAS[0], heading, PARAS[1]] and removed == [about]


def test_bold_lines_and_headings_are_subheadings() -> None:
    """h2-h6 and bold text standing on a line of its own are subheadings; bold words in a sentence
    or a bold label before a link are not."""
    from pipeline.extract.structural import subheadings

    tree = lxml_html.fromstring(
        "<html><body><h3>What happens next</h3><p><b>The cost</b></p>"
        "<div>text<br><font size='3'><b>How we got here</b></font><br>more text</div>"
        "<p>Words in <b>bold inside</b> a sentence.</p><p><strong>Related:</strong> <a href='/x'>Story</a></p>"
        "</body></html>")
    assert subheadings(tree) == ["What happens next", "The cost", "How we got here"]


def test_a_recurring_subheading_between_paragraphs_survives_site_learning() -> None:
    """A learned line that the page marks up as a subheading, between two article paragraphs, is kept;
    the same line at the end of the text (a label of the template) goes."""
    heading = "What happens next"
    learned = frozenset({line_fingerprint(heading)})
    ctx = PageContext(headings=lambda: [heading])
    kept, _ = clean_lines([PARAS[0], heading, PARAS[1]], None, learned, ctx)
    assert kept == [PARAS[0], heading, PARAS[1]]
    kept, removed = clean_lines([PARAS[0], PARAS[1], heading], None, learned, ctx)
    assert kept == PARAS[:2] and [r.rule for r in removed] == ["learned:site-repeat"]
    new, _ = strip_body("\n".join([PARAS[0], heading, PARAS[1]]), learned, learned, headings=learned)
    assert new.split("\n") == [PARAS[0], heading, PARAS[1]]


def test_a_blockquote_repeating_a_sentence_of_a_short_paragraph_is_a_pull_quote() -> None:
    """The sentence set apart in a <blockquote> and found in a two-sentence paragraph is removed."""
    source = "The council met in the evening to hear residents. Most of them asked for the bridge to reopen soon."
    quote = "Most of them asked for the bridge to reopen soon."
    page = (f"<html><head><title>Bridge</title></head><body><div><p>{PARAS[0]}</p><p>{source}</p>"
            f"<blockquote><p>{quote}</p></blockquote><p>{PARAS[1]}</p><p>{PARAS[2]}</p></div></body></html>")
    result = extract_html(page, "http://paper.example/news/2.html")
    assert result is not None and result.body.split("\n") == [PARAS[0], source, PARAS[1], PARAS[2]]
    assert "repeat:pull-quote" in {r.rule for r in result.removed}


def test_a_title_affix_goes_when_the_page_shows_the_headline_alone() -> None:
    """"Headline - BE" on 127.0.0.1 (no host name to read the initials from), no <h1>: the side the
    page shows as the whole text of an element is the headline; a masthead showing the site's
    name as well leaves the choice to the other rules."""
    title = "Council closes the harbour bridge to lorries"
    page = (f"<html><head><title>{title} - BE</title></head><body><table><tr><td>"
            f"<font size='5'><b>{title}</b></font><br><br>{PARAS[0]}<br><br>{PARAS[1]}</td></tr></table>"
            "</body></html>")
    result = extract_html(page, "http://127.0.0.1:8080/news/1.html")
    assert result is not None and result.title == title
    both = page.replace("<table>", "<div><b>Bitterford Evening Echo</b></div><table>").replace(
        f"{title} - BE", f"{title} - Bitterford Evening Echo")
    result = extract_html(both, "http://127.0.0.1:8080/news/1.html")
    assert result is not None and result.title is not None and title in result.title


def test_a_learned_label_takes_its_linked_headlines_with_it() -> None:
    """Once "Our readers are reading too" is learned (removed by the workers), the headlines under
    it, each a link to the site, go as a teaser run; a paragraph after them stays."""
    label = "Our readers are reading too"
    heads = ["· Ferry fares rise again in spring", "· New school opens on the river side"]
    ctx = PageContext(links=lambda: [h.removeprefix("· ") for h in heads])
    kept, removed = clean_lines([PARAS[0], PARAS[1], label, *heads, PARAS[2]], None,
                                frozenset({line_fingerprint(label)}), ctx)
    assert kept == PARAS and [r.rule for r in removed] == ["learned:site-repeat", "teaser-run", "teaser-run"]


def test_a_learned_subheading_is_judged_against_the_lines_kept_around_it() -> None:
    """An ad label between the paragraph and a recurring subheading does not make it template; a
    bold label followed by the list it introduces is not a subheading."""
    heading = "What happens next"
    learned = frozenset({line_fingerprint(heading)})
    ctx = PageContext(headings=lambda: [heading])
    kept, _ = clean_lines([PARAS[0], "Advertisement", heading, PARAS[1], PARAS[2]], None, learned, ctx)
    assert kept == [PARAS[0], heading, PARAS[1], PARAS[2]]
    label = "Our readers are reading too"
    ctx = PageContext(headings=lambda: [label], links=lambda: ["Ferry fares rise again in spring"])
    kept, _ = clean_lines([PARAS[0], PARAS[1], label, "Ferry fares rise again in spring", PARAS[2]], None,
                          frozenset({line_fingerprint(label)}), ctx)
    assert label not in kept


def test_bylines_in_more_forms_name_their_authors() -> None:
    """"Posted by …", "Texte : …", "Escrito por …" are bylines too; "Bypass …" is not."""
    from pipeline.extract.lines import BYLINE_RE, author_names

    assert author_names("Posted by Jane Doe on March 3, 2026") == {"Jane Doe"}
    assert author_names("Texte : Marie Dupont") == {"Marie Dupont"}
    assert author_names("Escrito por Juan Pérez") == {"Juan Pérez"}
    assert not BYLINE_RE.match("Bypass road closed for the summer")


def test_a_related_run_whose_item_a_rule_would_drop_again_is_dropped_once() -> None:
    """A related run's one-link items are dropped with their label; the walk goes on after the run.

    Before, it went on into the dropped items, and an item another rule fires on (a class name
    saying "btn") was dropped a second time: an AssertionError that lost the whole page."""
    page = ("<html><head><title>Bridge closes</title></head><body><article><h1>Bridge closes</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAS)
            + "<p>Get in touch</p><div class='demo-btn'><a href='/contact?page=bridge'>Talk to our news desk</a></div>"
            + "</article></body></html>")
    result = extract_html(page, "http://paper.example/news/1.html")
    assert result is not None and result.body.split("\n") == PARAS
    assert any(r.rule == "structural:related-run" for r in result.removed)


def test_a_pull_quote_in_french_or_german_quote_marks_goes() -> None:
    """« … » with French spacing and »…« are quote marks too: a sentence so set, repeating one of a
    paragraph, is a pull quote; the sentence in its paragraph stays."""
    source = ("Le conseil a voté mardi soir. Le syndicat a examiné la gare lundi. Les travaux dureront "
              "tout l'été, selon la mairie.")
    for pull in ("« Le syndicat a examiné la gare lundi. »", "»Le syndicat a examiné la gare lundi.«"):
        kept, removed = clean_lines([PARAS[0], source, pull, PARAS[1]], None)
        assert kept == [PARAS[0], source, PARAS[1]], pull
        assert [r.rule for r in removed] == ["repeat:pull-quote"]


def _div_page(header: str) -> str:
    """An article set in <div>s alone (utility class names, no <p>), with subheadings between them."""
    para = '<div class="relative"><div class="mb-6 text-slate-800">{}</div></div>'
    body = "".join([para.format(PARAS[0]), '<h2 class="mt-10 font-bold">Why it matters</h2>',
                    para.format(PARAS[1]), '<h3 class="mt-10 font-bold">What comes next</h3>',
                    para.format(PARAS[2])])
    return ("<html><head><title>Bridge closed to lorries</title></head><body>"
            '<div class="flex"><a href="/">The Harbour Post</a> <a href="/subscribe">Subscribe</a></div>'
            f'<div class="min-w-0">{header}<div class="max-w-none text-lg">{body}</div>'
            '<div class="mt-10 flex gap-2"><a href="/tags/transport">#transport</a></div></div>'
            "<div class='grid'><a href='/a'>Another story of the day in town</a></div></body></html>")


def test_an_article_set_in_divs_keeps_its_subheadings() -> None:
    """Without <p>, a <div> of prose with no block inside is a paragraph: the block holding them is the
    article's frame, and trafilatura, shown it, keeps the subheadings between them."""
    result = extract_html(_div_page(""), "http://harbour.example/transport/bridge-closed")
    assert result is not None
    assert result.body.split("\n") == [PARAS[0], "Why it matters", PARAS[1], "What comes next", PARAS[2]]


def test_the_block_of_a_headline_loses_its_kicker_byline_and_date() -> None:
    """A <div> holding the <h1> and a few short lines (no paragraph, no caption) is the article's
    header without the tag: the section link above the headline, the author and the date go."""
    header = ('<div class="mb-8 border-b"><div class="text-sm uppercase"><a href="/tags/transport">Transport</a>'
              '</div><h1 class="text-4xl">Bridge closed to lorries</h1><div class="flex text-sm">'
              '<span>Ana Ruiz</span><span>&middot;</span><time datetime="2026-03-02T09:00:00+00:00">'
              "2 March 2026</time><span>3 min read</span></div></div>")
    result = extract_html(_div_page(header), "http://harbour.example/transport/bridge-closed")
    assert result is not None
    assert result.body.split("\n") == [PARAS[0], "Why it matters", PARAS[1], "What comes next", PARAS[2]]
    gone = {r.text: r.rule for r in result.removed if r.rule == "structural:headline-block"}
    assert {"Transport", "Ana Ruiz", "3 min read"} <= set(gone)
    # a block around the headline that holds a paragraph is the article's, not its header
    lead = ('<div class="mb-8"><h1>Bridge closed to lorries</h1>'
            f'<p>{PARAS[2]}</p><a href="/tags/transport">Transport</a></div>')
    result = extract_html(_div_page(lead), "http://harbour.example/transport/bridge-closed")
    assert result is not None and "structural:headline-block" not in {r.rule for r in result.removed}


def test_a_learned_subheading_after_an_advertisement_stays_in_the_second_pass() -> None:
    """Site learning's second pass judges a recurring subheading against the lines it keeps around
    it: after an advertisement's label that goes, it still stands between two paragraphs."""
    heading, ad = "The cost", "SKIP ADVERTISEMENT"
    learned = frozenset({line_fingerprint(heading), line_fingerprint(ad)})
    body = "\n".join([PARAS[0], ad, heading, PARAS[1], PARAS[2]])
    new, removed = strip_body(body, learned, learned, headings=learned)
    assert new.split("\n") == [PARAS[0], heading, PARAS[1], PARAS[2]] and removed == [ad]
    # the same heading right above another template line labels that line's block: it goes
    new, removed = strip_body("\n".join([PARAS[0], PARAS[1], heading, ad]), learned, learned, headings=learned)
    assert new.split("\n") == PARAS[:2] and removed == [heading, ad]


def test_a_recurring_subscription_prompt_goes_wherever_it_stands() -> None:
    """A paragraph that recurs on the site's pages and is mostly the text of links (a subscription
    prompt between two paragraphs of the text) goes even mid-text, where a recurring paragraph of
    prose (a disclaimer inside the article) stays."""
    prompt = ("Subscribers get unlimited access to every story and the daily crossword. Already a "
              "subscriber? Log in")
    page = (f"<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>"
            f"<p>{PARAS[0]}</p><p class='c-paragraph'><a href='/subscribe/'>{prompt[:72]}</a>{prompt[72:-6]}"
            f"<a href='/login/'>Log in</a></p><p>{PARAS[1]}</p><p>{PARAS[2]}</p></article></body></html>")
    result = extract_html(page, "http://harbour.example/news/bridge-closed")
    assert result is not None and prompt in result.body.split("\n")  # one page alone: nothing learned
    fp = line_fingerprint(prompt)
    assert result.extra["linked_lines"] == [fp]
    learned = frozenset({fp})
    new, removed = strip_body(result.body, learned, learned, linked=result.extra["linked_lines"])
    assert new.split("\n") == PARAS and removed == [prompt]
    # the same line, not linked on its page, is a legitimate repeat between two paragraphs
    assert strip_body(result.body, learned, learned) == (result.body, [])


def test_a_div_paragraph_with_links_stays_one_line() -> None:
    """trafilatura reads the text runs around the links of a <div> paragraph as lines of their own;
    they are joined again into the paragraph's one line."""
    linked = PARAS[1].replace("the ring road", '<a href="/topic/ring-road">the ring road</a>')
    body = "".join(f'<div class="cmsbox"><div class="text">{p}</div></div>' for p in (PARAS[0], linked, PARAS[2]))
    page = (f"<html><head><title>Bridge closed</title></head><body><div class='page'><h1>Bridge closed</h1>"
            f"{body}</div></body></html>")
    result = extract_html(page, "http://harbour.example/news/bridge-closed")
    assert result is not None and result.body.split("\n") == PARAS


def test_a_run_of_learned_lines_inside_the_text_goes() -> None:
    """Two or more recurring lines together, with the article's own text after them, are a template
    block set inside the article (a paywall box); one recurring line there stays (a disclaimer),
    and so does a run with nothing of the article after it (judged by its zone)."""
    offer = "Read every story and the e-paper the evening before: one month for 0.99, then 14.90 a month."
    login = "Already a subscriber?"
    learned = frozenset({line_fingerprint(offer), line_fingerprint(login)})
    new, removed = strip_body("\n".join([PARAS[0], offer, login, PARAS[1], PARAS[2]]), learned, learned)
    assert new.split("\n") == PARAS and removed == [offer, login]
    one = frozenset({line_fingerprint(offer)})
    body = "\n".join([PARAS[0], offer, PARAS[1], PARAS[2]])
    assert strip_body(body, one, one) == (body, [])


def test_a_byline_lead_is_a_word_of_its_own() -> None:
    """"Di" (Italian "by") does not open "Dieter", nor "Par" "Parker": the author stays named."""
    from pipeline.extract.lines import author_names

    assert author_names("Dieter Vogel; Lokalredaktion") == {"Dieter Vogel"}
    assert author_names("Parker Lee") == {"Parker Lee"}
    assert author_names("di Mario Rossi") == {"Mario Rossi"}
    assert author_names("Autor:Max Muster") == {"Max Muster"}


def test_a_german_pull_quote_in_low_and_high_quotes_goes() -> None:
    """„…“ closes a sentence as ”…” does: a pull quote repeating one goes."""
    para = "Der Rat hat am Montag getagt. Rund 666 Menschen haben den Kindergarten besucht. Mehr folgt bald hier."
    quote = "„Rund 666 Menschen haben den Kindergarten besucht.“"
    kept, removed = clean_lines([para, quote, PARAS[0]], None, context=PageContext(titles=()))
    assert kept == [para, PARAS[0]] and [r.rule for r in removed] == ["repeat:pull-quote"]


def test_the_label_of_an_authors_bio_goes_with_it() -> None:
    """A short line naming the author right above the author's bio ("Zur Person: Ana Ruiz") is its
    label; a line naming someone else is not."""
    bio = "Ana Ruiz ist Redakteurin und berichtet über Verkehr und Bauen. Hinweise gern an die Redaktion."
    ctx = PageContext(titles=(), authors={"Ana Ruiz"})
    kept, removed = clean_lines([*PARAS, "Zur Person: Ana Ruiz", bio], None, context=ctx)
    assert kept == PARAS and [r.rule for r in removed] == ["tail:author-bio", "tail:author-bio"]
    kept, _ = clean_lines([*PARAS, "Zur Person: Lee Park", bio], None,
                          context=PageContext(titles=(), authors={"Ana Ruiz"}))
    assert kept == [*PARAS, "Zur Person: Lee Park"]


def _parts_page(lead: str = "", between: str = "") -> str:
    more = [p.replace("council", "county") for p in PARAS]
    return ("<html><head><title>Bridge closed</title></head><body><main><article>"
            "<header><h1>Bridge closed to lorries</h1><p>By Ana Ruiz</p></header>"
            f'{lead}<figure><img src="/a.jpg" alt=""></figure>'
            f'<div class="article__body" itemprop="articleBody"><p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p></div>'
            f'<div class="video-box"><div class="video-box__info">{between or "Video: the bridge from above"}</div></div>'
            f'<div class="article__body"><p>{more[0]}</p><p>{more[1]}</p><p>{more[2]}</p></div>'
            "</article><aside><h2>Latest</h2><ul><li><a href='/x'>Another story of the day</a></li></ul></aside>"
            "</main></body></html>")


def test_an_article_set_in_parts_keeps_every_part() -> None:
    """The article's text in two sibling blocks of one class around a video: trafilatura, framed by
    the first (itemprop=articleBody), would stop where the second begins (and only its fallback,
    on the untouched page, found the rest). Both parts are kept."""
    result = extract_html(_parts_page(), "http://harbour.example/news/bridge-closed")
    assert result is not None
    lines = result.body.split("\n")
    assert lines[:3] == PARAS and len(lines) >= 5 and "county" in lines[-1]
    # found by the layers themselves: no fallback (which would bring the page's template back)
    assert result.method == "trafilatura" and "undone" not in result.extra


def test_the_lead_before_the_article_block_opens_the_text() -> None:
    """A bold paragraph of prose right before the article's block (a photo between them) is its lead;
    a paragraph in plain type there is not taken."""
    lead = "The old harbour bridge will close to lorries next month, the county council decided on Tuesday."
    result = extract_html(_parts_page(f'<div class="article__lead"><p><strong>{lead}</strong></p></div>'),
                          "http://harbour.example/news/bridge-closed")
    assert result is not None and result.body.split("\n")[:2] == [lead, PARAS[0]]
    assert result.method == "trafilatura"
    result = extract_html(_parts_page(f"<div><p>{lead}</p></div>"), "http://harbour.example/news/bridge-closed")
    assert result is not None and lead not in result.body
    # a byline and a date line between the lead and the block (a Danish "manchet")
    meta = ('<div class="article__byline"><a href="/profil/ana">Af Ana Ruiz, redaktionen</a></div>'
            '<div class="article__dates"><time>Publiceret 12. januar 2026 kl. 14.15</time></div>')
    result = extract_html(_parts_page(f'<p class="article__manchet"><strong>{lead}</strong></p>{meta}'),
                          "http://harbour.example/news/bridge-closed")
    assert result is not None and result.body.split("\n")[:2] == [lead, PARAS[0]]
    # … but not over a block of text with a sentence in it: that is no byline
    note = '<div class="note">Our reporter walked across the bridge before it closed.</div>'
    result = extract_html(_parts_page(f'<p><strong>{lead}</strong></p>{note}'),
                          "http://harbour.example/news/bridge-closed")
    assert result is not None and not result.body.startswith(lead)


def test_a_wikis_edit_marks_go_and_its_headings_stay() -> None:
    """MediaWiki's "[edit]" beside each heading is no text of the article; the heading is."""
    edit = ('<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
            '<a href="#" title="Edit section">edit</a><span class="mw-editsection-bracket">]</span></span>')
    page = ("<html><head><title>Bridge closed</title></head><body><div id='content'><h1>Bridge closed</h1>"
            f"<div class='mw-parser-output'><p>{PARAS[0]}</p><p>{PARAS[1]}</p>"
            f"<h2><span class='mw-headline'>Background</span>{edit}</h2><p>{PARAS[2]}</p></div></div></body></html>")
    result = extract_html(page, "http://wiki.example/wiki/Bridge_closed")
    assert result is not None and result.body.split("\n") == [PARAS[0], PARAS[1], "Background", PARAS[2]]
    assert "structural:edit-link" in {r.rule for r in result.removed}


def test_teaser_cards_with_excerpts_cut_short_go() -> None:
    """Cards of a linked headline and an excerpt cut short with an ellipsis, inside the article's
    block, are other articles' teasers even when the excerpt is longer than a card's blurb."""
    cards = "".join(
        f'<div class="summary-item"><div class="summary-title"><a href="/news/{n}">{title}</a></div>'
        f'<div class="summary-excerpt"><p>{PARAS[n][:160].rsplit(" ", 1)[0]}…</p></div>'
        f'<a href="/news/{n}">Read More</a></div>'
        for n, title in enumerate(("Ferry fares rise in spring", "New school opens by the river",
                                   "Market hall to be restored")))
    text = [*PARAS, *(p.replace("council", "county") for p in PARAS), *(p.replace("the", "its") for p in PARAS)]
    page = ("<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>"
            f"<div class='content'>{''.join(f'<p>{p}</p>' for p in text[:4])}"
            f"<div class='summary-block'><h2>More stories from our newsroom</h2>{cards}</div>"
            f"{''.join(f'<p>{p}</p>' for p in text[4:])}</div></article></body></html>")
    result = extract_html(page, "http://harbour.example/news/bridge-closed")
    assert result is not None and result.body.split("\n") == text
    assert "structural:teaser-list" in {r.rule for r in result.removed}


def test_a_quotation_set_as_a_figure_is_text() -> None:
    """trafilatura drops a <figure>; a quotation set as one is the article's text. An embedded post
    and a pull quote repeating a paragraph are not."""
    quote = "“We will reopen the bridge as soon as it is safe,” said Lee Park, the council's engineer."

    def page(figure: str) -> str:
        return ("<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>"
                f"<p>{PARAS[0]}</p>{figure}<p>{PARAS[1]}</p><p>{PARAS[2]}</p></article></body></html>")

    result = extract_html(page(f"<figure><blockquote>{quote}</blockquote></figure>"), "http://h.example/a")
    assert result is not None and quote in result.body.split("\n")
    tweet = f'<figure class="wp-block-embed-twitter"><blockquote class="twitter-tweet"><p>{quote}</p></blockquote></figure>'
    result = extract_html(page(tweet), "http://h.example/a")
    assert result is not None and quote not in result.body
    result = extract_html(page(f"<figure><blockquote>{PARAS[1]}</blockquote></figure>"), "http://h.example/a")
    assert result is not None and result.body.split("\n") == PARAS


def test_the_lead_in_the_article_header_opens_the_text() -> None:
    """The article header goes (kicker, byline, date), but a paragraph of prose in it named as the
    lead opens the text; a short standfirst-less header loses everything but its headline."""
    lead = "The old harbour bridge will close to lorries next month, the county council decided on Tuesday."
    page = ("<html><head><title>Bridge closed</title></head><body><article>"
            '<header class="article-header"><a href="/local">Local</a><h1>Bridge closed to lorries</h1>'
            f'<p class="article__lead">{lead}</p><div class="byline">By Ana Ruiz</div></header>'
            f'<div class="article__body">{"".join(f"<p>{p}</p>" for p in PARAS)}</div></article></body></html>')
    result = extract_html(page, "http://harbour.example/news/bridge-closed")
    assert result is not None and result.body.split("\n") == [lead, *PARAS]
    assert "By Ana Ruiz" in {r.text for r in result.removed if r.rule == "structural:article-header"}


def test_code_lines_are_never_learned_as_template() -> None:
    """A line of the page's code blocks recurs on a tech blog's posts as their text: the worker
    gives it to site learning as unlearnable, as it does a line too long to be template."""
    code = "import pandas as pd"
    page = ("<html><head><title>Counting permits</title></head><body><article><h1>Counting permits</h1>"
            f"<p>{PARAS[0]}</p><pre><code>{code}\ndf = pd.read_csv('permits.csv')</code></pre>"
            f"<p>{PARAS[1]}</p></article></body></html>")
    result = extract_html(page, "http://harbour.example/data/permits")
    assert result is not None and code in result.body.split("\n")
    assert code not in result.extra["candidate_lines"] and "" in result.extra["candidate_lines"]


def test_a_call_to_action_box_goes_and_a_subheading_stays() -> None:
    """A box of one heading that is a sentence and its button is a call to action; a subheading
    (a title, paragraphs after it) is the article's, even with a link beside it."""
    cta = '<div class="dz mp"><h2>Get unlimited access to every story for less than $1 a week.</h2>' \
          '<a href="/plans">Become a member</a></div>'
    page = ("<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>"
            f"<p>{PARAS[0]}</p>{cta}<div><h2>What comes next</h2><a href='/map'>Map</a></div>"
            f"<p>{PARAS[1]}</p><p>{PARAS[2]}</p></article></body></html>")
    result = extract_html(page, "http://harbour.example/news/bridge-closed")
    assert result is not None and "Get unlimited access" not in result.body
    assert "What comes next" in result.body.split("\n")
    assert "structural:call-to-action" in {r.rule for r in result.removed}


def test_a_recurring_h1_section_heading_survives_site_learning() -> None:
    """A post heading its sections with <h1>s: a recurring one between two paragraphs is a
    subheading of the article, kept as an <h2> would be."""
    page = ("<html><head><title>Counting permits</title></head><body><article><h1>Counting permits</h1>"
            f"<p>{PARAS[0]}</p><h1>The cost</h1><p>{PARAS[1]}</p><p>{PARAS[2]}</p></article></body></html>")
    result = extract_html(page, "http://harbour.example/data/permits")
    assert result is not None and line_fingerprint("The cost") in result.extra["heading_lines"]
    learned = frozenset({line_fingerprint("The cost")})
    assert strip_body(result.body, learned, learned, headings=result.extra["heading_lines"])[1] == []


def test_an_inline_teaser_label_may_end_with_dots() -> None:
    """"Read also.. <a>headline</a>" is an inline teaser as "Read also: <a>headline</a>" is."""
    teaser = "اقرأ أيضا.. هيئة الطرق تدعم المكتبة الجديدة"
    ctx = PageContext(titles=(), links=lambda: iter(["هيئة الطرق تدعم المكتبة الجديدة"]))
    kept, removed = clean_lines([PARAS[0], teaser, PARAS[1]], None, context=ctx)
    assert kept == PARAS[:2] and [r.rule for r in removed] == ["inline-teaser"]


def test_a_template_line_with_a_varying_end_is_learned_by_its_opening_words() -> None:
    """"This article appears in the <month> print edition with the headline “…”" differs on every
    page by its end: its opening words recur, are learned under a key of their own, and take the
    line from the tail. A paragraph of several sentences opening alike, and the same line in the
    head, stay."""
    from pipeline.extract.sitelearn import PageLines, learn, prefix_key

    notes = [f"This article appears in the March 2026 print edition with the headline “{h}.”"
             for h in ("Bridge closed to lorries", "Ferry fares rise in spring", "Market hall restored")]
    correction = ("Correction, March 3, 2026: An earlier version of this article misstated the cost of "
                  "the bridge repairs. It is 3 million pounds.")
    towns = ("Halport", "Elmwick", "Torby")
    pages = [PageLines(f"http://harbour.example/{n}", [p.replace("council", f"{towns[n]} council") for p in PARAS]
                       + [note]) for n, note in enumerate(notes)]
    learned = learn([p.counted() for p in pages], 0, {}, frozenset())
    key = prefix_key(notes[0])
    assert key is not None and key in learned and prefix_key(correction) is None
    new, removed = strip_body("\n".join([*PARAS, correction, notes[0]]), learned, learned)
    assert new.split("\n") == [*PARAS, correction] and removed == [notes[0]]
    body = "\n".join([notes[1], *PARAS])
    assert strip_body(body, learned, learned) == (body, [])


def test_a_dek_that_is_a_sentence_is_the_lead() -> None:
    """A heading right after the <h1> that is a sentence opens the story (Turkish portals' "spot");
    one without a sentence end is a subtitle (dek) and goes. A short sentence named as the header's
    dek is the lead too."""
    def page(after_h1: str, header: str = "") -> str:
        head = f"<header><h1>Bridge closed to lorries</h1>{header}</header>" if header else \
            f"<h1>Bridge closed to lorries</h1>{after_h1}"
        return ("<html><head><title>Bridge closed</title></head><body><article>"
                f"{head}"
                f'<div class="body">{"".join(f"<p>{p}</p>" for p in PARAS)}</div></article></body></html>')

    spot = "The bridge closes on Monday."
    result = extract_html(page(f"<h2>{spot}</h2>"), "http://harbour.example/a")
    assert result is not None and result.body.split("\n")[0] == spot
    result = extract_html(page("<h2>What the closure means for drivers</h2>"), "http://harbour.example/a")
    assert result is not None and result.body.split("\n") == PARAS
    result = extract_html(page("", f'<p class="article-header__dek">{spot}</p>'), "http://harbour.example/a")
    assert result is not None and result.body.split("\n")[0] == spot


def _notes_page(note: str) -> str:
    return ("<html><head><title>Counting permits</title></head><body><article><h1>Counting permits</h1>"
            f'<p>{PARAS[0]}<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup></p>'
            f"<p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
            '<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1">'
            f'<p>{note}&#160;<a href="#fn:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>'
            "</li></ol></div></article></body></html>")


def test_notes_are_text_and_their_marks_go() -> None:
    """A note's number in the text and its link back ("↩︎") go, the text around them kept; the
    note itself is the article's text (trafilatura dropped it for its back-link), and never
    learned as template however formulaic it is on the site."""
    note = "We asked the National Audit Office for comment on Monday; it had not replied by the time of posting."
    result = extract_html(_notes_page(note), "http://harbour.example/data/permits")
    assert result is not None
    lines = result.body.split("\n")
    assert lines[0] == PARAS[0] and "↩" not in result.body
    assert any(note in line for line in lines)
    assert all(note not in line for line in result.extra["candidate_lines"])
    # the notes are looked for only where their names are in the source, which a page in UTF-16
    # does not show to a byte search: it is searched all the same
    page = _notes_page(note)
    for html in (page.encode("utf-16"), page.encode("utf-8")):
        result = extract_html(html, "http://harbour.example/data/permits")
        assert result is not None and all(note not in line for line in result.extra["candidate_lines"])


def test_a_run_inside_the_text_counts_lines_learned_whole_only() -> None:
    """A learned label followed by a line learned only by its opening words is no template block
    inside the text: the line stays where it stands (the head), and the label alone stays mid-text."""
    from pipeline.extract.sitelearn import prefix_key

    label, point = "Key points", "About 261 residents joined the protest against the closure of the old nursery."
    key = prefix_key(point)
    assert key is not None
    learned = frozenset({line_fingerprint(label), key})
    body = "\n".join([label, point, *PARAS])
    assert point in strip_body(body, learned, learned)[0].split("\n")


def test_a_run_is_read_in_the_lines_trafilatura_found() -> None:
    """The workers take a learned label out of the text before the stage's second pass ("Je
    m'abonne" under a subscription prompt): the run it made with the prompt is read in the page's
    candidate lines, and the prompt, learned and now alone in the text, goes too."""
    prompt = "Abonnez-vous à La Gazette : 1 € le premier mois, sans engagement, et accédez à tous les articles."
    label = "Je m'abonne"
    learned = frozenset({line_fingerprint(prompt), line_fingerprint(label)})
    body = "\n".join([PARAS[0], prompt, PARAS[1], PARAS[2]])
    assert strip_body(body, learned, learned) == (body, [])  # alone: a legitimate repeat
    found = [PARAS[0], prompt, label, PARAS[1], PARAS[2]]
    assert strip_body(body, learned, learned, found=found) == ("\n".join(PARAS), [prompt])


def test_a_press_releases_about_section_ends_the_text() -> None:
    """"About <Org>" right over a paragraph opening with the same name starts the release's
    boilerplate: it goes with what follows it (statements, contact, "SOURCE <Org>"). A section
    "About the study" over "The study …" is the article's."""
    about = ["About Acme Widgets Inc.", "Acme Widgets Inc. is a maker of widgets, based in Springfield.",
             "Media Contact: Ana Ruiz, press@acme.example", "SOURCE Acme Widgets Inc."]
    kept, removed = clean_lines([*PARAS, *about], None, context=PageContext(titles=()))
    assert kept == PARAS and {r.rule for r in removed} == {"tail:about"}
    study = ["About the study", "The study followed 2,000 drivers over two years on the ring road and the bridge."]
    kept, _ = clean_lines([*PARAS, *study], None, context=PageContext(titles=()))
    assert kept == [*PARAS, *study]


def test_an_image_with_its_caption_in_a_div_is_a_figure() -> None:
    """A <div> of one image and a short caption under it (no <figure>) is a figure: its caption
    goes. A row of such blocks (a landing page's feature cards) and a blurb with an icon after it
    stay; a lead of bare text in a <div> named "opener" opens the text."""
    lead = "The old harbour bridge will close to lorries next month, the county council decided on Tuesday."
    photo = ('<div class="opener-foto"><img src="/a.jpg" alt=""><p class="popisek">The bridge from the quay. '
             '<span class="autor">Foto: Jan Novak, Denik</span></p></div>')
    page = ("<html><head><title>Bridge closed</title></head><body><div class='art-full'><h1>Bridge closed</h1>"
            f"<div class='opener'>{lead}</div>{photo}"
            f"<div id='art-text'>{''.join(f'<p>{p}</p>' for p in PARAS)}</div></div></body></html>")
    result = extract_html(page, "http://harbour.example/zpravy/bridge-closed")
    assert result is not None and result.body.split("\n") == [lead, *PARAS]
    assert "structural:caption" in {r.rule for r in result.removed}
    cards = "".join(f'<div class="card"><img src="/i{n}.svg" alt=""><p>{blurb}</p></div>' for n, blurb in enumerate(
        ("Transform your brand with our expert touch.", "Engage your visitors with stunning designs.")))
    icon = '<div class="row"><p>Stand out on the shelves with our packaging.</p><img src="/arrow.svg" alt=""></div>'
    page = ("<html><head><title>Services</title></head><body><main><h1>Services</h1>"
            f"<p>{PARAS[0]}</p><div class='cards'>{cards}</div>{icon}<p>{PARAS[1]}</p></main></body></html>")
    result = extract_html(page, "http://studio.example/services")
    assert result is not None and "structural:caption" not in {r.rule for r in result.removed}


def test_a_short_lead_named_as_one_opens_the_text_and_a_paywall_notice_goes() -> None:
    """A lead named as one ("ingress") may be one short sentence, across the photo, the byline and
    the time; an unnamed short paragraph there is not taken. A box named "paywall" inside the text
    goes, the paragraphs around it stay."""
    ingress = "The bridge closes to lorries in March."
    meta = ('<figure><img src="/a.jpg" alt=""><figcaption>The bridge.</figcaption></figure>'
            '<div class="byline"><span>Teksti: Ana Ruiz</span></div>'
            '<div class="timestamps"><time>Julkaistu 21.1.2026 07:08</time></div>')
    notice = ('<div class="paywall-notice"><p>This is a Plus article. Subscribe and read every story.</p>'
              '<a href="/subscribe">First month for 1 euro</a></div>')

    def page(lead: str) -> str:
        return ("<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>"
                f"{lead}{meta}<div class='article-body'><p>{PARAS[0]}</p>{notice}<p>{PARAS[1]}</p>"
                f"<p>{PARAS[2]}</p></div></article></body></html>")

    result = extract_html(page(f'<p class="ingress">{ingress}</p>'), "http://harbour.example/a")
    assert result is not None and result.body.split("\n") == [ingress, *PARAS]
    assert "structural:named-block" in {r.rule for r in result.removed}
    result = extract_html(page(f"<p>{ingress}</p>"), "http://harbour.example/a")
    assert result is not None and result.body.split("\n") == PARAS


def test_a_prompt_and_its_button_go_and_a_paragraph_with_a_button_beside_it_stays() -> None:
    """A box of one sentence and one <button> between paragraphs is a call to action; a box with
    more than that (a paragraph of text and a toggle) is not taken for one."""
    prompt = ('<div class="happening"><p>Find out what is happening in Kelton with free, real-time updates '
              "from the Kelton Voice.</p><button>Let's go!</button></div>")
    faq = ("<div class='faq'><p>Can lorries still cross the bridge at night?</p><p>No. The ban holds day and "
           "night until the repairs end.</p><button>Close</button></div>")

    def page(box: str) -> str:
        return ("<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>"
                f"<p>{PARAS[0]}</p>{box}<p>{PARAS[1]}</p><p>{PARAS[2]}</p></article></body></html>")

    result = extract_html(page(prompt), "http://kelton.example/a")
    assert result is not None and result.body.split("\n") == PARAS
    assert "structural:call-to-action" in {r.rule for r in result.removed}
    result = extract_html(page(faq), "http://kelton.example/a")
    assert result is not None and "No. The ban holds day and night until the repairs end." in result.body


def test_a_results_table_is_never_learned_and_heads_the_subheading_after_it() -> None:
    """A table's rows recur on a site once their numbers are masked (every earnings story's "Revenue |
    N | N | N%"): they are never counted for learning, and a recurring subheading under the table
    still heads the article's text."""
    rows = ["| ($m) | Q4 2025 | Q4 2024 | Change |", "| Revenue | 1,466.4 | 1,354.9 | +8.2% |"]
    assert candidate_lines([*rows, "Subscribe to our newsletter today"]) == [
        "", "", "Subscribe to our newsletter today"]
    heading = "What management said"
    learned = frozenset({line_fingerprint(heading)})
    new, removed = strip_body("\n".join([PARAS[0], *rows, heading, PARAS[1]]), learned, learned,
                              headings=learned)
    assert new.split("\n") == [PARAS[0], *rows, heading, PARAS[1]] and removed == []


def test_a_block_named_in_camel_case_is_read_word_by_word() -> None:
    """ASP.NET's "ctl00_ContentPlaceHolder1_gvComments" names a comments block as "comments" does;
    a camel-case "isHiddenOnMobile" is not taken for a hidden block."""
    comments = ('<table id="ctl00_ContentPlaceHolder1_gvComments"><tr><td><span>Posted by RiverRat on '
                "1/10/2026 5:22:46 AM</span><br><span>About time! The council should have closed the bridge "
                "to lorries years ago, everyone on our street has said so.</span></td></tr></table>")

    def page(block: str, cls: str = "story") -> str:
        return ("<html><head><title>Bridge closed</title></head><body><div id='ctl00_Main'>"
                f"<span id='ctl00_lblTitle'>Bridge closed</span><div class='{cls}'><p>{PARAS[0]}</p>"
                f"<p>{PARAS[1]}</p><p>{PARAS[2]}</p></div>{block}</div></body></html>")

    result = extract_html(page(comments), "http://kelton.example/News/NewsDetail.aspx?NewsID=5")
    assert result is not None and result.body.split("\n") == PARAS
    assert "structural:named-block" in {r.rule for r in result.removed}
    result = extract_html(page("", "isHiddenOnMobile story"), "http://kelton.example/a")
    assert result is not None and result.body.split("\n") == PARAS


def test_a_players_label_goes_wherever_it_stands() -> None:
    """"Play Video. Duration: 1 minute 0 seconds" between paragraphs is the player's label; a
    sentence with a time in it, or a short line without a length, stays."""
    for label in ("Play Video. Duration: 1 minute 0 seconds", "Guarda il video · Durata 03:14"):
        kept, removed = clean_lines([PARAS[0], label, PARAS[1]], None)
        assert kept == PARAS[:2] and [r.rule for r in removed] == ["media-label"]
    for line in ("The play opens at 7:30 on Friday.", "Play it again"):
        assert line in clean_lines([PARAS[0], line, PARAS[1]], None)[0]


def test_a_source_line_in_italics_closing_the_text_goes() -> None:
    """"Parengta pagal policijos pranešimą" in italics after the last paragraph is the text's source
    line, not its text; an italic sentence there, or an italic line mid-text, stays."""
    def page(last: str, where: str = "end") -> str:
        paras = [f"<p>{p}</p>" for p in PARAS]
        paras.insert(len(paras) if where == "end" else 1, last)
        return ("<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>"
                f"<div class='text'>{''.join(paras)}</div><div class='tags'><a href='/t'>Roads</a></div>"
                "</article></body></html>")

    note = '<p class="source"><em>Parengta pagal policijos pranešimą</em></p>'
    result = extract_html(page(note), "http://kelton.example/a")
    assert result is not None and result.body.split("\n") == PARAS
    assert "structural:source-note" in {r.rule for r in result.removed}
    sentence = "<p><em>The council has been asked to comment on the closure.</em></p>"
    result = extract_html(page(sentence), "http://kelton.example/a")
    assert result is not None and "The council has been asked to comment on the closure." in result.body
    result = extract_html(page("<p><em>Parengta pagal policijos pranešimą</em></p>", "mid"), "http://kelton.example/a")
    assert result is not None and "Parengta pagal policijos pranešimą" in result.body


def test_a_key_points_box_over_the_text_opens_it() -> None:
    """A box of a short label and a list of sentences right before the text's block (a photo between
    them) is the story's own summary: its points open the text, its label does not. A box with a
    note under its list, or a list of links, stays out."""
    points = ["Researchers followed 170,430 women for an average of 15 years.",
              "Those who slept under six hours had a 36% higher risk."]

    def page(box: str) -> str:
        return ("<html><head><title>Poor sleep linked to kidney disease</title></head><body><article>"
                "<h1>Poor sleep linked to kidney disease</h1><figure><img src='/a.jpg'></figure>"
                f"{box}<div class='entry-content'>{''.join(f'<p>{p}</p>' for p in PARAS)}</div>"
                "</article></body></html>")

    items = "".join(f"<li>{p}</li>" for p in points)
    result = extract_html(page(f"<div class='key-takeaways'><h2>Key takeaways</h2><ul>{items}</ul></div>"),
                          "http://health.example/a")
    assert result is not None and [line.lstrip("- ") for line in result.body.split("\n")] == [*points, *PARAS]
    noted = f"<div class='highlights'><h2>Story Highlights</h2><ul>{items}</ul><p>Generated by AI.</p></div>"
    result = extract_html(page(noted), "http://health.example/a")
    assert result is not None and points[0] not in result.body
    links = "".join(f"<li><a href='/s{i}'>{p}</a></li>" for i, p in enumerate(points))
    result = extract_html(page(f"<div class='more'><h2>More stories</h2><ul>{links}</ul></div>"),
                          "http://health.example/a")
    assert result is not None and points[0] not in result.body


def test_a_prompt_with_a_link_set_as_a_button_and_a_lone_promotion_link_go() -> None:
    """A box of one sentence and a link named as a button ("Donate now") between paragraphs is a call
    to action; a paragraph that is one link opening "Find out more about …" is a promotion. A
    paragraph with a plain link beside it, and a linked list item, stay."""
    box = ('<div class="donate-cta"><p>Help us protect barn owls and the places they live. Your gift today '
           'makes a real difference.</p><a class="button" href="/donate">Donate now</a></div>')
    promo = '<p class="find-out"><a href="/what-we-do">Find out more about our river projects</a></p>'
    plain = ("<div><p>The trust's survey counted more barn owls on the moor this year than in any year "
             "since records began.</p><a href='/survey'>Read the survey</a></div>")

    def page(block: str) -> str:
        return ("<html><head><title>Barn owls return</title></head><body><article><h1>Barn owls return</h1>"
                f"<p>{PARAS[0]}</p>{block}<p>{PARAS[1]}</p><p>{PARAS[2]}</p></article></body></html>")

    for block, rule in ((box, "structural:call-to-action"), (promo, "linked-promo")):
        result = extract_html(page(block), "http://wildlife.example/news/owls/")
        assert result is not None and result.body.split("\n") == PARAS, block
        assert rule in {r.rule for r in result.removed}
    result = extract_html(page(plain), "http://wildlife.example/news/owls/")
    assert result is not None and "more barn owls on the moor" in result.body


INTRO = ("Officials have held eleven public meetings on the plan so far, and readers sent us their "
         "questions after our December coverage: here are the answers.")


def _accordion_page() -> str:
    items = "".join(
        f'<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button collapsed" '
        f'type="button" aria-expanded="false" aria-controls="answer-{i}">{q}</button></h2>'
        f'<div id="answer-{i}" class="accordion-panel" role="region" hidden><p>{PARAS[i]}</p></div></div>'
        for i, q in enumerate(["What exactly is changing?", "Why is this happening now?", "Will my bill go up?"]))
    return ("<html><head><title>Your questions, answered</title></head><body><article><h1>Your questions, answered</h1>"
            f"<p>{INTRO}</p><div class='faq accordion'><button class='expand-all'>Expand all</button>{items}</div>"
            "</article></body></html>")


def test_an_accordions_questions_and_collapsed_answers_are_the_text() -> None:
    """An explainer's questions are buttons in headings (trafilatura drops every button) and its
    answers collapsed panels (`hidden`, opened by the button's `aria-controls`): both are the
    article's text, in order; a button that is no heading's content ("Expand all") is not."""
    result = extract_html(_accordion_page(), "http://harbour.example/explainers/bus-network")
    assert result is not None
    lines = result.body.split("\n")
    assert lines == [INTRO, "What exactly is changing?", PARAS[0], "Why is this happening now?", PARAS[1],
                     "Will my bill go up?", PARAS[2]]


def _listicle_page() -> str:
    items = "".join(
        f'<li class="list-item"><h2>{i + 1}. {name}</h2><figure><img src="/{i}.jpg" alt="{name}">'
        f'<figcaption>Inside the dining room at {name}. (Photo: Luis Ortega)</figcaption></figure>'
        f"<p>{name} opened in the old mill building in 1980, and it has had a following ever since, largely for "
        f"the onion soup. {PARAS[i]}</p><p><a href='https://resy.example/{i}'>Book on Resy for this weekend</a></p></li>"
        for i, name in enumerate(["The Velvet Fig", "Iron Pot Noodle Bar", "Golden Hen Bakehouse"]))
    return ("<html><head><title>3 places to eat</title></head><body><article><h1>3 places to eat</h1>"
            f"<p>{INTRO}</p><ol class='listicle-items'>{items}</ol></article></body></html>")


def test_a_list_whose_items_are_sections_is_read_as_sections() -> None:
    """A numbered list article: each item a heading, a captioned photo and paragraphs. trafilatura
    made each item one line, caption and booking link included; read as sections, the headings
    and paragraphs are lines of their own, and the paragraph that opens with the photo's alt text
    (the place's name) is no caption: a caption is short."""
    result = extract_html(_listicle_page(), "http://harbour.example/food/3-places-to-eat")
    assert result is not None
    lines = result.body.split("\n")
    assert lines[:3] == [INTRO, "1. The Velvet Fig", "The Velvet Fig opened in the old mill building in 1980, and "
                         f"it has had a following ever since, largely for the onion soup. {PARAS[0]}"]
    assert "3. Golden Hen Bakehouse" in lines
    assert not any("dining room" in line or "Book on Resy" in line for line in lines)


def test_a_pages_custom_elements_are_laid_out_as_blocks_and_text() -> None:
    """A daily built from web components (`<story-paragraph>`, `<ad-slot>`, `<related-rail>`):
    trafilatura runs unknown elements' text into one line, byline, share bar and paragraphs together.
    Laid out as a browser shows them, each paragraph is a line, a `story-subhead` a subheading, an
    element in a sentence stays in it, and the chrome goes by its name."""
    subhead = "How the bridge was built"
    story = "".join(f"<story-paragraph>{p}</story-paragraph>" for p in PARAS[:2])
    page = (
        "<html><head><title>Bridge closes - The Clarion</title></head><body><news-article>"
        "<story-header><h1>Bridge closes</h1><author-byline><a href='/staff/vg'>By Vera Gallagher</a>"
        "</author-byline><share-bar><share-button>Facebook</share-button><share-button>Email</share-button>"
        f"</share-bar></story-header><story-body>{story}<ad-slot><ad-label>Advertisement</ad-label></ad-slot>"
        f"<story-subhead>{subhead}</story-subhead><story-paragraph>Repairs begin <relative-time>next "
        "week</relative-time> and are expected to take most of the summer, the council said.</story-paragraph>"
        "</story-body><related-rail><h2>More from the Clarion</h2><rail-item><a href='/a'>Council sets the "
        "budget for next year</a></rail-item><rail-item><a href='/b'>Harbour festival returns in June after "
        "two years</a></rail-item></related-rail><site-footer>Copyright 2026 The Clarion. All rights reserved."
        "</site-footer></news-article></body></html>")
    result = extract_html(page, "http://clarion.example/story/bridge-closes")
    assert result is not None
    assert result.body.split("\n") == [*PARAS[:2], subhead, "Repairs begin next week and are expected to take "
                                       "most of the summer, the council said."]
    # AMP's elements without text are left as they are
    from pipeline.extract.structural import custom_elements

    tree = lxml_html.fromstring("<html><body><amp-img src='a.jpg'></amp-img><p>Text</p></body></html>")
    custom_elements(tree)
    assert tree.find(".//amp-img") is not None


def test_the_times_that_are_the_articles_words_keep_their_text() -> None:
    """trafilatura drops every <time>: a sentence's date ("On <time>…</time> the council met") and a
    chronology's, whose entries then read as a date alone (a dateline to site learning). A time in a
    sentence and an entry's date stay, the date opening its event's line; a dateline's times go."""
    from pipeline.extract.structural import text_times

    tree = lxml_html.fromstring(
        "<html><body><p>On <time datetime='2026-03-03'>March 3</time> the council met in the town hall "
        "to vote.</p><p class='meta'>Posted <time>Tue 13 Jan 2026 at 6:57am</time>, updated "
        "<time>Tue 13 Jan 2026 at 1:50pm</time></p><ol><li><time>December 18, 2023</time>\n<p>The bridge "
        "opened.</p></li><li><time>May 2, 2024</time> Cracks were found.</li></ol>"
        "<dl><dt><time>June 1, 2025</time></dt><dd>The council closed the bridge.</dd></dl></body></html>")
    text_times(tree)
    texts = [" ".join(el.text_content().split()) for el in tree.iter("p", "li", "dd")]
    assert texts[0] == "On March 3 the council met in the town hall to vote."
    assert [t.text for t in tree.iter("time")] == ["Tue 13 Jan 2026 at 6:57am", "Tue 13 Jan 2026 at 1:50pm"]
    assert "December 18, 2023 The bridge opened." in texts and "May 2, 2024 Cracks were found." in texts
    assert "June 1, 2025 The council closed the bridge." in texts and tree.find(".//dt") is None
    # through the extractor: the sentence keeps its date
    page = (f"<html><body><article><h1>Bridge</h1><p>{PARAS[0]}</p><p>On <time datetime='2026-03-03'>March "
            f"3</time> the council met in the town hall to vote on the repairs.</p><p>{PARAS[1]}</p></article>"
            "</body></html>")
    result = extract_html(page, "http://clarion.example/news/bridge")
    assert result is not None and "On March 3 the council met" in result.body
    assert result.published_at is not None and result.published_at.day == 3  # the metadata read it first


def _sentences(seed: str, n: int) -> list[str]:
    """n distinct paragraphs of prose about `seed`."""
    return [f"The {seed} committee met for the {i + 1}th time this year and heard evidence from residents, "
            f"engineers and the council's own planners about the {seed} works, which are running late." for i in range(n)]


def test_a_page_preloading_the_next_stories_keeps_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """An article page holding the next stories below its own (infinite scroll), longer than it: the
    safety net's fallback extractors (readability takes the longest story) must not swap the page's
    story, the one under its headline that fast mode found, for a story further down. (Only on a
    page that declares itself a story: og:type article or an article's JSON-LD.)"""
    from pipeline.extract import core

    own, second, third = _sentences("harbour", 7), _sentences("library", 8), _sentences("railway", 9)

    def story(tag: str, cls: str, head: str, paras: list[str]) -> str:
        return f"<{tag} class='{cls}'>{head}" + "".join(f"<p>{p}</p>" for p in paras) + f"</{tag}>"

    page = ("<html><head><title>Harbour works run late | The Clarion</title>"
            "<meta property='og:type' content='article'></head><body><main>"
            "<div class='infinite-scroll-container'>"
            + story("article", "article", "<h1>Harbour works run late</h1>", own)
            + "<div class='next-divider'><span>Up next</span></div>"
            + story("div", "next-article", "<h2><a href='/library'>Library works</a></h2>", second)
            + "<div class='next-divider'><span>Next story</span></div>"
            + story("div", "next-article", "<h2><a href='/railway'>Railway works</a></h2>", third)
            + "</div></main></body></html>")
    result = extract_html(page, "http://clarion.example/story/harbour-works")
    assert result is not None and result.body.split("\n") == own
    # a page that declares no story (a shop's, a forum's) keeps the fallbacks' text as before
    shop = extract_html(page.replace("content='article'", "content='product'"), "http://clarion.example/p/1")
    assert shop is not None and third[0] in shop.body
    # the guard is what keeps it: without it, the stories below come with (or instead of) the page's own
    monkeypatch.setattr(core, "_another_story", lambda *a: False)
    swapped = extract_html(page, "http://clarion.example/story/harbour-works")
    assert swapped is not None and third[0] in swapped.body


def test_a_poll_amid_the_text_goes() -> None:
    """A reader poll set in the article ("Have your say: …" over an embedded poll) is not its text."""
    page = (f"<html><body><article><h1>Bridge</h1><p>{PARAS[0]}</p><div class='poll'><p class='poll-question'>"
            f"Have your say: has the council done enough?</p></div><p>{PARAS[1]}</p></article></body></html>")
    result = extract_html(page, "http://clarion.example/news/bridge")
    assert result is not None and result.body.split("\n") == PARAS[:2]


def test_a_pictures_credit_and_a_slide_counter_on_lines_of_their_own_go() -> None:
    """A photo story told in captions comes back through the fallback extractors with each slide's
    counter ("3 of 14") and credit ("Photo: Ana Ruiz / Reuters") on lines of their own. A YAML
    line ("image: nginx:1.14.2", lower case) and a sentence opening with "Photo:" stay."""
    lines = [PARAS[0], "1 of 20", "Crowds line the esplanade as the regatta gets under way.",
             "Photo: Rhys Pemberton / NZME", "PHOTO: AFP", "Image 2/20", "image: nginx:1.14.2",
             "Photo: the mayor opened the new bridge on Tuesday.", PARAS[1]]
    kept, removed = clean_lines(lines, None)
    assert kept == [PARAS[0], "Crowds line the esplanade as the regatta gets under way.", "image: nginx:1.14.2",
                    "Photo: the mayor opened the new bridge on Tuesday.", PARAS[1]]
    assert [(r.text, r.rule) for r in removed] == [
        ("1 of 20", "counter"), ("Photo: Rhys Pemberton / NZME", "credit"), ("PHOTO: AFP", "credit"),
        ("Image 2/20", "counter")]


def test_an_article_in_sections_keeps_every_section(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page whose text is spread over sibling sections of one class (a documentation page's or a
    long read's chapters), one of which holds most of it, inside blocks whose names say nothing:
    trafilatura is shown the block around the sections as the frame, not the longest section alone."""
    from pipeline.extract import core

    def section(n: int, heading: str, paras: list[str]) -> str:
        return (f"<div class='sect1' id='CHAPTER-{n}'><div class='titlepage'><h2>{heading}</h2></div>"
                + "".join(f"<p>{p}</p>" for p in paras) + "</div>")

    first, long, last = _sentences("harbour", 1), _sentences("bridge", 8), _sentences("ferry", 2)
    page = ("<html><head><title>The harbour</title></head><body><div class='nav'><a href='/'>Home</a></div>"
            "<div class='wrap-7'><h1>The harbour</h1>" + section(1, "Beginnings", first)
            + section(2, "The bridge", long) + section(3, "The ferry", last) + "</div>"
            "<div class='foot'><a href='/about'>About us</a></div></body></html>")
    result = extract_html(page, "http://docs.example/harbour.html")
    assert result is not None
    assert result.body.split("\n") == ["Beginnings", *first, "The bridge", *long, "The ferry", *last]
    # without it, the longest section alone is the frame and the others are lost
    monkeypatch.setattr(core, "_has_sections", lambda frame: False)
    alone = extract_html(page, "http://docs.example/harbour.html")
    assert alone is not None and first[0] not in alone.body and long[0] in alone.body


def test_one_teaser_card_amid_the_text_goes_and_a_forum_quote_stays() -> None:
    """A "Recommended" card set amid the text (a picture and a headline linking one other story of
    the site, and an excerpt cut short) is not the article's; its excerpt used to stay. A quote
    block's "Click to expand..." under its one link is no excerpt, and a card linking away stays."""
    card = ("<div class='_c1'><span>Recommended</span><a href='/culture/library-reopens'><img src='/l.jpg'></a>"
            "<div><a href='/culture/library-reopens'>The town library reopens after the flood</a>"
            "<p class='_s2'>Every shelf on the ground floor was emptied in March, and the last of the books "
            "came back on…</p></div></div>")
    page = (f"<html><body><article><h1>Bridge</h1><p>{PARAS[0]}</p>{card}<p>{PARAS[1]}</p>"
            "</article></body></html>")
    result = extract_html(page, "http://clarion.example/news/bridge")
    assert result is not None and result.body.split("\n") == PARAS[:2]
    assert ("structural:teaser-list" in {r.rule for r in result.removed})
    quote = ("<div class='bbCodeBlock'><div class='bbCodeBlock-title'><a href='/goto/post?id=7'>"
             "Harbour Resident From The North said:</a></div><div class='bbCodeBlock-content'>"
             "<div>The bridge was never meant for lorries of that weight, as anyone here knows well.</div>"
             "<div class='expand'>Click to expand...</div></div></div>")
    kept = extract_html(page.replace(card, quote), "http://clarion.example/news/bridge")
    assert kept is not None and "never meant for lorries" in kept.body
    away = extract_html(page.replace("/culture/library-reopens", "https://elsewhere.example/library"),
                        "http://clarion.example/news/bridge")
    assert away is not None and "Every shelf on the ground floor" in away.body


def test_a_subheading_a_contents_list_links_to_stays_under_a_learned_label() -> None:
    """An explainer's "Back to top ↑" (learned: it closes every section on the site) stands over
    the next section's heading, whose text the page's contents list links to. The heading is no
    link itself, so it is the article's, not a teaser headline under a learned label; a linked
    headline there still goes."""
    label, heading = "Back to top ↑", "What happens next?"
    lines = [PARAS[0], label, heading, PARAS[1]]
    learned = frozenset({line_fingerprint(label)})
    ctx = PageContext(links=lambda: [heading], plain_headings=lambda: [heading])
    kept, removed = clean_lines(lines, None, learned, ctx)
    assert kept == [PARAS[0], heading, PARAS[1]] and [r.rule for r in removed] == ["learned:site-repeat"]
    linked = PageContext(links=lambda: [heading])  # the heading is a link: a teaser's headline
    kept, removed = clean_lines(lines, None, learned, linked)
    assert heading not in kept and [r.rule for r in removed] == ["learned:site-repeat", "teaser-run"]
    page = ("<html><body><nav class='toc'><a href='#next'>What happens next?</a></nav><article>"
            "<h2 id='next'>What happens next?</h2><h3><a href='/other'>Another story of the town today</a></h3>"
            "</article></body></html>")
    assert plain_headings(lxml_html.fromstring(page)) == ["What happens next?"]


def _metered_page(free: object = False, selector: object = ".paywall") -> str:
    """A metered daily's page: two paragraphs shown, the rest hidden in a block the JSON-LD names as
    the part not free to read, and the offer box over it."""
    import json

    shown, locked = _sentences("harbour", 2), _sentences("ferry", 4)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "The harbour",
          "isAccessibleForFree": free,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": free, "cssSelector": selector}}
    return ("<html><head><title>The harbour</title><script type='application/ld+json'>" + json.dumps(ld)
            + "</script></head><body><article><h1>The harbour</h1><div class='article-body'>"
            + "".join(f"<p>{p}</p>" for p in shown)
            + "<div class='paywall-offer'><h2>Subscribe to continue reading</h2><p>Get unlimited access to "
            "every story for just $1 a week.</p><a class='btn' href='/subscribe'>Subscribe now</a></div>"
            "<div class='paywall article-body__locked' hidden aria-hidden='true'>"
            + "".join(f"<p>{p}</p>" for p in locked) + "</div></div></article></body></html>")


def test_the_paywalled_part_a_pages_json_ld_names_is_the_articles_text() -> None:
    """schema.org's markup for paywalled content (hasPart, isAccessibleForFree false, cssSelector)
    names the hidden block that holds the rest of the article: it is read as the text, the offer
    box is not."""
    shown, locked = _sentences("harbour", 2), _sentences("ferry", 4)
    result = extract_html(_metered_page(), "http://metered.example/news/harbour")
    assert result is not None and result.body.split("\n") == [*shown, *locked]
    # a part free to read, a selector not read, or a named block that is shown (a metered site's
    # text container, read as it is) unwraps nothing
    for page in (_metered_page(free=True), _metered_page(selector="div > .paywall"),
                 _metered_page(selector=["not", "a string"]), _metered_page(selector=".article-body")):
        other = extract_html(page, "http://metered.example/news/harbour")
        assert other is not None and locked[0] not in other.body and shown[0] in other.body


def test_a_labelled_line_of_the_sites_topics_goes() -> None:
    """"See more on: <a>Education</a>, <a>City Council</a>" closing a story: a short label with a
    colon and two or more links of a few words to the site's topic pages. A line naming sources on
    other sites, or linking headlines, stays."""
    topics = ("<p class='see-more'>See more on: <a href='/topic/education'>Education</a>, "
              "<a href='/topic/city-council'>City Council</a></p>")
    page = f"<html><body><article><h1>Bridge</h1><p>{PARAS[0]}</p><p>{PARAS[1]}</p>{topics}</article></body></html>"
    result = extract_html(page, "http://clarion.example/news/bridge")
    assert result is not None and result.body.split("\n") == PARAS[:2]
    sources = topics.replace("/topic/education", "https://stats.example/education").replace(
        "/topic/city-council", "https://council.example/minutes")
    kept = extract_html(page.replace(topics, sources), "http://clarion.example/news/bridge")
    assert kept is not None and "City Council" in kept.body


def test_a_charts_source_and_credit_in_its_figure_go_and_a_testimonial_stays() -> None:
    """A chart's figure holds its source line and credit beside the picture, outside <figcaption>;
    a table's figure its source note. A figure quoting a customer beside her photo keeps its copy."""
    chart = ("<figure><h3>Broadband speeds by area</h3><div class='chart'><svg><rect width='10' height='5'/>"
             "</svg></div><p class='chart-source'>Source: Federal Transit Administration data</p>"
             "<p class='chart-credit'>Chart: Gideon Osei / Abworth Insight</p></figure>")
    table = ("<figure><table><tr><td>Area</td><td>2020</td></tr><tr><td>Ulford</td><td>65</td></tr></table>"
             "<p class='table-source'>Source: State health department records</p></figure>")
    page = (f"<html><body><article><h1>Bridge</h1><p>{PARAS[0]}</p>{chart}<p>{PARAS[1]}</p>{table}"
            f"<p>{PARAS[2]}</p></article></body></html>")
    result = extract_html(page, "http://clarion.example/news/bridge")
    assert result is not None and "Source:" not in result.body and "Chart:" not in result.body
    assert all(p in result.body for p in PARAS)
    testimonial = ("<figure><blockquote><p>Join local networking groups.</p></blockquote><img src='/ana.jpg'>"
                   "<p class='copy'>They are very low cost per month, and that is your way of getting your "
                   "name out in the community.</p></figure>")
    kept = extract_html(page.replace(chart, testimonial), "http://clarion.example/news/bridge")
    assert kept is not None and "getting your name out in the community" in kept.body


def test_a_reporting_was_contributed_by_line_closing_the_text_goes() -> None:
    """"Reporting was contributed by …", a contributors' line after the text, goes as the other
    credit lines do ("Additional reporting by …"); the same words inside the text stay."""
    credit = "Reporting was contributed by Priya Yardley and Liam Okafor."
    kept, removed = clean_lines([PARAS[0], PARAS[1], credit], None)
    assert kept == PARAS[:2] and [(r.text, r.rule) for r in removed] == [(credit, "tail:credit")]
    inside = "Reporting was contributed by readers, the council said, after it asked them for photographs."
    kept, _ = clean_lines([PARAS[0], inside, PARAS[1]], None)
    assert inside in kept


def test_a_reviews_closing_shop_line_goes() -> None:
    """A book review's closing line: the book's details, then "To support <paper>, order your copy
    at …" (a promotion in its later sentence). A sentence of the text opening "To support …" stays."""
    shop = ("The Orchard at Summer by Maya Patel is published by Marram Press (£30.95). To support The "
            "Upper Marworth Observer, order your copy at our books shop. Delivery charges may apply.")
    kept, removed = clean_lines([PARAS[0], PARAS[1], shop], None)
    assert kept == PARAS[:2] and [(r.text, r.rule) for r in removed] == [(shop, "tail:promo")]
    text = "To support the families, the council will open a fund. It said more help would follow."
    kept, _ = clean_lines([PARAS[0], PARAS[1], text], None)
    assert text in kept
