"""Four WICK template families for the synthetic publishers (see `pipeline.synth.publishers`).

"wick" is a forty-first split, next to "train", "test" and the held-out splits before it:
families written by a session that read neither the extractor, nor the pipeline's stages, nor any
extraction result, so no extraction rule was written or tuned against them. They are held out
until they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS`, `FAMILY_ZONES` and `RENDERERS` from
this module into its registries and keeps `FAMILIES` from here apart, as `WICK_FAMILIES`: the wick
families are generated only by `generate_corpus("wick")`, so every other corpus is as it was. All
four are English-language news published (2024-26) through newsletter and blogging platforms, in
each platform's own markup: a local newsroom's daily email as Mailchimp's web archive of the
campaign, a reporter's Substack publication, an independent outlet on Ghost and a daily whose
templates are custom elements (web components). No new language: the English grammar of
`pipeline.synth.prose` writes the text.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name); a list inside
the text is body, one line per item; a block quote is body, one line. The choices each family
makes for the debatable parts:
  * mailchimp-newsletter-archive: a local newsroom's daily newsletter as Mailchimp's campaign
    archive page (nested layout tables with inline styles, `mcnTextBlock` / `mcnTextContent`
    cells): the body is the lead story section only (the cell `data-section="lead"`): four to six
    paragraphs with one or two bold section headings ("What happened", "Why it matters"), as
    <p>s on some sites and as one cell of text and <br>s on others. The lead story's headline is
    the title; its byline ("By ..., ...") is boilerplate. "View this email in your browser", the
    preheader (hidden preview text and the visible preheader cell), the date line, the greeting,
    the sponsor block ("Today's newsletter is presented by ..." and the sponsor's copy), "More
    headlines" and its linked one-liners, "Missed yesterday's edition? ...", "Forward to a
    friend", the social follow labels (their icons' alt texts are not visible text), "Copyright ©
    2026 ..., All rights reserved.", "You are receiving this email because ...", "Our mailing
    address is:" and the address, the unsubscribe / preferences sentence and "Add us to your
    address book" are boilerplate;
  * substack-newsletter-post: a reporter's Substack publication post: the post's paragraphs,
    subheadings and one block quote (`div.available-content > div.body.markup`) are body; the
    subtitle (<h3 class="subtitle">) is neither; the subscription widget amid the text ("Thanks
    for reading X! Subscribe for free to receive new posts and support my work."), the
    button-wrappers ("Subscribe now", "Share", "Leave a comment"), an image's caption, the like /
    comment / restack counts with "Share" (above and below the post), "Discussion about this
    post", the comment teasers, "More from X" and its post previews, "Ready for more? Subscribe"
    and the publication / Substack footer are boilerplate;
  * ghost-publication: an independent news outlet on Ghost (Casper-like or Source-like theme):
    the paragraphs, headings, a list and the closing `kg-toggle-card` FAQ ("Your questions,
    answered": each toggle's question and answer, one line each) in `section.gh-content` are
    body; the custom excerpt under the headline (<p class="article-excerpt">) is neither, and so
    is a `kg-callout-card` editor's note ("Correction: ..." / "Editor's note: ...") on some
    pages; a `kg-bookmark-card` pointing to another of the outlet's articles (its title,
    description, publisher and author), the image cards' captions, the byline meta ("Mar 7, 2026
    • 4 min read"), the members CTA ("Sign up for X" with its line and the `data-members-form`),
    the comments notice, "You might also like" and its cards, the navigation and the footer are
    boilerplate;
  * web-components-daily: a daily whose templates are custom elements: the `<story-paragraph>`
    (or `<x-p>`) elements' text and the `<story-subhead>`s inside `<story-body>` are body; the
    `<story-dek>` is neither; every chrome element's text is boilerplate: `<site-header>` /
    `<site-nav>`, `<author-byline>`, `<time-stamp>`, `<share-bar>`, `<media-caption>` and
    `<media-credit>`, `<ad-slot>`s ("Advertisement" and "Story continues below advertisement"),
    `<inline-related>` ("Related: ..." amid the text), `<newsletter-signup>`, `<related-rail>`
    and its headlines, `<site-footer>`.

Families (language; date source):
  wick  mailchimp-newsletter-archive  en (US zones); the visible date line "Saturday, March 7,
                                      2026 · 6:02 AM EST" and the <title> (the subject line with
                                      the date: "The Daily Brief – March 7, 2026: T" or "T (The
                                      Daily Brief, 03/07/2026)"); no machine-readable date; paths
                                      /?u=<25 hex>&id=<10 hex> (campaign-archive) or
                                      /<account>/<slug> (mailchi.mp)
  wick  substack-newsletter-post      en; JSON-LD NewsArticle datePublished in UTC ("+00:00") and
                                      <time datetime="...Z"> showing "Mar 07, 2026"; paths
                                      /p/<slug>; <title> "T - by Author - Site" or "T - Site"
  wick  ghost-publication             en; <time class="byline-meta-date" datetime> with the
                                      offset, article:published_time and JSON-LD in UTC
                                      (".000Z"); paths /<slug>/, /<yyyy>/<mm>/<dd>/<slug>/ or
                                      /news/<slug>/; <title> "T – Site" or "T | Site"
  wick  web-components-daily          en (US zones); `data-published` on <news-article>, a naive
                                      local time ("2026-03-07T14:30"), and JSON-LD datePublished
                                      with the site's offset; the visible "Published March 7, 2026
                                      at 2:30 p.m. ET"; paths /<section>/<yyyy>/<mm>/<dd>/<slug>
                                      or /story/<slug>-<8 digits>; <title> "T | Site" or "T -
                                      Site"
"""

from __future__ import annotations

from pipeline.synth.prose import _w

