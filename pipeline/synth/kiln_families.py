"""Four KILN template families for the synthetic publishers (see `pipeline.synth.publishers`).

"kiln" is a sixteenth split, next to "train", "test", "fresh", "blind", "sealed", "vault", "attic",
"cellar", "crypt", "loft", "shed", "barn", "mill", "silo" and "byre": families written by a session
that read neither the extractor nor any extraction result (nor the benchmark notes), so no
extraction rule was written or tuned against them. They are held out until they are measured once;
once their scores have been looked at, they are no longer held out, and a later held-out measurement
needs new families.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `KILN_FAMILIES`: the kiln families are
generated only by `generate_corpus("kiln")`, never by "all", "train", "test" or another held-out
split, so those corpora are as they were. No new language: the Danish grammar and strings come from
`pipeline.synth.barn_families`, Spanish and English from `pipeline.synth.prose`.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more, aware
`published_at`, clean `title` without the site name) and those of the earlier held-out splits (a
standfirst that opens the story is body; in-text "read also" lines and calls to action are
boilerplate even in the paragraphs' own markup; a bulleted list and a <blockquote> inside the text
are body, one line per item; a photo's caption and credit are boilerplate). New here:
  * a news app's web view: the text is cut into `<section data-block="...">` elements with hashed
    class names; the "Read the full story in the app" interstitial in the middle of the text (its
    "Continue in browser" button, behind which the text simply goes on), the "Open in app" banner,
    the "Advertisement · Continue reading below" slots and the "ALSO READ:" block (a text block of
    its own, the same markup as a paragraph) are boilerplate; the dek under the headline (the
    story's first sentence, split off) is body;
  * a public broadcaster's article with a "Listen to this article" player and a "Kort fortalt"
    (key points) box before the text: the key points are written by the newsroom for this story
    alone (sentences that are not repeated in the text), so they ARE body: the label as a short line
    of its own, then one line per point, before the text; the player's label and length ("Lyt til
    artiklen · 4 min.") and its AI-voice notice are boilerplate;
  * a nonprofit newsroom's story republished by a local site: the note "This story was originally
    published by <Origin>." opening the text in the text's own <p><em> markup, and the origin's
    closing paragraph about itself ("<Origin> is an independent, nonprofit newsroom ...", also
    <p><em> in the text) are the republisher's attribution, the same on every story of that origin:
    boilerplate, not body; so are the "Republish this story" widget with its Creative Commons text,
    the donation box amid the text and the "RELATED:" lines;
  * a Spanish-language US community weekly with a bilingual menu ("Noticias / News"), a "Read this
    story in English" link, "Lea también:" lines in <p><strong> markup, a WhatsApp-channel call to
    action in <p><em> amid the text, "PUBLICIDAD" slots, the photo's caption with "(Foto: ...)", the
    author's bio, "Etiquetas" and a bilingual footer: all boilerplate.

Families (language; date source):
  kiln   app-webview-interstitial
                               en; only a naive <meta name="publish-date" content="2026-03-07
                               14:30"> (the publisher's local time), the visible "Mar 7 · 4 min
                               read" (no year, no time); no JSON-LD, no <time>; the text, dek and
                               <h2> subheadings in data-block sections; URLs /s/slug/<hex10>;
                               <title> "T · Site"
  kiln   da-public-service-lyt da; a NewsArticle JSON-LD datePublished with offset (and dateModified,
                               later), the visible "Publiceret 7. marts 2026 kl. 14.30" ("Opdateret
                               ..." on some, later); a Danish regional public broadcaster (DR/TV 2
                               regions-like): the menu, the kicker, the headline, the player, the
                               key points (body), the lead photo's caption and "Foto:" credit, the
                               byline, the text with <h2> subheadings, a "LÆS OGSÅ" card and the
                               newsletter box amid the text, the tip box, "Del artiklen", "Mest
                               læste", "Seneste nyt" and the footer; URLs /nyheder/section/slug;
                               <title> "T | Site"
  kiln   wire-republish-widget en; <time datetime> in UTC ("2026-03-07T19:30:00Z") and the visible
                               "March 7, 2026" in the publisher's zone; a WordPress local site
                               republishing a nonprofit newsroom's story (see above): the byline
                               "By <author>, <Origin>", a <blockquote> amid the text (body), the
                               republish widget and an invisible tracking pixel, "Filed under",
                               "More from <Site>" and the footer's INN membership line; URLs
                               /YYYY/MM/DD/slug/; <title> "T | Site"
  kiln   es-us-semanario-bilingue
                               es; the date only in the visible text ("Publicado el sábado 7 de
                               marzo de 2026 a las 2:30 p.m.", no zone; "Actualizado ..." on some,
                               later), no date metadata; <h3> subheadings; URLs
                               /noticias/section/slug-NNNNN.html; <title> "T - Site"

Every renderer gives every story of its publisher the platform's own URL on first use (deterministic:
the stories are rebuilt for each `render_publisher` call). The app web view splits the first sentence
off as the dek; the broadcaster adds three key points; the republisher makes a middle paragraph a
<blockquote>; each keeps the body within 14 lines and 250-900 words, so `body`, taken from the story
after rendering, has them. All four have site names of their own (`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

from datetime import timedelta

FAMILIES: dict[str, str] = {
    "app-webview-interstitial": "kiln",
    "da-public-service-lyt": "kiln",
    "wire-republish-widget": "kiln",
    "es-us-semanario-bilingue": "kiln",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "da-public-service-lyt": "da",
    "es-us-semanario-bilingue": "es",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "app-webview-interstitial": ("{p} Now", "{p} News App", "{p} Today", "{p} Alert", "The {p} Brief"),
    "da-public-service-lyt": ("TV {p}", "Radio {p}", "Kanal {p}", "P4 {p}", "TV {p} Regionalt"),
    "wire-republish-widget": ("The {p} Current", "{p} Free Press", "The {p} Citizen", "{p} Community News",
                              "The {p} Forum"),
    "es-us-semanario-bilingue": ("El Semanario de {p}", "La Voz de {p}", "El Latino de {p}",
                                 "Noticias {p}", "El Mensajero de {p}"),
}


# --- shared ------------------------------------------------------------------------------------


def _fit(c: Ctx, keep: int = 1) -> None:
    """Keep the body within 14 long lines (merging the last two paragraphs) and 900 words."""
    s = c.story
    while _long_lines(s) > 14:
        ps = _paras(s)
        i, j = ps[-2], ps[-1]
        s.sentences[i] = s.sentences[i] + s.sentences[j]
        s.blocks[i] = ("p", " ".join(s.sentences[i]))
        del s.blocks[j], s.sentences[j]
    _trim(s, keep=keep)


def _min_read(s: Story) -> int:
    return max(2, round(_paragraph_words(s) / 200))


# --- app-webview-interstitial ------------------------------------------------------------------

AW_CAPTIONS = (
    "Crews at the scene in {place} on Tuesday.",
    "The site in {place} has been fenced off for weeks.",
    "Residents gathered outside the town hall in {place}.",
    "A view of downtown {place} from the river.",
)
AW_AGENCIES = ("AP", "Reuters", "Getty Images", "Shutterstock")
AW_MENU = ("Top Stories", "Local", "Weather", "Traffic", "Sports", "Video", "Saved")


def _cls(c: Ctx, key: str) -> str:
    """A hashed class name, the same on every page of the publisher ("css-1q2w3ex")."""
    r = c.stable(f"aw-cls-{key}")
    return "css-" + "".join(r.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(7))


def render_app_webview_interstitial(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    c.repath(lambda o: f"/s/{_aslug(o.title)[:50].strip('-')}/{_hex(c.stable(f'aw-{o.published}'), 10)}")
    _split_lead(c, 1)
    _fit(c, keep=2)
    dek = s.blocks[0][1]
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">',
        f"<title>{esc(s.title)} \u00b7 {esc(pub.name)}</title>",
        f'<meta name="publish-date" content="{d:%Y-%m-%d %H:%M}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:description" content="{esc(dek)}">',
        f'<meta name="apple-itunes-app" content="app-id={c.stable("aw-app").randint(100000000, 999999999)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<style>.{_cls(c, "p")}{{margin:0 0 1em}}.{_cls(c, "h")}{{font-size:1.3em}}</style>',
        "</head>",
        f'<body class="{_cls(c, "body")}">',
    ]
    get = c.snip(f"Get breaking news alerts from {pub.name} in our free app")
    lines += [
        f'<div data-block="app-banner" class="{_cls(c, "banner")}"><span>{esc(get)}</span> '
        f'<a class="{_cls(c, "open")}" href="/app">Open in app</a></div>',
        f'<header class="{_cls(c, "hdr")}"><a href="/">{esc(pub.name)}</a>',
        f'<nav class="{_cls(c, "nav")}">' + " ".join(f'<a href="/{_aslug(x)}">{esc(x)}</a>' for x in AW_MENU)
        + "</nav></header>",
    ]
    c.snip(" ".join(AW_MENU[:5]))
    tp = c.snip(f"Turn on notifications to get alerts on stories like this from {pub.name}")
    lines += [
        f'<main class="{_cls(c, "main")}">',
        f'<section data-block="headline" class="{_cls(c, "hl")}"><span class="{_cls(c, "kick")}">'
        f"{esc(s.section)}</span>",
        f"<h1>{esc(s.title)}</h1>",
        f'<p class="{_cls(c, "dek")}">{esc(dek)}</p>',
        f'<div class="{_cls(c, "meta")}"><span>{esc(s.author.name)}</span> <span>'
        f"{d:%b} {d.day} \u00b7 {_min_read(s)} min read</span></div>",
        "</section>",
    ]
    cap = c.stable(f"aw-cap-{s.title}").choice(AW_CAPTIONS).format(place=place)
    credit = f"Photo: {prose_for('en', c.stable(f'aw-ph-{s.title}')).person()} / " + \
        c.stable(f"aw-ag-{s.title}").choice(AW_AGENCIES)
    c.snip(cap)
    c.snip(credit)
    photo = (f'<section data-block="image" class="{_cls(c, "img")}"><img src="https://img.example/'
             f'{_hex(c.rng, 16)}.webp" alt=""><div class="{_cls(c, "cap")}"><span>{esc(cap)}</span> '
             f"<span>{esc(credit)}</span></div></section>")
    blocks: list[str] = []
    for tag, text in s.blocks[1:]:
        if tag == "p":
            blocks.append(f'<section data-block="text" class="{_cls(c, "txt")}"><p class="{_cls(c, "p")}">'
                          f"{c.inline(text)}</p></section>")
        elif tag == "quote":
            blocks.append(f'<section data-block="quote"><blockquote>{esc(text)}</blockquote></section>')
        else:
            blocks.append(f'<section data-block="heading"><h2 class="{_cls(c, "h")}">{esc(text)}</h2>'
                          "</section>")
    ad_label = c.snip("Advertisement \u00b7 Continue reading below")
    ad = (f'<section data-block="ad" class="{_cls(c, "ad")}"><span>{esc(ad_label)}</span>'
          f'<div id="gpt-{_hex(c.rng, 6)}"></div></section>')
    i1 = c.snip("Read the full story in the app")
    i2 = c.snip("Get faster updates, save stories for later and listen offline.")
    inter = (f'<section data-block="interstitial" class="{_cls(c, "inter")}"><h3>{esc(i1)}</h3>'
             f"\n<p>{esc(i2)}</p>\n<a href=\"/app\">Open the app</a> "
             "<button>Continue in browser</button></section>")
    c.snip("Open the app Continue in browser")
    others = c.pick_others(8)
    also = others[0]
    c.snip(f"ALSO READ: {also.title}")
    also_html = (f'<section data-block="text" class="{_cls(c, "txt")}"><p class="{_cls(c, "p")}">'
                 "<b>ALSO READ:"
                 f'</b> <a href="{esc(also.path)}">{esc(also.title)}</a></p></section>')
    half = max(1, _long_lines(s) // 2)
    lines += [
        f'<article data-block="body" class="{_cls(c, "art")}">',
        *_insert_after(blocks, '<section data-block="text"',
                       [(0, photo), (1, ad), (2, also_html), (half, inter), (half + 2, ad)]),
        "</article>",
        f'<section data-block="notify" class="{_cls(c, "notify")}"><p>{esc(tp)}</p><button>Turn on</button>'
        "</section>",
    ]
    c.snip("Trending in the app")
    lines += [
        f'<section data-block="trending" class="{_cls(c, "trend")}"><h2>Trending in the app</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[1:6]],
        "</ol></section>",
        "</main>",
    ]
    foot = c.snip("Terms of Service Privacy Policy Do Not Sell or Share My Personal Information")
    lines += [
        f'<footer class="{_cls(c, "foot")}"><p>{esc(foot)}</p><p>{esc(c.copyright())}</p></footer>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- da-public-service-lyt ---------------------------------------------------------------------

DA_PS_NAV = ("Forside", "Nyheder", "Regionalt", "Sport", "Vejret", "Kultur", "Podcast", "TV-guide", "Live")
DA_PS_CAPTIONS = (
    "Byrådet behandlede sagen på mødet torsdag aften.",
    "Arbejdet på stedet har ligget stille i flere uger.",
    "Flere borgere mødte op, da planerne blev præsenteret.",
    "Projektet har været omdiskuteret i lang tid.",
    "Sagen skal behandles igen i næste måned.",
)
DA_PS_FOOTER = ("Kontakt", "Presse", "Job", "Cookies", "Privatlivspolitik", "Tilgængelighed")
DA_KEY = "Kort fortalt"


def _da_keypoints(c: Ctx) -> list[str]:
    """Three key points (sentences of more than six words none of the text has) before the text: the
    label, then one "li" block each; the body kept within 14 lines and 900 words."""
    s = c.story
    prose = prose_for("da", c.stable(f"da-kp-{s.title}"))
    have = {x for sents in s.sentences for x in sents}
    points: list[str] = []
    while len(points) < 3:
        x = prose.sentence()
        if _words(x) > 6 and x not in have and x not in points:
            points.append(x)
    s.blocks[0:0] = [("h3", DA_KEY), *[("li", x) for x in points]]
    s.sentences[0:0] = [[], *[[x] for x in points]]
    _fit(c, keep=4)
    return points


def render_da_public_service_lyt(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    c.repath(lambda o: f"/nyheder/{_dslug(o.section)}/{_dslug(o.title)}")
    s.blocks = [("h2", x) if tag == "h3" else (tag, x) for tag, x in s.blocks]
    _da_keypoints(c)
    modified = d + timedelta(minutes=c.rng.randint(20, 600)) if c.rng.random() < 0.4 else None
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": (modified or d).isoformat(timespec="seconds"),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "da",
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="da">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="dre-page">',
        f'<header class="dre-header"><a class="dre-logo" href="/">{esc(pub.name)}</a><nav><ul>',
        *[f'<li><a href="/{_dslug(x)}">{esc(x)}</a></li>' for x in DA_PS_NAV],
        "</ul></nav></header>",
    ]
    c.snip(" ".join(DA_PS_NAV[:5]))
    listen = c.snip(f"Lyt til artiklen \u00b7 {_min_read(s)} min.")
    voice = c.snip("Oplæsningen er lavet med en syntetisk stemme og kan indeholde fejl.")
    lines += [
        '<main><article class="dre-article">',
        f'<div class="dre-kicker"><a href="/nyheder/{_dslug(s.section)}">{esc(s.section)}</a></div>',
        f'<h1 class="dre-title">{esc(s.title)}</h1>',
        f'<div class="dre-audio"><button aria-label="Afspil">&#9654;</button> <span>{esc(listen)}</span>'
        f' <small>{esc(voice)}</small></div>',
    ]
    a = s.author
    c.snip(f"Af {a.name} {a.desk}")
    stamp = c.snip(f"Publiceret {_da_date(d)}")
    lines.append(f'<div class="dre-byline"><span>Af {esc(a.name)}</span> <span>{esc(a.desk)}</span></div>')
    lines.append(f'<div class="dre-dates"><span>{esc(stamp)}</span>'
                 + (f' <span class="upd">{esc(c.snip(f"Opdateret {_da_date(modified)}"))}</span>' if modified
                    else "") + "</div>")
    blocks = _render_blocks(
        c, p='<p class="dre-p">', quote="<blockquote>{}</blockquote>", ul='<ul class="dre-keypoints">',
        heading=lambda tag, h: f"<h2>{h}</h2>" if tag == "h2" else f"<h2 class=\"dre-key-title\">{h}</h2>",
    )
    key = blocks[:2]
    text = blocks[2:]
    cap = c.stable(f"da-cap-{s.title}").choice(DA_PS_CAPTIONS)
    credit = f"Foto: {prose_for('da', c.stable(f'da-ph-{s.title}')).person()} \u00a9 {pub.name}"
    c.snip(cap)
    c.snip(credit)
    lines += [
        '<section class="dre-summary">',
        *key,
        "</section>",
        f'<figure class="dre-lead"><img src="https://asset.example/ImageScaler/?file={_hex(c.rng, 12)}.jpg" '
        f'alt=""><figcaption>{esc(cap)} <span class="dre-credit">({esc(credit)})</span></figcaption>'
        "</figure>",
    ]
    others = c.pick_others(10)
    card_title = others[0].title
    c.snip(f"LÆS OGSÅ {card_title}")
    card = (f'<aside class="dre-teaser"><span>LÆS OGSÅ</span> <a href="{esc(others[0].path)}">'
            f"{esc(card_title)}</a></aside>")
    nl = c.snip(f"Få nyhederne fra {pub.name} direkte i din indbakke – tilmeld dig vores nyhedsbrev.")
    news = (f'<div class="dre-newsletter"><p>{esc(nl)}</p><input type="email" placeholder="Din e-mail">'
            "<button>Tilmeld</button></div>")
    tip = c.snip(f"Har du et tip til en historie? Skriv til os på tip@{pub.host}")
    lines += [
        '<div class="dre-body">',
        *_insert_after(text, '<p class="dre-p">', [(1, card), (3, news)]),
        "</div>",
        f'<aside class="dre-tip"><p>{esc(tip)}</p></aside>',
        _share_bar(c, "dre-share"),
        "</article>",
        f'<aside class="dre-mostread"><h2>{esc("Mest læste")}</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[1:6]],
        "</ol></aside>",
        f'<aside class="dre-latest"><h2>{esc("Seneste nyt")}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[6:10]],
        "</ul></aside>",
        "</main>",
    ]
    c.snip(" ".join(DA_PS_FOOTER[:4]))
    lines += [
        '<footer class="dre-footer"><ul>',
        *[f'<li><a href="/{_dslug(x)}">{esc(x)}</a></li>' for x in DA_PS_FOOTER],
        "</ul>",
        f"<p>{esc(c.snip(f'{pub.name} er en del af public service-tilbuddet i regionen'))}</p>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    return _close_page(c, lines, "consent")


# --- wire-republish-widget ---------------------------------------------------------------------

WR_ORIGINS = (
    ("Statehouse Wire", "covering state government and politics"),
    ("Public Health Watch", "covering health policy and the people it affects"),
    ("The Schools Beat", "covering public education"),
    ("Open Land Report", "covering land, water and the environment"),
    ("Justice Lens", "covering the criminal legal system"),
)
WR_MENU = ("News", "Government", "Education", "Environment", "Health", "Events", "Donate")
WR_FOOTER = ("About", "Our Team", "Ethics Policy", "Corrections", "Contact", "Privacy")


def _wr_quote(c: Ctx) -> None:
    s = c.story
    paras = _paras(s)
    if len(paras) >= 4:
        at = c.stable(f"wr-quote-{s.title}").choice(paras[1:-1])
        s.blocks[at] = ("quote", s.blocks[at][1])


def render_wire_republish_widget(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    c.repath(lambda o: f"/{o.published:%Y/%m/%d}/{_aslug(o.title)}/")
    _wr_quote(c)
    origin, about = c.stable(f"wr-origin-{s.author.name}").choice(WR_ORIGINS)
    utc = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f"<link rel='stylesheet' id='newspack-style-css' href='/wp-content/themes/newspack/style.css?ver="
        f"{_hex(c.stable('wr-v'), 6)}' media='all'>",
        "</head>",
        f'<body class="post-template-default single single-post postid-{c.rng.randint(10000, 99999)}">',
        f'<header class="site-header"><a class="custom-logo-link" href="/">{esc(pub.name)}</a>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="site-description">{esc(c.snip(pub.tagline))}</p>')
    c.snip(" ".join(WR_MENU[:5]))
    lines += [
        '<nav class="main-navigation"><ul id="menu-primary">',
        *[f'<li class="menu-item"><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in WR_MENU],
        "</ul></nav></header>",
    ]
    byline = c.snip(f"By {s.author.name}, {origin}")
    shown = f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    lines += [
        '<main id="main" class="site-main"><article class="post type-post status-publish">',
        '<header class="entry-header">',
        f'<span class="cat-links"><a href="/category/{_aslug(s.section)}/">{esc(s.section)}</a></span>',
        f'<h1 class="entry-title">{esc(s.title)}</h1>',
        f'<div class="entry-meta"><span class="byline">{esc(byline)}</span> '
        f'<time class="entry-date published" datetime="{utc}">{esc(shown)}</time></div>',
        "</header>",
    ]
    rep = c.snip("Republish this story")
    lines.append(f'<div class="sharing"><button class="republish-button">{esc(rep)}</button> '
                 '<a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>')
    note = c.snip(f"This story was originally published by {origin}.")
    tagline = c.snip(f"{origin} is an independent, nonprofit newsroom {about}. It is supported by "
                     f"grants and a coalition of donors and readers. Follow {origin} on Facebook and X.")
    body = _render_blocks(c, p="<p>", quote='<blockquote class="wp-block-quote"><p>{}</p></blockquote>',
                          ul="<ul>", heading=lambda tag, h: f'<{tag} class="wp-block-heading">{h}</{tag}>')
    others = c.pick_others(9)
    inserts: list[tuple[int, str]] = []
    for k, o in zip((1, 4), others[:2], strict=False):
        c.snip(f"RELATED: {o.title}")
        inserts.append((k, f'<p><strong>RELATED:</strong> <a href="{esc(o.path)}">{esc(o.title)}</a></p>'))
    d1 = c.snip(f"Support independent local news in {_place(c)}.")
    d2 = c.snip(f"{pub.name} is a nonprofit newsroom. Your tax-deductible gift keeps our reporting free "
                "for everyone.")
    inserts.append((2, f'<div class="newspack-inline-donate"><h3>{esc(d1)}</h3><p>{esc(d2)}</p>'
                       '<a class="button" href="/donate/">Donate today</a></div>'))
    lines += [
        '<div class="entry-content">',
        f"<p><em>{esc(note)}</em></p>",
        *_insert_after(body, "<p>", inserts, skip="<p><strong>"),
        f"<p><em>{esc(tagline)}</em></p>",
        f'<img src="https://republish.example/pixel.gif?post={_hex(c.rng, 8)}" width="1" height="1" alt="">',
        "</div>",
    ]
    lic = c.snip("This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 "
                 "International License.")
    how = c.snip("You are free to republish this story online or in print, as long as you credit the "
                 "author and the original publication and do not edit it.")
    lines += [
        f'<div class="republication-tracker-tool"><h2>{esc(rep)}</h2><p>{esc(lic)}</p><p>{esc(how)}</p>'
        "<textarea readonly>&lt;h1&gt;...&lt;/h1&gt;</textarea><button>Copy to clipboard</button></div>",
    ]
    tags = [s.section, origin, _place(c)]
    c.snip("Filed under: " + ", ".join(tags))
    lines += [
        '<footer class="entry-footer"><span class="tags-links">Filed under: '
        + ", ".join(f'<a href="/tag/{_aslug(x)}/">{esc(x)}</a>' for x in tags) + "</span></footer>",
        "</article>",
        f'<section class="more-from"><h2>{esc(c.snip(f"More from {pub.name}"))}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:8]],
        "</ul></section>",
        "</main>",
    ]
    c.snip(" ".join(WR_FOOTER[:4]))
    lines += [
        '<footer id="colophon" class="site-footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in WR_FOOTER],
        "</ul>",
        f"<p>{esc(c.snip(f'{pub.name} is a proud member of the Institute for Nonprofit News.'))}</p>",
        f"<p>{esc(c.copyright())}</p>",
        f"<p>{esc(c.snip('Proudly powered by Newspack by WordPress'))}</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- es-us-semanario-bilingue ------------------------------------------------------------------

ES_MENU = (("Noticias", "News"), ("Comunidad", "Community"), ("Inmigración", "Immigration"),
           ("Deportes", "Sports"), ("Salud", "Health"), ("Empleos", "Jobs"), ("Clasificados", "Classifieds"))
ES_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
ES_CAPTIONS = (
    "Vecinos de {place} durante la reunión del concejo municipal.",
    "La obra en {place} lleva varias semanas detenida.",
    "Voluntarios reparten alimentos en el centro comunitario de {place}.",
    "Una vista de la calle principal de {place}.",
)
ES_FOOTER = ("Quiénes somos", "Contáctenos", "Anúnciese", "Política de privacidad", "Términos de uso")


def _es_stamp(dt: datetime) -> str:
    """ "sábado 7 de marzo de 2026 a las 2:30 p.m."."""
    hour = dt.hour % 12 or 12
    return (f"{ES_WEEKDAYS[dt.weekday()]} {dt.day} de {MONTHS['es'][dt.month - 1]} de {dt.year} a las "
            f"{hour}:{dt:%M} {'a.m.' if dt.hour < 12 else 'p.m.'}")


def render_es_us_semanario_bilingue(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    c.repath(lambda o: f"/noticias/{_aslug(o.section)}/{_aslug(o.title)}-"
                       f"{c.stable(f'es-{o.published}').randint(10000, 99999)}.html")
    s.blocks = [("h3", x) if tag == "h2" else (tag, x) for tag, x in s.blocks]
    updated = d + timedelta(hours=c.rng.randint(2, 40)) if c.rng.random() < 0.3 else None
    lines = [
        "<!DOCTYPE html>",
        '<html lang="es-US">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:locale" content="es_US">',
        '<meta property="og:locale:alternate" content="en_US">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        '<body class="nota">',
    ]
    eng = c.snip("Read this story in English")
    lines += [
        f'<div class="topbar"><a class="lang-toggle" href="/en{esc(s.path)}">{esc(eng)}</a> '
        '<a href="/suscribase">Suscríbase / Subscribe</a></div>',
        f'<div class="masthead"><a href="/">{esc(pub.name)}</a>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="lema">{esc(c.snip(pub.tagline))}</p>')
    c.snip(" ".join(f"{a} / {b}" for a, b in ES_MENU[:3]))
    lines += [
        '</div><nav class="menu"><ul>',
        *[f'<li><a href="/{_aslug(a)}/">{esc(a)} / {esc(b)}</a></li>' for a, b in ES_MENU],
        "</ul></nav>",
    ]
    stamp = c.snip(f"Publicado el {_es_stamp(d)}")
    byline = c.byline()
    lines += [
        '<div id="contenido"><div class="nota-principal">',
        f'<span class="seccion">{esc(s.section)}</span>',
        f'<h1 class="titulo">{esc(s.title)}</h1>',
        f'<div class="autor">{esc(byline)}</div>',
        f'<div class="fecha">{esc(stamp)}'
        + (f'<br>{esc(c.snip(f"Actualizado el {_es_stamp(updated)}"))}' if updated else "") + "</div>",
    ]
    cap = c.stable(f"es-cap-{s.title}").choice(ES_CAPTIONS).format(place=place)
    who = prose_for("es", c.stable(f"es-ph-{s.title}")).person()
    full = c.snip(f"{cap} (Foto: {who} / {pub.name})")
    lines.append(f'<div class="foto"><img src="/fotos/{_hex(c.rng, 10)}.jpg" alt=""><p class="pie">'
                 f"{esc(full)}</p></div>")
    body = _render_blocks(c, p="<p>", quote="<blockquote>{}</blockquote>", ul="<ul>",
                          heading=lambda tag, h: f"<h3>{h}</h3>")
    others = c.pick_others(9)
    read = c.stable("es-read").choice(("Lea también:", "Le puede interesar:"))
    inserts: list[tuple[int, str]] = []
    for k, o in zip((1, 3), others[:2], strict=False):
        c.snip(f"{read} {o.title}")
        inserts.append((k, f'<p><strong>{esc(read)}</strong> <a href="{esc(o.path)}">{esc(o.title)}</a></p>'))
    pub_label = c.snip("PUBLICIDAD - La nota continúa abajo")
    inserts.append((2, f'<div class="publicidad"><span>{esc(pub_label)}</span>'
                       '<div class="ad-300x250"></div></div>'))
    wa = c.snip(f"Reciba las noticias de {place} en su WhatsApp: únase a nuestro canal.")
    inserts.append((4, f'<p><em><a href="https://wa.example/channel">{esc(wa)}</a></em></p>'))
    lines += [
        '<div class="cuerpo">',
        *_insert_after(body, "<p>", inserts, skip="<p><strong>"),
        "</div>",
    ]
    if c.has("bio"):
        lines.append(f'<div class="bio-autor"><p>{esc(c.bio())}</p></div>')
    tags = [s.section, place, "Comunidad hispana"]
    c.snip("Etiquetas: " + ", ".join(tags))
    lines += [
        '<div class="etiquetas">Etiquetas: '
        + ", ".join(f'<a href="/tema/{_aslug(x)}/">{esc(x)}</a>' for x in tags) + "</div>",
        _share_bar(c, "compartir"),
        "</div>",
        f'<div class="mas-noticias"><h2>{esc(c.snip("Más noticias / More news"))}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:9]],
        "</ul></div>",
        "</div>",
    ]
    if c.has("comments"):
        lines.append(f'<div class="comentarios"><p>{esc(c.text("comments"))}</p></div>')
    mission = c.snip(f"Publicación bilingüe al servicio de la comunidad hispana de {place} / A bilingual "
                     "newspaper serving the Hispanic community")
    c.snip(" ".join(ES_FOOTER[:4]))
    lines += [
        '<div id="pie"><ul>',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in ES_FOOTER],
        "</ul>",
        f"<p>{esc(mission)}</p>",
        f"<p>{esc(c.copyright())}</p>",
        "</div>",
    ]
    return _close_page(c, lines, "cookies", "Aceptar")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "app-webview-interstitial": render_app_webview_interstitial,
    "da-public-service-lyt": render_da_public_service_lyt,
    "wire-republish-widget": render_wire_republish_widget,
    "es-us-semanario-bilingue": render_es_us_semanario_bilingue,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime  # noqa: E402

from pipeline.synth.barn_families import _da_date, _dslug  # noqa: E402
from pipeline.synth.kit import (  # noqa: E402
    _aslug,
    _close_page,
    _hex,
    _insert_after,
    _ldjson,
    _long_lines,
    _paragraph_words,
    _paras,
    _place,
    _share_bar,
    _split_lead,
    _trim,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import (  # noqa: E402
    MONTHS,
    Ctx,
    Story,
    _j,
    _words,
    esc,
)
from pipeline.synth.shed_families import _render_blocks  # noqa: E402
