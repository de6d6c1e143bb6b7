"""Four GLEN template families for the synthetic publishers (see `pipeline.synth.publishers`).

"glen" is a twenty-seventh split, next to "train", "test" and the held-out splits before it:
families written by a session that read neither the extractor, nor the pipeline's stages, nor any
extraction result, so no extraction rule was written or tuned against them. They are held out
until they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `GLEN_FAMILIES`: the glen families are
generated only by `generate_corpus("glen")`, so every other corpus is as it was. This module also
brings a new language, Catalan ("ca"): its grammar (`CatalanProse`: the perfect "ha aprovat" /
"han aprovat" and the periphrastic past "va aprovar" / "van aprovar" agreeing in number with the
subject; headlines in the present, "L'Ajuntament aprova ..." / "Els veïns rebutgen ..."; the
article elided before a vowel, "l'Ajuntament", and "d'" for "de" before one, "7 d'abril";
«…», ha dit quotes with the speaker's role after the name; adjectives agreeing in gender, "un nou
pavelló", "una nova biblioteca"), names, place names (all starting with a consonant, so "de" is
never elided before them), UI strings, month names and zones are defined here and added to the
registries of `pipeline.synth.prose` and `pipeline.synth.publishers` when the module is loaded
(new keys only; nothing another language uses changes).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a bulleted list inside the text is body, one line per item; a photo's
caption and credit are boilerplate; a standfirst under the headline is neither body nor
boilerplate. The choices each family makes for the debatable parts:
  * ca-diari-comarcal: a Catalan county news site: the subtitle under the headline (<h2
    class="subtitol">, the standfirst) is neither; the text, its <h3> subheadings and a list are
    body; the "Us pot interessar" box amid the text (its heading and headlines), the "Publicitat"
    slot, the photo's caption and "Foto:" credit, the signature, "Etiquetes:", the share bar,
    "El més llegit", the subscription call and the footer are boilerplate;
  * crypto-markets-desk: a crypto and fintech news site: the "Key Takeaways" list under the
    headline is neither (the story's summary); the text (a price sentence the reporter wrote
    included) is body; the price ticker, the "Read also:" lines amid the text, the author box, the
    "Disclaimer:" paragraph closing every article (the same on every page of a site), "Latest
    news", the newsletter call and the footer are boilerplate;
  * library-news-events: a public library's news post on Drupal: the text and a list are body; the
    event box (When / Where / Cost and the "Register" button) is neither (it repeats the event
    listing's data, not the post's prose); the catalogue search, "Today's hours", the "Submitted
    by ... on ..." line, "Tags:", "Upcoming events", "Ask a Librarian" and the footer (the land
    acknowledgement, the library card call) are boilerplate;
  * business-morning-brief: a regional business paper's daily roundup: the items' <h3> headings
    and paragraphs are body; the greeting line, "Today's Morning Brief is presented by ...", the
    sign-up box, "That's it for today ..." closing line, the byline, "More Morning Briefs" and the
    footer are boilerplate.

Families (language; date source):
  glen  ca-diari-comarcal       ca; microdata <meta itemprop="datePublished"> with offset and the
                                visible "dissabte, 7 de març de 2026 · 14:30"; paths
                                /noticia/<n>/<slug> or /<seccio>/<yyyy>/<mm>/<dd>/<slug>.html;
                                <title> "T | Site" or "Site - T"
  glen  crypto-markets-desk     en; Parse.ly <meta name="parsely-pub-date"> in UTC ("Z") and the
                                visible "Mar 7, 2026, 2:30 p.m. UTC"; paths
                                /news/<slug>/ or /markets/<yyyy>/<mm>/<dd>/<slug>/; <title>
                                "T - Site" or "T | Site News"
  glen  library-news-events     en; Drupal metatag <meta name="dcterms.date"> with offset and the
                                visible "Sat, 03/07/2026 - 2:30pm"; paths /news/<slug> or
                                /blogs/post/<slug>; <title> "T | Site"
  glen  business-morning-brief  en; JSON-LD NewsArticle datePublished with offset and the visible
                                "6:45 AM EST, Saturday, March 7, 2026"; paths
                                /news/<yyyy>/<mm>/<dd>/morning-brief-<slug>.html or
                                /newsletters/morning-brief/<yyyy-mm-dd>-<slug>; <title>
                                "Morning Brief: T - Site" or "T | Site"
"""

from __future__ import annotations

import random
from functools import cache

from pipeline.synth.prose import Prose, _cap, _w

