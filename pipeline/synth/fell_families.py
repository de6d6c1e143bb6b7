"""Four FELL template families for the synthetic publishers (see `pipeline.synth.publishers`).

"fell" is a thirtieth split, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `FELL_FAMILIES`: the fell families are
generated only by `generate_corpus("fell")`, so every other corpus is as it was. The split is that of
scripts with their own punctuation, three of them without letter case (Georgian Mkhedruli, Ge'ez,
Bengali; Armenian has capitals, and its own full stop and question mark). This module brings four
new languages, each with its grammar, names, UI strings, month names and zone, added to the
registries of `pipeline.synth.prose` and `pipeline.synth.publishers` when the module is loaded
(`kit.register_language`, new keys only; nothing another language uses changes):
  * Georgian ("ka", `GeorgianProse`): the aorist with its subject in the ergative ("მერიამ
    დაამტკიცა", "მაცხოვრებლებმა გააპროტესტეს": the verb plural with a plural subject) and the
    object in the nominative; headlines subject-object-verb; quotes in „…“ closed with "— ამბობს"
    (present, the speaker in the nominative); towns with their genitive ("-ის") and locative
    ("-ში"); `ka_latin` writes Mkhedruli in Latin letters (the national system) for URL slugs;
  * Armenian ("hy", `ArmenianProse`): the aorist agreeing in number with a definite subject
    ("Ավագանին հաստատեց", "Բնակիչները մերժեցին"), the full stop "։" (U+0589), the question mark
    "՞" on the stressed word ("Ինչո՞ւ է ..."), «…» quotes closed with "— ասաց" and the name with
    its article ("Պետրոսյանը"), "՝" after a lead-in ("Քաղաքապետարանի տեղեկացմամբ՝ ...");
  * Amharic ("am", `AmharicProse`): subject-object-verb, the definite object with "-ን" ("አዲሱን
    በጀት"), the perfect agreeing with a plural subject ("አጸደቀ" / "አጸደቁ"), "።" and "፣" and "፤",
    quotes «…» with "ብለዋል" and "፦" before a headline's quote; `ethiopian` converts to the
    Ethiopian calendar (years "ዓ.ም.");
  * Bengali ("bn", `BengaliProse`): subject-object-verb with "করেছে" for an institution and the
    honorific "করেছেন" for people, the object in the genitive for "বিরোধিতা"/"সমালোচনা", headlines
    with the verb before the subject ("... অনুমোদন করল সিটি করপোরেশন"), the danda "।", Bengali
    digits; `bn_latin` writes Bengali in Latin letters for URL slugs.
Each grammar's `place()` gives a Latin-letter brand word, which is all the publisher's name takes
from it (these sites carry a Latin brand and an ASCII host, as ambebi.ge, news.am or prothomalo.com
do); their text's towns come from `city()`.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a bulleted list inside the text is body, one line per item; a photo's
caption and credit are boilerplate; a standfirst under the headline is neither body nor
boilerplate; "read also" lines and ad labels amid the text are boilerplate. The choices each family
makes for the debatable parts:
  * ka-ambebi-portal: the bold lead under the headline (<p class="lead">, on the PHP portal's
    sites) is neither; the text, its subheadings and a list are body; the author line ("ავტორი:
    name") and the views count are neither (too short); the currency-rate strip, the menu, the
    photo's caption with its "ფოტო:" credit, "თეგები:" with the tags, the share buttons, the
    Facebook comments widget's notice, the "მსგავსი სიახლეები" headlines, "ყველაზე კითხვადი ამ
    კვირაში" with its headlines, the disclaimer and the footer are boilerplate;
  * hy-lratvakan-site: the text (sentences ending in "։"), subheadings (some asking with "՞") and
    a list are body; the author line and the "Լրահոս" heading are neither (too short); the menu,
    the "Լրահոս" feed's headlines, the photo's caption with "Լուսանկարը՝", "Թեգեր՝" with the tags,
    the Telegram call, the share bar, the "Նման նյութեր" headlines, the copyright, the reuse
    notice and the footer are boilerplate; there is no standfirst;
  * am-zena-site: the excerpt under the headline (<p class="excerpt">, on the custom CMS's sites)
    is neither; the text, its subheadings and a list are body; the reporter line ("ዘጋቢ፦ name")
    is neither (too short); the menu, the "ሰበር ዜና" ticker's headlines, the photo's caption with
    "ፎቶ፦", the Telegram call, the share bar, the "ተዛማጅ ዜናዎች" headlines, the WordPress comment
    form's notice, the "በብዛት የተነበቡ" headlines, the about line and the footer are boilerplate;
  * bn-khobor-portal: the text (sentences ending in "।"), <h2> subheadings and a list are body;
    the "আরও পড়ুন" lines amid the text (the label and a headline) and the photo captions with
    "ছবি:" (one in the text on some sites) are boilerplate, as are the header's date line, the
    menu, the byline ("name, desk, city"), the Google News and app calls, the share bar,
    "সর্বাধিক পঠিত" headlines, the editor and address lines and the footer; the "বিজ্ঞাপন" label
    and the "আপডেট:" time are neither (too short); there is no standfirst.

Families (language; date source):
  fell  ka-ambebi-portal        ka; <meta property="article:published_time"> (PHP portal) or a
                                <time datetime> (Laravel portal), JSON-LD NewsArticle
                                datePublished, with +04:00, and the visible "7 მარტი, 2026
                                14:30"; paths /news/<6 digits>-<Latin slug (`ka_latin`)>;
                                <title> "T - Site" or "T | Site"
  fell  hy-lratvakan-site       hy; a <time datetime> around "մարտի 7, 2026, 14:30" or
                                <meta property="article:published_time"> and "2026 թ. մարտի 7,
                                14:30", JSON-LD datePublished, +04:00; paths
                                /hy/news/<yyyy>/<mm>/<dd>/<6 digits>/; <title> "T | Site" or
                                "Site - T"
  fell  am-zena-site            am; JSON-LD datePublished and <meta
                                property="article:published_time"> with +03:00, the visible
                                Ethiopian date "ቅዳሜ፣ የካቲት 28 ቀን 2018 ዓ.ም." (custom CMS, paths
                                /am/news/<5-6 digits>) or WordPress's <time class="entry-date
                                published" datetime> around "የካቲት 28, 2018" (paths /?p=<4-5
                                digits>); <title> "T - Site" or "T &#8211; Site" (an en dash)
  fell  bn-khobor-portal        bn; JSON-LD datePublished (and dateModified) with +06:00, <meta
                                property="article:published_time"> on some sites, the visible
                                "প্রকাশ: ০৭ মার্চ ২০২৬, ১৪:৩০" in Bengali digits (and "আপডেট:
                                ..." later); paths /<section>/article/<6-7 digits>/<Latin slug
                                (`bn_latin`)>; <title> "T | Site" or "T - Site"

Every renderer gives every story of its publisher the platform's own URL on first use, and may turn
one middle paragraph into a list, keeping the body within 14 lines and 250-900 words, so `body`,
taken from the story after rendering, has it. All four have site names of their own
(`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

import random
import re
import unicodedata

from pipeline.synth.prose import Prose, _w

FAMILIES: dict[str, str] = {
    "ka-ambebi-portal": "fell",
    "hy-lratvakan-site": "fell",
    "am-zena-site": "fell",
    "bn-khobor-portal": "fell",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "ka-ambebi-portal": "ka",
    "hy-lratvakan-site": "hy",
    "am-zena-site": "am",
    "bn-khobor-portal": "bn",
}
# Latin brands ("{p}" is the grammar's `place()`), so the host names are ASCII
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "ka-ambebi-portal": ("{p}.ge", "{p} News", "{p}Press", "{p} Info", "Ambebi {p}", "{p} 24"),
    "hy-lratvakan-site": ("{p}.am", "{p} News", "{p}Press", "{p} Media", "{p} Lur", "{p} Info"),
    "am-zena-site": ("{p} Zena", "{p} News", "{p} Times", "{p} Press", "{p} Media", "{p} Post"),
    "bn-khobor-portal": ("{p} Khobor", "Dainik {p}", "{p} News 24", "{p} Barta", "Bangla {p}", "{p} Sangbad"),
}


def _lc(text: str) -> str:
    """The text with its first letter small (an Armenian subject inside a sentence)."""
    return text[:1].lower() + text[1:]


def hy_article(text: str) -> str:
    """Armenian text with the definite article "-ը" written "-ն" before a word starting with a vowel
    ("նախարարությունն այսօր", "ծրագիրն ու")."""
    return re.sub(r"ը (?=[աեէըիոօևԱԵԷԸԻՈՕ])", "ն ", text)


# --- Georgian ------------------------------------------------------------------------------------

KA_FIRST = _w("""გიორგი დავით ლევან ნიკა ირაკლი ზურაბ გიგა ლაშა თორნიკე ბექა ნინო თამარ მარიამ ანა
    ეკატერინე ნათია სალომე მაკა ქეთევან ლიკა""")
KA_SURNAMES = _w("""ბერიძე კაპანაძე გელაშვილი მაისურაძე ლომიძე ჯაფარიძე ხარაიშვილი ცინცაძე გოგოლაძე
    ქავთარაძე ნოზაძე ბაქრაძე კვარაცხელია ჩიქოვანი ბოლქვაძე დოლიძე ტაბატაძე მჭედლიშვილი""")
KA_BRANDS = _w(
    "Alioni Mziuri Iveria Kolkheti Tsiskari Aragvi Likhi Ertoba Dilis Mtiebi Kartli Rioni Psou Tao"
)
KA_CITIES = _w("""თბილისი ქუთაისი ბათუმი რუსთავი ზუგდიდი გორი ფოთი თელავი ზესტაფონი ოზურგეთი ხაშური
    სამტრედია ახალციხე მცხეთა ქობულეთი""")
# (the subject in the ergative, plural)
KA_AGENTS: tuple[tuple[str, bool], ...] = (
    ("მერიამ", False),
    ("საკრებულომ", False),
    ("მთავრობამ", False),
    ("ინფრასტრუქტურის სამინისტრომ", False),
    ("განათლების სამინისტრომ", False),
    ("პოლიციამ", False),
    ("ოპოზიციამ", False),
    ("მერმა", False),
    ("საავტომობილო გზების დეპარტამენტმა", False),
    ("აუდიტის სამსახურმა", False),
    ("ადგილობრივმა მაცხოვრებლებმა", True),
    ("საკრებულოს წევრებმა", True),
    ("მეწარმეებმა", True),
    ("მშობლებმა", True),
)
# (aorist with a singular subject, with a plural one)
KA_VERBS: tuple[tuple[str, str], ...] = (
    ("დაამტკიცა", "დაამტკიცეს"),
    ("უარყო", "უარყვეს"),
    ("გადადო", "გადადეს"),
    ("შეაჩერა", "შეაჩერეს"),
    ("გააკრიტიკა", "გააკრიტიკეს"),
    ("წარადგინა", "წარადგინეს"),
    ("განიხილა", "განიხილეს"),
    ("გააპროტესტა", "გააპროტესტეს"),
    ("შეისწავლა", "შეისწავლეს"),
    ("მოითხოვა", "მოითხოვეს"),
)
KA_OBJECTS = (
    "ახალი ბიუჯეტი",
    "ქალაქის განვითარების გეგმა",
    "შემოვლითი გზის პროექტი",
    "ახალი სკოლის მშენებლობა",
    "საზოგადოებრივი ტრანსპორტის რეფორმა",
    "ცენტრალური პარკის რეაბილიტაცია",
    "წყალმომარაგების პროექტი",
    "ავტოსადგომების ახალი წესი",
    "ქონების გადასახადის ზრდა",
    "ახალი საავადმყოფოს პროექტი",
    "ბაზრის რეკონსტრუქცია",
    "ნაგვის გატანის ტენდერი",
    "ხიდის რემონტი",
    "საბავშვო ბაღის მშენებლობა",
)
KA_TIMES = (
    "სამშაბათს",
    "გუშინ",
    "ამ კვირაში",
    "ხანგრძლივი დისკუსიის შემდეგ",
    "ერთხმად",
    "საბოლოოდ",
    "წინა კვირას",
    "დღეს",
    "რიგგარეშე სხდომაზე",
)
KA_SOURCES = ("ოფიციალური ინფორმაციით,", "ჩვენი ინფორმაციით,", "წყაროების თანახმად,", "რედაქციის ცნობით,")
KA_ROLES = (
    "ქალაქის მერი",
    "საკრებულოს თავმჯდომარე",
    "საკრებულოს წევრი",
    "მერიის პრესსამსახურის ხელმძღვანელი",
    "ადგილობრივი მცხოვრები",
    "სკოლის დირექტორი",
    "არქიტექტორი",
    "მინისტრის მოადგილე",
)
KA_SAYINGS = (
    "ეს ინვესტიცია მთელ ქალაქს მოემსახურება",
    "მოსახლეობას მარტო არ დავტოვებთ",
    "სამუშაოები გრაფიკის მიხედვით მიმდინარეობს",
    "მოსახლეობას მოთმინებისკენ მოვუწოდებთ",
    "ამ გადაწყვეტილებას წლების განმავლობაში ველოდით",
    "თანხა გამოყოფილია, ახლა საქმე უნდა დაიწყოს",
    "არავის აუხსნია, რა ბედი ეწევა ოჯახებს",
    "ეს სწორი და გაბედული გადაწყვეტილებაა",
)
KA_SUBHEADS = (
    "რა ხდება შემდეგ?",
    "მოსახლეობის რეაქცია",
    "რა ეღირება პროექტი?",
    "ძველი დავა",
    "ოპოზიციის პოზიცია",
    "დეტალები",
    "ვადები",
    "ღია კითხვები",
)
KA_MONTHS = _w(
    "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი"
)


def ka_genitive(town: str) -> str:
    """ "თბილისი" -> "თბილისის", "მცხეთა" -> "მცხეთის", "ახალციხე" -> "ახალციხის"."""
    return (town[:-1] if town.endswith(("ი", "ა", "ე")) else town) + "ის"


def ka_locative(town: str) -> str:
    """ "თბილისი" -> "თბილისში", "მცხეთა" -> "მცხეთაში"."""
    return (town[:-1] if town.endswith("ი") else town) + "ში"


class GeorgianProse(Prose):
    """Georgian local news: the subject in the ergative with the aorist (plural with a plural
    subject), the object in the nominative; headlines subject-object-verb."""

    lang = "ka"

    def person(self) -> str:
        return f"{self.rng.choice(KA_FIRST)} {self.rng.choice(KA_SURNAMES)}"

    def place(self) -> str:
        """The site-name word (Latin letters); the text's towns are `city()`."""
        return self.rng.choice(KA_BRANDS)

    def city(self) -> str:
        return self.rng.choice(KA_CITIES)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, plural = rng.choice(KA_AGENTS)
        verb = rng.choice(KA_VERBS)[plural]
        when = f" {rng.choice(KA_TIMES)}" if time else ""
        return f"{agent}{when} {verb} {rng.choice(KA_OBJECTS)}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"„{rng.choice(KA_SAYINGS)}“, — ამბობს {rng.choice(KA_ROLES)} {self.person()}."
        if r < 0.25:
            return f"{rng.choice(KA_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            conj = rng.choice((", თუმცა", ", ხოლო", " და", ", ამიტომ"))
            return f"{self.clause(time=rng.random() < 0.4)}{conj} {self.clause()}."
        if r < 0.46:
            return f"მიუხედავად იმისა, რომ {self.clause()}, {self.clause(time=True)}."
        if r < 0.6:
            return rng.choice(
                (
                    f"პროექტის ღირებულება {rng.randint(3, 240)} მილიონ ლარს შეადგენს.",
                    f"სამუშაოები დაახლოებით {rng.randint(4, 30)} თვე გაგრძელდება.",
                    f"გადაწყვეტილებას მხარი {rng.randint(18, 40)} დეპუტატმა დაუჭირა.",
                    f"პეტიციას უკვე {10 * rng.randint(30, 900)} ადამიანმა მოაწერა ხელი.",
                    f"ხარჯების {rng.randint(2, 8)}0 პროცენტს სახელმწიფო ბიუჯეტი დაფარავს.",
                    f"პროექტის დასრულება {rng.randint(2027, 2030)} წლისთვის იგეგმება.",
                )
            )
        if r < 0.72:
            return f"{ka_genitive(self.city())} მერიის ცნობით, {self.clause()}."
        if r < 0.86:
            return rng.choice(
                (
                    f"{ka_genitive(self.city())} მოსახლეობა ამ გადაწყვეტილებას წლებია ელოდება.",
                    f"ეს პირველი შემთხვევა არ არის, როცა {self.clause()}.",
                    f"მსგავსი ვითარება ცოტა ხნის წინ {ka_locative(self.city())}ც დაფიქსირდა.",
                    f"{ka_locative(self.city())} ვითარება ჯერჯერობით უცვლელია.",
                    "საკითხი მომავალ თვეს საკრებულოს სხდომაზე კვლავ განიხილება.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, plural = rng.choice(KA_AGENTS)
        head = f"{agent} {rng.choice(KA_OBJECTS)} {rng.choice(KA_VERBS)[plural]}"
        if r < 0.35:
            return f"{ka_locative(self.city())} {head}"
        if r < 0.75:
            return head
        if r < 0.88:
            return f"{ka_genitive(self.city())} საკრებულომ {rng.choice(KA_OBJECTS)} {rng.choice(KA_VERBS)[0]}"
        return f"{self.person()}: „{rng.choice(KA_SAYINGS)}“"

    def subheading(self) -> str:
        return self.rng.choice(KA_SUBHEADS)


KA_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "მთავარი",
        "პოლიტიკა",
        "ეკონომიკა",
        "საზოგადოება",
        "სამართალი",
        "მსოფლიო",
        "სპორტი",
        "კულტურა",
        "ჯანმრთელობა",
        "რეგიონები",
        "ვიდეო",
    ),
    "sections": ("საზოგადოება", "ეკონომიკა", "პოლიტიკა", "რეგიონები", "განათლება", "ჯანმრთელობა"),
    "related": ("მსგავსი სიახლეები",),
    "read_more": ("ასევე წაიკითხეთ:",),
    "by": ("ავტორი:",),
    "desks": ("ჟურნალისტი", "რედაქტორი", "რეგიონული კორესპონდენტი"),
    "share": ("გააზიარეთ სიახლე", "გაუზიარეთ მეგობრებს"),
    "share_sites": ("Facebook", "Messenger", "X", "Telegram", "WhatsApp", "ბმულის კოპირება"),
    "newsletter": ("გამოიწერეთ ჩვენი სიახლეები და მიიღეთ მთავარი ამბები ყოველ დილით",),
    "comments": (
        "კომენტარის დასატოვებლად გაიარეთ ავტორიზაცია Facebook-ის საშუალებით",
        "რედაქცია არ არის პასუხისმგებელი მკითხველის კომენტარების შინაარსზე",
    ),
    "cookie": ("საიტი იყენებს ქუქი-ფაილებს თქვენი გამოცდილების გასაუმჯობესებლად",),
    "ad": ("რეკლამა",),
    "copyright": ("© {year} {name}. ყველა უფლება დაცულია.", "ყველა უფლება დაცულია © {name} {year}"),
    "disclaimer": ("საიტზე განთავსებული მასალების გამოყენება წყაროს მითითების გარეშე აკრძალულია",),
    "tagline": ("დამოუკიდებელი საინფორმაციო პორტალი {since} წლიდან",),
    "bio": ("{author} — {name}-ის ჟურნალისტი {since2} წლიდან, წერს თემაზე: {beat}.",),
    "beats": ("ადგილობრივი თვითმმართველობა", "ტრანსპორტი", "განათლება", "ჯანდაცვა", "გარემო"),
    "editorial": ("მასალა მომზადებულია {name}-ის სპეციალური პროექტის ფარგლებში.",),
    "classified": ("ქირავდება ოროთახიანი ბინა ქალაქის ცენტრში, ახალი რემონტით.",),
    "subscribe": ("გამოიწერეთ ჩვენი Telegram არხი",),
}

