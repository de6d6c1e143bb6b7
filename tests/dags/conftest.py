"""Fixtures of the DAG tests: Airflow's metadata schema (SQLite in the session's AIRFLOW_HOME)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

DAGS = Path(__file__).resolve().parents[2] / "dags"


def load_dag(dag_id: str) -> Any:
    """Parse the dags/ folder as Airflow does; assert it imports cleanly; return one DAG."""
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAGS))
    assert bag.import_errors == {}
    return bag.dags[dag_id]


@pytest.fixture(scope="session")
def airflow_db() -> None:
    """Create Airflow's metadata schema once per session."""
    from airflow.utils.db import resetdb

    resetdb()
