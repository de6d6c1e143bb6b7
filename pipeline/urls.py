"""URL canonicalisation: one canonical form per article URL."""

from __future__ import annotations

from urllib.parse import urlsplit

import courlan


def canonical_url(url: str) -> str:
    """Return the canonical form of a URL: tracking parameters and fragment removed, host lowered."""
    url = url.strip()
    normalized = courlan.normalize_url(url, strict=True)
    return normalized or url


def host_of(url: str) -> str:
    """Return the host[:port] part of a URL, lower-cased."""
    return urlsplit(url).netloc.lower()
