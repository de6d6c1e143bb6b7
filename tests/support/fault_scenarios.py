"""Fault scenarios with the newsflow command line: real ingests against `pipeline/synth/site.py`,
one kind of fault each, the recovery an operator or Airflow would make, then `faults.audit`.

    kill_during_load       SIGKILL of the process loading a batch, while its transaction is open;
                           then the load stage again in a new process with the same run id (what
                           an Airflow retry of the `load` task runs), then the run's summary.
    kill_extract_worker    SIGKILL of one extraction worker process in the middle of a batch.
    restart_postgres       the PostgreSQL server restarted (immediate mode, i.e. crash recovery)
                           in the middle of fetch, of extract and of load of successive runs; each
                           run dies with the warehouse; a final run finishes the work.
    overlapping_ingests    two `newsflow ingest` processes at once on the same feeds.
    flaky_network          a share of all requests fails (connection resets, truncated bodies,
                           read timeouts, 500/502/503); then reruns until nothing retryable is left.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

from pipeline.synth.site import SynthSite
from pipeline.warehouse.embedded import ensure_server, stop_server
from tests.support.faults import (
    CLAIM_BACKEND,
    LOAD,
    RETRY_LOAD,
    ROOT,
    UP_TO_EXTRACT,
    FaultPlan,
    Outcome,
    ScenarioError,
    audit,
    backend_alive,
    blocked_loader,
    claim_counts,
    claimer_pid,
    drop_database,
    fresh_database,
    ingest_env,
    loader_mid_batch,
    loads_frozen,
    monitor,
    page_states,
    restart_server,
    run_python,
    scalar,
    start_ingest,
    stop_process,
    stuck_claims,
    wait_until,
)


def _site(articles: int, hosts: int, latency: float, faults: FaultPlan | None = None,
          hang: float = 2.0) -> SynthSite:
    return SynthSite(articles=articles, hosts=hosts, latency=latency, faults=faults, hang_seconds=hang)


def kill_during_load(base_dsn: str, work: Path, *, articles: int = 200, hosts: int = 4,
                     batch: int = 20, latency: float = 0.0, database: str = "faults_kill") -> Outcome:
    """Run the DAG's tasks each in a process of its own, as Airflow does; SIGKILL the load task's
    process in the middle of its second batch (the first committed, the second's transaction
    open with rows inserted); then run the load stage again in a new process with the same run
    id and finish the run, as an Airflow retry of `load` followed by `summarize` would."""
    started = time.monotonic()
    log = work / "kill_during_load.log"
    with _site(articles, hosts, latency) as site:
        dsn = fresh_database(base_dsn, database)
        env = ingest_env(dsn, work, batch_size=batch)
        feeds = site.write_feeds_file(work / "kill-feeds.yaml")
        if run_python(env, UP_TO_EXTRACT, str(feeds), log=log):
            raise ScenarioError(f"the stages before load failed: see {log}")
        with monitor(dsn) as mon:
            run_id = scalar(mon, "SELECT max(id) FROM news.runs")
            with log.open("ab") as out:
                proc = subprocess.Popen([sys.executable, "-c", LOAD, str(run_id)], env=env, cwd=ROOT,
                                        stdout=out, stderr=subprocess.STDOUT)
            try:
                with loader_mid_batch(dsn, mon, proc=proc) as backend:
                    in_batch = scalar(mon, "SELECT count(*) FROM news.claims c WHERE stage = 'load' AND "
                                           + CLAIM_BACKEND.format(c="c") + " = %s", backend)
                    os.kill(proc.pid, signal.SIGKILL)
                    code = proc.wait()
            finally:
                stop_process(proc)
            # The killed task's session ends when its blocked statement resumes and finds the
            # client gone; Airflow's retry delay (20 s) is longer than that.
            wait_until(lambda: not backend_alive(mon, backend), "the killed session to end", timeout=60)
            before = {"articles": scalar(mon, "SELECT count(*) FROM news.articles"),
                      "states": page_states(mon), "claims": claim_counts(mon),
                      "stuck": stuck_claims(mon, "load")}
            retry_code = run_python(env, RETRY_LOAD, str(run_id), log=log)
            result = audit(mon, site)
            runs = scalar(mon, "SELECT count(*) FROM news.runs")
        drop_database(base_dsn, database)
    return Outcome(
        "SIGKILL mid-load, load task retried", result, 1, "1 retry of the load stage (same run)",
        f"killed with {before['articles']} articles committed and a batch of {in_batch} pages "
        f"mid-transaction ({before['stuck']} claims left by the dead session)",
        time.monotonic() - started,
        {"kill_exit": code, "in_batch": in_batch, "articles_before_retry": before["articles"],
         "states_before_retry": before["states"], "claims_before_retry": before["claims"],
         "stuck_before_retry": before["stuck"], "retry_exit": retry_code, "runs": runs})


def restart_postgres(state_dir: Path, work: Path, *, articles: int = 200, hosts: int = 4,
                     batch: int = 20, latency: float = 0.0, mode: str = "immediate") -> Outcome:
    """Restart PostgreSQL (a server of its own) in the middle of fetch, then extract, then load,
    each time killing the ingest run that was using it; a last run finishes the work."""
    started = time.monotonic()
    log = work / "restart_postgres.log"
    base = ensure_server(state_dir)
    try:
        with _site(articles, hosts, latency) as site:
            dsn = fresh_database(base, "faults_restart")
            env = ingest_env(dsn, work, batch_size=batch)
            feeds = site.write_feeds_file(work / "restart-feeds.yaml")
            exits, left, claims, stuck, postmasters = [], [], [], [], []
            for stage in ("fetch", "extract", "load"):
                code, pids = _run_until_restart(state_dir, dsn, env, feeds, log, stage, mode)
                exits.append(code)
                postmasters.append(pids)
                with monitor(dsn) as mon:
                    left.append(page_states(mon))
                    claims.append(claim_counts(mon))
                    stuck.append(stuck_claims(mon))
            with log.open("ab") as out:
                final = subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", "--feeds",
                                        str(feeds)], env=env, cwd=ROOT, stdout=out,
                                       stderr=subprocess.STDOUT, check=False).returncode
            with monitor(dsn) as mon:
                result = audit(mon, site)
                runs = scalar(mon, "SELECT count(*) FROM news.runs")
    finally:
        stop_server(state_dir)
    claimed = [sum(counts.values()) for counts in claims]
    return Outcome(
        "PostgreSQL restarted mid-fetch, mid-extract, mid-load", result, 3,
        "3 reruns (`newsflow ingest` again after each crash)",
        f"3 {mode} restarts; the dying runs left {'/'.join(map(str, claimed))} pages claimed",
        time.monotonic() - started,
        {"crash_exits": exits, "final_exit": final, "states_after_crash": left,
         "claims_after_crash": claims, "stuck_after_crash": stuck, "runs": runs,
         "postmaster_pids": postmasters})


def _run_until_restart(state_dir: Path, dsn: str, env: dict[str, str], feeds: Path, log: Path,
                       stage: str, mode: str) -> tuple[int, tuple[int, int]]:
    """Start an ingest, restart the server when it is in the middle of `stage`; return the
    ingest's exit code and the server's PID before and after the restart."""
    done = {"fetch": "fetched_at", "extract": "extracted_at"}.get(stage)
    with monitor(dsn) as mon:
        since = scalar(mon, "SELECT now()")
        proc = start_ingest(env, feeds, log)
        try:
            if stage == "load":
                wait_until(lambda: scalar(mon, "SELECT count(*) FROM news.articles WHERE created_at > %s",
                                          since), "a first batch was loaded", proc=proc)
                with loads_frozen(dsn):
                    wait_until(lambda: blocked_loader(mon), "a loader mid-batch", proc=proc)
                    pids = restart_server(state_dir, mode)
            else:
                wait_until(lambda: scalar(
                    mon, "SELECT EXISTS (SELECT 1 FROM news.claims WHERE stage = %s AND claimed_at > %s) "
                    f"AND EXISTS (SELECT 1 FROM news.pages WHERE {done} > %s)",
                    stage, since, since), f"the middle of {stage}", proc=proc)
                pids = restart_server(state_dir, mode)
            return proc.wait(timeout=300), pids
        finally:
            stop_process(proc)


def overlapping_ingests(base_dsn: str, work: Path, *, articles: int = 200, hosts: int = 4,
                        batch: int = 20, latency: float = 0.0, processes: int = 2,
                        database: str = "faults_overlap") -> Outcome:
    """Run `processes` ingests of the same feeds at once on the same warehouse."""
    started = time.monotonic()
    with _site(articles, hosts, latency) as site:
        dsn = fresh_database(base_dsn, database)
        env = ingest_env(dsn, work, batch_size=batch)
        feeds = site.write_feeds_file(work / "overlap-feeds.yaml")
        procs = [start_ingest(env, feeds, work / f"overlap-{i}.log") for i in range(processes)]
        try:
            exits = [proc.wait(timeout=1800) for proc in procs]
        finally:
            for proc in procs:
                stop_process(proc)
        with monitor(dsn) as mon:
            result = audit(mon, site)
            fetched = {r["run_id"]: r["n"] for r in mon.execute(
                "SELECT run_id, count(*) AS n FROM news.pages GROUP BY run_id ORDER BY run_id")}
            loaded = {r["run_id"]: r["n"] for r in mon.execute(
                "SELECT run_id, count(*) AS n FROM news.articles GROUP BY run_id ORDER BY run_id")}
            windows = mon.execute("SELECT min(finished_at) > max(started_at) AS overlapped "
                                  "FROM news.runs").fetchone()
        drop_database(base_dsn, database)
    return Outcome(
        f"{processes} `newsflow ingest` at once", result, 0, "none needed",
        f"{processes} runs overlapping; pages fetched per run {list(fetched.values())}, "
        f"articles loaded per run {list(loaded.values())}",
        time.monotonic() - started,
        {"exits": exits, "fetched_by_run": fetched, "loaded_by_run": loaded,
         "overlapped": bool(windows and windows["overlapped"])})


def flaky_network(base_dsn: str, work: Path, *, articles: int = 200, hosts: int = 4,
                  share: float = 0.2, latency: float = 0.0, max_reruns: int = 3,
                  read_timeout: float = 1.0, database: str = "faults_network") -> Outcome:
    """Fail `share` of all requests (resets, truncations, hangs past the read timeout, 5xx) during
    an ingest; rerun while retryable failures are left (at most `max_reruns` times)."""
    started = time.monotonic()
    plan = FaultPlan(share)
    log = work / "flaky_network.log"
    with _site(articles, hosts, latency, plan, hang=read_timeout + 1.0) as site:
        dsn = fresh_database(base_dsn, database)
        env = ingest_env(dsn, work, read_timeout=read_timeout, total_timeout=read_timeout * 4,
                         retry_backoff=0.2)
        feeds = site.write_feeds_file(work / "network-feeds.yaml")
        exits, after_first, reruns = [], {}, 0
        with monitor(dsn) as mon:
            while True:
                with log.open("ab") as out:
                    exits.append(subprocess.run(
                        [sys.executable, "-m", "pipeline.cli", "ingest", "--feeds", str(feeds)],
                        env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, check=False).returncode)
                if len(exits) == 1:
                    after_first = {"articles": scalar(mon, "SELECT count(*) FROM news.articles"),
                                   "failed": {r["error_kind"]: r["n"] for r in mon.execute(
                                       "SELECT error_kind, count(*) AS n FROM news.pages "
                                       "WHERE state = 'failed' GROUP BY 1 ORDER BY 1")},
                                   "feeds_failed": scalar(
                                       mon, "SELECT count(*) FROM news.errors WHERE stage = 'poll'")}
                retryable = scalar(mon, "SELECT count(*) FROM news.pages WHERE state = 'failed'")
                polls_failed = scalar(mon, "SELECT count(*) FROM news.feeds WHERE last_error IS NOT NULL")
                if not (retryable or polls_failed) or reruns >= max_reruns:
                    break
                reruns += 1
            result = audit(mon, site)
            errors = {f"{r['stage']}/{r['kind']}": r["n"] for r in mon.execute(
                "SELECT stage, kind, count(*) AS n FROM news.errors GROUP BY 1, 2 ORDER BY 3 DESC")}
        drop_database(base_dsn, database)
    injected = ", ".join(f"{k} {v}" for k, v in sorted(plan.injected.items()))
    return Outcome(
        f"{share:.0%} of requests failing", result, plan.repeats + reruns,
        f"{plan.repeats} re-requests, {reruns} rerun{'s' if reruns != 1 else ''}",
        f"{sum(plan.injected.values())} of {plan.requests} requests failed ({injected}); "
        f"after the first run {after_first['articles']} articles",
        time.monotonic() - started,
        {"exits": exits, "reruns": reruns, "injected": dict(plan.injected), "requests": plan.requests,
         "after_first": after_first, "errors": errors})


def _extraction_workers(pid: int, fetcher: int) -> list[psutil.Process]:
    """The extraction worker processes under process `pid`: the processes its fork server forked
    (not the server itself, a child of `pid`), but the fetch process (`fetcher`, found by its
    claims), which is one too."""
    workers = []
    for child in psutil.Process(pid).children(recursive=True):
        with contextlib.suppress(psutil.Error):
            if (child.pid != fetcher and child.ppid() != pid
                    and any("forkserver" in part for part in child.cmdline())):
                workers.append(child)
    return workers


def kill_extract_worker(base_dsn: str, work: Path, *, articles: int = 200, hosts: int = 4,
                        batch: int = 20, latency: float = 0.0,
                        database: str = "faults_worker") -> Outcome:
    """SIGKILL one extraction worker process of an ingest while it extracts a batch (as the
    kernel's OOM killer would); the ingest goes on; then one rerun."""
    started = time.monotonic()
    log = work / "kill_extract_worker.log"
    with _site(articles, hosts, latency) as site:
        dsn = fresh_database(base_dsn, database)
        env = ingest_env(dsn, work, batch_size=batch, extract_processes=2)
        feeds = site.write_feeds_file(work / "worker-feeds.yaml")
        with monitor(dsn) as mon:
            proc = start_ingest(env, feeds, log)
            try:
                fetcher = wait_until(lambda: claimer_pid(mon, "fetch"), "the fetch stage", proc=proc)
                wait_until(lambda: scalar(mon, "SELECT EXISTS (SELECT 1 FROM news.claims WHERE stage = 'extract') "
                                               "AND EXISTS (SELECT 1 FROM news.pages WHERE extracted_at IS NOT NULL)"),
                           "the middle of extract", proc=proc)
                victim = wait_until(lambda: _extraction_workers(proc.pid, fetcher), "an extraction worker",
                                    proc=proc)[0]
                victim.send_signal(signal.SIGKILL)
                code = proc.wait(timeout=600)
            finally:
                stop_process(proc)
            before = {"articles": scalar(mon, "SELECT count(*) FROM news.articles"),
                      "states": page_states(mon), "claims": claim_counts(mon)}
            with log.open("ab") as out:
                rerun = subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", "--feeds",
                                        str(feeds)], env=env, cwd=ROOT, stdout=out,
                                       stderr=subprocess.STDOUT, check=False).returncode
            result = audit(mon, site)
        drop_database(base_dsn, database)
    restarted = "a worker process died" in log.read_text(errors="replace")
    lost = before["states"].get("empty", 0)
    return Outcome(
        "extraction worker SIGKILLed mid-batch", result, 1, "1 rerun",
        f"worker {victim.pid} killed; after the run {before['articles']} articles, "
        f"{lost} pages given up as empty", time.monotonic() - started,
        {"exit": code, "rerun_exit": rerun, "states_after_run": before["states"],
         "claims_after_run": before["claims"],
         "victim_gone": not psutil.pid_exists(victim.pid), "pool_restarted": restarted})
