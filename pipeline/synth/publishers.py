"""Synthetic news publishers: many CMS template families, each page with its ground truth.

`generate_corpus()` builds publishers of every template *family* (a distinct CMS look, from a
2000s table layout to AMP and obfuscated "div soup"), each publisher with its own name, host,
colours, class-name tokens, optional blocks, `<title>` affix style, language and time zone, and
renders `articles_per_publisher` articles for each. Every `SynthPage` carries the truth: the clean
headline, the aware publication time, the article text (`body`), and verbatim snippets of the
boilerplate on the page that an extractor must leave out. Generation is deterministic from the
seed, and a publisher depends only on (family, index, seed), so a split's pages are the same
whether generated alone or as part of "all".

Splits. `FAMILIES` maps each family to "train" or "test". Train families may be looked at while
writing or tuning extraction rules; test families are held out: no extraction rule may be tuned
on them (nor on their pages' markup), so scores on them estimate how the extractor does on
templates nobody wrote a rule against. A third split, "fresh" (`FRESH_FAMILIES`, from
`pipeline.synth.fresh_families`), holds families kept for a one-off held-out measurement; they are
not in `FAMILIES` and are generated only for split "fresh" ("all" is train + test). A fourth,
"blind" (`BLIND_FAMILIES`, from `pipeline.synth.blind_families`), is another such set, written
without reading the extractor, and is generated only for split "blind". A fifth, "sealed"
(`SEALED_FAMILIES`, from `pipeline.synth.sealed_families`), likewise, for split "sealed" only, a
sixth, "vault" (`VAULT_FAMILIES`, from `pipeline.synth.vault_families`), for split "vault" only,
a seventh, "attic" (`ATTIC_FAMILIES`, from `pipeline.synth.attic_families`), for split "attic"
only, an eighth, "cellar" (`CELLAR_FAMILIES`, from `pipeline.synth.cellar_families`), for
split "cellar" only, and a ninth, "crypt" (`CRYPT_FAMILIES`, from `pipeline.synth.crypt_families`),
for split "crypt" only, a tenth, "loft" (`LOFT_FAMILIES`, from `pipeline.synth.loft_families`),
for split "loft" only, an eleventh, "shed" (`SHED_FAMILIES`, from
`pipeline.synth.shed_families`), for split "shed" only, a twelfth, "barn" (`BARN_FAMILIES`,
from `pipeline.synth.barn_families`), for split "barn" only, a thirteenth, "mill"
(`MILL_FAMILIES`, from `pipeline.synth.mill_families`), for split "mill" only, and a fourteenth,
"silo" (`SILO_FAMILIES`, from `pipeline.synth.silo_families`), for split "silo" only, a fifteenth,
"byre" (`BYRE_FAMILIES`, from `pipeline.synth.byre_families`), for split "byre" only, a sixteenth,
"kiln" (`KILN_FAMILIES`, from `pipeline.synth.kiln_families`), for split "kiln" only, a
seventeenth, "loom" (`LOOM_FAMILIES`, from `pipeline.synth.loom_families`), for split "loom" only,
an eighteenth, "weir" (`WEIR_FAMILIES`, from `pipeline.synth.weir_families`), for split "weir"
only, a nineteenth, "quay" (`QUAY_FAMILIES`, from `pipeline.synth.quay_families`), for split
"quay" only, a twentieth, "dyke" (`DYKE_FAMILIES`, from `pipeline.synth.dyke_families`), for split
"dyke" only, a twenty-first, "ford" (`FORD_FAMILIES`, from `pipeline.synth.ford_families`), for
split "ford" only, a twenty-second, "marsh" (`MARSH_FAMILIES`, from `pipeline.synth.marsh_families`),
for split "marsh" only, a twenty-third, "heath" (`HEATH_FAMILIES`, from
`pipeline.synth.heath_families`), for split "heath" only, a twenty-fourth, "fen" (`FEN_FAMILIES`,
from `pipeline.synth.fen_families`), for split "fen" only, a twenty-fifth, "moor"
(`MOOR_FAMILIES`, from `pipeline.synth.moor_families`), for split "moor" only, a twenty-sixth,
"bog" (`BOG_FAMILIES`, from `pipeline.synth.bog_families`), for split "bog" only, a
twenty-seventh, "glen" (`GLEN_FAMILIES`, from `pipeline.synth.glen_families`), for split "glen"
only, a twenty-eighth, "tarn" (`TARN_FAMILIES`, from `pipeline.synth.tarn_families`), for
split "tarn" only, a twenty-ninth, "beck" (`BECK_FAMILIES`, from
`pipeline.synth.beck_families`), for split "beck" only, a thirtieth, "holt" (`HOLT_FAMILIES`,
from `pipeline.synth.holt_families`), for split "holt" only, a thirty-first, "fell"
(`FELL_FAMILIES`, from `pipeline.synth.fell_families`), for split "fell" only, a thirty-second,
"crag" (`CRAG_FAMILIES`, from `pipeline.synth.crag_families`), for split "crag" only, a
thirty-third, "scar" (`SCAR_FAMILIES`, from `pipeline.synth.scar_families`), for split "scar" only,
a thirty-fourth, "tor" (`TOR_FAMILIES`, from `pipeline.synth.tor_families`), for split "tor"
only, a thirty-fifth, "mere" (`MERE_FAMILIES`, from `pipeline.synth.mere_families`), for split
"mere" only, a thirty-sixth, "loch" (`LOCH_FAMILIES`, from `pipeline.synth.loch_families`),
for split "loch" only, a thirty-seventh, "rill" (`RILL_FAMILIES`, from
`pipeline.synth.rill_families`), for split "rill" only, a thirty-eighth, "dene"
(`DENE_FAMILIES`, from `pipeline.synth.dene_families`), for split "dene" only, a thirty-ninth,
"holm" (`HOLM_FAMILIES`, from `pipeline.synth.holm_families`), for split "holm" only, a
fortieth, "gill" (`GILL_FAMILIES`, from `pipeline.synth.gill_families`), for split "gill" only,
a forty-first, "sike" (`SIKE_FAMILIES`, from `pipeline.synth.sike_families`), for split "sike"
only, a forty-second, "wick" (`WICK_FAMILIES`, from `pipeline.synth.wick_families`), for split
"wick" only, a forty-third, "wold" (`WOLD_FAMILIES`, from `pipeline.synth.wold_families`), for
split "wold" only, a forty-fourth, "ness" (`NESS_FAMILIES`, from `pipeline.synth.ness_families`),
for split "ness" only, a forty-fifth, "howe" (`HOWE_FAMILIES`, from
`pipeline.synth.howe_families`), for split "howe" only, and a forty-sixth, "rigg" (`RIGG_FAMILIES`,
from `pipeline.synth.rigg_families`), for split "rigg" only.

Families (language; date source):
  train  html5-semantic         en; JSON-LD NewsArticle datePublished with offset, <time> with offset
  train  wordpress-classic      en; article:published_time meta with offset; entry-content, widgets
  train  table-2000s            en; only a human-readable date; nested tables, <font>, no classes
  train  bootstrap-blog         en; article:published_time meta in UTC ("Z"); cards, navbar
  train  de-regional            de; JSON-LD with offset; "Lesen Sie auch", inline "Anzeige"
  train  drupal-node            en; article:published_time with offset; field--name-body, views
  train  newsroom-react         en; <time datetime> naive local time; live-blog style "Updated" stamp
  test   div-soup-obfuscated    en; JSON-LD with offset; generated class names, no <p>, no semantics
  test   amp                    en; JSON-LD with offset; <html ⚡>, amp-img, amp-ad, amp-sidebar
  test   fr-magazine            fr; article:published_time with offset; chapô, "À lire aussi"
  test   es-diario              es; <time datetime> naive local time; "Lea también"
  test   table-frames-legacy    en; only a human-readable US date; <center>, <font>, nav column
  test   plain-p-blog           en; only a human-readable date; every block is a <p>, no <h1>
  test   ld-only-date-naive     en; only a naive JSON-LD datePublished; Next.js-like markup
  (and eight more train families in `pipeline.synth.more_families` and three in
  `pipeline.synth.hard_families`, merged in below RENDERERS; the fresh families are described in
  `pipeline.synth.fresh_families`, the blind ones, two of them in Italian and Dutch, in
  `pipeline.synth.blind_families`, the sealed ones in `pipeline.synth.sealed_families`, the vault
  ones, two of them in Brazilian Portuguese and Polish, in `pipeline.synth.vault_families`, the
  attic ones, two of them in Swedish and Arabic, in `pipeline.synth.attic_families`, the cellar
  ones, one of them in Turkish, in `pipeline.synth.cellar_families`, the crypt ones, two of them in
  Spanish and Italian, in `pipeline.synth.crypt_families`, the loft ones, one of them in French,
  in `pipeline.synth.loft_families`, the shed ones, one of them in Dutch, in
  `pipeline.synth.shed_families`, the barn ones, one of them in Danish, in
  `pipeline.synth.barn_families`, the mill ones, one of them in Czech, in
  `pipeline.synth.mill_families`, the silo ones, one of them in Finnish, in
  `pipeline.synth.silo_families`, the byre ones, one of them in Norwegian, in
  `pipeline.synth.byre_families`, the kiln ones, one of them in Danish and one in Spanish, in
  `pipeline.synth.kiln_families`, the loom ones, one of them in Italian and one in German, in
  `pipeline.synth.loom_families`, the weir ones, one of them in Indonesian, in
  `pipeline.synth.weir_families`, the quay ones, one of them in French and one in Croatian, in
  `pipeline.synth.quay_families`, the dyke ones, one of them in Greek, in
  `pipeline.synth.dyke_families`, the ford ones, one of them in Lithuanian and one in Brazilian
  Portuguese, in `pipeline.synth.ford_families`, the marsh ones, one of them in Ukrainian and one
  in Afrikaans, in `pipeline.synth.marsh_families`, the heath ones, one of them in Bulgarian, in
  `pipeline.synth.heath_families`, the fen ones, one of them in Estonian, in
  `pipeline.synth.fen_families`, the moor ones, one of them in Hungarian, in
  `pipeline.synth.moor_families`, the bog ones, one of them in Icelandic, in
  `pipeline.synth.bog_families`, the glen ones, one of them in Catalan, in
  `pipeline.synth.glen_families`, the tarn ones, in Japanese, Chinese, Korean and Thai, in
  `pipeline.synth.tarn_families`, the beck ones, in Hebrew, Persian, Hindi and Vietnamese, in
  `pipeline.synth.beck_families`, the holt ones, in Russian, Arabic, Turkish and Polish, in
  `pipeline.synth.holt_families`, the fell ones, in Georgian, Armenian, Amharic and Bengali, in
  `pipeline.synth.fell_families`, the crag ones, in Urdu, Tamil, Burmese and Swahili, in
  `pipeline.synth.crag_families`, the scar ones, in Khmer, Sinhala, Romanian and Serbian
  (Cyrillic), in `pipeline.synth.scar_families`, the tor ones, all English, with hard page
  structures, in `pipeline.synth.tor_families`, the mere ones, all English, in the page structures
  of national publishers, in `pipeline.synth.mere_families`, the loch ones, all English, from news
  sites of Asia, Africa and Oceania (their own time zones, `FAMILY_ZONES`), in
  `pipeline.synth.loch_families`, the rill ones, all English, sections of US news sites that are
  not a plain news story (obituaries, recipes, product reviews, podcast transcripts), in
  `pipeline.synth.rill_families`, the dene ones, in Slovak, Slovenian, Latvian and Welsh, in
  `pipeline.synth.dene_families`, the holm ones, in Gujarati, Telugu, Punjabi (Gurmukhi) and
  Malayalam, in `pipeline.synth.holm_families`, the gill ones, all English, news
  formats of unusual structure (FAQ explainers, numbered lists, weather forecasts, readers' letters),
  in `pipeline.synth.gill_families`, the sike ones, all English, story pages laid out unusually
  (one page of a paginated long read, a dated chronology, a football match report amid lineups
  and stats, a scrollytelling feature), in `pipeline.synth.sike_families`, the wick ones, all
  English, news published through newsletter and blogging platforms (a Mailchimp campaign archive,
  Substack, Ghost, custom elements), in `pipeline.synth.wick_families`, the wold ones, all English,
  article pages that hold more than the article (the next story preloaded for infinite scroll, an
  AMP page, a brand studio's paid post, a partner's article reposted), in
  `pipeline.synth.wold_families`, the ness ones, news portals of Central Asia and the Caucasus in
  Kazakh, Uzbek, Azerbaijani and Mongolian, in `pipeline.synth.ness_families`, the howe ones, all
  English, news pages whose text sits among look-alike blocks (an article over a thread of readers'
  comments, a weekend "What's on" round-up, a photo story told in captions, a syndicated advice
  column), in `pipeline.synth.howe_families`, the rigg ones, regional and national news sites in
  Basque, Galician, Irish and Maltese, in `pipeline.synth.rigg_families`, the carr ones, news
  portals of South Asia in Nepali, Marathi, Kannada and Odia, in `pipeline.synth.carr_families`)

Truth conventions.
  * `body` is the article's paragraphs and in-body subheadings (h2/h3, or a bold <p> in
    plain-p-blog), each whitespace-normalised, joined by "\\n". A French chapô (lead paragraph) is
    body text.
  * `boilerplate` holds snippets of at least four words, verbatim visible page text, none of them
    in `body`: navigation, masthead tagline, breadcrumb, byline, dateline, share bar, newsletter
    box, the author bio after the body (the same for an author on every article of a publisher),
    the "Our readers are reading too"-style related block (a `<p><strong>` heading and `<p><a>`
    headlines; a snippet per headline of four words or more, the heading when four words or
    more), "Read more: <headline>" teasers inside the body, inline advertisement labels, comment
    notice, classified ads, cookie notice, copyright and footer disclaimers.
  * Pull quotes repeat a body sentence verbatim inside the body; the sentence belongs to `body`
    once, so it cannot be a boilerplate snippet: it is listed in `repeated` (an extra field with a
    default) and should appear exactly once in extracted text.
  * A legitimately repeated line: publishers of wordpress-classic, de-regional and es-diario put
    a fixed editorial note (a programme/series statement) as the last paragraph inside every
    article body. It is the same on every page of the publisher, as boilerplate is, but the
    publisher wrote it as article text, so it is in `body`, not in `boilerplate`: an extractor
    that drops lines because they recur across a site loses it.
  * `published_at` is aware in the publisher's zone (`tz`); `feed_published` is the same instant
    in UTC, as a feed entry gives it. Pages with a naive `<time>` or JSON-LD date need the feed
    time (or the zone) to be read right. newsroom-react and fr-magazine also show a later
    "Updated"/"mis à jour" time, which is not the publication time.
  * `title` never carries the site name; `<title>` does in one of several forms ("Site :: T",
    "T | Site", "T - SHORT", "T — Site", "Site | T"), og:title for some publishers. There is no
    <h1> in table-2000s, table-frames-legacy, plain-p-blog, and every other div-soup publisher.

Also: `write_feed()` (RSS 2.0 for one publisher, pubDate with the publisher's offset) and
`serve_pages()` (the pages and each site's /feed.xml on 127.0.0.1, one server per site).
Within a publisher, a page's option blocks are fixed (which blocks appear is a per-publisher
choice); the prose grammars live in `pipeline.synth.prose`.
"""

from __future__ import annotations

import contextlib
import random
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from zoneinfo import ZoneInfo

from pipeline.synth.prose import Prose, prose_for, romanize

YEAR = 2026
START = datetime(YEAR, 1, 5)  # naive local; articles fall within the following 85 days
DAYS = 85

