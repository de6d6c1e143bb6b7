"""Four BECK template families for the synthetic publishers (see `pipeline.synth.publishers`).

"beck" is a twenty-eighth split, next to "train", "test" and the held-out splits before it:
families written by a session that read neither the extractor, nor the pipeline's stages, nor any
extraction result, so no extraction rule was written or tuned against them. They are held out
until they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `BECK_FAMILIES`: the beck families are
generated only by `generate_corpus("beck")`, so every other corpus is as it was. This module also
brings four new languages, in right-to-left and Indic scripts and in Vietnamese, each with its
grammar, names, UI strings, month names and zone, added to the registries of `pipeline.synth.prose`
and `pipeline.synth.publishers` when the module is loaded (`kit.register_language`, new keys only;
nothing another language uses changes):
  * Hebrew ("he", `HebrewProse`): subject, past-tense verb agreeing in gender and number with it
    ("העירייה אישרה", "ראש העיר אישר", "התושבים אישרו"), "את" (or "על") and a definite object;
    present-tense headlines ("העירייה מאשרת את ..."); quotes closed with "אמר"/"אמרה" as the
    speaker's gender asks and the role in its gender;
  * Persian ("fa", `PersianProse`): subject-object-verb with "را", the compound verb's past agreeing
    with a plural subject ("تصویب کردند"), the perfect "کرده است" / "کرده‌اند", headlines as the
    action's noun ("تصویب ... از سوی ..."), «…» quotes after "گفت:", Persian digits, the zero-width
    non-joiner where Persian writes it ("می‌شود"); `jalali` converts to the Solar Hijri calendar;
  * Hindi ("hi", `HindiProse`): the ergative "ने" subject, the object in the oblique case with its
    postposition and a past verb whose agreement the construction fixes ("को मंजूरी दे दी", "का विरोध
    किया"), future sentences agreeing with their subject's gender ("करेगा"/"करेगी"/"करेंगे"), headlines
    with the verb first ("... को दी मंजूरी"), the danda "।"; `hi_latin` writes Devanagari in Latin
    letters for URL slugs;
  * Vietnamese ("vi", `VietnameseProse`): subject, "đã" and the verb, the object, a time phrase before
    the subject or after the object, names of surname, middle and given name with "ông"/"bà" as the
    middle name tells.
The Hebrew, Persian and Hindi grammars' `place()` gives a Latin-letter brand word, which is all the
publisher's name takes from it (these sites carry a Latin brand, as ynet, Tasnim's English name or
"Amar Ujala" in Hindi sites' <title>s do, and their host names are ASCII); their text's towns come
from `city()`. The Vietnamese sites are named after a province with no "đ" in its name.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a bulleted list inside the text is body, one line per item; a photo's
caption and credit are boilerplate; a standfirst under the headline is neither body nor
boilerplate; "read also" lines and ad labels amid the text are boilerplate. The choices each family
makes for the debatable parts:
  * he-daily-site: the subtitle under the headline (<h2 class="subTitle"> / "subtitle", the dek)
    is neither; the text, its subheadings and a list are body; the "מבזקים" flash headlines, the
    writer line ("name | desk"), the talkback count (too short for a snippet) and the talkbacks'
    notice, the photo's caption with its "(צילום: ...)" credit, the ad label amid the text, the
    share bar, the writer's box after the text (the same for a writer on every page), "כתבות נוספות
    שיעניינו אותך", the newsletter call, the tagline and the footer are boilerplate;
  * fa-khabar-agency: the first paragraph opens with "به گزارش خبرگزاری <name> از <city>،", the
    agency's own lead-in, and is body as written; the lead (<p class="lead summary">, the
    summary under the headline) and the kicker above the headline ("روتیتر", a role and a city)
    are neither; the "کد خبر" line, the Solar Hijri date, "انتهای پیام/" and the short link are
    neither body nor snippets (too short); the header's date ("امروز: ..."), the menu, the photo's
    caption and credit, "برچسب‌ها:" with the tags, the Telegram and Bale channel calls, the share
    bar, "اخبار مرتبط با این خبر", the comment notice, "پربازدیدترین اخبار امروز" and the copyright
    footer are boilerplate;
  * hi-samachar-portal: the text (sentences ending in "।"), <h2> subheadings and a list are body;
    the "यह भी पढ़ें:" lines amid the text (in <p class="also-read">) and the "विज्ञापन" slot are
    boilerplate, as are the breadcrumb, the byline ("लेखक: name, city desk"), the photo's caption
    ("... - फोटो : Site"), the app and WhatsApp channel calls, the share bar, "ट्रेंडिंग न्यूज़"
    and the footer; there is no standfirst;
  * vi-bao-dien-tu: the sapo (<h2 class="sapo">, "(SHORT) - ..." on some sites, or <p
    class="description">) is neither; the text, subheadings and a list are body; the author's name
    closing the text (<p class="author">) is neither (three words); the photo's caption with "Ảnh:",
    the "Tin liên quan" box amid the text, "Từ khóa:" with the tags, the share bar, the comment
    notice, "Đọc nhiều nhất trong ngày" and the footer (the hotline and e-mail, the licence with
    the editor-in-chief, the copyright) are boilerplate.

Families (language; date source):
  beck  he-daily-site           he, <html dir="rtl" lang="he">; <meta property="article:published_time">
                                and JSON-LD NewsArticle datePublished with the offset (+02:00,
                                +03:00 in summer time), a <time datetime> around the visible
                                "פורסם: 07.03.26, 14:30" or "פורסם: יום שבת, 7 במרץ 2026, 14:30";
                                paths /news/article/<9-character hashed id> or /item/<6-7 digits>
                                (a site each); <title> "T - Site" or "T | Site"
  beck  fa-khabar-agency        fa, rtl; <meta property="article:published_time"> and JSON-LD
                                datePublished, Gregorian with +03:30, and the visible Solar Hijri
                                "۱۶ اسفند ۱۴۰۴ - ۱۴:۳۰" in Persian digits; paths
                                /news/<yyyymmdd Solar Hijri + 5 digits>/<slug> or
                                /fa/news/<7-digit news code>/<slug>, the Persian slug
                                percent-encoded; <title> "T - خبرگزاری X | X News Agency" or
                                "خبرگزاری X - T"
  beck  hi-samachar-portal      hi; JSON-LD NewsArticle datePublished with +05:30 and the visible
                                "प्रकाशित: 7 मार्च 2026, 14:30 IST"; paths
                                /<state>/<city>[-news]/<Latin slug>-<8 digits>.html; <title>
                                "T - Site Hindi News" or "T | Site"
  beck  vi-bao-dien-tu          vi; <meta property="article:published_time"> (and "pubdate") with
                                +07:00, JSON-LD datePublished and the visible "Thứ Bảy, 07/03/2026
                                14:30 (GMT+7)"; paths /<slug-khong-dau>-post<6 digits>.html or
                                /<section>/<slug>-<yyyymmddHHMM + 5 digits>.htm; <title> "T | Site"
                                or "T - Site"

Every renderer gives every story of its publisher the platform's own URL on first use, and may turn
one middle paragraph into a list (and the Persian one adds the agency's lead-in to the first
paragraph), keeping the body within 14 lines and 250-900 words, so `body`, taken from the story
after rendering, has them. All four have site names of their own (`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

import random
import unicodedata
from urllib.parse import quote

from pipeline.synth.prose import Prose, _cap, _w

FAMILIES: dict[str, str] = {
    "he-daily-site": "beck",
    "fa-khabar-agency": "beck",
    "hi-samachar-portal": "beck",
    "vi-bao-dien-tu": "beck",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "he-daily-site": "he",
    "fa-khabar-agency": "fa",
    "hi-samachar-portal": "hi",
    "vi-bao-dien-tu": "vi",
}
# Hebrew, Persian and Hindi sites carry a Latin-letter brand ("{p}" is the grammar's `place()`, a
# Latin brand word), so their host names are ASCII; the Vietnamese ones a province's name
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "he-daily-site": ("{p}net", "{p} News", "{p}24", "Kol {p}", "{p} Online", "i{p}"),
    "fa-khabar-agency": ("{p} News Agency", "{p} News", "{p}Press", "{p} Online"),
    "hi-samachar-portal": ("{p} Samachar", "Dainik {p}", "{p} Live", "{p} Express", "{p} Kesari", "Jan {p}"),
    "vi-bao-dien-tu": ("Báo {p}", "{p} Online", "Tin tức {p}", "Thời báo {p}", "Người {p}", "{p} 24h"),
}


def _pick_gendered(
    rng: random.Random, first: dict[str, tuple[str, ...]], last: tuple[str, ...]
) -> tuple[str, str]:
    """A full name and its gender ("m" or "f")."""
    g = rng.choice("mf")
    return f"{rng.choice(first[g])} {rng.choice(last)}", g


# --- Hebrew ------------------------------------------------------------------------------------

HE_FIRST = {
    "m": _w("יוסי דוד משה אבי רון עומר יונתן איתי נועם אריאל עידו גיל אלון שי תומר אורי יואב עמית ניר אסף"),
    "f": _w("מיכל נועה שירה רונית יעל תמר הילה ענבל אורית דנה ליאת קרן סיגל מאיה רותם אביטל הדס נטע"),
}
HE_SURNAMES = _w("""כהן לוי מזרחי פרץ ביטון דהן אברהם פרידמן אזולאי מלכה שפירא גולן ברק רוזן אוחיון חדד
    אלמוג קליין שטרן אשכנזי גבאי סויסה נחום עמר""")
# the site-name words (Latin, for the brand and the host) and the towns of the text
HE_BRANDS = _w(
    "Galim Harel Shaked Tavor Ofek Gilboa Carmel Arava Nofim Rimon Te'ena Zohar Elah Dekel Tamar Yarden"
)
HE_CITIES = (
    "חולון",
    "רחובות",
    "נתניה",
    "אשדוד",
    "כפר סבא",
    "רעננה",
    "חדרה",
    "עפולה",
    "נהריה",
    "קריית גת",
    "מודיעין",
    "בית שמש",
    "דימונה",
    "טבריה",
    "אילת",
    "צפת",
    "יבנה",
    "לוד",
    "רמלה",
    "הרצליה",
    "קריית שמונה",
    "נס ציונה",
    "ראש העין",
    "אור יהודה",
)
# (subject, "m" | "f" | "p")
HE_AGENTS: tuple[tuple[str, str], ...] = (
    ("העירייה", "f"),
    ("ראש העיר", "m"),
    ("מועצת העיר", "f"),
    ("הוועדה המחוזית לתכנון ובנייה", "f"),
    ("משרד התחבורה", "m"),
    ("משרד החינוך", "m"),
    ("המשטרה", "f"),
    ("התושבים", "p"),
    ("חברי האופוזיציה", "p"),
    ("הנהלת בית החולים", "f"),
    ("ועד השכונה", "m"),
    ("רשות המים", "f"),
    ("הממשלה", "f"),
    ("נציגי הסוחרים", "p"),
    ("החברה הכלכלית", "f"),
    ("מבקר המדינה", "m"),
    ("ההורים בבית הספר", "p"),
    ("ועדת הכספים", "f"),
)
# (past m, f, pl; present m, f, pl; the object's preposition)
HE_VERBS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("אישר", "אישרה", "אישרו", "מאשר", "מאשרת", "מאשרים", "את"),
    ("דחה", "דחתה", "דחו", "דוחה", "דוחה", "דוחים", "את"),
    ("הקפיא", "הקפיאה", "הקפיאו", "מקפיא", "מקפיאה", "מקפיאים", "את"),
    ("בחן", "בחנה", "בחנו", "בוחן", "בוחנת", "בוחנים", "את"),
    ("הציג", "הציגה", "הציגו", "מציג", "מציגה", "מציגים", "את"),
    ("קידם", "קידמה", "קידמו", "מקדם", "מקדמת", "מקדמים", "את"),
    ("ביקר", "ביקרה", "ביקרו", "מבקר", "מבקרת", "מבקרים", "את"),
    ("עיכב", "עיכבה", "עיכבו", "מעכב", "מעכבת", "מעכבים", "את"),
    ("הודיע", "הודיעה", "הודיעו", "מודיע", "מודיעה", "מודיעים", "על"),
    ("דרש", "דרשה", "דרשו", "דורש", "דורשת", "דורשים", "את"),
    ("תקף", "תקפה", "תקפו", "תוקף", "תוקפת", "תוקפים", "את"),
)
HE_OBJECTS = (
    "התקציב העירוני",
    "תוכנית המתאר החדשה",
    "פרויקט הרכבת הקלה",
    "הרחבת בית הספר היסודי",
    "שיפוץ המרכז המסחרי",
    "הקמת הפארק בשכונה",
    "הסדרי התנועה בכניסה לעיר",
    "העלאת הארנונה",
    "תוכנית הדיור בר ההשגה",
    "סגירת הבריכה העירונית",
    "בניית מגדלי המגורים",
    "התקנת המצלמות ברחובות",
    "פינוי המבנים הישנים",
    "מכרז התחבורה הציבורית",
    "הקמת המעון החדש",
    "הרחבת אזור התעשייה",
    "תוכנית החניה בשכונות",
    "שדרוג מערכת הביוב",
)
HE_TIMES = (
    "ביום שלישי",
    "אתמול",
    "השבוע",
    "בישיבה שנערכה אמש",
    "לאחר דיון סוער",
    "פה אחד",
    "סופית",
    "בשבוע שעבר",
    "הבוקר",
    "בישיבה מיוחדת",
)
HE_SOURCES = (
    "לדברי גורמים בעירייה,",
    "על פי הודעת הדוברות,",
    "כפי שפורסם כאן אתמול,",
    "לפי נתונים שהגיעו לידינו,",
    "על פי המסמכים שהוצגו בישיבה,",
)
# (role m, role f)
HE_ROLES = (
    ("ראש העיר", "ראשת העיר"),
    ("יושב ראש ועד השכונה", "יושבת ראש ועד השכונה"),
    ("דובר העירייה", "דוברת העירייה"),
    ("חבר מועצת העיר", "חברת מועצת העיר"),
    ("מנהל בית הספר", "מנהלת בית הספר"),
    ("תושב השכונה", "תושבת השכונה"),
    ("מהנדס העיר", "מהנדסת העיר"),
)
HE_SAYINGS = (
    "זו השקעה שתשרת את כל תושבי העיר",
    "לא נפקיר את התושבים",
    "העבודות מתקדמות לפי לוח הזמנים",
    "אנחנו מבקשים מהציבור סבלנות",
    "חיכינו לזה שנים",
    "שמענו את התושבים ופעלנו בהתאם",
    "אי אפשר לדחות את ההחלטה הזאת יותר",
    "התקציב קיים, עכשיו צריך לבצע",
    "איש לא הסביר לנו מה יקרה למשפחות",
    "זו החלטה אמיצה ונכונה",
)
HE_FRONTS = ("סערה", "סערה פוליטית", "דרמה במועצה", "תפנית", "זעם", "מחאה")
HE_SUBHEADS = (
    "מה יקרה עכשיו?",
    "תגובת התושבים",
    "כמה זה יעלה?",
    "ויכוח ישן",
    "מה אומרת האופוזיציה?",
    "הפרטים המלאים",
    "לוח הזמנים",
    "שאלות פתוחות",
)
HE_MONTHS = (
    "ינואר",
    "פברואר",
    "מרץ",
    "אפריל",
    "מאי",
    "יוני",
    "יולי",
    "אוגוסט",
    "ספטמבר",
    "אוקטובר",
    "נובמבר",
    "דצמבר",
)
HE_WEEKDAYS = ("יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "יום שבת", "יום ראשון")


class HebrewProse(Prose):
    """Hebrew local news: subject, past-tense verb agreeing in gender and number, "את"/"על" and a
    definite object; present-tense headlines."""

    lang = "he"

    def person(self) -> str:
        return _pick_gendered(self.rng, HE_FIRST, HE_SURNAMES)[0]

    def place(self) -> str:
        """The site-name word (Latin letters); the text's towns are `city()`."""
        return self.rng.choice(HE_BRANDS)

    def city(self) -> str:
        return self.rng.choice(HE_CITIES)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, g = rng.choice(HE_AGENTS)
        verb = rng.choice(HE_VERBS)
        when = f" {rng.choice(HE_TIMES)}" if time else ""
        return f"{agent} {verb['mfp'.index(g)]}{when} {verb[6]} {rng.choice(HE_OBJECTS)}"

    def said(self) -> str:
        rng = self.rng
        name, g = _pick_gendered(rng, HE_FIRST, HE_SURNAMES)
        role = rng.choice(HE_ROLES)[g == "f"]
        return f'"{rng.choice(HE_SAYINGS)}", {"אמרה" if g == "f" else "אמר"} {name}, {role}.'

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return self.said()
        if r < 0.25:
            return f"{rng.choice(HE_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            conj = rng.choice((", אך", ", בעוד", ", ולכן", " ובמקביל", ", אולם"))
            return f"{self.clause(time=rng.random() < 0.4)}{conj} {self.clause()}."
        if r < 0.46:
            return f"אף ש{self.clause()}, {self.clause(time=True)}."
        if r < 0.6:
            return rng.choice(
                (
                    f"עלות הפרויקט מוערכת ב-{rng.randint(12, 480)} מיליון שקל.",
                    f"העבודות צפויות להימשך כ-{rng.randint(4, 30)} חודשים.",
                    f"ההחלטה התקבלה ברוב של {rng.randint(8, 15)} חברי מועצה מול {rng.randint(1, 7)}.",
                    f"{10 * rng.randint(30, 900)} תושבים כבר חתמו על העצומה נגד התוכנית.",
                    f"כ-{rng.randint(2, 8)}0 אחוז מהעלות ימומנו על ידי המדינה.",
                    f"לפי ההערכות, הפרויקט יושלם עד סוף {rng.randint(2027, 2031)}.",
                )
            )
        if r < 0.72:
            return f"בעיריית {self.city()} טוענים ש{self.clause()}."
        if r < 0.86:
            return rng.choice(
                (
                    f"תושבי {self.city()} מחכים להחלטה הזאת כבר שנים.",
                    f"זו לא הפעם הראשונה ש{self.clause()}.",
                    f"מצב דומה נרשם לאחרונה גם ב{self.city()}.",
                    f"בינתיים, ב{self.city()} המצב נותר ללא שינוי.",
                    "הנושא צפוי לעלות שוב לדיון במליאת המועצה בחודש הבא.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, g = rng.choice(HE_AGENTS)
        verb = rng.choice(HE_VERBS)
        head = f"{agent} {verb[3 + 'mfp'.index(g)]} {verb[6]} {rng.choice(HE_OBJECTS)}"
        if r < 0.3:
            return f"{self.city()}: {head}"
        if r < 0.55:
            return head
        if r < 0.85:
            return f"{rng.choice(HE_FRONTS)} ב{self.city()}: {head}"
        return f'{self.person()}: "{rng.choice(HE_SAYINGS)}"'

    def subheading(self) -> str:
        return self.rng.choice(HE_SUBHEADS)


HE_UI: dict[str, tuple[str, ...]] = {
    "nav": ("ראשי", "חדשות", "כלכלה", "ספורט", "תרבות", "בריאות", "דעות", "צרכנות", "רכב", "תיירות", "אוכל"),
    "sections": ("חדשות", "חדשות בארץ", "כלכלה", "צרכנות", "חינוך", "בריאות"),
    "related": ("כתבות נוספות",),
    "read_more": ("עוד בנושא:",),
    "by": ("מאת",),
    "desks": ("חדשות", "דסק החדשות", "רשויות מקומיות", "כלכלה", "חינוך ורווחה", "מחוז צפון"),
    "share": ("שתפו את הכתבה", "שתפו עם חברים"),
    "share_sites": ("וואטסאפ", "פייסבוק", "X", "טלגרם", "מייל", "העתקת קישור"),
    "newsletter": (
        "הירשמו לניוזלטר שלנו וקבלו את עיקרי החדשות ישירות למייל בכל בוקר",
        "רוצים לקבל את הכותרות החמות לפני כולם? הצטרפו לניוזלטר היומי",
    ),
    "comments": (
        "התגובות מתפרסמות לאחר אישור המערכת ובכפוף לתנאי השימוש באתר",
        "המערכת שומרת לעצמה את הזכות שלא לפרסם תגובות פוגעניות",
    ),
    "cookie": ("האתר עושה שימוש בעוגיות לצורך שיפור חוויית הגלישה והתאמת פרסומות",),
    "ad": ("פרסומת - הכתבה נמשכת למטה", "תוכן ממומן - המשך הכתבה בהמשך"),
    "copyright": ("© כל הזכויות שמורות ל-{name} {year}", "{name} © {year} כל הזכויות שמורות"),
    "disclaimer": ("אין לשכפל, להעתיק או לצלם כל חלק מהאתר ללא אישור בכתב",),
    "tagline": ("עיתון יומי עצמאי מאז {since}", "החדשות שלך, בכל רגע, מאז {since}"),
    "bio": (
        "{author} - {desk_l} ב-{name}. תחום סיקור: {beat}. במערכת מאז {since2}.",
        "{author}, מערכת {name}. סיקור {beat}; מידע ופניות לכתובת המערכת.",
    ),
    "beats": ("השלטון המקומי", "התחבורה", "החינוך", "הבריאות", 'הדיור והנדל"ן', "איכות הסביבה"),
    "editorial": ("הכתבה היא חלק מפרויקט העיתונות המקומית של {name}.",),
    "classified": ("להשכרה: דירת 4 חדרים משופצת במרכז העיר, כניסה מיידית.",),
    "subscribe": ("הצטרפו למינוי הדיגיטלי ב-9.90 שקל בחודש הראשון",),
}


# --- Persian -----------------------------------------------------------------------------------

FA_FIRST = {
    "m": _w("محمد علی حسین رضا مهدی امیر سعید حمید مجید بهرام کامران فرهاد داریوش بابک سینا آرش پویا مسعود"),
    "f": _w("زهرا فاطمه مریم سارا نرگس لیلا شیرین مهسا نازنین پریسا الهام فرشته سمیرا هانیه نیلوفر مینا"),
}
FA_SURNAMES = _w("""احمدی محمدی حسینی رضایی کریمی موسوی جعفری صادقی رحیمی نوری کاظمی قاسمی ابراهیمی طاهری
    مرادی شریفی یزدانی تهرانی اکبری فراهانی نجفی باقری""")
# (brand word in Latin letters, in Persian)
FA_BRANDS = (
    ("Sepehr", "سپهر"),
    ("Arman", "آرمان"),
    ("Navid", "نوید"),
    ("Shafagh", "شفق"),
    ("Tadbir", "تدبیر"),
    ("Payam", "پیام"),
    ("Nasim", "نسیم"),
    ("Roshana", "روشنا"),
    ("Bamdad", "بامداد"),
    ("Parsian", "پارسیان"),
    ("Kavosh", "کاوش"),
    ("Farda", "فردا"),
    ("Pegah", "پگاه"),
    ("Setareh", "ستاره"),
    ("Rasa", "رسا"),
    ("Hamgam", "همگام"),
)
FA_CITIES = (
    "تهران",
    "اصفهان",
    "شیراز",
    "تبریز",
    "مشهد",
    "کرج",
    "قم",
    "اهواز",
    "کرمان",
    "رشت",
    "ارومیه",
    "همدان",
    "یزد",
    "زنجان",
    "سنندج",
    "بندرعباس",
    "گرگان",
    "ساری",
    "قزوین",
    "اراک",
    "کاشان",
    "بوشهر",
)
# (subject, plural)
FA_AGENTS: tuple[tuple[str, bool], ...] = (
    ("شهرداری", False),
    ("شورای شهر", False),
    ("استانداری", False),
    ("فرمانداری", False),
    ("وزارت راه و شهرسازی", False),
    ("اداره کل حفاظت محیط زیست", False),
    ("ساکنان محله", True),
    ("نمایندگان مجلس", True),
    ("اعضای شورا", True),
    ("پلیس راهور", False),
    ("اتاق بازرگانی", False),
    ("کسبه بازار", True),
    ("اداره کل آموزش و پرورش استان", False),
    ("شرکت آب و فاضلاب", False),
    ("دانشگاه علوم پزشکی", False),
    ("کشاورزان منطقه", True),
)
# (the verb's noun part, its past stem, the noun of the action for a headline)
FA_VERBS: tuple[tuple[str, str, str], ...] = (
    ("تصویب", "کرد", "تصویب"),
    ("رد", "کرد", "رد"),
    ("بررسی", "کرد", "بررسی"),
    ("اعلام", "کرد", "اعلام"),
    ("متوقف", "کرد", "توقف"),
    ("تأیید", "کرد", "تأیید"),
    ("به تعویق", "انداخت", "تعویق"),
    ("پیگیری", "کرد", "پیگیری"),
    ("بازنگری", "کرد", "بازنگری"),
    ("اصلاح", "کرد", "اصلاح"),
)
FA_OBJECTS = (
    "بودجه سال آینده",
    "طرح تعریض بزرگراه",
    "پروژه قطار شهری",
    "طرح جامع شهری",
    "افزایش عوارض نوسازی",
    "ساخت بیمارستان جدید",
    "مناقصه خرید اتوبوس",
    "طرح ساماندهی دستفروشان",
    "احداث پارک محله‌ای",
    "بازسازی بازار قدیمی",
    "طرح انتقال آب",
    "گزارش کمیسیون عمران",
    "ساخت مدرسه جدید",
    "قرارداد جمع‌آوری پسماند",
    "طرح نوسازی بافت فرسوده",
    "برنامه مدیریت مصرف آب",
)
FA_TIMES = (
    "روز سه‌شنبه",
    "هفته گذشته",
    "در جلسه علنی امروز",
    "پس از بحث‌های طولانی",
    "به اتفاق آرا",
    "سرانجام",
    "بار دیگر",
    "در نشست فوق‌العاده",
    "این هفته",
    "روز گذشته",
)
FA_SOURCES = (
    "به گزارش خبرنگار ما،",
    "بنا بر اعلام روابط عمومی شهرداری،",
    "طبق اطلاعات رسیده،",
    "بر اساس گزارش کمیسیون عمران،",
    "به گفته منابع آگاه،",
)
FA_ROLES = (
    "شهردار",
    "رئیس شورای شهر",
    "عضو شورای شهر",
    "معاون استاندار",
    "مدیرکل راه و شهرسازی استان",
    "نماینده مردم در مجلس",
    "سخنگوی شهرداری",
    "رئیس اتاق بازرگانی",
)
FA_SAYINGS = (
    "این سرمایه‌گذاری به نفع همه شهروندان است",
    "ساکنان را تنها نخواهیم گذاشت",
    "عملیات اجرایی طبق برنامه پیش می‌رود",
    "از مردم صبوری می‌خواهیم",
    "سال‌هاست که روی این طرح کار می‌کنیم",
    "صدای مردم را شنیدیم",
    "اعتبار این طرح تأمین شده است",
    "هیچ‌کس به ما توضیح نداده است",
    "نمی‌توانیم این تصمیم را بیش از این به تعویق بیندازیم",
)
FA_SUBHEADS = (
    "مرحله بعد چیست؟",
    "واکنش ساکنان",
    "هزینه طرح چقدر است؟",
    "بحثی قدیمی",
    "نظر مخالفان",
    "جزئیات طرح",
    "زمان‌بندی اجرا",
    "پرسش‌های بی‌پاسخ",
)
FA_MONTHS = (
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
)
FA_SOLAR_MONTHS = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)
FA_WEEKDAYS = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")  # Monday first
_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def fa_digits(text: object) -> str:
    """The text with Persian digits."""
    return str(text).translate(_FA_DIGITS)


def jalali(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Solar Hijri (Jalali) date of a Gregorian date."""
    g_d_m = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = year + 1 if month > 2 else year
    days = (
        355666 + 365 * year + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + day + g_d_m[month - 1]
    )
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


class PersianProse(Prose):
    """Persian agency prose: subject-object-verb, the object with "را", the compound verb's past
    agreeing in number with a plural subject ("کردند"), the perfect "کرده است" / "کرده‌اند";
    headlines as the action's noun "تصویب ... از سوی ..." or a full sentence; Persian digits."""

    lang = "fa"

    def person(self) -> str:
        return _pick_gendered(self.rng, FA_FIRST, FA_SURNAMES)[0]

    def place(self) -> str:
        """The site-name word (Latin letters); the text's cities are `city()`."""
        return self.rng.choice(FA_BRANDS)[0]

    def city(self) -> str:
        return self.rng.choice(FA_CITIES)

    def clause(self, time: bool = False, perfect: bool = False) -> str:
        rng = self.rng
        agent, plural = rng.choice(FA_AGENTS)
        noun, stem, _ = rng.choice(FA_VERBS)
        if perfect:
            verb = f"{noun} {stem}ه‌اند" if plural else f"{noun} {stem}ه است"
        else:
            verb = f"{noun} {stem}{'ند' if plural else ''}"
        when = f" {rng.choice(FA_TIMES)}" if time else ""
        return f"{agent}{when} {rng.choice(FA_OBJECTS)} را {verb}"

    def said(self) -> str:
        rng = self.rng
        return f"{self.person()}، {rng.choice(FA_ROLES)}، گفت: «{rng.choice(FA_SAYINGS)}»."

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return self.said()
        if r < 0.25:
            return f"{rng.choice(FA_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            conj = rng.choice(("، اما", "، در حالی که", " و", "، به همین دلیل"))
            return f"{self.clause(time=rng.random() < 0.4)}{conj} {self.clause()}."
        if r < 0.46:
            return f"با وجود اینکه {self.clause(perfect=True)}، {self.clause(time=True)}."
        if r < 0.6:
            return fa_digits(
                rng.choice(
                    (
                        f"اعتبار این طرح {rng.randint(40, 900)} میلیارد تومان برآورد شده است.",
                        f"عملیات اجرایی این پروژه حدود {rng.randint(4, 30)} ماه طول می‌کشد.",
                        f"این طرح با {rng.randint(7, 15)} رأی موافق و"
                        f" {rng.randint(1, 6)} رأی مخالف تصویب شد.",
                        f"تاکنون {10 * rng.randint(30, 900)} نفر از ساکنان"
                        " طوماری را در مخالفت با طرح امضا کرده‌اند.",
                        f"{rng.randint(2, 8)}۰ درصد هزینه‌ها از محل اعتبارات ملی تأمین می‌شود.",
                        f"قرار است این پروژه تا پایان سال {rng.randint(1405, 1408)} به بهره‌برداری برسد.",
                    )
                )
            )
        if r < 0.72:
            return f"شهردار {self.city()} می‌گوید {self.clause(perfect=True)}."
        if r < 0.86:
            return rng.choice(
                (
                    f"ساکنان {self.city()} سال‌هاست منتظر این تصمیم هستند.",
                    f"این نخستین بار نیست که {self.clause()}.",
                    f"وضعیت مشابهی پیش‌تر در {self.city()} نیز گزارش شده بود.",
                    f"در {self.city()} اما هنوز تغییری در وضعیت ایجاد نشده است.",
                    "این موضوع ماه آینده دوباره در دستور کار شورا قرار می‌گیرد.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, plural = rng.choice(FA_AGENTS)
        noun, stem, action = rng.choice(FA_VERBS)
        obj = rng.choice(FA_OBJECTS)
        if r < 0.35:
            return f"{action} {obj} از سوی {agent}"
        if r < 0.6:
            return f"{agent} {obj} را {noun} {stem}{'ند' if plural else ''}"
        if r < 0.85:
            return f"{action} {obj} در {self.city()}"
        return f"{rng.choice(FA_ROLES)} {self.city()}: {rng.choice(FA_SAYINGS)}"

    def subheading(self) -> str:
        return self.rng.choice(FA_SUBHEADS)


FA_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "صفحه اصلی",
        "سیاسی",
        "اقتصادی",
        "اجتماعی",
        "فرهنگی",
        "ورزشی",
        "بین‌الملل",
        "استان‌ها",
        "عکس",
        "فیلم",
        "علمی",
    ),
    "sections": ("اجتماعی", "اقتصادی", "استان‌ها", "شهری", "محیط زیست", "آموزش"),
    "related": ("اخبار مرتبط",),
    "read_more": ("بیشتر بخوانید:",),
    "by": ("نویسنده:",),
    "desks": ("خبرنگار", "دبیر سرویس اجتماعی", "خبرنگار اعزامی", "دبیر سرویس استان‌ها"),
    "share": ("اشتراک‌گذاری این خبر", "این خبر را به اشتراک بگذارید"),
    "share_sites": ("تلگرام", "واتساپ", "ایتا", "بله", "X", "کپی لینک"),
    "newsletter": ("برای دریافت مهم‌ترین اخبار روز در خبرنامه ما عضو شوید",),
    "comments": ("نظرات حاوی توهین و تهمت منتشر نمی‌شود", "نظرات پس از تأیید سردبیر منتشر می‌شود"),
    "cookie": ("این وب‌سایت برای بهبود تجربه کاربری از کوکی استفاده می‌کند",),
    "ad": ("آگهی - ادامه خبر در پایین",),
    "copyright": ("کلیه حقوق این سایت متعلق به {name} است و استفاده از مطالب با ذکر منبع بلامانع است.",),
    "disclaimer": ("مسئولیت نظرات منتشرشده بر عهده نویسندگان آنهاست.",),
    "tagline": ("نخستین خبرگزاری خصوصی استان از سال {since}", "خبرگزاری مستقل از سال {since}"),
    "bio": ("{author} از سال {since2} خبرنگار {name} است و درباره {beat} می‌نویسد.",),
    "beats": ("مدیریت شهری", "حمل و نقل", "آموزش", "سلامت", "محیط زیست", "مسکن"),
    "editorial": ("این گزارش بخشی از پرونده «شهر ما» در {name} است.",),
    "classified": ("آگهی فروش آپارتمان ۸۵ متری در مرکز شهر با سند تک‌برگ.",),
    "subscribe": ("اپلیکیشن خبرگزاری را نصب کنید",),
}


# --- Hindi -------------------------------------------------------------------------------------

HI_FIRST = {
    "m": _w("राजेश सुनील अमित विकास राहुल संजय मनोज अनिल प्रदीप दीपक आशीष विनोद रवि सौरभ अंकित अजय नरेंद्र"),
    "f": _w("सुनीता पूजा प्रिया नेहा अंजलि कविता रीना सीमा ममता स्वाति शालिनी दीपिका रचना मीनाक्षी"),
}
HI_SURNAMES = _w(
    "शर्मा वर्मा गुप्ता सिंह यादव मिश्रा तिवारी पांडेय श्रीवास्तव चौहान अग्रवाल जैन त्रिपाठी दुबे सक्सेना राठौर मौर्य"
)
HI_BRANDS = _w("""Uday Prakash Sankalp Pragati Aalok Nirmal Satyam Kiran Vikas Jagriti Darpan Shikhar
    Anmol Sarthi
    Tarang Prerna""")
# (city, its Latin slug, the state's slug, the state)
HI_CITIES: tuple[tuple[str, str, str, str], ...] = (
    ("लखनऊ", "lucknow", "uttar-pradesh", "उत्तर प्रदेश"),
    ("कानपुर", "kanpur", "uttar-pradesh", "उत्तर प्रदेश"),
    ("वाराणसी", "varanasi", "uttar-pradesh", "उत्तर प्रदेश"),
    ("आगरा", "agra", "uttar-pradesh", "उत्तर प्रदेश"),
    ("प्रयागराज", "prayagraj", "uttar-pradesh", "उत्तर प्रदेश"),
    ("जयपुर", "jaipur", "rajasthan", "राजस्थान"),
    ("जोधपुर", "jodhpur", "rajasthan", "राजस्थान"),
    ("उदयपुर", "udaipur", "rajasthan", "राजस्थान"),
    ("भोपाल", "bhopal", "madhya-pradesh", "मध्य प्रदेश"),
    ("इंदौर", "indore", "madhya-pradesh", "मध्य प्रदेश"),
    ("ग्वालियर", "gwalior", "madhya-pradesh", "मध्य प्रदेश"),
    ("पटना", "patna", "bihar", "बिहार"),
    ("गया", "gaya", "bihar", "बिहार"),
    ("देहरादून", "dehradun", "uttarakhand", "उत्तराखंड"),
    ("हल्द्वानी", "haldwani", "uttarakhand", "उत्तराखंड"),
    ("रांची", "ranchi", "jharkhand", "झारखंड"),
    ("रायपुर", "raipur", "chhattisgarh", "छत्तीसगढ़"),
    ("शिमला", "shimla", "himachal-pradesh", "हिमाचल प्रदेश"),
    ("अंबाला", "ambala", "haryana", "हरियाणा"),
    ("हिसार", "hisar", "haryana", "हरियाणा"),
)
# (subject with "ने", subject, "m" | "f" | "p")
HI_AGENTS: tuple[tuple[str, str, str], ...] = (
    ("नगर निगम ने", "नगर निगम", "m"),
    ("जिला प्रशासन ने", "जिला प्रशासन", "m"),
    ("नगर पालिका परिषद ने", "नगर पालिका परिषद", "f"),
    ("राज्य सरकार ने", "राज्य सरकार", "f"),
    ("लोक निर्माण विभाग ने", "लोक निर्माण विभाग", "m"),
    ("पुलिस ने", "पुलिस", "f"),
    ("स्थानीय लोगों ने", "स्थानीय लोग", "p"),
    ("व्यापारियों ने", "व्यापारी", "p"),
    ("विपक्ष ने", "विपक्ष", "m"),
    ("जिलाधिकारी ने", "जिलाधिकारी", "p"),
    ("स्वास्थ्य विभाग ने", "स्वास्थ्य विभाग", "m"),
    ("पार्षदों ने", "पार्षद", "p"),
    ("विकास प्राधिकरण ने", "विकास प्राधिकरण", "m"),
    ("शिक्षा विभाग ने", "शिक्षा विभाग", "m"),
)
# (postposition after the object, the verb in the past, the verb as a headline puts it first)
HI_VERBS: tuple[tuple[str, str, str], ...] = (
    ("को", "मंजूरी दे दी", "दी मंजूरी"),
    ("को", "खारिज कर दिया", "किया खारिज"),
    ("को", "टाल दिया", "टाला"),
    ("पर", "रोक लगा दी", "लगाई रोक"),
    ("की", "समीक्षा की", "की समीक्षा"),
    ("की", "घोषणा की", "की घोषणा"),
    ("की", "मांग की", "की मांग"),
    ("का", "विरोध किया", "किया विरोध"),
    ("का", "निरीक्षण किया", "किया निरीक्षण"),
    ("को", "हरी झंडी दे दी", "दी हरी झंडी"),
)
# objects in the oblique case (a postposition follows them)
HI_OBJECTS = (
    "नए बजट",
    "सड़क चौड़ीकरण योजना",
    "मेट्रो परियोजना",
    "नई पार्किंग नीति",
    "अस्पताल के नए भवन",
    "स्मार्ट सिटी परियोजना",
    "गृहकर वृद्धि",
    "फ्लाईओवर निर्माण",
    "अतिक्रमण हटाओ अभियान",
    "पेयजल योजना",
    "नए बस अड्डे",
    "स्कूलों के समय में बदलाव",
    "सीवर लाइन के काम",
    "कूड़ा प्रबंधन के ठेके",
    "रिंग रोड परियोजना",
)
HI_TIMES = (
    "मंगलवार को",
    "बुधवार को",
    "पिछले सप्ताह",
    "बैठक में",
    "लंबी बहस के बाद",
    "सर्वसम्मति से",
    "आखिरकार",
    "एक बार फिर",
    "विशेष बैठक में",
    "इस सप्ताह",
)
HI_SOURCES = (
    "सूत्रों के मुताबिक,",
    "अधिकारियों के अनुसार,",
    "प्रशासन की ओर से जारी बयान के अनुसार,",
    "मिली जानकारी के अनुसार,",
)
HI_ROLES = (
    "महापौर",
    "जिलाधिकारी",
    "नगर आयुक्त",
    "पार्षद",
    "व्यापार मंडल के अध्यक्ष",
    "विधायक",
    "स्थानीय निवासी",
    "मुख्य चिकित्सा अधिकारी",
)
HI_SAYINGS = (
    "यह पूरे शहर के लिए बड़ा निवेश है",
    "हम लोगों को अकेला नहीं छोड़ेंगे",
    "काम तय समय पर पूरा होगा",
    "लोगों से धैर्य रखने की अपील है",
    "हम वर्षों से इसके लिए काम कर रहे हैं",
    "जनता की बात सुनी गई है",
    "पैसा मंजूर हो चुका है, अब काम शुरू होना चाहिए",
    "किसी ने हमें नहीं बताया कि प्रभावित परिवारों का क्या होगा",
)
HI_SUBHEADS = (
    "अब आगे क्या होगा?",
    "लोगों की प्रतिक्रिया",
    "कितना खर्च आएगा?",
    "पुराना है विवाद",
    "विपक्ष ने क्या कहा?",
    "मुख्य बातें",
    "कब तक पूरा होगा काम",
    "अनसुलझे सवाल",
)
HI_MONTHS = ("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर")


class HindiProse(Prose):
    """Hindi local news: the ergative "ने" subject, the object with its postposition and a past verb
    whose agreement the construction fixes ("को मंजूरी दे दी", "का विरोध किया"); future sentences
    agreeing with their subject's gender; headlines with the verb first ("... को दी मंजूरी"); the
    danda "।"."""

    lang = "hi"

    def person(self) -> str:
        return _pick_gendered(self.rng, HI_FIRST, HI_SURNAMES)[0]

    def place(self) -> str:
        """The site-name word (Latin letters); the text's cities are `city()`."""
        return self.rng.choice(HI_BRANDS)

    def city(self) -> str:
        return self.rng.choice(HI_CITIES)[0]

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent = rng.choice(HI_AGENTS)[0]
        post, verb, _ = rng.choice(HI_VERBS)
        when = f" {rng.choice(HI_TIMES)}" if time else ""
        return f"{agent}{when} {rng.choice(HI_OBJECTS)} {post} {verb}"

    def future(self) -> str:
        rng = self.rng
        _, agent, g = rng.choice(HI_AGENTS)
        end = {"m": "करेगा", "f": "करेगी", "p": "करेंगे"}[g]
        return f"{agent} अगले महीने {rng.choice(HI_OBJECTS)} की समीक्षा {end}"

    def said(self) -> str:
        rng = self.rng
        return f'{rng.choice(HI_ROLES)} {self.person()} ने कहा, "{rng.choice(HI_SAYINGS)}।"'

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return self.said()
        if r < 0.25:
            return f"{rng.choice(HI_SOURCES)} {self.clause(time=rng.random() < 0.6)}।"
        if r < 0.38:
            conj = rng.choice((", लेकिन", ", जबकि", " और", ", इसलिए"))
            return f"{self.clause(time=rng.random() < 0.4)}{conj} {self.clause()}।"
        if r < 0.46:
            return f"{self.future()}।"
        if r < 0.6:
            return rng.choice(
                (
                    f"इस परियोजना पर करीब {rng.randint(12, 480)} करोड़ रुपये खर्च होंगे।",
                    f"काम पूरा होने में लगभग {rng.randint(4, 30)} महीने लगेंगे।",
                    f"प्रस्ताव के पक्ष में {rng.randint(20, 60)} और विरोध में {rng.randint(2, 18)} वोट पड़े।",
                    f"अब तक {10 * rng.randint(30, 900)} लोग ज्ञापन पर हस्ताक्षर कर चुके हैं।",
                    f"कुल लागत का {rng.randint(2, 8)}0 प्रतिशत हिस्सा केंद्र सरकार देगी।",
                    f"अधिकारियों का दावा है कि काम {rng.randint(2027, 2030)} तक पूरा हो जाएगा।",
                )
            )
        if r < 0.72:
            return f"{self.city()} के महापौर का कहना है कि {self.clause()} है।"
        if r < 0.86:
            return rng.choice(
                (
                    f"{self.city()} के लोग लंबे समय से इस फैसले का इंतजार कर रहे थे।",
                    f"यह पहली बार नहीं है जब {self.clause()} हो।",
                    f"कुछ समय पहले {self.city()} में भी ऐसी ही स्थिति देखने को मिली थी।",
                    f"{self.city()} में फिलहाल हालात जस के तस हैं।",
                    "अगले महीने यह मामला फिर से बैठक में उठेगा।",
                )
            )
        return f"{self.clause(time=True)}।"

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent = rng.choice(HI_AGENTS)[0]
        post, verb, first = rng.choice(HI_VERBS)
        obj = rng.choice(HI_OBJECTS)
        if r < 0.35:
            return f"{self.city()}: {agent} {obj} {post} {verb}"
        if r < 0.7:
            if post == "की":  # "... ने की नए बजट की समीक्षा"
                return f"{agent} की {obj} की {first.split()[1]}"
            return f"{agent} {obj} {post} {first}"
        if r < 0.88:
            return f"{self.city()} में {obj} को लेकर बवाल, {agent} {first}"
        return f'{self.person()}: "{rng.choice(HI_SAYINGS)}"'

    def subheading(self) -> str:
        return self.rng.choice(HI_SUBHEADS)


HI_UI: dict[str, tuple[str, ...]] = {
    "nav": ("होम", "देश", "राज्य", "शहर", "राजनीति", "बिज़नेस", "खेल", "मनोरंजन", "टेक", "लाइफस्टाइल", "धर्म"),
    "sections": ("शहर", "राज्य", "राजनीति", "शिक्षा", "स्वास्थ्य", "प्रशासन"),
    "related": ("ट्रेंडिंग न्यूज़",),
    "read_more": ("यह भी पढ़ें:",),
    "by": ("लेखक:",),
    "desks": ("ब्यूरो", "संवाददाता", "डिजिटल डेस्क", "न्यूज़ डेस्क"),
    "share": ("इस खबर को शेयर करें", "शेयर करें"),
    "share_sites": ("WhatsApp", "Facebook", "X", "Telegram", "Email", "लिंक कॉपी करें"),
    "newsletter": ("रोज़ की बड़ी खबरें सीधे अपने इनबॉक्स में पाने के लिए न्यूज़लेटर सब्सक्राइब करें",),
    "comments": ("कृपया अपनी टिप्पणी में मर्यादित भाषा का प्रयोग करें",),
    "cookie": ("हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं",),
    "ad": ("विज्ञापन - खबर नीचे जारी है",),
    "copyright": ("कॉपीराइट © {year} {name}. सर्वाधिकार सुरक्षित।", "© {year} {name} | All rights reserved"),
    "disclaimer": ("इस वेबसाइट की सामग्री का बिना अनुमति उपयोग वर्जित है।",),
    "tagline": ("आपके शहर की हर खबर, {since} से", "आपका अपना अखबार, {since} से"),
    "bio": ("{author} - {name} में {since2} से {beat} बीट की रिपोर्टिंग।",),
    "beats": ("नगर निगम", "परिवहन", "शिक्षा", "स्वास्थ्य", "अपराध", "राजनीति"),
    "editorial": ("यह खबर {name} की विशेष श्रृंखला का हिस्सा है।",),
    "classified": ("किराए के लिए दो कमरों का फ्लैट उपलब्ध, संपर्क करें।",),
    "subscribe": ("ई-पेपर पढ़ने के लिए सब्सक्राइब करें",),
}

# Devanagari in Latin letters for URL slugs (a consonant's inherent "a" dropped at a word's end)
_HI_CONS = dict(
    zip(
        "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
        _w("k kh g gh n ch chh j jh n t th d dh n t th d dh n p ph b bh m y r l v sh sh s h"),
        strict=True,
    )
)
_HI_NUKTA = {"क": "q", "ख": "kh", "ग": "gh", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f"}
_HI_VOWELS = dict(zip("अआइईउऊऋएऐओऔऑ", _w("a aa i ee u oo ri e ai o au o"), strict=True))
_HI_SIGNS = dict(zip("ािीुूृेैोौॉ", _w("a i i u u ri e ai o au o"), strict=True))


def hi_latin(text: str) -> str:
    """Hindi text in Latin letters, roughly as Hindi sites' URL slugs have it ("नगर निगम" -> "nagar
    nigam"); other characters are kept."""
    chars = unicodedata.normalize("NFD", text)
    out: list[str] = []
    i = 0
    while i < len(chars):
        ch = chars[i]
        if ch in _HI_CONS:
            latin = _HI_CONS[ch]
            if i + 1 < len(chars) and chars[i + 1] == "\u093c":
                latin = _HI_NUKTA.get(ch, latin)
                i += 1
            nxt = chars[i + 1] if i + 1 < len(chars) else ""
            if nxt in _HI_SIGNS:
                out.append(latin + _HI_SIGNS[nxt])
                i += 1
            elif nxt == "\u094d":
                out.append(latin)
                i += 1
            else:
                end = not nxt or not ("\u0900" <= nxt <= "\u097f") or nxt in "।"
                out.append(latin if end else latin + "a")
        elif ch in _HI_VOWELS:
            out.append(_HI_VOWELS[ch])
        elif ch in "\u0902\u0901":
            out.append("n")
        elif ch == "\u0903":
            out.append("h")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


# --- Vietnamese --------------------------------------------------------------------------------

VI_SURNAMES = _w("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý")
VI_MIDDLE = {"m": _w("Văn Hữu Đức Minh Quốc Công"), "f": _w("Thị Thu Ngọc Thùy Phương Thị")}
VI_GIVEN = {
    "m": _w("An Bình Cường Dũng Hùng Hải Long Minh Nam Phong Quang Sơn Thắng Tuấn Việt Khoa Trung"),
    "f": _w("Anh Hà Hương Lan Linh Mai Ngọc Nhung Phương Thảo Trang Vân Yến Hằng Hạnh Dung"),
}
# provinces and cities (the site names take them, so none has "đ", which no ASCII host name can)
VI_PLACES = (
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Hải Phòng",
    "Quảng Ninh",
    "Bắc Ninh",
    "Hưng Yên",
    "Ninh Bình",
    "Huế",
    "Quảng Trị",
    "Quảng Ngãi",
    "Khánh Hòa",
    "Gia Lai",
    "Cần Thơ",
    "An Giang",
    "Cà Mau",
    "Vĩnh Long",
    "Tây Ninh",
    "Phú Thọ",
    "Thái Nguyên",
    "Lạng Sơn",
    "Cao Bằng",
    "Lào Cai",
    "Tuyên Quang",
    "Sơn La",
    "Lai Châu",
    "Hà Nội",
)
VI_AGENTS = (
    "UBND tỉnh",
    "UBND thành phố",
    "HĐND tỉnh",
    "Sở Xây dựng",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Công an tỉnh",
    "người dân địa phương",
    "các hộ kinh doanh",
    "Ban Quản lý dự án",
    "Bộ Xây dựng",
    "Chủ tịch UBND tỉnh",
    "nhà đầu tư",
    "Thanh tra tỉnh",
    "UBND phường",
)
VI_VERBS = (
    "phê duyệt",
    "bác bỏ",
    "công bố",
    "tạm dừng",
    "kiểm tra",
    "đề xuất điều chỉnh",
    "thông qua",
    "lùi thời hạn",
    "kiến nghị xem xét lại",
    "yêu cầu rà soát",
    "chấp thuận chủ trương",
)
VI_OBJECTS = (
    "dự án nâng cấp quốc lộ 1",
    "kế hoạch xây dựng bệnh viện mới",
    "phương án mở rộng đường vành đai",
    "dự toán ngân sách năm 2026",
    "quy hoạch khu đô thị mới",
    "dự án cải tạo chợ trung tâm",
    "kế hoạch tăng phí gửi xe",
    "dự án xây dựng trường tiểu học",
    "gói thầu xử lý rác thải",
    "tuyến xe buýt mới",
    "phương án giải phóng mặt bằng",
    "dự án nhà ở xã hội",
    "kế hoạch nạo vét kênh",
    "dự án kè chống sạt lở",
    "đề án chỉnh trang vỉa hè",
)
VI_FRONT = ("Hôm thứ Ba,", "Tuần trước,", "Cuối cùng,", "Trong tuần này,", "Sáng qua,", "Chiều qua,")
VI_BACK = (
    "tại kỳ họp chiều qua",
    "sau nhiều tranh luận",
    "với sự nhất trí cao",
    "tại phiên họp bất thường",
    "vào phút chót",
    "một lần nữa",
)
VI_SOURCES = (
    "Theo nguồn tin của phóng viên,",
    "Theo thông báo của UBND tỉnh,",
    "Theo Sở Tài chính,",
    "Như báo đã đưa tin,",
    "Theo báo cáo của đoàn kiểm tra,",
)
VI_ROLES = (
    "Chủ tịch UBND phường",
    "Giám đốc Sở Xây dựng",
    "Phó Chủ tịch UBND tỉnh",
    "Trưởng ban Quản lý dự án",
    "đại biểu HĐND tỉnh",
    "người dân tổ dân phố 5",
    "Hiệu trưởng nhà trường",
    "Giám đốc bệnh viện",
)
VI_SAYINGS = (
    "Đây là khoản đầu tư mang lại lợi ích cho cả địa phương",
    "Chúng tôi sẽ không để người dân chịu thiệt",
    "Công trình đang được thi công đúng tiến độ",
    "Mong bà con thông cảm và chia sẻ",
    "Chúng tôi đã chuẩn bị cho việc này nhiều năm",
    "Chúng tôi đã lắng nghe ý kiến của người dân",
    "Vốn đã được bố trí, giờ cần triển khai ngay",
    "Chưa ai giải thích cho chúng tôi các hộ dân sẽ được bồi thường ra sao",
)
VI_SUBHEADS = (
    "Cần sớm tháo gỡ vướng mắc",
    "Người dân nói gì?",
    "Kinh phí bao nhiêu?",
    "Câu chuyện kéo dài",
    "Ý kiến trái chiều",
    "Chi tiết dự án",
    "Lộ trình thực hiện",
    "Những câu hỏi bỏ ngỏ",
)
VI_MONTHS = tuple(f"tháng {n}" for n in range(1, 13))
VI_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


class VietnameseProse(Prose):
    """Vietnamese local news: subject, "đã" and the verb, the object; a time phrase before the
    subject (with its comma) or after the object; names surname, middle name and given name, the
    middle name telling a man's ("Văn") from a woman's ("Thị"), "ông"/"bà" before a quoted one."""

    lang = "vi"

    def named(self) -> tuple[str, str]:
        rng = self.rng
        g = rng.choice("mf")
        return f"{rng.choice(VI_SURNAMES)} {rng.choice(VI_MIDDLE[g])} {rng.choice(VI_GIVEN[g])}", g

    def person(self) -> str:
        return self.named()[0]

    def place(self) -> str:
        return self.rng.choice(VI_PLACES)

    def clause(self) -> str:
        rng = self.rng
        past = "đã " if rng.random() < 0.7 else ""
        return f"{rng.choice(VI_AGENTS)} {past}{rng.choice(VI_VERBS)} {rng.choice(VI_OBJECTS)}"

    def said(self) -> str:
        rng = self.rng
        name, g = self.named()
        title = "bà" if g == "f" else "ông"
        return f'"{rng.choice(VI_SAYINGS)}", {title} {name}, {rng.choice(VI_ROLES)}, cho biết.'

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return self.said()
        if r < 0.25:
            return f"{rng.choice(VI_SOURCES)} {self.clause()}."
        if r < 0.38:
            conj = rng.choice((", nhưng", ", trong khi", " và", ", do đó"))
            return f"{_cap(self.clause())}{conj} {self.clause()}."
        if r < 0.46:
            return f"Mặc dù {self.clause()}, {self.clause()} {rng.choice(VI_BACK)}."
        if r < 0.6:
            return rng.choice(
                (
                    f"Tổng mức đầu tư dự án khoảng {rng.randint(40, 980)} tỷ đồng.",
                    f"Công trình dự kiến thi công trong {rng.randint(4, 30)} tháng.",
                    f"Nghị quyết được thông qua với {rng.randint(40, 60)}/{rng.randint(61, 70)}"
                    " đại biểu tán thành.",
                    f"Đã có {10 * rng.randint(10, 300)} hộ dân ký đơn kiến nghị.",
                    f"Ngân sách trung ương hỗ trợ {rng.randint(2, 8)}0% kinh phí thực hiện.",
                    f"Dự án phải hoàn thành trước năm {rng.randint(2027, 2030)}.",
                )
            )
        if r < 0.72:
            return f"{rng.choice(VI_FRONT)} {self.clause()} {rng.choice(VI_BACK)}."
        if r < 0.86:
            return rng.choice(
                (
                    f"Người dân {self.place()} đã chờ đợi quyết định này nhiều năm.",
                    f"Đây không phải lần đầu {self.clause()}.",
                    f"Tình trạng tương tự từng xảy ra tại {self.place()}.",
                    f"Tại {self.place()}, tình hình đến nay vẫn chưa có chuyển biến.",
                    "Vấn đề này sẽ tiếp tục được đưa ra thảo luận vào tháng tới.",
                )
            )
        return f"{_cap(self.clause())} {rng.choice(VI_BACK)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        head = f"{rng.choice(VI_AGENTS)} {rng.choice(VI_VERBS)} {rng.choice(VI_OBJECTS)}"
        if r < 0.3:
            return f"{self.place()}: {_cap(head)}"
        if r < 0.6:
            return _cap(head)
        if r < 0.85:
            return f"{_cap(rng.choice(VI_VERBS))} {rng.choice(VI_OBJECTS)} tại {self.place()}"
        return f'{_cap(rng.choice(VI_ROLES))}: "{rng.choice(VI_SAYINGS)}"'

    def subheading(self) -> str:
        return self.rng.choice(VI_SUBHEADS)


VI_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Trang chủ",
        "Thời sự",
        "Thế giới",
        "Kinh tế",
        "Xã hội",
        "Pháp luật",
        "Giáo dục",
        "Sức khỏe",
        "Văn hóa",
        "Thể thao",
        "Công nghệ",
    ),
    "sections": ("Thời sự", "Xã hội", "Kinh tế", "Giáo dục", "Đô thị", "Pháp luật"),
    "related": ("Tin liên quan",),
    "read_more": ("Xem thêm:",),
    "by": ("Tác giả:",),
    "desks": ("Phóng viên", "Biên tập viên", "Cộng tác viên", "Phóng viên thường trú"),
    "share": ("Chia sẻ bài viết", "Chia sẻ"),
    "share_sites": ("Facebook", "Zalo", "X", "Email", "Sao chép liên kết"),
    "newsletter": ("Đăng ký nhận bản tin để cập nhật tin tức mới nhất mỗi ngày",),
    "comments": ("Bình luận của bạn sẽ được biên tập trước khi đăng", "Vui lòng nhập tiếng Việt có dấu"),
    "cookie": ("Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang",),
    "ad": ("Quảng cáo - Nội dung tiếp theo bên dưới",),
    "copyright": (
        "© Bản quyền thuộc về {name}. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận "
        "bằng văn bản.",
    ),
    "disclaimer": ("Ghi rõ nguồn {name} khi phát hành lại thông tin từ website này.",),
    "tagline": ("Tiếng nói của {region} từ năm {since}", "Cơ quan ngôn luận từ năm {since}"),
    "bio": ("{author} là phóng viên của {name} từ năm {since2}, theo dõi mảng {beat}.",),
    "beats": ("đô thị", "giao thông", "giáo dục", "y tế", "môi trường", "kinh tế địa phương"),
    "editorial": ("Bài viết thuộc chuyên đề Đô thị xanh của {name}.",),
    "classified": ("Cần bán nhà mặt phố 4 tầng, sổ hồng chính chủ, liên hệ chính chủ.",),
    "subscribe": ("Tải ứng dụng để đọc báo nhanh hơn",),
}

# ----------------------------------------------------------------------------------------------
# shared pieces of the four renderers


def _snip_all(c: Ctx, heading: str, stories: list[Story]) -> None:
    c.snip(heading)
    for o in stories:
        c.snip(o.title)


def _render_body(
    c: Ctx, p: str = "<p>{}</p>", h: str = "<h{n}>{}</h{n}>", ul: str = "<ul>", quote_: str = ""
) -> list[str]:
    """The story's blocks as HTML: paragraphs (some words linked or emphasised), subheadings, list items
    gathered in one list."""
    out: list[str] = []
    items: list[str] = []
    for tag, text in c.story.blocks + [("end", "")]:
        if tag == "li":
            items.append(f"<li>{esc(text)}</li>")
            continue
        if items:
            out.append(ul + "\n".join(items) + f"</{ul[1:3]}>")
            items = []
        if tag == "p":
            out.append(p.format(c.inline(text)))
        elif tag in ("h2", "h3"):
            out.append(h.format(esc(text), n=tag[1]))
    return out


def _after(blocks: list[str], inserts: list[tuple[int, str]]) -> list[str]:
    """`blocks` with each (n, html) after its n-th paragraph (a <p> block, counted before any
    insertion)."""
    return _insert_after(blocks, "<p", inserts, skip="<p class=")


def _hashed_id(r: random.Random, n: int = 9) -> str:
    return "".join(
        r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n)
    )


