"""Fixtures of the DAG tests: Airflow's metadata schema (SQLite in the session's AIRFLOW_HOME)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def airflow_db() -> None:
    """Create Airflow's metadata schema once per session."""
    from airflow.utils.db import resetdb

    resetdb()