_KA_LATIN = dict(
    zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        _w("a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h"),
        strict=True,
    )
)


def ka_latin(text: str) -> str:
    """Georgian in Latin letters (the national system without apostrophes: "ახალი ბიუჯეტი" ->
    "akhali biujeti"); other characters are kept."""
    return "".join(_KA_LATIN.get(ch, ch) for ch in text)


# --- Armenian ------------------------------------------------------------------------------------

HY_FIRST = _w("""Տիգրան Արմեն Դավիթ Հայկ Արամ Գևորգ Նարեկ Սամվել Աշոտ Վահե Անի Լուսինե Մարիամ Աննա
    Նարինե Գայանե Սոնա Լիլիթ Արմինե Հասմիկ""")
HY_SURNAMES = _w("""Պետրոսյան Հովհաննիսյան Սարգսյան Գրիգորյան Հարությունյան Կարապետյան Ավետիսյան
    Մկրտչյան Ղազարյան Մանուկյան Աբրահամյան Վարդանյան Ստեփանյան Խաչատրյան Դավթյան""")
HY_BRANDS = _w("Masis Arev Aghbyur Zartonk Ayb Tsayg Aniv Shant Hayk Nairi Vardan Erebuni Garni Lori")
# (nominative, genitive, locative)
HY_CITIES = tuple(
    (x, x + "ի", x + "ում")
    for x in _w(
        "Երևան Գյումրի Վանաձոր Աբովյան Կապան Հրազդան Արմավիր Արտաշատ Գավառ Իջևան Սևան Գորիս Աշտարակ Դիլիջան"
    )
)
# (the definite subject, plural)
HY_AGENTS: tuple[tuple[str, bool], ...] = (
    ("Քաղաքապետարանը", False),
    ("Ավագանին", False),
    ("Կառավարությունը", False),
    ("Տարածքային կառավարման և ենթակառուցվածքների նախարարությունը", False),
    ("Առողջապահության նախարարությունը", False),
    ("Ոստիկանությունը", False),
    ("Ընդդիմությունը", False),
    ("Քաղաքապետը", False),
    ("Մարզպետարանը", False),
    ("Քաղաքաշինության կոմիտեն", False),
    ("Բնակիչները", True),
    ("Ավագանու անդամները", True),
    ("Ծնողները", True),
    ("Գործարարները", True),
)
HY_VERBS: tuple[tuple[str, str], ...] = (
    ("հաստատեց", "հաստատեցին"),
    ("մերժեց", "մերժեցին"),
    ("հետաձգեց", "հետաձգեցին"),
    ("կասեցրեց", "կասեցրին"),
    ("քննարկեց", "քննարկեցին"),
    ("ներկայացրեց", "ներկայացրին"),
    ("քննադատեց", "քննադատեցին"),
    ("պահանջեց", "պահանջեցին"),
    ("ուսումնասիրեց", "ուսումնասիրեցին"),
    ("վերանայեց", "վերանայեցին"),
)
# (the definite object, plural)
HY_OBJECTS: tuple[tuple[str, bool], ...] = (
    ("նոր բյուջեն", False),
    ("քաղաքի զարգացման ծրագիրը", False),
    ("շրջանցիկ ճանապարհի նախագիծը", False),
    ("նոր դպրոցի կառուցումը", False),
    ("հասարակական տրանսպորտի բարեփոխումը", False),
    ("կենտրոնական այգու վերանորոգումը", False),
    ("ջրամատակարարման ծրագիրը", False),
    ("կայանատեղիների նոր կանոնները", True),
    ("գույքահարկի բարձրացումը", False),
    ("նոր հիվանդանոցի նախագիծը", False),
    ("շուկայի վերակառուցումը", False),
    ("աղբահանության մրցույթի արդյունքները", True),
    ("կամրջի վերանորոգումը", False),
    ("մանկապարտեզի կառուցումը", False),
)
HY_TIMES = (
    "երեքշաբթի",
    "երեկ",
    "այս շաբաթ",
    "երկար քննարկումներից հետո",
    "միաձայն",
    "վերջապես",
    "անցյալ շաբաթ",
    "այսօր",
    "արտահերթ նիստում",
)
HY_SOURCES = (
    "Քաղաքապետարանի տեղեկացմամբ՝",
    "Մեր տեղեկություններով՝",
    "Պաշտոնական տվյալներով՝",
    "Աղբյուրների փոխանցմամբ՝",
)
HY_ROLES = (
    "քաղաքապետ",
    "ավագանու անդամ",
    "քաղաքապետարանի խոսնակ",
    "թաղապետ",
    "դպրոցի տնօրեն",
    "բնակիչ",
    "ճարտարապետ",
    "նախարարի տեղակալ",
)
HY_SAYINGS = (
    "Սա ներդրում է, որը կծառայի ողջ քաղաքին",
    "Մենք բնակիչներին մենակ չենք թողնի",
    "Աշխատանքներն ընթանում են ըստ ժամանակացույցի",
    "Խնդրում ենք բնակիչներից համբերություն",
    "Այս որոշմանը տարիներ շարունակ սպասել ենք",
    "Գումարը հատկացված է, այժմ պետք է գործել",
    "Ոչ ոք մեզ չի բացատրել, թե ինչ է լինելու ընտանիքների հետ",
    "Սա ճիշտ և համարձակ որոշում է",
    "Ո՞վ է պատասխան տալու այս ամենի համար",
)
HY_SUBHEADS = (
    "Ի՞նչ է լինելու հետո",
    "Բնակիչների արձագանքը",
    "Որքա՞ն կարժենա նախագիծը",
    "Հին վեճ",
    "Ընդդիմության դիրքորոշումը",
    "Մանրամասներ",
    "Ժամկետները",
    "Ի՞նչ են ասում բնակիչները",
)
HY_MONTHS = _w(
    "հունվար փետրվար մարտ ապրիլ մայիս հունիս հուլիս օգոստոս սեպտեմբեր հոկտեմբեր նոյեմբեր դեկտեմբեր"
)


