"""Four QUAY template families for the synthetic publishers (see `pipeline.synth.publishers`).

"quay" is a nineteenth split, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor nor any extraction result, so no extraction
rule was written or tuned against them. They are held out until they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `QUAY_FAMILIES`: the quay families are
generated only by `generate_corpus("quay")`, so every other corpus is as it was. This module also
brings a new language, Croatian ("hr"): its grammar (`CroatianProse`: subjects of three genders with
the perfect's participle agreeing, "je" in second position, objects in the accusative with their
adjective, headlines in the participle alone as Croatian papers write them), names, place names, UI
strings, month names (the genitive, as a date has it) and zone are defined here and added to the
registries of `pipeline.synth.prose` and `pipeline.synth.publishers` when the module is loaded (new
keys only; nothing another language uses changes).

The truth conventions are the usual ones (body, boilerplate snippets of four words or more, aware
`published_at`, clean `title` without the site name) and those of the earlier held-out splits
(in-text "read also" lines and calls to action are boilerplate even in the paragraphs' own markup; a
bulleted list and a <blockquote> inside the text are body, one line per item; a photo's caption and
credit are boilerplate). New here, as the real-page benchmarks have them:
  * a standfirst, dek or subtitle shown above the text, under the headline, is neither body nor
    boilerplate (no snippet is taken from it): the French chapô and the Croatian subtitle;
  * text behind a paywall that the page does not hold is simply absent: the body is what the page
    shows, down to a last paragraph the page cuts off in mid-sentence;
  * a "Key points" box at the top of the text holds the article's own summary points: its items are
    body (its label is neither body nor boilerplate);
  * an italic funding note closing the text (the Croatian media-pluralism fund line) is boilerplate,
    as an editor's note is;
  * readers' comments are boilerplate.

Families (language; date source):
  quay   fr-regional-abonnes    fr; a naive <time datetime="2026-03-07T14:30"> inside the visible
                               "Publié le 07 mars 2026 à 14h30" (and "Modifié le ..." on updated
                               stories), no date metadata; a French regional daily on a paywall CMS
                               (Le Télégramme / Centre France-like): the consent popup, "Je
                               m'abonne" / "Se connecter" and the special offer in the header, the
                               menu, "Nos éditions :" with the local editions, the breadcrumb, the
                               "Article réservé aux abonnés" badge, the chapô (see above), the
                               byline, "Temps de lecture", "Écouter cet article", "Offrir cet
                               article à un proche", the photo's caption and credit, the text with
                               <h2> intertitles and "À lire aussi :" lines, cut off by the paywall
                               box ("Il vous reste N % de l'article à lire", the offer, "Déjà abonné
                               ? Se connecter"), "Sujets :", "Dans la même rubrique", "Les plus
                               lus", the death-notice teaser and the footer; URLs
                               /section/place/slug-DD-MM-YYYY-NNNNNNNN.php; <title> "T - Site"
  quay   hr-regionalni-portal   hr; a NewsArticle JSON-LD datePublished (and dateModified) with
                               offset, the visible "Objavljeno: 07.03.2026. u 14:30" (and
                               "Ažurirano: ..." on updated stories); a Croatian regional news
                               portal: the cookie bar, the menu, the "Imate dojavu?" button, the
                               "Najnovije" ticker, the subtitle (see above), "Piše: <author>",
                               "Vrijeme čitanja", the photo's caption and "Foto: ..." credit, the
                               share bar, the text (with <h2>, a <blockquote> or a list: body) with
                               "PROČITAJTE I:" lines, an "Oglas" slot and the photo-gallery teaser
                               amid it, the italic funding note closing some texts (see above),
                               "Oznake:", the tip-off box, the comments notice, the author's bio,
                               "Najčitanije", the newsletter box, the related block and the footer;
                               URLs /vijesti/section/slug/NNNNNNN; <title> "T | Site"
  quay   anz-headless-daily     en; <meta property="article:published_time"> (and modified_time) in
                               UTC with milliseconds ("...T03:30:00.000Z"), the same in <time
                               datetime>, the visible "Posted Sat 7 Mar 2026 at 2:30pm" (local, no
                               zone; ", updated ..." on updated stories), the date alone in the URL;
                               an Australian / New Zealand public-broadcaster-like daily on a
                               headless React CMS (styled-components class names "sc-xxxxxx yyyyyy",
                               every paragraph a <div>, no <p> in the text): the skip link, the
                               menu, the topic label, the byline, the "Key points" box (see above),
                               the photo's caption with its "(Site: Name)" credit, "Related Story"
                               cards and "Advertisement" slots between the paragraphs, the video
                               player ("Play Video. Duration: ..."), the newsletter promo, "Topics",
                               the tip-off line, the share bar, "Top Stories", the acknowledgement
                               of Country (Australian zones) or of tangata whenua (New Zealand) and
                               the footer; URLs /news/YYYY-MM-DD/slug/NNNNNNNNN; <title> "T — Site"
  quay   aspnet-city-portal     en; only the visible, naive ASP.NET DateTime ("Posted: 3/7/2026
                               2:30:00 PM", or "Saturday, March 07, 2026 2:30 PM" on some sites),
                               and a header showing the day the page was served ("Today is ...");
                               a 2000s community portal on ASP.NET WebForms (aspnetForm, __VIEWSTATE,
                               ctl00_... ids, a three-column layout table): the header with the
                               date, the weather and "Welcome, Guest!", the Menu control, the left
                               column (Quick Links, Upcoming Events, the poll), the breadcrumb,
                               the title, date and byline <span>s, the photo's caption, the text in
                               <span id="ctl00_ContentPlaceHolder1_lblBody"> as <br /><br />-
                               separated runs with <strong> subheadings and a <ul> now and then
                               (or, on some sites, Word's <p class="MsoNormal"> paragraphs with
                               <o:p> spacers; "&nbsp; " after a sentence now and then), the tools
                               row, the star rating, the readers' comments (see above) and the
                               comment form, "Other Headlines" with their dates, the right column
                               (E-News sign-up, advertising) and the footer; URLs
                               /News/NewsDetail.aspx?NewsID=NNNNN&CatID=N; <title> "Site - T" set
                               with the whitespace WebForms puts around it

Every renderer gives every story of its publisher the platform's own URL on first use; each keeps
the body within 14 lines and 250-900 words, so `body`, taken from the story after rendering, has
them. Three have site names of their own (`FAMILY_SITE_FORMS`); the French one takes the forms
every French publisher has.
"""

from __future__ import annotations

import base64
import json

from pipeline.synth.prose import Prose, _cap, _w

FAMILIES: dict[str, str] = {
    "fr-regional-abonnes": "quay",
    "hr-regionalni-portal": "quay",
    "anz-headless-daily": "quay",
    "aspnet-city-portal": "quay",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "fr-regional-abonnes": "fr",
    "hr-regionalni-portal": "hr",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "hr-regionalni-portal": ("{p} danas", "{p}info", "Portal {p}", "{p}Press", "{p} online", "Radio {p}",
                             "{p}.info"),
    "anz-headless-daily": ("{p} News", "{p} Today", "The {p} Daily", "{p} Now", "The {p} Advocate"),
    "aspnet-city-portal": ("{p} Online", "{p}Net", "Inside {p}", "{p} Today", "{p} CityLink",
                           "{p} Connection"),
}

EN_DAYS3 = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS3 = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# --- Croatian ----------------------------------------------------------------------------------

HR_FIRST_M = _w("""Ivan Marko Luka Josip Tomislav Ante Mario Dario Krešimir Davor Goran Zoran Nikola
    Filip Matej Hrvoje Damir Igor Stjepan Domagoj Boris Vedran""")
HR_FIRST_F = _w("""Ana Marija Ivana Petra Maja Katarina Lucija Martina Sanja Tanja Vesna Jelena Mirela
    Nikolina Iva Dora Kristina Snježana Gordana Matea""")
# a Croatian surname is the same for a man and a woman
HR_SURNAMES = _w("""Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković Petrović
    Matić Tomić Pavlović Perić Božić Blažević Grgić Šarić Radić Vidović Lovrić Barišić Bošnjak Pavić
    Kralj Jukić Šimić Mikulić Rukavina Filipović Brkić Golub Vrdoljak Čačić""")
