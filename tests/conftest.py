"""Shared fixtures: an embedded PostgreSQL per session, a clean warehouse per test, settings.

Airflow reads its configuration at import time, so its environment is set here, before any
test module imports airflow: a temporary AIRFLOW_HOME with a SQLite metadata database.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_AIRFLOW_HOME = Path(tempfile.mkdtemp(prefix="newsflow-airflow-"))
os.environ.update({
    "AIRFLOW_HOME": str(_AIRFLOW_HOME),
    "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
    "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
    "AIRFLOW__CORE__UNIT_TEST_MODE": "True",
    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{_AIRFLOW_HOME}/airflow.db",
    "XDG_RUNTIME_DIR": os.environ.get("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}"),
})
os.environ.pop("NEWSFLOW_DATABASE_URL", None)

pytest_plugins = ["tests.fixtures_db"]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Remove the temporary AIRFLOW_HOME."""
    import shutil

    shutil.rmtree(_AIRFLOW_HOME, ignore_errors=True)
