"""The news_reextract DAG: manual only, a validated trigger form, and a real run."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from pipeline.runner import run_stages
from tests.dags.conftest import load_dag


def test_form_is_validated() -> None:
    """Manual only; dates must be dates, the limit non-negative; every Param is documented."""
    from airflow.sdk.definitions.param import ParamValidationError

    dag = load_dag("news_reextract")
    assert dag.schedule is None and dag.doc_md and "news.errors" in dag.doc_md
    params = copy.deepcopy(dag.params)
    params["since"] = "2026-11-01"
    with pytest.raises(ParamValidationError, match="since"):
        params["since"] = "2026-13-45"
    with pytest.raises(ParamValidationError, match="limit"):
        params["limit"] = -5
    for name in ("site", "since", "until", "limit"):
        param = dag.params.get_param(name)
        assert param.schema.get("title") and param.description, name


def test_dag_run_rewrites_stale_bodies(airflow_db: None, newsflow_env: Any, demo_site: Any, conn: Any,
                                       tmp_path: Path) -> None:
    """dag.test() with a site Param re-extracts that site's articles and records the run."""
    from airflow.utils.state import DagRunState

    feeds_file = tmp_path / "feeds.yaml"
    demo_site.write_feeds_file(feeds_file, include_bad=False)
    run_stages({"feeds_file": str(feeds_file)}, newsflow_env, "test")
    site = conn.execute("SELECT site FROM news.articles ORDER BY id LIMIT 1").fetchone()["site"]
    clean = {r["id"]: r["body"] for r in conn.execute("SELECT id, body FROM news.articles")}
    conn.execute("UPDATE news.articles SET body = body || E'\\nSign up for our newsletter', "
                 "content_hash = content_hash || '-old'")
    conn.commit()
    run = load_dag("news_reextract").test(run_conf={"site": site})
    assert run.state == DagRunState.SUCCESS
    bodies = {r["id"]: (r["site"], r["body"]) for r in conn.execute("SELECT id, site, body FROM news.articles")}
    assert all(body == clean[i] for i, (s, body) in bodies.items() if s == site)
    assert all(body != clean[i] for i, (s, body) in bodies.items() if s != site)
    row = conn.execute("SELECT counts, external_id FROM news.runs WHERE source = 'airflow-reextract'").fetchone()
    assert row["external_id"].startswith("news_reextract/")
    assert row["counts"]["reextract_changed"] == sum(1 for s, _ in bodies.values() if s == site) > 0