# ASCII place names (no "đ" and no diacritics), so that a host name made from one is ASCII
HR_PLACE_FORMS = (("",), _w("ovac ica evo ovo ac ina ane grad ec nik iste jane ovica"))
# subjects: the phrase and its gender (m, f, n), "_" a space
HR_AGENTS: tuple[tuple[str, str], ...] = tuple(
    (w.split(":")[0].replace("_", " "), w.split(":")[1])
    for w in _w("""gradsko_vijeće:n općinsko_vijeće:n gradonačelnik:m gradonačelnica:f načelnik_općine:m
    načelnica_općine:f župan:m županija:f ministarstvo:n policija:f uprava_bolnice:f investitor:m
    tvrtka:f udruga_roditelja:f ravnatelj_škole:m ravnateljica_škole:f oporba:f komunalno_poduzeće:n
    lučka_uprava:f turistička_zajednica:f građevinska_inspekcija:f Vlada:f sindikat:m
    stožer_civilne_zaštite:m mjesni_odbor:m""")
)
# objects: nominative, accusative, gender; a phrase with "_" carries its own adjective
HR_OBJECTS: tuple[tuple[str, str, str], ...] = tuple(
    (w.split(":")[0].replace("_", " "), w.split(":")[1].replace("_", " "), w.split(":")[2])
    for w in _w("""proračun:proračun:m projekt:projekt:m most:most:m plan:plan:m natječaj:natječaj:m
    vrtić:vrtić:m nogostup:nogostup:m zahtjev:zahtjev:m prijedlog:prijedlog:m ugovor:ugovor:m
    vodovod:vodovod:m škola:školu:f bolnica:bolnicu:f cesta:cestu:f obilaznica:obilaznicu:f
    biciklistička_staza:biciklističku_stazu:f rekonstrukcija:rekonstrukciju:f studija:studiju:f
    peticija:peticiju:f odluka:odluku:f autobusna_linija:autobusnu_liniju:f
    sportska_dvorana:sportsku_dvoranu:f tržnica:tržnicu:f knjižnica:knjižnicu:f
    trajektna_linija:trajektnu_liniju:f kanalizacija:kanalizaciju:f igralište:igralište:n
    parkiralište:parkiralište:n kupalište:kupalište:n rješenje:rješenje:n
    dječje_igralište:dječje_igralište:n šetalište:šetalište:n groblje:groblje:n""")
)
# hard adjective stems: "-i" (masculine), "-a"/"-u" (feminine nominative/accusative), "-o" (neuter)
HR_ADJ = _w("""nov star gradsk županijsk javn skup sporn planiran privremen obnovljen dodatn povijesn
    lokaln velik""")
# the perfect's participle, masculine: "-io", "-ao" or "-uo"; `_hr_past` gives the others
HR_VERBS = _w("""odobrio odbio najavio odgodio potvrdio predstavio otvorio zatvorio kritizirao podržao
    objavio proširio obustavio financirao pokrenuo produljio usvojio naručio raspisao zaustavio
    preispitao""")
HR_DAYS = ("U ponedjeljak", "U utorak", "U srijedu", "U četvrtak", "U petak", "U subotu", "U nedjelju")
HR_TIMES = (
    "u utorak navečer",
    "prošlog tjedna",
    "jednoglasno",
    "nakon duge rasprave",
    "u četvrtak ujutro",
    "ponovno",
    "početkom mjeseca",
    "na posljednjoj sjednici",
    "bez rasprave",
    "tijekom vikenda",
)
HR_SOURCES = (
    "Prema informacijama našeg portala,",
    "Kako doznajemo,",
    "Prema izvješću županije,",
    "Kako je priopćila policija,",
    "Prema riječima mještana,",
)
HR_FROM = ("gradske uprave", "županije", "policije", "ministarstva", "tvrtke", "udruge")
HR_ROLES = (
    ("gradonačelnik", "gradonačelnica"),
    ("glasnogovornik gradske uprave", "glasnogovornica gradske uprave"),
    ("predsjednik udruge", "predsjednica udruge"),
    ("ravnatelj škole", "ravnateljica škole"),
    ("oporbeni vijećnik", "oporbena vijećnica"),
    ("vlasnik tvrtke", "vlasnica tvrtke"),
    ("predsjednik mjesnog odbora", "predsjednica mjesnog odbora"),
)
HR_SAYINGS = (
    "Građani zaslužuju jasne odgovore",
    "Ovo je tek početak",
    "Novac mora ići u škole",
    "Čekamo odluku ministarstva",
    "Radovi će biti gotovi do ljeta",
    "Nitko nas nije ništa pitao",
    "Ovo je dobra vijest za cijeli kraj",
    "Nećemo odustati",
    "Sve je napravljeno prema zakonu",
    "Ljudi s pravom traže promjene",
    "To je pitanje sigurnosti naše djece",
    "Tražimo hitan sastanak",
    "Ovo je najveća investicija u posljednjih deset godina",
    "Nismo zadovoljni dosadašnjim radom",
    "Očekujemo da se problem riješi što prije",
    "Mještani su dugo čekali ovaj trenutak",
    "Sve ćemo napraviti transparentno",
    "Ne želimo da se ponovi prošlogodišnja situacija",
    "Vrijeme je da se nešto konkretno napravi",
    "Razgovarat ćemo sa svim stranama",
)
HR_TITLE_FRONTS = ("Burno na sjednici", "Konačno", "Službeno", "Nakon mjeseci čekanja", "Odluka je pala")
HR_SUBHEADS = (
    "Što slijedi",
    "Reakcije građana",
    "Troškovi",
    "Dugogodišnji spor",
    "Kritike oporbe",
    "Otvorena pitanja",
    "Sljedeći koraci",
    "Pozadina",
    "Što kažu mještani",
    "Novac iz fondova EU",
)
# the genitive, as a date has it ("7. ožujka 2026.")
HR_MONTHS = ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
             "listopada", "studenoga", "prosinca")
HR_ZONES = ("Europe/Zagreb",)


def _hr_past(verb: str, gender: str) -> str:
    """The participle agreeing with its subject ("odobrio", "odobrila", "odobrilo")."""
    return verb if gender == "m" else verb[:-1] + ("la" if gender == "f" else "lo")


def _hr_adj(stem: str, gender: str, acc: bool) -> str:
    """A hard adjective agreeing with an object ("novi most", "novu školu", "novo igralište")."""
    if gender == "m":
        return stem + "i"
    if gender == "n":
        return stem + "o"
    return stem + ("u" if acc else "a")


class CroatianProse(Prose):
    """Croatian regional-portal prose (the perfect with "je" in second position and the participle
    agreeing with the subject's gender, accusative objects with their adjective, „…“ quotes with
    "rekao je"/"rekla je"; headlines with the participle alone)."""

    lang = "hr"

    def person(self) -> str:
        rng = self.rng
        first = rng.choice(HR_FIRST_F if rng.random() < 0.5 else HR_FIRST_M)
        return f"{first} {rng.choice(HR_SURNAMES)}"

    def agent(self) -> tuple[str, str]:
        """A subject and its gender ("Grad X", "Općina X" now and then)."""
        rng = self.rng
        if rng.random() < 0.1:
            return (f"Grad {self.place()}", "m") if rng.random() < 0.5 else (f"Općina {self.place()}", "f")
        return rng.choice(HR_AGENTS)

    def obj(self) -> str:
        """An object in the accusative, with an adjective now and then."""
        rng = self.rng
        _, acc, g = rng.choice(HR_OBJECTS)
        if " " in acc or rng.random() < 0.55:
            return acc
        return f"{_hr_adj(rng.choice(HR_ADJ), g, acc=True)} {acc}"

    def clause(self, lead: str = "") -> str:
        """Subject, "je", participle, object; after `lead` (a subordinator) "je" comes first."""
        s, g = self.agent()
        verb, o = _hr_past(self.rng.choice(HR_VERBS), g), self.obj()
        if lead:
            return f"{lead} je {s} {verb} {o}"
        return f"{s} je {verb} {o}"

    def quote(self) -> str:
        """What someone said (a saying, two of them, or a wish about a clause in the future tense)."""
        rng = self.rng
        r = rng.random()
        if r < 0.3:
            s, _ = self.agent()
            return f"Nadamo se da će {s} uskoro {rng.choice(HR_VERBS)[:-1]}ti {self.obj()}"
        if r < 0.45:
            return f"Za {self.obj()} smo osigurali {10 * rng.randint(2, 90)} tisuća eura"
        first, second = rng.sample(HR_SAYINGS, 2)
        return f"{first}. {second}" if r < 0.7 else first

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            who = self.person()
            female = who.split()[0] in HR_FIRST_F
            role = rng.choice(HR_ROLES)[1 if female else 0]
            verb = rng.choice(("rekla je", "izjavila je", "istaknula je") if female
                              else ("rekao je", "izjavio je", "istaknuo je"))
            return f"„{self.quote()}“, {verb} {who}, {role}."
        if r < 0.25:
            return f"{rng.choice(HR_SOURCES)} {self.clause()} {rng.choice(HR_TIMES)}."
        if r < 0.32:
            return f"Iz {rng.choice(HR_FROM)} potvrdili su {self.clause('da')} {rng.choice(HR_TIMES)}."
        if r < 0.47:
            conj = rng.choice(("dok", "iako", "jer", "a", "ali"))
            second = self.clause(conj) if conj in ("dok", "iako", "jer") else f"{conj} {self.clause()}"
            return f"{_cap(self.clause())}, {second}."
        if r < 0.55:
            s, g = self.agent()
            return (f"{_cap(self.clause('nakon što'))}, {s} je {rng.choice(HR_TIMES)} "
                    f"{_hr_past(rng.choice(HR_VERBS), g)} {self.obj()}.")
        if r < 0.63:
            s, g = self.agent()
            v1, v2 = rng.sample(HR_VERBS, 2)
            return f"{_cap(s)} je {_hr_past(v1, g)} {self.obj()} i {_hr_past(v2, g)} {self.obj()}."
        if r < 0.75:
            return rng.choice((
                f"Vrijednost projekta procjenjuje se na {rng.randint(2, 95)},{rng.randint(1, 9)} "
                "milijuna eura.",
                f"Peticiju je potpisalo {10 * rng.randint(2, 90)} građana.",
                f"Radovi bi trebali biti završeni do {rng.randint(2027, 2031)}. godine.",
                f"Za prijedlog je glasovalo {rng.randint(5, 20)} vijećnika, a protiv ih je bilo "
                f"{rng.randint(5, 9)}.",
                f"Na sastanku je bilo oko {10 * rng.randint(3, 60)} mještana.",
                f"Rekonstrukcija će trajati najmanje {rng.randint(5, 20)} mjeseci.",
                f"Za to je iz gradskog proračuna osigurano {10 * rng.randint(2, 90)} tisuća eura.",
                f"Dio novca, oko {rng.randint(5, 9)}0 posto, stiže iz europskih fondova.",
            ))
        if r < 0.84:
            s, g = self.agent()
            return (f"{rng.choice(HR_DAYS)} je {s} {_hr_past(rng.choice(HR_VERBS), g)} {self.obj()}, "
                    f"{self.clause(rng.choice(('dok', 'iako', 'jer')))}.")
        if r < 0.93:
            s, g = self.agent()
            return f"{_cap(s)} je {rng.choice(HR_TIMES)} {_hr_past(rng.choice(HR_VERBS), g)} {self.obj()}."
        return f"{_cap(self.clause())} {rng.choice(HR_TIMES)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        s, g = rng.choice(HR_AGENTS)
        headline = f"{_cap(s)} {_hr_past(rng.choice(HR_VERBS), g)} {self.obj()}"
        if r < 0.35:
            return f"{self.place()}: {headline}"
        if r < 0.55:
            _, acc, g2 = rng.choice(HR_OBJECTS)
            thing = acc if " " in acc else f"{_hr_adj(rng.choice(HR_ADJ), g2, acc=True)} {acc}"
            return f"{self.place()} dobiva {thing}"
        if r < 0.75:
            return f"{rng.choice(HR_TITLE_FRONTS)}: {headline}"
        if r < 0.88:
            return headline
        return f"{self.person()}: „{rng.choice(HR_SAYINGS)}“"

    def subheading(self) -> str:
        return self.rng.choice(HR_SUBHEADS)