FAMILIES: dict[str, str] = {
    "ca-diari-comarcal": "glen",
    "crypto-markets-desk": "glen",
    "library-news-events": "glen",
    "business-morning-brief": "glen",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "ca-diari-comarcal": "ca",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "ca-diari-comarcal": (
        "{p}Info",
        "{p} Digital",
        "Ràdio {p}",
        "Setmanari {p}",
        "La Veu {p}",
        "{p} Notícies",
    ),
    "crypto-markets-desk": ("{p} Ledger", "Coin{p}", "The {p} Block", "{p} Crypto Daily", "{p} Chain"),
    "library-news-events": (
        "{p} Public Library",
        "{p} County Library",
        "{p} Library District",
        "{p} Libraries",
    ),
    "business-morning-brief": ("{p} Business Journal", "{p} Business Daily", "{p} Business Times"),
}

# --- Catalan ---------------------------------------------------------------------------------

CA_FIRST = _w("""Jordi Marc Pere Joan Josep Oriol Pau Xavier Arnau Albert Roger Ferran Quim Martí
    Montserrat Núria Mireia Laia Anna Marta Carme Mercè Gemma Roser Neus Aina Berta Judit""")
CA_SURNAMES = _w("""Puig Vila Soler Ferrer Roca Serra Font Pujol Vidal Casals Riera Costa Camps Bosch
    Sala Prat Mas Coll Canals Ribas Comas Torrent Planas Fabregat Solé Grau Busquets Oliva Cortada""")
# (subject, plural)
CA_AGENTS: tuple[tuple[str, bool], ...] = (
    ("l'Ajuntament", False),
    ("el ple municipal", False),
    ("l'alcaldessa", False),
    ("el govern municipal", False),
    ("els veïns", True),
    ("els comerciants del centre", True),
    ("la Generalitat", False),
    ("el consell comarcal", False),
    ("els Mossos d'Esquadra", True),
    ("les entitats del barri", True),
    ("l'oposició", False),
    ("els regidors de l'oposició", True),
    ("la direcció de l'hospital", False),
    ("els pagesos", True),
    ("l'associació de veïns", False),
    ("les famílies de l'escola", True),
)
# (participle, infinitive, present singular, present plural)
CA_VERBS: tuple[tuple[str, str, str, str], ...] = (
    ("aprovat", "aprovar", "aprova", "aproven"),
    ("rebutjat", "rebutjar", "rebutja", "rebutgen"),
    ("anunciat", "anunciar", "anuncia", "anuncien"),
    ("ajornat", "ajornar", "ajorna", "ajornen"),
    ("defensat", "defensar", "defensa", "defensen"),
    ("debatut", "debatre", "debat", "debaten"),
    ("criticat", "criticar", "critica", "critiquen"),
    ("revisat", "revisar", "revisa", "revisen"),
    ("presentat", "presentar", "presenta", "presenten"),
    ("reclamat", "reclamar", "reclama", "reclamen"),
    ("modificat", "modificar", "modifica", "modifiquen"),
    ("qüestionat", "qüestionar", "qüestiona", "qüestionen"),
    ("impulsat", "impulsar", "impulsa", "impulsen"),
    ("paralitzat", "paralitzar", "paralitza", "paralitzen"),
)
CA_OBJECTS = (
    "el pressupost municipal",
    "la reforma de la plaça Major",
    "el projecte de la nova escola",
    "la nova ordenança de civisme",
    "el pla d'urbanisme",
    "la licitació de l'enllumenat",
    "l'ampliació del CAP",
    "la pujada de la taxa d'escombraries",
    "el nou carril bici",
    "la rehabilitació del mercat municipal",
    "el conveni amb la Generalitat",
    "la zona de baixes emissions",
    "el tancament de la piscina coberta",
    "el calendari de les obres",
    "la millora de la xarxa d'aigua",
    "el projecte del nou pavelló",
    "la moció sobre l'habitatge",
    "les ajudes al comerç local",
    "els horaris del bus urbà",
    "l'ampliació del polígon industrial",
    "la compra de l'antiga fàbrica",
)
CA_TIMES = (
    "aquest dimarts",
    "dijous passat",
    "en el darrer ple",
    "per unanimitat",
    "després d'un llarg debat",
    "finalment",
    "de nou",
    "en un ple extraordinari",
    "aquesta setmana",
    "a última hora",
)
CA_SOURCES = (
    "Segons fonts municipals,",
    "Segons ha pogut saber aquest diari,",
    "D'acord amb el comunicat del consistori,",
    "Segons el departament de Territori,",
    "Tal com va avançar aquest mitjà,",
)
CA_ROLES = (
    "regidor d'Urbanisme",
    "regidora de Via Pública",
    "alcalde",
    "alcaldessa",
    "portaveu de l'oposició",
    "presidenta de l'associació de veïns",
    "directora de l'escola",
    "president del consell comarcal",
)
CA_SAYS = ("ha explicat", "ha assegurat", "ha afegit", "ha remarcat", "va declarar", "ha lamentat")
CA_SAYINGS = (
    "És una inversió que beneficia tot el municipi",
    "No deixarem sols els veïns",
    "Les obres avancen segons el calendari previst",
    "Demanem paciència a tothom",
    "Fa anys que hi treballem",
    "Hem escoltat les propostes dels veïns",
    "Era una demanda històrica del barri",
    "No podem ajornar més aquesta decisió",
    "Els diners ja hi són, ara cal executar el projecte",
    "Ningú ens ha explicat què passarà amb les famílies afectades",
)
# (noun, feminine)
CA_BUILT: tuple[tuple[str, bool], ...] = (
    ("pavelló", False),
    ("biblioteca", True),
    ("institut", False),
    ("aparcament", False),
    ("escola bressol", True),
    ("rotonda", True),
    ("centre cívic", False),
    ("piscina", True),
    ("parc infantil", False),
    ("residència", True),
)
CA_FRONTS = ("Polèmica", "És oficial", "Ple calent", "Gir inesperat", "Decisió presa", "Reunió veïnal")
CA_SUBHEADS = (
    "Què passarà ara?",
    "La reacció dels veïns",
    "Quant costarà?",
    "Un debat que ve de lluny",
    "Què diu l'oposició?",
    "Els detalls",
    "Calendari",
    "Preguntes pendents",
)
CA_MONTHS = (
    "gener",
    "febrer",
    "març",
    "abril",
    "maig",
    "juny",
    "juliol",
    "agost",
    "setembre",
    "octubre",
    "novembre",
    "desembre",
)
CA_WEEKDAYS = _w("dilluns dimarts dimecres dijous divendres dissabte diumenge")
CA_ZONES = ("Europe/Madrid", "Europe/Andorra")
_CA_STEMS = _w("Vila Castell Torre Mont Puig Bell Roca Sala Coll Pont Mas Pla Ribes Cal Bor Ter")
_CA_ENDS = _w("franca fort blanca seca roja nou lloc ver mella cedes llobet rodó ges mar sull dellà")


