"""Four WEIR template families for the synthetic publishers (see `pipeline.synth.publishers`).

"weir" is an eighteenth split, next to "train", "test", "fresh", "blind", "sealed", "vault", "attic",
"cellar", "crypt", "loft", "shed", "barn", "mill", "silo", "byre", "kiln" and "loom": families
written by a session that read neither the extractor nor any extraction result, so no extraction
rule was written or tuned against them. They are held out until they are measured once.

`publishers.py` merges `FAMILY_LANGUAGE`, `FAMILY_SITE_FORMS` and `RENDERERS` from this module into
its registries and keeps `FAMILIES` from here apart, as `WEIR_FAMILIES`: the weir families are
generated only by `generate_corpus("weir")`, so every other corpus is as it was. This module also
brings a new language, Indonesian ("id"): its grammar (`IndonesianProse`: agent-verb-object
sentences with the active meN- verb, the passive di- form after a fronted source or with "oleh",
aspect words agreeing with the time adverbial, quotes closed with "ujar"/"kata" and the day with
its date in parentheses, "Sabtu (7/3/2026)"; headlines with the bare verb, "Pemkab X Tunda ..."),
names, place names (ASCII, so host names stay ASCII), UI strings, month names and zones are defined
here and added to the registries of `pipeline.synth.prose` and `pipeline.synth.publishers` when the
module is loaded (new keys only; nothing another language uses changes).

Truth conventions: the usual ones (body, boilerplate snippets of four words or more that are
verbatim visible text and never part of the body, aware `published_at`, clean `title` without the
site name), held to those of the real-page benchmarks where earlier splits differ:
  * a standfirst/dek shown above the text, under the headline, is neither body nor boilerplate
    (not in `body`, not a snippet);
  * a short box label ("Key takeaways") is neither; the box's items, the article's own summary
    points, are body (one line each, before the text);
  * a data table inside the text that the text refers to is body, one line per row (the row's cells
    joined by single spaces), header row included;
  * a "References" list closing a science article is body (its heading too, one line per item);
  * a line "Artikel ini telah tayang di X dengan judul ..." (this article was first published by
    X) closing the text is body;
  * an italic editorial note ("Editor's note: ...", "Correction: ...") is boilerplate, so are the
    author's bio, image captions and credits, in-text "Baca juga:"/"Related:" lines and
    calls to action.

Families (language; date source):
  weir   id-portal-daerah      id; only a naive <meta name="content_PublishedDate" content="2026-03-07
                               14:30:00"> (local time) and the visible "Sabtu, 7 Maret 2026 14:30
                               WIB" (WIB/WITA/WIT); an Indonesian regional news portal (Kompas/Tribun
                               regional-like): "Ikuti kami" bar, menu, "Berita Terkini" ticker,
                               breadcrumb, "Penulis: X | Editor: Y", the lead photo's caption with
                               "(SITE.COM/NAME)" credit and "Lihat Foto", the text (its first
                               paragraph opening with the "SITE.COM, CITY - " dateline: body; bold
                               <p><strong> subheadings: body; on some, a bulleted list: body; on
                               some, the closing "Artikel ini telah tayang di ..." line: body), the
                               "Baca juga:" lines in <p><strong> markup and the "ADVERTISEMENT SCROLL
                               TO CONTINUE WITH CONTENT" slot amid the text, the WhatsApp-channel and
                               Google News calls to action, "Tag", the related list, "Terpopuler",
                               the comment notice (UU ITE) and the "Pedoman Media Siber" footer;
                               URLs /section/read/2026/03/07/NNNNNNNNNN/slug; <title> "T Halaman all
                               - Site"
  weir   markets-ticker-desk   en; a NewsArticle JSON-LD datePublished in UTC with milliseconds
                               ("2026-03-07T19:30:00.000Z") and dateModified; the visible
                               "Published Sat, Mar 7 2026 2:30 PM EST" (and "Updated ...", later,
                               on some); a financial news site (CNBC/MarketWatch-like): the quote
                               ticker strip with its "delayed" note, menu, kicker, dek (neither),
                               byline, "In this article" quote chips, the text with a results or
                               index table the text refers to (body, one line per row), <h2>
                               subheadings, a video teaser and the PRO upsell amid the text, the
                               italic "Correction: ..." on some (boilerplate), share tools, the
                               "not investment advice" note, "Market Movers" (a data table: not
                               body), "Trending Now" and the footer; headlines and texts are the
                               site's own (earnings, guidance, ratings, deals, market wraps); URLs
                               /2026/03/07/slug.html; <title> the headline alone (og:site_name
                               has the site)
  weir   health-science-explainer
                               en; a Yoast-like JSON-LD @graph (Article and WebPage, datePublished
                               with offset, dateModified) and the visible date alone ("Written by
                               X on March 7, 2026", no time); a health and science news site
                               (Medical News Today/ScienceAlert-like): menu, breadcrumb, dek
                               (neither), byline, "Medically reviewed by", the image's caption and
                               credit, the "Key takeaways" box (label: neither; items: body), the
                               text with <h2> subheadings, a "Related:" line and the newsletter
                               box amid it, "Editor's note: ..." in <p><em> on some (boilerplate),
                               the "References" list (body), the medical disclaimer, the author's
                               bio, "How we reviewed this article", "Related coverage" and the
                               footer; headlines and texts are the site's own (a study's findings);
                               URLs /articles/NNNNNN-slug; <title> "T | Site"
  weir   mt-classic-weblog     en; the hAtom <abbr class="published" title="2026-03-07T14:30:00-05:00">
                               in the entry footer ("Posted by X on March 7, 2026 02:30 PM"), the
                               date header "Saturday, March 07, 2026" and the trackback RDF's
                               dc:date in an HTML comment; a Movable Type 3.x weblog on local
                               politics: banner with the description, "« previous | Main | next »",
                               the entry (entry-body and the extended entry "entry-more", <h4>
                               subheadings and a <blockquote>: body), the entry footer with
                               Permalink/Comments/TrackBack, the TrackBack block, readers' comments
                               with "Posted by: ...", the moderated "Post a comment" form, the
                               sidebar (About, Search, Recent Posts, Categories, Archives, Blogroll,
                               "Subscribe to this blog's feed", "Powered by Movable Type 3.35") and
                               the Creative Commons footer; URLs /archives/2026/03/slug_words.html;
                               <title> "Site: T"

Every renderer gives every story of its publisher the platform's own URL on first use. The markets
and health renderers give every story of the publisher its own headline and text, drawn only from
the site and the story's place in the publisher's list (the same whichever page renders first); the
others rework the story's text (dateline, lists, quotes) and keep the body within 14 long lines and
250-900 words, so `body`, taken from the story after rendering, has them.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from typing import Any, NamedTuple

from pipeline.synth.prose import Prose, _cap, _w

FAMILIES: dict[str, str] = {
    "id-portal-daerah": "weir",
    "markets-ticker-desk": "weir",
    "health-science-explainer": "weir",
    "mt-classic-weblog": "weir",
}
FAMILY_LANGUAGE: dict[str, str] = {
    "id-portal-daerah": "id",
}
FAMILY_SITE_FORMS: dict[str, tuple[str, ...]] = {
    "id-portal-daerah": ("Warta {p}", "Kabar {p}", "Radar {p}", "Suara {p}", "{p} Terkini", "Berita {p}"),
    "markets-ticker-desk": ("{p} Business Journal", "{p} Markets Daily", "The {p} Investor", "{p} Money Wire",
                            "{p} Street Report"),
    "health-science-explainer": ("{p} Health Report", "The {p} Science Desk", "{p} Medical News",
                                 "{p} Health Wire", "{p} Wellness Today"),
    "mt-classic-weblog": ("{p} Council Watch", "Notes from {p}", "{p} Politics Blog", "Inside {p} Hall",
                          "The {p} Soapbox"),
}


# --- Indonesian --------------------------------------------------------------------------------

ID_FIRST = _w("""Budi Siti Agus Dewi Rina Andi Yusuf Fitri Hendra Wahyu Nur Eko Sri Bambang Indah Rudi
    Lestari Ahmad Putri Dimas Ayu Fajar Rizky Yuni Hadi Ratna Joko Teguh Nining Made Ketut Novi Arif
    Maya Irfan Dedi Wulan Yohanes Maria Agung""")
ID_SURNAMES = _w("""Santoso Wijaya Saputra Hidayat Pratama Kurniawan Setiawan Nugroho Siregar Nasution
    Harahap Lubis Simanjuntak Sembiring Rahman Hakim Susanto Wibowo Gunawan Handayani Purnomo
    Syahputra Hutapea Manurung Panjaitan Permana Hasibuan Suryadi Halim Firmansyah Ramadhan Utomo""")
ID_PLACE_FORMS = (
    ("", "", "", "Tanjung ", "Sungai ", "Muara ", "Suka", "Pasir "),
    _w("jaya maju rejo sari harjo mulya wangi asri makmur agung raya karta sono jati"),
)
ID_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember")
ID_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # Monday first
# (who acts, as the text names it; as a headline names it); "{p}": a place
ID_AGENTS = (
    ("Pemerintah Kabupaten {p}", "Pemkab {p}"),
    ("Pemerintah Kota {p}", "Pemkot {p}"),
    ("DPRD {p}", "DPRD {p}"),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PUPR"),
    ("Dinas Perhubungan", "Dishub"),
    ("Dinas Kesehatan", "Dinkes"),
    ("Dinas Pendidikan", "Disdik"),
    ("Badan Penanggulangan Bencana Daerah", "BPBD"),
    ("Satpol PP", "Satpol PP"),
    ("Polres {p}", "Polres {p}"),
    ("pemerintah desa", "Pemdes"),
    ("pihak kecamatan", "Camat"),
    ("pengembang perumahan", "Pengembang"),
    ("Bupati {p}", "Bupati {p}"),
    ("Wali Kota {p}", "Wali Kota {p}"),
    ("warga setempat", "Warga"),
)
ID_THINGS = (
    "rencana pembangunan jembatan",
    "proyek perbaikan jalan",
    "pengadaan air bersih",
    "pembangunan pasar tradisional",
    "renovasi puskesmas",
    "relokasi pedagang kaki lima",
    "penyaluran bantuan sosial",
    "pembangunan saluran drainase",
    "izin pendirian menara telekomunikasi",
    "rencana tata ruang wilayah",
    "penertiban parkir liar",
    "pengerukan sungai",
    "pembangunan gedung sekolah",
    "kenaikan tarif retribusi sampah",
    "jadwal operasional terminal",
    "perluasan tempat pemakaman umum",
    "rancangan peraturan daerah",
    "pembangunan jalan lingkar",
    "normalisasi saluran irigasi",
    "pengadaan mobil ambulans",
    "penataan alun-alun",
    "program vaksinasi anak",
)
ID_MODS = (
    "yang sempat tertunda",
    "senilai Rp {n} miliar",
    "di Kecamatan {p}",
    "di Desa {p}",
    "tahun ini",
    "yang menuai polemik",
    "yang dikeluhkan warga",
    "di pusat kota",
)
# active (meN-), passive (di-), the bare stem a headline uses
ID_VERBS: tuple[tuple[str, ...], ...] = tuple(
    tuple(w.split(":"))
    for w in _w("""menyetujui:disetujui:Setujui menolak:ditolak:Tolak mengumumkan:diumumkan:Umumkan
    menunda:ditunda:Tunda meresmikan:diresmikan:Resmikan mengkritik:dikritik:Kritik
    menghentikan:dihentikan:Hentikan mengevaluasi:dievaluasi:Evaluasi membahas:dibahas:Bahas
    menganggarkan:dianggarkan:Anggarkan merevisi:direvisi:Revisi meninjau:ditinjau:Tinjau
    mempercepat:dipercepat:Percepat mengusulkan:diusulkan:Usulkan menyoroti:disoroti:Soroti
    melanjutkan:dilanjutkan:Lanjutkan membatalkan:dibatalkan:Batalkan
    memperpanjang:diperpanjang:Perpanjang""")
)
ID_PAST = ("telah", "sudah", "", "", "kembali")
ID_PAST_TIMES = ("pekan lalu", "awal bulan ini", "dalam rapat paripurna", "sejak awal tahun",
                 "dalam rapat dengar pendapat", "beberapa waktu lalu")
ID_FUTURE_TIMES = ("dalam waktu dekat", "tahun depan", "bulan depan", "secara bertahap", "hingga akhir tahun")
ID_SOURCES = (
    "Menurut keterangan polisi",
    "Berdasarkan data Dinas Kesehatan",
    "Menurut data Badan Pusat Statistik (BPS)",
    "Berdasarkan hasil rapat",
    "Menurut sejumlah warga",
    "Dalam keterangan tertulisnya",
    "Berdasarkan pantauan di lapangan",
)
ID_SAYS = ("ujar", "kata", "jelas", "tutur", "ungkap", "terang")
ID_ROLES = (
    "Kepala Dinas PUPR",
    "Camat {p}",
    "Kepala Desa {p}",
    "Ketua RT setempat",
    "anggota Komisi C DPRD {p}",
    "Kapolres {p}",
    "Sekretaris Daerah {p}",
    "seorang warga {p}",
    "pengamat kebijakan publik",
    "Ketua DPRD {p}",
    "Kepala Bidang Bina Marga",
)
ID_SAYINGS = (
    "Kami berharap pemerintah segera turun tangan",
    "Warga sudah lama menunggu kepastian",
    "Ini bukan pertama kalinya terjadi",
    "Kami akan terus memantau perkembangan di lapangan",
    "Anggarannya sudah kami siapkan",
    "Semua pihak harus duduk bersama",
    "Kami minta masyarakat tetap tenang",
)
ID_CONJ = ("sementara", "karena", "setelah", "meskipun", "sehingga")
ID_SUBHEADS = (
    "Tanggapan Warga",
    "Anggaran Membengkak",
    "Langkah Selanjutnya",
    "Kata DPRD",
    "Latar Belakang",
    "Target Rampung",
    "Kendala di Lapangan",
    "Respons Pemerintah Daerah",
)
_ID_SMALL = {"di", "ke", "dari", "dan", "yang", "untuk", "oleh", "dengan", "pada", "tentang"}
_ID_DAY0 = date(2026, 1, 5)


def _id_title(text: str) -> str:
    """Indonesian headline case: every word capitalised but the small ones ("di", "dan", "yang")."""
    return " ".join(w if (n and w in _ID_SMALL) or not w[:1].islower() else _cap(w)
                    for n, w in enumerate(text.split()))


def _join(*parts: str) -> str:
    return " ".join(x for x in parts if x)


class IndonesianProse(Prose):
    """Indonesian regional-news prose (agent-verb-object with the active meN- verb, the passive di-
    form after a fronted source or with "oleh", aspect words agreeing with the time adverbial, quotes
    closed with "ujar"/"kata", the day with its date in parentheses, "Sabtu (7/3/2026)")."""

    lang = "id"

    def day(self) -> str:
        d = _ID_DAY0 + timedelta(days=self.rng.randint(0, 84))
        return f"{ID_WEEKDAYS[d.weekday()]} ({d.day}/{d.month}/{d.year})"

    def agent(self) -> str:
        rng = self.rng
        full, _ = rng.choice(ID_AGENTS)
        if full.startswith("Dinas") and rng.random() < 0.5:
            full += f" {rng.choice(('Kabupaten', 'Kota'))} {{p}}"
        return full.format(p=self.place())

    def thing(self) -> str:
        rng = self.rng
        base = rng.choice(ID_THINGS)
        if rng.random() < 0.5:
            return base
        return f"{base} {rng.choice(ID_MODS).format(p=self.place(), n=rng.randint(2, 48))}"

    def aspect_time(self) -> tuple[str, str]:
        """An aspect word and a time adverbial that agree (the future with a time to come)."""
        rng = self.rng
        if rng.random() < 0.25:
            return "akan", rng.choice(ID_FUTURE_TIMES)
        when = f"pada {self.day()}" if rng.random() < 0.35 else rng.choice(ID_PAST_TIMES)
        return rng.choice(ID_PAST), when

    def sentence(self) -> str:
        rng = self.rng
        act, pas, _ = rng.choice(ID_VERBS)
        obj = self.thing()
        asp, when = self.aspect_time()
        r = rng.random()
        if r < 0.14:
            said = (rng.choice(ID_SAYINGS) if rng.random() < 0.5
                    else _join("Kami", asp if asp != "kembali" else "akan", act, rng.choice(ID_THINGS)))
            tail = f", {self.day()}" if rng.random() < 0.5 else ""
            role = rng.choice(ID_ROLES).format(p=self.place())
            return f"\u201c{said},\u201d {rng.choice(ID_SAYS)} {self.person()}, {role}{tail}."
        if r < 0.28:
            return f"{rng.choice(ID_SOURCES)}, {_join(obj, asp if asp != 'kembali' else 'resmi', pas, when)}."
        if r < 0.46:
            act2, _, _ = rng.choice(ID_VERBS)
            asp2, _ = self.aspect_time()
            return (f"{_cap(_join(self.agent(), asp, act, obj))}, {rng.choice(ID_CONJ)} "
                    f"{_join(self.agent(), asp2, act2, self.thing())}.")
        if r < 0.58:
            n = rng.randint(12, 480)
            return rng.choice((
                f"Anggaran untuk proyek tersebut mencapai Rp {rng.randint(2, 95)},{rng.randint(1, 9)} miliar "
                "dari APBD 2026.",
                f"Sedikitnya {n} warga mendatangi kantor {self.agent()} untuk menyampaikan keluhan mereka.",
                f"Sebanyak {n} kepala keluarga terdampak oleh {obj}.",
                f"Pekerjaan tersebut ditargetkan rampung dalam {rng.randint(2, 11)} bulan ke depan.",
                "Panjang ruas jalan yang rusak diperkirakan mencapai "
                f"{rng.randint(1, 14)},{rng.randint(1, 9)} kilometer.",
            ))
        if r < 0.68:
            return f"Pada {self.day()}, {_join(self.agent(), asp if asp != 'akan' else '', act, obj)}."
        if r < 0.78:
            return f"{_cap(_join(obj, asp if asp != 'kembali' else '', pas, 'oleh', self.agent(), when))}."
        return f"{_cap(_join(self.agent(), asp, act, obj, when))}."

    def title(self) -> str:
        rng = self.rng
        _, pas, stem = rng.choice(ID_VERBS)
        p = self.place()
        short = rng.choice(ID_AGENTS)[1]
        short = short.format(p=p) if "{p}" in short else f"{short} {p}"
        thing = _id_title(rng.choice(ID_THINGS))
        r = rng.random()
        if r < 0.4:
            return f"{short} {stem} {thing}"
        if r < 0.65:
            return f"{thing} di {p} {_cap(pas)}"
        if r < 0.8:
            return f"Warga {p} Keluhkan {thing}"
        if r < 0.9:
            return f"{thing} Molor, {short} Panggil Kontraktor"
        return f"{self.person()}: {_id_title(rng.choice(ID_SAYINGS))}"

    def subheading(self) -> str:
        return self.rng.choice(ID_SUBHEADS)


ID_UI: dict[str, tuple[str, ...]] = {
    "nav": ("Home", "Berita Daerah", "Nasional", "Ekonomi", "Olahraga", "Hiburan", "Gaya Hidup", "Otomotif",
            "Video", "Foto", "Indeks"),
    "sections": ("Daerah", "Pemerintahan", "Ekonomi", "Pendidikan", "Kesehatan", "Hukum", "Peristiwa"),
    "related": ("Berita Terkait", "Berita Lainnya dari {short}", "Terpopuler di {place}", "Pilihan Untukmu"),
    "read_more": ("Baca juga:", "BACA JUGA:", "Simak juga:"),
    "by": ("Penulis:",),
    "desks": ("Reporter", "Kontributor", "Jurnalis", "Redaktur"),
    "share": ("Bagikan artikel ini", "Bagikan"),
    "share_sites": ("WhatsApp", "Facebook", "X", "Telegram", "Salin tautan"),
    "newsletter": (
        "Dapatkan berita pilihan dan terbaru setiap hari langsung di kotak masuk email Anda.",
        "Daftar newsletter gratis dan jangan lewatkan berita penting dari daerah Anda.",
    ),
    "comments": (
        "Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam ketentuan UU ITE.",
        "Komentar yang mengandung SARA dan ujaran kebencian akan dihapus oleh redaksi.",
    ),
    "cookie": (
        "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda dan menampilkan iklan yang relevan.",
        "Dengan melanjutkan, Anda menyetujui penggunaan cookie sesuai kebijakan privasi kami.",
    ),
    "ad": ("ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT",),
    "copyright": (
        "Copyright © {year} {name}. All Rights Reserved.",
        "Hak Cipta © {year} {name}. Seluruh hak cipta dilindungi undang-undang.",
    ),
    "disclaimer": (
        "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas tanpa "
        "izin redaksi {name}.",
    ),
    "tagline": ("Portal berita terpercaya dari {region} sejak {since}",
                "Berita terkini {region} dan sekitarnya"),
    "bio": (
        "{author} adalah jurnalis {name} yang meliput {beat} sejak {since2}.",
        "{author} menulis tentang {beat} untuk {name}. Kirim informasi dan tips ke redaksi.",
    ),
    "beats": ("pemerintahan daerah", "infrastruktur", "kesehatan", "pendidikan", "hukum dan kriminal",
              "ekonomi daerah"),
    "editorial": ("Liputan ini merupakan bagian dari program jurnalisme warga {name}.",),
    "classified": ("Dijual rumah tipe 45 dekat pusat kota, sertifikat hak milik, harga nego.",),
    "subscribe": ("Berlangganan e-paper sekarang juga",),
}
# Western, Central and Eastern Indonesia Time
ID_ZONES = ("Asia/Jakarta", "Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura")
ID_ZONE_LABELS = {"Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA",
                  "Asia/Jayapura": "WIT"}


# --- shared ------------------------------------------------------------------------------------

EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _room(c: Ctx, lines: int = 14, words: int = 900, keep: int = 1) -> None:
    """Keep the story's body within `lines` long lines (merging the last two paragraphs) and `words`
    words (dropping trailing sentences of the longest paragraphs)."""
    s = c.story
    while _count_lines(s) > lines:
        ps = _paras(s)
        i, j = ps[-2], ps[-1]
        s.sentences[i] = s.sentences[i] + s.sentences[j]
        s.blocks[i] = ("p", " ".join(s.sentences[i]))
        del s.blocks[j], s.sentences[j]
    _trim(s, limit=words, keep=keep)


def _clock(dt: datetime, zero: bool = False) -> str:
    """ "2:30 PM" ("02:30 PM" with `zero`)."""
    hour, half = dt.hour % 12 or 12, "AM" if dt.hour < 12 else "PM"
    return f"{hour:02d}:{dt:%M} {half}" if zero else f"{hour}:{dt:%M} {half}"


def _long_date(dt: datetime | date) -> str:
    """ "March 7, 2026"."""
    return f"{MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year}"


def _fill_words(blocks: list[list[str]], pool: list[str], low: int = 260, high: int = 860,
                keep: frozenset[int] = frozenset()) -> None:
    """Paragraphs (lists of sentences) within `low`-`high` words: sentences from `pool` added to the
    middle paragraphs while too short, trailing sentences of the longest dropped while too long; the
    paragraphs in `keep` (one that ends by pointing at a table) are left as they are."""
    def words() -> int:
        return sum(_words(x) for para in blocks for x in para)

    free = [i for i in range(1, len(blocks) - 1) if i not in keep] or [0]
    k = 0
    while words() < low and pool:
        blocks[free[k % len(free)]].append(pool.pop(0))
        k += 1
    while words() > high:
        longest = max((i for i in range(len(blocks)) if i not in keep), key=lambda i: len(blocks[i]))
        if len(blocks[longest]) < 2:
            break
        blocks[longest].pop()


# --- id-portal-daerah --------------------------------------------------------------------------

ID_MENU = ID_UI["nav"]
ID_FOOTER = ("Tentang Kami", "Redaksi", "Pedoman Media Siber", "Kontak Kami", "Info Iklan",
             "Kebijakan Data Pribadi", "Karier")
ID_SOCIAL = ("Facebook", "Instagram", "X", "YouTube", "TikTok")
ID_CAPTIONS = (
    "Suasana rapat paripurna di gedung DPRD {place}",
    "Kondisi jalan rusak di salah satu ruas di {place}",
    "Warga memadati kantor kecamatan di {place}",
    "Petugas meninjau lokasi proyek di {place}",
    "Aktivitas pedagang di pasar tradisional {place}",
)


def _id_brand(pub_name: str) -> str:
    """The dateline's site name ("WARTAMARJAYA.COM")."""
    return _aslug(pub_name).replace("-", "").upper() + ".COM"