class ArmenianProse(Prose):
    """Armenian local news: a definite subject, the aorist agreeing with it in number, the definite
    object; the full stop "։", "՞" on a question's stressed word, «…» quotes with "ասաց"."""

    lang = "hy"

    def person(self) -> str:
        return f"{self.rng.choice(HY_FIRST)} {self.rng.choice(HY_SURNAMES)}"

    def place(self) -> str:
        """The site-name word (Latin letters); the text's towns are `city()`."""
        return self.rng.choice(HY_BRANDS)

    def city(self) -> tuple[str, str, str]:
        return self.rng.choice(HY_CITIES)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, plural = rng.choice(HY_AGENTS)
        when = f" {rng.choice(HY_TIMES)}" if time else ""
        return f"{agent}{when} {rng.choice(HY_VERBS)[plural]} {rng.choice(HY_OBJECTS)[0]}"

    def sentence(self) -> str:
        return hy_article(self._sentence())

    def _sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"«{rng.choice(HY_SAYINGS)}», — ասաց {rng.choice(HY_ROLES)} {self.person()}ը։"
        if r < 0.25:
            return f"{rng.choice(HY_SOURCES)} {_lc(self.clause(time=rng.random() < 0.6))}։"
        if r < 0.38:
            conj = rng.choice((", սակայն", ", իսկ", " և", ", ուստի"))
            return f"{self.clause(time=rng.random() < 0.4)}{conj} {_lc(self.clause())}։"
        if r < 0.46:
            return f"Թեև {_lc(self.clause())}, {_lc(self.clause(time=True))}։"
        if r < 0.6:
            return rng.choice(
                (
                    f"Նախագծի արժեքը գնահատվում է {rng.randint(2, 90)} միլիարդ դրամ։",
                    f"Աշխատանքները կտևեն մոտ {rng.randint(4, 30)} ամիս։",
                    f"Որոշմանը կողմ է քվեարկել ավագանու {rng.randint(9, 40)} անդամ։",
                    f"Ստորագրահավաքին արդեն միացել է {10 * rng.randint(30, 900)} մարդ։",
                    f"Ծախսերի {rng.randint(2, 8)}0 տոկոսը կֆինանսավորի պետությունը։",
                    f"Նախագիծը նախատեսվում է ավարտել մինչև {rng.randint(2027, 2030)} թվականը։",
                )
            )
        if r < 0.72:
            obj, plural = rng.choice(HY_OBJECTS)
            return f"Ինչո՞ւ {'են' if plural else 'է'} {obj} նորից ձգձգվում, հարցնում են բնակիչները։"
        if r < 0.86:
            return rng.choice(
                (
                    f"{self.city()[1]} բնակիչները տարիներ շարունակ սպասում էին այս որոշմանը։",
                    f"Սա առաջին դեպքը չէ, երբ {_lc(self.clause())}։",
                    f"Նմանատիպ իրավիճակ վերջերս արձանագրվել էր նաև {self.city()[2]}։",
                    f"{self.city()[2]} իրավիճակը դեռևս չի փոխվել։",
                    "Հարցը կրկին կքննարկվի ավագանու հաջորդ նիստում։",
                )
            )
        return f"{self.clause(time=True)}։"

    def title(self) -> str:
        return hy_article(self._title())

    def _title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, plural = rng.choice(HY_AGENTS)
        head = f"{agent} {rng.choice(HY_VERBS)[plural]} {rng.choice(HY_OBJECTS)[0]}"
        if r < 0.3:
            return f"{self.city()[2]} {_lc(head)}"
        if r < 0.65:
            return head
        if r < 0.85:
            obj, plural = rng.choice(HY_OBJECTS)
            return f"Ինչո՞ւ {'են' if plural else 'է'} {obj} կրկին հետաձգվում"
        return f"{self.person()}. «{rng.choice(HY_SAYINGS)}»"

    def subheading(self) -> str:
        return self.rng.choice(HY_SUBHEADS)


HY_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Գլխավոր",
        "Քաղաքականություն",
        "Տնտեսություն",
        "Հասարակություն",
        "Մարզեր",
        "Աշխարհ",
        "Սպորտ",
        "Մշակույթ",
        "Առողջություն",
        "Տեսանյութեր",
        "Կրթություն",
    ),
    "sections": (
        "Հասարակություն",
        "Տնտեսություն",
        "Քաղաքականություն",
        "Մարզեր",
        "Կրթություն",
        "Առողջություն",
    ),
    "related": ("Նման նյութեր",),
    "read_more": ("Կարդացեք նաև՝",),
    "by": ("Հեղինակ՝",),
    "desks": ("թղթակից", "խմբագիր", "մարզային թղթակից"),
    "share": ("Կիսվել", "Կիսվել ընկերների հետ"),
    "share_sites": ("Facebook", "X", "Telegram", "WhatsApp", "Viber", "Պատճենել հղումը"),
    "newsletter": ("Բաժանորդագրվեք մեր տեղեկագրին՝ օրվա կարևոր լուրերը ստանալու համար",),
    "comments": ("Մեկնաբանությունները հրապարակվում են խմբագրության հաստատումից հետո",),
    "cookie": ("Կայքը օգտագործում է թխուկներ՝ ձեր փորձառությունը բարելավելու համար",),
    "ad": ("Գովազդ",),
    "copyright": ("© {year} {name}։ Բոլոր իրավունքները պաշտպանված են։",),
    "disclaimer": ("Կայքի նյութերի ամբողջական կամ մասնակի օգտագործման դեպքում ակտիվ հղումը պարտադիր է։",),
    "tagline": ("Անկախ լրատվական կայք {since} թվականից",),
    "bio": ("{author}՝ {name}-ի թղթակից {since2} թվականից, գրում է {beat} մասին։",),
    "beats": ("տեղական ինքնակառավարման", "տրանսպորտի", "կրթության", "առողջապահության", "շրջակա միջավայրի"),
    "editorial": ("Նյութը պատրաստվել է {name}-ի հատուկ նախագծի շրջանակում։",),
    "classified": ("Վարձով է տրվում երկսենյականոց բնակարան քաղաքի կենտրոնում։",),
    "subscribe": ("Բաժանորդագրվեք մեր Telegram ալիքին",),
}


# --- Amharic -------------------------------------------------------------------------------------

AM_FIRST = _w("""አበበ ዳዊት ሰለሞን ብርሃኑ ተስፋዬ ዮሐንስ ሄኖክ ሳሙኤል ቴዎድሮስ መስፍን ግርማ ታደሰ ሜሮን ቤተልሔም
    ሕይወት ትዕግሥት ሰላማዊት ብሩክታዊት ማርታ ሊድያ ሐና ራሔል""")