@cache
def _ca_places() -> tuple[str, ...]:
    rng = random.Random("places-ca")
    out: set[str] = set()
    while len(out) < 240:
        r = rng.random()
        word = rng.choice(_CA_STEMS) + rng.choice(_CA_ENDS)
        if r < 0.2:
            word = f"{rng.choice(('Sant Pere', 'Santa Maria', 'Sant Joan', 'Sant Martí'))} de {word}"
        out.add(word)
    return tuple(sorted(out))


def _ca_de(word: str) -> str:
    """ "de" with the word, "d'" before a vowel."""
    return f"d'{word}" if word[0].lower() in "aeiouàèéíòóú" else f"de {word}"


class CatalanProse(Prose):
    """Catalan county-news prose (see the module docstring)."""

    lang = "ca"

    def person(self) -> str:
        rng = self.rng
        name = f"{rng.choice(CA_FIRST)} {rng.choice(CA_SURNAMES)}"
        return f"{name} i {rng.choice(CA_SURNAMES)}" if rng.random() < 0.2 else name

    def place(self) -> str:
        return self.rng.choice(_ca_places())

    def agent(self) -> tuple[str, bool]:
        if self.rng.random() < 0.1:
            return f"l'Ajuntament {_ca_de(self.place())}", False
        return self.rng.choice(CA_AGENTS)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, plural = self.agent()
        verb = rng.choice(CA_VERBS)
        if rng.random() < 0.5:
            done = f"{'han' if plural else 'ha'} {verb[0]}"
        else:
            done = f"{'van' if plural else 'va'} {verb[1]}"
        when = f" {rng.choice(CA_TIMES)}" if time else ""
        return f"{agent}{when} {done} {rng.choice(CA_OBJECTS)}"

    def said(self) -> str:
        rng = self.rng
        first, second = rng.sample(CA_SAYINGS, 2)
        words = f"{first}. {second}" if rng.random() < 0.3 else first
        return f"«{words}», {rng.choice(CA_SAYS)} {self.person()}, {rng.choice(CA_ROLES)}."

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return self.said()
        if r < 0.25:
            return f"{rng.choice(CA_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            conj = rng.choice((", però", ", mentre que", " i", ", de manera que", ", ja que"))
            return f"{_cap(self.clause(time=rng.random() < 0.4))}{conj} {self.clause()}."
        if r < 0.46:
            return f"Tot i que {self.clause()}, {self.clause(time=True)}."
        if r < 0.6:
            return rng.choice(
                (
                    f"La inversió prevista és de {rng.randint(120, 980)}.000 euros.",
                    f"La recollida de signatures ja suma {10 * rng.randint(30, 400)} adhesions.",
                    f"Les obres haurien d'acabar abans de finals del {rng.randint(2027, 2030)}.",
                    f"La proposta va tirar endavant amb {rng.randint(7, 13)} vots a favor i"
                    f" {rng.randint(1, 6)} en contra.",
                    f"Unes {10 * rng.randint(3, 40)} persones van assistir a la reunió veïnal.",
                    f"Els treballs duraran un mínim de {rng.randint(4, 18)} mesos.",
                    f"Un {rng.randint(5, 9)}0% del cost el pagarà la Diputació.",
                )
            )
        if r < 0.72:
            return f"L'alcalde {_ca_de(self.place())} assegura que {self.clause()}."
        if r < 0.86:
            return rng.choice(
                (
                    f"Els veïns {_ca_de(self.place())} fa anys que esperen aquesta decisió.",
                    f"No és la primera vegada que {self.clause()}.",
                    f"Una situació semblant es va viure fa poc a {self.place()}.",
                    f"A {self.place()}, de moment, la situació no ha canviat.",
                    f"El tema tornarà al ple {_ca_de(self.place())} el mes vinent.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, plural = self.agent()
        head = f"{agent} {rng.choice(CA_VERBS)[3 if plural else 2]} {rng.choice(CA_OBJECTS)}"
        if r < 0.3:
            return f"{self.place()}: {head}"
        if r < 0.5:
            return _cap(head)
        if r < 0.7:
            noun, fem = rng.choice(CA_BUILT)
            return f"{self.place()} tindrà {'una nova' if fem else 'un nou'} {noun} l'any vinent"
        if r < 0.88:
            return f"{rng.choice(CA_FRONTS)}: {head}"
        return f"{self.person()}: «{rng.choice(CA_SAYINGS)}»"

    def subheading(self) -> str:
        return self.rng.choice(CA_SUBHEADS)


CA_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Portada",
        "Actualitat",
        "Política",
        "Societat",
        "Economia",
        "Esports",
        "Cultura",
        "Opinió",
        "Agenda",
    ),
    "sections": ("Actualitat", "Política", "Societat", "Economia", "Territori", "Educació"),
    "related": ("Us pot interessar", "També us pot interessar", "Notícies relacionades"),
    "read_more": ("Llegiu també:",),
    "by": ("Per",),
    "desks": ("Redacció", "Corresponsal", "Secció de Política", "Secció de Societat"),
    "share": ("Comparteix", "Comparteix la notícia"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "Correu"),
    "newsletter": ("Rep cada matí les notícies de la comarca al teu correu electrònic.",),
    "comments": ("Els comentaris no reflecteixen l'opinió de la redacció.",),
    "cookie": ("Aquest web utilitza galetes per millorar l'experiència de navegació.",),
    "ad": ("Publicitat",),
    "copyright": (
        "© {year} {name}. Tots els drets reservats.",
        "{name} © {year}. Prohibida la reproducció total o parcial.",
    ),
    "disclaimer": ("La redacció no es fa responsable de les opinions dels lectors.",),
    "tagline": ("Les notícies de {region} des del {since}", "Informació de proximitat, cada dia"),
    "bio": ("{author} treballa a la redacció de {name} des del {since2}.",),
    "beats": ("política municipal", "mobilitat", "educació", "salut"),
    "editorial": ("Aquesta informació forma part de la sèrie «Viure a la comarca» de {name}.",),
    "classified": ("Es ven pis de tres habitacions al centre, reformat.",),
    "subscribe": ("Fes-te subscriptor i dona suport al periodisme local",),
}
CA_FOOTER = (
    "Avís legal",
    "Política de privacitat",
    "Política de galetes",
    "Qui som",
    "Contacte",
    "Publicitat",
)
CA_CAPTIONS = (
    "Un moment del ple municipal d'aquesta setmana",
    "Les obres ja han començat al centre del poble",
    "La reunió veïnal va omplir la sala d'actes",
    "Vista aèria de la zona afectada pel projecte",
)
CA_TAGS = ("Ajuntament", "ple municipal", "obres", "habitatge", "mobilitat", "pressupost", "veïns")