# --- he-daily-site -------------------------------------------------------------------------------

HE_FOOTER = ("אודות", "צור קשר", "תנאי שימוש", "מדיניות פרטיות", "הצהרת נגישות", "פרסמו אצלנו")
HE_CAPTIONS = (
    "ישיבת מועצת העיר השבוע",
    "העבודות בכניסה לעיר כבר החלו",
    "מפגש התושבים באולם העירייה",
    "הדמיה של הפרויקט המתוכנן",
    "הרחוב הראשי בשעות הבוקר",
)
HE_CREDITS = ("דוברות העירייה", 'יח"צ', "שאטרסטוק", "פלאש 90", "באדיבות המצלמים")


def _he_date(d: datetime, style: int) -> str:
    """ "07.03.26, 14:30" or "יום שבת, 7 במרץ 2026, 14:30"."""
    if style == 0:
        return f"{d:%d.%m.%y}, {d:%H:%M}"
    return f"{HE_WEEKDAYS[d.weekday()]}, {d.day} ב{HE_MONTHS[d.month - 1]} {d.year}, {d:%H:%M}"


def render_he_daily_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("he")
    hashed = pub.index % 2 == 0  # the two platforms, a site of each in every corpus
    style = 0 if hashed else 1
    base = site.randint(300000, 990000)

    def path(o: Story) -> str:
        if hashed:
            return f"/news/article/{_hashed_id(random.Random(f'{pub.host}-{o.title}'))}"
        return f"/item/{base + 37 * c.others.index(o) + random.Random(o.title).randint(0, 30)}"

    c.repath(path)
    _listify(c, "he-list")
    dr = _page_rng(c, "he")
    prose = prose_for("he", dr)
    dek = prose.sentence()
    nav = c.nav_items(" ")
    flashes = c.pick_others(3)
    for o in flashes:
        c.snip(o.title)
    caption = c.snip(f"{dr.choice(HE_CAPTIONS)} (צילום: {dr.choice(HE_CREDITS)})")
    writer = s.author
    byline = c.snip(f"{writer.name} | {writer.desk}")
    ad = c.text("ad")
    related = c.pick_others(4)
    c.snip("כתבות נוספות שיעניינו אותך")
    for o in related:
        c.snip(o.title)
    label, sites = c.share()
    newsletter = c.text("newsletter")
    notice = c.text("comments")
    talkbacks = dr.randint(0, 240)
    bio = c.bio()
    cp = c.copyright()
    c.snip(" ".join(HE_FOOTER[:4]))
    tagline = c.snip(pub.tagline)
    body = _render_body(c, h="<h2>{}</h2>" if hashed else '<h3 class="subtitle-inner">{}</h3>')
    adbox = f'<div class="ad-slot" data-ad="inread"><span class="ad-label">{esc(ad)}</span></div>'
    body = _after(body, [(2, adbox)])
    title = f"{s.title} - {pub.name}" if hashed else f"{s.title} | {pub.name}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": c.iso(),
        "author": {"@type": "Person", "name": writer.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "he",
    }
    art = "ArticleBodyComponent" if hashed else "article-content"
    lines = [
        "<!DOCTYPE html>",
        '<html dir="rtl" lang="he">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        f'<body class="{"yn" if hashed else "wl"}-article">',
        f'<div class="top-strip"><span class="tagline">{esc(tagline)}</span></div>',
        f'<header class="site-header"><a class="logo" href="/" dir="ltr">{esc(pub.name)}</a>',
        '<nav class="main-nav">'
        + "\n".join(f'<a href="/{i}">{esc(x)}</a>' for i, x in enumerate(nav))
        + "</nav></header>",
        '<div class="flashes"><b>מבזקים</b><ul>'
        + _links(flashes)
        + "</ul></div>",
        f'<main><article class="{"ArticleComponent" if hashed else "article"}">',
        f'<a class="category" href="/category/{_hashed_id(site, 4)}">{esc(s.section)}</a>',
        f'<h1 class="{"mainTitle" if hashed else "title"}">{esc(s.title)}</h1>',
        f'<h2 class="{"subTitle" if hashed else "subtitle"}">{esc(dek)}</h2>',
        f'<div class="authors"><span class="writer">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">פורסם: {_he_date(d, style)}</time>\n'
        f'<a class="talkbacks-count" href="#talkbacks">{talkbacks} תגובות</a></div>',
        f'<figure><img src="/images/{_hex(dr, 16)}.jpg" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>",
        f'<div class="{art}">',
        *body,
        "</div>",
        f'<div class="share-bar"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#" dir="auto">{esc(x)}</a>' for x in sites)
        + "</div>",
        f'<div class="writer-box"><b>{esc(writer.name)}</b>\n<p>{esc(bio)}</p></div>',
        "</article>",
        '<section class="more-articles"><h3>כתבות נוספות שיעניינו אותך</h3><ul>'
        + _links(related)
        + "</ul></section>",
        f'<div class="newsletter"><p>{esc(newsletter)}</p>'
        '<input type="email" dir="ltr"><button>הרשמה</button></div>',
        f'<section id="talkbacks"><h3>תגובות ({talkbacks})</h3>\n<p class="notice">{esc(notice)}</p>'
        "<button>הוסיפו תגובה</button></section>",
        "</main>",
        "<footer><nav>" + "\n".join(f'<a href="#">{x}</a>' for x in HE_FOOTER) + "</nav>",
        f"<p>{esc(cp)}</p></footer>",
    ]
    return _end_page(c, lines, "cookie-bar", "אישור")


