"""The news_ingest DAG: it imports cleanly, is wired as designed, and runs for real."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.dags.conftest import load_dag


def test_dag_imports_without_errors() -> None:
    """The DAG folder imports with no errors and defines news_ingest."""
    dag = load_dag("news_ingest")
    assert dag is not None


def test_dag_shape_and_settings() -> None:
    """Stages are chained in order; schedule, catchup, max runs, retries and params are set."""
    dag = load_dag("news_ingest")
    order = ["start", "poll", "fetch", "extract", "load", "summarize"]
    assert set(dag.task_dict) == set(order)
    for upstream, downstream in zip(order, order[1:], strict=False):
        assert downstream in dag.task_dict[upstream].downstream_task_ids
    assert dag.catchup is False and dag.max_active_runs == 1
    assert dag.schedule == "*/30 * * * *"
    assert set(dag.params.keys()) == {"feeds_file", "feed_urls", "max_articles", "force", "dry_run"}
    for task in dag.tasks:
        assert task.retries == 3 and task.retry_exponential_backoff
    assert dag.doc_md and "news.errors" in dag.doc_md
    from airflow.sdk.definitions.mappedoperator import MappedOperator

    assert isinstance(dag.task_dict["extract"], MappedOperator)  # shards share the pages


def test_bad_param_is_refused() -> None:
    """A negative max_articles is refused by the Param schema."""
    import copy

    from airflow.sdk.definitions.param import ParamValidationError

    params = copy.deepcopy(load_dag("news_ingest").params)
    with pytest.raises(ParamValidationError, match="max_articles"):
        params["max_articles"] = -1
    with pytest.raises(ParamValidationError, match="dry_run"):
        params["dry_run"] = "sometimes"


def test_dag_run_loads_the_sample_site(airflow_db: None, newsflow_env: Any, demo_site: Any,
                                       conn: Any, tmp_path: Path) -> None:
    """dag.test() runs every task for real and leaves the sample articles in news.articles."""
    from airflow.utils.state import DagRunState

    feeds_file = tmp_path / "feeds.yaml"
    demo_site.write_feeds_file(feeds_file, include_bad=True)
    run = load_dag("news_ingest").test(run_conf={"feeds_file": str(feeds_file), "force": True})
    assert run.state == DagRunState.SUCCESS
    rows = conn.execute("SELECT url, body FROM news.articles").fetchall()
    assert {r["url"] for r in rows} == {a.url for a in demo_site.articles}
    seed = next(a for a in demo_site.articles if a.kind == "seed")
    assert next(r["body"] for r in rows if r["url"] == seed.url) == "\n".join(seed.paragraphs)
    runs = conn.execute("SELECT source, external_id, status, counts FROM news.runs").fetchall()
    assert len(runs) == 1 and runs[0]["source"] == "airflow" and runs[0]["status"] == "success"
    assert runs[0]["counts"]["articles_loaded"] == len(demo_site.articles)
    shards = run.get_task_instances()
    assert len([ti for ti in shards if ti.task_id == "extract"]) == 2
    assert runs[0]["counts"]["articles_extracted"] >= len(demo_site.articles)
    errors = conn.execute("SELECT stage, kind FROM news.errors").fetchall()
    assert {("fetch", "http_404"), ("poll", "not_a_feed")} <= {(e["stage"], e["kind"]) for e in errors}


def test_dag_chains_stages_without_dummy_arguments() -> None:
    """Stages take only the run (start's XCom): the order comes from chain, not from arguments."""
    import inspect

    dag = load_dag("news_ingest")
    for task_id in ("poll", "fetch", "extract", "load", "summarize"):
        task = dag.task_dict[task_id]
        callable_ = task.python_callable if hasattr(task, "python_callable") \
            else task.partial_kwargs["python_callable"]
        params = [p for p in inspect.signature(callable_).parameters if p != "context"]
        assert params == (["run", "shard"] if task_id == "extract" else ["run"]), (task_id, params)


def test_failed_task_closes_the_run_as_failed(airflow_db: None, newsflow_env: Any, demo_site: Any,
                                              conn: Any, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A task that really fails (fetch's claims get a lease PostgreSQL cannot represent: a
    warehouse error) ends the DAG run failed, and the run in news.runs is closed as failed with
    the task and its error, instead of staying `running`."""
    from airflow.utils.state import DagRunState

    # ~3 billion years: a valid setting for newsflow, an "interval out of range" for PostgreSQL
    monkeypatch.setenv("NEWSFLOW_CLAIM_LEASE_SECONDS", str(10**17))
    feeds_file = tmp_path / "feeds.yaml"
    demo_site.write_feeds_file(feeds_file)
    dag = load_dag("news_ingest")
    for task in dag.tasks:  # fail for good at once (the DAG retries with minutes of backoff)
        task.retries = 0
    run = dag.test(run_conf={"feeds_file": str(feeds_file), "force": True})
    assert run.state == DagRunState.FAILED
    assert {ti.task_id: ti.state for ti in run.get_task_instances()}["fetch"] == "failed"
    rows = conn.execute("SELECT status, finished_at, reason FROM news.runs").fetchall()
    assert len(rows) == 1 and rows[0]["status"] == "failed" and rows[0]["finished_at"] is not None
    assert rows[0]["reason"].startswith("task fetch: ") and "out of range" in rows[0]["reason"]
