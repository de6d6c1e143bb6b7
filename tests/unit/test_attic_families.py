"""The families of pipeline.synth.attic_families: each page's truth matches its HTML, family by
family (the checks every held-out split has, its registration among them, are in test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth.prose import AR_AGENTS, AR_FIRST, SV_FRONTS, SV_SOURCES, SV_THINGS, SV_VERBS, prose_for
from pipeline.synth.publishers import MONTHS, SynthPage, _publisher
from tests.synthtruth import (
    check_recurring_bios,
    family,
    heads,
    long_lines,
    norm_ws,
    split_pages,
    texts,
    visible_text,
)

ARABIC = re.compile(r"[\u0600-\u06ff]")
LATIN = re.compile(r"[A-Za-z]")


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("attic"))


BIOS = {
    "sv-lokaltidning": ('//h3[@class="author-card__name"]', '//p[@class="author-card__bio"]'),
    "medium-publication": ('//div[@data-testid="writtenBy"]/h2/a', '//div[@data-testid="writtenBy"]/p'),
    "es-agencia-cable": (
        '//div[@class="author-bio__author-card__2Ms3v"]/a',
        '//div[@class="author-bio__author-card__2Ms3v"]/p',
    ),
    "ar-bawaba-rtl": ('//a[@class="author-card__name"]', '//p[@class="author-card__bio"]'),
}


def test_recurring_bios_are_the_same_on_every_page(pages: list[SynthPage]) -> None:
    """An author's bio, where a page shows one, is boilerplate and the same on each of the
    publisher's pages; every family shows bios on some of its sites."""
    check_recurring_bios(pages, BIOS, name_prefix="Written by ")


def test_sv_lokaltidning(pages: list[SynthPage]) -> None:
    premium = 0
    for page in family(pages, "sv-lokaltidning"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/artikel/[a-z0-9-]+/[a-z0-9]{8}", page.path)
        assert doc.findtext(".//title") == f"{page.title} \u2013 {page.publisher}"
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])
        assert (
            data["datePublished"] == d.isoformat(timespec="seconds")
            and data["dateModified"] > data["datePublished"]
        )
        time = doc.xpath('//time[@class="dates__published"]')[0]
        assert time.get("datetime") == d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        month = MONTHS["sv"][d.month - 1]
        shown = f"Publicerad {d.day} {month[:3] if len(month) > 4 else month} {d.year} kl. {d:%H.%M}"
        assert time.text == shown and shown in page.boilerplate
        assert re.fullmatch(
            r"Publicerad \d{1,2} (jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec) 2026 kl\. \d\d\.\d\d",
            shown,
        )
        assert any(x.startswith("Uppdaterad ") for x in page.boilerplate)
        # the ingress, above the photo and the byline, is the story's first paragraph
        lines = page.body.split("\n")
        assert texts(doc, '//p[@class="article__lead"]') == [lines[0]]
        assert doc.xpath('//p[@class="article__lead"]/following-sibling::figure[@class="article__image"]')
        body = doc.xpath('//div[@class="article__body"]')[0]
        paras = texts(body, './p[@class="article__body-text"]')
        assert all(x in paras for x in long_lines(page)[1:])
        assert heads(page) == texts(body, "./h2")
        extra = [x for x in paras if x not in lines]
        assert all(x in page.boilerplate and x.split()[0] in ("LÄS", "Läs") for x in extra)
        box = body.xpath('./aside[@class="read-also"]')
        assert len(box) == 1 and texts(box[0], "./h3") == ["Läs också"]
        assert all(x in page.boilerplate for x in texts(box[0], ".//h4"))
        assert "Annons" in texts(body, './/span[@class="ad__label"]')
        flag = bool(doc.xpath('//span[@class="premium-badge"]'))
        assert data["isAccessibleForFree"] is not flag
        paywall = body.xpath('./aside[@class="paywall"]')
        assert len(paywall) == flag
        if flag:
            premium += 1
            before = texts(paywall[0], 'preceding-sibling::p[@class="article__body-text"]')
            after = texts(paywall[0], 'following-sibling::p[@class="article__body-text"]')
            assert set(before) & set(lines) and set(after) & set(lines)
            assert "Redan prenumerant? Logga in" in page.boilerplate
            assert any(x.startswith(f"Prenumerera på {page.publisher} – ") for x in page.boilerplate)
        # the author line after the text: name, role and e-mail
        author = texts(doc, '//a[@class="byline__name"]')[0]
        line = norm_ws(doc.xpath('//div[@class="article__author-line"]')[0].text_content())
        assert line.startswith(author + " ") and line.endswith(f"@{page.site}") and line in page.boilerplate
        assert "Dela artikeln Facebook X LinkedIn Mejl Kopiera länk" in page.boilerplate
        assert any(x.startswith("Ämnen i artikeln ") and x.endswith(" Följ") for x in page.boilerplate)
        assert any(x.startswith("Har du ett tips till redaktionen?") for x in page.boilerplate)
        assert any(x.startswith("Ansvarig utgivare och chefredaktör: ") for x in page.boilerplate)
        assert all(x in page.boilerplate for x in texts(doc, '//section[@class="most-read"]//a'))
        assert any(re.fullmatch(r".+\. Foto: \S+ \S+", x) for x in page.boilerplate)
    assert 0 < premium < len(family(pages, "sv-lokaltidning"))