HR_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Naslovnica", "Vijesti", "Županija", "Hrvatska", "Crna kronika", "Sport", "Gospodarstvo",
            "Kultura", "Lifestyle", "Oglasnik", "Osmrtnice"),
    "sections": ("Vijesti", "Županija", "Crna kronika", "Gospodarstvo", "Promet", "Kultura", "Školstvo"),
    "related": ("Vezane vijesti", "Pročitajte još", "Najnovije iz regije", "Više s portala {name}"),
    "read_more": ("PROČITAJTE I:", "Pročitajte i:", "VEZANO:"),
    "by": ("Piše:",),
    "desks": ("Redakcija", "Regionalna redakcija", "Dopisništvo", "Desk vijesti"),
    "share": ("Podijeli članak", "Podijelite ovaj članak"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Viber", "E-mail"),
    "newsletter": (
        "Najvažnije vijesti iz regije svakog jutra u vašem sandučiću.",
        "Prijavite se na naš newsletter i ne propustite nijednu vijest.",
    ),
    "comments": (
        "Komentare mogu pisati samo prijavljeni korisnici.",
        "Uredništvo zadržava pravo brisanja neprimjerenih komentara.",
    ),
    "cookie": (
        "Ova stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo.",
        "Nastavkom pregledavanja stranice slažete se s korištenjem kolačića.",
    ),
    "ad": ("Oglas – članak se nastavlja ispod", "OGLAS · nastavak članka ispod oglasa"),
    "copyright": (
        "© {year} {name}. Sva prava pridržana.",
        "Copyright © {name} {year}. Zabranjeno preuzimanje sadržaja bez dozvole izdavača.",
    ),
    "disclaimer": ("Stavovi izneseni u komentarima nisu stavovi redakcije.",),
    "tagline": ("Tradicija lokalnog novinarstva od {since}. godine",
                "Vijesti, sport i kultura – {region} i okolica"),
    "bio": (
        "{author} dio je redakcije portala {name} od {since2}. godine i prati {beat}.",
        "{author} u redakciji portala {name} pokriva {beat}. Dojave su dobrodošle.",
    ),
    "beats": (
        "lokalnu politiku",
        "promet i infrastrukturu",
        "školstvo",
        "zdravstvo",
        "gospodarstvo",
        "kulturu",
        "crnu kroniku",
    ),
    "editorial": (
        "Ovaj članak sufinanciran je sredstvima Fonda za poticanje pluralizma i raznovrsnosti "
        "elektroničkih medija.",
    ),
    "classified": ("Prodajem stan od 65 m² u centru grada, useljiv odmah.",),
    "subscribe": ("Pretplatite se na tiskano izdanje",),
}


def _hslug(text: str) -> str:
    """An ASCII slug for Croatian text ("đ" as "d"; the other letters lose their marks)."""
    return _aslug(text.replace("đ", "d").replace("Đ", "D"))


# --- shared ------------------------------------------------------------------------------------


def _long_words(blocks: list[tuple[str, str]]) -> tuple[int, int]:
    """(lines of more than six words, their words): what the body counts as its paragraphs."""
    long = [t for _, t in blocks if _words(t) > 6]
    return len(long), sum(_words(t) for t in long)


def _blocks(c: Ctx, p: Callable[[str], str], heading: Callable[[str, str], str], quote: Callable[[str], str],
            ul: tuple[str, str], li: Callable[[str], str], skip: tuple[str, ...] = ()) -> list[str]:
    """The story's blocks as HTML (paragraphs through `p`, given their inline HTML; runs of list items
    in `ul` = (open, close), each through `li`), the tags in `skip` left out."""
    out: list[str] = []
    items: list[str] = []
    for tag, text in [*c.story.blocks, ("end", "")]:
        if tag != "li" and items:
            out.append(ul[0] + "\n" + "\n".join(items) + "\n" + ul[1])
            items = []
        if tag in skip:
            continue
        if tag == "p":
            out.append(p(c.inline(text)))
        elif tag == "li":
            items.append(li(esc(text)))
        elif tag == "quote":
            out.append(quote(esc(text)))
        elif tag in ("h2", "h3"):
            out.append(heading(tag, esc(text)))
    return out


# --- fr-regional-abonnes -----------------------------------------------------------------------

FR_MENU = ("Actualité", "Faits divers", "Sports", "Économie", "Loisirs", "Vidéos", "Avis de décès",
           "Nos éditions")
FR_FOOTER = ("Mentions légales", "Conditions générales de vente", "Politique de confidentialité",
             "Gestion des cookies", "Nous contacter", "Plan du site")
FR_CAPTIONS = (
    "Le chantier doit durer plusieurs mois.",
    "Les élus se sont réunis en conseil municipal mardi soir.",
    "Le projet divise les habitants du quartier.",
    "La réunion publique a attiré de nombreux riverains.",
    "Le site, vu depuis la route départementale.",
)
FR_TOPICS = ("Conseil municipal", "Urbanisme", "Transports", "Vie locale", "Environnement")


def _fr_date(dt: datetime) -> str:
    """ "07 mars 2026 à 14h30"."""
    return f"{dt:%d} {MONTHS['fr'][dt.month - 1]} {dt.year} à {dt:%H}h{dt:%M}"


def _fr_cut(c: Ctx) -> int:
    """Keep what the page shows above the paywall: the first paragraphs (about three fifths of them,
    at least four lines and 250 words of the body), the last of them cut off in mid-sentence on most
    stories; the story's blocks and sentences become that. The percentage of the article left."""
    s = c.story
    r = c.stable(f"fr-cut-{s.title}")
    total = _long_words(s.blocks)[1]
    paras = _paras(s)
    want = max(4, round(len(paras) * r.uniform(0.5, 0.7)))
    end = len(s.blocks)
    for k in range(want, len(paras) + 1):
        end = paras[k - 1] + 1
        lines, words = _long_words(s.blocks[:end])
        if lines >= 4 and words >= 290:
            break
    s.blocks, s.sentences = s.blocks[:end], s.sentences[:end]
    last = end - 1
    tokens = s.blocks[last][1].split()
    shown = _long_words(s.blocks)[1]
    keep = r.randint(8, max(8, len(tokens) - 4)) if len(tokens) > 14 else len(tokens)
    if r.random() < 0.8 and keep < len(tokens) and shown - (len(tokens) - keep) >= 250:
        cut = " ".join(tokens[:keep]).rstrip(",;:")
        s.blocks[last] = ("p", cut)
        s.sentences[last] = [cut]
    shown = _long_words(s.blocks)[1]
    hidden = total - shown + r.randint(150, 500)  # the rest of the article, never on the page
    return round(100 * hidden / (hidden + shown))


