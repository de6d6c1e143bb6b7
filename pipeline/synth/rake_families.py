"""Four RAKE template families for the synthetic publishers (see `pipeline.synth.publishers`).

"rake" is a split of its own, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS`, `FAMILY_ZONES` and `RENDERERS` from
this module into its registries and keeps `FAMILIES` from here apart, as `RAKE_FAMILIES`: the rake
families are generated only by `generate_corpus("rake")`, so every other corpus is as it was. All
four are English-language article pages (2026) of kinds that carry their own furniture around the
text: a daily's unsigned editorial with the board's box, an international outlet's article
translated from Spanish or French, a daily's article page with its print-edition metadata and a data
story with charts. No new language: the English grammar of `pipeline.synth.prose` writes every
story's paragraphs; the editorial and the data story get headlines of their kind (`kit._retitle`,
the same whichever page renders first), and the renderers add the blocks of text their kind has
(the editorial's numbered demands, the data story's table and methodology) to the body.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a list inside the text is body, one line per item; a data table inside the
text that the text introduces is body, one line per row (the row's cells joined by single spaces, the
header row included); a photo's or chart's caption and credit are boilerplate; a label of fewer than
four words ("More editorials", "Most emailed", "Advertisement", "Read the original") is no snippet
(neither). The choices each family makes for the debatable parts:
  * editorial-board-opinion: a US daily's unsigned editorial. The body is the editorial's
    paragraphs and subheadings; on about half the pages a paragraph "We call on the <org> to:" (or
    "The <org> should:") and a numbered <ol> of three to five demands follow the second paragraph:
    the lead-in paragraph and each demand are body, one line per item. The kicker "Editorial" and
    the comments button ("Comments" and a count) are neither (fewer than four words). The byline
    ("By The Editorial Board" or "By the <Site> Editorial Board"), the date line ("Published March
    7, 2026" with a time on some sites), the share bar, the board box ("About the Editorial Board",
    each member's "Name, Title" line), placed after the text on some sites and beside it (an aside)
    on others, the note "Editorials represent the views of the <Site> Editorial Board, ..." (the
    same on every page of a site), the letters call ("Write a letter to the editor" and its
    sentence), "More editorials" headlines, the navigation, the newsletter box and the footer are
    boilerplate;
  * translated-article-note: an international outlet's English edition (Spain and Latin America,
    translated from Spanish; France, translated from French). The body is the translated article's
    paragraphs and subheadings. The note "This article was translated from Spanish with the help of
    AI and reviewed by an editor." sits at the top of the text on some sites and at its bottom on
    others, followed by the link "Read the original" (three words: neither) or, on other sites,
    "Read the original in Spanish" (a snippet); the note, the translator credit ("Translated by
    <name>, edited by <name>" or "English version by <name>"), the language switcher ("Español |
    Français | English", the current edition last), the original author's byline ("By <name>,
    <city>"), the date line, the share bar, "Most read" headlines, the newsletter call and the
    outlet's standard footer (sections, the publisher's line, copyright) are boilerplate. The
    standfirst under the headline is neither, as is the "Advertisement" label of the ad slot some
    pages have before the footer;
  * print-edition-page-refs: a US daily's article page that carries print metadata. The body is the
    article's paragraphs and subheadings. The line "A version of this article appears in print on
    <date>, Section <X>, Page <n> of the <edition> edition with the headline: <print headline>."
    after the text (its date, section, page and headline varying page by page), the row "Order
    Reprints | Today's Paper | Subscribe", the "See more on: <topics>" line, the reporter's
    bio, the "Reporting was contributed by ..." credit (on some pages), the date line ("Published
    ... Updated ..."), the share bar, the section front's "Most emailed" headlines, the navigation and
    the footer are boilerplate; the "Advertisement" labels amid the text and "Skip advertisement"
    are neither; the byline "By <name>" (three words) is neither;
  * data-journalism-charts: a data story. The body is the story's paragraphs, subheadings, the
    table (on about half the pages: a paragraph introducing it, then one line per row, the header
    row included, cells joined by single spaces) and the "Methodology" section at the end (its
    heading and one or two paragraphs). Each of the two to four charts is a <figure> holding an SVG
    (on some sites an <img>) with its title (an <h3> or a <figcaption>), "Source: <agency>" and
    "Chart: <Name> / <Site>": title, source and credit are boilerplate (a chart's caption and
    credit), the SVG's own labels (axis values, bar labels, fewer than four words each) are neither.
    The table's "Source:" note, "Download the data (CSV)" (the same on every page of a site), the
    byline, the date line, the share bar, "More data stories" headlines, the newsletter call, the
    navigation and the footer are boilerplate.

Families (language; date source; URL and title forms):
  rake  editorial-board-opinion  en (US zones); JSON-LD OpinionNewsArticle datePublished with the
                                 offset; paths /opinion/editorials/<yyyy>/<mm>/<dd>/<slug>/ or
                                 /opinion/editorial-<slug>-<8 digits>.html; <title> "Editorial: T |
                                 Site" or "T - Site"
  rake  translated-article-note  en (Madrid, Paris, Mexico City, Bogota, Buenos Aires); JSON-LD
                                 NewsArticle datePublished with the offset (translationOfWork in
                                 es or fr); the visible "Published Mar 7, 2026, 14:30 CET"; paths
                                 /en/<section>/<yyyy-mm-dd>/<slug>.html or
                                 /english/<section>/<slug>-<id>/; <title> "T | Site" or "T - Site
                                 English"
  rake  print-edition-page-refs  en (US zones); <meta property="article:published_time"> with the
                                 offset and <time datetime>; paths /<yyyy>/<mm>/<dd>/<section>/<slug>
                                 .html; <title> "T - The Site"
  rake  data-journalism-charts   en (Europe/London, America/New_York); <meta
                                 property="article:published_time"> in UTC ("Z") and the visible
                                 "Published 7 March 2026" (British sites, amounts in pounds) or
                                 "Published March 7, 2026" (US sites, in dollars); paths
                                 /data/<yyyy>/<mm>/<slug>/ or /interactive/<yyyy>/<slug>-<6
                                 digits>; <title> "T | Site Data" or "T - Site"

Every renderer keeps the body within 14 lines of more than six words and 250-900 words (merging two
adjacent paragraphs, trimming sentences), so `body`, taken from the story after rendering, has it.
"""

