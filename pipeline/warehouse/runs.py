"""Run bookkeeping in news.runs: open a run, add stage counts, close it (success or failed, with
the reason), and close the runs whose owning process died without closing them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import psycopg


def start_run(
    conn: psycopg.Connection[Any], source: str, params: dict[str, Any], external_id: str | None = None,
    *, own_session: bool = False,
) -> int:
    """Create (or, for a known external id, find) the run row and return its id.

    With own_session, the run records this connection's session (pid and backend start): the
    caller keeps `conn` open until the run is closed, so a later run that finds the session gone
    knows the owner died (see close_lost_runs)."""
    row = conn.execute(
        "INSERT INTO news.runs (source, external_id, params, session_pid, session_started) "
        "SELECT %(source)s, %(external)s, %(params)s, a.pid, a.backend_start "
        "FROM (SELECT 1) one LEFT JOIN pg_stat_get_activity(pg_backend_pid()) a ON %(own)s "
        "ON CONFLICT (external_id) DO UPDATE SET params = EXCLUDED.params RETURNING id",
        {"source": source, "external": external_id, "params": json.dumps(params), "own": own_session},
    ).fetchone()
    conn.commit()
    assert row is not None
    return int(row["id"])


def add_counts(conn: psycopg.Connection[Any], run_id: int, counts: dict[str, int]) -> None:
    """Add stage counts to a run's totals (within the caller's transaction)."""
    for key, value in counts.items():
        conn.execute(
            "UPDATE news.runs SET counts = counts || jsonb_build_object(%s::text, "
            "coalesce((counts->>%s)::bigint, 0) + %s) WHERE id = %s",
            (key, key, value, run_id),
        )


def finish_run(conn: psycopg.Connection[Any], run_id: int, status: str = "success",
               reason: str | None = None) -> dict[str, Any]:
    """Mark a run finished (with the reason of a failure) and return its row."""
    row = conn.execute(
        "UPDATE news.runs SET finished_at = now(), status = %s, reason = %s WHERE id = %s RETURNING *",
        (status, reason, run_id),
    ).fetchone()
    conn.commit()
    return dict(row or {})


def fail_runs(conn: psycopg.Connection[Any], external_ids: Sequence[str], reason: str) -> list[int]:
    """Close as failed, with `reason`, the runs of these external ids that are still running;
    return their ids (a run already closed keeps its status and reason)."""
    rows = conn.execute(
        "UPDATE news.runs SET finished_at = now(), status = 'failed', reason = %s "
        "WHERE external_id = ANY(%s) AND status = 'running' RETURNING id",
        (reason, list(external_ids)),
    ).fetchall()
    conn.commit()
    return [int(r["id"]) for r in rows]


def close_lost_runs(conn: psycopg.Connection[Any]) -> list[int]:
    """Close as failed the running runs whose owning session is gone (their process was killed
    outright, or lost the server); return their ids. Runs that record no session (Airflow's,
    closed by their DAG's failure callback) are left alone.

    pg_stat_get_activity(NULL) lists every session's pid; backend_start is only shown for the
    sessions of one's own role, so a pid of another role's session counts as alive."""
    rows = conn.execute(
        "UPDATE news.runs r SET finished_at = now(), status = 'failed', "
        "reason = format('session lost: backend %s (started %s) of the process running it is gone; '"
        "'it was killed or lost the warehouse before closing the run', r.session_pid, r.session_started) "
        "WHERE r.status = 'running' AND r.session_pid IS NOT NULL AND NOT EXISTS ("
        "SELECT 1 FROM pg_stat_get_activity(NULL) a WHERE a.pid = r.session_pid "
        "AND (a.backend_start IS NULL OR a.backend_start = r.session_started)) RETURNING id",
    ).fetchall()
    conn.commit()
    return [int(r["id"]) for r in rows]
