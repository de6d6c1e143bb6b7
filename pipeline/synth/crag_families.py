"""Four CRAG template families for the synthetic publishers (see `pipeline.synth.publishers`).

"crag" is a thirty-second split, next to "train", "test" and the held-out splits before it:
families written by a session that read neither the extractor, nor the pipeline's stages, nor any
extraction result, so no extraction rule was written or tuned against them. They are held out until
they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `CRAG_FAMILIES`: the crag families are
generated only by `generate_corpus("crag")`, so every other corpus is as it was. The split is that of
scripts and languages no split had before: Urdu (Arabic script in Nastaliq style, right to left, with
its own letters and "۔" full stop), Tamil (no letter case, long agglutinative words), Burmese (no
spaces between words, spaces between phrases, its own digits and punctuation) and Swahili (Latin
script, Bantu noun-class agreement). This module brings the four languages, each with its grammar,
names, UI strings, month names and zones, added to the registries of `pipeline.synth.prose` and
`pipeline.synth.publishers` when the module is loaded (`kit.register_language`, new keys only;
nothing another language uses changes):
  * Urdu ("ur", `UrduProse`): subject-object-verb; a perfective transitive's subject with the
    ergative "نے" ("صوبائی حکومت نے", "تاجروں نے", plural nouns in the oblique), the verb a light-verb
    phrase agreeing with its own noun ("کی منظوری دے دی", "کا اعلان کیا", "پر تنقید کی", "کو مسترد کر
    دیا"), objects in the oblique before a postposition ("نئے بجٹ کی منظوری"); "،", "۔" and "؟";
    quotes as "... کا کہنا تھا کہ ..."; headlines "کراچی: ..." or with "میں" (locative);
  * Tamil ("ta", `TamilProse`): subject-object-verb; the verb agreeing with its subject's class
    (an institution "ஒப்புதல் அளித்தது", people "நிராகரித்தனர்", an honoured person "அறிவித்தார்"),
    the object in the accusative ("-ஐ": "திட்டத்தை") or dative ("-க்கு": "திட்டத்துக்கு") as the verb
    wants, towns in the locative ("சென்னையில்", "ஈரோட்டில்"); quotes “…” என்று ... தெரிவித்தார்;
    headlines without a finite verb ("... மாநகராட்சி ஒப்புதல்") or with one; `ta_latin` writes
    Tamil in Latin letters for URL slugs;
  * Burmese ("my", `BurmeseProse`): the formal written style: subject with "က", object with
    "ကို", the verb with the past "ခဲ့" and the final "သည်" ("ကြ" before it for a plural subject),
    "။" closing a sentence and "၊" after a clause ("... ခဲ့သော်လည်း၊ ..."); spaces between phrases,
    never between the syllables of a word; Burmese digits (`my_digits`); quotes in the spoken style
    ("... ပါတယ်") closed with "ဟု ... ပြောကြားသည်"; headlines without "ခဲ့သည်" ("... ဘတ်ဂျက်သစ်
    အတည်ပြု"); names without surnames, after "ဦး" or "ဒေါ်";
  * Swahili ("sw", `SwahiliProse`): the subject prefix agreeing with the subject's noun class
    ("Halmashauri ya jiji imepitisha", "Baraza la madiwani limekataa", "Wakazi walipinga", "Chama
    cha wafanyabiashara kimetangaza"), the perfect "-me-" and past "-li-"; headlines in the
    headline tense ("Halmashauri yapitisha ...", "Wakazi wapinga ..."); quotes “…,” alisema ....
Each grammar's `place()` gives the word the publisher's name is made of (a Latin brand for Urdu,
Tamil and Burmese, whose sites carry Latin brands and ASCII hosts, as express.pk, dinamani.com or
elevenmyanmar.com do; an East African town for Swahili); their text's towns come from `city()`.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a bulleted list inside the text is body, one line per item; a photo's
caption and credit are boilerplate; a standfirst under the headline is neither body nor
boilerplate; "read also" lines and ad labels amid the text are boilerplate (an ad label of fewer
than four words is recorded as no snippet: neither). The choices each family makes for the
debatable parts:
  * ur-akhbar-site: an Urdu news site (right to left): the text (sentences ending in "۔"), its
    subheadings and a list are body; the "مزید پڑھیں:" lines amid the text (the label and a
    headline) are boilerplate, as are the "تازہ ترین" ticker's headlines, the menu, the photo's
    caption with its "فوٹو:" credit, the WhatsApp channel call, the share bar, the "ادارے کا ...
    متفق ہونا ضروری نہیں" disclaimer after the text (the same on every page of a site), the
    "متعلقہ خبریں" and "مقبول خبریں" headlines, the footer menu and copyright; the reporter line
    ("رپورٹ: name") and the "اشتہار" label are neither (too short); the "خلاصہ" summary box under
    the headline (two sentences, on the custom CMS's sites) is neither (a standfirst);
  * ta-seithi-portal: a Tamil portal: the text, its subheadings and a list are body; the "இதையும்
    படிக்க:" lines amid the text (the label and a headline) and the photo captions with their
    "படம்:" credit (one inside the text on some sites) are boilerplate, as are the menu, the
    byline ("name, desk"), the Google News call, the share bar, the tags line, the "டிரெண்டிங்"
    list's headlines, the "தொடர்புடைய செய்திகள்" headlines, the footer menu and copyright; the
    sub-title under the headline (<h2 class="sub-title">, on the Quintype-like sites) is neither
    (a standfirst); the later "அப்டேட்:" time is neither (too short);
  * my-thadinn-site: a Burmese news site: the text (sentences ending in "။"), subheadings and a
    list are body; the "ဆက်စပ်ဖတ်ရှုရန် -" line amid the text (the label and a headline), the
    menu, the photo's caption with "ဓာတ်ပုံ -" credit, the "ဆက်စပ်သတင်းများ" headlines, the
    "နောက်ဆုံးရသတင်းများ" sidebar's headlines, the Facebook and Telegram calls, the share bar, the
    disclaimer, the copyright and the footer are boilerplate; the reporter line ("သတင်း - name")
    and the one-word section and related headings are neither (too short); there is no
    standfirst;
  * sw-habari-site: a Swahili WordPress news site: the text, subheadings and a list are body; the
    "Soma pia:" lines amid the text (the label and a headline) are boilerplate, as are the byline
    ("Na name, town"), the menu, the breaking-news ticker, the photo's caption, "Tags:" with the
    tags, the share bar, the "Habari zinazohusiana" headlines, the comment form's notice
    ("Anwani yako ya barua pepe haitachapishwa ..."), the WhatsApp call, the footer's about line
    and copyright; the excerpt under the headline (<p class="td-post-sub-title">, on the
    Newspaper-theme sites) is neither (a standfirst).

Families (language; date source):
  crag  ur-akhbar-site          ur; <meta property="article:published_time"> and JSON-LD
                                NewsArticle datePublished with +05:00, the visible "ہفتہ 07 مارچ
                                2026" and "02:30 PM" (custom CMS, paths /story/<7 digits>/) or a
                                <time datetime> around "7 مارچ 2026ء" (WordPress, paths
                                /<yyyy>/<mm>/<dd>/<percent-encoded Urdu slug>/); <title> "T - Site"
                                or "T | Site"; <html lang="ur" dir="rtl">
  crag  ta-seithi-portal        ta; JSON-LD NewsArticle datePublished (and dateModified) with
                                +05:30, <meta property="article:published_time"> on some sites,
                                the visible "பதிவு: மார்ச் 07, 2026 14:30 IST" or "வெளியிடப்பட்டது:
                                07 மார்ச் 2026, 2:30 pm"; paths /news/<section>/<Latin slug
                                (`ta_latin`)>-<6-7 digits>.html; <title> "T | Site" or "T - Site
                                Tamil News"
  crag  my-thadinn-site         my; JSON-LD datePublished with +06:30 and the visible date in
                                Burmese digits, "၂၀၂၆ ခုနှစ် မတ်လ ၇ ရက်" and "၁၄:၃၀" inside a <time
                                datetime> (custom CMS) or "မတ် ၀၇၊ ၂၀၂၆" next to <meta
                                property="article:published_time"> (Drupal-like); paths
                                /news/<5-6 digits>; <title> "T - Site" or "T | Site"
  crag  sw-habari-site          sw; <meta property="article:published_time"> with +03:00 (East
                                Africa), a <time class="entry-date ..." datetime> around "Machi
                                7, 2026" and Yoast's JSON-LD graph; paths
                                /<yyyy>/<mm>/<dd>/<slug>/; <title> "T - Site" or "T | Site"

Every renderer gives every story of its publisher the platform's own URL on first use, and may turn
one middle paragraph into a list, keeping the body within 14 lines and 250-900 words, so `body`,
taken from the story after rendering, has it. All four have site names of their own
(`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

import random
import re
import unicodedata
from urllib.parse import quote

from pipeline.synth.prose import Prose, _cap, _w

FAMILIES: dict[str, str] = {
    "ur-akhbar-site": "crag",
    "ta-seithi-portal": "crag",
    "my-thadinn-site": "crag",
    "sw-habari-site": "crag",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "ur-akhbar-site": "ur",
    "ta-seithi-portal": "ta",
    "my-thadinn-site": "my",
    "sw-habari-site": "sw",
}
# Latin brands ("{p}" is the grammar's `place()`), so the host names are ASCII
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "ur-akhbar-site": ("Daily {p}", "{p} News", "{p} Urdu", "Roznama {p}", "{p} TV", "Urdu {p}"),
    "ta-seithi-portal": (
        "{p} Seithi",
        "Dina {p}",
        "Maalai {p}",
        "{p} News",
        "Tamil {p}",
        "{p} Times",
        "Namma {p}",
        "{p} Tamil",
        "{p} Seithigal",
    ),
    "my-thadinn-site": ("{p} Media", "{p} News", "{p} Journal", "{p} Daily", "{p} Online", "{p} Post"),
    "sw-habari-site": (
        "Habari {p}",
        "{p} Leo",
        "Sauti ya {p}",
        "{p} Daima",
        "Mwangaza wa {p}",
        "Jicho la {p}",
    ),
}


# --- Urdu ----------------------------------------------------------------------------------------

UR_FIRST = _w("""محمد علی احمد عمران عثمان بلال حسن فیصل زبیر کامران طارق آصف شاہد عائشہ فاطمہ صبا
    مریم نادیہ سارہ ثنا حنا رابعہ""")
UR_SURNAMES = _w("""خان چوہدری قریشی شیخ ملک بٹ اعوان رانا صدیقی ہاشمی مرزا عباسی جاوید اقبال گیلانی
    بلوچ""")
UR_BRANDS = _w("Sahar Roshni Qalam Sada Nawa Paigham Awam Safeer Tasveer Zamana Chiragh Sitara Mehran Chenab")
UR_CITIES = _w("""کراچی لاہور راولپنڈی پشاور کوئٹہ ملتان حیدرآباد سیالکوٹ گوجرانوالہ بہاولپور سکھر
    مردان""") + ("اسلام آباد", "فیصل آباد", "ایبٹ آباد")
# the subject before "نے" (plural nouns in the oblique)
UR_AGENTS = (
    "صوبائی حکومت",
    "شہری حکومت",
    "میئر",
    "وزیر اعلیٰ",
    "صوبائی کابینہ",
    "بلدیاتی کونسل",
    "ضلعی انتظامیہ",
    "محکمہ تعلیم",
    "محکمہ صحت",
    "اپوزیشن",
    "تاجروں",
    "شہریوں",
    "مقامی رہائشیوں",
    "والدین",
    "کونسل کے ارکان",
)
# objects in the oblique, before a postposition
UR_OBJECTS = (
    "نئے بجٹ",
    "شہر کے ترقیاتی منصوبے",
    "بائی پاس سڑک کے منصوبے",
    "نئے اسکول کی تعمیر",
    "پبلک ٹرانسپورٹ کے نئے نظام",
    "مرکزی پارک کی بحالی",
    "پانی کی فراہمی کے منصوبے",
    "پارکنگ فیس میں اضافے",
    "پراپرٹی ٹیکس میں اضافے",
    "نئے اسپتال کے منصوبے",
    "سبزی منڈی کی منتقلی",
    "کچرا اٹھانے کے ٹھیکے",
    "پل کی مرمت",
    "گرین لائن بس سروس کی توسیع",
)
# the light-verb phrases: (postposition, verb) agreeing with their own noun
# the works a town waits for (oblique, before "پر")
UR_WORKS = ("بائی پاس سڑک", "نئے اسکول کی تعمیر", "مرکزی پارک کی بحالی", "پل کی مرمت", "نئے اسپتال")
UR_VERBS = (
    ("کی", "منظوری دے دی"),
    ("کو", "مسترد کر دیا"),
    ("کو", "مؤخر کر دیا"),
    ("پر", "تنقید کی"),
    ("کا", "اعلان کیا"),
    ("کا", "جائزہ لیا"),
    ("کی", "مخالفت کی"),
    ("کا", "افتتاح کیا"),
    ("پر", "کام روک دیا"),
    ("کی", "حمایت کی"),
)
UR_TIMES = (
    "منگل کے روز",
    "گزشتہ روز",
    "اس ہفتے",
    "طویل بحث کے بعد",
    "متفقہ طور پر",
    "بالآخر",
    "ہنگامی اجلاس میں",
    "آج",
    "گزشتہ ہفتے",
)
UR_SOURCES = ("سرکاری ذرائع کے مطابق", "ہمارے نمائندے کے مطابق", "ترجمان کے مطابق", "ذرائع کا کہنا ہے کہ")
UR_ROLES = ("میئر", "ڈپٹی کمشنر", "کونسلر", "ترجمان", "صوبائی وزیر", "اسکول کے پرنسپل", "تاجر رہنما")
UR_SAYINGS = (
    "یہ منصوبہ پورے شہر کے لیے فائدہ مند ہوگا",
    "ہم شہریوں کو تنہا نہیں چھوڑیں گے",
    "کام مقررہ وقت پر مکمل کر لیا جائے گا",
    "شہری کچھ دن صبر سے کام لیں",
    "اس فیصلے کا برسوں سے انتظار تھا",
    "فنڈز جاری ہو چکے ہیں اور اب کام شروع ہونا چاہیے",
    "کسی نے ہمیں نہیں بتایا کہ متاثرہ خاندانوں کا کیا ہوگا",
    "یہ ایک درست اور جرات مندانہ فیصلہ ہے",
)
UR_SUBHEADS = (
    "آگے کیا ہوگا؟",
    "شہریوں کا ردعمل",
    "منصوبے پر کتنی لاگت آئے گی؟",
    "اپوزیشن کا موقف",
    "تفصیلات",
    "مقررہ مدت",
    "پرانا تنازع",
    "جواب طلب سوالات",
)
UR_MONTHS = _w("جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر")
UR_WEEKDAYS = _w("پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار")  # Monday first


class UrduProse(Prose):
    """Urdu local news: the subject with "نے", an oblique object and a light-verb phrase; "۔"."""

    lang = "ur"

    def place(self) -> str:
        """The site-name word (Latin letters); the text's towns are `city()`."""
        return self.rng.choice(UR_BRANDS)

    def city(self) -> str:
        return self.rng.choice(UR_CITIES)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        post, verb = rng.choice(UR_VERBS)
        when = f" {rng.choice(UR_TIMES)}" if time else ""
        return f"{rng.choice(UR_AGENTS)} نے{when} {rng.choice(UR_OBJECTS)} {post} {verb}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"{rng.choice(UR_ROLES)} {self.person()} کا کہنا تھا کہ {rng.choice(UR_SAYINGS)}۔"
        if r < 0.25:
            return f"{rng.choice(UR_SOURCES)} {self.clause(time=rng.random() < 0.6)}۔"
        if r < 0.36:
            return f"{self.clause(time=rng.random() < 0.4)}، جبکہ {self.clause()}۔"
        if r < 0.44:
            return f"اگرچہ {self.clause()}، تاہم {self.clause(time=True)}۔"
        if r < 0.58:
            return rng.choice(
                (
                    f"منصوبے پر {rng.randint(2, 90)} ارب روپے لاگت آئے گی۔",
                    f"کام تقریباً {rng.randint(4, 30)} ماہ میں مکمل ہوگا۔",
                    f"قرارداد کے حق میں {rng.randint(12, 60)} ارکان نے ووٹ دیا۔",
                    f"درخواست پر اب تک {10 * rng.randint(30, 900)} افراد دستخط کر چکے ہیں۔",
                    f"اخراجات کا {rng.randint(2, 8)}0 فیصد وفاقی حکومت برداشت کرے گی۔",
                    f"منصوبہ {rng.randint(2027, 2030)} تک مکمل ہونے کی توقع ہے۔",
                )
            )
        if r < 0.68:
            return f"{self.city()} کے شہری پوچھ رہے ہیں کہ {rng.choice(UR_WORKS)} کا کام کب مکمل ہوگا؟"
        if r < 0.84:
            return rng.choice(
                (
                    f"{self.city()} کے شہری برسوں سے اس فیصلے کا انتظار کر رہے تھے۔",
                    f"یہ پہلا موقع نہیں کہ {self.clause()}۔",
                    f"کچھ عرصہ قبل {self.city()} میں بھی ایسی ہی صورتحال دیکھنے میں آئی تھی۔",
                    f"{self.city()} میں صورتحال تاحال جوں کی توں ہے۔",
                    "یہ معاملہ آئندہ ماہ کونسل کے اجلاس میں دوبارہ زیر بحث آئے گا۔",
                )
            )
        return f"تاہم {self.clause(time=True)}۔"

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        post, verb = rng.choice(UR_VERBS)
        head = f"{rng.choice(UR_AGENTS)} نے {rng.choice(UR_OBJECTS)} {post} {verb}"
        if r < 0.35:
            return f"{self.city()}: {head}"
        if r < 0.7:
            return head
        if r < 0.88:
            return f"{self.city()} میں {rng.choice(UR_WORKS)} پر کام شروع"
        return f"{self.person()}: {rng.choice(UR_SAYINGS)}"

    def subheading(self) -> str:
        return self.rng.choice(UR_SUBHEADS)