def _id_stamp(dt: datetime, tz: str) -> str:
    """ "Sabtu, 7 Maret 2026 14:30 WIB"."""
    day = f"{ID_WEEKDAYS[dt.weekday()]}, {dt.day} {ID_MONTHS[dt.month - 1]} {dt.year}"
    return f"{day} {dt:%H:%M} {ID_ZONE_LABELS[tz]}"


def _id_day(dt: datetime) -> str:
    """ "Sabtu (7/3/2026)"."""
    return f"{ID_WEEKDAYS[dt.weekday()]} ({dt.day}/{dt.month}/{dt.year})"


def render_id_portal_daerah(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    brand = _id_brand(pub.name)
    c.repath(lambda o: f"/{_aslug(o.section)}/read/{o.published:%Y/%m/%d}/"
                       f"{o.published:%H%M%S}{c.stable(f'id-{o.published}').randint(1000, 9999)}/"
                       f"{_aslug(o.title)[:70].strip('-')}")
    # the dateline opens the first paragraph (body); subheadings are bold paragraphs
    city = (place if c.stable(f"id-city-{s.title}").random() < 0.6
            else prose_for("id", c.stable(f"id-city2-{s.title}")).place())
    lead = f"{brand}, {city.upper()} - "
    s.sentences[0] = [lead + s.sentences[0][0], *s.sentences[0][1:]]
    s.blocks[0] = ("p", " ".join(s.sentences[0]))
    s.blocks = [("h", x) if tag in ("h2", "h3") else (tag, x) for tag, x in s.blocks]
    r = c.stable(f"id-synd-{s.title}")
    syndicated = r.random() < 0.4
    _room(c, lines=13 if syndicated else 14, words=870 if syndicated else 900)
    if c.stable(f"id-list-{s.title}").random() < 0.4 and _count_lines(s) <= (10 if syndicated else 14):
        _listify(c, {0})
    if syndicated:
        partner = r.choice(FAMILY_SITE_FORMS["id-portal-daerah"]).format(p=prose_for("id", r).place())
        partner = _aslug(partner).replace("-", "").capitalize() + ".com"
        line = f"Artikel ini telah tayang di {partner} dengan judul \u201c{s.title}\u201d."
        s.blocks.append(("p", line))
        s.sentences.append([line])
    editor = prose_for("id", c.stable(f"id-editor-{c.rng.randint(0, 2)}")).person()
    photographer = prose_for("id", c.stable(f"id-ph-{s.title}")).person()
    lines = [
        "<!DOCTYPE html>",
        '<html lang="id">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} Halaman all - {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(s.sentences[0][0][:160])}">',
        f'<meta name="content_PublishedDate" content="{d:%Y-%m-%d %H:%M:%S}">',
        f'<meta name="content_Category" content="{esc(s.section)}">',
        f'<meta name="content_Author" content="{esc(s.author.name)}">',
        f'<meta name="content_Editor" content="{esc(editor)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:image" content="https://asset.{pub.host}/crop/{_hex(c.rng, 16)}.jpg">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        "</head>",
        '<body class="read-page">',
    ]
    c.snip("Ikuti kami: " + " ".join(ID_SOCIAL))
    lines += [
        '<div class="top-bar"><span>Ikuti kami:</span> '
        + " ".join(f'<a href="https://{_aslug(x)}.example/{pub.host}">{esc(x)}</a>' for x in ID_SOCIAL)
        + "</div>",
        f'<header class="header"><a class="logo" href="/">{esc(pub.name)}</a>',
    ]
    if c.has("tagline"):
        lines.append(f'<p class="header__tagline">{esc(c.snip(pub.tagline))}</p>')
    c.snip(" ".join(ID_MENU[:5]))
    lines += [
        '<nav class="nav"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in ID_MENU],
        "</ul></nav></header>",
    ]
    others = c.pick_others(7)
    hot = others[0]
    c.snip(f"Berita Terkini: {hot.title}")
    lines.append(f'<div class="breaking"><span>Berita Terkini:</span> <a href="{esc(hot.path)}">'
                 f"{esc(hot.title)}</a></div>")
    crumb = ["Home", "Berita Daerah", s.section]
    c.snip(" › ".join(crumb))
    lines.append('<div class="breadcrumb">' + " › ".join(
        f'<a href="/{_aslug(x)}">{esc(x)}</a>' for x in crumb) + "</div>")
    c.snip(f"Penulis: {s.author.name} | Editor: {editor}")
    stamp = c.snip(_id_stamp(d, pub.tz))
    cap = c.stable(f"id-cap-{s.title}").choice(ID_CAPTIONS).format(place=place) + f", {_id_day(d)}."
    credit = f"({brand}/{photographer.upper()})"
    c.snip(f"{cap} {credit}")
    lines += [
        '<main class="container"><div class="col-main"><article class="read">',
        f'<h1 class="read__title">{esc(s.title)}</h1>',
        '<div class="read__info">',
        f'<div class="read__author">Penulis: <a href="/penulis/{_aslug(s.author.name)}">'
        f'{esc(s.author.name)}</a> | Editor: <a href="/editor/{_aslug(editor)}">{esc(editor)}</a></div>',
        f'<div class="read__time">{esc(stamp)}</div>',
        "</div>",
        f'<figure class="photo"><img src="https://asset.{pub.host}/crops/{_hex(c.rng, 20)}.jpg" alt="">'
        '<a class="photo__icon" href="#">Lihat Foto</a>',
        f'<figcaption class="photo__caption">{esc(cap)} <span class="photo__credit">{esc(credit)}</span>'
        "</figcaption></figure>",
    ]
    # paragraphs, the list, and the subheadings as bold paragraphs
    body: list[str] = []
    items: list[str] = []
    for tag, text in [*s.blocks, ("end", "")]:
        if tag != "li" and items:
            body.append("<ul>\n" + "\n".join(f"<li>{x}</li>" for x in items) + "\n</ul>")
            items = []
        if tag == "p":
            body.append(f"<p>{c.inline(text)}</p>")
        elif tag == "li":
            items.append(esc(text))
        elif tag == "h":
            body.append(f"<p><strong>{esc(text)}</strong></p>")
    read = c.stable("id-read").choice(ID_UI["read_more"])
    inserts: list[tuple[int, str]] = []
    for k, o in zip((1, 4), others[1:3], strict=False):
        c.snip(f"{read} {o.title}")
        inserts.append((k, f'<p><strong>{esc(read)}</strong> <a class="inner-link-baca-juga" '
                           f'href="{esc(o.path)}">{esc(o.title)}</a></p>'))
    ad = c.text("ad")
    inserts.append((2, '<div class="ads-on-body"><span class="ads-label">ADVERTISEMENT</span> '
                       f'<span class="ads-scroll">{esc(ad.removeprefix("ADVERTISEMENT "))}</span>'
                       '<div class="ads-slot"></div></div>'))
    wa = c.snip(f"Simak breaking news dan berita pilihan {pub.name} langsung di ponselmu. Pilih saluran "
                "andalanmu akses berita lewat WhatsApp Channel.")
    gnews = c.snip(f"Simak berita dan artikel lainnya dari {pub.name} di Google News")
    tags = [place, s.section, f"Pemkab {place}"]
    c.snip("Tag " + " ".join(tags))
    lines += [
        '<div class="read__content"><div class="clearfix">',
        *_insert_after(body, "<p>", inserts, skip="<p><strong>"),
        "</div></div>",
        f'<div class="read__aside-wa"><p>{esc(wa)}</p><a href="https://whatsapp.example/channel/{pub.host}">'
        "Gabung</a></div>",
        f'<div class="read__gnews"><a href="https://news.google.example/{pub.host}">{esc(gnews)}</a></div>',
        '<div class="tag__article"><h3>Tag</h3> '
        + " ".join(f'<a href="/tag/{_aslug(x)}">{esc(x)}</a>' for x in tags) + "</div>",
        _bar(c, "social--share"),
    ]
    if c.has("disclaimer"):
        lines.append(f'<p class="read__disclaimer">{esc(c.text("disclaimer"))}</p>')
    heading = pub.related_heading
    c.snip(heading)
    lines += [
        f'<section class="related"><h2>{esc(heading)}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[3:7]],
        "</ul></section>",
        f'<section class="comment"><h2>Komentar</h2><p class="comment__notice">{esc(c.text("comments"))}</p>'
        "<button>Tulis komentar</button></section>",
        "</article></div>",
        '<aside class="col-side"><div class="most"><h2>Terpopuler</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in c.pick_others(3)],
        "</ol></div></aside>",
        "</main>",
    ]
    c.snip(" ".join(ID_FOOTER[:4]))
    lines += [
        '<footer class="footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}">{esc(x)}</a></li>' for x in ID_FOOTER],
        "</ul>",
        f'<p class="footer__copy">{esc(c.copyright())}</p>',
        "</footer>",
    ]
    if c.has("cookie"):
        lines.append(f'<div class="cookie-consent"><p>{esc(c.text("cookie"))}</p><button>Setuju</button>'
                     "</div>")
    lines += ["</body>", "</html>"]
    return _j(lines)