AM_FATHERS = _w("ከበደ ወልደማርያም ገብረመድኅን ታደሰ አለሙ በቀለ ተሾመ ኃይሉ መኮንን ደስታ ግርማ ጌታቸው አሰፋ ተክሌ")
AM_BRANDS = _w("Sheger Tobia Entoto Abay Selam Meskel Wegen Medrek Lisan Gihon Arada Walia Tana Semien")
AM_CITIES = (
    "አዲስ አበባ",
    "አዳማ",
    "ባህር ዳር",
    "ሀዋሳ",
    "ጎንደር",
    "ድሬዳዋ",
    "ጅማ",
    "ደሴ",
    "ደብረ ብርሃን",
    "አርባ ምንጭ",
    "ሻሸመኔ",
    "ቢሾፍቱ",
    "ደብረ ማርቆስ",
    "ወልቂጤ",
    "ሆሳዕና",
)
# (subject, plural)
AM_AGENTS: tuple[tuple[str, bool], ...] = (
    ("የከተማው አስተዳደር", False),
    ("የከተማው ምክር ቤት", False),
    ("ከንቲባው", False),
    ("የትራንስፖርት ሚኒስቴር", False),
    ("የትምህርት ሚኒስቴር", False),
    ("የክልሉ መንግሥት", False),
    ("ፖሊስ", False),
    ("የመንገዶች ባለሥልጣን", False),
    ("የውሃና ፍሳሽ ባለሥልጣን", False),
    ("ነዋሪዎቹ", True),
    ("የምክር ቤቱ አባላት", True),
    ("ነጋዴዎች", True),
    ("ወላጆች", True),
    ("የተቃዋሚ ፓርቲዎች", True),
)
# (perfect with a singular subject, with a plural one)
AM_VERBS: tuple[tuple[str, str], ...] = (
    ("አጸደቀ", "አጸደቁ"),
    ("ውድቅ አደረገ", "ውድቅ አደረጉ"),
    ("አራዘመ", "አራዘሙ"),
    ("አገደ", "አገዱ"),
    ("ገመገመ", "ገመገሙ"),
    ("ይፋ አደረገ", "ይፋ አደረጉ"),
    ("ተቃወመ", "ተቃወሙ"),
    ("ተቸ", "ተቹ"),
    ("አስጀመረ", "አስጀመሩ"),
)
# definite objects with the accusative "-ን"
AM_OBJECTS = (
    "አዲሱን በጀት",
    "የመንገድ ማስፋፊያ ፕሮጀክቱን",
    "የውሃ አቅርቦት ፕሮጀክቱን",
    "የአውቶቡስ ግዢ ጨረታውን",
    "የቆሻሻ አወጋገድ ዕቅዱን",
    "የመኖሪያ ቤቶች ግንባታ ፕሮግራሙን",
    "የድልድዩን ጥገና",
    "የግብር ጭማሪውን",
    "አዲሱን የፓርኪንግ ደንብ",
    "የሆስፒታል ማስፋፊያ ዕቅዱን",
    "የከተማ ትራንስፖርት ማሻሻያውን",
    "የኮሪደር ልማት ፕሮጀክቱን",
    "የትምህርት ቤቶች ምገባ ፕሮግራሙን",
)
AM_TIMES = (
    "ማክሰኞ",
    "ትናንት",
    "በዚህ ሳምንት",
    "ከረጅም ውይይት በኋላ",
    "በሙሉ ድምፅ",
    "በመጨረሻ",
    "ባለፈው ሳምንት",
    "ዛሬ",
    "በአስቸኳይ ስብሰባ",
)
AM_SOURCES = ("እንደ ዘጋቢያችን ገለጻ፣", "በወጣው መግለጫ መሠረት፣", "ምንጮች እንደገለጹት፣", "ከአስተዳደሩ የተገኘው መረጃ እንደሚያመለክተው፣")
AM_ROLES = (
    "ከንቲባ",
    "የምክር ቤቱ አፈ ጉባኤ",
    "የቢሮው ኃላፊ",
    "የክፍለ ከተማው ሥራ አስፈጻሚ",
    "የአካባቢው ነዋሪ",
    "የትምህርት ቤቱ ርዕሰ መምህር",
    "የፕሮጀክቱ አስተባባሪ",
)
AM_SAYINGS = (
    "ይህ ኢንቨስትመንት ለመላው የከተማዋ ነዋሪ ይጠቅማል",
    "ነዋሪዎችን ብቻቸውን አንተዋቸውም",
    "ሥራው በዕቅዱ መሠረት እየተከናወነ ነው",
    "ሕዝቡ በትዕግሥት እንዲጠብቅ እንጠይቃለን",
    "ይህንን ውሳኔ ለዓመታት ስንጠብቅ ነበር",
    "በጀቱ ተመድቧል፣ አሁን ወደ ሥራ መግባት ያስፈልጋል",
    "ስለ ተነሺ ቤተሰቦች ማንም ያብራራልን የለም",
    "ይህ ትክክለኛና ደፋር ውሳኔ ነው",
)
AM_SUBHEADS = (
    "ቀጣዩ እርምጃ ምንድን ነው?",
    "የነዋሪዎች አስተያየት",
    "ፕሮጀክቱ ምን ያህል ያስወጣል?",
    "የቆየ ውዝግብ",
    "የተቃዋሚዎች አቋም",
    "ዝርዝር መረጃ",
    "የጊዜ ሰሌዳ",
    "ያልተመለሱ ጥያቄዎች",
)
AM_MONTHS = _w("ጃንዋሪ ፌብሩዋሪ ማርች ኤፕሪል ሜይ ጁን ጁላይ ኦገስት ሴፕቴምበር ኦክቶበር ኖቬምበር ዲሴምበር")
AM_ET_MONTHS = _w("መስከረም ጥቅምት ኅዳር ታኅሣሥ ጥር የካቲት መጋቢት ሚያዝያ ግንቦት ሰኔ ሐምሌ ነሐሴ ጳጉሜ")
AM_WEEKDAYS = _w("ሰኞ ማክሰኞ ረቡዕ ሐሙስ ዓርብ ቅዳሜ እሑድ")  # Monday first