def test_medium_publication(pages: list[SynthPage]) -> None:
    code_pages = member = 0
    for page in family(pages, "medium-publication"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        author = doc.xpath('//meta[@name="author"]/@content')[0]
        assert re.fullmatch(r"/[a-z0-9-]+-[0-9a-f]{12}", page.path)
        assert doc.findtext(".//title") == f"{page.title} | by {author} | {page.publisher} | Medium"
        # the time only in the JSON-LD (UTC, milliseconds); the page shows the date alone
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])
        stamp = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        assert data["datePublished"] == stamp
        assert data["dateCreated"] < stamp < data["dateModified"]
        assert not doc.xpath("//time") and not doc.xpath('//meta[contains(@property, "published_time")]')
        assert texts(doc, '//span[@data-testid="storyPublishDate"]') == [f"{d:%b} {d.day}, {d.year}"]
        assert any(re.fullmatch(rf"\d min read · {d:%b} {d.day}, {d.year}", x) for x in page.boilerplate)
        article = doc.xpath("//article")[0]
        assert texts(article, './/h1[@data-testid="storyTitle"]') == [page.title]
        paras = texts(article, './/p[@data-selectable-paragraph=""]')
        codes = texts(article, ".//pre")
        lines = long_lines(page)
        assert all(x in paras or x in codes for x in lines)
        assert all(x in lines for x in codes)  # every code block is body text
        code_pages += bool(codes)
        for pre in article.xpath(".//pre"):
            assert pre.xpath("./span[@data-code-block-lang]") and pre.xpath(
                ".//span[starts-with(@class, 'hljs-')]"
            )
        # the story's subheadings are <h1>s and <h2>s inside the post
        inside = texts(
            article,
            './/h1[@data-selectable-paragraph=""][not(@data-testid)]|.//h2[@data-selectable-paragraph=""]',
        )
        assert inside == heads(page)
        assert any(re.fullmatch(r"Photo by \S+ \S+ on Unsplash", x) for x in page.boilerplate)
        nag = "Get unlimited access to the best of Medium for less than $1/week."
        assert nag in page.boilerplate
        upsell = article.xpath('.//div[@data-testid="membershipUpsell"]')
        if upsell:
            member += 1
            assert texts(upsell[0], ".//h2") == [nag]
            assert upsell[0].xpath('preceding-sibling::p[@data-selectable-paragraph=""]')
            assert upsell[0].xpath('following-sibling::p[@data-selectable-paragraph=""]')
            assert "Member-only story" in visible_text(page.html)
        assert f"Written by {author}" in page.boilerplate
        assert f"Published in {page.publisher}" in page.boilerplate
        assert any(x.endswith(f" Followers · Writer for {page.publisher}") for x in page.boilerplate)
        assert f"More from {author} and {page.publisher}" in page.boilerplate
        assert any(re.fullmatch(r"[\d.]+K? \d+ Listen Share", x) for x in page.boilerplate)
        cards = doc.xpath('//div[@data-testid="postPreview"]')
        assert cards and all(x in page.boilerplate for c in cards for x in texts(c, ".//h2"))
        assert all(x.rstrip("\u2026") in page.boilerplate for c in cards for x in texts(c, ".//h3"))
    assert code_pages >= 8 and member >= 3


