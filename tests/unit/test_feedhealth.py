"""Adaptive polling and failure weighting (pure functions)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline.feeds.health import (
    PollPolicy,
    failure_schedule,
    failure_weight,
    next_interval,
    quiet_warning,
    server_hint,
    success_schedule,
)

P = PollPolicy(min_interval=300, default_interval=1800, max_interval=86400, disable_score=5)
NOW = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)


def test_no_overlap_means_poll_sooner() -> None:
    """When every item is new on a known feed (items probably missed), the interval halves."""
    assert next_interval(1800, items=20, new_items=20, overlapped=False, first_poll=False, policy=P) == 900


def test_nothing_new_backs_off() -> None:
    """A poll that brings nothing new lengthens the interval by half."""
    assert next_interval(1800, items=20, new_items=0, overlapped=True, first_poll=False, policy=P) == 2700


def test_some_new_with_overlap_keeps_the_interval() -> None:
    """A few new items and an overlap: the interval is about right."""
    assert next_interval(1800, items=20, new_items=3, overlapped=True, first_poll=False, policy=P) == 1800


def test_first_poll_does_not_count_as_missed_items() -> None:
    """On a feed's first poll everything is new, which says nothing about missed items."""
    assert next_interval(None, items=20, new_items=20, overlapped=False, first_poll=True, policy=P) == 1800


def test_interval_is_bounded() -> None:
    """The interval never leaves [min_interval, max_interval]."""
    assert next_interval(400, 20, 20, False, False, P) == 300
    assert next_interval(80000, 20, 0, True, False, P) == 86400


def test_server_hints_are_floors() -> None:
    """Cache-Control max-age, Retry-After and <ttl> delay the next poll; the largest wins."""
    assert server_hint({"Cache-Control": "public, max-age=3600"}, None, NOW) == 3600
    assert server_hint({"Retry-After": "7200"}, 60, NOW) == 7200
    assert server_hint({}, 90, NOW) == 5400
    expires = (NOW + timedelta(hours=2)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert abs(server_hint({"Expires": expires}, None, NOW) - 7200) < 1
    interval, when = success_schedule(NOW, 1800, 20, 3, True, False, 3600, P)
    assert interval == 1800 and when == NOW + timedelta(seconds=3600)


def test_hard_errors_weigh_more_than_temporary_ones() -> None:
    """A 404 or a non-feed counts 1, a timeout or 5xx a quarter."""
    assert failure_weight("http_404") == failure_weight("not_a_feed") == 1.0
    assert failure_weight("timeout") == failure_weight("http_5xx") == 0.25


def test_failures_back_off_exponentially_then_disable() -> None:
    """Consecutive failures double the wait; past the score limit the feed is disabled."""
    waits = [failure_schedule(NOW, 1800, n, n * 0.25, 0, P)[0] - NOW for n in (1, 2, 3)]
    assert waits == [timedelta(seconds=1800), timedelta(seconds=3600), timedelta(seconds=7200)]
    when, disabled = failure_schedule(NOW, 1800, 5, 5.0, 0, P)
    assert disabled and when == NOW + timedelta(seconds=P.disabled_retry)
    assert failure_schedule(NOW, 1800, 4, 4.0, 0, P)[1] is False


def test_quiet_feed_warning() -> None:
    """A feed silent for far longer than its usual gap between new items is flagged."""
    usual = 3 * 3600.0
    assert quiet_warning(NOW - timedelta(hours=6), usual, NOW, P) is None
    warning = quiet_warning(NOW - timedelta(days=3), usual, NOW, P)
    assert warning and warning.startswith("feed_quiet")
    assert quiet_warning(None, usual, NOW, P) is None