def _ca_date(dt: datetime) -> str:
    """ "dissabte, 7 de març de 2026 · 14:30"."""
    return (
        f"{CA_WEEKDAYS[dt.weekday()]}, {dt.day} {_ca_de(CA_MONTHS[dt.month - 1])} de {dt.year} · {dt:%H:%M}"
    )


def render_ca_diari_comarcal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ca")
    by_id = site.random() < 0.5
    base = site.randint(40000, 90000)

    def path(o: Story) -> str:
        slug = _slug(o.title)
        if by_id:
            return f"/noticia/{base + 7 * c.others.index(o) + random.Random(o.title).randint(0, 6)}/{slug}"
        return f"/{_slug(o.section)}/{o.published:%Y/%m/%d}/{slug}.html"

    c.repath(path)
    if len(_paras(s)) >= 5:
        _listify(c, {0})
    dr = c.stable(f"ca-{s.title}")
    subtitle = prose_for("ca", dr).sentence()
    nav = c.nav_items(" ")
    related = c.pick_others(3)
    heading = c.snip(pub.related_heading)
    for o in related:
        c.snip(o.title)
    box = (
        f'<aside class="relacionades"><p class="titol">{esc(heading)}</p><ul>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>' for o in related)
        + "</ul></aside>"
    )
    ad = f'<div class="publicitat"><span>{esc(c.text("ad"))}</span><div class="banner-300"></div></div>'
    blocks = _blocks(
        c,
        lambda h: f"<p>{h}</p>",
        lambda t, h: f"<h3>{h}</h3>",
        lambda h: f"<blockquote>{h}</blockquote>",
        ("<ul>", "</ul>"),
        lambda h: f"<li>{h}</li>",
    )
    blocks = _insert_after(blocks, "<p>", [(1, box), (3, ad)])
    caption = c.snip(dr.choice(CA_CAPTIONS))
    credit = c.snip(f"Foto: {prose_for('ca', c.stable('ca-foto')).person()} / {pub.name}")
    signature = c.snip(f"{pub.ui('by')[0]} {s.author.name} | {s.author.desk}")
    tags = c.snip("Etiquetes: " + ", ".join(dr.sample(CA_TAGS, 3)))
    label, sites = c.share()
    popular = c.pick_others(4)
    c.snip("El més llegit avui")
    for o in popular:
        c.snip(o.title)
    subscribe = c.text("subscribe")
    c.snip(" ".join(CA_FOOTER[:4]))
    title = f"{s.title} | {pub.name}" if site.random() < 0.5 else f"{pub.name} - {s.title}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ca">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        "<body>",
        f'<div class="barra-superior">{esc(c.snip(pub.tagline))}</div>',
        f'<header><a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="menu">'
        + "\n".join(f'<a href="/{_slug(x)}">{esc(x)}</a>' for x in nav)
        + "</nav></header>",
        '<main><article itemscope itemtype="https://schema.org/NewsArticle">',
        f'<meta itemprop="datePublished" content="{c.iso()}">',
        f'<a class="seccio" href="/{_slug(s.section)}">{esc(s.section)}</a>',
        f'<h1 itemprop="headline">{esc(s.title)}</h1>',
        f'<h2 class="subtitol">{esc(subtitle)}</h2>',
        f'<div class="signatura"><span class="autor">{esc(signature)}</span>\n'
        f'<span class="data">{_ca_date(d)}</span></div>',
        f'<figure><img src="/imatges/{_hex(dr, 12)}.jpg" alt=""><figcaption>{esc(caption)}\n'
        f'<span class="credit">{esc(credit)}</span></figcaption></figure>',
        '<div class="cos-noticia" itemprop="articleBody">',
        *blocks,
        "</div>",
        f'<p class="etiquetes">{esc(tags)}</p>',
        f'<div class="compartir"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in sites)
        + "</div>",
        "</article>",
        '<aside class="mes-llegit"><h3>El més llegit avui</h3><ol>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>\n' for o in popular)
        + "</ol></aside>",
        f'<div class="subscripcio"><p>{esc(subscribe)}</p><a href="/subscripcions">Subscriu-t\'hi</a></div>',
        "</main>",
        "<footer><nav>" + "\n".join(f'<a href="#">{x}</a>' for x in CA_FOOTER) + "</nav>",
        f"<p>{esc(c.copyright())}</p></footer>",
    ]
    return _finish(c, lines, "avis-galetes", "Accepto")