# --- fa-khabar-agency -----------------------------------------------------------------------------

FA_FOOTER = ("درباره ما", "تماس با ما", "آرشیو اخبار", "آگهی‌ها", "خبرنامه", "نقشه سایت")
FA_TAGS = ("مدیریت شهری", "شورای شهر", "شهرداری", "بودجه", "حمل و نقل عمومی", "محیط زیست", "مسکن", "آب")
FA_CAPTIONS = (
    "نشست علنی شورای شهر",
    "عملیات اجرایی پروژه در مرکز شهر",
    "جلسه بررسی طرح در استانداری",
    "نمایی از محدوده طرح",
)


def _fa_name(c: Ctx) -> str:
    """The agency's name in Persian ("خبرگزاری سپهر")."""
    word = next(fa for latin, fa in FA_BRANDS if latin in c.pub.name)
    return f"خبرگزاری {word}"


def fa_date(d: datetime) -> str:
    """ "۱۶ اسفند ۱۴۰۴ - ۱۴:۳۰"."""
    y, m, day = jalali(d.year, d.month, d.day)
    return fa_digits(f"{day} {FA_SOLAR_MONTHS[m - 1]} {y} - {d:%H:%M}")


def _fa_slug(text: str) -> str:
    words = "".join(ch if ch.isalnum() or ch in " \u200c" else " " for ch in text).split()
    return "-".join(words)


