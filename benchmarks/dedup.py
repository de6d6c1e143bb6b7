"""Dedup benchmark: pairwise precision and recall of near-duplicate linking, per kind, with threshold curves.

    uv run python benchmarks/dedup.py                      # pairs + end to end in PostgreSQL
    uv run python benchmarks/dedup.py --scale 10000,1000000  # + cost against large warehouses

The corpus comes from benchmarks/dedup_corpus.py (real article bodies, generated copies and hard
negatives). Pair level: every pair within a story is a positive; hard negatives are other stories
on the same event and templated stories of one family. End to end: all documents are loaded in a
random order through pipeline.dedup.index (exact hash, BatchLinker.find_root, record_bands) into an embedded
PostgreSQL, and the stories found are compared with the true ones over all pairs of documents.
"""

from __future__ import annotations

import argparse
import itertools
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg  # noqa: E402
from trafilatura.deduplication import Simhash  # noqa: E402

from benchmarks.dedup_corpus import DEFAULT_CORPUS, NEGATIVE_KINDS, Doc, build_corpus  # noqa: E402
from pipeline.dedup import index as dedup  # noqa: E402
from pipeline.dedup.evidence import Evidence, analyse, evidence  # noqa: E402

Pair = tuple[Doc, Doc, bool, str]
CONTAINMENTS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7)
CONFLICTS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4)
NAMES = (0, 1, 2, 3, 4, 10**6)


def labelled_pairs(docs: list[Doc]) -> list[Pair]:
    """Every pair within a story (positive) and every hard-negative pair, with its kind."""
    stories: dict[int, list[Doc]] = defaultdict(list)
    families: dict[str, list[Doc]] = defaultdict(list)
    for d in docs:
        stories[d.story].append(d)
        if d.group != "article":
            families[d.group].append(d)
    pairs: list[Pair] = []
    for members in stories.values():
        for a, b in itertools.combinations(members, 2):
            pairs.append((a, b, True, b.kind if a.kind in ("original", "templated") else "copy_vs_copy"))
    for d in docs:
        if d.kind == "same_event":
            pairs.extend((o, d, False, "same_event") for o in stories[d.of])
    for members in families.values():
        for a, b in itertools.combinations(members, 2):
            if a.story != b.story:
                kind = a.kind if a.of == b.story else b.kind if b.of == a.story else "templated"
                pairs.append((a, b, False, kind))
    return pairs


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def sweep(scores: list[tuple[float, bool]]) -> tuple[float, float, float, float]:
    """Best-F1 threshold of one similarity score: (threshold, precision, recall, F1)."""
    best = (0.0, 0.0, 0.0, 0.0)
    positives = sum(label for _, label in scores)
    for t in [i / 100 for i in range(1, 100)]:
        tp = sum(1 for s, label in scores if s >= t and label)
        fp = sum(1 for s, label in scores if s >= t and not label)
        p, r, f = prf(tp, fp, positives - tp)
        if f > best[3]:
            best = (t, p, r, f)
    return best