def ethiopian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Ethiopian calendar's date (year, month 1-13, day) of a Gregorian date."""
    jdn = datetime(year, month, day).toordinal() + 1721425  # the Julian day number
    era = jdn - 1723856  # the day before 1 Meskerem, year 1 (Amete Mihret)
    r = era % 1461
    n = r % 365 + 365 * (r // 1460)
    return 4 * (era // 1461) + r // 365 - r // 1460, n // 30 + 1, n % 30 + 1


class AmharicProse(Prose):
    """Amharic local news: subject-object-verb, the definite object with "-ን", the perfect agreeing
    with a plural subject; "።", "፣" and "፤"; quotes «…» with "ብለዋል"."""

    lang = "am"

    def person(self) -> str:
        return f"{self.rng.choice(AM_FIRST)} {self.rng.choice(AM_FATHERS)}"

    def place(self) -> str:
        """The site-name word (Latin letters); the text's towns are `city()`."""
        return self.rng.choice(AM_BRANDS)

    def city(self) -> str:
        return self.rng.choice(AM_CITIES)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, plural = rng.choice(AM_AGENTS)
        when = f" {rng.choice(AM_TIMES)}" if time else ""
        return f"{agent}{when} {rng.choice(AM_OBJECTS)} {rng.choice(AM_VERBS)[plural]}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            if rng.random() < 0.5:
                return f"{rng.choice(AM_ROLES)} {self.person()} «{rng.choice(AM_SAYINGS)}» ብለዋል።"
            return f"«{rng.choice(AM_SAYINGS)}» ሲሉ {rng.choice(AM_ROLES)} {self.person()} ተናግረዋል።"
        if r < 0.25:
            return f"{rng.choice(AM_SOURCES)} {self.clause(time=rng.random() < 0.6)}።"
        if r < 0.38:
            conj = rng.choice(("፤ ሆኖም", "፤ በሌላ በኩል", "፤ በተመሳሳይ"))
            return f"{self.clause(time=rng.random() < 0.4)}{conj} {self.clause()}።"
        if r < 0.46:
            agent, plural = rng.choice(AM_AGENTS)
            return f"ከዚህ ቀደምም {agent} ተመሳሳይ ውሳኔ {'አሳልፈው' if plural else 'አሳልፎ'} ነበር።"
        if r < 0.6:
            return rng.choice(
                (
                    f"የፕሮጀክቱ ወጪ {rng.randint(40, 900)} ሚሊዮን ብር እንደሚሆን ተገምቷል።",
                    f"ሥራው {rng.randint(4, 30)} ወራት ያህል ይወስዳል።",
                    f"ውሳኔውን {rng.randint(40, 120)} የምክር ቤት አባላት ደግፈውታል።",
                    f"እስካሁን {10 * rng.randint(30, 900)} ነዋሪዎች አቤቱታውን ፈርመዋል።",
                    f"ከወጪው {rng.randint(2, 8)}0 በመቶውን የፌዴራል መንግሥት ይሸፍናል።",
                    f"ፕሮጀክቱ እስከ {rng.randint(2019, 2022)} ዓ.ም. ይጠናቀቃል ተብሎ ይጠበቃል።",
                )
            )
        if r < 0.72:
            return f"በ{self.city()} {self.clause(time=True)}።"
        if r < 0.86:
            return rng.choice(
                (
                    f"የ{self.city()} ነዋሪዎች ይህንን ውሳኔ ለዓመታት ሲጠብቁ ቆይተዋል።",
                    f"ተመሳሳይ ሁኔታ በቅርቡ በ{self.city()}ም ተከስቷል።",
                    f"በ{self.city()} ያለው ሁኔታ እስካሁን አልተቀየረም።",
                    "ጉዳዩ በሚቀጥለው ወር በምክር ቤቱ ስብሰባ ላይ በድጋሚ ይነሳል።",
                )
            )
        return f"{self.clause(time=True)}።"

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, plural = rng.choice(AM_AGENTS)
        obj, verb = rng.choice(AM_OBJECTS), rng.choice(AM_VERBS)
        if r < 0.45:
            return f"{agent} {obj} {verb[plural]}"
        if r < 0.85:
            return f"የ{self.city()} ከተማ አስተዳደር {obj} {verb[0]}"
        return f"{rng.choice(AM_ROLES)} {self.person()}፦ «{rng.choice(AM_SAYINGS)}»"

    def subheading(self) -> str:
        return self.rng.choice(AM_SUBHEADS)


AM_UI: dict[str, tuple[str, ...]] = {
    "nav": ("መነሻ", "ዜና", "ፖለቲካ", "ኢኮኖሚ", "ማኅበራዊ", "ስፖርት", "ጤና", "ትምህርት", "ዓለም አቀፍ", "ኪነ ጥበብ", "ቴክኖሎጂ"),
    "sections": ("ዜና", "ማኅበራዊ", "ኢኮኖሚ", "ከተማ", "ትምህርት", "ጤና"),
    "related": ("ተዛማጅ ዜናዎች",),
    "read_more": ("ተጨማሪ ያንብቡ፦",),
    "by": ("ዘጋቢ፦",),
    "desks": ("ዘጋቢ", "አርታኢ", "የክልል ዘጋቢ"),
    "share": ("ዜናውን ያጋሩ", "ለወዳጆችዎ ያጋሩ"),
    "share_sites": ("Facebook", "Telegram", "X", "WhatsApp", "ኢሜይል", "ሊንኩን ይቅዱ"),
    "newsletter": ("ዕለታዊ ዜናዎችን በኢሜይልዎ ለማግኘት ይመዝገቡ",),
    "comments": ("የኢሜይል አድራሻዎ አይታተምም። የሚያስፈልጉ መስኮች ምልክት ተደርጎባቸዋል *",),
    "cookie": ("ይህ ድረ ገጽ የተሻለ አገልግሎት ለመስጠት ኩኪዎችን ይጠቀማል",),
    "ad": ("ማስታወቂያ",),
    "copyright": ("የቅጂ መብት © {year} {name}። መብቱ በሕግ የተጠበቀ ነው።",),
    "disclaimer": ("በዚህ ድረ ገጽ ላይ የሚወጡ ጽሑፎችን ያለ ፈቃድ መጠቀም የተከለከለ ነው።",),
    "tagline": ("ከ{since} ጀምሮ ወቅታዊ መረጃ ለሕዝብ የሚያደርስ ገለልተኛ የዜና አውታር",),
    "bio": ("{author} ከ{since2} ጀምሮ የ{name} ዘጋቢ ሲሆን ስለ {beat} ይጽፋል።",),
    "beats": ("ከተማ አስተዳደር", "ትራንስፖርት", "ትምህርት", "ጤና", "አካባቢ ጥበቃ"),
    "editorial": ("ይህ ዘገባ የ{name} ልዩ ዝግጅት አካል ነው።",),
    "classified": ("በቦሌ አካባቢ ባለ ሁለት መኝታ ቤት ኮንዶሚኒየም ለኪራይ ይፈለጋል።",),
    "subscribe": ("የቴሌግራም ቻናላችንን ይቀላቀሉ",),
}


# --- Bengali -------------------------------------------------------------------------------------

BN_FIRST = _w("""তানভীর সাইফুল মাহমুদুল রেজাউল আরিফুর কামরুল মিজানুর শফিকুল জাহিদ রাকিব ফারহানা নুসরাত
    শাহনাজ সুমাইয়া তাসলিমা রুমানা সাবরিনা নাসরিন""")
BN_SURNAMES = _w("আহমেদ ইসলাম হাসান করিম রহমান হোসেন চৌধুরী আক্তার জাহান সরকার মাহমুদ খান উদ্দিন")
BN_BRANDS = _w(
    "Sonali Padma Meghna Jamuna Surma Karatoa Teesta Rupasi Shapla Kanchan Dhrubo Sobuj Aloron Nodi"
)
# (name, genitive, locative, Latin)
BN_CITIES: tuple[tuple[str, str, str, str], ...] = (
    ("ঢাকা", "ঢাকার", "ঢাকায়", "dhaka"),
    ("চট্টগ্রাম", "চট্টগ্রামের", "চট্টগ্রামে", "chattogram"),
    ("খুলনা", "খুলনার", "খুলনায়", "khulna"),
    ("রাজশাহী", "রাজশাহীর", "রাজশাহীতে", "rajshahi"),
    ("সিলেট", "সিলেটের", "সিলেটে", "sylhet"),
    ("বরিশাল", "বরিশালের", "বরিশালে", "barishal"),
    ("রংপুর", "রংপুরের", "রংপুরে", "rangpur"),
    ("ময়মনসিংহ", "ময়মনসিংহের", "ময়মনসিংহে", "mymensingh"),
    ("কুমিল্লা", "কুমিল্লার", "কুমিল্লায়", "cumilla"),
    ("গাজীপুর", "গাজীপুরের", "গাজীপুরে", "gazipur"),
    ("নারায়ণগঞ্জ", "নারায়ণগঞ্জের", "নারায়ণগঞ্জে", "narayanganj"),
    ("বগুড়া", "বগুড়ার", "বগুড়ায়", "bogura"),
    ("যশোর", "যশোরের", "যশোরে", "jashore"),
    ("দিনাজপুর", "দিনাজপুরের", "দিনাজপুরে", "dinajpur"),
)
# (subject, people: the honorific verb)
BN_AGENTS: tuple[tuple[str, bool], ...] = (
    ("সিটি করপোরেশন", False),
    ("পৌরসভা", False),
    ("সরকার", False),
    ("সড়ক ও জনপথ অধিদপ্তর", False),
    ("স্থানীয় সরকার মন্ত্রণালয়", False),
    ("শিক্ষা মন্ত্রণালয়", False),
    ("জেলা প্রশাসন", False),
    ("ওয়াসা", False),
    ("রাজধানী উন্নয়ন কর্তৃপক্ষ", False),
    ("মেয়র", True),
    ("কাউন্সিলররা", True),
    ("স্থানীয় বাসিন্দারা", True),
    ("ব্যবসায়ীরা", True),
)
# (the verb's noun, the object in the genitive)
BN_VERBS: tuple[tuple[str, bool], ...] = (
    ("অনুমোদন", False),
    ("বাতিল", False),
    ("স্থগিত", False),
    ("পর্যালোচনা", False),
    ("ঘোষণা", False),
    ("চূড়ান্ত", False),
    ("উদ্বোধন", False),
    ("বিরোধিতা", True),
    ("সমালোচনা", True),
)
# (the object, its genitive)
BN_OBJECTS: tuple[tuple[str, str], ...] = (
    ("নতুন বাজেট", "নতুন বাজেটের"),
    ("সড়ক সম্প্রসারণ প্রকল্প", "সড়ক সম্প্রসারণ প্রকল্পের"),
    ("ফ্লাইওভার নির্মাণ প্রকল্প", "ফ্লাইওভার নির্মাণ প্রকল্পের"),
    ("নতুন বাস রুট", "নতুন বাস রুটের"),
    ("পানি সরবরাহ প্রকল্প", "পানি সরবরাহ প্রকল্পের"),
    ("বর্জ্য ব্যবস্থাপনার দরপত্র", "বর্জ্য ব্যবস্থাপনার দরপত্রের"),
    ("হোল্ডিং ট্যাক্স বৃদ্ধির প্রস্তাব", "হোল্ডিং ট্যাক্স বৃদ্ধির প্রস্তাবের"),
    ("নতুন হাসপাতাল ভবনের নকশা", "নতুন হাসপাতাল ভবনের নকশার"),
    ("খাল খনন প্রকল্প", "খাল খনন প্রকল্পের"),
    ("ফুটপাত দখলমুক্ত করার অভিযান", "ফুটপাত দখলমুক্ত করার অভিযানের"),
    ("স্কুলের সময়সূচি পরিবর্তন", "স্কুলের সময়সূচি পরিবর্তনের"),
    ("পার্কিং নীতিমালা", "পার্কিং নীতিমালার"),
    ("গণপরিবহন সংস্কার পরিকল্পনা", "গণপরিবহন সংস্কার পরিকল্পনার"),
)
BN_TIMES = (
    "মঙ্গলবার",
    "গতকাল",
    "এই সপ্তাহে",
    "দীর্ঘ আলোচনার পর",
    "সর্বসম্মতিক্রমে",
    "অবশেষে",
    "গত সপ্তাহে",
    "আজ",
    "এক জরুরি সভায়",
    "বুধবার",
    "রোববার",
    "গত মাসে",
    "শেষ পর্যন্ত",
)
BN_SOURCES = (
    "প্রশাসনের একাধিক কর্মকর্তা জানিয়েছেন,",
    "নগর ভবন সূত্রে জানা গেছে,",
    "সংশ্লিষ্ট সূত্রে জানা গেছে,",
    "এক বিজ্ঞপ্তিতে বলা হয়,",
    "কর্মকর্তারা জানান,",
    "স্থানীয় সূত্র জানায়,",
)
BN_ROLES = (
    "মেয়র",
    "কাউন্সিলর",
    "জেলা প্রশাসক",
    "প্রকল্প পরিচালক",
    "স্থানীয় বাসিন্দা",
    "বিদ্যালয়ের প্রধান শিক্ষক",
    "ব্যবসায়ী সমিতির সভাপতি",
)
BN_SAYINGS = (
    "এটি পুরো শহরের জন্য বড় বিনিয়োগ",
    "আমরা বাসিন্দাদের একা ছেড়ে দেব না",
    "কাজ নির্ধারিত সময়েই শেষ হবে",
    "সবাইকে ধৈর্য ধরার অনুরোধ করছি",
    "আমরা বহু বছর ধরে এই সিদ্ধান্তের অপেক্ষায় ছিলাম",
    "বরাদ্দ পাওয়া গেছে, এখন কাজ শুরু করতে হবে",
    "ক্ষতিগ্রস্ত পরিবারগুলোর কী হবে, কেউ আমাদের বলেনি",
    "এটি সঠিক ও সাহসী সিদ্ধান্ত",
)
BN_SUBHEADS = (
    "এরপর কী হবে?",
    "বাসিন্দাদের প্রতিক্রিয়া",
    "খরচ কত?",
    "পুরোনো বিরোধ",
    "বিরোধীদের বক্তব্য",
    "প্রকল্পের খুঁটিনাটি",
    "কবে শেষ হবে কাজ",
    "উত্তরহীন প্রশ্ন",
)
BN_MONTHS = _w("জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর")
BN_WEEKDAYS = _w("সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার")  # Monday first
_BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def bn_digits(text: object) -> str:
    """The text with Bengali digits."""
    return str(text).translate(_BN_DIGITS)


class BengaliProse(Prose):
    """Bengali (Bangladesh) local news: subject-object-verb, "করেছে" for an institution and
    "করেছেন" for people, the genitive object of "বিরোধিতা"/"সমালোচনা"; headlines with the verb
    before the subject; the danda; Bengali digits."""

    lang = "bn"

    def person(self) -> str:
        return f"{self.rng.choice(BN_FIRST)} {self.rng.choice(BN_SURNAMES)}"

    def place(self) -> str:
        """The site-name word (Latin letters); the text's towns are `city()`."""
        return self.rng.choice(BN_BRANDS)

    def city(self) -> tuple[str, str, str, str]:
        return self.rng.choice(BN_CITIES)

    def _object(self, genitive: bool) -> str:
        return self.rng.choice(BN_OBJECTS)[genitive]

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, people = rng.choice(BN_AGENTS)
        noun, genitive = rng.choice(BN_VERBS)
        when = f" {rng.choice(BN_TIMES)}" if time else ""
        return f"{agent}{when} {self._object(genitive)} {noun} {'করেছেন' if people else 'করেছে'}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"{rng.choice(BN_ROLES)} {self.person()} বলেন, “{rng.choice(BN_SAYINGS)}।”"
        if r < 0.25:
            return f"{rng.choice(BN_SOURCES)} {self.clause(time=rng.random() < 0.6)}।"
        if r < 0.38:
            conj = rng.choice((", তবে", ", অন্যদিকে", " এবং", ", ফলে"))
            return f"{self.clause(time=rng.random() < 0.4)}{conj} {self.clause()}।"
        if r < 0.46:
            return f"যদিও {self.clause()}, {self.clause(time=True)}।"
        if r < 0.52:
            agent, people = rng.choice(BN_AGENTS)
            return f"এর আগেও {agent} একই ধরনের সিদ্ধান্ত {'নিয়েছিলেন' if people else 'নিয়েছিল'}।"
        if r < 0.6:
            return bn_digits(
                rng.choice(
                    (
                        f"প্রকল্পটিতে প্রায় {rng.randint(12, 900)} কোটি টাকা ব্যয় হবে।",
                        f"কাজ শেষ হতে প্রায় {rng.randint(4, 30)} মাস লাগবে।",
                        f"প্রস্তাবের পক্ষে {rng.randint(20, 60)} জন এবং বিপক্ষে {rng.randint(2, 18)} জন"
                        " কাউন্সিলর ভোট দেন।",
                        f"এ পর্যন্ত {10 * rng.randint(30, 900)} জন বাসিন্দা স্মারকলিপিতে সই করেছেন।",
                        f"মোট ব্যয়ের {rng.randint(2, 8)}০ শতাংশ সরকার বহন করবে।",
                        f"কর্মকর্তারা বলছেন, {rng.randint(2027, 2030)} সালের মধ্যে কাজ শেষ হবে।",
                    )
                )
            )
        if r < 0.72:
            return f"{self.city()[2]} {self.clause(time=True)}।"
        if r < 0.86:
            return rng.choice(
                (
                    f"{self.city()[1]} বাসিন্দারা দীর্ঘদিন ধরে এই সিদ্ধান্তের অপেক্ষায় ছিলেন।",
                    f"সম্প্রতি {self.city()[2]}ও একই ধরনের পরিস্থিতি দেখা গিয়েছিল।",
                    f"{self.city()[2]} পরিস্থিতি এখনো আগের মতোই রয়েছে।",
                    "আগামী মাসের সভায় বিষয়টি আবার আলোচনায় উঠবে।",
                )
            )
        return f"{self.clause(time=True)}।"

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, people = rng.choice(BN_AGENTS)
        noun, genitive = rng.choice(BN_VERBS)
        if r < 0.45:
            return f"{self._object(genitive)} {noun} {'করলেন' if people else 'করল'} {agent}"
        if r < 0.7:
            noun = rng.choice(("অনুমোদন", "বাতিল", "স্থগিত", "চূড়ান্ত"))
            return f"{self.city()[2]} {self._object(False)} {noun}, ক্ষুব্ধ বাসিন্দারা"
        if r < 0.87:
            return f"{self._object(False)} নিয়ে {self.city()[2]} বিতর্ক"
        return f"{rng.choice(BN_ROLES)} {self.person()}: ‘{rng.choice(BN_SAYINGS)}’"

    def subheading(self) -> str:
        return self.rng.choice(BN_SUBHEADS)


BN_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "প্রচ্ছদ",
        "বাংলাদেশ",
        "রাজনীতি",
        "বিশ্ব",
        "বাণিজ্য",
        "মতামত",
        "খেলা",
        "বিনোদন",
        "প্রযুক্তি",
        "শিক্ষা",
        "জীবনযাপন",
    ),
    "sections": ("বাংলাদেশ", "রাজধানী", "রাজনীতি", "বাণিজ্য", "শিক্ষা", "পরিবেশ"),
    "related": ("আরও পড়ুন",),
    "read_more": ("আরও পড়ুন",),
    "by": ("লেখক:",),
    "desks": ("নিজস্ব প্রতিবেদক", "বিশেষ প্রতিনিধি", "জেলা প্রতিনিধি", "স্টাফ রিপোর্টার"),
    "share": ("শেয়ার করুন", "খবরটি শেয়ার করুন"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Messenger", "LinkedIn", "লিংক কপি করুন"),
    "newsletter": ("প্রতিদিনের গুরুত্বপূর্ণ খবর ই-মেইলে পেতে নিউজলেটারে সাবস্ক্রাইব করুন",),
    "comments": ("মন্তব্য প্রকাশের আগে মডারেটর তা যাচাই করেন",),
    "cookie": ("আমরা আপনার অভিজ্ঞতা উন্নত করতে কুকি ব্যবহার করি",),
    "ad": ("বিজ্ঞাপন",),
    "copyright": ("স্বত্ব © {year} {name} | সর্বস্বত্ব সংরক্ষিত", "© {year} {name}। সর্বস্বত্ব সংরক্ষিত।"),
    "disclaimer": ("এই ওয়েবসাইটের কোনো লেখা বা ছবি অনুমতি ছাড়া ব্যবহার করা বেআইনি।",),
    "tagline": ("সত্য ও সাহসের সঙ্গে, {since} সাল থেকে",),
    "bio": ("{author} {since2} সাল থেকে {name}-এর প্রতিবেদক, {beat} বিষয়ে লেখেন।",),
    "beats": ("নগর", "যোগাযোগ", "শিক্ষা", "স্বাস্থ্য", "পরিবেশ"),
    "editorial": ("এই প্রতিবেদন {name}-এর বিশেষ আয়োজনের অংশ।",),
    "classified": ("ধানমন্ডিতে তিন কক্ষের ফ্ল্যাট ভাড়া দেওয়া হবে।",),
    "subscribe": ("অ্যাপ ডাউনলোড করুন",),
}
BN_SECTION_SLUGS = {
    "বাংলাদেশ": "bangladesh",
    "রাজধানী": "capital",
    "রাজনীতি": "politics",
    "বাণিজ্য": "business",
    "শিক্ষা": "education",
    "পরিবেশ": "environment",
}

# Bengali in Latin letters for URL slugs (a consonant's inherent "o" written "a", dropped at a word's
# end, as the sites' slugs mostly have it)
_BN_CONS = dict(
    zip(
        "\u0995\u0996\u0997\u0998\u0999\u099a\u099b\u099c\u099d\u099e\u099f\u09a0\u09a1\u09a2\u09a3"
        "\u09a4\u09a5\u09a6\u09a7\u09a8\u09aa\u09ab\u09ac\u09ad\u09ae\u09af\u09b0\u09b2\u09b6\u09b7"
        "\u09b8\u09b9\u09ce",
        _w("k kh g gh ng ch chh j jh n t th d dh n t th d dh n p ph b bh m j r l sh sh s h t"),
        strict=True,
    )
)
_BN_NUKTA = {"\u09a1": "r", "\u09a2": "rh", "\u09af": "y"}  # ড় ঢ় য়
_BN_VOWELS = dict(
    zip(
        "\u0985\u0986\u0987\u0988\u0989\u098a\u098b\u098f\u0990\u0993\u0994",
        _w("a a i i u u ri e oi o ou"),
        strict=True,
    )
)
_BN_SIGNS = dict(
    zip(
        "\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c7\u09c8\u09cb\u09cc",
        _w("a i i u u ri e oi o ou"),
        strict=True,
    )
)


def bn_latin(text: str) -> str:
    """Bengali text in Latin letters, roughly as Bangladeshi sites' slugs have it ("নতুন বাজেট" ->
    "natun bajet"); Bengali digits as ASCII ones, other characters kept."""
    chars = (
        unicodedata.normalize("NFD", text).replace("\u09c7\u09be", "\u09cb").replace("\u09c7\u09d7", "\u09cc")
    )
    out: list[str] = []
    i = 0
    while i < len(chars):
        ch = chars[i]
        nxt = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in _BN_CONS:
            latin = _BN_CONS[ch]
            if nxt == "\u09bc":
                latin = _BN_NUKTA.get(ch, latin)
                i += 1
                nxt = chars[i + 1] if i + 1 < len(chars) else ""
            if nxt in _BN_SIGNS:
                out.append(latin + _BN_SIGNS[nxt])
                i += 1
            elif nxt == "\u09cd":  # hasanta: no vowel
                out.append(latin)
                i += 1
            else:
                end = not nxt or not ("\u0980" <= nxt <= "\u09ff") or nxt == "।"
                out.append(latin if end or ch == "\u09ce" else latin + "a")
        elif ch in _BN_VOWELS:
            out.append(_BN_VOWELS[ch])
        elif ch in "\u0982\u0981":
            out.append("n")
        elif ch == "\u0983":
            out.append("h")
        elif "০" <= ch <= "৯":
            out.append(str(ord(ch) - ord("০")))
        elif ch in "\u09bc\u09d7":
            pass
        else:
            out.append(ch)
        i += 1
    return "".join(out)


# ----------------------------------------------------------------------------------------------
# shared pieces of the four renderers


def _blocks(c: Ctx, para: str, head: str, items: str) -> list[str]:
    """The story's blocks as HTML: `para` and `head` format a paragraph's (inline-marked) and a
    subheading's text ("{t}", the subheading's level "{n}"), `items` opens the list that gathers
    consecutive list items."""
    out: list[str] = []
    for k, (tag, text) in enumerate(c.story.blocks):
        if tag == "li":
            if k == 0 or c.story.blocks[k - 1][0] != "li":
                out.append(items)
            out[-1] += f"\n<li>{esc(text)}</li>"
            if k + 1 == len(c.story.blocks) or c.story.blocks[k + 1][0] != "li":
                out[-1] += f"</{items[1:3]}>"
        elif tag == "p":
            out.append(para.format(t=c.inline(text)))
        else:
            out.append(head.format(t=esc(text), n=tag[1]))
    return out


# --- ka-ambebi-portal ---------------------------------------------------------------------------

KA_FOOTER = ("ჩვენ შესახებ", "კონტაქტი", "რეკლამა საიტზე", "კონფიდენციალურობის პოლიტიკა", "RSS")
KA_CAPTIONS = (
    "საკრებულოს სხდომა",
    "სამუშაოები ქალაქის ცენტრში",
    "მერიის შენობა",
    "შეხვედრა მოსახლეობასთან",
    "პროექტის ვიზუალიზაცია",
)
KA_CREDITS = ("მერიის პრესსამსახური", "ინტერპრესნიუსი", "საარქივო ფოტო", "სოციალური ქსელი")
KA_TAGS = ("ბიუჯეტი", "საკრებულო", "ინფრასტრუქტურა", "ტრანსპორტი", "განათლება", "რეგიონები", "მერია")


def ka_date(d: datetime) -> str:
    """ "7 მარტი, 2026 14:30"."""
    return f"{d.day} {KA_MONTHS[d.month - 1]}, {d.year} {d:%H:%M}"


def render_ka_ambebi_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ka")
    php = pub.index % 2 == 0  # the PHP portal or the Laravel one, a site of each in every corpus
    base = site.randint(400000, 690000)

    def path(o: Story) -> str:
        n = base + 53 * c.others.index(o) + random.Random(o.title).randint(0, 40)
        return f"/news/{n}-{_slugged(ka_latin(o.title))}"

    c.repath(path)
    _listify(c, "ka-list")
    dr = _page_rng(c, "ka")
    prose = prose_for("ka", dr)
    lead = _other_sentences(c, prose, 2)
    usd = site.uniform(2.65, 2.78) + dr.uniform(-0.01, 0.01)
    rates = c.snip(f"ლარის კურსი: USD {usd:.4f} EUR {usd * 1.08:.4f}")
    nav = c.nav_items(" ")
    caption = c.snip(f"{dr.choice(KA_CAPTIONS)}. ფოტო: {dr.choice(KA_CREDITS)}")
    tags = dr.sample(KA_TAGS, 3)
    c.snip("თეგები: " + " ".join(tags))
    label, sites = c.share()
    notice = c.text("comments")
    related = _snip_titles(c, c.pick_others(4))
    popular = _snip_titles(c, c.pick_others(5))
    c.snip("ყველაზე კითხვადი ამ კვირაში")
    disclaimer = c.text("disclaimer")
    cp = c.copyright()
    c.snip(" ".join(KA_FOOTER[:3]))
    views = dr.randint(120, 9800)
    body = _blocks(c, "<p>{t}</p>", "<h{n}>{t}</h{n}>" if php else '<h2 class="sub-title">{t}</h2>', "<ul>")
    title = f"{s.title} - {pub.name}" if php else f"{s.title} | {pub.name}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "ka",
    }
    shown = ka_date(d)
    when = (
        f'<span class="date"><i class="icon-clock"></i> {shown}</span>'
        if php
        else f'<time class="date" datetime="{c.iso()}">{shown}</time>'
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ka">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<meta property="article:published_time" content="{c.iso()}">' if php else "",
        f'<meta property="fb:app_id" content="{site.randint(10**14, 10**15 - 1)}">',
        _ldjson(data),
        "</head>",
        f'<body class="{"news-inner" if php else "page-news"}">',
        f'<div class="top-bar"><span class="rates">{esc(rates)}</span></div>',
        f'<header class="header"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="menu"><ul>'
        + "\n".join(f'<li><a href="/category/{i + 1}">{esc(x)}</a></li>' for i, x in enumerate(nav))
        + "</ul></nav></header>",
        '<div class="container"><div class="row"><main class="col-md-8">',
        '<article class="news-full">' if php else '<article class="article">',
        f'<div class="news-meta"><a class="cat" href="#">{esc(s.section)}</a>\n{when}\n'
        f'<span class="views">ნახვები: {views}</span></div>',
        f"<h1>{esc(s.title)}</h1>",
        f'<p class="lead"><strong>{esc(lead)}</strong></p>' if php else "",
        f'<figure class="news-img"><img src="/uploads/{d:%Y/%m}/{_hex(dr, 12)}.jpg" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>",
        f'<div class="{"news-text" if php else "article-body"}">',
        *body,
        "</div>",
        f'<p class="author">ავტორი: {esc(s.author.name)}</p>',
        '<div class="tags"><span>თეგები:</span>\n'
        + "\n".join(f'<a href="/tag/{_slugged(ka_latin(t))}">{esc(t)}</a>' for t in tags)
        + "</div>",
        '<div class="share-buttons"><span>'
        + esc(label)
        + "</span>\n"
        + "\n".join(f'<a class="share-{i}" href="#">{esc(x)}</a>' for i, x in enumerate(sites))
        + "</div>",
        '<section class="comments"><h3>კომენტარები</h3>'
        f'<p class="fb-notice">{esc(notice)}</p>'
        f'<div class="fb-comments" data-href="{esc(c.url())}" data-width="100%" data-numposts="5"></div>'
        "</section>",
        "</article>",
        '<section class="related-news"><h3>მსგავსი სიახლეები</h3><ul>' + _links(related) + "</ul></section>",
        "</main>",
        '<aside class="col-md-4"><div class="widget popular"><h3>ყველაზე კითხვადი ამ კვირაში</h3><ol>'
        + _links(popular)
        + "</ol></div></aside>",
        "</div></div>",
        '<footer class="footer"><ul>'
        + _footer_links(KA_FOOTER)
        + "</ul>",
        f'<p class="disclaimer">{esc(disclaimer)}</p>\n<p class="copy">{esc(cp)}</p></footer>',
        '<div id="fb-root"></div>',
        '<script async defer crossorigin="anonymous" src="https://connect.facebook.net/ka_GE/sdk.js"></script>',
    ]
    return _end_page(c, lines, "cookie-alert", "გასაგებია")


