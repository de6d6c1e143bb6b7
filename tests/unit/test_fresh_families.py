"""The families of pipeline.synth.fresh_families: each page's truth matches its HTML, family by
family (the checks every held-out split has, its registration among them, are in test_split_families.py)."""

from __future__ import annotations

import re

import pytest

from pipeline.synth.publishers import SynthPage
from tests.synthtruth import split_pages, visible_text


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("fresh"))


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
