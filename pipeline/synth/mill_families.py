"""Four MILL template families for the synthetic publishers (see `pipeline.synth.publishers`).

"mill" is a thirteenth split, next to "train", "test", "fresh", "blind", "sealed", "vault", "attic",
"cellar", "crypt", "loft", "shed" and "barn": families written by a session that read neither the
extractor nor any extraction result (nor the benchmark notes), so no extraction rule was written or
tuned against them. They are held out until they are measured once; once their scores have been
looked at, they are no longer held out, and a later held-out measurement needs new families.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `MILL_FAMILIES`: the mill families are
generated only by `generate_corpus("mill")`, never by "all", "train", "test" or another held-out
split, so those corpora are as they were. This module also brings a thirteenth language, Czech
("cs"): its grammar (`CzechProse`: three genders, the accusative of the object and its adjective,
the past tense agreeing with the subject), names (women's surnames in "-ová"/"-á"), place names,
UI strings, month names (the genitive, as a date has them) and zone are defined here and added to
the registries of `pipeline.synth.prose` and `pipeline.synth.publishers` when the module is loaded
(new keys only; nothing another language uses changes).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more, pull
quotes and repeated sentences in `repeated`, aware `published_at`, clean `title` without the site
name) and those of the earlier held-out splits (a standfirst, perex or dek that opens the story is
body; a wire dateline opening the first paragraph is body; in-text "read also" lines and calls to
action are boilerplate even in the paragraphs' own markup; a bulleted list and a <blockquote>
inside the text are body, one line per item; a correction or update note written for the one
article is body; a photo's caption and credit are boilerplate). New here:
  * text set as bare text nodes separated by <br><br> in one <div> (no <p>): each run between two
    breaks is a paragraph of the body; the lines in the same run of text that the template adds
    (an agency note "(With inputs from PTI)", the "Follow us on Google News" line) are boilerplate;
  * a "Story highlights" box above the text whose items are sentences of the text, verbatim: each
    sentence is body once (where the text has it) and in `repeated`;
  * readers' comments under a blog post (their text, authors and times) are boilerplate, as are the
    widget sidebar's contents, even where the sidebar stands before the post in the DOM, and the
    share / "Like this:" / "Related" blocks a blog platform appends inside the post's own content
    <div>;
  * a drop cap in a <span> of its own and the first words in small caps (another <span>) are part of
    the paragraph's text: the body line is the paragraph's text as read ("The council ...");
  * a paginated article ("Page 1 of 3", "Next page ›"): the truth is what this page holds, the
    pager is boilerplate;
  * a reader poll ("Anketa") and a "Čtěte také" box amid a Czech article's text are boilerplate.

Families (language; date source):
  mill   india-english-portal  en; a NewsArticle JSON-LD datePublished and dateModified with offset;
                               the visible time is the modification time only ("Updated: Mar 7,
                               2026, 16:02 IST", in the publisher's zone); an English-language
                               Indian portal (Times of India-like): the top bar ("Sign In", "Today's
                               ePaper"), the city menu, the "Trending" bar, the breadcrumb, the
                               "Story highlights" box (see above), the byline with "TNN" and the
                               updated time, the "Follow Us On Google News" button, the lead
                               photo's caption ("Representative image", "File photo", ...) with its
                               credit "(Photo: PTI)", the text as <br><br>-separated text nodes in
                               one <div> (see above) opening with the dateline "KALOVFORD:"
                               (body), "Also Read" boxes, "ALSO READ |" lines in the text flow,
                               "Advertisement" slots with "Story continues below this ad", the
                               agency note and the Google News line closing the text
                               (boilerplate), "Comments (N)", "Top Stories from <City>", "Visual
                               Stories" and the footer; URLs
                               /city/place/slug/articleshow/NNNNNNNNN.cms; <title> "T | Place News
                               - Site"
  mill   cs-zpravy-portal      cs; the date alone, only in the visible text ("7. března 2026 14:30",
                               and "aktualizováno 16:02", the time alone, on updated articles); a
                               Czech news portal (iDNES/Novinky-like): "Přihlásit" / "Předplatné"
                               bar, the menu, the breadcrumb, the "Premium" badge, the perex (<div
                               class="opener">, the story's first paragraph: body), the author line
                               "Jan Novák, redakce", the photo's caption and "Foto: <name>, <agency>",
                               the text with <h3> mezititulky, "Reklama" slots with "Pokračování
                               článku pod reklamou", a "Čtěte také" box with headlines, a reader
                               poll (see above), "Témata:", "Sdílet", "Diskuse (N)", "Nejčtenější"
                               and the footer; URLs /zpravy/section/slug.A260307_143000_section_abc;
                               <title> "T - Site"
  mill   wpcom-personal-blog   en; <time class="entry-date published" datetime> with offset (and a
                               later <time class="updated"> on updated posts), Jetpack's
                               article:published_time in UTC ("+00:00"), the visible date alone
                               ("March 7, 2026"); a one-person local news blog hosted on
                               WordPress.com (a Twenty-* theme with the widget sidebar first in the
                               DOM): the header and menu, then the sidebar (search, Recent Posts,
                               Recent Comments, Archives, Categories, Blog Stats "N hits", "Follow
                               Blog via Email"), then the post: "Posted on <date> by <author>",
                               the text (<h2 class="wp-block-heading">, a wp-block-image with its
                               caption, a wp-block-quote and a wp-block-list: body), an "Update,
                               <date>:" paragraph closing some posts (body), the subscribe block
                               inside the text, and, inside .entry-content after the text,
                               Jetpack's "Share this:", "Like this:" / "Like Loading..." and
                               "Related" (see above); "This entry was posted in ...", the post
                               navigation, the readers' comments (see above), "Leave a Reply",
                               "Blog at WordPress.com." and the action bar; URLs
                               /YYYY/MM/DD/slug/; <title> "T – Site"
  mill   lifestyle-paged-mag   en; only a naive <meta name="sailthru.date"> ("2026-03-07 14:30:00",
                               local time) and the visible date alone ("Mar 7, 2026"); a
                               home-and-lifestyle magazine on a Hearst-like platform with
                               web-to-print styling: the affiliate disclosure above the text, the
                               dek (the story's first sentence: body), the "Jump to Comments" /
                               "Print" / "Save to Pinterest" buttons, the lead photo's credit, the
                               drop cap and small caps (see above), <h2> subheadings, a numbered
                               list (body), a pull quote (in `repeated`), "RELATED:" lines in the
                               paragraphs' own <p> markup, "Advertisement - Continue Reading
                               Below" slots, the "Shop the story" product card, the pager on
                               paginated articles (see above), the newsletter box, "You might also
                               like", the share bar and the footer; URLs /section/aNNNNNNNN/slug/;
                               <title> "T | Site"

Every renderer gives every story of its publisher the platform's own URL on first use (the stories
are rebuilt for each `render_publisher` call, so this is deterministic). The Indian renderer opens
the first paragraph with the dateline; the Czech one makes the first paragraph the perex; the blog
renderer turns one paragraph into a quotation and one into a list and may close a post with an
update note; the magazine renderer splits the first sentence off as the dek and turns a paragraph
into a numbered list (each keeping the body within 14 paragraphs and 900 words), so `body`, taken
from the story after rendering, has them. All four have site names of their own
(`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

from datetime import timedelta

from pipeline.synth.prose import Prose, _cap, _w

FAMILIES: dict[str, str] = {
    "india-english-portal": "mill",
    "cs-zpravy-portal": "mill",
    "wpcom-personal-blog": "mill",
    "lifestyle-paged-mag": "mill",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "cs-zpravy-portal": "cs",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "india-english-portal": (
        "{p} Times",
        "The {p} Chronicle",
        "{p} Herald",
        "The New {p} Express",
        "{p} Tribune",
    ),
    "cs-zpravy-portal": (
        "Deník {p}",
        "Zprávy {p}",
        "{p} Online",
        "Zpravodaj {p}",
        "Echo {p}",
        "{p} aktuálně",
    ),
    "wpcom-personal-blog": (
        "{p} Notebook",
        "Around {p}",
        "Notes from {p}",
        "{p} Local Matters",
        "The {p} Blogger",
    ),
    "lifestyle-paged-mag": (
        "{p} Living",
        "{p} Home & Table",
        "Good Life {p}",
        "The {p} Edit",
        "{p} Kitchen & Garden",
    ),
}


# --- Czech -------------------------------------------------------------------------------------

CS_FIRST_M = _w("""Jan Petr Martin Tomáš Jakub Lukáš Jiří Pavel Ondřej Michal Vojtěch Filip David Josef
    Karel Zdeněk Radek Miroslav""")
CS_FIRST_F = _w("""Jana Petra Lucie Tereza Kateřina Eva Hana Veronika Markéta Lenka Alena Barbora Zuzana
    Klára Monika Ivana""")
# men's and women's forms
CS_SURNAMES: tuple[tuple[str, ...], ...] = tuple(
    tuple(w.split(":"))
    for w in _w("""Novák:Nováková Svoboda:Svobodová Novotný:Novotná Dvořák:Dvořáková Černý:Černá
    Procházka:Procházková Kučera:Kučerová Veselý:Veselá Horák:Horáková Němec:Němcová Marek:Marková
    Pokorný:Pokorná Pospíšil:Pospíšilová Hájek:Hájková Jelínek:Jelínková Král:Králová
    Růžička:Růžičková Beneš:Benešová Fiala:Fialová Sedláček:Sedláčková Doležal:Doležalová
    Zeman:Zemanová Kolář:Kolářová Navrátil:Navrátilová Čermák:Čermáková""")
)
# ASCII place names ("í" decomposes), so that a host name made from one is ASCII
CS_PLACE_FORMS = (
    ("", "", "", "", "Horní ", "Dolní "),
    _w("ice ov any ín ec nice ovice ky ník"),
)
# subjects: the phrase and its gender (m, f, n), "_" a space
CS_AGENTS: tuple[tuple[str, str], ...] = tuple(
    (w.split(":")[0].replace("_", " "), w.split(":")[1])
    for w in _w("""zastupitelstvo:n rada_města:f starosta:m starostka:f radnice:f kraj:m krajský_úřad:m
    stavební_úřad:m ministerstvo_dopravy:n policie:f vedení_nemocnice:n investor:m developer:m
    spolek_rodičů:m správa_silnic:f ředitel_školy:m ředitelka_školy:f hejtman:m město:n obec:f
    firma:f opozice:f""")
)
# objects: nominative, accusative, gender
CS_NOUNS: tuple[tuple[str, ...], ...] = tuple(
    tuple(w.split(":"))
    for w in _w("""rozpočet:rozpočet:m most:most:m obchvat:obchvat:m plán:plán:m projekt:projekt:m
    záměr:záměr:m chodník:chodník:m škola:školu:f nemocnice:nemocnici:f cyklostezka:cyklostezku:f
    smlouva:smlouvu:f zakázka:zakázku:f rekonstrukce:rekonstrukci:f studie:studii:f petice:petici:f
    autobusová_linka:autobusovou_linku:f náměstí:náměstí:n parkoviště:parkoviště:n hřiště:hřiště:n
    koupaliště:koupaliště:n nádraží:nádraží:n opatření:opatření:n rozhodnutí:rozhodnutí:n""")
)
CS_ADJ = _w("""nový starý drahý sporný plánovaný dočasný moderní místní městský krajský historický
    kontroverzní rozsáhlý obecní""")
CS_VERBS = _w("""schválil zamítl odložil potvrdil představil otevřel uzavřel kritizoval podpořil
    prověřil zveřejnil opravil rozšířil zrušil navrhl odsouhlasil zastavil prodloužil pozastavil""")
CS_DAYS = ("V pondělí", "V úterý", "Ve středu", "Ve čtvrtek", "V pátek", "V sobotu", "V neděli")
CS_TIMES = (
    "v pondělí",
    "v úterý večer",
    "minulý týden",
    "o víkendu",
    "jednomyslně",
    "po dlouhé debatě",
    "ve čtvrtek ráno",
    "znovu",
    "začátkem měsíce",
)
CS_SOURCES = ("Podle radnice", "Podle policie", "Podle zprávy kraje", "Podle místních obyvatel",
              "Podle mluvčího města")
CS_ROLES = (
    ("starosta obce", "starostka obce"),
    ("mluvčí radnice", "mluvčí radnice"),
    ("předseda spolku", "předsedkyně spolku"),
    ("ředitel školy", "ředitelka školy"),
    ("opoziční zastupitel", "opoziční zastupitelka"),
    ("majitel firmy", "majitelka firmy"),
)
CS_HEADLINE_QUOTES = ("Chceme jasnou odpověď", "Tohle si obec nezaslouží", "Na výsledek čekáme dlouho",
                      "Peníze musí jít do škol", "Lidé mají právo vědět víc")
CS_SUBHEADS = (
    "Co bude dál",
    "Kritika opozice",
    "Náklady",
    "Reakce obyvatel",
    "Dlouhý spor",
    "Souvislosti",
    "Otevřené otázky",
    "Další kroky",
    "Co říkají lidé",
)
# the genitive, as a date has it ("7. března 2026")
CS_MONTHS = (
    "ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
    "listopadu", "prosince",
)


def _cs_past(verb: str, gender: str) -> str:
    """The past participle agreeing with its subject ("schválil", "schválila", "schválilo")."""
    return verb + {"m": "", "f": "a", "n": "o"}[gender]


def _cs_adj(adj: str, gender: str, acc: bool) -> str:
    """A hard adjective's form ("nový", "nová"/"novou", "nové"); a soft one ("moderní") never changes."""
    if adj.endswith("í"):
        return adj
    stem = adj[:-1]
    if gender == "m":
        return adj
    if gender == "n":
        return stem + "é"
    return stem + ("ou" if acc else "á")