# --- hy-lratvakan-site --------------------------------------------------------------------------

HY_FOOTER = ("Մեր մասին", "Կապ", "Գովազդ", "Գաղտնիության քաղաքականություն", "RSS")
HY_CAPTIONS = ("Ավագանու նիստը", "Շինարարական աշխատանքները", "Քաղաքապետարանի շենքը", "Բնակիչների հանդիպումը")
HY_CREDITS = ("Արմենպրես", "քաղաքապետարանի մամուլի ծառայություն", "արխիվ", "սոցիալական ցանցեր")
HY_TAGS = ("բյուջե", "ավագանի", "ենթակառուցվածքներ", "տրանսպորտ", "կրթություն", "մարզեր", "քաղաքապետարան")


def hy_date(d: datetime, style: int) -> str:
    """ "մարտի 7, 2026, 14:30" or "2026 թ. մարտի 7, 14:30"."""
    month = HY_MONTHS[d.month - 1] + "ի"
    if style == 0:
        return f"{month} {d.day}, {d.year}, {d:%H:%M}"
    return f"{d.year} թ. {month} {d.day}, {d:%H:%M}"


def render_hy_lratvakan_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("hy")
    style = pub.index % 2
    base = site.randint(100000, 890000)

    def path(o: Story) -> str:
        n = base + 29 * c.others.index(o) + random.Random(o.title).randint(0, 20)
        return f"/hy/news/{o.published:%Y/%m/%d}/{n}/"

    c.repath(path)
    _listify(c, "hy-list")
    dr = _page_rng(c, "hy")
    nav = c.nav_items(" ")
    feed = _snip_titles(c, c.pick_others(5))
    caption = c.snip(f"{dr.choice(HY_CAPTIONS)}։ Լուսանկարը՝ {dr.choice(HY_CREDITS)}")
    tags = dr.sample(HY_TAGS, 3)
    c.snip("Թեգեր՝ " + " ".join(tags))
    telegram = c.snip("Բաժանորդագրվեք մեր Telegram ալիքին և առաջինը իմացեք կարևոր լուրերը")
    label, sites = c.share()
    related = _snip_titles(c, c.pick_others(4))
    cp = c.copyright()
    disclaimer = c.text("disclaimer")
    c.snip(" ".join(HY_FOOTER[:4]))
    body = _blocks(c, "<p>{t}</p>", "<h{n}>{t}</h{n}>", '<ul class="list">')
    title = f"{s.title} | {pub.name}" if style == 0 else f"{pub.name} - {s.title}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "hy",
    }
    when = (
        f'<time class="time" datetime="{c.iso()}">{hy_date(d, 0)}</time>'
        if style == 0
        else f'<div class="date">{hy_date(d, 1)}</div>'
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="hy">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:locale" content="hy_AM">',
        f'<meta property="article:published_time" content="{c.iso()}">' if style else "",
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="alternate" hreflang="ru" href="{esc(c.url()).replace("/hy/", "/ru/")}">',
        _ldjson(data),
        "</head>",
        "<body>",
        '<div class="lang-switch"><a href="/hy/">Հայ</a> | <a href="/ru/">Рус</a> | '
        '<a href="/en/">Eng</a></div>',
        f'<header><a class="logo" href="/hy/">{esc(pub.name)}</a>',
        '<nav class="main-menu">'
        + "\n".join(f'<a href="/hy/category/{i}/">{esc(x)}</a>' for i, x in enumerate(nav))
        + "</nav></header>",
        '<div class="wrapper"><aside class="newsfeed"><h2>Լրահոս</h2><ul>'
        + "\n".join(
            f'<li><span class="t">{o.published:%H:%M}</span> <a href="{esc(o.path)}">{esc(o.title)}</a></li>'
            for o in feed
        )
        + "</ul></aside>",
        '<main class="article-page"><article>',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="article-info">{when}\n<span class="author">{esc(s.author.name)}</span></div>',
        f'<div class="article-img"><img src="/static/news/{d:%Y%m%d}/{_hex(dr, 10)}.jpg" alt="">'
        f'<p class="img-caption">{esc(caption)}</p></div>',
        '<div class="article-text">' if style == 0 else '<div class="news-content" itemprop="articleBody">',
        *body,
        "</div>",
        '<div class="tags"><b>Թեգեր՝</b>\n'
        + "\n".join(f'<a href="/hy/tag/{i}/">{esc(t)}</a>' for i, t in enumerate(tags))
        + "</div>",
        f'<div class="tg-banner"><a href="https://t.me/{pub.host.split(".")[0]}">{esc(telegram)}</a></div>',
        _share_div("share", label, sites),
        "</article>",
        '<section class="similar"><h3>Նման նյութեր</h3><ul>' + _links(related) + "</ul></section>",
        "</main></div>",
        "<footer><nav>" + "\n".join(f'<a href="#">{x}</a>' for x in HY_FOOTER) + "</nav>",
        f'<p class="copyright">{esc(cp)}</p>\n<p class="note">{esc(disclaimer)}</p></footer>',
    ]
    return _end_page(c, lines, "cookies", "Համաձայն եմ")