def table(header: list[str], rows: Iterable[Iterable[object]]) -> str:
    """A markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        lines.append("| " + " | ".join(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row) + " |")
    return "\n".join(lines)


def pair_level(docs: list[Doc], settings: dedup.DedupSettings) -> None:
    """Score every labelled pair; print baselines, the threshold curve and per-kind figures."""
    pairs = labelled_pairs(docs)
    size = settings.shingle_size
    analysed = {d.id: analyse(d.text, size) for d in docs}
    simhash = {d.id: Simhash(d.text) for d in docs}
    t0 = time.perf_counter()
    ev: list[Evidence] = [evidence(analysed[a.id], analysed[b.id], size) for a, b, _, _ in pairs]
    per_pair_ms = (time.perf_counter() - t0) / len(pairs) * 1000
    labels = [label for _, _, label, _ in pairs]
    print(f"\n## Pair level ({sum(labels)} positive pairs, {len(labels) - sum(labels)} hard-negative pairs; "
          f"evidence {per_pair_ms:.3f} ms per pair)\n")
    baselines: dict[str, Callable[[int], float]] = {
        "shingle Jaccard": lambda i: ev[i].jaccard,
        "shingle containment": lambda i: ev[i].containment,
        "trafilatura SimHash": lambda i: simhash[pairs[i][0].id].similarity(simhash[pairs[i][1].id]),
        "containment outside quotes": lambda i: ev[i].prose_containment,
    }
    rows = [(name, *sweep([(score(i), labels[i]) for i in range(len(pairs))])) for name, score in baselines.items()]
    print("Single thresholds, best F1 of each:\n")
    print(table(["score", "best threshold", "precision", "recall", "F1"], rows))
    def score(s: dedup.DedupSettings) -> str:
        pred = [dedup.is_copy(e, s) for e in ev]
        tp = sum(p and y for p, y in zip(pred, labels, strict=True))
        fp = sum(p and not y for p, y in zip(pred, labels, strict=True))
        p, r, _ = prf(tp, fp, sum(labels) - tp)
        return f"{p:.3f} / {r:.3f}"

    print(f"\nCombined rule: containment outside quotes >= c, fact conflict <= f, changed names <= "
          f"{settings.max_changed_names}; precision / recall:\n")
    curve = [(f"c >= {c}", *(score(replace(settings, min_containment=c, max_fact_conflict=f)) for f in CONFLICTS),
              score(replace(settings, min_containment=c, max_fact_conflict=1.0, max_changed_names=10**6)))
             for c in CONTAINMENTS]
    print(table(["", *(f"f <= {f}" for f in CONFLICTS), "no fact checks"], curve))
    print("\nChanged names allowed (at the default c and f):\n")
    print(table([f"names <= {n}" for n in NAMES], [[score(replace(settings, max_changed_names=n)) for n in NAMES]]))
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for e, (_, _, label, kind) in zip(ev, pairs, strict=True):
        kinds[kind][0] += 1
        kinds[kind][1] += dedup.is_copy(e, settings) == label
    print(f"\nAt the defaults (c >= {settings.min_containment}, f <= {settings.max_fact_conflict}, names <= "
          f"{settings.max_changed_names}), per kind:\n")
    print(table(["kind", "pairs", "wrong", "recall (copies) / rejected (negatives)"],
                sorted((k, n, n - ok, ok / n) for k, (n, ok) in kinds.items())))


def pairwise(truth: dict[int, int], pred: dict[int, int]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a clustering against the true one."""
    def pairs(counts: Iterable[int]) -> int:
        return sum(n * (n - 1) // 2 for n in counts)
    both = Counter((truth[i], pred[i]) for i in truth)
    tp = pairs(both.values())
    return prf(tp, pairs(Counter(pred.values()).values()) - tp, pairs(Counter(truth.values()).values()) - tp)


LOAD_LOCK_KEY = 0x6E657773  # the load stage's advisory lock (pipeline/stages/pages.py)
INSERT_SQL = ("INSERT INTO news.articles (url, body, duplicate_of, site, content_hash, word_count) "
              "VALUES (%s, %s, %s, %s, %s, %s) RETURNING id")


def load_docs(conn: psycopg.Connection, docs: list[Doc], settings: dedup.DedupSettings,
              batch: int = 50) -> tuple[dict[int, int], dict[str, list[float]]]:
    """Load documents as the load stage does; return doc id -> story root, and timings in ms."""
    article_of: dict[int, int] = {}
    times: dict[str, list[float]] = defaultdict(list)
    for start in range(0, len(docs), batch):
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOAD_LOCK_KEY,))
            for d in docs[start:start + batch]:
                t0 = time.perf_counter()
                fp = dedup.fingerprint(d.text, settings)
                t1 = time.perf_counter()
                row = conn.execute("SELECT id FROM news.articles WHERE content_hash = %s",
                                   (fp.content_hash,)).fetchone()
                if row:  # an exact duplicate: a sighting of the stored article
                    article_of[d.id] = row[0]
                    continue
                linker = dedup.BatchLinker(conn, [fp], settings)  # the load stage's linker, a batch of one
                root = linker.find_root(0, d.text, fp)
                t2 = time.perf_counter()
                url = f"https://{d.group}.example/{d.id}"
                new = conn.execute(INSERT_SQL, (url, d.text, root, f"{d.group}.example", fp.content_hash,
                                                len(d.text.split()))).fetchone()
                assert new is not None
                t3 = time.perf_counter()
                dedup.record_bands(conn, new[0], fp)
                t4 = time.perf_counter()
                article_of[d.id] = new[0]
                for key, value in (("fingerprint", t1 - t0), ("find_root", t2 - t1), ("insert", t3 - t2),
                                   ("record_bands", t4 - t3)):
                    times[key].append(value * 1000)
                times["find_root, new story" if root is None else "find_root, copy found"].append((t2 - t1) * 1000)
                times["dedup total"].append((t2 - t0 + t4 - t3) * 1000)
    root_of: dict[int, int] = dict(conn.execute("SELECT id, coalesce(duplicate_of, id) FROM news.articles WHERE id = ANY(%s)",
                                (list(article_of.values()),)).fetchall())
    return {doc: root_of[article] for doc, article in article_of.items()}, times