def test_es_agencia_cable(pages: list[SynthPage]) -> None:
    credited = set()
    for page in family(pages, "es-agencia-cable"):
        doc = lxml.html.document_fromstring(page.html)
        utc = page.published_at.astimezone(UTC)
        assert re.fullmatch(rf"/[a-z-]+/[a-z0-9-]+-{utc:%Y-%m-%d}/", page.path)
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        assert doc.xpath('//meta[@property="og:article:published_time"]/@content') == [
            f"{utc:%Y-%m-%dT%H:%M:%SZ}"
        ]
        time = doc.xpath("//time")[0]
        assert datetime.fromisoformat(time.get("datetime")) == page.published_at
        shown = f"{utc.day} de {MONTHS['es'][utc.month - 1]} de {utc.year} {utc:%H:%M} GMT"
        assert norm_ws(time.text_content()).startswith(shown) and shown in page.boilerplate
        assert any(re.fullmatch(r"Actualizado hace \d horas?", x) for x in page.boilerplate)
        # the dateline opens the first paragraph: body text, the agency's initials its tag
        lines = page.body.split("\n")
        short = "".join(w[0] for w in page.publisher.split() if w[0].isupper())
        d = page.published_at
        dateline = texts(doc, '//span[@class="article-body__dateline__1F_kC"]')
        abbr = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")[
            d.month - 1
        ]
        assert len(dateline) == 1 and re.fullmatch(
            rf"[A-ZÁÉÍÓÚÑ ]+, {d.day} {abbr} \({short}\) -", dateline[0]
        )
        assert lines[0].startswith(dateline[0] + " ")
        # every paragraph a <p> in its own <div>, each sentence in a <span>
        body = doc.xpath('//div[@data-testid="ArticleBody"]')[0]
        divs = body.xpath('./div[starts-with(@data-testid, "paragraph-")]')
        assert [norm_ws(x.text_content()) for x in divs] == long_lines(page)
        for div in divs[1:]:
            spans = texts(div, './/span[@class="tts-sentence"]')
            assert len(spans) >= 1 and " ".join(spans) == norm_ws(div.text_content())
        assert heads(page) == texts(body, "./h2")
        # what stands among the paragraphs in their markup is boilerplate
        extra = [x for x in texts(body, ".//p") if x not in lines]
        assert extra and all(x in page.boilerplate for x in extra)
        signup = body.xpath('./div[@data-testid="SignupPrompt"]')[0]
        assert signup.getprevious().get("data-testid") == "paragraph-0"
        assert signup.getnext().get("data-testid") == "paragraph-1" or signup.getnext().tag == "h2"
        credit = norm_ws(body.xpath("./div")[-1].text_content())
        assert re.fullmatch(
            r"\(Información de [^;]+(; información adicional de [^;]+)?; editado por [^;]+\)", credit
        )
        assert credit in page.boilerplate
        credited.add(credit.split("; editado por ")[1])
        assert "Publicidad · Desplácese para continuar" in page.boilerplate
        assert f"Nuestras normas: Los principios de confianza de {page.publisher}." in page.boilerplate
        assert "Obtener derechos de licencia" in page.boilerplate
        assert any(x.startswith("Temas relacionados ") for x in page.boilerplate)
        assert any(x.startswith("FOTO DE ARCHIVO: ") and f" {short}/" in x for x in page.boilerplate)
        assert "Todas las cotizaciones tienen un retraso mínimo de 15 minutos." in page.boilerplate
    assert len(credited) >= 3  # the agency's editors recur


