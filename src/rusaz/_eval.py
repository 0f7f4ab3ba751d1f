"""Scoring extraction against gold annotation files (see the gold schema in the docs).

(Interface fixed by the foundation; scoring arrives with the foundation issue.)
"""

from __future__ import annotations

from pathlib import Path

import attrs

__all__ = ["Report", "evaluate"]


@attrs.frozen
class Report:
    """Precision, recall and F1 per category."""

    rows: tuple[tuple[str, float, float, float], ...] = ()


def evaluate(gold_dir: str | Path, text_dir: str | Path) -> Report:
    """Parse each article of ``text_dir`` that has a gold file in ``gold_dir`` and score it."""
    raise NotImplementedError
