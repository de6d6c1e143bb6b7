"""Four BYRE template families for the synthetic publishers (see `pipeline.synth.publishers`).

"byre" is a fifteenth split, next to "train", "test", "fresh", "blind", "sealed", "vault", "attic",
"cellar", "crypt", "loft", "shed", "barn", "mill" and "silo": families written by a session that
read neither the extractor nor any extraction result (nor the benchmark notes), so no extraction
rule was written or tuned against them. They are held out until they are measured once; once their
scores have been looked at, they are no longer held out, and a later held-out measurement needs new
families.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `BYRE_FAMILIES`: the byre families are
generated only by `generate_corpus("byre")`, never by "all", "train", "test" or another held-out
split, so those corpora are as they were. This module also brings a fifteenth language, Norwegian
Bokmål ("nb"): its grammar (`NorwegianProse`: en/et nouns with the definite suffix, "den nye
planen" / "det nye budsjettet" with the double definiteness, the perfect "har vedtatt", V2 word
order after a fronted adverbial, «…» quotes with "sier"), names, place names (ASCII but for "å",
which NFKD takes apart, so host names stay ASCII), UI strings, month names and zone are defined here
and added to the registries of `pipeline.synth.prose` and `pipeline.synth.publishers` when the
module is loaded (new keys only; nothing another language uses changes).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more, pull
quotes and repeated sentences in `repeated`, aware `published_at`, clean `title` without the site
name) and those of the earlier held-out splits (a standfirst or ingress that opens the story is
body; in-text "read also" lines and calls to action are boilerplate even in the paragraphs' own
markup; a bulleted list and a <blockquote> inside the text are body, one line per item; a photo's
caption and credit are boilerplate; a fixed editorial note the publisher or the writer puts in the
text is body). New here:
  * a police blotter: a short intro paragraph (with the standing "An arrest does not mean a
    conviction ..." sentence, written into every blotter's intro: body), then the log's items, one
    <p> each, under a weekday heading per day (<h3>, body: the days of the incidents, not the
    publication date). Each item's bold lead-in, the time and place ("2:14 p.m., 400 block of Mill
    Road:"), is part of the item: the body line is the whole <p>, lead-in and text. The "Find out
    what's happening in <town> ..." box and the newsletter sign-up between the items are
    boilerplate;
  * a high-school sports recap followed by its box score: the box score (the line score by quarter
    and each team's player statistics, <table>s after the text, with the game's own date and the
    teams' records) is NOT body: the body is the recap's prose, and a table of names and numbers is
    no line of it (its header rows, team rows and player rows are boilerplate snippets); the
    "MORE:" and "VOTE:" lines in the text's own <p> markup and the scoreboard ticker of other games
    are boilerplate;
  * a weekly column whose last paragraph is the columnist's own sign-off, the same line on every
    column of that columnist ("Until next week, keep your porch light on."): written by the
    columnist as part of the text, it is body (the editorial-note convention); the italic tagline
    after it, in the text's own <p><em> markup ("<name> writes a weekly column for <site>. Email
    ..."), is the author bio, boilerplate; so is a photograph's "Buy Now" reprint button under its
    caption;
  * a Norwegian local paper's "LES OGSÅ:" lines in <p> markup, "ANNONSE" slots, the mid-text photo's
    caption and "Foto:" credit, the "Tips oss" box closing the text <div>, and the footer's
    "Ansvarlig redaktør" and Vær Varsom-plakaten notice are boilerplate; the ingress and a
    "Dette er saken:" bulleted list amid the text (the lead-in as a line of its own, then one line per
    item) are body.

Families (language; date source):
  byre   nb-lokalavis-amedia   nb; only <time datetime> in UTC with milliseconds
                               ("2026-03-07T13:30:00.000Z") and the visible "Publisert 7. mars 2026,
                               kl. 14.30" in the publisher's zone ("Oppdatert ..." on updated
                               articles, later: not the publication time); no date <meta>, no JSON-LD;
                               a Norwegian local paper on an Amedia-like platform: "Logg inn" /
                               "Kjøp abonnement" bar, the menu, the "+" subscriber badge, the
                               ingress (the first sentence: body), the lead photo's caption and
                               "Foto:" credit, the byline with role and e-mail, the text with <h2>
                               mellomtitler and, on about a third of the articles, a "Dette er saken:"
                               list amid the text (body), "LES OGSÅ:" lines, "ANNONSE" slots with
                               "Artikkelen fortsetter under annonsen", a photo amid the text, the
                               "Tips oss" box (see above), "Del artikkelen", "Mest lest", "Flere
                               saker" and the footer with the editors and the Vær Varsom notice;
                               URLs /section/i/AbC12d/slug; <title> "T – Site"
  byre   police-blotter-hyperlocal
                               en; the date alone, only in the visible text ("Posted Sat, Mar 7, 2026
                               at 2:30 pm ET": ET/CT/MT/PT for the US zones, the zone's abbreviation
                               elsewhere; "Updated ..." on some, later), no date metadata at all,
                               and the incidents' own days and times inside the body; a Patch-like
                               hyperlocal site's weekly police blotter (see above): the town menu,
                               "Nearby:" towns, the category, "<author>, <Site> Staff", the
                               Thank/Reply/Share bar with counts, the file photo's caption and
                               credit, the "Find out what's happening" box and the newsletter
                               sign-up amid the items, "Advertisement" slots, the tip line, "The
                               rules of replying", "More from <Site>" and the footer; every page's
                               headline is the blotter's ("Package Theft, DWI Arrest: Kelton Police
                               Blotter"); URLs /town/slug; <title> "T | Site"
  byre   preps-boxscore-recap  en; a NewsArticle JSON-LD datePublished and dateModified with offset,
                               the visible "Mar 7, 2026 2:30 PM" (no zone); the game's own day in
                               the text and in the box score (a day before, or the same day: not the
                               publication time); a high-school sports network (SBLive-like): the
                               scoreboard ticker of other finals, the sports menu, the kicker
                               ("Girls Basketball | District semifinal"), the byline, the action
                               photo's caption with "(Photo: ...)", the recap with coaches' quotes,
                               "Advertisement" slots, "MORE:" and "VOTE:" lines (see above), the
                               box score (see above), "Share this story", "Latest scores and
                               stories" and the footer; every page's headline is the game's
                               ("Kelton rallies past Ashby 64-58 in district semifinal"); URLs
                               /state/basketball/slug-NNNNNNN; <title> "T - Site"
  byre   blox-weekly-column    en; <time datetime> with offset and the visible "Mar 7, 2026" (and
                               "Updated Mar 9, 2026" on some, later); a US community paper's weekly
                               column on a TownNews BLOX-like CMS: the masthead and menu, the
                               section "Columnists", the column's name, the columnist's headshot
                               and "By <name> Columnist", the share tools ("Facebook Twitter
                               WhatsApp SMS Email Print Copy article link Save"), the text (a
                               first-person opening sentence, a reader's letter as <blockquote>:
                               body; no subheadings), a photograph with its caption, "Buy Now" and
                               credit, the "Sign up for our Opinion newsletter" box amid the text,
                               the sign-off and the tagline (see above), "Tags", "Related to this
                               story", "Most Popular", the comment rules ("Welcome to the
                               discussion. Keep it Clean. ...") and the footer with "Powered by
                               BLOX Content Management System from TownNews.com."; URLs
                               /opinion/columns/slug/article_<uuid>.html; <title> "T | Columnists |
                               host"

Every renderer gives every story of its publisher the platform's own URL on first use (the stories
are rebuilt for each `render_publisher` call, so this is deterministic). The blotter and the sports
renderers give every story of the publisher its own headline and text (a log, a game), drawn only
from the site and the story's place in the publisher's list, so the same whichever page renders
first; the column renderer drops the subheadings, opens the text with a first-person sentence and
closes it with the sign-off; the Norwegian one splits the first sentence off as the ingress and may
turn a paragraph's first sentences into a list (each keeping the body within 14 paragraphs and
250-900 words), so `body`, taken from the story after rendering, has them. All four have site
names of their own (`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

from datetime import timedelta

from pipeline.synth.prose import ScandinavianProse, _w

FAMILIES: dict[str, str] = {
    "nb-lokalavis-amedia": "byre",
    "police-blotter-hyperlocal": "byre",
    "preps-boxscore-recap": "byre",
    "blox-weekly-column": "byre",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "nb-lokalavis-amedia": "nb",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "nb-lokalavis-amedia": (
        "{p}-Posten",
        "Avisa {p}",
        "{p} Blad",
        "{p}s Budstikke",
        "{p} Arbeiderblad",
        "Nye {p}",
    ),
    "police-blotter-hyperlocal": (
        "{p} Patch",
        "{p} Daily Voice",
        "{p} Now",
        "The {p} Beacon",
        "{p} Local",
    ),
    "preps-boxscore-recap": (
        "{p} Preps",
        "{p} Varsity",
        "Friday Night {p}",
        "{p} Prep Zone",
        "{p} Sports Live",
    ),
    "blox-weekly-column": (
        "The {p} Herald-Journal",
        "{p} Courier-Press",
        "The {p} Daily Star",
        "{p} Record-Eagle",
        "The {p} Ledger",
    ),
}


# --- Norwegian (Bokmål) ------------------------------------------------------------------------

NB_FIRST = _w("""Ola Kari Per Ingrid Lars Anne Jon Silje Knut Marit Erik Hilde Bjørn Tone Håkon Ingvild
    Sindre Tonje Eirik Kristin Magnus Camilla Even Ragnhild Øystein Solveig Trond Maren Vegard Sigrid""")
NB_SURNAMES = _w("""Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen
    Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen
    Halvorsen Henriksen Lund Sørensen Strand Moen Bakken Solberg Aasen""")
# place names without "æ" and "ø", so that a host name made from one is ASCII ("å" decomposes)
NB_PLACE_FORMS = (
    ("", "", "", "Nord-", "Vest-", "Nedre ", "Store "),
    _w("vik dal stad rud nes berg sund heim by eid fjord mo vang haug land ås"),
)
# nouns: indefinite, definite, gender ("c": en, "n": et)
NB_NOUNS: tuple[tuple[str, ...], ...] = tuple(
    tuple(w.split(":"))
    for w in _w("""
    kommune:kommunen:c kommunestyre:kommunestyret:n ordfører:ordføreren:c skole:skolen:c
    sykehjem:sykehjemmet:n bru:brua:c budsjett:budsjettet:n plan:planen:c stasjon:stasjonen:c
    museum:museet:n svømmehall:svømmehallen:c sykkelvei:sykkelveien:c boligfelt:boligfeltet:n
    reguleringsplan:reguleringsplanen:c rapport:rapporten:c fylkeskommune:fylkeskommunen:c
    forening:foreningen:c festival:festivalen:c havn:havnen:c bibliotek:biblioteket:n
    bussrute:bussruten:c rundkjøring:rundkjøringen:c byggeprosjekt:byggeprosjektet:n
    idrettshall:idrettshallen:c barnehage:barnehagen:c torg:torget:n forslag:forslaget:n
    utvalg:utvalget:n veiprosjekt:veiprosjektet:n legevakt:legevakten:c""")
)
# adjectives: common gender, neuter, the -e form (definite and plural)
NB_ADJ: tuple[tuple[str, ...], ...] = tuple(
    tuple(w.split(":"))
    for w in _w("""ny:nytt:nye gammel:gammelt:gamle lokal:lokalt:lokale kommunal:kommunalt:kommunale
    omstridt:omstridt:omstridte planlagt:planlagt:planlagte moderne:moderne:moderne
    historisk:historisk:historiske stor:stort:store dyr:dyrt:dyre midlertidig:midlertidig:midlertidige
    populær:populært:populære ambisiøs:ambisiøst:ambisiøse utdatert:utdatert:utdaterte""")
)
NB_VERBS = _w("""vedtatt godkjent avvist utsatt bekreftet presentert åpnet stengt kritisert rost
    krevd støttet undersøkt offentliggjort renovert utvidet senket hevet forlenget avlyst""")
NB_DAYS = _w("mandag tirsdag onsdag torsdag fredag lørdag søndag")
NB_TIMES = (
    "mandag",
    "tirsdag kveld",
    "i forrige uke",
    "i helgen",
    "enstemmig",
    "etter en lang debatt",
    "torsdag morgen",
    "igjen",
    "tidligere denne måneden",
)
NB_SOURCES = (
    "Ifølge kommunen",
    "Ifølge politiet",
    "Ifølge en rapport fra statsforvalteren",
    "Ifølge flere naboer",
    "Ifølge administrasjonen",
)
NB_ROLES = (
    "leder i teknisk utvalg",
    "kommunikasjonssjef i kommunen",
    "leder i foreningen",
    "rektor",
    "gruppeleder i kommunestyret",
    "operasjonsleder i politiet",
    "daglig leder",
)
NB_SUBHEADS = (
    "Veien videre",
    "Kritikk fra opposisjonen",
    "Kostnadene",
    "Reaksjoner i bygda",
    "En lang kamp",
    "Bakgrunn",
    "Åpne spørsmål",
    "Neste steg",
    "Dette sier innbyggerne",
)
NB_MONTHS = (
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "desember",
)


class NorwegianProse(ScandinavianProse):
    """Norwegian Bokmål local-news prose (en/et nouns with the definite suffix, "den nye planen" /
    "det nye budsjettet" / "et nytt budsjett", the perfect, V2 word order after a fronted
    adverbial, «…» quotes with "sier")."""

    lang = "nb"
    NOUNS, ADJ, VERBS, DAYS, TIMES = NB_NOUNS, NB_ADJ, NB_VERBS, NB_DAYS, NB_TIMES
    SOURCES, ROLES, SUBHEADS = NB_SOURCES, NB_ROLES, NB_SUBHEADS
    DOUBLE_DEFINITE = True
    QUOTE = ("«", "»")
    SAYS = "sier"
    CONJUNCTIONS = ("fordi", "etter at", "mens", "selv om")
    COST = "Kostnadene anslås til rundt"
    ABOUT, RESIDENTS = "Rundt", "innbyggere"
    BECOMES = "blir"
    DEBATE = "Strid"
    CLAIM = "«Vi vil ha svar»"


NB_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Forsiden", "Nyheter", "Lokalt", "Sport", "Kultur", "Næringsliv", "Meninger", "Familie",
            "E-avis", "Bolig", "Tips oss"),
    "sections": ("Nyheter", "Politikk", "Næringsliv", "Trafikk", "Skole", "Kultur", "Sport"),
    "related": ("Les også", "Flere nyheter fra {place}", "Mer fra {short}", "Andre leser også"),
    "read_more": ("LES OGSÅ:", "Les også:", "LES MER:"),
    "by": ("Av",),
    "desks": ("Journalist", "Nyhetsjournalist", "Reporter", "Politisk journalist", "Sportsjournalist"),
    "share": ("Del artikkelen", "Del saken"),
    "share_sites": ("Facebook", "X", "Messenger", "E-post", "Kopier lenke"),
    "newsletter": (
        "Få de viktigste lokale nyhetene rett i innboksen hver morgen.",
        "Meld deg på vårt gratis nyhetsbrev og gå ikke glipp av noe fra kommunen.",
    ),
    "comments": (
        "Kommentarfeltet er stengt for denne saken.",
        "Logg inn for å delta i debatten om saken.",
    ),
    "cookie": (
        "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse og relevante annonser.",
        "Ved å bruke nettstedet godtar du at vi bruker informasjonskapsler.",
    ),
    "ad": ("Annonse – artikkelen fortsetter under", "ANNONSE · Les videre nedenfor"),
    "copyright": (
        "© {year} {name}. Alle rettigheter forbeholdt.",
        "Copyright © {name} {year}. Ettertrykk forbudt uten tillatelse.",
    ),
    "disclaimer": ("Innholdet kan ikke gjengis uten tillatelse fra redaksjonen.",),
    "tagline": ("Nyheter fra {region} siden {since}", "Din lokale avis siden {since}"),
    "bio": (
        "{author} er journalist i {name} og dekker {beat}.",
        "{author} har jobbet i {name} siden {since2} og skriver mest om {beat}.",
    ),
    "beats": (
        "kommunepolitikk",
        "samferdsel",
        "skole og utdanning",
        "helse og omsorg",
        "næringslivet",
        "kultur og fritid",
        "krim og rettssaker",
    ),
    "editorial": ("Saken er en del av serien «Vår kommune» i {name}.",),
    "classified": ("Selges: oppusset treroms leilighet i sentrum, 74 kvm, balkong mot sør.",),
    "subscribe": ("Kjøp abonnement – første måned for 1 krone",),
}
# Norway (Svalbard keeps Norway's time)
NB_ZONES = ("Europe/Oslo", "Europe/Oslo", "Arctic/Longyearbyen")


# --- shared ------------------------------------------------------------------------------------

# `_retitle` is in `pipeline.synth.kit` (imported at the end, and re-exported: the heath, dyke, weir,
# ford, fen and bog families import it from here).


def _clock(dt: datetime, caps: bool = False) -> str:
    """ "2:30 pm" ("2:30 PM" with `caps`)."""
    hour = dt.hour % 12 or 12
    half = "am" if dt.hour < 12 else "pm"
    return f"{hour}:{dt:%M} {half.upper() if caps else half}"


def _ap_clock(hour: int, minute: int) -> str:
    """ "2:14 p.m."."""
    return f"{hour % 12 or 12}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"


US_ZONES = {"America/New_York": "ET", "America/Chicago": "CT", "America/Denver": "MT",
            "America/Los_Angeles": "PT"}


def _zone(c: Ctx, dt: datetime) -> str:
    return US_ZONES.get(c.pub.tz) or dt.tzname() or ""


# --- nb-lokalavis-amedia -----------------------------------------------------------------------

NB_CAPTIONS = (
    "Kommunestyret behandlet saken i møtet torsdag kveld.",
    "Anleggsarbeidet har stått stille i flere uker.",
    "Innbyggerne samlet seg på torget lørdag formiddag.",
    "Prosjektet har vært omstridt i lang tid.",
    "Saken skal opp til ny behandling neste måned.",
    "Flere naboer møtte opp da planene ble lagt fram.",
)
NB_AGENCIES = ("NTB", "Scanpix", "Privat", "Amedia")
NB_EDITORS_ROLE = ("Ansvarlig redaktør og daglig leder", "Ansvarlig redaktør")
NB_FOOTER = ("Kundeservice", "Abonnement", "Annonsere", "Personvern", "Informasjonskapsler", "Kontakt oss",
             "Tips oss")
NB_FACTS = "Dette er saken:"
NB_LETTERS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _nb_id(c: Ctx, story: Story) -> str:
    r = c.stable(f"nbid-{story.published.isoformat()}")
    return "".join(r.choice(NB_LETTERS) for _ in range(6))


def _nb_stamp(dt: datetime) -> str:
    """ "7. mars 2026, kl. 14.30"."""
    return f"{dt.day}. {NB_MONTHS[dt.month - 1]} {dt.year}, kl. {dt:%H.%M}"


def _nb_mail(name: str, host: str) -> str:
    return f"{_dslug(name).replace('-', '.')}@{host}"


def _nb_facts(c: Ctx) -> None:
    """On about a third of the articles, a middle paragraph's first two to four sentences become a
    "Dette er saken:" list (the lead-in, tagged "h3", and one "li" block per sentence, all body); the
    rest of the paragraph follows the list. Only while the body stays within 14 lines."""
    s = c.story
    r = c.stable(f"nb-facts-{s.title}")
    if r.random() >= 0.5:
        return
    cands = [i for i in _paras(s)[2:-1] if len(s.sentences[i]) >= 2
             and all(_words(x) > 6 for x in s.sentences[i][:2])]
    if not cands:
        return
    at = r.choice(cands)
    sents = s.sentences[at]
    k = min(len(sents), r.randint(2, 4))
    while not all(_words(x) > 6 for x in sents[:k]):
        k -= 1
    items, rest = sents[:k], sents[k:]
    if _long_lines(s) - 1 + k + bool(rest) > 14:
        return
    s.blocks[at : at + 1] = [("h3", NB_FACTS), *[("li", x) for x in items],
                             *([("p", " ".join(rest))] if rest else [])]
    s.sentences[at : at + 1] = [[], *[[x] for x in items], *([rest] if rest else [])]


def render_nb_lokalavis_amedia(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    r = c.stable("byre-nb")
    c.repath(lambda o: f"/{_dslug(o.section)}/i/{_nb_id(c, o)}/{_dslug(o.title)}")
    _split_lead(c, 1)
    s.blocks = [("h2", x) if tag == "h3" else (tag, x) for tag, x in s.blocks]  # mellomtitler: all <h2>
    _nb_facts(c)
    _trim(s, keep=2)
    ingress = s.blocks[0][1]
    plus = c.stable(f"nb-plus-{s.title}").random() < 0.4
    updated = d + timedelta(minutes=c.rng.randint(25, 900)) if c.rng.random() < 0.35 else None
    utc = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    lines = [
        "<!DOCTYPE html>",
        '<html lang="nb-NO">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} – {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(ingress)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<meta name="lp:section" content="{esc(s.section)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/api/assets/{_hex(r, 12)}/style.css">',
        "</head>",
        '<body class="amedia-article">',
    ]
    c.snip("Logg inn Kjøp abonnement")
    lines += [
        '<div class="amedia-userbar"><a href="/logginn">Logg inn</a> '
        '<a class="buy" href="/abonnement">Kjøp abonnement</a></div>',
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="tagline">{esc(c.snip(pub.tagline))}</p>')
    nav = c.nav_items()
    lines += [
        '<nav class="main-nav"><ul>',
        *[f'<li><a href="/{_dslug(x)}">{esc(x)}</a></li>' for x in nav],
        "</ul></nav></header>",
        '<main><article class="article">',
        f'<div class="article-kicker"><a href="/{_dslug(s.section)}">{esc(s.section)}</a>'
        + (' <span class="premium-icon" title="For abonnenter">+</span>' if plus else "") + "</div>",
        f'<h1 class="article-title">{esc(s.title)}</h1>',
        f'<p class="article-lead">{esc(ingress)}</p>',
    ]
    photographer = prose_for("nb", c.stable(f"nb-ph-{s.title}")).person()
    agency = c.stable(f"nb-ag-{s.title}").choice(NB_AGENCIES)
    credit = f"Foto: {photographer}" + (f" / {agency}" if agency != "Privat" else "")
    cap = c.stable(f"nb-cap-{s.title}").choice(NB_CAPTIONS)
    c.snip(cap)
    c.snip(credit)
    lines.append(
        f'<figure class="lead-image"><img src="https://g.acdn.no/obscura/API/dynamic/r1/ece5/tr_1200/'
        f'{_hex(c.rng, 16)}.jpg" alt=""><figcaption><span class="caption">{esc(cap)}</span> '
        f'<span class="credit">{esc(credit)}</span></figcaption></figure>'
    )
    a = s.author
    mail = _nb_mail(a.name, pub.host)
    c.snip(f"{a.name} {a.desk} {mail}")
    stamp = f"Publisert {_nb_stamp(d)}"
    c.snip(stamp)
    lines.append(
        f'<div class="byline"><span class="name">{esc(a.name)}</span> '
        f'<span class="role">{esc(a.desk)}</span> <a href="mailto:{mail}">{esc(mail)}</a></div>\n'
        f'<div class="dates"><time datetime="{utc}">{esc(stamp)}</time>'
        + (f' <span class="updated">{esc(c.snip(f"Oppdatert {_nb_stamp(updated)}"))}</span>'
           if updated else "")
        + "</div>"
    )
    blocks = _render_blocks(
        c, p="<p>", quote="<blockquote><p>{}</p></blockquote>", ul='<ul class="facts">',
        heading=lambda tag, h: (f"<h2>{h}</h2>" if tag == "h2"
                                else f'<p class="facts-title"><strong>{h}</strong></p>'),
    )[1:]
    others = c.pick_others(10)
    read = c.stable("nb-read").choice(NB_UI["read_more"])
    cont = c.snip("Artikkelen fortsetter under annonsen")
    slot = (f'<div class="ad-slot"><span class="ad-label">ANNONSE</span>'
            f'<div id="ad-netboard-{_hex(r, 4)}"></div><p class="ad-continue">{esc(cont)}</p></div>')
    inserts: list[tuple[int, str]] = [(1, slot)]
    if _long_lines(s) > 6:
        inserts.append((4, slot))
    for k, o in zip((0, 3), others[:2], strict=False):
        c.snip(f"{read} {o.title}")
        inserts.append((k, f'<p><strong>{esc(read)}</strong> <a href="{esc(o.path)}">{esc(o.title)}</a></p>'))
    cap2 = c.stable(f"nb-cap2-{s.title}").choice([x for x in NB_CAPTIONS if x != cap])
    who2 = prose_for("nb", c.stable(f"nb-ph2-{s.title}")).person()
    c.snip(cap2)
    c.snip(f"Foto: {who2}")
    inserts.append((2, '<figure class="inline-image"><img src="https://g.acdn.no/obscura/'
                       f'{_hex(c.rng, 16)}.jpg" alt=""><figcaption>{esc(cap2)} '
                       f'<span class="credit">Foto: {esc(who2)}</span></figcaption></figure>'))
    tips = c.snip(f"Har du tips om denne saken? Kontakt oss på tips@{pub.host} eller send SMS til 2222.")
    lines += [
        '<div class="article-body">',
        *_insert_after(blocks, "<p>", inserts, skip="<p><strong>"),
        f'<aside class="tips-box"><p>{esc(tips)}</p></aside>',
        "</div>",
        _share_bar(c, "share-buttons"),
        "</article>",
    ]
    lines += [
        f'<aside class="most-read"><h2>{esc("Mest lest")}</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:6]],
        "</ol></aside>",
        f'<section class="more"><h2>{esc(c.snip(f"Flere saker fra {pub.name}"))}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[6:10]],
        "</ul></section>",
        "</main>",
    ]
    ep = NorwegianProse(c.stable("nb-editors"))
    editor, news = ep.person(), ep.person()
    role = c.stable("nb-editor-role").choice(NB_EDITORS_ROLE)
    c.snip(f"{role}: {editor}")
    c.snip(f"Nyhetsredaktør: {news}")
    varsom = c.snip(f"{pub.name} arbeider etter Vær Varsom-plakatens regler for god presseskikk. Den som "
                    "mener seg urettmessig omtalt, oppfordres til å ta kontakt med redaksjonen.")
    c.snip(" ".join(NB_FOOTER[:4]))
    lines += [
        '<footer class="site-footer"><ul>',
        *[f'<li><a href="/{_dslug(x)}">{esc(x)}</a></li>' for x in NB_FOOTER],
        "</ul>",
        f"<p>{esc(role)}: {esc(editor)}</p>",
        f"<p>Nyhetsredaktør: {esc(news)}</p>",
        f'<p class="varsom">{esc(varsom)}</p>',
        f"<p>{esc(c.copyright())}</p>",
        f"<p>{esc(c.snip(f'{pub.name} er en del av Amedia'))}</p>",
        "</footer>",
    ]
    return _close_page(c, lines, "consent", "Godta")


# --- police-blotter-hyperlocal -----------------------------------------------------------------

# (headline label, the item's sentences: each a choice among alternatives)
BL_INCIDENTS: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("Catalytic Converter Stolen", (
        ("A resident reported that someone had cut the catalytic converter from a {car} parked in the "
         "driveway overnight.",
         "The owner of a {car} told police the catalytic converter had been sawed off while the car sat "
         "in a commuter lot."),
        ("The loss was estimated at ${cost}.", "Police said it was the {nth} such theft in town this month."),
    )),
    ("DWI Arrest", (
        ("A {age}-year-old {town} {sex} was arrested on a charge of driving while intoxicated after "
         "officers saw a car drifting across the center line.",
         "Officers stopped a car that had been weaving between lanes and arrested the driver, a "
         "{age}-year-old {town} {sex}, on a charge of driving while intoxicated."),
        ("{Pron} was released to a sober adult and is due in municipal court on {court}.",
         "{Pron} was processed at headquarters and released pending a court date."),
    )),
    ("Mailboxes Damaged", (
        ("A caller reported that {n} mailboxes had been knocked over along the road sometime overnight.",),
        ("Officers are reviewing footage from a doorbell camera on the street.",
         "There are no suspects, police said."),
    )),
    ("Car Stolen From Driveway", (
        ("A {car} was reported stolen from a driveway between midnight and 6 a.m.",),
        ("The owner told police the keys had been left inside the vehicle.",
         "The car was later found abandoned in a neighboring town."),
    )),
    ("Phone Scam Reported", (
        ("A {age}-year-old resident reported receiving a call from someone claiming to be a court officer, "
         "who said a relative had been arrested and demanded payment in gift cards.",),
        ("The resident hung up and did not send any money.",
         "The resident lost ${cost} before realizing it was a scam."),
    )),
    ("Shoplifting Charge", (
        ("A {age}-year-old {town} {sex} was charged with shoplifting after store employees said {pron} "
         "left without paying for ${amount} worth of merchandise.",),
        ("{Pron} was issued a summons and released.", "The merchandise was recovered."),
    )),
    ("Neighbor Dispute", (
        ("Officers were called to a dispute between neighbors over {dispute}.",),
        ("Both parties were advised of their options, and no charges were filed.",),
    )),
    ("Package Theft", (
        ("A resident reported that {n} packages had been taken from a front porch after they were "
         "delivered.",),
        ("A neighbor's camera captured a person in a gray sweatshirt walking away with the boxes.",
         "The packages held clothing and a pair of headphones, the resident said."),
    )),
    ("Brush Fire", (
        ("Officers assisted the fire department with a small brush fire in a wooded lot near the road.",),
        ("The fire was out within {mins} minutes, and no one was injured.",),
    )),
    ("Wallet Returned", (
        ("A wallet containing ${cash} in cash was turned in at police headquarters by a passerby.",),
        ("Officers located the owner, who picked it up the same day.",),
    )),
    ("Crash With Injuries", (
        ("Two cars collided at the intersection, and one driver was taken to the hospital with minor "
         "injuries.",),
        ("The other driver was issued a summons for failure to yield.",
         "Both vehicles were towed from the scene."),
    )),
    ("Suspended License Arrest", (
        ("A motorist stopped for a broken taillight was found to be driving with a suspended license "
         "and was arrested.",),
        ("The car was towed from the scene.", "The driver was released on a summons."),
    )),
    ("Loose Dog Found", (
        ("A loose dog was found running in the roadway during the morning commute.",),
        ("Animal control returned the dog to its owner a short time later.",),
    )),
    ("Fraudulent Charges", (
        ("A resident reported {n} unauthorized charges totaling ${amount} on a credit card.",),
        ("The bank has been notified, and the case is under investigation.",),
    )),
)
BL_CARS = ("2014 Toyota Prius", "2009 Honda Accord", "2017 Ford F-150", "2012 Honda Element",
           "2019 Hyundai Tucson", "2008 Toyota Tacoma", "2021 Kia Sportage")
BL_DISPUTES = ("a shared fence", "snow plowed onto a driveway", "a barking dog", "a tree overhanging a yard",
               "parking on the street", "leaves blown onto a lawn")
BL_SUFFIXES = ("Road", "Avenue", "Street", "Lane", "Drive", "Court", "Place")
BL_ORDINALS = ("second", "third", "fourth", "fifth")
BL_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
BL_MENU = ("Local News", "Police & Fire", "Traffic & Transit", "Schools", "Obituaries", "Real Estate",
           "Business", "Events", "Neighbor Posts")
BL_RULES = (
    "Be respectful. This is a space for friendly local discussions.",
    "Be transparent. Use your real name, and back up your claims.",
    "Keep it local and relevant. Make sure your replies are about what is happening in your town.",
)
BL_FOOTER = ("About Us", "Careers", "Advertise", "Terms of Use", "Privacy Policy", "Community Guidelines")
BL_CAPTIONS = (
    "The {place} Police Department headquarters on {street}.",
    "A {place} police cruiser parked outside the municipal building.",
    "The {place} police log is compiled from the department's daily activity reports.",
)


def _bl_street(r: random.Random) -> str:
    return f"{r.choice(prose_for('en', r).person().split()[1:])} {r.choice(BL_SUFFIXES)}"


def _bl_plan(c: Ctx, k: int, attempt: int) -> tuple[str, Any]:
    """One week's log: its headline, and the days with their items (time and place, text)."""
    r = random.Random(f"{c.pub.host}-blotter-{k}-{attempt}")
    story = c.others[k]
    place = _place(c)
    towns = [p for p in r.sample(places("en"), 6) if p != place]
    n_days = r.randint(3, 5)
    first = story.published.date() - timedelta(days=n_days + r.randint(0, 1))
    incidents = r.sample(range(len(BL_INCIDENTS)), k=min(len(BL_INCIDENTS), 12))
    items: list[tuple[date, str, str]] = []
    words = 0
    least = r.randint(7, 11)
    for n_item, idx in enumerate(incidents):
        if n_item >= least and words >= 215:
            break
        label, parts = BL_INCIDENTS[idx]
        sex = r.choice(("man", "woman"))
        fill = {
            "car": r.choice(BL_CARS), "cost": f"{r.randint(8, 35) * 100:,}", "nth": r.choice(BL_ORDINALS),
            "age": str(r.randint(19, 74)), "town": r.choice((place, *towns[:3])), "sex": sex,
            "Pron": "He" if sex == "man" else "She", "pron": "he" if sex == "man" else "she",
            "court": f"{MONTHS['en'][(first.month % 12)]} {r.randint(2, 27)}", "n": str(r.randint(2, 7)),
            "amount": f"{r.randint(40, 900)}", "dispute": r.choice(BL_DISPUTES),
            "mins": str(r.randint(10, 40)), "cash": str(r.randint(20, 400)),
        }
        text = " ".join(r.choice(alts).format(**fill) for alts in parts)
        hour, minute = r.randint(0, 23), r.randint(0, 59)
        where = r.choice((
            f"{r.randint(1, 19)}00 block of {_bl_street(r)}",
            f"{r.randint(1, 19)}00 block of {_bl_street(r)}",
            f"{_bl_street(r)} and {_bl_street(r)}",
            f"Route {r.randint(9, 206)}",
            f"{place} Plaza",
        ))
        day = first + timedelta(days=r.randint(0, n_days - 1))
        line = f"{_ap_clock(hour, minute)}, {where}: {text}"
        items.append((day, f"{hour:02d}{minute:02d}", line))
        words += _words(line)
    items.sort(key=lambda x: (x[0], x[1]))
    labels = [BL_INCIDENTS[i][0] for i in incidents[:2]]
    title = f"{labels[0]}, {labels[1]}: {place} Police Blotter"
    return title, (first, [(day, line) for day, _, line in items])


