"""The pipeline's output on the bundled sample site, pinned: same articles, bodies and story links.

The hash covers (url, body, root url) of every article, URLs without their scheme, host and port
(the sample site serves on ephemeral ports). It was recorded from the code before the page state
machine was rewritten (pipeline/warehouse/pages.py); a change of extraction or dedup behaviour
changes it, and must then be re-pinned on purpose.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipeline.cli import run_stages
from pipeline.config import Settings

PINNED = ("49f1bfb77a03e4819ef5128ef661fb227cd4bd4192e7d95fd42944ecb821b2e2", 20, 0)


def _local(url: str | None) -> str:
    if url is None:
        return ""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def articles_digest(conn: Any) -> tuple[str, int]:
    """Hash of (url, body, root url) of all stored articles, in URL order; and their number."""
    rows = conn.execute(
        "SELECT a.url, a.body, r.url AS root FROM news.articles a "
        "LEFT JOIN news.articles r ON r.id = a.duplicate_of").fetchall()
    digest = hashlib.sha256()
    items = sorted((_local(r["url"]), r["body"], _local(r["root"])) for r in rows)
    for item in items:
        digest.update(repr(item).encode())
    return digest.hexdigest(), len(items)


def test_sample_site_output_is_pinned(demo_site: Any, settings: Settings, conn: Any, tmp_path: Path) -> None:
    feeds_file = tmp_path / "feeds.yaml"
    demo_site.write_feeds_file(feeds_file, include_bad=True)
    run_stages({"feeds_file": str(feeds_file)}, settings, "test")
    digest, count = articles_digest(conn)
    assert count > 0
    duplicates = conn.execute("SELECT count(*) AS n FROM news.pages WHERE state = 'duplicate'").fetchone()
    assert (digest, count, duplicates["n"]) == PINNED, (digest, count, duplicates["n"])