UR_UI: dict[str, tuple[str, ...]] = {
    "nav": ("صفحہ اول", "پاکستان", "دنیا", "کاروبار", "کھیل", "شوبز", "صحت", "ٹیکنالوجی", "بلاگ", "ویڈیوز"),
    "sections": ("پاکستان", "شہر", "کاروبار", "تعلیم", "صحت", "سیاست"),
    "related": ("متعلقہ خبریں",),
    "read_more": ("مزید پڑھیں:",),
    "by": ("رپورٹ:",),
    "desks": ("نمائندہ خصوصی", "ویب ڈیسک", "اسٹاف رپورٹر", "بیورو چیف"),
    "share": ("یہ خبر شیئر کریں", "اس خبر کو شیئر کریں"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "لنک کاپی کریں"),
    "newsletter": ("تازہ ترین خبریں براہ راست اپنے ای میل میں حاصل کریں",),
    "comments": ("ادارے کا قارئین کی رائے سے متفق ہونا ضروری نہیں۔",),
    "cookie": ("یہ ویب سائٹ آپ کے تجربے کو بہتر بنانے کے لیے کوکیز استعمال کرتی ہے۔",),
    "ad": ("اشتہار",),
    "copyright": ("جملہ حقوق © {year} {name} محفوظ ہیں۔", "© {year} {name}۔ جملہ حقوق محفوظ ہیں۔"),
    "disclaimer": ("{name} کی تحریری اجازت کے بغیر مواد کی اشاعت ممنوع ہے۔",),
    "tagline": ("سچ کی آواز، {since} سے", "ہر لمحہ باخبر رہیں، {since} سے آپ کے ساتھ"),
    "bio": ("{author} {since2} سے {name} کے ساتھ وابستہ ہیں اور {beat} پر لکھتے ہیں۔",),
    "beats": ("بلدیاتی امور", "تعلیم", "صحت", "ٹرانسپورٹ", "ماحولیات"),
    "editorial": ("یہ رپورٹ {name} کی خصوصی سیریز کا حصہ ہے۔",),
    "classified": ("کرائے کے لیے دستیاب: شہر کے مرکز میں تین کمروں کا فلیٹ۔",),
    "subscribe": ("ہمارا واٹس ایپ چینل فالو کریں اور تازہ ترین خبریں حاصل کریں",),
}
UR_SECTION_SLUGS = {
    "پاکستان": "pakistan",
    "شہر": "city",
    "کاروبار": "business",
    "تعلیم": "education",
    "صحت": "health",
    "سیاست": "politics",
}


# --- Tamil ---------------------------------------------------------------------------------------

TA_FIRST = _w("""முருகன் செந்தில் கார்த்திக் அருண் விக்னேஷ் சுரேஷ் ராஜேஷ் பாலாஜி பிரகாஷ் கணேஷ்
    லட்சுமி பிரியா கவிதா மீனா சித்ரா தீபா ஜெயந்தி ரம்யா""")
TA_SURNAMES = _w("""குமார் ராஜா சுப்பிரமணியன் ராமசாமி கிருஷ்ணன் வேலு பாண்டியன் சேகர் நடராஜன் சுந்தரம்
    பழனிசாமி கந்தசாமி""")
