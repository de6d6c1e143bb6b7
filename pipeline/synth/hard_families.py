"""Three more TRAIN template families, built for the failures the held-out evaluations found.

Issue #15 lists what newsflow kept on templates it had never seen: an author bio after the body, a
table layout whose masthead, subscription line, byline, dateline, comment notice, classified ad and
copyright sit in the same cell as the article, the "Our readers are reading too" block as plain
`<p><strong>` + `<p><a>` paragraphs, pull quotes repeating a body sentence and "read more"
teasers. These families put exactly those kinds of boilerplate in markups of their own, so rules
for them can be written and tuned on the TRAIN split (never on the test families). Each publisher
varies the details (bold tag, separators, where the bio sits, whether a headline is marked up) and
every page carries all of the blocks, whatever the publisher's optional blocks say.

Families (language; date source):
  train  table-onecell-portal  en; only a human-readable date with the zone's abbreviation; one
                               layout cell holds masthead, subscription line, byline, dateline,
                               the paragraphs (<br><br>-separated text), pull quote, teasers,
                               related links, bio, comment notice, classified ad and copyright
  train  plain-p-cms           en; only "article:published_time" in UTC; every block inside the
                               content <div> is a <p> with no class: masthead, nav, byline,
                               dateline, body, pull quote, teasers, bio, related block, footer
  train  de-bio-magazin        de; JSON-LD with offset; <article> whose last children are the
                               author card (a <p> with the author's name linked), the
                               "Das lesen andere Leser auch" block as <p><b> + <p><a>, a
                               teaser line per section
"""

from __future__ import annotations

FAMILIES: dict[str, str] = {
    "table-onecell-portal": "train",
    "plain-p-cms": "train",
    "de-bio-magazin": "train",
}
FAMILY_LANGUAGE: dict[str, str] = {"de-bio-magazin": "de"}


def _pull(c: Ctx, wrap: str) -> Callable[[str], str]:
    return lambda q: wrap.format(q=q)


# --- table-onecell-portal ----------------------------------------------------------------------


def render_table_onecell_portal(c: Ctx) -> str:
    s, pub = c.story, c.pub
    r = c.stable("hard-table")
    bold = r.choice(("b", "strong"))
    sep = r.choice(("<br>\n<br>", "<br><br>\n", "<br>\n&nbsp;<br>"))
    lines = [
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">',
        "<html><head>",
        f"<title>{esc(c.page_title())}</title>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        "</head>",
        f'<body bgcolor="#f4f4ee" link="{pub.colour}">',
        '<table width="760" border="0" cellspacing="0" cellpadding="6" align="center">',
        "<tr>",
        '<td valign="top">',
        f'<font size="6" face="Times"><{bold}>{esc(pub.name)}</{bold}></font><br>',
        f'<font size="1">{esc(c.snip(pub.tagline))}</font><br>',
        f'<font size="1"><a href="/subscribe.html">{esc(c.snip(c.pick("subscribe")))}</a> | '
        f'<a href="/archive.html">{esc(c.snip("Search the news archive"))}</a></font>',
        "<hr>",
        f'<font size="2">{" | ".join(_nav_links(c, " | "))}</font>',
        "<hr>",
        f'<font size="5" face="Georgia"><{bold}>{esc(s.title)}</{bold}></font><br>',
        f'<font size="2"><i>{esc(c.byline())}</i></font><br>',
        f'<font size="1">{esc(c.dateline(2))}</font>{sep}',
    ]
    body = c.body_html(
        p=lambda h: f'<font size="2">{h}</font>{sep}',
        heading=lambda tag, h: f"<{bold}>{h}</{bold}>{sep}",
        pullquote=_pull(c, '<font size="3" color="#666666"><i>&ldquo;{q}&rdquo;</i></font>' + sep),
        teaser=lambda rm, a: f'<font size="2"><{bold}>{rm}</{bold}> {a}</font>{sep}',
    )
    lines += body
    heading, picks = c.related()
    lines.append(f"<{bold}>{esc(heading)}</{bold}><br>")
    lines += [f'&middot; <a href="{esc(o.path)}">{esc(o.title)}</a><br>' for o in picks]
    lines.append("<br>")
    lines.append(f'<font size="1"><i>{esc(c.bio())}</i></font>{sep}')
    lines.append(f'<font size="1">{esc(c.snip(c.pick("comments")))}</font>{sep}')
    lines.append(f'<font size="1">{esc(c.snip(c.pick("classified")))}</font>')
    lines += ["<hr>", f'<font size="1">{esc(c.copyright())}</font>', "</td>", "</tr>", "</table>",
              "</body></html>"]
    return _j(lines)


