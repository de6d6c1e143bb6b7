"""The one module that imports Airflow: settings inside a task, warehouse from a Connection."""

from __future__ import annotations

import logging
from dataclasses import replace

from pipeline.config import Settings

log = logging.getLogger(__name__)

CONNECTION_ID = "newsflow_warehouse"


def task_settings() -> Settings:
    """Settings for a task: NEWSFLOW_DATABASE_URL, else Connection newsflow_warehouse, else embedded."""
    settings = Settings.from_env()
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
