"""Four SHAW template families for the synthetic publishers (see `pipeline.synth.publishers`).

"shaw" is a split of its own, next to "train", "test" and the held-out splits before it: families
written by a session that read neither the extractor, nor the pipeline's stages, nor any extraction
result, so no extraction rule was written or tuned against them. They are held out until they are
measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `SHAW_FAMILIES`: the shaw families are
generated only by `generate_corpus("shaw")`, so every other corpus is as it was. The split is that of
four news sites in languages no split had before, each with its grammar, names, UI strings, month
names and zone, added to the registries of `pipeline.synth.prose` and `pipeline.synth.publishers`
when the module is loaded (`kit.register_language`, new keys only; nothing another language uses
changes):
  * Malay ("ms", `MalayProse`, Asia/Kuala_Lumpur): subject-verb-object with the "meN-" verbs of the
    active ("Majlis Bandaraya Ipoh telah meluluskan ...") and their "di-" passives with "oleh"
    ("Projek tebatan banjir telah diluluskan oleh ..."); residents and traders only criticise,
    support, object to, welcome or reject (never approve or postpone); headlines drop "telah" and
    the prefix as Malaysian headlines do ("Penduduk Klang bantah ..."); quotes “…,” kata ...;
    real towns and states; ringgit as "RM";
  * Hausa ("ha", `HausaProse`, Africa/Lagos): subject-verb-object with the person-aspect pronoun
    agreeing with the subject (a feminine noun such as "Gwamnatin Jihar Kano" takes "ta", a
    masculine one "ya", a plural "sun"; the future "za ta" / "zai" / "za su"; the relative
    completive "ta" / "ya" / "suka" after "bayan da"); the hooked letters ɓ ɗ ƙ ƴ; quotes “…,” in ji
    ...; real states and towns; `ha_slug` writes the hooked letters as b d k y for URL slugs;
  * Somali ("so", `SomaliProse`, Africa/Mogadishu): the subject focused with "ayaa" and the past
    verb in the reduced agreement that focus takes (masculine "ansixiyay", feminine "ansixisay", a
    plural as the masculine), or the subject followed by "wuxuu" / "waxay" and the verb in full
    agreement ("... waxay ansixiyeen ..."); headlines with "oo" ("Dowladda Federaalka oo ansixisay
    ..."); common nouns lower-case inside a sentence; quotes “…,” ayuu yiri / ayay tiri as the
    speaker is a man or a woman; real towns and regions; people only react (criticise, support,
    oppose, welcome, reject), as in the Malay and Hausa grammars;
  * Lao ("lo", `LaoProse`, Asia/Vientiane): Lao script, no spaces between words, a space between
    phrases (after the subject, before a time phrase, between clauses), so, as with Khmer and
    Burmese before, a whitespace-separated token is a phrase and "words" count phrases: the
    generator's word counter (`publishers._words`) and the tests' (`tests.synthtruth.words`) count
    Lao tokens the same way, so neither needed a change; the past with "ໄດ້" before the verb,
    headlines without it; villagers, traders and builders only propose, criticise, support or
    oppose; names with "ທ່ານ" / "ທ່ານນາງ"; provinces with "ແຂວງ"; ASCII digits,
    as Lao news sites write them; sentences closing with ".".
Each grammar's `place()` gives the Latin brand the publisher's name is made of (ASCII hosts, as
bharian.com.my, bbc.com/hausa, hiiraan.com or laophattana.com are); the text's towns come from
`city()`.

The truth conventions are the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, not even once both are lower-cased and
whitespace-normalised, aware `published_at`, clean `title` without the site name) and those of the
earlier held-out splits: a bulleted list inside the text is body, one line per item; a photo's
caption and credit are boilerplate; a standfirst under the headline is neither; "read also" lines
amid the text are boilerplate; an ad label of fewer than four words is no snippet (neither). The
choices each family makes for the debatable parts:
  * ms-berita-portal: a Malay news portal: the text, its subheadings and a list are body; the "Baca
    juga:" lines amid the text (the label and a headline; one to three a page), the menu, the
    breadcrumb, the byline ("Oleh name, desk"), the date line, the share bar, the photo's caption
    with its "Foto:" credit (on the pages that have a photo), the "Tag:" line, the Telegram call,
    the "Berita berkaitan" headlines, the "Paling popular" headlines, the newsletter box (on the
    sites that have one), the footer's about line, address, menu and copyright are boilerplate;
    the "IKLAN" label amid the text is neither (one word), as are the block headings of two words;
    the summary under the headline (<p class="sinopsis">, on some sites, a sentence of the story's
    kind not in the text) is neither (a standfirst);
  * ha-labarai-site: an international broadcaster's Hausa service page: the text (its first
    paragraph in bold is body, being the article's first paragraph), subheadings and a list are
    body; the "Karanta kuma:" lines amid the text (the label and a headline), the menu, the author
    line ("Daga name, desk a town"), the date line where it shows the time ("An wallafa: ...";
    the bare "7 Maris 2026" of the other sites is neither, three words), the photo's "ASALIN
    HOTON," credit and its "Bayanan hoto," caption, the share bar, the "Labarai masu alaƙa" and
    "Labarai mafi karantawa" headlines, the follow call and the footer (its trust line, menu with
    English items, copyright and external-links notice) are boilerplate; the English "Skip to
    content" and "Accessibility help" links are neither (fewer than four words);
  * so-wararka-site: a Somali news site: the text, subheadings and a list are body; the breaking
    ticker's headlines, the "Akhri sidoo kale:" lines amid the text (the label and a headline), the
    menu, the author line, the date line, the share bar, the photo caption (on the pages with a
    photo), the comment notice, the "Wararka la xiriira" headlines, the "Wararka ugu akhriska badan"
    headlines, the WhatsApp call and the footer are boilerplate; the ticker's label and the comment
    form's labels are neither (fewer than four words);
  * lo-khao-site: a Lao news site: the text (phrases separated by spaces, sentences ending in "."),
    subheadings and a list are body; the "ອ່ານເພີ່ມເຕີມ:" lines amid the text (the label and a
    headline), the menu, the breadcrumb, the author line, the visible date with its Lao month name,
    the photo caption with its "ພາບ:" credit, the tags line, the share bar, the "ຂ່າວທີ່ກ່ຽວຂ້ອງ"
    and "ຂ່າວຍອດນິຍົມ" headlines, the Facebook call and the footer (about line, address,
    telephone, menu, copyright) are boilerplate; the block headings (one phrase) are neither.

Families (language; date source; URL and title forms):
  shaw  ms-berita-portal   ms; <meta property="article:published_time"> with +08:00 and the visible
                           "Mac 7, 2026 @ 2:30pm" or "Sabtu, 7 Mac 2026 | 2:30 PTG"; paths
                           /berita/<section>/<yyyy>/<mm>/<id>/<slug> or /artikel/<id>/<section>/<slug>;
                           <title> "T | Site" or "T - Site"
  shaw  ha-labarai-site    ha; JSON-LD ReportageNewsArticle datePublished, in UTC ("Z") on the
                           sites with /hausa/articles/c<id>o paths (the visible date alone, <time
                           datetime="yyyy-mm-dd">), with +01:00 on those with /hausa/labarai-<8
                           digits> paths (with "An wallafa: 7 Maris 2026, 14:30 WAT"); <title>
                           "T - Site"
  shaw  so-wararka-site    so; WordPress <meta property="article:published_time"> and <time
                           class="entry-date" datetime> with +03:00 around "Sabti, 7 Maarso 2026 -
                           14:30"; paths /<yyyy>/<mm>/<dd>/<slug>/ or /wararka/<id>/<slug>; <title>
                           "T - Site" or "T | Site"
  shaw  lo-khao-site       lo; JSON-LD NewsArticle datePublished and <time datetime> with +07:00 around
                           "ວັນເສົາ ທີ 7 ມີນາ 2026 ເວລາ 14:30 ໂມງ" (Lao weekday and month, ASCII digits),
                           or "07 ມີນາ 2026 14:30"; paths /news/<section>/<id> or
                           /<yyyy>/<mm>/<dd>/<section>-<id>.html; <title> "T | Site" or "T - Site"

Every renderer gives every story of its publisher the platform's own URL on first use (a path met
twice on a site gets "-2"), and may turn one middle paragraph into a list, keeping the body within
14 lines and 250-900 words, so `body`, taken from the story after rendering, has it. The in-text
topic links get ASCII paths. All four have site names of their own (`FAMILY_SITE_FORMS`).
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable
from datetime import datetime

from pipeline.synth.prose import Prose, _w

FAMILIES: dict[str, str] = {
    "ms-berita-portal": "shaw",
    "ha-labarai-site": "shaw",
    "so-wararka-site": "shaw",
    "lo-khao-site": "shaw",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "ms-berita-portal": "ms",
    "ha-labarai-site": "ha",
    "so-wararka-site": "so",
    "lo-khao-site": "lo",
}
# Latin brands ("{p}" is the grammar's `place()`), so the host names are ASCII
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "ms-berita-portal": ("{p} Harian", "Berita {p}", "{p} Online", "{p} Malaysia", "Portal {p}"),
    "ha-labarai-site": ("{p} Hausa", "Radio {p} Hausa", "{p} Hausa Service", "Muryar {p}", "{p} Labarai"),
    "so-wararka-site": ("{p} Online", "{p} News", "{p} Media", "Wararka {p}", "{p} Post"),
    "lo-khao-site": ("{p} News", "{p} Khao", "Lao {p}", "{p} Post", "{p} Daily", "Khao {p}"),
}
_BRANDS = {
    "ms": _w(
        "Suara Warta Mutiara Wawasan Cahaya Gema Nadi Bayu Teratai Kenanga Purnama Serumpun Tinta Pelita"
    ),
    "ha": _w("Sahel Arewa Savanna Harmattan Tauraruwa Rima Hadejia Gongola Sokoto Kainji Zazzau Dala"),
    "so": _w("Horseed Dalsan Sahan Hadhwanaag Daljir Gobaad Badweyn Ufaaq Hilaac Midnimo Codka Furqaan"),
    "lo": _w("Mekong Champa Lanxang Khaen Dokchampa Phatthana Sengsavang Namkhong Saysettha Siang Phouxay"),
}


def _cap(text: str) -> str:
    """The text with its first letter upper-case (after a leading apostrophe: Hausa's "'Yan")."""
    k = 1 if text.startswith("'") else 0
    return text[: k + 1].upper() + text[k + 1 :]


class _Grammar(Prose):
    """The shared frame of the four grammars: a Latin brand for `place()`, a town for `city()`."""

    cities: tuple[str, ...] = ()
    subheads: tuple[str, ...] = ()

    def place(self) -> str:
        """The site-name word (Latin letters); the text's towns are `city()`."""
        return self.rng.choice(_BRANDS[self.lang])

    def city(self) -> str:
        return self.rng.choice(self.cities)

    def subheading(self) -> str:
        return self.rng.choice(self.subheads)


# --- Malay -------------------------------------------------------------------------------------

MS_FIRST = _w("""Ahmad Mohd Faizal Hafiz Azman Syed Khairul Amirul Zulkifli Rosli Hakim Siti Nurul Aisyah
    Farah Zainab Noraini Hidayah Azlina Fatimah Sharifah""")
MS_SURNAMES = _w(
    "Hassan Ismail Abdullah Rahman Othman Yusof Ibrahim Hamid Salleh Aziz Razak Zakaria Kassim Ahmad"
)
MS_CITIES = _w("""Shah_Alam Johor_Bahru George_Town Ipoh Kota_Kinabalu Kuching Melaka Seremban Kuantan
    Kota_Bharu Alor_Setar Kuala_Terengganu Petaling_Jaya Putrajaya Miri Sandakan Klang Kuala_Lumpur""")
MS_CITIES = tuple(x.replace("_", " ") for x in MS_CITIES)
# the cities with a Majlis Bandaraya (city council)
MS_COUNCILS = (
    "Shah Alam",
    "Petaling Jaya",
    "Johor Bahru",
    "Ipoh",
    "Kota Kinabalu",
    "Seremban",
    "Kuantan",
    "Alor Setar",
    "Kuala Terengganu",
    "Miri",
)
MS_STATES = (
    "Selangor",
    "Johor",
    "Pulau Pinang",
    "Perak",
    "Sabah",
    "Sarawak",
    "Pahang",
    "Kedah",
    "Kelantan",
    "Terengganu",
    "Negeri Sembilan",
    "Melaka",
)
# (agent, an authority: it may approve, postpone, announce ...; others only react)
MS_AGENTS: tuple[tuple[str, bool], ...] = (
    ("Dewan Bandaraya Kuala Lumpur", True),
    ("Jabatan Kerja Raya", True),
    ("Kementerian Kesihatan", True),
    ("Kementerian Pendidikan", True),
    ("Jawatankuasa Perancang Negeri", True),
    ("Datuk Bandar", True),
    ("pihak pembangkang", False),
    ("penduduk setempat", False),
    ("persatuan peniaga", False),
    ("badan bukan kerajaan alam sekitar", False),
)
# (active, passive, headline form, an authority's act only)
MS_VERBS: tuple[tuple[str, str, str, bool], ...] = (
    ("meluluskan", "diluluskan", "lulus", True),
    ("mengumumkan", "diumumkan", "umum", True),
    ("menangguhkan", "ditangguhkan", "tangguh", True),
    ("mengkaji semula", "dikaji semula", "kaji semula", True),
    ("membatalkan", "dibatalkan", "batal", True),
    ("menolak", "ditolak", "tolak", False),
    ("mengkritik", "dikritik", "kritik", False),
    ("menyokong", "disokong", "sokong", False),
    ("membantah", "dibantah", "bantah", False),
    ("menyambut baik", "disambut baik", "sambut baik", False),
)
MS_OBJECTS = (
    "projek pelebaran jalan",
    "bajet tambahan tahun ini",
    "cadangan kenaikan cukai pintu",
    "pembinaan hospital baharu",
    "projek bekalan air bersih",
    "pelan pembangunan bandar",
    "projek tebatan banjir",
    "kenaikan kadar letak kereta",
    "pembinaan sekolah baharu",
    "projek naik taraf pasar awam",
    "laluan bas percuma baharu",
    "pelan pengurusan sisa pepejal",
)
MS_TIMES = (
    " pada hari Selasa",
    " semalam",
    " minggu ini",
    " selepas perbincangan panjang",
    " dalam mesyuarat khas",
    " hari ini",
    " secara sebulat suara",
    " pada mesyuarat penuh",
)
MS_SOURCES = ("Menurut sumber dalaman,", "Menurut kenyataan rasmi,", "Menurut pegawai majlis,", "Difahamkan,")
MS_LINKS = ("Sementara itu,", "Namun,", "Selain itu,", "Dalam pada itu,")
MS_ROLES = (
    "Datuk Bandar",
    "Exco Kerajaan Tempatan negeri",
    "Pengerusi Persatuan Penduduk",
    "Ahli Majlis",
    "Pengarah Jabatan Kerja Raya negeri",
    "Presiden Persatuan Peniaga",
)
MS_SAYINGS = (
    "Projek ini akan memberi manfaat kepada seluruh penduduk",
    "Kami tidak akan membiarkan rakyat terus terbeban",
    "Kerja-kerja akan siap mengikut jadual yang ditetapkan",
    "Orang ramai diminta bersabar sedikit",
    "Kami sudah lama menantikan keputusan ini",
    "Peruntukan sudah ada, kini kerja perlu dimulakan segera",
    "Sebarang penyelewengan dalam projek ini tidak akan dikompromi",
    "Sasaran kami adalah menyiapkan kerja sebelum musim tengkujuh",
)
MS_SUBHEADS = (
    "Apa seterusnya?",
    "Reaksi penduduk",
    "Berapa kosnya?",
    "Pendirian pembangkang",
    "Butiran lanjut",
    "Jadual pelaksanaan",
    "Pertikaian lama",
)
MS_MONTHS = _w("Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember")
MS_WEEKDAYS = _w("Isnin Selasa Rabu Khamis Jumaat Sabtu Ahad")


class MalayProse(_Grammar):
    """Malay local news: "meN-" actives, "di-" passives, reactions for the people (module docstring)."""

    lang = "ms"
    cities = MS_CITIES
    subheads = MS_SUBHEADS

    def agent(self, city: str = "") -> tuple[str, bool]:
        """An agent; for a headline about `city`, one of that city (its council) or of none."""
        rng = self.rng
        r = rng.random()
        if city:
            if city in MS_COUNCILS and r < 0.5:
                return f"Majlis Bandaraya {city}", True
            return rng.choice(MS_AGENTS[1:])
        if r < 0.2:
            return f"Majlis Bandaraya {rng.choice(MS_COUNCILS)}", True
        if r < 0.35:
            return f"Kerajaan Negeri {rng.choice(MS_STATES)}", True
        return rng.choice(MS_AGENTS)

    def verb(self, authority: bool) -> tuple[str, str, str, bool]:
        return self.rng.choice([v for v in MS_VERBS if authority or not v[3]])

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        agent, authority = self.agent()
        active = self.verb(authority)[0]
        aux = "telah " if rng.random() < 0.6 else ""
        when = rng.choice(MS_TIMES) if time else ""
        return f"{agent} {aux}{active} {rng.choice(MS_OBJECTS)}{when}"

    def passive(self) -> str:
        rng = self.rng
        agent, authority = self.agent()
        return f"{_cap(rng.choice(MS_OBJECTS))} telah {self.verb(authority)[1]} oleh {agent}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.12:
            return f"“{rng.choice(MS_SAYINGS)},” kata {rng.choice(MS_ROLES)}, {self.person()}."
        if r < 0.24:
            return f"{rng.choice(MS_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.36:
            return f"{rng.choice(MS_LINKS)} {self.clause(time=rng.random() < 0.5)}."
        if r < 0.44:
            return f"{self.passive()}{rng.choice(MS_TIMES) if rng.random() < 0.5 else ''}."
        if r < 0.58:
            return rng.choice(
                (
                    f"Projek itu melibatkan kos sebanyak RM{rng.randint(12, 900)} juta.",
                    f"Kerja-kerja pembinaan dijangka siap dalam tempoh {rng.randint(4, 30)} bulan.",
                    f"Seramai {10 * rng.randint(30, 900)} penduduk telah menandatangani petisyen tersebut.",
                    f"Sebanyak {rng.randint(2, 8)}0 peratus daripada kos akan ditanggung oleh Kerajaan "
                    "Persekutuan.",
                    f"Projek itu dijangka siap sepenuhnya pada tahun {rng.randint(2027, 2030)}.",
                    f"Usul tersebut disokong oleh {rng.randint(12, 40)} ahli majlis.",
                )
            )
        if r < 0.8:
            city = self.city()
            return rng.choice(
                (
                    f"Penduduk di {city} sudah lama menantikan keputusan ini.",
                    f"Keadaan yang sama pernah berlaku di {city} sebelum ini.",
                    f"Di {city}, keadaan masih belum berubah sehingga kini.",
                    "Perkara ini akan dibincangkan semula dalam mesyuarat penuh bulan depan.",
                    f"Mesyuarat di {city} itu dihadiri oleh ramai penduduk dan wakil peniaga.",
                    f"Peniaga di {city} turut menyerahkan memorandum mengenai isu tersebut.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            city = self.city()
            agent, authority = self.agent(city)
            return f"{city}: {_cap(agent)} {self.verb(authority)[2]} {rng.choice(MS_OBJECTS)}"
        if r < 0.55:
            return f"{_cap(rng.choice(MS_OBJECTS))} {self.verb(True)[1]}{rng.choice(MS_TIMES[:4])}"
        if r < 0.8:
            return f"Penduduk {self.city()} {self.verb(False)[2]} {rng.choice(MS_OBJECTS)}"
        return f"{self.person()}: “{rng.choice(MS_SAYINGS)}”"


MS_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Utama",
        "Nasional",
        "Politik",
        "Bisnes",
        "Dunia",
        "Sukan",
        "Hiburan",
        "Wanita",
        "Rencana",
        "Video",
    ),
    "sections": ("Nasional", "Politik", "Bisnes", "Wilayah", "Pendidikan", "Kesihatan"),
    "related": ("Berita berkaitan",),
    "read_more": ("Baca juga:",),
    "by": ("Oleh",),
    "desks": ("Wartawan", "Wartawan Kanan", "Meja Berita Digital"),
    "share": ("Kongsi artikel ini", "Kongsi berita ini"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "Salin pautan"),
    "newsletter": ("Dapatkan berita utama terus ke peti e-mel anda setiap pagi",),
    "comments": ("Komen pembaca akan disiarkan selepas disemak oleh editor",),
    "cookie": ("Laman ini menggunakan kuki untuk pengalaman yang lebih baik",),
    "ad": ("IKLAN",),
    "copyright": ("© {year} {name}. Hak cipta terpelihara.",),
    "disclaimer": ("Kandungan laman ini tidak boleh diterbitkan semula tanpa kebenaran.",),
    "tagline": ("Sumber berita anda sejak {since}",),
    "bio": ("{author} menulis tentang {beat} untuk {name} sejak {since2}.",),
    "beats": ("isu bandar", "pengangkutan", "pendidikan", "kesihatan", "alam sekitar"),
    "editorial": ("Laporan ini sebahagian daripada siri khas {name}.",),
    "classified": ("Rumah teres dua tingkat untuk disewa di tengah bandar.",),
    "subscribe": ("Sertai saluran Telegram kami",),
}
MS_SECTION_SLUGS = {
    "Nasional": "nasional",
    "Politik": "politik",
    "Bisnes": "bisnes",
    "Wilayah": "wilayah",
    "Pendidikan": "pendidikan",
    "Kesihatan": "kesihatan",
}


# --- Hausa -------------------------------------------------------------------------------------

HA_MALE = _w("Aminu Musa Ibrahim Abdullahi Sani Bashir Usman Nasiru Kabiru")
HA_FEMALE = _w("Fatima Hauwa Zainab Aisha Hadiza Maryam Halima Rabi")
HA_SURNAMES = _w("Bello Garba Danjuma Lawan Yusuf Sule Abubakar Shehu Aliyu Umar Haruna Idris Ɗanladi Tanko")
HA_STATES = _w(
    "Kano Kaduna Katsina Sokoto Borno Bauchi Gombe Jigawa Zamfara Kebbi Yobe Neja Adamawa Filato Kwara"
)
HA_CITIES = _w("""Kano Kaduna Katsina Sokoto Zariya Maiduguri Bauchi Gombe Jos Abuja Yola Birnin_Kebbi Gusau
    Dutse Damaturu Minna Jalingo Lafiya""")
HA_CITIES = tuple(x.replace("_", " ") for x in HA_CITIES)
# (agent, "m" / "f" / "p", an authority)
HA_AGENTS: tuple[tuple[str, str, bool], ...] = (
    ("Hukumar Kula da Tituna ta Tarayya", "f", True),
    ("Ma'aikatar Lafiya", "f", True),
    ("Ma'aikatar Ilimi", "f", True),
    ("gwamnan jihar", "m", True),
    ("shugaban ƙaramar hukumar", "m", True),
    ("kwamishinan ayyuka", "m", True),
    ("mazauna yankin", "p", False),
    ("'yan kasuwa", "p", False),
    ("manoma", "p", False),
    ("ƙungiyar ƙwadago", "f", False),
    ("'yan majalisar adawa", "p", False),
)
# the person-aspect pronouns: completive, future, relative completive
HA_ASPECT = {"m": ("ya", "zai", "ya"), "f": ("ta", "za ta", "ta"), "p": ("sun", "za su", "suka")}
# (verb before its object, an authority's act only)
HA_VERBS: tuple[tuple[str, bool], ...] = (
    ("amince da", True),
    ("sanar da", True),
    ("dakatar da", True),
    ("ƙaddamar da", True),
    ("ɗage", True),
    ("soki", False),
    ("yi watsi da", False),
    ("goyi bayan", False),
    ("nuna adawa da", False),
    ("yi maraba da", False),
)
HA_OBJECTS = (
    "kasafin kuɗin shekara mai zuwa",
    "aikin gina sabuwar hanya",
    "shirin samar da ruwan sha",
    "aikin gyaran babban asibitin",
    "ƙarin kuɗin haraji",
    "shirin gina sabbin ajujuwa",
    "aikin magudanan ruwa",
    "shirin rigakafin cutar shan inna",
    "aikin gina gadar sama",
    "dokar hana kiwo a fili",
    "shirin tallafa wa manoma",
)
HA_TIMES = (
    " ranar Talata",
    " a jiya",
    " a wannan makon",
    " bayan doguwar muhawara",
    " a wani taron gaggawa",
    " a yau",
    " a ranar Litinin",
)
HA_SOURCES = (
    "A cewar majiyoyi daga fadar gwamnati,",
    "Rahotanni sun nuna cewa",
    "Kamar yadda wakilinmu ya ruwaito,",
)
HA_LINKS = ("Sai dai", "Haka kuma,", "A gefe guda kuma,", "Bugu da ƙari,")
# the speakers' titles, a man's and a woman's (Hausa nouns of office have both genders)
HA_ROLES = ("Gwamna", "Kwamishinan Lafiya", "shugaban ƙaramar hukumar", "kakakin majalisar dokokin jihar",
            "shugaban ƙungiyar 'yan kasuwa", "wani dattijo a yankin,")
HA_ROLES_F = ("Kwamishiniyar Lafiya", "shugabar ƙaramar hukumar", "shugabar ƙungiyar mata 'yan kasuwa",
              "wata mazauniyar yankin,")
HA_SAYINGS = (
    "Wannan aiki zai amfani al'ummar jihar baki ɗaya",
    "Ba za mu bari jama'a su ci gaba da shan wahala ba",
    "Za a kammala aikin cikin lokacin da aka tsara",
    "Muna roƙon jama'a su ƙara haƙuri",
    "Mun daɗe muna jiran wannan mataki",
    "An riga an ware kuɗin, yanzu abin da ya rage shi ne aiki",
    "Ba za mu lamunci duk wani nau'i na almundahana ba",
    "Burinmu shi ne mu kammala aikin kafin damina",
)
HA_SUBHEADS = (
    "Me zai biyo baya?",
    "Martanin jama'a",
    "Nawa za a kashe?",
    "Matsayar 'yan adawa",
    "Ƙarin bayani",
    "Jadawalin aiki",
    "Takaddama ta daɗe",
)
HA_MONTHS = _w("Janairu Fabrairu Maris Afrilu Mayu Yuni Yuli Agusta Satumba Oktoba Nuwamba Disamba")
HA_WEEKDAYS = _w("Litinin Talata Laraba Alhamis Jumma'a Asabar Lahadi")


class HausaProse(_Grammar):
    """Hausa news: the person-aspect pronoun agreeing with the subject (module docstring)."""

    lang = "ha"
    cities = HA_CITIES
    subheads = HA_SUBHEADS

    def agent(self, state: str = "") -> tuple[str, str, bool]:
        """An agent (lower-case but for a name); for a headline about `state`, one of that state or
        of none."""
        rng = self.rng
        r = rng.random()
        if r < 0.22:
            return f"Gwamnatin Jihar {state or rng.choice(HA_STATES)}", "f", True
        if r < 0.34:
            return f"Majalisar Dokokin Jihar {state or rng.choice(HA_STATES)}", "f", True
        return rng.choice(HA_AGENTS)

    def verb(self, authority: bool) -> str:
        return self.rng.choice([v for v, own in HA_VERBS if authority or not own])

    def speaker(self) -> str:
        """A title and a name, a man's or a woman's together."""
        rng = self.rng
        female = rng.random() < 0.35
        name = f"{rng.choice(HA_FEMALE if female else HA_MALE)} {rng.choice(HA_SURNAMES)}"
        return f"{rng.choice(HA_ROLES_F if female else HA_ROLES)} {name}"

    def clause(self, time: bool = False, aspect: int = 0, state: str = "") -> str:
        """Subject, person-aspect pronoun (0 completive, 1 future, 2 relative completive), verb,
        object."""
        rng = self.rng
        agent, g, authority = self.agent(state)
        when = rng.choice(HA_TIMES) if time and aspect != 1 else ""
        return f"{agent} {HA_ASPECT[g][aspect]} {self.verb(authority)} {rng.choice(HA_OBJECTS)}{when}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.12:
            return f"“{rng.choice(HA_SAYINGS)},” in ji {self.speaker()}."
        if r < 0.24:
            return f"{rng.choice(HA_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.36:
            return f"{rng.choice(HA_LINKS)} {self.clause(time=rng.random() < 0.5)}."
        if r < 0.44:
            return f"Wannan dai na zuwa ne bayan da {self.clause(aspect=2)}."
        if r < 0.5:
            return f"{_cap(self.clause(aspect=1))} nan ba da jimawa ba."
        if r < 0.62:
            return rng.choice(
                (
                    f"Aikin zai laƙume kimanin naira biliyan {rng.randint(2, 90)}.",
                    f"Ana sa ran kammala aikin cikin watanni {rng.randint(4, 30)}.",
                    f"'Yan majalisa {rng.randint(12, 40)} ne suka kaɗa ƙuri'ar amincewa da ƙudirin.",
                    f"Fiye da mutane {10 * rng.randint(30, 900)} ne suka sanya hannu kan takardar ƙorafin.",
                    f"Ana sa ran kammala aikin kafin shekarar {rng.randint(2027, 2030)}.",
                    f"Gwamnatin tarayya za ta ɗauki kashi {rng.randint(2, 8)}0 cikin ɗari na kuɗin aikin.",
                )
            )
        if r < 0.82:
            city = self.city()
            return rng.choice(
                (
                    f"Mazauna {city} sun daɗe suna jiran wannan mataki.",
                    f"Irin wannan lamari ya faru a {city} a kwanakin baya.",
                    f"A {city} ma lamarin bai sauya ba har yanzu.",
                    "Za a sake tattauna batun a zaman majalisar na watan gobe.",
                    f"Taron da aka gudanar a {city} ya samu halartar jama'a da dama.",
                    f"'Yan kasuwar {city} ma sun gabatar da ƙorafi kan batun.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            state = rng.choice(HA_STATES)
            return f"{state}: {_cap(self.clause(state=state))}"
        if r < 0.6:
            return _cap(self.clause(aspect=1))
        if r < 0.85:
            return f"Ce-ce-ku-ce kan {rng.choice(HA_OBJECTS)} a {self.city()}"
        return f"{self.person()}: “{rng.choice(HA_SAYINGS)}”"


HA_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Labarai",
        "Najeriya",
        "Nijar",
        "Afirka",
        "Duniya",
        "Wasanni",
        "Bidiyo",
        "Shirye-shirye",
        "Lafiya",
        "Kimiyya",
    ),
    "sections": ("Najeriya", "Labarai", "Siyasa", "Tattalin arziki", "Lafiya", "Ilimi"),
    "related": ("Labarai masu alaƙa",),
    "read_more": ("Karanta kuma:",),
    "by": ("Daga",),
    "desks": ("Editan labarai", "Sashen Hausa", "Sashen labarai na intanet"),
    "share": ("Raba wannan labari", "Tura wa abokai"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "Kwafi adireshin"),
    "newsletter": ("Karɓi muhimman labarai a akwatin imel ɗinka kowace rana",),
    "comments": ("Za a wallafa ra'ayoyin masu karatu bayan an duba su",),
    "cookie": ("Wannan shafi yana amfani da kukis domin inganta ayyukansa",),
    "ad": ("Talla",),
    "copyright": ("© {year} {name}. Ba mu da alhaki kan abubuwan da ke shafukan intanet na waje.",),
    "disclaimer": ("Ba a yarda a sake wallafa labaran nan ba tare da izini ba.",),
    "tagline": ("Labaran duniya cikin harshen Hausa tun {since}",),
    "bio": ("{author} na rubuta labarai kan {beat} ga {name} tun {since2}.",),
    "beats": ("siyasa", "tattalin arziki", "ilimi", "lafiya", "muhalli"),
    "editorial": ("Wannan labari na cikin wani jerin rahotanni na musamman na {name}.",),
    "classified": ("Ana neman direba mai lasisi a Kano.",),
    "subscribe": ("Ku biyo mu a WhatsApp",),
}
HA_SECTION_SLUGS = {
    "Najeriya": "najeriya",
    "Labarai": "labarai",
    "Siyasa": "siyasa",
    "Tattalin arziki": "tattalin-arziki",
    "Lafiya": "lafiya",
    "Ilimi": "ilimi",
}


def _ha_ascii(text: str) -> str:
    for old, new in (
        ("ɓ", "b"),
        ("ɗ", "d"),
        ("ƙ", "k"),
        ("ƴ", "y"),
        ("Ɓ", "B"),
        ("Ɗ", "D"),
        ("Ƙ", "K"),
        ("Ƴ", "Y"),
        ("'", ""),
    ):
        text = text.replace(old, new)
    return text


def ha_slug(text: str, limit: int = 60) -> str:
    """An ASCII slug of Hausa text (the hooked letters as b d k y, apostrophes dropped)."""
    return _slugged(_ha_ascii(text), limit) or "labari"


# --- Somali ------------------------------------------------------------------------------------

SO_MALE = _w(
    "Maxamed Cabdi Axmed Cali Xasan Faarax Yuusuf Cabdullaahi Ismaaciil Cabdirashiid Maxamuud Bashiir"
)
SO_FEMALE = _w("Faadumo Khadiijo Hodan Ayaan Sahra Caasha Nimco Deeqa Ifraax Hibo")
SO_SURNAMES = _w("Cumar Warsame Jaamac Nuur Aadan Maxamuud Guuleed Xuseen Siciid Cilmi Xirsi Daahir Cawil")
SO_CITIES = _w("""Muqdisho Hargeysa Kismaayo Baydhabo Garoowe Boosaaso Gaalkacyo Beledweyne Jowhar Marka
    Dhuusamareeb Berbera Burco Afgooye Cadaado""")
SO_REGIONS = (
    "Banaadir",
    "Bari",
    "Mudug",
    "Hiiraan",
    "Shabeellaha Dhexe",
    "Bay",
    "Jubbada Hoose",
    "Galgaduud",
    "Togdheer",
    "Gedo",
)
# (agent, "m" / "f" / "p", an authority)
SO_AGENTS: tuple[tuple[str, str, bool], ...] = (
    ("Dowladda Federaalka", "f", True),
    ("Golaha Wasiirada", "m", True),
    ("Wasaaradda Caafimaadka", "f", True),
    ("Wasaaradda Waxbarashada", "f", True),
    ("duqa magaalada", "m", True),
    ("Golaha Deegaanka", "m", True),
    ("Baarlamaanka", "m", True),
    ("xildhibaannada mucaaradka", "p", False),
    ("odayaasha dhaqanka", "p", False),
    ("dadka deegaanka", "p", False),
    ("ganacsatada suuqa", "p", False),
)
# (masculine, feminine, plural, an authority's act only)
SO_VERBS: tuple[tuple[str, str, str, bool], ...] = (
    ("ansixiyay", "ansixisay", "ansixiyeen", True),
    ("ku dhawaaqay", "ku dhawaaqday", "ku dhawaaqeen", True),
    ("dib u dhigay", "dib u dhigtay", "dib u dhigeen", True),
    ("hakiyay", "hakisay", "hakiyeen", True),
    ("daah-furay", "daah-furtay", "daah-fureen", True),
    ("diiday", "diidday", "diideen", False),
    ("dhaleeceeyay", "dhaleeceysay", "dhaleeceeyeen", False),
    ("taageeray", "taageertay", "taageereen", False),
    ("soo dhaweeyay", "soo dhaweysay", "soo dhaweeyeen", False),
    ("ka soo horjeestay", "ka soo horjeesatay", "ka soo horjeesteen", False),
)
SO_OBJECTS = (
    "miisaaniyadda sanadka cusub",
    "mashruuca dib-u-dhiska waddooyinka",
    "qorshaha biyaha nadiifka ah",
    "dhismaha isbitaalka cusub",
    "kordhinta canshuuraha",
    "mashruuca korontada magaalada",
    "dhismaha dugsiyada cusub",
    "qorshaha nadaafadda magaalada",
    "sharciga doorashooyinka",
    "mashruuca ballaarinta dekedda",
    "ololaha tallaalka carruurta",
)
SO_TIMES = ("shalay", "maanta", "toddobaadkan", "Talaadadii", "kadib dood dheer", "ugu dambeyn", "xalay")
SO_SOURCES = (
    "Sida ay sheegeen saraakiil dowladeed,",
    "Sida uu sheegay wariyahayaga,",
    "Sida lagu sheegay war-saxaafadeed,",
)
SO_LINKS = ("Dhanka kale,", "Si kastaba ha ahaatee,", "Sidoo kale,", "Intaas waxaa dheer,")
SO_ROLES = (
    "Duqa Muqdisho",
    "Wasiirka Caafimaadka",
    "Guddoomiyaha gobolka",
    "xildhibaan",
    "Afhayeenka dowladda",
    "Guddoomiyaha ururka ganacsatada",
)
SO_SAYINGS = (
    "Mashruucan wuxuu wax u tari doonaa dhammaan dadka magaalada",
    "Uma oggolaan doonno in shacabku dhibaato kale la kulmo",
    "Shaqada waxay ku dhammaan doontaa waqtigii loo qorsheeyay",
    "Waxaan shacabka ka codsaneynaa inay yara samraan",
    "Muddo dheer ayaan sugaynay go'aankan",
    "Lacagta waa la helay, hadda waa in shaqada la bilaabaa",
    "Wax musuqmaasuq ah lagama aqbali doono mashruucan",
    "Hadafkayagu waa inaan shaqada dhammeyno ka hor roobabka",
)
SO_SUBHEADS = (
    "Maxaa xiga?",
    "Falcelinta dadweynaha",
    "Immisa ayay ku kacaysaa?",
    "Mowqifka mucaaradka",
    "Faahfaahin dheeraad ah",
    "Jadwalka shaqada",
    "Muran soo jireen ah",
)
SO_MONTHS = _w("Janaayo Febraayo Maarso Abriil May Juun Luulyo Agoosto Sebtembar Oktoobar Nofembar Desembar")
SO_WEEKDAYS = _w("Isniin Talaado Arbaco Khamiis Jimco Sabti Axad")


class SomaliProse(_Grammar):
    """Somali news: "ayaa" after the subject, the verb agreeing with it (module docstring)."""

    lang = "so"
    cities = SO_CITIES
    subheads = SO_SUBHEADS

    def agent(self, regional: bool = True) -> tuple[str, str, bool]:
        """An agent (lower-case but for a name); a regional administration only where `regional`."""
        rng = self.rng
        if regional and rng.random() < 0.18:
            return f"Maamulka Gobolka {rng.choice(SO_REGIONS)}", "m", True
        return rng.choice(SO_AGENTS)

    def verb(self, g: str, authority: bool, reduced: bool = True) -> str:
        """The past form for a subject of gender or number `g`; the reduced agreement of a focused
        subject ("ayaa", "oo") has the masculine form for a plural."""
        m, f, p, _ = self.rng.choice([v for v in SO_VERBS if authority or not v[3]])
        return {"m": m, "f": f, "p": m if reduced else p}[g]

    def clause(self, time: bool = False) -> str:
        """The subject focused with "ayaa" (reduced agreement), or followed by "wuxuu" / "waxay"
        (full agreement: "... waxay ansixiyeen ...")."""
        rng = self.rng
        agent, g, authority = self.agent()
        when = f" {rng.choice(SO_TIMES)}" if time else ""
        if rng.random() < 0.65:
            return f"{agent} ayaa{when} {self.verb(g, authority)} {rng.choice(SO_OBJECTS)}"
        wax = "wuxuu" if g == "m" else "waxay"
        return f"{agent}{when} {wax} {self.verb(g, authority, reduced=False)} {rng.choice(SO_OBJECTS)}"

    def quoted(self) -> str:
        """A quote and its speaker, the verb of saying as the speaker is a man or a woman."""
        rng = self.rng
        female = rng.random() < 0.35
        name = f"{rng.choice(SO_FEMALE if female else SO_MALE)} {rng.choice(SO_SURNAMES)}"
        said = "ayay tiri" if female else "ayuu yiri"
        return f"“{rng.choice(SO_SAYINGS)},” {said} {rng.choice(SO_ROLES)} {name}."

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return self.quoted()
        if r < 0.25:
            return f"{rng.choice(SO_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            return f"{rng.choice(SO_LINKS)} {self.clause(time=rng.random() < 0.5)}."
        if r < 0.52:
            return rng.choice(
                (
                    f"Mashruucan ayaa lagu qiyaasay {rng.randint(2, 90)} milyan oo doollar.",
                    f"Shaqada ayaa la filayaa inay qaadato {rng.randint(4, 30)} bilood.",
                    f"In ka badan {10 * rng.randint(5, 90)} qoys ayaa saameyn ku yeeshay.",
                    f"{rng.randint(60, 200)} xildhibaan ayaa u codeeyay mooshinka.",
                    f"Mashruuca ayaa la filayaa inuu dhammaado sanadka {rng.randint(2027, 2030)}.",
                    f"Waddadu waxay dhererkeedu yahay {rng.randint(3, 40)} kiilomitir.",
                )
            )
        if r < 0.75:
            city = self.city()
            return rng.choice(
                (
                    f"Dadka ku nool {city} ayaa sannado badan sugayay go'aankan.",
                    f"Xaalad la mid ah ayaa dhowaan ka dhacday {city}.",
                    f"Magaalada {city} weli xaaladdu isma beddelin.",
                    "Arrintan ayaa mar kale looga doodi doonaa kulanka bisha soo socota.",
                    f"Kulanka lagu qabtay {city} waxaa ka qeybgalay dad badan.",
                    f"Ganacsatada {city} ayaa iyaguna arrintan ka cabanayay.",
                )
            )
        return f"{_cap(self.clause(time=True))}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        agent, g, authority = self.agent(regional=r >= 0.35)
        head = f"{_cap(agent)} oo {self.verb(g, authority)} {rng.choice(SO_OBJECTS)}"
        if r < 0.35:
            return f"{self.city()}: {head}"
        if r < 0.65:
            return head
        if r < 0.87:
            return f"Muran ka taagan {rng.choice(SO_OBJECTS)} ee {self.city()}"
        return f"{rng.choice(SO_MALE)} {rng.choice(SO_SURNAMES)}: “{rng.choice(SO_SAYINGS)}”"


SO_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "Hoyga",
        "Wararka",
        "Siyaasadda",
        "Dhaqaalaha",
        "Caalamka",
        "Ciyaaraha",
        "Caafimaadka",
        "Aragtida",
        "Muuqaal",
        "Warbixinno",
    ),
    "sections": ("Wararka", "Siyaasadda", "Dhaqaalaha", "Gobollada", "Waxbarashada", "Caafimaadka"),
    "related": ("Wararka la xiriira",),
    "read_more": ("Akhri sidoo kale:",),
    "by": ("Qore:",),
    "desks": ("Wariye", "Tifaftiraha wararka", "Desk-ga wararka"),
    "share": ("La wadaag warkan", "U dir saaxiibadaa"),
    "share_sites": ("Facebook", "X", "WhatsApp", "Telegram", "Koobi garee linkiga"),
    "newsletter": ("Ku hel wararka ugu muhiimsan iimaylkaaga maalin kasta",),
    "comments": ("Faallooyinka waxaa la daabacayaa kadib marka la hubiyo",),
    "cookie": ("Boggan wuxuu isticmaalaa cookies si uu adeegga u wanaajiyo",),
    "ad": ("Xayeysiis",),
    "copyright": ("© {year} {name}. Xuquuqda oo dhan way dhowran tahay.",),
    "disclaimer": ("Lama oggola in wararka halkan lagu daabaco ogolaansho la'aan.",),
    "tagline": ("Wararkii ugu dambeeyay tan iyo {since}",),
    "bio": ("{author} wuxuu ka qoraa {beat} {name} tan iyo {since2}.",),
    "beats": ("siyaasadda", "dhaqaalaha", "waxbarashada", "caafimaadka", "deegaanka"),
    "editorial": ("Warbixintan waxay qayb ka tahay taxane gaar ah oo {name} ah.",),
    "classified": ("Guri laba qol ah oo kiro ah ayaa laga helayaa Hodan.",),
    "subscribe": ("Ku biir kanaalkayaga WhatsApp",),
}
SO_SECTION_SLUGS = {
    "Wararka": "wararka",
    "Siyaasadda": "siyaasadda",
    "Dhaqaalaha": "dhaqaalaha",
    "Gobollada": "gobollada",
    "Waxbarashada": "waxbarashada",
    "Caafimaadka": "caafimaadka",
}


