"""Small seeded phrase grammars for synthetic news prose in English, German, French, Spanish,
Italian, Dutch, Portuguese, Polish, Swedish, Arabic and Turkish.

The English grammar follows the idea of `pipeline/synth/site.py` (a word pool and a handful of
clause and sentence shapes); the others carry grammatical gender and the article forms that go
with it (German case endings, French elision, Spanish "del"/"al", Italian "il"/"lo"/"l'" and
"del"/"dell'", Dutch "de"/"het" and the adjective ending that follows them), so the text reads like
local news rather than word salad. Everything is drawn from the `random.Random` handed in, so a
seeded generator gives the same text every time.

`LANGUAGES` are the four the search corpora draw from (benchmarks/search.py and its test); Italian
and Dutch are only used by the synthetic publishers, Portuguese (Brazilian: "da"/"no"/"à", the
weekday with its date in parentheses) and Polish (the past tense agreeing with its subject's gender,
the accusative, women's surnames) only by the "vault" families, Swedish (en/ett nouns and their
definite forms, V2 word order) and Arabic (verb-subject-object sentences agreeing in gender; place
names with a romanisation for host names, `romanize`) only by the "attic" families, Turkish
(subject-object-verb sentences, the object's accusative listed with it so that vowel harmony holds)
only by the "cellar" families (`prose_for` knows all eleven).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import lru_cache

LANGUAGES = ("en", "de", "fr", "es")


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- names -----------------------------------------------------------------------------------

FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "en": _w("""Amara Ben Chloe Daniel Elif Farid Grace Hamza Ines Jonas Kemi Liam Maya Niko Olga
        Priya Quentin Rosa Samir Tara Umar Vera Wen Yusuf Zofia Aidan Bianca Cormac Dalia Emeka
        Freya Gideon Hana Ivan Jada Kofi Lena Mateo Nadia Oscar Rhys Sana Tomas Willa Zane"""),
    "de": _w("""Anna Lukas Sabine Jürgen Jörg Katrin Matthias Ursula Stefan Birgit Tobias Claudia
        Andreas Petra Florian Sören Anja Dieter Jana Günther Heike Maximilian Sophie Björn
        Franziska Uwe Lea Markus Bärbel Tim Charlotte Ralf Miriam Helmut Gül Yusuf"""),
    "fr": _w("""Camille Léa Hélène François Jérôme Benoît Chloé Loïc Céline Mathieu Élodie Julien
        Aurélie Thibault Margaux Sébastien Inès Grégoire Manon Noémie Rémi Solène Yannick Agnès
        Étienne Maëlle Hugo Karim Océane Bastien Josiane Gaëlle"""),
    "es": _w("""Lucía María José Íñigo Begoña Andrés Sofía Raúl Carmen Javier Ainhoa Álvaro Nuria
        Sergio Elena Óscar Pilar Martín Rocío Jesús Marta Adrián Irene Ramón Paula Joaquín
        Montserrat Ángel Leire Tomás Yolanda"""),
    "it": _w("""Giulia Marco Francesca Luca Chiara Alessandro Sara Matteo Elena Lorenzo Federica Davide
        Martina Giorgio Valentina Stefano Ilaria Niccolò Beatrice Andrea Silvia Tommaso Paola
        Gabriele Roberta Emanuele Alessia Fabrizio Caterina Simone Rocco Assunta"""),
    "nl": _w("""Sanne Daan Lotte Bram Fleur Jeroen Anouk Thijs Femke Sjoerd Eline Wouter Marieke Ruben
        Ingrid Joost Noor Pieter Esther Koen Iris Bas Hanneke Maarten Yara Mohamed Fatima Niels
        Annelies Gert Rianne Sven"""),
    "pt": _w("""Ana João Maria José Francisca Antônio Luiz Paulo Carlos Márcia Lucas Juliana Gabriel
        Fernanda Rafael Beatriz Thiago Larissa Matheus Camila Felipe Aline Rodrigo Patrícia Bruno
        Letícia Guilherme Vanessa Leandro Débora Raimundo Conceição Wellington Jaqueline"""),
    # Polish: a first name ending in "a" is a woman's (none of the men's here does), which gives the
    # surname its form (`PolishProse.person`)
    "pl": _w("""Anna Piotr Katarzyna Krzysztof Małgorzata Tomasz Agnieszka Paweł Magdalena Michał Joanna
        Marcin Ewa Łukasz Barbara Grzegorz Monika Wojciech Dorota Jakub Aleksandra Bartosz Zofia
        Mateusz Justyna Andrzej Beata Rafał Iwona Sławomir Elżbieta Przemysław Jadwiga Zbigniew"""),
    "sv": _w("""Anna Erik Karin Lars Maria Johan Eva Anders Sara Mikael Emma Per Lena Oskar Ingrid Björn
        Elin Fredrik Maja Gustav Linnea Nils Sofia Mats Hanna Ali Amira Jonas Åsa Göran Malin Henrik
        Tove Ulf Frida Yusuf"""),
    "tr": _w("""Ayşe Mehmet Fatma Mustafa Zeynep Ahmet Elif Emre Hatice Burak Selin Murat Esra Hakan Deniz
        Serkan Gülşen Onur Merve Kemal Özlem Tolga Şeyma Cem Derya Oğuz Büşra Yasin Pınar Ebru Volkan
        Sevgi Barış Tuğba Ufuk Nur Kaan Hülya Gökhan Şule"""),
}
SURNAMES: dict[str, tuple[str, ...]] = {
    "en": _w("""Abbott Barker Calloway Dunmore Ellery Fairweather Garside Holloway Ingram Jessop
        Kettering Lowry Marchbank Nettleton Okafor Pemberton Quayle Redfern Sandoval Thackeray
        Underhill Varga Whitlock Yardley Achebe Brennan Castellano Delacroix Eastwood Finnegan
        Gallagher Hartigan Iyer Jankowski Kowalczyk Lindqvist Mbeki Novak Osei Patel"""),
    "de": _w("""Müller Schäfer Köhler Weiß Becker Hoffmann Schröder Wagner Krüger Lehmann Hartmann
        Böhm Zimmermann Fuchs Brandt Vogel Kühn Schulze Jäger Günther Löffler Roth Dietrich
        Schmitz Öztürk Haas Lange Bauer Groß Wendt Kaiser Seidel"""),
    "fr": _w("""Lefèvre Girard Moreau Dubois Fontaine Mercier Rousseau Lambert Bonnet Faure Chevalier
        Gauthier Perrin Lemaire Barbier Guérin Lacroix Boyer Brunet Caron Renaud Dufour Benoît
        Leclerc Fabre Hébert Vasseur Poirier Masson"""),
    "es": _w("""García Fernández López Martínez Sánchez Pérez Gómez Muñoz Ibáñez Núñez Romero Álvarez
        Navarro Domínguez Vázquez Castillo Ortega Rubio Marín Sanz Iglesias Medina Garrido
        Cortés Castro Lozano Guerrero Prieto Calvo"""),
    "it": _w("""Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti
        Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi
        Caruso Ferrara Galli Martini Leone Fabbri Villa Cattaneo D'Angelo"""),
    # Dutch surnames with their particles ("de Vries"): "_" stands for the space inside a name
    "nl": tuple(
        w.replace("_", " ")
        for w in _w("""Jansen de_Vries van_Dijk Bakker Visser Smit Meijer de_Boer Mulder de_Groot
        Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf
        van_der_Meer Kok Jacobs de_Haan Vermeulen van_den_Berg Huisman Postma Kuipers Yılmaz""")
    ),
    "pt": _w("""Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro
        Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade
        Moreira Nunes Marques Machado Mendes Freitas Cardoso Teixeira Araújo Conceição Magalhães"""),
    # the men's forms; `PolishProse.person` gives a woman "-ska", "-cka", "-dzka"
    "pl": _w("""Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak
        Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski
        Pawłowski Michalski Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski
        Stępień Górski Rutkowski Sikora Baran Duda Szewczyk Wróbel Pietrzak Zawadzki Sadowski"""),
    "sv": _w("""Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
        Pettersson Jonsson Lindberg Lindqvist Bergström Sjöberg Holm Ek Wallin Öberg Åkesson Hedlund
        Lundgren Nyström Sandberg Hassan Forsberg Björk Strand Engström"""),
    "tr": _w("""Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan
        Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Aksoy Güneş Tekin Bulut Erdem Uçar Karaca Ateş
        Güler Akın Bozkurt Keskin Sarı Ünal Duman Turan"""),
}
_SYLLABLES = _w("""ab al an ar ba bel bor ca cal dor el en fa fel gar gil hal har kel lan lor
    mar mel mor nel nor ol or pel ran rin ro sel sor tal ter tor ul val vor wen""")
_PLACE_FORMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (prefixes, endings)
    "en": (
        ("", "", "", "North ", "Upper ", "East "),
        _w("ton ford bury field wick ham mouth bridge stead ley worth dale port by"),
    ),
    "de": (
        ("", "", "", "Bad ", "Neu", "Ober"),
        _w("heim dorf hausen bach berg feld au stadt ingen burg rode hagen"),
    ),
    "fr": (
        ("", "", "", "Saint-", "Mont", "Villeneuve-sur-"),
        _w("ville court mont ac y ières ange eau on euil"),
    ),
    "es": (("", "", "", "San ", "Villa", "Puerto "), _w("illa ón ares ejo al ena edo uela iza ano")),
    "it": (("", "", "", "San ", "Monte", "Castel"), _w("ano ino ella ola ate ello ara ona iano olo ina era")),
    "nl": (
        ("", "", "", "Nieuw-", "Oud-", "Sint-"),
        _w("dam drecht hoven veen wijk voort horst gem broek zijl loo sum huizen"),
    ),
    "pt": (
        ("", "", "", "Porto ", "Campo ", "Vila "),
        _w("ópolis ândia inga tuba aba ema eira ina ara ito ama"),
    ),
    "pl": (("",), _w("ów owo ice no ewo ków in sko any")),
    "sv": (
        ("", "", "", "Norra ", "Södra ", "Stora "),
        _w("köping by holm sund vik berga torp hult stad näs fors ö ryd arp"),
    ),
    # Turkish: no dotless "ı" in a place name, so that a host name made from one is ASCII
    "tr": (
        ("", "", "", "Eski ", "Büyük ", "Kara"),
        _w("köy dere ova kent hisar tepe çay göl yurt şehir su bey"),
    ),
}


@lru_cache(maxsize=16)
def places(lang: str) -> tuple[str, ...]:
    """A fixed list of 400 pronounceable place names for a language (Arabic: every prefix with every
    name of `_AR_PLACE_NAMES`)."""
    if lang == "ar":
        return tuple(sorted(f"{p} {n}".strip() for p in _AR_PLACE_PREFIXES for n in _AR_PLACE_NAMES))
    rng = random.Random(f"places-{lang}")
    prefixes, endings = _PLACE_FORMS[lang]
    out: set[str] = set()
    while len(out) < 400:
        stem = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 2)))
        prefix = rng.choice(prefixes)
        word = stem + rng.choice(endings)
        if prefix:
            word = prefix + (_cap(word) if prefix.endswith((" ", "-")) else word)
        if len(word) >= 5:
            out.add(_cap(word))
    return tuple(sorted(out))


# --- the base grammar ------------------------------------------------------------------------


