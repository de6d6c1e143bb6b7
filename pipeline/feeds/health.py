"""Feed health and adaptive polling: pure functions deciding when a feed is polled next."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

# Error kinds that say the feed itself is broken (weight 1); the rest are temporary (0.25).
HARD_ERRORS = frozenset({
    "http_404", "http_410", "http_401", "http_403", "not_a_feed", "xml_entities",
    "private_address", "robots_disallowed", "unsupported_content_type", "dns_error", "bad_url",
    "too_large", "redirect_loop", "too_many_redirects",
})
TEMPORARY_WEIGHT = 0.25
MAX_AGE_RE = re.compile(r"max-age\s*=\s*(\d+)", re.I)


@dataclass(frozen=True)
class PollPolicy:
    """Bounds and weights of adaptive polling (settings, with defaults)."""

    min_interval: float = 300.0  # 5 minutes
    default_interval: float = 1800.0  # 30 minutes: a new feed's first interval
    max_interval: float = 86400.0  # 1 day
    disable_score: float = 5.0  # weighted failures before a feed is disabled
    disabled_retry: float = 7 * 86400.0  # a disabled feed is tried again after a week
    quiet_factor: float = 5.0  # quiet for this many usual gaps: warn
    min_quiet: float = 86400.0  # never warn before a day of silence


def failure_weight(kind: str) -> float:
    """Weight of one failure: hard errors count fully, temporary ones a quarter."""
    return 1.0 if kind in HARD_ERRORS else TEMPORARY_WEIGHT


def server_hint(headers: dict[str, str], ttl_minutes: int | None, now: datetime) -> float:
    """The shortest interval the server asks for (seconds): Retry-After, Cache-Control, Expires, <ttl>."""
    hints = [0.0]
    lower = {k.lower(): v for k, v in headers.items()}
    retry = lower.get("retry-after", "").strip()
    if retry.isdigit():
        hints.append(float(retry))
    match = MAX_AGE_RE.search(lower.get("cache-control", ""))
    if match:
        hints.append(float(match.group(1)))
    elif lower.get("expires"):
        with contextlib.suppress(TypeError, ValueError):
            hints.append((parsedate_to_datetime(lower["expires"]) - now).total_seconds())
    if ttl_minutes:
        hints.append(ttl_minutes * 60.0)
    return max(hints)


def next_interval(
    previous: float | None, items: int, new_items: int, overlapped: bool, first_poll: bool,
    policy: PollPolicy,
) -> float:
    """Adapt the polling interval to what the last poll brought.

    No overlap with what we already had (every item new, on a feed polled before) means items
    were probably missed: poll at half the interval. Nothing new: back off by half again. Some
    new items and an overlap: the interval is about right; aim at a few new items per poll.
    """
    interval = previous or policy.default_interval
    if first_poll or items == 0:
        interval = interval if items else interval * 1.5
    elif not overlapped:
        interval /= 2
    elif new_items == 0:
        interval *= 1.5
    elif new_items > items / 2:
        interval *= 0.75
    return min(policy.max_interval, max(policy.min_interval, interval))


def success_schedule(
    now: datetime, previous: float | None, items: int, new_items: int, overlapped: bool,
    first_poll: bool, hint: float, policy: PollPolicy,
) -> tuple[float, datetime]:
    """Interval and next poll time after a successful poll; the server's hint is a floor."""
    interval = next_interval(previous, items, new_items, overlapped, first_poll, policy)
    wait = max(interval, min(hint, policy.max_interval))
    return interval, now + timedelta(seconds=wait)


def failure_schedule(
    now: datetime, previous: float | None, failures: int, score: float, hint: float,
    policy: PollPolicy,
) -> tuple[datetime, bool]:
    """Next poll time after a failure (exponential backoff) and whether to disable the feed."""
    if score >= policy.disable_score:
        return now + timedelta(seconds=policy.disabled_retry), True
    base = previous or policy.default_interval
    backoff = min(policy.max_interval, base * (2 ** max(0, failures - 1)))
    return now + timedelta(seconds=max(backoff, min(hint, policy.max_interval))), False


def new_item_gap(previous_gap: float | None, last_new: datetime | None, now: datetime) -> float | None:
    """Moving average of the time between polls that brought new items."""
    if last_new is None:
        return previous_gap
    gap = (now - last_new).total_seconds()
    return gap if previous_gap is None else 0.7 * previous_gap + 0.3 * gap


def quiet_warning(
    last_new: datetime | None, gap: float | None, now: datetime, policy: PollPolicy
) -> str | None:
    """Warn when a normally active feed has been silent far longer than usual."""
    if last_new is None or gap is None:
        return None
    silent = (now - last_new).total_seconds()
    if silent > max(policy.min_quiet, policy.quiet_factor * gap):
        return (f"feed_quiet: no new items for {silent / 3600:.1f} h; it usually brings new "
                f"items every {gap / 3600:.1f} h")
    return None