# --- Lao ---------------------------------------------------------------------------------------

LO_MALE = _w("ສົມພອນ ບຸນມີ ຄຳພັນ ສີສະຫວາດ ທອງສຸກ ວິໄລສັກ ສົມສັກ ບົວລະພາ ພູວົງ ແສງອາລຸນ")
LO_FEMALE = _w("ຈັນທະວີ ມະນີວອນ ແສງເດືອນ ນາລີ ບົວພັນ ຄຳແພງ ວຽງສະໄໝ ສຸດາລັດ")
LO_SURNAMES = _w("ພົມມະຈັນ ແກ້ວມະນີ ສີຫາລາດ ວົງສະຫວັນ ພິມມະສອນ ໄຊຍະວົງ ສຸລິຍະວົງ ອິນທະວົງ ບຸບຜາ ຈັນທະລາ")
LO_PROVINCES = _w("""ຫຼວງພະບາງ ສະຫວັນນະເຂດ ຈຳປາສັກ ຄຳມ່ວນ ອຸດົມໄຊ ຫຼວງນ້ຳທາ ໄຊຍະບູລີ ບໍລິຄຳໄຊ ຊຽງຂວາງ
    ຫົວພັນ ສາລະວັນ ອັດຕະປື ບໍ່ແກ້ວ ຜົ້ງສາລີ ເຊກອງ ວຽງຈັນ""")
