"""Corpus: a sequence of parsed articles with the errors met while reading them.

(Minimal form from the foundation; queries, merging and exports arrive with the corpus issue.)
"""

from __future__ import annotations

import tomllib
import warnings
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import overload

import attrs

from rusaz._model import Article, FuzzyDate
from rusaz._parse import parse_file, parse_text
from rusaz.exceptions import RusazError

__all__ = ["Corpus", "FileError", "load_corpus", "seed_dir"]


@attrs.frozen
class FileError:
    """A file that could not be parsed, and why."""

    path: str
    error: str
    kind: str


class Corpus(Sequence[Article]):
    """An ordered collection of articles; ``errors`` lists the files that failed."""

    def __init__(self, articles: Iterable[Article] = (), errors: Iterable[FileError] = ()) -> None:
        self._articles = tuple(articles)
        self.errors: tuple[FileError, ...] = tuple(errors)

    @overload
    def __getitem__(self, index: int) -> Article: ...
    @overload
    def __getitem__(self, index: slice) -> Corpus: ...
    def __getitem__(self, index: int | slice) -> Article | Corpus:
        if isinstance(index, slice):
            return Corpus(self._articles[index])
        return self._articles[index]

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles)

    def __repr__(self) -> str:
        return f"Corpus({len(self)} articles, {len(self.errors)} errors)"

    @classmethod
    def from_files(cls, paths: Iterable[str | Path], *, encoding: str | None = None) -> Corpus:
        """Parse files; a file that fails is reported on ``errors`` and warned, not dropped."""
        articles: list[Article] = []
        errors: list[FileError] = []
        for path in paths:
            try:
                articles.append(parse_file(path, encoding=encoding))
            except (RusazError, OSError) as exc:
                errors.append(FileError(str(path), str(exc), type(exc).__name__))
                warnings.warn(f"rusaz: skipped {path}: {exc}", stacklevel=2)
        return cls(articles, errors)

    @classmethod
    def from_dir(
        cls, path: str | Path, pattern: str = "*.txt", *, encoding: str | None = None
    ) -> Corpus:
        """Parse every file matching ``pattern`` in a directory, in name order."""
        root = Path(path)
        if not root.is_dir():
            raise NotADirectoryError(f"not a directory: {root}")
        return cls.from_files(sorted(root.glob(pattern)), encoding=encoding)


def seed_dir() -> Path:
    """The directory of the bundled seed articles (package data, or the repo's seeds/)."""
    packaged = resources.files("rusaz").joinpath("data", "seeds")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "seeds"


def load_corpus(*, use_index: bool = True) -> Corpus:
    """The bundled corpus of seed articles.

    With ``use_index`` the curated metadata of ``seeds/index.toml`` (publication date)
    is passed to the parser as given; without it everything is inferred from the text.
    """
    root = seed_dir()
    index_path = root / "index.toml"
    meta: dict[str, dict[str, object]] = {}
    if use_index and index_path.is_file():
        data = tomllib.loads(index_path.read_text(encoding="utf-8"))
        meta = {str(a["id"]): a for a in data.get("article", [])}
    articles = []
    for path in sorted(root.glob("*.txt")):
        info = meta.get(path.stem, {})
        published = info.get("published")
        pub = FuzzyDate.parse(published) if isinstance(published, str) else None
        text = path.read_text(encoding="utf-8")
        articles.append(
            parse_text(text, article_id=path.stem, published=pub, source_path=path.name)
        )
    return Corpus(articles)
