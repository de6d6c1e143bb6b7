"""news_ingest's schedule: every 30 minutes, or NEWSFLOW_INGEST_SCHEDULE (`newsflow airflow --demo`)."""

from __future__ import annotations

import pytest

from pipeline.airflow.local import DEMO_ENV
from tests.dags.conftest import load_dag


def test_schedule_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFLOW_INGEST_SCHEDULE", DEMO_ENV["NEWSFLOW_INGEST_SCHEDULE"])
    assert load_dag("news_ingest").schedule == "*/2 * * * *"


def test_default_schedule_when_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSFLOW_INGEST_SCHEDULE", raising=False)
    assert load_dag("news_ingest").schedule == "*/30 * * * *"
