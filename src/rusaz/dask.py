"""Parsing on Dask: corpora of millions of articles, on many cores or a cluster.

Parsing is a pure function of each file's text, so a Dask bag of paths maps straight to a
bag of :class:`~rusaz.Article` objects; results equal the single-process ones. Needs the
``dask`` extra (``pip install 'rusaz[dask]'``); ``import rusaz`` does not import Dask.

>>> import rusaz.dask                                            # doctest: +SKIP
>>> bag = rusaz.dask.parse_bag(sorted(Path("articles").glob("*.txt")))
>>> bag.map(rusaz.to_json).to_textfiles("out/part-*.jsonl")     # one JSON article per line
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rusaz._corpus import FileError, _parse_one
from rusaz._model import Article

__all__ = ["parse_bag", "parse_results"]


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError as exc:
        raise ImportError("rusaz.dask needs Dask: pip install 'rusaz[dask]'") from exc
    return dask.bag


def _parse(path: str, encoding: str | None) -> Article | FileError:
    return _parse_one(path, encoding)


def _is_article(item: Article | FileError) -> bool:
    return isinstance(item, Article)


def parse_results(
    paths: Iterable[str | Path], *, partition_size: int = 64, encoding: str | None = None
) -> Any:
    """A Dask bag with, per path and in path order, its Article or the FileError met.

    Use this to account for failures on a cluster:
    ``results.filter(lambda r: isinstance(r, FileError)).compute()``.
    """
    db = _bag_module()
    items = [str(p) for p in paths]
    bag = db.from_sequence(items, partition_size=max(1, partition_size))
    return bag.map(_parse, encoding)


def parse_bag(
    paths: Iterable[str | Path], *, partition_size: int = 64, encoding: str | None = None
) -> Any:
    """A Dask bag of the parsed Articles, in path order (files that fail are left out;
    :func:`parse_results` keeps them as :class:`~rusaz.FileError` items)."""
    return parse_results(paths, partition_size=partition_size, encoding=encoding).filter(
        _is_article
    )