FAMILIES: dict[str, str] = {
    "html5-semantic": "train",
    "wordpress-classic": "train",
    "table-2000s": "train",
    "bootstrap-blog": "train",
    "de-regional": "train",
    "drupal-node": "train",
    "newsroom-react": "train",
    "div-soup-obfuscated": "test",
    "amp": "test",
    "fr-magazine": "test",
    "es-diario": "test",
    "table-frames-legacy": "test",
    "plain-p-blog": "test",
    "ld-only-date-naive": "test",
}
FAMILY_LANGUAGE = {"de-regional": "de", "fr-magazine": "fr", "es-diario": "es"}
ZONES = {
    "en": (
        "America/New_York",
        "America/Chicago",
        "America/Denver",
        "America/Los_Angeles",
        "Europe/London",
        "Australia/Sydney",
        "Pacific/Auckland",
        "Asia/Kolkata",
        "America/St_Johns",
        "Europe/Dublin",
        "Africa/Johannesburg",
    ),
    "de": ("Europe/Berlin", "Europe/Vienna", "Europe/Zurich"),
    "fr": ("Europe/Paris", "Europe/Brussels", "America/Toronto", "Indian/Reunion"),
    "es": (
        "Europe/Madrid",
        "America/Mexico_City",
        "America/Bogota",
        "America/Argentina/Buenos_Aires",
        "Atlantic/Canary",
    ),
    # Italian and Dutch: only the families of the "blind" split use them
    "it": ("Europe/Rome", "Europe/Zurich", "Europe/San_Marino"),
    "nl": ("Europe/Amsterdam", "Europe/Brussels", "America/Paramaribo", "America/Curacao"),
    # Brazilian Portuguese and Polish: only the families of the "vault" split use them (Brazil's
    # zones below are all UTC-03:00, without daylight saving time)
    "pt": ("America/Sao_Paulo", "America/Recife", "America/Fortaleza", "America/Bahia", "America/Belem"),
    "pl": ("Europe/Warsaw",),
    # Swedish and Arabic: only the families of the "attic" split use them
    "sv": ("Europe/Stockholm", "Europe/Helsinki", "Europe/Mariehamn"),
    "ar": (
        "Asia/Riyadh",
        "Africa/Cairo",
        "Asia/Amman",
        "Asia/Dubai",
        "Asia/Beirut",
        "Africa/Casablanca",
        "Asia/Kuwait",
    ),
    # Turkish: only the families of the "cellar" split use it (Turkey and Northern Cyprus)
    "tr": ("Europe/Istanbul", "Asia/Famagusta"),
}


@dataclass(frozen=True)
class SynthPage:
    """One generated article page and its ground truth."""

    url: str
    site: str
    publisher: str
    family: str
    split: str
    language: str
    html: str
    title: str
    published_at: datetime
    body: str
    boilerplate: tuple[str, ...]
    feed_published: datetime
    tz: str
    repeated: tuple[str, ...] = ()  # body sentences the page repeats (pull quotes): once in the text

    @property
    def path(self) -> str:
        """The URL's path and query, to put after a served base URL."""
        return self.url.split(self.site, 1)[1]


# --- language strings ------------------------------------------------------------------------