# --- crypto-markets-desk -------------------------------------------------------------------------

CR_COINS = (("BTC", 68000), ("ETH", 3400), ("SOL", 150), ("XRP", 0.6), ("ADA", 0.45), ("DOGE", 0.15))
CR_MENU = ("News", "Markets", "Prices", "Policy", "Tech", "DeFi", "Learn", "Podcasts")
CR_COIN_NAMES = ("Bitcoin", "Ether", "Solana", "XRP")


def _price(v: float) -> str:
    return f"${v:,.2f}" if v >= 1 else f"${v:.4f}"


def render_crypto_markets_desk(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("cr")
    dated = site.random() < 0.5

    def path(o: Story) -> str:
        return f"/markets/{o.published:%Y/%m/%d}/{_slug(o.title)}/" if dated else f"/news/{_slug(o.title)}/"

    c.repath(path)
    dr = c.stable(f"cr-{s.title}")
    en = prose_for("en", dr)
    coin = dr.choice(CR_COIN_NAMES)
    paras = _paras(s)
    if paras:
        move = (
            f"{coin} was {dr.choice(('up', 'down'))} {dr.randint(1, 9)}.{dr.randint(0, 9)}%"
            " over 24 hours at the time of writing."
        )
        k = paras[min(1, len(paras) - 1)]
        s.sentences[k].insert(0, move)
        s.blocks[k] = ("p", " ".join(s.sentences[k]))
        _trim(s, 900)
    ticker = []
    for sym, v in CR_COINS:
        price = v * dr.uniform(0.9, 1.1)
        ticker.append((sym, _price(price), f"{dr.choice('+-')}{dr.uniform(0.1, 6):.2f}%"))
    c.snip(" ".join(" ".join(t) for t in ticker[:2]))
    c.snip(" ".join(CR_MENU[:5]))
    takeaways = [en.sentence() for _ in range(3)]
    author_box = c.snip(
        f"{s.author.name} is a markets reporter at {pub.name} covering digital assets and fintech."
    )
    others = c.pick_others(2)
    for o in others:
        c.snip(f"Read also: {o.title}")
    disclaimer = c.snip(
        f"Disclaimer: The information on {pub.name} is for general information only and is not "
        "investment advice. Cryptocurrencies are volatile; do your own research before investing."
    )
    latest = c.pick_others(5)
    c.snip("Latest crypto news and analysis")
    for o in latest:
        c.snip(o.title)
    c.snip("Get the daily crypto briefing in your inbox")
    c.snip(f"© {d.year} {pub.name}. Prices delayed by up to 15 minutes.")
    body = _blocks(
        c,
        lambda h: f"<p>{h}</p>",
        lambda t, h: f"<h2>{h}</h2>",
        lambda h: f"<blockquote>{h}</blockquote>",
        ("<ul>", "</ul>"),
        lambda h: f"<li>{h}</li>",
    )
    body = _insert_after(
        body,
        "<p>",
        [
            (
                1 + 2 * i,
                '<p class="read-also"><strong>Read also:</strong> '
                f'<a href="{esc(o.path)}">{esc(o.title)}</a></p>',
            )
            for i, o in enumerate(others)
        ],
        skip='<p class="read-also"',
    )
    hour = d.astimezone(UTC)
    shown = (
        f"{MONTHS['en'][hour.month - 1][:3]} {hour.day}, {hour.year}, "
        f"{hour.hour % 12 or 12}:{hour:%M} {'a.m.' if hour.hour < 12 else 'p.m.'} UTC"
    )
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name} News"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta name="parsely-title" content="{esc(s.title)}">',
        f'<meta name="parsely-pub-date" content="{c.iso(utc=True)}">',
        f'<meta name="parsely-author" content="{esc(s.author.name)}">',
        "</head>",
        "<body>",
        '<div class="price-ticker"><ul>'
        + "\n".join(f"<li><b>{a}</b> <span>{b}</span> <em>{e}</em></li>" for a, b, e in ticker)
        + "</ul></div>",
        f'<header><a class="brand" href="/">{esc(pub.name)}</a><nav>'
        + "\n".join(f'<a href="/{_slug(x)}">{x}</a>' for x in CR_MENU)
        + "</nav></header>",
        '<main><article class="story">',
        f'<h1 class="headline">{esc(s.title)}</h1>',
        '<div class="key-takeaways"><h4>Key Takeaways</h4><ul>'
        + "".join(f"<li>{esc(x)}</li>" for x in takeaways)
        + "</ul></div>",
        f'<div class="meta"><a class="author" href="/author/{_slug(s.author.name)}">'
        f"{esc(s.author.name)}</a>\n"
        f"<span>{shown}</span></div>",
        '<div class="story-body">',
        *body,
        f'<p class="disclaimer"><em>{esc(disclaimer)}</em></p>',
        "</div>",
        f'<div class="author-box"><p>{esc(author_box)}</p></div>',
        "</article>",
        '<aside class="latest"><h3>Latest crypto news and analysis</h3><ul>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>\n' for o in latest)
        + "</ul></aside>",
        '<div class="newsletter"><p>Get the daily crypto briefing in your inbox</p><input type="email">'
        "<button>Sign up</button></div>",
        "</main>",
        f"<footer><p>© {d.year} {esc(pub.name)}. Prices delayed by up to 15 minutes.</p></footer>",
    ]
    return _finish(c, lines, "cookie-consent", "Accept")


