"""Measured targets of the actors/places and events/agreements issues: F1 per category on the
seed articles and on the hand-written test corpus (scored with the gold schema's rules)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from rusaz import Report, evaluate

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "seeds": (ROOT / "tests" / "gold", ROOT / "seeds"),
    "own": (ROOT / "tests" / "data" / "gold", ROOT / "tests" / "data" / "articles"),
}


@cache
def report_of(corpus: str) -> Report:
    """The evaluation report of one corpus, computed once per test session."""
    gold_dir, text_dir = CORPORA[corpus]
    return evaluate(gold_dir, text_dir)


@pytest.mark.parametrize(
    ("corpus", "category", "target"),
    [
        ("seeds", "actors", 0.95),
        ("seeds", "places", 0.90),
        ("seeds", "events", 0.85),
        ("seeds", "agreements", 0.90),
        ("own", "actors", 0.90),
        ("own", "events", 0.70),
        ("own", "agreements", 0.85),
    ],
)
def test_f1_target(corpus: str, category: str, target: float) -> None:
    """The extractor reaches the issue's F1 target for this category and corpus."""
    score = report_of(corpus)[category]
    assert score.f1 >= target, f"{corpus} {category}: {score.to_dict()}"
