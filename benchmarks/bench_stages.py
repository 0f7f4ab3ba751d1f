"""Time each stage of ``parse_text`` on the seeds and the hand-written articles.

Run by hand from the repository root: ``python benchmarks/bench_stages.py [--rounds 10]``.
Prints milliseconds per pass over all texts for each stage and the whole parse, best of the
rounds (the least disturbed by other work on the machine), and the throughput in MB/s.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import rusaz
from rusaz._dates import find_dates
from rusaz._extract.actors import find_actors
from rusaz._extract.events import find_events_and_agreements
from rusaz._extract.places import find_places
from rusaz._lexicon import default_lexicon
from rusaz._published import infer_published
from rusaz._text import clean, segment

ROOT = Path(__file__).resolve().parents[1]


def best(f: Callable[[], object], rounds: int) -> float:
    """The fastest of ``rounds`` calls of ``f``, in milliseconds."""
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=10)
    n = ap.parse_args().rounds
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests/data/articles").glob("*.txt")
    )
    texts = [p.read_text(encoding="utf-8") for p in paths]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    rusaz.parse_text(texts[0])  # lexicons loaded outside the timing
    lex = default_lexicon()
    cleaned = [clean(t) for t in texts]
    docs = [segment(*c) for c in cleaned]
    pubs = [infer_published(d, find_dates(d.text, None))[0] for d in docs]
    dates = [find_dates(d.text, p) for d, p in zip(docs, pubs, strict=True)]
    actors = [find_actors(d, lex, p) for d, p in zip(docs, pubs, strict=True)]
    places = [find_places(d, lex) for d in docs]
    stages: dict[str, Callable[[], object]] = {
        "clean": lambda: [clean(t) for t in texts],
        "segment": lambda: [segment(*c) for c in cleaned],
        "dates (no reference)": lambda: [find_dates(d.text + " ", None) for d in docs],
        "published": lambda: [
            infer_published(d, m)
            for d, m in zip(docs, [find_dates(d.text) for d in docs], strict=True)
        ],
        "dates": lambda: [find_dates(d.text + " ", p) for d, p in zip(docs, pubs, strict=True)],
        "actors": lambda: [find_actors(d, lex, p) for d, p in zip(docs, pubs, strict=True)],
        "places": lambda: [find_places(d, lex) for d in docs],
        "events & agreements": lambda: [
            find_events_and_agreements(d, m, a, pl, p)
            for d, m, a, pl, p in zip(docs, dates, actors, places, pubs, strict=True)
        ],
        "parse_text (all)": lambda: [rusaz.parse_text(t) for t in texts],
    }
    print(f"{len(texts)} texts, {size:.3f} MB, best of {n}")
    for name, f in stages.items():
        ms = best(f, n)
        print(f"{name:22s} {ms:8.1f} ms")
    print(f"throughput {size / (best(stages['parse_text (all)'], n) / 1000):.3f} MB/s")


if __name__ == "__main__":
    main()