# --- library-news-events -------------------------------------------------------------------------

LB_MENU = ("Catalog", "Events", "eLibrary", "Kids", "Teens", "Research", "Locations", "Get a Card")
LB_BRANCHES = ("Central Library", "Eastside Branch", "Northgate Branch", "Riverside Branch", "Main Library")
LB_ROOMS = ("Community Room", "Meeting Room B", "Children's Area", "Auditorium", "Makerspace")
LB_TAGS = ("Programs", "Adult Services", "Youth Services", "Technology", "Local History", "Reading")
LB_EVENTS = (
    "Baby Storytime",
    "Tech Help Drop-In",
    "Genealogy Club",
    "Teen Anime Night",
    "Seed Library Swap",
    "Author Talk & Signing",
    "ESL Conversation Circle",
)


def render_library_news_events(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("lb")
    blog = site.random() < 0.5

    def path(o: Story) -> str:
        return f"/blogs/post/{_slug(o.title)}" if blog else f"/news/{_slug(o.title)}"

    c.repath(path)
    if len(_paras(s)) >= 5:
        _listify(c, set())
    dr = c.stable(f"lb-{s.title}")
    branch = site.choice(LB_BRANCHES)
    c.snip("Search the catalog Search the website")
    c.snip(" ".join(LB_MENU[:4]))
    hours = c.snip(
        f"Today's hours: {branch} {site.randint(9, 10)}am – {site.randint(5, 8)}pm"
    )
    submitted = c.snip(
        f"Submitted by {s.author.name} on {d:%a, %m/%d/%Y} - "
        f"{d.hour % 12 or 12}:{d:%M}{'am' if d.hour < 12 else 'pm'}"
    )
    tags = c.snip("Tags: " + ", ".join(dr.sample(LB_TAGS, 3)))
    ev_lines = [f"{e} at {dr.choice(LB_BRANCHES)}" for e in dr.sample(LB_EVENTS, 3)]
    c.snip("Upcoming events at your library")
    for x in ev_lines:
        c.snip(x)
    related = c.pick_others(3)
    c.snip("More news from the library")
    for o in related:
        c.snip(o.title)
    c.snip("Ask a Librarian: chat, text or call us")
    land = c.snip(f"{pub.name} acknowledges the traditional owners of the land on which our libraries stand.")
    card = c.snip("Get a free library card today")
    when = d + timedelta(days=dr.randint(5, 20))
    body = _blocks(
        c,
        lambda h: f"<p>{h}</p>",
        lambda t, h: f"<h2>{h}</h2>",
        lambda h: f"<blockquote>{h}</blockquote>",
        ("<ul>", "</ul>"),
        lambda h: f"<li>{h}</li>",
    )
    event_box = (
        '<div class="event-details">'
        f"<div><strong>When:</strong> {_en_date(when)}, {dr.randint(10, 11)}:00 am</div>\n"
        f"<div><strong>Where:</strong> {esc(dr.choice(LB_BRANCHES))}, {esc(dr.choice(LB_ROOMS))}</div>\n"
        f"<div><strong>Cost:</strong> Free{', registration required' if dr.random() < 0.5 else ''}</div>\n"
        '<a class="button" href="/events">Register</a></div>'
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en" dir="ltr">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta name="dcterms.title" content="{esc(s.title)}">',
        f'<meta name="dcterms.date" content="{d.isoformat(timespec="minutes")}">',
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">',
        "</head>",
        '<body class="path-node page-node-type-blog-post">',
        '<a href="#main-content" class="visually-hidden focusable">Skip to main content</a>',
        f'<div class="region-hours"><p>{esc(hours)}</p></div>',
        f'<header role="banner"><a class="site-logo" href="/">{esc(pub.name)}</a>',
        '<form class="search-block"><label>Search the catalog</label> <label>Search the website</label>'
        '<input type="search"></form>',
        '<nav class="menu--main">'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in LB_MENU)
        + "</nav></header>",
        '<main id="main-content"><div class="layout-content">',
        '<article class="node node--type-blog-post">',
        f'<h1 class="page-title"><span>{esc(s.title)}</span></h1>',
        f'<div class="node__submitted">{esc(submitted)}</div>',
        event_box,
        '<div class="field field--name-body">',
        *body,
        "</div>",
        f'<div class="field--name-field-tags">{esc(tags)}</div>',
        "</article>",
        '<section class="more-news"><h2>More news from the library</h2><ul>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>\n' for o in related)
        + "</ul></section>",
        "</div>",
        '<aside class="layout-sidebar"><h2>Upcoming events at your library</h2><ul>'
        + "".join(f"<li>{esc(x)}</li>" for x in ev_lines)
        + '</ul><div class="ask"><p>Ask a Librarian: chat, text or call us</p></div></aside>',
        "</main>",
        f'<footer><p class="land">{esc(land)}</p><p><a href="/card">{esc(card)}</a></p>',
        f"<p>{esc(c.copyright())}</p></footer>",
    ]
    return _finish(c, lines, "eu-cookie-compliance", "OK, I agree")