TA_BRANDS = _w("Thendral Kathir Malar Murasu Oli Kural Sudar Vaanam Nila Thamarai Muthu Arasu Kaviri Vaigai")
# (nominative, locative)
TA_CITIES: tuple[tuple[str, str], ...] = (
    ("சென்னை", "சென்னையில்"),
    ("கோவை", "கோவையில்"),
    ("மதுரை", "மதுரையில்"),
    ("திருச்சி", "திருச்சியில்"),
    ("சேலம்", "சேலத்தில்"),
    ("திருநெல்வேலி", "திருநெல்வேலியில்"),
    ("ஈரோடு", "ஈரோட்டில்"),
    ("வேலூர்", "வேலூரில்"),
    ("தூத்துக்குடி", "தூத்துக்குடியில்"),
    ("தஞ்சாவூர்", "தஞ்சாவூரில்"),
    ("திண்டுக்கல்", "திண்டுக்கல்லில்"),
    ("காஞ்சிபுரம்", "காஞ்சிபுரத்தில்"),
    ("கடலூர்", "கடலூரில்"),
    ("நாகர்கோவில்", "நாகர்கோவிலில்"),
)
# (subject, class: 0 an institution, 1 people, 2 an honoured person)
TA_AGENTS: tuple[tuple[str, int], ...] = (
    ("மாநகராட்சி", 0),
    ("மாவட்ட நிர்வாகம்", 0),
    ("தமிழக அரசு", 0),
    ("நெடுஞ்சாலைத் துறை", 0),
    ("பள்ளிக் கல்வித் துறை", 0),
    ("மாமன்றம்", 0),
    ("மேயர்", 2),
    ("மாவட்ட ஆட்சியர்", 2),
    ("அமைச்சர்", 2),
    ("எதிர்க்கட்சித் தலைவர்", 2),
    ("பொதுமக்கள்", 1),
    ("வணிகர்கள்", 1),
    ("கவுன்சிலர்கள்", 1),
    ("பெற்றோர்கள்", 1),
    ("விவசாயிகள்", 1),
)
# (nominative, accusative, dative)
TA_OBJECTS: tuple[tuple[str, str, str], ...] = (
    ("புதிய பட்ஜெட்", "புதிய பட்ஜெட்டை", "புதிய பட்ஜெட்டுக்கு"),
    ("மேம்பால திட்டம்", "மேம்பால திட்டத்தை", "மேம்பால திட்டத்துக்கு"),
    ("பேருந்து நிலைய விரிவாக்கம்", "பேருந்து நிலைய விரிவாக்கத்தை", "பேருந்து நிலைய விரிவாக்கத்துக்கு"),
    ("குடிநீர் திட்டம்", "குடிநீர் திட்டத்தை", "குடிநீர் திட்டத்துக்கு"),
    ("சொத்து வரி உயர்வு", "சொத்து வரி உயர்வை", "சொத்து வரி உயர்வுக்கு"),
    ("புதிய பள்ளிக் கட்டடம்", "புதிய பள்ளிக் கட்டடத்தை", "புதிய பள்ளிக் கட்டடத்துக்கு"),
    ("பாதாள சாக்கடை திட்டம்", "பாதாள சாக்கடை திட்டத்தை", "பாதாள சாக்கடை திட்டத்துக்கு"),
    ("சாலை விரிவாக்கப் பணி", "சாலை விரிவாக்கப் பணியை", "சாலை விரிவாக்கப் பணிக்கு"),
    ("மெட்ரோ ரயில் நீட்டிப்பு", "மெட்ரோ ரயில் நீட்டிப்பை", "மெட்ரோ ரயில் நீட்டிப்புக்கு"),
    ("குப்பை சேகரிப்பு ஒப்பந்தம்", "குப்பை சேகரிப்பு ஒப்பந்தத்தை", "குப்பை சேகரிப்பு ஒப்பந்தத்துக்கு"),
    ("அரசு மருத்துவமனை விரிவாக்கம்", "அரசு மருத்துவமனை விரிவாக்கத்தை", "அரசு மருத்துவமனை விரிவாக்கத்துக்கு"),
    ("வாகன நிறுத்தக் கட்டணம்", "வாகன நிறுத்தக் கட்டணத்தை", "வாகன நிறுத்தக் கட்டணத்துக்கு"),
)
# (the object's case: 1 accusative, 2 dative; the verb for each subject class; the headline noun)
TA_VERBS: tuple[tuple[int, tuple[str, str, str], str], ...] = (
    (2, ("ஒப்புதல் அளித்தது", "ஒப்புதல் அளித்தனர்", "ஒப்புதல் அளித்தார்"), "ஒப்புதல்"),
    (1, ("நிராகரித்தது", "நிராகரித்தனர்", "நிராகரித்தார்"), "நிராகரிப்பு"),
    (1, ("ஒத்திவைத்தது", "ஒத்திவைத்தனர்", "ஒத்திவைத்தார்"), "ஒத்திவைப்பு"),
    (2, ("எதிர்ப்பு தெரிவித்தது", "எதிர்ப்பு தெரிவித்தனர்", "எதிர்ப்பு தெரிவித்தார்"), "எதிர்ப்பு"),
    (1, ("அறிவித்தது", "அறிவித்தனர்", "அறிவித்தார்"), "அறிவிப்பு"),
    (1, ("ஆய்வு செய்தது", "ஆய்வு செய்தனர்", "ஆய்வு செய்தார்"), "ஆய்வு"),
    (1, ("விமர்சித்தது", "விமர்சித்தனர்", "விமர்சித்தார்"), "விமர்சனம்"),
    (2, ("ஆதரவு தெரிவித்தது", "ஆதரவு தெரிவித்தனர்", "ஆதரவு தெரிவித்தார்"), "ஆதரவு"),
    (1, ("தொடங்கி வைத்தது", "தொடங்கி வைத்தனர்", "தொடங்கி வைத்தார்"), "தொடக்கம்"),
)
TA_WORKS = ("மேம்பாலப் பணிகள்", "சாலை விரிவாக்கப் பணிகள்", "பாதாள சாக்கடைப் பணிகள்", "குடிநீர் திட்டப் பணிகள்")
TA_TIMES = (
    "செவ்வாய்க்கிழமை",
    "நேற்று",
    "இந்த வாரம்",
    "நீண்ட விவாதத்துக்குப் பிறகு",
    "ஒருமனதாக",
    "இறுதியாக",
    "அவசரக் கூட்டத்தில்",
    "இன்று",
)
TA_SOURCES = ("அதிகாரப்பூர்வ தகவலின்படி,", "நமது செய்தியாளர் தகவலின்படி,", "மாநகராட்சி வட்டாரங்களின் தகவலின்படி,")
TA_LINKS = ("மேலும்,", "ஆனால்,", "இதற்கிடையே,", "இதனிடையே,")
TA_ROLES = ("மேயர்", "மாவட்ட ஆட்சியர்", "கவுன்சிலர்", "மாநகராட்சி ஆணையர்", "வணிகர் சங்கத் தலைவர்", "பள்ளித் தலைமையாசிரியர்")
TA_SAYINGS = (
    "இந்தத் திட்டம் நகரம் முழுவதற்கும் பயனளிக்கும்",
    "பொதுமக்களைக் கைவிட மாட்டோம்",
    "பணிகள் திட்டமிட்டபடி நடைபெற்று வருகின்றன",
    "பொதுமக்கள் சிறிது காலம் பொறுமையாக இருக்க வேண்டும்",
    "இந்த முடிவுக்காகப் பல ஆண்டுகளாகக் காத்திருந்தோம்",
    "நிதி ஒதுக்கப்பட்டுவிட்டது, இனி பணிகள் தொடங்க வேண்டும்",
    "பாதிக்கப்பட்ட குடும்பங்களுக்கு என்ன நடக்கும் என்று யாரும் சொல்லவில்லை",
)
TA_SUBHEADS = (
    "அடுத்து என்ன?",
    "பொதுமக்கள் கருத்து",
    "திட்டச் செலவு எவ்வளவு?",
    "எதிர்க்கட்சிகளின் நிலைப்பாடு",
    "விவரங்கள்",
    "கால அட்டவணை",
    "நீண்டகால சர்ச்சை",
)
TA_MONTHS = _w("ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்")