# --- markets-ticker-desk -----------------------------------------------------------------------


class Company(NamedTuple):
    name: str
    ticker: str
    what: str  # "the chipmaker"


MK_SUFFIXES = (
    ("Industries", "the industrial group"),
    ("Holdings", "the financial services company"),
    ("Foods", "the packaged-food maker"),
    ("Therapeutics", "the biotech company"),
    ("Semiconductor", "the chipmaker"),
    ("Energy", "the oil and gas producer"),
    ("Logistics", "the freight and logistics company"),
    ("Software", "the software maker"),
    ("Motors", "the automaker"),
    ("Bancorp", "the regional lender"),
    ("Retail", "the retailer"),
    ("Airlines", "the airline"),
    ("Pharmaceuticals", "the drugmaker"),
    ("Mining", "the miner"),
)
MK_BANKS = ("Ridgeway Capital", "Harbor Point Securities", "Kessler & Lowe", "Northfield Partners",
            "Bramwell Research", "Castine Bank", "Whitcombe Brothers", "Alder Street Advisors")
MK_PROVIDERS = ("LSEG", "FactSet", "Visible Alpha")
MK_THEMES = (
    ("inflation data", "the latest consumer price figures"),
    ("jobs data", "a stronger-than-expected jobs report"),
    ("Fed comments", "fresh comments from Federal Reserve officials"),
    ("tariff news", "the latest twists in tariff negotiations"),
    ("bond yields", "a jump in Treasury yields"),
    ("oil prices", "a slide in oil prices"),
    ("earnings", "a heavy week of corporate earnings"),
)
MK_SECTORS = ("Technology", "Energy", "Financial", "Health care", "Utility", "Consumer staples", "Industrial",
              "Real estate")
MK_REASONS = (
    "weaker demand from its largest customers",
    "higher freight and labor costs",
    "a slowdown in orders from China",
    "customers delaying big purchases",
    "the impact of a stronger dollar",
    "softer consumer spending in the holiday quarter",
)
MK_CEO_QUOTES = (
    "We finished the year with strong momentum across all of our businesses",
    "Demand held up better than we expected in the final weeks of the quarter",
    "We are making the investments we need for the next phase of growth",
    "It was a challenging quarter, but our balance sheet remains strong",
    "Our teams executed well in a difficult environment",
)
MK_ANALYST_QUOTES = (  # upbeat, downbeat
    ("We think the selloff is overdone and would be buyers on weakness",
     "The quarter was cleaner than we expected, and guidance looks conservative",
     "Margins remain the key debate, but the trend is moving the right way"),
    ("We see limited upside from here until demand recovers",
     "The valuation already reflects most of the good news",
     "Margins remain the key debate for the stock, and the trend is not encouraging"),
)
MK_THESES = (  # for an upgrade, for a downgrade
    ("the worst of the inventory glut is over", "margins have room to expand next year",
     "new product launches should drive faster growth"),
    ("expectations for the second half look too high", "the stock's valuation no longer reflects the risks",
     "competition is eating into market share"),
)
MK_EVENTS = (
    "the monthly jobs report",
    "the latest inflation figures",
    "the Federal Reserve's policy meeting",
    "retail sales data",
    "a fresh batch of quarterly earnings",
)
MK_WHY = (("an analyst upgrade", "a takeover report"), ("an analyst downgrade", "a profit warning"))
MK_MOVER_WHY = (("a contract win", "a stronger sales update"), ("a broker downgrade", "a product recall"))
MK_CORRECTIONS = (  # a company's story, a market wrap
    ("the company's full-year revenue guidance", "the size of the share buyback", "an analyst's name",
     "the stock's move"),
    ("the Nasdaq Composite's closing level", "the size of the Dow's move", "a strategist's name"),
)
MK_MENU = ("Markets", "Stocks", "Bonds", "Commodities", "Currencies", "Crypto", "Economy", "Personal Finance",
           "Opinion")
MK_FOOTER = ("About Us", "Contact", "Advertise", "Terms of Service", "Privacy Policy", "Data Sources",
             "Corrections")
MK_KICKERS = {"earnings": "Earnings", "guidance": "Markets", "rating": "Analyst Calls", "deal": "Deals",
              "wrap": "Stock Market Today"}


def _mk_companies(c: Ctx) -> list[Company]:
    """The publisher's universe of listed companies (the same on every page)."""
    r = c.stable("mk-companies")
    out: list[Company] = []
    ticks: set[str] = set()
    for stem in r.sample(SURNAMES["en"], 16):
        suffix, what = r.choice(MK_SUFFIXES)
        tick = _ascii(stem).upper()[: r.choice((3, 4))]
        while tick in ticks:
            tick = tick[:3] + r.choice("ABCDEFGHKLMNPRSTVWXZ")
        ticks.add(tick)
        out.append(Company(f"{stem} {suffix}", tick, what))
    return out


