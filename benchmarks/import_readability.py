"""Import mozilla/readability's test pages as a held-out extraction test set.

Run: uv run python benchmarks/import_readability.py [--mirror GIT_DIR] [--out DIR]
Reads a bare git copy of https://github.com/mozilla/readability (its newest commit) and writes, per
kept page, `<name>/source.html.gz` (gzip -9), `<name>/expected.txt` (the text of expected.html, one
line per block, see `pipeline.evaluation.html_text`) and `<name>/metadata.json` (a copy of
expected-metadata.json), plus NOTICE.md. Re-running replaces the output folder. The output is data
from another project: it is kept out of this repository's commits (benchmarks/data/ is ignored) and
belongs in shared/bench/readability, where the benchmark and the CI gate look for it too.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

from pipeline.evaluation import READABILITY_MIN_CHARS, html_text

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MIRROR = Path("/work/.mirror/mozilla+readability/repo")
DEFAULT_OUT = ROOT / "benchmarks" / "data" / "readability"
PAGES = "test/test-pages"
LFS_POINTER = b"version https://git-lfs.github.com/spec/"


def git(mirror: Path, *args: str) -> bytes:
    """Output of one git command run against the mirror."""
    return subprocess.run(["git", "-C", str(mirror), *args], check=True, capture_output=True).stdout


def blob(mirror: Path, commit: str, path: str) -> bytes:
    """One file of the commit; a Git LFS pointer in place of the content is an error."""
    data = git(mirror, "show", f"{commit}:{path}")
    if data.startswith(LFS_POINTER):
        raise SystemExit(f"{path} is a Git LFS pointer, not the file (fetch the LFS objects into the copy)")
    return data


NOTICE = """# mozilla/readability test pages (held-out extraction test set)

Source: https://github.com/mozilla/readability, folder `test/test-pages/`, commit `{commit}`.
Licence: Apache License 2.0 (the repository's LICENSE.md; https://www.apache.org/licenses/LICENSE-2.0).
The pages are copies of public web pages collected by the Readability project as test fixtures;
`expected.html` is Readability.js's expected article output for each, `expected-metadata.json`
its expected metadata.

Conversion (benchmarks/import_readability.py, re-runnable from a git copy of that repository):
- `source.html.gz`: source.html, unchanged bytes, gzip -9.
- `expected.txt`: the text of expected.html parsed with lxml.html: every block element
  (p, h1-h6, li, blockquote, pre, td, th, figcaption, dt, dd, and the containers div, section,
  article, ul, ol, table, tr, figure, ...) starts a new line, `<br>` too; whitespace inside a line is
  collapsed to single spaces, empty lines dropped; comments, script and style are skipped.
- `metadata.json`: expected-metadata.json, unchanged.

Dropped: {dropped_count} of {total} pages.
- metadata says `"readerable": false` ({unreaderable_count}): {unreaderable}
- expected text shorter than {min_chars} characters ({short_count}): {short}

Kept: {kept} pages. Used only for testing newsflow's extractor, never for tuning it.
Of those, {lorem_count} have "Lorem ipsum" filler in their expected text: mostly Readability's
hand-made markup fixtures rather than captured sites (kept; only the rules above drop pages):
{lorem}
"""


def import_pages(mirror: Path, out: Path) -> dict[str, list[str]]:
    """Write the kept pages and NOTICE.md into `out`; the names kept and dropped, by reason."""
    commit = git(mirror, "rev-parse", "HEAD").decode().strip()
    names = sorted(git(mirror, "ls-tree", "--name-only", f"{commit}:{PAGES}").decode().split())
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    kept: list[str] = []
    lorem: list[str] = []
    unreaderable: list[str] = []
    short: list[str] = []
    for name in names:
        metadata = blob(mirror, commit, f"{PAGES}/{name}/expected-metadata.json")
        if json.loads(metadata).get("readerable") is False:
            unreaderable.append(name)
            continue
        expected = html_text(blob(mirror, commit, f"{PAGES}/{name}/expected.html").decode("utf-8"))
        if len(expected) < READABILITY_MIN_CHARS:
            short.append(name)
            continue
        source = blob(mirror, commit, f"{PAGES}/{name}/source.html")
        page = out / name
        page.mkdir()
        (page / "source.html.gz").write_bytes(gzip.compress(source, compresslevel=9, mtime=0))
        (page / "expected.txt").write_text(expected + "\n", encoding="utf-8")
        (page / "metadata.json").write_bytes(metadata)
        kept.append(name)
        if "lorem ipsum" in expected.lower():
            lorem.append(name)
    dropped = len(unreaderable) + len(short)
    (out / "NOTICE.md").write_text(NOTICE.format(
        commit=commit, total=len(names), dropped_count=dropped, kept=len(kept), min_chars=READABILITY_MIN_CHARS,
        unreaderable_count=len(unreaderable), unreaderable=", ".join(unreaderable) or "none",
        short_count=len(short), short=", ".join(short) or "none",
        lorem_count=len(lorem), lorem=", ".join(lorem) or "none"), encoding="utf-8")
    return {"kept": kept, "unreaderable": unreaderable, "short": short}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR, help="git directory of mozilla/readability")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    result = import_pages(args.mirror, args.out)
    size = sum(f.stat().st_size for f in args.out.rglob("*") if f.is_file())
    print(f"{len(result['kept'])} pages kept in {args.out} ({size / 1e6:.1f} MB); dropped "
          f"{len(result['unreaderable'])} not readerable, {len(result['short'])} short")
    return 0


if __name__ == "__main__":
    sys.exit(main())
