"""The public API: a sorted, complete ``__all__`` and a version from package metadata."""

from __future__ import annotations

import importlib.metadata
import types

import rusaz
import rusaz.exceptions


def _isort_key(name: str) -> tuple[int, str]:
    """Ruff's RUF022 order: CONSTANTS, then Classes, then everything else, each alphabetical."""
    if name.isupper():
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


def test_all_is_sorted() -> None:
    """rusaz.__all__ is sorted the way ruff sorts it and has no duplicates."""
    assert sorted(rusaz.__all__, key=_isort_key) == list(rusaz.__all__)
    assert len(set(rusaz.__all__)) == len(rusaz.__all__)


def test_every_name_in_all_is_importable() -> None:
    """Every name in __all__ exists on the package."""
    missing = [name for name in rusaz.__all__ if not hasattr(rusaz, name)]
    assert [] == missing


def _defined_in_rusaz(value: object) -> bool:
    module = getattr(value, "__module__", None)
    return isinstance(module, str) and module.split(".")[0] == "rusaz"


def test_all_is_complete() -> None:
    """Every public class or function rusaz defines and exposes is listed in __all__."""
    public = {
        name
        for name, value in vars(rusaz).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)
        and _defined_in_rusaz(value)
    }
    assert set() == public - set(rusaz.__all__)


def test_exceptions_all_is_complete() -> None:
    """rusaz.exceptions lists every error class, each a RusazError."""
    classes = {
        name
        for name, value in vars(rusaz.exceptions).items()
        if isinstance(value, type) and issubclass(value, Exception)
    }
    assert classes == set(rusaz.exceptions.__all__)
    assert sorted(rusaz.exceptions.__all__) == list(rusaz.exceptions.__all__)
    for name in rusaz.exceptions.__all__:
        assert issubclass(getattr(rusaz.exceptions, name), rusaz.exceptions.RusazError)


def test_version_matches_metadata() -> None:
    """__version__ is the installed distribution's version."""
    assert importlib.metadata.version("rusaz") == rusaz.__version__


def test_public_api_signatures_exist() -> None:
    """The fixed entry points are callables of the public API."""
    for name in ("parse_text", "parse_file", "find_dates", "load_corpus", "evaluate"):
        assert callable(getattr(rusaz, name)), name
    assert 1 <= rusaz.SCHEMA_VERSION
