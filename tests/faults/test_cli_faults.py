"""Fault injection with the command line at small size: each fault really happens, and after the
recovery every expected article is in the warehouse exactly once, with no partial row.

The scenarios are `tests/support/fault_scenarios.py`; `benchmarks/reliability.py` runs them at full size.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.support.fault_scenarios import (
    flaky_network,
    kill_during_load,
    kill_extract_worker,
    overlapping_ingests,
    restart_postgres,
)

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

EXIT_SYSTEM = 3  # newsflow's exit code when the warehouse failed


def test_kill_during_load_then_retry(base_dsn: str, tmp_path: Path) -> None:
    """A load task SIGKILLed in its second batch and retried loads every article exactly once."""
    out = kill_during_load(base_dsn, tmp_path, articles=120, batch=20)
    assert out.facts["kill_exit"] == -signal.SIGKILL
    # The first batch committed, the second rolled back with its process: its 20 pages still
    # `extracted`, claimed for load by the dead session until the retry took them over at once.
    assert out.facts["in_batch"] == 20
    assert out.facts["articles_before_retry"] == 20
    assert out.facts["states_before_retry"] == {"extracted": 100, "loaded": 20}
    assert out.facts["claims_before_retry"] == {"load": 20}
    assert out.facts["stuck_before_retry"] == 20
    assert out.facts["retry_exit"] == 0
    assert out.audit.clean, out.audit.describe()
    assert (out.audit.expected, out.audit.loaded) == (120, 120)


def test_postgres_restarted_mid_fetch_extract_and_load(tmp_path_factory: pytest.TempPathFactory,
                                                       tmp_path: Path) -> None:
    """Three crash restarts of PostgreSQL fail the runs using it; one more run completes the work."""
    state = tmp_path_factory.mktemp("restart-pg")
    out = restart_postgres(state, tmp_path, articles=100, batch=20)
    assert [before != after for before, after in out.facts["postmaster_pids"]] == [True] * 3
    assert out.facts["crash_exits"] == [EXIT_SYSTEM] * 3
    # each crash left claims behind, every one of them of a session the crash ended
    for claims, stuck in zip(out.facts["claims_after_crash"], out.facts["stuck_after_crash"], strict=True):
        assert sum(claims.values()) > 0, claims
        assert stuck == sum(claims.values()), (claims, stuck)
    assert out.facts["final_exit"] == 0
    assert out.facts["runs"] == 4
    assert out.audit.clean, out.audit.describe()
    assert out.audit.loaded == 100


def test_two_ingests_at_once(base_dsn: str, tmp_path: Path) -> None:
    """Two overlapping `newsflow ingest` runs of the same feeds load every article exactly once."""
    out = overlapping_ingests(base_dsn, tmp_path, articles=150, batch=20)
    assert out.facts["exits"] == [0, 0]
    assert out.facts["overlapped"], "the second run started after the first had finished"
    assert sum(out.facts["loaded_by_run"].values()) == 150
    assert out.audit.clean, out.audit.describe()
    assert out.audit.loaded == 150


def test_flaky_network(base_dsn: str, tmp_path: Path) -> None:
    """With 20% of requests failing (resets, truncations, timeouts, 5xx) reruns load every article once."""
    out = flaky_network(base_dsn, tmp_path, articles=400, share=0.2)
    injected = out.facts["injected"]
    assert set(injected) == {"reset", "truncate", "hang", "500", "502", "503"}, injected
    assert sum(injected.values()) >= 0.1 * out.facts["requests"]
    assert out.retries > sum(injected.values()) * 0.5  # failed requests were asked again
    assert out.audit.clean, out.audit.describe()
    assert out.audit.loaded == 400


def test_extraction_worker_killed(base_dsn: str, tmp_path: Path) -> None:
    """A SIGKILLed extraction worker costs no page: its batch is extracted again on a fresh pool."""
    out = kill_extract_worker(base_dsn, tmp_path, articles=120, batch=20)
    assert out.facts["victim_gone"]
    assert out.facts["pool_restarted"]
    assert out.facts["exit"] == 0
    assert out.facts["states_after_run"] == {"loaded": 120}  # nothing given up as empty
    assert out.facts["claims_after_run"] == {}  # nothing left claimed
    assert out.audit.clean, out.audit.describe()
