"""The families of pipeline.synth.rill_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import datetime

import lxml.html
import pytest

from pipeline.synth import rill_families as rill
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("rill"))


def _ld(doc: lxml.html.HtmlElement) -> dict[str, object]:
    return json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_zones_are_american(pages: list[SynthPage]) -> None:
    assert {p.tz for p in pages} <= set(rill._US)
    for page in pages:
        assert lxml.html.document_fromstring(page.html).get("lang") in ("en", "en-US")


def test_site_wide_and_per_page_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        recurring={
            "obituaries-legacy": "Obituaries on ",
            "recipe-desk": "Nutrition information is calculated",
            "product-review-scorecard": "How we test:",
            "podcast-episode-transcript": "This transcript was generated",
        },
        varying={
            "obituaries-legacy": "Published by ",
            "recipe-desk": "Calories: ",
            "product-review-scorecard": "Prices last checked ",
            "podcast-episode-transcript": "This episode was produced by ",
        },
    )


def test_obituaries_legacy(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    for page in family(pages, "obituaries-legacy"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][A-Za-z]+ (\d{4}) \u2013 (\d{4})", page.title)
        assert texts(doc, '//h1[@class="obit-name"]') == [page.title]
        assert re.fullmatch(
            r"/us/obituaries/[a-z]+/name/[a-z]+-[a-z]+-obituary\?id=\d{8,9}"
            r"|/obituaries/[a-z]+/obituary\.aspx\?n=[a-z]+-[a-z]+-[a-z]+&pid=\d{9}",
            page.path,
        )
        forms.add(page.path.startswith("/us/"))
        stamps = doc.xpath('//meta[@property="article:published_time"]/@content')
        if not stamps:
            stamps = [str(_ld(doc)["datePublished"])]
        assert [datetime.fromisoformat(x) for x in stamps] == [d]
        line = f"Published by {page.publisher} on {rill._ap_date(d.date())}."
        assert texts(doc, '//p[@class="published-by"]') == [line] and line in page.boilerplate
        content = doc.xpath('//div[@class="obit-text"]')[0]
        assert texts(content, './p[not(@class="published-by")]') == page.body.split("\n")
        assert "is survived by" in page.body and "In lieu of flowers" in page.body
        assert "Visitation will be held" in page.body
        for msg in texts(doc, '//div[@class="entry"]/p'):
            assert msg in page.boilerplate
        box = texts(doc, '//div[@class="funeral-home"]/p[@class="fh-address"]')[0]
        assert box in page.boilerplate and "Funeral services provided by:" in page.boilerplate
        assert any(x.startswith("Obituaries near ") for x in page.boilerplate)
        assert "Sign the Guest Book" in page.boilerplate
    assert forms == {True, False}


def test_recipe_desk(pages: list[SynthPage]) -> None:
    for page in family(pages, "recipe-desk"):
        doc = lxml.html.document_fromstring(page.html)
        assert re.fullmatch(r"/food/recipes/[a-z0-9-]+/|/food/article/[a-z0-9-]+-\d{8}\.php", page.path)
        assert [datetime.fromisoformat(x) for x in doc.xpath('//meta[@property="article:published_time"]/@content')] == [
            page.published_at
        ]
        data = _ld(doc)
        assert data["@type"] == "Recipe" and datetime.fromisoformat(str(data["datePublished"])) == page.published_at
        intro = texts(doc, '//div[@class="entry-content"]/p')
        card = texts(
            doc,
            '//h3[@class="wprm-recipe-header"] | //h4[@class="wprm-recipe-group-name"]'
            ' | //li[@class="wprm-recipe-ingredient"] | //div[@class="wprm-recipe-instruction-text"]',
        )
        lines = page.body.split("\n")
        assert intro + card == lines and 2 <= len(intro) <= 4
        assert "Ingredients" in lines and any(x in lines for x in rill.RC_METHOD)
        assert data["recipeIngredient"] == texts(doc, '//li[@class="wprm-recipe-ingredient"]')
        for x in texts(doc, '//div[@class="wprm-recipe-times"]/span'):  # neither
            assert x not in page.body and x not in page.boilerplate
        assert any(re.fullmatch(r"\d\.\d \(\d+ ratings\) Rate this recipe", x) for x in page.boilerplate)
        assert "Jump to Recipe Print Recipe Save" in page.boilerplate
        assert texts(doc, '//div[@class="wprm-nutrition-label"]/p')[0] in page.boilerplate


def test_product_review_scorecard(pages: list[SynthPage]) -> None:
    tops: set[bool] = set()
    for page in family(pages, "product-review-scorecard"):
        doc = lxml.html.document_fromstring(page.html)
        assert " review: " in page.title
        assert re.fullmatch(r"/tech/reviews/[a-z0-9-]+-review-\d{6}|/reviews/\d{4}/\d\d/[a-z0-9-]+-review/", page.path)
        data = _ld(doc)
        assert data["@type"] == "Review" and datetime.fromisoformat(str(data["datePublished"])) == page.published_at
        assert [datetime.fromisoformat(x) for x in doc.xpath("//time/@datetime")] == [page.published_at]
        content = doc.xpath('//div[@class="article-body"]')[0]
        assert texts(content, "./p | ./h2") == page.body.split("\n")
        score = texts(doc, '//span[@class="score-value"]')[0]
        assert score == f"{data['reviewRating']['ratingValue']}/10"  # type: ignore[index]
        summary = texts(doc, '//p[@class="verdict-summary"]')[0]
        assert summary not in page.body and summary not in page.boilerplate
        assert not [x for x in page.boilerplate if x in summary]
        for x in texts(doc, '//div[@class="pros" or @class="cons"]//li'):
            assert x in page.boilerplate
        rows = texts(doc, '//table[@class="specs"]//tr')
        assert rows and all(r in page.boilerplate or len(r.split()) < 4 for r in rows)
        for x in texts(doc, '//ul[@class="price-widget"]/li'):
            assert x in page.boilerplate and x.endswith("View Deal")
        assert any(x.startswith("We may earn a commission") for x in page.boilerplate)
        body = doc.xpath('//div[@class="article-body"]')[0]
        tops.add(bool(body.xpath('preceding::aside[@class="verdict-box"]')))
    assert tops == {True, False}


def test_podcast_episode_transcript(pages: list[SynthPage]) -> None:
    for page in family(pages, "podcast-episode-transcript"):
        doc = lxml.html.document_fromstring(page.html)
        assert re.fullmatch(
            r"/\d{4}/\d\d/\d\d/nx-s1-\d{7}/[a-z0-9-]+|/podcasts/[a-z0-9-]+/episodes/[a-z0-9-]+-\d{5}", page.path
        )
        data = _ld(doc)
        assert data["@type"] == "PodcastEpisode"
        assert datetime.fromisoformat(str(data["datePublished"])) == page.published_at
        show = data["partOfSeries"]["name"]  # type: ignore[index]
        assert (doc.findtext(".//title") or "").endswith(f"{show} : {page.publisher}") or (
            doc.findtext(".//title") or ""
        ).endswith(f"{show} | {page.publisher}")
        turns = texts(doc, '//div[@class="transcript-text"]/p')
        assert turns == page.body.split("\n") and 10 <= len(turns) <= 20
        speakers = [norm_ws(x.text_content()) for x in doc.xpath('//div[@class="transcript-text"]/p/strong')]
        assert len(speakers) == len(turns)
        for turn, speaker in zip(turns, speakers, strict=True):
            assert re.fullmatch(r"[A-Z]+ [A-Z]+:", speaker) and turn.startswith(speaker + " ")
        assert all(a != b for a, b in zip(speakers, speakers[1:], strict=False))
        teaser = texts(doc, '//div[@class="episode-teaser"]')[0]
        assert teaser not in page.body and teaser not in page.boilerplate
        for x in texts(doc, '//ul[@class="listen-on"]/li'):
            assert x.startswith("Listen on ") and (x in page.boilerplate or len(x.split()) < 4)
        assert texts(doc, '//p[@class="transcript-note"]')[0] in page.boilerplate
        assert any(x.startswith("This episode was produced by ") for x in page.boilerplate)


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