UI: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "nav": (
            "Home",
            "News",
            "Local",
            "Politics",
            "Business",
            "Sport",
            "Opinion",
            "Culture",
            "Weather",
            "Obituaries",
            "Jobs",
        ),
        "sections": (
            "Local",
            "Politics",
            "Business",
            "Environment",
            "Transport",
            "Health",
            "Education",
            "Culture",
            "Sport",
        ),
        "related": (
            "Our readers are reading too",
            "More from the {short}",
            "You may also like these",
            "Most read this week",
            "Recommended for you today",
            "Trending on {name}",
        ),
        "read_more": ("Read more:", "READ MORE:", "Related:", "See also:"),
        "by": ("By",),
        "desks": (
            "Staff Reporter",
            "Local Democracy Reporter",
            "Senior Correspondent",
            "Staff Writer",
            "Business Editor",
            "Transport Correspondent",
        ),
        "share": ("Share this article", "Share this story", "Spread the word"),
        "share_sites": ("Facebook", "X", "WhatsApp", "LinkedIn", "Email", "Copy link"),
        "newsletter": (
            "Get the morning briefing from the {name} in your inbox every weekday.",
            "Sign up for our free daily newsletter and never miss a story.",
            "Join thousands of readers who get our headlines by email each morning.",
        ),
        "comments": (
            "Comments are moderated and may take up to 24 hours to appear.",
            "Please keep comments civil. We reserve the right to remove any comment.",
            "Comments on this story are now closed. Read our community guidelines.",
        ),
        "cookie": (
            "We use cookies to improve your experience and to show you relevant advertising.",
            "This site uses cookies. By continuing to browse you agree to our cookie policy.",
        ),
        "ad": (
            "Advertisement · Story continues below",
            "ADVERTISEMENT - scroll to continue reading",
            "Sponsored content from our partners",
        ),
        "copyright": (
            "© {year} {name}. All rights reserved.",
            "Copyright © {year} {name} Media Group. All rights reserved.",
            "© {name} {year}. No part of this site may be reproduced without permission.",
        ),
        "disclaimer": (
            "The views expressed by contributors are their own and not those of the {name}.",
            "{name} is a member of the Independent Press Standards Organisation.",
        ),
        "tagline": (
            "Independent news for {region} since {since}",
            "Your trusted local news source since {since}",
            "Serving {region} and beyond since {since}",
        ),
        "bio": (
            "{author} is a {desk_l} at the {name}. {first} has covered {beat} since {since2}.",
            "{author} joined the {name} in {since2} and writes about {beat}.",
            "{author} reports on {beat} for the {name}. Send story tips to the newsdesk.",
        ),
        "beats": (
            "local government",
            "transport and planning",
            "health and social care",
            "courts and crime",
            "schools and universities",
            "business and the economy",
            "the environment",
            "arts and culture",
        ),
        "editorial": (
            "This story is part of our Local Democracy series, produced in partnership "
            "with the {name} Community Reporting Fund and paid for by readers.",
        ),
        "classified": (
            "CLASSIFIEDS: Garage sale Saturday 8am to 1pm, 14 Elm Street. Tools, books, furniture.",
            "FOR SALE: 2009 Ford Ranger, 96k miles, new tires, runs great. $6,500 or best offer.",
            "HELP WANTED: Part-time bookkeeper, 20 hrs/week, call 555-0142 after 6 p.m.",
        ),
        "subscribe": (
            "Subscribe to the print edition",
            "Home delivery from $3.99 a week",
            "Subscribe to the e-edition today",
        ),
    },
    "de": {
        "nav": (
            "Startseite",
            "Lokales",
            "Region",
            "Politik",
            "Wirtschaft",
            "Sport",
            "Kultur",
            "Polizeibericht",
            "Anzeigen",
            "Traueranzeigen",
        ),
        "sections": ("Lokales", "Region", "Politik", "Wirtschaft", "Kultur", "Sport"),
        "related": (
            "Lesen Sie auch",
            "Das könnte Sie auch interessieren",
            "Meistgelesen in der Region",
            "Weitere Artikel aus {place}",
        ),
        "read_more": ("Lesen Sie auch:", "Auch interessant:", "Mehr zum Thema:"),
        "by": ("Von",),
        "desks": ("Lokalredaktion", "Redaktion Politik", "Chefreporterin", "Redaktion Wirtschaft"),
        "share": ("Artikel teilen", "Diesen Artikel teilen"),
        "share_sites": ("Facebook", "X", "WhatsApp", "E-Mail", "Link kopieren"),
        "newsletter": (
            "Der Morgenbrief: Die wichtigsten Nachrichten aus der Region jeden Morgen per E-Mail.",
            "Jetzt kostenlos für unseren Newsletter anmelden und nichts mehr verpassen.",
        ),
        "comments": (
            "Kommentare werden vor der Veröffentlichung von der Redaktion geprüft.",
            "Die Kommentarfunktion ist für diesen Artikel deaktiviert.",
        ),
        "cookie": (
            "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.",
            "Diese Website nutzt Cookies. Mit der Nutzung stimmen Sie der Datenschutzerklärung zu.",
        ),
        "ad": ("Anzeige – Artikel wird unterhalb fortgesetzt", "ANZEIGE · Lesen Sie weiter unten"),
        "copyright": (
            "© {name} {year} – Alle Rechte vorbehalten",
            "Copyright © {year} {name} GmbH & Co. KG. Alle Rechte vorbehalten.",
        ),
        "disclaimer": ("Für den Inhalt verlinkter externer Seiten übernimmt {name} keine Haftung.",),
        "tagline": (
            "Die Zeitung für {region} seit {since}",
            "Unabhängige Nachrichten aus {region} seit {since}",
        ),
        "bio": (
            "{author} schreibt seit {since2} für {name} über {beat}.",
            "{author} ist Redakteur bei {name} und berichtet über {beat}. Hinweise gern an die Redaktion.",
        ),
        "beats": (
            "Kommunalpolitik",
            "Verkehr und Stadtentwicklung",
            "Wirtschaft in der Region",
            "Schulen und Bildung",
            "Kultur und Vereinsleben",
            "Polizei und Justiz",
        ),
        "editorial": (
            "Dieser Beitrag erscheint im Rahmen unserer Serie „Zukunft der Region“, in der "
            "{name} über Bauprojekte, Verkehr und Kommunalpolitik berichtet.",
        ),
        "classified": ("Kleinanzeige: Schöne 3-Zimmer-Wohnung in ruhiger Lage ab 1. April zu vermieten.",),
        "subscribe": ("Jetzt das E-Paper abonnieren",),
    },
    "fr": {
        "nav": (
            "Accueil",
            "Actualité",
            "Région",
            "Politique",
            "Économie",
            "Sports",
            "Culture",
            "Faits divers",
            "Loisirs",
        ),
        "sections": ("Région", "Politique", "Économie", "Culture", "Sports", "Société"),
        "related": (
            "Nos lecteurs lisent aussi",
            "À lire aussi sur {short}",
            "Les plus lus de la semaine",
            "Dans la même rubrique",
        ),
        "read_more": ("À lire aussi :", "Lire aussi :", "Notre article :"),
        "by": ("Par",),
        "desks": ("rédaction régionale", "service politique", "service société", "service économie"),
        "share": ("Partager cet article", "Partager sur les réseaux"),
        "share_sites": ("Facebook", "X", "WhatsApp", "E-mail", "Copier le lien"),
        "newsletter": (
            "Recevez chaque matin l'essentiel de l'actualité de votre région.",
            "Inscrivez-vous gratuitement à notre newsletter quotidienne.",
        ),
        "comments": (
            "Les commentaires sont modérés et publiés après validation par la rédaction.",
            "Vous devez être abonné pour réagir à cet article.",
        ),
        "cookie": (
            "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.",
            "En poursuivant votre navigation, vous acceptez l'utilisation de cookies.",
        ),
        "ad": ("Publicité – la suite de l'article ci-dessous", "PUBLICITÉ · Poursuivez votre lecture"),
        "copyright": (
            "© {name} {year} – Tous droits réservés",
            "Copyright © {year} {name}. Tous droits réservés.",
        ),
        "disclaimer": ("Toute reproduction, même partielle, est interdite sans l'accord de {name}.",),
        "tagline": ("Le magazine de {region} depuis {since}", "L'actualité de {region} depuis {since}"),
        "bio": (
            "{author} est journaliste à {name} depuis {since2} et suit {beat}.",
            "{author} couvre {beat} pour {name}. Ses enquêtes paraissent chaque semaine.",
        ),
        "beats": (
            "la politique locale",
            "les transports et l'urbanisme",
            "l'économie régionale",
            "l'éducation",
            "la culture et le patrimoine",
            "la justice",
        ),
        "editorial": (
            "Cet article fait partie de notre série « Territoires », réalisée avec le "
            "soutien de nos abonnés.",
        ),
        "classified": ("Petite annonce : particulier vend maison de village avec jardin, 4 pièces.",),
        "subscribe": ("Abonnez-vous à l'édition papier",),
    },
    "es": {
        "nav": (
            "Portada",
            "Local",
            "Comarca",
            "Política",
            "Economía",
            "Deportes",
            "Cultura",
            "Sucesos",
            "Opinión",
        ),
        "sections": ("Local", "Comarca", "Política", "Economía", "Cultura", "Deportes"),
        "related": (
            "Lo más leído",
            "Nuestros lectores también leen",
            "Más noticias de {place}",
            "Te puede interesar",
        ),
        "read_more": ("Lea también:", "Te puede interesar:", "Más información:"),
        "by": ("Por",),
        "desks": ("Redacción", "Corresponsal", "Sección Local", "Agencias"),
        "share": ("Compartir esta noticia", "Comparte en redes sociales"),
        "share_sites": ("Facebook", "X", "WhatsApp", "Correo", "Copiar enlace"),
        "newsletter": (
            "Recibe cada mañana las noticias más importantes de tu comarca.",
            "Suscríbete gratis a nuestro boletín diario de noticias.",
        ),
        "comments": (
            "Los comentarios están sujetos a moderación y deben respetar las normas de participación.",
            "Para comentar es necesario estar registrado en el diario.",
        ),
        "cookie": (
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
            "Al continuar navegando, aceptas nuestra política de cookies.",
        ),
        "ad": ("Publicidad – la noticia continúa debajo", "PUBLICIDAD · Sigue leyendo abajo"),
        "copyright": (
            "© {name} {year}. Todos los derechos reservados.",
            "Copyright © {year} {name} S.L. Todos los derechos reservados.",
        ),
        "disclaimer": ("{name} no se hace responsable de las opiniones de sus lectores.",),
        "tagline": ("El diario de {region} desde {since}", "Noticias de {region} desde {since}"),
        "bio": (
            "{author} es periodista de {name} desde {since2} y cubre {beat}.",
            "{author} escribe sobre {beat} en {name}. Puedes enviarle tus propuestas a la redacción.",
        ),
        "beats": (
            "la política municipal",
            "urbanismo y movilidad",
            "la economía de la comarca",
            "la educación",
            "la cultura",
            "los tribunales",
        ),
        "editorial": (
            "Esta información forma parte del proyecto de periodismo local de {name}, "
            "financiado por sus suscriptores.",
        ),
        "classified": ("Anuncio clasificado: se alquila piso de tres habitaciones en el centro, amueblado.",),
        "subscribe": ("Suscríbete a la edición impresa",),
    },
    "it": {
        "nav": (
            "Home",
            "Cronaca",
            "Politica",
            "Economia",
            "Sport",
            "Cultura",
            "Spettacoli",
            "Provincia",
            "Necrologie",
            "Annunci",
        ),
        "sections": ("Cronaca", "Politica", "Economia", "Cultura", "Sport", "Provincia"),
        "related": (
            "Potrebbe interessarti anche",
            "Altre notizie da {place}",
            "I lettori di {short} leggono anche",
            "Le notizie più lette oggi",
        ),
        "read_more": ("Leggi anche:", "LEGGI ANCHE:", "Potrebbe interessarti:"),
        "by": ("di",),
        "desks": ("Redazione", "Cronaca locale", "Redazione Politica", "Corrispondente", "Redazione Sport"),
        "share": ("Condividi l'articolo", "Condividi questa notizia"),
        "share_sites": ("Facebook", "X", "WhatsApp", "Email", "Copia link"),
        "newsletter": (
            "Iscriviti alla newsletter e ricevi ogni mattina le notizie della tua provincia.",
            "Le notizie più importanti della giornata, direttamente nella tua casella di posta.",
        ),
        "comments": (
            "I commenti sono moderati e vengono pubblicati dopo l'approvazione della redazione.",
            "Per commentare è necessario essere registrati e aver effettuato l'accesso.",
        ),
        "cookie": (
            "Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione "
            "di terze parti.",
            "Cliccando su «Accetta» acconsenti all'uso dei cookie per finalità di misurazione e pubblicità.",
        ),
        "ad": ("Pubblicità – l'articolo continua sotto", "PUBBLICITÀ · Continua a leggere qui sotto"),
        "copyright": (
            "© {year} {name}. Tutti i diritti riservati.",
            "Copyright © {year} {name} S.r.l. Tutti i diritti riservati.",
        ),
        "disclaimer": (
            "È vietata la riproduzione, anche parziale, dei contenuti di questo sito senza "
            "l'autorizzazione dell'editore.",
        ),
        "tagline": ("Il quotidiano di {region} dal {since}", "Le notizie di {region} dal {since}"),
        "bio": (
            "{author} scrive per {name} dal {since2} e si occupa di {beat}.",
            "{author} è giornalista e scrive di {beat} per {name}. Segnalazioni alla redazione.",
        ),
        "beats": (
            "politica locale",
            "cronaca giudiziaria",
            "urbanistica e trasporti",
            "economia del territorio",
            "scuola e università",
            "cultura e spettacoli",
        ),
        "editorial": (
            "Questo articolo fa parte del progetto di giornalismo locale di {name}, sostenuto "
            "dagli abbonati.",
        ),
        "classified": ("Annuncio: affittasi bilocale arredato in centro storico, libero da aprile.",),
        "subscribe": ("Abbonati all'edizione digitale da 1 euro al mese",),
    },
    "nl": {
        "nav": (
            "Home",
            "Nieuws",
            "Sport",
            "Regio",
            "Verkeer",
            "Weer",
            "Cultuur",
            "Radio",
            "Tv",
            "Uitzending gemist",
        ),
        "sections": ("Regio", "Politiek", "Economie", "Cultuur", "Sport", "Verkeer", "Natuur"),
        "related": (
            "Meer nieuws uit de regio",
            "Ook interessant voor jou",
            "Meest gelezen van vandaag",
            "Meer nieuws van {short}",
        ),
        "read_more": ("Lees ook:", "Ook interessant:", "Meer hierover:"),
        "by": ("Door",),
        "desks": ("Redactie", "Verslaggever", "Regioredactie", "Politiek verslaggever", "Sportredactie"),
        "share": ("Deel dit artikel", "Artikel delen via"),
        "share_sites": ("WhatsApp", "Facebook", "X", "LinkedIn", "E-mail", "Link kopiëren"),
        "newsletter": (
            "Ontvang elke ochtend het belangrijkste nieuws uit de regio in je mailbox.",
            "Meld je gratis aan voor onze dagelijkse nieuwsbrief.",
        ),
        "comments": (
            "Reageren op dit artikel is niet meer mogelijk.",
            "Reacties worden gemodereerd en verschijnen na goedkeuring door de redactie.",
        ),
        "cookie": (
            "Wij gebruiken cookies om de website goed te laten werken en het gebruik te meten.",
            "Deze website maakt gebruik van cookies. Lees meer in ons cookiebeleid.",
        ),
        "ad": ("Advertentie – het artikel gaat hieronder verder", "ADVERTENTIE · Lees hieronder verder"),
        "copyright": (
            "© {year} {name}. Alle rechten voorbehouden.",
            "Copyright © {year} Stichting {name}. Alle rechten voorbehouden.",
        ),
        "disclaimer": ("{name} is niet verantwoordelijk voor de inhoud van externe websites.",),
        "tagline": (
            "Het nieuws uit {region} sinds {since}",
            "De publieke omroep voor {region} sinds {since}",
        ),
        "bio": (
            "{author} werkt sinds {since2} bij {name} en schrijft over {beat}.",
            "{author} is verslaggever bij {name} en volgt {beat}. Tips zijn welkom bij de redactie.",
        ),
        "beats": (
            "de gemeentepolitiek",
            "verkeer en vervoer",
            "zorg en welzijn",
            "het onderwijs",
            "de economie in de regio",
            "natuur en landbouw",
            "politie en justitie",
        ),
        "editorial": (
            "Dit artikel maakt deel uit van onze serie ‘Regio in beeld’, mogelijk gemaakt door de provincie.",
        ),
        "classified": ("Te huur: ruim appartement met balkon in het centrum, per direct beschikbaar.",),
        "subscribe": ("Download de gratis nieuwsapp",),
    },
    "pt": {
        "nav": (
            "Início",
            "Notícias",
            "Política",
            "Economia",
            "Esportes",
            "Entretenimento",
            "Região",
            "Tecnologia",
            "Saúde",
            "Educação",
            "Vídeos",
        ),
        "sections": ("Região", "Política", "Economia", "Saúde", "Educação", "Trânsito", "Esportes"),
        "related": (
            "Leia também",
            "Você também pode gostar",
            "Veja também no {short}",
            "Mais notícias de {place}",
        ),
        "read_more": ("Leia também:", "LEIA TAMBÉM:", "Veja também:", "Saiba mais:"),
        "by": ("Por",),
        "desks": ("Redação", "Repórter", "Correspondente", "Editoria de Política", "Editoria Regional"),
        "share": ("Compartilhe esta notícia", "Compartilhar no"),
        "share_sites": ("WhatsApp", "Facebook", "X", "Telegram", "E-mail", "Copiar link"),
        "newsletter": (
            "Receba as principais notícias da região no seu e-mail, todas as manhãs.",
            "Assine gratuitamente a nossa newsletter e fique bem informado.",
        ),
        "comments": (
            "Os comentários são de responsabilidade exclusiva de seus autores e não representam a "
            "opinião deste site.",
            "Faça login para comentar e participe da conversa com outros leitores.",
        ),
        "cookie": (
            "Utilizamos cookies para melhorar sua experiência e personalizar publicidade, conforme a "
            "nossa Política de Privacidade.",
            "Ao continuar navegando, você concorda com a nossa política de cookies.",
        ),
        "ad": ("Publicidade – a reportagem continua abaixo", "PUBLICIDADE · Continue lendo abaixo"),
        "copyright": (
            "© Copyright {year} {name}. Todos os direitos reservados.",
            "© {year} {name} Comunicação Ltda. Todos os direitos reservados.",
        ),
        "disclaimer": (
            "É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação sem "
            "autorização.",
        ),
        "tagline": ("O portal de notícias de {region} desde {since}", "Notícias de {region} desde {since}"),
        "bio": (
            "{author} cobre {beat} e está na equipe de {name} desde {since2}.",
            "{author} é jornalista e escreve sobre {beat} para {name}. Sugestões de pauta podem ser "
            "enviadas à redação.",
        ),
        "beats": (
            "política municipal",
            "mobilidade urbana e trânsito",
            "saúde pública",
            "educação",
            "economia regional",
            "cultura",
            "segurança pública",
        ),
        "editorial": (
            "Esta reportagem faz parte do projeto de jornalismo local de {name}, financiado por "
            "seus assinantes.",
        ),
        "classified": (
            "Classificados: vende-se casa com três quartos e quintal no centro, aceita financiamento.",
        ),
        "subscribe": ("Assine o portal por R$ 1,90 no primeiro mês",),
    },
    "pl": {
        "nav": (
            "Strona główna",
            "Wiadomości",
            "Region",
            "Polityka",
            "Gospodarka",
            "Sport",
            "Kultura",
            "Motoryzacja",
            "Nieruchomości",
            "Nekrologi",
        ),
        "sections": ("Region", "Polityka", "Gospodarka", "Kultura", "Sport", "Zdrowie", "Komunikacja"),
        "related": (
            "Przeczytaj również",
            "Polecamy także te artykuły",
            "Najczęściej czytane w regionie",
            "Więcej z serwisu {short}",
        ),
        "read_more": ("Czytaj także:", "Zobacz też:", "Przeczytaj również:"),
        "by": ("Autor:",),
        "desks": ("Redakcja", "Dział Miasto", "Dział Region", "Dział Sport", "Dział Gospodarka"),
        "share": ("Udostępnij artykuł", "Podziel się artykułem"),
        "share_sites": ("Facebook", "X", "WhatsApp", "E-mail", "Kopiuj link"),
        "newsletter": (
            "Zapisz się na nasz newsletter i otrzymuj najważniejsze wiadomości z regionu.",
            "Codziennie rano najważniejsze informacje z regionu prosto na Twoją skrzynkę.",
        ),
        "comments": (
            "Komentarze są moderowane i pojawiają się po zatwierdzeniu przez redakcję.",
            "Zaloguj się, aby dodać komentarz i wziąć udział w dyskusji.",
        ),
        "cookie": (
            "Korzystamy z plików cookies, aby zapewnić Ci najlepsze doświadczenia na naszej stronie.",
            "Ta strona używa ciasteczek. Dalsze korzystanie z serwisu oznacza zgodę na ich użycie.",
        ),
        "ad": ("Reklama – dalsza część artykułu poniżej", "REKLAMA · Czytaj dalej poniżej"),
        "copyright": (
            "© {year} {name}. Wszelkie prawa zastrzeżone.",
            "Copyright © {year} {name} Sp. z o.o. Wszelkie prawa zastrzeżone.",
        ),
        "disclaimer": ("Redakcja nie odpowiada za treść komentarzy zamieszczanych przez czytelników.",),
        "tagline": (
            "Twoje źródło informacji od {since} roku",
            "Niezależny portal informacyjny od {since} roku",
        ),
        "bio": (
            "{author} pisze dla portalu {name} od {since2} roku. Tematy: {beat}.",
            "{author} zajmuje się tematyką: {beat}. Masz temat? Napisz do redakcji {name}.",
        ),
        "beats": (
            "samorząd i polityka lokalna",
            "transport i inwestycje",
            "zdrowie",
            "edukacja",
            "kultura",
            "sprawy sądowe i kryminalne",
        ),
        "editorial": (
            "Artykuł powstał w ramach cyklu „Nasz region”, finansowanego przez czytelników portalu {name}.",
        ),
        "classified": ("Ogłoszenie: sprzedam mieszkanie trzypokojowe w centrum, 62 m², bezpośrednio.",),
        "subscribe": ("Wykup dostęp do wszystkich artykułów",),
    },
    "sv": {
        "nav": (
            "Start",
            "Nyheter",
            "Sport",
            "Ekonomi",
            "Kultur",
            "Nöje",
            "Familj",
            "Debatt",
            "Ledare",
            "E-tidning",
        ),
        "sections": ("Nyheter", "Politik", "Ekonomi", "Trafik", "Skola", "Kultur", "Sport"),
        "related": (
            "Läs också",
            "Fler nyheter från {place}",
            "Mer från {short} just nu",
            "Andra läser också",
        ),
        "read_more": ("LÄS ÄVEN:", "Läs också:", "LÄS MER:"),
        "by": ("Av",),
        "desks": ("Reporter", "Nyhetsreporter", "Redaktionen", "Politisk reporter", "Sportreporter"),
        "share": ("Dela artikeln", "Dela"),
        "share_sites": ("Facebook", "X", "LinkedIn", "Mejl", "Kopiera länk"),
        "newsletter": (
            "Få de viktigaste nyheterna från ditt område direkt i inkorgen varje morgon.",
            "Prenumerera på vårt kostnadsfria nyhetsbrev och missa inget från kommunen.",
        ),
        "comments": (
            "Kommentarsfältet är stängt för den här artikeln.",
            "Logga in för att kommentera och delta i samtalet.",
        ),
        "cookie": (
            "Vi använder cookies för att ge dig en bättre upplevelse och för att visa relevanta annonser.",
            "Genom att fortsätta använda webbplatsen godkänner du vår användning av cookies.",
        ),
        "ad": ("Annons – artikeln fortsätter nedanför", "ANNONS · Läs vidare nedan"),
        "copyright": (
            "© {year} {name}. Alla rättigheter förbehållna.",
            "Copyright © {name} {year}. Med ensamrätt.",
        ),
        "disclaimer": ("Innehållet får inte återges utan tillstånd från redaktionen.",),
        "tagline": ("Nyheter från {region} sedan {since}", "Din lokala tidning sedan {since}"),
        "bio": (
            "{author} är reporter på {name} och bevakar {beat}.",
            "{author} har arbetat på {name} sedan {since2} och skriver främst om {beat}.",
        ),
        "beats": (
            "kommunpolitik",
            "trafik och infrastruktur",
            "skola och utbildning",
            "vård och omsorg",
            "näringsliv",
            "kultur och nöje",
            "brott och rättsfrågor",
        ),
        "editorial": ("Artikeln ingår i granskningsserien ”Vår kommun” från {name}.",),
        "classified": ("Säljes: renoverad trea i centrala stan, 74 kvm, balkong i söderläge.",),
        "subscribe": ("Prenumerera – första månaden för 1 kr",),
    },
    "ar": {
        "nav": (
            "الرئيسية",
            "أخبار محلية",
            "سياسة",
            "اقتصاد",
            "رياضة",
            "ثقافة وفنون",
            "منوعات",
            "صحة",
            "تكنولوجيا",
            "مقالات",
            "فيديو",
        ),
        "sections": ("محليات", "سياسة", "اقتصاد", "صحة", "تعليم", "ثقافة", "رياضة"),
        "related": ("أخبار ذات صلة", "المزيد من أخبار {place}", "قد يهمك أيضا", "اخترنا لك من {name}"),
        "read_more": ("اقرأ أيضا:", "اقرأ أيضا..", "طالع أيضا:"),
        "by": ("كتب:",),
        "desks": ("محرر", "مراسل", "قسم الأخبار المحلية", "قسم الاقتصاد", "قسم التحقيقات"),
        "share": ("شارك الخبر", "مشاركة"),
        "share_sites": ("فيسبوك", "إكس", "واتساب", "تيليجرام", "نسخ الرابط"),
        "newsletter": (
            "اشترك في النشرة البريدية ليصلك أهم الأخبار المحلية كل صباح.",
            "سجل بريدك الإلكتروني لتصلك آخر الأخبار أولا بأول.",
        ),
        "comments": (
            "التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر عن رأي الموقع.",
            "سجل الدخول لإضافة تعليق والمشاركة في النقاش.",
        ),
        "cookie": (
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك وعرض إعلانات مناسبة.",
            "باستمرارك في تصفح الموقع فإنك توافق على سياسة ملفات تعريف الارتباط.",
        ),
        "ad": ("إعلان - تابع القراءة أدناه", "مساحة إعلانية - يتبع الخبر أدناه"),
        "copyright": ("جميع الحقوق محفوظة © {year} {name}", "© {year} {name}. جميع الحقوق محفوظة."),
        "disclaimer": ("يحظر نسخ أو نقل محتوى الموقع دون إذن مسبق من إدارة التحرير.",),
        "tagline": ("أخبار {region} على مدار الساعة منذ {since}", "صوت {region} منذ عام {since}"),
        "bio": (
            "{author} ضمن فريق {name} منذ عام {since2}، ومجال التغطية: {beat}.",
            "للتواصل مع {author} حول قضايا {beat}، راسل فريق تحرير {name}.",
        ),
        "beats": (
            "الشؤون البلدية",
            "النقل والبنية التحتية",
            "التعليم",
            "الصحة",
            "الاقتصاد المحلي",
            "الثقافة",
            "الحوادث والقضايا",
        ),
        "editorial": ("يأتي هذا التقرير ضمن سلسلة «مدينتنا» التي تنشرها {name}.",),
        "classified": ("للبيع: شقة ثلاث غرف في وسط المدينة بمساحة 120 مترا مربعا.",),
        "subscribe": ("اشترك الآن واحصل على الشهر الأول مجانا",),
    },
    "tr": {
        "nav": (
            "Ana Sayfa",
            "Gündem",
            "Yerel",
            "Ekonomi",
            "Spor",
            "Eğitim",
            "Sağlık",
            "Kültür-Sanat",
            "Yaşam",
            "Yazarlar",
            "Foto Galeri",
            "Video",
        ),
        "sections": ("Gündem", "Yerel", "Ekonomi", "Eğitim", "Sağlık", "Spor", "Kültür-Sanat"),
        "related": (
            "Bunlar da ilginizi çekebilir",
            "{short} Editörün Seçtikleri listesi",
            "Okurlarımız bunları da okudu",
            "Gündemden diğer önemli haberler",
        ),
        "read_more": ("İlgili Haber:", "Bunu da okuyun:", "İLGİLİ:"),
        "by": ("Haber:",),
        "desks": ("Muhabir", "Haber Merkezi", "Editör", "Yerel Haberler Servisi", "Ekonomi Servisi"),
        "share": ("Haberi paylaş", "Paylaş"),
        "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "E-posta", "Bağlantıyı kopyala"),
        "newsletter": (
            "Günün öne çıkan haberleri her sabah e-posta kutunuzda olsun.",
            "Ücretsiz e-bültenimize abone olun, hiçbir gelişmeyi kaçırmayın.",
        ),
        "comments": (
            "Yorumlar editör onayından sonra yayınlanmaktadır.",
            "Hakaret, küfür ve suç unsuru içeren yorumlar yayınlanmaz.",
        ),
        "cookie": (
            "Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için KVKK Aydınlatma Metni'ni "
            "inceleyebilirsiniz.",
            "Size daha iyi hizmet sunabilmek için çerezler kullanıyoruz; siteyi kullanarak çerez "
            "politikamızı kabul etmiş olursunuz.",
        ),
        "ad": ("Reklam – haberin devamı aşağıda", "REKLAM · Haberin devamı için kaydırın"),
        "copyright": (
            "© {year} {name}. Tüm hakları saklıdır.",
            "Copyright © {year} {name} – Her hakkı saklıdır.",
        ),
        "disclaimer": (
            "Sitede yayınlanan haberlerin izinsiz kopyalanması ve kaynak gösterilmeden kullanılması "
            "yasaktır.",
        ),
        "tagline": ("{region} ve çevresinin haber sitesi", "Yerel haberin doğru adresi: {region}"),
        "bio": (
            "{author}, {name} muhabiri olarak {beat} alanında haber yapmaktadır.",
            "{author} {since2} yılından bu yana {name} bünyesinde {beat} haberlerini takip ediyor.",
        ),
        "beats": (
            "yerel yönetimler",
            "ulaşım ve altyapı",
            "eğitim",
            "sağlık",
            "ekonomi",
            "kültür ve sanat",
            "asayiş",
        ),
        "editorial": ("Bu haber, {name} tarafından hazırlanan “Kentimiz” dizisinin bir parçasıdır.",),
        "classified": ("Sahibinden satılık 3+1 daire, merkeze yakın, 120 metrekare, doğalgazlı.",),
        "subscribe": ("E-gazeteye hemen abone olun",),
    },
}
MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    # Polish: the genitive, the form a date takes ("14 marca 2026")
    "pl": (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    # Arabic: the Egyptian and Gulf names (not the Levantine "كانون الثاني" ...)
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    "tr": (
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ),
}
AR_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")  # Monday first
TR_WEEKDAYS = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")  # Monday first
EN_SITE_WORDS = (
    "Courier",
    "Gazette",
    "Herald",
    "Chronicle",
    "Observer",
    "Post",
    "Times",
    "Examiner",
    "Sentinel",
    "Echo",
    "Clarion",
    "Dispatch",
    "Ledger",
    "Tribune",
    "Record",
)
DE_SITE_WORDS = ("Bote", "Kurier", "Anzeiger", "Rundschau", "Tagblatt", "Zeitung", "Nachrichten")
FR_SITE_FORMS = (
    "Le Courrier de {p}",
    "L'Écho de {p}",
    "La Gazette de {p}",
    "Le Journal de {p}",
    "{p} Magazine",
    "Le Réveil de {p}",
)
ES_SITE_FORMS = (
    "Diario de {p}",
    "El Heraldo de {p}",
    "La Voz de {p}",
    "El Correo de {p}",
    "Noticias de {p}",
    "La Crónica de {p}",
)
IT_SITE_FORMS = (
    "Il Corriere di {p}",
    "La Gazzetta di {p}",
    "Il Giornale di {p}",
    "La Voce di {p}",
    "L'Eco di {p}",
    "Il Cittadino di {p}",
)
NL_SITE_FORMS = ("Omroep {p}", "RTV {p}", "Radio {p}", "Regio {p}", "{p} Centraal")
PT_SITE_FORMS = ("Portal {p}", "Jornal de {p}", "Diário de {p}", "Folha de {p}", "Gazeta de {p}", "{p} Agora")
PL_SITE_FORMS = ("{p}24", "Portal {p}", "e{p}", "Nasz {p}", "{p} Online", "Echo {p}")
SV_SITE_FORMS = ("{p}s Tidning", "{p}-Posten", "Nya {p}", "{p}-Kuriren", "Tidningen {p}", "{p}s Allehanda")
TR_SITE_FORMS = ("{p} Haber", "{p} Ekspres", "Yeni {p}", "{p} Manşet", "{p} Gündem", "{p} Son Dakika")
AR_SITE_FORMS = ("صحيفة {p}", "أخبار {p}", "{p} اليوم", "صوت {p}", "بوابة {p}", "جريدة {p}", "نبض {p}")
SITE_FORMS = {
    "fr": FR_SITE_FORMS,
    "es": ES_SITE_FORMS,
    "it": IT_SITE_FORMS,
    "nl": NL_SITE_FORMS,
    "pt": PT_SITE_FORMS,
    "pl": PL_SITE_FORMS,
    "sv": SV_SITE_FORMS,
    "ar": AR_SITE_FORMS,
    "tr": TR_SITE_FORMS,
}
# a family's own site-name forms, where its sites are not newspapers (merged from the family modules)
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {}
# a family's own time zones, where its sites are of a region its language's zones do not cover (merged
# from the family modules; a family without a line draws from its language's zones, as it always did)
FAMILY_ZONES: dict[str, tuple[str, ...]] = {}
AFFIXES = ("pre_colons", "pipe", "dash_short", "emdash", "pre_pipe", "none")
PALETTE = ("#1a3d6d", "#8b0000", "#0b6e4f", "#333333", "#5b2a86", "#b35c00", "#005f73", "#9b2226")