def _bl_day(day: date) -> str:
    return f"{BL_WEEKDAYS[day.weekday()]}, {MONTHS['en'][day.month - 1]} {day.day}"


def render_police_blotter_hyperlocal(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    r = c.stable("byre-bl")
    town = _aslug(place)
    first, items = _retitle(c, _bl_plan)
    c.repath(lambda o: f"/{town}/{_aslug(o.title)}")
    first, last = min(day for day, _ in items), max(day for day, _ in items)
    span = f"{MONTHS['en'][first.month - 1]} {first.day} through {MONTHS['en'][last.month - 1]} {last.day}"
    intro = (f"The following items were taken from the {place} Police Department's activity log for {span}. "
             "An arrest does not mean a conviction, and everyone charged with a crime is presumed innocent "
             "until proven guilty in court.")
    blocks: list[tuple[str, str]] = [("p", intro)]
    shown: date | None = None
    for day, line in items:
        if day != shown:
            blocks.append(("h3", _bl_day(day)))
            shown = day
        blocks.append(("p", line))
    s.blocks = blocks
    s.sentences = [[t] if tag == "p" else [] for tag, t in blocks]
    zone = _zone(c, d)
    posted = f"Posted {d:%a}, {d:%b} {d.day}, {d.year} at {_clock(d)} {zone}"
    updated = d + timedelta(minutes=c.rng.randint(30, 600)) if c.rng.random() < 0.3 else None
    later = (f"Updated {updated:%a}, {updated:%b} {updated.day}, {updated.year} at {_clock(updated)} "
             f"{_zone(c, updated)}" if updated else "")
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<meta name="description" content="{esc(intro[:150])}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/_next/static/css/{_hex(r, 16)}.css">',
        "</head>",
        '<body class="article-page">',
    ]
    nearby = sorted(c.stable("bl-nearby").sample([p for p in places("en") if p != place], 4))
    c.snip("Nearby: " + " ".join(nearby))
    lines += [
        f'<header class="patch-header"><a class="logo" href="/{town}">{esc(pub.name)}</a>',
        '<a class="subscribe" href="/subscribe">Subscribe</a>',
        '<div class="nearby"><span>Nearby:</span> '
        + " ".join(f'<a href="/{_aslug(x)}">{esc(x)}</a>' for x in nearby) + "</div>",
    ]
    c.snip(" ".join(BL_MENU[:5]))
    lines += [
        '<nav class="town-nav"><ul>',
        *[f'<li><a href="/{town}/{_aslug(x)}">{esc(x)}</a></li>' for x in BL_MENU],
        "</ul></nav></header>",
    ]
    a = s.author
    staff = c.snip(f"{a.name}, {pub.name} Staff")
    c.snip(posted)
    thanks, replies = c.rng.randint(0, 40), c.rng.randint(0, 25)
    c.snip(f"Thank ({thanks}) Reply ({replies}) Share")
    street = _bl_street(c.stable("bl-hq"))
    cap = c.stable(f"bl-cap-{k_of(c)}").choice(BL_CAPTIONS).format(place=place, street=street)
    credit = c.stable("bl-credit").choice(("(Patch file photo)", "(Shutterstock)",
                                           f"({pub.name} file photo)"))
    c.snip(cap)
    lines += [
        '<main><article class="story">',
        f'<div class="category"><a href="/{town}/police-fire">Police &amp; Fire</a></div>',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="byline"><a href="/users/{_aslug(a.name)}">{esc(staff)}</a></div>',
        f'<div class="timestamps"><span class="posted">{esc(posted)}</span>'
        + (f' <span class="updated">{esc(c.snip(later))}</span>' if later else "")
        + "</div>",
        f'<div class="actions"><button>Thank ({thanks})</button> <button>Reply ({replies})</button> '
        "<button>Share</button></div>",
        f'<figure class="lead"><img src="https://patch.example/img/cdn20/users/{_hex(c.rng, 10)}.jpg" alt="">'
        f"<figcaption>{esc(cap)} <span class=\"credit\">{esc(credit)}</span></figcaption></figure>",
    ]
    body: list[str] = []
    for n, (tag, text) in enumerate(blocks):
        if tag == "h3":
            body.append(f'<h3 class="blotter-day">{esc(text)}</h3>')
        elif n == 0:
            body.append(f"<p>{esc(text)}</p>")
        else:
            lead, rest = text.split(": ", 1)
            body.append(f'<p class="blotter-item"><strong>{esc(lead)}:</strong> {esc(rest)}</p>')
    happening = c.snip(f"Find out what's happening in {place} with free, real-time updates from {pub.name}.")
    box = (f'<div class="happening"><p>{esc(happening)}</p><button>Let\'s go!</button></div>')
    sign1 = c.snip("Get more local news delivered straight to your inbox.")
    sign2 = c.snip(f"Sign up for free {pub.name} newsletters and alerts.")
    signup = (f'<div class="newsletter-signup"><p>{esc(sign1)} {esc(sign2)}</p>'
              '<input type="email" placeholder="Email address"><button>Subscribe</button></div>')
    ad = '<div class="ad"><span class="ad-label">Advertisement</span><div class="ad-slot"></div></div>'
    inserts = [(1, box), (3, ad), (5, signup), (8, ad)]
    tip = c.snip(f"Have a news tip? Email {_aslug(a.name).replace('-', '.')}@{pub.host} or reply below.")
    lines += [
        '<div class="story-body">',
        *_insert_after(body, "<p", inserts),
        "</div>",
        f'<p class="tip-line"><em>{esc(tip)}</em></p>',
        "</article>",
    ]
    c.snip("The rules of replying:")
    for rule in BL_RULES:
        c.snip(rule)
    others = c.pick_others(5)
    lines += [
        f'<section class="replies"><h2>{replies} replies</h2><h3>The rules of replying:</h3><ul>',
        *[f"<li>{esc(x)}</li>" for x in BL_RULES],
        "</ul></section>",
        f'<section class="more-from"><h2>{esc(c.snip(f"More from {pub.name}"))}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others],
        "</ul></section>",
        "</main>",
    ]
    c.snip(" ".join(BL_FOOTER[:4]))
    lines += [
        '<footer class="site-footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in BL_FOOTER],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    if c.has("cookie"):
        lines.append(f'<div class="cookie-banner"><p>{esc(c.text("cookie"))}</p><button>Accept</button>'
                     "</div>")
    lines += ["</body>", "</html>"]
    return _j(lines)


def k_of(c: Ctx) -> int:
    """The story's place in the publisher's list."""
    return next(k for k, o in enumerate(c.others) if o is c.story)


# --- preps-boxscore-recap ----------------------------------------------------------------------

PZ_MASCOTS = ("Tigers", "Hawks", "Panthers", "Eagles", "Wildcats", "Rams", "Bulldogs", "Knights", "Cougars",
              "Raiders", "Mustangs", "Falcons", "Spartans", "Lions")
PZ_ROUNDS = (
    ("District semifinal", "district semifinal", "in district semifinal", "the district final"),
    ("Region quarterfinal", "region quarterfinal", "to reach region semifinals", "the region semifinals"),
    ("Sectional final", "sectional final", "for sectional title", "the regional round"),
    ("Conference", "conference game", "", ""),
    ("Nonconference", "nonconference game", "", ""),
)
PZ_CLASSES = ("freshman", "sophomore", "junior", "senior")
PZ_POSITIONS = ("guard", "forward", "center", "point guard", "wing")
PZ_WIN_QUOTES = (
    "We talked all week about defending the perimeter, and they did exactly that for four quarters.",
    "Our seniors have been through a lot together, and they were not ready for this to end.",
    "Credit to {L}. They made us earn every possession tonight.",
    "We did not shoot it well early, but we never stopped guarding, and that is who we are.",
    "When {P} gets going like that, there is not much anybody can do about it.",
    "At halftime we just said, let's get stops and the offense will come.",
)
PZ_LOSE_QUOTES = (
    "I told them in the locker room that one game does not define this season.",
    "We had our chances in the fourth quarter, and we just could not get a bucket to fall.",
    "{W} is a very good team, and they made the plays when it mattered.",
    "I am proud of the way we kept fighting when it would have been easy to fold.",
)
PZ_COLOR = (
    "The gym was packed {m} minutes before tipoff, with students from both schools lining the baseline.",
    "The two teams split their regular-season meetings, each winning on its home floor.",
    "{W} last won a district title in {y}.",
    "Both benches emptied onto the floor to celebrate a charge call late in the second quarter.",
    "The {mW} went {ft} of {fta} from the free-throw line in the fourth quarter.",
    "{L} committed {to} turnovers, {to2} of them in the third quarter.",
    "Neither team led by more than {lead} points in the first half.",
    "The {mL} pulled within {gap} points with under two minutes left but could not get closer.",
)
PZ_TICKER_SPORTS = ("GBB", "BBB", "GBB", "BBB")
PZ_MENU = ("Scores", "Schedules", "Rankings", "Players of the Week", "Football", "Basketball", "Baseball",
           "Softball", "Volleyball", "Soccer")
PZ_FOOTER = ("About", "Contact", "Advertise", "Submit Scores", "Terms of Service", "Privacy Policy")
PZ_CAPTIONS = (
    "{P} drives to the basket during the second half of {W}'s win over {L}.",
    "{P} of {W} pulls up for a jumper in the first quarter against {L}.",
    "{W}'s {P} celebrates after a 3-pointer against {L}.",
)


def _pz_schools(c: Ctx) -> list[tuple[str, str]]:
    rp = c.stable("pz-schools")
    return list(zip(rp.sample(places("en"), 10), rp.sample(PZ_MASCOTS, 10), strict=True))


def _pz_roster(r: random.Random, total: int) -> list[dict[str, object]]:
    p = prose_for("en", r)
    names: list[str] = []
    while len(names) < 7:
        n = p.person()
        if n not in names:
            names.append(n)
    weights = [r.random() ** 1.6 + 0.05 for _ in names]
    pts = [int(total * w / sum(weights)) for w in weights]
    pts[weights.index(max(weights))] += total - sum(pts)
    roster = [{"name": n, "pts": x, "reb": r.randint(0, 11), "ast": r.randint(0, 7),
               "cls": r.choice(PZ_CLASSES), "pos": r.choice(PZ_POSITIONS)}
              for n, x in zip(names, pts, strict=True)]
    roster.sort(key=lambda x: -int(x["pts"]))  # type: ignore[call-overload]
    return roster


def _pz_plan(c: Ctx, k: int, attempt: int) -> tuple[str, Any]:
    r = random.Random(f"{c.pub.host}-game-{k}-{attempt}")
    story = c.others[k]
    schools = _pz_schools(c)
    home, away, nxt, after = r.sample(range(len(schools)), 4)
    qh = [r.randint(7, 22) for _ in range(4)]
    qa = [r.randint(7, 22) for _ in range(4)]
    if sum(qh) == sum(qa):
        qh[3] += 2
    win, lose, qw, ql = (home, away, qh, qa) if sum(qh) > sum(qa) else (away, home, qa, qh)
    ws, ls = sum(qw), sum(ql)
    rnd = r.choice(PZ_ROUNDS)
    gender = r.choice(("Girls", "Boys"))
    half_w, half_l = qw[0] + qw[1], ql[0] + ql[1]
    margin = ws - ls
    if half_w < half_l:
        verb = r.choice(("rallies past", "comes back to beat"))
    elif margin <= 3:
        verb = r.choice(("edges", "holds off", "survives"))
    elif margin >= 12:
        verb = r.choice(("rolls past", "pulls away from", "routs"))
    else:
        verb = r.choice(("beats", "tops", "knocks off"))
    W, L = schools[win][0], schools[lose][0]
    title = f"{W} {verb} {L} {ws}-{ls}" + (f" {rnd[2]}" if rnd[2] else "")
    game_time = story.published - timedelta(hours=r.randint(1, 30))
    game_time = game_time.replace(hour=r.choice((18, 19, 19, 20)), minute=r.choice((0, 0, 30)))
    if game_time > story.published:
        game_time -= timedelta(days=1)
    plan = {
        "W": schools[win], "L": schools[lose], "next": schools[nxt], "after": schools[after],
        "home": schools[home],
        "qw": qw, "ql": ql, "ws": ws, "ls": ls, "rnd": rnd, "gender": gender,
        "rw": _pz_roster(r, ws), "rl": _pz_roster(r, ls), "game": game_time, "seed": f"{k}-{attempt}",
        "rec_w": (r.randint(12, 25), r.randint(2, 9)), "rec_l": (r.randint(9, 21), r.randint(4, 12)),
        "coach_w": prose_for("en", r).person(), "coach_l": prose_for("en", r).person(),
        "win_home": win == home,
    }
    return title, plan


def _said(quote: str) -> str:
    """A quotation followed by its attribution ends with a comma inside the quotation marks."""
    return quote[:-1] + "," if quote.endswith(".") else quote


def _pz_story(c: Ctx, g: dict[str, Any]) -> list[list[str]]:
    """The recap's paragraphs (lists of sentences), 250-900 words, at most 14."""
    r = random.Random(f"{c.pub.host}-recap-{g['seed']}")
    (W, mW), (L, mL), N, M = g["W"], g["L"], g["next"][0], g["after"][0]
    qw, ql, ws, ls = g["qw"], g["ql"], g["ws"], g["ls"]
    rw, rl = g["rw"], g["rl"]
    t1, t2, t3 = rw[0], rw[1], rw[2]
    l1, l2 = rl[0], rl[1]
    day = BL_WEEKDAYS[g["game"].weekday()]
    half_w, half_l = qw[0] + qw[1], ql[0] + ql[1]
    rnd = g["rnd"]
    verb = ("rallied past" if half_w < half_l else "held off" if ws - ls <= 3
            else "pulled away from" if ws - ls >= 12 else "beat")
    paras: list[list[str]] = []
    paras.append([
        f"{t1['name']} scored {t1['pts']} points, and {W} {verb} {L} {ws}-{ls} on {day} night in a "
        f"{g['gender'].lower()} basketball {rnd[1]}.",
        f"The {t1['cls']} {t1['pos']} also had {t1['reb']} rebounds"
        + (f" and {t1['ast']} assists." if t1["ast"] else "."),
    ])
    if qw[0] > ql[0]:
        q1 = f"{W} led {qw[0]}-{ql[0]} after the first quarter."
    elif qw[0] < ql[0]:
        q1 = f"{L} jumped out to a {ql[0]}-{qw[0]} lead after the first quarter."
    else:
        q1 = f"The teams were tied {qw[0]}-{ql[0]} after the first quarter."
    if half_w > half_l:
        h = f"The {mW} led {half_w}-{half_l} at halftime."
    elif half_w < half_l:
        h = f"The {mW} trailed {half_l}-{half_w} at halftime."
    else:
        h = f"It was {half_w}-{half_l} at halftime."
    if qw[2] > ql[2]:
        q3 = f"{W} outscored the {mL} {qw[2]}-{ql[2]} in the third quarter to take control."
    elif qw[2] < ql[2]:
        q3 = f"{L} won the third quarter {ql[2]}-{qw[2]}."
    else:
        q3 = f"Both teams scored {qw[2]} points in the third quarter."
    paras.append([q1, h, q3])
    paras.append([
        f"{t2['name']} added {t2['pts']} points and {t2['reb']} rebounds for the {mW}, and {t3['name']} "
        f"finished with {t3['pts']}.",
        f"{t2['name']}, a {t2['cls']}, hit two free throws with {r.randint(12, 58)} seconds left to seal "
        "it.",
    ])
    cw = g["coach_w"]
    quote_w = r.sample(PZ_WIN_QUOTES, 2)
    first = t1["name"].split()[0]
    paras.append([f"\u201c{_said(quote_w[0].format(L=L, P=first))}\u201d {W} coach {cw} said.",
                  f"\u201c{quote_w[1].format(L=L, P=first)}\u201d"])
    rec_l = g["rec_l"]
    end = (f"The {mL} finish the season at {rec_l[0]}-{rec_l[1] + 1}." if rnd[3]
           else f"The {mL} ({rec_l[0]}-{rec_l[1] + 1}) play at {M} on {r.choice(BL_WEEKDAYS[:5])}.")
    paras.append([f"{l1['name']} led {L} with {l1['pts']} points, and {l2['name']} scored {l2['pts']}.", end])
    cl = g["coach_l"]
    paras.append([f"\u201c{_said(r.choice(PZ_LOSE_QUOTES).format(W=W))}\u201d {L} coach {cl} said."])
    rec_w = g["rec_w"]
    nxt = (f"{W} ({rec_w[0] + 1}-{rec_w[1]}) advances to face {N} in {rnd[3]} on "
           f"{r.choice(BL_WEEKDAYS[:6])} at {r.choice((6, 7))}:{r.choice(('00', '30'))} p.m." if rnd[3]
           else f"{W} ({rec_w[0] + 1}-{rec_w[1]}) hosts {N} on {r.choice(BL_WEEKDAYS[:6])}.")
    paras.append([nxt])
    fill = {"m": r.randint(20, 45), "W": W, "L": L, "y": r.randint(1979, 2019), "mW": mW, "mL": mL,
            "ft": 0, "fta": 0, "to": r.randint(12, 22), "to2": 0, "lead": r.randint(5, 9),
            "gap": r.randint(3, 5)}
    fill["fta"] = r.randint(8, 14)
    fill["ft"] = r.randint(fill["fta"] - 5, fill["fta"])
    fill["to2"] = r.randint(3, fill["to"] // 2)
    close_half = max(abs(qw[0] - ql[0]), abs(half_w - half_l)) <= int(fill["lead"])
    late_run = int(fill["gap"]) <= ws - ls <= 12
    color = [x.format(**fill) for x in r.sample(PZ_COLOR, len(PZ_COLOR))
             if ("{lead}" not in x or close_half) and ("{gap}" not in x or late_run)]
    paras.insert(3, color[:2])
    extra = color[2:]
    bench = [p for p in rw[3:] + rl[2:] if int(p["pts"]) > 0]
    for p in bench[:3]:
        extra.append(f"{p['name']} chipped in {p['pts']} points off the bench.")
    k = 0
    target = r.randint(255, 400)
    while sum(_words(x) for para in paras for x in para) < target and extra:
        paras[1 + k % (len(paras) - 1)].append(extra.pop(0))
        k += 1
    return paras


def render_preps_boxscore_recap(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    r = c.stable("byre-pz")
    g: dict[str, Any] = _retitle(c, _pz_plan)
    state = c.stable("pz-state").choice(("ohio", "texas", "georgia", "michigan", "oregon", "virginia"))
    c.repath(lambda o: f"/{state}/basketball/{_aslug(o.title)}-"
                       f"{c.stable(f'pzid-{o.title}').randint(10**6, 10**7 - 1)}")
    paras = _pz_story(c, g)
    s.blocks = [("p", " ".join(x)) for x in paras]
    s.sentences = paras
    W, L = g["W"][0], g["L"][0]
    modified = d + timedelta(minutes=c.rng.randint(5, 240))
    a = s.author
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title,
        "datePublished": c.iso(), "dateModified": modified.isoformat(timespec="seconds"),
        "author": [{"@type": "Person", "name": a.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
        "articleSection": "Basketball",
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        f'<link rel="stylesheet" href="/static/css/app.{_hex(r, 8)}.css">',
        "</head>",
        '<body class="story-page">',
    ]
    schools = _pz_schools(c)
    tr = c.stable(f"pz-ticker-{k_of(c)}")
    ticker: list[str] = []
    for _ in range(5):
        x, y = tr.sample(schools, 2)
        sx, sy = tr.randint(40, 80), tr.randint(30, 79)
        if sx == sy:
            sx += 1
        item = f"FINAL {tr.choice(PZ_TICKER_SPORTS)} {x[0]} {sx} {y[0]} {sy}"
        c.snip(item)
        ticker.append(f'<li><span class="status">FINAL</span> <span class="sport">{item.split()[1]}</span> '
                      f'<span class="team">{esc(x[0])}</span> <b>{sx}</b> '
                      f'<span class="team">{esc(y[0])}</span> <b>{sy}</b></li>')
    c.snip(" ".join(PZ_MENU[:5]))
    lines += [
        '<div class="scoreboard-ticker"><ul>', *ticker, "</ul></div>",
        f'<header class="site-header"><a class="brand" href="/">{esc(pub.name)}</a>',
        "<nav><ul>",
        *[f'<li><a href="/{state}/{_aslug(x)}">{esc(x)}</a></li>' for x in PZ_MENU],
        "</ul></nav>",
        "</header>",
    ]
    rnd = g["rnd"]
    kicker = c.snip(f"{g['gender']} Basketball | {rnd[0]}")
    by = c.snip(f"By {a.name} | {pub.name}")
    shown = f"{d:%b} {d.day}, {d.year} {_clock(d, caps=True)}"
    c.snip(f"{by} {shown}")
    star = g["rw"][0]["name"]
    cap = c.stable(f"pz-cap-{s.title}").choice(PZ_CAPTIONS).format(P=star, W=W, L=L)
    photog = prose_for("en", c.stable("pz-photog")).person()
    c.snip(cap)
    c.snip(f"(Photo: {photog})")
    lines += [
        '<main><article class="story">',
        f'<p class="kicker">{esc(kicker)}</p>',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="meta"><span class="byline">{esc(by)}</span> '
        f'<span class="date">{esc(shown)}</span></div>',
        f'<figure class="hero"><img src="/images/{_hex(c.rng, 12)}.jpg" alt="{esc(star)}">'
        f'<figcaption>{esc(cap)} <span class="credit">(Photo: {esc(photog)})</span></figcaption></figure>',
    ]
    body = [f"<p>{c.inline(t)}</p>" for _, t in s.blocks]
    others = c.pick_others(9)
    ad = '<div class="ad-container"><span>Advertisement</span><div class="ad"></div></div>'
    more = [(k, o) for k, o in zip((1, 4), others[:2], strict=False)]
    inserts: list[tuple[int, str]] = [(2, ad)]
    for k, o in more:
        c.snip(f"MORE: {o.title}")
        inserts.append((k, f'<p><strong>MORE:</strong> <a href="{esc(o.path)}">{esc(o.title)}</a></p>'))
    vote = c.snip(f"Who should be the {pub.name} Player of the Week? Cast your vote here")
    inserts.append((5, f'<p><strong>VOTE:</strong> <a href="/{state}/players-of-the-week">'
                       f"{esc(vote)}</a></p>"))
    c.snip(f"VOTE: {vote}")
    lines += ['<div class="story-body">', *_insert_after(body, "<p>", inserts, skip="<p><strong>"), "</div>"]
    # the box score: not body
    home, away = (g["W"], g["L"]) if g["win_home"] else (g["L"], g["W"])
    qh, qa = (g["qw"], g["ql"]) if g["win_home"] else (g["ql"], g["qw"])
    game = g["game"]
    where = c.snip(f"{BL_WEEKDAYS[game.weekday()]}, {MONTHS['en'][game.month - 1]} {game.day} "
                   f"at {home[0]} High School")
    c.snip("Team 1 2 3 4 T")
    rows = []
    for team, qs in ((away, qa), (home, qh)):
        row = f"{team[0]} {' '.join(map(str, qs))} {sum(qs)}"
        c.snip(row)
        cells = (team[0], *qs, sum(qs))
        rows.append("<tr>\n" + "\n".join(f"<td>{esc(str(x))}</td>" for x in cells) + "\n</tr>")
    box = [
        '<section class="boxscore">',
        f"<h2>Box score</h2>\n<p class=\"game-info\">{esc(where)}</p>",
        '<table class="linescore"><thead><tr>\n'
        + "\n".join(f"<th>{x}</th>" for x in ("Team", "1", "2", "3", "4", "T")) + "\n</tr></thead><tbody>",
        *rows,
        "</tbody></table>",
    ]
    c.snip("Player PTS REB AST")
    for (team, mascot), roster in ((g["W"], g["rw"]), (g["L"], g["rl"])):
        box.append(f'<table class="player-stats"><caption>{esc(team)} {esc(mascot)}</caption><thead><tr>\n'
                   + "\n".join(f"<th>{x}</th>" for x in ("Player", "PTS", "REB", "AST"))
                   + "\n</tr></thead><tbody>")
        for p in roster:
            c.snip(f"{p['name']} {p['pts']} {p['reb']} {p['ast']}")
            box.append("<tr>\n"
                       + "\n".join(f"<td>{esc(str(p[x]))}</td>" for x in ("name", "pts", "reb", "ast"))
                       + "\n</tr>")
        tot = [sum(int(p[x]) for p in roster) for x in ("pts", "reb", "ast")]
        c.snip(f"Totals {' '.join(map(str, tot))}")
        box.append('<tr class="totals">\n' + "\n".join(f"<td>{x}</td>" for x in ("Totals", *tot))
                   + "\n</tr>")
        box.append("</tbody></table>")
    rec_w, rec_l = g["rec_w"], g["rec_l"]
    records = c.snip(f"Records: {W} {rec_w[0] + 1}-{rec_w[1]}, {L} {rec_l[0]}-{rec_l[1] + 1}")
    box += [f'<p class="records">{esc(records)}</p>', "</section>"]
    lines += box
    label = "Share this story"
    c.snip(f"{label} Facebook X Email Copy Link")
    lines += [
        f'<div class="share"><span>{label}</span> <a href="#">Facebook</a> <a href="#">X</a> '
        '<a href="#">Email</a> <a href="#">Copy Link</a></div>',
        "</article>",
        f'<aside class="latest"><h2>{esc(c.snip("Latest scores and stories"))}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:9]],
        "</ul></aside>",
        "</main>",
    ]
    c.snip(" ".join(PZ_FOOTER[:4]))
    lines += [
        '<footer class="site-footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in PZ_FOOTER],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    return _close_page(c, lines, "cookie-consent")


# --- blox-weekly-column ------------------------------------------------------------------------

BX_COLUMNS = ("Back Roads", "Main Street Diary", "The Porch Light", "Off the Record",
              "Small Town, Big Questions", "From the Bleachers", "Notes From Home")
BX_OPENERS = (
    "I have lived in {place} for {n} years, and I cannot remember a week quite like this one.",
    "A reader stopped me outside the post office last week with a question I could not answer.",
    "Every spring I promise myself I will stop writing about the council, and every spring the council "
    "makes that impossible.",
    "My neighbor has a theory about this town, and the longer I live here the more I think she is right.",
    "I went to the meeting on Tuesday expecting to be bored, and I came home with a notebook full of "
    "questions.",
)
BX_SIGNOFFS = (
    "Until next week, keep your porch light on.",
    "As always, I will be at the corner table at the diner if you want to argue about it.",
    "Stay curious, stay kind, and I will see you here next Sunday.",
    "Now get outside while the weather holds, and I will see you next week.",
    "Until then, mind the potholes and look out for one another.",
    "That is the view from my front step; see you next week.",
)
BX_MENU = ("News", "Sports", "Obituaries", "Opinion", "Lifestyles", "e-Edition", "Classifieds", "Jobs",
           "Subscribe")
BX_SHARE = "Facebook Twitter WhatsApp SMS Email Print Copy article link Save"
BX_RULES = (
    "Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
    "PLEASE TURN OFF YOUR CAPS LOCK.",
    "Don't Threaten. Threats of harming another person will not be tolerated.",
    "Be Truthful. Don't knowingly lie about anyone or anything.",
    "Be Nice. No racism, sexism or any sort of -ism that is degrading to another person.",
    "Be Proactive. Use the 'Report' link on each comment to let us know of abusive posts.",
)
BX_CAPTIONS = (
    "The old depot on {street} has stood empty since the last train came through.",
    "Volunteers sort donations at the community pantry in {place}.",
    "The courthouse square in {place} on a quiet weekday morning.",
    "A hand-painted sign outside the hardware store in downtown {place}.",
)
BX_FOOTER = ("Contact Us", "Terms of Use", "Privacy Policy", "Submit News", "Advertise With Us",
             "Place an Ad")


def _bx_uuid(c: Ctx, story: Story) -> str:
    r = c.stable(f"bxid-{story.published.isoformat()}")
    h = _hex(r, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _bx_restructure(c: Ctx) -> str:
    """The column: no subheadings, a first-person opening sentence, the columnist's sign-off as the
    last paragraph (it replaces the last paragraph when the body has 14), 250-900 words; a middle
    paragraph a reader's letter (a <blockquote>). Returns the sign-off."""
    s = c.story
    keep = [i for i, (tag, _) in enumerate(s.blocks) if tag == "p"]
    s.blocks = [s.blocks[i] for i in keep]
    s.sentences = [s.sentences[i] for i in keep]
    r = c.stable(f"bx-open-{s.title}")
    opener = r.choice(BX_OPENERS).format(place=_place(c), n=r.randint(12, 40))
    s.sentences[0] = [opener, *s.sentences[0]]
    s.blocks[0] = ("p", " ".join(s.sentences[0]))
    sign = c.stable(f"bx-sign-{s.author.name}").choice(BX_SIGNOFFS)
    if len(s.blocks) >= 14:
        s.blocks[-1], s.sentences[-1] = ("p", sign), []
    else:
        s.blocks.append(("p", sign))
        s.sentences.append([])
    _trim(s, keep=1)
    prose = prose_for("en", c.stable(f"bx-fill-{s.title}"))
    while _paragraph_words(s) < 250:
        s.sentences[-2].append(prose.sentence())
        s.blocks[-2] = ("p", " ".join(s.sentences[-2]))
    _quotify(c)
    return sign


def render_blox_weekly_column(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    r = c.stable("byre-bx")
    place = _place(c)
    c.repath(lambda o: f"/opinion/columns/{_aslug(o.title)}/article_{_bx_uuid(c, o)}.html")
    sign = _bx_restructure(c)
    a = s.author
    column = c.stable(f"bx-col-{a.name}").choice(BX_COLUMNS)
    updated = d + timedelta(days=c.rng.randint(1, 4)) if c.rng.random() < 0.3 else None
    later = f"Updated {updated:%b} {updated.day}, {updated.year}" if updated else ""
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | Columnists | {esc(pub.host)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<meta name="author" content="{esc(a.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<link rel="stylesheet" href="https://bloximages.example/built/resources/'
        f'{_hex(r, 8)}/bootstrap.min.css">',
        "</head>",
        '<body class="app-asset asset-article">',
        f'<div id="site-top"><a class="site-logo" href="/">{esc(pub.name)}</a>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="tagline">{esc(c.snip(pub.tagline))}</p>')
    c.snip(" ".join(BX_MENU[:5]))
    lines += [
        '<nav id="main-navigation"><ul class="nav navbar-nav">',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in BX_MENU],
        "</ul></nav></div>",
    ]
    byline = c.snip(f"By {a.name} Columnist")
    shown = f"{d:%b} {d.day}, {d.year}"
    lines += [
        '<div id="main-page-container"><article class="asset-article">',
        '<header class="asset-header">',
        '<div class="asset-section"><a href="/opinion/columns/">Columnists</a></div>',
        f'<div class="column-name"><a href="/opinion/columns/{_aslug(column)}/">{esc(column)}</a></div>',
        f'<h1 class="headline"><span class="tnt-headline">{esc(s.title)}</span></h1>',
        '<div class="asset-author"><img class="tnt-user-avatar" '
        f'src="/content/tncms/avatars/{_hex(r, 6)}.jpg" alt="{esc(a.name)}"> '
        f'<span class="tnt-byline">{esc(byline)}</span></div>',
        f'<ul class="list-inline asset-date"><li><time datetime="{c.iso()}">{esc(shown)}</time></li>'
        + (f'<li><span class="updated">{esc(c.snip(later))}</span></li>' if later else "")
        + "</ul>",
        "</header>",
    ]
    c.snip(BX_SHARE)
    share = ('<div class="share-container">'
             + " ".join(f"<span>{esc(x)}</span>" for x in ("Facebook", "Twitter", "WhatsApp", "SMS", "Email",
                                                           "Print", "Copy article link", "Save"))
             + "</div>")
    lines.append(share)
    body: list[str] = []
    for tag, text in s.blocks:
        if tag == "quote":
            body.append(f"<blockquote><p>{esc(text)}</p></blockquote>")
        else:
            body.append(f"<p>{c.inline(text) if text != sign else esc(text)}</p>")
    street = f"{prose_for('en', c.stable('bx-street')).person().split()[1]} Street"
    cap = c.stable(f"bx-cap-{s.title}").choice(BX_CAPTIONS).format(place=place, street=street)
    photo_by = f"{a.name} / {pub.name}"
    c.snip(cap)
    c.snip(f"Buy Now {photo_by}")
    photo = (f'<div class="inline-asset"><figure class="photo"><img src="https://bloximages.example/'
             f'{_hex(c.rng, 12)}.image.jpg" alt=""><figcaption><div class="caption-text">{esc(cap)}</div> '
             f'<a class="buy-now" href="/photos/buy">Buy Now</a> <div class="credit">{esc(photo_by)}</div>'
             "</figcaption></figure></div>")
    nl1 = c.snip("Sign up for our Opinion newsletter")
    nl2 = c.snip("Get the week's columns and letters to the editor in your inbox every Sunday.")
    newsletter = (f'<div class="inline-signup"><h4>{esc(nl1)}</h4><p>{esc(nl2)}</p>'
                  '<input type="email" placeholder="Email"><button>Sign up!</button></div>')
    ad = ('<div class="tnt-ads-container"><div class="tnt-ads advertisement"><span>Advertisement</span>'
          "</div></div>")
    first = a.name.split()[0]
    mail = f"{_aslug(a.name).replace('-', '.')}@{pub.host}"
    tagline = c.snip(f"{a.name} writes a weekly column for {pub.name}. Email {first} at {mail}.")
    lines += [
        '<div class="asset-body"><div class="asset-content subscriber-premium" itemprop="articleBody">',
        '<div id="article-body">',
        *_insert_after(body, "<p>", [(1, photo), (2, ad), (4, newsletter)]),
        f"<p><em>{esc(tagline)}</em></p>",
        "</div></div></div>",
    ]
    tags = ["Column", "Opinion", place, column]
    c.snip("Tags " + " ".join(tags))
    others = c.pick_others(8)
    lines += [
        '<div class="asset-tags"><span>Tags</span> '
        + " ".join(f'<a href="/search/?t={_aslug(x)}">{esc(x)}</a>' for x in tags) + "</div>",
        "</article>",
        f'<div class="related"><h3>{esc(c.snip("Related to this story"))}</h3><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[:3]],
        "</ul></div>",
        f'<div id="comments"><h3>{esc(c.snip("Welcome to the discussion."))}</h3><ul class="rules">',
        *[f"<li>{esc(c.snip(x))}</li>" for x in BX_RULES],
        "</ul></div>",
        '<aside class="most-popular"><h3>Most Popular</h3><ul class="nav-tabs"><li>Articles</li> '
        "<li>Images</li> <li>Videos</li></ul><ol>",
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[3:8]],
        "</ol></aside>",
        "</div>",
    ]
    c.snip(" ".join(BX_FOOTER[:4]))
    powered = c.snip("Powered by BLOX Content Management System from TownNews.com.")
    lines += [
        '<footer id="site-footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in BX_FOOTER],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
        f'<p class="powered">{esc(powered)}</p>',
        "</footer>",
    ]
    return _close_page(c, lines, "cookie-notice")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "nb-lokalavis-amedia": render_nb_lokalavis_amedia,
    "police-blotter-hyperlocal": render_police_blotter_hyperlocal,
    "preps-boxscore-recap": render_preps_boxscore_recap,
    "blox-weekly-column": render_blox_weekly_column,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import random  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import UTC, date, datetime  # noqa: E402
from typing import Any  # noqa: E402

from pipeline.synth.barn_families import _dslug  # noqa: E402
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
    register_language,
)
from pipeline.synth.kit import _retitle as _retitle  # noqa: E402
from pipeline.synth.prose import places, prose_for  # noqa: E402
from pipeline.synth.publishers import (  # noqa: E402
    MONTHS,
    Ctx,
    Story,
    _j,
    _words,
    esc,
)
from pipeline.synth.shed_families import _quotify, _render_blocks  # noqa: E402

# Norwegian joins the registries (new keys only)
register_language(
    "nb",
    first_names=NB_FIRST,
    surnames=NB_SURNAMES,
    prose=NorwegianProse,
    ui=NB_UI,
    months=NB_MONTHS,
    zones=NB_ZONES,
    place_forms=NB_PLACE_FORMS,
)