LO_AGENTS = (
    "ອົງການປົກຄອງນະຄອນຫຼວງວຽງຈັນ",
    "ກະຊວງໂຍທາທິການ ແລະ ຂົນສົ່ງ",
    "ກະຊວງສາທາລະນະສຸກ",
    "ກະຊວງສຶກສາທິການ ແລະ ກິລາ",
    "ສະພາປະຊາຊົນແຂວງ",
    "ອຳນາດການປົກຄອງບ້ານ",
    "ປະຊາຊົນໃນບ້ານ",
    "ພໍ່ຄ້າແມ່ຂາຍໃນຕະຫຼາດ",
    "ບໍລິສັດກໍ່ສ້າງ",
    "ຕຳຫຼວດຈະລາຈອນ",
    "ໂຮງໝໍແຂວງ",
)
# the verbs as a headline has them; a sentence's past puts "ໄດ້" before them
# the agents who only react (propose, criticise, support, oppose), and those verbs
LO_PEOPLE = ("ປະຊາຊົນໃນບ້ານ", "ພໍ່ຄ້າແມ່ຂາຍໃນຕະຫຼາດ", "ບໍລິສັດກໍ່ສ້າງ")
LO_REACTIONS = ("ສະເໜີ", "ວິພາກວິຈານ", "ສະໜັບສະໜູນ", "ຄັດຄ້ານ")
LO_VERBS = (
    "ອະນຸມັດ",
    "ປະກາດ",
    "ເລື່ອນ",
    "ເປີດນຳໃຊ້",
    "ທົບທວນຄືນ",
    "ສະເໜີ",
    "ວິພາກວິຈານ",
    "ໂຈະ",
    "ສະໜັບສະໜູນ",
    "ຄັດຄ້ານ",
    "ຍົກເລີກ",
)
LO_OBJECTS = (
    "ໂຄງການກໍ່ສ້າງຖະໜົນເສັ້ນໃໝ່",
    "ງົບປະມານຂອງແຂວງ",
    "ແຜນພັດທະນາຕົວເມືອງ",
    "ໂຄງການສ້ອມແປງຂົວ",
    "ການກໍ່ສ້າງອາຄານຮຽນໃໝ່",
    "ມາດຕະການຈະລາຈອນໃໝ່",
    "ໂຄງການສະໜອງນ້ຳປະປາ",
    "ການປັບປຸງຕະຫຼາດເຊົ້າ",
    "ລະບົບລະບາຍນ້ຳ",
    "ໂຄງການເກັບຂີ້ເຫຍື້ອ",
    "ການຂະຫຍາຍໂຮງໝໍ",
    "ການຂຶ້ນລາຄາຄ່າໄຟຟ້າ",
)
LO_TIMES = (
    "ໃນວັນອັງຄານຜ່ານມາ",
    "ເມື່ອວານນີ້",
    "ໃນຕອນເຊົ້າມື້ນີ້",
    "ໃນອາທິດແລ້ວນີ້",
    "ໃນກອງປະຊຸມສາມັນ",
    "ໃນທ້າຍອາທິດຜ່ານມາ",
    "ດ້ວຍຄະແນນສຽງເປັນເອກະພາບ",
    "ພາຍຫຼັງການປຶກສາຫາລືເປັນເວລາດົນນານ",
)
LO_SOURCES = ("ອີງຕາມແຈ້ງການຂອງທາງການ", "ຕາມການລາຍງານຂອງເຈົ້າໜ້າທີ່", "ແຫຼ່ງຂ່າວຈາກຫ້ອງວ່າການແຂວງໃຫ້ຮູ້ວ່າ")
LO_ROLES = ("ໂຄສົກກະຊວງ", "ນາຍບ້ານ", "ຜູ້ອຳນວຍການໂຮງຮຽນ", "ຫົວໜ້າພະແນກໂຍທາທິການ", "ຮອງເຈົ້າແຂວງ", "ເຈົ້າໜ້າທີ່ວິຊາການ")
LO_SAYINGS = (
    "ໂຄງການນີ້ຈະເປັນປະໂຫຍດ ໃຫ້ແກ່ປະຊາຊົນທັງໝົດ",
    "ພວກເຮົາຈະບໍ່ປະຖິ້ມປະຊາຊົນ",
    "ວຽກງານກໍ່ສ້າງກຳລັງດຳເນີນໄປ ຕາມແຜນການທີ່ວາງໄວ້",
    "ຂໍໃຫ້ປະຊາຊົນ ອົດທົນອີກໜ້ອຍໜຶ່ງ",
    "ນີ້ແມ່ນຄວາມຕ້ອງການຂອງປະຊາຊົນ ມາຫຼາຍປີແລ້ວ",
    "ງົບປະມານມີແລ້ວ ຕອນນີ້ພວກເຮົາຕ້ອງຈັດຕັ້ງປະຕິບັດໃຫ້ໄວ",
    "ພວກເຮົາຈະຕິດຕາມວຽກງານນີ້ ຢ່າງໃກ້ຊິດ",
)
LO_BUILT = ("ຂົວ", "ໂຮງຮຽນ", "ໂຮງໝໍ", "ຕະຫຼາດ", "ສວນສາທາລະນະ", "ສະຖານີລົດເມ")
LO_SUBHEADS = (
    "ຈະມີຫຍັງເກີດຂຶ້ນຕໍ່ໄປ?",
    "ຄຳເຫັນຂອງປະຊາຊົນ",
    "ໂຄງການນີ້ໃຊ້ງົບປະມານເທົ່າໃດ?",
    "ທັດສະນະຂອງທາງການ",
    "ລາຍລະອຽດເພີ່ມເຕີມ",
    "ກຳນົດເວລາຂອງວຽກງານ",
    "ບັນຫາທີ່ຍັງຄ້າງຢູ່",
)
LO_MONTHS = _w("ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ")
LO_WEEKDAYS = _w("ວັນຈັນ ວັນອັງຄານ ວັນພຸດ ວັນພະຫັດ ວັນສຸກ ວັນເສົາ ວັນອາທິດ")