class TamilProse(Prose):
    """Tamil district news: subject-object-verb, the verb agreeing with its subject's class."""

    lang = "ta"

    def place(self) -> str:
        """The site-name word (Latin letters); the text's towns are `city()`."""
        return self.rng.choice(TA_BRANDS)

    def city(self) -> tuple[str, str]:
        return self.rng.choice(TA_CITIES)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, kind = rng.choice(TA_AGENTS)
        case, verbs, _ = rng.choice(TA_VERBS)
        when = f" {rng.choice(TA_TIMES)}" if time else ""
        return f"{agent}{when} {rng.choice(TA_OBJECTS)[case]} {verbs[kind]}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"“{rng.choice(TA_SAYINGS)}” என்று {rng.choice(TA_ROLES)} {self.person()} தெரிவித்தார்."
        if r < 0.25:
            return f"{rng.choice(TA_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            return f"{rng.choice(TA_LINKS)} {self.clause(time=rng.random() < 0.5)}."
        if r < 0.52:
            return rng.choice(
                (
                    f"இந்தத் திட்டத்தின் மதிப்பு ரூ.{rng.randint(12, 900)} கோடி ஆகும்.",
                    f"பணிகள் சுமார் {rng.randint(4, 30)} மாதங்களில் நிறைவடையும்.",
                    f"தீர்மானத்துக்கு ஆதரவாக {rng.randint(20, 150)} உறுப்பினர்கள் வாக்களித்தனர்.",
                    f"இதுவரை {10 * rng.randint(30, 900)} பேர் மனுவில் கையெழுத்திட்டுள்ளனர்.",
                    f"திட்டச் செலவில் {rng.randint(2, 8)}0 சதவீதத்தை மத்திய அரசு ஏற்கும்.",
                    f"இந்தத் திட்டம் {rng.randint(2027, 2030)}-ஆம் ஆண்டுக்குள் நிறைவடையும் என எதிர்பார்க்கப்படுகிறது.",
                )
            )
        if r < 0.62:
            return f"{rng.choice(TA_WORKS)} எப்போது நிறைவடையும் என்று {self.city()[0]} மக்கள் கேள்வி எழுப்புகின்றனர்."
        if r < 0.8:
            nom, loc = self.city()
            return rng.choice(
                (
                    f"{nom} மக்கள் இந்த முடிவுக்காகப் பல ஆண்டுகளாகக் காத்திருந்தனர்.",
                    f"இதே போன்ற நிலை சமீபத்தில் {loc[:-1]}ும் ஏற்பட்டது.",
                    f"{loc} நிலைமை இன்னும் மாறவில்லை.",
                    "இந்த விவகாரம் அடுத்த மாதம் நடைபெறும் மாமன்றக் கூட்டத்தில் மீண்டும் விவாதிக்கப்படும்.",
                    f"{loc} நடைபெற்ற கூட்டத்தில் ஏராளமான பொதுமக்கள் பங்கேற்றனர்.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, kind = rng.choice(TA_AGENTS)
        case, verbs, noun = rng.choice(TA_VERBS)
        obj = rng.choice(TA_OBJECTS)
        if r < 0.35:  # no finite verb: a dative object keeps its case, an accusative one does not
            return f"{self.city()[1]} {obj[2] if case == 2 else obj[0]} {agent} {noun}"
        if r < 0.7:
            return f"{agent} {obj[case]} {verbs[kind]}"
        if r < 0.88:
            return f"{self.city()[0]} {obj[0]}: {agent} {noun}"
        return f"{self.person()}: “{rng.choice(TA_SAYINGS)}”"

    def subheading(self) -> str:
        return self.rng.choice(TA_SUBHEADS)


TA_UI: dict[str, tuple[str, ...]] = {
    "nav": ("முகப்பு", "தமிழ்நாடு", "இந்தியா", "உலகம்", "வணிகம்", "விளையாட்டு", "சினிமா", "ஆன்மிகம்", "வீடியோ"),
    "sections": ("தமிழ்நாடு", "மாவட்டச் செய்திகள்", "இந்தியா", "வணிகம்", "கல்வி", "சென்னை"),
    "related": ("தொடர்புடைய செய்திகள்",),
    "read_more": ("இதையும் படிக்க:",),
    "by": ("எழுதியவர்:",),
    "desks": ("செய்தியாளர்", "சிறப்புச் செய்தியாளர்", "இணையதளச் செய்திப் பிரிவு"),
    "share": ("இந்தச் செய்தியைப் பகிர", "பகிர்ந்து கொள்ளுங்கள்"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "இணைப்பை நகலெடு"),
    "newsletter": ("முக்கியச் செய்திகளை உங்கள் மின்னஞ்சலில் தினமும் பெறுங்கள்",),
    "comments": ("வாசகர் கருத்துகள் மட்டுறுத்தலுக்குப் பின்னரே வெளியிடப்படும்",),
    "cookie": ("சிறந்த அனுபவத்துக்காக இந்த இணையதளம் குக்கீகளைப் பயன்படுத்துகிறது",),
    "ad": ("விளம்பரம்",),
    "copyright": ("© {year} {name}. அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.",),
    "disclaimer": ("இந்த இணையதளத்தின் செய்திகளை அனுமதியின்றி மறுபிரசுரம் செய்யக் கூடாது.",),
    "tagline": ("{since} முதல் உங்கள் நம்பகமான செய்தி ஊடகம்",),
    "bio": ("{author} {since2} முதல் {name} இணையதளத்தில் {beat} குறித்து எழுதி வருகிறார்.",),
    "beats": ("உள்ளாட்சி", "போக்குவரத்து", "கல்வி", "சுகாதாரம்", "சுற்றுச்சூழல்"),
    "editorial": ("இந்தச் செய்தி {name} சிறப்புத் தொடரின் ஒரு பகுதியாகும்.",),
    "classified": ("நகரின் மையப் பகுதியில் இரண்டு படுக்கையறை வீடு வாடகைக்கு உள்ளது.",),
    "subscribe": ("எங்கள் WhatsApp சேனலில் இணையுங்கள்",),
}
TA_SECTION_SLUGS = {
    "தமிழ்நாடு": "tamilnadu",
    "மாவட்டச் செய்திகள்": "district",
    "இந்தியா": "india",
    "வணிகம்": "business",
    "கல்வி": "education",
    "சென்னை": "chennai",
}
_TA_CONSONANTS = dict(
    zip(
        "கஙசஞடணதநபமயரலவழளறனஜஷஸஹ",
        _w("k ng s nj t n th n p m y r l v zh l r n j sh s h"),
        strict=True,
    )
)
_TA_VOWELS = dict(zip("அஆஇஈஉஊஎஏஐஒஓஔ", _w("a aa i ee u oo e e ai o o au"), strict=True))
_TA_SIGNS = dict(zip("ாிீுூெேைொோௌ", _w("aa i ee u oo e e ai o o au"), strict=True))
_TA_VIRAMA = "\u0bcd"


def ta_latin(text: str) -> str:
    """Tamil in Latin letters, letter by letter, for URL slugs ("சென்னை மாநகராட்சி" -> "sennai
    maanakaraatsi"): a consonant without a vowel sign or virama carries "a"; other characters are
    kept."""
    out: list[str] = []
    for k, ch in enumerate(text):
        if ch in _TA_CONSONANTS:
            out.append(_TA_CONSONANTS[ch])
            nxt = text[k + 1] if k + 1 < len(text) else ""
            if nxt not in _TA_SIGNS and nxt != _TA_VIRAMA:
                out.append("a")
        elif ch in _TA_SIGNS:
            out.append(_TA_SIGNS[ch])
        elif ch in _TA_VOWELS:
            out.append(_TA_VOWELS[ch])
        elif ch != _TA_VIRAMA:
            out.append(ch)
    return "".join(out)


# --- Burmese -------------------------------------------------------------------------------------

MY_HONORIFICS = ("ဦး", "ဦး", "ကို", "ဒေါ်", "ဒေါ်", "မ")
MY_MALE = _w("ကျော်ဇင် အောင်မြင့် ဇော်ဝင်း မင်းထက် သန့်ဇင် ဝင်းနိုင် ထွန်းထွန်း ဟိန်းထက် ရဲမင်း စိုးမိုး")
MY_FEMALE = _w("ခင်မာလာ နီလာဝင်း သီတာ ဖြူဖြူ ခင်စန္ဒာ မြင့်မြင့် နန္ဒာ သင်းသင်း ဆုမြတ် ယမင်း")
MY_BRANDS = _w("Shwe Padauk Thazin Myitta Yadana Ayeyar Thitsar Khayay Mandalar Zabu Sein Nagar Pyinsa Myat")
MY_CITIES = (
    "ရန်ကုန်မြို့",
    "မန္တလေးမြို့",
    "နေပြည်တော်",
    "ပုသိမ်မြို့",
    "မော်လမြိုင်မြို့",
    "တောင်ကြီးမြို့",
    "မုံရွာမြို့",
    "ပဲခူးမြို့",
    "မကွေးမြို့",
    "မြစ်ကြီးနားမြို့",
    "လားရှိုးမြို့",
    "ထားဝယ်မြို့",
    "ပြည်မြို့",
    "ဟင်္သာတမြို့",
)
# (subject with "က", plural)
MY_AGENTS: tuple[tuple[str, bool], ...] = (
    ("မြို့တော်စည်ပင်သာယာရေးကော်မတီက", False),
    ("တိုင်းဒေသကြီးအစိုးရက", False),
    ("မြို့တော်ဝန်က", False),
    ("ပညာရေးဝန်ကြီးဌာနက", False),
    ("ဆောက်လုပ်ရေးဝန်ကြီးဌာနက", False),
    ("ရဲတပ်ဖွဲ့က", False),
    ("မြို့နယ် အုပ်ချုပ်ရေးမှူးရုံးက", False),
    ("လျှပ်စစ်ဓာတ်အားပေးရေး ကော်ပိုရေးရှင်းက", False),
    ("ဒေသခံများက", True),
    ("ကုန်သည်များက", True),
    ("မိဘများက", True),
    ("လယ်သမားများက", True),
    ("ရပ်ကွက်လူကြီးများက", True),
)
MY_OBJECTS = (
    "ဘတ်ဂျက်သစ်",
    "လမ်းချဲ့ထွင်ရေး စီမံကိန်း",
    "ရေပေးဝေရေး စီမံကိန်း",
    "ဈေးသစ် တည်ဆောက်ရေးလုပ်ငန်း",
    "တံတား ပြုပြင်ရေးလုပ်ငန်း",
    "စည်ပင်အခွန် တိုးမြှင့်မှု",
    "အမှိုက်သိမ်း စနစ်သစ်",
    "ကျောင်းဆောင်သစ် ဆောက်လုပ်ရေး",
    "ဘတ်စ်ကားလိုင်းသစ်များ",
    "လျှပ်စစ်မီး ပေးဝေမှုအစီအစဉ်",
    "ဆေးရုံ တိုးချဲ့ရေးစီမံကိန်း",
    "ကားပါကင် စည်းမျဉ်းသစ်",
)
MY_WORKS = ("လမ်းချဲ့ထွင်ရေး လုပ်ငန်း", "ရေပေးဝေရေး စီမံကိန်း", "ဈေးသစ် တည်ဆောက်ရေးလုပ်ငန်း", "တံတား ပြုပြင်ရေးလုပ်ငန်း")
MY_VERBS = (
    "အတည်ပြု",
    "ပယ်ချ",
    "ရွှေ့ဆိုင်း",
    "ကန့်ကွက်",
    "ကြေညာ",
    "ပြန်လည်သုံးသပ်",
    "ဆိုင်းငံ့",
    "စတင်",
    "ဝေဖန်",
    "ထောက်ခံ",
)
MY_TIMES = (
    "ယမန်နေ့က",
    "အင်္ဂါနေ့က",
    "ယခုအပတ်အတွင်း",
    "ကြာမြင့်စွာ ဆွေးနွေးပြီးနောက်",
    "တညီတညွတ်တည်း",
    "နောက်ဆုံးတွင်",
    "အရေးပေါ် အစည်းအဝေးတွင်",
    "ယနေ့",
)
MY_SOURCES = ("တရားဝင် သတင်းများအရ", "ဒေသခံ သတင်းရင်းမြစ်များအရ", "စည်ပင် ပြောခွင့်ရသူ၏ ပြောကြားချက်အရ")
MY_ROLES = ("မြို့တော်ဝန်", "ရပ်ကွက်အုပ်ချုပ်ရေးမှူး", "ဒေသခံ", "ကျောင်းအုပ်ဆရာကြီး", "ကုန်သည်အသင်း ဥက္ကဋ္ဌ", "အင်ဂျင်နီယာ")
MY_SAYINGS = (
    "ဒီစီမံကိန်းက မြို့တစ်မြို့လုံးအတွက် အကျိုးရှိပါလိမ့်မယ်",
    "ဒေသခံတွေကို ပစ်ထားမှာ မဟုတ်ပါဘူး",
    "လုပ်ငန်းတွေ အချိန်ဇယားအတိုင်း ဆောင်ရွက်နေပါတယ်",
    "ပြည်သူတွေ ခဏ သည်းခံပေးဖို့ မေတ္တာရပ်ခံပါတယ်",
    "ဒီဆုံးဖြတ်ချက်ကို နှစ်ပေါင်းများစွာ စောင့်ခဲ့ရပါတယ်",
    "ရန်ပုံငွေ ရပြီးပါပြီ၊ အခု လုပ်ငန်းစဖို့ပဲ လိုပါတယ်",
    "ထိခိုက်တဲ့ မိသားစုတွေ ဘာဖြစ်မလဲဆိုတာ ဘယ်သူမှ မပြောပြသေးပါဘူး",
)
MY_SUBHEADS = (
    "နောက် ဘာဖြစ်မလဲ",
    "ဒေသခံများ၏ တုံ့ပြန်မှု",
    "ကုန်ကျစရိတ် မည်မျှရှိမည်နည်း",
    "အသေးစိတ် အချက်အလက်များ",
    "လုပ်ငန်း အချိန်ဇယား",
    "ကြာမြင့်နေသော အငြင်းပွားမှု",
    "ဖြေရှင်းရန် ကျန်နေသော မေးခွန်းများ",
)
MY_MONTHS = _w("ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ")
MY_WEEKDAYS = _w("တနင်္လာ အင်္ဂါ ဗုဒ္ဓဟူး ကြာသပတေး သောကြာ စနေ တနင်္ဂနွေ")  # Monday first
_MY_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")


def my_digits(text: object) -> str:
    """The text with its digits in Burmese digits."""
    return str(text).translate(_MY_DIGITS)


class BurmeseProse(Prose):
    """Burmese news in the formal written style (see the module docstring)."""

    lang = "my"

    def person(self) -> str:
        rng = self.rng
        title = rng.choice(MY_HONORIFICS)
        return title + rng.choice(MY_MALE if title in ("ဦး", "ကို") else MY_FEMALE)

    def place(self) -> str:
        """The site-name word (Latin letters); the text's towns are `city()`."""
        return self.rng.choice(MY_BRANDS)

    def city(self) -> str:
        return self.rng.choice(MY_CITIES)

    def clause(self, time: bool = False, end: str = "သည်") -> str:
        """A clause in the past, ending with `end` ("သည်", or a conjunction: "ပြီး", "သော်လည်း")."""
        rng = self.rng
        agent, plural = rng.choice(MY_AGENTS)
        when = f" {rng.choice(MY_TIMES)}" if time else ""
        return f"{agent}{when} {rng.choice(MY_OBJECTS)}ကို {rng.choice(MY_VERBS)}ခဲ့{'ကြ' if plural else ''}{end}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"“{rng.choice(MY_SAYINGS)}” ဟု {rng.choice(MY_ROLES)} {self.person()}က ပြောကြားသည်။"
        if r < 0.25:
            return f"{rng.choice(MY_SOURCES)} {self.clause(time=rng.random() < 0.6)}။"
        if r < 0.38:
            end = rng.choice(("ပြီး၊", "သော်လည်း၊", "သဖြင့်၊"))
            return f"{self.clause(time=rng.random() < 0.4, end=end)} {self.clause()}။"
        if r < 0.52:
            return rng.choice(
                (
                    f"စီမံကိန်းအတွက် ကျပ်သန်း {my_digits(10 * rng.randint(12, 900))} ကုန်ကျမည် ဖြစ်သည်။",
                    f"လုပ်ငန်းများသည် {my_digits(rng.randint(4, 30))} လခန့် ကြာမြင့်မည် ဖြစ်သည်။",
                    f"အဆိုကို ကိုယ်စားလှယ် {my_digits(rng.randint(12, 60))} ဦးက ထောက်ခံခဲ့ကြသည်။",
                    f"လက်မှတ်ရေးထိုးသူ {my_digits(10 * rng.randint(30, 900))} ဦးအထိ ရှိလာပြီ ဖြစ်သည်။",
                    f"ကုန်ကျစရိတ်၏ {my_digits(rng.randint(2, 8))}၀ ရာခိုင်နှုန်းကို ပြည်ထောင်စုအစိုးရက ကျခံမည် ဖြစ်သည်။",
                    f"စီမံကိန်းကို {my_digits(rng.randint(2027, 2030))} ခုနှစ်တွင် အပြီးသတ်ရန် စီစဉ်ထားသည်။",
                )
            )
        if r < 0.62:
            return f"{rng.choice(MY_WORKS)} မည်သည့်အချိန်တွင် ပြီးစီးမည်နည်းဟု {self.city()} ဒေသခံများက မေးမြန်းနေကြသည်။"
        if r < 0.8:
            return rng.choice(
                (
                    f"{self.city()} ဒေသခံများသည် ဤဆုံးဖြတ်ချက်ကို နှစ်ပေါင်းများစွာ စောင့်ဆိုင်းခဲ့ကြသည်။",
                    f"{self.clause()}မှာ ပထမဆုံးအကြိမ် မဟုတ်ပေ။",
                    f"ယခင်က {self.city()}တွင်လည်း အလားတူ ဖြစ်ရပ်မျိုး ရှိခဲ့သည်။",
                    f"{self.city()}တွင် အခြေအနေမှာ ယခုထိ ပြောင်းလဲခြင်း မရှိသေးပေ။",
                    "ဤကိစ္စကို နောက်လ အစည်းအဝေးတွင် ထပ်မံ ဆွေးနွေးမည် ဖြစ်သည်။",
                )
            )
        return f"{self.clause(time=True)}။"

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, _ = rng.choice(MY_AGENTS)
        head = f"{agent} {rng.choice(MY_OBJECTS)} {rng.choice(MY_VERBS)}"
        if r < 0.4:
            return f"{self.city()}တွင် {head}"
        if r < 0.75:
            return f"{head}မည်" if rng.random() < 0.3 else head
        if r < 0.9:
            return f"{self.city()} {rng.choice(MY_OBJECTS)} ကိစ္စ {agent} {rng.choice(MY_VERBS)}"
        return f"{self.person()} - “{rng.choice(MY_SAYINGS)}”"

    def subheading(self) -> str:
        return self.rng.choice(MY_SUBHEADS)


MY_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "ပင်မစာမျက်နှာ",
        "ပြည်တွင်း",
        "နိုင်ငံတကာ",
        "စီးပွားရေး",
        "အားကစား",
        "ဖျော်ဖြေရေး",
        "ကျန်းမာရေး",
        "နည်းပညာ",
        "ဗီဒီယို",
    ),
    "sections": ("ပြည်တွင်း", "စီးပွားရေး", "လူမှုရေး", "ပညာရေး", "ကျန်းမာရေး", "ဒေသသတင်း"),
    "related": ("ဆက်စပ်သတင်းများ",),
    "read_more": ("ဆက်စပ်ဖတ်ရှုရန် -",),
    "by": ("သတင်း -",),
    "desks": ("သတင်းထောက်", "အယ်ဒီတာ", "ဒေသသတင်းထောက်"),
    "share": ("ဤသတင်းကို မျှဝေရန်", "မိတ်ဆွေများထံ မျှဝေပါ"),
    "share_sites": ("Facebook", "Messenger", "Telegram", "Viber", "X"),
    "newsletter": ("နေ့စဉ် အရေးကြီး သတင်းများကို အီးမေးလ်ဖြင့် ရယူလိုက်ပါ",),
    "comments": ("မှတ်ချက်များကို အယ်ဒီတာအဖွဲ့က စိစစ်ပြီးမှ ဖော်ပြပါသည်",),
    "cookie": ("ဤဝက်ဘ်ဆိုက်သည် သင့်အတွေ့အကြုံ ပိုကောင်းစေရန် ကွတ်ကီးများကို အသုံးပြုပါသည်",),
    "ad": ("ကြော်ငြာ",),
    "copyright": ("မူပိုင်ခွင့် © {year} {name}။ မူပိုင်ခွင့် အားလုံး ရယူထားသည်။",),
    "disclaimer": ("ဤဝက်ဘ်ဆိုက်ပါ သတင်းများကို ခွင့်ပြုချက်မရှိဘဲ ကူးယူ ဖော်ပြခြင်း မပြုရ။",),
    "tagline": ("{since} ခုနှစ်ကတည်းက ယုံကြည်ရသော သတင်းမီဒီယာ",),
    "bio": ("{author} သည် {since2} ခုနှစ်မှစ၍ {name} တွင် {beat} သတင်းများကို ရေးသားနေသူ ဖြစ်သည်။",),
    "beats": ("ဒေသဆိုင်ရာ", "ပညာရေး", "ကျန်းမာရေး", "စီးပွားရေး"),
    "editorial": ("ဤသတင်းသည် {name} ၏ အထူးသတင်းဆောင်းပါး အစီအစဉ်တစ်ခု ဖြစ်သည်။",),
    "classified": ("ရန်ကုန်မြို့လယ်တွင် တိုက်ခန်း ငှားရန် ရှိသည်။",),
    "subscribe": ("ကျွန်ုပ်တို့၏ Telegram Channel ကို Join ပါ",),
}


