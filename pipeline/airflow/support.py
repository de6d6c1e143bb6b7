"""The one module that resolves the warehouse inside Airflow (tasks and the plugin's page), and
closes the warehouse run of a DAG run whose task failed."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from pipeline.config import Settings

log = logging.getLogger(__name__)

CONNECTION_ID = "newsflow_warehouse"


def warehouse_settings(*, in_task: bool = False) -> Settings:
    """NEWSFLOW_DATABASE_URL, else the Connection newsflow_warehouse, else the embedded server.

    In a task process (in_task), the Connection comes through the Task SDK (tasks have no
    metadata database); elsewhere (the API server serving the plugin's page) from the secrets
    backends and the metadata database."""
    settings = Settings.from_env()
    if settings.database_url:
        return settings
    uri = _connection_uri(in_task)
    if uri is None:
        return settings
    log.info("warehouse from Airflow Connection %s", CONNECTION_ID)
    return replace(settings, database_url=uri)


def _connection_uri(in_task: bool) -> str | None:
    """The URI of the Connection newsflow_warehouse (postgres:// as postgresql://), None if unset."""
    if in_task:
        from airflow.sdk import Connection as TaskConnection
        from airflow.sdk.exceptions import AirflowNotFoundException as TaskNotFound

        try:
            uri = str(TaskConnection.get(CONNECTION_ID).get_uri())
        except TaskNotFound:
            return None
    else:
        from airflow.exceptions import AirflowNotFoundException
        from airflow.models.connection import Connection

        try:
            uri = str(Connection.get_connection_from_secrets(CONNECTION_ID).get_uri())
        except AirflowNotFoundException:
            return None
    if uri.startswith("postgres://"):  # Airflow's scheme for PostgreSQL; libpq wants postgresql://
        uri = "postgresql://" + uri[len("postgres://"):]
    return uri


def task_settings() -> Settings:
    """Settings for a task: the warehouse as warehouse_settings(in_task=True) finds it.

    Extraction runs in the task's own process: spawned worker processes re-run the parent's main
    module, here the `airflow` command, and in a task process Airflow's supervisor has replaced
    the metadata database URL with a blocked one, so they die importing airflow (the batch would
    come back as failed extractions). The DAG maps extract over shards for parallelism instead."""
    return replace(warehouse_settings(in_task=True), extract_processes=1)


def external_ids(context: Any) -> list[str]:
    """The external ids under which a DAG run's tasks open warehouse runs: the Airflow run id
    (news_ingest) or `dag_id/run id` (news_reextract)."""
    run_id = str(context["run_id"])
    return [run_id, f"{context['dag'].dag_id}/{run_id}"]


def close_failed_run(context: Any) -> None:
    """on_failure_callback of the tasks of DAGs that open warehouse runs: a task failed for good
    (no retry left), so the run this DAG run opened is closed as failed with the task's reason,
    instead of staying `running` in news.runs. Airflow calls it in the task's process after the
    last try (and for a task whose process died, from the DAG processor); it must not raise."""
    from pipeline.stages import tasks

    ti = context["ti"]
    where = ti.task_id if getattr(ti, "map_index", -1) in (-1, None) else f"{ti.task_id}[{ti.map_index}]"
    reason = tasks.failure_reason(f"task {where}", context.get("exception"))
    try:
        tasks.fail_external(external_ids(context), reason, settings=task_settings())
    except Exception:  # a callback that raises changes nothing: log and leave the run as it is
        log.exception("newsflow: could not close the warehouse run of %s", context["run_id"])
