"""The families of pipeline.synth.fresh_families: a split of their own, and each page's truth matches its HTML."""

from __future__ import annotations

import re

import pytest

from pipeline.synth import fresh_families
from pipeline.synth.publishers import FRESH_FAMILIES, SynthPage
from tests.synthtruth import (
    check_body_lines,
    check_dates,
    check_deterministic,
    check_headlines,
    check_snippets,
    check_split,
    render_families,
    visible_text,
)


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return render_families(fresh_families.FAMILIES)


def test_registered_as_fresh() -> None:
    """Three families, all "fresh", kept out of FAMILIES and out of the "all", "train" and "test" corpora."""
    assert len(fresh_families.FAMILIES) == 3
    check_split("fresh", fresh_families.FAMILIES, FRESH_FAMILIES, ("all", "train", "test"))


def test_deterministic() -> None:
    check_deterministic("fresh", fresh_families.FAMILIES)


def test_parse_with_lxml_and_headline_visible(pages: list[SynthPage]) -> None:
    check_headlines(pages)


def test_snippets_visible_and_not_in_body(pages: list[SynthPage]) -> None:
    check_snippets(pages, min_snippets=8)


def test_body_lines_on_page(pages: list[SynthPage]) -> None:
    check_body_lines(pages)


def test_dates_aware_and_languages(pages: list[SynthPage]) -> None:
    check_dates(pages)
    langs = {p.family: p.language for p in pages}
    assert langs["fr-quotidien-brbr"] == "fr"
    assert langs["tailwind-jamstack"] == langs["ngo-press-release"] == "en"


def test_family_conventions(pages: list[SynthPage]) -> None:
    """The family-specific truth decisions documented in fresh_families."""
    paths: dict[str, set[str]] = {}
    for page in pages:
        paths.setdefault(page.site, set()).add(page.path)
    for page in pages:
        d = page.published_at
        text = visible_text(page.html)
        if page.family == "tailwind-jamstack":
            assert "<p" not in page.html.split("<body", 1)[1]
            assert f'datetime="{d.isoformat(timespec="seconds")}"' in page.html
            assert "You might also like" in page.boilerplate
            assert "No spam, unsubscribe at any time." in page.boilerplate
            assert not re.search(r'class="[^"]*(article|content|post|entry|body)', page.html)
        if page.family == "fr-quotidien-brbr":
            assert f'content="{d.isoformat(timespec="seconds")}"' in page.html
            assert any(
                s.startswith("Par ") and f"le {d:%d/%m/%Y} à {d:%H}h{d:%M}" in s for s in page.boilerplate
            )
            assert any(re.match(r"^(À lire aussi|Lire aussi|Notre article) : ", s) for s in page.boilerplate)
            notice = next(s for s in page.boilerplate if s.startswith("Tous droits de reproduction"))
            assert text.count(notice) == 2
            assert page.html.count("<br") >= 8
        if page.family == "ngo-press-release":
            assert page.path.startswith(f"/{d:%Y/%m/%d}/")
            stamp = f"{d.day} {d:%B} {d.year}, {d:%H:%M}"
            assert stamp in text
            assert d.isoformat(timespec="seconds") not in page.html  # no machine-readable time
            assert not re.search(r"\d{2}:\d{2}:\d{2}|\d{2}:\d{2}[+-]\d{2}:?\d{2}|\d{2}:\d{2}Z", page.html)
            dated = set(re.findall(r'href="(/\d{4}/\d{2}/\d{2}/[^"]+)"', page.html))
            assert dated and dated <= paths[page.site], page.url
            assert any(s.startswith("About ") for s in page.boilerplate)
            assert any(s.startswith("Media contact: ") for s in page.boilerplate)
            assert any(s.startswith("Download this press release (PDF") for s in page.boilerplate)
            assert "ENDS" in text and "ENDS" not in page.body
