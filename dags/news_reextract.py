"""
### news_reextract

Re-runs extraction on the raw HTML already stored in the warehouse (`news.pages.html_gz`) and
updates `news.articles` in place: this is how a better cleaner, or a site's newly learned
boilerplate lines, reaches articles loaded earlier. Nothing is refetched. Idempotent: a second
run with the same selection changes nothing.

**Trigger form**: `site` (only articles of this site, `host[:port]` as in `news.articles.site`;
empty: every site), `since` / `until` (publication dates, inclusive; empty: no bound),
`limit` (at most this many articles, 0: all), `undone_rule` (only articles whose page had this
cleaning rule undone by the extraction's safety net, as `news.undone_rules` names it: the pages a
rule would have cost, once the rule is fixed; empty: all).

The run is recorded in `news.runs` (source `airflow-reextract`) with counts `reextract_considered`,
`reextract_changed`, `reextract_unchanged`, `reextract_failed`, `reextract_conflicts`; articles
that could not be re-extracted keep their stored text and are listed in `news.errors`
(stage `reextract`). Story links (`duplicate_of`) are kept.
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import Param, dag, task

from pipeline.airflow.support import close_failed_run


@dag(
    dag_id="news_reextract",
    schedule=None,
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args={"owner": "newsflow", "retries": 1, "retry_delay": timedelta(minutes=1),
                  # a task that fails for good closes its warehouse run as failed, with the reason
                  "on_failure_callback": close_failed_run},
    tags=["newsflow", "maintenance"],
    doc_md=__doc__,
    params={
        "site": Param(None, type=["null", "string"], title="Site",
                      description="Only articles of this site (host[:port]); empty: all sites."),
        "since": Param(None, type=["null", "string"], format="date", title="Published since",
                       description="Only articles published on or after this date (YYYY-MM-DD)."),
        "until": Param(None, type=["null", "string"], format="date", title="Published until",
                       description="Only articles published on or before this date (YYYY-MM-DD)."),
        "limit": Param(0, type="integer", minimum=0, title="Limit",
                       description="At most this many articles (0: all of the selection)."),
        "undone_rule": Param(None, type=["null", "string"], title="Undone rule",
                             description="Only articles whose page had this cleaning rule undone by the "
                                         "safety net (e.g. structural:named-block); empty: all."),
    },
)
def news_reextract() -> None:
    @task
    def reextract(**context) -> dict:
        from pipeline.airflow.support import task_settings
        from pipeline.stages import tasks

        summary = tasks.reextract(dict(context["params"]), source="airflow-reextract",
                                  external_id=f"news_reextract/{context['run_id']}",
                                  settings=task_settings())
        return {"run_id": summary["run_id"], **summary["counts"]}

    reextract()


news_reextract()
