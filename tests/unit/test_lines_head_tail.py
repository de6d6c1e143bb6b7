"""Line rules written for unseen templates: the head runs to the first prose, bios close an article,
numbers do not split a site's template line, "See also:" and one headline are a teaser."""

from __future__ import annotations

from pipeline.extract import calendar
from pipeline.extract.lines import PageContext, author_names, clean_lines, line_fingerprint

PROSE = ["The council voted on Tuesday to close the old harbour bridge to lorries from next month, "
         "after engineers found cracks in two of its supports during a routine inspection.",
         "Drivers will be sent along the ring road, which adds about twelve minutes to the journey "
         "for the hauliers who cross the river several times a day."]


def test_byline_and_dateline_under_a_masthead_are_in_the_head() -> None:
    """Lines before the first paragraph of prose are the head, however many a masthead adds."""
    lines = ["Your trusted local news source since 1877", "Subscribe to the print edition",
             "Home delivery from $3.99 a week", "By Vera Gallagher, Transport Correspondent",
             "Published 01/09/2026 06:13 PM CST", *PROSE]
    kept, removed = clean_lines(lines, None)
    assert kept[-2:] == PROSE and {r.rule for r in removed} >= {"byline", "dateline"}


def test_an_author_bio_closing_the_article_goes() -> None:
    """A closing line that opens with the byline's name is the author's bio; the same name mid-text stays."""
    ctx = PageContext(authors=author_names("Von Vera Gallagher"))
    quote = "Vera Gallagher asked the council why the bridge had not been inspected sooner than this spring."
    bio = "Vera Gallagher is a transport correspondent at the Clarion and has covered the port since 2004."
    kept, removed = clean_lines([PROSE[0], quote, PROSE[1], bio], None, context=ctx)
    assert kept == [PROSE[0], quote, PROSE[1]] and [r.rule for r in removed] == ["tail:author-bio"]
    # what follows the bio (a comment notice, a classified ad) is the page's, not the article's
    notice, ad = "Comments are closed. Read our community guidelines.", "FOR SALE: 2009 Ford Ranger, $6,500."
    kept, removed = clean_lines([PROSE[0], PROSE[1], bio, notice, ad], None, context=ctx)
    assert kept == PROSE and [r.rule for r in removed] == ["tail:author-bio", "tail:after-bio", "tail:after-bio"]
    # an article paragraph after the name's sentence: no bio, nothing cut
    kept, removed = clean_lines([PROSE[0], quote, PROSE[1], notice], None, context=ctx)
    assert kept == [PROSE[0], quote, PROSE[1], notice] and removed == []
    assert author_names("By Ana Ruiz and Lee Park") == {"Ana Ruiz", "Lee Park"}
    assert author_names("Reuters") == set()


def test_short_template_lines_recur_whatever_their_numbers() -> None:
    """A short line differing only in its date or counter has one key; a long paragraph keeps its numbers."""
    assert line_fingerprint("Stand: 12.01.2026 11:05 Uhr") == line_fingerprint("Stand: 3.02.2026 09:41 Uhr")
    assert line_fingerprint(PROSE[0]) != line_fingerprint(PROSE[0].replace("twelve", "12").replace("two", "3"))
    long_a, long_b = PROSE[0] + " It cost 100 pounds.", PROSE[0] + " It cost 200 pounds."
    assert line_fingerprint(long_a) != line_fingerprint(long_b)


def test_a_dateline_recurs_across_months_and_weekdays() -> None:
    """In a short line with numbers, month and weekday names are masked too (any of the languages
    newsflow knows, wide or abbreviated); a line without numbers keeps its words."""
    assert line_fingerprint("Publié le mardi 3 mars 2026 à 10h45") == line_fingerprint(
        "Publié le samedi 19 avril 2025 à 08h02")
    assert line_fingerprint("Updated Jan. 4, 2026") == line_fingerprint("Updated Sept. 30, 2025")
    assert line_fingerprint("Aktualisiert am 2. Dezember 2026") == line_fingerprint("Aktualisiert am 14. Mai 2026")
    assert line_fingerprint("March for science") != line_fingerprint("April for science")


def test_the_calendar_words_file_is_babels_data() -> None:
    """pipeline/extract/calendar_words.txt is what `python -m pipeline.extract.calendar` makes from
    babel's CLDR data now (regenerate it after changing the locales or upgrading babel)."""
    assert calendar.WORDS_FILE.read_text(encoding="utf-8").split() == calendar.generate()
    assert {"mars", "avril", "dezember", "sept", "mardi"} <= calendar.load()


def test_see_also_and_one_linked_headline_are_a_teaser() -> None:
    """A short label ending in a colon followed by one linked headline goes; a longer lead-in sentence stays."""
    head = "Harbour bridge repairs start in June"
    ctx = PageContext(links=lambda: [head])
    kept, removed = clean_lines([PROSE[0], "See also:", head, PROSE[1]], None, context=ctx)
    assert kept == PROSE and {r.rule for r in removed} == {"teaser-run"}
    intro = "This post will discuss the following:"
    kept, _ = clean_lines([PROSE[0], intro, head, PROSE[1]], None, context=PageContext(links=lambda: [head]))
    assert intro in kept