def render_fa_khabar_agency(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("fa")
    dated = site.random() < 0.5
    code0 = site.randint(1200000, 9800000)

    def code(o: Story) -> int:
        return code0 + 11 * c.others.index(o) + random.Random(o.title).randint(0, 9)

    def path(o: Story) -> str:
        y, m, day = jalali(o.published.year, o.published.month, o.published.day)
        slug = quote(_fa_slug(o.title), safe="-")
        if dated:
            return f"/news/{y}{m:02d}{day:02d}{code(o) % 100000:05d}/{slug}"
        return f"/fa/news/{code(o)}/{slug}"

    c.repath(path)
    name_fa = _fa_name(c)
    dr = _page_rng(c, "fa")
    prose = PersianProse(dr)
    city = prose.city()
    first = s.sentences[0]
    lead_in = f"به گزارش {name_fa} از {city}،"
    if not first[0].startswith(lead_in):
        first[0] = f"{lead_in} {first[0].removeprefix(FA_SOURCES[0] + ' ')}"
        s.blocks[0] = ("p", " ".join(first))
        _trim(s, 900)
    _listify(c, "fa-list")
    rutitr = f"{dr.choice(FA_ROLES)} {city}"
    lead = prose.sentence() + " " + prose.sentence()
    y, m, day = jalali(d.year, d.month, d.day)
    today = c.snip(fa_digits(f"امروز: {FA_WEEKDAYS[d.weekday()]} {day} {FA_SOLAR_MONTHS[m - 1]} {y}"))
    nav = c.nav_items(" ")
    related = c.pick_others(3)
    c.snip("اخبار مرتبط با این خبر")
    for o in related:
        c.snip(o.title)
    tags = dr.sample(FA_TAGS, 3)
    c.snip("برچسب‌ها: " + " ".join(tags))
    telegram = c.snip(f"کانال تلگرام {name_fa} را دنبال کنید")
    bale = c.snip(f"{name_fa} را در پیام‌رسان بله دنبال کنید")
    caption = c.snip(f"{dr.choice(FA_CAPTIONS)} | عکس: {prose.person()}")
    popular = c.pick_others(5)
    c.snip("پربازدیدترین اخبار امروز")
    for o in popular:
        c.snip(o.title)
    notice = c.text("comments")
    cp = c.snip(f"کلیه حقوق این سایت متعلق به {name_fa} است و استفاده از مطالب با ذکر منبع بلامانع است.")
    c.snip(" ".join(FA_FOOTER[:4]))
    label, sites = c.share()
    body = _render_body(c, h="<h3>{}</h3>" if dated else "<h2>{}</h2>")
    title = f"{s.title} - {name_fa} | {pub.name}" if dated else f"{name_fa} - {s.title}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Organization", "name": name_fa},
        "publisher": {"@type": "Organization", "name": name_fa, "alternateName": pub.name},
        "inLanguage": "fa-IR",
    }
    short = f"{pub.host}/x{_hashed_id(random.Random(s.title), 5)}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="fa" dir="rtl">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta name="dc.identifier" content="{code(s)}">',
        _ldjson(data),
        "</head>",
        '<body class="news-page">',
        f'<div class="header-top"><span class="today">{esc(today)}</span>\n'
        f'<span class="en-name" dir="ltr">{esc(pub.name)}</span></div>',
        f'<header><a class="logo" href="/">{esc(name_fa)}</a>',
        '<ul class="menu">'
        + "\n".join(f'<li><a href="/service/{i}">{esc(x)}</a></li>' for i, x in enumerate(nav))
        + "</ul></header>",
        '<main class="container"><div class="col-main"><article class="news">',
        '<div class="news-info">'
        f'<span class="code">کد خبر: {fa_digits(code(s))}</span>\n'
        f'<span class="date">{fa_date(d)}</span>\n'
        f'<span class="service">{esc(s.section)}</span></div>',
        f'<h3 class="rutitr">{esc(rutitr)}</h3>',
        f'<h1 class="title">{esc(s.title)}</h1>',
        f'<p class="lead summary">{esc(lead)}</p>',
        f'<figure class="item-img"><img src="/d/{d.year}/{_hex(dr, 10)}.jpg" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>",
        '<div class="item-text" itemprop="articleBody">',
        *body,
        "</div>",
        '<p class="end">انتهای پیام/</p>',
        '<div class="tags"><span>برچسب‌ها:</span>\n'
        + "\n".join(f'<a href="/tag/{quote(_fa_slug(t), safe="-")}">{esc(t)}</a>' for t in tags)
        + "</div>",
        f'<div class="short-link">لینک کوتاه: <span dir="ltr">{esc(short)}</span></div>',
        _share_div("share", label, sites),
        '<div class="channels">'
        f'<a class="telegram" href="https://t.me/{pub.host.split(".")[0]}">{esc(telegram)}</a>\n'
        f'<a class="bale" href="https://ble.ir/{pub.host.split(".")[0]}">{esc(bale)}</a></div>',
        '<section class="related"><h2>اخبار مرتبط با این خبر</h2><ul>'
        + _links(related)
        + "</ul></section>",
        f'<section class="comments"><h2>نظرات</h2><p>{esc(notice)}</p><textarea></textarea>'
        "<button>ارسال نظر</button></section>",
        "</article></div>",
        '<aside class="col-side"><h2>پربازدیدترین اخبار امروز</h2><ol>'
        + _links(popular)
        + "</ol></aside>",
        "</main>",
        "<footer><ul>" + _footer_links(FA_FOOTER) + "</ul>",
        f'<p class="copyright">{esc(cp)}</p></footer>',
    ]
    return _end_page(c, lines, "cookie", "متوجه شدم")