# --- Swahili -------------------------------------------------------------------------------------

SW_FIRST = _w("""Juma Hamisi Baraka Emmanuel Joseph Said Rashidi Hassani Daudi Petro Amina Neema Rehema
    Zawadi Mwanaidi Grace Halima Faraja Esther Upendo""")
SW_SURNAMES = _w("""Mwakyusa Mollel Kimaro Mushi Otieno Wanjiru Njoroge Mohamed Salim Mrema Massawe Lyimo
    Kipchumba Mbwana Ngowi Mwakalinga Odhiambo""")
SW_TOWNS = _w("""Arusha Mwanza Dodoma Tanga Morogoro Mbeya Iringa Moshi Tabora Kigoma Mtwara Mombasa
    Kisumu Nakuru Eldoret Malindi Bukoba Musoma Songea Singida""")
SW_CITIES = (*SW_TOWNS[:12], "Dar es Salaam", "Zanzibar", "Nairobi")
# (subject, noun-class subject prefix); a lower-case subject is a common noun (capitalised at the
# start of a sentence only)
SW_AGENTS: tuple[tuple[str, str], ...] = (
    ("halmashauri ya jiji", "i"),
    ("serikali ya mkoa", "i"),
    ("Wizara ya Ujenzi", "i"),
    ("Wizara ya Elimu", "i"),
    ("kamati ya fedha ya baraza", "i"),
    ("baraza la madiwani", "li"),
    ("Jeshi la Polisi", "li"),
    ("mkuu wa mkoa", "a"),
    ("meya wa jiji", "a"),
    ("mkurugenzi wa halmashauri", "a"),
    ("wakazi wa eneo hilo", "wa"),
    ("wafanyabiashara wa soko kuu", "wa"),
    ("wazazi", "wa"),
    ("madiwani wa upinzani", "wa"),
    ("chama cha wafanyabiashara", "ki"),
)
SW_HEADLINE_PREFIX = {"i": "ya", "li": "la", "a": "a", "wa": "wa", "ki": "cha"}
SW_VERBS = _w("pitisha kataa ahirisha tangaza kosoa sitisha zindua pinga kagua jadili unga")
SW_OBJECTS = (
    "bajeti mpya",
    "mradi wa barabara ya mchepuko",
    "ujenzi wa shule mpya",
    "mpango wa maji safi",
    "ukarabati wa soko kuu",
    "ongezeko la ushuru wa maegesho",
    "mradi wa mabasi yaendayo haraka",
    "ujenzi wa daraja jipya",
    "mpango mpya wa kukusanya taka",
    "upanuzi wa hospitali ya wilaya",
    "zabuni ya taa za barabarani",
    "ujenzi wa kituo cha afya",
)
SW_WORKS = ("mradi huo", "ujenzi wa daraja jipya", "ukarabati wa soko kuu", "upanuzi wa hospitali ya wilaya")
SW_TIMES = (
    "Jumanne",
    "jana",
    "wiki hii",
    "baada ya mjadala mrefu",
    "kwa kauli moja",
    "katika kikao cha dharura",
    "leo",
    "wiki iliyopita",
)
SW_SOURCES = (
    "Kwa mujibu wa taarifa ya halmashauri,",
    "Kwa mujibu wa vyanzo vyetu,",
    "Taarifa iliyotolewa na ofisi ya mkuu wa mkoa inaeleza kuwa",
)
SW_ROLES = (
    "Mkuu wa Wilaya",
    "Meya wa Jiji",
    "Diwani wa kata",
    "Mkurugenzi wa Manispaa",
    "mwenyekiti wa wafanyabiashara",
    "mkazi wa eneo hilo",
    "Mhandisi wa mradi",
)
SW_SAYINGS = (
    "Mradi huu utawanufaisha wakazi wote wa jiji",
    "Hatutawaacha wananchi peke yao",
    "Kazi inaendelea kulingana na ratiba",
    "Tunawaomba wananchi wawe wavumilivu",
    "Tumesubiri uamuzi huu kwa miaka mingi",
    "Fedha zimeshatolewa, sasa kazi ianze",
    "Hakuna aliyetueleza nini kitatokea kwa familia zetu",
)
SW_SUBHEADS = (
    "Nini kinafuata?",
    "Maoni ya wakazi",
    "Gharama za mradi",
    "Msimamo wa upinzani",
    "Undani wa mpango",
    "Ratiba ya utekelezaji",
    "Mgogoro wa muda mrefu",
    "Maswali yasiyo na majibu",
)
SW_MONTHS = _w("Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba")
SW_WEEKDAYS = _w("Jumatatu Jumanne Jumatano Alhamisi Ijumaa Jumamosi Jumapili")  # Monday first


class SwahiliProse(Prose):
    """Swahili regional news: the verb's subject prefix agreeing with the subject's noun class."""

    lang = "sw"

    def place(self) -> str:
        """The town the publisher's name is made of (its text's towns are `city()`)."""
        return self.rng.choice(SW_TOWNS)

    def city(self) -> str:
        return self.rng.choice(SW_CITIES)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, prefix = rng.choice(SW_AGENTS)
        verb = f"{prefix}{rng.choice(('me', 'li'))}{rng.choice(SW_VERBS)}"
        obj = rng.choice(SW_OBJECTS)
        if verb.endswith("unga"):  # "kuunga mkono" (to support)
            obj = f"mkono {obj}"
        when = f" {rng.choice(SW_TIMES)}" if time else ""
        return f"{agent} {verb} {obj}{when}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"“{rng.choice(SW_SAYINGS)},” alisema {self.person()}, {rng.choice(SW_ROLES)}."
        if r < 0.25:
            return f"{rng.choice(SW_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            conj = rng.choice((", lakini", " na", ", huku", ", hivyo"))
            return f"{_cap(self.clause(time=rng.random() < 0.4))}{conj} {self.clause()}."
        if r < 0.52:
            return rng.choice(
                (
                    f"Mradi huo utagharimu shilingi bilioni {rng.randint(2, 90)}.",
                    f"Kazi hiyo itachukua takriban miezi {rng.randint(4, 30)}.",
                    f"Madiwani {rng.randint(12, 60)} walipiga kura kuunga mkono hoja hiyo.",
                    f"Zaidi ya watu {10 * rng.randint(30, 900)} wamesaini ombi hilo.",
                    f"Serikali kuu itagharamia asilimia {rng.randint(2, 8)}0 ya gharama hizo.",
                    f"Mradi unatarajiwa kukamilika ifikapo mwaka {rng.randint(2027, 2030)}.",
                )
            )
        if r < 0.62:
            return f"Wakazi wa {self.city()} wanahoji ni lini {rng.choice(SW_WORKS)} utakamilika."
        if r < 0.8:
            return rng.choice(
                (
                    f"Wakazi wa {self.city()} wamekuwa wakisubiri uamuzi huu kwa miaka mingi.",
                    f"Hii si mara ya kwanza ambapo {self.clause()}.",
                    f"Hali kama hiyo ilishuhudiwa hivi karibuni mjini {self.city()}.",
                    f"Mjini {self.city()}, hali bado haijabadilika.",
                    "Suala hilo litajadiliwa tena katika kikao kijacho cha baraza.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, prefix = rng.choice(SW_AGENTS)
        stem = rng.choice(SW_VERBS)
        obj = rng.choice(SW_OBJECTS)
        if stem == "unga":
            obj = f"mkono {obj}"
        head = f"{_cap(agent)} {SW_HEADLINE_PREFIX[prefix]}{stem} {obj}"
        if r < 0.35:
            return f"{self.city()}: {head}"
        if r < 0.8:
            return head
        return f"{self.person()}: “{rng.choice(SW_SAYINGS)}”"

    def subheading(self) -> str:
        return self.rng.choice(SW_SUBHEADS)


SW_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Mwanzo",
        "Habari",
        "Kitaifa",
        "Kimataifa",
        "Biashara",
        "Michezo",
        "Burudani",
        "Afya",
        "Makala",
        "Video",
    ),
    "sections": ("Kitaifa", "Mikoani", "Biashara", "Afya", "Elimu", "Siasa"),
    "related": ("Habari zinazohusiana",),
    "read_more": ("Soma pia:",),
    "by": ("Na",),
    "desks": ("Mwandishi Wetu", "Mhariri", "Mwandishi wa Habari"),
    "share": ("Shiriki habari hii", "Sambaza kwa marafiki"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "Nakili kiungo"),
    "newsletter": ("Pokea habari muhimu kila asubuhi kupitia barua pepe yako",),
    "comments": ("Anwani yako ya barua pepe haitachapishwa. Sehemu zinazohitajika zimewekwa alama *",),
    "cookie": ("Tovuti hii inatumia vidakuzi ili kuboresha matumizi yako.",),
    "ad": ("Tangazo",),
    "copyright": (
        "© {year} {name}. Haki zote zimehifadhiwa.",
        "Hakimiliki © {year} {name}. Haki zote zimehifadhiwa.",
    ),
    "disclaimer": ("Ni marufuku kunakili habari za tovuti hii bila idhini ya {name}.",),
    "tagline": (
        "Chanzo chako cha habari za {region} tangu {since}",
        "Habari za uhakika kutoka {region} kila siku",
    ),
    "bio": ("{author} ni mwandishi wa {name} tangu {since2} na huandika kuhusu {beat}.",),
    "beats": ("serikali za mitaa", "usafiri", "elimu", "afya", "mazingira"),
    "editorial": ("Habari hii ni sehemu ya mfululizo maalum wa {name}.",),
    "classified": ("Nyumba ya vyumba vitatu inapangishwa katikati ya mji.",),
    "subscribe": ("Jiunge na chaneli yetu ya WhatsApp upate habari papo hapo",),
}


# --- shared by the renderers ---------------------------------------------------------------------


def _page_choice(c: Ctx, key: str) -> random.Random:
    """A generator for one page's choices, the same whichever page of the site is rendered first."""
    return c.stable(f"{key}/{c.story.title}")