def render_fr_regional_abonnes(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    editions = c.stable("fr-editions").sample(places("fr"), 5)

    def edition(o: Story) -> str:
        return c.stable(f"fr-ed-{o.published}").choice(editions)

    c.repath(lambda o: f"/{_aslug(o.section)}/{_aslug(edition(o))}/{_aslug(o.title)[:60].strip('-')}-"
                       f"{o.published:%d-%m-%Y}-{c.stable(f'fr-{o.published}').randint(10**7, 10**8 - 1)}"
                       ".php")
    _fit(c)
    if c.stable(f"fr-q-{s.title}").random() < 0.5:
        _quotify(c)
    else:
        _listify(c, set())
    left = _fr_cut(c)
    dr = c.stable(f"fr-chapo-{s.title}")
    fprose = prose_for("fr", dr)
    chapo = " ".join(fprose.sentence() for _ in range(dr.randint(1, 2)))
    place = edition(s)
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [{"@type": "ListItem", "position": n + 1, "name": x}
                            for n, x in enumerate(("Accueil", s.section, place))],
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="fr">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(chapo)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<script type="application/ld+json">{json.dumps(crumbs, ensure_ascii=False)}</script>',
        '<script>window.didomiConfig = {"notice": {"position": "popup"}};</script>',
        "</head>",
        '<body class="page-article">',
    ]
    if c.has("cookie"):
        consent = c.snip("Nous et nos partenaires utilisons des cookies pour mesurer l'audience, "
                         "personnaliser les contenus et vous proposer des publicités adaptées.")
        lines.append(f'<div id="didomi-host"><div class="didomi-popup"><p>{esc(consent)}</p>\n'
                     "<button>Accepter &amp; fermer</button>\n<button>Continuer sans accepter</button>\n"
                     "<button>Paramétrer les cookies</button></div></div>")
    offer = c.snip("Offre spéciale : 1 € le premier mois")
    lines += [
        '<header class="header"><div class="header__top">',
        f'<a class="header__logo" href="/">{esc(pub.name)}</a>',
        f'<span class="header__offer">{esc(offer)}</span>',
        '<a class="header__subscribe" href="/abonnement">Je m\'abonne</a>',
        '<a class="header__login" href="/connexion">Se connecter</a></div>',
        '<nav class="header__nav"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in FR_MENU],
        "</ul></nav>",
    ]
    c.snip(" ".join(FR_MENU[:4]))
    c.snip("Nos éditions : " + " ".join(editions))
    lines += [
        '<div class="header__editions"><span>Nos éditions :</span>',
        *[f'<a href="/{_aslug(x)}">{esc(x)}</a>' for x in editions],
        "</div></header>",
        "<main>",
        f'<nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/{_aslug(s.section)}">'
        f"{esc(s.section)}</a>"
        f' › <a href="/{_aslug(s.section)}/{_aslug(place)}">{esc(place)}</a></nav>',
    ]
    c.snip(f"Accueil › {s.section} › {place}")
    badge = c.snip("Article réservé aux abonnés")
    c.snip(f"Publié le {_fr_date(d)}")
    ur = c.stable(f"fr-upd-{s.title}")
    updated = d + timedelta(minutes=ur.randint(40, 600)) if ur.random() < 0.45 else None
    minutes = max(2, round((_long_words(s.blocks)[1] * 100 / max(1, 100 - left)) / 230))
    reading = c.snip(f"Temps de lecture : {minutes} min")
    gift = c.snip("Offrir cet article à un proche")
    lines += [
        '<article class="article article--premium">',
        f'<span class="article__badge">{esc(badge)}</span>',
        f'<h1 class="article__title">{esc(s.title)}</h1>',
        f'<p class="article__chapo">{esc(chapo)}</p>',
        '<div class="article__meta">',
        f'<span class="article__author">Par <a href="/auteur/{_aslug(s.author.name)}">'
        f"{esc(s.author.name)}</a></span>",
        f'<span class="article__date">Publié le <time datetime="{d:%Y-%m-%dT%H:%M}">{_fr_date(d)}</time>'
        "</span>",
    ]
    if updated:
        lines.append(f'<span class="article__update">{esc(c.snip(f"Modifié le {_fr_date(updated)}"))}</span>')
    lines += [
        "</div>",
        '<div class="article__tools"><button class="article__listen">Écouter cet article</button>',
        f"<span>{esc(reading)}</span>",
        f'<button class="article__gift">{esc(gift)}</button></div>',
    ]
    cap = c.stable(f"fr-cap-{s.title}").choice(FR_CAPTIONS)
    credit = f"Photo {pub.short} / {prose_for('fr', c.stable(f'fr-ph-{s.title}')).person()}"
    c.snip(f"{cap} {credit}")
    lines.append(f'<figure class="article__media"><img src="/images/{_hex(c.rng, 16)}.jpg" alt="">'
                 f'<figcaption>{esc(cap)} <span class="article__credit">{esc(credit)}</span></figcaption>'
                 "</figure>")
    body = _blocks(c, p=lambda h: f'<p class="article__paragraph">{h}</p>',
                   heading=lambda tag, h: f'<h2 class="article__intertitle">{h}</h2>',
                   quote=lambda h: f'<blockquote class="article__quote"><p>{h}</p></blockquote>',
                   ul=('<ul class="article__list">', "</ul>"), li=lambda h: f"<li>{h}</li>")
    last = max(i for i, x in enumerate(body) if x.startswith('<p class="article__paragraph">'))
    body[last] = body[last].replace('"article__paragraph"', '"article__paragraph article__paragraph--fade"',
                                    1)
    others = c.pick_others(10)
    npara = sum(1 for x in body if x.startswith('<p class="article__paragraph'))
    inserts: list[tuple[int, str]] = []
    for k, o in zip((0, 2), others[:2], strict=False):
        if k < npara - 1:  # never after the last paragraph, which the paywall cuts
            c.snip(f"À lire aussi : {o.title}")
            inserts.append((k, f'<p class="article__paragraph"><strong>À lire aussi :</strong> '
                               f'<a href="{esc(o.path)}">{esc(o.title)}</a></p>'))
    wall = c.snip(f"Il vous reste {left} % de l'article à lire.")
    sub = c.snip("La suite de cet article est réservée aux abonnés")
    deal = c.snip("Offre numérique : 1 € le premier mois, puis 9,99 € par mois, sans engagement")
    c.snip("Déjà abonné ? Se connecter")
    topics = [place, s.section, c.stable(f"fr-topic-{s.title}").choice(FR_TOPICS)]
    deaths = c.snip(f"Consultez les avis de décès de {place} et des environs")
    c.snip("Sujets : " + " ".join(topics))
    lines += [
        '<div class="article__content">',
        *_insert_after(body, '<p class="article__paragraph">', inserts,
                       skip='<p class="article__paragraph"><strong>'),
        "</div>",
        '<div class="paywall" id="paywall">',
        f'<p class="paywall__left">{esc(wall)}</p>',
        f'<p class="paywall__title">{esc(sub)}</p>',
        f'<p class="paywall__offer">{esc(deal)}</p>',
        '<a class="paywall__button" href="/abonnement">Je m\'abonne</a>',
        '<p class="paywall__login">Déjà abonné ? <a href="/connexion">Se connecter</a></p>',
        "</div>",
        '<div class="article__tags"><span>Sujets :</span>',
        *[f'<a href="/sujet/{_aslug(x)}">{esc(x)}</a>' for x in topics],
        "</div>",
        "</article>",
        f'<section class="same-rubric"><h2>{esc(c.snip("Dans la même rubrique"))}</h2><ul>',
        *[f'<li><span class="badge">Abonnés</span> <a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>'
          for o in others[2:6]],
        "</ul></section>",
        '<aside class="most-read"><h2>Les plus lus</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[6:10]],
        "</ol></aside>",
        f'<aside class="deaths"><h2>Avis de décès</h2><p>{esc(deaths)}</p></aside>',
        "</main>",
    ]
    c.snip(" ".join(FR_FOOTER[:3]))
    lines += [
        '<footer class="footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in FR_FOOTER],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- hr-regionalni-portal ----------------------------------------------------------------------

HR_MENU = ("Naslovnica", "Vijesti", "Županija", "Crna kronika", "Sport", "Gospodarstvo", "Kultura", "Promet",
           "Oglasnik", "Osmrtnice")
HR_CAPTIONS = (
    "Sjednica gradskog vijeća održana je u utorak",
    "Radovi u središtu grada traju mjesecima",
    "Mještani su se okupili ispred zgrade općine",
    "Gradilište na ulazu u grad",
    "Arhivska fotografija s prošlogodišnje sjednice",
)
HR_AGENCIES = ("Pixsell", "HINA", "arhiva", "privatni album")
HR_FOOTER = ("Impressum", "Uvjeti korištenja", "Pravila privatnosti", "Kontakt", "Oglašavanje")


def _hr_date(dt: datetime) -> str:
    """ "07.03.2026. u 14:30"."""
    return f"{dt:%d.%m.%Y}. u {dt:%H:%M}"


def render_hr_regionalni_portal(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    c.repath(lambda o: f"/vijesti/{_hslug(o.section)}/{_hslug(o.title)[:60].strip('-')}/"
                       f"{c.stable(f'hr-{o.published}').randint(10**6, 10**7 - 1)}")
    _fit(c)
    r = c.stable(f"hr-shape-{s.title}")
    if r.random() < 0.5:
        _quotify(c)
    if r.random() < 0.5:
        _listify(c, {i for i, (tag, _) in enumerate(s.blocks) if tag == "quote"})
    dek = prose_for("hr", c.stable(f"hr-dek-{s.title}")).sentence()
    ur = c.stable(f"hr-upd-{s.title}")
    updated = d + timedelta(minutes=ur.randint(30, 500)) if ur.random() < 0.4 else None
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "description": dek,
        "datePublished": c.iso(),
        "dateModified": (updated or d).isoformat(timespec="seconds"),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "hr-HR",
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="hr">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(dek)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:description" content="{esc(dek)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>',
        "</head>",
        '<body class="single single-article">',
    ]
    if c.has("cookie"):
        lines.append(f'<div class="cookie-bar"><p>{esc(c.text("cookie"))}</p><button>Prihvaćam</button>'
                     '<a href="/pravila-privatnosti">Saznajte više</a></div>')
    dojava = c.snip("Imate dojavu? Javite nam se")
    lines += [
        '<header class="site-header">',
        f'<a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="main-nav"><ul>',
        *[f'<li><a href="/{_hslug(x)}/">{esc(x)}</a></li>' for x in HR_MENU],
        "</ul></nav>",
        f'<a class="btn-dojava" href="/dojava/">{esc(dojava)}</a>',
        "</header>",
    ]
    c.snip(" ".join(HR_MENU[:5]))
    others = c.pick_others(12)
    lines += [
        '<div class="ticker"><strong>Najnovije</strong>',
        *[f'<a href="{esc(o.path)}">{esc(c.snip(o.title))}</a>' for o in others[:3]],
        "</div>",
    ]
    author = c.snip(f"Piše: {s.author.name}")
    stamp = c.snip(f"Objavljeno: {_hr_date(d)}")
    minutes = max(2, round(_long_words(s.blocks)[1] / 200))
    lines += [
        '<main class="container"><article class="article">',
        '<div class="article-header">',
        f'<a class="category" href="/vijesti/{_hslug(s.section)}/">{esc(s.section)}</a>',
        f'<h1 class="article-title">{esc(s.title)}</h1>',
        f'<h2 class="article-subtitle">{esc(dek)}</h2>',
        '<div class="article-meta">',
        f'<span class="author">{esc(author)}</span>',
        f'<span class="date">{esc(stamp)}</span>',
    ]
    if updated:
        lines.append(f'<span class="updated">{esc(c.snip(f"Ažurirano: {_hr_date(updated)}"))}</span>')
    lines += [
        f'<span class="reading-time">{esc(c.snip(f"Vrijeme čitanja: {minutes} min"))}</span>',
        "</div></div>",
    ]
    cap = c.stable(f"hr-cap-{s.title}").choice(HR_CAPTIONS)
    ag = c.stable(f"hr-ag-{s.title}").choice(HR_AGENCIES)
    photographer = prose_for("hr", c.stable(f"hr-ph-{s.title}")).person()
    credit = f"Foto: {photographer}/{ag}" if ag == "Pixsell" else f"Foto: {ag}"
    c.snip(f"{cap} {credit}")
    lines.append(f'<figure class="featured-image"><img src="/wp-content/uploads/{d:%Y/%m}/{_hex(c.rng, 10)}'
                 f'.jpg" alt=""><figcaption>{esc(cap)} <span class="photo-credit">{esc(credit)}</span>'
                 "</figcaption></figure>")
    lines.append(_bar(c, "share-top"))
    body = _blocks(c, p=lambda h: f"<p>{h}</p>", heading=lambda tag, h: f"<h2>{h}</h2>",
                   quote=lambda h: f"<blockquote><p>{h}</p></blockquote>", ul=("<ul>", "</ul>"),
                   li=lambda h: f"<li>{h}</li>")
    read = c.stable("hr-read").choice(HR_UI["read_more"])
    inserts: list[tuple[int, str]] = []
    for k, o in zip((1, 4), others[3:5], strict=False):
        c.snip(f"{read} {o.title}")
        inserts.append((k, f'<p><strong>{esc(read)}</strong> <a href="{esc(o.path)}">{esc(o.title)}</a></p>'))
    inserts.append((2, f'<div class="ad-inarticle"><span>{esc(c.text("ad"))}</span>'
                       '<div class="ad-slot" id="div-gpt-ad-inarticle"></div></div>'))
    if c.stable(f"hr-gal-{s.title}").random() < 0.5:
        gal = c.snip(f"Pogledajte galeriju fotografija ({c.stable(f'hr-gn-{s.title}').randint(6, 40)})")
        inserts.append((3, f'<div class="gallery-teaser"><a href="#galerija">{esc(gal)}</a></div>'))
    lines += [
        '<div class="article-content">',
        *_insert_after(body, "<p>", inserts, skip="<p><strong>"),
    ]
    if c.stable("hr-aem").random() < 0.6 and c.stable(f"hr-aem-{s.title}").random() < 0.5:
        lines.append(f'<p class="aem"><em>{esc(c.snip(HR_UI["editorial"][0]))}</em></p>')
    lines.append("</div>")
    tags = [_place(c), s.section, c.stable(f"hr-tag-{s.title}").choice(
        [x for x in ("Gradsko vijeće", "Proračun", "Komunalije", "Turizam", "Promet") if x != s.section])]
    c.snip("Oznake: " + " ".join(tags))
    tip = c.snip(f"Imate li saznanja o ovoj temi? Pišite nam na dojave@{pub.host} ili nam se javite putem "
                 "WhatsAppa.")
    n_comments = c.rng.randint(0, 60)
    lines += [
        '<div class="article-tags"><span>Oznake:</span>',
        *[f'<a href="/tag/{_hslug(x)}/">{esc(x)}</a>' for x in tags],
        "</div>",
        f'<div class="dojava-box"><p>{esc(tip)}</p></div>',
        _bar(c, "share-bottom"),
        f'<section class="comments"><h3>Komentari ({n_comments})</h3><p>{esc(c.text("comments"))}</p>'
        "<button>Prijava</button></section>",
    ]
    if c.has("bio"):
        lines.append(f'<div class="author-box"><h3>O autoru</h3><p>{esc(c.bio())}</p></div>')
    lines += [
        "</article>",
        '<aside class="sidebar">',
        '<div class="widget most-read"><h3>Najčitanije</h3><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[5:9]],
        "</ol></div>",
        f'<div class="widget newsletter"><p>{esc(c.text("newsletter"))}</p><input type="email">'
        "<button>Prijavi se</button></div>",
        "</aside>",
        "</main>",
    ]
    heading, picks = c.related(3)
    lines += [
        f'<section class="related"><h3>{esc(heading)}</h3>',
        *[f'<div class="card"><a href="{esc(o.path)}">{esc(o.title)}</a></div>' for o in picks],
        "</section>",
    ]
    c.snip(" ".join(HR_FOOTER))
    lines += [
        "<footer><ul>",
        *[f'<li><a href="/{_hslug(x)}/">{esc(x)}</a></li>' for x in HR_FOOTER],
        "</ul>",
    ]
    if c.has("tagline"):
        lines.append(f'<p class="tagline">{esc(c.snip(pub.tagline))}</p>')
    lines += [
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- anz-headless-daily ------------------------------------------------------------------------

ANZ_MENU = ("Just In", "Local", "National", "World", "Business", "Sport", "Health", "Environment", "Analysis",
            "Weather")
ANZ_CAPTIONS = (
    "Emergency crews at the scene in {place} on Saturday.",
    "The site on the edge of {place} has been fenced off for weeks.",
    "Residents say they were not consulted about the plan.",
    "Councillors debated the proposal for more than three hours.",
    "The main street of {place} on a weekday morning.",
)
ANZ_FOOTER = ("About Us", "Contact Us", "Editorial Policies", "Privacy Policy", "Terms of Use",
              "Accessibility")
ANZ_TOPICS = ("Local Government", "Community and Society", "Urban Development", "Transport", "Health Policy")
_SC_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _sc(c: Ctx, role: str) -> str:
    """A styled-components class pair ("sc-bdfBwQ kZaBsQ"), the same on every page of the site."""
    r = c.stable(f"anz-sc-{role}")
    return (f"sc-{''.join(r.choice(_SC_LETTERS) for _ in range(6))} "
            f"{''.join(r.choice(_SC_LETTERS) for _ in range(6))}")


def _anz_stamp(dt: datetime) -> str:
    """ "Sat 7 Mar 2026 at 2:30pm"."""
    hour = dt.hour % 12 or 12
    return (f"{EN_DAYS3[dt.weekday()]} {dt.day} {EN_MONTHS3[dt.month - 1]} {dt.year} at {hour}:{dt:%M}"
            f"{'am' if dt.hour < 12 else 'pm'}")


def _utc_ms(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _anz_key_points(c: Ctx) -> int:
    """Put the story's "Key points" (three summary sentences of its own, tagged "kp") before its text,
    on most stories; how many."""
    s = c.story
    r = c.stable(f"anz-kp-{s.title}")
    if r.random() < 0.25:
        return 0
    eprose = prose_for("en", r)
    points: list[str] = []
    while len(points) < 3:
        x = eprose.sentence()
        if 7 <= _words(x) <= 30 and x not in points:
            points.append(x)
    s.blocks[0:0] = [("kp", x) for x in points]
    s.sentences[0:0] = [[x] for x in points]
    return len(points)


def render_anz_headless_daily(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    c.repath(lambda o: f"/news/{o.published:%Y-%m-%d}/{_aslug(o.title)[:60].strip('-')}/"
                       f"{c.stable(f'anz-{o.published}').randint(10**8, 10**9 - 1)}")
    kp = _anz_key_points(c)
    _fit(c, keep=kp + 1)
    if c.stable(f"anz-list-{s.title}").random() < 0.5:
        _listify(c, set())
    ur = c.stable(f"anz-upd-{s.title}")
    updated = d + timedelta(minutes=ur.randint(25, 720)) if ur.random() < 0.45 else None
    place = _place(c)
    lang = "en-AU" if pub.tz.startswith("Australia") else "en-NZ" if pub.tz.startswith("Pacific") else "en"
    state = {"route": "article", "contentId": c.stable(f"anz-{d}").randint(10**8, 10**9 - 1),
             "analytics": {"section": s.section.lower(), "contentType": "article"}}
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title)} \u2014 {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{_utc_ms(d)}">',
        f'<meta property="article:modified_time" content="{_utc_ms(updated or d)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="preload" as="script" href="/static/js/main.{_hex(c.stable("anz-js"), 8)}.js">',
        "</head>",
        "<body>",
        '<div id="root">',
        f'<a class="{_sc(c, "skip")}" href="#content">{esc(c.snip("Skip to main content"))}</a>',
        f'<header class="{_sc(c, "header")}"><div class="{_sc(c, "brand")}"><a href="/">{esc(pub.name)}</a>'
        "</div>",
        f'<nav class="{_sc(c, "nav")}"><ul>',
        *[f'<li class="{_sc(c, "navitem")}"><a href="/news/{_aslug(x)}">{esc(x)}</a></li>' for x in ANZ_MENU],
        "</ul></nav>",
        f'<button class="{_sc(c, "btn")}">Search</button>',
        f'<button class="{_sc(c, "btn")}">Log in</button>',
        "</header>",
    ]
    c.snip(" ".join(ANZ_MENU[:5]))
    posted = c.snip(f"Posted {_anz_stamp(d)}")
    stamp = f'<time datetime="{_utc_ms(d)}">{esc(posted)}</time>'
    if updated:
        later = c.snip(f"updated {_anz_stamp(updated)}")
        stamp += f', <time datetime="{_utc_ms(updated)}">{esc(later)}</time>'
    lines += [
        f'<main id="content" class="{_sc(c, "main")}"><article class="{_sc(c, "article")}">',
        f'<div class="{_sc(c, "topic")}"><a href="/news/topic/{_aslug(s.section)}">{esc(s.section)}</a>'
        "</div>",
        f'<h1 class="{_sc(c, "headline")}">{esc(s.title)}</h1>',
        f'<div class="{_sc(c, "byline")}"><span>By</span> <a href="/news/{_aslug(s.author.name)}/'
        f'{c.stable(s.author.name).randint(1000, 9999)}">{esc(s.author.name)}</a></div>',
        f'<div class="{_sc(c, "timestamp")}">{stamp}</div>',
    ]
    cap = c.stable(f"anz-cap-{s.title}").choice(ANZ_CAPTIONS).format(place=place)
    cr = c.stable(f"anz-cr-{s.title}")
    credit = "(Supplied)" if cr.random() < 0.25 else f"({pub.name}: {prose_for('en', cr).person()})"
    c.snip(f"{cap} {credit}")
    lines.append(f'<figure class="{_sc(c, "figure")}"><img src="/image/{_hex(c.rng, 12)}?w=940" alt="">'
                 f'<figcaption class="{_sc(c, "caption")}"><span>{esc(cap)}</span> <cite>{esc(credit)}</cite>'
                 "</figcaption></figure>")
    if kp:
        lines += [
            f'<div class="{_sc(c, "keypoints")}" data-component="KeyPoints">',
            f'<h2 class="{_sc(c, "kp-title")}">Key points:</h2>',
            f'<ul class="{_sc(c, "kp-list")}">',
            *[f'<li class="{_sc(c, "kp-item")}"><div>{esc(t)}</div></li>'
              for tag, t in s.blocks if tag == "kp"],
            "</ul></div>",
        ]
    para, sub, ad = _sc(c, "paragraph"), _sc(c, "subhead"), _sc(c, "ad")
    body = _blocks(c, p=lambda h: f'<div class="{para}" data-component="Paragraph">{h}</div>',
                   heading=lambda tag, h: f'<h2 class="{sub}" data-component="Heading">{h}</h2>',
                   quote=lambda h: f'<blockquote class="{_sc(c, "quote")}"><div>{h}</div></blockquote>',
                   ul=(f'<ul class="{_sc(c, "list")}" data-component="List">', "</ul>"),
                   li=lambda h: f'<li class="{_sc(c, "listitem")}"><div>{h}</div></li>', skip=("kp",))
    others = c.pick_others(10)
    npara = sum(1 for tag, _ in s.blocks if tag == "p")
    inserts: list[tuple[int, str]] = []
    for k, o in zip((2, 6) if npara > 7 else (1, 3), others[:2], strict=False):
        c.snip(o.title)
        inserts.append((k, f'<aside class="{_sc(c, "related")}" data-component="RelatedCard">'
                           f'<a href="{esc(o.path)}"><div class="{_sc(c, "rc-img")}"><img src="/image/'
                           f'{_hex(c.rng, 12)}?w=240" alt=""></div><div class="{_sc(c, "rc-text")}">'
                           f'<span class="{_sc(c, "rc-label")}">Related Story</span>\n'
                           f'<h3 class="{_sc(c, "rc-title")}">{esc(o.title)}</h3></div></a></aside>'))
    inserts.append((2, f'<div class="{ad}" data-component="Ad"><span>Advertisement</span></div>'))
    if c.has("ads") and npara > 8:
        inserts.append((7, f'<div class="{ad}" data-component="Ad"><span>Advertisement</span></div>'))
    if c.stable(f"anz-video-{s.title}").random() < 0.5:
        secs = c.stable(f"anz-vs-{s.title}").randint(45, 300)
        m, sec = divmod(secs, 60)
        dur = c.snip(f"Play Video. Duration: {m} minute{'s' if m != 1 else ''} "
                     f"{sec} second{'s' if sec != 1 else ''}")
        inserts.append((0, f'<div class="{_sc(c, "video")}" data-component="VideoPlayer">'
                           f'<button aria-label="Play">&#9654;</button><span>{esc(dur)}</span></div>'))
    if c.has("newsletter") and npara > 5:
        promo = c.snip(f"Get the {pub.name} morning briefing: the stories you need to know, in your inbox "
                       "before 7am.")
        inserts.append((4, f'<div class="{_sc(c, "promo")}" data-component="Newsletter"><h3>Get our morning '
                           f'news email</h3><div>{esc(promo)}</div><button>Subscribe</button></div>'))
    lines += [
        f'<div id="body" class="{_sc(c, "body")}" data-component="RichText">',
        *_insert_after(body, f'<div class="{para}"', inserts),
        "</div>",
    ]
    topics = [s.section, place, c.stable(f"anz-topic-{s.title}").choice(ANZ_TOPICS)]
    c.snip("Topics " + " ".join(topics))
    tip = c.snip(f"Got a news tip? Email the {pub.name} newsroom at tips@{pub.host}")
    lines += [
        f'<div class="{_sc(c, "topics")}"><h3>Topics</h3>\n<ul>',
        *[f'<li><a href="/news/topic/{_aslug(x)}">{esc(x)}</a></li>' for x in topics],
        "</ul></div>",
        f'<p class="{_sc(c, "tip")}">{esc(tip)}</p>',
        _bar(c, _sc(c, "share")),
        "</article>",
        f'<aside class="{_sc(c, "top-stories")}"><h2>{esc(c.snip("Top Stories from " + pub.name))}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[2:7]],
        "</ul></aside>",
        "</main>",
    ]
    if pub.tz.startswith("Australia"):
        ack = ("We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and "
               "Traditional Custodians of the lands where we live, learn, and work.")
    elif pub.tz.startswith("Pacific"):
        ack = "We acknowledge tangata whenua and the communities of Aotearoa whose stories we tell."
    else:
        ack = f"{pub.name} is an independent newsroom funded by its readers and subscribers."
    c.snip(" ".join(ANZ_FOOTER[:4]))
    lines += [
        f'<footer class="{_sc(c, "footer")}">',
        f"<p>{esc(c.snip(ack))}</p>",
        "<ul>",
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in ANZ_FOOTER],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
        "</div>",
        f'<script id="__INITIAL_STATE__" type="application/json">{json.dumps(state)}</script>',
        f'<script src="/static/js/main.{_hex(c.stable("anz-js"), 8)}.js" defer></script>',
        "</body>",
        "</html>",
    ]
    return _j(lines)


# --- aspnet-city-portal ------------------------------------------------------------------------

ASP_MENU = ("Home", "News", "Events", "Business Directory", "Classifieds", "Photo Gallery", "Weather",
            "Contact Us")
ASP_QUICK = ("Community Calendar", "Submit an Event", "School Closings", "Road Construction Updates",
             "Obituaries", "Church Directory")
ASP_EVENTS = (
    "Friends of the Library Book Sale",
    "Chamber of Commerce After Hours Mixer",
    "Spring Craft Fair at the Fairgrounds",
    "Farmers Market Opening Day",
    "City Council Work Session",
    "Blood Drive at First Baptist Church",
    "High School Band Spring Concert",
    "Rotary Club Pancake Breakfast",
)
ASP_POLLS = (
    "Should the city build a new dog park on the west side?",
    "Do you support the proposed sales tax increase?",
    "Should downtown parking meters be removed?",
    "Would you use a weekend bus service?",
)
ASP_FOOTER = ("Home", "About Us", "Advertise", "Privacy Policy", "Terms of Use", "Contact Us")
ASP_COMMENTS = (
    "About time! {s}",
    "Who is going to pay for all of this? {s}",
    "Great article, thanks for keeping us informed.",
    "I drove by there yesterday and nothing has changed. {s}",
    "{s} Just my two cents.",
    "My family has lived here for 40 years and we have never seen anything like it.",
)
ASP_USERS = ("localmom72", "jdub", "concerned_citizen", "RiverRat", "oldtimer", "bkfan2004", "TaxpayerTom",
             "westsider", "hoopsdad", "gardenlady")


def _asp_stamp(dt: datetime) -> str:
    """ASP.NET's DateTime.ToString() in en-US: "3/7/2026 2:30:00 PM"."""
    hour = dt.hour % 12 or 12
    return f"{dt.month}/{dt.day}/{dt.year} {hour}:{dt:%M}:{dt:%S} {'AM' if dt.hour < 12 else 'PM'}"


def _asp_long(dt: datetime, time: bool = True) -> str:
    """ "Saturday, March 07, 2026" (and " 2:30 PM")."""
    out = f"{EN_DAYS[dt.weekday()]}, {MONTHS['en'][dt.month - 1]} {dt:%d}, {dt.year}"
    if time:
        hour = dt.hour % 12 or 12
        out += f" {hour}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"
    return out


def _asp_para(c: Ctx, i: int) -> str:
    """A paragraph's sentences escaped, now and then two spaces ("&nbsp; ") after a full stop, as old
    editors typed them."""
    sents = c.story.sentences[i]
    if len(sents) < 2 or c.rng.random() < 0.5:
        return c.inline(c.story.blocks[i][1])
    return "".join(esc(x) + ("&nbsp; " if n < len(sents) - 1 else "") for n, x in enumerate(sents))


def render_aspnet_city_portal(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    cats = {x: n + 1 for n, x in enumerate(pub.ui("sections"))}
    c.repath(lambda o: f"/News/NewsDetail.aspx?NewsID={c.stable(f'asp-{o.published}').randint(10000, 99999)}"
                       f"&CatID={cats.get(o.section, 1)}")
    _fit(c)
    word = c.stable("asp-word").random() < 0.5  # the site's editors paste from Word
    if c.stable(f"asp-list-{s.title}").random() < 0.4:
        _listify(c, set())
    long_date = c.stable("asp-date").random() < 0.35
    served = d + timedelta(days=c.stable(f"asp-served-{s.title}").randint(0, 4))
    viewstate = "/wEPDwUKMTY" + base64.b64encode(c.rng.randbytes(180)).decode()
    vendor = c.stable("asp-vendor").choice(("Hometown", "Prairie", "Summit", "Lakeside", "Crossroads"))
    host = f"{vendor} Web Solutions"
    lines = [
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">',
        '<head id="ctl00_Head1"><title>',
        f"\t{esc(pub.name)} - {esc(s.title)}",
        '</title><link href="../App_Themes/Default/Style.css" type="text/css" rel="stylesheet" />'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
        f'<meta name="keywords" content="{esc(_place(c))}, news, community, events" /></head>',
        '<body topmargin="0" leftmargin="0">',
        f'<form name="aspnetForm" method="post" action="{esc(s.path.removeprefix("/News/"))}" '
        'id="aspnetForm">',
        "<div>",
        '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />',
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />',
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />',
        "</div>",
        '<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'aspnetForm\'];\n'
        "function __doPostBack(eventTarget, eventArgument) {\n    if (!theForm.onsubmit || "
        "(theForm.onsubmit() != false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n"
        "        theForm.submit();\n    }\n}\n//]]>\n</script>",
        '<table id="ctl00_tblMain" width="980" border="0" cellpadding="0" cellspacing="0" align="center">',
    ]
    today = c.snip(f"Today is {_asp_long(served, time=False)}")
    wr = c.stable(f"asp-w-{served.date()}")
    sky = wr.choice(("Partly Cloudy", "Sunny", "Overcast", "Light Rain"))
    weather = f"Currently {wr.randint(28, 78)}°F, {sky}"
    lines += [
        '<tr><td colspan="3" class="header">',
        f'<a id="ctl00_Header1_lnkLogo" href="../Default.aspx"><img src="../images/logo.gif" '
        f'alt="{esc(pub.name)}" border="0" /></a> <span id="ctl00_Header1_lblSiteName" class="sitename">'
        f"{esc(pub.name)}</span><br />",
        f'<span id="ctl00_Header1_lblDate" class="headerdate">{esc(today)}</span> &nbsp;|&nbsp; '
        f'<span id="ctl00_Header1_lblWeather">{esc(weather)}</span> &nbsp;|&nbsp; '
        '<span id="ctl00_Header1_lblWelcome">Welcome, Guest!</span> '
        '<a id="ctl00_Header1_lnkLogin" href="../Login.aspx">Login</a> | '
        '<a id="ctl00_Header1_lnkRegister" href="../Register.aspx">Register</a>',
        "</td></tr>",
        '<tr><td colspan="3" class="menu"><table id="ctl00_Menu1" class="ctl00_Menu1_2" cellpadding="0" '
        'cellspacing="0" border="0"><tr>',
        *[f'<td onmouseover="Menu_HoverStatic(this)" onmouseout="Menu_Unhover(this)" id="ctl00_Menu1n{n}">'
          f'<a class="ctl00_Menu1_1" href="../{x.replace(" ", "")}.aspx">{esc(x)}</a></td>'
          + ('<td style="width:3px;"></td>' if n < len(ASP_MENU) - 1 else "")
          for n, x in enumerate(ASP_MENU)],
        "</tr></table></td></tr>",
    ]
    c.snip(" ".join(ASP_MENU[:4]))
    # the left column
    er = c.stable(f"asp-ev-{served.date()}")
    events = er.sample(ASP_EVENTS, 3)
    poll = c.stable("asp-poll").choice(ASP_POLLS)
    lines += [
        '<tr><td class="leftcol" valign="top" width="180">',
        '<div class="boxhead">Quick Links</div>',
        *[f'<a id="ctl00_LeftNav1_rptLinks_ctl0{n}_lnk" href="../{x.replace(" ", "")}.aspx">{esc(x)}</a>'
          "<br />"
          for n, x in enumerate(ASP_QUICK)],
        '<div class="boxhead">Upcoming Events</div>',
    ]
    c.snip(" ".join(ASP_QUICK[:3]))
    for n, ev in enumerate(events):
        when = served + timedelta(days=3 * n + er.randint(1, 3))
        c.snip(ev)
        lines.append(f'<span id="ctl00_LeftNav1_rptEvents_ctl0{n}_lblDate" class="evdate">'
                     f"{EN_MONTHS3[when.month - 1]} {when.day}</span> - "
                     f'<a href="../Events.aspx?EventID={er.randint(100, 999)}">{esc(ev)}</a><br />')
    lines += [
        f'<div class="boxhead">Poll</div><span id="ctl00_LeftNav1_lblPoll">{esc(c.snip(poll))}</span><br />',
        '<input type="radio" name="ctl00$LeftNav1$rblPoll" value="1" />Yes<br />',
        '<input type="radio" name="ctl00$LeftNav1$rblPoll" value="2" />No<br />',
        '<input type="radio" name="ctl00$LeftNav1$rblPoll" value="3" />Not sure<br />',
        '<input type="submit" name="ctl00$LeftNav1$btnVote" value="Vote" /> '
        '<a href="../PollResults.aspx">View Results</a>',
        "</td>",
    ]
    # the content column
    p = "ctl00_ContentPlaceHolder1"
    date_text = c.snip(f"Posted: {_asp_stamp(d)}" if not long_date else _asp_long(d))
    byline = c.byline()
    lines += [
        '<td class="content" valign="top">',
        f'<span id="{p}_lblBreadcrumb" class="breadcrumb"><a href="../Default.aspx">Home</a> &gt; '
        f'<a href="NewsList.aspx">News</a> &gt; {esc(s.section)}</span><br /><br />',
        f'<span id="{p}_lblTitle" class="NewsTitle">{esc(s.title)}</span><br />',
        f'<span id="{p}_lblDate" class="NewsDate">{esc(date_text)}</span><br />',
        f'<span id="{p}_lblAuthor" class="NewsAuthor">{esc(byline)}</span><br /><br />',
    ]
    c.snip(f"Home > News > {s.section}")
    ir = c.stable(f"asp-img-{s.title}")
    if ir.random() < 0.6:
        what = ir.choice(("Crews work on the site", "The building as it looks today",
                          "Residents at the meeting"))
        who = ir.choice(("submitted", "by " + prose_for("en", ir).person(), "courtesy of the city"))
        cap = f"{what} (Photo {who})"
        c.snip(cap)
        lines.append(f'<img id="{p}_imgNews" src="../NewsImages/{ir.randint(1000, 9999)}.jpg" border="0" '
                     f'width="300" align="right" /><span id="{p}_lblCaption" class="caption">{esc(cap)}'
                     "</span>"
                     "<br /><br />")
    # the text
    parts: list[str] = []
    items: list[str] = []
    li_open = '<li class="MsoNormal">' if word else "<li>"
    for i, (tag, text) in enumerate([*s.blocks, ("end", "")]):
        if tag != "li" and items:
            parts.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            items = []
        if tag == "li":
            items.append(f"{li_open}{esc(text)}</li>")
        elif tag == "p":
            parts.append(_asp_para(c, i))
        elif tag in ("h2", "h3"):
            parts.append(f"<strong>{esc(text)}</strong>")
    if word:
        html = "\n".join(
            x if x.startswith("<ul>") else
            f'<p class="MsoNormal" style="margin: 0in 0in 0pt"><span style="font-family: Arial">{x}</span>'
            "</p>\n"
            '<p class="MsoNormal" style="margin: 0in 0in 0pt"><o:p>&nbsp;</o:p></p>'
            for x in parts
        )
    else:
        html = "\n<br /><br />\n".join(parts)
    lines.append(f'<span id="{p}_lblBody" class="NewsBody">{html}</span><br /><br />')
    c.snip("Print This Article | E-mail to a Friend | Bookmark")
    votes = c.rng.randint(0, 40)
    stars = c.rng.randint(1, 5) if votes else 0
    lines += [
        f'<table id="{p}_tblTools" class="tools"><tr><td>',
        f'<a id="{p}_lnkPrint" href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$lnkPrint\',\'\')">'
        f"Print This Article</a> | <a id=\"{p}_lnkEmail\" href=\"../EmailFriend.aspx\">E-mail to a Friend</a>"
        f' | <a id="{p}_lnkBookmark" '
        'href="javascript:window.external.AddFavorite(location.href, document.title)">'
        "Bookmark</a>",
        "</td></tr></table>",
        f'<span id="{p}_lblRate">{esc(c.snip(f"Rate this article: ({votes} votes)"))}</span>',
        *[f'<img src="../images/star_{"on" if k < stars else "off"}.gif" alt="" />' for k in range(5)],
        "<br /><br />",
    ]
    n_comments = c.rng.choice((0, 0, 1, 2, 3))
    lines.append(f'<div class="boxhead">{esc(c.snip(f"Reader Comments ({n_comments})"))}</div>')
    if n_comments:
        lines.append(f'<table id="{p}_gvComments" cellspacing="0" border="0" style="width:100%;">')
        cprose = prose_for("en", c.rng)
        for k in range(n_comments):
            when = d + timedelta(hours=c.rng.randint(1, 60), minutes=c.rng.randint(0, 59),
                                 seconds=c.rng.randint(0, 59))
            who = c.rng.choice(ASP_USERS)
            text = c.rng.choice(ASP_COMMENTS).format(s=cprose.sentence())
            head = c.snip(f"Posted by {who} on {_asp_stamp(when)}")
            c.snip(text)
            row = f"{p}_gvComments_ctl0{k + 2}"
            lines.append(f'<tr><td><span id="{row}_lblUser" class="commenthead">{esc(head)}</span><br />'
                         f'<span id="{row}_lblComment">{esc(text)}</span></td></tr>')
        lines.append("</table>")
    else:
        none = c.snip("No comments have been posted yet. Be the first!")
        lines.append(f'<span id="{p}_lblNoComments">{esc(none)}</span><br />')
    rules = c.snip(f"Comments are the opinions of their authors and not of {pub.name}.")
    lines += [
        f'<div class="boxhead">Post a Comment</div><span class="small">{esc(rules)}</span><br />',
        f'Name: <input name="ctl00$ContentPlaceHolder1$txtName" type="text" id="{p}_txtName" /><br />',
        f'Comment: <textarea name="ctl00$ContentPlaceHolder1$txtComment" rows="4" cols="40" '
        f'id="{p}_txtComment"></textarea><br />',
        f'<img src="../CaptchaImage.axd?guid={_hex(c.rng, 32)}" alt="" /> Enter the code shown: '
        f'<input name="ctl00$ContentPlaceHolder1$txtCaptcha" type="text" id="{p}_txtCaptcha" /><br />',
        f'<input type="submit" name="ctl00$ContentPlaceHolder1$btnSubmit" value="Submit Comment" '
        f'id="{p}_btnSubmit" /><br /><br />',
    ]
    others = c.pick_others(6)
    lines.append('<div class="boxhead">Other Headlines</div>')
    for n, o in enumerate(others):
        c.snip(o.title)
        lines.append(f'<a id="{p}_rptOther_ctl0{n}_lnkHeadline" href="{esc(o.path)}">'
                     f"{esc(o.title)}</a> <span class=\"small\">({o.published.month}/{o.published.day}/"
                     f"{o.published.year})</span><br />")
    lines.append("</td>")
    # the right column and the footer
    enews = c.snip("Enter your e-mail address to receive our free E-News alerts:")
    reach = c.snip(f"Reach thousands of {_place(c)} readers every day. Call for rates.")
    lines += [
        '<td class="rightcol" valign="top" width="160">',
        f'<div class="boxhead">E-News Sign Up</div><span id="ctl00_RightNav1_lblENews">{esc(enews)}</span>'
        "<br />",
        '<input name="ctl00$RightNav1$txtEmail" type="text" id="ctl00_RightNav1_txtEmail" /><br />',
        '<input type="submit" name="ctl00$RightNav1$btnSubscribe" value="Subscribe" /><br /><br />',
        '<a href="../Advertise.aspx"><img src="../images/ads/advertise_here.gif" alt="Advertise With Us" '
        'border="0" /></a><br />',
        f'<span class="small">{esc(reach)}</span>',
        "</td></tr>",
    ]
    c.snip(" | ".join(ASP_FOOTER[:4]))
    lines += [
        '<tr><td colspan="3" class="footer">',
        " | ".join(f'<a href="../{x.replace(" ", "")}.aspx">{esc(x)}</a>' for x in ASP_FOOTER) + "<br />",
        f"{esc(c.snip(f'Copyright © 2003-{d.year} {pub.name}. All Rights Reserved.'))}<br />",
        f"{esc(c.snip('Best viewed with Internet Explorer 6.0 or higher at 1024 x 768 resolution.'))}<br />",
        f"{esc(c.snip(f'Web site design and hosting by {host}'))}",
        "</td></tr>",
        "</table>",
        "</form>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "fr-regional-abonnes": render_fr_regional_abonnes,
    "hr-regionalni-portal": render_hr_regionalni_portal,
    "anz-headless-daily": render_anz_headless_daily,
    "aspnet-city-portal": render_aspnet_city_portal,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402

from pipeline.synth.kiln_families import _fit  # noqa: E402
from pipeline.synth.kit import (  # noqa: E402
    _aslug,
    _hex,
    _insert_after,
    _paras,
    _place,
    register_language,
)
from pipeline.synth.kit import _share_bar as _bar  # noqa: E402
from pipeline.synth.prose import places, prose_for  # noqa: E402
from pipeline.synth.publishers import MONTHS, Ctx, Story, _j, _words, esc  # noqa: E402
from pipeline.synth.shed_families import _listify, _quotify  # noqa: E402

# Croatian joins the registries (new keys only)
register_language(
    "hr",
    first_names=HR_FIRST_M + HR_FIRST_F,
    surnames=HR_SURNAMES,
    prose=CroatianProse,
    ui=HR_UI,
    months=HR_MONTHS,
    zones=HR_ZONES,
    place_forms=HR_PLACE_FORMS,
)
