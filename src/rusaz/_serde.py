"""The one cattrs converter and the JSON functions built on it.

Every model class goes to plain JSON data and back without loss: dates are ISO strings
(``"2024-04-22"``), enums their values, tuples lists, a :class:`~rusaz.FuzzyDate` the object
``{"start", "end", "precision"}`` and a :class:`~rusaz.Span` ``{"start", "end"}``. An
:class:`~rusaz.Article` carries ``"schema_version"``. Structuring is strict: unknown keys,
missing keys, wrong types and broken model invariants are all reported, each with its path
(``... @ $.events[3].when``), in one :class:`~rusaz.exceptions.SerializationError`.
"""

from __future__ import annotations

import enum
import json
import re
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, TypeVar

import attrs
import cattrs
import cattrs.gen
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
)
from cattrs.preconf.json import make_converter

from rusaz._model import Article
from rusaz.exceptions import ModelError, SerializationError

__all__ = [
    "SCHEMA_VERSION",
    "converter",
    "from_json",
    "json_schema",
    "schema_of",
    "structure",
    "to_json",
    "unstructure",
]

#: Version of the JSON article format. Raised whenever a field changes meaning or a
#: required field appears; :func:`structure` refuses articles of any other version.
SCHEMA_VERSION = 1

T = TypeVar("T")

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _VersionError(ValueError):
    """An article's ``schema_version`` is missing or not one this rusaz reads."""


# --- strict primitive hooks ------------------------------------------------------------------
# cattrs' defaults coerce (``str(3) == "3"``, ``int(True) == 1``); a lossless format must not.


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def _structure_float(value: object, _: type) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    return float(value)


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {type(value).__name__}")
    return value


def _structure_date(value: object, _: type) -> date:
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise ValueError(f"expected an ISO date 'YYYY-MM-DD', got {value!r}")
    return date.fromisoformat(value)


def _unstructure_date(value: date) -> str:
    return value.isoformat()


# --- the Article envelope --------------------------------------------------------------------


def _make_converter() -> cattrs.Converter:
    conv = make_converter(forbid_extra_keys=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(date, _structure_date)
    conv.register_unstructure_hook(date, _unstructure_date)

    def attrs_hook(cls: type[Any]) -> Callable[[object, type], Any]:
        inner = cattrs.gen.make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)

        def structure_object(data: object, _: type) -> Any:
            if not isinstance(data, Mapping):
                raise TypeError(f"expected an object for {cls.__name__}, got {type(data).__name__}")
            return inner(data, cls)

        return structure_object

    conv.register_structure_hook_factory(attrs.has, attrs_hook)

    article_out = cattrs.gen.make_dict_unstructure_fn(Article, conv)
    article_in = cattrs.gen.make_dict_structure_fn(Article, conv, _cattrs_forbid_extra_keys=True)

    def unstructure_article(article: Article) -> dict[str, Any]:
        data: dict[str, Any] = article_out(article)
        data["schema_version"] = SCHEMA_VERSION
        return data

    def structure_article(data: object, _: type) -> Article:
        if not isinstance(data, Mapping):
            raise TypeError(f"expected an object for Article, got {type(data).__name__}")
        body = dict(data)
        version = body.pop("schema_version", None)
        if version != SCHEMA_VERSION or isinstance(version, bool):
            said = "missing" if version is None else f"{version!r} is not supported"
            problem = _VersionError(
                f"schema_version {said}; this rusaz reads schema_version {SCHEMA_VERSION}"
            )
            problem.add_note(AttributeValidationNote("schema_version", "schema_version", int))
            raise ClassValidationError("bad schema_version", [problem], Article)
        return article_in(body, Article)

    conv.register_unstructure_hook(Article, unstructure_article)
    conv.register_structure_hook(Article, structure_article)
    return conv


#: The one converter of rusaz (strict, lossless). Prefer the module functions.
converter = _make_converter()