# --- hi-samachar-portal ---------------------------------------------------------------------------

HI_CAPTIONS = (
    "बैठक में मौजूद अधिकारी",
    "निर्माण कार्य का जायजा लेते अधिकारी",
    "प्रदर्शन करते स्थानीय लोग",
    "शहर की मुख्य सड़क का दृश्य",
    "प्रेस वार्ता के दौरान जनप्रतिनिधि",
)
HI_FOOTER = ("हमारे बारे में", "संपर्क करें", "विज्ञापन दें", "प्राइवेसी पॉलिसी", "शिकायत निवारण", "साइटमैप")


def hi_date(d: datetime) -> str:
    """ "7 मार्च 2026, 14:30 IST"."""
    return f"{d.day} {HI_MONTHS[d.month - 1]} {d.year}, {d:%H:%M} IST"


def render_hi_samachar_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("hi")
    news_dir = site.random() < 0.5
    home = site.choice(HI_CITIES)

    def where(o: Story) -> tuple[str, str, str, str]:
        r = random.Random(f"{pub.host}-{o.title}")
        return home if r.random() < 0.5 else r.choice(HI_CITIES)

    def path(o: Story) -> str:
        _, city, state, _ = where(o)
        slug = _slug(hi_latin(o.title))[:80].strip("-")
        n = random.Random(o.title).randint(10000000, 99999999)
        return f"/{state}/{city}{'-news' if news_dir else ''}/{slug}-{n}.html"

    c.repath(path)
    _listify(c, "hi-list")
    city_hi, _, _, state_hi = where(s)
    dr = _page_rng(c, "hi")
    nav = c.nav_items(" ")
    c.snip(f"होम › {state_hi} › {city_hi} › {s.section}")
    byline = c.snip(f"{pub.ui('by')[0]} {s.author.name}, {city_hi} {s.author.desk}")
    caption = c.snip(f"{dr.choice(HI_CAPTIONS)} - फोटो : {pub.name}")
    reads = c.pick_others(2)
    for o in reads:
        c.snip(f"यह भी पढ़ें: {o.title}")
    ad = c.text("ad")
    app = c.snip(f"ताज़ा खबरों के लिए डाउनलोड करें {pub.name} ऐप")
    whatsapp = c.snip(f"{pub.name} के WhatsApp चैनल से जुड़ें")
    trending = c.pick_others(5)
    c.snip("ट्रेंडिंग न्यूज़ आज की बड़ी खबरें")
    for o in trending:
        c.snip(o.title)
    label, sites = c.share()
    cp = c.copyright()
    c.snip(" ".join(HI_FOOTER[:4]))
    body = _render_body(c, h="<h2>{}</h2>")
    body = _after(
        body,
        [
            *(
                (
                    1 + 2 * i,
                    '<p class="also-read"><strong>यह भी पढ़ें:</strong> '
                    f'<a href="{esc(o.path)}">{esc(o.title)}</a></p>',
                )
                for i, o in enumerate(reads)
            ),
            (
                2,
                f'<div class="ad-container"><span>{esc(ad)}</span>'
                f'<div id="div-gpt-ad-{_hex(dr, 8)}"></div></div>',
            ),
        ],
    )
    title = f"{s.title} - {pub.name} Hindi News" if news_dir else f"{s.title} | {pub.name}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "hi",
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="hi">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="amphtml" href="{esc("/amp" + s.path)}">',
        _ldjson(data),
        "</head>",
        "<body>",
        f'<header class="header"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="top-menu">'
        + "\n".join(f'<a href="/{_slug(hi_latin(x))}">{esc(x)}</a>' for x in nav)
        + "</nav></header>",
        '<div class="breadcrumb">'
        + " › ".join(f'<a href="#">{esc(x)}</a>' for x in ("होम", state_hi, city_hi, s.section))
        + "</div>",
        '<main><div class="article-wrap"><article class="story">',
        f"<h1>{esc(s.title)}</h1>",
        f'<div class="auth-detail"><span class="author">{esc(byline)}</span>\n'
        f'<span class="pub-date">प्रकाशित: {hi_date(d)}</span></div>',
        f'<figure class="story-img"><img src="/photo/{_hex(dr, 12)}.jpg" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>",
        '<div class="article-desc">',
        *body,
        "</div>",
        f'<div class="follow"><a class="app" href="/app">{esc(app)}</a>\n'
        f'<a class="wa" href="https://whatsapp.com/channel/{_hex(dr, 10)}">{esc(whatsapp)}</a></div>',
        _share_div("share", label, sites),
        "</article></div>",
        '<aside class="trending"><h2>ट्रेंडिंग न्यूज़ आज की बड़ी खबरें</h2><ul>'
        + _links(trending)
        + "</ul></aside>",
        "</main>",
        "<footer><ul>" + _footer_links(HI_FOOTER) + "</ul>",
        f"<p>{esc(cp)}</p></footer>",
    ]
    return _end_page(c, lines, "cookie-consent", "स्वीकार करें")