# --- am-zena-site -------------------------------------------------------------------------------

AM_FOOTER = ("ስለ እኛ", "ያግኙን", "ማስታወቂያ", "የግላዊነት ፖሊሲ", "የአጠቃቀም ደንብ")
AM_CAPTIONS = ("የምክር ቤቱ ስብሰባ", "በከተማዋ እየተካሄደ ያለው የግንባታ ሥራ", "የከተማው አስተዳደር ጽሕፈት ቤት", "ነዋሪዎች በውይይቱ ላይ")
AM_CREDITS = ("ከማኅበራዊ ሚዲያ", "የከተማው አስተዳደር", "ፋይል", "ዘጋቢያችን")


def et_date(d: datetime, weekday: bool = True) -> str:
    """ "ቅዳሜ፣ የካቲት 28 ቀን 2018 ዓ.ም." (or "የካቲት 28, 2018" without the weekday)."""
    y, m, day = ethiopian(d.year, d.month, d.day)
    if not weekday:
        return f"{AM_ET_MONTHS[m - 1]} {day}, {y}"
    return f"{AM_WEEKDAYS[d.weekday()]}፣ {AM_ET_MONTHS[m - 1]} {day} ቀን {y} ዓ.ም."


def render_am_zena_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("am")
    wp = pub.index % 2 == 1  # WordPress (?p=<id>) or the custom CMS (/am/news/<id>)
    base = site.randint(2000, 60000) if wp else site.randint(20000, 400000)

    def number(o: Story) -> int:
        return base + 7 * c.others.index(o) + random.Random(o.title).randint(0, 5)

    c.repath(lambda o: f"/?p={number(o)}" if wp else f"/am/news/{number(o)}")
    _listify(c, "am-list")
    dr = _page_rng(c, "am")
    prose = prose_for("am", dr)
    excerpt = _other_sentences(c, prose, 2)
    nav = c.nav_items(" ")
    breaking = _snip_titles(c, c.pick_others(3))
    caption = c.snip(f"{dr.choice(AM_CAPTIONS)} ፎቶ፦ {dr.choice(AM_CREDITS)}")
    telegram = c.snip("ለተጨማሪ ወቅታዊ ዜናዎች የቴሌግራም ቻናላችንን ይቀላቀሉ")
    label, sites = c.share()
    related = _snip_titles(c, c.pick_others(4))
    notice = c.text("comments")
    popular = _snip_titles(c, c.pick_others(4))
    about = c.snip(pub.tagline)
    cp = c.copyright()
    c.snip(" ".join(AM_FOOTER[:4]))
    n = number(s)
    title = f"{esc(s.title)} &#8211; {esc(pub.name)}" if wp else esc(f"{s.title} - {pub.name}")
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "am-ET",
    }
    figure = (
        '<figure class="wp-block-image size-large">'
        f'<img src="/wp-content/uploads/{d:%Y/%m}/{_hex(dr, 8)}.jpg"'
        f' alt="" class="wp-image-{n - 1}"><figcaption class="wp-element-caption">{esc(caption)}</figcaption>'
        "</figure>"
        if wp
        else f'<figure class="photo"><img src="/images/news/{_hex(dr, 12)}.jpg" alt=""><figcaption>'
        f"{esc(caption)}</figcaption></figure>"
    )
    body = _blocks(
        c,
        '<p class="wp-block-paragraph">{t}</p>' if wp else "<p>{t}</p>",
        '<h{n} class="wp-block-heading">{t}</h{n}>' if wp else "<h{n}>{t}</h{n}>",
        '<ul class="wp-block-list">' if wp else "<ul>",
    )
    if wp:
        body = [figure, *body]
    head = [
        "<!DOCTYPE html>",
        '<html lang="am">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{title}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:locale" content="am_ET">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<link rel="shortlink" href="http://{pub.host}/?p={n}">'
        if wp
        else f'<link rel="canonical" href="{c.url()}">',
        _ldjson(data),
        "</head>",
    ]
    if wp:
        lines = [
            *head,
            f'<body class="post-template-default single single-post postid-{n} single-format-standard">',
            '<div id="page" class="site"><header id="masthead" class="site-header">',
            f'<p class="site-title"><a href="/" rel="home">{esc(pub.name)}</a></p>',
            '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
            + "\n".join(
                f'<li class="menu-item"><a href="/?cat={i + 2}">{esc(x)}</a></li>' for i, x in enumerate(nav)
            )
            + "</ul></nav></header>",
            '<div class="breaking-news"><span class="label">ሰበር ዜና</span><ul>'
            + _links(breaking)
            + "</ul></div>",
            '<div id="content" class="site-content"><main id="primary" class="site-main">',
            f'<article id="post-{n}" class="post-{n} post type-post status-publish format-standard'
            " has-post-thumbnail"
            ' hentry category-news">',
            '<header class="entry-header">',
            f'<h1 class="entry-title">{esc(s.title)}</h1>',
            '<div class="entry-meta"><span class="posted-on"><a href="#" rel="bookmark">'
            f'<time class="entry-date published" datetime="{c.iso()}">{et_date(d, weekday=False)}</time>'
            "</a></span>\n"
            f'<span class="byline">ዘጋቢ፦ <span class="author vcard">{esc(s.author.name)}</span></span></div>',
            "</header>",
            '<div class="entry-content">',
            *body,
            "</div>",
            f'<p class="tg-cta"><a href="https://t.me/{pub.host.split(".")[0]}">{esc(telegram)}</a></p>',
            f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{esc(label)}</h3>\n<ul>'
            + "\n".join(f'<li><a class="share-{i}" href="#">{esc(x)}</a></li>' for i, x in enumerate(sites))
            + "</ul></div>",
            '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">'
            "<em>ተዛማጅ ዜናዎች</em></h3>"
            + _links(related, '<div class="jp-relatedposts-post">{}</div>')
            + "</div>",
            "</article>",
            '<div id="comments" class="comments-area"><div id="respond" class="comment-respond">'
            '<h3 id="reply-title" class="comment-reply-title">አስተያየት ይስጡ</h3>'
            f'<p class="comment-notes">{esc(notice)}</p><textarea id="comment" name="comment"></textarea>'
            '<input name="submit" type="submit" id="submit" class="submit" value="አስተያየት ይለጥፉ"></div></div>',
            "</main>",
            '<aside id="secondary" class="widget-area"><section class="widget widget_top-posts">'
            '<h2 class="widget-title">በብዛት የተነበቡ</h2><ul>' + _links(popular) + "</ul></section></aside>",
            "</div>",
            f'<footer id="colophon" class="site-footer"><p class="about">{esc(about)}</p>',
            '<ul class="footer-menu">'
            + _footer_links(AM_FOOTER)
            + "</ul>",
            f'<div class="site-info">{esc(cp)}</div></footer></div>',
        ]
    else:
        lines = [
            *head,
            '<body class="news-detail">',
            f'<header class="top"><a class="brand" href="/am">{esc(pub.name)}</a>',
            '<ul class="nav">'
            + "\n".join(f'<li><a href="/am/category/{i}">{esc(x)}</a></li>' for i, x in enumerate(nav))
            + "</ul></header>",
            '<div class="ticker"><strong>ሰበር ዜና</strong>\n' + _links(breaking, "<span>{}</span>") + "</div>",
            '<div class="layout"><main><article class="news">',
            f'<span class="category">{esc(s.section)}</span>',
            f"<h1>{esc(s.title)}</h1>",
            f'<p class="excerpt">{esc(excerpt)}</p>',
            f'<div class="meta"><span class="reporter">ዘጋቢ፦ {esc(s.author.name)}</span>\n'
            f'<span class="ethio-date">{et_date(d)}</span></div>',
            figure,
            '<div class="news-body">',
            *body,
            "</div>",
            f'<div class="telegram"><a href="https://t.me/{pub.host.split(".")[0]}">{esc(telegram)}</a></div>',
            _share_div("share-bar", label, sites),
            "</article>",
            '<section class="related"><h2>ተዛማጅ ዜናዎች</h2><ul>' + _links(related) + "</ul></section>",
            f'<section class="comments"><p>{esc(notice)}</p></section>',
            "</main>",
            "<aside><h2>በብዛት የተነበቡ</h2><ol>" + _links(popular) + "</ol></aside></div>",
            f'<footer><p class="about">{esc(about)}</p><ul>'
            + _footer_links(AM_FOOTER)
            + f"</ul>\n<p>{esc(cp)}</p></footer>",
        ]
    return _end_page(c, lines, "cookie-notice", "እሺ")


