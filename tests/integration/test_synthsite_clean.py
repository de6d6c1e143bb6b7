"""The second sample site (pipeline/synth/site.py: other templates, three layouts, with navigation,
share bars, newsletter boxes, related-story blocks and footers) ingested end to end: every stored
body is exactly its article's paragraphs, no boilerplate line, no paragraph lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.config import Settings
from pipeline.runner import run_stages
from pipeline.synth.site import SynthSite


def test_synthetic_site_bodies_are_exactly_their_paragraphs(settings: Settings, conn: Any,
                                                            tmp_path: Path) -> None:
    """40 articles over 4 hosts (3 page layouts: WordPress-like, <main>/<aside>, div/table soup)."""
    with SynthSite(articles=40, hosts=4, seed=7) as site:
        feeds_file = site.write_feeds_file(tmp_path / "feeds.yaml")
        run_stages({"feeds_file": str(feeds_file)}, settings, "test")
        expected = {url: "\n".join(a.paragraphs) for url, a in zip(site.article_urls(), site.generated, strict=True)}
    stored = {r["url"]: r["body"] for r in conn.execute("SELECT url, body FROM news.articles")}
    assert set(stored) == set(expected)
    wrong = {url: body for url, body in stored.items() if body != expected[url]}
    assert not wrong, next(iter(wrong.items()))
