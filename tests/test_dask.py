"""Parsing on Dask gives exactly the single-process results (local cluster, generated files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rusaz._corpus import Corpus, FileError, list_files

dask = pytest.importorskip("dask")
rusaz_dask = pytest.importorskip("rusaz.dask")

_WHO = ["Ilham Aliyev", "Vladimir Putin", "Sergey Lavrov", "Jeyhun Bayramov", "Alexei Overchuk"]
_WHERE = ["Baku", "Moscow", "Sochi", "Astrakhan", "Ganja"]
_MONTHS = ["January", "March", "May", "July", "September", "November"]
_WHAT = [
    "{a} met {b} in {p} on {d} {m} {y} to discuss the North-South transport corridor.",
    "{a} held a telephone conversation with {b} on {d} {m} {y}.",
    "{a} will visit {p} in {m} {y}, {b} said.",
    "In {p} on {d} {m} {y}, {a} and {b} signed a memorandum on energy cooperation.",
]


def _article(i: int) -> str:
    a, b = _WHO[i % 5], _WHO[(i * 3 + 1) % 5]
    if a == b:
        b = _WHO[(i + 2) % 5]
    p, m = _WHERE[(i // 5) % 5], _MONTHS[i % 6]
    first = _WHAT[i % 4].format(a=a, b=b, p=p, d=1 + i % 28, m=m, y=2015 + i % 9)
    second = _WHAT[(i + 1) % 4].format(a=b, b=a, p=_WHERE[i % 5], d=1 + i % 27, m=m, y=2016)
    return f"{p}, {1 + i % 28} {m} {2015 + i % 9}. {first}\n\n{second}\n"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two hundred generated wire reports plus one empty (failing) file."""
    root = tmp_path_factory.mktemp("generated")
    for i in range(200):
        (root / f"art-{i:04d}.txt").write_text(_article(i), encoding="utf-8")
    (root / "art-9999.txt").write_text("\n", encoding="utf-8")
    return list_files(root)


@pytest.fixture(scope="module")
def single(generated: list[Path]) -> Corpus:
    """The single-process parse of the generated files."""
    with pytest.warns(UserWarning, match="skipped"):
        return Corpus.from_files(generated)


def test_multiprocessing_scheduler_equals_single_process(
    generated: list[Path], single: Corpus
) -> None:
    """parse_bag on Dask's process scheduler gives the same articles in the same order."""
    bag = rusaz_dask.parse_bag(generated, partition_size=40)
    articles = bag.compute(scheduler="processes", num_workers=2)
    assert list(single) == articles


def test_local_cluster_equals_single_process(generated: list[Path], single: Corpus) -> None:
    """On a two-process local distributed cluster the results are the same too."""
    distributed = pytest.importorskip("dask.distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        articles = client.compute(rusaz_dask.parse_bag(generated, partition_size=50)).result()
    assert list(single) == articles


def test_parse_results_keep_failures(generated: list[Path]) -> None:
    """parse_results keeps the failing file as a FileError with its path."""
    results = rusaz_dask.parse_results(generated[-3:], partition_size=2).compute(scheduler="sync")
    assert [False, False, True] == [isinstance(r, FileError) for r in results]
    assert generated[-1].name == Path(results[-1].path).name