def end_to_end(conn: psycopg.Connection, docs: list[Doc], settings: dedup.DedupSettings, seed: int) -> None:
    """Load the corpus in a random order into PostgreSQL and score the stories found."""
    order = list(docs)
    random.Random(seed).shuffle(order)
    root_of, times = load_docs(conn, order, settings)
    truth = {d.id: d.story for d in docs}
    p, r, f = pairwise(truth, root_of)
    print(f"\n## End to end in PostgreSQL ({len(docs)} documents, random order, batches of 50)\n")
    print(f"Pairwise precision {p:.4f}, recall {r:.4f}, F1 {f:.4f}\n")
    first = {d.story: d.id for d in reversed(docs)}
    stories_in: dict[int, set[int]] = defaultdict(set)
    for d in docs:
        stories_in[root_of[d.id]].add(d.story)
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for d in docs:
        if d.kind in ("original", "templated"):  # an original is right when its story is pure
            ok = len(stories_in[root_of[d.id]]) == 1
        else:
            linked = root_of[d.id] == root_of[first[d.of]]
            ok = linked != (d.kind in NEGATIVE_KINDS)
        kinds[d.kind][0] += 1
        kinds[d.kind][1] += ok
    print(table(["kind", "documents", "wrong", "linked to their story (copies) / kept apart (negatives, originals)"],
                sorted((k, n, n - ok, ok / n) for k, (n, ok) in kinds.items())))
    print("\nTime per new article, ms (dedup total = fingerprint + find_root + record_bands):\n")
    print(table(["step", "articles", "mean", "p50", "p95"], [
        (k, len(v), statistics.mean(v), statistics.median(v), statistics.quantiles(v, n=20)[-1])
        for k, v in times.items()]))


def main() -> None:
    """Parse arguments and run the benchmark sections."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="scrapinghub ground-truth.json")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-db", action="store_true", help="pair level only")
    parser.add_argument("--scale", default="", help="warehouse sizes for the cost test, e.g. 10000,1000000")
    args = parser.parse_args()
    settings = dedup.DedupSettings()
    docs = build_corpus(args.corpus, seed=args.seed)
    print(f"# Dedup benchmark (seed {args.seed}, corpus {args.corpus.name})\n")
    print(f"Settings: {settings}\n")
    print(table(["kind", "documents"], sorted(Counter(d.kind for d in docs).items())))
    pair_level(docs, settings)
    if args.no_db:
        return
    from pipeline.warehouse import db as warehouse
    from pipeline.warehouse.embedded import ensure_database, ensure_server, stop_server

    state = Path(tempfile.mkdtemp(prefix="newsflow-dedup-bench-"))
    try:
        base = ensure_server(state)
        ensure_database(base, "dedup_bench")
        with psycopg.connect(base.replace("/postgres?", "/dedup_bench?")) as conn:
            warehouse.migrate(conn)
            end_to_end(conn, docs, settings, args.seed)
            if args.scale:
                from benchmarks.dedup_scale import scale_test

                conn.execute("TRUNCATE news.lsh_bands, news.articles RESTART IDENTITY CASCADE")
                conn.commit()
                scale_test(conn, docs, settings, [int(n) for n in args.scale.split(",")], table)
    finally:
        stop_server(state)
        shutil.rmtree(state, ignore_errors=True)


if __name__ == "__main__":
    main()