class CzechProse(Prose):
    """Czech local-news prose (subjects of three genders with the past tense agreeing, objects in
    the accusative with their adjective, „…“ quotes with "řekl"/"řekla")."""

    lang = "cs"

    def person(self) -> str:
        rng = self.rng
        male, female = rng.choice(CS_SURNAMES)
        if rng.random() < 0.5:
            return f"{rng.choice(CS_FIRST_F)} {female}"
        return f"{rng.choice(CS_FIRST_M)} {male}"

    def agent(self) -> tuple[str, str]:
        """A subject and its gender ("zastupitelstvo obce X" now and then)."""
        rng = self.rng
        text, g = rng.choice(CS_AGENTS)
        if text in ("zastupitelstvo", "radnice", "starosta", "starostka") and rng.random() < 0.4:
            text = f"{text} obce {self.place()}"
        return text, g

    def obj(self) -> str:
        """An object in the accusative, with an adjective now and then."""
        rng = self.rng
        nom, acc, g = rng.choice(CS_NOUNS)
        acc = acc.replace("_", " ")
        if " " in acc or rng.random() < 0.4:
            return acc
        return f"{_cs_adj(rng.choice(CS_ADJ), g, acc=True)} {acc}"

    def clause(self) -> str:
        s, g = self.agent()
        return f"{s} {_cs_past(self.rng.choice(CS_VERBS), g)} {self.obj()}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.14:
            who = self.person()
            female = who.endswith("á")
            role = rng.choice(CS_ROLES)[1 if female else 0]
            return f"„{_cap(self.clause())},“ {'řekla' if female else 'řekl'} {who}, {role}."
        s, g = self.agent()
        verb = _cs_past(rng.choice(CS_VERBS), g)
        o = self.obj()
        if r < 0.3:
            return f"{rng.choice(CS_SOURCES)} {s} {rng.choice(CS_TIMES)} {verb} {o}."
        if r < 0.5:
            conj = rng.choice(("protože", "zatímco", "přestože", "ačkoli"))
            return f"{_cap(s)} {verb} {o}, {conj} {self.clause()}."
        if r < 0.62:
            return rng.choice((
                f"Náklady se odhadují na {rng.randint(2, 95)},{rng.randint(1, 9)} milionu korun.",
                f"Petici podepsalo {rng.randint(20, 900)} obyvatel.",
                f"Stavba má být hotová do roku {rng.randint(2027, 2031)}.",
                f"Rekonstrukce potrvá nejméně {rng.randint(5, 30)} měsíců.",
                f"Pro návrh hlasovalo {rng.randint(5, 27)} zastupitelů.",
            ))
        if r < 0.72:
            return f"{rng.choice(CS_DAYS)} {s} {verb} {o}."
        return f"{_cap(s)} {rng.choice(CS_TIMES)} {verb} {o}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            s, g = rng.choice(CS_AGENTS)
            return f"{self.place()}: {_cap(s)} {_cs_past(rng.choice(CS_VERBS), g)} {self.obj()}"
        if r < 0.7:
            return f"Spor o {self.obj()} v obci {self.place()}"
        return f"{self.person()}: „{rng.choice(CS_HEADLINE_QUOTES)}“"

    def subheading(self) -> str:
        return self.rng.choice(CS_SUBHEADS)


