"""Show that the reader (clean + segment + publication date) runs in linear time.

Run by hand: ``.venv/bin/python benchmarks/bench_linear.py [--scale 1.0]``. For each
adversarial input family it times the reader at 1/4, 1/2 and 1 times the full size and prints
seconds and microseconds per kilobyte; linear cost shows as a flat per-kilobyte column.
Results go in ``docs/reader.md``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from rusaz._published import infer_published
from rusaz._text import clean, segment

MB = 1_000_000
SENTENCE = "Putin and Aliyev met in St. Petersburg on Feb. 22, 2024 and signed No. 5. "


def one_line(size: int) -> str:
    """A single line of ordinary sentences, no line break at all."""
    return (SENTENCE * (size // len(SENTENCE) + 1))[:size]


def punctuation(size: int) -> str:
    """One run of repeated punctuation between two words."""
    return "Baku " + "!?." * (size // 3) + " Moscow"


def dots_and_quotes(size: int) -> str:
    """Alternating stops, quotes and spaces: a boundary candidate at every other character."""
    return 'A. "B"s. ' * (size // 9)


def capitals(size: int) -> str:
    """Capital letters without a single space."""
    return ("RUSSIAAZERBAIJAN" * (size // 16 + 1))[:size]


def short_lines(size: int) -> str:
    """Many short lines, each a candidate for furniture, title or dateline."""
    block = "Leave a review\n22 April\nBaku\nPhoto: TASS\nSource: TASS\n\n"
    return block * (size // len(block))


def reader(text: str) -> None:
    """Run the reader stages as parse_text does (date mentions, another stage, left out)."""
    doc = segment(*clean(text))
    infer_published(doc, [])


def bench(name: str, make: Callable[[int], str], full: int) -> None:
    """Time ``make`` inputs at three sizes and print one row per size."""
    for size in (full // 4, full // 2, full):
        text = make(size)
        start = time.perf_counter()
        reader(text)
        seconds = time.perf_counter() - start
        per_kb = seconds / (len(text) / 1000) * 1e6
        print(f"| {name} | {len(text) / MB:.2f} MB | {seconds:.3f} s | {per_kb:.1f} µs/kB |")


def main() -> None:
    """Run every family; ``--scale`` shrinks the sizes for a quick look."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    scale = parser.parse_args().scale
    print("| input | size | time | per kB |")
    print("|---|---|---|---|")
    bench("one line of prose", one_line, int(50 * MB * scale))
    bench("repeated punctuation", punctuation, int(300_000 * scale))
    bench("stops and quotes", dots_and_quotes, int(5 * MB * scale))
    bench("capitals, no spaces", capitals, int(MB * scale))
    bench("short furniture lines", short_lines, int(5 * MB * scale))


if __name__ == "__main__":
    main()