# --- bn-khobor-portal ---------------------------------------------------------------------------

BN_FOOTER = ("আমাদের সম্পর্কে", "যোগাযোগ", "বিজ্ঞাপন", "গোপনীয়তা নীতি", "ব্যবহারের শর্তাবলি")
BN_CAPTIONS = (
    "নগর ভবনে সভা চলছে",
    "সড়কে চলছে নির্মাণকাজ",
    "জলাবদ্ধ সড়কে যানবাহনের ধীরগতি",
    "প্রকল্প এলাকা পরিদর্শন করছেন কর্মকর্তারা",
    "মানববন্ধনে অংশ নেন স্থানীয় বাসিন্দারা",
)
BN_EDITORS = ("মতিউর রহমান চৌধুরী", "নাঈমুল ইসলাম খান", "শাহনাজ পারভীন", "আবুল কালাম আজাদ")
BN_STREETS = ("কারওয়ান বাজার", "তেজগাঁও শিল্প এলাকা", "বাংলামোটর", "মতিঝিল বাণিজ্যিক এলাকা")


def bn_date(d: datetime) -> str:
    """ "০৭ মার্চ ২০২৬, ১৪:৩০"."""
    return bn_digits(f"{d:%d} {BN_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}")


def render_bn_khobor_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("bn")
    v = pub.index % 2
    base = site.randint(200000, 4000000)

    def path(o: Story) -> str:
        n = base + 61 * c.others.index(o) + random.Random(o.title).randint(0, 50)
        return f"/{BN_SECTION_SLUGS[o.section]}/article/{n}/{_slugged(bn_latin(o.title))}"

    c.repath(path)
    _listify(c, "bn-list")
    dr = _page_rng(c, "bn")
    prose = BengaliProse(dr)
    city = prose.city()
    today = c.snip(f"{city[0]}, {BN_WEEKDAYS[d.weekday()]}, {bn_date(d).split(',')[0]}")
    nav = c.nav_items(" ")
    byline = c.snip(f"{s.author.name}, {s.author.desk}, {city[0]}")
    caption = c.snip(f"{dr.choice(BN_CAPTIONS)}। ছবি: {pub.name}")
    inner = c.snip(f"{dr.choice(BN_CAPTIONS)}। ছবি: {prose.person()}") if v else ""
    reads = c.pick_others(2)
    for o in reads:
        c.snip(f"আরও পড়ুন {o.title}")
    gnews = c.snip(f"সর্বশেষ খবর পেতে {pub.name}-এর গুগল নিউজ চ্যানেল ফলো করুন")
    app = c.snip(f"{pub.name} অ্যাপ ডাউনলোড করে পড়ুন সব খবর")
    label, sites = c.share()
    popular = _snip_titles(c, c.pick_others(5))
    editor = c.snip(f"সম্পাদক ও প্রকাশক: {site.choice(BN_EDITORS)}")
    address = c.snip(
        bn_digits(f"{site.randint(12, 120)}, {site.choice(BN_STREETS)}, ঢাকা-{site.randint(1205, 1230)}")
    )
    cp = c.copyright()
    c.snip(" ".join(BN_FOOTER[:3]))
    updated = d + timedelta(minutes=dr.randint(20, 300))
    body = _blocks(c, "<p>{t}</p>", "<h2>{t}</h2>", "<ul>")
    inserts = [
        (
            1 + 2 * k,
            f'<div class="also-read"><span>আরও পড়ুন</span>\n<a href="{esc(o.path)}">{esc(o.title)}</a></div>',
        )
        for k, o in enumerate(reads)
    ]
    inserts.append((2, f'<div class="ad-slot"><span>বিজ্ঞাপন</span><div id="dfp-{_hex(dr, 6)}"></div></div>'))
    if inner:
        inserts.append(
            (
                3,
                f'<figure class="inline-photo"><img src="/media/{_hex(dr, 10)}.jpg" alt="">'
                f"<figcaption>{esc(inner)}</figcaption></figure>",
            )
        )
    body = _insert_after(body, "<p>", inserts)
    title = f"{s.title} | {pub.name}" if v == 0 else f"{s.title} - {pub.name}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": updated.isoformat(timespec="seconds"),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "bn",
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="bn">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso()}">' if v == 0 else "",
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="amphtml" href="{esc(c.url())}?amp">',
        _ldjson(data),
        "</head>",
        f'<body class="{"story-page" if v == 0 else "details"}">',
        f'<div class="topbar"><span class="today">{esc(today)}</span></div>',
        f'<header class="masthead"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="menu">'
        + "\n".join(f'<a href="/{i}">{esc(x)}</a>' for i, x in enumerate(nav))
        + "</nav></header>",
        '<div class="main"><article class="story">',
        f'<a class="section" href="/{BN_SECTION_SLUGS[s.section]}">{esc(s.section)}</a>',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="byline"><span class="author">{esc(byline)}</span></div>',
        f'<div class="time"><span class="published">প্রকাশ: {bn_date(d)}</span>\n'
        f'<span class="updated">আপডেট: {bn_date(updated)}</span></div>',
        f'<figure class="lead-photo"><img src="/media/{d:%Y-%m}/{_hex(dr, 10)}.jpg" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>",
        '<div class="story-body">' if v == 0 else '<div class="details-content">',
        *body,
        "</div>",
        f'<div class="follow"><a class="gnews" href="https://news.google.com/">{esc(gnews)}</a>\n'
        f'<a class="app" href="/app">{esc(app)}</a></div>',
        _share_div("share", label, sites),
        "</article>",
        '<aside class="most-read"><h2>সর্বাধিক পঠিত</h2><ol>' + _links(popular) + "</ol></aside>",
        "</div>",
        "<footer><ul>" + _footer_links(BN_FOOTER) + "</ul>",
        f"<p>{esc(editor)}</p>\n<p>{esc(address)}</p>\n<p>{esc(cp)}</p></footer>",
    ]
    return _end_page(c, lines, "cookie-consent", "ঠিক আছে")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "ka-ambebi-portal": render_ka_ambebi_portal,
    "hy-lratvakan-site": render_hy_lratvakan_site,
    "am-zena-site": render_am_zena_site,
    "bn-khobor-portal": render_bn_khobor_portal,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _end_page,
    _footer_links,
    _hex,
    _insert_after,
    _ldjson,
    _links,
    _listify,
    _other_sentences,
    _page_rng,
    _share_div,
    _slugged,
    _snip_titles,
    register_language,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import Ctx, Story, esc  # noqa: E402

# Georgian, Armenian, Amharic and Bengali join the registries (new keys only)
for _lang, _first, _last, _prose, _ui, _months, _zone in (
    ("ka", KA_FIRST, KA_SURNAMES, GeorgianProse, KA_UI, KA_MONTHS, "Asia/Tbilisi"),
    ("hy", HY_FIRST, HY_SURNAMES, ArmenianProse, HY_UI, HY_MONTHS, "Asia/Yerevan"),
    ("am", AM_FIRST, AM_FATHERS, AmharicProse, AM_UI, AM_MONTHS, "Africa/Addis_Ababa"),
    ("bn", BN_FIRST, BN_SURNAMES, BengaliProse, BN_UI, BN_MONTHS, "Asia/Dhaka"),
):
    register_language(
        _lang, first_names=_first, surnames=_last, prose=_prose, ui=_ui, months=_months, zones=(_zone,)
    )
