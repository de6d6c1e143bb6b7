"""URL canonicalisation: one canonical form per article URL, and which declared URLs to trust."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, unquote_plus, urlencode, urlsplit, urlunsplit

import courlan

# Tracking parameters courlan's TRACKERS_RE does not know (it covers utm_*, fbclid, gclid,
# msclkid, mc_*, ref, source, ...): publishers' own campaign tags and mailing-list tags.
EXTRA_TRACKERS_RE = re.compile(
    r"^(?:cmpid|ocid|smid|smtyp|cmp|ito|icid|intcmp|taid|sr_share|"
    r"_hs(?:enc|mi)|__s|at_[a-z]+|wt\.[a-z_]+|ns_[a-z]+|s_cid|soc_(?:src|trk)|"
    r"spm|trk|trkid|tracking|guccounter|guce_[a-z_]+)$",
    re.IGNORECASE,
)
# Query parameters asking for the AMP rendering of a page (?amp, ?amp=1, ?outputType=amp).
AMP_PARAMS = frozenset({"amp", "_amp", "usqp"})
AMP_VALUE_PARAMS = frozenset({"outputtype", "output", "format"})
# Redirect wrappers: host -> (query parameters carrying the target, paths where it applies or
# None for hosts that only redirect).
REDIRECTORS: dict[str, tuple[tuple[str, ...], tuple[str, ...] | None]] = {
    "google.com": (("url", "q"), ("/url",)),
    "news.url.google.com": (("url",), ("/url",)),
    "youtube.com": (("q",), ("/redirect",)),
    "linkedin.com": (("url",), ("/safety/go",)),
    "l.facebook.com": (("u",), None),
    "lm.facebook.com": (("u",), None),
    "l.messenger.com": (("u",), None),
    "l.instagram.com": (("u",), None),
    "out.reddit.com": (("url",), None),
    "t.umblr.com": (("z",), None),
    "slack-redir.net": (("url",), None),
    "away.vk.com": (("to",), None),
    "safelinks.protection.outlook.com": (("url",), None),
}
GOOGLE_AMP_RE = re.compile(r"^/amp/(s/)?(.+)$")
AMP_CACHE_RE = re.compile(r"^/(?:c|v|i|wp|r)/(?:[a-z]/)*?(s/)?([^/]+\..+)$")
AMP_PATH_RE = re.compile(r"(?:/amp/?$)|(?:\.amp(?=\.html?$))|(?:^/amp(?=/))", re.IGNORECASE)
MAX_UNWRAP = 3


def _unwrap(url: str) -> str | None:
    """Return the target of a recognised redirect wrapper or AMP cache URL, else None."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.endswith(".cdn.ampproject.org"):
        match = AMP_CACHE_RE.match(parts.path)
        if match:
            return ("https://" if match[1] else "http://") + match[2] + (
                "?" + parts.query if parts.query else "")
    bare = host.removeprefix("www.")
    if bare.startswith("google.") and (match := GOOGLE_AMP_RE.match(parts.path)):
        return ("https://" if match[1] else "http://") + match[2]
    if host == "href.li" and parts.query.startswith("http"):
        return unquote(parts.query)
    if bare.startswith("google.") and bare.count(".") <= 2:
        bare = "google.com"  # google.de, google.co.uk, ...
    elif bare.endswith(".safelinks.protection.outlook.com"):
        bare = "safelinks.protection.outlook.com"
    rule = REDIRECTORS.get(bare)
    if rule and (rule[1] is None or parts.path in rule[1]):
        params = dict(parse_qsl(parts.query))
        for name in rule[0]:
            target = params.get(name, "")
            if target.startswith(("http://", "https://")):
                return target
    return None


def _drop_amp_path(path: str) -> str:
    """Remove the AMP markers from a path: a trailing or leading /amp segment, a .amp suffix."""
    stripped = AMP_PATH_RE.sub("", path)
    return stripped or "/"


def _unwrapped(url: str) -> str:
    """The URL without its redirect wrappers (a feed proxy's, a mail scanner's)."""
    url = url.strip()
    for _ in range(MAX_UNWRAP):
        target = _unwrap(url)
        if target is None:
            break
        url = target
    return url


def _is_amp(key: str, value: str) -> bool:
    """Is a query parameter an AMP marker ("amp=1", "outputType=amp")?"""
    key = key.lower()
    return key in AMP_PARAMS or (key in AMP_VALUE_PARAMS and value.lower() == "amp")


def _is_amp_pair(pair: str) -> bool:
    """Is a query's "key=value" as written (escaped) an AMP marker?"""
    key, _, value = pair.partition("=")
    return _is_amp(unquote_plus(key), unquote_plus(value))


def canonical_url(url: str) -> str:
    """Return the canonical form of a URL: trackers, fragment and AMP/redirect wrappers removed.

    The canonical form is the page's key: its query parameters sorted and its escapes normalised,
    so that one article has one key however a feed writes its link. It is not where the page is
    fetched from (`fetch_url`)."""
    url = _unwrapped(url)
    try:
        normalized = courlan.normalize_url(courlan.scrub_url(url), strict=False)
    except (ValueError, AttributeError):
        return url
    parts = urlsplit(normalized)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return url
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not (EXTRA_TRACKERS_RE.match(k) or _is_amp(k, v))]
    return urlunsplit((parts.scheme, parts.netloc, _drop_amp_path(parts.path),
                       urlencode(query), ""))


def fetch_url(link: str) -> str:
    """Where to fetch a feed's link: out of its redirect wrappers, without its fragment and its AMP
    markers (the canonical page, not the AMP copy), and otherwise exactly as written: its escapes,
    its parameters and their order (a server may answer only the form its links use: "NewsID=5&CatID=9",
    "%ce%ac", "id=5:slug", "/path;jsessionid=…")."""
    url = _unwrapped(link)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return url
    query = "&".join(pair for pair in parts.query.split("&") if pair and not _is_amp_pair(pair))
    return urlunsplit((parts.scheme, parts.netloc, _drop_amp_path(parts.path), query, ""))


def written_url(link: str) -> str:
    """A feed's link exactly as written, out of its redirect wrappers and without its fragment: where
    a page is fetched when the page without its AMP markers is not there (a site of AMP pages only)."""
    url = _unwrapped(link)
    return url.partition("#")[0]


def host_of(url: str) -> str:
    """Return the host[:port] part of a URL, lower-cased."""
    return urlsplit(url).netloc.lower()


def site_of(url: str) -> str:
    """Return the site of a URL: its registered domain (or IP / bare host) and explicit port."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    domain = courlan.extract_domain(url) if "." in host and not host.replace(".", "").isdigit() else None
    try:
        port = parts.port
    except ValueError:
        port = None
    if (parts.scheme, port) in (("http", 80), ("https", 443)):
        port = None
    return f"{domain or host}:{port}" if port else (domain or host)


def trusted_canonical(page_url: str, declared: str | None) -> str:
    """Return the declared canonical URL if it stays on the page's site, else the page URL; canonicalised."""
    page = canonical_url(page_url)
    if not declared or not declared.strip():
        return page
    declared = declared.strip()
    if declared.startswith("//"):
        declared = urlsplit(page).scheme + ":" + declared
    elif declared.startswith("/"):
        parts = urlsplit(page)
        declared = f"{parts.scheme}://{parts.netloc}{declared}"
    if not declared.startswith(("http://", "https://")):
        return page
    candidate = canonical_url(declared)
    if site_of(candidate) != site_of(page):
        return page
    return candidate