from __future__ import annotations

from pipeline.synth.prose import _cap

FAMILIES: dict[str, str] = {
    "editorial-board-opinion": "rake",
    "translated-article-note": "rake",
    "print-edition-page-refs": "rake",
    "data-journalism-charts": "rake",
}
FAMILY_LANGUAGE: dict[str, str] = {}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "editorial-board-opinion": ("The {p} Herald", "{p} Daily News", "The {p} Dispatch", "{p} Times-Union",
                                "The {p} Sentinel"),
    "translated-article-note": ("{p} Global", "{p} International", "{p} Hoy English", "El {p} Mundo English",
                                "{p} Continental"),
    "print-edition-page-refs": ("The {p} Times", "{p} Daily Record", "The {p} Journal", "{p} Morning Post"),
    "data-journalism-charts": ("{p} Data Desk", "The {p} Chronicle", "{p} Insight", "The {p} Statesman"),
}
_US = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
FAMILY_ZONES: dict[str, tuple[str, ...]] = {
    "editorial-board-opinion": _US,
    "translated-article-note": ("Europe/Madrid", "Europe/Paris", "America/Mexico_City", "America/Bogota",
                                "America/Argentina/Buenos_Aires"),
    "print-edition-page-refs": ("America/New_York", "America/Chicago", "America/Los_Angeles"),
    "data-journalism-charts": ("Europe/London", "America/New_York"),
}


def _sid(o: Story, key: str, lo: int, hi: int) -> int:
    """A number for a story, the same on every page (its URL's id)."""
    return random.Random(f"rake-{key}-{o.title}").randint(lo, hi)


def _ampm(d: datetime) -> str:
    """ "2:30 p.m."."""
    return f"{d.hour % 12 or 12}:{d:%M} {'a.m.' if d.hour < 12 else 'p.m.'}"


def _menu(items: tuple[str, ...], cls: str) -> str:
    return f'<nav class="{cls}"><ul>' + "\n".join(
        f'<li><a href="/{_slug(x)}/">{esc(x)}</a></li>' for x in items
    ) + "</ul></nav>"


def _story_list(stories: list[Story], cls: str, heading: str, tag: str = "h2", ol: bool = False) -> str:
    lst = "ol" if ol else "ul"
    return (
        f'<section class="{cls}"><{tag}>{esc(heading)}</{tag}><{lst}>'
        + "\n".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in stories)
        + f"</{lst}></section>"
    )


def _fit(s: Story, lines: int, words: int) -> None:
    """Make room in the story's own paragraphs for `lines` more lines of more than six words and
    `words` more words: merge adjacent paragraphs (the last pair first) while the body would have more
    than 14 such lines, then trim sentences while it would have more than 900 words."""
    while _long_lines(s) + lines > 14:
        pairs = [i for i in range(len(s.blocks) - 1, 0, -1)
                 if s.blocks[i][0] == "p" and s.blocks[i - 1][0] == "p"]
        if not pairs:
            break
        i = pairs[0]
        s.sentences[i - 1] += s.sentences[i]
        s.blocks[i - 1] = ("p", " ".join(s.sentences[i - 1]))
        del s.blocks[i], s.sentences[i]
    _trim(s, 900 - words)


def _insert_blocks(s: Story, at: int, blocks: list[tuple[str, str]]) -> None:
    """Insert blocks (each its own one-sentence list, headings none) before block `at`."""
    s.blocks[at:at] = blocks
    s.sentences[at:at] = [[] if tag in ("h2", "h3") else [text] for tag, text in blocks]


def _body_html(s: Story, c: Ctx, extras: dict[int, list[str]] | None = None,
               ol_class: str = "", table: str = "") -> list[str]:
    """The story's blocks as HTML: paragraphs (with `Ctx.inline`), headings, a run of "li" blocks as
    one <ol>, a run of "row" blocks as the given `table` (already rendered); the HTML of `extras[i]`
    after block i."""
    out: list[str] = []
    extras = extras or {}
    k = 0
    blocks = s.blocks
    while k < len(blocks):
        tag, text = blocks[k]
        if tag == "li":
            run = []
            while k < len(blocks) and blocks[k][0] == "li":
                run.append(f"<li>{esc(blocks[k][1])}</li>")
                k += 1
            out.append(f'<ol class="{ol_class}">' + "".join(run) + "</ol>")
            continue
        if tag == "row":
            while k < len(blocks) and blocks[k][0] == "row":
                k += 1
            out.append(table)
            continue
        if tag == "p":
            out.append(f"<p>{c.inline(text)}</p>")
        else:
            out.append(f"<{tag}>{esc(text)}</{tag}>")
        out.extend(extras.get(k, []))
        k += 1
    return out