SOURCE = "\u2014 Vera Gallagher (@VeraGallagher) March 13, 2026"  # an embedded post's source line


def test_an_embedded_post_repeating_a_sentence_goes_with_its_source_line() -> None:
    """A quotation block opening with a sentence of the text is a pull quote: its source line (the
    rest of the block) goes with it. A quotation block of its own text keeps its source line."""
    sentence = "The council voted on Tuesday to close the old harbour bridge to lorries from next month."
    para = f"{sentence} Engineers found cracks in two of its supports during a routine inspection this spring."
    ctx = PageContext(quotes=lambda: [f"{sentence} {SOURCE}"])
    kept, removed = clean_lines([para, sentence, SOURCE, PROSE[1]], None, context=ctx)
    assert kept == [para, PROSE[1]] and [r.rule for r in removed] == ["repeat:pull-quote"] * 2
    own = "Hauliers say the detour will cost them hundreds of pounds every week until the repairs end."
    ctx = PageContext(quotes=lambda: [f"{own} {SOURCE}"])
    kept, removed = clean_lines([PROSE[0], own, SOURCE, PROSE[1]], None, context=ctx)
    assert kept == [PROSE[0], own, SOURCE, PROSE[1]] and removed == []


def test_a_paragraph_quoted_whole_in_an_embed_goes_and_quoted_copies_stay() -> None:
    """The later copy of a paragraph goes when it opens a quotation block with a source line and the
    earlier copy is not set as one; copies all set as quotations (a carousel of testimonials), or a
    quotation without a source line (a forum's quoted post), stay."""
    lines = [PROSE[0], PROSE[1], PROSE[1], SOURCE]
    kept, removed = clean_lines(lines, None, context=PageContext(quotes=lambda: [f"{PROSE[1]} {SOURCE}"]))
    assert kept == PROSE and [r.rule for r in removed] == ["repeat:pull-quote"] * 2
    both = PageContext(quotes=lambda: [f"{PROSE[1]} {SOURCE}"] * 2)
    kept, removed = clean_lines([PROSE[0], PROSE[1], SOURCE, PROSE[1], SOURCE], None, context=both)
    assert kept == [PROSE[0], PROSE[1], SOURCE, PROSE[1], SOURCE] and removed == []
    forum = PageContext(quotes=lambda: [PROSE[1]])
    kept, removed = clean_lines([PROSE[0], PROSE[1], PROSE[1]], None, context=forum)
    assert kept == [PROSE[0], PROSE[1], PROSE[1]] and removed == []


def test_a_contact_block_closing_the_article_goes_whole() -> None:
    """Phone and e-mail lines at the end are contact details; the lines naming whom they reach and
    the block's label go with them (two at most). Links closing a list are not a person's contact."""
    block = ["Media enquiries", "Press office, Department for Transport",
             "Email pressoffice@transport.example.gov", "Telephone 028 9054 5698 (Monday to Friday, 9am to 5pm)"]
    kept, removed = clean_lines([*PROSE, *block], None)
    assert kept == PROSE and [r.rule for r in removed][1:] == ["tail:contact"] * 3
    kept, removed = clean_lines([*PROSE, "Tel.: +49 30 1234567"], None)
    assert kept == PROSE and [r.rule for r in removed] == ["tail:contact"]
    products = ["21) Pesca pazza, gioco da tavolo", "http://amzn.to/2hWbQ1f", "22) L'allegro chirurgo",
                "http://amzn.to/2hYzHgP"]
    kept, removed = clean_lines([*PROSE, *products], None)
    assert kept == [*PROSE, *products[:3]] and [r.rule for r in removed] == ["tail:contact"]
    # a year or a count in a sentence is no phone number
    closing = "Tel Aviv 2026 marks the 1,000,000th visitor to the exhibition this year."
    assert clean_lines([*PROSE, closing], None)[0] == [*PROSE, closing]


def test_a_learned_subheading_after_an_embedded_post_stays() -> None:
    """A recurring subheading between two paragraphs is the article's, with an embedded post's
    source line above it passed over."""
    heading = "Why it matters"
    ctx = PageContext(quotes=lambda: [f"{PROSE[0]} {SOURCE}"], headings=lambda: [heading])
    learned = frozenset({line_fingerprint(heading)})
    kept, _ = clean_lines([PROSE[0], SOURCE, heading, PROSE[1]], None, learned, context=ctx)
    assert heading in kept
    # above it a line that is neither prose nor a quotation's: the heading of a template block
    kept, _ = clean_lines([PROSE[0], "Click to play Tap to play", heading, PROSE[1]], None, learned,
                          context=PageContext(headings=lambda: [heading]))
    assert heading not in kept


