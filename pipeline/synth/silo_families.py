"""Four SILO template families for the synthetic publishers (see `pipeline.synth.publishers`).

"silo" is a fourteenth split, next to "train", "test", "fresh", "blind", "sealed", "vault", "attic",
"cellar", "crypt", "loft", "shed", "barn" and "mill": families written by a session that read
neither the extractor nor any extraction result (nor the benchmark notes), so no extraction rule was
written or tuned against them. They are held out until they are measured once; once their scores
have been looked at, they are no longer held out, and a later held-out measurement needs new
families.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `SILO_FAMILIES`: the silo families are
generated only by `generate_corpus("silo")`, never by "all", "train", "test" or another held-out
split, so those corpora are as they were. This module also brings a fourteenth language, Finnish
("fi"): its grammar (`FinnishProse`: subjects in the nominative, the past tense, total objects in
the genitive-accusative with their adjective agreeing, ”…” quotes with "sanoi"), names, place names
(whose genitive is the name and "n"), UI strings, month names (the partitive, as a date written
out has them) and zone are defined here and added to the registries of `pipeline.synth.prose` and
`pipeline.synth.publishers` when the module is loaded (new keys only; nothing another language uses
changes).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more, pull
quotes and repeated sentences in `repeated`, aware `published_at`, clean `title` without the site
name) and those of the earlier held-out splits (a standfirst, ingress or dek that opens the story
is body; in-text "read also" lines and calls to action are boilerplate even in the paragraphs' own
markup; a photo's caption and credit are boilerplate; a fixed editorial note the publisher writes
as the last paragraph of the text is body). New here:
  * a question-and-answer interview: the interviewer's questions (bold paragraphs) and the answers
    (plain paragraphs) are both body, one line each, in order; the intro before the first question
    is body, and so is the "This interview has been edited for length and clarity." note closing
    the text (the editorial-note convention: the publisher writes it as part of every interview);
  * a photo essay whose paragraphs alternate with full-width photographs: each photograph's long
    caption (a sentence or two of its own, with an "N/M" counter) and its credit are boilerplate,
    however much they read like text;
  * a Nigerian WordPress portal's template text inside the post's own content <div>, in <p>
    elements of its own: "Read Also:" lines, the "Follow us on WhatsApp" call, the "Disclaimer:"
    paragraph and the "All rights reserved. This material ... may not be reproduced" notice after
    the text are boilerplate; so is the "today's date" in the top bar (a date that is not the
    article's);
  * a Finnish portal's ingress (the first sentence, <p class="ingress">) is body; its "Lue myös:"
    lines in the text's own <p> markup, the "Mainos" slots with "Artikkeli jatkuu mainoksen
    jälkeen", the Plus paywall notice and the photo caption with "Kuva:" are boilerplate.

Families (language; date source):
  silo   ng-news-portal        en; a Yoast-style JSON-LD @graph (WebPage, NewsArticle, BreadcrumbList)
                               with datePublished and dateModified with offset; the visible date
                               alone ("March 7, 2026"), and the top bar's "today" date (later: not
                               the publication date); a Nigerian news portal on WordPress with a
                               JNews-like theme (Punch/Vanguard-like): the top bar, the menu, the
                               "BREAKING" ticker, the leaderboard ad, the category label, the byline
                               with the comment count, "Kindly share this story:" and its buttons
                               above and below the text, the featured image's caption, the text with
                               <h3> subheadings, "ADVERTISEMENT" code blocks every two paragraphs,
                               "Read Also:" lines and the WhatsApp call (see above), the disclaimer
                               and rights notice after the text (see above), "Tags:", the author
                               box, "You may also like", the "Trending" sidebar, the comments and
                               the footer; URLs /YYYY/MM/slug/; <title> "T - Site"
  silo   fi-iltapaiva-portaali fi; only a naive article:published_time <meta> ("2026-03-07T14:30:00",
                               local time) and the visible "Julkaistu 7.3.2026 14:30" (and
                               "Päivitetty 7.3.2026 16:02" on updated articles, not the publication
                               time); a Finnish tabloid portal (Ilta-Sanomat/Iltalehti-like):
                               "Kirjaudu" / "Tilaa" bar, the menu, the Plus badge and paywall
                               notice on some articles, the ingress (see above), "Teksti:" /
                               "Kuvat:" byline, the photo caption and "Kuva:" credit, the text with
                               <h2> väliotsikot, "Mainos" slots, "Lue myös:" lines (see above), a
                               "Lue myös" box of headlines, "Aiheet:", "Jaa artikkeli",
                               "Kommentit (N)", "Luetuimmat" and the footer; URLs
                               /section/art-2000NNNNNNNNNN.html; <title> "T | Section | Site"
  silo   qa-interview-mag      en; the date alone, only in the visible text, AP style ("Published
                               March 7, 2026, 2:30 p.m. EST", "Sept.", "Feb."); no date metadata at
                               all; a city magazine's Q&A series on a Craft-CMS-like template: the
                               menu, the series kicker ("Five Questions"), "Interview by <author>",
                               the interviewee's portrait with its caption "(Photo courtesy of
                               ...)", the intro (body), the bold questions and plain answers (see
                               above), an "Advertisement · Continue reading below" slot and the
                               newsletter sign-up box amid the text, the closing edit note (body),
                               the author bio, "Filed under:", the share bar with the comment count,
                               "More conversations" and the footer; URLs /q-and-a/slug/; <title>
                               "Q&A: T | Site" (the "Q&A:" prefix is the template's, not the title's)
  silo   photo-essay-longread  en; <time datetime> and article:published_time in UTC ("Z"), the
                               visible "Sat 7 Mar 2026 14.30 EST" in the publisher's zone; a
                               newspaper's picture essay (Guardian-like immersive template): the
                               full-bleed hero photograph with its caption and credit, the kicker
                               "The picture essay", the standfirst (the story's first sentence:
                               body), "Photographs by X, words by Y", the text with a full-width
                               photograph after each paragraph but the last, each with "N/M", a long
                               caption and "Photograph: X/Site" (see above), <h2> subheadings, a
                               pull quote (in `repeated`) on some sites, "Explore more on these
                               topics", the share bar, "More picture essays", "Most viewed" and the
                               footer; URLs /section/YYYY/mon/DD/slug; <title> "T | Section | Site"

Every renderer gives every story of its publisher the platform's own URL on first use (the stories
are rebuilt for each `render_publisher` call, so this is deterministic). The Finnish renderer and
the photo essay split the first sentence off as the ingress / standfirst; the Q&A renderer drops the
story's subheadings, adds an intro line naming the interviewee, a question before each answer and
the edit note (keeping the body within 14 paragraphs of more than six words and 900 words), so
`body`, taken from the story after rendering, has them. All four have site names of their own
(`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

import json
from datetime import timedelta

from pipeline.synth.prose import Prose, _cap, _w

FAMILIES: dict[str, str] = {
    "ng-news-portal": "silo",
    "fi-iltapaiva-portaali": "silo",
    "qa-interview-mag": "silo",
    "photo-essay-longread": "silo",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "fi-iltapaiva-portaali": "fi",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "ng-news-portal": (
        "{p} Punchline",
        "The {p} Vanguard",
        "{p} Daily Trust",
        "The {p} Guardian Online",
        "{p} Premium Times",
        "{p} Sun News",
    ),
    "fi-iltapaiva-portaali": (
        "{p} Sanomat",
        "{p}-lehti",
        "Uutiset {p}",
        "{p} Tänään",
        "Ilta-{p}",
    ),
    "qa-interview-mag": (
        "{p} Magazine",
        "{p} Monthly",
        "The {p} Review",
        "{p} City Journal",
        "Inside {p}",
    ),
    "photo-essay-longread": (
        "The {p} Observer",
        "{p} Guardian",
        "The {p} Weekly Record",
        "{p} Independent",
        "The {p} Sentinel",
    ),
}


# --- Finnish -----------------------------------------------------------------------------------

FI_FIRST = _w("""Matti Juha Mikko Timo Jari Antti Pekka Janne Sami Ville Jukka Heikki Eero Lauri Laura
    Anna Maria Johanna Sanna Kaisa Elina Tiina Heidi Minna Aino Riikka Satu Outi Noora""")
FI_SURNAMES = _w("""Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen
    Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen
    Salo Laitinen Tuominen Rantanen Karjalainen""")
# place-name endings whose genitive is the name and "n" ("Kelsalo" -> "Kelsalon")
FI_PLACE_FORMS = (
    ("", "", "", "", "Ala-", "Ylä-", "Iso-"),
    _w("la lä salo vaara harju kylä maa"),
)
# subjects (the nominative)
FI_AGENTS = _w("""kaupunginvaltuusto kunnanhallitus kaupunki kunta poliisi pelastuslaitos
    hyvinvointialue ELY-keskus rehtori yrittäjäyhdistys asukasyhdistys rakennusvalvonta oppositio
    urakoitsija kunnanjohtaja liikennevirasto koululautakunta""")
# verbs (the past tense, third person singular)
FI_VERBS = _w("""hyväksyi hylkäsi lykkäsi esitteli vahvisti avasi sulki arvosteli tuki tarkisti
    julkaisi korjasi laajensi perui käsitteli keskeytti jatkoi""")
# total objects (the genitive-accusative)
FI_OBJECTS = _w("""talousarvion sillan ohitustien kaavan hankkeen koulun terveysaseman pyörätien
    sopimuksen urakan peruskorjauksen selvityksen adressin bussilinjan torin pysäköintialueen
    uimahallin päätöksen""")
# adjectives in the genitive, agreeing with the object
FI_ADJ = _w("""uuden vanhan kalliin kiistellyn suunnitellun väliaikaisen paikallisen laajan
    historiallisen keskeneräisen""")
FI_TIMES = (
    "maanantaina",
    "tiistai-iltana",
    "viime viikolla",
    "viikonloppuna",
    "yksimielisesti",
    "pitkän keskustelun jälkeen",
    "torstaiaamuna",
    "jälleen",
    "kuun alussa",
)
FI_SOURCES = ("Kaupungin mukaan", "Poliisin mukaan", "Asukkaiden mukaan", "Tiedottajan mukaan",
              "Selvityksen mukaan")
FI_ROLES = ("kunnanjohtaja", "kaupungin tiedottaja", "yhdistyksen puheenjohtaja", "rehtori",
            "valtuutettu", "yrittäjä", "asukas")
FI_HEADLINE_QUOTES = ("Odotamme selkeää vastausta", "Tätä kunta ei ansaitse", "Tulosta on odotettu pitkään",
                      "Rahat kuuluvat kouluille", "Asukkailla on oikeus tietää")
FI_SUBHEADS = (
    "Mitä seuraavaksi",
    "Opposition kritiikki",
    "Kustannukset",
    "Asukkaiden reaktiot",
    "Pitkä kiista",
    "Taustaa",
    "Avoimet kysymykset",
    "Seuraavat vaiheet",
)
# the partitive, as a date written out has it ("7. maaliskuuta 2026")
FI_MONTHS = (
    "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
    "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta",
)


class FinnishProse(Prose):
    """Finnish local-news prose (subjects in the nominative, the past tense, objects in the
    genitive-accusative with an agreeing adjective, ”…” quotes with "sanoi")."""

    lang = "fi"

    def obj(self) -> str:
        rng = self.rng
        o = rng.choice(FI_OBJECTS)
        if rng.random() < 0.4:
            return f"{rng.choice(FI_ADJ)} {o}"
        return o

    def agent(self) -> str:
        rng = self.rng
        a = rng.choice(FI_AGENTS)
        if a in ("kaupunki", "kunta") and rng.random() < 0.5:
            return f"{self.place()}n {a}"  # "Kelsalon kunta"
        return a

    def clause(self) -> str:
        return f"{self.agent()} {self.rng.choice(FI_VERBS)} {self.obj()}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.14:
            return f"”{_cap(self.clause())}”, sanoi {self.person()}, {rng.choice(FI_ROLES)}."
        if r < 0.3:
            return (f"{rng.choice(FI_SOURCES)} {self.agent()} {rng.choice(FI_TIMES)} "
                    f"{rng.choice(FI_VERBS)} {self.obj()}.")
        if r < 0.5:
            conj = rng.choice(("koska", "vaikka", "kun taas", "sillä"))
            return f"{_cap(self.clause())}, {conj} {self.clause()}."
        if r < 0.62:
            return rng.choice((
                f"Kustannusten arvioidaan olevan {rng.randint(2, 95)},{rng.randint(1, 9)} miljoonaa euroa.",
                f"Adressin allekirjoitti {rng.randint(20, 900)} asukasta.",
                f"Rakennustöiden on määrä valmistua vuonna {rng.randint(2027, 2031)}.",
                f"Korjaus kestää vähintään {rng.randint(5, 30)} kuukautta.",
                f"Ehdotuksen puolesta äänesti {rng.randint(5, 27)} valtuutettua.",
            ))
        if r < 0.75:
            return f"{_cap(rng.choice(FI_TIMES))} {self.agent()} {rng.choice(FI_VERBS)} {self.obj()}."
        return f"{_cap(self.agent())} {rng.choice(FI_TIMES)} {rng.choice(FI_VERBS)} {self.obj()}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            return f"{self.place()}: {_cap(rng.choice(FI_AGENTS))} {rng.choice(FI_VERBS)} {self.obj()}"
        if r < 0.7:
            return f"{_cap(self.agent())} {rng.choice(FI_VERBS)} {self.obj()} {rng.choice(FI_TIMES)}"
        return f"{self.person()}: ”{rng.choice(FI_HEADLINE_QUOTES)}”"

    def subheading(self) -> str:
        return self.rng.choice(FI_SUBHEADS)


FI_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Etusivu", "Kotimaa", "Ulkomaat", "Talous", "Politiikka", "Urheilu", "Viihde", "Tyyli",
            "Ruoka", "Autot", "Sää"),
    "sections": ("Kotimaa", "Politiikka", "Talous", "Rikos", "Liikenne", "Koulutus", "Kulttuuri"),
    "related": ("Lue myös", "Lisää uutisia alueelta {place}", "Lisää aiheesta", "Sinua voisi kiinnostaa"),
    "read_more": ("Lue myös:", "LUE MYÖS:", "Lue lisää:"),
    "by": ("Teksti:",),
    "desks": ("toimitus", "toimittaja", "uutistoimitus", "aluetoimitus", "verkkotoimitus"),
    "share": ("Jaa artikkeli", "Jaa juttu"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Sähköposti", "Kopioi linkki"),
    "newsletter": (
        "Tilaa uutiskirje ja saat päivän tärkeimmät uutiset sähköpostiisi joka aamu.",
        "Päivän tärkeimmät uutiset suoraan sähköpostiisi, tilaa maksuton uutiskirje.",
    ),
    "comments": (
        "Kommentointi on mahdollista vain kirjautuneille käyttäjille.",
        "Keskusteluun voivat osallistua vain tunnistautuneet lukijat.",
    ),
    "cookie": (
        "Käytämme evästeitä sivuston toiminnan, mainonnan kohdentamisen ja kävijäseurannan vuoksi.",
        "Hyväksymällä annat suostumuksen evästeiden käyttöön tällä sivustolla.",
    ),
    "ad": ("Mainos – artikkeli jatkuu alla", "MAINOS · juttu jatkuu mainoksen jälkeen"),
    "copyright": (
        "© {year} {name}. Kaikki oikeudet pidätetään.",
        "Copyright © {name} {year}. Sisällön kopioiminen ilman lupaa on kielletty.",
    ),
    "disclaimer": ("Sisältöä ei saa levittää ilman toimituksen lupaa.",),
    "tagline": ("Uutisia alueelta {region} vuodesta {since}", "Paikallinen uutislehtesi vuodesta {since}"),
    "bio": (
        "{author} työskentelee {name}-toimituksessa ja kirjoittaa aiheesta {beat}.",
        "{author} on ollut {name}-toimituksen jäsen vuodesta {since2} ja seuraa aihetta {beat}.",
    ),
    "beats": (
        "kunnallispolitiikka",
        "liikenne ja infrastruktuuri",
        "koulutus",
        "terveydenhuolto",
        "aluetalous",
        "kulttuuri ja vapaa-aika",
        "rikokset ja oikeus",
    ),
    "editorial": ("Juttu on osa {name}-toimituksen Meidän kunta -sarjaa.",),
    "classified": ("Myydään kolmio keskustasta, 74 m², parveke etelään.",),
    "subscribe": ("Tilaa ensimmäinen kuukausi 1 eurolla",),
}
FI_ZONES = ("Europe/Helsinki", "Europe/Helsinki", "Europe/Mariehamn")


# --- ng-news-portal ----------------------------------------------------------------------------

NG_MENU = ("News", "Politics", "Metro Plus", "Business", "Sports", "Entertainment", "Opinion", "Editorial",
           "Columnists", "Education", "Health")
NG_READ_ALSO = ("Read Also:", "READ ALSO:", "ALSO READ:")
NG_CAPTIONS = (
    "File photo: Residents at the {place} central market",
    "File photo: Traders at the {place} motor park",
    "Photo: The {place} Local Government Secretariat",
    "Officials at the briefing in {place} on Friday",
)
NG_FOOTER = ("About Us", "Advert Rates", "Contact Us", "Privacy Policy", "Careers", "Corrections", "RSS")
NG_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ng_ad(r: random.Random) -> str:
    return (f'<div class="code-block code-block-{r.randint(1, 30)}" '
            'style="margin: 8px auto; text-align: center;">'
            '<span class="jeg_ad_label">ADVERTISEMENT</span>\n'
            f'<ins class="adsbygoogle" data-ad-client="ca-pub-{r.randint(10**15, 10**16 - 1)}" '
            f'data-ad-slot="{r.randint(10**9, 10**10 - 1)}"></ins></div>')


def render_ng_news_portal(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    r = c.stable("silo-ng")
    c.repath(lambda o: f"/{o.published:%Y/%m}/{_aslug(o.title)}/")
    _trim(s)
    modified = d + timedelta(hours=c.rng.randint(0, 30), minutes=c.rng.randint(1, 59))
    today = d + timedelta(days=c.rng.randint(1, 20), hours=c.rng.randint(0, 6))
    a = s.author
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": c.url(), "url": c.url(), "name": f"{s.title} - {pub.name}",
             "datePublished": c.iso(), "dateModified": modified.isoformat(timespec="seconds"),
             "breadcrumb": {"@id": c.url() + "#breadcrumb"}},
            {"@type": "NewsArticle", "@id": c.url() + "#article", "headline": s.title,
             "datePublished": c.iso(), "dateModified": modified.isoformat(timespec="seconds"),
             "author": {"@type": "Person", "name": a.name}, "articleSection": [s.section],
             "publisher": {"@type": "Organization", "name": pub.name}},
            {"@type": "BreadcrumbList", "@id": c.url() + "#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": f"http://{pub.host}/"},
                {"@type": "ListItem", "position": 2, "name": s.title}]},
        ],
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<script type="application/ld+json" class="yoast-schema-graph">'
        f"{json.dumps(graph, ensure_ascii=False)}</script>",
        f"<link rel='stylesheet' id='jnews-frontend-css' href='/wp-content/themes/jnews/assets/dist/"
        f"frontend.min.css?ver={r.randint(10, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}' type='text/css'>",
        '<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>',
        "</head>",
        f'<body class="post-template-default single single-post postid-{c.rng.randint(100_000, 999_999)} '
        'jeg_single_tpl_2 jnews">',
    ]
    top_date = c.snip(f"{NG_WEEKDAYS[today.weekday()]}, {_en_date(today)}")
    lines += [
        f'<div class="jeg_topbar"><div class="jeg_top_date">{esc(top_date)}</div>\n'
        '<ul class="jeg_top_menu"><li><a href="/advertise/">Advertise</a></li>'
        '<li><a href="/e-paper/">E-Paper</a></li><li><a href="/contact/">Contact</a></li></ul></div>',
        f'<div class="jeg_header"><div class="jeg_logo"><a href="/">{esc(pub.name)}</a></div>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="jeg_tagline">{esc(c.snip(pub.tagline))}</p>')
    c.snip(" ".join(NG_MENU[:5]))
    lines += [
        '<nav class="jeg_main_menu_wrapper"><ul class="jeg_menu">',
        *[f'<li class="menu-item"><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in NG_MENU],
        "</ul></nav></div>",
    ]
    others = c.pick_others(12)
    ticker = others[:4]
    lines.append(
        '<div class="jeg_breakingnews"><span class="jeg_breakingnews_title">BREAKING</span><ul>\n'
        + "\n".join(f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in ticker)
        + "</ul></div>"
    )
    lines.append('<div class="jeg_ad jeg_ad_top">' + _ng_ad(c.rng) + "</div>")
    comments = c.rng.randint(0, 85)
    c.snip(f"By {a.name} {_en_date(d)} {comments} Comment{'' if comments == 1 else 's'}")
    lines += [
        '<div class="jeg_main"><div class="jeg_inner_content">',
        f'<div class="jeg_meta_category"><a href="/category/{_aslug(s.section)}/" rel="category tag">'
        f"{esc(s.section)}</a></div>",
        f'<h1 class="jeg_post_title">{esc(s.title)}</h1>',
        '<div class="jeg_meta_container"><div class="jeg_meta_author">'
        f'By <a href="/author/{_aslug(a.name)}/">'
        f'{esc(a.name)}</a></div> <div class="jeg_meta_date"><a href="{esc(s.path)}">{esc(_en_date(d))}</a>'
        f'</div> <div class="jeg_meta_comment"><a href="#comments">{comments} '
        f"Comment{'' if comments == 1 else 's'}</a></div></div>",
    ]
    kindly = "Kindly share this story:"
    sites = ("Facebook", "X", "WhatsApp", "Telegram", "Email")
    c.snip(f"{kindly} {' '.join(sites)}")
    share = (f'<div class="kindly-share"><p>{esc(kindly)}</p>\n<ul>'
             + "\n".join(f'<li><a href="#">{esc(x)}</a></li>' for x in sites) + "</ul></div>")
    cap = c.stable(f"ng-cap-{s.title}").choice(NG_CAPTIONS).format(place=place)
    c.snip(cap)
    lines += [
        share,
        f'<div class="jeg_featured featured_image"><img src="/wp-content/uploads/{d:%Y/%m}/'
        f'{_aslug(s.title)[:40]}.jpg" alt=""><p class="wp-caption-text">{esc(cap)}</p></div>',
    ]
    label = c.stable("ng-read").choice(NG_READ_ALSO)
    body = _render_blocks(c, p="<p>", heading=lambda tag, h: f"<h3>{h}</h3>",
                          quote="<blockquote><p>{}</p></blockquote>", ul="<ul>")
    n_paras = sum(1 for x in body if x.startswith("<p>"))
    inserts: list[tuple[int, str]] = [(k, _ng_ad(c.rng)) for k in range(1, n_paras - 1, 2)]
    for k, o in zip((2, 5), others[4:6], strict=False):
        c.snip(f"{label} {o.title}")
        inserts.append(
            (k, f'<p><strong>{esc(label)}</strong> <a href="{esc(o.path)}">{esc(o.title)}</a></p>')
        )
    wa = c.snip(f"Join the {pub.name} channel on WhatsApp for breaking news")
    inserts.append((3, f'<p><strong>Follow us on WhatsApp:</strong> <a href="https://whatsapp.com/channel/'
                       f'{_hex(r, 20)}">{esc(wa)}</a></p>'))
    c.snip(f"Follow us on WhatsApp: {wa}")
    disclaimer = c.snip(
        f"Disclaimer: Comments expressed here do not reflect the opinions of {pub.name} "
        "or any employee thereof."
    )
    rights = c.snip(
        "All rights reserved. This material, and other digital content on this website, may not be "
        "reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior "
        f"express written permission from {pub.name.upper()}."
    )
    lines += [
        '<div class="entry-content no-share"><div class="content-inner">',
        *_insert_after(body, "<p>", inserts, skip="<p><strong>"),
        f'<p><em><strong>Disclaimer:</strong> {esc(disclaimer.removeprefix("Disclaimer: "))}</em></p>',
        f"<p><strong>{esc(rights)}</strong></p>",
        "</div></div>",
        share,
    ]
    tags = [place, s.section, *c.stable(f"ng-tags-{s.title}").sample(("Tinubu", "Police", "Senate", "INEC",
                                                                    "NNPC", "Naira", "Court"), 2)]
    c.snip("Tags: " + " ".join(tags))
    lines.append('<div class="jeg_post_tags"><span>Tags:</span> '
                 + " ".join(f'<a href="/tag/{_aslug(x)}/" rel="tag">{esc(x)}</a>' for x in tags) + "</div>")
    if c.has("bio"):
        lines.append(f'<div class="jeg_authorbox"><h3 class="jeg_author_name">{esc(a.name)}</h3>'
                     f'<p class="jeg_author_desc">{esc(c.bio())}</p></div>')
    lines += [
        f'<div class="jnews_related_post_container"><h3>{esc(c.snip("You may also like"))}</h3><div>',
        *[f'<article class="jeg_post"><h3 class="jeg_post_title"><a href="{esc(o.path)}">'
          f'{esc(c.snip(o.title))}</a></h3><div class="jeg_meta_date">{esc(_en_date(o.published))}</div>'
          "</article>" for o in others[6:9]],
        "</div></div>",
        f'<div id="comments" class="jeg_comments"><h3>{comments} Comment{"" if comments == 1 else "s"}</h3>',
        '<h3 id="reply-title">Leave a Reply</h3>'
        f'<p>{esc(c.snip("Your email address will not be published. Required fields are marked *"))}</p>',
        "</div>",
        "</div>",
        f'<div class="jeg_sidebar"><h3>{esc(c.snip("Trending on " + pub.name))}</h3><ol>',
        *[f'<li><span class="rank">{k + 1}</span> <a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>'
          for k, o in enumerate(others[9:12])],
        "</ol></div></div>",
    ]
    c.snip(" ".join(NG_FOOTER[:4]))
    lines += [
        '<div class="jeg_footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in NG_FOOTER],
        "</ul>",
        f"<p>{esc(c.snip(f'© {YEAR} {pub.name} Media Limited. All Rights Reserved.'))}</p>",
        "</div>",
    ]
    if c.has("cookie"):
        lines.append(f'<div class="cookie-notice"><p>{esc(c.text("cookie"))}</p><a href="#">Ok</a></div>')
    lines += ["</body>", "</html>"]
    return _j(lines)


# --- fi-iltapaiva-portaali ---------------------------------------------------------------------

FI_CAPTIONS = (
    "Valtuuston kokous venyi myöhään iltaan.",
    "Työmaa on ollut kiinni jo viikkoja.",
    "Asukkaat kokoontuivat torille lauantaina.",
    "Kiistelty hanke on puhuttanut pitkään.",
    "Päätöksestä on tarkoitus äänestää ensi kuussa.",
)
FI_AGENCIES = ("Lehtikuva", "STT", "Kaleva", "Kuvaaja")
FI_FOOTER = ("Asiakaspalvelu", "Tilaa", "Ilmoita", "Tietosuoja", "Evästeasetukset", "Yhteystiedot",
             "Toimitus", "Palaute")


def _fi_stamp(dt: datetime) -> str:
    """ "7.3.2026 14:30"."""
    return f"{dt.day}.{dt.month}.{dt.year} {dt:%H:%M}"


def render_fi_iltapaiva_portaali(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    r = c.stable("silo-fi")
    c.repath(lambda o: f"/{_aslug(o.section)}/art-2000"
                       f"{c.stable(f'fiid-{o.title}').randint(10**9, 10**10 - 1)}.html")
    _split_lead(c, 1)
    _trim(s, keep=2)
    ingress = s.blocks[0][1]
    plus = c.stable(f"fi-plus-{s.title}").random() < 0.3
    updated = d + timedelta(minutes=c.rng.randint(20, 600)) if c.rng.random() < 0.4 else None
    lines = [
        "<!DOCTYPE html>",
        '<html lang="fi">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(s.section)} | {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(ingress)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="article:published_time" content="{c.iso(naive=True)}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/static/{_hex(r, 10)}/main.css">',
        "</head>",
        '<body class="article-page">',
    ]
    c.snip(f"Kirjaudu Tilaa {pub.name} Plus")
    lines += [
        f'<div class="top-bar"><a href="/kirjaudu">Kirjaudu</a> <a class="order" href="/tilaa">Tilaa '
        f"{esc(pub.name)} Plus</a></div>",
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="tagline">{esc(c.snip(pub.tagline))}</p>')
    nav = list(FI_UI["nav"])
    c.snip(" ".join(nav[:5]))
    lines += [
        '<nav class="main-nav"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in nav],
        "</ul></nav></header>",
        '<main class="article-container"><article class="single-article">',
        f'<div class="article-meta-top"><a class="section" href="/{_aslug(s.section)}">{esc(s.section)}</a>'
        + (' <span class="plus-badge">PLUS</span>' if plus else "") + "</div>",
        f'<h1 class="article-headline">{esc(s.title)}</h1>',
        f'<p class="ingress">{esc(ingress)}</p>',
    ]
    who = prose_for("fi", c.stable(f"fi-ph-{s.title}")).person()
    agency = c.stable(f"fi-ag-{s.title}").choice(FI_AGENCIES)
    credit = f"Kuva: {who} / {agency}"
    cap = c.stable(f"fi-cap-{s.title}").choice(FI_CAPTIONS)
    c.snip(f"{cap} {credit}")
    lines.append(
        f'<figure class="article-image"><img src="https://img.{pub.host}/{_hex(c.rng, 16)}.jpg" alt="">'
        f'<figcaption><span class="caption">{esc(cap)}</span> <span class="credit">{esc(credit)}</span>'
        "</figcaption></figure>"
    )
    a = s.author
    stamp = f"Julkaistu {_fi_stamp(d)}" + (f" Päivitetty {_fi_stamp(updated)}" if updated else "")
    c.snip(f"Teksti: {a.name} Kuvat: {who}")
    c.snip(stamp)
    lines.append(
        f'<div class="byline"><span class="author">Teksti: {esc(a.name)}</span> '
        f'<span class="photographer">Kuvat: {esc(who)}</span></div>\n'
        f'<div class="timestamps"><time class="published">Julkaistu {esc(_fi_stamp(d))}</time>'
        + (f' <time class="updated">Päivitetty {esc(_fi_stamp(updated))}</time>' if updated else "")
        + "</div>"
    )
    body: list[str] = []
    for i, (tag, text) in enumerate(s.blocks):
        if i == 0:
            continue
        if tag == "p":
            body.append(f'<p class="article-paragraph">{c.inline(text)}</p>')
        else:
            body.append(f'<h2 class="article-subheading">{esc(text)}</h2>')
    others = c.pick_others(10)
    ad_label = "Mainos"
    cont = c.snip("Artikkeli jatkuu mainoksen jälkeen")
    slot = (f'<div class="ad-wrapper"><span class="ad-label">{ad_label}</span>'
            f'<div id="ad-{_hex(r, 6)}"></div>'
            f'<p class="ad-continue">{esc(cont)}</p></div>')
    read = c.stable("fi-read").choice(FI_UI["read_more"])
    inserts: list[tuple[int, str]] = [(0, slot)]
    if len(body) > 5:
        inserts.append((4, slot))
    for k, o in zip((1, 3), others[:2], strict=False):
        c.snip(f"{read} {o.title}")
        inserts.append((k, f'<p class="article-paragraph"><strong>{esc(read)}</strong> '
                           f'<a href="{esc(o.path)}">{esc(o.title)}</a></p>'))
    if plus:
        teaser = c.snip(f"Tämä on {pub.name} Plus -artikkeli. Tilaa ja lue kaikki jutut rajattomasti.")
        inserts.append((2, f'<div class="paywall-notice"><p>{esc(teaser)}</p><a href="/tilaa">'
                           f'{esc(c.snip("Tilaa ensimmäinen kuukausi 1 eurolla"))}</a></div>'))
    box_h = "Lue myös"
    lines += [
        '<div class="article-body">',
        *_insert_after(body, '<p class="article-paragraph">', inserts,
                       skip='<p class="article-paragraph"><strong>'),
        "</div>",
        f'<aside class="read-also-box"><h3>{box_h}</h3><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:5]],
        "</ul></aside>",
    ]
    topics = [_place(c), *c.stable(f"fi-topics-{s.title}").sample(FI_UI["sections"], 2)]
    c.snip("Aiheet: " + " ".join(topics))
    comments = c.rng.randint(0, 300)
    lines += [
        '<div class="article-tags">Aiheet: '
        + " ".join(f'<a href="/aihe/{_aslug(x)}">{esc(x)}</a>' for x in topics)
        + "</div>",
        _share_bar(c, "share-buttons"),
        f'<div class="comments"><h3>Kommentit ({comments})</h3><p>{esc(c.text("comments"))}</p></div>',
    ]
    if c.has("bio"):
        lines.append(f'<div class="author-card"><h4>{esc(a.name)}</h4><p>{esc(c.bio())}</p></div>')
    lines += [
        "</article>",
        '<aside class="most-read"><h2>Luetuimmat</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[5:10]],
        "</ol></aside>",
        "</main>",
    ]
    c.snip(" ".join(FI_FOOTER[:4]))
    owner = r.choice(("Sanoma Media Finland Oy", "Alma Media Oyj", "Keskisuomalainen Oyj"))
    lines += [
        '<footer class="site-footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in FI_FOOTER],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
        f"<p>{esc(c.snip(f'{pub.name} on osa {owner} -konsernia'))}</p>",
        "</footer>",
    ]
    return _close_page(c, lines, "consent", "Hyväksy")


# --- qa-interview-mag --------------------------------------------------------------------------

QA_SERIES = ("Five Questions", "The Conversation", "Civic Q&A", "Sunday Interview")
QA_LONG = (
    "What was the reaction when the {noun} was first proposed?",
    "How long have you been involved with the {noun}?",
    "What do people in {place} misunderstand about the {noun}?",
    "What would you say to the critics of the {noun}?",
    "Was there a moment when you thought it would not happen?",
    "How does {place} compare with the towns around it?",
    "What has surprised you most since you took on the job?",
    "Where does the money for the {noun} actually come from?",
    "What would you tell someone moving to {place} this year?",
    "What is the one thing you would change if you could?",
    "How much of this depends on the council's next budget?",
    "What does a good year look like for you?",
)
QA_SHORT = (
    "Why now?",
    "What happens next?",
    "Who pays for it?",
    "And the critics?",
    "How did residents react?",
    "Is that realistic?",
    "Why does it matter?",
    "What surprised you?",
    "What comes after that?",
    "Any regrets?",
    "How do you measure success?",
    "What keeps you up at night?",
    "Was it worth it?",
    "What is the biggest risk?",
)
QA_AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
                "Dec.")
QA_EDIT_NOTE = "This interview has been edited for length and clarity."
QA_FOOTER = ("About", "Advertise", "Subscribe", "Contact", "Privacy Policy", "Terms of Use")


def _ap_stamp(dt: datetime) -> str:
    """ "March 7, 2026, 2:30 p.m. EST" (AP style)."""
    hour = dt.hour % 12 or 12
    clock = f"{hour}:{dt:%M}" if dt.minute else f"{hour}"
    return (f"{QA_AP_MONTHS[dt.month - 1]} {dt.day}, {dt.year}, {clock} {'a.m.' if dt.hour < 12 else 'p.m.'} "
            f"{dt.tzname()}")


def _qa_restructure(c: Ctx, guest: str, role: str) -> None:
    """The story as an interview: the intro (the first paragraph and a line naming the guest), then
    a question before each later paragraph (an answer), then the edit note; the subheadings go.
    Questions of more than six words only while the body stays within 14 such lines."""
    s = c.story
    paras = [i for i, (tag, _) in enumerate(s.blocks) if tag == "p"]
    sents = [s.sentences[i] for i in paras]
    r = c.stable(f"qa-q-{s.title}")
    first = guest.split()[0]
    intro = f"{guest} is the {role}. We spoke with {first} about what comes next."
    answers = sents[1:]
    while len(answers) > 11:  # the first paragraph, the intro, 11 answers and the note: 14 lines
        answers[-2:] = [answers[-2] + answers[-1]]
    # 1 first paragraph + the intro line + answers + the note: the rest of 14 may be long questions
    room = max(0, 14 - (len(answers) + 3))
    place = _place(c)
    longs = [q.format(noun=r.choice(("plan", "project", "budget", "scheme", "proposal")), place=place)
             for q in r.sample(QA_LONG, k=min(room, len(answers)))]
    shorts = r.sample(QA_SHORT, k=len(answers) - len(longs))
    questions = longs + shorts
    r.shuffle(questions)
    blocks: list[tuple[str, str]] = [("p", " ".join(sents[0])), ("p", intro)]
    sentences: list[list[str]] = [sents[0], [intro]]
    for q, ans in zip(questions, answers, strict=True):
        blocks += [("q", q), ("p", " ".join(ans))]
        sentences += [[q], ans]
    blocks.append(("note", QA_EDIT_NOTE))
    sentences.append([QA_EDIT_NOTE])
    s.blocks, s.sentences = blocks, sentences
    # within 900 words: drop trailing sentences of the longest answers
    while sum(len(t.split()) for _, t in s.blocks if len(t.split()) > 6) > 900:
        k = max(
            (i for i, (tag, _) in enumerate(s.blocks) if tag == "p" and i > 1 and len(s.sentences[i]) > 1),
            key=lambda i: len(s.sentences[i]),
        )
        s.sentences[k].pop()
        s.blocks[k] = ("p", " ".join(s.sentences[k]))


def render_qa_interview_mag(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    r = c.stable("silo-qa")
    c.repath(lambda o: f"/q-and-a/{_aslug(o.title)}/")
    gr = c.stable(f"qa-guest-{s.title}")
    gp = EnglishProse(gr)
    guest = gp.person()
    role = f"{gr.choice(('director', 'chair', 'founder', 'president', 'coordinator'))} of the {gp.org()}"
    _qa_restructure(c, guest, role)
    series = c.stable("qa-series").choice(QA_SERIES)
    a = s.author
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>Q&amp;A: {esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<meta name="description" content="{esc(s.blocks[1][1])}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/dist/css/site.{_hex(r, 10)}.css">',
        "</head>",
        '<body class="entry-type-interview">',
        f'<header class="masthead"><a class="wordmark" href="/">{esc(pub.name)}</a>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="masthead__tagline">{esc(c.snip(pub.tagline))}</p>')
    menu = ("News", "Politics", "Arts", "Food", "Neighborhoods", "Q&A", "Events", "Subscribe")
    c.snip(" ".join(menu[:5]))
    lines += [
        '<nav class="masthead__nav"><ul>',
        *[f'<li><a href="/{_aslug(x) or "q-and-a"}/">{esc(x)}</a></li>' for x in menu],
        "</ul></nav></header>",
    ]
    stamp = _ap_stamp(d)
    c.snip(f"Interview by {a.name} Published {stamp}")
    portrait = f"{guest} in {place}. (Photo courtesy of {prose_for('en', gr).person()})"
    c.snip(portrait)
    lines += [
        '<main class="interview"><header class="interview__header">',
        f'<p class="kicker"><a href="/q-and-a/">{esc(series)}</a></p>',
        f'<h1 class="interview__title">{esc(s.title)}</h1>',
        f'<p class="interview__byline">Interview by <a href="/staff/{_aslug(a.name)}/">{esc(a.name)}</a>'
        "</p>\n"
        f'<p class="interview__date">Published {esc(stamp)}</p>',
        "</header>",
        f'<figure class="interview__portrait"><img src="/uploads/{_hex(c.rng, 12)}.jpg" alt="{esc(guest)}">'
        f"<figcaption>{esc(portrait)}</figcaption></figure>",
    ]
    body: list[str] = []
    for tag, text in s.blocks:
        if tag == "q":
            body.append(f"<p><strong>{esc(text)}</strong></p>")
        elif tag == "note":
            body.append(f"<p><em>{esc(text)}</em></p>")
        else:
            body.append(f"<p>{c.inline(text)}</p>")
    cont = c.snip("Advertisement · Continue reading below")
    ad = (f'<div class="ad-unit"><p class="ad-unit__label">{esc(cont)}</p>'
          '<div class="ad-unit__slot"></div></div>')
    sign_h = c.snip(f"Get {pub.name}'s interviews in your inbox every Friday.")
    sign = (f'<div class="newsletter-inline"><p>{esc(sign_h)}</p>'
            '<input type="email" placeholder="Email address">'
            f"<button>Sign up</button><p>{esc(c.snip('You can unsubscribe at any time.'))}</p></div>")
    # after the 2nd and the 6th answer paragraph (counting the paragraphs that are not questions)
    inserts = [(3, ad), (6, sign)]
    lines += [
        '<div class="interview__body">',
        *_insert_after(body, "<p>", inserts, skip="<p><strong>"),
        "</div>",
    ]
    if c.has("bio"):
        lines.append(f'<div class="contributor"><p>{esc(c.bio())}</p></div>')
    filed = [series, place, s.section]
    c.snip("Filed under: " + " ".join(filed))
    comments = c.rng.randint(0, 60)
    label, sites = c.share()
    c.snip(f"{label} {' '.join(sites)} {comments} Comments")
    others = c.pick_others(6)
    lines += [
        '<div class="filed-under">Filed under: '
        + " ".join(f'<a href="/topics/{_aslug(x)}/">{esc(x)}</a>' for x in filed)
        + "</div>",
        f'<div class="share-tools"><span>{esc(label)}</span> '
        + " ".join(f'<a href="#">{esc(x)}</a>' for x in sites)
        + f' <a class="comment-count" href="#comments">{comments} Comments</a></div>',
        "</main>",
        '<section class="more-interviews">'
        f'<h2>{esc(c.snip("More conversations from the magazine"))}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[:4]],
        "</ul></section>",
    ]
    c.snip(" ".join(QA_FOOTER[:4]))
    lines += [
        '<footer class="site-footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in QA_FOOTER],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    return _close_page(c, lines, "cookie-bar", "Got it")


# --- photo-essay-longread ----------------------------------------------------------------------

PE_SCENES = (
    "{who}, {age}, waits at the edge of the {noun} in {place} as the light goes",
    "Volunteers clear debris from the {noun} on the outskirts of {place} early on a Saturday",
    "{who} checks the {noun} before the first shift begins in {place}",
    "A view across {place} from the old {noun}, where work has stalled for months",
    "Children walk past the shuttered {noun} on their way to school in {place}",
    "{who}, {age}, has lived beside the {noun} for more than forty years",
    "The {noun} at dusk, days before the council vote in {place}",
    "{who} and a neighbour repair a fence near the {noun} in {place}",
)
PE_TAILS = (
    "Many here say they were never asked.",
    "The work is expected to take at least another year.",
    "Few of the people photographed expected the changes to come so quickly.",
    "Some families have already moved away.",
    "",
    "",
)
PE_NOUNS = ("harbour", "mill", "bus depot", "allotments", "quarry", "station", "market hall", "riverbank",
            "reservoir", "estate", "ferry terminal", "library")
PE_FOOTER = ("About us", "Contact us", "Complaints & corrections", "Terms & conditions", "Privacy policy",
             "Cookie policy", "Securedrop")


def _pe_caption(c: Ctx, k: int) -> str:
    """A photograph's long caption (a sentence or two of its own), the same on every render."""
    r = c.stable(f"pe-cap-{c.story.title}-{k}")
    who = prose_for("en", r).person()
    text = r.choice(PE_SCENES).format(who=who, age=r.randint(19, 88), noun=r.choice(PE_NOUNS),
                                      place=_place(c))
    return f"{text}. {r.choice(PE_TAILS)}".strip()