# the letters of the scripts written without spaces between words: Han ideographs and kana (Chinese,
# Japanese) and Thai
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\u0e00-\u0e7f]")


def _words(text: str) -> int:
    """The words of a text: its whitespace-separated tokens, but a token with letters of a script
    written without spaces between words counts one word per two Han or kana characters and one per
    six Thai characters (their sum rounded up; the token's other characters do not count). A text
    with none of those letters counts as `len(text.split())`."""
    if text.isascii() or not _UNSPACED.search(text):
        return len(text.split())
    count = 0
    for token in text.split():
        thai = sum(1 for ch in token if "\u0e00" <= ch <= "\u0e7f")
        cjk = len(_UNSPACED.findall(token)) - thai
        count += -(-(3 * cjk + thai) // 6) if cjk or thai else 1
    return count


def _norm(text: str) -> str:
    return " ".join(text.split())


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in _ascii(text))
    return "-".join(p for p in out.split("-") if p)[:70].strip("-")


def esc(text: str) -> str:
    """HTML-escape text (quotes too)."""
    return escape(text, quote=True)


# --- publishers and stories ------------------------------------------------------------------


@dataclass(frozen=True)
class Author:
    """A recurring author of one publisher."""

    name: str
    desk: str
    bio: str


@dataclass(frozen=True)
class Publisher:
    """One synthetic site: its look within the family, language, zone and options."""

    family: str
    index: int
    name: str
    short: str
    host: str
    lang: str
    tz: str
    colour: str
    token: str  # class-name token (e.g. "pvp"), or generated class names in div-soup
    options: frozenset[str]
    affix: str
    og_affix: bool
    tagline: str
    related_heading: str
    read_more: str
    authors: tuple[Author, ...]
    editorial: str | None  # the fixed paragraph closing every article body (truth), if any
    seed: int

    def ui(self, key: str) -> tuple[str, ...]:
        """The publisher's language strings for `key`."""
        return UI[self.lang][key]

    def fill(self, text: str, **extra: str) -> str:
        """Format a string with the publisher's name, short name and year."""
        return text.format(name=self.name, short=self.short, year=YEAR, **extra)


@dataclass
class Story:
    """One article before rendering."""

    title: str
    path: str
    author: Author
    section: str
    published: datetime  # aware, publisher's zone
    blocks: list[tuple[str, str]]  # ("p" | "h2" | "h3", text)
    sentences: list[list[str]]  # per block, the sentences of "p" blocks ([] for headings)
    lede: int = 0  # fr-magazine: index of the chapô (the first paragraph)

    def body(self) -> str:
        return "\n".join(_norm(t) for _, t in self.blocks)


OPTIONAL = (
    "nav",
    "tagline",
    "breadcrumb",
    "share",
    "newsletter",
    "bio",
    "related",
    "pullquote",
    "readmore",
    "comments",
    "cookie",
    "ads",
    "classified",
    "disclaimer",
    "subscribe",
)


def _publisher(family: str, index: int, seed: int) -> Publisher:
    rng = random.Random(f"publisher-{seed}-{family}-{index}")
    lang = FAMILY_LANGUAGE.get(family, "en")
    prose = prose_for(lang, rng)
    place = prose.place()
    if lang == "en" and family not in FAMILY_SITE_FORMS:
        name = f"{place} {rng.choice(EN_SITE_WORDS)}"
        if rng.random() < 0.4:
            name = "The " + name
    elif lang == "de":
        name = (
            f"{place}er {rng.choice(DE_SITE_WORDS)}"
            if not place.endswith("e")
            else f"{place}r {rng.choice(DE_SITE_WORDS)}"
        )
    elif lang == "fr":
        name = (
            rng.choice(FR_SITE_FORMS)
            .format(p=place)
            .replace("de A", "d'A")
            .replace("de E", "d'E")
            .replace("de O", "d'O")
            .replace("de U", "d'U")
            .replace("de I", "d'I")
        )
    else:
        name = rng.choice(FAMILY_SITE_FORMS.get(family) or SITE_FORMS[lang]).format(p=place)
    bare = name.removeprefix("The ")
    short = (
        "".join(w[0] for w in _ascii(bare).replace("-", " ").replace("'", " ").split() if w[0].isupper())
        or bare[:3].upper()
    )
    host = _slug(romanize(bare)).replace("-", "") + f"{index if index > 1 else ''}.example"
    tz = rng.choice(FAMILY_ZONES.get(family) or ZONES[lang])
    token = (
        short.lower()
        if family != "div-soup-obfuscated"
        else "".join(rng.choice("abcdefghkmnpqrstxz") for _ in range(2))
    )
    options = {o for o in OPTIONAL if rng.random() < 0.7}
    options |= {"related", "bio"} if rng.random() < 0.8 else set()
    options |= {"pullquote"} if rng.random() < 0.5 else set()
    options |= {"readmore"} if rng.random() < 0.5 else set()
    ui = UI[lang]
    region = f"{place} {'County' if lang == 'en' else ''}".strip() if rng.random() < 0.5 else place
    tagline = rng.choice(ui["tagline"]).format(region=region, since=rng.randint(1848, 1990))
    related = rng.choice(ui["related"]).format(short=short, name=bare, place=place)
    authors = []
    used: set[str] = set()
    for _ in range(rng.randint(3, 5)):
        author = prose.person()
        while author in used:
            author = prose.person()
        used.add(author)
        desk = rng.choice(ui["desks"])
        bio = rng.choice(ui["bio"]).format(
            author=author,
            first=author.split()[0],
            name=bare,
            desk_l=desk.lower(),
            beat=rng.choice(ui["beats"]),
            since2=rng.randint(2004, 2024),
        )
        authors.append(Author(author, desk, bio))
    editorial = None
    if family in ("wordpress-classic", "de-regional", "es-diario") and rng.random() < 0.75:
        editorial = rng.choice(ui["editorial"]).format(name=bare)
    return Publisher(
        family=family,
        index=index,
        name=name,
        short=short,
        host=host,
        lang=lang,
        tz=tz,
        colour=rng.choice(PALETTE),
        token=token,
        options=frozenset(options),
        affix=rng.choice(AFFIXES[:-1]) if rng.random() < 0.9 else "none",
        og_affix=rng.random() < 0.4,
        tagline=tagline,
        related_heading=related,
        read_more=rng.choice(ui["read_more"]),
        authors=tuple(authors),
        editorial=editorial,
        seed=seed,
    )


def _path(pub: Publisher, rng: random.Random, local: datetime, section: str, slug: str, n: int) -> str:
    sec = _slug(section)
    f = pub.family
    if f in ("wordpress-classic", "html5-semantic"):
        return f"/{local:%Y/%m/%d}/{slug}/"
    if f in ("table-2000s", "table-frames-legacy"):
        return f"/news/story.php?id={40000 + pub.index * 1000 + n}"
    if f == "amp":
        return f"/amp/{sec}/{slug}-{n + 100}"
    if f == "de-regional":
        return f"/{sec}/{slug}-art{1000000 + rng.randint(0, 899999)}.html"
    if f == "fr-magazine":
        return f"/{sec}/{slug}_{rng.randint(1000000, 9999999)}.html"
    if f == "es-diario":
        return f"/{sec}/{local:%Y%m%d}/{slug}-{rng.randint(10000, 99999)}.html"
    if f == "plain-p-blog":
        return f"/{local:%Y/%m}/{slug}.html"
    if f == "drupal-node":
        return f"/news/{sec}/{slug}"
    return f"/{sec}/{slug}-{rng.randint(100000, 999999)}"


def _stories(pub: Publisher, count: int) -> list[Story]:
    zone = ZoneInfo(pub.tz)
    out: list[Story] = []
    titles: set[str] = set()
    for n in range(count):
        rng = random.Random(f"story-{pub.seed}-{pub.family}-{pub.index}-{n}")
        prose = prose_for(pub.lang, rng)
        title = prose.title()
        while title in titles or _words(title) < 4:
            title = prose.title()
        titles.add(title)
        naive = START + timedelta(
            days=rng.randint(0, DAYS), hours=rng.randint(6, 22), minutes=rng.randint(0, 59)
        )
        local = naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)  # skip DST gaps
        blocks, sentences = _body(pub, prose, rng)
        section = rng.choice(pub.ui("sections"))
        path = _path(pub, rng, local, section, _slug(title), n)
        out.append(Story(title, path, rng.choice(pub.authors), section, local, blocks, sentences))
    out.sort(key=lambda s: s.published)
    return out


def _body(pub: Publisher, prose: Prose, rng: random.Random) -> tuple[list[tuple[str, str]], list[list[str]]]:
    n = rng.randint(4, 14)
    low, high = max(250, n * 22), min(900, n * 110)
    target = rng.randint(low, high)
    per = target / n
    blocks: list[tuple[str, str]] = []
    sentences: list[list[str]] = []
    words = 0
    for i in range(n):
        share = max(15, int(min(per * rng.uniform(0.7, 1.3), high - words - 15 * (n - i - 1))))
        sents: list[str] = []
        count = 0
        while count < share or not sents:
            s = prose.sentence()
            sents.append(s)
            count += _words(s)
        if i == n - 1 and pub.editorial:
            sents = [pub.editorial]
            count = _words(pub.editorial)
        sentences.append(sents)
        words += count
    free = len(sentences) - (2 if pub.editorial else 1)  # the last paragraph that may change
    while words < 250:  # keep the body within 250-900 words
        s = prose.sentence()
        sentences[free].append(s)
        words += _words(s)
    while words > 900:
        longest = max(range(len(sentences)), key=lambda k: len(sentences[k]) if k <= free else 0)
        words -= _words(sentences[longest].pop())
    for sents in sentences:
        blocks.append(("p", " ".join(sents)))
    if n >= 6 and rng.random() < 0.5:
        spots = sorted(rng.sample(range(2, n - 1), k=min(rng.randint(1, 3), n - 3)), reverse=True)
        for spot in spots:
            blocks.insert(spot, (rng.choice(("h2", "h2", "h3")), prose.subheading()))
            sentences.insert(spot, [])
    return blocks, sentences


# --- rendering context -----------------------------------------------------------------------