# --- business-morning-brief ----------------------------------------------------------------------

MB_SPONSORS = (
    "First Harbor Bank",
    "Keystone Credit Union",
    "Meridian Wealth Partners",
    "Crossway Commercial Realty",
)
MB_HEADS = (
    "{p} port deal signed",
    "Layoffs at {p} plant",
    "{p} retail vacancies climb",
    "New CEO at {p} Bank",
    "Office market cools in {p}",
    "{p} airport adds routes",
    "Deal: {p} firm acquired",
    "Hotel project stalls in {p}",
    "{p} startup raises funds",
    "Jobs report: {p} holds steady",
)


def render_business_morning_brief(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("mb")
    newsletter = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _slug(o.title)[:50].strip("-")
        if newsletter:
            return f"/newsletters/morning-brief/{o.published:%Y-%m-%d}-{slug}"
        return f"/news/{o.published:%Y/%m/%d}/morning-brief-{slug}.html"

    c.repath(path)
    dr = c.stable(f"mb-{s.title}")
    en = prose_for("en", dr)
    paras = [(t, x) for (t, x), sents in zip(s.blocks, s.sentences, strict=True) if t == "p"]
    sents = [x for (t, _), x in zip(s.blocks, s.sentences, strict=True) if t == "p"]
    heads = dr.sample(MB_HEADS, len(range(1, len(paras), 2)))
    blocks: list[tuple[str, str]] = []
    sentences: list[list[str]] = []
    for i, (block, ss) in enumerate(zip(paras, sents, strict=True)):
        if i % 2 == 1:
            place = en.place()
            blocks.append(("h3", heads[i // 2].format(p=place)))
            sentences.append([])
        blocks.append(block)
        sentences.append(ss)
    s.blocks[:], s.sentences[:] = blocks, sentences
    sponsor = site.choice(MB_SPONSORS)
    weekday = f"{d:%A}"
    greeting = c.snip(f"Good morning! Here's what you need to know this {weekday}.")
    presented = c.snip(f"Today's Morning Brief is presented by {sponsor}.")
    signup = c.snip("Sign up to get the Morning Brief in your inbox every weekday at 6 a.m.")
    closing = c.snip("That's it for today. Have a tip? Reply to this email or write to the newsroom.")
    byline = c.snip(f"By {s.author.name} – {s.author.desk}")
    more = c.pick_others(4)
    c.snip("More Morning Briefs from the newsroom")
    for o in more:
        c.snip(o.title)
    menu = ("News", "Commercial Real Estate", "Banking & Finance", "Health Care", "Lists & Awards", "Events")
    c.snip(" ".join(menu[:3]))
    body = _blocks(
        c,
        lambda h: f"<p>{h}</p>",
        lambda t, h: f'<h3 class="brief-item">{h}</h3>',
        lambda h: f"<blockquote>{h}</blockquote>",
        ("<ul>", "</ul>"),
        lambda h: f"<li>{h}</li>",
    )
    tzname = d.tzname()
    shown = f"{d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'} {tzname}, {d:%A}, {_en_date(d)}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
        "isAccessibleForFree": True,
    }
    title = f"Morning Brief: {s.title} - {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        _ldjson(data),
        "</head>",
        "<body>",
        '<header class="masthead"><nav class="sections">'
        + "\n".join(f'<a href="#">{esc(x)}</a>' for x in menu)
        + f'</nav><a class="logo" href="/">{esc(pub.name)}</a></header>',
        '<main><article class="newsletter-issue">',
        '<p class="kicker"><a href="/newsletters/morning-brief">Morning Brief</a></p>',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="byline"><span>{esc(byline)}</span>\n<time>{shown}</time></div>',
        f'<p class="sponsor">{esc(presented)}</p>',
        f'<p class="greeting"><em>{esc(greeting)}</em></p>',
        '<div class="issue-body">',
        *body,
        "</div>",
        f'<p class="signoff"><em>{esc(closing)}</em></p>',
        f'<div class="signup-box"><p>{esc(signup)}</p><input type="email"><button>Subscribe</button></div>',
        "</article>",
        '<aside class="more-briefs"><h3>More Morning Briefs from the newsroom</h3><ul>'
        + "".join(f'<li><a href="{esc(o.path)}">{esc(o.title)}</a></li>\n' for o in more)
        + "</ul></aside>",
        "</main>",
        f"<footer><p>{esc(c.copyright())}</p></footer>",
    ]
    return _finish(c, lines, "consent-banner", "Continue")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "ca-diari-comarcal": render_ca_diari_comarcal,
    "crypto-markets-desk": render_crypto_markets_desk,
    "library-news-events": render_library_news_events,
    "business-morning-brief": render_business_morning_brief,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402

from pipeline.synth.heath_families import _finish  # noqa: E402
from pipeline.synth.kit import (  # noqa: E402
    _en_date,
    _hex,
    _insert_after,
    _ldjson,
    _paras,
    _trim,
    register_language,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import MONTHS, Ctx, Story, _slug, esc  # noqa: E402
from pipeline.synth.quay_families import _blocks  # noqa: E402
from pipeline.synth.shed_families import _listify  # noqa: E402

# Catalan joins the registries (new keys only)
register_language(
    "ca",
    first_names=CA_FIRST,
    surnames=CA_SURNAMES,
    prose=CatalanProse,
    ui=CA_UI,
    months=CA_MONTHS,
    zones=CA_ZONES,
)