# --- editorial-board-opinion ---------------------------------------------------------------------

ED_MENU = ("News", "Local", "Sports", "Business", "Opinion", "Editorials", "Letters", "Obituaries",
           "e-Edition")
ED_FOOTER = ("About Us", "Contact Us", "Subscriber Services", "Advertise", "Privacy Policy", "Terms of Use")
ED_TITLES = (
    "{place} deserves a straight answer on the {noun}",
    "The {noun} plan needs a rethink",
    "It is time to fix the {noun}, not study it again",
    "Voters should back the {noun} measure in {place}",
    "{place} cannot afford another delay on the {noun}",
    "The {org} owes residents an explanation",
    "A better way to pay for the {noun}",
    "Stop stalling on the {noun} in {place}",
    "The {org} got the {noun} decision right",
    "Don't let the {noun} become another broken promise",
)
ED_DEMANDS = (
    "Publish the full cost of the {noun} before the next budget vote.",
    "Hold at least two public hearings in {place} before any contract is signed.",
    "Appoint an independent inspector to review the {noun} every year.",
    "Set a firm deadline for the {noun} and report progress every quarter.",
    "Protect the {noun2} from further cuts until the review is complete.",
    "Release every email and memo related to the {noun} decision.",
    "Explain in writing why the earlier plan for the {noun2} was abandoned.",
    "Put the final proposal to a public vote rather than a closed session.",
)
ED_TITLES_STAFF = ("Editorial Page Editor", "Deputy Editorial Page Editor", "President and Publisher",
                   "Executive Editor", "Editorial Writer", "Editorial Writer", "Opinion Columnist",
                   "Community Member")


def _ed_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = c.stable(f"ed-plan-{k}-{attempt}")
    en = EnglishProse(r)
    place = _place(c) if r.random() < 0.5 else en.place()
    fill = {"place": place, "noun": r.choice(EN_NOUNS), "noun2": r.choice(EN_NOUNS), "org": en.org()}
    title = _cap(r.choice(ED_TITLES).format(**fill))
    return title, {**fill, "seed": f"{k}-{attempt}"}


def _ed_board(c: Ctx) -> list[str]:
    """The board's members ("Name, Title"), the same on every page of the site."""
    r = c.stable("ed-board")
    en = EnglishProse(r)
    n = r.randint(4, 7)
    titles = ["President and Publisher", "Editorial Page Editor",
              *r.sample(ED_TITLES_STAFF[3:], n - 2)]
    return [f"{en.person()}, {t}" for t in titles]


def render_editorial_board_opinion(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _ed_plan)
    s, d = c.story, c.story.published
    site = c.stable("ed")
    dated = site.random() < 0.5
    aside = site.random() < 0.5
    with_time = site.random() < 0.5
    board_word = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title)[:70].strip("-")
        if dated:
            return f"/opinion/editorials/{o.published:%Y/%m/%d}/{slug}/"
        return f"/opinion/editorial-{slug}-{_sid(o, 'ed', 10**7, 10**8 - 1)}.html"

    c.repath(path)
    dr = _page_rng(c, "ed-page")
    demands = dr.random() < 0.5
    extra: list[tuple[str, str]] = []
    if demands and len(_paras(s)) >= 3:
        r = c.stable(f"ed-demands-{g['seed']}")
        lead = (f"We call on the {g['org']} to:" if r.random() < 0.5 else f"The {g['org']} should:")
        lead = lead if _words(lead) > 6 else f"To put things right, the {g['org']} should:"
        items = [x.format(**g) for x in r.sample(ED_DEMANDS, r.randint(3, 5))]
        extra = [("p", lead), *(("li", x) for x in items)]
        _fit(s, len(extra), sum(_words(t) for _, t in extra))
        _insert_blocks(s, _paras(s)[1] + 1, extra)
    _fill(s, prose_for("en", _page_rng(c, "ed-fill")))
    bname = f"The {pub.name.removeprefix('The ')} Editorial Board"
    c.snip(" ".join(ED_MENU[:5]))
    byline = c.snip("By The Editorial Board" if board_word else f"By the {bname.removeprefix('The ')}")
    shown = f"Published {_en_date(d)}" + (f", {_ampm(d)}" if with_time else "")
    c.snip(shown)
    share = _share_bar(c, "share-tools")
    board_head = c.snip("About the Editorial Board")
    members = [c.snip(m) for m in _ed_board(c)]
    note = c.snip(
        f"Editorials represent the views of the {bname.removeprefix('The ')}, which operates independently"
        " of the newsroom. Members of the board are listed below the editorial."
        if not aside
        else f"Editorials represent the views of the {bname.removeprefix('The ')}. The board is separate from"
        " the newsroom, whose reporters and editors play no part in its opinions."
    )
    letter = c.snip("Write a letter to the editor")
    letter_note = c.snip(
        f"Have something to say about this editorial? Letters of up to 250 words may be sent to"
        f" letters@{pub.host} and must include your name and town."
    )
    more = c.pick_others(5)
    for o in more:
        c.snip(o.title)
    newsletter = c.snip(f"Get the {pub.name.removeprefix('The ')} opinion newsletter every weekday morning")
    c.snip(" ".join(ED_FOOTER[:4]))
    foot = c.copyright()
    comments = dr.randint(4, 260)
    board_html = (
        f'<div class="board-box"><h3>{esc(board_head)}</h3><ul>'
        + "".join(f"<li>{esc(m)}</li>" for m in members)
        + "</ul></div>"
    )
    data = {
        "@context": "https://schema.org",
        "@type": "OpinionNewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Organization", "name": bname},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "articleSection": "Editorials",
    }
    title = f"Editorial: {s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    body = _body_html(s, c, ol_class="demands")
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="opinion editorial">',
        f'<header class="masthead"><a class="logo" href="/">{esc(pub.name)}</a>',
        _menu(ED_MENU, "main-menu"),
        "</header>",
        '<main class="layout"><div class="main-col">',
        '<article class="editorial">',
        '<p class="kicker"><a href="/opinion/editorials/">Editorial</a></p>',
        f'<h1 class="headline">{esc(s.title)}</h1>',
        f'<div class="byline-block"><span class="byline">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">{esc(shown)}</time></div>',
        share,
        "" if aside else f'<p class="board-note"><em>{esc(note)}</em></p>',
        '<div class="article-body">',
        *body,
        "</div>",
        "" if aside else board_html,
        f'<p class="board-note"><em>{esc(note)}</em></p>' if aside else "",
        f'<div class="letters-cta"><h4><a href="/opinion/letters/submit/">{esc(letter)}</a></h4>'
        f"<p>{esc(letter_note)}</p></div>",
        f'<button class="comments-button">Comments <span class="count">{comments}</span></button>',
        "</article>",
        _story_list(more, "more-editorials", "More editorials"),
        "</div>",
        f'<aside class="rail">{board_html}</aside>' if aside else "",
        "</main>",
        f'<div class="newsletter-signup"><p>{esc(newsletter)}</p><input type="email" placeholder="Email">'
        "<button>Sign up</button></div>",
        f'<footer class="site-footer"><ul>{_footer_links(ED_FOOTER)}</ul><p>{esc(foot)}</p></footer>',
    ]
    return _end_page(c, lines, "cookie-consent", "Accept")


