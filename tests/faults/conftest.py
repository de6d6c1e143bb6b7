"""Fault-injection fixtures: a server for the scenarios that create their own databases."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.warehouse.embedded import ensure_server


@pytest.fixture(scope="session")
def base_dsn(pg_state: Path) -> str:
    """DSN of the session's embedded server (`postgres` database); scenarios create their own."""
    return ensure_server(pg_state)
