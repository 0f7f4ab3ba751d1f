"""The one cattrs converter and the JSON functions built on it.

(Interface fixed by the foundation; the converter arrives with the foundation issue.)
"""

from __future__ import annotations

from typing import Any, TypeVar

__all__ = ["SCHEMA_VERSION", "from_json", "json_schema", "structure", "to_json", "unstructure"]

SCHEMA_VERSION = 1
T = TypeVar("T")


def unstructure(obj: object) -> Any:
    """Plain JSON-ready data for a model object."""
    raise NotImplementedError


def structure(data: Any, cls: type[T]) -> T:
    """A model object from plain data, validated."""
    raise NotImplementedError


def to_json(obj: object) -> str:
    """JSON text for a model object."""
    raise NotImplementedError


def from_json(text: str | bytes, cls: type[T]) -> T:
    """A model object from JSON text."""
    raise NotImplementedError


def json_schema() -> dict[str, Any]:
    """A JSON Schema of the article format."""
    raise NotImplementedError
