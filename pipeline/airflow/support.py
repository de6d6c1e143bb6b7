"""The one module that imports Airflow: settings inside a task, warehouse from a Connection."""

from __future__ import annotations

import logging
from dataclasses import replace

from pipeline.config import Settings

log = logging.getLogger(__name__)

CONNECTION_ID = "newsflow_warehouse"


def task_settings() -> Settings:
    """Settings for a task: NEWSFLOW_DATABASE_URL, else Connection newsflow_warehouse, else embedded.

    Extraction runs in the task's own process: spawned worker processes re-run the parent's main
    module, here the `airflow` command, and in a task process Airflow's supervisor has replaced
    the metadata database URL with a blocked one, so they die importing airflow (the batch would
    come back as failed extractions). The DAG maps extract over shards for parallelism instead."""
    settings = replace(Settings.from_env(), extract_processes=1)
    if settings.database_url:
        return settings
    from airflow.sdk import Connection
    from airflow.sdk.exceptions import AirflowNotFoundException

    try:
        conn = Connection.get(CONNECTION_ID)
    except AirflowNotFoundException:
        return settings
    uri = conn.get_uri()
    if uri.startswith("postgres://"):
        uri = "postgresql://" + uri[len("postgres://"):]
    log.info("warehouse from Airflow Connection %s", CONNECTION_ID)
    return replace(settings, database_url=uri)