FAMILIES: dict[str, str] = {
    "mailchimp-newsletter-archive": "wick",
    "substack-newsletter-post": "wick",
    "ghost-publication": "wick",
    "web-components-daily": "wick",
}
FAMILY_LANGUAGE: dict[str, str] = {}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "mailchimp-newsletter-archive": ("{p} Community News", "The {p} Beacon", "{p} Free Press", "{p} Local"),
    "substack-newsletter-post": ("{p} Inside Track", "The {p} Beat", "{p} Unfiltered", "Notes from {p}"),
    "ghost-publication": ("The {p} Current", "{p} Signal", "The {p} Lens", "{p} Watchdog"),
    "web-components-daily": ("The {p} Daily", "{p} Daily News", "The {p} Morning Star", "{p} Today"),
}
_US = ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
FAMILY_ZONES: dict[str, tuple[str, ...]] = {
    "mailchimp-newsletter-archive": _US,
    "web-components-daily": _US,
}
_ZONE_SHORT = {
    "America/New_York": "ET",
    "America/Chicago": "CT",
    "America/Denver": "MT",
    "America/Los_Angeles": "PT",
}
SHORT_MONTHS = _w("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
STREETS = _w("Main Market Water Union Church Bridge Mill Grove Front Court Elm Chestnut")
STATES = _w("OH PA MI WI IA MN NY VT ME OR WA CO NC VA")


def _clock(d: datetime, caps: bool = False) -> str:
    """ "2:30 p.m." (or "2:30 PM")."""
    half = ("AM" if d.hour < 12 else "PM") if caps else ("a.m." if d.hour < 12 else "p.m.")
    return f"{d.hour % 12 or 12}:{d:%M} {half}"


def _caption(r: random.Random) -> str:
    """A photo caption: what is in it, where and when."""
    en = EnglishProse(r)
    if r.random() < 0.5:
        return (f"{en.person()}, {r.choice(EN_ROLES)} of the {en.org()}, speaks at a public meeting in "
                f"{en.place()} on {r.choice(EN_DAYS)}.")
    return f"Residents gather outside the {r.choice(EN_NOUNS)} in {en.place()} on {r.choice(EN_DAYS)}."


def _stable_slug(title: str, limit: int = 60) -> str:
    slug = _slug(title)
    return slug if len(slug) <= limit else slug[:limit].rsplit("-", 1)[0]


def _p_sentences(s: Story) -> list[str]:
    """The sentences of the story's paragraphs, in order."""
    return [x for (tag, _), sents in zip(s.blocks, s.sentences, strict=True) if tag == "p" for x in sents]


# --- mailchimp-newsletter-archive ---------------------------------------------------------------

MC_LETTERS = ("The Daily Brief", "Morning Report", "The A.M. Edition", "Daily Digest", "The Rundown")
MC_HEADS = ("What happened", "Why it matters", "What's next", "The backstory", "By the numbers",
            "What they're saying")
MC_SPONSORS = (
    ("Harbor Point Credit Union", "Local loans, local decisions: open a checking account in ten minutes."),
    ("Ridgeline Family Health", "Same-day appointments are available at all four of our clinics."),
    ("Olde Mill Hardware", "Spring garden supplies are in stock now at both of our stores."),
    ("Summit Realty Group", "Thinking of selling this year? Ask us for a free home valuation."),
    ("Cedar & Pine Dental", "New patients get a free whitening kit with their first cleaning."),
)
MC_SOCIAL = ("Facebook", "Instagram", "Bluesky", "Threads", "Website", "LinkedIn")
_TD = 'style="padding-top:0;padding-right:18px;padding-bottom:9px;padding-left:18px;'
_FONT = "color:#202020;font-family:Helvetica;font-size:16px;line-height:150%;text-align:left;"


def _mc_body(c: Ctx, r: random.Random) -> None:
    """The lead story: the story's sentences regrouped into four to six paragraphs (within 620
    words), one or two bold section headings among them."""
    s = c.story
    sents = _p_sentences(s)
    while sum(_words(x) for x in sents) > 620 and len(sents) > 8:
        sents.pop()
    n = max(4, min(r.randint(4, 6), len(sents) // 2))
    base, extra = divmod(len(sents), n)
    paras: list[str] = []
    at = 0
    for k in range(n):
        size = base + (1 if k < extra else 0)
        paras.append(" ".join(sents[at : at + size]))
        at += size
    heads = r.sample(MC_HEADS, r.randint(1, 2))
    blocks: list[tuple[str, str]] = [("p", x) for x in paras]
    blocks.insert(1, ("h3", heads[0]))
    if len(heads) > 1:
        blocks.insert(len(blocks) - 2, ("h3", heads[1]))
    _set_body(s, blocks)


def render_mailchimp_newsletter_archive(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("mc")
    letter = site.choice(MC_LETTERS)
    account = _slug(pub.name).replace("-", "")[:16]
    user = _hex(site, 25)
    archive = site.random() < 0.5
    site.random()
    br_cells = (pub.index + pub.seed) % 2 == 1  # the cells of text and <br>s, every other site
    sponsor, copy = site.choice(MC_SPONSORS)
    social = site.sample(MC_SOCIAL, 4)
    title_form = site.randrange(2)
    street = f"{site.randint(12, 980)} {site.choice(STREETS)} Street, Suite {site.randint(2, 4)}00"
    town = f"{_place(c)}, {site.choice(STATES)} {site.randint(10000, 99999)}"

    def path(o: Story) -> str:
        if archive:
            return f"/?u={user}&id={_hex(c.stable(f'mc-id-{o.title}'), 10)}"
        return f"/{account}/{_stable_slug(o.title, 48)}"

    c.repath(path)
    r = _page_rng(c, "mc")
    _mc_body(c, r)
    others = c.pick_others(6)
    teaser, more, missed = others[0], others[1 : r.randint(4, 6)], others[-1]
    preheader = c.snip(f"Plus: {teaser.title}, and more from around {_place(c)}")
    view = c.snip("View this email in your browser")
    dateline = c.snip(f"{d:%A}, {_en_date(d)} · {_clock(d, caps=True)} {d.tzname()}")
    greeting = c.snip(f"Good morning, {_place(c)}! Here's what you need to know this {d:%A}.")
    presented = c.snip(f"Today's newsletter is presented by {sponsor}.")
    c.snip(copy)
    byline = c.snip(f"By {s.author.name}, {s.author.desk}")
    for o in more:
        c.snip(o.title)
    missed_line = c.snip("Missed yesterday's edition? Read it here.")
    forward = c.snip("Forward to a friend")
    c.snip(" ".join(social))
    copyright_ = c.snip(f"Copyright © {d.year} {pub.name}, All rights reserved.")
    receiving = c.snip(
        f"You are receiving this email because you signed up for {letter} from {pub.name}."
    )
    mailing = c.snip("Our mailing address is:")
    c.snip(street)
    c.snip("Want to change how you receive these emails? You can update your preferences or "
                   "unsubscribe from this list.")
    book = c.snip("Add us to your address book")
    tip = c.snip(f"{letter} is edited by {s.author.name} and the {pub.name} newsroom. Got a tip? Just reply.")

    body_cell: list[str] = []
    if br_cells:
        parts: list[str] = []
        for tag, text in s.blocks:
            parts.append(f"<strong>{esc(text)}</strong>" if tag == "h3" else c.inline(text))
        body_cell.append("<br>\n<br>\n".join(parts))
    else:
        for tag, text in s.blocks:
            if tag == "h3":
                body_cell.append(f'<p style="margin:18px 0 6px;"><strong>{esc(text)}</strong></p>')
            else:
                body_cell.append(f'<p style="{_FONT}">{c.inline(text)}</p>')

    def text_block(inner: str, extra: str = "") -> str:
        return (
            '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" '
            'style="min-width:100%;"><tbody class="mcnTextBlockOuter"><tr><td valign="top" '
            'class="mcnTextBlockInner" style="padding-top:9px;">\n'
            '<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; '
            'min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr>\n'
            f'<td valign="top" class="mcnTextContent"{extra} {_TD}{_FONT}">\n{inner}\n</td>\n'
            "</tr></tbody></table>\n</td></tr></tbody></table>"
        )

    news_host = f"https://www.{pub.host}"
    more_items = "\n".join(
        f'<li style="margin-bottom:6px;"><a href="{news_host}/news/{_stable_slug(o.title)}'
        f'?utm_source={account}&amp;utm_medium=email&amp;utm_campaign={_slug(letter)}" '
        f'style="color:#007c89;font-weight:normal;text-decoration:underline;">{esc(o.title)}</a></li>'
        for o in more
    )
    icons = "\n".join(
        f'<td align="center" valign="top" class="mcnFollowIconContent"><a href="https://www.'
        f'{x.lower()}.com/{account}" target="_blank"><img src="https://cdn-images.mailchimp.com/icons/'
        f'social-block-v2/color-{x.lower()}-48.png" alt="{x}" style="display:block;" height="24" '
        f'width="24"></a></td><td class="mcnFollowTextContent" valign="middle"><a href="#" '
        f'style="color:#656565;font-size:12px;">{x}</a></td>'
        for x in social
    )
    if title_form == 0:
        subject = f"{letter} – {_en_date(d)}: {s.title}"
    else:
        subject = f"{s.title} ({letter}, {d:%m/%d/%Y})"
    lines = [
        "<!doctype html>",
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" lang="en">',
        "<head>",
        '<meta charset="UTF-8">',
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta property="og:title" content="{esc(subject)}">',
        f'<meta property="og:description" content="{esc(preheader)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        '<meta property="og:image" content="https://gallery.mailchimp.com/'
        f'{user}/images/{_hex(site, 8)}-{_hex(site, 4)}.png">',
        f"<title>{esc(subject)}</title>",
        '<style type="text/css">p{margin:10px 0;padding:0;} table{border-collapse:collapse;} '
        "h1,h2,h3,h4,h5,h6{display:block;margin:0;padding:0;} img,a img{border:0;height:auto;"
        "outline:none;text-decoration:none;} body,#bodyTable,#bodyCell{height:100%;margin:0;"
        "padding:0;width:100%;} .mcnPreviewText{display:none !important;} #outlook a{padding:0;} "
        "@media only screen and (max-width:480px){.mcnTextContent{font-size:16px !important;"
        "line-height:150% !important;}}</style>",
        '<script type="text/javascript">var mcArchive = {"u":"' + user + '","fid":"'
        + str(site.randint(100000, 999999)) + '"};</script>',
        "</head>",
        "<body>",
        "<!--*|IF:MC_PREVIEW_TEXT|*-->",
        '<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; '
        f'line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; '
        f'visibility:hidden; mso-hide:all;">{esc(preheader)}</span><!--<![endif]-->',
        "<!--*|END:IF|*-->",
        "<center>",
        '<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" '
        'id="bodyTable" style="background-color:#fafafa;">',
        '<tr><td align="center" valign="top" id="bodyCell" style="padding:10px;">',
        "<!--[if (gte mso 9)|(IE)]><table align=\"center\" width=\"600\"><tr><td><![endif]-->",
        '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" '
        'style="max-width:600px !important;border:0;">',
        '<tr><td valign="top" id="templatePreheader" style="padding-top:9px;padding-bottom:9px;">',
        text_block(f'<span style="font-size:12px;color:#656565;">{esc(preheader)}</span>'),
        text_block(f'<a href="{esc(c.url())}" target="_blank" style="color:#656565;font-size:12px;">'
                   f"{esc(view)}</a>", ' data-align="right"'),
        "</td></tr>",
        '<tr><td valign="top" id="templateHeader" style="background-color:#ffffff;padding-top:9px;">',
        '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tbody '
        'class="mcnImageBlockOuter"><tr><td valign="top" style="padding:9px" class="mcnImageBlockInner">'
        f'<img align="center" alt="{esc(pub.name)} {esc(letter)}" src="https://mcusercontent.com/'
        f'{user}/images/{_hex(site, 12)}.png" width="564" style="max-width:1200px;padding-bottom:0;" '
        'class="mcnImage"></td></tr></tbody></table>',
        text_block(f'<h4 style="text-align:center;color:#656565;font-size:13px;">{esc(dateline)}</h4>'),
        "</td></tr>",
        '<tr><td valign="top" id="templateBody" style="background-color:#ffffff;">',
        text_block(f'<p style="{_FONT}"><em>{esc(greeting)}</em></p>'),
        text_block(
            '<p style="font-size:11px;color:#8a8a8a;letter-spacing:1px;">SPONSORED</p>\n'
            f'<p style="{_FONT}"><strong>{esc(presented)}</strong></p>\n<p style="{_FONT}">{esc(copy)}</p>\n'
            f'<a class="mcnButton" href="https://{_slug(sponsor)}.example/?utm_source={account}" '
            'style="font-weight:bold;color:#ffffff;background-color:#2baadf;">Learn more</a>'
        ),
        '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock"><tbody '
        'class="mcnDividerBlockOuter"><tr><td class="mcnDividerBlockInner" style="padding:18px;">'
        '<table class="mcnDividerContent" border="0" cellpadding="0" cellspacing="0" width="100%" '
        'style="border-top:2px solid #eaeaea;"><tbody><tr><td><span></span></td></tr></tbody></table>'
        "</td></tr></tbody></table>",
        text_block(
            '<p style="font-size:11px;color:#c0392b;letter-spacing:1px;">TOP STORY</p>\n'
            f'<h1 style="color:#202020;font-size:24px;font-weight:bold;">{esc(s.title)}</h1>\n'
            f'<p style="font-size:13px;color:#656565;"><em>{esc(byline)}</em></p>'
        ),
        text_block("\n".join(body_cell), ' data-section="lead"'),
        text_block(
            '<h2 style="color:#202020;font-size:20px;">More headlines</h2>\n'
            f'<ul style="padding-left:18px;">\n{more_items}\n</ul>'
        ),
        text_block(f'<p style="{_FONT}"><em>{esc(tip)}</em></p>\n<p style="{_FONT}"><a href="'
                   f'{esc(missed.path)}">{esc(missed_line)}</a></p>'),
        "</td></tr>",
        '<tr><td valign="top" id="templateFooter" style="background-color:#fafafa;padding-top:9px;">',
        '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock"><tbody '
        'class="mcnFollowBlockOuter"><tr><td align="center" valign="top" style="padding:9px" '
        'class="mcnFollowBlockInner"><table class="mcnFollowContentContainer"><tr>\n'
        + icons + "\n</tr></table></td></tr></tbody></table>",
        text_block(
            f'<a href="https://us{site.randint(2, 21)}.forward-to-friend.com/forward?u={user}" '
            f'style="color:#656565;">{esc(forward)}</a>'
        ),
        text_block(
            f"<em>{esc(copyright_)}</em><br>\n{esc(receiving)}<br>\n<br>\n"
            f"<strong>{esc(mailing)}</strong><br>\n{esc(pub.name)}<br>\n{esc(street)}<br>\n"
            f"{esc(town)}<br>\n<br>\n"
            f'<a href="https://{account}.us{site.randint(2, 21)}.list-manage.com/vcard?u={user}">'
            f"{esc(book)}</a><br>\n<br>\n"
            "Want to change how you receive these emails?<br>\n"
            f'You can <a href="https://{account}.us2.list-manage.com/profile?u={user}">update your '
            f'preferences</a> or <a href="https://{account}.us2.list-manage.com/unsubscribe?u={user}">'
            "unsubscribe from this list</a>."
        ),
        '<a href="http://eepurl.com/' + _hex(site, 6) + '" title="Mailchimp - email marketing made easy '
        'and fun"><img src="https://eep.io/mc-cdn-images/template_images/branding_logo_text_dark_dtp.svg" '
        'alt="Intuit Mailchimp" width="120"></a>',
        "</td></tr>",
        "</table>",
        "<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->",
        "</td></tr>",
        "</table>",
        "</center>",
        '<script src="https://us2.campaign-archive.com/js/archive-bar.js" defer></script>',
        "</body>",
        "</html>",
    ]
    html = _j(lines)
    _drop_in_body(c)
    return html


# --- substack-newsletter-post -------------------------------------------------------------------

SS_COMMENTS = (
    "This is the kind of reporting {place} needs. Thank you for staying on it.",
    "I was at that meeting and this matches what I heard. Great summary.",
    "Does anyone know whether the next vote on the {noun} is open to the public?",
    "Subscribed after reading this one. Please keep digging.",
    "Sharing this with my neighbors. Nobody else in town is covering it.",
    "The part about the {noun} deserves a follow-up story of its own.",
    "Long-time reader here. This is why I became a paid subscriber.",
    "Curious what the county thinks about all this. Did anyone there respond?",
)
SS_WHEN = ("2h", "5h", "9h", "Mar 8", "1d", "2d")
SS_SUBTITLE = (
    "What I learned from {n} pages of records and a week of phone calls",
    "The documents tell a different story than the press release did",
    "Notes from a long night at the {place} council chamber",
    "A closer look at who benefits, and who pays",
    "Why this matters more than it seems at first glance",
    "Here is what the officials did not say on the record",
)


def render_substack_newsletter_post(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ss")
    handle = _slug(s.author.name).replace("-", "")
    by_form = site.random() < 0.6
    dark = site.random() < 0.5

    def path(o: Story) -> str:
        return f"/p/{_stable_slug(o.title, 56)}"

    c.repath(path)
    r = _page_rng(c, "ss")
    en = EnglishProse(r)
    paras = _paras(s)
    cands = [i for i in paras[1:-1] if len(s.sentences[i]) <= 3 and _words(s.blocks[i][1]) > 12]
    if cands:
        q = r.choice(cands)
        s.blocks[q] = ("quote", s.blocks[q][1])
    subtitle = r.choice(SS_SUBTITLE).format(n=r.randint(40, 900), place=_place(c))
    likes, ncomm, restacks = r.randint(12, 480), r.randint(3, 60), r.randint(1, 40)
    c.snip(f"{likes} {ncomm} {restacks} Share")
    thanks = c.snip(
        f"Thanks for reading {pub.name}! Subscribe for free to receive new posts and support my work."
    )
    caption = c.snip(_caption(r))
    credit = c.snip(f"Photo by {en.person()} for {pub.name}")
    c.snip("Discussion about this post")
    commenters = [(en.person(), r.choice(SS_WHEN)) for _ in range(r.randint(2, 3))]
    comments = [
        c.snip(t.format(place=_place(c), noun=r.choice(EN_NOUNS)))
        for t in r.sample(SS_COMMENTS, len(commenters))
    ]
    more_comments = f"{r.randint(4, 40)} more comments..."
    more = c.pick_others(3)
    c.snip(f"More from {pub.name}")
    for o in more:
        c.snip(o.title)
    c.snip("Ready for more? Subscribe")
    footer = c.snip(f"© {d.year} {s.author.name} · Privacy ∙ Terms ∙ Collection notice")
    c.snip("Start writing Get the app")
    c.snip("Substack is the home for great culture")
    c.snip(f"Subscribe to {pub.name}")
    c.snip(f"A reader-supported newsletter about {_place(c)} politics, money and power")

    body: list[str] = []
    for tag, text in s.blocks:
        if tag == "p":
            body.append(f"<p>{c.inline(text)}</p>")
        elif tag == "quote":
            body.append(f"<blockquote><p>{esc(text)}</p></blockquote>")
        else:
            body.append(f'<{tag} class="header-anchor-post">{esc(text)}</{tag}>')
    widget = (
        '<div class="subscription-widget-wrap-editor" data-attrs=\'{"url":"https://'
        + pub.host + '/subscribe?","text":"Subscribe","language":"en"}\' data-component-name='
        '"SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble">'
        f'<p class="cta-caption">{esc(thanks)}</p></div><form class="subscription-widget-subscribe">'
        '<input type="email" class="email-input" name="email" placeholder="Type your email…" '
        'tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div '
        'class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div>'
        "</div></form></div></div>"
    )
    image = (
        '<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" '
        f'target="_blank" href="https://substackcdn.com/image/fetch/f_auto,q_auto:good/{_hex(r, 16)}.jpeg">'
        '<div class="image2-inset"><picture><img src="https://substack-post-media.s3.amazonaws.com/'
        f'public/images/{_hex(r, 8)}-{_hex(r, 4)}_1456x970.jpeg" width="1456" height="970" alt="" '
        f'loading="lazy"></picture></div></a><figcaption class="image-caption">{esc(caption)} '
        f"{esc(credit)}</figcaption></figure></div>"
    )
    share_btn = (
        '<p class="button-wrapper" data-attrs=\'{"url":"https://' + pub.host + path(s)
        + '?utm_source=substack&utm_medium=email&utm_content=share&action=share","text":"Share",'
        '"action":null,"class":null}\' data-component-name="ButtonCreateButton"><a class="button '
        f'primary" href="{esc(path(s))}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share'
        '&amp;action=share"><span>Share</span></a></p>'
    )
    sub_btn = (
        '<p class="button-wrapper" data-attrs=\'{"url":"https://' + pub.host + '/subscribe?",'
        '"text":"Subscribe now","action":null,"class":null}\' data-component-name="ButtonCreateButton">'
        '<a class="button primary" href="/subscribe?"><span>Subscribe now</span></a></p>'
    )
    comment_btn = (
        '<p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary" '
        f'href="{esc(path(s))}/comments"><span>Leave a comment</span></a></p>'
    )
    inserts = [(0, image), (r.randint(1, 3), widget), (r.randint(4, 6), share_btn)]
    body = _insert_after(body, "<p>", inserts)
    body += [sub_btn, comment_btn] if r.random() < 0.5 else [comment_btn, sub_btn]

    def ufi_bar(cls: str) -> str:
        return (
            f'<div class="post-ufi {cls}"><div class="like-button-container post-ufi-button">'
            '<svg role="img" width="20" height="20"><g><title></title></g></svg>'
            f'<div class="label">{likes}</div></div>\n<a class="post-ufi-comment-button post-ufi-button" '
            f'href="{esc(path(s))}/comments"><div class="label">{ncomm}</div></a>\n<a class='
            f'"post-ufi-button restack-button"><div class="label">{restacks}</div></a>\n'
            '<button class="post-ufi-button share-button"><div class="label">Share</div></button></div>'
        )

    comment_html = "\n".join(
        f'<div class="comment"><div class="comment-content"><div class="comment-meta"><span '
        f'class="commenter-name"><a href="/@{_slug(n).replace("-", "")}">{esc(n)}</a></span>\n'
        f'<a class="comment-date" href="#">{w}</a></div><div class="comment-body"><p>{esc(t)}</p>'
        '</div><div class="comment-actions"><button>Like</button> <button>Reply</button> '
        "<button>Share</button></div></div></div>"
        for (n, w), t in zip(commenters, comments, strict=True)
    )
    previews = "\n".join(
        f'<div class="post-preview portable-archive-post"><a class="post-preview-title" href='
        f'"{esc(o.path)}">{esc(o.title)}</a>\n<div class="post-preview-meta"><time datetime='
        f'"{o.published.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z">{SHORT_MONTHS[o.published.month - 1]} '
        f"{o.published:%d}</time></div></div>"
        for o in more
    )
    utc = d.astimezone(UTC)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "url": c.url(),
        "mainEntityOfPage": c.url(),
        "headline": s.title,
        "description": subtitle,
        "image": [{"@type": "ImageObject", "url": f"https://substackcdn.com/image/fetch/{_hex(r, 12)}.png"}],
        "datePublished": utc.isoformat(timespec="seconds"),
        "dateModified": utc.isoformat(timespec="seconds"),
        "isAccessibleForFree": True,
        "author": [{"@type": "Person", "name": s.author.name, "url": f"https://substack.com/@{handle}"}],
        "publisher": {"@type": "Organization", "name": pub.name, "url": f"https://{pub.host}"},
    }
    title = f"{s.title} - by {s.author.name} - {pub.name}" if by_form else f"{s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">',
        f'<title data-rh="true">{esc(title)}</title>',
        f'<meta data-rh="true" property="og:title" content="{esc(s.title)}">',
        f'<meta data-rh="true" name="description" content="{esc(subtitle)}">',
        f'<meta data-rh="true" property="og:url" content="{esc(c.url())}">',
        '<meta data-rh="true" property="og:type" content="article">',
        f'<link data-rh="true" rel="canonical" href="{esc(c.url())}">',
        f'<link rel="alternate" type="application/rss+xml" href="https://{pub.host}/feed" '
        f'title="{esc(pub.name)}">',
        _ldjson(data),
        '<link rel="stylesheet" href="https://substackcdn.com/bundle/theme/main.'
        f'{_hex(site, 20)}.css">',
        "</head>",
        f'<body class="pc-root{" dark-mode" if dark else ""}">',
        '<div id="entry"><div id="main" class="main typography use-theme-bg">',
        '<div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/">'
        f'{esc(pub.name)}</a>\n<div class="navbar-buttons"><a class="button primary subscribe-btn" '
        'href="/subscribe?">Subscribe</a>\n<button class="button sign-in-link">Sign in</button></div>'
        "</div></div>",
        '<div class="single-post-container"><div class="container"><div class="single-post">',
        '<article class="typography newsletter-post post">',
        '<div class="post-header">',
        f'<h1 dir="auto" class="post-title published title-X77sOw">{esc(s.title)}</h1>',
        f'<h3 dir="auto" class="subtitle subtitle-HEEcLo">{esc(subtitle)}</h3>',
        '<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.com/'
        f'@{handle}" class="pencraft">{esc(s.author.name)}</a></div>\n<div class="post-date">'
        f'<time datetime="{utc:%Y-%m-%dT%H:%M:%S}.000Z">{SHORT_MONTHS[d.month - 1]} {d:%d}, {d.year}'
        "</time></div></div>",
        ufi_bar("post-ufi-top"),
        "</div>",
        '<div class="available-content"><div dir="auto" class="body markup">',
        *body,
        "</div></div>",
        '<div class="visibility-check"></div>',
        '<div class="post-footer">',
        ufi_bar("post-ufi-bottom"),
        "</div>",
        "</article>",
        '<div class="post-end-cta-full"><h3>Ready for more?</h3>\n<form class="form email-form">'
        '<input type="email" name="email" placeholder="Type your email…"><button class="button '
        'primary" type="submit">Subscribe</button></form></div>',
        '<div id="discussion" class="comments-section"><h4 class="comments-heading">Discussion about '
        f"this post</h4>\n{comment_html}\n"
        f'<a class="more-comments" href="{esc(path(s))}/comments">{esc(more_comments)}</a>',
        "</div>",
        f'<div class="portable-archive"><h3>More from {esc(pub.name)}</h3>\n{previews}</div>',
        "</div></div></div>",
        '<div class="footer-wrap publication-footer"><div class="footer"><div class="footer-about">'
        f'<h4>Subscribe to {esc(pub.name)}</h4>\n<p>A reader-supported newsletter about {esc(_place(c))} '
        "politics, money and power</p></div>\n"
        f'<div class="footer-terms"><span class="copyright">{esc(footer)}</span></div>\n'
        '<div class="footer-substack-cta"><a href="https://substack.com/signup?utm_source=substack">'
        'Start writing</a>\n<a href="https://substack.com/app">Get the app</a></div>\n'
        '<p class="footer-substack-tagline"><a href="https://substack.com">Substack</a> is the home '
        "for great culture</p></div></div>",
        "</div></div>",
        '<script>window._preloads = JSON.parse("{\\"isEU\\":false,\\"language\\":\\"en\\"}")</script>',
        '<script src="https://substackcdn.com/bundle/static/js/main.'
        f'{_hex(site, 20)}.min.js" charset="utf-8" defer></script>',
        "</body>",
        "</html>",
    ]
    html = _j(lines)
    _drop_in_body(c)
    return html


# --- ghost-publication --------------------------------------------------------------------------

GH_MENU = ("Home", "News", "Investigations", "Housing", "Environment", "Schools", "About", "Donate")
GH_FOOTER = ("Sign up", "Data & privacy", "Contact", "Contribute", "Membership")
GH_FAQ = (
    "What does this mean for {noun}s in {place}?",
    "When will the decision on the {noun} take effect?",
    "How can residents weigh in on the {noun}?",
    "Who pays for the {noun}, and how much?",
    "Where can I read the full {noun} report?",
    "What happens if the {noun} plan is rejected?",
)
GH_MISSION = (
    "Independent, nonprofit news for {place}. Delivered free to your inbox.",
    "Reader-funded reporting on {place} and the people who run it.",
    "No paywall, no billionaire owner: just local news for {place}.",
)
GH_NOTES = (
    "Correction: An earlier version of this story misstated the date of the next public hearing. "
    "It has been updated.",
    "Correction: A previous version of this article gave the wrong title for one of the officials "
    "quoted. We regret the error.",
    "Editor's note: This story was updated after publication with a response from the county.",
)


def _gh_body(c: Ctx, r: random.Random) -> None:
    """At most seven paragraph lines (and 250 words), a list, then the closing FAQ of one or two
    toggles under its heading; within 900 words."""
    s = c.story
    en = EnglishProse(r)
    while _long_lines(s) > 7:
        last = _paras(s)[-1]
        del s.blocks[last], s.sentences[last]
        while s.blocks[-1][0] != "p":
            s.blocks.pop()
            s.sentences.pop()
    _fill(s, en)
    _list_run(c, "gh-list")
    s.blocks.append(("h2", "Your questions, answered"))
    s.sentences.append([])
    for q in r.sample(GH_FAQ, r.randint(1, 2)):
        question = q.format(noun=r.choice(EN_NOUNS), place=_place(c))
        answer = [en.sentence(), en.sentence()]
        s.blocks += [("faq-q", question), ("faq-a", " ".join(answer))]
        s.sentences += [[question], answer]
    _trim(s, 900)


def render_ghost_publication(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("gh")
    route = site.randrange(3)
    source_theme = site.random() < 0.5
    pipe = site.random() < 0.5
    mission = site.choice(GH_MISSION).format(place=_place(c))

    def path(o: Story) -> str:
        slug = _stable_slug(o.title, 64)
        if route == 0:
            return f"/{slug}/"
        if route == 1:
            return f"/{o.published:%Y/%m/%d}/{slug}/"
        return f"/news/{slug}/"

    c.repath(path)
    r = _page_rng(c, "gh")
    _gh_body(c, r)
    en = EnglishProse(r)
    excerpt = _other_sentences(c, en, 1)
    words = sum(_words(t) for _, t in s.blocks)
    meta = c.snip(f"{SHORT_MONTHS[d.month - 1]} {d.day}, {d.year} • {max(2, round(words / 230))} min read")
    c.snip(" ".join(GH_MENU[:5]))
    bookmark = c.pick_others(1)[0]
    desc = c.snip(_excerpt(bookmark, 18) + "…")
    c.snip(bookmark.title)
    c.snip(f"{pub.name} {bookmark.author.name}")
    captions = [c.snip(_caption(r)) for _ in range(2)]
    credits = [c.snip(f"Photo: {en.person()} / {pub.name}") for _ in range(2)]
    signup = c.snip(f"Sign up for {pub.name}")
    c.snip(mission)
    c.snip(f"Become a member of {pub.name} to start commenting.")
    c.snip("Already a member? Sign in")
    c.snip("You might also like")
    cards = c.pick_others(3)
    for o in cards:
        c.snip(o.title)
    c.snip(" ".join(GH_FOOTER))
    c.snip(f"{pub.name} © {d.year}. Powered by Ghost")
    note = r.choice(GH_NOTES) if r.random() < 0.4 else ""

    def image_card(k: int, wide: bool) -> str:
        return (
            f'<figure class="kg-card kg-image-card{" kg-width-wide" if wide else ""} kg-card-hascaption">'
            f'<img src="/content/images/{d:%Y/%m}/{_hex(r, 10)}.jpg" class="kg-image" alt="" '
            'loading="lazy" width="2000" height="1333" srcset="/content/images/size/w600/'
            f'{d:%Y/%m}/{_hex(r, 10)}.jpg 600w" sizes="(min-width: 720px) 720px"><figcaption><span '
            f'style="white-space: pre-wrap;">{esc(captions[k])} </span><i><em class="italic" '
            f'style="white-space: pre-wrap;">{esc(credits[k])}</em></i></figcaption></figure>'
        )

    bookmark_card = (
        '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" '
        f'href="{esc(bookmark.path)}"><div class="kg-bookmark-content"><div class="kg-bookmark-title">'
        f'{esc(bookmark.title)}</div>\n<div class="kg-bookmark-description">{esc(desc)}</div>\n'
        '<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/content/images/size/'
        f'w256h256/{d.year}/01/icon.png" alt=""><span class="kg-bookmark-author">{esc(pub.name)}</span>'
        f'\n<span class="kg-bookmark-publisher">{esc(bookmark.author.name)}</span></div></div>'
        '<div class="kg-bookmark-thumbnail"><img src="/content/images/thumbnail/'
        f'{_hex(r, 10)}.jpg" alt="" onerror="this.style.display = \'none\'"></div></a></figure>'
    )
    body: list[str] = []
    run: list[str] = []
    for tag, text in [*s.blocks, ("", "")]:
        if tag != "li" and run:
            body.append("<ul>" + "".join(f"<li>{x}</li>" for x in run) + "</ul>")
            run = []
        if tag == "p":
            body.append(f"<p>{c.inline(text)}</p>")
        elif tag == "li":
            run.append(esc(text))
        elif tag in ("h2", "h3"):
            body.append(f'<{tag} id="{_slug(text)}">{esc(text)}</{tag}>')
        elif tag == "faq-q":
            body.append(
                '<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div '
                'class="kg-toggle-heading"><h4 class="kg-toggle-heading-text"><span style="white-space: '
                f'pre-wrap;">{esc(text)}</span></h4><button class="kg-toggle-card-icon" aria-label='
                '"Expand toggle to read content"><svg id="Regular" xmlns="http://www.w3.org/2000/svg" '
                'viewBox="0 0 24 24"><path class="cls-1" d="M23.25,7.311,12.53,18.03a.749.749,0,0,1'
                '-1.06,0L.75,7.311"></path></svg></button></div>'
            )
        elif tag == "faq-a":
            body.append(f'<div class="kg-toggle-content"><p><span style="white-space: pre-wrap;">{esc(text)}'
                        "</span></p></div></div>")
    inserts = [(1, image_card(1, False)), (r.randint(2, 3), bookmark_card)]
    body = _insert_after(body, "<p>", inserts)
    if note:
        callout = (
            '<div class="kg-card kg-callout-card kg-callout-card-yellow"><div class="kg-callout-emoji">'
            f'📝</div><div class="kg-callout-text"><b><strong style="white-space: pre-wrap;">'
            f"{esc(note.split(':', 1)[0])}:</strong></b>{esc(note.split(':', 1)[1])}</div></div>"
        )
        body = [callout, *body] if r.random() < 0.5 else [*body, callout]
    utc = d.astimezone(UTC)
    stamp = f"{utc:%Y-%m-%dT%H:%M:%S}.000Z"
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "publisher": {"@type": "Organization", "name": pub.name, "url": f"https://{pub.host}/",
                      "logo": {"@type": "ImageObject", "url": f"https://{pub.host}/content/images/logo.png"}},
        "author": {"@type": "Person", "name": s.author.name,
                   "url": f"https://{pub.host}/author/{_slug(s.author.name)}/"},
        "headline": s.title,
        "url": c.url(),
        "datePublished": stamp,
        "dateModified": stamp,
        "keywords": s.section,
        "description": excerpt,
        "mainEntityOfPage": f"https://{pub.host}/",
    }
    tag_slug = _slug(s.section)
    title = f"{s.title} | {pub.name}" if pipe else f"{s.title} – {pub.name}"
    members_form = (
        '<form class="gh-signup-form" data-members-form="signup"><input data-members-email type="email" '
        'placeholder="jamie@example.com" required><button class="gh-button" type="submit">Subscribe'
        '</button><p data-members-error></p></form>'
    )
    cta = (
        f'<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">{esc(signup)}'
        f'</h2>\n<p class="footer-cta-description">{esc(mission)}</p>\n{members_form}</div></section>'
        if not source_theme
        else f'<section class="gh-cta gh-outer"><div class="gh-cta-inner"><h2 class="gh-cta-title">'
        f'{esc(signup)}</h2>\n<p class="gh-cta-description">{esc(mission)}</p>\n{members_form}'
        "</div></section>"
    )
    card_html = "\n".join(
        f'<article class="post-card post"><a class="post-card-image-link" href="{esc(o.path)}"><img '
        f'class="post-card-image" src="/content/images/size/w600/{_hex(r, 10)}.jpg" alt="" '
        'loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" '
        f'href="{esc(o.path)}"><header class="post-card-header"><h2 class="post-card-title">'
        f"{esc(o.title)}</h2></header></a></div></article>"
        for o in cards
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
        f"<title>{esc(title)}</title>",
        '<meta name="HandheldFriendly" content="True">',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
        f'<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v={_hex(site, 10)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<meta name="referrer" content="no-referrer-when-downgrade">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:description" content="{esc(excerpt)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<meta property="article:published_time" content="{stamp}">',
        f'<meta property="article:modified_time" content="{stamp}">',
        f'<meta property="article:tag" content="{esc(s.section)}">',
        _ldjson(data),
        f'<meta name="generator" content="Ghost 5.{site.randint(80, 115)}">',
        f'<link rel="alternate" type="application/rss+xml" title="{esc(pub.name)}" href="https://'
        f'{pub.host}/rss/">',
        '<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.50/umd/portal.min.js" '
        f'data-i18n="true" data-ghost="https://{pub.host}/" data-key="{_hex(site, 26)}" '
        f'data-api="https://{pub.host}/ghost/api/content/" data-locale="en" crossorigin="anonymous">'
        "</script>",
        '<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~1.0/umd/comments-ui.min.js" '
        'crossorigin="anonymous"></script>',
        "</head>",
        f'<body class="post-template tag-{tag_slug} is-head-left-logo has-serif-body">',
        '<div class="viewport">',
        '<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div '
        f'class="gh-head-brand"><a class="gh-head-logo" href="/">{esc(pub.name)}</a></div>',
        '<nav class="gh-head-menu"><ul class="nav">'
        + "\n".join(f'<li class="nav-{_slug(x)}"><a href="/{_slug(x) if x != "Home" else ""}">{esc(x)}</a>'
                    "</li>" for x in GH_MENU)
        + "</ul></nav>",
        '<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" '
        'data-portal="signin">Sign in</a>\n<a class="gh-head-button" href="#/portal/signup" '
        'data-portal="signup">Subscribe</a></div></div></header>',
        '<div class="site-content"><main id="site-main" class="site-main">',
        f'<article class="article post tag-{tag_slug}">',
        '<header class="article-header gh-canvas">',
        f'<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/'
        f'{tag_slug}/">{esc(s.section)}</a></span></div>',
        f'<h1 class="article-title">{esc(s.title)}</h1>',
        f'<p class="article-excerpt">{esc(excerpt)}</p>',
        '<div class="article-byline"><div class="article-byline-content"><ul class="author-list">'
        f'<li class="author-list-item"><a href="/author/{_slug(s.author.name)}/" class="author-avatar">'
        '<img class="author-profile-image" src="/content/images/size/w100/avatar.jpg" alt=""></a></li>'
        '</ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/'
        f'{_slug(s.author.name)}/">{esc(s.author.name)}</a></h4><div class="byline-meta-content">'
        f'<time class="byline-meta-date" datetime="{d.isoformat(timespec="seconds")}">'
        f"{esc(meta.split(' • ')[0])}</time>\n<span class=\"byline-reading-time\"><span class=\"bull\">•"
        f"</span> {esc(meta.split(' • ')[1])}</span></div></div></div></div>",
        image_card(0, True).replace('class="kg-card kg-image-card kg-width-wide kg-card-hascaption"',
                                    'class="article-image"'),
        "</header>",
        '<section class="gh-content gh-canvas">',
        *body,
        "</section>",
        '<section class="article-comments gh-canvas"><div class="gh-comments-cta"><h3>Member discussion'
        f"</h3>\n<p>Become a member of {esc(pub.name)} to start commenting.</p>\n"
        '<a class="gh-button" href="#/portal/signup" data-portal="signup">Sign up now</a>\n'
        '<p>Already a member? <a href="#/portal/signin" data-portal="signin">Sign in</a></p></div></section>',
        "</article>",
        "</main>",
        cta,
        '<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="article-title">'
        f"You might also like</h3>\n{card_html}</div></aside>",
        "</div>",
        '<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">'
        f'{esc(pub.name)}</a> © {d.year}. <a href="https://ghost.org/" target="_blank" rel="noopener">'
        'Powered by Ghost</a></section>\n<nav class="site-footer-nav"><ul>'
        + "\n".join(f'<li><a href="/{_slug(x)}/">{esc(x)}</a></li>' for x in GH_FOOTER)
        + "</ul></nav></div></footer>",
        "</div>",
        '<script src="/assets/built/casper.js?v=' + _hex(site, 10) + '"></script>',
        "</body>",
        "</html>",
    ]
    html = _j(lines)
    _drop_in_body(c)
    return html


# --- web-components-daily -----------------------------------------------------------------------

WC_MENU = ("News", "Local", "Politics", "Business", "Sports", "Opinion", "Arts & Life", "Obituaries",
           "eEdition")
WC_SHARE = ("Facebook", "X", "Email", "Copy link")
WC_FOOTER = ("About Us", "Contact", "Careers", "Advertise", "Privacy Policy", "Terms of Service",
             "Do Not Sell My Personal Information")
WC_DEKS = (
    "Officials say the change will take months to show results; critics say it comes too late.",
    "The decision caps a year of debate and sets up a fight over the next budget.",
    "Residents who spoke at the meeting were split, and few minds were changed.",
    "The numbers behind the vote, and what they mean for the rest of the year.",
)


def render_web_components_daily(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("wc")
    dated = site.random() < 0.5
    xp = site.random() < 0.5
    pipe = site.random() < 0.5
    zone = _ZONE_SHORT.get(pub.tz, d.tzname() or "")
    build = _hex(site, 8)

    def path(o: Story) -> str:
        slug = _stable_slug(o.title, 70)
        if dated:
            return f"/{_slug(o.section)}/{o.published:%Y/%m/%d}/{slug}"
        return f"/story/{slug}-{c.stable(f'wc-id-{o.title}').randint(10000000, 99999999)}"

    c.repath(path)
    r = _page_rng(c, "wc")
    en = EnglishProse(r)
    dek = r.choice(WC_DEKS)
    c.snip(" ".join(WC_MENU[:5]))
    c.snip(f"Subscribe for $1 a week to {pub.name}")
    byline = c.snip(f"By {s.author.name}, {s.author.desk}")
    stamp = c.snip(f"Published {_en_date(d)} at {_clock(d)} {zone}")
    c.snip(" ".join(["Share this story:", *WC_SHARE[:3]]))
    caption = c.snip(_caption(r))
    credit = c.snip(f"{en.person()} / {pub.name}")
    continues = c.snip("Story continues below advertisement")
    related = c.pick_others(2)
    for o in related:
        c.snip(f"Related: {o.title}")
    signup_head = c.snip(f"Get the {pub.name} Morning Edition")
    signup_line = c.snip("Our top stories, delivered to your inbox every weekday morning.")
    rail = c.pick_others(5)
    c.snip("Most Popular")
    for o in rail:
        c.snip(o.title)
    c.snip(" ".join(WC_FOOTER[:4]))
    copyright_ = c.snip(f"© {d.year} {pub.name}. All rights reserved.")
    terms = c.snip("Use of this site constitutes acceptance of our Terms of Service and Privacy Policy.")
    ptag = "x-p" if xp else "story-paragraph"
    body: list[str] = []
    for tag, text in s.blocks:
        if tag == "p":
            body.append(f"<{ptag}>{c.inline(text)}</{ptag}>")
        else:
            body.append(f'<story-subhead level="{tag[1]}">{esc(text)}</story-subhead>')

    def ad(n: int) -> str:
        return (
            f'<ad-slot data-slot="/2184{site.randint(100, 999)}/{_slug(pub.name)}/article/inline-{n}" '
            'data-sizes="300x250,728x90" lazy><ad-label>Advertisement</ad-label>\n'
            f"<ad-label-bottom>{esc(continues)}</ad-label-bottom></ad-slot>"
        )

    inserts = [(1, ad(1)), (r.randint(2, 3), f'<inline-related><a href="{esc(related[0].path)}">'
                                                   f"Related: {esc(related[0].title)}</a></inline-related>")]
    if len(related) > 1:
        inserts.append((r.randint(4, 6), f'<inline-related><a href="{esc(related[1].path)}">Related: '
                                         f"{esc(related[1].title)}</a></inline-related>"))
    inserts.append((5, ad(2)))
    body = _insert_after(body, f"<{ptag}>", inserts)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "description": dek,
        "datePublished": d.isoformat(timespec="seconds"),
        "dateModified": d.isoformat(timespec="seconds"),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name,
                      "logo": {"@type": "ImageObject", "url": f"https://{pub.host}/static/logo.svg"}},
        "mainEntityOfPage": {"@type": "WebPage", "@id": c.url()},
        "articleSection": s.section,
    }
    title = f"{s.title} | {pub.name}" if pipe else f"{s.title} - {pub.name}"
    shadow = '<template shadowrootmode="open"><slot></slot></template>'
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:description" content="{esc(dek)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="modulepreload" href="/_wc/story-elements.{build}.js">',
        f'<script type="module" src="/_wc/story-elements.{build}.js"></script>',
        f'<script type="module" src="/_wc/site-chrome.{_hex(site, 8)}.js"></script>',
        "<style>news-article,story-body,story-paragraph,x-p,story-subhead,ad-slot,related-rail,"
        "newsletter-signup,site-footer{display:block}story-paragraph,x-p{margin:0 0 1.25em;"
        "font:19px/1.6 Georgia,serif}story-subhead{font:700 24px/1.3 sans-serif;margin:1.5em 0 .5em}"
        "ad-slot{min-height:250px;text-align:center}:not(:defined){visibility:visible}</style>",
        _ldjson(data),
        "</head>",
        "<body>",
        '<site-header sticky><a slot="logo" href="/">' + esc(pub.name) + "</a>",
        "<site-nav>" + "\n".join(f'<nav-item><a href="/{_slug(x)}/">{esc(x)}</a></nav-item>' for x in WC_MENU)
        + "</site-nav>",
        f'<subscribe-button href="/subscribe">Subscribe for $1 a week to {esc(pub.name)}</subscribe-button>',
        "</site-header>",
        "<main>",
        f'<news-article data-id="{_hex(r, 12)}" data-published="{d:%Y-%m-%dT%H:%M}" '
        f'data-section="{_slug(s.section)}">',
        shadow,
        "<story-header>",
        f'<section-label><a href="/{_slug(s.section)}/">{esc(s.section)}</a></section-label>',
        f'<h1 slot="headline">{esc(s.title)}</h1>',
        f"<story-dek>{esc(dek)}</story-dek>",
        f'<author-byline><a href="/staff/{_slug(s.author.name)}/">{esc(byline)}</a></author-byline>',
        f'<time-stamp format="long">{esc(stamp)}</time-stamp>',
        "<share-bar><span>Share this story:</span>\n"
        + "\n".join(f'<share-button network="{_slug(x)}">{esc(x)}</share-button>' for x in WC_SHARE)
        + "</share-bar>",
        "</story-header>",
        f'<story-media><img src="https://{pub.host}/resizer/{_hex(r, 16)}.jpg" alt="" width="1200" '
        f'height="800"><media-caption>{esc(caption)} <media-credit>{esc(credit)}</media-credit>'
        "</media-caption></story-media>",
        "<story-body>",
        *body,
        "</story-body>",
        f'<newsletter-signup list="morning-edition"><h3 slot="title">{esc(signup_head)}</h3>\n'
        f'<p slot="description">{esc(signup_line)}</p>\n<input type="email" placeholder="Email address">'
        "<button>Sign up</button></newsletter-signup>",
        "</news-article>",
        '<related-rail><h2 slot="heading">Most Popular</h2>\n'
        + "\n".join(f'<rail-item rank="{k + 1}"><a href="{esc(o.path)}">{esc(o.title)}</a></rail-item>'
                    for k, o in enumerate(rail))
        + "</related-rail>",
        "</main>",
        "<site-footer><footer-links>"
        + "\n".join(f'<a href="/{_slug(x)}/">{esc(x)}</a>' for x in WC_FOOTER)
        + f"</footer-links>\n<p>{esc(copyright_)}</p>\n<p>{esc(terms)}</p></site-footer>",
        "</body>",
        "</html>",
    ]
    html = _j(lines)
    _drop_in_body(c)
    return html


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "mailchimp-newsletter-archive": render_mailchimp_newsletter_archive,
    "substack-newsletter-post": render_substack_newsletter_post,
    "ghost-publication": render_ghost_publication,
    "web-components-daily": render_web_components_daily,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import random  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _drop_in_body,
    _en_date,
    _excerpt,
    _fill,
    _hex,
    _insert_after,
    _ldjson,
    _list_run,
    _long_lines,
    _other_sentences,
    _page_rng,
    _paras,
    _place,
    _set_body,
    _trim,
)
from pipeline.synth.prose import EN_DAYS, EN_NOUNS, EN_ROLES, EnglishProse  # noqa: E402
from pipeline.synth.publishers import Ctx, Story, _j, _slug, _words, esc  # noqa: E402