def _mk_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    """Story k's headline and the facts its text is written from."""
    r = random.Random(f"{c.pub.host}-mk-{k}-{attempt}")
    co, co2 = r.sample(_mk_companies(c), 2)
    kind = r.choice(("earnings", "earnings", "guidance", "rating", "deal", "wrap"))
    up = r.random() < 0.55
    chg = f"{r.uniform(1.5, 14.9):.1f}"
    f: dict[str, Any] = {"kind": kind, "co": co, "co2": co2, "up": up, "chg": chg,
                         "seed": f"{c.pub.host}-mkb-{k}-{attempt}", "bank": r.choice(MK_BANKS)}
    if kind == "earnings":
        title = (f"{co.name} shares jump {chg}% after quarterly profit tops estimates" if up
                 else f"{co.name} stock slides {chg}% as quarterly revenue misses forecasts")
    elif kind == "guidance":
        f["up"] = False
        title = f"{co.name} cuts full-year outlook, shares fall {chg}%"
    elif kind == "rating":
        title = (f"{f['bank']} upgrades {co.name} to buy, shares rise {chg}%" if up
                 else f"{f['bank']} downgrades {co.name} to sell, shares fall {chg}%")
    elif kind == "deal":
        f["bn"] = f"{r.randint(2, 38)}.{r.randint(1, 9)}"
        title = f"{co.name} agrees to buy {co2.name} in ${f['bn']} billion deal"
    else:
        f["pts"] = r.randint(40, 620)
        f["theme"] = r.choice(MK_THEMES)
        title = f"Dow {'rises' if up else 'falls'} {f['pts']} points as investors weigh {f['theme'][0]}"
    return title, f


def _an(number: str) -> str:
    """The number with its article ("an 8.5", "a 9.5")."""
    return f"{'an' if number.startswith('8') or number.split('.')[0] in ('11', '18') else 'a'} {number}"


