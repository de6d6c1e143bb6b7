"""
### news_maintenance

Daily upkeep of the warehouse:

1. **Raw HTML retention**: `news.pages.html_gz` (the fetched page, gzip) of finished pages fetched
   more than `NEWSFLOW_RAW_RETENTION_DAYS` (default 90; 0 keeps it forever) before the run is set
   to NULL. The page rows stay (URL, states, extraction result, links to articles); only the raw
   bytes go, so older pages can no longer be re-extracted. Pending or in-flight pages are never
   touched.
2. **VACUUM (ANALYZE)** of the big tables (`news.pages`, `articles`, `entries`, `lsh_bands`, …),
   so that the space freed by step 1 is reused and the planner's statistics stay fresh.

The same work from a shell: `newsflow maintenance`.

**Trigger form**: `retention_days` (override the setting for this run), `vacuum`.
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import Param, dag, task


@dag(
    dag_id="news_maintenance",
    schedule="@daily",
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args={"owner": "newsflow", "retries": 2, "retry_delay": timedelta(minutes=5)},
    tags=["newsflow", "maintenance"],
    doc_md=__doc__,
    params={
        "retention_days": Param(
            None, type=["null", "integer"], minimum=0, maximum=36500, title="Raw HTML retention (days)",
            description="Drop raw HTML of pages fetched more than this many days before the run. "
            "Empty: NEWSFLOW_RAW_RETENTION_DAYS (default 90). 0: keep it forever.",
        ),
        "vacuum": Param(
            True, type="boolean", title="VACUUM (ANALYZE)",
            description="Vacuum and analyze the big warehouse tables after the retention step.",
        ),
    },
)
def news_maintenance() -> None:
    @task
    def maintain(**context) -> dict:
        from pipeline.airflow.support import task_settings
        from pipeline.stages.maintenance import run_maintenance

        params = context["params"]
        # The window comes from the run (its data interval end, else when it was due), not now().
        as_of = context.get("data_interval_end") or context["dag_run"].run_after
        return run_maintenance(as_of, retention_days=params["retention_days"],
                               vacuum=params["vacuum"], settings=task_settings())

    maintain()


news_maintenance()
