"""Every DAG is documented with a validated trigger form; ingest publishes the Asset and its summary.

Real runs through dag.test(): news_ingest on the sample site (run note, Asset event only when
articles were loaded), news_digest on the result, news_maintenance.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

DAGS = Path(__file__).resolve().parents[2] / "dags"


@pytest.fixture(scope="module")
def airflow_db() -> None:
    """Airflow's metadata schema, fresh for this module (SQLite in the session's AIRFLOW_HOME)."""
    from airflow.utils.db import resetdb

    resetdb()


def _bag():  # type: ignore[no-untyped-def]
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAGS))
    assert bag.import_errors == {}
    return bag


def test_every_dag_is_documented_with_a_validated_form() -> None:
    """Each DAG has doc_md, tags, an owner, and Params with title, description, default and a type."""
    bag = _bag()
    assert set(bag.dags) == {"news_ingest", "news_reextract", "news_digest", "news_maintenance"}
    for dag_id, dag in bag.dags.items():
        assert dag.doc_md and dag.doc_md.strip().startswith(f"### {dag_id}"), dag_id
        assert "newsflow" in dag.tags and len(dag.tags) >= 2, dag_id
        assert {t.owner for t in dag.tasks} == {"newsflow"}, dag_id
        assert dag.params, dag_id
        for name in dag.params:
            param = dag.params.get_param(name)
            assert param.schema.get("title") and param.description and param.schema.get("type"), \
                (dag_id, name)
            param.resolve()  # the default itself is valid


@pytest.mark.parametrize(("dag_id", "name", "bad", "good"), [
    ("news_ingest", "max_articles", -1, 25),
    ("news_ingest", "max_articles", "many", 0),
    ("news_ingest", "feed_urls", "http://one.test/rss", ["http://one.test/rss"]),
    ("news_ingest", "dry_run", "yes", True),
    ("news_reextract", "since", "last week", "2026-03-01"),
    ("news_reextract", "limit", -5, 10),
    ("news_digest", "day", "yesterday", "2026-03-01"),
    ("news_digest", "top_n", 0, 3),
    ("news_digest", "top_n", 51, 50),
    ("news_maintenance", "retention_days", -1, 30),
    ("news_maintenance", "vacuum", "maybe", False),
])
def test_bad_params_are_refused(dag_id: str, name: str, bad: object, good: object) -> None:
    """A value outside the Param's JSON schema is refused with the Param's name; a good one is kept."""
    from airflow.sdk.definitions.param import ParamValidationError

    params = copy.deepcopy(_bag().dags[dag_id].params)
    with pytest.raises(ParamValidationError, match=name) as refused:
        params[name] = bad
    # The message names the Param and says why (the JSON-schema rule the value broke).
    assert repr(bad) in str(refused.value) or str(bad) in str(refused.value), str(refused.value)
    params[name] = good
    assert params[name] == good


def test_digest_is_scheduled_on_the_asset_ingest_publishes() -> None:
    """news_digest's schedule is the Asset behind the alias that news_ingest's load task emits to."""
    from airflow.sdk import Asset, AssetAlias

    from pipeline.stages.digest import ARTICLES_ALIAS_NAME, ARTICLES_ASSET_NAME, ARTICLES_ASSET_URI

    bag = _bag()
    asset = Asset(name=ARTICLES_ASSET_NAME, uri=ARTICLES_ASSET_URI)
    assert bag.dags["news_digest"].schedule == [asset]
    assert bag.dags["news_ingest"].task_dict["load"].outlets == [AssetAlias(name=ARTICLES_ALIAS_NAME)]
    assert bag.dags["news_maintenance"].schedule == "@daily"


def _asset_events() -> list[Any]:
    from airflow.models.asset import AssetEvent, AssetModel
    from airflow.utils.session import create_session
    from sqlalchemy import select

    from pipeline.stages.digest import ARTICLES_ASSET_NAME

    with create_session() as session:
        rows = session.scalars(select(AssetEvent).join(AssetModel, AssetEvent.asset_id == AssetModel.id)
                               .where(AssetModel.name == ARTICLES_ASSET_NAME)).all()
        return [dict(r.extra or {}) for r in rows]


def _note(dag_id: str, run_id: str) -> str | None:
    from airflow.models.dagrun import DagRun
    from airflow.utils.session import create_session
    from sqlalchemy import select

    with create_session() as session:
        run = session.scalars(select(DagRun).where(DagRun.dag_id == dag_id, DagRun.run_id == run_id)).one()
        return run.note


def test_ingest_publishes_only_when_it_loads_and_notes_its_summary(
        airflow_db: None, newsflow_env: Any, demo_site: Any, conn: Any, tmp_path: Path) -> None:
    """Run 1 loads, emits one Asset event and notes its counts; run 2 loads nothing and emits none."""
    from airflow.utils.state import DagRunState

    bag = _bag()
    feeds_file = tmp_path / "feeds.yaml"
    demo_site.write_feeds_file(feeds_file, include_bad=True)
    conf = {"feeds_file": str(feeds_file), "force": True}
    first = bag.dags["news_ingest"].test(run_conf=conf)
    assert first.state == DagRunState.SUCCESS
    runs = conn.execute("SELECT id, counts FROM news.runs ORDER BY id").fetchall()
    loaded = runs[0]["counts"]["articles_loaded"]
    assert loaded == len(demo_site.articles)
    assert _asset_events() == [{"run_id": runs[0]["id"], "articles_loaded": loaded}]
    note = _note("news_ingest", first.run_id)
    assert note is not None and len(note) <= 1000
    assert note.startswith(f"**newsflow run {runs[0]['id']}**: {loaded} articles loaded")
    assert "**Failed feeds" in note and "`not_a_feed`" in note

    second = bag.dags["news_ingest"].test(run_conf=conf)
    assert second.state == DagRunState.SUCCESS
    assert len(_asset_events()) == 1  # nothing new loaded: no event
    assert "0 articles loaded" in (_note("news_ingest", second.run_id) or "")

    day = conn.execute("SELECT (max(coalesce(published_at, created_at)) AT TIME ZONE 'UTC')::date AS d "
                       "FROM news.articles").fetchone()["d"]
    digest_run = bag.dags["news_digest"].test(run_conf={"day": day.isoformat(), "top_n": 1})
    assert digest_run.state == DagRunState.SUCCESS
    rows = conn.execute("SELECT site, rank, generated_by FROM news.digest_items WHERE day = %s",
                        (day,)).fetchall()
    sites = conn.execute(
        "SELECT DISTINCT site FROM news.articles "
        "WHERE (coalesce(published_at, created_at) AT TIME ZONE 'UTC')::date = %s", (day,)).fetchall()
    assert sorted(r["site"] for r in rows) == sorted(r["site"] for r in sites)
    assert {r["rank"] for r in rows} == {1} and {r["generated_by"] for r in rows} == {digest_run.run_id}


def test_maintenance_run_vacuums(airflow_db: None, newsflow_env: Any, conn: Any) -> None:
    """news_maintenance runs for real: nothing to purge in a fresh warehouse, the tables vacuumed."""
    from airflow.utils.state import DagRunState

    run = _bag().dags["news_maintenance"].test(run_conf={"retention_days": 30})
    assert run.state == DagRunState.SUCCESS
    (ti,) = run.get_task_instances()
    assert ti.state == "success"
    stats = conn.execute("SELECT relname, last_vacuum FROM pg_stat_user_tables "
                         "WHERE schemaname = 'news' AND relname IN ('pages', 'articles')").fetchall()
    assert len(stats) == 2 and all(s["last_vacuum"] is not None for s in stats)