# --- vi-bao-dien-tu --------------------------------------------------------------------------------

VI_CAPTIONS = (
    "Quang cảnh kỳ họp HĐND tỉnh",
    "Công trình đang được gấp rút thi công",
    "Người dân theo dõi buổi đối thoại",
    "Phối cảnh dự án sau khi hoàn thành",
    "Đoàn công tác kiểm tra thực địa",
)
VI_FOOTER = ("Giới thiệu", "Liên hệ quảng cáo", "Điều khoản sử dụng", "Chính sách bảo mật", "RSS", "Tòa soạn")


def vi_date(d: datetime) -> str:
    """ "Thứ Bảy, 07/03/2026 14:30 (GMT+7)"."""
    return f"{VI_WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y %H:%M} (GMT+7)"


def render_vi_bao_dien_tu(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("vi")
    post = site.random() < 0.5

    def path(o: Story) -> str:
        slug = _vi_slug(o.title)
        r = random.Random(o.title)
        if post:
            return f"/{slug}-post{r.randint(100000, 999999)}.html"
        return f"/{_vi_slug(o.section)}/{slug}-{o.published:%Y%m%d%H%M}{r.randint(10000, 99999)}.htm"

    c.repath(path)
    _listify(c, "vi-list")
    dr = _page_rng(c, "vi")
    prose = prose_for("vi", dr)
    sapo = f"({pub.short}) - {prose.sentence()}" if post else prose.sentence()
    nav = c.nav_items(" ")
    related = c.pick_others(3)
    caption = c.snip(f"{dr.choice(VI_CAPTIONS)}. Ảnh: {prose.person()}")
    tags = [_cap(x) for x in dr.sample(VI_OBJECTS, 3)]
    c.snip("Từ khóa: " + " ".join(tags))
    _snip_all(c, "Tin liên quan", related)
    most = c.pick_others(5)
    c.snip("Đọc nhiều nhất trong ngày")
    for o in most:
        c.snip(o.title)
    label, sites = c.share()
    notice = c.text("comments")
    editor = prose_for("vi", c.stable("vi-editor")).person()
    phone = f"0{site.randint(90, 98)}{site.randint(1000000, 9999999)}"
    hotline = c.snip(f"Đường dây nóng: {phone[:4]} {phone[4:7]} {phone[7:]} - Email: toasoan@{pub.host}")
    licence = c.snip(
        f"Giấy phép hoạt động báo điện tử số {site.randint(100, 599)}/GP-BTTTT, Tổng Biên tập: {editor}"
    )
    cp = c.copyright()
    c.snip(" ".join(VI_FOOTER[:4]))
    body = _render_body(c, p='<p class="Normal">{}</p>' if post else "<p>{}</p>", h="<h2>{}</h2>")
    box = (
        '<div class="box-related"><h4>Tin liên quan</h4><ul>'
        + _links(related)
        + "</ul></div>"
    )
    figure = (
        f'<figure class="picture"><img src="/Uploaded/{d:%Y_%m_%d}/{_hex(dr, 10)}.jpg" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>"
    )
    inserts = [(0, figure), (2, box)] if post else [(1, figure), (3, box)]
    body = _insert_after(body, '<p class="Normal"' if post else "<p>", inserts)
    title = f"{s.title} | {pub.name}" if post else f"{s.title} - {pub.name}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "vi",
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="vi">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta name="pubdate" content="{c.iso()}">',
        _ldjson(data),
        "</head>",
        "<body>",
        f'<header class="header"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="main-nav">'
        + "\n".join(f'<a href="/{_vi_slug(x)}">{esc(x)}</a>' for x in nav)
        + "</nav></header>",
        '<main><section class="section-detail"><div class="sidebar-1">',
        f'<div class="header-content"><a class="cate" href="/{_vi_slug(s.section)}">{esc(s.section)}</a>\n'
        f'<span class="date">{vi_date(d)}</span></div>',
        f'<h1 class="title-detail">{esc(s.title)}</h1>',
        f'<h2 class="sapo">{esc(sapo)}</h2>' if post else f'<p class="description">{esc(sapo)}</p>',
        '<article class="fck_detail">' if post else '<div class="detail-content">',
        *body,
        f'<p class="author"><strong>{esc(s.author.name)}</strong></p>',
        "</article>" if post else "</div>",
        '<div class="tags"><span>Từ khóa:</span>\n'
        + "\n".join(f'<a href="/tag/{_vi_slug(t)}">{esc(t)}</a>' for t in tags)
        + "</div>",
        _share_div("social", label, sites),
        f'<div class="comment-box"><h3>Ý kiến bạn đọc</h3><p>{esc(notice)}</p><textarea></textarea>'
        "<button>Gửi bình luận</button></div>",
        "</div>",
        '<aside class="sidebar-2"><h3>Đọc nhiều nhất trong ngày</h3><ol>'
        + _links(most)
        + "</ol></aside>",
        "</section></main>",
        "<footer><ul>" + _footer_links(VI_FOOTER) + "</ul>",
        f"<p>{esc(hotline)}</p>\n<p>{esc(licence)}</p>\n<p>{esc(cp)}</p></footer>",
    ]
    return _end_page(c, lines, "cookie-notice", "Đồng ý")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "he-daily-site": render_he_daily_site,
    "fa-khabar-agency": render_fa_khabar_agency,
    "hi-samachar-portal": render_hi_samachar_portal,
    "vi-bao-dien-tu": render_vi_bao_dien_tu,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import datetime  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _end_page,
    _footer_links,
    _hex,
    _insert_after,
    _ldjson,
    _links,
    _listify,
    _page_rng,
    _share_div,
    _trim,
    ascii_slugger,
    register_language,
)
from pipeline.synth.prose import prose_for  # noqa: E402
from pipeline.synth.publishers import Ctx, Story, _slug, esc  # noqa: E402

# an ASCII slug of Vietnamese text ("đ" too, which NFKD does not take apart)
_vi_slug = ascii_slugger(("đ", "d"), ("Đ", "D"))

# Hebrew, Persian, Hindi and Vietnamese join the registries (new keys only)
for _lang, _first, _last, _prose, _ui, _months, _zones in (
    ("he", HE_FIRST, HE_SURNAMES, HebrewProse, HE_UI, HE_MONTHS, ("Asia/Jerusalem",)),
    ("fa", FA_FIRST, FA_SURNAMES, PersianProse, FA_UI, FA_MONTHS, ("Asia/Tehran",)),
    ("hi", HI_FIRST, HI_SURNAMES, HindiProse, HI_UI, HI_MONTHS, ("Asia/Kolkata",)),
):
    register_language(
        _lang,
        first_names=_first["m"] + _first["f"],
        surnames=_last,
        prose=_prose,
        ui=_ui,
        months=_months,
        zones=_zones,
    )
register_language(
    "vi",
    first_names=VI_GIVEN["m"] + VI_GIVEN["f"],
    surnames=VI_SURNAMES,
    prose=VietnameseProse,
    ui=VI_UI,
    months=VI_MONTHS,
    zones=("Asia/Ho_Chi_Minh",),
)
