"""CI gate in trafilatura's style: extraction F1 on the shared benchmark must not fall below a floor."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT.parent / "shared" / "bench" / "scrapinghub"
# Recorded floors (measured F1 0.983, P 0.989, R 0.977 on 181 pages; see docs/benchmarks.md).
F1_FLOOR = 0.980
PRECISION_FLOOR = 0.986
RECALL_FLOOR = 0.973


@pytest.mark.skipif(not (BENCH / "ground-truth.json").exists(),
                    reason="../shared/bench/scrapinghub is absent (as on a user's clone): gate skipped")
def test_extraction_f1_stays_above_the_floor() -> None:
    """newsflow's F1, precision and recall on the scrapinghub set stay above the recorded floors."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from extraction import newsflow_scores

    scores = newsflow_scores(BENCH)
    assert scores["f1"] >= F1_FLOOR, scores
    assert scores["precision"] >= PRECISION_FLOOR, scores
    assert scores["recall"] >= RECALL_FLOOR, scores


def test_metric_on_known_pairs() -> None:
    """The re-implemented metric gives exact values on hand-made pairs."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from extraction import score

    assert score([("a b c d e", "a b c d e")]) == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "accuracy": 1.0}
    half = score([("a b c d e f", "a b c d x y")])  # 3 truth shingles, 1 shared, 2 spurious
    assert (round(half["precision"], 3), round(half["recall"], 3)) == (0.333, 0.333)
