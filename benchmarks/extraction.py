"""Extraction benchmark on the scrapinghub article-extraction set: newsflow vs bare trafilatura.

Run: uv run python benchmarks/extraction.py [--bench DIR] [--limit N] [--rounds N] [--ablate]
The data is read from ../shared/bench/scrapinghub (never copied into the repository).
Metric (re-implemented from the benchmark's description): texts are tokenised with \\w+, cut into
overlapping 4-word shingles; per page, true/false positives and false negatives are counted on
the shingle multisets and normalised by their sum; precision and recall come from the means of
those over pages, F1 is their harmonic mean. Accuracy: share of pages whose tokens equal the
ground truth's exactly.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = ROOT.parent / "shared" / "bench" / "scrapinghub"
TOKEN_RE = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of n-word shingles of a text."""
    tokens = TOKEN_RE.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(0, len(tokens) - n + 1)))


def page_counts(truth: str, pred: str) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) of one page."""
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def score(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Precision, recall, F1 and exact-match accuracy over (truth, prediction) pairs."""
    counts = [page_counts(t, p) for t, p in pairs]
    tp = sum(c[0] for c in counts) / len(counts)
    fp = sum(c[1] for c in counts) / len(counts)
    fn = sum(c[2] for c in counts) / len(counts)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(TOKEN_RE.findall(t) == TOKEN_RE.findall(p) for t, p in pairs) / len(pairs)
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": accuracy}


def load(bench: Path, limit: int | None) -> list[tuple[str, str, str, str]]:
    """(id, url, html, truth) of every page."""
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    items = []
    for key in sorted(truth)[:limit]:
        html = gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        items.append((key, truth[key].get("url", ""), html, truth[key].get("articleBody", "")))
    return items


def run(name: str, fn: Callable[[str, str], str | None],
        items: list[tuple[str, str, str, str]]) -> dict[str, float | str]:
    """Score one extractor and time it (single process, one pass)."""
    started = time.perf_counter()
    preds = [fn(html, url) or "" for _, url, html, _ in items]
    elapsed = time.perf_counter() - started
    result: dict[str, float | str] = {"extractor": name, **score([(t, p) for (_, _, _, t), p in zip(items, preds, strict=True)])}
    result["docs_per_s"] = len(items) / elapsed
    return result


def compare(extractors: dict[str, Callable[[str, str], str | None]], items: list[tuple[str, str, str, str]],
            rounds: int) -> list[dict[str, float | str]]:
    """Score every extractor, timing each in `rounds` interleaved passes and keeping its fastest.

    Interleaving (A, B, C, A, B, C, ...) spreads the load of a shared machine over all of them; the
    fastest pass is the one least disturbed by other processes.
    """
    for fn in extractors.values():  # warm-up: imports, lazily built tables
        for _, url, html, _ in items[:10]:
            fn(html, url)
    best: dict[str, dict[str, float | str]] = {}
    for _ in range(rounds):
        for name, fn in extractors.items():
            result = run(name, fn, items)
            if name not in best or float(result["docs_per_s"]) > float(best[name]["docs_per_s"]):
                best[name] = result
    return [best[name] for name in extractors]


def newsflow_fn(html: str, url: str) -> str | None:
    """newsflow's extractor (rules only: no per-site history on this set)."""
    from pipeline.extract import extract_html

    result = extract_html(html, url)
    return result.body if result else None


def newsflow_scores(bench: Path, limit: int | None = None) -> dict[str, float | str]:
    """Score newsflow alone (used by the CI gate)."""
    return run("newsflow", newsflow_fn, load(bench, limit))


ABLATE_RULES = (
    "structural:hidden", "structural:named-block", "structural:link-list", "structural:teaser-list",
    "structural:form", "structural:article-header", "structural:dek", "structural:small-print",
    "structural:caption", "structural:linked-card", "headline-repeat", "inline-teaser", "linked-promo",
    "shortcode", "credit", "dateline", "byline", "tail:credit", "tail:contact", "tail:promo", "tail:tags",
    "tail:fragment", "tail:label")


def ablate(items: list[tuple[str, str, str, str]]) -> None:
    """Print newsflow's precision and recall with each rule switched off in turn (quality only)."""
    from pipeline import boilerplate, structural

    originals = {(mod, name): getattr(mod, name) for mod, name in
                 ((structural, "_rule"), (boilerplate, "_line_rule"), (boilerplate, "_tail_rule"))}
    full = run("newsflow", newsflow_fn, items)
    print(f"{'rule switched off':32} {'precision':>9} {'recall':>7} {'F1':>6}")
    print(f"{'(none)':32} {full['precision']:9.4f} {full['recall']:7.4f} {full['f1']:6.4f}")
    for rule in ABLATE_RULES:
        for (mod, name), fn in originals.items():
            prefix = "structural:" if mod is structural else ""

            def off(*args: object, _fn: Callable[..., str | None] = fn, _prefix: str = prefix,
                    _rule: str = rule) -> str | None:
                found = _fn(*args)
                return None if found and _prefix + found == _rule else found

            setattr(mod, name, off)
        r = run("newsflow", newsflow_fn, items)
        print(f"{rule:32} {r['precision']:9.4f} {r['recall']:7.4f} {r['f1']:6.4f}")
    for (mod, name), fn in originals.items():
        setattr(mod, name, fn)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=3, help="interleaved timing passes (fastest kept)")
    parser.add_argument("--ablate", action="store_true", help="newsflow's scores with each rule switched off")
    args = parser.parse_args()
    if not (args.bench / "ground-truth.json").exists():
        print(f"benchmark data not found at {args.bench}: skipped", file=sys.stderr)
        return 0
    items = load(args.bench, args.limit)
    if args.ablate:
        ablate(items)
        return 0
    rows = compare({
        "trafilatura (default)": lambda h, u: trafilatura.extract(h, url=u),
        "trafilatura (include_comments=False)": lambda h, u: trafilatura.extract(h, url=u, include_comments=False),
        "newsflow": newsflow_fn,
    }, items, args.rounds)
    print(f"{len(items)} pages from {args.bench}; fastest of {args.rounds} interleaved passes")
    print(f"{'extractor':40} {'precision':>9} {'recall':>7} {'F1':>6} {'accuracy':>8} {'docs/s':>7}")
    for r in rows:
        print(f"{r['extractor']:40} {r['precision']:9.3f} {r['recall']:7.3f} {r['f1']:6.3f} "
              f"{r['accuracy']:8.3f} {r['docs_per_s']:7.1f}")
    ours = float(rows[2]["docs_per_s"])
    for base in rows[:2]:
        print(f"newsflow throughput / {base['extractor']}: {ours / float(base['docs_per_s']):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