@dataclass
class Ctx:
    """What a family renderer needs, and the boilerplate snippets it records."""

    pub: Publisher
    story: Story
    others: list[Story]
    rng: random.Random
    bp: list[str] = field(default_factory=list)
    repeated: list[str] = field(default_factory=list)

    def has(self, option: str) -> bool:
        return option in self.pub.options

    def snip(self, text: str) -> str:
        """Record `text` as a boilerplate snippet (if four words or more) and return it."""
        if _words(text) >= 4 and _norm(text) not in self.bp:
            self.bp.append(_norm(text))
        return text

    def stable(self, key: str) -> random.Random:
        """A generator whose choices are the same on every page of the publisher (one per `key`)."""
        return random.Random(f"{self.pub.host}-{key}")

    def pick(self, key: str) -> str:
        """A publisher-stable choice among the language strings of `key`, filled in."""
        return self.pub.fill(self.stable(key).choice(self.pub.ui(key)))

    # -- metadata --

    def page_title(self) -> str:
        t, p = self.story.title, self.pub
        return {
            "pre_colons": f"{p.name} :: {t}",
            "pipe": f"{t} | {p.name}",
            "dash_short": f"{t} - {p.short}",
            "emdash": f"{t} \u2014 {p.name}",
            "pre_pipe": f"{p.name} | {t}",
            "none": t,
        }[p.affix]

    def og_title(self) -> str:
        return self.page_title() if self.pub.og_affix else self.story.title

    def url(self, story: Story | None = None) -> str:
        return f"http://{self.pub.host}{(story or self.story).path}"

    def iso(self, naive: bool = False, utc: bool = False) -> str:
        dt = self.story.published
        if naive:
            return dt.replace(tzinfo=None).isoformat(timespec="seconds")
        if utc:
            return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return dt.isoformat(timespec="seconds")

    def human_date(self, style: int = 0, dt: datetime | None = None) -> str:
        d = dt or self.story.published
        m = MONTHS[self.pub.lang][d.month - 1]
        lang = self.pub.lang
        if lang == "de":
            return f"{d:%d.%m.%Y}, {d:%H:%M} Uhr"
        if lang == "fr":
            return f"{d.day} {m} {d.year} à {d:%H}h{d:%M}"
        if lang == "es":
            return f"{d.day} de {m} de {d.year}, {d:%H:%M}"
        if lang in ("it", "nl"):
            return f"{d.day} {m} {d.year}, {d:%H:%M}"
        if lang == "pt":
            return f"{d:%d/%m/%Y} {d:%H}h{d:%M}"
        if lang == "pl":
            return f"{d:%d.%m.%Y}, {d:%H:%M}"
        if lang == "sv":  # "7 dec 2026 kl. 14.30" (mars, juni, juli in full)
            return f"{d.day} {m[:3] if len(m) > 4 else m} {d.year} kl. {d:%H.%M}"
        if lang == "ar":  # "السبت، 07 مارس 2026 02:30 م"
            return f"{AR_WEEKDAYS[d.weekday()]}، {d:%d} {m} {d.year} {d:%I:%M} {'ص' if d.hour < 12 else 'م'}"
        if lang == "tr":  # "7 Mart 2026 Cumartesi 14:30"
            return f"{d.day} {m} {d.year} {TR_WEEKDAYS[d.weekday()]} {d:%H:%M}"
        if style == 1:
            return f"{d.day} {m} {d.year}, {d:%H:%M}"
        if style == 2:
            return f"{d:%m/%d/%Y %I:%M %p} {d.tzname()}"
        hour = d.hour % 12 or 12
        return f"{m} {d.day}, {d.year} at {hour}:{d:%M} {'a.m.' if d.hour < 12 else 'p.m.'} {d.tzname()}"

    def dateline(self, style: int = 0) -> str:
        word = {
            "en": "Published",
            "de": "Veröffentlicht am",
            "fr": "Publié le",
            "es": "Publicado el",
            "it": "Pubblicato il",
            "nl": "Gepubliceerd op",
            "pt": "Publicado em",
            "pl": "Opublikowano",
            "sv": "Publicerad",
            "ar": "نشر في",
            "tr": "Yayınlanma:",
        }
        return self.snip(f"{word[self.pub.lang]} {self.human_date(style)}")

    def byline(self) -> str:
        a = self.story.author
        sep = " | " if self.pub.lang == "es" else ", "
        return self.snip(f"{self.pub.ui('by')[0]} {a.name}{sep}{a.desk}")

    def jsonld(self, date: str, with_affix: bool = False) -> str:
        import json

        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.page_title() if with_affix else self.story.title,
            "datePublished": date,
            "author": {"@type": "Person", "name": self.story.author.name},
            "publisher": {"@type": "Organization", "name": self.pub.name},
            "mainEntityOfPage": self.url(),
            "inLanguage": self.pub.lang,
        }
        return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'

    def head(self, extra: str = "", charset: bool = True) -> str:
        lines = [
            '<meta charset="utf-8">'
            if charset
            else '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
            f"<title>{esc(self.page_title())}</title>",
            f'<meta property="og:title" content="{esc(self.og_title())}">',
            f'<meta property="og:site_name" content="{esc(self.pub.name)}">',
            f'<meta property="og:url" content="{esc(self.url())}">',
            f'<link rel="canonical" href="{esc(self.url())}">',
            extra,
        ]
        return "\n".join(x for x in lines if x)

    # -- blocks of text --

    def nav_items(self, sep: str = " ") -> list[str]:
        items = list(self.pub.ui("nav"))
        r = random.Random(f"{self.pub.host}-nav")
        keep = items[:1] + sorted(
            r.sample(items[1:], k=min(len(items) - 1, r.randint(5, 8))), key=items.index
        )
        self.snip(sep.join(keep[:5]))
        return keep

    def breadcrumb(self, sep: str = "\u203a") -> list[str]:
        middle = {
            "en": "News",
            "de": "Nachrichten",
            "fr": "Actualité",
            "es": "Noticias",
            "it": "Notizie",
            "nl": "Nieuws",
            "pt": "Notícias",
            "pl": "Wiadomości",
            "sv": "Nyheter",
            "ar": "أخبار",
            "tr": "Haberler",
        }[self.pub.lang]
        items = [self.pub.ui("nav")[0], middle, self.story.section]
        self.snip(f" {sep} ".join(items))
        return items

    def repath(self, path: Callable[[Story], str]) -> None:
        """Give every story of the publisher the family's own URL path (the same on every call, so
        links between its pages and each page's URL agree whichever page renders first)."""
        for other in self.others:
            other.path = path(other)

    def pick_others(self, count: int) -> list[Story]:
        """`count` of the publisher's other stories (all of them when it has fewer), drawn with the
        page's random generator."""
        pool = [s for s in self.others if s is not self.story]
        return self.rng.sample(pool, k=min(len(pool), count))

    def related(self, count: int | None = None) -> tuple[str, list[Story]]:
        picks = self.pick_others(count or self.rng.randint(3, 6))
        self.snip(self.pub.related_heading)
        for s in picks:
            self.snip(s.title)
        return self.pub.related_heading, picks

    def share(self) -> tuple[str, list[str]]:
        label = self.pick("share")
        sites = list(self.pub.ui("share_sites"))
        self.snip(" ".join([label, *sites[:3]]))
        return label, sites

    def text(self, key: str) -> str:
        return self.snip(self.pick(key))

    def bio(self) -> str:
        return self.snip(self.story.author.bio)

    def copyright(self) -> str:
        return self.snip(self.pick("copyright"))

    # -- the body --

    def body_html(
        self,
        p: Callable[[str], str] | None = None,
        heading: Callable[[str, str], str] | None = None,
        pullquote: Callable[[str], str] | None = None,
        teaser: Callable[[str, str], str] | None = None,
        ad: Callable[[str], str] | None = None,
        inline: bool = True,
    ) -> list[str]:
        """The body blocks rendered, with pull quote, read-more teaser and ad slots mixed in."""
        p = p or (lambda h: f"<p>{h}</p>")
        heading = heading or (lambda tag, h: f"<{tag}>{h}</{tag}>")
        blocks = self.story.blocks
        paras = [i for i, (tag, _) in enumerate(blocks) if tag == "p"]
        extras: dict[int, list[str]] = {}
        rng = self.rng
        if pullquote and self.has("pullquote") and len(paras) >= 4:
            src = rng.choice(paras[1:-1])
            cands = [s for s in self.story.sentences[src] if 6 <= _words(s) <= 40]
            if cands:
                sent = rng.choice(cands)
                self.repeated.append(_norm(sent))
                extras.setdefault(rng.choice(paras[1:-1]), []).append(pullquote(esc(sent)))
        if teaser and self.has("readmore") and len(paras) >= 4:
            pool = [s for s in self.others if s is not self.story]
            for other in rng.sample(pool, k=min(len(pool), rng.randint(1, 2))):
                self.snip(f"{self.pub.read_more} {other.title}")
                link = f'<a href="{esc(other.path)}">{esc(other.title)}</a>'
                extras.setdefault(rng.choice(paras[:-1]), []).append(teaser(esc(self.pub.read_more), link))
        if ad and self.has("ads") and len(paras) >= 5:
            extras.setdefault(paras[len(paras) // 2], []).append(ad(esc(self.text("ad"))))
        out: list[str] = []
        for i, (tag, text) in enumerate(blocks):
            if tag == "p":
                out.append(p(self.inline(text) if inline else esc(text)))
            else:
                out.append(heading(tag, esc(text)))
            out.extend(extras.get(i, []))
        return out

    def inline(self, text: str) -> str:
        """Escape a paragraph, sometimes wrapping a few of its words in a link or emphasis."""
        words = text.split(" ")
        if self.rng.random() < 0.25 and len(words) > 8:
            i = self.rng.randrange(1, len(words) - 4)
            k = self.rng.randint(1, 3)
            inner = esc(" ".join(words[i : i + k]))
            tag = self.rng.choice(("a", "a", "em", "strong"))
            wrapped = (
                f'<a href="/topic/{_slug(inner) or "news"}">{inner}</a>'
                if tag == "a"
                else f"<{tag}>{inner}</{tag}>"
            )
            return " ".join([esc(" ".join(words[:i])), wrapped, esc(" ".join(words[i + k :]))]).strip()
        return esc(text)


def _j(lines: Iterable[str]) -> str:
    return "\n".join(x for x in lines if x)


def _related_ps(c: Ctx, strong: str = "strong") -> list[str]:
    """The related block as a bold heading paragraph followed by one linked headline per paragraph."""
    heading, picks = c.related()
    return [
        f"<p><{strong}>{esc(heading)}</{strong}></p>",
        *[f'<p><a href="{esc(s.path)}">{esc(s.title)}</a></p>' for s in picks],
    ]


def _share_links(c: Ctx, wrap: Callable[[str], str] = lambda x: x) -> list[str]:
    label, sites = c.share()
    return [
        esc(label),
        *[wrap(f'<a href="https://share.example/{_slug(s)}?u={esc(c.url())}">{esc(s)}</a>') for s in sites],
    ]


def _nav_links(c: Ctx, sep: str = " ") -> list[str]:
    """The navigation links; `sep` is the visible text between two of them (for the snippet)."""
    return [f'<a href="/{_slug(i) if n else ""}">{esc(i)}</a>' for n, i in enumerate(c.nav_items(sep))]


# --- train families --------------------------------------------------------------------------


def render_html5_semantic(c: Ctx) -> str:
    t, s = c.pub.token, c.story
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{c.pub.lang}">',
        "<head>",
        c.head(c.jsonld(c.iso())),
        f"<style>.{t}-head{{color:{c.pub.colour}}}</style>",
        "</head>",
        "<body>",
        f'<header class="{t}-masthead">',
        f'<a class="{t}-logo" href="/">{esc(c.pub.name)}</a>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="{t}-tagline">{esc(c.snip(c.pub.tagline))}</p>')
    if c.has("nav"):
        lines += ["<nav>", "<ul>", *[f"<li>{a}</li>" for a in _nav_links(c)], "</ul>", "</nav>"]
    lines.append("</header>")
    lines.append("<main>")
    if c.has("breadcrumb"):
        crumbs = c.breadcrumb()
        lines.append(f'<nav class="breadcrumb" aria-label="Breadcrumb">{esc(" › ".join(crumbs))}</nav>')
    lines += [
        "<article>",
        "<header>",
        f'<h1 class="{t}-head">{esc(s.title)}</h1>',
        f'<p class="byline">{esc(c.byline())}</p>',
        f'<p class="dateline"><time datetime="{c.iso()}">{esc(c.dateline())}</time></p>',
        "</header>",
    ]
    if c.has("share"):
        lines += [f'<div class="{t}-share">', *_share_links(c), "</div>"]
    lines.append(f'<div class="{t}-body article-body">')
    lines += c.body_html(
        pullquote=lambda q: f'<blockquote class="pullquote"><p>{q}</p></blockquote>',
        teaser=lambda rm, a: f"<p><strong>{rm}</strong> {a}</p>",
        ad=lambda x: f'<div class="ad-slot"><span>{x}</span></div>',
    )
    if c.has("related"):
        lines += _related_ps(c)
    lines.append("</div>")
    if c.has("bio"):
        lines += [f'<section class="{t}-author">', f"<p>{esc(c.bio())}</p>", "</section>"]
    lines.append("</article>")
    if c.has("newsletter"):
        lines += [
            '<aside class="newsletter">',
            "<h2>Newsletter</h2>",
            f"<p>{esc(c.text('newsletter'))}</p>",
            '<form><input type="email"><button>Sign up</button></form>',
            "</aside>",
        ]
    if c.has("comments"):
        lines.append(f'<section id="comments"><p>{esc(c.text("comments"))}</p></section>')
    lines.append("</main>")
    lines += ["<footer>", f"<p>{esc(c.copyright())}</p>"]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines.append("</footer>")
    if c.has("cookie"):
        lines.append(
            f'<div class="cookie-banner" role="dialog"><p>{esc(c.text("cookie"))}</p>'
            f"<button>Accept</button></div>"
        )
    lines += ["</body>", "</html>"]
    return _j(lines)


def render_wordpress_classic(c: Ctx) -> str:
    t, s = c.pub.token, c.story
    pid = c.rng.randint(1000, 99999)
    meta = f'<meta property="article:published_time" content="{c.iso()}">'
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{c.pub.lang}-US">',
        "<head>",
        c.head(meta),
        f"<link rel='stylesheet' id='{t}-style-css' href='/wp-content/themes/{t}/style.css' media='all' />",
        "</head>",
        f'<body class="post-template-default single single-post postid-{pid} wp-embed-responsive">',
        '<div id="page" class="site">',
        '<header id="masthead" class="site-header">',
        '<div class="site-branding">',
        f'<p class="site-title"><a href="/" rel="home">{esc(c.pub.name)}</a></p>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="site-description">{esc(c.snip(c.pub.tagline))}</p>')
    lines.append("</div>")
    if c.has("nav"):
        lines += [
            '<nav id="site-navigation" class="main-navigation">',
            '<ul id="primary-menu" class="menu">',
            *[f'<li class="menu-item">{a}</li>' for a in _nav_links(c)],
            "</ul>",
            "</nav>",
        ]
    lines += [
        "</header>",
        '<div id="content" class="site-content">',
        '<div id="primary" class="content-area">',
        '<main id="main" class="site-main">',
        f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard '
        f'hentry category-{_slug(s.section)}">',
        '<header class="entry-header">',
        f'<h1 class="entry-title">{esc(s.title)}</h1>',
        '<div class="entry-meta">',
        f'<span class="posted-on">{esc(c.dateline())} <time class="entry-date published" '
        f'datetime="{c.iso()}"></time></span>',
        f'<span class="byline"> {esc(c.byline())}</span>',
        "</div>",
        "</header>",
        '<div class="entry-content">',
    ]
    lines += c.body_html(
        pullquote=lambda q: f'<blockquote class="wp-block-pullquote"><p>{q}</p></blockquote>',
        teaser=lambda rm, a: f"<p>{rm} {a}</p>",
        ad=lambda x: f'<div class="code-block code-block-2"><p>{x}</p></div>',
    )
    if c.has("share"):
        lines += [
            '<div class="sharedaddy sd-sharing-enabled">',
            '<h3 class="sd-title">',
            *_share_links(c),
            "</h3>",
            "</div>",
        ]
    if c.has("related"):
        lines += _related_ps(c)
    lines.append("</div>")
    lines.append(
        f'<footer class="entry-footer"><span class="cat-links">Posted in '
        f'<a href="/category/{_slug(s.section)}/">{esc(s.section)}</a></span></footer>'
    )
    if c.has("bio"):
        lines += [
            '<div class="author-info">',
            f'<h2 class="author-title">About {esc(s.author.name)}</h2>',
            f'<p class="author-bio">{esc(c.bio())}</p>',
            "</div>",
        ]
    lines.append("</article>")
    if c.has("comments"):
        lines += [
            '<div id="comments" class="comments-area">',
            f'<p class="comment-notice">{esc(c.text("comments"))}</p>',
            '<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3></div>',
            "</div>",
        ]
    lines += [
        "</main>",
        "</div>",
        '<aside id="secondary" class="widget-area">',
        '<section class="widget widget_search">',
        '<form role="search" class="search-form"><input type="search" name="s"></form></section>',
        '<section class="widget widget_recent_entries">',
        '<h2 class="widget-title">Recent Posts</h2>',
        "<ul>",
    ]
    for other in [o for o in c.others if o is not s][-5:]:
        lines.append(f'<li><a href="{esc(other.path)}">{esc(c.snip(other.title))}</a></li>')
    lines += ["</ul>", "</section>"]
    if c.has("newsletter"):
        lines += [
            '<section class="widget widget_text">',
            f'<div class="textwidget"><p>{esc(c.text("newsletter"))}</p>',
            "</div>",
            "</section>",
        ]
    if c.has("classified"):
        lines.append(
            f'<section class="widget widget_custom_html"><p>{esc(c.text("classified"))}</p></section>'
        )
    lines += [
        "</aside>",
        "</div>",
        '<footer id="colophon" class="site-footer">',
        '<div class="site-info">',
        f"<p>{esc(c.copyright())}</p>",
        f'<a href="https://wordpress.org/">{esc(c.snip("Proudly powered by WordPress"))}</a>',
        "</div>",
    ]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines.append("</footer>")
    if c.has("cookie"):
        lines.append(
            f'<div id="cookie-law-info-bar"><span>{esc(c.text("cookie"))}</span>'
            f'<a role="button" class="cli_action_button">ACCEPT</a></div>'
        )
    lines += ["</div>", "</body>", "</html>"]
    return _j(lines)


def _font(text: str, size: int = 2, face: str = "Verdana, Arial, Helvetica") -> str:
    return f'<font face="{face}" size="{size}">{text}</font>'