def test_a_recurring_subheading_heads_its_text_past_one_template_line() -> None:
    """A learned subheading stays over its paragraph with one short template line between them (a
    live blog's "<Name> reports from <place>"), not over a list its label introduced; with nothing
    above it, it stays when it is one of the article container's own lines."""
    heading, reporter = "Residents gather outside town hall", "Niko Abbott reports from Sorwick"
    learned = frozenset({line_fingerprint(heading), line_fingerprint(reporter)})
    ctx = PageContext(headings=lambda: [heading])
    kept, _ = clean_lines([PROSE[0], heading, reporter, PROSE[1]], None, learned, context=ctx)
    assert kept == [PROSE[0], heading, PROSE[1]]
    items = ["Harbour bridge repairs", "Ferry timetable", "Ring road works"]
    kept, _ = clean_lines([PROSE[0], heading, *items, PROSE[1]], None, learned, context=ctx)
    assert heading not in kept
    brief = "Dive Brief:"
    first = frozenset({line_fingerprint(brief)})
    own = PageContext(headings=lambda: [brief], article=lambda: [brief, *PROSE])
    assert clean_lines([brief, *PROSE], None, first, context=own)[0] == [brief, *PROSE]
    other = PageContext(headings=lambda: [brief])
    assert clean_lines([brief, *PROSE], None, first, context=other)[0] == PROSE


def test_an_agency_credit_and_a_closing_prompt_end_the_text() -> None:
    """"(With inputs from PTI)" is a wire credit; a short last line whose later sentence is a prompt
    ("… Follow us on Google News.") a promotion; a last paragraph with no prompt in it stays."""
    promo = "Stay updated with the latest news on The Vororford Chronicle. Follow us on Google News."
    kept, removed = clean_lines([*PROSE, "(With inputs from PTI)", promo], None)
    assert kept == PROSE and [r.rule for r in removed] == ["tail:credit", "tail:promo"]
    closing = "The ring road will stay open while the bridge is repaired. Hauliers welcomed the news."
    assert clean_lines([*PROSE, closing], None)[0] == [*PROSE, closing]


def test_a_dated_note_after_the_text_stays_however_it_recurs() -> None:
    """An update or correction note after the article's text, a label holding a date then
    sentences, is the article's even when its wording recurs on the site; a recurring notice
    without a dated label there goes."""
    from pipeline.extract.sitelearn import dated_note, strip_body

    note = "Update, February 13, 2026: A reader pointed out that the meeting was moved; the date above is correct."
    asked = "We asked the council for comment on Monday; it had not replied by the time of publication."
    learned = frozenset({line_fingerprint(note), line_fingerprint(asked)})
    body, removed = strip_body("\n".join([*PROSE, note]), learned, learned)
    assert body.split("\n") == [*PROSE, note] and removed == []
    body, removed = strip_body("\n".join([*PROSE, asked]), learned, learned)
    assert body.split("\n") == PROSE and removed == [asked]
    assert dated_note("Opdateret 28. januar kl. 20.00: Artiklen er opdateret med en kommentar fra Line Dahl.")
    assert not dated_note("Editor's note: This story has been updated to include comment from the council.")
    assert not dated_note("Update 2026: too short.")


def test_a_kicker_of_short_labels_in_the_head_goes() -> None:
    """"Girls Basketball | Nonconference" or "News › Politics" over the text is a kicker; the same
    shape after the head, or a heading with a sentence, stays."""
    kept, removed = clean_lines(["Girls Basketball | Nonconference", *PROSE], None)
    assert kept == PROSE and [r.rule for r in removed] == ["kicker"]
    assert clean_lines(["News › Politics", *PROSE], None)[0] == PROSE
    late = [*PROSE, PROSE[0].replace("Tuesday", "Monday"), "Bridge | Ring road", PROSE[1].replace("ring", "inner")]
    assert "Bridge | Ring road" in clean_lines(late, None)[0]
    assert clean_lines(["Vote: yes | no, says the council.", *PROSE], None)[0][0].startswith("Vote")


def test_a_section_label_over_the_headline_goes() -> None:
    """A label of a few words right above the page's headline ("Economia") is the section's kicker:
    nothing of the article stands above its headline. The same word elsewhere, or over a line that
    is not the headline, stays."""
    title = "Orolo, una zona industriale esamina il panificio rurale"
    kept, removed = clean_lines(["Economia", title, *PROSE], title)
    assert kept == PROSE and [r.rule for r in removed] == ["kicker", "headline-repeat"]
    assert clean_lines(["Economia", *PROSE], title)[0] == ["Economia", *PROSE]
    sentence = "Read this first."
    assert clean_lines([sentence, title, *PROSE], title)[0] == [sentence, *PROSE]
    assert "Economia" in clean_lines([PROSE[0], "Economia", title, PROSE[1]], title)[0]