CS_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Zprávy", "Domácí", "Zahraniční", "Kraje", "Krimi", "Ekonomika", "Sport", "Kultura",
            "Bydlení", "Auto", "Počasí"),
    "sections": ("Kraje", "Domácí", "Krimi", "Ekonomika", "Doprava", "Školství", "Kultura"),
    "related": ("Čtěte také", "Další zprávy z regionu {place}", "Více z {short}", "Mohlo by vás zajímat"),
    "read_more": ("Čtěte také:", "ČTĚTE TAKÉ:", "Přečtěte si také:"),
    "by": ("Autor:",),
    "desks": ("redakce", "zpravodaj", "reportér", "redaktorka", "regionální redakce"),
    "share": ("Sdílet článek", "Sdílet"),
    "share_sites": ("Facebook", "X", "LinkedIn", "E-mail", "Kopírovat odkaz"),
    "newsletter": (
        "Nejdůležitější zprávy z vašeho regionu každé ráno do vaší e-mailové schránky.",
        "Přihlaste se k odběru našeho newsletteru a nic vám neuteče.",
    ),
    "comments": (
        "Diskuse je přístupná pouze pro ověřené uživatele.",
        "Do diskuse mohou přispívat jen přihlášení čtenáři.",
    ),
    "cookie": (
        "Tento web používá soubory cookie k poskytování služeb, personalizaci reklam a analýze návštěvnosti.",
        "Kliknutím na Souhlasím udělujete souhlas se zpracováním souborů cookie.",
    ),
    "ad": ("Reklama – pokračování článku níže", "REKLAMA · článek pokračuje níže"),
    "copyright": (
        "© {year} {name}. Všechna práva vyhrazena.",
        "Copyright © {name} {year}. Publikování nebo další šíření obsahu je bez písemného souhlasu zakázáno.",
    ),
    "disclaimer": ("Obsah nesmí být dále šířen bez souhlasu redakce.",),
    "tagline": ("Zprávy z regionu {region} od roku {since}", "Vaše regionální noviny od roku {since}"),
    "bio": (
        "{author} pracuje v redakci {name} a píše o tématu {beat}.",
        "{author} je členem redakce {name} od roku {since2} a věnuje se tématu {beat}.",
    ),
    "beats": (
        "komunální politika",
        "doprava a infrastruktura",
        "školství",
        "zdravotnictví",
        "regionální ekonomika",
        "kultura a volný čas",
        "kriminalita a soudy",
    ),
    "editorial": ("Článek je součástí seriálu Naše obec redakce {name}.",),
    "classified": ("Prodám byt 3+1 v centru města, 74 m², balkon na jih.",),
    "subscribe": ("Předplatné za 1 Kč na první měsíc",),
}
CS_ZONES = ("Europe/Prague",)


# --- shared ------------------------------------------------------------------------------------


def _short_date(dt: datetime) -> str:
    """ "Mar 7, 2026"."""
    return f"{dt:%b} {dt.day}, {dt.year}"


# --- india-english-portal ----------------------------------------------------------------------

IN_TRENDING = ("Weather Today", "Gold Rate Today", "Petrol Price", "Board Exam Results", "Budget 2026",
               "Cricket Score", "Metro Timings", "Property Tax")
IN_CAPTIONS = ("Representative image", "File photo", "The site in {place} on Saturday",
               "Commuters near the {place} junction")
IN_CREDITS = ("(Photo: PTI)", "(Photo: ANI)", "(Photo: TOI)", "(Image: Getty)", "(Photo: Agencies)")
IN_AGENCIES = ("PTI", "ANI", "IANS", "agencies")
IN_FOOTER = ("About us", "Create Your Own Ad", "Terms of Use and Grievance Redressal Policy",
             "Privacy policy", "Advertise with us", "Newsletter", "Sitemap")


def _in_stamp(dt: datetime) -> str:
    """ "Mar 7, 2026, 16:02 IST"."""
    return f"{dt:%b} {dt.day}, {dt.year}, {dt:%H:%M} {dt.tzname()}"


def _in_highlights(c: Ctx) -> list[str]:
    """Two sentences of the text (not of its first paragraph), verbatim, for the highlights box."""
    s = c.story
    r = c.stable(f"in-hl-{s.title}")
    cands = [x for i in _paras(s)[1:] for x in s.sentences[i] if 8 <= _words(x) <= 35]
    picks = r.sample(cands, k=min(2, len(cands)))
    return sorted(picks, key=lambda x: s.body().index(x))


