"""Fixtures of the distributed tests: those of the DAG tests (Airflow's metadata schema)."""

from tests.dags.conftest import airflow_db

__all__ = ["airflow_db"]
