"""Four ATTIC template families for the synthetic publishers (see `pipeline.synth.publishers`).

"attic" is a seventh split, next to "train", "test", "fresh", "blind", "sealed" and "vault":
families written by a session that read neither the extractor nor any extraction result (nor the
benchmark notes), so no extraction rule was written or tuned against them. They are held out until
they are measured once; once their scores have been looked at, they are no longer held out, and a
later held-out measurement needs new families.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `ATTIC_FAMILIES`: the attic families are
generated only by `generate_corpus("attic")`, never by "all", "train", "test", "fresh", "blind",
"sealed" or "vault", so those corpora are as they were. The truth conventions are the usual ones
(body, boilerplate snippets of four words or more, pull quotes in `repeated`, aware
`published_at`, clean `title` without the site name), and, new here: a code block the post's
author wrote as part of the post (<pre>) is body text, one body line per block (its whitespace
normalised, as every line is). A wire dateline opening the first paragraph is body, as in the
train family wire-syndicated; the agency's credit line closing the story ("(Información de ...;
editado por ...)") is not. Two of the families are the first in Swedish and in Arabic (written
right to left; their strings, month names, zones and site names are in `publishers`, their prose
grammars in `pipeline.synth.prose`).

Families (language; date source):
  attic  sv-lokaltidning        sv; JSON-LD NewsArticle datePublished (and a later dateModified)
                                with offset, <time datetime> in UTC with milliseconds showing
                                "Publicerad 7 mars 2026 kl. 14.30", then "Uppdaterad ..."; a
                                Swedish local paper on a modern news platform: the ingress (the
                                story's first paragraph, <p class="article__lead"> under the
                                headline, above the photo and the byline) IS body text;
                                "LÄS ÄVEN: <headline>" lines in the paragraphs' own markup and a
                                "Läs också" box of teaser cards (<h4> headlines, "Premium" labels)
                                between the paragraphs, "Annons" slots, on premium stories a
                                "Premium" badge and a soft-paywall box ("Vill du läsa vidare?" ...
                                "Redan prenumerant? Logga in") amid the full text; after the text
                                the author line (name, role, e-mail: the same on every story of the
                                author), "Dela artikeln", "Ämnen i artikeln" with "Följ" buttons, a
                                "Tipsa oss" box, the author's bio, "Mest läst", "Senaste nytt" and
                                the footer with "Ansvarig utgivare och chefredaktör: NAME"; URLs
                                /artikel/slug/xxxxxxxx; <title> "T – Site"
  attic  medium-publication     en; only a NewsArticle JSON-LD with dateCreated (the draft's, hours
                                earlier), datePublished and dateModified in UTC with milliseconds,
                                the page showing "6 min read · Mar 7, 2026"; a newsroom's data
                                desk publishing on Medium (custom domain): obfuscated atomic
                                class names (the paragraphs' the same on every post of a site),
                                <p data-selectable-paragraph> paragraphs with 4-hex ids, the
                                story's subheadings as <h1>/<h2>
                                INSIDE the post, code blocks (<pre><span data-code-block-lang>, with
                                highlighting spans) between the paragraphs that ARE body text, photos
                                "Photo by NAME on Unsplash" between the paragraphs, a
                                "Get unlimited access ..." membership box (an <h2> and a button)
                                amid the text, the claps / responses / Listen / Share bar above and
                                below the post, the author row with "Follow" and "Published in
                                <Site>", tag pills, "Written by NAME" with followers and the bio
                                (the same for an author on every post), "Responses (N)", "More from
                                NAME and <Site>" cards with excerpts, "Recommended from Medium";
                                URLs /slug-<12 hex>; <title> "T | by NAME | Site | Medium"
  attic  es-agencia-cable       es; og:article:published_time in UTC ("Z") and a <time> showing the
                                date and time in GMT ("7 de marzo de 2026 13:30 GMT"), "Actualizado
                                hace N horas"; a Spanish-language news agency's own site
                                (Reuters-like): every paragraph a <p> in a <div data-testid=
                                "paragraph-N"> whose sentences are each in a <span> (the
                                read-aloud tool's sentence spans); the dateline "VILLARÁN, 7 mar
                                (AV) - " opening the first paragraph (body, in a <span> of its own),
                                the newsletter sign-up line after the first paragraph and the
                                "Publicidad · Desplácese para continuar" slots in the same markup
                                as the paragraphs, the credit line "(Información de NAME; editado
                                por NAME)" as the last <p> of the story, "Obtener derechos de
                                licencia", "Nuestras normas: Los principios de confianza de
                                <Agency>.", "Temas relacionados", author cards with bios, "Más
                                noticias", the footer's quotes-delay disclaimer; URLs
                                /section/slug-YYYY-MM-DD/ (the UTC date); <title> "T | Agency"
  attic  ar-bawaba-rtl          ar; article:published_time (and a later article:modified_time) with
                                offset, the visible "السبت، 07 مارس 2026 02:30 م" after "كتب: NAME"
                                and "آخر تحديث: ..."; an Arabic news portal, right to left (<html
                                dir="rtl">): the text in <div class="article-text"> of <p>s and <h3>
                                subheadings, with numbered photo galleries ("1 / 4" counters and
                                captions), an "اقرأ أيضا" list of linked headlines, "اقرأ أيضا:"
                                lines and "إعلان" slots between the paragraphs, and the "تابعوا آخر
                                أخبار <Site> عبر قناتنا على واتساب" line as the last <p>; the share
                                box with counts ("N مشاركة فيسبوك N ..."), font-size and print
                                tools, the breaking-news ticker, tags, the author card (the same bio
                                for an author on every article), comments, "أخبار ذات صلة", the
                                "الأكثر قراءة" ranking and "آخر الأخبار" list; URLs
                                /news/YYYY/MM/DD/1234567; <title> "T - Site"

Every renderer gives every story of its publisher the platform's own URL on first use (the stories
are rebuilt for each `render_publisher` call, so this is deterministic); the pages' URLs and the
links between them are ASCII (the Arabic portal's navigation and topic links are not). The
medium-publication renderer adds its code blocks to the story while rendering and the
es-agencia-cable renderer its dateline (each keeping the body within 14 paragraphs and 900 words,
dropping a trailing sentence of a long paragraph when needed), so `body`, taken from the story after
rendering, has them.

The agency's names are its own (`FAMILY_SITE_FORMS`: "Agencia {p}", "{p} Press", ...), its short
name (the initials) the tag of its datelines. A Swedish local site and an Arabic portal are new
languages to the corpus; the English family is a blogging platform, not a newspaper CMS (a
Ghost/Casper blog and a Substack newsletter are train families already, so this one is Medium).
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta

FAMILIES: dict[str, str] = {
    "sv-lokaltidning": "attic",
    "medium-publication": "attic",
    "es-agencia-cable": "attic",
    "ar-bawaba-rtl": "attic",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "sv-lokaltidning": "sv",
    "es-agencia-cable": "es",
    "ar-bawaba-rtl": "ar",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "es-agencia-cable": (
        "Agencia {p}",
        "{p} Press",
        "Agencia Informativa de {p}",
        "Servicio de Noticias {p}",
    ),
}


# what an index page's teaser text drops at its end (Arabic's comma among it)
_EXCERPT_STRIP = ",;:.،"


def _code(r: random.Random, n: int) -> str:
    """`n` random lowercase letters and digits (an article key)."""
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


# --- sv-lokaltidning ---------------------------------------------------------------------------

SV_CAPTIONS = (
    "Kommunhuset i {place}.",
    "Byggarbetsplatsen i centrala {place}.",
    "Flera invånare kom till mötet i {place}.",
    "Torget i {place} en vardagsmorgon.",
    "Politikerna samlades i sessionssalen i {place}.",
)
SV_SHARE = ("Facebook", "X", "LinkedIn", "Mejl", "Kopiera länk")
SV_FOOTER = ("Kundservice", "Annonsera", "Tipsa oss", "Om cookies", "Personuppgiftspolicy", "Jobba hos oss")
SV_TOPICS = ("Kommunpolitik", "Samhällsbyggnad", "Ekonomi", "Skola", "Trafik", "Bostäder")


def _sv_email(name: str, host: str) -> str:
    return ".".join(_aslug(x) for x in name.split()) + f"@{host}"


def render_sv_lokaltidning(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    place = _place(c)
    r = c.stable("attic-sv")
    c.repath(lambda o: f"/artikel/{_aslug(o.title)}/{_code(c.stable(f'artikel-{o.title}'), 8)}")
    premium = c.stable(f"premium-{s.title}").random() < 0.6
    modified = d + timedelta(minutes=c.rng.randint(12, 500))
    photographer = prose_for("sv", c.rng).person()
    publisher_name = prose_for("sv", c.stable("attic-sv-utgivare")).person()
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": modified.isoformat(timespec="seconds"),
        "isAccessibleForFree": not premium,
        "author": {"@type": "Person", "name": a.name},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "inLanguage": "sv-SE",
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="sv">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title)} \u2013 {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(_excerpt(s, 22, _EXCERPT_STRIP))}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(ld),
        f'<link rel="stylesheet" href="/_next/static/css/{_hex(r, 16)}.css">',
        "</head>",
        '<body class="site site--article">',
    ]
    if c.has("cookie"):
        lines.append(
            '<div class="consent" role="dialog" aria-modal="true"><p class="consent__text">'
            f"{esc(c.text('cookie'))}</p><button>Godkänn alla</button> <button>Inställningar</button></div>"
        )
    subscribe = c.snip(c.pick("subscribe"))
    lines += [
        '<header class="masthead">',
        f'<a class="masthead__logo" href="/" aria-label="{esc(pub.name)}"><span>{esc(pub.name)}</span></a>',
    ]
    if c.has("tagline"):
        lines.append(f'<span class="masthead__tagline">{esc(c.snip(pub.tagline))}</span>')
    lines += [
        f'<a class="masthead__cta" href="/prenumerera">{esc(subscribe)}</a>',
        '<a class="masthead__login" href="/logga-in">Logga in</a>',
    ]
    if c.has("nav"):
        lines += ['<nav class="masthead__nav">', *_nav_links(c), "</nav>"]
    lines += [
        "</header>",
        '<main class="page">',
        '<article class="article">',
        '<header class="article-header">',
    ]
    lines.append(
        '<div class="article-header__vignette">'
        + (
            '<span class="premium-badge"><svg class="premium-badge__icon" '
            'aria-hidden="true"></svg>Premium</span> '
            if premium
            else ""
        )
        + f'<a href="/{_aslug(place)}">{esc(place)}</a></div>'
    )
    published = c.snip(f"Publicerad {c.human_date()}")
    updated = c.snip(f"Uppdaterad {c.human_date(dt=modified)}")
    c.snip("Dela artikeln " + " ".join(SV_SHARE))
    share = (
        '<div class="share"><span class="share__label">Dela artikeln</span>\n'
        + "\n".join(
            f'<button class="share__button" data-share="{_aslug(x)}">{esc(x)}</button>' for x in SV_SHARE
        )
        + "</div>"
    )
    lead_html = c.inline(s.blocks[0][1])
    caption = c.snip(f"{r.choice(SV_CAPTIONS).format(place=place)} Foto: {photographer}")
    lines += [
        f'<h1 class="article-header__headline">{esc(s.title)}</h1>',
        f'<p class="article__lead">{lead_html}</p>',
        '<figure class="article__image">'
        f'<img src="https://bilder.{pub.host}/{_hex(c.rng, 16)}.jpg?w=1200" alt="">'
        f"<figcaption>{esc(caption.rsplit(' Foto: ', 1)[0])} "
        f'<span class="article__image-credit">Foto: {esc(photographer)}</span></figcaption></figure>',
        '<div class="article-header__meta">',
        f'<div class="byline"><img class="byline__avatar" src="/byline/{_aslug(a.name)}.jpg" alt=""> '
        f'<a class="byline__name" href="/av/{_aslug(a.name)}">{esc(a.name)}</a></div>',
        '<div class="dates">'
        '<time class="dates__published" '
        f'datetime="{d.astimezone(UTC):%Y-%m-%dT%H:%M:%S.000Z}">{esc(published)}</time> '
        f'<span class="dates__updated">{esc(updated)}</span></div>',
        share,
        "</div>",
        "</header>",
    ]
    para = '<p class="article__body-text">'
    body = c.body_html(
        p=lambda h: f"{para}{h}</p>",
        heading=lambda tag, h: f'<h2 class="article__subheading">{h}</h2>',
        pullquote=lambda q: f'<blockquote class="article__quote"><p>{q}</p></blockquote>',
        teaser=lambda rm, x: f"{para}<strong>{rm}</strong> {x}</p>",
        ad=lambda x: f'<div class="ad ad--text"><span class="ad__label">{x}</span></div>',
    )
    body = body[1:]  # the first paragraph is the ingress, above the photo
    teaser = f"{para}<strong>"  # a "LÄS ÄVEN:" line, in the paragraphs' markup
    count = sum(x.startswith(para) and not x.startswith(teaser) for x in body)
    inserts: list[tuple[int, str]] = []
    for n in range(1, count - 1, 4):
        inserts.append(
            (
                n,
                '<div class="ad ad--panorama"><span class="ad__label">Annons</span>'
                f'<div id="panorama-{n}" class="ad__slot"></div></div>',
            )
        )
    cards = []
    for o in c.pick_others(2):
        flag = c.stable(f"premium-{o.title}").random() < 0.6
        cards.append(
            f'<a class="teaser teaser--small" href="{esc(o.path)}">'
            f'<img class="teaser__image" src="https://bilder.{pub.host}/{_hex(c.rng, 16)}.jpg?w=320" alt=""> '
            + ('<span class="teaser__premium">Premium</span> ' if flag else "")
            + f'<h4 class="teaser__title">{esc(c.snip(o.title))}</h4></a>'
        )
    inserts.append(
        (
            0,
            '<aside class="read-also"><h3 class="read-also__title">Läs också</h3>\n'
            + "\n".join(cards)
            + "</aside>",
        )
    )
    if premium:
        offer = c.snip(
            f"Prenumerera på {pub.name} – första månaden för 1 kr, därefter "
            f"{r.choice(('139', '159', '179'))} kr i månaden. Ingen bindningstid."
        )
        c.snip("Redan prenumerant? Logga in")
        c.snip("Vill du läsa vidare?")
        inserts.append(
            (
                min(1, count - 1),
                '<aside class="paywall" data-paywall="soft">'
                '<h3 class="paywall__title">Vill du läsa vidare?</h3>'
                f'<p class="paywall__offer">{esc(offer)}</p>'
                '<a class="paywall__button" href="/prenumerera">Bli prenumerant</a>'
                '<p class="paywall__login">Redan prenumerant? <a href="/logga-in">Logga in</a></p></aside>',
            )
        )
    c.snip(f"{a.name} {a.desk} {_sv_email(a.name, pub.host)}")
    lines += [
        '<div class="article__body">',
        *_insert_after(body, para, inserts, skip=teaser),
        "</div>",
        '<div class="article__author-line">'
        f'<p class="author-line__name">{esc(a.name)}</p>\n'
        f'<p class="author-line__role">{esc(a.desk)}</p>\n'
        f'<p class="author-line__email"><a href="mailto:{_sv_email(a.name, pub.host)}">'
        f"{_sv_email(a.name, pub.host)}</a></p></div>",
        share.replace('class="share"', 'class="share share--bottom"'),
    ]
    topics = [s.section, place, *c.stable(f"amnen-{s.title}").sample(SV_TOPICS, 2)]
    c.snip("Ämnen i artikeln " + " ".join(f"{t} Följ" for t in topics))
    lines.append(
        '<section class="topics"><h3 class="topics__title">Ämnen i artikeln</h3>\n<ul class="topics__list">\n'
        + "\n".join(
            f'<li><a href="/amne/{_aslug(t)}">{esc(t)}</a> <button class="topics__follow">Följ</button></li>'
            for t in topics
        )
        + "\n</ul></section>"
    )
    phone = f"0{r.randint(10, 99)}-{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
    tip = c.snip(f"Har du ett tips till redaktionen? Mejla tips@{pub.host} eller ring {phone}.")
    lines.append(f'<aside class="tip-box"><h3 class="tip-box__title">Tipsa oss</h3><p>{esc(tip)}</p></aside>')
    if c.has("bio"):
        lines.append(
            '<section class="author-card">'
            f'<img src="/byline/{_aslug(a.name)}.jpg" alt=""> <h3 '
            f'class="author-card__name">{esc(a.name)}</h3>'
            f'<p class="author-card__bio">{esc(c.bio())}</p></section>'
        )
    if c.has("newsletter"):
        lines.append(
            f'<aside class="newsletter"><p>{esc(c.text("newsletter"))}</p>'
            '<input type="email" placeholder="Din e-postadress"> <button>Registrera</button></aside>'
        )
    if c.has("comments"):
        lines.append(f'<div class="comments"><p>{esc(c.text("comments"))}</p></div>')
    lines += [
        "</article>",
        '<aside class="sidebar">',
        '<section class="most-read">',
        "<h2>Mest läst</h2>",
        "<ol>",
    ]
    lines += [
        f'<li><span class="most-read__rank">{n}</span> <a '
        f'href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>'
        for n, o in enumerate(c.pick_others(5), 1)
    ]
    lines += ["</ol>", "</section>", '<section class="latest">', "<h2>Senaste nytt</h2>", "<ul>"]
    latest = sorted(c.pick_others(4), key=lambda o: o.published, reverse=True)
    lines += [
        f'<li><time>{o.published:%H.%M}</time> <a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>'
        for o in latest
    ]
    lines += [
        "</ul>",
        "</section>",
        '<div class="ad ad--sidebar"><span class="ad__label">Annons</span></div>',
        "</aside>",
        "</main>",
    ]
    utgivare = c.snip(f"Ansvarig utgivare och chefredaktör: {publisher_name}")
    address = c.snip(
        f"{pub.name}, Box {r.randint(10, 999)}, {r.randint(100, 989)} {r.randint(10, 99)} {place}"
    )
    c.snip(" ".join(SV_FOOTER[:4]))
    lines += [
        '<footer class="footer">',
        f'<p class="footer__publisher">{esc(utgivare)}</p>',
        f'<p class="footer__address">{esc(address)}</p>',
        '<ul class="footer__links">',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in SV_FOOTER],
        "</ul>",
        f'<p class="footer__copyright">{esc(c.copyright())}</p>',
    ]
    if c.has("disclaimer"):
        lines.append(f'<p class="footer__disclaimer">{esc(c.text("disclaimer"))}</p>')
    lines += [
        "</footer>",
        f'<script src="/_next/static/chunks/{_hex(r, 16)}.js" async></script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- medium-publication ------------------------------------------------------------------------

MD_TAGS = (
    "Data Journalism",
    "Local News",
    "Open Data",
    "Python",
    "Civic Tech",
    "Data Visualization",
    "Local Government",
    "Journalism",
)
MD_COLUMNS = ("spend", "complaints", "visits", "permits", "delays", "incidents")
MD_FOOTER = (
    "Help",
    "Status",
    "About",
    "Careers",
    "Press",
    "Blog",
    "Privacy",
    "Rules",
    "Terms",
    "Text to speech",
)
MD_CODE = (
    (
        "python",
        'import pandas as pd\n\ndf = pd.read_csv("{slug}_{noun}s_2026.csv", parse_dates=["date"])\n'
        'monthly = df.groupby(df["date"].dt.month)["{col}"].sum()\nprint(monthly.tail({n}))',
    ),
    (
        "sql",
        "SELECT ward, COUNT(*) AS {col}\nFROM {noun}_reports\nWHERE town = '{place}' AND year = 2026\n"
        "GROUP BY ward\nORDER BY {col} DESC\nLIMIT {n};",
    ),
    (
        "bash",
        'curl -s "https://data.{host}/api/v2/{noun}s?year=2026&limit={n}" \\\n'
        "  | jq '.results[] | {{name, {col}}}'",
    ),
    (
        "javascript",
        'const res = await fetch("/data/{slug}-{noun}s.json");\nconst rows = await res.json();\n'
        "const total = rows.reduce((sum, r) => sum + r.{col}, 0);\n"
        'console.log(`{place}: ${{total.toLocaleString("en-GB")}} {col}`);',
    ),
    (
        "r",
        'library(dplyr)\n\n{noun}s <- read.csv("{slug}_{noun}s.csv")\n'
        "{noun}s %>% filter(year == 2026) %>% count(ward, sort = TRUE) %>% head({n})",
    ),
)
MD_KEYWORDS = re.compile(
    r"\b(import|as|from|const|await|return|SELECT|FROM|WHERE|AND|GROUP BY|ORDER BY|LIMIT|DESC|library"
    r"|print)\b"
)
MD_NOUNS = ("permit", "pothole", "complaint", "contract", "inspection", "planning_application", "grant")


def _md_classes(r: random.Random, n: int) -> str:
    """Medium's atomic class names: `n` tokens of two or three lowercase letters."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join(
        r.choice(letters) + r.choice(letters) + ("" if r.random() < 0.7 else r.choice(letters))
        for _ in range(n)
    )