def render_india_english_portal(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    r = c.stable("mill-in")
    c.repath(
        lambda o: f"/city/{_aslug(_place(c))}/{_aslug(o.title)}/articleshow/"
        f"{c.stable(f'inid-{o.title}').randint(120_000_000, 129_999_999)}.cms"
    )
    # the dateline opens the first paragraph: body text
    first = _paras(s)[0]
    s.sentences[first][0] = f"{place.upper()}: {s.sentences[first][0]}"
    s.blocks[first] = ("p", " ".join(s.sentences[first]))
    _trim(s)
    highlights = _in_highlights(c)
    c.repeated.extend(_norm(x) for x in highlights)
    modified = d + timedelta(minutes=c.rng.randint(12, 300))
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "url": c.url(),
        "datePublished": c.iso(),
        "dateModified": modified.isoformat(timespec="seconds"),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "articleSection": f"{place} News",
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(place)} News - {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(s.blocks[first][1][:160])}">',
        f'<meta property="og:title" content="{esc(s.title)} | {esc(place)} News">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="amphtml" href="{esc(c.url().replace("/articleshow/", "/amp_articleshow/"))}">',
        _ldjson(ld),
        f'<link rel="stylesheet" href="/assets/v{r.randint(100, 999)}/article.{_hex(r, 8)}.css">',
        "</head>",
        '<body class="articleshow">',
    ]
    follow = c.snip(f"Follow {pub.name} on Facebook Instagram X YouTube")
    lines += [
        '<div class="top-strip"><a href="/login">Sign In</a> '
        f'<a href="/epaper">{esc(c.snip("Today’s ePaper"))}</a> <span>{esc(follow)}</span></div>',
        f'<header class="masthead"><a class="logo" href="/">{esc(pub.name)}</a>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="tagline">{esc(c.snip(pub.tagline))}</p>')
    cities = ["City", place, *c.stable("in-cities").sample(("Delhi", "Mumbai", "Bengaluru", "Hyderabad",
                                                            "Chennai", "Kolkata", "Pune", "Lucknow"), 5)]
    c.snip(" ".join(cities[:5]))
    trending = c.stable("in-trend").sample(IN_TRENDING, 5)
    c.snip("Trending " + " ".join(trending[:4]))
    lines += [
        '<nav class="city-nav"><ul>',
        *[f'<li><a href="/city/{_aslug(x)}">{esc(x)}</a></li>' for x in cities],
        "</ul></nav></header>",
        '<div class="trending-bar"><span>Trending</span>\n'
        + "\n".join(f'<a href="/topic/{_aslug(x)}">{esc(x)}</a>' for x in trending)
        + "</div>",
    ]
    crumbs = ["News", "City News", f"{place} News"]
    c.snip(" / ".join(crumbs) + " /")
    lines.append(
        '<div class="breadcrumb">'
        + " / ".join(f'<a href="/{_aslug(x)}">{esc(x)}</a>' for x in crumbs)
        + " / </div>"
    )
    a = s.author
    byline = c.snip(f"{a.name} / TNN / Updated: {_in_stamp(modified)}")
    lines += [
        '<main><div class="article-wrap">',
        f"<h1>{esc(s.title)}</h1>",
    ]
    if highlights:
        lines += [
            '<div class="story-highlights"><h2>Story highlights</h2><ul>',
            *[f"<li>{esc(x)}</li>" for x in highlights],
            "</ul></div>",
        ]
    lines += [
        f'<div class="byline"><a href="/toireporter/author-{_aslug(a.name)}.cms">{esc(a.name)}</a> / TNN / '
        f'<span class="time_cptn">Updated: {esc(_in_stamp(modified))}</span></div>',
        f'<a class="gnews" href="https://news.google.com/publications/{_hex(r, 10)}">'
        f'{esc(c.snip("Follow Us On Google News"))}</a>',
    ]
    c.snip(byline)
    cap = c.stable(f"in-cap-{s.title}").choice(IN_CAPTIONS).format(place=place)
    credit = c.stable(f"in-cr-{s.title}").choice(IN_CREDITS)
    c.snip(f"{cap} {credit}")
    lines.append(
        f'<figure class="lead-img"><img src="/photo/msid-{c.rng.randint(10**8, 10**9 - 1)},imgsize-'
        f'{c.rng.randint(20_000, 90_000)}.jpg" alt=""><figcaption>{esc(cap)} <span>{esc(credit)}</span>'
        "</figcaption></figure>"
    )
    # the text: runs of text separated by <br><br>, headings and boxes between them
    others = c.pick_others(8)
    chunks: list[tuple[bool, str]] = []  # (a run of text, html)
    for tag, text in s.blocks:
        if tag == "p":
            chunks.append((True, c.inline(text)))
        else:
            chunks.append((False, f"<h3>{esc(text)}</h3>"))
    paras = [k for k, (t, _) in enumerate(chunks) if t]
    box = others[0] if others else None
    inserts: dict[int, list[tuple[bool, str]]] = {}
    if box:
        c.snip(f"Also Read {box.title}")
        inserts.setdefault(paras[0], []).append(
            (False, f'<div class="also-read"><span>Also Read</span> <a href="{esc(box.path)}">'
                    f"{esc(box.title)}</a></div>")
        )
    ad = c.text("ad") if c.has("ads") else "Advertisement"
    cont = c.snip("Story continues below this ad")
    slot = (f'<div class="ad1 colombia" data-slot="{r.randint(300_000, 399_999)}">'
            f'<span class="ad-label">{esc(ad)}</span>\n<span>{esc(cont)}</span></div>')
    inserts.setdefault(paras[1], []).append((False, slot))
    if len(paras) > 4:
        inserts.setdefault(paras[4], []).append((False, slot))
    if len(others) > 1:
        o = others[1]
        c.snip(f"ALSO READ | {o.title}")
        inserts.setdefault(paras[min(2, len(paras) - 2)], []).append(
            (True, f'<b>ALSO READ |</b> <a href="{esc(o.path)}">{esc(o.title)}</a>')
        )
    agency = c.stable(f"in-ag-{s.title}").choice(IN_AGENCIES)
    tail = [
        (True, f"<i>{esc(c.snip(f'(With inputs from {agency})'))}</i>"),
        (True, esc(c.snip(f"Stay updated with the latest news on {pub.name}. Follow us on Google News."))),
    ]
    flow: list[tuple[bool, str]] = []
    for k, chunk in enumerate(chunks):
        flow.append(chunk)
        flow.extend(inserts.get(k, []))
    flow.extend(tail)
    body_html = ""
    for k, (is_text, html) in enumerate(flow):
        if k and is_text and flow[k - 1][0]:
            body_html += "\n<br><br>\n"
        elif k:
            body_html += "\n"
        body_html += html
    lines += [
        f'<div class="_s30J clearfix" data-articlebody="1">{body_html}</div>',
    ]
    topics = [place, *c.stable(f"in-topics-{s.title}").sample(trending, 2)]
    c.snip("Topics: " + " ".join(topics))
    comments = c.rng.randint(0, 240)
    lines += [
        '<div class="article-tags">Topics:\n'
        + "\n".join(f'<a href="/topic/{_aslug(x)}">{esc(x)}</a>' for x in topics)
        + "</div>",
        _share_bar(c, "share-strip"),
        f'<div class="comments-cta"><a href="#comments">{esc(c.snip(f"Comments ({comments}) Read comments"))}'
        "</a></div>",
        "</div>",
        f'<aside class="rhs"><h2>{esc(c.snip(f"Top Stories from {place}"))}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:6]],
        "</ul>",
        '<h2>Visual Stories</h2><ul class="visual-stories">',
        *[f'<li><a href="/web-stories/{_aslug(x)}">{esc(c.snip(x))}</a></li>'
          for x in c.stable("in-vs").sample(("10 most beautiful railway stations to visit",
                                             "7 monsoon recipes to try at home this week",
                                             "5 birds you can spot in the city this winter",
                                             "8 weekend getaways within driving distance"), 2)],
        "</ul></aside></main>",
        '<footer class="footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in IN_FOOTER],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
        f"<p>{esc(c.snip('Download the app for the latest news from your city.'))}</p>",
        "</footer>",
    ]
    c.snip(" ".join(IN_FOOTER[:3]))
    return _close_page(c, lines, "consent", "Accept")


# --- cs-zpravy-portal --------------------------------------------------------------------------

CS_CAPTIONS = (
    "Zasedání zastupitelstva v obci {place}.",
    "Náměstí v obci {place} (ilustrační snímek).",
    "Hasiči zasahovali v obci {place}.",
    "Obyvatelé obce {place} na veřejném projednání.",
)
CS_AGENCIES = ("MAFRA", "ČTK", "Profimedia", "Deník")
CS_POLLS = (
    "Souhlasíte s rozhodnutím radnice?",
    "Podpořili byste podobný projekt i ve své obci?",
    "Věříte, že se plán podaří dokončit včas?",
)
CS_FOOTER = ("O nás", "Kontakty", "Reklama", "Ochrana soukromí", "Nastavení cookies", "Kariéra")


def _cs_date(dt: datetime) -> str:
    """ "7. března 2026 14:30"."""
    return f"{dt.day}. {CS_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"