# --- translated-article-note ---------------------------------------------------------------------

TR_MENU = ("Spain", "Latin America", "World", "Economy", "Climate", "Culture", "Opinion", "Science")
TR_MENU_FR = ("France", "Europe", "World", "Economy", "Climate", "Culture", "Opinion", "Ideas")
TR_FOOTER = ("About us", "Editorial principles", "Style guide", "Contact", "Work with us", "Advertise",
             "Privacy", "Cookie policy")
TR_CITY = {"Europe/Madrid": "Madrid", "Europe/Paris": "Paris", "America/Mexico_City": "Mexico City",
           "America/Bogota": "Bogotá", "America/Argentina/Buenos_Aires": "Buenos Aires"}


def _tz_label(d: datetime) -> str:
    name = d.tzname() or ""
    if name.isalpha():
        return name
    off = d.utcoffset() or timedelta(0)
    hours = int(off.total_seconds() // 3600)
    return f"GMT{hours:+d}"


def render_translated_article_note(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("tr")
    french = pub.tz == "Europe/Paris"
    lang, code, native = ("French", "fr", "Français") if french else ("Spanish", "es", "Español")
    top = site.random() < 0.5
    long_link = site.random() < 0.5
    en_prefix = site.random() < 0.5
    credit_form = site.random() < 0.5
    menu = TR_MENU_FR if french else TR_MENU

    def path(o: Story) -> str:
        slug = _slug(o.title)[:70].strip("-")
        if en_prefix:
            return f"/en/{_slug(o.section)}/{o.published:%Y-%m-%d}/{slug}.html"
        return f"/english/{_slug(o.section)}/{slug}-{_sid(o, 'tr', 10**5, 10**6 - 1)}/"

    c.repath(path)
    dr = _page_rng(c, "tr-page")
    native_prose = prose_for(code, _page_rng(c, "tr-author"))
    author = native_prose.person()
    city = TR_CITY[pub.tz]
    dek = _other_sentences(c, prose_for("en", _page_rng(c, "tr-dek")), 1)
    c.snip(" ".join(menu[:5]))
    c.snip("Español | Français | English")
    byline = c.snip(f"By {author}, {city}")
    shown = c.snip(f"Published {d:%b} {d.day}, {d.year}, {d:%H:%M} {_tz_label(d)}")
    note = c.snip(f"This article was translated from {lang} with the help of AI and reviewed by an editor.")
    link = f"Read the original in {lang}" if long_link else "Read the original"
    c.snip(link)
    translators = [prose_for("en", c.stable(f"tr-staff-{k}")).person() for k in range(3)]
    tname, ename = dr.choice(translators), dr.choice(translators)
    credit = c.snip(f"Translated by {tname}, edited by {ename}" if credit_form and tname != ename
                    else f"English version by {tname}")
    share = _share_bar(c, "share-bar")
    most = c.pick_others(5)
    c.snip(f"Most read in {pub.name}")
    for o in most:
        c.snip(o.title)
    newsletter = c.snip(f"Sign up for the {pub.name} English edition newsletter, every weekday")
    group = c.snip(
        f"{pub.name} is the English-language edition of Grupo {_bare_place(c)} Comunicación"
        if not french
        else f"{pub.name} is the English-language edition of Groupe {_bare_place(c)} Médias"
    )
    c.snip(" ".join(TR_FOOTER[:5]))
    foot = c.copyright()
    original = f"/{code}/{s.path.strip('/').split('/', 1)[1]}"
    note_html = (
        f'<div class="translation-note"><p><em>{esc(note)}</em> '
        f'<a href="{esc(original)}" hreflang="{code}">{esc(link)}</a></p></div>'
    )
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "inLanguage": "en",
        "author": {"@type": "Person", "name": author},
        "translator": {"@type": "Person", "name": tname},
        "translationOfWork": {"@type": "NewsArticle", "inLanguage": code, "url": f"http://{pub.host}{original}"},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
    }
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{s.title} - {pub.name} English"
    body = _body_html(s, c)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta name="description" content="{esc(dek)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="alternate" hreflang="{code}" href="http://{pub.host}{esc(original)}">',
        _ldjson(data),
        "</head>",
        '<body class="article en-edition">',
        '<div class="top-bar"><div class="edition-switch">'
        '<a href="/es/" hreflang="es">Español</a> | <a href="/fr/" hreflang="fr">Français</a> | '
        '<span class="current">English</span></div></div>',
        f'<header class="header"><a class="logo" href="/en/">{esc(pub.name)}</a>',
        _menu(menu, "sections-nav"),
        "</header>",
        "<main><article>",
        f'<p class="section-label"><a href="/en/{_slug(s.section)}/">{esc(s.section)}</a></p>',
        f"<h1>{esc(s.title)}</h1>",
        f'<h2 class="standfirst">{esc(dek)}</h2>',
        f'<div class="signature"><span class="author">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">{esc(shown)}</time></div>',
        share,
        note_html if top else "",
        '<div class="article-body">',
        *body,
        "</div>",
        "" if top else note_html,
        f'<p class="translator-credit">{esc(credit)}</p>',
        "</article>",
        _story_list(most, "most-read", f"Most read in {pub.name}", ol=True),
        f'<div class="newsletter"><p>{esc(newsletter)}</p><button>Subscribe</button></div>',
        "</main>",
        '<footer class="footer"><div class="edition-switch">'
        '<a href="/es/">Español</a> <a href="/fr/">Français</a> <a href="/en/">English</a></div>'
        f"<ul>{_footer_links(TR_FOOTER)}</ul><p>{esc(group)}</p><p>{esc(foot)}</p></footer>",
    ]
    if dr.random() < 0.3:
        lines.insert(-1, '<div class="ad-slot"><span>Advertisement</span>'
                     f'<div id="ad-{_hex(dr, 6)}"></div></div>')
    return _end_page(c, lines, "consent", "Accept and continue")