# --- plain-p-cms -------------------------------------------------------------------------------


def render_plain_p_cms(c: Ctx) -> str:
    s, pub = c.story, c.pub
    r = c.stable("hard-plain")
    bold = r.choice(("b", "strong"))
    italic = r.choice(("i", "em"))
    bio_first = r.random() < 0.4  # the bio before the related block or after it
    lines = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(c.page_title())}</title>",
        f'<meta property="article:published_time" content="{c.iso(utc=True)}">',
        "</head><body>",
        '<div id="page">',
        f'<p><{bold}><a href="/">{esc(pub.name)}</a></{bold}></p>',
        f"<p>{' &middot; '.join(_nav_links(c, ' · '))}</p>",
        '<div id="content">',
        f"<p><{bold}>{esc(s.title)}</{bold}></p>",
        f"<p>{esc(c.byline())}</p>",
        f"<p>{esc(c.dateline(1))}</p>",
    ]
    lines += c.body_html(
        heading=lambda tag, h: f"<p><{bold}>{h}</{bold}></p>",
        pullquote=_pull(c, f"<p><{italic}>&ldquo;{{q}}&rdquo;</{italic}></p>"),
        teaser=lambda rm, a: f"<p>{rm} {a}</p>",
    )
    bio = [f"<p><{italic}>{esc(c.bio())}</{italic}></p>"]
    related = _related_ps(c, bold)
    lines += bio + related if bio_first else related + bio
    lines += [
        f"<p>{esc(c.snip(c.pick('comments')))}</p>",
        "</div>",
        f"<p>{esc(c.copyright())}</p>",
        f"<p>{esc(c.snip(c.pick('disclaimer')))}</p>",
        "</div></body></html>",
    ]
    return _j(lines)


# --- de-bio-magazin ----------------------------------------------------------------------------


def render_de_bio_magazin(c: Ctx) -> str:
    s, pub = c.story, c.pub
    r = c.stable("hard-magazin")
    bold = r.choice(("b", "strong"))
    lines = [
        "<!doctype html>",
        '<html lang="de"><head><meta charset="utf-8">',
        f"<title>{esc(c.page_title())}</title>",
        c.jsonld(c.iso()),
        "</head><body>",
        f'<header><a href="/">{esc(pub.name)}</a><nav>{" ".join(_nav_links(c))}</nav></header>',
        "<main><article>",
        f"<h1>{esc(s.title)}</h1>",
        f"<p>{esc(c.byline())} &ndash; {esc(c.dateline())}</p>",
    ]
    lines += c.body_html(
        pullquote=_pull(c, "<p><i>&bdquo;{q}&ldquo;</i></p>"),
        teaser=lambda rm, a: f"<p><{bold}>{rm}</{bold}> {a}</p>",
    )
    author = s.author.name
    bio = c.bio()
    linked = esc(bio).replace(esc(author), f'<a href="/autoren/{_slug(author)}">{esc(author)}</a>', 1)
    lines.append(f"<p>{linked}</p>")
    lines += _related_ps(c, bold)
    lines += [
        "</article></main>",
        f"<footer><p>{esc(c.copyright())}</p></footer>",
        "</body></html>",
    ]
    return _j(lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "table-onecell-portal": render_table_onecell_portal,
    "plain-p-cms": render_plain_p_cms,
    "de-bio-magazin": render_de_bio_magazin,
}

from collections.abc import Callable  # noqa: E402

from pipeline.synth.publishers import Ctx, _j, _nav_links, _related_ps, _slug, esc  # noqa: E402