def _poss(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _pct(x: float) -> str:
    return f"{x:+.1f}%"


def _mk_text(c: Ctx, f: dict[str, Any]) -> tuple[list[tuple[str, str]], str, list[list[str]]]:
    """The story's blocks ("p", "h2", "row"), its dek and its table (rows of cells, header first)."""
    r = random.Random(f["seed"])
    d = c.story.published
    day = EN_WEEKDAYS[min(d.weekday(), 4)]  # the last session: Friday's on a weekend
    co, co2, up, chg = f["co"], f["co2"], f["up"], f["chg"]
    prov = r.choice(MK_PROVIDERS)
    analyst = prose_for("en", r).person()
    bank = f["bank"]
    ceo = prose_for("en", c.stable(f"mk-ceo-{co.ticker}")).person()
    theme = r.choice(MK_THEMES)[1]
    session = r.choice(("afternoon", "midday", "extended", "morning"))
    rose = "rose" if up else "fell"
    ytd, spx = r.uniform(2, 38), r.uniform(1, 9)
    pt0 = r.randint(30, 240)
    pt = pt0 + r.randint(5, 40) * (1 if up else -1)
    beta = r.choice((r.uniform(0.6, 0.95), r.uniform(1.05, 1.8)))
    analyst_p = (f"\u201c{r.choice(MK_ANALYST_QUOTES[0] if up else MK_ANALYST_QUOTES[1])},\u201d {analyst}, "
                 f"an analyst at {bank}, wrote in a note to clients.")
    target = (f"The firm {'raised' if up else 'cut'} its price target on the stock to ${pt} from ${pt0} and "
              f"kept its {'outperform' if up else 'neutral'} rating.")
    context = (f"Before {day}'s move, the stock had {'gained' if r.random() < 0.5 else 'lost'} {ytd:.1f}% "
               f"this year, compared with {_an(f'{spx:.1f}')}% {'rise' if r.random() < 0.6 else 'decline'} "
               "in the S&P 500.")
    macro = (f"The broader market was {r.choice(('mixed', 'higher', 'lower'))} on {day} as investors weighed "
             f"{theme}.")
    pool = [
        f"Trading volume in {co.name} was roughly {r.randint(2, 6)} times its 30-day average.",
        f"The stock trades at about {r.randint(9, 41)} times forward earnings, "
        f"{'above' if r.random() < 0.5 else 'below'} its five-year average.",
        f"Options traders had priced in a move of about {r.randint(4, 12)}% in either direction.",
        f"{co.name} has a market value of about ${r.randint(2, 180)} billion.",
        f"Of the {r.randint(12, 34)} analysts who cover {co.name}, {r.randint(4, 11)} rate the stock a buy, "
        f"according to {prov}.",
        f"Short interest stands at about {r.uniform(1.5, 12):.1f}% of the shares available for trading, "
        f"according to {prov}.",
        f"{co.name} pays a quarterly dividend of {r.randint(5, 95)} cents a share.",
        "Hedge funds added to their positions in the stock during the fourth quarter, according to "
        "regulatory filings.",
        f"The shares have a beta of about {beta:.1f}, meaning they tend to move "
        f"{'more' if beta > 1 else 'less'} sharply than the broader market.",
    ]
    r.shuffle(pool)
    table: list[list[str]] = []
    paras: list[list[str]] = []
    heads: dict[int, str] = {}
    table_after = -1
    if f["kind"] == "earnings":
        rev = r.uniform(180, 4200)
        g = r.uniform(2, 24) if up else r.uniform(-12, 4)
        prev = rev / (1 + g / 100)
        gm = r.uniform(0.28, 0.62)
        gm0 = gm * (r.uniform(0.9, 0.99) if up else r.uniform(1.01, 1.1))
        om = gm * r.uniform(0.25, 0.5)
        om0 = om * (r.uniform(0.8, 0.97) if up else r.uniform(1.03, 1.2))
        shares = r.uniform(40, 900)
        ni, ni0 = rev * om * 0.76, prev * om0 * 0.76
        eps, eps0 = ni / shares, ni0 / shares
        est = eps * (r.uniform(0.85, 0.97) if up else r.uniform(1.04, 1.18))
        rest = rev * (r.uniform(0.95, 0.99) if up else r.uniform(1.01, 1.06))
        table = [
            ["($m)", "Q4 2025", "Q4 2024", "Change"],
            ["Revenue", f"{rev:,.1f}", f"{prev:,.1f}", _pct((rev / prev - 1) * 100)],
            ["Gross profit", f"{rev * gm:,.1f}", f"{prev * gm0:,.1f}",
             _pct((rev * gm / (prev * gm0) - 1) * 100)],
            ["Operating income", f"{rev * om:,.1f}", f"{prev * om0:,.1f}",
             _pct((rev * om / (prev * om0) - 1) * 100)],
            ["Net income", f"{ni:,.1f}", f"{ni0:,.1f}", _pct((ni / ni0 - 1) * 100)],
            ["EPS, diluted ($)", f"{eps:.2f}", f"{eps0:.2f}", _pct((eps / eps0 - 1) * 100)],
        ]
        paras = [
            [f"Shares of {co.name} ({co.ticker}) {rose} {chg}% on {day} after {co.what} reported "
             f"fourth-quarter results that {'beat' if up else 'fell short of'} Wall Street's expectations.",
             f"It was the stock's biggest one-day {'gain' if up else 'drop'} in more than a year."],
            [f"The company earned ${eps:.2f} a share, against the ${est:.2f} analysts polled by {prov} had "
             "expected.",
             f"Revenue came in at ${rev:,.1f} million, {'above' if rev > rest else 'below'} the "
             f"${rest:,.1f} million consensus estimate."],
            [f"Revenue {'grew' if g > 0 else 'shrank'} {abs(g):.1f}% from a year earlier, and net income "
             f"{'rose' if ni > ni0 else 'fell'} to ${ni:,.1f} million.",
             "The table below shows the main figures from the quarter, compared with the same period a year "
             "earlier."],
            [f"\u201c{r.choice(MK_CEO_QUOTES)},\u201d chief executive {ceo} said in a statement.",
             f"The company also said it would buy back up to ${r.randint(2, 40) * 50:,} million of its "
             "stock."],
            [f"For the current quarter, {co.name} expects revenue of ${rev * 0.93:,.0f} million to "
             f"${rev * 1.01:,.0f} million, {'ahead of' if up else 'short of'} what analysts had forecast.",
             f"Gross margin {'widened' if gm > gm0 else 'narrowed'} to {gm * 100:.1f}% from "
             f"{gm0 * 100:.1f}% a year earlier."],
            [analyst_p, target],
            [context, macro],
        ]
        table_after = 2
        heads = {3: "What management said", 5: "What analysts are saying"}
        dek = (f"{co.name} reported quarterly revenue of ${rev:,.0f} million and gave an outlook that "
               f"{'cheered' if up else 'disappointed'} investors.")
    elif f["kind"] == "guidance":
        a = r.uniform(1.2, 30)
        paras = [
            [f"{co.name} ({co.ticker}) cut its full-year forecast on {day}, citing {r.choice(MK_REASONS)}, "
             f"and its shares fell {chg}% in {session} trading."],
            [f"The company now expects 2026 revenue of ${a:.1f} billion to ${a * 1.04:.1f} billion, down "
             f"from its previous range of ${a * 1.06:.1f} billion to ${a * 1.1:.1f} billion.",
             f"Analysts had been expecting ${a * 1.08:.1f} billion, according to {prov}."],
            [f"\u201c{r.choice(MK_CEO_QUOTES)},\u201d chief executive {ceo} told analysts on a conference "
             "call.",
             f"The company said it would cut about {r.randint(2, 30) * 50} jobs as part of a plan to save "
             f"${r.randint(4, 60) * 5} million a year."],
            [analyst_p, target],
            [context, macro],
        ]
        heads = {3: "Analysts turn cautious"}
        dek = f"The company blamed {r.choice(MK_REASONS)} and announced job cuts."
    elif f["kind"] == "rating":
        paras = [
            [f"{bank} {'upgraded' if up else 'downgraded'} {co.name} ({co.ticker}) to "
             f"{'buy' if up else 'sell'} from {'neutral' if up else 'hold'} on {day}, arguing that "
             f"{r.choice(MK_THESES[0] if up else MK_THESES[1])}.",
             f"The shares {rose} {chg}% in {session} trading."],
            [f"The firm {'raised' if up else 'cut'} its price target to ${pt} from ${pt0}, implying "
             f"{abs(pt - pt0) * 100 // pt0}% {'upside' if up else 'downside'} from the previous close."],
            [analyst_p, f"{analyst.split()[-1]} said {co.what} was {'better' if up else 'worse'} placed "
                        f"than its rivals to deal with {r.choice(MK_REASONS)}."],
            [f"{co.name} reported fourth-quarter results {r.randint(2, 7)} weeks ago, with revenue of "
             f"${r.uniform(180, 4200):,.1f} million and earnings of ${r.uniform(0.2, 4.5):.2f} a share.",
             f"At the time, management said it expected {r.choice(MK_REASONS)} to weigh on the first half "
             "of the year."],
            [f"{analyst} has covered {co.name} since {r.randint(2012, 2022)}, and the firm's previous call "
             f"on the stock was a {'neutral' if up else 'hold'} rating with a ${pt0} price target."],
            [context, macro],
        ]
        heads = {2: "The bull case" if up else "The bear case"}
        dek = f"{bank} says {r.choice(MK_THESES[0] if up else MK_THESES[1])}."
    elif f["kind"] == "deal":
        px = r.randint(18, 140)
        paras = [
            [f"{co.name} ({co.ticker}) agreed to buy {co2.name} ({co2.ticker}) for about ${f['bn']} billion "
             f"in cash and stock, the companies said on {day}."],
            [f"{co2.name} shareholders will receive ${px} a share, a premium of {r.randint(18, 55)}% to the "
             "stock's previous closing price.",
             f"{co2.name} shares jumped {r.randint(12, 40)}% in {session} trading, while {co.name} shares "
             f"{rose} {chg}%."],
            ["The deal, which has been approved by both boards, is expected to close in the "
             f"{r.choice(('first', 'second'))} half of 2026, subject to regulatory approval."],
            [f"\u201c{r.choice(MK_CEO_QUOTES)},\u201d {co.name} chief executive {ceo} said in a statement.",
             f"The combined company would have annual revenue of about ${r.randint(3, 60)} billion and "
             f"employ roughly {r.randint(4, 90) * 1000:,} people."],
            [analyst_p, f"The companies expect cost savings of ${r.randint(6, 80) * 5} million a year by the "
             "third year after closing."],
            [context, macro],
        ]
        heads = {2: "Deal terms"}
        dek = f"{co2.name} shareholders will receive ${px} a share in cash and stock."
    else:
        pts, up = f["pts"], f["up"]
        dow = r.uniform(36000, 44000)
        sp, nd, ru = r.uniform(4800, 6100), r.uniform(15000, 19500), r.uniform(1900, 2400)
        dsign = 1 if up else -1
        spc, ndc, ruc = (dsign * r.uniform(0.05, 1.6), r.uniform(-1.8, 1.8), r.uniform(-2, 2))
        table = [
            ["Index", "Close", "Change", "% change"],
            ["Dow Jones", f"{dow:,.2f}", f"{dsign * pts:+.2f}", f"{dsign * pts / dow * 100:+.2f}%"],
            ["S&P 500", f"{sp:,.2f}", f"{sp * spc / 100:+.2f}", f"{spc:+.2f}%"],
            ["Nasdaq Composite", f"{nd:,.2f}", f"{nd * ndc / 100:+.2f}", f"{ndc:+.2f}%"],
            ["Russell 2000", f"{ru:,.2f}", f"{ru * ruc / 100:+.2f}", f"{ruc:+.2f}%"],
        ]
        s1, s2 = r.sample(MK_SECTORS, 2)
        mover_up = r.random() < 0.5
        paras = [
            [f"U.S. stocks {'rose' if up else 'fell'} on {day}, with the Dow Jones Industrial Average "
             f"{'gaining' if up else 'losing'} {pts} points, as investors weighed {f['theme'][1]}."],
            [f"The S&P 500 {'rose' if spc > 0 else 'fell'} {abs(spc):.2f}% and the Nasdaq Composite "
             f"{'added' if ndc > 0 else 'shed'} {abs(ndc):.2f}%.",
             "The table below shows where the major indexes finished the session."],
            [f"{s1} shares led the market {'higher' if up else 'lower'}, while {s2.lower()} stocks lagged.",
             f"Shares of {co.name} {rose} {chg}% after "
             f"{r.choice(MK_WHY[0] if up else MK_WHY[1])}."],
            [f"\u201c{r.choice(MK_ANALYST_QUOTES[0] if up else MK_ANALYST_QUOTES[1])},\u201d said "
             f"{analyst}, chief market strategist at {bank}.",
             f"{analyst.split()[-1]} said the market's recent gains had left little room for "
             "disappointment."],
            [f"Among other movers, {co2.name} {'rose' if mover_up else 'fell'} {r.uniform(1, 9):.1f}% after "
             f"{r.choice(MK_MOVER_WHY[0] if mover_up else MK_MOVER_WHY[1])}.",
             f"{co2.name} had {'gained' if r.random() < 0.5 else 'lost'} ground in each of the previous "
             f"{r.randint(2, 5)} sessions."],
            [f"The yield on the 10-year Treasury note {'rose' if r.random() < 0.5 else 'fell'} to "
             f"{r.uniform(3.6, 4.9):.2f}%.",
             f"Oil prices {'rose' if r.random() < 0.5 else 'fell'}, with West Texas Intermediate crude "
             f"settling at ${r.uniform(58, 92):.2f} a barrel."],
            [f"Investors will turn next week to {r.choice(MK_EVENTS)}, which could shape expectations for "
             "the Federal Reserve's next move."],
        ]
        pool = [
            f"Roughly {r.uniform(9, 17):.1f} billion shares changed hands on U.S. exchanges, "
            f"{'above' if r.random() < 0.5 else 'below'} the 20-day average.",
            f"Advancing issues {'outnumbered' if up else 'trailed'} decliners by a ratio of "
            f"{r.uniform(1.2, 3.1):.1f} to 1 on the New York Stock Exchange.",
            f"The Cboe Volatility Index, Wall Street's fear gauge, {'eased' if up else 'climbed'} to "
            f"{r.uniform(12, 27):.1f}.",
            f"Gold {'rose' if r.random() < 0.5 else 'fell'} to ${r.randint(2300, 3100):,} an ounce.",
            f"The dollar {'strengthened' if r.random() < 0.5 else 'weakened'} against a basket of major "
            "currencies.",
            f"The S&P 500 is {'up' if r.random() < 0.6 else 'down'} {r.uniform(0.5, 9):.1f}% so far this "
            f"year, while the Nasdaq has {'gained' if r.random() < 0.6 else 'lost'} "
            f"{r.uniform(0.5, 12):.1f}%.",
            f"Trading was {'lighter' if r.random() < 0.5 else 'heavier'} than usual ahead of "
            f"{r.choice(MK_EVENTS)}.",
            "Treasury yields had climbed earlier in the week after a weak auction of 30-year bonds.",
            "Defensive sectors such as utilities and consumer staples held up better than the broader "
            "market.",
        ]
        table_after = 1
        heads = {5: "Bonds and commodities"}
        dek = f"Investors weighed {f['theme'][1]} ahead of {r.choice(MK_EVENTS)}."
    paras[-1:-1] = _mk_extras(c, f, r)
    _fill_words(paras, pool, low=r.randint(270, 560), high=860, keep=frozenset({table_after}))
    blocks: list[tuple[str, str]] = []
    show_heads = r.random() < 0.6
    for i, para in enumerate(paras):
        if show_heads and i in heads:
            blocks.append(("h2", heads[i]))
        blocks.append(("p", " ".join(para)))
        if i == table_after:
            blocks += [("row", " ".join(row)) for row in table]
    return blocks, dek, table


def _mk_extras(c: Ctx, f: dict[str, Any], r: random.Random) -> list[list[str]]:
    """One to three paragraphs of background (the company and its rivals, or the wider markets)."""
    co = f["co"]
    d = c.story.published
    prov = r.choice(MK_PROVIDERS)
    up = f["up"]
    p1, p2 = r.sample([x for x in _mk_companies(c) if x not in (co, f["co2"])], 2)
    if f["kind"] == "wrap":
        extras = [
            [f"In Europe, the pan-European Stoxx 600 closed {r.uniform(0.1, 1.4):.1f}% "
             f"{'higher' if r.random() < 0.5 else 'lower'}, while Japan's Nikkei 225 "
             f"{'rose' if r.random() < 0.5 else 'fell'} {r.uniform(0.1, 2.1):.1f}% overnight.",
             "Chinese stocks were little changed after the latest factory data came in roughly in line with "
             "forecasts."],
            [f"About {r.randint(62, 81)}% of the S&P 500 companies that have reported quarterly results so "
             f"far have beaten analysts' profit estimates, according to {prov}.",
             f"Earnings for the index are expected to grow {r.uniform(3, 14):.1f}% this year."],
            [f"Bitcoin traded around ${r.randint(52, 98) * 1000:,}, {'up' if r.random() < 0.5 else 'down'} "
             f"{r.uniform(0.5, 4.5):.1f}% from a day earlier.",
             "Crypto-linked stocks moved in the same direction as the token."],
            [f"Traders in fed funds futures are pricing in about a {r.randint(15, 85)}% chance of a rate "
             "cut at the central bank's next meeting, according to CME Group data.",
             f"{prose_for('en', r).person()}, a portfolio manager at {r.choice(MK_BANKS)}, said investors "
             "were \u201cstill looking for a reason to take risk off the table.\u201d"],
        ]
    else:
        extras = [
            [f"Shares of rivals {p1.name} and {p2.name} {'rose' if up else 'fell'} "
             f"{r.uniform(0.3, 4.5):.1f}% and {r.uniform(0.2, 3.8):.1f}%, respectively.",
             f"Investors often read {_poss(co.name)} results as a guide to demand across the industry."],
            [f"The stock is still down about {r.randint(12, 55)}% from the record high it reached in "
             f"{r.randint(2019, 2024)}.",
             f"It has {'risen' if r.random() < 0.5 else 'fallen'} in {r.randint(3, 8)} of the past ten "
             "trading sessions."],
            [f"{co.name} ended the quarter with ${r.uniform(0.4, 9):.1f} billion in cash and "
             f"${r.uniform(0.5, 14):.1f} billion of long-term debt.",
             f"The company employs about {r.randint(3, 80) * 1000:,} people and operates in more than "
             f"{r.randint(8, 60)} countries."],
            [f"{co.name} is due to hold its annual shareholder meeting in "
             f"{MONTHS['en'][(d.month + 2) % 12]}, where management has said it will update investors on its "
             "long-term targets.",
             "Several large shareholders have pushed the board to return more cash through dividends."],
        ]
    r.shuffle(extras)
    return extras[: r.randint(1, 3)]


def _mk_stamp(dt: datetime) -> str:
    """ "Sat, Mar 7 2026 2:30 PM EST"."""
    return f"{dt:%a}, {dt:%b} {dt.day} {dt.year} {_clock(dt)} {dt.tzname()}"


def render_markets_ticker_desk(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    f = _retitle(c, _mk_plan)
    c.repath(lambda o: f"/{o.published:%Y/%m/%d}/{_aslug(o.title)[:70].strip('-')}.html")
    blocks, dek, table = _mk_text(c, f)
    s.blocks = blocks
    s.sentences = [[t] if tag == "p" else [] for tag, t in blocks]
    updated = d + timedelta(minutes=c.rng.randint(20, 400)) if c.rng.random() < 0.55 else None
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "description": dek,
        "datePublished": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "dateModified": (updated or d).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "author": [{"@type": "Person", "name": s.author.name}],
        "publisher": {"@type": "Organization", "name": pub.name},
        "articleSection": MK_KICKERS[f["kind"]],
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)}</title>",
        f'<meta name="description" content="{esc(dek)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        f'<meta property="og:site_name" content="{esc(pub.name)}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{esc(c.url())}">',
        f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>',
        "</head>",
        '<body class="story-page">',
    ]
    # the quote ticker: values of the moment, different on every page
    r = c.rng
    quotes = [("DJIA", r.uniform(36000, 44000)), ("S&P 500", r.uniform(4800, 6100)),
              ("NASDAQ", r.uniform(15000, 19500)), ("RUT", r.uniform(1900, 2400)), ("VIX", r.uniform(11, 28)),
              ("US 10-YR", r.uniform(3.6, 4.9)), ("CRUDE", r.uniform(58, 92)),
              ("GOLD", r.uniform(2300, 3100)), ("EUR/USD", r.uniform(1.02, 1.16))]
    items = [(n, f"{v:,.2f}", f"{r.uniform(-1.9, 1.9):+.2f}%") for n, v in quotes]
    c.snip(" ".join(" ".join(x) for x in items[:3]))
    delayed = c.snip("Quotes delayed at least 15 minutes")
    lines += [
        '<div class="ticker-strip"><ul>',
        *[f'<li><a href="/quotes/{_aslug(n)}"><span class="sym">{esc(n)}</span> '
          f'<span class="last">{v}</span> '
          f'<span class="{"up" if ch[0] == "+" else "down"}">{ch}</span></a></li>' for n, v, ch in items],
        f'</ul><span class="ticker-note">{esc(delayed)}</span></div>',
        f'<header class="site-header"><a class="logo" href="/">{esc(pub.name)}</a>',
        '<nav class="site-nav">' + " ".join(f'<a href="/{_aslug(x)}/">{esc(x)}</a>' for x in MK_MENU)
        + "</nav>",
        '<a class="sign-in" href="/signin">Sign In</a> <a class="subscribe" href="/pro">Subscribe</a>',
        "</header>",
    ]
    c.snip(" ".join(MK_MENU[:5]))
    kicker = MK_KICKERS[f["kind"]]
    published = c.snip(f"Published {_mk_stamp(d)}")
    chips = [f["co"]] + ([f["co2"]] if f["kind"] == "deal" else [])
    lines += [
        '<main><article class="ArticleBody">',
        f'<a class="kicker" href="/{_aslug(kicker)}/">{esc(kicker)}</a>',
        f'<h1 class="ArticleHeader-headline">{esc(s.title)}</h1>',
        f'<p class="ArticleHeader-dek">{esc(dek)}</p>',
        '<div class="ArticleHeader-byline">',
        f'<a class="Author-name" href="/author/{_aslug(s.author.name)}/">{esc(s.author.name)}</a>',
        f'<time class="published" data-testid="published-timestamp">{esc(published)}</time>',
    ]
    if updated:
        lines.append(f'<time class="updated">{esc(c.snip(f"Updated {_mk_stamp(updated)}"))}</time>')
    lines += [
        "</div>",
        '<div class="QuoteChips"><span>In this article</span> '
        + " ".join(f'<a href="/quotes/{x.ticker}">{x.ticker}</a> <span>{r.uniform(-9, 9):+.2f}%</span>'
                   for x in chips) + "</div>",
        _bar(c, "ShareTools"),
    ]
    body: list[str] = []
    rows: list[str] = []
    nrow = 0
    for tag, text in [*blocks, ("end", "")]:
        if tag != "row" and rows:
            body.append('<table class="data-table">\n' + "\n".join(rows) + "\n</tbody></table>")
            rows = []
        if tag == "p":
            body.append(f'<p class="group">{c.inline(text)}</p>')
        elif tag == "h2":
            body.append(f'<h2 class="ArticleBody-subtitle">{esc(text)}</h2>')
        elif tag == "row":
            cells = table[nrow]
            cell = "th" if nrow == 0 else "td"
            row = "<tr>" + "\n".join(f"<{cell}>{esc(x)}</{cell}>" for x in cells) + "</tr>"
            rows.append(f"<thead>{row}</thead><tbody>" if nrow == 0 else row)
            nrow += 1
    others = c.pick_others(11)
    sector = c.stable("mk-video").choice(MK_SECTORS).lower()
    video = c.snip(f"Here's what to watch in {sector} stocks this week")
    mins = c.rng.randint(1, 9)
    upsell = c.snip(f"Unlock unlimited access to {pub.name} PRO: real-time data, analyst picks and more.")
    inserts = [
        (1, f'<div class="InlineVideo"><span class="label">VIDEO</span> <span class="duration">'
            f'{mins:02d}:{c.rng.randint(0, 59):02d}</span> <a href="/video/">{esc(video)}</a></div>'),
        (3, f'<div class="ProPromo"><p>{esc(upsell)}</p><a href="/pro/">Start free trial</a></div>'),
    ]
    lines += [
        '<div class="ArticleBody-articleBody">',
        *_insert_after(body, '<p class="group">', inserts),
    ]
    if c.stable(f"mk-correction-{s.title}").random() < 0.3:
        what = c.stable(f"mk-corr-what-{s.title}").choice(MK_CORRECTIONS[f["kind"] == "wrap"])
        fix = c.snip(f"Correction: An earlier version of this story misstated {what}.")
        lines.append(f'<p class="correction"><em>{esc(fix)}</em></p>')
    advice = c.snip(f"This article is for information only and is not investment advice. {pub.name} does not "
                    "recommend buying or selling any security.")
    movers = c.stable("mk-movers").sample(_mk_companies(c), 5)
    mv = [(x, f"{c.rng.uniform(-14, 14):+.2f}%") for x in movers]
    for x, ch in mv:
        c.snip(f"{x.name} {x.ticker} {ch}")
    dont = c.snip(f"Don't miss these insights from {pub.name} PRO")
    lines += [
        "</div>",
        f'<p class="disclaimer">{esc(advice)}</p>',
        f'<section class="RelatedContent"><h2>{esc(dont)}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[:3]],
        "</ul></section>",
        "</article>",
        '<aside class="rail"><div class="MarketMovers"><h2>Market Movers</h2><table><tbody>',
        *[f'<tr><td><a href="/quotes/{x.ticker}">{esc(x.name)}</a></td>\n<td>{x.ticker}</td>\n'
          f"<td>{ch}</td></tr>" for x, ch in mv],
        "</tbody></table></div>",
        '<div class="TrendingNow"><h2>Trending Now</h2><ol>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[3:8]],
        "</ol></div></aside>",
        "</main>",
    ]
    c.snip("Data is a real-time snapshot. Data is delayed at least 15 minutes.")
    c.snip("Global business and financial news, stock quotes, and market data and analysis.")
    c.snip(" ".join(MK_FOOTER[:4]))
    lines += [
        '<footer class="SiteFooter">',
        "<p>Data is a real-time snapshot. Data is delayed at least 15 minutes.</p>",
        "<p>Global business and financial news, stock quotes, and market data and analysis.</p>",
        "<ul>" + "".join(f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>\n' for x in MK_FOOTER) + "</ul>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    if c.has("cookie"):
        lines.append(f'<div class="cookie-banner"><p>{esc(c.text("cookie"))}</p><button>Accept</button>'
                     "</div>")
    lines += ["</body>", "</html>"]
    return _j(lines)


# --- health-science-explainer ------------------------------------------------------------------

# (headline form, how the text names it, the behaviour ("people who ..."), its direction, its domain)
HX_EXPOSURES = (
    ("Daily walking", "daily walking", "walked at least 7,000 steps a day", "lower", "activity"),
    ("A Mediterranean diet", "a Mediterranean-style diet", "followed a Mediterranean-style diet most closely",
     "lower", "diet"),
    ("Drinking green tea", "drinking green tea", "drank two or more cups of green tea a day", "lower",
     "diet"),
    ("Regular sauna use", "regular sauna use", "used a sauna four or more times a week", "lower", "activity"),
    ("Eating more fiber", "a high-fiber diet", "ate the most fiber", "lower", "diet"),
    ("Strength training", "strength training", "did muscle-strengthening exercise twice a week", "lower",
     "activity"),
    ("Ultra-processed food", "eating ultra-processed food", "ate the most ultra-processed food", "higher",
     "diet"),
    ("Poor sleep", "poor sleep", "slept fewer than six hours a night", "higher", "sleep"),
    ("Long screen time", "long daily screen time", "spent more than four hours a day in front of screens",
     "higher", "activity"),
    ("Living near green space", "living near green space", "lived closest to parks and green spaces", "lower",
     "activity"),
    ("Added sugar", "added sugar", "got more than 10% of their calories from added sugar", "higher", "diet"),
    ("Loneliness", "loneliness", "reported feeling lonely most of the time", "higher", "sleep"),
)
HX_OUTCOMES = ("type 2 diabetes", "heart disease", "dementia", "depression", "high blood pressure", "stroke",
               "colorectal cancer", "chronic kidney disease")
HX_POPULATIONS = (
    ("older adults", "adults aged 60 and over"),
    ("middle-aged women", "women aged 45 to 64"),
    ("people with obesity", "adults with a body mass index of 30 or more"),
    ("young adults", "adults aged 18 to 35"),
    ("night-shift workers", "people who regularly worked night shifts"),
    ("people with prediabetes", "adults with raised blood sugar"),
)
HX_JOURNALS = ("JAMA Network Open", "The BMJ", "Neurology", "Diabetes Care", "Circulation",
               "The Lancet Healthy Longevity", "Nature Medicine", "PLOS Medicine", "BMC Public Health")
HX_INSTITUTIONS = ("the University of {p}", "{p} Medical School", "the {p} Institute of Public Health",
                   "{p} University Hospital", "the {p} Centre for Population Health")
HX_SUBGROUPS = ("people who had never smoked", "participants with a family history of the disease",
                "those with lower incomes", "participants who were also physically active")
HX_BIOS = (
    "{author} is a health writer at {name}. {first} covers {beat} and previously worked as a nurse.",
    "{author} is a science journalist at {name} who writes about {beat}. {first} holds a master's degree "
    "in public health.",
    "{author} reports on {beat} for {name}. Before joining the team, {first} was a research assistant in "
    "epidemiology.",
)
HX_BEATS = ("nutrition research", "heart health", "brain health and aging", "diabetes and metabolism",
            "mental health", "sleep science")
HX_SPECIALTIES = ("cardiologist", "epidemiologist", "neurologist", "registered dietitian", "endocrinologist",
                  "professor of public health")
HX_LEAD_QUOTES = (
    "We were surprised by how consistent the association was across different groups",
    "This is an easy change that most people can make without any special equipment",
    "Our findings suggest that small daily habits add up over time",
    "The effect was there even after we accounted for diet, smoking and income",
)
HX_EXPERT_QUOTES = (
    "It is a well-designed study, but people should not read too much into a single result",
    "The findings fit with what we already know from earlier research",
    "I would like to see this tested in a randomized trial before we change our advice",
    "It is a reminder that prevention starts long before symptoms appear",
)
HX_GUIDELINES = {
    "activity": "World Health Organization. WHO guidelines on physical activity and sedentary behaviour. "
                "Geneva: World Health Organization; 2020.",
    "diet": "U.S. Department of Agriculture and U.S. Department of Health and Human Services. Dietary "
            "Guidelines for Americans, 2020-2025. 9th ed. Washington, DC; 2020.",
    "sleep": "Watson NF, Badr MS, Belenky G, et al. Recommended amount of sleep for a healthy adult: a joint "
             "consensus statement. Sleep. 2015;38(6):843-844.",
}
HX_ADVICE = {
    "activity": "Current guidelines recommend at least 150 minutes of moderate physical activity a week, "
                "along with muscle-strengthening exercise on two or more days.",
    "diet": "Dietary guidelines recommend filling half the plate with vegetables and fruit and limiting "
            "foods high in added sugar, salt and saturated fat.",
    "sleep": "Most adults need seven or more hours of sleep a night, and doctors advise talking to a "
             "clinician about sleep problems that last more than a few weeks.",
}
HX_MECHANISMS = {
    "activity": ("Regular movement improves how the body handles blood sugar and lowers inflammation, which "
                 "may explain part of the link.",
                 "Physical activity also helps keep blood vessels flexible and blood pressure in check."),
    "diet": ("What people eat shapes the bacteria in the gut, which in turn influence inflammation and "
             "metabolism throughout the body.",
             "Foods high in fiber and low in added sugar tend to keep blood sugar steadier after meals."),
    "sleep": ("Sleep and social contact both affect stress hormones such as cortisol, which can raise blood "
              "pressure and blood sugar over time.",
              "Poor sleep has been tied to higher levels of inflammation in several earlier studies."),
}
HX_MENU = ("Health Conditions", "Nutrition", "Fitness", "Mental Health", "Science", "Health News",
           "Newsletters")
HX_FOOTER = ("About Us", "Medical Review Board", "Editorial Policy", "Advertising Policy", "Privacy Policy",
             "Contact Us")
HX_CAPTIONS = (
    "Researchers looked at the daily habits of thousands of people over many years.",
    "A new study adds to the evidence on everyday habits and long-term health.",
    "Experts say the findings need to be confirmed in a randomized trial.",
)
HX_CREDITS = ("Image credit: Getty Images", "Image credit: Stocksy", "Image credit: Adobe Stock")
HX_CREDENTIALS = ("MD", "MD, MPH", "PhD, RD", "DO")


def _hx_initials(name: str) -> str:
    """ "Okafor A" for "Amara Okafor" (the Vancouver style of a reference)."""
    first, last = name.split()[0], name.split()[-1]
    return f"{last} {first[0]}"


def _hx_plan(c: Ctx, k: int, attempt: int) -> tuple[str, dict[str, Any]]:
    r = random.Random(f"{c.pub.host}-hx-{k}-{attempt}")
    exp = r.choice(HX_EXPOSURES)
    outcome = r.choice(HX_OUTCOMES)
    pop = r.choice(HX_POPULATIONS)
    years = r.randint(5, 24)
    if r.random() < 0.65:
        title = f"{exp[0]} linked to {exp[3]} risk of {outcome} in {pop[0]}, study finds"
    else:
        verb = "may raise" if exp[3] == "higher" else "may cut"
        title = f"{exp[0]} {verb} {outcome} risk, {years}-year study suggests"
    return title, {"exp": exp, "outcome": outcome, "pop": pop, "years": years,
                   "seed": f"{c.pub.host}-hxb-{k}-{attempt}"}


def _hx_text(c: Ctx, f: dict[str, Any]) -> tuple[list[tuple[str, str]], str]:
    """The story's blocks ("li" takeaways, "p", "h2", "ref"), and its dek."""
    r = random.Random(f["seed"])
    head, name, does, way, domain = f["exp"]
    outcome, (pop, pop_long), years = f["outcome"], f["pop"], f["years"]
    n = r.randint(8, 480) * 1000 + r.randint(0, 999)
    cases = n * r.randint(3, 14) // 100
    pct = r.randint(8, 41)
    journal = r.choice(HX_JOURNALS)
    inst = r.choice(HX_INSTITUTIONS).format(p=prose_for("en", r).place())
    inst2 = r.choice(HX_INSTITUTIONS).format(p=prose_for("en", r).place())
    lead = prose_for("en", r).person()
    expert = prose_for("en", r).person()
    authors = [lead, *(prose_for("en", r).person() for _ in range(3))]
    y1 = r.randint(1993, 2012)
    less = "less" if way == "lower" else "more"
    takeaways = [
        f"Researchers followed {n:,} {pop_long} for an average of {years} years.",
        f"People who {does} had a {pct}% {way} risk of developing {outcome}.",
        r.choice(("The study was observational and cannot prove that one causes the other.",
                  "Experts say the findings add to the evidence but should not change advice on their own.")),
    ]
    paras = [
        [f"A new study published in {journal} suggests that {pop} who {does} may be {less} likely to develop "
         f"{outcome}.",
         f"The research, led by scientists at {inst}, followed {n:,} people for an average of {years} "
         "years."],
        [f"Participants were recruited between {y1} and {y1 + r.randint(3, 9)} and answered detailed "
         f"questionnaires about their {'diet' if domain == 'diet' else 'daily habits'} and health.",
         f"The researchers then tracked diagnoses of {outcome} using hospital records and national health "
         "registries.",
         "They adjusted their results for factors such as age, smoking, income and body mass index."],
        [f"Over the follow-up period, {cases:,} participants developed {outcome}.",
         f"Those who {does} had a {pct}% {way} risk than those in the comparison group, even after "
         "accounting for other health factors.",
         f"The link was {r.choice(('stronger', 'weaker', 'similar'))} among "
         f"{r.choice(HX_SUBGROUPS)}."],
        [f"\u201c{r.choice(HX_LEAD_QUOTES)},\u201d said {lead}, "
         f"{r.choice(('an associate professor', 'a senior researcher', 'a professor of epidemiology'))} at "
         f"{inst} and the study's lead author."],
        ["The study had several limitations.",
         f"Because it was observational, it cannot show that {name} directly "
         f"{'raises' if way == 'higher' else 'lowers'} the risk of {outcome}.",
         "Participants reported their own habits, which may not always be accurate."],
        [f"{expert}, a {r.choice(HX_SPECIALTIES)} at {inst2} who was not involved in the research, said the "
         "results were worth taking seriously.",
         f"\u201c{r.choice(HX_EXPERT_QUOTES)},\u201d {expert.split()[-1]} said."],
        [HX_ADVICE[domain]],
    ]
    pool = [
        f"The average age of the participants at the start of the study was {r.randint(38, 71)}.",
        f"About {r.randint(40, 62)}% of the participants were women.",
        "The study was funded by national research grants, and the authors reported no conflicts of "
        "interest.",
        "The researchers also saw a dose-response pattern, with the strongest association in the top group.",
    ]
    heads = {1: "How the study worked", 2: "What the results showed", 4: "Limitations",
             6: "What this means for you"}
    if r.random() < 0.5:  # why it might work: a paragraph after the lead author's
        paras.insert(4, [r.choice(HX_MECHANISMS[domain]),
                         "Earlier studies in animals and small groups of volunteers have pointed the same "
                         f"way, {lead.split()[-1]} said, but the mechanisms behind the link with "
                         f"{outcome} are still being worked out."])
        heads = {1: heads[1], 2: heads[2], 5: heads[4], 7: heads[6]}
    _fill_words(paras, pool, low=r.randint(200, 380), high=640)
    show = r.random() < 0.75
    blocks: list[tuple[str, str]] = [("li", x) for x in takeaways]
    for i, para in enumerate(paras):
        if show and i in heads:
            blocks.append(("h2", heads[i]))
        blocks.append(("p", " ".join(para)))
    vol, iss, p1 = r.randint(4, 52), r.randint(1, 12), r.randint(10, 980)
    refs = [
        f"{', '.join(_hx_initials(a) for a in authors[:3])}, et al. {head} and risk of {outcome} among "
        f"{pop}: a prospective cohort study. {journal}. 2026;{vol}({iss}):{p1}-{p1 + r.randint(6, 14)}. "
        f"doi:10.{r.randint(1000, 9999)}/{_hex(r, 8)}",
        HX_GUIDELINES[domain],
    ]
    if r.random() < 0.5:
        a, b = prose_for("en", r).person(), prose_for("en", r).person()
        refs.append(f"{_hx_initials(a)}, {_hx_initials(b)}. {_cap(name)} and long-term health outcomes: a "
                    f"systematic review. {r.choice(HX_JOURNALS)}. {r.randint(2016, 2025)};{r.randint(3, 60)}:"
                    f"{r.randint(100, 900)}.")
    blocks.append(("h2", "References"))
    blocks += [("ref", x) for x in refs]
    dek = f"The {years}-year study adds to a growing body of research on {name} and {outcome}."
    return blocks, dek


def render_health_science_explainer(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    f = _retitle(c, _hx_plan)
    c.repath(lambda o: f"/articles/{c.stable(f'hx-{o.published}').randint(300000, 399999)}-"
                       f"{_aslug(o.title)[:60].strip('-')}")
    blocks, dek = _hx_text(c, f)
    s.blocks = blocks
    s.sentences = [[t] if tag == "p" else [] for tag, t in blocks]
    modified = d + timedelta(days=c.rng.randint(0, 3), hours=c.rng.randint(1, 9))
    url = c.url()
    person = f"http://{pub.host}/#/schema/person/{_hex(c.stable(s.author.name), 12)}"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url}, "headline": s.title,
             "author": {"@id": person},
             "datePublished": c.iso(), "dateModified": modified.isoformat(timespec="seconds"),
             "articleSection": ["Health News"], "inLanguage": "en-US"},
            {"@type": "WebPage", "@id": url, "url": url, "name": f"{s.title} | {pub.name}",
             "datePublished": c.iso(), "dateModified": modified.isoformat(timespec="seconds")},
            {"@type": "Person", "@id": person, "name": s.author.name},
        ],
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en-US">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(s.title)} | {esc(pub.name)}</title>",
        f'<meta name="description" content="{esc(dek)}">',
        f'<meta property="og:title" content="{esc(s.title)}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{esc(url)}">',
        '<script type="application/ld+json" class="yoast-schema-graph">'
        f'{json.dumps(graph, ensure_ascii=False)}'
        "</script>",
        "</head>",
        '<body class="post-template-default single single-post">',
        f'<header class="site-header"><a class="custom-logo-link" href="/">{esc(pub.name)}</a>',
        '<nav class="main-navigation"><ul>',
        *[f'<li class="menu-item"><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in HX_MENU],
        "</ul></nav>",
        '<a class="newsletter-button" href="/newsletters/">Subscribe</a></header>',
    ]
    c.snip(" ".join(HX_MENU[:4]))
    crumb = ("Home", "Health News", f["outcome"].capitalize())
    c.snip(" › ".join(crumb))
    doctor = prose_for("en", c.stable(f"hx-doc-{c.rng.randint(0, 3)}")).person()
    cred = c.stable(f"hx-cred-{doctor}").choice(HX_CREDENTIALS)
    c.snip(f"Written by {s.author.name} on {_long_date(d)}")
    c.snip(f"Medically reviewed by {doctor}, {cred}")
    cap = c.stable(f"hx-cap-{s.title}").choice(HX_CAPTIONS)
    credit = c.stable(f"hx-cr-{s.title}").choice(HX_CREDITS)
    c.snip(f"{cap} {credit}")
    lines += [
        '<main id="main" class="site-main"><article class="post type-post">',
        '<nav class="breadcrumbs">' + " › ".join(f'<a href="/{_aslug(x)}/">{esc(x)}</a>' for x in crumb)
        + "</nav>",
        f'<h1 class="entry-title">{esc(s.title)}</h1>',
        f'<p class="entry-subtitle">{esc(dek)}</p>',
        '<div class="entry-meta">',
        f'<span class="byline">Written by <a href="/authors/{_aslug(s.author.name)}/">'
        f'{esc(s.author.name)}</a> on {_long_date(d)}</span> — <span class="reviewer">Medically reviewed by '
        f'<a href="/reviewers/{_aslug(doctor)}/">{esc(doctor)}</a>, {cred}</span>',
        "</div>",
        f'<figure class="wp-block-image"><img src="/wp-content/uploads/2026/{d:%m}/{_hex(c.rng, 10)}.jpg" '
        f'alt=""><a class="pin" href="#">Share on Pinterest</a>'
        f'<figcaption>{esc(cap)} <span class="credit">{esc(credit)}</span></figcaption></figure>',
    ]
    takeaways = [t for tag, t in blocks if tag == "li"]
    lines += [
        '<div class="key-takeaways"><h2 class="key-takeaways__title">Key takeaways</h2><ul>',
        *[f"<li>{esc(x)}</li>" for x in takeaways],
        "</ul></div>",
    ]
    note = None
    if c.stable(f"hx-note-{s.title}").random() < 0.35:
        note = c.snip(f"Editor's note: This article was updated on {_long_date(modified)} to include "
                      "comments from an independent expert.")
    body: list[str] = []
    refs: list[str] = []
    for tag, text in [*blocks, ("end", "")]:
        if tag != "ref" and refs:
            body.append('<ol class="references">\n' + "\n".join(f"<li>{x}</li>" for x in refs) + "\n</ol>")
            refs = []
        if tag == "p":
            body.append(f"<p>{c.inline(text)}</p>")
        elif tag == "h2":
            body.append(f'<h2 class="wp-block-heading">{esc(text)}</h2>')
        elif tag == "ref":
            refs.append(esc(text))
    others = c.pick_others(8)
    rel = others[0]
    c.snip(f"Related: {rel.title}")
    news = c.snip(f"Sign up for the weekly newsletter from {pub.name}: the latest research, explained by our "
                  "medical team.")
    inserts = [
        (1, f'<p class="related-inline"><strong>Related:</strong> <a href="{esc(rel.path)}">{esc(rel.title)}'
            "</a></p>"),
        (3, f'<div class="newsletter-inline"><p>{esc(news)}</p><input type="email">'
            "<button>Sign up</button></div>"),
    ]
    lines += [
        '<div class="entry-content">',
        *([f'<p class="editors-note"><em>{esc(note)}</em></p>'] if note else []),
        *_insert_after(body, "<p>", inserts),
        "</div>",
    ]
    disclaimer = c.snip("This content is for informational purposes only and is not a substitute for "
                        "professional medical advice, diagnosis or treatment.")
    lines.append(f'<p class="medical-disclaimer">{esc(disclaimer)}</p>')
    if c.has("bio"):
        a = s.author
        br = c.stable(f"hx-bio-{a.name}")
        bio = c.snip(br.choice(HX_BIOS).format(author=a.name, first=a.name.split()[0], name=pub.name,
                                               beat=br.choice(HX_BEATS)))
        lines.append(f'<div class="author-box"><h3>About the author</h3><p>{esc(bio)}</p></div>')
    how = c.snip("Our experts continually monitor the health and wellness space, and we update our articles "
                 f"when new information becomes available. {pub.name} has strict sourcing guidelines.")
    history = c.snip(f"Current version {modified:%b} {modified.day}, {modified.year} Written by "
                     f"{s.author.name}")
    heading = c.snip("Related coverage you may like")
    lines += [
        '<section class="how-we-reviewed"><h2>How we reviewed this article:</h2>',
        f"<p>{esc(how)}</p>",
        f'<p class="history">{esc(history)}</p></section>',
        _bar(c, "share-bar"),
        "</article>",
        f'<section class="related-coverage"><h2>{esc(heading)}</h2><ul>',
        *[f'<li><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>' for o in others[1:6]],
        "</ul></section>",
        "</main>",
    ]
    c.snip(" ".join(HX_FOOTER[:4]))
    lines += [
        '<footer class="site-footer"><ul>',
        *[f'<li><a href="/{_aslug(x)}/">{esc(x)}</a></li>' for x in HX_FOOTER],
        "</ul>",
        f"<p>{esc(c.copyright())}</p>",
        "</footer>",
    ]
    if c.has("cookie"):
        lines.append(f'<div id="cookie-notice"><p>{esc(c.text("cookie"))}</p><button>Accept</button></div>')
    lines += ["</body>", "</html>"]
    return _j(lines)