# --- print-edition-page-refs ---------------------------------------------------------------------

PR_MENU = ("World", "U.S.", "Politics", "N.Y.", "Business", "Opinion", "Science", "Health", "Sports",
           "Arts", "Books", "Food")
PR_FOOTER = ("Contact Us", "Accessibility", "Work with us", "Advertise", "Your Ad Choices", "Privacy Policy",
             "Terms of Service", "Terms of Sale", "Site Map")
PR_SECTIONS = {"Local": "A", "Politics": "A", "Business": "B", "Environment": "D", "Transport": "A",
               "Health": "D", "Education": "A", "Culture": "C", "Sport": "B"}
PR_TOPICS = ("Housing", "Transit", "City Council", "Public Health", "Schools", "Budgets and Budgeting",
             "Elections", "Labor and Jobs", "Real Estate", "Weather", "Courts", "Environment")
PR_ZONES = {"America/New_York": "ET", "America/Chicago": "CT", "America/Los_Angeles": "PT"}


def render_print_edition_page_refs(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("pr")
    section_path = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title)[:60].strip("-")
        sec = _slug(o.section) if section_path else "nyregion" if o.section == "Local" else _slug(o.section)
        return f"/{o.published:%Y/%m/%d}/{sec}/{slug}.html"

    c.repath(path)
    dr = _page_rng(c, "pr-page")
    zone = PR_ZONES.get(pub.tz, "ET")
    edition = site.choice(("National", f"{_bare_place(c)}", "Late City", "Metro"))
    c.snip(" ".join(PR_MENU[:6]))
    a = s.author
    byline = f"By {a.name}"
    updated = d + timedelta(hours=dr.randint(1, 20), minutes=dr.randint(0, 59))
    shown = c.snip(f"Published {_en_date(d)} Updated {_en_date(updated)}, {_ampm(updated)} {zone}")
    share = _share_bar(c, "share-menu")
    print_day = d + timedelta(days=1 if d.hour >= 12 or dr.random() < 0.3 else 0)
    page_no = dr.choice((1, dr.randint(2, 28), dr.randint(2, 28)))
    letter = PR_SECTIONS.get(s.section, "A") if dr.random() < 0.8 else dr.choice("ABCDMF")
    print_head = prose_for("en", _page_rng(c, "pr-head")).title()
    while print_head == s.title:
        print_head = prose_for("en", dr).title()
    print_line = c.snip(
        f"A version of this article appears in print on {_en_date(print_day)}, Section {letter},"
        f" Page {page_no} of the {edition} edition with the headline: {print_head}."
    )
    c.snip("Order Reprints | Today\u2019s Paper | Subscribe")
    topics = [s.section, *dr.sample(PR_TOPICS, dr.randint(1, 3))]
    c.snip("See more on: " + ", ".join(topics))
    bio = c.bio()
    contributed = ""
    if dr.random() < 0.4:
        helpers = [prose_for("en", dr).person() for _ in range(dr.randint(1, 2))]
        contributed = c.snip(f"Reporting was contributed by {' and '.join(helpers)}.")
    most = c.pick_others(5)
    for o in most:
        c.snip(o.title)
    c.snip(" ".join(PR_FOOTER[:4]))
    foot = c.snip(f"\u00a9 {YEAR} The {pub.name.removeprefix('The ')} Company")
    paras = _paras(s)
    extras: dict[int, list[str]] = {}
    ad = ('<div class="ad" aria-label="Advertisement"><p class="ad-label">Advertisement</p>'
          '<a class="skip" href="#after-ad">Skip advertisement</a><div class="ad-slot"></div></div>')
    for i in paras[2:-1:3]:
        extras.setdefault(i, []).append(ad)
    body = _body_html(s, c, extras)
    title = f"{s.title} - {pub.name}" if pub.name.startswith("The ") else f"{s.title} - The {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en" class="story">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:modified_time" content="{updated.isoformat(timespec="seconds")}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        f'<meta name="print_headline" content="{esc(print_head)}">',
        f'<meta name="print_section" content="{letter}"><meta name="print_page" content="{page_no}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        '<body><div id="app">',
        '<header class="masthead"><div class="masthead-top"><a href="/section/todayspaper">Today\u2019s Paper'
        f'</a></div><a class="logo" href="/">{esc(pub.name)}</a>',
        _menu(PR_MENU, "section-nav"),
        "</header>",
        '<main id="site-content"><article id="story">',
        f'<p class="kicker"><a href="/section/{_slug(s.section)}">{esc(s.section)}</a></p>',
        f'<h1 data-testid="headline">{esc(s.title)}</h1>',
        f'<div class="byline"><span class="byline-name">{esc(byline)}</span></div>',
        f'<div class="timestamp"><time datetime="{c.iso()}">{esc(shown)}</time></div>',
        share,
        '<section name="articleBody" class="story-body">',
        *body,
        "</section>",
        f'<div class="bottom-of-article"><p class="contributed"><em>{esc(contributed)}</em></p>'
        if contributed else '<div class="bottom-of-article">',
        f'<p class="bio">{esc(bio)}</p>',
        f'<div class="print-info"><p>{esc(print_line)}</p>',
        '<p class="reprints"><a href="/reprints">Order Reprints</a> | '
        '<a href="/section/todayspaper">Today\u2019s Paper</a> | '
        '<a href="/subscribe">Subscribe</a></p></div>',
        '<p class="see-more">See more on: '
        + ", ".join(f'<a href="/topic/{_slug(t)}">{esc(t)}</a>' for t in topics)
        + "</p>",
        "</div>",
        "</article>",
        '<aside class="most-emailed"><h2>Most emailed</h2><ol>'
        + "\n".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in most)
        + "</ol></aside>",
        "</main>",
        f'<footer class="site-footer"><p>{esc(foot)}</p><ul>{_footer_links(PR_FOOTER)}</ul></footer>',
        "</div>",
    ]
    return _end_page(c, lines, "gdpr-banner", "Continue")


