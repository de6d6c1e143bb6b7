"""
### news_digest

The daily digest: the top stories of each outlet for one day, written to `news.digest_items`
(`SELECT * FROM news.digest_items WHERE day = current_date ORDER BY site, rank`).

**Scheduled on data, not on time**: it runs whenever `news_ingest` publishes the Asset
`newsflow.articles` (only runs that loaded new articles do), and rewrites the digest of the day
the run was triggered (UTC), so the digest follows the news through the day. This is the pattern
to copy for anything that should react to new articles: `schedule=[Asset(name="newsflow.articles",
…)]`, and the triggering events carry the warehouse `run_id` and `articles_loaded` in their extra.

A story's weight is the number of outlets that carried it, then its number of articles
(`news.stories`); each outlet lists its `top_n` heaviest stories of the day. Rewriting a day is one
transaction, so reruns are harmless.

**Trigger form**: `day` (a past day to rebuild, empty = the day of the run), `top_n`.
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import Asset, Param, dag, task

from pipeline.stages.digest import ARTICLES_ASSET_NAME, ARTICLES_ASSET_URI, DEFAULT_TOP_N

ARTICLES = Asset(name=ARTICLES_ASSET_NAME, uri=ARTICLES_ASSET_URI)


@dag(
    dag_id="news_digest",
    schedule=[ARTICLES],
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args={"owner": "newsflow", "retries": 2, "retry_delay": timedelta(seconds=30)},
    tags=["newsflow", "digest"],
    doc_md=__doc__,
    params={
        "day": Param(
            None, type=["null", "string"], format="date", title="Day",
            description="UTC day to (re)build, YYYY-MM-DD. Empty: the day this run was triggered.",
        ),
        "top_n": Param(
            DEFAULT_TOP_N, type="integer", minimum=1, maximum=50, title="Stories per outlet",
            description="How many top stories each outlet gets in the digest (1 to 50).",
        ),
    },
)
def news_digest() -> None:
    @task
    def digest(**context) -> dict:
        from datetime import date

        from pipeline.airflow.support import task_settings
        from pipeline.stages.digest import run_digest

        params = context["params"]
        day = (date.fromisoformat(params["day"]) if params["day"]
               else context["dag_run"].run_after.astimezone(pendulum.UTC).date())
        return run_digest(day, top_n=params["top_n"], generated_by=context["run_id"],
                          settings=task_settings())

    digest()


news_digest()