def _md_count(n: int) -> str:
    """A count as Medium shows it ("842", "1.2K")."""
    return f"{n / 1000:.1f}K".replace(".0K", "K") if n >= 1000 else str(n)


def _md_highlight(code: str) -> str:
    """Escaped code with keyword and string spans (highlight.js classes); its text is the code's."""
    out = MD_KEYWORDS.sub(r'<span class="hljs-keyword">\1</span>', esc(code))
    return re.sub(r"(&quot;.*?&quot;)", r'<span class="hljs-string">\1</span>', out)


def _md_minutes(c: Ctx, story: Story) -> int:
    """A post's reading time as Medium shows it, the same on its page and on its cards (whether the
    post was rendered yet, its code blocks added, or not)."""
    return c.stable(f"minutes-{story.title}").randint(3, 9)


def _md_add_code(c: Ctx) -> None:
    """Add the post's code blocks (one or two, on most posts) after some of its paragraphs, keeping the
    body within 14 paragraphs and 900 words."""
    s = c.story
    r = c.stable(f"code-{s.title}")
    if r.random() < 0.25:
        return
    paras = [i for i, (tag, _) in enumerate(s.blocks) if tag == "p"]
    room = 14 - len(paras)
    want = min(room, r.choice((1, 1, 2)), len(paras) - 2)
    if want <= 0:
        return
    spots = sorted(r.sample(paras[1:-1], want), reverse=True)
    place = _place(c)
    for spot in spots:
        _, template = r.choice(MD_CODE)
        code = template.format(
            slug=_aslug(place).replace("-", "_"),
            place=place,
            host=c.pub.host,
            noun=r.choice(MD_NOUNS),
            col=r.choice(MD_COLUMNS),
            n=r.randint(5, 20),
        )
        s.blocks.insert(spot + 1, ("pre", code))
        s.sentences.insert(spot + 1, [])
    _trim(s)