# --- data-journalism-charts ----------------------------------------------------------------------

DJ_MENU = ("News", "Data", "Politics", "Economy", "Climate", "Health", "Housing", "Investigations")
DJ_FOOTER = ("About the data team", "Corrections", "Contact", "Privacy notice", "Terms and conditions")
DJ_TOPICS = ("the housing crunch", "hospital waiting lists", "bus cuts", "school places", "river pollution",
             "energy bills", "rents", "childcare costs", "knife crime", "broadband speeds")
DJ_TITLES = (
    "Where {topic} hit hardest in {place}, in {n} charts",
    "{n} charts that explain {topic} in {place}",
    "How {topic} changed {place} over the past decade",
    "The numbers behind {topic} in {place}",
    "What the data says about {topic} in {place}",
)
# (metric, unit, low, high, the agency of US sites, that of British ones)
DJ_METRICS: tuple[tuple[str, str, int, int, str, str], ...] = (
    ("Median monthly rent", "$", 650, 2400, "Census Bureau survey data", "Office for National Statistics"),
    ("Average wait in weeks", "", 4, 40, "State health department records", "NHS England waiting times"),
    ("Households behind on bills", "%", 3, 28, "Federal Reserve Bank data", "Office for National Statistics"),
    ("Bus journeys per head", "", 12, 95, "Federal Transit Administration data", "Department for Transport"),
    ("Pupils per class", "", 18, 34, "National Center for Education Statistics", "Department for Education"),
    ("Pollution incidents reported", "", 5, 160, "Environmental Protection Agency",
     "Environment Agency records"),
    ("Energy debt per household", "$", 80, 900, "Energy Information Administration",
     "Ofgem debt and arrears data"),
    ("Homes with full fibre", "%", 8, 92, "Federal Communications Commission data",
     "Ofcom Connected Nations report"),
)
DJ_METHOD = (
    "We analysed figures published by the {agency} for every area between {y0} and {y1}.",
    "Areas with fewer than {k} records in any year were left out, as their figures swing too much to"
    " compare.",
    "Money values are adjusted for inflation and shown in {y1} prices.",
    "Percentages are rounded to one decimal place, so some totals may not add up exactly.",
    "Where an area's boundaries changed during the period, we used the figures recalculated for the"
    " current boundaries.",
    "Our analysis covers the most recent complete year; provisional figures for {y2} were not included.",
)