def _describe(exc: BaseException, cls: type | None) -> str:
    """One readable phrase for an exception met while structuring a value of ``cls``."""
    if isinstance(exc, ModelError | _VersionError):
        return str(exc)
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown keys ({', '.join(sorted(exc.extra_fields))})"
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, TypeError | ValueError) and exc.args:
        name = getattr(cls, "__name__", None) if cls is not None else None
        expected = f" for {name}" if name else ""
        return f"invalid value{expected}: {exc}"
    return cattrs.v.format_exception(exc, cls)


def _error_lines(exc: BaseException) -> tuple[str, ...]:
    return tuple(cattrs.transform_error(exc, "$", _describe))


# --- public functions ------------------------------------------------------------------------


def unstructure(obj: object) -> Any:
    """Plain JSON-ready data (dicts, lists, strings, numbers) for a model object."""
    return converter.unstructure(obj)


def structure(data: Any, cls: type[T]) -> T:
    """A model object of class ``cls`` from plain data, fully validated.

    Raises :class:`~rusaz.exceptions.SerializationError` listing every bad field with its
    path when keys are unknown or missing, types are wrong, or a model invariant breaks.
    """
    try:
        return converter.structure(data, cls)
    except (BaseValidationError, ModelError, _VersionError, TypeError, ValueError) as exc:
        errors = _error_lines(exc)
        name = getattr(cls, "__name__", str(cls))
        message = f"cannot structure {name}:\n" + "\n".join(f"  {e}" for e in errors)
        raise SerializationError(message, errors) from exc


def to_json(obj: object, *, indent: int | None = None) -> str:
    """JSON text for a model object: keys sorted, non-ASCII characters kept as they are."""
    return json.dumps(unstructure(obj), sort_keys=True, ensure_ascii=False, indent=indent)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r} in a JSON object")
        result[key] = value
    return result


def from_json(text: str | bytes, cls: type[T]) -> T:
    """A model object of class ``cls`` from JSON text (see :func:`structure` for errors)."""
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise SerializationError(f"not valid JSON: {exc}", (f"{exc} @ $",)) from exc
    return structure(data, cls)


# --- JSON Schema -----------------------------------------------------------------------------

_SCHEMA_ID = "https://rusaz.readthedocs.io/schema/article.json"


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema of one field type; attrs classes go into ``defs`` once, by name."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type_schema(arg, defs) for arg in typing.get_args(tp)]}
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _type_schema(args[0], defs)}
        return {
            "type": "array",
            "prefixItems": [_type_schema(arg, defs) for arg in args],
            "items": False,
            "minItems": len(args),
        }
    if tp is type(None):
        return {"type": "null"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is str:
        return {"type": "string"}
    if tp is date:
        return {"type": "string", "format": "date", "pattern": _DATE_RE.pattern}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [member.value for member in tp]}
    if isinstance(tp, type) and attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder: stops recursion on self-reference
            defs[tp.__name__] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for type {tp!r}")


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    """An object schema for an attrs class: its fields, which are required, nothing else."""
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        properties[field.name] = _type_schema(hints[field.name], defs)
        if field.default is attrs.NOTHING:
            required.append(field.name)
    if cls is Article:
        properties["schema_version"] = {"const": SCHEMA_VERSION}
        required.append("schema_version")
    doc = (cls.__doc__ or "").strip().splitlines()
    schema: dict[str, Any] = {"type": "object"}
    if doc:
        schema["description"] = doc[0]
    schema["properties"] = properties
    schema["required"] = required
    schema["additionalProperties"] = False
    return schema


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) of the article format that :func:`unstructure` writes.

    Built from the model classes' fields and types, so it follows the model. It checks
    shapes and types; invariants that span fields (``start <= end``, ids that resolve)
    are checked by :func:`structure`.
    """
    defs: dict[str, Any] = {}
    _type_schema(Article, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _SCHEMA_ID,
        "title": "rusaz article",
        "description": f"One article and the facts extracted from it (schema_version "
        f"{SCHEMA_VERSION}).",
        "$ref": "#/$defs/Article",
        "$defs": dict(sorted(defs.items())),
    }


def schema_of(cls: type) -> dict[str, Any]:
    """A JSON Schema for any attrs class rusaz serialises (used by tests and docs)."""
    defs: dict[str, Any] = {}
    ref = _type_schema(cls, defs)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **ref, "$defs": defs}
