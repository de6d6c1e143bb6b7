"""
### news_ingest

Polls the configured news feeds, fetches every new article page, extracts clean article text
(trafilatura plus newsflow's boilerplate cleaner) and loads the articles into the warehouse
(`news.articles`), deduplicating as it loads (canonical URL, text hash, MinHash near-duplicates:
the extract workers fingerprint each page, the load task links copies to their story).

Each task is one stage over the run's pages; `extract` is mapped over `NEWSFLOW_EXTRACT_SHARDS`
(default 2) instances that share the pages through the warehouse. Data moves through the
warehouse, XCom carries only the run id and counts. Failures of single feeds or pages never
fail the run: they are recorded in `news.errors` with their reason
(`SELECT * FROM news.errors WHERE run_id = …`). A task that fails for good (no retry left)
closes the run in `news.runs` as `failed`, with the task and its error in `reason`.

**Trigger form**: `feeds_file` (YAML, `feeds:` list), `feed_urls` (poll only these),
`max_articles` (cap on pages fetched in this run, 0 = no cap), `force` (poll every selected
feed now; scheduled runs poll only the feeds that are due, each feed having its own adaptive
interval), `dry_run` (poll only, keep nothing).

**Outputs you can see in the UI**: when a run ends its **note** holds the summary (counts per
stage, failed feeds with their reasons); the *News feeds* page (top navigation) shows feed
health, articles per day, duplicate rates and the latest runs. When `load` adds articles it
emits an event of the Asset `newsflow.articles` (through the alias `newsflow.articles.loaded`,
so a run that loaded nothing emits none); `news_digest` is scheduled on that Asset.

Warehouse: `NEWSFLOW_DATABASE_URL`, else the Connection `newsflow_warehouse`, else the embedded
PostgreSQL under `NEWSFLOW_STATE_DIR`.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow.sdk import Asset, AssetAlias, Param, chain, dag, task

from pipeline.airflow.support import close_failed_run
from pipeline.stages.digest import ARTICLES_ALIAS_NAME, ARTICLES_ASSET_NAME, ARTICLES_ASSET_URI

# Published when `load` adds articles: the events are attached to this alias at run time, so a run
# that loaded nothing publishes nothing (an Asset outlet would emit on every success).
ARTICLES = Asset(name=ARTICLES_ASSET_NAME, uri=ARTICLES_ASSET_URI)
ARTICLES_LOADED = AssetAlias(name=ARTICLES_ALIAS_NAME)

# Extraction is CPU-bound: it is mapped over this many task instances, which share the work
# through the warehouse (claims with FOR UPDATE SKIP LOCKED), so extra workers add throughput.
EXTRACT_SHARDS = max(1, int(os.environ.get("NEWSFLOW_EXTRACT_SHARDS", "2")))

# Every 30 minutes; `newsflow airflow --demo` sets every two minutes.
SCHEDULE = os.environ.get("NEWSFLOW_INGEST_SCHEDULE") or "*/30 * * * *"

DEFAULT_ARGS = {
    "owner": "newsflow",
    "retries": 3,
    "retry_delay": timedelta(seconds=20),
    "retry_exponential_backoff": 2.0,
    "max_retry_delay": timedelta(minutes=10),
    # A task that fails for good closes the warehouse run as failed, with the task and its error.
    "on_failure_callback": close_failed_run,
}


@dag(
    dag_id="news_ingest",
    schedule=SCHEDULE,
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["newsflow", "ingest"],
    doc_md=__doc__,
    params={
        # Optional values are typed ["null", …] with a None default: the UI's trigger form treats
        # a field whose type excludes null as required, and an empty one blocks the Trigger button.
        "feeds_file": Param(
            None, type=["null", "string"], title="Feeds file",
            description="Path of a YAML feeds file (feeds: list of url/name/tags). "
            "Empty: NEWSFLOW_FEEDS_FILE, else every enabled feed in news.feeds.",
        ),
        "feed_urls": Param(
            None, type=["null", "array"], items={"type": "string", "format": "uri"},
            title="Only these feeds",
            description="Poll only these feed URLs, one per line (registered if new). Empty: all.",
        ),
        "max_articles": Param(
            0, type="integer", minimum=0, title="Max articles",
            description="At most this many pages fetched in this run (0: no cap).",
        ),
        "force": Param(
            False, type="boolean", title="Poll all",
            description="Poll every selected feed now, even those not due yet.",
        ),
        "dry_run": Param(
            False, type="boolean", title="Dry run",
            description="Poll the feeds and report what they hold, keep nothing.",
        ),
    },
)
def news_ingest() -> None:
    @task
    def start(**context) -> dict:
        from pipeline.airflow.support import task_settings
        from pipeline.stages import tasks

        params = dict(context["params"])
        return tasks.start(params, source="airflow", external_id=context["run_id"],
                           settings=task_settings())

    @task
    def poll(run: dict, **context) -> dict:
        from pipeline.airflow.support import task_settings
        from pipeline.stages import tasks

        params = context["params"]
        return tasks.poll(run["run_id"], run["feed_urls"], dry_run=params["dry_run"],
                          force=params["force"] or bool(params["feed_urls"]),
                          settings=task_settings())

    @task
    def fetch(run: dict, **context) -> dict:
        from pipeline.airflow.support import task_settings
        from pipeline.stages import tasks

        if context["params"]["dry_run"]:
            return {}
        return tasks.fetch_pages(run["run_id"], context["params"]["max_articles"],
                                 settings=task_settings())

    @task
    def extract(run: dict, shard: int) -> dict:
        from pipeline.airflow.support import task_settings
        from pipeline.stages import tasks

        return {"shard": shard, **tasks.extract(run["run_id"], settings=task_settings())}

    @task(outlets=[ARTICLES_LOADED])
    def load(run: dict, **context) -> dict:
        from pipeline.airflow.support import task_settings
        from pipeline.stages import tasks

        counts = tasks.load(run["run_id"], settings=task_settings())
        if counts.get("articles_loaded"):
            context["outlet_events"][ARTICLES_LOADED].add(
                ARTICLES, extra={"run_id": run["run_id"], "articles_loaded": counts["articles_loaded"]})
        return counts

    @task
    def summarize(run: dict) -> dict:
        from pipeline.airflow.support import task_settings
        from pipeline.stages import tasks
        from pipeline.ui.report import log_summary, summary_markdown

        summary = tasks.finish(run["run_id"], settings=task_settings())
        log_summary(summary)
        # summary_md becomes the DAG run note (pipeline/airflow/plugin.py's listener).
        return {"run_id": summary["run_id"], **summary["counts"],
                "summary_md": summary_markdown(summary)}

    # Every task takes the run (start's XCom); the stages are ordered by chain, not by passing
    # each one's counts to the next.
    run = start()
    chain(poll(run), fetch(run), extract.partial(run=run).expand(shard=list(range(EXTRACT_SHARDS))),
          load(run), summarize(run))


news_ingest()