class LaoProse(_Grammar):
    """Lao local news (see the module docstring): phrases separated by spaces, "." at the end."""

    lang = "lo"
    cities = LO_PROVINCES
    subheads = LO_SUBHEADS

    def person(self) -> str:
        rng = self.rng
        return f"{rng.choice(LO_MALE + LO_FEMALE)} {rng.choice(LO_SURNAMES)}"

    def agent(self, province: str = "") -> str:
        """An agent; for a headline about `province`, one of that province or of none."""
        if self.rng.random() < 0.15:
            return f"ພະແນກກະສິກຳ ແລະ ປ່າໄມ້ແຂວງ{province or self.city()}"
        return self.rng.choice(LO_AGENTS[1:] if province else LO_AGENTS)

    def verb(self, agent: str) -> str:
        return self.rng.choice(LO_REACTIONS if agent in LO_PEOPLE else LO_VERBS)

    def clause(self, time: bool = False) -> str:
        rng = self.rng
        when = f" {rng.choice(LO_TIMES)}" if time else ""
        agent = self.agent()
        return f"{agent} ໄດ້{self.verb(agent)}{rng.choice(LO_OBJECTS)}{when}"

    def quoted(self) -> str:
        rng = self.rng
        female = rng.random() < 0.35
        name = f"{rng.choice(LO_FEMALE if female else LO_MALE)} {rng.choice(LO_SURNAMES)}"
        return f"{'ທ່ານນາງ' if female else 'ທ່ານ'} {name}"

    def sentence(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.13:
            return f"{self.quoted()} {rng.choice(LO_ROLES)} ໄດ້ກ່າວວ່າ “{rng.choice(LO_SAYINGS)}”."
        if r < 0.25:
            return f"{rng.choice(LO_SOURCES)} {self.clause(time=rng.random() < 0.6)}."
        if r < 0.38:
            conj = rng.choice((" ແຕ່", " ໃນຂະນະທີ່", " ແລະ", " ເນື່ອງຈາກ"))
            return f"{self.clause(time=rng.random() < 0.4)}{conj} {self.clause()}."
        if r < 0.52:
            return rng.choice(
                (
                    f"ໂຄງການນີ້ມີມູນຄ່າປະມານ {rng.randint(2, 900)} ຕື້ກີບ.",
                    f"ວຽກງານກໍ່ສ້າງ ຈະໃຊ້ເວລາປະມານ {rng.randint(4, 30)} ເດືອນ.",
                    f"ມີປະຊາຊົນກວ່າ {10 * rng.randint(5, 90)} ຄອບຄົວ ໄດ້ຮັບຜົນກະທົບ.",
                    f"ໂຄງການນີ້ຄາດວ່າຈະສຳເລັດ ໃນປີ {rng.randint(2027, 2030)}.",
                    f"ຖະໜົນເສັ້ນນີ້ມີຄວາມຍາວ {rng.randint(3, 40)} ກິໂລແມັດ ແລະ ກວ້າງ {rng.randint(8, 30)} ແມັດ.",
                    f"ມີເຈົ້າໜ້າທີ່ກວ່າ {rng.randint(20, 300)} ຄົນ ເຂົ້າຮ່ວມກອງປະຊຸມຄັ້ງນີ້.",
                )
            )
        if r < 0.64:
            return f"ເຈົ້າແຂວງ{self.city()} ໄດ້ໃຫ້ຮູ້ວ່າ {self.clause()}."
        if r < 0.84:
            return rng.choice(
                (
                    f"ປະຊາຊົນຢູ່ແຂວງ{self.city()} ໄດ້ລໍຖ້າການຕັດສິນໃຈນີ້ ມາເປັນເວລາຫຼາຍປີແລ້ວ.",
                    f"ສະພາບການທີ່ຄ້າຍຄືກັນນີ້ ກໍເຄີຍເກີດຂຶ້ນຢູ່ແຂວງ{self.city()}.",
                    f"ຢູ່ແຂວງ{self.city()} ສະພາບການຍັງບໍ່ທັນມີການປ່ຽນແປງເທື່ອ.",
                    "ບັນຫານີ້ຈະຖືກນຳມາປຶກສາຫາລືອີກ ໃນກອງປະຊຸມເດືອນໜ້າ.",
                    f"ນີ້ບໍ່ແມ່ນຄັ້ງທຳອິດ ທີ່{self.clause()}.",
                )
            )
        return f"{self.clause(time=True)}."

    def title(self) -> str:
        rng = self.rng
        r = rng.random()
        province = self.city() if r < 0.35 else ""
        agent = self.agent(province)
        head = f"{agent} {self.verb(agent)} {rng.choice(LO_OBJECTS)}"
        if r < 0.35:
            return f"ແຂວງ{province}: {head}"
        if r < 0.7:
            return f"{head} {rng.choice(LO_TIMES)}"
        if r < 0.88:
            return f"ແຂວງ{self.city()} ຈະມີ {rng.choice(LO_BUILT)}ແຫ່ງໃໝ່ ໃນປີໜ້າ"
        return f"{self.quoted()}: “{rng.choice(LO_SAYINGS)}”"


LO_UI: dict[str, tuple[str, ...]] = {
    "nav": (
        "ໜ້າຫຼັກ",
        "ຂ່າວພາຍໃນ",
        "ການເມືອງ",
        "ເສດຖະກິດ",
        "ສັງຄົມ",
        "ຕ່າງປະເທດ",
        "ກິລາ",
        "ບັນເທີງ",
        "ສຸຂະພາບ",
        "ເຕັກໂນໂລຊີ",
    ),
    "sections": ("ຂ່າວພາຍໃນ", "ເສດຖະກິດ", "ສັງຄົມ", "ການສຶກສາ", "ສຸຂະພາບ", "ແຂວງ"),
    "related": ("ຂ່າວທີ່ກ່ຽວຂ້ອງ",),
    "read_more": ("ອ່ານເພີ່ມເຕີມ:",),
    "by": ("ໂດຍ:",),
    "desks": ("ນັກຂ່າວ", "ກອງບັນນາທິການ", "ໂຕະຂ່າວອອນລາຍ"),
    "share": ("ແບ່ງປັນຂ່າວນີ້", "ແບ່ງປັນໃຫ້ໝູ່"),
    "share_sites": ("Facebook", "WhatsApp", "LINE", "X", "ສຳເນົາລິ້ງ"),
    "newsletter": ("ຮັບຂ່າວສຳຄັນ ທຸກມື້ ທາງອີເມວ ຂອງທ່ານ",),
    "comments": ("ຄຳເຫັນຂອງຜູ້ອ່ານ ຈະຖືກກວດກາ ກ່ອນການເຜີຍແຜ່ ທຸກຄັ້ງ",),
    "cookie": ("ເວັບໄຊນີ້ ນຳໃຊ້ຄຸກກີ້ ເພື່ອປະສົບການ ທີ່ດີກວ່າ",),
    "ad": ("ໂຄສະນາ",),
    "copyright": ("© {year} {name}. ສະຫງວນລິຂະສິດ.",),
    "disclaimer": ("ຫ້າມນຳເອົາເນື້ອຫາ ໄປເຜີຍແຜ່ຄືນ ໂດຍບໍ່ໄດ້ຮັບອະນຸຍາດ.",),
    "tagline": ("ຂ່າວສານທີ່ທ່ານໄວ້ວາງໃຈ ນັບແຕ່ປີ {since}",),
    "bio": ("{author} ຂຽນຂ່າວກ່ຽວກັບ {beat} ໃຫ້ {name} ນັບແຕ່ປີ {since2}.",),
    "beats": ("ບັນຫາຕົວເມືອງ", "ການຄົມມະນາຄົມ", "ການສຶກສາ", "ສາທາລະນະສຸກ", "ສິ່ງແວດລ້ອມ"),
    "editorial": ("ບົດລາຍງານນີ້ ເປັນສ່ວນໜຶ່ງຂອງ ຊຸດລາຍງານພິເສດ ຂອງ {name}.",),
    "classified": ("ມີເຮືອນໃຫ້ເຊົ່າ ຢູ່ໃຈກາງເມືອງ.",),
    "subscribe": ("ຕິດຕາມພວກເຮົາ ທາງເຟສບຸກ",),
}
LO_SECTION_SLUGS = {
    "ຂ່າວພາຍໃນ": "local",
    "ເສດຖະກິດ": "economy",
    "ສັງຄົມ": "society",
    "ການສຶກສາ": "education",
    "ສຸຂະພາບ": "health",
    "ແຂວງ": "provinces",
}


# --- shared pieces -----------------------------------------------------------------------------


def _set_paths(c: Ctx, make: Callable[[Story], str]) -> None:
    """Every story of the publisher gets `make`'s path; a path met again on the site gets "-2",
    "-3" ... before its closing "/" or ".html" (or at its end), the same on every call."""
    count: dict[str, int] = {}
    paths: dict[int, str] = {}
    for o in c.others:
        p = make(o)
        count[p] = n = count.get(p, 0) + 1
        if n > 1:
            stem, tail = (
                (p[:-1], "/") if p.endswith("/") else (p[:-5], ".html") if p.endswith(".html") else (p, "")
            )
            p = f"{stem}-{n}{tail}"
        paths[id(o)] = p
    c.repath(lambda o: paths[id(o)])


def _numbers(c: Ctx, key: str, start: int, step: int) -> Callable[[Story], int]:
    """A story's numeric id on its site, rising with publication order from `start`, about `step`
    apart."""
    return lambda o: start + step * c.others.index(o) + random.Random(f"shaw-{key}-{o.title}").randrange(step)


def _body(c: Ctx, p: str = "<p>{}</p>", head: str = "<{tag}>{}</{tag}>", ul: str = "<ul>") -> list[str]:
    """The story's blocks as HTML (`kit._story_html`)."""
    return _story_html(
        c,
        lambda h: p.replace("{}", h, 1),
        lambda tag, h: head.replace("{tag}", tag).replace("{}", h),
        lambda h: f"<blockquote>{h}</blockquote>",
        lambda items: ul + "".join(f"<li>{x}</li>" for x in items) + "</ul>",
    )


def _reads(c: Ctx, label: str, cls: str, n: int = 2) -> list[tuple[int, str]]:
    """`n` "read also" lines (the label and a linked headline, snippets), placed after the 2nd,
    4th ... paragraph."""
    inserts = []
    for k, o in enumerate(c.pick_others(n)):
        c.snip(f"{label} {o.title}")
        inserts.append(
            (
                1 + 2 * k,
                f'<p class="{cls}"><strong>{esc(label)}</strong>'
                f' <a href="{esc(o.path)}">{esc(o.title)}</a></p>',
            )
        )
    return inserts


def _finish(c: Ctx, lines: list[str], cls: str, button: str, slug: Callable[[str], str]) -> str:
    """The page's end (`kit._end_page`), the in-text topic links given ASCII paths (`slug`)."""
    html = _end_page(c, lines, cls, button)
    return re.sub(
        r'<a href="/topic/[^"]*">([^<]*)</a>',
        lambda m: f'<a href="/topic/{slug(m[1])}">{m[1]}</a>',
        html,
    )


def _hm(d: datetime) -> str:
    return f"{d:%H:%M}"


def _share(label: str, sites: list[str], cls: str) -> str:
    return (
        f'<div class="{cls}"><span class="share-label">{esc(label)}</span>\n'
        + "\n".join(
            f'<a href="#" class="share-{_slug(x) if x.isascii() else "copy"}">{esc(x)}</a>' for x in sites
        )
        + "</div>"
    )


# --- ms-berita-portal --------------------------------------------------------------------------

MS_FOOTER = ("Mengenai Kami", "Hubungi Kami", "Pengiklanan", "Dasar Privasi", "Terma Penggunaan", "Kerjaya")
MS_TAGS = (
    "Kuala Lumpur",
    "Selangor",
    "banjir",
    "pihak berkuasa tempatan",
    "bajet",
    "pengangkutan awam",
    "cukai pintu",
    "penduduk",
)
MS_CAPTIONS = (
    "Ahli majlis ketika mesyuarat penuh di dewan majlis",
    "Kerja-kerja menaik taraf jalan sedang dijalankan",
    "Penduduk berkumpul untuk menyerahkan memorandum",
    "Bangunan ibu pejabat majlis bandaraya",
    "Keadaan lalu lintas di pusat bandar pada waktu puncak",
)
MS_CREDITS = ("Foto: Bernama", "Foto fail", "Foto: Gambar hiasan", "Foto: Ihsan pembaca")


def ms_date(d: datetime, style: int) -> str:
    """ "Mac 7, 2026 @ 2:30pm" (style 0) or "Sabtu, 7 Mac 2026 | 2:30 PTG" (style 1)."""
    hour = d.hour % 12 or 12
    if style == 0:
        return f"{MS_MONTHS[d.month - 1]} {d.day}, {d.year} @ {hour}:{d:%M}{'am' if d.hour < 12 else 'pm'}"
    return (
        f"{MS_WEEKDAYS[d.weekday()]}, {d.day} {MS_MONTHS[d.month - 1]} {d.year} | {hour}:{d:%M} "
        f"{'PG' if d.hour < 12 else 'PTG'}"
    )


def render_ms_berita_portal(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ms")
    v = pub.index % 2  # 0: /berita/<section>/<yyyy>/<mm>/<id>/<slug>, 1: /artikel/<id>/<section>/<slug>
    number = _numbers(c, "ms", site.randint(1_000_000, 1_400_000), 37)
    if v == 0:
        _set_paths(
            c,
            lambda o: (
                f"/berita/{MS_SECTION_SLUGS[o.section]}/{o.published:%Y/%m}/{number(o)}/{_slugged(o.title)}"
            ),
        )
    else:
        _set_paths(c, lambda o: f"/artikel/{number(o)}/{MS_SECTION_SLUGS[o.section]}/{_slugged(o.title)}")
    _listify(c, "ms-list")
    dr = _page_rng(c, "ms")
    style = site.randint(0, 1)
    sinopsis = _other_sentences(c, MalayProse(dr), 1) if site.random() < 0.5 else ""
    nav = c.nav_items(" ")
    c.snip(f"Utama › Berita › {s.section}")
    byline = c.snip(f"{pub.ui('by')[0]} {s.author.name}, {s.author.desk}")
    shown = c.snip(ms_date(d, style))
    photo = dr.random() < 0.75
    caption = c.snip(f"{dr.choice(MS_CAPTIONS)}. - {dr.choice(MS_CREDITS)}") if photo else ""
    inserts = _reads(c, "Baca juga:", "baca-juga", dr.choice((1, 2, 2, 3)))
    if site.random() < 0.6:
        inserts.append((2, '<div class="iklan-dalam"><span>IKLAN</span><div class="gpt-ad"></div></div>'))
    label, sites = c.share()
    tags = dr.sample(MS_TAGS, 3)
    c.snip("Tag: " + " ".join(tags))
    telegram = c.snip(f"Ikuti saluran Telegram {pub.name} untuk berita terkini")
    related = _snip_titles(c, c.pick_others(4))
    popular = _snip_titles(c, c.pick_others(5))
    newsletter = c.text("newsletter") if c.has("newsletter") else ""
    about = c.snip(
        f"{pub.name} ialah portal berita berbahasa Melayu yang menyajikan berita terkini dari seluruh negara."
    )
    address = c.snip(
        f"Aras {site.randint(2, 30)}, Menara {pub.name.split()[0]}, "
        f"Jalan {site.choice(('Tun Razak', 'Sultan Ismail', 'Ampang', 'Raja Chulan'))}, "
        f"{site.choice(('50400', '50250', '50450', '50200'))} Kuala Lumpur"
    )
    c.snip(" ".join(MS_FOOTER[:4]))
    cp = c.copyright()
    body = _insert_after(_body(c), "<p>", inserts, skip='<p class="baca-juga"')
    title = f"{s.title} | {pub.name}" if style == 0 else f"{s.title} - {pub.name}"
    tag_html = " ".join(f'<a href="/tag/{_slug(t)}" rel="tag">{esc(t)}</a>' for t in tags)
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ms-MY">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta name="description" content="{esc(sinopsis or s.title)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<meta property="article:section" content="{esc(s.section)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        '<body class="article-page">',
        f'<header class="site-header"><div class="container"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="main-menu"><ul>'
        + "\n".join(f'<li><a href="/{_slug(x)}">{esc(x)}</a></li>' for x in nav)
        + "</ul></nav></div></header>",
        '<div class="container"><div class="row"><main class="col-main">',
        '<nav class="breadcrumb"><a href="/">Utama</a> › <a href="/berita">Berita</a> › '
        f'<a href="/{MS_SECTION_SLUGS[s.section]}">{esc(s.section)}</a></nav>',
        '<article class="article">',
        f'<h1 class="article-title">{esc(s.title)}</h1>',
        f'<p class="sinopsis">{esc(sinopsis)}</p>' if sinopsis else "",
        f'<div class="article-meta"><span class="byline">{esc(byline)}</span>\n'
        f'<span class="date">{esc(shown)}</span></div>',
        _share(label, sites, "share-bar share-top"),
        (
            '<figure class="article-image">'
            f'<img src="/images/{d:%Y/%m}/{_hex(dr, 12)}.jpg" alt="{esc(s.title)}">'
            f"<figcaption>{esc(caption)}</figcaption></figure>"
        )
        if photo
        else "",
        '<div class="article-body">',
        *body,
        "</div>",
        f'<div class="article-tags"><span>Tag:</span> {tag_html}</div>',
        f'<div class="telegram-cta"><a href="https://t.me/{_slug(pub.name).replace("-", "")}">'
        f"{esc(telegram)}</a></div>",
        "</article>",
        '<section class="berita-berkaitan"><h3>Berita berkaitan</h3><ul>'
        + _links(related)
        + "</ul></section>",
        "</main>",
        '<aside class="col-side"><div class="paling-popular"><h3>Paling popular</h3><ol>'
        + _links(popular)
        + "</ol></div>",
        (
            f'<div class="newsletter-box"><p>{esc(newsletter)}</p>'
            '<form><input type="email" placeholder="E-mel anda"><button>Langgan</button></form></div>'
        )
        if newsletter
        else "",
        "</aside></div></div>",
        f'<footer class="site-footer"><p class="about">{esc(about)}</p>',
        f'<p class="address">{esc(address)}</p>',
        '<ul class="footer-menu">' + _footer_links(MS_FOOTER) + "</ul>",
        f'<p class="copyright">{esc(cp)}</p></footer>',
    ]
    return _finish(c, lines, "cookie-consent", "Setuju", lambda t: _slug(t) or "berita")


# --- ha-labarai-site ---------------------------------------------------------------------------

HA_FOOTER = (
    "Me ya sa za ku amince da mu",
    "Ƙa'idojin amfani",
    "Game da mu",
    "Privacy Policy",
    "Cookies",
    "Tuntuɓe mu",
)
HA_CAPTIONS = (
    "Wani ɓangare na titin da ake gyarawa a birnin",
    "'Yan majalisar dokokin jihar yayin wani zama",
    "Mazauna yankin sun yi dafifi domin jin bayani",
    "Gwamnan jihar yayin ƙaddamar da aikin",
    "Wasu 'yan kasuwa a babbar kasuwar birnin",
)
HA_CREDITS = ("Getty Images", "AFP via Getty Images", "Reuters/Afolabi Sotunde", "Fadar Gwamnatin Jihar")


def ha_date(d: datetime) -> str:
    """ "7 Maris 2026"."""
    return f"{d.day} {HA_MONTHS[d.month - 1]} {d.year}"


def render_ha_labarai_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("ha")
    v = pub.index % 2  # 0: /hausa/articles/c<id>o (UTC JSON-LD), 1: /hausa/labarai-<8 digits> (+01:00)
    number = _numbers(c, "ha", site.randint(60_000_000, 69_000_000), 97)
    if v == 0:
        _set_paths(c, lambda o: "/hausa/articles/c" + _hex(random.Random(f"ha-{o.title}"), 10) + "o")
    else:
        _set_paths(c, lambda o: f"/hausa/labarai-{number(o)}")
    _listify(c, "ha-list")
    dr = _page_rng(c, "ha")
    nav = c.nav_items(" ")
    city = HausaProse(dr).city()
    byline = c.snip(f"Daga {s.author.name}, {s.author.desk} a {city}")
    shown = c.snip(f"An wallafa: {ha_date(d)}, {_hm(d)} WAT") if v == 1 else ha_date(d)
    credit = c.snip(f"ASALIN HOTON, {dr.choice(HA_CREDITS)}")
    caption = c.snip(f"Bayanan hoto, {dr.choice(HA_CAPTIONS)}")
    inserts = _reads(c, "Karanta kuma:", "karanta-kuma")
    label, sites = c.share()
    related = _snip_titles(c, c.pick_others(4))
    most = _snip_titles(c, c.pick_others(5))
    follow = c.snip(f"Ku biyo {pub.name} a Facebook, X, Instagram da YouTube")
    trust = c.snip(f"Me ya sa za ku iya amincewa da {pub.name}")
    c.snip(" ".join(HA_FOOTER[1:5]))
    cp = c.copyright()
    external = c.snip("Ƙarin bayani kan yadda muke mu'amala da shafukan waje.")
    body = _body(c)
    if body and body[0].startswith("<p>"):
        body[0] = "<p><b>" + body[0][3:-4] + "</b></p>"
    body = _insert_after(body, "<p>", inserts, skip='<p class="karanta-kuma"')
    data = {
        "@context": "https://schema.org",
        "@type": "ReportageNewsArticle",
        "url": c.url(),
        "headline": s.title,
        "datePublished": c.iso(utc=True) if v == 0 else c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "NewsMediaOrganization", "name": pub.name},
        "inLanguage": {"@type": "Language", "name": "Hausa", "alternateName": "ha"},
        "image": {"@type": "ImageObject", "url": f"https://{pub.host}/images/{_hex(dr, 16)}.jpg"},
    }
    time_attr = f"{d:%Y-%m-%d}" if v == 0 else c.iso()
    lines = [
        "<!DOCTYPE html>",
        '<html lang="ha" dir="ltr">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.title)} - {esc(pub.name)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:locale" content="ha_NG">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        "<body>",
        '<div class="skip-links"><a href="#content">Skip to content</a> '
        '<a href="/accessibility">Accessibility help</a></div>',
        f'<header class="brand-header"><a class="brand" href="/hausa">{esc(pub.name)}</a>',
        '<nav class="service-nav" aria-label="Hausa"><ul>'
        + "\n".join(f'<li><a href="/hausa/{ha_slug(x, 20)}">{esc(x)}</a></li>' for x in nav)
        + "</ul></nav></header>",
        '<main id="content" role="main"><article>',
        f'<h1 id="content-title">{esc(s.title)}</h1>',
        '<div class="byline"><span class="author-label">Marubuci,</span> '
        f'<span class="author">{esc(byline)}</span></div>',
        f'<time datetime="{time_attr}" class="date">{esc(shown)}</time>',
        '<figure class="lead-image">'
        f'<img src="/ws/images/{_hex(dr, 16)}.jpg" alt="{esc(s.title)}" width="976">'
        f'<p class="image-copyright" role="text">{esc(credit)}</p>'
        f'<figcaption class="caption">{esc(caption)}</figcaption></figure>',
        '<div class="article-text">',
        *body,
        "</div>",
        _share(label, sites, "share-tools"),
        "</article>",
        '<section class="related-content" aria-labelledby="related-heading">'
        '<h2 id="related-heading">Labarai masu alaƙa</h2><ul>' + _links(related) + "</ul></section>",
        '<section class="most-read" aria-labelledby="most-read-heading">'
        '<h2 id="most-read-heading">Labarai mafi karantawa</h2><ol>'
        + _links(most, '<li><span class="rank"></span>{}</li>')
        + "</ol></section>",
        "</main>",
        f'<div class="follow-us"><p>{esc(follow)}</p></div>',
        f'<footer class="site-footer"><a class="trust" href="/hausa/trust">{esc(trust)}</a>',
        '<ul class="footer-links">' + _footer_links(HA_FOOTER[1:]) + "</ul>",
        f'<p class="copyright">{esc(cp)} <a href="/hausa/external-links">{esc(external)}</a></p></footer>',
    ]
    return _finish(c, lines, "cookie-banner", "Na yarda", lambda t: ha_slug(t, 40))


# --- so-wararka-site ---------------------------------------------------------------------------

SO_FOOTER = (
    "Nagu saabsan",
    "Nala soo xiriir",
    "Xayeysiiska",
    "Qaanuunka asturnaanta",
    "Shuruudaha isticmaalka",
)
SO_CAPTIONS = (
    "Kulanka golaha oo lagu qabtay xarunta dowladda hoose",
    "Waddo ay ka socdaan howlo dib-u-dhis ah",
    "Dadka deegaanka oo isugu yimid fagaaraha magaalada",
    "Xildhibaannada oo fadhi ku leh xarunta baarlamaanka",
)


def so_date(d: datetime) -> str:
    """ "Sabti, 7 Maarso 2026 - 14:30"."""
    return f"{SO_WEEKDAYS[d.weekday()]}, {d.day} {SO_MONTHS[d.month - 1]} {d.year} - {_hm(d)}"


def render_so_wararka_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("so")
    v = pub.index % 2  # 0: WordPress date permalinks, 1: /wararka/<id>/<slug>
    number = _numbers(c, "so", site.randint(200_000, 600_000), 31)
    if v == 0:
        _set_paths(c, lambda o: f"/{o.published:%Y/%m/%d}/{_slugged(o.title)}/")
    else:
        _set_paths(c, lambda o: f"/wararka/{number(o)}/{_slugged(o.title)}")
    _listify(c, "so-list")
    dr = _page_rng(c, "so")
    ticker = _snip_titles(c, c.pick_others(3))
    nav = c.nav_items(" ")
    byline = c.snip(f"{pub.ui('by')[0]} {s.author.name}, {s.author.desk}")
    shown = c.snip(so_date(d))
    photo = dr.random() < 0.7
    caption = c.snip(f"{dr.choice(SO_CAPTIONS)} (Sawir: {pub.name})") if photo else ""
    inserts = _reads(c, "Akhri sidoo kale:", "akhri-sidoo-kale")
    label, sites = c.share()
    whatsapp = c.snip(f"Ku biir kanaalka WhatsApp ee {pub.name} si aad u hesho wararka degdegga ah")
    notice = c.snip(c.pick("comments"))
    related = _snip_titles(c, c.pick_others(4))
    most = _snip_titles(c, c.pick_others(5))
    about = c.snip(
        f"{pub.name} waa shabakad wararka Soomaaliyeed oo madax-bannaan oo la aasaasay "
        f"{site.randint(1999, 2015)}."
    )
    c.snip(" ".join(SO_FOOTER[:4]))
    cp = c.copyright()
    body = _insert_after(_body(c), "<p>", inserts, skip='<p class="akhri-sidoo-kale"')
    post_id = number(s)
    title = f"{s.title} - {pub.name}" if site.random() < 0.5 else f"{s.title} | {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="so-SO">',
        "<head>",
        '<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        '<meta property="og:locale" content="so_SO">',
        f'<meta property="article:published_time" content="{c.iso()}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        '<meta name="generator" content="WordPress 6.6.2">',
        "</head>",
        f'<body class="post-template-default single single-post postid-{post_id}">',
        '<div class="breaking-ticker"><span class="ticker-label">Warar Degdeg ah</span>'
        '<ul class="ticker-items">'
        + _links(ticker)
        + "</ul></div>",
        '<header id="masthead" class="site-header">'
        f'<div class="site-title"><a href="/">{esc(pub.name)}</a></div>',
        '<nav id="site-navigation" class="main-navigation"><ul class="menu">'
        + "\n".join(f'<li class="menu-item"><a href="/category/{_slug(x)}">{esc(x)}</a></li>' for x in nav)
        + "</ul></nav></header>",
        '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">',
        f'<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard">',
        f'<header class="entry-header"><h1 class="entry-title">{esc(s.title)}</h1>',
        f'<div class="entry-meta"><span class="author vcard">{esc(byline)}</span>\n'
        f'<time class="entry-date published" datetime="{c.iso()}">{esc(shown)}</time></div></header>',
        _share(label, sites, "share-buttons"),
        (
            '<figure class="post-thumbnail">'
            f'<img src="/wp-content/uploads/{d:%Y/%m}/{_hex(dr, 10)}.jpg" alt="">'
            f'<figcaption class="wp-caption-text">{esc(caption)}</figcaption></figure>'
        )
        if photo
        else "",
        '<div class="entry-content">',
        *body,
        "</div>",
        '<div class="whatsapp-join">'
        f'<a href="https://whatsapp.com/channel/{_hex(site, 16)}">{esc(whatsapp)}</a></div>',
        "</article>",
        '<div id="comments" class="comments-area"><h3 class="comment-reply-title">Faallo ka bixi</h3>'
        f'<p class="comment-notes">{esc(notice)}</p>'
        '<form action="/wp-comments-post.php" method="post"><label for="author">Magaca</label>'
        '<input id="author" name="author" type="text"><label for="email">Iimayl</label>'
        '<input id="email" name="email" type="email"><textarea name="comment"></textarea>'
        f'<input type="hidden" name="comment_post_ID" value="{post_id}">'
        '<button type="submit">Dir</button></form></div>',
        '<section class="related-posts"><h3>Wararka la xiriira</h3><ul>'
        + _links(related)
        + "</ul></section>",
        "</main></div>",
        '<aside id="secondary" class="widget-area"><section class="widget widget-most-read">'
        '<h2 class="widget-title">Wararka ugu akhriska badan</h2><ol>'
        + _links(most)
        + "</ol></section></aside>",
        "</div>",
        f'<footer id="colophon" class="site-footer"><p class="footer-about">{esc(about)}</p>',
        '<ul class="footer-menu">' + _footer_links(SO_FOOTER) + "</ul>",
        f'<div class="site-info">{esc(cp)}</div></footer>',
    ]
    return _finish(c, lines, "cookie-notice", "Waan aqbalay", lambda t: _slug(t) or "wararka")


