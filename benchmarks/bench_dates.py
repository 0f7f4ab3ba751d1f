"""Dates benchmark: rusaz.find_dates against dateparser and datefinder on the case file.

Run by hand (needs the ``bench`` extra: ``pip install -e '.[bench]'``)::

    python benchmarks/bench_dates.py [--cases tests/data/dates.jsonl] [--markdown]

Scoring, per case (a sentence with its expected list of intervals, in order):

* **strict**: the tool returns exactly as many dates as expected and each one is the
  expected interval (a single day for dateparser and datefinder, which return datetimes);
  an expected unresolved mention (no reference date given) must come back unresolved.
* **lenient**: as many dates as expected, and each returned date lies inside the expected
  interval (so "early 2025" answered with any day of January-April 2025 counts).

Throughput is sentences per second over the whole case file, best of three runs. Tools
get the case's reference date as their relative base; without one they fall back to their
own default (the clock), which is what a user of those tools would get.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rusaz import FuzzyDate, find_dates

Interval = tuple[date, date] | None  # None: returned but unresolved
Tool = Callable[[str, date | FuzzyDate | None], list[Interval]]

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = ROOT / "tests" / "data" / "dates.jsonl"


def _reference(value: str | None) -> date | FuzzyDate | None:
    if value is None:
        return None
    if len(value) == 10:
        return date.fromisoformat(value)
    return FuzzyDate.parse(value)


def _base(reference: date | FuzzyDate | None) -> datetime | None:
    if reference is None:
        return None
    day = reference.start if isinstance(reference, FuzzyDate) else reference
    return datetime(day.year, day.month, day.day, 12, 0)


def run_rusaz(text: str, reference: date | FuzzyDate | None) -> list[Interval]:
    """rusaz: intervals as resolved (None for unresolved mentions)."""
    return [
        None if m.when is None else (m.when.start, m.when.end) for m in find_dates(text, reference)
    ]


def run_dateparser(text: str, reference: date | FuzzyDate | None) -> list[Interval]:
    """dateparser.search.search_dates with the reference as RELATIVE_BASE."""
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"RETURN_AS_TIMEZONE_AWARE": False}
    base = _base(reference)
    if base is not None:
        settings["RELATIVE_BASE"] = base
    found = search_dates(text, languages=["en", "ru", "az"], settings=settings) or []
    return [(dt.date(), dt.date()) for _, dt in found]


def run_datefinder(text: str, reference: date | FuzzyDate | None) -> list[Interval]:
    """datefinder.find_dates with the reference as base_date."""
    import datefinder

    base = _base(reference)
    kwargs: dict[str, Any] = {"source": True}
    if base is not None:
        kwargs["base_date"] = base
    out: list[Interval] = []
    try:
        for dt, _ in datefinder.find_dates(text, **kwargs):
            out.append((dt.date(), dt.date()))
    except (ValueError, OverflowError):  # datefinder raises on some inputs
        pass
    return out


def _expected(case: dict[str, Any]) -> list[Interval]:
    out: list[Interval] = []
    for e in case["expected"]:
        if e["start"] is None:
            out.append(None)
        else:
            out.append((date.fromisoformat(e["start"]), date.fromisoformat(e["end"])))
    return out


def score(predicted: list[Interval], expected: list[Interval]) -> tuple[bool, bool]:
    """(strict, lenient) correctness of one case."""
    if len(predicted) != len(expected):
        return False, False
    strict = predicted == expected
    lenient = all(
        (p is None and e is None)
        or (p is not None and e is not None and e[0] <= p[0] and p[1] <= e[1])
        for p, e in zip(predicted, expected, strict=True)
    )
    return strict, lenient


def evaluate(tool: Tool, cases: list[dict[str, Any]]) -> dict[str, Any]:
    """Accuracy per category (strict and lenient) and throughput for one tool."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    refs = [_reference(c["reference"]) for c in cases]
    results = []
    for case, ref in zip(cases, refs, strict=True):
        try:
            predicted = tool(case["text"], ref)
        except Exception:  # a tool that crashes gets the case wrong
            predicted = [None] * 99
        results.append(score(predicted, _expected(case)))
    for case, (strict, lenient) in zip(cases, results, strict=True):
        row = per[case["category"]]
        row[0] += strict
        row[1] += lenient
        row[2] += 1
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for case, ref in zip(cases, refs, strict=True):
            with contextlib.suppress(Exception):
                tool(case["text"], ref)
        best = min(best, time.perf_counter() - t0)
    return {"per": dict(per), "seconds": best, "n": len(cases)}


def main() -> None:
    """Run the three tools and print a table (Markdown with --markdown)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    with args.cases.open(encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    tools: dict[str, Tool] = {"rusaz": run_rusaz}
    try:
        import dateparser  # noqa: F401

        tools["dateparser"] = run_dateparser
    except ImportError:
        print("dateparser not installed: skipped")
    try:
        import datefinder  # noqa: F401

        tools["datefinder"] = run_datefinder
    except ImportError:
        print("datefinder not installed: skipped")
    results = {name: evaluate(tool, cases) for name, tool in tools.items()}
    categories = sorted({c["category"] for c in cases})
    names = list(results)
    header = [
        "category",
        "cases",
        *[f"{n} strict" for n in names],
        *[f"{n} lenient" for n in names],
    ]
    rows = []
    for cat in [*categories, "all"]:
        n = sum(1 for c in cases if cat in ("all", c["category"]))
        cells = [cat, str(n)]
        for kind in (0, 1):
            for name in names:
                per = results[name]["per"]
                hit = sum(v[kind] for k, v in per.items() if cat in ("all", k))
                cells.append(f"{100 * hit / n:.0f}%")
        rows.append(cells)
    speed = [
        "sentences/s",
        "",
        *[f"{results[n]['n'] / results[n]['seconds']:.0f}" for n in names],
        *[""] * len(names),
    ]
    rows.append(speed)
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" for _ in header) + "|")
        for r in rows:
            print("| " + " | ".join(r) + " |")
    else:
        widths = [max(len(x) for x in col) for col in zip(header, *rows, strict=True)]
        for r in [header, *rows]:
            print("  ".join(x.rjust(w) for x, w in zip(r, widths, strict=True)))


if __name__ == "__main__":
    main()