def _maybe_list(c: Ctx, key: str) -> None:
    """Turn one middle paragraph of three or four sentences (each of more than six words) into a
    list, one item per sentence, when the body has 5-11 paragraphs (so it keeps within 14 lines)."""
    s = c.story
    paras = _paras(s)
    if not 5 <= len(paras) <= 11:
        return
    fit = [
        i for i in paras[1:-1] if len(s.sentences[i]) in (3, 4) and all(_words(x) > 6 for x in s.sentences[i])
    ]
    if not fit:
        return
    at = _page_choice(c, key).choice(fit)
    items = s.sentences[at]
    s.blocks[at : at + 1] = [("li", x) for x in items]
    s.sentences[at : at + 1] = [[x] for x in items]


def _body_html(c: Ctx, para: str, heading: str, ul: str) -> list[str]:
    """The story as HTML, one string a block: `para` wraps a paragraph ("{}" its inline HTML),
    `heading` a subheading ("{tag}", "{}"), `ul` opens a list (the "<ul>" tag with its attributes)."""
    out: list[str] = []
    items: list[str] = []
    blocks = c.story.blocks
    for k, (tag, text) in enumerate(blocks):
        if tag == "li":
            items.append(f"<li>{esc(text)}</li>")
            if k + 1 == len(blocks) or blocks[k + 1][0] != "li":
                out.append(ul + "\n".join(items) + "</ul>")
                items = []
        elif tag == "p":
            out.append(para.replace("{}", c.inline(text)))
        else:
            out.append(heading.replace("{tag}", tag).replace("{}", esc(text)))
    return out


def _number(c: Ctx, base: int, step: int) -> Callable[[Story], int]:
    """A story's id on its site: rising with the publication order, from `base`."""
    return lambda o: base + step * c.others.index(o) + random.Random(f"id-{o.title}").randint(0, step - 1)


def _finish_page(c: Ctx, lines: list[str], cls: str, button: str) -> str:
    """The page's end (`kit._close_page`), its in-text topic links percent-encoded as the browser
    sends them (`Ctx.inline` slugs the words as they are), and no snippet the body holds."""
    html = _end_page(c, lines, cls, button)
    return re.sub(r'href="/topic/([^"]*)"', lambda m: f'href="/topic/{quote(m[1], safe="-")}"', html)


# --- ur-akhbar-site ------------------------------------------------------------------------------

UR_FOOTER = ("ہمارے بارے میں", "رابطہ کریں", "اشتہارات", "پرائیویسی پالیسی", "شرائط و ضوابط")
UR_CAPTIONS = (
    "بلدیاتی کونسل کے اجلاس کا ایک منظر",
    "شہر میں جاری ترقیاتی کام کا منظر",
    "شہری انتظامیہ کے دفتر کی عمارت",
    "شہریوں کی بڑی تعداد اجلاس میں شریک ہے",
)
UR_CREDITS = ("فائل", "سوشل میڈیا", "اے پی پی", "نمائندہ")


def ur_slug(title: str) -> str:
    """A WordPress Urdu slug, percent-encoded: the headline's first eight words without
    punctuation, joined by "-"."""
    words = [
        "".join(ch for ch in w if ch.isalnum() or unicodedata.category(ch) == "Mn") for w in title.split()
    ]
    return quote("-".join([w for w in words if w][:8]), safe="-")


def ur_date(d: datetime) -> str:
    """ "ہفتہ 07 مارچ 2026"."""
    return f"{UR_WEEKDAYS[d.weekday()]} {d:%d} {UR_MONTHS[d.month - 1]} {d.year}"


def render_ur_akhbar_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ur")
    wp = pub.index % 2 == 1  # WordPress with Urdu slugs, or the custom CMS's /story/<id>/
    number = _number(c, site.randint(1_100_000, 2_900_000), 37)

    def path(o: Story) -> str:
        return f"/{o.published:%Y/%m/%d}/{ur_slug(o.title)}/" if wp else f"/story/{number(o)}/"

    c.repath(path)
    _maybe_list(c, "ur-list")
    dr = _page_choice(c, "ur")
    prose = UrduProse(dr)
    summary = _other_sentences(c, prose, 2) if not wp else ""
    ticker = _snip_titles(c, c.pick_others(4))
    nav = c.nav_items(" ")
    caption = c.snip(f"{dr.choice(UR_CAPTIONS)} (فوٹو: {dr.choice(UR_CREDITS)})")
    reads = c.pick_others(2)
    for o in reads:
        c.snip(f"مزید پڑھیں: {o.title}")
    channel = c.text("subscribe")
    label, sites = c.share()
    notice = c.text("comments")
    related = _snip_titles(c, c.pick_others(4))
    popular = _snip_titles(c, c.pick_others(5))
    c.snip(" ".join(UR_FOOTER[:4]))
    cp = c.copyright()
    ad = '<div class="ad-slot"><span>اشتہار</span><ins class="adsbygoogle"></ins></div>'
    body = _body_html(
        c,
        "<p>{}</p>",
        '<{tag} class="wp-block-heading">{}</{tag}>' if wp else "<{tag}>{}</{tag}>",
        '<ul class="wp-block-list">' if wp else "<ul>",
    )
    body = _insert_after(
        body,
        "<p>",
        [
            *(
                (
                    1 + 2 * k,
                    f'<p class="read-more"><strong>مزید پڑھیں:</strong> <a href="{esc(o.path)}">'
                    f"{esc(o.title)}</a></p>",
                )
                for k, o in enumerate(reads)
            ),
            (2, ad),
        ],
        skip='<p class="read-more"',
    )
    title = f"{s.title} | {pub.name}" if wp else f"{s.title} - {pub.name}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "ur",
        "mainEntityOfPage": c.url(),
    }
    figure = (
        f'<figure class="featured"><img src="/images/{d:%Y/%m}/{_hex(dr, 12)}.jpg" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>"
    )
    share = (
        f'<div class="share-bar"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a class="s-{i}" href="#">{esc(x)}</a>' for i, x in enumerate(sites))
        + "</div>"
    )
    head = [
        "<!DOCTYPE html>",
        '<html lang="ur" dir="rtl">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:locale" content="ur_PK">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Noto+Nastaliq+Urdu&display=swap">',
        "<style>body{font-family:'Noto Nastaliq Urdu','Jameel Noori Nastaleeq',"
        "serif;line-height:2.2}</style>",
        _ldjson(data),
        "</head>",
    ]
    if wp:
        lines = [
            *head,
            f'<body class="post-template-default single single-post rtl postid-{number(s)}">',
            f'<header id="masthead" class="site-header">'
            f'<p class="site-title"><a href="/">{esc(pub.name)}</a></p>',
            '<nav class="main-navigation"><ul id="primary-menu" class="menu">'
            + "\n".join(
                f'<li class="menu-item"><a href="/category/{i + 1}/">{esc(x)}</a></li>'
                for i, x in enumerate(nav)
            )
            + "</ul></nav></header>",
            '<div class="breaking-news"><span class="label">تازہ ترین</span><ul>'
            + _links(ticker)
            + "</ul></div>",
            '<div id="content" class="site-content"><main id="primary" class="site-main">',
            f'<article id="post-{number(s)}" class="post type-post status-publish format-standard">',
            '<header class="entry-header">',
            f'<h1 class="entry-title">{esc(s.title)}</h1>',
            '<div class="entry-meta"><span class="posted-on">'
            f'<time class="entry-date published" datetime="{c.iso()}">'
            f"{d.day} {UR_MONTHS[d.month - 1]} {d.year}ء"
            "</time></span>\n"
            f'<span class="byline">رپورٹ: '
            f'<span class="author vcard">{esc(s.author.name)}</span></span></div>',
            "</header>",
            figure,
            '<div class="entry-content">',
            *body,
            "</div>",
            f'<p class="disclaimer">{esc(notice)}</p>',
            f'<p class="whatsapp-cta"><a href="https://whatsapp.com/channel/{_hex(site, 16)}">'
            f"{esc(channel)}</a></p>",
            share,
            '<div class="related-posts"><h3>متعلقہ خبریں</h3><ul>' + _links(related) + "</ul></div>",
            "</article>",
            "</main>",
            '<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">'
            "مقبول خبریں</h2><ol>" + _links(popular) + "</ol></section></aside>",
            "</div>",
            '<footer id="colophon" class="site-footer"><ul class="footer-menu">'
            + _footer_links(UR_FOOTER)
            + "</ul>",
            f'<div class="site-info">{esc(cp)}</div></footer>',
        ]
    else:
        lines = [
            *head,
            '<body class="story-page">',
            f'<div class="top-strip"><span class="today">{ur_date(d)}</span></div>',
            f'<header class="header"><a class="logo" href="/">{esc(pub.name)}</a>',
            '<nav class="menu">'
            + "\n".join(f'<a href="/{UR_SECTION_SLUGS.get(x, "latest")}/">{esc(x)}</a>' for x in nav)
            + "</nav></header>",
            '<div class="ticker"><strong>تازہ ترین</strong>\n'
            + _links(ticker, "<span>{}</span>")
            + "</div>",
            '<div class="container"><main class="story-main"><article class="story">',
            f'<a class="cat" href="/{UR_SECTION_SLUGS[s.section]}/">{esc(s.section)}</a>',
            f"<h1>{esc(s.title)}</h1>",
            f'<div class="summary"><b>خلاصہ</b><p>{esc(summary)}</p></div>',
            f'<div class="story-meta"><span class="reporter">رپورٹ: {esc(s.author.name)}</span>\n'
            f'<span class="date">{ur_date(d)}</span>\n<span class="time">{d:%I:%M %p}</span></div>',
            figure,
            '<div class="story-text">',
            *body,
            "</div>",
            share,
            f'<div class="wa-channel"><a href="https://whatsapp.com/channel/{_hex(site, 16)}">'
            f"{esc(channel)}</a></div>",
            f'<p class="note">{esc(notice)}</p>',
            "</article>",
            '<section class="related"><h2>متعلقہ خبریں</h2><ul>' + _links(related) + "</ul></section>",
            "</main>",
            '<aside class="sidebar"><h2>مقبول خبریں</h2><ol>' + _links(popular) + "</ol></aside></div>",
            "<footer><ul>" + _footer_links(UR_FOOTER) + "</ul>",
            f'<p class="copy">{esc(cp)}</p></footer>',
        ]
    return _finish_page(c, lines, "cookie-bar", "ٹھیک ہے")


# --- ta-seithi-portal ----------------------------------------------------------------------------

TA_FOOTER = ("எங்களைப் பற்றி", "தொடர்புக்கு", "விளம்பரம்", "தனியுரிமைக் கொள்கை", "பயன்பாட்டு விதிமுறைகள்")
TA_CAPTIONS = (
    "மாமன்றக் கூட்டத்தில் பங்கேற்ற உறுப்பினர்கள்",
    "நகரில் நடைபெற்று வரும் சாலைப் பணிகள்",
    "மாநகராட்சி அலுவலகக் கட்டடம்",
    "கோரிக்கை மனு அளிக்க வந்த பொதுமக்கள்",
    "திட்டப் பகுதியை ஆய்வு செய்த அதிகாரிகள்",
)
TA_CREDITS = ("கோப்புப் படம்", "சிறப்பு ஏற்பாடு", "எக்ஸ் தளம்")
TA_TAGS = ("மாநகராட்சி", "உள்ளாட்சி", "பட்ஜெட்", "சாலைப் பணிகள்", "குடிநீர்", "போக்குவரத்து", "தமிழக அரசு")


def ta_date(d: datetime, style: int) -> str:
    """ "மார்ச் 07, 2026 14:30 IST" or "07 மார்ச் 2026, 2:30 pm"."""
    month = TA_MONTHS[d.month - 1]
    if style == 0:
        return f"{month} {d:%d}, {d.year} {d:%H:%M} IST"
    return f"{d:%d} {month} {d.year}, {d.hour % 12 or 12}:{d:%M} {'am' if d.hour < 12 else 'pm'}"


def _latin_slug(text: str) -> str:
    """An ASCII slug of romanised text (within 60 characters, whole words)."""
    slug = _slug("".join(ch for ch in text if ch.isascii()))
    return slug if len(slug) <= 60 else slug[:60].rsplit("-", 1)[0]


