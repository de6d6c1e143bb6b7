"""The synthetic publishers through the whole pipeline, as a user meets a new site: two runs, then reextract.

Serves one split's sites on 127.0.0.1 (a server per site, each with its RSS feed), runs
`newsflow ingest --feeds FILE` into a fresh embedded warehouse twice (the first run sees the older
half of each feed, the second the whole feed: a site's first batch, then its next articles), then
`newsflow reextract`, and after each step scores the stored articles against the generator's
truth: pages with any boilerplate left, exact bodies, exact titles, `published_at` within 60 s.
`benchmarks/extraction.py` scores the extractor alone; this is the same question asked of the
stages, the warehouse and site learning as they run.

    uv run python benchmarks/synthetic_pipeline.py [--split SPLIT] [--keep]

SPLIT: one of `pipeline.synth.publishers.SPLITS` but "all" ("test" by default).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import threading
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.ingest import newsflow_env  # noqa: E402
from pipeline.evaluation import DATE_TOLERANCE_S, TOKEN_RE, has_boilerplate, normalise  # noqa: E402
from pipeline.synth.publishers import SPLITS, SynthPage, _handler, generate_corpus, write_feed  # noqa: E402
from pipeline.synth.site import QuietHTTPServer  # noqa: E402
from pipeline.urls import canonical_url  # noqa: E402


def _paths(page: SynthPage) -> set[str]:
    """Where a page is served: its path, percent-encoded as the fetcher asks for it ("ß" ->
    "%C3%9F"), and without an AMP marker (newsflow fetches an AMP link's canonical page; here
    the site serves the same page there)."""
    paths = {page.path, quote(page.path)}
    return paths | {p.removeprefix("/amp") for p in paths if p.startswith("/amp/")}


def _cli(env: dict[str, str], *args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", *args], env=env, cwd=REPO,
                          capture_output=True, text=True)
    if done.returncode not in (0, 1):  # 1: some page failed, reported in the counts
        raise SystemExit(f"newsflow {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-2000:]}")


def score(env: dict[str, str], truth: dict[str, SynthPage], out: Path) -> dict[str, float]:
    """Export the warehouse and score every article against its page's truth."""
    _cli(env, "export", "--out", str(out))
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_family: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    leaks = exact = titles = dates = 0
    seen = 0
    for row in rows:
        page = truth.get(row["url"])
        if page is None:
            continue
        seen += 1
        body = row.get("body") or ""
        leak = has_boilerplate(body, page.boilerplate)
        leaks += leak
        exact += TOKEN_RE.findall(body) == TOKEN_RE.findall(page.body)
        titles += normalise(row.get("title") or "") == normalise(page.title)
        published = row.get("published_at")
        dates += published is not None and abs(
            (datetime.fromisoformat(published) - page.published_at).total_seconds()) <= DATE_TOLERANCE_S
        by_family[page.family][0] += 1
        by_family[page.family][1] += leak
    n = max(1, seen)
    return {"articles": seen, "pages": len({id(p) for p in truth.values()}), "boilerplate": leaks, "body_exact": exact / n,
            "title_exact": titles / n, "date_ok": dates / n,
            "leaks_by_family": {f: v[1] for f, v in sorted(by_family.items()) if v[1]}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="test", choices=[split for split in SPLITS if split != "all"])
    parser.add_argument("--keep", action="store_true", help="keep the temporary warehouse")
    args = parser.parse_args(argv)
    pages = generate_corpus(split=args.split)
    by_site: dict[str, list[SynthPage]] = defaultdict(list)
    for page in pages:
        by_site[page.site].append(page)
    work = Path(tempfile.mkdtemp(prefix="newsflow-synth-pipeline-"))
    env = newsflow_env(work / "state")
    servers: list[QuietHTTPServer] = []
    feeds: list[tuple[dict[str, bytes], list[SynthPage], str]] = []
    truth: dict[str, SynthPage] = {}
    try:
        for site_pages in by_site.values():
            routes = {path: p.html.encode("utf-8") for p in site_pages for path in _paths(p)}
            server = QuietHTTPServer(("127.0.0.1", 0), _handler(routes, site_pages))
            server.daemon_threads = True
            base = f"http://127.0.0.1:{server.server_address[1]}"
            threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
            servers.append(server)
            feeds.append((routes, site_pages, base))
            for p in site_pages:  # the export names a page by its key, the canonical URL
                truth.update((url, p) for path in _paths(p) for url in (base + path, canonical_url(base + path)))
        feeds_file = work / "feeds.yaml"
        feeds_file.write_text(yaml.safe_dump({"feeds": [{"url": base + "/feed.xml"} for _, _, base in feeds]}),
                              encoding="utf-8")
        _cli(env, "migrate")
        results = {}
        for step, share in (("run 1 (older half of each feed)", 0.5), ("run 2 (whole feed)", 1.0)):
            for routes, site_pages, base in feeds:
                ordered = sorted(site_pages, key=lambda p: p.published_at)
                routes["/feed.xml"] = write_feed(ordered[:round(len(ordered) * share)], base).encode("utf-8")
            _cli(env, "ingest", "--feeds", str(feeds_file))
            results[step] = score(env, truth, work / f"export-{len(results) + 1}.jsonl")
        _cli(env, "reextract")
        results["after reextract"] = score(env, truth, work / "export-3.jsonl")
        print(f"synthetic-{args.split} through the pipeline ({len(by_site)} sites, {len(pages)} pages)")
        print(f"{'step':34s} {'articles':>8s} {'boilerpl':>8s} {'body=':>6s} {'title':>6s} {'date':>6s}")
        for step, r in results.items():
            print(f"{step:34s} {r['articles']:8d} {r['boilerplate']:8d} {r['body_exact']:6.3f} "
                  f"{r['title_exact']:6.3f} {r['date_ok']:6.3f}  {r['leaks_by_family'] or ''}")
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
        subprocess.run([sys.executable, "-m", "pipeline.cli", "stop"], env=env, cwd=REPO, capture_output=True)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
