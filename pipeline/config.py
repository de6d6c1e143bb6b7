"""Settings (from NEWSFLOW_* environment variables) and feed lists (YAML feeds files, OPML)."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring

import yaml
from defusedxml import ElementTree as SafeET

from pipeline.models import FeedSpec

ENV_PREFIX = "NEWSFLOW_"
TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


class ConfigError(ValueError):
    """A setting or a feeds file is invalid; the message says which and why."""


def _parse_networks(value: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] | bool:
    """Parse NEWSFLOW_ALLOW_PRIVATE_NETWORKS: true/false, or a comma-separated list of CIDRs."""
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    try:
        return tuple(ipaddress.ip_network(part.strip(), strict=False) for part in value.split(","))
    except ValueError as exc:
        raise ConfigError(
            f"NEWSFLOW_ALLOW_PRIVATE_NETWORKS: expected true, false or a list of CIDRs "
            f"such as 127.0.0.0/8, got {value!r} ({exc})"
        ) from None


@dataclass(frozen=True)
class Settings:
    """All newsflow settings, validated once. Field `x` is read from NEWSFLOW_X."""

    database_url: str | None = None
    state_dir: Path = field(default_factory=lambda: Path.cwd() / ".newsflow")
    feeds_file: str | None = None
    # False: refuse loopback/private/link-local targets; True: allow all; tuple: allow these networks.
    allow_private_networks: Any = False
    user_agent: str = "newsflow/0.1 (+https://github.com/newsflow/newsflow)"
    contact_url: str | None = None
    per_host_concurrency: int = 2
    per_host_delay: float = 0.0
    total_concurrency: int = 32
    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    total_timeout: float = 30.0
    max_bytes: int = 5_000_000
    max_feed_bytes: int = 10_000_000
    max_redirects: int = 5
    retries: int = 2
    retry_backoff: float = 0.5
    max_retry_after: float = 30.0  # longer Retry-After: give up now, retry in a later run
    batch_size: int = 200
    claim_lease_seconds: int = 900
    extract_processes: int = 0  # 0: one per core
    obey_robots: bool = True
    poll_min_interval: float = 300.0
    poll_max_interval: float = 86400.0
    poll_disable_score: float = 5.0
    raw_retention_days: int = 90  # raw HTML of finished pages kept this long (0: forever)
    # Near-duplicate confirmation (pipeline/dedup/index.py; defaults chosen with benchmarks/dedup.py).
    # The shingling and LSH banding are fixed: changing them would orphan the stored band keys.
    dedup_near: bool = True  # False: exact duplicates only, no MinHash signatures computed or stored
    dedup_min_containment: float = 0.45
    dedup_max_fact_conflict: float = 0.25
    dedup_max_changed_names: int = 1

    @property
    def dedup(self) -> Any:
        """The near-duplicate settings these settings describe."""
        from pipeline.dedup.index import DedupSettings

        return DedupSettings(min_containment=self.dedup_min_containment,
                             max_fact_conflict=self.dedup_max_fact_conflict,
                             max_changed_names=self.dedup_max_changed_names)

    @property
    def poll_policy(self) -> Any:
        """The adaptive polling policy these settings describe."""
        from pipeline.feeds.health import PollPolicy

        return PollPolicy(min_interval=self.poll_min_interval,
                          max_interval=self.poll_max_interval,
                          disable_score=self.poll_disable_score)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from NEWSFLOW_* variables (or `env`), then apply overrides."""
        env = dict(os.environ if env is None else env)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is None:
                continue
            values[f.name] = _convert(f.name, f.type, raw)
        settings = cls(**values)
        return replace(settings, **overrides) if overrides else settings

    def __post_init__(self) -> None:
        for name in ("per_host_concurrency", "total_concurrency", "batch_size", "max_bytes",
                     "max_feed_bytes", "claim_lease_seconds"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"NEWSFLOW_{name.upper()} must be > 0, got {getattr(self, name)}")
        for name in ("per_host_delay", "connect_timeout", "read_timeout", "total_timeout",
                     "retry_backoff", "max_retry_after"):
            if getattr(self, name) < 0:
                raise ConfigError(f"NEWSFLOW_{name.upper()} must be >= 0, got {getattr(self, name)}")
        if self.raw_retention_days < 0:
            raise ConfigError(f"NEWSFLOW_RAW_RETENTION_DAYS must be >= 0, got {self.raw_retention_days}")
        for name in ("dedup_min_containment", "dedup_max_fact_conflict"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ConfigError(
                    f"NEWSFLOW_{name.upper()} must be between 0 and 1, got {getattr(self, name)}")
        if self.dedup_max_changed_names < 0:
            raise ConfigError("NEWSFLOW_DEDUP_MAX_CHANGED_NAMES must be >= 0, "
                              f"got {self.dedup_max_changed_names}")
        if self.max_redirects < 0 or self.retries < 0 or self.extract_processes < 0:
            raise ConfigError("NEWSFLOW_MAX_REDIRECTS, _RETRIES and _EXTRACT_PROCESSES must be >= 0")
        allow = self.allow_private_networks
        if isinstance(allow, (list, tuple)):
            allow = ",".join(str(n) for n in allow)
        if isinstance(allow, str):
            object.__setattr__(self, "allow_private_networks", _parse_networks(allow))
        if self.database_url is not None and not self.database_url.startswith(
            ("postgresql://", "postgres://")
        ):
            raise ConfigError(
                "NEWSFLOW_DATABASE_URL must be a postgresql:// URL, got "
                f"{self.database_url.split('@')[-1]!r}"
            )
        object.__setattr__(self, "state_dir", Path(self.state_dir).expanduser().absolute())

    @property
    def full_user_agent(self) -> str:
        """User-Agent header: the configured agent plus the contact URL when set."""
        if self.contact_url:
            return f"{self.user_agent} contact: {self.contact_url}"
        return self.user_agent


def _convert(name: str, type_name: Any, raw: str) -> Any:
    """Convert one environment string to the field's type, with a clear error."""
    type_name = str(type_name)
    key = ENV_PREFIX + name.upper()
    if name == "allow_private_networks":
        return _parse_networks(raw)
    if type_name == "bool":
        word = raw.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ConfigError(f"{key}: expected true or false, got {raw!r}")
    if type_name in ("int", "float"):
        try:
            return int(raw) if type_name == "int" else float(raw)
        except ValueError:
            raise ConfigError(f"{key}: expected a number, got {raw!r}") from None
    if type_name == "Path":
        return Path(raw)
    return raw or None


def load_feeds_file(path: str | Path) -> list[FeedSpec]:
    """Read a YAML feeds file: `feeds:` then a list of mappings with url (required), name, tags."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"feeds file not found: {path}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"feeds file {path} is not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("feeds"), list):
        raise ConfigError(f"feeds file {path}: expected a mapping with a 'feeds:' list")
    feeds: list[FeedSpec] = []
    for i, item in enumerate(data["feeds"], start=1):
        if isinstance(item, str):
            item = {"url": item}
        if not isinstance(item, dict) or not isinstance(item.get("url"), str) or not item["url"]:
            raise ConfigError(f"feeds file {path}: feed #{i} needs a 'url:' string")
        url = item["url"].strip()
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"feeds file {path}: feed #{i} url must be http(s), got {url!r}")
        tags = item.get("tags") or []
        if isinstance(tags, str):
            tags = [tags]
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise ConfigError(f"feeds file {path}: feed #{i} 'tags:' must be a list of strings")
        name = item.get("name")
        feeds.append(FeedSpec(url=url, name=str(name) if name else None, tags=tuple(tags)))
    return feeds


def write_feeds_file(path: str | Path, feeds: list[FeedSpec]) -> None:
    """Write a YAML feeds file."""
    items = []
    for feed in feeds:
        item: dict[str, Any] = {"url": feed.url}
        if feed.name:
            item["name"] = feed.name
        if feed.tags:
            item["tags"] = list(feed.tags)
        items.append(item)
    Path(path).write_text(yaml.safe_dump({"feeds": items}, sort_keys=False), encoding="utf-8")


def opml_categories(value: str | None) -> tuple[str, ...]:
    """Tags from an OPML `category` attribute: comma-separated, each possibly a slash-delimited
    path ("/Boston/Weather", OPML 2.0), kept as the path without its outer slashes."""
    if not value:
        return ()
    return tuple(tag for tag in (part.strip().strip("/").strip() for part in value.split(",")) if tag)


def _unique(tags: tuple[str, ...]) -> tuple[str, ...]:
    """Tags without repeats, first occurrence first."""
    return tuple(dict.fromkeys(tags))


def load_opml(path: str | Path) -> list[FeedSpec]:
    """Read feeds from an OPML file (outline elements with xmlUrl). A feed's tags are the titles of
    the folder outlines it is nested in, then those of its `category` attribute (a folder's
    `category` applies to the feeds inside it too), each once."""
    try:
        root = SafeET.parse(str(path)).getroot()
    except FileNotFoundError:
        raise ConfigError(f"OPML file not found: {path}") from None
    except Exception as exc:  # defusedxml raises several kinds for hostile or broken XML
        raise ConfigError(f"OPML file {path} is not valid XML: {exc}") from None
    body = root.find("body")
    if root.tag != "opml" or body is None:
        raise ConfigError(f"OPML file {path}: no <opml><body> element")
    feeds: list[FeedSpec] = []

    def walk(node: Element, tags: tuple[str, ...]) -> None:
        for outline in node.findall("outline"):
            url = outline.get("xmlUrl")
            label = (outline.get("title") or outline.get("text") or "").strip() or None
            categories = opml_categories(outline.get("category"))
            if url:
                feeds.append(FeedSpec(url=url.strip(), name=label, tags=_unique(tags + categories)))
            else:
                walk(outline, tags + ((label,) if label else ()) + categories)

    walk(body, ())
    return feeds


def dump_opml(feeds: list[FeedSpec], title: str = "newsflow feeds") -> str:
    """Render feeds as an OPML 2.0 document."""
    root = Element("opml", version="2.0")
    head = SubElement(root, "head")
    SubElement(head, "title").text = title
    body = SubElement(root, "body")
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.name or feed.url, "xmlUrl": feed.url}
        # Tags are comma-separated in `category`: a comma inside a tag cannot survive (it is
        # written as a space), nor can a tag's leading or trailing "/" (a category path).
        tags = [" ".join(t.replace(",", " ").split()) for t in feed.tags]
        if any(tags):
            attrs["category"] = ",".join(t for t in tags if t)
        SubElement(body, "outline", attrs)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + tostring(root, encoding="unicode")