def render_table_2000s(c: Ctx) -> str:
    s, col = c.story, c.pub.colour
    lines = [
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
        "<html>",
        "<head>",
        c.head(charset=False),
        "</head>",
        f'<body bgcolor="#ffffff" text="#000000" link="{col}" vlink="#666666" topmargin="0" leftmargin="0">',
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">',
        f'<tr><td bgcolor="{col}" colspan="2">',
        _font(f'<b><font color="#ffffff">{esc(c.pub.name)}</font></b>', 6, "Times New Roman"),
    ]
    if c.has("tagline"):
        lines.append("<br>\n" + _font(f'<font color="#ffffff"><i>{esc(c.snip(c.pub.tagline))}</i></font>', 2))
    lines.append("</td></tr>")
    lines.append('<tr><td width="150" valign="top" bgcolor="#eeeeee">')
    lines.append('<table width="150" border="0" cellpadding="4"><tr><td>')
    if c.has("nav"):
        lines.append(_font("<br>\n".join(_nav_links(c)), 2))
    lines.append("</td></tr>")
    lines.append("<tr><td>" + _font(f"<b>{esc(c.snip(c.pick('subscribe')))}</b>", 1) + "</td></tr>")
    if c.has("classified"):
        lines.append("<tr><td>" + _font(esc(c.text("classified")), 1) + "</td></tr>")
    lines += [
        "</table>",
        "</td>",
        '<td valign="top">',
        '<table width="100%" border="0" cellpadding="8">',
        "<tr><td>",
        _font(f"<b>{esc(s.title)}</b>", 5, "Georgia, Times"),
        "</td></tr>",
        "<tr><td>" + _font(f"<i>{esc(c.byline())}</i><br>\n{esc(c.dateline(2))}", 1) + "</td></tr>",
        "<tr><td>",
    ]
    body = c.body_html(
        p=lambda h: _font(h) + "<br>\n<br>",
        heading=lambda tag, h: _font(f"<b>{h}</b>", 3) + "<br>",
        teaser=lambda rm, a: _font(f"<b>{rm}</b> {a}") + "<br>\n<br>",
    )
    lines += body
    lines.append("</td></tr>")
    if c.has("related"):
        lines.append("<tr><td>" + _j(_related_ps(c, "b")) + "</td></tr>")
    if c.has("bio"):
        lines.append("<tr><td>" + _font(f"<i>{esc(c.bio())}</i>", 1) + "</td></tr>")
    if c.has("comments"):
        lines.append("<tr><td>" + _font(esc(c.text("comments")), 1) + "</td></tr>")
    lines += ["</table>", "</td></tr>", '<tr><td colspan="2" align="center">', _font(esc(c.copyright()), 1)]
    if c.has("disclaimer"):
        lines.append("<br>\n" + _font(esc(c.text("disclaimer")), 1))
    lines += ["</td></tr>", "</table>", "</body>", "</html>"]
    return _j(lines)


def render_bootstrap_blog(c: Ctx) -> str:
    t, s = c.pub.token, c.story
    meta = f'<meta property="article:published_time" content="{c.iso(utc=True)}">'
    lines = [
        "<!doctype html>",
        f'<html lang="{c.pub.lang}">',
        "<head>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        c.head(meta),
        '<link href="https://cdn.example/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">',
        "</head>",
        "<body>",
        f'<nav class="navbar navbar-expand-lg navbar-dark" style="background:{c.pub.colour}">',
        '<div class="container">',
        f'<a class="navbar-brand" href="/">{esc(c.pub.name)}</a>',
    ]
    if c.has("nav"):
        links = [a.replace("<a ", '<a class="nav-link" ') for a in _nav_links(c)]
        lines += [
            '<ul class="navbar-nav me-auto">',
            *[f'<li class="nav-item">{a}</li>' for a in links],
            "</ul>",
        ]
    lines += ["</div>", "</nav>", '<div class="container my-4">']
    if c.has("tagline"):
        lines.append(f'<p class="lead text-muted">{esc(c.snip(c.pub.tagline))}</p>')
    if c.has("breadcrumb"):
        crumbs = c.breadcrumb("/")
        lines += [
            '<nav aria-label="breadcrumb"><ol class="breadcrumb">',
            " / ".join(f'<li class="breadcrumb-item">{esc(x)}</li>' for x in crumbs),
            "</ol></nav>",
        ]
    lines += [
        '<div class="row">',
        f'<div class="col-md-8 {t}-post">',
        f'<h1 class="display-5 fw-bold">{esc(s.title)}</h1>',
        f'<p class="text-muted small">{esc(c.byline())} &middot; {esc(c.dateline(1))}</p>',
    ]
    lines += c.body_html(
        pullquote=lambda q: (
            f'<figure class="text-center my-4"><blockquote class="blockquote">'
            f"<p>{q}</p></blockquote></figure>"
        ),
        teaser=lambda rm, a: f'<p class="fst-italic">{rm} {a}</p>',
        ad=lambda x: f'<div class="alert alert-light text-center small">{x}</div>',
    )
    if c.has("share"):
        lines += ['<div class="d-flex gap-2 my-3">', *_share_links(c), "</div>"]
    if c.has("bio"):
        lines += [
            '<div class="card author-card my-4"><div class="card-body">',
            f'<h5 class="card-title">{esc(s.author.name)}</h5>',
            f'<p class="card-text">{esc(c.bio())}</p>',
            "</div></div>",
        ]
    if c.has("comments"):
        lines.append(f'<div class="alert alert-secondary">{esc(c.text("comments"))}</div>')
    lines += ["</div>", '<div class="col-md-4">']
    if c.has("related"):
        heading, picks = c.related()
        lines += [
            '<div class="card mb-3">',
            f'<div class="card-header">{esc(heading)}</div>',
            '<ul class="list-group">',
            *[f'<li class="list-group-item"><a href="{esc(x.path)}">{esc(x.title)}</a></li>' for x in picks],
            "</ul>",
            "</div>",
        ]
    if c.has("newsletter"):
        lines += [
            '<div class="card"><div class="card-body">',
            f'<p class="card-text">{esc(c.text("newsletter"))}</p>',
            '<input class="form-control" type="email" placeholder="you@example.com">',
            '<button class="btn btn-primary mt-2">Subscribe</button>',
            "</div></div>",
        ]
    lines += [
        "</div>",
        "</div>",
        "</div>",
        '<footer class="bg-light py-4 mt-5"><div class="container">',
        f'<p class="mb-0">{esc(c.copyright())}</p>',
    ]
    if c.has("disclaimer"):
        lines.append(f'<p class="small">{esc(c.text("disclaimer"))}</p>')
    lines.append("</div></footer>")
    if c.has("cookie"):
        lines.append(
            f'<div class="alert alert-info fixed-bottom m-0">{esc(c.text("cookie"))} '
            f'<button class="btn btn-sm btn-dark">OK</button></div>'
        )
    lines += ["</body>", "</html>"]
    return _j(lines)


def render_de_regional(c: Ctx) -> str:
    t, s = c.pub.token, c.story
    lines = [
        "<!DOCTYPE html>",
        '<html lang="de">',
        "<head>",
        c.head(c.jsonld(c.iso(), with_affix=c.pub.og_affix)),
        "</head>",
        f'<body class="{t}-seite artikelseite">',
    ]
    if c.has("cookie"):
        lines.append(
            f'<div class="consent-layer"><p>{esc(c.text("cookie"))}</p>'
            "<button>Alle akzeptieren</button></div>"
        )
    lines += [f'<header class="{t}-kopf">', f'<a class="{t}-logo" href="/">{esc(c.pub.name)}</a>']
    if c.has("tagline"):
        lines.append(f'<span class="{t}-claim">{esc(c.snip(c.pub.tagline))}</span>')
    if c.has("nav"):
        lines += [f'<nav class="{t}-ressorts">', *_nav_links(c), "</nav>"]
    lines.append("</header>")
    if c.has("breadcrumb"):
        lines.append(f'<div class="brotkrumen">{esc(" › ".join(c.breadcrumb()))}</div>')
    lines += [
        f'<article class="artikel {t}-artikel">',
        '<header class="artikel__kopf">',
        f'<span class="artikel__dachzeile">{esc(s.section)}</span>',
        f'<h1 class="artikel__titel">{esc(s.title)}</h1>',
        f'<div class="artikel__meta"><span class="autor">{esc(c.byline())}</span>',
        f'<time datetime="{c.iso()}">{esc(c.dateline())}</time></div>',
        "</header>",
        '<div class="artikel__text">',
    ]
    lines += c.body_html(
        p=lambda h: f'<p class="absatz">{h}</p>',
        heading=lambda tag, h: f'<{tag} class="zwischentitel">{h}</{tag}>',
        pullquote=lambda q: f'<aside class="zitat"><p>{q}</p></aside>',
        teaser=lambda rm, a: f'<p class="weiterlesen"><strong>{rm}</strong> {a}</p>',
        ad=lambda x: f'<div class="anzeige"><span class="anzeige__label">{x}</span></div>',
    )
    lines.append("</div>")
    if c.has("related"):
        lines += _related_ps(c)
    if c.has("bio"):
        lines.append(f'<div class="autorenbox"><p>{esc(c.bio())}</p></div>')
    if c.has("share"):
        lines += ['<div class="teilen">', *_share_links(c), "</div>"]
    lines.append("</article>")
    if c.has("newsletter"):
        lines.append(f'<div class="newsletter-box"><p>{esc(c.text("newsletter"))}</p></div>')
    if c.has("comments"):
        lines.append(f'<div class="kommentare"><p>{esc(c.text("comments"))}</p></div>')
    lines += [
        '<footer class="seitenfuss">',
        '<a href="/impressum">Impressum</a>',
        '<a href="/datenschutz">Datenschutz</a>',
        f"<p>{esc(c.copyright())}</p>",
    ]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines += ["</footer>", "</body>", "</html>"]
    return _j(lines)


def render_drupal_node(c: Ctx) -> str:
    t, s = c.pub.token, c.story
    nid = c.rng.randint(1000, 50000)
    meta = f'<meta property="article:published_time" content="{c.iso()}">'
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{c.pub.lang}" dir="ltr">',
        "<head>",
        c.head(meta),
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">',
        "</head>",
        f'<body class="path-node page-node-type-article {t}-theme">',
        '<div class="dialog-off-canvas-main-canvas">',
        '<div class="layout-container">',
        '<header role="banner">',
        f'<div id="block-{t}-branding" class="block block-system">',
        f'<a href="/" rel="home" class="site-logo">{esc(c.pub.name)}</a>',
    ]
    if c.has("tagline"):
        lines.append(f'<div class="site-slogan">{esc(c.snip(c.pub.tagline))}</div>')
    lines.append("</div>")
    if c.has("nav"):
        lines += [
            f'<nav role="navigation" id="block-{t}-main-menu">',
            '<ul class="menu">',
            *[f'<li class="menu-item">{a}</li>' for a in _nav_links(c)],
            "</ul>",
            "</nav>",
        ]
    lines.append("</header>")
    if c.has("breadcrumb"):
        lines += [
            '<div class="region region-breadcrumb">',
            '<nav class="breadcrumb" role="navigation">',
            esc(" › ".join(c.breadcrumb())),
            "</nav>",
            "</div>",
        ]
    lines += [
        '<main role="main">',
        '<div class="layout-content">',
        f'<article data-history-node-id="{nid}" role="article" '
        'class="node node--type-article node--view-mode-full">',
        f'<h1 class="page-title"><span class="field field--name-title">{esc(s.title)}</span></h1>',
        '<div class="node__meta">',
        f'<div class="field field--name-field-byline">{esc(c.byline())}</div>',
        f'<div class="field field--name-created">{esc(c.dateline(1))}</div>',
        "</div>",
        '<div class="node__content">',
        '<div class="clearfix text-formatted field field--name-body '
        'field--type-text-with-summary field__item">',
    ]
    lines += c.body_html(
        pullquote=lambda q: f'<blockquote class="pull-quote"><p>{q}</p></blockquote>',
        teaser=lambda rm, a: f'<p class="inline-related">{rm} {a}</p>',
    )
    lines.append("</div>")
    lines.append(
        f'<div class="field field--name-field-tags"><div class="field__label">Tags</div>'
        f'<div class="field__item"><a href="/taxonomy/term/{nid % 97}">{esc(s.section)}</a></div></div>'
    )
    if c.has("bio"):
        lines.append(f'<div class="field field--name-field-author-bio"><p>{esc(c.bio())}</p></div>')
    lines += ["</div>", "</article>"]
    if c.has("related"):
        heading, picks = c.related()
        lines += [
            '<div class="views-element-container block block-views '
            'block-views-blockrelated-content-block-1">',
            f"<h2>{esc(heading)}</h2>",
            '<div class="view view-related-content">',
            *[
                f'<div class="views-row"><span class="field-content">'
                f'<a href="{esc(x.path)}">{esc(x.title)}</a>'
                f"</span></div>"
                for x in picks
            ],
            "</div>",
            "</div>",
        ]
    if c.has("newsletter"):
        lines.append(f'<div class="block block-newsletter"><p>{esc(c.text("newsletter"))}</p></div>')
    if c.has("comments"):
        lines.append(f'<section class="comments"><p>{esc(c.text("comments"))}</p></section>')
    lines += ["</div>", "</main>", '<footer role="contentinfo">', f"<p>{esc(c.copyright())}</p>"]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines += ["</footer>", "</div>", "</div>", "</body>", "</html>"]
    return _j(lines)