def render_photo_essay_longread(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    r = c.stable("silo-pe")
    c.repath(lambda o: f"/{_aslug(o.section)}/{o.published:%Y}/{o.published:%b}/{o.published:%d}/"
                       f"{_aslug(o.title)}".lower())
    _split_lead(c, 1)
    _trim(s, keep=2)
    standfirst = s.blocks[0][1]
    photographer = prose_for("en", c.stable("pe-photographer")).person()
    a = s.author
    utc = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    visible = f"{d:%a} {d.day} {d:%b} {d.year} {d:%H.%M} {d.tzname()}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(s.section)} | {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(standfirst)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="article:published_time" content="{utc}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/assets/immersive.{_hex(r, 8)}.css">',
        "</head>",
        '<body class="immersive picture-essay">',
        f'<header class="nav-header"><a class="logo" href="/">{esc(pub.name)}</a>',
    ]
    nav = c.nav_items()
    lines += [
        '<nav><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in nav],
        "</ul></nav>",
        '<a class="support" href="/contribute">'
        f'{esc(c.snip(f"Support {pub.name} Fund independent journalism"))}</a></header>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="strapline">{esc(c.snip(pub.tagline))}</p>')
    # the photographs: one after each paragraph but the last
    paras = [i for i, (tag, _) in enumerate(s.blocks) if tag == "p"][1:]
    n_photos = len(paras)  # the hero and one after each paragraph but the last
    hero_cap = _pe_caption(c, 0)
    credit = f"Photograph: {photographer}/{pub.name}"
    c.snip(hero_cap)
    c.snip(credit)
    byline = c.snip(f"Photographs by {photographer}, words by {a.name}")
    c.snip(visible)
    lines += [
        '<main><article class="immersive-article">',
        '<figure class="hero full-bleed">'
        f'<img src="https://i.{pub.host}/img/media/{_hex(c.rng, 20)}/master/5000.jpg" alt="">'
        f'<figcaption><span class="caption-counter">1/{n_photos}</span> '
        f'<span class="caption">{esc(hero_cap)}</span> '
        f'<span class="credit">{esc(credit)}</span></figcaption></figure>',
        '<header class="headline-overlay">',
        f'<p class="kicker"><a href="/series/the-picture-essay">{esc("The picture essay")}</a></p>',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="standfirst"><p>{esc(standfirst)}</p></div>',
        "</header>",
        f'<div class="meta"><p class="byline">{esc(byline)}</p>\n'
        f'<time datetime="{utc}" data-timestamp="{int(d.timestamp() * 1000)}">{esc(visible)}</time></div>',
    ]
    pull: str | None = None
    if c.has("pullquote") and len(paras) >= 4:
        cands = [x for x in s.sentences[paras[1]] if 6 <= _words(x) <= 40]
        if cands:
            pull = c.rng.choice(cands)
            c.repeated.append(_norm(pull))
    body: list[str] = []
    photo = 1
    for i, (tag, text) in enumerate(s.blocks):
        if i == 0:
            continue
        if tag != "p":
            body.append(f"<h2>{esc(text)}</h2>")
            continue
        body.append(f'<p class="text">{c.inline(text)}</p>')
        if pull and i == paras[2]:
            body.append(f'<aside class="pullquote"><blockquote><p>{esc(pull)}</p></blockquote></aside>')
        if i != paras[-1]:
            photo += 1
            cap = _pe_caption(c, photo)
            c.snip(cap)
            body.append(
                f'<figure class="element-image full-width"><img src="https://i.{pub.host}/img/media/'
                f'{_hex(c.rng, 20)}/master/3000.jpg" alt=""><figcaption><span class="caption-counter">'
                f'{photo}/{n_photos}</span> <span class="caption">{esc(cap)}</span> '
                f'<span class="credit">{esc(credit)}</span></figcaption></figure>'
            )
    lines += ['<div class="article-body">', *body, "</div>"]
    topics = [_place(c), s.section, "Photography"]
    c.snip("Explore more on these topics " + " ".join(topics))
    lines += [
        '<div class="submeta"><h3>Explore more on these topics</h3><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in topics],
        "</ul></div>",
        _share_bar(c, "share-row"),
        f'<p class="reuse"><a href="/help/reuse">{esc(c.snip("Reuse this content"))}</a></p>',
        "</article>",
    ]
    others = c.pick_others(8)
    lines += [
        f'<section class="onward"><h2>{esc(c.snip("More picture essays"))}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[:4]],
        "</ul></section>",
        '<section class="most-viewed"><h2>Most viewed</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[4:8]],
        "</ol></section>",
        "</main>",
    ]
    c.snip(" ".join(PE_FOOTER[:4]))
    lines += [
        '<footer class="site-footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in PE_FOOTER],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    if c.has("cookie"):
        lines.append(
            f'<div class="cmp-banner"><p>{esc(c.text("cookie"))}</p><button>Yes, I’m happy</button></div>'
        )
    lines += ["</body>", "</html>"]
    return _j(lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "ng-news-portal": render_ng_news_portal,
    "fi-iltapaiva-portaali": render_fi_iltapaiva_portaali,
    "qa-interview-mag": render_qa_interview_mag,
    "photo-essay-longread": render_photo_essay_longread,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import random  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _aslug,
    _close_page,
    _en_date,
    _hex,
    _insert_after,
    _place,
    _share_bar,
    _split_lead,
    _trim,
    register_language,
)
from pipeline.synth.prose import EnglishProse, prose_for  # noqa: E402
from pipeline.synth.publishers import (  # noqa: E402
    YEAR,
    Ctx,
    _j,
    _norm,
    _words,
    esc,
)
from pipeline.synth.shed_families import _render_blocks  # noqa: E402

# Finnish joins the registries (new keys only)
register_language(
    "fi",
    first_names=FI_FIRST,
    surnames=FI_SURNAMES,
    prose=FinnishProse,
    ui=FI_UI,
    months=FI_MONTHS,
    zones=FI_ZONES,
    place_forms=FI_PLACE_FORMS,
)