class Prose:
    """Sentences, headlines and subheadings for one language, drawn from a seeded generator."""

    lang = "en"

    def __init__(self, rng: random.Random):
        self.rng = rng

    def person(self) -> str:
        """A full name."""
        return f"{self.rng.choice(FIRST_NAMES[self.lang])} {self.rng.choice(SURNAMES[self.lang])}"

    def place(self) -> str:
        """A place name."""
        return self.rng.choice(places(self.lang))

    def sentence(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def title(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def subheading(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def paragraph(self, words: int) -> str:
        """Sentences until about `words` words."""
        out: list[str] = []
        count = 0
        while count < words or len(out) < 2:
            s = self.sentence()
            out.append(s)
            count += len(s.split())
        return " ".join(out)


# --- English ---------------------------------------------------------------------------------

EN_NOUNS = _w("""council budget harbour railway station bridge hospital school teacher nurse doctor
    farmer harvest orchard river valley village market factory plant worker union strike minister
    government election voter campaign candidate mayor district court judge jury lawyer trial
    verdict appeal police officer investigation report museum gallery exhibition theatre festival
    concert library engineer project contract supplier company investor profit revenue price wage
    pension tax grant fund charity volunteer community neighbourhood street junction motorway tunnel
    ferry port airport runway passenger timetable storm flood drought forecast coast beach island
    forest meadow wetland reserve species salmon habitat scientist laboratory study vaccine clinic
    ward ambulance student university scholarship apprentice campus club coach player season league
    cup final match stadium referee reporter newspaper interview statement network outage sensor
    bakery brewery vineyard restaurant landlord tenant rent housing estate architect builder roof
    petition protest rally meeting committee lighthouse trawler quota warehouse reservoir turbine
    substation tariff backlog shortage recruitment scheme review audit inspector regulator inquiry""")
EN_VERBS = _w("""approved rejected announced delayed postponed confirmed denied launched opened closed
    reopened extended reduced raised cut doubled expanded restored repaired replaced criticised
    praised questioned challenged defended welcomed promised revealed published released unveiled
    discovered recorded estimated signed agreed suspended resumed cancelled scrapped funded backed
    opposed supported blocked tested inspected surveyed rebuilt renovated relocated acquired sold""")
EN_ADJ = _w("""new old local regional national historic modern rural urban coastal northern southern
    eastern western central early late recent annual major minor key public private independent
    temporary permanent final initial controversial popular costly expensive affordable ambitious
    modest rapid gradual sudden unexpected unprecedented familiar unusual rare busy quiet crowded
    flooded damaged derelict protected thriving struggling growing former second rival""")
EN_ADV = _w(
    "quickly quietly openly finally eventually recently already again formally narrowly "
    "unanimously reluctantly cautiously sharply briefly jointly"
)
EN_PREP = _w("in at near outside across beyond around behind beside along through")
EN_DAYS = _w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
EN_MONTHS = _w("January February March April May June July August September October November December")
EN_ROLES = _w(
    "spokesperson director chair secretary treasurer councillor manager organiser "
    "coordinator analyst economist historian curator warden inspector professor"
)
EN_ORGS = _w(
    "Council Trust Society Association Institute Foundation Partnership Authority Group "
    "Cooperative Union Alliance Board Agency Commission"
)
EN_SUBHEADS = (
    "What happens next",
    "A long-running dispute",
    "Why it matters",
    "The cost",
    "Reaction from residents",
    "Background",
    "Questions remain",
    "A second phase",
    "Concerns over funding",
    "How we got here",
    "The view from the council",
    "Looking ahead",
)


def _plural(noun: str) -> str:
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


class EnglishProse(Prose):
    """English local-news prose."""

    lang = "en"

    def org(self) -> str:
        return f"{self.place()} {self.rng.choice(EN_ORGS)}"

    def noun_phrase(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.1:
            return self.person()
        if r < 0.2:
            return f"the {self.org()}"
        if r < 0.27:
            return self.place()
        det = rng.choice(("the", "the", "a", "its", "their", "this", "every"))
        words = (
            [det, rng.choice(EN_ADJ), rng.choice(EN_NOUNS)]
            if det in ("a", "every") or rng.random() < 0.5
            else [det, rng.choice(EN_NOUNS)]
        )
        if det == "a" and words[1][0] in "aeiou":
            words[0] = "an"
        if rng.random() < 0.2:
            words += ["of", "the", rng.choice(EN_NOUNS)]
        return " ".join(words)

    def number(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            return f"{rng.randint(2, 99)}"
        if r < 0.6:
            return f"{rng.randint(100, 9999):,}"
        if r < 0.8:
            return f"{rng.randint(11, 99) / 10:.1f} million"
        return f"{rng.randint(2, 95)} per cent of the"

    def clause(self) -> str:
        rng = self.rng
        verb = rng.choice(EN_VERBS)
        if rng.random() < 0.15:
            verb = f"{rng.choice(EN_ADV)} {verb}"
        r = rng.random()
        if r < 0.55:
            rest = self.noun_phrase()
        elif r < 0.75:
            rest = f"{self.noun_phrase()} {rng.choice(EN_PREP)} {self.noun_phrase()}"
        elif r < 0.9:
            rest = f"{self.number()} {_plural(rng.choice(EN_NOUNS))}"
        else:
            rest = f"{self.noun_phrase()} on {rng.choice(EN_DAYS)}"
        return f"{self.noun_phrase()} {verb} {rest}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.14:
            return (
                f"\u201c{_cap(self.clause())}, and {self.clause()},\u201d said {self.person()}, "
                f"{rng.choice(EN_ROLES)} of the {self.org()}."
            )
        if r < 0.24:
            text = (
                f"{rng.choice(('By', 'Since', 'Before', 'After', 'Until'))} "
                f"{rng.choice(EN_MONTHS)} {rng.randint(1, 28)}, {self.clause()}."
            )
        elif r < 0.5:
            joiner = rng.choice((", while", ", but", " and", ", after", " because", ", although"))
            text = f"{self.clause()}{joiner} {self.clause()}."
        elif r < 0.6:
            text = f"{self.clause()}, according to {self.noun_phrase()}."
        else:
            text = f"{self.clause()}."
        return _cap(text)

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            text = f"{self.place()} {rng.choice(EN_VERBS)} {self.noun_phrase()}"
        elif r < 0.7:
            text = f"{self.noun_phrase()} {rng.choice(EN_VERBS)} {rng.choice(EN_PREP)} {self.place()}"
        else:
            text = f"{self.person()}: {self.noun_phrase()} {rng.choice(EN_VERBS)}"
        return _cap(text)

    def subheading(self) -> str:
        return self.rng.choice(EN_SUBHEADS)


# --- German ----------------------------------------------------------------------------------

DE_NOUNS: tuple[tuple[str, str], ...] = tuple(
    (w.split(":")[0], w.split(":")[1])
    for w in _w("""
    Bürgermeister:m Gemeinderat:m Stadtverwaltung:f Krankenhaus:n Schule:f Bahnhof:m Brücke:f
    Haushalt:m Verein:m Polizei:f Gericht:n Museum:n Feuerwehr:f Landrat:m Bürgerinitiative:f
    Projekt:n Unternehmen:n Kindergarten:m Sporthalle:f Freibad:n Radweg:m Wohngebiet:n Bauamt:n
    Kreistag:m Gewerbegebiet:n Förderprogramm:n Gutachten:n Bebauungsplan:m Einzelhändler:m
    Klinik:f Hochwasser:n Ernte:f Winzer:m Brauerei:f Bäckerei:f Landwirt:m Mannschaft:f Trainer:m
    Saison:f Ausstellung:f Konzert:n Rathaus:n Marktplatz:m Ortsbeirat:m Straßenbahn:f
    Umgehungsstraße:f Jugendzentrum:n Seniorenheim:n Tierheim:n Stadtfest:n Sanierungskonzept:n""")
)
DE_ADJ = _w("""neu alt lokal regional städtisch geplant umstritten marode modern historisch groß klein
    zusätzlich kommunal öffentlich jährlich ländlich nördlich südlich östlich westlich beliebt
    wichtig dringend langjährig""")
DE_VERBS = _w("""genehmigt abgelehnt angekündigt verschoben bestätigt vorgestellt eröffnet geschlossen
    kritisiert gelobt gefordert unterstützt geprüft beschlossen veröffentlicht saniert erweitert
    gekürzt erhöht verlängert vorgelegt begrüßt""")
DE_DAYS = _w("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag")
DE_MONTHS = _w("Januar Februar März April Mai Juni Juli August September Oktober November Dezember")
DE_ROLES = (
    "Sprecherin der Stadt",
    "Vorsitzender des Vereins",
    "Leiterin des Bauamts",
    "Fraktionschef im Gemeinderat",
    "Sprecher der Polizei",
    "Geschäftsführer",
    "Ortsvorsteherin",
    "Kämmerer der Stadt",
)
DE_SOURCES = (
    "Nach Angaben der Stadtverwaltung",
    "Laut Polizei",
    "Nach Informationen unserer Zeitung",
    "Wie der Kreistag mitteilte,",
    "Laut einem Gutachten",
    "Nach Ansicht vieler Anwohner",
)
DE_TIMES = (
    "am Montag",
    "am Dienstagabend",
    "in der vergangenen Woche",
    "bereits im Herbst",
    "überraschend",
    "nach langer Debatte",
    "einstimmig",
    "am Wochenende",
    "erneut",
)
DE_SUBHEADS = (
    "Wie es weitergeht",
    "Kritik aus der Opposition",
    "Die Kosten",
    "Stimmen aus dem Ort",
    "Ein langer Streit",
    "Hintergrund",
    "Offene Fragen",
    "Der nächste Schritt",
    "Was Anwohner sagen",
    "Blick nach vorn",
)
_DE_DEF = {
    "nom": {"m": "der", "f": "die", "n": "das"},
    "acc": {"m": "den", "f": "die", "n": "das"},
    "dat": {"m": "dem", "f": "der", "n": "dem"},
}
_DE_INDEF = {
    "nom": {"m": "ein", "f": "eine", "n": "ein"},
    "acc": {"m": "einen", "f": "eine", "n": "ein"},
    "dat": {"m": "einem", "f": "einer", "n": "einem"},
}
_DE_WEAK = {
    "nom": {"m": "e", "f": "e", "n": "e"},
    "acc": {"m": "en", "f": "e", "n": "e"},
    "dat": {"m": "en", "f": "en", "n": "en"},
}
_DE_MIXED = {
    "nom": {"m": "er", "f": "e", "n": "es"},
    "acc": {"m": "en", "f": "e", "n": "es"},
    "dat": {"m": "en", "f": "en", "n": "en"},
}


def _de_adj(rng: random.Random) -> str:
    """An adjective stem ready for its ending ("marode" -> "marod")."""
    adj = rng.choice(DE_ADJ)
    return adj[:-1] if adj.endswith("e") else adj


class GermanProse(Prose):
    """German regional-news prose (perfect tense, case and gender agreement)."""

    lang = "de"

    def np(self, case: str) -> str:
        rng = self.rng
        noun, g = rng.choice(DE_NOUNS)
        r = rng.random()
        if r < 0.55:
            adj = f"{_de_adj(rng)}{_DE_WEAK[case][g]} " if rng.random() < 0.5 else ""
            return f"{_DE_DEF[case][g]} {adj}{noun}"
        if r < 0.85:
            return f"{_DE_INDEF[case][g]} {_de_adj(rng)}{_DE_MIXED[case][g]} {noun}"
        return f"{_DE_DEF[case][g]} {noun} in {self.place()}"

    def clause_v2(self) -> tuple[str, str, str]:
        """(subject, object, participle) for a main or a subordinate clause."""
        return self.np("nom"), self.np("acc"), self.rng.choice(DE_VERBS)

    def sentence(self) -> str:
        rng = self.rng
        s, o, v = self.clause_v2()
        r = rng.random()
        if r < 0.14:
            return f"\u201e{_cap(s)} hat {o} {v}\u201c, sagte {self.person()}, {rng.choice(DE_ROLES)}."
        if r < 0.3:
            return f"{rng.choice(DE_SOURCES)} hat {s} {o} {rng.choice(DE_TIMES)} {v}."
        if r < 0.5:
            s2, o2, v2 = self.clause_v2()
            conj = rng.choice(("weil", "nachdem", "obwohl", "während"))
            return f"{_cap(s)} hat {o} {v}, {conj} {s2} {o2} {v2} hat."
        if r < 0.62:
            return (
                (
                    f"Die Kosten belaufen sich nach aktuellem Stand auf rund "
                    f"{rng.randint(2, 95)},{rng.randint(1, 9)} Millionen Euro."
                )
                if rng.random() < 0.4
                else f"Rund {rng.randint(20, 900)} Menschen haben {o} {v}."
            )
        if r < 0.72:
            return f"Am {rng.choice(DE_DAYS)} hat {s} {o} {v}."
        return f"{_cap(s)} hat {o} {rng.choice(DE_TIMES)} {v}."

    def title(self) -> str:
        rng = self.rng
        noun, g = rng.choice(DE_NOUNS)
        adj = _de_adj(rng) + _DE_MIXED["nom"][g]
        r = rng.random()
        if r < 0.4:
            return f"{self.place()}: {_cap(adj)} {noun} wird {rng.choice(DE_VERBS)}"
        if r < 0.7:
            return f"Streit um {self.np('acc')} in {self.place()}"
        return f"{self.person()} über {self.np('acc')}"

    def subheading(self) -> str:
        return self.rng.choice(DE_SUBHEADS)


# --- French ----------------------------------------------------------------------------------

FR_NOUNS: tuple[tuple[str, str], ...] = tuple(
    (w.split(":")[0].replace("_", " "), w.split(":")[1])
    for w in _w("""
    conseil_municipal:m mairie:f hôpital:m école:f gare:f pont:m budget:m association:f police:f
    tribunal:m musée:m projet:m entreprise:f crèche:f piscine:f route:f piste_cyclable:f quartier:m
    chantier:m marché:m agriculteur:m vendange:f vigneron:m boulangerie:f équipe:f entraîneur:m
    saison:f match:m exposition:f concert:m église:f festival:m rapport:m préfecture:f maire:m
    député:m syndicat:m usine:f médiathèque:f collège:m lycée:m tramway:m parking:m commune:f
    région:f département:m""")
)
FR_ADJ = tuple(
    tuple(w.split(":"))
    for w in _w("""municipal:municipale régional:régionale
    local:locale important:importante controversé:controversée historique:historique
    moderne:moderne public:publique rural:rurale prévu:prévue annuel:annuelle
    provisoire:provisoire coûteux:coûteuse ambitieux:ambitieuse départemental:départementale
    vétuste:vétuste""")
)
FR_VERBS = tuple(
    tuple(w.split(":"))
    for w in _w("""approuve:approuvé rejette:rejeté annonce:annoncé
    reporte:reporté confirme:confirmé présente:présenté inaugure:inauguré ferme:fermé
    critique:critiqué salue:salué demande:demandé soutient:soutenu examine:examiné vote:voté
    publie:publié rénove:rénové agrandit:agrandi réduit:réduit augmente:augmenté prolonge:prolongé
    dévoile:dévoilé""")
)
FR_TIMES = (
    "lundi",
    "mardi soir",
    "la semaine dernière",
    "en fin de journée",
    "ce week-end",
    "à l'unanimité",
    "après de longs débats",
    "jeudi matin",
    "une nouvelle fois",
)
FR_SOURCES = (
    "Selon la préfecture",
    "D'après nos informations",
    "Selon plusieurs riverains",
    "D'après un rapport publié jeudi",
    "Selon la mairie",
)
FR_ROLES = (
    "adjointe au maire",
    "président de l'association",
    "directrice de l'école",
    "porte-parole de la préfecture",
    "conseiller municipal d'opposition",
    "gérant",
    "secrétaire du syndicat",
)
FR_SUBHEADS = (
    "Et maintenant ?",
    "Un dossier ancien",
    "Le coût du projet",
    "Les riverains inquiets",
    "Contexte",
    "Des questions en suspens",
    "Une deuxième phase",
    "Ce qu'en dit l'opposition",
    "Prochaine étape",
)


def _fr_det(noun: str, g: str, definite: bool = True) -> str:
    if definite:
        if noun[0] in "aeiouéèêhâôî":
            return f"l'{noun}"
        return f"{'le' if g == 'm' else 'la'} {noun}"
    return f"{'un' if g == 'm' else 'une'} {noun}"


_FR_VOWEL = "aeiouéèêhâôîAEIOUÉÈÊHÂÔÎ"


def _fr_elide(text: str) -> str:
    """Apply the elisions the phrase joins miss ("que un" -> "qu'un", "de Albi" -> "d'Albi")."""
    for word in ("que", "de"):
        for v in _FR_VOWEL:
            text = text.replace(f" {word} {v}", f" {word[:-1]}'{v}")
    return text


class FrenchProse(Prose):
    """French regional-magazine prose (passé composé, gender agreement, elision)."""

    lang = "fr"

    def sentence(self) -> str:
        return _fr_elide(self._sentence())

    def title(self) -> str:
        return _fr_elide(self._title())

    def np(self) -> str:
        rng = self.rng
        noun, g = rng.choice(FR_NOUNS)
        base = _fr_det(noun, g, rng.random() < 0.7)
        if rng.random() < 0.45:
            m, f = rng.choice(FR_ADJ)
            base += " " + (m if g == "m" else f)
        if rng.random() < 0.15:
            base += f" de {self.place()}"
        return base

    def _sentence(self) -> str:
        rng = self.rng
        _, part = rng.choice(FR_VERBS)
        s, o = self.np(), self.np()
        r = rng.random()
        if r < 0.14:
            return f"\u00ab {_cap(s)} a {part} {o} \u00bb, a déclaré {self.person()}, {rng.choice(FR_ROLES)}."
        if r < 0.3:
            return f"{rng.choice(FR_SOURCES)}, {s} a {part} {o} {rng.choice(FR_TIMES)}."
        if r < 0.5:
            _, part2 = rng.choice(FR_VERBS)
            conj = rng.choice(("alors que", "parce que", "après que", "tandis que"))
            return f"{_cap(s)} a {part} {o}, {conj} {self.np()} a {part2} {self.np()}."
        if r < 0.6:
            return (
                (f"Le coût total est estimé à {rng.randint(2, 95)},{rng.randint(1, 9)} millions d'euros.")
                if rng.random() < 0.4
                else f"Quelque {rng.randint(20, 900)} habitants ont {part} {o}."
            )
        return f"{_cap(s)} a {part} {o} {rng.choice(FR_TIMES)}."

    def _title(self) -> str:
        rng = self.rng
        pres, _ = rng.choice(FR_VERBS)
        r = rng.random()
        if r < 0.5:
            return f"{self.place()} : {self.np()} {pres} {self.np()}"
        if r < 0.75:
            return f"{_cap(self.np())} {pres} {self.np()}"
        return f"{self.person()} : « Nous attendons des réponses sur {self.np()} »"

    def subheading(self) -> str:
        return self.rng.choice(FR_SUBHEADS)


# --- Spanish ---------------------------------------------------------------------------------

ES_NOUNS: tuple[tuple[str, str], ...] = tuple(
    (w.split(":")[0].replace("_", " "), w.split(":")[1])
    for w in _w("""
    ayuntamiento:m alcalde:m alcaldesa:f hospital:m escuela:f estación:f puente:m presupuesto:m
    asociación:f policía:f tribunal:m museo:m proyecto:m empresa:f guardería:f piscina:f
    carretera:f carril_bici:m barrio:m obra:f mercado:m agricultor:m vendimia:f bodega:f
    panadería:f equipo:m entrenador:m temporada:f partido:m exposición:f concierto:m iglesia:f
    festival:m informe:m consejería:f diputación:f sindicato:m fábrica:f biblioteca:f instituto:m
    tranvía:m aparcamiento:m comarca:f plan:m""")
)
ES_ADJ = tuple(
    tuple(w.split(":"))
    for w in _w("""municipal:municipal regional:regional local:local
    nuevo:nueva polémico:polémica histórico:histórica moderno:moderna público:pública rural:rural
    previsto:prevista anual:anual provisional:provisional costoso:costosa ambicioso:ambiciosa
    autonómico:autonómica""")
)
ES_VERBS = tuple(
    tuple(w.split(":"))
    for w in _w("""aprueba:aprobó rechaza:rechazó anuncia:anunció
    aplaza:aplazó confirma:confirmó presenta:presentó inaugura:inauguró cierra:cerró critica:criticó
    celebra:celebró exige:exigió respalda:respaldó revisa:revisó vota:votó publica:publicó
    renueva:renovó amplía:amplió reduce:redujo aumenta:aumentó prorroga:prorrogó""")
)
ES_TIMES = (
    "el lunes",
    "el martes por la tarde",
    "la semana pasada",
    "este fin de semana",
    "por unanimidad",
    "tras un largo debate",
    "el jueves por la mañana",
    "de nuevo",
)
ES_SOURCES = (
    "Según fuentes municipales",
    "Según ha podido saber este diario",
    "De acuerdo con el informe",
    "Según los vecinos",
    "Según la Diputación",
)
ES_ROLES = (
    "concejala de Urbanismo",
    "presidente de la asociación vecinal",
    "portavoz del ayuntamiento",
    "directora del centro",
    "portavoz de la oposición",
    "gerente",
    "secretario del sindicato",
)
ES_SUBHEADS = (
    "Próximos pasos",
    "Una larga polémica",
    "El coste",
    "La opinión de los vecinos",
    "Antecedentes",
    "Preguntas sin respuesta",
    "Una segunda fase",
    "Qué dice la oposición",
)


def _es_art(noun: str, g: str, prep: str = "", definite: bool = True) -> str:
    if not definite:
        return f"{'un' if g == 'm' else 'una'} {noun}"
    art = "el" if g == "m" else "la"
    if prep == "de" and art == "el":
        return f"del {noun}"
    if prep == "a" and art == "el":
        return f"al {noun}"
    return f"{prep + ' ' if prep else ''}{art} {noun}"


class SpanishProse(Prose):
    """Spanish regional-daily prose (pretérito, gender agreement, del/al)."""

    lang = "es"

    def np(self, prep: str = "") -> str:
        rng = self.rng
        noun, g = rng.choice(ES_NOUNS)
        definite = rng.random() < 0.7 or prep != ""
        base = _es_art(noun, g, prep, definite)
        if rng.random() < 0.45:
            m, f = rng.choice(ES_ADJ)
            base += " " + (m if g == "m" else f)
        if rng.random() < 0.15:
            base += f" de {self.place()}"
        return base

    def sentence(self) -> str:
        rng = self.rng
        _, past = rng.choice(ES_VERBS)
        s, o = self.np(), self.np()
        r = rng.random()
        if r < 0.14:
            return f"\u00ab{_cap(s)} {past} {o}\u00bb, afirmó {self.person()}, {rng.choice(ES_ROLES)}."
        if r < 0.3:
            return f"{rng.choice(ES_SOURCES)}, {s} {past} {o} {rng.choice(ES_TIMES)}."
        if r < 0.5:
            _, past2 = rng.choice(ES_VERBS)
            conj = rng.choice(("mientras", "porque", "después de que", "aunque"))
            return f"{_cap(s)} {past} {o}, {conj} {self.np()} {past2} {self.np()}."
        if r < 0.6:
            return (
                (f"El coste total asciende a {rng.randint(2, 95)},{rng.randint(1, 9)} millones de euros.")
                if rng.random() < 0.4
                else f"Unos {rng.randint(20, 900)} vecinos se sumaron a la protesta {self.np('de')}."
            )
        return f"{_cap(s)} {past} {o} {rng.choice(ES_TIMES)}."

    def title(self) -> str:
        rng = self.rng
        pres, _ = rng.choice(ES_VERBS)
        r = rng.random()
        if r < 0.5:
            return f"{self.place()}: {self.np()} {pres} {self.np()}"
        if r < 0.75:
            return f"{_cap(self.np())} {pres} {self.np()}"
        return f"{self.person()}: «Queremos respuestas sobre {self.np()}»"

    def subheading(self) -> str:
        return self.rng.choice(ES_SUBHEADS)


# --- Italian ---------------------------------------------------------------------------------

IT_NOUNS: tuple[tuple[str, str], ...] = tuple(
    (w.split(":")[0].replace("_", " "), w.split(":")[1])
    for w in _w("""
    comune:m sindaco:m consiglio_comunale:m ospedale:m scuola:f stazione:f ponte:m bilancio:m
    associazione:f polizia_locale:f tribunale:m museo:m progetto:m azienda:f asilo_nido:m piscina:f
    strada_provinciale:f pista_ciclabile:f quartiere:m cantiere:m mercato:m agricoltore:m
    vendemmia:f cantina:f panificio:m squadra:f allenatore:m stagione:f partita:f mostra:f
    concerto:m chiesa:f festival:m rapporto:m prefettura:f assessore:m sindacato:m fabbrica:f
    biblioteca:f liceo:m parcheggio:m regione:f provincia:f giunta:f piazza:f centro_storico:m
    ambulatorio:m stadio:m sportello:m zona_industriale:f""")
)
IT_ADJ = tuple(
    tuple(w.split(":"))
    for w in _w("""comunale:comunale regionale:regionale locale:locale nuovo:nuova
    storico:storica moderno:moderna pubblico:pubblica rurale:rurale previsto:prevista
    annuale:annuale provvisorio:provvisoria costoso:costosa ambizioso:ambiziosa
    provinciale:provinciale contestato:contestata""")
)
IT_VERBS = tuple(
    tuple(w.split(":"))
    for w in _w("""approva:approvato respinge:respinto annuncia:annunciato rinvia:rinviato
    conferma:confermato presenta:presentato inaugura:inaugurato chiude:chiuso critica:criticato
    accoglie:accolto chiede:chiesto sostiene:sostenuto esamina:esaminato vota:votato
    pubblica:pubblicato rinnova:rinnovato amplia:ampliato riduce:ridotto aumenta:aumentato
    proroga:prorogato""")
)
IT_TIMES = (
    "lunedì",
    "martedì sera",
    "la settimana scorsa",
    "nel fine settimana",
    "all'unanimità",
    "dopo un lungo dibattito",
    "giovedì mattina",
    "ancora una volta",
)
IT_SOURCES = (
    "Secondo il Comune",
    "Da quanto appreso da questo giornale",
    "Secondo il rapporto della Regione",
    "Secondo i residenti",
    "Secondo la Prefettura",
)
IT_ROLES = (
    "assessora all'Urbanistica",
    "presidente dell'associazione",
    "portavoce del Comune",
    "dirigente scolastica",
    "capogruppo dell'opposizione",
    "titolare",
    "segretario del sindacato",
)
IT_SUBHEADS = (
    "I prossimi passi",
    "Una lunga polemica",
    "I costi",
    "La voce dei residenti",
    "I precedenti",
    "Domande senza risposta",
    "Una seconda fase",
    "Cosa dice l'opposizione",
)


def _it_art(noun: str, g: str, definite: bool = True, di: bool = False) -> str:
    """The noun with its article ("il ponte", "lo stadio", "l'ospedale", "una piscina"), or with
    "di" and the article merged ("del ponte", "dello stadio", "dell'ospedale")."""
    vowel = noun[0] in "aeiou"
    impure = noun.startswith(("z", "gn", "ps")) or (noun[0] == "s" and noun[1] not in "aeiou")
    if not definite:
        if g == "m":
            return f"{'uno' if impure else 'un'} {noun}"
        return f"un'{noun}" if vowel else f"una {noun}"
    if vowel:
        art = "l'"
    elif g == "m":
        art = "lo " if impure else "il "
    else:
        art = "la "
    if di:
        art = {"il ": "del ", "lo ": "dello ", "l'": "dell'", "la ": "della "}[art]
    return art + noun


class ItalianProse(Prose):
    """Italian local-daily prose (passato prossimo, gender agreement, articles and "del"/"dell'")."""

    lang = "it"

    def np(self, di: bool = False) -> str:
        rng = self.rng
        noun, g = rng.choice(IT_NOUNS)
        base = _it_art(noun, g, definite=di or rng.random() < 0.7, di=di)
        if rng.random() < 0.45:
            m, f = rng.choice(IT_ADJ)
            base += " " + (m if g == "m" else f)
        if rng.random() < 0.15:
            base += f" di {self.place()}"
        return base

    def sentence(self) -> str:
        rng = self.rng
        _, part = rng.choice(IT_VERBS)
        s, o = self.np(), self.np()
        r = rng.random()
        if r < 0.14:
            return (
                f"\u00ab{_cap(s)} ha {part} {o}\u00bb, ha dichiarato {self.person()}, {rng.choice(IT_ROLES)}."
            )
        if r < 0.3:
            return f"{rng.choice(IT_SOURCES)}, {s} ha {part} {o} {rng.choice(IT_TIMES)}."
        if r < 0.5:
            _, part2 = rng.choice(IT_VERBS)
            conj = rng.choice(("mentre", "perché", "dopo che", "anche se"))
            return f"{_cap(s)} ha {part} {o}, {conj} {self.np()} ha {part2} {self.np()}."
        if r < 0.6:
            return (
                f"Il costo complessivo è stimato in {rng.randint(2, 95)},{rng.randint(1, 9)} milioni di euro."
                if rng.random() < 0.4
                else f"Circa {rng.randint(20, 900)} cittadini hanno protestato davanti alla sede "
                f"{self.np(di=True)}."
            )
        return f"{_cap(s)} ha {part} {o} {rng.choice(IT_TIMES)}."

    def title(self) -> str:
        rng = self.rng
        pres, _ = rng.choice(IT_VERBS)
        r = rng.random()
        if r < 0.5:
            return f"{self.place()}, {self.np()} {pres} {self.np()}"
        if r < 0.75:
            return f"{_cap(self.np())} {pres} {self.np()}"
        return f"{self.person()}: «Vogliamo risposte sul futuro {self.np(di=True)}»"

    def subheading(self) -> str:
        return self.rng.choice(IT_SUBHEADS)


# --- Dutch -----------------------------------------------------------------------------------

NL_NOUNS: tuple[tuple[str, str], ...] = tuple(
    (w.split(":")[0], w.split(":")[1])
    for w in _w("""
    gemeenteraad:c gemeente:c burgemeester:c wethouder:c ziekenhuis:n school:c station:n brug:c
    begroting:c vereniging:c politie:c rechtbank:c museum:n plan:n bedrijf:n kinderopvang:c
    zwembad:n fietspad:n woonwijk:c bestemmingsplan:n rapport:n provincie:c boer:c bakkerij:c
    trainer:c seizoen:n tentoonstelling:c concert:n stadhuis:n dorpshuis:n windpark:n dijk:c
    waterschap:n sporthal:c bibliotheek:c buslijn:c rotonde:c bouwproject:n zorgcentrum:n
    natuurgebied:n festival:n""")
)
NL_ADJ = tuple(
    tuple(w.split(":"))
    for w in _w("""nieuw:nieuwe oud:oude lokaal:lokale gemeentelijk:gemeentelijke
    omstreden:omstreden gepland:geplande modern:moderne historisch:historische groot:grote
    klein:kleine provinciaal:provinciale duur:dure tijdelijk:tijdelijke populair:populaire
    ambitieus:ambitieuze verouderd:verouderde""")
)
NL_VERBS = _w("""goedgekeurd afgewezen aangekondigd uitgesteld bevestigd gepresenteerd geopend
    gesloten bekritiseerd geprezen geëist gesteund onderzocht gepubliceerd gerenoveerd uitgebreid
    verlaagd verhoogd verlengd opgeknapt""")
NL_DAYS = _w("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag")
NL_TIMES = (
    "maandag",
    "dinsdagavond",
    "vorige week",
    "afgelopen weekend",
    "unaniem",
    "na een lang debat",
    "donderdagochtend",
    "opnieuw",
    "eerder deze maand",
)
NL_SOURCES = (
    "Volgens de gemeente",
    "Volgens de politie",
    "Volgens ingewijden",
    "Volgens een rapport van de provincie",
    "Volgens omwonenden",
)
NL_ROLES = (
    "woordvoerder van de gemeente",
    "wethouder van Verkeer",
    "voorzitter van de vereniging",
    "directeur van de school",
    "fractievoorzitter in de gemeenteraad",
    "woordvoerder van de politie",
    "eigenaar",
)
NL_SUBHEADS = (
    "Hoe nu verder",
    "Kritiek van de oppositie",
    "De kosten",
    "Reacties uit het dorp",
    "Een lange strijd",
    "Achtergrond",
    "Open vragen",
    "De volgende stap",
    "Wat bewoners zeggen",
)


class DutchProse(Prose):
    """Dutch regional-news prose (voltooid tegenwoordige tijd with the participle last, "de"/"het",
    the adjective ending: "het nieuwe plan", "een nieuw plan", "een nieuwe brug")."""

    lang = "nl"

    def np(self, bare: bool = False, local: bool = True) -> str:
        """A noun phrase; `bare`: without an article, as headlines have it ("nieuw plan"); `local`:
        possibly with a place ("het dorpshuis in X")."""
        rng = self.rng
        noun, g = rng.choice(NL_NOUNS)
        base, inflected = rng.choice(NL_ADJ)
        r = rng.random()
        if bare:
            return f"{base if g == 'n' else inflected} {noun}"
        if r < 0.5:
            adj = f"{inflected} " if rng.random() < 0.5 else ""
            return f"{'het' if g == 'n' else 'de'} {adj}{noun}"
        if r < 0.85 or not local:
            return f"een {base if g == 'n' else inflected} {noun}"
        return f"{'het' if g == 'n' else 'de'} {noun} in {self.place()}"

    def sentence(self) -> str:
        rng = self.rng
        s, o, part = self.np(), self.np(), rng.choice(NL_VERBS)
        r = rng.random()
        if r < 0.14:
            return f"\u201e{_cap(s)} heeft {o} {part}\u201d, zegt {self.person()}, {rng.choice(NL_ROLES)}."
        if r < 0.3:
            return f"{rng.choice(NL_SOURCES)} heeft {s} {o} {rng.choice(NL_TIMES)} {part}."
        if r < 0.5:
            conj = rng.choice(("omdat", "nadat", "terwijl", "hoewel"))
            return f"{_cap(s)} heeft {o} {part}, {conj} {self.np()} {self.np()} heeft {rng.choice(NL_VERBS)}."
        if r < 0.62:
            return (
                f"De kosten worden geschat op zo\u2019n {rng.randint(2, 95)},{rng.randint(1, 9)} "
                "miljoen euro."
                if rng.random() < 0.4
                else f"Zo\u2019n {rng.randint(20, 900)} inwoners hebben {o} {part}."
            )
        if r < 0.72:
            return f"{_cap(rng.choice(NL_DAYS))} heeft {s} {o} {part}."
        return f"{_cap(s)} heeft {o} {rng.choice(NL_TIMES)} {part}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            return f"{self.place()}: {self.np(bare=True)} wordt {rng.choice(NL_VERBS)}"
        if r < 0.7:
            return f"Ophef over {self.np(local=False)} in {self.place()}"
        return f"{self.person()} over {self.np()}: \u2018We willen duidelijkheid\u2019"

    def subheading(self) -> str:
        return self.rng.choice(NL_SUBHEADS)


# --- Portuguese (Brazil) ---------------------------------------------------------------------

PT_NOUNS: tuple[tuple[str, str], ...] = tuple(
    (w.split(":")[0].replace("_", " "), w.split(":")[1])
    for w in _w("""
    prefeitura:f prefeito:m prefeita:f câmara_municipal:f hospital:m escola:f estação:f ponte:f
    orçamento:m associação:f tribunal:m museu:m projeto:m empresa:f creche:f piscina:f rodovia:f
    ciclovia:f bairro:m obra:f mercado:m agricultor:m colheita:f feira:f padaria:f técnico:m
    temporada:f exposição:f festival:m relatório:m secretaria:f sindicato:m fábrica:f biblioteca:f
    universidade:f estacionamento:m posto_de_saúde:m viaduto:m terminal_de_ônibus:m aeroporto:m
    conselho_tutelar:m loteamento:m praça:f unidade_de_pronto_atendimento:f licitação:f
    concessionária:f linha_de_ônibus:f avenida:f""")
)
PT_ADJ = tuple(
    tuple(w.split(":"))
    for w in _w("""municipal:municipal estadual:estadual federal:federal novo:nova
    polêmico:polêmica histórico:histórica moderno:moderna público:pública previsto:prevista
    anual:anual provisório:provisória milionário:milionária ambicioso:ambiciosa antigo:antiga
    emergencial:emergencial""")
)
PT_VERBS = tuple(
    tuple(w.split(":"))
    for w in _w("""aprova:aprovou rejeita:rejeitou anuncia:anunciou adia:adiou confirma:confirmou
    apresenta:apresentou inaugura:inaugurou fecha:fechou critica:criticou interdita:interditou
    exige:exigiu apoia:apoiou revisa:revisou vota:votou publica:publicou renova:renovou
    amplia:ampliou reduz:reduziu aumenta:aumentou prorroga:prorrogou libera:liberou
    suspende:suspendeu""")
)
PT_WEEKDAYS = (
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "sábado",
    "domingo",
)
PT_TIMES = (
    "nesta segunda-feira",
    "na última semana",
    "neste fim de semana",
    "por unanimidade",
    "após um longo debate",
    "na manhã desta quinta-feira",
    "novamente",
    "em sessão extraordinária",
)
PT_SOURCES = (
    "Segundo a prefeitura",
    "De acordo com a Polícia Militar",
    "Segundo o relatório",
    "Segundo moradores",
    "De acordo com a Defesa Civil",
    "Em nota",
)
PT_ROLES = (
    "secretária de Obras",
    "presidente da associação de moradores",
    "porta-voz da prefeitura",
    "diretora da escola",
    "vereador da oposição",
    "gerente",
    "presidente do sindicato",
)
PT_SUBHEADS = (
    "Próximos passos",
    "Entenda o caso",
    "Quanto custa",
    "O que dizem os moradores",
    "Histórico",
    "Perguntas sem resposta",
    "Segunda fase",
    "O que diz a oposição",
    "O que diz a prefeitura",
)
_PT_CONTRACT = {
    ("de", "o"): "do",
    ("de", "a"): "da",
    ("em", "o"): "no",
    ("em", "a"): "na",
    ("a", "o"): "ao",
    ("a", "a"): "à",
    ("por", "o"): "pelo",
    ("por", "a"): "pela",
}


def _pt_art(noun: str, g: str, prep: str = "", definite: bool = True) -> str:
    """The noun with its article, merged with a preposition as Portuguese has it ("da escola",
    "no bairro", "à prefeitura", "pelo prefeito"; "de uma obra")."""
    if not definite:
        return f"{prep + ' ' if prep else ''}{'um' if g == 'm' else 'uma'} {noun}"
    art = "o" if g == "m" else "a"
    return f"{_PT_CONTRACT.get((prep, art), art)} {noun}"


class PortugueseProse(Prose):
    """Brazilian Portuguese news-portal prose (pretérito perfeito, gender agreement, the article
    merged with "de", "em", "a" and "por", the weekday with its date in parentheses)."""

    lang = "pt"

    def np(self, prep: str = "", bare: bool = False) -> str:
        """A noun phrase; `bare`: without an article, as headlines have it ("Nova creche", "Prefeitura
        de X")."""
        rng = self.rng
        noun, g = rng.choice(PT_NOUNS)
        base = noun if bare else _pt_art(noun, g, prep, definite=rng.random() < 0.7 or prep != "")
        if rng.random() < 0.45:
            m, f = rng.choice(PT_ADJ)
            base += " " + (m if g == "m" else f)
        if rng.random() < 0.15:
            base += f" de {self.place()}"
        return base

    def sentence(self) -> str:
        rng = self.rng
        _, past = rng.choice(PT_VERBS)
        s, o = self.np(), self.np()
        r = rng.random()
        if r < 0.14:
            return f"\u201c{_cap(s)} {past} {o}\u201d, disse {self.person()}, {rng.choice(PT_ROLES)}."
        if r < 0.3:
            return f"{rng.choice(PT_SOURCES)}, {s} {past} {o} {rng.choice(PT_TIMES)}."
        if r < 0.5:
            _, past2 = rng.choice(PT_VERBS)
            conj = rng.choice(("enquanto", "porque", "depois que", "mas"))
            return f"{_cap(s)} {past} {o}, {conj} {self.np()} {past2} {self.np()}."
        if r < 0.6:
            return (
                f"O custo total da obra é estimado em R$ {rng.randint(2, 95)},{rng.randint(1, 9)} milhões."
                if rng.random() < 0.4
                else f"Cerca de {rng.randint(20, 900)} moradores protestaram em frente {self.np('a')}."
            )
        if r < 0.7:
            day = rng.choice(PT_WEEKDAYS)
            this = "Neste" if day in ("sábado", "domingo") else "Nesta"
            return f"{this} {day} ({rng.randint(1, 28)}), {s} {past} {o}."
        return f"{_cap(s)} {past} {o} {rng.choice(PT_TIMES)}."

    def title(self) -> str:
        rng = self.rng
        pres, past = rng.choice(PT_VERBS)
        r = rng.random()
        if r < 0.45:
            return f"{_cap(self.np(bare=True))} {pres} {self.np()}"
        if r < 0.75:
            return f"{_cap(rng.choice(PT_NOUNS)[0])} de {self.place()} {pres} {self.np()}"
        return f"{self.person()} diz que {self.np()} {past} {self.np()}"

    def subheading(self) -> str:
        return self.rng.choice(PT_SUBHEADS)


# --- Polish ----------------------------------------------------------------------------------

# noun|accusative|gender: "m" (inanimate), "ma" (a man: the accusative is the genitive), "f", "n";
# "_" stands for the space inside a noun that carries its own adjective ("ścieżka_rowerowa")
PL_NOUNS: tuple[tuple[str, str, str], ...] = tuple(
    (w.split("|")[0].replace("_", " "), w.split("|")[1].replace("_", " "), w.split("|")[2])
    for w in _w("""
    burmistrz|burmistrza|ma wójt|wójta|ma starosta|starostę|ma radny|radnego|ma rolnik|rolnika|ma
    trener|trenera|ma inwestor|inwestora|ma rada_gminy|radę_gminy|f urząd_miasta|urząd_miasta|m
    szpital|szpital|m szkoła|szkołę|f dworzec|dworzec|m most|most|m budżet|budżet|m
    stowarzyszenie|stowarzyszenie|n policja|policję|f sąd|sąd|m muzeum|muzeum|n projekt|projekt|m
    spółka|spółkę|f przedszkole|przedszkole|n basen|basen|m obwodnica|obwodnicę|f
    ścieżka_rowerowa|ścieżkę_rowerową|f osiedle|osiedle|n inwestycja|inwestycję|f
    targowisko|targowisko|n piekarnia|piekarnię|f drużyna|drużynę|f wystawa|wystawę|f
    koncert|koncert|m festiwal|festiwal|m raport|raport|m starostwo_powiatowe|starostwo_powiatowe|n
    fabryka|fabrykę|f biblioteka|bibliotekę|f uczelnia|uczelnię|f tramwaj|tramwaj|m parking|parking|m
    przychodnia|przychodnię|f plan_zagospodarowania|plan_zagospodarowania|m remont|remont|m
    przetarg|przetarg|m wiadukt|wiadukt|m rondo|rondo|n straż_pożarna|straż_pożarną|f
    linia_autobusowa|linię_autobusową|f dom_kultury|dom_kultury|m ośrodek_zdrowia|ośrodek_zdrowia|m""")
)
# adjectives in their masculine form; `_pl_adj` gives the others
PL_ADJ = _w("""nowy miejski gminny powiatowy wojewódzki stary historyczny nowoczesny publiczny
    kosztowny planowany tymczasowy drogi ambitny zabytkowy sporny dodatkowy""")
# present (headlines) and the past by the subject's gender: "present:stem" when the past is the stem
# and "ł", "ła", "ło", "present:m:f:n" when it is not
PL_VERBS: tuple[tuple[str, str, str, str], ...] = tuple(
    (v[0], v[1] + "ł", v[1] + "ła", v[1] + "ło") if len(v) == 2 else (v[0], v[1], v[2], v[3])
    for v in (
        w.split(":")
        for w in _w("""zatwierdza:zatwierdzi odrzuca:odrzuci ogłasza:ogłosi przekłada:przełoży
    potwierdza:potwierdzi przedstawia:przedstawi otwiera:otworzy zamyka:zamknął:zamknęła:zamknęło
    krytykuje:skrytykowa popiera:poparł:poparła:poparło bada:zbada publikuje:opublikowa
    przedłuża:przedłuży rozbudowuje:rozbudowa obniża:obniży podnosi:podniósł:podniosła:podniosło
    remontuje:wyremontowa zawiesza:zawiesi przyjmuje:przyjął:przyjęła:przyjęło finansuje:sfinansowa
    prezentuje:zaprezentowa wstrzymuje:wstrzyma""")
    )
)
PL_DAYS = ("W poniedziałek", "We wtorek", "W środę", "W czwartek", "W piątek", "W sobotę", "W niedzielę")
PL_TIMES = (
    "w poniedziałek",
    "we wtorek wieczorem",
    "w zeszłym tygodniu",
    "w miniony weekend",
    "jednogłośnie",
    "po długiej dyskusji",
    "w czwartek rano",
    "ponownie",
    "na ostatniej sesji",
)
PL_SOURCES = (
    "Jak poinformował urząd miasta,",
    "Jak ustaliła nasza redakcja,",
    "Według nieoficjalnych informacji",
    "Z raportu wynika, że",
    "Jak przekazała policja,",
)
PL_ROLES = {  # by the speaker's gender
    "m": ("rzecznik urzędu miasta", "przewodniczący rady gminy", "dyrektor szkoły", "radny opozycji"),
    "f": ("rzeczniczka urzędu miasta", "przewodnicząca rady gminy", "dyrektorka szkoły", "radna opozycji"),
}
PL_SUBHEADS = (
    "Co dalej?",
    "Spór trwa od lat",
    "Ile to kosztuje?",
    "Głos mieszkańców",
    "Tło sprawy",
    "Pytania bez odpowiedzi",
    "Drugi etap inwestycji",
    "Co na to opozycja?",
    "Kiedy koniec prac?",
)
PL_QUOTES = ("Czekamy na konkretne decyzje", "Mieszkańcy mają prawo wiedzieć", "To dopiero początek")


def _pl_adj(adj: str, g: str, case: str) -> str:
    """An adjective agreeing with a noun of gender `g` in the nominative or accusative ("nowy most",
    "nową szkołę", "nowego burmistrza", "miejskie przedszkole")."""
    stem, soft = adj[:-1], adj.endswith("i")  # "miejski": the "i" stays before "e"
    if g == "f":
        return stem + ("ą" if case == "acc" else "a")
    if g == "n":
        return stem + ("ie" if soft else "e")
    if g == "ma" and case == "acc":
        return stem + ("iego" if soft else "ego")
    return adj


def _pl_female(surname: str) -> str:
    """A woman's form of a surname ("Kowalski" -> "Kowalska", "Zawadzki" -> "Zawadzka", "Nowak")."""
    return surname[:-1] + "a" if surname.endswith("ki") else surname


class PolishProse(Prose):
    """Polish regional-portal prose (the past tense agreeing with its subject's gender, nominative
    and accusative noun phrases, women's surnames in "-ska"/"-cka", „…” quotes with a dash)."""

    lang = "pl"

    def person(self) -> str:
        first = self.rng.choice(FIRST_NAMES["pl"])
        surname = self.rng.choice(SURNAMES["pl"])
        return f"{first} {_pl_female(surname) if first.endswith('a') else surname}"

    def np(self, case: str = "nom", local: bool = True) -> tuple[str, str]:
        """(noun phrase, gender) in the nominative or the accusative."""
        rng = self.rng
        nom, acc, g = rng.choice(PL_NOUNS)
        text = acc if case == "acc" else nom
        if rng.random() < 0.45:
            text = f"{_pl_adj(rng.choice(PL_ADJ), g, case)} {text}"
        if local and rng.random() < 0.15:
            text += f" w gminie {self.place()}"
        return text, g

    def clause(self) -> str:
        s, g = self.np()
        o, _ = self.np("acc")
        _, m, f, n = self.rng.choice(PL_VERBS)
        return f"{s} {f if g == 'f' else n if g == 'n' else m} {o}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.14:
            who = self.person()
            roles = PL_ROLES["f" if who.split()[0].endswith("a") else "m"]
            return f"\u201e{_cap(self.clause())}\u201d \u2013 mówi {who}, {rng.choice(roles)}."
        if r < 0.3:
            source = rng.choice(PL_SOURCES)
            return f"{source} {self.clause()} {rng.choice(PL_TIMES)}."
        if r < 0.5:
            conj = rng.choice(("a", "ponieważ", "mimo że", "podczas gdy", "choć"))
            return f"{_cap(self.clause())}, {conj} {self.clause()}."
        if r < 0.6:
            return (
                f"Koszt inwestycji szacowany jest na {rng.randint(2, 95)},{rng.randint(1, 9)} mln zł."
                if rng.random() < 0.4
                else f"W spotkaniu z władzami wzięło udział około {rng.randint(20, 900)} mieszkańców."
            )
        if r < 0.7:
            return f"{rng.choice(PL_DAYS)} {self.clause()}."
        return f"{_cap(self.clause())} {rng.choice(PL_TIMES)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            s, _ = self.np(local=False)
            o, _ = self.np("acc", local=False)
            return f"{self.place()}. {_cap(s)} {rng.choice(PL_VERBS)[0]} {o}"
        if r < 0.7:
            return f"Spór o {self.np('acc', local=False)[0]} w gminie {self.place()}"
        if r < 0.85:
            return f"{_cap(self.np()[0])} {rng.choice(PL_VERBS)[0]} {self.np('acc', local=False)[0]}"
        return f"{self.person()}: \u201e{rng.choice(PL_QUOTES)}\u201d"

    def subheading(self) -> str:
        return self.rng.choice(PL_SUBHEADS)


# --- Swedish ---------------------------------------------------------------------------------

# "noun|definite|gender": "en" or "ett" nouns; "x" a body named without an article ("kommunfullmäktige"),
# which takes no adjective; "_" stands for a space inside a noun
SV_AGENTS: tuple[tuple[str, str, str], ...] = tuple(
    (w.split("|")[0].replace("_", " "), w.split("|")[1].replace("_", " "), w.split("|")[2])
    for w in _w("""
    kommun|kommunen|en kommunstyrelse|kommunstyrelsen|en region|regionen|en polis|polisen|en
    länsstyrelse|länsstyrelsen|en byggnadsnämnd|byggnadsnämnden|en förening|föreningen|en
    bolag|bolaget|ett tingsrätt|tingsrätten|en opposition|oppositionen|en majoritet|majoriteten|en
    räddningstjänst|räddningstjänsten|en byggherre|byggherren|en företag|företaget|ett
    kommunfullmäktige|kommunfullmäktige|x Trafikverket|Trafikverket|x
    barn-_och_utbildningsnämnd|barn-_och_utbildningsnämnden|en hyresgästförening|hyresgästföreningen|en""")
)
SV_THINGS: tuple[tuple[str, str, str], ...] = tuple(
    (w.split("|")[0].replace("_", " "), w.split("|")[1].replace("_", " "), w.split("|")[2])
    for w in _w("""
    budget|budgeten|en detaljplan|detaljplanen|en bygglov|bygglovet|ett förslag|förslaget|ett
    projekt|projektet|ett skola|skolan|en äldreboende|äldreboendet|ett simhall|simhallen|en
    cykelbana|cykelbanan|en bro|bron|en väg|vägen|en busslinje|busslinjen|en
    vårdcentral|vårdcentralen|en förskola|förskolan|en bibliotek|biblioteket|ett
    idrottshall|idrottshallen|en reningsverk|reningsverket|ett torg|torget|ett hamn|hamnen|en
    station|stationen|en avtal|avtalet|ett utredning|utredningen|en rapport|rapporten|en
    festival|festivalen|en bostadsområde|bostadsområdet|ett industriområde|industriområdet|ett
    konstgräsplan|konstgräsplanen|en parkering|parkeringen|en upphandling|upphandlingen|en""")
)
# adjectives: (with an "en" noun, with an "ett" noun, definite: "den nya skolan", "det nya torget")
SV_ADJ: tuple[tuple[str, str, str], ...] = tuple(
    (en, ett, the)
    for en, ett, the in (
        w.split(":")
        for w in _w("""ny:nytt:nya gammal:gammalt:gamla kommunal:kommunalt:kommunala
    omdiskuterad:omdiskuterat:omdiskuterade planerad:planerat:planerade tillfällig:tillfälligt:tillfälliga
    stor:stort:stora regional:regionalt:regionala kostsam:kostsamt:kostsamma försenad:försenat:försenade
    efterlängtad:efterlängtat:efterlängtade""")
    )
)
# (present, for headlines; past)
SV_VERBS: tuple[tuple[str, str], ...] = tuple(
    (w.split(":")[0].replace("_", " "), w.split(":")[1].replace("_", " "))
    for w in _w("""godkänner:godkände avslår:avslog presenterar:presenterade skjuter_upp:sköt_upp
    stoppar:stoppade öppnar:öppnade stänger:stängde kritiserar:kritiserade försvarar:försvarade
    granskar:granskade utreder:utredde renoverar:renoverade finansierar:finansierade
    prioriterar:prioriterade lägger_ned:lade_ned pausar:pausade ifrågasätter:ifrågasatte
    bromsar:bromsade""")
)
SV_TIMES = (
    "på tisdagen",
    "under måndagskvällen",
    "förra veckan",
    "efter en lång debatt",
    "enhälligt",
    "på nytt",
    "vid sitt senaste sammanträde",
    "i början av veckan",
)
SV_FRONTS = ("På tisdagen", "Under onsdagen", "Förra veckan", "I höstas", "Vid torsdagens sammanträde")
SV_SOURCES = ("Enligt kommunen", "Enligt tjänsteskrivelsen", "Enligt rapporten", "Enligt polisen")
SV_ROLES = (
    "kommunstyrelsens ordförande (S)",
    "oppositionsråd (M)",
    "kommunalråd (C)",
    "förvaltningschef",
    "projektledare",
    "ordförande i hyresgästföreningen",
    "rektor",
    "presstalesperson",
)
SV_SAYINGS = (
    "Vi har väntat länge på det här beslutet",
    "Det här är en viktig dag för hela kommunen",
    "Vi måste ta ansvar för ekonomin",
    "Nu hoppas vi att arbetet kommer i gång snabbt",
    "Det är inte rimligt att invånarna ska betala priset",
)
SV_SUBHEADS = (
    "Nästa steg",
    "En lång konflikt",
    "Vad kostar det?",
    "Invånarna reagerar",
    "Bakgrund",
    "Frågor som kvarstår",
    "Etapp två",
    "Oppositionen är kritisk",
    "Kommunens svar",
)


class SwedishProse(Prose):
    """Swedish local-news prose (en/ett nouns, the definite suffix and the adjective agreeing with
    it, "den nya skolan", V2 word order after a fronted adverbial, ”…” quotes with "säger")."""

    lang = "sv"

    def np(self, things: bool = True, definite: bool = True) -> str:
        """A noun phrase: a thing, definite ("budgeten", "det nya torget") or not ("ett nytt torg"),
        or an agent (definite, without an adjective: "kommunen", "Trafikverket")."""
        rng = self.rng
        noun, the, g = rng.choice(SV_THINGS if things else SV_AGENTS)
        if g == "x" or not things or rng.random() >= 0.4:
            return the if definite or g == "x" else f"{g} {noun}"
        en, ett, defi = rng.choice(SV_ADJ)
        if definite:
            return f"{'den' if g == 'en' else 'det'} {defi} {the}"
        return f"{g} {en if g == 'en' else ett} {noun}"

    def clause(self, fronted: str = "") -> str:
        """Subject, verb, object; after a fronted adverbial, verb before subject (V2)."""
        rng = self.rng
        s, o = self.np(things=False), self.np()
        _, past = rng.choice(SV_VERBS)
        if fronted:  # a particle stays after the subject: "Under onsdagen sköt kommunen upp bygget"
            finite, _, particle = past.partition(" ")
            return f"{fronted} {finite} {s} {particle + ' ' if particle else ''}{o}"
        return f"{s} {past} {o}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.14:
            saying = (
                rng.choice(SV_SAYINGS)
                if rng.random() < 0.35
                else f"{rng.choice(('Vi är glada att', 'Det är beklagligt att', 'Jag tycker inte att'))} "
                f"{self.clause()}"
            )
            return f"\u201d{saying}\u201d, säger {self.person()}, {rng.choice(SV_ROLES)}."
        if r < 0.3:
            return f"{self.clause(rng.choice(SV_SOURCES))} {rng.choice(SV_TIMES)}."
        if r < 0.42:
            return f"{self.clause(rng.choice(SV_FRONTS))}."
        if r < 0.6:
            conj = rng.choice(("men", "och", "medan", "eftersom", "samtidigt som"))
            return f"{_cap(self.clause())}, {conj} {self.clause()}."
        if r < 0.7:
            return rng.choice(
                (
                    f"Kostnaden beräknas till {rng.randint(2, 95)},{rng.randint(1, 9)} miljoner kronor.",
                    f"Omkring {rng.randint(20, 600)} personer deltog i mötet.",
                    f"Totalt handlar det om {rng.randint(12, 400)} nya bostäder.",
                )
            )
        return f"{_cap(self.clause())} {rng.choice(SV_TIMES)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        pres, _ = rng.choice(SV_VERBS)
        if r < 0.45:
            return f"{_cap(self.np(things=False))} {pres} {self.np()}"
        if r < 0.65:
            return f"Strid om {self.np()} i {self.place()}"
        if r < 0.85:
            return f"Nytt besked om {self.np()} i {self.place()}"
        return f"{self.person()}: \u201d{rng.choice(SV_SAYINGS)}\u201d"

    def subheading(self) -> str:
        return self.rng.choice(SV_SUBHEADS)


class ScandinavianProse(Prose):
    """Danish or Norwegian local-news prose: en/et nouns with the definite suffix, the perfect, V2
    word order after a fronted adverbial, quotes with a verb of saying. A language's subclass gives
    its word tables and phrases; the grammar and the draws from the generator are the same."""

    NOUNS: tuple[tuple[str, ...], ...] = ()  # (noun, definite form, gender "c"/"n")
    ADJ: tuple[tuple[str, ...], ...] = ()  # (common, neuter, definite)
    VERBS: tuple[str, ...] = ()  # past participles
    DAYS: tuple[str, ...] = ()
    TIMES: tuple[str, ...] = ()
    SOURCES: tuple[str, ...] = ()
    ROLES: tuple[str, ...] = ()
    SUBHEADS: tuple[str, ...] = ()
    DOUBLE_DEFINITE = False  # "den nye planen" (Norwegian) rather than "den nye plan" (Danish)
    QUOTE: tuple[str, str] = ("", "")  # the quotation marks: ("»", "«")
    SAYS = ""  # "siger"
    CONJUNCTIONS: tuple[str, ...] = ()  # ("fordi", "efter at", ...)
    COST = ""  # "Udgifterne anslås til omkring" (before "2,5 millioner kroner.")
    ABOUT, RESIDENTS = "", ""  # "Omkring", "borgere" ("Omkring 120 borgere har ...")
    BECOMES = ""  # "bliver"
    DEBATE = ""  # "Debat" (a headline's "Debat om ...")
    CLAIM = ""  # "»Vi vil have klarhed«" (a headline's quote)

    def np(self, definite: bool = True, local: bool = True, bare: bool = False) -> str:
        """A noun phrase: definite ("planen", "den nye plan", "planen i X") or not ("en ny plan");
        `bare`: an adjective and the noun alone, as a headline has it ("nyt budget")."""
        rng = self.rng
        noun, the, g = rng.choice(self.NOUNS)
        base, neut, e = rng.choice(self.ADJ)
        if bare:
            return f"{neut if g == 'n' else base} {noun}"
        if not definite:
            return f"{'et' if g == 'n' else 'en'} {neut if g == 'n' else base} {noun}"
        r = rng.random()
        if r < 0.45:
            return the
        if r < 0.8 or not local:
            return f"{'det' if g == 'n' else 'den'} {e} {the if self.DOUBLE_DEFINITE else noun}"
        return f"{the} i {self.place()}"

    def obj(self) -> str:
        return self.np(definite=self.rng.random() < 0.65)

    def sentence(self) -> str:
        rng = self.rng
        s, o, part = self.np(), self.obj(), rng.choice(self.VERBS)
        r = rng.random()
        if r < 0.14:
            opening, closing = self.QUOTE
            said = f"{self.SAYS} {self.person()}, {rng.choice(self.ROLES)}"
            return f"{opening}{_cap(s)} har {part} {o}{closing}, {said}."
        if r < 0.3:
            return f"{rng.choice(self.SOURCES)} har {s} {rng.choice(self.TIMES)} {part} {o}."
        if r < 0.5:
            conj = rng.choice(self.CONJUNCTIONS)
            return f"{_cap(s)} har {part} {o}, {conj} {self.np()} har {rng.choice(self.VERBS)} {self.obj()}."
        if r < 0.62:
            return (
                f"{self.COST} {rng.randint(2, 95)},{rng.randint(1, 9)} millioner kroner."
                if rng.random() < 0.4
                else f"{self.ABOUT} {rng.randint(20, 900)} {self.RESIDENTS} har {part} {o}."
            )
        if r < 0.72:
            return f"{_cap(rng.choice(self.DAYS))} har {s} {part} {o}."
        return f"{_cap(s)} har {rng.choice(self.TIMES)} {part} {o}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            return f"{self.place()}: {_cap(self.np(bare=True))} {self.BECOMES} {rng.choice(self.VERBS)}"
        if r < 0.7:
            return f"{self.DEBATE} om {self.np(definite=False)} i {self.place()}"
        return f"{self.person()} om {self.np(local=False)}: {self.CLAIM}"

    def subheading(self) -> str:
        return self.rng.choice(self.SUBHEADS)


# --- Arabic ----------------------------------------------------------------------------------

AR_FIRST = {
    "m": _w("""محمد أحمد خالد يوسف عمر علي حسن سامي طارق كريم إبراهيم ماجد فيصل نبيل زياد هشام
        وليد باسل رامي مازن عادل جمال"""),
    "f": _w("""فاطمة مريم ليلى سارة نور هدى رنا سلمى ياسمين دينا ريم لينا هالة منى أمل رشا سهى
        نادية جميلة عبير"""),
}
AR_SURNAMES = _w("""العلي الخطيب منصور حداد النجار الشامي الزين القاسم الحسيني السعدي البدري الأنصاري
    العمري التميمي الرفاعي سليمان داود الطحان المصري الحلبي البغدادي الكردي الجمال العطار""")
# place names: a prefix ("", "عين", "تل", ...) and a name, each with its romanisation (`romanize`)
_AR_PLACE_NAMES = {
    "الرمال": "al-rimal",
    "النخيل": "al-nakhil",
    "الزهراء": "al-zahraa",
    "القلعة": "al-qalaa",
    "الواحة": "al-waha",
    "المنارة": "al-manara",
    "السنابل": "al-sanabil",
    "الغدير": "al-ghadir",
    "البساتين": "al-basatin",
    "الربوة": "al-rabwa",
    "الصفا": "al-safa",
    "الورد": "al-ward",
    "النور": "al-nour",
    "الجسرين": "al-jisrayn",
    "الشروق": "al-shorouk",
    "الياسمين": "al-yasmin",
    "الزيتون": "al-zaytoun",
    "المرجان": "al-marjan",
    "الهضاب": "al-hidab",
    "الكرمة": "al-karma",
    "الضياء": "al-diyaa",
    "السلام": "al-salam",
    "الفيحاء": "al-fayhaa",
    "الريان": "al-rayyan",
    "الأمل": "al-amal",
    "الحمراء": "al-hamraa",
    "النسيم": "al-nasim",
    "الروضة": "al-rawda",
}
_AR_PLACE_PREFIXES = {
    "": "",
    "عين": "ein",
    "تل": "tal",
    "وادي": "wadi",
    "بئر": "bir",
    "جبل": "jabal",
    "رأس": "ras",
    "دير": "deir",
    "مرج": "marj",
    "ساحل": "sahil",
}
# the words of the Arabic site names (publishers.SITE_FORMS["ar"]), romanised
_AR_WORDS = {
    "صحيفة": "sahifat",
    "أخبار": "akhbar",
    "اليوم": "alyoum",
    "صوت": "sawt",
    "بوابة": "bawabat",
    "جريدة": "jaridat",
    "نبض": "nabd",
    "مرآة": "mirat",
}
# letter by letter ("" for the hamza on its own)
_AR_LETTERS = dict(
    zip(
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآؤئء",
        (*_w("a b t th j h kh d dh r z s sh s d t z a gh f q k l m n h w y a a a i a u i"), ""),
        strict=True,
    )
)


# the family modules' own romanizers (`kit.register_language`): each gives Latin letters for the names
# it knows (a site's name, for its host name) and None for any other text
ROMANIZERS: list[Callable[[str], str | None]] = []


def romanize(text: str) -> str:
    """Latin letters for an Arabic name (place names and site-name words by their usual spelling,
    any other word letter by letter); text with no Arabic letter is returned as a romanizer of
    `ROMANIZERS` gives it, or as it is."""
    if not any("\u0600" <= ch <= "\u06ff" for ch in text):
        for romanizer in ROMANIZERS:
            latin = romanizer(text)
            if latin is not None:
                return latin
        return text
    words = {**_AR_PLACE_NAMES, **_AR_PLACE_PREFIXES, **_AR_WORDS}
    return " ".join(words.get(w) or "".join(_AR_LETTERS.get(ch, ch) for ch in w) for w in text.split())


# subjects (who acts) and objects, definite, with their gender; "+" marks one that carries its own
# adjective (no other is added); "_" stands for the space inside a phrase
AR_AGENTS: tuple[tuple[str, str], ...] = tuple(
    (w.split(":")[0].replace("_", " "), w.split(":")[1])
    for w in _w("""المجلس_البلدي:m+ البلدية:f مجلس_المدينة:m المحافظة:f المحافظ:m رئيس_البلدية:m
    الوزارة:f اللجنة:f الشرطة:f المحكمة:f الشركة:f جمعية_السكان:f الدفاع_المدني:m+ هيئة_الطرق:f
    غرفة_التجارة:f الحكومة_المحلية:f+ المقاول:m إدارة_المرور:f""")
)
AR_THINGS: tuple[tuple[str, str], ...] = tuple(
    (w.split(":")[0].replace("_", " "), w.split(":")[1])
    for w in _w("""الميزانية:f المشروع:m الجسر:m المدرسة:f المحطة:f المستشفى:m المتحف:m المهرجان:m
    المصنع:m الملعب:m المكتبة:f الحديقة:f الطريق_الدائري:m+ المخطط_العمراني:m+ مشروع_الإسكان:m
    خطة_النقل:f المناقصة:f التقرير:m السوق_الشعبي:m+ مركز_الشباب:m الميناء:m شبكة_المياه:f
    محطة_الحافلات:f الدراسة:f العقد:m""")
)
AR_ADJ: tuple[tuple[str, str], ...] = tuple(
    (m, f)
    for m, f in (
        w.split(":")
        for w in _w("""الجديد:الجديدة القديم:القديمة المحلي:المحلية الإقليمي:الإقليمية
    الكبير:الكبيرة المؤقت:المؤقتة الرئيسي:الرئيسية التاريخي:التاريخية المقترح:المقترحة الموحد:الموحدة
    المتأخر:المتأخرة""")
    )
)
# (past m, past f, present m, present f, the preposition before the object or ""): "أعلن:...:عن"
AR_VERBS: tuple[tuple[str, str, str, str, str], ...] = tuple(
    (a, b, c, d, x[0] if x else "")
    for a, b, c, d, *x in (
        w.split(":")
        for w in _w("""أقر:أقرت:يقر:تقر رفض:رفضت:يرفض:ترفض أعلن:أعلنت:يعلن:تعلن:عن
    أجل:أجلت:يؤجل:تؤجل افتتح:افتتحت:يفتتح:تفتتح أغلق:أغلقت:يغلق:تغلق انتقد:انتقدت:ينتقد:تنتقد
    دعم:دعمت:يدعم:تدعم ناقش:ناقشت:يناقش:تناقش أطلق:أطلقت:يطلق:تطلق علق:علقت:يعلق:تعلق
    مول:مولت:يمول:تمول رمم:رممت:يرمم:ترمم راجع:راجعت:يراجع:تراجع اعتمد:اعتمدت:يعتمد:تعتمد
    وافق:وافقت:يوافق:توافق:على أوقف:أوقفت:يوقف:توقف قدم:قدمت:يقدم:تقدم""")
    )
)
AR_DAYS = _w("الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت")
AR_TIMES = (
    "يوم الثلاثاء",
    "الأسبوع الماضي",
    "بالإجماع",
    "بعد نقاش طويل",
    "في جلسة استثنائية",
    "مساء الخميس",
    "مجددا",
    "صباح اليوم",
)
AR_SOURCES = (
    "وبحسب بيان رسمي",
    "ووفقا لمصادر مطلعة",
    "وبحسب التقرير",
    "وفي السياق ذاته",
    "ومن جهة أخرى",
    "وفي وقت سابق",
)
AR_ROLES = (  # (a man's, a woman's)
    ("المتحدث باسم البلدية", "المتحدثة باسم البلدية"),
    ("رئيس لجنة السكان", "رئيسة لجنة السكان"),
    ("مدير المشروع", "مديرة المشروع"),
    ("عضو المجلس البلدي", "عضوة المجلس البلدي"),
    ("الخبير الاقتصادي", "الخبيرة الاقتصادية"),
)
AR_SAYINGS = ("نحتاج إلى قرارات واضحة", "من حق السكان أن يعرفوا الحقيقة", "هذه مجرد البداية")
AR_CURRENCIES = ("دولار", "دينار", "درهم", "ريال", "جنيه")
AR_SUBHEADS = (
    "الخطوات المقبلة",
    "خلفية القضية",
    "كم تبلغ التكلفة؟",
    "ردود فعل السكان",
    "أسئلة بلا إجابات",
    "المرحلة الثانية",
    "موقف المعارضة",
    "ماذا تقول البلدية؟",
)


class ArabicProse(Prose):
    """Arabic (Modern Standard) local-news prose: verb-subject-object sentences whose verb agrees
    with its subject's gender ("أقرت البلدية"), definite noun phrases with agreeing adjectives,
    "وقال/وقالت ... إن", «…» quotes, the Arabic comma; every sentence ends with "." and every
    headline is subject-verb-object in the present ("البلدية تقر ...")."""

    lang = "ar"

    def person(self) -> str:
        g = "f" if self.rng.random() < 0.4 else "m"
        return f"{self.rng.choice(AR_FIRST[g])} {self.rng.choice(AR_SURNAMES)}"

    def place(self) -> str:
        return self.rng.choice(places("ar"))

    def np(self, agents: bool = False) -> tuple[str, str]:
        """(a definite noun phrase, its gender)."""
        rng = self.rng
        text, g = rng.choice(AR_AGENTS if agents else AR_THINGS)
        own = g.endswith("+")
        g = g.rstrip("+")
        if not own and not agents and rng.random() < 0.4:  # the agents go without an adjective
            m, f = rng.choice(AR_ADJ)
            text = f"{text} {m if g == 'm' else f}"
        if not agents and rng.random() < 0.15:
            text += f" في {self.place()}"
        return text, g

    def clause(self, svo: bool = False) -> str:
        """Verb, subject, object (subject first after "إن" and in "بينما" clauses)."""
        s, g = self.np(agents=True)
        o, _ = self.np()
        m, f, _, _, prep = self.rng.choice(AR_VERBS)
        verb = f if g == "f" else m
        o = f"{prep} {o}" if prep else o
        return f"{s} {verb} {o}" if svo else f"{verb} {s} {o}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.14:
            who = self.person()
            woman = who.split()[0] in AR_FIRST["f"]
            role = rng.choice(AR_ROLES)[1 if woman else 0]
            if rng.random() < 0.5:
                return f"{'وقالت' if woman else 'وقال'} {who}، {role}، إن {self.clause(svo=True)}."
            return f"{'وأضافت' if woman else 'وأضاف'} {who}، {role}: «{rng.choice(AR_SAYINGS)}»."
        if r < 0.3:
            return f"{rng.choice(AR_SOURCES)}، {self.clause()} {rng.choice(AR_TIMES)}."
        if r < 0.5:
            conj = rng.choice(("في حين", "بعد أن", "كما", "بينما"))
            return f"{self.clause()}، {conj} {self.clause()}."
        if r < 0.6:
            return rng.choice(
                (
                    f"وتقدر تكلفة المشروع بنحو {rng.randint(11, 95)} مليون {rng.choice(AR_CURRENCIES)}.",
                    f"وشارك نحو {rng.randint(120, 900)} من السكان في الاجتماع.",
                    f"ويستفيد من المشروع أكثر من {rng.randint(2, 60)} ألف نسمة.",
                )
            )
        if r < 0.7:
            return f"ويوم {rng.choice(AR_DAYS)}، {self.clause()}."
        return f"{self.clause()} {rng.choice(AR_TIMES)}."

    def title(self) -> str:
        rng = self.rng
        s, g = self.np(agents=True)
        o, _ = self.np()
        _, _, m, f, prep = rng.choice(AR_VERBS)
        verb = f if g == "f" else m
        o = f"{prep} {o}" if prep else o
        r = rng.random()
        if r < 0.5:
            return f"{s} {verb} {o}"
        if r < 0.8:
            return f"{self.place()}: {s} {verb} {o}"
        return f"{self.person()}: «{rng.choice(AR_SAYINGS)}»"

    def subheading(self) -> str:
        return self.rng.choice(AR_SUBHEADS)


# --- Turkish ---------------------------------------------------------------------------------

# who acts (the nominative, sentence-initial forms: none starts with "i", whose capital is "İ")
TR_AGENTS = (
    "Belediye",
    "Belediye Meclisi",
    "Büyükşehir Belediyesi",
    "Valilik",
    "Kaymakamlık",
    "İl Sağlık Müdürlüğü",
    "İl Milli Eğitim Müdürlüğü",
    "muhalefet",
    "Esnaf Odası",
    "Karayolları Bölge Müdürlüğü",
    "yüklenici firma",
    "Çevre Derneği",
    "Ticaret Odası",
)
# things acted on: (nominative, accusative) — the accusative suffix follows vowel harmony and the
# buffer consonant ("bütçe"/"bütçeyi", "imar planı"/"imar planını", "okul"/"okulu")
TR_THINGS: tuple[tuple[str, str], ...] = tuple(
    (w.split("|")[0].replace("_", " "), w.split("|")[1].replace("_", " "))
    for w in _w("""bütçe|bütçeyi proje|projeyi ihale|ihaleyi köprü|köprüyü okul|okulu hastane|hastaneyi
    imar_planı|imar_planını otobüs_hattı|otobüs_hattını kreş|kreşi kütüphane|kütüphaneyi
    spor_salonu|spor_salonunu arıtma_tesisi|arıtma_tesisini meydan_düzenlemesi|meydan_düzenlemesini
    liman|limanı bisiklet_yolu|bisiklet_yolunu kent_parkı|kent_parkını
    sosyal_konut_projesi|sosyal_konut_projesini rapor|raporu protokol|protokolü festival|festivali
    otopark|otoparkı yol_çalışması|yol_çalışmasını doğalgaz_hattı|doğalgaz_hattını
    pazar_yeri|pazar_yerini""")
)
TR_ADJ = ("yeni", "tartışmalı", "planlanan", "büyük", "eski", "geciken", "kapsamlı", "modern")
TR_VERBS = (
    "onayladı",
    "reddetti",
    "erteledi",
    "açıkladı",
    "durdurdu",
    "başlattı",
    "eleştirdi",
    "savundu",
    "inceledi",
    "tamamladı",
    "iptal etti",
    "askıya aldı",
    "yeniden değerlendirdi",
    "masaya yatırdı",
)
TR_TIMES = (
    "salı günü",
    "dün akşam",
    "geçen hafta",
    "uzun bir tartışmanın ardından",
    "oy birliğiyle",
    "yeniden",
    "son toplantısında",
    "hafta başında",
)
TR_FRONTS = (
    "Salı günü yapılan toplantıda",
    "Geçtiğimiz hafta",
    "Geçen sonbaharda",
    "Perşembe günkü oturumda",
)
TR_SOURCES = (
    "Açıklamaya göre,",
    "Edinilen bilgiye göre,",
    "Raporda yer alan bilgilere göre,",
    "Yetkililerin verdiği bilgiye göre,",
)
TR_ROLES = (
    "Belediye Başkanı",
    "Meclis üyesi",
    "Mahalle muhtarı",
    "Proje sorumlusu",
    "Esnaf Odası Başkanı",
    "Okul müdürü",
    "Basın sözcüsü",
)
TR_SAYINGS = (
    "Bu kararı uzun zamandır bekliyorduk",
    "Bu, kentimiz için önemli bir gün",
    "Bütçe konusunda sorumlu davranmalıyız",
    "Çalışmaların bir an önce başlamasını umuyoruz",
    "Vatandaşlarımızın bedel ödemesi kabul edilemez",
)
TR_SUBHEADS = (
    "Sonraki adım",
    "Muhalefet tepkili",
    "Maliyet ne kadar?",
    "Vatandaşlar ne diyor?",
    "Arka plan",
    "İkinci etap",
    "Belediyenin yanıtı",
    "Yanıt bekleyen sorular",
)


class TurkishProse(Prose):
    """Turkish local-news prose: subject, time, object, verb (SOV), the object in the accusative (its
    suffix listed with the noun, so vowel harmony holds), quotes as “…” dedi after the speaker."""

    lang = "tr"

    def np(self, acc: bool = True) -> str:
        """A thing, in the accusative or the nominative, sometimes with an adjective before it."""
        nom, accusative = self.rng.choice(TR_THINGS)
        noun = accusative if acc else nom
        return f"{self.rng.choice(TR_ADJ)} {noun}" if self.rng.random() < 0.4 else noun

    def clause(self, time: bool = True) -> str:
        rng = self.rng
        agent = rng.choice(TR_AGENTS)
        when = f" {rng.choice(TR_TIMES)}" if time and rng.random() < 0.6 else ""
        return f"{agent}{when} {self.np()} {rng.choice(TR_VERBS)}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.14:
            verb = rng.choice(("dedi", "ifadelerini kullandı", "diye konuştu"))
            return f"{rng.choice(TR_ROLES)} {self.person()}, \u201c{rng.choice(TR_SAYINGS)}\u201d {verb}."
        if r < 0.3:
            return f"{rng.choice(TR_SOURCES)} {self.clause()}."
        if r < 0.42:
            return f"{rng.choice(TR_FRONTS)} {self.clause(time=False)}."
        if r < 0.6:
            conj = rng.choice((", ancak", " ve", ", bu arada", ", öte yandan"))
            return f"{_cap(self.clause())}{conj} {self.clause()}."
        if r < 0.7:
            return rng.choice(
                (
                    f"Projenin maliyetinin {rng.randint(2, 95)},{rng.randint(1, 9)} milyon lira "
                    "olduğu belirtildi.",
                    f"Toplantıya yaklaşık {rng.randint(20, 600)} kişi katıldı.",
                    f"Bölgede toplam {rng.randint(12, 400)} yeni konut inşa edilecek.",
                )
            )
        return f"{_cap(self.clause())}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            return _cap(self.clause(time=False))
        if r < 0.65:
            return f"{self.place()} Belediyesi'nden {self.np(acc=False)} açıklaması"
        if r < 0.85:
            return f"{_cap(self.np(acc=False))} için yeni karar"
        return f"{self.person()}: \u201c{rng.choice(TR_SAYINGS)}\u201d"

    def subheading(self) -> str:
        return self.rng.choice(TR_SUBHEADS)


_PROSE: dict[str, type[Prose]] = {
    "en": EnglishProse,
    "de": GermanProse,
    "fr": FrenchProse,
    "es": SpanishProse,
    "it": ItalianProse,
    "nl": DutchProse,
    "pt": PortugueseProse,
    "pl": PolishProse,
    "sv": SwedishProse,
    "ar": ArabicProse,
    "tr": TurkishProse,
}


def prose_for(lang: str, rng: random.Random) -> Prose:
    """The grammar for a language code ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "ar",
    "tr")."""
    return _PROSE[lang](rng)