def render_newsroom_react(c: Ctx) -> str:
    t, s = c.pub.token, c.story
    updated = s.published + timedelta(hours=c.rng.randint(1, 30), minutes=c.rng.randint(0, 59))
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{c.pub.lang}">',
        "<head>",
        c.head(),
        "</head>",
        "<body>",
        '<div id="root">',
        f'<div class="App {t}-app">',
        f'<header class="SiteHeader_{t}">',
        f'<a class="SiteHeader_logo" href="/">{esc(c.pub.name)}</a>',
    ]
    if c.has("nav"):
        lines += ['<nav class="SiteHeader_nav">', *[f"<span>{a}</span>" for a in _nav_links(c)], "</nav>"]
    lines.append("</header>")
    if c.has("cookie"):
        lines.append(f'<div class="ConsentBanner"><p>{esc(c.text("cookie"))}</p></div>')
    lines += [
        '<main class="StoryPage">',
        f'<div class="StoryHeader"><span class="Kicker">{esc(s.section)}</span>',
        f'<h1 class="StoryHeader_headline">{esc(s.title)}</h1>',
        f'<div class="StoryHeader_byline">{esc(c.byline())}</div>',
        f'<div class="StoryHeader_time"><time datetime="{c.iso(naive=True)}">{esc(c.dateline())}</time>',
        f'<span class="Updated">{esc(c.snip("Updated " + c.human_date(0, updated)))}</span></div>',
        "</div>",
    ]
    if c.has("share"):
        lines += ['<div class="ShareBar">', *_share_links(c, lambda x: f"<span>{x}</span>"), "</div>"]
    lines.append('<div class="StoryBody" data-component="story-body">')
    lines += c.body_html(
        p=lambda h: f'<p class="Paragraph">{h}</p>',
        pullquote=lambda q: f'<aside class="PullQuote"><p>{q}</p></aside>',
        teaser=lambda rm, a: f'<p class="Paragraph ReadMore">{rm} {a}</p>',
        ad=lambda x: f'<div class="AdSlot" data-slot="mid"><div class="AdSlot_label">{x}</div></div>',
    )
    lines.append("</div>")
    if c.has("bio"):
        lines.append(f'<div class="AuthorBio"><p>{esc(c.bio())}</p></div>')
    if c.has("related"):
        lines += ['<section class="MoreStories">', *_related_ps(c), "</section>"]
    if c.has("newsletter"):
        lines.append(f'<div class="NewsletterPromo"><p>{esc(c.text("newsletter"))}</p></div>')
    lines += ["</main>", '<footer class="SiteFooter">', f"<p>{esc(c.copyright())}</p>"]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines += [
        "</footer>",
        "</div>",
        "</div>",
        '<script src="/static/js/main.8f3a1c.js"></script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- test families ---------------------------------------------------------------------------


def _hash_classes(c: Ctx, role: str) -> str:
    r = random.Random(f"{c.pub.host}-{role}")
    alphabet = "abcdefghjkmnpqrstuvwxyz0123456789"
    return " ".join(
        r.choice("abcdefghkmnpqrsxz") + "".join(r.choice(alphabet) for _ in range(r.randint(3, 5)))
        for _ in range(r.randint(1, 3))
    )


def render_div_soup_obfuscated(c: Ctx) -> str:
    s = c.story

    def d(role: str, inner: str, tag: str = "div") -> str:
        return f'<{tag} class="{_hash_classes(c, role)}">{inner}</{tag}>'

    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{c.pub.lang}">',
        "<head>",
        c.head(c.jsonld(c.iso())),
        f"<style>.{_hash_classes(c, 'body').split()[0]}{{font-size:18px;line-height:1.6}}</style>",
        "</head>",
        "<body>",
        '<div id="app">',
        f'<div class="{_hash_classes(c, "shell")}">',
        f'<div class="{_hash_classes(c, "top")}">',
        d("logo", f'<a href="/">{esc(c.pub.name)}</a>'),
    ]
    if c.has("nav"):
        lines.append(d("nav", "\n".join(d("navitem", a, "span") for a in _nav_links(c))))
    lines.append("</div>")
    if c.has("cookie"):
        lines.append(d("consent", f"{esc(c.text('cookie'))}\n" + d("btn", "Got it", "span")))
    lines += [
        f'<div class="{_hash_classes(c, "main")}">',
        f'<div class="{_hash_classes(c, "col")}">',
        d("headline", esc(s.title), "h1") if c.pub.index % 2 == 0 else d("headline", esc(s.title)),
        d("meta", d("by", esc(c.byline()), "span") + "\n" + d("date", esc(c.dateline(1)), "span")),
    ]
    if c.has("share"):
        lines.append(d("share", "\n".join(_share_links(c, lambda x: d("shareitem", x, "span")))))
    lines.append(f'<div class="{_hash_classes(c, "body")}">')
    lines += c.body_html(
        p=lambda h: d("para", h),
        heading=lambda tag, h: d("sub", f"<b>{h}</b>"),
        pullquote=lambda q: d("pq", d("pqinner", q)),
        teaser=lambda rm, a: d("para", f"{rm} {a}"),
        ad=lambda x: d("ad", d("adlabel", x, "span")),
    )
    lines.append("</div>")
    if c.has("bio"):
        lines.append(d("bio", d("biotext", esc(c.bio()))))
    if c.has("related"):
        heading, picks = c.related()
        lines.append(
            d(
                "rel",
                "\n".join(
                    [
                        d("relhead", f"<strong>{esc(heading)}</strong>"),
                        *[d("relitem", f'<a href="{esc(x.path)}">{esc(x.title)}</a>') for x in picks],
                    ]
                ),
            )
        )
    if c.has("newsletter"):
        lines.append(d("nl", esc(c.text("newsletter"))))
    lines += [
        "</div>",
        "</div>",
        d(
            "foot",
            esc(c.copyright()) + ("\n" + d("disc", esc(c.text("disclaimer"))) if c.has("disclaimer") else ""),
        ),
        "</div>",
        "</div>",
        '<script src="/_app/chunk-3f9a.js" defer></script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


def render_amp(c: Ctx) -> str:
    t, s = c.pub.token, c.story
    canonical = c.url().replace("/amp/", "/")
    html_attr = "\u26a1" if c.pub.index % 2 == 0 else "amp"
    extra = _j(
        [
            c.jsonld(c.iso()),
            '<meta name="viewport" content="width=device-width">',
            '<script async src="https://cdn.ampproject.org/v0.js"></script>',
            '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>',
            "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
            "</style>",
            f"<style amp-custom>.{t}-h{{color:{c.pub.colour}}}</style>",
        ]
    )
    head = c.head(extra).replace(
        f'<link rel="canonical" href="{esc(c.url())}">', f'<link rel="canonical" href="{esc(canonical)}">'
    )
    lines = [
        "<!doctype html>",
        f'<html {html_attr} lang="{c.pub.lang}">',
        "<head>",
        head,
        "</head>",
        "<body>",
    ]
    if c.has("nav"):
        lines += [
            '<amp-sidebar id="sidebar" layout="nodisplay" side="left">',
            "<ul>",
            *[f"<li>{a}</li>" for a in _nav_links(c)],
            "</ul>",
            "</amp-sidebar>",
        ]
    lines += [
        f'<header class="{t}-header">',
        '<button on="tap:sidebar.toggle">Menu</button>',
        f'<a href="/" class="{t}-brand">{esc(c.pub.name)}</a>',
        "</header>",
    ]
    if c.has("cookie"):
        lines += [
            '<amp-consent id="consent" layout="nodisplay">',
            f'<div class="consent-ui"><p>{esc(c.text("cookie"))}</p>',
            '<button on="tap:consent.accept">Accept</button></div>',
            "</amp-consent>",
        ]
    lines += [
        '<article class="amp-article">',
        f'<h1 class="{t}-h">{esc(s.title)}</h1>',
        f'<div class="amp-byline">{esc(c.byline())}</div>',
        f'<div class="amp-date">{esc(c.dateline())}</div>',
        f'<amp-img src="/img/{_slug(s.title)[:20]}.jpg" width="1200" height="675" '
        'layout="responsive" alt=""></amp-img>',
    ]
    if c.has("share"):
        label, sites = c.share()
        lines += [
            f'<div class="amp-share"><span>{esc(label)}</span>',
            *[
                f'<amp-social-share type="{_slug(x)}" aria-label="{esc(x)}">{esc(x)}</amp-social-share>'
                for x in sites
            ],
            "</div>",
        ]
    lines.append('<div class="amp-body">')
    lines += c.body_html(
        pullquote=lambda q: f'<blockquote class="amp-pullquote"><p>{q}</p></blockquote>',
        teaser=lambda rm, a: f"<p><b>{rm}</b> {a}</p>",
        ad=lambda x: (
            f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/{t}">'
            f"<div placeholder>{x}</div></amp-ad>"
        ),
    )
    if c.has("related"):
        lines += _related_ps(c)
    lines.append("</div>")
    if c.has("bio"):
        lines.append(f'<div class="amp-author"><p>{esc(c.bio())}</p></div>')
    lines.append("</article>")
    if c.has("newsletter"):
        lines.append(f'<div class="amp-newsletter"><p>{esc(c.text("newsletter"))}</p></div>')
    lines += [
        "<footer>",
        f"<p>{esc(c.copyright())}</p>",
        f'<p><a href="{esc(canonical)}">{esc(c.snip("View the full site version"))}</a></p>',
        "</footer>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


def render_fr_magazine(c: Ctx) -> str:
    t, s = c.pub.token, c.story
    updated = s.published + timedelta(hours=c.rng.randint(1, 20), minutes=c.rng.randint(0, 59))
    meta = _j(
        [
            f'<meta property="article:published_time" content="{c.iso()}">',
            f'<meta property="article:modified_time" content="{updated.isoformat(timespec="seconds")}">',
        ]
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="fr">',
        "<head>",
        c.head(meta),
        "</head>",
        f'<body class="{t}-mag page-article">',
    ]
    if c.has("cookie"):
        lines.append(
            f'<div id="didomi-host"><p>{esc(c.text("cookie"))}</p><button>Accepter</button>'
            f"<button>Refuser</button></div>"
        )
    lines += [f'<header class="{t}-entete">', f'<a class="{t}-logo" href="/">{esc(c.pub.name)}</a>']
    if c.has("tagline"):
        lines.append(f'<p class="{t}-devise">{esc(c.snip(c.pub.tagline))}</p>')
    if c.has("nav"):
        lines += ['<nav class="menu-principal">', *_nav_links(c), "</nav>"]
    lines.append("</header>")
    if c.has("breadcrumb"):
        lines.append(f'<p class="fil-ariane">{esc(" › ".join(c.breadcrumb()))}</p>')
    first = next(i for i, (tag, _) in enumerate(s.blocks) if tag == "p")
    lines += [
        '<article class="article">',
        f'<p class="article__rubrique">{esc(s.section)}</p>',
        f'<h1 class="article__titre">{esc(s.title)}</h1>',
        f'<p class="article__chapo">{esc(s.blocks[first][1])}</p>',
        f'<div class="article__auteurs">{esc(c.byline())}</div>',
        f'<p class="article__date">{esc(c.dateline())}, '
        f"{esc(c.snip('mis à jour le ' + c.human_date(0, updated)))}</p>",
    ]
    if c.has("share"):
        lines += ['<div class="partage">', *_share_links(c), "</div>"]
    lines.append('<div class="article__contenu">')
    rest = Story(
        s.title, s.path, s.author, s.section, s.published, s.blocks[first + 1 :], s.sentences[first + 1 :]
    )
    inner = Ctx(c.pub, rest, c.others, c.rng, c.bp, c.repeated)
    lines += inner.body_html(
        pullquote=lambda q: f'<blockquote class="exergue"><p>{q}</p></blockquote>',
        teaser=lambda rm, a: f'<p class="lire-aussi"><span>{rm}</span> {a}</p>',
        ad=lambda x: f'<div class="pub pub--inread"><span>{x}</span></div>',
    )
    lines.append("</div>")
    if c.has("related"):
        lines += _related_ps(c)
    if c.has("bio"):
        lines.append(f'<aside class="auteur-bio"><p>{esc(c.bio())}</p></aside>')
    lines.append("</article>")
    if c.has("newsletter"):
        lines.append(f'<section class="newsletter"><p>{esc(c.text("newsletter"))}</p></section>')
    if c.has("comments"):
        lines.append(f'<section class="commentaires"><p>{esc(c.text("comments"))}</p></section>')
    lines += [
        '<footer class="pied">',
        '<a href="/mentions-legales">Mentions légales</a>',
        f"<p>{esc(c.copyright())}</p>",
    ]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines += ["</footer>", "</body>", "</html>"]
    return _j(lines)


def render_es_diario(c: Ctx) -> str:
    t, s = c.pub.token, c.story
    lines = [
        "<!DOCTYPE html>",
        '<html lang="es">',
        "<head>",
        c.head(),
        "</head>",
        f'<body class="{t} noticia-detalle">',
        f'<div class="cabecera {t}-cabecera">',
        f'<a class="marca" href="/">{esc(c.pub.name)}</a>',
    ]
    if c.has("tagline"):
        lines.append(f'<span class="lema">{esc(c.snip(c.pub.tagline))}</span>')
    if c.has("nav"):
        lines += ['<ul class="menu">', *[f"<li>{a}</li>" for a in _nav_links(c)], "</ul>"]
    lines.append("</div>")
    if c.has("breadcrumb"):
        lines.append(f'<div class="migas">{esc(" › ".join(c.breadcrumb()))}</div>')
    lines += [
        '<div class="noticia">',
        f'<span class="antetitulo">{esc(s.section)}</span>',
        f'<h1 class="titular">{esc(s.title)}</h1>',
        f'<div class="firma"><span class="autor">{esc(c.byline())}</span>',
        f'<time datetime="{c.iso(naive=True)}" class="fecha">{esc(c.dateline())}</time></div>',
    ]
    if c.has("share"):
        lines += ['<div class="compartir">', *_share_links(c), "</div>"]
    lines.append('<div class="cuerpo-noticia">')
    lines += c.body_html(
        pullquote=lambda q: f'<p class="destacado">{q}</p>',
        teaser=lambda rm, a: f'<p class="relacionada"><strong>{rm}</strong> {a}</p>',
        ad=lambda x: f'<div class="publi robapaginas"><p>{x}</p></div>',
    )
    if c.has("related"):
        lines += _related_ps(c)
    lines.append("</div>")
    if c.has("bio"):
        lines.append(f'<div class="autor-bio"><p>{esc(c.bio())}</p></div>')
    lines.append("</div>")
    if c.has("newsletter"):
        lines.append(f'<div class="boletin"><p>{esc(c.text("newsletter"))}</p></div>')
    if c.has("comments"):
        lines.append(f'<div class="comentarios"><p>{esc(c.text("comments"))}</p></div>')
    if c.has("cookie"):
        lines.append(
            f'<div class="aviso-cookies"><p>{esc(c.text("cookie"))}</p><a href="#">Aceptar</a></div>'
        )
    lines += ['<div class="pie">', f"<p>{esc(c.copyright())}</p>"]
    if c.has("disclaimer"):
        lines.append(f"<p>{esc(c.text('disclaimer'))}</p>")
    lines += ["</div>", "</body>", "</html>"]
    return _j(lines)


def render_table_frames_legacy(c: Ctx) -> str:
    s, col = c.story, c.pub.colour
    lines = [
        "<html>",
        "<head>",
        c.head(charset=False),
        "</head>",
        f'<body bgcolor="#f4f4f0" link="{col}" alink="#ff0000">',
        "<center>",
        '<table width="760" border="1" cellspacing="0" cellpadding="0" bgcolor="#ffffff">',
        f'<tr><td colspan="3" bgcolor="{col}" align="center">',
        _font(f'<font color="#ffffff"><b>{esc(c.pub.name.upper())}</b></font>', 7, "Arial Black, Arial"),
    ]
    if c.has("tagline"):
        lines.append(
            "<br>\n" + _font(f'<font color="#ffffcc">{esc(c.snip(c.pub.tagline))}</font>', 2, "Arial")
        )
    lines += ["</td></tr>", "<tr>", '<td width="130" valign="top" bgcolor="#e0e0d8">']
    if c.has("nav"):
        lines.append(_font("<br>\n".join(f"&raquo; {a}" for a in _nav_links(c, " » ")), 2, "Arial"))
    if c.has("classified"):
        lines.append("<hr>\n" + _font(f"<b>Classifieds</b><br>\n{esc(c.text('classified'))}", 1, "Arial"))
    lines += [
        "</td>",
        '<td width="500" valign="top">',
        '<table width="100%" cellpadding="6" border="0"><tr><td>',
        f'<font face="Arial" size="+2" color="{col}"><b>{esc(s.title)}</b></font><br>',
        _font(f"{esc(c.byline())}<br>\n{esc(c.snip('Last updated ' + c.human_date(2)))}", 1, "Arial"),
        "<hr>",
    ]
    lines += c.body_html(
        p=lambda h: f"<p>{_font(h, 2, 'Arial')}</p>",
        heading=lambda tag, h: f"<p>{_font(f'<b><u>{h}</u></b>', 3, 'Arial')}</p>",
        teaser=lambda rm, a: f"<p>{_font(f'<i>{rm}</i> {a}', 2, 'Arial')}</p>",
    )
    lines.append("<hr>")
    if c.has("bio"):
        lines.append(f"<p>{_font(f'<i>{esc(c.bio())}</i>', 1, 'Arial')}</p>")
    lines.append(
        _font(
            f'<a href="/print.php">{esc(c.snip("Printer-friendly version of this story"))}</a>'
            f' | <a href="/email.php">Email this story to a friend</a>',
            1,
            "Arial",
        )
    )
    if c.has("related"):
        lines += _related_ps(c, "b")
    lines += ["</td></tr></table>", "</td>", '<td width="130" valign="top" align="center">']
    if c.has("ads"):
        lines.append(
            _font(
                f'{esc(c.text("ad"))}<br>\n<img src="/ads/banner120x600.gif" width="120" height="600">',
                1,
                "Arial",
            )
        )
    lines.append(_font(esc(c.snip(c.pick("subscribe"))), 1, "Arial"))
    lines += [
        "</td>",
        "</tr>",
        '<tr><td colspan="3" align="center">',
        _font(
            esc(c.copyright()) + "<br>\n" + esc(c.snip("Best viewed in Netscape Navigator 4.0 at 800x600")),
            1,
            "Arial",
        ),
        "</td></tr>",
        "</table>",
        "</center>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


def render_plain_p_blog(c: Ctx) -> str:
    s = c.story
    a = s.author
    lines = [
        "<!DOCTYPE html>",
        "<html>",
        "<head>",
        c.head(),
        "</head>",
        "<body>",
        f'<p class="site"><a href="/">{esc(c.pub.name)}</a></p>',
    ]
    if c.has("tagline"):
        lines.append(f"<p><em>{esc(c.snip(c.pub.tagline))}</em></p>")
    if c.has("nav"):
        lines.append("<p>" + " · ".join(_nav_links(c, " · ")) + "</p>")
    lines += [
        f'<p class="title"><strong>{esc(s.title)}</strong></p>',
        f"<p><small>{esc(c.snip(f'Posted on {c.human_date(1)} by {a.name}'))}</small></p>",
    ]
    lines += c.body_html(
        heading=lambda tag, h: f"<p><strong>{h}</strong></p>",
        pullquote=lambda q: f'<p class="pull"><em>{q}</em></p>',
        teaser=lambda rm, a_: f"<p>{rm} {a_}</p>",
    )
    if c.has("bio"):
        lines.append(f"<p><em>{esc(c.bio())}</em></p>")
    if c.has("related"):
        lines += _related_ps(c)
    if c.has("share"):
        lines.append("<p>" + " ".join(_share_links(c)) + "</p>")
    if c.has("comments"):
        lines.append(f"<p>{esc(c.text('comments'))}</p>")
    lines.append(f"<p><small>{esc(c.copyright())}</small></p>")
    if c.has("disclaimer"):
        lines.append(f"<p><small>{esc(c.text('disclaimer'))}</small></p>")
    lines += ["</body>", "</html>"]
    return _j(lines)


def render_ld_only_date_naive(c: Ctx) -> str:
    import json

    s = c.story
    page_props = {
        "props": {"pageProps": {"slug": s.path, "section": s.section, "author": s.author.name}},
        "page": "/[section]/[slug]",
        "buildId": f"b{c.pub.seed}{c.pub.index}",
    }
    extra = _j([c.jsonld(c.iso(naive=True)), '<meta name="next-head-count" content="9">'])
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{c.pub.lang}">',
        "<head>",
        c.head(extra),
        "</head>",
        "<body>",
        '<div id="__next">',
        f'<div class="css-{_hash_classes(c, "layout").split()[0]}">',
        f'<header class="css-{_hash_classes(c, "hdr").split()[0]}">',
        f'<a href="/">{esc(c.pub.name)}</a>',
    ]
    if c.has("nav"):
        lines += ["<nav>", *_nav_links(c), "</nav>"]
    lines += [
        "</header>",
        f'<main class="css-{_hash_classes(c, "main").split()[0]}">',
        "<article>",
        f"<h1>{esc(s.title)}</h1>",
        f'<span class="css-byline">{esc(c.byline())}</span>',
    ]
    lines.append(f'<section class="css-{_hash_classes(c, "body").split()[0]}">')
    lines += c.body_html(
        pullquote=lambda q: f'<aside class="css-pq"><p>{q}</p></aside>',
        teaser=lambda rm, a: f'<p class="css-rm"><strong>{rm}</strong> {a}</p>',
        ad=lambda x: f'<div class="css-ad" aria-hidden="false"><p>{x}</p></div>',
    )
    lines.append("</section>")
    if c.has("bio"):
        lines.append(f'<footer class="css-bio"><p>{esc(c.bio())}</p></footer>')
    if c.has("related"):
        lines += _related_ps(c)
    lines.append("</article>")
    if c.has("newsletter"):
        lines.append(f'<div class="css-nl"><p>{esc(c.text("newsletter"))}</p></div>')
    lines += [
        "</main>",
        f"<footer><p>{esc(c.copyright())}</p></footer>",
        "</div>",
        "</div>",
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(page_props)}</script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "html5-semantic": render_html5_semantic,
    "wordpress-classic": render_wordpress_classic,
    "table-2000s": render_table_2000s,
    "bootstrap-blog": render_bootstrap_blog,
    "de-regional": render_de_regional,
    "drupal-node": render_drupal_node,
    "newsroom-react": render_newsroom_react,
    "div-soup-obfuscated": render_div_soup_obfuscated,
    "amp": render_amp,
    "fr-magazine": render_fr_magazine,
    "es-diario": render_es_diario,
    "table-frames-legacy": render_table_frames_legacy,
    "plain-p-blog": render_plain_p_blog,
    "ld-only-date-naive": render_ld_only_date_naive,
}

# More train families live in pipeline.synth.more_families; it imports this module, so it is
# imported here, once everything it uses is defined, and its registries are merged into ours.
from pipeline.synth import more_families as _more  # noqa: E402

FAMILIES.update(_more.FAMILIES)
FAMILY_LANGUAGE.update(_more.FAMILY_LANGUAGE)
RENDERERS.update(_more.RENDERERS)

from pipeline.synth import hard_families as _hard  # noqa: E402

FAMILIES.update(_hard.FAMILIES)
FAMILY_LANGUAGE.update(_hard.FAMILY_LANGUAGE)
RENDERERS.update(_hard.RENDERERS)

# The splits of their own (pipeline.synth.fresh_families, blind_families, sealed_families,
# vault_families, attic_families, cellar_families, crypt_families, loft_families, shed_families,
# barn_families, mill_families, silo_families, byre_families, kiln_families, loom_families,
# weir_families, quay_families, dyke_families, ford_families, marsh_families, heath_families,
# fen_families, moor_families, bog_families, glen_families, tarn_families, beck_families,
# holt_families, fell_families, crag_families, scar_families, tor_families, mere_families,
# loch_families, rill_families, dene_families, holm_families, gill_families, sike_families,
# wick_families, wold_families, ness_families, howe_families, rigg_families, carr_families,
# brae_families, carse_families, hagg_families, shaw_families, knap_families, slack_families,
# rake_families, wynd_families) are kept out of FAMILIES: each is generated only for its split, so
# "all" (train + test), "train" and "test" stay as they were.
from pipeline.synth import attic_families as _attic  # noqa: E402
from pipeline.synth import barn_families as _barn  # noqa: E402
from pipeline.synth import beck_families as _beck  # noqa: E402
from pipeline.synth import blind_families as _blind  # noqa: E402
from pipeline.synth import bog_families as _bog  # noqa: E402
from pipeline.synth import brae_families as _brae  # noqa: E402
from pipeline.synth import byre_families as _byre  # noqa: E402
from pipeline.synth import carr_families as _carr  # noqa: E402
from pipeline.synth import carse_families as _carse  # noqa: E402
from pipeline.synth import cellar_families as _cellar  # noqa: E402
from pipeline.synth import crag_families as _crag  # noqa: E402
from pipeline.synth import crypt_families as _crypt  # noqa: E402
from pipeline.synth import dene_families as _dene  # noqa: E402
from pipeline.synth import dyke_families as _dyke  # noqa: E402
from pipeline.synth import fell_families as _fell  # noqa: E402
from pipeline.synth import fen_families as _fen  # noqa: E402
from pipeline.synth import ford_families as _ford  # noqa: E402
from pipeline.synth import fresh_families as _fresh  # noqa: E402
from pipeline.synth import gill_families as _gill  # noqa: E402
from pipeline.synth import glen_families as _glen  # noqa: E402
from pipeline.synth import hagg_families as _hagg  # noqa: E402
from pipeline.synth import heath_families as _heath  # noqa: E402
from pipeline.synth import holm_families as _holm  # noqa: E402
from pipeline.synth import holt_families as _holt  # noqa: E402
from pipeline.synth import howe_families as _howe  # noqa: E402
from pipeline.synth import kiln_families as _kiln  # noqa: E402
from pipeline.synth import knap_families as _knap  # noqa: E402
from pipeline.synth import loch_families as _loch  # noqa: E402
from pipeline.synth import loft_families as _loft  # noqa: E402
from pipeline.synth import loom_families as _loom  # noqa: E402
from pipeline.synth import marsh_families as _marsh  # noqa: E402
from pipeline.synth import mere_families as _mere  # noqa: E402
from pipeline.synth import mill_families as _mill  # noqa: E402
from pipeline.synth import moor_families as _moor  # noqa: E402
from pipeline.synth import ness_families as _ness  # noqa: E402
from pipeline.synth import quay_families as _quay  # noqa: E402
from pipeline.synth import rake_families as _rake  # noqa: E402
from pipeline.synth import rigg_families as _rigg  # noqa: E402
from pipeline.synth import rill_families as _rill  # noqa: E402
from pipeline.synth import scar_families as _scar  # noqa: E402
from pipeline.synth import sealed_families as _sealed  # noqa: E402
from pipeline.synth import shaw_families as _shaw  # noqa: E402
from pipeline.synth import shed_families as _shed  # noqa: E402
from pipeline.synth import sike_families as _sike  # noqa: E402
from pipeline.synth import silo_families as _silo  # noqa: E402
from pipeline.synth import slack_families as _slack  # noqa: E402
from pipeline.synth import tarn_families as _tarn  # noqa: E402
from pipeline.synth import tor_families as _tor  # noqa: E402
from pipeline.synth import vault_families as _vault  # noqa: E402
from pipeline.synth import weir_families as _weir  # noqa: E402
from pipeline.synth import wick_families as _wick  # noqa: E402
from pipeline.synth import wold_families as _wold  # noqa: E402
from pipeline.synth import wynd_families as _wynd  # noqa: E402

_SPLIT_FAMILIES: dict[str, dict[str, str]] = {}  # the splits kept out of "all"
for _split, _module in (
    ("fresh", _fresh),
    ("blind", _blind),
    ("sealed", _sealed),
    ("vault", _vault),
    ("attic", _attic),
    ("cellar", _cellar),
    ("crypt", _crypt),
    ("loft", _loft),
    ("shed", _shed),
    ("barn", _barn),
    ("mill", _mill),
    ("silo", _silo),
    ("byre", _byre),
    ("kiln", _kiln),
    ("loom", _loom),
    ("weir", _weir),
    ("quay", _quay),
    ("dyke", _dyke),
    ("ford", _ford),
    ("marsh", _marsh),
    ("heath", _heath),
    ("fen", _fen),
    ("moor", _moor),
    ("bog", _bog),
    ("glen", _glen),
    ("tarn", _tarn),
    ("beck", _beck),
    ("holt", _holt),
    ("fell", _fell),
    ("crag", _crag),
    ("scar", _scar),
    ("tor", _tor),
    ("mere", _mere),
    ("loch", _loch),
    ("rill", _rill),
    ("dene", _dene),
    ("holm", _holm),
    ("gill", _gill),
    ("sike", _sike),
    ("wick", _wick),
    ("wold", _wold),
    ("ness", _ness),
    ("howe", _howe),
    ("rigg", _rigg),
    ("carr", _carr),
    ("brae", _brae),
    ("carse", _carse),
    ("hagg", _hagg),
    ("shaw", _shaw),
    ("knap", _knap),
    ("slack", _slack),
    ("rake", _rake),
    ("wynd", _wynd),
):
    _SPLIT_FAMILIES[_split] = dict(_module.FAMILIES)
    FAMILY_LANGUAGE.update(_module.FAMILY_LANGUAGE)
    RENDERERS.update(_module.RENDERERS)
    FAMILY_SITE_FORMS.update(getattr(_module, "FAMILY_SITE_FORMS", {}))
    FAMILY_ZONES.update(getattr(_module, "FAMILY_ZONES", {}))
(FRESH_FAMILIES, BLIND_FAMILIES, SEALED_FAMILIES, VAULT_FAMILIES, ATTIC_FAMILIES, CELLAR_FAMILIES,
 CRYPT_FAMILIES, LOFT_FAMILIES, SHED_FAMILIES, BARN_FAMILIES, MILL_FAMILIES, SILO_FAMILIES, BYRE_FAMILIES,
 KILN_FAMILIES, LOOM_FAMILIES, WEIR_FAMILIES, QUAY_FAMILIES, DYKE_FAMILIES, FORD_FAMILIES,
 MARSH_FAMILIES, HEATH_FAMILIES, FEN_FAMILIES, MOOR_FAMILIES, BOG_FAMILIES, GLEN_FAMILIES,
 TARN_FAMILIES, BECK_FAMILIES, HOLT_FAMILIES, FELL_FAMILIES, CRAG_FAMILIES, SCAR_FAMILIES,
 TOR_FAMILIES, MERE_FAMILIES, LOCH_FAMILIES, RILL_FAMILIES,
 DENE_FAMILIES, HOLM_FAMILIES, GILL_FAMILIES, SIKE_FAMILIES, WICK_FAMILIES, WOLD_FAMILIES,
 NESS_FAMILIES, HOWE_FAMILIES, RIGG_FAMILIES, CARR_FAMILIES, BRAE_FAMILIES, CARSE_FAMILIES,
 HAGG_FAMILIES, SHAW_FAMILIES, KNAP_FAMILIES, SLACK_FAMILIES, RAKE_FAMILIES, WYND_FAMILIES) = (
    _SPLIT_FAMILIES[x]
    for x in ("fresh", "blind", "sealed", "vault", "attic", "cellar", "crypt", "loft", "shed", "barn", "mill",
              "silo", "byre", "kiln", "loom", "weir", "quay", "dyke", "ford", "marsh", "heath",
              "fen", "moor", "bog", "glen", "tarn", "beck", "holt", "fell", "crag", "scar", "tor", "mere",
              "loch", "rill", "dene", "holm", "gill", "sike", "wick", "wold", "ness", "howe", "rigg",
              "carr", "brae", "carse", "hagg", "shaw", "knap", "slack", "rake", "wynd")
)
SPLITS = ("all", "train", "test", *_SPLIT_FAMILIES)
_SPLIT_OF = {family: split for families in (FAMILIES, *_SPLIT_FAMILIES.values())
             for family, split in families.items()}


# --- the corpus ------------------------------------------------------------------------------


def publishers(split: str = "all", publishers_per_family: int = 2, seed: int = 0) -> list[Publisher]:
    """The publishers of a split ("all" = train + test, "train", "test", "fresh", "blind", "sealed",
    "vault", "attic", "cellar", "crypt", "loft", "shed", "barn", "mill", "silo", "byre", "kiln", "loom",
    "weir", "quay", "dyke", "ford", "marsh", "heath", "fen", "moor", "bog", "glen", "tarn", "beck",
    "holt", "fell", "crag", "scar", "tor", "mere", "loch", "rill", "dene", "holm", "gill", "sike",
    "wick", "wold", "ness", "howe", "rigg" or "carr"),
    family by family."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(map(repr, SPLITS))}, not {split!r}")
    out: list[Publisher] = []
    hosts: set[str] = set()
    for family, fsplit in _SPLIT_FAMILIES.get(split, FAMILIES).items():
        if split not in ("all", fsplit):
            continue
        for index in range(publishers_per_family):
            pub = _publisher(family, index, seed)
            if pub.host in hosts:  # two generated names alike: keep the host unique
                pub = Publisher(**{**pub.__dict__, "host": f"{family.split('-')[0]}{index}-{pub.host}"})
            hosts.add(pub.host)
            out.append(pub)
    return out


def render_publisher(pub: Publisher, articles: int = 20) -> list[SynthPage]:
    """Render every article of one publisher."""
    stories = _stories(pub, articles)
    pages: list[SynthPage] = []
    for n, story in enumerate(stories):
        ctx = Ctx(pub, story, stories, random.Random(f"render-{pub.seed}-{pub.host}-{n}"))
        html = RENDERERS[pub.family](ctx)
        body = story.body()
        snippets = tuple(x for x in ctx.bp if x not in body)
        pages.append(
            SynthPage(
                url=ctx.url(),
                site=pub.host,
                publisher=pub.name,
                family=pub.family,
                split=_SPLIT_OF[pub.family],
                language=pub.lang,
                html=html,
                title=story.title,
                published_at=story.published,
                body=body,
                boilerplate=snippets,
                feed_published=story.published.astimezone(UTC),
                tz=pub.tz,
                repeated=tuple(ctx.repeated),
            )
        )
    return pages


def generate_corpus(
    split: str = "all", publishers_per_family: int = 2, articles_per_publisher: int = 20, seed: int = 0
) -> list[SynthPage]:
    """Generate the pages of every publisher of a split, deterministically from `seed`."""
    pages: list[SynthPage] = []
    for pub in publishers(split, publishers_per_family, seed):
        pages.extend(render_publisher(pub, articles_per_publisher))
    return pages


def write_feed(pages: Iterable[SynthPage], base: str) -> str:
    """RSS 2.0 for one publisher's pages, links under `base` (e.g. "http://127.0.0.1:8000").

    pubDate is RFC 822 with the publisher's own UTC offset, newest item first."""
    items = sorted(pages, key=lambda p: p.published_at, reverse=True)
    if not items:
        raise ValueError("no pages")
    if len({p.site for p in items}) != 1:
        raise ValueError("write_feed takes the pages of one publisher")
    base = base.rstrip("/")
    first = items[0]
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0">',
        "<channel>",
        f"<title>{esc(first.publisher)}</title>",
        f"<link>{esc(base)}/</link>",
        f"<description>{esc(first.publisher)}</description>",
        f"<language>{first.language}</language>",
    ]
    for p in items:
        path = p.path
        summary = p.body.split("\n")[0]
        out += [
            "<item>",
            f"<title>{esc(p.title)}</title>",
            f"<link>{esc(base + path)}</link>",
            f'<guid isPermaLink="false">{esc(p.url)}</guid>',
            f"<pubDate>{format_datetime(p.published_at)}</pubDate>",
            f"<description>{esc(summary[:300])}</description>",
            "</item>",
        ]
    out += ["</channel>", "</rss>"]
    return "\n".join(out)


