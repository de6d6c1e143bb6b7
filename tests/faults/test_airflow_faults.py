"""Fault injection through real Airflow (`airflow standalone`, LocalExecutor) at small size: a manual
trigger during a scheduled run, and the load task's process SIGKILLed mid-batch and retried by
Airflow itself. Both share one Airflow session (`tests/support/fault_airflow.run_all`)."""

from __future__ import annotations

import pytest

from tests.support.fault_airflow import run_all
from tests.support.faults import Outcome

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

ARTICLES = 100


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """Both Airflow scenarios, run once for the module."""
    state = tmp_path_factory.mktemp("airflow-faults")
    scheduled, killed = run_all(state / "state", state, articles=ARTICLES, batch=20)
    return {"scheduled_and_manual": scheduled, "kill_load_task": killed}


def test_manual_trigger_during_scheduled_run(outcomes: dict[str, Outcome]) -> None:
    """A manual run triggered during the scheduled run waits for it; the articles land once."""
    out = outcomes["scheduled_and_manual"]
    assert out.facts["scheduled_state_at_trigger"] == "running"
    assert sorted(out.facts["dag_runs"]) == [("manual", "success"), ("scheduled", "success")]
    assert [status for status, _ in out.facts["news_runs"]] == ["success", "success"]
    assert [loaded for _, loaded in out.facts["news_runs"]][1] == 0  # all already there
    assert out.audit.clean, out.audit.describe()
    assert out.audit.loaded == ARTICLES


def test_load_task_killed_and_retried_by_airflow(outcomes: dict[str, Outcome]) -> None:
    """The load task SIGKILLed mid-batch is retried by Airflow (try 2) and loads every article once."""
    out = outcomes["kill_load_task"]
    # Airflow's supervisor saw its task process die of SIGKILL and put the task up for retry.
    assert out.facts["supervisor_saw"] == "exit_code=<Negsignal.SIGKILL: -9> final_state=up_for_retry"
    assert out.facts["tries"]["load"] == (2, "success")
    assert out.facts["run_state"] == "success"
    assert out.facts["news_run"]["status"] == "success"
    assert out.facts["committed_before_kill"] == 20  # the first batch; the second was rolled back
    assert out.audit.clean, out.audit.describe()
    assert (out.audit.expected, out.audit.loaded) == (2 * ARTICLES, 2 * ARTICLES)