# --- mt-classic-weblog -------------------------------------------------------------------------

MT_CATEGORIES = ("Council", "Planning", "Schools", "Transport", "Elections", "Budget", "Local Business")
MT_COMMENTS = (
    "Great post. The council has been dodging this question for years.",
    "Does anyone know whether the minutes of the meeting are online yet?",
    "I was at the meeting and it was standing room only. Thanks for writing this up.",
    "Respectfully, I think you are being too hard on the planning committee here.",
    "This is exactly why we need a full audit of the budget.",
    "Same thing happened in {other} ten years ago and nobody learned anything.",
)
MT_TRACKBACKS = (
    "Our neighbours are having the same argument about the budget, and it is worth reading the whole thing.",
    "A good summary of last night's meeting, with links to the council papers.",
    "I disagree with most of this, but the numbers in the middle section are worth a look.",
)
MT_FEED = "Subscribe to this blog's feed"
MT_BLOGROLL_FORMS = ("{p} Daily", "The {p} Courier", "{p} Matters", "Eye on {p}", "{p} Streets Blog")


def _mt_posted(dt: datetime) -> str:
    """ "March 7, 2026 02:30 PM"."""
    return f"{_long_date(dt)} {_clock(dt, zero=True)}"


def render_mt_classic_weblog(c: Ctx) -> str:
    s, pub = c.story, c.pub
    d = s.published
    place = _place(c)
    c.repath(lambda o: f"/archives/{o.published:%Y/%m}/{_aslug(o.title)[:40].strip('-').replace('-', '_')}"
                       ".html")
    _room(c, keep=2)
    _quotify(c)
    s.blocks = [("h4", x) if tag in ("h2", "h3") else (tag, x) for tag, x in s.blocks]
    entry_id = c.stable(f"mt-id-{s.published}").randint(1000, 4999)
    k = next(n for n, o in enumerate(c.others) if o is c.story)
    prev = c.others[k - 1] if k > 0 else None
    nxt = c.others[k + 1] if k + 1 < len(c.others) else None
    cat = c.stable(f"mt-cat-{s.title}").choice(MT_CATEGORIES)
    r = c.rng
    n_comments = r.randint(0, 4)
    n_tb = r.randint(0, 2)
    owner = pub.authors[0]
    excerpt = " ".join(s.body().split()[:20]) + "..."
    tb_url = f"http://{pub.host}/mt/mt-tb.cgi/{entry_id}"
    lines = [
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard" lang="en" xml:lang="en">',
        "<head>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
        '<meta name="generator" content="Movable Type 3.35" />',
        f'<link rel="stylesheet" href="http://{pub.host}/styles-site.css" type="text/css" />',
        '<link rel="alternate" type="application/atom+xml" title="Atom" '
        f'href="http://{pub.host}/atom.xml" />',
        f'<link rel="alternate" type="application/rss+xml" title="RSS 2.0" '
        f'href="http://{pub.host}/index.xml" />',
        f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="http://{pub.host}/rsd.xml" />',
        f"<title>{esc(pub.name)}: {esc(s.title)}</title>",
        "</head>",
        '<body class="layout-two-column-right individual-entry-archive">',
        '<div id="container"><div id="container-inner" class="pkg">',
        '<div id="banner"><div id="banner-inner" class="pkg">',
        f'<h1 id="banner-header"><a href="http://{pub.host}/" accesskey="1">{esc(pub.name)}</a></h1>',
    ]
    desc = c.snip(f"Notes on {place} politics, planning and the council chamber")
    lines += [
        f'<h2 id="banner-description">{esc(desc)}</h2>',
        "</div></div>",
        '<div id="pagebody"><div id="pagebody-inner" class="pkg">',
        '<div id="alpha"><div id="alpha-inner" class="pkg">',
    ]
    nav: list[str] = []
    if prev:
        c.snip(prev.title)
        nav.append(f'<a href="{esc(prev.path)}">&laquo; {esc(prev.title)}</a>')
    nav.append(f'<a href="http://{pub.host}/">Main</a>')
    if nxt:
        c.snip(nxt.title)
        nav.append(f'<a href="{esc(nxt.path)}">{esc(nxt.title)} &raquo;</a>')
    header = c.snip(f"{EN_WEEKDAYS[d.weekday()]}, {MONTHS['en'][d.month - 1]} {d:%d}, {d.year}")
    lines += [
        '<p class="content-nav">' + " |\n".join(nav) + "</p>",
        f'<h2 class="date-header">{esc(header)}</h2>',
        f'<div class="entry hentry" id="entry-{entry_id}">',
        f'<h3 class="entry-header entry-title">{esc(s.title)}</h3>',
        '<div class="entry-content">',
    ]
    blocks = s.blocks
    split = 2 if len(blocks) > 4 else 1
    while split < len(blocks) and blocks[split - 1][0] == "h4":
        split += 1

    def render(part: list[tuple[str, str]]) -> list[str]:
        out: list[str] = []
        for tag, text in part:
            if tag == "p":
                out.append(f"<p>{c.inline(text)}</p>")
            elif tag == "quote":
                out.append(f"<blockquote>{esc(text)}</blockquote>")
            else:
                out.append(f"<h4>{esc(text)}</h4>")
        return out

    c.snip(f"Posted by {s.author.name} on {_mt_posted(d)} | Permalink | Comments ({n_comments}) | "
           f"TrackBack ({n_tb})")
    lines += [
        '<div class="entry-body">',
        *render(blocks[:split]),
        "</div>",
        '<div id="more" class="entry-more">',
        *render(blocks[split:]),
        "</div>",
        "</div>",
        '<p class="entry-footer">',
        '<span class="post-footers">Posted by <span class="author vcard">'
        f'<span class="fn">{esc(s.author.name)}</span></span> on '
        f'<abbr class="published" title="{c.iso()}">{_mt_posted(d)}</abbr></span>',
        f'<span class="separator">|</span> <a class="permalink" rel="bookmark" '
        f'href="{esc(c.url())}">Permalink</a>',
        f'<span class="separator">|</span> <a href="{esc(c.url())}#comments">Comments ({n_comments})</a>',
        f'<span class="separator">|</span> <a href="{esc(c.url())}#trackback">TrackBack ({n_tb})</a>',
        "</p>",
        "</div>",
        "<!--",
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
        '         xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/"',
        '         xmlns:dc="http://purl.org/dc/elements/1.1/">',
        f'<rdf:Description rdf:about="{esc(c.url())}" trackback:ping="{tb_url}" dc:title="{esc(s.title)}" '
        f'dc:identifier="{esc(c.url())}" dc:subject="{esc(cat)}" dc:description="{esc(excerpt)}" '
        f'dc:creator="{esc(s.author.name)}" dc:date="{c.iso()}" />',
        "</rdf:RDF>",
        "-->",
    ]
    tb_info = c.snip("TrackBack URL for this entry:")
    c.snip(f"Listed below are links to weblogs that reference {s.title}:")
    lines += [
        '<div class="trackbacks">',
        '<h3 id="trackback" class="trackbacks-header">TrackBack</h3>',
        f'<div class="trackbacks-info"><p>{esc(tb_info)}<br />\n{tb_url}</p>',
        '<p>Listed below are links to weblogs that reference '
        f'<a href="{esc(c.url())}">{esc(s.title)}</a>:</p></div>',
        '<div class="trackbacks-content">',
    ]
    blogroll = [c.stable(f"mt-roll-{n}").choice(MT_BLOGROLL_FORMS).format(p=c.stable(f"mt-roll-p-{n}").choice(
        places("en"))) for n in range(5)]
    for n in range(n_tb):
        text = c.snip(r.choice(MT_TRACKBACKS))
        blog = blogroll[r.randrange(len(blogroll))]
        when = d + timedelta(hours=r.randint(1, 40), minutes=r.randint(0, 59))
        c.snip(f"Tracked on {_mt_posted(when)}")
        lines += [
            f'<div class="trackback" id="ping-{entry_id * 10 + n}"><div class="trackback-content">',
            f'<p><a rel="nofollow" href="http://{_aslug(blog).replace("-", "")}.example/">{esc(blog)}</a>: '
            f'{esc(text)}</p>',
            f'</div><p class="trackback-footer">Tracked on {_mt_posted(when)}</p></div>',
        ]
    lines += ["</div></div>"]
    lines += ['<div id="comments" class="comments">', '<h3 class="comments-header">Comments</h3>',
              '<div class="comments-content">']
    when = d
    for n in range(n_comments):
        who = prose_for("en", r).person()
        when = when + timedelta(minutes=r.randint(12, 600))
        text = c.snip(r.choice(MT_COMMENTS).format(other=r.choice(places("en"))))
        c.snip(f"Posted by: {who} | {_mt_posted(when)}")
        lines += [
            f'<div class="comment" id="comment-{entry_id * 100 + n}">'
            f'<div class="comment-content"><p>{esc(text)}</p></div>',
            f'<p class="comment-footer">Posted by: <a rel="nofollow" href="#">{esc(who)}</a> |\n'
            f'<a href="#comment-{entry_id * 100 + n}">{_mt_posted(when)}</a></p></div>',
        ]
    moderated = c.snip("Comments are moderated, and will not appear on this weblog until the author has "
                       "approved them.")
    typekey = c.snip("If you have a TypeKey or TypePad account, please Sign In.")
    lines += [
        "</div></div>",
        f'<form method="post" action="http://{pub.host}/mt/mt-comments.cgi" name="comments_form">',
        f'<input type="hidden" name="entry_id" value="{entry_id}" />',
        '<div class="comments-open" id="comments-open">',
        '<h2 class="comments-open-header">Post a comment</h2>',
        '<div class="comments-open-content">',
        f'<p class="comments-open-moderated">{esc(moderated)}</p>',
        f'<p id="comments-open-typekey">{esc(typekey.removesuffix("Sign In."))}<a href="#">Sign In</a>.</p>',
        '<div id="comments-open-data"><p><label for="comment-author">Name:</label> '
        '<input id="comment-author" name="author" size="30" /></p>',
        '<p><label for="comment-email">Email Address:</label> '
        '<input id="comment-email" name="email" size="30" /></p>',
        '<p><label for="comment-url">URL:</label> <input id="comment-url" name="url" size="30" /></p>',
        '<p><label for="comment-bake-cookie">'
        '<input type="checkbox" id="comment-bake-cookie" name="bakecookie" /> '
        "Remember personal info?</label></p></div>",
        '<p id="comments-open-text"><label for="comment-text">Comments:</label> '
        '<textarea id="comment-text" name="text" rows="10" cols="30"></textarea></p>',
        '<div id="comments-open-footer" class="comments-open-footer">',
        '<input type="submit" accesskey="v" name="preview" value="Preview" /> ',
        '<input type="submit" accesskey="s" name="post" value="Post" /></div>',
        "</div></div></form>",
        "</div></div>",
    ]
    # the sidebar
    about = c.snip(f"{owner.name} has been writing about {place} politics since "
                   f"{c.stable('mt-since').randint(2002, 2006)}. Tips and corrections are welcome by email.")
    recent = c.pick_others(6)
    months = sorted({(o.published.year, o.published.month) for o in c.others}, reverse=True)
    archive = [f"{MONTHS['en'][m - 1]} {y}" for y, m in months]
    if len(archive) >= 2:
        c.snip(" ".join(archive[:2]))
    c.snip(" ".join(MT_CATEGORIES[:4]))
    c.snip(" ".join(blogroll[:2]))
    lines += [
        '<div id="beta"><div id="beta-inner" class="pkg">',
        f'<div class="module-about module"><h2 class="module-header">About</h2><div class="module-content">'
        f"<p>{esc(about)}</p></div></div>",
        '<div class="module-search module"><h2 class="module-header">Search</h2><div class="module-content">'
        f'<form method="get" action="http://{pub.host}/mt/mt-search.cgi"><input id="search" name="search" '
        'size="20" /><input type="submit" value="Search" /></form></div></div>',
        '<div class="module-archives module"><h2 class="module-header">Recent Posts</h2>'
        '<div class="module-content"><ul class="module-list">',
        *[f'<li class="module-list-item"><a href="{esc(o.path)}">{esc(c.snip(o.title))}</a></li>'
          for o in recent],
        "</ul></div></div>",
        '<div class="module-categories module"><h2 class="module-header">Categories</h2>'
        '<div class="module-content"><ul class="module-list">',
        *[f'<li class="module-list-item"><a href="http://{pub.host}/archives/{_aslug(x)}/">{esc(x)}</a></li>'
          for x in MT_CATEGORIES],
        "</ul></div></div>",
        '<div class="module-archives module"><h2 class="module-header">Archives</h2>'
        '<div class="module-content"><ul class="module-list">',
        *[f'<li class="module-list-item"><a href="http://{pub.host}/archives/{y}/{m:02d}/">{esc(x)}</a></li>'
          for (y, m), x in zip(months, archive, strict=True)],
        "</ul></div></div>",
        '<div class="module-blogroll module"><h2 class="module-header">Blogroll</h2>'
        '<div class="module-content"><ul class="module-list">',
        *[f'<li class="module-list-item"><a href="http://{_aslug(x).replace("-", "")}.example/">{esc(x)}'
          "</a></li>" for x in blogroll],
        "</ul></div></div>",
        '<div class="module-syndicate module"><div class="module-content">'
        f'<a href="http://{pub.host}/atom.xml">{esc(c.snip(MT_FEED))}</a>'
        "</div></div>",
        '<div class="module-powered module"><div class="module-content">'
        f'{esc(c.snip("Powered by Movable Type 3.35"))}</div></div>',
        "</div></div>",
        "</div></div>",
    ]
    lic = c.snip("This weblog is licensed under a Creative Commons License.")
    lines += [
        f'<div id="footer"><p>{esc(lic)}</p><p>{esc(c.copyright())}</p></div>',
        "</div></div>",
        "</body>",
        "</html>",
    ]
    return _j(lines)