@contextlib.contextmanager
def serve_pages(pages: Iterable[SynthPage]) -> Iterator[dict[str, str]]:
    """Serve pages on 127.0.0.1, one server per site; yields {site: base URL}.

    A page is at base + page.path; each site's RSS 2.0 feed (`write_feed`) is at base + "/feed.xml";
    anything else is 404."""
    by_site: dict[str, list[SynthPage]] = {}
    for page in pages:
        by_site.setdefault(page.site, []).append(page)
    servers: list[ThreadingHTTPServer] = []
    bases: dict[str, str] = {}
    try:
        for site, site_pages in by_site.items():
            routes = {p.path: p.html.encode("utf-8") for p in site_pages}
            server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(routes, site_pages))
            server.daemon_threads = True
            base = f"http://127.0.0.1:{server.server_address[1]}"
            routes["/feed.xml"] = write_feed(site_pages, base).encode("utf-8")
            threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
            servers.append(server)
            bases[site] = base
        yield bases
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def _handler(routes: dict[str, bytes], pages: list[SynthPage]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            body = routes.get(self.path)
            ctype = "application/rss+xml" if self.path == "/feed.xml" else "text/html"
            status = 200 if body is not None else 404
            body = body if body is not None else b"not found"
            self.send_response(status)
            self.send_header("Content-Type", f"{ctype}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base signature
            pass

    return Handler