def test_ar_bawaba_rtl(pages: list[SynthPage]) -> None:
    for page in family(pages, "ar-bawaba-rtl"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert doc.get("dir") == "rtl" and doc.get("lang") == "ar"
        assert re.fullmatch(rf"/news/{d:%Y/%m/%d}/\d{{7}}", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            d.isoformat(timespec="seconds")
        ]
        assert doc.xpath('//meta[@property="article:modified_time"]/@content')[0] > d.isoformat(
            timespec="seconds"
        )
        hour = d.hour % 12 or 12
        shown = f"{d:%d} {MONTHS['ar'][d.month - 1]} {d.year} {hour:02d}:{d:%M} {'ص' if d.hour < 12 else 'م'}"
        assert texts(doc, '//span[@class="article__date"]')[0].endswith(shown)
        assert any(x.startswith("كتب: ") and x.endswith(shown) for x in page.boilerplate)
        assert any(x.startswith("آخر تحديث: ") for x in page.boilerplate)
        # the text: Arabic only, every paragraph ending with a full stop
        for line in long_lines(page):
            assert ARABIC.search(line) and not LATIN.search(line), line[:60]
            assert line.endswith(".")
        text = doc.xpath('//div[@class="article-text"]')[0]
        paras = texts(text, "./p")
        lines = page.body.split("\n")
        assert all(x in paras for x in long_lines(page))
        assert heads(page) == texts(text, "./h3")
        assert (
            paras[-1] == f"تابعوا آخر أخبار {page.publisher} عبر قناتنا على واتساب"
            and paras[-1] in page.boilerplate
        )
        assert all(x in page.boilerplate for x in paras if x not in lines)
        # numbered galleries between the paragraphs, their captions boilerplate
        galleries = text.xpath('./div[@class="article-gallery"]')
        assert galleries
        for gallery in galleries:
            nums = texts(gallery, './/span[@class="article-gallery__num"]')
            assert nums == [f"{k} / {len(nums)}" for k in range(1, len(nums) + 1)]
            assert all(x in page.boilerplate for x in texts(gallery, ".//figcaption"))
            assert gallery.xpath("preceding-sibling::p") and gallery.xpath("following-sibling::p")
        also = text.xpath('./div[@class="read-also"]')[0]
        assert texts(also, "./h4") == ["اقرأ أيضا"] and all(
            x in page.boilerplate for x in texts(also, ".//a")
        )
        assert "إعلان" in texts(text, './/span[@class="ads-box__label"]')
        assert any(
            re.fullmatch(r"\d+ مشاركة فيسبوك \d+ إكس \d+ واتساب \d+ تيليجرام \d+", x)
            for x in page.boilerplate
        )
        assert "تكبير الخط تصغير الخط طباعة" in page.boilerplate
        assert all(x in page.boilerplate for x in texts(doc, '//section[@class="most-read"]//a'))
        assert any(x.startswith("الكلمات المفتاحية ") for x in page.boilerplate)


def test_prose_grammars_of_the_attic_languages() -> None:
    """Swedish: "den"/"det" agree with the noun's gender, a particle verb keeps its particle after the
    subject in V2 order; Arabic: every sentence ends with "." and has no Latin letter, the verb agrees
    with its subject ("قالت" for a woman, "ت" before a feminine subject's present)."""
    en = {the for _, the, g in SV_THINGS if g == "en"}
    ett = {the for _, the, g in SV_THINGS if g == "ett"}
    fronts = (*SV_FRONTS, *SV_SOURCES)
    particles = [past for _, past in SV_VERBS if " " in past]
    agents = sorted(AR_AGENTS, key=lambda x: -len(x[0]))  # the longest first ("المحافظة", "المحافظ")
    checked = 0
    for n in range(300):
        sv = prose_for("sv", random.Random(n))
        text = " ".join([sv.sentence(), sv.title()])
        for m in re.finditer(r"\b(den|det) \w+ (\w+)", text):
            if m.group(2) in en | ett:
                assert (m.group(1) == "den") == (m.group(2) in en), m.group(0)
        for front in fronts:
            for past in particles:
                assert f"{front} {past} " not in text, text
        ar = prose_for("ar", random.Random(n))
        sentence = ar.sentence()
        assert sentence.endswith(".") and ARABIC.search(sentence) and not LATIN.search(sentence), sentence
        m = re.match(r"(وقال|وقالت|وأضاف|وأضافت) (\S+)", sentence)
        if m:
            assert m.group(1).endswith("ت") == (m.group(2) in AR_FIRST["f"]), sentence
        title = ar.title().split(": ", 1)[-1]
        agent = next(((a, g) for a, g in agents if title.startswith(a + " ")), None)
        if agent:  # a headline: subject, the verb in the present, object
            verb = title[len(agent[0]) + 1 :].split()[0]
            assert verb.startswith("ت") == agent[1].startswith("f"), title
            checked += 1
    assert checked > 100


def test_agency_names_are_agencies() -> None:
    """The agency family's sites are named as agencies (its own site-name forms), whatever the
    Spanish newspapers' forms are."""
    for seed in range(6):
        for index in range(2):
            pub = _publisher("es-agencia-cable", index, seed)
            assert pub.name.startswith(("Agencia ", "Servicio de Noticias ")) or pub.name.endswith(" Press")
            assert pub.short.isupper() and pub.host.isascii()