def _dj_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = c.stable(f"dj-plan-{k}-{attempt}")
    place = _place(c) if r.random() < 0.5 else EnglishProse(r).place()
    n = r.randint(2, 4)
    topic = r.choice(DJ_TOPICS)
    title = _cap(r.choice(DJ_TITLES).format(topic=topic, place=place, n=n))
    return title, {"place": place, "n": n, "topic": topic, "seed": f"{k}-{attempt}"}


def _fmt(v: float, unit: str) -> str:
    if unit in ("$", "\u00a3"):
        return f"{unit}{v:,.0f}"
    if unit == "%":
        return f"{v:.1f}%"
    return f"{v:,.0f}"


def _svg(r: random.Random, labels: list[str], values: list[float], unit: str, kind: str) -> str:
    """A small bar or line chart, its labels and values as <text>."""
    top = max(values) or 1
    parts = ['<svg viewBox="0 0 600 320" role="img" xmlns="http://www.w3.org/2000/svg">']
    if kind == "bar":
        for i, (lab, v) in enumerate(zip(labels, values, strict=True)):
            y = 20 + i * 34
            w = int(380 * v / top)
            parts.append(f'<text x="0" y="{y + 18}" class="label">{esc(lab)}</text>'
                         f'<rect x="150" y="{y}" width="{w}" height="24" fill="#c0392b"></rect>'
                         f'<text x="{156 + w}" y="{y + 18}" class="value">{esc(_fmt(v, unit))}</text>')
    else:
        pts = " ".join(f"{40 + i * (520 // max(1, len(values) - 1))},{300 - int(260 * v / top)}"
                       for i, v in enumerate(values))
        parts.append(f'<polyline points="{pts}" fill="none" stroke="#2c7fb8" stroke-width="3"></polyline>')
        for i, lab in enumerate(labels):
            parts.append(f'<text x="{30 + i * (520 // max(1, len(values) - 1))}" y="318" class="tick">'
                         f"{esc(lab)}</text>")
        parts.append(f'<text x="0" y="14" class="tick">{esc(_fmt(top, unit))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render_data_journalism_charts(c: Ctx) -> str:
    pub = c.pub
    g: dict[str, Any] = _retitle(c, _dj_plan)
    s, d = c.story, c.story.published
    site = c.stable("dj")
    dated = site.random() < 0.5
    svg_site = site.random() < 0.6
    h3_title = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title)[:70].strip("-")
        if dated:
            return f"/data/{o.published:%Y/%m}/{slug}/"
        return f"/interactive/{o.published:%Y}/{slug}-{_sid(o, 'dj', 10**5, 10**6 - 1)}"

    c.repath(path)
    gb = pub.tz == "Europe/London"
    r = c.stable(f"dj-body-{g['seed']}")
    en = EnglishProse(r)
    y1 = d.year - 1
    y0 = y1 - r.choice((5, 10))
    metrics = [(m, "\u00a3" if gb and u == "$" else u, lo, hi, uk if gb else us)
               for m, u, lo, hi, us, uk in r.sample(DJ_METRICS, 4)]
    agency = metrics[0][4]
    n_charts = g["n"]
    areas: list[str] = []
    while len(areas) < 6:
        x = en.place()
        if x not in areas:
            areas.append(x)
    # the table (on about half the pages): intro paragraph, header row, one row per area
    table_rows: list[list[str]] = []
    if r.random() < 0.5:
        metric, unit, lo, hi, _ = metrics[0]
        table_rows.append(["Area", str(y0), str(y1), "Change"])
        for area in areas[: r.randint(4, 6)]:
            a0 = r.uniform(lo, hi)
            a1 = a0 * r.uniform(0.8, 1.45)
            table_rows.append([area, _fmt(a0, unit), _fmt(a1, unit), f"{(a1 / a0 - 1) * 100:+.1f}%"])
    method_n = r.randint(1, 2)
    used: list[str] = []
    method: list[str] = []
    for _ in range(method_n):
        sents = []
        for _ in range(r.randint(2, 3)):
            t = r.choice([x for x in DJ_METHOD if x not in used])
            used.append(t)
            sents.append(t.format(agency=agency, y0=y0, y1=y1, y2=y1 + 1, k=r.randint(20, 100)))
        method.append(" ".join(sents))
    intro = (f"The table below shows the {metrics[0][0].lower()} in each area in {y0} and {y1}, with the"
             " change over the period.")
    extra: list[tuple[str, str]] = []
    if table_rows:
        extra += [("p", intro), *(("row", " ".join(x)) for x in table_rows)]
    tail = [("h2", "Methodology"), *(("p", m) for m in method)]
    long_extra = [t for _, t in [*extra, *tail] if _words(t) > 6]
    _fit(s, len(long_extra), sum(_words(t) for t in long_extra))
    if extra:
        _insert_blocks(s, _paras(s)[min(2, len(_paras(s)) - 1)] + 1, extra)
    _insert_blocks(s, len(s.blocks), tail)
    dr = _page_rng(c, "dj-page")
    makers = [prose_for("en", c.stable(f"dj-maker-{k}")).person() for k in range(3)]
    c.snip(" ".join(DJ_MENU[:5]))
    byline = c.snip(f"By {s.author.name} and {dr.choice(makers)}" if dr.random() < 0.5
                    else f"By {s.author.name}, {s.author.desk}")
    shown = c.snip(f"Published {d.day} {d:%B %Y}" if gb else f"Published {_en_date(d)}")
    share = _share_bar(c, "share")
    charts: list[str] = []
    for k in range(n_charts):
        metric, unit, lo, hi, source_name = metrics[k % len(metrics)]
        kind = dr.choice(("bar", "line"))
        if kind == "bar":
            labels = areas[: dr.randint(4, 6)]
            ctitle = dr.choice((f"{metric} by area, {y1}", f"{metric} in {g['place']}'s areas, {y1}"))
        else:
            years = list(range(y0, y1 + 1, max(1, (y1 - y0) // 5)))
            labels = [str(y) for y in years]
            ctitle = dr.choice((f"{metric}, {y0} to {y1}", f"{metric} since {y0} in {g['place']}"))
        values = [dr.uniform(lo, hi) for _ in labels]
        ctitle = c.snip(ctitle)
        source = c.snip(f"Source: {source_name}")
        credit = c.snip(f"Chart: {dr.choice(makers)} / {pub.name}")
        img = f'<img src="/graphics/{_hex(dr, 12)}.png" alt="{esc(ctitle)}" width="600" height="320">'
        graphic = _svg(dr, labels, values, unit, kind) if svg_site else img
        head = f'<h3 class="chart-title">{esc(ctitle)}</h3>' if h3_title else ""
        cap = "" if h3_title else f'<figcaption class="chart-title">{esc(ctitle)}</figcaption>'
        charts.append(
            f'<figure class="chart" id="chart-{k + 1}">{cap}{head}<div class="chart-body">{graphic}</div>'
            f'<p class="chart-source">{esc(source)}</p><p class="chart-credit">{esc(credit)}</p></figure>'
        )
    table_source = c.snip(f"Source: {agency}") if table_rows else ""
    download = c.snip("Download the data (CSV)")
    more = c.pick_others(4)
    for o in more:
        c.snip(o.title)
    newsletter = c.snip(f"Get the {pub.name.removeprefix('The ')} data newsletter: one chart, every Friday")
    c.snip(" ".join(DJ_FOOTER[:4]))
    foot = c.copyright()
    # the charts after paragraphs of the story's own text (not the table's, not the methodology's)
    paras = [i for i in _paras(s) if s.blocks[i][1] != intro and s.blocks[i][1] not in method]
    spots = [paras[min(len(paras) - 1, 1 + 2 * k)] for k in range(n_charts)]
    extras: dict[int, list[str]] = {}
    for k, at in enumerate(spots):
        extras.setdefault(at, []).append(charts[k])

    def row(cells: list[str], tag: str) -> str:
        return "<tr>\n" + "\n".join(f"<{tag}>{esc(x)}</{tag}>" for x in cells) + "\n</tr>"

    table = ""
    if table_rows:
        table = ('<figure class="data-table"><table>\n<thead>\n' + row(table_rows[0], "th")
                 + "\n</thead>\n<tbody>\n" + "\n".join(row(x, "td") for x in table_rows[1:])
                 + "\n</tbody>\n</table>"
                 f'<p class="table-source">{esc(table_source)}</p></figure>')
    body = _body_html(s, c, extras, table=table)
    body = [
        x.replace("<h2>Methodology</h2>", '<h2 id="methodology">Methodology</h2>') for x in body
    ]
    utc = d.astimezone(UTC)
    title = f"{s.title} | {pub.name} Data" if site.random() < 0.5 else f"{s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">' if gb else '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%SZ}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        '<body class="data-story">',
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        _menu(DJ_MENU, "nav"),
        "</header>",
        '<main><article class="story">',
        '<p class="kicker"><a href="/data/">Data</a></p>',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="meta"><span class="byline">{esc(byline)}</span>\n<span class="date">{esc(shown)}</span>'
        "</div>",
        share,
        '<div class="story-body">',
        *body,
        "</div>",
        f'<p class="download"><a href="/data/downloads/{_slug(s.title)[:40]}.csv">{esc(download)}</a></p>',
        "</article>",
        _story_list(more, "more-data", "More data stories"),
        f'<div class="newsletter"><p>{esc(newsletter)}</p><button>Sign up</button></div>',
        "</main>",
        f'<footer class="site-footer"><ul>{_footer_links(DJ_FOOTER)}</ul><p>{esc(foot)}</p></footer>',
    ]
    return _end_page(c, lines, "cookie-banner", "Accept")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "editorial-board-opinion": render_editorial_board_opinion,
    "translated-article-note": render_translated_article_note,
    "print-edition-page-refs": render_print_edition_page_refs,
    "data-journalism-charts": render_data_journalism_charts,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import random  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from typing import Any  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _bare_place,
    _en_date,
    _end_page,
    _fill,
    _footer_links,
    _hex,
    _ldjson,
    _long_lines,
    _other_sentences,
    _page_rng,
    _paras,
    _place,
    _retitle,
    _share_bar,
    _trim,
)
from pipeline.synth.prose import EN_NOUNS, EnglishProse, prose_for  # noqa: E402
from pipeline.synth.publishers import YEAR, Ctx, Story, _slug, _words, esc  # noqa: E402

