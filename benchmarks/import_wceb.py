"""Import the tiptopjaw web-content-extraction benchmark (1,000 pages of 2025-26) as two extraction sets.

Run: uv run python benchmarks/import_wceb.py [--mirror GIT_DIR] [--out DIR]
Reads a bare git copy of https://github.com/tiptopjaw/web-content-extraction-benchmark (its newest
commit): `release/html/NNNN.html.gz` and `benchmark/ground-truth/NNNN.json`. Writes
`html/NNNN.html.gz` (the same bytes), `ground-truth.json` ({id: {url, title, articleBody, with,
without, page_type}}) and NOTICE.md. Re-running replaces the output folder. The output is data from
another project: it is kept out of this repository's commits (benchmarks/data/ is ignored) and
belongs in shared/bench/wceb, where the benchmark looks for it too.

The set is split by a fixed rule chosen before any page was looked at: odd ids are the development
half (`wceb-dev`, rules may be tuned on it), even ids the test half (`wceb-test`, read as totals only).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: benchmarks/ is on the path, the project root is not
    sys.path.insert(0, str(ROOT))
from benchmarks.import_readability import blob, git  # noqa: E402  (reading a git copy, LFS pointers refused)

DEFAULT_MIRROR = Path("/work/.mirror/tiptopjaw+web-content-extraction-benchmark/repo")
DEFAULT_OUT = ROOT / "benchmarks" / "data" / "wceb"

NOTICE = """# tiptopjaw/web-content-extraction-benchmark (real pages of 2025-26: a development and a test half)

Source: https://github.com/tiptopjaw/web-content-extraction-benchmark, commit `{commit}`:
`release/html/*.html.gz` and `benchmark/ground-truth/*.json`.
Licence: Apache License 2.0 (`release/LICENSE` of that repository).
1,000 public web pages (news, blogs, documentation, product and corporate pages) with an
AI-generated, human-verified article text and snippets that must (`with`) and must not
(`without`) appear in it.

Conversion (benchmarks/import_wceb.py): the HTML unchanged; `ground-truth.json` holds per id the
url, title, `articleBody` (the `main_content`), `with`, `without` and the annotators' page type.

Split, fixed before any page was read: odd ids are `wceb-dev` (development), even ids `wceb-test`
(test: read as totals only, never tuned on). Pages kept: {kept}; skipped (no text or no HTML): {skipped}.
"""


def import_pages(mirror: Path, out: Path) -> tuple[int, list[str]]:
    """Write the pages, ground-truth.json and NOTICE.md into `out`; (pages kept, ids skipped)."""
    commit = git(mirror, "rev-parse", "HEAD").decode().strip()
    html_names = set(git(mirror, "ls-tree", "--name-only", f"{commit}:release/html").decode().split())
    truth_names = sorted(git(mirror, "ls-tree", "--name-only", f"{commit}:benchmark/ground-truth").decode().split())
    if out.exists():
        shutil.rmtree(out)
    (out / "html").mkdir(parents=True)
    truth: dict[str, dict[str, object]] = {}
    skipped: list[str] = []
    for name in truth_names:
        key = name.removesuffix(".json")
        record = json.loads(blob(mirror, commit, f"benchmark/ground-truth/{name}"))
        gt = record.get("ground_truth") or {}
        if f"{key}.html.gz" not in html_names or not (gt.get("main_content") or "").strip():
            skipped.append(key)
            continue
        (out / "html" / f"{key}.html.gz").write_bytes(blob(mirror, commit, f"release/html/{key}.html.gz"))
        truth[key] = {"url": record.get("url", ""), "title": gt.get("title"), "articleBody": gt["main_content"],
                      "with": list(gt.get("with") or []), "without": list(gt.get("without") or []),
                      "page_type": ((record.get("_internal") or {}).get("page_type") or {}).get("primary")}
    (out / "ground-truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / "NOTICE.md").write_text(NOTICE.format(commit=commit, kept=len(truth),
                                                 skipped=", ".join(skipped) or "none"), encoding="utf-8")
    return len(truth), skipped


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, default=DEFAULT_MIRROR,
                        help="git directory of tiptopjaw/web-content-extraction-benchmark")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    kept, skipped = import_pages(args.mirror, args.out)
    size = sum(f.stat().st_size for f in args.out.rglob("*") if f.is_file())
    print(f"{kept} pages kept in {args.out} ({size / 1e6:.1f} MB); skipped {len(skipped)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