def render_ta_seithi_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ta")
    v = pub.index % 2  # 0: a Maalaimalar-like PHP portal, 1: a Quintype-like React site
    number = _number(c, site.randint(400_000, 3_900_000), 53)

    def path(o: Story) -> str:
        return f"/news/{TA_SECTION_SLUGS[o.section]}/{_latin_slug(ta_latin(o.title))}-{number(o)}.html"

    c.repath(path)
    _maybe_list(c, "ta-list")
    dr = _page_choice(c, "ta")
    prose = TamilProse(dr)
    subtitle = _other_sentences(c, prose, 1) if v else ""
    nav = c.nav_items(" ")
    byline = c.snip(f"{s.author.name}, {s.author.desk}, {prose.city()[0]}")
    caption = c.snip(f"{dr.choice(TA_CAPTIONS)}. படம்: {dr.choice(TA_CREDITS)}")
    inner = c.snip(f"{dr.choice(TA_CAPTIONS)}. படம்: {pub.name}") if v == 0 or site.random() < 0.5 else ""
    reads = c.pick_others(2)
    for o in reads:
        c.snip(f"இதையும் படிக்க: {o.title}")
    gnews = c.snip(f"உடனுக்குடன் செய்திகளுக்கு {pub.name} Google News பக்கத்தைப் பின்தொடருங்கள்")
    label, sites = c.share()
    tags = dr.sample(TA_TAGS, 3)
    c.snip("குறிச்சொற்கள்: " + " ".join(tags))
    trending = _snip_titles(c, c.pick_others(5))
    related = _snip_titles(c, c.pick_others(3))
    c.snip(" ".join(TA_FOOTER[:3]))
    cp = c.copyright()
    updated = d + timedelta(minutes=dr.randint(15, 240))
    body = _body_html(
        c,
        "<p>{}</p>",
        '<{tag} class="story-subhead">{}</{tag}>' if v else "<{tag}>{}</{tag}>",
        '<ul class="story-list">' if v else "<ul>",
    )
    inserts = [
        (
            1 + 2 * k,
            f'<div class="read-also"><b>இதையும் படிக்க:</b> <a href="{esc(o.path)}">{esc(o.title)}</a></div>',
        )
        for k, o in enumerate(reads)
    ]
    inserts.append(
        (2, f'<div class="ad-container"><small>விளம்பரம்</small><div id="div-gpt-{_hex(dr, 6)}"></div></div>')
    )
    if inner:
        inserts.append(
            (
                3,
                f'<figure class="inline-image"><img src="/images/{_hex(dr, 10)}.jpg" alt="">'
                f"<figcaption>{esc(inner)}</figcaption></figure>",
            )
        )
    body = _insert_after(body, "<p>", inserts)
    title = f"{s.title} | {pub.name}" if v == 0 else f"{s.title} - {pub.name} Tamil News"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "dateModified": updated.isoformat(timespec="seconds"),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "inLanguage": "ta",
        "keywords": ", ".join(tags),
    }
    tag_line = (
        '<div class="tags"><span>குறிச்சொற்கள்:</span>\n'
        + "\n".join(f'<a href="/tags/{_latin_slug(ta_latin(t))}">{esc(t)}</a>' for t in tags)
        + "</div>"
    )
    share = (
        f'<div class="social-share"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#" data-network="{i}">{esc(x)}</a>' for i, x in enumerate(sites))
        + "</div>"
    )
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ta">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:url" content="{esc(c.url())}">',
        f'<meta property="article:published_time" content="{c.iso()}">' if v == 0 else "",
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="amphtml" href="{esc(c.url()).replace(".html", "/amp.html")}">',
        _ldjson(data),
        "</head>",
    ]
    if v == 0:
        lines += [
            '<body class="article-page">',
            f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
            '<ul class="main-nav">'
            + "\n".join(f'<li><a href="/{TA_SECTION_SLUGS.get(x, "news")}">{esc(x)}</a></li>' for x in nav)
            + "</ul></header>",
            '<div class="container"><div class="left-col"><article class="news-detail">',
            f'<div class="breadcrumb"><a href="/">முகப்பு</a> » <a href="#">{esc(s.section)}</a></div>',
            f"<h1>{esc(s.title)}</h1>",
            f'<div class="byline"><span class="author">{esc(byline)}</span></div>',
            f'<div class="date-info"><span>பதிவு: {ta_date(d, 0)}</span>\n'
            f"<span>அப்டேட்: {ta_date(updated, 0)}</span></div>",
            f'<figure class="main-image"><img src="/images/{d:%Y/%m/%d}/{_hex(dr, 10)}.jpg" alt="">'
            f"<figcaption>{esc(caption)}</figcaption></figure>",
            '<div class="article-body" id="article-body">',
            *body,
            "</div>",
            tag_line,
            share,
            f'<div class="gnews-follow"><a href="https://news.google.com/">{esc(gnews)}</a></div>',
            "</article>",
            '<section class="related-news"><h3>தொடர்புடைய செய்திகள்</h3><ul>'
            + _links(related)
            + "</ul></section>",
            "</div>",
            '<aside class="right-col"><div class="trending"><h3>டிரெண்டிங்</h3><ol>'
            + _links(trending)
            + "</ol></div></aside></div>",
            '<footer class="site-footer"><ul>'
            + _footer_links(TA_FOOTER)
            + "</ul>",
            f"<p>{esc(cp)}</p></footer>",
        ]
    else:
        lines += [
            '<body><div id="container">',
            f'<header class="header-module"><a class="brand-logo" href="/">{esc(pub.name)}</a>'
            '<nav class="menu-wrapper">'
            + "\n".join(
                f'<a class="menu-item" href="/{TA_SECTION_SLUGS.get(x, "news")}">{esc(x)}</a>' for x in nav
            )
            + "</nav></header>",
            '<div class="trending-bar"><span>டிரெண்டிங்</span>\n'
            + _links(trending, "<span>{}</span>")
            + "</div>",
            '<main class="story-page"><div class="story-card">',
            f'<a class="section-tag" href="#">{esc(s.section)}</a>',
            f'<h1 class="headline">{esc(s.title)}</h1>',
            f'<h2 class="sub-title">{esc(subtitle)}</h2>',
            f'<div class="author-details"><span class="author-name">{esc(byline)}</span>\n'
            f'<span class="publish-time">வெளியிடப்பட்டது: {ta_date(d, 1)}</span></div>',
            f'<figure class="hero-image"><img src="https://images.example/{_hex(dr, 16)}" alt="">'
            f'<figcaption class="caption">{esc(caption)}</figcaption></figure>',
            '<div class="story-element story-element-text">',
            *body,
            "</div>",
            share,
            tag_line,
            f'<div class="follow-google"><a href="https://news.google.com/">{esc(gnews)}</a></div>',
            "</div>",
            '<div class="related-stories"><h2>தொடர்புடைய செய்திகள்</h2>'
            + _links(related, '<div class="card">{}</div>')
            + "</div>",
            "</main>",
            '<footer class="footer"><nav>' + "\n".join(f'<a href="#">{x}</a>' for x in TA_FOOTER) + "</nav>",
            f'<p class="copyright">{esc(cp)}</p></footer></div>',
        ]
    return _finish_page(c, lines, "cookie-consent", "சரி")


# --- my-thadinn-site -----------------------------------------------------------------------------

MY_FOOTER = ("ကျွန်ုပ်တို့အကြောင်း", "ဆက်သွယ်ရန်", "ကြော်ငြာရန်", "ကိုယ်ရေးအချက်အလက် မူဝါဒ")
MY_CAPTIONS = (
    "အစည်းအဝေး ကျင်းပနေစဉ်",
    "မြို့တွင်း လမ်းပြုပြင်ရေး လုပ်ငန်းများ",
    "စည်ပင်သာယာရေး ရုံးအဆောက်အဦ",
    "ဒေသခံများ စုဝေးနေစဉ်",
)
MY_CREDITS = ("သတင်းထောက်", "Facebook", "မှတ်တမ်းဓာတ်ပုံ", "စည်ပင်")


def my_date(d: datetime, style: int) -> str:
    """ "၂၀၂၆ ခုနှစ် မတ်လ ၇ ရက်" or "မတ် ၀၇၊ ၂၀၂၆"."""
    month = MY_MONTHS[d.month - 1]
    if style == 0:
        return my_digits(f"{d.year} ခုနှစ် {month}လ {d.day} ရက်")
    return my_digits(f"{month} {d:%d}၊ {d.year}")


def render_my_thadinn_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("my")
    style = pub.index % 2
    number = _number(c, site.randint(20_000, 600_000), 23)
    c.repath(lambda o: f"/news/{number(o)}")
    _maybe_list(c, "my-list")
    dr = _page_choice(c, "my")
    nav = c.nav_items(" ")
    caption = c.snip(f"{dr.choice(MY_CAPTIONS)} (ဓာတ်ပုံ - {dr.choice(MY_CREDITS)})")
    latest = _snip_titles(c, c.pick_others(5))
    related = _snip_titles(c, c.pick_others(4))
    facebook = c.snip(f"နောက်ဆုံးရ သတင်းများကို {pub.name} Facebook စာမျက်နှာတွင် Like နှိပ်ပြီး ဖတ်ရှုနိုင်ပါသည်")
    telegram = c.snip("Telegram Channel တွင်လည်း သတင်းများကို အမြန်ဆုံး ရယူနိုင်ပါသည်")
    label, sites = c.share()
    cp = c.copyright()
    disclaimer = c.text("disclaimer")
    c.snip(" ".join(MY_FOOTER))
    body = _body_html(c, "<p>{}</p>", "<{tag}>{}</{tag}>", '<ul class="list">')
    also = c.pick_others(1)[0]
    c.snip(f"ဆက်စပ်ဖတ်ရှုရန် - {also.title}")
    body = _insert_after(
        body,
        "<p>",
        [
            (
                1,
                f'<p class="read-also"><b>ဆက်စပ်ဖတ်ရှုရန် -</b> <a href="{esc(also.path)}">'
                f"{esc(also.title)}</a></p>",
            ),
            (2, '<div class="ads"><span>ကြော်ငြာ</span><div class="ad-box"></div></div>'),
        ],
        skip='<p class="read-also"',
    )
    title = f"{s.title} - {pub.name}" if style == 0 else f"{s.title} | {pub.name}"
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "my",
    }
    if style == 0:
        when = (
            f'<time class="post-date" datetime="{c.iso()}">{my_date(d, 0)} {my_digits(f"{d:%H:%M}")}</time>'
        )
    else:
        when = f'<span class="date-display-single">{my_date(d, 1)}</span>'
    lines = [
        "<!DOCTYPE html>",
        '<html lang="my">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:locale" content="my_MM">',
        f'<meta property="article:published_time" content="{c.iso()}">' if style else "",
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Noto+Sans+Myanmar&display=swap">',
        _ldjson(data),
        "</head>",
        f'<body class="{"single-news" if style == 0 else "node-type-article"}">',
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="main-menu"><ul>'
        + "\n".join(f'<li><a href="/category/{i + 1}">{esc(x)}</a></li>' for i, x in enumerate(nav))
        + "</ul></nav></header>",
        '<div class="page"><main class="content">',
        '<article class="news-article">' if style == 0 else '<article class="node node-article">',
        f'<div class="category"><a href="#">{esc(s.section)}</a></div>',
        f'<h1 class="title">{esc(s.title)}</h1>',
        f'<div class="meta"><span class="reporter">သတင်း - {esc(s.author.name)}</span>\n{when}</div>',
        f'<div class="featured-image"><img src="/uploads/{d:%Y/%m}/{_hex(dr, 10)}.jpg" alt="">'
        f'<p class="caption">{esc(caption)}</p></div>',
        '<div class="news-body">' if style == 0 else '<div class="field-name-body"><div class="field-item">',
        *body,
        "</div>" if style == 0 else "</div></div>",
        f'<div class="social-follow"><p class="fb"><a href="https://www.facebook.com/{pub.host.split(".")[0]}">'
        f"{esc(facebook)}</a></p>\n"
        f'<p class="tg"><a href="https://t.me/{pub.host.split(".")[0]}">{esc(telegram)}</a></p></div>',
        _share_div("share-this", label, sites),
        "</article>",
        '<section class="related"><h3>ဆက်စပ်သတင်းများ</h3><ul>' + _links(related) + "</ul></section>",
        "</main>",
        '<aside class="sidebar"><h3>နောက်ဆုံးရသတင်းများ</h3><ul>' + _links(latest) + "</ul></aside>",
        "</div>",
        "<footer><ul>" + _footer_links(MY_FOOTER) + "</ul>",
        f'<p class="disclaimer">{esc(disclaimer)}</p>\n<p class="copyright">{esc(cp)}</p></footer>',
    ]
    return _finish_page(c, lines, "cookie-notice", "လက်ခံသည်")