# --- lo-khao-site ------------------------------------------------------------------------------

LO_FOOTER = ("ກ່ຽວກັບພວກເຮົາ", "ຕິດຕໍ່ພວກເຮົາ", "ລົງໂຄສະນາ", "ນະໂຍບາຍຄວາມເປັນສ່ວນຕົວ", "ເງື່ອນໄຂການນຳໃຊ້")
LO_TAGS = ("ນະຄອນຫຼວງວຽງຈັນ", "ຖະໜົນ", "ງົບປະມານ", "ນ້ຳປະປາ", "ການສຶກສາ", "ສາທາລະນະສຸກ", "ຈະລາຈອນ", "ແຂວງ")
LO_CAPTIONS = (
    "ບັນຍາກາດກອງປະຊຸມ ທີ່ຫ້ອງວ່າການແຂວງ",
    "ວຽກງານກໍ່ສ້າງຖະໜົນ ໃນເຂດຕົວເມືອງ",
    "ປະຊາຊົນມາເຂົ້າຮ່ວມ ການຮັບຟັງຄຳເຫັນ",
    "ເຈົ້າໜ້າທີ່ລົງກວດກາ ສະຖານທີ່ກໍ່ສ້າງ",
)
LO_CREDITS = ("ຂປລ", "ແຫຼ່ງຂ່າວທາງການ", "ນັກຂ່າວພວກເຮົາ")