def render_medium_publication(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    c.repath(lambda o: f"/{_aslug(o.title)}-{_hex(c.stable(f'post-{o.title}'), 12)}")
    if not any(tag == "pre" for tag, _ in s.blocks):
        _md_add_code(c)
    r = c.stable("attic-medium")
    # the atomic class names: drawn in page order from the site's own generator, so the same on every
    # post up to where two posts' structures part (the post's header, its paragraphs' and headings')
    k = c.stable("attic-medium-classes")
    pclass = f"pw-post-body-paragraph {_md_classes(k, 22)}"  # the same on every post of the site
    hclass = {"h2": _md_classes(k, 24), "h3": _md_classes(k, 24)}
    handle = "@" + _aslug(a.name).replace("-", "")
    avatar = _hex(c.stable(f"avatar-{a.name}"), 16)
    member_only = c.stable(f"member-{s.title}").random() < 0.5
    utc = d.astimezone(UTC)
    stamp = f"{utc:%Y-%m-%dT%H:%M:%S}.000Z"
    created = utc - timedelta(hours=c.rng.randint(2, 200), seconds=c.rng.randint(0, 3599))
    created_stamp = f"{created:%Y-%m-%dT%H:%M:%S}.{c.rng.randint(0, 999):03d}Z"  # the draft's
    modified = (utc + timedelta(hours=c.rng.randint(1, 40))).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    minutes = _md_minutes(c, s)
    date_shown = f"{d:%b} {d.day}, {d.year}"
    claps, responses = c.rng.randint(40, 4800), c.rng.randint(0, 60)
    followers = _md_count(c.stable(f"followers-{a.name}").randint(90, 25000))
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "image": [f"https://miro.medium.example/v2/resize:fit:1200/{_hex(c.rng, 20)}.jpeg"],
        "url": c.url(),
        "dateCreated": created_stamp,
        "datePublished": stamp,
        "dateModified": modified,
        "headline": s.title,
        "name": s.title,
        "description": _excerpt(s, 24, _EXCERPT_STRIP),
        "identifier": c.url().rsplit("-", 1)[1],
        "author": {"@type": "Person", "name": a.name, "url": f"http://{pub.host}/{handle}"},
        "creator": [a.name],
        "publisher": {"@type": "Organization", "name": pub.name, "url": f"http://{pub.host}"},
        "mainEntityOfPage": c.url(),
        "isAccessibleForFree": not member_only,
    }
    lines = [
        "<!doctype html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | by {esc(a.name)} | {esc(pub.name)} | Medium</title>",
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">',
        f'<meta name="title" content="{esc(s.title)} | by {esc(a.name)} | {esc(pub.name)} | Medium">',
        f'<meta name="description" content="{esc(_excerpt(s, 24, _EXCERPT_STRIP))}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="article:author" content="http://{pub.host}/{handle}">',
        f'<meta name="author" content="{esc(a.name)}">',
        '<meta name="twitter:label1" content="Reading time">',
        f'<meta name="twitter:data1" content="{minutes} min read">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="author" href="http://{pub.host}/{handle}">',
        _ldjson(ld),
        f'<style type="text/css" data-fela-rehydration="{r.randint(400, 900)}" data-fela-type="STATIC">'
        "html{box-sizing:border-box;-webkit-text-size-adjust:100%}*,*:before,*:after{box-sizing:inherit}"
        "</style>",
        "</head>",
        '<body><div id="root"><div class="a b c"><div class="l c">',
    ]
    signup = c.snip("Sign up to read stories from the writers you follow and to support the ones you like.")
    lines += [
        f'<div class="{_md_classes(r, 6)}" data-testid="headerBanner"><p class="{_md_classes(r, 4)}">'
        f'{esc(signup)}</p> <a href="/m/signin?operation=register">Sign up</a></div>',
        f'<div class="{_md_classes(r, 5)}"><div class="{_md_classes(r, 4)}">'
        '<a data-testid="headerMediumLogo" href="https://medium.example/" aria-label="Homepage">'
        '<svg viewBox="0 0 719 160" class="dz" aria-hidden="true"></svg></a> '
        '<div class="speechify-ignore"><a href="https://medium.example/search">Search</a></div></div>',
        f'<div class="{_md_classes(r, 3)}"><a href="https://medium.example/new-story">Write</a> '
        '<a href="/m/signin?operation=register">Sign up</a> <a href="/m/signin">Sign in</a></div></div>',
    ]
    c.snip("Write Sign up Sign in")
    c.snip(f"Follow publication {pub.name}")
    lines.append(
        f'<div class="{_md_classes(r, 5)}" data-testid="publicationHeader"><a href="/">'
        f'<img alt="{esc(pub.name)}" '
        f'src="https://miro.medium.example/v2/resize:fill:76:76/{_hex(r, 16)}.png"></a> '
        "<span>Follow publication</span> "
        f'<a href="/" class="{_md_classes(r, 2)}">{esc(pub.name)}</a></div>'
    )
    lines += [
        '<article><div class="l"><div class="l"><span class="l"></span><section><div><div '
        f'class="{_md_classes(k, 5)}">',
        f'<div class="{_md_classes(k, 2)}"><div class="{_md_classes(k, 6)}">',
    ]
    if member_only:
        lines.append(
            f'<div class="speechify-ignore {_md_classes(k, 2)}"><div class="{_md_classes(k, 3)}">'
            '<svg width="16" height="16" aria-hidden="true"></svg><p>Member-only story</p></div></div>'
        )
    pid = c.stable(f"ids-{s.title}")
    lines.append(
        f'<h1 id="{_hex(pid, 4)}" class="pw-post-title {_md_classes(k, 10)}" data-testid="storyTitle" '
        f'data-selectable-paragraph="">{esc(s.title)}</h1>'
    )
    c.snip(f"{minutes} min read · {date_shown}")
    c.snip(f"Published in {pub.name}")
    lines += [
        f'<div class="speechify-ignore {_md_classes(k, 3)}"><div class="{_md_classes(k, 4)}">',
        f'<a data-testid="authorPhoto" href="/{handle}"><img alt="{esc(a.name)}" class="l fc by" '
        f'src="https://miro.medium.example/v2/resize:fill:64:64/{avatar}.jpeg"></a>',
        f'<div class="{_md_classes(k, 3)}"><a data-testid="authorName" href="/{handle}">{esc(a.name)}</a> '
        '<span aria-hidden="true">·</span> <button class="fw fx">Follow</button></div>',
        f'<div class="{_md_classes(k, 3)}"><span>Published in</span> '
        f'<a data-testid="publicationName" href="/">{esc(pub.name)}</a></div>',
        f'<div class="{_md_classes(k, 3)}"><span data-testid="storyReadTime">{minutes} min read</span> '
        f'<span aria-hidden="true">·</span> <span data-testid="storyPublishDate">{date_shown}</span></div>',
        "</div></div>",
    ]
    c.snip(f"{_md_count(claps)} {responses} Listen Share")

    def bar(where: str) -> str:
        return (
            f'<div class="{_md_classes(k, 4)}" data-testid="{where}ActionBar">'
            f'<div class="pw-multi-vote-icon"><button data-testid="{where}ClapButton" aria-label="clap">'
            '<svg width="24" height="24" aria-hidden="true"></svg></button></div> '
            f'<div class="pw-multi-vote-count"><p><button>{_md_count(claps)}</button></p></div> '
            f'<button aria-label="responses"><svg width="24" height="24"></svg><p><span '
            f'class="pw-responses-count">{responses}</span></p></button> '
            '<button data-testid="audioPlayButton"><svg width="24" height="24"></svg><p>Listen</p></button> '
            f'<button data-testid="{where}SocialShareButton"><svg width="24" '
            'height="24"></svg><p>Share</p></button>'
            "</div>"
        )

    lines.append(bar("header"))
    lines.append("</div></div></div>")  # the post's header
    credit = prose_for("en", c.rng).person()
    c.snip(f"Photo by {credit} on Unsplash")

    def figure(who: str) -> str:
        return (
            f'<figure class="{_md_classes(k, 8)} paragraph-image"><div role="button" '
            f'class="{_md_classes(k, 5)}">'
            f'<div class="{_md_classes(k, 3)}"><picture><source type="image/webp" '
            f'srcset="https://miro.medium.example/v2/resize:fit:640/format:webp/{_hex(c.rng, 20)}.jpeg 640w">'
            f'<img alt="" class="bh lp pd c" width="700" height="467" loading="lazy" role="presentation" '
            f'src="https://miro.medium.example/v2/resize:fit:700/{_hex(c.rng, 20)}.jpeg"></picture>'
            "</div></div>"
            f'<figcaption class="{_md_classes(k, 10)}" data-selectable-paragraph="">Photo by <a '
            f'href="https://unsplash.example/@{_aslug(who).replace("-", "")}" rel="noopener">'
            f"{esc(who)}</a> on "
            '<a href="https://unsplash.example" rel="noopener">Unsplash</a></figcaption></figure>'
        )

    def heading(tag: str, h: str) -> str:
        if tag == "pre":  # a code block of the post
            text = next(t for b, t in s.blocks if b == "pre" and esc(t) == h)
            lang = next(x for x, tpl in MD_CODE if tpl.split("{", 1)[0] in text)
            return (
                f'<pre class="{_md_classes(k, 12)}"><span id="{_hex(pid, 4)}" class="{_md_classes(k, 9)}" '
                f'data-code-block-mode="1" spellcheck="false" data-code-block-lang="{lang}">'
                f"{_md_highlight(text)}</span></pre>"
            )
        medium_tag = "h1" if tag == "h2" else "h2"  # the post's section heads: Medium's big and small
        return (
            f'<{medium_tag} id="{_hex(pid, 4)}" class="{hclass[tag]}" data-selectable-paragraph="">'
            f"{h}</{medium_tag}>"
        )

    body = c.body_html(
        p=lambda h: f'<p id="{_hex(pid, 4)}" class="{pclass}" data-selectable-paragraph="">{h}</p>',
        heading=heading,
        pullquote=lambda q: (
            f'<blockquote class="{_md_classes(k, 3)}"><p id="{_hex(pid, 4)}" class="{pclass} pullquote" '
            f'data-selectable-paragraph="">{q}</p></blockquote>'
        ),
    )
    para = '<p id="'
    count = sum(x.startswith(para) for x in body)
    nag = c.snip("Get unlimited access to the best of Medium for less than $1/week.")
    inserts: list[tuple[int, str]] = [(0, figure(credit))]
    if count >= 5:
        second = prose_for("en", c.rng).person()
        c.snip(f"Photo by {second} on Unsplash")
        inserts.append((count - 2, figure(second)))
    if member_only:
        inserts.append(
            (
                max(1, (count * 2) // 5),
                f'<div class="{_md_classes(k, 6)}" data-testid="membershipUpsell"><div '
                f'class="{_md_classes(k, 3)}">'
                f'<h2 class="{_md_classes(k, 7)}">{esc(nag)}</h2></div> '
                f'<a class="{_md_classes(k, 5)}" href="https://medium.example/plans">Become a '
                "member</a></div>",
            )
        )
    lines += [
        f'<div class="{_md_classes(k, 2)}"><div class="{_md_classes(k, 2)}"><div '
        f'class="{_md_classes(k, 4)}">',
        *_insert_after(body, para, inserts),
        "</div></div></div>",
        "</div></section></div></div></article>",
    ]
    tags = c.stable(f"tags-{s.title}").sample(MD_TAGS, 4)
    c.snip(" ".join(tags))
    lines.append(
        f'<div class="{_md_classes(k, 3)}" data-testid="storyTags">'
        + " ".join(
            f'<a href="/tag/{_aslug(t)}"><div class="{_md_classes(k, 4)}">{esc(t)}</div></a>' for t in tags
        )
        + "</div>"
    )
    lines.append(bar("footer"))
    if not member_only:
        lines.append(
            f'<div class="{_md_classes(k, 4)}" data-testid="footerUpsell"><h2>{esc(nag)}</h2> '
            '<a href="https://medium.example/plans">Become a member</a></div>'
        )
    written = c.snip(f"Written by {a.name}")
    c.snip(f"{followers} Followers · Writer for {pub.name}")
    lines += [
        f'<div class="{_md_classes(k, 5)}" data-testid="writtenBy">',
        f'<a href="/{handle}"><img alt="{esc(a.name)}" '
        f'src="https://miro.medium.example/v2/resize:fill:96:96/{avatar}.jpeg"></a>',
        f'<h2 class="{_md_classes(k, 6)}"><a href="/{handle}">{esc(written)}</a></h2>',
        f'<div class="{_md_classes(k, 3)}"><a href="/{handle}/followers">{esc(followers)} Followers</a> '
        f'<span aria-hidden="true">·</span> Writer for <a href="/">{esc(pub.name)}</a></div>',
        f'<p class="{_md_classes(k, 8)}">{esc(c.bio())}</p>',
        '<button class="fw fx">Follow</button>',
        "</div>",
    ]
    c.snip("What are your thoughts?")
    lines += [
        f'<div class="{_md_classes(k, 4)}" data-testid="responses"><h2>Responses ({responses})</h2> '
        f'<div class="{_md_classes(k, 3)}"><p>What are your thoughts?</p> '
        "<button>Respond</button></div></div>",
    ]
    more = c.snip(f"More from {a.name} and {pub.name}")

    def card(o: Story, with_pub: bool) -> str:
        mins = _md_minutes(c, o)
        return (
            f'<div class="{_md_classes(k, 4)}" data-testid="postPreview">'
            + (f'<div class="{_md_classes(k, 2)}"><a href="/">{esc(pub.name)}</a></div> ' if with_pub else "")
            + f'<a href="{esc(o.path)}"><h2 class="{_md_classes(k, 6)}">{esc(c.snip(o.title))}</h2> '
            f'<h3 class="{_md_classes(k, 6)}">{esc(c.snip(_excerpt(o, 14, _EXCERPT_STRIP)))}\u2026</h3></a> '
            f'<div class="{_md_classes(k, 3)}"><span>{mins} min read</span> <span>·</span> '
            f"<span>{o.published:%b} {o.published.day}, {o.published.year}</span> "
            f"<span>{_md_count(c.rng.randint(20, 3000))}</span></div></div>"
        )

    picks = c.pick_others(6)
    lines += [
        f'<div class="{_md_classes(k, 4)}" data-testid="moreFrom"><h2>{esc(more)}</h2>',
        *[card(o, False) for o in picks[:4]],
        f'<a href="/{handle}">{esc(c.snip(f"See all from {a.name}"))}</a> '
        f'<a href="/">{esc(c.snip(f"See all from {pub.name}"))}</a></div>',
        f'<div class="{_md_classes(k, 4)}" data-testid="recommended"><h2>Recommended from Medium</h2>',
        *[card(o, True) for o in picks[4:]],
        "</div>",
    ]
    c.snip(" ".join(MD_FOOTER[:6]))
    lines += [
        f'<div class="{_md_classes(r, 3)}" data-testid="footer">',
        " ".join(f'<a href="https://medium.example/{_aslug(x)}">{esc(x)}</a>' for x in MD_FOOTER),
        "</div>",
        "</div></div></div>",
        f'<script>window.__APOLLO_STATE__ = {{"ROOT_QUERY": {{"postResult({{\\"id\\":\\"'
        f'{c.url().rsplit("-", 1)[1]}\\"}})": {{"__ref": "Post:{c.url().rsplit("-", 1)[1]}"}}}}}}</script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- es-agencia-cable --------------------------------------------------------------------------

ES_MONTH_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
ES_CAPTIONS = (
    "Una vista general del ayuntamiento de {place}",
    "Vecinos durante una protesta frente a la sede del gobierno local en {place}",
    "Obras en el centro de {place}",
    "Una sesión del pleno municipal en {place}",
)
ES_TOPICS = (
    "Política",
    "Economía",
    "América Latina",
    "España",
    "Infraestructura",
    "Sociedad",
    "Medio ambiente",
)
ES_FOOTER = (
    "Quiénes somos",
    "Contacto",
    "Trabaje con nosotros",
    "Términos de uso",
    "Privacidad",
    "Accesibilidad",
)
ES_TEXT = (
    "text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr text__large-body__FupBw "
    "body__full_width__ekUdw body__large_body__FV5_X article-body__element__2p5pI"
)


def _es_dateline(c: Ctx) -> str:
    """Open the first paragraph with the agency's dateline (body text, as a wire dateline is), keeping
    the body within 900 words; the dateline's own text is returned."""
    s = c.story
    d = s.published
    city = prose_for("es", c.stable(f"ciudad-{s.title}")).place().upper()
    dateline = f"{city}, {d.day} {ES_MONTH_ABBR[d.month - 1]} ({c.pub.short}) -"
    tag, text = s.blocks[0]
    if not text.startswith(dateline):
        s.blocks[0] = (tag, f"{dateline} {text}")
        _trim(s)
    return dateline


def render_es_agencia_cable(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    utc = d.astimezone(UTC)

    def path(o: Story) -> str:
        return f"/{_aslug(o.section)}/{_aslug(o.title)}-{o.published.astimezone(UTC):%Y-%m-%d}/"

    c.repath(path)
    dateline = _es_dateline(c)
    r = c.stable("attic-agencia")
    editors = [prose_for("es", c.stable(f"editor-{n}")).person() for n in range(3)]
    others = [x for x in pub.authors if x is not a]
    second = c.rng.choice(others) if others and c.rng.random() < 0.4 else None
    hours = c.rng.randint(1, 9)
    modified = utc + timedelta(minutes=c.rng.randint(20, 500))
    photographer = prose_for("es", c.rng).person()
    shot = c.human_date(dt=d - timedelta(days=c.rng.randint(20, 400)))  # a file photo's date
    lines = [
        "<!DOCTYPE html>",
        '<html lang="es" dir="ltr">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(_excerpt(s, 26, _EXCERPT_STRIP))}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<meta property="og:article:published_time" content="{utc:%Y-%m-%dT%H:%M:%SZ}">',
        f'<meta property="og:article:modified_time" content="{modified:%Y-%m-%dT%H:%M:%SZ}">',
        f'<meta property="og:article:section" content="{esc(s.section)}">',
        f'<meta name="analyticsAttributes.contentChannel" content="{esc(s.section)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        f'<body><div id="fusion-app" class="{_aslug(pub.short)}-app">',
    ]
    if c.has("cookie"):
        lines.append(
            '<div id="onetrust-banner-sdk" role="region"><p id="onetrust-policy-text">'
            f"{esc(c.text('cookie'))}</p><button>Aceptar todas</button> <button>Rechazar todas</button></div>"
        )
    lines += [
        '<header class="site-header__header__3z-2r">',
        f'<a class="site-header__logo__1CTnN" href="/" aria-label="{esc(pub.name)}">{esc(pub.name)}</a>',
        '<div class="site-header__edition__2rFIs">Edición: <button>España</button></div>',
    ]
    if c.has("nav"):
        lines += ['<nav class="site-header__nav__3C1cF">', *_nav_links(c), "</nav>"]
    c.snip("Regístrese Iniciar sesión Mi cuenta")
    lines += [
        '<div class="site-header__account__qP2Rn"><a href="/account/register/">Regístrese</a> '
        '<a href="/account/sign-in/">Iniciar sesión</a> <a href="/account/">Mi cuenta</a></div>',
        "</header>",
        '<main id="main-content" class="regular-article-layout__main__1tplD">',
        '<article class="article__container__2-tDJ">',
        '<header class="article-header__container__1Q1JN">',
        '<nav class="article-header__tags__3S9Ln"><a '
        f'href="/{_aslug(s.section)}/">{esc(s.section)}</a></nav>',
        '<h1 data-testid="Heading" class="text__heading_3__1kDhc '
        f'article-header__title__3Y2JD">{esc(s.title)}</h1>',
    ]
    names = [a.name] + ([second.name] if second else [])
    byline = "Por " + " y ".join(names)
    c.snip(byline)
    c.snip(f"{utc.day} de {MONTHS['es'][utc.month - 1]} de {utc.year} {utc:%H:%M} GMT")
    updated = c.snip(f"Actualizado hace {hours} {'hora' if hours == 1 else 'horas'}")
    lines += [
        '<div class="article-header__byline__3O9ex">Por '
        + " y ".join(f'<a rel="author" href="/authors/{_aslug(n)}/">{esc(n)}</a>' for n in names)
        + "</div>",
        f'<time datetime="{utc:%Y-%m-%dT%H:%M:%SZ}" class="date-line__date-line__2bzVg">'
        f'<span class="date-line__date__23Ge-">{utc.day} de {MONTHS["es"][utc.month - 1]} de '
        f"{utc.year}</span>\n"
        f'<span class="date-line__date__23Ge-">{utc:%H:%M} GMT</span>\n'
        f'<span class="date-line__date__23Ge-">{esc(updated)}</span></time>',
    ]
    if c.has("share"):
        lines += ['<div class="article-header__share__2eL3M">', *_share_links(c), "</div>"]
    caption = c.snip(
        f"FOTO DE ARCHIVO: {r.choice(ES_CAPTIONS).format(place=_place(c))}, {shot.split(',')[0]}. "
        f"{pub.short}/{photographer}"
    )
    licence = "Obtener derechos de licencia"
    c.snip(licence)
    lines += [
        "</header>",
        '<figure class="article-body__figure__1qTM3"><div class="styles__image-container__3hkY5">'
        f'<img src="https://cloudfront.{pub.host}/resizer/{_hex(c.rng, 20)}.jpg?width=1200" alt=""></div>'
        f'<figcaption class="caption__container__3qrhx"><span data-testid="Body">{esc(caption)}</span> '
        f'<a href="https://licencias.{pub.host}/">{licence}</a></figcaption></figure>',
    ]

    def sentence_spans(sents: list[str]) -> str:
        return " ".join(
            f'<span class="tts-sentence" data-tts-index="{n}">{c.inline(x)}</span>'
            for n, x in enumerate(sents)
        )

    items: list[str] = []
    n = 0
    for i, (tag, text) in enumerate(s.blocks):
        if tag != "p":
            items.append(
                f'<h2 data-testid="Heading" class="text__heading_5__1r_4w article-body__heading__33BNq">'
                f"{esc(text)}</h2>"
            )
            continue
        sents = s.sentences[i]
        inner = sentence_spans(sents)
        if i == 0:
            inner = f'<span class="article-body__dateline__1F_kC">{esc(dateline)}</span> {inner}'
        items.append(
            f'<div data-testid="paragraph-{n}" class="article-body__paragraph__2-BtD">'
            f'<p class="{ES_TEXT}"><span class="text__inner__3WBbV">{inner}</span></p></div>'
        )
        n += 1
    para = '<div data-testid="paragraph-'
    count = n
    signup = c.snip(
        f"El boletín {pub.short} Mañana le ofrece todas las noticias que necesita para empezar el día. "
        "Suscríbase aquí."
    )
    inserts: list[tuple[int, str]] = [
        (
            0,
            '<div class="article-body__signup__3E3aE" data-testid="SignupPrompt">'
            f'<p class="{ES_TEXT}"><span '
            f'class="text__inner__3WBbV">{esc(signup.removesuffix(" Suscríbase aquí."))} '
            '<a href="/newsletters/">Suscríbase aquí.</a></span></p></div>',
        )
    ]
    ad = c.snip("Publicidad · Desplácese para continuar")
    for k in range(1, count - 1, 3):
        inserts.append(
            (
                k,
                f'<div class="article-body__ad__3gXsM" data-testid="ResponsiveAdSlot"><p class="{ES_TEXT}">'
                f'<span class="text__inner__3WBbV">{esc(ad)}</span></p><div id="ad-slot-{k}"></div></div>',
            )
        )
    extra = ""
    if second:
        extra = f"; información adicional de {second.name}"
    credit = c.snip(f"(Información de {a.name}{extra}; editado por {c.rng.choice(editors)})")
    lines += [
        '<div class="article-body__content__17Yit" data-testid="ArticleBody">',
        *_insert_after(items, para, inserts),
        f'<div class="article-body__credit__2uXtC"><p class="{ES_TEXT}">'
        f'<span class="text__inner__3WBbV">{esc(credit)}</span></p></div>',
        "</div>",
    ]
    standards = c.snip(f"Nuestras normas: Los principios de confianza de {pub.name}.")
    lines += [
        '<div class="article-body__trust__1bLqE">'
        f'<a href="/info-pages/principios-de-confianza/">{esc(standards)}</a> '
        f'<a href="https://licencias.{pub.host}/">{licence}</a></div>',
    ]
    topics = [s.section, *c.stable(f"temas-{s.title}").sample(ES_TOPICS, 3)]
    c.snip("Temas relacionados " + " ".join(topics))
    lines += [
        '<div class="article-body__topics__2H7pF"><h2 class="text__heading_6__1qUJ5">Temas relacionados</h2>',
        '<ul class="tags-with-label__list__3ba5E">',
        *[f'<li><a href="/temas/{_aslug(t)}/">{esc(t)}</a></li>' for t in topics],
        "</ul></div>",
    ]
    cards = [a] + ([second] if second else [])
    lines.append('<div class="author-bio__container__1x3-d">')
    for person in cards:
        lines.append(
            f'<div class="author-bio__author-card__2Ms3v"><img src="/authors/{_aslug(person.name)}.jpg" '
            'alt=""> '
            f'<a href="/authors/{_aslug(person.name)}/">{esc(person.name)}</a>'
            f'<p class="author-bio__description__1_6Ow">{esc(c.snip(person.bio))}</p></div>'
        )
    lines += ["</div>", "</article>"]
    more = c.pick_others(5)
    c.snip(f"Más noticias de {pub.name}")
    lines += [
        '<aside class="regular-article-layout__rail__3f6ZS">',
        f'<h2 class="text__heading_6__1qUJ5">Más noticias de {esc(pub.name)}</h2>',
        "<ul>",
        *[
            f'<li><a href="{esc(o.path)}"><span>{esc(o.section)}</span> '
            f'<span class="media-story-card__heading__eqhp9">{esc(c.snip(o.title))}</span></a> '
            f"<time>{o.published.astimezone(UTC):%H:%M} GMT</time></li>"
            for o in more
        ],
        "</ul>",
    ]
    if c.has("newsletter"):
        lines.append(
            f'<div class="newsletter-card"><p>{esc(c.text("newsletter"))}</p> <a '
            'href="/newsletters/">Suscribirse</a></div>'
        )
    lines += ["</aside>", "</main>"]
    about = c.snip(
        f"{pub.name}, la agencia de noticias en español, con corresponsales en {r.randint(18, 60)} países."
    )
    delay = c.snip("Todas las cotizaciones tienen un retraso mínimo de 15 minutos.")
    c.snip(" ".join(ES_FOOTER[:4]))
    lines += [
        '<footer class="site-footer__footer__3j8hx">',
        f'<p class="site-footer__about__1f0aK">{esc(about)}</p>',
        '<ul class="site-footer__links__3kB9h">',
        *[f'<li><a href="/info-pages/{_aslug(x)}/">{esc(x)}</a></li>' for x in ES_FOOTER],
        "</ul>",
        f'<p class="site-footer__disclaimer__2hZb6">{esc(delay)}</p>',
        f'<p class="site-footer__copyright__1dw3W">{esc(c.copyright())}</p>',
    ]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines += [
        "</footer>",
        "</div>",
        f'<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};'
        f'Fusion.deployment="{r.randint(100, 999)}";'
        f'Fusion.globalContent={{"_id":"{_hex(c.rng, 26).upper()}"}};</script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- ar-bawaba-rtl -----------------------------------------------------------------------------

AR_CAPTIONS = (
    "جانب من اجتماع المجلس البلدي في {place}",
    "أعمال الإنشاء في وسط {place}",
    "مواطنون خلال جولة في شوارع {place}",
    "مقر البلدية في {place} صباح اليوم",
    "جانب من الأعمال الجارية في المشروع",
    "لقطة عامة من موقع المشروع الجديد",
    "المسؤولون خلال الجولة الميدانية في {place}",
)
AR_FOOTER = ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام")
AR_TAGS = ("البلدية", "المجلس البلدي", "مشروعات", "خدمات", "الطرق", "التعليم", "الإسكان")
AR_SHARE = ("فيسبوك", "إكس", "واتساب", "تيليجرام")


def render_ar_bawaba_rtl(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    a = s.author
    place = _place(c)
    r = c.stable("attic-bawaba")
    c.repath(
        lambda o: (
            f"/news/{o.published:%Y/%m/%d}/{c.stable(f'khabar-{o.title}').randint(1_000_000, 9_999_999)}"
        )
    )
    modified = d + timedelta(minutes=c.rng.randint(15, 300))
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ar" dir="rtl">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(_excerpt(s, 20, _EXCERPT_STRIP))}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        '<meta property="og:locale" content="ar_AR">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:modified_time" content="{modified.isoformat(timespec="seconds")}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<link rel="stylesheet" href="/themes/bawaba/css/style.rtl.css">',
        "</head>",
        '<body class="rtl page-article">',
    ]
    today = f"{c.human_date().rsplit(' ', 2)[0]}"
    breaking = c.pick_others(1)
    c.snip(today)
    lines += [
        f'<div class="top-bar"><span class="top-bar__date">{esc(today)}</span> '
        '<a href="/weather" class="top-bar__weather">الطقس</a> <a href="/prayer-times">مواقيت '
        "الصلاة</a></div>",
        '<header class="header">',
        f'<a class="header__logo" href="/"><img src="/themes/bawaba/img/logo.svg" alt="{esc(pub.name)}"></a>',
    ]
    if c.has("tagline"):
        lines.append(f'<span class="header__slogan">{esc(c.snip(pub.tagline))}</span>')
    if c.has("nav"):
        lines += ['<nav class="header__menu">', *_nav_links(c), "</nav>"]
    lines.append("</header>")
    if breaking:
        lines.append(
            '<div class="breaking-news"><span class="breaking-news__label">عاجل</span> '
            f'<a href="{esc(breaking[0].path)}">{esc(c.snip(breaking[0].title))}</a></div>'
        )
    crumbs = c.breadcrumb()
    lines += [
        '<div class="container"><div class="row">',
        '<main class="col-main">',
        '<ol class="breadcrumb">'
        + " › ".join(f'<li><a href="/">{esc(x)}</a></li>' for x in crumbs)
        + "</ol>",
        '<article class="article">',
        f'<h1 class="article__title">{esc(s.title)}</h1>',
    ]
    c.snip(f"كتب: {a.name} {c.human_date()}")
    updated = c.snip(f"آخر تحديث: {c.human_date(dt=modified)}")
    lines.append(
        '<div class="article__meta">'
        '<span class="article__author">كتب: <a '
        f'href="/author/{_aslug(romanize(a.name))}">{esc(a.name)}</a></span> '
        f'<span class="article__date"><i class="icon-clock"></i> {esc(c.human_date())}</span> '
        f'<span class="article__updated">{esc(updated)}</span></div>'
    )
    counts = [c.rng.randint(3, 900) for _ in AR_SHARE]
    total = sum(counts)
    c.snip(f"{total} مشاركة " + " ".join(f"{x} {n}" for x, n in zip(AR_SHARE, counts, strict=True)))
    lines.append(
        f'<div class="share-box"><span class="share-box__total"><b>{total}</b> مشاركة</span> '
        + " ".join(
            f'<a class="share-box__btn share-box__btn--{_aslug(romanize(x))}" href="#">{esc(x)} '
            f'<span class="share-box__count">{n}</span></a>'
            for x, n in zip(AR_SHARE, counts, strict=True)
        )
        + "</div>"
    )
    c.snip("تكبير الخط تصغير الخط طباعة")
    lines.append(
        '<div class="article__tools"><button class="font-up">تكبير الخط</button> '
        '<button class="font-down">تصغير الخط</button> <button class="print">طباعة</button></div>'
    )
    captions = [x.format(place=place) for x in r.sample(AR_CAPTIONS, len(AR_CAPTIONS))]
    main_caption = c.snip(captions[0])
    lines.append(
        f'<figure class="article__image"><img src="/uploads/{d:%Y/%m}/{_hex(c.rng, 12)}.jpg" '
        f'alt="{esc(s.title)}">'
        f"<figcaption>{esc(main_caption)}</figcaption></figure>"
    )
    para = "<p>"
    body = c.body_html(
        heading=lambda tag, h: f"<h3>{h}</h3>",
        pullquote=lambda q: (
            f'<blockquote class="article-quote"><p class="article-quote__text">{q}</p></blockquote>'
        ),
        teaser=lambda rm, x: f'<p class="read-more-inline"><strong>{rm}</strong> {x}</p>',
        ad=lambda x: f'<div class="ads-box ads-box--inline"><span>{x}</span></div>',
    )
    count = sum(x.startswith(para) for x in body)
    inserts: list[tuple[int, str]] = []
    also = c.pick_others(3)
    inserts.append(
        (
            0,
            '<div class="read-also"><h4 class="read-also__title">اقرأ أيضا</h4><ul>'
            + "".join(f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in also)
            + "</ul></div>",
        )
    )
    galleries = 2 if count >= 8 else 1
    spots = [max(1, count // 2)] if galleries == 1 else [max(1, count // 3), max(2, (2 * count) // 3)]
    pool = captions[1:]  # six captions: the first gallery takes three or four, the second the rest
    first = c.rng.randint(3, 4)
    for g, spot in enumerate(spots):
        caps = pool[:first] if g == 0 else pool[first:]
        size = len(caps)
        figs = []
        for n, cap in enumerate(caps, 1):
            c.snip(cap)
            figs.append(
                f'<figure class="article-gallery__item"><img src="/uploads/{d:%Y/%m}/{_hex(c.rng, 12)}.jpg" '
                f'alt=""><span class="article-gallery__num">{n} / {size}</span>'
                f'<figcaption class="article-gallery__caption">{esc(cap)}</figcaption></figure>'
            )
        inserts.append(
            (
                spot,
                f'<div class="article-gallery" data-count="{size}"><div class="article-gallery__head">'
                f"ألبوم صور ({size} صور)</div>\n" + "\n".join(figs) + "</div>",
            )
        )
    for n in range(2, count - 1, 4):
        inserts.append(
            (
                n,
                '<div class="ads-box"><span class="ads-box__label">إعلان</span>'
                f'<div id="div-gpt-ad-{r.randint(1000, 9999)}-{n}"></div></div>',
            )
        )
    follow = c.snip(f"تابعوا آخر أخبار {pub.name} عبر قناتنا على واتساب")
    lines += [
        '<div class="article-text">',
        *_insert_after(body, para, inserts),
        f'<p><a href="https://whatsapp.example/channel/{_aslug(romanize(pub.name))}">{esc(follow)}</a></p>',
        "</div>",
    ]
    tags = [s.section, place, *c.stable(f"wasm-{s.title}").sample(AR_TAGS, 2)]
    c.snip("الكلمات المفتاحية " + " ".join(tags))
    lines.append(
        '<div class="article__tags"><span class="article__tags-title">الكلمات المفتاحية</span> '
        + " ".join(f'<a href="/tags/{_aslug(romanize(t))}">{esc(t)}</a>' for t in tags)
        + "</div>"
    )
    if c.has("bio"):
        lines.append(
            '<div class="author-card">'
            f'<img src="/authors/{_aslug(romanize(a.name))}.jpg" alt=""> '
            f'<a class="author-card__name" href="/author/{_aslug(romanize(a.name))}">{esc(a.name)}</a>'
            f'<p class="author-card__bio">{esc(c.bio())}</p></div>'
        )
    comment = c.snip("أضف تعليقك على الخبر")
    lines.append(
        f'<div class="comments"><h3 class="comments__title">التعليقات</h3><p>{esc(comment)}</p>'
        '<textarea placeholder="اكتب تعليقك هنا"></textarea> <button>إرسال</button>'
        + (f'<p class="comments__note">{esc(c.text("comments"))}</p>' if c.has("comments") else "")
        + "</div>"
    )
    if c.has("related"):
        heading, picks = c.related(4)
        lines += [
            '<section class="related-news">',
            f'<h3 class="related-news__title">{esc(heading)}</h3>',
            *[
                f'<div class="related-news__item"><a href="{esc(o.path)}"><img '
                f'src="/uploads/thumb/{_hex(c.rng, 8)}.jpg" '
                f'alt=""><h4>{esc(o.title)}</h4></a></div>'
                for o in picks
            ],
            "</section>",
        ]
    lines += ["</article>", "</main>", '<aside class="col-side">']
    lines += [
        '<section class="most-read"><h3 class="most-read__title">الأكثر قراءة</h3><ol>',
        *[
            f'<li><span class="most-read__rank">{n}</span> <a '
            f'href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>'
            for n, o in enumerate(c.pick_others(5), 1)
        ],
        "</ol></section>",
        '<section class="latest"><h3 class="latest__title">آخر الأخبار</h3><ul>',
        *[
            f'<li><span class="latest__time">{o.published:%H:%M}</span> <a href="{esc(o.path)}">'
            f"{esc(c.snip(o.title))}</a></li>"
            for o in sorted(c.pick_others(4), key=lambda o: o.published, reverse=True)
        ],
        "</ul></section>",
    ]
    if c.has("newsletter"):
        lines.append(
            f'<div class="newsletter"><p>{esc(c.text("newsletter"))}</p>'
            '<input type="email" placeholder="البريد الإلكتروني"> <button>اشترك</button></div>'
        )
    lines += [
        '<div class="ads-box ads-box--side"><span class="ads-box__label">إعلان</span></div>',
        "</aside>",
    ]
    lines += ["</div></div>"]
    c.snip(" ".join(AR_FOOTER))
    lines += [
        '<footer class="footer">',
        '<ul class="footer__links">',
        *[f'<li><a href="/page/{_aslug(romanize(x))}">{esc(x)}</a></li>' for x in AR_FOOTER],
        "</ul>",
        f'<p class="footer__copyright">{esc(c.copyright())}</p>',
    ]
    if c.has("disclaimer"):
        lines.append(f'<p class="footer__disclaimer">{esc(c.text("disclaimer"))}</p>')
    lines.append("</footer>")
    return _close_page(c, lines, "cookie-notice", "موافق")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "sv-lokaltidning": render_sv_lokaltidning,
    "medium-publication": render_medium_publication,
    "es-agencia-cable": render_es_agencia_cable,
    "ar-bawaba-rtl": render_ar_bawaba_rtl,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import random  # noqa: E402
from collections.abc import Callable  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _close_page,
    _excerpt,
    _hex,
    _insert_after,
    _ldjson,
    _place,
    _trim,
    ascii_slugger,
)
from pipeline.synth.prose import prose_for, romanize  # noqa: E402
from pipeline.synth.publishers import (  # noqa: E402
    MONTHS,
    Ctx,
    Story,
    _j,
    _nav_links,
    _share_links,
    esc,
)

# An ASCII slug (`_slug` keeps the letters NFKD does not take apart)
_aslug = ascii_slugger(("ł", "l"), ("ß", "ss"), ("ø", "o"), ("æ", "ae"))