# --- sw-habari-site ------------------------------------------------------------------------------

SW_FOOTER = ("Kuhusu Sisi", "Wasiliana Nasi", "Tangaza Nasi", "Sera ya Faragha", "Vigezo na Masharti")
SW_CAPTIONS = (
    "Baadhi ya madiwani wakiwa katika kikao cha baraza",
    "Sehemu ya barabara inayojengwa katikati ya mji",
    "Wakazi wakifuatilia mkutano wa hadhara",
    "Mkuu wa mkoa akikagua maendeleo ya mradi",
)
SW_TAGS = ("bajeti", "halmashauri", "miundombinu", "maji", "elimu", "afya", "madiwani", "barabara")


def sw_date(d: datetime) -> str:
    """ "Machi 7, 2026"."""
    return f"{SW_MONTHS[d.month - 1]} {d.day}, {d.year}"


def render_sw_habari_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("sw")
    td = pub.index % 2 == 0  # the Newspaper theme ("td-") or JNews ("jeg_")
    c.repath(lambda o: f"/{o.published:%Y/%m/%d}/{_slug(o.title)}/")
    _maybe_list(c, "sw-list")
    dr = _page_choice(c, "sw")
    prose = SwahiliProse(dr)
    excerpt = _other_sentences(c, prose, 2) if td else ""
    post_id = 10_000 + site.randint(0, 80_000) + 13 * c.others.index(s)
    town = prose.city()
    byline = c.snip(f"Na {s.author.name}, {town}")
    nav = c.nav_items(" ")
    breaking = _snip_titles(c, c.pick_others(3))
    caption = c.snip(f"{dr.choice(SW_CAPTIONS)}. (Picha: {pub.name})")
    reads = c.pick_others(2)
    for o in reads:
        c.snip(f"Soma pia: {o.title}")
    tags = dr.sample(SW_TAGS, 3)
    c.snip("Tags: " + " ".join(tags))
    label, sites = c.share()
    related = _snip_titles(c, c.pick_others(3))
    notice = c.text("comments")
    whatsapp = c.text("subscribe")
    about = c.snip(pub.tagline)
    cp = c.copyright()
    c.snip(" ".join(SW_FOOTER[:4]))
    body = _body_html(
        c,
        "<p>{}</p>",
        '<{tag} class="wp-block-heading">{}</{tag}>',
        '<ul class="wp-block-list">',
    )
    body = _insert_after(
        body,
        "<p>",
        [
            (
                1 + 3 * k,
                f'<p><strong>Soma pia:</strong> <a href="{esc(o.path)}">{esc(o.title)}</a></p>',
            )
            for k, o in enumerate(reads)
        ],
        skip="<p><strong>Soma pia:",
    )
    title = f"{s.title} - {pub.name}" if td else f"{s.title} | {pub.name}"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": f"{c.url()}#article",
                "headline": s.title,
                "datePublished": c.iso(),
                "dateModified": c.iso(),
                "author": {"name": s.author.name},
                "inLanguage": "sw",
                "keywords": tags,
            },
            {"@type": "WebPage", "@id": c.url(), "url": c.url(), "name": title},
            {"@type": "Organization", "name": pub.name, "url": f"http://{pub.host}/"},
        ],
    }
    figure = (
        f'<figure class="wp-caption"><img src="/wp-content/uploads/{d:%Y/%m}/{_hex(dr, 8)}.jpg" alt=""'
        f' class="wp-image-{post_id - 1}">'
        f'<figcaption class="wp-caption-text">{esc(caption)}</figcaption></figure>'
    )
    entry_date = (
        f'<time class="entry-date updated td-module-date" datetime="{c.iso()}">{sw_date(d)}</time>'
        if td
        else f'<time class="entry-date published" datetime="{c.iso()}">{sw_date(d)}</time>'
    )
    share_bar = (
        f'<div class="{"td-post-sharing" if td else "jeg_share_button"}"><span>{esc(label)}</span>\n'
        + "\n".join(f'<a href="#" class="share-{_slug(x)}">{esc(x)}</a>' for x in sites)
        + "</div>"
    )
    tag_list = (
        f'<ul class="{"td-tags" if td else "jeg_post_tags"}"><li><span>Tags:</span></li>\n'
        + "\n".join(f'<li><a href="/tag/{_slug(t)}/">{esc(t)}</a></li>' for t in tags)
        + "</ul>"
    )
    comment_form = (
        '<div id="comments" class="comments-area"><div id="respond" class="comment-respond">'
        '<h3 id="reply-title" class="comment-reply-title">Acha Maoni</h3>'
        f'<p class="comment-notes">{esc(notice)}</p>'
        '<textarea id="comment" name="comment"></textarea>'
        '<input name="submit" type="submit" class="submit" value="Tuma Maoni"></div></div>'
    )
    head = [
        "<!DOCTYPE html>",
        '<html lang="sw-TZ">' if pub.tz.endswith("Dar_es_Salaam") else '<html lang="sw">',
        "<head>",
        '<meta charset="UTF-8">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:modified_time" content="{c.iso()}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<link rel="shortlink" href="http://{pub.host}/?p={post_id}">',
        f'<script type="application/ld+json" class="yoast-schema-graph">'
        f"{json.dumps(graph, ensure_ascii=False)}</script>",
        "</head>",
    ]
    if td:
        lines = [
            *head,
            f'<body class="post-template-default single single-post postid-{post_id} td-standard-pack">',
            '<div class="td-header-wrap"><div class="td-header-top-menu">'
            f'<div class="td-header-sp-top-menu"><span class="td_data_time">{SW_WEEKDAYS[d.weekday()]}, '
            f"{sw_date(d)}</span></div></div>",
            f'<div class="td-header-sp-logo"><a class="td-main-logo" href="/">{esc(pub.name)}</a></div>',
            '<div class="td-header-menu-wrap"><ul id="menu-main" class="sf-menu">'
            + "\n".join(
                f'<li class="menu-item"><a href="/category/{_slug(x)}/">{esc(x)}</a></li>' for x in nav
            )
            + "</ul></div></div>",
            '<div class="td-trending-now-wrapper"><span class="td-trending-now-title">Habari Mpya</span>\n'
            + _links(breaking, '<div class="td-trending-now-post">{}</div>')
            + "</div>",
            '<div class="td-main-content-wrap"><div class="td-container">'
            '<div class="td-pb-span8 td-main-content">',
            f'<article id="post-{post_id}" class="post-{post_id} post type-post status-publish">',
            '<div class="td-post-header">',
            f'<ul class="td-category">'
            f'<li><a class="td-post-category" href="#">{esc(s.section)}</a></li></ul>',
            f'<header class="td-post-title"><h1 class="entry-title">{esc(s.title)}</h1>',
            f'<p class="td-post-sub-title">{esc(excerpt)}</p>',
            f'<div class="td-module-meta-info"><div class="td-post-author-name">{esc(byline)}</div>\n'
            f'<span class="td-post-date">{entry_date}</span></div></header></div>',
            share_bar,
            '<div class="td-post-content tagdiv-type">',
            figure,
            *body,
            "</div>",
            f'<footer><div class="td-post-source-tags">{tag_list}</div></footer>',
            "</article>",
            '<div class="td_block_related_posts"><h4 class="td-related-title">Habari zinazohusiana</h4>'
            + _links(
                related, '<div class="td-related-span4"><h3 class="entry-title td-module-title">{}</h3></div>'
            )
            + "</div>",
            comment_form,
            "</div>",
            '<div class="td-pb-span4 td-main-sidebar"><aside class="widget"><p class="wa-join">'
            f'<a href="https://whatsapp.com/channel/{_hex(site, 16)}">{esc(whatsapp)}</a></p></aside></div>',
            "</div></div>",
            f'<div class="td-footer-wrapper"><p class="footer-text">{esc(about)}</p><ul class="footer-menu">'
            + _footer_links(SW_FOOTER)
            + "</ul></div>",
            f'<div class="td-sub-footer-container"><div class="td-sub-footer-copy">{esc(cp)}</div></div>',
        ]
    else:
        lines = [
            *head,
            f'<body class="wp-singular post-template-default single single-post postid-{post_id}'
            f' jeg_single_tpl_1">',
            '<div class="jeg_viewport"><div class="jeg_header normal"><div class="jeg_topbar">'
            f'<div class="jeg_top_date">{SW_WEEKDAYS[d.weekday()]}, {sw_date(d)}</div></div>',
            f'<div class="jeg_logo"><a href="/">{esc(pub.name)}</a></div>',
            '<div class="jeg_nav_row"><ul class="jeg_menu jeg_main_menu">'
            + "\n".join(
                f'<li class="menu-item"><a href="/category/{_slug(x)}/">{esc(x)}</a></li>' for x in nav
            )
            + "</ul></div></div>",
            '<div class="jeg_breakingnews"><span class="jeg_breakingnews_title">Habari Mpya</span><ul>'
            + _links(breaking)
            + "</ul></div>",
            '<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage">',
            '<div class="entry-header">',
            f'<h1 class="jeg_post_title">{esc(s.title)}</h1>',
            f'<div class="jeg_meta_container"><div class="jeg_meta_author">{esc(byline)}</div>\n'
            f'<div class="jeg_meta_date">{entry_date}</div></div></div>',
            '<div class="jeg_featured featured_image">' + figure + "</div>",
            share_bar,
            '<div class="entry-content no-share"><div class="content-inner">',
            *body,
            "</div></div>",
            f'<div class="jeg_post_tags">{tag_list}</div>',
            '<div class="jnews_related_post_container"><div class="jeg_block_heading">'
            '<h3 class="jeg_block_title">'
            "<span>Habari zinazohusiana</span></h3></div>"
            + _links(related, '<article class="jeg_post"><h3 class="jeg_post_title">{}</h3></article>')
            + "</div>",
            f'<div class="jeg_wa_cta"><a href="https://whatsapp.com/channel/{_hex(site, 16)}">'
            f"{esc(whatsapp)}</a></div>",
            comment_form,
            "</div></div></div>",
            f'<div class="footer-holder"><div class="jeg_footer"><p class="jeg_about">{esc(about)}</p><ul>'
            + _footer_links(SW_FOOTER)
            + f'</ul><p class="copyright">{esc(cp)}</p></div></div></div>',
        ]
    return _finish_page(c, lines, "cookie-notice", "Nakubali")


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "ur-akhbar-site": render_ur_akhbar_site,
    "ta-seithi-portal": render_ta_seithi_portal,
    "my-thadinn-site": render_my_thadinn_site,
    "sw-habari-site": render_sw_habari_site,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
import json  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402

from pipeline.synth.kit import (  # noqa: E402
    _end_page,
    _footer_links,
    _hex,
    _insert_after,
    _ldjson,
    _links,
    _other_sentences,
    _paras,
    _share_div,
    _snip_titles,
    register_language,
)
from pipeline.synth.publishers import Ctx, Story, _slug, _words, esc  # noqa: E402

# Urdu, Tamil, Burmese and Swahili join the registries (new keys only)
for _lang, _first, _last, _prose, _ui, _months, _zones in (
    ("ur", UR_FIRST, UR_SURNAMES, UrduProse, UR_UI, UR_MONTHS, ("Asia/Karachi",)),
    ("ta", TA_FIRST, TA_SURNAMES, TamilProse, TA_UI, TA_MONTHS, ("Asia/Kolkata",)),
    ("my", MY_MALE, MY_FEMALE, BurmeseProse, MY_UI, MY_MONTHS, ("Asia/Yangon",)),
    (
        "sw",
        SW_FIRST,
        SW_SURNAMES,
        SwahiliProse,
        SW_UI,
        SW_MONTHS,
        ("Africa/Dar_es_Salaam", "Africa/Nairobi", "Africa/Kampala"),
    ),
):
    register_language(
        _lang, first_names=_first, surnames=_last, prose=_prose, ui=_ui, months=_months, zones=_zones
    )