def lo_date(d: datetime, long: bool) -> str:
    """ "ວັນເສົາ ທີ 7 ມີນາ 2026 ເວລາ 14:30 ໂມງ" (long) or "07 ມີນາ 2026 14:30"."""
    month = LO_MONTHS[d.month - 1]
    if long:
        return f"{LO_WEEKDAYS[d.weekday()]} ທີ {d.day} {month} {d.year} ເວລາ {_hm(d)} ໂມງ"
    return f"{d:%d} {month} {d.year} {_hm(d)}"


def render_lo_khao_site(c: Ctx) -> str:
    pub, s, d = c.pub, c.story, c.story.published
    site = c.stable("lo")
    v = pub.index % 2  # 0: /news/<section>/<id>, 1: /<yyyy>/<mm>/<dd>/<section>-<id>.html
    number = _numbers(c, "lo", site.randint(80_000, 300_000), 23)
    if v == 0:
        _set_paths(c, lambda o: f"/news/{LO_SECTION_SLUGS[o.section]}/{number(o)}")
    else:
        _set_paths(c, lambda o: f"/{o.published:%Y/%m/%d}/{LO_SECTION_SLUGS[o.section]}-{number(o)}.html")
    _listify(c, "lo-list")
    dr = _page_rng(c, "lo")
    long = site.random() < 0.6
    nav = c.nav_items(" ")
    c.snip(f"ໜ້າຫຼັກ › ຂ່າວ › {s.section}")
    byline = c.snip(f"ໂດຍ: {s.author.name} | {s.author.desk}")
    shown = c.snip(lo_date(d, long))
    caption = c.snip(f"{dr.choice(LO_CAPTIONS)} (ພາບ: {dr.choice(LO_CREDITS)})")
    inserts = _reads(c, "ອ່ານເພີ່ມເຕີມ:", "an-phoem")
    tags = dr.sample(LO_TAGS, 4)
    c.snip("ແທັກ: " + " ".join(tags))
    label, sites = c.share()
    facebook = c.snip(f"ກົດຕິດຕາມ {pub.name} ທາງເຟສບຸກ ເພື່ອບໍ່ພາດ ທຸກຂ່າວສານ")
    related = _snip_titles(c, c.pick_others(4))
    popular = _snip_titles(c, c.pick_others(5))
    about = c.snip(f"{pub.name} ເປັນເວັບໄຊຂ່າວ ທີ່ນຳສະເໜີຂ່າວສານ ພາຍໃນ ແລະ ຕ່າງປະເທດ ເປັນພາສາລາວ.")
    address = c.snip(
        f"ບ້ານ{site.choice(('ສີຫອມ', 'ໂພນໄຊ', 'ທົ່ງຂັນຄຳ', 'ຫັດສະດີ'))} "
        f"ເມືອງ{site.choice(('ຈັນທະບູລີ', 'ໄຊເສດຖາ', 'ສີສັດຕະນາກ'))} ນະຄອນຫຼວງວຽງຈັນ ສປປ ລາວ"
    )
    c.snip(" ".join(LO_FOOTER[:4]))
    phone = c.snip(f"ໂທ: 021 {site.randint(210, 269)} {site.randint(100, 999)} | ອີເມວ: info@{pub.host}")
    cp = c.copyright()
    body = _insert_after(_body(c), "<p>", inserts, skip='<p class="an-phoem"')
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": c.url()},
        "headline": s.title,
        "datePublished": c.iso(),
        "author": {"@type": "Person", "name": s.author.name},
        "publisher": {"@type": "Organization", "name": pub.name},
        "inLanguage": "lo",
    }
    title = f"{s.title} | {pub.name}" if v == 0 else f"{s.title} - {pub.name}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="lo">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        _ldjson(data),
        "</head>",
        '<body class="news-detail">',
        f'<header class="header"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="menu"><ul>'
        + "\n".join(
            f'<li><a href="/news/{LO_SECTION_SLUGS.get(x, "category-" + str(k))}">{esc(x)}</a></li>'
            for k, x in enumerate(nav)
        )
        + "</ul></nav></header>",
        '<div class="container"><div class="main-col">',
        '<div class="breadcrumb"><a href="/">ໜ້າຫຼັກ</a> › <a href="/news">ຂ່າວ</a> › '
        f"<span>{esc(s.section)}</span></div>",
        '<article class="news-article">',
        f'<h1 class="news-title">{esc(s.title)}</h1>',
        f'<div class="news-meta"><span class="author">{esc(byline)}</span>\n'
        f'<time datetime="{c.iso()}">{esc(shown)}</time></div>',
        f'<figure class="news-photo"><img src="/uploads/{d:%Y%m}/{_hex(dr, 12)}.jpg" alt="">'
        f"<figcaption>{esc(caption)}</figcaption></figure>",
        '<div class="news-content">',
        *body,
        "</div>",
        '<div class="news-tags"><span>ແທັກ:</span> '
        + " ".join(f'<a href="/tag/{zlib.crc32(t.encode()) % 100000}">{esc(t)}</a>' for t in tags)
        + "</div>",
        _share(label, sites, "share-box"),
        f'<div class="fb-follow"><a href="https://www.facebook.com/{_slug(pub.name).replace("-", "")}">'
        f"{esc(facebook)}</a></div>",
        "</article>",
        '<section class="related"><h3>ຂ່າວທີ່ກ່ຽວຂ້ອງ</h3><ul>' + _links(related) + "</ul></section>",
        "</div>",
        '<aside class="side-col"><div class="popular"><h3>ຂ່າວຍອດນິຍົມ</h3><ol>'
        + _links(popular)
        + "</ol></div></aside>",
        "</div>",
        f'<footer class="footer"><p class="footer-about">{esc(about)}</p>',
        f'<p class="footer-address">{esc(address)}</p><p class="footer-contact">{esc(phone)}</p>',
        '<ul class="footer-links">' + _footer_links(LO_FOOTER) + "</ul>",
        f'<p class="copyright">{esc(cp)}</p></footer>',
    ]
    return _finish(c, lines, "cookie-popup", "ຕົກລົງ", lambda t: str(zlib.crc32(t.encode()) % 1_000_000))


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "ms-berita-portal": render_ms_berita_portal,
    "ha-labarai-site": render_ha_labarai_site,
    "so-wararka-site": render_so_wararka_site,
    "lo-khao-site": render_lo_khao_site,
}


# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.

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
    _slugged,
    _snip_titles,
    _story_html,
    register_language,
)
from pipeline.synth.publishers import Ctx, Story, _slug, esc  # noqa: E402

# Malay, Hausa, Somali and Lao join the registries (new keys only)
for _lang, _first, _last, _prose, _ui, _months, _zone in (
    ("ms", MS_FIRST, MS_SURNAMES, MalayProse, MS_UI, MS_MONTHS, "Asia/Kuala_Lumpur"),
    ("ha", HA_MALE + HA_FEMALE, HA_SURNAMES, HausaProse, HA_UI, HA_MONTHS, "Africa/Lagos"),
    ("so", SO_MALE + SO_FEMALE, SO_SURNAMES, SomaliProse, SO_UI, SO_MONTHS, "Africa/Mogadishu"),
    ("lo", LO_MALE + LO_FEMALE, LO_SURNAMES, LaoProse, LO_UI, LO_MONTHS, "Asia/Vientiane"),
):
    register_language(
        _lang,
        first_names=_first,
        surnames=_last,
        prose=_prose,
        ui=_ui,
        months=_months,
        zones=(_zone,),
    )