def render_cs_zpravy_portal(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    r = c.stable("mill-cs")
    c.repath(
        lambda o: f"/zpravy/{_aslug(o.section)}/{_aslug(o.title)}.A{o.published:%y%m%d_%H%M%S}_"
        f"{_aslug(o.section)}_{_hex(c.stable(f'csid-{o.title}'), 3)}"
    )
    premium = c.stable(f"cs-prem-{s.title}").random() < 0.4
    updated = d + timedelta(minutes=c.rng.randint(15, 400)) if c.rng.random() < 0.5 else None
    if updated and updated.date() != d.date():
        updated = None
    perex = s.blocks[0][1]
    lines = [
        "<!DOCTYPE html>",
        '<html lang="cs">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(perex[:160])}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="stylesheet" href="/css/art.{_hex(r, 10)}.css">',
        "</head>",
        f'<body class="art {esc(pub.token)}">',
        '<div id="portal-bar"><a href="/prihlaseni">Přihlásit</a> '
        f'<a href="/predplatne">{esc(c.snip(c.pick("subscribe")))}</a></div>',
        f'<header id="header"><a class="logo" href="/">{esc(pub.name)}</a>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="claim">{esc(c.snip(pub.tagline))}</p>')
    nav = c.nav_items()
    crumbs = [nav[0], s.section, place]
    c.snip(" › ".join(crumbs))
    lines += [
        '<nav id="menu"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in nav],
        "</ul></nav></header>",
        '<div class="crumbs">'
        + " › ".join(f'<a href="/{_aslug(x)}">{esc(x)}</a>' for x in crumbs)
        + "</div>",
        '<div id="content"><div class="art-full">',
    ]
    a = s.author
    who = c.snip(f"{a.name}, {a.desk}")
    shown = _cs_date(d) + (f" aktualizováno {updated:%H:%M}" if updated else "")
    c.snip(shown)
    comments = c.rng.randint(0, 480)
    lines += [
        ('<span class="premium-badge">Premium</span>' if premium else ""),
        f"<h1 itemprop=\"name headline\">{esc(s.title)}</h1>",
        '<div class="art-info">',
        f'<div class="authors"><a href="/novinari/{_aslug(a.name)}">{esc(a.name)}</a>, {esc(a.desk)}</div>',
        f'<span class="time">{esc(_cs_date(d))}</span>'
        + (f' <span class="time-upd">aktualizováno {updated:%H:%M}</span>' if updated else ""),
        f'<a class="disc-count" href="#diskuse">{esc(c.snip(f"Diskuse ({comments}) k článku"))}</a>',
        "</div>",
        f'<div class="opener">{esc(perex)}</div>',
    ]
    c.snip(who)
    photographer = CzechProse(c.stable(f"cs-photo-{s.title}")).person()
    agency = c.stable(f"cs-ag-{s.title}").choice(CS_AGENCIES)
    cap = c.stable(f"cs-cap-{s.title}").choice(CS_CAPTIONS).format(place=place)
    c.snip(f"{cap} Foto: {photographer}, {agency}")
    lines.append(
        f'<div class="opener-foto"><img src="https://1gr.cz/fotky/{_hex(c.rng, 16)}.jpg" alt="">'
        f'<p class="popisek">{esc(cap)} <span class="autor">Foto: {esc(photographer)}, {esc(agency)}</span>'
        "</p></div>"
    )
    body: list[str] = []
    for i, (tag, text) in enumerate(s.blocks):
        if i == 0:
            continue
        if tag == "p":
            body.append(f"<p>{c.inline(text)}</p>")
        else:
            body.append(f"<h3>{esc(text)}</h3>")
    others = c.pick_others(8)
    ad = c.text("ad") if c.has("ads") else "Reklama"
    cont = c.snip("Pokračování článku pod reklamou")
    slot = (f'<div class="r-head"><span class="r-label">{esc(ad)}</span><div id="r-{_hex(r, 6)}"></div>'
            f'<p class="r-cont">{esc(cont)}</p></div>')
    box_h = c.snip("Čtěte také další zprávy z regionu")
    box = [
        f'<div class="also-box"><h4>{esc(box_h)}</h4><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[:2]],
        "</ul></div>",
    ]
    poll_q = c.snip(c.stable(f"cs-poll-{s.title}").choice(CS_POLLS))
    votes = c.rng.randint(120, 9800)
    poll = (
        f'<div class="anketa"><h4>Anketa</h4><p class="anketa-q">{esc(poll_q)}</p>\n'
        f'<ul><li><button>Ano</button> {r.randint(30, 70)} %</li>\n<li><button>Ne</button></li></ul>\n'
        f'<p class="anketa-total">{esc(c.snip(f"Hlasovalo {votes} čtenářů, anketa je uzavřena"))}</p></div>'
    )
    inserts: list[tuple[int, str]] = [(0, slot), (1, "\n".join(box)), (3, poll)]
    if premium:
        teaser = c.snip(f"Tento článek je exkluzivním obsahem pro předplatitele {pub.name} Premium.")
        inserts.append(
            (1, f'<div class="paywall-info"><p>{esc(teaser)}</p><a class="btn" href="/predplatne">'
                f'{esc(c.snip("Získejte předplatné za 1 Kč"))}</a></div>')
        )
    if len(body) > 6:
        inserts.append((5, slot))
    lines += ['<div id="art-text" class="bbtext">', *_insert_after(body, "<p>", inserts), "</div>"]
    topics = [place, *c.stable(f"cs-topics-{s.title}").sample(CS_UI["sections"], 2)]
    c.snip("Témata: " + ", ".join(topics))
    lines += [
        '<div class="art-tags">Témata: '
        + ", ".join(f'<a href="/tema/{_aslug(x)}">{esc(x)}</a>' for x in topics)
        + "</div>",
        _share_bar(c, "art-share"),
    ]
    if c.has("bio"):
        lines.append(f'<div class="author-info"><h4>{esc(a.name)}</h4><p>{esc(c.bio())}</p></div>')
    lines += [
        f'<div id="diskuse"><h3>{esc(c.snip(f"Diskuse k článku ({comments} příspěvků)"))}</h3>',
        f"<p>{esc(c.text('comments'))}</p></div>",
        "</div>",
        '<aside class="col-right"><h2>Nejčtenější</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:6]],
        "</ol></aside></div>",
    ]
    publisher = r.choice(("MAFRA, a.s.", "Borgis, a.s.", "Vltava Labe Media a.s.", "Economia, a.s."))
    c.snip(" ".join(CS_FOOTER[:4]))
    lines += [
        '<footer id="footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in CS_FOOTER],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
        f"<p>{esc(c.snip(f'Provozovatelem serveru {pub.name} je společnost {publisher}'))}</p>",
        "</footer>",
    ]
    return _close_page(c, lines, "cmp", "Souhlasím")


# --- wpcom-personal-blog -----------------------------------------------------------------------

WP_CAPTIONS = (
    "The view from the old bridge in {place} this week.",
    "A photo I took outside the town hall in {place}.",
    "{place} high street on a quiet morning.",
    "The notice posted on the library door in {place}.",
)
WP_TAGS = ("council", "planning", "local history", "schools", "roads", "budget", "parks", "elections")
WP_SHARE = ("X", "Facebook", "Email", "Print", "LinkedIn")
WP_META = "Register Log in Entries feed Comments feed WordPress.com"
WP_BAR = ("Follow", "Already have a WordPress.com account? Log in now.", "Copy shortlink",
          "Report this content", "View post in Reader", "Manage subscriptions", "Collapse this bar")
WP_UPDATES = (
    "the council has since confirmed that the decision will be reviewed in {month}",
    "a reader pointed out that the meeting was moved; the date above is now correct",
    "the minutes of the meeting are now online and I have added a link in the text",
    "the {org} sent a statement, which I have quoted in full above",
)


def _wp_update(c: Ctx) -> str | None:
    """The blogger's own update note closing some posts (body), when the body has room."""
    s = c.story
    r = c.stable(f"wp-upd-{s.title}")
    if r.random() >= 0.35 or _long_lines(c.story) >= 14:
        return None
    when = s.published + timedelta(days=r.randint(1, 5))
    text = r.choice(WP_UPDATES).format(month=MONTHS["en"][(when.month % 12)], org=f"{_place(c)} Trust")
    note = f"Update, {_en_date(when)}: {_cap(text)}."
    s.blocks.append(("p", note))
    s.sentences.append([note])
    _trim(s)
    return note


def render_wpcom_personal_blog(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    r = c.stable("mill-wp")
    c.repath(lambda o: f"/{o.published:%Y/%m/%d}/{_aslug(o.title)}/")
    quote = _quotify(c)
    _listify(c, {quote} if quote is not None else set())
    note = _wp_update(c)
    updated = d + timedelta(days=2, hours=c.stable(f"wp-u-{s.title}").randint(0, 20)) if note else None
    a = pub.authors[0]  # a one-person blog
    jetpack_time = d.astimezone(UTC).isoformat(timespec="seconds")
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(s.title)} – {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{jetpack_time}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="alternate" type="application/rss+xml" title="{esc(pub.name)} » Feed" href="/feed/">',
        "<link rel='stylesheet' id='all-css-0' href='/_static/??-eJx9j"
        f"{_hex(r, 20)}' type='text/css' media='all'>",
        "</head>",
        f'<body class="post-template-default single single-post postid-{c.rng.randint(1000, 9999)} '
        'single-format-standard wp-embed-responsive customizer-styles-applied highlander-enabled">',
        '<div id="page" class="site">',
        '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
        '<header id="masthead" class="site-header">',
        f'<p class="site-title"><a href="/" rel="home">{esc(pub.name)}</a></p>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="site-description">{esc(c.snip(pub.tagline))}</p>')
    menu = ("Home", "About", "Local history", "Council watch", "Contact")
    c.snip(" ".join(menu))
    lines += [
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">',
        *[f'<li class="menu-item"><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in menu],
        "</ul></nav></header>",
        '<div id="content" class="site-content">',
    ]
    # the widget sidebar, before the post in the DOM
    others = sorted(c.others, key=lambda o: o.published, reverse=True)
    recent = [o for o in others if o is not s][:5]
    for o in recent:
        c.snip(o.title)
    rc = c.stable("wp-rc")
    commenters = [prose_for("en", rc).person() for _ in range(3)]
    rc_lines = [f"{commenters[k]} on {recent[k].title}" for k in range(min(3, len(recent)))]
    for x in rc_lines:
        c.snip(x)
    months = sorted({(o.published.year, o.published.month) for o in c.others}, reverse=True)
    archive = [f"{MONTHS['en'][m - 1]} {y}" for y, m in months]
    c.snip(" ".join(archive[:2]))
    cats = sorted({o.section for o in c.others})
    hits = r.randint(12_000, 480_000)
    follow = c.snip("Enter your email address to follow this blog and receive notifications of new "
                    "posts by email.")
    join = c.snip(f"Join {r.randint(150, 4000):,} other subscribers")
    lines += [
        '<aside id="secondary" class="widget-area">',
        '<section id="search-2" class="widget widget_search"><form role="search" class="search-form" '
        'action="/"><label><span class="screen-reader-text">Search for:</span>'
        '<input type="search" class="search-field" placeholder="Search …" name="s"></label>'
        '<input type="submit" class="search-submit" value="Search"></form></section>',
        '<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">'
        "Recent Posts</h2><ul>",
        *[f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in recent],
        "</ul></section>",
        '<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">'
        "Recent Comments</h2><ul>",
        *[f'<li class="recentcomments"><span class="comment-author-link">{esc(commenters[k])}</span> on '
          f'<a href="{esc(recent[k].path)}#comments">{esc(recent[k].title)}</a></li>'
          for k in range(len(rc_lines))],
        "</ul></section>",
        '<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>',
        *[f'<li><a href="/{y}/{m:02d}/">{esc(x)}</a></li>'
          for (y, m), x in zip(months, archive, strict=True)],
        "</ul></section>",
        '<section id="categories-2" class="widget widget_categories">'
        '<h2 class="widget-title">Categories</h2><ul>',
        *[f'<li class="cat-item"><a href="/category/{_aslug(x)}/">{esc(x)}</a></li>' for x in cats],
        "</ul></section>",
        '<section id="meta-2" class="widget widget_meta"><h2 class="widget-title">Meta</h2><ul>',
        *[f'<li><a href="#">{esc(x)}</a></li>'
          for x in ("Register", "Log in", "Entries feed", "Comments feed", "WordPress.com")],
        "</ul></section>",
        '<section id="blog-stats-2" class="widget widget_blog-stats"><h2 class="widget-title">Blog Stats</h2>'
        f'<ul><li>{esc(c.snip(f"{hits:,} hits since {r.randint(2009, 2019)}"))}</li></ul></section>',
        '<section id="blog_subscription-2" class="widget widget_blog_subscription"><h2 class="widget-title">'
        f"{esc(c.snip('Follow Blog via Email'))}</h2><p>{esc(follow)}</p>"
        '<input type="email" placeholder="Email Address"><button>Follow</button>'
        f"<p>{esc(join)}</p></section>",
        "</aside>",
    ]
    c.snip(WP_META)
    # the hidden "updated" <time> follows the published one with no space, as the theme has it
    c.snip(f"Posted on {_en_date(d)}{_en_date(updated) if updated else ''} by {a.name}")
    lines += [
        '<div id="primary" class="content-area"><main id="main" class="site-main">',
        f'<article id="post-{c.rng.randint(100, 9999)}" class="post type-post status-publish format-standard '
        f'hentry category-{_aslug(s.section)}">',
        '<header class="entry-header">',
        f'<h1 class="entry-title">{esc(s.title)}</h1>',
        '<div class="entry-meta"><span class="posted-on">Posted on <a href="'
        f'{esc(s.path)}" rel="bookmark"><time class="entry-date published" datetime="{c.iso()}">'
        f"{esc(_en_date(d))}</time>"
        + (
            f'<time class="updated" datetime="{updated.isoformat(timespec="seconds")}">'
            f"{esc(_en_date(updated))}</time>"
            if updated
            else ""
        )
        + f'</a></span> <span class="byline"> by <span class="author vcard"><a class="url fn n" '
        f'href="/author/{_aslug(a.name)}/">{esc(a.name)}</a></span></span></div>',
        "</header>",
    ]
    body = _render_blocks(
        c,
        p="<p>",
        heading=lambda tag, h: f'<h2 class="wp-block-heading">{h}</h2>',
        quote='<blockquote class="wp-block-quote"><p>{}</p></blockquote>',
        ul='<ul class="wp-block-list">',
    )
    photographer = c.stable(f"wp-ph-{s.title}").random() < 0.5
    cap = c.stable(f"wp-cap-{s.title}").choice(WP_CAPTIONS).format(place=place)
    if photographer:
        cap = f"{cap} Photo: {a.name}"
    c.snip(cap)
    figure = (
        '<figure class="wp-block-image size-large"><img src="https://'
        f'{pub.host.split(".")[0]}.files.wordpress.com/{d:%Y/%m}/img_{c.rng.randint(1000, 9999)}.jpg?w=1024" '
        f'alt="" class="wp-image-{c.rng.randint(100, 999)}">'
        f'<figcaption class="wp-element-caption">{esc(cap)}</figcaption></figure>'
    )
    sub_h = c.snip(f"Subscribe to get the latest posts from {pub.name} sent to your email.")
    subscribe = (
        '<div class="wp-block-jetpack-subscriptions"><p class="subscribe-lead">'
        f"{esc(sub_h)}</p>"
        '<input type="email" placeholder="Type your email…"><button>Subscribe</button></div>'
    )
    inserts: list[tuple[int, str]] = [(0, figure), (3, subscribe)]
    sites = WP_SHARE
    c.snip("Share this: " + " ".join(sites[:3]))
    rel = c.pick_others(3)
    for o in rel:
        c.snip(f"{o.title} {_en_date(o.published)} In \"{o.section}\"")
    jetpack = [
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social">'
        '<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>',
        *[f'<li><a class="share-{_aslug(x)} sd-button" href="#"><span>{esc(x)}</span></a></li>'
          for x in sites],
        "</ul></div></div></div>",
        '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">'
        "Like this:</h3>",
        f'<div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button">'
        f'<span>Like</span></span> <span class="loading">{esc(c.snip("Like Loading..."))}</span></div></div>',
        '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related'
        "</em></h3>",
        *[
            '<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title">'
            f'<a href="{esc(o.path)}">{esc(o.title)}</a></h4>\n'
            f'<p class="jp-relatedposts-post-date">{esc(_en_date(o.published))}</p>\n'
            f'<p class="jp-relatedposts-post-context">In "{esc(o.section)}"</p></div>'
            for o in rel
        ],
        "</div>",
    ]
    lines += [
        '<div class="entry-content">',
        *_insert_after(body, "<p>", inserts),
        *jetpack,
        "</div>",
    ]
    tags = c.stable(f"wp-tags-{s.title}").sample(WP_TAGS, 2)
    c.snip(f"This entry was posted in {s.section} and tagged {tags[0]}, {tags[1]}. Bookmark the permalink.")
    idx = others.index(s)
    newer = others[idx - 1] if idx > 0 else None
    older = others[idx + 1] if idx + 1 < len(others) else None
    lines += [
        '<footer class="entry-footer">This entry was posted in '
        f'<a href="/category/{_aslug(s.section)}/" rel="category tag">{esc(s.section)}</a> and tagged '
        f'<a href="/tag/{_aslug(tags[0])}/" rel="tag">{esc(tags[0])}</a>, '
        f'<a href="/tag/{_aslug(tags[1])}/" rel="tag">{esc(tags[1])}</a>. Bookmark the '
        f'<a href="{esc(s.path)}" rel="bookmark">permalink</a>.</footer>',
        "</article>",
        '<nav class="navigation post-navigation"><h2 class="screen-reader-text">Post navigation</h2>'
        '<div class="nav-links">',
    ]
    if older:
        c.snip(f"← {older.title}")
        lines.append(
            f'<div class="nav-previous"><a href="{esc(older.path)}" rel="prev">← {esc(older.title)}</a></div>'
        )
    if newer:
        c.snip(f"{newer.title} →")
        lines.append(
            f'<div class="nav-next"><a href="{esc(newer.path)}" rel="next">{esc(newer.title)} →</a></div>'
        )
    lines.append("</div></nav>")
    # readers' comments
    cr = c.stable(f"wp-comments-{s.title}")
    n_comments = cr.randint(0, 4)
    cprose = prose_for("en", cr)
    lines.append('<div id="comments" class="comments-area">')
    if n_comments:
        heading = f"{n_comments} thought{'s' if n_comments > 1 else ''} on “{s.title}”"
        c.snip(heading)
        lines += [f'<h2 class="comments-title">{esc(heading)}</h2>', '<ol class="comment-list">']
        for _ in range(n_comments):
            who = cprose.person()
            when = d + timedelta(hours=cr.randint(2, 60), minutes=cr.randint(0, 59))
            hour = when.hour % 12 or 12
            stamp = f"{_en_date(when)} at {hour}:{when:%M} {'am' if when.hour < 12 else 'pm'}"
            text = cr.choice(("Thanks for writing this up.", "Good to see someone covering this.",
                              "I was at the meeting too.")) + " " + cprose.sentence()
            c.snip(f"{who} says: {stamp}")
            c.snip(text)
            lines.append(
                f'<li class="comment" id="comment-{cr.randint(100, 9999)}"><article class="comment-body">'
                f'<footer class="comment-meta"><b class="fn">{esc(who)}</b> <span class="says">says:</span>\n'
                f'<a href="#"><time>{esc(stamp)}</time></a></footer>\n'
                f'<div class="comment-content"><p>{esc(text)}</p></div>\n'
                '<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>'
            )
        lines.append("</ol>")
    lines += [
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
        'Leave a Reply <small><a href="#respond">Cancel reply</a></small></h3>',
        '<textarea placeholder="Enter your comment here..."></textarea>'
        f'<p>{esc(c.snip("Fill in your details below or click an icon to log in:"))}</p></div>',
        "</div>",
        "</main></div>",
        "</div>",
        '<footer id="colophon" class="site-footer"><div class="site-info">'
        '<a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a>'
        "</div></footer>",
        "</div>",
    ]
    c.snip(" ".join(WP_BAR[4:]))
    lines += [
        '<div id="actionbar" class="actnbr-pub-twentysixteen actnbr-has-follow"><ul>',
        '<li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" href="#">'
        "<span>Follow</span></a></li>",
        f'<li class="actnbr-ellipsis"><span>{esc(pub.name)}</span><ul>',
        *[f'<li><a href="#">{esc(x)}</a></li>' for x in WP_BAR[1:]],
        "</ul></li></ul></div>",
    ]
    if c.has("cookie"):
        cookie = c.snip("This site uses cookies. By continuing to use this website, you agree to their use.")
        lines.append('<div class="widget_eu_cookie_law_widget"><p>Privacy &amp; Cookies: '
                     f"{esc(cookie)}</p><button>Close and accept</button></div>")
    lines += ["</body>", "</html>"]
    return _j(lines)


# --- lifestyle-paged-mag -----------------------------------------------------------------------

LM_CREDITS = ("Getty Images", "Stocksy", "Courtesy of {place} Council", "Photo: {who}")
LM_PRODUCTS = (
    ("The Everyday Linen Tote", 24),
    ("Enamel Garden Watering Can", 38),
    ("Stoneware Serving Bowl, Set of 2", 45),
    ("Waxed Canvas Market Bag", 29),
    ("Cast-Iron Skillet, 10 Inch", 32),
)
LM_RETAILERS = ("Amazon", "Target", "Walmart", "Etsy")
LM_FOOTER = ("About Us", "Newsletter", "Contact Us", "Advertise Online", "Customer Service", "Give a Gift",
             "Privacy Notice", "Terms of Use")


def _lm_dropcap(text: str) -> str:
    """The paragraph with its first letter in a drop-cap <span> and its first three words in small
    caps (the text as read is unchanged)."""
    words = text.split(" ")
    head, rest = " ".join(words[:3]), " ".join(words[3:])
    return (f'<span class="dropcap">{esc(head[0])}</span><span class="smallcaps">{esc(head[1:])}</span>'
            + (f" {esc(rest)}" if rest else ""))


def _lm_number_list(c: Ctx) -> None:
    """Turn one middle paragraph of two to four sentences into numbered-list items (tag "li"), not
    the one after the dek (the drop cap opens it)."""
    _listify(c, {0, 1})


def render_lifestyle_paged_mag(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    r = c.stable("mill-lm")
    c.repath(lambda o: f"/{_aslug(o.section)}/a{c.stable(f'lmid-{o.title}').randint(40_000_000, 49_999_999)}/"
                       f"{_aslug(o.title)}/")
    _split_lead(c, 1)
    _lm_number_list(c)
    _trim(s, keep=2)
    dek = s.blocks[0][1]
    pages_n = c.stable(f"lm-pages-{s.title}").choice((1, 1, 2, 3, 3, 4))
    later = timedelta(days=c.stable(f"lm-upd-{s.title}").randint(1, 30))
    updated = d + later if c.rng.random() < 0.3 else None
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(dek)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta name="sailthru.date" content="{d:%Y-%m-%d %H:%M:%S}">',
        f'<meta name="sailthru.tags" content="{esc(s.section.lower())}, {esc(place.lower())}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        (f'<link rel="next" href="{esc(s.path)}?page=2">' if pages_n > 1 else ""),
        f'<link rel="stylesheet" href="/_assets/design-tokens/{_hex(r, 8)}/main.css">',
        "</head>",
        '<body class="standard-article">',
        f'<header class="site-header"><a class="site-logo" href="/">{esc(pub.name)}</a>',
    ]
    menu = ("Home & Garden", "Food & Drink", "Travel", "Wellness", "Style", "Shopping", "Community")
    c.snip(" ".join(menu[:5]))
    lines += [
        '<nav class="global-nav"><ul>',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in menu],
        "</ul></nav>",
        f'<a class="subscribe-btn" href="/subscribe/">{esc(c.snip(f"Subscribe to {pub.name} magazine"))}</a>',
        "</header>",
    ]
    if c.has("tagline"):
        lines.append(f'<p class="site-tagline">{esc(c.snip(pub.tagline))}</p>')
    a = s.author
    by = c.snip(f"By {a.name} Published {_short_date(d)}")
    disclosure = c.snip(
        f"{pub.name} may earn commission from the links on this page, but we only feature products we "
        "believe in. Why trust us?"
    )
    lines += [
        '<main class="article-main"><article class="content-container">',
        f'<div class="content-header"><a class="section-eyebrow" href="/{_aslug(s.section)}/">'
        f"{esc(s.section)}</a>",
        f'<h1 class="content-hed">{esc(s.title)}</h1>',
        f'<p class="content-dek">{esc(dek)}</p>',
        f'<div class="content-info"><span class="byline">By <a href="/author/{c.rng.randint(100, 9999)}/'
        f'{_aslug(a.name)}/">{esc(a.name)}</a></span> <span class="publish-date">Published '
        f"{esc(_short_date(d))}</span>"
        + (f' <span class="update-date">Updated {esc(_short_date(updated))}</span>' if updated else "")
        + "</div>",
        '<div class="utility-buttons"><a href="#comments">Jump to Comments</a> <button>Print</button> '
        "<button>Save to Pinterest</button></div>",
        f'<p class="affiliate-disclosure">{esc(disclosure)}</p>',
        "</div>",
    ]
    c.snip(by)
    c.snip("Jump to Comments Print Save to Pinterest")
    if updated:
        c.snip(f"Published {_short_date(d)} Updated {_short_date(updated)}")
    who = prose_for("en", c.stable(f"lm-ph-{s.title}")).person()
    credit = c.stable(f"lm-cr-{s.title}").choice(LM_CREDITS).format(place=place, who=who)
    lines.append(
        f'<figure class="content-lede-image"><img src="https://hips.{pub.host}/hmg-prod/images/'
        f'{_hex(c.rng, 12)}.jpg?crop=1.00xw" alt=""><figcaption><span class="image-credit">{esc(credit)}'
        "</span></figcaption></figure>"
    )
    if _words(credit) >= 4:
        c.snip(credit)
    # the text: the first paragraph after the dek with the drop cap and small caps
    body: list[str] = []
    items: list[str] = []
    first_p = True
    pull_src: str | None = None
    paras_ = _paras(s)
    if c.has("pullquote") and len(paras_) >= 4:
        cands = [x for x in s.sentences[paras_[2]] if 6 <= _words(x) <= 40] if len(paras_) > 2 else []
        if cands:
            pull_src = c.rng.choice(cands)
            c.repeated.append(_norm(pull_src))
    for i, (tag, text) in enumerate([*s.blocks, ("end", "")]):
        if tag != "li" and items:
            body.append('<ol class="body-ol">\n' + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ol>")
            items = []
        if i == 0 or tag == "end":
            continue
        if tag == "li":
            items.append(esc(text))
        elif tag == "p" and first_p:
            body.append(f'<p class="body-text body-dropcap">{_lm_dropcap(text)}</p>')
            first_p = False
        elif tag == "p":
            body.append(f'<p class="body-text">{c.inline(text)}</p>')
        else:
            body.append(f'<h2 class="body-h2">{esc(text)}</h2>')
    ad = "Advertisement - Continue Reading Below"
    c.snip(ad)
    slot = f'<div class="ad-container"><p class="ad-label">{ad}</p><div class="ad-slot"></div></div>'
    others = c.pick_others(8)
    inserts: list[tuple[int, str]] = [(1, slot), (4, slot)]
    if others:
        o = others[0]
        c.snip(f"RELATED: {o.title}")
        inserts.append((2, f'<p class="body-text"><strong>RELATED:</strong> <a href="{esc(o.path)}">'
                           f"{esc(o.title)}</a></p>"))
    name, price = c.stable(f"lm-prod-{s.title}").choice(LM_PRODUCTS)
    shop = c.stable(f"lm-shop-{s.title}").choice(LM_RETAILERS)
    c.snip(f"Shop the story {name}")
    c.snip(f"${price} at {shop} Shop Now")
    inserts.append(
        (3, '<div class="product-embed"><p class="product-eyebrow">Shop the story</p>\n'
            f'<p class="product-name">{esc(name)}</p>\n<p class="product-price">${price} at {esc(shop)}</p>\n'
            f'<a class="product-btn" href="https://{_aslug(shop)}.example/dp/{_hex(c.rng, 10)}" '
            'rel="sponsored">Shop Now</a></div>')
    )
    if pull_src:
        inserts.append((2, f'<blockquote class="pullquote"><p>{esc(pull_src)}</p></blockquote>'))
    lines += [
        '<div class="article-body-content standard-body-content">',
        *_insert_after(body, '<p class="body-text', inserts),
        "</div>",
    ]
    if pages_n > 1:
        c.snip(f"Page 1 of {pages_n}")
        c.snip("Continue reading on the next page")
        lines += [
            '<nav class="pagination"><p class="pagination-count">Page 1 of '
            f"{pages_n}</p>\n<p>Continue reading on the next page</p>\n<ol>",
            '<li class="current"><span>1</span></li>',
            *[f'<li><a href="{esc(s.path)}?page={k}">{k}</a></li>' for k in range(2, pages_n + 1)],
            f'</ol>\n<a class="next-page" rel="next" href="{esc(s.path)}?page=2">Next page ›</a></nav>',
        ]
    letter_h = c.snip("Get Our Best Stories Delivered To Your Inbox")
    letter_p = c.snip(
        f"Sign up for the {pub.name} newsletter for recipes, home tips and stories from {place}."
    )
    lines += [
        f'<div class="newsletter-signup"><h3>{esc(letter_h)}</h3><p>{esc(letter_p)}</p>'
        '<input type="email" placeholder="Enter your email"><button>Sign Up</button></div>',
        _share_bar(c, "share-bar"),
        "</article>",
        f'<section class="related-grid"><h2>{esc(c.snip("You Might Also Like"))}</h2><div class="grid">',
        *[f'<a class="card" href="{esc(o.path)}"><span class="card-eyebrow">{esc(o.section)}</span>\n'
          f'<span class="card-hed">{esc(c.snip(o.title))}</span></a>' for o in others[1:7]],
        "</div></section>",
        f'<section id="comments"><h2>{esc(c.snip("Join the conversation: comments are open"))}</h2>'
        "</section>",
        "</main>",
    ]
    owner = r.choice(("Harbor Lane Media, Inc.", "Meadowbrook Publishing LLC", "Hearthside Media Group"))
    c.snip(" ".join(LM_FOOTER[:5]))
    lines += [
        '<footer class="site-footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in LM_FOOTER],
        "</ul>",
        f"<p>{esc(c.snip(f'{pub.name} is part of {owner}'))}</p>",
        f"<p>{esc(c.snip(f'©{YEAR} {owner} All Rights Reserved.'))}</p>",
        "</footer>",
    ]
    if c.has("cookie"):
        lines.append(
            f'<div id="onetrust-banner-sdk"><p>{esc(c.text("cookie"))}</p><button>Accept All</button></div>'
        )
    lines += ["</body>", "</html>"]
    return _j(lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "india-english-portal": render_india_english_portal,
    "cs-zpravy-portal": render_cs_zpravy_portal,
    "wpcom-personal-blog": render_wpcom_personal_blog,
    "lifestyle-paged-mag": render_lifestyle_paged_mag,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _aslug,
    _close_page,
    _en_date,
    _hex,
    _insert_after,
    _ldjson,
    _long_lines,
    _paras,
    _place,
    _share_bar,
    _split_lead,
    _trim,
    register_language,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import (  # noqa: E402
    MONTHS,
    YEAR,
    Ctx,
    _j,
    _norm,
    _words,
    esc,
)
from pipeline.synth.shed_families import _listify, _quotify, _render_blocks  # noqa: E402

# Czech joins the registries (new keys only)
register_language(
    "cs",
    first_names=CS_FIRST_M + CS_FIRST_F,
    surnames=tuple(m for m, _ in CS_SURNAMES),
    prose=CzechProse,
    ui=CS_UI,
    months=CS_MONTHS,
    zones=CS_ZONES,
    place_forms=CS_PLACE_FORMS,
)