RENDERERS: dict[str, Callable[[Ctx], str]] = {
    "id-portal-daerah": render_id_portal_daerah,
    "markets-ticker-desk": render_markets_ticker_desk,
    "health-science-explainer": render_health_science_explainer,
    "mt-classic-weblog": render_mt_classic_weblog,
}

# Imported last: `publishers` imports this module at its end to merge the registries above, so
# whichever of the two is imported first, the names each needs from the other exist by then.
from collections.abc import Callable  # noqa: E402
from datetime import UTC, datetime  # noqa: E402

from pipeline.synth.byre_families import _retitle  # noqa: E402
from pipeline.synth.kit import (  # noqa: E402
    _aslug,
    _hex,
    _insert_after,
    _paras,
    _place,
    _trim,
    register_language,
)
from pipeline.synth.kit import _long_lines as _count_lines  # noqa: E402
from pipeline.synth.kit import _share_bar as _bar  # noqa: E402
from pipeline.synth.prose import SURNAMES, places, prose_for  # noqa: E402
from pipeline.synth.publishers import MONTHS, Ctx, _ascii, _j, _words, esc  # noqa: E402
from pipeline.synth.shed_families import _listify, _quotify  # noqa: E402

# Indonesian joins the registries (new keys only)
register_language(
    "id",
    first_names=ID_FIRST,
    surnames=ID_SURNAMES,
    prose=IndonesianProse,
    ui=ID_UI,
    months=ID_MONTHS,
    zones=ID_ZONES,
    place_forms=ID_PLACE_FORMS,
)
